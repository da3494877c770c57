"""Blind corpus 101: agriculture, food processing and markets.  Six SQLite databases.

Common conventions: the data ends on 2025-06-14 and "today" is 2025-06-15 (Sunday).  Dates are ISO text
('YYYY-MM-DD'), timestamps are 'YYYY-MM-DD HH:MM:SS' text.  Every builder uses its own ``random.Random``
with a fixed seed, so the files are identical on every run.

1. ``ciftlikkoop`` - a Black Sea farmers' cooperative (Ordu province), Turkish names throughout.
   * ``koylar`` (villages): ``koy_id`` PK, ``koy_adi`` (village name, e.g. 'Yeşiltepe', 'Kuzköy', 'Çamlıca'),
     ``ilce`` (district: 'Ünye', 'Fatsa', 'Perşembe', 'Gölköy').  8 rows.
   * ``uyeler`` (members): ``uye_id`` PK, ``ad_soyad`` (full name, unique), ``koy_id`` -> koylar,
     ``katilim_tarihi`` (date joined the cooperative), ``durum`` (status: 'aktif' active, 'pasif' dormant,
     'ayrıldı' left the cooperative), ``telefon`` (phone; NULL = not known).  120 rows.
   * ``urunler`` (products): ``urun_id`` PK, ``urun_adi`` ('Fındık' hazelnut in shell, 'Çay' fresh tea leaf,
     'Kivi' kiwi, 'Mısır' maize, 'Bal' honey, 'Ceviz' walnut), ``birim_fiyat_kg`` (current list price the
     cooperative pays, Turkish lira per kilo).
   * ``tarlalar`` (plots): ``tarla_id`` PK, ``uye_id`` -> uyeler (owner), ``koy_id`` -> koylar (where the plot
     lies), ``urun_id`` -> urunler (main crop), ``alan_dekar`` (area in dekar = 1000 m2), ``sulama``
     (1 = irrigated, 0 = rain-fed).
   * ``teslimatlar`` (deliveries to the cooperative's store): ``teslimat_id`` PK, ``uye_id`` -> uyeler,
     ``urun_id`` -> urunler, ``teslim_tarihi`` (delivery date, 2023-05-01 .. 2025-06-14), ``miktar_kg``
     (net weight, kg), ``kalite`` (grade 'A', 'B' or 'C'), ``nem_orani`` (moisture %, NULL = not measured),
     ``birim_fiyat`` (lira per kilo actually paid for this delivery), ``odeme_durumu`` ('ödendi' paid /
     'bekliyor' awaiting payment).  Delivery value = miktar_kg * birim_fiyat.
   * ``odemeler`` (payments to members): ``odeme_id`` PK, ``uye_id`` -> uyeler, ``odeme_tarihi`` (date),
     ``tutar_tl`` (amount, lira), ``yontem`` (method: 'nakit' cash, 'havale' bank transfer, 'çek' cheque).
   * ``egitimler`` (training sessions): ``egitim_id`` PK, ``konu`` (topic), ``egitim_tarihi`` (date),
     ``egitmen`` (trainer name).
   * ``egitim_katilim`` (attendance, link table): ``egitim_id`` -> egitimler, ``uye_id`` -> uyeler, PK of both.

2. ``fishauction`` - a regional fish auction, PascalCase names, weights in kg, prices in EUR per kilo.
   * ``Ports``: ``PortId`` PK, ``PortName`` ('Kilkeel', 'Howth', 'Castletownbere', 'Killybegs', 'Dunmore East'),
     ``Region``.
   * ``Vessels``: ``VesselId`` PK, ``VesselName`` (unique), ``HomePortId`` -> Ports, ``SkipperName``,
     ``LengthM`` (metres), ``GearType`` ('Trawl', 'Gillnet', 'Longline', 'Pots'), ``RegisteredOn`` (date).
   * ``Species``: ``SpeciesId`` PK, ``CommonName`` (e.g. 'Cod', 'Haddock', 'Hake', 'Monkfish', 'Prawns'),
     ``LatinName``, ``MinPricePerKg`` (auction floor price, EUR/kg).
   * ``Buyers``: ``BuyerId`` PK, ``BuyerName``, ``BuyerType`` ('Wholesaler', 'Processor', 'Restaurant',
     'Retailer'), ``City``, ``CreditLimit`` (EUR; NULL = cash buyer without credit).
   * ``Landings``: ``LandingId`` PK, ``VesselId`` -> Vessels, ``PortId`` -> Ports (port where landed, not
     always the home port), ``LandingDate`` (date, weekdays 2024-01-02 .. 2025-06-13), ``TripDays``.  The
     'Morning Star' has been laid up for a refit since late February 2025 and has landed nothing since.
   * ``Lots``: ``LotId`` PK, ``LandingId`` -> Landings, ``SpeciesId`` -> Species, ``WeightKg``, ``BoxCount``,
     ``Grade`` ('Extra', 'A', 'B'), ``ReservePricePerKg`` (seller's reserve, EUR/kg).
   * ``Sales``: ``SaleId`` PK, ``LotId`` -> Lots (unique: a lot sells at most once; a lot without a sale was
     withdrawn unsold), ``BuyerId`` -> Buyers, ``PricePerKg`` (hammer price EUR/kg), ``SoldAt`` (timestamp on the
     landing day).  Sale value = WeightKg * PricePerKg.

3. ``abattoiraudit`` - official audits of slaughterhouses; outcomes, severities and categories are integer
   codes explained by lookup tables; inspectors report to a supervisor (self-reference).
   * ``outcome_codes``: ``outcome_code`` PK, ``label``: 1 'Pass', 2 'Conditional pass', 3 'Fail',
     4 'Abandoned' (audit stopped before completion).
   * ``severity_codes``: ``severity_code`` PK, ``label``: 1 'Minor', 2 'Major', 3 'Critical';
     ``days_to_close`` (deadline to close a finding: 90, 30, 7).
   * ``finding_categories``: ``category_code`` PK, ``category_name``: 10 'Animal welfare', 20 'Stunning',
     30 'Hygiene', 40 'Temperature control', 50 'Traceability', 60 'Record keeping', 70 'Waste handling'.
   * ``inspectors``: ``inspector_id`` PK, ``full_name``, ``grade`` ('Chief', 'Senior', 'Inspector', 'Trainee'),
     ``supervisor_id`` -> inspectors (NULL for the chief inspector), ``region`` ('North', 'South', 'East',
     'West'), ``hired_on`` (date).
   * ``plants``: ``plant_id`` PK, ``plant_name``, ``county``, ``species`` ('cattle', 'sheep', 'pigs', 'poultry',
     'mixed'), ``capacity_head_per_day``, ``approved_on`` (date of approval).
   * ``audits``: ``audit_id`` PK, ``plant_id`` -> plants, ``lead_inspector_id`` -> inspectors, ``audit_date``
     (weekdays, 2022-01-06 .. 2025-06-11), ``unannounced`` (1 = unannounced visit, 0 = planned), ``outcome_code`` ->
     outcome_codes, ``score`` (0-100; NULL when the audit was abandoned), ``carcass_tonnes`` (tonnes
     slaughtered on the audit day).
   * ``audit_team`` (link table): ``audit_id`` -> audits, ``inspector_id`` -> inspectors; the other inspectors
     (not the lead) who took part.  PK of both.
   * ``findings``: ``finding_id`` PK, ``audit_id`` -> audits, ``category_code`` -> finding_categories,
     ``severity_code`` -> severity_codes, ``note``, ``closed_on`` (date the finding was closed; NULL = still open).

4. ``olivemill`` - a cooperative olive mill; dates end in '_dt', timestamps in '_ts'; olives in kg, oil sales in
   tonnes, prices per kilo (EUR).
   * ``cultivars``: ``cultivar_id`` PK, ``cultivar_name`` ('Koroneiki', 'Arbequina', 'Picual', 'Frantoio',
     'Leccino', 'Kalamata'), ``origin_country``.
   * ``growers``: ``grower_id`` PK, ``grower_name``, ``village``, ``registered_dt``, ``organic`` (1 = certified
     organic), ``email`` (NULL = none on file).
   * ``groves``: ``grove_id`` PK, ``grower_id`` -> growers, ``grove_name``, ``cultivar_id`` -> cultivars,
     ``area_ha`` (hectares), ``planted_year``.
   * ``deliveries``: ``delivery_id`` PK, ``grove_id`` -> groves, ``received_ts`` (timestamp; harvest seasons
     Oct 2023 - Jan 2024 and Oct 2024 - Jan 2025), ``gross_kg``, ``tare_kg`` (crates and leaves; net olives =
     gross_kg - tare_kg), ``price_per_kg`` (EUR paid per kilo of net olives), ``rejected`` (1 = load refused,
     not milled and not paid).
   * ``press_batches``: ``batch_id`` PK, ``line_no`` (press line 1, 2 or 3), ``start_ts``, ``end_ts`` (timestamp),
     ``oil_kg`` (oil produced, kg), ``acidity_pct`` (free acidity %), ``grade`` ('extra virgin', 'virgin',
     'lampante').
   * ``batch_deliveries`` (link table): ``batch_id`` -> press_batches, ``delivery_id`` -> deliveries; which
     accepted deliveries were milled in which batch (a delivery can be split over two batches).
   * ``customers``: ``customer_id`` PK, ``customer_name``, ``country``, ``customer_type`` ('bottler',
     'retailer', 'export agent', 'restaurant').
   * ``oil_sales``: ``sale_id`` PK, ``batch_id`` -> press_batches, ``customer_id`` -> customers, ``sale_dt``
     (2023-10-24 .. 2025-06-14), ``quantity_t`` (tonnes of oil), ``price_per_kg`` (EUR per kilo of oil).
     Sale value = quantity_t * 1000 * price_per_kg.

5. ``glasshouseops`` - a glasshouse vegetable grower; zones form a hierarchy (site > house > bay) through the
   self-referencing ``parent_zone_id``; workers report to a team lead (self-reference too).
   * ``zones``: ``zone_id`` PK, ``zone_name`` (e.g. 'Westland', 'House W2', 'W2-B3'), ``zone_type`` ('site',
     'house', 'bay'), ``parent_zone_id`` -> zones (NULL for a site), ``area_m2`` (a site's whole plot including
     yards; a house's is the sum of its bays), ``heated`` (1 = heated; houses W4 and O3 and their bays are not).
   * ``crops``: ``crop_id`` PK, ``crop_name`` ('Tomato', 'Cucumber', 'Sweet pepper', 'Aubergine', 'Lettuce',
     'Strawberry'), ``variety``, ``target_temp_c``.
   * ``plantings``: ``planting_id`` PK, ``zone_id`` -> zones (a bay), ``crop_id`` -> crops, ``planted_on``,
     ``removed_on`` (NULL = still in the ground), ``plant_count``.
   * ``workers``: ``worker_id`` PK, ``full_name``, ``team_lead_id`` -> workers (NULL for the team leads
     themselves), ``hourly_rate_eur``, ``started_on``.  The
     two newest starters (June 2025) are still in induction and have not picked yet.
   * ``harvests``: ``harvest_id`` PK, ``planting_id`` -> plantings, ``harvested_on`` (date, 2023-03-04 .. 2025-06-14), ``yield_kg``,
     ``quality_class`` ('I', 'II', 'reject').
   * ``harvest_pickers`` (link table): ``harvest_id`` -> harvests, ``worker_id`` -> workers, ``hours_worked``.
   * ``climate_log``: ``log_id`` PK, ``zone_id`` -> zones (a bay), ``logged_ts`` (timestamp every 6 hours,
     2025-05-01 00:00:00 .. 2025-06-14 18:00:00), ``temp_c``, ``rh_pct`` (relative humidity %), ``co2_ppm``
     (NULL = sensor fault).

6. ``producemarket`` - a wholesale fruit and vegetable market; trade status and trader kind are integer codes
   explained by lookup tables; quantities in tonnes, prices per kilo (GBP).
   * ``trade_status``: ``status_code`` PK, ``status_name``: 1 'Open', 2 'Settled', 3 'Disputed', 4 'Cancelled'.
   * ``trader_kinds``: ``kind_code`` PK, ``kind_name``: 1 'Grower', 2 'Wholesaler', 3 'Importer'.
   * ``traders`` (stallholders who sell): ``trader_id`` PK, ``trader_name``, ``kind_code`` -> trader_kinds,
     ``stall_no``, ``joined_dt``.
   * ``buyers``: ``buyer_id`` PK, ``buyer_name``, ``buyer_type`` ('Greengrocer', 'Restaurant', 'Supermarket',
     'Caterer'), ``city``.
   * ``commodities``: ``commodity_id`` PK, ``commodity_name`` (e.g. 'Apples', 'Tomatoes', 'Basil'),
     ``category`` ('fruit', 'vegetable', 'herb').
   * ``trades``: ``trade_id`` PK, ``trader_id`` -> traders, ``buyer_id`` -> buyers, ``trade_dt`` (date,
     2024-07-01 .. 2025-06-14), ``status_code`` -> trade_status.
   * ``trade_lines``: ``line_id`` PK, ``trade_id`` -> trades, ``commodity_id`` -> commodities, ``qty_tonnes``,
     ``price_per_kg`` (GBP; a few premium lots are priced above the day's official high), ``origin_country``
     (growers always sell 'United Kingdom' produce).  Line value = qty_tonnes * 1000 * price_per_kg.
   * ``market_quotes``: ``commodity_id`` -> commodities, ``quote_dt`` (each market day, Monday to Saturday),
     ``low_per_kg``, ``high_per_kg`` (official daily price range, GBP/kg); PK (commodity_id, quote_dt).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, write_tables

END = dt.date(2025, 6, 14)


def _names(rng: random.Random, firsts: Sequence[str], lasts: Sequence[str], n: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# --------------------------------------------------------------------------------------------- ciftlikkoop

_CK_DDL = """
CREATE TABLE koylar (koy_id INTEGER PRIMARY KEY, koy_adi TEXT NOT NULL, ilce TEXT NOT NULL);
CREATE TABLE uyeler (
    uye_id INTEGER PRIMARY KEY, ad_soyad TEXT NOT NULL UNIQUE, koy_id INTEGER NOT NULL REFERENCES koylar(koy_id),
    katilim_tarihi TEXT NOT NULL, durum TEXT NOT NULL, telefon TEXT);
