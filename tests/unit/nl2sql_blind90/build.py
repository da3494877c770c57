"""Six money, trade and small-business databases for the ninetieth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled in advance: the
market days still to come (``journees.statut`` 'prévue') and their pitch bookings in ``brocante``, crowdfunding
deadlines of live campaigns and reward delivery estimates in ``crowdfund``, weddings and appointments with the
outcome 'Booked' in ``bridalwear``, and room bookings to come and the due dates of June's invoices in ``deskhub``. All money is in pounds unless said otherwise.

- ``brocante`` (French table and column names and French values; flags 0/1; money in euros): an association of
  flea-market and antiques traders around Lyon. ``exposants`` (exhibitors: ``nom`` = surname, ``prenom`` = first name,
  ``ville`` = home town, ``telephone`` NULL when not given, ``specialite`` what they mainly sell: 'mobilier' furniture /
  'vaisselle' tableware / 'livres' books / 'vêtements' clothes / 'jouets' toys / 'bijoux' jewellery / 'disques'
  records / 'outils' tools, ``professionnel`` 1 = professional dealer / 0 = private individual, ``date_adhesion`` =
  the day they joined), ``marches`` (the markets: ``nom``, ``ville``, ``jour`` = the weekday it runs, 'samedi' or
  'dimanche', ``prix_metre`` = pitch price in euros per metre of frontage, ``placier`` = the market warden, NULL when
  none is assigned), ``journees`` (market days: ``date_journee``, ``statut`` 'tenue' held / 'annulée' cancelled /
  'prévue' scheduled in the future, ``meteo`` 'soleil' sunny / 'nuageux' cloudy / 'pluie' rain, NULL for future days,
  ``visiteurs`` = visitors counted, NULL when not counted, cancelled or still to come), ``reservations`` (pitch
  bookings, the link between exhibitors and market days: ``date_reservation`` = when booked, ``metres`` = pitch length
  in metres, ``montant`` = fee in euros = metres x the market's price per metre, ``payee`` 1 = paid / 0 = not yet),
  ``ventes`` (sales an exhibitor declared on a held day, one row per item: ``article``, ``categorie`` (same values as
  ``specialite``), ``prix`` in euros, ``mode_paiement`` 'espèces' cash / 'carte' card / 'chèque' cheque) and
  ``cotisations`` (yearly membership fees from 2023 or the year of joining: ``annee``, ``montant`` 25 euros for a
  private member / 40 for a professional, ``date_paiement`` NULL while unpaid).
- ``crowdfund`` (plural snake_case tables with ``id`` keys, ``*_at`` timestamps 'YYYY-MM-DD HH:MM:SS', soft deletes in
  ``deleted_at``; self-referencing ``categories.parent_id``; money in pounds): a reward crowdfunding platform.
  ``categories`` (``name``, ``parent_id`` NULL for a top-level category; up to three levels: Food & Drink > Drinks >
  Craft Beer), ``users`` (``username``, ``full_name``, ``email``, ``country_code`` ISO two letters, 'GB' for the UK,
  ``created_at`` = signed up, ``deleted_at`` = account closed, NULL while open), ``projects`` (``creator_id`` ->
  users, ``category_id``, ``title``, ``goal_amount``, ``status`` 'draft' (never launched) / 'live' (collecting now) /
  'successful' / 'failed' (ended under goal) / 'cancelled' (stopped by the creator), ``created_at``, ``launched_at``
  and ``deadline_at`` NULL for drafts, ``deleted_at`` = a draft deleted by its creator), ``reward_tiers``
  (``project_id``, ``title`` e.g. 'Early bird', ``min_amount`` = smallest pledge for the reward, ``quantity_limit``
  NULL = unlimited, ``estimated_delivery`` first of a month), ``pledges`` (the link between users (backers) and
  projects: ``reward_tier_id`` NULL = no reward wanted, ``amount``, ``created_at``, ``deleted_at`` = the backer
  cancelled the pledge, which then no longer counts), ``project_updates`` (news posts: ``title``, ``posted_at``),
  ``tags`` (``name``) and ``project_tags`` (the link between projects and tags).
- ``bikelease`` (snake_case; integer status and type codes explained in two lookup tables; money in pounds): a
  cycle-to-work salary-sacrifice scheme in Yorkshire and Manchester. ``employers`` (``employer_name``, ``city``,
  ``joined_scheme`` date, ``lease_cap`` = the most an employee may lease, bike plus accessories), ``employees``
  (registered staff of those employers: ``first_name``, ``last_name``, ``department`` NULL when not given,
  ``work_email`` NULL when not given), ``retailers`` (bike shops: ``retailer_name``, ``town``, ``commission_pct`` the
  scheme takes), ``lease_status`` (``status_code`` 1 Applied / 2 Approved (waiting for the bike) / 3 Active / 4
  Completed / 5 Terminated early / 6 Declined, ``status_label``), ``bike_type`` (``type_code`` 1 Road / 2 Hybrid / 3
  Electric / 4 Mountain / 5 Cargo / 6 Folding, ``type_label``), ``leases`` (one per application: ``employee_id``,
  ``retailer_id``, ``status_code``, ``type_code``, ``bike_model``, ``bike_price``, ``accessories_price``,
  ``term_months`` 12 / 18 / 24 / 36, ``applied_on``, ``start_date`` = bike handed over, NULL when the lease never
  started, ``ended_on`` NULL unless completed or terminated early) and ``repayments`` (salary deductions on the 25th
  of each month, (bike + accessories) / term each, plus one final settlement of the rest on the day a lease is
  terminated early: ``payroll_date``, ``amount``).
- ``bridalwear`` (table and column names with capitals and spaces; self-referencing "Staff"."Manager ID"; flags 0/1;
  money in pounds): a wedding dress boutique. ``Staff`` ("Full Name", "Role" 'Owner' / 'Senior Stylist' / 'Stylist' /
  'Head Seamstress' / 'Seamstress' / 'Receptionist', "Manager ID" = whom they report to, NULL for the owner, "Start
  Date", "Hourly Rate"), ``Brides`` ("Full Name", "Phone", "Email" NULL when not given, "Wedding Date", "Budget" the
  dress budget she gave, NULL when she didn't say, "First Visit"), ``Dresses`` ("Designer", "Style Name",
  "Silhouette" 'A-line' / 'Ball gown' / 'Mermaid' / 'Sheath' / 'Fit and flare', "Retail Price", "Sample Size" UK size
  of the shop sample, "Discontinued"), ``Appointments`` ("Bride ID", "Staff ID", "Appointment Date", "Appointment
  Type" 'Consultation' / 'Fitting' / 'Collection', "Outcome" 'Attended' / 'Cancelled' / 'No-show' / 'Booked' (still
  to come)), ``Orders`` (dress orders: "Bride ID", "Dress ID", "Sold By" = the stylist, "Order Date", "Size Ordered",
  "Agreed Price", "Deposit" paid on ordering (half the price), "Balance Paid On" = when the rest was paid, NULL while
  outstanding), ``Alterations`` ("Order ID", "Seamstress ID" -> Staff, "Work" e.g. 'Hem' / 'Add bustle', "Cost",
  "Completed On" NULL while not done), ``Accessories`` ("Item Name", "Kind" 'Veil' / 'Headpiece' / 'Belt' /
  'Cover-up' / 'Underwear' / 'Jewellery' / 'Gift', "Price") and ``Order Accessories`` (the link between orders and
  accessories, "Quantity").
- ``deskhub`` (snake_case; an entity-attribute-value table beside the normal ones; one money column with its
  currency): a chain of co-working cafés in London, Manchester, Bristol, Dublin and Amsterdam. ``sites``
  (``site_name``, ``city``, ``country`` 'UK' / 'Ireland' / 'Netherlands', ``opened_on``), ``spaces`` (``site_id``,
  ``space_name`` (room names repeat between sites), ``space_kind`` 'hot desk' / 'fixed desk' / 'meeting room' / 'phone
  booth' / 'private office', ``capacity`` people, ``hourly_rate`` in the site's own currency: pounds in the UK, euros
  in Dublin and Amsterdam), ``space_attributes`` (EAV: ``space_id``, ``attribute``, ``value`` as text; attributes
  'floor' ('0' = ground), 'screen' ('75in TV' / '55in TV' / 'projector' / 'none'), 'whiteboard', 'video_conferencing',
  'standing_desks', 'monitors' ('27in' / '24in' / 'none'), 'step_free_access', 'natural_light', 'quiet_zone' with
  'yes' / 'no'; a space may lack an attribute altogether), ``members`` (``full_name``, ``company`` NULL for
  freelancers, ``email``, ``home_site_id``, ``plan`` 'Day Pass' / 'Flex' / 'Resident', ``joined_on``, ``left_on`` NULL
  while still a member), ``bookings`` (room bookings: ``space_id``, ``member_id``, ``starts_at`` / ``ends_at``
  'YYYY-MM-DD HH:MM', ``cancelled`` 0/1), ``invoices`` (monthly, issued on the 1st: ``member_id``, ``issued_on``,
  ``due_on`` = 14 days later, ``amount`` in ``currency`` 'GBP' or 'EUR' (the home site's), ``paid_on`` NULL while
  unpaid) and ``cafe_sales`` (``site_id``, ``member_id`` NULL for a walk-in customer, ``sold_at`` 'YYYY-MM-DD HH:MM',
  ``item``, ``quantity``, ``unit_price`` in the site's own currency).
- ``bookbarn`` (PascalCase singular table and column names with ``<Table>Id`` keys; flags 0/1; money in pounds): a
  chain of six second-hand bookshops; the database holds the catalogued stock since 2021 (cheap paperbacks sold by
  the box are not recorded). ``Branch`` (``BranchName``, ``Town``, ``OpenedYear``, ``HasCafe``), ``Author``
  (``AuthorName``, ``Nationality`` and ``BirthYear`` NULL for 'Anonymous'), ``Title`` (``TitleName``, ``Genre``,
  ``FirstPublished`` year), ``TitleAuthor`` (the link between titles and authors; four titles have two or three
  authors), ``Seller`` (firms the shops buy from: ``SellerName``, ``SellerType`` 'house clearance' / 'auction' /
  'charity' / 'dealer'), ``Copy`` (one physical book: ``TitleId``, ``BranchId``, ``SellerId`` NULL when bought over
  the counter from a member of the public, ``BookCondition`` 'Fine' / 'Very Good' / 'Good' / 'Fair' / 'Poor',
  ``FirstEdition``, ``Signed``, ``AcquiredOn``, ``CostPrice`` = what the shop paid, ``AskingPrice``, ``SoldOn`` NULL
  while still on the shelf, ``SoldPrice`` NULL unless sold) and ``WantedRequest`` (customers asking a shop to find a
  title: ``CustomerName``, ``CustomerPhone`` NULL when not left, ``MaxPrice`` NULL when no limit given,
  ``RequestedOn``, ``FulfilledOn`` NULL while still searching).
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


def iso(d: dt.date) -> str:
    return d.isoformat()


def stamp(r: random.Random, d: dt.date, first: int = 7, last: int = 22) -> str:
    """``d`` with a random time of day between ``first`` and ``last`` o'clock, 'YYYY-MM-DD HH:MM:SS'."""
    return f"{d.isoformat()} {r.randint(first, last):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last_day = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last_day))


