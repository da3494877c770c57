"""Six small manufacturing / retail SQLite databases for the blind English-to-SQL corpus 107.

All data is synthetic and deterministic (``random.Random`` with a fixed seed per database).  The data ends on
2025-06-14; "today" is 2025-06-15, so "this year" is 2025, "last month" is May 2025, "last quarter" is
January-March 2025 and "since March" means on or after 2025-03-01.  Dates are ISO text ('YYYY-MM-DD') unless
stated otherwise (lasercut stores unix epoch seconds, haberdashery stores sale times as 'YYYY-MM-DD HH:MM:SS').

kaarsenmakerij -- a Dutch candle workshop near Utrecht with a shop, market stall, webshop and wholesale trade
(Dutch table, column and value names; money in REAL euros)
    klant(klant_id, naam, plaats, klanttype, aangemeld_op)
                                                160 customers (klant).  naam is a person ("Sanne de Vries") or a
                                                shop ("Woonwinkel De Linde"); plaats = town (Utrecht, Amersfoort,
                                                Zeist, Houten, Nieuwegein, Hilversum); klanttype 'P' = particulier
                                                (private person), 'Z' = zakelijk (business / reseller);
                                                aangemeld_op = date the customer registered.  14 never ordered.
    medewerker(medewerker_id, naam, functie, in_dienst_sinds, uurloon)
                                                11 employees; functie (job) 'chef' = head of the workshop,
                                                'gieter' = candle pourer, 'inpakker' = packer, 'verkoper' = shop
                                                assistant; in_dienst_sinds = hire date; uurloon = hourly wage (EUR).
    product(product_id, naam, soort, geur, brandduur_uren, gewicht_gram, verkoopprijs, actief)
                                                41 products.  soort (type) 'stomp' = pillar candle, 'dinerkaars' =
                                                dinner candle, 'theelicht' = tea light, 'geurkaars' = scented candle
                                                (in a jar), 'waxmelt' = wax melt; geur = scent (NULL = unscented);
                                                brandduur_uren = burn time in hours (NULL for wax melts);
                                                gewicht_gram = weight in grams; verkoopprijs = retail price (EUR,
                                                per piece); actief 'ja' = still sold, 'nee' = discontinued (sold and
                                                made only before 2025).
    grondstof(grondstof_id, naam, eenheid, prijs_per_eenheid, voorraad, leverancier)
                                                13 raw materials (wax, wicks, fragrance oils, jars); eenheid = unit
                                                'kg', 'l' (litre), 'm' (metre) or 'stuk' (piece); prijs_per_eenheid
                                                = purchase price per unit (EUR); voorraad = quantity in stock in
                                                that unit; leverancier = supplier name.
    productiebatch(batch_id, product_id -> product, medewerker_id -> medewerker, productiedatum, aantal, afgekeurd)
                                                production batches on working days 2024-01-02 .. 2025-06-14, poured
                                                by a gieter or by the chef; aantal = pieces made, afgekeurd = pieces
                                                rejected in quality control (included in aantal).
    bestelling(bestelling_id, klant_id -> klant, besteldatum, status, kanaal, verzendkosten)
                                                orders from 2023-06-01.  status 'nieuw' = new, 'verzonden' =
                                                shipped, 'geleverd' = delivered / handed over, 'geannuleerd' =
                                                cancelled; kanaal (channel) 'webshop', 'winkel' (shop), 'markt'
                                                (market stall), 'groothandel' (wholesale, business customers only);
                                                verzendkosten = shipping charged (EUR; 0 in the shop and at the
                                                market, free over 50 EUR webshop / 250 EUR wholesale).
    bestelregel(regel_id, bestelling_id -> bestelling, product_id -> product, aantal, stukprijs, korting_pct)
                                                order lines; aantal = quantity, stukprijs = unit price (EUR; the
                                                retail price, 60% of it for wholesale), korting_pct = line discount
                                                in percent (0, 10 or 15).  Line value = aantal * stukprijs *
                                                (1 - korting_pct / 100).

millinery -- a hat maker's studio and shop in Bath (every column carries a one-letter prefix of its table:
c_ customer, m_ milliner, h_ hat, o_ orders, i_ item, f_ fitting, p_ payment; foreign keys are named
<prefix>_<target prefix>_id; money in REAL pounds)
    customer(c_id, c_name, c_city, c_email, c_since)
                                                130 customers; c_city Bath, Bristol, Cheltenham, London, Oxford,
                                                Cardiff; c_since = date registered.  11 never ordered.
    milliner(m_id, m_name, m_level, m_hired)    7 hat makers; m_level 'J' = junior, 'S' = senior, 'M' = master
                                                milliner; m_hired = hire date.
    hat(h_id, h_name, h_style, h_material, h_price, h_mtm)
                                                36 catalogue hats.  h_style 'FED' = fedora/trilby, 'CLO' = cloche,
                                                'FAS' = fascinator, 'BOW' = bowler, 'PAN' = panama, 'BER' = beret,
                                                'PIL' = pillbox, 'BOA' = boater; h_material 'F' = felt, 'S' = straw,
                                                'N' = sinamay, 'T' = tweed, 'W' = wool; h_price = list price (GBP);
                                                h_mtm 'Y' = can be made to measure.
    orders(o_id, o_c_id -> customer, o_date, o_due, o_channel, o_status)
                                                orders 2023-01-01 .. 2025-06-14; o_due = promised ready date;
                                                o_channel 'W' = website, 'S' = studio/shop, 'E' = event (race days,
                                                wedding fairs); o_status 'Q' = quoted (not confirmed), 'P' = in
                                                production, 'R' = ready for collection, 'C' = collected (complete),
                                                'X' = cancelled.
    item(i_id, i_o_id -> orders, i_h_id -> hat, i_m_id -> milliner, i_qty, i_price, i_head_mm)
                                                hats on an order; i_m_id = milliner making it (NULL on quoted and
                                                cancelled orders); i_price = unit price charged (list price, +25%
                                                when made to measure); i_head_mm = head circumference in millimetres
                                                for made-to-measure hats, NULL otherwise.
    fitting(f_id, f_o_id -> orders, f_m_id -> milliner, f_date, f_minutes)
                                                fitting appointments for made-to-measure orders; f_minutes = length.
    payment(p_id, p_o_id -> orders, p_date, p_amount, p_method)
                                                money received: a 50% deposit on the order date once confirmed and
                                                the balance when collected; p_amount in GBP; p_method 'CARD', 'CASH',
                                                'BANK' (bank transfer).

pedalworks -- a boutique guitar effects pedal builder selling through dealers (English names; money in integer
euro cents; bill of materials as a SELF-REFERENCE of parts through bom)
    suppliers(supplier_id, name, country, lead_time_days)
                                                8 component suppliers (Tayda Electronics, Musikding, Hammond
                                                Manufacturing, ...); lead_time_days = usual delivery time.
    parts(part_id, part_no, name, part_type, supplier_id -> suppliers, unit_cost_cents, stock_qty, list_price_cents)
                                                71 parts.  part_type 'F' = finished pedal (10: Fuzz One, Overdrive
                                                808, Tremolo Deluxe, Analog Delay AD-9, Spring Reverb Box, Chorus
                                                Ensemble, Boost Mini, Octave Fuzz, Phaser 4, Compressor CX; part_no
                                                'P-...'), 'A' = sub-assembly built in house ('PCB assembly <pedal>',
                                                'Enclosure <pedal>', the shared 'Footswitch harness'; 'A-...'), 'C' =
                                                bought-in component (resistors, pots, chips, jacks, raw enclosures,
                                                'PCB blank <code>'; 'C-...').  supplier_id and unit_cost_cents
                                                (purchase price) are set for components only; list_price_cents =
                                                dealer list price, finished pedals only; stock_qty = units in stock.
    bom(parent_part_id -> parts, child_part_id -> parts, quantity)
                                                bill of materials: quantity of the child needed for one parent.
                                                Pedal -> sub-assemblies and components; sub-assembly -> components
                                                (two levels below a pedal).
    builders(builder_id, name, started_on)      6 assemblers.
    builds(build_id, part_id -> parts, builder_id -> builders, built_on, qty, qc_failed)
                                                production runs of finished pedals 2024-01-02 .. 2025-06-14; qty =
                                                units built; qc_failed = units failing final test (part of qty).
    dealers(dealer_id, name, country, tier)     18 music shops; tier 'G' = gold (40% off list), 'S' = silver (35%
                                                off), 'B' = bronze (30% off).
    shipments(shipment_id, dealer_id -> dealers, part_id -> parts, shipped_on, qty, unit_price_cents)
                                                pedals shipped (sold) to dealers 2023-01-01 .. 2025-06-14;
                                                unit_price_cents = price per unit after the tier discount.
    warranty_claims(claim_id, shipment_id -> shipments, claimed_on, fault, outcome, refund_cents)
                                                one row per returned unit.  fault 'N' = noise/hum, 'S' = footswitch,
                                                'J' = jack, 'P' = power, 'K' = knob/pot; outcome 'R' = repaired,
                                                'F' = refunded, 'D' = denied; refund_cents = money refunded (the
                                                unit price when refunded, else 0).

spicemill -- a Yorkshire spice blender with a shop, web shop and market stall, also supplying restaurants
(English names; every foreign key is named fk_<table>; money in REAL pounds; weights in grams)
    spice(id, name, origin_country, heat_level, organic)
                                                30 single spices; heat_level 0 (none) .. 5 (very hot); organic 'Y'/'N'.
    supplier(id, name, country)                 7 importers.
    purchase(id, fk_supplier -> supplier, fk_spice -> spice, received_on, weight_g, cost_total)
                                                spice deliveries 2023-01-01 .. 2025-06-14; weight_g = grams
                                                delivered; cost_total = invoice amount for the delivery (GBP).
    blend(id, name, category, launched_on, retail_price, pack_weight_g, discontinued_on)
                                                25 house blends (Garam Masala, Za'atar, Smoky BBQ Rub, ...);
                                                category 'C' = curry, 'M' = Middle East & Africa, 'B' = BBQ & grill
                                                rubs, 'K' = baking, 'T' = tea & drinks, 'A' = Asian; retail_price =
                                                price of one pack (GBP); pack_weight_g = grams per pack;
                                                discontinued_on NULL = still sold.
    blend_recipe(fk_blend -> blend, fk_spice -> spice, percent)
                                                composition of each blend by weight (percents add up to 100).
    customer(id, name, kind, town, joined_on)   220 customers; kind 'R' = retail (a person), 'T' = trade account
                                                (restaurant, cafe, deli); town Leeds, York, Harrogate, Sheffield,
                                                Bradford, Manchester.
    sale(id, fk_customer -> customer, sold_on, channel, status)
                                                sales 2023-07-01 .. 2025-06-14; channel 'S' = shop, 'W' = web
                                                shop, 'M' = farmers' market stall; status 'P' = paid, 'R' =
                                                refunded, 'W' = waiting for payment (trade invoice not yet paid).
    sale_line(id, fk_sale -> sale, fk_blend -> blend, packs, unit_price)
                                                packs sold per blend; unit_price = price per pack charged (GBP;
                                                trade accounts pay 75% of retail).

lasercut -- a laser cutting and engraving bureau (English names; ALL dates/times are INTEGER unix epoch seconds,
UTC, columns ending in _ts; money in integer euro cents)
    clients(client_id, company, contact_name, sector, created_ts)
                                                95 business clients; sector 'ARCH' = architects / model makers,
                                                'SIGN' = signage & design, 'CRAFT' = makers / craft sellers, 'IND' =
                                                industrial, 'EDU' = schools and labs; created_ts = account opened.
                                                7 clients never sent a job.
    materials(material_id, name, kind, thickness_mm, sheet_price_cents)
                                                18 sheet materials; kind 'A' = acrylic, 'P' = plywood, 'F' = MDF
                                                (fibreboard), 'L' = leather, 'C' = card / board / cork, 'S' = metal
                                                (stainless steel, anodised aluminium); sheet_price_cents = price
                                                per sheet.
    machines(machine_id, name, laser_type, watts, installed_ts)
                                                5 lasers; laser_type 'CO2' (three machines), 'FIBER' (one, the only
                                                one that cuts metal), 'DIODE' (one).
    operators(operator_id, name, shift, hired_ts)
                                                7 machine operators; shift 'E' = early (07-14), 'L' = late (14-21).
    jobs(job_id, client_id -> clients, material_id -> materials, machine_id -> machines, operator_id -> operators,
         received_ts, completed_ts, sheets, cut_seconds, price_cents, status)
                                                cutting jobs received 2023-09-01 .. 2025-06-14; status 'Q' =
                                                queued, 'C' = cutting (in progress), 'D' = done, 'X' = cancelled;
                                                machine_id NULL for queued and cancelled jobs; completed_ts NULL
                                                unless done; cut_seconds = laser time; price_cents = price quoted /
                                                charged for the job.
    invoices(invoice_id, client_id -> clients, issued_ts, amount_cents, paid_ts)
                                                monthly invoice per client for the jobs completed that month, issued
                                                on the 1st-3rd of the next month; paid_ts NULL = unpaid.
    maintenance(maint_id, machine_id -> machines, done_ts, kind, downtime_min, cost_cents)
                                                kind 'L' = lens clean / replace, 'A' = alignment, 'S' = annual
                                                service, 'T' = laser tube replacement; downtime_min = minutes the
                                                machine was out of use; cost_cents = cost of parts and labour.

haberdashery -- a fabric, yarn and sewing supplies shop in Bristol that also runs workshops (English names; SOFT
DELETE: a row whose deleted_at is set has been removed - product dropped from the range, customer account closed,
supplier no longer used, staff member left, workshop cancelled; deleted_at NULL = current; money in integer pence)
    suppliers(id, name, country, deleted_at)    11 suppliers (Rowan Yarns, Liberty Fabrics, Prym, YKK, ...).
    products(id, sku, name, category, unit, price_pence, supplier_id -> suppliers, created_at, deleted_at)
                                                95 products; category 'FAB' = fabric (sold by the metre), 'YRN' =
                                                yarn (per ball), 'THR' = thread, 'BTN' = buttons, 'ZIP' = zips,
                                                'PAT' = sewing patterns; unit 'm', 'ball' or 'each'; price_pence =
                                                current price per unit; created_at = date added to the range.
    customers(id, full_name, email, postcode, loyalty_tier, created_at, deleted_at)
                                                260 loyalty-card customers; loyalty_tier 'B' = bronze, 'S' = silver,
                                                'G' = gold, NULL = none.  Closed accounts all bought something first.
    staff(id, full_name, role, started_on, deleted_at)
                                                8 people; role 'owner', 'assistant', 'saturday' (Saturday help),
                                                'tutor' (teaches workshops only); deleted_at = last day (left).
    sales(id, customer_id -> customers, staff_id -> staff, sold_at, payment_type, total_pence)
                                                till receipts 2023-01-02 .. 2025-06-14 (no Sundays); customer_id NULL
                                                = walk-in sale without a loyalty card; sold_at 'YYYY-MM-DD HH:MM:SS';
                                                payment_type 'card', 'cash', 'voucher'; total_pence = receipt total.
    sale_items(id, sale_id -> sales, product_id -> products, quantity, unit_price_pence)
                                                quantity REAL (metres of fabric in 0.5 m steps, balls, pieces);
                                                unit_price_pence = price per unit at the time.
    classes(id, title, class_date, tutor_id -> staff, capacity, fee_pence, deleted_at)
                                                sewing / knitting workshops 2024-01-13 .. 2025-08-18 (later dates
                                                are upcoming); capacity = places; fee_pence = price per place;
                                                deleted_at set = workshop cancelled.
    bookings(id, class_id -> classes, customer_id -> customers, booked_on, attended)
                                                one row per place booked; attended 'Y'/'N' for past workshops, NULL
                                                for upcoming ones.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import day_between, iso, write_tables

D = dt.date
START = D(2023, 1, 1)
END = D(2025, 6, 14)  # last day with data
TODAY = D(2025, 6, 15)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[str]:
    """``n`` distinct "First Last" names."""
    pool = [f"{f} {la}" for f in firsts for la in lasts]
    rng.shuffle(pool)
    return pool[:n]


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


_EN_FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Emily", "Charlie",
             "Sophie", "Thomas", "Grace", "James", "Lily", "William", "Freya", "Henry", "Ella", "Alfie", "Poppy",
             "Leo", "Evie", "Oscar", "Ruby", "Arthur", "Florence", "Samuel", "Alice", "Joseph", "Matilda"]
_EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Hughes", "Turner", "Hill", "Cooper", "Ward", "Morris", "Baker", "Harris", "Kelly", "Palmer"]


# ---------------------------------------------------------------------------------------------------------------
# kaarsenmakerij: Dutch candle workshop (Dutch names, money in REAL euros)
# ---------------------------------------------------------------------------------------------------------------

_NL_VOOR = ["Sanne", "Daan", "Emma", "Lars", "Fleur", "Bram", "Lotte", "Jesse", "Anouk", "Thijs", "Iris", "Ruben",
            "Noor", "Sem", "Eva", "Luuk", "Femke", "Stijn", "Maud", "Joris", "Roos", "Tim", "Lieke", "Koen"]
_NL_ACHTER = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
              "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
              "Dekker", "Brouwer"]
_NL_WINKEL_A = ["Woonwinkel", "Cadeauhuis", "Conceptstore", "Bloemenhuis", "Tuincentrum", "Interieurzaak"]
_NL_WINKEL_B = ["De Linde", "Mooi", "Zus & Zo", "Flora", "Groenrijk", "Het Atelier", "De Kapel"]


def build_kaarsenmakerij(path: Path) -> None:
    rng = random.Random(107_001)
    medewerkers = [
        (1, "Marieke Brouwer", "chef", "2016-03-01", 24.50),
        (2, "Joris Dekker", "gieter", "2018-09-15", 17.80),
        (3, "Fleur Visser", "gieter", "2020-02-03", 16.90),
        (4, "Stijn Mulder", "gieter", "2022-05-16", 15.75),
        (5, "Anouk de Groot", "gieter", "2024-08-19", 14.60),
        (6, "Thijs Bos", "inpakker", "2019-11-04", 14.20),
        (7, "Lieke Smit", "inpakker", "2023-01-09", 13.95),
        (8, "Ruben Hendriks", "inpakker", "2025-02-10", 13.68),
        (9, "Noor van Dijk", "verkoper", "2017-06-12", 16.10),
        (10, "Sem Peters", "verkoper", "2021-04-26", 15.30),
        (11, "Iris Meijer", "verkoper", "2025-04-07", 14.40),
    ]
    producten: list[tuple[Any, ...]] = []

    def add(naam: str, soort: str, geur: str | None, uren: int | None, gram: int, prijs: float, actief: str) -> None:
        producten.append((len(producten) + 1, naam, soort, geur, uren, gram, prijs, actief))

    for maat, gram, uren, prijs in [("7x10", 320, 35, 8.95), ("7x15", 480, 50, 11.95), ("10x10", 640, 60, 14.50),
                                    ("10x15", 910, 80, 18.95)]:
        for kleur in ("Ivoor", "Grijs"):
            add(f"Stompkaars {kleur} {maat}", "stomp", None, uren, gram, prijs,
                "nee" if (kleur, maat) == ("Grijs", "10x15") else "ja")
    add("Stompkaars XL Ivoor 15x20", "stomp", None, 150, 2650, 39.95, "ja")
    for kleur in ["Ivoor", "Rood", "Donkergroen", "Navy", "Goud", "Zilver"]:
        add(f"Dinerkaars {kleur}", "dinerkaars", None, 8, 75, 2.45 if kleur in ("Goud", "Zilver") else 1.95,
            "nee" if kleur == "Goud" else "ja")
    for geur in [None, "Vanille", "Lavendel", "Kaneel", "Zeezout"]:
        add(f"Theelicht {geur or 'naturel'}", "theelicht", geur, 4 if geur else 5, 14, 0.60 if geur else 0.45,
            "nee" if geur == "Zeezout" else "ja")
    geuren = ["Lavendel", "Vanille", "Sandelhout", "Citroengras", "Kaneel", "Vijg", "Zeezout", "Dennen", "Rozen",
              "Oranjebloesem"]
    for geur in geuren:
        add(f"Geurkaars {geur} in glas", "geurkaars", geur, rng.choice([40, 45, 50]), rng.choice([300, 320, 350]),
            rng.choice([17.95, 19.95, 21.95, 24.95]), "nee" if geur in ("Rozen", "Oranjebloesem") else "ja")
    for geur in ["Vanille", "Sandelhout", "Vijg", "Dennen"]:
        add(f"Geurkaars {geur} XL", "geurkaars", geur, 70, 560, 29.95, "ja")
    for geur in ["Lavendel", "Vanille", "Kaneel", "Vijg", "Zeezout", "Dennen", "Citroengras"]:
        add(f"Waxmelt {geur}", "waxmelt", geur, None, 80, 5.95 if geur != "Vijg" else 6.50,
            "nee" if geur == "Dennen" else "ja")

    grondstoffen = [
        (1, "Sojawas", "kg", 4.20, 185.0, "Wasgroothandel Noord"),
        (2, "Koolzaadwas", "kg", 3.60, 62.5, "Wasgroothandel Noord"),
        (3, "Bijenwas", "kg", 14.50, 8.5, "Imkerij De Raat"),
        (4, "Paraffine", "kg", 2.10, 14.0, "Chemiehandel Bos"),
        (5, "Stearine", "kg", 3.30, 27.0, "Chemiehandel Bos"),
        (6, "Katoenen lont", "m", 0.12, 1450.0, "Lontfabriek Twente"),
        (7, "Houten lont", "stuk", 0.35, 820.0, "Lontfabriek Twente"),
        (8, "Geurolie Lavendel", "l", 38.00, 4.5, "Aroma Import"),
        (9, "Geurolie Vanille", "l", 42.00, 2.0, "Aroma Import"),
        (10, "Geurolie Sandelhout", "l", 55.00, 1.5, "Aroma Import"),
        (11, "Kleurpigment", "kg", 55.00, 1.2, "Chemiehandel Bos"),
        (12, "Glazen pot 30cl", "stuk", 1.35, 640.0, "Glashandel Van Dam"),
        (13, "Theelichtcup aluminium", "stuk", 0.03, 12000.0, "Verpakking Direct"),
    ]

    plaatsen = {"Utrecht": 40, "Amersfoort": 18, "Zeist": 14, "Houten": 10, "Nieuwegein": 12, "Hilversum": 8}
    klanten = []
    winkels = [f"{a} {b}" for a in _NL_WINKEL_A for b in _NL_WINKEL_B]
    rng.shuffle(winkels)
    personen = _names(rng, _NL_VOOR, _NL_ACHTER, 130)
    for i in range(160):
        zakelijk = i % 16 in (3, 9, 14)
        naam = winkels.pop() if zakelijk else personen.pop()
        klanten.append((i + 1, naam, _pick(rng, plaatsen), "Z" if zakelijk else "P",
                        iso(day_between(rng, D(2021, 1, 1), D(2025, 5, 31)))))
    zonder = set(rng.sample(range(1, 161), 14))

    raw_orders = []
    for k in klanten:
        if k[0] in zonder:
            continue
        n = rng.randint(6, 18) if k[3] == "Z" else rng.randint(1, 8)
        lo = max(D.fromisoformat(k[4]), D(2023, 6, 1))
        for _ in range(n):
            raw_orders.append((day_between(rng, lo, END), k[0], k[3]))
    raw_orders.sort()
    bestellingen, regels = [], []
    actief_nu = [p for p in producten if p[7] == "ja"]
    for oid, (datum, kid, ktype) in enumerate(raw_orders, start=1):
        kanaal = "groothandel" if ktype == "Z" else _pick(rng, {"webshop": 55, "winkel": 30, "markt": 15})
        age = (END - datum).days
        if kanaal in ("winkel", "markt"):
            status = "geleverd"
        elif age <= 3:
            status = _pick(rng, {"nieuw": 60, "verzonden": 40})
        elif age <= 9:
            status = _pick(rng, {"verzonden": 50, "geleverd": 50})
        else:
            status = _pick(rng, {"geleverd": 93, "geannuleerd": 7})
        pool = producten if datum < D(2025, 1, 1) else actief_nu
        totaal = 0.0
        for p in rng.sample(pool, rng.randint(1, 4)):
            if ktype == "Z":
                aantal = rng.randint(100, 400) if p[2] == "theelicht" else rng.randint(6, 48)
                prijs = round(p[6] * 0.6, 2)
            else:
                aantal = (rng.choice([6, 12, 24]) if p[2] == "theelicht"
                          else rng.randint(2, 8) if p[2] == "dinerkaars" else rng.randint(1, 3))
                prijs = p[6]
            korting = _pick(rng, {"0": 80, "10": 15, "15": 5})
            regels.append((len(regels) + 1, oid, p[0], aantal, prijs, int(korting)))
            totaal += aantal * prijs * (1 - int(korting) / 100)
        if kanaal == "webshop":
            verzend = 0.0 if totaal >= 50 else 4.95
        elif kanaal == "groothandel":
            verzend = 0.0 if totaal >= 250 else 12.50
        else:
            verzend = 0.0
        bestellingen.append((oid, kid, iso(datum), status, kanaal, verzend))

    batches = []
    maakbaar = {"stomp": (24, 60), "dinerkaars": (100, 240), "theelicht": (300, 900), "geurkaars": (30, 80),
                "waxmelt": (60, 150)}
    dag = D(2024, 1, 2)
    while dag <= END:
        if dag.weekday() < 5:
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.15:
                    mid = 1
                else:
                    mid = rng.choice([m[0] for m in medewerkers if m[2] == "gieter" and m[3] <= iso(dag)])
                pool = producten if dag < D(2025, 1, 1) else actief_nu
                p = rng.choice(pool)
                lo, hi = maakbaar[p[2]]
                aantal = rng.randint(lo, hi)
                uitval = {2: 0.01, 3: 0.02, 4: 0.035, 5: 0.06, 1: 0.008}[mid]
                afgekeurd = sum(1 for _ in range(aantal) if rng.random() < uitval)
                batches.append((len(batches) + 1, p[0], mid, iso(dag), aantal, afgekeurd))
        dag += _days(1)

    ddl = """
    CREATE TABLE klant (
        klant_id      INTEGER PRIMARY KEY,
        naam          TEXT NOT NULL,
        plaats        TEXT NOT NULL,
        klanttype     TEXT NOT NULL CHECK (klanttype IN ('P', 'Z')),
        aangemeld_op  TEXT NOT NULL
    );
    CREATE TABLE medewerker (
        medewerker_id    INTEGER PRIMARY KEY,
        naam             TEXT NOT NULL,
        functie          TEXT NOT NULL,
        in_dienst_sinds  TEXT NOT NULL,
        uurloon          REAL NOT NULL
    );
    CREATE TABLE product (
        product_id      INTEGER PRIMARY KEY,
        naam            TEXT NOT NULL UNIQUE,
        soort           TEXT NOT NULL,
        geur            TEXT,
        brandduur_uren  INTEGER,
        gewicht_gram    INTEGER NOT NULL,
        verkoopprijs    REAL NOT NULL,
        actief          TEXT NOT NULL CHECK (actief IN ('ja', 'nee'))
    );
    CREATE TABLE grondstof (
        grondstof_id       INTEGER PRIMARY KEY,
        naam               TEXT NOT NULL,
        eenheid            TEXT NOT NULL,
        prijs_per_eenheid  REAL NOT NULL,
        voorraad           REAL NOT NULL,
        leverancier        TEXT NOT NULL
    );
    CREATE TABLE productiebatch (
        batch_id        INTEGER PRIMARY KEY,
        product_id      INTEGER NOT NULL REFERENCES product(product_id),
        medewerker_id   INTEGER NOT NULL REFERENCES medewerker(medewerker_id),
        productiedatum  TEXT NOT NULL,
        aantal          INTEGER NOT NULL,
        afgekeurd       INTEGER NOT NULL
    );
    CREATE TABLE bestelling (
        bestelling_id  INTEGER PRIMARY KEY,
        klant_id       INTEGER NOT NULL REFERENCES klant(klant_id),
        besteldatum    TEXT NOT NULL,
        status         TEXT NOT NULL,
        kanaal         TEXT NOT NULL,
        verzendkosten  REAL NOT NULL
    );
    CREATE TABLE bestelregel (
        regel_id       INTEGER PRIMARY KEY,
        bestelling_id  INTEGER NOT NULL REFERENCES bestelling(bestelling_id),
        product_id     INTEGER NOT NULL REFERENCES product(product_id),
        aantal         INTEGER NOT NULL,
        stukprijs      REAL NOT NULL,
        korting_pct    INTEGER NOT NULL DEFAULT 0
    );
    """
    write_tables(path, ddl, {"klant": klanten, "medewerker": medewerkers, "product": producten, "grondstof": grondstoffen,
                       "productiebatch": batches, "bestelling": bestellingen, "bestelregel": regels})


# ---------------------------------------------------------------------------------------------------------------
# millinery: hat maker's studio and shop (single-letter table-prefixed columns, money in REAL pounds)
# ---------------------------------------------------------------------------------------------------------------

_HATS = [  # name, style, material, price, made to measure available
    ("Classic Fedora", "FED", "F", 145.0, "Y"), ("Wide Brim Fedora", "FED", "F", 165.0, "Y"),
    ("Tweed Fedora", "FED", "T", 120.0, "N"), ("Summer Fedora", "FED", "S", 95.0, "N"),
    ("Trilby Felt", "FED", "F", 110.0, "N"), ("Cloche Audrey", "CLO", "F", 135.0, "Y"),
    ("Cloche Daisy", "CLO", "S", 88.0, "N"), ("Cloche Marlene", "CLO", "F", 158.0, "Y"),
    ("Cloche Winter", "CLO", "W", 72.0, "N"), ("Fascinator Feather Spray", "FAS", "N", 65.0, "N"),
    ("Fascinator Rosette", "FAS", "N", 78.0, "N"), ("Fascinator Veil", "FAS", "N", 92.0, "N"),
    ("Fascinator Halo", "FAS", "N", 115.0, "N"), ("Fascinator Mini Button", "FAS", "F", 54.0, "N"),
    ("Fascinator Ascot", "FAS", "N", 185.0, "N"), ("Bowler Classic", "BOW", "F", 175.0, "Y"),
    ("Bowler Couture", "BOW", "F", 450.0, "Y"), ("Bowler Tweed", "BOW", "T", 140.0, "N"),
    ("Panama Classic", "PAN", "S", 185.0, "Y"), ("Panama Optimo", "PAN", "S", 260.0, "Y"),
    ("Panama Montecristi", "PAN", "S", 420.0, "Y"), ("Beret Parisienne", "BER", "W", 45.0, "N"),
    ("Beret Tweed", "BER", "T", 52.0, "N"), ("Beret Felt", "BER", "F", 60.0, "N"),
    ("Pillbox Jackie", "PIL", "F", 125.0, "Y"), ("Pillbox Sinamay", "PIL", "N", 98.0, "N"),
    ("Pillbox Velvet", "PIL", "F", 138.0, "Y"), ("Boater Henley", "BOA", "S", 130.0, "Y"),
    ("Boater Ribbon", "BOA", "S", 115.0, "N"), ("Boater Children's", "BOA", "S", 48.0, "N"),
    ("Trilby Tweed", "FED", "T", 98.0, "N"), ("Cloche Sinamay", "CLO", "N", 82.0, "N"),
    ("Fascinator Teardrop", "FAS", "N", 105.0, "N"), ("Bowler Wool", "BOW", "W", 95.0, "N"),
    ("Beret Cashmere", "BER", "W", 85.0, "N"), ("Wedding Halo Hat", "PIL", "N", 210.0, "Y"),
]


def build_millinery(path: Path) -> None:
    rng = random.Random(107_002)
    milliners = [(1, "Eleanor Whitcombe", "M", "2009-04-01"), (2, "Grace Fenwick", "M", "2016-09-12"),
                 (3, "Harriet Lowe", "S", "2018-02-05"), (4, "Tobias Crane", "S", "2019-07-22"),
                 (5, "Priya Nair", "M", "2021-03-15"), (6, "Molly Ashdown", "J", "2023-10-02"),
                 (7, "Callum Reid", "J", "2024-09-09")]
    hats = [(i + 1, *h) for i, h in enumerate(_HATS)]
    cities = {"Bath": 35, "Bristol": 25, "Cheltenham": 15, "London": 12, "Oxford": 8, "Cardiff": 5}
    names = _names(rng, _EN_FIRST, _EN_LAST, 130)
    customers = []
    for i, nm in enumerate(names, start=1):
        email = nm.lower().replace(" ", ".") + rng.choice(["@gmail.com", "@outlook.com", "@btinternet.com"])
        customers.append((i, nm, _pick(rng, cities), email, iso(day_between(rng, D(2019, 1, 1), D(2025, 5, 20)))))
    never = set(rng.sample(range(1, 131), 11))
    big = set(rng.sample([c for c in range(1, 131) if c not in never], 12))  # loyal regulars
    raw = []
    for c in customers:
        if c[0] in never:
            continue
        lo = max(D.fromisoformat(c[4]), START)
        for _ in range(rng.randint(5, 14) if c[0] in big else rng.randint(1, 6)):
            raw.append((day_between(rng, lo, END), c[0]))
    raw.sort()
    orders, items, fittings, payments = [], [], [], []
    for oid, (odate, cid) in enumerate(raw, start=1):
        channel = _pick(rng, {"W": 45, "S": 35, "E": 20})
        due = odate + _days(rng.randint(14, 42))
        age = (END - odate).days
        if age > 60:
            status = _pick(rng, {"C": 91, "X": 9})
        elif age > 30:
            status = _pick(rng, {"C": 60, "R": 20, "P": 12, "X": 8})
        elif age > 10:
            status = _pick(rng, {"Q": 10, "P": 45, "R": 25, "C": 12, "X": 8})
        else:
            status = _pick(rng, {"Q": 45, "P": 45, "X": 10})
        orders.append((oid, cid, iso(odate), iso(due), channel, status))
        made = status in ("P", "R", "C")
        staff = [m[0] for m in milliners if m[3] <= iso(odate)]
        total = 0.0
        fit_by = None
        styles = ["FAS", "PIL"] if channel == "E" else None
        choices = [h for h in hats if styles is None or h[2] in styles]
        for h in rng.sample(choices, 1 if rng.random() < 0.75 else 2):
            qty = rng.randint(2, 5) if h[2] == "FAS" and rng.random() < 0.2 else 1
            mtm = h[5] == "Y" and rng.random() < 0.6
            price = round(h[4] * 1.25, 2) if mtm else h[4]
            maker = rng.choice(staff) if made else None
            items.append((len(items) + 1, oid, h[0], maker, qty, price, rng.randint(530, 610) if mtm else None))
            total += qty * price
            if mtm and made:
                fit_by = maker
        if fit_by is not None:
            for k in range(rng.randint(1, 2)):
                fdate = odate + _days(rng.randint(3, 12) + 10 * k)
                if fdate <= END:
                    fittings.append((len(fittings) + 1, oid, fit_by, iso(fdate), rng.choice(range(20, 95, 5))))
        if made:
            deposit = round(total * 0.5, 2)
            m1 = "CARD" if channel == "W" else _pick(rng, {"CARD": 60, "CASH": 25, "BANK": 15})
            payments.append((len(payments) + 1, oid, iso(odate), deposit, m1))
            if status == "C":
                pdate = min(due + _days(rng.randint(-5, 10)), END)
                pdate = max(pdate, odate + _days(7))
                payments.append((len(payments) + 1, oid, iso(pdate), round(total - deposit, 2),
                                 _pick(rng, {"CARD": 55, "CASH": 30, "BANK": 15})))
    ddl = """
    CREATE TABLE customer (
        c_id     INTEGER PRIMARY KEY,
        c_name   TEXT NOT NULL,
        c_city   TEXT NOT NULL,
        c_email  TEXT,
        c_since  TEXT NOT NULL
    );
    CREATE TABLE milliner (
        m_id     INTEGER PRIMARY KEY,
        m_name   TEXT NOT NULL,
        m_level  TEXT NOT NULL CHECK (m_level IN ('J', 'S', 'M')),
        m_hired  TEXT NOT NULL
    );
    CREATE TABLE hat (
        h_id        INTEGER PRIMARY KEY,
        h_name      TEXT NOT NULL UNIQUE,
        h_style     TEXT NOT NULL,
        h_material  TEXT NOT NULL,
        h_price     REAL NOT NULL,
        h_mtm       TEXT NOT NULL CHECK (h_mtm IN ('Y', 'N'))
    );
    CREATE TABLE orders (
        o_id       INTEGER PRIMARY KEY,
        o_c_id     INTEGER NOT NULL REFERENCES customer(c_id),
        o_date     TEXT NOT NULL,
        o_due      TEXT NOT NULL,
        o_channel  TEXT NOT NULL,
        o_status   TEXT NOT NULL
    );
    CREATE TABLE item (
        i_id       INTEGER PRIMARY KEY,
        i_o_id     INTEGER NOT NULL REFERENCES orders(o_id),
        i_h_id     INTEGER NOT NULL REFERENCES hat(h_id),
        i_m_id     INTEGER REFERENCES milliner(m_id),
        i_qty      INTEGER NOT NULL,
        i_price    REAL NOT NULL,
        i_head_mm  INTEGER
    );
    CREATE TABLE fitting (
        f_id       INTEGER PRIMARY KEY,
        f_o_id     INTEGER NOT NULL REFERENCES orders(o_id),
        f_m_id     INTEGER NOT NULL REFERENCES milliner(m_id),
        f_date     TEXT NOT NULL,
        f_minutes  INTEGER NOT NULL
    );
    CREATE TABLE payment (
        p_id      INTEGER PRIMARY KEY,
        p_o_id    INTEGER NOT NULL REFERENCES orders(o_id),
        p_date    TEXT NOT NULL,
        p_amount  REAL NOT NULL,
        p_method  TEXT NOT NULL
    );
    """
    write_tables(path, ddl, {"customer": customers, "milliner": milliners, "hat": hats, "orders": orders, "item": items,
                       "fitting": fittings, "payment": payments})


# ---------------------------------------------------------------------------------------------------------------
# pedalworks: guitar effects pedal builder (bill of materials self-reference, money in integer euro cents)
# ---------------------------------------------------------------------------------------------------------------

_PEDALS = [  # name, code, list price cents, pcb parts [(component, qty)], knobs
    ("Fuzz One", "FZ1", 14900, [("Transistor 2N5088", 2), ("Resistor 10k", 4), ("Resistor 100k", 2),
                                ("Electrolytic cap 10uF", 2), ("Film cap 100nF", 3), ("Pot 100k log", 2),
                                ("Pot 10k lin", 1)], 3),
    ("Overdrive 808", "OD8", 13900, [("Op-amp JRC4558", 1), ("Diode 1N914", 2), ("Resistor 10k", 6),
                                     ("Resistor 1M", 2), ("Film cap 100nF", 4), ("Electrolytic cap 10uF", 2),
                                     ("Pot 500k lin", 1), ("Pot 100k log", 1), ("Pot 10k lin", 1)], 3),
    ("Tremolo Deluxe", "TRD", 18900, [("Op-amp TL072", 2), ("LDR optocoupler", 1), ("Resistor 10k", 8),
                                      ("Resistor 100k", 4), ("Film cap 100nF", 5), ("Electrolytic cap 100uF", 2),
                                      ("Pot 100k log", 2), ("Pot 500k lin", 1)], 3),
    ("Analog Delay AD-9", "AD9", 24900, [("BBD chip MN3207", 2), ("Op-amp TL072", 3), ("Resistor 10k", 12),
                                         ("Resistor 100k", 6), ("Film cap 100nF", 8), ("Electrolytic cap 100uF", 3),
                                         ("Pot 100k log", 3), ("Pot 10k lin", 1)], 4),
    ("Spring Reverb Box", "SRB", 32900, [("Op-amp TL072", 2), ("Transistor 2N5088", 2), ("Resistor 10k", 8),
                                         ("Resistor 1M", 2), ("Electrolytic cap 100uF", 2), ("Film cap 100nF", 4),
                                         ("Pot 100k log", 2)], 2),
    ("Chorus Ensemble", "CHE", 21900, [("BBD chip MN3207", 1), ("Op-amp TL072", 2), ("Resistor 10k", 10),
                                       ("Resistor 100k", 4), ("Film cap 100nF", 6), ("Electrolytic cap 10uF", 3),
                                       ("Pot 100k log", 2), ("Pot 500k lin", 1)], 3),
    ("Boost Mini", "BMI", 8900, [("Transistor 2N5088", 1), ("Resistor 10k", 2), ("Resistor 1M", 1),
                                 ("Electrolytic cap 10uF", 1), ("Pot 100k log", 1)], 1),
    ("Octave Fuzz", "OCF", 16900, [("Germanium transistor AC128", 2), ("Diode 1N914", 2), ("Resistor 10k", 4),
                                   ("Resistor 100k", 2), ("Electrolytic cap 10uF", 2), ("Pot 100k log", 2)], 2),
    ("Phaser 4", "PH4", 17900, [("Op-amp TL072", 3), ("LDR optocoupler", 4), ("Resistor 10k", 10),
                                ("Film cap 100nF", 6), ("Electrolytic cap 10uF", 2), ("Pot 500k lin", 2)], 2),
    ("Compressor CX", "CMX", 15900, [("OTA chip LM13700", 1), ("Op-amp TL072", 1), ("Resistor 10k", 8),
                                     ("Resistor 100k", 3), ("Film cap 100nF", 4), ("Electrolytic cap 100uF", 2),
                                     ("Pot 100k log", 2), ("Pot 10k lin", 2)], 4),
]
_COMPONENTS = [  # name, supplier_id, unit cost cents, stock
    ("Transistor 2N5088", 2, 18, 640), ("Germanium transistor AC128", 2, 450, 46),
    ("Op-amp JRC4558", 1, 35, 380), ("Op-amp TL072", 1, 42, 910), ("BBD chip MN3207", 3, 390, 64),
    ("OTA chip LM13700", 6, 160, 85), ("LDR optocoupler", 3, 120, 210), ("Diode 1N914", 1, 3, 2400),
    ("Resistor 10k", 6, 1, 12000), ("Resistor 100k", 6, 1, 8600), ("Resistor 1M", 6, 1, 4100),
    ("Film cap 100nF", 6, 9, 3800), ("Electrolytic cap 10uF", 1, 6, 2900), ("Electrolytic cap 100uF", 1, 8, 1500),
    ("Pot 100k log", 1, 85, 720), ("Pot 500k lin", 1, 85, 96), ("Pot 10k lin", 1, 80, 430),
    ("3PDT footswitch", 1, 210, 180), ("LED red 3mm", 1, 4, 2600), ("Hook-up wire 10cm", 7, 2, 5000),
    ("DC jack 2.1mm", 3, 65, 520), ("Mono jack 6.35mm", 4, 95, 88), ("Knob 20mm cream", 4, 110, 1050),
    ("Rubber foot", 7, 5, 3100), ("Enclosure 125B raw", 5, 520, 140), ("Enclosure 1590BB raw", 5, 690, 75),
    ("Enclosure 1590A raw", 5, 410, 58), ("Powder coat", 7, 180, 350), ("UV print", 7, 240, 400),
    ("Spring tank short", 8, 2650, 22),
]


def build_pedalworks(path: Path) -> None:
    rng = random.Random(107_003)
    suppliers = [(1, "Tayda Electronics", "Thailand", 21), (2, "Small Bear Electronics", "USA", 14),
                 (3, "Musikding", "Germany", 5), (4, "Banzai Music", "Germany", 4),
                 (5, "Hammond Manufacturing", "Canada", 28), (6, "Mouser Electronics", "USA", 7),
                 (7, "Farnell", "UK", 6), (8, "Accutronics", "UK", 35)]
    parts: list[tuple[Any, ...]] = []
    pid_of: dict[str, int] = {}

    def part(no: str, name: str, ptype: str, sup: int | None, cost: int | None, stock: int,
             price: int | None) -> int:
        parts.append((len(parts) + 1, no, name, ptype, sup, cost, stock, price))
        pid_of[name] = len(parts)
        return len(parts)

    for i, (name, sup, cost, stock) in enumerate(_COMPONENTS, start=1):
        part(f"C-{i:03d}", name, "C", sup, cost, stock, None)
    for i, (_, code, *_rest) in enumerate(_PEDALS, start=1):
        part(f"C-{100 + i:03d}", f"PCB blank {code}", "C", 1, rng.choice([180, 220, 260, 310]), rng.randint(30, 160),
             None)
    bom: list[tuple[int, int, int]] = []
    harness = part("A-001", "Footswitch harness", "A", None, None, rng.randint(20, 60), None)
    bom += [(harness, pid_of["3PDT footswitch"], 1), (harness, pid_of["LED red 3mm"], 1),
            (harness, pid_of["Hook-up wire 10cm"], 6)]
    enclosure_of = {"SRB": "Enclosure 1590BB raw", "AD9": "Enclosure 1590BB raw", "BMI": "Enclosure 1590A raw"}
    for i, (name, code, price, pcb, knobs) in enumerate(_PEDALS, start=1):
        pcb_id = part(f"A-{10 + i:03d}", f"PCB assembly {name}", "A", None, None, rng.randint(0, 25), None)
        enc_id = part(f"A-{30 + i:03d}", f"Enclosure {name}", "A", None, None, rng.randint(0, 25), None)
        ped_id = part(f"P-{i:03d}", name, "F", None, None, rng.randint(3, 40), price)
        bom.append((pcb_id, pid_of[f"PCB blank {code}"], 1))
        bom += [(pcb_id, pid_of[c], q) for c, q in pcb]
        bom += [(enc_id, pid_of[enclosure_of.get(code, "Enclosure 125B raw")], 1), (enc_id, pid_of["Powder coat"], 1),
                (enc_id, pid_of["UV print"], 1)]
        bom += [(ped_id, pcb_id, 1), (ped_id, enc_id, 1), (ped_id, harness, 1),
                (ped_id, pid_of["Knob 20mm cream"], knobs), (ped_id, pid_of["DC jack 2.1mm"], 1),
                (ped_id, pid_of["Mono jack 6.35mm"], 2), (ped_id, pid_of["Rubber foot"], 4)]
        if code == "SRB":
            bom.append((ped_id, pid_of["Spring tank short"], 1))
    pedal_ids = [pid_of[p[0]] for p in _PEDALS]
    price_of = {pid_of[p[0]]: p[2] for p in _PEDALS}
    popularity = dict(zip(pedal_ids, [30, 26, 12, 9, 6, 10, 22, 8, 7, 11], strict=True))

    builders = [(1, "Jonas Weber", "2019-04-01"), (2, "Mila Jansen", "2020-01-13"), (3, "Oscar Lind", "2021-06-07"),
                (4, "Femke Bos", "2023-02-20"), (5, "Luca Romano", "2023-09-04"), (6, "Ada Kowalski", "2024-05-13")]
    fail_rate = {1: 0.01, 2: 0.02, 3: 0.015, 4: 0.04, 5: 0.03, 6: 0.07}
    builds = []
    day = D(2024, 1, 2)
    while day <= END:
        if day.weekday() < 5 and rng.random() < 0.55:
            b = rng.choice([x[0] for x in builders if x[2] <= iso(day)])
            p = rng.choices(pedal_ids, weights=[popularity[x] for x in pedal_ids])[0]
            qty = rng.randint(10, 40)
            failed = sum(1 for _ in range(qty) if rng.random() < fail_rate[b])
            builds.append((len(builds) + 1, p, b, iso(day), qty, failed))
        day += _days(1)

    dealers = [(1, "Riff Central", "Netherlands", "G"), (2, "Gitarrenladen Köln", "Germany", "G"),
               (3, "Soundhouse Leeds", "UK", "S"), (4, "Tonewood Amsterdam", "Netherlands", "S"),
               (5, "Pedal Palace Berlin", "Germany", "G"), (6, "Le Son Vintage", "France", "B"),
               (7, "Nordic Guitars", "Sweden", "S"), (8, "Fuzz Factory Austin", "USA", "G"),
               (9, "Muziekhuis Zwolle", "Netherlands", "B"), (10, "Manchester Music Exchange", "UK", "S"),
               (11, "Studio Sud Lyon", "France", "B"), (12, "Backline Hamburg", "Germany", "S"),
               (13, "Stompbox Stockholm", "Sweden", "B"), (14, "Brooklyn Effects", "USA", "S"),
               (15, "Gitaarcentrum Gent", "Belgium", "B"), (16, "The Pedal Shed", "UK", "B"),
               (17, "Musik Meyer Wien", "Austria", "S"), (18, "Chicago Tone Shop", "USA", "B")]
    disc = {"G": 0.60, "S": 0.65, "B": 0.70}
    activity = {d[0]: {"G": 5, "S": 3, "B": 1.5}[d[3]] * rng.uniform(0.7, 1.3) for d in dealers}
    gone_quiet = {6: D(2025, 1, 20), 13: D(2024, 11, 5), 18: D(2025, 2, 14)}
    shipments = []
    for _ in range(760):
        d = rng.choices([x for x in dealers], weights=[activity[x[0]] for x in dealers])[0]
        last = gone_quiet.get(d[0], END)
        when = day_between(rng, START, last)
        p = rng.choices(pedal_ids, weights=[popularity[x] for x in pedal_ids])[0]
        qty = rng.randint(2, 12) if d[3] != "G" else rng.randint(6, 30)
        shipments.append([when, d[0], p, qty, round(price_of[p] * disc[d[3]])])
    for d_id, last in gone_quiet.items():
        shipments.append([last, d_id, pedal_ids[0], 4, round(price_of[pedal_ids[0]] * disc["B"])])
    shipments.sort()
    shipments_rows = [(i, s[1], s[2], iso(s[0]), s[3], s[4]) for i, s in enumerate(shipments, start=1)]

    claim_weight = dict(zip(pedal_ids, [1.0, 0.8, 1.6, 3.2, 2.0, 1.4, 0.5, 2.2, 1.2, 0.9], strict=True))
    claims = []
    cand = [s for s in shipments_rows if s[3] <= "2025-06-01"]
    chosen = rng.choices(cand, weights=[claim_weight[s[2]] * s[4] for s in cand], k=170)
    for s in chosen:
        claimed = min(D.fromisoformat(s[3]) + _days(rng.randint(15, 420)), END)
        fault = _pick(rng, {"N": 30, "S": 25, "J": 20, "P": 15, "K": 10})
        outcome = _pick(rng, {"R": 70, "F": 18, "D": 12})
        claims.append([claimed, s[0], fault, outcome, s[5] if outcome == "F" else 0])
    claims.sort()
    claim_rows = [(i, c[1], iso(c[0]), c[2], c[3], c[4]) for i, c in enumerate(claims, start=1)]

    ddl = """
    CREATE TABLE suppliers (
        supplier_id     INTEGER PRIMARY KEY,
        name            TEXT NOT NULL,
        country         TEXT NOT NULL,
        lead_time_days  INTEGER NOT NULL
    );
    CREATE TABLE parts (
        part_id           INTEGER PRIMARY KEY,
        part_no           TEXT NOT NULL UNIQUE,
        name              TEXT NOT NULL UNIQUE,
        part_type         TEXT NOT NULL CHECK (part_type IN ('F', 'A', 'C')),
        supplier_id       INTEGER REFERENCES suppliers(supplier_id),
        unit_cost_cents   INTEGER,
        stock_qty         INTEGER NOT NULL,
        list_price_cents  INTEGER
    );
    CREATE TABLE bom (
        parent_part_id  INTEGER NOT NULL REFERENCES parts(part_id),
        child_part_id   INTEGER NOT NULL REFERENCES parts(part_id),
        quantity        INTEGER NOT NULL,
        PRIMARY KEY (parent_part_id, child_part_id)
    );
    CREATE TABLE builders (
        builder_id  INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        started_on  TEXT NOT NULL
    );
    CREATE TABLE builds (
        build_id    INTEGER PRIMARY KEY,
        part_id     INTEGER NOT NULL REFERENCES parts(part_id),
        builder_id  INTEGER NOT NULL REFERENCES builders(builder_id),
        built_on    TEXT NOT NULL,
        qty         INTEGER NOT NULL,
        qc_failed   INTEGER NOT NULL
    );
    CREATE TABLE dealers (
        dealer_id  INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        country    TEXT NOT NULL,
        tier       TEXT NOT NULL CHECK (tier IN ('G', 'S', 'B'))
    );
    CREATE TABLE shipments (
        shipment_id       INTEGER PRIMARY KEY,
        dealer_id         INTEGER NOT NULL REFERENCES dealers(dealer_id),
        part_id           INTEGER NOT NULL REFERENCES parts(part_id),
        shipped_on        TEXT NOT NULL,
        qty               INTEGER NOT NULL,
        unit_price_cents  INTEGER NOT NULL
    );
    CREATE TABLE warranty_claims (
        claim_id      INTEGER PRIMARY KEY,
        shipment_id   INTEGER NOT NULL REFERENCES shipments(shipment_id),
        claimed_on    TEXT NOT NULL,
        fault         TEXT NOT NULL,
        outcome       TEXT NOT NULL CHECK (outcome IN ('R', 'F', 'D')),
        refund_cents  INTEGER NOT NULL DEFAULT 0
    );
    """
    write_tables(path, ddl, {"suppliers": suppliers, "parts": parts, "bom": bom, "builders": builders, "builds": builds,
                       "dealers": dealers, "shipments": shipments_rows, "warranty_claims": claim_rows})


# ---------------------------------------------------------------------------------------------------------------
# spicemill: spice blender with a shop (fk_-prefixed foreign keys, money in REAL pounds)
# ---------------------------------------------------------------------------------------------------------------

_SPICES = [  # name, origin, heat 0-5, organic, price per kg (pounds)
    ("Cumin", "India", 1, "Y", 9.5), ("Coriander Seed", "India", 0, "Y", 6.0), ("Turmeric", "India", 0, "Y", 7.5),
    ("Cardamom", "Guatemala", 0, "N", 48.0), ("Cinnamon Cassia", "Indonesia", 0, "N", 11.0),
    ("Ceylon Cinnamon", "Sri Lanka", 0, "Y", 26.0), ("Cloves", "Madagascar", 1, "N", 18.0),
    ("Black Pepper", "Vietnam", 2, "N", 12.5), ("Kashmiri Chilli", "India", 3, "N", 14.0),
    ("Cayenne", "India", 5, "N", 10.5), ("Smoked Paprika", "Spain", 1, "Y", 15.0),
    ("Sweet Paprika", "Hungary", 0, "N", 9.0),
    ("Nutmeg", "Indonesia", 0, "N", 32.0), ("Ginger", "Nigeria", 2, "Y", 8.5), ("Fenugreek", "India", 0, "N", 5.5),
    ("Fennel Seed", "Egypt", 0, "Y", 6.5), ("Star Anise", "Vietnam", 0, "N", 17.0), ("Sumac", "Turkey", 0, "N", 16.0),
    ("Thyme", "Morocco", 0, "Y", 13.0), ("Sesame Seed", "Nigeria", 0, "N", 4.5), ("Allspice", "Jamaica", 1, "N", 19.0),
    ("Scotch Bonnet", "Jamaica", 5, "N", 28.0), ("Garlic Granules", "China", 0, "N", 7.0),
    ("Mustard Seed", "Canada", 2, "N", 4.0), ("Sichuan Pepper", "China", 4, "N", 36.0),
    ("Chipotle", "Mexico", 4, "Y", 24.0), ("Saffron", "Iran", 0, "N", 6500.0), ("Mace", "Grenada", 0, "N", 45.0),
    ("Dried Orange Peel", "Spain", 0, "Y", 12.0), ("Ajwain", "India", 2, "N", 8.0),
]
_BLENDS = [  # name, category, launched, retail price, pack grams, discontinued, recipe {spice: percent}
    ("Garam Masala", "C", "2019-03-01", 4.95, 50, None, {"Cumin": 30, "Coriander Seed": 25, "Cardamom": 15,
                                                       "Black Pepper": 10, "Cinnamon Cassia": 10, "Cloves": 10}),
    ("Madras Curry", "C", "2019-03-01", 4.50, 60, None, {"Coriander Seed": 30, "Turmeric": 20, "Cumin": 20,
                                                       "Kashmiri Chilli": 15, "Fenugreek": 10, "Mustard Seed": 5}),
    ("Korma Mild", "C", "2020-05-12", 4.25, 60, None, {"Coriander Seed": 35, "Turmeric": 20, "Cumin": 20,
                                                     "Cardamom": 10, "Ginger": 15}),
    ("Vindaloo Fire", "C", "2021-09-01", 4.95, 50, None, {"Kashmiri Chilli": 35, "Cayenne": 15, "Cumin": 20,
                                                        "Black Pepper": 15, "Cloves": 15}),
    ("Tandoori Masala", "C", "2022-02-14", 4.75, 60, "2024-10-31", {"Sweet Paprika": 30, "Kashmiri Chilli": 20,
                                                                   "Cumin": 20, "Ginger": 15, "Garlic Granules": 15}),
    ("Ras el Hanout", "M", "2019-06-01", 5.50, 50, None, {"Cumin": 20, "Ginger": 15, "Ceylon Cinnamon": 15,
                                                        "Coriander Seed": 15, "Sweet Paprika": 15, "Allspice": 10,
                                                        "Nutmeg": 10}),
    ("Za'atar", "M", "2019-06-01", 4.95, 60, None, {"Thyme": 45, "Sumac": 30, "Sesame Seed": 25}),
    ("Baharat", "M", "2020-10-01", 5.25, 50, None, {"Black Pepper": 25, "Sweet Paprika": 20, "Cumin": 20,
                                                  "Coriander Seed": 15, "Cloves": 10, "Nutmeg": 10}),
    ("Berbere", "M", "2022-07-01", 5.75, 50, None, {"Kashmiri Chilli": 40, "Sweet Paprika": 20, "Fenugreek": 15,
                                                  "Ginger": 15, "Ajwain": 10}),
    ("Dukkah", "M", "2023-04-01", 5.95, 80, "2024-03-31", {"Sesame Seed": 50, "Coriander Seed": 30, "Cumin": 20}),
    ("Smoky BBQ Rub", "B", "2019-05-01", 5.25, 80, None, {"Smoked Paprika": 40, "Garlic Granules": 20,
                                                        "Black Pepper": 20, "Mustard Seed": 10, "Chipotle": 10}),
    ("Texas Brisket Rub", "B", "2021-04-01", 5.95, 100, None, {"Black Pepper": 50, "Garlic Granules": 30,
                                                             "Smoked Paprika": 20}),
    ("Jerk Seasoning", "B", "2020-06-15", 5.50, 60, None, {"Allspice": 30, "Scotch Bonnet": 20, "Thyme": 20,
                                                         "Garlic Granules": 15, "Nutmeg": 5, "Ceylon Cinnamon": 10}),
    ("Cajun Blackening", "B", "2021-04-01", 4.95, 60, "2025-02-28", {"Sweet Paprika": 35, "Cayenne": 20,
                                                                    "Garlic Granules": 20, "Thyme": 15,
                                                                    "Black Pepper": 10}),
    ("Chipotle Fire Rub", "B", "2025-06-05", 6.25, 80, None, {"Chipotle": 50, "Smoked Paprika": 30,
                                                            "Garlic Granules": 20}),
    ("Pumpkin Spice", "K", "2020-09-01", 3.95, 40, None, {"Ceylon Cinnamon": 50, "Ginger": 20, "Nutmeg": 15,
                                                        "Cloves": 10, "Allspice": 5}),
    ("Gingerbread Mix", "K", "2020-11-01", 3.95, 40, None, {"Ginger": 45, "Ceylon Cinnamon": 30, "Cloves": 15,
                                                          "Nutmeg": 10}),
    ("Speculaas Mix", "K", "2022-10-01", 4.25, 40, None, {"Ceylon Cinnamon": 60, "Nutmeg": 10, "Cloves": 10,
                                                        "Ginger": 10, "Cardamom": 5, "Mace": 5}),
    ("Apple Pie Spice", "K", "2023-08-01", 3.75, 40, None, {"Ceylon Cinnamon": 65, "Nutmeg": 15, "Allspice": 10,
                                                          "Cardamom": 10}),
    ("Masala Chai", "T", "2019-10-01", 5.95, 75, None, {"Cinnamon Cassia": 30, "Ginger": 25, "Cardamom": 20,
                                                      "Cloves": 10, "Black Pepper": 10, "Star Anise": 5}),
    ("Golden Latte", "T", "2021-01-10", 6.50, 75, None, {"Turmeric": 60, "Ceylon Cinnamon": 20, "Ginger": 15,
                                                       "Black Pepper": 5}),
    ("Winter Mulling Spice", "T", "2022-11-01", 4.50, 50, None, {"Cinnamon Cassia": 40, "Dried Orange Peel": 30,
                                                               "Cloves": 15, "Star Anise": 10, "Allspice": 5}),
    ("Chinese Five Spice", "A", "2019-08-01", 4.25, 50, None, {"Star Anise": 30, "Cinnamon Cassia": 25,
                                                             "Fennel Seed": 20, "Cloves": 10, "Sichuan Pepper": 15}),
    ("Shichimi Togarashi", "A", "2023-02-01", 5.75, 40, None, {"Cayenne": 40, "Sichuan Pepper": 15,
                                                             "Sesame Seed": 25, "Dried Orange Peel": 10,
                                                             "Ginger": 10}),
    ("Saffron Paella Mix", "M", "2025-06-12", 8.95, 20, None, {"Saffron": 5, "Sweet Paprika": 55, "Garlic Granules": 25,
                                                             "Thyme": 15}),
]
_TRADE = ["The Curry Leaf", "Spice Route Kitchen", "Bombay Brasserie", "Saffron Lounge", "Little Morocco",
          "Smokehouse 41", "Yard Bird BBQ", "The Crooked Spoon", "Mama Jerk", "Olive & Fig", "Sichuan House",
          "The Baking Room", "Cinnamon Tree Cafe", "Dhaba Express", "Harissa & Co", "Pit Boss Grill",
          "Lemon Grove Deli", "Chai Wallah", "Zaytoun", "The Copper Pot", "Bao Down", "Hop & Pepper",
          "Pepper Mill Bistro", "Masala Box", "Rubs & Grubs", "Noodle Bar 88", "The Gingerbread House",
          "Atlas Kitchen", "Ember & Oak", "Taste of Kerala"]


def build_spicemill(path: Path) -> None:
    rng = random.Random(107_004)
    spices = [(i, s[0], s[1], s[2], s[3]) for i, s in enumerate(_SPICES, start=1)]
    sid = {s[0]: i for i, s in enumerate(_SPICES, start=1)}
    kg_price = {i: s[4] for i, s in enumerate(_SPICES, start=1)}
    suppliers = [(1, "Rajah Spice Imports", "India"), (2, "Malabar Trading", "India"),
                 (3, "Levant Foods", "Turkey"), (4, "Islas Especias", "Spain"), (5, "Saigon Pepper Co", "Vietnam"),
                 (6, "Caribbean Harvest", "Jamaica"), (7, "Bristol Dry Goods", "UK")]
    supplies = {1: ["India", "Sri Lanka", "Madagascar", "Guatemala"], 2: ["India", "Indonesia", "Nigeria", "Grenada"],
                3: ["Turkey", "Egypt", "Morocco", "Iran"], 4: ["Spain", "Hungary", "Mexico"],
                5: ["Vietnam", "China", "Indonesia"], 6: ["Jamaica", "Grenada", "Nigeria"],
                7: ["Canada", "China", "Spain", "India", "Turkey"]}
    purchases = []
    for _ in range(380):
        sup = rng.choice(suppliers)
        opts = [s for s in spices if s[2] in supplies[sup[0]]]
        sp = rng.choice(opts)
        grams = rng.choice([100, 250, 500]) if sp[1] == "Saffron" else rng.randint(1, 50) * 500
        cost = round(grams / 1000 * kg_price[sp[0]] * rng.uniform(0.9, 1.15), 2)
        purchases.append([day_between(rng, START, END), sup[0], sp[0], grams, cost])
    purchases.sort()
    purchase_rows = [(i, p[1], p[2], iso(p[0]), p[3], p[4]) for i, p in enumerate(purchases, start=1)]

    blends, recipe = [], []
    for i, b in enumerate(_BLENDS, start=1):
        blends.append((i, b[0], b[1], b[2], b[3], b[4], b[5]))
        assert sum(b[6].values()) == 100, b[0]
        recipe += [(i, sid[s], pct) for s, pct in b[6].items()]
    towns = {"Leeds": 35, "York": 20, "Harrogate": 12, "Sheffield": 15, "Bradford": 10, "Manchester": 8}
    people = _names(rng, _EN_FIRST, _EN_LAST, 190)
    customers = []
    for i in range(220):
        trade = i % 22 in (2, 9, 17)
        name = _TRADE[len([c for c in customers if c[2] == "T"])] if trade else people.pop()
        customers.append((i + 1, name, "T" if trade else "R", _pick(rng, towns),
                          iso(day_between(rng, D(2020, 1, 1), D(2025, 5, 31)))))
    popularity = [rng.uniform(0.5, 3.0) for _ in blends]
    raw = []
    for c in customers:
        lo = max(D.fromisoformat(c[4]), D(2023, 7, 1))
        n = rng.randint(6, 20) if c[2] == "T" else rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10])
        raw += [(day_between(rng, lo, END), c[0], c[2]) for _ in range(n)]
    raw.sort()
    sales, lines = [], []
    for sid_, (when, cid, kind) in enumerate(raw, start=1):
        channel = _pick(rng, {"W": 70, "S": 30}) if kind == "T" else _pick(rng, {"S": 45, "W": 35, "M": 20})
        if kind == "T" and (END - when).days < 30 and rng.random() < 0.6:
            status = "W"
        else:
            status = "R" if rng.random() < (0.08 if channel == "W" else 0.02) else "P"
        sales.append((sid_, cid, iso(when), channel, status))
        live = [b for b in blends if b[3] <= iso(when) and (b[6] is None or b[6] >= iso(when))]
        weights = [popularity[b[0] - 1] for b in live]
        chosen: list[tuple[Any, ...]] = []
        while len(chosen) < min(rng.randint(1, 4), len(live)):
            b = rng.choices(live, weights=weights)[0]
            if b not in chosen:
                chosen.append(b)
        for b in chosen:
            packs = rng.randint(5, 30) if kind == "T" else rng.randint(1, 3)
            price = round(b[4] * 0.75, 2) if kind == "T" else b[4]
            lines.append((len(lines) + 1, sid_, b[0], packs, price))
    ddl = """
    CREATE TABLE spice (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE,
        origin_country  TEXT NOT NULL,
        heat_level      INTEGER NOT NULL,
        organic         TEXT NOT NULL CHECK (organic IN ('Y', 'N'))
    );
    CREATE TABLE supplier (
        id       INTEGER PRIMARY KEY,
        name     TEXT NOT NULL,
        country  TEXT NOT NULL
    );
    CREATE TABLE purchase (
        id           INTEGER PRIMARY KEY,
        fk_supplier  INTEGER NOT NULL REFERENCES supplier(id),
        fk_spice     INTEGER NOT NULL REFERENCES spice(id),
        received_on  TEXT NOT NULL,
        weight_g     INTEGER NOT NULL,
        cost_total   REAL NOT NULL
    );
    CREATE TABLE blend (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL UNIQUE,
        category         TEXT NOT NULL,
        launched_on      TEXT NOT NULL,
        retail_price     REAL NOT NULL,
        pack_weight_g    INTEGER NOT NULL,
        discontinued_on  TEXT
    );
    CREATE TABLE blend_recipe (
        fk_blend  INTEGER NOT NULL REFERENCES blend(id),
        fk_spice  INTEGER NOT NULL REFERENCES spice(id),
        percent   INTEGER NOT NULL,
        PRIMARY KEY (fk_blend, fk_spice)
    );
    CREATE TABLE customer (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('R', 'T')),
        town       TEXT NOT NULL,
        joined_on  TEXT NOT NULL
    );
    CREATE TABLE sale (
        id           INTEGER PRIMARY KEY,
        fk_customer  INTEGER NOT NULL REFERENCES customer(id),
        sold_on      TEXT NOT NULL,
        channel      TEXT NOT NULL,
        status       TEXT NOT NULL
    );
    CREATE TABLE sale_line (
        id          INTEGER PRIMARY KEY,
        fk_sale     INTEGER NOT NULL REFERENCES sale(id),
        fk_blend    INTEGER NOT NULL REFERENCES blend(id),
        packs       INTEGER NOT NULL,
        unit_price  REAL NOT NULL
    );
    """
    write_tables(path, ddl, {"spice": spices, "supplier": suppliers, "purchase": purchase_rows, "blend": blends,
                       "blend_recipe": recipe, "customer": customers, "sale": sales, "sale_line": lines})


# ---------------------------------------------------------------------------------------------------------------
# lasercut: laser cutting and engraving bureau (dates as unix epoch seconds, money in integer euro cents)
# ---------------------------------------------------------------------------------------------------------------

def _epoch(d: dt.date, hour: int = 0, minute: int = 0) -> int:
    return int(dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=dt.UTC).timestamp())


_LC_A = ["Archimodel", "Signwise", "Maple & Pine", "Brightline", "Kleinwerk", "Studio Vonk", "Northlight", "Atelier",
         "Formwork", "Paperfox", "Makers", "Lumen", "Hexa", "Copperleaf", "Blokhut", "Tinker"]
_LC_B = ["Studio", "Design", "Crafts", "Signs", "Models", "Works", "Labs", "Collective"]
_LC_SECTOR = {"Studio": "ARCH", "Models": "ARCH", "Signs": "SIGN", "Design": "SIGN", "Crafts": "CRAFT",
              "Collective": "CRAFT", "Works": "IND", "Labs": "EDU"}


def build_lasercut(path: Path) -> None:
    rng = random.Random(107_005)
    machines = [(1, "Trotec Speedy 400", "CO2", 120, _epoch(D(2019, 5, 6), 9)),
                (2, "Epilog Fusion Pro 32", "CO2", 80, _epoch(D(2021, 2, 15), 10)),
                (3, "Thunder Nova 51", "CO2", 100, _epoch(D(2023, 3, 20), 9, 30)),
                (4, "Raycus Fiber 50", "FIBER", 50, _epoch(D(2022, 8, 29), 11)),
                (5, "xTool D1 Pro", "DIODE", 20, _epoch(D(2023, 11, 13), 14))]
    operators = [(1, "Sven Hofman", "E", _epoch(D(2019, 4, 1), 8)),
                 (2, "Nadia Bakker", "E", _epoch(D(2020, 9, 14), 8)),
                 (3, "Kees Willems", "L", _epoch(D(2021, 1, 11), 8)),
                 (4, "Yara El Idrissi", "L", _epoch(D(2022, 6, 1), 8)),
                 (5, "Tom Verbeek", "E", _epoch(D(2023, 3, 6), 8)),
                 (6, "Lina Schouten", "L", _epoch(D(2024, 2, 5), 8)),
                 (7, "Milan Kok", "E", _epoch(D(2024, 10, 14), 8))]
    materials = [  # name, kind, thickness mm, sheet price cents
        ("Cast acrylic clear 3mm", "A", 3.0, 2450), ("Cast acrylic clear 5mm", "A", 5.0, 3900),
        ("Cast acrylic black 3mm", "A", 3.0, 2550), ("Mirror acrylic gold 3mm", "A", 3.0, 4800),
        ("Cast acrylic opal 8mm", "A", 8.0, 6900), ("Birch plywood 3mm", "P", 3.0, 1150),
        ("Birch plywood 6mm", "P", 6.0, 1980), ("Poplar plywood 4mm", "P", 4.0, 1240), ("MDF 3mm", "F", 3.0, 620),
        ("MDF 6mm", "F", 6.0, 890), ("MDF 9mm", "F", 9.0, 1290), ("Veg-tan leather 2mm", "L", 2.0, 5400),
        ("Mount board 1.5mm", "C", 1.5, 480), ("Greyboard 2mm", "C", 2.0, 390),
        ("Stainless steel 1mm", "S", 1.0, 7200), ("Stainless steel 2mm", "S", 2.0, 11800),
        ("Anodised aluminium 0.8mm", "S", 0.8, 5600), ("Cork sheet 3mm", "C", 3.0, 760),
    ]
    materials = [(i, *m) for i, m in enumerate(materials, start=1)]
    companies = [f"{a} {b}" for a in _LC_A for b in _LC_B]
    rng.shuffle(companies)
    contacts = _names(rng, _EN_FIRST, _EN_LAST, 95)
    clients = []
    for i in range(95):
        comp = companies[i]
        created = day_between(rng, D(2022, 1, 1), D(2025, 6, 10))
        clients.append((i + 1, comp, contacts[i], _LC_SECTOR[comp.split()[-1]],
                        _epoch(created, rng.randint(8, 17), rng.randint(0, 59))))
    idle = set(rng.sample(range(1, 96), 7))
    weight = {c[0]: rng.uniform(0.3, 3.0) for c in clients}
    jobs = []
    raw = []
    for c in clients:
        if c[0] in idle:
            continue
        created = dt.datetime.fromtimestamp(c[4], dt.UTC).date()
        lo = max(created, D(2023, 9, 1))
        if lo > END:
            continue
        n = max(1, round(weight[c[0]] * 8))
        raw += [(day_between(rng, lo, END), c[0], c[3]) for _ in range(n)]
    raw.sort()
    kinds_for = {"ARCH": "AFCP", "SIGN": "AAPFS", "CRAFT": "PLCAF", "IND": "SSAF", "EDU": "FPCC"}
    ops_by_shift = {"E": (7, 14), "L": (14, 21)}
    for jid, (day, cid, sector) in enumerate(raw, start=1):
        kind = rng.choice(kinds_for[sector])
        mat = rng.choice([m for m in materials if m[2] == kind])
        if kind == "S":
            mach = 4
        elif kind in "CL" and rng.random() < 0.3 and day >= D(2023, 11, 13):
            mach = 5
        else:
            mach = rng.choice([1, 1, 2] + ([3, 3] if day >= D(2023, 3, 20) else []))
        received = _epoch(day, rng.randint(8, 17), rng.randint(0, 59))
        hired = [o for o in operators if o[3] <= received]
        op = rng.choice(hired)
        sheets = rng.randint(1, 12)
        secs = sheets * rng.randint(240, 1500) * (2 if mach == 5 else 1)
        price = round(sheets * mat[4] * 1.3 + secs / 60 * 95, -1)
        age = (END - day).days
        if age > 12:
            status = _pick(rng, {"D": 94, "X": 6})
        elif age > 4:
            status = _pick(rng, {"D": 60, "C": 15, "Q": 15, "X": 10})
        else:
            status = _pick(rng, {"Q": 55, "C": 30, "D": 15})
        if status == "D":
            lo_h = ops_by_shift[op[2]][0]
            done_day = day + _days(rng.choice([0, 1, 1, 2, 2, 3, 4, 6, 9]))
            completed = min(_epoch(done_day, lo_h + rng.randint(1, 6), rng.randint(0, 59)), _epoch(END, 20))
            completed = max(completed, received + secs + 600)
        else:
            completed = None
        jobs.append((jid, cid, mat[0], None if status in "QX" else mach, op[0], received, completed, sheets, secs,
                     int(price), status))
    invoices = []
    by_month: dict[tuple[int, int, int], int] = {}
    for j in jobs:
        if j[10] == "D":
            d = dt.datetime.fromtimestamp(j[6], dt.UTC).date()
            if (d.year, d.month) < (2025, 6):
                key = (j[1], d.year, d.month)
                by_month[key] = by_month.get(key, 0) + j[9]
    for (cid, y, m), amount in sorted(by_month.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        issued = D(y + (m == 12), m % 12 + 1, 1) + _days(rng.randint(0, 2))
        paid_day = issued + _days(rng.randint(5, 50))
        late_payer = weight[cid] < 0.6 and rng.random() < 0.5
        if paid_day > END or (late_payer and issued < D(2025, 3, 1) and rng.random() < 0.3):
            paid = None
        else:
            paid = _epoch(paid_day, rng.randint(8, 18), rng.randint(0, 59))
        invoices.append((len(invoices) + 1, cid, _epoch(issued, 9), amount, paid))
    maintenance = []
    for _ in range(70):
        mach = rng.choices([1, 2, 3, 4, 5], weights=[5, 4, 3, 2, 1])[0]
        inst = dt.datetime.fromtimestamp(machines[mach - 1][4], dt.UTC).date()
        last = D(2025, 2, 20) if mach in (4, 5) else END
        day = day_between(rng, max(inst, D(2023, 6, 1)), last)
        kind = _pick(rng, {"L": 45, "A": 25, "S": 15, "T": 15 if mach in (1, 2, 3) else 0})
        down, cost = {"L": ((30, 120), (1500, 9000)), "A": ((60, 180), (0, 4500)),
                      "S": ((240, 480), (35000, 60000)), "T": ((300, 720), (90000, 220000))}[kind]
        maintenance.append([_epoch(day, rng.randint(7, 16)), mach, kind, rng.randint(*down) // 10 * 10,
                            rng.randint(*cost) // 100 * 100])
    maintenance.sort()
    maint_rows = [(i, m[1], m[0], m[2], m[3], m[4]) for i, m in enumerate(maintenance, start=1)]
    ddl = """
    CREATE TABLE clients (
        client_id     INTEGER PRIMARY KEY,
        company       TEXT NOT NULL UNIQUE,
        contact_name  TEXT NOT NULL,
        sector        TEXT NOT NULL,
        created_ts    INTEGER NOT NULL
    );
    CREATE TABLE materials (
        material_id        INTEGER PRIMARY KEY,
        name               TEXT NOT NULL UNIQUE,
        kind               TEXT NOT NULL,
        thickness_mm       REAL NOT NULL,
        sheet_price_cents  INTEGER NOT NULL
    );
    CREATE TABLE machines (
        machine_id    INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        laser_type    TEXT NOT NULL,
        watts         INTEGER NOT NULL,
        installed_ts  INTEGER NOT NULL
    );
    CREATE TABLE operators (
        operator_id  INTEGER PRIMARY KEY,
        name         TEXT NOT NULL,
        shift        TEXT NOT NULL CHECK (shift IN ('E', 'L')),
        hired_ts     INTEGER NOT NULL
    );
    CREATE TABLE jobs (
        job_id        INTEGER PRIMARY KEY,
        client_id     INTEGER NOT NULL REFERENCES clients(client_id),
        material_id   INTEGER NOT NULL REFERENCES materials(material_id),
        machine_id    INTEGER REFERENCES machines(machine_id),
        operator_id   INTEGER NOT NULL REFERENCES operators(operator_id),
        received_ts   INTEGER NOT NULL,
        completed_ts  INTEGER,
        sheets        INTEGER NOT NULL,
        cut_seconds   INTEGER NOT NULL,
        price_cents   INTEGER NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('Q', 'C', 'D', 'X'))
    );
    CREATE TABLE invoices (
        invoice_id    INTEGER PRIMARY KEY,
        client_id     INTEGER NOT NULL REFERENCES clients(client_id),
        issued_ts     INTEGER NOT NULL,
        amount_cents  INTEGER NOT NULL,
        paid_ts       INTEGER
    );
    CREATE TABLE maintenance (
        maint_id      INTEGER PRIMARY KEY,
        machine_id    INTEGER NOT NULL REFERENCES machines(machine_id),
        done_ts       INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        downtime_min  INTEGER NOT NULL,
        cost_cents    INTEGER NOT NULL
    );
    """
    write_tables(path, ddl, {"clients": clients, "materials": materials, "machines": machines, "operators": operators,
                       "jobs": jobs, "invoices": invoices, "maintenance": maint_rows})


# ---------------------------------------------------------------------------------------------------------------
# haberdashery: fabric and sewing shop with workshops (soft delete via deleted_at, money in integer pence)
# ---------------------------------------------------------------------------------------------------------------

_HB_PRODUCTS = {  # category: (unit, price range pence, step, names)
    "FAB": ("m", (800, 2600), 10, ["Cotton Lawn", "Liberty Tana Lawn", "Linen", "Chambray", "Double Gauze",
                                   "Needlecord", "Wool Crepe", "Viscose Twill", "Denim 10oz", "Quilting Cotton",
                                   "Jersey Knit", "Tweed", "Canvas", "Broderie Anglaise", "Velvet", "Poplin",
                                   "Seersucker", "Flannel", "Silk Habotai", "Ponte Roma"]),
    "YRN": ("ball", (350, 1400), 5, ["Merino DK", "Alpaca Blend", "Cotton 4ply", "Chunky Wool", "Sock Yarn",
                                      "Mohair Lace", "Aran Tweed", "Bamboo DK", "Cashmere Blend", "Linen Yarn",
                                      "Recycled Cotton", "Baby Merino"]),
    "THR": ("each", (180, 650), 5, ["Polyester Thread 100m", "Polyester Thread 500m", "Topstitch Thread",
                                     "Cotton Thread 200m", "Embroidery Floss", "Invisible Thread", "Quilting Thread",
                                     "Overlocker Cone"]),
    "BTN": ("each", (120, 900), 10, ["Wooden Buttons 15mm", "Shell Buttons 11mm", "Metal Jeans Buttons",
                                      "Horn Toggles", "Coconut Buttons 20mm", "Fabric Covered Button Kit",
                                      "Snap Fasteners", "Glass Buttons"]),
    "ZIP": ("each", (150, 950), 10, ["Nylon Zip 20cm", "Invisible Zip 22cm", "Metal Zip 18cm", "Open-End Zip 60cm",
                                      "Jeans Zip", "Chunky Zip 70cm"]),
    "PAT": ("each", (900, 2200), 100, ["Pattern: Wrap Dress", "Pattern: Box Tee", "Pattern: Chore Jacket",
                                        "Pattern: Wide Trousers", "Pattern: Tote Bag", "Pattern: Shirt Dress",
                                        "Pattern: Kids Dungarees", "Pattern: Raglan Jumper", "Pattern: Tiered Skirt",
                                        "Pattern: Bucket Hat"]),
}


def build_haberdashery(path: Path) -> None:
    rng = random.Random(107_006)
    suppliers = [(1, "Rowan Yarns", "UK", None), (2, "Liberty Fabrics", "UK", None), (3, "Prym", "Germany", None),
                 (4, "Gütermann", "Germany", None), (5, "YKK", "Japan", None), (6, "Drops Design", "Norway", None),
                 (7, "Atelier Brunette", "France", "2024-11-30"), (8, "Robert Kaufman", "USA", None),
                 (9, "Hemline", "UK", "2025-03-14"), (10, "Merchant & Mills", "UK", None),
                 (11, "Stoff & Stil", "Germany", "2023-08-01")]
    sup_for = {"FAB": [2, 7, 8, 10, 11], "YRN": [1, 6], "THR": [4, 3, 9], "BTN": [3, 9, 10], "ZIP": [5, 3, 9],
               "PAT": [10, 7, 11]}
    products = []
    for cat, (unit, (lo, hi), step, names) in _HB_PRODUCTS.items():
        variants = [""] if cat in ("PAT", "ZIP") else ["", " - Navy", " - Mustard", " - Sage"] if cat == "FAB" else [""]
        for base in names:
            for v in variants[: rng.randint(1, len(variants))]:
                created = day_between(rng, D(2022, 1, 1), D(2025, 4, 30))
                gone = {s[0]: s[3] for s in suppliers}
                sup = rng.choice([x for x in sup_for[cat] if gone[x] is None or gone[x] > iso(created + _days(60))])
                products.append([cat, f"{base}{v}", unit, rng.randint(lo // step, hi // step) * step, sup, created])
    prod_rows = []
    for i, p in enumerate(products, start=1):
        sup_gone = next(s[3] for s in suppliers if s[0] == p[4])
        if sup_gone is not None:
            deleted = D.fromisoformat(sup_gone)
        elif rng.random() < 0.08:
            deleted = day_between(rng, p[5] + _days(60), END) if p[5] + _days(60) <= END else None
        else:
            deleted = None
        sku = f"{p[0]}-{i:04d}"
        prod_rows.append((i, sku, p[1], p[0], p[2], p[3], p[4], iso(p[5]), iso(deleted)))
    staff = [(1, "Harriet Quill", "owner", "2015-05-01", None),
             (2, "Beth Okonjo", "assistant", "2018-03-12", None),
             (3, "Marcus Lee", "assistant", "2020-08-24", "2024-07-31"),
             (4, "Ffion Price", "assistant", "2022-01-10", None),
             (5, "Zara Khan", "saturday", "2023-04-15", "2024-09-28"),
             (6, "Olly Grant", "saturday", "2024-10-05", None),
             (7, "Ruth Abbott", "tutor", "2021-09-01", None),
             (8, "Nell Carver", "assistant", "2024-08-12", None)]
    names = _names(rng, _EN_FIRST, _EN_LAST, 260)
    customers = []
    for i, nm in enumerate(names, start=1):
        created = day_between(rng, D(2021, 6, 1), D(2025, 6, 1))
        tier = _pick(rng, {"": 45, "B": 30, "S": 17, "G": 8}) or None
        customers.append([i, nm, nm.lower().replace(" ", ".") + "@example.com",
                          rng.choice(["BS1", "BS2", "BS3", "BS6", "BS7", "BS8"]) + f" {rng.randint(1, 9)}"
                          + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                          tier, iso(created), None])
    buyers = rng.sample(range(1, 261), 225)
    weight = {c: rng.uniform(0.2, 3.0) for c in buyers}
    for c in rng.sample(buyers, 22):
        lo = D.fromisoformat(customers[c - 1][5]) + _days(20)
        if lo < END:
            customers[c - 1][6] = iso(day_between(rng, lo, END))
    gold_deleted = [c for c in buyers if customers[c - 1][4] == "G" and customers[c - 1][6] is not None]
    if not gold_deleted:
        gone = next(c for c in buyers if customers[c - 1][4] == "G" and customers[c - 1][6] is None)
        customers[gone - 1][6] = "2025-02-03"
    sales, items = [], []
    day = START
    live_products = prod_rows
    while day <= END:
        if day.weekday() != 6:
            for _ in range(rng.randint(1, 6) if day.weekday() < 5 else rng.randint(4, 10)):
                when = dt.datetime(day.year, day.month, day.day, rng.randint(9, 17), rng.randint(0, 59),
                                   rng.randint(0, 59))
                if rng.random() < 0.35:
                    cust = None
                else:
                    ok = [c for c in buyers if customers[c - 1][5] <= iso(day)
                          and (customers[c - 1][6] is None or customers[c - 1][6] > iso(day))]
                    cust = rng.choices(ok, weights=[weight[c] for c in ok])[0] if ok else None
                on_duty = [s[0] for s in staff if s[2] != "tutor" and s[3] <= iso(day)
                           and (s[4] is None or s[4] >= iso(day)) and (s[2] != "saturday" or day.weekday() == 5)]
                st = rng.choice(on_duty)
                avail = [p for p in live_products if p[7] <= iso(day) and (p[8] is None or p[8] > iso(day))]
                total = 0
                sid = len(sales) + 1
                for p in rng.sample(avail, rng.choice([1, 1, 1, 2, 2, 3, 4])):
                    if p[3] == "FAB":
                        qty = rng.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0])
                    elif p[3] == "YRN":
                        qty = float(rng.randint(1, 10))
                    else:
                        qty = float(rng.randint(1, 3))
                    items.append((len(items) + 1, sid, p[0], qty, p[5]))
                    total += round(qty * p[5])
                pay = _pick(rng, {"card": 78, "cash": 17, "voucher": 5})
                sales.append((sid, cust, st, when.strftime("%Y-%m-%d %H:%M:%S"), pay, total))
        day += _days(1)
    # every soft-deleted customer has bought something at least once (and only before being deleted)
    for c in customers:
        if c[6] is not None and not any(s[1] == c[0] for s in sales):
            c[6] = None
    classes = []
    titles = ["Learn to Sew: Tote Bag", "Beginners Knitting", "Dressmaking: Wrap Dress", "Overlocker Confidence",
              "Zip Insertion Masterclass", "Patchwork Cushion", "Crochet Granny Squares", "Trouser Fitting",
              "Visible Mending", "Embroidery Basics"]
    cday = D(2024, 1, 13)
    while cday <= D(2025, 8, 31):
        title = rng.choice(titles)
        tutor = rng.choice([1, 7, 7, 2]) if cday < D(2024, 8, 1) else rng.choice([1, 7, 7, 2, 4])
        cap = rng.choice([6, 8, 8, 10])
        classes.append([len(classes) + 1, title, iso(cday), tutor, cap, rng.choice([3500, 4500, 5500, 6500]), None])
        cday += _days(rng.choice([10, 14, 17, 21]))
    future = [c for c in classes if c[2] >= "2025-06-15"]
    future[1][6] = "2025-06-02"
    bookings = []
    for c in classes:
        if c[2] >= "2025-06-15":
            n = c[4] if c[0] % 3 == 0 and c[6] is None else rng.randint(1, c[4] - 1)
        else:
            n = c[4] if rng.random() < 0.3 else rng.randint(2, c[4])
        cday = D.fromisoformat(c[2])
        ok = [cu[0] for cu in customers if cu[5] < c[2] and (cu[6] is None or cu[6] > c[2])]
        tutor_show = {1: 0.95, 7: 0.9, 2: 0.8, 4: 0.7}[c[3]]
        for cu in rng.sample(ok, n):
            booked = cday - _days(rng.randint(2, 40))
            attended = None if c[2] >= "2025-06-15" else ("Y" if rng.random() < tutor_show else "N")
            bookings.append((len(bookings) + 1, c[0], cu, iso(booked), attended))
    ddl = """
    CREATE TABLE suppliers (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        country     TEXT NOT NULL,
        deleted_at  TEXT
    );
    CREATE TABLE products (
        id           INTEGER PRIMARY KEY,
        sku          TEXT NOT NULL UNIQUE,
        name         TEXT NOT NULL,
        category     TEXT NOT NULL,
        unit         TEXT NOT NULL,
        price_pence  INTEGER NOT NULL,
        supplier_id  INTEGER NOT NULL REFERENCES suppliers(id),
        created_at   TEXT NOT NULL,
        deleted_at   TEXT
    );
    CREATE TABLE customers (
        id            INTEGER PRIMARY KEY,
        full_name     TEXT NOT NULL,
        email         TEXT,
        postcode      TEXT,
        loyalty_tier  TEXT,
        created_at    TEXT NOT NULL,
        deleted_at    TEXT
    );
    CREATE TABLE staff (
        id          INTEGER PRIMARY KEY,
        full_name   TEXT NOT NULL,
        role        TEXT NOT NULL,
        started_on  TEXT NOT NULL,
        deleted_at  TEXT
    );
    CREATE TABLE sales (
        id            INTEGER PRIMARY KEY,
        customer_id   INTEGER REFERENCES customers(id),
        staff_id      INTEGER NOT NULL REFERENCES staff(id),
        sold_at       TEXT NOT NULL,
        payment_type  TEXT NOT NULL,
        total_pence   INTEGER NOT NULL
    );
    CREATE TABLE sale_items (
        id                INTEGER PRIMARY KEY,
        sale_id           INTEGER NOT NULL REFERENCES sales(id),
        product_id        INTEGER NOT NULL REFERENCES products(id),
        quantity          REAL NOT NULL,
        unit_price_pence  INTEGER NOT NULL
    );
    CREATE TABLE classes (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        class_date  TEXT NOT NULL,
        tutor_id    INTEGER NOT NULL REFERENCES staff(id),
        capacity    INTEGER NOT NULL,
        fee_pence   INTEGER NOT NULL,
        deleted_at  TEXT
    );
    CREATE TABLE bookings (
        id           INTEGER PRIMARY KEY,
        class_id     INTEGER NOT NULL REFERENCES classes(id),
        customer_id  INTEGER NOT NULL REFERENCES customers(id),
        booked_on    TEXT NOT NULL,
        attended     TEXT
    );
    """
    write_tables(path, ddl, {"suppliers": suppliers, "products": prod_rows, "customers": [tuple(c) for c in customers],
                       "staff": staff, "sales": sales, "sale_items": items, "classes": [tuple(c) for c in classes],
                       "bookings": bookings})


BUILDERS: dict[str, Callable[[Path], None]] = {
    "kaarsenmakerij": build_kaarsenmakerij,
    "millinery": build_millinery,
    "pedalworks": build_pedalworks,
    "spicemill": build_spicemill,
    "lasercut": build_lasercut,
    "haberdashery": build_haberdashery,
}
