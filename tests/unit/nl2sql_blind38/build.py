"""Six small business and public-service databases for the thirty-eighth blind English-to-SQL corpus.

- ``bellfoundry`` (``t_`` tables with typed column prefixes ``n_`` number, ``s_`` string, ``d_`` date; a
  self-referencing ``t_bell.n_recast_of_id``): a bell foundry casting church bells and rings. ``t_alloy`` (alloy
  codes with copper and tin percent and cost per kg), ``t_customer`` (type CH church, SC school, MU municipality or
  PR private; city and country), ``t_craftsman`` (first and last name, role, hourly rate, ``d_left`` NULL while
  employed), ``t_order`` (ordered, promised and delivered dates, status O open, C complete, X cancelled, quoted
  total), ``t_bell`` (musical note, weight in kg, diameter in mm, optional inscription, the older bell it was
  recast from), ``t_casting`` (pour date, metal used, QC pass 'Y'/'N') and the link table ``t_casting_crew``.
- ``ferry`` (terse abbreviations: ``vsl``, ``prt``, ``rte``, ``crw``, ``dep_ts``, ``arr_ts``, ``pax``): a small
  island ferry operator out of Oban. ``prt`` (port codes, island flag), ``vsl`` (passenger and vehicle capacity,
  built year, in-service 'Y'/'N'), ``rte`` (origin and destination port, distance in nautical miles, passenger and
  car fares), ``crw`` (crew with rank, ``term_dt`` NULL while employed), ``crw_vsl`` (which crew are rostered to
  which vessel; ``to_dt`` NULL means current), ``sail`` (scheduled departure, actual departure and arrival
  timestamps, cancelled flag 0/1 with a reason) and ``bkg`` (lead passenger's name, passengers, vehicle type,
  fare, channel WEB, PHN or TRM, refunded 'Y'/'N').
- ``beekeeping`` (all-lowercase run-together names: ``memberid``, ``joindate``, ``honeykg``; self-referencing
  ``members.mentorid``): a beekeepers' cooperative. ``members`` (village, active flag 0/1, mentor),
  ``apiaries`` (keeper, forage type, elevation), ``hives`` (hive type, installed and removed dates, queen year,
  queen marked 'Y'/'N'), ``inspections`` (inspector, varroa mite count, queen seen 'Y'/'N', brood frames,
  temper 1 to 5), ``harvests`` (kg of honey, honey type, moisture percent), ``equipment`` and the loan table
  ``equipmentloans`` (``returndate`` NULL while still out).
- ``pianotuning`` (Title_Case_With_Underscores): a piano tuning and repair service. ``Client`` (first and last
  name, optional organisation, client type Home, School, Church, Venue or Studio), ``Technician`` (certified
  'Y'/'N', ``Finished_On`` NULL while working), ``Piano`` (make, model, type Upright, Grand or Digital Hybrid,
  year built, ``Disposed_On``), ``Service_Type`` (service codes with standard price), ``Appointment`` (date, start
  time, status B booked, C completed, X cancelled, N no access, pitch before tuning in Hz, miles travelled),
  the link table ``Appointment_Service`` (price charged per service) and ``Invoice`` (``Paid_On`` NULL while
  unpaid).
- ``skirental`` (SCREAMING_SNAKE with three-letter abbreviations: ``CST_MST``, ``EQP_MST``, ``RNT_HDR``,
  ``RNT_DTL``; money in integer cents; self-referencing ``STF_MST.STF_MGR_ID``): a ski and bike rental shop in a
  mountain resort. ``EQP_CAT`` (category codes with daily rate and season W or S), ``STF_MST`` (staff with role
  and manager, active 'Y'/'N'), ``CST_MST`` (country code, ski level B, I, A or E), ``EQP_MST`` (brand, model,
  size, purchase price, ``EQP_RTR_DT`` NULL while in use), ``RNT_HDR`` (out timestamp, due date, return
  timestamp NULL while still out, deposit, insurance 'Y'/'N'), ``RNT_DTL`` (rented items with line amount) and
  ``DMG_RPT`` (damage with repair cost and whether the customer was charged).
- ``orchestra`` (natural snake_case, singular tables, statuses as small integer codes with lookup tables): a
  community orchestra. ``member_status`` (1 active, 2 on leave, 3 resigned, 4 trial), ``concert_status`` (1
  planned, 2 performed, 3 cancelled), ``section`` (instrument section and family), ``musician`` (first and last
  name, section, principal flag 0/1, ``left_on``), ``venue`` (capacity, hire fee), ``concert`` (date, title,
  conductor, optional soloist, tickets sold, ticket price), ``piece`` (composer, title, duration) and the link
  table ``concert_piece`` (running order).
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
ONE = dt.timedelta(days=1)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _ts(d: dt.date, hh: int, mm: int) -> str:
    return f"{d.isoformat()} {hh:02d}:{mm:02d}"


# -------------------------------------------------------------------------------------------------- bellfoundry
def build_bellfoundry(path: Path) -> None:
    r = random.Random(38001)
    c = fresh_db(
        path,
        """
        CREATE TABLE t_alloy (
            s_alloy_code TEXT PRIMARY KEY, s_alloy_name TEXT NOT NULL, n_copper_pct REAL NOT NULL,
            n_tin_pct REAL NOT NULL, n_cost_per_kg REAL NOT NULL);
        CREATE TABLE t_customer (
            n_customer_id INTEGER PRIMARY KEY, s_name TEXT NOT NULL, s_type TEXT NOT NULL, s_city TEXT NOT NULL,
            s_country TEXT NOT NULL, d_registered TEXT NOT NULL);
        CREATE TABLE t_craftsman (
            n_craftsman_id INTEGER PRIMARY KEY, s_first_name TEXT NOT NULL, s_last_name TEXT NOT NULL,
            s_role TEXT NOT NULL, n_hourly_rate REAL NOT NULL, d_hired TEXT NOT NULL, d_left TEXT);
        CREATE TABLE t_order (
            n_order_id INTEGER PRIMARY KEY, n_customer_id INTEGER NOT NULL REFERENCES t_customer(n_customer_id),
            d_ordered TEXT NOT NULL, d_promised TEXT NOT NULL, d_delivered TEXT, s_status TEXT NOT NULL,
            n_quote_total REAL NOT NULL);
        CREATE TABLE t_bell (
            n_bell_id INTEGER PRIMARY KEY, n_order_id INTEGER NOT NULL REFERENCES t_order(n_order_id),
            s_alloy_code TEXT NOT NULL REFERENCES t_alloy(s_alloy_code), s_note TEXT NOT NULL,
            n_weight_kg REAL NOT NULL, n_diameter_mm INTEGER NOT NULL, n_price REAL NOT NULL, s_inscription TEXT,
            n_recast_of_id INTEGER REFERENCES t_bell(n_bell_id));
        CREATE TABLE t_casting (
            n_casting_id INTEGER PRIMARY KEY, n_bell_id INTEGER NOT NULL REFERENCES t_bell(n_bell_id),
            d_cast TEXT NOT NULL, n_metal_kg REAL NOT NULL, n_pour_temp_c INTEGER NOT NULL, s_qc_pass TEXT NOT NULL);
        CREATE TABLE t_casting_crew (
            n_casting_id INTEGER NOT NULL REFERENCES t_casting(n_casting_id),
            n_craftsman_id INTEGER NOT NULL REFERENCES t_craftsman(n_craftsman_id),
            PRIMARY KEY (n_casting_id, n_craftsman_id));
        """,
    )
    alloys = [
        ("BB", "Bell bronze", 78.0, 22.0, 14.8),
        ("HB", "High-tin bronze", 76.0, 24.0, 16.2),
        ("SB", "Silicon bronze", 95.0, 0.0, 12.4),
        ("WB", "White bronze", 70.0, 30.0, 17.5),
    ]
    insert(c, "t_alloy", alloys)
    cost = {a[0]: a[4] for a in alloys}
    places = [
        ("Ludlow", "England"), ("Hereford", "England"), ("Shrewsbury", "England"), ("Worcester", "England"),
        ("Bath", "England"), ("York", "England"), ("Norwich", "England"), ("Lincoln", "England"),
        ("Cardiff", "Wales"), ("Brecon", "Wales"), ("Perth", "Scotland"), ("Inverness", "Scotland"),
        ("Galway", "Ireland"), ("Kilkenny", "Ireland"), ("Utrecht", "Netherlands"), ("Freiburg", "Germany"),
        ("Boston", "USA"), ("Charleston", "USA"), ("Adelaide", "Australia"), ("Dunedin", "New Zealand"),
    ]  # fmt: skip
    pw = [9, 7, 6, 6, 5, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 3, 2, 2, 2]
    saints = ["Mary", "Peter", "Michael", "Andrew", "John", "Lawrence", "Margaret", "Giles", "Nicholas", "Botolph",
              "Helen", "James", "Bartholomew", "Oswald", "Laurence", "Chad"]  # fmt: skip
    private = full_names(r, 20)
    seen: set[str] = set()
    custs = []
    while len(custs) < 82:
        city, country = r.choices(places, pw)[0]
        ty = r.choices(["CH", "SC", "MU", "PR"], [56, 14, 14, 16])[0]
        if ty == "CH":
            nm = f"St {r.choice(saints)}'s Church, {city}"
        elif ty == "SC":
            nm = f"{city} {r.choice(['Grammar School', 'College', 'Academy'])}"
        elif ty == "MU":
            nm = f"{city} {r.choice(['Town Council', 'City Council'])}"
        else:
            nm = private.pop()
        if nm in seen:
            continue
        seen.add(nm)
        custs.append([len(custs) + 1, nm, ty, city, country, None])
    order_days = sorted(day_between(r, D(2019, 1, 7), D(2025, 6, 10)) for _ in range(130))
    notes = ["C", "D", "E flat", "E", "F", "G", "A flat", "A", "B flat", "B"]
    scale = ["D", "C sharp", "B", "A", "G", "F sharp", "E", "D"]
    inscriptions = ["Gloria in excelsis Deo", "Laudate Dominum", "Vivos voco, mortuos plango", "Peace be with you",
                    "Recast for the Jubilee", "In memory of the fallen", None, None, None, None]  # fmt: skip
    craftsmen = [
        (1, "Edmund", "Whitcombe", "Master Founder", 48.0, "2004-04-01", None),
        (2, "Harriet", "Pyke", "Tuner", 38.5, "2011-09-12", None),
        (3, "Owen", "Radcliffe", "Moulder", 29.0, "2013-02-04", None),
        (4, "Gareth", "Lowe", "Caster", 30.5, "2014-06-16", "2022-11-30"),
        (5, "Nina", "Sorensen", "Moulder", 27.5, "2017-03-06", None),
        (6, "Tom", "Ashdown", "Furnaceman", 28.0, "2018-10-01", None),
        (7, "Ravi", "Chandran", "Caster", 31.0, "2019-05-13", None),
        (8, "Lucy", "Fairbairn", "Finisher", 26.0, "2020-01-20", "2024-08-30"),
        (9, "Declan", "Moss", "Finisher", 25.5, "2021-07-05", None),
        (10, "Ines", "Carvalho", "Tuner", 34.0, "2022-02-14", None),
        (11, "Jakub", "Nowak", "Caster", 27.0, "2023-01-09", None),
        (12, "Aoife", "Brennan", "Moulder", 24.5, "2025-06-11", None),
    ]
    insert(c, "t_craftsman", craftsmen)

    def crew_on(d: dt.date) -> list[int]:
        return [
            k[0]
            for k in craftsmen
            if k[3] != "Tuner" and D.fromisoformat(k[5]) <= d and (k[6] is None or D.fromisoformat(k[6]) > d)
        ]

    cw = [min(r.paretovariate(1.3), 5.0) for _ in custs[:72]]  # customers 73-82 never ordered
    orders, bells, castings, crew = [], [], [], []
    delivered_bells: dict[int, list[int]] = {}
    recast_used: set[int] = set()
    for oid, od in enumerate(order_days, 1):
        cu = r.choices(custs[:72], cw)[0]
        if cu[5] is None or D.fromisoformat(cu[5]) > od:
            cu[5] = _iso(_plus(od, -r.randint(0, 45)))
        lead = r.randint(120, 330)
        prom = _plus(od, lead)
        deliv = None
        if r.random() < 0.06:
            st = "X"
        else:
            dd = _plus(prom, r.choice([-20, -10, -5, 0, 0, 3, 7, 14, 21, 35, 50]))
            if dd <= LAST:
                st, deliv = "C", dd
            else:
                st = "O"
        if cu[2] == "CH":
            nb = r.choices([1, 1, 2, 3, 6, 8], [30, 10, 12, 10, 22, 16])[0]
        else:
            nb = r.choices([1, 2, 3], [70, 20, 10])[0]
        tenor = r.uniform(250, 1450) if nb >= 6 else r.uniform(35, 900)
        total = 0.0
        my_bells = []
        for k in range(nb):
            bid = len(bells) + 1
            w = round(tenor * (0.83**k) if nb >= 6 else r.uniform(35, 900), 1)
            al = r.choices(["BB", "HB", "SB", "WB"], [75, 12, 8, 5])[0]
            note = scale[k] if nb >= 6 else r.choice(notes)
            diam = round(120 * w ** (1 / 3) * r.uniform(0.97, 1.03))
            price = round(w * cost[al] * 2.2 + 650, -1)
            total += price
            recast = None
            prev = [b for b in delivered_bells.get(cu[0], []) if b not in recast_used]
            if prev and r.random() < 0.12:
                recast = r.choice(prev)
                recast_used.add(recast)
            elif r.random() < 0.02 and bells:
                old = r.choice(bells)
                if old[1] < oid and old[0] not in recast_used and orders[old[1] - 1][5] == "C":
                    recast = old[0]
                    recast_used.add(recast)
            bells.append((bid, oid, al, note, w, diam, price, r.choice(inscriptions), recast))
            my_bells.append(bid)
            if st == "X":
                continue
            end = deliv or prom
            span = (end - od).days
            cd = _plus(od, r.randint(30, int(span * 0.6)))
            tries = 0
            while cd <= LAST and tries < 3:
                tries += 1
                ok = "N" if (tries == 1 and r.random() < 0.13) else "Y"
                cid = len(castings) + 1
                castings.append((cid, bid, _iso(cd), round(w * r.uniform(1.15, 1.3), 1), r.randint(1080, 1150), ok))
                team = crew_on(cd)
                for who in r.sample(team, min(len(team), r.choice([2, 2, 3]))):
                    crew.append((cid, who))
                if ok == "Y":
                    break
                cd = _plus(cd, r.randint(7, 20))
        hang = r.choice([0.0, 0.0, 1500.0, 3200.0]) if nb > 1 else 0.0
        orders.append((oid, cu[0], _iso(od), _iso(prom), _iso(deliv) if deliv else None, st, round(total + hang, 2)))
        if st == "C":
            delivered_bells.setdefault(cu[0], []).extend(my_bells)
    for cu in custs:
        if cu[5] is None:
            cu[5] = _iso(day_between(r, D(2024, 3, 1), D(2025, 6, 5)))
    insert(c, "t_customer", [tuple(x) for x in custs])
    insert(c, "t_order", orders)
    insert(c, "t_bell", bells)
    castings.sort(key=lambda x: (x[2], x[0]))
    renum = {x[0]: i for i, x in enumerate(castings, 1)}
    insert(c, "t_casting", [(renum[x[0]], *x[1:]) for x in castings])
    insert(c, "t_casting_crew", sorted((renum[a], b) for a, b in crew))
    done(c)


# -------------------------------------------------------------------------------------------------------- ferry
def build_ferry(path: Path) -> None:
    r = random.Random(38002)
    c = fresh_db(
        path,
        """
        CREATE TABLE prt (prt_cd TEXT PRIMARY KEY, prt_nm TEXT NOT NULL, isl_flg INTEGER NOT NULL, berths INTEGER NOT NULL);
        CREATE TABLE vsl (
            vsl_id INTEGER PRIMARY KEY, vsl_nm TEXT NOT NULL, imo_no TEXT NOT NULL, pax_cap INTEGER NOT NULL,
            veh_cap INTEGER NOT NULL, blt_yr INTEGER NOT NULL, in_svc TEXT NOT NULL);
        CREATE TABLE rte (
            rte_id INTEGER PRIMARY KEY, rte_cd TEXT NOT NULL, orig_prt TEXT NOT NULL REFERENCES prt(prt_cd),
            dest_prt TEXT NOT NULL REFERENCES prt(prt_cd), dist_nm REAL NOT NULL, pax_fare REAL NOT NULL,
            car_fare REAL NOT NULL);
        CREATE TABLE crw (
            crw_id INTEGER PRIMARY KEY, fst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL, rnk TEXT NOT NULL,
            hire_dt TEXT NOT NULL, term_dt TEXT);
        CREATE TABLE crw_vsl (
            crw_id INTEGER NOT NULL REFERENCES crw(crw_id), vsl_id INTEGER NOT NULL REFERENCES vsl(vsl_id),
            frm_dt TEXT NOT NULL, to_dt TEXT, PRIMARY KEY (crw_id, vsl_id, frm_dt));
        CREATE TABLE sail (
            sail_id INTEGER PRIMARY KEY, rte_id INTEGER NOT NULL REFERENCES rte(rte_id),
            vsl_id INTEGER NOT NULL REFERENCES vsl(vsl_id), dep_ts TEXT NOT NULL, act_dep_ts TEXT, arr_ts TEXT,
            cxl_flg INTEGER NOT NULL, cxl_rsn TEXT);
        CREATE TABLE bkg (
            bkg_id INTEGER PRIMARY KEY, sail_id INTEGER NOT NULL REFERENCES sail(sail_id), bkg_ts TEXT NOT NULL,
            lead_nm TEXT NOT NULL, pax INTEGER NOT NULL, veh_typ TEXT, fare_amt REAL NOT NULL, chnl TEXT NOT NULL,
            rfnd TEXT NOT NULL);
        """,
    )
    ports = [
        ("OBN", "Oban", 0, 3), ("CRN", "Craignure", 1, 1), ("CLL", "Arinagour, Coll", 1, 1),
        ("TIR", "Scarinish, Tiree", 1, 1), ("LSM", "Achnacroish, Lismore", 1, 1), ("TOB", "Tobermory", 1, 2),
    ]  # fmt: skip
    insert(c, "prt", ports)
    vessels = [
        (1, "MV Isle of Lorne", "9003745", 650, 60, 1999, "Y"),
        (2, "MV Coll Lady", "9230014", 280, 30, 2002, "Y"),
        (3, "MV Loch Rannoch", "8719227", 200, 24, 1988, "Y"),
        (4, "MV Morvern Spirit", "9802001", 450, 48, 2019, "Y"),
        (5, "MV Kerrera", "8616001", 120, 10, 1987, "N"),
    ]
    insert(c, "vsl", vessels)
    routes = [
        (1, "R01", "OBN", "CRN", 9.8, 4.2, 16.5),
        (2, "R02", "CRN", "OBN", 9.8, 4.2, 16.5),
        (3, "R03", "OBN", "CLL", 44.5, 11.8, 52.0),
        (4, "R04", "CLL", "TIR", 11.2, 4.5, 18.0),
        (5, "R05", "OBN", "LSM", 6.9, 3.1, 13.8),
    ]
    insert(c, "rte", routes)
    crew_def = [
        ("Master", 4), ("Chief Officer", 3), ("Chief Engineer", 3), ("Deckhand", 8), ("Purser", 3),
    ]  # fmt: skip
    names = full_names(r, 21)
    crew, cv = [], []
    k = 0
    for rank, n in crew_def:
        for _ in range(n):
            k += 1
            f, s = names[k - 1].split(" ")
            hire = day_between(r, D(2006, 1, 1), D(2024, 10, 1))
            term = None
            if k in (4, 9, 15, 19):
                term = _iso(day_between(r, D(2025, 1, 20), D(2025, 5, 30)))
            crew.append((k, f, s, rank, _iso(hire), term))
            v1 = (k % 4) + 1
            start = max(hire, D(2021, 4, 1))
            if r.random() < 0.4:
                mid = day_between(r, _plus(start, 30), D(2025, 3, 31))
                v2 = ((k + 1) % 4) + 1
                cv.append((k, v1, _iso(start), _iso(mid)))
                cv.append((k, v2, _iso(_plus(mid, 1)), term))
            else:
                cv.append((k, v1, _iso(start), term))
    insert(c, "crw", crew)
    insert(c, "crw_vsl", cv)
    times = {1: (8, 30), 2: (10, 15), 3: (7, 15), 4: (10, 40), 5: (13, 0)}
    sails = []
    d = D(2025, 1, 6)
    while d <= D(2025, 6, 30):
        todays = [1, 2]
        if d.weekday() in (0, 2, 4):
            todays += [3, 4]
        if d.weekday() == 5:
            todays.append(5)
        for rid in todays:
            if rid in (1, 2):
                v = 1 if r.random() < 0.75 else 4
            elif rid in (3, 4):
                v = 2 if r.random() < 0.85 else 3
            else:
                v = 5 if d < D(2025, 3, 1) else 3
            hh, mm = times[rid]
            dep = dt.datetime(d.year, d.month, d.day, hh, mm)
            dist = routes[rid - 1][4]
            act = arr = rsn = None
            cxl = 0
            if d <= LAST:
                p = 0.12 if d.month <= 2 else 0.04
                if r.random() < p:
                    cxl = 1
                    rsn = r.choices(["weather", "technical", "crew shortage"], [75, 18, 7])[0]
                else:
                    delay = 0 if r.random() < 0.55 else r.choice([2, 5, 5, 8, 10, 15, 20, 25, 40, 65])
                    ad = dep + dt.timedelta(minutes=delay)
                    ar = ad + dt.timedelta(minutes=round(dist / 11.5 * 60) + r.randint(-3, 6))
                    act, arr = ad.strftime("%Y-%m-%d %H:%M"), ar.strftime("%Y-%m-%d %H:%M")
            sails.append((len(sails) + 1, rid, v, dep.strftime("%Y-%m-%d %H:%M"), act, arr, cxl, rsn))
        d += ONE
    insert(c, "sail", sails)
    leads = full_names(r, 420, exclude=names)
    bk = []
    for s in sails:
        rt = routes[s[1] - 1]
        sd = D.fromisoformat(s[3][:10])
        busy = 1.8 if sd.month >= 5 else 1.0
        for _ in range(r.choices([0, 1, 2, 3], [15, 35, 35, 15])[0] + (1 if busy > 1 and r.random() < 0.5 else 0)):
            bd = min(_plus(sd, -r.choice([0, 0, 1, 2, 3, 7, 10, 14, 21, 30, 45])), LAST)
            pax = r.choices([1, 2, 3, 4, 5, 6], [30, 35, 12, 14, 5, 4])[0]
            veh = r.choices([None, "CAR", "VAN", "MC", "CYC"], [52, 32, 5, 4, 7])[0]
            vf = {None: 0.0, "CAR": rt[6], "VAN": rt[6] * 1.6, "MC": rt[6] * 0.5, "CYC": 0.0}[veh]
            fare = round(pax * rt[5] + vf, 2)
            ch = r.choices(["WEB", "PHN", "TRM"], [60, 15, 25])[0]
            hh = r.randint(6, 22)
            if bd == sd and ch == "TRM":
                hh = max(6, int(s[3][11:13]) - 1)
            bk.append((_ts(bd, hh, r.randrange(60)), s[0], r.choice(leads), pax, veh, fare, ch, "Y" if s[6] else "N"))
    bk.sort(key=lambda x: (x[0], x[1]))
    insert(c, "bkg", [(i, b[1], b[0], *b[2:]) for i, b in enumerate(bk, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- beekeeping
def build_beekeeping(path: Path) -> None:
    r = random.Random(38003)
    c = fresh_db(
        path,
        """
        CREATE TABLE members (
            memberid INTEGER PRIMARY KEY, firstname TEXT NOT NULL, lastname TEXT NOT NULL, village TEXT NOT NULL,
            joindate TEXT NOT NULL, mentorid INTEGER REFERENCES members(memberid), isactive INTEGER NOT NULL,
            phone TEXT);
        CREATE TABLE apiaries (
            apiaryid INTEGER PRIMARY KEY, apiaryname TEXT NOT NULL, memberid INTEGER NOT NULL REFERENCES members(memberid),
            village TEXT NOT NULL, foragetype TEXT NOT NULL, elevationm INTEGER NOT NULL);
        CREATE TABLE hives (
            hiveid INTEGER PRIMARY KEY, apiaryid INTEGER NOT NULL REFERENCES apiaries(apiaryid), hivelabel TEXT NOT NULL,
            hivetype TEXT NOT NULL, installdate TEXT NOT NULL, removeddate TEXT, queenyear INTEGER,
            queenmarked TEXT NOT NULL);
        CREATE TABLE inspections (
            inspectionid INTEGER PRIMARY KEY, hiveid INTEGER NOT NULL REFERENCES hives(hiveid),
            inspectedon TEXT NOT NULL, inspectorid INTEGER NOT NULL REFERENCES members(memberid),
            varroacount INTEGER NOT NULL, queenseen TEXT NOT NULL, broodframes INTEGER NOT NULL,
            temper INTEGER NOT NULL, notes TEXT);
        CREATE TABLE harvests (
            harvestid INTEGER PRIMARY KEY, hiveid INTEGER NOT NULL REFERENCES hives(hiveid), harvestdate TEXT NOT NULL,
            honeykg REAL NOT NULL, honeytype TEXT NOT NULL, moisturepct REAL NOT NULL);
        CREATE TABLE equipment (
            equipmentid INTEGER PRIMARY KEY, equipmentname TEXT NOT NULL, purchasedate TEXT NOT NULL,
            purchasecost REAL NOT NULL);
        CREATE TABLE equipmentloans (
            loanid INTEGER PRIMARY KEY, equipmentid INTEGER NOT NULL REFERENCES equipment(equipmentid),
            memberid INTEGER NOT NULL REFERENCES members(memberid), loandate TEXT NOT NULL, returndate TEXT);
        """,
    )
    villages = ["Ashby", "Brampton", "Cheriton", "Dunsford", "Elmstead", "Fenwick", "Grayling"]
    names = full_names(r, 46)
    mem = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        if i <= 8:
            jd = day_between(r, D(2012, 3, 1), D(2014, 12, 31))
            mentor = None
        else:
            jd = day_between(r, D(2015, 1, 1), D(2025, 5, 20))
            older = [m for m in mem if D.fromisoformat(m[4]) < jd and m[6] == 1]
            mentor = r.choice(older[: max(8, len(older) // 2)])[0] if r.random() < 0.8 else None
        active = 0 if (r.random() < 0.15 and jd < D(2023, 1, 1)) else 1
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.85 else None
        mem.append((i, f, s, r.choice(villages), _iso(jd), mentor, active, phone))
    mem.sort(key=lambda m: m[4])
    remap = {m[0]: i for i, m in enumerate(mem, 1)}
    mem = [(remap[m[0]], m[1], m[2], m[3], m[4], remap[m[5]] if m[5] else None, m[6], m[7]) for m in mem]
    insert(c, "members", mem)
    forage = ["wildflower", "heather", "oilseed rape", "orchard", "lime trees", "clover"]
    sites = ["Meadow", "Orchard", "Top Field", "Church Lane", "Mill Farm", "Heath", "Allotment", "Copse", "Barn",
             "Riverside", "Old Quarry", "Glebe"]  # fmt: skip
    keepers = [m for m in mem if m[6] == 1][:36] + [m for m in mem if m[6] == 0][:3]
    api = []
    taken: set[str] = set()
    for m in keepers:
        for _ in range(r.choices([1, 2], [80, 20])[0]):
            an = f"{m[3]} {r.choice(sites)}"
            while an in taken:
                an = f"{m[3]} {r.choice(sites)}"
            taken.add(an)
            api.append(
                (
                    len(api) + 1,
                    an,
                    m[0],
                    m[3],
                    r.choices(forage, [30, 12, 15, 15, 10, 18])[0],
                    r.randint(20, 340),
                )
            )
    insert(c, "apiaries", api)
    hives = []
    for a in api:
        jd = D.fromisoformat(mem[a[2] - 1][4])
        for k in range(r.choices([1, 2, 3, 4], [25, 35, 25, 15])[0]):
            inst = day_between(r, max(jd, D(2019, 4, 1)), D(2025, 5, 15))
            rem = None
            if r.random() < 0.18:
                rem = day_between(r, _plus(inst, 60), _plus(inst, 900))
                if rem > LAST:
                    rem = None
            if mem[a[2] - 1][6] == 0 and rem is None:
                rem = max(inst, D(2023, 10, 1)) + dt.timedelta(days=20)
            qy = r.randint(max(2019, inst.year - 1), min(2025, (rem or LAST).year)) if r.random() < 0.92 else None
            hives.append(
                (
                    len(hives) + 1,
                    a[0],
                    f"{a[1].split(' ')[0][:3].upper()}-{a[0]:02d}{chr(65 + k)}",
                    r.choices(["National", "WBC", "Langstroth", "Top Bar", "Warre"], [55, 15, 15, 8, 7])[0],
                    _iso(inst),
                    _iso(rem) if rem else None,
                    qy,
                    "Y" if qy and r.random() < 0.6 else "N",
                )
            )
    insert(c, "hives", hives)
    insp, harv = [], []
    note_pool = ["queen cells seen", "added super", "chalkbrood", "low stores, fed syrup", "swarm control done",
                 "very calm", "aggressive on opening", "drone laying?", None, None, None, None, None, None]  # fmt: skip
    for h in hives:
        inst = D.fromisoformat(h[4])
        end = D.fromisoformat(h[5]) if h[5] else LAST
        api_row = api[h[1] - 1]
        keeper = api_row[2]
        for yr in (2023, 2024, 2025):
            s0, s1 = max(inst, D(yr, 4, 1)), min(end, D(yr, 9, 30))
            if s0 >= s1:
                continue
            for _ in range(r.choices([0, 1, 2, 3], [10, 30, 40, 20])[0]):
                dd = day_between(r, s0, s1)
                who = keeper if r.random() < 0.7 or mem[keeper - 1][5] is None else mem[keeper - 1][5]
                vc = int(min(r.lognormvariate(1.3, 1.0), 60) * (1.8 if dd.month >= 8 else 1.0))
                insp.append(
                    (
                        dd,
                        h[0],
                        who,
                        vc,
                        "Y" if r.random() < 0.7 else "N",
                        r.randint(2, 9),
                        r.choices([1, 2, 3, 4, 5], [25, 35, 22, 12, 6])[0],
                        r.choice(note_pool),
                    )
                )
            for typ, lo, hi, p in (("spring", (5, 10), (6, 14), 0.5), ("summer", (8, 1), (8, 31), 0.75),
                                   ("heather", (9, 10), (9, 30), 0.0)):  # fmt: skip
                if typ == "heather" and api_row[4] == "heather":
                    p = 0.7
                a0, a1 = max(inst, D(yr, *lo)), min(end, D(yr, *hi))
                if a0 >= a1 or r.random() >= p:
                    continue
                kg = round(r.uniform(4, 22) * (1.2 if api_row[4] == "oilseed rape" and typ == "spring" else 1.0), 1)
                harv.append((day_between(r, a0, a1), h[0], kg, typ, round(r.uniform(16.2, 19.4), 1)))
    insp.sort(key=lambda x: (x[0], x[1]))
    insert(c, "inspections", [(i, x[1], _iso(x[0]), *x[2:]) for i, x in enumerate(insp, 1)])
    harv.sort(key=lambda x: (x[0], x[1]))
    insert(c, "harvests", [(i, x[1], _iso(x[0]), *x[2:]) for i, x in enumerate(harv, 1)])
    equip = [
        (1, "Radial honey extractor", "2014-03-12", 780.0), (2, "Tangential extractor", "2016-05-02", 420.0),
        (3, "Uncapping tray", "2014-03-12", 95.0), (4, "Wax melter", "2018-06-20", 310.0),
        (5, "Refractometer", "2019-07-01", 65.0), (6, "Observation hive", "2020-04-14", 240.0),
        (7, "Honey settling tank", "2021-02-09", 185.0), (8, "Oxalic acid vaporiser", "2022-11-03", 150.0),
        (9, "Heather honey press", "2024-08-26", 560.0),
    ]  # fmt: skip
    insert(c, "equipment", equip)
    loans = []
    actives = [m for m in mem if m[6] == 1]
    for _ in range(130):
        e = r.choices(equip, [25, 14, 18, 10, 8, 3, 8, 12, 0])[0]
        ld = day_between(r, max(D.fromisoformat(e[2]), D(2022, 1, 10)), D(2025, 6, 12))
        m = r.choice([x for x in actives if D.fromisoformat(x[4]) <= ld] or actives[:5])
        rd = _plus(ld, r.randint(1, 14))
        loans.append((ld, e[0], m[0], _iso(rd) if rd <= LAST else None))
    for ld in (D(2025, 6, 5), D(2025, 6, 9), D(2025, 6, 12)):
        e = r.choice(equip[:8])
        loans.append((ld, e[0], r.choice(actives)[0], None))
    loans.sort()
    insert(c, "equipmentloans", [(i, x[1], x[2], _iso(x[0]), x[3]) for i, x in enumerate(loans, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- pianotuning
def build_pianotuning(path: Path) -> None:
    r = random.Random(38004)
    c = fresh_db(
        path,
        """
        CREATE TABLE Client (
            Client_ID INTEGER PRIMARY KEY, First_Name TEXT NOT NULL, Last_Name TEXT NOT NULL, Organisation TEXT,
            Client_Type TEXT NOT NULL, Town TEXT NOT NULL, Joined_On TEXT NOT NULL);
        CREATE TABLE Technician (
            Technician_ID INTEGER PRIMARY KEY, First_Name TEXT NOT NULL, Last_Name TEXT NOT NULL,
            Is_Certified TEXT NOT NULL, Mileage_Rate REAL NOT NULL, Started_On TEXT NOT NULL, Finished_On TEXT);
        CREATE TABLE Piano (
            Piano_ID INTEGER PRIMARY KEY, Client_ID INTEGER NOT NULL REFERENCES Client(Client_ID), Make TEXT NOT NULL,
            Model TEXT, Piano_Type TEXT NOT NULL, Year_Built INTEGER, Serial_Number TEXT, Finish TEXT NOT NULL,
            Disposed_On TEXT);
        CREATE TABLE Service_Type (
            Service_Code TEXT PRIMARY KEY, Service_Name TEXT NOT NULL, Standard_Price REAL NOT NULL,
            Typical_Minutes INTEGER NOT NULL);
        CREATE TABLE Appointment (
            Appointment_ID INTEGER PRIMARY KEY, Piano_ID INTEGER NOT NULL REFERENCES Piano(Piano_ID),
            Technician_ID INTEGER NOT NULL REFERENCES Technician(Technician_ID), Appointment_Date TEXT NOT NULL,
            Start_Time TEXT NOT NULL, Status_Code TEXT NOT NULL, Pitch_Before_Hz REAL, Miles_Travelled REAL);
        CREATE TABLE Appointment_Service (
            Appointment_ID INTEGER NOT NULL REFERENCES Appointment(Appointment_ID),
            Service_Code TEXT NOT NULL REFERENCES Service_Type(Service_Code), Price_Charged REAL NOT NULL,
            PRIMARY KEY (Appointment_ID, Service_Code));
        CREATE TABLE Invoice (
            Invoice_ID INTEGER PRIMARY KEY, Appointment_ID INTEGER NOT NULL REFERENCES Appointment(Appointment_ID),
            Issued_On TEXT NOT NULL, Total_Amount REAL NOT NULL, Paid_On TEXT, Payment_Method TEXT);
        """,
    )
    towns = ["Harrogate", "Knaresborough", "Ripon", "Wetherby", "Otley", "Ilkley", "Skipton"]
    names = full_names(r, 150)
    orgs = {
        "School": ["Primary School", "High School", "Prep School", "Academy"],
        "Church": ["Methodist Church", "Parish Church", "Baptist Chapel", "Quaker Meeting House"],
        "Venue": ["Arts Centre", "Village Hall", "Playhouse", "Hotel"],
        "Studio": ["Recording Studio", "Music Studio", "Dance Studio"],
    }
    cl = []
    used: set[str] = set()
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        ty = r.choices(["Home", "School", "Church", "Venue", "Studio"], [68, 11, 9, 8, 4])[0]
        town = r.choices(towns, [28, 14, 14, 12, 12, 12, 8])[0]
        org = None
        if ty != "Home":
            org = f"{town} {r.choice(orgs[ty])}"
            if org in used:
                org = f"{s} {r.choice(orgs[ty])}"
            used.add(org)
        cl.append((i, f, s, org, ty, town, _iso(day_between(r, D(2018, 1, 1), D(2025, 5, 31)))))
    insert(c, "Client", cl)
    techs = [
        (1, "Malcolm", "Ferris", "Y", 0.45, "2009-05-01", None),
        (2, "Sian", "Prothero", "Y", 0.45, "2014-09-15", None),
        (3, "Dominic", "Achebe", "N", 0.40, "2019-03-04", "2023-12-22"),
        (4, "Hannah", "Lindqvist", "Y", 0.45, "2021-01-11", None),
        (5, "Callum", "Reyes", "N", 0.40, "2024-02-05", None),
    ]
    insert(c, "Technician", techs)
    makes = {
        "Yamaha": (["U1", "U3", "b1", "C3", "GB1"], 30), "Kawai": (["K-300", "K-200", "GL-20"], 18),
        "Steinway": (["Model O", "Model K", "Model B", "Model S"], 6), "Bechstein": (["Model 8", "A 114"], 5),
        "Chappell": ([None, "Upright"], 10), "Challen": ([None], 8), "Danemann": (["Upright"], 5),
        "Petrof": (["P 118", "P 131"], 6), "Broadwood": ([None, "Cottage"], 7), "Knight": (["K10", "K6"], 5),
    }  # fmt: skip
    grands = {"C3", "GB1", "GL-20", "Model O", "Model B", "Model S"}
    finishes = ["black polyester", "walnut", "mahogany", "rosewood", "satin ebony", "white", "oak"]
    pianos = []
    for cli in cl:
        cnt = r.choices([0, 1, 2, 3], [6, 76, 14, 4])[0] if cli[4] == "Home" else r.choice([1, 2, 3, 4])
        for _ in range(cnt):
            mk = r.choices(list(makes), [v[1] for v in makes.values()])[0]
            model = r.choice(makes[mk][0])
            ptype = "Grand" if model in grands else "Upright"
            if mk == "Yamaha" and r.random() < 0.12:
                ptype, model = "Digital Hybrid", "AvantGrand N1X"
            yb = None if r.random() < 0.12 else r.randint(1890 if mk in ("Broadwood", "Chappell") else 1960, 2022)
            ser = f"{r.randint(100000, 6999999)}" if r.random() < 0.8 else None
            disp = None
            if r.random() < 0.07:
                disp = _iso(day_between(r, D(2022, 1, 1), D(2025, 5, 31)))
            pianos.append((len(pianos) + 1, cli[0], mk, model, ptype, yb, ser, r.choice(finishes), disp))
    insert(c, "Piano", pianos)
    services = [
        ("TUN", "Standard tuning", 75.0, 60), ("PIT", "Pitch raise", 40.0, 30), ("REG", "Regulation", 160.0, 180),
        ("VOI", "Voicing", 90.0, 90), ("STR", "String replacement", 25.0, 20), ("INS", "Inspection and report", 55.0, 45),
        ("HUM", "Humidity control install", 320.0, 120), ("MOV", "Post-move settling tuning", 85.0, 60),
    ]  # fmt: skip
    insert(c, "Service_Type", services)
    sp = {s[0]: s[2] for s in services}

    def tech_on(d: dt.date) -> list[tuple]:
        return [t for t in techs if D.fromisoformat(t[5]) <= d and (t[6] is None or D.fromisoformat(t[6]) > d)]

    appts, aserv, invs = [], [], []
    cand = [p for p in pianos if p[4] != "Digital Hybrid" or r.random() < 0.3]
    days = sorted(day_between(r, D(2022, 1, 4), D(2025, 7, 11)) for _ in range(470))
    for ad in days:
        if ad.weekday() == 6:
            ad = _plus(ad, 1)
        p = r.choice([x for x in cand if (x[8] is None or D.fromisoformat(x[8]) > ad)])
        t = r.choices(tech_on(ad), [4 if x[0] in (1, 2) else 3 for x in tech_on(ad)])[0]
        st = "B" if ad >= TODAY else r.choices(["C", "X", "N"], [88, 8, 4])[0]
        pitch = round(r.uniform(432.0, 440.5), 1) if st == "C" else None
        miles = round(r.uniform(1.5, 38.0), 1) if st in ("C", "N") else None
        aid = len(appts) + 1
        appts.append(
            (
                aid,
                p[0],
                t[0],
                _iso(ad),
                f"{r.choice([8, 9, 10, 11, 13, 14, 15, 16])}:{r.choice(['00', '30'])}".zfill(5),
                st,
                pitch,
                miles,
            )
        )
        if st == "X":
            continue
        codes = ["INS"] if p[4] == "Digital Hybrid" else ["TUN"]
        if pitch is not None and pitch < 436 and codes == ["TUN"]:
            codes.append("PIT")
        for extra, pr in (("REG", 0.06), ("VOI", 0.07), ("STR", 0.08), ("HUM", 0.03), ("MOV", 0.04)):
            if r.random() < pr and codes[0] == "TUN":
                codes.append(extra)
        if st == "N":
            codes = ["INS"]
        tot = 0.0
        for code in codes:
            price = sp[code] if r.random() < 0.8 else round(sp[code] * r.choice([0.9, 1.1, 1.2]), 2)
            if ad < D(2024, 1, 1):
                price = round(price * 0.92, 2)
            tot += price
            aserv.append((aid, code, price))
        if st in ("C", "N"):
            tot += round(miles * t[4], 2) if miles and miles > 15 else 0.0
            paid = _plus(ad, r.randint(0, 40))
            paid_ok = paid <= LAST and r.random() < 0.95
            invs.append(
                (
                    len(invs) + 1,
                    aid,
                    _iso(ad),
                    round(tot, 2),
                    _iso(paid) if paid_ok else None,
                    r.choices(["Card", "Bank transfer", "Cheque", "Cash"], [40, 40, 12, 8])[0] if paid_ok else None,
                )
            )
    insert(c, "Appointment", appts)
    insert(c, "Appointment_Service", aserv)
    insert(c, "Invoice", invs)
    done(c)


# ---------------------------------------------------------------------------------------------------- skirental
def build_skirental(path: Path) -> None:
    r = random.Random(38005)
    c = fresh_db(
        path,
        """
        CREATE TABLE EQP_CAT (
            CAT_CD TEXT PRIMARY KEY, CAT_DSC TEXT NOT NULL, DLY_RT_CTS INTEGER NOT NULL, SSN_CD TEXT NOT NULL);
        CREATE TABLE STF_MST (
            STF_ID INTEGER PRIMARY KEY, STF_FST_NM TEXT NOT NULL, STF_LST_NM TEXT NOT NULL, STF_RL TEXT NOT NULL,
            STF_MGR_ID INTEGER REFERENCES STF_MST(STF_ID), STF_HIR_DT TEXT NOT NULL, STF_ACT_FLG TEXT NOT NULL);
        CREATE TABLE CST_MST (
            CST_ID INTEGER PRIMARY KEY, CST_FST_NM TEXT NOT NULL, CST_LST_NM TEXT NOT NULL, CST_EML TEXT,
            CST_CTRY TEXT NOT NULL, CST_SKI_LVL TEXT, CST_CRT_DT TEXT NOT NULL);
        CREATE TABLE EQP_MST (
            EQP_ID INTEGER PRIMARY KEY, CAT_CD TEXT NOT NULL REFERENCES EQP_CAT(CAT_CD), EQP_BRD TEXT NOT NULL,
            EQP_MDL TEXT NOT NULL, EQP_SZ TEXT NOT NULL, EQP_PRC_DT TEXT NOT NULL, EQP_PRC_CTS INTEGER NOT NULL,
            EQP_RTR_DT TEXT);
        CREATE TABLE RNT_HDR (
            RNT_ID INTEGER PRIMARY KEY, CST_ID INTEGER NOT NULL REFERENCES CST_MST(CST_ID),
            STF_ID INTEGER NOT NULL REFERENCES STF_MST(STF_ID), RNT_OUT_TS TEXT NOT NULL, RNT_DUE_DT TEXT NOT NULL,
            RNT_RTN_TS TEXT, RNT_DPS_CTS INTEGER NOT NULL, RNT_INS_FLG TEXT NOT NULL);
        CREATE TABLE RNT_DTL (
            RNT_ID INTEGER NOT NULL REFERENCES RNT_HDR(RNT_ID), EQP_ID INTEGER NOT NULL REFERENCES EQP_MST(EQP_ID),
            RNT_DYS INTEGER NOT NULL, LN_AMT_CTS INTEGER NOT NULL, PRIMARY KEY (RNT_ID, EQP_ID));
        CREATE TABLE DMG_RPT (
            DMG_ID INTEGER PRIMARY KEY, RNT_ID INTEGER NOT NULL REFERENCES RNT_HDR(RNT_ID),
            EQP_ID INTEGER NOT NULL REFERENCES EQP_MST(EQP_ID), DMG_RPT_DT TEXT NOT NULL, DMG_DSC TEXT NOT NULL,
            RPR_CST_CTS INTEGER NOT NULL, CST_CHG_FLG TEXT NOT NULL);
        """,
    )
    cats = [
        ("SKI", "Alpine skis", 2800, "W"), ("SNB", "Snowboard", 2600, "W"), ("BOT", "Ski boots", 1500, "W"),
        ("SBB", "Snowboard boots", 1300, "W"), ("HLM", "Helmet", 600, "W"), ("POL", "Poles", 400, "W"),
        ("XCS", "Cross-country skis", 2000, "W"), ("MTB", "Mountain bike", 4500, "S"), ("EBK", "E-bike", 6900, "S"),
    ]  # fmt: skip
    insert(c, "EQP_CAT", cats)
    rate = {x[0]: x[2] for x in cats}
    staff = [
        (1, "Lukas", "Brunner", "MGR", None, "2012-11-01", "Y"),
        (2, "Sofia", "Marchetti", "MGR", 1, "2016-11-15", "Y"),
        (3, "Noah", "Keller", "TEC", 2, "2017-12-01", "Y"),
        (4, "Emma", "Vidal", "CSR", 2, "2019-12-05", "N"),
        (5, "Felix", "Aebischer", "CSR", 2, "2021-11-20", "Y"),
        (6, "Mia", "Rossi", "TEC", 1, "2022-12-01", "Y"),
        (7, "Jonas", "Imhof", "CSR", 1, "2023-12-01", "Y"),
        (8, "Lea", "Favre", "CSR", 2, "2024-12-02", "Y"),
        (9, "Tim", "Gasser", "CSR", 7, "2025-05-01", "Y"),
    ]
    insert(c, "STF_MST", staff)
    countries = ["CH", "DE", "GB", "FR", "NL", "IT", "US", "BE", "DK"]
    names = full_names(r, 230)
    cst = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        eml = f"{f.lower()}.{s.lower()}@{r.choice(['gmail.com', 'gmx.ch', 'outlook.com', 'web.de', 'yahoo.co.uk'])}"
        cst.append(
            (
                i,
                f,
                s,
                eml if r.random() < 0.88 else None,
                r.choices(countries, [30, 22, 15, 10, 8, 5, 4, 3, 3])[0],
                r.choices(["B", "I", "A", "E", None], [22, 38, 25, 8, 7])[0],
                _iso(day_between(r, D(2023, 11, 15), D(2025, 6, 1))),
            )
        )
    cst.sort(key=lambda x: x[6])
    cst = [(i, *x[1:]) for i, x in enumerate(cst, 1)]
    insert(c, "CST_MST", cst)
    brands = {
        "SKI": [("Atomic", "Redster X7"), ("Rossignol", "Experience 82"), ("Head", "Supershape e-Rally"), ("Volkl", "Deacon 76")],
        "SNB": [("Burton", "Custom"), ("Nitro", "Team"), ("Salomon", "Huck Knife")],
        "BOT": [("Lange", "LX 90"), ("Salomon", "S/Pro 100"), ("Tecnica", "Mach1")],
        "SBB": [("Burton", "Moto"), ("DC", "Phase")],
        "HLM": [("Uvex", "p1us 2.0"), ("Smith", "Level"), ("POC", "Obex")],
        "POL": [("Leki", "Neolite"), ("Komperdell", "Carbon")],
        "XCS": [("Fischer", "Twin Skin"), ("Madshus", "Nordic")],
        "MTB": [("Scott", "Spark 930"), ("Trek", "Fuel EX 8")],
        "EBK": [("Specialized", "Turbo Levo"), ("Cube", "Stereo Hybrid 140")],
    }  # fmt: skip
    sizes = {
        "SKI": ["150", "158", "166", "174", "182"], "SNB": ["148", "154", "158", "162"],
        "BOT": ["24.5", "25.5", "26.5", "27.5", "28.5", "29.5"], "SBB": ["25", "26", "27", "28", "29"],
        "HLM": ["S", "M", "L"], "POL": ["110", "120", "130"], "XCS": ["180", "190", "200"],
        "MTB": ["S", "M", "L", "XL"], "EBK": ["M", "L"],
    }  # fmt: skip
    counts = {"SKI": 40, "SNB": 18, "BOT": 40, "SBB": 16, "HLM": 30, "POL": 26, "XCS": 10, "MTB": 14, "EBK": 8}
    cost = {"SKI": 52000, "SNB": 45000, "BOT": 38000, "SBB": 26000, "HLM": 9000, "POL": 6000, "XCS": 30000,
            "MTB": 320000, "EBK": 560000}  # fmt: skip
    eq = []
    for cat, n in counts.items():
        for _ in range(n):
            brd, mdl = r.choice(brands[cat])
            pd = (
                day_between(r, D(2021, 10, 1), D(2024, 11, 30))
                if cat not in ("MTB", "EBK")
                else day_between(r, D(2022, 4, 1), D(2025, 4, 30))
            )
            rt = None
            if r.random() < 0.1:
                rt = _iso(day_between(r, max(pd, D(2024, 4, 20)), D(2025, 5, 31)))
            eq.append(
                [
                    len(eq) + 1,
                    cat,
                    brd,
                    mdl,
                    r.choice(sizes[cat]),
                    _iso(pd),
                    round(cost[cat] * r.uniform(0.9, 1.1), -2),
                    rt,
                ]
            )
    insert(c, "EQP_MST", [tuple(x) for x in eq])

    def on_duty(d: dt.date) -> list[int]:
        ok = [s[0] for s in staff if D.fromisoformat(s[5]) <= d and s[0] != 1]
        if d >= D(2025, 4, 1):
            ok = [x for x in ok if x != 4]
        return ok or [1]

    board = ["edge damage", "base core shot", "binding cracked", "top sheet delaminated"]
    boots = ["buckle broken", "shell crack", "liner torn"]
    bike = ["derailleur bent", "puncture and rim dent", "brake lever snapped", "chain snapped"]
    damage = {"SKI": board, "SNB": board, "XCS": board, "BOT": boots, "SBB": boots, "HLM": ["shell crack", "strap torn"],
              "POL": ["pole bent", "basket missing"], "MTB": bike, "EBK": [*bike, "battery mount cracked"]}  # fmt: skip
    periods = [(D(2023, 12, 9), D(2024, 4, 14), "W"), (D(2024, 5, 20), D(2024, 10, 13), "S"),
               (D(2024, 12, 7), D(2025, 4, 21), "W"), (D(2025, 5, 17), LAST, "S")]  # fmt: skip
    hdr, dtl, dmg = [], [], []
    plan = []
    for p0, p1, ssn in periods:
        n = {"W": 170, "S": 45}[ssn] if p1 != LAST else 22
        for _ in range(n):
            plan.append((day_between(r, p0, p1), ssn))
    plan.sort()
    for od, ssn in plan:
        cu = r.choice([x for x in cst if D.fromisoformat(x[6]) <= od] or cst[:3])
        days = r.choices([1, 2, 3, 4, 5, 6, 7], [20, 15, 15, 10, 12, 18, 10])[0]
        due = _plus(od, days)
        rid = len(hdr) + 1
        out = _ts(od, r.randint(8, 11), r.randrange(60))
        ret = None
        if due < TODAY and rid % 97 != 0:
            rd = _plus(due, r.choices([0, 0, 0, 0, -1, 1, 2], [50, 10, 10, 10, 8, 8, 4])[0])
            if rd <= LAST:
                ret = _ts(rd, r.randint(15, 18), r.randrange(60))
        ins = "Y" if r.random() < 0.42 else "N"
        if ssn == "W":
            kit = r.choices(
                [
                    ["SKI", "BOT", "POL"],
                    ["SKI", "BOT", "POL", "HLM"],
                    ["SNB", "SBB"],
                    ["SNB", "SBB", "HLM"],
                    ["SKI"],
                    ["BOT"],
                    ["XCS"],
                    ["HLM"],
                ],
                [30, 22, 12, 10, 10, 6, 5, 5],
            )[0]
        else:
            kit = r.choices([["MTB"], ["EBK"], ["MTB", "HLM"], ["EBK", "HLM"]], [35, 30, 20, 15])[0]
        items = []
        for cat in kit:
            pool = [
                e
                for e in eq
                if e[1] == cat and D.fromisoformat(e[5]) <= od and (e[7] is None or D.fromisoformat(e[7]) > od)
            ]
            if pool:
                items.append(r.choice(pool))
        if not items:
            continue
        dps = 20000 if ssn == "S" else 10000
        hdr.append((rid, cu[0], r.choice(on_duty(od)), out, _iso(due), ret, dps, ins))
        for e in items:
            amt = rate[e[1]] * days
            if days >= 6:
                amt = int(amt * 0.85)
            dtl.append((rid, e[0], days, amt))
        if ret and r.random() < 0.07:
            e = r.choice(items)
            desc = r.choice(damage[e[1]])
            rep = r.choice([1500, 2500, 4000]) if e[1] in ("POL", "HLM") else r.choice([2500, 4000, 6500, 9000, 14000])
            dmg.append((len(dmg) + 1, rid, e[0], ret[:10], desc, rep, "N" if ins == "Y" else r.choice(["Y", "Y", "N"])))
    insert(c, "RNT_HDR", hdr)
    insert(c, "RNT_DTL", dtl)
    insert(c, "DMG_RPT", dmg)
    done(c)


# ---------------------------------------------------------------------------------------------------- orchestra
def build_orchestra(path: Path) -> None:
    r = random.Random(38006)
    c = fresh_db(
        path,
        """
        CREATE TABLE member_status (status_id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE concert_status (status_id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE section (section_id INTEGER PRIMARY KEY, name TEXT NOT NULL, family TEXT NOT NULL);
        CREATE TABLE musician (
            musician_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            section_id INTEGER NOT NULL REFERENCES section(section_id),
            status_id INTEGER NOT NULL REFERENCES member_status(status_id), is_principal INTEGER NOT NULL,
            joined_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE venue (
            venue_id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, capacity INTEGER NOT NULL,
            hire_fee REAL NOT NULL);
        CREATE TABLE concert (
            concert_id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venue(venue_id),
            concert_date TEXT NOT NULL, title TEXT NOT NULL, conductor TEXT NOT NULL, soloist TEXT,
            status_id INTEGER NOT NULL REFERENCES concert_status(status_id), tickets_sold INTEGER,
            ticket_price REAL NOT NULL);
        CREATE TABLE piece (
            piece_id INTEGER PRIMARY KEY, composer TEXT NOT NULL, title TEXT NOT NULL, duration_min INTEGER NOT NULL,
            year_composed INTEGER);
        CREATE TABLE concert_piece (
            concert_id INTEGER NOT NULL REFERENCES concert(concert_id), piece_id INTEGER NOT NULL REFERENCES piece(piece_id),
            running_order INTEGER NOT NULL, PRIMARY KEY (concert_id, piece_id));
        """,
    )
    insert(c, "member_status", [(1, "active"), (2, "on leave"), (3, "resigned"), (4, "trial")])
    insert(c, "concert_status", [(1, "planned"), (2, "performed"), (3, "cancelled")])
    sections = [
        (1, "Violin I", "strings", 10), (2, "Violin II", "strings", 9), (3, "Viola", "strings", 6),
        (4, "Cello", "strings", 7), (5, "Double Bass", "strings", 3), (6, "Flute", "woodwind", 3),
        (7, "Oboe", "woodwind", 2), (8, "Clarinet", "woodwind", 3), (9, "Bassoon", "woodwind", 2),
        (10, "Horn", "brass", 4), (11, "Trumpet", "brass", 3), (12, "Trombone", "brass", 3),
        (13, "Tuba", "brass", 1), (14, "Percussion", "percussion", 3), (15, "Harp", "strings", 0),
    ]  # fmt: skip
    insert(c, "section", [s[:3] for s in sections])
    total = sum(s[3] for s in sections)
    names = full_names(r, total + 40)
    mus = []
    k = 0
    for sid, _nm, _fam, n in sections:
        for j in range(n + r.choice([0, 0, 1, 1, 2])):
            k += 1
            f, s = names[k - 1].split(" ")
            jd = day_between(r, D(2008, 9, 1), D(2025, 4, 30) if j else D(2018, 8, 31))
            st = r.choices([1, 2, 3], [78, 7, 15])[0]
            if jd > D(2024, 9, 1):
                st = 4 if r.random() < 0.7 else 1
            left = _iso(day_between(r, max(_plus(jd, 120), D(2021, 1, 1)), D(2025, 5, 31))) if st == 3 else None
            email = f"{f[0].lower()}{s.lower()}@{r.choice(['gmail.com', 'btinternet.com', 'outlook.com'])}"
            mus.append((k, f, s, email if r.random() < 0.9 else None, sid, st, 1 if j == 0 else 0, _iso(jd), left))
    for i, m in enumerate(mus):
        if m[6] == 1 and m[5] == 3:
            mus[i] = (*m[:5], 1, *m[6:8], None)
    insert(c, "musician", mus)
    venues = [
        (1, "St Cuthbert's Church", "Durham", 320, 250.0), (2, "Gala Theatre", "Durham", 500, 1100.0),
        (3, "Town Hall", "Bishop Auckland", 420, 650.0), (4, "Sage Hall Two", "Gateshead", 400, 1450.0),
        (5, "Methodist Central Hall", "Darlington", 280, 180.0), (6, "Castle Great Hall", "Durham", 220, 900.0),
    ]  # fmt: skip
    insert(c, "venue", venues)
    pieces = [
        ("Beethoven", "Symphony No. 5", 31, 1808), ("Beethoven", "Symphony No. 7", 36, 1812),
        ("Beethoven", "Egmont Overture", 9, 1810), ("Beethoven", "Piano Concerto No. 4", 34, 1806),
        ("Brahms", "Symphony No. 2", 42, 1877), ("Brahms", "Academic Festival Overture", 10, 1880),
        ("Brahms", "Violin Concerto", 39, 1878), ("Dvorak", "Symphony No. 9 'From the New World'", 41, 1893),
        ("Dvorak", "Cello Concerto", 40, 1895), ("Dvorak", "Carnival Overture", 10, 1891),
        ("Tchaikovsky", "Symphony No. 5", 47, 1888), ("Tchaikovsky", "Romeo and Juliet Fantasy Overture", 20, 1880),
        ("Tchaikovsky", "Nutcracker Suite", 24, 1892), ("Elgar", "Enigma Variations", 30, 1899),
        ("Elgar", "Cello Concerto", 30, 1919), ("Elgar", "Serenade for Strings", 12, 1892),
        ("Vaughan Williams", "The Lark Ascending", 15, 1920),
        ("Vaughan Williams", "Fantasia on a Theme by Thomas Tallis", 16, 1910),
        ("Holst", "The Planets", 50, 1916), ("Holst", "St Paul's Suite", 13, 1913),
        ("Mozart", "Symphony No. 40", 30, 1788), ("Mozart", "Overture: The Marriage of Figaro", 5, 1786),
        ("Mozart", "Clarinet Concerto", 28, 1791), ("Mozart", "Piano Concerto No. 21", 28, 1785),
        ("Sibelius", "Finlandia", 8, 1899), ("Sibelius", "Symphony No. 2", 44, 1902),
        ("Sibelius", "Karelia Suite", 15, 1893), ("Grieg", "Peer Gynt Suite No. 1", 15, 1888),
        ("Grieg", "Piano Concerto", 30, 1868), ("Mendelssohn", "The Hebrides Overture", 10, 1830),
        ("Mendelssohn", "Symphony No. 4 'Italian'", 27, 1833), ("Mendelssohn", "Violin Concerto", 27, 1844),
        ("Schubert", "Symphony No. 8 'Unfinished'", 24, 1822), ("Rossini", "William Tell Overture", 12, 1829),
        ("Bizet", "Carmen Suite No. 1", 12, 1875), ("Saint-Saens", "Danse Macabre", 7, 1874),
        ("Rachmaninov", "Piano Concerto No. 2", 34, 1901), ("Copland", "Appalachian Spring Suite", 25, 1944),
        ("Britten", "Four Sea Interludes", 17, 1945), ("Walton", "Crown Imperial", 9, 1937),
        ("Butterworth", "The Banks of Green Willow", 6, 1913), ("Smetana", "Vltava", 12, 1874),
        ("Borodin", "Polovtsian Dances", 13, 1890), ("Mussorgsky", "Night on Bald Mountain", 12, 1867),
        ("Ravel", "Bolero", 15, 1928), ("Debussy", "Prelude to the Afternoon of a Faun", 10, 1894),
        ("Anon. arr. Hughes", "Carols for All", 20, None), ("Williams", "Star Wars Suite", 19, 1977),
        ("Shostakovich", "Festive Overture", 6, 1954), ("Haydn", "Symphony No. 104 'London'", 28, 1795),
        ("Schumann", "Piano Concerto", 31, 1845), ("Wagner", "Ride of the Valkyries", 5, 1856),
    ]  # fmt: skip
    insert(c, "piece", [(i, *p) for i, p in enumerate(pieces, 1)])
    conductors = ["Margaret Hollis", "Daniel Okonjo", "Margaret Hollis", "Peter Lamb"]
    soloists = ["Anna Petrenko (piano)", "James Whitby (violin)", "Chiara Bellini (cello)", "Tom Hadley (clarinet)",
                "Yuki Mori (piano)", "Rachel Stone (violin)"]  # fmt: skip
    concerto = {i for i, p in enumerate(pieces, 1) if "Concerto" in p[1]}
    concert_dates = []
    for yr in (2022, 2023, 2024, 2025):
        for mo, dd in ((3, 19), (5, 21), (7, 9), (10, 15), (12, 10)):
            d0 = D(yr, mo, dd)
            concert_dates.append(d0 + dt.timedelta(days=(5 - d0.weekday()) % 7))
    concert_dates += [D(2023, 1, 1), D(2024, 1, 1), D(2025, 1, 1)]
    concert_dates.sort()
    cons, cps = [], []
    used_last: set[int] = set()
    for cid, cd in enumerate(concert_dates, 1):
        v = r.choices(venues, [34, 13, 20, 8, 15, 10])[0]
        if cd.month == 1:
            title = f"New Year Concert {cd.year}"
            prog = [22, 36, 13, 52, 34]
        elif cd.month == 12:
            title = f"Christmas Celebration {cd.year}"
            prog = [13, 47, r.choice([40, 48])]
        else:
            n = r.choice([3, 3, 4])
            pool = [i for i in range(1, len(pieces) + 1) if i not in used_last and i not in (47, 13)]
            prog = r.sample(pool, n)
            title = {3: "Spring Concert", 5: "Early Summer Concert", 7: "Summer Proms", 10: "Autumn Concert"}[cd.month]
            first, last = pieces[prog[0] - 1][0], pieces[prog[-1] - 1][0]
            title = f"{title}: {first} and {last}" if first != last else f"{title}: An Evening of {first}"
            if cd.year == 2025 and cd.month == 10 and not any(p in concerto for p in prog):
                prog[1] = min(concerto - used_last - set(prog))
        used_last = set(prog)
        sol = None
        conc = [p for p in prog if p in concerto]
        if conc:
            inst = pieces[conc[0] - 1][1].split(" ")[0].lower()
            sol = r.choice([x for x in soloists if f"({inst})" in x])
        if cd >= TODAY:
            st, sold = 1, None
        elif cid in (9, 15):
            st, sold = 3, None
        else:
            st, sold = 2, int(v[3] * r.uniform(0.45, 0.98))
        price = r.choice([12.0, 14.0, 15.0, 18.0]) if v[4] < 1000 else r.choice([18.0, 20.0, 22.5])
        cons.append((cid, v[0], _iso(cd), title, r.choice(conductors), sol, st, sold, price))
        cps.extend((cid, p, o) for o, p in enumerate(prog, 1))
    insert(c, "concert", cons)
    insert(c, "concert_piece", cps)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "bellfoundry": build_bellfoundry,
    "ferry": build_ferry,
    "beekeeping": build_beekeeping,
    "pianotuning": build_pianotuning,
    "skirental": build_skirental,
    "orchestra": build_orchestra,
}
