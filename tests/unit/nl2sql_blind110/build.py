"""Six synthetic databases of food production, crafts and small trades in continental Europe and Latin America
(the hundred-and-tenth blind corpus).  Every builder is deterministic (its own ``random.Random`` seed); the data
ends on 2025-06-14 and "today" is 2025-06-15.

salumificio -- a curing house for hams and salami near Parma (Italian names, ISO dates, money in EUR and centesimi)
    fornitore: the pig farms that supply fresh legs and meat.  id_fornitore; ragione_sociale (company name);
        provincia (two-letter Italian province code: 'PR' Parma, 'RE' Reggio Emilia, 'MO' Modena, 'MN' Mantova,
        'CR' Cremona, 'PC' Piacenza); certificato_dop (1 = the farm is certified for the DOP protected-origin
        chain, 0 = not); telefono (phone, NULL when unknown).
    prodotto: the products made.  id_prodotto; nome (e.g. 'Prosciutto di Parma DOP', 'Culatello di Zibello DOP',
        'Salame Felino IGP'); categoria ('crudo' = whole cured cut, 'insaccato' = stuffed sausage/salami,
        'cotto' = cooked); mesi_stagionatura_min (minimum curing time in months, 0 for cooked products);
        prezzo_listino_eur_kg (list price in euros per kilogram).
    lotto: a curing batch, salted on one day from one supplier's meat.  id_lotto; codice_lotto (text code such
        as 'L24-031'); id_prodotto -> prodotto; id_fornitore -> fornitore; data_salatura (salting day, ISO
        'YYYY-MM-DD', 2022-06 to 2025-06); pezzi (number of pieces: hams or salami); peso_fresco_kg (fresh
        weight of the whole batch in kilograms); cella (curing room 'C1'..'C5'); stato ('in_stagionatura' =
        still curing, 'pronto' = ready for sale, 'venduto' = sold out, 'scartato' = discarded/rejected).
    controllo: quality inspections of a batch.  id_controllo; id_lotto -> lotto; data_controllo (ISO date);
        calo_peso_pct (weight lost since salting, percent 0-100); esito ('conforme' = passed, 'non_conforme' =
        failed); ispettore (inspector's full name); note (free text, mostly NULL, set on failed checks).
    cliente: buyers.  id_cliente; nome (business name); tipo ('ristorante', 'gastronomia' = delicatessen,
        'grossista' = wholesaler, 'privato' = private person); citta (city); nazione (ISO country code 'IT',
        'DE', 'FR', 'CH', 'AT', 'BE').  Some customers never ordered.
    ordine: orders, 2023-01 to 2025-06-14.  id_ordine; id_cliente -> cliente; data_ordine (ISO date);
        data_consegna (delivery date, NULL unless delivered); stato ('consegnato' = delivered, 'spedito' =
        shipped, 'in_preparazione' = being prepared, 'annullato' = cancelled).
    riga_ordine: order lines.  id_riga; id_ordine -> ordine; id_lotto -> lotto (the batch the meat came from);
        quantita_kg (kilograms); prezzo_centesimi_kg (agreed price per kilogram in euro cents: 100 = 1 EUR).

cafezal -- a specialty-coffee growers' cooperative in Sul de Minas, Brazil (Brazilian Portuguese names, ISO
dates, money in BRL centavos)
    produtor: member growers.  id_produtor; nome (grower's full name); municipio (town); certificacao
        ('orgânico', 'Rainforest', 'Fairtrade', or NULL when uncertified); data_adesao (day the grower joined
        the cooperative, ISO).
    talhao: a grower's coffee plots.  id_talhao; id_produtor -> produtor; nome (plot name, e.g. 'Talhão do
        Açude', not unique across growers); area_hectares (hectares); variedade (coffee variety such as
        'Catuaí Amarelo', 'Bourbon Amarelo', 'Mundo Novo'); altitude_m (metres above sea level).
    colheita: harvest days on a plot (harvest runs May to September; 2022 to 2025-06-14).  id_colheita;
        id_talhao -> talhao; data_colheita (ISO); volume_litros (litres of picked coffee cherries); metodo
        ('manual', 'derriça' = hand-stripping onto cloths, 'mecanizada' = machine harvest).
    lote: green-coffee lots delivered to the cooperative warehouse.  id_lote; codigo (text such as
        'SM-2024-0123'); id_talhao -> talhao (the plot it came from); data_entrega (delivery day, ISO);
        peso_kg (green coffee, kilograms; one saca = 60 kg); processo ('natural', 'cereja descascado' =
        pulped natural, 'lavado' = washed); pontuacao_sca (cupping score on the SCA 0-100 scale, NULL when not
        yet cupped; 80 or more counts as specialty); peneira (bean screen size, 14 to 19); status
        ('armazenado' = in the warehouse, 'reservado' = reserved for a buyer, 'vendido' = sold).
    comprador: buyers.  id_comprador; nome; pais (country, in Portuguese: 'Brasil', 'Japão', 'Estados Unidos',
        'Alemanha', 'Itália', 'Coreia do Sul', 'Austrália'); tipo ('exportadora', 'torrefação' = roaster,
        'cafeteria').
    venda: sales of a lot.  id_venda; id_lote -> lote; id_comprador -> comprador; data_venda (ISO); sacas
        (number of 60 kg bags sold); preco_saca_centavos (price per bag in BRL centavos: 100 = R$ 1);
        situacao ('pago' = paid, 'pendente' = awaiting payment, 'cancelado' = cancelled).

bursztyn -- an amber jewellery workshop in Gdańsk (Polish names, dates as text 'DD.MM.YYYY', money in grosze)
    dostawca: raw-amber suppliers.  id_dostawcy; nazwa (name); miejscowosc (town); telefon (NULL when unknown).
    partia_surowca: purchases of raw amber.  id_partii; id_dostawcy -> dostawca; data_zakupu (purchase day,
        'DD.MM.YYYY', 2022 to 2025); masa_g (grams of raw amber); kolor (colour: 'koniakowy' = cognac,
        'miodowy' = honey, 'cytrynowy' = lemon, 'mleczny' = milky/butterscotch, 'zielony' = green, 'wiśniowy' =
        cherry); cena_grosze (total price paid in grosze: 100 grosze = 1 zł).
    rzemieslnik: the artisans.  id_rzemieslnika; imie (first name); nazwisko (surname); specjalizacja
        ('szlifowanie' = cutting and polishing, 'oprawa w srebro' = silver setting, 'rzeźba' = carving);
        data_zatrudnienia (hiring day, 'DD.MM.YYYY'); aktywny (1 = still works there, 0 = left).
    wyrob: individual finished pieces, each unique.  id_wyrobu; nazwa (model name, e.g. 'Wisior Kropla',
        shared by many pieces); rodzaj (kind: 'pierścionek' = ring, 'wisior' = pendant, 'kolczyki' = earrings,
        'bransoleta' = bracelet, 'korale' = bead necklace, 'broszka' = brooch); id_partii -> partia_surowca
        (the raw amber used); id_rzemieslnika -> rzemieslnik (who made it); masa_bursztynu_g (grams of amber in
        the piece); srebro_g (grams of silver, NULL when the piece has no silver); cena_katalogowa_grosze
        (catalogue price in grosze); data_wykonania (day finished, 'DD.MM.YYYY').
    klient: customers.  id_klienta; imie; nazwisko; miasto (city); kraj (country in Polish: 'Polska',
        'Niemcy' = Germany, 'Szwecja' = Sweden, 'Norwegia', 'Dania', 'Wielka Brytania' = UK); email (NULL
        when not given).
    zamowienie: orders.  id_zamowienia; id_klienta -> klient; data_zlozenia (day placed, 'DD.MM.YYYY', 2022 to
        2025-06-14); kanal (sales channel: 'sklep' = the shop, 'internet' = online, 'targi' = trade fair);
        status ('nowe' = new, 'w realizacji' = in progress, 'zrealizowane' = fulfilled, 'anulowane' = cancelled).
    pozycja_zamowienia: order lines, one finished piece each (a piece is sold at most once).  id_pozycji;
        id_zamowienia -> zamowienie; id_wyrobu -> wyrob; cena_grosze (price charged in grosze, at most the
        catalogue price).

barplockning -- a wild-berry picking and freezing business in Norrbotten/Västerbotten, Sweden (Swedish names, ISO
dates, picker pay in öre, sales prices in kronor)
    plockare: pickers.  plockare_id; fornamn; efternamn; hemland (home country in Swedish: 'Thailand',
        'Sverige', 'Ukraina', 'Polen', 'Bulgarien'); lagledare_id -> plockare (the picker's team leader, NULL for
        the team leaders themselves); startdatum (first day with the company, ISO); aktiv (1 = picked in the
        2024 season, 0 = not).
    omrade: picking areas.  omrade_id; namn; kommun (municipality); areal_ha (hectares).
    bar: berry kinds.  bar_id; namn ('lingon' = lingonberry, 'blåbär' = bilberry/blueberry, 'hjortron' =
        cloudberry, 'tranbär' = cranberry, 'åkerbär' = arctic raspberry); ersattning_ore_per_kg (what a picker is
        paid per kilogram, in öre: 100 öre = 1 krona).
    vagning: a weighing of one picker's berries at the collection point.  vagning_id; plockare_id -> plockare;
        omrade_id -> omrade; bar_id -> bar; datum (ISO; seasons July to October of 2022, 2023 and 2024);
        vikt_kg (kilograms); klass (quality class: 'A' = first class, 'B' = second class, 'K' = kasserad,
        rejected and not paid).
    kund: buyers of the frozen berries.  kund_id; namn; ort (town); land (country in Swedish: 'Sverige',
        'Finland', 'Tyskland', 'Japan', 'Danmark', 'Nederländerna').
    leverans: deliveries of frozen berries to buyers, all year round 2022-08 to 2025-06-14.  leverans_id;
        kund_id -> kund; bar_id -> bar; leveransdatum (ISO); vikt_kg (kilograms); pris_kr_per_kg (price in
        kronor per kilogram); status ('levererad' = delivered, 'planerad' = planned, 'makulerad' = cancelled).

tortilleria -- an industrial tortilla maker in Guadalajara, Mexico (English snake_case names, ISO dates, money in
MXN and MXN centavos)
    corn_suppliers: supplier_id; name; state (Mexican state); corn_color ('white', 'yellow', 'blue').
    corn_purchases: purchase_id; supplier_id -> corn_suppliers; purchase_date (ISO, 2023-01 to 2025-06);
        weight_kg (kilograms of grain); price_mxn_per_ton (pesos per metric ton); moisture_pct (grain moisture,
        percent).
    machines: tortilla lines.  machine_id; model; installed_on (ISO); status ('active', 'under repair',
        'retired').
    production_runs: one shift on one machine.  run_id; machine_id -> machines; run_date (ISO, Monday to
        Saturday, 2023-01-02 to 2025-06-14); shift ('AM' = morning, 'PM' = afternoon); corn_kg (grain used, kg);
        masa_kg (dough made, kg); tortillas_kg (tortillas packed, kg); operator (operator's name, NULL when not
        logged).
    routes: delivery routes.  route_id; route_name; driver_name; van_plate.
    customers: shops, restaurants and stalls supplied.  customer_id; name; kind ('tienda' = corner shop,
        'restaurant', 'market stall', 'supermarket'); neighborhood; route_id -> routes; opened_on (day the
        account was opened, ISO).  A few customers have no deliveries.
    deliveries: delivery_id; customer_id -> customers; delivery_date (ISO, 2024-01-02 to 2025-06-14);
        kg_delivered (kilograms of tortillas); price_cents_per_kg (price per kilogram in MXN centavos: 100 = 1
        peso); returned_kg (kilograms sent back unsold, NULL when nothing came back); paid (1 = paid, 0 =
        unpaid).

weavecoop -- an Andean weaving cooperative around Cusco and Puno, Peru (English snake_case names, ISO dates, money
in US dollars)
    communities: community_id; name (village); region ('Cusco', 'Puno'); altitude_m (metres).
    weavers: weaver_id; first_name; last_name; community_id -> communities; mentor_id -> weavers (the senior
        weaver who trained this one, NULL for the founders); joined_on (ISO); birth_year; is_active (1 = active
        member, 0 = left).
    fibres: fibre_id; name ('baby alpaca', 'alpaca', 'alpaca suri', 'sheep wool', 'llama', 'vicuña blend');
        cost_usd_per_kg (US dollars per kilogram of spun yarn).
    pieces: woven pieces.  piece_id; weaver_id -> weavers; fibre_id -> fibres; kind ('poncho', 'manta' =
        carrying cloth, 'chullo' = knitted hat, 'scarf', 'table runner', 'bag'); dye ('cochineal', 'indigo',
        'chilca', 'qolle', 'undyed', 'synthetic'); started_on (ISO, 2022 to 2025); finished_on (ISO, NULL while
        still on the loom); weight_g (grams); list_price_usd (asking price in US dollars).
    sales: one row per sold piece.  sale_id; piece_id -> pieces (each piece sold at most once); sold_on (ISO);
        channel ('fair', 'coop shop', 'online', 'wholesale'); price_usd (price obtained, US dollars);
        buyer_country (country name in English).
    workshops: training sessions.  workshop_id; community_id -> communities (where it was held); topic;
        held_on (ISO); instructor_id -> weavers; hours (length in hours).
    workshop_attendance: who attended which workshop.  workshop_id -> workshops; weaver_id -> weavers.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, iso, write_tables

END = dt.date(2025, 6, 14)


def _pl(d: dt.date | None) -> str | None:
    """A date as Polish text 'DD.MM.YYYY'."""
    return None if d is None else d.strftime("%d.%m.%Y")


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    out, d = [], start.replace(day=1)
    while d <= end:
        out.append(d)
        d = (d + dt.timedelta(days=32)).replace(day=1)
    return out


# ---------------------------------------------------------------------------------------------------------------
# salumificio (Italian)
# ---------------------------------------------------------------------------------------------------------------

SALUMIFICIO_DDL = """
CREATE TABLE fornitore (
    id_fornitore INTEGER PRIMARY KEY,
    ragione_sociale TEXT NOT NULL,
    provincia TEXT NOT NULL,
    certificato_dop INTEGER NOT NULL,
    telefono TEXT
);
CREATE TABLE prodotto (
    id_prodotto INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    categoria TEXT NOT NULL,
    mesi_stagionatura_min INTEGER NOT NULL,
    prezzo_listino_eur_kg REAL NOT NULL
);
CREATE TABLE lotto (
    id_lotto INTEGER PRIMARY KEY,
    codice_lotto TEXT NOT NULL UNIQUE,
    id_prodotto INTEGER NOT NULL REFERENCES prodotto(id_prodotto),
    id_fornitore INTEGER NOT NULL REFERENCES fornitore(id_fornitore),
    data_salatura TEXT NOT NULL,
    pezzi INTEGER NOT NULL,
    peso_fresco_kg REAL NOT NULL,
    cella TEXT NOT NULL,
    stato TEXT NOT NULL
);
CREATE TABLE controllo (
    id_controllo INTEGER PRIMARY KEY,
    id_lotto INTEGER NOT NULL REFERENCES lotto(id_lotto),
    data_controllo TEXT NOT NULL,
    calo_peso_pct REAL NOT NULL,
    esito TEXT NOT NULL,
    ispettore TEXT NOT NULL,
    note TEXT
);
CREATE TABLE cliente (
    id_cliente INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    tipo TEXT NOT NULL,
    citta TEXT NOT NULL,
    nazione TEXT NOT NULL
);
CREATE TABLE ordine (
    id_ordine INTEGER PRIMARY KEY,
    id_cliente INTEGER NOT NULL REFERENCES cliente(id_cliente),
    data_ordine TEXT NOT NULL,
    data_consegna TEXT,
    stato TEXT NOT NULL
);
CREATE TABLE riga_ordine (
    id_riga INTEGER PRIMARY KEY,
    id_ordine INTEGER NOT NULL REFERENCES ordine(id_ordine),
    id_lotto INTEGER NOT NULL REFERENCES lotto(id_lotto),
    quantita_kg REAL NOT NULL,
    prezzo_centesimi_kg INTEGER NOT NULL
);
"""


def build_salumificio(path: Path) -> None:
    r = random.Random(110_001)
    fornitori_nomi = [
        ("Allevamento Ferrari", "PR"), ("Suinicoltura Bertolini", "PR"), ("Azienda Agricola Rossi & Figli", "RE"),
        ("Cascina Bianchi", "CR"), ("Allevamento Val d'Enza", "RE"), ("Società Agricola Corte Mantovana", "MN"),
        ("Fattoria Ghirardi", "PR"), ("Allevamenti Padani", "CR"), ("Podere San Prospero", "MO"),
        ("Suini Emiliani srl", "MO"), ("Azienda Agricola Tosi", "PC"), ("Cooperativa Allevatori Piacentini", "PC"),
        ("Allevamento La Quercia", "MN"), ("Azienda Agricola Carra", "PR"),
    ]  # fmt: skip
    fornitori = []
    for i, (nome, prov) in enumerate(fornitori_nomi, 1):
        dop = 0 if nome in ("Allevamenti Padani", "Allevamento La Quercia", "Suini Emiliani srl") else 1
        tel = None if r.random() < 0.2 else f"05{r.randint(21, 39)} {r.randint(100000, 999999)}"
        fornitori.append((i, nome, prov, dop, tel))
    dop_ids = [f[0] for f in fornitori if f[3] == 1]
    all_ids = [f[0] for f in fornitori]

    prodotti = [
        (1, "Prosciutto di Parma DOP", "crudo", 18, 32.0),
        (2, "Prosciutto di Parma DOP 24 mesi", "crudo", 24, 42.5),
        (3, "Culatello di Zibello DOP", "crudo", 12, 68.0),
        (4, "Fiocco di culatello", "crudo", 8, 39.0),
        (5, "Coppa piacentina DOP", "insaccato", 6, 26.0),
        (6, "Salame Felino IGP", "insaccato", 2, 22.0),
        (7, "Strolghino", "insaccato", 1, 24.0),
        (8, "Pancetta arrotolata", "crudo", 3, 18.5),
        (9, "Spalla cotta di San Secondo", "cotto", 0, 21.0),
    ]
    pweights = [30, 10, 6, 5, 8, 18, 6, 9, 8]
    piece_kg = {1: 12.5, 2: 13.5, 3: 5.0, 4: 3.2, 5: 2.4, 6: 0.9, 7: 0.25, 8: 3.0, 9: 7.5}
    piece_n = {1: (60, 180), 2: (40, 120), 3: (30, 90), 4: (40, 120), 5: (80, 260), 6: (300, 1200),
               7: (400, 1500), 8: (60, 200), 9: (30, 90)}  # fmt: skip
    lotti = []
    matured: dict[int, dt.date] = {}
    prod_of: dict[int, int] = {}
    lid = 0
    counters: dict[int, int] = {}
    for m in _months(dt.date(2022, 6, 1), END):
        for _ in range(r.randint(5, 10)):
            d = day_between(r, m, min(END, (m + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)))
            if d.weekday() == 6:
                d -= dt.timedelta(days=1)
            p = r.choices(prodotti, weights=pweights)[0]
            pid = p[0]
            lid += 1
            counters[d.year] = counters.get(d.year, 0) + 1
            code = f"L{d.year % 100:02d}-{counters[d.year]:03d}"
            forn = r.choice(dop_ids) if "DOP" in p[1] else r.choice(all_ids)
            n = r.randint(*piece_n[pid])
            peso = round(n * piece_kg[pid] * r.uniform(0.92, 1.08), 1)
            ready = d + dt.timedelta(days=int(p[3] * 30.5) + 3)
            if ready > END:
                stato = "in_stagionatura"
            elif r.random() < 0.045:
                stato = "scartato"
            elif (END - ready).days > 150:
                stato = "venduto" if r.random() < 0.9 else "pronto"
            else:
                stato = "pronto"
            cella = r.choice(["C1", "C2", "C3"]) if p[2] == "crudo" else r.choice(["C4", "C5"])
            lotti.append([lid, code, pid, forn, iso(d), n, peso, cella, stato])
            matured[lid] = ready
            prod_of[lid] = pid

    ispettori = ["Giulia Marchetti", "Davide Ferrarini", "Elena Bocchi", "Stefano Malpeli"]
    controlli = []
    cid = 0
    for lot in lotti:
        pid = lot[2]
        months = prodotti[pid - 1][3]
        d0 = dt.date.fromisoformat(lot[4])
        span = max(20, int(months * 30.5))
        steps = [int(span * f) for f in (0.3, 0.65, 1.0)] if months >= 6 else [int(span * f) for f in (0.5, 1.0)]
        if months == 0:
            steps = [2]
        failed = lot[8] == "scartato"
        for k, s in enumerate(steps):
            dc = d0 + dt.timedelta(days=s + r.randint(-3, 3))
            if dc > END:
                break
            loss = 0.5 if months == 0 else min(34.0, 3.0 + 26.0 * (s / 30.5) / max(months, 1) + r.uniform(-2, 2))
            bad = (failed and k == len(steps) - 1) or r.random() < 0.035
            note = None
            if bad:
                note = r.choice(["muffa superficiale", "calo peso eccessivo", "colore non uniforme",
                                 "odore anomalo", "sugna da rifare"])  # fmt: skip
            elif r.random() < 0.04:
                note = "ricontrollare tra due settimane"
            cid += 1
            controlli.append((cid, lot[0], iso(dc), round(max(loss, 0.2), 1), "non_conforme" if bad else "conforme",
                              r.choice(ispettori), note))  # fmt: skip
            if failed and k == len(steps) - 1:
                break
    # a discarded batch whose failing check fell after the end: give it one anyway
    checked_bad = {c[1] for c in controlli if c[4] == "non_conforme"}
    for lot in lotti:
        if lot[8] == "scartato" and lot[0] not in checked_bad:
            cid += 1
            dc = min(END, matured[lot[0]])
            controlli.append((cid, lot[0], iso(dc), 18.0, "non_conforme", r.choice(ispettori), "muffa superficiale"))

    città_it = ["Parma", "Milano", "Bologna", "Reggio Emilia", "Modena", "Roma", "Torino", "Firenze", "Verona",
                "Piacenza", "Genova", "Bergamo"]  # fmt: skip
    esteri = {"DE": ["München", "Berlin", "Hamburg", "Stuttgart"], "FR": ["Lyon", "Paris", "Nice"],
              "CH": ["Lugano", "Zürich"], "AT": ["Wien", "Innsbruck"], "BE": ["Bruxelles"]}  # fmt: skip
    cognomi = ["Gino", "Bedogni", "Garibaldi", "Pellacani", "Zanichelli", "Montanari", "Ferretti", "Barilli",
               "Rinaldi", "Cavalli", "Storchi", "Grasselli", "Lusuardi", "Mazzoni", "Benassi", "Corradi",
               "Fontana", "Orsi", "Vezzani", "Bonini", "Manfredi", "Tagliavini", "Scaravelli", "Gualtieri"]  # fmt: skip
    clienti = []
    used: set[str] = set()
    tipi = ["ristorante"] * 30 + ["gastronomia"] * 22 + ["grossista"] * 8 + ["privato"] * 12
    r.shuffle(tipi)
    for i, tipo in enumerate(tipi, 1):
        naz = r.choices(["IT", "DE", "FR", "CH", "AT", "BE"], weights=[70, 12, 7, 5, 4, 2])[0]
        if tipo == "privato":
            naz = "IT" if r.random() < 0.85 else naz
        citta = r.choice(città_it) if naz == "IT" else r.choice(esteri[naz])
        while True:
            c = r.choice(cognomi)
            if naz == "IT":
                nome = {"ristorante": r.choice(["Trattoria", "Osteria", "Ristorante", "Antica Locanda"]) + f" {c}",
                        "gastronomia": r.choice(["Gastronomia", "Salumeria", "Bottega"]) + f" {c}",
                        "grossista": f"{c} Distribuzione srl",
                        "privato": r.choice(["Marco", "Anna", "Luca", "Chiara", "Paolo", "Sara"]) + f" {c}"}[tipo]
            else:
                nome = {"ristorante": f"Ristorante {c} {citta}", "gastronomia": f"Delikatessen {c} {citta}",
                        "grossista": f"Italia Import {c} {citta}", "privato": f"Hans {c}"}[tipo]  # fmt: skip
            if nome not in used:
                used.add(nome)
                break
        clienti.append((i, nome, tipo, citta, naz))
    # the heaviest buyers first in the weights; eight customers never order
    silent = set(r.sample(range(1, len(clienti) + 1), 8))
    cweights = {c[0]: (0 if c[0] in silent else (3.0 if c[2] == "grossista" else 0.4 if c[2] == "privato" else 1.0)
                       * min(r.paretovariate(1.6), 4.5)) for c in clienti}  # fmt: skip
    cids = list(cweights)
    cw = [cweights[c] for c in cids]
    ordini = []
    righe = []
    oid = rid = 0
    day = dt.date(2023, 1, 2)
    lot_by_id = {lot[0]: lot for lot in lotti}
    sellable = [lot[0] for lot in lotti if lot[8] in ("pronto", "venduto")]
    while day <= END:
        if day.weekday() < 6:
            for _ in range(r.choice([0, 1, 1, 1, 2, 2, 3])):
                avail = [lid for lid in sellable if matured[lid] <= day]
                if not avail:
                    continue
                oid += 1
                cl = r.choices(cids, weights=cw)[0]
                if (END - day).days > 25:
                    stato = "annullato" if r.random() < 0.06 else "consegnato"
                else:
                    stato = r.choices(["consegnato", "spedito", "in_preparazione", "annullato"],
                                      weights=[3, 3, 4, 1])[0]  # fmt: skip
                cons = None
                if stato == "consegnato":
                    cons = min(END, day + dt.timedelta(days=r.randint(1, 6)))
                ordini.append((oid, cl, iso(day), iso(cons), stato))
                tipo = clienti[cl - 1][2]
                recent = [lid for lid in avail if (day - matured[lid]).days < 400] or avail
                for lid in r.sample(recent, min(len(recent), r.choices([1, 2, 3, 4], weights=[45, 30, 17, 8])[0])):
                    rid += 1
                    pid = prod_of[lid]
                    big = tipo == "grossista"
                    q = round(r.uniform(20, 160) if big else r.uniform(0.8, 6) if tipo == "privato"
                              else r.uniform(2.5, 35), 1)  # fmt: skip
                    disc = r.uniform(0.78, 0.9) if big else 1.0 if tipo == "privato" else r.uniform(0.88, 1.0)
                    price = round(prodotti[pid - 1][4] * 100 * disc)
                    righe.append((rid, oid, lid, q, price))
        day += dt.timedelta(days=1)
    assert lot_by_id
    write_tables(path, SALUMIFICIO_DDL, [
        ("fornitore", fornitori), ("prodotto", prodotti), ("lotto", lotti), ("controllo", controlli),
        ("cliente", clienti), ("ordine", ordini), ("riga_ordine", righe),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# cafezal (Brazilian Portuguese)
# ---------------------------------------------------------------------------------------------------------------

CAFEZAL_DDL = """
CREATE TABLE produtor (
    id_produtor INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    municipio TEXT NOT NULL,
    certificacao TEXT,
    data_adesao TEXT NOT NULL
);
CREATE TABLE talhao (
    id_talhao INTEGER PRIMARY KEY,
    id_produtor INTEGER NOT NULL REFERENCES produtor(id_produtor),
    nome TEXT NOT NULL,
    area_hectares REAL NOT NULL,
    variedade TEXT NOT NULL,
    altitude_m INTEGER NOT NULL
);
CREATE TABLE colheita (
    id_colheita INTEGER PRIMARY KEY,
    id_talhao INTEGER NOT NULL REFERENCES talhao(id_talhao),
    data_colheita TEXT NOT NULL,
    volume_litros INTEGER NOT NULL,
    metodo TEXT NOT NULL
);
CREATE TABLE lote (
    id_lote INTEGER PRIMARY KEY,
    codigo TEXT NOT NULL UNIQUE,
    id_talhao INTEGER NOT NULL REFERENCES talhao(id_talhao),
    data_entrega TEXT NOT NULL,
    peso_kg REAL NOT NULL,
    processo TEXT NOT NULL,
    pontuacao_sca REAL,
    peneira INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE comprador (
    id_comprador INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    pais TEXT NOT NULL,
    tipo TEXT NOT NULL
);
CREATE TABLE venda (
    id_venda INTEGER PRIMARY KEY,
    id_lote INTEGER NOT NULL REFERENCES lote(id_lote),
    id_comprador INTEGER NOT NULL REFERENCES comprador(id_comprador),
    data_venda TEXT NOT NULL,
    sacas INTEGER NOT NULL,
    preco_saca_centavos INTEGER NOT NULL,
    situacao TEXT NOT NULL
);
"""


def build_cafezal(path: Path) -> None:
    r = random.Random(110_002)
    prenomes = ["José", "Maria", "João", "Ana", "Antônio", "Francisca", "Carlos", "Aparecida", "Paulo", "Luiza",
                "Sebastião", "Rosângela", "Geraldo", "Terezinha", "Marcos", "Cláudia", "Ronaldo", "Helena",
                "Wagner", "Lúcia"]  # fmt: skip
    sobrenomes = ["Ribeiro", "Souza", "Oliveira", "Pereira", "Carvalho", "Andrade", "Junqueira", "Reis", "Vilela",
                  "Figueiredo", "Mendes", "Teixeira", "Rezende", "Siqueira", "Nogueira", "Brandão"]  # fmt: skip
    municipios = ["Carmo de Minas", "Três Pontas", "Varginha", "Boa Esperança", "Santo Antônio do Amparo",
                  "Cristina", "Campos Gerais"]  # fmt: skip
    mweights = [14, 10, 7, 5, 4, 3, 3]
    produtores = []
    names: list[str] = []
    while len(names) < 46:
        n = f"{r.choice(prenomes)} {r.choice(sobrenomes)}"
        if n not in names:
            names.append(n)
    for i, n in enumerate(names, 1):
        cert = r.choices([None, "orgânico", "Rainforest", "Fairtrade"], weights=[55, 12, 20, 13])[0]
        adesao = day_between(r, dt.date(2006, 3, 1), dt.date(2021, 12, 20))
        produtores.append((i, n, r.choices(municipios, weights=mweights)[0], cert, iso(adesao)))
    plot_names = ["Talhão do Açude", "Talhão da Mata", "Alto da Serra", "Baixada", "Talhão Novo", "Pasto Velho",
                  "Boa Vista", "Cafezal da Cruz", "Talhão do Córrego", "Morro Alto", "Canto do Ipê"]  # fmt: skip
    variedades = ["Catuaí Amarelo", "Catuaí Vermelho", "Bourbon Amarelo", "Mundo Novo", "Topázio", "Arara",
                  "Geisha"]  # fmt: skip
    vweights = [30, 22, 14, 12, 8, 10, 2]
    talhoes = []
    tid = 0
    for p in produtores:
        for nome in r.sample(plot_names, r.choices([1, 2, 3, 4, 5], weights=[15, 30, 28, 17, 10])[0]):
            tid += 1
            alt = r.randint(880, 1380) if p[2] in ("Carmo de Minas", "Cristina") else r.randint(820, 1180)
            talhoes.append((tid, p[0], nome, round(r.uniform(0.8, 16.0), 1), r.choices(variedades, weights=vweights)[0],
                            alt))  # fmt: skip
    colheitas = []
    cid = 0
    seasons = [(2022, dt.date(2022, 5, 2), dt.date(2022, 9, 30)), (2023, dt.date(2023, 5, 2), dt.date(2023, 9, 29)),
               (2024, dt.date(2024, 5, 6), dt.date(2024, 9, 27)), (2025, dt.date(2025, 5, 5), END)]  # fmt: skip
    for t in talhoes:
        for _year, s0, s1 in seasons:
            if r.random() < 0.1:
                continue
            k = max(1, round(t[3] * r.uniform(0.4, 0.9)))
            if s1 == END:
                k = max(1, k // 3) if r.random() < 0.6 else 0
            method = r.choices(["manual", "derriça", "mecanizada"], weights=[3, 4, 3])[0]
            for d in sorted(day_between(r, s0, s1) for _ in range(k)):
                cid += 1
                colheitas.append((cid, t[0], iso(d), r.randrange(800, 9000, 20), method))
    lotes = []
    lid = 0
    seq: dict[int, int] = {}
    for t in talhoes:
        for year, _s0, s1 in seasons:
            if year == 2025:
                n = 1 if r.random() < 0.12 else 0
            else:
                n = r.choices([0, 1, 2, 3], weights=[18, 45, 27, 10])[0]
            for _ in range(n):
                if year == 2025:
                    d = day_between(r, dt.date(2025, 6, 2), END)
                else:
                    d = day_between(r, dt.date(year, 6, 10), min(END, s1 + dt.timedelta(days=60)))
                lid += 1
                seq[year] = seq.get(year, 0) + 1
                processo = r.choices(["natural", "cereja descascado", "lavado"], weights=[50, 38, 12])[0]
                base = 81.0 + (t[5] - 1000) / 120 + (1.2 if processo != "natural" else 0) + r.gauss(0, 1.6)
                if t[4] == "Geisha":
                    base += 3.5
                score = round(min(max(base, 76.0), 92.0), 2)
                if (END - d).days < 35 or r.random() < 0.05:
                    score = None
                peso = round(r.randrange(6, 160) * 60 * r.uniform(0.97, 1.0), 1)
                lotes.append([lid, f"SM-{year}-{seq[year]:04d}", t[0], iso(d), peso, processo, score,
                              r.choices([14, 15, 16, 17, 18, 19], weights=[4, 10, 26, 30, 22, 8])[0], "armazenado"])
    compradores = [
        (1, "Sucafina Brasil", "Brasil", "exportadora"), (2, "Cooxupé Trading", "Brasil", "exportadora"),
        (3, "Maruyama Coffee", "Japão", "torrefação"), (4, "Onibus Coffee", "Japão", "cafeteria"),
        (5, "Counter Culture", "Estados Unidos", "torrefação"), (6, "Blue Bottle", "Estados Unidos", "torrefação"),
        (7, "Quijote Kaffee", "Alemanha", "torrefação"), (8, "Bonanza Coffee", "Alemanha", "cafeteria"),
        (9, "Torrefazione Lazzarin", "Itália", "torrefação"), (10, "Fritz Coffee", "Coreia do Sul", "torrefação"),
        (11, "Coffee Libre", "Coreia do Sul", "cafeteria"), (12, "Ona Coffee", "Austrália", "torrefação"),
        (13, "Octavio Café", "Brasil", "cafeteria"), (14, "Isso é Café", "Brasil", "cafeteria"),
        (15, "Volcafe", "Brasil", "exportadora"), (16, "Nomad Coffee Lab", "Japão", "torrefação"),
        (17, "Ritual Roasters", "Estados Unidos", "torrefação"),
    ]  # fmt: skip
    bweights = [14, 11, 5, 2, 4, 3, 3, 1, 2, 3, 1, 2, 2, 1, 9, 0, 1]  # Nomad Coffee Lab never bought
    vendas = []
    vid = 0
    for lot in lotes:
        d0 = dt.date.fromisoformat(lot[3])
        if lot[6] is None or r.random() < 0.22:
            if lot[6] is not None and r.random() < 0.3:
                lot[8] = "reservado"
            continue
        ds = d0 + dt.timedelta(days=r.randint(12, 260))
        if ds > END:
            if r.random() < 0.4:
                lot[8] = "reservado"
            continue
        vid += 1
        comp = r.choices(compradores, weights=bweights)[0][0]
        sacas = round(lot[4] / 60)
        preco = round((1050 + (lot[6] - 80) * 140 + (d0.year - 2022) * 260 + r.uniform(-60, 60)) * 100)
        if (END - ds).days < 30:
            sit = r.choice(["pago", "pendente", "pendente"])
        else:
            sit = r.choices(["pago", "cancelado", "pendente"], weights=[90, 6, 4])[0]
        vendas.append((vid, lot[0], comp, iso(ds), sacas, preco, sit))
        if sit == "cancelado":
            lot[8] = "armazenado"
        else:
            lot[8] = "vendido"
    write_tables(path, CAFEZAL_DDL, [
        ("produtor", produtores), ("talhao", talhoes), ("colheita", colheitas), ("lote", lotes),
        ("comprador", compradores), ("venda", vendas),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# bursztyn (Polish, DD.MM.YYYY dates)
# ---------------------------------------------------------------------------------------------------------------

BURSZTYN_DDL = """
CREATE TABLE dostawca (
    id_dostawcy INTEGER PRIMARY KEY,
    nazwa TEXT NOT NULL,
    miejscowosc TEXT NOT NULL,
    telefon TEXT
);
CREATE TABLE partia_surowca (
    id_partii INTEGER PRIMARY KEY,
    id_dostawcy INTEGER NOT NULL REFERENCES dostawca(id_dostawcy),
    data_zakupu TEXT NOT NULL,
    masa_g REAL NOT NULL,
    kolor TEXT NOT NULL,
    cena_grosze INTEGER NOT NULL
);
CREATE TABLE rzemieslnik (
    id_rzemieslnika INTEGER PRIMARY KEY,
    imie TEXT NOT NULL,
    nazwisko TEXT NOT NULL,
    specjalizacja TEXT NOT NULL,
    data_zatrudnienia TEXT NOT NULL,
    aktywny INTEGER NOT NULL
);
CREATE TABLE wyrob (
    id_wyrobu INTEGER PRIMARY KEY,
    nazwa TEXT NOT NULL,
    rodzaj TEXT NOT NULL,
    id_partii INTEGER NOT NULL REFERENCES partia_surowca(id_partii),
    id_rzemieslnika INTEGER NOT NULL REFERENCES rzemieslnik(id_rzemieslnika),
    masa_bursztynu_g REAL NOT NULL,
    srebro_g REAL,
    cena_katalogowa_grosze INTEGER NOT NULL,
    data_wykonania TEXT NOT NULL
);
CREATE TABLE klient (
    id_klienta INTEGER PRIMARY KEY,
    imie TEXT NOT NULL,
    nazwisko TEXT NOT NULL,
    miasto TEXT NOT NULL,
    kraj TEXT NOT NULL,
    email TEXT
);
CREATE TABLE zamowienie (
    id_zamowienia INTEGER PRIMARY KEY,
    id_klienta INTEGER NOT NULL REFERENCES klient(id_klienta),
    data_zlozenia TEXT NOT NULL,
    kanal TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE pozycja_zamowienia (
    id_pozycji INTEGER PRIMARY KEY,
    id_zamowienia INTEGER NOT NULL REFERENCES zamowienie(id_zamowienia),
    id_wyrobu INTEGER NOT NULL REFERENCES wyrob(id_wyrobu),
    cena_grosze INTEGER NOT NULL
);
"""


def build_bursztyn(path: Path) -> None:
    r = random.Random(110_003)
    dostawcy = [
        (1, "Bursztyn Bałtycki Jantar", "Jantar", "58 300 11 42"), (2, "Firma Połowowa Stegna", "Stegna", None),
        (3, "Amber Kopalnia Sp. z o.o.", "Gdańsk", "58 341 20 77"), (4, "Zbigniew Rybak", "Krynica Morska", None),
        (5, "Jantar-Pol", "Sopot", "58 551 09 12"), (6, "Nadmorski Skarb", "Władysławowo", "58 674 33 10"),
        (7, "Kaszubski Bursztyn", "Puck", None), (8, "Amber Trade Elbląg", "Elbląg", "55 232 18 90"),
        (9, "Pracownia Surowca Mierzeja", "Kąty Rybackie", None),
    ]  # fmt: skip
    dweights = [20, 8, 25, 4, 12, 9, 5, 14, 0]  # the last supplier never delivered
    kolory = ["koniakowy", "miodowy", "cytrynowy", "mleczny", "zielony", "wiśniowy"]
    kweights = [34, 26, 16, 14, 6, 4]
    price_per_g = {"koniakowy": 9.0, "miodowy": 10.0, "cytrynowy": 11.0, "mleczny": 14.0, "zielony": 12.0,
                   "wiśniowy": 22.0}  # fmt: skip
    partie = []
    for _i in range(1, 171):
        d = day_between(r, dt.date(2022, 1, 3), dt.date(2025, 6, 10))
        partie.append((d, r.choices(dostawcy, weights=dweights)[0][0]))
    partie.sort()
    partie_rows = []
    part_info = []
    for i, (d, dost) in enumerate(partie, 1):
        kolor = r.choices(kolory, weights=kweights)[0]
        masa = round(r.uniform(150, 2600), 1)
        cena = round(masa * price_per_g[kolor] * r.uniform(0.85, 1.2) * (1 + 0.06 * (d.year - 2022)) * 100)
        partie_rows.append((i, dost, _pl(d), masa, kolor, cena))
        part_info.append((i, d, kolor))
    artisans = [
        ("Tomasz", "Wiśniewski", "szlifowanie", dt.date(2009, 4, 1), 1),
        ("Katarzyna", "Nowak", "oprawa w srebro", dt.date(2012, 9, 3), 1),
        ("Piotr", "Kowalski", "rzeźba", dt.date(2014, 2, 17), 1),
        ("Agnieszka", "Zielińska", "oprawa w srebro", dt.date(2016, 5, 9), 1),
        ("Marek", "Dąbrowski", "szlifowanie", dt.date(2017, 10, 2), 0),
        ("Magdalena", "Lewandowska", "oprawa w srebro", dt.date(2018, 3, 12), 1),
        ("Paweł", "Szymański", "szlifowanie", dt.date(2019, 6, 24), 1),
        ("Ewa", "Kozłowska", "rzeźba", dt.date(2020, 1, 13), 0),
        ("Michał", "Wójcik", "oprawa w srebro", dt.date(2021, 8, 30), 1),
        ("Joanna", "Kamińska", "szlifowanie", dt.date(2022, 11, 7), 1),
        ("Jakub", "Mazur", "oprawa w srebro", dt.date(2023, 9, 4), 1),
        ("Zofia", "Krawczyk", "szlifowanie", dt.date(2024, 4, 15), 1),
        ("Bartosz", "Grabowski", "rzeźba", dt.date(2025, 5, 5), 1),
    ]
    rzem = [(i, a[0], a[1], a[2], _pl(a[3]), a[4]) for i, a in enumerate(artisans, 1)]
    left = {5: dt.date(2023, 12, 31), 8: dt.date(2024, 8, 30)}
    aweights = [9, 8, 4, 7, 6, 7, 6, 3, 5, 5, 4, 3, 1]
    modele = {
        "pierścionek": ["Pierścionek Fala", "Pierścionek Bałtyk", "Pierścionek Słońce", "Pierścionek Klasyk"],
        "wisior": ["Wisior Kropla", "Wisior Serce", "Wisior Liść", "Wisior Inkluzja"],
        "kolczyki": ["Kolczyki Mewa", "Kolczyki Krople", "Kolczyki Sztyfty"],
        "bransoleta": ["Bransoleta Mierzeja", "Bransoleta Kamyki"],
        "korale": ["Korale Oliwki", "Korale Surowe", "Korale Bursztynowe Oczka"],
        "broszka": ["Broszka Kaszubska", "Broszka Ważka"],
    }
    rweights = {"pierścionek": 24, "wisior": 30, "kolczyki": 20, "bransoleta": 10, "korale": 11, "broszka": 5}
    amber_g = {"pierścionek": (1.5, 6), "wisior": (2, 14), "kolczyki": (1.5, 7), "bransoleta": (8, 30),
               "korale": (20, 90), "broszka": (4, 16)}  # fmt: skip
    silver_g = {"pierścionek": (2, 6), "wisior": (1.5, 5), "kolczyki": (2, 6), "bransoleta": (8, 22),
                "korale": (0.5, 2), "broszka": (3, 9)}  # fmt: skip
    wyroby = []
    wid = 0
    for pid, pd, kolor in part_info:
        n = r.randint(3, 13)
        for _ in range(n):
            d = pd + dt.timedelta(days=r.randint(5, 240))
            if d > END:
                continue
            if d.weekday() == 6:
                d -= dt.timedelta(days=1)
            cand = [a for a in range(1, 14) if artisans[a - 1][3] <= d and (a not in left or d <= left[a])]
            rz = r.choices(cand, weights=[aweights[a - 1] for a in cand])[0]
            spec = artisans[rz - 1][2]
            rodzaj = r.choices(list(rweights), weights=list(rweights.values()))[0]
            if spec == "rzeźba":
                rodzaj = r.choice(["wisior", "broszka", "wisior"])
            masa = round(r.uniform(*amber_g[rodzaj]), 1)
            srebro = None
            if spec != "szlifowanie" and rodzaj != "korale" and r.random() < 0.9:
                srebro = round(r.uniform(*silver_g[rodzaj]), 1)
            if rodzaj == "korale":
                srebro = round(r.uniform(*silver_g[rodzaj]), 1) if r.random() < 0.3 else None
            cena = masa * price_per_g[kolor] * 4.5 + (srebro or 0) * 9 + (120 if spec == "rzeźba" else 40)
            cena = round(cena / 10) * 10 * 100 - 100  # prices like 289.00 zł
            wid += 1
            model = r.choice(modele[rodzaj])
            wyroby.append((wid, model, rodzaj, pid, rz, masa, srebro, max(cena, 4900), _pl(d), d))
    kraje = [("Polska", 70), ("Niemcy", 12), ("Szwecja", 6), ("Norwegia", 4), ("Dania", 4), ("Wielka Brytania", 4)]
    miasta = {"Polska": ["Gdańsk", "Gdynia", "Sopot", "Warszawa", "Kraków", "Poznań", "Wrocław", "Łódź", "Toruń"],
              "Niemcy": ["Berlin", "Hamburg", "Lübeck"], "Szwecja": ["Sztokholm", "Malmö", "Karlskrona"],
              "Norwegia": ["Oslo", "Bergen"], "Dania": ["Kopenhaga", "Aarhus"],
              "Wielka Brytania": ["Londyn", "Edynburg"]}  # fmt: skip
    pl_imiona = [("Anna", "f"), ("Katarzyna", "f"), ("Małgorzata", "f"), ("Monika", "f"), ("Barbara", "f"),
                 ("Aleksandra", "f"), ("Marta", "f"), ("Dorota", "f"), ("Beata", "f"), ("Karolina", "f"),
                 ("Natalia", "f"), ("Ewa", "f"), ("Krzysztof", "m"), ("Andrzej", "m"), ("Jan", "m"),
                 ("Grzegorz", "m"), ("Łukasz", "m"), ("Adam", "m"), ("Wojciech", "m"), ("Marcin", "m"),
                 ("Rafał", "m"), ("Mateusz", "m"), ("Dariusz", "m"), ("Piotr", "m")]  # fmt: skip
    pl_nazw = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
               "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski",
               "Grabowski", "Pawłowski", "Michalski", "Król"]  # fmt: skip
    foreign = {"Niemcy": (["Ulrike", "Jürgen", "Sabine", "Klaus", "Heike", "Stefan", "Birgit", "Uwe", "Petra",
                          "Matthias"], ["Müller", "Schneider", "Becker", "Hoffmann", "Wagner", "Krüger", "Vogel",
                                        "Braun"]),
               "Szwecja": (["Ingrid", "Lars", "Karin", "Anders", "Maja"], ["Lindqvist", "Berg", "Holm", "Ek", "Sjöberg"]),
               "Norwegia": (["Solveig", "Ole", "Kari", "Bjørn", "Ingrid"], ["Hansen", "Bakke", "Haugen", "Dahl"]),
               "Dania": (["Mette", "Søren", "Lone", "Henrik", "Anne"], ["Jensen", "Madsen", "Poulsen", "Lund"]),
               "Wielka Brytania": (["Emily", "James", "Sarah", "Oliver", "Helen"],
                                   ["Taylor", "Evans", "Clarke", "Walsh", "Hughes"])}  # fmt: skip

    def fem(s: str) -> str:
        return s[:-1] + "a" if s.endswith(("ski", "cki", "dzki")) else s

    klienci = []
    seen: set[tuple[str, str]] = set()
    while len(klienci) < 390:
        kraj = r.choices([k for k, _ in kraje], weights=[w for _, w in kraje])[0]
        if kraj == "Polska":
            im, plec = r.choice(pl_imiona)
            nz = r.choice(pl_nazw)
            nz = fem(nz) if plec == "f" else nz
        else:
            im, nz = r.choice(foreign[kraj][0]), r.choice(foreign[kraj][1])
        miasto = r.choice(miasta[kraj])
        if (im, nz) in seen:
            continue
        seen.add((im, nz))
        email = None if r.random() < 0.3 else f"{im.lower()[:3]}.{len(klienci) + 1}@poczta.example"
        klienci.append((len(klienci) + 1, im, nz, miasto, kraj, email))
    zam = []
    poz = []
    unsold = sorted(wyroby, key=lambda w: w[9])
    sold: set[int] = set()
    zid = pid_ = 0
    d = dt.date(2022, 3, 1)
    kl_w = [r.paretovariate(2.2) * (0.35 if k[4] != "Polska" else 1.0) for k in klienci]
    while d <= END:
        season = 2.4 if d.month in (7, 8) else 1.6 if d.month in (6, 12) else 1.0
        for _ in range(r.choices([0, 1, 2], weights=[10 / season, 6, 2 * season])[0]):
            ready = [w for w in unsold if w[9] <= d and w[0] not in sold]
            if not ready:
                continue
            zid += 1
            kl = r.choices(klienci, weights=kl_w)[0][0]
            kanal = r.choices(["sklep", "internet", "targi"], weights=[50, 38, 12])[0]
            age = (END - d).days
            if age > 30:
                status = "anulowane" if r.random() < 0.06 else "zrealizowane"
            else:
                status = r.choices(["nowe", "w realizacji", "zrealizowane", "anulowane"], weights=[3, 3, 5, 1])[0]
            zam.append((zid, kl, _pl(d), kanal, status))
            k = r.choices([1, 2, 3], weights=[70, 22, 8])[0]
            for w in r.sample(ready[-120:], min(k, len(ready[-120:]))):
                pid_ += 1
                sold.add(w[0])
                disc = 1.0 if r.random() < 0.7 else r.choice([0.9, 0.85, 0.8])
                poz.append((pid_, zid, w[0], round(w[7] * disc)))
        d += dt.timedelta(days=1)
    write_tables(path, BURSZTYN_DDL, [
        ("dostawca", dostawcy), ("partia_surowca", partie_rows), ("rzemieslnik", rzem),
        ("wyrob", [w[:9] for w in wyroby]), ("klient", klienci), ("zamowienie", zam), ("pozycja_zamowienia", poz),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# barplockning (Swedish, self-referencing team leader)
# ---------------------------------------------------------------------------------------------------------------

BARPLOCKNING_DDL = """
CREATE TABLE plockare (
    plockare_id INTEGER PRIMARY KEY,
    fornamn TEXT NOT NULL,
    efternamn TEXT NOT NULL,
    hemland TEXT NOT NULL,
    lagledare_id INTEGER REFERENCES plockare(plockare_id),
    startdatum TEXT NOT NULL,
    aktiv INTEGER NOT NULL
);
CREATE TABLE omrade (
    omrade_id INTEGER PRIMARY KEY,
    namn TEXT NOT NULL,
    kommun TEXT NOT NULL,
    areal_ha REAL NOT NULL
);
CREATE TABLE bar (
    bar_id INTEGER PRIMARY KEY,
    namn TEXT NOT NULL,
    ersattning_ore_per_kg INTEGER NOT NULL
);
CREATE TABLE vagning (
    vagning_id INTEGER PRIMARY KEY,
    plockare_id INTEGER NOT NULL REFERENCES plockare(plockare_id),
    omrade_id INTEGER NOT NULL REFERENCES omrade(omrade_id),
    bar_id INTEGER NOT NULL REFERENCES bar(bar_id),
    datum TEXT NOT NULL,
    vikt_kg REAL NOT NULL,
    klass TEXT NOT NULL
);
CREATE TABLE kund (
    kund_id INTEGER PRIMARY KEY,
    namn TEXT NOT NULL,
    ort TEXT NOT NULL,
    land TEXT NOT NULL
);
CREATE TABLE leverans (
    leverans_id INTEGER PRIMARY KEY,
    kund_id INTEGER NOT NULL REFERENCES kund(kund_id),
    bar_id INTEGER NOT NULL REFERENCES bar(bar_id),
    leveransdatum TEXT NOT NULL,
    vikt_kg REAL NOT NULL,
    pris_kr_per_kg REAL NOT NULL,
    status TEXT NOT NULL
);
"""


def build_barplockning(path: Path) -> None:
    r = random.Random(110_004)
    names = {
        "Thailand": (["Somchai", "Niran", "Kanya", "Malee", "Prasert", "Suda", "Anong", "Chaiya", "Wichai", "Ratana",
                      "Boonsong", "Pim", "Sakda", "Noi"],
                     ["Srisuk", "Boonmee", "Chaiyaporn", "Kongkaew", "Saetang", "Wongsa", "Phromma", "Thongdee",
                      "Inthachak", "Sombat"]),
        "Sverige": (["Erik", "Anna", "Lars", "Karin", "Johan", "Elin", "Nils", "Sofia"],
                    ["Lindberg", "Nilsson", "Sandström", "Öberg", "Johansson", "Hedlund", "Lundqvist"]),
        "Ukraina": (["Oksana", "Taras", "Olena", "Mykola", "Iryna"], ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk"]),
        "Polen": (["Paweł", "Agata", "Tomasz"], ["Nowak", "Wójcik", "Zając"]),
        "Bulgarien": (["Georgi", "Ivana", "Dimitar"], ["Petrov", "Dimitrova", "Ivanov"]),
    }  # fmt: skip
    lands = ["Thailand", "Sverige", "Ukraina", "Polen", "Bulgarien"]
    lweights = [60, 14, 12, 8, 6]
    seasons = {2022: (dt.date(2022, 7, 18), dt.date(2022, 10, 7)), 2023: (dt.date(2023, 7, 17), dt.date(2023, 10, 6)),
               2024: (dt.date(2024, 7, 15), dt.date(2024, 10, 4))}  # fmt: skip
    people: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    while len(people) < 92:
        land = r.choices(lands, weights=lweights)[0]
        fn, en = r.choice(names[land][0]), r.choice(names[land][1])
        if (fn, en) in seen:
            continue
        seen.add((fn, en))
        people.append((fn, en, land))
    plockare = []
    years_of: dict[int, list[int]] = {}
    leaders = list(range(1, 10))  # the first nine are team leaders
    for i, (fn, en, land) in enumerate(people, 1):
        first = r.choices([2022, 2023, 2024], weights=[45, 30, 25])[0] if i > 9 else 2022
        ys = [y for y in (2022, 2023, 2024) if y >= first and (y == first or r.random() < 0.65)]
        if i <= 9:
            ys = [2022, 2023, 2024] if i != 7 else [2022, 2023]
        years_of[i] = ys
        start = seasons[first][0] - dt.timedelta(days=r.randint(0, 3))
        if i <= 9 and i % 3 == 0:
            start = dt.date(2019 + i // 3, 7, 15)
        ledare = None if i <= 9 else r.choices(leaders, weights=[9, 7, 6, 5, 4, 4, 2, 3, 2])[0]
        if 10 <= i <= 18:  # every leader has a team
            ledare = i - 9
        plockare.append((i, fn, en, land, ledare, iso(start), 1 if 2024 in ys else 0))
    omraden = [
        (1, "Storskogen", "Arvidsjaur", 420.0), (2, "Myrlandet", "Arvidsjaur", 260.5), (3, "Gallejaur", "Arvidsjaur", 185.0),
        (4, "Kvikkjokksfjället", "Jokkmokk", 910.0), (5, "Vuollerim norra", "Jokkmokk", 330.0),
        (6, "Blattnicksele", "Sorsele", 275.0), (7, "Gargnäs", "Sorsele", 150.0), (8, "Adak", "Malå", 390.0),
        (9, "Rökå", "Malå", 120.0), (10, "Björksele", "Lycksele", 305.0), (11, "Rusksele", "Lycksele", 240.0),
        (12, "Granbergsmyren", "Lycksele", 95.5), (13, "Kusfors", "Norsjö", 160.0), (14, "Bastuträsk", "Norsjö", 210.0),
    ]  # fmt: skip
    oweights = [14, 9, 6, 7, 8, 6, 4, 9, 3, 8, 6, 2, 4, 0]  # Bastuträsk never picked
    barsorter = [(1, "lingon", 1600), (2, "blåbär", 2300), (3, "hjortron", 9500), (4, "tranbär", 2800),
                 (5, "åkerbär", 12000)]  # fmt: skip
    windows = {1: (35, 80), 2: (5, 50), 3: (0, 24), 4: (55, 81), 5: (8, 30)}
    bw = {1: 48, 2: 40, 3: 7, 4: 4, 5: 1}
    kg = {1: (18, 115), 2: (12, 72), 3: (1.5, 13), 4: (6, 40), 5: (0.5, 4)}
    vag = []
    vid = 0
    skill = {p[0]: r.uniform(0.6, 1.35) for p in plockare}
    for p in plockare:
        for y in years_of[p[0]]:
            s0, s1 = seasons[y]
            home = r.choices([o[0] for o in omraden], weights=oweights)[0]
            for _ in range(r.randint(10, 22)):
                b = r.choices(list(bw), weights=list(bw.values()))[0]
                w0, w1 = windows[b]
                d = s0 + dt.timedelta(days=r.randint(w0, min(w1, (s1 - s0).days)))
                area = home if r.random() < 0.7 else r.choices([o[0] for o in omraden], weights=oweights)[0]
                v = round(r.uniform(*kg[b]) * skill[p[0]], 1)
                klass = r.choices(["A", "B", "K"], weights=[80, 16, 4])[0]
                vid += 1
                vag.append((vid, p[0], area, b, iso(d), v, klass))
    vag.sort(key=lambda v: (v[4], v[1]))
    vag = [(i, *v[1:]) for i, v in enumerate(vag, 1)]
    kunder = [
        (1, "Polarica AB", "Haparanda", "Sverige"), (2, "Dava Foods", "Stockholm", "Sverige"),
        (3, "Lapin Marja Oy", "Rovaniemi", "Finland"), (4, "Beerenhof Nord GmbH", "Hamburg", "Tyskland"),
        (5, "Hokkaido Berry Trading", "Sapporo", "Japan"), (6, "Nordisk Bärgrossist", "Umeå", "Sverige"),
        (7, "Frugt & Bær ApS", "Odense", "Danmark"), (8, "Van der Berg Fruit", "Rotterdam", "Nederländerna"),
        (9, "Kiruna Bageri", "Kiruna", "Sverige"), (10, "Saftfabriken i Skellefteå", "Skellefteå", "Sverige"),
        (11, "Tokyo Nordic Foods", "Tokyo", "Japan"), (12, "Marjatalo Oy", "Oulu", "Finland"),
        (13, "Waldfrucht KG", "München", "Tyskland"), (14, "Fjällsylt AB", "Östersund", "Sverige"),
        (15, "Arctic Taste", "Luleå", "Sverige"), (16, "Café Blåbärsskogen", "Arjeplog", "Sverige"),
    ]  # fmt: skip
    kw = [16, 10, 9, 8, 7, 6, 3, 4, 2, 5, 3, 3, 2, 2, 2, 0]  # the café never bought
    levs = []
    lid = 0
    d = dt.date(2022, 8, 8)
    base_price = {1: 28.0, 2: 42.0, 3: 185.0, 4: 55.0, 5: 240.0}
    while d <= END:
        if d.weekday() < 5:
            for _ in range(r.choices([0, 1, 2], weights=[62, 30, 8])[0]):
                lid += 1
                k = r.choices(kunder, weights=kw)[0][0]
                b = r.choices([1, 2, 3, 4, 5], weights=[42, 40, 11, 5, 2])[0]
                v = round(r.uniform(200, 4000) if b in (1, 2) else r.uniform(20, 400), 0)
                price = round(base_price[b] * (1 + 0.07 * (d.year - 2022)) * r.uniform(0.9, 1.12), 2)
                if (END - d).days < 8:
                    st = r.choice(["planerad", "levererad"])
                else:
                    st = "makulerad" if r.random() < 0.05 else "levererad"
                levs.append((lid, k, b, iso(d), v, price, st))
        d += dt.timedelta(days=1)
    write_tables(path, BARPLOCKNING_DDL, [
        ("plockare", plockare), ("omrade", omraden), ("bar", barsorter), ("vagning", vag), ("kund", kunder),
        ("leverans", levs),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# tortilleria (English)
# ---------------------------------------------------------------------------------------------------------------

TORTILLERIA_DDL = """
CREATE TABLE corn_suppliers (
    supplier_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    corn_color TEXT NOT NULL
);
CREATE TABLE corn_purchases (
    purchase_id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES corn_suppliers(supplier_id),
    purchase_date TEXT NOT NULL,
    weight_kg REAL NOT NULL,
    price_mxn_per_ton REAL NOT NULL,
    moisture_pct REAL NOT NULL
);
CREATE TABLE machines (
    machine_id INTEGER PRIMARY KEY,
    model TEXT NOT NULL,
    installed_on TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE production_runs (
    run_id INTEGER PRIMARY KEY,
    machine_id INTEGER NOT NULL REFERENCES machines(machine_id),
    run_date TEXT NOT NULL,
    shift TEXT NOT NULL,
    corn_kg REAL NOT NULL,
    masa_kg REAL NOT NULL,
    tortillas_kg REAL NOT NULL,
    operator TEXT
);
CREATE TABLE routes (
    route_id INTEGER PRIMARY KEY,
    route_name TEXT NOT NULL,
    driver_name TEXT NOT NULL,
    van_plate TEXT NOT NULL
);
CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    neighborhood TEXT NOT NULL,
    route_id INTEGER NOT NULL REFERENCES routes(route_id),
    opened_on TEXT NOT NULL
);
CREATE TABLE deliveries (
    delivery_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    delivery_date TEXT NOT NULL,
    kg_delivered REAL NOT NULL,
    price_cents_per_kg INTEGER NOT NULL,
    returned_kg REAL,
    paid INTEGER NOT NULL
);
"""


def build_tortilleria(path: Path) -> None:
    r = random.Random(110_005)
    suppliers = [
        (1, "Granos del Bajío", "Jalisco", "white"), (2, "Maíces Selectos de Sinaloa", "Sinaloa", "white"),
        (3, "Agrícola Los Altos", "Jalisco", "white"), (4, "Cooperativa Maíz Azul Tlaxcala", "Tlaxcala", "blue"),
        (5, "Comercializadora Chihuahua", "Chihuahua", "yellow"), (6, "Ejido San Martín", "Jalisco", "white"),
        (7, "Granos Michoacanos", "Michoacán", "white"), (8, "Milpa Viva Oaxaca", "Oaxaca", "blue"),
        (9, "Tamaulipas Grain Co.", "Tamaulipas", "yellow"),
    ]  # fmt: skip
    sw = [30, 22, 14, 6, 5, 9, 8, 4, 2]
    purchases = []
    pid = 0
    d = dt.date(2023, 1, 4)
    while d <= END:
        pid += 1
        s = r.choices(suppliers, weights=sw)[0]
        base = 6200 + (d - dt.date(2023, 1, 1)).days * 0.9 + (1800 if s[3] == "blue" else 0)
        weight = float(r.randrange(8, 32) * 1000) if s[3] != "blue" else float(r.randrange(1, 5) * 1000)
        purchases.append((pid, s[0], iso(d), weight, round(base * r.uniform(0.93, 1.08), 0),
                          round(r.uniform(11.0, 15.5), 1)))  # fmt: skip
        d += dt.timedelta(days=r.randint(2, 6))
    machines = [
        (1, "Celorio CH-30", "2016-03-14", "retired"), (2, "Celorio CH-30", "2018-07-02", "active"),
        (3, "Verástegui VM-100", "2020-01-20", "active"), (4, "Lenin Tortilladora L-80", "2021-09-06", "under repair"),
        (5, "Verástegui VM-100", "2024-02-12", "active"),
    ]  # fmt: skip
    operators = ["Rosa Medina", "Juan Carlos Ruiz", "Lupita Hernández", "Efraín Soto", "Marisol Vega"]
    runs = []
    rid = 0
    d = dt.date(2023, 1, 2)
    while d <= END:
        if d.weekday() < 6:
            avail = [1, 2, 3] if d <= dt.date(2024, 1, 31) else [2, 3, 5]  # line 1 retired, line 5 installed
            if dt.date(2023, 5, 1) <= d <= dt.date(2025, 5, 20):
                avail.append(4)
            shifts = ["AM", "PM"] if d.weekday() < 5 else ["AM"]
            for sh in shifts:
                for m in r.sample(avail, 1 if sh == "PM" else min(2, len(avail))):
                    rid += 1
                    corn = round(r.uniform(280, 820), 0)
                    masa = round(corn * r.uniform(1.7, 1.85), 0)
                    tort = round(masa * r.uniform(0.84, 0.9), 0)
                    op = None if r.random() < 0.07 else r.choice(operators)
                    runs.append((rid, m, iso(d), sh, corn, masa, tort, op))
        d += dt.timedelta(days=1)
    routes = [
        (1, "Centro", "Arturo Gómez", "JAL-4821-B"), (2, "Tlaquepaque", "Ramiro Castañeda", "JAL-7710-C"),
        (3, "Zapopan Norte", "Héctor Ibarra", "JAL-3302-A"), (4, "Tonalá", "Noé Villalobos", "JAL-9145-D"),
        (5, "Providencia", "Iván Lozano", "JAL-5567-B"), (6, "Oblatos", "Fidel Cárdenas", "JAL-2290-E"),
        (7, "Tlajomulco", "Samuel Ochoa", "JAL-6638-F"),
    ]  # fmt: skip
    hoods = {1: ["Centro", "Mexicaltzingo", "Analco"], 2: ["Tlaquepaque Centro", "Las Juntas", "San Pedrito"],
             3: ["Zapopan Centro", "Arcos de Zapopan", "Tesistán"], 4: ["Tonalá Centro", "Santa Paula"],
             5: ["Providencia", "Chapalita", "Americana"], 6: ["Oblatos", "San Andrés", "Jardines del Bosque"],
             7: ["Tlajomulco Centro", "Santa Fe"]}  # fmt: skip
    kinds = ["tienda"] * 58 + ["restaurant"] * 30 + ["market stall"] * 18 + ["supermarket"] * 6
    r.shuffle(kinds)
    tienda_names = ["Abarrotes", "Tienda", "Miscelánea"]
    owners = ["Doña Mary", "Lupita", "El Güero", "La Esperanza", "San Judas", "Los Pinos", "El Sol", "Don Chuy",
              "La Guadalupana", "El Porvenir", "Santa Rita", "La Esquina", "Los Compadres", "Marisela", "La Palma",
              "El Rosario", "Don Beto", "La Perla", "Las Flores", "El Trébol"]  # fmt: skip
    rest_names = ["Birriería", "Taquería", "Fonda", "Cenaduría", "Mariscos", "Pozolería"]
    customers = []
    used: set[str] = set()
    for i, kind in enumerate(kinds, 1):
        route = r.choices([1, 2, 3, 4, 5, 6, 7], weights=[20, 16, 18, 12, 10, 14, 8])[0]
        hood = r.choice(hoods[route])
        while True:
            if kind == "tienda":
                nm = f"{r.choice(tienda_names)} {r.choice(owners)}"
            elif kind == "restaurant":
                nm = f"{r.choice(rest_names)} {r.choice(owners)}"
            elif kind == "market stall":
                nm = f"Puesto {r.choice(owners)} (Mercado {r.choice(['Corona', 'San Juan de Dios', 'Libertad', 'Alcalde'])})"
            else:
                nm = f"{r.choice(['Súper Gala', 'Abarrotera Jalisco', 'Mercado Soriana', 'Súper Kiosko'])} {hood}"
            if nm not in used:
                used.add(nm)
                break
        opened = day_between(r, dt.date(2012, 1, 1), dt.date(2025, 5, 31))
        if i % 17 == 0:
            opened = day_between(r, dt.date(2025, 4, 1), dt.date(2025, 6, 10))
        customers.append((i, nm, kind, hood, route, iso(opened)))
    silent = {c[0] for c in customers if c[5] >= "2025-06-01"} | {13, 58, 91}
    # customers lost along the way: no delivery after their last day
    lost = {c[0]: day_between(r, dt.date(2024, 3, 1), dt.date(2025, 5, 15)) for c in customers
            if c[0] % 11 == 5 and c[0] not in silent and c[5] < "2024-01-01"}  # fmt: skip
    deliveries = []
    did = 0
    size = {"tienda": (8, 40), "restaurant": (10, 55), "market stall": (15, 70), "supermarket": (80, 320)}
    freq = {"tienda": 0.08, "restaurant": 0.09, "market stall": 0.12, "supermarket": 0.22}
    d = dt.date(2024, 1, 2)
    while d <= END:
        if d.weekday() < 6:
            for c in customers:
                if c[0] in silent or c[5] > iso(d) or (c[0] in lost and d > lost[c[0]]) or r.random() > freq[c[2]]:
                    continue
                did += 1
                base = 2150 if d.year == 2024 else 2380
                if c[2] == "supermarket":
                    base -= 250
                price = base + r.choice([0, 0, 0, 50, 100])
                kgd = round(r.uniform(*size[c[2]]), 1)
                ret = round(r.uniform(0.5, kgd * 0.15), 1) if r.random() < 0.09 else None
                paid = 1 if (END - d).days > 30 or r.random() < 0.6 else 0
                if (END - d).days > 30 and r.random() < 0.01:
                    paid = 0
                deliveries.append((did, c[0], iso(d), kgd, price, ret, paid))
        d += dt.timedelta(days=1)
    write_tables(path, TORTILLERIA_DDL, [
        ("corn_suppliers", suppliers), ("corn_purchases", purchases), ("machines", machines),
        ("production_runs", runs), ("routes", routes), ("customers", customers), ("deliveries", deliveries),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# weavecoop (English, self-referencing mentor)
# ---------------------------------------------------------------------------------------------------------------

WEAVECOOP_DDL = """
CREATE TABLE communities (
    community_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    altitude_m INTEGER NOT NULL
);
CREATE TABLE weavers (
    weaver_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    community_id INTEGER NOT NULL REFERENCES communities(community_id),
    mentor_id INTEGER REFERENCES weavers(weaver_id),
    joined_on TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    is_active INTEGER NOT NULL
);
CREATE TABLE fibres (
    fibre_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    cost_usd_per_kg REAL NOT NULL
);
CREATE TABLE pieces (
    piece_id INTEGER PRIMARY KEY,
    weaver_id INTEGER NOT NULL REFERENCES weavers(weaver_id),
    fibre_id INTEGER NOT NULL REFERENCES fibres(fibre_id),
    kind TEXT NOT NULL,
    dye TEXT NOT NULL,
    started_on TEXT NOT NULL,
    finished_on TEXT,
    weight_g INTEGER NOT NULL,
    list_price_usd REAL NOT NULL
);
CREATE TABLE sales (
    sale_id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL UNIQUE REFERENCES pieces(piece_id),
    sold_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    price_usd REAL NOT NULL,
    buyer_country TEXT NOT NULL
);
CREATE TABLE workshops (
    workshop_id INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(community_id),
    topic TEXT NOT NULL,
    held_on TEXT NOT NULL,
    instructor_id INTEGER NOT NULL REFERENCES weavers(weaver_id),
    hours REAL NOT NULL
);
CREATE TABLE workshop_attendance (
    workshop_id INTEGER NOT NULL REFERENCES workshops(workshop_id),
    weaver_id INTEGER NOT NULL REFERENCES weavers(weaver_id),
    PRIMARY KEY (workshop_id, weaver_id)
);
"""


def build_weavecoop(path: Path) -> None:
    r = random.Random(110_006)
    communities = [
        (1, "Chinchero", "Cusco", 3762), (2, "Pitumarca", "Cusco", 3570), (3, "Accha Alta", "Cusco", 3950),
        (4, "Patabamba", "Cusco", 3800), (5, "Santa Cruz de Sallac", "Cusco", 3500), (6, "Taquile", "Puno", 3950),
        (7, "Amantaní", "Puno", 3840), (8, "Chahuaytire", "Cusco", 3900),
    ]  # fmt: skip
    cw = [22, 16, 10, 9, 8, 18, 12, 5]
    firsts = ["Nilda", "Juana", "Rufina", "Martina", "Benita", "Hilaria", "Máxima", "Felicitas", "Gregoria",
              "Celestina", "Santusa", "Yolanda", "Marcelina", "Dionisia", "Teodora", "Vilma", "Eusebia",
              "Florentina", "Simeón", "Justo", "Alejandro", "Paulina", "Norma", "Luzmila"]  # fmt: skip
    lasts = ["Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Callañaupa", "Sutta", "Choque", "Puma",
             "Apaza", "Huillca", "Cusi", "Yupanqui", "Rojas", "Flores", "Pumayalli"]  # fmt: skip
    weavers = []
    seen: set[tuple[str, str]] = set()
    founders = 8
    n = 0
    while n < 118:
        fn, ln = r.choice(firsts), r.choice(lasts)
        if (fn, ln) in seen:
            continue
        seen.add((fn, ln))
        n += 1
        comm = n if n <= founders else r.choices([c[0] for c in communities], weights=cw)[0]
        if n <= founders:
            joined = day_between(r, dt.date(2008, 1, 1), dt.date(2010, 12, 31))
            mentor = None
            by = r.randint(1952, 1968)
        else:
            joined = day_between(r, dt.date(2011, 1, 1), dt.date(2025, 5, 30))
            pool = [w[0] for w in weavers if w[5] < iso(joined) and w[3] == comm] or [comm]
            mentor = r.choice(pool[:12])
            by = r.randint(1960, 2006)
        active = 0 if r.random() < 0.12 else 1
        weavers.append((n, fn, ln, comm, mentor, iso(joined), by, active))
    fibres = [(1, "baby alpaca", 62.0), (2, "alpaca", 38.0), (3, "alpaca suri", 55.0), (4, "sheep wool", 14.5),
              (5, "llama", 21.0), (6, "vicuña blend", 310.0)]  # fmt: skip
    kinds = {"poncho": (900, 1600, 180), "manta": (500, 1100, 140), "chullo": (90, 180, 28), "scarf": (120, 280, 45),
             "table runner": (250, 600, 70), "bag": (200, 450, 38)}  # fmt: skip
    kw = [10, 16, 22, 24, 14, 14]
    dyes = ["cochineal", "indigo", "chilca", "qolle", "undyed", "synthetic"]
    dw = [30, 20, 14, 10, 18, 8]
    pieces = []
    sales = []
    pid = sid = 0
    skill = {w[0]: r.paretovariate(2.0) for w in weavers}
    countries = ["Peru", "United States", "Germany", "Japan", "France", "Canada", "Netherlands", "Chile"]
    ccw = [22, 30, 12, 9, 8, 7, 5, 7]
    for w in weavers:
        start = max(dt.date.fromisoformat(w[5]), dt.date(2022, 1, 3))
        if start > END:
            continue
        k = int(skill[w[0]] * r.randint(2, 9)) if w[7] else r.randint(0, 3)
        for _ in range(k):
            kind = r.choices(list(kinds), weights=kw)[0]
            fib = r.choices([f[0] for f in fibres], weights=[14, 40, 8, 22, 14, 2])[0]
            if kind == "chullo":
                fib = r.choice([2, 4, 5])
            s = day_between(r, start, END)
            dur = r.randint(4, 30) if kind in ("chullo", "scarf", "bag") else r.randint(20, 120)
            fin = s + dt.timedelta(days=dur)
            fin_s = iso(fin) if fin <= END else None
            g0, g1, base = kinds[kind]
            weight = r.randint(g0, g1)
            price = round(base * (fibres[fib - 1][2] / 38.0) ** 0.6 * (1.15 if w[0] <= founders else 1.0)
                          * r.uniform(0.85, 1.25) / 5) * 5  # fmt: skip
            dye = r.choices(dyes, weights=dw)[0]
            pid += 1
            pieces.append((pid, w[0], fib, kind, dye, iso(s), fin_s, weight, float(price)))
            if fin_s and r.random() < 0.72:
                so = fin + dt.timedelta(days=r.randint(3, 200))
                if so <= END:
                    sid += 1
                    ch = r.choices(["fair", "coop shop", "online", "wholesale"], weights=[30, 35, 20, 15])[0]
                    got = price * (r.uniform(0.6, 0.75) if ch == "wholesale" else r.uniform(0.85, 1.0))
                    sales.append((sid, pid, iso(so), ch, round(got, 2), r.choices(countries, weights=ccw)[0]))
    sales.sort(key=lambda s: s[2])
    sales = [(i, *s[1:]) for i, s in enumerate(sales, 1)]
    topics = ["natural dyeing with cochineal", "backstrap loom techniques", "pricing and costing",
              "pallay pattern design", "spinning with the pushka", "online sales photography", "indigo vats"]  # fmt: skip
    workshops = []
    att = []
    wid = 0
    d = dt.date(2022, 2, 12)
    while d <= END:
        wid += 1
        comm = r.choices([c[0] for c in communities], weights=cw)[0]
        seniors = [w for w in weavers if w[5] < iso(d) and w[7] == 1 and w[6] < 1985]
        instr = r.choice([w for w in seniors if w[3] == comm] or seniors)[0]
        topic = r.choice(topics)
        workshops.append((wid, comm, topic, iso(d), instr, r.choice([3.0, 4.0, 6.0, 8.0])))
        local = [w[0] for w in weavers if w[3] == comm and w[5] < iso(d) and w[0] != instr]
        others = [w[0] for w in weavers if w[3] != comm and w[5] < iso(d) and w[0] != instr]
        who = r.sample(local, min(len(local), r.randint(3, 12)))
        who += r.sample(others, min(len(others), r.randint(0, 3)))
        for x in sorted(who):
            att.append((wid, x))
        d += dt.timedelta(days=r.randint(14, 45))
    write_tables(path, WEAVECOOP_DDL, [
        ("communities", communities), ("weavers", weavers), ("fibres", fibres), ("pieces", pieces),
        ("sales", sales), ("workshops", workshops), ("workshop_attendance", att),
    ])  # fmt: skip


BUILDERS = {
    "salumificio": build_salumificio,
    "cafezal": build_cafezal,
    "bursztyn": build_bursztyn,
    "barplockning": build_barplockning,
    "tortilleria": build_tortilleria,
    "weavecoop": build_weavecoop,
}
