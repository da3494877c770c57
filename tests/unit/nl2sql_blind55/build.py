"""Six food-production, hospitality-chain and personal-finance databases for the fifty-fifth blind English-to-SQL
corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with a few natural future rows (savings goals
due later, client reviews booked ahead). Every table holds 30 to 400 rows and every link is a declared foreign key.

- ``chocolatier`` (a type suffix on every column: ``product_name_txt``, ``qty_int``, ``made_dt``, ``price_amt``,
  ``vegan_flag`` as 0/1, keys like ``product_id_int``): a bean-to-bar chocolate maker. ``ingredients``,
  ``products``, the link table ``recipe_lines`` (grams of each ingredient in a product), ``staff``, ``batches``
  (production runs with a quality-control flag), ``stockists`` (shops that resell the chocolate), ``orders`` and
  ``order_lines`` (wholesale prices).
- ``pizzachain`` (plural snake_case tables, every yes/no column stored as 'T'/'F'; self-referencing
  ``staff.manager_id``: operations director, regional managers, branch managers, branch staff): a chain of pizza
  restaurants. ``branches``, ``staff``, ``menu_items``, ``toppings``, the link table ``item_toppings``, ``orders``
  (``ordered_at`` date and time) and ``order_items``.
- ``budgetapp`` (money in minor units in one table and major units in others, said by the column name:
  ``transactions.amount_pence`` and ``accounts.balance_pence`` are whole pence, ``budgets.limit_pounds`` and
  ``savings_goals.target_pounds``/``saved_pounds`` are pounds; self-referencing ``categories.parent_category_id``):
  a household budgeting app. ``users``, ``accounts``, the link table ``account_holders`` (joint accounts),
  ``categories`` (top-level categories and their subcategories), ``payees``, ``transactions`` (``direction``
  'debit' for money out, 'credit' for money in), ``budgets`` (monthly limit per user and category, month as
  'YYYY-MM') and ``savings_goals`` (some due in the future).
- ``coffeechain`` (singular PascalCase tables and columns, ``IsX`` flags as 0/1, and a key/value configuration table
  ``Setting`` holding the VAT rate, loyalty rules, surcharges and so on as text): a chain of coffee shops in the
  north of England. ``Setting``, ``Shop``, ``Barista``, ``Drink``, ``Member`` (loyalty members with a points
  balance), ``Sale`` (``SoldAt`` date and time) and ``SaleLine``.
- ``fishsmokery`` (singular snake_case tables with effective-dated prices: ``product_price`` rows run from
  ``effective_from`` to ``effective_to`` inclusive, ``effective_to`` NULL for the price in force now; order lines
  carry no price): a smokehouse buying from fishing boats. ``boat``, ``species``, ``landing``, ``product``,
  ``product_price``, ``customer``, ``customer_order`` (``dispatched_on`` NULL until sent) and ``order_line``.
- ``portfolios`` (British English plural table names, each main table with a text reference code ``ref`` such as
  'CLT-0007', 'ACC-1012', 'TRD-2025-0042', 'DIV-2024-0031', 'REV-2025-0009'): a financial adviser's book of client
  investments. ``clients``, ``accounts`` (ISA, SIPP and other wrappers on a platform), ``instruments``, ``trades``,
  ``dividend_payments``, the link table ``watchlist_entries`` and ``annual_reviews`` (some booked ahead).
"""

from __future__ import annotations

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
    "Abigail", "Adam", "Aisha", "Alfie", "Amelia", "Arjun", "Beth", "Callum", "Charlotte", "Connor", "Daisy",
    "Declan", "Eleanor", "Ethan", "Faith", "Freddie", "Georgia", "Harvey", "Hollie", "Isaac", "Jasmine", "Jake",
    "Kiran", "Lauren", "Lewis", "Lucy", "Mason", "Millie", "Nathan", "Niamh", "Owen", "Phoebe", "Rhys", "Rosie",
    "Ryan", "Saanvi", "Sophie", "Theo", "Zoe", "Ewan",
]  # fmt: skip
SURNAMES = [
    "Ahmed", "Bell", "Brooks", "Campbell", "Clarke", "Cole", "Davies", "Edwards", "Fletcher", "Fraser", "Gill",
    "Graham", "Hall", "Harris", "Holmes", "Hussain", "Jackson", "Kelly", "Khan", "Lloyd", "Marshall", "Mason",
    "Mills", "Murray", "Osborne", "Parker", "Pearson", "Price", "Robertson", "Rose", "Saunders", "Singh", "Stewart",
    "Thomson", "Walker", "Ward", "Watson", "Webb", "Wood", "Wright",
]  # fmt: skip


def _people(r: random.Random, n: int) -> list[str]:
    """``n`` distinct "First Last" names."""
    pairs = [f"{f} {s}" for f in FIRST for s in SURNAMES if f != s]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _stamp(r: random.Random, d: dt.date, lo: int, hi: int) -> str:
    """'YYYY-MM-DD HH:MM:SS' on ``d`` between hours ``lo`` and ``hi`` (inclusive)."""
    return f"{d.isoformat()} {r.randint(lo, hi):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


def _weighted(r: random.Random, items: list[int], heavy: dict[int, int]) -> int:
    """One of ``items``, those in ``heavy`` weighted by its value, the rest by 1."""
    return r.choices(items, weights=[heavy.get(i, 1) for i in items])[0]


