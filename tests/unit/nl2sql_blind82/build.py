"""Six transport, logistics, agriculture and outdoors databases for the eighty-second blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except the mountain-hut nights already booked
for the coming summer in ``mountainhuts`` (status 'Confirmed').

- ``peniches`` (French table and column names, French values): a barge-freight company on the French canals.
  ``marinier`` (bargemen: ``nom``, ``prenom``, ``date_embauche``, ``telephone`` NULL when unknown), ``bateau``
  (``nom_bateau``, ``type_bateau`` 'Freycinet' / 'automoteur' / 'citerne', ``capacite_tonnes``,
  ``annee_construction``, ``id_marinier`` = the skipper, ``en_service`` 'oui'/'non'), ``client`` (``raison_sociale``
  = company name, ``ville``, ``secteur`` 'céréales' / 'BTP' / 'conteneurs' / 'recyclage' / 'chimie'), ``ecluse``
  (locks: ``nom_ecluse``, ``canal``, ``hauteur_chute_m`` = drop in metres), ``voyage`` (one shipment:
  ``port_depart``, ``port_arrivee``, ``date_depart``, ``date_arrivee`` NULL until arrived, ``marchandise`` (cargo,
  e.g. 'blé', 'sable'), ``tonnage`` in tonnes, ``montant`` = price charged in euros, ``statut`` 'livré' delivered /
  'en cours' under way / 'annulé' cancelled) and the link table ``passage_ecluse`` (a voyage going through a lock:
  ``date_passage``, ``attente_minutes`` = minutes waited at the lock).
- ``tramway`` (short cryptic column names; every time is Unix epoch integer seconds, UTC; self-referencing
  ``drv.sup_id``): a city tram operator. ``stp`` (stops: ``nm``, fare zone ``zn`` 1-3, ``acc`` 1 = step-free),
  ``drv`` (drivers: ``nm``, ``sup_id`` = the supervisor they report to, NULL for the head of operations,
  ``hrd_ts`` hired, ``act`` 1 = still employed / 0 = left), ``veh`` (trams: fleet number ``fno``, model ``mdl``,
  line ``ln`` 'T1'..'T4' it is allocated to, ``svc_ts`` entered service, ``cap`` = passenger capacity), ``trp``
  (one run end to end: ``veh_id``, ``drv_id``, ``ln``, ``dir`` 'IN'/'OUT', ``st_ts`` start, ``en_ts`` end (NULL for a
  cancelled run), ``pax`` passengers counted, ``cxl`` 1 = cancelled), ``inc`` (incidents on a run at a stop:
  ``ts``, ``typ`` 'FAULT' / 'OBSTRUCTION' / 'MEDICAL' / 'ANTISOCIAL' / 'COLLISION', ``dly`` = delay in minutes,
  ``rslv_ts`` NULL while unresolved) and ``tkchk`` (ticket inspections on a run: ``ts``, ``chk`` passengers
  checked, ``fn`` penalty fares issued, ``amt`` total penalty in pence).
- ``grainelevator`` (plain snake_case English, but every category is a small integer whose meaning lives only here
  and in the lookup table ``code_lookup(field, code, meaning)``): a farmers' grain store. ``farm`` (``membership``
  1 = full member, 2 = associate; ``joined_on``), ``variety`` (``crop_type`` 1 wheat, 2 barley, 3 oilseed rape,
  4 oats, 5 beans; ``base_price_gbp_t`` pounds per tonne), ``storage_bin`` (``bin_code``, ``site`` 1 North yard,
  2 South yard, 3 Dryer shed; ``capacity_t`` tonnes; ``crop_type`` it is kept for), ``intake`` (a trailer load
  delivered: ``intake_date``, ``net_kg`` kilograms, ``moisture_pct``, ``grade`` 1 milling, 2 malting, 3 feed,
  4 below feed; ``status`` 1 accepted, 2 held for retest, 3 turned away; ``bin_id`` NULL when not tipped;
  ``haulier`` NULL when the farm brought it itself) and ``payment`` (to a farm: ``paid_on``, ``amount_gbp``,
  ``method`` 1 BACS, 2 cheque).
- ``containeryard`` (SQL Server style: PascalCase, ``TableNameId`` keys, ``Is*`` 0/1 bit flags): a container
  terminal. ``ShippingLine`` (``IsAllianceMember``), ``Vessel`` (``TeuCapacity``, ``FlagState``, ``IsActive``),
  ``VesselCall`` (a ship at the berth: ``BerthNo``, ``ArrivalTime``, ``DepartureTime`` 'YYYY-MM-DD HH:MM' NULL
  while still alongside, ``IsDelayed``), ``Container`` (``ContainerNo``, ``SizeFt`` 20/40/45, ``IsReefer`` =
  refrigerated, ``IsHazardous``, ``TareKg``), ``ContainerMove`` (the link between containers and vessel calls: a
  quay-crane lift, ``MoveType`` 'DISCHARGE'/'LOAD', ``CraneNo``, ``GrossKg``, ``IsDamaged``) and ``CustomsHold``
  (``PlacedOn``, ``ReleasedOn`` NULL while still held, ``Reason``).
- ``mountainhuts`` (table and column names with spaces and capitals; self-referencing ``Wardens."Reports To"``):
  alpine huts run by a club. ``Wardens`` ("Full Name", "Reports To", "Start Date", "Mountain Guide" 'Yes'/'No'),
  ``Huts`` ("Hut Name", "Massif", "Altitude M" metres, "Beds", "Warden ID", "Winter Room" 'Yes'/'No'),
  ``Guests`` ("First Name", "Last Name", "Country", "Club Member" 'Yes'/'No', "Email" NULL when not given),
  ``Bookings`` (one night: "Night Date", "Booked On", "Party Size", "Half Board" 'Yes'/'No', "Total Price" euros,
  "Status" 'Stayed' / 'Cancelled' / 'No-show' / 'Confirmed' (future nights only)) and ``Routes`` (hut-to-hut
  stages: "From Hut ID", "To Hut ID", "Distance Km", "Ascent M", "Difficulty" 'T2'..'T5').
- ``livestockmart`` (short cryptic names; money in pence): a livestock auction mart. ``slr`` (sellers: ``nm``,
  farm ``frm``, county ``cnty``, ``reg_dt`` registered, ``vat`` 'Y'/'N'), ``byr`` (buyers: ``nm``, ``typ``
  'abattoir' / 'farmer' / 'dealer', ``cnty``), ``sale`` (sale days: ``dt``, ``typ`` 'Prime' / 'Store' / 'Breeding' /
  'Cull', auctioneer ``auc``), ``lot`` (a pen of animals: ``spc`` 'CATTLE'/'SHEEP'/'PIG', breed ``brd``, head count
  ``hd``, average live weight ``wt`` kg (NULL when not weighed), reserve ``rsv_p`` pence per head (NULL = no reserve),
  hammer price ``prc_p`` pence per head (NULL unless sold), ``byr_id`` NULL unless sold, ``st`` 'S' sold / 'U'
  unsold / 'W' withdrawn) and ``pay`` (cheques to sellers per sale: ``amt_p`` pence, ``pd_dt`` NULL while unpaid).
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

GIVEN_EN = [
    "Alice", "Ben", "Chloe", "Daniel", "Emily", "Finn", "Grace", "Harry", "Imogen", "Jack", "Katie", "Leo",
    "Megan", "Noah", "Olivia", "Peter", "Ruby", "Sam", "Tara", "Umar", "Vicky", "Will", "Yusuf", "Zara",
]  # fmt: skip
FAMILY_EN = [
    "Ashworth", "Bell", "Carter", "Dixon", "Evans", "Fletcher", "Gibson", "Holt", "Ingram", "Jones", "Kerr",
    "Lloyd", "Marsh", "Nolan", "Owens", "Price", "Quayle", "Rowe", "Shaw", "Turner", "Upton", "Walsh", "Young",
    "Hughes", "Morgan", "Pryce", "Reid", "Stone",
]  # fmt: skip


def names(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def epoch(d: dt.date, hh: int, mm: int, ss: int = 0) -> int:
    return int(dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=dt.UTC).timestamp())


# ---------------------------------------------------------------------------------------------------- peniches
PRENOMS = [
    "Jean", "Marie", "Pierre", "Sophie", "Luc", "Camille", "Antoine", "Julie", "Nicolas", "Claire", "Hugo", "Léa",
    "Thomas", "Manon", "Julien", "Chloé", "Yves", "Agnès",
]  # fmt: skip
NOMS = [
    "Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
    "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Mercier",
    "Dupont", "Lambert", "Bonnet",
]  # fmt: skip


def build_peniches(path: Path) -> None:
    r = random.Random(8201)
    c = fresh_db(
        path,
        """
        CREATE TABLE marinier (
            id_marinier INTEGER PRIMARY KEY, nom TEXT NOT NULL, prenom TEXT NOT NULL,
            date_embauche TEXT NOT NULL, telephone TEXT);
        CREATE TABLE bateau (
            id_bateau INTEGER PRIMARY KEY, nom_bateau TEXT NOT NULL, type_bateau TEXT NOT NULL,
            capacite_tonnes INTEGER NOT NULL, annee_construction INTEGER NOT NULL,
            id_marinier INTEGER REFERENCES marinier(id_marinier), en_service TEXT NOT NULL);
        CREATE TABLE client (
            id_client INTEGER PRIMARY KEY, raison_sociale TEXT NOT NULL, ville TEXT NOT NULL, secteur TEXT NOT NULL);
        CREATE TABLE ecluse (
            id_ecluse INTEGER PRIMARY KEY, nom_ecluse TEXT NOT NULL, canal TEXT NOT NULL, hauteur_chute_m REAL);
        CREATE TABLE voyage (
            id_voyage INTEGER PRIMARY KEY, id_bateau INTEGER NOT NULL REFERENCES bateau(id_bateau),
            id_client INTEGER NOT NULL REFERENCES client(id_client), port_depart TEXT NOT NULL,
            port_arrivee TEXT NOT NULL, date_depart TEXT NOT NULL, date_arrivee TEXT, marchandise TEXT NOT NULL,
            tonnage INTEGER NOT NULL, montant REAL NOT NULL, statut TEXT NOT NULL);
        CREATE TABLE passage_ecluse (
            id_voyage INTEGER NOT NULL REFERENCES voyage(id_voyage),
            id_ecluse INTEGER NOT NULL REFERENCES ecluse(id_ecluse), date_passage TEXT NOT NULL,
            attente_minutes INTEGER NOT NULL, PRIMARY KEY (id_voyage, id_ecluse));
        """,
    )
    pairs = [(p, n) for p in PRENOMS for n in NOMS]
    r.shuffle(pairs)
    mar = []
    for i in range(34):
        p, n = pairs[i]
        tel = (
            None
            if r.random() < 0.2
            else f"06 {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}"
        )
        mar.append((i + 1, n, p, day_between(r, D(2005, 1, 1), D(2024, 12, 31)).isoformat(), tel))
    insert(c, "marinier", mar)
    bnames = [
        "La Belle Époque", "Saint-Nicolas", "Ondine", "Le Vagabond", "Marie-Galante", "Fleur de Lys", "Le Batelier",
        "Alizé", "Bon Vent", "Étoile du Nord", "La Mouette", "Le Rhin", "Confluence", "Péniche Joyeuse", "Azur",
        "Le Castor", "Mistral", "La Sirène", "Les Trois Frères", "Mascaret", "Héron", "Le Nautile", "Iris",
        "Loire Bleue", "Renaissance", "Cormoran", "L'Espérance", "Le Marais", "Bel Ami", "Soleil d'Or",
    ]  # fmt: skip
    skippers = list(range(1, 35))
    r.shuffle(skippers)
    bat = []
    for i, nm in enumerate(bnames):
        typ = r.choice(["Freycinet", "Freycinet", "automoteur", "automoteur", "citerne"])
        cap = {"Freycinet": r.randrange(250, 360, 10), "automoteur": r.randrange(600, 1600, 50),
               "citerne": r.randrange(800, 1300, 50)}[typ]  # fmt: skip
        ens = "non" if i in (4, 17, 26) else "oui"
        bat.append((i + 1, nm, typ, cap, r.randrange(1958, 2021), skippers[i], ens))
    insert(c, "bateau", bat)
    villes = ["Paris", "Rouen", "Lyon", "Strasbourg", "Lille", "Reims", "Dijon", "Toulouse", "Metz", "Dunkerque"]
    secteurs = ["céréales", "BTP", "conteneurs", "recyclage", "chimie"]
    pre = ["Céréales", "Granulats", "Transports", "Ferrailles", "Chimie", "Agri", "Sables", "Logistique"]
    suf = ["du Nord", "de l'Est", "Rhodanienne", "de Seine", "Moreau", "Duval", "Océane", "Centrale", "Picarde",
           "du Midi"]  # fmt: skip
    cnames = [f"{a} {b}" for a in pre for b in suf]
    r.shuffle(cnames)
    sect_of = {"Céréales": "céréales", "Agri": "céréales", "Granulats": "BTP", "Sables": "BTP",
               "Transports": "conteneurs", "Logistique": "conteneurs", "Ferrailles": "recyclage", "Chimie": "chimie"}  # fmt: skip
    cli = [(i + 1, nm, r.choice(villes), sect_of[nm.split()[0]]) for i, nm in enumerate(cnames[:40])]
    assert set(x[3] for x in cli) == set(secteurs)
    insert(c, "client", cli)
    canaux = [
        "Canal du Midi",
        "Canal de Bourgogne",
        "Canal du Nord",
        "Canal de la Marne au Rhin",
        "Canal latéral à la Loire",
    ]
    lieux = [
        "Agen", "Béziers", "Castets", "Montgiscard", "Fonserannes", "Pouilly", "Vandenesse", "Escommes", "Dijon",
        "Tonnerre", "Arleux", "Péronne", "Moislains", "Noyon", "Ruyaulcourt", "Réchicourt", "Arzviller", "Void",
        "Vitry", "Toul", "Digoin", "Briare", "Decize", "Nevers", "Gannay", "Marseillette", "Trèbes", "Négra",
        "Bram", "Ayguesvives", "Venarey", "Pont-Royal", "Saint-Florentin", "Havrincourt", "Mauvages",
    ]  # fmt: skip
    ecl = []
    for i, lieu in enumerate(lieux):
        ecl.append((i + 1, f"Écluse de {lieu}", canaux[i % 5], None if i % 11 == 7 else round(r.uniform(1.5, 9.5), 1)))
    insert(c, "ecluse", ecl)
    ports = ["Rouen", "Le Havre", "Gennevilliers", "Strasbourg", "Lyon", "Dunkerque", "Lille", "Reims",
             "Chalon-sur-Saône", "Toulouse"]  # fmt: skip
    cargo = {"céréales": ["blé", "maïs", "orge"], "BTP": ["sable", "gravier"], "conteneurs": ["conteneurs"],
             "recyclage": ["ferraille"], "chimie": ["engrais"]}  # fmt: skip
    tarif = {
        "blé": 14,
        "maïs": 13,
        "orge": 12,
        "sable": 9,
        "gravier": 10,
        "conteneurs": 22,
        "ferraille": 16,
        "engrais": 18,
    }
    voy = []
    for i in range(300):
        b = r.choice(bat)
        cl = r.choice(cli)
        dep = day_between(r, D(2025, 6, 5), D(2025, 6, 13)) if i >= 292 else day_between(r, START, D(2025, 5, 25))
        a, z = r.sample(ports, 2)
        m = r.choice(cargo[cl[3]])
        ton = int(b[3] * r.uniform(0.55, 1.0))
        mt = round(ton * tarif[m] * r.uniform(0.9, 1.2), 2)
        if i >= 292:
            st, arr = "en cours", None
        elif r.random() < 0.06:
            st, arr = "annulé", None
        else:
            st, arr = "livré", (dep + dt.timedelta(days=r.randrange(2, 12))).isoformat()
        voy.append((i + 1, b[0], cl[0], a, z, dep.isoformat(), arr, m, ton, mt, st))
    insert(c, "voyage", voy)
    pas = []
    for v in voy:
        if v[10] == "annulé":
            continue
        dep = D.fromisoformat(v[5])
        end = D.fromisoformat(v[6]) if v[6] else LAST
        for e in r.sample(ecl[:32], r.choice([0, 1, 1, 2])):
            pas.append((v[0], e[0], day_between(r, dep, end).isoformat(), r.choice([0, 5, 10, 15, 20, 30, 45, 60, 90])))
    insert(c, "passage_ecluse", pas[:400])
    done(c)


# ---------------------------------------------------------------------------------------------------- tramway
def build_tramway(path: Path) -> None:
    r = random.Random(8202)
    c = fresh_db(
        path,
        """
        CREATE TABLE stp (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, zn INTEGER NOT NULL, acc INTEGER NOT NULL);
        CREATE TABLE drv (
            id INTEGER PRIMARY KEY, nm TEXT NOT NULL, sup_id INTEGER REFERENCES drv(id), hrd_ts INTEGER NOT NULL,
            act INTEGER NOT NULL);
        CREATE TABLE veh (
            id INTEGER PRIMARY KEY, fno TEXT NOT NULL, mdl TEXT NOT NULL, ln TEXT NOT NULL, svc_ts INTEGER NOT NULL,
            cap INTEGER NOT NULL);
        CREATE TABLE trp (
            id INTEGER PRIMARY KEY, veh_id INTEGER NOT NULL REFERENCES veh(id),
            drv_id INTEGER NOT NULL REFERENCES drv(id), ln TEXT NOT NULL, dir TEXT NOT NULL, st_ts INTEGER NOT NULL,
            en_ts INTEGER, pax INTEGER, cxl INTEGER NOT NULL);
        CREATE TABLE inc (
            id INTEGER PRIMARY KEY, trp_id INTEGER NOT NULL REFERENCES trp(id), stp_id INTEGER REFERENCES stp(id),
            ts INTEGER NOT NULL, typ TEXT NOT NULL, dly INTEGER NOT NULL, rslv_ts INTEGER);
        CREATE TABLE tkchk (
            id INTEGER PRIMARY KEY, trp_id INTEGER NOT NULL REFERENCES trp(id), ts INTEGER NOT NULL,
            chk INTEGER NOT NULL, fn INTEGER NOT NULL, amt INTEGER NOT NULL);
        """,
    )
    stops = [
        "Central Station", "Market Square", "Cathedral", "University", "Riverside", "Old Mill", "Hospital",
        "Victoria Park", "Canal Basin", "Shire Hall", "Westgate", "Eastgate", "Northfield", "Southbank",
        "Racecourse", "Airport", "Bus Interchange", "Stadium", "Library", "Museum Quarter", "Harbour",
        "Foundry Lane", "Chapel Street", "Kingsway", "Queens Road", "Mill Hill", "Ashgrove", "Beech Avenue",
        "Cedar Park", "Elm Road", "Fairfield", "Greenbank", "Hollins", "Ivy Bridge", "Jubilee Way", "Larkhill",
        "Meadowside", "Newtown", "Oakwood", "Park & Ride",
    ]  # fmt: skip
    stp = [(i + 1, nm, 1 if i < 12 else (2 if i < 28 else 3), 0 if i % 7 == 3 else 1) for i, nm in enumerate(stops)]
    insert(c, "stp", stp)
    dn = names(r, 40, GIVEN_EN, FAMILY_EN)
    drv = []
    for i in range(40):
        if i == 0:
            sup = None
        elif i < 4:
            sup = 1
        else:
            sup = 2 + (i % 3)
        hired = day_between(r, D(2012, 1, 1), D(2024, 10, 1))
        act = 0 if i in (9, 17, 26, 33) else 1
        drv.append((i + 1, dn[i], sup, epoch(hired, 9, 0), act))
    insert(c, "drv", drv)
    veh = []
    for i in range(32):
        mdl = "Citadis 302" if i < 12 else ("Flexity 2" if i < 24 else "Variobahn")
        cap = {"Citadis 302": 208, "Flexity 2": 240, "Variobahn": 196}[mdl]
        svc = (
            day_between(r, D(2008, 1, 1), D(2024, 6, 1))
            if mdl != "Flexity 2"
            else day_between(r, D(2019, 1, 1), D(2024, 6, 1))
        )
        veh.append((i + 1, f"TR{201 + i}", mdl, f"T{1 + i % 4}", epoch(svc, 6, 0), cap))
    insert(c, "veh", veh)
    trp = []
    for i in range(400):
        v = r.choice(veh)
        d = r.choice(drv[1:])
        if d[4] == 0:
            d = drv[(d[0] % 39) + 1]
        day = day_between(r, START, LAST)
        hh = r.randrange(5, 23)
        st = epoch(day, hh, r.randrange(60))
        cx = 1 if r.random() < 0.05 else 0
        en = None if cx else st + r.randrange(35, 75) * 60
        pax = None if cx else r.randrange(20, v[5] + 60)
        trp.append((i + 1, v[0], d[0], v[3], r.choice(["IN", "OUT"]), st, en, pax, cx))
    insert(c, "trp", trp)
    ran = [t for t in trp if not t[8]]
    inc = []
    types = ["FAULT", "FAULT", "OBSTRUCTION", "MEDICAL", "ANTISOCIAL", "COLLISION"]
    for i in range(60):
        t = r.choice(ran)
        ts = t[5] + r.randrange(60, 1800)
        typ = r.choice(types)
        dly = r.randrange(2, 45) if typ != "COLLISION" else r.randrange(30, 120)
        rs = None if (i % 9 == 4) else ts + r.randrange(600, 86400)
        inc.append((i + 1, t[0], None if i % 13 == 6 else r.choice(stp)[0], ts, typ, dly, rs))
    insert(c, "inc", inc)
    tk = []
    for i in range(90):
        t = r.choice(ran)
        chk = r.randrange(10, min(t[7], 90) + 1) if t[7] >= 10 else t[7]
        fn = r.choice([0, 0, 1, 1, 2, 3, 4])
        fn = min(fn, chk)
        tk.append((i + 1, t[0], t[5] + r.randrange(120, 1800), chk, fn, fn * 5000))
    insert(c, "tkchk", tk)
    done(c)


# ---------------------------------------------------------------------------------------------------- grainelevator
def build_grainelevator(path: Path) -> None:
    r = random.Random(8203)
    c = fresh_db(
        path,
        """
        CREATE TABLE code_lookup (field TEXT NOT NULL, code INTEGER NOT NULL, meaning TEXT NOT NULL,
            PRIMARY KEY (field, code));
        CREATE TABLE farm (
            farm_id INTEGER PRIMARY KEY, farm_name TEXT NOT NULL, owner_name TEXT NOT NULL, county TEXT NOT NULL,
            joined_on TEXT NOT NULL, membership INTEGER NOT NULL);
        CREATE TABLE variety (
            variety_id INTEGER PRIMARY KEY, variety_name TEXT NOT NULL, crop_type INTEGER NOT NULL,
            base_price_gbp_t REAL NOT NULL);
        CREATE TABLE storage_bin (
            bin_id INTEGER PRIMARY KEY, bin_code TEXT NOT NULL, site INTEGER NOT NULL, capacity_t INTEGER NOT NULL,
            crop_type INTEGER NOT NULL);
        CREATE TABLE intake (
            intake_id INTEGER PRIMARY KEY, farm_id INTEGER NOT NULL REFERENCES farm(farm_id),
            variety_id INTEGER NOT NULL REFERENCES variety(variety_id), bin_id INTEGER REFERENCES storage_bin(bin_id),
            intake_date TEXT NOT NULL, net_kg INTEGER NOT NULL, moisture_pct REAL NOT NULL, grade INTEGER NOT NULL,
            status INTEGER NOT NULL, haulier TEXT);
        CREATE TABLE payment (
            payment_id INTEGER PRIMARY KEY, farm_id INTEGER NOT NULL REFERENCES farm(farm_id),
            paid_on TEXT NOT NULL, amount_gbp REAL NOT NULL, method INTEGER NOT NULL, reference TEXT);
        """,
    )
    codes = [
        ("membership", 1, "Full member"), ("membership", 2, "Associate"),
        ("crop_type", 1, "Wheat"), ("crop_type", 2, "Barley"), ("crop_type", 3, "Oilseed rape"),
        ("crop_type", 4, "Oats"), ("crop_type", 5, "Beans"),
        ("site", 1, "North yard"), ("site", 2, "South yard"), ("site", 3, "Dryer shed"),
        ("grade", 1, "Milling"), ("grade", 2, "Malting"), ("grade", 3, "Feed"), ("grade", 4, "Below feed"),
        ("status", 1, "Accepted"), ("status", 2, "Held for retest"), ("status", 3, "Turned away"),
        ("method", 1, "BACS"), ("method", 2, "Cheque"),
    ]  # fmt: skip
    insert(c, "code_lookup", codes)
    fn1 = ["Manor", "Hill", "Brook", "Oak", "Glebe", "Home", "Church", "Low", "High", "Moor", "Ash", "Elm", "Grange",
           "Mill", "Park"]  # fmt: skip
    fn2 = ["Farm", "Farms Ltd", "Estate"]
    fnames = [f"{a} {b}" for a in fn1 for b in fn2]
    r.shuffle(fnames)
    owners = names(r, 45, GIVEN_EN, FAMILY_EN)
    counties = ["Lincolnshire", "Norfolk", "Suffolk", "Cambridgeshire", "Essex"]
    farm = []
    for i in range(45):
        farm.append((i + 1, fnames[i], owners[i], r.choice(counties),
                     day_between(r, D(1998, 1, 1), D(2024, 8, 1)).isoformat(), 2 if i % 4 == 3 else 1))  # fmt: skip
    insert(c, "farm", farm)
    vv = [
        ("Skyfall", 1), ("Crusoe", 1), ("KWS Extase", 1), ("Graham", 1), ("Champion", 1), ("KWS Zyatt", 1),
        ("Gleam", 1), ("Dunston", 1), ("Costello", 1), ("Mayflower", 1), ("Laureate", 2), ("Planet", 2), ("Craft", 2),
        ("Diablo", 2), ("SY Kingsbarn", 2), ("Valerie", 2), ("KWS Orwell", 2), ("Campus", 3), ("Aurelia", 3),
        ("Acacia", 3), ("Vegas", 3), ("Ambassador", 3), ("Mascani", 4), ("Gerald", 4), ("Husky", 4), ("Balado", 4),
        ("Tundra", 5), ("Lynx", 5), ("Vespa", 5), ("Fuego", 5),
    ]  # fmt: skip
    base = {1: 190, 2: 175, 3: 380, 4: 160, 5: 230}
    var = [(i + 1, n, t, round(base[t] + r.randrange(-15, 25) + r.choice([0, 0.5]), 2)) for i, (n, t) in enumerate(vv)]
    insert(c, "variety", var)
    bins = []
    for i in range(32):
        ct = [1, 1, 1, 2, 2, 3, 4, 5][i % 8]
        site = 1 if i < 14 else (2 if i < 26 else 3)
        bins.append((i + 1, f"{'NSD'[site - 1]}{i + 1:02d}", site, r.choice([250, 300, 400, 500, 600]), ct))
    insert(c, "storage_bin", bins)
    hauliers = ["Fenland Haulage", "J. Fletcher Transport", "Wash Road Freight", "Openfield Logistics"]
    itk = []
    for i in range(400):
        f = r.choice(farm)
        v = r.choice(var)
        y = r.choice([2023, 2024, 2024, 2025])
        if y == 2025:
            d = day_between(r, D(2025, 1, 6), D(2025, 6, 13))
        else:
            d = (
                day_between(r, D(y, 7, 10), D(y, 10, 20))
                if r.random() < 0.8
                else day_between(r, D(y, 1, 5), D(y, 6, 30))
            )
        moist = round(r.uniform(12.0, 19.5), 1)
        if v[2] == 1:
            g = r.choice([1, 1, 3, 3, 4]) if moist < 17 else r.choice([3, 4])
        elif v[2] == 2:
            g = r.choice([2, 2, 3, 4]) if moist < 17 else r.choice([3, 4])
        else:
            g = 3 if r.random() < 0.85 else 4
        if g == 4 and r.random() < 0.6:
            st = 3
        elif moist > 18.5 and r.random() < 0.5:
            st = 2
        else:
            st = 1
        b = None
        if st != 3:
            b = r.choice([x for x in bins if x[4] == v[2]])[0]
        itk.append((i + 1, f[0], v[0], b, d.isoformat(), r.randrange(8000, 29000, 20), moist, g, st,
                    None if r.random() < 0.55 else r.choice(hauliers)))  # fmt: skip
    insert(c, "intake", itk)
    pay = []
    for i in range(150):
        f = r.choice(farm[:42])
        d = day_between(r, D(2023, 2, 1), LAST)
        pay.append((i + 1, f[0], d.isoformat(), round(r.uniform(1500, 42000), 2), 2 if r.random() < 0.2 else 1,
                    None if r.random() < 0.15 else f"GE{d.year}-{i + 1:04d}"))  # fmt: skip
    insert(c, "payment", pay)
    done(c)


# ---------------------------------------------------------------------------------------------------- containeryard
def build_containeryard(path: Path) -> None:
    r = random.Random(8204)
    c = fresh_db(
        path,
        """
        CREATE TABLE ShippingLine (
            ShippingLineId INTEGER PRIMARY KEY, LineName TEXT NOT NULL, HqCountry TEXT NOT NULL,
            IsAllianceMember INTEGER NOT NULL);
        CREATE TABLE Vessel (
            VesselId INTEGER PRIMARY KEY, VesselName TEXT NOT NULL,
            ShippingLineId INTEGER NOT NULL REFERENCES ShippingLine(ShippingLineId), TeuCapacity INTEGER NOT NULL,
            FlagState TEXT NOT NULL, YearBuilt INTEGER NOT NULL, IsActive INTEGER NOT NULL);
        CREATE TABLE VesselCall (
            VesselCallId INTEGER PRIMARY KEY, VesselId INTEGER NOT NULL REFERENCES Vessel(VesselId),
            BerthNo INTEGER NOT NULL, ArrivalTime TEXT NOT NULL, DepartureTime TEXT, IsDelayed INTEGER NOT NULL);
        CREATE TABLE Container (
            ContainerId INTEGER PRIMARY KEY, ContainerNo TEXT NOT NULL UNIQUE,
            ShippingLineId INTEGER NOT NULL REFERENCES ShippingLine(ShippingLineId), SizeFt INTEGER NOT NULL,
            IsReefer INTEGER NOT NULL, IsHazardous INTEGER NOT NULL, TareKg INTEGER NOT NULL);
        CREATE TABLE ContainerMove (
            MoveId INTEGER PRIMARY KEY, ContainerId INTEGER NOT NULL REFERENCES Container(ContainerId),
            VesselCallId INTEGER NOT NULL REFERENCES VesselCall(VesselCallId), MoveType TEXT NOT NULL,
            MoveTime TEXT NOT NULL, CraneNo TEXT NOT NULL, GrossKg INTEGER NOT NULL, IsDamaged INTEGER NOT NULL);
        CREATE TABLE CustomsHold (
            HoldId INTEGER PRIMARY KEY, ContainerId INTEGER NOT NULL REFERENCES Container(ContainerId),
            PlacedOn TEXT NOT NULL, ReleasedOn TEXT, Reason TEXT NOT NULL);
        """,
    )
    lines = [
        ("Nordlys Shipping", "Norway"), ("Atlas Container Line", "Greece"), ("Blue Anchor", "Denmark"),
        ("Pacific Crest", "Singapore"), ("Hanse Feeder", "Germany"), ("Iberia Lines", "Spain"),
        ("Celtic Sea Lines", "Ireland"), ("Orient Star", "Japan"), ("Seabridge", "Netherlands"),
        ("Meridian Marine", "Italy"), ("Golden Gate Carriers", "United States"), ("Baltic Link", "Poland"),
        ("Kowloon Express", "China"), ("Red Sea Shipping", "Egypt"), ("Cape Line", "South Africa"),
        ("Andes Maritime", "Chile"), ("Monsoon Lines", "India"), ("Coral Shipping", "Australia"),
        ("Fjord Feeders", "Norway"), ("Levant Box", "Turkey"), ("Danube Logistics", "Germany"),
        ("Harbour Star", "Singapore"), ("Tasman Line", "New Zealand"), ("Aegean Box", "Greece"),
        ("Volga Sea", "Finland"), ("Lusitania Carriers", "Portugal"), ("Gulf Stream Line", "United States"),
        ("Sakura Marine", "Japan"), ("Yellow Sea Express", "South Korea"), ("Biscay Feeder", "France"),
    ]  # fmt: skip
    sl = [(i + 1, n, cty, 1 if i % 3 != 2 else 0) for i, (n, cty) in enumerate(lines)]
    insert(c, "ShippingLine", sl)
    w1 = ["Northern", "Eastern", "Silver", "Ocean", "Star", "Grand", "Royal", "Swift"]
    w2 = ["Pride", "Spirit", "Voyager", "Horizon", "Harmony", "Trader", "Explorer"]
    vn = [f"{a} {b}" for a in w1 for b in w2]
    r.shuffle(vn)
    flags = ["Panama", "Liberia", "Marshall Islands", "Malta", "Singapore", "Bahamas", "Cyprus"]
    ves = []
    for i in range(45):
        teu = r.choice([900, 1400, 1700, 2500, 4250, 6500, 8000, 9400, 11000, 14000, 15500])
        ves.append((i + 1, vn[i], r.randrange(1, 31), teu, r.choice(flags), r.randrange(1998, 2024),
                    0 if i in (7, 19, 33) else 1))  # fmt: skip
    insert(c, "Vessel", ves)
    calls = []
    act = [v for v in ves if v[6]]
    for i in range(150):
        v = r.choice(act) if i >= 140 else r.choice(ves)
        d = day_between(r, D(2025, 6, 11), D(2025, 6, 14)) if i >= 147 else day_between(r, START, D(2025, 6, 8))
        arr = dt.datetime(d.year, d.month, d.day, r.randrange(24), r.choice([0, 15, 30, 45]))
        dep = None if i >= 147 else arr + dt.timedelta(hours=r.randrange(10, 60))
        calls.append((i + 1, v[0], r.randrange(1, 7), arr.strftime("%Y-%m-%d %H:%M"),
                      dep.strftime("%Y-%m-%d %H:%M") if dep else None, 1 if r.random() < 0.25 else 0))  # fmt: skip
    calls.sort(key=lambda x: x[3])
    calls = [(i + 1, *x[1:]) for i, x in enumerate(calls)]
    insert(c, "VesselCall", calls)
    pfx = ["NRDU", "ATLU", "BLAU", "PCRU", "HNSU", "IBEU", "CSLU", "ORSU", "SBRU", "MMRU"]
    cont = []
    used = set()
    for i in range(300):
        while True:
            no = f"{r.choice(pfx)}{r.randrange(1000000, 9999999)}"
            if no not in used:
                used.add(no)
                break
        size = r.choice([20, 20, 40, 40, 40, 45])
        reef = 1 if r.random() < 0.15 else 0
        tare = {20: 2200, 40: 3750, 45: 4800}[size] + (800 if reef else 0) + r.randrange(-100, 100)
        cont.append((i + 1, no, r.randrange(1, 31), size, reef, 1 if r.random() < 0.08 else 0, tare))
    insert(c, "Container", cont)
    mv = []
    for i in range(400):
        ct = r.choice(cont)
        cl = r.choice(calls)
        arr = dt.datetime.strptime(cl[3], "%Y-%m-%d %H:%M")
        t = arr + dt.timedelta(minutes=r.randrange(30, 600))
        if t.date() > LAST:
            t = arr + dt.timedelta(minutes=30)
        gross = ct[6] + r.randrange(0, 26000 if ct[3] == 20 else 28000, 10)
        mv.append((i + 1, ct[0], cl[0], r.choice(["DISCHARGE", "LOAD"]), t.strftime("%Y-%m-%d %H:%M"),
                   f"QC{r.randrange(1, 9)}", gross, 1 if r.random() < 0.04 else 0))  # fmt: skip
    insert(c, "ContainerMove", mv)
    reasons = ["Documentation", "X-ray scan", "Phytosanitary", "Duty unpaid"]
    hold = []
    for i, ct in enumerate(r.sample(cont, 40)):
        d = day_between(r, D(2023, 2, 1), D(2025, 6, 10))
        rel = None if i % 6 == 0 else min(d + dt.timedelta(days=r.randrange(1, 20)), LAST).isoformat()
        hold.append((i + 1, ct[0], d.isoformat(), rel, r.choice(reasons)))
    insert(c, "CustomsHold", hold)
    done(c)


# ---------------------------------------------------------------------------------------------------- mountainhuts
def build_mountainhuts(path: Path) -> None:
    r = random.Random(8205)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Wardens" (
            "Warden ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Phone" TEXT,
            "Reports To" INTEGER REFERENCES "Wardens"("Warden ID"), "Start Date" TEXT NOT NULL,
            "Mountain Guide" TEXT NOT NULL);
        CREATE TABLE "Huts" (
            "Hut ID" INTEGER PRIMARY KEY, "Hut Name" TEXT NOT NULL, "Massif" TEXT NOT NULL,
            "Altitude M" INTEGER NOT NULL, "Beds" INTEGER NOT NULL,
            "Warden ID" INTEGER REFERENCES "Wardens"("Warden ID"), "Winter Room" TEXT NOT NULL);
        CREATE TABLE "Guests" (
            "Guest ID" INTEGER PRIMARY KEY, "First Name" TEXT NOT NULL, "Last Name" TEXT NOT NULL,
            "Country" TEXT NOT NULL, "Club Member" TEXT NOT NULL, "Email" TEXT);
        CREATE TABLE "Bookings" (
            "Booking ID" INTEGER PRIMARY KEY, "Guest ID" INTEGER NOT NULL REFERENCES "Guests"("Guest ID"),
            "Hut ID" INTEGER NOT NULL REFERENCES "Huts"("Hut ID"), "Night Date" TEXT NOT NULL,
            "Booked On" TEXT NOT NULL, "Party Size" INTEGER NOT NULL, "Half Board" TEXT NOT NULL,
            "Total Price" REAL NOT NULL, "Status" TEXT NOT NULL);
        CREATE TABLE "Routes" (
            "Route ID" INTEGER PRIMARY KEY, "From Hut ID" INTEGER NOT NULL REFERENCES "Huts"("Hut ID"),
            "To Hut ID" INTEGER NOT NULL REFERENCES "Huts"("Hut ID"), "Distance Km" REAL NOT NULL,
            "Ascent M" INTEGER NOT NULL, "Difficulty" TEXT NOT NULL);
        """,
    )
    given = ["Anna", "Bastien", "Clara", "Dario", "Elsa", "Florian", "Gianna", "Hannes", "Ilaria", "Jakob", "Katrin",
             "Lorenz", "Mara", "Nico", "Ottilie", "Paolo", "Romy", "Stefan", "Tina", "Urs"]  # fmt: skip
    fam = ["Achleitner", "Bonetti", "Charlet", "Demetz", "Egger", "Favre", "Gasser", "Hofer", "Imboden", "Julen",
           "Kofler", "Lehner", "Mayr", "Nussbaumer", "Oberholzer", "Perren", "Rieder", "Steiner", "Taugwalder",
           "Zurbriggen"]  # fmt: skip
    wn = names(r, 35, given, fam)
    war = []
    for i in range(35):
        rep = None if i == 0 else (1 if i < 5 else 2 + (i % 4))
        war.append((i + 1, wn[i], None if i % 8 == 5 else f"+41 79 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}",
                    rep, day_between(r, D(2005, 3, 1), D(2024, 5, 1)).isoformat(), "Yes" if r.random() < 0.35 else "No"))  # fmt: skip
    insert(c, "Wardens", war)
    hut_list = [
        ("Cabane du Trient", "Mont Blanc"), ("Refuge Albert 1er", "Mont Blanc"), ("Rifugio Torino", "Mont Blanc"),
        ("Refuge du Goûter", "Mont Blanc"), ("Refuge de la Charpoua", "Mont Blanc"),
        ("Refuge d'Argentière", "Mont Blanc"), ("Refuge des Cosmiques", "Mont Blanc"),
        ("Rifugio Boccalatte", "Mont Blanc"), ("Cabane de Moiry", "Valais"), ("Cabane des Dix", "Valais"),
        ("Cabane de Bertol", "Valais"), ("Cabane du Mont Fort", "Valais"), ("Cabane de Tracuit", "Valais"),
        ("Hörnlihütte", "Valais"), ("Weissmieshütte", "Valais"), ("Almagellerhütte", "Valais"),
        ("Britanniahütte", "Valais"), ("Monte Rosa Hütte", "Monte Rosa"), ("Rifugio Gnifetti", "Monte Rosa"),
        ("Rifugio Quintino Sella", "Monte Rosa"), ("Rifugio Margherita", "Monte Rosa"),
        ("Berglihütte", "Bernese Oberland"), ("Finsteraarhornhütte", "Bernese Oberland"),
        ("Konkordiahütte", "Bernese Oberland"), ("Tierberglihütte", "Bernese Oberland"),
        ("Gaulihütte", "Bernese Oberland"), ("Bietschhornhütte", "Bernese Oberland"),
        ("Tschiervahütte", "Bernina"), ("Coazhütte", "Bernina"), ("Rifugio Marinelli", "Bernina"),
    ]  # fmt: skip
    massifs = ["Mont Blanc", "Valais", "Bernese Oberland", "Monte Rosa", "Bernina"]
    huts = []
    wardens_for_huts = list(range(6, 36))
    r.shuffle(wardens_for_huts)
    for i, (n, m) in enumerate(hut_list):
        huts.append((i + 1, n, m, r.randrange(1900, 3700, 5), r.randrange(20, 140, 2),
                     None if i in (11, 24) else wardens_for_huts[i], "Yes" if r.random() < 0.5 else "No"))  # fmt: skip
    insert(c, "Huts", huts)
    gf = ["Anna", "Ben", "Chloé", "David", "Eva", "Felix", "Greta", "Henrik", "Isabel", "Jonas", "Kate", "Lukas",
          "Marie", "Nina", "Oliver", "Pia", "Rafael", "Sophie", "Tom", "Ursula"]  # fmt: skip
    gl = ["Andersen", "Brown", "Conti", "Dupont", "Fischer", "García", "Hansen", "Keller", "Lambert", "Müller",
          "Novak", "Rossi", "Smith", "Weber"]  # fmt: skip
    countries = ["Switzerland", "France", "Italy", "Germany", "United Kingdom", "Austria", "Netherlands", "Belgium"]
    pairs = [(a, b) for a in gf for b in gl]
    r.shuffle(pairs)
    gst = []
    for i in range(200):
        a, b = pairs[i]
        em = None if r.random() < 0.2 else f"{a.lower()}.{b.lower()}{i}@example.org"
        gst.append((i + 1, a, b, r.choice(countries), "Yes" if r.random() < 0.4 else "No", em))
    insert(c, "Guests", gst)
    bk = []
    for i in range(400):
        g = r.choice(gst)
        h = r.choice(huts)
        if i >= 370:
            night = day_between(r, D(2025, 6, 20), D(2025, 9, 20))
            status = "Confirmed"
        else:
            y = r.choice([2023, 2024, 2024, 2025])
            if y == 2025:
                night = day_between(r, D(2025, 3, 1), D(2025, 6, 14))
            elif r.random() < 0.8:
                night = day_between(r, D(y, 6, 20), D(y, 9, 25))
            else:
                night = day_between(r, D(y, 3, 1), D(y, 5, 15))
            x = r.random()
            status = "Stayed" if x < 0.8 else ("Cancelled" if x < 0.93 else "No-show")
        booked = night - dt.timedelta(days=r.randrange(3, 120))
        if booked > LAST:
            booked = LAST
        ps = r.choice([1, 1, 2, 2, 2, 3, 4, 6])
        hb = "Yes" if r.random() < 0.7 else "No"
        price = ps * (78.0 if hb == "Yes" else 42.0) * (0.85 if g[4] == "Yes" else 1.0)
        bk.append((i + 1, g[0], h[0], night.isoformat(), booked.isoformat(), ps, hb, round(price, 2), status))
    insert(c, "Bookings", bk)
    rt = []
    seen = set()
    while len(rt) < 40:
        m = r.randrange(5)
        same = [h for h in huts if h[2] == massifs[m]]
        a, b = r.sample(same, 2)
        if (a[0], b[0]) in seen or (b[0], a[0]) in seen:
            continue
        seen.add((a[0], b[0]))
        rt.append((len(rt) + 1, a[0], b[0], round(r.uniform(3.5, 18.0), 1), r.randrange(300, 1800, 10),
                   r.choice(["T2", "T3", "T3", "T4", "T5"])))  # fmt: skip
    insert(c, "Routes", rt)
    done(c)