# ---------------------------------------------------------------------------------------------------- brocante
PRENOMS = [
    "Jean", "Marie", "Pierre", "Sophie", "Michel", "Isabelle", "Philippe", "Nathalie", "Alain", "Catherine",
    "Bernard", "Sylvie", "Thierry", "Valérie", "Patrick", "Christine", "Laurent", "Hélène", "Gérard", "Martine",
    "Olivier", "Camille", "Julien", "Chantal", "Didier", "Brigitte",
]  # fmt: skip
NOMS = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
    "Girard", "Mercier", "Blanc", "Guerin", "Faure", "Rousseau", "Chevalier",
]  # fmt: skip
VILLES_FR = ["Lyon", "Villeurbanne", "Vienne", "Mâcon", "Annecy", "Chambéry", "Grenoble", "Bourg-en-Bresse"]
MARCHES = [
    # nom, ville, jour (0 = lundi), prix au mètre, placier, intervalle en semaines
    ("Brocante des Canuts", "Lyon", 6, 6.0, "Raymond Perrin", 2),
    ("Puces du Parc", "Villeurbanne", 5, 5.0, "Josiane Marchal", 2),
    ("Vide-grenier de la Saône", "Mâcon", 6, 4.0, "Gilles Aubert", 4),
    ("Marché à la Brocante d'Annecy", "Annecy", 5, 8.0, "Odile Favre", 4),
    ("Foire aux Antiquités de Vienne", "Vienne", 6, 7.0, None, 5),
    ("Brocante du Lac", "Chambéry", 5, 5.5, "Luc Bonnet", 6),
]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ARTICLES = {
    "mobilier": [("Commode Louis-Philippe", 180, 650), ("Chaise bistrot", 15, 45), ("Buffet en chêne", 120, 480),
                 ("Table de ferme", 150, 420), ("Miroir doré", 60, 260), ("Fauteuil crapaud", 90, 320)],
    "vaisselle": [("Service à café Limoges", 35, 140), ("Soupière en faïence", 15, 60), ("Verres à pied (x6)", 10, 40),
                  ("Carafe en cristal", 20, 90), ("Plat de Gien", 12, 55)],
    "livres": [("Lot de Tintin", 25, 120), ("Encyclopédie Larousse", 15, 70), ("Romans de poche (lot)", 3, 15),
               ("Atlas ancien", 30, 150), ("Bandes dessinées (lot)", 8, 40)],
    "vêtements": [("Veste en cuir", 25, 90), ("Robe vintage", 15, 70), ("Manteau en laine", 20, 80),
                  ("Sac à main", 10, 60)],
    "jouets": [("Train électrique", 40, 220), ("Poupée ancienne", 30, 160), ("Voiture Dinky Toys", 8, 45),
               ("Jeu de société", 4, 20)],
    "bijoux": [("Broche en argent", 15, 80), ("Bague en argent", 20, 110), ("Montre à gousset", 60, 350),
               ("Collier de perles", 25, 140)],
    "disques": [("Vinyle 33 tours", 3, 25), ("Lot de 45 tours", 5, 30), ("Platine vinyle", 40, 180)],
    "outils": [("Rabot ancien", 10, 45), ("Établi", 60, 200), ("Caisse à outils", 15, 60), ("Scie égoïne", 5, 25)],
}  # fmt: skip


def build_brocante(path: Path) -> None:
    r = random.Random(9001)
    c = fresh_db(
        path,
        """
        CREATE TABLE exposants (
            exposant_id INTEGER PRIMARY KEY, nom TEXT NOT NULL, prenom TEXT NOT NULL, ville TEXT NOT NULL,
            telephone TEXT, specialite TEXT NOT NULL, professionnel INTEGER NOT NULL, date_adhesion TEXT NOT NULL);
        CREATE TABLE marches (
            marche_id INTEGER PRIMARY KEY, nom TEXT NOT NULL, ville TEXT NOT NULL, jour TEXT NOT NULL,
            prix_metre REAL NOT NULL, placier TEXT);
        CREATE TABLE journees (
            journee_id INTEGER PRIMARY KEY, marche_id INTEGER NOT NULL REFERENCES marches(marche_id),
            date_journee TEXT NOT NULL, statut TEXT NOT NULL, meteo TEXT, visiteurs INTEGER);
        CREATE TABLE reservations (
            reservation_id INTEGER PRIMARY KEY, journee_id INTEGER NOT NULL REFERENCES journees(journee_id),
            exposant_id INTEGER NOT NULL REFERENCES exposants(exposant_id), date_reservation TEXT NOT NULL,
            metres INTEGER NOT NULL, montant REAL NOT NULL, payee INTEGER NOT NULL);
        CREATE TABLE ventes (
            vente_id INTEGER PRIMARY KEY, reservation_id INTEGER NOT NULL REFERENCES reservations(reservation_id),
            article TEXT NOT NULL, categorie TEXT NOT NULL, prix REAL NOT NULL, mode_paiement TEXT NOT NULL);
        CREATE TABLE cotisations (
            cotisation_id INTEGER PRIMARY KEY, exposant_id INTEGER NOT NULL REFERENCES exposants(exposant_id),
            annee INTEGER NOT NULL, montant REAL NOT NULL, date_paiement TEXT);
        """,
    )
    pool = [(p, n) for p in PRENOMS for n in NOMS]
    r.shuffle(pool)
    specs = list(ARTICLES)
    exposants = []
    for i in range(1, 131):
        p, n = pool[i]
        tel = (
            None
            if r.random() < 0.2
            else f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        )
        spec = r.choices(specs, weights=[5, 4, 3, 3, 2, 2, 2, 2])[0]
        pro = 1 if r.random() < 0.35 else 0
        adh = day_between(r, D(2015, 1, 1), D(2025, 5, 31))
        exposants.append((i, n, p, r.choice(VILLES_FR), tel, spec, pro, iso(adh)))
    insert(c, "exposants", exposants)
    marches = [(i, m[0], m[1], JOURS[m[2]], m[3], m[4]) for i, m in enumerate(MARCHES, 1)]
    insert(c, "marches", marches)
    journees = []
    jid = 0
    for mid, m in enumerate(MARCHES, 1):
        d = D(2024, 1, 1)
        while d.weekday() != m[2]:
            d += dt.timedelta(days=1)
        d += dt.timedelta(weeks=r.randint(0, m[5] - 1))
        while d <= D(2025, 8, 31):
            jid += 1
            if d > LAST:
                journees.append((jid, mid, iso(d), "prévue", None, None))
            else:
                meteo = r.choices(
                    ["soleil", "nuageux", "pluie"], weights=[5, 3, 2] if d.month in (5, 6, 7, 8, 9) else [2, 4, 3]
                )[0]
                if meteo == "pluie" and r.random() < 0.3:
                    journees.append((jid, mid, iso(d), "annulée", meteo, None))
                else:
                    base = {"soleil": 1800, "nuageux": 1200, "pluie": 600}[meteo] * (1.6 if mid == 1 else 1.0)
                    vis = None if r.random() < 0.12 else int(base * r.uniform(0.6, 1.4))
                    journees.append((jid, mid, iso(d), "tenue", meteo, vis))
            d += dt.timedelta(weeks=m[5])
    insert(c, "journees", journees)
    reservations = []
    ventes = []
    rid = vid = 0
    for j in journees:
        jd = D.fromisoformat(j[2])
        prix = MARCHES[j[1] - 1][3]
        eligible = [e for e in exposants if e[7] < j[2] and e[0] % 29 != 0]
        n = r.randint(6, 18) if j[3] != "prévue" or jd < D(2025, 7, 15) else r.randint(1, 6)
        for e in r.sample(eligible, n):
            rid += 1
            metres = r.choice([3, 4, 4, 5, 6, 6, 8, 10] if e[6] else [2, 2, 3, 3, 3, 4, 4, 5])
            booked = jd - dt.timedelta(days=r.randint(3, 45))
            booked = min(booked, LAST)
            payee = (1 if r.random() < 0.45 else 0) if j[3] == "prévue" else (0 if r.random() < 0.06 else 1)
            reservations.append((rid, j[0], e[0], iso(booked), metres, round(metres * prix, 2), payee))
            if j[3] != "tenue":
                continue
            for _ in range(r.choices([0, 1, 2, 3, 4, 5], weights=[2, 3, 3, 2, 1, 1])[0]):
                vid += 1
                cat = e[5] if r.random() < 0.75 else r.choice(specs)
                art, lo, hi = r.choice(ARTICLES[cat])
                pv = round(r.uniform(lo, hi) / (5 if hi > 100 else 1)) * (5 if hi > 100 else 1)
                mode = r.choices(["espèces", "carte", "chèque"], weights=[6, 3, 1])[0]
                ventes.append((vid, rid, art, cat, float(max(pv, 1)), mode))
    insert(c, "reservations", reservations)
    insert(c, "ventes", ventes)
    cotis = []
    cid = 0
    for e in exposants:
        y0 = max(2023, int(e[7][:4]))
        for y in range(y0, 2026):
            cid += 1
            mt = 40.0 if e[6] else 25.0
            if y == 2025 and r.random() < 0.25:
                paid = None
            else:
                lo = max(D(y, 1, 5), D.fromisoformat(e[7]))
                paid = iso(day_between(r, lo, max(lo, D(y, 4, 30) if y < 2025 else D(2025, 6, 10))))
            cotis.append((cid, e[0], y, mt, paid))
    insert(c, "cotisations", cotis)
    done(c)


