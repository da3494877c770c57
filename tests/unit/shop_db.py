"""A small shop database (customers, orders) that the ask tests share."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def make_shop_db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
                            status TEXT, total REAL);
        INSERT INTO customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad'), (3, 'Cy', 'Peru');
        INSERT INTO orders VALUES (1, 1, 'paid', 10), (2, 1, 'refunded', 5), (3, 2, 'paid', 7);
        """
    )
    c.commit()
    c.close()
    return path
