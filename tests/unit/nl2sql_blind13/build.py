"""Deterministic SQLite databases for a thirteenth blind NL→SQL evaluation.

Six everyday schemas named the way legacy ERP systems name things: heavy, consistent abbreviations
(``cust``, ``qty``, ``amt``, ``dt``, ``flg``/``ind`` Y/N flags, ``nbr``, ``nm``, ``desc``), table suffixes
such as ``_mst``, ``_hdr``, ``_dtl``, ``_lkp``, ``_xref`` and ``_hist``, and status or type codes whose
meaning lives in a lookup table:

* ``fldsvc``: a water utility's field-service work orders with a ``tbl_`` prefix: ``tbl_tech_mst``
  (a ``sup_tech_id`` self-reference, ``actv_flg``), ``tbl_svc_loc_mst`` (a NULL ``meter_nbr`` for
  unmetered premises), ``tbl_wo_typ_lkp``, ``tbl_wo_stat_lkp`` (O/A/H/C/X), ``tbl_wo_hdr`` (``pri_nbr``,
  ``opn_dt``, a NULL ``cls_dt`` while not closed, a NULL ``asgn_tech_id`` while unassigned) and
  ``tbl_wo_lbr_dtl`` (``hrs_qty``, ``ot_flg``).
* ``illnet``: a municipal library's interlibrary loans with a ``lib_`` prefix: ``lib_brnch_mst``,
  ``lib_card_typ_lkp``, ``lib_patron_mst`` (a NULL ``email_addr`` for some, ``blk_flg``),
  ``lib_lend_lib_mst`` (partner libraries), ``lib_fmt_lkp``, ``lib_req_stat_lkp`` and
  ``lib_ill_req_hdr`` (``req_dt``, ``shp_dt``, ``rcv_dt``, ``due_dt``, ``rtn_dt``, ``fee_amt``).
* ``farecard``: a transit agency's fare cards with a ``t_`` prefix: ``t_acct_mst``, ``t_fare_cls_lkp``
  (``disc_pct``), ``t_card_stat_lkp``, ``t_card_mst`` (a NULL ``acct_id`` for anonymous cards,
  ``bal_amt``), ``t_stn_mst`` (``line_nm``, ``zone_nbr``, ``pkng_ind``), ``t_trip_dtl`` (``tap_in_ts``, a
  NULL ``tap_out_ts``/``out_stn_id`` when the rider never tapped out) and ``t_card_load_hist``.
* ``rxdisp``: a hospital pharmacy with a ``ph_`` prefix: ``ph_emp_mst`` (``role_cd`` PHYS/PHARM/TECH, a
  ``sup_emp_id`` self-reference), ``ph_ward_lkp``, ``ph_pat_mst`` (a NULL ``dsch_dt`` while admitted, a
  NULL ``allergy_desc``), ``ph_drug_mst`` (``ctrl_subst_flg``, ``unit_cost_amt``), ``ph_rx_stat_lkp``,
  ``ph_rx_ord_hdr`` and ``ph_disp_dtl`` (a NULL ``verif_emp_id`` when not yet verified).
* ``slsinv``: a food-service distributor's sales invoices: ``sls_rep_mst``, ``pmt_terms_lkp``,
  ``cust_mst`` (``bill_cty``, ``bill_st``, ``cr_lmt_amt``, ``actv_flg``), ``prod_cls_lkp``, ``prod_mst``
  (``prod_desc``, ``list_prc_amt``, ``whse_cd``, ``disc_flg`` discontinued), ``inv_hdr`` (``inv_tot_amt``,
  ``bal_due_amt``, ``void_flg``) and ``inv_dtl`` (``shp_qty``, ``ext_amt``).
* ``hrpay``: an HR and payroll system: ``hr_dept_lkp``, ``hr_job_lkp`` (``exempt_ind``),
  ``hr_emp_stat_lkp`` (A/L/T), ``hr_emp_mst`` (a ``mgr_emp_nbr`` self-reference, a NULL ``term_dt``),
  ``hr_bnft_pln_lkp``, the many-to-many cross-reference ``hr_emp_bnft_xref`` and ``py_chk_hist``
  (``gross_amt``, ``net_amt``, ``ot_hrs_qty``).

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

GIVEN = [
    "Alvarez",
    "Brianna",
    "Curtis",
    "Dolores",
    "Emmett",
    "Francine",
    "Gordon",
    "Harriet",
    "Irving",
    "Josefina",
    "Kendall",
    "Lorraine",
    "Marvin",
    "Nadine",
    "Orville",
    "Patrice",
    "Reginald",
    "Sheila",
    "Terrence",
    "Vanessa",
    "Wendell",
    "Yolanda",
]
FAMILY = [
    "Abernathy",
    "Blackwell",
    "Castellano",
    "Dunleavy",
    "Escobar",
    "Fairbanks",
    "Greenberg",
    "Hutchins",
    "Iverson",
    "Jablonski",
    "Kowalczyk",
    "Lindqvist",
    "Mendoza",
    "Novak",
    "Okafor",
    "Pennington",
    "Quintero",
    "Rasmussen",
    "Schaefer",
    "Thibodeaux",
    "Underwood",
    "Vasquez",
    "Whitaker",
    "Yamamoto",
]
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _ts(r: random.Random, d: dt.date, h0: int = 6, h1: int = 22) -> str:
    return f"{d.isoformat()} {r.randint(h0, h1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def build_fldsvc(path: Path) -> None:
    """A water utility's field-service work orders."""
    r = random.Random(1301)
    c = _db(
        path,
        """
        CREATE TABLE tbl_tech_mst(tech_id INTEGER PRIMARY KEY, tech_nm TEXT NOT NULL,
            sup_tech_id INTEGER REFERENCES tbl_tech_mst(tech_id), home_yard_nm TEXT, hire_dt TEXT,
            cdl_ind TEXT, actv_flg TEXT);
        CREATE TABLE tbl_svc_loc_mst(loc_id INTEGER PRIMARY KEY, acct_nbr TEXT, svc_addr TEXT, cty_nm TEXT,
            zip_cd TEXT, meter_nbr TEXT);
        CREATE TABLE tbl_wo_typ_lkp(wo_typ_cd TEXT PRIMARY KEY, wo_typ_desc TEXT NOT NULL, std_hrs_qty REAL);
        CREATE TABLE tbl_wo_stat_lkp(wo_stat_cd TEXT PRIMARY KEY, wo_stat_desc TEXT NOT NULL);
        CREATE TABLE tbl_wo_hdr(wo_nbr INTEGER PRIMARY KEY, loc_id INTEGER REFERENCES tbl_svc_loc_mst(loc_id),
            wo_typ_cd TEXT REFERENCES tbl_wo_typ_lkp(wo_typ_cd), wo_stat_cd TEXT REFERENCES tbl_wo_stat_lkp(wo_stat_cd),
            pri_nbr INTEGER, opn_dt TEXT, sched_dt TEXT, cls_dt TEXT,
            asgn_tech_id INTEGER REFERENCES tbl_tech_mst(tech_id), rmk_txt TEXT);
        CREATE TABLE tbl_wo_lbr_dtl(wo_nbr INTEGER REFERENCES tbl_wo_hdr(wo_nbr), ln_nbr INTEGER,
            tech_id INTEGER REFERENCES tbl_tech_mst(tech_id), wrk_dt TEXT, hrs_qty REAL, ot_flg TEXT,
            PRIMARY KEY(wo_nbr, ln_nbr));
    """,
    )
    people = _people(r, 40)
    yards = ["North Yard", "Riverside Yard", "Eastgate Yard"]
    techs = []
    for i in range(1, 16):
        g, f = people[i - 1]
        sup = None if i <= 3 else (i % 3) + 1
        techs.append(
            (
                i,
                f"{g} {f}",
                sup,
                yards[(i - 1) % 3] if i <= 3 else yards[sup - 1],
                _day(r, D(2012, 1, 1), 4200).isoformat(),
                "Y" if i % 3 != 1 or i <= 3 else "N",
                "N" if i in (11, 14) else "Y",
            )
        )
    _ins(c, "tbl_tech_mst", techs)
    streets = [
        "Maple Ave",
        "Old Mill Rd",
        "Cedar St",
        "Lakeview Dr",
        "Harbor Blvd",
        "Pine Ridge Ct",
        "Elm St",
        "Quarry Rd",
        "Sunset Ln",
        "Willow Way",
    ]
    cities = [("Brookfield", "53005"), ("Elm Grove", "53122"), ("Pewaukee", "53072"), ("Waukesha", "53186")]
    locs = []
    for i in range(1, 91):
        cty, z = cities[(i * 7) % 4]
        locs.append(
            (
                i,
                f"{r.randint(10, 99)}-{r.randint(10000, 99999)}",
                f"{r.randint(100, 9899)} {r.choice(streets)}",
                cty,
                z,
                None if i % 11 == 0 else f"M{r.randint(1000000, 9999999)}",
            )
        )
    _ins(c, "tbl_svc_loc_mst", locs)
    typs = [
        ("MR", "Meter Replacement", 1.5),
        ("LK", "Leak Investigation", 2.0),
        ("DC", "Service Disconnect", 0.75),
        ("RC", "Service Reconnect", 0.75),
        ("HY", "Hydrant Repair", 3.0),
        ("MB", "Main Break", 6.0),
    ]
    _ins(c, "tbl_wo_typ_lkp", typs)
    _ins(
        c,
        "tbl_wo_stat_lkp",
        [("O", "Open"), ("A", "Assigned"), ("H", "On Hold"), ("C", "Completed"), ("X", "Cancelled")],
    )
    typ_w = ["MR"] * 6 + ["LK"] * 5 + ["DC"] * 4 + ["RC"] * 3 + ["HY"] * 2 + ["MB"]
    rmks = [
        None,
        None,
        None,
        "Customer not home",
        "Dog on premises",
        "Gate code 4471",
        "Call ahead",
        "Traffic control needed",
        None,
    ]
    active_techs = [t[0] for t in techs if t[6] == "Y"]
    wos = []
    lbr = []
    for k in range(1, 321):
        wo = 240000 + k
        opn = _day(r, D(2023, 3, 1), (TODAY - D(2023, 3, 1)).days)
        age = (TODAY - opn).days
        roll = r.random()
        if age < 45 and roll < 0.45:
            st = r.choice(["O", "O", "A", "H"])
        elif roll < 0.08:
            st = "X"
        elif age < 120 and roll < 0.15:
            st = "H"
        else:
            st = "C"
        typ = r.choice(typ_w)
        pri = 1 if typ == "MB" else r.choice([2, 2, 3, 3, 3, 4])
        tech = None if st == "O" else r.choice(active_techs if opn > D(2025, 1, 1) else [t[0] for t in techs])
        if st == "X" and r.random() < 0.5:
            tech = None
        sched = None if st in ("O", "X") else opn + dt.timedelta(days=r.randint(0, 10))
        cls = None
        if st in ("C", "X"):
            cls = min(opn + dt.timedelta(days=r.randint(0, 25)), TODAY)
            sched = sched if st == "C" else None
            if sched and sched > cls:
                sched = cls
        wos.append((wo, r.randint(1, 90), typ, st, pri, opn.isoformat(), _iso(sched), _iso(cls), tech, r.choice(rmks)))
        if st in ("C", "H") and tech is not None:
            std = dict((t[0], t[2]) for t in typs)[typ]
            n = 1 if r.random() < 0.6 else r.randint(2, 3)
            for ln in range(1, n + 1):
                who = tech if ln == 1 else r.choice(active_techs)
                wd = sched if sched else opn
                if cls and wd < cls and ln > 1:
                    wd = wd + dt.timedelta(days=r.randint(0, (cls - wd).days))
                wd = min(wd, TODAY)
                lbr.append(
                    (
                        wo,
                        ln,
                        who,
                        wd.isoformat(),
                        round(max(0.25, std * r.uniform(0.5, 1.8)) * 4) / 4,
                        "Y" if r.random() < 0.15 else "N",
                    )
                )
    wos.sort(key=lambda w: (w[5], w[0]))
    renum = {w[0]: 240001 + i for i, w in enumerate(wos)}
    _ins(c, "tbl_wo_hdr", [(renum[w[0]], *w[1:]) for w in wos])
    _ins(c, "tbl_wo_lbr_dtl", sorted((renum[x[0]], *x[1:]) for x in lbr))
    _done(c)