# ---------------------------------------------------------------------------------------------------- crowdfund
GIVEN_UK = [
    "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Charlie", "Freya", "Thomas", "Lily",
    "Oscar", "Evie", "James", "Poppy", "William", "Sophie", "Alfie", "Ella", "Rhys", "Niamh", "Aoife", "Sean",
    "Lukas", "Hanna", "Lucas", "Emma", "Pablo", "Lucía", "Sander", "Femke",
]  # fmt: skip
FAMILY_UK = [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Murphy",
    "Kelly", "Byrne", "Müller", "Schneider", "García", "Martínez", "de Jong", "Bakker", "Dubois", "Moreau", "Lindqvist",
]  # fmt: skip
CATEGORIES = [
    # id, name, parent
    (1, "Technology", None), (2, "Design", None), (3, "Games", None), (4, "Food & Drink", None),
    (5, "Film", None), (6, "Music", None), (7, "Publishing", None),
    (8, "Gadgets", 1), (9, "Apps", 1), (10, "3D Printing", 1), (11, "Product Design", 2), (12, "Fashion", 2),
    (13, "Board Games", 3), (14, "Video Games", 3), (15, "Card Games", 3), (16, "Drinks", 4), (17, "Restaurants", 4),
    (18, "Documentary", 5), (19, "Short Film", 5), (20, "Albums", 6), (21, "Comics", 7), (22, "Children's Books", 7),
    (23, "Poetry", 7), (24, "Craft Beer", 16), (25, "Spirits", 16),
]  # fmt: skip
PROJECT_TITLES = {
    8: ["SolarPack Charging Rucksack", "Pocket Weather Station", "Clip-On Bike Radar", "Smart Plant Pot Sensor",
        "Retro Handheld Radio"],
    9: ["Allotment Planner App", "Bus Buddy Timetable App", "Recipe Swap App"],
    10: ["Open Filament Recycler", "Desktop Resin Printer Mini"],
    11: ["Oak Standing Desk Converter", "Folding Camp Kitchen", "Modular Wall Shelf System", "Ceramic Pour-Over Set"],
    12: ["Recycled Wool Beanies", "Waxed Cotton Field Jacket", "Vegan Leather Wallets", "Merino Cycling Socks"],
    13: ["Lighthouse Keepers: A Board Game", "Canal Traders", "Kingdom of Moss", "Orchard Heist", "Tidal Isles",
         "Castle Bakers"],
    14: ["Pixel Harbour", "Last Train to Norwich", "Fungi Frontier", "Deep Fen Mysteries"],
    15: ["Goblin Market Card Game", "Tea Party Duel", "Weather Witches"],
    16: ["Cold Brew Cans from Leeds"],
    17: ["Community Pizza Oven", "Zero-Waste Café Brixton", "The Noodle Bus"],
    18: ["Voices of the Shipyard", "The Last Cobblers", "River Keepers"],
    19: ["Night Shift (short film)", "Salt Marsh", "The Lamplighter"],
    20: ["Debut Folk Album: Low Tide", "Brass Band Christmas Album", "Synthwave Vinyl Pressing"],
    21: ["Moth Girl Volume 2", "Tales from the Allotment Comic", "Station Cats Anthology"],
    22: ["Hedgehog Finds a Home", "The Boat that Could Fly"],
    23: ["Poems from the Pennines"],
    24: ["Hazy IPA Microbrewery Expansion", "Seaweed Stout", "Village Brewhouse Revival"],
    25: ["Small Batch Gin Still", "Apple Brandy from Somerset"],
    2: ["Design Futures Zine"],
    5: ["Community Cinema Projector"],
}  # fmt: skip
TAGS = [
    "eco-friendly", "made in the UK", "limited edition", "first project", "staff pick", "open source", "vegan",
    "handmade", "for kids", "accessible", "local community", "stretch goals",
]  # fmt: skip
TIER_NAMES = [
    ("Thank you", 5), ("Digital copy", 12), ("Early bird", 25), ("Standard", 35), ("Deluxe", 60),
    ("Collector's edition", 120), ("Founder", 250),
]  # fmt: skip


def build_crowdfund(path: Path) -> None:
    r = random.Random(9002)
    c = fresh_db(
        path,
        """
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES categories(id));
        CREATE TABLE users (
            id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, email TEXT NOT NULL,
            country_code TEXT NOT NULL, created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY, creator_id INTEGER NOT NULL REFERENCES users(id),
            category_id INTEGER NOT NULL REFERENCES categories(id), title TEXT NOT NULL, goal_amount REAL NOT NULL,
            status TEXT NOT NULL, created_at TEXT NOT NULL, launched_at TEXT, deadline_at TEXT, deleted_at TEXT);
        CREATE TABLE reward_tiers (
            id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id), title TEXT NOT NULL,
            min_amount REAL NOT NULL, quantity_limit INTEGER, estimated_delivery TEXT);
        CREATE TABLE pledges (
            id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),
            user_id INTEGER NOT NULL REFERENCES users(id), reward_tier_id INTEGER REFERENCES reward_tiers(id),
            amount REAL NOT NULL, created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE project_updates (
            id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id), title TEXT NOT NULL,
            posted_at TEXT NOT NULL);
        CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE project_tags (
            project_id INTEGER NOT NULL REFERENCES projects(id), tag_id INTEGER NOT NULL REFERENCES tags(id),
            PRIMARY KEY (project_id, tag_id));
        """,
    )
    insert(c, "categories", CATEGORIES)
    countries = ["GB"] * 12 + ["IE"] * 2 + ["DE", "DE", "NL", "NL", "FR", "ES", "US", "US", "SE"]
    pool = [(g, f) for g in GIVEN_UK for f in FAMILY_UK]
    r.shuffle(pool)
    users = []
    for i in range(1, 461):
        g, f = pool[i]
        uname = f"{g.lower()}{f.lower().replace(' ', '')[:5]}{r.randint(1, 99)}"
        uname = uname.translate(str.maketrans("íüá", "iua"))
        created = day_between(r, D(2019, 3, 1), D(2025, 5, 31))
        deleted = None
        if r.random() < 0.06:
            deleted = stamp(r, day_between(r, created + dt.timedelta(days=30), LAST))
        users.append([i, uname, f"{g} {f}", f"{uname}@example.com", r.choice(countries), stamp(r, created), deleted])
    seen = set()
    for u in users:
        while u[1] in seen:
            u[1] += "x"
        seen.add(u[1])
        u[3] = f"{u[1]}@example.com"
    insert(c, "users", users)
    projects = []
    tiers = []
    pledges = []
    updates = []
    ptags = []
    taken: dict[int, int] = {}
    pid = tid = plid = upid = 0
    items = [(cat, t) for cat, ts in PROJECT_TITLES.items() for t in ts]
    r.shuffle(items)
    live_users = [u for u in users if u[6] is None]
    for cat, title in items:
        pid += 1
        cdate = day_between(r, D(2021, 6, 1), D(2025, 4, 1))
        if pid > len(items) - 8:
            cdate = day_between(r, D(2025, 4, 25), D(2025, 6, 5))
        creator = r.choice([u for u in live_users if u[5][:10] < iso(cdate)])
        goal = float(r.choice([500, 800, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000]))
        if (cdate > D(2025, 4, 25) and pid % 3 == 0) or r.random() < 0.07:
            projects.append([pid, creator[0], cat, title, goal, "draft", stamp(r, cdate), None, None, None])
            continue
        launch = cdate + dt.timedelta(days=r.randint(5, 40))
        if launch >= LAST:
            launch = LAST - dt.timedelta(days=r.randint(1, 10))
        deadline = launch + dt.timedelta(days=r.choice([30, 30, 30, 45, 60]))
        status = "live" if deadline > LAST else "ended"
        projects.append(
            [pid, creator[0], cat, title, goal, status, stamp(r, cdate), stamp(r, launch), stamp(r, deadline, 23, 23),
             None]
        )  # fmt: skip
        ptiers = []
        for name, amt in sorted(r.sample(TIER_NAMES, r.randint(2, 5)), key=lambda x: x[1]):
            tid += 1
            lim = None if amt < 60 or r.random() < 0.3 else r.choice([50, 100, 200, 500])
            dlv = iso(add_months(deadline.replace(day=1), r.randint(2, 10)))
            tiers.append((tid, pid, name, float(amt), lim, dlv))
            ptiers.append((tid, float(amt), lim))
        appeal = r.uniform(0.3, 1.8)
        n_backers = max(1, int(goal / 32 * appeal * r.uniform(0.6, 1.2)))
        if status == "live":
            frac = min(1.0, (LAST - launch).days / (deadline - launch).days)
            n_backers = max(1, int(n_backers * frac))
        n_backers = min(n_backers, 200)
        backers = r.sample([u for u in users if u[0] != creator[0]], n_backers)
        end = min(deadline, LAST)
        for b in backers:
            bcreated = D.fromisoformat(b[5][:10])
            if bcreated > end:
                continue
            plid += 1
            when = day_between(r, max(launch, bcreated), end)
            if r.random() < 0.1:
                tier = None
                amount = float(r.choice([1, 2, 5, 10, 20]))
            else:
                tier, tmin, lim = r.choice(ptiers)
                if lim is not None and taken.get(tier, 0) >= lim:
                    tier, tmin, lim = ptiers[0]
                taken[tier] = taken.get(tier, 0) + 1
                amount = tmin + (0.0 if r.random() < 0.8 else float(r.choice([5, 10, 15, 25])))
            cancelled = None
            if r.random() < 0.05:
                cancelled = stamp(r, day_between(r, when, end))
            pledges.append([plid, pid, b[0], tier, amount, stamp(r, when), cancelled])
        total = sum(p[4] for p in pledges if p[1] == pid and p[6] is None)
        if status == "ended":
            if r.random() < 0.06:
                projects[-1][5] = "cancelled"
            else:
                projects[-1][5] = "successful" if total >= goal else "failed"
        for _ in range(r.choice([0, 1, 1, 2, 3, 4])):
            upid += 1
            uday = day_between(r, launch, min(LAST, deadline + dt.timedelta(days=200)))
            utitle = r.choice(
                ["We're live!", "Halfway there", "Stretch goal unlocked", "Thank you backers", "Production update",
                 "Shipping news", "Final 48 hours", "Prototype photos", "Delay update", "Survey is out"]
            )  # fmt: skip
            updates.append((upid, pid, utitle, stamp(r, uday)))
        for t in r.sample(range(1, len(TAGS) + 1), r.choice([0, 1, 2, 2, 3])):
            ptags.append((pid, t))
    # a few soft-deleted projects: drafts abandoned by their creators
    for p in projects:
        if p[5] == "draft" and p[0] % 2 == 0:
            p[9] = stamp(r, min(LAST, D.fromisoformat(p[6][:10]) + dt.timedelta(days=r.randint(3, 60))))
    insert(c, "projects", projects)
    insert(c, "reward_tiers", tiers)
    insert(c, "pledges", pledges)
    insert(c, "project_updates", updates)
    insert(c, "tags", list(enumerate(TAGS, 1)))
    insert(c, "project_tags", ptags)
    done(c)


