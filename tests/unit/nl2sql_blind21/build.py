"""Deterministic SQLite databases for a twenty-first blind NL→SQL evaluation.

Six schemas built by teams abroad: table and column names (and many stored values) are Spanish, German,
French or Portuguese, mixed with English technical words (``id``, ``created_at``), while the questions are
plain English, as an English-speaking analyst would ask them:

* ``tienda``: a Spanish online shop: ``categorias``, ``productos`` (``precio``, ``stock`` 0 when sold out,
  ``activo`` 0 for discontinued), ``clientes`` (``ciudad``, ``fecha_alta``, a NULL ``telefono`` for some),
  ``pedidos`` (``estado`` pendiente/pagado/enviado/entregado/cancelado, ``metodo_pago``
  tarjeta/paypal/transferencia/contrareembolso, ``total``, a NULL ``fecha_envio`` until shipped),
  ``lineas_pedido`` (``cantidad``, ``precio_unitario``) and ``resenas`` (``puntuacion`` 1-5, a NULL
  ``comentario`` when only stars were given).
* ``werkstatt``: a German car workshop: ``Kunden`` (``KundenNr``, ``Ort``, a NULL ``Telefon`` for some,
  ``created_at``), ``Fahrzeuge`` (``Kennzeichen``, ``Marke``, ``Baujahr``, ``Kraftstoff``
  Benzin/Diesel/Elektro/Hybrid, ``km_Stand``), ``Mechaniker`` (``Meister`` 0/1, ``Stundensatz``),
  ``Aufträge`` (``Auftragsart`` Inspektion/Reparatur/Reifenwechsel/HU (the MOT), ``Status``
  offen/in Arbeit/abgeschlossen/storniert, a NULL ``MechanikerID`` while unassigned, a NULL ``Fertig_am``
  while not finished, a NULL ``Rechnungsbetrag`` unless abgeschlossen, ``bezahlt`` 0/1), ``Ersatzteile``
  (``TeilNr`` text, ``Preis``, ``Lagerbestand``, ``Mindestbestand``) and ``Auftragspositionen`` (``Menge``).
* ``facturation``: a French invoicing system: ``commerciaux`` (sales reps, ``region``), ``clients``
  (``raison_sociale``, ``ville``, a NULL ``email`` for some, a NULL ``commercial_id`` when unassigned,
  ``actif``), ``produits`` (``designation``, ``prix_unitaire_ht``, ``taux_tva`` 0.2/0.1/0.055,
  ``categorie`` service/matériel/logiciel), ``factures`` (``numero``, ``date_emission``, ``date_echeance``,
  ``montant_ht``, ``montant_ttc``, ``statut`` brouillon/envoyée/payée/annulée; envoyée means sent and not yet
  paid), ``lignes`` (``quantite``, a NULL ``remise_pct`` when no discount) and ``paiements``
  (``mode_paiement`` virement/chèque/carte/prélèvement).
* ``escola``: a Portuguese-language school: ``professores``, ``disciplinas`` (``carga_horaria``,
  ``professor_id``), ``turmas`` (``nome`` like ``7º A``, ``serie``, ``turno`` manhã/tarde,
  ``professor_titular_id``), ``alunos`` (``sexo`` F/M, ``data_nascimento``, a NULL ``email_responsavel``,
  ``ativo`` 0 for students who left), ``notas`` (``bimestre`` 1/2 of 2025, ``nota`` 0-10) and ``faltas``
  (absences, ``justificada`` 0/1).
* ``clinica``: a Spanish clinic: ``especialidades``, ``medicos`` (``num_colegiado``, ``activo``),
  ``pacientes`` (``sexo`` H (hombre)/M (mujer), a NULL ``telefono``, a NULL ``aseguradora`` for private
  patients), ``citas`` (``fecha_hora``, ``estado`` programada/realizada/cancelada/no_asistio, ``motivo``, a
  NULL ``importe`` unless realizada) and ``recetas`` (prescriptions: ``medicamento``, ``duracion_dias``).
* ``personal``: a German HR system: ``Abteilungen`` (``Bezeichnung``, ``Standort``), ``Mitarbeiter``
  (``PersonalNr``, ``Geschlecht`` w/m/d, ``Eintrittsdatum``, a NULL ``Austrittsdatum`` while employed,
  the self-reference ``Vorgesetzter_id`` NULL for the managing director, ``Wochenstunden`` 40/30/20),
  ``Gehälter`` (one row per employee and ``Jahr``: ``Monatsbrutto``, a NULL ``Bonus`` when none),
  ``Urlaubsanträge`` (``Tage``, ``Status`` genehmigt/abgelehnt/beantragt) and ``Krankmeldungen``
  (``Beginn``, ``Ende``, ``Tage``).

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that must be refused) were written
against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

D = dt.date
TODAY = D(2025, 6, 15)

ES_FIRST = [
    "Lucía", "Carlos", "María", "Javier", "Carmen", "Pablo", "Elena", "Sergio", "Laura", "Diego", "Ana", "Andrés",
    "Marta", "Raúl", "Paula", "Álvaro", "Sofía", "Miguel", "Irene", "Hugo", "Nuria", "Adrián", "Rocío", "Iván",
]  # fmt: skip
ES_FEMALE = {"Lucía", "María", "Carmen", "Elena", "Laura", "Ana", "Marta", "Paula", "Sofía", "Irene", "Nuria", "Rocío"}
ES_LAST = [
    "García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno", "Álvarez",
    "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Molina", "Castro", "Ortega",
]  # fmt: skip
DE_FIRST = [
    "Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Paul", "Laura", "Maximilian", "Sophie", "Tim", "Julia",
    "Leon", "Lena", "Niklas", "Marie", "Jan", "Katharina", "Tobias", "Sarah", "Stefan", "Sabine", "Uwe", "Petra",
]  # fmt: skip
DE_FEMALE = {
    "Anna",
    "Lea",
    "Hannah",
    "Laura",
    "Sophie",
    "Julia",
    "Lena",
    "Marie",
    "Katharina",
    "Sarah",
    "Sabine",
    "Petra",
}
DE_LAST = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
    "Hofmann", "Hartmann",
]  # fmt: skip
PT_FIRST = [
    "Ana", "João", "Maria", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Júlia", "Rafael", "Larissa",
    "Matheus", "Camila", "Gustavo", "Isabela", "Felipe", "Letícia", "Thiago", "Fernanda", "Bruno", "Sofia", "Davi",
]  # fmt: skip
PT_FEMALE = {
    "Ana",
    "Maria",
    "Beatriz",
    "Mariana",
    "Júlia",
    "Larissa",
    "Camila",
    "Isabela",
    "Letícia",
    "Fernanda",
    "Sofia",
}
PT_LAST = [
    "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa",
    "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Barbosa", "Rocha", "Dias",
]  # fmt: skip


def _pairs(r: random.Random, first: list[str], last: list[str], n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in first for f in last]
    r.shuffle(pairs)
    return pairs[:n]


def _mail(g: str, f: str, host: str) -> str:
    plain = str.maketrans("áéíóúüöäñçãõâêôÁÉÍÓÚÜÖÄ", "aeiouuoancaoaeoAEIOUUOA")
    return f"{g.lower()}.{f.lower()}@{host}".translate(plain).replace("ß", "ss")


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_tienda(path: Path) -> None:
    """categorias, productos, clientes, pedidos, lineas_pedido, resenas."""
    r = random.Random(2101)
    c = _db(
        path,
        """
        CREATE TABLE categorias(id INTEGER PRIMARY KEY, nombre TEXT NOT NULL);
        CREATE TABLE productos(id INTEGER PRIMARY KEY, nombre TEXT NOT NULL,
            categoria_id INTEGER REFERENCES categorias(id), precio REAL, stock INTEGER, activo INTEGER,
            created_at TEXT);
        CREATE TABLE clientes(id INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL, email TEXT,
            telefono TEXT, ciudad TEXT, fecha_alta TEXT);
        CREATE TABLE pedidos(id INTEGER PRIMARY KEY, cliente_id INTEGER REFERENCES clientes(id),
            fecha_pedido TEXT, estado TEXT, metodo_pago TEXT, total REAL, fecha_envio TEXT);
        CREATE TABLE lineas_pedido(id INTEGER PRIMARY KEY, pedido_id INTEGER REFERENCES pedidos(id),
            producto_id INTEGER REFERENCES productos(id), cantidad INTEGER, precio_unitario REAL);
        CREATE TABLE resenas(id INTEGER PRIMARY KEY, producto_id INTEGER REFERENCES productos(id),
            cliente_id INTEGER REFERENCES clientes(id), puntuacion INTEGER, comentario TEXT, fecha TEXT);
    """,
    )
    cats = ["Electrónica", "Hogar", "Moda", "Deportes", "Libros", "Juguetes", "Belleza", "Alimentación"]
    _ins(c, "categorias", [(i + 1, n) for i, n in enumerate(cats)])
    items = {
        1: [("Auriculares Bluetooth", 59.9), ("Altavoz inteligente", 89.0), ("Tablet 10 pulgadas", 229.0),
            ("Cargador USB-C", 19.5), ("Smartwatch Sport", 149.0), ("Teclado mecánico", 79.9),
            ("Ratón inalámbrico", 24.9), ("Monitor 27 pulgadas", 289.0), ("Cámara web HD", 45.0)],
        2: [("Juego de sartenes", 64.0), ("Lámpara de pie", 54.5), ("Cafetera italiana", 27.9),
            ("Juego de toallas", 32.0), ("Aspiradora sin cable", 199.0), ("Set de cuchillos", 49.9),
            ("Edredón nórdico", 69.0)],
        3: [("Camiseta básica", 12.9), ("Vaqueros slim", 39.9), ("Chaqueta impermeable", 84.0),
            ("Zapatillas urbanas", 69.9), ("Bufanda de lana", 19.9), ("Vestido de verano", 35.5),
            ("Cinturón de piel", 24.0)],
        4: [("Esterilla de yoga", 22.0), ("Mancuernas 5 kg", 34.9), ("Bicicleta estática", 319.0),
            ("Balón de fútbol", 18.9), ("Raqueta de pádel", 109.0), ("Mochila de trekking", 59.0),
            ("Botella térmica", 15.9)],
        5: [("Novela negra", 18.5), ("Libro de cocina", 24.9), ("Guía de viaje Japón", 21.0),
            ("Cómic edición especial", 29.9), ("Diccionario inglés", 32.5), ("Atlas del mundo", 39.0)],
        6: [("Puzzle 1000 piezas", 16.9), ("Bloques de construcción", 44.9), ("Muñeca articulada", 27.5),
            ("Coche teledirigido", 54.0), ("Juego de mesa familiar", 31.9), ("Peluche oso", 14.5)],
        7: [("Crema hidratante", 17.9), ("Perfume floral", 64.9), ("Secador de pelo", 42.0),
            ("Set de brochas", 23.5), ("Aceite de argán", 13.9)],
        8: [("Aceite de oliva virgen extra 1L", 11.5), ("Jamón ibérico loncheado", 28.9), ("Café en grano 1kg", 19.9),
            ("Turrón artesano", 9.9), ("Queso manchego curado", 21.5), ("Pack de vinos Rioja", 47.0)],
    }  # fmt: skip
    prods = []
    pid = 0
    for cat, lst in items.items():
        for name, price in lst:
            pid += 1
            stock = 0 if pid % 11 == 3 else r.randint(2, 180)
            activo = 0 if pid in (6, 19, 33, 47) else 1
            prods.append((pid, name, cat, price, stock, activo, _day(r, D(2023, 1, 10), 500).isoformat()))
    _ins(c, "productos", prods)
    cities = ["Madrid"] * 6 + ["Barcelona"] * 5 + ["Valencia"] * 3 + ["Sevilla"] * 3 + ["Bilbao"] * 2
    cities += ["Zaragoza", "Málaga", "Málaga", "Valladolid"]
    clientes = []
    for i, (g, f) in enumerate(_pairs(r, ES_FIRST, ES_LAST, 160), start=1):
        f2 = r.choice(ES_LAST)
        tel = None if r.random() < 0.2 else f"6{r.randint(10000000, 99999999)}"
        clientes.append(
            (
                i,
                g,
                f"{f} {f2}",
                _mail(g, f, "correo.es"),
                tel,
                r.choice(cities),
                _day(r, D(2023, 1, 5), 880).isoformat(),
            )
        )
    _ins(c, "clientes", clientes)
    pedidos, lineas = [], []
    lid = 0
    buyers = [cl for cl in clientes if cl[0] % 9 != 4]  # some customers never order
    for oid in range(1, 421):
        cl = r.choice(buyers)
        start = D.fromisoformat(cl[6])
        span = (TODAY - start).days
        fecha = start + dt.timedelta(days=r.randrange(max(span, 1)))
        age = (TODAY - fecha).days
        if age < 4:
            estado = r.choice(["pendiente", "pagado"])
        elif age < 12:
            estado = r.choice(["pagado", "enviado", "enviado", "cancelado"])
        else:
            estado = r.choices(["entregado", "cancelado", "pendiente"], weights=[86, 11, 3])[0]
        pago = r.choices(["tarjeta", "paypal", "transferencia", "contrareembolso"], weights=[50, 28, 12, 10])[0]
        envio = (fecha + dt.timedelta(days=r.randint(1, 3))).isoformat() if estado in ("enviado", "entregado") else None
        total = 0.0
        for p in r.sample(prods, r.choices([1, 2, 3, 4], weights=[45, 30, 17, 8])[0]):
            lid += 1
            q = r.choices([1, 2, 3], weights=[75, 18, 7])[0]
            lineas.append((lid, oid, p[0], q, p[3]))
            total += q * p[3]
        pedidos.append((oid, cl[0], fecha.isoformat(), estado, pago, round(total, 2), envio))
    _ins(c, "pedidos", pedidos)
    _ins(c, "lineas_pedido", lineas)
    comments = ["Muy buena calidad", "Llegó rápido", "No es lo que esperaba", "Relación calidad-precio perfecta",
                "Lo recomiendo", "Se rompió a la semana", "Correcto", "Tal cual la descripción"]  # fmt: skip
    resenas = []
    for i in range(1, 181):
        p = r.choice(prods)
        base = 4.2 if p[0] % 7 else 2.3
        score = max(1, min(5, round(r.gauss(base, 0.9))))
        com = None if r.random() < 0.35 else r.choice(comments)
        resenas.append((i, p[0], r.choice(buyers)[0], score, com, _day(r, D(2023, 3, 1), 830).isoformat()))
    _ins(c, "resenas", resenas)
    _done(c)


def build_werkstatt(path: Path) -> None:
    """Kunden, Fahrzeuge, Mechaniker, Aufträge, Ersatzteile, Auftragspositionen."""
    r = random.Random(2102)
    c = _db(
        path,
        """
        CREATE TABLE Kunden(KundenNr INTEGER PRIMARY KEY, Nachname TEXT NOT NULL, Vorname TEXT, Strasse TEXT,
            PLZ TEXT, Ort TEXT, Telefon TEXT, created_at TEXT);
        CREATE TABLE Fahrzeuge(FahrzeugID INTEGER PRIMARY KEY, KundenNr INTEGER REFERENCES Kunden(KundenNr),
            Kennzeichen TEXT UNIQUE, Marke TEXT, Modell TEXT, Baujahr INTEGER, Kraftstoff TEXT, km_Stand INTEGER);
        CREATE TABLE Mechaniker(MechanikerID INTEGER PRIMARY KEY, Vorname TEXT, Nachname TEXT NOT NULL,
            Meister INTEGER, Stundensatz REAL, eingestellt_am TEXT);
        CREATE TABLE Aufträge(AuftragNr INTEGER PRIMARY KEY, FahrzeugID INTEGER REFERENCES Fahrzeuge(FahrzeugID),
            MechanikerID INTEGER REFERENCES Mechaniker(MechanikerID), Auftragsart TEXT, Eingang TEXT,
            Fertig_am TEXT, Status TEXT, Arbeitsstunden REAL, Rechnungsbetrag REAL, bezahlt INTEGER);
        CREATE TABLE Ersatzteile(TeilNr TEXT PRIMARY KEY, Bezeichnung TEXT NOT NULL, Hersteller TEXT, Preis REAL,
            Lagerbestand INTEGER, Mindestbestand INTEGER);
        CREATE TABLE Auftragspositionen(PosID INTEGER PRIMARY KEY,
            AuftragNr INTEGER REFERENCES Aufträge(AuftragNr), TeilNr TEXT REFERENCES Ersatzteile(TeilNr),
            Menge INTEGER);
    """,
    )
    orte = [("Stuttgart", "70173")] * 5 + [("Esslingen", "73728")] * 3 + [("Ludwigsburg", "71638")] * 3
    orte += [("Böblingen", "71032"), ("Sindelfingen", "71063"), ("Waiblingen", "71332")]
    streets = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Kirchplatz"]
    kunden = []
    for i, (g, f) in enumerate(_pairs(r, DE_FIRST, DE_LAST, 120), start=1):
        ort, plz = r.choice(orte)
        tel = None if r.random() < 0.18 else f"07{r.randint(11, 99)} {r.randint(100000, 999999)}"
        kunden.append((i, f, g, f"{r.choice(streets)} {r.randint(1, 80)}", plz, ort, tel,
                       _day(r, D(2023, 1, 2), 820).isoformat() + f" {r.randint(8, 17):02d}:{r.randint(0, 59):02d}:00"))  # fmt: skip
    _ins(c, "Kunden", kunden)
    models = [("VW", "Golf", "Benzin"), ("VW", "Passat", "Diesel"), ("VW", "ID.3", "Elektro"),
              ("BMW", "320d", "Diesel"), ("BMW", "X1", "Benzin"), ("Mercedes-Benz", "C 220", "Diesel"),
              ("Mercedes-Benz", "A 180", "Benzin"), ("Opel", "Corsa", "Benzin"), ("Opel", "Astra", "Diesel"),
              ("Audi", "A4", "Diesel"), ("Audi", "Q3", "Benzin"), ("Toyota", "Yaris", "Hybrid"),
              ("Tesla", "Model 3", "Elektro"), ("Skoda", "Octavia", "Diesel"), ("Ford", "Focus", "Benzin")]  # fmt: skip
    fz = []
    used = set()
    fid = 0
    for k in kunden:
        for _ in range(r.choices([1, 2], weights=[80, 20])[0]):
            fid += 1
            mk, mo, kr = r.choice(models)
            while True:
                kz = f"{r.choice(['S', 'ES', 'LB', 'BB', 'WN'])}-{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))} {r.randint(10, 9999)}"
                if kz not in used:
                    used.add(kz)
                    break
            bj = r.randint(2012, 2024) if kr != "Elektro" else r.randint(2019, 2024)
            fz.append((fid, k[0], kz, mk, mo, bj, kr, (2025 - bj) * r.randint(9000, 18000) + r.randint(0, 999)))
    _ins(c, "Fahrzeuge", fz)
    mech = [
        (1, "Jürgen", "Bauer", 1, 78.0, "2009-04-01"),
        (2, "Mehmet", "Yilmaz", 1, 74.0, "2014-09-01"),
        (3, "Sven", "Keller", 0, 62.0, "2018-02-15"),
        (4, "Dennis", "Lang", 0, 58.0, "2021-08-01"),
        (5, "Katrin", "Vogel", 0, 60.0, "2020-03-01"),
        (6, "Marco", "Berger", 0, 52.0, "2024-09-01"),
    ]
    _ins(c, "Mechaniker", mech)
    teile = [
        ("OF-100", "Ölfilter", "Mann", 12.9, 40, 15), ("LF-210", "Luftfilter", "Mahle", 19.5, 22, 10),
        ("IF-220", "Innenraumfilter", "Bosch", 24.0, 8, 10), ("BB-310", "Bremsbeläge vorne", "ATE", 64.0, 14, 6),
        ("BS-320", "Bremsscheiben vorne", "Brembo", 118.0, 5, 4), ("ZK-400", "Zündkerze", "NGK", 9.8, 60, 24),
        ("BT-500", "Batterie 70Ah", "Varta", 139.0, 3, 4), ("WP-610", "Wasserpumpe", "SKF", 96.5, 2, 2),
        ("ZR-620", "Zahnriemensatz", "Continental", 185.0, 4, 2), ("SW-700", "Scheibenwischer Set", "Bosch", 29.9, 18, 8),
        ("MO-800", "Motoröl 5W-30 (1 L)", "Castrol", 14.5, 120, 40), ("KM-900", "Kühlmittel (1 L)", "Glysantin", 8.9, 35, 12),
        ("LM-950", "Lambdasonde", "Bosch", 89.0, 1, 2), ("AU-990", "Auspuff Mittelschalldämpfer", "Walker", 149.0, 0, 1),
    ]  # fmt: skip
    _ins(c, "Ersatzteile", teile)
    art_parts = {"Inspektion": ["OF-100", "LF-210", "IF-220", "ZK-400", "MO-800", "SW-700"],
                 "Reparatur": ["BB-310", "BS-320", "BT-500", "WP-610", "ZR-620", "KM-900", "LM-950", "AU-990"],
                 "Reifenwechsel": [], "HU": ["SW-700", "LM-950"]}  # fmt: skip
    auf, pos = [], []
    pid = 0
    for nr in range(1, 381):
        v = r.choice(fz)
        art = r.choices(["Inspektion", "Reparatur", "Reifenwechsel", "HU"], weights=[35, 30, 22, 13])[0]
        ein = _day(r, D(2023, 1, 9), 888)
        age = (TODAY - ein).days
        if age < 5:
            st = r.choice(["offen", "in Arbeit"])
        elif age < 15:
            st = r.choice(["in Arbeit", "abgeschlossen", "abgeschlossen"])
        else:
            st = "storniert" if r.random() < 0.06 else "abgeschlossen"
        m = r.choices(mech, weights=[22, 20, 17, 15, 14, 10 if ein > D(2024, 9, 1) else 0])[0][0]
        if st == "offen" and r.random() < 0.6:
            m = None
        if st == "storniert" and r.random() < 0.5:
            m = None
        h = {"Inspektion": 2.0, "Reparatur": 3.5, "Reifenwechsel": 0.75, "HU": 1.0}[art] * r.choice([0.5, 1, 1, 1.5, 2])
        fertig = (ein + dt.timedelta(days=r.randint(0, 4))).isoformat() if st == "abgeschlossen" else None
        teil_sum = 0.0
        if st != "storniert":
            for t in r.sample(art_parts[art], min(len(art_parts[art]), r.randint(0, 3))):
                pid += 1
                menge = r.randint(4, 6) if t == "MO-800" else r.choice([1, 1, 2]) if t != "ZK-400" else 4
                pos.append((pid, nr, t, menge))
                teil_sum += menge * next(x[3] for x in teile if x[0] == t)
        rate = next(x[4] for x in mech if x[0] == m) if m else 65.0
        betrag = round(h * rate + teil_sum, 2) if st == "abgeschlossen" else None
        bez = (0 if (TODAY - ein).days < 40 and r.random() < 0.5 else int(r.random() > 0.03)) if betrag else 0
        auf.append((nr, v[0], m, art, ein.isoformat(), fertig, st, h if st != "offen" else None, betrag, bez))
    _ins(c, "Aufträge", auf)
    _ins(c, "Auftragspositionen", pos)
    _done(c)


def build_facturation(path: Path) -> None:
    """commerciaux, clients, produits, factures, lignes, paiements."""
    r = random.Random(2103)
    c = _db(
        path,
        """
        CREATE TABLE commerciaux(id INTEGER PRIMARY KEY, nom TEXT NOT NULL, prenom TEXT, region TEXT, email TEXT);
        CREATE TABLE clients(id INTEGER PRIMARY KEY, raison_sociale TEXT NOT NULL, siret TEXT, ville TEXT,
            code_postal TEXT, email TEXT, commercial_id INTEGER REFERENCES commerciaux(id), date_creation TEXT,
            actif INTEGER);
        CREATE TABLE produits(id INTEGER PRIMARY KEY, reference TEXT, designation TEXT NOT NULL,
            prix_unitaire_ht REAL, taux_tva REAL, categorie TEXT);
        CREATE TABLE factures(id INTEGER PRIMARY KEY, numero TEXT UNIQUE, client_id INTEGER REFERENCES clients(id),
            date_emission TEXT, date_echeance TEXT, montant_ht REAL, montant_tva REAL, montant_ttc REAL,
            statut TEXT);
        CREATE TABLE lignes(id INTEGER PRIMARY KEY, facture_id INTEGER REFERENCES factures(id),
            produit_id INTEGER REFERENCES produits(id), quantite INTEGER, prix_unitaire_ht REAL, remise_pct REAL);
        CREATE TABLE paiements(id INTEGER PRIMARY KEY, facture_id INTEGER REFERENCES factures(id),
            date_paiement TEXT, montant REAL, mode_paiement TEXT);
    """,
    )
    com = [
        (1, "Lefèvre", "Claire", "Île-de-France", "c.lefevre@atelier-conseil.fr"),
        (2, "Moreau", "Julien", "Auvergne-Rhône-Alpes", "j.moreau@atelier-conseil.fr"),
        (3, "Girard", "Sophie", "Occitanie", "s.girard@atelier-conseil.fr"),
        (4, "Bonnet", "Antoine", "Nouvelle-Aquitaine", "a.bonnet@atelier-conseil.fr"),
        (5, "Rousseau", "Camille", "Île-de-France", "c.rousseau@atelier-conseil.fr"),
    ]
    _ins(c, "commerciaux", com)
    villes = {1: [("Paris", "75011"), ("Boulogne-Billancourt", "92100"), ("Versailles", "78000")],
              5: [("Paris", "75008"), ("Nanterre", "92000")],
              2: [("Lyon", "69003"), ("Grenoble", "38000"), ("Annecy", "74000")],
              3: [("Toulouse", "31000"), ("Montpellier", "34000")],
              4: [("Bordeaux", "33000"), ("La Rochelle", "17000")]}  # fmt: skip
    pre = ["Boulangerie", "Garage", "Cabinet", "Librairie", "Pharmacie", "Atelier", "Hôtel", "Restaurant", "Studio",
           "Imprimerie", "Menuiserie", "Agence"]  # fmt: skip
    suf = ["du Centre", "Martin", "Dubois", "des Lilas", "Lumière", "Saint-Michel", "Petit", "Bellevue", "Durand",
           "Les Halles", "Roux", "du Port", "Mercier"]  # fmt: skip
    names = [f"{p} {s}" for p in pre for s in suf]
    r.shuffle(names)
    clients = []
    for i in range(1, 91):
        cm = r.choices([1, 2, 3, 4, 5], weights=[25, 22, 18, 15, 20])[0]
        ville, cp = r.choice(villes[cm])
        form = r.choice(["SARL", "SAS", "EURL", ""])
        rs = f"{names[i]} {form}".strip()
        email = None if r.random() < 0.2 else f"contact@{names[i].lower().replace(' ', '-')}.fr"
        email = email.translate(str.maketrans("éèêôâ", "eeeoa")) if email else None
        cm_id = None if i % 13 == 7 else cm
        clients.append((i, rs, f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} 000{r.randint(10, 99)}",
                        ville, cp, email, cm_id, _day(r, D(2022, 6, 1), 900).isoformat(), 0 if i % 17 == 5 else 1))  # fmt: skip
    _ins(c, "clients", clients)
    prods = [
        (1, "PRS-001", "Audit informatique (jour)", 850.0, 0.2, "service"),
        (2, "PRS-002", "Formation bureautique (jour)", 650.0, 0.2, "service"),
        (3, "PRS-003", "Maintenance mensuelle", 180.0, 0.2, "service"),
        (4, "PRS-004", "Développement site vitrine", 2400.0, 0.2, "service"),
        (5, "PRS-005", "Assistance téléphonique (heure)", 75.0, 0.2, "service"),
        (6, "MAT-101", "Ordinateur portable", 920.0, 0.2, "matériel"),
        (7, "MAT-102", "Écran 24 pouces", 189.0, 0.2, "matériel"),
        (8, "MAT-103", "Imprimante laser", 310.0, 0.2, "matériel"),
        (9, "MAT-104", "Câble réseau (lot de 10)", 35.0, 0.2, "matériel"),
        (10, "LOG-201", "Licence antivirus (an)", 49.0, 0.2, "logiciel"),
        (11, "LOG-202", "Licence suite bureautique (an)", 99.0, 0.2, "logiciel"),
        (12, "LOG-203", "Logiciel de caisse", 590.0, 0.2, "logiciel"),
        (13, "LIV-301", "Manuel utilisateur imprimé", 25.0, 0.055, "matériel"),
        (14, "RES-401", "Repas de séminaire (par personne)", 32.0, 0.1, "service"),
    ]
    _ins(c, "produits", prods)
    facts, lignes, pays = [], [], []
    lid = pay = 0
    actifs = [cl for cl in clients if cl[0] % 11 != 9]  # a few clients were never invoiced
    for fid in range(1, 331):
        cl = r.choice(actifs)
        em = _day(r, D(2023, 1, 3), 893)
        ech = em + dt.timedelta(days=r.choice([30, 30, 45, 60]))
        age = (TODAY - em).days
        if age < 10 and r.random() < 0.5:
            st = "brouillon"
        elif r.random() < 0.05:
            st = "annulée"
        elif ech >= TODAY:
            st = "envoyée" if r.random() < 0.6 else "payée"
        else:
            st = "envoyée" if r.random() < 0.1 else "payée"
        ht = tva = 0.0
        for p in r.sample(prods, r.choices([1, 2, 3], weights=[50, 35, 15])[0]):
            lid += 1
            q = r.randint(1, 12) if p[0] in (5, 9, 10, 11, 13, 14) else r.randint(1, 3)
            rem = r.choice([5.0, 10.0, 15.0]) if r.random() < 0.25 else None
            lignes.append((lid, fid, p[0], q, p[3], rem))
            base = q * p[3] * (1 - (rem or 0) / 100)
            ht += base
            tva += base * p[4]
        ht, tva = round(ht, 2), round(tva, 2)
        facts.append(
            (fid, f"F{em.year}-{fid:04d}", cl[0], em.isoformat(), ech.isoformat(), ht, tva, round(ht + tva, 2), st)
        )
        if st == "payée":
            pd = min(em + dt.timedelta(days=r.randint(5, 70)), TODAY)
            mode = r.choices(["virement", "chèque", "carte", "prélèvement"], weights=[55, 15, 18, 12])[0]
            if r.random() < 0.15:
                half = round((ht + tva) / 2, 2)
                pay += 1
                pays.append((pay, fid, (em + dt.timedelta(days=3)).isoformat(), half, mode))
                pay += 1
                pays.append((pay, fid, pd.isoformat(), round(ht + tva - half, 2), mode))
            else:
                pay += 1
                pays.append((pay, fid, pd.isoformat(), round(ht + tva, 2), mode))
    _ins(c, "factures", facts)
    _ins(c, "lignes", lignes)
    _ins(c, "paiements", pays)
    _done(c)


def build_escola(path: Path) -> None:
    """professores, disciplinas, turmas, alunos, notas, faltas."""
    r = random.Random(2104)
    c = _db(
        path,
        """
        CREATE TABLE professores(id INTEGER PRIMARY KEY, nome TEXT NOT NULL, email TEXT, data_admissao TEXT);
        CREATE TABLE disciplinas(id INTEGER PRIMARY KEY, nome TEXT NOT NULL, carga_horaria INTEGER,
            professor_id INTEGER REFERENCES professores(id));
        CREATE TABLE turmas(id INTEGER PRIMARY KEY, nome TEXT NOT NULL, serie INTEGER, turno TEXT, sala TEXT,
            ano_letivo INTEGER, professor_titular_id INTEGER REFERENCES professores(id));
        CREATE TABLE alunos(id INTEGER PRIMARY KEY, nome TEXT NOT NULL, data_nascimento TEXT, sexo TEXT,
            turma_id INTEGER REFERENCES turmas(id), email_responsavel TEXT, data_matricula TEXT, ativo INTEGER);
        CREATE TABLE notas(id INTEGER PRIMARY KEY, aluno_id INTEGER REFERENCES alunos(id),
            disciplina_id INTEGER REFERENCES disciplinas(id), bimestre INTEGER, nota REAL, data_lancamento TEXT);
        CREATE TABLE faltas(id INTEGER PRIMARY KEY, aluno_id INTEGER REFERENCES alunos(id),
            disciplina_id INTEGER REFERENCES disciplinas(id), data TEXT, justificada INTEGER);
    """,
    )
    profs = [
        (1, "Cláudia Mendes", "claudia.mendes@escola.edu.br", "2012-02-01"),
        (2, "Roberto Farias", "roberto.farias@escola.edu.br", "2015-02-01"),
        (3, "Patrícia Nunes", "patricia.nunes@escola.edu.br", "2018-08-01"),
        (4, "Eduardo Teixeira", "eduardo.teixeira@escola.edu.br", "2010-02-01"),
        (5, "Renata Cardoso", None, "2023-02-01"),
        (6, "Marcelo Pinto", "marcelo.pinto@escola.edu.br", "2019-02-01"),
        (7, "Vanessa Moura", "vanessa.moura@escola.edu.br", "2024-02-01"),
        (8, "Sérgio Campos", None, "2021-08-01"),
    ]
    _ins(c, "professores", profs)
    disc = [
        (1, "Matemática", 200, 1), (2, "Língua Portuguesa", 200, 2), (3, "Ciências", 120, 3),
        (4, "História", 80, 4), (5, "Geografia", 80, 5), (6, "Inglês", 80, 7), (7, "Educação Física", 80, 6),
        (8, "Artes", 40, 8),
    ]  # fmt: skip
    _ins(c, "disciplinas", disc)
    turmas = [
        (1, "6º A", 6, "manhã", "101", 2025, 2), (2, "6º B", 6, "tarde", "101", 2025, 5),
        (3, "7º A", 7, "manhã", "102", 2025, 1), (4, "7º B", 7, "tarde", "102", 2025, 7),
        (5, "8º A", 8, "manhã", "201", 2025, 3), (6, "9º A", 9, "manhã", "202", 2025, 4),
        (7, "9º B", 9, "tarde", "202", 2025, 8),
    ]  # fmt: skip
    _ins(c, "turmas", turmas)
    sizes = [28, 22, 30, 24, 27, 25, 19]
    alunos = []
    pairs = _pairs(r, PT_FIRST, PT_LAST, 200)
    aid = 0
    for t, n in zip(turmas, sizes, strict=True):
        for _ in range(n):
            g, f = pairs[aid]
            aid += 1
            birth = _day(r, D(2025 - t[2] - 6, 4, 1), 365)
            em = None if r.random() < 0.15 else _mail(g, f, "gmail.com").replace("@", ".resp@")
            mat = _day(r, D(2019, 1, 10), 40) if r.random() < 0.7 else _day(r, D(2023, 1, 10), 760)
            alunos.append((aid, f"{g} {f}", birth.isoformat(), "F" if g in PT_FEMALE else "M", t[0], em,
                           mat.isoformat(), 0 if aid % 23 == 11 else 1))  # fmt: skip
    _ins(c, "alunos", alunos)
    notas, faltas = [], []
    nid = fid = 0
    for a in alunos:
        talent = r.gauss(6.8, 1.4)
        for d in disc:
            for b in (1, 2):
                if a[7] == 0 and b == 2:
                    continue
                if b == 2 and d[0] == 8 and a[4] == 7:
                    continue  # Artes of 9º B not yet graded
                nid += 1
                nota = round(max(0.0, min(10.0, r.gauss(talent - (0.6 if d[0] == 1 else 0), 1.2))) * 2) / 2
                lanc = D(2025, 4, 25) if b == 1 else D(2025, 6, 30) - dt.timedelta(days=r.randint(17, 25))
                notas.append((nid, a[0], d[0], b, nota, lanc.isoformat()))
        for _ in range(r.choices([0, 1, 2, 3, 5, 9], weights=[20, 25, 20, 15, 12, 5])[0]):
            fid += 1
            dd = _day(r, D(2025, 2, 10), 120)
            while dd.weekday() >= 5:
                dd += dt.timedelta(days=1)
            faltas.append((fid, a[0], r.choice(disc)[0], dd.isoformat(), int(r.random() < 0.35)))
    _ins(c, "notas", notas)
    _ins(c, "faltas", faltas)
    _done(c)


def build_clinica(path: Path) -> None:
    """especialidades, medicos, pacientes, citas, recetas."""
    r = random.Random(2105)
    c = _db(
        path,
        """
        CREATE TABLE especialidades(id INTEGER PRIMARY KEY, nombre TEXT NOT NULL);
        CREATE TABLE medicos(id INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL,
            especialidad_id INTEGER REFERENCES especialidades(id), num_colegiado TEXT, fecha_ingreso TEXT,
            activo INTEGER);
        CREATE TABLE pacientes(id INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL,
            fecha_nacimiento TEXT, sexo TEXT, telefono TEXT, ciudad TEXT, aseguradora TEXT, created_at TEXT);
        CREATE TABLE citas(id INTEGER PRIMARY KEY, paciente_id INTEGER REFERENCES pacientes(id),
            medico_id INTEGER REFERENCES medicos(id), fecha_hora TEXT, estado TEXT, motivo TEXT, importe REAL);
        CREATE TABLE recetas(id INTEGER PRIMARY KEY, cita_id INTEGER REFERENCES citas(id), medicamento TEXT,
            dosis TEXT, duracion_dias INTEGER);
    """,
    )
    esp = ["Medicina general", "Pediatría", "Cardiología", "Dermatología", "Traumatología", "Ginecología"]
    _ins(c, "especialidades", [(i + 1, n) for i, n in enumerate(esp)])
    med = [
        (1, "Isabel", "Herrera Campos", 1, "28/2811456", "2015-03-01", 1),
        (2, "Tomás", "Aguilar Prieto", 1, "28/2809873", "2018-09-15", 1),
        (3, "Beatriz", "Santos Lozano", 2, "28/2812290", "2016-01-10", 1),
        (4, "Ramón", "Iglesias Vega", 3, "28/2803341", "2012-06-01", 1),
        (5, "Pilar", "Cabrera Núñez", 4, "28/2815577", "2020-02-03", 1),
        (6, "Fernando", "Marín Rubio", 5, "28/2807712", "2014-11-20", 1),
        (7, "Alicia", "Peña Delgado", 6, "28/2818830", "2021-05-17", 1),
        (8, "Jorge", "Calvo Medina", 1, "28/2801129", "2010-04-01", 0),
        (9, "Cristina", "León Ibáñez", 5, "28/2819944", "2024-10-01", 1),
    ]
    _ins(c, "medicos", med)
    ciudades = ["Madrid"] * 6 + ["Alcobendas", "Getafe", "Leganés", "Móstoles", "Alcalá de Henares"]
    aseg = ["Sanitas", "Adeslas", "DKV", "Mapfre", "Asisa"]
    pac = []
    for i, (g, f) in enumerate(_pairs(r, ES_FIRST, ES_LAST, 210), start=1):
        birth = _day(r, D(1940, 1, 1), 365 * 84)
        tel = None if r.random() < 0.12 else f"6{r.randint(10000000, 99999999)}"
        a = None if r.random() < 0.3 else r.choices(aseg, weights=[30, 28, 15, 17, 10])[0]
        pac.append((i, g, f"{f} {r.choice(ES_LAST)}", birth.isoformat(), "M" if g in ES_FEMALE else "H", tel,
                    r.choice(ciudades), a, _day(r, D(2023, 1, 2), 850).isoformat()))  # fmt: skip
    _ins(c, "pacientes", pac)
    motivos = {1: ["Revisión general", "Fiebre", "Dolor de garganta", "Análisis de sangre", "Tos persistente"],
               2: ["Revisión niño sano", "Vacunación", "Fiebre", "Otitis"],
               3: ["Dolor torácico", "Hipertensión", "Electrocardiograma", "Palpitaciones"],
               4: ["Acné", "Revisión de lunares", "Dermatitis", "Psoriasis"],
               5: ["Dolor de rodilla", "Esguince de tobillo", "Lumbalgia", "Dolor de hombro"],
               6: ["Revisión ginecológica", "Control de embarazo", "Ecografía"]}  # fmt: skip
    precio = {1: 45.0, 2: 50.0, 3: 90.0, 4: 70.0, 5: 75.0, 6: 80.0}
    meds = {1: [("Paracetamol 1 g", "1 cada 8 h"), ("Ibuprofeno 600 mg", "1 cada 8 h"), ("Amoxicilina 500 mg", "1 cada 8 h")],
            2: [("Apiretal", "5 ml cada 6 h"), ("Amoxicilina suspensión", "5 ml cada 8 h")],
            3: [("Enalapril 10 mg", "1 al día"), ("Atorvastatina 20 mg", "1 por la noche")],
            4: [("Crema de hidrocortisona", "2 veces al día"), ("Isotretinoína 20 mg", "1 al día")],
            5: [("Ibuprofeno 600 mg", "1 cada 8 h"), ("Metamizol 575 mg", "1 cada 8 h")],
            6: [("Ácido fólico 5 mg", "1 al día")]}  # fmt: skip
    citas, recetas = [], []
    rid = 0
    weights = [26, 22, 16, 12, 10, 14, 9, 6, 5]
    for cid in range(1, 401):
        m = r.choices(med, weights=weights)[0]
        d = _day(r, D(2023, 1, 9), 950)
        if m[6] == 0 and d > D(2024, 6, 30):
            d = _day(r, D(2023, 1, 9), 530)
        if m[0] == 9 and d < D(2024, 10, 1):
            d = _day(r, D(2024, 10, 1), 300)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        esp_id = m[3]
        cands = [p for p in pac if (esp_id != 2 or p[3] > "2008") and (esp_id != 6 or p[4] == "M")]
        p = r.choice(cands)
        if d > TODAY:
            estado = r.choice(["programada"] * 5 + ["cancelada"])
        elif d == TODAY or (TODAY - d).days < 3:
            estado = r.choice(["programada", "realizada"])
        else:
            estado = r.choices(["realizada", "cancelada", "no_asistio"], weights=[80, 12, 8])[0]
        hora = f"{r.choice([9, 10, 11, 12, 13, 16, 17, 18]):02d}:{r.choice(['00', '20', '40'])}"
        imp = precio[esp_id] if estado == "realizada" else None
        citas.append((cid, p[0], m[0], f"{d.isoformat()} {hora}", estado, r.choice(motivos[esp_id]), imp))
        if estado == "realizada" and r.random() < 0.45:
            for md, dos in r.sample(meds[esp_id], r.choice([1, 1, 2]) if len(meds[esp_id]) > 1 else 1):
                rid += 1
                recetas.append((rid, cid, md, dos, r.choice([5, 7, 10, 14, 30, 90])))
    citas.sort(key=lambda x: x[3])
    remap = {old[0]: i + 1 for i, old in enumerate(citas)}
    citas = [(remap[x[0]], *x[1:]) for x in citas]
    recetas = [(x[0], remap[x[1]], *x[2:]) for x in recetas]
    recetas.sort(key=lambda x: x[1])
    recetas = [(i + 1, *x[1:]) for i, x in enumerate(recetas)]
    _ins(c, "citas", citas)
    _ins(c, "recetas", recetas)
    _done(c)


def build_personal(path: Path) -> None:
    """Abteilungen, Mitarbeiter (self-reference), Gehälter, Urlaubsanträge, Krankmeldungen."""
    r = random.Random(2106)
    c = _db(
        path,
        """
        CREATE TABLE Abteilungen(AbteilungID INTEGER PRIMARY KEY, Bezeichnung TEXT NOT NULL, Standort TEXT,
            Kostenstelle TEXT);
        CREATE TABLE Mitarbeiter(PersonalNr INTEGER PRIMARY KEY, Vorname TEXT, Nachname TEXT NOT NULL,
            Geschlecht TEXT, Geburtsdatum TEXT, Eintrittsdatum TEXT, Austrittsdatum TEXT,
            AbteilungID INTEGER REFERENCES Abteilungen(AbteilungID),
            Vorgesetzter_id INTEGER REFERENCES Mitarbeiter(PersonalNr), Position TEXT, Wochenstunden INTEGER,
            Email TEXT);
        CREATE TABLE Gehälter(GehaltID INTEGER PRIMARY KEY, PersonalNr INTEGER REFERENCES Mitarbeiter(PersonalNr),
            Jahr INTEGER, Monatsbrutto REAL, Bonus REAL);
        CREATE TABLE Urlaubsanträge(AntragID INTEGER PRIMARY KEY,
            PersonalNr INTEGER REFERENCES Mitarbeiter(PersonalNr), Beginn TEXT, Ende TEXT, Tage INTEGER,
            Status TEXT, created_at TEXT);
        CREATE TABLE Krankmeldungen(KrankmeldungID INTEGER PRIMARY KEY,
            PersonalNr INTEGER REFERENCES Mitarbeiter(PersonalNr), Beginn TEXT, Ende TEXT, Tage INTEGER);
    """,
    )
    abt = [
        (1, "Geschäftsführung", "Hamburg", "KST-100"),
        (2, "Vertrieb", "Hamburg", "KST-200"),
        (3, "Entwicklung", "Berlin", "KST-300"),
        (4, "Buchhaltung", "Hamburg", "KST-400"),
        (5, "Personalabteilung", "Hamburg", "KST-500"),
        (6, "Kundenservice", "Leipzig", "KST-600"),
        (7, "Logistik", "Leipzig", "KST-700"),
    ]
    _ins(c, "Abteilungen", abt)
    sizes = {1: 2, 2: 16, 3: 22, 4: 7, 5: 5, 6: 14, 7: 12}
    pos = {2: "Vertriebsmitarbeiter", 3: "Softwareentwickler", 4: "Buchhalter", 5: "Personalreferent",
           6: "Servicemitarbeiter", 7: "Lagerist"}  # fmt: skip
    leads = {2: "Vertriebsleiter", 3: "Entwicklungsleiter", 4: "Leiter Buchhaltung", 5: "Personalleiter",
             6: "Leiter Kundenservice", 7: "Logistikleiter"}  # fmt: skip
    base = {1: 11000, 2: 4200, 3: 5200, 4: 4000, 5: 4100, 6: 3100, 7: 2900}
    people = _pairs(r, DE_FIRST, DE_LAST, 90)
    ma = []
    pnr = 1000
    head = {}
    monthly = {}
    idx = 0
    for a, n in sizes.items():
        for k in range(n):
            g, f = people[idx]
            idx += 1
            pnr += 1
            sex = "w" if g in DE_FEMALE else "m"
            if pnr in (1023, 1061):
                sex = "d"
            if a == 1:
                position = "Geschäftsführer" if k == 0 else "Assistenz der Geschäftsführung"
                boss = None if k == 0 else 1001
            elif k == 0:
                position, boss = leads[a], 1001
            else:
                position, boss = pos[a], head[a]
            if k == 0:
                head[a] = pnr
            eintritt = _day(r, D(2008, 1, 1), 365 * 12) if k == 0 else _day(r, D(2014, 1, 1), 4150)
            austritt = None
            if k > 0 and r.random() < 0.12:
                austritt = _day(r, max(eintritt + dt.timedelta(days=200), D(2023, 3, 1)), 800)
                austritt = min(austritt, D(2025, 5, 31)).isoformat()
            stunden = 40 if k == 0 or r.random() < 0.75 else r.choice([30, 20])
            birth = _day(r, D(1962, 1, 1), 365 * 38)
            ma.append((pnr, g, f, sex, birth.isoformat(), eintritt.isoformat(), austritt, a, boss, position,
                       stunden, _mail(g, f, "nordwerk.de")))  # fmt: skip
            monthly[pnr] = round(base[a] * (1.45 if k == 0 and a != 1 else 1) * r.uniform(0.85, 1.25), -1)
    _ins(c, "Mitarbeiter", ma)
    geh, url, krank = [], [], []
    gid = uid = kid = 0
    for m in ma:
        ein = D.fromisoformat(m[5])
        aus = D.fromisoformat(m[6]) if m[6] else None
        for y in (2023, 2024, 2025):
            if ein.year > y or (aus and aus.year < y):
                continue
            gid += 1
            brutto = round(monthly[m[0]] * (1.03 ** (y - 2023)) * m[10] / 40, 2)
            bonus = (
                round(brutto * r.choice([0.5, 1.0]), -1) if (m[7] in (1, 2) or r.random() < 0.2) and y < 2025 else None
            )
            geh.append((gid, m[0], y, brutto, bonus))
        for y in (2023, 2024, 2025):
            for _ in range(r.randint(1, 3) if y < 2025 else r.randint(0, 2)):
                start = _day(r, D(y, 1, 8), 340 if y < 2025 else 200)
                if start < ein or (aus and start > aus):
                    continue
                while start.weekday() >= 5:
                    start += dt.timedelta(days=1)
                tage = r.choice([1, 2, 3, 5, 5, 10, 10, 15])
                ende = start + dt.timedelta(days=tage + 2 * (tage // 5) - 1)
                created = start - dt.timedelta(days=r.randint(10, 90))
                if created > TODAY:
                    continue
                st = (
                    "beantragt"
                    if start > TODAY and r.random() < 0.5
                    else "abgelehnt"
                    if r.random() < 0.08
                    else "genehmigt"
                )
                uid += 1
                url.append((uid, m[0], start.isoformat(), ende.isoformat(), tage, st, created.isoformat()))
        for _ in range(r.choices([0, 1, 2, 3, 4], weights=[25, 30, 25, 12, 8])[0]):
            start = _day(r, D(2023, 1, 2), 890)
            if start < ein or (aus and start > aus):
                continue
            tage = r.choices([1, 2, 3, 5, 10, 21], weights=[20, 25, 25, 15, 10, 5])[0]
            kid += 1
            krank.append((kid, m[0], start.isoformat(), (start + dt.timedelta(days=tage - 1)).isoformat(), tage))
    _ins(c, "Gehälter", geh)
    url.sort(key=lambda x: x[6])
    _ins(c, "Urlaubsanträge", [(i + 1, *x[1:]) for i, x in enumerate(url)])
    krank.sort(key=lambda x: x[2])
    _ins(c, "Krankmeldungen", [(i + 1, *x[1:]) for i, x in enumerate(krank)])
    _done(c)


BUILDERS = {
    "tienda": build_tienda,
    "werkstatt": build_werkstatt,
    "facturation": build_facturation,
    "escola": build_escola,
    "clinica": build_clinica,
    "personal": build_personal,
}