def build_illnet(path: Path) -> None:
    """A municipal library's interlibrary-loan requests."""
    r = random.Random(1302)
    c = _db(
        path,
        """
        CREATE TABLE lib_brnch_mst(brnch_cd TEXT PRIMARY KEY, brnch_nm TEXT NOT NULL, addr_ln TEXT, zip_cd TEXT,
            opn_sun_ind TEXT);
        CREATE TABLE lib_card_typ_lkp(card_typ_cd TEXT PRIMARY KEY, card_typ_desc TEXT NOT NULL, max_ill_qty INTEGER);
        CREATE TABLE lib_patron_mst(patron_nbr INTEGER PRIMARY KEY, patron_nm TEXT NOT NULL,
            card_typ_cd TEXT REFERENCES lib_card_typ_lkp(card_typ_cd),
            home_brnch_cd TEXT REFERENCES lib_brnch_mst(brnch_cd), email_addr TEXT, reg_dt TEXT, blk_flg TEXT);
        CREATE TABLE lib_lend_lib_mst(lend_lib_cd TEXT PRIMARY KEY, lend_lib_nm TEXT NOT NULL, cty_nm TEXT, st_cd TEXT,
            consortium_ind TEXT);
        CREATE TABLE lib_fmt_lkp(fmt_cd TEXT PRIMARY KEY, fmt_desc TEXT NOT NULL);
        CREATE TABLE lib_req_stat_lkp(req_stat_cd TEXT PRIMARY KEY, req_stat_desc TEXT NOT NULL);
        CREATE TABLE lib_ill_req_hdr(req_nbr INTEGER PRIMARY KEY, patron_nbr INTEGER REFERENCES lib_patron_mst(patron_nbr),
            pickup_brnch_cd TEXT REFERENCES lib_brnch_mst(brnch_cd), ttl_nm TEXT NOT NULL, auth_nm TEXT,
            fmt_cd TEXT REFERENCES lib_fmt_lkp(fmt_cd), lend_lib_cd TEXT REFERENCES lib_lend_lib_mst(lend_lib_cd),
            req_stat_cd TEXT REFERENCES lib_req_stat_lkp(req_stat_cd), req_dt TEXT, shp_dt TEXT, rcv_dt TEXT,
            due_dt TEXT, rtn_dt TEXT, fee_amt REAL);
    """,
    )
    brs = [
        ("CEN", "Central Library", "200 Civic Center Plz", "97401", "Y"),
        ("BTH", "Bethel Branch", "1990 Echo Hollow Rd", "97402", "N"),
        ("SSP", "Sheldon Branch", "1566 Coburg Rd", "97401", "N"),
        ("RVR", "Riverfront Branch", "45 Ferry St", "97403", "Y"),
    ]
    _ins(c, "lib_brnch_mst", brs)
    _ins(
        c,
        "lib_card_typ_lkp",
        [
            ("AD", "Adult", 5),
            ("JV", "Juvenile", 2),
            ("SR", "Senior", 5),
            ("ST", "Student", 3),
            ("NR", "Non-Resident", 1),
        ],
    )
    people = _people(r, 80)
    pats = []
    for i in range(1, 71):
        g, f = people[i - 1]
        pats.append(
            (
                10000 + i,
                f"{f}, {g}",
                r.choice(["AD"] * 6 + ["JV", "SR", "SR", "ST", "ST", "NR"]),
                r.choice(["CEN", "CEN", "BTH", "SSP", "RVR"]),
                None
                if i % 6 == 0
                else f"{g[0].lower()}{f.lower()}@{r.choice(['gmail.com', 'comcast.net', 'uoregon.edu'])}",
                _day(r, D(2015, 1, 1), 3700).isoformat(),
                "Y" if i in (7, 33, 58) else "N",
            )
        )
    _ins(c, "lib_patron_mst", pats)
    lends = [
        ("ORU", "University of Oregon Libraries", "Eugene", "OR", "Y"),
        ("OSU", "Oregon State University Valley Library", "Corvallis", "OR", "Y"),
        ("MUL", "Multnomah County Library", "Portland", "OR", "Y"),
        ("SPL", "Seattle Public Library", "Seattle", "WA", "N"),
        ("WSU", "Washington State University Libraries", "Pullman", "WA", "N"),
        ("BOI", "Boise Public Library", "Boise", "ID", "N"),
        ("SAC", "Sacramento Public Library", "Sacramento", "CA", "N"),
        ("LIN", "Linn-Benton Community College Library", "Albany", "OR", "Y"),
    ]
    _ins(c, "lib_lend_lib_mst", lends)
    _ins(
        c,
        "lib_fmt_lkp",
        [("BK", "Book"), ("AR", "Journal Article"), ("DV", "DVD"), ("MF", "Microfilm"), ("AB", "Audiobook")],
    )
    _ins(
        c,
        "lib_req_stat_lkp",
        [
            ("P", "Pending"),
            ("S", "Shipped"),
            ("R", "Received"),
            ("T", "Returned"),
            ("C", "Cancelled"),
            ("U", "Unfilled"),
        ],
    )
    titles = [
        ("The Overstory", "Richard Powers", "BK"),
        ("A History of the Oregon Trail", "Hal Cannon", "BK"),
        ("Braiding Sweetgrass", "Robin Wall Kimmerer", "BK"),
        ("The Dawn of Everything", "David Graeber", "BK"),
        ("Sometimes a Great Notion", "Ken Kesey", "BK"),
        ("Salmon Runs of the Willamette", "J. Fulton", "AR"),
        ("Soil Microbiomes in Douglas Fir Stands", "K. Ostrander", "AR"),
        ("Register-Guard 1962 Reels", None, "MF"),
        ("Oregon Statesman 1948 Reels", None, "MF"),
        ("Portlandia Season 3", None, "DV"),
        ("Wild", "Cheryl Strayed", "AB"),
        ("Wild", "Cheryl Strayed", "BK"),
        ("The Left Hand of Darkness", "Ursula K. Le Guin", "BK"),
        ("Lathe of Heaven", "Ursula K. Le Guin", "BK"),
        ("Coastal Erosion on the Pacific Northwest Shelf", "M. Brandt", "AR"),
        ("Timber Towns", "Lena Ortiz", "BK"),
        ("Days of Heaven", None, "DV"),
        ("The Mushroom at the End of the World", "Anna Tsing", "BK"),
        ("Astoria", "Peter Stark", "BK"),
        ("Educated", "Tara Westover", "AB"),
        ("Volcanic Hazards of the Cascades", "D. Sherrod", "AR"),
        ("Tracking the Wolverine", "Elise Navarro", "BK"),
    ]
    reqs = []
    for k in range(1, 261):
        p = r.choice(pats)
        t = r.choice(titles)
        rq = _day(r, D(2023, 1, 5), (TODAY - D(2023, 1, 5)).days)
        age = (TODAY - rq).days
        if age < 10:
            st = r.choice(["P", "P", "S", "C"])
        elif age < 40:
            st = r.choice(["S", "R", "R", "T", "U", "C"])
        else:
            st = r.choice(["T"] * 8 + ["U", "C", "R"])
        lend = None if st in ("P", "C", "U") else r.choice([x[0] for x in lends] + ["ORU", "OSU", "MUL"])
        shp = rcv = due = rtn = None
        if st in ("S", "R", "T"):
            shp = rq + dt.timedelta(days=r.randint(1, 6))
        if st in ("R", "T"):
            rcv = shp + dt.timedelta(days=r.randint(2, 8))
            due = rcv + dt.timedelta(days=28 if t[2] != "AR" else 0)
        if st == "T":
            rtn = rcv + dt.timedelta(days=r.randint(5, 35) if t[2] != "AR" else 0)
        if rtn and rtn > TODAY:
            rtn, st = None, "R"
        if rcv and rcv > TODAY:
            rcv, due, st = None, None, "S"
        if shp and shp > TODAY:
            shp, st = None, "P"
        fee = None
        if lend is not None:
            fee = {"ORU": 0.0, "OSU": 0.0, "MUL": 0.0, "LIN": 0.0}.get(lend, r.choice([5.0, 10.0, 15.0]))
        reqs.append(
            (
                500000 + k,
                p[0],
                r.choice([p[3], p[3], p[3], "CEN"]),
                t[0],
                t[1],
                t[2],
                lend,
                st,
                rq.isoformat(),
                _iso(shp),
                _iso(rcv),
                _iso(due),
                _iso(rtn),
                fee,
            )
        )
    reqs.sort(key=lambda q: (q[8], q[0]))
    _ins(c, "lib_ill_req_hdr", [(500001 + i, *q[1:]) for i, q in enumerate(reqs)])
    _done(c)