CREATE TABLE urunler (urun_id INTEGER PRIMARY KEY, urun_adi TEXT NOT NULL, birim_fiyat_kg REAL NOT NULL);
CREATE TABLE tarlalar (
    tarla_id INTEGER PRIMARY KEY, uye_id INTEGER NOT NULL REFERENCES uyeler(uye_id),
    koy_id INTEGER NOT NULL REFERENCES koylar(koy_id), urun_id INTEGER NOT NULL REFERENCES urunler(urun_id),
    alan_dekar REAL NOT NULL, sulama INTEGER NOT NULL);
CREATE TABLE teslimatlar (
    teslimat_id INTEGER PRIMARY KEY, uye_id INTEGER NOT NULL REFERENCES uyeler(uye_id),
    urun_id INTEGER NOT NULL REFERENCES urunler(urun_id), teslim_tarihi TEXT NOT NULL, miktar_kg REAL NOT NULL,
    kalite TEXT NOT NULL, nem_orani REAL, birim_fiyat REAL NOT NULL, odeme_durumu TEXT NOT NULL);
CREATE TABLE odemeler (
    odeme_id INTEGER PRIMARY KEY, uye_id INTEGER NOT NULL REFERENCES uyeler(uye_id), odeme_tarihi TEXT NOT NULL,
    tutar_tl REAL NOT NULL, yontem TEXT NOT NULL);
CREATE TABLE egitimler (egitim_id INTEGER PRIMARY KEY, konu TEXT NOT NULL, egitim_tarihi TEXT NOT NULL,
    egitmen TEXT NOT NULL);
CREATE TABLE egitim_katilim (
    egitim_id INTEGER NOT NULL REFERENCES egitimler(egitim_id), uye_id INTEGER NOT NULL REFERENCES uyeler(uye_id),
    PRIMARY KEY (egitim_id, uye_id));