# ---------------------------------------------------------------------------------------------------- bikelease
EMPLOYERS = [
    ("Hartley & Finch Solicitors", "Leeds", 1000), ("Northgate Hospital Trust", "Sheffield", 10000),
    ("Calder Valley Council", "Halifax", 2500), ("Brightwater Software", "Manchester", 5000),
    ("Pennine Logistics", "Bradford", 1000), ("Ouse Bridge Academy", "York", 1000),
    ("Kestrel Engineering", "Huddersfield", 2500), ("Aire Valley Building Society", "Leeds", 5000),
    ("Moorland Foods", "Harrogate", 1000), ("Riverside Housing Group", "Wakefield", 2500),
    ("Saltaire Design Studio", "Shipley", 5000), ("Minster Insurance", "York", 2500),
    ("Holme Moss Energy", "Huddersfield", 10000), ("Dales Veterinary Group", "Skipton", 1000),
    ("Castleford Print Works", "Castleford", 1000), ("Trinity Arcade Retail", "Leeds", 2500),
    ("Wharfedale University", "Ilkley", 10000), ("Beacon Telecom", "Manchester", 2500),
    ("Canalside Architects", "Sheffield", 5000), ("Holbeck Brewing Co", "Leeds", 1000),
]  # fmt: skip
RETAILERS = [
    ("Spoke & Chain", "Leeds"), ("Velo Yorkshire", "York"), ("Pedal Power Cycles", "Sheffield"),
    ("The Bike Barn", "Harrogate"), ("Halfords Manchester Central", "Manchester"), ("Two Wheels Good", "Bradford"),
    ("Freewheel Huddersfield", "Huddersfield"), ("Dales Cycle Centre", "Skipton"), ("Evans Cycles Leeds", "Leeds"),
    ("Cargo Bike Co-op", "Sheffield"),
]  # fmt: skip
BIKES = {
    1: [("Trek Domane AL 2", 950), ("Specialized Allez", 1100), ("Giant Contend 1", 1050), ("Cannondale CAAD Optimo", 1250),
        ("Ribble Endurance AL", 1400), ("Canyon Endurace 7", 1900)],
    2: [("Trek FX 2", 650), ("Giant Escape 2", 550), ("Boardman HYB 8.6", 700), ("Specialized Sirrus 2.0", 600),
        ("Marin Fairfax 1", 520)],
    3: [("Raleigh Motus Grand Tour", 2600), ("Specialized Turbo Vado 4.0", 3800), ("Trek Allant+ 7", 3400),
        ("Gazelle Ultimate C380", 3200), ("Cube Kathmandu Hybrid", 3600)],
    4: [("Whyte 905", 1300), ("Trek Marlin 7", 900), ("Calibre Bossnut", 1000), ("Giant Talon 1", 800)],
    5: [("Tern GSD S10", 5200), ("Urban Arrow Family", 6500), ("Riese & Müller Load 60", 7900)],
    6: [("Brompton C Line Explore", 1700), ("Brompton P Line Urban", 2600), ("Tern Link D8", 750)],
}  # fmt: skip
GIVEN_EN_POOL = [
    "Margaret", "David", "Susan", "John", "Helen", "Richard", "Janet", "Andrew", "Claire", "Stephen", "Ruth",
    "Martin", "Alison", "Graham", "Fiona", "Nigel", "Judith", "Colin",
]  # fmt: skip
DEPARTMENTS = ["Finance", "Operations", "IT", "HR", "Sales", "Customer Service", "Facilities", "Legal"]


def build_bikelease(path: Path) -> None:
    r = random.Random(9003)
    c = fresh_db(
        path,
        """
        CREATE TABLE employers (
            employer_id INTEGER PRIMARY KEY, employer_name TEXT NOT NULL, city TEXT NOT NULL,
            joined_scheme TEXT NOT NULL, lease_cap INTEGER NOT NULL);
        CREATE TABLE employees (
            employee_id INTEGER PRIMARY KEY, employer_id INTEGER NOT NULL REFERENCES employers(employer_id),
            first_name TEXT NOT NULL, last_name TEXT NOT NULL, department TEXT, work_email TEXT);
        CREATE TABLE retailers (
            retailer_id INTEGER PRIMARY KEY, retailer_name TEXT NOT NULL, town TEXT NOT NULL,
            commission_pct REAL NOT NULL);
        CREATE TABLE lease_status (status_code INTEGER PRIMARY KEY, status_label TEXT NOT NULL);
        CREATE TABLE bike_type (type_code INTEGER PRIMARY KEY, type_label TEXT NOT NULL);
        CREATE TABLE leases (
            lease_id INTEGER PRIMARY KEY, employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
            retailer_id INTEGER NOT NULL REFERENCES retailers(retailer_id),
            status_code INTEGER NOT NULL REFERENCES lease_status(status_code),
            type_code INTEGER NOT NULL REFERENCES bike_type(type_code), bike_model TEXT NOT NULL,
            bike_price REAL NOT NULL, accessories_price REAL NOT NULL, term_months INTEGER NOT NULL,
            applied_on TEXT NOT NULL, start_date TEXT, ended_on TEXT);
        CREATE TABLE repayments (
            repayment_id INTEGER PRIMARY KEY, lease_id INTEGER NOT NULL REFERENCES leases(lease_id),
            payroll_date TEXT NOT NULL, amount REAL NOT NULL);
        """,
    )
    employers = []
    for i, (name, city, cap) in enumerate(EMPLOYERS, 1):
        employers.append((i, name, city, iso(day_between(r, D(2019, 1, 1), D(2024, 9, 30))), cap))
    insert(c, "employers", employers)
    insert(
        c,
        "retailers",
        [(i, n, t, r.choice([8.0, 10.0, 10.0, 12.5, 15.0])) for i, (n, t) in enumerate(RETAILERS, 1)],
    )
    insert(c, "lease_status", [(1, "Applied"), (2, "Approved"), (3, "Active"), (4, "Completed"),
                               (5, "Terminated early"), (6, "Declined")])  # fmt: skip
    insert(c, "bike_type", [(1, "Road"), (2, "Hybrid"), (3, "Electric"), (4, "Mountain"), (5, "Cargo"),
                            (6, "Folding")])  # fmt: skip
    pool = [(g, f) for g in GIVEN_UK[:24] for f in FAMILY_UK[:22]]
    r.shuffle(pool)
    employees = []
    for i in range(1, 421):
        g, f = pool[i]
        emp = r.choices(range(1, 21), weights=[3, 8, 6, 5, 3, 2, 3, 4, 2, 4, 1, 4, 3, 1, 1, 2, 6, 3, 2, 1])[0]
        dom = employers[emp - 1][1].lower().split()[0].replace("&", "")
        email = None if r.random() < 0.1 else f"{g.lower()}.{f.lower()}@{dom}.co.uk"
        employees.append((i, emp, g, f, None if r.random() < 0.07 else r.choice(DEPARTMENTS), email))
    insert(c, "employees", employees)
    leases = []
    repayments = []
    lid = rpid = 0
    for e in employees:
        n = 1 if r.random() < 0.85 else 2
        if e[0] % 9 == 0:
            n = 0  # registered, never applied
        er = employers[e[1] - 1]
        after = D.fromisoformat(er[3])
        for k in range(n):
            lid += 1
            for _ in range(6):  # most people pick a bike within their employer's cap
                t = r.choices([1, 2, 3, 4, 5, 6], weights=[4, 6, 5, 2, 1, 2])[0]
                model, price = r.choice(BIKES[t])
                price = float(price + r.choice([0, 0, -50, 50, 99, -100]))
                acc = float(r.choice([0, 0, 45, 80, 120, 150, 210, 300]))
                if price + acc <= er[4] or r.random() < 0.1:
                    break
            term = r.choice([12, 12, 18, 24, 24]) if price + acc < 3000 else r.choice([24, 36])
            lo = after if k == 0 else D.fromisoformat(leases[-1][9]) + dt.timedelta(days=400)
            if lo > LAST:
                lid -= 1
                break
            applied = day_between(r, lo, LAST)
            age = (LAST - applied).days
            if age < 20:
                status = r.choice([1, 1, 2])
            elif age < 40:
                status = r.choice([2, 3, 6])
            elif price + acc > er[4] or r.random() < 0.04:
                status = 6
            else:
                status = 3
            if t == 5:
                shop = r.choice([10, 10, 10, 9, 1])
            else:
                shop = r.choice([1, 2, 3, 4, 5, 7, 9] if t == 3 else [1, 2, 3, 4, 5, 6, 7, 8, 9])
            start = ended = None
            if status in (3, 4, 5):
                start = applied + dt.timedelta(days=r.randint(10, 30))
                if start > LAST:
                    status, start = 2, None
            if start is not None:
                full_end = add_months(start, term)
                if full_end <= LAST:
                    status = 4
                    ended = full_end
                if r.random() < 0.08:
                    cut = add_months(start, r.randint(2, term - 1))
                    if cut <= LAST:
                        status, ended = 5, cut
            leases.append((lid, e[0], shop, status, t, model, price, acc, term, iso(applied),
                           iso(start) if start else None, iso(ended) if ended else None))  # fmt: skip
            if start is None:
                continue
            monthly = round((price + acc) / term, 2)
            m = 1
            pay = add_months(start.replace(day=25), 1 if start.day > 20 else 0)
            stop = min(LAST, ended or LAST)
            while pay <= stop and m <= term:
                rpid += 1
                repayments.append((rpid, lid, iso(pay), monthly))
                pay = add_months(pay, 1)
                m += 1
            if status == 5:
                rpid += 1
                owed = round(price + acc - monthly * (m - 1), 2)
                repayments.append((rpid, lid, iso(ended), owed))
    insert(c, "leases", leases)
    insert(c, "repayments", repayments)
    done(c)


