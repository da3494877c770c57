"""Six synthetic databases of manufacturing, supply chain and field maintenance for the 126th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Each schema was inherited from a different system and keeps its habits: SAP short German
upper-case names (``sapmm``), .NET PascalCase with integer enums (``fieldservice``), French names (``usine``), Unix
epoch timestamps (``freightlog``), an entity-attribute-value table beside prefixed tables (``mrostore``) and soft
deletes (``supplierq``).

sapmm -- an extract of SAP materials management (MM) of a maker of hydraulic pumps, gear motors and power units.
    The table and column names are SAP's own German abbreviations.  Dates are SAP DATS text 'YYYYMMDD' ('20250419').
    Flags are 'X' = yes and '' (empty text) = no.  Material numbers are 18-character text padded with zeros on the
    left: material 400017 is stored as '000000000000400017'.
    T001W: plants (Werke).  WERKS: plant code ('1000'); NAME1: plant name ('Werk Stuttgart', 'Usine Lyon',
        'Plant Charlotte' ...); ORT01: city; LAND1: country, ISO code ('DE', 'FR', 'PL', 'US').
    LFA1: vendors (suppliers, Lieferanten).  LIFNR: vendor number, 10-digit text ('0000100001'); NAME1: vendor name
        ('Brenner Hydraulik GmbH'); ORT01: city; LAND1: country ISO code; ERDAT: date the vendor record was created;
        SPERR: 'X' = blocked for posting (no new orders may be placed), '' = not blocked.
    MARA: material master, one row per material.  MATNR: material number; MTART: material type, 'FERT' = finished
        product, 'HALB' = semi-finished product (made in house and used in other products), 'ROH' = raw material
        (bought), 'ERSA' = spare part (bought); MATKL: material group, 'FG01' finished goods, 'SF01' semi-finished,
        'METL' metals, 'MECH' mechanical parts, 'FAST' fasteners, 'SEAL' seals, 'ELEC' electrical, 'CHEM' oils,
        paints and chemicals, 'PACK' packaging, 'SPAR' spare parts; MEINS: base unit of measure, 'ST' = piece (Stueck),
        'KG' = kilogram, 'M' = metre, 'L' = litre; BRGEW: gross weight of one base unit, in the unit GEWEI ('KG' or
        'G' = grams; both NULL for materials bought by weight or length); ERSDA: date created; LVORM: 'X' = flagged for
        deletion (still in the master until archived).
    MAKT: material descriptions.  MATNR -> MARA; SPRAS: language, 'E' = English, 'D' = German (every material has an
        English text, some also a German one); MAKTX: the description ('Bearing 6204-2RS', 'Hydraulic Pump HP-200').
        A material's name is its English MAKTX.
    MARC: plant data of a material (which plants use it and how it is planned).  MATNR -> MARA; WERKS -> T001W;
        DISMM: MRP type, 'PD' = planned by MRP from demand, 'VB' = reorder point planning, 'ND' = no planning; MINBE:
        reorder point in base units (only with 'VB', else 0): when the plant's unrestricted stock falls below it a
        purchase is proposed; EISBE: safety stock in base units; PLIFZ: planned delivery time in days (bought
        materials; 0 for what is made in house).
    MARD: stock per storage location.  MATNR -> MARA; WERKS -> T001W; LGORT: storage location, '0001' = main
        warehouse, '0002' = production supply area; LABST: unrestricted-use stock in base units; INSME: stock in
        quality inspection.  A plant's stock of a material is the sum over its storage locations.
    STPO: bill of material items (the components of a product: a link of MARA to MARA).  MATNR -> MARA: the product
        (a finished or semi-finished material) the BOM is for; POSNR: item number ('0010'); IDNRK -> MARA: the
        component; MENGE: quantity of the component in one base unit of the product; MEINS: the component's unit.
    EKKO: purchase order headers (Einkauf).  EBELN: PO number ('4500000194'); BSART: order type, 'NB' = standard
        purchase order, 'FO' = framework order; LIFNR -> LFA1: the vendor; BEDAT: PO date; WAERS: currency of the
        order ('EUR', 'USD' for US vendors, 'CHF' for the Swiss one); ERNAM: SAP user who created it ('MKELLER',
        'ABRAUN', 'JNOWAK', 'PDUBOIS', 'SWEBER', 'TMILLER').
    EKPO: purchase order items.  EBELN -> EKKO; EBELP: item number ('00010'); MATNR -> MARA; WERKS -> T001W: the
        receiving plant; MENGE: quantity ordered in MEINS; NETPR: net price in the PO currency per PEINH units; PEINH:
        price unit (1, or 100 when the price is quoted per 100 pieces); the item's net value is MENGE * NETPR / PEINH;
        ELIKZ: 'X' = delivery completed, '' = still to be delivered; LOEKZ: 'L' = the item was deleted (void: it was
        never ordered, has no value and does not count), '' = valid.  An open item is one neither delivery-completed
        nor deleted.

fieldservice -- a field service company maintaining HVAC, refrigeration, elevators, generators and compressors for
    customers around Denver, Colorado (an ASP.NET application: PascalCase names, integer keys, 0/1 bits, enums
    stored as integers, money in US dollars).  Timestamps (columns ending in Utc) are UTC datetime2 text
    'YYYY-MM-DD HH:MM:SS.fffffff'; columns ending in On are dates 'YYYY-MM-DD'.
    Customers: CustomerId; CustomerName ('Harbor Cold Storage'); Industry ('Healthcare', 'Retail', 'Logistics',
        'Food Processing', 'Office', 'Hospitality', 'Data Center', 'Government', 'Education', 'Residential',
        'Manufacturing'); City: head office city ('Denver', 'Aurora', 'Boulder', 'Greeley' ...); IsKeyAccount: 1 = a
        key account; CreatedUtc: when the customer was entered.
    Sites: the customer's locations where equipment stands.  SiteId; CustomerId -> Customers; SiteName ('Harbor Cold
        Storage - North Campus', or the customer's name for a single site); StreetAddress; City; PostalCode.
    EquipmentModels: ModelId; ModelName ('Otis Gen2 Elevator'); Manufacturer ('Carrier', 'Trane', 'Otis' ...);
        Category: 'HVAC', 'Refrigeration', 'Elevator', 'Generator', 'Compressor' or 'Ice Machine'; PmIntervalDays:
        days between preventive maintenance visits.
    Assets: the serviced equipment, one row per unit.  AssetId; SiteId -> Sites; ModelId -> EquipmentModels;
        SerialNumber (unique, 'CA82-4222-1194'); InstalledOn; WarrantyExpiresOn: last day covered by the
        manufacturer's warranty (NULL = no warranty on record); IsDecommissioned: 1 = taken out of service.
    Technicians: TechnicianId; FullName; Region: 'North', 'South', 'East' or 'West' ('Central' for the service
        manager); HourlyRate: pay per hour in US dollars; HiredUtc; SupervisorId -> Technicians: the person's
        supervisor (the service manager supervises the four regional leads, who supervise their region's
        technicians; NULL for the manager); IsActive: 0 = has left the company.
    WorkOrders: service jobs.  WorkOrderId; WorkOrderNumber ('WO-25-00097'); AssetId -> Assets; WorkOrderType:
        0 = Preventive (scheduled maintenance), 1 = Corrective (repair call), 2 = Inspection, 3 = Installation;
        Priority: 1 = Critical, 2 = High, 3 = Normal, 4 = Low; Status: 0 = New, 1 = Scheduled, 2 = InProgress,
        3 = OnHold, 4 = Completed, 5 = Cancelled (a work order is open while New, Scheduled, InProgress or OnHold);
        ProblemDescription (sometimes NULL); AssignedTechnicianId -> Technicians (NULL = nobody assigned yet);
        CreatedUtc: when it was opened; ScheduledUtc: the planned visit (NULL while New); CompletedUtc (NULL unless
        Completed); IsWarrantyClaim: 1 = billed to the manufacturer's warranty.
    LaborEntries: time booked on work orders (technicians to work orders).  LaborEntryId; WorkOrderId -> WorkOrders;
        TechnicianId -> Technicians (the assigned technician or a helper); StartedUtc; DurationMinutes: minutes
        worked; IsOvertime: 1 = paid as overtime.
    Parts: the parts stock.  PartId; PartNumber ('P-10011'); PartName; UnitCost: our cost per unit in US dollars;
        QuantityOnHand: units in stock now.
    WorkOrderParts: parts used on work orders (work orders to parts).  WorkOrderPartId; WorkOrderId -> WorkOrders;
        PartId -> Parts; Quantity; UnitPriceCharged: price per unit charged to the customer, US dollars.

usine -- the production database of a French plant making pumps, gear motors, cylinders and compressors (French
    names in snake_case; dates ISO 'YYYY-MM-DD', times 'YYYY-MM-DD HH:MM' local time; flags 'O' = oui (yes) and
    'N' = non (no); money in euros excluding VAT).
    ateliers: the workshops.  id_atelier; nom_atelier: 'Usinage' (machining), 'Soudure' (welding), 'Peinture'
        (painting), 'Assemblage' (assembly), 'Contrôle final' (final inspection), 'Emballage' (packing) or
        'Traitement thermique' (heat treatment); batiment: building letter.
    operateurs: the staff.  matricule: employee number ('M0112'); nom: surname; prenom: first name; id_atelier ->
        ateliers (NULL for the production director); equipe: shift, 'matin' (morning), 'après-midi' (afternoon) or
        'nuit' (night), NULL for the director; date_embauche: hire date; id_chef -> operateurs.matricule: the
        person's team leader (each workshop's chef d'atelier leads its operators and reports to the production
        director, whose id_chef is NULL); actif: 'O' = still employed, 'N' = has left.
    machines: id_machine; code_machine ('USI-03'); libelle: the machine's description (two machines of the same
        model share it, e.g. 'Tour CN Mazak QT-250'); id_atelier -> ateliers; date_mise_en_service: commissioning
        date; cadence_horaire: nominal output in pieces per hour; en_service: 'O' = in service, 'N' = out of service
        (retired for good; a machine that is only broken down stays 'O').
    articles: items made or bought, with the bill of materials as a tree.  id_article; reference ('PF-101');
        designation ('Pompe centrifuge PC-50'); type_article: 'PF' = produit fini (finished product), 'SE' =
        sous-ensemble (sub-assembly), 'COMP' = composant (component, bought part); id_article_parent -> articles: the
        article this one goes into (a sub-assembly goes into a finished product, a component into a sub-assembly or
        straight into a finished product; NULL for finished products); qte_par_parent: how many go into one parent;
        prix_unitaire_ht: unit price in euros excluding VAT (hors taxes); poids_kg: weight in kg (sometimes NULL).
    ordres_fabrication: production orders (OF).  num_of ('OF-25-0060'); id_article -> articles: what is made;
        id_machine -> machines: the machine it runs on (the order belongs to that machine's workshop);
        date_lancement: launch date; date_fin_prevue: planned end date; date_fin_reelle: actual end date (NULL until
        completed); qte_prevue: quantity planned; qte_produite: good pieces produced so far; statut: 'P' = planifié
        (planned), 'L' = lancé (launched, in progress), 'T' = terminé (completed), 'A' = annulé (cancelled).
    affectations: who worked on which production order (operators to orders).  num_of -> ordres_fabrication;
        matricule -> operateurs; heures: hours worked on that order.
    pannes: machine breakdowns.  id_panne; id_machine -> machines; debut: when it broke down; fin: when it ran again
        (NULL = still broken down); cause: 'électrique', 'mécanique', 'hydraulique', 'logiciel' (software),
        'usure outil' (tool wear) or 'pneumatique'; cout_reparation: repair cost in euros (NULL = none or not known);
        matricule_declarant -> operateurs: who reported it.
    controles_qualite: quality checks of completed production orders.  id_controle; num_of -> ordres_fabrication;
        date_controle; qte_controlee: pieces checked; qte_rebut: pieces of those scrapped (rebut = scrap; the scrap
        rate is qte_rebut / qte_controlee); resultat: 'C' = conforme (passed), 'NC' = non conforme (failed);
        matricule_controleur -> operateurs: the inspector.

freightlog -- a European logistics platform moving goods between warehouses (snake_case with abbreviations).  Every
    *_ts column is a Unix timestamp: INTEGER seconds since 1970-01-01 UTC.  Money is in euro cents; weights in grams.
    warehouses: wh_id; wh_code ('RTM1'); city ('Rotterdam', 'Hamburg', 'Antwerp', 'Felixstowe', 'Prague' ...);
        country ISO code; wh_type: 'DC' (distribution centre), 'CROSSDOCK' or 'PORT'; opened_ts: when it opened.
    carriers: carrier_id; carrier_name ('DHL Freight', 'Maersk' ...); mode: 'road', 'rail', 'sea' or 'air';
        contract_no: framework contract number (NULL = booked at spot rates; only carriers with a contract send
        tracking events); active: 0 = no longer used.
    skus: the goods.  sku_id; sku_code ('SKU-10010'); descr ('Gear motor GM-40', 'Gear motor GM-40 (export pack)' is
        another SKU); weight_g: weight of one unit in grams; unit_value_cents: value of one unit in euro cents;
        hazmat: 1 = dangerous goods.
    shipments: shp_id; ref_no ('SHP-250611-002': booked on 2025-06-11); origin_wh_id -> warehouses (where it is sent
        from); dest_wh_id -> warehouses (where it goes); carrier_id -> carriers; status: 'booked' (not picked up yet),
        'in_transit', 'delivered', 'exception' (held up: customs, damage, address problem) or 'cancelled';
        created_ts: when it was booked; shipped_ts: picked up by the carrier (NULL if not yet or cancelled);
        promised_ts: the promised delivery time; delivered_ts (NULL until delivered; late = after promised_ts);
        freight_cents: freight cost in euro cents (NULL for cancelled shipments); is_expedited: 1 = express service.
    shipment_lines: what a shipment carries (shipments to SKUs).  line_id; shp_id -> shipments; sku_id -> skus; qty:
        units.
    tracking_events: carrier status messages.  evt_id; shp_id -> shipments; evt_ts; evt_code: 'PU' = picked up,
        'ARR' = arrived at a hub, 'EXC' = exception, 'OFD' = out for delivery, 'DEL' = delivered; location (a city or
        hub; NULL for exceptions); note: what went wrong (exceptions only).

mrostore -- the maintenance, repair and operations (MRO) stores of a plant: spare parts and supplies.  Tables carry a
    module prefix ('inv_' inventory, 'hr_' personnel), columns short prefixes (itm_, sup_, cat_ ...); flags are
    'Y'/'N'; dates ISO 'YYYY-MM-DD'; prices in US dollars.  The technical data of items is kept as
    entity-attribute-value rows in inv_item_attr, not as columns.
    inv_category: cat_id; cat_name ('Motors', 'Bearings', 'Fasteners', 'Electrical', 'Pneumatics', 'Hand Tools',
        'Safety / PPE', 'Lubricants', 'Filters', 'Hoses & Fittings').
    inv_supplier: sup_id; sup_name ('Grainger', 'Fastenal' ...); sup_city (NULL for online-only sellers);
        preferred_yn: 'Y' = a preferred supplier.
    inv_item: the stores catalogue.  itm_id; itm_code ('MRO-040007'); itm_desc ('Bearing 6204-2RS'); cat_id ->
        inv_category; sup_id -> inv_supplier: the usual supplier (NULL = none on file); uom: unit of issue, 'EA' =
        each, 'BX' = box or pack, 'PR' = pair, 'M' = metre; unit_price: US dollars per uom; min_qty: minimum stock,
        in uom, over all stockrooms together (reorder when the total on hand is below it); active_yn: 'N' =
        discontinued.
    inv_item_attr: the items' technical attributes, one row per item and attribute.  itm_id -> inv_item; attr_code:
        'POWER' (kW), 'VOLTAGE' (V), 'CURRENT' (A), 'FRAME', 'RPM', 'ENCLOSURE' ('TEFC', 'ODP'), 'BORE' (mm), 'OD'
        (outer diameter, mm), 'SEAL', 'BRAND', 'THREAD' (metric thread size such as 'M8'), 'LENGTH' (mm), 'MATERIAL'
        ('steel zinc', 'stainless steel', 'alloy steel', 'brass', 'nylon', 'polyurethane', ...), 'PACK_QTY' (pieces
        in a box), 'IP_RATING' (ingress protection, 'IP65'), 'COLOR', 'PORT', 'PRESSURE_MAX' (bar), 'SIZE',
        'CUT_LEVEL', 'NRR' (noise reduction, dB), 'ARC_RATING', 'VISCOSITY' (cSt), 'NLGI', 'VOLUME' (L), 'MICRON'
        (filter rating, um), 'MERV'; attr_val: the value, always text (numbers too: '5.5'); attr_uom: unit of the
        value (NULL when it has none).
    inv_stockroom: room_id; room_code; room_name ('Main Stores', 'Building 2 Tool Crib', 'Maintenance Shop', 'Paint
        Line Cage', 'Overflow Warehouse'); bldg: building.
    inv_stock: stock per item and stockroom (items to stockrooms).  itm_id -> inv_item; room_id -> inv_stockroom;
        qty_on_hand: quantity on hand in the item's uom (an item with no row in a room has none there); bin_loc: bin
        location; last_count_dt: date of the last cycle count (NULL = never counted).
    hr_employee: emp_id; emp_name; dept ('Maintenance', 'Production', 'Facilities', 'Quality', 'Warehouse',
        'Engineering'); cost_ctr: cost centre; active_yn: 'N' = has left.
    inv_req: stores requisitions (requests to draw items).  req_id; req_no ('RQ25-0060'); emp_id -> hr_employee: who
        raised it; req_dt: date raised; req_stat: 'D' = draft, 'S' = submitted (waiting for approval), 'A' =
        approved (waiting to be issued), 'I' = issued (handed out), 'X' = rejected, 'C' = cancelled by the requester;
        appr_emp_id -> hr_employee: who approved or rejected it (NULL otherwise); wo_ref: the maintenance work order
        it is for (NULL if none).
    inv_req_line: requisition lines.  req_id -> inv_req; line_no; itm_id -> inv_item; qty_req: quantity requested;
        qty_iss: quantity issued (0 until issued).

supplierq -- a supplier quality portal (a Ruby on Rails application: snake_case, integer id keys, timestamps
    'YYYY-MM-DD HH:MM:SS' UTC, booleans 't'/'f').  Soft deletes: a row whose deleted_at is set was deleted in the
    application; it is kept for history but is no longer current.  Anything about current things (our suppliers,
    their contacts, the parts we buy, who can supply what, open or counted NCRs) leaves deleted rows out; history
    (receipts, audits) still refers to deleted suppliers, parts and users.
    users: the company's staff using the portal.  id; name; email; role: 'admin', 'buyer', 'sqe' (supplier quality
        engineer) or 'auditor'; created_at; deleted_at: when the account was removed (the person has left).
    suppliers: id; name ('Apex Precision Castings'); country: ISO code ('US', 'MX', 'CA', 'CN' ...); city; tier: 'A'
        (strategic), 'B' (regular) or 'C' (occasional); approved: 't' = on the approved supplier list; created_at;
        updated_at; deleted_at: when the supplier was removed (we no longer work with them).
    supplier_contacts: people at the suppliers.  id; supplier_id -> suppliers; full_name; email (sometimes NULL);
        phone (sometimes NULL); job_title; is_primary: 't' = the supplier's primary contact; created_at; deleted_at:
        when the contact was removed (left the supplier, or the supplier was removed).
    parts: the parts we buy.  id; part_no ('CA-30185'); description ('Drive shaft'); commodity: 'castings',
        'machined', 'fasteners', 'plastics', 'electronics', 'rubber', 'packaging' or 'springs'; drawing_rev: drawing
        revision letter (sometimes NULL); created_at; deleted_at: when the part was retired.
    supplier_parts: approved sources, a supplier's quote for a part (suppliers to parts).  id; supplier_id ->
        suppliers; part_id -> parts; unit_price_cents: price per piece in US cents; lead_time_days; moq: minimum
        order quantity; created_at; deleted_at: when the source was dropped (also when its supplier or part was
        removed).  A source is current when neither it, its supplier nor its part is deleted.
    receipts: deliveries received and inspected at goods-in (never deleted).  id; supplier_id -> suppliers; part_id
        -> parts; po_number; received_at; qty_received; qty_rejected: pieces that failed incoming inspection;
        inspected_by -> users.
    ncrs: non-conformance reports raised on deliveries.  id; ncr_no ('NCR-25-011'); receipt_id -> receipts;
        severity: 'minor', 'major' or 'critical'; defect_type ('dimensional', 'surface finish', 'wrong material',
        'contamination', 'documentation', 'packaging damage', 'functional failure'); cost_usd: cost of the problem in
        US dollars (NULL = not assessed); owner_id -> users: who handles it; opened_at; closed_at (NULL = still open);
        deleted_at: set when the NCR was voided (raised by mistake: it counts for nothing).
    audits: supplier audits (never deleted).  id; supplier_id -> suppliers; auditor_id -> users; audit_date: the
        day of the audit ('YYYY-MM-DD'); score: 0 to 100; result: 'pass' (score 80 or more), 'conditional' (65 to 79)
        or 'fail' (below 65).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day, full_names, write_tables

LAST_DAY = dt.date(2025, 6, 14)
END = dt.datetime(2025, 6, 14, 23, 59, 59)


def _moment(r: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A random second in [start, end]."""
    span = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=r.randint(0, span))