"""


def build_ciftlikkoop(path: Path) -> None:
    rng = random.Random(10101)
    koylar = [
        (1, "Yeşiltepe", "Ünye"), (2, "Kuzköy", "Ünye"), (3, "Çamlıca", "Fatsa"), (4, "Dereboyu", "Fatsa"),
        (5, "Karaağaç", "Perşembe"), (6, "Sarıyayla", "Perşembe"), (7, "Gölköy Merkez", "Gölköy"),
        (8, "Ortaköy", "Gölköy"),
    ]
    firsts = ["Ahmet", "Mehmet", "Ayşe", "Fatma", "Hasan", "Hüseyin", "Emine", "Zeynep", "Mustafa", "Ali",
              "Hatice", "İbrahim", "Osman", "Elif", "Yusuf", "Kemal", "Murat", "Selin", "Recep", "Nurcan"]
    lasts = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",
             "Kılıç", "Aslan", "Karadeniz", "Ergin", "Bayram", "Korkmaz"]
    names = _names(rng, firsts, lasts, 120)
    uyeler = []
    for i, name in enumerate(names, 1):
        joined = day_between(rng, dt.date(2008, 1, 1), dt.date(2025, 5, 20))
        durum = rng.choices(["aktif", "pasif", "ayrıldı"], [80, 12, 8])[0]
        tel = None if rng.random() < 0.15 else f"05{rng.randint(30, 55)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        uyeler.append((i, name, rng.randint(1, 8), joined.isoformat(), durum, tel))
    urunler = [(1, "Fındık", 118.0), (2, "Çay", 21.5), (3, "Kivi", 38.0), (4, "Mısır", 11.2), (5, "Bal", 450.0),
               (6, "Ceviz", 92.0)]
    base = {u[0]: u[2] for u in urunler}
    tarlalar = []
    tid = 0
    for u in uyeler:
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            tid += 1
            crop = rng.choices([1, 2, 3, 4, 5, 6], [45, 25, 10, 10, 4, 6])[0]
            koy = u[2] if rng.random() < 0.8 else rng.randint(1, 8)
            tarlalar.append((tid, u[0], koy, crop, round(rng.uniform(2, 45), 1), int(rng.random() < 0.3)))
    # seasons (month ranges) for deliveries
    seasons = {1: (8, 10), 2: (5, 9), 3: (10, 12), 4: (9, 10), 5: (7, 9), 6: (9, 10)}
    crops_of: dict[int, list[int]] = {}
    for t in tarlalar:
        crops_of.setdefault(t[1], [])
        if t[3] not in crops_of[t[1]]:
            crops_of[t[1]].append(t[3])
    teslimatlar = []
    did = 0
    deliverers = [u for u in uyeler if u[4] != "ayrıldı" or rng.random() < 0.5]
    # keep a few active members who never deliver
    silent = {u[0] for u in uyeler[5::23]}
    for _ in range(1500):
        u = rng.choice(deliverers)
        if u[0] in silent:
            continue
        crop = rng.choice(crops_of[u[0]])
        lo, hi = seasons[crop]
        year = rng.choice([2023, 2024, 2024, 2025])
        if crop == 1 and rng.random() < 0.25:
            # stored hazelnuts brought in out of season
            lo, hi = 1, 6
            year = rng.choice([2024, 2025])
        if year == 2025 and hi > 6:
            if crop == 2:
                lo, hi = 5, 6
            else:
                year = 2024
        month = rng.randint(lo, hi)
        day = dt.date(year, month, rng.randint(1, 28))
        if day > END or day < dt.date(2023, 5, 1):
            continue
        if day < dt.date.fromisoformat(u[3]):
            continue
        did += 1
        kg = {1: rng.uniform(80, 1500), 2: rng.uniform(150, 2500), 3: rng.uniform(100, 900),
              4: rng.uniform(300, 4000), 5: rng.uniform(10, 120), 6: rng.uniform(40, 400)}[crop]
        kalite = rng.choices(["A", "B", "C"], [50, 35, 15])[0]
        factor = {"A": 1.0, "B": 0.92, "C": 0.8}[kalite] * (0.82 if day.year == 2023 else 0.93 if day.year == 2024 else 1.0)
        nem = None if crop in (2, 5) or rng.random() < 0.2 else round(rng.uniform(8, 16), 1)
        paid = "bekliyor" if (day > dt.date(2025, 5, 20) and rng.random() < 0.7) or rng.random() < 0.04 else "ödendi"
        teslimatlar.append((did, u[0], crop, day.isoformat(), round(kg, 1), kalite, nem,
                            round(base[crop] * factor, 2), paid))
    teslimatlar.sort(key=lambda r: (r[3], r[0]))
    teslimatlar = [(i, *r[1:]) for i, r in enumerate(teslimatlar, 1)]
    odemeler = []
    oid = 0
    for t in teslimatlar:
        if t[8] == "ödendi" and rng.random() < 0.4:
            oid += 1
            pay_day = min(dt.date.fromisoformat(t[3]) + dt.timedelta(days=rng.randint(5, 40)), END)
            odemeler.append((oid, t[1], pay_day.isoformat(), round(t[4] * t[7], 2),
                             rng.choices(["havale", "nakit", "çek"], [70, 20, 10])[0]))
    odemeler.sort(key=lambda r: (r[2], r[0]))
    odemeler = [(i, *r[1:]) for i, r in enumerate(odemeler, 1)]
    egitimler = [
        (1, "Fındıkta budama teknikleri", "2023-11-14", "Dr. Serkan Uçar"),
        (2, "Organik gübre kullanımı", "2024-02-20", "Leyla Akın"),
        (3, "Çay hasadında makas kullanımı", "2024-04-09", "Dr. Serkan Uçar"),
        (4, "Kivi bahçesi kurulumu", "2024-06-18", "Cem Toprak"),
        (5, "Arıcılıkta varroa mücadelesi", "2024-09-03", "Leyla Akın"),
        (6, "Fındık kurutma ve nem kontrolü", "2024-10-22", "Cem Toprak"),
        (7, "Kooperatif muhasebesi", "2025-01-15", "Nesrin Güler"),
        (8, "Damla sulama sistemleri", "2025-03-11", "Cem Toprak"),
        (9, "Toprak analizi ve kireçleme", "2025-04-29", "Dr. Serkan Uçar"),
        (10, "Çay bahçesinde ilaçsız mücadele", "2025-05-27", "Leyla Akın"),
    ]
    katilim = []
    for e in egitimler:
        pool = [u[0] for u in uyeler if u[3] <= e[2]]
        for uid in sorted(rng.sample(pool, min(len(pool), rng.randint(8, 30)))):
            katilim.append((e[0], uid))
    write_tables(path, _CK_DDL, [("koylar", koylar), ("uyeler", uyeler), ("urunler", urunler), ("tarlalar", tarlalar),
                           ("teslimatlar", teslimatlar), ("odemeler", odemeler), ("egitimler", egitimler),
                           ("egitim_katilim", katilim)])


# --------------------------------------------------------------------------------------------- fishauction

_FA_DDL = """
CREATE TABLE Ports (PortId INTEGER PRIMARY KEY, PortName TEXT NOT NULL, Region TEXT NOT NULL);
CREATE TABLE Vessels (
    VesselId INTEGER PRIMARY KEY, VesselName TEXT NOT NULL UNIQUE, HomePortId INTEGER NOT NULL REFERENCES Ports(PortId),
    SkipperName TEXT NOT NULL, LengthM REAL NOT NULL, GearType TEXT NOT NULL, RegisteredOn TEXT NOT NULL);
CREATE TABLE Species (SpeciesId INTEGER PRIMARY KEY, CommonName TEXT NOT NULL, LatinName TEXT NOT NULL,
    MinPricePerKg REAL NOT NULL);
CREATE TABLE Buyers (BuyerId INTEGER PRIMARY KEY, BuyerName TEXT NOT NULL, BuyerType TEXT NOT NULL, City TEXT NOT NULL,
    CreditLimit REAL);
CREATE TABLE Landings (
    LandingId INTEGER PRIMARY KEY, VesselId INTEGER NOT NULL REFERENCES Vessels(VesselId),
    PortId INTEGER NOT NULL REFERENCES Ports(PortId), LandingDate TEXT NOT NULL, TripDays INTEGER NOT NULL);
CREATE TABLE Lots (
    LotId INTEGER PRIMARY KEY, LandingId INTEGER NOT NULL REFERENCES Landings(LandingId),
    SpeciesId INTEGER NOT NULL REFERENCES Species(SpeciesId), WeightKg REAL NOT NULL, BoxCount INTEGER NOT NULL,
    Grade TEXT NOT NULL, ReservePricePerKg REAL NOT NULL);