def build_farecard(path: Path) -> None:
    """A transit agency's fare cards, trips and stored-value loads."""
    r = random.Random(1303)
    c = _db(
        path,
        """
        CREATE TABLE t_acct_mst(acct_id INTEGER PRIMARY KEY, acct_nm TEXT NOT NULL, email_addr TEXT, zip_cd TEXT,
            open_dt TEXT, autoload_flg TEXT);
        CREATE TABLE t_fare_cls_lkp(fare_cls_cd TEXT PRIMARY KEY, fare_cls_desc TEXT NOT NULL, disc_pct REAL);
        CREATE TABLE t_card_stat_lkp(card_stat_cd TEXT PRIMARY KEY, card_stat_desc TEXT NOT NULL);
        CREATE TABLE t_card_mst(card_nbr TEXT PRIMARY KEY, acct_id INTEGER REFERENCES t_acct_mst(acct_id),
            fare_cls_cd TEXT REFERENCES t_fare_cls_lkp(fare_cls_cd),
            card_stat_cd TEXT REFERENCES t_card_stat_lkp(card_stat_cd), iss_dt TEXT, bal_amt REAL);
        CREATE TABLE t_stn_mst(stn_id INTEGER PRIMARY KEY, stn_nm TEXT NOT NULL, line_nm TEXT, zone_nbr INTEGER,
            pkng_ind TEXT);
        CREATE TABLE t_trip_dtl(trip_id INTEGER PRIMARY KEY, card_nbr TEXT REFERENCES t_card_mst(card_nbr),
            tap_in_ts TEXT, in_stn_id INTEGER REFERENCES t_stn_mst(stn_id), tap_out_ts TEXT,
            out_stn_id INTEGER REFERENCES t_stn_mst(stn_id), fare_amt REAL);
        CREATE TABLE t_card_load_hist(load_id INTEGER PRIMARY KEY, card_nbr TEXT REFERENCES t_card_mst(card_nbr),
            load_ts TEXT, load_amt REAL, load_chnl_nm TEXT);
    """,
    )
    people = _people(r, 60)
    accts = []
    for i in range(1, 46):
        g, f = people[i - 1]
        accts.append(
            (
                i,
                f"{g} {f}",
                None if i % 8 == 0 else f"{g.lower()}{i}@example.net",
                r.choice(["80202", "80205", "80211", "80218", "80120", "80033"]),
                _day(r, D(2021, 6, 1), 1300).isoformat(),
                "Y" if i % 3 == 0 else "N",
            )
        )
    _ins(c, "t_acct_mst", accts)
    classes = [
        ("ADT", "Adult", 0.0),
        ("RDF", "Reduced Fare", 50.0),
        ("STU", "Student", 40.0),
        ("YTH", "Youth", 70.0),
        ("EMP", "Employee", 100.0),
    ]
    _ins(c, "t_fare_cls_lkp", classes)
    _ins(c, "t_card_stat_lkp", [("A", "Active"), ("L", "Lost or Stolen"), ("B", "Blocked"), ("X", "Closed")])
    cards = []
    for i in range(1, 76):
        acct = None if i % 5 == 0 else ((i * 7) % 45) + 1
        cls = r.choice(["ADT"] * 7 + ["RDF", "RDF", "STU", "STU", "YTH", "EMP"])
        st = "A"
        if i in (9, 22, 41, 66):
            st = "L"
        elif i in (14, 58):
            st = "B"
        elif i in (3, 30, 47, 71):
            st = "X"
        cards.append(
            (
                f"6014{r.randint(10000000, 99999999)}",
                acct,
                cls,
                st,
                _day(r, D(2022, 1, 1), 1200).isoformat(),
                round(r.choice([0.0, 0.0] + [r.uniform(0.5, 80) for _ in range(6)]), 2),
            )
        )
    _ins(c, "t_card_mst", cards)
    stns = [
        ("Union Station", "A Line", 1, "N"),
        ("38th & Blake", "A Line", 1, "Y"),
        ("Central Park", "A Line", 2, "Y"),
        ("Peoria", "A Line", 2, "Y"),
        ("Airport Terminal", "A Line", 3, "N"),
        ("Civic Center", "D Line", 1, "N"),
        ("Alameda", "D Line", 1, "N"),
        ("Evans", "D Line", 2, "Y"),
        ("Englewood", "D Line", 2, "Y"),
        ("Littleton-Mineral", "D Line", 3, "Y"),
        ("Federal Center", "W Line", 2, "Y"),
        ("Lakewood-Wadsworth", "W Line", 2, "Y"),
        ("Jefferson County Govt Center", "W Line", 3, "Y"),
        ("Pecos Junction", "B Line", 2, "Y"),
        ("Westminster", "B Line", 2, "Y"),
    ]
    _ins(c, "t_stn_mst", [(i + 1, *s) for i, s in enumerate(stns)])
    base = {1: 2.75, 2: 2.75, 3: 10.00}
    disc = {k: d for k, _, d in classes}
    trips = []
    tid = 0
    for card in cards:
        n = 0 if card[3] == "X" and r.random() < 0.7 else r.randint(0, 8)
        if card[0] == cards[10][0]:
            n = 14
        for _ in range(n):
            tid += 1
            d = _day(r, D(2024, 1, 1), (TODAY - D(2024, 1, 1)).days)
            a = r.randint(1, 15)
            b = r.choice([x for x in range(1, 16) if x != a])
            t_in = _ts(r, d, 5, 21)
            hh, mm = int(t_in[11:13]), int(t_in[14:16])
            mins = hh * 60 + mm + r.randint(8, 55)
            t_out = f"{d.isoformat()} {mins // 60:02d}:{mins % 60:02d}:{r.randint(0, 59):02d}"
            missed = r.random() < 0.08
            z = max(stns[a - 1][2], 1 if missed else stns[b - 1][2])
            fare = round(base[z] * (100 - disc[card[2]]) / 100, 2)
            trips.append((tid, card[0], t_in, a, None if missed else t_out, None if missed else b, fare))
    trips.sort(key=lambda t: t[2])
    _ins(c, "t_trip_dtl", [(i + 1, *t[1:]) for i, t in enumerate(trips)])
    loads = []
    for card in cards:
        for _ in range(r.randint(0, 4)):
            d = _day(r, D(2023, 6, 1), (TODAY - D(2023, 6, 1)).days)
            loads.append(
                (
                    card[0],
                    _ts(r, d),
                    r.choice([10.0, 20.0, 20.0, 25.0, 40.0, 50.0]),
                    r.choice(["Web", "Web", "Mobile App", "Ticket Machine", "Retail Outlet"]),
                )
            )
    loads.sort(key=lambda x: x[1])
    _ins(c, "t_card_load_hist", [(i + 1, *x) for i, x in enumerate(loads)])
    _done(c)