# ---------------------------------------------------------------------------------------------------- livestockmart
def build_livestockmart(path: Path) -> None:
    r = random.Random(8206)
    c = fresh_db(
        path,
        """
        CREATE TABLE slr (
            id INTEGER PRIMARY KEY, nm TEXT NOT NULL, frm TEXT NOT NULL, cnty TEXT NOT NULL, reg_dt TEXT NOT NULL,
            vat TEXT NOT NULL);
        CREATE TABLE byr (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, typ TEXT NOT NULL, cnty TEXT NOT NULL);
        CREATE TABLE sale (id INTEGER PRIMARY KEY, dt TEXT NOT NULL, typ TEXT NOT NULL, auc TEXT NOT NULL);
        CREATE TABLE lot (
            id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sale(id),
            slr_id INTEGER NOT NULL REFERENCES slr(id), byr_id INTEGER REFERENCES byr(id), spc TEXT NOT NULL,
            brd TEXT NOT NULL, hd INTEGER NOT NULL, wt INTEGER, rsv_p INTEGER, prc_p INTEGER, st TEXT NOT NULL);
        CREATE TABLE pay (
            id INTEGER PRIMARY KEY, slr_id INTEGER NOT NULL REFERENCES slr(id),
            sale_id INTEGER NOT NULL REFERENCES sale(id), amt_p INTEGER NOT NULL, pd_dt TEXT);
        """,
    )
    counties = ["Cumbria", "North Yorkshire", "Lancashire", "Durham", "Northumberland"]
    sn = names(r, 60, GIVEN_EN, FAMILY_EN)
    frm_a = ["Fell", "Beck", "Howe", "Scar", "Thwaite", "Dale", "Ghyll", "Moss", "Rigg", "Syke", "Knott", "Crag"]
    frm_b = ["Farm", "End", "Side", "Head", "Foot"]
    fr = [f"{a} {b}" for a in frm_a for b in frm_b]
    r.shuffle(fr)
    slr = [(i + 1, sn[i], fr[i], r.choice(counties), day_between(r, D(2010, 1, 1), D(2024, 12, 1)).isoformat(),
            "Y" if r.random() < 0.6 else "N") for i in range(60)]  # fmt: skip
    insert(c, "slr", slr)
    bnm = [
        "Dales Meat Co", "Kendal Abattoir", "Penrith Meats", "North Country Beef", "Fellside Lamb",
        "Border Dealers", "Wensley Traders", "Eden Valley Meats", "Pennine Livestock", "Lune Valley Foods",
    ]  # fmt: skip
    byr = []
    bn2 = names(r, 30, GIVEN_EN, FAMILY_EN)
    for i in range(40):
        if i < 10:
            nm, typ = bnm[i], "abattoir" if i in (1, 2, 3, 7, 9) else "dealer"
        else:
            nm, typ = bn2[i - 10], "farmer" if i % 3 else "dealer"
        byr.append((i + 1, nm, typ, r.choice(counties)))
    insert(c, "byr", byr)
    aucs = ["Tom Ridley", "Anne Metcalfe", "George Alderson", "Ruth Dent"]
    sale = []
    d = D(2023, 1, 9)
    while d <= LAST and len(sale) < 60:
        sale.append(
            (len(sale) + 1, d.isoformat(), r.choice(["Prime", "Prime", "Store", "Breeding", "Cull"]), r.choice(aucs))
        )
        d += dt.timedelta(days=r.choice([14, 14, 14, 21]))
    insert(c, "sale", sale)
    breeds = {"CATTLE": ["Limousin", "Charolais", "Aberdeen Angus", "Hereford", "Belgian Blue"],
              "SHEEP": ["Swaledale", "Texel", "Herdwick", "Suffolk", "Rough Fell"],
              "PIG": ["Large White", "Gloucester Old Spot", "Tamworth"]}  # fmt: skip
    lot = []
    for i in range(400):
        s = r.choice(sale)
        sl = r.choice(slr[:57])
        spc = r.choice(["CATTLE", "CATTLE", "SHEEP", "SHEEP", "SHEEP", "PIG"])
        brd = r.choice(breeds[spc])
        if spc == "CATTLE":
            hd, wt, px = r.randrange(1, 8), r.randrange(350, 720), r.randrange(90000, 220000, 500)
        elif spc == "SHEEP":
            hd, wt, px = r.randrange(5, 60), r.randrange(35, 75), r.randrange(7000, 19000, 50)
        else:
            hd, wt, px = r.randrange(2, 20), r.randrange(80, 130), r.randrange(9000, 18000, 50)
        if r.random() < 0.15:
            wt = None
        rsv = None if r.random() < 0.5 else int(px * r.uniform(0.85, 1.1)) // 100 * 100
        x = r.random()
        if x < 0.05:
            st = "W"
        elif rsv is not None and rsv > px:
            st = "U"
        else:
            st = "S"
        byr_id = r.choice(byr)[0] if st == "S" else None
        lot.append((i + 1, s[0], sl[0], byr_id, spc, brd, hd, wt, rsv, px if st == "S" else None, st))
    insert(c, "lot", lot)
    tot: dict[tuple[int, int], int] = {}
    for lt in lot:
        if lt[10] == "S":
            tot[(lt[2], lt[1])] = tot.get((lt[2], lt[1]), 0) + lt[6] * lt[9]
    pay = []
    sale_dt = {s[0]: D.fromisoformat(s[1]) for s in sale}
    for k, (slr_id, sale_id) in enumerate(sorted(tot, key=lambda x: (x[1], x[0]))):
        sd = sale_dt[sale_id]
        pd = sd + dt.timedelta(days=r.randrange(1, 10))
        paid = None if pd > LAST or r.random() < 0.04 else pd.isoformat()
        pay.append((k + 1, slr_id, sale_id, round(tot[(slr_id, sale_id)] * 0.96), paid))
    insert(c, "pay", pay)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "peniches": build_peniches,
    "tramway": build_tramway,
    "grainelevator": build_grainelevator,
    "containeryard": build_containeryard,
    "mountainhuts": build_mountainhuts,
    "livestockmart": build_livestockmart,
}