CREATE TABLE Sales (
    SaleId INTEGER PRIMARY KEY, LotId INTEGER NOT NULL UNIQUE REFERENCES Lots(LotId),
    BuyerId INTEGER NOT NULL REFERENCES Buyers(BuyerId), PricePerKg REAL NOT NULL, SoldAt TEXT NOT NULL);
"""


def build_fishauction(path: Path) -> None:
    rng = random.Random(20202)
    ports = [(1, "Kilkeel", "North East"), (2, "Howth", "East"), (3, "Castletownbere", "South West"),
             (4, "Killybegs", "North West"), (5, "Dunmore East", "South East")]
    vnames = ["Ocean Harvest", "Star of Hope", "Silver Dawn", "Morning Star", "Sea Sparkle", "Northern Light",
              "Girl Aoife", "Atlantic Quest", "Ros Ard", "Brendelen", "Carmarie", "Western Endeavour",
              "Mary Kate", "Guiding Light", "Seaflower", "Rachel Jay", "Heather Bell", "Boy Shane", "Cuan Mara",
              "Sparkling Wave", "Golden Venture", "Sea Harvester", "Kestrel", "Amber Rose", "Eilean Glas",
              "Deirdre Ann", "Provider", "Ard Ciara", "Tea Rose", "Lady Grace"]
    skippers = _names(rng, ["Seamus", "Liam", "Padraig", "Conor", "Declan", "John", "Michael", "Eamon", "Sean",
                            "Niall", "Ciaran", "Brian"],
                      ["O'Neill", "McBride", "Sullivan", "Murphy", "Doherty", "Walsh", "Boyle", "Gallagher",
                       "Byrne", "Kelly", "Harrington"], 30)
    gear_w = {"Trawl": 45, "Gillnet": 20, "Longline": 15, "Pots": 20}
    vessels = []
    for i, vn in enumerate(vnames, 1):
        gear = rng.choices(list(gear_w), list(gear_w.values()))[0]
        length = round(rng.uniform(9, 14) if gear == "Pots" else rng.uniform(12, 38), 1)
        vessels.append((i, vn, rng.randint(1, 5), skippers[i - 1], length, gear,
                        day_between(rng, dt.date(1995, 1, 1), dt.date(2022, 12, 31)).isoformat()))
    species = [
        (1, "Cod", "Gadus morhua", 3.2), (2, "Haddock", "Melanogrammus aeglefinus", 2.1),
        (3, "Whiting", "Merlangius merlangus", 1.3), (4, "Hake", "Merluccius merluccius", 2.8),
        (5, "Monkfish", "Lophius piscatorius", 4.5), (6, "Megrim", "Lepidorhombus whiffiagonis", 2.6),
        (7, "Plaice", "Pleuronectes platessa", 1.8), (8, "Prawns", "Nephrops norvegicus", 6.5),
        (9, "Mackerel", "Scomber scombrus", 0.9), (10, "Brown crab", "Cancer pagurus", 2.2),
        (11, "Lobster", "Homarus gammarus", 14.0), (12, "Turbot", "Scophthalmus maximus", 11.0),
    ]
    gear_species = {"Trawl": [1, 2, 3, 4, 5, 6, 7, 8, 12], "Gillnet": [1, 4, 5, 7, 12, 3],
                    "Longline": [1, 4, 5, 2], "Pots": [10, 11, 8]}
    btypes = ["Wholesaler", "Processor", "Restaurant", "Retailer"]
    bnames = ["Atlantic Seafoods", "Kish Fish", "Errigal Fish Co", "Castlecove Processors", "Hooked Bistro",
              "The Lobster Pot", "Dublin Fishmongers", "Galway Bay Seafoods", "Nolan Fish", "Harbour Kitchen",
              "Celtic Catch", "Sea Source Ltd", "Wrights of Howth", "Ballyglass Fish", "Oyster Lane Restaurant",
              "Fresh Fish Direct", "North Coast Smokehouse", "Market Fishmongers", "Blue Haven", "Ocean Pride Foods",
              "Cork Fish Exports", "The Fish Shack", "Burren Seafood", "Donegal Fish Processors", "Salt & Sea"]
    cities = ["Dublin", "Cork", "Galway", "Belfast", "Donegal", "Kilkenny", "Waterford"]
    buyers = []
    for i, bn in enumerate(bnames, 1):
        bt = ("Restaurant" if any(w in bn for w in ("Bistro", "Restaurant", "Kitchen", "Shack", "Pot"))
              else "Processor" if any(w in bn for w in ("Processors", "Smokehouse", "Foods", "Exports"))
              else rng.choice(["Wholesaler", "Retailer"]) if bn not in ("Atlantic Seafoods", "Kish Fish")
              else "Wholesaler")
        assert bt in btypes
        credit = None if (bt == "Restaurant" and rng.random() < 0.6) or rng.random() < 0.1 else \
            float(rng.choice([5000, 10000, 20000, 50000, 100000]))
        city = rng.choice(cities)
        city = next((c for c in cities if c in bn), "Dublin" if "Howth" in bn else city)
        buyers.append((i, bn, bt, city, credit))
    landings = []
    lots = []
    sales = []
    lid = lot_id = sid = 0
    day = dt.date(2024, 1, 2)
    while day <= END:
        if day.weekday() < 5:
            for v in rng.sample(vessels, rng.randint(0, 4)):
                if v[0] == 4 and day > dt.date(2025, 2, 20):
                    continue  # Morning Star laid up for a refit
                lid += 1
                port = v[2] if rng.random() < 0.75 else rng.randint(1, 5)
                landings.append((lid, v[0], port, day.isoformat(), rng.randint(1, 9)))
                for sp in rng.sample(gear_species[v[5]], rng.randint(1, min(4, len(gear_species[v[5]])))):
                    lot_id += 1
                    spec = species[sp - 1]
                    w = rng.uniform(20, 900) if sp not in (11, 12) else rng.uniform(5, 60)
                    if sp == 9:
                        w = rng.uniform(500, 6000)
                    grade = rng.choices(["Extra", "A", "B"], [20, 55, 25])[0]
                    reserve = round(spec[3] * rng.uniform(1.0, 1.4), 2)
                    lots.append((lot_id, lid, sp, round(w, 1), max(1, int(w // 25)), grade, reserve))
                    if rng.random() < 0.9:
                        sid += 1
                        mult = {"Extra": 1.35, "A": 1.15, "B": 0.95}[grade]
                        price = round(max(reserve, spec[3] * mult * rng.uniform(0.9, 1.5)), 2)
                        ts = f"{day.isoformat()} {rng.randint(5, 9):02d}:{rng.randint(0, 59):02d}:00"
                        sales.append((sid, lot_id, rng.randint(1, len(buyers)), price, ts))
        day += dt.timedelta(days=1)
    # one buyer who never bought anything
    sales = [s if s[2] != 25 else (s[0], s[1], 24, s[3], s[4]) for s in sales]
    write_tables(path, _FA_DDL, [("Ports", ports), ("Vessels", vessels), ("Species", species), ("Buyers", buyers),
                           ("Landings", landings), ("Lots", lots), ("Sales", sales)])


# ------------------------------------------------------------------------------------------- abattoiraudit

_AA_DDL = """
CREATE TABLE outcome_codes (outcome_code INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE severity_codes (severity_code INTEGER PRIMARY KEY, label TEXT NOT NULL, days_to_close INTEGER NOT NULL);
CREATE TABLE finding_categories (category_code INTEGER PRIMARY KEY, category_name TEXT NOT NULL);
CREATE TABLE inspectors (
    inspector_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, grade TEXT NOT NULL,
    supervisor_id INTEGER REFERENCES inspectors(inspector_id), region TEXT NOT NULL, hired_on TEXT NOT NULL);
CREATE TABLE plants (
    plant_id INTEGER PRIMARY KEY, plant_name TEXT NOT NULL, county TEXT NOT NULL, species TEXT NOT NULL,
    capacity_head_per_day INTEGER NOT NULL, approved_on TEXT NOT NULL);
CREATE TABLE audits (
    audit_id INTEGER PRIMARY KEY, plant_id INTEGER NOT NULL REFERENCES plants(plant_id),
    lead_inspector_id INTEGER NOT NULL REFERENCES inspectors(inspector_id), audit_date TEXT NOT NULL,
    unannounced INTEGER NOT NULL, outcome_code INTEGER NOT NULL REFERENCES outcome_codes(outcome_code),
    score INTEGER, carcass_tonnes REAL NOT NULL);
CREATE TABLE audit_team (
    audit_id INTEGER NOT NULL REFERENCES audits(audit_id),
    inspector_id INTEGER NOT NULL REFERENCES inspectors(inspector_id), PRIMARY KEY (audit_id, inspector_id));
CREATE TABLE findings (
    finding_id INTEGER PRIMARY KEY, audit_id INTEGER NOT NULL REFERENCES audits(audit_id),
    category_code INTEGER NOT NULL REFERENCES finding_categories(category_code),
    severity_code INTEGER NOT NULL REFERENCES severity_codes(severity_code), note TEXT NOT NULL, closed_on TEXT);
"""


def build_abattoiraudit(path: Path) -> None:
    rng = random.Random(30303)
    outcomes = [(1, "Pass"), (2, "Conditional pass"), (3, "Fail"), (4, "Abandoned")]
    severities = [(1, "Minor", 90), (2, "Major", 30), (3, "Critical", 7)]
    cats = [(10, "Animal welfare"), (20, "Stunning"), (30, "Hygiene"), (40, "Temperature control"),
            (50, "Traceability"), (60, "Record keeping"), (70, "Waste handling")]
    regions = ["North", "South", "East", "West"]
    people = _names(rng, ["Helen", "Gareth", "Rhys", "Siobhan", "Mark", "Anita", "Tom", "Priya", "David",
                          "Fiona", "Owen", "Ruth", "Kieran", "Nadia", "Alan", "Bethan"],
                    ["Pritchard", "Hughes", "Morgan", "Evans", "Clarke", "Shah", "Bennett", "Lloyd", "Foster",
                     "Kerr", "Walsh", "Osei", "Price", "Doyle"], 26)
    inspectors = [(1, people[0], "Chief", None, "North", "2004-03-01")]
    for k, reg in enumerate(regions):
        inspectors.append((2 + k, people[1 + k], "Senior", 1, reg,
                           day_between(rng, dt.date(2006, 1, 1), dt.date(2014, 12, 31)).isoformat()))
    iid = 5
    for name in people[5:]:
        iid += 1
        sup = rng.randint(2, 5)
        grade = rng.choices(["Inspector", "Trainee"], [80, 20])[0]
        hired = (day_between(rng, dt.date(2023, 6, 1), dt.date(2025, 3, 1)) if grade == "Trainee"
                 else day_between(rng, dt.date(2010, 1, 1), dt.date(2022, 6, 1)))
        inspectors.append((iid, name, grade, sup, inspectors[sup - 1][4], hired.isoformat()))
    pnames = [("Brecon Meats", "Powys"), ("Towy Valley Abattoir", "Carmarthenshire"), ("Fellside Meats", "Cumbria"),
              ("Dartmoor Abattoir", "Devon"), ("Marches Meat Co", "Shropshire"), ("Grampian Prime", "Aberdeenshire"),
              ("Dales Abattoir", "Yorkshire"), ("Fenland Poultry", "Lincolnshire"), ("Broadland Pork", "Norfolk"),
              ("Glens Meats", "Antrim"), ("Usk Valley Lamb", "Powys"), ("Teifi Meats", "Carmarthenshire"),
              ("Eden Valley Beef", "Cumbria"), ("Exe Poultry", "Devon"), ("Severn Farm Meats", "Shropshire"),
              ("Donside Abattoir", "Aberdeenshire"), ("Wolds Pork", "Yorkshire"), ("Lindsey Chicken", "Lincolnshire"),
              ("Waveney Meats", "Norfolk"), ("Bann Valley Beef", "Antrim"), ("Cambrian Lamb", "Powys"),
              ("Penrith Abattoir", "Cumbria"), ("Tamar Meats", "Devon"), ("Ludlow Abattoir", "Shropshire"),
              ("Moray Meats", "Moray"), ("Ripon Abattoir", "Yorkshire"), ("Spalding Poultry", "Lincolnshire"),
              ("Breckland Pork", "Norfolk")]
    plants = []
    for i, (pn, county) in enumerate(pnames, 1):
        sp = ("poultry" if "Poultry" in pn or "Chicken" in pn else "pigs" if "Pork" in pn
              else "sheep" if "Lamb" in pn else "cattle" if "Beef" in pn else rng.choice(["cattle", "mixed", "sheep"]))
        cap = {"poultry": rng.randint(20000, 90000), "pigs": rng.randint(800, 4000), "sheep": rng.randint(500, 3000),
               "cattle": rng.randint(100, 600), "mixed": rng.randint(200, 1200)}[sp]
        plants.append((i, pn, county, sp, cap,
                       day_between(rng, dt.date(1990, 1, 1), dt.date(2021, 6, 1)).isoformat()))
    audits = []
    team = []
    findings = []
    fid = 0
    aid = 0
    notes = {10: ["Lairage overcrowded", "Lame animals not segregated", "No water in lairage pens"],
             20: ["Stun-to-stick interval too long", "Back-up stunner not available", "Stunning parameters not recorded"],
             30: ["Carcass contamination observed", "Handwash station without soap", "Knife sterilisers below 82C"],
             40: ["Chiller above 7C", "Temperature log gaps", "Offal not chilled promptly"],
             50: ["Ear tags missing on two animals", "Batch records incomplete", "Movement documents not matched"],
             60: ["Training records out of date", "Cleaning schedule unsigned", "HACCP review overdue"],
             70: ["ABP bins unlabelled", "Category 1 waste stored openly", "Blood tank overflow"]}
    leads = [i for i in inspectors if i[2] in ("Senior", "Inspector")]
    d = dt.date(2022, 1, 4)
    while d <= dt.date(2025, 6, 13):
        if d.weekday() < 5 and rng.random() < 0.33:
            aid += 1
            plant = rng.choice(plants)
            lead = rng.choice([i for i in leads if i[5] <= d.isoformat()])
            unann = int(rng.random() < 0.3)
            risky = plant[0] in (4, 9, 17, 22)
            outcome = rng.choices([1, 2, 3, 4], [40, 35, 30, 4] if risky else [65, 25, 7, 3])[0]
            score = None if outcome == 4 else {1: rng.randint(80, 100), 2: rng.randint(62, 84),
                                                3: rng.randint(25, 64)}[outcome]
            tonnes = round(plant[4] * {"poultry": 0.0022, "pigs": 0.085, "sheep": 0.02, "cattle": 0.33,
                                       "mixed": 0.12}[plant[3]] * rng.uniform(0.5, 1.05), 1)
            audits.append((aid, plant[0], lead[0], d.isoformat(), unann, outcome, score, tonnes))
            others = [i[0] for i in inspectors if i[0] not in (1, lead[0]) and i[5] <= d.isoformat()]
            for m in sorted(rng.sample(others, rng.choice([0, 1, 1, 2, 3]))):
                team.append((aid, m))
            nf = {1: rng.randint(0, 2), 2: rng.randint(1, 4), 3: rng.randint(2, 6), 4: rng.randint(0, 1)}[outcome]
            for _ in range(nf):
                fid += 1
                cat = rng.choice(cats)[0]
                sev = (rng.choices([1, 2, 3], [20, 45, 35])[0] if outcome == 3
                       else rng.choices([1, 2, 3], [70, 27, 3])[0])
                limit = {1: 90, 2: 30, 3: 7}[sev]
                closed = d + dt.timedelta(days=rng.randint(1, int(limit * 1.6)))
                closed_on = None if closed > END or rng.random() < 0.06 else closed.isoformat()
                findings.append((fid, aid, cat, sev, rng.choice(notes[cat]), closed_on))
        d += dt.timedelta(days=1)
    write_tables(path, _AA_DDL, [("outcome_codes", outcomes), ("severity_codes", severities),
                           ("finding_categories", cats), ("inspectors", inspectors), ("plants", plants),
                           ("audits", audits), ("audit_team", team), ("findings", findings)])


# ----------------------------------------------------------------------------------------------- olivemill

_OM_DDL = """
CREATE TABLE cultivars (cultivar_id INTEGER PRIMARY KEY, cultivar_name TEXT NOT NULL, origin_country TEXT NOT NULL);
CREATE TABLE growers (
    grower_id INTEGER PRIMARY KEY, grower_name TEXT NOT NULL, village TEXT NOT NULL, registered_dt TEXT NOT NULL,
    organic INTEGER NOT NULL, email TEXT);
CREATE TABLE groves (
    grove_id INTEGER PRIMARY KEY, grower_id INTEGER NOT NULL REFERENCES growers(grower_id), grove_name TEXT NOT NULL,
    cultivar_id INTEGER NOT NULL REFERENCES cultivars(cultivar_id), area_ha REAL NOT NULL,
    planted_year INTEGER NOT NULL);
CREATE TABLE deliveries (
    delivery_id INTEGER PRIMARY KEY, grove_id INTEGER NOT NULL REFERENCES groves(grove_id), received_ts TEXT NOT NULL,
    gross_kg REAL NOT NULL, tare_kg REAL NOT NULL, price_per_kg REAL NOT NULL, rejected INTEGER NOT NULL);
CREATE TABLE press_batches (
    batch_id INTEGER PRIMARY KEY, line_no INTEGER NOT NULL, start_ts TEXT NOT NULL, end_ts TEXT NOT NULL,
    oil_kg REAL NOT NULL, acidity_pct REAL NOT NULL, grade TEXT NOT NULL);
CREATE TABLE batch_deliveries (
    batch_id INTEGER NOT NULL REFERENCES press_batches(batch_id),
    delivery_id INTEGER NOT NULL REFERENCES deliveries(delivery_id), PRIMARY KEY (batch_id, delivery_id));
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_name TEXT NOT NULL, country TEXT NOT NULL,
    customer_type TEXT NOT NULL);
