"""Six manufacturing, energy and utilities operations databases for the ninety-fifth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled for the future:
planned production orders ``PRD_ORD.ORD_STAT`` 'CRTD' in ``paintmix`` (start dates 2025-06-16 onwards), open brick
orders ``auftrag.status`` 'O' with a ``lief_dat`` from 2025-06-15 on in ``ziegelei``, site visits with
``scheduled_ms`` after 2025-06-14 in ``gridbattery`` (not started: ``started_ms`` / ``finished_ms`` / ``outcome``
NULL), work orders whose ``due_on`` lies after today in ``pumpworks`` (status 'planned' or 'in progress') and
collections ``status_cd`` 'SCH' in ``palletrepair`` (``scheduled_ts`` 2025-06-16 to 2025-07-12). History runs from
January 2023 (earlier for master data such as hire dates).

- ``paintmix`` (SAP/ERP style: abbreviated UPPER-CASE table and column names; codes as in an ERP; ISO dates
  'YYYY-MM-DD'; money in pounds sterling; quantities always come with a unit-of-measure column): a paint
  manufacturer with three mixing plants.
  ``PLNT_MSTR`` (plants: ``PLNT`` code 'P100' Leeds Colour Works / 'P200' Runcorn Coatings Plant / 'P300' Dublin
  Mixing Centre, ``PLNT_NM`` plant name, ``CITY``, ``CTRY_CD`` 'GB' / 'IE').
  ``MAT_MSTR`` (material master: ``MAT_NO`` 'RM-…' raw material / 'PK-…' packaging / 'FG-…' finished paint,
  ``MAT_DESC`` the material's name, ``MAT_TYP`` 'ROH' raw material / 'VERP' packaging / 'FERT' finished product,
  ``MAT_GRP`` 'PIGM' pigment / 'FILL' filler or extender / 'BIND' binder / 'SOLV' solvent (water included) / 'ADDV'
  additive / 'PACK' packaging, and for finished paint 'EMUL' emulsion / 'MASN' masonry / 'GLSS' gloss and undercoat
  / 'SATN' satinwood and eggshell / 'PRIM' primer / 'FLOR' floor and road paint, ``BASE_UOM`` 'KG' / 'L' / 'EA'
  (each), ``STD_PRC`` standard price in GBP per base unit, ``DEL_FLG`` 'X' = flagged for deletion (discontinued),
  NULL otherwise, ``CRTD_ON`` creation date).
  ``CUST_MSTR`` (customers: ``CUST_NO`` 'C10001'…, ``CUST_NM``, ``CITY``, ``CTRY_CD``, ``CUST_GRP`` '01' trade
  merchant / '02' decorating or building contractor / '03' retail DIY chain / '04' industrial user, ``CRTD_ON``;
  two customers created in June 2025 have had no deliveries yet).
  ``RCP_HDR`` (recipe headers: ``RCP_NO`` 'R-0001'…, ``MAT_NO`` the finished paint it makes, ``RCP_DESC`` product
  name plus version 'v1' / 'v2', ``BATCH_SZ`` reference batch size (1000, 500 for the draft), ``BATCH_UOM`` 'L',
  ``VALID_FROM``, ``RCP_STAT`` 'REL' released (current) / 'OBS' obsolete (superseded by a v2) / 'DRFT' draft trial,
  valid from 2025-07-01).
  ``RCP_ITM`` (recipe lines, the link between recipes and materials: ``RCP_NO``, ``ITM_NO`` 10, 20, …, ``MAT_NO`` the
  component, ``CMP_QTY`` quantity per reference batch, ``CMP_UOM`` 'KG' / 'G' grams / 'L'; tinting pigments and
  additives are often entered in grams).
  ``PRD_ORD`` (production orders: ``ORD_NO`` 1000001…, ``RCP_NO``, ``PLNT``, ``PLND_QTY`` planned litres,
  ``ACT_QTY`` litres actually produced (NULL unless completed), ``QTY_UOM`` 'L', ``STRT_DT``, ``FIN_DT`` finish date
  (NULL unless completed), ``ORD_STAT`` 'CRTD' created / planned for the future, 'REL' released = in progress,
  'TECO' technically complete = finished, 'CNCL' cancelled).
  ``QC_LOT`` (quality inspection lots, one per completed order: ``INSP_LOT``, ``ORD_NO``, ``INSP_DT``, ``VISC_KU``
  viscosity in Krebs units, ``GLOSS_GU`` 60° gloss units (NULL when not measured), ``DENS_KGL`` density in kg per
  litre, ``USG_DCSN`` usage decision 'A' accepted / 'C' conditionally accepted / 'R' rejected).
  ``GDS_MVT`` (goods movements: ``MVT_DOC``, ``MVT_TYP`` '101' goods receipt (``ORD_NO`` NULL = raw material
  received from a supplier; ``ORD_NO`` set = finished paint received from that production order) / '261' component
  issued to a production order / '601' goods issue for a delivery to the customer ``CUST_NO`` / '551' scrapping,
  ``MAT_NO``, ``PLNT``, ``QTY``, ``UOM`` 'KG' / 'G' / 'L' / 'T' (tonnes: bulk raw-material receipts), ``PSTNG_DT``
  posting date, ``ORD_NO`` and ``CUST_NO`` NULL when not relevant).
- ``ziegelei`` (German abbreviated table and column names and German values; flags 'J' ja / 'N' nein; money in
  euros; dates ISO 'YYYY-MM-DD', firing times 'YYYY-MM-DD HH:MM'; self-referencing ``mitarb.vorg_nr``): a German
  brickworks company with three works.
  ``werk`` (works: ``werk_nr``, ``bez`` name e.g. 'Ziegelwerk Obermühle', ``ort`` town, ``bundesl`` federal state
  'BY' / 'NI' / 'HE').
  ``ofen`` (kilns: ``ofen_nr``, ``werk_nr``, ``bez`` e.g. 'Tunnelofen 1', ``typ`` 'Tunnelofen' tunnel kiln /
  'Ringofen' ring (Hoffmann) kiln / 'Kammerofen' chamber kiln, ``bauj`` year built, ``max_temp`` rated maximum °C,
  ``aktiv`` 'J' in operation / 'N' shut down; the ring kiln stopped in March 2024, 'Tunnelofen 3' started May 2024).
  ``artikel`` (bricks: ``art_nr`` 'Z-1001'…, ``bez`` name, ``fmt`` format 'NF' / 'DF' / '2DF' / '3DF' / '10DF' /
  '12DF' / 'WDF' / 'WF' / 'PF' paver / 'SF' special, ``farbe`` colour 'rot' red / 'gelb' yellow / 'anthrazit' /
  'rotbunt' / 'gelbbunt' / 'weiß' / 'kohlebrand', ``gew_kg`` weight of one brick in kg, ``preis_tsd`` 2023 list price
  in euros per 1000 bricks, ``lfd`` 'J' in the current range / 'N' discontinued).
  ``mitarb`` (employees: ``ma_nr``, ``nachn`` surname, ``vorn`` first name, ``funkt`` job 'Geschäftsführer' managing
  director / 'Werkleiter' works manager / 'Schichtleiter' shift leader / 'Brennmeister' kiln master / 'Ofenfahrer'
  kiln operator / 'Staplerfahrer' forklift driver / 'Pressenführer' press operator / 'Vertriebsleiter' sales manager
  / 'Außendienst' field sales / 'Innendienst' sales office, ``werk_nr`` NULL for head-office staff, ``vorg_nr`` =
  the employee's line manager (NULL for the managing director), ``eintr_dat`` joined, ``austr_dat`` left, NULL
  while employed).
  ``brand`` (firings: ``brand_nr``, ``ofen_nr``, ``art_nr``, ``ma_nr`` responsible kiln master, ``beg_zeit`` start,
  ``end_zeit`` end (NULL while the firing is still running), ``stk_soll`` planned pieces, ``stk_gut`` good pieces,
  ``stk_aussch`` rejected pieces, ``gas_m3`` natural gas in cubic metres, ``temp_max`` peak °C; the last four are
  NULL while running; stk_soll = stk_gut + stk_aussch).
  ``kunde`` (customers: ``kd_nr``, ``firma`` company or private person's name, ``ort``, ``plz`` postcode, ``kd_typ``
  'H' Händler = builders' merchant / dealer, 'B' Bauunternehmen = building contractor, 'P' private customer,
  ``angel_dat`` account created).
  ``auftrag`` (orders: ``auftr_nr``, ``kd_nr``, ``werk_nr`` dispatching works, ``auftr_dat`` order date,
  ``lief_dat`` planned / actual delivery date, ``status`` 'O' offen = open / 'G' geliefert = delivered / 'S'
  storniert = cancelled, ``rabatt_proz`` whole-order discount in percent).
  ``auftr_pos`` (order lines, the link between orders and bricks: ``auftr_nr``, ``pos_nr``, ``art_nr``,
  ``menge_stk`` number of bricks, ``preis_tsd`` agreed price in euros per 1000 bricks before the order discount).
- ``quarry`` (plain snake_case; quantities with explicit unit columns: 'T' tonnes / 'KG' kilograms; money in
  pounds; date-times 'YYYY-MM-DD HH:MM'; flags 0/1): an aggregates company with five quarries.
  ``sites`` (``site_name`` e.g. 'Crag End Quarry', ``county``, ``rock_type``, ``permitted_tpa`` permitted tonnes per
  year, ``status`` 'active' / 'mothballed'; Wenlock Ridge Quarry has been mothballed since 2024-08-31 and has no
  sales, output or blasts after that), ``products`` (``product_code``, ``product_name`` e.g. 'Type 1 MOT sub-base',
  '6mm to dust', ``product_group`` 'aggregate' / 'sub-base' / 'dust' / 'scalpings' / 'rock armour',
  ``price_per_tonne`` list price in GBP), ``customers`` (``customer_name``, ``town``, ``account_type`` 'credit' /
  'cash', ``credit_limit`` GBP, NULL for cash customers), ``hauliers`` (``haulier_name``, ``own_fleet`` 1 for our
  own lorries), ``tickets`` (weighbridge tickets = one load sold: ``ticket_no`` e.g. 'WB1-25004297', ``site_id``,
  ``product_id``, ``customer_id``, ``haulier_id`` NULL when the customer collected it themselves, ``vehicle_reg``,
  ``weighed_at``, ``net_qty`` with ``uom`` 'T' or 'KG' (Tor Hill Quarry's weighbridge always records kilograms, small
  cash loads are mostly in kilograms), ``is_void`` 1 = voided ticket, not a sale), ``weekly_output`` (crusher output:
  ``site_id``, ``product_id``, ``week_start`` Monday 'YYYY-MM-DD', ``qty`` with ``uom`` 'T') and ``blasts``
  (``fired_at``, ``shotfirer`` name, ``holes``, ``explosive_qty`` with ``explosive_uom`` 'KG' or 'T',
  ``est_yield_qty`` estimated rock broken with ``yield_uom`` 'T' (both NULL when not estimated), ``vibration_mm_s``
  peak particle velocity in mm/s and ``overpressure_db`` air overpressure in dB (NULL when the monitor failed),
  ``complaint_received`` 1 = a neighbour complained).
- ``gridbattery`` (snake_case; every timestamp is an INTEGER of epoch milliseconds, UTC, columns ending ``_ms``;
  money in pounds; flags 0/1): a grid-scale battery storage operator with six sites.
  ``sites`` (``site_name`` e.g. 'Drax Road Battery Park', ``region``, ``export_limit_mw``, ``commissioned_ms``),
  ``battery_units`` (``site_id``, ``serial_no``, ``manufacturer`` 'Tesla' / 'Fluence' / 'BYD' / 'Wartsila' /
  'Sungrow', ``model``, ``capacity_kwh``, ``installed_ms``, ``unit_status`` 'online' / 'offline' / 'retired' (two
  retired units were replaced by new ones)), ``dispatches`` (one charge or discharge of a site: ``direction``
  'charge' / 'discharge', ``market`` 'wholesale' / 'BM' balancing mechanism / 'DC' dynamic containment,
  ``start_ms``, ``end_ms``, ``energy_mwh``, ``price_gbp_mwh`` = price per MWh, paid by us when charging and earned
  when discharging), ``alarms`` (``unit_id``, ``alarm_code`` e.g. 'CELL_OVERTEMP', 'INVERTER_TRIP', ``severity``
  'critical' / 'major' / 'minor', ``raised_ms``, ``cleared_ms`` NULL while the alarm is still active),
  ``technicians`` (``full_name``, ``company`` ('in-house' for our own staff), ``is_contractor`` 1 = external),
  ``site_visits`` (``site_id``, ``visit_type`` 'routine' / 'corrective' / 'thermal survey' / 'firmware update',
  ``scheduled_ms``, ``started_ms`` / ``finished_ms`` NULL until it happens, ``outcome`` 'completed' / 'follow-up
  required' / 'aborted', NULL until finished; future visits are scheduled up to August 2025) and ``visit_crew`` (the
  link between visits and technicians: ``crew_role`` 'lead' / 'assist').
- ``pumpworks`` (snake_case; bill of materials as a self-reference ``parts.parent_part_id``; money in pounds; ISO
  dates; flags 0/1): an industrial pump manufacturer.
  ``parts`` (``part_no`` 'PW-1001'…, ``part_name``, ``part_kind`` 'pump' (a finished pump model, top of the tree,
  ``parent_part_id`` NULL) / 'assembly' (its parent is a pump) / 'component' (its parent is an assembly),
  ``qty_per_parent`` how many go into one parent, ``material`` e.g. 'cast iron', 'stainless 316', 'stainless 304'
  (components only), ``unit_cost`` GBP (components only), ``list_price`` GBP selling price (pumps only),
  ``is_active`` 0 = discontinued / superseded; the same component name appears once under every assembly that uses
  it, each with its own part number), ``suppliers`` (``supplier_name``, ``country``, ``lead_time_days``,
  ``is_approved``), ``part_suppliers`` (the link between components and suppliers: ``price_gbp``, ``is_preferred``
  1 = the preferred source; some components are made in-house and have no supplier), ``customers``
  (``customer_name``, ``sector`` 'water utility' / 'agriculture' / 'HVAC' / 'mining' / 'marine' / 'construction',
  ``country``), ``work_orders`` (``wo_no`` e.g. 'WO-25-0322', ``part_id`` the pump built, ``customer_id`` NULL for a
  stock build, ``qty`` pumps, ``raised_on``, ``due_on``, ``completed_on`` NULL unless complete, ``status`` 'planned' /
  'in progress' / 'complete' / 'cancelled') and ``pump_tests`` (one test per built pump, a failed pump is retested
  the next day: ``wo_id``, ``serial_no``, ``tested_on``, ``flow_m3h`` flow in m³/h, ``head_m``, ``power_kw``
  (0 for the air-operated diaphragm pump), ``result`` 'pass' / 'fail').
- ``palletrepair`` (column-suffix style: ``*_no`` numbers and keys, ``*_desc`` names and descriptions, ``*_cd``
  codes, ``*_ind`` flags 'Y' / 'N', ``*_ts`` timestamps 'YYYY-MM-DD HH:MM:SS', ``*_qty`` pallet counts, ``*_pence``
  money in pence, ``*_min`` minutes, ``*_mm`` millimetres): a pallet collection, repair and resale business.
  ``depot`` (``depot_desc`` e.g. 'Trafford Park Yard', ``town_desc``, ``region_cd`` 'NW' North West / 'YH' Yorkshire
  and the Humber / 'WM' West Midlands / 'EM' East Midlands, ``open_ind``; Ellesmere Port Yard closed on 2024-04-30
  and its staff left that day), ``employee`` (``employee_desc`` full name, ``role_cd`` 'MGR' depot manager / 'SUP'
  yard supervisor / 'DRV' driver / 'REP' repairer, ``depot_no``, ``start_ts``, ``leave_ts`` NULL while employed,
  ``active_ind``), ``customer`` (``customer_desc`` name, ``town_desc``, ``customer_type_cd`` 'RET' retailer / 'MFG'
  manufacturer / 'LOG' logistics / 'AGR' agriculture, ``active_ind``, ``created_ts``), ``pallet_type``
  (``pallet_type_cd`` 'EUR1' / 'UK4W' / 'CP1' / 'CP3' / 'HALF' / 'QTR' / 'BLK', ``pallet_type_desc``,
  ``length_mm``, ``width_mm``, ``new_price_pence`` price of a new pallet), ``collection`` (pickups of broken pallets
  from a customer: ``customer_no``, ``depot_no``, ``driver_no``, ``scheduled_ts``, ``collected_ts``, ``pallet_qty``,
  ``status_cd`` 'COL' collected / 'CXL' cancelled / 'SCH' scheduled for the future; driver, collected time and
  quantity are NULL unless collected), ``repair_job`` (``collection_no``, ``pallet_type_cd``, ``repairer_no``,
  ``received_qty``, ``repaired_qty``, ``scrapped_qty``, ``grade_cd`` 'A' / 'B' / 'C' quality after repair,
  ``ht_ind`` 'Y' heat treated (ISPM 15), ``start_ts``, ``complete_ts``, ``labour_min`` minutes of labour; repaired,
  scrapped, grade, completion time and labour are NULL while the job is open) and ``sale`` (repaired pallets sold:
  ``customer_no``, ``depot_no``, ``pallet_type_cd``, ``grade_cd``, ``sale_qty``, ``unit_price_pence`` per pallet,
  ``sale_ts``, ``paid_ind`` 'N' = not yet paid).
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

D = dt.date
T = dt.datetime
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _open(path: Path) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA foreign_keys = ON")
    return con


def _ins(con: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _done(con: sqlite3.Connection) -> None:
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise RuntimeError(f"foreign key violations: {bad[:5]}")
    con.close()


def _day(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _hm(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M")


def _hms(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _ms(t: dt.datetime) -> int:
    return int(t.replace(tzinfo=dt.UTC).timestamp()) * 1000


def _months(a: dt.date, b: dt.date) -> list[dt.date]:
    out, d = [], a.replace(day=1)
    while d <= b:
        out.append(d)
        d = (d + dt.timedelta(days=32)).replace(day=1)
    return out


def _month_end(d: dt.date) -> dt.date:
    return (d.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _names(r: random.Random, n: int, given: list[str], family: list[str]) -> list[tuple[str, str]]:
    pool = [(g, f) for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


GIVEN_UK = [
    "Adam", "Bethany", "Craig", "Donna", "Errol", "Faye", "Glen", "Hannah", "Imran", "Jade", "Keith", "Leanne",
    "Mark", "Natalie", "Oliver", "Paula", "Ross", "Shona", "Terry", "Vicky", "Wayne", "Aisha", "Barry", "Claire",
    "Darren", "Emma", "Frank", "Gemma", "Harvey", "Joanne", "Liam", "Megan",
]  # fmt: skip
FAMILY_UK = [
    "Ashworth", "Bennett", "Carter", "Dawson", "Egan", "Fletcher", "Greaves", "Holt", "Jackson", "Kerr", "Lomax",
    "Marsden", "Nolan", "Oakes", "Pickering", "Rahman", "Shaw", "Tennant", "Walsh", "Wood", "Brennan", "Clegg",
    "Dunn", "Hirst", "Khan", "Mellor", "Platt", "Riley", "Stott", "Whittle",
]  # fmt: skip


# ---------------------------------------------------------------- paintmix (SAP-style upper-case abbreviations)

PM_PLANTS = [
    ("P100", "Leeds Colour Works", "Leeds", "GB"),
    ("P200", "Runcorn Coatings Plant", "Runcorn", "GB"),
    ("P300", "Dublin Mixing Centre", "Dublin", "IE"),
]
# MAT_NO, MAT_DESC, MAT_GRP, BASE_UOM, STD_PRC (GBP per base unit), bulk (may arrive in tonnes)
PM_RAW = [
    ("RM-10010", "Titanium dioxide rutile", "PIGM", "KG", 3.15, True),
    ("RM-10020", "Red iron oxide", "PIGM", "KG", 1.85, False),
    ("RM-10030", "Yellow iron oxide", "PIGM", "KG", 2.05, False),
    ("RM-10040", "Carbon black", "PIGM", "KG", 4.40, False),
    ("RM-10050", "Phthalocyanine blue", "PIGM", "KG", 14.80, False),
    ("RM-10060", "Phthalocyanine green", "PIGM", "KG", 16.20, False),
    ("RM-10070", "Organic red PR254", "PIGM", "KG", 38.50, False),
    ("RM-10110", "Calcium carbonate 5 micron", "FILL", "KG", 0.16, True),
    ("RM-10120", "China clay", "FILL", "KG", 0.32, True),
    ("RM-10130", "Talc", "FILL", "KG", 0.41, True),
    ("RM-10140", "Matting silica", "FILL", "KG", 5.60, False),
    ("RM-10210", "Vinyl acrylic emulsion", "BIND", "KG", 1.12, True),
    ("RM-10220", "Styrene acrylic emulsion", "BIND", "KG", 1.28, True),
    ("RM-10230", "Long oil alkyd resin", "BIND", "KG", 2.35, True),
    ("RM-10240", "Polyurethane dispersion", "BIND", "KG", 4.10, False),
    ("RM-10250", "Epoxy resin liquid", "BIND", "KG", 4.85, False),
    ("RM-10310", "White spirit", "SOLV", "L", 1.05, False),
    ("RM-10320", "Xylene", "SOLV", "L", 1.42, False),
    ("RM-10330", "Demineralised water", "SOLV", "L", 0.01, False),
    ("RM-10340", "Texanol coalescent", "SOLV", "L", 3.90, False),
    ("RM-10410", "Dispersant polyacrylate", "ADDV", "KG", 2.70, False),
    ("RM-10420", "Mineral oil defoamer", "ADDV", "KG", 3.30, False),
    ("RM-10430", "HEC thickener", "ADDV", "KG", 7.90, False),
    ("RM-10440", "In-can biocide", "ADDV", "KG", 6.20, False),
    ("RM-10450", "Cobalt-free drier", "ADDV", "KG", 11.40, False),
    ("RM-10460", "Anti-skinning agent", "ADDV", "KG", 5.10, False),
    ("RM-10510", "Zinc phosphate", "PIGM", "KG", 3.60, False),
    ("RM-10520", "Lead-free chrome yellow", "PIGM", "KG", 9.80, False),
    ("RM-10530", "Micaceous iron oxide", "PIGM", "KG", 2.95, False),
    ("RM-10350", "Butyl glycol", "SOLV", "L", 2.25, False),
]
PM_PACK = [
    ("PK-30010", "Tin 1 litre", "EA", 0.42),
    ("PK-30020", "Tin 2.5 litre", "EA", 0.68),
    ("PK-30030", "Pail 5 litre", "EA", 0.95),
    ("PK-30040", "Pail 10 litre", "EA", 1.30),
    ("PK-30050", "Pail 15 litre", "EA", 1.55),
]
# MAT_NO, MAT_DESC, MAT_GRP, STD_PRC per L, recipe kind, tints [(mat, qty, uom)], plants
PM_FG = [
    ("FG-20010", "Trade Vinyl Matt Brilliant White", "EMUL", 3.20, "matt", [], ["P100", "P200", "P300"]),
    ("FG-20020", "Contract Matt Magnolia", "EMUL", 2.45, "matt",
     [("RM-10030", 900, "G"), ("RM-10020", 140, "G")], ["P100", "P300"]),
    ("FG-20030", "Silk Emulsion Pure White", "EMUL", 3.85, "silk", [], ["P100", "P200"]),
    ("FG-20040", "Anti-Mould Matt White", "EMUL", 4.60, "matt", [], ["P200"]),
    ("FG-20050", "Masonry Smooth Sandstone", "MASN", 3.40, "masonry",
     [("RM-10030", 2.4, "KG"), ("RM-10020", 650, "G")], ["P100", "P200"]),
    ("FG-20060", "Masonry Smooth Pebble Grey", "MASN", 3.40, "masonry",
     [("RM-10040", 420, "G")], ["P100", "P200"]),
    ("FG-20070", "Gloss Brilliant White", "GLSS", 6.90, "gloss", [], ["P200", "P300"]),
    ("FG-20080", "Gloss Signal Red", "GLSS", 8.75, "gloss",
     [("RM-10070", 18.0, "KG"), ("RM-10020", 6.5, "KG")], ["P200"]),
    ("FG-20090", "Gloss Racing Green", "GLSS", 8.40, "gloss",
     [("RM-10060", 9.5, "KG"), ("RM-10030", 4.0, "KG")], ["P200"]),
    ("FG-20100", "Satinwood Pure White WB", "SATN", 7.60, "satin", [], ["P100", "P300"]),
    ("FG-20110", "Exterior Eggshell Duck Egg Blue", "SATN", 8.10, "satin",
     [("RM-10050", 350, "G"), ("RM-10060", 120, "G")], ["P100"]),
    ("FG-20120", "Eggshell Jet Black", "SATN", 7.95, "satin", [("RM-10040", 24.0, "KG")], ["P300"]),
    ("FG-20130", "Zinc Phosphate Primer Red Oxide", "PRIM", 5.30, "primer",
     [("RM-10020", 85.0, "KG")], ["P200"]),
    ("FG-20140", "Metal Primer Grey", "PRIM", 5.10, "primer", [("RM-10040", 1.8, "KG")], ["P200", "P300"]),
    ("FG-20150", "Wood Primer Pink", "PRIM", 4.20, "primer", [("RM-10020", 3.2, "KG")], ["P300"]),
    ("FG-20160", "Epoxy Floor Coating Mid Grey", "FLOR", 11.80, "epoxy", [("RM-10040", 2.6, "KG")], ["P200"]),
    ("FG-20170", "Floor Paint Tile Red", "FLOR", 9.20, "epoxy", [("RM-10020", 48.0, "KG")], ["P200"]),
    ("FG-20180", "Undercoat White", "GLSS", 5.60, "undercoat", [], ["P100", "P300"]),
    ("FG-20190", "Road Line Yellow", "FLOR", 6.40, "primer", [("RM-10520", 70.0, "KG")], ["P300"]),
]
PM_DELETED = {"FG-20040", "FG-20190", "RM-10520", "PK-30050"}
PM_CUSTOMERS = [
    ("Brewers Decorator Supplies", "Leeds", "GB", "01"), ("Northern Trade Paints", "Bradford", "GB", "01"),
    ("Colourmart Merchants", "Manchester", "GB", "01"), ("Pennine Decorating Centre", "Halifax", "GB", "01"),
    ("Mersey Paint Depot", "Liverpool", "GB", "01"), ("Dee Valley Decor", "Chester", "GB", "01"),
    ("Shannon Paint Supplies", "Limerick", "IE", "01"), ("Liffey Trade Colours", "Dublin", "IE", "01"),
    ("Harcourt Building Services", "Sheffield", "GB", "02"), ("Ainsworth Property Maintenance", "Bolton", "GB", "02"),
    ("Kinsella Contractors", "Cork", "IE", "02"), ("Redbrook Housing Repairs", "Wakefield", "GB", "02"),
    ("Tynedale Painters", "Newcastle", "GB", "02"), ("Castlegate Shopfitters", "York", "GB", "02"),
    ("Galway Coatings Contracts", "Galway", "IE", "02"), ("Marshall & Finch Decorators", "Stockport", "GB", "02"),
    ("Homeway DIY", "Warrington", "GB", "03"), ("BuildRight Stores", "Preston", "GB", "03"),
    ("Hearth & Home Retail", "Harrogate", "GB", "03"), ("Emerald DIY", "Dublin", "IE", "03"),
    ("Steelcraft Fabrications", "Rotherham", "GB", "04"), ("Humber Marine Engineering", "Hull", "GB", "04"),
    ("Irwell Industrial Flooring", "Salford", "GB", "04"), ("Calder Steel Structures", "Huddersfield", "GB", "04"),
    ("Boyne Agri Buildings", "Drogheda", "IE", "04"), ("Wirral Highways Maintenance", "Birkenhead", "GB", "04"),
    ("Lune Valley Joinery", "Lancaster", "GB", "02"), ("Ribble Trade Centre", "Blackburn", "GB", "01"),
    ("Aire Valley Facilities", "Keighley", "GB", "02"), ("Fenwick Hardware", "Durham", "GB", "03"),
]
PM_NEW_CUSTOMERS = [("Trent Side Decorators", "Nottingham", "GB", "02"), ("Kilkenny Paint Hub", "Kilkenny", "IE", "01")]


def _pm_recipe(kind: str, r: random.Random) -> list[tuple[str, float, str]]:
    def q(lo: float, hi: float, nd: int = 0) -> float:
        v = r.uniform(lo, hi)
        return round(v, nd) if nd else float(round(v))

    if kind in ("matt", "silk"):
        silk = kind == "silk"
        return [
            ("RM-10330", q(260, 330), "L"),
            ("RM-10410", q(3500, 6000), "G"),
            ("RM-10420", q(1200, 2500), "G"),
            ("RM-10010", q(190, 240) if not silk else q(220, 260), "KG"),
            ("RM-10110", q(210, 290) if not silk else q(90, 140), "KG"),
            ("RM-10120", q(50, 80), "KG"),
            ("RM-10210", q(150, 190) if not silk else q(260, 320), "KG"),
            ("RM-10430", q(3, 6, 1), "KG"),
            ("RM-10340", q(8, 14), "L"),
            ("RM-10440", q(1500, 2500), "G"),
        ]
    if kind == "masonry":
        return [
            ("RM-10330", q(220, 280), "L"),
            ("RM-10410", q(4000, 6000), "G"),
            ("RM-10010", q(150, 190), "KG"),
            ("RM-10110", q(280, 340), "KG"),
            ("RM-10220", q(200, 240), "KG"),
            ("RM-10430", q(2, 4, 1), "KG"),
            ("RM-10440", q(2000, 3000), "G"),
            ("RM-10420", q(1500, 2500), "G"),
        ]
    if kind in ("gloss", "undercoat"):
        under = kind == "undercoat"
        return [
            ("RM-10230", q(420, 480) if not under else q(300, 340), "KG"),
            ("RM-10010", q(260, 300), "KG"),
            ("RM-10110", q(0, 0) if not under else q(150, 200), "KG"),
            ("RM-10310", q(190, 240), "L"),
            ("RM-10450", q(4000, 6500), "G"),
            ("RM-10460", q(1500, 2500), "G"),
        ]
    if kind == "satin":
        return [
            ("RM-10330", q(200, 240), "L"),
            ("RM-10240", q(380, 430), "KG"),
            ("RM-10010", q(200, 240), "KG"),
            ("RM-10140", q(12, 22), "KG"),
            ("RM-10340", q(25, 40), "L"),
            ("RM-10420", q(1500, 2500), "G"),
            ("RM-10430", q(2, 3, 1), "KG"),
        ]
    if kind == "primer":
        return [
            ("RM-10230", q(330, 380), "KG"),
            ("RM-10510", q(90, 130), "KG"),
            ("RM-10130", q(180, 230), "KG"),
            ("RM-10310", q(230, 280), "L"),
            ("RM-10450", q(3000, 5000), "G"),
        ]
    if kind == "epoxy":
        return [
            ("RM-10250", q(420, 470), "KG"),
            ("RM-10130", q(220, 260), "KG"),
            ("RM-10010", q(90, 130), "KG"),
            ("RM-10320", q(140, 180), "L"),
            ("RM-10410", q(2500, 4000), "G"),
        ]
    raise ValueError(kind)


def build_paintmix(path: Path) -> None:
    r = random.Random(95001)
    con = _open(path)
    con.executescript(
        """
        CREATE TABLE PLNT_MSTR (
            PLNT TEXT PRIMARY KEY, PLNT_NM TEXT NOT NULL, CITY TEXT NOT NULL, CTRY_CD TEXT NOT NULL);
        CREATE TABLE MAT_MSTR (
            MAT_NO TEXT PRIMARY KEY, MAT_DESC TEXT NOT NULL, MAT_TYP TEXT NOT NULL, MAT_GRP TEXT NOT NULL,
            BASE_UOM TEXT NOT NULL, STD_PRC REAL NOT NULL, DEL_FLG TEXT, CRTD_ON TEXT NOT NULL);
        CREATE TABLE CUST_MSTR (
            CUST_NO TEXT PRIMARY KEY, CUST_NM TEXT NOT NULL, CITY TEXT NOT NULL, CTRY_CD TEXT NOT NULL,
            CUST_GRP TEXT NOT NULL, CRTD_ON TEXT NOT NULL);
        CREATE TABLE RCP_HDR (
            RCP_NO TEXT PRIMARY KEY, MAT_NO TEXT NOT NULL, RCP_DESC TEXT NOT NULL, BATCH_SZ REAL NOT NULL,
            BATCH_UOM TEXT NOT NULL, VALID_FROM TEXT NOT NULL, RCP_STAT TEXT NOT NULL,
            FOREIGN KEY (MAT_NO) REFERENCES MAT_MSTR (MAT_NO));
        CREATE TABLE RCP_ITM (
            RCP_NO TEXT NOT NULL, ITM_NO INTEGER NOT NULL, MAT_NO TEXT NOT NULL, CMP_QTY REAL NOT NULL,
            CMP_UOM TEXT NOT NULL,
            PRIMARY KEY (RCP_NO, ITM_NO),
            FOREIGN KEY (RCP_NO) REFERENCES RCP_HDR (RCP_NO),
            FOREIGN KEY (MAT_NO) REFERENCES MAT_MSTR (MAT_NO));
        CREATE TABLE PRD_ORD (
            ORD_NO INTEGER PRIMARY KEY, RCP_NO TEXT NOT NULL, PLNT TEXT NOT NULL, PLND_QTY REAL NOT NULL,
            ACT_QTY REAL, QTY_UOM TEXT NOT NULL, STRT_DT TEXT NOT NULL, FIN_DT TEXT, ORD_STAT TEXT NOT NULL,
            FOREIGN KEY (RCP_NO) REFERENCES RCP_HDR (RCP_NO),
            FOREIGN KEY (PLNT) REFERENCES PLNT_MSTR (PLNT));
        CREATE TABLE QC_LOT (
            INSP_LOT INTEGER PRIMARY KEY, ORD_NO INTEGER NOT NULL, INSP_DT TEXT NOT NULL, VISC_KU REAL,
            GLOSS_GU REAL, DENS_KGL REAL, USG_DCSN TEXT NOT NULL,
            FOREIGN KEY (ORD_NO) REFERENCES PRD_ORD (ORD_NO));
        CREATE TABLE GDS_MVT (
            MVT_DOC INTEGER PRIMARY KEY, MVT_TYP TEXT NOT NULL, MAT_NO TEXT NOT NULL, PLNT TEXT NOT NULL,
            QTY REAL NOT NULL, UOM TEXT NOT NULL, PSTNG_DT TEXT NOT NULL, ORD_NO INTEGER, CUST_NO TEXT,
            FOREIGN KEY (MAT_NO) REFERENCES MAT_MSTR (MAT_NO),
            FOREIGN KEY (PLNT) REFERENCES PLNT_MSTR (PLNT),
            FOREIGN KEY (ORD_NO) REFERENCES PRD_ORD (ORD_NO),
            FOREIGN KEY (CUST_NO) REFERENCES CUST_MSTR (CUST_NO));
        """
    )
    _ins(con, "PLNT_MSTR", PM_PLANTS)
    mats = []
    for no, desc, grp, uom, prc, _bulk in PM_RAW:
        mats.append((no, desc, "ROH", grp, uom, prc, "X" if no in PM_DELETED else None,
                     _iso(_day(r, D(2018, 1, 1), D(2022, 6, 30)))))
    for no, desc, uom, prc in PM_PACK:
        mats.append((no, desc, "VERP", "PACK", uom, prc, "X" if no in PM_DELETED else None,
                     _iso(_day(r, D(2018, 1, 1), D(2022, 6, 30)))))
    for no, desc, grp, prc, _k, _t, _p in PM_FG:
        mats.append((no, desc, "FERT", grp, "L", prc, "X" if no in PM_DELETED else None,
                     _iso(_day(r, D(2019, 1, 1), D(2022, 10, 31)))))
    _ins(con, "MAT_MSTR", mats)
    custs = []
    for i, (nm, city, ctry, grp) in enumerate(PM_CUSTOMERS + PM_NEW_CUSTOMERS):
        crtd = _day(r, D(2019, 1, 1), D(2022, 12, 31)) if i < len(PM_CUSTOMERS) else D(2025, 6, 2 + 5 * (i % 2))
        custs.append((f"C{10001 + i}", nm, city, ctry, grp, _iso(crtd)))
    _ins(con, "CUST_MSTR", custs)
    active_custs = [c[0] for c in custs[: len(PM_CUSTOMERS)]]

    # recipes: one per product, some products re-formulated (old version obsolete)
    reformulated = {"FG-20010": D(2024, 3, 1), "FG-20070": D(2023, 9, 1), "FG-20050": D(2024, 10, 1)}
    hdrs, itms = [], []
    recipes_of: dict[str, list[tuple[str, dt.date, dt.date]]] = {}
    batch_of: dict[str, float] = {}
    comps_of: dict[str, list[tuple[str, float, str]]] = {}
    rn = 0
    for no, desc, _grp, _prc, kind, tints, _plants in PM_FG:
        versions = [(D(2022, 1, 1), D(2099, 1, 1))]
        if no in reformulated:
            versions = [(D(2021, 6, 1), reformulated[no]), (reformulated[no], D(2099, 1, 1))]
        for vi, (vf, vt) in enumerate(versions):
            rn += 1
            rcp = f"R-{rn:04d}"
            stat = "REL" if vt.year == 2099 else "OBS"
            hdrs.append((rcp, no, f"{desc} v{vi + 1}", 1000.0, "L", _iso(vf), stat))
            comps = [c for c in _pm_recipe(kind, r) if c[1] > 0] + list(tints)
            comps_of[rcp] = comps
            batch_of[rcp] = 1000.0
            for k, (m, qv, u) in enumerate(comps):
                itms.append((rcp, 10 * (k + 1), m, qv, u))
            recipes_of.setdefault(no, []).append((rcp, vf, vt))
    # two draft recipes for planned new products (on existing materials)
    rn += 1
    hdrs.append((f"R-{rn:04d}", "FG-20030", "Silk Emulsion Pure White low-VOC trial", 500.0, "L", "2025-07-01", "DRFT"))
    for k, (m, qv, u) in enumerate(_pm_recipe("silk", r)[:8]):
        itms.append((f"R-{rn:04d}", 10 * (k + 1), m, round(qv / 2, 1), u))
    _ins(con, "RCP_HDR", hdrs)
    _ins(con, "RCP_ITM", itms)

    fg_info = {f[0]: f for f in PM_FG}
    weights = {f[0]: (0.4 if f[0] in PM_DELETED else (3.0 if f[4] in ("matt", "masonry") else 1.0)) for f in PM_FG}
    orders, qcs, mvts = [], [], []
    ordno, lot, doc = 1000000, 50000000, 4900000000
    fg_list = [f[0] for f in PM_FG]
    made_by_plant_month: list[tuple[str, str, dt.date, float]] = []
    for m0 in _months(D(2023, 1, 1), D(2025, 6, 1)):
        for _ in range(r.randint(11, 16)):
            fg = r.choices(fg_list, weights=[weights[x] for x in fg_list])[0]
            if fg in ("FG-20040", "FG-20190") and m0 >= D(2024, 9, 1):
                continue  # discontinued products stop being made
            start = _day(r, m0, min(_month_end(m0), D(2025, 6, 13)))
            rcp = next(rc for rc, vf, vt in recipes_of[fg] if vf <= start < vt)
            plant = r.choice(fg_info[fg][6])
            plnd = float(r.choice([1000, 1000, 2000, 2000, 3000, 4000, 5000]))
            fin = start + dt.timedelta(days=r.choice([1, 1, 2, 2, 3, 4]))
            ordno += 1
            if r.random() < 0.04:
                orders.append((ordno, rcp, plant, plnd, None, "L", _iso(start), None, "CNCL"))
                continue
            if fin > LAST:
                orders.append((ordno, rcp, plant, plnd, None, "L", _iso(start), None, "REL"))
                continue
            act = round(plnd * r.uniform(0.935, 1.012), 1)
            orders.append((ordno, rcp, plant, plnd, act, "L", _iso(start), _iso(fin), "TECO"))
            kind = fg_info[fg][4]
            lot += 1
            visc = round(r.gauss(98 if kind in ("matt", "silk", "masonry") else 88, 5), 1)
            gloss = {"matt": (2, 5), "silk": (32, 45), "masonry": (3, 8), "gloss": (84, 93), "undercoat": (12, 20),
                     "satin": (22, 38), "primer": (8, 18), "epoxy": (60, 75)}[kind]
            dens = {"matt": 1.45, "silk": 1.32, "masonry": 1.50, "gloss": 1.22, "undercoat": 1.38, "satin": 1.25,
                    "primer": 1.40, "epoxy": 1.52}[kind]
            u = r.random()
            dec = "A" if u < 0.87 else ("C" if u < 0.94 else "R")
            if dec == "R":
                visc = round(visc + r.choice([-1, 1]) * r.uniform(9, 16), 1)
            qcs.append((lot, ordno, _iso(fin), visc, round(r.uniform(*gloss), 1) if r.random() > 0.03 else None,
                        round(dens + r.uniform(-0.03, 0.03), 3), dec))
            doc += 1
            mvts.append((doc, "101", fg, plant, act, "L", _iso(fin), ordno, None))
            for m, qv, u2 in comps_of[rcp]:
                doc += 1
                mvts.append((doc, "261", m, plant, round(qv * act / batch_of[rcp], 3), u2, _iso(start), ordno, None))
            if dec != "R":
                made_by_plant_month.append((fg, plant, fin, act))
    # future planned orders
    for _ in range(14):
        fg = r.choice([f for f in fg_list if f not in PM_DELETED])
        start = D(2025, 6, 16) + dt.timedelta(days=r.randint(0, 25))
        rcp = next(rc for rc, vf, vt in recipes_of[fg] if vt.year == 2099)
        ordno += 1
        orders.append((ordno, rcp, r.choice(fg_info[fg][6]), float(r.choice([1000, 2000, 3000, 5000])), None, "L",
                       _iso(start), None, "CRTD"))
    orders.sort(key=lambda o: o[0])
    _ins(con, "PRD_ORD", orders)
    _ins(con, "QC_LOT", qcs)

    # raw material purchases (goods receipt without order), bulk items sometimes in tonnes
    raw_by = {x[0]: x for x in PM_RAW}
    for m0 in _months(D(2023, 1, 1), D(2025, 6, 1)):
        for plant in ("P100", "P200", "P300"):
            for mat in r.sample([x[0] for x in PM_RAW if x[0] not in PM_DELETED or m0 < D(2024, 1, 1)],
                                r.randint(6, 10)):
                no, desc, grp, uom, prc, bulk = raw_by[mat]
                day = _day(r, m0, min(_month_end(m0), LAST))
                if bulk and r.random() < 0.6:
                    qty, u = float(r.choice([10, 12, 20, 22, 24])), "T"
                elif uom == "L":
                    qty, u = float(r.choice([200, 500, 1000, 1000, 2000, 5000])), "L"
                else:
                    qty, u = float(r.choice([25, 50, 100, 250, 500, 1000])), "KG"
                doc += 1
                mvts.append((doc, "101", mat, plant, qty, u, _iso(day), None, None))
    # deliveries to customers
    for fg, plant, fin, act in made_by_plant_month:
        left = act
        nd = r.randint(1, 4)
        for k in range(nd):
            qty = round(left / (nd - k) * r.uniform(0.7, 1.0), 0) if k < nd - 1 else round(left * r.uniform(0.6, 1), 0)
            left -= qty
            day = fin + dt.timedelta(days=r.randint(1, 40))
            if day > LAST or qty <= 0:
                continue
            doc += 1
            mvts.append((doc, "601", fg, plant, qty, "L", _iso(day), None, r.choice(active_custs)))
    # scrapping
    all_mats = [x[0] for x in PM_RAW] + fg_list
    for _ in range(46):
        mat = r.choice(all_mats)
        day = _day(r, D(2023, 1, 10), LAST)
        if mat.startswith("FG"):
            qty, u = float(r.choice([20, 40, 60, 100, 150, 250, 500])), "L"
        elif raw_by[mat][3] == "L":
            qty, u = float(r.choice([5, 10, 20, 50])), "L"
        else:
            qty, u = float(r.choice([5, 10, 25, 50, 100])), "KG"
        doc += 1
        mvts.append((doc, "551", mat, r.choice(["P100", "P200", "P300"]), qty, u, _iso(day), None, None))
    mvts.sort(key=lambda x: (x[6], x[0]))
    mvts = [(4900000001 + i, *m[1:]) for i, m in enumerate(mvts)]
    _ins(con, "GDS_MVT", mvts)
    _done(con)


# ---------------------------------------------------------------- ziegelei (German abbreviated names)

ZI_WERKE = [
    (1, "Ziegelwerk Obermühle", "Landshut", "BY"),
    (2, "Klinkerwerk Nordheide", "Buchholz", "NI"),
    (3, "Ziegelei Hohenfels", "Wetzlar", "HE"),
]
# ofen_nr, werk_nr, bez, typ, bauj, max_temp, aktiv, first firing, last firing
ZI_OEFEN = [
    (1, 1, "Tunnelofen 1", "Tunnelofen", 1998, 1150, "J", D(2023, 1, 2), None),
    (2, 1, "Tunnelofen 2", "Tunnelofen", 2011, 1180, "J", D(2023, 1, 3), None),
    (3, 2, "Ringofen Alt", "Ringofen", 1962, 1050, "N", D(2023, 1, 4), D(2024, 3, 20)),
    (4, 2, "Tunnelofen Nord", "Tunnelofen", 2016, 1200, "J", D(2023, 1, 2), None),
    (5, 3, "Kammerofen A", "Kammerofen", 1985, 1100, "J", D(2023, 1, 5), None),
    (6, 3, "Kammerofen B", "Kammerofen", 1987, 1100, "J", D(2023, 1, 9), None),
    (7, 3, "Tunnelofen 3", "Tunnelofen", 2024, 1180, "J", D(2024, 5, 6), None),
]
# art_nr, bez, fmt, farbe, gew_kg, preis_tsd (list price 2023, EUR per 1000 pieces), lfd, werk
ZI_ARTIKEL = [
    ("Z-1001", "Hintermauerziegel 2DF", "2DF", "rot", 3.4, 420.0, "J", 1),
    ("Z-1002", "Lochziegel 3DF", "3DF", "rot", 4.6, 480.0, "J", 1),
    ("Z-1003", "Planziegel 10DF", "10DF", "rot", 14.5, 2350.0, "J", 1),
    ("Z-1004", "Planziegel 12DF", "12DF", "rot", 17.2, 2890.0, "J", 1),
    ("Z-2001", "Klinker DF anthrazit", "DF", "anthrazit", 1.9, 890.0, "J", 2),
    ("Z-2002", "Klinker NF rotbunt", "NF", "rotbunt", 2.2, 760.0, "J", 2),
    ("Z-2003", "Pflasterklinker 200x100 rot", "PF", "rot", 4.3, 1150.0, "J", 2),
    ("Z-2004", "Pflasterklinker 200x100 anthrazit", "PF", "anthrazit", 4.3, 1290.0, "J", 2),
    ("Z-2005", "Wasserstrich WDF rot", "WDF", "rot", 2.3, 980.0, "J", 2),
    ("Z-3001", "Vollziegel NF rot", "NF", "rot", 2.1, 510.0, "J", 3),
    ("Z-3002", "Vollziegel NF gelb", "NF", "gelb", 2.1, 540.0, "J", 3),
    ("Z-3003", "Wasserstrich WF gelbbunt", "WF", "gelbbunt", 1.8, 940.0, "J", 3),
    ("Z-3004", "Riemchen DF weiß", "DF", "weiß", 0.7, 620.0, "N", 3),
    ("Z-3005", "Formziegel Rollschicht", "SF", "rot", 2.4, 1650.0, "N", 3),
    ("Z-3006", "Handform NF kohlebrand", "NF", "kohlebrand", 2.3, 1480.0, "J", 3),
]
ZI_VORN = [
    "Andreas", "Birgit", "Christian", "Dagmar", "Elke", "Florian", "Gerhard", "Heike", "Jürgen", "Karin", "Lukas",
    "Monika", "Norbert", "Petra", "Ralf", "Sabine", "Thomas", "Ute", "Volker", "Wolfgang", "Anja", "Bernd",
    "Claudia", "Dieter", "Stefan", "Tobias", "Markus", "Jens",
]  # fmt: skip
ZI_NACHN = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
    "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
    "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Huber", "Maier",
]  # fmt: skip
ZI_FIRMEN = [
    ("Baustoffe Huber GmbH", "Landshut", "84028", "H"), ("Bauzentrum Isar", "Dingolfing", "84130", "H"),
    ("Raiffeisen Baustoffe Rottal", "Pfarrkirchen", "84347", "H"), ("Hagebau Fachhandel Nord", "Lüneburg", "21335", "H"),
    ("Baustoff-Union Heide", "Soltau", "29614", "H"), ("Elbe Baustoffe KG", "Hamburg", "21079", "H"),
    ("Lahn Baustoffhandel", "Gießen", "35390", "H"), ("Mittelhessen Baumarkt GmbH", "Marburg", "35037", "H"),
    ("Stein & Mörtel Vertrieb", "Frankfurt", "60314", "H"), ("Keller Baustoffe", "Regensburg", "93053", "H"),
    ("Müller Bau GmbH & Co. KG", "Landshut", "84034", "B"), ("Bauunion Ostbayern", "Straubing", "94315", "B"),
    ("Wohnbau Vilstal", "Vilsbiburg", "84137", "B"), ("Hansa Hochbau GmbH", "Hamburg", "22525", "B"),
    ("Nordheide Bauträger", "Buchholz", "21244", "B"), ("Gebr. Brandt Bauunternehmung", "Winsen", "21423", "B"),
    ("Wetterau Massivhaus", "Friedberg", "61169", "B"), ("Lahntal Bau GmbH", "Wetzlar", "35578", "B"),
    ("Taunus Klinkerbau", "Bad Homburg", "61348", "B"), ("Pflasterbau Schuster", "Freising", "85354", "B"),
    ("Garten- und Landschaftsbau Eder", "Erding", "85435", "B"), ("GaLaBau Heidekreis", "Walsrode", "29664", "B"),
    ("Stadtwerke Wetzlar Tiefbau", "Wetzlar", "35576", "B"), ("Denkmalpflege Rhein-Main", "Mainz", "55116", "B"),
]
ZI_PRIVAT_ORTE = [("Landshut", "84036"), ("Buchholz", "21244"), ("Wetzlar", "35578"), ("Gießen", "35392"),
                  ("Tostedt", "21255"), ("Ergolding", "84030")]


def build_ziegelei(path: Path) -> None:
    r = random.Random(95002)
    con = _open(path)
    con.executescript(
        """
        CREATE TABLE werk (
            werk_nr INTEGER PRIMARY KEY, bez TEXT NOT NULL, ort TEXT NOT NULL, bundesl TEXT NOT NULL);
        CREATE TABLE ofen (
            ofen_nr INTEGER PRIMARY KEY, werk_nr INTEGER NOT NULL REFERENCES werk (werk_nr), bez TEXT NOT NULL,
            typ TEXT NOT NULL, bauj INTEGER, max_temp INTEGER, aktiv TEXT NOT NULL);
        CREATE TABLE artikel (
            art_nr TEXT PRIMARY KEY, bez TEXT NOT NULL, fmt TEXT NOT NULL, farbe TEXT NOT NULL, gew_kg REAL NOT NULL,
            preis_tsd REAL NOT NULL, lfd TEXT NOT NULL);
        CREATE TABLE mitarb (
            ma_nr INTEGER PRIMARY KEY, nachn TEXT NOT NULL, vorn TEXT NOT NULL, funkt TEXT NOT NULL,
            werk_nr INTEGER REFERENCES werk (werk_nr), vorg_nr INTEGER REFERENCES mitarb (ma_nr),
            eintr_dat TEXT NOT NULL, austr_dat TEXT);
        CREATE TABLE brand (
            brand_nr INTEGER PRIMARY KEY, ofen_nr INTEGER NOT NULL REFERENCES ofen (ofen_nr),
            art_nr TEXT NOT NULL REFERENCES artikel (art_nr), ma_nr INTEGER NOT NULL REFERENCES mitarb (ma_nr),
            beg_zeit TEXT NOT NULL, end_zeit TEXT, stk_soll INTEGER NOT NULL, stk_gut INTEGER, stk_aussch INTEGER,
            gas_m3 REAL, temp_max INTEGER);
        CREATE TABLE kunde (
            kd_nr INTEGER PRIMARY KEY, firma TEXT NOT NULL, ort TEXT NOT NULL, plz TEXT NOT NULL, kd_typ TEXT NOT NULL,
            angel_dat TEXT NOT NULL);
        CREATE TABLE auftrag (
            auftr_nr INTEGER PRIMARY KEY, kd_nr INTEGER NOT NULL REFERENCES kunde (kd_nr),
            werk_nr INTEGER NOT NULL REFERENCES werk (werk_nr), auftr_dat TEXT NOT NULL, lief_dat TEXT NOT NULL,
            status TEXT NOT NULL, rabatt_proz REAL NOT NULL);
        CREATE TABLE auftr_pos (
            auftr_nr INTEGER NOT NULL REFERENCES auftrag (auftr_nr), pos_nr INTEGER NOT NULL,
            art_nr TEXT NOT NULL REFERENCES artikel (art_nr), menge_stk INTEGER NOT NULL, preis_tsd REAL NOT NULL,
            PRIMARY KEY (auftr_nr, pos_nr));
        """
    )
    _ins(con, "werk", ZI_WERKE)
    _ins(con, "ofen", [o[:7] for o in ZI_OEFEN])
    _ins(con, "artikel", [a[:7] for a in ZI_ARTIKEL])

    names = _names(r, 60, ZI_VORN, ZI_NACHN)
    ni = iter(names)
    staff = []
    nr = 100

    def add(funkt: str, werk: int | None, vorg: int | None, since: dt.date, left: dt.date | None = None) -> int:
        nonlocal nr
        nr += 1
        vorn, nachn = next(ni)
        staff.append((nr, nachn, vorn, funkt, werk, vorg, _iso(since), _iso(left) if left else None))
        return nr

    gf = add("Geschäftsführer", None, None, D(2009, 4, 1))
    vl = add("Vertriebsleiter", None, gf, D(2014, 9, 1))
    add("Außendienst", None, vl, D(2017, 2, 1))
    add("Außendienst", None, vl, D(2021, 5, 1))
    add("Außendienst", None, vl, D(2019, 3, 1), D(2024, 6, 30))
    add("Innendienst", None, vl, D(2020, 1, 15))
    brennmeister: dict[int, list[int]] = {}
    for werk, *_x in ZI_WERKE:
        wl = add("Werkleiter", werk, gf, _day(r, D(2008, 1, 1), D(2018, 12, 31)))
        bms = []
        for _s in range(2):
            sl = add("Schichtleiter", werk, wl, _day(r, D(2010, 1, 1), D(2021, 12, 31)))
            bm = add("Brennmeister", werk, sl, _day(r, D(2005, 1, 1), D(2020, 12, 31)))
            bms.append(bm)
            for _ in range(r.randint(2, 3)):
                f = r.choice(["Ofenfahrer", "Staplerfahrer", "Staplerfahrer", "Pressenführer"])
                since = _day(r, D(2012, 1, 1), D(2025, 3, 1))
                left = _day(r, since + dt.timedelta(days=200), LAST) if r.random() < 0.2 and since < D(2024, 6, 1) else None
                add(f, werk, sl, since, left)
        if werk == 3:
            bm3 = add("Brennmeister", werk, wl, D(2024, 4, 1))
            bms.append(bm3)
        brennmeister[werk] = bms
    _ins(con, "mitarb", staff)

    arts_of = {w: [a for a in ZI_ARTIKEL if a[7] == w] for w in (1, 2, 3)}
    fmt_soll = {"NF": (90000, 150000), "DF": (100000, 160000), "WDF": (80000, 130000), "WF": (90000, 140000),
                "2DF": (45000, 70000), "3DF": (35000, 55000), "10DF": (10000, 16000), "12DF": (8000, 14000),
                "PF": (40000, 60000), "SF": (20000, 30000)}
    braende = []
    bn = 23000
    for ofen_nr, werk, _bez, typ, _bauj, tmax, _aktiv, first, last in ZI_OEFEN:
        dur = {"Tunnelofen": (70, 110), "Ringofen": (110, 160), "Kammerofen": (40, 60)}[typ]
        gap = {"Tunnelofen": (2, 8), "Ringofen": (20, 60), "Kammerofen": (20, 70)}[typ]
        t = T.combine(first, dt.time(6, 0))
        end_all = T.combine(last, dt.time(0, 0)) if last else T(2025, 6, 14, 23, 0)
        while t < end_all:
            art = r.choice([a for a in arts_of[werk] if a[6] == "J" or t < T(2024, 7, 1)])
            bm = r.choice(brennmeister[werk] if werk != 3 or t >= T(2024, 4, 1) else brennmeister[werk][:2])
            hours = r.randint(*dur)
            e = t + dt.timedelta(hours=hours, minutes=r.choice([0, 15, 30, 45]))
            soll = r.randint(*fmt_soll[art[2]]) // 100 * 100
            rate = r.uniform(0.012, 0.055) if r.random() > 0.06 else r.uniform(0.11, 0.22)
            gas = round(soll * art[4] * r.uniform(0.052, 0.068), 0)
            temp = tmax - r.randint(10, 70)
            bn += 1
            if e > T(2025, 6, 14, 23, 0):
                braende.append((bn, ofen_nr, art[0], bm, _hm(t), None, soll, None, None, None, None))
                break
            aus = int(soll * rate)
            braende.append((bn, ofen_nr, art[0], bm, _hm(t), _hm(e), soll, soll - aus, aus, gas, temp))
            t = e + dt.timedelta(hours=r.randint(*gap))
    braende.sort(key=lambda b: (b[4], b[1]))
    braende = [(23001 + i, *b[1:]) for i, b in enumerate(braende)]
    _ins(con, "brand", braende)

    kunden = []
    for i, (firma, ort, plz, typ) in enumerate(ZI_FIRMEN):
        kunden.append((5001 + i, firma, ort, plz, typ, _iso(_day(r, D(2012, 1, 1), D(2022, 12, 31)))))
    priv = _names(r, 16, ZI_VORN, ZI_NACHN)
    for _j, (vorn, nachn) in enumerate(priv):
        ort, plz = r.choice(ZI_PRIVAT_ORTE)
        kunden.append((5001 + len(kunden), f"{vorn} {nachn}", ort, plz, "P", _iso(_day(r, D(2023, 1, 1), D(2025, 5, 20)))))
    kunden.append((5001 + len(kunden), "Klinkerhaus Lüneburg GmbH", "Lüneburg", "21337", "H", "2025-06-03"))
    kunden.append((5001 + len(kunden), "Bauhof Gemeinde Ergolding", "Ergolding", "84030", "B", "2025-05-27"))
    _ins(con, "kunde", kunden)
    werk_of_ort = {"Landshut": 1, "Dingolfing": 1, "Pfarrkirchen": 1, "Regensburg": 1, "Straubing": 1,
                   "Vilsbiburg": 1, "Freising": 1, "Erding": 1, "Ergolding": 1, "Lüneburg": 2, "Soltau": 2,
                   "Hamburg": 2, "Buchholz": 2, "Winsen": 2, "Walsrode": 2, "Tostedt": 2}

    auftraege, positionen = [], []
    an = 70000
    for kd in kunden[:-2]:
        kd_nr, firma, ort, plz, typ, angel = kd
        n = {"H": r.randint(25, 45), "B": r.randint(8, 25), "P": r.randint(1, 2)}[typ]
        if kd_nr in (5007, 5022):
            n = 0  # customers with no orders yet
        home = werk_of_ort.get(ort, 3)
        for _ in range(n):
            ad = _day(r, max(D(2023, 1, 2), D.fromisoformat(angel)), D(2025, 6, 13))
            ld = ad + dt.timedelta(days=r.randint(5, 45))
            werk = home if r.random() < 0.75 else r.choice([1, 2, 3])
            if r.random() < 0.05:
                st = "S"
            elif ld >= TODAY:
                st = "O"
            elif ld >= D(2025, 6, 5) and r.random() < 0.5:
                st = "O"  # overdue, not yet delivered
            else:
                st = "G"
            rab = {"H": r.choice([3.0, 5.0, 5.0, 8.0]), "B": r.choice([0.0, 2.0, 3.0]), "P": 0.0}[typ]
            an += 1
            auftraege.append([an, kd_nr, werk, _iso(ad), _iso(ld), st, rab])
            k = 1 if typ == "P" else r.randint(1, 4)
            chosen = r.sample([a for a in arts_of[werk] if a[6] == "J" or ad < D(2024, 7, 1)], k=min(k, 3))
            for p, a in enumerate(chosen):
                if typ == "P":
                    menge = r.choice([500, 800, 1000, 1500, 2000])
                elif a[2] in ("10DF", "12DF"):
                    menge = r.choice([1200, 2400, 3600, 4800, 7200])
                else:
                    menge = r.choice([2000, 4000, 5000, 8000, 10000, 16000, 24000])
                f = 1.0 if ad < D(2024, 1, 1) else (1.04 if ad < D(2025, 1, 1) else 1.071)
                positionen.append((an, p + 1, a[0], menge, round(a[5] * f, 2)))
    auftraege.sort(key=lambda a: (a[3], a[0]))
    renum = {}
    for i, a in enumerate(auftraege):
        renum[a[0]] = 70001 + i
        a[0] = 70001 + i
    _ins(con, "auftrag", [tuple(a) for a in auftraege])
    _ins(con, "auftr_pos", sorted((renum[p[0]], *p[1:]) for p in positionen))
    _done(con)


# ---------------------------------------------------------------- quarry (explicit unit-of-measure columns)

QU_SITES = [
    (1, "Crag End Quarry", "North Yorkshire", "limestone", 900000, "active"),
    (2, "Blackmoor Quarry", "Cornwall", "granite", 650000, "active"),
    (3, "Tor Hill Quarry", "Leicestershire", "granodiorite", 1200000, "active"),
    (4, "Harden Edge Quarry", "West Yorkshire", "gritstone", 300000, "active"),
    (5, "Wenlock Ridge Quarry", "Shropshire", "limestone", 400000, "mothballed"),
]
QU_MOTHBALLED = D(2024, 8, 31)
# product_id, code, name, group, price per tonne (GBP)
QU_PRODUCTS = [
    (1, "T1SB", "Type 1 MOT sub-base", "sub-base", 17.50),
    (2, "6DUST", "6mm to dust", "dust", 14.20),
    (3, "10SGL", "10mm single size", "aggregate", 24.80),
    (4, "20SGL", "20mm single size", "aggregate", 23.60),
    (5, "40CLN", "40mm clean stone", "aggregate", 22.90),
    (6, "SCALP", "Scalpings 75mm down", "scalpings", 9.80),
    (7, "ARMR", "Rock armour 1-3 tonne", "rock armour", 41.00),
    (8, "GAB", "Gabion stone 100-200mm", "aggregate", 29.50),
    (9, "RAIL", "Railway ballast", "aggregate", 26.40),
    (10, "SAND", "Crushed rock fines", "dust", 15.60),
]
QU_SITE_PRODUCTS = {1: [1, 2, 3, 4, 5, 6, 8], 2: [1, 2, 3, 4, 7, 9], 3: [1, 2, 3, 4, 5, 9, 10], 4: [1, 5, 6, 7, 8],
                    5: [1, 2, 4, 6]}
QU_CUSTOMERS = [
    ("Tarmac Road Surfacing", "Leeds", "credit"), ("Dales Civil Engineering", "Skipton", "credit"),
    ("Ryedale Groundworks", "Malton", "credit"), ("Harrogate Landscapes", "Harrogate", "credit"),
    ("Kernow Construction", "Truro", "credit"), ("Penwith Builders", "Penzance", "credit"),
    ("South West Highways", "Exeter", "credit"), ("Network Rail Infrastructure", "Derby", "credit"),
    ("Midlands Ready Mix", "Coalville", "credit"), ("Charnwood Homes", "Loughborough", "credit"),
    ("Soar Valley Drainage", "Leicester", "credit"), ("Calder Groundworks", "Halifax", "credit"),
    ("Pennine Stone Walling", "Huddersfield", "credit"), ("Severn Estuary Defences", "Bristol", "credit"),
    ("Marcher Agricultural Contractors", "Ludlow", "credit"), ("Wrekin Plant Hire", "Telford", "credit"),
    ("Environment Agency Coastal", "Scarborough", "credit"), ("Trent Barton Civils", "Nottingham", "credit"),
    ("A. Pearson (cash)", "Thirsk", "cash"), ("Moorside Farm", "Keighley", "cash"), ("Bodmin Garden Centre", "Bodmin", "cash"),
    ("J. Whitworth Driveways", "Bradford", "cash"), ("Hinckley Landscape Supplies", "Hinckley", "cash"),
    ("Church Stretton Parish Council", "Church Stretton", "cash"),
]
QU_HAULIERS = [
    (1, "Own fleet", 1), (2, "Dalesway Haulage", 0), (3, "Kernow Tippers", 0), (4, "M. Hollis & Sons", 0),
    (5, "Swift Aggregates Transport", 0), (6, "Pennine Bulk Haulage", 0), (7, "Trentside Tipper Hire", 0),
]
QU_SHOTFIRERS = ["Gary Nuttall", "Paul Trewin", "Dave Ingham", "Steve Moorhouse", "Colin Blamire"]


def build_quarry(path: Path) -> None:
    r = random.Random(95003)
    con = _open(path)
    con.executescript(
        """
        CREATE TABLE sites (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, county TEXT NOT NULL, rock_type TEXT NOT NULL,
            permitted_tpa INTEGER NOT NULL, status TEXT NOT NULL);
        CREATE TABLE products (
            product_id INTEGER PRIMARY KEY, product_code TEXT NOT NULL UNIQUE, product_name TEXT NOT NULL,
            product_group TEXT NOT NULL, price_per_tonne REAL NOT NULL);
        CREATE TABLE customers (
            customer_id INTEGER PRIMARY KEY, customer_name TEXT NOT NULL, town TEXT NOT NULL,
            account_type TEXT NOT NULL, credit_limit REAL);
        CREATE TABLE hauliers (
            haulier_id INTEGER PRIMARY KEY, haulier_name TEXT NOT NULL, own_fleet INTEGER NOT NULL);
        CREATE TABLE tickets (
            ticket_id INTEGER PRIMARY KEY, ticket_no TEXT NOT NULL UNIQUE,
            site_id INTEGER NOT NULL REFERENCES sites (site_id),
            product_id INTEGER NOT NULL REFERENCES products (product_id),
            customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
            haulier_id INTEGER REFERENCES hauliers (haulier_id), vehicle_reg TEXT NOT NULL,
            weighed_at TEXT NOT NULL, net_qty REAL NOT NULL, uom TEXT NOT NULL, is_void INTEGER NOT NULL);
        CREATE TABLE weekly_output (
            site_id INTEGER NOT NULL REFERENCES sites (site_id),
            product_id INTEGER NOT NULL REFERENCES products (product_id),
            week_start TEXT NOT NULL, qty REAL NOT NULL, uom TEXT NOT NULL,
            PRIMARY KEY (site_id, product_id, week_start));
        CREATE TABLE blasts (
            blast_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            fired_at TEXT NOT NULL, shotfirer TEXT NOT NULL, holes INTEGER NOT NULL, explosive_qty REAL NOT NULL,
            explosive_uom TEXT NOT NULL, est_yield_qty REAL, yield_uom TEXT, vibration_mm_s REAL,
            overpressure_db REAL, complaint_received INTEGER NOT NULL);
        """
    )
    _ins(con, "sites", QU_SITES)
    _ins(con, "products", QU_PRODUCTS)
    custs = []
    for i, (nm, town, acct) in enumerate(QU_CUSTOMERS):
        custs.append((i + 1, nm, town, acct, float(r.choice([25000, 50000, 75000, 100000, 150000])) if acct == "credit" else None))
    custs.append((len(custs) + 1, "Nidd Valley Fencing", "Pateley Bridge", "cash", None))
    _ins(con, "customers", custs)
    _ins(con, "hauliers", QU_HAULIERS)
    {p[0]: p[4] for p in QU_PRODUCTS}
    site_custs = {1: [1, 2, 3, 4, 17, 19, 20], 2: [5, 6, 7, 14, 21], 3: [8, 9, 10, 11, 18, 23, 1],
                  4: [12, 13, 1, 20, 22], 5: [15, 16, 14, 24]}
    site_hauls = {1: [1, 2, 6], 2: [1, 3], 3: [1, 5, 7, 4], 4: [1, 6, 4], 5: [1, 4]}
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    regs = [f"{r.choice(letters)}{r.choice(letters)}{r.choice([18, 19, 20, 21, 22, 23, 24, 68, 69, 70, 71, 72, 73])} "
            f"{r.choice(letters)}{r.choice(letters)}{r.choice(letters)}" for _ in range(90)]
    tickets = []
    day = D(2023, 1, 3)
    while day <= LAST:
        if day.weekday() < 6:
            for site in (1, 2, 3, 4, 5):
                if site == 5 and day > QU_MOTHBALLED:
                    continue
                n = {1: 2, 2: 1, 3: 3, 4: 1, 5: 1}[site]
                n = r.randint(0, n + (1 if day.weekday() < 5 else 0))
                if day.weekday() == 5:
                    n = min(n, 1)
                for _ in range(n):
                    cust = r.choice(site_custs[site])
                    prod = r.choice(QU_SITE_PRODUCTS[site])
                    cash = custs[cust - 1][3] == "cash"
                    when = T.combine(day, dt.time(r.randint(6, 16), r.randint(0, 59)))
                    if cash and r.random() < 0.7:
                        qty, uom, haul = float(r.randint(6, 35) * 50), "KG", None
                    elif prod == 7:
                        qty, uom, haul = round(r.uniform(18, 26), 2), "T", r.choice(site_hauls[site])
                    else:
                        qty, uom, haul = round(r.uniform(17.5, 29.8), 2), "T", r.choice(site_hauls[site])
                    if site == 3 and uom == "T":
                        qty, uom = round(qty * 1000 / 20) * 20.0, "KG"  # Tor Hill weighbridge reads in kg
                    tickets.append([0, "", site, prod, cust, haul, r.choice(regs), _hm(when), qty, uom,
                                    1 if r.random() < 0.025 else 0])
        day += dt.timedelta(days=1)
    tickets.sort(key=lambda t: t[7])
    for i, t in enumerate(tickets):
        t[0] = i + 1
        t[1] = f"WB{t[2]}-{t[7][2:4]}{i + 1:06d}"
    _ins(con, "tickets", [tuple(t) for t in tickets])
    out = []
    wk = D(2023, 1, 2)
    while wk <= D(2025, 6, 9):
        for site in (1, 2, 3, 4, 5):
            if site == 5 and wk > QU_MOTHBALLED:
                continue
            base = {1: 185, 2: 120, 3: 245, 4: 110, 5: 105}[site]
            for prod in QU_SITE_PRODUCTS[site]:
                if (wk.month == 12 and wk.day >= 22) or (wk.month == 1 and wk.day <= 1):
                    continue
                share = {1: 0.35, 2: 0.15, 6: 0.12, 7: 0.04}.get(prod, 0.1)
                out.append((site, prod, _iso(wk), round(base * share * r.uniform(0.6, 1.3), 1), "T"))
        wk += dt.timedelta(days=7)
    _ins(con, "weekly_output", out)
    blasts = []
    for site in (1, 2, 3, 4, 5):
        day = D(2023, 1, 10) + dt.timedelta(days=site * 2)
        end = QU_MOTHBALLED if site == 5 else LAST
        gaps = {1: (10, 18), 2: (14, 24), 3: (7, 12), 4: (25, 45), 5: (20, 35)}[site]
        while day <= end:
            if day.weekday() >= 5:
                day += dt.timedelta(days=7 - day.weekday())
                continue
            holes = r.randint(14, 48)
            exp = round(holes * r.uniform(85, 140), 0)
            if exp >= 4000 and r.random() < 0.5:
                eq, eu = round(exp / 1000, 2), "T"
            else:
                eq, eu = exp, "KG"
            yld = round(exp * r.uniform(3.6, 4.8) / 10) * 10.0
            vib = round(r.uniform(1.2, 9.8), 2) if r.random() > 0.04 else None
            op = round(r.uniform(104, 124), 1) if vib is not None else None
            comp = 1 if (vib is not None and vib > 7.5 and r.random() < 0.6) or r.random() < 0.02 else 0
            blasts.append((0, site, _hm(T.combine(day, dt.time(r.choice([11, 12, 13, 14]), r.choice([0, 15, 30])))),
                           r.choice(QU_SHOTFIRERS[:3] if site != 2 else QU_SHOTFIRERS[1:2] + QU_SHOTFIRERS[3:]), holes,
                           eq, eu, yld if r.random() > 0.05 else None, "T", vib, op, comp))
            day += dt.timedelta(days=r.randint(*gaps))
    blasts.sort(key=lambda b: b[2])
    blasts = [(i + 1, *b[1:]) for i, b in enumerate(blasts)]
    blasts = [b if b[7] is not None else (*b[:8], None, *b[9:]) for b in blasts]
    _ins(con, "blasts", blasts)
    _done(con)


# ---------------------------------------------------------------- gridbattery (epoch-millisecond timestamps)

GB_SITES = [
    (1, "Thornbury Lane BESS", "South West", 50.0, D(2022, 11, 14)),
    (2, "Kilmarnock North Storage", "Scotland", 49.9, D(2022, 9, 5)),
    (3, "Drax Road Battery Park", "Yorkshire", 100.0, D(2023, 3, 20)),
    (4, "Pelham Fen Energy Store", "East of England", 40.0, D(2023, 10, 2)),
    (5, "Capenhurst BESS", "North West", 30.0, D(2022, 6, 27)),
    (6, "Stony Cross Storage", "South East", 57.0, D(2024, 7, 15)),
]
GB_MODELS = [("Tesla", "Megapack 2 XL", 3916.0), ("Fluence", "Gridstack Pro", 5015.0), ("BYD", "MC Cube-T", 5016.0),
             ("Wartsila", "Quantum 2", 4300.0), ("Sungrow", "PowerTitan 2.0", 5015.0)]
GB_SITE_MAKER = {1: 0, 2: 1, 3: 2, 4: 0, 5: 3, 6: 4}
GB_ALARMS = [
    ("CELL_OVERTEMP", "critical"), ("HVAC_FAULT", "major"), ("BMS_COMMS_LOSS", "major"), ("INSULATION_FAULT", "critical"),
    ("DOOR_OPEN", "minor"), ("SOC_IMBALANCE", "minor"), ("FIRE_PANEL_FAULT", "critical"), ("INVERTER_TRIP", "major"),
]
GB_TECHS = [
    ("Owen Pritchard", "GridServ Field Services", 1), ("Kirsty McAllister", "GridServ Field Services", 1),
    ("Dean Hollis", "in-house", 0), ("Priya Raman", "in-house", 0), ("Callum Fraser", "Volt Maintenance Ltd", 1),
    ("Lucy Barnes", "in-house", 0), ("Marek Nowak", "Volt Maintenance Ltd", 1), ("Sian Griffiths", "in-house", 0),
    ("Tom Ashby", "ThermoScan UK", 1), ("Rebecca Lowe", "in-house", 0), ("Jamal Osei", "GridServ Field Services", 1),
    ("Ewan Baird", "in-house", 0),
]


def build_gridbattery(path: Path) -> None:
    r = random.Random(95004)
    con = _open(path)
    con.executescript(
        """
        CREATE TABLE sites (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, region TEXT NOT NULL, export_limit_mw REAL NOT NULL,
            commissioned_ms INTEGER NOT NULL);
        CREATE TABLE battery_units (
            unit_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            serial_no TEXT NOT NULL UNIQUE, manufacturer TEXT NOT NULL, model TEXT NOT NULL,
            capacity_kwh REAL NOT NULL, installed_ms INTEGER NOT NULL, unit_status TEXT NOT NULL);
        CREATE TABLE dispatches (
            dispatch_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            direction TEXT NOT NULL, market TEXT NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,
            energy_mwh REAL NOT NULL, price_gbp_mwh REAL NOT NULL);
        CREATE TABLE alarms (
            alarm_id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES battery_units (unit_id),
            alarm_code TEXT NOT NULL, severity TEXT NOT NULL, raised_ms INTEGER NOT NULL, cleared_ms INTEGER);
        CREATE TABLE technicians (
            tech_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, company TEXT NOT NULL, is_contractor INTEGER NOT NULL);
        CREATE TABLE site_visits (
            visit_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            visit_type TEXT NOT NULL, scheduled_ms INTEGER NOT NULL, started_ms INTEGER, finished_ms INTEGER,
            outcome TEXT);
        CREATE TABLE visit_crew (
            visit_id INTEGER NOT NULL REFERENCES site_visits (visit_id),
            tech_id INTEGER NOT NULL REFERENCES technicians (tech_id), crew_role TEXT NOT NULL,
            PRIMARY KEY (visit_id, tech_id));
        """
    )
    _ins(con, "sites", [(s[0], s[1], s[2], s[3], _ms(T.combine(s[4], dt.time(9, 0)))) for s in GB_SITES])
    units = []
    uid = 0
    for sid, _name, _region, mw, comm in GB_SITES:
        maker, model, cap = GB_MODELS[GB_SITE_MAKER[sid]]
        n = int(mw * 1000 * 2 / cap)  # two-hour systems
        n = max(6, min(n, 24))
        for k in range(n):
            uid += 1
            inst = T.combine(comm - dt.timedelta(days=r.randint(20, 60)), dt.time(r.randint(8, 15), 0))
            st = "online"
            if r.random() < 0.06:
                st = "offline"
            units.append((uid, sid, f"{maker[:3].upper()}-{sid}{k + 1:03d}-{r.randint(1000, 9999)}", maker, model,
                          cap, _ms(inst), st))
    # two units replaced: the old ones retired, new ones added later
    for old in (5, 40):
        u = units[old - 1]
        units[old - 1] = (*u[:7], "retired")
        uid += 1
        inst = T(2024, 11, 4, 10, 0) if old == 5 else T(2025, 2, 17, 11, 0)
        units.append((uid, u[1], u[2][:-4] + str(r.randint(1000, 9999)), u[3], u[4], u[5], _ms(inst), "online"))
    _ins(con, "battery_units", units)

    disp = []
    for sid, _name, _region, mw, comm in GB_SITES:
        d = max(comm + dt.timedelta(days=3), D(2023, 1, 1))
        while d <= LAST:
            if r.random() < 0.22 + (0.06 if d.year >= 2024 else 0):
                market = r.choices(["wholesale", "BM", "DC"], weights=[5, 3, 2])[0]
                cs = T.combine(d, dt.time(r.choice([1, 2, 3, 11, 12, 13]), r.choice([0, 30])))
                dur = r.choice([60, 90, 120, 120, 150])
                e = round(mw * dur / 60 * r.uniform(0.7, 1.0), 1)
                cprice = round(r.uniform(15, 75) if cs.hour < 5 else r.uniform(-5, 55), 2)
                disp.append((sid, "charge", market, _ms(cs), _ms(cs + dt.timedelta(minutes=dur)), e, cprice))
                ds = T.combine(d, dt.time(r.choice([16, 17, 18, 19]), r.choice([0, 30])))
                ddur = r.choice([45, 60, 90, 120])
                de = round(min(e * 0.88, mw * ddur / 60) * r.uniform(0.85, 1.0), 1)
                dprice = round(r.uniform(85, 240) if market != "DC" else r.uniform(60, 140), 2)
                if r.random() < 0.015:
                    dprice = round(r.uniform(400, 1250), 2)
                disp.append((sid, "discharge", market, _ms(ds), _ms(ds + dt.timedelta(minutes=ddur)), de, dprice))
            d += dt.timedelta(days=1)
    disp.sort(key=lambda x: (x[3], x[0]))
    _ins(con, "dispatches", [(i + 1, *x) for i, x in enumerate(disp)])

    alarms = []
    for u in units:
        inst_ms = u[6]
        start = max(dt.datetime.fromtimestamp(inst_ms / 1000, dt.UTC).replace(tzinfo=None), T(2023, 1, 1))
        n = r.choices([0, 1, 2, 3, 4, 6], weights=[3, 4, 4, 3, 2, 1])[0]
        for _ in range(n):
            span = int((T(2025, 6, 14, 22, 0) - start).total_seconds())
            if span <= 0:
                continue
            raised = start + dt.timedelta(seconds=r.randint(0, span))
            code, sev = r.choice(GB_ALARMS)
            mins = {"critical": (20, 600), "major": (30, 2880), "minor": (2, 240)}[sev]
            cleared = raised + dt.timedelta(minutes=r.randint(*mins))
            if cleared > T(2025, 6, 14, 23, 0) or (u[7] == "offline" and raised > T(2025, 5, 20)):
                cleared = None
            alarms.append((u[0], code, sev, _ms(raised.replace(microsecond=0)), _ms(cleared.replace(microsecond=0)) if cleared else None))
        if u[7] == "offline":
            raised = T(2025, 6, r.randint(2, 13), r.randint(0, 23), r.randint(0, 59))
            alarms.append((u[0], "INVERTER_TRIP", "major", _ms(raised), None))
    alarms.sort(key=lambda a: a[3])
    _ins(con, "alarms", [(i + 1, *a) for i, a in enumerate(alarms)])
    _ins(con, "technicians", [(i + 1, *t) for i, t in enumerate(GB_TECHS)])

    visits, crew = [], []
    vid = 0
    inhouse = [i + 1 for i, t in enumerate(GB_TECHS) if t[2] == 0]
    contractors = [i + 1 for i, t in enumerate(GB_TECHS) if t[2] == 1 and t[1] != "ThermoScan UK"]
    for sid, _name, _region, mw, comm in GB_SITES:  # noqa: B007 (mw is read after the loop)
        m = max(comm, D(2023, 1, 1)).replace(day=1)
        for m0 in _months(m, D(2025, 8, 1)):
            kinds = ["routine"] if m0.month % 3 == sid % 3 else []
            if r.random() < 0.35:
                kinds.append("corrective")
            if m0.month in (6, 7) and r.random() < 0.6:
                kinds.append("thermal survey")
            if r.random() < 0.08:
                kinds.append("firmware update")
            for kind in kinds:
                day = m0 + dt.timedelta(days=r.randint(0, 27))
                sched = T.combine(day, dt.time(r.choice([8, 9, 10, 13]), 0))
                vid += 1
                if day > LAST:
                    if kind == "corrective":
                        vid -= 1
                        continue
                    visits.append((vid, sid, kind, _ms(sched), None, None, None))
                elif day >= D(2025, 6, 12) and r.random() < 0.5:
                    visits.append((vid, sid, kind, _ms(sched), None, None, None))
                    if kind != "thermal survey":
                        crew.append((vid, r.choice(inhouse), "lead"))
                    continue
                else:
                    st = sched + dt.timedelta(minutes=r.choice([0, 0, 15, 30, 45, 90]))
                    dur = {"routine": (180, 420), "corrective": (60, 600), "thermal survey": (120, 240),
                           "firmware update": (90, 300)}[kind]
                    fin = st + dt.timedelta(minutes=r.randint(*dur))
                    outcome = r.choices(["completed", "follow-up required", "aborted"], weights=[85, 12, 3])[0]
                    visits.append((vid, sid, kind, _ms(sched), _ms(st), _ms(fin), outcome))
                if kind == "thermal survey":
                    crew.append((vid, 9, "lead"))
                    if r.random() < 0.5:
                        crew.append((vid, r.choice(inhouse), "assist"))
                else:
                    pool = inhouse + contractors
                    lead = r.choice(pool)
                    crew.append((vid, lead, "lead"))
                    for t in r.sample([p for p in pool if p != lead], r.randint(0, 2)):
                        crew.append((vid, t, "assist"))
    vis = sorted(visits, key=lambda v: (v[3], v[1]))
    ren = {v[0]: i + 1 for i, v in enumerate(vis)}
    _ins(con, "site_visits", [(ren[v[0]], *v[1:]) for v in vis])
    _ins(con, "visit_crew", sorted((ren[c[0]], *c[1:]) for c in crew))
    _done(con)


# ---------------------------------------------------------------- pumpworks (bill of materials: parent_part_id)

# pump models: (name, list of sub-assemblies); each sub-assembly: (name, [(component, material, unit cost, qty)])
PW_SUBS = {
    "volute casing assembly": [("volute casing", "cast iron", 182.0, 1), ("casing gasket", "EPDM", 4.2, 1),
                               ("casing bolt M16", "stainless 304", 1.35, 8), ("drain plug", "brass", 2.1, 1)],
    "impeller assembly": [("impeller", "bronze", 146.0, 1), ("impeller nut", "stainless 316", 3.8, 1),
                          ("impeller key", "stainless 316", 1.2, 1), ("wear ring", "bronze", 18.5, 2)],
    "bearing frame assembly": [("bearing housing", "cast iron", 96.0, 1), ("shaft", "stainless 316", 64.0, 1),
                               ("ball bearing 6309", "steel", 22.0, 2), ("lip seal", "nitrile", 3.1, 2),
                               ("oil sight glass", "acrylic", 6.4, 1)],
    "mechanical seal assembly": [("mechanical seal cartridge", "silicon carbide", 212.0, 1),
                                 ("seal gland", "stainless 316", 28.0, 1), ("O-ring kit", "Viton", 9.5, 1)],
    "motor and coupling assembly": [("electric motor", "aluminium", 640.0, 1), ("flexible coupling", "steel", 48.0, 1),
                                    ("coupling guard", "steel", 21.0, 1), ("baseplate", "steel", 118.0, 1)],
    "submersible motor unit": [("submersible motor", "stainless 304", 980.0, 1), ("power cable 10m", "rubber", 74.0, 1),
                               ("cable gland", "brass", 7.6, 1), ("moisture sensor", "electronic", 38.0, 1)],
    "diaphragm head assembly": [("diaphragm", "PTFE", 58.0, 2), ("valve ball", "PTFE", 6.2, 4),
                                ("air valve body", "polypropylene", 88.0, 1), ("manifold", "aluminium", 64.0, 2)],
    "control panel": [("controller board", "electronic", 156.0, 1), ("enclosure IP65", "polycarbonate", 42.0, 1),
                      ("contactor", "electronic", 31.0, 1), ("float switch", "polypropylene", 19.0, 2)],
    "stage stack": [("diffuser", "stainless 304", 36.0, 6), ("stage impeller", "stainless 304", 29.0, 6),
                    ("tie rod", "stainless 304", 8.5, 4), ("pump sleeve", "stainless 304", 44.0, 1)],
}
PW_PUMPS = [
    ("CP-50 end-suction centrifugal pump", 1450.0, ["volute casing assembly", "impeller assembly",
                                                    "bearing frame assembly", "mechanical seal assembly",
                                                    "motor and coupling assembly"]),
    ("CP-80 end-suction centrifugal pump", 2380.0, ["volute casing assembly", "impeller assembly",
                                                    "bearing frame assembly", "mechanical seal assembly",
                                                    "motor and coupling assembly"]),
    ("SB-15 submersible borehole pump", 1890.0, ["stage stack", "submersible motor unit", "control panel"]),
    ("SD-40 submersible drainage pump", 1240.0, ["impeller assembly", "submersible motor unit", "control panel"]),
    ("AD-25 air-operated diaphragm pump", 960.0, ["diaphragm head assembly"]),
    ("VM-32 vertical multistage pump", 2140.0, ["stage stack", "mechanical seal assembly",
                                                "motor and coupling assembly"]),
    ("CP-100 end-suction centrifugal pump", 3150.0, ["volute casing assembly", "impeller assembly",
                                                     "bearing frame assembly", "mechanical seal assembly",
                                                     "motor and coupling assembly"]),
]
PW_SUPPLIERS = [
    ("Sheffield Castings Ltd", "United Kingdom", 28, 1), ("Midland Bronze Foundry", "United Kingdom", 35, 1),
    ("Rheinmetall Dichtungstechnik", "Germany", 21, 1), ("SKF Distribution UK", "United Kingdom", 7, 1),
    ("WEG Motors Europe", "Portugal", 42, 1), ("Ningbo Precision Parts", "China", 70, 1),
    ("Brammer Industrial", "United Kingdom", 5, 1), ("Cableway Electrics", "United Kingdom", 10, 1),
    ("Polymer Mouldings Italia", "Italy", 30, 1), ("Tamil Nadu Pump Components", "India", 60, 0),
    ("Fixings Direct Trade", "United Kingdom", 3, 1), ("Ostrava Steel Works", "Czech Republic", 45, 0),
]
PW_MAT_SUPPLIERS = {
    "cast iron": [1, 6, 12], "bronze": [2, 10], "stainless 316": [6, 7, 10], "stainless 304": [6, 7, 12],
    "EPDM": [3, 7], "Viton": [3], "nitrile": [3, 7], "steel": [4, 7, 12], "brass": [11, 7], "acrylic": [9],
    "aluminium": [5, 6], "silicon carbide": [3], "rubber": [8], "electronic": [8], "PTFE": [3, 9],
    "polypropylene": [9], "polycarbonate": [9],
}
PW_CUSTOMERS = [
    ("Yorkshire Water Services", "water utility", "United Kingdom"), ("Anglian Water", "water utility", "United Kingdom"),
    ("Scottish Water", "water utility", "United Kingdom"), ("Uisce Eireann", "water utility", "Ireland"),
    ("Greenfield Irrigation", "agriculture", "United Kingdom"), ("Fenland Growers Co-op", "agriculture", "United Kingdom"),
    ("Agri-Flow Nederland", "agriculture", "Netherlands"), ("Coolsys Building Services", "HVAC", "United Kingdom"),
    ("Mitie Engineering", "HVAC", "United Kingdom"), ("Kelda Facilities", "HVAC", "United Kingdom"),
    ("Boulby Potash Mine", "mining", "United Kingdom"), ("Cornish Lithium", "mining", "United Kingdom"),
    ("Nordic Mining Services", "mining", "Norway"), ("Cammell Marine", "marine", "United Kingdom"),
    ("Harland Ship Repair", "marine", "United Kingdom"), ("Brittany Ferries Technical", "marine", "France"),
    ("Thames Tideway Contractors", "construction", "United Kingdom"), ("Balfour Dewatering", "construction", "United Kingdom"),
]


def build_pumpworks(path: Path) -> None:
    r = random.Random(95005)
    con = _open(path)
    con.executescript(
        """
        CREATE TABLE parts (
            part_id INTEGER PRIMARY KEY, part_no TEXT NOT NULL UNIQUE, part_name TEXT NOT NULL,
            part_kind TEXT NOT NULL, parent_part_id INTEGER REFERENCES parts (part_id), qty_per_parent INTEGER,
            material TEXT, unit_cost REAL, list_price REAL, is_active INTEGER NOT NULL);
        CREATE TABLE suppliers (
            supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, country TEXT NOT NULL,
            lead_time_days INTEGER NOT NULL, is_approved INTEGER NOT NULL);
        CREATE TABLE part_suppliers (
            part_id INTEGER NOT NULL REFERENCES parts (part_id),
            supplier_id INTEGER NOT NULL REFERENCES suppliers (supplier_id),
            price_gbp REAL NOT NULL, is_preferred INTEGER NOT NULL, PRIMARY KEY (part_id, supplier_id));
        CREATE TABLE customers (
            customer_id INTEGER PRIMARY KEY, customer_name TEXT NOT NULL, sector TEXT NOT NULL, country TEXT NOT NULL);
        CREATE TABLE work_orders (
            wo_id INTEGER PRIMARY KEY, wo_no TEXT NOT NULL UNIQUE,
            part_id INTEGER NOT NULL REFERENCES parts (part_id),
            customer_id INTEGER REFERENCES customers (customer_id), qty INTEGER NOT NULL, raised_on TEXT NOT NULL,
            due_on TEXT NOT NULL, completed_on TEXT, status TEXT NOT NULL);
        CREATE TABLE pump_tests (
            test_id INTEGER PRIMARY KEY, wo_id INTEGER NOT NULL REFERENCES work_orders (wo_id),
            serial_no TEXT NOT NULL, tested_on TEXT NOT NULL, flow_m3h REAL NOT NULL, head_m REAL NOT NULL,
            power_kw REAL NOT NULL, result TEXT NOT NULL);
        """
    )
    parts = []
    pid = 0
    pno = 1000
    pump_ids = {}
    comp_ids = []
    retired_pump = "CP-100 end-suction centrifugal pump"
    for pname, lp, subs in PW_PUMPS:
        pid += 1
        pno += 1
        top = pid
        pump_ids[pname] = top
        parts.append([top, f"PW-{pno}", pname, "pump", None, None, None, None, lp, 0 if pname == retired_pump else 1])
        for sname in subs:
            pid += 1
            pno += 1
            sub = pid
            parts.append([sub, f"PW-{pno}", sname, "assembly", top, 1, None, None, None, 1])
            scale = 1.0 + (0.35 if "CP-80" in pname else 0.7 if "CP-100" in pname else 0.0)
            for cname, mat, cost, q in PW_SUBS[sname]:
                pid += 1
                pno += 1
                c = round(cost * (scale if mat in ("cast iron", "bronze", "aluminium") or cname == "electric motor"
                                  else 1.0) * r.uniform(0.95, 1.05), 2)
                parts.append([pid, f"PW-{pno}", cname, "component", sub, q, mat, c, None, 1])
                comp_ids.append((pid, mat, c))
    # a few superseded components (inactive)
    for p in parts:
        if p[3] == "component" and p[2] in ("oil sight glass", "drain plug") and r.random() < 0.6:
            p[9] = 0
    _ins(con, "parts", [tuple(p) for p in parts])
    _ins(con, "suppliers", [(i + 1, *s) for i, s in enumerate(PW_SUPPLIERS)])
    ps = []
    for cid, mat, cost in comp_ids:
        if mat == "electronic" and r.random() < 0.35:
            continue  # assembled in-house, no supplier
        if mat == "stainless 304" and r.random() < 0.2:
            continue
        sups = r.sample(PW_MAT_SUPPLIERS[mat], k=r.randint(1, len(PW_MAT_SUPPLIERS[mat])))
        pref = r.choice(sups)
        for s in sups:
            ps.append((cid, s, round(cost * r.uniform(0.85, 1.15), 2), 1 if s == pref else 0))
    _ins(con, "part_suppliers", sorted(ps))
    _ins(con, "customers", [(i + 1, *c) for i, c in enumerate(PW_CUSTOMERS)])
    sector_pumps = {
        "water utility": ["CP-50", "CP-80", "CP-100", "VM-32", "SB-15"], "agriculture": ["SB-15", "CP-50", "SD-40"],
        "HVAC": ["VM-32", "CP-50", "CP-80"], "mining": ["SD-40", "AD-25", "CP-100"], "marine": ["CP-50", "AD-25", "VM-32"],
        "construction": ["SD-40", "AD-25"],
    }
    by_prefix = {p[0].split()[0]: p[0] for p in PW_PUMPS}
    wos, tests = [], []
    n = 0
    for m0 in _months(D(2023, 1, 1), D(2025, 6, 1)):
        for _ in range(r.randint(9, 14)):
            if r.random() < 0.2:
                cust = None
                pname = r.choice([p for p in by_prefix.values()])
            else:
                ci = r.randrange(len(PW_CUSTOMERS))
                if ci in (9, 15):
                    ci = 0  # two customers never order
                cust = ci + 1
                pname = by_prefix[r.choice(sector_pumps[PW_CUSTOMERS[ci][1]])]
            raised = _day(r, m0, min(_month_end(m0), LAST))
            if pname == retired_pump and raised > D(2024, 9, 30):
                pname = by_prefix["CP-80"]
            qty = r.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12])
            due = raised + dt.timedelta(days=r.randint(21, 63))
            n += 1
            wo_no = f"WO-{raised.year % 100}-{n:04d}"
            if r.random() < 0.04:
                wos.append((n, wo_no, pump_ids[pname], cust, qty, _iso(raised), _iso(due), None, "cancelled"))
                continue
            comp = due + dt.timedelta(days=r.randint(-14, 18))
            if comp <= raised:
                comp = raised + dt.timedelta(days=7)
            if comp > LAST:
                started = raised + dt.timedelta(days=10) <= LAST
                wos.append((n, wo_no, pump_ids[pname], cust, qty, _iso(raised), _iso(due), None,
                            "in progress" if started else "planned"))
                continue
            wos.append((n, wo_no, pump_ids[pname], cust, qty, _iso(raised), _iso(due), _iso(comp), "complete"))
            code = pname.split()[0]
            flow0, head0, kw0 = {"CP-50": (45, 32, 7.5), "CP-80": (110, 40, 18.5), "CP-100": (210, 45, 37),
                                 "SB-15": (12, 90, 5.5), "SD-40": (60, 15, 4), "AD-25": (9, 60, 0.0),
                                 "VM-32": (30, 110, 15)}[code]
            for k in range(qty):
                tdate = comp - dt.timedelta(days=r.randint(0, 3))
                fail = r.random() < 0.05
                f = round(flow0 * r.uniform(0.96, 1.04) * (r.uniform(0.8, 0.9) if fail else 1), 1)
                tests.append((wo_no, f"{code}-{raised.year % 100}{n:04d}-{k + 1:02d}", _iso(tdate), f,
                              round(head0 * r.uniform(0.97, 1.03), 1), round(kw0 * r.uniform(0.95, 1.05), 2)
                              if kw0 else 0.0, "fail" if fail else "pass"))
                if fail:
                    tests.append((wo_no, f"{code}-{raised.year % 100}{n:04d}-{k + 1:02d}", _iso(tdate + dt.timedelta(days=1)),
                                  round(flow0 * r.uniform(0.97, 1.03), 1), round(head0 * r.uniform(0.98, 1.02), 1),
                                  round(kw0 * r.uniform(0.95, 1.05), 2) if kw0 else 0.0, "pass"))
    # future work orders raised recently, due after today
    for k in range(10):
        raised = D(2025, 6, 2) + dt.timedelta(days=k)
        n += 1
        ci = r.choice([0, 1, 2, 4, 7, 10, 13])
        pname = by_prefix[r.choice(sector_pumps[PW_CUSTOMERS[ci][1]])]
        if pname == retired_pump:
            pname = by_prefix["CP-50"]
        wos.append((n, f"WO-25-{n:04d}", pump_ids[pname], ci + 1, r.choice([1, 2, 4, 6]), _iso(raised),
                    _iso(raised + dt.timedelta(days=r.randint(28, 56))), None, "planned"))
    _ins(con, "work_orders", wos)
    wo_id = {w[1]: w[0] for w in wos}
    tests.sort(key=lambda t: (t[2], t[1]))
    _ins(con, "pump_tests", [(i + 1, wo_id[t[0]], *t[1:]) for i, t in enumerate(tests)])
    _done(con)


# ---------------------------------------------------------------- palletrepair (suffix-style column names)

PR_DEPOTS = [
    (1, "Trafford Park Yard", "Manchester", "NW", "Y"), (2, "Wakefield Europort Yard", "Wakefield", "YH", "Y"),
    (3, "Hams Hall Yard", "Coleshill", "WM", "Y"), (4, "Daventry Yard", "Daventry", "EM", "Y"),
    (5, "Ellesmere Port Yard", "Ellesmere Port", "NW", "N"),
]
PR_DEPOT_CLOSED = D(2024, 4, 30)
# cd, desc, length, width, price of a new pallet in pence
PR_TYPES = [
    ("EUR1", "Euro pallet EPAL 1200x800", 1200, 800, 1450), ("UK4W", "UK standard 4-way 1200x1000", 1200, 1000, 1250),
    ("CP1", "Chemical pallet CP1 1200x1000", 1200, 1000, 1690), ("CP3", "Chemical pallet CP3 1140x1140", 1140, 1140, 1720),
    ("HALF", "Half pallet 800x600", 800, 600, 890), ("QTR", "Quarter display pallet 600x400", 600, 400, 610),
    ("BLK", "Heavy-duty block pallet 1200x1200", 1200, 1200, 2150),
]
PR_CUSTOMERS = [
    ("Kellogg Trafford Park", "Manchester", "MFG"), ("Warburtons Bakery", "Bolton", "MFG"),
    ("Asda Distribution Centre", "Wakefield", "RET"), ("Morrisons Regional DC", "Wakefield", "RET"),
    ("Next Distribution", "Doncaster", "RET"), ("Jaguar Land Rover Logistics", "Solihull", "MFG"),
    ("Sainsbury's Hams Hall DC", "Coleshill", "RET"), ("DHL Supply Chain Daventry", "Daventry", "LOG"),
    ("XPO Logistics Magna Park", "Lutterworth", "LOG"), ("Unilever Port Sunlight", "Wirral", "MFG"),
    ("Essar Oil Stanlow", "Ellesmere Port", "MFG"), ("Yorkshire Agri Supplies", "Selby", "AGR"),
    ("Cheshire Feed Merchants", "Nantwich", "AGR"), ("Wincanton Haydock", "St Helens", "LOG"),
    ("GXO Wakefield", "Wakefield", "LOG"), ("Boots Nottingham DC", "Nottingham", "RET"),
    ("Britvic Leeds", "Leeds", "MFG"), ("Marshalls Paving", "Elland", "MFG"), ("Tesco Daventry DC", "Daventry", "RET"),
    ("Brakes Foodservice", "Warrington", "LOG"), ("Muller Milk Market Drayton", "Market Drayton", "MFG"),
    ("Fenland Potato Growers", "Spalding", "AGR"), ("Pallet Trader North (broker)", "Oldham", "LOG"),
    ("Wolseley Plumb Centre", "Stoke-on-Trent", "RET"),
]


def build_palletrepair(path: Path) -> None:
    r = random.Random(95006)
    con = _open(path)
    con.executescript(
        """
        CREATE TABLE depot (
            depot_no INTEGER PRIMARY KEY, depot_desc TEXT NOT NULL, town_desc TEXT NOT NULL, region_cd TEXT NOT NULL,
            open_ind TEXT NOT NULL);
        CREATE TABLE employee (
            employee_no INTEGER PRIMARY KEY, employee_desc TEXT NOT NULL, role_cd TEXT NOT NULL,
            depot_no INTEGER NOT NULL REFERENCES depot (depot_no), start_ts TEXT NOT NULL, leave_ts TEXT,
            active_ind TEXT NOT NULL);
        CREATE TABLE customer (
            customer_no INTEGER PRIMARY KEY, customer_desc TEXT NOT NULL, town_desc TEXT NOT NULL,
            customer_type_cd TEXT NOT NULL, active_ind TEXT NOT NULL, created_ts TEXT NOT NULL);
        CREATE TABLE pallet_type (
            pallet_type_cd TEXT PRIMARY KEY, pallet_type_desc TEXT NOT NULL, length_mm INTEGER NOT NULL,
            width_mm INTEGER NOT NULL, new_price_pence INTEGER NOT NULL);
        CREATE TABLE collection (
            collection_no INTEGER PRIMARY KEY, customer_no INTEGER NOT NULL REFERENCES customer (customer_no),
            depot_no INTEGER NOT NULL REFERENCES depot (depot_no), driver_no INTEGER REFERENCES employee (employee_no),
            scheduled_ts TEXT NOT NULL, collected_ts TEXT, pallet_qty INTEGER, status_cd TEXT NOT NULL);
        CREATE TABLE repair_job (
            job_no INTEGER PRIMARY KEY, collection_no INTEGER NOT NULL REFERENCES collection (collection_no),
            pallet_type_cd TEXT NOT NULL REFERENCES pallet_type (pallet_type_cd),
            repairer_no INTEGER NOT NULL REFERENCES employee (employee_no), received_qty INTEGER NOT NULL,
            repaired_qty INTEGER, scrapped_qty INTEGER, grade_cd TEXT, ht_ind TEXT NOT NULL, start_ts TEXT NOT NULL,
            complete_ts TEXT, labour_min INTEGER);
        CREATE TABLE sale (
            sale_no INTEGER PRIMARY KEY, customer_no INTEGER NOT NULL REFERENCES customer (customer_no),
            depot_no INTEGER NOT NULL REFERENCES depot (depot_no),
            pallet_type_cd TEXT NOT NULL REFERENCES pallet_type (pallet_type_cd), grade_cd TEXT NOT NULL,
            sale_qty INTEGER NOT NULL, unit_price_pence INTEGER NOT NULL, sale_ts TEXT NOT NULL,
            paid_ind TEXT NOT NULL);
        """
    )
    _ins(con, "depot", PR_DEPOTS)
    _ins(con, "pallet_type", PR_TYPES)
    names = _names(r, 70, GIVEN_UK, FAMILY_UK)
    emps = []
    en = 300
    drivers: dict[int, list[int]] = {}
    repairers: dict[int, list[int]] = {}
    for dno, *_x in PR_DEPOTS:
        spec = [("MGR", 1), ("SUP", 1), ("DRV", 3 if dno != 5 else 2), ("REP", 6 if dno in (1, 2) else 4)]
        for role, k in spec:
            for _ in range(k):
                en += 1
                g, f = names[en - 301]
                start = T.combine(_day(r, D(2014, 1, 1), D(2024, 9, 1)), dt.time(8, 0))
                leave = None
                if dno == 5:
                    leave = T.combine(PR_DEPOT_CLOSED, dt.time(17, 0))
                    if start.date() > D(2023, 6, 1):
                        start = T(2022, 3, 7, 8, 0)
                elif r.random() < 0.12 and start.date() < D(2024, 1, 1):
                    leave = T.combine(_day(r, D(2024, 1, 1), D(2025, 5, 30)), dt.time(17, 0))
                emps.append((en, f"{g} {f}", role, dno, _hms(start), _hms(leave) if leave else None,
                             "N" if leave else "Y"))
                if role == "DRV":
                    drivers.setdefault(dno, []).append((en, start, leave))
                if role == "REP":
                    repairers.setdefault(dno, []).append((en, start, leave))
    _ins(con, "employee", emps)
    custs = []
    for i, (nm, town, typ) in enumerate(PR_CUSTOMERS):
        act = "N" if nm in ("Essar Oil Stanlow", "Cheshire Feed Merchants") else "Y"
        custs.append((7001 + i, nm, town, typ, act, _hms(T.combine(_day(r, D(2016, 1, 1), D(2022, 11, 30)), dt.time(10, 0)))))
    custs.append((7001 + len(custs), "Stobart Carlisle Hub", "Carlisle", "LOG", "Y", "2025-06-09 11:20:00"))
    _ins(con, "customer", custs)
    home = {"Manchester": 1, "Bolton": 1, "Wirral": 5, "Ellesmere Port": 5, "Nantwich": 5, "St Helens": 1,
            "Warrington": 1, "Oldham": 1, "Wakefield": 2, "Doncaster": 2, "Selby": 2, "Leeds": 2, "Elland": 2,
            "Solihull": 3, "Coleshill": 3, "Stoke-on-Trent": 3, "Market Drayton": 3, "Daventry": 4,
            "Lutterworth": 4, "Nottingham": 4, "Spalding": 4}
    type_mix = {"RET": ["UK4W", "EUR1", "HALF", "QTR"], "MFG": ["UK4W", "EUR1", "CP1", "CP3", "BLK"],
                "LOG": ["UK4W", "EUR1", "HALF"], "AGR": ["UK4W", "BLK"]}

    def pick(pool: list[tuple[int, dt.datetime, dt.datetime | None]], when: dt.datetime) -> int:
        ok = [p[0] for p in pool if p[1] <= when and (p[2] is None or p[2] > when)]
        return r.choice(ok)

    cols, jobs = [], []
    cn, jn = 40000, 0
    for c in custs[:-1]:
        cno, nm, town, typ, act, _ = c
        dno = home[town]
        per_month = {"RET": 3, "MFG": 2, "LOG": 3, "AGR": 1}[typ]
        for m0 in _months(D(2023, 1, 1), D(2025, 7, 1)):
            if act == "N" and m0 > D(2024, 2, 1):
                continue
            d_use = dno
            if dno == 5 and m0 > D(2024, 4, 1):
                d_use = 1
            for _ in range(r.randint(max(0, per_month - 1), per_month + 1)):
                day = m0 + dt.timedelta(days=r.randint(0, 27))
                if day.weekday() == 6:
                    day += dt.timedelta(days=1)
                sched = T.combine(day, dt.time(r.choice([7, 8, 9, 10, 11, 13, 14]), r.choice([0, 30])))
                cn += 1
                if day > LAST:
                    if day <= D(2025, 7, 12):
                        cols.append((cn, cno, d_use, None, _hms(sched), None, None, "SCH"))
                    continue
                drv = pick(drivers[d_use], sched)
                if r.random() < 0.05:
                    cols.append((cn, cno, d_use, None, _hms(sched), None, None, "CXL"))
                    continue
                coll = sched + dt.timedelta(minutes=r.randint(-20, 150))
                types = r.sample(type_mix[typ], k=r.randint(1, min(2, len(type_mix[typ]))))
                total = 0
                js = []
                for pt in types:
                    q = r.randint(2, 18) * 10 if pt not in ("BLK", "CP3", "QTR") else r.randint(1, 8) * 10
                    total += q
                    js.append((pt, q))
                cols.append((cn, cno, d_use, drv, _hms(sched), _hms(coll), total, "COL"))
                for pt, q in js:
                    start = coll + dt.timedelta(hours=r.randint(16, 96))
                    start = start.replace(hour=r.choice([6, 7, 8, 10, 12, 14]), minute=r.choice([0, 15, 30, 45]))
                    rep = pick(repairers[d_use], start)
                    jn += 1
                    scrap = int(q * r.uniform(0.02, 0.16))
                    grade = r.choice(["A", "A", "B"]) if pt == "EUR1" else r.choice(["A", "B", "B", "C"])
                    ht = "Y" if (pt in ("EUR1", "CP1", "CP3") or r.random() < 0.2) else "N"
                    mins = int((q - scrap) * r.uniform(4.5, 9.0))
                    done = start + dt.timedelta(minutes=mins + r.randint(30, 600))
                    if done > T(2025, 6, 14, 18, 0):
                        if start > T(2025, 6, 14, 18, 0):
                            start = coll + dt.timedelta(hours=1)
                        jobs.append((jn, cn, pt, rep, q, None, None, None, ht, _hms(start), None, None))
                    else:
                        jobs.append((jn, cn, pt, rep, q, q - scrap, scrap, grade, ht, _hms(start), _hms(done), mins))
    cols.sort(key=lambda x: (x[4], x[0]))
    ren = {c[0]: 40001 + i for i, c in enumerate(cols)}
    _ins(con, "collection", [(ren[c[0]], *c[1:]) for c in cols])
    jobs.sort(key=lambda j: (j[9], j[0]))
    _ins(con, "repair_job", [(i + 1, ren[j[1]], *j[2:]) for i, j in enumerate(jobs)])
    price_tbl = {pt[0]: pt[4] for pt in PR_TYPES}
    sales = []
    for c in custs[:-1]:
        cno, nm, town, typ, act, _ = c
        if nm == "Fenland Potato Growers":
            continue  # only sends pallets for repair, never buys
        dno = home[town]
        n = {"RET": 18, "MFG": 24, "LOG": 30, "AGR": 8}[typ] + r.randint(-5, 5)
        if nm == "Pallet Trader North (broker)":
            n = 70
        for _ in range(n):
            day = _day(r, D(2023, 1, 3), LAST if act == "Y" else D(2024, 2, 28))
            d_use = 1 if dno == 5 and day > PR_DEPOT_CLOSED else dno
            pt = r.choice(type_mix[typ])
            grade = r.choice(["A", "A", "B", "C"]) if pt != "EUR1" else r.choice(["A", "B"])
            factor = {"A": 0.62, "B": 0.45, "C": 0.30}[grade] * (1.0 if day.year == 2023 else 1.06 if day.year == 2024 else 1.1)
            price = int(round(price_tbl[pt] * factor * r.uniform(0.95, 1.05), -1))
            qty = r.randint(2, 40) * 10 if pt not in ("BLK", "CP3", "QTR") else r.randint(1, 10) * 10
            ts = T.combine(day, dt.time(r.randint(7, 16), r.randint(0, 59), r.randint(0, 59)))
            paid = "N" if (day > D(2025, 5, 1) and r.random() < 0.5) or r.random() < 0.03 else "Y"
            sales.append((cno, d_use, pt, grade, qty, price, _hms(ts), paid))
    sales.sort(key=lambda s: (s[6], s[0]))
    _ins(con, "sale", [(90001 + i, *s) for i, s in enumerate(sales)])
    _done(con)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "paintmix": build_paintmix,
    "ziegelei": build_ziegelei,
    "quarry": build_quarry,
    "gridbattery": build_gridbattery,
    "pumpworks": build_pumpworks,
    "palletrepair": build_palletrepair,
}
