"""Six small science, research and conservation databases for the sixty-second blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``herbarium`` (natural keys: codes as primary keys, composite keys, no surrogate ids; self-referencing
  ``taxon.parent_code``): a university herbarium. ``taxon`` (family, genus and species rows in one tree; family codes
  are the upper-cased name, genus and species codes six letters such as ``QUERCU`` and ``QUEROB``), ``country`` (ISO
  codes), ``institution`` (Index Herbariorum codes such as ``K`` or ``BM``), ``collector``, ``specimen`` (barcode
  key, 'Y'/'N' mounted flag, type status), ``loan`` (keyed by borrowing institution and loan number) and the link
  table ``loan_item`` (composite foreign key to ``loan``).
- ``icecore`` (legacy uppercase abbreviations without underscores, dates as YYYYMMDD integers, status codes with a
  lookup table; self-referencing ``SCIENT.SUPVNO``): an ice-core laboratory. ``EXPDTN`` (drilling expeditions),
  ``SCIENT`` (staff), ``CORESTAT``, ``CORE``, ``SECTN`` (cut sections with depths and ages), ``ANLTYP`` (analysis
  types and units) and ``ANLYS`` (measurements with a 'Y'/'N' quality-control flag).
- ``camtrap`` (a data-warehouse star: ``dim_*``/``fact_*`` tables, surrogate ``*_key`` columns and a date dimension
  keyed YYYYMMDD): a camera-trap mammal survey. ``dim_date``, ``dim_site``, ``dim_species``, ``dim_camera``,
  ``fact_deployment`` (retrieval NULL while the camera is still out) and ``fact_detection``.
- ``coralreef`` (Hungarian type prefixes: ``lngSiteID``, ``strName``, ``dtDive``, ``intDurationMin``, ``bAlive``,
  ``curAmount``; self-referencing ``Diver.lngMentorID``): a coral restoration project. ``Site`` (nurseries and
  reefs), ``Species``, ``Diver``, ``Fragment`` (grown in a nursery, later outplanted to a reef), ``Dive``, the link
  table ``DiveCrew`` and ``Adoption`` (sponsors adopting a fragment).
- ``excavation`` (quoted names with spaces and capitals, e.g. ``"Team Members"."Reports To"``, ``"Weight (g)"``;
  self-referencing ``"Reports To"``): an archaeological dig. ``"Team Members"``, ``"Trenches"``, ``"Contexts"``,
  ``"Finds"`` ('Yes'/'No' small find) and ``"Samples"`` (lab dates NULL until sent).
- ``turtlenests`` (type suffixes: ``beach_nm``, ``laid_dt``, ``egg_cnt``, ``relocated_flg``, ``status_cd``,
  ``start_ts`` in epoch seconds, ``duration_min``): sea-turtle nest monitoring. ``beach``, ``species_lkp``,
  ``nest_status_lkp``, ``volunteer``, ``patrol``, the link table ``patrol_crew`` and ``nest``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


# ------------------------------------------------------------------------------------------------------- herbarium
HB_TAXA = [
    ("Fagaceae", [("Quercus", [("robur", "English oak"), ("petraea", "Sessile oak"), ("ilex", "Holm oak"),
                               ("suber", "Cork oak")]),
                  ("Fagus", [("sylvatica", "Beech")]), ("Castanea", [("sativa", "Sweet chestnut")])]),
    ("Rosaceae", [("Rosa", [("canina", "Dog rose"), ("arvensis", "Field rose")]),
                  ("Prunus", [("spinosa", "Blackthorn"), ("avium", "Wild cherry"), ("padus", "Bird cherry")]),
                  ("Crataegus", [("monogyna", "Hawthorn")]),
                  ("Sorbus", [("aucuparia", "Rowan"), ("torminalis", "Wild service tree")])]),
    ("Asteraceae", [("Bellis", [("perennis", "Daisy")]),
                    ("Centaurea", [("nigra", "Common knapweed"), ("cyanus", "Cornflower")]),
                    ("Leucanthemum", [("vulgare", "Oxeye daisy")])]),
    ("Orchidaceae", [("Ophrys", [("apifera", "Bee orchid"), ("insectifera", "Fly orchid")]),
                     ("Orchis", [("mascula", "Early purple orchid")]),
                     ("Dactylorhiza", [("fuchsii", "Common spotted orchid"), ("maculata", "Heath spotted orchid")])]),
    ("Lamiaceae", [("Salvia", [("pratensis", "Meadow clary"), ("rosmarinus", "Rosemary")]),
                   ("Thymus", [("vulgaris", "Garden thyme"), ("serpyllum", "Breckland thyme")]),
                   ("Lavandula", [("stoechas", "French lavender"), ("angustifolia", "English lavender")])]),
    ("Ranunculaceae", [("Ranunculus", [("acris", "Meadow buttercup"), ("repens", "Creeping buttercup")]),
                       ("Anemone", [("nemorosa", "Wood anemone")]),
                       ("Helleborus", [("foetidus", "Stinking hellebore")])]),
    ("Ericaceae", [("Erica", [("cinerea", "Bell heather"), ("tetralix", "Cross-leaved heath")]),
                   ("Calluna", [("vulgaris", "Heather")]), ("Vaccinium", [("myrtillus", "Bilberry")])]),
    ("Fabaceae", [("Ulex", [("europaeus", "Gorse")]),
                  ("Trifolium", [("pratense", "Red clover"), ("repens", "White clover")]),
                  ("Lotus", [("corniculatus", "Bird's-foot trefoil")])]),
]  # fmt: skip
HB_COUNTRIES = [
    ("GB", "United Kingdom"), ("IE", "Ireland"), ("FR", "France"), ("ES", "Spain"), ("PT", "Portugal"),
    ("IT", "Italy"), ("GR", "Greece"), ("NO", "Norway"), ("DE", "Germany"), ("MA", "Morocco"),
    ("US", "United States"), ("NL", "Netherlands"), ("CH", "Switzerland"), ("AT", "Austria"), ("DK", "Denmark"),
    ("SE", "Sweden"),
]  # fmt: skip
HB_INSTITUTIONS = [
    ("K", "Royal Botanic Gardens, Kew", "London", "GB"), ("E", "Royal Botanic Garden Edinburgh", "Edinburgh", "GB"),
    ("BM", "Natural History Museum", "London", "GB"), ("P", "Museum national d'Histoire naturelle", "Paris", "FR"),
    ("NY", "New York Botanical Garden", "New York", "US"), ("MO", "Missouri Botanical Garden", "St. Louis", "US"),
    ("L", "Naturalis Biodiversity Center", "Leiden", "NL"), ("B", "Botanic Garden Berlin", "Berlin", "DE"),
    ("G", "Conservatoire botanique de Geneve", "Geneva", "CH"), ("W", "Naturhistorisches Museum Wien", "Vienna", "AT"),
    ("C", "Natural History Museum of Denmark", "Copenhagen", "DK"), ("TCD", "Trinity College Dublin", "Dublin", "IE"),
    ("UPS", "Uppsala University", "Uppsala", "SE"), ("MA", "Real Jardin Botanico", "Madrid", "ES"),
    ("COI", "University of Coimbra", "Coimbra", "PT"), ("FI", "University of Florence", "Florence", "IT"),
]  # fmt: skip
HB_LOCALITIES = {
    "GB": ["Box Hill, Surrey", "Wicken Fen", "Ben Lawers", "Lizard Point", "Malham Cove", "New Forest"],
    "IE": ["The Burren", "Killarney", "Connemara"],
    "FR": ["Causse Mejean", "Foret de Fontainebleau", "Massif de l'Esterel", "Vercors"],
    "ES": ["Sierra Nevada", "Picos de Europa", "Donana", "Serrania de Ronda"],
    "PT": ["Serra da Estrela", "Sintra", "Algarve coast"],
    "IT": ["Gran Sasso", "Monte Baldo", "Sila"],
    "GR": ["Mount Olympus", "Crete, Lefka Ori"],
    "NO": ["Dovrefjell", "Lofoten"],
    "MA": ["High Atlas, Toubkal", "Rif mountains"],
}  # fmt: skip
HB_COLLECTOR_HOME = ["K", "E", "BM", None, None, "TCD", "P", "MA", None, "COI", "E", "K", None, "L", "BM", None,
                     "G", None, "FI", "UPS", None, "K"]  # fmt: skip
HB_TYPES = ["Holotype", "Isotype", "Isotype", "Paratype", "Lectotype", "Isotype", "Holotype", "Paratype", "Isotype",
            "Syntype", "Isotype"]  # fmt: skip
HB_PURPOSES = ["Taxonomic revision", "DNA sampling", "Exhibition", "Imaging", "Taxonomic revision"]


def _hb_code(name: str) -> str:
    parts = name.split()
    return (parts[0][:3] + parts[1][:3]).upper() if len(parts) == 2 else parts[0][:6].upper()


def build_herbarium(path: Path) -> None:
    r = random.Random(62001)
    c = fresh_db(
        path,
        """
        CREATE TABLE taxon (taxon_code TEXT PRIMARY KEY, taxon_name TEXT NOT NULL, taxon_rank TEXT NOT NULL,
            parent_code TEXT REFERENCES taxon(taxon_code), common_name TEXT);
        CREATE TABLE country (country_code TEXT PRIMARY KEY, country_name TEXT NOT NULL);
        CREATE TABLE institution (inst_code TEXT PRIMARY KEY, inst_name TEXT NOT NULL, city TEXT NOT NULL,
            country_code TEXT NOT NULL REFERENCES country(country_code));
        CREATE TABLE collector (collector_code TEXT PRIMARY KEY, full_name TEXT NOT NULL,
            home_inst TEXT REFERENCES institution(inst_code));
        CREATE TABLE specimen (barcode TEXT PRIMARY KEY, taxon_code TEXT NOT NULL REFERENCES taxon(taxon_code),
            collector_code TEXT NOT NULL REFERENCES collector(collector_code), collected_on TEXT NOT NULL,
            country_code TEXT NOT NULL REFERENCES country(country_code), locality TEXT NOT NULL, elevation_m INTEGER,
            type_status TEXT, mounted TEXT NOT NULL DEFAULT 'N', accessioned_on TEXT);
        CREATE TABLE loan (inst_code TEXT NOT NULL REFERENCES institution(inst_code), loan_no INTEGER NOT NULL,
            sent_on TEXT NOT NULL, due_on TEXT NOT NULL, returned_on TEXT, purpose TEXT NOT NULL,
            PRIMARY KEY (inst_code, loan_no));
        CREATE TABLE loan_item (inst_code TEXT NOT NULL, loan_no INTEGER NOT NULL,
            barcode TEXT NOT NULL REFERENCES specimen(barcode), PRIMARY KEY (inst_code, loan_no, barcode),
            FOREIGN KEY (inst_code, loan_no) REFERENCES loan(inst_code, loan_no));
        """,
    )
    taxa, species = [], []
    for fam, genera in HB_TAXA:
        fcode = fam.upper()
        taxa.append((fcode, fam, "family", None, None))
        for gen, sps in genera:
            gcode = _hb_code(gen)
            taxa.append((gcode, gen, "genus", fcode, None))
            for ep, common in sps:
                name = f"{gen} {ep}"
                taxa.append((_hb_code(name), name, "species", gcode, common))
                species.append(_hb_code(name))
    assert len({t[0] for t in taxa}) == len(taxa)
    insert(c, "taxon", taxa)
    insert(c, "country", HB_COUNTRIES)
    insert(c, "institution", HB_INSTITUTIONS)
    names = full_names(r, len(HB_COLLECTOR_HOME))
    colls = []
    for name, home in zip(names, HB_COLLECTOR_HOME, strict=True):
        first, last = name.split()
        code = (last[:5] + first[0]).upper()
        colls.append((code, name, home))
    assert len({x[0] for x in colls}) == len(colls)
    insert(c, "collector", colls)
    weights = [r.choice([1, 2, 3, 5]) for _ in species]
    cweights = [r.choice([1, 2, 3, 4, 6]) for _ in colls]
    ctry_w = {"GB": 9, "IE": 3, "FR": 4, "ES": 5, "PT": 3, "IT": 2, "GR": 2, "NO": 1, "MA": 1}
    specs = []
    for _ in range(320):
        d = day_between(r, D(1988, 1, 1), D(2019, 12, 31)) if r.random() < 0.55 else day_between(r, D(2020, 1, 1), LAST)
        ctry = r.choices(list(ctry_w), weights=list(ctry_w.values()))[0]
        loc = r.choice(HB_LOCALITIES[ctry])
        elev = None if r.random() < 0.1 else r.randint(2, 2400) if ctry not in ("GB", "IE") else r.randint(2, 1100)
        acc = d + dt.timedelta(days=r.randint(20, 400))
        mounted = r.random() < 0.9 if acc < D(2024, 6, 1) else r.random() < 0.3
        specs.append([d, r.choices(species, weights=weights)[0], r.choices(colls, weights=cweights)[0][0], ctry, loc,
                      elev, None, _yn(mounted), None if acc > LAST else acc])  # fmt: skip
    specs.sort(key=lambda x: x[0])
    for i, ts in zip(r.sample(range(len(specs) - 40), len(HB_TYPES)), HB_TYPES, strict=True):
        specs[i][6] = ts
    rows = []
    for k, (d, tx, co, ctry, loc, elev, ts, mo, acc) in enumerate(specs, 1):
        rows.append((f"HRB{100000 + k * 7:06d}", tx, co, _iso(d), ctry, loc, elev, ts, mo, _iso(acc)))
    insert(c, "specimen", rows)
    lendable = [x[0] for x in rows if x[9] is not None and x[8] == "Y"]
    loans, items = [], []
    seq: dict[str, int] = {}
    borrowers = ["K", "E", "BM", "P", "NY", "MO", "L", "B", "G", "C", "TCD", "MA", "COI", "K", "E", "P", "NY", "L"]
    for _ in range(34):
        inst = r.choice(borrowers)
        sent = day_between(r, D(2019, 1, 1), D(2025, 6, 10))
        due = sent + dt.timedelta(days=r.choice([180, 365, 365]))
        if due < D(2025, 1, 1):
            ret = due - dt.timedelta(days=r.randint(-40, 100)) if r.random() < 0.92 else None
        elif sent < D(2024, 9, 1):
            ret = sent + dt.timedelta(days=r.randint(90, 300)) if r.random() < 0.5 else None
        else:
            ret = None
        if ret is not None and ret > LAST:
            ret = None
        loans.append([inst, 0, sent, due, ret, r.choice(HB_PURPOSES)])
    loans.sort(key=lambda x: x[2])
    for ln in loans:
        seq[ln[0]] = seq.get(ln[0], 0) + 1
        ln[1] = seq[ln[0]]
        for bc in r.sample(lendable, r.randint(2, 7)):
            items.append((ln[0], ln[1], bc))
    insert(c, "loan", [(i, n, _iso(s), _iso(d), _iso(rt), p) for i, n, s, d, rt, p in loans])
    insert(c, "loan_item", items)
    done(c)


# --------------------------------------------------------------------------------------------------------- icecore
IC_STATUS = [("A", "Archived"), ("P", "Processing"), ("X", "Exhausted"), ("T", "In transit")]
IC_TYPES = [
    ("D18O", "Oxygen isotope ratio", "permil"), ("DDEUT", "Deuterium isotope ratio", "permil"),
    ("CO2", "Carbon dioxide", "ppm"), ("CH4", "Methane", "ppb"), ("DUST", "Dust concentration", "particles/mL"),
    ("COND", "Electrical conductivity", "uS/cm"),
]  # fmt: skip
IC_EXPED = [
    (1, "Summit Shallow Cores", "Summit Station", "Greenland", D(2016, 6, 1), D(2016, 7, 28)),
    (2, "Dome Fuji Revisit", "Dome Fuji", "Antarctica", D(2016, 12, 5), D(2017, 1, 25)),
    (3, "Lomonosovfonna Traverse", "Lomonosovfonna", "Svalbard", D(2018, 4, 10), D(2018, 5, 12)),
    (4, "Colle Gnifetti Drilling", "Colle Gnifetti", "Alps", D(2019, 8, 15), D(2019, 8, 30)),
    (5, "EastGRIP Summer Season", "EastGRIP", "Greenland", D(2019, 5, 20), D(2019, 8, 2)),
    (6, "Law Dome Coastal", "Law Dome", "Antarctica", D(2020, 11, 10), D(2021, 1, 15)),
    (7, "Illimani Glacier", "Nevado Illimani", "Andes", D(2022, 6, 5), D(2022, 6, 30)),
    (8, "Roosevelt Island Follow-up", "Roosevelt Island", "Antarctica", D(2023, 12, 1), D(2024, 1, 22)),
    (9, "Holtedahlfonna Spring", "Holtedahlfonna", "Svalbard", D(2024, 4, 15), D(2024, 5, 20)),
    (10, "Mont Blanc Archive Core", "Col du Dome", "Alps", D(2025, 5, 20), None),
    (11, "Little Dome C Support", "Little Dome C", "Antarctica", D(2025, 11, 15), None),
]
# SCINO, name, group, role, supervisor, hired
IC_STAFF = [
    (1, "Helen Marsh", "Directorate", "PI", None, D(2008, 9, 1)),
    (2, "Anders Holm", "Isotopes", "PI", 1, D(2011, 2, 14)),
    (3, "Claire Dubois", "Gases", "PI", 1, D(2012, 10, 1)),
    (4, "Rafael Ortiz", "Chemistry", "PI", 1, D(2014, 5, 5)),
    (5, "Greta Lindqvist", "Drilling", "PI", 1, D(2010, 3, 22)),
    (6, "Tomasz Nowak", "Isotopes", "PD", 2, D(2021, 1, 11)),
    (7, "Aiko Tanaka", "Isotopes", "PHD", 2, D(2022, 10, 3)),
    (8, "Ben Ashworth", "Isotopes", "TECH", 2, D(2015, 7, 1)),
    (9, "Sofia Marin", "Gases", "PD", 3, D(2023, 2, 1)),
    (10, "Lukas Weber", "Gases", "PHD", 3, D(2021, 10, 1)),
    (11, "Nadia Haddad", "Gases", "TECH", 3, D(2018, 4, 16)),
    (12, "Oscar Pham", "Chemistry", "PD", 4, D(2022, 6, 1)),
    (13, "Emma Whitfield", "Chemistry", "PHD", 4, D(2023, 10, 2)),
    (14, "Kofi Mensah", "Chemistry", "TECH", 4, D(2019, 9, 9)),
    (15, "Ingrid Eriksen", "Drilling", "TECH", 5, D(2013, 1, 7)),
    (16, "Pablo Reyes", "Drilling", "TECH", 5, D(2017, 11, 20)),
    (17, "Maya Kaur", "Isotopes", "PHD", 6, D(2024, 10, 1)),
    (18, "Hugo Larsen", "Drilling", "TECH", 15, D(2022, 3, 14)),
    (19, "Julia Costa", "Gases", "PHD", 9, D(2024, 10, 1)),
    (20, "Felix Bauer", "Chemistry", "TECH", 14, D(2024, 2, 5)),
    (21, "Rosa Delgado", "Isotopes", "PD", 2, D(2019, 8, 1)),
    (22, "Samir Novak", "Chemistry", "PHD", 12, D(2025, 1, 13)),
]
IC_EXP_LEAD = {1: 2, 2: 5, 3: 5, 4: 4, 5: 2, 6: 3, 7: 4, 8: 5, 9: 3, 10: 4, 11: 5}
IC_TYPE_RANGE = {"D18O": (-42.0, -28.0), "DDEUT": (-330.0, -220.0), "CO2": (180.0, 290.0), "CH4": (350.0, 720.0),
                 "DUST": (500.0, 80000.0), "COND": (0.5, 8.0)}  # fmt: skip
IC_TYPE_STAFF = {"D18O": [6, 7, 8, 17, 21], "DDEUT": [6, 8, 21, 17], "CO2": [9, 10, 11, 19], "CH4": [9, 10, 11, 19],
                 "DUST": [12, 13, 14, 20, 22], "COND": [12, 14, 20]}  # fmt: skip
IC_TYPE_PI = {"D18O": 2, "DDEUT": 2, "CO2": 3, "CH4": 3, "DUST": 4, "COND": 4}


def build_icecore(path: Path) -> None:
    r = random.Random(62002)
    c = fresh_db(
        path,
        """
        CREATE TABLE CORESTAT (STATCD TEXT PRIMARY KEY, STATDESC TEXT NOT NULL);
        CREATE TABLE SCIENT (SCINO INTEGER PRIMARY KEY, SCINAME TEXT NOT NULL, GRPNAME TEXT NOT NULL,
            ROLECD TEXT NOT NULL, SUPVNO INTEGER REFERENCES SCIENT(SCINO), HIREDT INTEGER NOT NULL);
        CREATE TABLE EXPDTN (EXPDNO INTEGER PRIMARY KEY, EXPNAME TEXT NOT NULL, SITENM TEXT NOT NULL,
            REGION TEXT NOT NULL, STRTDT INTEGER NOT NULL, ENDDATE INTEGER,
            LEADSCI INTEGER NOT NULL REFERENCES SCIENT(SCINO));
        CREATE TABLE CORE (CORENO INTEGER PRIMARY KEY, CORECD TEXT NOT NULL, EXPDNO INTEGER NOT NULL
            REFERENCES EXPDTN(EXPDNO), DRILLDT INTEGER NOT NULL, DEPTHM REAL NOT NULL, DIAMMM INTEGER NOT NULL,
            STATCD TEXT NOT NULL REFERENCES CORESTAT(STATCD));
        CREATE TABLE SECTN (SECTNO INTEGER PRIMARY KEY, CORENO INTEGER NOT NULL REFERENCES CORE(CORENO),
            TOPDPTHM REAL NOT NULL, BOTDPTHM REAL NOT NULL, AGEYRBP INTEGER, FRZRCD TEXT NOT NULL,
            CUTDT INTEGER NOT NULL);
        CREATE TABLE ANLTYP (TYPECD TEXT PRIMARY KEY, TYPEDESC TEXT NOT NULL, UNITCD TEXT NOT NULL);
        CREATE TABLE ANLYS (ANLYNO INTEGER PRIMARY KEY, SECTNO INTEGER NOT NULL REFERENCES SECTN(SECTNO),
            TYPECD TEXT NOT NULL REFERENCES ANLTYP(TYPECD), RESVAL REAL NOT NULL, ANLYDT INTEGER NOT NULL,
            SCINO INTEGER NOT NULL REFERENCES SCIENT(SCINO), QCFLG TEXT NOT NULL DEFAULT 'Y');
        """,
    )
    insert(c, "CORESTAT", IC_STATUS)
    insert(c, "SCIENT", [(i, n, g, ro, s, _ymd(h)) for i, n, g, ro, s, h in IC_STAFF])
    insert(c, "EXPDTN", [(i, n, s, rg, _ymd(a), _ymd(b), IC_EXP_LEAD[i]) for i, n, s, rg, a, b in IC_EXPED])
    insert(c, "ANLTYP", IC_TYPES)
    cores = []
    ncores = {1: 4, 2: 5, 3: 4, 4: 3, 5: 6, 6: 5, 7: 3, 8: 5, 9: 4, 10: 2}
    for e, n in ncores.items():
        _i, _n, site, region, a, b = IC_EXPED[e - 1]
        end = b or LAST
        for j in range(1, n + 1):
            d = day_between(r, a, end)
            depth = round(r.uniform(8, 40) if region in ("Alps", "Andes", "Svalbard") else r.uniform(30, 160), 1)
            if e == 10:
                st = "T"
            elif e >= 8:
                st = r.choice(["P", "P", "A"])
            else:
                st = r.choice(["A", "A", "A", "X", "P"]) if e >= 5 else r.choice(["A", "A", "X"])
            code = "".join(ch for ch in site.upper() if ch.isalpha())[:4] + f"{a.year % 100:02d}-{j:02d}"
            cores.append((d, code, e, depth, r.choice([98, 98, 130]), st))
    cores.sort(key=lambda x: (x[0], x[1]))
    insert(c, "CORE", [(k, cd, e, _ymd(d), dp, dm, st) for k, (d, cd, e, dp, dm, st) in enumerate(cores, 1)])
    sects = []
    for k, (d, _cd, _e, depth, _dm, st) in enumerate(cores, 1):
        if st == "T":
            continue
        n = r.randint(3, 12)
        top = round(r.uniform(0, 3), 2)
        for _ in range(n):
            if top + 0.55 > depth:
                break
            length = r.choice([0.55, 0.55, 1.1])
            bot = round(min(top + length, depth), 2)
            age = None if r.random() < 0.12 else int(top * r.uniform(8, 40)) + r.randint(1, 30)
            cut = max(d + dt.timedelta(days=r.randint(60, 500)), D(2017, 3, 1))
            cut = min(cut, LAST - dt.timedelta(days=r.randint(0, 20)))
            sects.append((k, top, bot, age, r.choice(["FZ1", "FZ2", "FZ3", "FZ4", "FZ5"]), cut))
            top = round(bot + r.choice([0.0, 0.0, 0.55, 2.0]), 2)
    insert(c, "SECTN", [(k, co, t, b, a, f, _ymd(cu)) for k, (co, t, b, a, f, cu) in enumerate(sects, 1)])
    anl = []
    for _ in range(380):
        s = r.randrange(len(sects))
        typ = r.choice(["D18O", "D18O", "DDEUT", "CO2", "CH4", "DUST", "DUST", "COND"])
        lo, hi = IC_TYPE_RANGE[typ]
        val = round(r.uniform(lo, hi), 2 if hi < 100 else 1)
        cut = sects[s][5]
        when = min(cut + dt.timedelta(days=r.randint(5, 400)), LAST)
        staff = [x for x in IC_TYPE_STAFF[typ] if IC_STAFF[x - 1][5] <= when] or [IC_TYPE_PI[typ]]
        anl.append((s + 1, typ, val, when, r.choice(staff), _yn(r.random() > 0.08)))
    anl.sort(key=lambda x: (x[3], x[0]))
    insert(c, "ANLYS", [(k, s, t, v, _ymd(w), sc, q) for k, (s, t, v, w, sc, q) in enumerate(anl, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- camtrap
CT_SITES = [
    ("GLN-01", "Glen Feshie Birchwood", "Birch woodland", "Glen Feshie", 410),
    ("GLN-02", "Glen Feshie Riverside", "Riparian", "Glen Feshie", 360),
    ("GLN-03", "Glen Feshie Upper Slopes", "Heather moorland", "Glen Feshie", 620),
    ("GLN-04", "Carnachuin Bridge", "Riparian", "Glen Feshie", 380),
    ("GLN-05", "Ruigh Aiteachain", "Pine woodland", "Glen Feshie", 450),
    ("GLN-06", "Feshie Plateau Edge", "Montane scrub", "Glen Feshie", 780),
    ("ABR-01", "Abernethy Caledonian Pines", "Pine woodland", "Abernethy", 300),
    ("ABR-02", "Loch Garten Shore", "Wetland", "Abernethy", 230),
    ("ABR-03", "Forest Lodge Clearing", "Pine woodland", "Abernethy", 330),
    ("ABR-04", "Tulloch Moor", "Heather moorland", "Abernethy", 280),
    ("ABR-05", "Ryvoan Pass", "Montane scrub", "Abernethy", 420),
    ("ABR-06", "Nethy Bridge Fields", "Farmland edge", "Abernethy", 220),
    ("ABR-07", "Loch Mallachie", "Wetland", "Abernethy", 240),
    ("ABR-08", "Dell Woods", "Pine woodland", "Abernethy", 250),
    ("RTH-01", "Rothiemurchus Old Pines", "Pine woodland", "Rothiemurchus", 290),
    ("RTH-02", "Loch an Eilein", "Wetland", "Rothiemurchus", 260),
    ("RTH-03", "Lairig Ghru Entrance", "Heather moorland", "Rothiemurchus", 450),
    ("RTH-04", "Inverdruie Farm Edge", "Farmland edge", "Rothiemurchus", 230),
    ("RTH-05", "Druie Riverside", "Riparian", "Rothiemurchus", 240),
    ("RTH-06", "Whitewell Birches", "Birch woodland", "Rothiemurchus", 320),
    ("MAR-01", "Mar Lodge Regeneration Zone", "Birch woodland", "Mar Lodge", 420),
    ("MAR-02", "Derry Cairngorm Approach", "Montane scrub", "Mar Lodge", 640),
]  # fmt: skip
CT_SPECIES = [
    ("Red squirrel", "Sciurus vulgaris", "Mammal", "LC", "N"), ("Pine marten", "Martes martes", "Mammal", "LC", "N"),
    ("Red deer", "Cervus elaphus", "Mammal", "LC", "N"), ("Roe deer", "Capreolus capreolus", "Mammal", "LC", "N"),
    ("Badger", "Meles meles", "Mammal", "LC", "N"), ("Red fox", "Vulpes vulpes", "Mammal", "LC", "N"),
    ("Scottish wildcat", "Felis silvestris", "Mammal", "CR", "N"),
    ("Mountain hare", "Lepus timidus", "Mammal", "NT", "N"),
    ("Otter", "Lutra lutra", "Mammal", "NT", "N"), ("Stoat", "Mustela erminea", "Mammal", "LC", "N"),
    ("Hedgehog", "Erinaceus europaeus", "Mammal", "VU", "N"), ("Rabbit", "Oryctolagus cuniculus", "Mammal", "EN", "N"),
    ("Sika deer", "Cervus nippon", "Mammal", "LC", "N"), ("Water vole", "Arvicola amphibius", "Mammal", "EN", "N"),
    ("Capercaillie", "Tetrao urogallus", "Bird", "EN", "N"), ("Black grouse", "Lyrurus tetrix", "Bird", "VU", "N"),
    ("Red grouse", "Lagopus scotica", "Bird", "LC", "N"), ("Eurasian jay", "Garrulus glandarius", "Bird", "LC", "N"),
    ("Blackbird", "Turdus merula", "Bird", "LC", "N"), ("Woodcock", "Scolopax rusticola", "Bird", "LC", "N"),
    ("Domestic cat", "Felis catus", "Mammal", "LC", "Y"), ("Domestic dog", "Canis familiaris", "Mammal", "LC", "Y"),
    ("Sheep", "Ovis aries", "Mammal", "LC", "Y"),
]  # fmt: skip
CT_MODELS = ["Browning Recon Force", "Bushnell Core DS", "Reconyx HyperFire 2", "Spypoint Force-20"]
CT_WEIGHTS = [14, 9, 12, 13, 6, 8, 1, 4, 3, 3, 2, 5, 2, 1, 2, 2, 3, 6, 7, 2, 2, 3, 2]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def build_camtrap(path: Path) -> None:
    r = random.Random(62003)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year_num INTEGER NOT NULL,
            month_num INTEGER NOT NULL, month_name TEXT NOT NULL, quarter_num INTEGER NOT NULL,
            weekday_name TEXT NOT NULL, is_weekend INTEGER NOT NULL);
        CREATE TABLE dim_site (site_key INTEGER PRIMARY KEY, site_code TEXT NOT NULL, site_name TEXT NOT NULL,
            habitat TEXT NOT NULL, estate_name TEXT NOT NULL, elevation_m INTEGER NOT NULL);
        CREATE TABLE dim_species (species_key INTEGER PRIMARY KEY, common_name TEXT NOT NULL,
            scientific_name TEXT NOT NULL, animal_class TEXT NOT NULL, red_list_status TEXT NOT NULL,
            is_domestic TEXT NOT NULL);
        CREATE TABLE dim_camera (camera_key INTEGER PRIMARY KEY, serial_no TEXT NOT NULL, camera_model TEXT NOT NULL,
            purchase_year INTEGER NOT NULL);
        CREATE TABLE fact_deployment (deployment_key INTEGER PRIMARY KEY,
            site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
            camera_key INTEGER NOT NULL REFERENCES dim_camera(camera_key),
            setup_date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            retrieval_date_key INTEGER REFERENCES dim_date(date_key), trap_nights INTEGER,
            images_captured INTEGER NOT NULL, bait_used TEXT NOT NULL);
        CREATE TABLE fact_detection (detection_key INTEGER PRIMARY KEY,
            deployment_key INTEGER NOT NULL REFERENCES fact_deployment(deployment_key),
            site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
            species_key INTEGER NOT NULL REFERENCES dim_species(species_key),
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key), hour_of_day INTEGER NOT NULL,
            animal_count INTEGER NOT NULL, verified INTEGER NOT NULL);
        """,
    )
    days = []
    d = D(2024, 6, 1)
    while d <= D(2025, 6, 30):
        days.append((_ymd(d), _iso(d), d.year, d.month, MONTHS[d.month - 1], (d.month - 1) // 3 + 1,
                     d.strftime("%A"), int(d.weekday() >= 5)))  # fmt: skip
        d += dt.timedelta(days=1)
    insert(c, "dim_date", days)
    insert(c, "dim_site", [(k, *s) for k, s in enumerate(CT_SITES, 1)])
    insert(c, "dim_species", [(k, *s) for k, s in enumerate(CT_SPECIES, 1)])
    cams = [(k, f"CT-{1000 + k * 13}", r.choice(CT_MODELS), r.choice([2019, 2020, 2021, 2022, 2023, 2024]))
            for k in range(1, 31)]  # fmt: skip
    insert(c, "dim_camera", cams)
    rounds = [(D(2024, 6, 3), 40), (D(2024, 9, 16), 45), (D(2025, 1, 13), 50), (D(2025, 4, 22), 60)]
    deps = []
    for start, length in rounds:
        sites = r.sample(range(1, len(CT_SITES) + 1), 20 if start.year == 2024 else 18)
        cams_used = r.sample(range(1, 31), len(sites))
        for s, cam in zip(sites, cams_used, strict=True):
            setup = start + dt.timedelta(days=r.randint(0, 6))
            ret = setup + dt.timedelta(days=length + r.randint(-8, 12))
            if ret > LAST:
                ret = None
            deps.append((s, cam, setup, ret, r.randint(150, 3200), _yn(r.random() < 0.3)))
    deps.sort(key=lambda x: (x[2], x[0]))
    insert(c, "fact_deployment", [(k, s, cam, _ymd(a), _ymd(b), (b - a).days if b else None, im, bt)
                                  for k, (s, cam, a, b, im, bt) in enumerate(deps, 1)])  # fmt: skip
    dets = []
    for _ in range(400):
        k = r.randrange(len(deps))
        s, _cam, a, b, _im, _bt = deps[k]
        when = day_between(r, a, b or LAST)
        sp = r.choices(range(1, len(CT_SPECIES) + 1), weights=CT_WEIGHTS)[0]
        hour = r.choice([0, 1, 2, 3, 4, 5, 21, 22, 23]) if sp in (2, 5, 6, 7, 11) else r.randint(0, 23)
        n = r.choice([1, 1, 1, 2, 3, 5]) if sp in (3, 4, 13, 23) else r.choice([1, 1, 1, 2])
        dets.append((k + 1, s, sp, _ymd(when), hour, n, int(r.random() < 0.8)))
    dets.sort(key=lambda x: (x[3], x[4], x[0]))
    insert(c, "fact_detection", [(k, *x) for k, x in enumerate(dets, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- coralreef
CR_SITES = [
    (1, "Coral Gardens Nursery", "Little Cayman", "Nursery", 9.0, D(2019, 3, 1), 1),
    (2, "Jackson Point Nursery", "Little Cayman", "Nursery", 12.0, D(2020, 5, 15), 1),
    (3, "Spotts Bay Nursery", "Grand Cayman", "Nursery", 8.5, D(2021, 2, 10), 0),
    (4, "Bloody Bay Wall", "Little Cayman", "Reef", 14.0, D(2019, 3, 1), 1),
    (5, "Mixing Bowl", "Little Cayman", "Reef", 11.0, D(2019, 6, 1), 1),
    (6, "Grundy's Gardens", "Little Cayman", "Reef", 10.0, D(2020, 1, 20), 1),
    (7, "Eden Rock", "Grand Cayman", "Reef", 7.5, D(2021, 4, 5), 0),
    (8, "Sunset Reef", "Grand Cayman", "Reef", 9.5, D(2021, 4, 5), 0),
    (9, "Cemetery Reef", "Grand Cayman", "Reef", 12.5, D(2022, 7, 1), 1),
    (10, "Radar Reef", "Cayman Brac", "Reef", 15.0, D(2023, 3, 14), 1),
    (11, "Greenhouse Reef", "Cayman Brac", "Reef", 13.0, D(2023, 3, 14), 0),
]
CR_SPECIES = [
    (1, "Acropora cervicornis", "Staghorn coral", "Branching", 1),
    (2, "Acropora palmata", "Elkhorn coral", "Branching", 1),
    (3, "Orbicella faveolata", "Mountainous star coral", "Massive", 1),
    (4, "Pseudodiploria strigosa", "Symmetrical brain coral", "Massive", 0),
    (5, "Montastraea cavernosa", "Great star coral", "Massive", 0),
    (6, "Dendrogyra cylindrus", "Pillar coral", "Massive", 1),
    (7, "Porites astreoides", "Mustard hill coral", "Encrusting", 0),
    (8, "Agaricia agaricites", "Lettuce coral", "Plating", 0),
]
CR_CERTS = ["Open Water", "Advanced", "Advanced", "Rescue", "Rescue", "Divemaster", "Instructor"]
CR_PURPOSES = ["Nursery maintenance", "Outplanting", "Monitoring survey", "Fragment collection"]
CR_SPONSORS = ["Cayman Dive Lodge", "Blue Horizon School", "Reef Friends Club", "Oceanic Insurance Ltd",
               "Harbour Hotel Group", "The Ebanks Family", "Seaside Rotary", "Island Bank"]  # fmt: skip


def build_coralreef(path: Path) -> None:
    r = random.Random(62004)
    c = fresh_db(
        path,
        """
        CREATE TABLE Site (lngSiteID INTEGER PRIMARY KEY, strName TEXT NOT NULL, strIsland TEXT NOT NULL,
            strSiteType TEXT NOT NULL, dblDepthM REAL NOT NULL, dtEstablished TEXT NOT NULL,
            bMarineParkZone INTEGER NOT NULL);
        CREATE TABLE Species (lngSpeciesID INTEGER PRIMARY KEY, strScientificName TEXT NOT NULL,
            strCommonName TEXT NOT NULL, strGrowthForm TEXT NOT NULL, bThreatened INTEGER NOT NULL);
        CREATE TABLE Diver (lngDiverID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strCertLevel TEXT NOT NULL, dtJoined TEXT NOT NULL, bStaff INTEGER NOT NULL,
            lngMentorID INTEGER REFERENCES Diver(lngDiverID));
        CREATE TABLE Fragment (lngFragmentID INTEGER PRIMARY KEY, strTagCode TEXT NOT NULL,
            lngSpeciesID INTEGER NOT NULL REFERENCES Species(lngSpeciesID),
            lngNurseryID INTEGER NOT NULL REFERENCES Site(lngSiteID), dtCollected TEXT NOT NULL,
            intLengthCm INTEGER NOT NULL, bAlive INTEGER NOT NULL, dtOutplanted TEXT,
            lngReefSiteID INTEGER REFERENCES Site(lngSiteID));
        CREATE TABLE Dive (lngDiveID INTEGER PRIMARY KEY, lngSiteID INTEGER NOT NULL REFERENCES Site(lngSiteID),
            dtDive TEXT NOT NULL, intDurationMin INTEGER NOT NULL, dblMaxDepthM REAL NOT NULL,
            strPurpose TEXT NOT NULL, dblWaterTempC REAL);
        CREATE TABLE DiveCrew (lngDiveID INTEGER NOT NULL REFERENCES Dive(lngDiveID),
            lngDiverID INTEGER NOT NULL REFERENCES Diver(lngDiverID), bLeader INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (lngDiveID, lngDiverID));
        CREATE TABLE Adoption (lngAdoptionID INTEGER PRIMARY KEY,
            lngFragmentID INTEGER NOT NULL REFERENCES Fragment(lngFragmentID), strSponsorName TEXT NOT NULL,
            curAmount REAL NOT NULL, dtAdopted TEXT NOT NULL);
        """,
    )
    insert(c, "Site", [(i, n, isl, t, dp, _iso(e), z) for i, n, isl, t, dp, e, z in CR_SITES])
    insert(c, "Species", CR_SPECIES)
    divers = []
    for k, name in enumerate(full_names(r, 32), 1):
        f, s = name.split()
        staff = k <= 6
        cert = "Instructor" if k <= 3 else "Divemaster" if k <= 6 else r.choice(CR_CERTS[:5])
        joined = (
            day_between(r, D(2018, 1, 1), D(2020, 12, 31)) if staff else day_between(r, D(2020, 1, 1), D(2025, 5, 31))
        )
        mentor = None if k <= 3 else r.randint(1, 3) if k <= 6 else r.choice([1, 2, 3, 4, 5, 6, None])
        divers.append((k, f, s, cert, _iso(joined), int(staff), mentor))
    insert(c, "Diver", divers)
    frags = []
    spw = [9, 5, 3, 2, 3, 1, 2, 2]
    for _ in range(260):
        sp = r.choices(range(1, 9), weights=spw)[0]
        nur = r.choices([1, 2, 3], weights=[5, 4, 3])[0]
        col = day_between(r, max(CR_SITES[nur - 1][5], D(2021, 1, 1)), D(2025, 5, 20))
        alive = r.random() < 0.82
        out, reef = None, None
        if col < D(2024, 11, 1) and r.random() < 0.6:
            out = col + dt.timedelta(days=r.randint(150, 300))
            if out > LAST:
                out = None
            else:
                reef = r.choice([4, 5, 6, 9, 10] if nur != 3 else [7, 8, 9])
                if reef in (10, 11) and out < D(2023, 3, 14):
                    reef = 5
        length = r.randint(3, 8) + (((out or LAST) - col).days // 30) * r.randint(1, 2) // 2
        frags.append((sp, nur, col, min(length, 60), int(alive), out, reef))
    frags.sort(key=lambda x: x[2])
    insert(c, "Fragment", [(k, f"FR-{k:04d}", sp, nur, _iso(col), ln, al, _iso(o), rf)
                           for k, (sp, nur, col, ln, al, o, rf) in enumerate(frags, 1)])  # fmt: skip
    dives, crew = [], []
    for _ in range(150):
        d = day_between(r, D(2022, 1, 1), LAST)
        site = r.choice([s for s in CR_SITES if s[5] <= d])
        purpose = ("Nursery maintenance" if r.random() < 0.7 else "Fragment collection") if site[3] == "Nursery" else (
            r.choice(["Outplanting", "Monitoring survey", "Monitoring survey"]))  # fmt: skip
        temp = None if r.random() < 0.07 else round(r.uniform(26.0, 30.5) if d.month in (6, 7, 8, 9, 10) else
                                                     r.uniform(24.5, 27.5), 1)  # fmt: skip
        dives.append((site[0], d, r.randint(28, 75), round(site[4] + r.uniform(-2, 5), 1), purpose, temp))
    dives.sort(key=lambda x: x[1])
    for k, (_s, d, *_rest) in enumerate(dives, 1):
        avail = [dv for dv in divers if dv[4] <= _iso(d)]
        team = r.sample(avail, min(len(avail), r.randint(2, 3)))
        leader = next((dv for dv in team if dv[5] == 1), None)
        for dv in team:
            crew.append((k, dv[0], int(dv is leader)))
    insert(c, "Dive", [(k, s, _iso(d), m, dp, p, t) for k, (s, d, m, dp, p, t) in enumerate(dives, 1)])
    insert(c, "DiveCrew", crew)
    adopts = []
    for fid in sorted(r.sample(range(1, len(frags) + 1), 70)):
        col = frags[fid - 1][2]
        when = day_between(r, col + dt.timedelta(days=7), max(col + dt.timedelta(days=8), LAST))
        if when > LAST:
            continue
        adopts.append((fid, r.choice(CR_SPONSORS), r.choice([25.0, 50.0, 50.0, 75.0, 100.0, 150.0, 250.0]), _iso(when)))
    insert(c, "Adoption", [(k, *a) for k, a in enumerate(adopts, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ excavation
EX_TEAM = [
    (1, "Dr Miriam Ashdown", "Site Director", None, D(2023, 6, 1), "No"),
    (2, "Tom Keller", "Trench Supervisor", 1, D(2023, 6, 1), "No"),
    (3, "Aisha Rahman", "Trench Supervisor", 1, D(2023, 6, 1), "No"),
    (4, "Gareth Pryce", "Trench Supervisor", 1, D(2024, 5, 27), "No"),
    (5, "Lena Vogt", "Finds Officer", 1, D(2023, 6, 1), "No"),
    (6, "Owen Bellamy", "Environmental Archaeologist", 1, D(2024, 5, 27), "No"),
]
EX_TRENCHES = [
    ("T01", "North Enclosure", 10.0, 5.0, D(2023, 7, 3), D(2023, 8, 25), 2),
    ("T02", "North Enclosure", 8.0, 4.0, D(2023, 7, 3), D(2024, 8, 30), 3),
    ("T03", "Roman Villa Range", 15.0, 6.0, D(2023, 7, 17), D(2024, 9, 6), 2),
    ("T04", "Roman Villa Range", 12.0, 4.0, D(2024, 6, 3), D(2024, 9, 6), 4),
    ("T05", "Trackway", 20.0, 2.0, D(2024, 6, 3), D(2024, 7, 19), 3),
    ("T06", "Barrow Field", 10.0, 10.0, D(2024, 6, 17), None, 4),
    ("T07", "Roman Villa Range", 6.0, 6.0, D(2025, 5, 27), None, 2),
    ("T08", "Medieval Croft", 8.0, 5.0, D(2025, 5, 27), None, 3),
    ("T09", "Barrow Field", 5.0, 5.0, D(2025, 6, 9), None, 4),
]
EX_PERIODS = {
    "North Enclosure": ["Iron Age", "Iron Age", "Roman", "Post-medieval"],
    "Roman Villa Range": ["Roman", "Roman", "Roman", "Medieval", "Post-medieval"],
    "Trackway": ["Roman", "Medieval", "Post-medieval"],
    "Barrow Field": ["Bronze Age", "Bronze Age", "Neolithic", "Post-medieval"],
    "Medieval Croft": ["Medieval", "Medieval", "Post-medieval"],
}
EX_CTYPES = ["Layer", "Layer", "Fill", "Fill", "Cut", "Wall", "Floor", "Topsoil"]
EX_OBJECTS = {
    "Pottery": ["Samian sherd", "Greyware sherd", "Body sherd", "Rim sherd", "Beaker sherd", "Glazed sherd"],
    "Animal Bone": ["Cattle bone", "Sheep tooth", "Pig jaw", "Bone fragment"],
    "Metal": ["Iron nail", "Bronze brooch", "Lead weight", "Iron knife blade", "Copper alloy pin"],
    "Flint": ["Flint flake", "Scraper", "Barbed-and-tanged arrowhead", "Flint core"],
    "Glass": ["Vessel glass", "Glass bead", "Window glass"],
    "Coin": ["Roman coin", "Medieval penny", "Token"],
    "Ceramic Building Material": ["Roof tile", "Box flue tile", "Brick fragment"],
}
EX_SMALL = {"Bronze brooch", "Lead weight", "Iron knife blade", "Copper alloy pin", "Barbed-and-tanged arrowhead",
            "Glass bead", "Roman coin", "Medieval penny", "Token"}  # fmt: skip
EX_SEASONS = [(D(2023, 7, 3), D(2023, 8, 25)), (D(2024, 6, 3), D(2024, 9, 6)), (D(2025, 5, 27), LAST)]


def build_excavation(path: Path) -> None:
    r = random.Random(62005)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Team Members" ("Member ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Role" TEXT NOT NULL,
            "Reports To" INTEGER REFERENCES "Team Members"("Member ID"), "Joined On" TEXT NOT NULL,
            "Volunteer" TEXT NOT NULL);
        CREATE TABLE "Trenches" ("Trench Code" TEXT PRIMARY KEY, "Area Name" TEXT NOT NULL, "Length (m)" REAL NOT NULL,
            "Width (m)" REAL NOT NULL, "Opened On" TEXT NOT NULL, "Closed On" TEXT,
            "Supervisor" INTEGER NOT NULL REFERENCES "Team Members"("Member ID"));
        CREATE TABLE "Contexts" ("Context Number" INTEGER PRIMARY KEY,
            "Trench Code" TEXT NOT NULL REFERENCES "Trenches"("Trench Code"), "Context Type" TEXT NOT NULL,
            "Period" TEXT, "Recorded On" TEXT NOT NULL,
            "Recorded By" INTEGER NOT NULL REFERENCES "Team Members"("Member ID"));
        CREATE TABLE "Finds" ("Find Number" INTEGER PRIMARY KEY,
            "Context Number" INTEGER NOT NULL REFERENCES "Contexts"("Context Number"), "Material" TEXT NOT NULL,
            "Object Type" TEXT NOT NULL, "Weight (g)" REAL NOT NULL, "Date Found" TEXT NOT NULL,
            "Small Find" TEXT NOT NULL, "Found By" INTEGER NOT NULL REFERENCES "Team Members"("Member ID"));
        CREATE TABLE "Samples" ("Sample Number" INTEGER PRIMARY KEY,
            "Context Number" INTEGER NOT NULL REFERENCES "Contexts"("Context Number"), "Sample Type" TEXT NOT NULL,
            "Volume (L)" REAL NOT NULL, "Date Taken" TEXT NOT NULL, "Sent To Lab On" TEXT,
            "Radiocarbon Age BP" INTEGER);
        """,
    )
    team = [(i, n, ro, rep, _iso(j), v) for i, n, ro, rep, j, v in EX_TEAM]
    for name in full_names(r, 26):
        k = len(team) + 1
        season = r.choice([0, 0, 1, 1, 2])
        joined = day_between(r, EX_SEASONS[season][0], EX_SEASONS[season][0] + dt.timedelta(days=20))
        role = "Digger" if r.random() < 0.8 else "Finds Assistant"
        boss = 5 if role == "Finds Assistant" else r.choice([2, 3, 4] if season else [2, 3])
        team.append((k, name, role, boss, _iso(joined), "Yes" if r.random() < 0.75 else "No"))
    insert(c, "Team Members", team)
    insert(c, "Trenches", [(t, a, ln, w, _iso(o), _iso(cl), s) for t, a, ln, w, o, cl, s in EX_TRENCHES])
    ctxs = []
    for code, area, *_x, opened, closed, sup in EX_TRENCHES:
        end = closed or LAST
        for _ in range(r.randint(8, 18) if closed or opened.year == 2024 else r.randint(5, 9)):
            while True:
                d = day_between(r, opened, end)
                if any(a <= d <= b for a, b in EX_SEASONS):
                    break
            ctype = r.choice(EX_CTYPES)
            period = None if ctype == "Topsoil" or r.random() < 0.08 else r.choice(EX_PERIODS[area])
            rec = r.choice([sup, sup, *[m[0] for m in team if m[2] == "Digger" and m[4] <= _iso(d)][:6]])
            ctxs.append((code, ctype, period, d, rec))
    ctxs.sort(key=lambda x: (x[3], x[0]))
    insert(c, "Contexts", [(1000 + k, t, ct, p, _iso(d), rb) for k, (t, ct, p, d, rb) in enumerate(ctxs, 1)])
    finds = []
    mats = list(EX_OBJECTS)
    mw = [10, 6, 4, 3, 2, 2, 4]
    for _ in range(330):
        ci = r.randrange(len(ctxs))
        code, ctype, period, d0, _rb = ctxs[ci]
        closed = next(t[5] for t in EX_TRENCHES if t[0] == code) or LAST
        season_end = next(b for a, b in EX_SEASONS if a <= d0 <= b)
        d = day_between(r, d0, min(closed, season_end, d0 + dt.timedelta(days=20)))
        mat = r.choices(mats, weights=mw)[0]
        if period in ("Bronze Age", "Neolithic") and mat in ("Glass", "Coin", "Ceramic Building Material"):
            mat = "Flint"
        obj = r.choice(EX_OBJECTS[mat])
        wt = round(r.uniform(0.5, 12) if obj in EX_SMALL else r.uniform(2, 450), 1)
        finder = r.choice([m[0] for m in team if m[4] <= _iso(d)])
        finds.append((1000 + ci + 1, mat, obj, wt, d, "Yes" if obj in EX_SMALL else "No", finder))
    finds.sort(key=lambda x: (x[4], x[0]))
    insert(c, "Finds", [(k, cx, m, o, w, _iso(d), sm, fb) for k, (cx, m, o, w, d, sm, fb) in enumerate(finds, 1)])
    samples = []
    for _ in range(95):
        ci = r.randrange(len(ctxs))
        d = ctxs[ci][3]
        stype = r.choice(["Bulk soil", "Bulk soil", "Charcoal", "Pollen", "Radiocarbon"])
        sent = d + dt.timedelta(days=r.randint(10, 120)) if r.random() < 0.7 else None
        if sent and sent > LAST:
            sent = None
        c14 = None
        if stype == "Radiocarbon" and sent and sent < D(2025, 3, 1):
            period = ctxs[ci][2] or "Medieval"
            base = {"Neolithic": 4800, "Bronze Age": 3400, "Iron Age": 2300, "Roman": 1800, "Medieval": 800,
                    "Post-medieval": 250}[period]  # fmt: skip
            c14 = base + r.randint(-150, 150)
        vol = round(r.choice([10.0, 20.0, 40.0]) if stype == "Bulk soil" else r.uniform(0.2, 2.0), 1)
        samples.append((1000 + ci + 1, stype, vol, d, sent, c14))
    samples.sort(key=lambda x: (x[3], x[0]))
    insert(c, "Samples", [(k, cx, st, v, _iso(d), _iso(s), c14) for k, (cx, st, v, d, s, c14) in enumerate(samples, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- turtlenests
TN_BEACHES = [
    (1, "Gerakas", "Zakynthos", 0.9), (2, "Kalamaki", "Zakynthos", 0.7), (3, "Sekania", "Zakynthos", 0.5),
    (4, "Marathonisi", "Zakynthos", 0.3), (5, "Daphni", "Zakynthos", 0.6), (6, "Mounda", "Kefalonia", 1.4),
    (7, "Kaminia", "Kefalonia", 1.1), (8, "Lourdas", "Kefalonia", 0.8), (9, "Kyparissia North", "Peloponnese", 3.2),
]  # fmt: skip
TN_SPECIES = [("CC", "Loggerhead", "VU"), ("CM", "Green turtle", "EN"), ("DC", "Leatherback", "VU")]
TN_STATUS = [("IN", "Incubating"), ("HA", "Hatched"), ("PR", "Predated"), ("WO", "Washed over"),
             ("FA", "Failed, no hatch")]  # fmt: skip
TN_SEASONS = [(D(2023, 5, 15), D(2023, 9, 30)), (D(2024, 5, 15), D(2024, 9, 30)), (D(2025, 5, 15), LAST)]


def build_turtlenests(path: Path) -> None:
    r = random.Random(62006)
    c = fresh_db(
        path,
        """
        CREATE TABLE beach (beach_id INTEGER PRIMARY KEY, beach_nm TEXT NOT NULL, island_nm TEXT NOT NULL,
            length_km REAL NOT NULL);
        CREATE TABLE species_lkp (species_cd TEXT PRIMARY KEY, species_nm TEXT NOT NULL, iucn_cd TEXT NOT NULL);
        CREATE TABLE nest_status_lkp (status_cd TEXT PRIMARY KEY, status_desc TEXT NOT NULL);
        CREATE TABLE volunteer (volunteer_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
            home_country_nm TEXT NOT NULL, joined_dt TEXT NOT NULL, team_leader_flg TEXT NOT NULL DEFAULT 'N',
            active_flg TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE patrol (patrol_id INTEGER PRIMARY KEY, beach_id INTEGER NOT NULL REFERENCES beach(beach_id),
            start_ts INTEGER NOT NULL, duration_min INTEGER NOT NULL, tracks_cnt INTEGER NOT NULL);
        CREATE TABLE patrol_crew (patrol_id INTEGER NOT NULL REFERENCES patrol(patrol_id),
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(volunteer_id), PRIMARY KEY (patrol_id, volunteer_id));
        CREATE TABLE nest (nest_id INTEGER PRIMARY KEY, nest_ref_cd TEXT NOT NULL,
            beach_id INTEGER NOT NULL REFERENCES beach(beach_id),
            species_cd TEXT NOT NULL REFERENCES species_lkp(species_cd),
            found_patrol_id INTEGER REFERENCES patrol(patrol_id), laid_dt TEXT NOT NULL, egg_cnt INTEGER NOT NULL,
            relocated_flg TEXT NOT NULL DEFAULT 'N', status_cd TEXT NOT NULL REFERENCES nest_status_lkp(status_cd),
            hatch_dt TEXT, hatchling_cnt INTEGER);
        """,
    )
    insert(c, "beach", TN_BEACHES)
    insert(c, "species_lkp", TN_SPECIES)
    insert(c, "nest_status_lkp", TN_STATUS)
    countries = ["Greece", "Greece", "United Kingdom", "Germany", "Netherlands", "Italy", "France", "Spain", "Poland"]
    vols = []
    for k, name in enumerate(full_names(r, 48), 1):
        f, s = name.split()
        season = r.choice([0, 1, 1, 2, 2])
        joined = day_between(
            r, TN_SEASONS[season][0] - dt.timedelta(days=60), TN_SEASONS[season][0] + dt.timedelta(days=40)
        )
        leader = k <= 7
        if leader:
            joined = day_between(r, D(2021, 3, 1), D(2023, 4, 30))
        active = season == 2 or leader or r.random() < 0.25
        vols.append((k, f, s, r.choice(countries), _iso(joined), _yn(leader), _yn(active)))
    insert(c, "volunteer", vols)
    patrols, crew = [], []
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    for _ in range(170):
        a, b = r.choice(TN_SEASONS)
        d = day_between(r, a, b)
        start = dt.datetime(d.year, d.month, d.day, r.choice([5, 5, 6]), r.choice([0, 15, 30, 45]), tzinfo=dt.UTC)
        patrols.append((r.choices(range(1, 10), weights=[5, 5, 3, 2, 3, 4, 3, 2, 2])[0], start))
    patrols.sort(key=lambda x: (x[1], x[0]))
    for k, (_b, start) in enumerate(patrols, 1):
        day = _iso(start.date())
        avail = [v for v in vols if v[4] <= day]
        leaders = [v for v in avail if v[5] == "Y"]
        others = [v for v in avail if v[5] == "N"]
        team = [r.choice(leaders), *r.sample(others, min(len(others), r.randint(0, 2)))]
        for v in team:
            crew.append((k, v[0]))
    insert(c, "patrol", [(k, b, int((s - epoch).total_seconds()), r.choice([60, 75, 90, 90, 105, 120]),
                          r.randint(0, 9)) for k, (b, s) in enumerate(patrols, 1)])  # fmt: skip
    insert(c, "patrol_crew", crew)
    nests = []
    for _ in range(240):
        a, b = r.choice(TN_SEASONS)
        laid = day_between(r, a, min(b, a + dt.timedelta(days=80)))
        beach = r.choices(range(1, 10), weights=[6, 5, 4, 3, 3, 4, 3, 2, 2])[0]
        sp = r.choices(["CC", "CM", "DC"], weights=[90, 9, 1])[0]
        found = [k for k, (bb, s) in enumerate(patrols, 1) if bb == beach and s.date() == laid + dt.timedelta(days=1)]
        eggs = r.randint(70, 130) if sp != "DC" else r.randint(60, 90)
        hatch, hatched = None, None
        if laid + dt.timedelta(days=60) > LAST:
            st = "IN"
        else:
            st = r.choices(["HA", "PR", "WO", "FA"], weights=[78, 8, 7, 7])[0]
            if st == "HA":
                hatch = laid + dt.timedelta(days=r.randint(48, 62))
                hatched = int(eggs * r.uniform(0.45, 0.92))
        nests.append((beach, sp, found[0] if found else None, laid, eggs, _yn(r.random() < 0.15), st, hatch, hatched))
    nests.sort(key=lambda x: (x[3], x[0]))
    rows = []
    for k, (beach, sp, fp, laid, eggs, rel, st, hatch, hatched) in enumerate(nests, 1):
        ref = f"{TN_BEACHES[beach - 1][1][:3].upper()}-{laid.year % 100:02d}-{k:03d}"
        rows.append((k, ref, beach, sp, fp, _iso(laid), eggs, rel, st, _iso(hatch), hatched))
    insert(c, "nest", rows)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "herbarium": build_herbarium,
    "icecore": build_icecore,
    "camtrap": build_camtrap,
    "coralreef": build_coralreef,
    "excavation": build_excavation,
    "turtlenests": build_turtlenests,
}