def build_rxdisp(path: Path) -> None:
    """A hospital pharmacy's medication orders and dispensing."""
    r = random.Random(1304)
    c = _db(
        path,
        """
        CREATE TABLE ph_emp_mst(emp_id INTEGER PRIMARY KEY, emp_nm TEXT NOT NULL, role_cd TEXT, lic_nbr TEXT,
            sup_emp_id INTEGER REFERENCES ph_emp_mst(emp_id), hire_dt TEXT);
        CREATE TABLE ph_ward_lkp(ward_cd TEXT PRIMARY KEY, ward_desc TEXT NOT NULL, flr_nbr INTEGER, bed_cnt INTEGER);
        CREATE TABLE ph_pat_mst(pat_id INTEGER PRIMARY KEY, mrn_nbr TEXT, pat_nm TEXT NOT NULL, birth_dt TEXT,
            sex_cd TEXT, ward_cd TEXT REFERENCES ph_ward_lkp(ward_cd), adm_dt TEXT, dsch_dt TEXT, allergy_desc TEXT);
        CREATE TABLE ph_drug_mst(drug_id INTEGER PRIMARY KEY, drug_nm TEXT NOT NULL, gnrc_nm TEXT, strngth_desc TEXT,
            form_desc TEXT, ctrl_subst_flg TEXT, unit_cost_amt REAL);
        CREATE TABLE ph_rx_stat_lkp(rx_stat_cd TEXT PRIMARY KEY, rx_stat_desc TEXT NOT NULL);
        CREATE TABLE ph_rx_ord_hdr(rx_nbr INTEGER PRIMARY KEY, pat_id INTEGER REFERENCES ph_pat_mst(pat_id),
            drug_id INTEGER REFERENCES ph_drug_mst(drug_id), prescr_emp_id INTEGER REFERENCES ph_emp_mst(emp_id),
            ord_dt TEXT, dose_desc TEXT, freq_cd TEXT, rx_stat_cd TEXT REFERENCES ph_rx_stat_lkp(rx_stat_cd),
            stop_dt TEXT);
        CREATE TABLE ph_disp_dtl(disp_id INTEGER PRIMARY KEY, rx_nbr INTEGER REFERENCES ph_rx_ord_hdr(rx_nbr),
            disp_ts TEXT, disp_qty INTEGER, pharm_emp_id INTEGER REFERENCES ph_emp_mst(emp_id),
            verif_emp_id INTEGER REFERENCES ph_emp_mst(emp_id));
    """,
    )
    people = _people(r, 120)
    emps = []
    # 1 director of pharmacy, 5 pharmacists under 1, 6 techs under pharmacists, 8 physicians
    for i in range(1, 21):
        g, f = people[i - 1]
        if i == 1:
            role, sup = "PHARM", None
        elif i <= 6:
            role, sup = "PHARM", 1
        elif i <= 12:
            role, sup = "TECH", 2 + (i % 5)
        else:
            role, sup = "PHYS", None
        nm = f"Dr. {g} {f}" if role == "PHYS" else f"{g} {f}"
        lic = None if role == "TECH" and i % 2 == 0 else f"{role[:2]}{r.randint(100000, 999999)}"
        emps.append((i, nm, role, lic, sup, _day(r, D(2008, 1, 1), 5800).isoformat()))
    _ins(c, "ph_emp_mst", emps)
    wards = [
        ("ICU", "Intensive Care Unit", 3, 20),
        ("MED", "Medical-Surgical", 4, 48),
        ("ONC", "Oncology", 5, 24),
        ("PED", "Pediatrics", 2, 18),
        ("CAR", "Cardiology", 4, 30),
        ("ORT", "Orthopedics", 6, 22),
    ]
    _ins(c, "ph_ward_lkp", wards)
    allergies = ["Penicillin", "Sulfa drugs", "Latex", "Codeine", "Penicillin; Latex", "Iodine contrast"]
    pats = []
    for i in range(1, 121):
        g, f = people[i - 1 + 0] if i > 20 else people[100 - i]
        ward = r.choice([w[0] for w in wards] + ["MED", "MED", "CAR"])
        born = _day(r, D(1935, 1, 1), 25000) if ward != "PED" else _day(r, D(2008, 1, 1), 5500)
        adm = _day(r, D(2024, 1, 1), (TODAY - D(2024, 1, 1)).days)
        los = r.randint(1, 21)
        dsch = adm + dt.timedelta(days=los)
        pats.append(
            (
                i,
                f"MRN{700000 + i * 37}",
                f"{f}, {g}",
                born.isoformat(),
                r.choice(["M", "F"]),
                ward,
                adm.isoformat(),
                None if dsch > TODAY else dsch.isoformat(),
                r.choice(allergies) if r.random() < 0.3 else None,
            )
        )
    _ins(c, "ph_pat_mst", pats)
    drugs = [
        ("Lipitor", "atorvastatin", "40 mg", "Tablet", "N", 0.42),
        ("Zosyn", "piperacillin-tazobactam", "3.375 g", "IV Bag", "N", 18.75),
        ("Lasix", "furosemide", "40 mg", "Tablet", "N", 0.12),
        ("Dilaudid", "hydromorphone", "2 mg", "Injection", "Y", 3.80),
        ("OxyContin", "oxycodone", "10 mg", "Tablet", "Y", 2.65),
        ("Lovenox", "enoxaparin", "40 mg", "Injection", "N", 14.20),
        ("Protonix", "pantoprazole", "40 mg", "Tablet", "N", 0.55),
        ("Zofran", "ondansetron", "4 mg", "Injection", "N", 1.10),
        ("Ativan", "lorazepam", "1 mg", "Tablet", "Y", 0.95),
        ("Vancocin", "vancomycin", "1 g", "IV Bag", "N", 22.40),
        ("Tylenol", "acetaminophen", "500 mg", "Tablet", "N", 0.05),
        ("Coumadin", "warfarin", "5 mg", "Tablet", "N", 0.30),
        ("Heparin", "heparin sodium", "5000 units", "Injection", "N", 2.15),
        ("Keppra", "levetiracetam", "500 mg", "Tablet", "N", 1.85),
        ("Morphine", "morphine sulfate", "4 mg", "Injection", "Y", 1.95),
        ("Humulin R", "insulin regular", "100 units/mL", "Injection", "N", 9.60),
        ("Toradol", "ketorolac", "30 mg", "Injection", "N", 2.05),
        ("Norco", "hydrocodone-acetaminophen", "5-325 mg", "Tablet", "Y", 0.48),
        ("Rocephin", "ceftriaxone", "1 g", "IV Bag", "N", 7.25),
        ("Metoprolol", "metoprolol tartrate", "25 mg", "Tablet", "N", 0.09),
        ("Amiodarone", "amiodarone", "200 mg", "Tablet", "N", 1.35),
    ]
    _ins(c, "ph_drug_mst", [(i + 1, *d) for i, d in enumerate(drugs)])
    _ins(c, "ph_rx_stat_lkp", [("A", "Active"), ("D", "Discontinued"), ("C", "Completed"), ("H", "On Hold")])
    freqs = ["QD", "BID", "TID", "Q6H", "Q8H", "PRN", "QHS"]
    rxs = []
    disps = []
    pharms = [e[0] for e in emps if e[2] == "PHARM"]
    techs = [e[0] for e in emps if e[2] == "TECH"]
    phys = [e[0] for e in emps if e[2] == "PHYS"]
    nrx = 0
    did = 0
    for p in pats:
        adm = D.fromisoformat(p[6])
        end = D.fromisoformat(p[7]) if p[7] else TODAY
        for _ in range(r.randint(1, 5)):
            nrx += 1
            drug = r.randint(1, len(drugs))
            if nrx % 17 == 0:
                drug = 21 if r.random() < 0.5 else drug
            if p[5] == "PED" and drug in (4, 5, 9, 15, 18):
                drug = 11
            od = adm + dt.timedelta(days=r.randint(0, max(0, (end - adm).days)))
            if p[7]:
                st = r.choice(["C", "C", "C", "D"])
                stop = od + dt.timedelta(days=r.randint(0, max(0, (end - od).days)))
            else:
                st = r.choice(["A", "A", "A", "H", "D"])
                stop = None if st in ("A", "H") else od + dt.timedelta(days=r.randint(0, (TODAY - od).days))
            rxs.append(
                (nrx, p[0], drug, r.choice(phys), od.isoformat(), drugs[drug - 1][2], r.choice(freqs), st, _iso(stop))
            )
            last = stop or end
            for _ in range(0 if st == "H" else r.randint(1, 4)):
                did += 1
                dd = od + dt.timedelta(days=r.randint(0, max(0, (last - od).days)))
                verif = r.choice(pharms) if r.random() > 0.06 else None
                disps.append(
                    (did, nrx, _ts(r, dd, 0, 23), r.choice([1, 1, 2, 3, 4, 6, 10]), r.choice(techs + pharms[1:]), verif)
                )
    _ins(c, "ph_rx_ord_hdr", rxs)
    disps.sort(key=lambda x: x[2])
    _ins(c, "ph_disp_dtl", [(i + 1, *x[1:]) for i, x in enumerate(disps)])
    _done(c)