CREATE TABLE oil_sales (
    sale_id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES press_batches(batch_id),
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id), sale_dt TEXT NOT NULL,
    quantity_t REAL NOT NULL, price_per_kg REAL NOT NULL);
"""


def build_olivemill(path: Path) -> None:
    rng = random.Random(40404)
    cultivars = [(1, "Koroneiki", "Greece"), (2, "Arbequina", "Spain"), (3, "Picual", "Spain"),
                 (4, "Frantoio", "Italy"), (5, "Leccino", "Italy"), (6, "Kalamata", "Greece")]
    villages = ["Kalyvia", "Agios Nikolaos", "Pyrgos", "Meligalas", "Koroni", "Petalidi"]
    gnames = _names(rng, ["Giorgos", "Maria", "Nikos", "Eleni", "Dimitris", "Katerina", "Yannis", "Sofia",
                          "Kostas", "Anna", "Panos", "Vasiliki"],
                    ["Papadopoulos", "Nikolaou", "Georgiou", "Pappas", "Vlachos", "Karras", "Stavrou",
                     "Dimitriou", "Lamprou", "Manolis"], 48)
    growers = []
    for i, gn in enumerate(gnames, 1):
        email = None if rng.random() < 0.35 else gn.lower().replace(" ", ".") + "@example.gr"
        late = i > len(gnames) - 2
        growers.append((i, gn, rng.choice(villages),
                        day_between(rng, dt.date(2024, 7, 1) if late else dt.date(2005, 1, 1), dt.date(2024, 9, 30) if late else dt.date(2023, 6, 30)).isoformat(),
                        int(rng.random() < 0.25), email))
    groves = []
    gid = 0
    suffixes = ["Elies", "Ampeli", "Kampos", "Rema", "Lofos", "Pigadi", "Platanos", "Vrysi"]
    for g in growers:
        for _ in range(rng.choice([1, 1, 2, 3])):
            gid += 1
            groves.append((gid, g[0], f"{rng.choice(suffixes)} {gid}",
                           rng.choices([1, 2, 3, 4, 5, 6], [45, 10, 10, 10, 10, 15])[0],
                           round(rng.uniform(0.4, 12.0), 2), rng.randint(1950, 2018)))
    # the last two growers registered late and have groves but never delivered
    idle = {gr[0] for gr in groves if gr[1] in (len(growers), len(growers) - 1)}
    deliveries = []
    did = 0
    for season in (2023, 2024):
        d = dt.date(season, 10, 10)
        end = dt.date(season + 1, 1, 25)
        while d <= end:
            for _ in range(rng.randint(3, 14)):
                grove = rng.choice(groves)
                if grove[0] in idle:
                    continue
                did += 1
                gross = round(rng.uniform(250, 4200), 1)
                tare = round(gross * rng.uniform(0.03, 0.08), 1)
                price = round((0.78 if season == 2023 else 0.62) * rng.uniform(0.9, 1.15), 2)
                ts = f"{d.isoformat()} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:00"
                deliveries.append((did, grove[0], ts, gross, tare, price, int(rng.random() < 0.04)))
            d += dt.timedelta(days=1)
    deliveries.sort(key=lambda r: r[2])
    deliveries = [(i, *r[1:]) for i, r in enumerate(deliveries, 1)]
    batches = []
    links = []
    bid = 0
    pending = [x for x in deliveries if not x[6]]
    pos = 0
    while pos < len(pending):
        take = pending[pos:pos + rng.randint(3, 7)]
        pos += len(take)
        bid += 1
        start = dt.datetime.fromisoformat(take[-1][2]) + dt.timedelta(hours=rng.randint(1, 5))
        end_ts = start + dt.timedelta(minutes=rng.randint(150, 420))
        net = sum(x[3] - x[4] for x in take)
        acid = round(rng.uniform(0.15, 0.75) if rng.random() < 0.8 else rng.uniform(0.8, 2.6), 2)
        grade = "extra virgin" if acid <= 0.8 else "virgin" if acid <= 2.0 else "lampante"
        batches.append((bid, rng.randint(1, 3), start.isoformat(sep=" "), end_ts.isoformat(sep=" "),
                        round(net * rng.uniform(0.16, 0.23), 1), acid, grade))
        for x in take:
            links.append((bid, x[0]))
        if rng.random() < 0.1 and pos < len(pending):
            # the next delivery is split over this batch and the next one
            links.append((bid, pending[pos][0]))
    customers = [(1, "Messinia Bottling SA", "Greece", "bottler"), (2, "Oleum Trading GmbH", "Germany", "export agent"),
                 (3, "Taverna Lefkes", "Greece", "restaurant"), (4, "Olio Verde Srl", "Italy", "bottler"),
                 (5, "Green Grocer Athens", "Greece", "retailer"), (6, "Nordic Olive AB", "Sweden", "export agent"),
                 (7, "Kalamata Gourmet", "Greece", "retailer"), (8, "Harbour Deli Ltd", "United Kingdom", "retailer"),
                 (9, "Iberia Aceites", "Spain", "bottler"), (10, "Le Petit Moulin", "France", "restaurant"),
                 (11, "Olympia Foods Inc", "United States", "export agent"), (12, "Mani Traders", "Greece", "bottler")]
    sales = []
    sid = 0
    for b in batches:
        left = b[4] / 1000
        bstart = dt.date.fromisoformat(b[2][:10])
        while left > 0.05 and rng.random() < 0.85:
            q = round(min(left, rng.uniform(0.1, 1.2)), 3)
            left -= q
            day = bstart + dt.timedelta(days=rng.randint(3, 200))
            if day > END:
                continue
            sid += 1
            cust = rng.choice(customers)
            if cust[0] == 12:
                cust = customers[0]
            base = {"extra virgin": 9.2, "virgin": 6.8, "lampante": 3.9}[b[6]]
            season_mult = 1.0 if bstart.year == 2023 or (bstart.month <= 1 and bstart.year == 2024) else 0.72
            sales.append((sid, b[0], cust[0], day.isoformat(), q, round(base * season_mult * rng.uniform(0.9, 1.12), 2)))
    sales.sort(key=lambda r: (r[3], r[0]))
    sales = [(i, *r[1:]) for i, r in enumerate(sales, 1)]
    write_tables(path, _OM_DDL, [("cultivars", cultivars), ("growers", growers), ("groves", groves),
                           ("deliveries", deliveries), ("press_batches", batches), ("batch_deliveries", links),
                           ("customers", customers), ("oil_sales", sales)])


# -------------------------------------------------------------------------------------------- glasshouseops

_GH_DDL = """
CREATE TABLE zones (
    zone_id INTEGER PRIMARY KEY, zone_name TEXT NOT NULL, zone_type TEXT NOT NULL,
    parent_zone_id INTEGER REFERENCES zones(zone_id), area_m2 REAL NOT NULL, heated INTEGER NOT NULL);