# ---------------------------------------------------------------------------------------------------- bridalwear
STAFF = [
    # id, name, role, manager, start, hourly rate
    (1, "Rosalind Ashby", "Owner", None, "2012-03-01", 28.0),
    (2, "Harriet Vane", "Senior Stylist", 1, "2014-09-15", 17.5),
    (3, "Priya Chauhan", "Senior Stylist", 1, "2017-02-01", 16.5),
    (4, "Megan Lloyd", "Stylist", 2, "2020-05-11", 13.0),
    (5, "Bethany Cole", "Stylist", 2, "2022-08-22", 12.5),
    (6, "Chloe Osei", "Stylist", 3, "2023-04-03", 12.25),
    (7, "Margaret Dunn", "Head Seamstress", 1, "2013-06-10", 19.0),
    (8, "Ewa Nowak", "Seamstress", 7, "2018-10-01", 15.0),
    (9, "Agnieszka Lis", "Seamstress", 7, "2021-01-18", 14.5),
    (10, "Tom Reeve", "Receptionist", 1, "2024-02-05", 11.5),
]
DESIGNERS = ["Pronovias", "Justin Alexander", "Maggie Sottero", "Jenny Packham", "Enzoani", "Stella York",
             "Rebecca Ingram", "Sassi Holford"]  # fmt: skip
STYLE_NAMES = [
    "Aria", "Bellamy", "Celeste", "Delphine", "Elodie", "Florence", "Genevieve", "Harper", "Iris", "Juliet",
    "Kinsley", "Lorelei", "Marigold", "Nora", "Ophelia", "Primrose", "Quinn", "Rosalie", "Seraphina", "Tallulah",
    "Violet", "Willow", "Adeline", "Beatrix", "Clementine", "Dahlia", "Estelle", "Fleur", "Gracie", "Hazel",
    "Imelda", "Josephine", "Lavinia", "Matilda", "Odette", "Penelope", "Romilly", "Sienna", "Thea", "Wren",
    "Amara", "Blythe", "Cosima", "Daisy", "Evangeline", "Freya", "Ivy", "Lark", "Maeve", "Orla",
]  # fmt: skip
SILHOUETTES = ["A-line", "Ball gown", "Mermaid", "Sheath", "Fit and flare"]
ACCESSORIES = [
    (1, "Cathedral veil", "Veil", 320.0), (2, "Fingertip veil", "Veil", 180.0), (3, "Blusher veil", "Veil", 95.0),
    (4, "Crystal tiara", "Headpiece", 240.0), (5, "Pearl hair vine", "Headpiece", 85.0),
    (6, "Flower crown", "Headpiece", 65.0), (7, "Beaded belt", "Belt", 150.0), (8, "Satin sash", "Belt", 55.0),
    (9, "Lace bolero", "Cover-up", 130.0), (10, "Faux fur stole", "Cover-up", 110.0),
    (11, "Petticoat", "Underwear", 75.0), (12, "Bridal garter", "Underwear", 18.0),
    (13, "Pearl earrings", "Jewellery", 60.0), (14, "Crystal drop earrings", "Jewellery", 45.0),
    (15, "Embroidered hanky", "Gift", 22.0),
]  # fmt: skip
GIVEN_F = [
    "Amy", "Becky", "Charlotte", "Danielle", "Eleanor", "Fiona", "Gemma", "Hannah", "Holly", "Jade", "Jessica",
    "Kirsty", "Laura", "Lucy", "Natalie", "Rachel", "Rebecca", "Sarah", "Stacey", "Zoe", "Aisha", "Naomi", "Leah",
    "Abigail", "Ellie", "Georgia",
]  # fmt: skip