def build_slsinv(path: Path) -> None:
    """A food-service distributor's customers, products and sales invoices."""
    r = random.Random(1305)
    c = _db(
        path,
        """
        CREATE TABLE sls_rep_mst(sls_rep_nbr INTEGER PRIMARY KEY, sls_rep_nm TEXT NOT NULL, rgn_nm TEXT,
            hire_dt TEXT, comm_pct REAL);
        CREATE TABLE pmt_terms_lkp(pmt_terms_cd TEXT PRIMARY KEY, pmt_terms_desc TEXT NOT NULL, due_days_qty INTEGER);
        CREATE TABLE cust_mst(cust_nbr INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, bill_addr TEXT, bill_cty TEXT,
            bill_st TEXT, bill_zip TEXT, sls_rep_nbr INTEGER REFERENCES sls_rep_mst(sls_rep_nbr),
            pmt_terms_cd TEXT REFERENCES pmt_terms_lkp(pmt_terms_cd), cr_lmt_amt REAL, actv_flg TEXT, setup_dt TEXT);
        CREATE TABLE prod_cls_lkp(prod_cls_cd TEXT PRIMARY KEY, prod_cls_desc TEXT NOT NULL);
        CREATE TABLE prod_mst(prod_nbr TEXT PRIMARY KEY, prod_desc TEXT NOT NULL,
            prod_cls_cd TEXT REFERENCES prod_cls_lkp(prod_cls_cd), uom_cd TEXT, list_prc_amt REAL, whse_cd TEXT,
            disc_flg TEXT);
        CREATE TABLE inv_hdr(inv_nbr INTEGER PRIMARY KEY, cust_nbr INTEGER REFERENCES cust_mst(cust_nbr), inv_dt TEXT,
            due_dt TEXT, shp_whse_cd TEXT, inv_tot_amt REAL, bal_due_amt REAL, void_flg TEXT);
        CREATE TABLE inv_dtl(inv_nbr INTEGER REFERENCES inv_hdr(inv_nbr), ln_nbr INTEGER,
            prod_nbr TEXT REFERENCES prod_mst(prod_nbr), shp_qty INTEGER, unit_prc_amt REAL, ext_amt REAL,
            PRIMARY KEY(inv_nbr, ln_nbr));
    """,
    )
    people = _people(r, 20)
    reps = []
    rgns = ["Gulf Coast", "Piedmont", "Mountain", "Gulf Coast", "Piedmont", "Mountain", "Tidewater"]
    for i in range(1, 8):
        g, f = people[i - 1]
        reps.append(
            (
                100 + i,
                f"{g} {f}",
                rgns[i - 1],
                _day(r, D(2014, 1, 1), 3500).isoformat(),
                [3.0, 3.5, 2.5, 4.0, 3.0, 2.75, 3.25][i - 1],
            )
        )
    _ins(c, "sls_rep_mst", reps)
    terms = [
        ("N30", "Net 30", 30),
        ("N15", "Net 15", 15),
        ("N45", "Net 45", 45),
        ("COD", "Cash on Delivery", 0),
        ("2N10", "2% 10 Net 30", 30),
    ]
    _ins(c, "pmt_terms_lkp", terms)
    kinds = [
        "Grill",
        "Bistro",
        "Diner",
        "Cafe",
        "Tavern",
        "Kitchen",
        "Smokehouse",
        "Taqueria",
        "Pizzeria",
        "Catering Co",
        "Bakery",
        "Oyster Bar",
    ]
    words = [
        "Magnolia",
        "Blue Heron",
        "Riverbend",
        "Oak Street",
        "Twin Pines",
        "Harbor",
        "Red Barn",
        "Golden Fork",
        "Peachtree",
        "Cypress",
        "Southern Table",
        "Brick Oven",
        "Copper Kettle",
        "Lakeside",
        "Sunrise",
        "Palmetto",
        "Iron Skillet",
        "Bayou",
        "Main Street",
        "Hilltop",
    ]
    places = [
        ("Atlanta", "GA", "303"),
        ("Savannah", "GA", "314"),
        ("Charlotte", "NC", "282"),
        ("Greenville", "SC", "296"),
        ("Mobile", "AL", "366"),
        ("Chattanooga", "TN", "374"),
        ("Asheville", "NC", "288"),
        ("Norfolk", "VA", "235"),
    ]
    rep_for = {"GA": [101, 104], "NC": [102, 105], "SC": [102, 105], "AL": [101, 104], "TN": [103, 106], "VA": [107]}
    names = r.sample([f"{w} {k}" for w in words for k in kinds], 60)
    custs = []
    for i, nm in enumerate(names, start=1):
        cty, st, z = places[r.randrange(len(places))]
        custs.append(
            (
                2000 + i,
                nm,
                f"{r.randint(100, 9999)} {r.choice(['Peachtree St', 'King St', 'Main St', 'Broad St', 'Market St'])}",
                cty,
                st,
                f"{z}{r.randint(10, 99)}",
                r.choice(rep_for[st]),
                r.choice(["N30"] * 5 + ["N15", "N45", "COD", "COD", "2N10"]),
                r.choice([2500.0, 5000.0, 5000.0, 10000.0, 15000.0, 25000.0]),
                "N" if i % 13 == 0 else "Y",
                _day(r, D(2016, 1, 1), 2900).isoformat(),
            )
        )
    _ins(c, "cust_mst", custs)
    classes = [
        ("PRO", "Produce"),
        ("MEA", "Meat & Poultry"),
        ("SEA", "Seafood"),
        ("DRY", "Dry Goods"),
        ("DAI", "Dairy"),
        ("PAP", "Paper & Disposables"),
        ("CHM", "Cleaning Chemicals"),
    ]
    _ins(c, "prod_cls_lkp", classes)
    prods_raw = [
        ("Romaine Hearts 3ct", "PRO", "CS", 28.50),
        ("Yellow Onions 50lb", "PRO", "BG", 24.75),
        ("Roma Tomatoes 25lb", "PRO", "CS", 31.20),
        ("Russet Potatoes 50lb", "PRO", "BG", 22.40),
        ("Lemons 165ct", "PRO", "CS", 46.00),
        ("Chicken Breast Boneless 40lb", "MEA", "CS", 112.00),
        ("Ground Beef 80/20 10lb", "MEA", "CS", 48.90),
        ("Pork Shoulder Bone-In", "MEA", "LB", 2.35),
        ("Bacon Thick Cut 15lb", "MEA", "CS", 71.50),
        ("Beef Brisket Choice", "MEA", "LB", 5.10),
        ("Gulf Shrimp 16/20 5lb", "SEA", "BX", 62.00),
        ("Catfish Fillets 15lb", "SEA", "CS", 88.25),
        ("Atlantic Salmon Fillet", "SEA", "LB", 9.40),
        ("Oysters Select 100ct", "SEA", "BX", 79.00),
        ("All-Purpose Flour 50lb", "DRY", "BG", 21.60),
        ("Long Grain Rice 50lb", "DRY", "BG", 34.80),
        ("Canola Oil 35lb", "DRY", "JG", 41.25),
        ("Penne Rigate 20lb", "DRY", "CS", 23.90),
        ("Grits Stone Ground 25lb", "DRY", "BG", 27.30),
        ("Whole Milk 4/1gal", "DAI", "CS", 19.80),
        ("Butter Salted 36lb", "DAI", "CS", 132.00),
        ("Cheddar Shredded 4/5lb", "DAI", "CS", 64.40),
        ("Heavy Cream 12qt", "DAI", "CS", 52.10),
        ("Eggs Large 15dz", "DAI", "CS", 38.70),
        ("To-Go Clamshell 9in 200ct", "PAP", "CS", 36.50),
        ("Napkins Kraft 6000ct", "PAP", "CS", 29.95),
        ("Nitrile Gloves L 1000ct", "PAP", "CS", 44.00),
        ("Foam Cup 16oz 1000ct", "PAP", "CS", 33.25),
        ("Degreaser Concentrate 4gal", "CHM", "CS", 57.80),
        ("Sanitizer Quat 2.5gal", "CHM", "JG", 38.40),
        ("Dish Detergent 5gal", "CHM", "PL", 66.90),
        ("Oven Cleaner 6ct", "CHM", "CS", 47.15),
    ]
    prods = []
    for i, (d, cl, u, p) in enumerate(prods_raw, start=1):
        prods.append(
            (
                f"{cl}-{1000 + i * 7}",
                d,
                cl,
                u,
                p,
                r.choice(["ATL", "ATL", "CLT", "MOB"]),
                "Y" if i in (10, 19, 28) else "N",
            )
        )
    _ins(c, "prod_mst", prods)
    hdrs = []
    dtls = []
    tdays = {t[0]: t[2] for t in terms}
    buyers = [cu for cu in custs if cu[0] not in (2007, 2044)]
    for k in range(1, 341):
        cu = r.choice(buyers)
        d = _day(r, D(2023, 1, 2), (TODAY - D(2023, 1, 2)).days)
        due = d + dt.timedelta(days=tdays[cu[7]])
        whse = "ATL" if cu[4] in ("GA", "AL", "SC") else r.choice(["CLT", "CLT", "ATL"])
        if cu[4] == "AL" and r.random() < 0.6:
            whse = "MOB"
        tot = 0.0
        for ln in range(1, r.randint(1, 6) + 1):
            pr = r.choice(prods)
            q = r.randint(1, 12) if pr[3] != "LB" else r.randint(10, 80)
            up = round(pr[4] * r.choice([1.0, 1.0, 0.97, 0.95, 1.03]), 2)
            ext = round(q * up, 2)
            tot += ext
            dtls.append((700000 + k, ln, pr[0], q, up, ext))
        tot = round(tot, 2)
        void = "Y" if k % 37 == 0 else "N"
        age = (TODAY - d).days
        if void == "Y":
            bal = 0.0
        elif age < 40:
            bal = tot if r.random() < 0.7 else round(tot * r.choice([0.5, 0.25]), 2)
        elif age < 120:
            bal = tot if r.random() < 0.2 else 0.0
        else:
            bal = tot if r.random() < 0.04 else 0.0
        hdrs.append((700000 + k, cu[0], d.isoformat(), due.isoformat(), whse, tot, bal, void))
    hdrs.sort(key=lambda h: h[2])
    remap = {h[0]: 700001 + i for i, h in enumerate(hdrs)}
    _ins(c, "inv_hdr", [(remap[h[0]], *h[1:]) for h in hdrs])
    _ins(c, "inv_dtl", sorted([(remap[x[0]], *x[1:]) for x in dtls]))
    _done(c)


