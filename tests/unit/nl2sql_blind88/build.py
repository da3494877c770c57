"""Six making-and-fixing workshop databases for the eighty-eighth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except the smithing courses already on the
programme for the autumn of 2025 (``kurser.startdatum`` in the future) in ``smedja``, and dates promised or due
(``WORKORDR.PROMDTE`` in ``pumprepair``, ``Orders.dueDate`` in ``printfarm``) that may lie ahead.

- ``smedja`` (Swedish table and column names and Swedish values; flags 0/1; money in Swedish kronor; a
  self-reference): a blacksmith's forge in Dalarna that makes and repairs ironwork and runs courses. ``smeder``
  (smiths: ``namn``, ``titel`` 'mästare' master smith / 'gesäll' journeyman / 'lärling' apprentice,
  ``handledare_id`` = the smith who supervises them, NULL for the head master smith, ``anstalld`` = hired on,
  ``slutade`` = left on, NULL while still employed, ``timlon`` = hourly wage in kr), ``kunder`` (customers:
  ``namn``, ``kundtyp`` 'privat' private person / 'företag' company / 'kommun' municipality, ``ort`` = town,
  ``telefon`` NULL when unknown), ``produkter`` (``benamning`` = product name, ``kategori`` 'grind' gate /
  'räcke' railing / 'kniv' knife / 'verktyg' tool / 'inredning' home décor / 'beslag' fittings, ``pris`` list price
  in kr, ``vikt_kg``; the last two products were added in June 2025 and have not been ordered yet), ``ordrar``
  (orders: ``kund_id``, ``smed_id`` = the smith responsible, ``orderdatum``, ``leveransdatum`` = delivered on, NULL
  unless delivered, ``status`` 'ny' new / 'pågår' in progress / 'levererad' delivered / 'makulerad' cancelled),
  ``orderrader`` (order lines: ``produkt_id``, ``antal`` = quantity (metres for railings), ``styckpris`` = unit
  price in kr charged; the value of an order is the sum of ``antal * styckpris``), ``reparationer`` (repairs:
  ``kund_id``, ``smed_id`` NULL while no smith has been assigned, ``foremal`` = the item handed in (e.g. 'grind',
  'järnspis' cast-iron stove, 'yxa' axe, 'lie' scythe, 'spade', 'kniv'), ``inlamnad`` = handed in on, ``klar`` =
  finished on, NULL while unfinished, ``kostnad`` = charge in kr, NULL until finished and 0 for warranty work,
  ``garanti`` 1 = warranty repair), ``kurser`` (courses: ``kursnamn``, ``startdatum``, ``dagar`` = length in days,
  ``pris`` per participant in kr, ``max_deltagare`` = places, ``larare_id`` = the teaching smith) and
  ``kursdeltagare`` (the link between courses and customers who booked a place: ``betalt`` 1 = paid).
- ``pumprepair`` (ALL-CAPS mainframe names of at most 8 characters and upper-case values; status codes are single
  letters explained only in ``STATCODE``; money in pounds): an industrial pump overhaul shop in Yorkshire.
  ``CUSTMAST`` (customer master: ``CUSTNO``, ``CUSTNAME``, ``CUSTCITY``, ``INDSTRY`` 'WATER' / 'FOOD' / 'CHEMICAL' /
  'MARINE' / 'MINING' / 'HVAC' / 'BREWING', ``CRDLIMIT`` = credit limit, ``ACCTOPEN`` = account opened on),
  ``TECHMAST`` (technicians: ``TECHNAME`` as 'D HIRST', ``TECHGRDE`` grade 1 (junior) .. 3 (senior), ``HIREDTE``,
  ``TERMDTE`` = left on, NULL while employed), ``STATCODE`` (``STATCD`` one letter, ``STATDESC``: O open, received
  and not started / Q quoted, awaiting customer approval / W work in progress / P waiting for parts / C completed /
  X cancelled by customer / B beyond economic repair, i.e. scrapped), ``PUMPMAST`` (pumps on record: ``PUMPNO``,
  ``CUSTNO`` owner, ``PUMPMAKE`` e.g. 'GRUNDFOS' 'KSB' 'FLYGT', ``PUMPMODL``, ``PUMPTYPE`` 'CENTRIF' centrifugal /
  'SUBMERS' submersible / 'PERISTAL' peristaltic / 'PROGCAV' progressive cavity, ``KWRATING`` motor power in kW,
  ``SERIALNO``, ``INSTYEAR`` year installed, NULL when unknown), ``PARTMAST`` (spare parts: ``PARTNO`` text key,
  ``PARTDESC``, ``UNITCOST`` pounds, ``QTYONHND`` = quantity in stock, ``REORDLVL`` = reorder level), ``WORKORDR``
  (repair jobs, one per pump sent in: ``WONUMBER``, ``PUMPNO``, ``TECHNO`` NULL while unassigned, ``RCVDDTE`` =
  received on, ``PROMDTE`` = date promised to the customer, ``CMPLDTE`` = completed (or scrapped) on, NULL
  otherwise, ``STATCD``, ``FAULTDSC`` fault found, ``LABRHRS`` labour hours booked, NULL before work starts,
  ``QUOTEAMT`` quoted price, NULL until quoted), ``WOPARTS`` (the link between work orders and the parts used on
  them: ``QTYUSED``) and ``INVCHDR`` (invoice headers, one per completed job: ``INVNO``, ``WONUMBER``, ``INVDTE``,
  ``INVAMT`` pounds, ``PAIDDTE`` NULL while unpaid).
- ``printfarm`` (plural PascalCase table names, camelCase column names; timestamps 'YYYY-MM-DD HH:MM:SS'; money in
  euros): a 3D print farm near Eindhoven printing parts for companies. ``Printers`` (``printerName``
  as 'MK4-03', ``model`` 'Prusa MK4' / 'Prusa XL 5-toolhead' / 'Bambu Lab X1 Carbon' / 'Creality K1 Max',
  ``nozzleMm``, ``installedOn``, ``retiredOn`` NULL while in service), ``Materials`` (filaments: ``materialName``,
  ``materialType`` 'PLA' / 'PETG' / 'ABS' / 'ASA' / 'TPU' / 'Nylon' / 'PC', ``brand``, ``colour``, ``pricePerKg``
  euros, ``spoolsInStock``), ``Customers`` (``companyName``, ``contactName``, ``email`` NULL when not given,
  ``city``, ``countryCode`` 'NL' / 'BE' / 'DE'), ``Orders`` (``customerId``, ``placedAt`` timestamp, ``dueDate``
  date, ``orderStatus`` 'quoted' / 'in production' / 'shipped' / 'cancelled', ``totalPrice`` euros, ``shippedAt``
  timestamp, NULL unless shipped), ``PrintJobs`` (one print on one printer: ``orderId`` NULL for internal test and
  calibration prints, ``printerId``, ``materialId``, ``fileName``, ``startedAt``, ``endedAt`` NULL while printing,
  ``outcome`` 'success' / 'failed' / 'cancelled' / 'printing' (still on the printer), ``filamentGrams`` used,
  ``partCount``) and ``MaintenanceLogs`` (``printerId``, ``loggedAt`` timestamp, ``task`` e.g. 'nozzle change' /
  'bed levelling' / 'hotend rebuild', ``minutesSpent``, ``technician`` name).
- ``framebuilder`` (snake_case plural tables; all money in integer pence; flags 0/1): a custom bicycle frame
  builder in Bristol. ``builders`` (``builder_name``, ``joined_on``, ``speciality``, ``left_on`` NULL while still
  building), ``customers`` (``full_name``, ``city``, ``country`` 'UK' / 'IE' / 'NL' / 'CH', ``email`` NULL when not
  given, ``height_cm`` NULL when not measured), ``frame_orders`` (``customer_id``, ``builder_id`` NULL until a
  builder is assigned, ``frame_style`` 'road' / 'gravel' / 'touring' / 'track' / 'mountain' / 'tandem', ``tubing``
  e.g. 'Reynolds 853' / 'Columbus Spirit' / 'Titanium 3Al-2.5V' / 'Reynolds 953' (stainless), ``colour``,
  ``ordered_on``, ``fitting_on`` = date of the customer's fitting session, NULL until it has happened,
  ``completed_on`` NULL until the frame is finished, ``frame_price_pence`` for the frame alone,
  ``deposit_pence`` asked at ordering, ``cancelled`` 1 = order cancelled), ``components`` (parts fitted to the
  bikes: ``component_name``, ``category`` 'groupset' / 'wheelset' / 'fork' / 'headset' / 'saddle' / 'cockpit' /
  'rack' / 'mudguards' / 'lighting' / 'pedals', ``brand``, ``list_price_pence``), ``order_components`` (the link
  between frame orders and the components fitted: ``quantity``, ``unit_price_pence`` charged; an order's full price
  is the frame price plus its components), ``payments`` (``order_id``, ``paid_on``, ``amount_pence``, ``method``
  'card' / 'bank transfer' / 'cash'; the deposit is the first payment) and ``repairs`` (frame repairs:
  ``customer_id``, ``order_id`` = the frame we built, NULL for frames built elsewhere, ``repair_type`` e.g. 'crack
  repair' / 'respray' / 'frame alignment', ``received_on``, ``quote_pence`` NULL when not quoted, ``returned_on``
  NULL while still in the workshop).
- ``joinery`` (singular table names with column names prefixed by a table abbreviation; money in pounds; a
  self-reference): a restoration joinery in West Yorkshire working on old and listed buildings. ``employee``
  (``emp_name``, ``emp_trade`` 'director' / 'workshop manager' / 'site manager' / 'joiner' / 'apprentice' /
  'french polisher' / 'estimator', ``emp_manager_id`` = the employee they report to, NULL for the director,
  ``emp_start``, ``emp_leave`` NULL while employed, ``emp_day_rate`` pounds a day), ``client`` (``cli_name``,
  ``cli_type`` 'private' / 'church' / 'heritage trust' / 'council' / 'housing association', ``cli_town``),
  ``project`` (``cli_id``, ``proj_title`` = the kind of work, e.g. 'Sash window restoration', ``proj_address``,
  ``proj_listed`` listed-building grade 'I' / 'II*' / 'II', NULL when not listed, ``proj_status`` 'enquiry' (not
  started) / 'active' / 'on hold' / 'complete', ``proj_start`` NULL for enquiries, ``proj_end`` NULL unless
  complete, ``proj_quote`` quoted price in pounds), ``assignment`` (the link between employees and projects:
  ``asg_role`` 'lead' = lead joiner / 'joiner' / 'apprentice' / 'french polisher' / 'manager'), ``timesheet``
  (``emp_id``, ``proj_id``, ``ts_date``, ``ts_hours``), ``timber`` (``tim_species``, ``tim_supplier``,
  ``tim_price_m3`` pounds per cubic metre) and ``timber_use`` (timber used on a project: ``tim_id``, ``use_m3``
  cubic metres, ``use_date``).
- ``bowrehair`` (short abbreviated names: ``clnt``, ``nm``, ``dt``, ``_yn``; flags 'Y'/'N'; service codes
  explained in ``svc``; money in pounds, weights in grams): a violin-bow rehairing and repair workshop in
  Edinburgh. ``clnt`` (clients: ``clnt_nm``, ``clnt_type`` 'professional' / 'amateur' / 'student' / 'orchestra' /
  'school' / 'dealer', ``city``, ``phone`` NULL when not given, ``since_dt`` = client since), ``tech``
  (technicians: ``tech_nm``, ``start_dt``, ``end_dt`` NULL while employed), ``svc`` (services: ``svc_cd`` 'RH' full
  rehair / 'RHX' express same-day rehair / 'TP' tip plate replacement / 'GR' leather thumb grip / 'WR' silver wire
  winding / 'EY' eyelet replacement / 'CM' camber correction / 'CR' crack repair to the stick, ``svc_desc``,
  ``std_price`` the standard charge for a violin or viola bow at 2023-2024 prices; since January 2025 all prices are
  8 % higher, and cello bows cost 15 % and double bass bows 35 % more), ``hank`` (bundles of horsehair bought in:
  ``supplier``, ``origin`` 'Mongolia' / 'Siberia' / 'China' / 'Argentina', ``colour`` 'white' / 'black' / 'salt
  and pepper', ``grade`` 'A' / 'AA' / 'AAA' (best), ``recv_dt``, ``cost_gbp``, ``used_up`` 'Y' when the hank is
  finished), ``bow`` (``clnt_id`` owner, ``instr`` 'violin' / 'viola' / 'cello' / 'double bass', ``maker`` NULL
  when unknown, ``stick_mat`` 'pernambuco' / 'carbon fibre' / 'brazilwood', ``wt_g`` weight in grams, NULL when not
  weighed, ``est_val`` estimated value in pounds, NULL when not valued) and ``job`` (``bow_id``, ``tech_id`` NULL
  while unassigned, ``svc_cd``, ``hank_id`` = the hair used, only for rehairs, ``in_dt``, ``out_dt`` = returned to
  the client, NULL while still in the workshop, ``price`` charged, ``rush_yn``, ``paid_yn``).
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

GIVEN_UK = [
    "Alan", "Beth", "Callum", "Dawn", "Eddie", "Fiona", "Gareth", "Helen", "Ian", "Janet", "Karl", "Lorna",
    "Martin", "Nina", "Owen", "Paula", "Rhys", "Sophie", "Trevor", "Una", "Vince", "Wendy", "Aled", "Bryony",
    "Craig", "Deborah", "Euan", "Freya", "Graham", "Hannah",
]  # fmt: skip
FAMILY_UK = [
    "Ainsworth", "Bradley", "Cartwright", "Dobson", "Ellison", "Foster", "Greenwood", "Haigh", "Illingworth",
    "Jowett", "Kershaw", "Lumb", "Metcalfe", "Naylor", "Oldroyd", "Pickles", "Ramsden", "Sutcliffe", "Thackray",
    "Uttley", "Varley", "Whiteley", "Armitage", "Brook", "Crowther", "Denby", "Hirst", "Mellor",
]  # fmt: skip


def names(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def iso(d: dt.date) -> str:
    return d.isoformat()


def stamp(d: dt.date, minutes: int) -> str:
    """``d`` at ``minutes`` past midnight as 'YYYY-MM-DD HH:MM:SS'."""
    t = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------------------------------------- smedja
FORNAMN = [
    "Lars", "Karin", "Anders", "Eva", "Johan", "Maria", "Per", "Anna", "Nils", "Kerstin", "Olof", "Ingrid",
    "Erik", "Lena", "Gustav", "Sara", "Magnus", "Elin", "Henrik", "Ulla", "Mats", "Frida", "Oskar", "Britt",
]  # fmt: skip
EFTERNAMN = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berglund", "Sandberg", "Hedlund",
    "Forsberg", "Holm", "Sjöberg",
]  # fmt: skip
ORTER = ["Falun", "Borlänge", "Hedemora", "Avesta", "Säter", "Ludvika", "Mora", "Leksand", "Rättvik", "Gävle"]
FORETAG = [
    "Dalarnas Byggservice AB", "Kopparbergs Fastigheter AB", "Siljans Trädgård & Anläggning", "Hedemora Bostäder AB",
    "Falu Restaurang Gruvan", "Mora Hemslöjd AB", "Leksands Kyrkliga Samfällighet", "Rättviks Camping AB",
    "Avesta Konst & Form", "Borlänge Energi AB", "Säters Gästgivargård", "Ludvika Järn & Bygg",
]  # fmt: skip
KOMMUNER = ["Falu kommun", "Borlänge kommun", "Hedemora kommun", "Leksands kommun", "Mora kommun"]
PRODUKTER = [
    ("Smidd grind, enkel", "grind", 9800.0, 38.0), ("Smidd grind, dubbel", "grind", 17500.0, 71.0),
    ("Gånggrind med bågöverstycke", "grind", 12400.0, 44.0), ("Trappräcke, per meter", "räcke", 2900.0, 9.5),
    ("Balkongräcke, per meter", "räcke", 3400.0, 12.0), ("Ledstång, per meter", "räcke", 950.0, 3.2),
    ("Kökskniv 20 cm", "kniv", 1850.0, 0.2), ("Jaktkniv med läderslida", "kniv", 2400.0, 0.3),
    ("Täljkniv", "kniv", 890.0, 0.1), ("Yxa, snickar", "verktyg", 1450.0, 1.1), ("Klyvyxa", "verktyg", 1650.0, 2.2),
    ("Eldgaffel", "verktyg", 420.0, 0.9), ("Eldstål", "verktyg", 180.0, 0.1), ("Ljusstake, tre armar", "inredning", 1250.0, 2.4),
    ("Ljusstake, enkel", "inredning", 480.0, 0.8), ("Vedkorg", "inredning", 1350.0, 4.5),
    ("Krokrad, fem krokar", "inredning", 560.0, 1.2), ("Dörrhandtag, par", "beslag", 780.0, 0.9),
    ("Gångjärn, par", "beslag", 640.0, 1.6), ("Låsregel", "beslag", 390.0, 0.7), ("Skylthängare med konsol", "beslag", 2200.0, 6.0),
    ("Spiskrok", "inredning", 260.0, 0.4), ("Hästsko, dekor", "inredning", 150.0, 0.5), ("Fönsterbeslag, sats", "beslag", 1150.0, 1.4),
    ("Grillgaller, runt", "inredning", 1950.0, 5.5), ("Brevlådeställ", "beslag", 1700.0, 7.0),
]  # fmt: skip
NYA_PRODUKTER = 2  # the last two products were added in June 2025 and have not been ordered yet
FOREMAL = ["grind", "järnspis", "yxa", "lie", "staket", "smidesräcke", "spade", "gjutjärnsgryta", "kniv", "ljuskrona"]
KURSER = [
    ("Grundkurs i smide", 2, 3200.0, 6), ("Knivsmide", 3, 5400.0, 5), ("Yxsmide", 2, 4200.0, 5),
    ("Damaskering för nybörjare", 3, 6900.0, 4), ("Smide för kvinnor", 2, 3200.0, 6), ("Ljusstakar och krokar", 1, 1600.0, 8),
]  # fmt: skip


def build_smedja(path: Path) -> None:
    r = random.Random(8801)
    c = fresh_db(
        path,
        """
        CREATE TABLE smeder (
            smed_id INTEGER PRIMARY KEY, namn TEXT NOT NULL, titel TEXT NOT NULL,
            handledare_id INTEGER REFERENCES smeder(smed_id), anstalld TEXT NOT NULL, slutade TEXT,
            timlon REAL NOT NULL);
        CREATE TABLE kunder (
            kund_id INTEGER PRIMARY KEY, namn TEXT NOT NULL, kundtyp TEXT NOT NULL, ort TEXT NOT NULL, telefon TEXT);
        CREATE TABLE produkter (
            produkt_id INTEGER PRIMARY KEY, benamning TEXT NOT NULL, kategori TEXT NOT NULL, pris REAL NOT NULL,
            vikt_kg REAL NOT NULL);
        CREATE TABLE ordrar (
            order_id INTEGER PRIMARY KEY, kund_id INTEGER NOT NULL REFERENCES kunder(kund_id),
            smed_id INTEGER NOT NULL REFERENCES smeder(smed_id), orderdatum TEXT NOT NULL, leveransdatum TEXT,
            status TEXT NOT NULL);
        CREATE TABLE orderrader (
            rad_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES ordrar(order_id),
            produkt_id INTEGER NOT NULL REFERENCES produkter(produkt_id), antal INTEGER NOT NULL,
            styckpris REAL NOT NULL);
        CREATE TABLE reparationer (
            reparation_id INTEGER PRIMARY KEY, kund_id INTEGER NOT NULL REFERENCES kunder(kund_id),
            smed_id INTEGER REFERENCES smeder(smed_id), foremal TEXT NOT NULL, inlamnad TEXT NOT NULL,
            klar TEXT, kostnad REAL, garanti INTEGER NOT NULL);
        CREATE TABLE kurser (
            kurs_id INTEGER PRIMARY KEY, kursnamn TEXT NOT NULL, startdatum TEXT NOT NULL, dagar INTEGER NOT NULL,
            pris REAL NOT NULL, max_deltagare INTEGER NOT NULL, larare_id INTEGER NOT NULL REFERENCES smeder(smed_id));
        CREATE TABLE kursdeltagare (
            kurs_id INTEGER NOT NULL REFERENCES kurser(kurs_id), kund_id INTEGER NOT NULL REFERENCES kunder(kund_id),
            betalt INTEGER NOT NULL, PRIMARY KEY (kurs_id, kund_id));
        """,
    )
    folk = names(r, 140, FORNAMN, EFTERNAMN)
    smeder = [
        (1, "Lars Hedlund", "mästare", None, "2004-03-01", None, 345.0),
        (2, "Karin Sjöberg", "mästare", 1, "2011-08-15", None, 320.0),
        (3, "Johan Forsberg", "gesäll", 1, "2016-01-11", None, 265.0),
        (4, "Elin Berglund", "gesäll", 2, "2018-05-02", None, 255.0),
        (5, "Mats Holm", "gesäll", 2, "2014-09-01", "2023-10-31", 250.0),
        (6, "Oskar Lindberg", "lärling", 3, "2022-08-22", None, 165.0),
        (7, "Frida Sandberg", "lärling", 4, "2023-08-21", None, 160.0),
        (8, "Gustav Nilsson", "lärling", 2, "2021-08-23", "2024-06-28", 160.0),
        (9, "Sara Persson", "lärling", 4, "2024-08-19", None, 155.0),
    ]
    insert(c, "smeder", smeder)
    kunder = []
    for i in range(1, 121):
        if i % 10 == 3:
            namn, typ = FORETAG[(i // 10) % len(FORETAG)], "företag"
        elif i in (17, 57, 77, 97, 117):
            namn, typ = KOMMUNER[[17, 57, 77, 97, 117].index(i)], "kommun"
        else:
            namn, typ = folk[i], "privat"
        ort = next((o for o in ORTER if namn.startswith(o[:4])), None) or r.choice(ORTER)
        tel = (
            None if r.random() < 0.22 else f"0{r.choice([23, 243, 225, 226, 250, 247, 248])}-{r.randint(10000, 99999)}"
        )
        kunder.append((i, namn, typ, ort, tel))
    insert(c, "kunder", kunder)
    insert(c, "produkter", [(i, *p) for i, p in enumerate(PRODUKTER, 1)])
    ordrar, rader = [], []
    rid = 0
    odagar = sorted(day_between(r, START, LAST) for _ in range(380))
    for o in range(1, 381):
        k = r.randint(1, 120)
        d = odagar[o - 1]
        smed = r.choice([s for s in smeder if s[4] <= iso(d) and (s[5] is None or s[5] >= iso(d))])[0]
        age = (LAST - d).days
        lev_d = d + dt.timedelta(days=r.randint(7, 60))
        if r.random() < 0.05:
            status, lev = "makulerad", None
        elif lev_d <= LAST:
            status, lev = "levererad", iso(lev_d)
        elif age < 10:
            status, lev = "ny", None
        else:
            status, lev = "pågår", None
        ordrar.append((o, k, smed, iso(d), lev, status))
        for p in r.sample(range(1, len(PRODUKTER) + 1 - NYA_PRODUKTER), r.choice([1, 1, 1, 2, 2, 3])):
            rid += 1
            pris = PRODUKTER[p - 1][2]
            if d >= D(2025, 1, 1):
                pris = round(pris * 1.05, -1)
            antal = r.randint(2, 12) if PRODUKTER[p - 1][1] == "räcke" else r.choice([1, 1, 1, 2, 2, 4])
            rader.append((rid, o, p, antal, pris))
    insert(c, "ordrar", ordrar)
    insert(c, "orderrader", rader)
    reps = []
    rdagar = sorted(day_between(r, START, LAST) for _ in range(210))
    for k in range(1, 211):
        d = rdagar[k - 1]
        fm = r.choice(FOREMAL)
        aktiva = [s[0] for s in smeder if s[4] <= iso(d) and (s[5] is None or s[5] >= iso(d))]
        smed = None if (LAST - d).days < 20 and r.random() < 0.6 else r.choice(aktiva)
        klar_d = d + dt.timedelta(days=r.randint(2, 40))
        klar = None if smed is None or klar_d > LAST or r.random() < 0.02 else klar_d
        garanti = 1 if r.random() < 0.08 else 0
        kost = None if klar is None else (0.0 if garanti else float(r.randrange(300, 6500, 50)))
        reps.append((k, r.randint(1, 120), smed, fm, iso(d), None if klar is None else iso(klar), kost, garanti))
    insert(c, "reparationer", reps)
    kurser, deltagare = [], []
    kid = 0
    for year in (2023, 2024, 2025):
        for j, (kn, dagar, pris, mx) in enumerate(KURSER):
            for start in (D(year, 3 + j % 3, 4 + j * 3), D(year, 9 + j % 3, 2 + j * 4)):
                if year == 2025 and start.month >= 9 and j % 2:
                    continue
                kid += 1
                larare = r.choice([1, 2, 3] if j != 3 else [1, 2])
                if start >= D(2024, 9, 1) and larare == 3:
                    larare = 4
                kurser.append((kid, kn, iso(start), dagar, pris + (300.0 if year == 2025 else 0.0), mx, larare))
                n = r.randint(1, mx) if start <= LAST else r.randint(0, mx - 1)
                for kund in r.sample(range(1, 121), n):
                    if kunder[kund - 1][2] != "privat":
                        continue
                    betalt = 1 if start <= LAST or r.random() < 0.5 else 0
                    deltagare.append((kid, kund, betalt))
    insert(c, "kurser", kurser)
    insert(c, "kursdeltagare", deltagare)
    done(c)


# ---------------------------------------------------------------------------------------------------- pumprepair
CUSTS = [
    ("AIRE VALLEY FOODS LTD", "LEEDS", "FOOD"), ("CALDER WATER SERVICES", "HALIFAX", "WATER"),
    ("PENNINE CHEMICALS PLC", "HUDDERSFIELD", "CHEMICAL"), ("HUMBER MARINE ENGINEERING", "HULL", "MARINE"),
    ("KIRKSTALL BREWING CO", "LEEDS", "BREWING"), ("WHARFEDALE DAIRIES", "OTLEY", "FOOD"),
    ("SELBY MINEWATER TRUST", "SELBY", "MINING"), ("DON VALLEY HVAC", "SHEFFIELD", "HVAC"),
    ("BRADFORD DYEWORKS LTD", "BRADFORD", "CHEMICAL"), ("YORK MINSTER ESTATES", "YORK", "HVAC"),
    ("GOOLE DOCKS AUTHORITY", "GOOLE", "MARINE"), ("TADCASTER MALTINGS", "TADCASTER", "BREWING"),
    ("SPEN VALLEY WATER", "CLECKHEATON", "WATER"), ("ROTHER ENVIRO SERVICES", "ROTHERHAM", "WATER"),
    ("HARROGATE SPRING CO", "HARROGATE", "FOOD"), ("WAKEFIELD COLD STORES", "WAKEFIELD", "FOOD"),
    ("BARNSLEY PLATING WORKS", "BARNSLEY", "CHEMICAL"), ("SCARBOROUGH FISH DOCK", "SCARBOROUGH", "MARINE"),
    ("DONCASTER AGGREGATES", "DONCASTER", "MINING"), ("KEIGHLEY TEXTILE FINISHERS", "KEIGHLEY", "CHEMICAL"),
    ("LEEDS TEACHING HOSPITALS", "LEEDS", "HVAC"), ("MALTON BACON FACTORY", "MALTON", "FOOD"),
    ("BRIDLINGTON HARBOUR CO", "BRIDLINGTON", "MARINE"), ("HOLME VALLEY BREWERY", "HOLMFIRTH", "BREWING"),
    ("COLNE VALLEY PAPER MILL", "SLAITHWAITE", "CHEMICAL"), ("DEARNE VALLEY WATER", "BARNSLEY", "WATER"),
    ("SHEFFIELD FORGEMASTERS SVC", "SHEFFIELD", "MINING"), ("PONTEFRACT LIQUORICE LTD", "PONTEFRACT", "FOOD"),
    ("ILKLEY LIDO TRUST", "ILKLEY", "HVAC"), ("WHITBY SHIPYARD", "WHITBY", "MARINE"),
    ("RIPON CATHEDRAL HEATING", "RIPON", "HVAC"), ("CASTLEFORD GLASSWORKS", "CASTLEFORD", "CHEMICAL"),
    ("AIREBOROUGH LEISURE CENTRE", "LEEDS", "HVAC"), ("THORNE MOORS PEAT CO", "THORNE", "MINING"),
    ("BATLEY BOTTLING LTD", "BATLEY", "BREWING"), ("HEBDEN BRIDGE MILLPOND", "HEBDEN BRIDGE", "WATER"),
]  # fmt: skip
TECHS = [
    ("D HIRST", 3, "2005-04-11", None), ("K MELLOR", 3, "2009-01-05", None), ("P SUTCLIFFE", 2, "2014-06-02", None),
    ("A NAYLOR", 2, "2016-09-19", "2024-03-29"), ("J KERSHAW", 2, "2018-02-12", None), ("S OLDROYD", 1, "2021-10-04", None),
    ("R THACKRAY", 1, "2023-05-15", None), ("M DENBY", 1, "2024-04-08", None), ("B UTTLEY", 3, "2001-09-03", "2023-12-22"),
]  # fmt: skip
STATUSES = [
    ("O", "OPEN - RECEIVED, NOT STARTED"), ("Q", "QUOTED - AWAITING CUSTOMER APPROVAL"), ("W", "WORK IN PROGRESS"),
    ("P", "WAITING FOR PARTS"), ("C", "COMPLETED"), ("X", "CANCELLED BY CUSTOMER"), ("B", "BEYOND ECONOMIC REPAIR"),
]  # fmt: skip
MAKES = {
    "GRUNDFOS": ["CR 32-4", "NB 65-200", "SE1.50", "CRN 10-6"], "KSB": ["ETANORM 80-250", "MOVITEC 25", "AMAREX N 100"],
    "FLYGT": ["NP 3153", "NP 3127", "DP 3068"], "SULZER": ["XFP 100E", "ABS AS 0530"],
    "WILO": ["ATMOS GIGA-N", "EMU FA 15"], "VERDER": ["VF 40", "VERDERFLEX DURA 25"], "MONO": ["CP 25", "EZSTRIP C"],
}  # fmt: skip
PTYPE = {
    "CR 32-4": "CENTRIF", "NB 65-200": "CENTRIF", "SE1.50": "SUBMERS", "CRN 10-6": "CENTRIF",
    "ETANORM 80-250": "CENTRIF", "MOVITEC 25": "CENTRIF", "AMAREX N 100": "SUBMERS", "NP 3153": "SUBMERS",
    "NP 3127": "SUBMERS", "DP 3068": "SUBMERS", "XFP 100E": "SUBMERS", "ABS AS 0530": "SUBMERS",
    "ATMOS GIGA-N": "CENTRIF", "EMU FA 15": "SUBMERS", "VF 40": "PERISTAL", "VERDERFLEX DURA 25": "PERISTAL",
    "CP 25": "PROGCAV", "EZSTRIP C": "PROGCAV",
}  # fmt: skip
PARTS = [
    ("SEAL-035", "MECH SEAL 35MM", 148.0), ("SEAL-045", "MECH SEAL 45MM", 186.0), ("SEAL-060", "MECH SEAL 60MM", 242.0),
    ("BRG-6309", "BEARING 6309-2Z", 38.5), ("BRG-6311", "BEARING 6311-2Z", 52.0), ("BRG-3310", "BEARING 3310 DOUBLE ROW", 96.0),
    ("IMP-200", "IMPELLER CI 200MM", 410.0), ("IMP-250", "IMPELLER CI 250MM", 565.0), ("IMP-SS160", "IMPELLER SS 160MM", 720.0),
    ("ORK-STD", "O-RING KIT STANDARD", 24.0), ("ORK-VIT", "O-RING KIT VITON", 61.0), ("SLV-SS35", "SHAFT SLEEVE SS 35MM", 88.0),
    ("WRG-200", "WEAR RING 200MM", 74.0), ("GSK-SET", "GASKET SET", 32.0), ("CPL-ELM", "COUPLING ELEMENT", 45.0),
    ("HOSE-40", "PERISTALTIC HOSE 40MM", 310.0), ("HOSE-25", "PERISTALTIC HOSE 25MM", 195.0),
    ("STA-CP25", "STATOR CP25", 640.0), ("ROT-CP25", "ROTOR CP25", 890.0), ("CBL-10M", "POWER CABLE 10M", 120.0),
    ("WND-7K5", "MOTOR REWIND 7.5KW", 980.0), ("WND-15K", "MOTOR REWIND 15KW", 1450.0), ("OIL-5L", "SEAL OIL 5L", 29.0),
    ("SHF-35", "SHAFT 35MM", 390.0), ("CAP-40U", "START CAPACITOR 40UF", 18.5), ("VOL-CI", "VOLUTE CASING CI", 1280.0),
]  # fmt: skip
FAULTS = [
    "SEAL LEAK",
    "BEARING FAILURE",
    "IMPELLER WEAR",
    "MOTOR BURNOUT",
    "CAVITATION DAMAGE",
    "BLOCKAGE",
    "NOISE/VIB",
]


def build_pumprepair(path: Path) -> None:
    r = random.Random(8802)
    c = fresh_db(
        path,
        """
        CREATE TABLE CUSTMAST (
            CUSTNO INTEGER PRIMARY KEY, CUSTNAME TEXT NOT NULL, CUSTCITY TEXT NOT NULL, INDSTRY TEXT NOT NULL,
            CRDLIMIT REAL NOT NULL, ACCTOPEN TEXT NOT NULL);
        CREATE TABLE TECHMAST (
            TECHNO INTEGER PRIMARY KEY, TECHNAME TEXT NOT NULL, TECHGRDE INTEGER NOT NULL, HIREDTE TEXT NOT NULL,
            TERMDTE TEXT);
        CREATE TABLE STATCODE (STATCD TEXT PRIMARY KEY, STATDESC TEXT NOT NULL);
        CREATE TABLE PUMPMAST (
            PUMPNO INTEGER PRIMARY KEY, CUSTNO INTEGER NOT NULL REFERENCES CUSTMAST(CUSTNO), PUMPMAKE TEXT NOT NULL,
            PUMPMODL TEXT NOT NULL, PUMPTYPE TEXT NOT NULL, KWRATING REAL NOT NULL, SERIALNO TEXT NOT NULL,
            INSTYEAR INTEGER);
        CREATE TABLE PARTMAST (
            PARTNO TEXT PRIMARY KEY, PARTDESC TEXT NOT NULL, UNITCOST REAL NOT NULL, QTYONHND INTEGER NOT NULL,
            REORDLVL INTEGER NOT NULL);
        CREATE TABLE WORKORDR (
            WONUMBER INTEGER PRIMARY KEY, PUMPNO INTEGER NOT NULL REFERENCES PUMPMAST(PUMPNO),
            TECHNO INTEGER REFERENCES TECHMAST(TECHNO), RCVDDTE TEXT NOT NULL, PROMDTE TEXT NOT NULL, CMPLDTE TEXT,
            STATCD TEXT NOT NULL REFERENCES STATCODE(STATCD), FAULTDSC TEXT NOT NULL, LABRHRS REAL, QUOTEAMT REAL);
        CREATE TABLE WOPARTS (
            WONUMBER INTEGER NOT NULL REFERENCES WORKORDR(WONUMBER), PARTNO TEXT NOT NULL REFERENCES PARTMAST(PARTNO),
            QTYUSED INTEGER NOT NULL, PRIMARY KEY (WONUMBER, PARTNO));
        CREATE TABLE INVCHDR (
            INVNO INTEGER PRIMARY KEY, WONUMBER INTEGER NOT NULL REFERENCES WORKORDR(WONUMBER), INVDTE TEXT NOT NULL,
            INVAMT REAL NOT NULL, PAIDDTE TEXT);
        """,
    )
    custs = []
    for i, (nm, city, ind) in enumerate(CUSTS, 1):
        lim = float(r.choice([5000, 10000, 15000, 25000, 50000]))
        custs.append((1000 + i, nm, city, ind, lim, iso(day_between(r, D(1998, 1, 1), D(2024, 11, 30)))))
    insert(c, "CUSTMAST", custs)
    insert(c, "TECHMAST", [(100 + i, *t) for i, t in enumerate(TECHS, 1)])
    insert(c, "STATCODE", STATUSES)
    pumps = []
    makes = sorted(MAKES)
    for p in range(1, 181):
        cust = custs[r.randrange(len(custs) - 2)]  # the last two customers own no pump
        mk = r.choice(makes)
        md = r.choice(MAKES[mk])
        kw = r.choice([0.75, 1.5, 2.2, 4.0, 5.5, 7.5, 11.0, 15.0, 22.0, 30.0, 45.0])
        pumps.append(
            (50000 + p, cust[0], mk, md, PTYPE[md], kw, f"{mk[:2]}{r.randint(100000, 999999)}",
             None if r.random() < 0.2 else r.randint(1996, 2023))
        )  # fmt: skip
    insert(c, "PUMPMAST", pumps)
    parts = []
    for i, (pn, desc, cost) in enumerate(PARTS):
        reord = r.choice([2, 4, 5, 10])
        qty = r.randint(0, 30) if i % 5 else r.randint(0, reord - 1)
        parts.append((pn, desc, cost, qty, reord))
    insert(c, "PARTMAST", parts)
    wos, woparts, invs = [], [], []
    inv = 700000
    rdays = sorted(day_between(r, START, LAST) for _ in range(620))
    for w in range(1, 621):
        pump = r.choice(pumps)
        rcvd = rdays[w - 1]
        age = (LAST - rcvd).days
        prom = rcvd + dt.timedelta(days=r.choice([7, 10, 14, 14, 21, 28]))
        active = [
            t
            for t in range(101, 110)
            if TECHS[t - 101][2] <= iso(rcvd) and (TECHS[t - 101][3] is None or TECHS[t - 101][3] >= iso(rcvd))
        ]
        x = r.random()
        if age > 60:
            st = "C" if x < 0.86 else "X" if x < 0.94 else "B"
        elif age > 14:
            st = (
                "C"
                if x < 0.55
                else "W"
                if x < 0.7
                else "P"
                if x < 0.82
                else "Q"
                if x < 0.9
                else "X"
                if x < 0.95
                else "B"
            )
        else:
            st = "O" if x < 0.35 else "Q" if x < 0.6 else "W" if x < 0.8 else "P" if x < 0.9 else "C"
        tech = None if st == "O" or (st == "X" and r.random() < 0.5) else r.choice(active)
        cmpl = None
        if st in ("C", "B"):
            late = r.random() < 0.28
            span = (prom - rcvd).days + (r.randint(1, 15) if late else -r.randint(0, (prom - rcvd).days - 2))
            cmpl = min(LAST, rcvd + dt.timedelta(days=span))
        kw = pump[5]
        hrs = round(r.uniform(1.5, 6) + kw / 6, 1) if st in ("C", "W", "P", "B") else None
        if st == "B":
            hrs = round(r.uniform(0.5, 2), 1)
        quote = None if st == "O" else float(round(r.uniform(250, 900) + kw * r.uniform(20, 60), -1))
        wos.append(
            (
                w,
                pump[0],
                tech,
                iso(rcvd),
                iso(prom),
                None if cmpl is None else iso(cmpl),
                st,
                r.choice(FAULTS),
                hrs,
                quote,
            )
        )
        cost = 0.0
        if st in ("C", "W", "P"):
            for pn in r.sample(range(len(PARTS)), r.choice([1, 2, 2, 3, 4])):
                q = r.choice([1, 1, 1, 2]) if PARTS[pn][0] not in ("ORK-STD", "OIL-5L") else r.randint(1, 4)
                woparts.append((w, PARTS[pn][0], q))
                cost += q * PARTS[pn][2]
        if st == "C":
            inv += 1
            invdte = min(LAST, cmpl + dt.timedelta(days=r.randint(0, 3)))
            amt = round(hrs * 68.0 + cost * 1.35, 2)
            days = r.choice([8, 14, 21, 30, 30, 45, 60, 75])
            paid = invdte + dt.timedelta(days=days)
            invs.append((inv, w, iso(invdte), amt, None if paid > LAST or r.random() < 0.04 else iso(paid)))
    insert(c, "WORKORDR", wos)
    insert(c, "WOPARTS", woparts)
    insert(c, "INVCHDR", invs)
    done(c)


# ---------------------------------------------------------------------------------------------------- printfarm
MODELS = [
    ("MK4", "Prusa MK4", 0.4, 0.04), ("XL", "Prusa XL 5-toolhead", 0.4, 0.05),
    ("X1C", "Bambu Lab X1 Carbon", 0.4, 0.06), ("K1M", "Creality K1 Max", 0.6, 0.12),
]  # fmt: skip
MATERIALS = [
    ("Prusament PLA Galaxy Black", "PLA", "Prusament", "black", 29.99), ("Prusament PLA Jet Black", "PLA", "Prusament", "black", 24.99),
    ("Polymaker PolyLite PLA White", "PLA", "Polymaker", "white", 21.5), ("eSun PLA+ Grey", "PLA", "eSun", "grey", 18.9),
    ("Bambu PLA Basic Red", "PLA", "Bambu Lab", "red", 19.99), ("Prusament PETG Orange", "PETG", "Prusament", "orange", 29.99),
    ("Polymaker PETG Clear", "PETG", "Polymaker", "clear", 24.5), ("eSun PETG Blue", "PETG", "eSun", "blue", 20.9),
    ("Prusament ASA Lipstick Red", "ASA", "Prusament", "red", 32.99), ("Polymaker ASA Black", "ASA", "Polymaker", "black", 28.0),
    ("eSun ABS+ Black", "ABS", "eSun", "black", 19.5), ("Bambu ABS White", "ABS", "Bambu Lab", "white", 22.99),
    ("NinjaTek NinjaFlex TPU Black", "TPU", "NinjaTek", "black", 64.0), ("Polymaker TPU95A Blue", "TPU", "Polymaker", "blue", 39.9),
    ("Polymaker PA6-CF Nylon", "Nylon", "Polymaker", "black", 89.0), ("Bambu PAHT-CF", "Nylon", "Bambu Lab", "black", 79.99),
    ("Prusament PC Blend Natural", "PC", "Prusament", "natural", 44.99), ("Fiberlogy Easy PLA Pastel Mint", "PLA", "Fiberlogy", "green", 23.4),
]  # fmt: skip
CUSTOMERS_PF = [
    ("Lumina Product Design", "Eindhoven", "NL"), ("Brabant Robotics BV", "Tilburg", "NL"), ("De Maakplaats", "Utrecht", "NL"),
    ("Kempen Medical Devices", "Veldhoven", "NL"), ("Studio Vorm & Licht", "Amsterdam", "NL"), ("Flanders Drone Works", "Gent", "BE"),
    ("Antwerp Archimodels", "Antwerpen", "BE"), ("Rhein Prototyping GmbH", "Düsseldorf", "DE"), ("Aachen Labtech", "Aachen", "DE"),
    ("TU/e Racing Team", "Eindhoven", "NL"), ("Fontys Makerspace", "Eindhoven", "NL"), ("Nijmegen Cosplay Collective", "Nijmegen", "NL"),
    ("Maastricht Orthotics", "Maastricht", "NL"), ("Rotterdam Marine Models", "Rotterdam", "NL"), ("Leuven Bio Instruments", "Leuven", "BE"),
    ("Keulen Spielwaren", "Köln", "DE"), ("Delft Fixture Factory", "Delft", "NL"), ("Groningen Audio Enclosures", "Groningen", "NL"),
    ("Zwolle Signage", "Zwolle", "NL"), ("Liège Automation SA", "Liège", "BE"), ("Helmond Automotive Parts", "Helmond", "NL"),
    ("Breda Board Games", "Breda", "NL"), ("Arnhem Architects Collective", "Arnhem", "NL"), ("Den Bosch Dental Lab", "'s-Hertogenbosch", "NL"),
    ("Venlo Greenhouse Tech", "Venlo", "NL"), ("Essen Sensorik GmbH", "Essen", "DE"), ("Brugge Bike Bits", "Brugge", "BE"),
    ("Haarlem Lamp Studio", "Haarlem", "NL"), ("Leiden Museum Replicas", "Leiden", "NL"), ("Amersfoort Jigs & Tools", "Amersfoort", "NL"),
    ("Münster Medizintechnik", "Münster", "DE"), ("Oss Packaging Prototypes", "Oss", "NL"), ("Weert Model Railways", "Weert", "NL"),
    ("Hasselt Hobby Hub", "Hasselt", "BE"), ("Den Haag Drone Club", "Den Haag", "NL"), ("Almere Startup Garage", "Almere", "NL"),
]  # fmt: skip
CONTACTS = [
    "Sanne",
    "Bram",
    "Femke",
    "Joris",
    "Lieke",
    "Tim",
    "Anouk",
    "Ruben",
    "Noor",
    "Lars",
    "Eva",
    "Stijn",
    "Jonas",
    "Mila",
]
SURN = [
    "de Jong",
    "Peeters",
    "Janssens",
    "van den Berg",
    "Maes",
    "Müller",
    "Bakker",
    "Claes",
    "Schmitz",
    "Verhoeven",
    "Wouters",
]
PARTS_PF = ["bracket", "enclosure", "housing", "gear", "clip", "adapter", "mount", "knob", "prototype", "jig", "spacer"]
TASKS = [
    "nozzle change",
    "bed levelling",
    "belt tensioning",
    "firmware update",
    "hotend rebuild",
    "PTFE tube swap",
    "cleaning",
]
TECHS_PF = ["Daan Kuipers", "Yara Bos", "Milan Smit"]


def build_printfarm(path: Path) -> None:
    r = random.Random(8803)
    c = fresh_db(
        path,
        """
        CREATE TABLE Printers (
            printerId INTEGER PRIMARY KEY, printerName TEXT NOT NULL, model TEXT NOT NULL, nozzleMm REAL NOT NULL,
            installedOn TEXT NOT NULL, retiredOn TEXT);
        CREATE TABLE Materials (
            materialId INTEGER PRIMARY KEY, materialName TEXT NOT NULL, materialType TEXT NOT NULL, brand TEXT NOT NULL,
            colour TEXT NOT NULL, pricePerKg REAL NOT NULL, spoolsInStock INTEGER NOT NULL);
        CREATE TABLE Customers (
            customerId INTEGER PRIMARY KEY, companyName TEXT NOT NULL, contactName TEXT NOT NULL, email TEXT,
            city TEXT NOT NULL, countryCode TEXT NOT NULL);
        CREATE TABLE Orders (
            orderId INTEGER PRIMARY KEY, customerId INTEGER NOT NULL REFERENCES Customers(customerId),
            placedAt TEXT NOT NULL, dueDate TEXT NOT NULL, orderStatus TEXT NOT NULL, totalPrice REAL NOT NULL,
            shippedAt TEXT);
        CREATE TABLE PrintJobs (
            jobId INTEGER PRIMARY KEY, orderId INTEGER REFERENCES Orders(orderId),
            printerId INTEGER NOT NULL REFERENCES Printers(printerId),
            materialId INTEGER NOT NULL REFERENCES Materials(materialId), fileName TEXT NOT NULL,
            startedAt TEXT NOT NULL, endedAt TEXT, outcome TEXT NOT NULL, filamentGrams REAL NOT NULL,
            partCount INTEGER NOT NULL);
        CREATE TABLE MaintenanceLogs (
            logId INTEGER PRIMARY KEY, printerId INTEGER NOT NULL REFERENCES Printers(printerId),
            loggedAt TEXT NOT NULL, task TEXT NOT NULL, minutesSpent INTEGER NOT NULL, technician TEXT NOT NULL);
        """,
    )
    printers = []
    counts = {"MK4": 10, "XL": 4, "X1C": 8, "K1M": 4}
    pid = 0
    for code, model, nozzle, _fail in MODELS:
        for k in range(1, counts[code] + 1):
            pid += 1
            inst = (
                day_between(r, D(2023, 6, 1), D(2024, 2, 1))
                if k <= counts[code] // 2 + 1
                else day_between(r, D(2024, 2, 2), D(2025, 2, 28))
            )
            retired = None
            if code == "K1M" and k <= 2:
                retired = day_between(r, D(2024, 10, 1), D(2025, 4, 30))
            printers.append(
                (pid, f"{code}-{k:02d}", model, nozzle, iso(inst), None if retired is None else iso(retired))
            )
    insert(c, "Printers", printers)
    mats = [(i, *m, r.randint(0, 14)) for i, m in enumerate(MATERIALS, 1)]
    insert(c, "Materials", mats)
    custs = []
    for i, (co, city, cc) in enumerate(CUSTOMERS_PF, 1):
        first = CONTACTS[i % len(CONTACTS)]
        last = SURN[(i * 7) % len(SURN)]
        dom = co.lower().replace(" ", "").replace("&", "")[:14]
        custs.append((i, co, f"{first} {last}", None if i % 6 == 0 else f"{first.lower()}@{dom}.example", city, cc))
    insert(c, "Customers", custs)
    orders, jobs = [], []
    jid = 0
    fail = {p[0]: MODELS[[m[0] for m in MODELS].index(p[1].split("-")[0])][3] for p in printers}
    weights = [8 if i in (1, 2, 4, 8, 10) else 1 for i in range(1, len(custs) + 1)]
    now = dt.datetime(2025, 6, 14, 23, 59, 59)
    busy_week = [D(2025, 6, 12), D(2025, 6, 13), D(2025, 6, 13), D(2025, 6, 14), D(2025, 6, 14)]
    order_days = sorted([day_between(r, D(2023, 9, 1), LAST) for _ in range(515)] + busy_week)
    for o in range(1, 521):
        cust = r.choices(range(1, len(custs) + 1), weights=weights)[0]
        day = order_days[o - 1]
        placed = stamp(day, r.randint(7 * 60, 19 * 60) + r.randint(0, 59) / 60)
        due = day + dt.timedelta(days=r.choice([2, 3, 4, 5, 7, 10]))
        age = (LAST - day).days
        x = r.random()
        if x < 0.06:
            status = "cancelled"
        elif age > 10 or (age > 4 and x < 0.5):
            status = "shipped"
        elif x < 0.35:
            status = "quoted"
        else:
            status = "in production"
        n = r.choice([1, 1, 2, 2, 3, 4, 6, 8])
        total = 0.0
        last_end = None
        if status in ("shipped", "in production"):
            wait = r.randint(1, 6) if age <= 4 else r.randint(2, 30)
            t = dt.datetime.fromisoformat(placed) + dt.timedelta(hours=wait)
            for _ in range(n):
                if t > now:
                    break
                jid += 1
                pr = r.choice(
                    [
                        p
                        for p in printers
                        if p[4] <= t.date().isoformat() and (p[5] is None or p[5] > t.date().isoformat())
                    ]
                )
                mat = r.choice(mats)
                hours = r.uniform(0.8, 22) if status == "shipped" or age > 3 else r.uniform(20, 48)
                grams = round(hours * r.uniform(9, 16) * (1.6 if pr[2].startswith("Prusa XL") else 1), 1)
                if r.random() < fail[pr[0]]:
                    outcome = "failed"
                    end = t + dt.timedelta(hours=hours * r.uniform(0.05, 0.8))
                    grams = round(grams * r.uniform(0.1, 0.7), 1)
                elif r.random() < 0.02:
                    outcome, end = "cancelled", t + dt.timedelta(minutes=r.randint(5, 90))
                else:
                    outcome, end = "success", t + dt.timedelta(hours=hours)
                if end > now:
                    outcome, end = "printing", None
                    status = "in production"
                jobs.append([
                    jid, o, pr[0], mat[0], f"{custs[cust - 1][1].split()[0].lower().replace('/', '')}_{r.choice(PARTS_PF)}_v{r.randint(1, 9)}.3mf",
                    t.strftime("%Y-%m-%d %H:%M:%S"), None if end is None else end.strftime("%Y-%m-%d %H:%M:%S"),
                    outcome, grams, r.randint(1, 24),
                ])  # fmt: skip
                total += grams / 1000 * mat[5] * 4 + hours * 2.5
                if end is not None:
                    last_end = end
                t = t + dt.timedelta(minutes=r.randint(10, 300))
        else:
            total = round(r.uniform(15, 400), 2)
        shipped = None
        if status == "shipped":
            base = last_end or (dt.datetime.fromisoformat(placed) + dt.timedelta(days=2))
            s = base + dt.timedelta(hours=r.randint(2, 60))
            if s > now:
                status = "in production"
            else:
                shipped = s.strftime("%Y-%m-%d %H:%M:%S")
        orders.append((o, cust, placed, iso(due), status, round(total + 12.5, 2), shipped))
    insert(c, "Orders", orders)
    # internal jobs: calibration prints and test pieces without an order
    for _ in range(90):
        jid += 1
        day = day_between(r, D(2023, 9, 1), D(2025, 6, 13))
        pr = r.choice([p for p in printers if p[4] <= iso(day) and (p[5] is None or p[5] > iso(day))])
        t = dt.datetime.fromisoformat(stamp(day, r.randint(8 * 60, 17 * 60)))
        hours = r.uniform(0.2, 3)
        ok = r.random() > fail[pr[0]] * 1.5
        end = t + dt.timedelta(hours=hours if ok else hours / 3)
        jobs.append([
            jid, None, pr[0], r.randint(1, len(mats)), r.choice(["calibration_cube.3mf", "benchy.3mf", "temp_tower.3mf", "flow_test.3mf"]),
            t.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), "success" if ok else "failed",
            round(hours * r.uniform(6, 12), 1), 1,
        ])  # fmt: skip
    jobs.sort(key=lambda j: j[5])
    # a printer runs one job at a time: move clashing jobs still printing to a free printer
    busy: list[int] = []
    for j in jobs:
        if j[7] != "printing":
            continue
        if j[2] in busy:
            day = j[5][:10]
            free = [p[0] for p in printers if p[0] not in busy and p[4] <= day and p[5] is None]
            j[2] = free[0]
        busy.append(j[2])
    for k, j in enumerate(jobs, 1):
        j[0] = k
    insert(c, "PrintJobs", jobs)
    logs = []
    for k in range(1, 231):
        pr = r.choice(printers)
        lo = D.fromisoformat(pr[4])
        hi = LAST if pr[5] is None else D.fromisoformat(pr[5])
        day = day_between(r, lo, hi)
        task = r.choice(TASKS)
        mins = {"nozzle change": 20, "bed levelling": 15, "belt tensioning": 25, "firmware update": 10,
                "hotend rebuild": 75, "PTFE tube swap": 30, "cleaning": 20}[task] + r.randint(-5, 25)  # fmt: skip
        logs.append((k, pr[0], stamp(day, r.randint(8 * 60, 18 * 60)), task, mins, r.choice(TECHS_PF)))
    logs.sort(key=lambda x: x[2])
    insert(c, "MaintenanceLogs", [(k, *x[1:]) for k, x in enumerate(logs, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- framebuilder
TUBING = ["Reynolds 853", "Reynolds 725", "Columbus Spirit", "Columbus Zona", "Titanium 3Al-2.5V", "Reynolds 953"]
STYLES = ["road", "gravel", "touring", "track", "mountain", "tandem"]
COMPONENTS = [
    ("Shimano 105 Di2 groupset", "groupset", "Shimano", 139900), ("Shimano GRX 820 groupset", "groupset", "Shimano", 104900),
    ("Shimano Ultegra Di2 groupset", "groupset", "Shimano", 219900), ("SRAM Rival AXS groupset", "groupset", "SRAM", 129900),
    ("Campagnolo Chorus groupset", "groupset", "Campagnolo", 169900), ("Shimano Deore XT groupset", "groupset", "Shimano", 89900),
    ("Hunt 4 Season Gravel wheelset", "wheelset", "Hunt", 42900), ("Hope 20Five wheelset", "wheelset", "Hope", 74900),
    ("DT Swiss ER 1600 wheelset", "wheelset", "DT Swiss", 119900), ("Handbuilt Hope/H Plus Son wheelset", "wheelset", "Hope", 56000),
    ("Columbus Futura carbon fork", "fork", "Columbus", 39900), ("ENVE Road fork", "fork", "ENVE", 54900),
    ("Steel lugged fork", "fork", "In-house", 45000), ("Chris King NoThreadSet headset", "headset", "Chris King", 17900),
    ("Hope Pick'n'Mix headset", "headset", "Hope", 8900), ("Brooks B17 saddle", "saddle", "Brooks", 11500),
    ("Brooks Cambium C17 saddle", "saddle", "Brooks", 12500), ("Fizik Argo saddle", "saddle", "Fizik", 14900),
    ("Deda Zero100 bars", "cockpit", "Deda", 8900), ("Salsa Cowchipper bars", "cockpit", "Salsa", 6500),
    ("Nitto Noodle bars", "cockpit", "Nitto", 9800), ("Tubus Logo Evo rear rack", "rack", "Tubus", 15900),
    ("Tubus Tara front rack", "rack", "Tubus", 11900), ("SKS Bluemels mudguards", "mudguards", "SKS", 4200),
    ("Honjo hammered mudguards", "mudguards", "Honjo", 11000), ("SON 28 dynamo hub", "lighting", "SON", 24900),
    ("Exposure Revo dynamo light", "lighting", "Exposure", 18500), ("Shimano XT pedals", "pedals", "Shimano", 10900),
]  # fmt: skip
COLOURS = ["British racing green", "oxblood", "gloss black", "sky blue", "burnt orange", "raw titanium", "pearl white"]
REPAIR_JOBS = ["crack repair", "dent removal", "respray", "braze-on addition", "frame alignment", "dropout replacement"]
CITIES = [
    ("Bristol", "UK"), ("Bath", "UK"), ("London", "UK"), ("Cardiff", "UK"), ("Exeter", "UK"), ("Oxford", "UK"),
    ("Manchester", "UK"), ("Edinburgh", "UK"), ("Dublin", "IE"), ("Amsterdam", "NL"), ("Zürich", "CH"), ("Gloucester", "UK"),
]  # fmt: skip


def build_framebuilder(path: Path) -> None:
    r = random.Random(8804)
    c = fresh_db(
        path,
        """
        CREATE TABLE builders (
            builder_id INTEGER PRIMARY KEY, builder_name TEXT NOT NULL, joined_on TEXT NOT NULL,
            speciality TEXT NOT NULL, left_on TEXT);
        CREATE TABLE customers (
            customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
            email TEXT, height_cm INTEGER);
        CREATE TABLE frame_orders (
            order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
            builder_id INTEGER REFERENCES builders(builder_id), frame_style TEXT NOT NULL, tubing TEXT NOT NULL,
            colour TEXT NOT NULL, ordered_on TEXT NOT NULL, fitting_on TEXT, completed_on TEXT,
            frame_price_pence INTEGER NOT NULL, deposit_pence INTEGER NOT NULL, cancelled INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE components (
            component_id INTEGER PRIMARY KEY, component_name TEXT NOT NULL, category TEXT NOT NULL, brand TEXT NOT NULL,
            list_price_pence INTEGER NOT NULL);
        CREATE TABLE order_components (
            order_id INTEGER NOT NULL REFERENCES frame_orders(order_id),
            component_id INTEGER NOT NULL REFERENCES components(component_id), quantity INTEGER NOT NULL,
            unit_price_pence INTEGER NOT NULL, PRIMARY KEY (order_id, component_id));
        CREATE TABLE payments (
            payment_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES frame_orders(order_id),
            paid_on TEXT NOT NULL, amount_pence INTEGER NOT NULL, method TEXT NOT NULL);
        CREATE TABLE repairs (
            repair_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
            order_id INTEGER REFERENCES frame_orders(order_id), repair_type TEXT NOT NULL, received_on TEXT NOT NULL,
            quote_pence INTEGER, returned_on TEXT);
        """,
    )
    builders = [
        (1, "Tom Whitcombe", "2012-04-01", "lugged steel", None),
        (2, "Hannah Greenwood", "2016-09-12", "titanium", None),
        (3, "Rhys Cartwright", "2019-02-04", "fillet brazing", None),
        (4, "Ola Nowak", "2021-06-07", "TIG welding", "2024-08-30"),
        (5, "Freya Metcalfe", "2024-09-02", "fillet brazing", None),
    ]
    insert(c, "builders", builders)
    people = names(r, 110, GIVEN_UK, FAMILY_UK)
    custs = []
    for i, p in enumerate(people, 1):
        city, ctry = r.choices(CITIES, weights=[9, 4, 6, 3, 2, 2, 2, 2, 1, 1, 1, 2])[0]
        email = (
            None
            if r.random() < 0.12
            else f"{p.lower().replace(' ', '.')}@{r.choice(['gmail.com', 'outlook.com', 'proton.me'])}"
        )
        custs.append((i, p, city, ctry, email, None if r.random() < 0.3 else r.randint(155, 198)))
    insert(c, "customers", custs)
    base = {"road": 180000, "gravel": 190000, "touring": 210000, "track": 160000, "mountain": 220000, "tandem": 390000}
    extra = {"Reynolds 853": 0, "Reynolds 725": -20000, "Columbus Spirit": 10000, "Columbus Zona": -15000,
             "Titanium 3Al-2.5V": 150000, "Reynolds 953": 120000}  # fmt: skip
    orders, links, pays = [], [], []
    pay_id = 0
    days = sorted(day_between(r, START, D(2025, 6, 10)) for _ in range(170))
    for o in range(1, 171):
        cust = r.randint(1, 100)  # customers 101..110 only ever bring repairs
        d = days[o - 1]
        style = r.choices(STYLES, weights=[5, 6, 4, 1, 2, 1])[0]
        tube = r.choices(TUBING, weights=[5, 3, 2, 2, 3, 1])[0]
        active = [b[0] for b in builders if b[2] <= iso(d) and (b[4] is None or b[4] >= iso(d))]
        colour = (
            "raw titanium"
            if tube.startswith("Titanium") and r.random() < 0.7
            else r.choice(COLOURS[:-2] + COLOURS[-1:])
        )
        bld = 2 if tube.startswith("Titanium") and 2 in active else r.choice(active)
        age = (LAST - d).days
        cancelled = 1 if r.random() < 0.05 and age > 30 else 0
        fit = d + dt.timedelta(days=r.randint(7, 40))
        fitting = None if fit > LAST or (cancelled and r.random() < 0.5) else fit
        comp = fit + dt.timedelta(days=r.randint(60, 160))
        completed = None if comp > LAST or cancelled or fitting is None else comp
        if age < 10:
            bld = None
        price = base[style] + extra[tube] + r.randrange(0, 30000, 500)
        if d.year >= 2025:
            price = int(price * 1.06) // 100 * 100
        deposit = price // 4 // 100 * 100 if d.year < 2024 else price // 3 // 100 * 100
        orders.append((o, cust, bld, style, tube, colour, iso(d), None if fitting is None else iso(fitting),
                       None if completed is None else iso(completed), price, deposit, cancelled))  # fmt: skip
        total = price
        if not cancelled:
            cats_done: list[str] = []
            for comp_i in r.sample(range(len(COMPONENTS)), r.randint(0, 6)):
                nm, cat, _brand, lp = COMPONENTS[comp_i]
                if cat in cats_done:
                    continue
                cats_done.append(cat)
                up = lp if r.random() < 0.7 else lp * 9 // 10
                links.append((o, comp_i + 1, 1, up))
                total += up
        pay_id += 1
        pays.append((pay_id, o, iso(d), deposit, r.choice(["card", "bank transfer"])))
        if completed is not None:
            if ((LAST - completed).days > 20 and r.random() < 0.93) or r.random() < 0.3:
                pay_id += 1
                when = completed + dt.timedelta(days=r.randint(0, 14))
                if when > LAST:
                    when = LAST
                pays.append(
                    (
                        pay_id,
                        o,
                        iso(when),
                        total - deposit,
                        r.choice(["card", "bank transfer", "bank transfer", "cash"]),
                    )
                )
        elif fitting is not None and r.random() < 0.3:
            pay_id += 1
            pays.append((pay_id, o, iso(fitting), (total - deposit) // 2, "bank transfer"))
    insert(c, "frame_orders", orders)
    insert(c, "components", [(i, *x) for i, x in enumerate(COMPONENTS, 1)])
    insert(c, "order_components", links)
    pays.sort(key=lambda p: (p[2], p[0]))
    insert(c, "payments", [(k, *p[1:]) for k, p in enumerate(pays, 1)])
    reps = []
    for k in range(1, 121):
        cust = r.randint(1, 110)
        own = [o for o in orders if o[1] == cust and o[8] is not None]
        d = day_between(r, START, LAST)
        oid = None
        if own and r.random() < 0.5:
            cand = [o for o in own if o[8] < iso(d)]
            oid = cand[0][0] if cand else None
        job = r.choice(REPAIR_JOBS)
        q = {"crack repair": 18000, "dent removal": 9000, "respray": 35000, "braze-on addition": 6000,
             "frame alignment": 7500, "dropout replacement": 22000}[job] + r.randrange(0, 8000, 500)  # fmt: skip
        ret = d + dt.timedelta(days=r.randint(5, 50))
        reps.append((k, cust, oid, job, iso(d), None if r.random() < 0.05 else q, None if ret > LAST else iso(ret)))
    reps.sort(key=lambda x: x[4])
    insert(c, "repairs", [(k, *x[1:]) for k, x in enumerate(reps, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- joinery
EMPLOYEES = [
    # id, name, trade, manager, start, leave, day rate
    (1, "Margaret Haigh", "director", None, "2006-02-01", None, 420.0),
    (2, "Callum Brook", "workshop manager", 1, "2011-05-16", None, 290.0),
    (3, "Deborah Lumb", "site manager", 1, "2014-03-03", None, 285.0),
    (4, "Euan Sutcliffe", "joiner", 2, "2012-09-10", None, 230.0),
    (5, "Bryony Varley", "joiner", 2, "2017-01-09", None, 220.0),
    (6, "Gareth Pickles", "joiner", 3, "2015-06-01", None, 225.0),
    (7, "Aled Ramsden", "joiner", 3, "2019-04-23", None, 210.0),
    (8, "Trevor Oldroyd", "joiner", 2, "2008-11-03", "2024-02-29", 235.0),
    (9, "Sophie Jowett", "joiner", 3, "2021-08-02", None, 205.0),
    (10, "Owen Kershaw", "apprentice", 4, "2022-09-05", None, 110.0),
    (11, "Freya Dobson", "apprentice", 6, "2023-09-04", None, 105.0),
    (12, "Rhys Thackray", "apprentice", 5, "2024-09-02", None, 95.0),
    (13, "Wendy Crowther", "french polisher", 2, "2013-02-11", None, 215.0),
    (14, "Ian Metcalfe", "estimator", 1, "2018-10-01", None, 240.0),
    (15, "Nina Ellison", "apprentice", 4, "2021-09-06", "2023-07-28", 95.0),
    (16, "Vince Naylor", "joiner", 3, "2024-01-15", None, 215.0),
    (17, "Lorna Greenwood", "apprentice", 9, "2025-02-03", None, 95.0),
]  # fmt: skip
CLIENTS = [
    ("St Michael's Church, Haworth", "church", "Haworth"), ("Holy Trinity PCC, Skipton", "church", "Skipton"),
    ("Shibden Estate Trust", "heritage trust", "Halifax"), ("Calderdale Council", "council", "Halifax"),
    ("Leeds City Council", "council", "Leeds"), ("Incommunities Housing", "housing association", "Bradford"),
    ("Yorkshire Housing", "housing association", "Leeds"), ("East Riddlesden Hall", "heritage trust", "Keighley"),
    ("Ripley Castle Estate", "heritage trust", "Ripley"), ("Mr & Mrs Armitage", "private", "Ilkley"),
    ("Dr Helen Foster", "private", "Harrogate"), ("Mr Paul Bradley", "private", "Otley"),
    ("Ms Una Ainsworth", "private", "Hebden Bridge"), ("Mr & Mrs Illingworth", "private", "Saltaire"),
    ("Saltaire Village Society", "heritage trust", "Saltaire"), ("St Wilfrid's RC Church", "church", "Ripon"),
    ("Harrogate Borough Estates", "council", "Harrogate"), ("Mr Craig Denby", "private", "Skipton"),
    ("Mrs Janet Whiteley", "private", "Ilkley"), ("The Old Rectory Hotel", "private", "Haworth"),
    ("Kirklees Council", "council", "Huddersfield"), ("Marsden Mechanics Trust", "heritage trust", "Marsden"),
    ("Mr Martin Hirst", "private", "Leeds"), ("Ms Paula Uttley", "private", "Bradford"),
    ("Bolton Abbey Estate", "heritage trust", "Bolton Abbey"), ("Settle Friends Meeting House", "church", "Settle"),
    ("Mr & Mrs Mellor", "private", "Harrogate"), ("Accent Housing", "housing association", "Bradford"),
    ("Dr Karl Foster", "private", "Otley"), ("Holmfirth Civic Society", "heritage trust", "Holmfirth"),
    ("Mrs Dawn Armitage", "private", "Leeds"), ("Bradford Cathedral", "church", "Bradford"),
]  # fmt: skip
PROJ_TYPES = [
    "sash window restoration", "front door replacement", "staircase repair", "panelling restoration",
    "pew repairs", "shutter restoration", "roof truss repair", "bay window rebuild", "porch restoration",
    "bell frame repair", "kitchen in period style", "skirting and architraves",
]  # fmt: skip
STREETS = ["Church Lane", "Main Street", "High Street", "Victoria Road", "Park Road", "Mill Lane", "Station Road"]
TIMBERS = [
    ("European oak", "Vastern Timber", 2450.0), ("Sapele", "Timbmet", 1650.0), ("Accoya", "Brooks Bros", 2900.0),
    ("Douglas fir", "Vastern Timber", 980.0), ("Reclaimed pitch pine", "Ribble Reclamation", 1850.0),
    ("Iroko", "Timbmet", 1550.0), ("English ash", "Vastern Timber", 1250.0), ("Redwood (Scots pine)", "Arnold Laver", 720.0),
]  # fmt: skip


def build_joinery(path: Path) -> None:
    r = random.Random(8805)
    c = fresh_db(
        path,
        """
        CREATE TABLE employee (
            emp_id INTEGER PRIMARY KEY, emp_name TEXT NOT NULL, emp_trade TEXT NOT NULL,
            emp_manager_id INTEGER REFERENCES employee(emp_id), emp_start TEXT NOT NULL, emp_leave TEXT,
            emp_day_rate REAL NOT NULL);
        CREATE TABLE client (
            cli_id INTEGER PRIMARY KEY, cli_name TEXT NOT NULL, cli_type TEXT NOT NULL, cli_town TEXT NOT NULL);
        CREATE TABLE project (
            proj_id INTEGER PRIMARY KEY, cli_id INTEGER NOT NULL REFERENCES client(cli_id), proj_title TEXT NOT NULL,
            proj_address TEXT NOT NULL, proj_listed TEXT, proj_status TEXT NOT NULL, proj_start TEXT,
            proj_end TEXT, proj_quote REAL NOT NULL);
        CREATE TABLE assignment (
            emp_id INTEGER NOT NULL REFERENCES employee(emp_id), proj_id INTEGER NOT NULL REFERENCES project(proj_id),
            asg_role TEXT NOT NULL, PRIMARY KEY (emp_id, proj_id));
        CREATE TABLE timesheet (
            ts_id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES employee(emp_id),
            proj_id INTEGER NOT NULL REFERENCES project(proj_id), ts_date TEXT NOT NULL, ts_hours REAL NOT NULL);
        CREATE TABLE timber (
            tim_id INTEGER PRIMARY KEY, tim_species TEXT NOT NULL, tim_supplier TEXT NOT NULL,
            tim_price_m3 REAL NOT NULL);
        CREATE TABLE timber_use (
            use_id INTEGER PRIMARY KEY, proj_id INTEGER NOT NULL REFERENCES project(proj_id),
            tim_id INTEGER NOT NULL REFERENCES timber(tim_id), use_m3 REAL NOT NULL, use_date TEXT NOT NULL);
        """,
    )
    insert(c, "employee", EMPLOYEES)
    clients = [(i, *x) for i, x in enumerate(CLIENTS, 1)]
    insert(c, "client", clients)
    insert(c, "timber", [(i, *t) for i, t in enumerate(TIMBERS, 1)])
    projects, asg, ts, uses = [], [], [], []
    tsid = uid = 0
    workers = [e for e in EMPLOYEES if e[2] in ("joiner", "apprentice", "french polisher")]
    starts = sorted(day_between(r, D(2022, 9, 1), D(2025, 6, 2)) for _ in range(66))
    for p in range(1, 67):
        cli = r.randint(1, len(clients) - 2)  # the last two clients have only enquired by phone, no project yet
        ctype = clients[cli - 1][2]
        title = r.choice(
            PROJ_TYPES[:4] + PROJ_TYPES[5:9] + PROJ_TYPES[10:]
            if ctype != "church"
            else [
                "pew repairs",
                "bell frame repair",
                "panelling restoration",
                "porch restoration",
                "front door replacement",
            ]
        )
        listed = r.choices(["I", "II*", "II", None], weights=[1, 2, 5, 4] if ctype != "private" else [0, 1, 4, 6])[0]
        st = starts[p - 1]
        dur = r.randint(10, 160)
        end = st + dt.timedelta(days=dur)
        if p in (9, 33, 58):
            status, st_, end_ = "on hold", st, None
        elif end <= LAST:
            status, st_, end_ = "complete", st, end
        elif st <= LAST:
            status, st_, end_ = "active", st, None
        else:
            status, st_, end_ = "enquiry", None, None
        if p > 62:
            status, st_, end_ = "enquiry", None, None
        quote = float(round(dur * r.uniform(250, 700), -2))
        addr = f"{r.randint(1, 120)} {r.choice(STREETS)}, {clients[cli - 1][3]}"
        projects.append((p, cli, title.capitalize(), addr, listed, status, None if st_ is None else iso(st_),
                         None if end_ is None else iso(end_), quote))  # fmt: skip
        if st_ is None:
            continue
        stop = end_ or (min(LAST, st_ + dt.timedelta(days=40)) if status == "on hold" else LAST)
        avail = [e for e in workers if e[4] <= iso(st_) and (e[5] is None or e[5] >= iso(st_))]
        team = r.sample(avail, min(len(avail), r.randint(1, 4)))
        lead_pool = [e for e in team if e[2] == "joiner"]
        lead = lead_pool[0][0] if lead_pool else None
        for e in team:
            role = "lead" if e[0] == lead else e[2]
            asg.append((e[0], p, role))
        mgr = 3 if title in ("roof truss repair", "bell frame repair", "porch restoration") else 2
        asg.append((mgr, p, "manager"))
        for e in team:
            last_day = stop if e[5] is None else min(stop, D.fromisoformat(e[5]))
            span = (last_day - st_).days
            ndays = max(1, min(span + 1, int(span * r.uniform(0.15, 0.4))))
            for dd in sorted(r.sample(range(span + 1), ndays)):
                wd = st_ + dt.timedelta(days=dd)
                if wd.weekday() >= 5:
                    continue
                tsid += 1
                ts.append((tsid, e[0], p, iso(wd), r.choice([4.0, 7.5, 7.5, 7.5, 8.0, 8.5, 6.0])))
        for _ in range(r.randint(0, 3)):
            uid += 1
            tim = r.choices(range(1, 9), weights=[5, 3, 3, 2, 2, 1, 1, 3])[0]
            uses.append((uid, p, tim, round(r.uniform(0.05, 1.8), 2), iso(day_between(r, st_, stop))))
    insert(c, "project", projects)
    insert(c, "assignment", asg)
    ts.sort(key=lambda t: (t[3], t[1]))
    insert(c, "timesheet", [(k, *t[1:]) for k, t in enumerate(ts, 1)])
    uses.sort(key=lambda u: u[4])
    insert(c, "timber_use", [(k, *u[1:]) for k, u in enumerate(uses, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- bowrehair
SERVICES = [
    ("RH", "Full rehair", 75.0), ("RHX", "Rehair, express same day", 110.0), ("TP", "Tip plate replacement", 95.0),
    ("GR", "New leather thumb grip", 35.0), ("WR", "New silver wire winding", 120.0), ("EY", "Eyelet replacement", 45.0),
    ("CM", "Camber correction", 85.0), ("CR", "Crack repair to stick", 260.0),
]  # fmt: skip
MAKERS = [
    "W.E. Hill & Sons", "James Tubbs", "Eugène Sartory", "Nürnberger", "Arcos Brasil", "CodaBow", "Müsing",
    "Dodd", "Paul Siefried", "John Stagg", "Pierre Guillaume", "Vuillaume workshop",
]  # fmt: skip
ORCH = [
    "Royal Scottish National Orchestra", "Scottish Chamber Orchestra", "BBC Scottish Symphony Orchestra",
    "National Youth Orchestras of Scotland", "Edinburgh Youth Orchestra",
]  # fmt: skip
SCHOOLS = [
    "St Mary's Music School",
    "George Heriot's School",
    "City of Edinburgh Music School",
    "Broughton High School",
]
DEALERS = ["Stringers of Edinburgh", "Glasgow Violin Shop", "Highland Strings"]
CITIES_BR = ["Edinburgh", "Glasgow", "Stirling", "Perth", "Dundee", "St Andrews", "Dunfermline", "Livingston"]
HAIR_SUPPLIERS = ["Gewa", "Vivaldi Hair Co", "Lazarro", "Siberian Trade House"]


def build_bowrehair(path: Path) -> None:
    r = random.Random(8806)
    c = fresh_db(
        path,
        """
        CREATE TABLE clnt (
            clnt_id INTEGER PRIMARY KEY, clnt_nm TEXT NOT NULL, clnt_type TEXT NOT NULL, city TEXT NOT NULL,
            phone TEXT, since_dt TEXT NOT NULL);
        CREATE TABLE tech (
            tech_id INTEGER PRIMARY KEY, tech_nm TEXT NOT NULL, start_dt TEXT NOT NULL, end_dt TEXT);
        CREATE TABLE svc (svc_cd TEXT PRIMARY KEY, svc_desc TEXT NOT NULL, std_price REAL NOT NULL);
        CREATE TABLE hank (
            hank_id INTEGER PRIMARY KEY, supplier TEXT NOT NULL, origin TEXT NOT NULL, colour TEXT NOT NULL,
            grade TEXT NOT NULL, recv_dt TEXT NOT NULL, cost_gbp REAL NOT NULL, used_up TEXT NOT NULL);
        CREATE TABLE bow (
            bow_id INTEGER PRIMARY KEY, clnt_id INTEGER NOT NULL REFERENCES clnt(clnt_id), instr TEXT NOT NULL,
            maker TEXT, stick_mat TEXT NOT NULL, wt_g REAL, est_val REAL);
        CREATE TABLE job (
            job_id INTEGER PRIMARY KEY, bow_id INTEGER NOT NULL REFERENCES bow(bow_id),
            tech_id INTEGER REFERENCES tech(tech_id), svc_cd TEXT NOT NULL REFERENCES svc(svc_cd),
            hank_id INTEGER REFERENCES hank(hank_id), in_dt TEXT NOT NULL, out_dt TEXT, price REAL NOT NULL,
            rush_yn TEXT NOT NULL, paid_yn TEXT NOT NULL);
        """,
    )
    people = names(r, 161, GIVEN_UK, FAMILY_UK)
    clients = []
    for i in range(1, 161):
        if i <= len(ORCH):
            nm, tp = ORCH[i - 1], "orchestra"
        elif i <= len(ORCH) + len(SCHOOLS):
            nm, tp = SCHOOLS[i - 1 - len(ORCH)], "school"
        elif i <= len(ORCH) + len(SCHOOLS) + len(DEALERS):
            nm, tp = DEALERS[i - 1 - len(ORCH) - len(SCHOOLS)], "dealer"
        else:
            nm, tp = people[i], r.choices(["professional", "amateur", "student"], weights=[3, 4, 3])[0]
        city = (
            "Edinburgh"
            if tp in ("school", "orchestra") and i != 1
            else r.choices(CITIES_BR, weights=[8, 5, 1, 1, 2, 1, 1, 1])[0]
        )
        if i == 1 or nm == "Glasgow Violin Shop":
            city = "Glasgow"
        elif nm == "Highland Strings":
            city = "Inverness"
        phone = (
            None
            if tp in ("amateur", "student") and r.random() < 0.35
            else f"0{r.choice([131, 141, 1786, 1738])} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        )
        clients.append((i, nm, tp, city, phone, iso(day_between(r, D(2008, 1, 1), D(2025, 5, 20)))))
    insert(c, "clnt", clients)
    techs = [(1, "Isobel Drummond", "2009-03-02", None), (2, "Fergus MacLeod", "2015-08-17", None),
             (3, "Ailsa Ferguson", "2019-01-07", "2024-05-31"), (4, "Jamie Rennie", "2024-06-03", None)]  # fmt: skip
    insert(c, "tech", techs)
    insert(c, "svc", SERVICES)
    hanks = []
    hd = sorted(day_between(r, D(2022, 10, 1), D(2025, 6, 1)) for _ in range(44))
    for k in range(1, 45):
        origin = r.choices(["Mongolia", "Siberia", "China", "Argentina"], weights=[5, 3, 2, 1])[0]
        colour = r.choices(["white", "black", "salt and pepper"], weights=[8, 2, 1])[0]
        grade = r.choice(["A", "AA", "AAA"]) if origin != "Siberia" else r.choice(["AA", "AAA"])
        cost = {"A": 6.5, "AA": 9.0, "AAA": 14.0}[grade] * (1.4 if origin == "Siberia" else 1.0) * 10
        hanks.append([k, r.choice(HAIR_SUPPLIERS), origin, colour, grade, iso(hd[k - 1]), round(cost, 2), "Y"])
    bows = []
    instrs = ["violin", "violin", "violin", "viola", "cello", "cello", "double bass"]
    wts = {"violin": (58, 63), "viola": (68, 73), "cello": (78, 83), "double bass": (125, 140)}
    for b in range(1, 241):
        cl = r.randint(1, 160) if b > 60 else (b - 1) % 12 + 1
        ins = r.choice(instrs)
        mat = r.choices(["pernambuco", "carbon fibre", "brazilwood"], weights=[5, 3, 2])[0]
        maker = None if r.random() < 0.25 else r.choice(MAKERS)
        lo, hi = wts[ins]
        wt = None if r.random() < 0.15 else round(r.uniform(lo, hi), 1)
        val = None
        if mat == "pernambuco" and maker is not None:
            val = (
                float(r.randrange(800, 45000, 100))
                if maker in ("W.E. Hill & Sons", "James Tubbs", "Eugène Sartory", "Dodd", "Pierre Guillaume")
                else float(r.randrange(300, 4000, 50))
            )
        elif mat == "carbon fibre":
            val = float(r.randrange(150, 1500, 50))
        bows.append((b, cl, ins, maker, mat, wt, val))
    insert(c, "bow", bows)
    jobs = []
    jdays = sorted(day_between(r, START, LAST) for _ in range(760))
    hair_use: dict[int, int] = {}
    cap = {h[0]: r.randint(11, 19) for h in hanks}
    for j in range(1, 761):
        d = jdays[j - 1]
        bow = r.choice(bows)
        code = r.choices([s[0] for s in SERVICES], weights=[40, 8, 4, 8, 3, 4, 3, 2])[0]
        active = [t[0] for t in techs if t[2] <= iso(d) and (t[3] is None or t[3] >= iso(d))]
        tech = r.choice(active) if code != "CR" else 1
        hank = None
        if code in ("RH", "RHX"):
            # hair is colour-matched: bass bows usually get black
            ok = [h for h in hanks if h[5] <= iso(d) and hair_use.get(h[0], 0) < cap[h[0]]]
            if bow[2] == "double bass" and r.random() < 0.7:
                want = "black"
            else:
                want = "salt and pepper" if r.random() < 0.03 else "white"
            pick = [h for h in ok if h[3] == want] or ok
            h = pick[0]
            hank = h[0]
            hair_use[hank] = hair_use.get(hank, 0) + 1
        age = (LAST - d).days
        days_in = 0 if code == "RHX" else r.randint(1, 12) if code in ("RH", "GR", "EY") else r.randint(7, 35)
        out = d + dt.timedelta(days=days_in)
        done_out = None if out > LAST or (age < 20 and r.random() < 0.15) else out
        if done_out is None and age < 3:
            tech = None if r.random() < 0.5 else tech
        std = SERVICES[[s[0] for s in SERVICES].index(code)][2]
        mult = 1.0 if d.year < 2025 else 1.08
        size = 1.15 if bow[2] == "cello" else 1.35 if bow[2] == "double bass" else 1.0
        price = round(std * mult * size, 2)
        rush = "Y" if code == "RHX" or r.random() < 0.06 else "N"
        if done_out is None:
            paid = "N" if r.random() < 0.7 else "Y"
        else:
            paid = "N" if ((LAST - done_out).days < 60 and r.random() < 0.15) or r.random() < 0.006 else "Y"
        jobs.append(
            (j, bow[0], tech, code, hank, iso(d), None if done_out is None else iso(done_out), price, rush, paid)
        )
    for h in hanks:
        if hair_use.get(h[0], 0) < cap[h[0]]:
            h[7] = "N"
    insert(c, "hank", hanks)
    insert(c, "job", jobs)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "smedja": build_smedja,
    "pumprepair": build_pumprepair,
    "printfarm": build_printfarm,
    "framebuilder": build_framebuilder,
    "joinery": build_joinery,
    "bowrehair": build_bowrehair,
}