# ----------------------------------------------------------------------------------------------------- chocolatier
CH_INGREDIENTS = [
    ("Cocoa Mass Ecuador", "Cocoa", "Andes Cacao Traders", "Ecuador", 14.80, 1),
    ("Cocoa Mass Ghana", "Cocoa", "Ashanti Cocoa Co", "Ghana", 9.60, 0),
    ("Cocoa Mass Madagascar", "Cocoa", "Sambirano Estates", "Madagascar", 16.40, 1),
    ("Cocoa Mass Peru", "Cocoa", "Andes Cacao Traders", "Peru", 15.20, 1),
    ("Cocoa Butter", "Cocoa", "Ashanti Cocoa Co", "Ghana", 18.90, 0),
    ("Cocoa Powder", "Cocoa", "Ashanti Cocoa Co", "Ghana", 7.45, 0),
    ("Cocoa Nibs", "Cocoa", "Sambirano Estates", "Madagascar", 12.30, 1),
    ("Cane Sugar", "Sugar", "Silver Spoon Wholesale", "Mauritius", 1.35, 0),
    ("Coconut Sugar", "Sugar", "Greenfields Organics", "Indonesia", 6.80, 1),
    ("Icing Sugar", "Sugar", "Silver Spoon Wholesale", "United Kingdom", 1.55, 0),
    ("Glucose Syrup", "Sugar", "Silver Spoon Wholesale", "United Kingdom", 2.10, 0),
    ("Honey", "Sugar", "Heather Hills Apiaries", "United Kingdom", 11.50, 0),
    ("Caramel Base", "Sugar", "Silver Spoon Wholesale", "United Kingdom", 6.20, 0),
    ("Whole Milk Powder", "Dairy", "Dales Dairy Ingredients", "United Kingdom", 5.40, 0),
    ("Skimmed Milk Powder", "Dairy", "Dales Dairy Ingredients", "United Kingdom", 4.10, 0),
    ("Double Cream", "Dairy", "Dales Dairy Ingredients", "United Kingdom", 4.80, 0),
    ("Butter", "Dairy", "Dales Dairy Ingredients", "United Kingdom", 7.90, 0),
    ("Oat Milk Powder", "Dairy Alternative", "Greenfields Organics", "Sweden", 8.60, 1),
    ("Hazelnuts", "Nut", "Piedmont Nut Company", "Italy", 13.20, 0),
    ("Almonds", "Nut", "Piedmont Nut Company", "Spain", 10.70, 0),
    ("Pistachios", "Nut", "Piedmont Nut Company", "Turkey", 28.50, 0),
    ("Pecans", "Nut", "Piedmont Nut Company", "United States", 19.40, 0),
    ("Hazelnut Praline Paste", "Nut", "Piedmont Nut Company", "Italy", 21.00, 0),
    ("Peanuts", "Nut", "Greenfields Organics", "Argentina", 3.90, 0),
    ("Freeze-Dried Raspberry", "Fruit", "Orchard Dry Goods", "Serbia", 54.00, 0),
    ("Orange Peel", "Fruit", "Orchard Dry Goods", "Spain", 9.80, 0),
    ("Dried Cherries", "Fruit", "Orchard Dry Goods", "Turkey", 17.60, 0),
    ("Passion Fruit Puree", "Fruit", "Orchard Dry Goods", "Ecuador", 8.25, 0),
    ("Candied Ginger", "Fruit", "Orchard Dry Goods", "Australia", 11.10, 0),
    ("Sea Salt", "Flavouring", "Halen Mon", "United Kingdom", 12.00, 0),
    ("Vanilla Pods", "Flavouring", "Sambirano Estates", "Madagascar", 480.00, 1),
    ("Peppermint Oil", "Flavouring", "Mitcham Botanicals", "United Kingdom", 95.00, 0),
    ("Chilli Flakes", "Flavouring", "Mitcham Botanicals", "Mexico", 14.50, 0),
    ("Earl Grey Tea", "Flavouring", "Mitcham Botanicals", "Sri Lanka", 32.00, 0),
    ("Coffee Beans", "Flavouring", "Union Roasters", "Colombia", 22.40, 0),
    ("Sunflower Lecithin", "Flavouring", "Greenfields Organics", "Ukraine", 9.30, 0),
    ("Gin Botanical Extract", "Flavouring", "Mitcham Botanicals", "United Kingdom", 120.00, 0),
    ("Lavender Buds", "Flavouring", "Mitcham Botanicals", "France", 38.00, 1),
]
_DARK = ["Cocoa Butter", "Cane Sugar"]
_MILK = ["Cocoa Mass Ghana", "Cocoa Butter", "Cane Sugar", "Whole Milk Powder"]
# name, range, cocoa %, grams, retail price, vegan, active, launched, ingredients
CH_PRODUCTS = [
    ("Ecuador 70% Dark Bar", "Bar", 70, 80, 5.50, 1, 1, D(2019, 3, 1), ["Cocoa Mass Ecuador", *_DARK]),
    ("Madagascar 75% Dark Bar", "Bar", 75, 80, 5.95, 1, 1, D(2019, 3, 1), ["Cocoa Mass Madagascar", *_DARK]),
    ("Peru 85% Extra Dark Bar", "Bar", 85, 80, 6.25, 1, 1, D(2020, 9, 1), ["Cocoa Mass Peru", *_DARK]),
    ("Ghana 40% Milk Bar", "Bar", 40, 100, 4.95, 0, 1, D(2019, 3, 1), [*_MILK, "Sunflower Lecithin"]),
    ("Sea Salt Caramel Milk Bar", "Bar", 38, 100, 5.25, 0, 1, D(2019, 10, 1), [*_MILK, "Caramel Base", "Sea Salt"]),
    ("Hazelnut Crunch Milk Bar", "Bar", 38, 100, 5.45, 0, 1, D(2020, 2, 1), [*_MILK, "Hazelnuts"]),
    ("Raspberry Dark Bar", "Bar", 65, 80, 5.75, 1, 1, D(2021, 5, 1),
     ["Cocoa Mass Ecuador", *_DARK, "Freeze-Dried Raspberry"]),
    ("Orange Dark Bar", "Bar", 60, 80, 5.50, 1, 1, D(2020, 11, 1), ["Cocoa Mass Ecuador", *_DARK, "Orange Peel"]),
    ("Mint Dark Bar", "Bar", 60, 80, 5.50, 1, 1, D(2020, 11, 1), ["Cocoa Mass Ghana", *_DARK, "Peppermint Oil"]),
    ("Chilli Dark Bar", "Bar", 70, 80, 5.75, 1, 1, D(2021, 10, 1), ["Cocoa Mass Peru", *_DARK, "Chilli Flakes"]),
    ("Oat Milk Bar", "Bar", 45, 100, 5.25, 1, 1, D(2022, 4, 1),
     ["Cocoa Mass Ghana", "Cocoa Butter", "Coconut Sugar", "Oat Milk Powder", "Sunflower Lecithin"]),
    ("White Vanilla Bar", "Bar", 30, 100, 4.95, 0, 1, D(2019, 3, 1),
     ["Cocoa Butter", "Cane Sugar", "Whole Milk Powder", "Vanilla Pods"]),
    ("Earl Grey Milk Bar", "Bar", 40, 100, 5.45, 0, 1, D(2022, 9, 1), [*_MILK, "Earl Grey Tea"]),
    ("Espresso Dark Bar", "Bar", 70, 80, 5.75, 1, 1, D(2021, 2, 1), ["Cocoa Mass Ecuador", *_DARK, "Coffee Beans"]),
    ("Pistachio White Bar", "Bar", 30, 100, 6.50, 0, 1, D(2023, 3, 1),
     ["Cocoa Butter", "Cane Sugar", "Skimmed Milk Powder", "Pistachios"]),
    ("Cocoa Nib Dark Bar", "Bar", 80, 80, 6.25, 1, 1, D(2022, 1, 1), ["Cocoa Mass Madagascar", *_DARK, "Cocoa Nibs"]),
    ("Ginger Dark Bar", "Bar", 65, 80, 5.50, 1, 0, D(2020, 11, 1), ["Cocoa Mass Peru", *_DARK, "Candied Ginger"]),
    ("Cherry Almond Milk Bar", "Bar", 38, 100, 5.45, 0, 0, D(2021, 2, 1), [*_MILK, "Dried Cherries", "Almonds"]),
    ("Rocky Road Slab", "Slab", 38, 250, 9.95, 0, 1, D(2021, 10, 1),
     [*_MILK, "Glucose Syrup", "Dried Cherries", "Almonds"]),
    ("Fruit and Nut Slab", "Slab", 40, 250, 9.95, 0, 1, D(2020, 10, 1),
     [*_MILK, "Almonds", "Hazelnuts", "Dried Cherries"]),
    ("Dark Pecan Slab", "Slab", 70, 250, 10.50, 1, 1, D(2022, 10, 1),
     ["Cocoa Mass Ecuador", *_DARK, "Pecans", "Sea Salt"]),
    ("Honeycomb Milk Slab", "Slab", 38, 250, 9.50, 0, 1, D(2023, 9, 1), [*_MILK, "Honey", "Glucose Syrup"]),
    ("Classic Truffle Box (9)", "Truffle Box", 55, 120, 14.50, 0, 1, D(2019, 11, 1),
     ["Cocoa Mass Ecuador", "Cocoa Butter", "Double Cream", "Butter", "Icing Sugar", "Cocoa Powder"]),
    ("Champagne Truffle Box (12)", "Truffle Box", 55, 160, 19.95, 0, 1, D(2019, 11, 1),
     ["Cocoa Mass Madagascar", "Double Cream", "Butter", "Icing Sugar", "Cocoa Powder"]),
    ("Salted Caramel Truffle Box (9)", "Truffle Box", 50, 120, 15.50, 0, 1, D(2020, 11, 1),
     ["Cocoa Mass Ghana", "Double Cream", "Caramel Base", "Sea Salt", "Cocoa Powder"]),
    ("Vegan Truffle Box (9)", "Truffle Box", 65, 120, 15.95, 1, 1, D(2022, 11, 1),
     ["Cocoa Mass Peru", "Cocoa Butter", "Coconut Sugar", "Oat Milk Powder", "Cocoa Powder"]),
    ("Praline Truffle Box (12)", "Truffle Box", 45, 160, 18.50, 0, 1, D(2021, 11, 1),
     ["Cocoa Mass Ghana", "Hazelnut Praline Paste", "Double Cream", "Icing Sugar", "Hazelnuts"]),
    ("Passion Fruit Truffle Box (9)", "Truffle Box", 55, 120, 16.50, 0, 1, D(2023, 5, 1),
     ["Cocoa Mass Ecuador", "Double Cream", "Passion Fruit Puree", "Icing Sugar"]),
    ("Signature Bonbon Box (16)", "Bonbon Box", 60, 200, 24.00, 0, 1, D(2020, 11, 1),
     ["Cocoa Mass Ecuador", "Cocoa Butter", "Double Cream", "Caramel Base", "Hazelnut Praline Paste",
      "Passion Fruit Puree", "Freeze-Dried Raspberry"]),
    ("Garden Bonbon Box (9)", "Bonbon Box", 60, 110, 15.00, 0, 1, D(2022, 5, 1),
     ["Cocoa Mass Madagascar", "Cocoa Butter", "Double Cream", "Peppermint Oil", "Orange Peel"]),
    ("Nutty Bonbon Box (9)", "Bonbon Box", 45, 110, 15.00, 0, 1, D(2021, 11, 1),
     ["Cocoa Mass Ghana", "Cocoa Butter", "Hazelnut Praline Paste", "Pistachios", "Almonds", "Pecans"]),
    ("Vegan Bonbon Box (9)", "Bonbon Box", 70, 110, 16.00, 1, 1, D(2023, 11, 1),
     ["Cocoa Mass Peru", "Cocoa Butter", "Coconut Sugar", "Passion Fruit Puree", "Freeze-Dried Raspberry"]),
    ("Christmas Bonbon Box (16)", "Bonbon Box", 55, 200, 26.00, 0, 0, D(2021, 11, 1),
     ["Cocoa Mass Ghana", "Cocoa Butter", "Double Cream", "Orange Peel", "Dried Cherries", "Candied Ginger"]),
    ("Dark Easter Egg", "Seasonal", 70, 200, 18.00, 1, 1, D(2020, 2, 1), ["Cocoa Mass Ecuador", *_DARK]),
    ("Milk Easter Egg", "Seasonal", 38, 200, 16.00, 0, 1, D(2020, 2, 1), list(_MILK)),
    ("Advent Calendar", "Seasonal", 40, 240, 29.00, 0, 1, D(2021, 10, 1), [*_MILK, "Vanilla Pods"]),
    ("Hot Chocolate Flakes 70%", "Hot Chocolate", 70, 250, 11.50, 1, 1, D(2020, 10, 1),
     ["Cocoa Mass Ecuador", "Cocoa Powder", "Cane Sugar"]),
    ("Hot Chocolate Milk 45%", "Hot Chocolate", 45, 250, 10.50, 0, 1, D(2020, 10, 1),
     ["Cocoa Mass Ghana", "Cocoa Powder", "Cane Sugar", "Whole Milk Powder"]),
    ("Spiced Hot Chocolate", "Hot Chocolate", 60, 250, 11.95, 1, 1, D(2022, 10, 1),
     ["Cocoa Mass Peru", "Cocoa Powder", "Coconut Sugar", "Chilli Flakes"]),
    ("Mocha Hot Chocolate", "Hot Chocolate", 55, 250, 11.95, 0, 1, D(2023, 10, 1),
     ["Cocoa Mass Ecuador", "Cocoa Powder", "Cane Sugar", "Skimmed Milk Powder", "Coffee Beans"]),
]  # fmt: skip
CH_ROLES = (
    ["Head Chocolatier"] + ["Chocolatier"] * 10 + ["Apprentice"] * 6 + ["Packer"] * 8 + ["Driver"] * 3 + ["Office"] * 2
)
CH_STOCKISTS = [
    ("Fenwick Food Hall", "Newcastle", "Department Store"), ("The Larder Deli", "York", "Deli"),
    ("Bramble and Rye", "Harrogate", "Deli"), ("Copper Kettle Cafe", "York", "Cafe"),
    ("Hollins Farm Shop", "Skipton", "Farm Shop"), ("Jenners Food Hall", "Edinburgh", "Department Store"),
    ("Valvona Pantry", "Edinburgh", "Deli"), ("The Cocoa Drawer", "Leeds", "Deli"),
    ("Harvey Nichols Leeds", "Leeds", "Department Store"), ("Little Bean Cafe", "Leeds", "Cafe"),
    ("Bettys Corner", "Harrogate", "Cafe"), ("Wensleydale Larder", "Hawes", "Farm Shop"),
    ("Grainger Market Sweets", "Newcastle", "Deli"), ("Tyneside Treats", "Newcastle", "Cafe"),
    ("Cocoa Post", "Manchester", "Online"), ("Selfridges Food Hall", "Manchester", "Department Store"),
    ("Northern Quarter Deli", "Manchester", "Deli"), ("Gift Hamper Co", "Manchester", "Online"),
    ("Chatsworth Farm Shop", "Bakewell", "Farm Shop"), ("Peak Pantry", "Bakewell", "Deli"),
    ("Sheffield Sweet Shop", "Sheffield", "Deli"), ("Kelham Island Cafe", "Sheffield", "Cafe"),
    ("Stonegate Chocolates", "York", "Deli"), ("Shambles Gift Shop", "York", "Deli"),
    ("Dales Hampers", "Skipton", "Online"), ("Bruntsfield Deli", "Edinburgh", "Deli"),
    ("Stockbridge Coffee House", "Edinburgh", "Cafe"), ("Glasgow Cocoa Rooms", "Glasgow", "Cafe"),
    ("Merchant City Deli", "Glasgow", "Deli"), ("House of Fraser Glasgow", "Glasgow", "Department Store"),
    ("Durham Market Deli", "Durham", "Deli"), ("Cathedral Tea Room", "Durham", "Cafe"),
    ("Whitby Sweet Box", "Whitby", "Deli"), ("Moorland Farm Shop", "Pickering", "Farm Shop"),
    ("Ilkley Provisions", "Ilkley", "Deli"), ("The Treat Box", "Leeds", "Online"),
    ("Chocolate by Post", "Leeds", "Online"), ("Bowness Pantry", "Windermere", "Deli"),
    ("Lakeland Larder", "Keswick", "Farm Shop"), ("Kendal Sweet Rooms", "Kendal", "Cafe"),
    ("Hebden Wholefoods", "Hebden Bridge", "Deli"), ("Saltaire Sweets", "Shipley", "Deli"),
    ("Otley Corner Shop", "Otley", "Deli"), ("Richmond Delicatessen", "Richmond", "Deli"),
    ("Beverley Fine Foods", "Beverley", "Deli"),
]  # fmt: skip


