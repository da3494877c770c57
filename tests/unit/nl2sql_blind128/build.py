"""Six synthetic databases of the public sector and non-profits for the 128th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.

biblioteca -- the municipal library network of Valencia (Spain), in Spanish; dates are ISO text 'YYYY-MM-DD', flags
    are 'S' (sí, yes) / 'N' (no), money in euros with cents.
    sucursales: the branches (bibliotecas).  id_sucursal; nombre: branch name ('Biblioteca Central', 'Russafa',
        'Benimaclet', 'El Cabanyal', 'Campanar', 'Patraix', 'Torrefiel', 'Malilla'); distrito: city district;
        direccion: street address; abre_domingo: 'S' = open on Sundays; fecha_inauguracion: opening date.
    socios: library members (card holders).  id_socio; num_carnet: library card number ('C0100007'); nombre: given
        name; apellidos: the two surnames ('Ruiz Peris'); fecha_nacimiento: date of birth (sometimes NULL);
        tipo_socio: membership type, 'ADU' adult, 'INF' child (under 14), 'EST' student, 'JUB' retired person
        (pensioner); id_sucursal -> sucursales: home branch; correo: e-mail (NULL = none given); fecha_alta: date
        joined; fecha_baja: date the membership was cancelled (NULL = still a member); acepta_boletin: 'S' =
        receives the newsletter.
    autores: authors, translators and illustrators.  id_autor; nombre_autor; pais: country in Spanish ('España',
        'Argentina', 'México', 'Colombia', 'Chile', 'Reino Unido', 'Francia', 'Estados Unidos'); anio_nacimiento:
        year of birth (sometimes NULL); anio_fallecimiento: year of death (NULL = living).
    obras: the catalogue of works (titles; a title may have several physical copies).  id_obra; titulo (unique);
        isbn (NULL for old books); anio_publicacion: year published; genero: 'novela' (novel), 'poesía' (poetry),
        'ensayo' (essay), 'infantil' (children's), 'historia' (history), 'ciencia' (science), 'cómic' (comics);
        idioma: language of the edition, 'es' Spanish, 'va' Valencian, 'en' English, 'fr' French; paginas: pages.
    obra_autor: who wrote a work (many-to-many link of obras and autores).  id_obra -> obras; id_autor -> autores;
        rol: 'autor' (author), 'traductor' (translator) or 'ilustrador' (illustrator).
    ejemplares: physical copies (items) of a work held by a branch.  id_ejemplar; codigo_barras: barcode; id_obra
        -> obras; id_sucursal -> sucursales: the branch that owns it; fecha_adquisicion: date acquired; precio_eur:
        purchase price in euros (NULL = donated or unknown); estado: 'DISPONIBLE' (on the shelf), 'PRESTADO' (on
        loan), 'EN_REPARACION' (being repaired), 'PERDIDO' (lost) or 'BAJA' (withdrawn from the collection).  A few
        works have no copy yet (on order).
    prestamos: loans (checkouts), from 2024-01-02.  id_prestamo; id_ejemplar -> ejemplares; id_socio -> socios: the
        borrower; fecha_prestamo: date borrowed; fecha_vencimiento: due date (21 days, plus 21 per renewal);
        fecha_devolucion: date returned (NULL = not returned yet); renovaciones: number of renewals.  A loan is
        overdue when it is not returned and its due date is before today.
    multas: fines.  id_multa; id_prestamo -> prestamos; motivo: 'RETRASO' (late return: 0.20 euros a day, at most
        6 euros), 'DETERIORO' (damage) or 'PERDIDA' (lost item, the price of the copy); importe: amount in euros;
        fecha_multa: date charged; fecha_pago: date paid (NULL = unpaid).
    reservas: holds placed on a work.  id_reserva; id_obra -> obras; id_socio -> socios; id_sucursal_recogida ->
        sucursales: the pick-up branch; fecha_reserva: date placed; estado: 'PENDIENTE' (waiting), 'SERVIDA'
        (fulfilled), 'CANCELADA' (cancelled by the member) or 'CADUCADA' (expired, not picked up).

permits -- a city's building permit system (legacy, terse abbreviations); dates are INTEGER YYYYMMDD (20240315),
    flags 'Y'/'N', money in US dollars with cents.
    prcl: parcels (lots).  prcl_id; apn: assessor's parcel number ('084-422-055'); st_no, st_nm: street number and
        name; nbhd: neighbourhood ('Riverside', 'Old Town', 'Northgate', 'Eastlake', 'Mill District',
        'Hillcrest'); zn_cd: zoning, 'R1' single-family, 'R2' duplex, 'R3' multi-family, 'C1' neighbourhood
        commercial, 'C2' general commercial, 'M1' light industrial, 'MU' mixed use; lot_sqft: lot area in square
        feet (sometimes NULL); own_occ: 'Y' = owner-occupied.
    apl: applicants.  apl_id; apl_nm: person or company name; apl_typ: 'OWN' property owner (homeowner), 'CTR'
        licensed contractor, 'ARC' architect; lic_no: state licence number (NULL for owners); ph: phone; eml:
        e-mail (sometimes NULL).
    prmt: permits.  prmt_no: permit number, a type letter, the two-digit year and a sequence ('B24-0123'), numbered
        in order of application; par_prmt_no -> prmt.prmt_no: the master building permit a trade sub-permit
        belongs to (NULL = a stand-alone or master permit); prcl_id -> prcl; apl_id -> apl; prmt_typ: 'BLD'
        building, 'ELE' electrical, 'PLM' plumbing, 'MEC' mechanical (HVAC), 'ROF' re-roof, 'DEM' demolition;
        wrk_desc: work description in capitals ('KITCHEN REMODEL', 'ADU', 'EV CHARGER', 'SOLAR PV'); val_amt:
        declared job valuation in dollars; apl_dt: date applied; iss_dt: date issued (NULL = not issued); exp_dt:
        expiry date (a year after issue); fin_dt: date of the passed final inspection (the work is complete);
        stat_cd: 'APL' applied, 'REV' in plan review, 'ISS' issued (work under way), 'FIN' finaled (complete),
        'EXP' expired, 'WDN' withdrawn, 'DEN' denied; otc_flg: 'Y' = issued over the counter without plan review.
    inspr: inspectors.  inspr_id; inspr_nm; dscpl: discipline, 'BLD', 'ELE', 'PLM', 'MEC' or 'CMB' (combination
        inspector, any trade); actv_flg: 'Y' = still employed.
    insp: inspections.  insp_id; prmt_no -> prmt; inspr_id -> inspr (NULL when cancelled); insp_typ: 'FTG' footing,
        'FRM' framing, 'INS' insulation, 'RGH' rough-in, 'SHT' roof sheathing, 'FNL' final; sched_dt: the date
        (scheduled or done); insp_rslt: 'P' pass (approved), 'F' fail (correction notice, a re-inspection is
        needed), 'C' cancelled, NULL = scheduled, not yet done; rslt_cmnt: the inspector's note (fails and
        cancellations).
    fee: fees charged on a permit.  fee_id; prmt_no -> prmt; fee_cd: 'PLN' plan check, 'BLD'/'ELE'/'PLM'/'MEC'/
        'ROF'/'DEM' the permit fee of that type, 'TEC' technology surcharge (building permits), 'REI' re-inspection
        fee (95.00 for each failed inspection); fee_amt: dollars; pd_flg: 'Y' = paid; pd_dt: date paid (NULL =
        unpaid).

grants -- a community foundation's grant tracker in Colorado, exported from a spreadsheet: table and column names
    in Title Case with spaces (quote them); dates are ISO text, yes/no columns hold 'Yes' or 'No', money in US
    dollars.
    "Program Areas": the lookup of funding programs.  "Program Code" ('EDU', 'HLT', 'ART', 'ENV', 'HSG', 'YTH',
        'ECD', 'DIS'); "Program Area": its name ('Education', 'Health & Wellness', 'Arts & Culture',
        'Environment', 'Housing & Homelessness', 'Youth Development', 'Economic Opportunity', 'Disaster Relief');
        "Program Officer": the staff member in charge; "Annual Budget": dollars a year (NULL when closed);
        "Active": 'No' = the program no longer takes applications.
    "Grant Tracker": one row per grant application (the wide sheet).  "Grant ID" ('G24S-007': year, S spring / F
        fall, number); "Cycle": the funding round ('Fall 2021' ... 'Spring 2025', 'Fall 2025' just opened);
        "Organization": the applicant non-profit (an organisation can apply in several cycles); "EIN": its tax id;
        "City"; "County"; "Program Code" -> "Program Areas"; "Project Title"; "Date Received": application date;
        "Amount Requested": dollars; "Decision": 'Approved' (awarded), 'Declined', 'Pending' (no decision yet) or
        'Withdrawn'; "Decision Date": board decision date (the withdrawal date for withdrawn ones; NULL while
        pending); "Amount Awarded": dollars granted (NULL unless approved; may be less than requested); "Grant
        Start", "Grant End": the funded period (approved only); "Multi-Year": 'Yes' = a two-year grant;
        "First-Time Applicant": 'Yes' = the organisation had never applied before; "Final Report Due": date the
        grantee's final report is due; "Final Report Received": date it came in (NULL = not received);
        "Contact Name", "Contact Email": the organisation's contact; "Notes": free text.
    "Disbursements": payments of awarded grants (a grant is paid in one or two installments; an installment not
        paid yet has no row).  "Payment ID"; "Grant ID" -> "Grant Tracker"; "Installment": 1 or 2; "Payment Date";
        "Amount": dollars; "Method": 'Check' or 'ACH' (bank transfer); "Check No": cheque number (NULL for ACH).
    "Site Visits": visits by foundation staff to funded projects.  "Visit ID"; "Grant ID" -> "Grant Tracker";
        "Visit Date"; "Visited By": staff member; "Rating": 1 (poor) to 5 (excellent), sometimes NULL; "Follow-Up
        Needed": 'Yes'/'No'; "Visit Notes".

elections -- a county elections office (Marlow County); timestamps are Unix time (INTEGER seconds since
    1970-01-01 UTC), election dates ISO text, flags 0/1.
    units: the electoral geography, a hierarchy.  unit_id; unit_code ('MC', 'D2', 'W2A', 'P203'); unit_name
        ('Marlow County', 'Commissioner District 2', 'Ward 2A', 'Precinct 203'); unit_type: 'COUNTY', 'DISTRICT',
        'WARD' or 'PRECINCT'; parent_unit_id -> units.unit_id: the unit it lies in (a precinct in a ward, a ward
        in a district, a district in the county; NULL for the county); polling_place: where the precinct votes in
        person (precincts only; several precincts can share one).
    voters: the voter roll, everyone ever registered.  voter_id; voter_reg_no: registration number; first_name;
        last_name; birth_date (ISO); precinct_id -> units (a precinct); party_cd: 'DEM' Democratic, 'REP'
        Republican, 'UNA' unaffiliated (no party), 'GRN' Green, 'LIB' Libertarian; reg_ts: when registered (Unix
        time); email (sometimes NULL); perm_mail: 1 = on the permanent mail-ballot list (always votes by mail);
        needs_assist: 1 = needs assistance at the polls (disability); is_uocava: 1 = military or overseas voter.
    voter_status_hist: the history of each voter's registration status; the latest row (largest changed_ts) of a
        voter is the current status.  hist_id; voter_id -> voters; status_cd: 'ACTIVE', 'INACTIVE' (mail returned
        or no contact; can still vote) or 'CANCELLED' (removed from the roll); reason_cd: 'NEWREG' new
        registration, 'RETMAIL' mail returned undeliverable, 'NOCONTACT' no contact for two general elections,
        'REACT' reactivated, 'MOVED' moved out of the county, 'DECEASED', 'REQUEST' voter's request, 'DUPLICATE'
        duplicate record; changed_ts: when (Unix time).
    elections: election_id; election_name ('2024 General Election'); election_dt: election day (ISO text);
        election_typ: 'GENERAL', 'PRIMARY', 'MUNICIPAL' or 'SPECIAL'; is_certified: 1 = results certified;
        certified_ts: when certified (Unix time; NULL if not).  The November 2025 election is still to come.
    ballots: who voted in which election (one ballot per voter and election; a link of voters and elections).
        ballot_id; voter_id -> voters; election_id -> elections; method: 'POLL' in person on election day,
        'EARLY' in person before election day, 'MAIL' mail ballot, 'PROVISIONAL' provisional ballot at the polls;
        cast_ts: when cast or received (Unix time); is_counted: 1 = counted; reject_cd: why not counted, 'SIG'
        signature mismatch, 'LATE' received after election day, 'NOTREG' not registered (NULL when counted).
    poll_workers: election-day staff (registered voters) assigned to a precinct's polling place.  pw_id; voter_id ->
        voters; election_id -> elections; precinct_id -> units; pw_role: 'CHIEF' (chief judge), 'JUDGE' or
        'CLERK'; is_bilingual: 1 = bilingual; is_trained: 1 = completed training; hours_worked (NULL = did not
        show up); stipend_paid: 1 = the stipend has been paid.

museum -- a city museum and art gallery in Bristol (UK); money in pence (100 pence = 1 pound), dates ISO text,
    flags 'true'/'false'.
    galleries: gallery_id; gallery_name ('Main Hall', 'Maritime Gallery', 'Victorian Room', 'Ancient Worlds',
        'Ceramics & Glass', 'Textiles Gallery', 'Coins & Medals', 'Modern Art', 'Arms & Armour', 'Print Room',
        'Local History', 'Exhibition Space A', 'Exhibition Space B'); floor: 'G' ground, '1', '2'; is_open:
        'false' = closed to the public (refurbishment).
    objects: the collection.  object_id; accession_no: accession number, the year acquired and a number ('1954.405';
        a part of a set adds '.1', '.2'); title; object_type ('painting', 'print', 'sculpture', 'ceramic', 'glass',
        'textile', 'coin', 'armour', 'photograph', 'model ship', 'antiquity', 'furniture', 'metalwork'); maker:
        artist or maker (NULL = unknown); made_year: year made (negative = BC; NULL = unknown); acquired_on: date
        acquired; acq_method: 'purchase', 'gift', 'bequest' (left in a will) or 'transfer'; purchase_price_pence:
        what the museum paid (purchases only); valuation_pence: insurance valuation (NULL for the parts of a set,
        which is valued as a whole); gallery_id -> galleries: where it is on display (NULL = in store, not on
        display); part_of_id -> objects.object_id: the set or composite object this is a part of (a teapot of a
        tea service, a helmet of a suit of armour, a panel of a triptych; NULL = a whole object); is_fragile:
        'true' = fragile.
    exhibitions: temporary exhibitions.  exhibition_id; title; gallery_id -> galleries; opens_on; closes_on (an
        exhibition is on when opens_on <= today <= closes_on); ticket_price_pence: adult ticket price (NULL = free
        entry); curator.
    exhibition_objects: the objects shown in each exhibition (many-to-many link).  exhibition_id -> exhibitions;
        object_id -> objects; case_no: display case (sometimes NULL).
    loans_out: objects lent to other institutions.  loan_id; object_id -> objects; borrower: the borrowing
        institution; borrower_city; borrower_country ('UK', 'NL', 'FR', 'US'); out_on: date it left; due_back_on:
        agreed return date; returned_on: date it came back (NULL = still out on loan); loan_fee_pence: fee charged.
    members: the museum's membership scheme (Friends).  member_id; member_no ('M20003'); full_name; email; postcode;
        tier: 'FRIEND', 'FAMILY', 'STUDENT' or 'PATRON'; annual_fee_pence: the yearly fee of the tier; joined_on;
        expires_on: end of the paid membership (a member is current while expires_on is on or after today,
        lapsed before); gift_aid: 'true' = signed a Gift Aid declaration (the museum reclaims tax on the fee).
    ticket_sales: tickets sold for ticketed exhibitions.  sale_id; exhibition_id -> exhibitions; member_id ->
        members (member tickets only, else NULL); sold_at: 'YYYY-MM-DD HH:MM:SS'; channel: 'online' or 'desk' (at
        the front desk); ticket_type: 'adult', 'concession' (students, over-60s), 'child' or 'member' (free);
        qty: tickets in the sale; total_pence: amount paid for the sale.

volunteers -- a regional food bank's volunteer program around Tacoma, Washington (plain snake_case); dates ISO text,
    times 'HH:MM', flags 0/1.
    sites: site_id; site_name ('Harbor Food Bank Warehouse', 'Hilltop Pantry', ...); city; address;
        is_warehouse: 1 = the central warehouse.
    programs: volunteer programs.  program_id; program_name ('Food Sorting', 'Pantry Distribution', 'Meals on
        Wheels', 'Community Kitchen', 'Youth Tutoring', 'Tax Help'); min_age: minimum volunteer age;
        needs_background_check: 1 = volunteers need a background check.
    volunteers: volunteer_id; first_name; last_name; email; phone; city; date_of_birth (sometimes NULL); joined_on;
        background_check_on: date the background check cleared (NULL = none); status: 'active' or 'inactive'.
    skills: skill_id; skill_name ('Forklift certified', 'Spanish', 'First aid / CPR', ...).
    volunteer_skills: which volunteer has which skill (many-to-many link).  volunteer_id -> volunteers; skill_id ->
        skills.
    shifts: scheduled volunteer shifts, 2024-09-02 to 2025-06-14.  shift_id; site_id -> sites; program_id ->
        programs; shift_date; start_time, end_time ('09:00'); slots: volunteers needed.
    shift_signups: volunteers signed up for a shift.  signup_id; shift_id -> shifts; volunteer_id -> volunteers;
        signed_up_on; status: 'attended', 'no_show' (did not come) or 'cancelled'; hours: hours actually
        volunteered (attended only; NULL otherwise).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, day_between, full_names, iso, write_tables

LAST_DAY = dt.date(2025, 6, 14)


def _yn(b: bool, yes: str = "Y", no: str = "N") -> str:
    return yes if b else no


def _int_date(d: dt.date | None) -> int | None:
    """A date as the integer YYYYMMDD."""
    return None if d is None else d.year * 10000 + d.month * 100 + d.day


def _epoch(t: dt.datetime) -> int:
    """Unix time (seconds since 1970-01-01 UTC) of a naive UTC datetime."""
    return int(t.replace(tzinfo=dt.UTC).timestamp())


def _at(d: dt.date, r: random.Random, lo: int, hi: int) -> dt.datetime:
    """A random moment of day ``d`` between ``lo`` and ``hi`` o'clock."""
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi - 1), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------------------------------------------------------
# biblioteca
# ---------------------------------------------------------------------------------------------------------------