def build_hrpay(path: Path) -> None:
    """An HR and payroll system: employees, departments, jobs, benefits and pay checks."""
    r = random.Random(1306)
    c = _db(
        path,
        """
        CREATE TABLE hr_dept_lkp(dept_cd TEXT PRIMARY KEY, dept_desc TEXT NOT NULL, loc_cty TEXT, cost_ctr_nbr TEXT);
        CREATE TABLE hr_job_lkp(job_cd TEXT PRIMARY KEY, job_desc TEXT NOT NULL, pay_grd_cd TEXT, exempt_ind TEXT);
        CREATE TABLE hr_emp_stat_lkp(emp_stat_cd TEXT PRIMARY KEY, emp_stat_desc TEXT NOT NULL);
        CREATE TABLE hr_emp_mst(emp_nbr INTEGER PRIMARY KEY, emp_nm TEXT NOT NULL, dept_cd TEXT REFERENCES hr_dept_lkp(dept_cd),
            job_cd TEXT REFERENCES hr_job_lkp(job_cd), mgr_emp_nbr INTEGER REFERENCES hr_emp_mst(emp_nbr),
            emp_stat_cd TEXT REFERENCES hr_emp_stat_lkp(emp_stat_cd), hire_dt TEXT, term_dt TEXT, ft_ind TEXT,
            ann_sal_amt REAL, hrly_rt_amt REAL, home_st_cd TEXT);
        CREATE TABLE hr_bnft_pln_lkp(pln_cd TEXT PRIMARY KEY, pln_desc TEXT NOT NULL, pln_typ_nm TEXT,
            mo_er_cost_amt REAL);
        CREATE TABLE hr_emp_bnft_xref(emp_nbr INTEGER REFERENCES hr_emp_mst(emp_nbr),
            pln_cd TEXT REFERENCES hr_bnft_pln_lkp(pln_cd), cvg_lvl_cd TEXT, enrl_dt TEXT,
            PRIMARY KEY(emp_nbr, pln_cd));
        CREATE TABLE py_chk_hist(chk_nbr INTEGER PRIMARY KEY, emp_nbr INTEGER REFERENCES hr_emp_mst(emp_nbr),
            pay_dt TEXT, reg_hrs_qty REAL, ot_hrs_qty REAL, gross_amt REAL, fed_tax_amt REAL, net_amt REAL);
    """,
    )
    depts = [
        ("FIN", "Finance", "Columbus", "CC-1100"),
        ("HRS", "Human Resources", "Columbus", "CC-1200"),
        ("OPS", "Operations", "Dayton", "CC-2100"),
        ("WHS", "Warehouse", "Dayton", "CC-2200"),
        ("ITS", "Information Technology", "Columbus", "CC-1300"),
        ("SLS", "Sales", "Cincinnati", "CC-3100"),
        ("CSV", "Customer Service", "Cincinnati", "CC-3200"),
    ]
    _ins(c, "hr_dept_lkp", depts)
    jobs = [
        ("DIR", "Director", "G9", "Y"),
        ("MGR", "Manager", "G7", "Y"),
        ("SUP", "Supervisor", "G5", "N"),
        ("ANL", "Analyst", "G5", "Y"),
        ("ENG", "Engineer", "G6", "Y"),
        ("ACC", "Accountant", "G5", "Y"),
        ("REP", "Representative", "G3", "N"),
        ("CLK", "Clerk", "G2", "N"),
        ("WKR", "Warehouse Associate", "G2", "N"),
        ("DRV", "Driver", "G3", "N"),
    ]
    _ins(c, "hr_job_lkp", jobs)
    _ins(c, "hr_emp_stat_lkp", [("A", "Active"), ("L", "Leave of Absence"), ("T", "Terminated")])
    people = _people(r, 140)
    emps = []
    n = 0

    def add(dept: str, job: str, mgr: int | None) -> int:
        nonlocal n
        n += 1
        g, f = people[n - 1]
        hire = _day(r, D(2010, 1, 1), 5500) if job in ("DIR", "MGR") else _day(r, D(2014, 1, 1), 4200)
        roll = r.random()
        st = "A"
        term = None
        if job not in ("DIR",) and roll < 0.12:
            st = "T"
            term = _day(r, max(hire + dt.timedelta(days=60), D(2023, 1, 1)), 800)
            term = min(term, TODAY - dt.timedelta(days=3))
        elif job not in ("DIR",) and roll < 0.17:
            st = "L"
        exempt = {j[0]: j[3] for j in jobs}[job] == "Y"
        base = {
            "DIR": 165000,
            "MGR": 112000,
            "SUP": 68000,
            "ANL": 78000,
            "ENG": 104000,
            "ACC": 74000,
            "REP": 0,
            "CLK": 0,
            "WKR": 0,
            "DRV": 0,
        }[job]
        sal = round(base * r.uniform(0.88, 1.2), -2) if exempt or job == "SUP" else None
        rate = None if sal else round(r.uniform(17.5, 27.0), 2)
        ft = "N" if rate and r.random() < 0.2 else "Y"
        emps.append(
            (
                1000 + n,
                f"{f}, {g}",
                dept,
                job,
                mgr,
                st,
                hire.isoformat(),
                _iso(term),
                ft,
                sal,
                rate,
                r.choice(["OH", "OH", "OH", "OH", "KY", "IN"]),
            )
        )
        return 1000 + n

    ceo = add("OPS", "DIR", None)
    plan = {
        "FIN": [("ACC", 4), ("ANL", 2), ("CLK", 1)],
        "HRS": [("ANL", 2), ("CLK", 2)],
        "OPS": [("SUP", 2), ("ANL", 1), ("DRV", 7)],
        "WHS": [("SUP", 3), ("WKR", 16)],
        "ITS": [("ENG", 6), ("ANL", 2)],
        "SLS": [("REP", 10), ("ANL", 1)],
        "CSV": [("SUP", 1), ("REP", 8), ("CLK", 1)],
    }
    for dcd, _, _, _ in depts:
        head = ceo if dcd == "OPS" else add(dcd, "DIR" if dcd in ("FIN", "SLS") else "MGR", ceo)
        sups = []
        for job, cnt in plan[dcd]:
            for _ in range(cnt):
                if job == "SUP":
                    sups.append(add(dcd, job, head))
                else:
                    add(dcd, job, r.choice(sups) if sups and job in ("WKR", "DRV", "REP") else head)
    _ins(c, "hr_emp_mst", emps)
    plans = [
        ("MEDPPO", "Medical PPO", "Medical", 612.0),
        ("MEDHDH", "Medical High Deductible", "Medical", 455.0),
        ("DENBAS", "Dental Basic", "Dental", 38.0),
        ("VISION", "Vision Care", "Vision", 9.5),
        ("LIFE2X", "Supplemental Life 2x Salary", "Life", 14.0),
        ("401KMT", "401(k) Match", "Retirement", 0.0),
        ("FSAHC", "Health Care FSA", "Spending Account", 0.0),
    ]
    _ins(c, "hr_bnft_pln_lkp", plans)
    xref = []
    for e in emps:
        if e[8] == "N":
            if r.random() < 0.5:
                xref.append((e[0], "401KMT", "EE", e[6]))
            continue
        hire = D.fromisoformat(e[6])
        enr = max(hire + dt.timedelta(days=30), D(2023, 1, 1)).isoformat()
        med = r.choice(["MEDPPO", "MEDPPO", "MEDHDH", None])
        for p in (
            med,
            "DENBAS" if r.random() < 0.75 else None,
            "VISION" if r.random() < 0.55 else None,
            "LIFE2X" if e[9] and r.random() < 0.3 else None,
            "401KMT" if r.random() < 0.7 else None,
            "FSAHC" if r.random() < 0.15 else None,
        ):
            if p:
                xref.append(
                    (e[0], p, r.choice(["EE", "ES", "EC", "FAM"]) if p not in ("401KMT", "LIFE2X") else "EE", enr)
                )
    _ins(c, "hr_emp_bnft_xref", xref)
    chks = []
    pay = D(2024, 1, 5)
    while pay <= TODAY:
        for e in emps:
            hire = D.fromisoformat(e[6])
            if hire > pay or (e[7] and D.fromisoformat(e[7]) < pay) or (e[5] == "L" and pay > D(2025, 3, 1)):
                continue
            if e[9]:
                reg, ot = 80.0, 0.0
                gross = round(e[9] / 26, 2)
            else:
                reg = 80.0 if e[8] == "Y" else float(r.choice([40, 48, 56, 60]))
                ot = float(r.choice([0, 0, 0, 0, 2, 4, 6, 10])) if e[3] in ("WKR", "DRV", "SUP") else 0.0
                gross = round(reg * e[10] + ot * e[10] * 1.5, 2)
            fed = round(gross * 0.12, 2)
            chks.append((e[0], pay.isoformat(), reg, ot, gross, fed, round(gross - fed - gross * 0.0765, 2)))
        pay += dt.timedelta(days=14)
    _ins(c, "py_chk_hist", [(300000 + i, *x) for i, x in enumerate(chks, start=1)])
    _done(c)


BUILDERS = {
    "fldsvc": build_fldsvc,
    "illnet": build_illnet,
    "farecard": build_farecard,
    "rxdisp": build_rxdisp,
    "slsinv": build_slsinv,
    "hrpay": build_hrpay,
}