CREATE TABLE crops (crop_id INTEGER PRIMARY KEY, crop_name TEXT NOT NULL, variety TEXT NOT NULL,
    target_temp_c REAL NOT NULL);
CREATE TABLE plantings (
    planting_id INTEGER PRIMARY KEY, zone_id INTEGER NOT NULL REFERENCES zones(zone_id),
    crop_id INTEGER NOT NULL REFERENCES crops(crop_id), planted_on TEXT NOT NULL, removed_on TEXT,
    plant_count INTEGER NOT NULL);
CREATE TABLE workers (
    worker_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, team_lead_id INTEGER REFERENCES workers(worker_id),
    hourly_rate_eur REAL NOT NULL, started_on TEXT NOT NULL);
CREATE TABLE harvests (
    harvest_id INTEGER PRIMARY KEY, planting_id INTEGER NOT NULL REFERENCES plantings(planting_id),
    harvested_on TEXT NOT NULL, yield_kg REAL NOT NULL, quality_class TEXT NOT NULL);
CREATE TABLE harvest_pickers (
    harvest_id INTEGER NOT NULL REFERENCES harvests(harvest_id), worker_id INTEGER NOT NULL REFERENCES workers(worker_id),
    hours_worked REAL NOT NULL, PRIMARY KEY (harvest_id, worker_id));