def build_chocolatier(path: Path) -> None:
    r = random.Random(55001)
    c = fresh_db(
        path,
        """
        CREATE TABLE ingredients (
            ingredient_id_int INTEGER PRIMARY KEY, ingredient_name_txt TEXT NOT NULL, kind_txt TEXT NOT NULL,
            supplier_name_txt TEXT NOT NULL, origin_country_txt TEXT NOT NULL, cost_per_kg_amt REAL NOT NULL,
            stock_kg_num REAL NOT NULL, organic_flag INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE products (
            product_id_int INTEGER PRIMARY KEY, product_name_txt TEXT NOT NULL, range_txt TEXT NOT NULL,
            cocoa_pct_int INTEGER NOT NULL, weight_g_int INTEGER NOT NULL, price_amt REAL NOT NULL,
            vegan_flag INTEGER NOT NULL DEFAULT 0, active_flag INTEGER NOT NULL DEFAULT 1, launch_dt TEXT NOT NULL);
        CREATE TABLE recipe_lines (
            product_id_int INTEGER NOT NULL REFERENCES products(product_id_int),
            ingredient_id_int INTEGER NOT NULL REFERENCES ingredients(ingredient_id_int),
            grams_per_unit_num REAL NOT NULL, PRIMARY KEY (product_id_int, ingredient_id_int));
        CREATE TABLE staff (
            staff_id_int INTEGER PRIMARY KEY, staff_name_txt TEXT NOT NULL, role_txt TEXT NOT NULL,
            hired_dt TEXT NOT NULL, hourly_rate_amt REAL NOT NULL, active_flag INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE batches (
            batch_id_int INTEGER PRIMARY KEY, product_id_int INTEGER NOT NULL REFERENCES products(product_id_int),
            made_by_staff_id_int INTEGER NOT NULL REFERENCES staff(staff_id_int), made_dt TEXT NOT NULL,
            units_int INTEGER NOT NULL, best_before_dt TEXT NOT NULL, passed_qc_flag INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE stockists (
            stockist_id_int INTEGER PRIMARY KEY, stockist_name_txt TEXT NOT NULL, city_txt TEXT NOT NULL,
            channel_txt TEXT NOT NULL, since_dt TEXT NOT NULL);
        CREATE TABLE orders (
            order_id_int INTEGER PRIMARY KEY, stockist_id_int INTEGER NOT NULL REFERENCES stockists(stockist_id_int),
            order_dt TEXT NOT NULL, status_txt TEXT NOT NULL, total_amt REAL NOT NULL);
        CREATE TABLE order_lines (
            order_line_id_int INTEGER PRIMARY KEY, order_id_int INTEGER NOT NULL REFERENCES orders(order_id_int),
            product_id_int INTEGER NOT NULL REFERENCES products(product_id_int), qty_int INTEGER NOT NULL,
            unit_price_amt REAL NOT NULL);
        """,
    )
    ing_id = {row[0]: k for k, row in enumerate(CH_INGREDIENTS, 1)}
    insert(
        c,
        "ingredients",
        [
            (k, n, kind, sup, org, cost, round(r.uniform(2, 180), 1), fl)
            for k, (n, kind, sup, org, cost, fl) in enumerate(CH_INGREDIENTS, 1)
        ],
    )
    insert(
        c,
        "products",
        [(k, n, rg, pct, g, p, v, a, _iso(ld)) for k, (n, rg, pct, g, p, v, a, ld, _i) in enumerate(CH_PRODUCTS, 1)],
    )
    lines = []
    for k, (*_x, g, _p, _v, _a, _ld, ings) in enumerate(CH_PRODUCTS, 1):
        for name in ings:
            lines.append((k, ing_id[name], round(g * r.uniform(0.02, 0.45), 1)))
    insert(c, "recipe_lines", lines)
    names = _people(r, len(CH_ROLES))
    staff = []
    for k, (name, role) in enumerate(zip(names, CH_ROLES, strict=True), 1):
        hired = D(2014, 9, 1) if k == 1 else day_between(r, D(2016, 1, 1), D(2025, 4, 30))
        rate = {"Head Chocolatier": 21.5, "Chocolatier": 15.75, "Apprentice": 11.44}.get(role, 12.6)
        staff.append((k, name, role, _iso(hired), rate, 0 if k in (9, 22) else 1))
    insert(c, "staff", staff)
    makers = [s for s in staff if s[2] in ("Head Chocolatier", "Chocolatier", "Apprentice")]
    batches = []
    for _ in range(300):
        d = day_between(r, START, LAST)
        pid = r.randrange(len(CH_PRODUCTS))
        prod = CH_PRODUCTS[pid]
        if prod[6] == 0 and d >= D(2024, 6, 1):
            d = day_between(r, START, D(2024, 5, 31))
        who = _weighted(r, [s[0] for s in makers if D.fromisoformat(str(s[3])) <= d], {4: 5})
        units = r.choice([120, 150, 200, 240, 250, 300, 360, 400, 480])
        batches.append((pid + 1, who, d, units, d + dt.timedelta(days=270), 0 if r.random() < 0.06 else 1))
    batches.sort(key=lambda b: (b[2], b[0]))
    insert(c, "batches", [(k, p, w, _iso(d), u, _iso(bb), qc) for k, (p, w, d, u, bb, qc) in enumerate(batches, 1)])
    insert(
        c,
        "stockists",
        [
            (k, n, city, ch, _iso(day_between(r, D(2018, 1, 1), D(2024, 12, 31))))
            for k, (n, city, ch) in enumerate(CH_STOCKISTS, 1)
        ],
    )
    orders, olines = [], []
    for _ in range(175):
        d = day_between(r, START, LAST)
        orders.append((_weighted(r, list(range(1, 41)), {9: 4, 16: 3}), d))
    orders.sort(key=lambda o: (o[1], o[0]))
    order_rows = []
    for k, (sid, d) in enumerate(orders, 1):
        live = [i for i, p in enumerate(CH_PRODUCTS, 1) if p[7] <= d and (p[6] == 1 or d < D(2024, 6, 1))]
        total = 0.0
        picks = r.sample(live, r.choice([1, 2, 2, 3]))
        if 5 not in picks and r.random() < 0.3:
            picks[0] = 5
        if 23 not in picks and len(picks) > 1 and r.random() < 0.25:
            picks[-1] = 23
        for pid in picks:
            q = r.choice([6, 10, 12, 12, 20, 24, 36])
            unit = round(CH_PRODUCTS[pid - 1][4] * 0.6, 2)
            olines.append((len(olines) + 1, k, pid, q, unit))
            total += q * unit
        age = (TODAY - d).days
        status = "Pending" if age <= 6 else "Dispatched" if age <= 14 else "Delivered"
        order_rows.append((k, sid, _iso(d), status, round(total, 2)))
    insert(c, "orders", order_rows)
    insert(c, "order_lines", olines)
    done(c)


# ------------------------------------------------------------------------------------------------------ pizzachain
PZ_BRANCHES = [
    ("Forno Briggate", "Leeds", "North"), ("Forno Micklegate", "York", "North"),
    ("Forno Division Street", "Sheffield", "North"), ("Forno Ancoats", "Manchester", "North"),
    ("Forno Bold Street", "Liverpool", "North"), ("Forno Grey Street", "Newcastle", "North"),
    ("Forno Elvet Bridge", "Durham", "North"), ("Forno Montpellier", "Harrogate", "North"),
    ("Forno Jewellery Quarter", "Birmingham", "Midlands"), ("Forno Hockley", "Nottingham", "Midlands"),
    ("Forno Granby Street", "Leicester", "Midlands"), ("Forno Friar Gate", "Derby", "Midlands"),
    ("Forno Far Gosford Street", "Coventry", "Midlands"), ("Forno Henley Street", "Stratford-upon-Avon", "Midlands"),
    ("Forno North Laine", "Brighton", "South"), ("Forno Harbourside", "Bristol", "South"),
    ("Forno Milsom Street", "Bath", "South"), ("Forno Jericho", "Oxford", "South"),
    ("Forno Mill Road", "Cambridge", "South"), ("Forno Oracle", "Reading", "South"),
    ("Forno Oxford Street", "Southampton", "South"), ("Forno Burgate", "Canterbury", "South"),
    ("Forno Gandy Street", "Exeter", "South"), ("Forno Leith Walk", "Edinburgh", "Scotland"),
    ("Forno Finnieston", "Glasgow", "Scotland"), ("Forno Union Street", "Aberdeen", "Scotland"),
    ("Forno Mill Lane", "Cardiff", "Wales"), ("Forno Wind Street", "Swansea", "Wales"),
    ("Forno Camden", "London", "London"), ("Forno Clapham", "London", "London"),
]  # fmt: skip
PZ_REGIONS = ["North", "Midlands", "South", "Scotland", "Wales", "London"]
# name, category, price, vegetarian, vegan, spicy
PZ_MENU = [
    ("Margherita", "Pizza", 9.50, "T", "F", "F"), ("Marinara", "Pizza", 8.95, "T", "T", "F"),
    ("Pepperoni", "Pizza", 11.95, "F", "F", "F"), ("Diavola", "Pizza", 12.50, "F", "F", "T"),
    ("Quattro Formaggi", "Pizza", 12.25, "T", "F", "F"), ("Funghi", "Pizza", 10.95, "T", "F", "F"),
    ("Capricciosa", "Pizza", 12.95, "F", "F", "F"), ("Hawaiian", "Pizza", 11.50, "F", "F", "F"),
    ("Meat Feast", "Pizza", 13.95, "F", "F", "F"), ("BBQ Chicken", "Pizza", 13.50, "F", "F", "F"),
    ("Vegetariana", "Pizza", 11.95, "T", "F", "F"), ("Vegan Garden", "Pizza", 12.50, "T", "T", "F"),
    ("Nduja and Hot Honey", "Pizza", 13.25, "F", "F", "T"), ("Salsiccia", "Pizza", 12.95, "F", "F", "F"),
    ("Prosciutto and Rocket", "Pizza", 13.75, "F", "F", "F"), ("Fiorentina", "Pizza", 11.75, "T", "F", "F"),
    ("Calzone Classico", "Pizza", 12.95, "F", "F", "F"), ("Tartufo", "Pizza", 14.50, "T", "F", "F"),
    ("Chilli Chicken", "Pizza", 12.95, "F", "F", "T"), ("Pollo Pesto", "Pizza", 12.75, "F", "F", "F"),
    ("Garlic Bread", "Side", 4.50, "T", "T", "F"), ("Garlic Bread with Cheese", "Side", 5.25, "T", "F", "F"),
    ("Dough Balls", "Side", 5.50, "T", "F", "F"), ("Chicken Wings", "Side", 6.95, "F", "F", "F"),
    ("Spicy Wedges", "Side", 4.95, "T", "T", "T"), ("House Salad", "Side", 4.75, "T", "T", "F"),
    ("Mozzarella Sticks", "Side", 5.75, "T", "F", "F"), ("Tiramisu", "Dessert", 6.25, "T", "F", "F"),
    ("Chocolate Fondant", "Dessert", 6.50, "T", "F", "F"), ("Gelato Trio", "Dessert", 5.50, "T", "F", "F"),
    ("Lemon Tart", "Dessert", 5.95, "T", "F", "F"), ("Vegan Brownie", "Dessert", 5.95, "T", "T", "F"),
    ("Coca-Cola", "Drink", 2.95, "T", "T", "F"), ("Diet Coke", "Drink", 2.95, "T", "T", "F"),
    ("San Pellegrino Lemon", "Drink", 3.25, "T", "T", "F"), ("Peroni", "Drink", 4.95, "T", "T", "F"),
    ("House Red Glass", "Drink", 6.50, "T", "F", "F"), ("Sparkling Water", "Drink", 2.50, "T", "T", "F"),
]  # fmt: skip
PZ_NEW = {"Tartufo", "Vegan Brownie"}
# name, extra cost, vegan, meat
PZ_TOPPINGS = [
    ("Tomato Sauce", 0.00, "T", "F"), ("Mozzarella", 1.20, "F", "F"), ("Pepperoni", 1.80, "F", "T"),
    ("Mushrooms", 1.00, "T", "F"), ("Red Onion", 0.80, "T", "F"), ("Green Peppers", 0.80, "T", "F"),
    ("Black Olives", 1.00, "T", "F"), ("Jalapenos", 0.90, "T", "F"), ("Ham", 1.60, "F", "T"),
    ("Pineapple", 0.90, "T", "F"), ("Spicy Beef", 1.90, "F", "T"), ("Chicken", 2.00, "F", "T"),
    ("Nduja", 2.20, "F", "T"), ("Italian Sausage", 2.00, "F", "T"), ("Prosciutto", 2.40, "F", "T"),
    ("Rocket", 0.70, "T", "F"), ("Spinach", 0.80, "T", "F"), ("Gorgonzola", 1.50, "F", "F"),
    ("Parmesan", 1.30, "F", "F"), ("Goat Cheese", 1.60, "F", "F"), ("Vegan Mozzarella", 1.50, "T", "F"),
    ("Sweetcorn", 0.70, "T", "F"), ("Cherry Tomatoes", 0.90, "T", "F"), ("Artichokes", 1.40, "T", "F"),
    ("Roasted Garlic", 0.60, "T", "F"), ("Fresh Basil", 0.50, "T", "F"), ("Pesto", 1.10, "F", "F"),
    ("BBQ Sauce", 0.50, "T", "F"), ("Hot Honey", 0.90, "F", "F"), ("Truffle Oil", 1.80, "T", "F"),
    ("Chilli Flakes", 0.30, "T", "F"), ("Capers", 0.60, "T", "F"),
]  # fmt: skip
PZ_RECIPES = {
    "Margherita": ["Tomato Sauce", "Mozzarella", "Fresh Basil"],
    "Marinara": ["Tomato Sauce", "Roasted Garlic", "Fresh Basil"],
    "Pepperoni": ["Tomato Sauce", "Mozzarella", "Pepperoni"],
    "Diavola": ["Tomato Sauce", "Mozzarella", "Spicy Beef", "Jalapenos", "Chilli Flakes"],
    "Quattro Formaggi": ["Mozzarella", "Gorgonzola", "Parmesan", "Goat Cheese"],
    "Funghi": ["Tomato Sauce", "Mozzarella", "Mushrooms", "Roasted Garlic"],
    "Capricciosa": ["Tomato Sauce", "Mozzarella", "Ham", "Mushrooms", "Artichokes", "Black Olives"],
    "Hawaiian": ["Tomato Sauce", "Mozzarella", "Ham", "Pineapple"],
    "Meat Feast": ["Tomato Sauce", "Mozzarella", "Pepperoni", "Ham", "Spicy Beef", "Italian Sausage", "Chicken"],
    "BBQ Chicken": ["BBQ Sauce", "Mozzarella", "Chicken", "Red Onion", "Sweetcorn"],
    "Vegetariana": ["Tomato Sauce", "Mozzarella", "Mushrooms", "Red Onion", "Green Peppers", "Black Olives"],
    "Vegan Garden": ["Tomato Sauce", "Vegan Mozzarella", "Spinach", "Cherry Tomatoes", "Artichokes", "Red Onion"],
    "Nduja and Hot Honey": ["Tomato Sauce", "Mozzarella", "Nduja", "Hot Honey"],
    "Salsiccia": ["Tomato Sauce", "Mozzarella", "Italian Sausage", "Red Onion", "Chilli Flakes"],
    "Prosciutto and Rocket": ["Tomato Sauce", "Mozzarella", "Prosciutto", "Rocket", "Parmesan"],
    "Fiorentina": ["Tomato Sauce", "Mozzarella", "Spinach", "Roasted Garlic"],
    "Calzone Classico": ["Tomato Sauce", "Mozzarella", "Ham", "Mushrooms"],
    "Tartufo": ["Mozzarella", "Mushrooms", "Truffle Oil", "Parmesan", "Rocket"],
    "Chilli Chicken": ["Tomato Sauce", "Mozzarella", "Chicken", "Jalapenos", "Red Onion"],
    "Pollo Pesto": ["Pesto", "Mozzarella", "Chicken", "Cherry Tomatoes", "Rocket"],
}


