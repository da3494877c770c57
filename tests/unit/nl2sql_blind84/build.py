"""Six retail, e-commerce and media databases for the eighty-fourth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing in any database happens after 2025-06-14.

- ``vinylshop`` (SCREAMING_SNAKE, Oracle-style short prefixes; self-referencing ``STAFF.STF_MGR_ID``): a chain of
  second-hand and new record shops in the UK, prices in pounds (REAL). ``ARTIST`` (``ART_NM``, ``ART_CNTRY``
  country, ``ART_FORM_YR`` year formed), ``RECORD`` (a catalogue title: ``REC_TTL``, ``REC_GENRE``, ``REC_FMT``
  'LP' / '7IN' / '12IN' / 'CD', ``REC_REL_YR`` release year, ``REC_PRC`` shelf price in pounds, ``REC_STK_QTY``
  copies in stock, ``REC_USED_FLG`` 'Y' second-hand / 'N' new), ``STAFF`` (``STF_NM``, ``STF_BRNCH`` branch,
  ``STF_MGR_ID`` the manager they report to, NULL for the owner, ``STF_HIRE_DT``, ``STF_END_DT`` NULL while still
  employed), ``CUSTOMER`` (``CUST_NM``, ``CUST_CITY``, ``CUST_EMAIL`` NULL when not given, ``CUST_JOIN_DT``,
  ``CUST_VIP_FLG`` 'Y'/'N'), ``SALE`` (a till or web transaction: ``CUST_ID`` NULL for anonymous walk-in buyers,
  ``STF_ID``, ``SALE_DT``, ``SALE_CHNL`` 'STORE' / 'ONLINE', ``SALE_PMT`` 'CARD' / 'CASH') and ``SALE_LN`` (lines:
  ``LN_QTY``, ``LN_UNIT_PRC`` pounds per copy).
- ``flashsale`` (camelCase; money as integer euro cents with ``Cents`` in the column name; the link table
  ``campaignProduct`` joins campaigns and products): a members-only flash-sale web shop. ``member`` (``fullName``,
  ``email`` NULL when missing, ``countryCode`` ISO 2-letter, ``signedUpAt`` 'YYYY-MM-DD HH:MM:SS', ``isPremium``
  0/1), ``brand`` (``brandName``, ``originCountry``), ``product`` (``productName``, ``category``,
  ``listPriceCents``), ``campaign`` (a sale event: ``campaignName``, ``startsAt``, ``endsAt`` dates,
  ``discountPercent``), ``campaignProduct`` (``salePriceCents`` the price during that campaign, ``stockLimit``),
  ``purchase`` (``memberId``, ``campaignId``, ``purchasedAt``, ``status`` 'paid' / 'refunded' / 'cancelled',
  ``shippingCents``) and ``purchaseLine`` (``quantity``, ``unitPriceCents``).
- ``muebleria`` (Spanish table names, column names and values; self-referencing ``vendedor.id_jefe``): a Spanish
  furniture retailer, money in euros (REAL). ``cliente`` (``nombre`` full name, ``ciudad``, ``telefono`` NULL when
  unknown, ``fecha_alta`` sign-up date), ``vendedor`` (salespeople: ``nombre``, ``tienda`` shop, ``id_jefe`` the boss
  they report to, NULL for the director, ``fecha_contratacion`` hire date), ``mueble`` (furniture items: ``nombre``,
  ``categoria`` 'sofá' / 'mesa' / 'silla' / 'cama' / 'armario' / 'estantería', ``material`` 'roble' oak / 'pino'
  pine / 'nogal' walnut / 'haya' beech / 'metal', ``precio``, ``stock`` units, ``descatalogado`` 1 = discontinued),
  ``pedido`` (orders: ``fecha_pedido``, ``estado`` 'pendiente' pending / 'enviado' shipped / 'entregado' delivered /
  'cancelado' cancelled, ``importe_total`` euros = sum of the lines, ``forma_pago`` 'tarjeta' card / 'transferencia'
  bank transfer / 'financiado' financed), ``linea_pedido`` (``cantidad``, ``precio_unitario``) and ``entrega``
  (deliveries of shipped or delivered orders: ``transportista`` carrier, ``fecha_prevista`` planned date,
  ``fecha_entrega`` NULL until delivered, ``incidencia`` NULL unless something went wrong).
- ``streamtv`` (snake_case, statuses as lowercase hyphenated words, soft-deleted accounts ``is_deleted`` 1, archived
  titles ``is_archived`` 1; ``watchlist`` is a link table): a video streaming service. ``studio`` (``studio_name``,
  ``country``), ``title`` (``title_name``, ``title_type`` 'movie' / 'series', ``genre``, ``release_year``,
  ``runtime_minutes`` (per episode for series), ``studio_id``, ``is_archived``), ``subscriber`` (``full_name``,
  ``country``, ``plan`` 'basic' / 'standard' / 'premium', ``signup_date``, ``account_status`` 'active' / 'on-hold' /
  'past-due' / 'cancelled', ``is_deleted`` 1 only for some cancelled accounts), ``viewing_session``
  (``started_at``, ``minutes_watched``, ``device`` 'smart-tv' / 'mobile' / 'web' / 'set-top-box',
  ``playback_status`` 'completed' / 'in-progress' / 'abandoned'), ``watchlist`` (``added_on``) and
  ``support_ticket`` (``opened_on``, ``closed_on`` NULL unless resolved, ``category`` 'billing' / 'playback-error' /
  'account-access' / 'content-request', ``ticket_status`` 'open' / 'in-progress' / 'on-hold' / 'resolved').
- ``magsubs`` (snake_case, money as integer pence in ``*_pence`` columns, ``is_archived`` flags; self-referencing
  ``reader.referred_by``): a magazine subscription house. ``magazine`` (``title``, ``publisher``, ``frequency``
  'weekly' / 'monthly' / 'quarterly', ``cover_price_pence``, ``launched_on``, ``is_archived`` 1 = no longer
  published), ``reader`` (``first_name``, ``last_name``, ``town``, ``email`` NULL when not given, ``joined_on``,
  ``referred_by`` the reader who recommended them, NULL if none), ``subscription`` (``start_date``, ``end_date``
  NULL while running, ``price_paid_pence`` yearly price, ``auto_renew`` 0/1), ``issue`` (``issue_number``,
  ``cover_date``, ``print_run`` copies, ``pages``) and ``delivery_complaint`` (``reported_on``, ``reason``
  'missing' / 'damaged' / 'late', ``refund_pence`` NULL when nothing was refunded).
- ``newsroom`` (camelCase; article ``status`` as lowercase hyphenated words 'draft' / 'in-review' / 'on-hold' /
  'published' / 'spiked'; self-referencing ``journalist.editorId``; ``articleAuthor`` is a link table): a news
  site. ``journalist`` (``fullName``, ``desk``, ``editorId`` the editor they report to, NULL for the editor-in-chief,
  ``hiredOn``, ``leftOn`` NULL while still on staff, ``isFreelance`` 0/1), ``article`` (``headline``, ``section``,
  ``filedAt`` date the copy was filed, ``publishedAt`` NULL unless published, ``wordCount``, ``isPaywalled`` 0/1),
  ``articleAuthor`` (``role`` 'lead' / 'contributor'), ``articleStats`` (one row per published article:
  ``pageViews``, ``avgReadSeconds``, ``shares``) and ``correction`` (``issuedAt``, ``severity`` 'minor' / 'major' /
  'retraction', ``reportedBy`` 'reader' / 'subject' / 'staff').
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN, day_between, done, fresh_db, full_names, insert

D = dt.date
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---------------------------------------------------------------------------------------------------- vinylshop
BANDS = [
    ("The Velvet Harbour", "UK"), ("Midnight Orchard", "USA"), ("Kobalt Sky", "Sweden"), ("Lena Marsh", "UK"),
    ("Paper Lanterns", "Japan"), ("Ottoline", "France"), ("Static Rivers", "USA"), ("The Glass Foxes", "Ireland"),
    ("Northbound Choir", "Sweden"), ("Dusty Spindle", "USA"), ("Femi Adebayo Quartet", "Nigeria"),
    ("Neon Tramlines", "Germany"), ("Harriet Vale", "UK"), ("Blue Lantern Trio", "USA"), ("Kraftwald", "Germany"),
    ("Sable & Rust", "UK"), ("The Copper Saints", "Ireland"), ("Yumi Sato", "Japan"), ("Boreal", "Sweden"),
    ("Cassette Moon", "France"), ("The Low Tides", "UK"), ("Grey Heron", "UK"), ("Solar Choir", "USA"),
    ("Marlowe Street Band", "USA"), ("Ash Pines", "Canada"), ("La Rivière", "France"), ("Eskerfield", "UK"),
    ("Velocette", "Germany"), ("Iron Meadow", "USA"), ("Quiet Engines", "Canada"), ("Tove Lindahl", "Sweden"),
    ("Oyelaran", "Nigeria"), ("Marigold Static", "UK"), ("The Wren Sisters", "Ireland"), ("Hollow Crown Jazz", "USA"),
    ("Pale Signal", "UK"), ("Kitsune Drive", "Japan"), ("Amber Vaults", "Canada"), ("Delta Parade", "USA"),
    ("Frostline", "Sweden"),
]  # fmt: skip
GENRES_VS = ["Rock", "Jazz", "Soul", "Electronic", "Folk", "Hip-Hop", "Punk", "Classical"]
WORDS_A = ["Silver", "Broken", "Golden", "Distant", "Electric", "Quiet", "Paper", "Velvet", "Northern", "Hidden",
           "Burning", "Last", "Open", "Crimson", "Slow", "Wild"]  # fmt: skip
WORDS_B = ["Summer", "Rooms", "Signals", "Harbour", "Letters", "Horizons", "Machines", "Gardens", "Tides",
           "Motorway", "Hearts", "Cathedral", "Season", "Static", "Embers", "Lights"]  # fmt: skip
UK_CITIES = ["London", "Brighton", "Manchester", "Glasgow", "Leeds", "Bristol", "Edinburgh", "Liverpool"]


def build_vinylshop(path: Path) -> None:
    r = random.Random(84101)
    c = fresh_db(
        path,
        """
        CREATE TABLE ARTIST (
            ART_ID INTEGER PRIMARY KEY, ART_NM TEXT NOT NULL, ART_CNTRY TEXT NOT NULL, ART_FORM_YR INTEGER);
        CREATE TABLE RECORD (
            REC_ID INTEGER PRIMARY KEY, REC_TTL TEXT NOT NULL, ART_ID INTEGER NOT NULL REFERENCES ARTIST(ART_ID),
            REC_GENRE TEXT NOT NULL, REC_FMT TEXT NOT NULL, REC_REL_YR INTEGER, REC_PRC REAL NOT NULL,
            REC_STK_QTY INTEGER NOT NULL, REC_USED_FLG TEXT NOT NULL);
        CREATE TABLE STAFF (
            STF_ID INTEGER PRIMARY KEY, STF_NM TEXT NOT NULL, STF_BRNCH TEXT NOT NULL,
            STF_MGR_ID INTEGER REFERENCES STAFF(STF_ID), STF_HIRE_DT TEXT NOT NULL, STF_END_DT TEXT);
        CREATE TABLE CUSTOMER (
            CUST_ID INTEGER PRIMARY KEY, CUST_NM TEXT NOT NULL, CUST_CITY TEXT NOT NULL, CUST_EMAIL TEXT,
            CUST_JOIN_DT TEXT NOT NULL, CUST_VIP_FLG TEXT NOT NULL);
        CREATE TABLE SALE (
            SALE_ID INTEGER PRIMARY KEY, CUST_ID INTEGER REFERENCES CUSTOMER(CUST_ID),
            STF_ID INTEGER NOT NULL REFERENCES STAFF(STF_ID), SALE_DT TEXT NOT NULL, SALE_CHNL TEXT NOT NULL,
            SALE_PMT TEXT NOT NULL);
        CREATE TABLE SALE_LN (
            SALE_ID INTEGER NOT NULL REFERENCES SALE(SALE_ID), LN_NO INTEGER NOT NULL,
            REC_ID INTEGER NOT NULL REFERENCES RECORD(REC_ID), LN_QTY INTEGER NOT NULL, LN_UNIT_PRC REAL NOT NULL,
            PRIMARY KEY (SALE_ID, LN_NO));
        """,
    )
    insert(c, "ARTIST", [(i, nm, cn, r.randint(1965, 2020)) for i, (nm, cn) in enumerate(BANDS, 1)])
    recs = []
    titles: set[str] = set()
    for i in range(1, 151):
        while True:
            t = f"{r.choice(WORDS_A)} {r.choice(WORDS_B)}"
            if t not in titles:
                titles.add(t)
                break
        fmt = r.choice(["LP", "LP", "LP", "LP", "7IN", "12IN", "CD", "CD"])
        used = "Y" if r.random() < 0.3 else "N"
        base = {"LP": (18, 34), "7IN": (5, 9), "12IN": (9, 15), "CD": (8, 14)}[fmt]
        prc = r.randint(*base) + r.choice([0.0, 0.49, 0.99])
        if used == "Y":
            prc = round(prc * 0.6, 2)
        recs.append(
            [i, t, r.randint(1, 40), r.choice(GENRES_VS), fmt, r.randint(1968, 2024), prc, r.randint(0, 12), used]
        )
    recs[16][6] = 149.99  # a rare first pressing, the dearest record
    recs[16][8] = "Y"
    recs[16][4] = "LP"
    insert(c, "RECORD", recs)
    price = {rec[0]: rec[6] for rec in recs}

    branches = ["Camden", "Brighton", "Manchester", "Glasgow"]
    names = full_names(r, 30 + 90)
    staff = [(1, names[0], "Camden", None, "2015-03-02", None)]
    mgr = {}
    for k, b in enumerate(branches):
        sid = 2 + k
        staff.append((sid, names[sid - 1], b, 1, iso(day_between(r, D(2017, 1, 1), D(2020, 12, 31))), None))
        mgr[b] = sid
    for sid in range(6, 31):
        b = branches[(sid - 6) % 4]
        hire = day_between(r, D(2016, 1, 1), D(2025, 3, 31))
        end = None
        if r.random() < 0.25 and hire < D(2024, 6, 1):
            end = iso(day_between(r, hire + dt.timedelta(days=200), D(2025, 5, 31)))
        staff.append((sid, names[sid - 1], b, mgr[b], iso(hire), end))
    insert(c, "STAFF", staff)

    custs = []
    for i in range(1, 91):
        nm = names[30 + i - 1]
        email = None if r.random() < 0.2 else nm.lower().replace(" ", ".") + "@mailbox.co.uk"
        custs.append(
            (
                i,
                nm,
                r.choice(UK_CITIES),
                email,
                iso(day_between(r, START, D(2025, 6, 1))),
                "Y" if r.random() < 0.15 else "N",
            )
        )
    insert(c, "CUSTOMER", custs)

    sales, lines = [], []
    for sid in range(1, 231):
        d = day_between(r, START, LAST)
        active = [s for s in staff if s[4] <= iso(d) and (s[5] is None or s[5] > iso(d))]
        st = r.choice(active)
        online = r.random() < 0.3
        cands = [cu[0] for cu in custs if cu[4] <= iso(d)]
        if online:
            cust = r.choice(cands) if cands else None
            if cust is None:
                online = False
        if not online:
            cust = r.choice(cands) if cands and r.random() < 0.65 else None
        pmt = "CARD" if online or r.random() < 0.7 else "CASH"
        sales.append((sid, cust, st[0], iso(d), "ONLINE" if online else "STORE", pmt))
        n = 1 if r.random() < 0.55 else 2
        used_recs = r.sample(range(1, 151), n)
        for ln, rid in enumerate(used_recs, 1):
            if rid == 17 and r.random() < 0.9:
                rid = 18
            lines.append((sid, ln, rid, 1 if r.random() < 0.8 else r.randint(2, 3), price[rid]))
    insert(c, "SALE", sales)
    insert(c, "SALE_LN", lines)
    done(c)


# ---------------------------------------------------------------------------------------------------- flashsale
BRANDS_FS = [
    ("Nordkraft", "DE"), ("Maison Lune", "FR"), ("Verdello", "IT"), ("Kookhuis", "NL"), ("Alpenstein", "AT"),
    ("Casa Solar", "ES"), ("Brightwick", "GB"), ("Fjordlys", "NO"), ("Petit Ours", "FR"), ("Zefiro", "IT"),
    ("Urbanik", "PL"), ("Hoffmann & Sohn", "DE"), ("Lumière Bleue", "FR"), ("Tierra Viva", "ES"), ("Oakridge", "GB"),
    ("Klein Keuken", "NL"), ("Bergluft", "AT"), ("Sartoria Nove", "IT"), ("Polarwolf", "DE"), ("Atelier Rive", "FR"),
    ("Mareblu", "IT"), ("Stadtkind", "DE"), ("Brisa", "ES"), ("Hollins", "GB"), ("Waldgeist", "DE"),
    ("Roseline", "BE"), ("Tovo", "PL"), ("Norrsken", "SE"), ("Duna", "ES"), ("Kleurrijk", "NL"),
]  # fmt: skip
CATS_FS = {
    "Kitchen": (["Chef Knife", "Cast Iron Pan", "Espresso Maker", "Stand Mixer", "Cutting Board", "Dutch Oven"], 1500, 32000),
    "Fashion": (["Wool Coat", "Leather Belt", "Silk Scarf", "Denim Jacket", "Trainers", "Rain Jacket"], 1900, 29000),
    "Home": (["Linen Duvet", "Table Lamp", "Wall Mirror", "Throw Blanket", "Vase Set", "Bath Towels"], 1200, 24000),
    "Beauty": (["Face Serum", "Perfume", "Hair Dryer", "Night Cream", "Bath Salts"], 900, 15000),
    "Outdoor": (["Hiking Boots", "Tent", "Sleeping Bag", "Trail Backpack", "Camping Stove"], 2500, 45000),
    "Toys": (["Wooden Train", "Puzzle", "Plush Bear", "Building Blocks", "Kite"], 900, 9000),
}  # fmt: skip
CAMPAIGN_WORDS = [
    "Spring",
    "Summer",
    "Autumn",
    "Winter",
    "Weekend",
    "Midweek",
    "Flash",
    "Designer",
    "Outlet",
    "Festive",
]


def build_flashsale(path: Path) -> None:
    r = random.Random(84202)
    c = fresh_db(
        path,
        """
        CREATE TABLE member (
            memberId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, email TEXT, countryCode TEXT NOT NULL,
            signedUpAt TEXT NOT NULL, isPremium INTEGER NOT NULL);
        CREATE TABLE brand (brandId INTEGER PRIMARY KEY, brandName TEXT NOT NULL, originCountry TEXT NOT NULL);
        CREATE TABLE product (
            productId INTEGER PRIMARY KEY, brandId INTEGER NOT NULL REFERENCES brand(brandId),
            productName TEXT NOT NULL, category TEXT NOT NULL, listPriceCents INTEGER NOT NULL);
        CREATE TABLE campaign (
            campaignId INTEGER PRIMARY KEY, campaignName TEXT NOT NULL, startsAt TEXT NOT NULL, endsAt TEXT NOT NULL,
            discountPercent INTEGER NOT NULL);
        CREATE TABLE campaignProduct (
            campaignId INTEGER NOT NULL REFERENCES campaign(campaignId),
            productId INTEGER NOT NULL REFERENCES product(productId), salePriceCents INTEGER NOT NULL,
            stockLimit INTEGER NOT NULL, PRIMARY KEY (campaignId, productId));
        CREATE TABLE purchase (
            purchaseId INTEGER PRIMARY KEY, memberId INTEGER NOT NULL REFERENCES member(memberId),
            campaignId INTEGER NOT NULL REFERENCES campaign(campaignId), purchasedAt TEXT NOT NULL,
            status TEXT NOT NULL, shippingCents INTEGER NOT NULL);
        CREATE TABLE purchaseLine (
            purchaseLineId INTEGER PRIMARY KEY, purchaseId INTEGER NOT NULL REFERENCES purchase(purchaseId),
            productId INTEGER NOT NULL REFERENCES product(productId), quantity INTEGER NOT NULL,
            unitPriceCents INTEGER NOT NULL);
        """,
    )
    countries = ["DE", "DE", "DE", "FR", "FR", "NL", "ES", "IT", "BE", "AT", "PL"]
    names = full_names(r, 120)
    members = []
    for i, nm in enumerate(names, 1):
        email = None if r.random() < 0.08 else nm.lower().replace(" ", "_") + "@webpost.eu"
        d = day_between(r, START, D(2025, 5, 31))
        members.append(
            (
                i,
                nm,
                email,
                r.choice(countries),
                f"{d} {r.randint(6, 23):02d}:{r.randint(0, 59):02d}:00",
                1 if r.random() < 0.25 else 0,
            )
        )
    insert(c, "member", members)
    insert(c, "brand", [(i, b, cn) for i, (b, cn) in enumerate(BRANDS_FS, 1)])
    prods = []
    seen: set[str] = set()
    cats = list(CATS_FS)
    while len(prods) < 150:
        cat = r.choice(cats)
        items, lo, hi = CATS_FS[cat]
        bid = r.randint(1, 30)
        nm = f"{BRANDS_FS[bid - 1][0]} {r.choice(items)}"
        if nm in seen:
            continue
        seen.add(nm)
        prods.append((len(prods) + 1, bid, nm, cat, r.randint(lo // 100, hi // 100) * 100 - 1))
    insert(c, "product", prods)
    listp = {p[0]: p[4] for p in prods}
    camps, cps = [], []
    cp_of: dict[int, list[tuple[int, int]]] = {}
    for i in range(1, 41):
        s = day_between(r, D(2023, 2, 1), D(2025, 6, 5))
        e = min(s + dt.timedelta(days=r.randint(2, 6)), LAST)
        disc = r.choice([20, 25, 30, 35, 40, 50, 60, 70])
        camps.append((i, f"{r.choice(CAMPAIGN_WORDS)} {r.choice(cats)} Sale #{i}", iso(s), iso(e), disc))
        chosen = r.sample(range(1, 151), r.randint(5, 10))
        cp_of[i] = []
        for pid in chosen:
            sp = int(listp[pid] * (100 - disc + r.randint(-5, 5)) / 100)
            cps.append((i, pid, sp, r.choice([20, 50, 100, 200])))
            cp_of[i].append((pid, sp))
    insert(c, "campaign", camps)
    insert(c, "campaignProduct", cps)
    purchases, plines = [], []
    # member 7 only ever cancels
    for pid_ in range(1, 281):
        cm = r.choice(camps)
        s, e = D.fromisoformat(cm[2]), D.fromisoformat(cm[3])
        d = day_between(r, s, e)
        ok = [m for m in members if m[4][:10] <= iso(d) and m[0] != 7]
        m = r.choice(ok)
        st = r.choices(["paid", "refunded", "cancelled"], [80, 10, 10])[0]
        if pid_ in (50, 120, 210):
            m, st = members[6], "cancelled"
        if m[0] in (31, 32, 33) and st == "cancelled":
            st = "paid"
        purchases.append(
            (
                pid_,
                m[0],
                cm[0],
                f"{d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                st,
                r.choice([0, 495, 695]),
            )
        )
        n = 1 if r.random() < 0.6 or len(plines) > 380 else 2
        for prod, sp in r.sample(cp_of[cm[0]], n):
            plines.append((len(plines) + 1, pid_, prod, r.choices([1, 2, 3], [75, 20, 5])[0], sp))
    insert(c, "purchase", purchases)
    insert(c, "purchaseLine", plines)
    done(c)


# ---------------------------------------------------------------------------------------------------- muebleria
NOMBRES_ES = ["Lucía", "Javier", "María", "Carlos", "Carmen", "Alejandro", "Sofía", "Pablo", "Elena", "Diego",
              "Marta", "Sergio", "Paula", "Andrés", "Laura", "Miguel", "Nuria", "Raúl", "Irene", "Jorge"]  # fmt: skip
APELLIDOS_ES = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno",
                "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano",
                "Molina"]  # fmt: skip
MUEBLES = {
    "sofá": (["Sofá Alba 3 plazas", "Sofá Brisa chaise longue", "Sofá Duna 2 plazas", "Sofá Nube rinconera",
              "Sofá Vera cama"], 450, 1600),
    "mesa": (["Mesa Tajo comedor", "Mesa Ebro extensible", "Mesa Sil centro", "Mesa Miño escritorio",
              "Mesa Duero auxiliar"], 90, 1100),
    "silla": (["Silla Olmo", "Silla Lira tapizada", "Silla Nao apilable", "Silla Roda giratoria"], 35, 260),
    "cama": (["Cama Sierra 150", "Cama Alcor 135", "Cama Teide 90", "Cama Gredos canapé"], 220, 1300),
    "armario": (["Armario Cierzo 2 puertas", "Armario Levante 3 puertas", "Armario Poniente corredero"], 300, 1500),
    "estantería": (["Estantería Ágora", "Estantería Cubo", "Estantería Faro esquinera"], 60, 480),
}  # fmt: skip
MATERIALES = ["roble", "pino", "nogal", "haya", "metal"]
CIUDADES = ["Madrid", "Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"]


def build_muebleria(path: Path) -> None:
    r = random.Random(84303)
    c = fresh_db(
        path,
        """
        CREATE TABLE cliente (
            id_cliente INTEGER PRIMARY KEY, nombre TEXT NOT NULL, ciudad TEXT NOT NULL, telefono TEXT,
            fecha_alta TEXT NOT NULL);
        CREATE TABLE vendedor (
            id_vendedor INTEGER PRIMARY KEY, nombre TEXT NOT NULL, tienda TEXT NOT NULL,
            id_jefe INTEGER REFERENCES vendedor(id_vendedor), fecha_contratacion TEXT NOT NULL);
        CREATE TABLE mueble (
            id_mueble INTEGER PRIMARY KEY, nombre TEXT NOT NULL, categoria TEXT NOT NULL, material TEXT NOT NULL,
            precio REAL NOT NULL, stock INTEGER NOT NULL, descatalogado INTEGER NOT NULL);
        CREATE TABLE pedido (
            id_pedido INTEGER PRIMARY KEY, id_cliente INTEGER NOT NULL REFERENCES cliente(id_cliente),
            id_vendedor INTEGER NOT NULL REFERENCES vendedor(id_vendedor), fecha_pedido TEXT NOT NULL,
            estado TEXT NOT NULL, importe_total REAL NOT NULL, forma_pago TEXT NOT NULL);
        CREATE TABLE linea_pedido (
            id_pedido INTEGER NOT NULL REFERENCES pedido(id_pedido),
            id_mueble INTEGER NOT NULL REFERENCES mueble(id_mueble), cantidad INTEGER NOT NULL,
            precio_unitario REAL NOT NULL, PRIMARY KEY (id_pedido, id_mueble));
        CREATE TABLE entrega (
            id_entrega INTEGER PRIMARY KEY, id_pedido INTEGER NOT NULL REFERENCES pedido(id_pedido),
            transportista TEXT NOT NULL, fecha_prevista TEXT NOT NULL, fecha_entrega TEXT, incidencia TEXT);
        """,
    )
    pool = [f"{n} {a} {b}" for n in NOMBRES_ES for a in APELLIDOS_ES for b in APELLIDOS_ES if a != b]
    r.shuffle(pool)
    clientes = []
    for i in range(1, 91):
        tel = None if r.random() < 0.2 else f"6{r.randint(10000000, 99999999)}"
        clientes.append((i, pool[i - 1], r.choice(CIUDADES), tel, iso(day_between(r, START, D(2025, 5, 31)))))
    insert(c, "cliente", clientes)
    tiendas = ["Madrid Centro", "Valencia", "Sevilla", "Bilbao"]
    vend = [(1, pool[100], "Madrid Centro", None, "2014-09-01")]
    jefe = {}
    for k, t in enumerate(tiendas):
        vend.append((2 + k, pool[101 + k], t, 1, iso(day_between(r, D(2016, 1, 1), D(2019, 12, 31)))))
        jefe[t] = 2 + k
    for i in range(6, 31):
        t = tiendas[(i - 6) % 4] if i != 30 else "Madrid Centro"
        vend.append((i, pool[100 + i], t, jefe[t], iso(day_between(r, D(2018, 1, 1), D(2023, 12, 31)))))
    insert(c, "vendedor", vend)
    muebles = []
    for i in range(1, 81):
        cat = r.choice(list(MUEBLES))
        items, lo, hi = MUEBLES[cat]
        mat = "metal" if cat == "silla" and r.random() < 0.4 else r.choice(MATERIALES[:4])
        desc = 1 if r.random() < 0.15 else 0
        muebles.append(
            (i, f"{r.choice(items)} {mat}", cat, mat, float(r.randint(lo, hi)) - 0.01, r.randint(0, 25), desc)
        )
    # unique names
    seen: dict[str, int] = {}
    fixed = []
    for m in muebles:
        nm = m[1]
        if nm in seen:
            seen[nm] += 1
            nm = f"{nm} v{seen[nm]}"
        else:
            seen[nm] = 1
        fixed.append((m[0], nm, *m[2:]))
    muebles = fixed
    insert(c, "mueble", muebles)
    precio = {m[0]: m[4] for m in muebles}
    pedidos, lineas, entregas = [], [], []
    for i in range(1, 261):
        f = day_between(r, START, LAST) if i <= 240 else day_between(r, D(2025, 5, 12), LAST)
        cands = [cl[0] for cl in clientes if cl[4] <= iso(f) and cl[0] % 9 != 0]
        cl = r.choice(cands) if cands else 1
        vids = [v[0] for v in vend if v[4] <= iso(f)]
        vd = r.choice(vids)
        if f >= D(2025, 5, 20):
            est = r.choice(["pendiente", "pendiente", "enviado"])
        else:
            est = r.choices(["entregado", "cancelado"], [85, 15])[0]
        n = 1 if r.random() < 0.55 or len(lineas) > 385 else 2
        total = 0.0
        for mid in r.sample([x for x in range(1, 81) if x % 16 != 3], n):
            q = r.choices([1, 2, 4, 6], [70, 18, 7, 5])[0]
            lineas.append((i, mid, q, precio[mid]))
            total += q * precio[mid]
        pago = r.choices(["tarjeta", "transferencia", "financiado"], [55, 25, 20])[0]
        pedidos.append((i, cl, vd, iso(f), est, round(total, 2), pago))
        if est in ("enviado", "entregado"):
            prev = f + dt.timedelta(days=r.randint(7, 20))
            real = None
            if est == "entregado":
                real = iso(min(prev + dt.timedelta(days=r.choice([-2, -1, 0, 0, 0, 1, 2, 3, 5, 8])), LAST))
            inc = None
            if r.random() < 0.12:
                inc = r.choice(["golpe en el embalaje", "pieza faltante", "cliente ausente"])
            entregas.append(
                (len(entregas) + 1, i, r.choice(["SEUR", "MRW", "Correos Express", "Nacex"]), iso(prev), real, inc)
            )
    insert(c, "pedido", pedidos)
    insert(c, "linea_pedido", lineas)
    insert(c, "entrega", entregas)
    done(c)


# ---------------------------------------------------------------------------------------------------- streamtv
STUDIOS = [
    ("Northlight Pictures", "United Kingdom"), ("Red Canyon Films", "USA"), ("Maple Leaf Media", "Canada"),
    ("Southern Cross Studios", "Australia"), ("Emerald Isle Productions", "Ireland"), ("Bluewater Films", "USA"),
    ("Kestrel Studios", "United Kingdom"), ("Pacific Drift", "USA"), ("Harbourside TV", "Australia"),
    ("Granite Peak Media", "Canada"), ("Silverline Studios", "USA"), ("Moorland Films", "United Kingdom"),
    ("Tasman Pictures", "New Zealand"), ("Lantern House", "United Kingdom"), ("Brightfield Media", "USA"),
    ("Copperhead Films", "USA"), ("Aurora North", "Canada"), ("Kingfisher TV", "Ireland"),
    ("Outback Reels", "Australia"), ("Fogbank Studios", "USA"), ("Thistle Screen", "United Kingdom"),
    ("Riverbend Pictures", "USA"), ("Glacier Films", "Canada"), ("Saltmarsh Media", "United Kingdom"),
    ("Kauri Studios", "New Zealand"), ("Ironbridge TV", "United Kingdom"), ("Sunset Strip Films", "USA"),
    ("Wildflower Media", "Australia"), ("Harrow Lane Pictures", "United Kingdom"), ("Tidewater Studios", "USA"),
]  # fmt: skip
GENRES_ST = ["Drama", "Comedy", "Thriller", "Documentary", "Sci-Fi", "Crime", "Animation"]
T_A = ["The", "Beyond the", "Under the", "After the", "Into the", "Between the"]
T_B = ["Harbour", "Frontier", "Silence", "Orchard", "Signal", "Lighthouse", "Verdict", "Heist", "Glacier",
       "Undertow", "Inheritance", "Outpost", "Reckoning", "Tide", "Archive", "Canyon", "Station", "Promise",
       "Border", "Meadow", "Quarry", "Estate", "Crossing", "Vault"]  # fmt: skip


def build_streamtv(path: Path) -> None:
    r = random.Random(84404)
    c = fresh_db(
        path,
        """
        CREATE TABLE studio (studio_id INTEGER PRIMARY KEY, studio_name TEXT NOT NULL, country TEXT NOT NULL);
        CREATE TABLE title (
            title_id INTEGER PRIMARY KEY, title_name TEXT NOT NULL, title_type TEXT NOT NULL, genre TEXT NOT NULL,
            release_year INTEGER NOT NULL, runtime_minutes INTEGER NOT NULL,
            studio_id INTEGER NOT NULL REFERENCES studio(studio_id), is_archived INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE subscriber (
            subscriber_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL, country TEXT NOT NULL,
            plan TEXT NOT NULL, signup_date TEXT NOT NULL, account_status TEXT NOT NULL,
            is_deleted INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE viewing_session (
            session_id INTEGER PRIMARY KEY, subscriber_id INTEGER NOT NULL REFERENCES subscriber(subscriber_id),
            title_id INTEGER NOT NULL REFERENCES title(title_id), started_at TEXT NOT NULL,
            minutes_watched INTEGER NOT NULL, device TEXT NOT NULL, playback_status TEXT NOT NULL);
        CREATE TABLE watchlist (
            subscriber_id INTEGER NOT NULL REFERENCES subscriber(subscriber_id),
            title_id INTEGER NOT NULL REFERENCES title(title_id), added_on TEXT NOT NULL,
            PRIMARY KEY (subscriber_id, title_id));
        CREATE TABLE support_ticket (
            ticket_id INTEGER PRIMARY KEY, subscriber_id INTEGER NOT NULL REFERENCES subscriber(subscriber_id),
            opened_on TEXT NOT NULL, closed_on TEXT, category TEXT NOT NULL, ticket_status TEXT NOT NULL);
        """,
    )
    insert(c, "studio", [(i, s, cn) for i, (s, cn) in enumerate(STUDIOS, 1)])
    titles = []
    seen: set[str] = set()
    while len(titles) < 120:
        nm = f"{r.choice(T_A)} {r.choice(T_B)}"
        if nm in seen:
            continue
        seen.add(nm)
        kind = "movie" if r.random() < 0.6 else "series"
        rt = r.randint(85, 160) if kind == "movie" else r.choice([25, 30, 45, 50, 55, 60])
        yr = r.randint(2005, 2025)
        arch = 1 if yr < 2016 and r.random() < 0.5 else 0
        titles.append((len(titles) + 1, nm, kind, r.choice(GENRES_ST), yr, rt, r.randint(1, 30), arch))
    insert(c, "title", titles)
    tinfo = {t[0]: t for t in titles}
    countries = ["United Kingdom", "United Kingdom", "Canada", "Ireland", "Australia", "New Zealand"]
    names = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(names)
    subs = []
    for i in range(1, 151):
        st = r.choices(["active", "on-hold", "past-due", "cancelled"], [65, 8, 9, 18])[0]
        deleted = 1 if st == "cancelled" and r.random() < 0.5 else 0
        nm = names[i - 1]
        subs.append(
            (
                i,
                nm,
                nm.lower().replace(" ", ".") + "@inbox.net",
                r.choice(countries),
                r.choices(["basic", "standard", "premium"], [40, 35, 25])[0],
                iso(day_between(r, START, D(2025, 5, 31))),
                st,
                deleted,
            )
        )
    insert(c, "subscriber", subs)
    sessions = []
    watchers = [s for s in subs if s[0] % 11 != 0]
    popular = list(range(1, 121))
    weights = [r.choice([1, 1, 1, 2, 3, 6]) for _ in popular]
    for i in range(1, 401):
        s = r.choice(watchers)
        d = day_between(r, max(D.fromisoformat(s[5]), START), LAST)
        tid = r.choices(popular, weights)[0]
        t = tinfo[tid]
        ps = r.choices(["completed", "in-progress", "abandoned"], [60, 15, 25])[0]
        mins = t[5] if ps == "completed" else r.randint(3, max(4, t[5] - 5))
        sessions.append(
            (
                i,
                s[0],
                tid,
                f"{d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                mins,
                r.choices(["smart-tv", "mobile", "web", "set-top-box"], [40, 30, 20, 10])[0],
                ps,
            )
        )
    sessions.sort(key=lambda x: x[3])
    sessions = [(k, *s[1:]) for k, s in enumerate(sessions, 1)]
    insert(c, "viewing_session", sessions)
    wl = set()
    wrows = []
    while len(wrows) < 300:
        s = r.choice(subs)
        tid = r.choices(popular, weights)[0]
        if (s[0], tid) in wl:
            continue
        wl.add((s[0], tid))
        wrows.append((s[0], tid, iso(day_between(r, max(D.fromisoformat(s[5]), START), LAST))))
    insert(c, "watchlist", wrows)
    tickets = []
    for i in range(1, 91):
        s = r.choice(subs)
        op = day_between(r, max(D.fromisoformat(s[5]), START), LAST)
        cat = r.choices(["billing", "playback-error", "account-access", "content-request"], [35, 30, 20, 15])[0]
        recent = (LAST - op).days <= 40
        stt = r.choice(["open", "in-progress", "on-hold"]) if recent and r.random() >= 0.4 else "resolved"
        cl = iso(min(op + dt.timedelta(days=r.randint(0, 12)), LAST)) if stt == "resolved" else None
        tickets.append((i, s[0], iso(op), cl, cat, stt))
    insert(c, "support_ticket", tickets)
    done(c)


# ---------------------------------------------------------------------------------------------------- magsubs
MAGS = [
    ("Garden Notes", "Leafline Press", "monthly"), ("The Angler's Quarterly", "Riverbank Media", "quarterly"),
    ("Rail Enthusiast", "Ironway Publishing", "monthly"), ("Weekly Puzzler", "Brainbox Ltd", "weekly"),
    ("Coastal Living", "Tideway Media", "monthly"), ("Vintage Motors", "Ironway Publishing", "monthly"),
    ("Knit & Natter", "Woolsack Press", "monthly"), ("The Birdwatcher", "Leafline Press", "monthly"),
    ("TV Listings Weekly", "Brainbox Ltd", "weekly"), ("Home Baking", "Crumb & Co", "monthly"),
    ("Cycling Today", "Riverbank Media", "monthly"), ("Photography Now", "Lensworks", "monthly"),
    ("History Unearthed", "Oldbury Press", "monthly"), ("Science Digest", "Lensworks", "monthly"),
    ("Kids' Discovery", "Crumb & Co", "monthly"), ("Retro Gamer Monthly", "Pixelhouse", "monthly"),
    ("Sailing Horizons", "Tideway Media", "quarterly"), ("The Crossword Weekly", "Brainbox Ltd", "weekly"),
    ("Wine Cellar", "Oldbury Press", "quarterly"), ("Model Railways", "Ironway Publishing", "monthly"),
    ("Country Walks", "Leafline Press", "monthly"), ("Classic Music Review", "Oldbury Press", "monthly"),
    ("Allotment Life", "Leafline Press", "monthly"), ("Astronomy Skies", "Lensworks", "monthly"),
    ("Fishing Weekly", "Riverbank Media", "weekly"), ("Interior Design Review", "Tideway Media", "quarterly"),
    ("The Chess Player", "Brainbox Ltd", "monthly"), ("Woodworking Hands", "Woolsack Press", "monthly"),
    ("Pet Care Monthly", "Crumb & Co", "monthly"), ("Film Quarterly", "Pixelhouse", "quarterly"),
    ("Motorbike Monthly", "Ironway Publishing", "monthly"), ("Travel Far", "Tideway Media", "monthly"),
    ("Guitar Player UK", "Pixelhouse", "monthly"), ("Folk Crafts", "Woolsack Press", "quarterly"),
    ("Local History Today", "Oldbury Press", "monthly"),
]  # fmt: skip
TOWNS = ["Bristol", "Bath", "Exeter", "Norwich", "York", "Cardiff", "Oxford", "Leicester", "Plymouth"]
FIRST_MG = ["Alice", "Graham", "Margaret", "Peter", "Susan", "David", "Janet", "Colin", "Helen", "Robert",
            "Pauline", "Keith", "Wendy", "Stuart", "Joan", "Trevor", "Linda", "Nigel", "Carol", "Derek"]  # fmt: skip
LAST_MG = ["Atkins", "Barker", "Chapman", "Dobson", "Ellis", "Fowler", "Godfrey", "Hammond", "Ingram", "Jarvis",
           "Kemp", "Lawson", "Marsden", "Newton", "Osborne", "Parsons", "Rudd", "Slater", "Tate", "Warren"]  # fmt: skip


def build_magsubs(path: Path) -> None:
    r = random.Random(84505)
    c = fresh_db(
        path,
        """
        CREATE TABLE magazine (
            magazine_id INTEGER PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, frequency TEXT NOT NULL,
            cover_price_pence INTEGER NOT NULL, launched_on TEXT NOT NULL, is_archived INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE reader (
            reader_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, town TEXT NOT NULL,
            email TEXT, joined_on TEXT NOT NULL, referred_by INTEGER REFERENCES reader(reader_id));
        CREATE TABLE subscription (
            subscription_id INTEGER PRIMARY KEY, reader_id INTEGER NOT NULL REFERENCES reader(reader_id),
            magazine_id INTEGER NOT NULL REFERENCES magazine(magazine_id), start_date TEXT NOT NULL,
            end_date TEXT, price_paid_pence INTEGER NOT NULL, auto_renew INTEGER NOT NULL);
        CREATE TABLE issue (
            issue_id INTEGER PRIMARY KEY, magazine_id INTEGER NOT NULL REFERENCES magazine(magazine_id),
            issue_number INTEGER NOT NULL, cover_date TEXT NOT NULL, print_run INTEGER NOT NULL,
            pages INTEGER NOT NULL);
        CREATE TABLE delivery_complaint (
            complaint_id INTEGER PRIMARY KEY,
            subscription_id INTEGER NOT NULL REFERENCES subscription(subscription_id),
            issue_id INTEGER NOT NULL REFERENCES issue(issue_id), reported_on TEXT NOT NULL, reason TEXT NOT NULL,
            refund_pence INTEGER);
        """,
    )
    mags = []
    for i, (t, p, f) in enumerate(MAGS, 1):
        cp = {
            "weekly": r.choice([199, 249, 299]),
            "monthly": r.choice([450, 499, 550, 599, 650]),
            "quarterly": r.choice([895, 995, 1200]),
        }[f]
        arch = 1 if i in (6, 13, 22, 27, 34) else 0
        mags.append((i, t, p, f, cp, iso(day_between(r, D(1985, 1, 1), D(2021, 12, 31))), arch))
    insert(c, "magazine", mags)
    pool = [(fn, ln) for fn in FIRST_MG for ln in LAST_MG]
    r.shuffle(pool)
    readers = []
    for i in range(1, 161):
        f, ln = pool[i - 1]
        email = None if r.random() < 0.3 else f"{f[0].lower()}{ln.lower()}@postbox.co.uk"
        joined = day_between(r, START, D(2025, 5, 31))
        ref = None
        if i > 10 and r.random() < 0.3:
            ref = r.choice([x for x in (3, 3, 8, 8, 15, 21) if x < i] + [r.randint(1, i - 1)])
        readers.append((i, f, ln, r.choice(TOWNS), email, iso(joined), ref))
    insert(c, "reader", readers)
    issues = []
    for m in mags:
        if m[3] == "weekly":
            step, n = 7, 16
        elif m[3] == "monthly":
            step, n = 30, 9
        else:
            step, n = 91, 5
        if m[6]:
            n = 3
        first = day_between(r, D(2023, 6, 1), D(2024, 6, 1)) if not m[6] else D(2023, 2, 1)
        if not m[6] and m[3] != "quarterly":
            first = LAST - dt.timedelta(days=step * n + r.randint(0, 60))
        pr = r.randint(4, 60) * 1000
        base = r.randint(20, 300)
        for k in range(n):
            cd = first + dt.timedelta(days=step * k)
            if cd > LAST:
                break
            issues.append(
                (
                    len(issues) + 1,
                    m[0],
                    base + k,
                    iso(cd),
                    pr + r.randint(-5, 5) * 100,
                    r.choice([64, 80, 96, 112, 132]),
                )
            )
    insert(c, "issue", issues)
    subs = []
    for i in range(1, 301):
        rd = r.choice([x for x in readers if x[0] % 13 != 0])
        m = r.choice(mags)
        start = day_between(r, max(D.fromisoformat(rd[5]), START), D(2025, 6, 10))
        end = None
        if r.random() < 0.35 or m[6]:
            end = min(start + dt.timedelta(days=r.choice([90, 182, 365])), LAST)
            end = iso(end)
        yearly = {"weekly": 52, "monthly": 12, "quarterly": 4}[m[3]] * m[4]
        price = int(yearly * r.choice([0.6, 0.7, 0.75, 0.8]))
        subs.append((i, rd[0], m[0], iso(start), end, price, 1 if r.random() < 0.55 else 0))
    insert(c, "subscription", subs)
    comps = []
    by_mag: dict[int, list[tuple]] = {}
    for it in issues:
        by_mag.setdefault(it[1], []).append(it)
    no_complaints = {2, 11, 19, 24, 30}
    while len(comps) < 85:
        s = r.choice(subs)
        if s[2] in no_complaints:
            continue
        cands = [it for it in by_mag.get(s[2], []) if it[3] >= s[3] and (s[4] is None or it[3] <= s[4])]
        if not cands:
            continue
        it = r.choice(cands)
        rep = min(D.fromisoformat(it[3]) + dt.timedelta(days=r.randint(1, 14)), LAST)
        reason = r.choices(["missing", "damaged", "late"], [40, 30, 30])[0]
        refund = None
        if reason != "late" and r.random() < 0.7:
            refund = r.choice([199, 250, 450, 499, 600])
        comps.append((len(comps) + 1, s[0], it[0], iso(rep), reason, refund))
    insert(c, "delivery_complaint", comps)
    done(c)


# ---------------------------------------------------------------------------------------------------- newsroom
SECTIONS = ["Politics", "Business", "Sport", "Culture", "Science", "World", "Opinion"]
DESKS = ["News", "Business", "Sport", "Culture", "Digital"]
HL_A = ["Council", "Minister", "Startup", "Club", "Museum", "Researchers", "Union", "Festival", "Court", "Port",
        "Hospital", "Airline", "Orchestra", "Regulator", "Village", "Coach"]  # fmt: skip
HL_B = ["unveils", "rejects", "wins", "delays", "backs", "warns over", "cuts", "doubles", "reopens", "probes"]
HL_C = ["budget plan", "new stadium", "pay deal", "record season", "climate target", "ferry route",
        "housing scheme", "ticket prices", "merger talks", "flood defences", "night buses", "exhibition",
        "transfer bid", "water bills", "school meals", "energy levy"]  # fmt: skip


def build_newsroom(path: Path) -> None:
    r = random.Random(84606)
    c = fresh_db(
        path,
        """
        CREATE TABLE journalist (
            journalistId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, desk TEXT NOT NULL,
            editorId INTEGER REFERENCES journalist(journalistId), hiredOn TEXT NOT NULL, leftOn TEXT,
            isFreelance INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE article (
            articleId INTEGER PRIMARY KEY, headline TEXT NOT NULL, section TEXT NOT NULL, status TEXT NOT NULL,
            filedAt TEXT NOT NULL, publishedAt TEXT, wordCount INTEGER NOT NULL, isPaywalled INTEGER NOT NULL);
        CREATE TABLE articleAuthor (
            articleId INTEGER NOT NULL REFERENCES article(articleId),
            journalistId INTEGER NOT NULL REFERENCES journalist(journalistId), role TEXT NOT NULL,
            PRIMARY KEY (articleId, journalistId));
        CREATE TABLE articleStats (
            articleId INTEGER PRIMARY KEY REFERENCES article(articleId), pageViews INTEGER NOT NULL,
            avgReadSeconds INTEGER NOT NULL, shares INTEGER NOT NULL);
        CREATE TABLE correction (
            correctionId INTEGER PRIMARY KEY, articleId INTEGER NOT NULL REFERENCES article(articleId),
            issuedAt TEXT NOT NULL, severity TEXT NOT NULL, reportedBy TEXT NOT NULL);
        """,
    )
    names = full_names(r, 42)
    js = [(1, names[0], "News", None, "2012-04-10", None, 0)]
    for k, dk in enumerate(DESKS):
        js.append((2 + k, names[1 + k], dk, 1, iso(day_between(r, D(2015, 1, 1), D(2020, 12, 31))), None, 0))
    for i in range(7, 43):
        dk = DESKS[(i - 7) % 5] if i not in (41, 42) else "Digital"
        hired = day_between(r, D(2017, 1, 1), D(2025, 4, 30))
        left = None
        if hired < D(2024, 1, 1) and r.random() < 0.2:
            left = iso(day_between(r, hired + dt.timedelta(days=300), D(2025, 5, 31)))
        js.append((i, names[i - 1], dk, 2 + DESKS.index(dk), iso(hired), left, 1 if r.random() < 0.2 else 0))
    insert(c, "journalist", js)
    arts, authors, stats = [], [], []
    writers = [j for j in js if j[0] not in (1, 41, 42)]
    heads: set[str] = set()
    while len(arts) < 300:
        h = f"{r.choice(HL_A)} {r.choice(HL_B)} {r.choice(HL_C)}"
        if h in heads:
            continue
        heads.add(h)
        aid = len(arts) + 1
        filed = day_between(r, START, LAST) if aid <= 275 else day_between(r, D(2025, 5, 20), LAST)
        age = (LAST - filed).days
        if age > 20:
            st = r.choices(["published", "spiked"], [88, 12])[0]
        else:
            st = r.choice(["draft", "in-review", "on-hold", "published", "published"])
        pub = None
        if st == "published":
            pub = iso(min(filed + dt.timedelta(days=r.choice([0, 0, 0, 1, 1, 2, 3, 5, 8])), LAST))
        arts.append(
            (aid, h, r.choice(SECTIONS), st, iso(filed), pub, r.randint(35, 240) * 10, 1 if r.random() < 0.35 else 0)
        )
        ok = [j for j in writers if j[4] <= iso(filed) and (j[5] is None or j[5] > iso(filed))]
        n = 1 if r.random() < 0.75 else 2
        for k, j in enumerate(r.sample(ok, n)):
            if len(authors) < 400:
                authors.append((aid, j[0], "lead" if k == 0 else "contributor"))
        if pub:
            stats.append((aid, r.randint(300, 90000), r.randint(40, 260), r.randint(0, 1500)))
    insert(c, "article", arts)
    insert(c, "articleAuthor", authors)
    insert(c, "articleStats", stats)
    pubs = [a for a in arts if a[3] == "published"]
    corr = []
    for i in range(1, 41):
        a = r.choice(pubs)
        iss = min(D.fromisoformat(a[5]) + dt.timedelta(days=r.randint(0, 30)), LAST)
        corr.append(
            (
                i,
                a[0],
                iso(iss),
                r.choices(["minor", "major", "retraction"], [70, 24, 6])[0],
                r.choice(["reader", "subject", "staff"]),
            )
        )
    insert(c, "correction", corr)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "vinylshop": build_vinylshop,
    "flashsale": build_flashsale,
    "muebleria": build_muebleria,
    "streamtv": build_streamtv,
    "magsubs": build_magsubs,
    "newsroom": build_newsroom,
}