CREATE TABLE climate_log (
    log_id INTEGER PRIMARY KEY, zone_id INTEGER NOT NULL REFERENCES zones(zone_id), logged_ts TEXT NOT NULL,
    temp_c REAL NOT NULL, rh_pct REAL NOT NULL, co2_ppm INTEGER);
"""


def build_glasshouseops(path: Path) -> None:
    rng = random.Random(50505)
    zones = [(1, "Westland", "site", None, 42000.0, 1), (2, "Oosterpark", "site", None, 26000.0, 1)]
    zid = 2
    houses = []
    for site_id, prefix, n in ((1, "W", 4), (2, "O", 3)):
        for h in range(1, n + 1):
            zid += 1
            heated = 0 if (prefix, h) in (("W", 4), ("O", 3)) else 1
            zones.append((zid, f"House {prefix}{h}", "house", site_id, 0.0, heated))
            houses.append((zid, prefix, h, heated))
    bays = []
    for hid, prefix, h, heated in houses:
        area_total = 0.0
        for b in range(1, rng.randint(3, 5) + 1):
            zid += 1
            area = float(rng.choice([1200, 1500, 1800, 2400]))
            area_total += area
            zones.append((zid, f"{prefix}{h}-B{b}", "bay", hid, area, heated))
            bays.append(zid)
        zones[hid - 1] = (*zones[hid - 1][:4], area_total, heated)
    crops = [(1, "Tomato", "Merlice", 21.0), (2, "Tomato", "Sweetelle", 20.5), (3, "Cucumber", "Hi-Power", 22.0),
             (4, "Sweet pepper", "Maranello", 21.5), (5, "Aubergine", "Monarca", 22.5), (6, "Lettuce", "Lucrecia", 16.0),
             (7, "Strawberry", "Elsanta", 18.0)]
    plantings = []
    pid = 0
    for bay in bays:
        d = dt.date(2023, rng.randint(1, 3), rng.randint(1, 28))
        while d <= END:
            pid += 1
            crop = rng.choices([1, 2, 3, 4, 5, 6, 7], [20, 12, 20, 18, 8, 12, 10])[0]
            life = {6: rng.randint(45, 70), 7: rng.randint(120, 200)}.get(crop, rng.randint(200, 330))
            removed = d + dt.timedelta(days=life)
            area = next(z[4] for z in zones if z[0] == bay)
            density = {6: 14, 7: 8}.get(crop, 2.6)
            plantings.append((pid, bay, crop, d.isoformat(), removed.isoformat() if removed <= END else None,
                              int(area * density * rng.uniform(0.9, 1.0))))
            d = removed + dt.timedelta(days=rng.randint(5, 25))
    firsts = ["Jan", "Pieter", "Marta", "Kasia", "Tomasz", "Ana", "Bram", "Liesbeth", "Dawid", "Ewa", "Sanne",
              "Joost", "Marek", "Iulia", "Femke", "Radu"]
    lasts = ["de Vries", "Bakker", "Kowalski", "Nowak", "Jansen", "Popescu", "Visser", "Smit", "Wisniewska",
             "van Dijk", "Mulder", "Ionescu"]
    wnames = _names(rng, firsts, lasts, 34)
    workers = []
    for i, wn in enumerate(wnames, 1):
        lead = None if i <= 4 else rng.randint(1, 4)
        rate = round(rng.uniform(17.5, 21.0), 2) if lead is None else round(rng.uniform(13.3, 15.8), 2)
        started = day_between(rng, dt.date(2015, 1, 1), dt.date(2024, 12, 31))
        if i > len(wnames) - 2:
            started = dt.date(2025, 6, 2) + dt.timedelta(days=7 * (i - len(wnames) + 1))
        workers.append((i, wn, lead, rate, started.isoformat()))
    harvests = []
    pickers = []
    hid2 = 0
    for p in plantings:
        crop = p[2]
        first = dt.date.fromisoformat(p[3]) + dt.timedelta(days={6: 40, 7: 70}.get(crop, 60))
        last = dt.date.fromisoformat(p[4]) if p[4] else END
        step = {6: 3}.get(crop, 7)
        d = first
        while d <= last and d <= END:
            hid2 += 1
            kg_per_plant = {1: 0.9, 2: 0.45, 3: 1.6, 4: 0.55, 5: 0.7, 6: 0.06, 7: 0.09}[crop]
            y = round(p[5] * kg_per_plant * rng.uniform(0.05, 0.25), 1) if crop != 6 else \
                round(p[5] * 0.35 * rng.uniform(0.1, 0.3), 1)
            qc = rng.choices(["I", "II", "reject"], [78, 17, 5])[0]
            harvests.append((hid2, p[0], d.isoformat(), y, qc))
            # the two newest starters are still in induction and have not picked yet
            crew_pool = [w[0] for w in workers if w[4] <= d.isoformat() and w[0] < len(workers) - 1]
            for w in sorted(rng.sample(crew_pool, min(len(crew_pool), rng.randint(1, 4)))):
                pickers.append((hid2, w, round(rng.uniform(1.5, 8.0) * 2) / 2))
            d += dt.timedelta(days=step)
    climate = []
    lid = 0
    target = {}
    for p in plantings:
        if p[4] is None:
            target[p[1]] = next(c[3] for c in crops if c[0] == p[2])
    t0 = dt.datetime(2025, 5, 1)
    for k in range(45 * 4):
        ts = t0 + dt.timedelta(hours=6 * k)
        for bay in bays:
            lid += 1
            base = target.get(bay, 19.0)
            hour = ts.hour
            unheated = next(z[5] for z in zones if z[0] == bay) == 0
            temp = base + (3.5 if hour in (12, 18) else -1.5) + rng.uniform(-1.2, 1.2) + (1.5 if unheated else 0)
            climate.append((lid, bay, ts.isoformat(sep=" "), round(temp, 1), round(rng.uniform(62, 92), 1),
                            None if rng.random() < 0.03 else rng.randint(380, 1100)))
    write_tables(path, _GH_DDL, [("zones", zones), ("crops", crops), ("plantings", plantings), ("workers", workers),
                           ("harvests", harvests), ("harvest_pickers", pickers), ("climate_log", climate)])


# -------------------------------------------------------------------------------------------- producemarket

_PM_DDL = """
CREATE TABLE trade_status (status_code INTEGER PRIMARY KEY, status_name TEXT NOT NULL);
CREATE TABLE trader_kinds (kind_code INTEGER PRIMARY KEY, kind_name TEXT NOT NULL);
CREATE TABLE traders (
    trader_id INTEGER PRIMARY KEY, trader_name TEXT NOT NULL, kind_code INTEGER NOT NULL REFERENCES trader_kinds(kind_code),
    stall_no TEXT NOT NULL, joined_dt TEXT NOT NULL);