def build_pizzachain(path: Path) -> None:
    r = random.Random(55002)
    c = fresh_db(
        path,
        """
        CREATE TABLE branches (
            branch_id INTEGER PRIMARY KEY, branch_name TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL,
            opened_on TEXT NOT NULL, seats INTEGER NOT NULL, has_delivery TEXT NOT NULL DEFAULT 'F',
            has_outdoor_seating TEXT NOT NULL DEFAULT 'F');
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, job_title TEXT NOT NULL,
            branch_id INTEGER REFERENCES branches(branch_id), manager_id INTEGER REFERENCES staff(staff_id),
            hired_on TEXT NOT NULL, is_full_time TEXT NOT NULL DEFAULT 'T', hourly_rate REAL NOT NULL);
        CREATE TABLE menu_items (
            item_id INTEGER PRIMARY KEY, item_name TEXT NOT NULL, category TEXT NOT NULL, price REAL NOT NULL,
            is_vegetarian TEXT NOT NULL DEFAULT 'F', is_vegan TEXT NOT NULL DEFAULT 'F',
            is_spicy TEXT NOT NULL DEFAULT 'F', is_available TEXT NOT NULL DEFAULT 'T');
        CREATE TABLE toppings (
            topping_id INTEGER PRIMARY KEY, topping_name TEXT NOT NULL, extra_cost REAL NOT NULL,
            is_vegan TEXT NOT NULL DEFAULT 'F', is_meat TEXT NOT NULL DEFAULT 'F');
        CREATE TABLE item_toppings (
            item_id INTEGER NOT NULL REFERENCES menu_items(item_id),
            topping_id INTEGER NOT NULL REFERENCES toppings(topping_id), PRIMARY KEY (item_id, topping_id));
        CREATE TABLE orders (
            order_id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branches(branch_id),
            taken_by INTEGER NOT NULL REFERENCES staff(staff_id), ordered_at TEXT NOT NULL, channel TEXT NOT NULL,
            is_paid TEXT NOT NULL DEFAULT 'T', order_total REAL NOT NULL);
        CREATE TABLE order_items (
            order_item_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(order_id),
            item_id INTEGER NOT NULL REFERENCES menu_items(item_id), quantity INTEGER NOT NULL,
            line_total REAL NOT NULL);
        """,
    )
    branches = []
    for k, (name, city, region) in enumerate(PZ_BRANCHES, 1):
        opened = day_between(r, D(2012, 5, 1), D(2023, 9, 30))
        deliv = "F" if k in (7, 14, 17, 22, 26) else "T"
        branches.append(
            (
                k,
                name,
                city,
                region,
                _iso(opened),
                r.choice([40, 48, 55, 60, 72, 85]),
                deliv,
                "T" if r.random() < 0.4 else "F",
            )
        )
    insert(c, "branches", branches)
    names = _people(r, 150)
    staff: list[tuple[object, ...]] = [(1, names[0], "Operations Director", None, None, "2011-03-01", "T", 38.0)]
    regional = {}
    for j, reg in enumerate(PZ_REGIONS):
        sid = len(staff) + 1
        regional[reg] = sid
        hired = day_between(r, D(2011, 6, 1), D(2019, 12, 31))
        staff.append((sid, names[sid - 1], "Regional Manager", None, 1, _iso(hired), "T", 27.5 + j * 0.25))
    branch_mgr = {}
    for b in branches:
        sid = len(staff) + 1
        branch_mgr[b[0]] = sid
        hired = day_between(r, D(2012, 1, 1), D(2024, 6, 30))
        staff.append((sid, names[sid - 1], "Branch Manager", b[0], regional[str(b[3])], _iso(hired), "T", 18.5))
    by_branch: dict[int, list[int]] = {b[0]: [branch_mgr[b[0]]] for b in branches}
    for b in branches:
        for title in r.sample(["Shift Lead", "Pizzaiolo", "Pizzaiolo", "Server", "Server", "Delivery Driver"], 2):
            sid = len(staff) + 1
            hired = day_between(r, D(2016, 1, 1), D(2025, 5, 31))
            rate = {"Shift Lead": 13.4, "Pizzaiolo": 12.9}.get(title, 12.21)
            ft = "T" if r.random() < 0.45 else "F"
            staff.append((sid, names[sid - 1], title, b[0], branch_mgr[b[0]], _iso(hired), ft, rate))
            by_branch[b[0]].append(sid)
    insert(c, "staff", staff)
    insert(c, "menu_items", [(k, n, cat, p, v, vg, sp, "T") for k, (n, cat, p, v, vg, sp) in enumerate(PZ_MENU, 1)])
    insert(c, "toppings", [(k, *t) for k, t in enumerate(PZ_TOPPINGS, 1)])
    item_id = {m[0]: k for k, m in enumerate(PZ_MENU, 1)}
    top_id = {t[0]: k for k, t in enumerate(PZ_TOPPINGS, 1)}
    insert(c, "item_toppings", [(item_id[p], top_id[t]) for p, ts in PZ_RECIPES.items() for t in ts])
    sellable = [k for k, m in enumerate(PZ_MENU, 1) if m[0] not in PZ_NEW]
    pizzas = [k for k in sellable if PZ_MENU[k - 1][1] == "Pizza"]
    extras = [k for k in sellable if PZ_MENU[k - 1][1] != "Pizza"]
    orders, items = [], []
    for _ in range(260):
        d = day_between(r, D(2024, 1, 1), LAST)
        bid = _weighted(r, list(range(1, 31)), {29: 5, 4: 2})
        orders.append((bid, _stamp(r, d, 12, 22)))
    orders.sort(key=lambda o: o[1])
    rows = []
    for k, (bid, at) in enumerate(orders, 1):
        b = branches[bid - 1]
        channel = r.choice(["Dine-in", "Dine-in", "Takeaway", "Delivery"] if b[6] == "T" else ["Dine-in", "Takeaway"])
        picks = [_weighted(r, pizzas, {item_id["Margherita"]: 4, item_id["Pepperoni"]: 3})]
        if r.random() < 0.35:
            picks.append(r.choice(extras))
        total = 0.0
        for it in picks:
            q = r.choice([1, 1, 1, 2, 2, 3])
            line = round(q * PZ_MENU[it - 1][2], 2)
            items.append((len(items) + 1, k, it, q, line))
            total += line
        if channel == "Delivery":
            total += 2.50
        paid = "F" if at >= "2025-06-12" and r.random() < 0.5 else "T"
        rows.append((k, bid, r.choice(by_branch[bid]), at, channel, paid, round(total, 2)))
    insert(c, "orders", rows)
    insert(c, "order_items", items)
    done(c)


# ------------------------------------------------------------------------------------------------------- budgetapp
BA_CATEGORIES = {
    "Income": (0, ["Salary", "Freelance", "Interest", "Refunds"]),
    "Housing": (1, ["Rent", "Mortgage", "Home Insurance"]),
    "Household Bills": (1, ["Electricity", "Gas", "Water", "Council Tax", "Broadband", "Mobile Phone"]),
    "Food": (1, ["Groceries", "Eating Out", "Takeaways", "Coffee"]),
    "Transport": (1, ["Fuel", "Train Fares", "Bus Fares", "Parking", "Car Insurance"]),
    "Leisure": (0, ["Streaming", "Gym", "Cinema", "Holidays"]),
    "Shopping": (0, ["Clothes", "Electronics", "Gifts"]),
    "Health": (1, ["Pharmacy", "Dentist"]),
}
_NONESSENTIAL_SUBS = {"Eating Out", "Takeaways", "Coffee"}
# payee, default category, pence range, weight
BA_PAYEES = [
    ("Tesco", "Groceries", (1200, 11500), 14), ("Sainsbury's", "Groceries", (900, 9800), 9),
    ("Aldi", "Groceries", (700, 7200), 7), ("Lidl", "Groceries", (650, 6400), 4),
    ("Waitrose", "Groceries", (1500, 13000), 3), ("Pret A Manger", "Coffee", (320, 980), 4),
    ("Costa Coffee", "Coffee", (290, 760), 6), ("Nando's", "Eating Out", (1800, 6500), 3),
    ("Wagamama", "Eating Out", (2200, 7400), 2), ("Pizza Express", "Eating Out", (2000, 6900), 2),
    ("Deliveroo", "Takeaways", (1500, 4800), 8), ("Just Eat", "Takeaways", (1300, 4200), 3),
    ("Shell", "Fuel", (3000, 8500), 4), ("BP", "Fuel", (2800, 8200), 3), ("Esso", "Fuel", (2900, 7900), 2),
    ("Trainline", "Train Fares", (850, 14500), 3), ("LNER", "Train Fares", (2400, 18900), 1),
    ("Stagecoach", "Bus Fares", (200, 550), 2), ("NCP", "Parking", (450, 2600), 2),
    ("Admiral", "Car Insurance", (3800, 9500), 1), ("Octopus Energy", "Electricity", (5500, 16000), 3),
    ("British Gas", "Gas", (4000, 14000), 2), ("Thames Water", "Water", (2800, 5200), 1),
    ("Leeds City Council", "Council Tax", (12500, 21000), 2), ("BT", "Broadband", (3200, 5500), 1),
    ("Virgin Media", "Broadband", (3500, 6900), 1), ("Vodafone", "Mobile Phone", (1200, 4500), 1),
    ("giffgaff", "Mobile Phone", (600, 1800), 1), ("Netflix", "Streaming", (499, 1799), 3),
    ("Spotify", "Streaming", (1199, 1999), 2), ("Disney Plus", "Streaming", (499, 1099), 1),
    ("PureGym", "Gym", (1999, 3599), 2), ("Odeon", "Cinema", (950, 3400), 1), ("easyJet", "Holidays", (4500, 42000), 1),
    ("Airbnb", "Holidays", (18000, 96000), 1), ("Next", "Clothes", (1500, 12000), 2),
    ("Primark", "Clothes", (600, 5500), 2), ("Uniqlo", "Clothes", (1990, 9900), 1),
    ("Currys", "Electronics", (1999, 89900), 1), ("Apple", "Electronics", (79, 129900), 1),
    ("Amazon", "Gifts", (799, 8999), 5), ("Boots", "Pharmacy", (299, 3500), 3),
    ("Bupa Dental", "Dentist", (2500, 19500), 1),
    ("Acme Logistics Payroll", "Salary", (185000, 260000), 3), ("Northwind Consulting", "Salary", (290000, 420000), 2),
    ("NHS Payroll", "Salary", (210000, 330000), 2), ("Upwork", "Freelance", (15000, 95000), 1),
    ("HMRC", "Refunds", (2500, 48000), 1), ("Marcus Savings", "Interest", (120, 4200), 1),
    ("Foxtons Lettings", "Rent", (85000, 140000), 2), ("Nationwide Mortgage", "Mortgage", (90000, 160000), 2),
    ("Aviva", "Home Insurance", (1800, 4200), 1),
]  # fmt: skip
BA_BANKS = ["Barclays", "HSBC", "Lloyds", "NatWest", "Monzo", "Starling", "Nationwide", "Santander"]
BA_GOALS = [
    "Emergency Fund", "Summer Holiday", "New Car", "House Deposit", "Wedding", "Christmas", "New Laptop",
    "Home Renovation", "Driving Lessons", "New Sofa",
]  # fmt: skip


