"""The databases of the hundred-and-eleventh blind corpus: analytics and reporting copies in retail, finance and
logistics.  All data is synthetic and deterministic (one fixed ``random.Random`` seed per database); the data ends on
2025-06-14 and "today" is 2025-06-15.  Money is in the currency each table names; dates are ISO 'YYYY-MM-DD' text
unless said otherwise.

fashiondw -- a Kimball star schema of a UK fashion chain (14 stores, GBP), sales from 2023-01-01 to 2025-06-14.
  dim_date: one row per calendar day 2023-01-01..2025-12-31 (pre-filled into the future).  date_key (integer
    YYYYMMDD, e.g. 20240315), full_date (ISO text), day_name ('Monday'..), month_num (1-12), month_name ('March'),
    quarter_num (1-4, calendar quarters), year_num, is_weekend (1 = Saturday/Sunday), is_holiday (1 = a UK bank
    holiday), holiday_name (NULL on ordinary days).
  dim_store: store_sk (surrogate key), store_code ('ST001'..'ST014'), store_name ('Leeds Briggate'), city (NULL for
    the web shop), region ('North', 'Midlands', 'South East', 'London', 'Scotland', 'Wales', 'Online'), store_type
    ('flagship', 'mall', 'outlet', 'online'), open_date, sales_area_sqft (square feet; NULL for the web shop).
    Cardiff opened 2024-03-15 and Livingston 2024-09-20.
  dim_product: product_sk, sku ('FW-40123'), product_name (style and colour, 'Slim Jeans Indigo'), category
    ('Dresses', 'Knitwear', 'Denim', 'Outerwear', 'Footwear', 'Accessories'), brand (five house brands), colour,
    list_price_amt and unit_cost_amt (GBP per unit), launch_date, is_active (0 = retired from the range).  Four
    products launched in June 2025 have not sold yet.
  dim_customer: loyalty-card holders.  customer_sk, customer_no (business key 100001..), first_name, last_name, gender
    ('F', 'M', NULL unknown), birth_year (NULL unknown), home_city (NULL unknown), loyalty_tier ('Bronze', 'Silver',
    'Gold'; NULL = card without a tier), signup_date.
  dim_promotion: promotion_sk, promo_code ('SUMMER24'), promo_name, discount_pct (percent off list price),
    start_date_key and end_date_key (dim_date keys, inclusive).  SUMMER25 has not started.
  fact_sales: one row per till-receipt line.  sales_line_sk, txn_no (receipt number 'T500123', degenerate dimension:
    the lines of one basket share it), line_no, date_key, store_sk, product_sk, customer_sk (NULL = anonymous sale
    without a loyalty card), promotion_sk (NULL = no promotion), sales_qty (units), gross_sales_amt (qty x list
    price), discount_amt (promotion discount, or the 30% outlet markdown in outlet stores), net_sales_amt (gross minus
    discount, the revenue), cost_amt (qty x unit cost; profit = net minus cost).  All amounts GBP.
  fact_returns: one row per returned sales line.  return_sk, date_key (the day of the return), store_sk (where it
    was returned), product_sk, customer_sk (NULL = anonymous), sales_line_sk (the original sale), return_qty,
    refund_amt (GBP), reason_code ('SZ' wrong size, 'CH' changed mind, 'DF' defective, 'LT' arrived late -- web
    orders only).

cardissuer -- the reporting copy of a UK credit-card issuer (GBP); the customer's details are a type-2 slowly
  changing dimension.  Transactions 2024-01-01..2025-06-14, statements January-May 2025.
  customer: customer_id (1001..1420), date_of_birth, onboarded_on (2015..May 2025), kyc_risk ('low', 'medium',
    'high').
  customer_history: one row per version of a customer's details.  history_key, customer_id, first_name, last_name,
    address_line ('80 Oak Drive'), city, postcode, segment ('mass', 'affluent', 'private'), change_reason (why the
    version began: 'NEW' first version, 'MOVE' new address, 'SEGMENT' segment changed, 'NAME' surname changed),
    valid_from (first day the version applies), valid_to (first day it no longer applies, exclusive; '9999-12-31' for
    the current version), is_current (1 on each customer's current version, 0 on history).  The version valid on day
    D has valid_from <= D < valid_to.
  card_product: product_code ('CLS' Classic, 'GLD' Gold Rewards, 'PLT' Platinum, 'BIZ' Business, 'STU' Student),
    product_name, annual_fee_gbp, purchase_apr_pct (percent a year), cashback_pct.
  card_account: account_id (50000001..), customer_id, product_code, opened_on, closed_on (NULL while open),
    credit_limit_gbp, status ('A' active, 'F' frozen, 'C' closed).  Some customers hold two or three accounts, a few
    none.
  mcc_category: mcc (merchant category code, text '5411'), mcc_description ('Fast food'), spend_group ('Groceries',
    'Dining', 'Fuel', 'Travel', 'Retail', 'Health', 'Entertainment', 'Bills').
  merchant: merchant_id, merchant_name, mcc, city (NULL for chains and online), country_cd (ISO 2 letters).
  card_txn: txn_id, account_id, merchant_id (NULL for ATM withdrawals), txn_ts ('YYYY-MM-DD HH:MM:SS'), txn_type
    ('PUR' purchase, 'REF' refund to the card, 'ATM' cash withdrawal), amount_gbp (always positive, in GBP),
    orig_currency ('GBP', 'EUR', 'USD'), orig_amount (in orig_currency), is_contactless (1/0), status ('POSTED',
    'DECLINED'), decline_reason (NULL when posted; 'INSUFFICIENT_FUNDS', 'SUSPECTED_FRAUD', 'INCORRECT_PIN',
    'EXPIRED_CARD').
  statement: one per open account per month-end.  statement_id, account_id, statement_date (month-end),
    closing_balance_gbp, min_payment_gbp, payment_due_date (25 days after the statement), amount_paid_gbp (NULL = no
    payment received; 0 when nothing was owed), paid_on (NULL when nothing was paid).

erpsales -- an ERP sales extract of a European electrical wholesaler, in upper-case abbreviated names; dates are
  'YYYYMMDD' text; orders 2023-01-02..2025-06-13 (working days).
  SLS_ORG: sales organisations.  SLS_ORG_CD ('DE01', 'FR01', 'GB01', 'US01', 'PL01'), SLS_ORG_NM, CNTRY_CD, CRCY_CD
    (the currency its orders are in: EUR, EUR, GBP, USD, PLN).
  PLNT: plants (distribution centres).  PLNT_CD ('1000'..'5000'), PLNT_NM ('Coventry DC'), CITY_NM, CNTRY_CD.
  CUST_MSTR: customer master.  CUST_NO (100024..), CUST_NM, CITY_NM, CNTRY_CD, CUST_GRP ('01' wholesale, '02'
    installer/contractor, '03' OEM, '04' public sector/facilities), PARNT_CUST_NO (the head-office customer of a
    subsidiary; NULL for head offices and independents), CRT_DT (created), BLCK_FLG ('X' = blocked for orders, ''
    = not blocked).
  MATL_MSTR: material master.  MATL_NO ('M-10029'), MATL_DESC, MATL_GRP ('CABL' cables, 'SWGR' switchgear, 'LGHT'
    lighting, 'TOOL' tools, 'CONN' connectors and consumables, 'AUTO' automation), BASE_UOM ('EA' each, 'BOX'),
    NET_WT_KG (kg per unit; NULL not maintained), STD_PRC (standard list price in EUR).
  SLS_ORD_HDR: sales order header.  SLS_ORD_NO (4500001..), SLS_ORG_CD, CUST_NO, ORD_TYP ('OR' standard, 'RU' rush,
    'SM' free-of-charge sample), CRT_DT, CRT_BY (user id; 'BATCH_EDI' = created by the EDI interface), REQ_DLV_DT
    (requested delivery date), NET_VAL (sum of the items not rejected, in CRCY_CD; 0 for samples and rejected
    orders), CRCY_CD, ORD_STAT ('A' open, nothing delivered; 'B' partly delivered; 'C' completed; 'R' rejected).
  SLS_ORD_ITM: order items.  SLS_ORD_NO, ITM_NO (10, 20, ...), MATL_NO, PLNT_CD (delivering plant), ORD_QTY (in the
    base unit), NET_PRC (per unit, order currency), NET_VAL (ORD_QTY x NET_PRC), REJ_RSN_CD (NULL = not rejected;
    'Z1' out of stock, 'Z2' price dispute, 'Z3' cancelled by the customer).
  DLV_HDR: outbound deliveries.  DLV_NO, SLS_ORD_NO, PLNT_CD (shipping plant), SHIP_DT, CARR_NM (carrier),
    GROSS_WT_KG.
  BILL_DOC: invoices.  BILL_NO, SLS_ORD_NO, BILL_DT, NET_VAL (before tax), TAX_AMT (VAT/sales tax), CRCY_CD, PAY_STAT
    ('P' paid, 'O' open), CLR_DT (the day it was paid; NULL while open).

genledger -- the general ledger of a UK road-haulage company (GBP), double entry with debit and credit columns;
  journal entries 2023-01-01..2025-06-14; the fiscal year is the calendar year.
  gl_account: chart of accounts.  account_no (1000..6700), account_name, account_type ('A' asset, 'L' liability, 'E'
    equity, 'R' revenue, 'X' expense), parent_account_no (the heading it sits under, e.g. 'Vehicle costs' 6100
    over 6110-6150; NULL for top headings), is_posting (1 = lines may be posted to it, 0 = a heading only).
  cost_center: cost_center_code ('OPS-LDS', 'OPS-DOV', 'WH-01', 'FLEET', 'SALES', 'ADMIN'), cost_center_name
    ('Leeds depot operations'), manager_name.
  fiscal_period: period_id (YYYYMM, 202301..202512), period_start, period_end, fiscal_year, is_closed (1 = closed
    for posting; everything up to 202504 is closed).
  vendor: suppliers.  vendor_id, vendor_name, vendor_type ('fuel', 'haulier', 'tolls', 'maintenance', 'tyres',
    'insurance', 'landlord', 'utilities', 'it', 'professional', 'training'), country_cd.
  journal_entry: entry_id, entry_no ('JE-2025-00123', numbered in date order within a year), entry_date,
    period_id, source ('AR' sales invoices and customer receipts, 'AP' supplier bills and payments, 'PAY' payroll,
    'FA' depreciation, 'GL' manual journals), description, vendor_id (the supplier of AP entries; NULL otherwise),
    reverses_entry_id (the entry this one reverses; NULL for ordinary entries), posted_by (user name), status ('P'
    posted, 'D' draft not yet posted).
  journal_line: line_id, entry_id, line_no, account_no, cost_center_code (NULL on balance-sheet lines), debit_amt and
    credit_amt (GBP; one of them is 0 on each line; every entry balances), memo (NULL mostly).  An account's balance
    is debits minus credits; revenue is credits minus debits on 'R' accounts, expense debits minus credits on 'X'.
  budget: the 2025 budget.  budget_id, period_id, account_no, cost_center_code, budget_amt (GBP for that month).

whsnapshot -- a third-party logistics provider's warehouses in the Benelux, Germany and France; stock is kept as
  month-end snapshots from 2024-01-31 to 2025-05-31 (the June snapshot is not taken yet).  Values in EUR.
  warehouse: warehouse_id, warehouse_code ('RTM1'), warehouse_name, city (Rotterdam, Venlo, Duisburg, Antwerp,
    Lille), country_cd, capacity_pallets (pallet positions), opened_on (Lille opened 2024-09-02).
  client: the brand owners whose goods are stored.  client_id, client_name, industry, contract_start, contract_end
    (NULL = open-ended; Hoekstra Toys left at the end of 2024).
  item: item_id, sku ('BRI-65501'), description, client_id, unit_weight_kg, unit_value_eur, units_per_pallet,
    is_hazmat (1 = dangerous goods), is_discontinued (1 = no longer replenished).
  inventory_snapshot: one row per month-end per warehouse per item stocked there (rows with zero stock are kept).
    snapshot_date (the month-end), warehouse_id, item_id, on_hand_qty (units), allocated_qty (units reserved for
    open outbound orders), damaged_qty, pallet_positions (positions used), stock_value_eur (on hand x unit value),
    days_since_last_move (days since the last receipt or shipment at that warehouse; NULL unknown).  Stock at a
    month-end is read from that month-end's rows, never summed over months.
  inbound_receipt: goods received.  receipt_id, asn_no (advance shipping notice), warehouse_id, item_id,
    received_on, qty_expected, qty_received (less than expected = short delivery), carrier.
  cycle_count: stock counts.  count_id, warehouse_id, item_id, count_date, system_qty (what the system held),
    counted_qty (what was found), counted_by (the counter's name).

linehaul -- an Alpine road-freight operator's trips, loads and fuel, plainly named; trips 2024-01-02..2025-06-14,
  times local 'YYYY-MM-DD HH:MM'; money in EUR, distances in km, weights in kg.
  terminal: terminal_id, terminal_name ('Milano Segrate'), city, country (ISO 2 letters).
  driver: driver_id, first_name, last_name, home_terminal_id, hired_on, left_on (NULL while employed),
    adr_certified (1 = may carry dangerous goods).
  tractor: tractor_id, plate, make, model_year, fuel_type ('diesel', 'LNG', 'electric'), odometer_km.
  shipper: customers who book loads.  shipper_id, shipper_name, industry, country.
  trip: one tractor run between two terminals.  trip_id, tractor_id, driver_id, origin_terminal_id,
    dest_terminal_id, departed_at, arrived_at (NULL unless completed), distance_km, status ('completed',
    'in_transit', 'cancelled').
  consignment: a shipper's load.  consignment_id, trip_id (NULL = not yet put on a trip), shipper_id, booked_on,
    weight_kg, pallets, freight_charge_eur (what the shipper is charged), is_dangerous_goods (1/0).
  fuel_purchase: purchase_id, tractor_id, trip_id (the trip it was bought on), purchased_at, station_country,
    quantity, unit ('L' litres of diesel, 'kg' of LNG), cost_eur.  Electric tractors buy no fuel.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import LAST_NAMES, day_between, full_names, iso, write_tables

END = dt.date(2025, 6, 14)  # the last day of data; "today" is 2025-06-15


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _dkey(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _ymd(d: dt.date | None) -> str | None:
    return None if d is None else d.strftime("%Y%m%d")


# ----------------------------------------------------------------------------------------------------------------
# fashiondw: a Kimball star schema of a UK fashion chain
# ----------------------------------------------------------------------------------------------------------------

FASHION_DDL = """
CREATE TABLE dim_date (
    date_key INTEGER PRIMARY KEY,
    full_date TEXT NOT NULL,
    day_name TEXT NOT NULL,
    month_num INTEGER NOT NULL,
    month_name TEXT NOT NULL,
    quarter_num INTEGER NOT NULL,
    year_num INTEGER NOT NULL,
    is_weekend INTEGER NOT NULL,
    is_holiday INTEGER NOT NULL,
    holiday_name TEXT
);
CREATE TABLE dim_store (
    store_sk INTEGER PRIMARY KEY,
    store_code TEXT NOT NULL UNIQUE,
    store_name TEXT NOT NULL,
    city TEXT,
    region TEXT NOT NULL,
    store_type TEXT NOT NULL,
    open_date TEXT NOT NULL,
    sales_area_sqft INTEGER
);
CREATE TABLE dim_product (
    product_sk INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    product_name TEXT NOT NULL,
    category TEXT NOT NULL,
    brand TEXT NOT NULL,
    colour TEXT,
    list_price_amt REAL NOT NULL,
    unit_cost_amt REAL NOT NULL,
    launch_date TEXT NOT NULL,
    is_active INTEGER NOT NULL
);
CREATE TABLE dim_customer (
    customer_sk INTEGER PRIMARY KEY,
    customer_no INTEGER NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    gender TEXT,
    birth_year INTEGER,
    home_city TEXT,
    loyalty_tier TEXT,
    signup_date TEXT NOT NULL
);
CREATE TABLE dim_promotion (
    promotion_sk INTEGER PRIMARY KEY,
    promo_code TEXT NOT NULL UNIQUE,
    promo_name TEXT NOT NULL,
    discount_pct REAL NOT NULL,
    start_date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    end_date_key INTEGER NOT NULL REFERENCES dim_date(date_key)
);
CREATE TABLE fact_sales (
    sales_line_sk INTEGER PRIMARY KEY,
    txn_no TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    store_sk INTEGER NOT NULL REFERENCES dim_store(store_sk),
    product_sk INTEGER NOT NULL REFERENCES dim_product(product_sk),
    customer_sk INTEGER REFERENCES dim_customer(customer_sk),
    promotion_sk INTEGER REFERENCES dim_promotion(promotion_sk),
    sales_qty INTEGER NOT NULL,
    gross_sales_amt REAL NOT NULL,
    discount_amt REAL NOT NULL,
    net_sales_amt REAL NOT NULL,
    cost_amt REAL NOT NULL
);
CREATE TABLE fact_returns (
    return_sk INTEGER PRIMARY KEY,
    date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    store_sk INTEGER NOT NULL REFERENCES dim_store(store_sk),
    product_sk INTEGER NOT NULL REFERENCES dim_product(product_sk),
    customer_sk INTEGER REFERENCES dim_customer(customer_sk),
    sales_line_sk INTEGER NOT NULL REFERENCES fact_sales(sales_line_sk),
    return_qty INTEGER NOT NULL,
    refund_amt REAL NOT NULL,
    reason_code TEXT NOT NULL
);
"""

UK_HOLIDAYS = {
    "2023-01-02": "New Year's Day (substitute)", "2023-04-07": "Good Friday", "2023-04-10": "Easter Monday",
    "2023-05-01": "Early May bank holiday", "2023-05-08": "Coronation bank holiday",
    "2023-05-29": "Spring bank holiday", "2023-08-28": "Summer bank holiday", "2023-12-25": "Christmas Day",
    "2023-12-26": "Boxing Day", "2024-01-01": "New Year's Day", "2024-03-29": "Good Friday",
    "2024-04-01": "Easter Monday", "2024-05-06": "Early May bank holiday", "2024-05-27": "Spring bank holiday",
    "2024-08-26": "Summer bank holiday", "2024-12-25": "Christmas Day", "2024-12-26": "Boxing Day",
    "2025-01-01": "New Year's Day", "2025-04-18": "Good Friday", "2025-04-21": "Easter Monday",
    "2025-05-05": "Early May bank holiday", "2025-05-26": "Spring bank holiday",
    "2025-08-25": "Summer bank holiday", "2025-12-25": "Christmas Day", "2025-12-26": "Boxing Day",
}  # fmt: skip

FASHION_STORES = [  # code, name, city, region, type, opened, sqft, traffic weight
    ("ST001", "Leeds Briggate", "Leeds", "North", "flagship", "2014-09-12", 18500, 9),
    ("ST002", "Manchester Arndale", "Manchester", "North", "mall", "2016-03-04", 9200, 7),
    ("ST003", "York Designer Outlet", "York", "North", "outlet", "2018-06-21", 6400, 4),
    ("ST004", "Birmingham Bullring", "Birmingham", "Midlands", "mall", "2015-10-01", 10100, 7),
    ("ST005", "Nottingham Victoria", "Nottingham", "Midlands", "mall", "2019-04-11", 7300, 4),
    ("ST006", "Bicester Village", "Bicester", "South East", "outlet", "2017-07-15", 5900, 5),
    ("ST007", "Brighton Churchill Square", "Brighton", "South East", "mall", "2020-02-27", 6800, 4),
    ("ST008", "London Regent Street", "London", "London", "flagship", "2012-11-02", 24000, 12),
    ("ST009", "London Westfield Stratford", "London", "London", "mall", "2016-09-30", 11800, 8),
    ("ST010", "Glasgow Buchanan Street", "Glasgow", "Scotland", "flagship", "2013-05-17", 15400, 6),
    ("ST011", "Edinburgh Princes Street", "Edinburgh", "Scotland", "mall", "2017-11-09", 8100, 5),
    ("ST012", "Online UK", None, "Online", "online", "2012-01-01", None, 16),
    ("ST013", "Cardiff Queen Street", "Cardiff", "Wales", "mall", "2024-03-15", 7600, 5),
    ("ST014", "Livingston Designer Outlet", "Livingston", "Scotland", "outlet", "2024-09-20", 5200, 4),
]

FASHION_PRODUCTS = {  # category: (names, price range, brands)
    "Dresses": (
        [
            "Wrap Midi Dress",
            "Slip Dress",
            "Tiered Maxi Dress",
            "Shirt Dress",
            "Knit Bodycon Dress",
            "Linen Sundress",
            "Tea Dress",
        ],
        (39, 129),
    ),
    "Knitwear": (
        [
            "Merino Crew Jumper",
            "Cable Knit Cardigan",
            "Cashmere V-Neck",
            "Chunky Roll Neck",
            "Cotton Knit Vest",
            "Lambswool Jumper",
        ],
        (35, 149),
    ),
    "Denim": (
        [
            "Slim Jeans",
            "Straight Leg Jeans",
            "Wide Leg Jeans",
            "Bootcut Jeans",
            "Denim Jacket",
            "Mom Jeans",
            "Denim Skirt",
        ],
        (39, 95),
    ),
    "Outerwear": (["Wool Overcoat", "Quilted Jacket", "Trench Coat", "Puffer Parka", "Rain Mac", "Gilet"], (59, 249)),
    "Footwear": (
        [
            "Leather Chelsea Boots",
            "White Trainers",
            "Suede Loafers",
            "Ankle Boots",
            "Canvas Plimsolls",
            "Block Heel Sandals",
        ],
        (29, 159),
    ),
    "Accessories": (
        [
            "Leather Belt",
            "Wool Scarf",
            "Canvas Tote",
            "Beanie Hat",
            "Leather Cross-Body Bag",
            "Silk Scarf",
            "Sunglasses",
        ],
        (12, 89),
    ),
}
FASHION_BRANDS = ["Northline", "Maple & Moss", "Urban Thread", "Kestrel", "Fjord & Fell"]
COLOURS = ["Black", "Navy", "Indigo", "Camel", "Grey Marl", "Ivory", "Olive", "Rust", "Sage", "Burgundy"]
UK_CITIES = ["Leeds", "Manchester", "York", "Birmingham", "Nottingham", "Oxford", "Brighton", "London", "Glasgow",
             "Edinburgh", "Cardiff", "Sheffield", "Bristol", "Newcastle", "Reading", "Norwich"]  # fmt: skip
PROMOS = [  # code, name, pct, start, end
    ("NY23", "New Year Sale 2023", 20, "2023-01-01", "2023-01-15"),
    ("SPRING23", "Spring Refresh 2023", 10, "2023-04-01", "2023-04-16"),
    ("SUMMER23", "Summer Sale 2023", 25, "2023-07-01", "2023-07-31"),
    ("BF23", "Black Friday 2023", 30, "2023-11-24", "2023-11-27"),
    ("NY24", "New Year Sale 2024", 20, "2024-01-01", "2024-01-14"),
    ("SPRING24", "Spring Refresh 2024", 15, "2024-04-01", "2024-04-14"),
    ("SUMMER24", "Summer Sale 2024", 25, "2024-07-01", "2024-07-31"),
    ("BF24", "Black Friday 2024", 30, "2024-11-29", "2024-12-02"),
    ("NY25", "New Year Sale 2025", 20, "2025-01-01", "2025-01-14"),
    ("SPRING25", "Spring Refresh 2025", 15, "2025-04-01", "2025-04-13"),
    ("SUMMER25", "Summer Sale 2025", 20, "2025-07-01", "2025-07-31"),
]


def build_fashiondw(path: Path) -> None:
    r = random.Random(111001)
    dates = []
    d = dt.date(2023, 1, 1)
    while d <= dt.date(2025, 12, 31):
        hol = UK_HOLIDAYS.get(d.isoformat())
        dates.append((_dkey(d), d.isoformat(), d.strftime("%A"), d.month, d.strftime("%B"), (d.month - 1) // 3 + 1,
                      d.year, int(d.weekday() >= 5), int(hol is not None), hol))  # fmt: skip
        d += dt.timedelta(days=1)

    stores = [(i + 1, *s[:7]) for i, s in enumerate(FASHION_STORES)]
    store_w = [s[7] for s in FASHION_STORES]

    products = []
    sku = 40100
    for cat, (names, (lo, hi)) in FASHION_PRODUCTS.items():
        for name in names:
            for colour in r.sample(COLOURS, r.choice([1, 2, 2, 3])):
                sku += r.randint(1, 9)
                price = r.randrange(lo, hi + 1) - 0.01 if r.random() < 0.7 else float(r.randrange(lo, hi + 1))
                cost = round(price * r.uniform(0.32, 0.48), 2)
                launch = day_between(r, dt.date(2021, 1, 1), dt.date(2024, 6, 30))
                products.append([len(products) + 1, f"FW-{sku}", f"{name} {colour}", cat, r.choice(FASHION_BRANDS),
                                 colour, round(price, 2), cost, iso(launch), 1])  # fmt: skip
    # a few products launched this month, not sold yet; a few retired
    for name, cat, colour, price in [("Denim Shorts", "Denim", "Sage", 35.0), ("Raffia Bucket Hat", "Accessories",
                                     "Ivory", 24.99), ("Crochet Vest", "Knitwear", "Rust", 45.0),
                                     ("Espadrille Wedges", "Footwear", "Camel", 49.99)]:  # fmt: skip
        sku += r.randint(1, 9)
        products.append([len(products) + 1, f"FW-{sku}", f"{name} {colour}", cat, r.choice(FASHION_BRANDS), colour,
                         price, round(price * 0.4, 2), iso(day_between(r, dt.date(2025, 6, 2), END)), 1])  # fmt: skip
    for p in r.sample(products[:-4], 9):
        p[9] = 0
    retired = {p[0] for p in products if p[9] == 0}
    new_ids = {p[0] for p in products[-4:]}
    # popularity: skewed
    pop = {p[0]: min(r.paretovariate(1.3), 15.0) for p in products}

    customers = []
    names = full_names(r, 640)
    for i, nm in enumerate(names):
        first, last = nm.split(" ")
        tier = r.choices([None, "Bronze", "Silver", "Gold"], [30, 40, 20, 10])[0]
        customers.append((i + 1, 100001 + i, first, last, r.choices(["F", "M", None], [62, 34, 4])[0],
                          r.randint(1955, 2005) if r.random() < 0.9 else None,
                          r.choice(UK_CITIES) if r.random() < 0.95 else None, tier,
                          iso(day_between(r, dt.date(2018, 1, 1), dt.date(2025, 5, 31)))))  # fmt: skip
    cust_w = [min(r.paretovariate(1.1), 12.0) for _ in customers]

    promos = [(i + 1, c, n, p, _dkey(dt.date.fromisoformat(s)), _dkey(dt.date.fromisoformat(e)))
              for i, (c, n, p, s, e) in enumerate(PROMOS)]  # fmt: skip

    def promo_on(day: dt.date) -> tuple[int, float] | None:
        k = _dkey(day)
        for p in promos:
            if p[4] <= k <= p[5]:
                return p[0], p[3]
        return None

    sales = []
    returns = []
    txn = 500000
    d = dt.date(2023, 1, 1)
    while d <= END:
        season = {1: 1.2, 2: 0.7, 3: 0.8, 4: 0.9, 5: 0.9, 6: 1.0, 7: 1.2, 8: 1.0, 9: 0.9, 10: 1.0, 11: 1.5, 12: 1.9}
        n_txn = round(r.uniform(2.0, 4.0) * season[d.month] * (1.3 if d.weekday() >= 5 else 1.0)
                      * (1.0 + 0.1 * (d.year - 2023)))  # fmt: skip
        promo = promo_on(d)
        if promo:
            n_txn = round(n_txn * 1.6)
        for _ in range(n_txn):
            while True:
                st = r.choices(stores, store_w)[0]
                if st[6] <= d.isoformat():
                    break
            txn += r.randint(1, 3)
            cust = None if r.random() < 0.28 else r.choices(customers, cust_w)[0][0]
            for line in range(1, r.choices([1, 2, 3, 4], [55, 27, 12, 6])[0] + 1):
                while True:
                    p = r.choices(products, [pop[p[0]] for p in products])[0]
                    if p[0] not in new_ids and p[8] <= d.isoformat() and not (p[0] in retired and d.year == 2025):
                        break
                qty = r.choices([1, 2, 3], [82, 14, 4])[0]
                gross = round(qty * p[6], 2)
                promo_sk, disc = None, 0.0
                if promo and r.random() < 0.75:
                    promo_sk, disc = promo[0], round(gross * promo[1] / 100, 2)
                elif st[5] == "outlet":
                    disc = round(gross * 0.3, 2)
                sk = len(sales) + 1
                sales.append((sk, f"T{txn}", line, _dkey(d), st[0], p[0], cust, promo_sk, qty, gross, disc,
                              round(gross - disc, 2), round(qty * p[7], 2)))  # fmt: skip
                rate = {"Dresses": 0.11, "Denim": 0.09, "Footwear": 0.08, "Knitwear": 0.05, "Outerwear": 0.06,
                        "Accessories": 0.02}[p[3]] * (1.8 if st[5] == "online" else 1.0)  # fmt: skip
                if r.random() < rate:
                    rd = d + dt.timedelta(days=r.randint(1, 28))
                    if rd <= END:
                        rq = r.randint(1, qty)
                        if st[5] == "online":
                            reason = r.choices(["SZ", "CH", "DF", "LT"], [50, 22, 13, 15])[0]
                        else:
                            reason = r.choices(["SZ", "CH", "DF"], [45, 35, 20])[0]
                        rst = st[0] if st[5] != "online" or r.random() < 0.9 else r.choice(stores[:11])[0]
                        returns.append((len(returns) + 1, _dkey(rd), rst, p[0], cust, sk, rq,
                                        round((gross - disc) * rq / qty, 2), reason))  # fmt: skip
        d += dt.timedelta(days=1)
    returns.sort(key=lambda x: (x[1], x[0]))
    returns = [(i + 1, *x[1:]) for i, x in enumerate(returns)]
    write_tables(path, FASHION_DDL, [("dim_date", dates), ("dim_store", stores), ("dim_product", products),
                                     ("dim_customer", customers), ("dim_promotion", promos), ("fact_sales", sales),
                                     ("fact_returns", returns)])  # fmt: skip


# ----------------------------------------------------------------------------------------------------------------
# cardissuer: a credit-card issuer's reporting copy, the customer's details kept as a slowly-changing dimension
# ----------------------------------------------------------------------------------------------------------------

CARD_DDL = """
CREATE TABLE customer (
    customer_id INTEGER PRIMARY KEY,
    date_of_birth TEXT NOT NULL,
    onboarded_on TEXT NOT NULL,
    kyc_risk TEXT NOT NULL
);
CREATE TABLE customer_history (
    history_key INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    address_line TEXT NOT NULL,
    city TEXT NOT NULL,
    postcode TEXT NOT NULL,
    segment TEXT NOT NULL,
    change_reason TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    is_current INTEGER NOT NULL
);
CREATE TABLE card_product (
    product_code TEXT PRIMARY KEY,
    product_name TEXT NOT NULL,
    annual_fee_gbp REAL NOT NULL,
    purchase_apr_pct REAL NOT NULL,
    cashback_pct REAL NOT NULL
);
CREATE TABLE card_account (
    account_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
    product_code TEXT NOT NULL REFERENCES card_product(product_code),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    credit_limit_gbp INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE mcc_category (
    mcc TEXT PRIMARY KEY,
    mcc_description TEXT NOT NULL,
    spend_group TEXT NOT NULL
);
CREATE TABLE merchant (
    merchant_id INTEGER PRIMARY KEY,
    merchant_name TEXT NOT NULL,
    mcc TEXT NOT NULL REFERENCES mcc_category(mcc),
    city TEXT,
    country_cd TEXT NOT NULL
);
CREATE TABLE card_txn (
    txn_id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES card_account(account_id),
    merchant_id INTEGER REFERENCES merchant(merchant_id),
    txn_ts TEXT NOT NULL,
    txn_type TEXT NOT NULL,
    amount_gbp REAL NOT NULL,
    orig_currency TEXT NOT NULL,
    orig_amount REAL NOT NULL,
    is_contactless INTEGER NOT NULL,
    status TEXT NOT NULL,
    decline_reason TEXT
);
CREATE TABLE statement (
    statement_id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES card_account(account_id),
    statement_date TEXT NOT NULL,
    closing_balance_gbp REAL NOT NULL,
    min_payment_gbp REAL NOT NULL,
    payment_due_date TEXT NOT NULL,
    amount_paid_gbp REAL,
    paid_on TEXT
);
"""

CARD_CITIES = {"Leeds": "LS", "Manchester": "M", "Bristol": "BS", "London": "SE", "Birmingham": "B",
               "Glasgow": "G", "Edinburgh": "EH", "Cardiff": "CF", "Liverpool": "L", "Sheffield": "S",
               "Newcastle": "NE", "Nottingham": "NG"}  # fmt: skip
CARD_CITY_W = [6, 8, 6, 14, 7, 5, 5, 3, 4, 4, 3, 3]
STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
           "Queens Road", "Kings Road", "Grange Road", "Albert Street", "Manor Way", "York Road", "Elm Grove",
           "Oak Drive", "Canal Street", "Market Place"]  # fmt: skip
CARD_PRODUCTS = [("CLS", "Classic", 0.0, 24.9, 0.25), ("GLD", "Gold Rewards", 95.0, 22.9, 1.0),
                 ("PLT", "Platinum", 250.0, 19.9, 1.5), ("BIZ", "Business", 120.0, 21.9, 1.0),
                 ("STU", "Student", 0.0, 29.9, 0.0)]  # fmt: skip
MCCS = [("5411", "Grocery stores and supermarkets", "Groceries"), ("5499", "Convenience and food stores",
        "Groceries"), ("5812", "Restaurants", "Dining"), ("5814", "Fast food", "Dining"),
        ("5813", "Bars and pubs", "Dining"), ("5541", "Service stations", "Fuel"), ("4511", "Airlines", "Travel"),
        ("7011", "Hotels and lodging", "Travel"), ("4111", "Commuter transport", "Travel"),
        ("5311", "Department stores", "Retail"), ("5651", "Clothing stores", "Retail"),
        ("5732", "Electronics stores", "Retail"), ("5912", "Pharmacies", "Health"),
        ("7832", "Cinemas", "Entertainment"), ("5815", "Digital media and streaming", "Entertainment"),
        ("4900", "Utilities", "Bills")]  # fmt: skip
MERCHANTS = [  # name, mcc, city, country, weight, typical amount
    ("Greenleaf Supermarkets", "5411", None, "GB", 30, 45), ("Hartley's Foodhall", "5411", "London", "GB", 8, 60),
    ("Corner Basket", "5499", None, "GB", 14, 9), ("DailyFresh Express", "5499", None, "GB", 10, 12),
    ("The Copper Kettle", "5812", "York", "GB", 3, 38), ("Bella Napoli", "5812", "Manchester", "GB", 4, 42),
    ("Saffron House", "5812", "Birmingham", "GB", 4, 35), ("Le Petit Zinc", "5812", "Paris", "FR", 1, 70),
    ("QuickBite Burgers", "5814", None, "GB", 12, 11), ("Crust & Co Bakery", "5814", None, "GB", 9, 7),
    ("The Red Lion", "5813", "Leeds", "GB", 5, 28), ("Anchor Taproom", "5813", "Bristol", "GB", 4, 31),
    ("Bolt Fuel", "5541", None, "GB", 12, 62), ("Northway Services", "5541", None, "GB", 6, 70),
    ("SkyBridge Airways", "4511", "London", "GB", 3, 240), ("Iberica Air", "4511", "Madrid", "ES", 1, 180),
    ("TransAtlantic Air", "4511", "New York", "US", 1, 620), ("Harbour View Hotel", "7011", "Edinburgh", "GB", 2,
    190), ("Hotel Miramar", "7011", "Barcelona", "ES", 1, 260), ("CityRest Inns", "7011", None, "GB", 2, 95),
    ("MetroLink Travel", "4111", None, "GB", 16, 6), ("National Rail Tickets", "4111", None, "GB", 5, 48),
    ("Bramwells Department Store", "5311", "London", "GB", 5, 85), ("Thread & Needle", "5651", None, "GB", 6, 55),
    ("Voltage Electronics", "5732", None, "GB", 3, 210), ("PixelPoint", "5732", "Berlin", "DE", 1, 150),
    ("WellCare Pharmacy", "5912", None, "GB", 8, 14), ("Odeon Lights Cinema", "7832", None, "GB", 4, 22),
    ("StreamBox", "5815", None, "US", 9, 11), ("TuneCloud", "5815", None, "US", 6, 10),
    ("GridPower Energy", "4900", None, "GB", 4, 120), ("AquaFlow Water", "4900", None, "GB", 3, 38),
]  # fmt: skip


def build_cardissuer(path: Path) -> None:
    r = random.Random(111002)
    customers, history, accounts = [], [], []
    cities = list(CARD_CITIES)
    for i, nm in enumerate(full_names(r, 420)):
        cid = 1001 + i
        first, last = nm.split(" ")
        onboard = day_between(r, dt.date(2015, 1, 1), dt.date(2025, 5, 20))
        dob = day_between(r, dt.date(1950, 1, 1), dt.date(2005, 6, 1))
        customers.append((cid, iso(dob), iso(onboard), r.choices(["low", "medium", "high"], [75, 20, 5])[0]))
        city = r.choices(cities, CARD_CITY_W)[0]

        def addr(c: str) -> tuple[str, str]:
            pc = (
                f"{CARD_CITIES[c]}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            )
            return f"{r.randint(1, 180)} {r.choice(STREETS)}", pc

        line, pc = addr(city)
        segment = r.choices(["mass", "affluent", "private"], [70, 24, 6])[0]
        n_changes = r.choices([0, 1, 2, 3, 4], [42, 30, 16, 8, 4])[0]
        span = (END - onboard).days
        if span < 120:
            n_changes = 0
        change_days = (
            sorted({onboard + dt.timedelta(days=r.randint(60, span)) for _ in range(n_changes)}) if n_changes else []
        )
        versions = [[first, last, line, city, pc, segment, "NEW", onboard]]
        for cd in change_days:
            f, la, ln, ci, p, sg = versions[-1][:6]
            reason = r.choices(["MOVE", "SEGMENT", "NAME"], [58, 36, 6])[0]
            if reason == "MOVE":
                if r.random() < 0.45:
                    ci = r.choices(cities, CARD_CITY_W)[0]
                ln, p = addr(ci)
            elif reason == "SEGMENT":
                sg = {"mass": "affluent", "affluent": r.choice(["mass", "private"]), "private": "affluent"}[sg]
            else:
                la = r.choice([x for x in LAST_NAMES if x != la])
            versions.append([f, la, ln, ci, p, sg, reason, cd])
        for k, v in enumerate(versions):
            to = versions[k + 1][7] if k + 1 < len(versions) else None
            history.append([cid, *v[:7], iso(v[7]), iso(to) if to else "9999-12-31", int(to is None)])
        seg_now = versions[-1][5]
        n_acc = r.choices([0, 1, 2, 3], [5, 70, 22, 3])[0]
        for _ in range(n_acc):
            opened = day_between(r, onboard, min(END, onboard + dt.timedelta(days=2000)))
            if r.random() < 0.05:
                prod = "BIZ"
            elif seg_now == "private":
                prod = r.choice(["PLT", "PLT", "GLD"])
            elif seg_now == "affluent":
                prod = r.choice(["GLD", "GLD", "CLS", "PLT"])
            else:
                prod = r.choices(["CLS", "STU", "GLD"], [70, 20, 10])[0]
            limit = {"CLS": r.randrange(500, 6001, 250), "STU": r.randrange(250, 1501, 250),
                     "GLD": r.randrange(3000, 15001, 500), "PLT": r.randrange(10000, 40001, 1000),
                     "BIZ": r.randrange(5000, 25001, 1000)}[prod]  # fmt: skip
            status, closed = "A", None
            x = r.random()
            if x < 0.10 and (END - opened).days > 200:
                status, closed = "C", day_between(r, opened + dt.timedelta(days=120), END)
            elif x < 0.13:
                status = "F"
            accounts.append([cid, prod, iso(opened), iso(closed), limit, status])
    history.sort(key=lambda h: (h[8], h[0]))
    history = [(i + 1, *h) for i, h in enumerate(history)]
    accounts.sort(key=lambda a: (a[2], a[0]))
    accounts = [(50000001 + i, *a) for i, a in enumerate(accounts)]

    merchants = [(i + 1, m[0], m[1], m[2], m[3]) for i, m in enumerate(MERCHANTS)]
    m_w = [m[4] for m in MERCHANTS]
    fx = {"EUR": 1.17, "USD": 1.27}
    txns = []
    start = dt.date(2024, 1, 1)
    for a in accounts:
        lo = max(start, dt.date.fromisoformat(a[3]))
        hi = dt.date.fromisoformat(a[4]) if a[4] else END
        if a[6] == "F":
            hi = min(hi, dt.date(2025, 3, 1) + dt.timedelta(days=a[0] % 60))
        if lo > hi:
            continue
        activity = min(r.paretovariate(1.6), 8.0) * (0.45 if a[2] == "STU" else 1.0)
        n = round(activity * (hi - lo).days / 60)
        for _ in range(n):
            d = day_between(r, lo, hi)
            ts = (
                f"{iso(d)} {r.choices(range(24), [1] * 6 + [3] * 3 + [5] * 11 + [3] * 4)[0]:02d}:"
                f"{r.randrange(60):02d}:{r.randrange(60):02d}"
            )
            if r.random() < 0.05:
                amt = float(r.choice([20, 40, 50, 100, 200, 250]))
                txns.append([a[0], None, ts, "ATM", amt, "GBP", amt, 0, "POSTED", None])
                continue
            m = r.choices(MERCHANTS, m_w)[0]
            mid = MERCHANTS.index(m) + 1
            gbp = round(m[5] * r.lognormvariate(0, 0.5), 2)
            cur = "GBP" if m[3] == "GB" else ("USD" if m[3] == "US" else "EUR")
            orig = gbp if cur == "GBP" else round(gbp * fx[cur], 2)
            contactless = int(gbp <= 100 and m[1] not in ("4511", "7011", "5815", "4900") and r.random() < 0.7)
            status, reason = "POSTED", None
            if r.random() < 0.035:
                status = "DECLINED"
                reason = r.choices(["INSUFFICIENT_FUNDS", "SUSPECTED_FRAUD", "INCORRECT_PIN", "EXPIRED_CARD"],
                                   [55, 20, 15, 10])[0]  # fmt: skip
            kind = "PUR"
            if status == "POSTED" and m[1] in ("5651", "5732", "5311", "4511", "7011") and r.random() < 0.08:
                kind = "REF"
            txns.append([a[0], mid, ts, kind, gbp, cur, orig, contactless, status, reason])
    txns.sort(key=lambda t: (t[2], t[0]))
    txns = [(i + 1, *t) for i, t in enumerate(txns)]

    spend: dict[tuple[int, str], float] = {}
    for t in txns:
        if t[9] == "POSTED":
            k = (t[1], t[3][:7])
            spend[k] = spend.get(k, 0.0) + (-t[5] if t[4] == "REF" else t[5])
    statements = []
    for a in accounts:
        carry = 0.0
        for m in range(1, 6):
            se = _month_end(2025, m)
            if a[3] > iso(se) or (a[4] and a[4] < f"2025-{m:02d}-01"):
                continue
            bal = round(max(0.0, carry * 1.02 + spend.get((a[0], f"2025-{m:02d}"), 0.0)), 2)
            minp = round(bal if bal < 25 else max(25.0, bal * 0.03), 2)
            due = se + dt.timedelta(days=25)
            x = r.random()
            paid, paid_on = None, None
            if bal == 0:
                paid = 0.0
            elif due <= END or x < 0.35:
                if x < 0.55:
                    paid = bal
                elif x < 0.85:
                    paid = round(r.uniform(minp, bal), 2)
                elif x < 0.95:
                    paid = minp
                if paid is not None:
                    lim = min(due + dt.timedelta(days=r.choice([0, 0, 0, 0, 3, 9])), END)
                    paid_on = iso(day_between(r, se + dt.timedelta(days=3), lim))
            carry = bal - (paid or 0.0)
            statements.append((len(statements) + 1, a[0], iso(se), bal, minp, iso(due), paid, paid_on))
    write_tables(path, CARD_DDL, [("customer", customers), ("customer_history", history),
                                  ("card_product", CARD_PRODUCTS), ("card_account", accounts),
                                  ("mcc_category", MCCS), ("merchant", merchants), ("card_txn", txns),
                                  ("statement", statements)])  # fmt: skip


# ----------------------------------------------------------------------------------------------------------------
# erpsales: an ERP sales extract of an electrical wholesaler, in the upper-case abbreviated style
# ----------------------------------------------------------------------------------------------------------------

ERP_DDL = """
CREATE TABLE SLS_ORG (
    SLS_ORG_CD TEXT PRIMARY KEY,
    SLS_ORG_NM TEXT NOT NULL,
    CNTRY_CD TEXT NOT NULL,
    CRCY_CD TEXT NOT NULL
);
CREATE TABLE PLNT (
    PLNT_CD TEXT PRIMARY KEY,
    PLNT_NM TEXT NOT NULL,
    CITY_NM TEXT NOT NULL,
    CNTRY_CD TEXT NOT NULL
);
CREATE TABLE CUST_MSTR (
    CUST_NO INTEGER PRIMARY KEY,
    CUST_NM TEXT NOT NULL,
    CITY_NM TEXT NOT NULL,
    CNTRY_CD TEXT NOT NULL,
    CUST_GRP TEXT NOT NULL,
    PARNT_CUST_NO INTEGER REFERENCES CUST_MSTR(CUST_NO),
    CRT_DT TEXT NOT NULL,
    BLCK_FLG TEXT NOT NULL DEFAULT ''
);
CREATE TABLE MATL_MSTR (
    MATL_NO TEXT PRIMARY KEY,
    MATL_DESC TEXT NOT NULL,
    MATL_GRP TEXT NOT NULL,
    BASE_UOM TEXT NOT NULL,
    NET_WT_KG REAL,
    STD_PRC REAL NOT NULL
);
CREATE TABLE SLS_ORD_HDR (
    SLS_ORD_NO INTEGER PRIMARY KEY,
    SLS_ORG_CD TEXT NOT NULL REFERENCES SLS_ORG(SLS_ORG_CD),
    CUST_NO INTEGER NOT NULL REFERENCES CUST_MSTR(CUST_NO),
    ORD_TYP TEXT NOT NULL,
    CRT_DT TEXT NOT NULL,
    CRT_BY TEXT NOT NULL,
    REQ_DLV_DT TEXT NOT NULL,
    NET_VAL REAL NOT NULL,
    CRCY_CD TEXT NOT NULL,
    ORD_STAT TEXT NOT NULL
);
CREATE TABLE SLS_ORD_ITM (
    SLS_ORD_NO INTEGER NOT NULL REFERENCES SLS_ORD_HDR(SLS_ORD_NO),
    ITM_NO INTEGER NOT NULL,
    MATL_NO TEXT NOT NULL REFERENCES MATL_MSTR(MATL_NO),
    PLNT_CD TEXT NOT NULL REFERENCES PLNT(PLNT_CD),
    ORD_QTY REAL NOT NULL,
    NET_PRC REAL NOT NULL,
    NET_VAL REAL NOT NULL,
    REJ_RSN_CD TEXT,
    PRIMARY KEY (SLS_ORD_NO, ITM_NO)
);
CREATE TABLE DLV_HDR (
    DLV_NO INTEGER PRIMARY KEY,
    SLS_ORD_NO INTEGER NOT NULL REFERENCES SLS_ORD_HDR(SLS_ORD_NO),
    PLNT_CD TEXT NOT NULL REFERENCES PLNT(PLNT_CD),
    SHIP_DT TEXT NOT NULL,
    CARR_NM TEXT NOT NULL,
    GROSS_WT_KG REAL NOT NULL
);
CREATE TABLE BILL_DOC (
    BILL_NO INTEGER PRIMARY KEY,
    SLS_ORD_NO INTEGER NOT NULL REFERENCES SLS_ORD_HDR(SLS_ORD_NO),
    BILL_DT TEXT NOT NULL,
    NET_VAL REAL NOT NULL,
    TAX_AMT REAL NOT NULL,
    CRCY_CD TEXT NOT NULL,
    PAY_STAT TEXT NOT NULL,
    CLR_DT TEXT
);
"""

ERP_ORGS = [("DE01", "Vertrieb Deutschland", "DE", "EUR"), ("FR01", "Ventes France", "FR", "EUR"),
            ("GB01", "UK Sales", "GB", "GBP"), ("US01", "US Sales", "US", "USD"), ("PL01", "Sprzedaz Polska", "PL",
            "PLN")]  # fmt: skip
ERP_PLANTS = [("1000", "Hamburg DC", "Hamburg", "DE"), ("1100", "Munich DC", "Munich", "DE"),
              ("2000", "Lyon DC", "Lyon", "FR"), ("3000", "Coventry DC", "Coventry", "GB"),
              ("4000", "Columbus DC", "Columbus", "US"), ("5000", "Poznan DC", "Poznan", "PL")]  # fmt: skip
ERP_FX = {"EUR": 1.0, "GBP": 0.85, "USD": 1.09, "PLN": 4.31}
ERP_TAX = {"DE": 0.19, "AT": 0.20, "NL": 0.21, "FR": 0.20, "GB": 0.20, "US": 0.0, "PL": 0.23}
ERP_ORG_OF = {"DE": "DE01", "AT": "DE01", "NL": "DE01", "FR": "FR01", "GB": "GB01", "US": "US01", "PL": "PL01"}
ERP_PLANTS_OF = {"DE01": ["1000", "1000", "1100"], "FR01": ["2000", "2000", "1100"], "GB01": ["3000"],
                 "US01": ["4000"], "PL01": ["5000", "5000", "1000"]}  # fmt: skip
ERP_CITIES = {"DE": ["Hamburg", "Berlin", "Cologne", "Stuttgart", "Leipzig", "Bremen"], "AT": ["Vienna", "Graz"],
              "NL": ["Rotterdam", "Utrecht"], "FR": ["Lyon", "Paris", "Lille", "Nantes", "Toulouse"],
              "GB": ["Coventry", "Leeds", "Bristol", "Glasgow", "Reading"], "US": ["Columbus", "Chicago",
              "Dallas", "Atlanta"], "PL": ["Poznan", "Warsaw", "Wroclaw", "Gdansk"]}  # fmt: skip
ERP_GROUPS = [  # head office name, country, group code, subsidiaries (name, country)
    ("Voltmark Holding AG", "DE", "01", [("Voltmark Elektro GmbH", "DE"), ("Voltmark Nord GmbH", "DE"),
                                         ("Voltmark Austria GmbH", "AT"), ("Voltmark Polska Sp. z o.o.", "PL")]),
    ("Lumis Group SA", "FR", "01", [("Lumis Distribution SAS", "FR"), ("Lumis Sud SARL", "FR"),
                                    ("Lumis UK Ltd", "GB")]),
    ("Brightwater Facilities plc", "GB", "04", [("Brightwater Scotland Ltd", "GB"), ("Brightwater FM Ltd", "GB")]),
    ("Keller Automation GmbH", "DE", "03", [("Keller Automation Inc", "US"), ("Keller Automatisering BV", "NL")]),
    ("Ostrander Electric Supply Inc", "US", "01", [("Ostrander Midwest LLC", "US"), ("Ostrander South LLC", "US"),
                                                   ("Ostrander Texas LLC", "US")]),
    ("Nordwerk Bau AG", "DE", "02", [("Nordwerk Haustechnik GmbH", "DE")]),
    ("Elektro-Polonia SA", "PL", "01", [("Elektro-Polonia Serwis Sp. z o.o.", "PL"),
                                        ("Elektro-Polonia Gdansk Sp. z o.o.", "PL")]),
]  # fmt: skip
ERP_STANDALONE_STEMS = ["Elektro", "Schaltbau", "Kabelhaus", "Lichtwerk", "Elec", "Voltaire", "Sparkline",
                        "Circuit", "Ampere", "Wattson", "Helios", "Ohmega", "Fusebox", "Linea", "Dynamo", "Kontakt",
                        "Polar", "Meridian", "Beacon", "Granite", "Summit", "Rivet", "Copperfield", "Arcway"]  # fmt: skip
ERP_SUFFIX = {"DE": "GmbH", "AT": "GmbH", "NL": "BV", "FR": "SARL", "GB": "Ltd", "US": "Inc", "PL": "Sp. z o.o."}
ERP_MATERIALS = {  # group: (items, price range EUR, uom, weight range kg)
    "CABL": (
        [
            "NYM-J 3x1.5 cable 100m",
            "NYM-J 5x2.5 cable 50m",
            "H07RN-F 3G2.5 rubber cable 50m",
            "CAT6A installation cable 305m",
            "Coax RG6 cable 100m",
            "Fire-rated cable FE180 100m",
            "Armoured cable SWA 3C 25m",
            "Flat ribbon cable 20m",
        ],
        (35, 420),
        "EA",
        (3, 40),
    ),
    "SWGR": (
        [
            "MCB B16 1P",
            "MCB C32 3P",
            "RCD 40A 30mA 2P",
            "RCBO B20 30mA",
            "Distribution board 24 way",
            "Isolator 63A 4P",
            "Surge protector T2",
            "Contactor 25A 3P",
        ],
        (6, 380),
        "EA",
        (0.1, 9),
    ),
    "LGHT": (
        [
            "LED panel 600x600 36W",
            "LED high bay 150W",
            "Emergency exit light",
            "LED batten 1500mm",
            "Downlight 8W IP65",
            "Floodlight 50W",
            "Track spot 20W",
        ],
        (9, 240),
        "EA",
        (0.2, 6),
    ),
    "TOOL": (
        [
            "Crimping tool 0.5-6mm",
            "Insulated screwdriver set",
            "Cable stripper",
            "Multimeter CAT III",
            "Voltage tester 2-pole",
            "Fish tape 30m",
        ],
        (14, 260),
        "EA",
        (0.2, 2),
    ),
    "CONN": (
        [
            "Wago lever connector 221-413 (100)",
            "Junction box IP55",
            "Cable gland M20 (50)",
            "Terminal block 4mm (50)",
            "Heat shrink kit",
            "Cable ties 300mm (1000)",
            "Ferrules 1.5mm (500)",
        ],
        (4, 65),
        "BOX",
        (0.1, 3),
    ),
    "AUTO": (
        [
            "PLC compact 24 I/O",
            "HMI touch panel 7in",
            "Power supply 24V 10A",
            "Motion sensor PIR",
            "Timer relay multifunction",
            "Frequency inverter 2.2kW",
        ],
        (45, 980),
        "EA",
        (0.1, 4),
    ),
}
ERP_USERS = ["JMUELLER", "AKRAUSE", "SDUBOIS", "CMARTIN", "PWALSH", "RHUGHES", "TBROOKS", "KNOWAK", "MWISNIEWSKA",
             "BATCH_EDI"]  # fmt: skip
ERP_USERS_OF = {"DE01": ["JMUELLER", "AKRAUSE"], "FR01": ["SDUBOIS", "CMARTIN"], "GB01": ["PWALSH", "RHUGHES"],
                "US01": ["TBROOKS"], "PL01": ["KNOWAK", "MWISNIEWSKA"]}  # fmt: skip


def build_erpsales(path: Path) -> None:
    r = random.Random(111003)
    custs = []
    no = 100000

    def new_cust(name: str, cc: str, grp: str, parent: int | None) -> int:
        nonlocal no
        no += r.randint(1, 40)
        crt = day_between(r, dt.date(2009, 1, 1), dt.date(2025, 4, 30))
        custs.append([no, name, r.choice(ERP_CITIES[cc]), cc, grp, parent, _ymd(crt), ""])
        return no

    order = list(range(len(ERP_GROUPS))) + [-1] * len(ERP_STANDALONE_STEMS)
    r.shuffle(order)
    stems = iter(ERP_STANDALONE_STEMS)
    for k in order:
        if k < 0:
            cc = r.choices(list(ERP_SUFFIX), [30, 5, 5, 18, 15, 15, 12])[0]
            stem = next(stems)
            name = (
                f"{stem} {r.choice(['Elektrotechnik', 'Handel', 'Services', 'Installations', 'Supply', 'Systems'])}"
                if cc in ("DE", "AT")
                else f"{stem} {r.choice(['Electrical', 'Services', 'Supply', 'Systems'])}"
            )
            new_cust(f"{name} {ERP_SUFFIX[cc]}", cc, r.choices(["01", "02", "03", "04"], [45, 30, 15, 10])[0], None)
        else:
            head, cc, grp, subs = ERP_GROUPS[k]
            hid = new_cust(head, cc, grp, None)
            for sname, scc in subs:
                new_cust(sname, scc, grp, hid)
    custs.sort(key=lambda c: c[0])
    for c in r.sample(custs, 5):
        c[7] = "X"
    # a few new customers with no orders yet
    for name, cc in [("Helix Smart Homes Ltd", "GB"), ("Kabelwerk Rhein GmbH", "DE"), ("Norte Energia Sp. z o.o.",
                     "PL")]:  # fmt: skip
        no += r.randint(1, 40)
        custs.append([no, name, r.choice(ERP_CITIES[cc]), cc, "02", None, _ymd(day_between(r, dt.date(2025, 5, 1),
                      END)), ""])  # fmt: skip
    fresh = {c[0] for c in custs[-3:]}

    mats = []
    mno = 10000
    for grp, (items, (lo, hi), uom, (wlo, whi)) in ERP_MATERIALS.items():
        for it in items:
            mno += r.randint(1, 30)
            mats.append((f"M-{mno}", it, grp, uom if "(" not in it else "BOX", round(r.uniform(wlo, whi), 2)
                         if r.random() < 0.93 else None, round(r.uniform(lo, hi), 2)))  # fmt: skip
    mat_w = [r.paretovariate(1.2) for _ in mats]

    cust_w = {c[0]: r.paretovariate(1.0) * (0.3 if c[5] is None and any(x[5] == c[0] for x in custs) else 1.0)
              for c in custs}  # fmt: skip
    active = [c for c in custs if c[0] not in fresh]
    hdrs, items, dlvs, bills = [], [], [], []
    ordno, dlvno, billno = 4500000, 80000000, 90000000
    day = dt.date(2023, 1, 2)
    while day <= END:
        if day.weekday() < 5:
            for _ in range(r.choices([0, 1, 2, 3, 4], [10, 30, 30, 20, 10])[0] + (day.year - 2023)):
                c = r.choices(active, [cust_w[x[0]] for x in active])[0]
                if c[7] == "X" and day > dt.date(2024, 6, 1):
                    continue
                if _ymd(day) < c[6]:
                    continue
                org = ERP_ORG_OF[c[3]]
                cur = ERP_ORGS[[o[0] for o in ERP_ORGS].index(org)][3]
                ordno += r.randint(1, 4)
                typ = r.choices(["OR", "RU", "SM"], [84, 11, 5])[0]
                age = (END - day).days
                if age < 10:
                    stat = r.choices(["A", "B", "R"], [80, 15, 5])[0]
                elif age < 35:
                    stat = r.choices(["A", "B", "C", "R"], [25, 35, 35, 5])[0]
                else:
                    stat = r.choices(["B", "C", "R"], [2, 93, 5])[0]
                req = day + dt.timedelta(days=r.choice([1, 2, 3]) if typ == "RU" else r.randint(5, 30))
                total = 0.0
                nitm = r.choices([1, 2, 3, 4, 5, 6, 8], [30, 22, 16, 12, 9, 7, 4])[0]
                chosen = []
                for _ in range(nitm):
                    m = r.choices(mats, mat_w)[0]
                    if m not in chosen:
                        chosen.append(m)
                plants = []
                for i, m in enumerate(chosen):
                    qty = (
                        float(r.choice([1, 2, 5, 10, 10, 20, 25, 50, 100]))
                        if m[3] != "BOX"
                        else float(r.choice([1, 2, 5, 10]))
                    )
                    disc = r.choice([0, 0, 0.05, 0.1, 0.15])
                    prc = 0.0 if typ == "SM" else round(m[5] * ERP_FX[cur] * (1 - disc), 2)
                    rej = None
                    if stat == "R":
                        rej = "Z3"
                    elif r.random() < 0.04:
                        rej = r.choice(["Z1", "Z1", "Z2"])
                    val = round(qty * prc, 2)
                    if typ == "SM":
                        qty = min(qty, 2.0)
                    plnt = r.choice(ERP_PLANTS_OF[org])
                    if rej is None:
                        total += val
                        plants.append(plnt)
                    items.append((ordno, (i + 1) * 10, m[0], plnt, qty, prc, val, rej))
                if stat != "R" and not plants:
                    stat = "R"
                hdrs.append((ordno, org, c[0], typ, _ymd(day), r.choice(ERP_USERS_OF[org]) if r.random() < 0.8
                             else "BATCH_EDI", _ymd(req), round(total, 2), cur, stat))  # fmt: skip
                if stat in ("B", "C"):
                    for plnt in sorted(set(plants)):
                        ship = day + dt.timedelta(days=r.randint(0, 3) if typ == "RU" else r.randint(1, 12))
                        if ship > END:
                            ship = END
                        dlvno += 1
                        wt = round(sum(q for o_, _i, _m, p_, q, *_ in items if o_ == ordno and p_ == plnt)
                                   * r.uniform(0.3, 2.5) + 1.5, 1)  # fmt: skip
                        dlvs.append((dlvno, ordno, plnt, _ymd(ship),
                                     r.choices(["DHL Freight", "DB Schenker", "Kuehne+Nagel", "UPS", "Raben"],
                                               [30, 25, 20, 15, 10])[0], wt))  # fmt: skip
                if stat == "C" and typ != "SM":
                    bdt = day + dt.timedelta(days=r.randint(2, 16))
                    if bdt <= END:
                        billno += 1
                        paid = (END - bdt).days > 45 or r.random() < 0.4
                        if r.random() < 0.03:
                            paid = False
                        clr = min(END, bdt + dt.timedelta(days=r.randint(7, 60))) if paid else None
                        bills.append(
                            (
                                billno,
                                ordno,
                                _ymd(bdt),
                                round(total, 2),
                                round(total * ERP_TAX[c[3]], 2),
                                cur,
                                "P" if paid else "O",
                                _ymd(clr),
                            )
                        )
        day += dt.timedelta(days=1)
    write_tables(path, ERP_DDL, [("SLS_ORG", ERP_ORGS), ("PLNT", ERP_PLANTS), ("CUST_MSTR", custs),
                                 ("MATL_MSTR", mats), ("SLS_ORD_HDR", hdrs), ("SLS_ORD_ITM", items),
                                 ("DLV_HDR", dlvs), ("BILL_DOC", bills)])  # fmt: skip


# ----------------------------------------------------------------------------------------------------------------
# genledger: the general ledger of a road-haulage company, double entry in debit and credit columns
# ----------------------------------------------------------------------------------------------------------------

LEDGER_DDL = """
CREATE TABLE gl_account (
    account_no INTEGER PRIMARY KEY,
    account_name TEXT NOT NULL,
    account_type TEXT NOT NULL,
    parent_account_no INTEGER REFERENCES gl_account(account_no),
    is_posting INTEGER NOT NULL
);
CREATE TABLE cost_center (
    cost_center_code TEXT PRIMARY KEY,
    cost_center_name TEXT NOT NULL,
    manager_name TEXT NOT NULL
);
CREATE TABLE fiscal_period (
    period_id INTEGER PRIMARY KEY,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    is_closed INTEGER NOT NULL
);
CREATE TABLE vendor (
    vendor_id INTEGER PRIMARY KEY,
    vendor_name TEXT NOT NULL,
    vendor_type TEXT NOT NULL,
    country_cd TEXT NOT NULL
);
CREATE TABLE journal_entry (
    entry_id INTEGER PRIMARY KEY,
    entry_no TEXT NOT NULL UNIQUE,
    entry_date TEXT NOT NULL,
    period_id INTEGER NOT NULL REFERENCES fiscal_period(period_id),
    source TEXT NOT NULL,
    description TEXT NOT NULL,
    vendor_id INTEGER REFERENCES vendor(vendor_id),
    reverses_entry_id INTEGER REFERENCES journal_entry(entry_id),
    posted_by TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE journal_line (
    line_id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES journal_entry(entry_id),
    line_no INTEGER NOT NULL,
    account_no INTEGER NOT NULL REFERENCES gl_account(account_no),
    cost_center_code TEXT REFERENCES cost_center(cost_center_code),
    debit_amt REAL NOT NULL DEFAULT 0,
    credit_amt REAL NOT NULL DEFAULT 0,
    memo TEXT
);
CREATE TABLE budget (
    budget_id INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES fiscal_period(period_id),
    account_no INTEGER NOT NULL REFERENCES gl_account(account_no),
    cost_center_code TEXT NOT NULL REFERENCES cost_center(cost_center_code),
    budget_amt REAL NOT NULL
);
"""

GL_ACCOUNTS = [  # no, name, type, parent, posting
    (1000, "Assets", "A", None, 0), (1100, "Cash at bank", "A", 1000, 1), (1200, "Trade debtors", "A", 1000, 1),
    (1300, "Prepayments", "A", 1000, 1), (1500, "Motor vehicles", "A", 1000, 1),
    (1510, "Accumulated depreciation - vehicles", "A", 1000, 1), (1600, "VAT recoverable", "A", 1000, 1),
    (2000, "Liabilities", "L", None, 0), (2100, "Trade creditors", "L", 2000, 1),
    (2200, "VAT payable", "L", 2000, 1), (2300, "PAYE and NI payable", "L", 2000, 1),
    (2400, "Vehicle finance loans", "L", 2000, 1), (3000, "Equity", "E", None, 0),
    (3100, "Share capital", "E", 3000, 1), (3200, "Retained earnings", "E", 3000, 1),
    (4000, "Revenue", "R", None, 0), (4100, "Domestic haulage revenue", "R", 4000, 1),
    (4200, "International haulage revenue", "R", 4000, 1), (4300, "Warehousing revenue", "R", 4000, 1),
    (4900, "Other income", "R", 4000, 1), (5000, "Direct costs", "X", None, 0),
    (5100, "Subcontracted haulage", "X", 5000, 1), (5200, "Fuel", "X", 5000, 1),
    (5300, "Tolls and ferries", "X", 5000, 1), (6000, "Overheads", "X", None, 0),
    (6100, "Vehicle costs", "X", 6000, 0), (6110, "Vehicle repairs and maintenance", "X", 6100, 1),
    (6120, "Tyres", "X", 6100, 1), (6130, "Vehicle insurance", "X", 6100, 1),
    (6140, "Vehicle depreciation", "X", 6100, 1), (6150, "Vehicle licences", "X", 6100, 1),
    (6200, "Staff costs", "X", 6000, 0), (6210, "Driver wages", "X", 6200, 1),
    (6220, "Office salaries", "X", 6200, 1), (6230, "Employer NI and pensions", "X", 6200, 1),
    (6300, "Premises", "X", 6000, 0), (6310, "Rent and rates", "X", 6300, 1), (6320, "Utilities", "X", 6300, 1),
    (6400, "IT and telephone", "X", 6000, 1), (6500, "Professional fees", "X", 6000, 1),
    (6600, "Bank charges", "X", 6000, 1), (6700, "Training", "X", 6000, 1),
]  # fmt: skip
GL_CENTERS = [("OPS-LDS", "Leeds depot operations", "Fiona Grant"), ("OPS-DOV", "Dover depot operations",
              "Kofi Mendes"), ("WH-01", "Wakefield warehouse", "Hana Novak"), ("FLEET", "Fleet workshop",
              "Marco Reyes"), ("SALES", "Sales and customer service", "Julia Larsen"), ("ADMIN",
              "Finance and administration", "Oscar Pham")]  # fmt: skip
GL_VENDORS = [  # name, type, country, account, centre, typical net
    ("Pennine Fuel Cards Ltd", "fuel", "GB", 5200, "OPS-LDS", 9800), ("Channel Fuel Services", "fuel", "GB", 5200,
    "OPS-DOV", 7400), ("Roadlink Subcontract Haulage", "haulier", "GB", 5100, "OPS-LDS", 6200),
    ("EuroTrans Partners BV", "haulier", "NL", 5100, "OPS-DOV", 8800), ("Kestrel Freight Ltd", "haulier", "GB",
    5100, "OPS-LDS", 3100), ("Eurotunnel Le Shuttle", "tolls", "FR", 5300, "OPS-DOV", 4300),
    ("DFDS Seaways", "tolls", "DK", 5300, "OPS-DOV", 3900), ("Truckserve Commercials", "maintenance", "GB", 6110,
    "FLEET", 2600), ("Northern Trailer Repairs", "maintenance", "GB", 6110, "FLEET", 1400),
    ("Tyrefix UK", "tyres", "GB", 6120, "FLEET", 1800), ("Hauliers Mutual Insurance", "insurance", "GB", 6130,
    "FLEET", 5200), ("Calder Estates", "landlord", "GB", 6310, "ADMIN", 7000), ("Yorkshire Power", "utilities",
    "GB", 6320, "WH-01", 1300), ("Brightline IT Services", "it", "GB", 6400, "ADMIN", 950),
    ("Telecall Business", "it", "GB", 6400, "ADMIN", 420), ("Hargreaves & Webb LLP", "professional", "GB", 6500,
    "ADMIN", 2500), ("Driver CPC Academy", "training", "GB", 6700, "OPS-LDS", 600),
    ("Vectra Telematics", "it", "GB", 6400, "FLEET", 380),
]  # fmt: skip
GL_USERS = ["amartin", "bokafor", "cjensen", "dlee"]


def build_genledger(path: Path) -> None:
    r = random.Random(111004)
    periods = []
    for y in (2023, 2024, 2025):
        for m in range(1, 13):
            periods.append((y * 100 + m, iso(dt.date(y, m, 1)), iso(_month_end(y, m)), y,
                            int(y * 100 + m <= 202504)))  # fmt: skip
    vendors = [(i + 1, v[0], v[1], v[2]) for i, v in enumerate(GL_VENDORS)]
    entries, lines = [], []
    counters: dict[int, int] = {}

    def post(
        d: dt.date,
        source: str,
        desc: str,
        legs: list[tuple[int, str | None, float, float, str | None]],
        vendor: int | None = None,
        status: str = "P",
        reverses: int | None = None,
    ) -> int:
        counters[d.year] = counters.get(d.year, 0) + 1
        eid = len(entries) + 1
        entries.append(
            [
                eid,
                f"JE-{d.year}-{counters[d.year]:05d}",
                iso(d),
                d.year * 100 + d.month,
                source,
                desc,
                vendor,
                reverses,
                r.choice(GL_USERS) if source != "PAY" else "payroll_batch",
                status,
            ]
        )
        for k, (acct, cc, dr, cr, memo) in enumerate(legs):
            lines.append((len(lines) + 1, eid, k + 1, acct, cc, round(dr, 2), round(cr, 2), memo))
        return eid

    post(dt.date(2023, 1, 1), "GL", "Opening balances 2023", [
        (1100, None, 182400.00, 0, None), (1200, None, 96350.00, 0, None), (1500, None, 1240000.00, 0, None),
        (1510, None, 0, 412000.00, None), (2100, None, 0, 58200.00, None), (2400, None, 0, 610000.00, None),
        (3100, None, 0, 100000.00, None), (3200, None, 0, 338550.00, None)])  # fmt: skip
    customers = ["Harrow Foods", "Bramley Retail", "Castleton Paper", "Dunmore Steel", "Elmwood Builders Merchants",
                 "Fenwick Beverages", "Glenrock Chemicals", "Holloway Garden Centres", "Iris Pharma UK",
                 "Juniper Home", "Kirkby Plastics", "Lowther Print"]  # fmt: skip
    cust_w = [min(r.paretovariate(1.1), 12.0) for _ in customers]
    open_ar: list[float] = []
    open_ap: list[tuple[int, float]] = []
    m = dt.date(2023, 1, 1)
    while m <= END:
        y, mo = m.year, m.month
        last = min(_month_end(y, mo), END)
        growth = 1.0 + 0.06 * (y - 2023) + (0.12 if mo in (10, 11, 12) else 0.0) - (0.08 if mo in (1, 8) else 0.0)
        # sales invoices
        for _ in range(r.randint(14, 20)):
            d = day_between(r, m, last)
            cust = r.choices(customers, cust_w)[0]
            acct = r.choices([4100, 4200, 4300], [55, 30, 15])[0]
            cc = {4100: "OPS-LDS", 4200: "OPS-DOV", 4300: "WH-01"}[acct]
            net = round(r.uniform(6000, 26000) * growth, 2)
            vat = 0.0 if acct == 4200 else round(net * 0.2, 2)
            legs = [(1200, None, net + vat, 0, cust), (acct, cc, 0, net, cust)]
            if vat:
                legs.append((2200, None, 0, vat, None))
            post(d, "AR", f"Sales invoice {cust}", legs)
            open_ar.append(net + vat)
        # receipts: settle older invoices
        r.shuffle(open_ar)
        keep = []
        for amt in open_ar:
            if r.random() < 0.72:
                post(day_between(r, m, last), "AR", "Customer receipt", [(1100, None, amt, 0, None),
                                                                          (1200, None, 0, amt, None)])  # fmt: skip
            else:
                keep.append(amt)
        open_ar = keep
        # supplier bills
        for vi, v in enumerate(GL_VENDORS):
            n = {"fuel": 3, "haulier": 2, "tolls": 2, "maintenance": 2, "tyres": 1}.get(v[1], 1)
            if v[1] in ("landlord", "insurance"):
                n = 1
            elif v[1] in ("tyres", "training", "professional") and r.random() < 0.4:
                n = 0
            for _ in range(n):
                d = day_between(r, m, last) if v[1] not in ("landlord", "insurance") else m
                if d > END:
                    continue
                net = round(v[5] * r.uniform(0.6, 1.4) * (growth if v[1] in ("fuel", "haulier") else 1.0), 2)
                if v[1] in ("landlord", "insurance"):
                    net = v[5] * (1.0 + 0.04 * (y - 2023))
                vat = 0.0 if v[1] in ("insurance", "tolls") or v[2] != "GB" else round(net * 0.2, 2)
                legs = [(v[3], v[4], net, 0, None)]
                if vat:
                    legs.append((1600, None, vat, 0, None))
                legs.append((2100, None, 0, net + vat, v[0]))
                post(d, "AP", f"Bill {v[0]}", legs, vendor=vi + 1)
                open_ap.append((vi + 1, net + vat))
        keep2 = []
        for vid, amt in open_ap:
            if r.random() < 0.7:
                post(day_between(r, m, last), "AP", f"Payment {GL_VENDORS[vid - 1][0]}",
                     [(2100, None, amt, 0, None), (1100, None, 0, amt, None)], vendor=vid)  # fmt: skip
            else:
                keep2.append((vid, amt))
        open_ap = keep2
        # payroll on the 28th
        pd = dt.date(y, mo, 28)
        if pd <= END:
            dw = round(r.uniform(68000, 76000) * (1 + 0.05 * (y - 2023)), 2)
            dwd = round(dw * 0.22, 2)
            of = round(r.uniform(21000, 23000) * (1 + 0.04 * (y - 2023)), 2)
            ni = round((dw + of) * 0.14, 2)
            paye = round((dw + of) * 0.2 + ni, 2)
            post(pd, "PAY", f"Payroll {pd.strftime('%B %Y')}", [
                (6210, "OPS-LDS", dw - dwd, 0, None), (6210, "OPS-DOV", dwd, 0, None), (6220, "ADMIN", of * 0.6, 0,
                 None), (6220, "SALES", of * 0.4, 0, None), (6230, "ADMIN", ni, 0, None),
                (2300, None, 0, paye, None), (1100, None, 0, round(dw + of + ni - paye, 2), None)])  # fmt: skip
            post(pd + dt.timedelta(days=1) if mo != 12 else pd, "GL", "HMRC PAYE and NI payment",
                 [(2300, None, paye, 0, None), (1100, None, 0, paye, None)])  # fmt: skip
        # month-end depreciation and bank charges
        me = _month_end(y, mo)
        if me <= END:
            post(me, "FA", f"Depreciation {me.strftime('%B %Y')}", [(6140, "FLEET", 10333.33, 0, None),
                                                                    (1510, None, 0, 10333.33, None)])  # fmt: skip
            bc = round(r.uniform(85, 240), 2)
            post(me, "GL", "Bank charges", [(6600, "ADMIN", bc, 0, None), (1100, None, 0, bc, None)])
        if mo in (3, 9) and dt.date(y, mo, 15) <= END:
            lic = round(r.uniform(5200, 6100), 2)
            post(dt.date(y, mo, 15), "GL", "Vehicle excise duty", [(6150, "FLEET", lic, 0, None),
                                                                  (1100, None, 0, lic, None)])  # fmt: skip
        m = dt.date(y + (mo == 12), mo % 12 + 1, 1)
    # a few mistakes reversed
    bills = [e for e in entries if e[4] == "AP" and e[5].startswith("Bill")]
    for e in r.sample(bills, 6):
        d = dt.date.fromisoformat(e[2]) + dt.timedelta(days=r.randint(2, 9))
        if d > END:
            continue
        legs = [(ln[3], ln[4], ln[6], ln[5], "reversal") for ln in lines if ln[1] == e[0]]
        post(d, "GL", f"Reversal of {e[1]}", legs, vendor=e[6], reverses=e[0])
    # drafts not yet posted this month
    for desc, acct, cc, amt in [
        ("Accrual: June fuel", 5200, "OPS-LDS", 8200.0),
        ("Accrual: June subcontract", 5100, "OPS-DOV", 5400.0),
        ("Prepaid insurance adjustment", 6130, "FLEET", 1250.0),
    ]:
        post(dt.date(2025, 6, 14), "GL", desc, [(acct, cc, amt, 0, None), (2100 if acct != 6130 else 1300, None,
             0, amt, None)], status="D")  # fmt: skip
    entries.sort(key=lambda e: (e[2], e[0]))
    remap = {e[0]: i + 1 for i, e in enumerate(entries)}
    seq: dict[str, int] = {}
    number = {}
    for e in entries:  # entry numbers run in date order within each year
        seq[e[2][:4]] = seq.get(e[2][:4], 0) + 1
        number[e[0]] = f"JE-{e[2][:4]}-{seq[e[2][:4]]:05d}"
    entries = [(remap[e[0]], number[e[0]], e[2], e[3], e[4],
                f"Reversal of {number[e[7]]}" if e[7] else e[5], e[6], remap[e[7]] if e[7] else None, *e[8:])
               for e in entries]  # fmt: skip
    entries.sort(key=lambda e: e[0])
    lines = sorted(((0, remap[ln[1]], *ln[2:]) for ln in lines), key=lambda x: (x[1], x[2]))
    lines = [(i + 1, *ln[1:]) for i, ln in enumerate(lines)]
    budget = []
    plan = [(5200, "OPS-LDS", 30000), (5200, "OPS-DOV", 22000), (5100, "OPS-LDS", 12500), (5100, "OPS-DOV", 17500),
            (5300, "OPS-DOV", 15500), (6110, "FLEET", 6800), (6120, "FLEET", 1200), (6130, "FLEET", 5408),
            (6140, "FLEET", 10333.33), (6210, "OPS-LDS", 60000), (6210, "OPS-DOV", 16500),
            (6220, "ADMIN", 14000), (6220, "SALES", 9300), (6310, "ADMIN", 7280), (6320, "WH-01", 1300),
            (6400, "ADMIN", 1400), (6400, "FLEET", 400), (6500, "ADMIN", 1600)]  # fmt: skip
    for mo in range(1, 13):
        for acct, cc, amt in plan:
            budget.append((len(budget) + 1, 202500 + mo, acct, cc, round(amt * r.uniform(0.97, 1.05), -1)))
    write_tables(path, LEDGER_DDL, [("gl_account", GL_ACCOUNTS), ("cost_center", GL_CENTERS),
                                    ("fiscal_period", periods), ("vendor", vendors), ("journal_entry", entries),
                                    ("journal_line", lines), ("budget", budget)])  # fmt: skip


# ----------------------------------------------------------------------------------------------------------------
# whsnapshot: a third-party logistics provider's warehouses, stock as month-end snapshots
# ----------------------------------------------------------------------------------------------------------------

SNAP_DDL = """
CREATE TABLE warehouse (
    warehouse_id INTEGER PRIMARY KEY,
    warehouse_code TEXT NOT NULL UNIQUE,
    warehouse_name TEXT NOT NULL,
    city TEXT NOT NULL,
    country_cd TEXT NOT NULL,
    capacity_pallets INTEGER NOT NULL,
    opened_on TEXT NOT NULL
);
CREATE TABLE client (
    client_id INTEGER PRIMARY KEY,
    client_name TEXT NOT NULL,
    industry TEXT NOT NULL,
    contract_start TEXT NOT NULL,
    contract_end TEXT
);
CREATE TABLE item (
    item_id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    client_id INTEGER NOT NULL REFERENCES client(client_id),
    unit_weight_kg REAL NOT NULL,
    unit_value_eur REAL NOT NULL,
    units_per_pallet INTEGER NOT NULL,
    is_hazmat INTEGER NOT NULL,
    is_discontinued INTEGER NOT NULL
);
CREATE TABLE inventory_snapshot (
    snapshot_date TEXT NOT NULL,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(warehouse_id),
    item_id INTEGER NOT NULL REFERENCES item(item_id),
    on_hand_qty INTEGER NOT NULL,
    allocated_qty INTEGER NOT NULL,
    damaged_qty INTEGER NOT NULL,
    pallet_positions INTEGER NOT NULL,
    stock_value_eur REAL NOT NULL,
    days_since_last_move INTEGER,
    PRIMARY KEY (snapshot_date, warehouse_id, item_id)
);
CREATE TABLE inbound_receipt (
    receipt_id INTEGER PRIMARY KEY,
    asn_no TEXT NOT NULL,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(warehouse_id),
    item_id INTEGER NOT NULL REFERENCES item(item_id),
    received_on TEXT NOT NULL,
    qty_expected INTEGER NOT NULL,
    qty_received INTEGER NOT NULL,
    carrier TEXT NOT NULL
);
CREATE TABLE cycle_count (
    count_id INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouse(warehouse_id),
    item_id INTEGER NOT NULL REFERENCES item(item_id),
    count_date TEXT NOT NULL,
    system_qty INTEGER NOT NULL,
    counted_qty INTEGER NOT NULL,
    counted_by TEXT NOT NULL
);
"""

SNAP_WAREHOUSES = [(1, "RTM1", "Rotterdam Maasvlakte", "Rotterdam", "NL", 1200, "2011-03-01"),
                   (2, "VNO1", "Venlo Greenport", "Venlo", "NL", 900, "2015-06-15"),
                   (3, "DUS1", "Duisburg Logport", "Duisburg", "DE", 600, "2013-09-01"),
                   (4, "ANR1", "Antwerp Noord", "Antwerp", "BE", 500, "2018-02-01"),
                   (5, "LIL1", "Lille Lesquin", "Lille", "FR", 300, "2024-09-02")]  # fmt: skip
SNAP_CLIENTS = [  # name, industry, contract start, end, hazmat share, items (name, kg per unit, EUR per unit)
    ("Auralis Audio", "Consumer electronics", "2019-04-01", None, 0.0, [("Wireless earbuds", 0.15, 89.0),
     ("Soundbar 2.1", 5.2, 249.0), ("Bluetooth speaker", 0.9, 59.0), ("Studio headphones", 0.45, 139.0),
     ("Smart speaker mini", 0.35, 45.0)]),
    ("Brisa Beverages", "Beverages", "2017-01-01", None, 0.0, [("Sparkling water 24x0.5L", 12.6, 7.2),
     ("Cola 24x0.33L", 8.9, 11.5), ("Iced tea 12x1L", 12.9, 9.8), ("Energy drink 24x0.25L", 6.8, 21.0),
     ("Orange juice 6x1L", 6.4, 8.9)]),
    ("Castello Home", "Home and garden", "2020-08-01", None, 0.0, [("Garden hose 25m", 2.4, 24.0),
     ("Ceramic planter L", 7.5, 32.0), ("Outdoor cushion set", 3.1, 45.0), ("Solar lantern", 0.6, 14.0),
     ("BBQ cover", 0.9, 19.0), ("Folding chair", 4.2, 29.0)]),
    ("Dyneo Pharma", "Pharma", "2021-05-01", None, 0.3, [("Hand sanitiser 500ml (12)", 6.5, 28.0),
     ("Vitamin D tablets (24)", 1.8, 64.0), ("Saline solution 1L (10)", 10.8, 39.0),
     ("Nitrile gloves M (1000)", 5.6, 48.0)]),
    ("Estrella Apparel", "Apparel", "2018-03-01", None, 0.0, [("Running tee", 0.18, 19.0), ("Fleece jacket",
     0.55, 49.0), ("Rain shell", 0.4, 69.0), ("Hiking socks 3-pack", 0.2, 14.0), ("Base layer top", 0.22, 29.0)]),
    ("Fahrwerk Parts", "Automotive parts", "2016-11-01", None, 0.25, [("Brake pad set", 2.3, 38.0),
     ("Oil filter", 0.4, 9.5), ("Wiper blade 600mm", 0.3, 12.0), ("Car battery 70Ah", 17.8, 115.0),
     ("Spark plug set", 0.25, 22.0), ("Engine oil 5W30 5L", 4.6, 31.0)]),
    ("Gloria Cosmetics", "Cosmetics", "2022-02-01", None, 0.5, [("Perfume 50ml", 0.3, 58.0),
     ("Nail polish remover 200ml", 0.25, 4.5), ("Hair spray 300ml", 0.35, 6.9), ("Face cream 50ml", 0.12, 24.0)]),
    ("Hoekstra Toys", "Toys", "2019-09-01", "2024-12-31", 0.0, [("Wooden train set", 2.8, 49.0),
     ("Puzzle 1000pc", 0.7, 15.0), ("Building blocks 500pc", 1.9, 35.0), ("Plush bear", 0.4, 18.0)]),
    ("Ionic Power", "Batteries", "2023-04-01", None, 0.9, [("Lithium battery pack 20Ah", 2.9, 189.0),
     ("AA alkaline 48-pack", 1.2, 16.0), ("Power bank 10000mAh", 0.25, 24.0), ("E-bike battery 500Wh", 3.2,
     449.0)]),
    ("Jansen Office", "Office supplies", "2015-05-01", None, 0.0, [("Copy paper A4 box", 12.5, 21.0),
     ("Toner cartridge black", 0.9, 78.0), ("Lever arch file (10)", 3.4, 17.0), ("Desk lamp LED", 1.1, 34.0)]),
]  # fmt: skip
SNAP_CARRIERS = ["Van den Bosch", "DSV Road", "Girteka", "Jan de Rijk", "Dachser", "Raben"]
SNAP_COUNTERS = ["Pieter de Vries", "Anke Jansen", "Lukas Becker", "Sofie Peeters", "Emma Dubois", "Tom Bakker"]


def build_whsnapshot(path: Path) -> None:
    r = random.Random(111005)
    clients = [(i + 1, c[0], c[1], c[2], c[3]) for i, c in enumerate(SNAP_CLIENTS)]
    items = []
    variants = {"": (1.0, 1.0), " - black": (1.0, 1.0), " - white": (1.0, 1.0), " XL": (1.25, 1.15),
                " v2": (0.95, 1.1), " - blue": (1.0, 1.0), " 2-pack": (2.0, 1.85)}  # fmt: skip
    for ci, c in enumerate(SNAP_CLIENTS):
        for stem, kg, eur in c[5]:
            names = (
                list(variants)
                if c[1] in ("Consumer electronics", "Apparel", "Home and garden")
                else ["", " XL", " v2", " 2-pack"]
            )
            for v in r.sample(names, r.randint(1, 3)):
                w = round(kg * variants[v][0], 2)
                items.append([len(items) + 1, f"{c[0][:3].upper()}-{r.randint(10000, 99999)}", stem + v, ci + 1, w,
                              round(eur * variants[v][1], 2), max(4, int(600 / max(w, 0.5)) // 4 * 4),
                              int(r.random() < c[4]), 0])  # fmt: skip
    for it in r.sample([i for i in items if i[3] != 8], 7):
        it[8] = 1
    for it in items:
        if it[3] == 8:
            it[8] = 1
    month_ends = [_month_end(2024, m) for m in range(1, 13)] + [_month_end(2025, m) for m in range(1, 6)]
    snaps, receipts, counts = [], [], []
    for it in items:
        whs = r.sample([1, 2, 3, 4], r.choices([1, 2, 3], [50, 35, 15])[0])
        if r.random() < 0.3:
            whs.append(5)
        scale = r.choice([60, 150, 400, 1200, 3000]) if it[5] < 100 else r.choice([20, 60, 150, 400])
        for wh in whs:
            qty = int(scale * r.uniform(0.5, 1.5))
            p_in, p_out = (0.15, 0.2) if r.random() < 0.15 else (0.6, 0.9)  # a slow mover here, or not
            idle = r.randint(0, 20)
            stop = None
            if it[8]:
                stop = r.randrange(6, len(month_ends) + 3)
            if it[3] == 8:
                stop = 12  # Hoekstra Toys left at the end of 2024
            for k, me in enumerate(month_ends):
                if wh == 5 and me < dt.date(2024, 9, 30):
                    continue
                received = shipped = 0
                if stop is not None and k >= stop:
                    if k > stop + 1:
                        break
                    shipped, qty = qty, 0
                if stop is None or k < stop - 1:
                    if r.random() < p_in:
                        received = int(scale * r.uniform(0.2, 0.9) * (0.5 if p_in < 0.5 else 1.0))
                        exp = received if r.random() < 0.85 else received + r.randint(1, max(2, received // 10))
                        rd = day_between(r, me.replace(day=1), me)
                        receipts.append([f"ASN{rd.strftime('%y%m')}{r.randint(1000, 9999)}", wh, it[0], iso(rd),
                                         exp, received, r.choice(SNAP_CARRIERS)])  # fmt: skip
                    if r.random() < p_out:
                        shipped = min(qty + received, int(scale * r.uniform(0.05, 0.6) * (0.3 if p_in < 0.5
                                                                                          else 1.0)))  # fmt: skip
                    qty = max(0, qty + received - shipped)
                idle = r.randint(0, 27) if received or shipped else idle + me.day
                alloc = int(qty * r.uniform(0, 0.4)) if qty else 0
                dmg = r.choice([0, 0, 0, 0, 0, 1, 2, 3]) if qty > 10 else 0
                pallets = -(-qty // it[6]) if qty else 0
                snaps.append((iso(me), wh, it[0], qty, alloc, dmg, pallets, round(qty * it[5], 2),
                              None if qty == 0 and k == 0 else idle))  # fmt: skip
            for _ in range(r.choice([0, 1, 1, 2, 3])):
                cd = day_between(r, dt.date(2024, 2, 1), END)
                sysq = r.randint(0, scale * 2)
                diff = 0 if r.random() < 0.6 else r.choice([-1, -1, -2, -3, -5, -10, 1, 2, 4])
                counts.append([wh, it[0], iso(cd), sysq, max(0, sysq + diff), r.choice(SNAP_COUNTERS)])
    receipts.sort(key=lambda x: (x[3], x[1], x[2]))
    receipts = [(i + 1, *x) for i, x in enumerate(receipts)]
    counts.sort(key=lambda x: (x[2], x[0], x[1]))
    counts = [(i + 1, *x) for i, x in enumerate(counts)]
    snaps.sort(key=lambda x: (x[0], x[1], x[2]))
    write_tables(path, SNAP_DDL, [("warehouse", SNAP_WAREHOUSES), ("client", clients), ("item", items),
                                  ("inventory_snapshot", snaps), ("inbound_receipt", receipts),
                                  ("cycle_count", counts)])  # fmt: skip


# ----------------------------------------------------------------------------------------------------------------
# linehaul: an Alpine road-freight operator's trips, loads and fuel, plainly named
# ----------------------------------------------------------------------------------------------------------------

HAUL_DDL = """
CREATE TABLE terminal (
    terminal_id INTEGER PRIMARY KEY,
    terminal_name TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE TABLE driver (
    driver_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    home_terminal_id INTEGER NOT NULL REFERENCES terminal(terminal_id),
    hired_on TEXT NOT NULL,
    left_on TEXT,
    adr_certified INTEGER NOT NULL
);
CREATE TABLE tractor (
    tractor_id INTEGER PRIMARY KEY,
    plate TEXT NOT NULL UNIQUE,
    make TEXT NOT NULL,
    model_year INTEGER NOT NULL,
    fuel_type TEXT NOT NULL,
    odometer_km INTEGER NOT NULL
);
CREATE TABLE shipper (
    shipper_id INTEGER PRIMARY KEY,
    shipper_name TEXT NOT NULL,
    industry TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE TABLE trip (
    trip_id INTEGER PRIMARY KEY,
    tractor_id INTEGER NOT NULL REFERENCES tractor(tractor_id),
    driver_id INTEGER NOT NULL REFERENCES driver(driver_id),
    origin_terminal_id INTEGER NOT NULL REFERENCES terminal(terminal_id),
    dest_terminal_id INTEGER NOT NULL REFERENCES terminal(terminal_id),
    departed_at TEXT NOT NULL,
    arrived_at TEXT,
    distance_km INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE consignment (
    consignment_id INTEGER PRIMARY KEY,
    trip_id INTEGER REFERENCES trip(trip_id),
    shipper_id INTEGER NOT NULL REFERENCES shipper(shipper_id),
    booked_on TEXT NOT NULL,
    weight_kg INTEGER NOT NULL,
    pallets INTEGER NOT NULL,
    freight_charge_eur REAL NOT NULL,
    is_dangerous_goods INTEGER NOT NULL
);
CREATE TABLE fuel_purchase (
    purchase_id INTEGER PRIMARY KEY,
    tractor_id INTEGER NOT NULL REFERENCES tractor(tractor_id),
    trip_id INTEGER REFERENCES trip(trip_id),
    purchased_at TEXT NOT NULL,
    station_country TEXT NOT NULL,
    quantity REAL NOT NULL,
    unit TEXT NOT NULL,
    cost_eur REAL NOT NULL
);
"""

HAUL_TERMINALS = [(1, "Milano Segrate", "Milan", "IT"), (2, "Verona Quadrante Europa", "Verona", "IT"),
                  (3, "Munich Riem", "Munich", "DE"), (4, "Stuttgart Kornwestheim", "Stuttgart", "DE"),
                  (5, "Zurich Limmattal", "Zurich", "CH"), (6, "Vienna Inzersdorf", "Vienna", "AT"),
                  (7, "Lyon Saint-Priest", "Lyon", "FR"), (8, "Ljubljana Moste", "Ljubljana", "SI")]  # fmt: skip
HAUL_KM = {(1, 2): 160, (1, 3): 490, (1, 4): 450, (1, 5): 280, (1, 6): 870, (1, 7): 440, (1, 8): 520,
           (2, 3): 420, (2, 4): 560, (2, 5): 430, (2, 6): 620, (2, 7): 600, (2, 8): 360, (3, 4): 230,
           (3, 5): 310, (3, 6): 435, (3, 7): 740, (3, 8): 410, (4, 5): 220, (4, 6): 650, (4, 7): 610,
           (4, 8): 640, (5, 6): 750, (5, 7): 450, (5, 8): 700, (6, 7): 1180, (6, 8): 380, (7, 8): 960}  # fmt: skip
HAUL_LANE_W = {(1, 3): 14, (1, 5): 10, (2, 3): 12, (3, 6): 8, (1, 7): 7, (3, 4): 9, (2, 8): 5, (4, 5): 6}
HAUL_SHIPPERS = [
    ("Alpenmilch eG", "Food", "DE"), ("Barilotto Pasta SpA", "Food", "IT"), ("Carrozzeria Rossi", "Automotive",
    "IT"), ("Donau Chemie AG", "Chemicals", "AT"), ("Edelweiss Pharma AG", "Pharma", "CH"),
    ("Fabbrica Tessile Lario", "Textiles", "IT"), ("Gebr. Huber Maschinenbau", "Machinery", "DE"),
    ("Helvetia Uhren SA", "Consumer goods", "CH"), ("Isola Ceramiche", "Building materials", "IT"),
    ("Jura Papier AG", "Paper", "CH"), ("Krainer Holz d.o.o.", "Timber", "SI"), ("Lombarda Vini", "Beverages",
    "IT"), ("Moser Kunststoff GmbH", "Plastics", "AT"), ("Nordbayern Stahl", "Metals", "DE"),
    ("Olimpia Elettrodomestici", "Appliances", "IT"), ("Pivka Perutnina", "Food", "SI"),
    ("Quarzwerke Süd", "Building materials", "DE"), ("Rhône Cosmétiques", "Consumer goods", "FR"),
    ("Sonnberg Brauerei", "Beverages", "AT"), ("Tessiner Bau AG", "Building materials", "CH"),
    ("Unterland Obst", "Food", "IT"), ("Vorarlberger Textil", "Textiles", "AT"), ("Würth-Kern Schrauben", "Metals",
    "DE"), ("Zanetti Automotive", "Automotive", "IT"), ("Lyonnaise de Chimie", "Chemicals", "FR"),
    ("Savoie Fromages", "Food", "FR"), ("Stuttgarter Federn", "Automotive", "DE"),
    ("Ljubljana Pharma d.d.", "Pharma", "SI"), ("Wiener Möbelwerk", "Furniture", "AT"),
    ("Brenner Logistik Service", "Logistics", "AT"), ("Adriatic Olive Oil d.o.o.", "Food", "SI"),
]  # fmt: skip
HAUL_CHURNED = {
    "Fabbrica Tessile Lario": "2024-11-30",
    "Savoie Fromages": "2025-02-15",
    "Wiener Möbelwerk": "2025-01-10",
}  # no bookings after these days
HAUL_PRICE = {"diesel": 1.62, "LNG": 1.35}


def build_linehaul(path: Path) -> None:
    r = random.Random(111006)
    drivers = []
    for i, nm in enumerate(full_names(r, 46)):
        first, last = nm.split(" ")
        hired = day_between(r, dt.date(2008, 1, 1), dt.date(2025, 3, 1))
        left = (
            day_between(r, dt.date(2024, 2, 1), dt.date(2025, 5, 31))
            if r.random() < 0.12 and hired < dt.date(2023, 6, 1)
            else None
        )
        drivers.append((i + 1, first, last, r.choices(range(1, 9), [10, 7, 9, 5, 5, 4, 3, 3])[0], iso(hired),
                        iso(left), int(r.random() < 0.35)))  # fmt: skip
    tractors = []
    makes = ["Volvo", "Scania", "DAF", "MAN", "Mercedes-Benz", "Iveco"]
    for i in range(32):
        fuel = r.choices(["diesel", "LNG", "electric"], [72, 20, 8])[0]
        year = r.randint(2016, 2025) if fuel == "diesel" else r.randint(2021, 2025)
        plate = (
            f"{r.choice(['MI', 'VR', 'BZ', 'TN'])} {r.randint(100, 999)} {r.choice('ABCDEFGHKLMNPRSTVZ')}"
            f"{r.choice('ABCDEFGHKLMNPRSTVZ')}"
        )
        tractors.append([i + 1, plate, r.choices(makes, [25, 22, 15, 14, 14, 10])[0] if fuel != "LNG" else
                         r.choice(["Iveco", "Iveco", "Volvo", "Scania"]), year, fuel, 0])  # fmt: skip
    shippers = [(i + 1, *s) for i, s in enumerate(HAUL_SHIPPERS)]
    ship_w = [r.paretovariate(1.0) if s[1] != "Adriatic Olive Oil d.o.o." else 0.0 for s in shippers]

    def pick_shipper(day: dt.date) -> tuple:
        while True:
            sh = r.choices(shippers, ship_w)[0]
            if HAUL_CHURNED.get(sh[1], "9999") >= iso(day):
                return sh

    lanes = list(HAUL_KM)
    lane_w = [HAUL_LANE_W.get(ln, 1.5) for ln in lanes]
    trips, cons, fuels = [], [], []
    busy: dict[int, dt.datetime] = {}
    dbusy: dict[int, dt.datetime] = {}
    t0 = dt.datetime(2024, 1, 2, 4, 0)
    now = dt.datetime(2025, 6, 14, 23, 59)
    clock = t0
    while clock < now:
        clock += dt.timedelta(minutes=r.randint(60, 300))
        if clock.weekday() == 6 or clock >= now:
            continue
        lane = r.choices(lanes, lane_w)[0]
        a, b = lane if r.random() < 0.5 else lane[::-1]
        km = HAUL_KM[lane] + r.randint(-15, 40)
        free_t = [t for t in tractors if busy.get(t[0], t0) <= clock and (t[4] != "electric" or km <= 420)]
        free_d = [d for d in drivers if dbusy.get(d[0], t0) <= clock and d[4] <= iso(clock.date())
                  and (d[5] is None or d[5] > iso(clock.date()))]  # fmt: skip
        if not free_t or not free_d:
            continue
        t = r.choice(free_t)
        home = [d for d in free_d if d[3] == a]
        d = r.choice(home if home and r.random() < 0.7 else free_d)
        hours = km / r.uniform(58, 72) + r.uniform(0.5, 3.0) + (4.5 if km > 560 else 0) + (9 if km > 900 else 0)
        arr = clock + dt.timedelta(hours=hours)
        status = "completed"
        if r.random() < 0.025:
            status, arr_s = "cancelled", None
        elif arr > now:
            status, arr_s = "in_transit", None
        else:
            arr_s = arr.strftime("%Y-%m-%d %H:%M")
        tid = len(trips) + 1
        trips.append((tid, t[0], d[0], a, b, clock.strftime("%Y-%m-%d %H:%M"), arr_s, km, status))
        if status != "cancelled":
            busy[t[0]] = arr + dt.timedelta(hours=r.uniform(1, 10))
            dbusy[d[0]] = arr + dt.timedelta(hours=r.uniform(11, 30))
            t[5] += km
            if t[4] != "electric":
                used = km * (0.31 if t[4] == "diesel" else 0.27) * r.uniform(0.9, 1.12)
                nstops = 1 if km < 500 else 2
                for k in range(nstops if r.random() < 0.8 else nstops - 1):
                    at = clock + dt.timedelta(hours=hours * (k + 0.5) / nstops)
                    if at > now:
                        continue
                    q = round(used / nstops * r.uniform(0.8, 1.3), 1)
                    country = dict((x[0], x[3]) for x in HAUL_TERMINALS)[a if k == 0 else b]
                    price = HAUL_PRICE[t[4]] * {"CH": 1.18, "IT": 1.05, "SI": 0.92, "AT": 0.97}.get(country, 1.0)
                    fuels.append(
                        [
                            t[0],
                            tid,
                            at.strftime("%Y-%m-%d %H:%M"),
                            country,
                            q,
                            "L" if t[4] == "diesel" else "kg",
                            round(q * price * r.uniform(0.97, 1.03), 2),
                        ]
                    )
        nload = r.choices([1, 2, 3, 4, 5], [30, 30, 20, 12, 8])[0]
        left_kg = 24000
        left_pal = 33
        for _ in range(nload):
            if left_pal < 1:
                break
            pal = r.randint(1, min(left_pal, 26 if nload == 1 else 14))
            kg = min(left_kg, int(pal * r.uniform(180, 900)))
            if kg < 50:
                break
            left_pal -= pal
            left_kg -= kg
            booked = clock.date() - dt.timedelta(days=r.randint(0, 10))
            sh = pick_shipper(booked)
            dg = int(sh[2] in ("Chemicals", "Pharma") and r.random() < 0.5 and d[6] == 1)
            charge = round((90 + km * (0.9 + pal * 0.055) + kg * 0.004) * r.uniform(0.9, 1.15), 2)
            cons.append([tid if status != "cancelled" else None, sh[0], iso(booked), kg, pal, charge, dg])
    # loads booked but not yet on a trip
    for _ in range(23):
        booked = day_between(r, dt.date(2025, 6, 5), END)
        sh = pick_shipper(booked)
        pal = r.randint(1, 20)
        cons.append([None, sh[0], iso(booked), int(pal * r.uniform(200, 800)), pal,
                     round(r.uniform(400, 1600), 2), 0])  # fmt: skip
    cons.sort(key=lambda c: (c[2], c[0] or 0))
    cons = [(i + 1, *c) for i, c in enumerate(cons)]
    fuels.sort(key=lambda f: f[2])
    fuels = [(i + 1, *f) for i, f in enumerate(fuels)]
    for t in tractors:
        t[5] = t[5] + r.randint(40000, 700000) if t[3] < 2024 else t[5] + r.randint(500, 20000)
    write_tables(path, HAUL_DDL, [("terminal", HAUL_TERMINALS), ("driver", drivers), ("tractor", tractors),
                                  ("shipper", shippers), ("trip", trips), ("consignment", cons),
                                  ("fuel_purchase", fuels)])  # fmt: skip


BUILDERS = {
    "fashiondw": build_fashiondw,
    "cardissuer": build_cardissuer,
    "erpsales": build_erpsales,
    "genledger": build_genledger,
    "whsnapshot": build_whsnapshot,
    "linehaul": build_linehaul,
}