CREATE TABLE buyers (buyer_id INTEGER PRIMARY KEY, buyer_name TEXT NOT NULL, buyer_type TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE commodities (commodity_id INTEGER PRIMARY KEY, commodity_name TEXT NOT NULL, category TEXT NOT NULL);
CREATE TABLE trades (
    trade_id INTEGER PRIMARY KEY, trader_id INTEGER NOT NULL REFERENCES traders(trader_id),
    buyer_id INTEGER NOT NULL REFERENCES buyers(buyer_id), trade_dt TEXT NOT NULL,
    status_code INTEGER NOT NULL REFERENCES trade_status(status_code));
CREATE TABLE trade_lines (
    line_id INTEGER PRIMARY KEY, trade_id INTEGER NOT NULL REFERENCES trades(trade_id),
    commodity_id INTEGER NOT NULL REFERENCES commodities(commodity_id), qty_tonnes REAL NOT NULL,
    price_per_kg REAL NOT NULL, origin_country TEXT NOT NULL);
CREATE TABLE market_quotes (
    commodity_id INTEGER NOT NULL REFERENCES commodities(commodity_id), quote_dt TEXT NOT NULL,
    low_per_kg REAL NOT NULL, high_per_kg REAL NOT NULL, PRIMARY KEY (commodity_id, quote_dt));
"""


def build_producemarket(path: Path) -> None:
    rng = random.Random(60606)
    statuses = [(1, "Open"), (2, "Settled"), (3, "Disputed"), (4, "Cancelled")]
    kinds = [(1, "Grower"), (2, "Wholesaler"), (3, "Importer")]
    tnames = [("Hollis Farm Produce", 1), ("Greenacre Growers", 1), ("Vale of Evesham Veg", 1),
              ("Fenland Fresh", 1), ("Kentish Orchards", 1), ("Covent Fruit Co", 2), ("Spitalfields Supplies", 2),
              ("Mersey Wholesale", 2), ("Northern Greens", 2), ("Medina Imports", 3), ("Iberian Fresh Ltd", 3),
              ("Tropic Link", 3), ("Dutch Direct", 3), ("Herb Barn", 1), ("Pennine Produce", 2)]
    traders = []
    stalls = rng.sample([f"{row}{n:02d}" for row in "ABCD" for n in range(1, 41)], len(tnames))
    for i, (tn, k) in enumerate(tnames, 1):
        traders.append((i, tn, k, stalls[i - 1],
                        day_between(rng, dt.date(2001, 1, 1), dt.date(2024, 3, 1)).isoformat()))
    bnames = [("Patel's Greengrocer", "Greengrocer"), ("Corner Fruit Stall", "Greengrocer"),
              ("The Ivy Kitchen", "Restaurant"), ("Spice Route", "Restaurant"), ("Freshway Stores", "Supermarket"),
              ("Budgens Local", "Supermarket"), ("Harvest Table Catering", "Caterer"),
              ("Eventful Feasts", "Caterer"), ("Green Basket", "Greengrocer"), ("Trattoria Roma", "Restaurant"),
              ("Village Fresh", "Greengrocer"), ("Metro Foods", "Supermarket"), ("Canteen Partners", "Caterer"),
              ("The Salad Bar", "Restaurant"), ("Orchard Street Grocer", "Greengrocer"),
              ("Blue Plate Diner", "Restaurant"), ("Fresh & Co", "Supermarket"), ("Lunchbox Ltd", "Caterer"),
              ("Nightingale Bistro", "Restaurant"), ("Riverside Grocers", "Greengrocer")]
    cities = ["London", "Birmingham", "Leeds", "Manchester", "Bristol"]
    buyers = [(i, bn, bt, rng.choice(cities)) for i, (bn, bt) in enumerate(bnames, 1)]
    comms = [(1, "Apples", "fruit"), (2, "Pears", "fruit"), (3, "Strawberries", "fruit"), (4, "Bananas", "fruit"),
             (5, "Oranges", "fruit"), (6, "Tomatoes", "vegetable"), (7, "Potatoes", "vegetable"),
             (8, "Carrots", "vegetable"), (9, "Onions", "vegetable"), (10, "Broccoli", "vegetable"),
             (11, "Lettuce", "vegetable"), (12, "Basil", "herb"), (13, "Coriander", "herb"), (14, "Avocados", "fruit"),
             (15, "Asparagus", "vegetable")]
    base = {1: 1.15, 2: 1.25, 3: 4.2, 4: 0.95, 5: 1.1, 6: 1.6, 7: 0.32, 8: 0.45, 9: 0.5, 10: 1.7, 11: 1.3,
            12: 12.0, 13: 9.5, 14: 3.4, 15: 6.8}
    origins = {1: ["United Kingdom", "France", "New Zealand"], 2: ["United Kingdom", "Belgium"],
               3: ["United Kingdom", "Spain"], 4: ["Costa Rica", "Colombia", "Ecuador"], 5: ["Spain", "Morocco", "Egypt"],
               6: ["United Kingdom", "Netherlands", "Spain", "Morocco"], 7: ["United Kingdom"],
               8: ["United Kingdom", "Netherlands"], 9: ["United Kingdom", "Netherlands", "Spain"],
               10: ["United Kingdom", "Spain"], 11: ["United Kingdom", "Spain"], 12: ["Israel", "Italy", "United Kingdom"],
               13: ["Israel", "United Kingdom"], 14: ["Peru", "Mexico", "Spain"], 15: ["United Kingdom", "Peru"]}
    quotes = []
    d = dt.date(2024, 7, 1)
    while d <= END:
        if d.weekday() < 6:
            season = 1 + 0.15 * ((d.month - 6) % 12) / 6
            for c in comms:
                mid = base[c[0]] * season * rng.uniform(0.93, 1.07)
                quotes.append((c[0], d.isoformat(), round(mid * 0.88, 2), round(mid * 1.12, 2)))
        d += dt.timedelta(days=1)
    quote_of = {(q[0], q[1]): q for q in quotes}
    trades = []
    lines = []
    tid = lid = 0
    grower_goods = {1: [1, 2, 7, 8, 9], 2: [6, 10, 11, 8], 3: [15, 7, 9, 8], 4: [7, 9, 10, 11], 5: [1, 2, 3],
                    14: [12, 13]}
    d = dt.date(2024, 7, 1)
    while d <= END:
        if d.weekday() < 6:
            for _ in range(rng.randint(3, 9)):
                tid += 1
                trader = rng.choice(traders[:14] if rng.random() < 0.97 else traders)
                age = (END - d).days
                status = (rng.choices([1, 2, 3, 4], [60, 30, 6, 4])[0] if age < 14
                          else rng.choices([1, 2, 3, 4], [2, 88, 5, 5])[0])
                trades.append((tid, trader[0], rng.randint(1, 20), d.isoformat(), status))
                goods = grower_goods.get(trader[0], [c[0] for c in comms])
                for c in rng.sample(goods, rng.randint(1, min(3, len(goods)))):
                    lid += 1
                    q = quote_of[(c, d.isoformat())]
                    price = round(rng.uniform(q[2], q[3]), 2)
                    if rng.random() < 0.02:
                        price = round(q[3] * rng.uniform(1.05, 1.15), 2)  # premium lot above the official range
                    qty = round(rng.uniform(0.05, 0.4) if c in (12, 13) else rng.uniform(0.2, 6.0), 2)
                    org = "United Kingdom" if trader[2] == 1 else rng.choice(origins[c])
                    lines.append((lid, tid, c, qty, price, org))
        d += dt.timedelta(days=1)
    write_tables(path, _PM_DDL, [("trade_status", statuses), ("trader_kinds", kinds), ("traders", traders),
                           ("buyers", buyers), ("commodities", comms), ("trades", trades), ("trade_lines", lines),
                           ("market_quotes", quotes)])


BUILDERS: dict[str, Callable[[Path], None]] = {
    "ciftlikkoop": build_ciftlikkoop,
    "fishauction": build_fishauction,
    "abattoiraudit": build_abattoiraudit,
    "olivemill": build_olivemill,
    "glasshouseops": build_glasshouseops,
    "producemarket": build_producemarket,
}