def build_budgetapp(path: Path) -> None:
    r = random.Random(55003)
    c = fresh_db(
        path,
        """
        CREATE TABLE users (
            user_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL, signed_up_on TEXT NOT NULL,
            plan TEXT NOT NULL DEFAULT 'Free');
        CREATE TABLE accounts (
            account_id INTEGER PRIMARY KEY, account_name TEXT NOT NULL, account_type TEXT NOT NULL,
            bank_name TEXT NOT NULL, opened_on TEXT NOT NULL, balance_pence INTEGER NOT NULL);
        CREATE TABLE account_holders (
            account_id INTEGER NOT NULL REFERENCES accounts(account_id), user_id INTEGER NOT NULL
            REFERENCES users(user_id), is_primary INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (account_id, user_id));
        CREATE TABLE categories (
            category_id INTEGER PRIMARY KEY, category_name TEXT NOT NULL,
            parent_category_id INTEGER REFERENCES categories(category_id), is_essential INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE payees (
            payee_id INTEGER PRIMARY KEY, payee_name TEXT NOT NULL,
            default_category_id INTEGER REFERENCES categories(category_id));
        CREATE TABLE transactions (
            transaction_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(account_id),
            payee_id INTEGER NOT NULL REFERENCES payees(payee_id),
            category_id INTEGER NOT NULL REFERENCES categories(category_id), posted_on TEXT NOT NULL,
            amount_pence INTEGER NOT NULL, direction TEXT NOT NULL, memo TEXT);
        CREATE TABLE budgets (
            budget_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(user_id),
            category_id INTEGER NOT NULL REFERENCES categories(category_id), budget_month TEXT NOT NULL,
            limit_pounds REAL NOT NULL);
        CREATE TABLE savings_goals (
            goal_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(user_id), goal_name TEXT NOT NULL,
            target_pounds REAL NOT NULL, saved_pounds REAL NOT NULL, target_date TEXT NOT NULL);
        """,
    )
    names = _people(r, 40)
    users = []
    for k, n in enumerate(names, 1):
        first, last = n.split(" ")
        users.append(
            (
                k,
                n,
                f"{first.lower()}.{last.lower()}{k}@inbox.example",
                _iso(day_between(r, D(2021, 2, 1), D(2025, 5, 31))),
                "Plus" if r.random() < 0.3 else "Free",
            )
        )
    insert(c, "users", users)
    cats = []
    cat_id: dict[str, int] = {}
    for top, (ess, _subs) in BA_CATEGORIES.items():
        cat_id[top] = len(cats) + 1
        cats.append((len(cats) + 1, top, None, ess))
    for top, (ess, subs) in BA_CATEGORIES.items():
        for s in subs:
            cat_id[s] = len(cats) + 1
            cats.append((len(cats) + 1, s, cat_id[top], 0 if s in _NONESSENTIAL_SUBS else ess))
    insert(c, "categories", cats)
    insert(c, "payees", [(k, p, cat_id[cat]) for k, (p, cat, _rng, _w) in enumerate(BA_PAYEES, 1)])
    accounts, holders = [], []
    owner_of = list(range(1, 41)) + [r.randint(1, 40) for _ in range(22)]
    for k, uid in enumerate(owner_of, 1):
        surname = names[uid - 1].split(" ")[1]
        typ = "Current" if k <= 40 else r.choice(["Savings", "Credit Card", "Credit Card", "Savings", "Cash ISA"])
        bank = r.choice(BA_BANKS)
        acc_name = f"{bank} {typ} ({surname})"
        while acc_name in {a[1] for a in accounts}:
            acc_name = acc_name[:-1] + " 2)"
        bal = -r.randint(0, 180000) if typ == "Credit Card" else r.randint(2000, 1500000)
        accounts.append((k, acc_name, typ, bank, _iso(day_between(r, D(2012, 1, 1), D(2023, 12, 31))), bal))
        holders.append((k, uid, 1))
        if typ in ("Current", "Savings") and r.random() < 0.3:
            other = r.choice([u for u in range(1, 41) if u != uid])
            holders.append((k, other, 0))
    insert(c, "accounts", accounts)
    insert(c, "account_holders", holders)
    spend_accts = [a[0] for a in accounts if a[2] in ("Current", "Credit Card")]
    saving_accts = [a[0] for a in accounts if a[2] in ("Savings", "Cash ISA")]
    current = [a[0] for a in accounts if a[2] == "Current"]
    txns = []
    pay_idx = list(range(len(BA_PAYEES)))
    weights = [p[3] for p in BA_PAYEES]
    for _ in range(400):
        pi = r.choices(pay_idx, weights=weights)[0]
        payee, cat, (lo, hi), _w = BA_PAYEES[pi]
        d = day_between(r, D(2024, 1, 1), LAST)
        income = cat in BA_CATEGORIES["Income"][1]
        if cat == "Interest":
            acct = r.choice(saving_accts[:12])
        elif income or cat in ("Rent", "Mortgage", "Council Tax"):
            acct = r.choice(current)
        else:
            acct = r.choice(spend_accts)
        if cat == "Coffee" and r.random() < 0.2:
            cat = "Eating Out"
        memo = r.choice([None, None, None, "card payment", "direct debit", "contactless"]) if not income else None
        txns.append((acct, pi + 1, cat_id[cat], d, r.randint(lo, hi), "credit" if income else "debit", memo))
    txns.sort(key=lambda t: (t[3], t[0]))
    insert(
        c, "transactions", [(k, a, p, ca, _iso(d), amt, dr, m) for k, (a, p, ca, d, amt, dr, m) in enumerate(txns, 1)]
    )
    budgets = []
    for uid in sorted(r.sample(range(1, 41), 15)):
        for cat in ("Groceries", "Eating Out"):
            for month in ("2025-04", "2025-05"):
                lim = r.choice([250, 300, 350, 400, 450, 500]) if cat == "Groceries" else r.choice([60, 80, 100, 150])
                budgets.append((len(budgets) + 1, uid, cat_id[cat], month, float(lim)))
    insert(c, "budgets", budgets)
    goals = []
    for k in range(1, 41):
        name = r.choice(BA_GOALS)
        target = {"House Deposit": 25000, "New Car": 9000, "Wedding": 15000, "Emergency Fund": 5000}.get(name, 2000)
        target = round(target * r.uniform(0.6, 1.6), -1)
        saved = round(target * r.uniform(0.05, 1.0), 2)
        due = day_between(r, D(2024, 3, 1), D(2027, 12, 31))
        if due < TODAY and r.random() < 0.6:
            saved = target
        goals.append((k, r.randint(1, 40), name, float(target), saved, _iso(due)))
    insert(c, "savings_goals", goals)
    done(c)


# ----------------------------------------------------------------------------------------------------- coffeechain
CC_SETTINGS = [
    ("vat_rate", "0.20", "VAT rate applied to takeaway sales"),
    ("currency", "GBP", "Currency of all prices"),
    ("loyalty_scheme_name", "Bean Counter", "Name of the loyalty scheme"),
    ("points_per_pound", "10", "Loyalty points earned per pound spent"),
    ("reward_threshold_points", "400", "Points needed to claim a free drink"),
    ("reward_drink", "Any regular drink", "What a reward can be spent on"),
    ("signup_bonus_points", "50", "Points given when a member joins"),
    ("birthday_bonus_points", "100", "Points given on a member's birthday"),
    ("max_points_per_day", "200", "Most points a member can earn in one day"),
    ("points_expiry_months", "12", "Months of inactivity before points expire"),
    ("student_discount_pct", "10", "Discount for students with ID"),
    ("staff_discount_pct", "30", "Discount for staff"),
    ("happy_hour_start", "15:00", "Start of the afternoon happy hour"),
    ("happy_hour_end", "16:00", "End of the afternoon happy hour"),
    ("happy_hour_discount_pct", "20", "Discount on cold drinks during happy hour"),
    ("oat_milk_surcharge", "0.40", "Extra charge for oat milk"),
    ("extra_shot_price", "0.60", "Price of an extra espresso shot"),
    ("syrup_price", "0.50", "Price of a flavoured syrup"),
    ("reusable_cup_discount", "0.25", "Discount for bringing a reusable cup"),
    ("opening_time", "07:00", "Weekday opening time"),
    ("closing_time", "18:00", "Weekday closing time"),
    ("sunday_opening_time", "08:30", "Sunday opening time"),
    ("head_office_city", "Leeds", "City of the head office"),
    ("support_email", "help@beancounter.example", "Customer support address"),
    ("app_version", "4.2.1", "Current version of the ordering app"),
    ("min_card_spend", "0.00", "Minimum spend for card payments"),
    ("tip_jar_enabled", "true", "Whether tips can be added at the till"),
    ("wifi_session_minutes", "90", "Length of a free wifi session"),
    ("cup_size_regular_ml", "340", "Size of a regular cup"),
    ("cup_size_large_ml", "454", "Size of a large cup"),
]
CC_SHOPS = [
    ("Kirkgate", "Leeds"), ("Headingley", "Leeds"), ("Chapel Allerton", "Leeds"), ("Roundhay", "Leeds"),
    ("Call Lane", "Leeds"), ("Trinity", "Leeds"), ("Stonegate", "York"), ("Fossgate", "York"),
    ("Bishopthorpe Road", "York"), ("York Station", "York"), ("Parliament Street", "Harrogate"),
    ("Cold Bath Road", "Harrogate"), ("Kelham Island", "Sheffield"), ("Ecclesall Road", "Sheffield"),
    ("Division Street", "Sheffield"), ("Sharrow Vale", "Sheffield"), ("Northern Quarter", "Manchester"),
    ("Didsbury", "Manchester"), ("Chorlton", "Manchester"), ("Spinningfields", "Manchester"),
    ("Ancoats", "Manchester"), ("Saltaire", "Bradford"), ("Little Germany", "Bradford"), ("Old Town", "Hull"),
    ("Princes Avenue", "Hull"), ("Westgate", "Wakefield"), ("The Hepworth", "Wakefield"),
    ("Piece Hall", "Halifax"), ("Byram Arcade", "Huddersfield"), ("Queensgate", "Huddersfield"),
]  # fmt: skip
# name, category, price, dairy free, seasonal
CC_DRINKS = [
    ("Espresso", "Espresso", 2.20, 1, 0), ("Double Espresso", "Espresso", 2.60, 1, 0),
    ("Americano", "Espresso", 2.90, 1, 0), ("Flat White", "Espresso", 3.40, 0, 0),
    ("Cappuccino", "Espresso", 3.45, 0, 0), ("Latte", "Espresso", 3.50, 0, 0), ("Cortado", "Espresso", 3.10, 0, 0),
    ("Mocha", "Espresso", 3.80, 0, 0), ("Macchiato", "Espresso", 2.80, 0, 0), ("Batch Brew", "Filter", 2.60, 1, 0),
    ("Pour Over", "Filter", 3.90, 1, 0), ("English Breakfast Tea", "Tea", 2.30, 1, 0),
    ("Earl Grey Tea", "Tea", 2.40, 1, 0), ("Green Tea", "Tea", 2.40, 1, 0), ("Peppermint Tea", "Tea", 2.40, 1, 0),
    ("Chai Latte", "Tea", 3.60, 0, 0), ("Matcha Latte", "Tea", 3.95, 0, 0), ("Iced Latte", "Cold", 3.70, 0, 0),
    ("Iced Americano", "Cold", 3.20, 1, 0), ("Cold Brew", "Cold", 3.60, 1, 0), ("Frappe", "Cold", 4.20, 0, 0),
    ("Iced Peach Tea", "Cold", 3.30, 1, 1), ("Homemade Lemonade", "Cold", 3.10, 1, 1),
    ("Berry Smoothie", "Cold", 4.40, 1, 0), ("Hot Chocolate", "Hot Chocolate", 3.30, 0, 0),
    ("White Hot Chocolate", "Hot Chocolate", 3.50, 0, 0), ("Salted Caramel Hot Chocolate", "Hot Chocolate", 3.80, 0, 1),
    ("Pumpkin Spice Latte", "Espresso", 4.10, 0, 1), ("Gingerbread Latte", "Espresso", 4.10, 0, 1),
    ("Toffee Nut Latte", "Espresso", 3.95, 0, 1), ("Iced Lavender Oat Latte", "Cold", 4.25, 1, 1),
    ("Oat Flat White", "Espresso", 3.80, 1, 0),
]  # fmt: skip
CC_GRADES = ["Shift Manager", "Senior Barista", "Barista", "Trainee"]


