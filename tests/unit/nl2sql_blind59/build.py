"""Six small logistics, warehousing, wholesale and B2B-service databases for the fifty-ninth blind English-to-SQL
corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with a few natural future rows (loads booked for
later pickups, cleaning visits scheduled, inbound deliveries expected).

- ``freightbroker`` (ordinary snake_case plural tables with ``id`` keys; self-referencing ``employees.manager_id``): a
  truck-freight brokerage. ``employees`` (role, manager, office), ``shippers`` (credit limit, account manager),
  ``carriers`` (fleet size, safety rating), ``lanes`` (origin and destination city), the link table
  ``carrier_lanes`` (which carriers are approved on which lanes), ``loads`` (customer rate, carrier cost, status;
  ``carrier_id`` NULL while a load is only tendered) and ``claims``.
- ``customsbroker`` (PascalCase plural tables with ``TableId`` keys; self-referencing ``Brokers.SupervisorId``): a
  customs clearance agent. ``Brokers`` (grade, supervisor), ``Clients`` (AEO certified 0/1), ``Ports``,
  ``TariffCodes`` (duty rate in percent), ``Declarations`` (import/export/transit, lodged and cleared dates, status),
  the link table ``DeclarationLines`` (declaration x tariff code, value and duty paid) and ``Inspections``.
- ``coldstore`` (abbreviated legacy names: ``whse``, ``loc``, ``cust``, ``itm``, ``inv.qty_oh``, ``rls_ord.ord_dt``,
  status codes such as 'OPEN'/'SHIPPED'): a temperature-controlled storage operator. ``whse``, ``loc`` (temperature
  class FRZ/CHL/AMB, pallet capacity), ``cust``, ``itm``, ``inv`` (lots on hand with received and expiry dates),
  ``rls_ord`` (release orders) and ``rls_ln`` (ordered and shipped cases).
- ``contractcleaning`` (UPPER_SNAKE singular tables, statuses held as integer ids in the lookup tables
  ``VISIT_STATUS`` and ``INVOICE_STATUS``): a commercial cleaning contractor. ``CLIENT`` (sector), ``SITE``,
  ``CLEANER``, ``VISIT`` (some scheduled after today), the link table ``VISIT_CREW`` and ``INVOICE``.
- ``packagingsupply`` (camelCase tables and columns; orders and order lines carry net, VAT and gross amounts): a
  packaging wholesaler. ``productGroups``, ``products``, ``salesReps``, ``customers`` (credit terms, rep),
  ``salesOrders`` (``netTotal``/``vatTotal``/``grossTotal``), ``salesOrderLines`` (``lineNet``/``lineVat``/
  ``lineGross``) and the link table ``priceAgreements`` (customer x product agreed price).
- ``fulfilment`` (singular snake_case tables with ``table_id`` keys; ``shipment`` carries the timestamps
  ``ordered_at``, ``packed_at``, ``shipped_at`` and ``delivered_at``, NULL until the step happens): a third-party
  e-commerce fulfilment warehouse. ``merchant``, ``sku``, ``carrier``, ``packer``, ``shipment``, the link table
  ``shipment_item`` and ``inbound_receipt`` (some expected after today).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ts(t: dt.datetime | None) -> str | None:
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


def _money(x: float) -> float:
    return round(x + 1e-9, 2)


# --------------------------------------------------------------------------------------------------- freightbroker
FB_STAFF = [
    (1, "Harold Jennings", "Head of Brokerage", None, "Chicago", D(2012, 4, 2)),
    (2, "Denise Whitlock", "Branch Manager", 1, "Chicago", D(2014, 9, 15)),
    (3, "Ramon Escobar", "Branch Manager", 1, "Dallas", D(2015, 3, 9)),
    (4, "Tanya Brooks", "Branch Manager", 1, "Atlanta", D(2016, 1, 11)),
    (5, "Kevin Marsh", "Team Lead", 2, "Chicago", D(2017, 6, 5)),
    (6, "Lorraine Pike", "Team Lead", 2, "Chicago", D(2018, 2, 19)),
    (7, "Victor Salas", "Team Lead", 3, "Dallas", D(2017, 10, 2)),
    (8, "Brenda Cole", "Team Lead", 3, "Dallas", D(2019, 4, 22)),
    (9, "Marcus Hale", "Team Lead", 4, "Atlanta", D(2018, 8, 13)),
    (10, "Janet Okoro", "Team Lead", 4, "Atlanta", D(2020, 1, 6)),
    (11, "Stephen Doyle", "Account Manager", 2, "Chicago", D(2019, 5, 20)),
    (12, "Alicia Moreno", "Account Manager", 2, "Chicago", D(2020, 11, 2)),
    (13, "Curtis Bell", "Account Manager", 3, "Dallas", D(2018, 3, 26)),
    (14, "Megan Fowler", "Account Manager", 3, "Dallas", D(2021, 7, 12)),
    (15, "Darnell Price", "Account Manager", 4, "Atlanta", D(2019, 9, 9)),
    (16, "Heather Lund", "Account Manager", 4, "Atlanta", D(2022, 2, 14)),
    (17, "Tyler Grant", "Carrier Sales Rep", 5, "Chicago", D(2020, 6, 1)),
    (18, "Nicole Baxter", "Carrier Sales Rep", 5, "Chicago", D(2021, 3, 15)),
    (19, "Jordan Reyes", "Carrier Sales Rep", 5, "Chicago", D(2021, 8, 30)),
    (20, "Ashley Kim", "Carrier Sales Rep", 5, "Chicago", D(2022, 1, 10)),
    (21, "Brandon Shaw", "Carrier Sales Rep", 6, "Chicago", D(2020, 10, 5)),
    (22, "Kayla Dunn", "Carrier Sales Rep", 6, "Chicago", D(2022, 5, 23)),
    (23, "Omar Haddad", "Carrier Sales Rep", 6, "Chicago", D(2022, 9, 12)),
    (24, "Luis Cardenas", "Carrier Sales Rep", 7, "Dallas", D(2019, 11, 18)),
    (25, "Emily Tran", "Carrier Sales Rep", 7, "Dallas", D(2021, 4, 5)),
    (26, "Cody Ramsey", "Carrier Sales Rep", 8, "Dallas", D(2020, 2, 24)),
    (27, "Priya Nair", "Carrier Sales Rep", 8, "Dallas", D(2022, 7, 18)),
    (28, "Garrett Young", "Carrier Sales Rep", 9, "Atlanta", D(2021, 1, 25)),
    (29, "Simone Carter", "Carrier Sales Rep", 9, "Atlanta", D(2022, 10, 3)),
    (30, "Wesley Parrish", "Carrier Sales Rep", 10, "Atlanta", D(2021, 12, 6)),
]
FB_SHIPPERS = [
    ("Midwest Grain Cooperative", "Des Moines", "IA", "Agriculture"), ("Lakeshore Paper Products", "Green Bay", "WI", "Paper"),
    ("Prairie Steel Fabricators", "Gary", "IN", "Metals"), ("Sunbelt Beverage Co", "Atlanta", "GA", "Food & Beverage"),
    ("Gulf Coast Chemicals", "Houston", "TX", "Chemicals"), ("Rocky Mountain Lumber", "Denver", "CO", "Building Materials"),
    ("Pacific Produce Growers", "Fresno", "CA", "Agriculture"), ("Heartland Appliances", "Louisville", "KY", "Consumer Goods"),
    ("Keystone Packaging", "Harrisburg", "PA", "Paper"), ("Bluegrass Distillers", "Lexington", "KY", "Food & Beverage"),
    ("Tri-State Auto Parts", "Toledo", "OH", "Automotive"), ("Magnolia Home Furnishings", "Jackson", "MS", "Consumer Goods"),
    ("Lone Star Plastics", "Dallas", "TX", "Chemicals"), ("Great Lakes Frozen Foods", "Milwaukee", "WI", "Food & Beverage"),
    ("Cascade Outdoor Gear", "Portland", "OR", "Consumer Goods"), ("Desert Sun Solar", "Phoenix", "AZ", "Electrical"),
    ("Northstar Medical Supply", "Minneapolis", "MN", "Healthcare"), ("Peachtree Textiles", "Savannah", "GA", "Textiles"),
    ("Ozark Poultry Farms", "Springfield", "MO", "Food & Beverage"), ("Empire Office Furniture", "Newark", "NJ", "Consumer Goods"),
    ("Carolina Tire Wholesale", "Charlotte", "NC", "Automotive"), ("Big Sky Cattle Feed", "Billings", "MT", "Agriculture"),
    ("Bayou Seafood Processors", "New Orleans", "LA", "Food & Beverage"), ("Motor City Castings", "Detroit", "MI", "Metals"),
    ("Silver State Mining Supply", "Reno", "NV", "Industrial"), ("Hoosier Pet Foods", "Indianapolis", "IN", "Food & Beverage"),
    ("Palmetto Building Supply", "Columbia", "SC", "Building Materials"), ("Mesa Verde Ceramics", "Albuquerque", "NM", "Building Materials"),
    ("Cumberland Printing", "Nashville", "TN", "Paper"), ("Badger State Dairy", "Madison", "WI", "Food & Beverage"),
    ("Evergreen Pharma Logistics", "Seattle", "WA", "Healthcare"), ("Red River Fertilizer", "Shreveport", "LA", "Chemicals"),
    ("Granite State Electronics", "Manchester", "NH", "Electrical"), ("Tidewater Marine Parts", "Norfolk", "VA", "Industrial"),
    ("Flint Hills Milling", "Wichita", "KS", "Agriculture"), ("Sierra Bottled Water", "Sacramento", "CA", "Food & Beverage"),
    ("Chesapeake Glassworks", "Baltimore", "MD", "Building Materials"), ("Allegheny Hardware", "Pittsburgh", "PA", "Industrial"),
    ("Wasatch Snack Foods", "Salt Lake City", "UT", "Food & Beverage"), ("Iron Range Equipment", "Duluth", "MN", "Industrial"),
]  # fmt: skip
FB_CARRIERS = [
    ("Apex Freight Lines", "IL"), ("Blue Ox Trucking", "MN"), ("Cardinal Transport", "OH"), ("Delta Haulers", "MS"),
    ("Eagle Ridge Logistics", "TX"), ("Frontier Express", "CO"), ("Golden Spike Carriers", "UT"), ("Hightower Trucking", "GA"),
    ("Interstate Roadrunners", "TX"), ("Jackrabbit Freight", "AZ"), ("Keystone Carriers", "PA"), ("Longhorn Express", "TX"),
    ("Mile Marker Transport", "IN"), ("Night Owl Logistics", "TN"), ("Open Road Freight", "MO"), ("Pinecrest Haulage", "WA"),
    ("Quarry Creek Trucking", "KY"), ("Red Rock Carriers", "NV"), ("Silver Bullet Freight", "CA"), ("Timberline Transport", "OR"),
    ("Union Pacific Drayage", "NE"), ("Valley Reefer Lines", "CA"), ("Westbound Logistics", "TX"), ("Yellowhammer Trucking", "AL"),
    ("Zephyr Flatbed Co", "OK"), ("Anchor Point Freight", "NJ"), ("Bridgeway Carriers", "NY"), ("Copperline Trucking", "AZ"),
    ("Dixie Land Transport", "GA"), ("Evermore Express", "FL"), ("Flatland Freight", "KS"), ("Gateway Haulers", "MO"),
    ("Harbor Light Trucking", "SC"), ("Ironhorse Carriers", "TX"), ("Juniper Logistics", "NM"), ("Kodiak Freight", "WA"),
    ("Lakeside Reefer", "WI"), ("Magnolia Trucking", "MS"), ("Northern Lights Carriers", "MI"), ("Old Dominion Flatbed", "VA"),
    ("Palomino Transport", "TX"), ("Riverbend Haulers", "IA"), ("Sagebrush Freight", "ID"), ("Thunder Valley Trucking", "NC"),
    ("Wildcat Express", "KY"),
]  # fmt: skip
FB_LANES = [
    ("Chicago", "IL", "Atlanta", "GA", 716), ("Chicago", "IL", "Dallas", "TX", 967), ("Dallas", "TX", "Houston", "TX", 239),
    ("Los Angeles", "CA", "Phoenix", "AZ", 373), ("Los Angeles", "CA", "Dallas", "TX", 1435),
    ("Atlanta", "GA", "Miami", "FL", 662), ("Memphis", "TN", "Chicago", "IL", 531), ("Newark", "NJ", "Boston", "MA", 226),
    ("Newark", "NJ", "Chicago", "IL", 790), ("Columbus", "OH", "Atlanta", "GA", 569),
    ("Kansas City", "MO", "Denver", "CO", 605), ("Denver", "CO", "Salt Lake City", "UT", 520),
    ("Seattle", "WA", "Portland", "OR", 174), ("Houston", "TX", "Atlanta", "GA", 789), ("Laredo", "TX", "Chicago", "IL", 1379),
    ("Laredo", "TX", "Dallas", "TX", 431), ("Savannah", "GA", "Charlotte", "NC", 253), ("Charlotte", "NC", "Newark", "NJ", 529),
    ("Indianapolis", "IN", "Nashville", "TN", 288), ("Nashville", "TN", "Atlanta", "GA", 249),
    ("Fresno", "CA", "Los Angeles", "CA", 220), ("Phoenix", "AZ", "Denver", "CO", 821),
    ("Minneapolis", "MN", "Chicago", "IL", 409), ("St. Louis", "MO", "Kansas City", "MO", 248),
    ("Jacksonville", "FL", "Atlanta", "GA", 346), ("Louisville", "KY", "Columbus", "OH", 210),
    ("Salt Lake City", "UT", "Los Angeles", "CA", 688), ("Portland", "OR", "Sacramento", "CA", 580),
    ("Detroit", "MI", "Chicago", "IL", 283), ("Harrisburg", "PA", "Newark", "NJ", 166),
]  # fmt: skip


def build_freightbroker(path: Path) -> None:
    r = random.Random(59001)
    c = fresh_db(
        path,
        """
        CREATE TABLE employees (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,
            manager_id INTEGER REFERENCES employees(id), office_city TEXT NOT NULL, hired_on DATE NOT NULL);
        CREATE TABLE shippers (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, state TEXT NOT NULL, industry TEXT NOT NULL,
            credit_limit REAL NOT NULL, account_manager_id INTEGER NOT NULL REFERENCES employees(id),
            customer_since DATE NOT NULL);
        CREATE TABLE carriers (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, mc_number TEXT NOT NULL, home_state TEXT NOT NULL,
            fleet_size INTEGER NOT NULL, safety_rating TEXT NOT NULL, onboarded_on DATE NOT NULL);
        CREATE TABLE lanes (
            id INTEGER PRIMARY KEY, origin_city TEXT NOT NULL, origin_state TEXT NOT NULL, dest_city TEXT NOT NULL,
            dest_state TEXT NOT NULL, miles INTEGER NOT NULL);
        CREATE TABLE carrier_lanes (
            carrier_id INTEGER NOT NULL REFERENCES carriers(id), lane_id INTEGER NOT NULL REFERENCES lanes(id),
            approved_on DATE NOT NULL, PRIMARY KEY (carrier_id, lane_id));
        CREATE TABLE loads (
            id INTEGER PRIMARY KEY, shipper_id INTEGER NOT NULL REFERENCES shippers(id),
            lane_id INTEGER NOT NULL REFERENCES lanes(id), carrier_id INTEGER REFERENCES carriers(id),
            booked_by INTEGER NOT NULL REFERENCES employees(id), equipment TEXT NOT NULL, weight_lbs INTEGER NOT NULL,
            pickup_date DATE NOT NULL, delivery_date DATE NOT NULL, customer_rate REAL NOT NULL,
            carrier_cost REAL, status TEXT NOT NULL);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY, load_id INTEGER NOT NULL REFERENCES loads(id), filed_on DATE NOT NULL,
            claim_type TEXT NOT NULL, amount REAL NOT NULL, status TEXT NOT NULL);
        """,
    )
    insert(c, "employees", [(i, n, ro, m, o, _iso(h)) for i, n, ro, m, o, h in FB_STAFF])
    limits = [25000, 40000, 50000, 75000, 100000, 150000, 200000, 250000]
    shippers = []
    for k, (n, city, st, ind) in enumerate(FB_SHIPPERS, 1):
        lim = 400000 if k == 5 else r.choice(limits)
        since = day_between(r, D(2016, 1, 1), D(2022, 12, 31)) if k <= 36 else day_between(r, D(2025, 4, 1), LAST)
        shippers.append((k, n, city, st, ind, float(lim), r.randint(11, 16), _iso(since)))
    insert(c, "shippers", shippers)
    carriers = []
    for k, (n, st) in enumerate(FB_CARRIERS, 1):
        fleet = r.choice([r.randint(3, 25), r.randint(20, 90), r.randint(60, 240)])
        rating = "Satisfactory" if r.random() < 0.7 else r.choice(["Conditional", "Unrated"])
        onb = day_between(r, D(2018, 1, 1), D(2022, 12, 1)) if k <= 40 else day_between(r, D(2025, 3, 1), LAST)
        carriers.append((k, n, str(1000000 + r.randint(10000, 899999)), st, fleet, rating, _iso(onb)))
    insert(c, "carriers", carriers)
    insert(c, "lanes", [(k, *x) for k, x in enumerate(FB_LANES, 1)])
    cl: dict[tuple[int, int], dt.date] = {}
    for lane in range(1, len(FB_LANES) + 1):
        for car in r.sample(range(1, 41), 2):
            cl[(car, lane)] = max(D.fromisoformat(str(carriers[car - 1][6])), D(2022, 1, 3))
    for car in range(1, 46):
        for lane in r.sample(range(1, len(FB_LANES) + 1), r.randint(1, 3)):
            onb = D.fromisoformat(str(carriers[car - 1][6]))
            cl.setdefault((car, lane), onb if car > 40 else max(onb, D(2022, 1, 3)))
    insert(c, "carrier_lanes", [(car, lane, _iso(d)) for (car, lane), d in sorted(cl.items())])
    on_lane: dict[int, list[int]] = {}
    for car, lane in sorted(cl):
        if car <= 40:
            on_lane.setdefault(lane, []).append(car)
    loads = []
    pickups = [day_between(r, START, D(2025, 7, 10)) for _ in range(344)]
    pickups += [D(2025, 6, 12), D(2025, 6, 13), D(2025, 6, 13), D(2025, 6, 14), D(2025, 6, 14), D(2025, 6, 14)]
    for pick in pickups:
        lane = r.randint(1, len(FB_LANES))
        miles = FB_LANES[lane - 1][4]
        if pick >= D(2025, 6, 12) and miles < 600:
            lane = r.choice([2, 5, 15])
            miles = FB_LANES[lane - 1][4]
        deliv = pick + dt.timedelta(days=max(1, math.ceil(miles / 550)))
        shipper = r.randint(1, 36)
        equip = r.choice(["Dry Van", "Dry Van", "Dry Van", "Reefer", "Reefer", "Flatbed"])
        rate = _money(miles * r.uniform(2.1, 3.4) + r.choice([0, 75, 150, 250]))
        cost = _money(rate * r.uniform(0.8, 0.9))
        carrier: int | None = r.choice(on_lane[lane])
        if pick >= TODAY:
            status = "Booked" if r.random() < 0.6 else "Tendered"
            if status == "Tendered":
                carrier, cost = None, None
        elif deliv >= TODAY:
            status = "In Transit"
        else:
            status = "Cancelled" if r.random() < 0.06 else "Delivered"
        reps = [e[0] for e in FB_STAFF if e[2] == "Carrier Sales Rep" and e[5] <= pick]
        loads.append([shipper, lane, carrier, r.choice(reps), equip, r.randint(80, 440) * 100, pick, deliv, rate, cost,
                      status])  # fmt: skip
    loads.sort(key=lambda x: (x[6], x[0], x[1]))
    insert(c, "loads", [(k, *x[:6], _iso(x[6]), _iso(x[7]), *x[8:]) for k, x in enumerate(loads, 1)])
    claims = []
    done_loads = [k for k, x in enumerate(loads, 1) if x[10] == "Delivered" and x[7] <= D(2025, 5, 25)]
    for lid in sorted(r.sample(done_loads, 32)):
        filed = loads[lid - 1][7] + dt.timedelta(days=r.randint(1, 20))
        typ = r.choice(["Damage", "Damage", "Shortage", "Late Delivery", "Contamination"])
        amt = _money(r.uniform(150, 6500))
        st = "Open" if filed > D(2025, 4, 1) else r.choice(["Paid", "Paid", "Denied"])
        claims.append((lid, _iso(filed), typ, amt, st))
    claims.sort(key=lambda x: str(x[1]))
    insert(c, "claims", [(k, *x) for k, x in enumerate(claims, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- customsbroker
CB_BROKERS = [
    (1, "Gillian Ashworth", "Principal", None, D(2008, 5, 6)),
    (2, "Rajesh Malhotra", "Senior", 1, D(2011, 9, 12)),
    (3, "Fiona McAllister", "Senior", 1, D(2013, 2, 4)),
    (4, "Desmond Okafor", "Senior", 1, D(2014, 6, 23)),
    (5, "Claire Hutchins", "Senior", 1, D(2016, 10, 3)),
    (6, "Tom Beresford", "Licensed", 2, D(2017, 4, 10)),
    (7, "Amira Haddad", "Licensed", 2, D(2018, 1, 15)),
    (8, "Patrick Doherty", "Licensed", 2, D(2018, 8, 20)),
    (9, "Sunita Rao", "Licensed", 3, D(2019, 3, 4)),
    (10, "Gareth Lewis", "Licensed", 3, D(2019, 7, 29)),
    (11, "Hannah Stokes", "Licensed", 3, D(2020, 2, 17)),
    (12, "Mateusz Nowak", "Licensed", 3, D(2020, 9, 7)),
    (13, "Olivia Granger", "Licensed", 4, D(2021, 1, 11)),
    (14, "Samuel Adeyemi", "Licensed", 4, D(2021, 5, 24)),
    (15, "Rebecca Tait", "Licensed", 4, D(2021, 11, 1)),
    (16, "Connor Flynn", "Licensed", 5, D(2022, 3, 14)),
    (17, "Leah Goldberg", "Licensed", 5, D(2022, 6, 6)),
    (18, "Imran Qureshi", "Licensed", 5, D(2022, 9, 19)),
    (19, "Bethany Clarke", "Licensed", 2, D(2022, 11, 28)),
    (20, "Daniel Fairweather", "Licensed", 4, D(2022, 12, 5)),
    (21, "Chloe Pemberton", "Trainee", 6, D(2023, 9, 4)),
    (22, "Jamal Whitaker", "Trainee", 6, D(2023, 10, 16)),
    (23, "Natalie Brennan", "Trainee", 9, D(2024, 1, 8)),
    (24, "Luca Romano", "Trainee", 9, D(2024, 3, 18)),
    (25, "Ellie Marsden", "Trainee", 13, D(2024, 6, 3)),
    (26, "Arjun Pillai", "Trainee", 13, D(2024, 9, 9)),
    (27, "Sophie Kerr", "Trainee", 16, D(2024, 11, 11)),
    (28, "Ben Hargreaves", "Trainee", 16, D(2025, 5, 19)),
    (29, "Zara Iqbal", "Trainee", 7, D(2025, 6, 2)),
    (30, "Owen Lloyd", "Trainee", 7, D(2025, 6, 9)),
]
CB_CLIENTS = [
    ("Brightwave Electronics Ltd", "Manchester", "Electronics"), ("Harbourside Wines", "Bristol", "Food & Drink"),
    ("Kestrel Outdoor Clothing", "Leeds", "Apparel"), ("Northgate Auto Components", "Coventry", "Automotive"),
    ("Pemberton Furniture Imports", "Birmingham", "Furniture"), ("Solent Marine Supplies", "Southampton", "Industrial"),
    ("Thistle Textiles", "Glasgow", "Apparel"), ("Greenfield Organics", "Norwich", "Food & Drink"),
    ("Apex Medical Devices", "Cambridge", "Healthcare"), ("Riverside Toys", "Nottingham", "Toys"),
    ("Castlegate Footwear", "Northampton", "Apparel"), ("Meridian Coffee Traders", "London", "Food & Drink"),
    ("Orbital Cycle Parts", "Sheffield", "Automotive"), ("Wexford Ceramics", "Stoke-on-Trent", "Homeware"),
    ("Lumen Lighting Ltd", "Reading", "Electronics"), ("Sterling Tools", "Wolverhampton", "Industrial"),
    ("Bayside Seafood Imports", "Grimsby", "Food & Drink"), ("Crescent Cosmetics", "London", "Beauty"),
    ("Hadley Garden Products", "Ipswich", "Homeware"), ("Ironbridge Machinery", "Telford", "Industrial"),
    ("Juniper Pharma UK", "Slough", "Healthcare"), ("Kingsway Office Supplies", "Milton Keynes", "Stationery"),
    ("Larkspur Fashion", "London", "Apparel"), ("Moorland Spirits", "Edinburgh", "Food & Drink"),
    ("Nimbus Drones", "Bristol", "Electronics"), ("Oakridge Flooring", "Derby", "Homeware"),
    ("Pioneer Solar Systems", "Swindon", "Electronics"), ("Quayside Fruit Co", "Felixstowe", "Food & Drink"),
    ("Redwood Sports Equipment", "Leicester", "Sporting Goods"), ("Saffron Spice Importers", "Bradford", "Food & Drink"),
    ("Tidemark Pet Supplies", "Exeter", "Pet Supplies"), ("Upland Steel Stockholders", "Rotherham", "Industrial"),
    ("Vantage Phone Accessories", "Luton", "Electronics"), ("Willow Baby Goods", "Cardiff", "Toys"),
    ("Yardley Kitchenware", "Sheffield", "Homeware"), ("Zenith Bicycle Imports", "Oxford", "Sporting Goods"),
    ("Amberley Tea Company", "Liverpool", "Food & Drink"), ("Bramwell Printing Inks", "Preston", "Industrial"),
    ("Calder Valley Paper", "Halifax", "Stationery"), ("Dunmore Optical", "Belfast", "Healthcare"),
]  # fmt: skip
CB_PORTS = [
    ("Felixstowe", "GBFXT", "Sea"), ("Southampton", "GBSOU", "Sea"), ("London Gateway", "GBLGP", "Sea"),
    ("Immingham", "GBIMM", "Sea"), ("Liverpool", "GBLIV", "Sea"), ("Tilbury", "GBTIL", "Sea"),
    ("Dover", "GBDOV", "Road"), ("Holyhead", "GBHLY", "Road"), ("Eurotunnel Folkestone", "GBFOL", "Road"),
    ("Heathrow", "GBLHR", "Air"), ("Manchester Airport", "GBMAN", "Air"), ("East Midlands Airport", "GBEMA", "Air"),
    ("Gatwick", "GBLGW", "Air"), ("Bristol Port", "GBBRS", "Sea"),
]  # fmt: skip
CB_TARIFFS = [
    ("8471300000", "Laptops and tablet computers", 0.0), ("8517130000", "Smartphones", 0.0),
    ("8528720000", "Television sets", 14.0), ("8539500000", "LED lamps", 2.0), ("8541430000", "Solar panels", 0.0),
    ("8806220000", "Small camera drones", 0.0), ("6109100010", "Cotton T-shirts", 12.0),
    ("6203423100", "Men's denim trousers", 12.0), ("6204620000", "Women's cotton trousers", 12.0),
    ("6403999800", "Leather footwear", 8.0), ("6402190000", "Sports footwear", 16.0),
    ("9403600000", "Wooden furniture", 0.0), ("9401610000", "Upholstered seats", 0.0),
    ("6912002300", "Ceramic tableware", 6.0), ("7323930000", "Stainless steel kitchenware", 3.2),
    ("9503007000", "Toy sets", 0.0), ("9506911000", "Fitness equipment", 2.7), ("8714910000", "Bicycle frames", 4.7),
    ("8708299000", "Car body parts", 4.5), ("8467210000", "Electric drills", 2.7), ("8207501000", "Drill bits", 2.7),
    ("0901210000", "Roasted coffee", 7.5), ("0902300000", "Black tea", 0.0), ("0904110000", "Dried pepper", 0.0),
    ("0303140000", "Frozen trout", 12.0), ("0306171000", "Frozen shrimps", 12.0), ("0805102200", "Fresh oranges", 16.0),
    ("2204210600", "Bottled wine", 0.0), ("2208301100", "Whisky", 0.0), ("3304990000", "Skin-care preparations", 0.0),
    ("3004900000", "Packaged medicines", 0.0), ("9018390000", "Medical catheters and needles", 0.0),
    ("4802569000", "Printing paper", 0.0), ("3215110000", "Black printing ink", 6.5),
    ("2309109000", "Dog and cat food", 6.4),
]  # fmt: skip
CB_SECTOR_CODES = {
    "Electronics": [1, 2, 3, 4, 5, 6], "Food & Drink": [22, 23, 24, 25, 26, 27, 28, 29], "Apparel": [7, 8, 9, 10, 11],
    "Automotive": [18, 19], "Furniture": [12, 13], "Industrial": [20, 21, 15], "Healthcare": [31, 32],
    "Toys": [16], "Homeware": [14, 15, 12], "Beauty": [30], "Stationery": [33], "Sporting Goods": [17, 18, 11],
    "Pet Supplies": [35],
}  # fmt: skip
CB_ORIGINS = ["China", "China", "China", "Vietnam", "India", "Turkey", "United States", "Germany", "Italy", "Spain",
              "Bangladesh", "Japan", "Brazil", "South Africa"]  # fmt: skip


def build_customsbroker(path: Path) -> None:
    r = random.Random(59002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Brokers (
            BrokerId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Grade TEXT NOT NULL,
            SupervisorId INTEGER REFERENCES Brokers(BrokerId), HiredOn DATE NOT NULL);
        CREATE TABLE Clients (
            ClientId INTEGER PRIMARY KEY, CompanyName TEXT NOT NULL, City TEXT NOT NULL, Sector TEXT NOT NULL,
            EoriNumber TEXT NOT NULL, IsAeoCertified INTEGER NOT NULL, AccountOpened DATE NOT NULL);
        CREATE TABLE Ports (
            PortId INTEGER PRIMARY KEY, PortName TEXT NOT NULL, PortCode TEXT NOT NULL, PortType TEXT NOT NULL);
        CREATE TABLE TariffCodes (
            TariffCodeId INTEGER PRIMARY KEY, CommodityCode TEXT NOT NULL, Description TEXT NOT NULL,
            DutyRatePct REAL NOT NULL);
        CREATE TABLE Declarations (
            DeclarationId INTEGER PRIMARY KEY, ClientId INTEGER NOT NULL REFERENCES Clients(ClientId),
            BrokerId INTEGER NOT NULL REFERENCES Brokers(BrokerId), PortId INTEGER NOT NULL REFERENCES Ports(PortId),
            DeclarationType TEXT NOT NULL, OriginCountry TEXT NOT NULL, LodgedOn DATE NOT NULL, ClearedOn DATE,
            Status TEXT NOT NULL, CustomsValue REAL NOT NULL);
        CREATE TABLE DeclarationLines (
            DeclarationLineId INTEGER PRIMARY KEY,
            DeclarationId INTEGER NOT NULL REFERENCES Declarations(DeclarationId),
            TariffCodeId INTEGER NOT NULL REFERENCES TariffCodes(TariffCodeId), Quantity INTEGER NOT NULL,
            LineValue REAL NOT NULL, DutyPaid REAL NOT NULL);
        CREATE TABLE Inspections (
            InspectionId INTEGER PRIMARY KEY, DeclarationId INTEGER NOT NULL REFERENCES Declarations(DeclarationId),
            InspectedOn DATE NOT NULL, InspectionType TEXT NOT NULL, Outcome TEXT NOT NULL);
        """,
    )
    insert(c, "Brokers", [(i, n, g, s, _iso(h)) for i, n, g, s, h in CB_BROKERS])
    opened = sorted(day_between(r, D(2009, 1, 1), D(2024, 12, 31)) for _ in range(60))
    opened = sorted(set(opened))[: len(CB_CLIENTS)]
    r.shuffle(opened)
    clients = []
    for k, (n, city, sector) in enumerate(CB_CLIENTS, 1):
        aeo = int(r.random() < 0.3)
        clients.append((k, n, city, sector, f"GB{r.randint(100000000, 999999999)}000", aeo, _iso(opened[k - 1])))
    insert(c, "Clients", clients)
    insert(c, "Ports", [(k, *x) for k, x in enumerate(CB_PORTS, 1)])
    insert(c, "TariffCodes", [(k, *x) for k, x in enumerate(CB_TARIFFS, 1)])
    decls, lines = [], []
    lodge_days = [day_between(r, START, LAST) for _ in range(289)]
    lodge_days += [D(2025, 6, 10), D(2025, 6, 11), D(2025, 6, 12), D(2025, 6, 12), D(2025, 6, 13), D(2025, 6, 14)]
    for lodged in lodge_days:
        cid = r.randint(1, len(CB_CLIENTS))
        brokers = [b[0] for b in CB_BROKERS if b[4] <= lodged - dt.timedelta(days=21) and b[0] != 1]
        x = r.random()
        typ = "Import" if x < 0.7 else "Export" if x < 0.94 else "Transit"
        port = r.choice([1, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 10, 11, 12, 13, 14])
        origin = r.choice(CB_ORIGINS) if typ != "Export" else "United Kingdom"
        if lodged >= D(2025, 6, 10):
            status, cleared = ("Pending" if lodged >= D(2025, 6, 12) else "Cleared"), None
            if status == "Cleared":
                cleared = min(LAST, lodged + dt.timedelta(days=r.randint(0, 2)))
        else:
            y = r.random()
            status = "Cleared" if y < 0.88 else "Held" if y < 0.94 else "Rejected"
            cleared = (
                lodged + dt.timedelta(days=r.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 6])) if status == "Cleared" else None
            )
        decls.append([cid, r.choice(brokers), port, typ, origin, lodged, cleared, status])
    decls.sort(key=lambda d: (d[5], d[0]))
    values = []
    for k, d in enumerate(decls, 1):
        total = 0.0
        codes = CB_SECTOR_CODES[CB_CLIENTS[d[0] - 1][2]]
        for tc in r.sample(codes, min(len(codes), r.choice([1, 1, 2]))):
            val = _money(r.uniform(1500, 48000))
            duty = _money(val * CB_TARIFFS[tc - 1][2] / 100) if d[3] == "Import" else 0.0
            lines.append((len(lines) + 1, k, tc, r.randint(10, 2000), val, duty))
            total += val
        values.append(_money(total))
    inspections = []
    for k in sorted(r.sample(range(1, len(decls) - 10), 42)):
        d = decls[k - 1]
        failed = r.random() < 0.3
        if failed and d[7] == "Cleared":
            d[7], d[6] = "Held", None
        if not failed and d[7] in ("Held", "Rejected") and r.random() < 0.5:
            failed = True
        typ = r.choice(["Documentary", "Documentary", "Physical", "Physical", "X-Ray"])
        inspections.append((k, _iso(d[5] + dt.timedelta(days=r.randint(0, 2))), typ, "Failed" if failed else "Passed"))
    insert(c, "Declarations",
           [(k, *d[:5], _iso(d[5]), _iso(d[6]), d[7], values[k - 1]) for k, d in enumerate(decls, 1)])  # fmt: skip
    insert(c, "DeclarationLines", lines)
    insert(c, "Inspections", [(k, *x) for k, x in enumerate(inspections, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- coldstore
CS_WHSE = [
    (1, "Rotterdam Cold Hub", "Rotterdam", "NL", D(2009, 3, 1)), (2, "Felixstowe Freezer Park", "Felixstowe", "UK", D(2012, 7, 1)),
    (3, "Hamburg Kuehlhaus", "Hamburg", "DE", D(2015, 5, 1)), (4, "Antwerp Reefer Store", "Antwerp", "BE", D(2019, 9, 1)),
]  # fmt: skip
CS_CUST = [
    ("Arctic Seafoods BV", "Rotterdam", "CONTRACT"), ("Polar Pastry GmbH", "Bremen", "CONTRACT"),
    ("North Sea Fisheries", "Grimsby", "CONTRACT"), ("Glacier Ice Cream Co", "Ipswich", "CONTRACT"),
    ("Frostline Vegetables", "Lille", "SPOT"), ("Nordic Berry Traders", "Aarhus", "CONTRACT"),
    ("Brabant Meat Packers", "Eindhoven", "CONTRACT"), ("Elbe Poultry AG", "Hamburg", "CONTRACT"),
    ("Flanders Fries NV", "Ghent", "CONTRACT"), ("Coolbrook Dairies", "Norwich", "CONTRACT"),
    ("Ocean Harvest Imports", "Antwerp", "SPOT"), ("Alpine Cheese Export", "Munich", "SPOT"),
    ("Tulip Bakery Group", "Utrecht", "CONTRACT"), ("Baltic Salmon Oy", "Turku", "SPOT"),
    ("Crestwood Ready Meals", "Peterborough", "CONTRACT"), ("Delta Shrimp Traders", "Rotterdam", "SPOT"),
    ("Evergreen Pharma Cold Chain", "Leiden", "CONTRACT"), ("Fjord Fish Export", "Bergen", "SPOT"),
    ("Golden Harvest Fruit", "Valencia", "SPOT"), ("Hanse Chocolate Works", "Luebeck", "CONTRACT"),
    ("Iberian Citrus SA", "Seville", "SPOT"), ("Jutland Pork", "Esbjerg", "CONTRACT"),
    ("Kent Berry Growers", "Maidstone", "SPOT"), ("Lowlands Flower Bulbs", "Lisse", "SPOT"),
    ("Meuse Dairy Cooperative", "Liege", "CONTRACT"), ("Nordsee Krabben", "Cuxhaven", "SPOT"),
    ("Orchard Fresh Juices", "Hereford", "CONTRACT"), ("Pannonia Duck Farms", "Budapest", "SPOT"),
    ("Quayside Frozen Desserts", "Harwich", "CONTRACT"), ("Rhine Valley Vegetables", "Cologne", "SPOT"),
    ("Scheldt Seafood NV", "Antwerp", "CONTRACT"), ("Thames Gourmet Foods", "London", "SPOT"),
    ("Utrecht Vaccine Logistics", "Utrecht", "CONTRACT"), ("Vistula Berry Export", "Gdansk", "SPOT"),
    ("Westland Herbs", "Naaldwijk", "SPOT"),
]  # fmt: skip
CS_ITEMS = {
    "FRZ": ["Frozen Cod Fillets 5kg", "Frozen Haddock Loins 4kg", "Frozen Prawns 1kg x 10", "Frozen Salmon Portions 3kg",
            "Vanilla Ice Cream 5L", "Chocolate Ice Cream 5L", "Strawberry Sorbet 4L", "Frozen Croissant Dough 60pc",
            "Frozen Baguettes 40pc", "Frozen Peas 10kg", "Frozen Sweetcorn 10kg", "Frozen Chips 4 x 2.5kg",
            "Frozen Chicken Breasts 5kg", "Frozen Duck Legs 2kg", "Frozen Pork Loin 6kg", "Frozen Mixed Berries 5kg",
            "Frozen Raspberries 5kg", "Frozen Lasagne 12 x 400g", "Frozen Cheesecake 14pc", "Frozen Spinach 10kg",
            "Frozen Mussels 1kg x 10", "Frozen Brown Shrimp 2kg", "Frozen Pizza Bases 30pc", "Frozen Blueberries 5kg"],
    "CHL": ["Fresh Salmon Fillets 3kg", "Smoked Salmon Slices 1kg", "Gouda Wheels 12kg", "Emmental Blocks 6kg",
            "Greek Yoghurt 12 x 500g", "Fresh Milk 6 x 2L", "Butter Blocks 20 x 250g", "Chicken Thighs 5kg",
            "Pork Sausages 4kg", "Fresh Strawberries 12 x 400g", "Fresh Blueberries 12 x 125g", "Cut Tulips 50 stems",
            "Insulin Pens 100pc", "Flu Vaccine 50 doses", "Fresh Basil 20 pots", "Orange Juice 6 x 1L",
            "Apple Juice 6 x 1L", "Chilled Ready Meals 12pc", "Cream Cheese 12 x 200g", "Fresh Herbs Mix 10 packs"],
    "AMB": ["Dark Chocolate Bars 48pc", "Cocoa Powder 10kg", "Canned Tuna 48 x 160g", "Oranges 15kg",
            "Lemons 15kg", "Flower Bulbs Tulip 500pc", "Dried Pasta 20 x 500g", "Olive Oil 6 x 1L"],
}  # fmt: skip
CS_HAULIERS = ["DFDS Logistics", "Ewals Cargo Care", "H.Essers", "Bring Frigo", "Kuehne+Nagel", "Dachser Food"]


def build_coldstore(path: Path) -> None:
    r = random.Random(59003)
    c = fresh_db(
        path,
        """
        CREATE TABLE whse (whse_id INTEGER PRIMARY KEY, whse_nm TEXT NOT NULL, city TEXT NOT NULL, ctry_cd TEXT NOT NULL,
            opn_dt DATE NOT NULL);
        CREATE TABLE loc (loc_id INTEGER PRIMARY KEY, whse_id INTEGER NOT NULL REFERENCES whse(whse_id),
            loc_cd TEXT NOT NULL, temp_cls TEXT NOT NULL, cap_plt INTEGER NOT NULL);
        CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, city TEXT NOT NULL, acct_typ TEXT NOT NULL,
            open_dt DATE NOT NULL);
        CREATE TABLE itm (itm_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            sku_cd TEXT NOT NULL, itm_desc TEXT NOT NULL, temp_cls TEXT NOT NULL, case_wt_kg REAL NOT NULL);
        CREATE TABLE inv (inv_id INTEGER PRIMARY KEY, loc_id INTEGER NOT NULL REFERENCES loc(loc_id),
            itm_id INTEGER NOT NULL REFERENCES itm(itm_id), lot_no TEXT NOT NULL, qty_oh INTEGER NOT NULL,
            rcv_dt DATE NOT NULL, exp_dt DATE NOT NULL);
        CREATE TABLE rls_ord (ord_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            whse_id INTEGER NOT NULL REFERENCES whse(whse_id), ord_dt DATE NOT NULL, ship_dt DATE,
            stat TEXT NOT NULL, carrier_nm TEXT);
        CREATE TABLE rls_ln (ln_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL REFERENCES rls_ord(ord_id),
            itm_id INTEGER NOT NULL REFERENCES itm(itm_id), qty_ord INTEGER NOT NULL, qty_shp INTEGER);
        """,
    )
    insert(c, "whse", [(i, n, ci, co, _iso(d)) for i, n, ci, co, d in CS_WHSE])
    locs = []
    for w in range(1, 5):
        for k in range(30):
            tc = "FRZ" if k < 14 else "CHL" if k < 25 else "AMB"
            code = f"{'ABCDE'[k // 6]}{k % 6 + 1:02d}-{r.randint(1, 12):02d}"
            locs.append((len(locs) + 1, w, code, tc, r.choice([24, 30, 36, 40, 48, 60])))
    insert(c, "loc", locs)
    custs = []
    for k, (n, city, typ) in enumerate(CS_CUST, 1):
        od = day_between(r, D(2014, 1, 1), D(2022, 12, 31)) if k <= 28 else day_between(r, D(2024, 1, 1), D(2025, 3, 1))
        custs.append((k, n, city, typ, _iso(od)))
    insert(c, "cust", custs)
    items = []
    all_items = [(tc, d) for tc in ("FRZ", "CHL", "AMB") for d in CS_ITEMS[tc]]
    r.shuffle(all_items)
    for k, (tc, desc) in enumerate(all_items, 1):
        cid = k if k <= 35 else r.randint(1, 32)
        wt = _money(r.uniform(2.0, 16.0))
        items.append((k, cid, f"{tc[0]}{r.randint(10000, 99999)}", desc, tc, wt))
    insert(c, "itm", items)
    no_stock = {33, 34, 35}
    inv = []
    lots: set[str] = set()
    stockable = [it for it in items if it[1] not in no_stock]
    for _ in range(250):
        it = r.choice(stockable)
        loc = r.choice([lo for lo in locs if lo[3] == it[4]])
        back, shelf = {"FRZ": (330, (270, 540)), "CHL": (20, (21, 45)), "AMB": (240, (240, 480))}[str(it[4])]
        rcv = LAST - dt.timedelta(days=r.randint(0, back))
        exp = rcv + dt.timedelta(days=r.randint(*shelf))
        if len(inv) in (17, 88, 141, 203):
            rcv, exp = rcv - dt.timedelta(days=shelf[1] + 20), rcv - dt.timedelta(days=r.randint(2, 15))
        lot = f"L{rcv.strftime('%y')}-{r.randint(1000, 9999)}"
        while lot in lots:
            lot = f"L{rcv.strftime('%y')}-{r.randint(1000, 9999)}"
        lots.add(lot)
        inv.append((loc[0], it[0], lot, r.randint(5, 180), rcv, exp))
    inv.sort(key=lambda x: (x[4], x[2]))
    insert(c, "inv", [(k, lo, it, lot, q, _iso(a), _iso(b)) for k, (lo, it, lot, q, a, b) in enumerate(inv, 1)])
    orders, lines = [], []
    never = {items[5][0], items[17][0], items[40][0], items[50][0]}
    orderable = [it for it in items if it[0] not in never]
    order_days = [day_between(r, START, LAST) for _ in range(193)]
    order_days += [
        D(2025, 6, 10),
        D(2025, 6, 11),
        D(2025, 6, 12),
        D(2025, 6, 13),
        D(2025, 6, 13),
        D(2025, 6, 14),
        D(2025, 6, 14),
    ]
    for od in order_days:
        cust_items = [it for it in orderable if it[1] <= 32]
        first = r.choice(cust_items)
        cid = int(str(first[1]))
        mine = [it for it in orderable if it[1] == cid]
        if od >= D(2025, 6, 9):
            stat = r.choice(["OPEN", "OPEN", "PICKED"])
        else:
            stat = "CANX" if r.random() < 0.08 else "SHIPPED"
        ship = od + dt.timedelta(days=r.randint(0, 4)) if stat == "SHIPPED" else None
        if ship and ship > LAST:
            ship = LAST
        orders.append((cid, r.randint(1, 4), od, ship, stat, r.choice(CS_HAULIERS) if stat != "CANX" else None, mine))
    orders.sort(key=lambda x: (x[2], x[0]))
    for k, (_cid, _w, _od, _sh, stat, _car, mine) in enumerate(orders, 1):
        for it in r.sample(mine, min(len(mine), r.choice([1, 1, 2, 3]))):
            q = r.randint(4, 60)
            shp = (q if r.random() < 0.95 else q - r.randint(1, 3)) if stat == "SHIPPED" else None
            lines.append((len(lines) + 1, k, it[0], q, shp))
    insert(c, "rls_ord", [(k, cid, w, _iso(od), _iso(sh), st, car)
                          for k, (cid, w, od, sh, st, car, _m) in enumerate(orders, 1)])  # fmt: skip
    insert(c, "rls_ln", lines)
    done(c)


# ------------------------------------------------------------------------------------------------ contractcleaning
CC_CLIENTS = [
    ("Harbour Point Offices", "Office", "Leeds"), ("St Anne's Medical Centre", "Healthcare", "York"),
    ("Greenway Retail Park", "Retail", "Leeds"), ("Oakfield Primary School", "Education", "Bradford"),
    ("Northern Rail Depot Services", "Industrial", "Wakefield"), ("Castleview Dental Group", "Healthcare", "Harrogate"),
    ("Brightlane Solicitors", "Office", "Leeds"), ("Aire Valley Academy", "Education", "Keighley"),
    ("Pennine Print Works", "Industrial", "Halifax"), ("Kirkgate Shopping Arcade", "Retail", "Wakefield"),
    ("Meridian Tech Hub", "Office", "Sheffield"), ("Riverside Care Home", "Healthcare", "Huddersfield"),
    ("Whitestone College", "Education", "York"), ("Moorside Distribution", "Industrial", "Doncaster"),
    ("Parkway Garden Centre", "Retail", "Harrogate"), ("Calder Accountants", "Office", "Halifax"),
    ("Holbeck Vets", "Healthcare", "Leeds"), ("Sycamore Nursery School", "Education", "Leeds"),
    ("Crown Street Bakery Plant", "Industrial", "Bradford"), ("Minster Boutique Hotel Shops", "Retail", "York"),
    ("Quarry Hill Insurance", "Office", "Leeds"), ("Wharfedale Physiotherapy", "Healthcare", "Ilkley"),
    ("Broadacre High School", "Education", "Sheffield"), ("Dearne Valley Plastics", "Industrial", "Barnsley"),
    ("Victoria Quarter Boutiques", "Retail", "Leeds"), ("Sovereign House Lettings", "Office", "Huddersfield"),
    ("Ridings Eye Clinic", "Healthcare", "Wakefield"), ("Heathfield Sixth Form", "Education", "Halifax"),
    ("Tinsley Steel Finishing", "Industrial", "Sheffield"), ("Northgate Car Showroom", "Retail", "Doncaster"),
    ("Kingfisher Recruitment", "Office", "York"), ("Beacon Pharmacy Chain", "Healthcare", "Bradford"),
    ("Hillcrest Language School", "Education", "Harrogate"), ("Ossett Food Packers", "Industrial", "Wakefield"),
    ("Granary Wharf Co-working", "Office", "Leeds"),
]  # fmt: skip
CC_SITE_SUFFIX = ["Main Building", "Annexe", "Warehouse", "Ground Floor", "East Wing", "Reception Block"]
CC_CLEANERS = [
    "Agnieszka Kowal", "Bogdan Popescu", "Carmen Silva", "Dwayne Hollis", "Ewa Zielinska", "Fatima Begum",
    "Gary Whitehead", "Helena Sousa", "Ion Ciobanu", "Joyce Mbeki", "Karen Lister", "Lamin Jallow", "Maria Gomes",
    "Nadia Rahman", "Oksana Melnyk", "Paul Hirst", "Rita Ferreira", "Shane Doyle", "Teresa Novak", "Usha Patel",
    "Vanessa Kirk", "Wojciech Lis", "Yasmin Ali", "Zoltan Kiss", "Andrea Costa", "Brian Naylor", "Cristina Radu",
    "Derek Holt", "Elena Marin", "Farhan Iqbal", "Grace Atkins", "Hamza Yusuf",
]  # fmt: skip


def build_contractcleaning(path: Path) -> None:
    r = random.Random(59004)
    c = fresh_db(
        path,
        """
        CREATE TABLE VISIT_STATUS (STATUS_ID INTEGER PRIMARY KEY, STATUS_NAME TEXT NOT NULL);
        CREATE TABLE INVOICE_STATUS (STATUS_ID INTEGER PRIMARY KEY, STATUS_NAME TEXT NOT NULL);
        CREATE TABLE CLIENT (CLIENT_ID INTEGER PRIMARY KEY, CLIENT_NAME TEXT NOT NULL, SECTOR TEXT NOT NULL,
            CITY TEXT NOT NULL, CONTRACT_START DATE NOT NULL, MONTHLY_FEE REAL NOT NULL);
        CREATE TABLE SITE (SITE_ID INTEGER PRIMARY KEY, CLIENT_ID INTEGER NOT NULL REFERENCES CLIENT(CLIENT_ID),
            SITE_NAME TEXT NOT NULL, FLOOR_AREA_M2 INTEGER NOT NULL, VISITS_PER_WEEK INTEGER NOT NULL);
        CREATE TABLE CLEANER (CLEANER_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL, HOURLY_RATE REAL NOT NULL,
            HIRED_ON DATE NOT NULL, HAS_DBS_CHECK TEXT NOT NULL);
        CREATE TABLE VISIT (VISIT_ID INTEGER PRIMARY KEY, SITE_ID INTEGER NOT NULL REFERENCES SITE(SITE_ID),
            VISIT_DATE DATE NOT NULL, HOURS REAL NOT NULL, STATUS_ID INTEGER NOT NULL REFERENCES VISIT_STATUS(STATUS_ID));
        CREATE TABLE VISIT_CREW (VISIT_ID INTEGER NOT NULL REFERENCES VISIT(VISIT_ID),
            CLEANER_ID INTEGER NOT NULL REFERENCES CLEANER(CLEANER_ID), PRIMARY KEY (VISIT_ID, CLEANER_ID));
        CREATE TABLE INVOICE (INVOICE_ID INTEGER PRIMARY KEY, CLIENT_ID INTEGER NOT NULL REFERENCES CLIENT(CLIENT_ID),
            INVOICE_DATE DATE NOT NULL, DUE_DATE DATE NOT NULL, AMOUNT REAL NOT NULL,
            STATUS_ID INTEGER NOT NULL REFERENCES INVOICE_STATUS(STATUS_ID));
        """,
    )
    insert(c, "VISIT_STATUS", [(1, "Scheduled"), (2, "Completed"), (3, "Missed"), (4, "Cancelled")])
    insert(c, "INVOICE_STATUS", [(1, "Draft"), (2, "Sent"), (3, "Paid"), (4, "Overdue")])
    starts = sorted({day_between(r, D(2019, 1, 1), D(2024, 10, 1)) for _ in range(50)})
    r.shuffle(starts)
    clients = []
    for k, (n, sec, city) in enumerate(CC_CLIENTS, 1):
        clients.append((k, n, sec, city, _iso(starts[k - 1]), _money(r.randint(18, 140) * 25 + r.choice([0, 0.5]))))
    insert(c, "CLIENT", clients)
    sites = []
    owners = list(range(1, 36)) + sorted(r.sample(range(1, 36), 25))
    owners.sort()
    used: dict[int, int] = {}
    for cid in owners:
        used[cid] = used.get(cid, 0) + 1
        name = f"{CC_CLIENTS[cid - 1][0]} - {CC_SITE_SUFFIX[used[cid] - 1]}"
        sites.append((len(sites) + 1, cid, name, r.randint(8, 120) * 25, r.choice([1, 2, 3, 5])))
    sites[21] = (*sites[21][:3], 5400, sites[21][4])
    insert(c, "SITE", sites)
    cleaners = []
    for k, n in enumerate(CC_CLEANERS, 1):
        hired = day_between(r, D(2018, 1, 1), D(2023, 12, 31)) if k <= 29 else day_between(r, D(2025, 6, 2), LAST)
        cleaners.append((k, n, _money(r.choice([11.44, 11.75, 12.1, 12.6, 13.25, 14.0])), _iso(hired),
                         "Y" if r.random() < 0.6 else "N"))  # fmt: skip
    insert(c, "CLEANER", cleaners)
    visits, crew = [], []
    for _ in range(250):
        d = day_between(r, D(2024, 1, 1), D(2025, 6, 30))
        if d >= TODAY:
            st = 1
        else:
            x = r.random()
            st = 2 if x < 0.86 else 3 if x < 0.93 else 4
        visits.append((r.randint(1, len(sites)), d, r.choice([1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0]), st))
    visits.sort(key=lambda v: (v[1], v[0]))
    for k, (_s, _d, _h, st) in enumerate(visits, 1):
        if st in (1, 2):
            for cl in r.sample(range(1, 30), r.choice([1, 1, 2])):
                crew.append((k, cl))
    insert(c, "VISIT", [(k, s, _iso(d), h, st) for k, (s, d, h, st) in enumerate(visits, 1)])
    insert(c, "VISIT_CREW", sorted(crew))
    invoices = []
    for _ in range(150):
        cid = r.randint(1, 35)
        d = day_between(r, D(2024, 1, 1), D(2025, 6, 13))
        d = d.replace(day=min(d.day, 28))
        if d >= D(2025, 6, 1):
            st = r.choice([1, 2])
        elif d >= D(2025, 5, 16):
            st = 2
        else:
            st = 3 if r.random() < 0.86 else 4
        invoices.append(
            (cid, d, d + dt.timedelta(days=30), _money(float(str(clients[cid - 1][5])) * r.uniform(0.8, 1.2)), st)
        )
    invoices.sort(key=lambda x: (x[1], x[0]))
    insert(c, "INVOICE", [(k, cid, _iso(d), _iso(dd), a, st) for k, (cid, d, dd, a, st) in enumerate(invoices, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------- packagingsupply
PS_GROUPS = ["Cardboard Boxes", "Postal Mailers", "Packing Tape", "Void Fill", "Stretch Film", "Labels", "Pallets",
             "Poly Bags"]  # fmt: skip
PS_PRODUCTS = [
    ("BX-S01", "Single Wall Box 305x229x152", 1, 0.42, 25), ("BX-S02", "Single Wall Box 406x305x254", 1, 0.61, 25),
    ("BX-S03", "Single Wall Box 457x305x305", 1, 0.74, 25), ("BX-D01", "Double Wall Box 457x457x457", 1, 1.38, 15),
    ("BX-D02", "Double Wall Box 600x400x400", 1, 1.65, 15), ("BX-D03", "Double Wall Box 610x457x457", 1, 1.89, 15),
    ("BX-T01", "Triple Wall Export Box 1000x800x600", 1, 7.95, 5), ("BX-P01", "Pizza Style Postal Box A4", 1, 0.55, 50),
    ("BX-W01", "Wine Bottle Box 6 Bottle", 1, 1.29, 10), ("BX-A01", "Archive Storage Box", 1, 0.98, 10),
    ("ML-P01", "Poly Mailing Bag 250x350", 2, 0.06, 500), ("ML-P02", "Poly Mailing Bag 325x425", 2, 0.09, 500),
    ("ML-P03", "Poly Mailing Bag 450x550", 2, 0.14, 250), ("ML-B01", "Bubble Lined Envelope C5", 2, 0.18, 100),
    ("ML-B02", "Bubble Lined Envelope C4", 2, 0.27, 100), ("ML-C01", "Board Backed Envelope A4", 2, 0.31, 125),
    ("ML-K01", "Kraft Paper Mailer Bag Medium", 2, 0.22, 250), ("TP-B01", "Brown Polypropylene Tape 48mm x 66m", 3, 0.79, 36),
    ("TP-C01", "Clear Polypropylene Tape 48mm x 66m", 3, 0.79, 36), ("TP-F01", "Fragile Printed Tape 48mm x 66m", 3, 1.45, 36),
    ("TP-P01", "Paper Gummed Tape 70mm x 200m", 3, 5.20, 10), ("TP-V01", "Vinyl Tape 48mm x 33m", 3, 1.62, 36),
    ("TP-D01", "Tape Dispenser Gun", 3, 6.95, 1), ("VF-B01", "Bubble Wrap Roll 750mm x 100m", 4, 16.50, 1),
    ("VF-B02", "Bubble Wrap Roll 500mm x 100m", 4, 11.75, 1), ("VF-L01", "Loose Fill Chips 15 cu ft", 4, 14.90, 1),
    ("VF-P01", "Kraft Void Fill Paper Roll", 4, 21.40, 1), ("VF-A01", "Air Pillow Film Roll", 4, 27.80, 1),
    ("VF-F01", "Foam Sheet Roll 500mm", 4, 18.60, 1), ("SF-H01", "Stretch Wrap 500mm Hand Roll", 5, 3.85, 6),
    ("SF-H02", "Stretch Wrap 500mm Extended Core", 5, 4.10, 6), ("SF-M01", "Machine Stretch Film 500mm", 5, 19.50, 1),
    ("SF-B01", "Black Stretch Wrap 400mm", 5, 4.60, 6), ("SF-E01", "Edge Protector 50x50x1000", 5, 0.48, 100),
    ("LB-A01", "Thermal Labels 100x150 Roll", 6, 2.95, 1), ("LB-A02", "A4 Sheet Labels 2 per Sheet", 6, 9.80, 1),
    ("LB-F01", "Fragile Warning Labels Roll", 6, 3.40, 1), ("LB-H01", "Heavy Lift Warning Labels", 6, 3.40, 1),
    ("LB-D01", "Document Enclosed Wallets", 6, 0.07, 1000), ("PL-W01", "Wooden Euro Pallet 1200x800", 7, 11.50, 1),
    ("PL-W02", "Wooden UK Pallet 1200x1000", 7, 12.25, 1), ("PL-P01", "Plastic Pallet 1200x800", 7, 39.00, 1),
    ("PL-H01", "Half Pallet 800x600", 7, 8.75, 1), ("PL-C01", "Pallet Collar 1200x800", 7, 6.20, 1),
    ("PB-G01", "Grip Seal Bag 100x140", 8, 0.02, 1000), ("PB-G02", "Grip Seal Bag 230x320", 8, 0.05, 1000),
    ("PB-L01", "Layflat Tubing 300mm", 8, 24.00, 1), ("PB-R01", "Refuse Sack Heavy Duty", 8, 0.12, 200),
    ("PB-C01", "Clear Polythene Bag 300x450", 8, 0.04, 500), ("PB-A01", "Anti-Static Bag 150x200", 8, 0.09, 100),
    ("BX-M01", "Multi-Depth Box 305x305x305", 1, 0.95, 20), ("BX-L01", "Lidded Crate 600x400", 1, 14.25, 1),
    ("ML-R01", "Recycled Paper Mailer Small", 2, 0.16, 250), ("TP-S01", "Strapping Kit 12mm", 3, 32.50, 1),
    ("VF-C01", "Corrugated Roll 900mm x 75m", 4, 29.90, 1), ("SF-N01", "Netting Sleeve 100m", 5, 17.25, 1),
    ("LB-T01", "Tamper Evident Seals Roll", 6, 6.75, 1), ("PL-D01", "Display Pallet 600x400", 7, 7.40, 1),
    ("PB-S01", "Self Seal Garment Bag", 8, 0.11, 500), ("BX-C01", "Cushioned Glass Box", 1, 2.35, 10),
]  # fmt: skip
PS_REPS = [(1, "Graham Whitlow", "North"), (2, "Sandra Oyelaran", "Midlands"), (3, "Marcus Fenwick", "South East"),
           (4, "Julie Ashcroft", "South West"), (5, "Kieran Doyle", "Scotland"), (6, "Priya Raman", "London")]  # fmt: skip
PS_CUSTOMERS = [
    ("Northern Parcel Fulfilment", "Manchester", 1), ("Peak District Candles", "Buxton", 1), ("Tyneside Vinyl Records", "Newcastle", 1),
    ("Humber Homeware Direct", "Hull", 1), ("Lakeland Outdoor Gear", "Kendal", 1), ("Moorland Bakehouse", "Bradford", 1),
    ("Midland Machine Spares", "Birmingham", 2), ("Potteries Gift Co", "Stoke-on-Trent", 2), ("Trent Valley Pharmacy", "Nottingham", 2),
    ("Fosse Way Books", "Leicester", 2), ("Black Country Fixings", "Dudley", 2), ("Cotswold Soap Company", "Cheltenham", 2),
    ("Kentish Cider Mill", "Maidstone", 3), ("Brighton Bike Parts", "Brighton", 3), ("Medway Electronics Recyclers", "Chatham", 3),
    ("Sussex Print House", "Crawley", 3), ("Thames Valley Tea", "Reading", 3), ("Surrey Hills Supplements", "Guildford", 3),
    ("Cornish Sea Salt Traders", "Truro", 4), ("Bristol Coffee Roasters", "Bristol", 4), ("Devon Toy Workshop", "Exeter", 4),
    ("Somerset Cheese Hampers", "Taunton", 4), ("Dorset Pet Treats", "Poole", 4), ("Wessex Auto Parts", "Salisbury", 4),
    ("Clyde Craft Beer", "Glasgow", 5), ("Highland Knitwear", "Inverness", 5), ("Edinburgh Gin Distillers", "Edinburgh", 5),
    ("Tayside Seed Potatoes", "Dundee", 5), ("Granite City Oil Tools", "Aberdeen", 5), ("Fife Fudge Kitchen", "Kirkcaldy", 5),
    ("Camden Sneaker Resale", "London", 6), ("Hackney Houseplants", "London", 6), ("Brixton Vintage Clothing", "London", 6),
    ("Shoreditch Phone Cases", "London", 6), ("Greenwich Map Prints", "London", 6), ("Wandsworth Wine Club", "London", 6),
    ("Yorkshire Dales Honey", "Skipton", 1), ("Lincoln Garden Tools", "Lincoln", 1), ("Oxford Stationery Shop", "Oxford", 3),
    ("Bath Artisan Chocolates", "Bath", 4), ("Stirling Whisky Gifts", "Stirling", 5), ("Islington Record Exchange", "London", 6),
    ("Wirral Aquatics", "Birkenhead", 1), ("Shropshire Saddlery", "Shrewsbury", 2), ("Canterbury Cake Boxes", "Canterbury", 3),
    ("Plymouth Dive Supplies", "Plymouth", 4), ("Perth Tartan Mill", "Perth", 5), ("Peckham Print Studio", "London", 6),
]  # fmt: skip


def build_packagingsupply(path: Path) -> None:
    r = random.Random(59005)
    c = fresh_db(
        path,
        """
        CREATE TABLE productGroups (groupId INTEGER PRIMARY KEY, groupName TEXT NOT NULL);
        CREATE TABLE products (productId INTEGER PRIMARY KEY, sku TEXT NOT NULL, productName TEXT NOT NULL,
            groupId INTEGER NOT NULL REFERENCES productGroups(groupId), unitPriceNet REAL NOT NULL,
            packQty INTEGER NOT NULL, vatRate REAL NOT NULL, isDiscontinued INTEGER NOT NULL);
        CREATE TABLE salesReps (repId INTEGER PRIMARY KEY, repName TEXT NOT NULL, region TEXT NOT NULL,
            startDate DATE NOT NULL);
        CREATE TABLE customers (customerId INTEGER PRIMARY KEY, companyName TEXT NOT NULL, city TEXT NOT NULL,
            repId INTEGER NOT NULL REFERENCES salesReps(repId), creditTermsDays INTEGER NOT NULL,
            accountOpened DATE NOT NULL);
        CREATE TABLE salesOrders (orderId INTEGER PRIMARY KEY, customerId INTEGER NOT NULL
            REFERENCES customers(customerId), orderDate DATE NOT NULL, orderStatus TEXT NOT NULL,
            netTotal REAL NOT NULL, vatTotal REAL NOT NULL, grossTotal REAL NOT NULL);
        CREATE TABLE salesOrderLines (lineId INTEGER PRIMARY KEY, orderId INTEGER NOT NULL
            REFERENCES salesOrders(orderId), productId INTEGER NOT NULL REFERENCES products(productId),
            quantity INTEGER NOT NULL, unitPriceNet REAL NOT NULL, lineNet REAL NOT NULL, lineVat REAL NOT NULL,
            lineGross REAL NOT NULL);
        CREATE TABLE priceAgreements (customerId INTEGER NOT NULL REFERENCES customers(customerId),
            productId INTEGER NOT NULL REFERENCES products(productId), agreedPriceNet REAL NOT NULL,
            validFrom DATE NOT NULL, PRIMARY KEY (customerId, productId));
        """,
    )
    insert(c, "productGroups", list(enumerate(PS_GROUPS, 1)))
    disc = {9, 47, 56}
    insert(c, "products", [(k, s, n, g, p, q, 0.2, int(k in disc)) for k, (s, n, g, p, q) in enumerate(PS_PRODUCTS, 1)])
    reps = [(i, n, reg, _iso(day_between(r, D(2015, 1, 1), D(2021, 12, 31)))) for i, n, reg in PS_REPS]
    insert(c, "salesReps", reps)
    custs = []
    for k, (n, city, rep) in enumerate(PS_CUSTOMERS, 1):
        custs.append(
            (k, n, city, rep, r.choice([30, 30, 30, 60, 14]), _iso(day_between(r, D(2017, 1, 1), D(2023, 6, 30))))
        )
    insert(c, "customers", custs)
    agreements: dict[tuple[int, int], tuple[float, dt.date]] = {}
    while len(agreements) < 62:
        cid = r.randint(1, 44)
        pid = r.randint(1, 55)
        base = PS_PRODUCTS[pid - 1][3]
        agreements[(cid, pid)] = (_money(base * r.uniform(0.82, 0.95)), day_between(r, D(2022, 1, 1), D(2024, 6, 30)))
    insert(c, "priceAgreements", [(cid, pid, p, _iso(d)) for (cid, pid), (p, d) in sorted(agreements.items())])
    never_ordered = {9, 47, 56, 58}
    orderable = [k for k in range(1, len(PS_PRODUCTS) + 1) if k not in never_ordered]
    quiet = {43, 44, 45, 46}  # no orders in 2025
    orders = []
    for _ in range(205):
        cid = r.randint(1, 48)
        od = day_between(r, START, LAST) if r.random() < 0.65 else day_between(r, D(2025, 1, 1), LAST)
        if cid in quiet and od >= D(2025, 1, 1):
            od = day_between(r, START, D(2024, 12, 31))
        if od >= D(2025, 6, 10):
            st = r.choice(["Open", "Open", "Dispatched"])
        elif od >= D(2025, 5, 28):
            st = r.choice(["Dispatched", "Invoiced"])
        else:
            st = "Cancelled" if r.random() < 0.06 else "Invoiced"
        orders.append((cid, od, st))
    for cid, od in ((3, D(2025, 6, 11)), (17, D(2025, 6, 12)), (25, D(2025, 6, 13)), (31, D(2025, 6, 13)), (8, LAST)):
        orders.append((cid, od, "Open"))
    orders.sort(key=lambda o: (o[1], o[0]))
    lines, heads = [], []
    for k, (cid, od, st) in enumerate(orders, 1):
        net = vat = gross = 0.0
        for pid in r.sample(orderable, r.choice([1, 1, 2, 2, 3])):
            prod = PS_PRODUCTS[pid - 1]
            price = agreements[(cid, pid)][0] if (cid, pid) in agreements else prod[3]
            qty = prod[4] * r.randint(4, 40) if prod[4] > 1 else r.randint(5, 60)
            ln = _money(qty * price)
            lv = _money(ln * 0.2)
            lg = _money(ln + lv)
            lines.append((len(lines) + 1, k, pid, qty, price, ln, lv, lg))
            net, vat, gross = net + ln, vat + lv, gross + lg
        heads.append((k, cid, _iso(od), st, _money(net), _money(vat), _money(gross)))
    insert(c, "salesOrders", heads)
    insert(c, "salesOrderLines", lines)
    done(c)


# ------------------------------------------------------------------------------------------------------ fulfilment
FF_MERCHANTS = [
    ("Loop & Thread Yarns", "Crafts"), ("Brewhaus Coffee Subscriptions", "Food"), ("Petal Post Seeds", "Garden"),
    ("Nomad Phone Cases", "Electronics"), ("Saltwater Swimwear", "Fashion"), ("Tiny Paws Pet Co", "Pets"),
    ("Glow Theory Skincare", "Beauty"), ("Paper Moon Stationery", "Stationery"), ("Ironclad Fitness Gear", "Sports"),
    ("Little Acorn Baby", "Baby"), ("Wild Fern Candles", "Home"), ("Retro Pixel Games", "Electronics"),
    ("Hearth & Honey Teas", "Food"), ("Summit Trail Socks", "Fashion"), ("Brightbox Puzzles", "Toys"),
    ("Urban Leaf Plant Care", "Garden"), ("Copper Kettle Kitchenware", "Home"), ("Velvet Fox Lingerie", "Fashion"),
    ("Pure Peak Supplements", "Health"), ("Inkwell Art Supplies", "Crafts"), ("Bolt E-Scooter Parts", "Sports"),
    ("Cloud Nine Pillows", "Home"), ("Spice Route Kits", "Food"), ("Kindred Board Games", "Toys"),
    ("Aurora Jewellery", "Fashion"), ("Greenway Refill Store", "Home"), ("Harbour Light Books", "Books"),
    ("Polar Bottle Co", "Sports"), ("Mellow Mutt Treats", "Pets"), ("Circuit Kids Robotics", "Toys"),
    ("Quiet Hours Journals", "Stationery"), ("Bloom Box Flowers", "Garden"),
]  # fmt: skip
FF_CARRIERS = [("Royal Mail", "Tracked 48"), ("Royal Mail", "Tracked 24"), ("Evri", "Standard"), ("DPD", "Next Day"),
               ("DHL Parcel", "Next Day"), ("UPS", "Express Saver"), ("Yodel", "Standard")]  # fmt: skip
FF_PACKERS = [
    "Aisha Bello", "Ben Carver", "Callum Reid", "Daria Wojcik", "Ethan Morley", "Freya Dunn", "George Osei",
    "Hollie Barker", "Ivan Petrenko", "Jade Simmons", "Kai Thornton", "Lucy Ambrose", "Mohammed Aziz",
    "Niamh Gallagher", "Oliver Pratt", "Poppy Harding", "Rhys Evans", "Sana Mirza", "Tobias Lang", "Una Byrne",
    "Vikram Sethi", "Will Cheung", "Xena Papadopoulos", "Yusuf Demir", "Zoe Hartley", "Adam Frost", "Bella Stone",
    "Carl Jennings", "Dina Haddad", "Eddie Walsh",
]  # fmt: skip
FF_COUNTRIES = ["United Kingdom"] * 12 + ["Ireland", "Ireland", "France", "Germany", "Netherlands", "United States"]


def build_fulfilment(path: Path) -> None:
    r = random.Random(59006)
    c = fresh_db(
        path,
        """
        CREATE TABLE merchant (merchant_id INTEGER PRIMARY KEY, merchant_name TEXT NOT NULL, category TEXT NOT NULL,
            onboarded_on DATE NOT NULL, monthly_fee REAL NOT NULL);
        CREATE TABLE sku (sku_id INTEGER PRIMARY KEY, merchant_id INTEGER NOT NULL REFERENCES merchant(merchant_id),
            sku_code TEXT NOT NULL, title TEXT NOT NULL, weight_g INTEGER NOT NULL, storage_type TEXT NOT NULL);
        CREATE TABLE carrier (carrier_id INTEGER PRIMARY KEY, carrier_name TEXT NOT NULL, service TEXT NOT NULL);
        CREATE TABLE packer (packer_id INTEGER PRIMARY KEY, packer_name TEXT NOT NULL, shift TEXT NOT NULL,
            started_on DATE NOT NULL);
        CREATE TABLE shipment (shipment_id INTEGER PRIMARY KEY, merchant_id INTEGER NOT NULL
            REFERENCES merchant(merchant_id), order_ref TEXT NOT NULL, carrier_id INTEGER NOT NULL
            REFERENCES carrier(carrier_id), packer_id INTEGER REFERENCES packer(packer_id),
            destination_country TEXT NOT NULL, ordered_at TIMESTAMP NOT NULL, packed_at TIMESTAMP,
            shipped_at TIMESTAMP, delivered_at TIMESTAMP, postage_cost REAL NOT NULL);
        CREATE TABLE shipment_item (shipment_id INTEGER NOT NULL REFERENCES shipment(shipment_id),
            sku_id INTEGER NOT NULL REFERENCES sku(sku_id), qty INTEGER NOT NULL, PRIMARY KEY (shipment_id, sku_id));
        CREATE TABLE inbound_receipt (receipt_id INTEGER PRIMARY KEY, merchant_id INTEGER NOT NULL
            REFERENCES merchant(merchant_id), expected_on DATE NOT NULL, received_on DATE, pallets INTEGER NOT NULL,
            cartons INTEGER NOT NULL);
        """,
    )
    merchants = []
    for k, (n, cat) in enumerate(FF_MERCHANTS, 1):
        onb = (
            day_between(r, D(2021, 1, 1), D(2022, 12, 31)) if k <= 29 else day_between(r, D(2025, 5, 1), D(2025, 6, 10))
        )
        merchants.append((k, n, cat, _iso(onb), _money(r.choice([250, 350, 450, 600, 900]) + r.choice([0, 0.99]))))
    insert(c, "merchant", merchants)
    skus = []
    words = ["Classic", "Deluxe", "Essential", "Premium", "Signature", "Everyday", "Limited Edition", "Gift Set"]
    kinds = {
        "Crafts": ["Yarn Bundle", "Sketch Pad", "Brush Set"], "Food": ["Coffee Beans 1kg", "Tea Tin", "Spice Kit"],
        "Garden": ["Seed Pack", "Plant Food", "Grow Kit"], "Electronics": ["Phone Case", "Charging Cable", "Game Cartridge"],
        "Fashion": ["Swim Shorts", "Socks 3-Pack", "Necklace"], "Pets": ["Dog Treats", "Cat Toy", "Pet Bed"],
        "Beauty": ["Face Serum", "Night Cream", "Lip Balm"], "Stationery": ["Notebook", "Pen Set", "Planner"],
        "Sports": ["Kettlebell 8kg", "Water Bottle", "Scooter Tyre"], "Baby": ["Muslin Squares", "Baby Blanket", "Teether"],
        "Home": ["Soy Candle", "Pillow", "Refill Pouch"], "Toys": ["Jigsaw 1000pc", "Board Game", "Robot Kit"],
        "Health": ["Vitamin D Tablets", "Protein Powder", "Magnesium Capsules"], "Books": ["Paperback Novel", "Cookbook", "Atlas"],
    }  # fmt: skip
    for k in range(1, 121):
        m = k if k <= 32 else r.randint(1, 29)
        cat = FF_MERCHANTS[m - 1][1]
        kind = r.choice(kinds[cat])
        title = f"{r.choice(words)} {kind}"
        while any(s[1] == m and s[3] == title for s in skus):
            title = f"{r.choice(words)} {kind}"
        heavy = kind in ("Kettlebell 8kg", "Pet Bed", "Protein Powder", "Pillow", "Coffee Beans 1kg", "Atlas")
        w = r.randint(900, 6500) if heavy else r.randint(20, 850)
        if kind == "Kettlebell 8kg":
            w = r.randint(8300, 8900)
        storage = "Pallet" if w > 4000 else "Bulk" if heavy else "Shelf"
        skus.append((k, m, f"SKU-{m:02d}-{k:03d}", title, w, storage))
    insert(c, "sku", skus)
    insert(c, "carrier", [(k, n, s) for k, (n, s) in enumerate(FF_CARRIERS, 1)])
    packers = []
    for k, n in enumerate(FF_PACKERS, 1):
        st = day_between(r, D(2020, 1, 1), D(2023, 12, 31)) if k <= 28 else day_between(r, D(2025, 6, 2), D(2025, 6, 9))
        packers.append((k, n, r.choice(["Early", "Early", "Late", "Late", "Night"]), _iso(st)))
    insert(c, "packer", packers)
    now = dt.datetime(2025, 6, 14, 23, 59, 59)
    ships = []
    times = [dt.datetime.combine(day_between(r, D(2024, 1, 1), LAST), dt.time(r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
             for _ in range(237)]  # fmt: skip
    times += [dt.datetime(2025, 6, d, h, m, 5) for d, h, m in ((11, 8, 15), (11, 13, 2), (12, 10, 44), (12, 15, 9),
                                                                (13, 9, 30), (13, 16, 20))]  # fmt: skip
    times += [
        dt.datetime(2025, 6, 14, h, m, 5)
        for h, m in ((9, 12), (11, 40), (14, 3), (16, 55), (19, 21), (21, 47), (22, 30))
    ]
    for t in times:
        m = r.randint(1, 29)
        packed = t + dt.timedelta(minutes=r.randint(90, 1800))
        shipped = packed + dt.timedelta(minutes=r.randint(30, 600))
        delivered = shipped + dt.timedelta(days=r.choice([0, 1, 1, 1, 2, 2, 3, 4, 6]), minutes=r.randint(300, 900))
        cols: list[dt.datetime | None] = [packed, shipped, delivered]
        cutoff = t if t.date() == LAST and t.hour >= 14 else now  # the late orders of the 14th are not packed yet
        for i in range(3):
            stamp = cols[i]
            if stamp is None or stamp > cutoff or (cutoff == t):
                cols[i:] = [None] * (3 - i)
                break
        packer = r.choice([pk[0] for pk in packers if int(str(pk[0])) <= 28]) if cols[0] else None
        ctry = r.choice(FF_COUNTRIES)
        car = r.randint(1, 7) if ctry == "United Kingdom" else r.choice([5, 6])
        cost = _money(r.uniform(2.85, 9.5) if ctry == "United Kingdom" else r.uniform(9.5, 24.0))
        ships.append((m, car, packer, ctry, t, *cols, cost))
    ships.sort(key=lambda s: s[4])
    rows = []
    for k, (m, car, p, ctry, t, pk, sh, dl, cost) in enumerate(ships, 1):
        rows.append(
            (k, m, f"ORD-{t.strftime('%y%m')}-{1000 + k}", car, p, ctry, _ts(t), _ts(pk), _ts(sh), _ts(dl), cost)
        )
    insert(c, "shipment", rows)
    items = []
    never = {37, 58, 77, 99, 113, 118}
    for k, s in enumerate(ships, 1):
        mine = [x[0] for x in skus if x[1] == s[0] and x[0] not in never]
        for sid in r.sample(mine, min(len(mine), r.choice([1, 1, 2]))):
            items.append((k, sid, r.choice([1, 1, 1, 2, 3, 4])))
    insert(c, "shipment_item", items)
    receipts = []
    for _ in range(60):
        m = r.randint(1, 32)
        lo = max(D(2024, 1, 1), D.fromisoformat(str(merchants[m - 1][3])))
        exp = day_between(r, lo, D(2025, 7, 15))
        rec = None if exp >= TODAY else min(LAST, exp + dt.timedelta(days=r.choice([-1, 0, 0, 0, 1, 2])))
        receipts.append((m, exp, rec, r.randint(1, 12), r.randint(10, 300)))
    receipts.sort(key=lambda x: (x[1], x[0]))
    insert(c, "inbound_receipt", [(k, m, _iso(e), _iso(rc), p, ca) for k, (m, e, rc, p, ca) in enumerate(receipts, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "freightbroker": build_freightbroker,
    "customsbroker": build_customsbroker,
    "coldstore": build_coldstore,
    "contractcleaning": build_contractcleaning,
    "packagingsupply": build_packagingsupply,
    "fulfilment": build_fulfilment,
}