BIBLIOTECA_DDL = """
CREATE TABLE sucursales (
    id_sucursal INTEGER PRIMARY KEY,
    nombre TEXT NOT NULL UNIQUE,
    distrito TEXT NOT NULL,
    direccion TEXT NOT NULL,
    abre_domingo TEXT NOT NULL,
    fecha_inauguracion TEXT NOT NULL
);
CREATE TABLE socios (
    id_socio INTEGER PRIMARY KEY,
    num_carnet TEXT NOT NULL UNIQUE,
    nombre TEXT NOT NULL,
    apellidos TEXT NOT NULL,
    fecha_nacimiento TEXT,
    tipo_socio TEXT NOT NULL,
    id_sucursal INTEGER NOT NULL REFERENCES sucursales(id_sucursal),
    correo TEXT,
    fecha_alta TEXT NOT NULL,
    fecha_baja TEXT,
    acepta_boletin TEXT NOT NULL
);
CREATE TABLE autores (
    id_autor INTEGER PRIMARY KEY,
    nombre_autor TEXT NOT NULL,
    pais TEXT NOT NULL,
    anio_nacimiento INTEGER,
    anio_fallecimiento INTEGER
);
CREATE TABLE obras (
    id_obra INTEGER PRIMARY KEY,
    titulo TEXT NOT NULL,
    isbn TEXT,
    anio_publicacion INTEGER NOT NULL,
    genero TEXT NOT NULL,
    idioma TEXT NOT NULL,
    paginas INTEGER
);
CREATE TABLE obra_autor (
    id_obra INTEGER NOT NULL REFERENCES obras(id_obra),
    id_autor INTEGER NOT NULL REFERENCES autores(id_autor),
    rol TEXT NOT NULL,
    PRIMARY KEY (id_obra, id_autor)
);
CREATE TABLE ejemplares (
    id_ejemplar INTEGER PRIMARY KEY,
    codigo_barras TEXT NOT NULL UNIQUE,
    id_obra INTEGER NOT NULL REFERENCES obras(id_obra),
    id_sucursal INTEGER NOT NULL REFERENCES sucursales(id_sucursal),
    fecha_adquisicion TEXT NOT NULL,
    precio_eur REAL,
    estado TEXT NOT NULL
);
CREATE TABLE prestamos (
    id_prestamo INTEGER PRIMARY KEY,
    id_ejemplar INTEGER NOT NULL REFERENCES ejemplares(id_ejemplar),
    id_socio INTEGER NOT NULL REFERENCES socios(id_socio),
    fecha_prestamo TEXT NOT NULL,
    fecha_vencimiento TEXT NOT NULL,
    fecha_devolucion TEXT,
    renovaciones INTEGER NOT NULL
);
CREATE TABLE multas (
    id_multa INTEGER PRIMARY KEY,
    id_prestamo INTEGER NOT NULL REFERENCES prestamos(id_prestamo),
    motivo TEXT NOT NULL,
    importe REAL NOT NULL,
    fecha_multa TEXT NOT NULL,
    fecha_pago TEXT
);
CREATE TABLE reservas (
    id_reserva INTEGER PRIMARY KEY,
    id_obra INTEGER NOT NULL REFERENCES obras(id_obra),
    id_socio INTEGER NOT NULL REFERENCES socios(id_socio),
    id_sucursal_recogida INTEGER NOT NULL REFERENCES sucursales(id_sucursal),
    fecha_reserva TEXT NOT NULL,
    estado TEXT NOT NULL
);
"""

NOMBRES = ["Lucía", "Martín", "Carmen", "Javier", "Elena", "Pablo", "Sofía", "Alejandro", "María", "Daniel", "Laura",
           "Hugo", "Paula", "Adrián", "Marta", "Diego", "Isabel", "Sergio", "Ana", "Jorge", "Nuria", "Raúl", "Pilar",
           "Andrés", "Rocío", "Álvaro", "Beatriz", "Iván", "Cristina", "Vicente", "Amparo", "Joan", "Empar",
           "Xavier", "Consuelo", "Tomás", "Inés", "Ramón", "Teresa", "Miguel"]  # fmt: skip
APELLIDOS = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Navarro", "Moreno",
             "Jiménez", "Romero", "Alonso", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blasco",
             "Ferrer", "Soler", "Peris", "Cano", "Monzó", "Castillo", "Ortega", "Rubio", "Marín", "Iborra"]  # fmt: skip
_T1 = ["El silencio", "La sombra", "Las cartas", "El jardín", "La memoria", "Los hijos", "El invierno", "La ciudad",
       "El último viaje", "Las horas", "El mapa", "La isla", "El cuaderno", "La noche", "El faro"]  # fmt: skip
_T2 = ["del mar", "de agosto", "de la abuela", "del olvido", "de papel", "de Valencia", "sin nombre", "de ceniza",
       "del norte", "de los naranjos", "en la niebla", "de las aves"]  # fmt: skip