def build_coffeechain(path: Path) -> None:
    r = random.Random(55004)
    c = fresh_db(
        path,
        """
        CREATE TABLE Setting (SettingKey TEXT PRIMARY KEY, SettingValue TEXT NOT NULL, Description TEXT);
        CREATE TABLE Shop (ShopID INTEGER PRIMARY KEY, ShopName TEXT NOT NULL, City TEXT NOT NULL,
            OpenedOn TEXT NOT NULL, Seats INTEGER NOT NULL, HasDriveThru INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE Barista (BaristaID INTEGER PRIMARY KEY, FullName TEXT NOT NULL,
            ShopID INTEGER NOT NULL REFERENCES Shop(ShopID), Grade TEXT NOT NULL, StartedOn TEXT NOT NULL,
            HourlyRate REAL NOT NULL);
        CREATE TABLE Drink (DrinkID INTEGER PRIMARY KEY, DrinkName TEXT NOT NULL, Category TEXT NOT NULL,
            Price REAL NOT NULL, IsDairyFree INTEGER NOT NULL DEFAULT 0, IsSeasonal INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE Member (MemberID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Email TEXT NOT NULL,
            JoinedOn TEXT NOT NULL, PointsBalance INTEGER NOT NULL DEFAULT 0,
            HomeShopID INTEGER REFERENCES Shop(ShopID));
        CREATE TABLE Sale (SaleID INTEGER PRIMARY KEY, ShopID INTEGER NOT NULL REFERENCES Shop(ShopID),
            BaristaID INTEGER NOT NULL REFERENCES Barista(BaristaID), MemberID INTEGER REFERENCES Member(MemberID),
            SoldAt TEXT NOT NULL, PaymentMethod TEXT NOT NULL, TotalAmount REAL NOT NULL);
        CREATE TABLE SaleLine (SaleLineID INTEGER PRIMARY KEY, SaleID INTEGER NOT NULL REFERENCES Sale(SaleID),
            DrinkID INTEGER NOT NULL REFERENCES Drink(DrinkID), Quantity INTEGER NOT NULL, UnitPrice REAL NOT NULL);
        """,
    )
    insert(c, "Setting", CC_SETTINGS)
    shops = []
    for k, (n, city) in enumerate(CC_SHOPS, 1):
        opened = D(2025, 3, 29) if n == "Queensgate" else day_between(r, D(2014, 4, 1), D(2024, 11, 30))
        shops.append((k, n, city, _iso(opened), r.choice([18, 24, 30, 36, 42, 50, 60]), 1 if k in (4, 19, 25) else 0))
    insert(c, "Shop", shops)
    names = _people(r, 210)
    baristas = []
    for s in shops:
        for grade in ["Shift Manager", r.choice(["Senior Barista", "Barista"]), r.choice(CC_GRADES[2:])]:
            k = len(baristas) + 1
            start = max(D.fromisoformat(str(s[3])), day_between(r, D(2016, 1, 1), D(2025, 5, 20)))
            rate = {"Shift Manager": 14.2, "Senior Barista": 13.1, "Barista": 12.4}.get(grade, 11.44)
            baristas.append((k, names[k - 1], s[0], grade, _iso(start), rate))
    insert(c, "Barista", baristas)
    insert(c, "Drink", [(k, *d) for k, d in enumerate(CC_DRINKS, 1)])
    members = []
    for k in range(1, 121):
        n = names[90 + k - 1]
        first, last = n.split(" ")
        joined = day_between(r, D(2021, 6, 1), LAST)
        members.append(
            (
                k,
                n,
                f"{first.lower()}{last.lower()}{k}@mail.example",
                _iso(joined),
                r.choice([0, 20, 60, 120, 180, 250, 310, 380, 400, 450, 520, 640, 810]),
                r.randint(1, 29),
            )
        )
    insert(c, "Member", members)
    sales, lines = [], []
    for _ in range(300):
        d = day_between(r, D(2024, 7, 1), LAST)
        sid = _weighted(r, [s[0] for s in shops if D.fromisoformat(str(s[3])) <= d], {1: 4, 7: 3, 17: 3})
        crew = [b[0] for b in baristas if b[2] == sid and D.fromisoformat(str(b[4])) <= d] or [
            b[0] for b in baristas if b[2] == sid
        ]
        bid = _weighted(r, crew, {4: 6})
        mem = None
        if r.random() < 0.6:
            mem = r.choice([m[0] for m in members[:105] if D.fromisoformat(str(m[3])) <= d] or [None])
        sales.append((sid, bid, mem, _stamp(r, d, 7, 17), r.choice(["Card", "Card", "Card", "App", "App", "Cash"])))
    sales.sort(key=lambda s: s[3])
    rows = []
    for k, (sid, bid, mem, at, pay) in enumerate(sales, 1):
        total = 0.0
        month = int(at[5:7])
        menu = [
            k
            for k, dr in enumerate(CC_DRINKS, 1)
            if not dr[4] or (month in (9, 10, 11, 12) if dr[1] != "Cold" else month in (5, 6, 7, 8))
        ]
        picks = {_weighted(r, menu, {6: 6, 4: 4, 5: 3, 3: 2}) for _ in range(r.choice([1, 1, 1, 2]))}
        for did in sorted(picks):
            q = r.choice([1, 1, 1, 2])
            lines.append((len(lines) + 1, k, did, q, CC_DRINKS[did - 1][2]))
            total += q * CC_DRINKS[did - 1][2]
        rows.append((k, sid, bid, mem, at, pay, round(total, 2)))
    insert(c, "Sale", rows)
    insert(c, "SaleLine", lines)
    done(c)


# ----------------------------------------------------------------------------------------------------- fishsmokery
FS_BOATS = [
    ("Ocean Harvest", "Whitby", "WY 127"), ("Provider", "Whitby", "WY 88"), ("Sea Spray", "Whitby", "WY 312"),
    ("Girl Katie", "Scarborough", "SH 41"), ("Kingfisher", "Scarborough", "SH 205"),
    ("Guiding Star", "Peterhead", "PD 301"), ("Fruitful Bough", "Peterhead", "PD 512"),
    ("Venture", "Peterhead", "PD 77"), ("Harvest Moon", "Fraserburgh", "FR 249"),
    ("Silver Dawn", "Fraserburgh", "FR 63"), ("Morning Star", "Fraserburgh", "FR 418"),
    ("Our Lass", "Brixham", "BM 29"), ("Sapphire", "Brixham", "BM 190"), ("Lady Anne", "Brixham", "BM 365"),
    ("Cornish Maid", "Newlyn", "PZ 112"), ("Ben Loyal", "Newlyn", "PZ 540"), ("Golden Fleece", "Newlyn", "PZ 27"),
    ("Northern Light", "Grimsby", "GY 57"), ("Boy James", "Grimsby", "GY 230"), ("Atlantic Way", "Ullapool", "UL 19"),
    ("Minch Rover", "Ullapool", "UL 144"), ("Reaper", "Whitby", "WY 560"), ("Star of Hope", "Scarborough", "SH 97"),
    ("Endeavour", "Peterhead", "PD 650"), ("Solway Harvester", "Fraserburgh", "FR 720"),
    ("Good Intent", "Brixham", "BM 88"), ("Sea Breeze", "Newlyn", "PZ 305"), ("Crystal Sea", "Grimsby", "GY 71"),
    ("Silver Harvest", "Ullapool", "UL 202"), ("Kestrel", "Whitby", "WY 403"),
]  # fmt: skip
# common name, latin name, shellfish, price per kg at the quay
FS_SPECIES = [
    ("Atlantic Salmon", "Salmo salar", 0, 7.80), ("Sea Trout", "Salmo trutta", 0, 9.40),
    ("Rainbow Trout", "Oncorhynchus mykiss", 0, 5.60), ("Mackerel", "Scomber scombrus", 0, 2.10),
    ("Herring", "Clupea harengus", 0, 1.45), ("Haddock", "Melanogrammus aeglefinus", 0, 3.20),
    ("Cod", "Gadus morhua", 0, 4.10), ("European Eel", "Anguilla anguilla", 0, 22.50),
    ("Sprat", "Sprattus sprattus", 0, 1.10), ("King Scallop", "Pecten maximus", 1, 14.80),
    ("Blue Mussel", "Mytilus edulis", 1, 2.40), ("North Atlantic Prawn", "Pandalus borealis", 1, 8.90),
    ("Pollock", "Pollachius pollachius", 0, 2.90), ("Pacific Oyster", "Magallana gigas", 1, 11.20),
    ("Plaice", "Pleuronectes platessa", 0, 3.10), ("Lemon Sole", "Microstomus kitt", 0, 6.40),
    ("Turbot", "Scophthalmus maximus", 0, 16.50), ("Monkfish", "Lophius piscatorius", 0, 9.90),
    ("Whiting", "Merlangius merlangus", 0, 1.90), ("Hake", "Merluccius merluccius", 0, 3.60),
    ("Brown Crab", "Cancer pagurus", 1, 4.20), ("European Lobster", "Homarus gammarus", 1, 28.00),
    ("Sea Bass", "Dicentrarchus labrax", 0, 12.40), ("Gilthead Bream", "Sparus aurata", 0, 8.20),
    ("Squid", "Loligo vulgaris", 1, 7.10), ("Ling", "Molva molva", 0, 2.60),
    ("Halibut", "Hippoglossus hippoglossus", 0, 15.30), ("Dover Sole", "Solea solea", 0, 19.80),
    ("Coley", "Pollachius virens", 0, 1.80), ("John Dory", "Zeus faber", 0, 13.60),
]  # fmt: skip
# name, species, method, pack grams, launched, [(price, effective_from), ...]
_P = D(2022, 1, 1)
FS_PRODUCTS = [
    ("Cold Smoked Salmon 100g", "Atlantic Salmon", "Cold", 100, _P,
     [(5.25, _P), (5.75, D(2023, 4, 1)), (6.10, D(2024, 10, 1))]),
    ("Cold Smoked Salmon 200g", "Atlantic Salmon", "Cold", 200, _P,
     [(9.50, _P), (10.25, D(2023, 4, 1)), (10.95, D(2024, 10, 1)), (11.50, D(2025, 3, 1))]),
    ("Cold Smoked Salmon Side 1kg", "Atlantic Salmon", "Cold", 1000, _P, [(42.00, _P), (46.50, D(2024, 1, 1))]),
    ("Hot Smoked Salmon Flakes 150g", "Atlantic Salmon", "Hot", 150, _P, [(6.20, _P), (6.60, D(2024, 1, 1))]),
    ("Hot Smoked Salmon Fillets 2 pack", "Atlantic Salmon", "Hot", 220, _P, [(8.40, _P), (8.95, D(2023, 4, 1))]),
    ("Whisky Cured Smoked Salmon 200g", "Atlantic Salmon", "Cold", 200, D(2022, 11, 14),
     [(11.95, D(2022, 11, 14)), (12.75, D(2025, 3, 1))]),
    ("Beetroot Smoked Salmon 200g", "Atlantic Salmon", "Cold", 200, D(2023, 6, 5), [(11.50, D(2023, 6, 5))]),
    ("Cold Smoked Sea Trout 200g", "Sea Trout", "Cold", 200, _P, [(10.80, _P), (11.60, D(2024, 1, 1))]),
    ("Hot Smoked Trout Fillets", "Rainbow Trout", "Hot", 200, _P, [(6.80, _P), (7.20, D(2024, 10, 1))]),
    ("Smoked Trout Pate 120g", "Rainbow Trout", "Hot", 120, _P, [(4.50, _P)]),
    ("Hot Smoked Mackerel Fillets", "Mackerel", "Hot", 200, _P,
     [(4.50, _P), (4.95, D(2023, 4, 1)), (5.25, D(2024, 10, 1))]),
    ("Peppered Smoked Mackerel", "Mackerel", "Hot", 200, _P, [(4.75, _P), (5.20, D(2023, 4, 1))]),
    ("Smoked Mackerel Pate 120g", "Mackerel", "Hot", 120, _P, [(3.95, _P), (4.25, D(2024, 1, 1))]),
    ("Kippers (2 pack)", "Herring", "Cold", 400, _P, [(5.50, _P), (5.95, D(2024, 1, 1)), (6.40, D(2025, 3, 1))]),
    ("Kipper Fillets 250g", "Herring", "Cold", 250, _P, [(4.80, _P), (5.10, D(2024, 1, 1))]),
    ("Buckling", "Herring", "Hot", 300, D(2023, 2, 13), [(5.60, D(2023, 2, 13))]),
    ("Bloaters", "Herring", "Cold", 350, _P, [(5.90, _P), (6.30, D(2024, 10, 1))]),
    ("Undyed Smoked Haddock 300g", "Haddock", "Cold", 300, _P,
     [(7.40, _P), (7.95, D(2023, 4, 1)), (8.60, D(2025, 3, 1))]),
    ("Arbroath Smokies (pair)", "Haddock", "Hot", 400, _P, [(9.80, _P), (10.50, D(2024, 1, 1))]),
    ("Finnan Haddie", "Haddock", "Cold", 350, _P, [(8.20, _P)]),
    ("Smoked Haddock Chowder Pack", "Haddock", "Cold", 450, D(2024, 2, 12), [(9.25, D(2024, 2, 12))]),
    ("Smoked Cod Loin 300g", "Cod", "Cold", 300, _P, [(8.90, _P), (9.60, D(2024, 1, 1))]),
    ("Smoked Cod Roe 150g", "Cod", "Cold", 150, _P, [(6.50, _P), (7.10, D(2025, 3, 1))]),
    ("Smoked Eel Fillet 100g", "European Eel", "Hot", 100, _P,
     [(12.50, _P), (13.75, D(2023, 4, 1)), (14.90, D(2025, 3, 1))]),
    ("Smoked Eel Pate 120g", "European Eel", "Hot", 120, D(2023, 9, 18), [(8.95, D(2023, 9, 18))]),
    ("Smoked Sprats 200g", "Sprat", "Hot", 200, _P, [(3.60, _P), (3.90, D(2024, 1, 1))]),
    ("Hot Smoked Scallops 150g", "King Scallop", "Hot", 150, _P, [(13.50, _P), (14.75, D(2024, 10, 1))]),
    ("Smoked Mussels in Oil 100g", "Blue Mussel", "Hot", 100, _P, [(4.20, _P)]),
    ("Smoked Prawns 150g", "North Atlantic Prawn", "Hot", 150, _P, [(7.90, _P), (8.40, D(2024, 1, 1))]),
    ("Smoked Pollock 300g", "Pollock", "Cold", 300, D(2022, 8, 8), [(6.90, D(2022, 8, 8)), (7.30, D(2024, 10, 1))]),
    ("Smoked Oysters 100g", "Pacific Oyster", "Hot", 100, D(2024, 4, 15), [(9.50, D(2024, 4, 15))]),
    ("Smoked Salmon Trimmings 250g", "Atlantic Salmon", "Cold", 250, _P, [(6.00, _P), (6.50, D(2023, 4, 1))]),
    ("Hot Smoked Salmon with Dill 2 pack", "Atlantic Salmon", "Hot", 220, D(2023, 3, 6),
     [(9.20, D(2023, 3, 6)), (9.75, D(2025, 3, 1))]),
    ("Smoked Kipper Pate 120g", "Herring", "Cold", 120, D(2022, 5, 9), [(4.10, D(2022, 5, 9))]),
    ("Smoked Salmon Gift Box", "Atlantic Salmon", "Cold", 500, _P,
     [(28.00, _P), (30.00, D(2023, 4, 1)), (32.50, D(2024, 10, 1))]),
    ("Smoked Sea Trout Pate 120g", "Sea Trout", "Cold", 120, D(2023, 10, 2), [(5.40, D(2023, 10, 2))]),
]  # fmt: skip
FS_CUSTOMERS = [
    ("The Magpie Cafe", "Restaurant", "Whitby"), ("Rockpool Bistro", "Restaurant", "Scarborough"),
    ("Ox Club", "Restaurant", "Leeds"), ("The Star Inn", "Restaurant", "Harome"), ("Skosh", "Restaurant", "York"),
    ("Roots", "Restaurant", "York"), ("The Pipe and Glass", "Restaurant", "Beverley"),
    ("Tharavadu", "Restaurant", "Leeds"), ("The Angel at Hetton", "Restaurant", "Skipton"),
    ("Norse", "Restaurant", "Harrogate"), ("The Fleece", "Restaurant", "Addingham"),
    ("Fourth Floor Brasserie", "Restaurant", "Leeds"), ("Sea Shore Kitchen", "Restaurant", "Robin Hoods Bay"),
    ("The Black Swan", "Restaurant", "Helmsley"), ("Hare Inn", "Restaurant", "Scawton"),
    ("Old Vicarage", "Restaurant", "Sheffield"), ("Lakeside Grill", "Restaurant", "Windermere"),
    ("The Cod Shed", "Restaurant", "Hull"), ("Baltic Kitchen", "Restaurant", "Newcastle"),
    ("Harbour Lights", "Restaurant", "Whitby"), ("Keelham Farm Shop", "Retailer", "Skipton"),
    ("Farrah Deli", "Retailer", "Harrogate"), ("Lewis and Cooper", "Retailer", "Northallerton"),
    ("Fodder", "Retailer", "Harrogate"), ("Arthur Haigh Fishmongers", "Retailer", "Wakefield"),
    ("Peter Cook Fish", "Retailer", "Leeds"), ("Beverley Fish Counter", "Retailer", "Beverley"),
    ("York Food Hall", "Retailer", "York"), ("Malton Deli", "Retailer", "Malton"),
    ("Ilkley Fine Foods", "Retailer", "Ilkley"), ("Otley Fish Market", "Retailer", "Otley"),
    ("Moorside Larder", "Retailer", "Pickering"), ("Grand Hotel Scarborough", "Hotel", "Scarborough"),
    ("The Majestic", "Hotel", "Harrogate"), ("Middlethorpe Hall", "Hotel", "York"),
    ("Raithwaite Sandsend", "Hotel", "Whitby"), ("The Grand York", "Hotel", "York"),
    ("Swinton Park", "Hotel", "Masham"), ("Coniston Hotel", "Hotel", "Skipton"),
    ("Rudding Park", "Hotel", "Harrogate"), ("Hamper Direct", "Mail Order", "Leeds"),
    ("Northern Larder Box", "Mail Order", "Manchester"), ("Fish by Post", "Mail Order", "Hull"),
    ("Yorkshire Gift Co", "Mail Order", "York"), ("Coast Box", "Mail Order", "Whitby"),
    ("Smoky Subscriptions", "Mail Order", "Sheffield"), ("Dales Deli Boxes", "Mail Order", "Settle"),
    ("Seaside Supper Club", "Restaurant", "Filey"), ("Bridlington Bay Kitchen", "Restaurant", "Bridlington"),
    ("Riverside Fish Bar", "Restaurant", "Knaresborough"),
]  # fmt: skip


