"""Deterministic SQLite databases for a fifth blind NL→SQL evaluation.

Six schemas from domains and naming styles used nowhere else in the test corpora:
Hungarian-notation columns on PascalCase singular tables with a mentor self-reference
and 0/1 bits (``Hive.intApiaryID``, ``bitVarroaSeen``), SCREAMING_CASE auction tables with
class-word suffixes, money in cents and a letter status code with a lookup table
(``LOT.HAMMER_AMT``, ``LOT_STATUS``, ``VIP_FLG = 'Y'``), ``tb_``-prefixed satellite ground
operations with unix epoch integers and small integer status codes without a lookup table,
abbreviated coffee-roastery tables with ``_cd``/``_flg``/``_ts``/``_amt``/``_pct`` suffixes and
text status codes ('CNCL', 'SHPD'), run-together lower-case regatta names (``elapsedsecs``,
``finishcode``) with a finish-code lookup table, and a makerspace whose every column carries
its table's abbreviation (``mbr_first``, ``eqp_hourly_cents``, ``bkg_noshow_yn``).
The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that
must be refused) were written against these schemas without running the offline
translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

GIVEN = ["Abel", "Bianca", "Cormac", "Delia", "Emil", "Fiona", "Gideon", "Hana", "Ivo", "Juno", "Kofi", "Leona",
         "Milo", "Nadia", "Oren", "Petra", "Quentin", "Rhea", "Soren", "Talia", "Umar", "Vera", "Wade", "Xenia"]
FAMILY = ["Abbott", "Baxter", "Castro", "Dunn", "Ellis", "Fischer", "Grant", "Holm", "Iqbal", "Joyce", "Kerr",
          "Lund", "Moreau", "Novak", "Ortega", "Pike", "Rossi", "Sato", "Thorne", "Varga", "Webb", "Young"]
D = dt.date
EPOCH = dt.datetime(1970, 1, 1)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_apiary(path: Path) -> None:
    """Hungarian-notation columns (``intHiveID``, ``strName``, ``dtmInspected``, ``bitQueenMarked``, ``dblWeightKg``)
    on PascalCase singular tables, booleans as 0/1, a mentor self-reference among beekeepers."""
    r = random.Random(501)
    c = _db(path, """
        CREATE TABLE Apiary(intApiaryID INTEGER PRIMARY KEY, strName TEXT NOT NULL, strRegion TEXT,
            intAltitudeM INTEGER);
        CREATE TABLE Beekeeper(intKeeperID INTEGER PRIMARY KEY, strFirstName TEXT, strLastName TEXT, dtmJoined TEXT,
            intMentorID INTEGER REFERENCES Beekeeper(intKeeperID));
        CREATE TABLE Hive(intHiveID INTEGER PRIMARY KEY, strHiveCode TEXT NOT NULL,
            intApiaryID INTEGER REFERENCES Apiary(intApiaryID), strHiveType TEXT, dtmInstalled TEXT,
            bitQueenMarked INTEGER);
        CREATE TABLE Inspection(intInspectionID INTEGER PRIMARY KEY, intHiveID INTEGER REFERENCES Hive(intHiveID),
            intKeeperID INTEGER REFERENCES Beekeeper(intKeeperID), dtmInspected TEXT, intBroodFrames INTEGER,
            bitVarroaSeen INTEGER, strTemper TEXT);
        CREATE TABLE Harvest(intHarvestID INTEGER PRIMARY KEY, intHiveID INTEGER REFERENCES Hive(intHiveID),
            dtmHarvested TEXT, dblWeightKg REAL, strHoneyType TEXT);
    """)
    _ins(c, "Apiary", [(1, "Linden Meadow", "Lowlands", 40), (2, "Heather Top", "Highlands", 620),
                       (3, "Orchard Row", "Lowlands", 85), (4, "Pine Hollow", "Forest", 310),
                       (5, "River Bend", "Lowlands", 25), (6, "Stony Brae", "Highlands", 480)])
    keepers = []
    for i, (g, f) in enumerate(_people(r, 24), start=1):
        mentor = None if i <= 4 else (1 if i % 5 == 0 else 1 + i % 4)
        keepers.append((i, g, f, _day(r, D(2012, 1, 1), 4500).isoformat(), mentor))
    _ins(c, "Beekeeper", keepers)
    types = ["Langstroth", "Langstroth", "National", "Warre", "Top-bar"]
    hives = []
    for i in range(1, 61):
        a = 1 + (i * 7) % 6 if i != 60 else 6
        hives.append((i, f"H{i:03d}", a, types[(i * 3) % 5], _day(r, D(2016, 3, 1), 3000).isoformat(),
                      1 if r.random() < 0.45 else 0))
    _ins(c, "Hive", hives)
    tempers = ["calm", "calm", "calm", "nervous", "aggressive"]
    insp = []
    for i in range(1, 301):
        h = r.randint(1, 58)
        insp.append((i, h, r.randint(1, 21), _day(r, D(2023, 4, 1), 800).isoformat(), r.randint(2, 11),
                     1 if r.random() < 0.22 else 0, r.choice(tempers)))
    _ins(c, "Inspection", insp)
    honey = ["wildflower", "wildflower", "clover", "heather", "acacia", "rapeseed"]
    harv = []
    for i in range(1, 151):
        h = r.randint(1, 55)
        kind = "heather" if hives[h - 1][2] in (2, 6) and r.random() < 0.6 else r.choice(honey)
        harv.append((i, h, _day(r, D(2023, 6, 1), 740).isoformat(), round(r.uniform(4.0, 32.0), 1), kind))
    _ins(c, "Harvest", harv)
    _done(c)


def build_auction(path: Path) -> None:
    """SCREAMING_CASE tables and columns with class-word suffixes (``_ID``, ``_NM``, ``_DT``, ``_TS``, ``_CD``,
    ``_AMT`` in cents, ``_PCT``, ``_FLG`` as 'Y'/'N'), a lot status letter code with a lookup table, category
    codes without one."""
    r = random.Random(502)
    c = _db(path, """
        CREATE TABLE SALE_EVT(SALE_ID INTEGER PRIMARY KEY, SALE_TITLE TEXT NOT NULL, SALE_DT TEXT, CITY_NM TEXT,
            ONLINE_FLG TEXT);
        CREATE TABLE CONSIGNOR(CONSIGNOR_ID INTEGER PRIMARY KEY, CONSIGNOR_NM TEXT NOT NULL, CNTRY_CD TEXT,
            COMMISSION_PCT REAL);
        CREATE TABLE LOT_STATUS(STATUS_CD TEXT PRIMARY KEY, STATUS_DESC TEXT NOT NULL);
        CREATE TABLE LOT(LOT_ID INTEGER PRIMARY KEY, SALE_ID INTEGER REFERENCES SALE_EVT(SALE_ID), LOT_NO INTEGER,
            LOT_DESC TEXT, CATEGORY_CD TEXT, CONSIGNOR_ID INTEGER REFERENCES CONSIGNOR(CONSIGNOR_ID),
            EST_LOW_AMT INTEGER, EST_HIGH_AMT INTEGER, HAMMER_AMT INTEGER,
            STATUS_CD TEXT REFERENCES LOT_STATUS(STATUS_CD));
        CREATE TABLE BIDDER(BIDDER_ID INTEGER PRIMARY KEY, PADDLE_NO INTEGER, FIRST_NM TEXT, LAST_NM TEXT,
            CNTRY_CD TEXT, VIP_FLG TEXT);
        CREATE TABLE BID(BID_ID INTEGER PRIMARY KEY, LOT_ID INTEGER REFERENCES LOT(LOT_ID),
            BIDDER_ID INTEGER REFERENCES BIDDER(BIDDER_ID), BID_AMT INTEGER, BID_TS TEXT, WINNING_FLG TEXT);
    """)
    sales = [(1, "Old Masters Evening", "2024-03-14", "London", "N"), (2, "Modern Design", "2024-05-22", "Paris", "N"),
             (3, "Jewels Online", "2024-07-09", "Geneva", "Y"), (4, "Asian Ceramics", "2024-09-18", "Hong Kong", "N"),
             (5, "Autumn Interiors", "2024-11-05", "London", "Y"), (6, "Winter Jewels", "2025-01-28", "Geneva", "N"),
             (7, "Contemporary Sculpture", "2025-04-10", "New York", "N"),
             (8, "Spring Online Sampler", "2025-05-30", "New York", "Y")]
    _ins(c, "SALE_EVT", sales)
    cons = [(1, "Estate of H. Whitcombe", "GB", 15.0), (2, "Galerie Moreau", "FR", 12.5),
            (3, "Kwan Family Trust", "HK", 10.0), (4, "Private Collector", "US", 20.0),
            (5, "Villa Serena Foundation", "IT", 12.0), (6, "Lindqvist Holdings", "SE", 18.0),
            (7, "Harbour Antiques Ltd", "GB", 22.5), (8, "Okafor Collection", "NG", 14.0),
            (9, "Beaumont Heirs", "FR", 16.0), (10, "Tanaka Bijutsu", "JP", 11.0)]
    _ins(c, "CONSIGNOR", cons)
    _ins(c, "LOT_STATUS", [("S", "Sold"), ("P", "Passed"), ("W", "Withdrawn"), ("A", "Awaiting sale")])
    cat_of_sale = {1: ["PTG"], 2: ["FURN", "PTG"], 3: ["JWL"], 4: ["CER"], 5: ["FURN", "CER", "PTG"], 6: ["JWL"],
                   7: ["SCLP"], 8: ["PTG", "JWL", "SCLP", "FURN"]}
    nouns = {"PTG": ["Landscape", "Portrait", "Still life", "Seascape"], "FURN": ["Oak chest", "Walnut desk",
             "Lacquer cabinet", "Armchair"], "JWL": ["Sapphire ring", "Pearl necklace", "Gold brooch", "Diamond earrings"],
             "CER": ["Celadon vase", "Blue and white jar", "Famille rose bowl", "Tea bowl"],
             "SCLP": ["Bronze figure", "Marble head", "Steel abstract", "Wood carving"]}
    lots, bids = [], []
    bidders = []
    countries = ["GB", "GB", "FR", "US", "US", "HK", "CH", "DE", "JP"]
    for i, (g, f) in enumerate(_people(r, 60), start=1):
        bidders.append((i, 100 + i * 3, g, f, countries[i % 9], "Y" if i % 6 == 0 else "N"))
    _ins(c, "BIDDER", bidders)
    lot_id = bid_id = 0
    for s in range(1, 9):
        n = 22 + (s * 5) % 9
        sdt = dt.datetime.fromisoformat(sales[s - 1][2]) + dt.timedelta(hours=18)
        for no in range(1, n + 1):
            lot_id += 1
            cat = r.choice(cat_of_sale[s])
            low = r.choice([500, 800, 1200, 2000, 3000, 5000, 8000, 12000, 20000, 40000]) * 100
            high = low * r.choice([3, 2]) // 2 if low < 1_000_000 else low * 2
            status = "A" if s == 8 else r.choice("SSSSSSPPW")
            nb = 0 if status in ("W", "A") else r.randint(1, 7)
            amt = int(low * r.uniform(0.5, 0.8))
            hammer = None
            lot_bids = []
            for k in range(nb):
                amt = int(amt * r.uniform(1.05, 1.3)) // 100 * 100
                b = r.randint(1, 57)
                lot_bids.append([lot_id, b, amt, (sdt + dt.timedelta(minutes=3 * no + k)).strftime("%Y-%m-%d %H:%M"),
                                 "N"])
            if status == "S" and lot_bids:
                lot_bids[-1][4] = "Y"
                hammer = lot_bids[-1][2]
            for lb in lot_bids:
                bid_id += 1
                bids.append((bid_id, *lb))
            lots.append((lot_id, s, no, f"{r.choice(nouns[cat])}, lot {no}", cat, r.randint(1, 9), low, high,
                         hammer, status))
    _ins(c, "LOT", lots)
    _ins(c, "BID", bids)
    _done(c)


def _ep(d: dt.datetime) -> int:
    return int((d - EPOCH).total_seconds())


def build_satellite(path: Path) -> None:
    """``tb_``-prefixed lower snake case, instants as unix epoch integers (``aos_epoch``, ``launch_epoch``), pass
    status as a small integer without a lookup table (0 scheduled, 1 completed, 2 failed, 3 cancelled), a link
    table of the stations each satellite may use, a supervisor self-reference, 0/1 flags."""
    r = random.Random(503)
    c = _db(path, """
        CREATE TABLE tb_satellite(sat_id INTEGER PRIMARY KEY, sat_name TEXT NOT NULL, norad_no INTEGER,
            orbit_type TEXT, launch_epoch INTEGER, mass_kg REAL, is_active INTEGER);
        CREATE TABLE tb_station(stn_id INTEGER PRIMARY KEY, stn_name TEXT NOT NULL, country TEXT, antenna_m REAL);
        CREATE TABLE tb_sat_station(sat_id INTEGER REFERENCES tb_satellite(sat_id),
            stn_id INTEGER REFERENCES tb_station(stn_id), PRIMARY KEY(sat_id, stn_id));
        CREATE TABLE tb_operator(op_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
            stn_id INTEGER REFERENCES tb_station(stn_id), supervisor_id INTEGER REFERENCES tb_operator(op_id));
        CREATE TABLE tb_pass(pass_id INTEGER PRIMARY KEY, sat_id INTEGER REFERENCES tb_satellite(sat_id),
            stn_id INTEGER REFERENCES tb_station(stn_id), op_id INTEGER REFERENCES tb_operator(op_id),
            aos_epoch INTEGER, los_epoch INTEGER, max_elev_deg REAL, status INTEGER, data_mb REAL);
        CREATE TABLE tb_anomaly(anom_id INTEGER PRIMARY KEY, sat_id INTEGER REFERENCES tb_satellite(sat_id),
            detected_epoch INTEGER, severity INTEGER, resolved INTEGER, summary TEXT);
    """)
    sats = [(1, "AURORA-1", 43013, "SSO", 1499000000, 180.0, 1), (2, "AURORA-2", 44120, "SSO", 1551000000, 185.5, 1),
            (3, "KESTREL", 41765, "LEO", 1472000000, 95.0, 0), (4, "MERIDIAN", 45910, "MEO", 1593000000, 1320.0, 1),
            (5, "TERN-A", 48002, "LEO", 1620000000, 12.5, 1), (6, "TERN-B", 48003, "LEO", 1620000000, 12.5, 1),
            (7, "HALCYON", 50233, "SSO", 1668000000, 240.0, 1), (8, "BOREAS", 39084, "LEO", 1380000000, 410.0, 0),
            (9, "ZEPHYR-3", 52871, "SSO", 1690000000, 65.0, 1), (10, "ORBITER-X", 54011, "GEO", 1702000000, 2800.0, 1)]
    _ins(c, "tb_satellite", sats)
    stns = [(1, "Svalbard North", "Norway", 13.0), (2, "Kiruna", "Sweden", 15.0), (3, "Punta Arenas", "Chile", 9.0),
            (4, "Hartebeesthoek", "South Africa", 12.0), (5, "Alice Springs", "Australia", 7.3),
            (6, "Fairbanks", "USA", 11.0), (7, "Inuvik", "Canada", 9.0)]
    _ins(c, "tb_station", stns)
    links = sorted({(s, t) for s in range(1, 11) for t in range(1, 8) if (s * 3 + t * 5) % 7 in (0, 2, 3, 5)}
                   - {(10, t) for t in range(1, 8)} | {(10, 4)})
    _ins(c, "tb_sat_station", links)
    ops = []
    for i, (g, f) in enumerate(_people(r, 28), start=1):
        stn = 1 + (i - 1) % 7
        sup = None if i <= 7 else stn
        ops.append((i, g, f, stn, sup))
    _ins(c, "tb_operator", ops)
    passes = []
    start = dt.datetime(2024, 7, 1)
    for i in range(1, 281):
        s, t = links[r.randrange(len(links))]
        op = r.choice([o[0] for o in ops if o[3] == t])
        aos = start + dt.timedelta(minutes=r.randrange(365 * 24 * 60))
        dur = r.randint(240, 780)
        status = 0 if aos.date() >= D(2025, 6, 15) else r.choice([1, 1, 1, 1, 1, 1, 2, 3])
        mb = round(dur * r.uniform(0.8, 2.5), 1) if status == 1 else (round(r.uniform(0, 40), 1) if status == 2
                                                                    else 0.0)
        passes.append((i, s, t, op, _ep(aos), _ep(aos) + dur, round(r.uniform(10, 89), 1), status, mb))
    _ins(c, "tb_pass", passes)
    summaries = ["Reaction wheel speed spike", "Battery under-voltage", "Star tracker dropout", "Thermal limit exceeded",
                 "Transponder reset", "Attitude control drift"]
    anoms = []
    for i in range(1, 41):
        s = r.choice([1, 1, 2, 3, 4, 4, 5, 6, 7, 9, 10])
        det = dt.datetime(2024, 1, 1) + dt.timedelta(hours=r.randrange(530 * 24))
        anoms.append((i, s, _ep(det), r.choice([1, 1, 2, 2, 3]), 0 if r.random() < 0.3 else 1, r.choice(summaries)))
    _ins(c, "tb_anomaly", anoms)
    _done(c)


def build_roastery(path: Path) -> None:
    """Abbreviated lower-case names with suffix codes (``orig_cd``, ``org_flg`` 'Y'/'N', ``rst_ts``,
    ``cost_per_kg_amt`` in cents, ``share_pct``, ``rst_dur_sec``), order status as text codes without a lookup
    table ('OPEN', 'SHPD', 'DLVD', 'CNCL'), a blend-to-lot link table."""
    r = random.Random(504)
    c = _db(path, """
        CREATE TABLE orig(orig_cd TEXT PRIMARY KEY, cntry_nm TEXT NOT NULL, rgn_nm TEXT);
        CREATE TABLE grn_lot(lot_id INTEGER PRIMARY KEY, orig_cd TEXT REFERENCES orig(orig_cd), farm_nm TEXT,
            proc_mthd_cd TEXT, arr_dt TEXT, qty_kg REAL, cost_per_kg_amt INTEGER, org_flg TEXT);
        CREATE TABLE blnd(blnd_id INTEGER PRIMARY KEY, blnd_nm TEXT NOT NULL, roast_lvl_cd TEXT, retail_amt INTEGER,
            dscn_flg TEXT);
        CREATE TABLE blnd_cmpnt(blnd_id INTEGER REFERENCES blnd(blnd_id), lot_id INTEGER REFERENCES grn_lot(lot_id),
            share_pct INTEGER, PRIMARY KEY(blnd_id, lot_id));
        CREATE TABLE rst_batch(batch_id INTEGER PRIMARY KEY, blnd_id INTEGER REFERENCES blnd(blnd_id), rst_ts TEXT,
            grn_wt_kg REAL, rstd_wt_kg REAL, rst_dur_sec INTEGER, roaster_nm TEXT);
        CREATE TABLE whsl_acct(acct_id INTEGER PRIMARY KEY, acct_nm TEXT NOT NULL, city_nm TEXT, open_dt TEXT);
        CREATE TABLE whsl_ord(ord_id INTEGER PRIMARY KEY, acct_id INTEGER REFERENCES whsl_acct(acct_id),
            blnd_id INTEGER REFERENCES blnd(blnd_id), ord_dt TEXT, bags_qty INTEGER, ord_stat_cd TEXT,
            total_amt INTEGER);
    """)
    origs = [("ETH-YRG", "Ethiopia", "Yirgacheffe"), ("ETH-SDM", "Ethiopia", "Sidamo"), ("COL-HUI", "Colombia", "Huila"),
             ("COL-NAR", "Colombia", "Narino"), ("BRA-CER", "Brazil", "Cerrado"), ("KEN-NYE", "Kenya", "Nyeri"),
             ("GTM-ANT", "Guatemala", "Antigua"), ("IDN-SUM", "Indonesia", "Sumatra"), ("PER-CAJ", "Peru", "Cajamarca")]
    _ins(c, "orig", origs)
    farms = ["Finca La Esperanza", "Konga Cooperative", "Fazenda Boa Vista", "Gachatha Factory", "El Injerto",
             "Wahana Estate", "Las Flores", "Chelbesa Station", "San Isidro", "Karogoto Mill", "Santa Lucia",
             "Aceh Gayo Coop", "Finca El Paraiso", "Buncho Station", "La Palma", "Kiambu Estate", "Cerro Azul",
             "Fazenda Rainha", "Finca Tamana", "Bombe Station", "Los Naranjos", "Mount Kenya Estate"]
    lots = []
    for i, farm in enumerate(farms, start=1):
        o = origs[(i * 4) % 9][0]
        lots.append((i, o, farm, r.choice("WWWNNH"), _day(r, D(2023, 9, 1), 600).isoformat(),
                     float(r.choice([60, 120, 180, 240, 300, 360, 600])), r.randint(520, 1650),
                     "Y" if i % 3 == 0 else "N"))
    _ins(c, "grn_lot", lots)
    blends = [(1, "Morning Ritual", "M", 1450, "N"), (2, "Night Owl", "D", 1550, "N"), (3, "Sunrise Filter", "L", 1690, "N"),
              (4, "House Espresso", "M", 1390, "N"), (5, "Velvet Decaf", "M", 1590, "N"), (6, "Old Harbour", "D", 1290, "Y"),
              (7, "Single Origin Yirgacheffe", "L", 1890, "N"), (8, "Campfire", "D", 1350, "Y"),
              (9, "Spring Bloom", "L", 1790, "N"), (10, "Cellar Door", "M", 1490, "Y"), (11, "Peak Season", "L", 1990, "N"),
              (12, "Workshop Blend", "M", 1250, "N")]
    _ins(c, "blnd", blends)
    comp = []
    for b in range(1, 13):
        k = 1 if b in (7, 11) else r.choice([2, 2, 3, 3, 4])
        picks = r.sample(range(1, 21), k) if b != 7 else [1]
        shares = [100] if k == 1 else ([50, 50] if k == 2 else ([40, 35, 25] if k == 3 else [40, 30, 20, 10]))
        comp += [(b, p, s) for p, s in zip(picks, shares, strict=True)]
    _ins(c, "blnd_cmpnt", comp)
    roasters = ["Ingrid", "Mateo", "Priya"]
    batches = []
    for i in range(1, 241):
        b = r.choice([1, 1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12])
        g = float(r.choice([12, 15, 15, 20, 25]))
        loss = {"L": 0.13, "M": 0.15, "D": 0.18}[blends[b - 1][2]] + r.uniform(-0.015, 0.015)
        ts = dt.datetime(2024, 1, 2, 6) + dt.timedelta(minutes=r.randrange(530 * 24 * 60))
        batches.append((i, b, ts.strftime("%Y-%m-%d %H:%M:%S"), g, round(g * (1 - loss), 2), r.randint(600, 1080),
                        r.choice(roasters)))
    _ins(c, "rst_batch", batches)
    accts = [(1, "Bean There Cafe", "Leeds", "2022-04-11"), (2, "The Daily Grind", "York", "2021-09-01"),
             (3, "Copper Kettle", "Leeds", "2023-02-14"), (4, "Northern Pour", "Manchester", "2020-06-30"),
             (5, "Ink & Crema", "Manchester", "2024-01-08"), (6, "Harbourside Deli", "Hull", "2022-11-19"),
             (7, "Little Brew Co", "York", "2024-08-03"), (8, "Station Coffee", "Sheffield", "2021-03-22"),
             (9, "Green Door Bakery", "Sheffield", "2023-07-07"), (10, "Quay Street Kitchen", "Hull", "2025-02-01"),
             (11, "Morning Glory", "Leeds", "2025-03-15"), (12, "Tinker Tailor", "Bradford", "2023-10-10")]
    _ins(c, "whsl_acct", accts)
    ords = []
    for i in range(1, 201):
        a = r.randint(1, 11) if i % 17 else 12
        acct_open = D.fromisoformat(accts[a - 1][3])
        od = max(acct_open, _day(r, D(2024, 1, 1), 530))
        b = r.choice([1, 1, 2, 3, 4, 4, 4, 5, 7, 9, 11, 12] + ([6, 8, 10] if od < D(2024, 9, 1) else []))
        q = r.randint(2, 40)
        stat = "OPEN" if od > D(2025, 6, 5) else r.choice(["DLVD", "DLVD", "DLVD", "DLVD", "SHPD", "CNCL"])
        ords.append((i, a, b, od.isoformat(), q, stat, q * blends[b - 1][3] * 8 // 10))
    _ins(c, "whsl_ord", ords)
    _done(c)


def build_regatta(path: Path) -> None:
    """Run-together lower-case names (``yachtname``, ``sailno``, ``elapsedsecs``, ``finishcode``), plural tables, a
    finish-code lookup table of small integers, a crew link table between yachts and sailors."""
    r = random.Random(505)
    c = _db(path, """
        CREATE TABLE clubs(clubid INTEGER PRIMARY KEY, clubname TEXT NOT NULL, homeport TEXT);
        CREATE TABLE sailors(sailorid INTEGER PRIMARY KEY, firstname TEXT, lastname TEXT, birthyear INTEGER,
            clubid INTEGER REFERENCES clubs(clubid));
        CREATE TABLE yachts(yachtid INTEGER PRIMARY KEY, yachtname TEXT NOT NULL, sailno TEXT, yachtclass TEXT,
            lengthm REAL, clubid INTEGER REFERENCES clubs(clubid), ownerid INTEGER REFERENCES sailors(sailorid));
        CREATE TABLE yachtcrew(yachtid INTEGER REFERENCES yachts(yachtid),
            sailorid INTEGER REFERENCES sailors(sailorid), crewrole TEXT, PRIMARY KEY(yachtid, sailorid));
        CREATE TABLE races(raceid INTEGER PRIMARY KEY, racename TEXT NOT NULL, racedate TEXT, coursename TEXT,
            distancenm REAL);
        CREATE TABLE finishcodes(finishcode INTEGER PRIMARY KEY, finishdesc TEXT NOT NULL);
        CREATE TABLE raceresults(raceid INTEGER REFERENCES races(raceid), yachtid INTEGER REFERENCES yachts(yachtid),
            skipperid INTEGER REFERENCES sailors(sailorid), finishcode INTEGER REFERENCES finishcodes(finishcode),
            elapsedsecs INTEGER, place INTEGER, PRIMARY KEY(raceid, yachtid));
    """)
    _ins(c, "clubs", [(1, "Royal Northern YC", "Rhu"), (2, "Solent Sailing Club", "Cowes"),
                      (3, "Bay of Kiel Segler", "Kiel"), (4, "Harbour Lights SC", "Falmouth"),
                      (5, "Westerly Cruising Club", "Plymouth")])
    sailors = []
    for i, (g, f) in enumerate(_people(r, 90), start=1):
        sailors.append((i, g, f, r.randint(1955, 2004), 1 + i % 5 if i % 23 else None))
    _ins(c, "sailors", sailors)
    names = ["Sea Breeze", "Kittiwake", "Northern Star", "Blue Heron", "Wild Goose", "Tempest", "Moonraker", "Sirocco",
             "Persistence", "Silver Spray", "Albatross", "Night Hawk", "Calypso", "Windrush", "Storm Petrel",
             "Red Admiral", "Halcyon Days", "Jester", "Spindrift", "Gannet", "Morning Tide", "Osprey"]
    classes = [("J/109", 10.7), ("Sigma 38", 11.6), ("First 40", 12.2), ("J/70", 6.9), ("Contessa 32", 9.8)]
    yachts, crew = [], []
    for i, nm in enumerate(names, start=1):
        cls, ln = classes[(i * 2) % 5]
        owner = 1 + (i * 4) % 90
        yachts.append((i, nm, f"GBR{1000 + i * 37}", cls, ln, 1 + (i * 3) % 5, owner))
        picks = r.sample([s for s in range(1, 91) if s != owner], r.randint(2, 6))
        roles = ["helm", "trimmer", "bow", "navigator", "pit", "mast"]
        crew += [(i, s, roles[k]) for k, s in enumerate(picks)]
    _ins(c, "yachts", yachts)
    _ins(c, "yachtcrew", sorted(set(crew)))
    races = [(1, "Spring Series 1", "2024-04-13", "Inshore triangle", 12.0),
             (2, "Spring Series 2", "2024-04-27", "Windward leeward", 9.5),
             (3, "Round the Island", "2024-06-22", "Island circuit", 50.0),
             (4, "Midsummer Night Race", "2024-06-29", "Coastal", 32.0),
             (5, "Channel Dash", "2024-08-03", "Offshore", 110.0),
             (6, "Autumn Pursuit", "2024-09-21", "Inshore triangle", 14.0),
             (7, "Frostbite 1", "2024-11-16", "Windward leeward", 8.0),
             (8, "Frostbite 2", "2025-01-18", "Windward leeward", 8.0),
             (9, "Spring Series 1", "2025-04-12", "Inshore triangle", 12.0),
             (10, "Lighthouse Race", "2025-05-24", "Coastal", 28.0),
             (11, "Round the Island", "2025-06-21", "Island circuit", 50.0)]
    _ins(c, "races", races)
    _ins(c, "finishcodes", [(1, "Finished"), (2, "Did not finish"), (3, "Disqualified"), (4, "Did not start"),
                            (5, "Retired")])
    results = []
    for rc in races[:10]:
        rid, dist = rc[0], rc[4]
        entrants = sorted(r.sample(range(1, 23), r.randint(9, 16)))
        rows = []
        for y in entrants:
            code = r.choice([1] * 12 + [2, 3, 4, 5])
            secs = int(dist / r.uniform(4.0, 7.5) * 3600) if code == 1 else None
            skipper = r.choice([s for (yy, s, _) in crew if yy == y] + [yachts[y - 1][6]])
            rows.append([rid, y, skipper, code, secs, None])
        fin = sorted([x for x in rows if x[3] == 1], key=lambda x: x[4] or 0)
        for k, x in enumerate(fin, start=1):
            x[5] = k
        results += [tuple(x) for x in rows]
    _ins(c, "raceresults", results)
    _done(c)


def build_makerspace(path: Path) -> None:
    """Every column carries its table's abbreviation (``mbr_first``, ``eqp_hourly_cents``, ``crt_granted``,
    ``bkg_minutes``), flags as 'Y'/'N' (``_yn``), a member-referrer self-reference, a certification link table
    between members and equipment, fees in cents."""
    r = random.Random(506)
    c = _db(path, """
        CREATE TABLE plan(pln_id INTEGER PRIMARY KEY, pln_name TEXT NOT NULL, pln_monthly_cents INTEGER);
        CREATE TABLE member(mbr_id INTEGER PRIMARY KEY, mbr_first TEXT, mbr_last TEXT, mbr_email TEXT,
            mbr_pln_id INTEGER REFERENCES plan(pln_id), mbr_joined TEXT, mbr_active_yn TEXT,
            mbr_referrer_id INTEGER REFERENCES member(mbr_id));
        CREATE TABLE equipment(eqp_id INTEGER PRIMARY KEY, eqp_name TEXT NOT NULL, eqp_kind TEXT, eqp_room TEXT,
            eqp_hourly_cents INTEGER, eqp_needs_cert_yn TEXT);
        CREATE TABLE certification(crt_mbr_id INTEGER REFERENCES member(mbr_id),
            crt_eqp_id INTEGER REFERENCES equipment(eqp_id), crt_granted TEXT, PRIMARY KEY(crt_mbr_id, crt_eqp_id));
        CREATE TABLE booking(bkg_id INTEGER PRIMARY KEY, bkg_mbr_id INTEGER REFERENCES member(mbr_id),
            bkg_eqp_id INTEGER REFERENCES equipment(eqp_id), bkg_start TEXT, bkg_minutes INTEGER, bkg_noshow_yn TEXT);
        CREATE TABLE incident(inc_id INTEGER PRIMARY KEY, inc_eqp_id INTEGER REFERENCES equipment(eqp_id),
            inc_mbr_id INTEGER REFERENCES member(mbr_id), inc_date TEXT, inc_severity TEXT, inc_note TEXT);
    """)
    _ins(c, "plan", [(1, "Hobbyist", 2500), (2, "Maker", 4500), (3, "Pro", 8500), (4, "Student", 1500)])
    members = []
    for i, (g, f) in enumerate(_people(r, 70), start=1):
        ref = None if i <= 10 or i % 4 == 0 else r.choice([2, 3, 5, 5, 7, 9, 9, 9])
        members.append((i, g, f, f"{g.lower()}.{f.lower()}@example.org", r.choice([1, 1, 2, 2, 2, 3, 4]),
                        _day(r, D(2019, 1, 1), 2300).isoformat(), "N" if i % 7 == 3 else "Y", ref))
    _ins(c, "member", members)
    eqps = [(1, "Trotec Speedy 400", "laser cutter", "Workshop A", 1800, "Y"),
            (2, "Glowforge Pro", "laser cutter", "Workshop A", 1200, "Y"),
            (3, "Prusa MK4 #1", "3D printer", "Print Lab", 300, "N"), (4, "Prusa MK4 #2", "3D printer", "Print Lab", 300, "N"),
            (5, "Bambu X1C", "3D printer", "Print Lab", 500, "N"),
            (6, "Shapeoko XXL", "CNC router", "Workshop B", 2200, "Y"),
            (7, "Myford Lathe", "lathe", "Workshop B", 1500, "Y"), (8, "Bernina 570", "sewing machine", "Textile Room", 400, "N"),
            (9, "Brother Embroidery", "sewing machine", "Textile Room", 600, "N"),
            (10, "Formlabs Form 3", "resin printer", "Print Lab", 900, "Y"),
            (11, "Bandsaw Record", "bandsaw", "Workshop B", 800, "Y"),
            (12, "Vinyl Cutter Cameo", "vinyl cutter", "Textile Room", 250, "N")]
    _ins(c, "equipment", eqps)
    certs = set()
    for m in range(1, 71):
        for e in (1, 2, 6, 7, 10, 11):
            if (m * 5 + e * 3) % 9 < 3 and m != 70:
                certs.add((m, e, _day(r, D(2020, 1, 1), 1900).isoformat()))
    _ins(c, "certification", sorted(certs))
    cert_pairs = {(m, e) for m, e, _ in certs}
    books = []
    bid = 0
    while bid < 260:
        m = r.randint(1, 66)
        e = r.randint(1, 12)
        if eqps[e - 1][5] == "Y" and (m, e) not in cert_pairs:
            continue
        bid += 1
        st = dt.datetime(2024, 3, 1, 9) + dt.timedelta(hours=r.randrange(470 * 24))
        books.append((bid, m, e, st.strftime("%Y-%m-%d %H:%M"), r.choice([30, 60, 60, 90, 120, 180, 240]),
                      "Y" if r.random() < 0.1 else "N"))
    _ins(c, "booking", books)
    notes = ["Burnt material", "Broken bit", "Jammed nozzle", "Misaligned bed", "Minor cut", "Needle snapped"]
    incs = []
    for i in range(1, 31):
        bk = books[r.randrange(len(books))]
        incs.append((i, bk[2], bk[1], bk[3][:10], r.choice(["minor", "minor", "minor", "major"]), r.choice(notes)))
    _ins(c, "incident", incs)
    _done(c)


BUILDERS = {
    "apiary": build_apiary,
    "auction": build_auction,
    "satellite": build_satellite,
    "roastery": build_roastery,
    "regatta": build_regatta,
    "makerspace": build_makerspace,
}

