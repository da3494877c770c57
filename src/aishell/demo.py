"""The bundled demo database: a small shop, generated deterministically.

``aishell`` with no connection configured opens it.  It is built on first
use in the data directory (about 30,000 rows, well under a second) and
rebuilt when :data:`DEMO_VERSION` changes.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
from pathlib import Path

from aishell.config import data_dir

DEMO_VERSION = 3

SCHEMA = """
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT
);
CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories(id),
    price       NUMERIC(10,2) NOT NULL CHECK (price >= 0),
    stock       INTEGER NOT NULL DEFAULT 0,
    created_at  DATE NOT NULL
);
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL UNIQUE,
    city        TEXT NOT NULL,
    country     TEXT NOT NULL,
    signup_date DATE NOT NULL
);
CREATE TABLE employees (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    title       TEXT NOT NULL,
    manager_id  INTEGER REFERENCES employees(id),
    hired_on    DATE NOT NULL,
    salary      NUMERIC(10,2) NOT NULL
);
CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    employee_id  INTEGER REFERENCES employees(id),
    order_date   DATE NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending','shipped','delivered','cancelled','returned')),
    shipped_date DATE
);
CREATE TABLE order_items (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC(10,2) NOT NULL
);
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        TEXT,
    created_at  DATE NOT NULL
);
CREATE INDEX idx_products_category ON products(category_id);
CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE INDEX idx_orders_date ON orders(order_date);
CREATE INDEX idx_order_items_order ON order_items(order_id);
CREATE INDEX idx_order_items_product ON order_items(product_id);
CREATE INDEX idx_reviews_product ON reviews(product_id);
CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.customer_id, o.order_date, o.status,
           SUM(i.quantity * i.unit_price) AS total, COUNT(*) AS items
    FROM orders o JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, o.customer_id, o.order_date, o.status;
"""

CATEGORIES = [
    ("Books", "Printed and electronic books"),
    ("Electronics", "Phones, laptops and accessories"),
    ("Garden", "Tools and plants for the garden"),
    ("Kitchen", "Cookware and appliances"),
    ("Sports", "Equipment and clothing for sport"),
    ("Toys", "Games and toys for all ages"),
    ("Office", "Stationery and office furniture"),
    ("Music", "Instruments and audio gear"),
]
ADJECTIVES = ["Classic", "Smart", "Eco", "Compact", "Deluxe", "Portable", "Pro", "Mini", "Ultra", "Vintage"]
NOUNS = {
    "Books": ["Novel", "Cookbook", "Atlas", "Biography", "Guide"],
    "Electronics": ["Headphones", "Charger", "Tablet", "Speaker", "Camera"],
    "Garden": ["Shovel", "Hose", "Planter", "Rake", "Seed Kit"],
    "Kitchen": ["Kettle", "Pan", "Blender", "Knife Set", "Toaster"],
    "Sports": ["Racket", "Yoga Mat", "Football", "Helmet", "Bottle"],
    "Toys": ["Puzzle", "Robot", "Board Game", "Kite", "Doll"],
    "Office": ["Notebook", "Desk Lamp", "Chair", "Stapler", "Pen Set"],
    "Music": ["Guitar", "Keyboard", "Microphone", "Drum Pad", "Ukulele"],
}
FIRST = ["Ana", "Ben", "Carla", "Dmitri", "Elif", "Femi", "Grace", "Hiro", "Ivan", "Jade", "Kofi", "Lena",
         "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yara"]  # fmt: skip
LAST = ["Smith", "Jones", "Khan", "Lopez", "Chen", "Okafor", "Ivanova", "Tanaka", "Brown", "Weber",
        "Haddad", "Santos", "Rossi", "Dubois", "Novak", "Silva"]  # fmt: skip
PLACES = {
    "France": ["Paris", "Lyon", "Marseille"],
    "Germany": ["Berlin", "Munich", "Hamburg"],
    "USA": ["New York", "Chicago", "Austin", "Seattle"],
    "Japan": ["Tokyo", "Osaka"],
    "Brazil": ["São Paulo", "Recife"],
    "India": ["Mumbai", "Bangalore"],
    "Kenya": ["Nairobi"],
    "UK": ["London", "Leeds"],
}
TITLES = ["Sales Associate", "Senior Sales Associate", "Account Manager"]
STATUSES = ["delivered"] * 6 + ["shipped"] * 2 + ["pending", "cancelled", "returned"]
REVIEW_WORDS = ["great", "okay", "broke quickly", "excellent value", "would buy again", "too small", "perfect gift"]

START = dt.date(2022, 1, 1)
END = dt.date(2025, 6, 30)


def demo_path() -> Path:
    """The demo database's path, building it first if needed."""
    path = data_dir() / "demo.db"
    if not _current(path):
        build(path)
    return path