def build_biblioteca(path: Path) -> None:
    r = random.Random(12801)
    sucursales = [
        (1, "Biblioteca Central", "Ciutat Vella", "Calle del Hospital 13", "S", "1985-04-23"),
        (2, "Russafa", "L'Eixample", "Calle de Sueca 22", "N", "1998-10-05"),
        (3, "Benimaclet", "Benimaclet", "Plaza de Benimaclet 8", "N", "1992-03-16"),
        (4, "El Cabanyal", "Poblats Marítims", "Calle de la Reina 85", "S", "2003-06-30"),
        (5, "Campanar", "Campanar", "Avenida de Campanar 40", "N", "2008-09-15"),
        (6, "Patraix", "Patraix", "Calle de Archiduque Carlos 61", "N", "1999-01-11"),
        (7, "Torrefiel", "Rascanya", "Calle de Alfauir 19", "N", "2011-11-21"),
        (8, "Malilla", "Quatre Carreres", "Calle de Bernat Descoll 2", "N", "2024-09-16"),
    ]
    bweights = [30, 18, 14, 12, 10, 9, 7, 3]
    # socios
    socios = []
    used = set()
    for i in range(1, 401):
        while True:
            nom, ap = r.choice(NOMBRES), f"{r.choice(APELLIDOS)} {r.choice(APELLIDOS)}"
            if (nom, ap) not in used:
                used.add((nom, ap))
                break
        tipo = r.choices(["ADU", "INF", "EST", "JUB"], weights=[50, 14, 20, 16])[0]
        age = {"ADU": r.randint(26, 64), "INF": r.randint(5, 13), "EST": r.randint(16, 25), "JUB": r.randint(65, 88)}[tipo]
        born = dt.date(2025 - age, 1, 1) + dt.timedelta(days=r.randrange(360))
        suc = r.choices(sucursales, weights=bweights)[0]
        alta = day_between(r, max(dt.date(2012, 1, 10), dt.date.fromisoformat(suc[5])), dt.date(2025, 6, 10))
        baja = None
        if r.random() < 0.12 and alta < dt.date(2024, 6, 1):
            baja = day_between(r, alta + dt.timedelta(days=60), dt.date(2025, 6, 1))
        correo = None
        if tipo != "INF" and r.random() < 0.8:
            correo = f"{nom.lower()[0]}.{ap.split()[0].lower()}{r.randint(1, 99)}@correo.es"
            correo = correo.translate(str.maketrans("áéíóúñ", "aeioun"))
        socios.append((i, f"C{100000 + i * 7:07d}", nom, ap, iso(born) if r.random() > 0.04 else None, tipo, suc[0],
                       correo, iso(alta), iso(baja), _yn(r.random() < 0.35, "S", "N")))  # fmt: skip
    # autores
    paises = ["España"] * 6 + ["Argentina", "México", "Colombia", "Chile", "Reino Unido", "Francia", "Estados Unidos"]
    autores = []
    used_a = set()
    for i in range(1, 61):
        while True:
            nm = f"{r.choice(NOMBRES)} {r.choice(APELLIDOS)}"
            if nm not in used_a:
                used_a.add(nm)
                break
        born = r.randint(1890, 1992)
        died = r.randint(born + 50, 2023) if born < 1930 or (born < 1945 and r.random() < 0.6) else None
        autores.append((i, nm, r.choice(paises), born if r.random() > 0.05 else None, died))
    # obras
    titles = [f"{a} {b}" for a in _T1 for b in _T2]
    r.shuffle(titles)
    generos = ["novela", "novela", "novela", "poesía", "ensayo", "infantil", "infantil", "historia", "ciencia",
               "cómic"]  # fmt: skip
    obras = []
    for i in range(1, 181):
        g = r.choice(generos)
        year = r.randint(1955, 2024)
        idioma = r.choices(["es", "va", "en", "fr"], weights=[70, 15, 10, 5])[0]
        pag = {"infantil": r.randint(24, 64), "cómic": r.randint(48, 160), "poesía": r.randint(60, 140)}.get(
            g, r.randint(150, 620))
        isbn = None if year < 1972 else f"978-84-{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(0, 9)}"
        obras.append((i, titles[i - 1], isbn, year, g, idioma, pag if r.random() > 0.03 else None))
    obra_autor = []
    for o in obras:
        a = r.sample(range(1, 61), 2)
        obra_autor.append((o[0], a[0], "autor"))
        if r.random() < 0.1:
            obra_autor.append((o[0], a[1], "autor"))
        elif o[4] in ("infantil", "cómic") and r.random() < 0.6:
            obra_autor.append((o[0], a[1], "ilustrador"))
        elif r.random() < 0.12:
            obra_autor.append((o[0], a[1], "traductor"))
    # the most prolific author: one clear leader
    for oid in (5, 17, 33, 48, 71, 96, 120, 151):
        obra_autor = [x for x in obra_autor if not (x[0] == oid and x[2] == "autor")]
        obra_autor.append((oid, 7, "autor"))
    obra_autor = sorted(set(obra_autor))
    # dedupe (obra, autor) pairs
    seen = set()
    oa = []
    for x in obra_autor:
        if (x[0], x[1]) not in seen:
            seen.add((x[0], x[1]))
            oa.append(x)
    obra_autor = oa
    # ejemplares: some recent titles have no copy yet (on order)
    no_copies = {12, 64, 133, 170}
    ejemplares = []
    eid = 0
    for o in obras:
        if o[0] in no_copies:
            continue
        for _ in range(r.choices([1, 2, 3, 4], weights=[40, 35, 18, 7])[0]):
            eid += 1
            suc = r.choices(sucursales, weights=bweights)[0]
            start = max(dt.date(o[3], 3, 1), dt.date.fromisoformat(suc[5]), dt.date(1990, 1, 1))
            adq = day_between(r, start, dt.date(2024, 12, 20))
            precio = round(r.uniform(8, 32), 2) if r.random() > 0.1 else None
            ejemplares.append([eid, f"VLC{3000000 + eid * 13}", o[0], suc[0], iso(adq), precio, "DISPONIBLE"])
    # prestamos, 2024-01-02 .. 2025-06-14
    busy = {e[0]: dt.date(2000, 1, 1) for e in ejemplares}
    dates = sorted(day_between(r, dt.date(2024, 1, 2), LAST_DAY) for _ in range(600))
    sweights = [r.choice([1, 1, 1, 3, 6]) if i % 9 else 0 for i in range(400)]  # every ninth socio never borrows
    prestamos = []
    multas = []
    for pid, d in enumerate(dates, 1):
        cands = [e for e in ejemplares if busy[e[0]] < d and e[4] <= iso(d)]
        e = r.choice(cands)
        while True:
            s = r.choices(socios, weights=sweights)[0]
            if s[8] <= iso(d) and (s[9] is None or s[9] > iso(d)):
                break
        ren = r.choices([0, 1, 2], weights=[70, 22, 8])[0]
        due = d + dt.timedelta(days=21 * (1 + ren))
        kind = r.random()
        if kind < 0.78:
            ret = d + dt.timedelta(days=r.randint(3, (due - d).days))
        elif kind < 0.95:
            ret = due + dt.timedelta(days=r.randint(1, 40))
        else:
            ret = None
        if d > dt.date(2025, 5, 1) and r.random() < 0.55:
            ret = None
        if ret is not None and ret > LAST_DAY:
            ret = None
        prestamos.append((pid, e[0], s[0], iso(d), iso(due), iso(ret), ren))
        busy[e[0]] = ret if ret is not None else dt.date(2100, 1, 1)
        if ret is not None and ret > due:
            late = (ret - due).days
            paid = ret + dt.timedelta(days=r.randint(0, 20)) if r.random() < 0.7 else None
            multas.append([0, pid, "RETRASO", round(min(6.0, 0.2 * late), 2), iso(ret),
                           iso(paid) if paid and paid <= LAST_DAY else None])  # fmt: skip
        if ret is not None and r.random() < 0.025:
            paid = ret + dt.timedelta(days=r.randint(0, 10)) if r.random() < 0.6 else None
            multas.append([0, pid, "DETERIORO", r.choice([5.0, 7.5, 10.0, 12.5]), iso(ret),
                           iso(paid) if paid and paid <= LAST_DAY else None])  # fmt: skip
    # loans never returned for a long time: the copies are declared lost, with a fine for the price
    by_e = {e[0]: e for e in ejemplares}
    for p in prestamos:
        if p[5] is None and p[4] < "2025-03-01":
            by_e[p[1]][6] = "PERDIDO"
            multas.append([0, p[0], "PERDIDA", by_e[p[1]][5] or 18.0, "2025-03-15", None])
        elif p[5] is None:
            by_e[p[1]][6] = "PRESTADO"
    for e in ejemplares:
        if e[6] == "DISPONIBLE" and r.random() < 0.06:
            e[6] = r.choice(["EN_REPARACION", "BAJA", "BAJA"])
    multas.sort(key=lambda m: (m[4], m[1]))
    for i, m in enumerate(multas, 1):
        m[0] = i
    # reservas
    reservas = []
    for i in range(1, 161):
        while True:
            s = r.choices(socios, weights=[w + 1 for w in sweights])[0]
            if s[9] is None:
                break
        d = day_between(r, max(dt.date(2024, 3, 1), dt.date.fromisoformat(s[8])), LAST_DAY)
        estado = r.choices(["SERVIDA", "CANCELADA", "CADUCADA"], weights=[70, 18, 12])[0]
        if d > dt.date(2025, 5, 20):
            estado = r.choice(["PENDIENTE", "PENDIENTE", "SERVIDA"])
        reservas.append((i, r.randint(1, 180), s[0], r.choices(sucursales, weights=bweights)[0][0], iso(d), estado))
    reservas.sort(key=lambda x: x[4])
    reservas = [(i, *x[1:]) for i, x in enumerate(reservas, 1)]
    write_tables(path, BIBLIOTECA_DDL, [
        ("sucursales", sucursales), ("socios", socios), ("autores", autores), ("obras", obras),
        ("obra_autor", obra_autor), ("ejemplares", [tuple(e) for e in ejemplares]), ("prestamos", prestamos),
        ("multas", [tuple(m) for m in multas]), ("reservas", reservas),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# permits
# ---------------------------------------------------------------------------------------------------------------

PERMITS_DDL = """
CREATE TABLE prcl (
    prcl_id INTEGER PRIMARY KEY,
    apn TEXT NOT NULL UNIQUE,
    st_no INTEGER NOT NULL,
    st_nm TEXT NOT NULL,
    nbhd TEXT NOT NULL,
    zn_cd TEXT NOT NULL,
    lot_sqft INTEGER,
    own_occ TEXT NOT NULL
);
CREATE TABLE apl (
    apl_id INTEGER PRIMARY KEY,
    apl_nm TEXT NOT NULL,
    apl_typ TEXT NOT NULL,
    lic_no TEXT,
    ph TEXT,
    eml TEXT
);
CREATE TABLE prmt (
    prmt_no TEXT PRIMARY KEY,
    par_prmt_no TEXT REFERENCES prmt(prmt_no),
    prcl_id INTEGER NOT NULL REFERENCES prcl(prcl_id),
    apl_id INTEGER NOT NULL REFERENCES apl(apl_id),
    prmt_typ TEXT NOT NULL,
    wrk_desc TEXT,
    val_amt REAL,
    apl_dt INTEGER NOT NULL,
    iss_dt INTEGER,
    exp_dt INTEGER,
    fin_dt INTEGER,
    stat_cd TEXT NOT NULL,
    otc_flg TEXT NOT NULL
);
CREATE TABLE inspr (
    inspr_id INTEGER PRIMARY KEY,
    inspr_nm TEXT NOT NULL,
    dscpl TEXT NOT NULL,
    actv_flg TEXT NOT NULL
);
CREATE TABLE insp (
    insp_id INTEGER PRIMARY KEY,
    prmt_no TEXT NOT NULL REFERENCES prmt(prmt_no),
    inspr_id INTEGER REFERENCES inspr(inspr_id),
    insp_typ TEXT NOT NULL,
    sched_dt INTEGER NOT NULL,
    insp_rslt TEXT,
    rslt_cmnt TEXT
);
CREATE TABLE fee (
    fee_id INTEGER PRIMARY KEY,
    prmt_no TEXT NOT NULL REFERENCES prmt(prmt_no),
    fee_cd TEXT NOT NULL,
    fee_amt REAL NOT NULL,
    pd_flg TEXT NOT NULL,
    pd_dt INTEGER
);
"""

_STREETS = ["Oak St", "Maple Ave", "River Rd", "Ash St", "Pine St", "Cedar Ln", "Elm St", "Harbor Way", "Mill Rd",
            "Summit Ave", "Lake Dr", "Park Pl", "Birch St", "Quarry Rd"]  # fmt: skip
_NBHD = ["Riverside", "Old Town", "Northgate", "Eastlake", "Mill District", "Hillcrest"]
_CTR = ["Summit Electric", "Ridgeview Builders", "Bluewater Plumbing", "Cascade Roofing", "Northgate Construction",
        "Apex Mechanical", "Ironwood Homes", "Brightline Electric", "Keystone Remodeling", "Valley Demolition",
        "Clearflow Plumbing & Drain", "Evergreen HVAC", "Granite Peak Builders", "Hometown Roofing",
        "Precision Electric", "Oakridge Contracting", "Rapid Rooter Plumbing", "Arctic Air Mechanical",
        "Lakeside Builders", "Heritage Restoration"]  # fmt: skip
_CTR_KIND = ["ELE", "BLD", "PLM", "ROF", "BLD", "MEC", "BLD", "ELE", "BLD", "DEM", "PLM", "MEC", "BLD", "ROF", "ELE",
             "BLD", "PLM", "MEC", "BLD", "BLD"]  # fmt: skip
_WORK = {
    "BLD": ["NEW SFR", "ADDITION", "KITCHEN REMODEL", "BATH REMODEL", "ADU", "DECK", "GARAGE CONVERSION",
            "TENANT IMPROVEMENT", "SEISMIC RETROFIT"],
    "ELE": ["SERVICE UPGRADE 200A", "EV CHARGER", "SOLAR PV", "REWIRE", "PANEL REPLACEMENT"],
    "PLM": ["WATER HEATER", "REPIPE", "SEWER LATERAL", "GAS LINE"],
    "MEC": ["HVAC CHANGEOUT", "HEAT PUMP", "FURNACE REPLACEMENT", "DUCTWORK"],
    "ROF": ["REROOF COMP SHINGLE", "REROOF TILE", "REROOF TPO"],
    "DEM": ["DEMO SFR", "DEMO GARAGE", "DEMO INTERIOR NON-STRUCT"],
}  # fmt: skip
_VAL = {"BLD": (15000, 650000), "ELE": (900, 28000), "PLM": (700, 16000), "MEC": (3500, 24000),
        "ROF": (7000, 38000), "DEM": (4000, 45000)}  # fmt: skip
_BLD_VAL = {"NEW SFR": (240000, 650000), "ADDITION": (60000, 250000), "KITCHEN REMODEL": (25000, 120000),
            "BATH REMODEL": (12000, 60000), "ADU": (120000, 320000), "DECK": (8000, 45000),
            "GARAGE CONVERSION": (40000, 120000), "TENANT IMPROVEMENT": (30000, 400000),
            "SEISMIC RETROFIT": (8000, 40000)}  # fmt: skip
_SEQ = {"BLD": ["FTG", "FRM", "INS", "FNL"], "ELE": ["RGH", "FNL"], "PLM": ["RGH", "FNL"], "MEC": ["RGH", "FNL"],
        "ROF": ["SHT", "FNL"], "DEM": ["FNL"]}  # fmt: skip
_FAIL_NOTES = ["MISSING NAIL PLATES", "GFCI REQUIRED", "STRAPPING INCOMPLETE", "NO ACCESS", "SMOKE ALARM MISSING",
               "PLANS NOT ON SITE", "HOLD-DOWNS MISSING", "FLASHING INCORRECT", "TEST NOT PERFORMED"]  # fmt: skip


def build_permits(path: Path) -> None:
    r = random.Random(12802)
    prcl = []
    apns = set()
    for i in range(1, 241):
        while True:
            apn = f"{r.randint(10, 98):03d}-{r.randint(100, 480):03d}-{r.randint(1, 60):03d}"
            if apn not in apns:
                apns.add(apn)
                break
        nb = r.choices(_NBHD, weights=[22, 14, 20, 18, 10, 16])[0]
        zn = r.choices(["R1", "R2", "R3", "C1", "C2", "M1", "MU"], weights=[50, 18, 8, 8, 5, 4, 7])[0]
        if nb == "Mill District" and r.random() < 0.6:
            zn = r.choice(["M1", "MU", "C2"])
        lot = r.randint(3200, 12000) if zn.startswith("R") else r.randint(6000, 60000)
        prcl.append((i, apn, r.randint(10, 4990), r.choice(_STREETS), nb, zn, lot if r.random() > 0.04 else None,
                     _yn(zn.startswith("R") and r.random() < 0.7)))  # fmt: skip
    # applicants: contractors, architects, owners
    apl = []
    ctr_ids: dict[str, list[int]] = {}
    for i, (nm, k) in enumerate(zip(_CTR, _CTR_KIND, strict=True), 1):
        suffix = r.choice([" LLC", " Inc", " Co", ""])
        apl.append((i, nm + suffix, "CTR", f"{r.randint(600000, 1099999)}", f"555-{r.randint(1000, 9999)}",
                    f"permits@{nm.split()[0].lower()}{k.lower()}.com" if r.random() < 0.85 else None))  # fmt: skip
        ctr_ids.setdefault(k, []).append(i)
    arc = ["Lindqvist Architecture", "Studio Moreau", "Haddad + Pham Design", "Brennan Architects", "Fold Studio"]
    for nm in arc:
        i = len(apl) + 1
        apl.append((i, nm, "ARC", f"C-{r.randint(20000, 39999)}", f"555-{r.randint(1000, 9999)}",
                    f"office@{nm.split()[0].lower()}.com"))  # fmt: skip
    arc_ids = list(range(len(_CTR) + 1, len(apl) + 1))
    owners = full_names(r, 110)
    for nm in owners:
        i = len(apl) + 1
        apl.append((i, nm, "OWN", None, f"555-{r.randint(1000, 9999)}" if r.random() < 0.9 else None,
                    f"{nm.split()[0].lower()}.{nm.split()[1].lower()}@mail.com" if r.random() < 0.6 else None))  # fmt: skip
    owner_ids = [a[0] for a in apl if a[2] == "OWN"]
    # inspectors
    insp_names = ["Dana Whitfield", "Marco Ortega", "Greta Novak", "Kofi Mensah", "Ingrid Larsen", "Samir Haddad",
                  "Tessa Grant", "Hugo Petrov", "Priya Kaur", "Oscar Delgado", "Julia Fontaine", "Liam Brennan"]
    dscpl = ["BLD", "BLD", "BLD", "ELE", "ELE", "PLM", "PLM", "MEC", "CMB", "CMB", "BLD", "ELE"]
    inspr = [(i, nm, d, "N" if i in (11, 12) else "Y") for i, (nm, d) in enumerate(zip(insp_names, dscpl,
                                                                                      strict=True), 1)]
    by_dsc: dict[str, list[int]] = {}
    for i, _nm, d, _act in inspr:
        by_dsc.setdefault(d, []).append(i)
    # permits
    prmts: list[list] = []
    seq: dict[int, int] = {}
    prefix = {"BLD": "B", "ELE": "E", "PLM": "P", "MEC": "M", "ROF": "R", "DEM": "D"}

    def new_no(typ: str, d: dt.date) -> str:
        seq[d.year] = seq.get(d.year, 0) + 1
        return f"{prefix[typ]}{d.year % 100:02d}-{seq[d.year]:04d}"

    def applicant(typ: str) -> int:
        x = r.random()
        if typ in ("BLD",) and x < 0.2:
            return r.choice(arc_ids)
        if x < 0.65 and ctr_ids.get(typ):
            return r.choice(ctr_ids[typ])
        return r.choice(owner_ids)

    starts = sorted(day_between(r, dt.date(2022, 1, 3), dt.date(2025, 6, 13)) for _ in range(205))
    for d in starts:
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        typ = r.choices(list(_VAL), weights=[40, 18, 12, 11, 13, 6])[0]
        p = r.choice(prcl)
        prmts.append(_permit(r, new_no(typ, d), None, p[0], applicant(typ), typ, d))
        if typ == "BLD" and prmts[-1][8] is not None and r.random() < 0.45:
            master = prmts[-1]
            iss = dt.date.fromisoformat(master[8])
            for sub in r.sample(["ELE", "PLM", "MEC"], r.randint(1, 3)):
                sd = iss + dt.timedelta(days=r.randint(1, 40))
                if sd >= LAST_DAY:
                    continue
                while sd.weekday() >= 5:
                    sd += dt.timedelta(days=1)
                prmts.append(_permit(r, new_no(sub, sd), master[0], master[2], applicant(sub), sub, sd, master))
    prmts.sort(key=lambda x: (x[7], x[0]))
    seq.clear()
    renum = {p[0]: new_no(p[4], dt.date.fromisoformat(p[7])) for p in prmts}  # numbered in order of application
    for p in prmts:
        p[0] = renum[p[0]]
        p[1] = renum[p[1]] if p[1] else None
    # inspections and fees
    insp = []
    fees = []
    for p in prmts:
        typ, stat = p[4], p[11]
        iss = dt.date.fromisoformat(p[8]) if p[8] else None
        fin = dt.date.fromisoformat(p[10]) if p[10] else None
        ap = dt.date.fromisoformat(p[7])
        val = p[6]
        base = round(120 + val * (0.011 if typ == "BLD" else 0.018), 2)
        if typ in ("BLD", "DEM"):
            fees.append([p[0], "PLN", round(base * 0.65, 2), "Y", _int_date(ap)])
        paid_main = iss is not None
        if stat in ("WDN", "DEN"):
            continue
        fees.append([p[0], typ, base, _yn(paid_main), _int_date(iss) if paid_main else None])
        if stat == "ISS" and p[7] > "2025-05-01" and r.random() < 0.3:
            fees[-1][3], fees[-1][4] = "N", None  # issued on a payment plan: not yet paid
        if typ == "BLD":
            fees.append([p[0], "TEC", round(base * 0.04, 2), _yn(paid_main), _int_date(iss) if paid_main else None])
        if iss is None:
            continue
        steps = list(_SEQ[typ])
        if typ == "BLD" and p[5] in ("KITCHEN REMODEL", "BATH REMODEL", "DECK", "TENANT IMPROVEMENT"):
            steps = ["FRM", "FNL"]
        end = fin or (min(LAST_DAY, iss + dt.timedelta(days=r.randint(60, 300))) if stat == "ISS" else
                      iss + dt.timedelta(days=r.randint(30, 200)))  # fmt: skip
        if stat == "ISS":
            steps = steps[: r.randint(0, len(steps) - 1)]
        elif stat == "EXP":
            steps = steps[: r.randint(0, max(0, len(steps) - 2))]
        n = len(steps)
        span = max(n, (end - iss).days)
        t = iss
        for k, st in enumerate(steps):
            target = iss + dt.timedelta(days=span * (k + 1) // max(1, n))
            t = max(t + dt.timedelta(days=1), target - dt.timedelta(days=r.randint(0, 6)))
            if st == "FNL" and fin:
                t = fin
            who_d = {"FTG": "BLD", "FRM": "BLD", "INS": "BLD", "SHT": "BLD", "FNL": typ if typ in by_dsc else "BLD",
                     "RGH": typ}[st]  # fmt: skip
            pool = by_dsc.get(who_d, []) + by_dsc["CMB"]
            if t >= dt.date(2024, 1, 1):
                pool = [x for x in pool if inspr[x - 1][3] == "Y"]
            if (r.random() < 0.16 and st != "FNL") or (st == "FNL" and r.random() < 0.1):
                ft = max(iss, t - dt.timedelta(days=r.randint(3, 9)))
                insp.append([p[0], r.choice(pool), st, ft, "F", r.choice(_FAIL_NOTES)])
                fees.append([p[0], "REI", 95.0, _yn(r.random() < 0.75), None])
                if fees[-1][3] == "Y":
                    fees[-1][4] = _int_date(ft + dt.timedelta(days=r.randint(1, 5)))
            if r.random() < 0.03:
                insp.append([p[0], None, st, t - dt.timedelta(days=1), "C", "CANCELLED BY CONTRACTOR"])
            insp.append([p[0], r.choice(pool), st, t, "P", None])
        if stat == "ISS" and len(steps) < len(_SEQ[typ]) and r.random() < 0.12:
            nxt = _SEQ[typ][len(steps)] if typ != "BLD" or len(steps) < 4 else "FNL"
            who_d = {"FTG": "BLD", "FRM": "BLD", "INS": "BLD", "SHT": "BLD", "FNL": typ if typ in by_dsc else "BLD",
                     "RGH": typ}[nxt]  # fmt: skip
            pool = [x for x in by_dsc.get(who_d, []) + by_dsc["CMB"] if inspr[x - 1][3] == "Y"]
            insp.append([p[0], r.choice(pool), nxt, LAST_DAY + dt.timedelta(days=r.randint(2, 6)), None, None])
    insp.sort(key=lambda x: (x[3], x[0], x[2]))
    insp_rows = [(i, x[0], x[1], x[2], _int_date(x[3]), x[4], x[5]) for i, x in enumerate(insp, 1)]
    fee_rows = [(i, *f) for i, f in enumerate(fees, 1)]
    prmt_rows = [(p[0], p[1], p[2], p[3], p[4], p[5], p[6], _int_date(dt.date.fromisoformat(p[7])),
                  *(_int_date(dt.date.fromisoformat(x)) if x else None for x in p[8:11]), p[11], p[12])
                 for p in prmts]  # fmt: skip
    write_tables(path, PERMITS_DDL, [("prcl", prcl), ("apl", apl), ("prmt", prmt_rows), ("inspr", inspr),
                                     ("insp", insp_rows), ("fee", fee_rows)])  # fmt: skip


def _permit(r: random.Random, no: str, parent: str | None, prcl_id: int, apl_id: int, typ: str, d: dt.date,
            master: list | None = None) -> list:
    """One permit row (dates as ISO text until written): number, parent, parcel, applicant, type, work, value,
    applied, issued, expires, finaled, status, over the counter."""
    work = r.choice(_WORK[typ])
    lo, hi = _BLD_VAL.get(work, _VAL[typ])
    val = round(r.uniform(lo, hi), 2) if r.random() > 0.1 else float(round(r.uniform(lo, hi), -2))
    otc = typ in ("ELE", "PLM", "MEC", "ROF") and r.random() < 0.7
    review = r.randint(0, 2) if otc else r.randint(8, 75)
    iss = d + dt.timedelta(days=review)
    x = r.random()
    if x < 0.04:
        return [no, parent, prcl_id, apl_id, typ, work, val, iso(d), None, None, None, "WDN", _yn(otc)]
    if x < 0.07 and not otc:
        return [no, parent, prcl_id, apl_id, typ, work, val, iso(d), None, None, None, "DEN", _yn(otc)]
    if iss > LAST_DAY:
        return [no, parent, prcl_id, apl_id, typ, work, val, iso(d), None, None, None,
                "APL" if (LAST_DAY - d).days < 6 else "REV", _yn(otc)]  # fmt: skip
    exp = iss + dt.timedelta(days=365)
    dur = {"BLD": r.randint(45, 420), "DEM": r.randint(10, 60), "ROF": r.randint(7, 45)}.get(typ, r.randint(5, 90))
    if master is not None and master[10] is not None:
        dur = min(dur, max(1, (dt.date.fromisoformat(master[10]) - iss).days - r.randint(1, 5)))
    fin = iss + dt.timedelta(days=dur)
    if r.random() < 0.07 or (master is not None and master[11] == "EXP"):
        fin = None
    if fin is not None and fin <= LAST_DAY and fin < exp:
        return [no, parent, prcl_id, apl_id, typ, work, val, iso(d), iso(iss), iso(exp), iso(fin), "FIN", _yn(otc)]
    if exp < LAST_DAY:
        return [no, parent, prcl_id, apl_id, typ, work, val, iso(d), iso(iss), iso(exp), None, "EXP", _yn(otc)]
    return [no, parent, prcl_id, apl_id, typ, work, val, iso(d), iso(iss), iso(exp), None, "ISS", _yn(otc)]


# ---------------------------------------------------------------------------------------------------------------
# grants (a spreadsheet export)
# ---------------------------------------------------------------------------------------------------------------

GRANTS_DDL = """
CREATE TABLE "Program Areas" (
    "Program Code" TEXT PRIMARY KEY,
    "Program Area" TEXT NOT NULL,
    "Program Officer" TEXT NOT NULL,
    "Annual Budget" REAL,
    "Active" TEXT NOT NULL
);
CREATE TABLE "Grant Tracker" (
    "Grant ID" TEXT PRIMARY KEY,
    "Cycle" TEXT NOT NULL,
    "Organization" TEXT NOT NULL,
    "EIN" TEXT,
    "City" TEXT,
    "County" TEXT,
    "Program Code" TEXT REFERENCES "Program Areas"("Program Code"),
    "Project Title" TEXT,
    "Date Received" TEXT NOT NULL,
    "Amount Requested" REAL NOT NULL,
    "Decision" TEXT NOT NULL,
    "Decision Date" TEXT,
    "Amount Awarded" REAL,
    "Grant Start" TEXT,
    "Grant End" TEXT,
    "Multi-Year" TEXT NOT NULL,
    "First-Time Applicant" TEXT NOT NULL,
    "Final Report Due" TEXT,
    "Final Report Received" TEXT,
    "Contact Name" TEXT,
    "Contact Email" TEXT,
    "Notes" TEXT
);
CREATE TABLE "Disbursements" (
    "Payment ID" INTEGER PRIMARY KEY,
    "Grant ID" TEXT NOT NULL REFERENCES "Grant Tracker"("Grant ID"),
    "Installment" INTEGER NOT NULL,
    "Payment Date" TEXT NOT NULL,
    "Amount" REAL NOT NULL,
    "Method" TEXT NOT NULL,
    "Check No" INTEGER
);
CREATE TABLE "Site Visits" (
    "Visit ID" INTEGER PRIMARY KEY,
    "Grant ID" TEXT NOT NULL REFERENCES "Grant Tracker"("Grant ID"),
    "Visit Date" TEXT NOT NULL,
    "Visited By" TEXT NOT NULL,
    "Rating" INTEGER,
    "Follow-Up Needed" TEXT NOT NULL,
    "Visit Notes" TEXT
);
"""

_PLACES = ["Eastside", "Riverbend", "Front Range", "Pueblo", "Northside", "Valley", "Mesa", "Foothills", "Aurora",
           "Lakewood", "Highland", "Sunnyside", "Westwood", "Clear Creek", "Summit", "San Luis", "Cherry Creek",
           "Plains", "Four Corners", "Park Hill"]  # fmt: skip
_KINDS = [("Youth Collective", "YTH"), ("Community Health Center", "HLT"), ("Arts Council", "ART"),
          ("Food Alliance", "HLT"), ("Literacy Project", "EDU"), ("Housing Partners", "HSG"), ("Land Trust", "ENV"),
          ("Music School", "ART"), ("Family Shelter", "HSG"), ("Conservation Corps", "ENV"),
          ("Learning Center", "EDU"), ("Boys & Girls Club", "YTH"), ("Workforce Initiative", "ECD"),
          ("Theatre Company", "ART"), ("Watershed Coalition", "ENV")]  # fmt: skip
_CITIES = [("Denver", "Denver"), ("Aurora", "Arapahoe"), ("Lakewood", "Jefferson"), ("Pueblo", "Pueblo"),
           ("Boulder", "Boulder"), ("Fort Collins", "Larimer"), ("Greeley", "Weld"), ("Colorado Springs", "El Paso"),
           ("Grand Junction", "Mesa"), ("Durango", "La Plata")]  # fmt: skip
_PROJECTS = {
    "YTH": ["After-School Mentoring", "Summer Leadership Camp", "Teen Job Readiness", "Youth Sports League"],
    "HLT": ["Mobile Dental Clinic", "Community Pantry Expansion", "Diabetes Prevention Classes", "Mental Health Outreach"],
    "ART": ["Public Mural Series", "Free Concert Season", "Artist Residency", "Youth Theatre Workshop"],
    "EDU": ["Adult ESL Classes", "Early Reading Program", "STEM Saturdays", "GED Tutoring"],
    "HSG": ["Emergency Rent Assistance", "Winter Shelter Beds", "Home Repair for Seniors", "Rapid Rehousing"],
    "ENV": ["River Cleanup Days", "Tree Planting", "Trail Restoration", "Community Garden Build"],
    "ECD": ["Small Business Microloans", "Financial Coaching", "Apprenticeship Pathways"],
}  # fmt: skip
_CONTACT_FIRST = ["Alicia", "Ben", "Carmen", "Derek", "Erin", "Frank", "Gloria", "Hector", "Irene", "Jamal", "Kara",
                  "Luis", "Monica", "Nate", "Olga", "Paul", "Rachel", "Steve", "Tina", "Victor"]  # fmt: skip
_CONTACT_LAST = ["Archuleta", "Baca", "Chavez", "Dunn", "Ellis", "Fuentes", "Gonzales", "Harper", "Ibarra",
                 "Jaramillo", "Keller", "Lucero", "Martinez", "Nguyen", "Olson", "Padilla", "Quintana", "Romero",
                 "Sandoval", "Trujillo"]  # fmt: skip


def build_grants(path: Path) -> None:
    r = random.Random(12803)
    programs = [
        ("EDU", "Education", "Renee Alvarez", 420000.0, "Yes"),
        ("HLT", "Health & Wellness", "Marcus Bell", 510000.0, "Yes"),
        ("ART", "Arts & Culture", "Simone Okafor", 260000.0, "Yes"),
        ("ENV", "Environment", "Daniel Reyes", 300000.0, "Yes"),
        ("HSG", "Housing & Homelessness", "Patricia Lowe", 480000.0, "Yes"),
        ("YTH", "Youth Development", "Renee Alvarez", 350000.0, "Yes"),
        ("ECD", "Economic Opportunity", "Marcus Bell", None, "No"),
        ("DIS", "Disaster Relief", "Patricia Lowe", None, "No"),
    ]
    officer = {p[0]: p[2] for p in programs}
    orgs = []
    names = set()
    while len(orgs) < 105:
        kind, code = r.choice(_KINDS)
        nm = f"{r.choice(_PLACES)} {kind}"
        if nm in names:
            continue
        names.add(nm)
        city, county = r.choice(_CITIES)
        contact = f"{r.choice(_CONTACT_FIRST)} {r.choice(_CONTACT_LAST)}"
        slug = "".join(w[0] for w in nm.lower().replace("&", "").split())
        orgs.append({"name": nm, "code": code, "city": city, "county": county, "contact": contact,
                     "email": f"{contact.split()[0].lower()}@{slug}.org",
                     "ein": f"{r.randint(20, 99)}-{r.randint(1000000, 9999999)}" if r.random() > 0.05 else None,
                     "w": r.choice([1, 1, 2, 3, 4])})  # fmt: skip
    cycles = []
    for y in range(2021, 2026):
        cycles.append((f"Spring {y}", dt.date(y, 1, 10), dt.date(y, 2, 28), dt.date(y, 4, 20 - (y % 3))))
        cycles.append((f"Fall {y}", dt.date(y, 8, 2), dt.date(y, 9, 15), dt.date(y, 11, 16 - (y % 4))))
    cycles = [c for c in cycles if c[0] not in ("Spring 2021",)]
    cycles[-2] = ("Spring 2025", dt.date(2025, 1, 10), dt.date(2025, 2, 28), dt.date(2025, 5, 20))
    cycles[-1] = ("Fall 2025", dt.date(2025, 6, 2), dt.date(2025, 6, 13), None)
    seen_org: set[str] = set()
    rows = []
    pays = []
    visits = []
    for cname, lo, hi, decided in cycles:
        n = 6 if cname == "Fall 2025" else r.randint(27, 34)
        apps = r.choices(orgs, weights=[o["w"] for o in orgs], k=n + 6)
        picked = []
        for o in apps:
            if o["name"] not in {p["name"] for p in picked}:
                picked.append(o)
        picked = picked[:n]
        received = sorted(day_between(r, lo, hi) for _ in picked)
        for k, (o, rec) in enumerate(zip(picked, received, strict=True), 1):
            code = o["code"]
            if code == "ECD" and rec > dt.date(2023, 6, 30):
                code = r.choice(["EDU", "HLT"])
            gid = f"G{cname[-2:]}{'S' if cname.startswith('Spring') else 'F'}-{k:03d}"
            req = float(r.choice([5000, 7500, 10000, 12000, 15000, 20000, 25000, 30000, 40000, 50000, 75000]))
            if r.random() < 0.3:
                req = round(req * r.uniform(0.85, 1.15), 2)
            multi = req >= 30000 and r.random() < 0.4
            first = o["name"] not in seen_org and r.random() < 0.65
            seen_org.add(o["name"])
            if decided is None:
                decision = "Pending"
            else:
                decision = r.choices(["Approved", "Declined", "Withdrawn"], weights=[58, 36, 6])[0]
                if cname == "Spring 2025" and r.random() < 0.1:
                    decision = "Pending"
            ddate = None if decision in ("Pending",) else decided
            if decision == "Withdrawn":
                ddate = rec + dt.timedelta(days=r.randint(10, 40))
            award = start = end = due = got = None
            notes = None
            if decision == "Approved":
                award = float(max(2500, round(req * r.choice([1, 1, 1, 0.8, 0.75, 0.6, 0.5]) / 250) * 250))
                m = decided.month + 1
                start = dt.date(decided.year + (m > 12), (m - 1) % 12 + 1, 1)
                months = 24 if multi else 12
                end = dt.date(start.year + months // 12, start.month, 1) - dt.timedelta(days=1)
                due = end + dt.timedelta(days=30)
                if due <= LAST_DAY and r.random() < 0.86:
                    got = due + dt.timedelta(days=r.randint(-25, 40))
                    if got > LAST_DAY:
                        got = None
                if award < req:
                    notes = r.choice(["Partial award", "Funded at reduced level", None])
                parts = [award] if award < 25000 else [award / 2, award / 2]
                when = [start] if len(parts) == 1 else [start, start + dt.timedelta(days=365 if multi else 182)]
                for inst, (amt, wd) in enumerate(zip(parts, when, strict=True), 1):
                    wd = wd + dt.timedelta(days=r.randint(0, 25))
                    if wd > LAST_DAY:
                        continue
                    ach = r.random() < (0.3 if wd.year < 2024 else 0.7)
                    pays.append([gid, inst, wd, round(amt, 2), "ACH" if ach else "Check", None if ach else 0])
                if r.random() < 0.45:
                    vd = start + dt.timedelta(days=r.randint(60, 300))
                    for _ in range(1 if r.random() < 0.85 else 2):
                        if vd <= LAST_DAY:
                            rating = r.choices([1, 2, 3, 4, 5], weights=[3, 8, 25, 40, 24])[0]
                            who = officer[code] if r.random() < 0.8 else "Keith Donnelly"
                            visits.append([gid, vd, who, rating if r.random() > 0.05 else None,
                                           _yn(rating <= 2 or r.random() < 0.1, "Yes", "No"),
                                           r.choice([None, "Strong attendance", "Staff turnover noted",
                                                     "Budget on track", "Needs updated outcomes data"])])  # fmt: skip
                        vd = vd + dt.timedelta(days=r.randint(90, 200))
            elif decision == "Declined":
                notes = r.choice([None, None, "Outside funding priorities", "Incomplete budget", "Encouraged to reapply"])
            elif decision == "Pending" and cname == "Spring 2025":
                notes = "Deferred to June board meeting"
            rows.append((gid, cname, o["name"], o["ein"], o["city"], o["county"], code,
                         r.choice(_PROJECTS[code]), iso(rec), req, decision, iso(ddate), award, iso(start), iso(end),
                         _yn(multi, "Yes", "No"), _yn(first, "Yes", "No"), iso(due), iso(got), o["contact"],
                         o["email"] if r.random() > 0.05 else None, notes))  # fmt: skip
    pays.sort(key=lambda p: (p[2], p[0]))
    check = 4100
    pay_rows = []
    for i, p in enumerate(pays, 1):
        if p[5] == 0:
            check += r.randint(1, 9)
            p[5] = check
        pay_rows.append((i, p[0], p[1], iso(p[2]), p[3], p[4], p[5]))
    visits.sort(key=lambda v: (v[1], v[0]))
    visit_rows = [(i, v[0], iso(v[1]), *v[2:]) for i, v in enumerate(visits, 1)]
    write_tables(path, GRANTS_DDL, [("Program Areas", programs), ("Grant Tracker", rows),
                                    ("Disbursements", pay_rows), ("Site Visits", visit_rows)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# elections
# ---------------------------------------------------------------------------------------------------------------

ELECTIONS_DDL = """
CREATE TABLE units (
    unit_id INTEGER PRIMARY KEY,
    unit_code TEXT NOT NULL UNIQUE,
    unit_name TEXT NOT NULL,
    unit_type TEXT NOT NULL,
    parent_unit_id INTEGER REFERENCES units(unit_id),
    polling_place TEXT
);
CREATE TABLE voters (
    voter_id INTEGER PRIMARY KEY,
    voter_reg_no TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    precinct_id INTEGER NOT NULL REFERENCES units(unit_id),
    party_cd TEXT NOT NULL,
    reg_ts INTEGER NOT NULL,
    email TEXT,
    perm_mail INTEGER NOT NULL,
    needs_assist INTEGER NOT NULL,
    is_uocava INTEGER NOT NULL
);
CREATE TABLE voter_status_hist (
    hist_id INTEGER PRIMARY KEY,
    voter_id INTEGER NOT NULL REFERENCES voters(voter_id),
    status_cd TEXT NOT NULL,
    reason_cd TEXT NOT NULL,
    changed_ts INTEGER NOT NULL
);
CREATE TABLE elections (
    election_id INTEGER PRIMARY KEY,
    election_name TEXT NOT NULL,
    election_dt TEXT NOT NULL,
    election_typ TEXT NOT NULL,
    is_certified INTEGER NOT NULL,
    certified_ts INTEGER
);
CREATE TABLE ballots (
    ballot_id INTEGER PRIMARY KEY,
    voter_id INTEGER NOT NULL REFERENCES voters(voter_id),
    election_id INTEGER NOT NULL REFERENCES elections(election_id),
    method TEXT NOT NULL,
    cast_ts INTEGER NOT NULL,
    is_counted INTEGER NOT NULL,
    reject_cd TEXT
);
CREATE TABLE poll_workers (
    pw_id INTEGER PRIMARY KEY,
    voter_id INTEGER NOT NULL REFERENCES voters(voter_id),
    election_id INTEGER NOT NULL REFERENCES elections(election_id),
    precinct_id INTEGER NOT NULL REFERENCES units(unit_id),
    pw_role TEXT NOT NULL,
    is_bilingual INTEGER NOT NULL,
    is_trained INTEGER NOT NULL,
    hours_worked REAL,
    stipend_paid INTEGER NOT NULL
);
"""

_PLACES_POLL = ["Marlow Public Library", "Grace Lutheran Church", "Fire Station 3", "Lincoln Elementary School",
                "Veterans Memorial Hall", "Oak Grove Community Center", "Marlow High School Gym",
                "Eastfield Recreation Center", "St. Anne Parish Hall", "County Fairgrounds Exhibit Hall",
                "Riverside Senior Center", "Township Hall"]  # fmt: skip


def build_elections(path: Path) -> None:
    r = random.Random(12804)
    units = [(1, "MC", "Marlow County", "COUNTY", None, None)]
    precincts = []
    uid = 1
    for d in range(1, 5):
        uid += 1
        did = uid
        units.append((did, f"D{d}", f"Commissioner District {d}", "DISTRICT", 1, None))
        for w in "AB":
            uid += 1
            wid = uid
            units.append((wid, f"W{d}{w}", f"Ward {d}{w}", "WARD", did, None))
            for k in range(1, 5):
                uid += 1
                code = f"P{d}{'0' if w == 'A' else '5'}{k}"
                units.append((uid, code, f"Precinct {code[1:]}", "PRECINCT", wid,
                              _PLACES_POLL[(uid * 7) % len(_PLACES_POLL)]))  # fmt: skip
                precincts.append(uid)
    elections = [
        (1, "2022 General Election", "2022-11-08", "GENERAL", 1, _epoch(dt.datetime(2022, 11, 28, 17, 0))),
        (2, "2023 Municipal Election", "2023-11-07", "MUNICIPAL", 1, _epoch(dt.datetime(2023, 11, 22, 16, 30))),
        (3, "2024 Presidential Primary", "2024-03-05", "PRIMARY", 1, _epoch(dt.datetime(2024, 3, 21, 18, 0))),
        (4, "2024 General Election", "2024-11-05", "GENERAL", 1, _epoch(dt.datetime(2024, 11, 26, 19, 15))),
        (5, "2025 Special Election (School Bond)", "2025-05-06", "SPECIAL", 1, _epoch(dt.datetime(2025, 5, 21, 16))),
        (6, "2025 Coordinated Election", "2025-11-04", "GENERAL", 0, None),
    ]
    turnout = {1: 0.52, 2: 0.22, 3: 0.38, 4: 0.72, 5: 0.16}
    pweights = [r.choice([1, 2, 3]) for _ in precincts]
    voters = []
    hist = []
    ballots = []
    used = set()
    n = 330
    for vid in range(1, n + 1):
        while True:
            fn, ln = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        age = r.randint(18, 90)
        born = dt.date(2025 - age, 1, 1) + dt.timedelta(days=r.randrange(165))
        reg_d = max(born + dt.timedelta(days=365 * 18 + 5), day_between(r, dt.date(1992, 1, 1), dt.date(2025, 6, 10)))
        if reg_d > dt.date(2025, 6, 10):
            reg_d = dt.date(2025, 6, 10) - dt.timedelta(days=r.randint(0, 40))
        if vid % 23 == 0:
            reg_d = day_between(r, dt.date(2025, 1, 2), dt.date(2025, 6, 12))
        reg = _at(reg_d, r, 15, 23)
        party = r.choices(["DEM", "REP", "UNA", "GRN", "LIB"], weights=[34, 31, 29, 3, 3])[0]
        perm_mail = int(r.random() < (0.45 if age >= 65 else 0.22))
        uocava = int(r.random() < 0.025)
        if uocava:
            perm_mail = 1
        email = f"{fn.lower()}{ln.lower()}{r.randint(1, 99)}@example.net" if r.random() < 0.55 else None
        voters.append((vid, f"MC{r.randint(100000, 999999):06d}{vid % 10}", fn, ln, iso(born),
                       r.choices(precincts, weights=pweights)[0], party, _epoch(reg), email, perm_mail,
                       int(r.random() < (0.1 if age >= 75 else 0.02)), uocava))  # fmt: skip
        events = [(reg, "ACTIVE", "NEWREG")]
        t = reg
        if r.random() < 0.24:
            t = _at(day_between(r, reg_d + dt.timedelta(days=90), max(reg_d + dt.timedelta(days=91),
                                                                       dt.date(2025, 6, 1))), r, 15, 23)  # fmt: skip
            if t.date() <= LAST_DAY:
                events.append((t, "INACTIVE", r.choice(["RETMAIL", "RETMAIL", "NOCONTACT"])))
                if r.random() < 0.4:
                    t2 = _at(t.date() + dt.timedelta(days=r.randint(20, 500)), r, 15, 23)
                    if t2.date() <= LAST_DAY:
                        events.append((t2, "ACTIVE", "REACT"))
                        t = t2
        if r.random() < 0.12:
            t3 = _at(t.date() + dt.timedelta(days=r.randint(30, 900)), r, 15, 23)
            if t3.date() <= LAST_DAY:
                events.append((t3, "CANCELLED", r.choices(["MOVED", "DECEASED", "REQUEST", "DUPLICATE"],
                                                          weights=[55, 25, 14, 6])[0]))  # fmt: skip
        for ev in events:
            hist.append([0, vid, ev[1], ev[2], _epoch(ev[0])])

        def status_at(moment: dt.datetime, events: list = events) -> str | None:
            cur = None
            for ev in events:
                if ev[0] <= moment:
                    cur = ev[1]
            return cur

        for e in elections[:5]:
            ed = dt.date.fromisoformat(e[2])
            if status_at(dt.datetime(ed.year, ed.month, ed.day) - dt.timedelta(days=22)) != "ACTIVE":
                continue
            if e[3] == "PRIMARY" and party not in ("DEM", "REP"):
                continue
            p = turnout[e[0]] * (1.3 if age >= 60 else 0.8 if age < 30 else 1.0)
            if r.random() >= p:
                continue
            if perm_mail:
                method = "MAIL"
            else:
                method = r.choices(["POLL", "EARLY", "MAIL", "PROVISIONAL"], weights=[52, 22, 23, 3])[0]
            counted, rej = 1, None
            if method == "POLL":
                ct = _at(ed, r, 13, 24)
            elif method == "PROVISIONAL":
                ct = _at(ed, r, 13, 24)
                if r.random() < 0.5:
                    counted, rej = 0, "NOTREG"
            elif method == "EARLY":
                ct = _at(ed - dt.timedelta(days=r.randint(1, 14)), r, 14, 24)
            else:
                ct = _at(ed - dt.timedelta(days=r.randint(0, 25)), r, 14, 23)
                x = r.random()
                if x < 0.025:
                    ct = _at(ed + dt.timedelta(days=r.randint(1, 6)), r, 14, 23)
                    counted, rej = 0, "LATE"
                elif x < 0.06:
                    counted, rej = 0, "SIG"
            ballots.append([0, vid, e[0], method, _epoch(ct), counted, rej])
    hist.sort(key=lambda h: (h[4], h[1]))
    for i, h in enumerate(hist, 1):
        h[0] = i
    ballots.sort(key=lambda b: (b[4], b[1]))
    for i, b in enumerate(ballots, 1):
        b[0] = i
    # poll workers: registered voters staffing a precinct's polling place on election day
    pws = []
    for e in elections[:5]:
        chosen = r.sample(precincts, 9)
        pool = [v for v in voters if v[7] < _epoch(dt.datetime.fromisoformat(e[2])) - 86400 * 30 and v[4] < "2003"]
        staff = r.sample(pool, 26)
        si = 0
        for pr in chosen:
            for role in ["CHIEF", "JUDGE", *r.sample(["JUDGE", "CLERK", "CLERK"], r.randint(0, 2))]:
                if si >= len(staff):
                    break
                v = staff[si]
                si += 1
                hours = round(r.choice([12.5, 13.0, 13.5, 14.0, 14.5]) + (1.0 if role == "CHIEF" else 0), 1)
                shown = r.random() > 0.04
                pws.append((len(pws) + 1, v[0], e[0], pr, role, int(r.random() < 0.18), int(r.random() < 0.9),
                            hours if shown else None, int(shown and (e[0] < 5 or r.random() < 0.6))))  # fmt: skip
    write_tables(path, ELECTIONS_DDL, [("units", units), ("voters", voters),
                                       ("voter_status_hist", [tuple(h) for h in hist]), ("elections", elections),
                                       ("ballots", [tuple(b) for b in ballots]), ("poll_workers", pws)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# museum (money in pence)
# ---------------------------------------------------------------------------------------------------------------

MUSEUM_DDL = """
CREATE TABLE galleries (
    gallery_id INTEGER PRIMARY KEY,
    gallery_name TEXT NOT NULL UNIQUE,
    floor TEXT NOT NULL,
    is_open TEXT NOT NULL
);
CREATE TABLE objects (
    object_id INTEGER PRIMARY KEY,
    accession_no TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    object_type TEXT NOT NULL,
    maker TEXT,
    made_year INTEGER,
    acquired_on TEXT NOT NULL,
    acq_method TEXT NOT NULL,
    purchase_price_pence INTEGER,
    valuation_pence INTEGER,
    gallery_id INTEGER REFERENCES galleries(gallery_id),
    part_of_id INTEGER REFERENCES objects(object_id),
    is_fragile TEXT NOT NULL
);
CREATE TABLE exhibitions (
    exhibition_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    gallery_id INTEGER NOT NULL REFERENCES galleries(gallery_id),
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    ticket_price_pence INTEGER,
    curator TEXT NOT NULL
);
CREATE TABLE exhibition_objects (
    exhibition_id INTEGER NOT NULL REFERENCES exhibitions(exhibition_id),
    object_id INTEGER NOT NULL REFERENCES objects(object_id),
    case_no TEXT,
    PRIMARY KEY (exhibition_id, object_id)
);
CREATE TABLE loans_out (
    loan_id INTEGER PRIMARY KEY,
    object_id INTEGER NOT NULL REFERENCES objects(object_id),
    borrower TEXT NOT NULL,
    borrower_city TEXT NOT NULL,
    borrower_country TEXT NOT NULL,
    out_on TEXT NOT NULL,
    due_back_on TEXT NOT NULL,
    returned_on TEXT,
    loan_fee_pence INTEGER NOT NULL
);
CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    member_no TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    email TEXT,
    postcode TEXT,
    tier TEXT NOT NULL,
    annual_fee_pence INTEGER NOT NULL,
    joined_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    gift_aid TEXT NOT NULL
);
CREATE TABLE ticket_sales (
    sale_id INTEGER PRIMARY KEY,
    exhibition_id INTEGER NOT NULL REFERENCES exhibitions(exhibition_id),
    member_id INTEGER REFERENCES members(member_id),
    sold_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    ticket_type TEXT NOT NULL,
    qty INTEGER NOT NULL,
    total_pence INTEGER NOT NULL
);
"""

_MAKERS = ["Eleanor Pask", "Thomas Rideout", "W. H. Fenwick", "Margaret Lyle", "Kettering & Sons",
           "Bristol Delftware Pottery", "Harriet Quayle", "Samuel Brightwell", "Ada Colquhoun", "Rowan Ashby",
           "Caldmore Glassworks", "James Oduya", "Lydia Penhallow", "Arthur Trevelyan Moss", "Mina Sato"]  # fmt: skip
_PEOPLE = [m for m in _MAKERS if m not in ("Kettering & Sons", "Bristol Delftware Pottery", "Caldmore Glassworks")]
_PLACENAMES = ["the Harbour", "Clifton Gorge", "St Mary's Quay", "the Old Mill", "Redcliffe", "the Estuary",
               "Kingsdown", "the Floating Harbour", "Brandon Hill", "Leigh Woods"]  # fmt: skip
_SITTERS = ["a Young Woman", "an Admiral", "the Merchant Pryce", "Lady Anne Hollis", "a Fisherman", "the Artist's Wife",
            "Alderman Cole", "a Boy with a Kite"]  # fmt: skip


def build_museum(path: Path) -> None:
    r = random.Random(12805)
    galleries = [
        (1, "Main Hall", "G", "true"), (2, "Maritime Gallery", "G", "true"), (3, "Victorian Room", "1", "true"),
        (4, "Ancient Worlds", "1", "true"), (5, "Ceramics & Glass", "1", "true"), (6, "Textiles Gallery", "2", "true"),
        (7, "Coins & Medals", "2", "true"), (8, "Modern Art", "2", "true"), (9, "Arms & Armour", "G", "true"),
        (10, "Print Room", "2", "false"), (11, "Local History", "1", "true"),
        (12, "Exhibition Space A", "G", "true"), (13, "Exhibition Space B", "1", "true"),
    ]  # fmt: skip
    home = {"painting": [3, 8, 11], "print": [10, 3, 11], "sculpture": [1, 4, 8], "ceramic": [5], "glass": [5],
            "textile": [6], "coin": [7], "armour": [9], "photograph": [11, 10, 8], "model ship": [2],
            "antiquity": [4], "furniture": [3, 11]}  # fmt: skip
    tweights = {"painting": 18, "print": 10, "sculpture": 7, "ceramic": 14, "glass": 6, "textile": 8, "coin": 12,
                "armour": 4, "photograph": 9, "model ship": 4, "antiquity": 6, "furniture": 5}  # fmt: skip
    years = {"painting": (1720, 1990), "print": (1680, 1950), "sculpture": (1800, 2010), "ceramic": (1690, 1930),
             "glass": (1750, 1960), "textile": (1780, 1960), "coin": (-300, 1900), "armour": (1480, 1680),
             "photograph": (1855, 1985), "model ship": (1780, 1920), "antiquity": (-2500, 400),
             "furniture": (1700, 1920), "metalwork": (1650, 1950)}  # fmt: skip

    def title_for(t: str) -> str:
        return {
            "painting": lambda: r.choice([f"Portrait of {r.choice(_SITTERS)}", f"View of {r.choice(_PLACENAMES)}",
                                          f"{r.choice(_PLACENAMES).replace('the ', '').title()} at Dusk",
                                          f"Still Life with {r.choice(['Lemons', 'Oysters', 'a Jug', 'Roses'])}"]),
            "print": lambda: f"{r.choice(['Etching', 'Engraving', 'Lithograph'])} of {r.choice(_PLACENAMES)}",
            "sculpture": lambda: r.choice([f"Bust of {r.choice(_SITTERS)}", "Standing Figure", "Reclining Form",
                                           "Mother and Child"]),
            "ceramic": lambda: r.choice(["Delftware charger", "Puzzle jug", "Creamware teapot", "Tin-glazed posset pot",
                                         "Transfer-printed plate", "Stoneware bottle"]),
            "glass": lambda: r.choice(["Blue glass decanter", "Wine glass with air-twist stem", "Rummer",
                                       "Pressed-glass bowl"]),
            "textile": lambda: r.choice(["Sampler", "Paisley shawl", "Silk waistcoat", "Quilt", "Lace collar"]),
            "coin": lambda: r.choice(["Silver penny", "Gold sovereign", "Bronze halfpenny", "Roman denarius",
                                      "Trade token", "Greek drachm"]),
            "armour": lambda: r.choice(["Close helmet", "Breastplate", "Pair of gauntlets", "Morion"]),
            "photograph": lambda: f"{r.choice(['Dockworkers', 'Market day', 'Tram', 'Schoolchildren'])} "
                                  f"at {r.choice(_PLACENAMES)}",
            "model ship": lambda: f"Model of the {r.choice(['Brig', 'Barque', 'Steamship', 'Schooner'])} "
                                  f"{r.choice(['Mary Ann', 'Endeavour', 'Severn Star', 'Lady Clare', 'Hope'])}",
            "antiquity": lambda: r.choice(["Canopic jar", "Oil lamp", "Shabti figure", "Amphora", "Bronze mirror"]),
            "furniture": lambda: r.choice(["Oak chest", "Longcase clock", "Windsor chair", "Writing desk"]),
        }[t]()

    objects: list[list] = []
    acc_years = list(range(1882, 2025))
    for i in range(1, 331):
        t = r.choices(list(tweights), weights=list(tweights.values()))[0]
        lo, hi = years[t]
        made = r.randint(lo, hi) if r.random() > 0.12 else None
        makers = {"ceramic": ["Bristol Delftware Pottery", "Kettering & Sons"], "glass": ["Caldmore Glassworks"],
                  "furniture": ["Kettering & Sons"]}.get(t, _PEOPLE)  # fmt: skip
        maker = r.choice(makers) if t in ("painting", "print", "sculpture", "ceramic", "glass", "photograph",
                                          "furniture") and r.random() < 0.75 else None  # fmt: skip
        if made is not None and made < 1700:
            maker = None
        ay = r.choice(acc_years)
        if made is not None and ay < made:
            ay = min(2024, made + r.randint(1, 40))
        acq = dt.date(ay, 1, 1) + dt.timedelta(days=r.randrange(360))
        method = r.choices(["purchase", "gift", "bequest", "transfer"], weights=[35, 35, 22, 8])[0]
        val = r.randint(20, 4000) * 5000 if t in ("painting", "sculpture", "armour") else r.randint(4, 900) * 2500
        price = None
        if method == "purchase":
            price = int(val * r.uniform(0.02, 0.6) if ay < 1990 else val * r.uniform(0.5, 1.1)) // 100 * 100
        gal = r.choice(home[t]) if r.random() < 0.45 else None
        if gal == 10:
            gal = None  # the Print Room is closed for refurbishment: its prints are in store
        objects.append([i, f"{ay}.{r.randint(1, 400)}", title_for(t), t, maker, made, iso(acq), method, price,
                        val if r.random() > 0.03 else None, gal, None,
                        _yn(t in ("ceramic", "glass", "textile", "photograph") or r.random() < 0.1, "true", "false")])
    # composite objects and their parts (a service and its pieces, a suit of armour, a triptych)
    composites = [
        ("Creamware tea service", "ceramic", 5, ["Teapot", "Milk jug", "Sugar bowl", "Cup and saucer", "Slop bowl"]),
        ("Field armour for man and horse", "armour", 9, ["Close helmet", "Breastplate", "Backplate", "Gauntlets",
                                                          "Chanfron"]),
        ("Triptych: The Harbour at Dawn", "painting", 2, ["Left panel", "Centre panel", "Right panel"]),
        ("Ivory chess set", "sculpture", None, ["King", "Queen", "Bishop", "Knight", "Rook", "Pawn"]),
        ("Dinner service with harbour views", "ceramic", None, ["Meat platter", "Soup tureen", "Dinner plate",
                                                                "Gravy boat"]),
        ("Silver christening set", "metalwork", 3, ["Mug", "Spoon", "Napkin ring"]),
        ("Quilted bed cover and hangings", "textile", 6, ["Bed cover", "Valance", "Curtain"]),
    ]  # fmt: skip
    acc_seen = {o[1] for o in objects}
    for title, t, gal, parts in composites:
        pid = len(objects) + 1
        ay = r.randint(1890, 2015)
        acc = f"{ay}.{r.randint(401, 600)}"
        while acc in acc_seen:
            acc = f"{ay}.{r.randint(401, 600)}"
        acc_seen.add(acc)
        made = r.randint(max(years[t][0], 1500), years[t][1]) if t != "armour" else 1562
        maker = "Kettering & Sons" if t == "ceramic" else None
        ay = max(ay, made + 30)
        acc = f"{ay}.{r.randint(401, 600)}"
        while acc in acc_seen:
            acc = f"{ay}.{r.randint(401, 600)}"
        acc_seen.add(acc)
        acq = dt.date(ay, 1, 1) + dt.timedelta(days=r.randrange(360))
        method = r.choice(["gift", "bequest", "purchase"])
        val = r.randint(200, 3000) * 10000
        objects.append([pid, acc, title, t, maker, made, iso(acq), method,
                        val // 3 // 100 * 100 if method == "purchase" else None, val, gal, None,
                        "true" if t != "armour" else "false"])  # fmt: skip
        for k, pt in enumerate(parts, 1):
            objects.append([len(objects) + 1, f"{acc}.{k}", pt, t, maker, made, iso(acq), method, None,
                            None, gal, pid,
                            "true" if t in ("ceramic", "textile") else "false"])  # fmt: skip
    for i, o in enumerate(objects):  # make the generated accession numbers unique
        while o[1] in {x[1] for x in objects[:i]}:
            o[1] = f"{o[1].split('.')[0]}.{r.randint(601, 999)}"
    # one clear top valuation
    objects[40][9] = 2450000000
    objects[40][3], objects[40][2], objects[40][4], objects[40][5] = ("painting", "The Severn Bore, Morning",
                                                                      "Eleanor Pask", 1884)  # fmt: skip
    objects[40][10] = 3
    # exhibitions
    themes = ["Sea Fever: Bristol and the Atlantic", "Paper Cities", "Clay and Fire", "The Victorian Home",
              "Threads of Empire", "Coins of the Realm", "Faces of the Harbour", "Modern Britain 1945-1990",
              "Light Through Glass", "Armour and Chivalry", "Childhood in Old Photographs", "Gods and Kings",
              "Eleanor Pask: A Retrospective", "Made in Bristol", "Quilts and Stories", "The Tea Table",
              "Shipwrecks and Salvage", "Printmakers of the West", "Women Makers", "Lost Trades",
              "Winter Lights", "Rivers", "Collecting the World", "Hidden Treasures from the Stores",
              "Steam and Sail", "Kingsdown Lives"]  # fmt: skip
    curators = ["Dr Helen Marsh", "Owen Pryce", "Dr Asha Patel", "Ruth Ellery", "Tom Caddick"]
    exhibitions = []
    d = dt.date(2021, 3, 6)
    for i, th in enumerate(themes, 1):
        length = r.randint(70, 170)
        gal = 12 if i % 2 else 13
        if i in (6, 10, 14, 20):
            gal = r.choice([2, 3, 8])
        price = r.choice([None, 800, 950, 1200, 1500]) if gal in (12, 13) else None
        opens = d
        closes = d + dt.timedelta(days=length)
        exhibitions.append([i, th, gal, iso(opens), iso(closes), price, r.choice(curators)])
        d = d + dt.timedelta(days=r.randint(50, 80))
    # the last two open after today
    exhibitions[-2][2:7] = [2, "2025-06-28", "2025-10-19", None, "Dr Helen Marsh"]
    exhibitions[-1][2:6] = [13, "2025-09-06", "2026-01-11", 1200]
    exhibitions[12][5] = 1500
    ex_objs = []
    for e in exhibitions:
        k = r.randint(6, 18)
        for o in r.sample(objects[:330], k):
            ex_objs.append((e[0], o[0], f"C{r.randint(1, 24)}" if r.random() < 0.8 else None))
    for o in objects:  # the retrospective shows the artist's work
        if o[4] == "Eleanor Pask" and (13, o[0]) not in {(x[0], x[1]) for x in ex_objs}:
            ex_objs.append((13, o[0], None))
    ex_objs.sort()
    # loans out
    borrowers = [("National Maritime Museum", "London", "UK"), ("Rijksmuseum", "Amsterdam", "NL"),
                 ("Holburne Museum", "Bath", "UK"), ("Musée des Beaux-Arts", "Rouen", "FR"),
                 ("Kelvingrove Art Gallery", "Glasgow", "UK"), ("Peabody Essex Museum", "Salem", "US"),
                 ("Royal Albert Memorial Museum", "Exeter", "UK"), ("National Museum Cardiff", "Cardiff", "UK"),
                 ("Mystic Seaport Museum", "Mystic", "US")]  # fmt: skip
    loans = []
    lend = [o for o in objects if o[11] is None and o[3] not in ("coin",)]
    for i in range(1, 58):
        o = r.choice(lend)
        b = r.choices(borrowers, weights=[8, 3, 6, 3, 5, 2, 5, 5, 2])[0]
        out = day_between(r, dt.date(2019, 1, 1), dt.date(2025, 5, 30))
        due = out + dt.timedelta(days=r.choice([90, 120, 180, 270, 365]))
        ret = due - dt.timedelta(days=r.randint(-20, 10)) if due < LAST_DAY or r.random() < 0.05 else None
        if ret is not None and (ret > LAST_DAY or r.random() < 0.06):
            ret = None
        fee = 0 if b[2] == "UK" and r.random() < 0.5 else r.choice([25000, 50000, 75000, 120000, 150000])
        loans.append((i, o[0], b[0], b[1], b[2], iso(out), iso(due), iso(ret), fee))
    loans.sort(key=lambda x: x[5])
    loans = [(i, *x[1:]) for i, x in enumerate(loans, 1)]
    # members (money in pence)
    fees = {"FRIEND": 4500, "FAMILY": 7500, "STUDENT": 2000, "PATRON": 25000}
    members = []
    names = full_names(r, 300)
    pcs = ["BS1", "BS2", "BS3", "BS6", "BS8", "BS9", "BS16", "BA1", "GL1", "CF10"]
    for i, nm in enumerate(names, 1):
        tier = r.choices(list(fees), weights=[48, 28, 14, 10])[0]
        joined = day_between(r, dt.date(2016, 1, 4), dt.date(2025, 6, 12))
        renewals = r.randint(1, 10) if r.random() < 0.35 else 99  # 99: still renewing every year
        exp = dt.date(joined.year + 1, joined.month, min(joined.day, 28))
        while renewals > 1 and exp <= LAST_DAY:
            exp = dt.date(exp.year + 1, exp.month, exp.day)
            renewals -= 1
        members.append((i, f"M{20000 + i * 3}", nm, f"{nm.split()[0].lower()}.{nm.split()[1].lower()}@post.co.uk"
                        if r.random() < 0.8 else None, f"{r.choice(pcs)} {r.randint(1, 9)}{r.choice('ABDEFGHJLN')}"
                        f"{r.choice('PQRSTUWXYZ')}" if r.random() > 0.05 else None, tier, fees[tier], iso(joined),
                        iso(exp), _yn(r.random() < 0.58, "true", "false")))  # fmt: skip
    # ticket sales for ticketed exhibitions
    sales = []
    ticketed = [e for e in exhibitions if e[5] is not None]
    windows = [(dt.date.fromisoformat(e[3]) - dt.timedelta(days=30), min(dt.date.fromisoformat(e[4]), LAST_DAY))
               for e in ticketed]  # sales open a month before the opening
    for _ in range(600):
        k = r.choices(range(len(ticketed)), weights=[max(0, (hi - lo).days + 1) for lo, hi in windows])[0]
        e = ticketed[k]
        sd = day_between(r, *windows[k])
        online = sd < dt.date.fromisoformat(e[3]) or r.random() < 0.45
        tt = r.choices(["adult", "concession", "child", "member"], weights=[50, 22, 14, 14])[0]
        mem = None
        if tt == "member":
            cands = [m for m in members if m[7] <= iso(sd) <= m[8]]
            mem = r.choice(cands)[0]
        qty = 1 if tt == "member" else r.choices([1, 2, 3, 4], weights=[40, 40, 12, 8])[0]
        unit = {"adult": e[5], "concession": e[5] * 8 // 10 // 50 * 50, "child": e[5] // 2, "member": 0}[tt]
        hour = r.randint(7, 22) if online else r.randint(10, 16)
        t = dt.datetime(sd.year, sd.month, sd.day, hour, r.randint(0, 59), r.randint(0, 59))
        sales.append([0, e[0], mem, t.strftime("%Y-%m-%d %H:%M:%S"), "online" if online else "desk", tt, qty,
                      unit * qty])  # fmt: skip
    sales.sort(key=lambda s: s[3])
    for i, s in enumerate(sales, 1):
        s[0] = i
    write_tables(path, MUSEUM_DDL, [("galleries", galleries), ("objects", [tuple(o) for o in objects]),
                                    ("exhibitions", [tuple(e) for e in exhibitions]),
                                    ("exhibition_objects", ex_objs), ("loans_out", loans), ("members", members),
                                    ("ticket_sales", [tuple(s) for s in sales])])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# volunteers (plain)
# ---------------------------------------------------------------------------------------------------------------

VOLUNTEERS_DDL = """
CREATE TABLE sites (
    site_id INTEGER PRIMARY KEY,
    site_name TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    address TEXT NOT NULL,
    is_warehouse INTEGER NOT NULL
);
CREATE TABLE programs (
    program_id INTEGER PRIMARY KEY,
    program_name TEXT NOT NULL UNIQUE,
    min_age INTEGER NOT NULL,
    needs_background_check INTEGER NOT NULL
);
CREATE TABLE volunteers (
    volunteer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    city TEXT NOT NULL,
    date_of_birth TEXT,
    joined_on TEXT NOT NULL,
    background_check_on TEXT,
    status TEXT NOT NULL
);
CREATE TABLE skills (
    skill_id INTEGER PRIMARY KEY,
    skill_name TEXT NOT NULL UNIQUE
);
CREATE TABLE volunteer_skills (
    volunteer_id INTEGER NOT NULL REFERENCES volunteers(volunteer_id),
    skill_id INTEGER NOT NULL REFERENCES skills(skill_id),
    PRIMARY KEY (volunteer_id, skill_id)
);
CREATE TABLE shifts (
    shift_id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(site_id),
    program_id INTEGER NOT NULL REFERENCES programs(program_id),
    shift_date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    slots INTEGER NOT NULL
);
CREATE TABLE shift_signups (
    signup_id INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shifts(shift_id),
    volunteer_id INTEGER NOT NULL REFERENCES volunteers(volunteer_id),
    signed_up_on TEXT NOT NULL,
    status TEXT NOT NULL,
    hours REAL
);
"""


def build_volunteers(path: Path) -> None:
    r = random.Random(12806)
    sites = [
        (1, "Harbor Food Bank Warehouse", "Tacoma", "2410 Port Industrial Way", 1),
        (2, "Hilltop Pantry", "Tacoma", "1120 Martin Luther King Jr Way", 0),
        (3, "Lakewood Community Pantry", "Lakewood", "5800 Steilacoom Blvd SW", 0),
        (4, "Puyallup Fairgrounds Distribution", "Puyallup", "110 9th Ave SW", 0),
        (5, "Eastside Kitchen", "Tacoma", "3402 E 72nd St", 0),
        (6, "Gig Harbor Pantry", "Gig Harbor", "4425 Burnham Dr NW", 0),
        (7, "Parkland Senior Meals", "Parkland", "12113 Pacific Ave S", 0),
    ]
    programs = [(1, "Food Sorting", 14, 0), (2, "Pantry Distribution", 16, 0), (3, "Meals on Wheels", 18, 1),
                (4, "Community Kitchen", 16, 0), (5, "Youth Tutoring", 18, 1), (6, "Tax Help", 18, 1)]
    prog_sites = {1: [1], 2: [2, 3, 4, 6], 3: [5, 7], 4: [5], 5: [2, 3], 6: [2]}
    prog_hours = {1: [("09:00", "12:00"), ("13:00", "16:00")], 2: [("10:00", "14:00"), ("15:00", "18:30")],
                  3: [("10:30", "13:30")], 4: [("07:30", "11:00"), ("16:00", "19:00")], 5: [("15:30", "17:30")],
                  6: [("17:00", "20:00"), ("10:00", "14:00")]}  # fmt: skip
    skills = [(1, "Forklift certified"), (2, "Food handler permit"), (3, "Spanish"), (4, "Vietnamese"),
              (5, "Commercial driving license"), (6, "First aid / CPR"), (7, "Tax preparation (VITA)"),
              (8, "Tutoring"), (9, "Data entry"), (10, "Cooking"), (11, "Photography"), (12, "Grant writing"),
              (13, "Korean"), (14, "Carpentry")]  # fmt: skip
    cities = ["Tacoma"] * 5 + ["Lakewood", "Puyallup", "Gig Harbor", "University Place", "Parkland", "Fife"]
    vols = []
    used = set()
    for i in range(1, 281):
        while True:
            fn, ln = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        age = r.choice([r.randint(14, 19), r.randint(20, 40), r.randint(41, 64), r.randint(65, 84)])
        dob = dt.date(2025 - age, 1, 1) + dt.timedelta(days=r.randrange(150))
        joined = day_between(r, dt.date(2018, 3, 1), dt.date(2025, 6, 10))
        bg = None
        if age >= 18 and r.random() < 0.55:
            bg = min(LAST_DAY, joined + dt.timedelta(days=r.randint(3, 60)))
        status = "inactive" if r.random() < 0.18 and joined < dt.date(2024, 6, 1) else "active"
        vols.append((i, fn, ln, f"{fn.lower()}.{ln.lower()}@mailbox.org" if r.random() < 0.85 else None,
                     f"253-555-{r.randint(1000, 9999)}" if r.random() < 0.9 else None, r.choice(cities),
                     iso(dob) if r.random() > 0.06 else None, iso(joined), iso(bg), status))  # fmt: skip
    vskills = set()
    for v in vols:
        for s in r.sample(range(1, 15), r.choices([0, 1, 2, 3], weights=[30, 35, 25, 10])[0]):
            vskills.add((v[0], s))
    # shifts 2024-09-01 .. 2025-06-14
    shifts = []
    d = dt.date(2024, 9, 2)
    while d <= LAST_DAY:
        for pid, sl in prog_sites.items():
            if pid == 6 and not (dt.date(2025, 2, 1) <= d <= dt.date(2025, 4, 15)):
                continue
            if pid == 5 and d.weekday() >= 4:
                continue
            if r.random() < {1: 0.2, 2: 0.16, 3: 0.1, 4: 0.08, 5: 0.12, 6: 0.3}[pid]:
                st, en = r.choice(prog_hours[pid])
                shifts.append((0, r.choice(sl), pid, iso(d), st, en, r.choice([2, 3, 4, 5, 6, 8])))
        d += dt.timedelta(days=1)
    shifts = [(i, *s[1:]) for i, s in enumerate(shifts, 1)]
    regulars = [v for v in vols if v[9] == "active"]
    vweights = [r.choice([1, 1, 2, 4, 8]) if v[0] % 7 else 0 for v in regulars]  # some active ones never sign up
    signups = []
    for s in shifts:
        sd = dt.date.fromisoformat(s[3])
        h0, m0 = map(int, s[4].split(":"))
        h1, m1 = map(int, s[5].split(":"))
        length = (h1 * 60 + m1 - h0 * 60 - m0) / 60
        k = r.randint(s[6] // 2, s[6] + 2)
        taken = set()
        for _ in range(k):
            v = r.choices(regulars, weights=vweights)[0]
            if v[0] in taken or v[7] > s[3]:
                continue
            prog = programs[s[2] - 1]
            if prog[3] and v[8] is None:
                continue
            if v[6] is not None and (sd - dt.date.fromisoformat(v[6])).days < 365.25 * prog[2]:
                continue  # under the program's minimum age
            taken.add(v[0])
            signed = max(dt.date.fromisoformat(v[7]), sd - dt.timedelta(days=r.randint(1, 20)))
            x = r.random()
            if x < 0.08:
                st, hrs = "cancelled", None
            elif x < 0.15:
                st, hrs = "no_show", None
            else:
                st, hrs = "attended", round(max(0.5, length - r.choice([0, 0, 0, 0, 0.5, 1])), 2)
            signups.append((0, s[0], v[0], iso(signed), st, hrs))
    signups = [(i, *x[1:]) for i, x in enumerate(signups, 1)]
    write_tables(path, VOLUNTEERS_DDL, [("sites", sites), ("programs", programs), ("volunteers", vols),
                                        ("skills", skills), ("volunteer_skills", sorted(vskills)),
                                        ("shifts", shifts), ("shift_signups", signups)])  # fmt: skip


BUILDERS = {
    "biblioteca": build_biblioteca,
    "permits": build_permits,
    "grants": build_grants,
    "elections": build_elections,
    "museum": build_museum,
    "volunteers": build_volunteers,
}