def build_fishsmokery(path: Path) -> None:
    r = random.Random(55005)
    c = fresh_db(
        path,
        """
        CREATE TABLE boat (
            boat_id INTEGER PRIMARY KEY, boat_name TEXT NOT NULL, skipper_name TEXT NOT NULL, home_port TEXT NOT NULL,
            registration TEXT NOT NULL, length_m REAL NOT NULL);
        CREATE TABLE species (
            species_id INTEGER PRIMARY KEY, common_name TEXT NOT NULL, latin_name TEXT NOT NULL,
            is_shellfish INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE landing (
            landing_id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL REFERENCES boat(boat_id),
            species_id INTEGER NOT NULL REFERENCES species(species_id), landed_on TEXT NOT NULL,
            weight_kg REAL NOT NULL, price_per_kg REAL NOT NULL);
        CREATE TABLE product (
            product_id INTEGER PRIMARY KEY, product_name TEXT NOT NULL,
            species_id INTEGER NOT NULL REFERENCES species(species_id), smoke_method TEXT NOT NULL,
            pack_grams INTEGER NOT NULL, launched_on TEXT NOT NULL);
        CREATE TABLE product_price (
            product_price_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES product(product_id),
            unit_price REAL NOT NULL, effective_from TEXT NOT NULL, effective_to TEXT);
        CREATE TABLE customer (
            customer_id INTEGER PRIMARY KEY, customer_name TEXT NOT NULL, customer_type TEXT NOT NULL,
            town TEXT NOT NULL, account_opened_on TEXT NOT NULL);
        CREATE TABLE customer_order (
            order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
            order_date TEXT NOT NULL, dispatched_on TEXT);
        CREATE TABLE order_line (
            order_line_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES customer_order(order_id),
            product_id INTEGER NOT NULL REFERENCES product(product_id), packs INTEGER NOT NULL);
        """,
    )
    skippers = _people(r, len(FS_BOATS))
    insert(
        c,
        "boat",
        [
            (k, n, skippers[k - 1], port, reg, round(r.uniform(9.5, 26.0), 1))
            for k, (n, port, reg) in enumerate(FS_BOATS, 1)
        ],
    )
    insert(c, "species", [(k, n, lat, sh) for k, (n, lat, sh, _p) in enumerate(FS_SPECIES, 1)])
    sp_id = {s[0]: k for k, s in enumerate(FS_SPECIES, 1)}
    used = sorted({sp_id[p[1]] for p in FS_PRODUCTS})
    landings = []
    for _ in range(300):
        sid = r.choice(used) if r.random() < 0.85 else r.randint(1, len(FS_SPECIES))
        boat = _weighted(r, list(range(1, len(FS_BOATS) + 1)), {6: 4})
        d = day_between(r, START, LAST)
        base = FS_SPECIES[sid - 1][3]
        landings.append((boat, sid, d, round(r.uniform(40, 900), 1), round(base * r.uniform(0.85, 1.25), 2)))
    landings.sort(key=lambda x: (x[2], x[0]))
    insert(c, "landing", [(k, b, s, _iso(d), w, p) for k, (b, s, d, w, p) in enumerate(landings, 1)])
    insert(c, "product", [(k, n, sp_id[sp], m, g, _iso(ld)) for k, (n, sp, m, g, ld, _pr) in enumerate(FS_PRODUCTS, 1)])
    prices = []
    bounds = set()
    for k, (*_x, periods) in enumerate(FS_PRODUCTS, 1):
        for j, (p, frm) in enumerate(periods):
            to = periods[j + 1][1] - dt.timedelta(days=1) if j + 1 < len(periods) else None
            prices.append((len(prices) + 1, k, p, _iso(frm), _iso(to)))
            bounds.add(frm)
            if to:
                bounds.add(to)
    insert(c, "product_price", prices)
    insert(
        c,
        "customer",
        [
            (k, n, t, town, _iso(day_between(r, D(2015, 1, 1), D(2024, 6, 30))))
            for k, (n, t, town) in enumerate(FS_CUSTOMERS, 1)
        ],
    )
    orders, lines = [], []
    while len(orders) < 250:
        d = day_between(r, START, LAST)
        if d in bounds:
            continue
        orders.append((_weighted(r, list(range(1, 46)), {3: 3, 33: 3}), d))
    orders.sort(key=lambda o: (o[1], o[0]))
    order_rows = []
    for k, (cid, d) in enumerate(orders, 1):
        if (TODAY - d).days <= 4 or ((TODAY - d).days <= 10 and r.random() < 0.4):
            disp = None
        else:
            disp = d + dt.timedelta(days=r.choice([1, 1, 2, 2, 3, 5]))
        order_rows.append((k, cid, _iso(d), _iso(disp)))
        live = [i for i, p in enumerate(FS_PRODUCTS, 1) if p[4] <= d]
        heavy = {2: 5, 14: 3, 11: 2}
        picks = {_weighted(r, live, heavy) for _ in range(r.choice([1, 1, 2]))}
        for pid in sorted(picks):
            lines.append((len(lines) + 1, k, pid, r.choice([1, 2, 2, 3, 4, 6, 10])))
    insert(c, "customer_order", order_rows)
    insert(c, "order_line", lines)
    done(c)