def build_bridalwear(path: Path) -> None:
    r = random.Random(9004)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Staff" (
            "Staff ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Role" TEXT NOT NULL,
            "Manager ID" INTEGER REFERENCES "Staff"("Staff ID"), "Start Date" TEXT NOT NULL, "Hourly Rate" REAL NOT NULL);
        CREATE TABLE "Brides" (
            "Bride ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Phone" TEXT NOT NULL, "Email" TEXT,
            "Wedding Date" TEXT NOT NULL, "Budget" REAL, "First Visit" TEXT NOT NULL);
        CREATE TABLE "Dresses" (
            "Dress ID" INTEGER PRIMARY KEY, "Designer" TEXT NOT NULL, "Style Name" TEXT NOT NULL,
            "Silhouette" TEXT NOT NULL, "Retail Price" REAL NOT NULL, "Sample Size" INTEGER NOT NULL,
            "Discontinued" INTEGER NOT NULL);
        CREATE TABLE "Appointments" (
            "Appointment ID" INTEGER PRIMARY KEY, "Bride ID" INTEGER NOT NULL REFERENCES "Brides"("Bride ID"),
            "Staff ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Appointment Date" TEXT NOT NULL,
            "Appointment Type" TEXT NOT NULL, "Outcome" TEXT NOT NULL);
        CREATE TABLE "Orders" (
            "Order ID" INTEGER PRIMARY KEY, "Bride ID" INTEGER NOT NULL REFERENCES "Brides"("Bride ID"),
            "Dress ID" INTEGER NOT NULL REFERENCES "Dresses"("Dress ID"),
            "Sold By" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Order Date" TEXT NOT NULL,
            "Size Ordered" INTEGER NOT NULL, "Agreed Price" REAL NOT NULL, "Deposit" REAL NOT NULL,
            "Balance Paid On" TEXT);
        CREATE TABLE "Alterations" (
            "Alteration ID" INTEGER PRIMARY KEY, "Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"),
            "Seamstress ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Work" TEXT NOT NULL,
            "Cost" REAL NOT NULL, "Completed On" TEXT);
        CREATE TABLE "Accessories" (
            "Accessory ID" INTEGER PRIMARY KEY, "Item Name" TEXT NOT NULL, "Kind" TEXT NOT NULL,
            "Price" REAL NOT NULL);
        CREATE TABLE "Order Accessories" (
            "Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"),
            "Accessory ID" INTEGER NOT NULL REFERENCES "Accessories"("Accessory ID"), "Quantity" INTEGER NOT NULL,
            PRIMARY KEY ("Order ID", "Accessory ID"));
        """,
    )
    insert(c, "Staff", STAFF)
    dresses = []
    styles = STYLE_NAMES[:]
    r.shuffle(styles)
    for i in range(1, 51):
        des = DESIGNERS[(i - 1) % len(DESIGNERS)]
        base = {"Jenny Packham": 3200, "Pronovias": 2200, "Sassi Holford": 2600, "Stella York": 1300}.get(des, 1700)
        price = float(round(base * r.uniform(0.7, 1.5) / 50) * 50 - 1)
        dresses.append((i, des, styles[i - 1], r.choice(SILHOUETTES), price, r.choice([10, 12, 12, 14, 16]),
                        1 if r.random() < 0.15 else 0))  # fmt: skip
    insert(c, "Dresses", dresses)
    insert(c, "Accessories", ACCESSORIES)
    pool = [f"{g} {f}" for g in GIVEN_F for f in FAMILY_UK[:22]]
    r.shuffle(pool)
    brides = []
    for i in range(1, 281):
        first = day_between(r, D(2022, 6, 1), LAST)
        wed = first + dt.timedelta(days=r.randint(150, 480))
        budget = None if r.random() < 0.2 else float(r.choice([1000, 1500, 2000, 2500, 3000, 3500, 4000, 5000]))
        name = pool[i]
        email = (
            None
            if r.random() < 0.12
            else f"{name.lower().replace(' ', '.')}@{r.choice(['gmail.com', 'outlook.com', 'icloud.com'])}"
        )
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        brides.append((i, name, phone, email, iso(wed), budget, iso(first)))
    insert(c, "Brides", brides)
    stylists = [2, 3, 4, 5, 6]
    appts = []
    orders = []
    alts = []
    oacc = []
    aid = oid = alid = 0

    def appt(bride: int, staff: int, d: dt.date, kind: str, attended: bool = False) -> None:
        nonlocal aid
        aid += 1
        if d > LAST:
            outcome = "Booked"
        elif kind == "Collection" or attended:
            outcome = "Attended"
        else:
            outcome = r.choices(["Attended", "Cancelled", "No-show"], weights=[17, 2, 1])[0]
        appts.append((aid, bride, staff, iso(d), kind, outcome))

    for b in brides:
        bid, wed, first = b[0], D.fromisoformat(b[4]), D.fromisoformat(b[6])
        eligible = [s for s in stylists if STAFF[s - 1][4] <= iso(first)]
        st = r.choice(eligible)
        buys = r.random() < 0.72
        odate = first + dt.timedelta(days=r.choice([0, 0, 0, 7, 14, 21, 35]))
        if odate > LAST or wed - odate < dt.timedelta(days=90):
            buys = False
        appt(bid, st, first, "Consultation", buys and odate == first)
        if not buys:
            if r.random() < 0.4 and first + dt.timedelta(days=14) <= D(2025, 7, 15):
                appt(bid, r.choice(eligible), first + dt.timedelta(days=14), "Consultation")
            continue
        if odate != first:
            appt(bid, st, odate, "Consultation", True)
        oid += 1
        dress = r.choice(dresses[: 44 if odate > D(2024, 6, 1) else 50])
        if dress[6] and odate > D(2024, 6, 1):
            dress = dresses[0]
        price = dress[4] if r.random() < 0.7 else round(dress[4] * r.choice([0.85, 0.9, 0.95]), 2)
        deposit = round(price / 2, 2)
        bal_due = wed - dt.timedelta(days=28)
        bal = None
        if bal_due <= LAST:
            bal = iso(min(LAST, bal_due - dt.timedelta(days=r.randint(-10, 40))))
        elif r.random() < 0.1:
            bal = iso(day_between(r, odate, LAST))
        size = r.choice([6, 8, 10, 10, 12, 12, 14, 14, 16, 18, 20])
        orders.append((oid, bid, dress[0], st, iso(odate), size, price, deposit, bal))
        fit1 = wed - dt.timedelta(days=r.randint(50, 70))
        fit2 = wed - dt.timedelta(days=r.randint(14, 28))
        appt(bid, 7 if r.random() < 0.3 else r.choice([8, 9]), fit1, "Fitting")
        appt(bid, r.choice([7, 8, 9]), fit2, "Fitting")
        appt(bid, 10 if fit2 > D(2024, 2, 5) and r.random() < 0.5 else st, wed - dt.timedelta(days=r.randint(3, 9)),
             "Collection")  # fmt: skip
        works = r.sample(
            [("Hem", 95.0), ("Take in bodice", 140.0), ("Add bustle", 85.0), ("Shorten straps", 45.0),
             ("Let out side seams", 120.0), ("Add sleeves", 220.0), ("Add buttons", 60.0)],
            r.choice([0, 1, 1, 2, 2, 3]),
        )  # fmt: skip
        for w, cost in works:
            alid += 1
            sm = r.choice([7, 8, 9]) if odate > D(2021, 1, 18) else r.choice([7, 8])
            done_on = None if fit2 > LAST else iso(fit2 - dt.timedelta(days=r.randint(1, 7)))
            alts.append((alid, oid, sm, w, cost + r.choice([0.0, 0.0, 10.0, 20.0, -10.0]), done_on))
        for a in r.sample(ACCESSORIES, r.choice([0, 0, 1, 1, 2, 3])):
            oacc.append((oid, a[0], 2 if a[0] in (13, 15) and r.random() < 0.3 else 1))
    appts.sort(key=lambda a: (a[3], a[1]))
    appts = [(k, *a[1:]) for k, a in enumerate(appts, 1)]
    insert(c, "Appointments", appts)
    insert(c, "Orders", orders)
    insert(c, "Alterations", alts)
    insert(c, "Order Accessories", oacc)
    done(c)


# ---------------------------------------------------------------------------------------------------- deskhub
SITES = [
    # name, city, country, opened, plan fees (Day Pass, Flex, Resident) in local currency
    ("Shoreditch Yard", "London", "UK", "2019-04-01", (30, 220, 450)),
    ("Ancoats Mill", "Manchester", "UK", "2020-09-14", (20, 160, 320)),
    ("Clifton Rooms", "Bristol", "UK", "2022-03-07", (20, 150, 300)),
    ("Liberties Loft", "Dublin", "Ireland", "2021-06-01", (25, 190, 390)),
    ("Jordaan Works", "Amsterdam", "Netherlands", "2023-05-15", (28, 210, 420)),
]
CAFE_ITEMS = [
    ("Flat white", 3.4), ("Americano", 2.9), ("Oat latte", 3.8), ("Tea", 2.2), ("Croissant", 2.6),
    ("Banana bread", 3.2), ("Sourdough toastie", 6.5), ("Soup of the day", 5.5), ("Granola bowl", 4.8),
    ("Sparkling water", 1.9),
]  # fmt: skip
COMPANIES = [
    "Loop Analytics", "Fernhill Studio", "Copperplate Media", "Nimbus Robotics", "Tidewater Consulting",
    "Hazel & Sage", "Quarry Games", "Brightline Legal", "Orbit Translations", "Pixelmoor",
]  # fmt: skip


def build_deskhub(path: Path) -> None:
    r = random.Random(9005)
    c = fresh_db(
        path,
        """
        CREATE TABLE sites (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
            opened_on TEXT NOT NULL);
        CREATE TABLE spaces (
            space_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id),
            space_name TEXT NOT NULL, space_kind TEXT NOT NULL, capacity INTEGER NOT NULL, hourly_rate REAL NOT NULL);
        CREATE TABLE space_attributes (
            space_id INTEGER NOT NULL REFERENCES spaces(space_id), attribute TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (space_id, attribute));
        CREATE TABLE members (
            member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, company TEXT, email TEXT NOT NULL,
            home_site_id INTEGER NOT NULL REFERENCES sites(site_id), plan TEXT NOT NULL, joined_on TEXT NOT NULL,
            left_on TEXT);
        CREATE TABLE bookings (
            booking_id INTEGER PRIMARY KEY, space_id INTEGER NOT NULL REFERENCES spaces(space_id),
            member_id INTEGER NOT NULL REFERENCES members(member_id), starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,
            cancelled INTEGER NOT NULL);
        CREATE TABLE invoices (
            invoice_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id),
            issued_on TEXT NOT NULL, due_on TEXT NOT NULL, amount REAL NOT NULL, currency TEXT NOT NULL,
            paid_on TEXT);
        CREATE TABLE cafe_sales (
            sale_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id),
            member_id INTEGER REFERENCES members(member_id), sold_at TEXT NOT NULL, item TEXT NOT NULL,
            quantity INTEGER NOT NULL, unit_price REAL NOT NULL);
        """,
    )
    insert(c, "sites", [(i, s[0], s[1], s[2], s[3]) for i, s in enumerate(SITES, 1)])
    spaces = []
    attrs = []
    sid = 0
    room_names = ["Oak", "Birch", "Cedar", "Maple", "Rowan", "Hazel", "Alder", "Elm", "Willow", "Ash"]
    for site in range(1, 6):
        eur = SITES[site - 1][2] != "UK"
        kinds = ["hot desk"] * 3 + ["fixed desk"] * 2 + ["meeting room"] * 3 + ["phone booth"] * 2 + ["private office"]
        rooms = room_names[:]
        r.shuffle(rooms)
        n_desk = n_booth = n_office = 0
        for kind in kinds[: r.randint(9, 11)]:
            sid += 1
            if kind == "meeting room":
                name = f"{rooms.pop()} Room"
                cap = r.choice([4, 6, 8, 10, 12, 16])
                rate = float(cap * 4 + r.choice([0, 5, 10]))
            elif kind == "phone booth":
                n_booth += 1
                name, cap, rate = f"Booth {n_booth}", 1, 5.0
            elif kind == "private office":
                name, cap = "Private Office", r.choice([2, 4, 6])
                rate = float(cap * 6)
            else:
                if kind == "hot desk":
                    n_desk += 1
                    name = f"Hot Desk Zone {chr(64 + n_desk)}"
                else:
                    n_office -= 1
                    name = f"Fixed Desk Zone {chr(64 - n_office)}"
                cap = r.choice([8, 10, 12, 16, 20])
                rate = 4.0 if kind == "hot desk" else 6.0
            if eur:
                rate = round(rate * 1.15, 1)
            spaces.append((sid, site, name, kind, cap, rate))
            attrs.append((sid, "floor", str(r.choice([0, 1, 1, 2, 2, 3]))))
            if kind in ("meeting room", "private office"):
                attrs.append((sid, "screen", r.choice(["75in TV", "55in TV", "projector", "none"])))
                attrs.append((sid, "whiteboard", r.choice(["yes", "yes", "no"])))
                if r.random() < 0.5:
                    attrs.append((sid, "video_conferencing", r.choice(["yes", "no"])))
            if kind in ("hot desk", "fixed desk"):
                attrs.append((sid, "standing_desks", r.choice(["yes", "no", "no"])))
                attrs.append((sid, "monitors", r.choice(["27in", "24in", "none"])))
            if r.random() < 0.75:
                attrs.append((sid, "step_free_access", "yes" if r.random() < 0.7 else "no"))
            if r.random() < 0.6:
                attrs.append((sid, "natural_light", r.choice(["yes", "yes", "no"])))
            if kind != "phone booth" and r.random() < 0.3:
                attrs.append((sid, "quiet_zone", "yes"))
    insert(c, "spaces", spaces)
    insert(c, "space_attributes", attrs)
    pool = [f"{g} {f}" for g in GIVEN_UK for f in FAMILY_UK]
    r.shuffle(pool)
    members = []
    for i in range(1, 341):
        site = r.choices(range(1, 6), weights=[5, 3, 2, 3, 2])[0]
        opened = D.fromisoformat(SITES[site - 1][3])
        joined = day_between(r, max(opened, D(2022, 1, 1)), D(2025, 6, 10))
        left = None
        if r.random() < 0.3:
            lday = joined + dt.timedelta(days=r.randint(60, 700))
            left = iso(lday) if lday <= LAST else None
        plan = r.choices(["Day Pass", "Flex", "Resident"], weights=[3, 4, 3])[0]
        name = pool[i]
        company = None if r.random() < 0.45 else r.choice(COMPANIES)
        local = name.lower().replace(" ", ".").translate(str.maketrans("íüá", "iua"))
        email = f"{local}@{'mail.com' if company is None else 'work.example'}"
        members.append((i, name, company, email, site, plan, iso(joined), left))
    insert(c, "members", members)
    bookings = []
    bid = 0
    by_site: dict[int, list[tuple]] = {}
    for sp in spaces:
        by_site.setdefault(sp[1], []).append(sp)
    for _ in range(2600):
        m = r.choice(members)
        lo = D.fromisoformat(m[6])
        hi = D.fromisoformat(m[7]) if m[7] else D(2025, 7, 10)
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        if d.weekday() >= 5:
            d -= dt.timedelta(days=2)
            if d < lo:
                continue
        site = m[4] if r.random() < 0.85 else r.randint(1, 5)
        if D.fromisoformat(SITES[site - 1][3]) > d:
            site = m[4]
        sp = r.choice([s for s in by_site[site] if s[3] in ("meeting room", "phone booth", "private office")])
        start_h = r.randint(8, 17)
        hours = 1 if sp[3] == "phone booth" else r.choice([1, 1, 2, 2, 3, 4])
        bid += 1
        cancelled = 1 if r.random() < 0.08 else 0
        bookings.append([bid, sp[0], m[0], f"{iso(d)} {start_h:02d}:00", f"{iso(d)} {min(start_h + hours, 20):02d}:00",
                         cancelled])  # fmt: skip
    bookings.sort(key=lambda b: (b[3], b[1]))
    bookings = [(k, *b[1:]) for k, b in enumerate(bookings, 1)]
    insert(c, "bookings", bookings)
    invoices = []
    iid = 0
    for m in members:
        site = SITES[m[4] - 1]
        cur = "GBP" if site[2] == "UK" else "EUR"
        fee = site[4][["Day Pass", "Flex", "Resident"].index(m[5])]
        d = add_months(D.fromisoformat(m[6]).replace(day=1), 1)
        end = D.fromisoformat(m[7]) if m[7] else LAST
        while d <= end:
            iid += 1
            if m[5] == "Day Pass":
                amount = float(fee * r.randint(1, 8))
            else:
                amount = float(fee + r.choice([0, 0, 0, 12, 24, 36, 60]))
            due = d + dt.timedelta(days=14)
            if due > LAST and r.random() < 0.7:
                paid = None
            elif r.random() < 0.05:
                paid = None
            else:
                paid_d = d + dt.timedelta(days=r.choice([1, 2, 3, 5, 8, 10, 13, 16, 21, 30]))
                paid = iso(paid_d) if paid_d <= LAST else None
            invoices.append((iid, m[0], iso(d), iso(due), amount, cur, paid))
            d = add_months(d, 1)
    insert(c, "invoices", invoices)
    sales = []
    for _ in range(3200):
        site = r.choices(range(1, 6), weights=[5, 3, 2, 3, 2])[0]
        d = day_between(r, max(D(2024, 1, 1), D.fromisoformat(SITES[site - 1][3])), LAST)
        here = [m for m in members if m[4] == site and m[6] <= iso(d) and (m[7] is None or m[7] >= iso(d))]
        member = r.choice(here)[0] if here and r.random() < 0.7 else None
        item, price = r.choice(CAFE_ITEMS)
        if SITES[site - 1][2] != "UK":
            price = round(price * 1.2, 1)
        elif site == 1:
            price = round(price + 0.3, 2)
        sales.append([site, member, stamp(r, d, 8, 17)[:16], item, r.choice([1, 1, 1, 1, 2, 2, 3]), price])
    sales.sort(key=lambda s: (s[2], s[0]))
    insert(c, "cafe_sales", [(k, *s) for k, s in enumerate(sales, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- bookbarn
BRANCHES = [
    ("Hay-on-Wye", "Hay-on-Wye", 1998, 1), ("Ludlow Castle Street", "Ludlow", 2004, 0),
    ("Hebden Bridge", "Hebden Bridge", 2009, 1), ("Totnes High Street", "Totnes", 2012, 0),
    ("Whitby Harbour", "Whitby", 2016, 1), ("Frome Market Yard", "Frome", 2021, 0),
]  # fmt: skip
AUTHORS = [
    ("Charles Dickens", "English", 1812), ("Jane Austen", "English", 1775), ("Charlotte Brontë", "English", 1816),
    ("Emily Brontë", "English", 1818), ("George Eliot", "English", 1819), ("Thomas Hardy", "English", 1840),
    ("Agatha Christie", "English", 1890), ("Arthur Conan Doyle", "Scottish", 1859),
    ("Raymond Chandler", "American", 1888), ("Dorothy L. Sayers", "English", 1893),
    ("J. R. R. Tolkien", "English", 1892), ("Terry Pratchett", "English", 1948), ("Neil Gaiman", "English", 1960),
    ("George Orwell", "English", 1903), ("Virginia Woolf", "English", 1882), ("Evelyn Waugh", "English", 1903),
    ("Kazuo Ishiguro", "British", 1954), ("Ian McEwan", "English", 1948), ("Hilary Mantel", "English", 1952),
    ("Daphne du Maurier", "English", 1907), ("John Wyndham", "English", 1903), ("Frank Herbert", "American", 1920),
    ("Isaac Asimov", "American", 1920), ("Douglas Adams", "English", 1952), ("Aldous Huxley", "English", 1894),
    ("H. G. Wells", "English", 1866), ("Stephen Hawking", "English", 1942), ("Richard Dawkins", "British", 1941),
    ("Bill Bryson", "American", 1951), ("Laurie Lee", "English", 1914), ("Kenneth Grahame", "Scottish", 1859),
    ("C. S. Lewis", "Irish", 1898), ("Roald Dahl", "Welsh", 1916), ("Arthur Ransome", "English", 1884),
    ("A. A. Milne", "English", 1882), ("Enid Blyton", "English", 1897), ("Isabella Beeton", "English", 1836),
    ("Julia Child", "American", 1912), ("Simone Beck", "French", 1904), ("Louisette Bertholle", "French", 1905),
    ("Jane Grigson", "English", 1928), ("Gavin Maxwell", "Scottish", 1914), ("William Golding", "English", 1911),
    ("Kingsley Amis", "English", 1922), ("Stephen King", "American", 1947), ("Peter Straub", "American", 1943),
    ("Bram Stoker", "Irish", 1847), ("Mary Shelley", "English", 1797), ("John Buchan", "Scottish", 1875),
    ("Ian Fleming", "English", 1908), ("John le Carré", "English", 1931), ("Jack Higgins", "English", 1929),
    ("Frederick Forsyth", "English", 1938), ("Jerome K. Jerome", "English", 1859), ("P. G. Wodehouse", "English", 1881),
    ("Stella Gibbons", "English", 1902), ("Stephen Baxter", "English", 1957), ("Alfred Wainwright", "English", 1907),
    ("Anonymous", None, None),
]  # fmt: skip
TITLES = [
    ("Great Expectations", "Classic", 1861, [1]), ("Bleak House", "Classic", 1853, [1]),
    ("Oliver Twist", "Classic", 1838, [1]), ("A Christmas Carol", "Classic", 1843, [1]),
    ("Pride and Prejudice", "Classic", 1813, [2]), ("Emma", "Classic", 1815, [2]), ("Persuasion", "Classic", 1817, [2]),
    ("Jane Eyre", "Classic", 1847, [3]), ("Wuthering Heights", "Classic", 1847, [4]),
    ("Middlemarch", "Classic", 1871, [5]), ("Tess of the d'Urbervilles", "Classic", 1891, [6]),
    ("Far from the Madding Crowd", "Classic", 1874, [6]), ("Murder on the Orient Express", "Crime", 1934, [7]),
    ("The Murder of Roger Ackroyd", "Crime", 1926, [7]), ("And Then There Were None", "Crime", 1939, [7]),
    ("The ABC Murders", "Crime", 1936, [7]), ("The Hound of the Baskervilles", "Crime", 1902, [8]),
    ("A Study in Scarlet", "Crime", 1887, [8]), ("The Big Sleep", "Crime", 1939, [9]),
    ("Gaudy Night", "Crime", 1935, [10]), ("The Hobbit", "Fantasy", 1937, [11]),
    ("The Fellowship of the Ring", "Fantasy", 1954, [11]), ("The Colour of Magic", "Fantasy", 1983, [12]),
    ("Mort", "Fantasy", 1987, [12]), ("Guards! Guards!", "Fantasy", 1989, [12]),
    ("Good Omens", "Fantasy", 1990, [12, 13]), ("American Gods", "Fantasy", 2001, [13]),
    ("Stardust", "Fantasy", 1999, [13]), ("Nineteen Eighty-Four", "Fiction", 1949, [14]),
    ("Animal Farm", "Fiction", 1945, [14]), ("Down and Out in Paris and London", "Memoir", 1933, [14]),
    ("The Road to Wigan Pier", "Non-fiction", 1937, [14]), ("Mrs Dalloway", "Fiction", 1925, [15]),
    ("To the Lighthouse", "Fiction", 1927, [15]), ("Brideshead Revisited", "Fiction", 1945, [16]),
    ("Decline and Fall", "Fiction", 1928, [16]), ("The Remains of the Day", "Fiction", 1989, [17]),
    ("Never Let Me Go", "Fiction", 2005, [17]), ("Atonement", "Fiction", 2001, [18]),
    ("Wolf Hall", "Historical", 2009, [19]), ("Bring Up the Bodies", "Historical", 2012, [19]),
    ("Rebecca", "Fiction", 1938, [20]), ("Jamaica Inn", "Historical", 1936, [20]),
    ("The Day of the Triffids", "Science fiction", 1951, [21]), ("The Midwich Cuckoos", "Science fiction", 1957, [21]),
    ("Dune", "Science fiction", 1965, [22]), ("Foundation", "Science fiction", 1951, [23]),
    ("The Hitchhiker's Guide to the Galaxy", "Science fiction", 1979, [24]),
    ("Brave New World", "Science fiction", 1932, [25]), ("The Time Machine", "Science fiction", 1895, [26]),
    ("The War of the Worlds", "Science fiction", 1898, [26]), ("A Brief History of Time", "Non-fiction", 1988, [27]),
    ("The Selfish Gene", "Non-fiction", 1976, [28]), ("Notes from a Small Island", "Travel", 1995, [29]),
    ("A Short History of Nearly Everything", "Non-fiction", 2003, [29]), ("Cider with Rosie", "Memoir", 1959, [30]),
    ("As I Walked Out One Midsummer Morning", "Memoir", 1969, [30]),
    ("The Wind in the Willows", "Children's", 1908, [31]),
    ("The Lion, the Witch and the Wardrobe", "Children's", 1950, [32]),
    ("Charlie and the Chocolate Factory", "Children's", 1964, [33]), ("Matilda", "Children's", 1988, [33]),
    ("The BFG", "Children's", 1982, [33]), ("Swallows and Amazons", "Children's", 1930, [34]),
    ("Winnie-the-Pooh", "Children's", 1926, [35]), ("Five on a Treasure Island", "Children's", 1942, [36]),
    ("The Secret Seven", "Children's", 1949, [36]),
    ("Mrs Beeton's Book of Household Management", "Cookery", 1861, [37]),
    ("Mastering the Art of French Cooking", "Cookery", 1961, [38, 39, 40]), ("English Food", "Cookery", 1974, [41]),
    ("Ring of Bright Water", "Nature", 1960, [42]), ("Lord of the Flies", "Fiction", 1954, [43]),
    ("Lucky Jim", "Fiction", 1954, [44]), ("The Talisman", "Horror", 1984, [45, 46]), ("The Shining", "Horror", 1977, [45]),
    ("Carrie", "Horror", 1974, [45]), ("Dracula", "Horror", 1897, [47]), ("Frankenstein", "Horror", 1818, [48]),
    ("The Thirty-Nine Steps", "Thriller", 1915, [49]), ("Casino Royale", "Thriller", 1953, [50]),
    ("Goldfinger", "Thriller", 1959, [50]), ("Tinker Tailor Soldier Spy", "Thriller", 1974, [51]),
    ("The Spy Who Came in from the Cold", "Thriller", 1963, [51]), ("The Eagle Has Landed", "Thriller", 1975, [52]),
    ("The Day of the Jackal", "Thriller", 1971, [53]), ("Three Men in a Boat", "Humour", 1889, [54]),
    ("Right Ho, Jeeves", "Humour", 1934, [55]), ("The Code of the Woosters", "Humour", 1938, [55]),
    ("Cold Comfort Farm", "Humour", 1932, [56]), ("The Long Earth", "Science fiction", 2012, [12, 57]),
    ("A Pictorial Guide to the Lakeland Fells: The Eastern Fells", "Travel", 1955, [58]),
    ("Sir Gawain and the Green Knight", "Poetry", 1400, [59]),
]  # fmt: skip
SELLERS = [
    ("Hargreaves House Clearance", "house clearance"), ("Dominic Winter Auctioneers", "auction"),
    ("Cheffins Book Sale", "auction"), ("Marches Estate Services", "house clearance"),
    ("Pennine Clearances", "house clearance"), ("Oxfam Bulk Books", "charity"), ("Age UK Book Donations", "charity"),
    ("Tennants Auctioneers", "auction"), ("West Country Clearances", "house clearance"),
    ("Booklore Dealers", "dealer"), ("Richard Booth Trade", "dealer"), ("Whitby Book Fair", "dealer"),
]  # fmt: skip
CONDITIONS = ["Fine", "Very Good", "Good", "Fair", "Poor"]


def build_bookbarn(path: Path) -> None:
    r = random.Random(9006)
    c = fresh_db(
        path,
        """
        CREATE TABLE Branch (
            BranchId INTEGER PRIMARY KEY, BranchName TEXT NOT NULL, Town TEXT NOT NULL, OpenedYear INTEGER NOT NULL,
            HasCafe INTEGER NOT NULL);
        CREATE TABLE Author (
            AuthorId INTEGER PRIMARY KEY, AuthorName TEXT NOT NULL, Nationality TEXT, BirthYear INTEGER);
        CREATE TABLE Title (
            TitleId INTEGER PRIMARY KEY, TitleName TEXT NOT NULL, Genre TEXT NOT NULL, FirstPublished INTEGER NOT NULL);
        CREATE TABLE TitleAuthor (
            TitleId INTEGER NOT NULL REFERENCES Title(TitleId), AuthorId INTEGER NOT NULL REFERENCES Author(AuthorId),
            PRIMARY KEY (TitleId, AuthorId));
        CREATE TABLE Seller (SellerId INTEGER PRIMARY KEY, SellerName TEXT NOT NULL, SellerType TEXT NOT NULL);
        CREATE TABLE Copy (
            CopyId INTEGER PRIMARY KEY, TitleId INTEGER NOT NULL REFERENCES Title(TitleId),
            BranchId INTEGER NOT NULL REFERENCES Branch(BranchId), SellerId INTEGER REFERENCES Seller(SellerId),
            BookCondition TEXT NOT NULL, FirstEdition INTEGER NOT NULL, Signed INTEGER NOT NULL,
            AcquiredOn TEXT NOT NULL, CostPrice REAL NOT NULL, AskingPrice REAL NOT NULL, SoldOn TEXT, SoldPrice REAL);
        CREATE TABLE WantedRequest (
            RequestId INTEGER PRIMARY KEY, TitleId INTEGER NOT NULL REFERENCES Title(TitleId),
            BranchId INTEGER NOT NULL REFERENCES Branch(BranchId), CustomerName TEXT NOT NULL, CustomerPhone TEXT,
            MaxPrice REAL, RequestedOn TEXT NOT NULL, FulfilledOn TEXT);
        """,
    )
    insert(c, "Branch", [(i, *b) for i, b in enumerate(BRANCHES, 1)])
    insert(c, "Author", [(i, *a) for i, a in enumerate(AUTHORS, 1)])
    insert(c, "Title", [(i, t[0], t[1], t[2]) for i, t in enumerate(TITLES, 1)])
    insert(c, "TitleAuthor", [(i, a) for i, t in enumerate(TITLES, 1) for a in t[3]])
    insert(c, "Seller", [(i, *s) for i, s in enumerate(SELLERS, 1)])
    popularity = [r.uniform(0.3, 3.0) for _ in TITLES]
    popularity[len(TITLES) - 1] = 0.0  # the Gawain translation: requested, never found
    copies = []
    for _ in range(3000):
        t = r.choices(range(1, len(TITLES) + 1), weights=popularity)[0]
        b = r.choices(range(1, 7), weights=[6, 3, 4, 3, 3, 2])[0]
        opened = max(D(2021, 1, 1), D(BRANCHES[b - 1][2], 3, 1))
        acq = day_between(r, opened, LAST)
        cond = r.choices(CONDITIONS, weights=[1, 4, 5, 3, 1])[0]
        old = TITLES[t - 1][2] < 1960
        first = 1 if r.random() < (0.06 if old else 0.12) else 0
        signed = 1 if r.random() < 0.03 else 0
        base = r.choice([4.0, 5.0, 6.0, 7.5, 8.0, 10.0, 12.0, 15.0])
        mult = {"Fine": 1.8, "Very Good": 1.4, "Good": 1.0, "Fair": 0.7, "Poor": 0.5}[cond]
        ask = round(base * mult * (12 if first else 1) * (3 if signed else 1) * 2) / 2
        ask = max(ask, 1.0)
        cost = round(ask * r.uniform(0.15, 0.4), 2)
        seller = None if r.random() < 0.15 else r.randint(1, len(SELLERS))
        sold = price = None
        if r.random() < 0.65:
            sday = acq + dt.timedelta(days=int(r.expovariate(1 / 120)) + 1)
            if sday <= LAST:
                sold = iso(sday)
                price = ask if r.random() < 0.8 else round(ask * 0.9, 2)
        copies.append([t, b, seller, cond, first, signed, iso(acq), cost, ask, sold, price])
    copies.sort(key=lambda x: (x[6], x[1]))
    insert(c, "Copy", [(k, *x) for k, x in enumerate(copies, 1)])
    pool = [f"{g} {f}" for g in GIVEN_EN_POOL for f in FAMILY_UK[:20]]
    r.shuffle(pool)
    wanted = []
    for k in range(1, 181):
        t = r.choices(range(1, len(TITLES) + 1), weights=[p + 0.3 for p in popularity])[0]
        if k in (17, 88, 140):
            t = len(TITLES)
        req = day_between(r, D(2023, 1, 1), LAST)
        b = r.choices(range(1, 7), weights=[6, 3, 4, 3, 3, 2])[0]
        found = None
        if t != len(TITLES) and r.random() < 0.6:
            fday = req + dt.timedelta(days=r.randint(3, 200))
            found = iso(fday) if fday <= LAST else None
        phone = None if r.random() < 0.3 else f"01{r.randint(100, 999)} {r.randint(100000, 999999)}"
        maxp = None if r.random() < 0.4 else float(r.choice([5, 10, 15, 20, 30, 50]))
        wanted.append((k, t, b, pool[k], phone, maxp, iso(req), found))
    insert(c, "WantedRequest", wanted)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "brocante": build_brocante,
    "crowdfund": build_crowdfund,
    "bikelease": build_bikelease,
    "bridalwear": build_bridalwear,
    "deskhub": build_deskhub,
    "bookbarn": build_bookbarn,
}