def _current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        return bool(version == DEMO_VERSION)
    except sqlite3.Error:
        return False


def _day(r: random.Random, start: dt.date = START, end: dt.date = END) -> dt.date:
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def build(path: Path) -> None:
    """Generate the demo database at ``path`` (atomically: a reader never sees half of it)."""
    r = random.Random(20240601)  # noqa: S311 - deterministic demo data, not security
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.executescript(SCHEMA)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO categories(id, name, description) VALUES (?,?,?)",
            [(i + 1, n, d) for i, (n, d) in enumerate(CATEGORIES)],
        )
        products = []
        for pid in range(1, 161):
            cat_id = (pid - 1) % len(CATEGORIES) + 1
            cat = CATEGORIES[cat_id - 1][0]
            name = f"{r.choice(ADJECTIVES)} {r.choice(NOUNS[cat])} {pid}"
            price = round(r.uniform(3, 400) if cat != "Electronics" else r.uniform(20, 1500), 2)
            products.append((pid, name, cat_id, price, r.randrange(0, 500), _day(r, START, END).isoformat()))
        conn.executemany("INSERT INTO products VALUES (?,?,?,?,?,?)", products)
        customers = []
        for cid in range(1, 1201):
            first, last = r.choice(FIRST), r.choice(LAST)
            country = r.choice(list(PLACES))
            email = f"{first.lower()}.{last.lower()}{cid}@example.com"
            customers.append((cid, f"{first} {last}", email, r.choice(PLACES[country]), country,
                              _day(r).isoformat()))  # fmt: skip
        conn.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", customers)
        employees: list[tuple[int, str, str, int | None, str, float]] = [
            (1, "Sofia Marin", "Sales Director", None, "2019-03-01", 98000.0)
        ]
        for eid in range(2, 26):
            manager = 1 if eid <= 5 else r.randrange(2, 6)
            employees.append((eid, f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(TITLES), manager,
                              _day(r, dt.date(2019, 1, 1), dt.date(2024, 12, 31)).isoformat(),
                              round(r.uniform(38000, 82000), 2)))  # fmt: skip
        conn.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?)", employees)
        orders, items = [], []
        item_id = 0
        for oid in range(1, 6001):
            customer = customers[r.randrange(len(customers))]
            signup = dt.date.fromisoformat(customer[5])
            day = _day(r, signup, END) if signup < END else END
            status = r.choice(STATUSES)
            shipped = (day + dt.timedelta(days=r.randrange(1, 6))).isoformat() if status != "pending" else None
            orders.append((oid, customer[0], r.randrange(2, 26), day.isoformat(), status, shipped))
            for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
                item_id += 1
                product = products[r.randrange(len(products))]
                items.append((item_id, oid, product[0], r.choice([1, 1, 1, 2, 3]), product[3]))
        conn.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?)", orders)
        conn.executemany("INSERT INTO order_items VALUES (?,?,?,?,?)", items)
        reviews = []
        for rid in range(1, 2501):
            reviews.append((rid, r.randrange(1, 161), r.randrange(1, 1201), r.choice([1, 2, 3, 4, 4, 5, 5, 5]),
                            r.choice(REVIEW_WORDS), _day(r, dt.date(2023, 1, 1)).isoformat()))  # fmt: skip
        conn.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?)", reviews)
        conn.execute(f"PRAGMA user_version = {DEMO_VERSION}")
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    tmp.replace(path)
