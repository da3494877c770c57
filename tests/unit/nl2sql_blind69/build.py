"""Six small arts, crafts and culture databases for the sixty-ninth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated after 2025-06-14 except classes, hires, shows, workshops and
courses booked for the future.

- ``glassstudio`` (vowel-dropped abbreviations; money in pence, ``_p``): a glassblowing studio that sells its own pieces
  and runs classes. ``artst`` (``spclty`` Blown, Lampwork, Fused or Cast; ``hrly_rt_p``; ``lft_dt`` NULL while the
  artist still works there), ``stdnt``, ``clss`` (``lvl`` Beg/Int/Adv, ``drtn_min`` in minutes, ``cpcty``, ``fee_p``),
  the link table ``bkng`` (student on a class; ``sts`` ATT attended, DNA did not attend, CXL cancelled, BKD booked
  for a class still to come; ``pd_amt_p``), ``pce`` (pieces: ``ctgry``, ``clr``, ``wt_g`` grams, ``prc_p``, ``sld_dt``
  NULL while unsold) and ``frnc_lg`` (daily furnace log: ``frnc_nm``, ``hrs_run``, ``gas_kwh``, ``mx_tmp_c``,
  ``wrkr_id`` the artist on duty).
- ``bookbindery`` (camelCase singular tables and columns; foreign keys named ``...Ref``; money in pounds as REAL): a
  hand bookbinding and conservation workshop. ``customer`` (``customerType`` Private, Library, University, Dealer or
  Church), ``binder`` (``grade`` Master, Journeyman or Apprentice; ``dayRate``), ``material`` (``materialType``,
  ``unit``, ``unitCost``), ``bindingJob`` (``jobType``, ``receivedOn``, ``promisedOn``, ``completedOn`` NULL while the
  job is still open, ``quotedPrice``, ``isRush`` 0/1), the link table ``jobMaterial`` (``quantityUsed`` in the
  material's unit) and ``payment`` (``amount``, ``paymentMethod``; deposits and balances are separate rows).
- ``quiltguild`` (``tbl_`` prefixed PascalCase; self-referencing ``tbl_Member.MentorID``): a quilters' guild.
  ``tbl_Member`` (``MembershipType``, ``JoinedOn``, ``LeftOn`` NULL for current members), ``tbl_Quilt``
  (``Technique``, ``WidthCm``, ``LengthCm``, ``HoursSpent``, ``CompletedOn``), ``tbl_Show`` (``IsJudged`` 'Y'/'N'; one
  show still to come), ``tbl_ShowEntry`` (``JudgeScore`` out of 100, ``Award`` '1st', '2nd', '3rd', 'HC' for highly
  commended or NULL), ``tbl_Workshop`` (``TutorID`` a member, ``Places``, ``FeePence``) and the link table
  ``tbl_WorkshopBooking`` (``Paid`` 'Y'/'N').
- ``costumehire`` (natural and composite keys, no surrogate ids; money in pence): a theatrical costume hire
  wardrobe. ``section`` (``section_code`` such as VIC or MIL), ``costume`` (``costume_code`` such as 'VIC-014',
  ``size`` XS-XL, ``grade`` A/B/C condition, ``daily_rate_pence``), ``client`` (``account_no`` such as 'AC1007',
  ``client_type``), ``hire`` (``hire_ref`` such as 'H24-0031', ``out_date``, ``due_back``, ``returned_on`` NULL while
  out or for reservations not yet collected), ``hire_line`` (primary key ``(hire_ref, costume_code)``, the rate
  charged per day), ``damage`` (keyed by and referencing ``(hire_ref, costume_code)`` of ``hire_line``;
  ``charged_to_client`` 'Y'/'N') and ``cleaning`` (primary key ``(costume_code, cleaned_on)``; ``method`` DRY, WET or
  STM for steam).
- ``leatherworks`` (quoted names with spaces and capitals; self-referencing ``"Craftspeople"."Trained By"``; money in
  pounds): a bespoke leather workshop. ``"Craftspeople"``, ``"Hides"`` (``"Leather Type"``, ``"Area Sq Ft"``,
  ``"Cost GBP"``), ``"Customers"`` (``"Trade Account"`` 'Y'/'N'), ``"Commissions"`` (``"Item Type"``,
  ``"Ordered On"``, ``"Promised By"``, ``"Delivered On"`` NULL until delivered, ``"Price GBP"``), the link table
  ``"Commission Hides"`` (``"Sq Ft Used"``) and ``"Repairs"`` (``"Returned On"`` NULL while still in the workshop).
- ``centrocultural`` (Spanish names; money in euros): a municipal arts centre. ``sala`` (rooms, ``aforo`` capacity),
  ``profesor``, ``curso`` (``disciplina`` Pintura, Cerámica, Fotografía, Danza, Teatro, Música or Escritura;
  ``fecha_inicio``, ``fecha_fin``, ``plazas``, ``precio``), ``socio`` (members; ``fecha_baja`` NULL while still a
  member), the link table ``inscripcion`` (``estado`` C confirmed, E waiting list, A cancelled; ``importe`` paid) and
  ``evento`` (``tipo`` Concierto, Exposición, Cine, Teatro or Conferencia; ``entradas_vendidas``,
  ``precio_entrada``; a few still to come).
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
DAY = dt.timedelta(days=1)

FIRST = [
    "Abigail", "Arthur", "Beatrice", "Callum", "Daisy", "Edward", "Eleanor", "Felix", "Georgia", "Harvey",
    "Ivy", "Jasper", "Lola", "Matilda", "Nathan", "Ophelia", "Quentin", "Rosie", "Sebastian", "Thea",
    "Toby", "Violet", "Wilfred", "Zoe",
]  # fmt: skip
SURNAMES = [
    "Ashworth", "Barlow", "Cartwright", "Dunmore", "Ellison", "Fairclough", "Greaves", "Holloway", "Ingram",
    "Jennings", "Kendrick", "Lockwood", "Marsden", "Norris", "Oakley", "Pennington", "Radcliffe", "Sutcliffe",
    "Thackeray", "Underwood", "Whitworth", "Yardley",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST for s in SURNAMES]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# ----------------------------------------------------------------------------------------------------- glassstudio
GS_ARTISTS = [
    (1, "Rowan Pike", "Blown", 2600, D(2015, 3, 2), None),
    (2, "Isla Crane", "Lampwork", 2200, D(2017, 9, 11), None),
    (3, "Mateo Quist", "Blown", 2400, D(2018, 5, 21), None),
    (4, "Juno Fairbairn", "Fused", 2000, D(2019, 1, 14), None),
    (5, "Ansel Drury", "Cast", 2300, D(2020, 6, 1), D(2024, 7, 31)),
    (6, "Petra Vance", "Lampwork", 1900, D(2021, 10, 4), None),
    (7, "Callum Reyes", "Blown", 1800, D(2023, 2, 6), None),
    (8, "Noor Haddad", "Fused", 1850, D(2024, 4, 15), None),
]
#: category: (specialty, lightest g, heaviest g, cheapest p, dearest p)
GS_CATS = {
    "Vase": ("Blown", 600, 2400, 6000, 32000), "Bowl": ("Blown", 400, 1800, 4500, 24000),
    "Tumbler": ("Blown", 180, 350, 1800, 3600), "Paperweight": ("Lampwork", 250, 700, 2500, 9000),
    "Ornament": ("Lampwork", 40, 150, 1200, 3500), "Platter": ("Fused", 900, 2600, 5500, 18000),
    "Dish": ("Fused", 300, 900, 2200, 6500), "Sculpture": ("Cast", 1500, 9000, 25000, 120000),
}  # fmt: skip
GS_COLOURS = ["Cobalt", "Amber", "Emerald", "Ruby", "Clear", "Smoke", "Teal", "Opal"]
GS_STYLES = ["Ripple", "Swirl", "Optic", "Speckled", "Twisted", "Ribbed", "Bubble", "Lagoon", "Tide", "Ember"]
GS_CLASSES = [
    ("Make a Paperweight Taster", "Beg", 120, 8, 6500, "Lampwork"),
    ("Blow Your Own Bauble", "Beg", 90, 8, 4500, "Blown"),
    ("Introduction to Glassblowing", "Beg", 240, 6, 14500, "Blown"),
    ("Lampwork Beads", "Beg", 180, 6, 8500, "Lampwork"),
    ("Fused Glass Coasters", "Beg", 150, 10, 5500, "Fused"),
    ("Blowing Cups and Tumblers", "Int", 300, 4, 19500, "Blown"),
    ("Colour and Cane Work", "Int", 360, 4, 22000, "Blown"),
    ("Kiln-Cast Sculpture", "Int", 330, 5, 21000, "Cast"),
    ("Advanced Goblet Making", "Adv", 420, 3, 32000, "Blown"),
]
#: furnace: (kWh of gas an hour, lowest and highest peak temperature in C)
GS_FURNACES = {"Main Furnace": (38, 1120, 1160), "Glory Hole 1": (22, 1050, 1100), "Glory Hole 2": (21, 1050, 1100),
               "Annealer": (6, 480, 520)}  # fmt: skip


def _gs_working(d: dt.date, spec: str | None = None) -> list[int]:
    return [a[0] for a in GS_ARTISTS if a[4] <= d and (a[5] is None or d <= a[5]) and spec in (None, a[2])]


def build_glassstudio(path: Path) -> None:
    r = random.Random(69001)
    c = fresh_db(
        path,
        """
        CREATE TABLE artst (artst_id INTEGER PRIMARY KEY, nm TEXT NOT NULL, spclty TEXT NOT NULL,
            hrly_rt_p INTEGER NOT NULL, strt_dt TEXT NOT NULL, lft_dt TEXT);
        CREATE TABLE stdnt (stdnt_id INTEGER PRIMARY KEY, nm TEXT NOT NULL, eml TEXT, twn TEXT NOT NULL,
            jn_dt TEXT NOT NULL);
        CREATE TABLE clss (clss_id INTEGER PRIMARY KEY, ttl TEXT NOT NULL, lvl TEXT NOT NULL,
            artst_id INTEGER NOT NULL REFERENCES artst(artst_id), clss_dt TEXT NOT NULL, strt_tm TEXT NOT NULL,
            drtn_min INTEGER NOT NULL, cpcty INTEGER NOT NULL, fee_p INTEGER NOT NULL);
        CREATE TABLE bkng (bkng_id INTEGER PRIMARY KEY, clss_id INTEGER NOT NULL REFERENCES clss(clss_id),
            stdnt_id INTEGER NOT NULL REFERENCES stdnt(stdnt_id), bkd_dt TEXT NOT NULL, sts TEXT NOT NULL,
            pd_amt_p INTEGER NOT NULL, UNIQUE (clss_id, stdnt_id));
        CREATE TABLE pce (pce_id INTEGER PRIMARY KEY, ttl TEXT NOT NULL, ctgry TEXT NOT NULL,
            artst_id INTEGER NOT NULL REFERENCES artst(artst_id), clr TEXT NOT NULL, wt_g INTEGER NOT NULL,
            mde_dt TEXT NOT NULL, prc_p INTEGER NOT NULL, sld_dt TEXT);
        CREATE TABLE frnc_lg (lg_id INTEGER PRIMARY KEY, frnc_nm TEXT NOT NULL, lg_dt TEXT NOT NULL,
            hrs_run REAL NOT NULL, gas_kwh REAL NOT NULL, mx_tmp_c INTEGER NOT NULL,
            wrkr_id INTEGER NOT NULL REFERENCES artst(artst_id), UNIQUE (frnc_nm, lg_dt));
        """,
    )
    insert(c, "artst", [(i, n, s, p, _iso(a), _iso(b)) for i, n, s, p, a, b in GS_ARTISTS])
    # classes: most in the past, a few booked ahead
    dates = sorted(day_between(r, START, LAST) for _ in range(72))
    dates += sorted(day_between(r, D(2025, 6, 20), D(2025, 8, 30)) for _ in range(6))
    classes = []
    for d in dates:
        while True:
            t, lvl, mins, cap, fee, spec = r.choice(GS_CLASSES)
            who = _gs_working(d, spec)
            if who:
                break
        classes.append((len(classes) + 1, t, lvl, r.choice(who), d, r.choice(["10:00", "13:30", "18:00"]), mins,
                        cap, fee))  # fmt: skip
    insert(c, "clss", [(k, t, lv, a, _iso(d), tm, m, cp, f) for k, t, lv, a, d, tm, m, cp, f in classes])
    bookings = []
    first_booked: dict[int, dt.date] = {}
    for k, _t, _lv, _a, d, _tm, _m, cap, fee in classes:
        for s in r.sample(range(1, 101), r.randint(max(1, cap // 3), cap)):
            bd = d - dt.timedelta(days=r.randint(2, 45))
            bd = bd if bd <= LAST else day_between(r, D(2025, 5, 1), LAST)
            x = r.random()
            st = ("BKD" if x < 0.9 else "CXL") if d > LAST else "ATT" if x < 0.78 else "DNA" if x < 0.88 else "CXL"
            bookings.append((k, s, _iso(bd), st, 0 if st == "CXL" else fee))
            first_booked[s] = min(first_booked.get(s, bd), bd)
    towns = ["Bath", "Bristol", "Frome", "Wells", "Radstock", "Keynsham"]
    studs = []
    for k, (f, s) in enumerate(_names(r, 112), 1):
        if k in first_booked:
            joined = first_booked[k] - dt.timedelta(days=r.randint(0, 20))
        else:
            joined = day_between(r, D(2022, 6, 1), LAST)
        email = None if r.random() < 0.1 else f"{f.lower()}.{s.lower()}@post.example"
        studs.append((k, f"{f} {s}", email, r.choice(towns), _iso(joined)))
    insert(c, "stdnt", studs)
    insert(c, "bkng", [(k, *b) for k, b in enumerate(bookings, 1)])
    pieces = []
    for _ in range(175):
        d = day_between(r, START, LAST)
        a = r.choice(_gs_working(d))
        spec = GS_ARTISTS[a - 1][2]
        cat = r.choice([k for k, v in GS_CATS.items() if v[0] == spec])
        _s, wlo, whi, plo, phi = GS_CATS[cat]
        clr = r.choice(GS_COLOURS)
        price = r.randrange(plo, phi, 500)
        sold = d + dt.timedelta(days=r.randint(2, 240)) if r.random() < 0.62 else None
        pieces.append((f"{clr} {r.choice(GS_STYLES)} {cat}", cat, a, clr, r.randint(wlo, whi), d, price,
                       sold if sold and sold <= LAST else None))  # fmt: skip
    pieces.sort(key=lambda x: x[5])
    insert(c, "pce", [(k, t, ca, a, cl, w, _iso(d), p, _iso(s)) for k, (t, ca, a, cl, w, d, p, s) in
                      enumerate(pieces, 1)])  # fmt: skip
    logs = set()
    while len(logs) < 240:
        logs.add((r.choice(list(GS_FURNACES)), day_between(r, D(2024, 1, 1), LAST)))
    rows = []
    for k, (fn, d) in enumerate(sorted(logs, key=lambda x: (x[1], x[0])), 1):
        rate, tlo, thi = GS_FURNACES[fn]
        hrs = r.choice([4.0, 5.5, 6.0, 7.5, 8.0, 9.5, 10.0]) if fn != "Annealer" else r.choice([12.0, 14.0, 16.0])
        rows.append((k, fn, _iso(d), hrs, round(hrs * rate * r.uniform(0.9, 1.1), 1), r.randint(tlo, thi),
                     r.choice(_gs_working(d))))  # fmt: skip
    insert(c, "frnc_lg", rows)
    done(c)


# ----------------------------------------------------------------------------------------------------- bookbindery
BB_BINDERS = [
    (1, "Margaret Ellery", "Master", D(2009, 4, 1), 240.0),
    (2, "Tobias Wren", "Master", D(2014, 9, 15), 230.0),
    (3, "Sunita Rao", "Journeyman", D(2018, 2, 5), 180.0),
    (4, "Declan Moss", "Journeyman", D(2020, 11, 2), 170.0),
    (5, "Freya Lund", "Apprentice", D(2023, 9, 4), 110.0),
    (6, "Owen Blake", "Apprentice", D(2024, 9, 2), 105.0),
]
BB_MATERIALS = [
    ("Goatskin Morocco", "Leather", "sq ft", 14.50), ("Calfskin", "Leather", "sq ft", 11.00),
    ("Alum-tawed Pigskin", "Leather", "sq ft", 12.75), ("Vellum Offcut", "Leather", "sq ft", 22.00),
    ("Buckram", "Cloth", "metre", 9.20), ("Linen Bookcloth", "Cloth", "metre", 12.40),
    ("Cotton Bookcloth", "Cloth", "metre", 7.80), ("Marbled Paper", "Paper", "sheet", 6.50),
    ("Handmade Endpaper", "Paper", "sheet", 4.20), ("Japanese Tissue", "Paper", "sheet", 2.10),
    ("Millboard 2mm", "Board", "sheet", 5.60), ("Greyboard 1.5mm", "Board", "sheet", 3.10),
    ("Archival Box Board", "Board", "sheet", 7.90), ("Linen Thread 18/3", "Thread", "metre", 0.35),
    ("Silk Headband", "Trim", "metre", 2.80), ("23ct Gold Leaf", "Gold Leaf", "booklet", 38.00),
    ("Wheat Starch Paste", "Adhesive", "kg", 18.00), ("PVA Adhesive", "Adhesive", "kg", 9.50),
]  # fmt: skip
#: job type: (lowest quote, highest quote, material types it draws on)
BB_JOBTYPES = {
    "Rebind": (120, 420, ["Leather", "Cloth", "Paper", "Board", "Thread", "Adhesive"]),
    "Repair": (45, 220, ["Paper", "Adhesive", "Thread", "Leather"]),
    "New Binding": (180, 650, ["Leather", "Cloth", "Paper", "Board", "Thread", "Trim", "Gold Leaf"]),
    "Rebacking": (90, 260, ["Leather", "Cloth", "Adhesive", "Paper"]),
    "Box Making": (60, 180, ["Board", "Cloth", "Adhesive"]),
}
BB_INSTITUTIONS = [
    ("St Aldate's Parish", "Church", "Oxford"), ("Bodmin Town Library", "Library", "Bodmin"),
    ("Wessex University Special Collections", "University", "Southampton"),
    ("Marchmont Rare Books", "Dealer", "Edinburgh"), ("Holloway & Finch Antiquarian", "Dealer", "London"),
    ("Kingsbridge Cathedral Library", "Church", "Exeter"), ("City of Bath Record Office", "Library", "Bath"),
    ("Northgate College Library", "University", "Oxford"), ("Thornbury Law Library", "Library", "Bristol"),
    ("Pemberton Books", "Dealer", "Cheltenham"), ("Guildhall Archive", "Library", "London"),
    ("St Edmund's College", "University", "Cambridge"), ("Barnard Fine Books", "Dealer", "York"),
    ("Lydford Methodist Chapel", "Church", "Tavistock"), ("Fenwick Medical Library", "University", "Bristol"),
]  # fmt: skip
BB_TITLES = [
    "Family Bible", "Book of Common Prayer", "Parish Register 1820-1856", "Mrs Beeton's Household Management",
    "Pride and Prejudice", "The Pickwick Papers", "Gray's Anatomy", "Wisden 1923", "Culpeper's Herbal",
    "Johnson's Dictionary Vol. I", "Minute Book 1901-1930", "Ordnance Survey Atlas", "Hymns Ancient and Modern",
    "The Compleat Angler", "Bradshaw's Railway Guide", "Recipe Manuscript", "Thesis: Coastal Erosion",
    "Herbarium Notebook", "Letters of Keats", "Birds of Britain", "Estate Ledger 1788", "Poems of Tennyson",
    "School Log Book 1912", "Shakespeare Complete Works", "Photograph Album", "Wedding Guest Book",
]  # fmt: skip


def build_bookbindery(path: Path) -> None:
    r = random.Random(69002)
    c = fresh_db(
        path,
        """
        CREATE TABLE customer (customerId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, customerType TEXT NOT NULL,
            city TEXT NOT NULL, customerSince TEXT NOT NULL);
        CREATE TABLE binder (binderId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, grade TEXT NOT NULL,
            hiredOn TEXT NOT NULL, dayRate REAL NOT NULL);
        CREATE TABLE material (materialId INTEGER PRIMARY KEY, materialName TEXT NOT NULL,
            materialType TEXT NOT NULL, unit TEXT NOT NULL, unitCost REAL NOT NULL);
        CREATE TABLE bindingJob (jobId INTEGER PRIMARY KEY, customerRef INTEGER NOT NULL
            REFERENCES customer(customerId), binderRef INTEGER NOT NULL REFERENCES binder(binderId),
            bookTitle TEXT NOT NULL, jobType TEXT NOT NULL, receivedOn TEXT NOT NULL, promisedOn TEXT NOT NULL,
            completedOn TEXT, quotedPrice REAL NOT NULL, isRush INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE jobMaterial (jobRef INTEGER NOT NULL REFERENCES bindingJob(jobId),
            materialRef INTEGER NOT NULL REFERENCES material(materialId), quantityUsed REAL NOT NULL,
            PRIMARY KEY (jobRef, materialRef));
        CREATE TABLE payment (paymentId INTEGER PRIMARY KEY, jobRef INTEGER NOT NULL REFERENCES bindingJob(jobId),
            paidOn TEXT NOT NULL, amount REAL NOT NULL, paymentMethod TEXT NOT NULL);
        """,
    )
    cities = ["Oxford", "Bath", "Bristol", "London", "Cheltenham", "Exeter"]
    custs = [(n, t, ci) for n, t, ci in BB_INSTITUTIONS]
    custs += [(f"{f} {s}", "Private", r.choice(cities)) for f, s in _names(r, 33)]
    r.shuffle(custs)
    insert(c, "binder", [(i, n, g, _iso(h), rate) for i, n, g, h, rate in BB_BINDERS])
    insert(c, "material", [(k, *m) for k, m in enumerate(BB_MATERIALS, 1)])
    jobs = []
    for _ in range(195):
        d = day_between(r, START, LAST)
        cu = r.randint(1, 45) if r.random() < 0.7 else r.randint(1, 15) * 3
        who = [b[0] for b in BB_BINDERS if b[3] <= d]
        typ = r.choice(list(BB_JOBTYPES))
        lo, hi, _m = BB_JOBTYPES[typ]
        rush = r.random() < 0.12
        promised = d + dt.timedelta(days=r.randint(7, 14) if rush else r.randint(21, 60))
        finished = d + dt.timedelta(days=r.randint(5, 20) if rush else r.randint(12, 110))
        price = float(round(r.uniform(lo, hi) * (1.25 if rush else 1.0)))
        jobs.append((cu, r.choice(who), r.choice(BB_TITLES), typ, d, promised,
                     finished if finished <= LAST else None, price, int(rush)))  # fmt: skip
    jobs.sort(key=lambda x: (x[4], x[0]))
    since: dict[int, dt.date] = {}
    for j in jobs:
        since[j[0]] = min(since.get(j[0], j[4]), j[4])
    insert(c, "customer", [(k, n, t, ci, _iso(since[k] - dt.timedelta(days=r.randint(0, 400)) if k in since else
                                            day_between(r, D(2022, 1, 1), LAST)))
                           for k, (n, t, ci) in enumerate(custs, 1)])  # fmt: skip
    insert(c, "bindingJob", [(k, cu, b, t, ty, _iso(d), _iso(p), _iso(f), q, ru)
                             for k, (cu, b, t, ty, d, p, f, q, ru) in enumerate(jobs, 1)])  # fmt: skip
    jm = []
    pays = []
    methods = ["Card", "Card", "Bank Transfer", "Bank Transfer", "Cheque", "Cash"]
    for k, (_cu, _b, _t, ty, d, _p, f, q, _ru) in enumerate(jobs, 1):
        kinds = BB_JOBTYPES[ty][2]
        mats = [i for i, m in enumerate(BB_MATERIALS, 1) if m[1] in kinds]
        for mid in r.sample(mats, min(len(mats), r.randint(1, 4))):
            unit = BB_MATERIALS[mid - 1][2]
            if unit in ("sq ft", "metre"):
                qty = round(r.uniform(0.5, 4.0), 1)
            else:
                qty = float(r.randint(1, 6)) if unit in ("sheet", "booklet") else round(r.uniform(0.1, 0.5), 2)
            jm.append((k, mid, qty))
        method = r.choice(methods)
        if r.random() < 0.3:
            pays.append((k, d, round(q / 2, 2), method))
            rest = round(q - round(q / 2, 2), 2)
        else:
            rest = q
        if f is not None and r.random() > 0.04:
            paid = f + dt.timedelta(days=r.randint(0, 40))
            if paid <= LAST:
                pays.append((k, paid, rest, method))
    pays.sort(key=lambda x: (x[1], x[0]))
    insert(c, "jobMaterial", jm)
    insert(c, "payment", [(k, j, _iso(d), a, m) for k, (j, d, a, m) in enumerate(pays, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ quiltguild
QG_TECHNIQUES = ["Patchwork", "Applique", "Wholecloth", "Log Cabin", "English Paper Piecing", "Foundation Piecing",
                 "Crazy Quilt"]  # fmt: skip
QG_SHOWS = [
    (1, "Spring Quilt Fair 2022", "Harrogate Exhibition Centre", D(2022, 4, 23), "Y"),
    (2, "Guild Open Day 2022", "St Mary's Church Hall", D(2022, 9, 10), "N"),
    (3, "Spring Quilt Fair 2023", "Harrogate Exhibition Centre", D(2023, 4, 22), "Y"),
    (4, "Dales Textile Festival 2023", "Skipton Town Hall", D(2023, 8, 19), "Y"),
    (5, "Guild Open Day 2023", "St Mary's Church Hall", D(2023, 9, 9), "N"),
    (6, "Spring Quilt Fair 2024", "Harrogate Exhibition Centre", D(2024, 4, 20), "Y"),
    (7, "Dales Textile Festival 2024", "Skipton Town Hall", D(2024, 8, 17), "Y"),
    (8, "Spring Quilt Fair 2025", "Harrogate Exhibition Centre", D(2025, 4, 26), "Y"),
    (9, "Dales Textile Festival 2025", "Skipton Town Hall", D(2025, 8, 16), "Y"),
]
QG_WORKSHOPS = [
    "Beginners' Patchwork", "Free-Motion Quilting", "Hand Applique", "Log Cabin in a Day", "Binding and Finishing",
    "English Paper Piecing", "Colour Theory for Quilters", "Foundation Piecing Stars", "Big Stitch Hand Quilting",
    "Sashiko Sampler", "Scrappy Quilts", "Curved Piecing",
]  # fmt: skip


def build_quiltguild(path: Path) -> None:
    r = random.Random(69003)
    c = fresh_db(
        path,
        """
        CREATE TABLE tbl_Member (MemberID INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Town TEXT NOT NULL, MembershipType TEXT NOT NULL, JoinedOn TEXT NOT NULL, LeftOn TEXT,
            MentorID INTEGER REFERENCES tbl_Member(MemberID));
        CREATE TABLE tbl_Quilt (QuiltID INTEGER PRIMARY KEY, Title TEXT NOT NULL,
            MakerID INTEGER NOT NULL REFERENCES tbl_Member(MemberID), Technique TEXT NOT NULL,
            WidthCm INTEGER NOT NULL, LengthCm INTEGER NOT NULL, HoursSpent INTEGER NOT NULL,
            CompletedOn TEXT NOT NULL);
        CREATE TABLE tbl_Show (ShowID INTEGER PRIMARY KEY, ShowName TEXT NOT NULL, Venue TEXT NOT NULL,
            ShowDate TEXT NOT NULL, IsJudged TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE tbl_ShowEntry (EntryID INTEGER PRIMARY KEY, ShowID INTEGER NOT NULL REFERENCES tbl_Show(ShowID),
            QuiltID INTEGER NOT NULL REFERENCES tbl_Quilt(QuiltID), JudgeScore REAL, Award TEXT,
            UNIQUE (ShowID, QuiltID));
        CREATE TABLE tbl_Workshop (WorkshopID INTEGER PRIMARY KEY, Title TEXT NOT NULL,
            TutorID INTEGER NOT NULL REFERENCES tbl_Member(MemberID), HeldOn TEXT NOT NULL, Places INTEGER NOT NULL,
            FeePence INTEGER NOT NULL);
        CREATE TABLE tbl_WorkshopBooking (WorkshopID INTEGER NOT NULL REFERENCES tbl_Workshop(WorkshopID),
            MemberID INTEGER NOT NULL REFERENCES tbl_Member(MemberID), BookedOn TEXT NOT NULL,
            Paid TEXT NOT NULL DEFAULT 'N', PRIMARY KEY (WorkshopID, MemberID));
        """,
    )
    towns = ["Harrogate", "Ripon", "Knaresborough", "Skipton", "Otley", "Ilkley"]
    members = []
    names = _names(r, 74)
    for k in range(1, 75):
        f, s = names[k - 1]
        if k <= 6:
            joined = day_between(r, D(2008, 1, 1), D(2013, 12, 31))
            mentor = None
        else:
            joined = day_between(r, D(2014, 1, 1), D(2025, 5, 31))
            pool = [m for m in members if D.fromisoformat(m[5]) < joined and (m[6] is None or m[6] > _iso(joined))]
            heavy = [m for m in pool if m[0] in (2, 9)] + [m for m in pool if m[0] == 5] * 2
            mentor = None if r.random() < 0.3 or not pool else r.choice(heavy * 2 + pool)[0]
        left = None
        if k > 6 and joined < D(2024, 1, 1) and r.random() < 0.18:
            left = day_between(r, max(joined + dt.timedelta(days=365), D(2020, 1, 1)), LAST)
        mtype = "Honorary" if k in (1, 3) else "Junior" if r.random() < 0.1 else ""
        mtype = mtype or ("Associate" if r.random() < 0.15 else "Full")
        members.append((k, f, s, r.choice(towns), mtype, _iso(joined), _iso(left), mentor))
    insert(c, "tbl_Member", members)

    def active(d: dt.date) -> list[int]:
        return [m[0] for m in members if D.fromisoformat(str(m[5])) <= d and (m[6] is None or d < D.fromisoformat(
            str(m[6])))]  # fmt: skip

    quilts = []
    adjectives = ["Autumn", "Harbour", "Heather", "Midnight", "Meadow", "Granny's", "Sunrise", "Moorland", "Winter",
                  "Rainbow", "Garden", "Stormy", "Scrappy", "Dales", "Cottage"]  # fmt: skip
    nouns = ["Stars", "Baskets", "Trellis", "Lanterns", "Geese", "Windmills", "Hexagons", "Roses", "Ripples",
             "Chains", "Tiles", "Bramble", "Steps"]  # fmt: skip
    titles = [f"{a} {n}" for a in adjectives for n in nouns]
    r.shuffle(titles)
    for k in range(1, 156):
        d = day_between(r, D(2021, 1, 1), LAST)
        maker = r.choice(active(d))
        tech = r.choice(QG_TECHNIQUES)
        w = r.choice([60, 90, 120, 140, 150, 180, 200, 230])
        ln = w + r.choice([0, 20, 30, 50, 60]) + r.randint(0, 9)
        hours = int(w * ln / 10000 * r.uniform(8, 22)) + (30 if tech in ("English Paper Piecing", "Applique") else 0)
        quilts.append((k, titles[k - 1], maker, tech, w, ln, hours, d))
    big = max(quilts, key=lambda q: q[4] * q[5])
    quilts[big[0] - 1] = (*big[:5], big[5] + 4, *big[6:])  # one clear largest quilt
    insert(c, "tbl_Quilt", [(*q[:7], _iso(q[7])) for q in quilts])
    insert(c, "tbl_Show", [(i, n, v, _iso(d), j) for i, n, v, d, j in QG_SHOWS])
    entries = []
    for sid, _n, _v, sd, judged in QG_SHOWS:
        ready = [q[0] for q in quilts if q[7] < sd - dt.timedelta(days=14)]
        pick = r.sample(ready, min(len(ready), r.randint(12, 20)))
        if judged == "Y" and sd <= LAST:
            scores = r.sample(range(550, 985), len(pick))
            ranked = sorted(zip(pick, scores, strict=True), key=lambda x: -x[1])
            for pos, (q, sc) in enumerate(ranked):
                award = ["1st", "2nd", "3rd", "HC", "HC"][pos] if pos < 5 else None
                entries.append((sid, q, sc / 10, award))
        else:
            entries.extend((sid, q, None, None) for q in pick)
    entries.sort(key=lambda x: (x[0], x[1]))
    insert(c, "tbl_ShowEntry", [(k, *e) for k, e in enumerate(entries, 1)])
    tutors = {2: 3, 4: 1, 5: 2, 9: 2, 12: 2, 17: 4}
    shops = []
    wdates = [*sorted(day_between(r, START, LAST) for _ in range(26)), D(2025, 6, 28), D(2025, 7, 19), D(2025, 9, 13)]
    for k, d in enumerate(wdates, 1):
        ok = [t for t in tutors if t in active(d)]
        tut = r.choices(ok, weights=[tutors[t] for t in ok])[0]
        shops.append((k, r.choice(QG_WORKSHOPS), tut, _iso(d), r.choice([8, 10, 12, 14]),
                      r.choice([1500, 2000, 2500, 3500, 4000])))  # fmt: skip
    insert(c, "tbl_Workshop", shops)
    books = []
    for k, _t, tut, d, places, _fee in shops:
        day = D.fromisoformat(d)
        pool = [m for m in active(day - dt.timedelta(days=30)) if m != tut]
        for m in r.sample(pool, min(len(pool), r.randint(places // 2, places))):
            bd = day - dt.timedelta(days=r.randint(3, 50))
            bd = bd if bd <= LAST else day_between(r, D(2025, 4, 15), LAST)
            paid = "Y" if (day <= LAST and r.random() < 0.92) or (day > LAST and r.random() < 0.5) else "N"
            books.append((k, m, _iso(bd), paid))
    insert(c, "tbl_WorkshopBooking", books)
    done(c)


# ----------------------------------------------------------------------------------------------------- costumehire
CH_SECTIONS = {
    "VIC": ("Victorian & Edwardian", ["Bustle Gown", "Frock Coat", "Maid's Uniform", "Top Hat Set", "Tea Dress"]),
    "TUD": ("Tudor & Elizabethan", ["Doublet and Hose", "Farthingale Gown", "Ruff Collar Set", "Merchant Robe"]),
    "MED": ("Medieval", ["Knight's Tabard", "Monk's Habit", "Peasant Tunic", "Noblewoman's Kirtle"]),
    "R20": ("1920s-1940s", ["Flapper Dress", "Pinstripe Suit", "Land Girl Outfit", "Evening Gown"]),
    "R60": ("1950s-1970s", ["Rock'n'Roll Dress", "Mod Suit", "Hippie Kaftan", "Disco Jumpsuit"]),
    "MIL": ("Military Uniform", ["Redcoat Tunic", "WW1 Tommy", "RAF Officer", "Naval Captain"]),
    "FAN": ("Fantasy & Fairy Tale", ["Wizard Robe", "Fairy Godmother", "Pirate Captain", "Wicked Queen"]),
    "ANI": ("Animal & Mascot", ["Lion Suit", "Pantomime Cow", "Giant Rabbit", "Dragon Suit"]),
}
CH_RATES = {"VIC": 1800, "TUD": 2200, "MED": 1500, "R20": 1400, "R60": 1200, "MIL": 1600, "FAN": 1500, "ANI": 2500}
CH_CLIENTS = [
    ("Harbour Players", "Amateur Theatre", "Whitby"), ("Northgate Operatic Society", "Amateur Theatre", "York"),
    ("Riverside Primary School", "School", "Leeds"), ("St Hilda's High School", "School", "Whitby"),
    ("Fenwick Films", "Film & TV", "Manchester"), ("Moorside Productions", "Film & TV", "Leeds"),
    ("Grand Theatre Company", "Professional Theatre", "York"), ("Rose Lane Rep", "Professional Theatre", "Harrogate"),
    ("Ackworth Drama Club", "Amateur Theatre", "Pontefract"), ("Beckside Academy", "School", "Harrogate"),
    ("Lantern Youth Theatre", "Amateur Theatre", "Scarborough"), ("Castle Heritage Events", "Events", "York"),
    ("Kirkgate Am-Dram", "Amateur Theatre", "Wakefield"), ("Valley Panto Company", "Amateur Theatre", "Skipton"),
    ("Oldfield Junior School", "School", "Bradford"), ("Pennine Pictures", "Film & TV", "Bradford"),
    ("Yorvik Living History", "Events", "York"), ("Scarborough Spa Theatre", "Professional Theatre", "Scarborough"),
]  # fmt: skip


def build_costumehire(path: Path) -> None:
    r = random.Random(69004)
    c = fresh_db(
        path,
        """
        CREATE TABLE section (section_code TEXT PRIMARY KEY, section_name TEXT NOT NULL);
        CREATE TABLE costume (costume_code TEXT PRIMARY KEY, section_code TEXT NOT NULL
            REFERENCES section(section_code), description TEXT NOT NULL, size TEXT NOT NULL, grade TEXT NOT NULL,
            daily_rate_pence INTEGER NOT NULL, acquired_on TEXT NOT NULL);
        CREATE TABLE client (account_no TEXT PRIMARY KEY, client_name TEXT NOT NULL, client_type TEXT NOT NULL,
            town TEXT NOT NULL, opened_on TEXT NOT NULL);
        CREATE TABLE hire (hire_ref TEXT PRIMARY KEY, account_no TEXT NOT NULL REFERENCES client(account_no),
            out_date TEXT NOT NULL, due_back TEXT NOT NULL, returned_on TEXT, deposit_pence INTEGER NOT NULL);
        CREATE TABLE hire_line (hire_ref TEXT NOT NULL REFERENCES hire(hire_ref),
            costume_code TEXT NOT NULL REFERENCES costume(costume_code), rate_pence INTEGER NOT NULL,
            PRIMARY KEY (hire_ref, costume_code));
        CREATE TABLE damage (hire_ref TEXT NOT NULL, costume_code TEXT NOT NULL, reported_on TEXT NOT NULL,
            damage_type TEXT NOT NULL, repair_pence INTEGER NOT NULL, charged_to_client TEXT NOT NULL,
            PRIMARY KEY (hire_ref, costume_code),
            FOREIGN KEY (hire_ref, costume_code) REFERENCES hire_line(hire_ref, costume_code));
        CREATE TABLE cleaning (costume_code TEXT NOT NULL REFERENCES costume(costume_code), cleaned_on TEXT NOT NULL,
            method TEXT NOT NULL, cost_pence INTEGER NOT NULL, PRIMARY KEY (costume_code, cleaned_on));
        """,
    )
    insert(c, "section", [(k, v[0]) for k, v in CH_SECTIONS.items()])
    costumes = []
    for sec, (_n, items) in CH_SECTIONS.items():
        for n in range(1, r.randint(16, 22) + 1):
            size = r.choice(["XS", "S", "M", "M", "L", "L", "XL"])
            grade = r.choice("AAABBC")
            rate = CH_RATES[sec] + r.choice([-300, 0, 0, 200, 500])
            costumes.append((f"{sec}-{n:03d}", sec, r.choice(items), size, grade, rate,
                             day_between(r, D(2012, 1, 1), D(2024, 12, 31))))  # fmt: skip
    insert(c, "costume", [(*x[:6], _iso(x[6])) for x in costumes])
    clients = [(f"AC{1000 + k}", n, t, tw, _iso(day_between(r, D(2015, 1, 1), D(2022, 12, 31))))
               for k, (n, t, tw) in enumerate(CH_CLIENTS, 1)]  # fmt: skip
    insert(c, "client", clients)
    busy: dict[str, list[tuple[dt.date, dt.date]]] = {x[0]: [] for x in costumes}
    hires, lines, damage, clean = [], [], [], {}
    outs = sorted(day_between(r, START, LAST) for _ in range(215))
    outs += sorted(day_between(r, D(2025, 6, 18), D(2025, 7, 25)) for _ in range(5))
    seq: dict[int, int] = {}
    weights = [4, 3, 2, 1, 2, 1, 3, 2, 4, 1, 2, 1, 3, 2, 1, 1, 2, 1]
    for out in outs:
        acc = r.choices(clients, weights=weights)[0][0]
        due = out + dt.timedelta(days=r.choice([2, 3, 4, 7, 7, 10, 14, 21]))
        late = r.random()
        back = due + dt.timedelta(days=0 if late < 0.7 else -1 if late < 0.8 else r.randint(1, 6))
        returned = back if out <= LAST and back <= LAST else None
        seq[out.year] = seq.get(out.year, 0) + 1
        ref = f"H{out.year % 100}-{seq[out.year]:04d}"
        end = returned or max(due, TODAY)
        free = [x for x in costumes if x[6] < out and all(e < out or s > end for s, e in busy[x[0]])]
        picked = r.sample(free, min(len(free), r.choice([1, 1, 2, 3, 4, 6])))
        hires.append((ref, acc, _iso(out), _iso(due), _iso(returned), r.choice([5000, 10000, 15000, 20000])))
        for x in picked:
            busy[x[0]].append((out, end))
            lines.append((ref, x[0], x[5]))
            if returned is None:
                continue
            if r.random() < 0.1:
                damage.append((ref, x[0], _iso(returned), r.choice(["Tear", "Stain", "Missing Part",
                               "Broken Fastening"]), r.randrange(800, 9000, 50), r.choice("YYN")))  # fmt: skip
            cd = returned + dt.timedelta(days=r.randint(0, 3))
            if cd <= LAST and (x[0], cd) not in clean:
                m = "WET" if x[1] in ("R60", "ANI") and r.random() < 0.5 else r.choice(["DRY", "DRY", "STM"])
                clean[(x[0], cd)] = (m, {"DRY": 1200, "WET": 600, "STM": 450}[m] + r.choice([0, 150, 300]))
    insert(c, "hire", hires)
    insert(c, "hire_line", lines)
    insert(c, "damage", damage)
    insert(c, "cleaning", [(k, _iso(d), m, p) for (k, d), (m, p) in sorted(clean.items())])
    done(c)


# ---------------------------------------------------------------------------------------------------- leatherworks
LW_PEOPLE = [
    (1, "Harriet Cobb", "Master Saddler", D(2008, 3, 3), None, 260.0),
    (2, "Elias Thorne", "Leatherworker", D(2013, 6, 17), 1, 190.0),
    (3, "Moira Sallis", "Leatherworker", D(2016, 1, 11), 1, 185.0),
    (4, "Kit Varley", "Leatherworker", D(2019, 9, 2), 2, 170.0),
    (5, "Ned Ashby", "Apprentice", D(2022, 9, 5), 2, 95.0),
    (6, "Priya Lal", "Apprentice", D(2023, 9, 4), 3, 95.0),
    (7, "Tamsin Royle", "Apprentice", D(2024, 9, 9), 4, 90.0),
]
LW_TANNERIES = [("J & FJ Baker", "Veg-tan"), ("Sedgwick", "Bridle"), ("Conceria Walpier", "Veg-tan"),
                ("Horween", "Chromexcel"), ("Pittards", "Chrome-tan"), ("Charles F Stead", "Suede")]  # fmt: skip
LW_COLOURS = ["Natural", "Chestnut", "Havana", "Black", "Oxblood", "Tan", "Navy", "Olive"]
#: item: (cheapest, dearest, sq ft lo, sq ft hi, days to make lo, hi)
LW_ITEMS = {
    "Belt": (45, 95, 1.5, 2.5, 3, 12), "Wallet": (55, 140, 0.8, 1.2, 4, 15), "Satchel": (280, 520, 8.0, 12.0, 20, 50),
    "Watch Strap": (35, 70, 0.2, 0.4, 2, 8), "Dog Collar": (30, 60, 0.6, 1.0, 3, 10),
    "Notebook Cover": (40, 85, 1.0, 1.5, 4, 12), "Holdall": (380, 690, 14.0, 18.0, 25, 60),
    "Saddle": (1400, 2600, 30.0, 40.0, 60, 120),
}  # fmt: skip


def build_leatherworks(path: Path) -> None:
    r = random.Random(69005)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Craftspeople" ("Craftsperson ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL,
            "Role" TEXT NOT NULL, "Started On" TEXT NOT NULL,
            "Trained By" INTEGER REFERENCES "Craftspeople"("Craftsperson ID"), "Day Rate GBP" REAL NOT NULL);
        CREATE TABLE "Hides" ("Hide ID" INTEGER PRIMARY KEY, "Tannery" TEXT NOT NULL, "Leather Type" TEXT NOT NULL,
            "Colour" TEXT NOT NULL, "Area Sq Ft" REAL NOT NULL, "Cost GBP" REAL NOT NULL, "Received On" TEXT NOT NULL);
        CREATE TABLE "Customers" ("Customer ID" INTEGER PRIMARY KEY, "Customer Name" TEXT NOT NULL,
            "Town" TEXT NOT NULL, "Trade Account" TEXT NOT NULL DEFAULT 'N', "Email" TEXT);
        CREATE TABLE "Commissions" ("Commission ID" INTEGER PRIMARY KEY,
            "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"),
            "Craftsperson ID" INTEGER NOT NULL REFERENCES "Craftspeople"("Craftsperson ID"),
            "Item Type" TEXT NOT NULL, "Ordered On" TEXT NOT NULL, "Promised By" TEXT NOT NULL, "Delivered On" TEXT,
            "Price GBP" REAL NOT NULL, "Monogrammed" TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE "Commission Hides" ("Commission ID" INTEGER NOT NULL REFERENCES "Commissions"("Commission ID"),
            "Hide ID" INTEGER NOT NULL REFERENCES "Hides"("Hide ID"), "Sq Ft Used" REAL NOT NULL,
            PRIMARY KEY ("Commission ID", "Hide ID"));
        CREATE TABLE "Repairs" ("Repair ID" INTEGER PRIMARY KEY,
            "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"),
            "Craftsperson ID" INTEGER NOT NULL REFERENCES "Craftspeople"("Craftsperson ID"),
            "Item Description" TEXT NOT NULL, "Received On" TEXT NOT NULL, "Returned On" TEXT,
            "Charge GBP" REAL NOT NULL);
        """,
    )
    insert(c, "Craftspeople", [(i, n, ro, _iso(s), t, rate) for i, n, ro, s, t, rate in LW_PEOPLE])
    hides = []
    for k in range(1, 66):
        tan, typ = r.choice(LW_TANNERIES)
        area = round(r.uniform(18, 28) if typ != "Bridle" else r.uniform(10, 14), 1)
        per = {"Veg-tan": 9.5, "Bridle": 14.0, "Chromexcel": 16.0, "Chrome-tan": 7.5, "Suede": 6.0}[typ]
        hides.append((k, tan, typ, r.choice(LW_COLOURS), area, round(area * per * r.uniform(0.9, 1.1), 2),
                      day_between(r, D(2022, 10, 1), D(2025, 5, 31))))  # fmt: skip
    hides.sort(key=lambda x: x[6])
    hides = [(k, *h[1:6], _iso(h[6])) for k, h in enumerate(hides, 1)]
    insert(c, "Hides", hides)
    towns = ["Northampton", "Walsall", "Stamford", "Oakham", "Market Harborough", "Kettering", "London"]
    shops = ["The Hound & Hare", "Oakham Saddlery", "Stamford Gentlemen's Outfitters", "Wellington Country Store",
             "Harborough Hunt Supplies", "Barker & Gale"]  # fmt: skip
    custs = [(k, n, r.choice(towns), "Y", f"orders@{n.lower().replace(' ', '').replace('&', '')[:12]}.example")
             for k, n in enumerate(shops, 1)]  # fmt: skip
    for f, s in _names(r, 52):
        custs.append((len(custs) + 1, f"{f} {s}", r.choice(towns), "N",
                      None if r.random() < 0.2 else f"{f[0].lower()}{s.lower()}@mail.example"))  # fmt: skip
    insert(c, "Customers", custs)
    comms, used = [], []
    remaining = {h[0]: h[4] for h in hides}
    for _ in range(200):
        d = day_between(r, START, LAST)
        item = r.choices(list(LW_ITEMS), weights=[6, 6, 3, 4, 3, 3, 2, 1])[0]
        lo, hi, alo, ahi, mlo, mhi = LW_ITEMS[item]
        who = [p[0] for p in LW_PEOPLE if p[3] <= d and (item != "Saddle" or p[2] == "Master Saddler")]
        make = r.randint(mlo, mhi)
        promised = d + dt.timedelta(days=make + r.randint(3, 14))
        delivered = d + dt.timedelta(days=make + r.randint(0, 18))
        cust = r.randint(1, 6) if r.random() < 0.25 else r.randint(7, 55)
        price = float(r.randrange(lo, hi + 1, 5)) * (1.0 if cust > 6 else 0.8)
        comms.append((cust, r.choice(who), item, d, promised, delivered if delivered <= LAST else None,
                      round(price, 2), "Y" if item in ("Wallet", "Belt", "Satchel", "Holdall") and r.random() < 0.3
                      else "N"))  # fmt: skip
    comms.sort(key=lambda x: x[3])
    for k, (_cu, _w, item, d, *_rest) in enumerate(comms, 1):
        need = round(r.uniform(LW_ITEMS[item][2], LW_ITEMS[item][3]), 1)
        ok = [h for h in hides if D.fromisoformat(str(h[6])) <= d and remaining[h[0]] >= need]
        if ok:
            h = r.choice(ok)[0]
            remaining[h] -= need
            used.append((k, h, need))
            if item in ("Satchel", "Holdall", "Saddle") and r.random() < 0.5:
                ok2 = [x for x in ok if x[0] != h and remaining[x[0]] >= 1.0]
                if ok2:
                    h2 = r.choice(ok2)[0]
                    extra = round(r.uniform(0.5, 1.5), 1)
                    remaining[h2] -= extra
                    used.append((k, h2, extra))
    insert(c, "Commissions", [(k, cu, w, it, _iso(d), _iso(p), _iso(dl), pr, mo)
                              for k, (cu, w, it, d, p, dl, pr, mo) in enumerate(comms, 1)])  # fmt: skip
    insert(c, "Commission Hides", used)
    repairs = []
    things = ["Bag strap restitch", "Saddle reflock", "Belt new buckle", "Bridle repair", "Briefcase handle",
              "Boot zip replacement", "Wallet restitch", "Dog lead clip"]  # fmt: skip
    for _ in range(85):
        d = day_between(r, START, LAST)
        back = d + dt.timedelta(days=r.randint(1, 21))
        repairs.append((r.randint(1, 58) if r.random() < 0.6 else r.randint(1, 6), r.choice([1, 2, 3, 4, 5, 6, 7]),
                        r.choice(things), d, back if back <= LAST else None, float(r.randrange(15, 180, 5))))  # fmt: skip
    for d in (D(2025, 6, 4), D(2025, 6, 10), D(2025, 6, 13)):
        repairs.append((r.randint(7, 58), r.choice([2, 3, 4]), r.choice(things), d, None, float(r.randrange(20, 120, 5))))
    repairs.sort(key=lambda x: x[3])
    fixed = []
    for k, (cu, w, t, d, b, ch) in enumerate(repairs, 1):
        w = w if LW_PEOPLE[w - 1][3] <= d else 1
        fixed.append((k, cu, w, t, _iso(d), _iso(b), ch))
    insert(c, "Repairs", fixed)
    done(c)


# -------------------------------------------------------------------------------------------------- centrocultural
CC_SALAS = [(1, "Sala Goya", 0, 40), (2, "Aula Taller", 1, 16), (3, "Estudio de Danza", 1, 25),
            (4, "Auditorio", 0, 180), (5, "Laboratorio Fotográfico", 2, 10), (6, "Sala Polivalente", 2, 60)]  # fmt: skip
CC_PROFES = [
    (1, "Lucía", "Ferrer Soler", "Pintura", D(2014, 9, 1), 32.0), (2, "Andrés", "Molina Vidal", "Cerámica",
    D(2016, 1, 11), 30.0), (3, "Carmen", "Ibáñez Ruiz", "Danza", D(2015, 9, 7), 34.0),
    (4, "Javier", "Nieto Campos", "Fotografía", D(2018, 10, 1), 31.0), (5, "Marta", "Serrano Gil", "Teatro",
    D(2017, 2, 1), 33.0), (6, "Pablo", "Crespo León", "Música", D(2019, 9, 16), 35.0),
    (7, "Elena", "Ortiz Prieto", "Escritura", D(2020, 1, 13), 29.0), (8, "Raúl", "Vega Pascual", "Pintura",
    D(2021, 9, 6), 28.0), (9, "Nuria", "Cano Marín", "Música", D(2022, 1, 10), 30.0),
    (10, "Sergio", "Blanco Rey", "Fotografía", D(2023, 9, 4), 27.0), (11, "Irene", "Delgado Sanz", "Danza",
    D(2024, 1, 8), 29.0), (12, "Tomás", "Fuentes Mora", "Cerámica", D(2024, 9, 2), 27.0),
]  # fmt: skip
CC_CURSOS = {
    "Pintura": (["Acuarela para principiantes", "Óleo: retrato", "Dibujo al natural", "Pintura abstracta"], 1),
    "Cerámica": (["Torno inicial", "Esmaltes y cocción", "Modelado a mano"], 2),
    "Danza": (["Flamenco nivel I", "Danza contemporánea", "Salsa en pareja", "Ballet para adultos"], 3),
    "Fotografía": (["Fotografía digital básica", "Revelado analógico", "Retrato en estudio"], 5),
    "Teatro": (["Iniciación al teatro", "Improvisación", "Teatro de calle"], 6),
    "Música": (["Guitarra española", "Coro municipal", "Ukelele para todos", "Lenguaje musical"], 6),
    "Escritura": (["Escritura creativa", "Taller de poesía", "Relato breve"], 1),
}
CC_EVENTOS = {
    "Concierto": ["Cuarteto de cuerda", "Noche de jazz", "Banda municipal", "Recital de piano", "Coro en primavera"],
    "Exposición": ["Alumnos de pintura", "Fotografía del barrio", "Cerámica contemporánea", "Grabados antiguos"],
    "Cine": ["Cine de verano", "Ciclo Berlanga", "Cortos locales", "Cine infantil"],
    "Teatro": ["La casa de Bernarda Alba", "Bodas de sangre", "Teatro de títeres", "Luces de bohemia"],
    "Conferencia": ["Historia del barrio", "Arte y memoria", "Charla sobre Sorolla"],
}
CC_BARRIOS = ["Centro", "Arrabal", "San José", "Delicias", "La Almozara", "Torrero", "Casablanca"]
CC_NOMBRES = ["Ana", "Antonio", "Beatriz", "Carlos", "Dolores", "Diego", "Eva", "Fernando", "Gloria", "Hugo",
              "Inés", "Jorge", "Laura", "Manuel", "Nerea", "Óscar", "Paula", "Rafael", "Rosa", "Víctor"]  # fmt: skip
CC_APELLIDOS = ["García", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Romero", "Navarro", "Torres",
                "Domínguez", "Ramos", "Gil", "Castro", "Ortega", "Rubio", "Medina"]  # fmt: skip


def build_centrocultural(path: Path) -> None:
    r = random.Random(69006)
    c = fresh_db(
        path,
        """
        CREATE TABLE sala (id_sala INTEGER PRIMARY KEY, nombre TEXT NOT NULL, planta INTEGER NOT NULL,
            aforo INTEGER NOT NULL);
        CREATE TABLE profesor (id_profesor INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL,
            especialidad TEXT NOT NULL, fecha_alta TEXT NOT NULL, tarifa_hora REAL NOT NULL);
        CREATE TABLE curso (id_curso INTEGER PRIMARY KEY, titulo TEXT NOT NULL, disciplina TEXT NOT NULL,
            id_profesor INTEGER NOT NULL REFERENCES profesor(id_profesor),
            id_sala INTEGER NOT NULL REFERENCES sala(id_sala), fecha_inicio TEXT NOT NULL, fecha_fin TEXT NOT NULL,
            plazas INTEGER NOT NULL, precio REAL NOT NULL);
        CREATE TABLE socio (id_socio INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL,
            barrio TEXT NOT NULL, fecha_nacimiento TEXT NOT NULL, fecha_alta TEXT NOT NULL, fecha_baja TEXT);
        CREATE TABLE inscripcion (id_inscripcion INTEGER PRIMARY KEY,
            id_curso INTEGER NOT NULL REFERENCES curso(id_curso), id_socio INTEGER NOT NULL REFERENCES socio(id_socio),
            fecha_inscripcion TEXT NOT NULL, estado TEXT NOT NULL, importe REAL NOT NULL,
            UNIQUE (id_curso, id_socio));
        CREATE TABLE evento (id_evento INTEGER PRIMARY KEY, titulo TEXT NOT NULL, tipo TEXT NOT NULL,
            fecha TEXT NOT NULL, id_sala INTEGER NOT NULL REFERENCES sala(id_sala), precio_entrada REAL NOT NULL,
            entradas_vendidas INTEGER NOT NULL);
        """,
    )
    insert(c, "sala", CC_SALAS)
    insert(c, "profesor", [(i, n, a, e, _iso(f), t) for i, n, a, e, f, t in CC_PROFES])
    socios = []
    for k in range(1, 171):
        alta = day_between(r, D(2019, 1, 1), D(2025, 5, 31))
        baja = day_between(r, alta + dt.timedelta(days=200), D(2026, 6, 1)) if r.random() < 0.25 else None
        socios.append((k, r.choice(CC_NOMBRES), f"{r.choice(CC_APELLIDOS)} {r.choice(CC_APELLIDOS)}",
                       r.choice(CC_BARRIOS), _iso(day_between(r, D(1945, 1, 1), D(2007, 12, 31))), alta,
                       baja if baja and baja <= LAST else None))  # fmt: skip
    insert(c, "socio", [(*s[:5], _iso(s[5]), _iso(s[6])) for s in socios])
    cursos = []
    terms = [D(2023, 1, 16), D(2023, 4, 17), D(2023, 10, 2), D(2024, 1, 15), D(2024, 4, 15), D(2024, 10, 7),
             D(2025, 1, 13), D(2025, 4, 21), D(2025, 10, 6)]  # fmt: skip
    for t in terms:
        for disc in r.sample(list(CC_CURSOS), r.randint(5, 7)):
            titles, sala = CC_CURSOS[disc]
            profs = [p[0] for p in CC_PROFES if p[3] == disc and p[4] <= t]
            weeks = r.choice([8, 10, 12])
            cursos.append((r.choice(titles), disc, r.choice(profs), sala, t + dt.timedelta(days=r.randint(0, 4)),
                           weeks, r.choice([10, 12, 14, 16, 20]), r.choice([45.0, 60.0, 75.0, 90.0, 120.0])))  # fmt: skip
    rows = []
    for k, (ti, di, pr, sa, ini, wk, pl, pc) in enumerate(cursos, 1):
        cap = min(pl, CC_SALAS[sa - 1][3])
        rows.append((k, ti, di, pr, sa, _iso(ini), _iso(ini + dt.timedelta(weeks=wk) - 3 * DAY), cap, pc))
    insert(c, "curso", rows)
    ins = []
    for k, _ti, _di, _pr, _sa, ini_s, _fin, cap, pc in rows:
        ini = D.fromisoformat(str(ini_s))
        pool = [s for s in socios if s[5] < ini - dt.timedelta(days=5) and (s[6] is None or s[6] > ini)]
        want = r.randint(cap // 2, cap + 4)
        if ini > LAST:
            want = r.randint(2, cap // 2)
        chosen = r.sample(pool, min(len(pool), want))
        for pos, s in enumerate(chosen):
            fi = max(s[5], ini - dt.timedelta(days=r.randint(5, 40)))
            if fi > LAST:  # places on next term's courses were taken in the last few weeks
                fi = day_between(r, max(s[5], D(2025, 5, 15)), LAST)
            est = "E" if pos >= cap else "A" if r.random() < 0.1 else "C"
            ins.append((k, s[0], _iso(fi), est, pc if est == "C" else 0.0))
    insert(c, "inscripcion", [(k, *x) for k, x in enumerate(ins, 1)])
    evs = []
    for _ in range(72):
        d = day_between(r, START, LAST)
        tipo = r.choice(list(CC_EVENTOS))
        sala = 4 if tipo in ("Concierto", "Teatro", "Cine") else 1 if tipo == "Exposición" else 6
        cap = CC_SALAS[sala - 1][3]
        price = 0.0 if tipo in ("Exposición", "Conferencia") else r.choice([3.0, 5.0, 8.0, 12.0])
        evs.append((r.choice(CC_EVENTOS[tipo]), tipo, d, sala, price, r.randint(cap // 4, cap)))
    for d, tipo in ((D(2025, 6, 21), "Concierto"), (D(2025, 7, 5), "Cine"), (D(2025, 9, 27), "Teatro")):
        evs.append((r.choice(CC_EVENTOS[tipo]), tipo, d, 4, 8.0, r.randint(10, 60)))
    evs.sort(key=lambda x: x[2])
    insert(c, "evento", [(k, t, ti, _iso(d), s, p, e) for k, (t, ti, d, s, p, e) in enumerate(evs, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "glassstudio": build_glassstudio,
    "bookbindery": build_bookbindery,
    "quiltguild": build_quiltguild,
    "costumehire": build_costumehire,
    "leatherworks": build_leatherworks,
    "centrocultural": build_centrocultural,
}