# ------------------------------------------------------------------------------------------------------ portfolios
# name, ticker, type, sector, currency, base price in pounds, pays dividends
PF_INSTRUMENTS = [
    ("Rolls-Royce Holdings", "RR.", "Share", "Industrials", "GBP", 4.20, 0),
    ("Unilever", "ULVR", "Share", "Consumer Staples", "GBP", 44.50, 1),
    ("Shell", "SHEL", "Share", "Energy", "GBP", 26.80, 1),
    ("AstraZeneca", "AZN", "Share", "Health Care", "GBP", 112.00, 1),
    ("HSBC Holdings", "HSBA", "Share", "Financials", "GBP", 7.10, 1),
    ("BP", "BP.", "Share", "Energy", "GBP", 4.60, 1),
    ("Legal and General", "LGEN", "Share", "Financials", "GBP", 2.35, 1),
    ("Tesco", "TSCO", "Share", "Consumer Staples", "GBP", 3.30, 1),
    ("Diageo", "DGE", "Share", "Consumer Staples", "GBP", 26.00, 1),
    ("GSK", "GSK", "Share", "Health Care", "GBP", 15.20, 1),
    ("Lloyds Banking Group", "LLOY", "Share", "Financials", "GBP", 0.55, 1),
    ("National Grid", "NG.", "Share", "Utilities", "GBP", 9.90, 1),
    ("BT Group", "BT.A", "Share", "Telecoms", "GBP", 1.35, 1),
    ("Barclays", "BARC", "Share", "Financials", "GBP", 2.10, 1),
    ("Aviva", "AV.", "Share", "Financials", "GBP", 4.80, 1),
    ("Vodafone Group", "VOD", "Share", "Telecoms", "GBP", 0.72, 1),
    ("Apple", "AAPL", "Share", "Technology", "USD", 165.00, 0),
    ("Microsoft", "MSFT", "Share", "Technology", "USD", 310.00, 0),
    ("Nvidia", "NVDA", "Share", "Technology", "USD", 95.00, 0),
    ("Amazon", "AMZN", "Share", "Consumer Discretionary", "USD", 140.00, 0),
    ("Vanguard FTSE Global All Cap Index", "VGAC", "Fund", "Global Equity", "GBP", 1.85, 0),
    ("Vanguard LifeStrategy 60% Equity", "VLS60", "Fund", "Mixed Assets", "GBP", 2.45, 0),
    ("Fidelity Index World", "FIW", "Fund", "Global Equity", "GBP", 3.10, 0),
    ("HSBC FTSE All-Share Index", "HSAS", "Fund", "UK Equity", "GBP", 5.60, 1),
    ("Royal London Short Term Money Market", "RLMM", "Fund", "Cash", "GBP", 1.07, 1),
    ("Fundsmith Equity", "FSE", "Fund", "Global Equity", "GBP", 6.40, 0),
    ("Baillie Gifford Positive Change", "BGPC", "Fund", "Global Equity", "GBP", 3.55, 0),
    ("Jupiter India", "JIND", "Fund", "Emerging Markets", "GBP", 1.62, 0),
    ("L and G Global Technology Index", "LGGT", "Fund", "Technology", "GBP", 1.48, 0),
    ("iShares Core FTSE 100", "ISF", "ETF", "UK Equity", "GBP", 7.90, 1),
    ("Vanguard S&P 500 UCITS ETF", "VUSA", "ETF", "US Equity", "GBP", 80.00, 1),
    ("iShares Physical Gold", "SGLN", "ETF", "Commodities", "GBP", 36.00, 0),
    ("Vanguard FTSE All-World High Dividend Yield", "VHYL", "ETF", "Global Equity", "GBP", 58.00, 1),
    ("SPDR MSCI World Small Cap", "WOSC", "ETF", "Global Equity", "GBP", 85.00, 0),
    ("Scottish Mortgage Investment Trust", "SMT", "Investment Trust", "Global Equity", "GBP", 8.20, 1),
    ("City of London Investment Trust", "CTY", "Investment Trust", "UK Equity", "GBP", 4.10, 1),
    ("F&C Investment Trust", "FCIT", "Investment Trust", "Global Equity", "GBP", 10.50, 1),
    ("Alliance Witan", "ALW", "Investment Trust", "Global Equity", "GBP", 12.40, 1),
    ("Finsbury Growth and Income Trust", "FGT", "Investment Trust", "UK Equity", "GBP", 8.70, 1),
    ("UK Treasury 4.25% 2032", "T32", "Gilt", "Government Bonds", "GBP", 99.20, 1),
    ("UK Treasury 0.125% 2028", "T28", "Gilt", "Government Bonds", "GBP", 88.40, 0),
]
PF_UNTRADED = {"Nvidia", "Jupiter India", "SPDR MSCI World Small Cap"}
PF_WRAPPERS = ["Stocks and Shares ISA", "SIPP", "General Investment Account", "Junior ISA", "Lifetime ISA"]
PF_PLATFORMS = {
    "AJ Bell": (5.00, 1.50), "Hargreaves Lansdown": (11.95, 0.00), "Vanguard": (0.00, 0.00),
    "Interactive Investor": (3.99, 3.99), "Fidelity": (7.50, 0.00),
}  # fmt: skip
PF_TOWNS = ["Leeds", "Harrogate", "York", "Ilkley", "Wetherby", "Otley", "Wakefield", "Knaresborough"]
PF_ADVISERS = ["Helen Marsh", "David Okoro", "Fiona Grant", "Martin Shaw"]


def build_portfolios(path: Path) -> None:
    r = random.Random(55006)
    c = fresh_db(
        path,
        """
        CREATE TABLE clients (
            client_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
            date_of_birth TEXT NOT NULL, town TEXT NOT NULL, risk_profile TEXT NOT NULL, onboarded_on TEXT NOT NULL);
        CREATE TABLE accounts (
            account_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES clients(client_id), wrapper TEXT NOT NULL, platform TEXT NOT NULL,
            opened_on TEXT NOT NULL, is_closed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE instruments (
            instrument_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, ticker TEXT NOT NULL,
            instrument_name TEXT NOT NULL, instrument_type TEXT NOT NULL, sector TEXT NOT NULL,
            currency TEXT NOT NULL);
        CREATE TABLE trades (
            trade_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES accounts(account_id),
            instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), trade_date TEXT NOT NULL,
            side TEXT NOT NULL, quantity REAL NOT NULL, price_gbp REAL NOT NULL, dealing_fee REAL NOT NULL);
        CREATE TABLE dividend_payments (
            payment_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES accounts(account_id),
            instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), paid_on TEXT NOT NULL,
            amount_gbp REAL NOT NULL);
        CREATE TABLE watchlist_entries (
            client_id INTEGER NOT NULL REFERENCES clients(client_id),
            instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), added_on TEXT NOT NULL,
            PRIMARY KEY (client_id, instrument_id));
        CREATE TABLE annual_reviews (
            review_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES clients(client_id), review_date TEXT NOT NULL,
            adviser_name TEXT NOT NULL, outcome TEXT NOT NULL);
        """,
    )
    names = _people(r, 40)
    clients = []
    for k, n in enumerate(names, 1):
        dob = day_between(r, D(1950, 1, 1), D(1998, 12, 31))
        onboard = day_between(r, D(2012, 1, 1), D(2024, 9, 30))
        clients.append(
            (
                k,
                f"CLT-{k:04d}",
                n,
                _iso(dob),
                r.choice(PF_TOWNS),
                r.choice(["Cautious", "Balanced", "Balanced", "Adventurous"]),
                _iso(onboard),
            )
        )
    insert(c, "clients", clients)
    owners = list(range(1, 41)) + [r.randint(1, 40) for _ in range(30)]
    accounts = []
    for k, cid in enumerate(owners, 1):
        onboard = D.fromisoformat(str(clients[cid - 1][6]))
        wrapper = "Stocks and Shares ISA" if k <= 40 else r.choice(PF_WRAPPERS)
        opened = day_between(r, onboard, max(onboard, D(2024, 12, 31)))
        closed = 1 if k > 40 and r.random() < 0.1 else 0
        accounts.append((k, f"ACC-{1000 + k}", cid, wrapper, r.choice(list(PF_PLATFORMS)), _iso(opened), closed))
    insert(c, "accounts", accounts)
    insert(
        c,
        "instruments",
        [(k, f"INS-{k:04d}", t, n, ty, sec, cur) for k, (n, t, ty, sec, cur, _b, _d) in enumerate(PF_INSTRUMENTS, 1)],
    )
    tradable = [k for k, i in enumerate(PF_INSTRUMENTS, 1) if i[0] not in PF_UNTRADED]
    holdings: dict[tuple[int, int], float] = {}
    raw = []
    dates = sorted(day_between(r, D(2023, 1, 3), LAST) for _ in range(350))
    for d in dates:
        live = [a for a in accounts if a[6] == 0 and D.fromisoformat(str(a[5])) <= d]
        held = [(a, i) for (a, i), q in holdings.items() if q > 0]
        if held and r.random() < 0.22:
            aid, iid = r.choice(held)
            qty = round(holdings[(aid, iid)] * r.choice([0.25, 0.5, 1.0]), 4)
            side = "Sell"
        else:
            aid = r.choice(live)[0]
            iid = _weighted(r, tradable, {21: 6, 4: 3})
            base = PF_INSTRUMENTS[iid - 1][5]
            qty = (
                float(round(r.uniform(800, 9000) / base))
                if PF_INSTRUMENTS[iid - 1][2] != "Fund"
                else round(r.uniform(500, 12000) / base, 4)
            )
            side = "Buy"
        holdings[(aid, iid)] = round(holdings.get((aid, iid), 0.0) + (qty if side == "Buy" else -qty), 4)
        inst = PF_INSTRUMENTS[iid - 1]
        price = round(inst[5] * r.uniform(0.85, 1.2), 4 if inst[2] == "Fund" else 2)
        plat = str(accounts[aid - 1][4])
        fee = PF_PLATFORMS[plat][1] if inst[2] == "Fund" else PF_PLATFORMS[plat][0]
        raw.append((aid, iid, d, side, qty, price, fee))
    trades, seq = [], {}
    for k, (aid, iid, d, side, qty, price, fee) in enumerate(raw, 1):
        seq[d.year] = seq.get(d.year, 0) + 1
        trades.append((k, f"TRD-{d.year}-{seq[d.year]:04d}", aid, iid, _iso(d), side, qty, price, fee))
    insert(c, "trades", trades)
    first_buy: dict[tuple[int, int], dt.date] = {}
    for aid, iid, d, side, *_ in raw:
        if side == "Buy":
            first_buy.setdefault((aid, iid), d)
    payers = [(k, d) for k, d in first_buy.items() if PF_INSTRUMENTS[k[1] - 1][6] == 1 and d < D(2025, 5, 1)]
    divs = []
    for _ in range(200):
        (aid, iid), since = _weighted_pair(r, payers)
        paid = day_between(r, since + dt.timedelta(days=20), LAST)
        divs.append((aid, iid, paid, round(r.uniform(4, 320), 2)))
    divs.sort(key=lambda x: (x[2], x[0], x[1]))
    seq = {}
    rows = []
    for k, (aid, iid, paid, amt) in enumerate(divs, 1):
        seq[paid.year] = seq.get(paid.year, 0) + 1
        rows.append((k, f"DIV-{paid.year}-{seq[paid.year]:04d}", aid, iid, _iso(paid), amt))
    insert(c, "dividend_payments", rows)
    watch = set()
    while len(watch) < 60:
        iid = _weighted(r, list(range(1, len(PF_INSTRUMENTS) + 1)), {1: 4, 19: 4, 28: 2, 34: 2})
        watch.add((r.randint(1, 40), iid))
    insert(
        c, "watchlist_entries", [(cid, iid, _iso(day_between(r, D(2022, 1, 1), LAST))) for cid, iid in sorted(watch)]
    )
    reviews = []
    for _ in range(80):
        cid = r.randint(1, 40)
        d = day_between(r, D(2023, 1, 9), D(2025, 12, 19))
        if D(2025, 6, 14) <= d <= D(2025, 6, 16):
            d += dt.timedelta(days=5)
        outcome = (
            "Scheduled"
            if d > TODAY
            else r.choice(
                ["No change", "No change", "Rebalanced", "Increased contributions", "Switched wrapper", "Reduced risk"]
            )
        )
        reviews.append((cid, d, r.choice(PF_ADVISERS), outcome))
    reviews.sort(key=lambda x: (x[1], x[0]))
    seq = {}
    out = []
    for k, (cid, d, adv, outcome) in enumerate(reviews, 1):
        seq[d.year] = seq.get(d.year, 0) + 1
        out.append((k, f"REV-{d.year}-{seq[d.year]:04d}", cid, _iso(d), adv, outcome))
    insert(c, "annual_reviews", out)
    done(c)


def _weighted_pair(r: random.Random, pairs: list[tuple[tuple[int, int], dt.date]]) -> tuple[tuple[int, int], dt.date]:
    """One (account, instrument) holding, those held in the FTSE All-Share tracker or Legal and General weighted up."""
    weights = [4 if key[1] in (24, 7) else 1 for key, _d in pairs]
    return r.choices(pairs, weights=weights)[0]


BUILDERS: dict[str, Callable[[Path], None]] = {
    "chocolatier": build_chocolatier,
    "pizzachain": build_pizzachain,
    "budgetapp": build_budgetapp,
    "coffeechain": build_coffeechain,
    "fishsmokery": build_fishsmokery,
    "portfolios": build_portfolios,
}