def _at(d: dt.date, r: random.Random, lo: int = 7, hi: int = 18) -> dt.datetime:
    """A random time of day ``d`` between ``lo`` and ``hi`` o'clock."""
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi - 1), r.randint(0, 59), r.randint(0, 59))


def _ts(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _epoch(t: dt.datetime | None) -> int | None:
    return None if t is None else calendar.timegm(t.timetuple())



# ---------------------------------------------------------------------------------------------------------------
# sapmm
# ---------------------------------------------------------------------------------------------------------------

SAPMM_DDL = """
CREATE TABLE T001W (
    WERKS TEXT PRIMARY KEY,
    NAME1 TEXT NOT NULL,
    ORT01 TEXT NOT NULL,
    LAND1 TEXT NOT NULL
);
CREATE TABLE LFA1 (
    LIFNR TEXT PRIMARY KEY,
    NAME1 TEXT NOT NULL,
    ORT01 TEXT NOT NULL,
    LAND1 TEXT NOT NULL,
    ERDAT TEXT NOT NULL,
    SPERR TEXT NOT NULL DEFAULT ''
);
CREATE TABLE MARA (
    MATNR TEXT PRIMARY KEY,
    MTART TEXT NOT NULL,
    MATKL TEXT NOT NULL,
    MEINS TEXT NOT NULL,
    BRGEW REAL,
    GEWEI TEXT,
    ERSDA TEXT NOT NULL,
    LVORM TEXT NOT NULL DEFAULT ''
);
CREATE TABLE MAKT (
    MATNR TEXT NOT NULL REFERENCES MARA(MATNR),
    SPRAS TEXT NOT NULL,
    MAKTX TEXT NOT NULL,
    PRIMARY KEY (MATNR, SPRAS)
);
CREATE TABLE MARC (
    MATNR TEXT NOT NULL REFERENCES MARA(MATNR),
    WERKS TEXT NOT NULL REFERENCES T001W(WERKS),
    DISMM TEXT NOT NULL,
    MINBE REAL NOT NULL DEFAULT 0,
    EISBE REAL NOT NULL DEFAULT 0,
    PLIFZ INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (MATNR, WERKS)
);
CREATE TABLE MARD (
    MATNR TEXT NOT NULL REFERENCES MARA(MATNR),
    WERKS TEXT NOT NULL REFERENCES T001W(WERKS),
    LGORT TEXT NOT NULL,
    LABST REAL NOT NULL DEFAULT 0,
    INSME REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (MATNR, WERKS, LGORT)
);
CREATE TABLE STPO (
    MATNR TEXT NOT NULL REFERENCES MARA(MATNR),
    POSNR TEXT NOT NULL,
    IDNRK TEXT NOT NULL REFERENCES MARA(MATNR),
    MENGE REAL NOT NULL,
    MEINS TEXT NOT NULL,
    PRIMARY KEY (MATNR, POSNR)
);
CREATE TABLE EKKO (
    EBELN TEXT PRIMARY KEY,
    BSART TEXT NOT NULL,
    LIFNR TEXT NOT NULL REFERENCES LFA1(LIFNR),
    BEDAT TEXT NOT NULL,
    WAERS TEXT NOT NULL,
    ERNAM TEXT NOT NULL
);
CREATE TABLE EKPO (
    EBELN TEXT NOT NULL REFERENCES EKKO(EBELN),
    EBELP TEXT NOT NULL,
    MATNR TEXT NOT NULL REFERENCES MARA(MATNR),
    WERKS TEXT NOT NULL REFERENCES T001W(WERKS),
    MENGE REAL NOT NULL,
    MEINS TEXT NOT NULL,
    NETPR REAL NOT NULL,
    PEINH INTEGER NOT NULL DEFAULT 1,
    ELIKZ TEXT NOT NULL DEFAULT '',
    LOEKZ TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (EBELN, EBELP)
);
"""

_PLANTS = [
    ("1000", "Werk Stuttgart", "Stuttgart", "DE"), ("1100", "Werk Augsburg", "Augsburg", "DE"),
    ("1200", "Werk Leipzig", "Leipzig", "DE"), ("2000", "Usine Lyon", "Lyon", "FR"),
    ("3000", "Zaklad Wroclaw", "Wroclaw", "PL"), ("4000", "Plant Charlotte", "Charlotte", "US"),
]  # fmt: skip
_VENDORS = [
    ("Brenner Hydraulik GmbH", "Ulm", "DE"), ("Kessler Stahlhandel GmbH", "Duisburg", "DE"),
    ("Schrauben Maier KG", "Heilbronn", "DE"), ("Dichtungstechnik Vogt GmbH", "Mannheim", "DE"),
    ("Elektro Hartmann AG", "Nuremberg", "DE"), ("Lagerwerk Schweinfurt GmbH", "Schweinfurt", "DE"),
    ("Chemie Lindner GmbH", "Ludwigshafen", "DE"), ("Verpackung Roth GmbH", "Augsburg", "DE"),
    ("Aluminium Becker GmbH", "Cologne", "DE"), ("Sensorik Franke GmbH", "Dresden", "DE"),
    ("Kabelwerk Sommer GmbH", "Leipzig", "DE"), ("Feder Wagner GmbH", "Stuttgart", "DE"),
    ("Gusswerk Kraus GmbH", "Chemnitz", "DE"), ("Farben Albrecht KG", "Hanover", "DE"),
    ("Rhone Composants SA", "Lyon", "FR"), ("Mecanique Girard SARL", "Grenoble", "FR"),
    ("Joints Lefort SA", "Saint-Etienne", "FR"), ("Emballages Petit SAS", "Villeurbanne", "FR"),
    ("Polmetal Sp. z o.o.", "Wroclaw", "PL"), ("Hutmen Sp. z o.o.", "Katowice", "PL"),
    ("Elplast Sp. z o.o.", "Poznan", "PL"), ("Kartonex Sp. z o.o.", "Lodz", "PL"),
    ("Carolina Bearings Inc.", "Greenville", "US"), ("Piedmont Steel Supply LLC", "Charlotte", "US"),
    ("Atlantic Fastener Co.", "Raleigh", "US"), ("Blue Ridge Seals Inc.", "Asheville", "US"),
    ("Southern Wire & Cable LLC", "Atlanta", "US"), ("Dixie Packaging Corp.", "Columbia", "US"),
    ("Moravia Metal s.r.o.", "Brno", "CZ"), ("Bohemia Plast s.r.o.", "Pilsen", "CZ"),
    ("Alpen Antriebe GmbH", "Linz", "AT"), ("Tirol Dichtungen GmbH", "Innsbruck", "AT"),
    ("Lombardi Valvole S.p.A.", "Brescia", "IT"), ("Torino Cuscinetti S.r.l.", "Turin", "IT"),
    ("Hydro Nordic AB", "Gothenburg", "SE"), ("Danfoil Industri A/S", "Aarhus", "DK"),
    ("Helvetia Sensor AG", "Basel", "CH"), ("Iberica Tornillos S.L.", "Bilbao", "ES"),
    ("Noord Kunststof B.V.", "Eindhoven", "NL"), ("Vlaamse Verpakking NV", "Ghent", "BE"),
]  # fmt: skip
# (English text, German text or None, material group, unit, gross weight kg, vendor indexes that supply it)
_FERT = [
    ("Hydraulic Pump HP-200", "Hydraulikpumpe HP-200", 18.4), ("Hydraulic Pump HP-350", "Hydraulikpumpe HP-350", 26.9),
    ("Gear Motor GM-40", "Getriebemotor GM-40", 12.2), ("Gear Motor GM-75", "Getriebemotor GM-75", 21.5),
    ("Valve Block VB-6", "Ventilblock VB-6", 9.8), ("Hydraulic Cylinder HC-80", "Hydraulikzylinder HC-80", 14.1),
    ("Power Unit PU-5", "Aggregat PU-5", 58.0), ("Power Unit PU-11", "Aggregat PU-11", 96.5),
    ("Control Valve CV-12", "Regelventil CV-12", 4.3), ("Filter Unit FU-3", "Filtereinheit FU-3", 6.7),
    ("Oil Cooler Assembly OC-20", "Oelkuehler OC-20", 11.9), ("Pressure Switch PS-9", "Druckschalter PS-9", 0.6),
]  # fmt: skip
_HALB = [
    ("Pump housing HP-200 machined", "Pumpengehaeuse HP-200 bearbeitet"), ("Pump housing HP-350 machined", None),
    ("Gear shaft assembly GM-40", "Getriebewelle GM-40"), ("Gear shaft assembly GM-75", None),
    ("Rotor set HP", "Rotorsatz HP"), ("Valve spool 6mm", "Ventilschieber 6mm"), ("Valve spool 10mm", None),
    ("Motor stator wound 0.75kW", "Stator gewickelt 0,75kW"), ("Motor stator wound 2.2kW", None),
    ("Cylinder tube HC-80 honed", None), ("Piston rod HC-80 chromed", "Kolbenstange HC-80 verchromt"),
    ("Manifold block VB-6", "Steuerblock VB-6"), ("Tank weldment 40L", None), ("Tank weldment 100L", None),
    ("Control board assembly", "Steuerplatine bestueckt"), ("Filter housing FU-3", None),
    ("Cooler core OC-20", None), ("Switch body PS-9", None), ("Coupling half 24mm", None),
    ("End cover painted", "Deckel lackiert"), ("Sensor harness 1.5m", None), ("Gearbox housing painted", None),
]  # fmt: skip
# (English, German or None, group, unit, kg per unit)
_ROH = [
    ("Steel sheet 2mm", "Stahlblech 2mm", "METL", "KG", 1.0), ("Steel sheet 3mm", "Stahlblech 3mm", "METL", "KG", 1.0),
    ("Steel bar 40mm", "Stahlstange 40mm", "METL", "KG", 1.0), ("Steel tube 25x2", None, "METL", "M", 1.1),
    ("Steel tube 80x5 honed", None, "METL", "M", 9.2), ("Chrome bar 36mm", None, "METL", "M", 8.0),
    ("Aluminium block 6082", "Aluminiumblock 6082", "METL", "KG", 1.0),
    ("Aluminium sheet 1.5mm", None, "METL", "KG", 1.0),
    ("Cast iron housing blank HP", None, "METL", "ST", 7.5), ("Brass fitting 1/4in", None, "MECH", "ST", 0.05),
    ("Hex bolt M6x20", "Sechskantschraube M6x20", "FAST", "ST", 0.006),
    ("Hex bolt M8x30", "Sechskantschraube M8x30", "FAST", "ST", 0.016),
    ("Hex bolt M10x40", "Sechskantschraube M10x40", "FAST", "ST", 0.032), ("Hex nut M8", None, "FAST", "ST", 0.005),
    ("Washer M8", None, "FAST", "ST", 0.002), ("Socket screw M5x16", None, "FAST", "ST", 0.004),
    ("Circlip 20mm", None, "FAST", "ST", 0.002), ("Spring pin 4x20", None, "FAST", "ST", 0.002),
    ("O-ring 12x2 NBR", "O-Ring 12x2 NBR", "SEAL", "ST", 0.001),
    ("O-ring 20x2 NBR", "O-Ring 20x2 NBR", "SEAL", "ST", 0.001),
    ("O-ring 32x3 FKM", None, "SEAL", "ST", 0.002),
    ("Shaft seal 25x40x7", "Wellendichtring 25x40x7", "SEAL", "ST", 0.01),
    ("Gasket sheet 1mm", None, "SEAL", "ST", 0.2), ("Rod seal 36mm", None, "SEAL", "ST", 0.01),
    ("Bearing 6204-2RS", "Kugellager 6204-2RS", "MECH", "ST", 0.11), ("Bearing 6305-2Z", None, "MECH", "ST", 0.23),
    ("Needle bearing HK2016", None, "MECH", "ST", 0.02), ("Gear wheel z=32 m2", None, "MECH", "ST", 0.41),
    ("Pinion z=14 m2", None, "MECH", "ST", 0.12), ("Compression spring 12x40", None, "MECH", "ST", 0.01),
    ("Coupling spider 24mm", None, "MECH", "ST", 0.03), ("Copper wire 0.8mm", "Kupferdraht 0,8mm", "ELEC", "KG", 1.0),
    ("Cable H07RN-F 3G1.5", None, "ELEC", "M", 0.1), ("Connector M12 4-pin", None, "ELEC", "ST", 0.02),
    ("PCB controller blank", None, "ELEC", "ST", 0.05),
    ("Pressure sensor 250bar", "Drucksensor 250bar", "ELEC", "ST", 0.09),
    ("Temperature sensor PT100", None, "ELEC", "ST", 0.04),
    ("Solenoid coil 24V DC", "Magnetspule 24V DC", "ELEC", "ST", 0.21),
    ("Microswitch 5A", None, "ELEC", "ST", 0.01), ("Terminal block 4-pole", None, "ELEC", "ST", 0.03),
    ("Hydraulic oil HLP46", "Hydraulikoel HLP46", "CHEM", "L", 0.87), ("Grease EP2", None, "CHEM", "KG", 1.0),
    ("Paint RAL 5010 blue", "Lack RAL 5010 blau", "CHEM", "L", 1.3), ("Paint RAL 7035 grey", None, "CHEM", "L", 1.3),
    ("Primer zinc phosphate", None, "CHEM", "L", 1.4), ("Thread locker medium", None, "CHEM", "ST", 0.06),
    ("Cardboard box 400x300x300", "Karton 400x300x300", "PACK", "ST", 0.45),
    ("Cardboard box 600x400x400", None, "PACK", "ST", 0.8),
    ("Euro pallet", "Europalette", "PACK", "ST", 25.0), ("Stretch film 500mm", None, "PACK", "M", 0.01),
    ("Foam insert HP", None, "PACK", "ST", 0.08), ("Label roll 100x50", None, "PACK", "ST", 0.3),
    ("Plastic cap 1/2in", None, "PACK", "ST", 0.003), ("Filter element 10um", "Filterelement 10um", "MECH", "ST", 0.15),
    ("Filter element 25um", None, "MECH", "ST", 0.15), ("Cooler fin pack", None, "METL", "ST", 1.8),
    ("Sight glass G3/4", None, "MECH", "ST", 0.06), ("Breather cap", None, "MECH", "ST", 0.05),
    ("Copper tube 12x1", None, "METL", "M", 0.31), ("Nameplate aluminium", None, "PACK", "ST", 0.01),
    ("Silicone sealant", None, "CHEM", "ST", 0.31), ("Welding wire G3Si1", None, "METL", "KG", 1.0),
    ("Argon gas bottle", None, "CHEM", "ST", 60.0), ("Cable tie 200mm", None, "ELEC", "ST", 0.001),
    ("Heat shrink tube 6mm", None, "ELEC", "M", 0.005), ("Rubber foot 30mm", None, "MECH", "ST", 0.02),
]  # fmt: skip
_ERSA = [
    ("Seal kit HP-200", "Dichtsatz HP-200"), ("Seal kit HP-350", "Dichtsatz HP-350"), ("Seal kit HC-80", None),
    ("Bearing kit GM-40", None), ("Bearing kit GM-75", None), ("Spare rotor set HP", None),
    ("Spare solenoid VB-6", None), ("Spare control board PU", None), ("Spare filter cartridge FU-3", None),
    ("Spare pressure switch PS-9", None), ("Coupling kit 24mm", None), ("Gasket set PU", None),
    ("Fan wheel OC-20", None), ("Sensor cable 5m", None), ("Valve repair kit CV-12", None),
    ("Motor brush set GM", None), ("Drive belt kit PU", None), ("Spare valve spool 6mm", None),
    ("Level gauge 127mm", None), ("Spare thermostat OC-20", None),
]  # fmt: skip
_BUYERS = ["MKELLER", "ABRAUN", "JNOWAK", "PDUBOIS", "SWEBER", "TMILLER"]


def _sapdate(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def _list_price(r: random.Random, mtart: str, matkl: str, unit: str) -> float:
    """A plausible purchase price per base unit (EUR)."""
    if mtart == "ERSA":
        lo, hi = 15, 420
    elif matkl == "FAST":
        lo, hi = 0.03, 0.6
    elif matkl == "SEAL":
        lo, hi = 0.12, 4.5
    elif matkl == "METL":
        lo, hi = {"KG": (1.1, 7.5), "M": (3, 45)}.get(unit, (20, 90))
    elif matkl == "ELEC":
        lo, hi = {"KG": (8.5, 12.5), "M": (0.4, 3)}.get(unit, (0.05, 160))
    elif matkl == "CHEM":
        lo, hi = {"L": (3.5, 28), "KG": (6, 14)}.get(unit, (4, 60))
    elif matkl == "PACK":
        lo, hi = {"M": (0.02, 0.2)}.get(unit, (0.05, 14))
    else:
        lo, hi = 0.8, 60
    return round(r.uniform(lo, hi), 2 if hi > 1 else 4)


def _matnr(n: int) -> str:
    return f"{n:018d}"


def build_sapmm(path: Path) -> None:
    r = random.Random(12601)
    vendors = []
    for i, (name, city, land) in enumerate(_VENDORS):
        erdat = _sapdate(day(r, dt.date(2012, 1, 1), 3800))
        vendors.append((f"{100001 + i:010d}", name, city, land, erdat, ""))
    for i in (6, 13, 21, 36):  # blocked for posting
        vendors[i] = (*vendors[i][:5], "X")
    mats = []  # (MATNR, MTART, MATKL, MEINS, BRGEW, GEWEI, ERSDA, LVORM)
    texts = []  # (MATNR, SPRAS, MAKTX)
    info: dict[str, tuple[str, str]] = {}  # matnr -> (type, unit)

    def add(n: int, mtart: str, matkl: str, meins: str, kg: float | None, en: str, de: str | None,
            since: dt.date) -> str:  # fmt: skip
        m = _matnr(n)
        gew = None if kg is None else (round(kg * 1000, 1), "G") if kg < 0.1 else (round(kg, 3), "KG")
        mats.append([m, mtart, matkl, meins, None if gew is None else gew[0], None if gew is None else gew[1],
                     _sapdate(day(r, since, 1500)), ""])  # fmt: skip
        texts.append((m, "E", en))
        if de:
            texts.append((m, "D", de))
        info[m] = (mtart, meins)
        return m

    fert = [add(100001 + i, "FERT", "FG01", "ST", kg, en, de, dt.date(2018, 1, 1)) for i, (en, de, kg) in
            enumerate(_FERT)]  # fmt: skip
    halb = [add(200001 + i, "HALB", "SF01", "ST", round(r.uniform(0.3, 12), 2), en, de, dt.date(2018, 6, 1))
            for i, (en, de) in enumerate(_HALB)]  # fmt: skip
    roh = [add(400001 + i, "ROH", grp, unit, kg if unit == "ST" else None, en, de, dt.date(2019, 1, 1))
           for i, (en, de, grp, unit, kg) in enumerate(_ROH)]  # fmt: skip
    ersa = [add(600001 + i, "ERSA", "SPAR", "ST", round(r.uniform(0.05, 3), 2), en, de, dt.date(2019, 6, 1))
            for i, (en, de) in enumerate(_ERSA)]  # fmt: skip
    # flagged for deletion
    for m in (roh[5], roh[22], roh[57], ersa[12], halb[18], ersa[19]):
        mats[[x[0] for x in mats].index(m)][7] = "X"
    # plant data
    marc = []
    plant_of: dict[str, list[str]] = {}
    fert_plants = {0: ["1000", "4000"], 1: ["1000"], 2: ["1100", "3000"], 3: ["1100"], 4: ["1200"], 5: ["1200", "2000"],
                   6: ["1000", "2000", "4000"], 7: ["1000"], 8: ["1200", "3000"], 9: ["2000"], 10: ["3000"],
                   11: ["1100", "4000"]}  # fmt: skip
    for i, m in enumerate(fert):
        plant_of[m] = fert_plants[i]
    for m in halb:
        plant_of[m] = r.sample(["1000", "1100", "1200", "2000", "3000", "4000"], r.choice([1, 1, 2]))
    for m in roh + ersa:
        plant_of[m] = sorted(r.sample(["1000", "1100", "1200", "2000", "3000", "4000"], r.randint(1, 4)))
    for m in fert + halb + roh + ersa:
        mtart = info[m][0]
        for w in sorted(plant_of[m]):
            if mtart in ("FERT", "HALB"):
                dismm, minbe, eisbe, plifz = "PD", 0, r.choice([0, 0, 5, 10]), 0
            else:
                dismm = r.choices(["VB", "PD", "ND"], weights=[45, 45, 10])[0]
                unit = info[m][1]
                base = {"ST": r.choice([50, 100, 200, 500, 1000]), "KG": r.choice([100, 250, 500]),
                        "M": r.choice([50, 100, 200]), "L": r.choice([40, 100, 200])}[unit]  # fmt: skip
                minbe = base if dismm == "VB" else 0
                eisbe = 0 if dismm == "ND" else round(base * r.choice([0.2, 0.25, 0.5]))
                plifz = r.choice([3, 5, 7, 10, 14, 21, 28, 42])
            marc.append((m, w, dismm, minbe, eisbe, plifz))
    mard = []
    for m, w, _dismm, minbe, _eisbe, _pl in marc:
        unit = info[m][1]
        if minbe:
            labst = round(minbe * r.uniform(0.3, 2.5)) if unit == "ST" else round(minbe * r.uniform(0.3, 2.5), 1)
        else:
            labst = r.randint(0, 400) if unit == "ST" else round(r.uniform(0, 300), 1)
        insme = r.choice([0, 0, 0, 0, 5, 10, 20])
        mard.append((m, w, "0001", labst, insme))
        if r.random() < 0.3:
            mard.append((m, w, "0002", r.randint(0, 60) if unit == "ST" else round(r.uniform(0, 40), 1), 0))
    # bills of material: finished products and semi-finished products
    stpo = []
    halb_for = {0: [0, 4, 19, 20], 1: [1, 4, 19], 2: [2, 7, 21], 3: [3, 8, 21], 4: [11, 5, 14], 5: [9, 10],
                6: [12, 0, 4, 14, 20], 7: [13, 1, 14, 20], 8: [5, 6, 14], 9: [15, 19], 10: [16, 19], 11: [17, 20]}
    roh_idx = list(range(len(roh)))
    never_bom = {5, 22, 57, 34, 61}
    for i, m in enumerate(fert):
        comps = [halb[j] for j in halb_for[i]]
        comps += [roh[j] for j in r.sample([k for k in roh_idx if k not in never_bom], r.randint(3, 6))]
        for p, c in enumerate(comps):
            unit = info[c][1]
            qty = r.choice([1, 1, 1, 2, 4]) if unit == "ST" else round(r.uniform(0.2, 3.5), 2)
            if info[c][0] == "HALB":
                qty = 1
            stpo.append((m, f"{(p + 1) * 10:04d}", c, qty, unit))
    for m in halb:
        for p, j in enumerate(r.sample([k for k in roh_idx if k not in never_bom], r.randint(2, 5))):
            c = roh[j]
            unit = info[c][1]
            qty = r.choice([1, 2, 4, 6, 8]) if unit == "ST" else round(r.uniform(0.1, 4.0), 2)
            stpo.append((m, f"{(p + 1) * 10:04d}", c, qty, unit))
    # purchase orders: raw materials and spare parts from vendors who carry them
    buyable = [m for m in roh + ersa if mats[[x[0] for x in mats].index(m)][7] == ""]
    never_ordered = {roh[i] for i in (8, 30, 44, 50, 55, 60, 63)} | {ersa[i] for i in (14, 17)}
    buyable = [m for m in buyable if m not in never_ordered]
    carry = {m: r.sample(range(len(vendors)), r.randint(1, 3)) for m in buyable}
    vweight = [r.uniform(0.5, 3) for _ in vendors]
    vweight[0], vweight[2], vweight[5], vweight[18], vweight[22] = 9, 7.5, 6, 5, 4.2
    pos = []
    items = []
    ordered: set[str] = set()
    grp = {x[0]: x[2] for x in mats}
    price = {m: _list_price(r, info[m][0], grp[m], info[m][1]) for m in buyable}
    dates = sorted(day(r, dt.date(2023, 1, 2), (dt.date(2025, 6, 14) - dt.date(2023, 1, 2)).days + 1)
                   for _ in range(270))  # fmt: skip
    for k, d in enumerate(dates):
        v = r.choices(range(len(vendors)), weights=vweight)[0]
        if vendors[v][5] == "X" and d > dt.date(2024, 6, 30):
            v = 0
        ebeln = f"{4500000101 + k}"
        land = vendors[v][3]
        waers = "USD" if land == "US" else "CHF" if land == "CH" else "EUR"
        pos.append((ebeln, r.choices(["NB", "FO"], weights=[93, 7])[0], vendors[v][0], _sapdate(d), waers,
                    r.choices(_BUYERS, weights=[5, 4, 3, 3, 2, 2])[0]))  # fmt: skip
        mine = [m for m in buyable if v in carry[m]] or r.sample(buyable, 2)
        for p, m in enumerate(r.sample(mine, min(len(mine), r.choice([1, 1, 2, 2, 3])))):
            unit = info[m][1]
            w = r.choice(plant_of[m])
            small = unit in ("ST", "M") and price[m] < 1
            peinh = (1000 if grp[m] == "FAST" and price[m] < 0.1 else 100) if small else 1
            netpr = round(price[m] * peinh * r.uniform(0.95, 1.08), 2)
            menge = (r.choice([1000, 2000, 5000, 10000]) if small else r.choice([10, 20, 25, 50, 100, 200])) \
                if unit == "ST" else r.choice([50, 100, 250, 500, 1000])
            age = (dt.date(2025, 6, 14) - d).days
            loekz = "L" if r.random() < 0.03 and m in ordered else ""
            ordered.add(m)
            elikz = "X" if not loekz and (age > 45 or (age > 10 and r.random() < 0.5)) else ""
            items.append((ebeln, f"{(p + 1) * 10:05d}", m, w, menge, unit, netpr, peinh, elikz, loekz))
    write_tables(path, SAPMM_DDL, [
        ("T001W", _PLANTS), ("LFA1", vendors), ("MARA", [tuple(x) for x in mats]), ("MAKT", texts), ("MARC", marc),
        ("MARD", mard), ("STPO", stpo), ("EKKO", pos), ("EKPO", items),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# fieldservice
# ---------------------------------------------------------------------------------------------------------------

FIELDSERVICE_DDL = """
CREATE TABLE Customers (
    CustomerId INTEGER PRIMARY KEY,
    CustomerName TEXT NOT NULL,
    Industry TEXT NOT NULL,
    City TEXT NOT NULL,
    IsKeyAccount INTEGER NOT NULL DEFAULT 0,
    CreatedUtc TEXT NOT NULL
);
CREATE TABLE Sites (
    SiteId INTEGER PRIMARY KEY,
    CustomerId INTEGER NOT NULL REFERENCES Customers(CustomerId),
    SiteName TEXT NOT NULL,
    StreetAddress TEXT NOT NULL,
    City TEXT NOT NULL,
    PostalCode TEXT NOT NULL
);
CREATE TABLE EquipmentModels (
    ModelId INTEGER PRIMARY KEY,
    ModelName TEXT NOT NULL,
    Manufacturer TEXT NOT NULL,
    Category TEXT NOT NULL,
    PmIntervalDays INTEGER NOT NULL
);
CREATE TABLE Assets (
    AssetId INTEGER PRIMARY KEY,
    SiteId INTEGER NOT NULL REFERENCES Sites(SiteId),
    ModelId INTEGER NOT NULL REFERENCES EquipmentModels(ModelId),
    SerialNumber TEXT NOT NULL UNIQUE,
    InstalledOn TEXT NOT NULL,
    WarrantyExpiresOn TEXT,
    IsDecommissioned INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE Technicians (
    TechnicianId INTEGER PRIMARY KEY,
    FullName TEXT NOT NULL,
    Region TEXT NOT NULL,
    HourlyRate NUMERIC NOT NULL,
    HiredUtc TEXT NOT NULL,
    SupervisorId INTEGER REFERENCES Technicians(TechnicianId),
    IsActive INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE WorkOrders (
    WorkOrderId INTEGER PRIMARY KEY,
    WorkOrderNumber TEXT NOT NULL UNIQUE,
    AssetId INTEGER NOT NULL REFERENCES Assets(AssetId),
    WorkOrderType INTEGER NOT NULL,
    Priority INTEGER NOT NULL,
    Status INTEGER NOT NULL,
    ProblemDescription TEXT,
    AssignedTechnicianId INTEGER REFERENCES Technicians(TechnicianId),
    CreatedUtc TEXT NOT NULL,
    ScheduledUtc TEXT,
    CompletedUtc TEXT,
    IsWarrantyClaim INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE LaborEntries (
    LaborEntryId INTEGER PRIMARY KEY,
    WorkOrderId INTEGER NOT NULL REFERENCES WorkOrders(WorkOrderId),
    TechnicianId INTEGER NOT NULL REFERENCES Technicians(TechnicianId),
    StartedUtc TEXT NOT NULL,
    DurationMinutes INTEGER NOT NULL,
    IsOvertime INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE Parts (
    PartId INTEGER PRIMARY KEY,
    PartNumber TEXT NOT NULL UNIQUE,
    PartName TEXT NOT NULL,
    UnitCost NUMERIC NOT NULL,
    QuantityOnHand INTEGER NOT NULL
);
CREATE TABLE WorkOrderParts (
    WorkOrderPartId INTEGER PRIMARY KEY,
    WorkOrderId INTEGER NOT NULL REFERENCES WorkOrders(WorkOrderId),
    PartId INTEGER NOT NULL REFERENCES Parts(PartId),
    Quantity INTEGER NOT NULL,
    UnitPriceCharged NUMERIC NOT NULL
);
"""

_FS_CUSTOMERS = [
    ("Harbor Cold Storage", "Logistics"), ("St. Agnes Hospital", "Healthcare"), ("Midtown Plaza Offices", "Office"),
    ("FreshFields Foods", "Food Processing"),
    ("Rocky Mountain Grocers", "Retail"), ("Summit Medical Center", "Healthcare"),
    ("Aspen Ridge Mall", "Retail"), ("Front Range Logistics", "Logistics"), ("Pikes Peak Brewing", "Food Processing"),
    ("Cherry Creek Towers", "Office"), ("Boulder Valley Schools", "Education"),
    ("Mile High Data Center", "Data Center"),
    ("Larimer Cold Chain", "Logistics"), ("Platte River Dairy", "Food Processing"),
    ("Union Station Hotel", "Hospitality"),
    ("Red Rocks Fitness", "Retail"), ("Colfax Community Clinic", "Healthcare"),
    ("Golden Meadows Senior Living", "Healthcare"),
    ("Highlands Ranch Market", "Retail"), ("Arapahoe County Offices", "Government"), ("Eagle Pharmacy Group", "Retail"),
    ("Silverline Hotels", "Hospitality"), ("Foothills Ice Arena", "Hospitality"), ("Denver Tech Campus", "Office"),
    ("Greeley Meat Packers", "Food Processing"),
    ("Canyon Data Vault", "Data Center"), ("Loveland Outlet Center", "Retail"),
    ("Westminster Library District", "Government"), ("Centennial Bakery Co.", "Food Processing"),
    ("Castle Rock Storage", "Logistics"), ("Evergreen Lodge", "Hospitality"), ("Lakewood Medical Arts", "Healthcare"),
    ("Parker Auto Plaza", "Retail"), ("Thornton Distribution", "Logistics"), ("Littleton Ice Works", "Food Processing"),
    ("Sloan Lake Apartments", "Residential"),
    ("Brighton Grain Co-op", "Food Processing"), ("Northglenn Rec Center", "Government"),
    ("Wash Park Lofts", "Residential"), ("Commerce City Plastics", "Manufacturing"),
]  # fmt: skip
_FS_CITIES = [("Denver", "802"), ("Aurora", "800"), ("Boulder", "803"), ("Colorado Springs", "809"),
              ("Fort Collins", "805"), ("Lakewood", "802"), ("Greeley", "806"), ("Littleton", "801")]  # fmt: skip
_FS_MODELS = [
    ("Carrier 30XA Chiller", "Carrier", "HVAC", 90), ("Carrier WeatherMaker RTU", "Carrier", "HVAC", 180),
    ("Trane IntelliPak RTU", "Trane", "HVAC", 90), ("Trane CenTraVac Chiller", "Trane", "HVAC", 90),
    ("Lennox Landmark RTU", "Lennox", "HVAC", 180), ("Daikin Pathfinder Chiller", "Daikin", "HVAC", 90),
    ("Hussmann Excel Display Case", "Hussmann", "Refrigeration", 60),
    ("Heatcraft Walk-in Cooler", "Heatcraft", "Refrigeration", 90),
    ("Copeland Scroll Rack", "Copeland", "Refrigeration", 90), ("Otis Gen2 Elevator", "Otis", "Elevator", 30),
    ("KONE MonoSpace Elevator", "KONE", "Elevator", 30), ("Schindler 3300 Elevator", "Schindler", "Elevator", 30),
    ("Generac Industrial 150kW", "Generac", "Generator", 180), ("Cummins C250 D6 Genset", "Cummins", "Generator", 180),
    ("Kohler KD800 Genset", "Kohler", "Generator", 365),
    ("Atlas Copco GA37 Compressor", "Atlas Copco", "Compressor", 120),
    ("Ingersoll Rand R55 Compressor", "Ingersoll Rand", "Compressor", 120),
    ("Kaeser SK 20 Compressor", "Kaeser", "Compressor", 120),
    ("Manitowoc Indigo Ice Machine", "Manitowoc", "Ice Machine", 90),
]  # fmt: skip
_FS_PARTS = [
    ("Contactor 3-pole 40A", 38.5), ("Run capacitor 45/5 MFD", 14.2), ("Start capacitor 88-108 MFD", 11.75),
    ("Refrigerant R-410A 25 lb", 189.0), ("Refrigerant R-404A 24 lb", 214.0), ("Air filter 20x25x2 MERV 8", 6.4),
    ("Air filter 24x24x4 MERV 13", 21.9), ("V-belt B52", 17.35),
    ("V-belt A38", 12.1), ("Condenser fan motor 1/3 HP", 142.0),
    ("Blower motor 1 HP", 318.0), ("Thermostatic expansion valve", 96.8), ("Filter drier 3/8 in", 18.6),
    ("Pressure control switch", 54.3), ("Defrost timer", 61.25), ("Evaporator fan motor 9W", 48.9),
    ("Door gasket 30x72", 74.5), ("Compressor oil POE 1 gal", 58.0), ("Elevator door roller", 22.4),
    ("Door operator belt", 66.0), ("Hoist rope 13mm per ft", 9.85),
    ("Landing door lock", 188.0), ("Car door interlock", 241.5),
    ("Battery charger 12V 10A", 212.0), ("Starting battery 12V 1000CCA", 236.0), ("Block heater 1500W", 129.0),
    ("Oil filter genset", 24.6), ("Fuel filter genset", 31.2),
    ("Coolant 50/50 1 gal", 19.9), ("Air/oil separator GA37", 168.0),
    ("Intake filter element GA37", 72.4), ("Compressor oil 5 gal", 214.0), ("Drain valve auto", 138.0),
    ("Ice machine water valve", 88.3), ("Ice thickness probe", 64.7), ("Water filter cartridge", 42.0),
    ("Control board universal", 286.0), ("Temperature sensor 10K", 16.8), ("Time delay relay", 39.9),
    ("Fuse 30A class CC", 7.25), ("Disconnect switch 60A", 92.0),
    ("Vibration pad set", 34.0), ("Drain pan tablets", 12.5),
    ("Coil cleaner 1 gal", 18.75), ("Hot gas bypass valve", 147.0), ("Sight glass moisture indicator", 28.4),
    ("Crankcase heater", 45.6), ("Economizer actuator", 236.5),
    ("Door sill guide shoe", 15.3), ("Pit ladder bracket", 27.0),
]  # fmt: skip
_FS_PROBLEMS = {
    0: ["Scheduled preventive maintenance", "Quarterly PM visit", "Annual inspection and service"],
    1: ["Unit not cooling", "Tripping breaker", "Loud noise from fan", "Water leak under unit",
        "Compressor short cycling",
        "Door not closing properly", "Unit will not start", "Low oil pressure alarm", "Ice buildup on coil",
        "Temperature alarm", "Car stuck between floors", "Excessive vibration"],
    2: ["Safety inspection", "Insurance inspection", "Load bank test"],
    3: ["New unit installation", "Replacement unit install"],
}  # fmt: skip


def _net(t: dt.datetime | None) -> str | None:
    """A .NET datetime2(7) UTC value as stored by EF: 'YYYY-MM-DD HH:MM:SS.fffffff'."""
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond:06d}0"


def build_fieldservice(path: Path) -> None:
    r = random.Random(12602)
    customers = []
    for i, (name, ind) in enumerate(_FS_CUSTOMERS):
        city = r.choice(_FS_CITIES)[0]
        created = _moment(r, dt.datetime(2019, 3, 1), dt.datetime(2023, 6, 30))
        created = created.replace(microsecond=r.randrange(1000000))
        customers.append((i + 1, name, ind, city, 0, _net(created)))
    for i in (0, 1, 5, 11, 14, 24):
        customers[i] = (*customers[i][:4], 1, *customers[i][5:])
    streets = ["Main St", "Broadway", "Colfax Ave", "Federal Blvd", "Wadsworth Blvd", "Arapahoe Rd", "Quebec St",
               "Speer Blvd", "Havana St", "Kipling St", "College Ave", "Academy Blvd"]  # fmt: skip
    sites = []
    sid = 0
    site_of_customer: dict[int, list[int]] = {}
    for c in customers:
        k = 4 if c[4] else r.choice([1, 1, 1, 2, 2, 3])
        labels = ["Main Building", "North Campus", "Warehouse", "Annex", "East Wing", "Plant 2", "Downtown"]
        for j in range(k):
            sid += 1
            city, zip3 = r.choice(_FS_CITIES) if j else next(x for x in _FS_CITIES if x[0] == c[3])
            nm = c[1] if k == 1 else f"{c[1]} - {labels[j]}"
            sites.append((sid, c[0], nm, f"{r.randint(100, 9999)} {r.choice(streets)}", city,
                          f"{zip3}{r.randint(10, 99)}"))  # fmt: skip
            site_of_customer.setdefault(c[0], []).append(sid)
    models = [(i + 1, *m) for i, m in enumerate(_FS_MODELS)]
    by_industry = {"Healthcare": [0, 3, 9, 10, 12, 13, 15], "Food Processing": [6, 7, 8, 16, 17, 18, 1],
                   "Logistics": [7, 8, 1, 4, 12, 15], "Retail": [6, 1, 2, 4, 18, 10],
                   "Data Center": [0, 5, 13, 14, 12], "Hospitality": [18, 2, 9, 11, 1, 7]}  # fmt: skip
    assets = []
    aid = 0
    used_serials: set[str] = set()
    for s in sites:
        ind = customers[s[1] - 1][2]
        pool = by_industry.get(ind, [1, 2, 4, 9, 10, 11, 13, 16])
        for _ in range(r.choice([1, 2, 3, 4, 5])):
            aid += 1
            mi = r.choice(pool)
            inst = day(r, dt.date(2012, 1, 1), 4700)
            while True:
                pre = models[mi][2][:2].upper()
                serial = f"{pre}{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
                if serial not in used_serials:
                    used_serials.add(serial)
                    break
            years = None if r.random() < 0.12 else r.choice([1, 2, 3, 5])
            warranty = None if years is None else (inst + dt.timedelta(days=365 * years)).isoformat()
            decom = 1 if inst.year < 2016 and r.random() < 0.25 else 0
            assets.append((aid, s[0], mi + 1, serial, inst.isoformat(), warranty, decom))
    # technicians: a service manager, four leads, the rest in crews
    names = full_names(r, 30)
    regions = ["North", "South", "East", "West"]
    techs = []
    techs.append((1, names[0], "Central", 78.0, _net(dt.datetime(2015, 4, 6, 15, 0, 0)), None, 1))
    for j in range(4):
        hired = _moment(r, dt.datetime(2015, 6, 1), dt.datetime(2019, 12, 31))
        techs.append((j + 2, names[j + 1], regions[j], round(r.uniform(58, 68), 2), _net(hired), 1, 1))
    for k in range(6, 31):
        reg = regions[(k - 6) % 4]
        hired = _moment(r, dt.datetime(2016, 1, 1), dt.datetime(2025, 3, 31))
        rate = round(r.uniform(34, 55), 2)
        techs.append((k, names[k - 1], reg, rate, _net(hired), regions.index(reg) + 2, 1))
    for k in (9, 22, 27):  # left the company
        techs[k - 1] = (*techs[k - 1][:6], 0)
    never_assigned = {29, 30}
    by_region = {reg: [t[0] for t in techs if t[2] == reg and t[0] > 5 and t[0] not in never_assigned]
                 for reg in regions}
    region_of_site = {s[0]: regions[s[0] % 4] for s in sites}
    parts = []
    for i, (nm, cost) in enumerate(_FS_PARTS):
        parts.append((i + 1, f"P-{10011 + i * 7}", nm, cost, r.choice([0, 2, 3, 4, 6, 8, 12, 15, 20, 24, 40])))
    wos, labor, wop = [], [], []
    created_all = sorted([_moment(r, dt.datetime(2023, 7, 1, 6), dt.datetime(2025, 5, 24, 17)) for _ in range(390)]
                         + [_moment(r, dt.datetime(2025, 5, 25, 6), dt.datetime(2025, 6, 14, 17)) for _ in range(32)])
    live_assets = [a for a in assets if a[6] == 0]
    never_serviced = set(r.sample([a[0] for a in live_assets], 25))
    pickable = [a for a in live_assets if a[0] not in never_serviced]
    seq: dict[int, int] = {}
    lid = wpid = 0
    for n, created in enumerate(created_all, start=1):
        created = created.replace(microsecond=r.randrange(1000000))
        a = r.choice(pickable)
        wtype = r.choices([0, 1, 2, 3], weights=[40, 48, 9, 3])[0]
        prio = r.choices([1, 2, 3, 4], weights=[8, 22, 50, 20])[0] if wtype == 1 else r.choice([3, 4])
        yy = created.year % 100
        seq[yy] = seq.get(yy, 0) + 1
        number = f"WO-{yy:02d}-{seq[yy]:05d}"
        age_days = (END - created).total_seconds() / 86400
        if age_days > 40:
            status = r.choices([4, 5], weights=[94, 6])[0]
        elif age_days > 10:
            status = r.choices([4, 5, 2, 3], weights=[70, 5, 15, 10])[0]
        else:
            status = r.choices([0, 1, 2, 3, 4], weights=[30, 30, 20, 5, 20])[0]
        reg = region_of_site[a[1]]
        crew = [t for t in by_region[reg]
                if techs[t - 1][4] <= _net(created) and (techs[t - 1][6] or created < dt.datetime(2024, 6, 1))]
        tech = None if status == 0 and r.random() < 0.7 else r.choice(crew)
        lead = {1: 2, 2: 12, 3: 72, 4: 160}[prio]
        sched = created + dt.timedelta(hours=r.uniform(1, lead)) if status != 0 else None
        completed = None
        if status == 4:
            completed = sched + dt.timedelta(hours=r.uniform(1, 30) * (0.5 if prio == 1 else 1))
            if completed > END:
                completed = END - dt.timedelta(minutes=r.randint(5, 600))
            completed = completed.replace(microsecond=r.randrange(1000000))
        if sched:
            sched = sched.replace(second=0, microsecond=0)
        in_warranty = a[5] is not None and created.date().isoformat() <= a[5]
        claim = 1 if wtype == 1 and in_warranty and r.random() < 0.8 else 0
        desc = r.choice(_FS_PROBLEMS[wtype]) if r.random() > 0.05 else None
        wos.append((n, number, a[0], wtype, prio, status, desc, tech, _net(created), _net(sched), _net(completed),
                    claim))
        if status in (2, 3, 4) and tech is not None:
            start = sched or created
            for j in range(r.choice([1, 1, 1, 1, 2, 2])):
                who = tech if j == 0 or r.random() < 0.5 else r.choice(crew)
                st = start + dt.timedelta(hours=j * r.uniform(2, 30))
                if st > END:
                    continue
                lid += 1
                mins = r.choice([30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 360, 480])
                ot = 1 if (prio == 1 and r.random() < 0.6) or r.random() < 0.1 else 0
                labor.append((lid, n, who, _net(st.replace(second=0, microsecond=0)), mins, ot))
            if wtype in (0, 1) and r.random() < 0.6:
                for pid in r.sample(range(1, len(parts) + 1), r.choice([1, 1, 2, 3])):
                    wpid += 1
                    q = r.choice([1, 1, 1, 2, 4])
                    wop.append((wpid, n, pid, q, round(parts[pid - 1][3] * 1.35, 2)))
    write_tables(path, FIELDSERVICE_DDL, [
        ("Customers", customers), ("Sites", sites), ("EquipmentModels", models), ("Assets", assets),
        ("Technicians", techs), ("WorkOrders", wos), ("LaborEntries", labor), ("Parts", parts),
        ("WorkOrderParts", wop),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# usine
# ---------------------------------------------------------------------------------------------------------------

USINE_DDL = """
CREATE TABLE ateliers (
    id_atelier INTEGER PRIMARY KEY,
    nom_atelier TEXT NOT NULL,
    batiment TEXT NOT NULL
);
CREATE TABLE operateurs (
    matricule TEXT PRIMARY KEY,
    nom TEXT NOT NULL,
    prenom TEXT NOT NULL,
    id_atelier INTEGER REFERENCES ateliers(id_atelier),
    equipe TEXT,
    date_embauche TEXT NOT NULL,
    id_chef TEXT REFERENCES operateurs(matricule),
    actif TEXT NOT NULL DEFAULT 'O'
);
CREATE TABLE machines (
    id_machine INTEGER PRIMARY KEY,
    code_machine TEXT NOT NULL UNIQUE,
    libelle TEXT NOT NULL,
    id_atelier INTEGER NOT NULL REFERENCES ateliers(id_atelier),
    date_mise_en_service TEXT NOT NULL,
    cadence_horaire INTEGER,
    en_service TEXT NOT NULL DEFAULT 'O'
);
CREATE TABLE articles (
    id_article INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    designation TEXT NOT NULL,
    type_article TEXT NOT NULL,
    id_article_parent INTEGER REFERENCES articles(id_article),
    qte_par_parent NUMERIC,
    prix_unitaire_ht NUMERIC NOT NULL,
    poids_kg NUMERIC
);
CREATE TABLE ordres_fabrication (
    num_of TEXT PRIMARY KEY,
    id_article INTEGER NOT NULL REFERENCES articles(id_article),
    id_machine INTEGER NOT NULL REFERENCES machines(id_machine),
    date_lancement TEXT NOT NULL,
    date_fin_prevue TEXT NOT NULL,
    date_fin_reelle TEXT,
    qte_prevue INTEGER NOT NULL,
    qte_produite INTEGER NOT NULL DEFAULT 0,
    statut TEXT NOT NULL
);
CREATE TABLE affectations (
    num_of TEXT NOT NULL REFERENCES ordres_fabrication(num_of),
    matricule TEXT NOT NULL REFERENCES operateurs(matricule),
    heures NUMERIC NOT NULL,
    PRIMARY KEY (num_of, matricule)
);
CREATE TABLE pannes (
    id_panne INTEGER PRIMARY KEY,
    id_machine INTEGER NOT NULL REFERENCES machines(id_machine),
    debut TEXT NOT NULL,
    fin TEXT,
    cause TEXT NOT NULL,
    cout_reparation NUMERIC,
    matricule_declarant TEXT REFERENCES operateurs(matricule)
);
CREATE TABLE controles_qualite (
    id_controle INTEGER PRIMARY KEY,
    num_of TEXT NOT NULL REFERENCES ordres_fabrication(num_of),
    date_controle TEXT NOT NULL,
    qte_controlee INTEGER NOT NULL,
    qte_rebut INTEGER NOT NULL,
    resultat TEXT NOT NULL,
    matricule_controleur TEXT NOT NULL REFERENCES operateurs(matricule)
);
"""

_PRENOMS = ["Camille", "Julien", "Sophie", "Thomas", "Léa", "Nicolas", "Manon", "Antoine", "Chloé", "Mathieu",
            "Inès", "Hugo", "Sarah", "Lucas", "Émilie", "Karim", "Nadia", "Yannick", "Pauline", "Bruno", "Claire",
            "Olivier", "Amandine", "Sébastien", "Laure", "Mehdi", "Céline", "Xavier", "Aurélie", "Fabrice"]  # fmt: skip
_NOMS = ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
         "Lefebvre", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
         "Rousseau", "Vincent", "Muller", "Faure", "Mercier", "Blanc", "Guerin", "Boyer", "Chevalier"]  # fmt: skip
_ATELIERS = [(1, "Usinage", "A"), (2, "Soudure", "A"), (3, "Peinture", "B"), (4, "Assemblage", "B"),
             (5, "Contrôle final", "C"), (6, "Emballage", "C"), (7, "Traitement thermique", "A")]  # fmt: skip
# (code, libelle, atelier, pieces/hour)
_MACHINES = [
    ("USI-01", "Tour CN Mazak QT-250", 1, 22), ("USI-02", "Tour CN Mazak QT-250", 1, 22),
    ("USI-03", "Centre d'usinage DMG Mori DMU 50", 1, 9), ("USI-04", "Centre d'usinage Haas VF-4", 1, 11),
    ("USI-05", "Fraiseuse Hermle C 32", 1, 8), ("USI-06", "Rectifieuse Studer S33", 1, 14),
    ("USI-07", "Perceuse radiale Cincinnati", 1, 30), ("SOU-01", "Robot de soudure Fanuc ARC Mate", 2, 18),
    ("SOU-02", "Robot de soudure Fanuc ARC Mate", 2, 18), ("SOU-03", "Poste MIG Lincoln", 2, 6),
    ("SOU-04", "Presse plieuse Amada HG", 2, 40), ("SOU-05", "Découpe laser Trumpf TruLaser", 2, 35),
    ("PEI-01", "Cabine de peinture poudre", 3, 60), ("PEI-02", "Four de cuisson peinture", 3, 80),
    ("PEI-03", "Ligne de dégraissage", 3, 90), ("ASS-01", "Ligne d'assemblage pompes", 4, 12),
    ("ASS-02", "Ligne d'assemblage moteurs", 4, 10), ("ASS-03", "Visseuse automatique Desoutter", 4, 45),
    ("ASS-04", "Presse d'emmanchement", 4, 50), ("ASS-05", "Poste de câblage", 4, 7),
    ("CTL-01", "Banc d'essai hydraulique", 5, 6), ("CTL-02", "Machine à mesurer Zeiss", 5, 10),
    ("CTL-03", "Banc d'essai électrique", 5, 12), ("EMB-01", "Filmeuse palette Robopac", 6, 25),
    ("EMB-02", "Cercleuse automatique", 6, 40), ("EMB-03", "Étiqueteuse Zebra", 6, 120),
    ("TTH-01", "Four de trempe", 7, 40), ("TTH-02", "Four de revenu", 7, 40),
]  # fmt: skip
# finished products (PF) with their sub-assemblies (SE) and components (COMP): a tree
_NOMENCLATURE = [
    ("Pompe centrifuge PC-50", 1840.0, 42.0, [
        ("Corps de pompe PC-50", 1, 310.0, 14.0, [("Volute fonte PC-50", 1, 96.0), ("Joint de corps 180mm", 1, 4.8),
                                                  ("Vis CHC M10x40", 8, 0.42)]),
        ("Roue à aubes PC-50", 1, 265.0, 3.1, [("Roue bronze 160mm", 1, 148.0), ("Clavette 8x7x30", 1, 0.9)]),
        ("Ensemble palier PC-50", 1, 210.0, 6.2, [("Roulement 6306-2RS", 2, 18.4), ("Arbre inox 32mm", 1, 64.0),
                                                   ("Garniture mécanique 32mm", 1, 72.0)]),
        ("Moteur 4kW IE3", 1, 540.0, 19.0, []),
    ]),
    ("Pompe centrifuge PC-80", 2690.0, 61.0, [
        ("Corps de pompe PC-80", 1, 455.0, 21.0, [("Volute fonte PC-80", 1, 142.0), ("Joint de corps 240mm", 1, 6.1),
                                                  ("Vis CHC M12x50", 10, 0.58)]),
        ("Roue à aubes PC-80", 1, 390.0, 4.6, [("Roue bronze 210mm", 1, 221.0)]),
        ("Ensemble palier PC-80", 1, 260.0, 7.4, [("Roulement 6308-2RS", 2, 26.9), ("Arbre inox 42mm", 1, 83.0)]),
        ("Moteur 7,5kW IE3", 1, 860.0, 31.0, []),
    ]),
    ("Motoréducteur MR-110", 1320.0, 28.0, [
        ("Carter réducteur MR-110", 1, 280.0, 9.5, [("Carter alu brut MR-110", 1, 88.0),
        ("Bouchon de vidange", 2, 2.3)]),
        ("Train d'engrenages MR-110", 1, 345.0, 6.8, [("Pignon arbré z17", 1, 54.0), ("Roue dentée z68", 1, 97.0),
                                                      ("Roulement 6205-2Z", 3, 9.7)]),
        ("Moteur 1,5kW IE3", 1, 290.0, 11.0, []),
    ]),
    ("Vérin hydraulique VH-63", 760.0, 17.0, [
        ("Tube de vérin VH-63", 1, 120.0, 7.0, [("Tube rodé 63x75", 1, 61.0)]),
        ("Tige chromée VH-63", 1, 95.0, 5.2, [("Barre chromée 36mm", 1, 48.0)]),
        ("Kit joints VH-63", 1, 38.0, 0.3, [("Joint de tige 36mm", 1, 7.9), ("Joint de piston 63mm", 1, 9.4),
                                            ("Joint racleur 36mm", 1, 4.2)]),
    ]),
    ("Groupe hydraulique GH-15", 4950.0, 148.0, [
        ("Réservoir soudé 60L", 1, 410.0, 38.0, [("Tôle acier 3mm", 12, 4.1), ("Bouchon de remplissage", 1, 11.5)]),
        ("Bloc foré GH-15", 1, 620.0, 12.0, [("Bloc acier 120mm", 1, 140.0), ("Électrovanne 24V", 2, 86.0)]),
        ("Armoire électrique GH-15", 1, 980.0, 22.0, [("Automate Siemens S7-1200", 1, 410.0),
                                                     ("Contacteur 25A", 2, 38.0), ("Câble 4G2,5 au mètre", 6, 3.2)]),
        ("Moteur 11kW IE3", 1, 1240.0, 68.0, []),
    ]),
    ("Ventilateur industriel VI-400", 980.0, 35.0, [
        ("Hélice VI-400", 1, 150.0, 4.0, [("Pale aluminium 400mm", 6, 14.0), ("Moyeu acier", 1, 22.0)]),
        ("Virole soudée VI-400", 1, 210.0, 18.0, [("Tôle acier 2mm", 8, 3.4)]),
        ("Moteur 2,2kW IE3", 1, 340.0, 14.0, []),
    ]),
    ("Compresseur à vis CV-7", 6400.0, 210.0, [
        ("Bloc vis CV-7", 1, 2100.0, 45.0, [("Rotor mâle", 1, 640.0), ("Rotor femelle", 1, 610.0),
                                            ("Roulement 6308-2RS", 4, 26.9)]),
        ("Séparateur huile CV-7", 1, 520.0, 16.0, [("Cartouche séparatrice", 1, 118.0)]),
        ("Capotage insonorisé CV-7", 1, 680.0, 52.0, [("Tôle acier 2mm", 20, 3.4), ("Mousse acoustique", 4, 18.5)]),
        ("Moteur 7,5kW IE3", 1, 860.0, 31.0, []),
    ]),
    ("Agitateur AG-30", 1560.0, 39.0, [
        ("Arbre d'agitation AG-30", 1, 230.0, 12.0, [("Arbre inox 42mm", 1, 83.0)]),
        ("Mobile d'agitation AG-30", 1, 180.0, 5.0, [("Pale inox 300mm", 3, 26.0)]),
        ("Réducteur AG-30", 1, 420.0, 11.0, []),
    ]),
]  # fmt: skip


def build_usine(path: Path) -> None:
    r = random.Random(12603)
    # articles: finished products, their sub-assemblies and components (ids in tree order)
    articles = []
    nxt = {"PF": 100, "SE": 300, "COMP": 600}

    def art(kind: str, name: str, parent: int | None, qty: float | None, price: float, kg: float | None) -> int:
        aid = len(articles) + 1
        nxt[kind] += 1
        articles.append((aid, f"{kind}-{nxt[kind]}", name, kind, parent, qty, price, kg))
        return aid

    finis: list[int] = []
    sous_ensembles: list[int] = []
    for pf_name, pf_price, pf_kg, ses in _NOMENCLATURE:
        pf = art("PF", pf_name, None, None, pf_price, pf_kg)
        finis.append(pf)
        for se_name, se_qty, se_price, se_kg, comps in ses:
            se = art("SE", se_name, pf, se_qty, se_price, se_kg)
            sous_ensembles.append(se)
            for c_name, c_qty, c_price in comps:
                kg = round(min(8.0, c_price / 25 + 0.02), 2) if r.random() > 0.15 else None
                art("COMP", c_name, se, c_qty, c_price, kg)
    # a few spare components straight into the finished products
    for pf, extra in ((finis[0], [("Plaque signalétique", 1, 2.5), ("Notice technique FR", 1, 1.2)]),
                      (finis[4], [("Manomètre 0-250 bar", 1, 34.0), ("Filtre retour 10µm", 1, 27.0),
                                  ("Plaque signalétique", 1, 2.5)]),
                      (finis[6], [("Filtre à air CV-7", 1, 41.0), ("Huile compresseur 5L", 2, 38.0)])):
        for c_name, c_qty, c_price in extra:
            art("COMP", c_name, pf, c_qty, c_price, None)
    # people: a production director, a chef per workshop, operators
    people = []
    used = set()

    def person() -> tuple[str, str]:
        while True:
            p = (r.choice(_NOMS), r.choice(_PRENOMS))
            if p not in used:
                used.add(p)
                return p

    nom, prenom = person()
    people.append(["M0100", nom, prenom, None, None, "2004-09-01", None, "O"])
    chefs = {}
    for i, (aid, _n, _b) in enumerate(_ATELIERS):
        nom, prenom = person()
        m = f"M01{i + 1:02d}"
        chefs[aid] = m
        people.append([m, nom, prenom, aid, "matin", day(r, dt.date(2006, 1, 1), 3600).isoformat(), "M0100", "O"])
    k = 110
    staff = {1: 14, 2: 9, 3: 7, 4: 16, 5: 7, 6: 6, 7: 3}
    for aid, n in staff.items():
        for j in range(n):
            nom, prenom = person()
            k += 1
            eq = ["matin", "après-midi", "nuit"][j % 3] if aid in (1, 2, 4) else ["matin", "après-midi"][j % 2]
            people.append([f"M0{k}", nom, prenom, aid, eq, day(r, dt.date(2009, 1, 1), 5800).isoformat(), chefs[aid],
                           "O"])  # fmt: skip
    for i in (14, 33, 52):  # left
        people[i][7] = "N"
    # the one that left most recently is still in the table
    operators_of = {aid: [p[0] for p in people if p[3] == aid and p[7] == "O"] for aid, _n, _b in _ATELIERS}
    machines = []
    for i, (code, lib, aid, cad) in enumerate(_MACHINES):
        mes = day(r, dt.date(2008, 1, 1), 5400).isoformat()
        machines.append((i + 1, code, lib, aid, mes, cad, "O"))
    for i in (6, 14, 26):  # out of service
        machines[i] = (*machines[i][:6], "N")
    # production orders
    ofs, aff, ctrl = [], [], []
    makeable = [(a[0], a[3]) for a in articles if a[3] in ("PF", "SE")]
    machine_for = {"PF": [16, 17, 18, 20], "SE": [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 19, 27]}
    launches = sorted(day(r, dt.date(2024, 1, 8), 523) for _ in range(240))
    count: dict[int, int] = {}
    cid = 0
    never_made = {sous_ensembles[5], sous_ensembles[17], finis[7]}
    makeable = [m for m in makeable if m[0] not in never_made]
    for d in launches:
        aid, kind = r.choice(makeable)
        mach = r.choice([m for m in machine_for[kind] if machines[m - 1][6] == "O" or d < dt.date(2025, 1, 1)])
        count[d.year] = count.get(d.year, 0) + 1
        num = f"OF-{d.year % 100}-{count[d.year]:04d}"
        qp = r.choice([10, 20, 25, 40, 50, 100]) if kind == "SE" else r.choice([5, 10, 12, 20, 30])
        planned_end = d + dt.timedelta(days=r.randint(2, 15))
        age = (LAST_DAY - d).days
        if age > 30:
            st = r.choices(["T", "A"], weights=[95, 5])[0]
        elif age > 7:
            st = r.choices(["T", "L", "A"], weights=[55, 42, 3])[0]
        else:
            st = r.choices(["P", "L"], weights=[50, 50])[0]
        real_end = None
        qprod = 0
        if st == "T":
            real_end = planned_end + dt.timedelta(days=r.choice([-2, -1, 0, 0, 0, 0, 1, 1, 2, 3, 5, 8]))
            if real_end > LAST_DAY:
                real_end = LAST_DAY
            if real_end < d:
                real_end = d
            qprod = qp - (r.choice([0, 0, 0, 1, 2]) if qp > 10 else 0)
        elif st == "L":
            qprod = r.randint(0, qp - 1)
        elif st == "A":
            qprod = 0
        ofs.append((num, aid, mach, d.isoformat(), planned_end.isoformat(),
                    None if real_end is None else real_end.isoformat(), qp, qprod, st))  # fmt: skip
        if st in ("T", "L"):
            atelier = machines[mach - 1][3]
            pool = operators_of[atelier]
            for m in r.sample(pool, min(len(pool), r.choice([1, 2, 2, 3]))):
                aff.append((num, m, round(r.choice([2, 3.5, 4, 6, 7.5, 8, 12, 16]) * (1 if kind == "SE" else 1.5), 1)))
        if st == "T" and r.random() < 0.8:
            cid += 1
            qc = qprod if qprod <= 30 else r.choice([20, 25, 30])
            scrap = r.choices([0, 0, 0, 1, 2, 3, 5], weights=[50, 10, 10, 12, 8, 6, 4])[0]
            scrap = min(scrap, qc)
            res = "NC" if scrap >= 3 or (scrap > 0 and r.random() < 0.15) else "C"
            ctrl.append((cid, num, real_end.isoformat(), qc, scrap, res, r.choice(operators_of[5])))
    # breakdowns
    pannes = []
    causes = ["électrique", "mécanique", "hydraulique", "logiciel", "usure outil", "pneumatique"]
    starts = sorted(_moment(r, dt.datetime(2024, 1, 2), dt.datetime(2025, 6, 10)) for _ in range(150))
    for i, st in enumerate(starts):
        mach = r.choices(range(1, len(machines) + 1), weights=[3 if m[1].startswith(("SOU", "USI")) else 1
                                                               for m in machines])[0]  # fmt: skip
        cause = r.choice(causes)
        hours = r.choice([0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 24, 36, 72])
        fin = st + dt.timedelta(hours=hours, minutes=r.randint(0, 59))
        cost = None if cause == "logiciel" and r.random() < 0.6 else round(r.uniform(40, 2400), 2)
        who = r.choice(operators_of[machines[mach - 1][3]] or operators_of[1])
        pannes.append([i + 1, mach, st.strftime("%Y-%m-%d %H:%M"), fin.strftime("%Y-%m-%d %H:%M"), cause, cost, who])
    # three machines currently down
    for mach, st, cause in ((9, dt.datetime(2025, 6, 12, 9, 40), "mécanique"),
                            (3, dt.datetime(2025, 6, 13, 22, 15), "électrique"),
                            (21, dt.datetime(2025, 6, 14, 7, 5), "hydraulique")):
        pannes.append([len(pannes) + 1, mach, st.strftime("%Y-%m-%d %H:%M"), None, cause, None,
                       operators_of[machines[mach - 1][3]][0]])  # fmt: skip
    write_tables(path, USINE_DDL, [
        ("ateliers", _ATELIERS), ("operateurs", [tuple(p) for p in people]), ("machines", machines),
        ("articles", articles), ("ordres_fabrication", ofs), ("affectations", aff),
        ("pannes", [tuple(p) for p in pannes]), ("controles_qualite", ctrl),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# freightlog
# ---------------------------------------------------------------------------------------------------------------

FREIGHTLOG_DDL = """
CREATE TABLE warehouses (
    wh_id INTEGER PRIMARY KEY,
    wh_code TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    wh_type TEXT NOT NULL,
    opened_ts INTEGER NOT NULL
);
CREATE TABLE carriers (
    carrier_id INTEGER PRIMARY KEY,
    carrier_name TEXT NOT NULL,
    mode TEXT NOT NULL,
    contract_no TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE skus (
    sku_id INTEGER PRIMARY KEY,
    sku_code TEXT NOT NULL UNIQUE,
    descr TEXT NOT NULL,
    weight_g INTEGER NOT NULL,
    unit_value_cents INTEGER NOT NULL,
    hazmat INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE shipments (
    shp_id INTEGER PRIMARY KEY,
    ref_no TEXT NOT NULL UNIQUE,
    origin_wh_id INTEGER NOT NULL REFERENCES warehouses(wh_id),
    dest_wh_id INTEGER NOT NULL REFERENCES warehouses(wh_id),
    carrier_id INTEGER REFERENCES carriers(carrier_id),
    status TEXT NOT NULL,
    created_ts INTEGER NOT NULL,
    shipped_ts INTEGER,
    promised_ts INTEGER NOT NULL,
    delivered_ts INTEGER,
    freight_cents INTEGER,
    is_expedited INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE shipment_lines (
    line_id INTEGER PRIMARY KEY,
    shp_id INTEGER NOT NULL REFERENCES shipments(shp_id),
    sku_id INTEGER NOT NULL REFERENCES skus(sku_id),
    qty INTEGER NOT NULL
);
CREATE TABLE tracking_events (
    evt_id INTEGER PRIMARY KEY,
    shp_id INTEGER NOT NULL REFERENCES shipments(shp_id),
    evt_ts INTEGER NOT NULL,
    evt_code TEXT NOT NULL,
    location TEXT,
    note TEXT
);
"""

_WAREHOUSES = [
    ("RTM1", "Rotterdam", "NL", "DC"), ("HAM1", "Hamburg", "DE", "DC"), ("ANR1", "Antwerp", "BE", "CROSSDOCK"),
    ("LYS1", "Lyon", "FR", "DC"), ("MIL1", "Milan", "IT", "DC"), ("BCN1", "Barcelona", "ES", "DC"),
    ("POZ1", "Poznan", "PL", "DC"), ("GOT1", "Gothenburg", "SE", "CROSSDOCK"), ("FXT1", "Felixstowe", "GB", "PORT"),
    ("DUI1", "Duisburg", "DE", "CROSSDOCK"), ("VIE1", "Vienna", "AT", "DC"), ("PRG1", "Prague", "CZ", "DC"),
]  # fmt: skip
_CARRIERS = [
    ("DHL Freight", "road", "CT-DHL-2021-07"), ("Maersk", "sea", "CT-MSK-2022-01"), ("MSC", "sea", None),
    ("DB Cargo", "rail", "CT-DBC-2023-02"), ("Lufthansa Cargo", "air", "CT-LHC-2022-11"), ("Girteka", "road", None),
    ("Dachser", "road", "CT-DAC-2020-03"), ("Kuehne+Nagel", "road", "CT-KN-2021-09"), ("Hapag-Lloyd", "sea", None),
    ("Cargolux", "air", None), ("Raben Group", "road", "CT-RAB-2024-05"),
]  # fmt: skip
_SKU_BASE = [
    ("Gear motor GM-40", 12200, 41900), ("Gear motor GM-75", 21500, 68800), ("Hydraulic pump HP-200", 18400, 123500),
    ("Hydraulic pump HP-350", 26900, 171000), ("Valve block VB-6", 9800, 48450), ("Control valve CV-12", 4300, 21990),
    ("Filter unit FU-3", 6700, 15480), ("Pressure switch PS-9", 600, 8950), ("Oil cooler OC-20", 11900, 52300),
    ("Power unit PU-5", 58000, 389000), ("Seal kit HP-200", 300, 4720), ("Bearing kit GM-40", 900, 6380),
    ("Hydraulic oil HLP46 20L", 18200, 7650), ("Grease EP2 5kg", 5400, 3990), ("Filter element 10um", 150, 1875),
    ("Solenoid coil 24V", 210, 3260), ("Pressure sensor 250bar", 90, 11800), ("Euro pallet", 25000, 1450),
    ("Lithium battery pack 48V", 14500, 98000), ("Aerosol paint RAL 7035", 450, 990), ("Coupling kit 24mm", 480, 2840),
    ("Cylinder HC-80", 14100, 59900), ("Steel bar 40mm 1m", 9900, 2310), ("Copper tube 12x1 5m", 1550, 4120),
]  # fmt: skip


def build_freightlog(path: Path) -> None:
    r = random.Random(12604)
    whs = []
    for i, (code, city, cc, kind) in enumerate(_WAREHOUSES):
        opened = dt.datetime(2015 + i % 6, 1 + (i * 5) % 12, 1, 6, 0, 0)
        whs.append((i + 1, code, city, cc, kind, _epoch(opened)))
    whs[11] = (*whs[11][:5], _epoch(dt.datetime(2025, 6, 2, 6, 0, 0)))  # Prague: just opened, nothing sent yet
    carriers = [(i + 1, n, mode, ct, 1) for i, (n, mode, ct) in enumerate(_CARRIERS)]
    carriers[5] = (*carriers[5][:4], 0)  # Girteka: contract ended
    skus = []
    for i, (d, g, v) in enumerate(_SKU_BASE):
        skus.append((len(skus) + 1, f"SKU-{10010 + i * 13}", d, g, v, 1 if "battery" in d or "Aerosol" in d else 0))
    for i, (d, g, v) in enumerate(_SKU_BASE[:12]):
        skus.append((len(skus) + 1, f"SKU-{20010 + i * 17}", d + " (export pack)", g + 1800, v + 600, 0))
    lanes = {"road": (1, 5), "rail": (3, 8), "sea": (6, 24), "air": (1, 3)}
    shipments, lines, events = [], [], []
    created = sorted([_moment(r, dt.datetime(2024, 1, 3, 6), dt.datetime(2025, 5, 31, 16)) for _ in range(150)]
                     + [_moment(r, dt.datetime(2025, 6, 1, 6), dt.datetime(2025, 6, 14, 16)) for _ in range(14)])
    cweights = [14, 6, 4, 5, 3, 6, 9, 8, 3, 2, 4]
    seq: dict[str, int] = {}
    eid = lid = 0
    for n, c in enumerate(created, start=1):
        o = r.choices(range(1, 12), weights=[10, 8, 5, 4, 4, 3, 3, 2, 3, 4, 2])[0]
        dst = r.choice([w for w in range(1, 13) if w != o and whs[w - 1][5] <= _epoch(c)])
        cid = r.choices(range(1, 12), weights=cweights)[0]
        if cid == 6 and c > dt.datetime(2024, 10, 1):
            cid = 1
        mode = carriers[cid - 1][2]
        lo, hi = lanes[mode]
        stamp = c.strftime("%y%m%d")
        seq[stamp] = seq.get(stamp, 0) + 1
        ref = f"SHP-{stamp}-{seq[stamp]:03d}"
        expedited = 1 if r.random() < 0.12 else 0
        promised = c + dt.timedelta(days=hi + (1 if mode == "sea" else 0) - (1 if expedited and hi > 1 else 0),
                                    hours=r.randint(0, 8))  # fmt: skip
        ship = c + dt.timedelta(hours=r.uniform(4, 40))
        transit = dt.timedelta(days=r.uniform(lo, hi + 2.5 if r.random() < 0.22 else hi), hours=r.uniform(0, 8))
        deliver = ship + transit
        status = "delivered"
        if n in (23, 71, 118):
            status = "cancelled"
        elif n in (40, 95, 131, 147, 158):
            status = "exception"
        if status == "delivered" and deliver > END:
            status = "in_transit" if ship <= END else "booked"
        if status == "cancelled":
            ship_ts = deliver_ts = None
            freight = None
        else:
            ship_ts = ship if status != "booked" else None
            deliver_ts = deliver if status == "delivered" else None
            base = {"road": 650, "rail": 900, "sea": 2400, "air": 4100}[mode]
            freight = int(round(base * r.uniform(0.6, 2.4) * (1.35 if expedited else 1), 2) * 100) + r.randint(0, 99)
        shipments.append((n, ref, o, dst, cid, status, _epoch(c), _epoch(ship_ts), _epoch(promised), _epoch(deliver_ts),
                          freight, expedited))  # fmt: skip
        for sku in r.sample(range(1, len(skus) + 1), r.choice([1, 1, 2, 2, 3, 4])):
            lid += 1
            heavy = skus[sku - 1][3] > 10000
            lines.append((lid, n, sku, r.choice([1, 2, 4, 6, 10]) if heavy else r.choice([10, 20, 50, 100, 200])))
        if status != "cancelled" and ship_ts is not None and carriers[cid - 1][3] is not None:
            seq_ev = [("PU", ship_ts, whs[o - 1][2], None)]
            if mode in ("sea", "rail", "air"):
                mid = ship_ts + (deliver - ship) / 2
                if mid <= END:
                    seq_ev.append(("ARR", mid, r.choice(["Antwerp hub", "Duisburg hub", "Rotterdam port",
                                                          "Leipzig air hub", "Basel hub"]), None))  # fmt: skip
            if status == "exception":
                ex = ship_ts + (deliver - ship) / 3
                why = r.choice(["Customs hold", "Damaged pallet", "Address issue"])
                seq_ev.append(("EXC", min(ex, END), None, why))
            elif deliver_ts is not None:
                seq_ev.append(("OFD", deliver_ts - dt.timedelta(hours=r.uniform(2, 6)), whs[dst - 1][2], None))
                seq_ev.append(("DEL", deliver_ts, whs[dst - 1][2], None))
            for code, t, loc, note in seq_ev:
                eid += 1
                events.append((eid, n, _epoch(t), code, loc, note))
    write_tables(path, FREIGHTLOG_DDL, [
        ("warehouses", whs), ("carriers", carriers), ("skus", skus), ("shipments", shipments),
        ("shipment_lines", lines), ("tracking_events", events),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# mrostore
# ---------------------------------------------------------------------------------------------------------------

MROSTORE_DDL = """
CREATE TABLE inv_category (
    cat_id INTEGER PRIMARY KEY,
    cat_name TEXT NOT NULL
);
CREATE TABLE inv_supplier (
    sup_id INTEGER PRIMARY KEY,
    sup_name TEXT NOT NULL,
    sup_city TEXT,
    preferred_yn TEXT NOT NULL DEFAULT 'N'
);
CREATE TABLE inv_item (
    itm_id INTEGER PRIMARY KEY,
    itm_code TEXT NOT NULL UNIQUE,
    itm_desc TEXT NOT NULL,
    cat_id INTEGER NOT NULL REFERENCES inv_category(cat_id),
    sup_id INTEGER REFERENCES inv_supplier(sup_id),
    uom TEXT NOT NULL,
    unit_price NUMERIC NOT NULL,
    min_qty INTEGER NOT NULL DEFAULT 0,
    active_yn TEXT NOT NULL DEFAULT 'Y'
);
CREATE TABLE inv_item_attr (
    itm_id INTEGER NOT NULL REFERENCES inv_item(itm_id),
    attr_code TEXT NOT NULL,
    attr_val TEXT NOT NULL,
    attr_uom TEXT,
    PRIMARY KEY (itm_id, attr_code)
);
CREATE TABLE inv_stockroom (
    room_id INTEGER PRIMARY KEY,
    room_code TEXT NOT NULL UNIQUE,
    room_name TEXT NOT NULL,
    bldg TEXT NOT NULL
);
CREATE TABLE inv_stock (
    itm_id INTEGER NOT NULL REFERENCES inv_item(itm_id),
    room_id INTEGER NOT NULL REFERENCES inv_stockroom(room_id),
    qty_on_hand INTEGER NOT NULL,
    bin_loc TEXT,
    last_count_dt TEXT,
    PRIMARY KEY (itm_id, room_id)
);
CREATE TABLE hr_employee (
    emp_id INTEGER PRIMARY KEY,
    emp_name TEXT NOT NULL,
    dept TEXT NOT NULL,
    cost_ctr TEXT NOT NULL,
    active_yn TEXT NOT NULL DEFAULT 'Y'
);
CREATE TABLE inv_req (
    req_id INTEGER PRIMARY KEY,
    req_no TEXT NOT NULL UNIQUE,
    emp_id INTEGER NOT NULL REFERENCES hr_employee(emp_id),
    req_dt TEXT NOT NULL,
    req_stat TEXT NOT NULL,
    appr_emp_id INTEGER REFERENCES hr_employee(emp_id),
    wo_ref TEXT
);
CREATE TABLE inv_req_line (
    req_id INTEGER NOT NULL REFERENCES inv_req(req_id),
    line_no INTEGER NOT NULL,
    itm_id INTEGER NOT NULL REFERENCES inv_item(itm_id),
    qty_req INTEGER NOT NULL,
    qty_iss INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (req_id, line_no)
);
"""

_MRO_CATS = ["Motors", "Bearings", "Fasteners", "Electrical", "Pneumatics", "Hand Tools", "Safety / PPE",
             "Lubricants", "Filters", "Hoses & Fittings"]  # fmt: skip
_MRO_SUPPLIERS = [
    ("Grainger", "Chicago", "Y"), ("MSC Industrial Supply", "Melville", "Y"), ("Fastenal", "Winona", "Y"),
    ("Motion Industries", "Birmingham", "N"), ("Applied Industrial Technologies", "Cleveland", "Y"),
    ("McMaster-Carr", "Elmhurst", "N"), ("Wurth Industry", "Indianapolis", "N"), ("Zoro Tools", None, "N"),
    ("Kaman Distribution", "Bloomfield", "N"), ("Global Industrial", "Port Washington", "N"),
    ("Bearing Distributors Inc", "Cleveland", "N"), ("Airgas", "Radnor", "N"), ("Parker Store Midwest", "Toledo", "N"),
    ("Lawson Products", "Chicago", "N"), ("Uline", "Pleasant Prairie", "N"),
]  # fmt: skip


def _mro_catalogue(r: random.Random) -> list[tuple[str, int, str, float, dict[str, tuple[str, str | None]]]]:
    """(description, category index, unit of measure, unit price, attributes) for every catalogue item."""
    out: list[tuple[str, int, str, float, dict[str, tuple[str, str | None]]]] = []
    for hp, kw, volts, frame, price in ((0.5, 0.37, 230, "56C", 212.0), (1, 0.75, 230, "56C", 268.5),
                                        (2, 1.5, 460, "145T", 415.0), (3, 2.2, 460, "182T", 538.0),
                                        (5, 3.7, 460, "184T", 702.0), (7.5, 5.5, 460, "213T", 1045.0),
                                        (10, 7.5, 460, "215T", 1290.0), (15, 11.0, 460, "254T", 1875.0),
                                        (20, 15.0, 575, "256T", 2390.0)):  # fmt: skip
        a = {"POWER": (f"{kw}", "kW"), "VOLTAGE": (str(volts), "V"), "FRAME": (frame, None),
             "RPM": (r.choice(["1800", "1800", "3600"]), "rpm"), "ENCLOSURE": (r.choice(["TEFC", "ODP"]), None)}
        out.append((f"AC motor {hp} HP {volts}V {frame}", 0, "EA", price, a))
    for desig, bore, od, price in (("6203-2RS", 17, 40, 6.4), ("6204-2RS", 20, 47, 7.1), ("6205-2RS", 25, 52, 8.3),
                                   ("6206-2Z", 30, 62, 11.2), ("6305-2RS", 25, 62, 12.9), ("6308-2RS", 40, 90, 24.6),
                                   ("UCP205 pillow block", 25, 0, 31.5), ("UCF207 flange unit", 35, 0, 44.0),
                                   ("22212 spherical roller", 60, 110, 128.0), ("30206 taper roller", 30, 62, 19.8)):
        a = {"BORE": (str(bore), "mm"), "BRAND": (r.choice(["SKF", "FAG", "NSK", "Timken"]), None)}
        if od:
            a["OD"] = (str(od), "mm")
        if "2RS" in desig:
            a["SEAL"] = ("rubber sealed", None)
        out.append((f"Bearing {desig}", 1, "EA", price, a))
    for kind, sizes, mats in (("Hex bolt", ["M6x20", "M8x25", "M10x40", "M12x50", "M16x60"],
                               ["steel zinc", "stainless steel"]),
                              ("Hex nut", ["M6", "M8", "M10", "M12"], ["steel zinc", "stainless steel"]),
                              ("Flat washer", ["M8", "M10", "M12"], ["steel zinc"]),
                              ("Socket head cap screw", ["M5x16", "M8x30"], ["alloy steel", "stainless steel"]),
                              ("Anchor bolt", ["M10x90", "M12x120"], ["steel zinc"])):  # fmt: skip
        for sz in sizes:
            for mat in mats:
                price = round(r.uniform(4, 38), 2)
                a = {"THREAD": (sz.split("x")[0], None), "MATERIAL": (mat, None)}
                if "x" in sz:
                    a["LENGTH"] = (sz.split("x")[1], "mm")
                a["PACK_QTY"] = (str(r.choice([50, 100, 100, 200])), "pcs")
                out.append((f"{kind} {sz} {mat}, box", 2, "BX", price, a))
    elec = [("Contactor 3P 25A 24VDC coil", 58.0, {"VOLTAGE": ("24", "V"), "CURRENT": ("25", "A")}),
            ("Contactor 3P 40A 120VAC coil", 86.0, {"VOLTAGE": ("120", "V"), "CURRENT": ("40", "A")}),
            ("Circuit breaker 1P 16A", 14.5, {"CURRENT": ("16", "A"), "VOLTAGE": ("240", "V")}),
            ("Circuit breaker 3P 32A", 48.0, {"CURRENT": ("32", "A"), "VOLTAGE": ("480", "V")}),
            ("Proximity sensor M12 PNP", 39.0, {"VOLTAGE": ("24", "V"), "IP_RATING": ("IP67", None)}),
            ("Photoelectric sensor diffuse", 64.0, {"VOLTAGE": ("24", "V"), "IP_RATING": ("IP67", None)}),
            ("LED work light 40W", 72.0, {"VOLTAGE": ("120", "V"), "IP_RATING": ("IP65", None),
                                          "POWER": ("0.04", "kW")}),
            ("Junction box 200x150", 26.0, {"IP_RATING": ("IP66", None), "MATERIAL": ("polycarbonate", None)}),
            ("Cord grip 1/2in NPT", 3.2, {"MATERIAL": ("nylon", None), "IP_RATING": ("IP68", None)}),
            ("VFD 5HP 460V", 890.0, {"POWER": ("3.7", "kW"), "VOLTAGE": ("460", "V"), "IP_RATING": ("IP20", None)}),
            ("VFD 10HP 460V", 1420.0, {"POWER": ("7.5", "kW"), "VOLTAGE": ("460", "V"), "IP_RATING": ("IP20", None)}),
            ("Fuse 30A class J", 11.9, {"CURRENT": ("30", "A"), "VOLTAGE": ("600", "V")}),
            ("Extension cord 50ft 12AWG", 54.0, {"LENGTH": ("15240", "mm"), "COLOR": ("yellow", None)}),
            ("Emergency stop button", 42.0, {"IP_RATING": ("IP65", None), "COLOR": ("red", None)}),
            ("Push button green 22mm", 12.0, {"IP_RATING": ("IP65", None), "COLOR": ("green", None)}),
            ("Terminal block 4mm2 (pack of 50)", 36.0, {"CURRENT": ("32", "A"), "COLOR": ("grey", None)})]
    for d, p, a in elec:
        out.append((d, 3, "EA" if "pack" not in d else "BX", p, a))
    pneu = [("Air cylinder 32x100", 68.0, {"BORE": ("32", "mm"), "LENGTH": ("100", "mm"),
                                           "PRESSURE_MAX": ("10", "bar")}),
            ("Air cylinder 50x200", 112.0, {"BORE": ("50", "mm"), "LENGTH": ("200", "mm"),
                                            "PRESSURE_MAX": ("10", "bar")}),
            ("Solenoid valve 5/2 24VDC", 74.0, {"VOLTAGE": ("24", "V"), "PORT": ("1/4in", None),
                                                "PRESSURE_MAX": ("8", "bar")}),
            ("Filter regulator 1/2in", 59.0, {"PORT": ("1/2in", None), "PRESSURE_MAX": ("16", "bar")}),
            ("Push-in fitting 8mm (pack of 10)", 18.0, {"PORT": ("1/4in", None), "MATERIAL": ("brass", None)}),
            ("Push-in fitting 10mm (pack of 10)", 21.0, {"PORT": ("3/8in", None), "MATERIAL": ("brass", None)}),
            ("Polyurethane tubing 8mm", 1.4, {"COLOR": ("blue", None), "PRESSURE_MAX": ("10", "bar"),
                                              "MATERIAL": ("polyurethane", None)}),
            ("Quick coupler 1/4in", 9.6, {"MATERIAL": ("brass", None), "PORT": ("1/4in", None)}),
            ("Air blow gun", 14.8, {"PRESSURE_MAX": ("10", "bar"), "MATERIAL": ("aluminium", None)})]  # fmt: skip
    for d, p, a in pneu:
        out.append((d, 4, "M" if "tubing" in d else "BX" if "pack" in d else "EA", p, a))
    tools = [("Combination wrench set metric 14pc", 89.0, {"BRAND": ("Stanley", None),
                                                            "MATERIAL": ("chrome vanadium", None)}),
             ("Torque wrench 1/2in 40-200Nm", 165.0, {"BRAND": ("Wera", None)}),
             ("Screwdriver set insulated 7pc", 54.0, {"BRAND": ("Wiha", None), "VOLTAGE": ("1000", "V")}),
             ("Digital multimeter", 129.0, {"BRAND": ("Fluke", None), "VOLTAGE": ("1000", "V")}),
             ("Clamp meter 600A", 189.0, {"BRAND": ("Fluke", None), "CURRENT": ("600", "A")}),
             ("Dead blow hammer 2lb", 32.0, {"MATERIAL": ("polyurethane", None)}),
             ("Adjustable wrench 10in", 24.5, {"BRAND": ("Bahco", None), "LENGTH": ("254", "mm")}),
             ("Hex key set ball end", 28.0, {"BRAND": ("Wera", None)}),
             ("Cordless drill 18V", 219.0, {"BRAND": ("Makita", None), "VOLTAGE": ("18", "V")}),
             ("Utility knife", 9.5, {"BRAND": ("Stanley", None)})]  # fmt: skip
    for d, p, a in tools:
        out.append((d, 5, "EA", p, a))
    ppe = [("Nitrile gloves L (box of 100)", 14.9, {"SIZE": ("L", None), "COLOR": ("blue", None)}),
           ("Nitrile gloves XL (box of 100)", 14.9, {"SIZE": ("XL", None), "COLOR": ("blue", None)}),
           ("Cut resistant gloves L", 11.2, {"SIZE": ("L", None), "CUT_LEVEL": ("A4", None)}),
           ("Safety glasses clear", 4.6, {"COLOR": ("clear", None)}),
           ("Safety glasses tinted", 5.2, {"COLOR": ("grey", None)}),
           ("Ear plugs (box of 200)", 38.0, {"NRR": ("32", "dB")}),
           ("Ear muffs", 24.0, {"NRR": ("27", "dB")}),
           ("Hard hat white", 18.0, {"COLOR": ("white", None)}),
           ("Hi-vis vest L", 8.9, {"SIZE": ("L", None), "COLOR": ("yellow", None)}),
           ("Respirator N95 (box of 20)", 29.0, {"SIZE": ("M", None)}),
           ("Arc flash face shield", 245.0, {"ARC_RATING": ("12", "cal/cm2")})]  # fmt: skip
    for d, p, a in ppe:
        out.append((d, 6, "BX" if "box" in d else "PR" if "gloves" in d else "EA", p, a))
    lube = [("Hydraulic oil ISO 46, 5 gal", 96.0, {"VISCOSITY": ("46", "cSt"), "VOLUME": ("18.9", "L")}),
            ("Hydraulic oil ISO 68, 5 gal", 99.0, {"VISCOSITY": ("68", "cSt"), "VOLUME": ("18.9", "L")}),
            ("Gear oil ISO 220, 5 gal", 128.0, {"VISCOSITY": ("220", "cSt"), "VOLUME": ("18.9", "L")}),
            ("Multipurpose grease EP2 cartridge", 7.8, {"NLGI": ("2", None), "VOLUME": ("0.4", "L")}),
            ("Food grade grease H1 cartridge", 14.6, {"NLGI": ("2", None), "VOLUME": ("0.4", "L")}),
            ("Penetrating oil spray", 8.5, {"VOLUME": ("0.3", "L")}),
            ("Compressor oil synthetic 1 gal", 62.0, {"VISCOSITY": ("46", "cSt"), "VOLUME": ("3.8", "L")}),
            ("Chain lube spray", 11.4, {"VOLUME": ("0.4", "L")})]  # fmt: skip
    for d, p, a in lube:
        out.append((d, 7, "EA", p, a))
    filt = [("Hydraulic filter element 10 micron", 48.0, {"MICRON": ("10", "um")}),
            ("Hydraulic filter element 25 micron", 44.0, {"MICRON": ("25", "um")}),
            ("Air filter panel 20x20x2", 6.2, {"MERV": ("8", None), "LENGTH": ("508", "mm")}),
            ("Air filter panel 24x24x2", 7.4, {"MERV": ("8", None), "LENGTH": ("610", "mm")}),
            ("Bag filter 24x24 MERV 14", 38.0, {"MERV": ("14", None), "LENGTH": ("610", "mm")}),
            ("Compressed air filter 1 micron", 52.0, {"MICRON": ("1", "um")}),
            ("Coolant filter bag 50 micron", 4.1, {"MICRON": ("50", "um")})]  # fmt: skip
    for d, p, a in filt:
        out.append((d, 8, "EA", p, a))
    hose = [("Hydraulic hose 1/2in 2-wire", 6.8, {"PRESSURE_MAX": ("275", "bar"), "BORE": ("12.7", "mm")}),
            ("Hydraulic hose 3/4in 2-wire", 9.9, {"PRESSURE_MAX": ("215", "bar"), "BORE": ("19", "mm")}),
            ("Air hose 3/8in rubber", 2.3, {"PRESSURE_MAX": ("20", "bar"), "COLOR": ("red", None)}),
            ("Water hose 3/4in", 1.9, {"PRESSURE_MAX": ("10", "bar"), "COLOR": ("green", None)}),
            ("JIC fitting 1/2in straight", 8.4, {"MATERIAL": ("steel zinc", None), "PORT": ("1/2in", None)}),
            ("JIC fitting 1/2in 90 deg", 11.6, {"MATERIAL": ("steel zinc", None), "PORT": ("1/2in", None)}),
            ("NPT elbow 1/2in", 6.2, {"MATERIAL": ("brass", None), "PORT": ("1/2in", None)}),
            ("NPT tee 1/2in", 7.1, {"MATERIAL": ("brass", None), "PORT": ("1/2in", None)}),
            ("Ball valve 1/2in", 16.4, {"MATERIAL": ("brass", None), "PRESSURE_MAX": ("40", "bar")}),
            ("Ball valve 1in stainless", 58.0, {"MATERIAL": ("stainless steel", None), "PRESSURE_MAX": ("69", "bar")}),
            ("Hose clamp 1in (pack of 10)", 6.5, {"MATERIAL": ("stainless steel", None)})]  # fmt: skip
    for d, p, a in hose:
        out.append((d, 9, "M" if "hose" in d and "clamp" not in d else "BX" if "pack" in d else "EA", p, a))
    return out


def build_mrostore(path: Path) -> None:
    r = random.Random(12605)
    cats = [(i + 1, n) for i, n in enumerate(_MRO_CATS)]
    sups = [(i + 1, n, c, p) for i, (n, c, p) in enumerate(_MRO_SUPPLIERS)]
    cat_sups = {0: [1, 4, 5], 1: [4, 5, 11], 2: [3, 6, 7], 3: [1, 2, 6], 4: [13, 5, 6], 5: [1, 2, 8, 10],
                6: [1, 3, 15, 12], 7: [2, 4, 14], 8: [4, 5, 1], 9: [13, 3, 14, 6]}  # fmt: skip
    items, attrs = [], []
    for i, (d, ci, uom, price, a) in enumerate(_mro_catalogue(r)):
        itm = i + 1
        sup = r.choice(cat_sups[ci]) if r.random() > 0.06 else None
        min_qty = r.choice([0, 2, 5, 10, 20]) if uom != "M" else r.choice([0, 25, 50])
        items.append((itm, f"MRO-{40000 + itm * 7:06d}", d, ci + 1, sup, uom, price, min_qty, "Y"))
        for code, (val, unit) in a.items():
            attrs.append((itm, code, val, unit))
    for i in (4, 27, 58, 90, 101, 112):  # discontinued
        items[i] = (*items[i][:8], "N")
    rooms = [(1, "MS", "Main Stores", "B1"), (2, "B2C", "Building 2 Tool Crib", "B2"),
             (3, "MSH", "Maintenance Shop", "B1"), (4, "PLC", "Paint Line Cage", "B3"),
             (5, "OVF", "Overflow Warehouse", "B5")]  # fmt: skip
    stock = []
    for it in items:
        k = 0 if it[0] % 23 == 0 else r.choice([1, 1, 2, 2, 3])
        for room in sorted(r.sample([1, 1, 1, 2, 3, 4, 5], k) if k else []):
            if any(s[0] == it[0] and s[1] == room for s in stock):
                continue
            q = r.choice([0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 20, 30, 50]) if it[5] != "M" else r.choice(
                [0, 15, 30, 60, 120])
            cnt = None if r.random() < 0.1 else day(r, dt.date(2024, 6, 1), 378).isoformat()
            stock.append((it[0], room, q, f"{'ABCDEFG'[r.randrange(7)]}{r.randint(1, 24):02d}-{r.randint(1, 6)}", cnt))
    depts = [("Maintenance", "CC-4100"), ("Production", "CC-2100"), ("Facilities", "CC-4300"), ("Quality", "CC-3200"),
             ("Warehouse", "CC-5100"), ("Engineering", "CC-3500")]  # fmt: skip
    emps = []
    for i, nm in enumerate(full_names(r, 38)):
        dep = depts[0] if i < 14 else depts[1 + (i % 5)]
        emps.append((i + 1, nm, dep[0], dep[1], "Y"))
    for i in (7, 25, 33):
        emps[i] = (*emps[i][:4], "N")
    approvers = [1, 2, 19]  # the two maintenance supervisors and the stores manager
    reqs, lines = [], []
    dates = sorted(day(r, dt.date(2024, 1, 2), 530) for _ in range(230))
    seq: dict[int, int] = {}
    never_requested = {it[0] for it in items if it[0] % 11 == 0}
    reqable = [it for it in items if it[8] == "Y" and it[0] not in never_requested]
    for k, d in enumerate(dates, start=1):
        seq[d.year] = seq.get(d.year, 0) + 1
        emp = r.choice([e for e in emps if (e[4] == "Y" or d < dt.date(2025, 1, 1)) and e[0] not in (12, 28, 36)])
        age = (LAST_DAY - d).days
        if age > 20:
            stat = r.choices(["I", "X", "C"], weights=[88, 7, 5])[0]
        else:
            stat = r.choices(["D", "S", "A", "I"], weights=[15, 30, 25, 30])[0]
        appr = r.choice(approvers) if stat in ("A", "I", "X") else None
        if appr == emp[0]:
            appr = next(a for a in approvers if a != emp[0])
        wo = f"WO{r.randint(100000, 199999)}" if emp[2] == "Maintenance" and r.random() < 0.7 else None
        reqs.append((k, f"RQ{d.year % 100}-{seq[d.year]:04d}", emp[0], d.isoformat(), stat, appr, wo))
        cat_bias = [0, 1, 2, 3, 4, 7, 8, 9] if emp[2] in ("Maintenance", "Facilities") else [2, 5, 6, 6, 7]
        pool = [it for it in reqable if it[3] - 1 in cat_bias]
        for ln, it in enumerate(r.sample(pool, r.choice([1, 1, 2, 2, 3])), start=1):
            q = r.choice([1, 1, 2, 2, 4, 5, 10]) if it[5] != "M" else r.choice([5, 10, 20, 50])
            iss = q if stat == "I" else 0
            if stat == "I" and r.random() < 0.08:
                iss = max(0, q - 1)
            lines.append((k, ln, it[0], q, iss))
    write_tables(path, MROSTORE_DDL, [
        ("inv_category", cats), ("inv_supplier", sups), ("inv_item", items), ("inv_item_attr", attrs),
        ("inv_stockroom", rooms), ("inv_stock", stock), ("hr_employee", emps), ("inv_req", reqs),
        ("inv_req_line", lines),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# supplierq
# ---------------------------------------------------------------------------------------------------------------

SUPPLIERQ_DDL = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    tier TEXT NOT NULL,
    approved TEXT NOT NULL DEFAULT 'f',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE supplier_contacts (
    id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    full_name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    job_title TEXT,
    is_primary TEXT NOT NULL DEFAULT 'f',
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE parts (
    id INTEGER PRIMARY KEY,
    part_no TEXT NOT NULL,
    description TEXT NOT NULL,
    commodity TEXT NOT NULL,
    drawing_rev TEXT,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE supplier_parts (
    id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    part_id INTEGER NOT NULL REFERENCES parts(id),
    unit_price_cents INTEGER NOT NULL,
    lead_time_days INTEGER NOT NULL,
    moq INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE receipts (
    id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    part_id INTEGER NOT NULL REFERENCES parts(id),
    po_number TEXT NOT NULL,
    received_at TEXT NOT NULL,
    qty_received INTEGER NOT NULL,
    qty_rejected INTEGER NOT NULL DEFAULT 0,
    inspected_by INTEGER REFERENCES users(id)
);
CREATE TABLE ncrs (
    id INTEGER PRIMARY KEY,
    ncr_no TEXT NOT NULL UNIQUE,
    receipt_id INTEGER NOT NULL REFERENCES receipts(id),
    severity TEXT NOT NULL,
    defect_type TEXT NOT NULL,
    cost_usd NUMERIC,
    owner_id INTEGER REFERENCES users(id),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    deleted_at TEXT
);
CREATE TABLE audits (
    id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    auditor_id INTEGER NOT NULL REFERENCES users(id),
    audit_date TEXT NOT NULL,
    score INTEGER NOT NULL,
    result TEXT NOT NULL
);
"""

_SQ_SUPPLIERS = [
    ("Apex Precision Castings", "US", "Cleveland"), ("Blackhawk Fasteners", "US", "Rockford"),
    ("Cedar Valley Plastics", "US", "Cedar Rapids"), ("Delta Machining Inc", "US", "Memphis"),
    ("Evergreen Packaging", "US", "Tacoma"), ("Frontier Forge", "US", "Pittsburgh"),
    ("Great Lakes Stampings", "US", "Toledo"), ("Harbor Electronics", "US", "San Jose"),
    ("Ironwood Foundry", "US", "Birmingham"), ("Jetstream Coatings", "US", "Dayton"),
    ("Keystone Springs", "US", "Allentown"), ("Lakeside Rubber Co", "US", "Akron"),
    ("Monterrey Metal Works", "MX", "Monterrey"), ("Nuevo Leon Plasticos", "MX", "Monterrey"),
    ("Bajio Fundiciones", "MX", "Queretaro"), ("Tijuana Cable Assemblies", "MX", "Tijuana"),
    ("Ontario Tool & Die", "CA", "Windsor"), ("Maple Circuit Boards", "CA", "Markham"),
    ("Quebec Aluminium Extrusions", "CA", "Montreal"), ("Shenzhen Brightway Electronics", "CN", "Shenzhen"),
    ("Ningbo Ocean Fasteners", "CN", "Ningbo"), ("Suzhou Precision Molding", "CN", "Suzhou"),
    ("Dongguan Unity Packaging", "CN", "Dongguan"), ("Qingdao Heavy Castings", "CN", "Qingdao"),
    ("Penang Microtech", "MY", "Penang"), ("Hsinchu Sensor Corp", "TW", "Hsinchu"),
    ("Pune Forgings Pvt Ltd", "IN", "Pune"), ("Chennai Auto Components", "IN", "Chennai"),
    ("Bavaria Feinmechanik", "DE", "Regensburg"), ("Schwaben Kunststoff", "DE", "Reutlingen"),
    ("Brno Precision s.r.o.", "CZ", "Brno"), ("Silesia Steel Parts", "PL", "Gliwice"),
    ("Northstar Gaskets", "US", "Minneapolis"), ("Piedmont Wire Harness", "US", "Greensboro"),
    ("Sonoran Solar Components", "US", "Phoenix"), ("Tidewater Hydraulics", "US", "Norfolk"),
    ("Unity Label & Print", "US", "Columbus"), ("Valley Heat Treating", "US", "Fresno"),
    ("Westbrook Bearings", "US", "Hartford"), ("Yellowstone Composites", "US", "Billings"),
    ("Zenith Powder Coating", "US", "Wichita"), ("Guadalajara Electronica", "MX", "Guadalajara"),
    ("Saltillo Stamping", "MX", "Saltillo"), ("Hamilton Springworks", "CA", "Hamilton"),
    ("Xiamen Rubber Products", "CN", "Xiamen"), ("Bangkok Precision Die", "TH", "Bangkok"),
    ("Hanoi Cable Systems", "VN", "Hanoi"), ("Busan Hydraulic Co", "KR", "Busan"),
    ("Osaka Fine Ceramics", "JP", "Osaka"), ("Monterrey Heat Treat", "MX", "Monterrey"),
]  # fmt: skip
_SQ_PARTS = {
    "castings": ["Pump housing", "Gearbox cover", "Valve body", "Bearing cap", "Manifold casting", "Motor end bell",
                 "Impeller casting", "Flange adapter"],
    "machined": ["Drive shaft", "Spacer bushing", "Piston", "Valve spool", "Coupling hub", "Threaded insert",
                 "Mounting bracket", "Adapter plate"],
    "fasteners": ["Hex bolt M8", "Hex bolt M12", "Flange nut M10", "Shoulder screw", "Rivet 4.8mm", "Stud M16",
                  "Lock washer M8", "Dowel pin 6mm"],
    "plastics": ["Housing cover", "Cable clip", "Knob", "Fan shroud", "Connector body", "Bezel", "Gear POM z24",
                 "Cap plug"],
    "electronics": ["Controller PCB", "Sensor board", "Wire harness A", "Wire harness B", "Power supply 24V",
                    "Display module", "Relay board", "Encoder"],
    "rubber": ["O-ring 20x2", "Gasket 150mm", "Lip seal 40mm", "Grommet 12mm", "Bellows boot", "Vibration mount"],
    "packaging": ["Carton 400x300", "Foam insert", "Pallet wrap", "Corner protector", "Label 100x50"],
    "springs": ["Compression spring 12mm", "Torsion spring", "Extension spring 8mm", "Wave spring 30mm"],
}  # fmt: skip
_SQ_COMMODITY_OF = {
    "Castings": "castings", "Foundry": "castings", "Fundiciones": "castings", "Forge": "machined",
    "Forgings": "machined", "Machining": "machined", "Precision": "machined", "Tool": "machined",
    "Fasteners": "fasteners", "Plastics": "plastics", "Plasticos": "plastics", "Molding": "plastics",
    "Kunststoff": "plastics", "Electronics": "electronics", "Electronica": "electronics", "Circuit": "electronics",
    "Cable": "electronics", "Harness": "electronics", "Microtech": "electronics", "Sensor": "electronics",
    "Rubber": "rubber", "Gaskets": "rubber", "Packaging": "packaging", "Label": "packaging", "Springs": "springs",
    "Springworks": "springs", "Stamping": "machined", "Stampings": "machined", "Metal": "machined",
    "Steel": "machined", "Components": "machined", "Coatings": "machined", "Coating": "machined",
    "Hydraulic": "machined", "Hydraulics": "machined", "Bearings": "machined", "Composites": "plastics",
    "Ceramics": "electronics", "Solar": "electronics", "Die": "machined", "Feinmechanik": "machined",
    "Treating": "machined", "Treat": "machined", "Extrusions": "castings",
}  # fmt: skip


_DIAL = {"US": 1, "CA": 1, "MX": 52, "CN": 86, "MY": 60, "TW": 886, "IN": 91, "DE": 49, "CZ": 420, "PL": 48,
         "TH": 66, "VN": 84, "KR": 82, "JP": 81}  # fmt: skip


def _works(user: list, at: str) -> bool:
    """The user had an account at ``at`` (created before, not yet deleted)."""
    return user[4] <= at and (user[5] is None or user[5] > at)


def build_supplierq(path: Path) -> None:
    r = random.Random(12606)
    t0 = dt.datetime(2021, 2, 1, 9)
    # users
    names = full_names(r, 26)
    roles = ["admin"] + ["buyer"] * 9 + ["sqe"] * 10 + ["auditor"] * 6
    users = []
    for i, (nm, role) in enumerate(zip(names, roles, strict=True)):
        created = _moment(r, t0, dt.datetime(2022, 12, 31)) if i < 20 else _moment(r, t0, dt.datetime(2024, 9, 1))
        email = nm.lower().replace(" ", ".") + "@acme-mfg.com"
        users.append([i + 1, nm, email, role, _ts(created), None])
    for i in (4, 13, 21, 24):  # left the company
        users[i][5] = _ts(_moment(r, dt.datetime(2024, 10, 1), dt.datetime(2025, 5, 20)))
    sqes = [u[0] for u in users if u[3] == "sqe"]
    auditors = [u[0] for u in users if u[3] in ("auditor", "sqe")]
    # suppliers
    sups = []
    commodity = {}
    for i, (nm, cc, city) in enumerate(_SQ_SUPPLIERS):
        created = _moment(r, t0, dt.datetime(2024, 6, 30))
        upd = _moment(r, created, END)
        tier = r.choices(["A", "B", "C"], weights=[30, 50, 20])[0]
        word = next((w for w in nm.replace("&", " ").split() if w in _SQ_COMMODITY_OF), "Metal")
        commodity[i + 1] = _SQ_COMMODITY_OF[word]
        sups.append([i + 1, nm, cc, city, tier, "t" if r.random() < 0.8 else "f", _ts(created), _ts(upd), None])
    deleted_sups = [3, 9, 15, 22, 27, 34, 41, 46, 48]
    for s in deleted_sups:
        made = dt.datetime.strptime(sups[s - 1][6], "%Y-%m-%d %H:%M:%S")
        since = max(dt.datetime(2024, 3, 1), made + dt.timedelta(days=120))
        sups[s - 1][8] = _ts(_moment(r, since, dt.datetime(2025, 6, 10)))
        sups[s - 1][7] = sups[s - 1][8]
    # contacts
    contacts = []
    cnames = full_names(r, 140, exclude=names)
    titles = ["Sales Manager", "Quality Manager", "Account Manager", "Plant Manager", "Customer Service", "CEO",
              "Logistics Coordinator"]  # fmt: skip
    ci = 0
    for s in sups:
        k = r.choice([1, 2, 2, 3])
        for j in range(k):
            nm = cnames[ci]
            ci += 1
            created = _moment(r, dt.datetime.strptime(s[6], "%Y-%m-%d %H:%M:%S"), END)
            dom = s[1].lower().split()[0].replace("&", "") + ".com"
            email = None if r.random() < 0.08 else nm.split()[0][0].lower() + nm.split()[1].lower() + "@" + dom
            phone = None if r.random() < 0.2 else f"+{_DIAL[s[2]]} {r.randint(100, 999)} {r.randint(1000000, 9999999)}"
            contacts.append([len(contacts) + 1, s[0], nm, email, phone, r.choice(titles), "t" if j == 0 else "f",
                             _ts(created), None])  # fmt: skip
    # contacts who left: the primary contact of some live suppliers was replaced
    for s in (1, 6, 13, 20, 31, 40):
        old = next(c for c in contacts if c[1] == s and c[6] == "t")
        old[7] = min(old[7], _ts(dt.datetime(2023, 12, 31, 12)))
        old[8] = _ts(_moment(r, dt.datetime(2024, 1, 1), dt.datetime(2025, 5, 31)))
        nm = cnames[ci]
        ci += 1
        dom = sups[s - 1][1].lower().split()[0] + ".com"
        contacts.append([len(contacts) + 1, s, nm, nm.split()[0][0].lower() + nm.split()[1].lower() + "@" + dom,
                         None, "Account Manager", "t", old[8], None])  # fmt: skip
    for c in r.sample([c for c in contacts if c[6] == "f" and c[7] < "2025-04-01"], 8):
        c[8] = _ts(_moment(r, dt.datetime.strptime(c[7], "%Y-%m-%d %H:%M:%S"), dt.datetime(2025, 6, 1)))
    for c in contacts:  # removing a supplier removes its contacts
        gone = sups[c[1] - 1][8]
        if gone and (c[8] is None or c[8] > gone):
            c[8] = gone
        if gone and c[7] > gone:
            c[7] = sups[c[1] - 1][6]
    # parts
    parts = []
    for comm, descs in _SQ_PARTS.items():
        for d in descs:
            pid = len(parts) + 1
            created = _moment(r, t0, dt.datetime(2024, 12, 31))
            parts.append([pid, f"{comm[:2].upper()}-{30000 + pid * 37}", d, comm, r.choice(["A", "B", "C", "D", None]),
                          _ts(created), None])  # fmt: skip
    for p in (5, 19, 33, 44, 52):
        parts[p - 1][6] = _ts(_moment(r, dt.datetime(2024, 6, 1), dt.datetime(2025, 6, 1)))
    by_comm: dict[str, list[int]] = {}
    for p in parts:
        by_comm.setdefault(p[3], []).append(p[0])
    # approved sources: supplier x part with a quoted price
    sp = []
    base_price = {p[0]: r.randint(8, 40000) for p in parts}
    for s in sups:
        mine = r.sample(by_comm[commodity[s[0]]], min(len(by_comm[commodity[s[0]]]), r.randint(2, 5)))
        for p in mine:
            price = int(base_price[p] * r.uniform(0.8, 1.3))
            created = dt.datetime.strptime(s[6], "%Y-%m-%d %H:%M:%S") + dt.timedelta(days=r.uniform(0, 90))
            deleted = s[8] if s[8] else None
            sp.append([len(sp) + 1, s[0], p, price, r.choice([7, 10, 14, 21, 28, 35, 42, 56, 70, 90]),
                       r.choice([1, 10, 50, 100, 500, 1000]), _ts(created), deleted])  # fmt: skip
    for row in r.sample([x for x in sp if x[7] is None], 12):
        row[7] = _ts(_moment(r, max(dt.datetime(2024, 1, 1), dt.datetime.strptime(row[6], "%Y-%m-%d %H:%M:%S")),
                             dt.datetime(2025, 6, 12)))
    for row in sp:  # removing a part removes its sources
        gone = parts[row[2] - 1][6]
        if gone and (row[7] is None or row[7] > gone):
            row[7] = gone
    # receipts: deliveries from the sources (deleted sources delivered before they were removed)
    receipts = []
    quality = {s[0]: r.choice([0.002, 0.005, 0.01, 0.02, 0.05, 0.09]) for s in sups}
    times = sorted(_moment(r, dt.datetime(2023, 1, 3, 7), dt.datetime(2025, 6, 13, 17)) for _ in range(520))
    for t in times:
        cands = [x for x in sp if (x[7] is None or x[7] > _ts(t)) and x[6] <= _ts(t)]
        src = r.choice(cands)
        qty = r.choice([50, 100, 200, 250, 500, 1000, 2000])
        rej = 0 if r.random() > quality[src[1]] * 8 else max(1, int(qty * r.uniform(0.005, 0.12)))
        insp = r.choice([u for u in sqes if _works(users[u - 1], _ts(t))])
        receipts.append((len(receipts) + 1, src[1], src[2], f"PO-{r.randint(710000, 789999)}", _ts(t), qty, rej, insp))
    # non-conformance reports on receipts with rejects
    ncrs = []
    seq: dict[int, int] = {}
    for rc in receipts:
        if rc[6] == 0:
            continue
        opened = dt.datetime.strptime(rc[4], "%Y-%m-%d %H:%M:%S") + dt.timedelta(hours=r.uniform(1, 30))
        if opened > END:
            continue
        seq[opened.year] = seq.get(opened.year, 0) + 1
        sev = r.choices(["minor", "major", "critical"], weights=[60, 32, 8])[0]
        closed = opened + dt.timedelta(days=r.uniform(2, 60))
        closed_s = _ts(closed) if closed < dt.datetime(2025, 6, 14, 17) and r.random() > 0.06 else None
        factor = 3 if sev == "critical" else 1
        cost = None if sev == "minor" and r.random() < 0.4 else round(r.uniform(80, 9000) * factor, 2)
        owner = r.choice([u for u in sqes if _works(users[u - 1], _ts(opened))])
        ncrs.append([len(ncrs) + 1, f"NCR-{opened.year % 100}-{seq[opened.year]:03d}", rc[0], sev,
                     r.choice(["dimensional", "surface finish", "wrong material", "contamination", "documentation",
                               "packaging damage", "functional failure"]), cost, owner, _ts(opened), closed_s, None])
    for n in r.sample(ncrs, 5):  # raised by mistake and voided
        n[9] = _ts(dt.datetime.strptime(n[7], "%Y-%m-%d %H:%M:%S") + dt.timedelta(hours=r.uniform(2, 48)))
    audits = []
    for d in sorted(day(r, dt.date(2022, 3, 1), 1200) for _ in range(70)):
        s = r.choice(sups)
        if s[8] and _ts(dt.datetime.combine(d, dt.time(12))) > s[8]:
            s = sups[0]
        score = r.randint(48, 99)
        res = "pass" if score >= 80 else "conditional" if score >= 65 else "fail"
        who = r.choice([u for u in auditors if _works(users[u - 1], d.isoformat() + " 12:00:00")])
        audits.append((len(audits) + 1, s[0], who, d.isoformat(), score, res))
    write_tables(path, SUPPLIERQ_DDL, [
        ("users", [tuple(u) for u in users]), ("suppliers", [tuple(s) for s in sups]),
        ("supplier_contacts", [tuple(c) for c in contacts]), ("parts", [tuple(p) for p in parts]),
        ("supplier_parts", [tuple(x) for x in sp]), ("receipts", receipts), ("ncrs", [tuple(n) for n in ncrs]),
        ("audits", audits),
    ])  # fmt: skip


BUILDERS = {
    "sapmm": build_sapmm,
    "fieldservice": build_fieldservice,
    "usine": build_usine,
    "freightlog": build_freightlog,
    "mrostore": build_mrostore,
    "supplierq": build_supplierq,
}
