"""Six synthetic databases for the 133rd blind corpus: a veterinary group, a freight forwarder and customs broker, a
wind-farm maintenance operator, a language school, a library consortium's interlibrary loans and a community energy
co-operative.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Every schema declares its foreign keys.  Times are local unless a schema says otherwise.

pawcare -- a group of six veterinary clinics in Yorkshire (plain snake_case, 0/1 flags); money in pence (GBP, 100
pence = 1 pound); appointments from 2023-01-03.
    clinics: id; name ('Pawcare York Central'); city; phone; opened_on; is_24h: 1 = open around the clock for
        emergencies, 0 = a day clinic (weekdays 08:00-18:30 and Saturday mornings).
    staff: id; first_name; last_name; role: 'vet', 'nurse', 'receptionist' or 'practice_manager'; specialty (vets
        only, else NULL): 'general', 'surgery', 'dermatology', 'dentistry', 'exotics' (rabbits, birds, reptiles),
        'cardiology' or 'orthopaedics'; clinic_id -> clinics (where the person works); reports_to -> staff.id: the
        line manager (vets and nurses report to their clinic's lead vet, receptionists to the practice manager, lead
        vets and practice managers to the group medical director Eleanor Whitby, whose reports_to is NULL);
        hired_on; left_on (NULL = still employed).
    owners: pet owners' accounts.  id; first_name; last_name; email; phone (NULL = not given); city; registered_on;
        deleted_at: when the account was deleted at the owner's request ('YYYY-MM-DD HH:MM:SS'; a soft delete, the
        row is kept; NULL = an active account).
    pets: id; owner_id -> owners; name; species: 'dog', 'cat', 'rabbit', 'guinea pig', 'bird' or 'reptile'; breed
        ('Labrador Retriever', 'Maine Coon', 'Mixed breed' ...); sex: 'M' or 'F'; birth_date (NULL = unknown, e.g.
        rescues); weight_kg: last recorded weight in kg; neutered: 1 = spayed or castrated; microchip_no (NULL = not
        chipped); deceased_on: date of death (NULL = alive).
    appointments: id; pet_id -> pets; clinic_id -> clinics; vet_id -> staff (the vet seeing the pet); kind:
        'consult', 'vaccination', 'checkup', 'dental', 'surgery' or 'emergency'; status: 'completed', 'cancelled'
        (called off beforehand) or 'no_show' (the owner did not turn up); starts_at: 'YYYY-MM-DD HH:MM:SS'; ends_at:
        when the pet left (only for completed appointments, else NULL).
    treatments: the price list.  id; code ('VAC-DHP'); name ('Dog booster (DHP + Lepto)'); category:
        'consultation', 'vaccine', 'diagnostic', 'procedure' or 'medication'; price_pence: the current (2025) list
        price in pence.
    appointment_treatments: what was charged at an appointment (a link of appointments and treatments).
        appointment_id -> appointments; treatment_id -> treatments; quantity; unit_price_pence: the price per unit
        charged at the time, in pence (list prices rise every January, so older lines are cheaper than
        price_pence).
    invoices: one per completed appointment.  id; appointment_id -> appointments; issued_on: the appointment's day;
        total_pence: sum of quantity * unit_price_pence of its lines; payment_method: 'card', 'cash' or 'insurance'
        (claimed from the pet's insurer, which pays weeks later); paid_on (NULL = not paid yet).

clearfwd -- a freight forwarder and customs broker in Rotterdam (a legacy system: abbreviated UPPER_CASE names,
NM = name, CD = code, DT = date, AMT = amount, CTS = cents); every date is text 'YYYYMMDD' ('20250131'); money in euro
cents (integers: 125000 = EUR 1,250.00) unless the column says EUR; shipments booked from 2023-07-01 (the estimated
dates of open shipments can lie after today).
    CUST: customers.  CUST_ID; CUST_NM: legal name in capitals ('NORDHAVEN TRADING BV'); CTRY_CD: ISO country;
        CUST_TYP: 'I' importer, 'E' exporter, 'B' both; PRNT_CUST_ID -> CUST.CUST_ID: the parent company when the
        customer belongs to a group ('VANDERMOLEN GROUP BV', 'HEXAGON RETAIL HOLDING NV'; NULL = none); CRDT_LMT_EUR:
        credit limit in whole euros; ACTV_FLG: 'Y' active account, 'N' dormant; OPEN_DT: account opened.
    PORT: PORT_CD: UN/LOCODE ('NLRTM' Rotterdam, 'CNSHA' Shanghai, 'NLAMS' Amsterdam Schiphol); PORT_NM (capitals);
        CTRY_CD; PORT_TYP: 'S' seaport, 'A' airport, 'R' rail terminal.
    CARR: carriers.  CARR_ID; CARR_NM ('MAERSK', 'KLM CARGO', 'DB CARGO EURASIA'); SCAC_CD (ocean carriers only);
        MODE_CD: 'S' sea, 'A' air, 'R' rail.
    EMP: employees.  EMP_ID; EMP_FNM: first name; EMP_LNM: last name; JOB_CD: 'DIR' managing director, 'MGR'
        department manager, 'BRK' customs broker, 'OPS' operations (handles shipments), 'SLS' sales, 'FIN' finance;
        MGR_EMP_ID -> EMP.EMP_ID: the manager (NULL for the director; some brokers report to a senior broker);
        HIRE_DT; TERM_DT: left the company (NULL = still employed).
    SHPMT: shipments.  SHPMT_ID; HBL_NO: house bill of lading number ('CFW25000897'); CUST_ID -> CUST; CARR_ID ->
        CARR; OPS_EMP_ID -> EMP (the operations handler); MODE_CD: 'S' sea, 'A' air, 'R' rail; DIR_CD: 'I' import
        into Europe, 'E' export from Europe; ORIG_PORT_CD, DEST_PORT_CD -> PORT; INCO_CD: Incoterm ('FOB', 'CIF',
        'EXW', 'FCA', 'DAP', 'DDP'); BKG_DT: booked; ETD_DT / ETA_DT: estimated departure / arrival; ATD_DT / ATA_DT:
        actual departure / arrival (NULL = not yet); DLVR_DT: delivered to the consignee (NULL = not yet); STAT_CD:
        'B' booked (not departed yet), 'T' in transit, 'A' arrived (awaiting delivery), 'D' delivered, 'X'
        cancelled; GRS_WT_KG: gross weight in kg; FRT_AMT_CTS: the freight charge in euro cents (NULL for cancelled
        shipments, which are not billed).
    CNTR: containers of sea and rail shipments.  CNTR_NO ('MSKU1234567'); SHPMT_ID -> SHPMT; CNTR_TYP: '20GP'
        (20-foot general purpose), '40GP', '40HC' (40-foot high cube), '45HC' or '40RF' (40-foot reefer,
        refrigerated); SEAL_NO (sometimes NULL); VGM_KG: verified gross mass in kg.
    CUS_DECL: customs declarations lodged by the brokers.  DECL_ID; MRN_NO: movement reference number
        ('25NLIM0000168'); SHPMT_ID -> SHPMT; DECL_TYP: 'IM' import, 'EX' export, 'T1' transit; BRKR_EMP_ID -> EMP
        (the broker); LODG_DT: lodged with customs; RLS_DT: goods released (NULL = not released); STAT_CD: 'P'
        pending (awaiting customs), 'R' released, 'H' held for inspection, 'J' rejected (a corrected declaration is
        then lodged as a new row); DUTY_AMT_CTS: import duty in euro cents (0 for exports and transit);
        VAT_AMT_CTS: import VAT in euro cents (21% of customs value plus duty; 0 for exports and transit).
    DECL_LN: declaration lines.  DECL_ID -> CUS_DECL; LN_NO; HS_CD: tariff code ('85176200'); GOODS_DESC;
        ORIG_CTRY_CD: country of origin of the goods; CUST_VAL_CTS: customs value in euro cents; DUTY_RT_PCT: duty
        rate in percent.

windcrew -- a wind-farm operations and maintenance contractor in the UK (a camelCase export; flags are the text
'true' / 'false'; every timestamp is integer unix seconds, UTC: in SQLite datetime(x, 'unixepoch')); money in pounds
(GBP); work orders from 2023-01-01.
    sites: siteId; siteName ('Skerry Bank'); region: 'Scotland', 'Wales' or 'North Sea'; isOffshore; commissionedYear;
        capacityMw: installed capacity as built, in MW; gridOperator.
    turbines: turbineId; siteId -> sites; serialNo ('SB-08-45512'); model ('SG 8.0-167'); ratedKw: rated power in
        kW; hubHeightM: hub height in metres; commissionedAt; isDecommissioned: 'true' = taken out of service for
        good.
    technicians: techId; firstName; lastName; homeSiteId -> sites; certLevel: 'L1' (trainee), 'L2' or 'L3' (senior,
        may lead high-voltage work); leadTechId -> technicians.techId: the crew lead the technician works under
        (NULL for the six crew leads, one per site, e.g. Callum Fraser at Hollow Ridge); isContractor: 'true' = an
        agency contractor, 'false' = an employee; hiredAt.
    workOrders: workOrderId; turbineId -> turbines; woType: 'corrective' (repair after a fault), 'preventive'
        (scheduled service), 'inspection' or 'retrofit' (an upgrade); priority: 1 = critical, 2 = high, 3 = medium,
        4 = low; faultCode (corrective work only, else NULL): 'GBX-OVT' gearbox oil over-temperature, 'GBX-VIB'
        gearbox vibration (the 'GBX-' codes are the gearbox faults), 'GEN-BRG' generator bearing, 'PIT-HYD' pitch
        hydraulics, 'PIT-BAT' pitch battery, 'YAW-ERR' yaw error, 'CNV-IGBT' converter, 'BLD-LEP' blade leading-edge
        erosion, 'SEN-ANEM' anemometer, 'GRD-LOSS' grid loss trip; summary; openedAt; closedAt (NULL = still open).
    workOrderCrew: who worked on which work order (a link of work orders and technicians).  workOrderId ->
        workOrders; techId -> technicians; isLead: 'true' = led the job; hoursLogged: hours booked to it.
    downtimeEvents: periods a turbine was stopped.  downtimeId; turbineId -> turbines; workOrderId -> workOrders
        (NULL for weather and curtailment stops); cause: 'fault', 'maintenance', 'grid' (grid outage), 'weather'
        (storm shutdown) or 'curtailment' (the grid operator asked for less power); startedAt; endedAt (NULL = still
        stopped); lostMwh: estimated energy lost in MWh (NULL while ongoing).
    parts: spare parts.  partId; partNo ('GBX-0011'); description; category: 'gearbox', 'generator', 'pitch', 'yaw',
        'converter', 'blade', 'main bearing' or 'consumable'; unitCostGbp: cost per unit in pounds.
    partUsage: parts fitted on a work order (a link of work orders and parts).  workOrderId -> workOrders; partId ->
        parts; qty.

lingwista -- a language school in Kraków, named in Polish (no Polish letters in table and column names, values keep
them); flags 'T' (tak, yes) or 'N' (nie, no); money in złoty (zł, PLN); courses from October 2023.
    jezyki: languages taught.  id_jezyka; kod: 'EN', 'DE', 'ES', 'FR', 'IT' or 'PL'; nazwa, the Polish name:
        'angielski' (English), 'niemiecki' (German), 'hiszpański' (Spanish), 'francuski' (French), 'włoski'
        (Italian), 'polski dla obcokrajowców' (Polish for foreigners).
    lektorzy: teachers.  id_lektora; imie: first name; nazwisko: last name; id_jezyka -> jezyki (the language they
        teach); native: 'T' = a native speaker; stawka_godz_zl: hourly rate in zł; data_zatrudnienia: hired;
        data_odejscia: left the school (NULL = still teaches).
    kursanci: students.  id_kursanta; imie; nazwisko; email; miasto: home town (sometimes NULL); data_urodzenia:
        birth date (sometimes NULL); data_rejestracji: registered with the school; polecil_id ->
        kursanci.id_kursanta: the student who recommended (referred) this one (NULL = nobody).
    kursy: courses, one group each.  id_kursu; kod_kursu ('ANG-B1-KRK-24J': language, CEFR level, KRK = in person in
        Kraków or ONL = online, term: 23J / 24J autumn (jesień, October-January), 24W / 25W spring (wiosna,
        February-June), 24L summer intensive (lato, July); a second group of the same level and term gets a suffix,
        'ANG-A1-KRK-23J-6'); id_jezyka -> jezyki; poziom: level 'A1', 'A2', 'B1', 'B2' or 'C1'; id_lektora ->
        lektorzy; tryb: 'stacjonarny' (in person) or 'online'; data_startu; data_konca; liczba_godzin: teaching hours;
        cena_zl: the course price per student in zł; limit_miejsc: places.
    zapisy: enrollments (a link of students and courses).  id_zapisu; id_kursanta -> kursanci; id_kursu -> kursy;
        data_zapisu: signed up; status: 'A' (aktywny, attending a course still running), 'U' (ukończony, completed)
        or 'R' (rezygnacja, withdrew); data_rezygnacji: the day they withdrew (NULL otherwise); rabat_proc: discount
        in percent (an enrollment costs cena_zl * (100 - rabat_proc) / 100).
    zajecia: lessons, up to 2025-06-14.  id_zajec; id_kursu -> kursy; poczatek: start 'YYYY-MM-DD HH:MM:SS';
        koniec: end; sala: room ('s. 104'; NULL online); odwolane: 'T' = cancelled.
    nieobecnosci: absences, one row per student missing a lesson (a link of lessons and students).  id_zajec ->
        zajecia; id_kursanta -> kursanci; usprawiedliwiona: 'T' = excused, 'N' = unexcused.
    platnosci: payments.  id_platnosci; id_zapisu -> zapisy; kwota_zl: amount in zł; data_platnosci; metoda:
        'przelew' (bank transfer), 'karta' (card), 'gotówka' (cash) or 'BLIK' (mobile payment).  An enrollment is
        paid in one go or in three instalments.

libraryloop -- a county library consortium's circulation and interlibrary loan (ILL) database, migrated from MS
Access with Hungarian prefixes: lng = long integer (ids), str = text, int = integer, dtm = date/time text
'YYYY-MM-DD HH:MM:SS' (dates alone stored at midnight), cur = currency in US dollars, ysn = yes/no stored the
Access way: -1 = yes, 0 = no.  Loans and requests from July 2023.
    tblLibrary: lngLibraryID; strLibraryName ('Millbrook Central Library'); strTown; strLibraryType: 'CENTRAL',
        'BRANCH' or 'MOBILE' (the bookmobile); lngParentLibraryID -> tblLibrary.lngLibraryID: the central library a
        branch or bookmobile belongs to (NULL for the three central libraries); ysnActive: 0 = closed (Lakeside
        Branch closed on 2024-03-29); dtmOpened ('YYYY-MM-DD').
    tblPatron: library card holders.  lngPatronID; strCardNo; strFirstName; strLastName; strEmail (sometimes NULL);
        lngHomeLibraryID -> tblLibrary; strCategory: 'ADULT', 'CHILD', 'SENIOR' or 'STUDENT'; dtmRegistered;
        dtmCardExpiry: the day the card expires (midnight).
    tblTitle: the catalogue.  lngTitleID; strTitle; strAuthor ('Marlowe, Claire'); strISBN (NULL for DVDs);
        intPubYear; strFormat: 'BOOK', 'LARGE PRINT', 'AUDIOBOOK' or 'DVD'; strLanguage ('English', 'Spanish').
    tblSubject: lngSubjectID; strSubject ('Local History', 'Mystery & Thriller', "Children's" ...).
    tblTitleSubject: the subjects of each title (a link table).  lngTitleID -> tblTitle; lngSubjectID -> tblSubject.
    tblCopy: physical copies.  lngCopyID; lngTitleID -> tblTitle; lngLibraryID -> tblLibrary (the owning library);
        strBarcode; dtmAcquired; curReplacementCost: dollars; strStatus: 'AVL' (on the shelf), 'OUT' (on loan,
        locally or to another library's patron), 'TRN' (in transit between libraries), 'LST' (lost) or 'WDN'
        (withdrawn, discarded).
    tblLoan: loans at a library's own counter.  lngLoanID; lngCopyID -> tblCopy; lngPatronID -> tblPatron;
        lngLibraryID -> tblLibrary (where it was lent); dtmOut; dtmDue: the due day (midnight; 21 days, DVDs 7);
        dtmReturned (NULL = still out); curFine: the late fine charged on return in dollars ($0.25 a day, DVDs
        $1.00, at most $10; 0 when on time or not yet returned).
    tblILLRequest: interlibrary loan requests: a patron asks for a title held by a library of another system.
        lngRequestID; lngPatronID -> tblPatron; lngTitleID -> tblTitle; lngPickupLibraryID -> tblLibrary (where the
        patron collects it: their home library); lngSupplyingLibraryID -> tblLibrary (the library that lent its copy;
        NULL until filled); lngCopyID -> tblCopy (NULL until filled); dtmRequested; dtmShipped; dtmReceived: arrived
        at the pickup library; dtmReturned: sent back; strStatus: 'REQ' (waiting to be filled), 'SHP' (shipped, in
        transit), 'RCV' (received, with the patron), 'RET' (returned, done), 'CAN' (cancelled by the patron) or
        'UNF' (unfilled: no copy could be supplied); ysnUrgent; curFee: the fee charged to the patron in dollars
        ($3, urgent $6, 0 for cancelled and unfilled requests).

coopwatt -- a community energy co-operative's reporting warehouse in the South Pennines (a star schema: dimension
tables dim_*, fact tables fact_*; every *_date_key is an integer YYYYMMDD, 20250115, referencing dim_date); money in
pounds (GBP); energy in kWh.
    dim_date: the calendar 2014-01-01 to 2025-12-31.  date_key; full_date ('YYYY-MM-DD'); year; quarter (1-4);
        month (1-12); month_name ('January'); day_of_month; day_name ('Monday'); is_weekend: 1 = Saturday or Sunday.
    dim_site: the co-op's generating sites.  site_key; site_code ('HSW'); site_name ('Hillside Wind'); technology:
        'solar_pv', 'wind' or 'hydro'; town; capacity_kw: installed capacity in kW; commissioned_date_key ->
        dim_date; interest_rate_pct: yearly interest paid on shares bought in that site's share offer, in percent.
    dim_member: member_key; member_no ('CW-0017'); first_name; last_name (the member, or an organisation's contact);
        organisation: the business, school or charity that is the member (NULL for individuals); member_type:
        'individual', 'business', 'school' or 'charity'; town; joined_date_key -> dim_date; left_date_key ->
        dim_date (NULL = still a member).
    fact_generation: one row per site and day from 2024-01-01 (or the day the site was commissioned).  date_key ->
        dim_date; site_key -> dim_site; generated_kwh; exported_kwh: sold to the grid (the rest is used on site by
        the host building); export_revenue_gbp: what the export earned; availability_pct: share of the day the
        plant was able to run (0 = out of service all day).
    fact_shareholding: share purchases: members invest in a site's share offer (a link of members and sites).
        holding_id; member_key -> dim_member; site_key -> dim_site; purchase_date_key -> dim_date; shares (GBP 50
        each); amount_gbp: shares * 50; withdrawn_date_key -> dim_date: the shares were withdrawn (paid back; NULL =
        still held).
    fact_interest_payment: interest paid on shareholdings, every 31 March for the previous calendar year (pro rata
        for part of a year).  payment_id; holding_id -> fact_shareholding; member_key -> dim_member; site_key ->
        dim_site; paid_date_key -> dim_date; interest_gbp.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import write_tables

LAST_DAY = dt.date(2025, 6, 14)
END = dt.datetime(2025, 6, 14, 23, 59, 59)
UTC = dt.UTC


def _ts(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _ymd(d: dt.date | None) -> str | None:
    """A date as legacy text 'YYYYMMDD'."""
    return None if d is None else d.strftime("%Y%m%d")


def _unix(t: dt.datetime | None) -> int | None:
    """Seconds since 1970-01-01 UTC."""
    return None if t is None else int(t.replace(tzinfo=UTC).timestamp())


def _key(d: dt.date | None) -> int | None:
    """A star-schema date key: 2025-01-15 -> 20250115."""
    return None if d is None else d.year * 10000 + d.month * 100 + d.day


def _day(r: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def _moment(r: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    span = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=r.randint(0, span))


def _tf(b: bool) -> str:
    return "true" if b else "false"


def _names(
    r: random.Random, firsts: list[str], lasts: list[str], n: int, taken: set[str] | None = None
) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs, none of them in ``taken``."""
    pairs = [(f, s) for f in firsts for s in lasts if taken is None or f"{f} {s}" not in taken]
    r.shuffle(pairs)
    return pairs[:n]


# ---------------------------------------------------------------------------------------------------------------
# pawcare (veterinary hospital group, plain snake_case)
# ---------------------------------------------------------------------------------------------------------------

PAWCARE_DDL = """
CREATE TABLE clinics (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    phone TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    is_24h INTEGER NOT NULL
);
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    role TEXT NOT NULL,
    specialty TEXT,
    clinic_id INTEGER NOT NULL REFERENCES clinics(id),
    reports_to INTEGER REFERENCES staff(id),
    hired_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE owners (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    city TEXT NOT NULL,
    registered_on TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE pets (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES owners(id),
    name TEXT NOT NULL,
    species TEXT NOT NULL,
    breed TEXT,
    sex TEXT NOT NULL,
    birth_date TEXT,
    weight_kg REAL,
    neutered INTEGER NOT NULL,
    microchip_no TEXT,
    deceased_on TEXT
);
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    pet_id INTEGER NOT NULL REFERENCES pets(id),
    clinic_id INTEGER NOT NULL REFERENCES clinics(id),
    vet_id INTEGER NOT NULL REFERENCES staff(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT
);
CREATE TABLE treatments (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    price_pence INTEGER NOT NULL
);
CREATE TABLE appointment_treatments (
    appointment_id INTEGER NOT NULL REFERENCES appointments(id),
    treatment_id INTEGER NOT NULL REFERENCES treatments(id),
    quantity INTEGER NOT NULL,
    unit_price_pence INTEGER NOT NULL,
    PRIMARY KEY (appointment_id, treatment_id)
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments(id),
    issued_on TEXT NOT NULL,
    total_pence INTEGER NOT NULL,
    payment_method TEXT NOT NULL,
    paid_on TEXT
);
"""

_PAW_CLINICS = [
    (1, "Pawcare Riverside", "Leeds", "0113 496 0101", "2012-04-02", 1),
    (2, "Pawcare Headingley", "Leeds", "0113 496 0188", "2016-09-12", 0),
    (3, "Pawcare York Central", "York", "01904 555 210", "2014-01-20", 1),
    (4, "Pawcare Harrogate", "Harrogate", "01423 555 340", "2018-06-04", 0),
    (5, "Pawcare Wakefield", "Wakefield", "01924 555 712", "2020-03-02", 0),
    (6, "Pawcare Sheffield Kelham", "Sheffield", "0114 496 0777", "2023-10-09", 0),
]
# owner's home town -> the clinics they use
_PAW_TOWNS = [("Leeds", (1, 2), 34), ("York", (3,), 16), ("Harrogate", (4,), 10), ("Wakefield", (5,), 11),
              ("Sheffield", (6,), 9), ("Otley", (2,), 4), ("Selby", (3,), 4), ("Knaresborough", (4,), 4),
              ("Castleford", (5,), 4), ("Pudsey", (1,), 4)]  # fmt: skip
_PAW_FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Charlie", "Grace", "Thomas",
              "Sophie", "James", "Emily", "William", "Lily", "Daniel", "Ella", "Samuel", "Chloe", "Joseph", "Ruby",
              "Matthew", "Hannah", "Ryan", "Megan", "Liam", "Holly", "Adam", "Zara", "Ben", "Priya", "Imran", "Aisha",
              "Tomasz", "Niamh", "Callum", "Freya", "Ethan", "Poppy"]  # fmt: skip
_PAW_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Johnson", "Roberts", "Walker",
             "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris",
             "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward",
             "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Patel", "Khan", "Kowalski"]  # fmt: skip
_PAW_PET_NAMES = ["Bella", "Luna", "Milo", "Max", "Poppy", "Teddy", "Daisy", "Alfie", "Coco", "Bailey", "Willow",
                  "Ruby", "Charlie", "Bonnie", "Oscar", "Rosie", "Simba", "Nala", "Tilly", "Archie", "Molly",
                  "Buster", "Pepper", "Ziggy", "Biscuit", "Hazel", "Smudge", "Ollie", "Maple", "Winston", "Juno",
                  "Tigger", "Marley", "Honey", "Dexter", "Pip", "Rolo", "Misty", "Loki", "Bramble"]  # fmt: skip
# species -> (weight, [(breed, min kg, max kg)])
_PAW_SPECIES = {
    "dog": (
        45,
        [
            ("Labrador Retriever", 25, 36),
            ("Cocker Spaniel", 12, 16),
            ("Border Collie", 14, 21),
            ("French Bulldog", 9, 14),
            ("Jack Russell Terrier", 5, 8),
            ("Staffordshire Bull Terrier", 11, 17),
            ("Golden Retriever", 25, 34),
            ("Dachshund", 7, 12),
            ("Cockapoo", 6, 12),
            ("German Shepherd", 27, 40),
            ("Whippet", 10, 15),
            ("Mixed breed", 6, 30),
        ],
    ),
    "cat": (
        38,
        [
            ("Domestic Shorthair", 3.2, 6.0),
            ("Domestic Longhair", 3.5, 6.2),
            ("British Shorthair", 4.0, 7.5),
            ("Maine Coon", 5.5, 9.5),
            ("Siamese", 3.0, 5.0),
            ("Bengal", 3.8, 6.5),
            ("Ragdoll", 4.5, 8.5),
        ],
    ),
    "rabbit": (
        7,
        [("Netherland Dwarf", 0.9, 1.3), ("Lionhead", 1.3, 1.8), ("Mini Lop", 1.6, 2.6), ("Dutch", 2.0, 2.8)],
    ),
    "guinea pig": (3, [("Abyssinian", 0.8, 1.2), ("American", 0.8, 1.2), ("Peruvian", 0.8, 1.1)]),
    "bird": (3, [("Budgerigar", 0.03, 0.045), ("Cockatiel", 0.08, 0.11), ("African Grey", 0.4, 0.55)]),
    "reptile": (
        4,
        [
            ("Bearded Dragon", 0.3, 0.55),
            ("Leopard Gecko", 0.05, 0.08),
            ("Corn Snake", 0.4, 0.9),
            ("Hermann's Tortoise", 0.6, 1.8),
        ],
    ),
}
# code, name, category, price in pence (2025 list)
_PAW_TREATMENTS = [
    ("CONS-STD", "Standard consultation", "consultation", 4900),
    ("CONS-EMG", "Emergency consultation", "consultation", 12900),
    ("CONS-CHK", "Health check", "consultation", 3900),
    ("VAC-DHP", "Dog booster (DHP + Lepto)", "vaccine", 6200),
    ("VAC-LEP", "Leptospirosis booster", "vaccine", 3800),
    ("VAC-KC", "Kennel cough vaccine", "vaccine", 4200),
    ("VAC-RAB", "Rabies vaccine (travel)", "vaccine", 6500),
    ("VAC-FEL", "Cat booster (flu + enteritis)", "vaccine", 5600),
    ("VAC-RHD", "Rabbit RHD2 + myxomatosis", "vaccine", 6900),
    ("DIAG-BLD", "Blood panel", "diagnostic", 11500),
    ("DIAG-XR", "X-ray", "diagnostic", 18500),
    ("DIAG-US", "Ultrasound scan", "diagnostic", 21000),
    ("DIAG-URN", "Urinalysis", "diagnostic", 4500),
    ("PROC-SPY", "Spay", "procedure", 32000),
    ("PROC-CAS", "Castration", "procedure", 24000),
    ("PROC-DEN", "Dental scale and polish", "procedure", 29500),
    ("PROC-EXT", "Tooth extraction", "procedure", 8500),
    ("PROC-LMP", "Lump removal", "procedure", 41000),
    ("PROC-WND", "Wound repair", "procedure", 18000),
    ("PROC-GA", "General anaesthetic", "procedure", 16500),
    ("PROC-MCH", "Microchipping", "procedure", 2500),
    ("PROC-NAIL", "Nail clip", "procedure", 1200),
    ("MED-ABX", "Antibiotics course", "medication", 2400),
    ("MED-NSAID", "Pain relief (meloxicam)", "medication", 1900),
    ("MED-FLEA", "Flea and worm treatment", "medication", 1650),
    ("MED-EAR", "Ear drops", "medication", 1500),
    ("MED-INS", "Insulin vial", "medication", 4800),
]
_PAW_KINDS = [("consult", 35), ("vaccination", 24), ("checkup", 17), ("dental", 6), ("surgery", 8), ("emergency", 10)]
_PAW_MINUTES = {"consult": (15, 25), "vaccination": (10, 20), "checkup": (15, 30), "dental": (60, 150),
                "surgery": (60, 240), "emergency": (30, 180)}  # fmt: skip


def build_pawcare(path: Path) -> None:
    r = random.Random(13301)
    clinics = list(_PAW_CLINICS)
    # staff: (id, first, last, role, specialty, clinic, reports_to, hired, left)
    staff: list[tuple] = [(1, "Eleanor", "Whitby", "vet", "surgery", 1, None, "2012-03-01", None)]
    used = {"Eleanor Whitby"}
    pool = _names(r, _PAW_FIRST, _PAW_LAST, 200, used)
    pi = 0

    def person() -> tuple[str, str]:
        nonlocal pi
        pi += 1
        return pool[pi - 1]

    fixed_leads = {1: None, 2: ("Rajesh", "Menon"), 3: ("Fiona", "Galbraith"), 4: ("Owen", "Pritchard"),
                   5: ("Sadia", "Rahman"), 6: ("Marcus", "Bell")}  # fmt: skip
    specialties = ["general", "general", "general", "dermatology", "dentistry", "exotics", "cardiology", "surgery",
                   "general", "orthopaedics"]  # fmt: skip
    sid = 2
    for cid, _nm, _city, _ph, opened, _h in clinics:
        open_d = dt.date.fromisoformat(opened)
        base = max(open_d - dt.timedelta(days=40), dt.date(2012, 3, 1))
        if cid == 1:
            lead = 1
        else:
            f, last = fixed_leads[cid]
            lead = sid
            staff.append(
                (sid, f, last, "vet", "general", cid, 1, _iso(base + dt.timedelta(days=r.randint(0, 30))), None)
            )
            sid += 1
        f, last = person()
        mgr = sid
        staff.append(
            (sid, f, last, "practice_manager", None, cid, 1, _iso(_day(r, base, base + dt.timedelta(days=400))), None)
        )
        sid += 1
        n_vets = {1: 5, 2: 3, 3: 4, 4: 3, 5: 3, 6: 2}[cid]
        for k in range(n_vets):
            f, last = person()
            hired = _day(r, base, dt.date(2024, 6, 1)) if cid != 6 else _day(r, base, base + dt.timedelta(days=120))
            left = None
            if k == 0 and cid in (1, 3, 5):
                left = _day(r, max(hired + dt.timedelta(days=200), dt.date(2023, 4, 1)), dt.date(2025, 3, 31))
            staff.append((sid, f, last, "vet", r.choice(specialties), cid, lead, _iso(hired), _iso(left)))
            sid += 1
        for _k in range(r.randint(3, 5)):
            f, last = person()
            hired = _day(r, base, dt.date(2025, 2, 1))
            left = (
                _day(r, hired + dt.timedelta(days=90), dt.date(2025, 6, 1))
                if r.random() < 0.2 and hired < dt.date(2024, 9, 1)
                else None
            )
            staff.append((sid, f, last, "nurse", None, cid, lead, _iso(hired), _iso(left)))
            sid += 1
        for _k in range(2):
            f, last = person()
            hired = _day(r, base, dt.date(2025, 1, 1))
            staff.append((sid, f, last, "receptionist", None, cid, mgr, _iso(hired), None))
            sid += 1
    vets_of: dict[int, list[tuple]] = {c[0]: [s for s in staff if s[3] == "vet" and s[5] == c[0]] for c in clinics}

    def vet_for(cid: int, d: dt.date) -> int:
        ok = [
            s
            for s in vets_of[cid]
            if dt.date.fromisoformat(s[7]) <= d and (s[8] is None or d < dt.date.fromisoformat(s[8]))
        ]
        return r.choice(ok)[0]

    # owners
    owners = []
    onames = _names(r, _PAW_FIRST, _PAW_LAST, 640, used | {f"{a} {b}" for (_i, a, b, *_x) in staff})
    town_of: dict[int, tuple] = {}
    for i, (f, last) in enumerate(onames):
        oid = i + 1
        town = r.choices(_PAW_TOWNS, weights=[t[2] for t in _PAW_TOWNS])[0]
        if town[0] == "Sheffield":
            reg = _day(r, dt.date(2023, 10, 1), dt.date(2025, 6, 10))
        else:
            reg = _day(r, dt.date(2015, 1, 5), dt.date(2025, 6, 10))
        deleted = None
        if r.random() < 0.05:
            deleted = _ts(
                _moment(r, dt.datetime.combine(max(reg, dt.date(2023, 6, 1)), dt.time(9)), dt.datetime(2025, 6, 12, 17))
            )
        phone = None if r.random() < 0.06 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        owners.append(
            (
                oid,
                f,
                last,
                f"{f.lower()}.{last.lower()}{r.randint(1, 99)}@mail.example",
                phone,
                town[0],
                _iso(reg),
                deleted,
            )
        )
        town_of[oid] = town
    # the breeder with six dogs
    owners.append(
        (
            641,
            "Rosalind",
            "Pemberton",
            "r.pemberton@pembertoncollies.example",
            "07700 900441",
            "Harrogate",
            "2016-05-11",
            None,
        )
    )
    town_of[641] = _PAW_TOWNS[2]

    pets = []
    chronic: set[int] = set()
    pid = 0
    species_w = [(k, v[0]) for k, v in _PAW_SPECIES.items()]
    for o in owners:
        oid = o[0]
        reg = dt.date.fromisoformat(o[6])
        if oid == 641:
            kinds = [("dog", "Border Collie")] * 6
        else:
            n = r.choices([1, 2, 3, 4], weights=[64, 25, 9, 2])[0]
            kinds = []
            for _ in range(n):
                sp = r.choices([s for s, _w in species_w], weights=[w for _s, w in species_w])[0]
                kinds.append((sp, None))
        for sp, breed in kinds:
            pid += 1
            breeds = _PAW_SPECIES[sp][1]
            b = next(x for x in breeds if x[0] == breed) if breed else r.choice(breeds)
            wt = round(r.uniform(b[1], b[2]), 2 if b[2] < 1 else 1)
            born = _day(r, reg - dt.timedelta(days=365 * 9), min(reg + dt.timedelta(days=400), dt.date(2025, 3, 1)))
            if born > dt.date(2025, 3, 1):
                born = dt.date(2025, 3, 1) - dt.timedelta(days=r.randint(0, 300))
            bd = None if r.random() < 0.09 else born
            dec = None
            age_years = (LAST_DAY - born).days / 365.25
            if r.random() < (0.04 + 0.02 * max(0.0, age_years - 8)):
                dec = _day(r, max(dt.date(2023, 3, 1), reg + dt.timedelta(days=30)), dt.date(2025, 6, 10))
                if dec > LAST_DAY:
                    dec = None
            neut = 1 if (sp in ("dog", "cat", "rabbit") and r.random() < 0.72) else 0
            chip = f"9410000{r.randint(10000000, 99999999)}" if sp in ("dog", "cat") and r.random() < 0.93 else None
            sex = r.choice("MF")
            pets.append([pid, oid, r.choice(_PAW_PET_NAMES), sp, b[0], sex, _iso(bd), wt, neut, chip, _iso(dec)])
            if r.random() < 0.035:
                chronic.add(pid)

    tcode = {t[0]: i + 1 for i, t in enumerate(_PAW_TREATMENTS)}
    tprice = {t[0]: t[3] for t in _PAW_TREATMENTS}
    appts = []
    lines = []
    invoices = []
    aid = 0
    raw = []
    for p in pets:
        pid_, oid = p[0], p[1]
        owner = owners[oid - 1]
        reg = dt.date.fromisoformat(owner[6])
        start = max(dt.date(2023, 1, 2), reg)
        end = LAST_DAY
        if p[10]:
            end = min(end, dt.date.fromisoformat(p[10]))
        if owner[7]:
            end = min(end, dt.date.fromisoformat(owner[7][:10]))
        if end <= start:
            continue
        years = (end - start).days / 365.25
        rate = 5.2 if pid_ in chronic else (1.5 if p[3] in ("dog", "cat") else 0.8)
        n = sum(1 for _ in range(int(years * rate * 3)) if r.random() < 1 / 3)
        for _ in range(n):
            raw.append((_day(r, start, end), pid_, town_of[oid]))
    raw.sort(key=lambda x: (x[0], x[1]))
    for d, pid_, town in raw:
        p = pets[pid_ - 1]
        cands = [c for c in town[1] if dt.date.fromisoformat(clinics[c - 1][4]) <= d]
        if not cands:
            continue
        cid = r.choice(cands)
        kind = r.choices([k for k, _w in _PAW_KINDS], weights=[w for _k, w in _PAW_KINDS])[0]
        if p[3] in ("bird", "reptile", "guinea pig") and kind in ("vaccination", "dental"):
            kind = "consult"
        if p[3] == "rabbit" and kind == "dental" and r.random() < 0.5:
            kind = "checkup"
        night = kind == "emergency" and clinics[cid - 1][5] == 1 and r.random() < 0.4
        if d.weekday() == 6 and not night:
            d = d - dt.timedelta(days=1)
            if dt.date.fromisoformat(clinics[cid - 1][4]) > d:
                continue
        if night:
            hh = r.choice([19, 20, 21, 22, 23, 0, 1, 2, 3, 5, 6])
            t0 = dt.datetime.combine(d, dt.time(hh, r.randrange(0, 60, 5)))
        elif d.weekday() == 5:
            t0 = dt.datetime.combine(d, dt.time(r.randint(8, 12), r.randrange(0, 60, 10)))
        else:
            t0 = dt.datetime.combine(d, dt.time(r.randint(8, 17), r.randrange(0, 60, 10)))
        lo, hi = _PAW_MINUTES[kind]
        t1 = t0 + dt.timedelta(minutes=r.randrange(lo, hi + 1, 5))
        status = r.choices(["completed", "cancelled", "no_show"], weights=[86, 9, 5])[0]
        if kind == "emergency":
            status = "completed"
        if t1 > END:
            continue
        aid += 1
        vet = vet_for(cid, d)
        appts.append((aid, pid_, cid, vet, kind, status, _ts(t0), _ts(t1) if status == "completed" else None))
        if status != "completed":
            continue
        items: list[tuple[str, int]] = []
        sp = p[3]
        if kind == "consult":
            items.append(("CONS-STD", 1))
            items += [
                (c, 1)
                for c in r.sample(
                    ["MED-ABX", "MED-NSAID", "MED-EAR", "DIAG-URN", "DIAG-BLD"], r.choice([0, 0, 1, 1, 2])
                )
            ]
            if pid_ in chronic and sp in ("dog", "cat") and r.random() < 0.5:
                items.append(("MED-INS", r.randint(1, 3)))
        elif kind == "vaccination":
            if sp == "dog":
                items.append((r.choice(["VAC-DHP", "VAC-DHP", "VAC-LEP"]), 1))
                if r.random() < 0.3:
                    items.append(("VAC-KC", 1))
            elif sp == "cat":
                items.append(("VAC-FEL", 1))
            else:
                items.append(("VAC-RHD", 1))
            if sp in ("dog", "cat") and r.random() < 0.06:
                items.append(("VAC-RAB", 1))
            if r.random() < 0.3:
                items.append(("MED-FLEA", 1))
            if sp in ("dog", "cat") and p[9] is None and r.random() < 0.5:
                items.append(("PROC-MCH", 1))
        elif kind == "checkup":
            items.append(("CONS-CHK", 1))
            if r.random() < 0.3:
                items.append(("PROC-NAIL", 1))
            if r.random() < 0.25:
                items.append(("MED-FLEA", 1))
        elif kind == "dental":
            items += [("PROC-GA", 1), ("PROC-DEN", 1)]
            ext = r.choice([0, 0, 1, 2, 3, 4])
            if ext:
                items.append(("PROC-EXT", ext))
            if r.random() < 0.4:
                items.append(("MED-ABX", 1))
        elif kind == "surgery":
            items.append(("PROC-GA", 1))
            if p[8] == 0 and sp in ("dog", "cat", "rabbit") and r.random() < 0.6:
                items.append(("PROC-SPY" if p[5] == "F" else "PROC-CAS", 1))
                p[8] = 1
            else:
                items.append((r.choice(["PROC-LMP", "PROC-WND", "PROC-LMP"]), 1))
            items.append(("MED-NSAID", 1))
            if r.random() < 0.35:
                items.append(("DIAG-BLD", 1))
        else:
            items.append(("CONS-EMG", 1))
            items += [
                (c, 1)
                for c in r.sample(
                    ["DIAG-XR", "DIAG-US", "DIAG-BLD", "MED-NSAID", "MED-ABX", "PROC-WND"], r.randint(0, 3)
                )
            ]
        factor = 1.0 if d.year == 2025 else (1.05 if d.year == 2024 else 1.10)
        total = 0
        for code, q in items:
            unit = round(tprice[code] / factor / 5.0) * 5
            lines.append((aid, tcode[code], q, unit))
            total += q * unit
        method = r.choices(["card", "cash", "insurance"], weights=[62, 8, 30])[0]
        if method == "insurance":
            paid = d + dt.timedelta(days=r.randint(8, 45))
        else:
            paid = d if r.random() < 0.97 else d + dt.timedelta(days=r.randint(1, 20))
        if paid > LAST_DAY or r.random() < 0.015:
            paid = None
        invoices.append((len(invoices) + 1, aid, d.isoformat(), total, method, _iso(paid)))

    treatments = [(i + 1, *t) for i, t in enumerate(_PAW_TREATMENTS)]
    write_tables(path, PAWCARE_DDL, [
        ("clinics", clinics), ("staff", staff), ("owners", owners), ("pets", [tuple(p) for p in pets]),
        ("appointments", appts), ("treatments", treatments), ("appointment_treatments", lines),
        ("invoices", invoices),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# clearfwd (freight forwarder and customs broker, legacy abbreviated UPPER_CASE, dates as text 'YYYYMMDD')
# ---------------------------------------------------------------------------------------------------------------

CLEARFWD_DDL = """
CREATE TABLE CUST (
    CUST_ID INTEGER PRIMARY KEY,
    CUST_NM TEXT NOT NULL,
    CTRY_CD TEXT NOT NULL,
    CUST_TYP TEXT NOT NULL,
    PRNT_CUST_ID INTEGER REFERENCES CUST(CUST_ID),
    CRDT_LMT_EUR INTEGER NOT NULL,
    ACTV_FLG TEXT NOT NULL,
    OPEN_DT TEXT NOT NULL
);
CREATE TABLE PORT (
    PORT_CD TEXT PRIMARY KEY,
    PORT_NM TEXT NOT NULL,
    CTRY_CD TEXT NOT NULL,
    PORT_TYP TEXT NOT NULL
);
CREATE TABLE CARR (
    CARR_ID INTEGER PRIMARY KEY,
    CARR_NM TEXT NOT NULL,
    SCAC_CD TEXT,
    MODE_CD TEXT NOT NULL
);
CREATE TABLE EMP (
    EMP_ID INTEGER PRIMARY KEY,
    EMP_FNM TEXT NOT NULL,
    EMP_LNM TEXT NOT NULL,
    JOB_CD TEXT NOT NULL,
    MGR_EMP_ID INTEGER REFERENCES EMP(EMP_ID),
    HIRE_DT TEXT NOT NULL,
    TERM_DT TEXT
);
CREATE TABLE SHPMT (
    SHPMT_ID INTEGER PRIMARY KEY,
    HBL_NO TEXT NOT NULL UNIQUE,
    CUST_ID INTEGER NOT NULL REFERENCES CUST(CUST_ID),
    CARR_ID INTEGER NOT NULL REFERENCES CARR(CARR_ID),
    OPS_EMP_ID INTEGER NOT NULL REFERENCES EMP(EMP_ID),
    MODE_CD TEXT NOT NULL,
    DIR_CD TEXT NOT NULL,
    ORIG_PORT_CD TEXT NOT NULL REFERENCES PORT(PORT_CD),
    DEST_PORT_CD TEXT NOT NULL REFERENCES PORT(PORT_CD),
    INCO_CD TEXT NOT NULL,
    BKG_DT TEXT NOT NULL,
    ETD_DT TEXT NOT NULL,
    ATD_DT TEXT,
    ETA_DT TEXT NOT NULL,
    ATA_DT TEXT,
    DLVR_DT TEXT,
    STAT_CD TEXT NOT NULL,
    GRS_WT_KG REAL NOT NULL,
    FRT_AMT_CTS INTEGER
);
CREATE TABLE CNTR (
    CNTR_NO TEXT NOT NULL,
    SHPMT_ID INTEGER NOT NULL REFERENCES SHPMT(SHPMT_ID),
    CNTR_TYP TEXT NOT NULL,
    SEAL_NO TEXT,
    VGM_KG INTEGER,
    PRIMARY KEY (CNTR_NO, SHPMT_ID)
);
CREATE TABLE CUS_DECL (
    DECL_ID INTEGER PRIMARY KEY,
    MRN_NO TEXT NOT NULL UNIQUE,
    SHPMT_ID INTEGER NOT NULL REFERENCES SHPMT(SHPMT_ID),
    DECL_TYP TEXT NOT NULL,
    BRKR_EMP_ID INTEGER NOT NULL REFERENCES EMP(EMP_ID),
    LODG_DT TEXT NOT NULL,
    RLS_DT TEXT,
    STAT_CD TEXT NOT NULL,
    DUTY_AMT_CTS INTEGER NOT NULL,
    VAT_AMT_CTS INTEGER NOT NULL
);
CREATE TABLE DECL_LN (
    DECL_ID INTEGER NOT NULL REFERENCES CUS_DECL(DECL_ID),
    LN_NO INTEGER NOT NULL,
    HS_CD TEXT NOT NULL,
    GOODS_DESC TEXT NOT NULL,
    ORIG_CTRY_CD TEXT NOT NULL,
    CUST_VAL_CTS INTEGER NOT NULL,
    DUTY_RT_PCT REAL NOT NULL,
    PRIMARY KEY (DECL_ID, LN_NO)
);
"""

# code, name, country, type: S sea port, A airport, R rail terminal
_CFW_PORTS = [
    ("NLRTM", "ROTTERDAM", "NL", "S"),
    ("BEANR", "ANTWERP", "BE", "S"),
    ("DEHAM", "HAMBURG", "DE", "S"),
    ("CNSHA", "SHANGHAI", "CN", "S"),
    ("CNNGB", "NINGBO", "CN", "S"),
    ("CNSZX", "SHENZHEN (YANTIAN)", "CN", "S"),
    ("SGSIN", "SINGAPORE", "SG", "S"),
    ("VNSGN", "HO CHI MINH CITY", "VN", "S"),
    ("INNSA", "NHAVA SHEVA", "IN", "S"),
    ("USNYC", "NEW YORK", "US", "S"),
    ("USSAV", "SAVANNAH", "US", "S"),
    ("BRSSZ", "SANTOS", "BR", "S"),
    ("ZACPT", "CAPE TOWN", "ZA", "S"),
    ("TRMER", "MERSIN", "TR", "S"),
    ("CLSAI", "SAN ANTONIO", "CL", "S"),
    ("NLAMS", "AMSTERDAM SCHIPHOL", "NL", "A"),
    ("BEBRU", "BRUSSELS AIRPORT", "BE", "A"),
    ("CNPVG", "SHANGHAI PUDONG", "CN", "A"),
    ("HKHKG", "HONG KONG", "HK", "A"),
    ("USORD", "CHICAGO O'HARE", "US", "A"),
    ("INBOM", "MUMBAI", "IN", "A"),
    ("KENBO", "NAIROBI", "KE", "A"),
    ("CNCGO", "ZHENGZHOU RAIL TERMINAL", "CN", "R"),
    ("CNXIY", "XI'AN RAIL TERMINAL", "CN", "R"),
    ("DEDUI", "DUISBURG RAIL TERMINAL", "DE", "R"),
    ("PLMAL", "MALASZEWICZE", "PL", "R"),
]
_CFW_CARRIERS = [
    (1, "MAERSK", "MAEU", "S"),
    (2, "MSC", "MSCU", "S"),
    (3, "CMA CGM", "CMDU", "S"),
    (4, "HAPAG-LLOYD", "HLCU", "S"),
    (5, "COSCO SHIPPING", "COSU", "S"),
    (6, "ONE", "ONEY", "S"),
    (7, "EVERGREEN", "EGLV", "S"),
    (8, "KLM CARGO", None, "A"),
    (9, "LUFTHANSA CARGO", None, "A"),
    (10, "CATHAY CARGO", None, "A"),
    (11, "QATAR AIRWAYS CARGO", None, "A"),
    (12, "DB CARGO EURASIA", None, "R"),
    (13, "RAILGATE EUROPE", None, "R"),
]
_CFW_CNTR_PREFIX = {1: "MSKU", 2: "MSCU", 3: "CMAU", 4: "HLXU", 5: "CSNU", 6: "ONEU", 7: "EGHU", 12: "DBCU", 13: "RGEU"}
# EU gateways for each mode, and the overseas lanes: (origin, weight, nominal transit days)
_CFW_EU = {
    "S": ["NLRTM", "NLRTM", "NLRTM", "BEANR", "DEHAM"],
    "A": ["NLAMS", "NLAMS", "BEBRU"],
    "R": ["DEDUI", "PLMAL"],
}
_CFW_LANES = {
    "S": [
        ("CNSHA", 16, 34),
        ("CNNGB", 12, 35),
        ("CNSZX", 10, 32),
        ("SGSIN", 6, 26),
        ("VNSGN", 6, 30),
        ("INNSA", 7, 22),
        ("USNYC", 8, 11),
        ("USSAV", 5, 13),
        ("BRSSZ", 6, 20),
        ("ZACPT", 4, 19),
        ("TRMER", 5, 12),
        ("CLSAI", 3, 28),
    ],
    "A": [("CNPVG", 8, 2), ("HKHKG", 6, 2), ("USORD", 4, 1), ("INBOM", 3, 2), ("KENBO", 3, 1)],
    "R": [("CNCGO", 5, 18), ("CNXIY", 4, 20)],
}
_CFW_SUFFIX = {"NL": "BV", "DE": "GMBH", "BE": "NV", "FR": "SAS", "GB": "LTD", "PL": "SP. Z O.O.", "IT": "SRL",
               "ES": "SL", "DK": "APS", "SE": "AB", "CN": "CO. LTD", "US": "INC"}  # fmt: skip
_CFW_STEMS = ["NORDHAVEN", "BLAUWE DELTA", "KESTREL", "AURORA", "TULPEN", "GREENLINE", "OOSTERWEG", "HANSEN",
              "DELFTS", "MERIDIAN", "POLARIS", "ZEELAND", "ATLAS", "VELUWE", "LINDEN", "SUNRISE", "KRONOS",
              "BRABANT", "OPTIMA", "FALCON", "HORIZON", "AMSTEL", "PRIMA", "VIKING", "CASCADE", "ORION", "EUROSTAR",
              "MAASVLAKTE", "SILVERLEAF", "NOVA", "TIDEWATER", "CEDAR", "HELIX", "CORVUS", "DUNE", "BEACON",
              "ELBE", "ALPINE", "RHEIN", "SPECTRUM", "QUANTUM", "MOSAIC", "RIVIERA", "NORDIC", "ZENITH",
              "PIONEER", "GALAXY", "LOTUS", "SAKURA", "EMERALD"]  # fmt: skip
_CFW_TRADES = ["TRADING", "FOODS", "ELECTRONICS", "TEXTILES", "FURNITURE", "AUTO PARTS", "IMPORTS", "SUPPLIES",
               "CHEMICALS", "MACHINERY", "TOYS", "HOME", "SPORTS", "FRESH PRODUCE", "SEAFOOD"]  # fmt: skip
# goods by trade: (HS code, description, duty rate %, origin country)
_CFW_GOODS = {
    "FOODS": [
        ("20098999", "FRUIT JUICE CONCENTRATE", 12.0),
        ("19053199", "SWEET BISCUITS", 9.0),
        ("21069098", "FOOD PREPARATIONS NES", 8.0),
    ],
    "FRESH PRODUCE": [
        ("08039010", "BANANAS FRESH", 11.5),
        ("08051022", "ORANGES FRESH", 3.2),
        ("08044000", "AVOCADOS FRESH", 4.0),
        ("08061010", "TABLE GRAPES", 8.0),
    ],
    "SEAFOOD": [
        ("03061792", "FROZEN SHRIMP", 12.0),
        ("03038990", "FROZEN FISH NES", 7.5),
        ("03044990", "FISH FILLETS FRESH", 8.0),
    ],
    "ELECTRONICS": [
        ("85176200", "NETWORK SWITCHES", 0.0),
        ("85044095", "POWER ADAPTERS", 3.3),
        ("85285210", "LCD MONITORS", 0.0),
        ("85076000", "LITHIUM-ION BATTERIES", 2.7),
    ],
    "TEXTILES": [
        ("61091000", "COTTON T-SHIRTS", 12.0),
        ("62034231", "DENIM TROUSERS", 12.0),
        ("63026000", "TERRY TOWELS", 12.0),
    ],
    "FURNITURE": [
        ("94036010", "WOODEN DINING FURNITURE", 0.0),
        ("94017100", "UPHOLSTERED SEATS", 0.0),
        ("94054099", "LED LUMINAIRES", 4.7),
    ],
    "AUTO PARTS": [
        ("87089997", "VEHICLE PARTS NES", 3.0),
        ("40111000", "CAR TYRES", 4.5),
        ("87083091", "BRAKE DISCS", 3.0),
    ],
    "CHEMICALS": [
        ("39011010", "POLYETHYLENE GRANULES", 6.5),
        ("29051100", "METHANOL", 5.5),
        ("32089091", "PAINTS AND VARNISHES", 6.5),
    ],
    "MACHINERY": [
        ("84798997", "INDUSTRIAL MACHINES NES", 1.7),
        ("84137035", "CENTRIFUGAL PUMPS", 1.7),
        ("84818085", "VALVES", 2.2),
    ],
    "TOYS": [
        ("95030075", "PLASTIC TOYS", 4.7),
        ("95030095", "TOYS NES", 4.7),
        ("95045000", "VIDEO GAME CONSOLES", 0.0),
    ],
    "HOME": [
        ("69111000", "PORCELAIN TABLEWARE", 12.0),
        ("73239300", "STAINLESS KITCHENWARE", 3.2),
        ("39241000", "PLASTIC TABLEWARE", 6.5),
    ],
    "SPORTS": [
        ("95069190", "FITNESS EQUIPMENT", 2.7),
        ("87120030", "BICYCLES", 14.0),
        ("64041100", "SPORTS SHOES", 16.9),
    ],
}
_CFW_GOODS["TRADING"] = _CFW_GOODS["HOME"] + _CFW_GOODS["TOYS"]
_CFW_GOODS["IMPORTS"] = _CFW_GOODS["ELECTRONICS"] + _CFW_GOODS["HOME"]
_CFW_GOODS["SUPPLIES"] = _CFW_GOODS["MACHINERY"] + _CFW_GOODS["CHEMICALS"]
_CFW_LANE_CTRY = {"CNSHA": "CN", "CNNGB": "CN", "CNSZX": "CN", "SGSIN": "MY", "VNSGN": "VN", "INNSA": "IN",
                  "USNYC": "US", "USSAV": "US", "BRSSZ": "BR", "ZACPT": "ZA", "TRMER": "TR", "CLSAI": "CL",
                  "CNPVG": "CN", "HKHKG": "CN", "USORD": "US", "INBOM": "IN", "KENBO": "KE", "CNCGO": "CN",
                  "CNXIY": "CN"}  # fmt: skip
_CFW_EMP_FIRST = ["Jan", "Pieter", "Sanne", "Lotte", "Daan", "Femke", "Bram", "Anouk", "Ruben", "Eva", "Thijs",
                  "Noor", "Joost", "Ilse", "Mehmet", "Fatima", "Wim", "Marloes", "Kevin", "Sophie"]  # fmt: skip
_CFW_EMP_LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
                 "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "Yilmaz", "el Amrani", "Kok", "Verhoeven",
                 "Willems"]  # fmt: skip


def build_clearfwd(path: Path) -> None:
    r = random.Random(13302)
    ports = list(_CFW_PORTS)
    carriers = list(_CFW_CARRIERS)
    # employees: (id, first, last, job, manager, hired, terminated)
    emp: list[list] = [
        [1, "Hendrik", "van der Linde", "DIR", None, "20040301", None],
        [2, "Marieke", "Vermeulen", "MGR", 1, "20090615", None],  # customs manager
        [3, "Erik", "Schouten", "MGR", 1, "20110103", None],  # operations manager
        [4, "Yvonne", "Koster", "MGR", 1, "20150901", None],
    ]  # sales manager
    taken = {"Hendrik van der Linde", "Marieke Vermeulen", "Erik Schouten", "Yvonne Koster"}
    pool = _names(r, _CFW_EMP_FIRST, _CFW_EMP_LAST, 40, taken)
    eid = 4
    for job, mgr, n in (("BRK", 2, 9), ("OPS", 3, 11), ("SLS", 4, 5), ("FIN", 1, 3)):
        for k in range(n):
            eid += 1
            f, last = pool[eid - 5]
            hired = _day(r, dt.date(2008, 1, 1), dt.date(2024, 10, 1))
            term = None
            if k in (1, 4) and job in ("BRK", "OPS"):
                term = _day(r, max(hired + dt.timedelta(days=300), dt.date(2023, 9, 1)), dt.date(2025, 5, 30))
            emp.append([eid, f, last, job, mgr, _ymd(hired), _ymd(term)])
    # two senior brokers lead teams
    brokers = [e for e in emp if e[3] == "BRK"]
    for e in brokers[3:]:
        e[4] = brokers[0][0] if e[0] % 2 else brokers[2][0]

    def active(job: str, d: dt.date) -> list[int]:
        out = []
        for e in emp:
            if (
                e[3] == job
                and dt.datetime.strptime(e[5], "%Y%m%d").date() <= d
                and (e[6] is None or d < dt.datetime.strptime(e[6], "%Y%m%d").date())
            ):
                out.append(e[0])
        return out

    # customers
    cust = []
    stems = list(_CFW_STEMS)
    r.shuffle(stems)
    groups = [
        (
            "VANDERMOLEN GROUP BV",
            "NL",
            [
                ("VANDERMOLEN FOODS BV", "NL", "FOODS"),
                ("VANDERMOLEN ELECTRO GMBH", "DE", "ELECTRONICS"),
                ("VANDERMOLEN LOGISTICS BV", "NL", "TRADING"),
                ("VANDERMOLEN POLSKA SP. Z O.O.", "PL", "HOME"),
            ],
        ),
        (
            "HEXAGON RETAIL HOLDING NV",
            "BE",
            [
                ("HEXAGON HOME NV", "BE", "HOME"),
                ("HEXAGON SPORTS NV", "BE", "SPORTS"),
                ("HEXAGON TOYS BV", "NL", "TOYS"),
            ],
        ),
    ]
    trade_of: dict[int, str] = {}
    cid = 0
    for parent, pc, subs in groups:
        cid += 1
        pid = cid
        cust.append([cid, parent, pc, "I", None, 500000, "Y", "20120410" if pc == "NL" else "20150522"])
        trade_of[cid] = "TRADING"
        for nm, cc, tr in subs:
            cid += 1
            cust.append(
                [
                    cid,
                    nm,
                    cc,
                    "I",
                    pid,
                    r.choice([100000, 150000, 250000]),
                    "Y",
                    _ymd(_day(r, dt.date(2012, 5, 1), dt.date(2022, 1, 1))),
                ]
            )
            trade_of[cid] = tr
    cid += 1
    cust.append([cid, "NORDHAVEN TRADING BV", "NL", "B", None, 400000, "Y", "20100118"])
    trade_of[cid] = "FRESH PRODUCE"
    nordhaven = cid
    ctry_w = [
        ("NL", 40),
        ("DE", 14),
        ("BE", 12),
        ("FR", 6),
        ("GB", 6),
        ("PL", 5),
        ("IT", 4),
        ("ES", 3),
        ("DK", 3),
        ("SE", 3),
        ("CN", 2),
        ("US", 2),
    ]
    seen_nm = {c[1] for c in cust}
    while len(cust) < 128:
        stem = r.choice(stems)
        trade = r.choice(_CFW_TRADES)
        cc = r.choices([c for c, _w in ctry_w], weights=[w for _c, w in ctry_w])[0]
        nm = f"{stem} {trade} {_CFW_SUFFIX[cc]}"
        if nm in seen_nm:
            continue
        seen_nm.add(nm)
        cid += 1
        typ = r.choices("IEB", weights=[60, 22, 18])[0]
        opened = _day(r, dt.date(2006, 1, 1), dt.date(2025, 5, 1))
        act = "N" if r.random() < 0.1 else "Y"
        cust.append(
            [cid, nm, cc, typ, None, r.choice([25000, 50000, 75000, 100000, 150000, 250000]), act, _ymd(opened)]
        )
        trade_of[cid] = trade
    # a few customers only ever quoted (no shipments) -- chosen below by weight 0
    weight = {}
    for c in cust:
        if c[1] == "VANDERMOLEN GROUP BV" or c[1] == "HEXAGON RETAIL HOLDING NV":
            weight[c[0]] = 0.0
        elif c[6] == "N":
            weight[c[0]] = 0.3
        elif c[0] == nordhaven:
            weight[c[0]] = 14.0
        else:
            weight[c[0]] = r.choice([0.0, 0.4, 0.8, 1.0, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0]) if c[0] % 9 else 0.0
    ids = [c[0] for c in cust]
    wts = [weight[i] for i in ids]

    shp, cntr, decl, dln = [], [], [], []
    sid = 0
    mrn_seq = {}
    day0 = dt.date(2023, 7, 1)
    d = day0
    while d <= LAST_DAY:
        for _ in range(r.choice([1, 2, 2, 2, 3, 3])):
            if d.weekday() >= 5 and r.random() < 0.8:
                continue
            c = cust[r.choices(ids, weights=wts)[0] - 1]
            if dt.datetime.strptime(c[7], "%Y%m%d").date() > d:
                continue
            trade = trade_of[c[0]]
            mode = r.choices("SAR", weights=[74, 18, 8])[0]
            if trade in ("FRESH PRODUCE", "SEAFOOD"):
                mode = "S"
            if c[3] == "I":
                direction = "I"
            elif c[3] == "E":
                direction = "E"
            else:
                direction = r.choice("IIE")
            if mode == "R":
                direction = "I"
            lane = r.choices(_CFW_LANES[mode], weights=[x[1] for x in _CFW_LANES[mode]])[0]
            if c[0] == nordhaven and direction == "I":
                lane = r.choice([x for x in _CFW_LANES["S"] if x[0] in ("BRSSZ", "ZACPT", "CLSAI", "VNSGN", "INNSA")])
            eu = r.choice(_CFW_EU[mode])
            orig, dest = (lane[0], eu) if direction == "I" else (eu, lane[0])
            carr = r.choice([x[0] for x in carriers if x[3] == mode])
            sid += 1
            etd = d + dt.timedelta(days=r.randint(3, 18) if mode != "A" else r.randint(1, 4))
            eta = etd + dt.timedelta(days=lane[2])
            status = "X" if r.random() < 0.05 else None
            atd = ata = dlv = None
            if status is None:
                atd = etd + dt.timedelta(days=r.choice([0, 0, 0, 1, 1, 2, 3, 5]))
                if atd > LAST_DAY:
                    atd = None
                    status = "B"
                else:
                    delay = r.choice([-2, -1, 0, 0, 0, 1, 1, 2, 3, 4, 6, 9]) if mode != "A" else r.choice([0, 0, 0, 1])
                    ata = atd + dt.timedelta(days=lane[2] + delay)
                    if ata > LAST_DAY:
                        ata = None
                        status = "T"
                    else:
                        dlv = ata + dt.timedelta(days=r.randint(1, 6))
                        if dlv > LAST_DAY:
                            dlv = None
                            status = "A"
                        else:
                            status = "D"
            if mode == "A":
                wt = round(r.uniform(40, 3800), 1)
                n_cntr = 0
                frt = int(wt * r.uniform(2.8, 4.6) * 100)
            else:
                n_cntr = r.choices([1, 2, 3, 4, 6], weights=[44, 28, 14, 9, 5])[0]
                wt = round(n_cntr * r.uniform(6000, 22000), 0)
                per = r.uniform(1300, 4200) if mode == "S" else r.uniform(3500, 6000)
                frt = int(n_cntr * per) * 100
            if status == "X":
                frt = None
            inco = r.choice(["FOB", "FOB", "CIF", "EXW", "DAP", "DDP", "FCA"])
            ops = active("OPS", d)
            shp.append(
                (
                    sid,
                    f"CFW{d:%y}{sid:06d}",
                    c[0],
                    carr,
                    r.choice(ops),
                    mode,
                    direction,
                    orig,
                    dest,
                    inco,
                    _ymd(d),
                    _ymd(etd),
                    _ymd(atd),
                    _ymd(eta),
                    _ymd(ata),
                    _ymd(dlv),
                    status,
                    wt,
                    frt,
                )
            )
            if n_cntr and status != "X":
                reefer = trade in ("FRESH PRODUCE", "SEAFOOD") or (trade == "FOODS" and r.random() < 0.3)
                typ = "40RF" if reefer else r.choices(["20GP", "40GP", "40HC", "45HC"], weights=[30, 25, 40, 5])[0]
                for _k in range(n_cntr):
                    no = f"{_CFW_CNTR_PREFIX[carr]}{r.randint(1000000, 9999999)}"
                    cntr.append(
                        (
                            no,
                            sid,
                            typ,
                            f"SL{r.randint(100000, 999999)}" if r.random() < 0.95 else None,
                            int(wt / n_cntr + (3900 if typ.startswith("40") or typ.startswith("45") else 2200)),
                        )
                    )
            # customs declarations
            kinds = []
            if direction == "I" and ata is not None:
                kinds.append(("IM", ata - dt.timedelta(days=r.choice([0, 0, 1, 2]))))
            if direction == "E" and atd is not None:
                kinds.append(("EX", atd - dt.timedelta(days=r.randint(1, 3))))
            if mode == "R" and ata is not None and dest == "PLMAL":
                kinds.append(("T1", ata))
            for typ_d, lodg in kinds:
                goods = _CFW_GOODS[trade]
                n_ln = r.choices([1, 2, 3, 4, 5], weights=[40, 25, 18, 10, 7])[0]
                rejected = typ_d == "IM" and r.random() < 0.02
                for attempt in range(2 if rejected else 1):
                    did = len(decl) + 1
                    yy = lodg.year % 100
                    mrn_seq[yy] = mrn_seq.get(yy, 0) + 1
                    mrn = f"{yy:02d}NL{typ_d}{mrn_seq[yy]:07d}"
                    lines = []
                    for ln in range(n_ln):
                        g = r.choice(goods)
                        val = int(r.uniform(2000, 90000) * 100) if mode != "A" else int(r.uniform(1500, 40000) * 100)
                        rate = g[2] if typ_d == "IM" else 0.0
                        lines.append(
                            (
                                did,
                                ln + 1,
                                g[0],
                                g[1],
                                _CFW_LANE_CTRY[lane[0]]
                                if typ_d != "EX"
                                else c[2]
                                if c[2] in ("NL", "DE", "BE")
                                else "NL",
                                val,
                                rate,
                            )
                        )
                    duty = round(sum(x[5] * x[6] / 100 for x in lines))
                    vat = round((sum(x[5] for x in lines) + duty) * 0.21) if typ_d == "IM" else 0
                    if rejected and attempt == 0:
                        st, rls = "J", None
                    else:
                        age = (LAST_DAY - lodg).days
                        roll = r.random()
                        if age <= 3 and roll < 0.6:
                            st, rls = "P", None
                        elif typ_d == "IM" and roll < 0.15 and age < 45:
                            st, rls = "H", None
                        else:
                            st = "R"
                            rls = lodg + dt.timedelta(days=r.choice([0, 0, 0, 1, 1, 2]))
                            if rls > LAST_DAY:
                                st, rls = "P", None
                    brk = r.choice(active("BRK", lodg))
                    decl.append(
                        (did, mrn, sid, typ_d, brk, _ymd(lodg), _ymd(rls), st, duty if typ_d == "IM" else 0, vat)
                    )
                    dln.extend(lines)
                    if attempt == 0 and rejected:
                        lodg = lodg + dt.timedelta(days=1)
                        if lodg > LAST_DAY:
                            break
        d += dt.timedelta(days=1)
    write_tables(path, CLEARFWD_DDL, [
        ("CUST", [tuple(c) for c in cust]), ("PORT", ports), ("CARR", carriers), ("EMP", [tuple(e) for e in emp]),
        ("SHPMT", shp), ("CNTR", cntr), ("CUS_DECL", decl), ("DECL_LN", dln),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# windcrew (wind-farm maintenance operator, camelCase export, 'true'/'false' flags, unix seconds)
# ---------------------------------------------------------------------------------------------------------------

WINDCREW_DDL = """
CREATE TABLE sites (
    siteId INTEGER PRIMARY KEY,
    siteName TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL,
    isOffshore TEXT NOT NULL,
    commissionedYear INTEGER NOT NULL,
    capacityMw REAL NOT NULL,
    gridOperator TEXT NOT NULL
);
CREATE TABLE turbines (
    turbineId INTEGER PRIMARY KEY,
    siteId INTEGER NOT NULL REFERENCES sites(siteId),
    serialNo TEXT NOT NULL UNIQUE,
    model TEXT NOT NULL,
    ratedKw INTEGER NOT NULL,
    hubHeightM REAL NOT NULL,
    commissionedAt INTEGER NOT NULL,
    isDecommissioned TEXT NOT NULL
);
CREATE TABLE technicians (
    techId INTEGER PRIMARY KEY,
    firstName TEXT NOT NULL,
    lastName TEXT NOT NULL,
    homeSiteId INTEGER NOT NULL REFERENCES sites(siteId),
    certLevel TEXT NOT NULL,
    leadTechId INTEGER REFERENCES technicians(techId),
    isContractor TEXT NOT NULL,
    hiredAt INTEGER NOT NULL
);
CREATE TABLE workOrders (
    workOrderId INTEGER PRIMARY KEY,
    turbineId INTEGER NOT NULL REFERENCES turbines(turbineId),
    woType TEXT NOT NULL,
    priority INTEGER NOT NULL,
    faultCode TEXT,
    summary TEXT NOT NULL,
    openedAt INTEGER NOT NULL,
    closedAt INTEGER
);
CREATE TABLE workOrderCrew (
    workOrderId INTEGER NOT NULL REFERENCES workOrders(workOrderId),
    techId INTEGER NOT NULL REFERENCES technicians(techId),
    isLead TEXT NOT NULL,
    hoursLogged REAL NOT NULL,
    PRIMARY KEY (workOrderId, techId)
);
CREATE TABLE downtimeEvents (
    downtimeId INTEGER PRIMARY KEY,
    turbineId INTEGER NOT NULL REFERENCES turbines(turbineId),
    workOrderId INTEGER REFERENCES workOrders(workOrderId),
    cause TEXT NOT NULL,
    startedAt INTEGER NOT NULL,
    endedAt INTEGER,
    lostMwh REAL
);
CREATE TABLE parts (
    partId INTEGER PRIMARY KEY,
    partNo TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    category TEXT NOT NULL,
    unitCostGbp REAL NOT NULL
);
CREATE TABLE partUsage (
    workOrderId INTEGER NOT NULL REFERENCES workOrders(workOrderId),
    partId INTEGER NOT NULL REFERENCES parts(partId),
    qty INTEGER NOT NULL,
    PRIMARY KEY (workOrderId, partId)
);
"""

# id, name, region, offshore, year, turbines, model, kW, hub height, prefix, grid operator
_WIND_SITES = [
    (1, "Hollow Ridge", "Scotland", False, 2014, 18, "V112-3.45", 3450, 94.0, "HR", "SP Energy Networks"),
    (2, "Carn Mor", "Scotland", False, 2017, 22, "SG 4.5-145", 4500, 107.5, "CM", "SSEN"),
    (3, "Skerry Bank", "North Sea", True, 2019, 30, "SG 8.0-167", 8000, 119.0, "SB", "National Grid"),
    (4, "Pen y Bryn", "Wales", False, 2012, 12, "E-82", 2300, 85.0, "PB", "National Grid"),
    (5, "Dogger Reach", "North Sea", True, 2022, 24, "V164-9.5", 9500, 140.0, "DR", "National Grid"),
    (6, "Moorfoot Hill", "Scotland", False, 2009, 10, "V90-2.0", 2000, 80.0, "MH", "SP Energy Networks"),
]
_WIND_FAULTS = [("GBX-OVT", "Gearbox oil over-temperature", "gearbox", 14), ("GBX-VIB", "Gearbox high vibration", "gearbox", 8),
                ("GEN-BRG", "Generator bearing temperature", "generator", 9), ("PIT-HYD", "Pitch hydraulic pressure low", "pitch", 12),
                ("PIT-BAT", "Pitch battery test failed", "pitch", 10), ("YAW-ERR", "Yaw misalignment error", "yaw", 9),
                ("CNV-IGBT", "Converter IGBT fault", "converter", 8), ("BLD-LEP", "Blade leading-edge erosion", "blade", 6),
                ("SEN-ANEM", "Anemometer fault", "consumable", 10), ("GRD-LOSS", "Grid loss trip", None, 7)]  # fmt: skip
# part no, description, category, unit cost in GBP
_WIND_PARTS = [
    ("GBX-0011", "Gearbox oil filter element", "gearbox", 184.50), ("GBX-0020", "Gearbox oil 20 l (ISO VG 320)", "gearbox", 412.00),
    ("GBX-0104", "High-speed shaft bearing", "gearbox", 6850.00), ("GBX-0220", "Gearbox oil cooler fan", "gearbox", 1290.00),
    ("GBX-0901", "Complete gearbox (exchange unit)", "gearbox", 385000.00), ("GEN-0031", "Generator bearing (NDE)", "generator", 4120.00),
    ("GEN-0042", "Slip ring brush set", "generator", 265.00), ("GEN-0077", "Generator cooling fan motor", "generator", 2380.00),
    ("PIT-0005", "Pitch accumulator", "pitch", 3150.00), ("PIT-0012", "Pitch battery pack", "pitch", 2740.00),
    ("PIT-0030", "Pitch cylinder seal kit", "pitch", 690.00), ("PIT-0044", "Pitch motor", "pitch", 5600.00),
    ("YAW-0008", "Yaw brake pad set", "yaw", 880.00), ("YAW-0015", "Yaw drive motor", "yaw", 7250.00),
    ("CNV-0101", "IGBT module", "converter", 9800.00), ("CNV-0110", "Converter cooling pump", "converter", 2150.00),
    ("CNV-0150", "Converter control board", "converter", 4400.00), ("BLD-0003", "Leading-edge protection tape (roll)", "blade", 1450.00),
    ("BLD-0010", "Blade repair resin kit", "blade", 620.00), ("BLD-0022", "Lightning receptor", "blade", 310.00),
    ("SEN-0001", "Ultrasonic anemometer", "consumable", 1980.00), ("SEN-0002", "Wind vane", "consumable", 740.00),
    ("CON-0001", "Grease cartridge (main bearing)", "consumable", 38.00), ("CON-0002", "Air filter (nacelle)", "consumable", 64.00),
    ("CON-0003", "Hydraulic oil 20 l", "consumable", 156.00), ("CON-0004", "Torque bolt set M36", "consumable", 420.00),
    ("CON-0005", "Fire extinguisher (nacelle)", "consumable", 95.00), ("CON-0006", "Safety harness lanyard", "consumable", 120.00),
    ("MBR-0001", "Main bearing", "main bearing", 92000.00), ("TWR-0005", "Tower door seal", "consumable", 210.00),
]  # fmt: skip
_WIND_FIRST = ["Callum", "Euan", "Fraser", "Iona", "Kirsty", "Lewis", "Morag", "Ross", "Shona", "Gareth", "Rhys",
               "Megan", "Dafydd", "Sian", "Tom", "Jake", "Connor", "Aiden", "Lars", "Mikkel", "Piotr", "Ola",
               "Hamish", "Ailsa", "Declan", "Niall"]  # fmt: skip
_WIND_LAST = ["Fraser", "MacLeod", "Campbell", "Stewart", "Robertson", "Murray", "Reid", "Ross", "Jones", "Davies",
              "Williams", "Evans", "Price", "Hughes", "Clarke", "Walsh", "Nielsen", "Kowalczyk", "Sinclair", "Gunn",
              "Munro", "Grant", "Baird", "Kerr"]  # fmt: skip
_WIND_SUMMARY = {
    "preventive": ["6-monthly service", "Annual service", "Bolt torque check and greasing", "Filter change and oil sampling"],
    "inspection": ["Blade inspection (drone)", "Tower and foundation inspection", "Safety equipment inspection",
                   "Lifting equipment certification"],
    "retrofit": ["Leading-edge protection retrofit", "Control software upgrade", "Aviation light upgrade",
                 "Condition-monitoring sensor retrofit"],
}  # fmt: skip


def build_windcrew(path: Path) -> None:
    r = random.Random(13303)
    sites, turbines = [], []
    tid = 0
    for sid, nm, region, off, year, n, model, kw, hub, pre, grid in _WIND_SITES:
        sites.append((sid, nm, region, _tf(off), year, round(n * kw / 1000, 1), grid))
        for k in range(n):
            tid += 1
            comm = dt.datetime(year, r.randint(2, 10), r.randint(1, 28), 12)
            decom = (sid == 6 and k in (3, 7)) or (sid == 4 and k == 11)
            turbines.append(
                (
                    tid,
                    sid,
                    f"{pre}-{k + 1:02d}-{r.randint(10000, 99999)}",
                    model,
                    kw,
                    hub + (r.choice([0, 0, 2.5]) if not off else 0),
                    _unix(comm),
                    _tf(decom),
                )
            )
    off_of = {s[0]: s[3] for s in _WIND_SITES}
    kw_of = {t[0]: t[4] for t in turbines}
    # technicians
    techs = []
    pool = _names(r, _WIND_FIRST, _WIND_LAST, 80, {"Callum Fraser"})
    leads = {1: ("Callum", "Fraser"), 2: pool[0], 3: pool[1], 4: ("Gareth", "Price"), 5: pool[2], 6: pool[3]}
    pi = 4
    lead_id = {}
    for sid in range(1, 7):
        f, last = leads[sid]
        techs.append(
            [
                len(techs) + 1,
                f,
                last,
                sid,
                "L3",
                None,
                "false",
                _unix(dt.datetime(r.randint(2010, 2019), r.randint(1, 12), 1, 8)),
            ]
        )
        lead_id[sid] = len(techs)
    for sid in range(1, 7):
        n = {1: 5, 2: 6, 3: 9, 4: 4, 5: 9, 6: 3}[sid]
        for k in range(n):
            f, last = pool[pi]
            pi += 1
            contractor = (off_of[sid] and k >= 5) or (not off_of[sid] and k == n - 1 and sid in (2, 4))
            lvl = r.choices(["L1", "L2", "L3"], weights=[35, 45, 20])[0]
            hired = dt.datetime(r.randint(2012, 2024), r.randint(1, 12), r.randint(1, 28), 8)
            if hired > dt.datetime(2024, 11, 1):
                hired = dt.datetime(2024, 11, 1, 8)
            techs.append([len(techs) + 1, f, last, sid, lvl, lead_id[sid], _tf(contractor), _unix(hired)])
    techs_at = {sid: [t for t in techs if t[3] == sid] for sid in range(1, 7)}

    parts = [(i + 1, *p) for i, p in enumerate(_WIND_PARTS)]
    parts_by_cat: dict[str, list[int]] = {}
    for p in parts:
        parts_by_cat.setdefault(p[3], []).append(p[0])
    never_used = {"GBX-0901", "MBR-0001", "CON-0005", "YAW-0015"}
    usable = {c: [pid for pid in ids if parts[pid - 1][1] not in never_used] for c, ids in parts_by_cat.items()}

    start = dt.datetime(2023, 1, 1)
    events = []  # (opened, turbine, type)
    for t in turbines:
        alive = t[7] == "false" or t[1] == 4
        stop = END if t[7] == "false" else dt.datetime(2023, 8, 31) if t[1] == 6 else dt.datetime(2024, 9, 30)
        # preventive: twice a year
        m = dt.datetime(2023, 1 + (t[0] % 6), 3 + t[0] % 20, 7, 30)
        while m < stop:
            events.append((m + dt.timedelta(minutes=r.randint(0, 90)), t, "preventive"))
            m = m + dt.timedelta(days=182 + r.randint(-10, 10))
        rate = 2.6 if off_of[t[1]] else 2.0
        if t[1] == 6:
            rate = 3.2
        if not alive:
            continue
        days = (stop - start).days
        if t[0] % 29 == 0:  # trouble-free so far
            rate = 0.0
        for _ in range(int(days / 365 * rate * 2)):
            if r.random() < 0.5:
                events.append((_moment(r, start, stop), t, "corrective"))
        for _ in range(int(days / 365 * 0.9 * 2)):
            if r.random() < 0.5:
                events.append((_moment(r, start, stop).replace(hour=8, minute=0, second=0), t, "inspection"))
        if r.random() < 0.3:
            events.append((_moment(r, start, stop).replace(hour=8, minute=0, second=0), t, "retrofit"))
    events.sort(key=lambda e: (e[0], e[1][0], e[2]))
    wos, crew, downs, usage = [], [], [], []
    fw = [f[3] for f in _WIND_FAULTS]
    for opened, t, typ in events:
        if opened > END - dt.timedelta(hours=1):
            continue
        wid = len(wos) + 1
        sid = t[1]
        off = off_of[sid]
        fault = None
        if typ == "corrective":
            f = r.choices(_WIND_FAULTS, weights=fw)[0]
            if sid == 3 and f[2] != "gearbox" and r.random() < 0.25:
                f = _WIND_FAULTS[0]
            fault = f
            prio = r.choices([1, 2, 3], weights=[20, 45, 35])[0]
            hours = r.uniform(2, 30) * (3.5 if off else 1.0) * (2.5 if prio == 1 and f[2] == "gearbox" else 1.0)
            if f[2] == "gearbox" and r.random() < 0.1:
                hours += r.uniform(200, 600)
            summary = f[1]
        elif typ == "preventive":
            prio = r.choice([3, 4])
            hours = r.uniform(6, 14) * (1.6 if off else 1.0)
            summary = r.choice(_WIND_SUMMARY["preventive"])
        elif typ == "inspection":
            prio = r.choice([3, 4, 4])
            hours = r.uniform(3, 48)
            summary = r.choice(_WIND_SUMMARY["inspection"])
        else:
            prio = 4
            hours = r.uniform(24, 24 * 20)
            summary = r.choice(_WIND_SUMMARY["retrofit"])
        if r.random() < 0.12:  # waiting for parts, a crane or a weather window
            hours += r.uniform(100, 900)
        closed = opened + dt.timedelta(hours=hours)
        if opened > END - dt.timedelta(days=45) and r.random() < 0.3:  # the open backlog
            closed = None
        if closed is not None and closed > END:
            closed = None
        wos.append((wid, t[0], typ, prio, fault[0] if fault else None, summary, _unix(opened), _unix(closed)))
        # crew
        avail = [x for x in techs_at[sid] if x[7] <= _unix(opened)]
        k = min(len(avail), r.choice([1, 2, 2, 2, 3]) if typ != "inspection" else r.choice([1, 1, 2]))
        team = r.sample(avail, k)
        team.sort(key=lambda x: (x[4], x[5] is None), reverse=True)
        work = min(hours, 10 + r.uniform(0, 8)) if closed else min((END - opened).total_seconds() / 3600, 8)
        for i, x in enumerate(team):
            crew.append((wid, x[0], _tf(i == 0), round(max(0.5, work * r.uniform(0.6, 1.0)) * 2) / 2))
        # parts
        if typ == "corrective" and fault[2] and fault[0] != "GRD-LOSS" and r.random() < 0.75:
            for pid in r.sample(usable[fault[2]], min(len(usable[fault[2]]), r.choice([1, 1, 2]))):
                usage.append((wid, pid, 1 if parts[pid - 1][4] > 1000 else r.randint(1, 4)))
        elif typ == "preventive":
            for pid in r.sample(
                [p[0] for p in parts if p[1] in ("GBX-0011", "CON-0001", "CON-0002", "CON-0003", "GBX-0020")], 3
            ):
                usage.append((wid, pid, r.randint(1, 6)))
        elif typ == "retrofit" and "Leading-edge" in summary:
            usage.append((wid, parts_by_cat["blade"][0], 3))
        # downtime
        if typ in ("corrective", "preventive", "retrofit") and not (typ == "retrofit" and r.random() < 0.5):
            st = opened - dt.timedelta(minutes=r.randint(5, 60)) if typ == "corrective" else opened
            en = closed - dt.timedelta(minutes=r.randint(0, 30)) if closed else None
            if en is not None and en <= st:
                en = st + dt.timedelta(minutes=30)
            if en is None and prio > 2:
                en = (
                    None
                    if typ == "corrective" and r.random() < 0.5
                    else min(END, st + dt.timedelta(hours=r.uniform(2, 12)))
                )
            lost = (
                None
                if en is None
                else round((en - st).total_seconds() / 3600 * kw_of[t[0]] / 1000 * r.uniform(0.25, 0.45), 2)
            )
            cause = "fault" if typ == "corrective" else "maintenance"
            if fault and fault[0] == "GRD-LOSS":
                cause = "grid"
            downs.append([t[0], wid, cause, _unix(st), _unix(en), lost])
    # weather and curtailment stops without a work order
    live = [t for t in turbines if t[7] == "false"]
    for _ in range(420):
        t = r.choice(live)
        cause = "weather" if off_of[t[1]] and r.random() < 0.7 else "curtailment"
        st = _moment(r, start, END - dt.timedelta(hours=30))
        en = st + dt.timedelta(hours=r.uniform(1, 30))
        downs.append(
            [
                t[0],
                None,
                cause,
                _unix(st),
                _unix(en),
                round((en - st).total_seconds() / 3600 * kw_of[t[0]] / 1000 * r.uniform(0.3, 0.7), 2),
            ]
        )
    downs.sort(key=lambda d: (d[3], d[0]))
    downtime = [(i + 1, *d) for i, d in enumerate(downs)]
    write_tables(path, WINDCREW_DDL, [
        ("sites", sites), ("turbines", turbines), ("technicians", [tuple(t) for t in techs]), ("workOrders", wos),
        ("workOrderCrew", crew), ("downtimeEvents", downtime), ("parts", parts), ("partUsage", usage),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# lingwista (a language school in Kraków, named in Polish; flags 'T' (tak) / 'N' (nie); money in złoty)
# ---------------------------------------------------------------------------------------------------------------

LINGWISTA_DDL = """
CREATE TABLE jezyki (
    id_jezyka INTEGER PRIMARY KEY,
    kod TEXT NOT NULL UNIQUE,
    nazwa TEXT NOT NULL
);
CREATE TABLE lektorzy (
    id_lektora INTEGER PRIMARY KEY,
    imie TEXT NOT NULL,
    nazwisko TEXT NOT NULL,
    id_jezyka INTEGER NOT NULL REFERENCES jezyki(id_jezyka),
    native TEXT NOT NULL,
    stawka_godz_zl REAL NOT NULL,
    data_zatrudnienia TEXT NOT NULL,
    data_odejscia TEXT
);
CREATE TABLE kursanci (
    id_kursanta INTEGER PRIMARY KEY,
    imie TEXT NOT NULL,
    nazwisko TEXT NOT NULL,
    email TEXT NOT NULL,
    miasto TEXT,
    data_urodzenia TEXT,
    data_rejestracji TEXT NOT NULL,
    polecil_id INTEGER REFERENCES kursanci(id_kursanta)
);
CREATE TABLE kursy (
    id_kursu INTEGER PRIMARY KEY,
    kod_kursu TEXT NOT NULL UNIQUE,
    id_jezyka INTEGER NOT NULL REFERENCES jezyki(id_jezyka),
    poziom TEXT NOT NULL,
    id_lektora INTEGER NOT NULL REFERENCES lektorzy(id_lektora),
    tryb TEXT NOT NULL,
    data_startu TEXT NOT NULL,
    data_konca TEXT NOT NULL,
    liczba_godzin INTEGER NOT NULL,
    cena_zl REAL NOT NULL,
    limit_miejsc INTEGER NOT NULL
);
CREATE TABLE zapisy (
    id_zapisu INTEGER PRIMARY KEY,
    id_kursanta INTEGER NOT NULL REFERENCES kursanci(id_kursanta),
    id_kursu INTEGER NOT NULL REFERENCES kursy(id_kursu),
    data_zapisu TEXT NOT NULL,
    status TEXT NOT NULL,
    data_rezygnacji TEXT,
    rabat_proc INTEGER NOT NULL DEFAULT 0,
    UNIQUE (id_kursanta, id_kursu)
);
CREATE TABLE zajecia (
    id_zajec INTEGER PRIMARY KEY,
    id_kursu INTEGER NOT NULL REFERENCES kursy(id_kursu),
    poczatek TEXT NOT NULL,
    koniec TEXT NOT NULL,
    sala TEXT,
    odwolane TEXT NOT NULL
);
CREATE TABLE nieobecnosci (
    id_zajec INTEGER NOT NULL REFERENCES zajecia(id_zajec),
    id_kursanta INTEGER NOT NULL REFERENCES kursanci(id_kursanta),
    usprawiedliwiona TEXT NOT NULL,
    PRIMARY KEY (id_zajec, id_kursanta)
);
CREATE TABLE platnosci (
    id_platnosci INTEGER PRIMARY KEY,
    id_zapisu INTEGER NOT NULL REFERENCES zapisy(id_zapisu),
    kwota_zl REAL NOT NULL,
    data_platnosci TEXT NOT NULL,
    metoda TEXT NOT NULL
);
"""

_PL_LANGS = [(1, "EN", "angielski", "ANG", 40), (2, "DE", "niemiecki", "NIEM", 18), (3, "ES", "hiszpański", "HISZ", 14),
             (4, "FR", "francuski", "FRAN", 8), (5, "IT", "włoski", "WLO", 9), (6, "PL", "polski dla obcokrajowców", "POL", 8)]  # fmt: skip
_PL_MALE = ["Jan", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Adam", "Kamil",
            "Mateusz", "Bartosz", "Wojciech", "Szymon", "Filip"]  # fmt: skip
_PL_FEMALE = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Aleksandra", "Monika", "Zofia",
              "Julia", "Natalia", "Karolina", "Ewa", "Marta", "Weronika", "Oliwia"]  # fmt: skip
_PL_SURNAMES = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski",
                "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król",
                "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski"]  # fmt: skip
_PL_CITIES = [("Kraków", 70), ("Wieliczka", 7), ("Skawina", 5), ("Niepołomice", 3), ("Zabierzów", 3), ("Katowice", 3),
              ("Tarnów", 2), ("Warszawa", 2)]  # fmt: skip
# foreign teachers: (first, last, language code)
_PL_NATIVES = [("Oliver", "Bennett", "EN"), ("Sarah", "O'Connor", "EN"), ("James", "Whitmore", "EN"),
               ("Lukas", "Hoffmann", "DE"), ("Carmen", "Ruiz", "ES"), ("Julien", "Marchand", "FR"),
               ("Giulia", "Romano", "IT"), ("Megan", "Price", "EN")]  # fmt: skip


def _pl_female(surname: str) -> str:
    for a, b in (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska")):
        if surname.endswith(a):
            return surname[: -len(a)] + b
    return surname


def _ascii_pl(s: str) -> str:
    return s.translate(str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ"))


def build_lingwista(path: Path) -> None:
    r = random.Random(13304)
    langs = [(i, kod, nazwa) for i, kod, nazwa, _p, _w in _PL_LANGS]
    lang_by_code = {kod: i for i, kod, *_x in _PL_LANGS}

    def pl_person() -> tuple[str, str]:
        if r.random() < 0.55:
            return r.choice(_PL_FEMALE), _pl_female(r.choice(_PL_SURNAMES))
        return r.choice(_PL_MALE), r.choice(_PL_SURNAMES)

    # teachers
    teachers = []
    for f, last, code in _PL_NATIVES:
        hired = _day(r, dt.date(2016, 9, 1), dt.date(2024, 2, 1))
        left = dt.date(2024, 6, 30) if (f, last) == ("James", "Whitmore") else None
        teachers.append(
            [
                len(teachers) + 1,
                f,
                last,
                lang_by_code[code],
                "T",
                r.choice([95.0, 100.0, 110.0, 120.0]),
                _iso(hired),
                _iso(left),
            ]
        )
    seen = {f"{t[1]} {t[2]}" for t in teachers}
    per_lang = {"EN": 6, "DE": 3, "ES": 2, "FR": 1, "IT": 1, "PL": 2}
    for code in ("EN", "DE", "ES", "FR", "IT", "PL"):
        for k in range(per_lang[code]):
            while True:
                f, last = pl_person()
                if f"{f} {last}" not in seen:
                    break
            seen.add(f"{f} {last}")
            hired = _day(r, dt.date(2012, 9, 1), dt.date(2024, 9, 1))
            left = None
            if k == 1 and code in ("EN", "DE"):
                left = _day(r, dt.date(2024, 1, 31), dt.date(2025, 1, 31))
            teachers.append(
                [
                    len(teachers) + 1,
                    f,
                    last,
                    lang_by_code[code],
                    "N",
                    r.choice([70.0, 75.0, 80.0, 85.0, 90.0]),
                    _iso(hired),
                    _iso(left),
                ]
            )
    # students
    students = []
    names_seen: set[str] = {"Anna Kowalczyk", "Zuzanna Król"}
    for i in range(420):
        while True:
            f, last = pl_person()
            if i % 23 == 7:
                f, last = (
                    r.choice(["Maria", "Sofia", "Daniel", "Lucas", "Emma", "Yuki", "Olena", "Andriy"]),
                    r.choice(["García", "Müller", "Shevchenko", "Tanaka", "Rossi", "Martin", "Kovalenko"]),
                )
            if f"{f} {last}" not in names_seen:
                break
        names_seen.add(f"{f} {last}")
        reg = _day(r, dt.date(2022, 6, 1), dt.date(2025, 6, 10))
        city = r.choices([c for c, _w in _PL_CITIES], weights=[w for _c, w in _PL_CITIES])[0]
        born = _day(r, dt.date(1962, 1, 1), dt.date(2009, 12, 31))
        students.append(
            [
                i + 1,
                f,
                last,
                f"{_ascii_pl(f).lower()}.{_ascii_pl(last).lower()}{r.randint(1, 99)}@poczta.example",
                None if r.random() < 0.07 else city,
                None if r.random() < 0.1 else _iso(born),
                _iso(reg),
                None,
            ]
        )
    # the youngest student, and a keen referrer
    students[100][5] = "2010-03-14"
    students[100][1], students[100][2] = "Zuzanna", "Król"
    students[40][1], students[40][2] = "Anna", "Kowalczyk"
    students[40][6] = "2022-07-04"
    for s in students[1:]:
        if r.random() < 0.14:
            reg = dt.date.fromisoformat(s[6])
            earlier = [x for x in students if dt.date.fromisoformat(x[6]) < reg and x[0] != s[0]]
            if earlier:
                s[7] = r.choice(earlier)[0]
    anna = students[40]
    later = [
        s for s in students if dt.date.fromisoformat(s[6]) > dt.date(2022, 8, 1) and s[7] is None and s[0] != anna[0]
    ]
    for s in r.sample(later, 5):
        s[7] = anna[0]

    # courses: terms (start, end, weeks) -- autumn Oct-Jan, spring Feb-Jun, summer intensives in July
    terms = [(dt.date(2023, 10, 2), dt.date(2024, 1, 26), "23J", 15), (dt.date(2024, 2, 12), dt.date(2024, 6, 14), "24W", 15),
             (dt.date(2024, 7, 1), dt.date(2024, 7, 26), "24L", 4), (dt.date(2024, 9, 30), dt.date(2025, 1, 24), "24J", 15),
             (dt.date(2025, 2, 10), dt.date(2025, 6, 27), "25W", 15)]  # fmt: skip
    levels = ["A1", "A2", "B1", "B2", "C1"]
    courses = []
    sessions = []
    for t0, t1, tag, _weeks in terms:
        for lid, code, _nazwa, prefix, weight in _PL_LANGS:
            n = max(1, round(weight / 6)) if tag[-1] != "L" else (1 if code in ("EN", "ES", "PL") else 0)
            lvls = r.sample(levels, min(n, 5)) if n <= 5 else levels + r.sample(levels, n - 5)
            for k, lvl in enumerate(lvls):
                online = r.random() < 0.3
                can = [
                    t
                    for t in teachers
                    if t[3] == lid
                    and dt.date.fromisoformat(t[6]) <= t0
                    and (t[7] is None or dt.date.fromisoformat(t[7]) >= t1)
                ]
                teacher = r.choice(can)
                city_tag = "ONL" if online else "KRK"
                kod = f"{prefix}-{lvl}-{city_tag}-{tag}"
                if any(c[1] == kod for c in courses):
                    kod = f"{kod}-{k + 1}"
                intensive = tag[-1] == "L"
                hours = 60 if intensive else 45
                price = {"ANG": 1490.0, "NIEM": 1590.0, "HISZ": 1540.0, "FRAN": 1640.0, "WLO": 1590.0, "POL": 1890.0}[
                    prefix
                ]
                if intensive:
                    price = round(price * 1.2 - 0.0, -1) - 10
                if online:
                    price -= 150.0
                if t0.year == 2025:
                    price += 100.0
                cid = len(courses) + 1
                courses.append(
                    [
                        cid,
                        kod,
                        lid,
                        lvl,
                        teacher[0],
                        "online" if online else "stacjonarny",
                        _iso(t0),
                        _iso(t1),
                        hours,
                        price,
                        r.choice([8, 10, 12]),
                    ]
                )
                # lessons: two a week of 90 minutes (intensive: every weekday, 180 minutes)
                days = [0, 1, 2, 3, 4] if intensive else r.choice([[0, 2], [1, 3], [0, 3]])
                hh = r.choice([8, 10, 16, 17, 18]) if not intensive else 9
                room = None if online else f"s. {r.choice([101, 102, 104, 201, 203, 205])}"
                d = t0
                n_done = 0
                need = 20 if intensive else 30
                while n_done < need and d <= t1:
                    if d.weekday() in days:
                        start = dt.datetime.combine(d, dt.time(hh, 0 if hh != 17 else 30))
                        length = 180 if intensive else 90
                        if d <= LAST_DAY:
                            cancelled = r.random() < 0.035
                            sessions.append(
                                [
                                    len(sessions) + 1,
                                    cid,
                                    _ts(start),
                                    _ts(start + dt.timedelta(minutes=length)),
                                    room,
                                    "T" if cancelled else "N",
                                ]
                            )
                        n_done += 1
                    d += dt.timedelta(days=1)
    # enrollments
    enrol = []
    payments = []
    absences = []
    sess_of: dict[int, list] = {}
    for s in sessions:
        sess_of.setdefault(s[1], []).append(s)
    for c in courses:
        t0, t1 = dt.date.fromisoformat(c[6]), dt.date.fromisoformat(c[7])
        running = t1 > LAST_DAY
        n = r.randint(max(3, c[10] - 6), c[10] + (2 if c[0] % 7 == 0 else 0))
        cands = [s for s in students if dt.date.fromisoformat(s[6]) <= t0 - dt.timedelta(days=3)]
        for s in r.sample(cands, min(n, len(cands))):
            reg = dt.date.fromisoformat(s[6])
            signed = _day(r, max(reg, t0 - dt.timedelta(days=45)), t0 - dt.timedelta(days=1))
            roll = r.random()
            quit_day = None
            if roll < 0.11:
                status = "R"
                quit_day = _day(
                    r, t0 + dt.timedelta(days=7), min(t1 - dt.timedelta(days=7), LAST_DAY - dt.timedelta(days=1))
                )
            else:
                status = "A" if running else "U"
            disc = 10 if s[7] is not None and r.random() < 0.6 else (15 if r.random() < 0.08 else 0)
            eid = len(enrol) + 1
            enrol.append((eid, s[0], c[0], _iso(signed), status, _iso(quit_day), disc))
            due = round(c[9] * (100 - disc) / 100, 2)
            method = r.choices(["przelew", "karta", "gotówka", "BLIK"], weights=[50, 25, 8, 17])[0]
            if r.random() < 0.55:
                parts = [(signed, due)]
            else:
                third = round(due / 3, 2)
                parts = [
                    (signed, third),
                    (t0 + dt.timedelta(days=30), third),
                    (t0 + dt.timedelta(days=60), round(due - 2 * third, 2)),
                ]
            for k, (pd, amt) in enumerate(parts):
                if pd > LAST_DAY:
                    break
                if status == "R" and quit_day is not None and pd > quit_day:
                    break
                if running and k > 0 and r.random() < 0.15:
                    break  # behind on the instalments
                payments.append((len(payments) + 1, eid, amt, _iso(pd), method))
            # absences
            for ses in sess_of.get(c[0], []):
                sd = dt.date.fromisoformat(ses[2][:10])
                if ses[5] == "T" or (quit_day is not None and sd >= quit_day):
                    continue
                p_abs = 0.06 if s[0] % 11 else 0.22
                if r.random() < p_abs:
                    absences.append((ses[0], s[0], "T" if r.random() < 0.4 else "N"))
    write_tables(path, LINGWISTA_DDL, [
        ("jezyki", langs), ("lektorzy", [tuple(t) for t in teachers]), ("kursanci", [tuple(s) for s in students]),
        ("kursy", [tuple(c) for c in courses]), ("zapisy", enrol), ("zajecia", [tuple(s) for s in sessions]),
        ("nieobecnosci", absences), ("platnosci", payments),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# libraryloop (a county library consortium's circulation and interlibrary loans; Access-style Hungarian names)
# ---------------------------------------------------------------------------------------------------------------

LIBRARYLOOP_DDL = """
CREATE TABLE tblLibrary (
    lngLibraryID INTEGER PRIMARY KEY,
    strLibraryName TEXT NOT NULL UNIQUE,
    strTown TEXT NOT NULL,
    strLibraryType TEXT NOT NULL,
    lngParentLibraryID INTEGER REFERENCES tblLibrary(lngLibraryID),
    ysnActive INTEGER NOT NULL,
    dtmOpened TEXT NOT NULL
);
CREATE TABLE tblPatron (
    lngPatronID INTEGER PRIMARY KEY,
    strCardNo TEXT NOT NULL UNIQUE,
    strFirstName TEXT NOT NULL,
    strLastName TEXT NOT NULL,
    strEmail TEXT,
    lngHomeLibraryID INTEGER NOT NULL REFERENCES tblLibrary(lngLibraryID),
    strCategory TEXT NOT NULL,
    dtmRegistered TEXT NOT NULL,
    dtmCardExpiry TEXT NOT NULL
);
CREATE TABLE tblTitle (
    lngTitleID INTEGER PRIMARY KEY,
    strTitle TEXT NOT NULL,
    strAuthor TEXT NOT NULL,
    strISBN TEXT,
    intPubYear INTEGER NOT NULL,
    strFormat TEXT NOT NULL,
    strLanguage TEXT NOT NULL
);
CREATE TABLE tblSubject (
    lngSubjectID INTEGER PRIMARY KEY,
    strSubject TEXT NOT NULL UNIQUE
);
CREATE TABLE tblTitleSubject (
    lngTitleID INTEGER NOT NULL REFERENCES tblTitle(lngTitleID),
    lngSubjectID INTEGER NOT NULL REFERENCES tblSubject(lngSubjectID),
    PRIMARY KEY (lngTitleID, lngSubjectID)
);
CREATE TABLE tblCopy (
    lngCopyID INTEGER PRIMARY KEY,
    lngTitleID INTEGER NOT NULL REFERENCES tblTitle(lngTitleID),
    lngLibraryID INTEGER NOT NULL REFERENCES tblLibrary(lngLibraryID),
    strBarcode TEXT NOT NULL UNIQUE,
    dtmAcquired TEXT NOT NULL,
    curReplacementCost REAL NOT NULL,
    strStatus TEXT NOT NULL
);
CREATE TABLE tblLoan (
    lngLoanID INTEGER PRIMARY KEY,
    lngCopyID INTEGER NOT NULL REFERENCES tblCopy(lngCopyID),
    lngPatronID INTEGER NOT NULL REFERENCES tblPatron(lngPatronID),
    lngLibraryID INTEGER NOT NULL REFERENCES tblLibrary(lngLibraryID),
    dtmOut TEXT NOT NULL,
    dtmDue TEXT NOT NULL,
    dtmReturned TEXT,
    curFine REAL NOT NULL DEFAULT 0
);
CREATE TABLE tblILLRequest (
    lngRequestID INTEGER PRIMARY KEY,
    lngPatronID INTEGER NOT NULL REFERENCES tblPatron(lngPatronID),
    lngTitleID INTEGER NOT NULL REFERENCES tblTitle(lngTitleID),
    lngPickupLibraryID INTEGER NOT NULL REFERENCES tblLibrary(lngLibraryID),
    lngSupplyingLibraryID INTEGER REFERENCES tblLibrary(lngLibraryID),
    lngCopyID INTEGER REFERENCES tblCopy(lngCopyID),
    dtmRequested TEXT NOT NULL,
    dtmShipped TEXT,
    dtmReceived TEXT,
    dtmReturned TEXT,
    strStatus TEXT NOT NULL,
    ysnUrgent INTEGER NOT NULL,
    curFee REAL NOT NULL
);
"""

# id, name, town, type, parent, active, opened
_LIB_LIBRARIES = [
    (1, "Millbrook Central Library", "Millbrook", "CENTRAL", None, -1, "1968-05-01"),
    (2, "Ashford Central Library", "Ashford", "CENTRAL", None, -1, "1974-09-16"),
    (3, "Harlow Creek Central Library", "Harlow Creek", "CENTRAL", None, -1, "1981-03-02"),
    (4, "Millbrook East Branch", "Millbrook", "BRANCH", 1, -1, "1992-10-05"),
    (5, "Riverside Branch", "Millbrook", "BRANCH", 1, -1, "2001-04-23"),
    (6, "Oak Hill Branch", "Oak Hill", "BRANCH", 1, -1, "1998-01-12"),
    (7, "Ashford North Branch", "Ashford", "BRANCH", 2, -1, "2005-06-06"),
    (8, "Cedar Grove Branch", "Cedar Grove", "BRANCH", 2, -1, "1996-11-18"),
    (9, "Pine Valley Branch", "Pine Valley", "BRANCH", 3, -1, "2003-02-03"),
    (10, "Lakeside Branch", "Harlow Creek", "BRANCH", 3, 0, "1989-08-14"),
    (11, "Valley Bookmobile", "Harlow Creek", "MOBILE", 3, -1, "2015-04-01"),
]
_LIB_CLOSED = {10: dt.date(2024, 3, 29)}
_LIB_SYSTEM = {1: 1, 4: 1, 5: 1, 6: 1, 2: 2, 7: 2, 8: 2, 3: 3, 9: 3, 10: 3, 11: 3}
_LIB_SUBJECTS = ["Fiction", "Mystery & Thriller", "Romance", "Science Fiction", "Fantasy", "Biography", "History",
                 "Local History", "Cooking", "Gardening", "Travel", "Science", "Health & Fitness", "Business",
                 "Children's", "Young Adult", "Poetry", "Crafts & Hobbies"]  # fmt: skip
_LIB_ADJ = ["Silent", "Hidden", "Last", "Broken", "Golden", "Winter", "Forgotten", "Northern", "Quiet", "Crimson",
            "Wild", "Distant", "Painted", "Burning", "Secret", "Lost", "Lonely", "Bright", "Salt", "Iron"]  # fmt: skip
_LIB_NOUN = ["Harbor", "Orchard", "Garden", "River", "Kingdom", "Letters", "Lighthouse", "Bridge", "Summer",
             "Daughter", "Storm", "Island", "Witness", "Road", "Library", "Promise", "Mountain", "Valley", "Tide",
             "Clockmaker"]  # fmt: skip
_LIB_NONFIC = [("The Complete Guide to {x}", ["Sourdough Baking", "Container Gardening", "Home Canning", "Birdwatching",
                                               "Knitting Socks", "Retirement Planning", "Woodworking", "Beekeeping"]),
               ("{x}: A History", ["The Erie Canal", "Railroads in America", "The Civil War", "Coal Country",
                                    "The Great Depression", "Women's Suffrage", "The Space Race"]),
               ("Walking {x}", ["the Appalachian Trail", "Scotland", "the Camino", "Japan", "New England"])]  # fmt: skip
_LIB_FIRST = ["Mary", "Linda", "Susan", "Karen", "Nancy", "Betty", "Sandra", "Donna", "Carol", "Sharon", "James",
              "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles", "Emily",
              "Madison", "Ethan", "Noah", "Olivia", "Sophia", "Aiden", "Chloe", "Lucas", "Ava", "Luis", "Mei",
              "Andre", "Tyrone", "Keisha", "Rosa"]  # fmt: skip
_LIB_LAST = ["Miller", "Johnson", "Williams", "Brown", "Jones", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
             "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
             "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green", "Adams", "Baker",
             "Nelson", "Carter", "Mitchell", "Perez", "Roberts"]  # fmt: skip


def build_libraryloop(path: Path) -> None:
    r = random.Random(13305)
    libs = list(_LIB_LIBRARIES)
    subjects = [(i + 1, s) for i, s in enumerate(_LIB_SUBJECTS)]
    sid_of = {s: i + 1 for i, s in enumerate(_LIB_SUBJECTS)}
    # titles
    titles, tsub = [], []
    seen: set[str] = set()
    authors = [f"{last}, {f}" for f in _LIB_FIRST for last in _LIB_LAST]
    r.shuffle(authors)
    authors = authors[:160]
    fixed = [
        ("A History of the Millbrook Canal", "Pruitt, Harold", 1987, "BOOK", ["Local History", "History"]),
        ("Harlow Creek Then and Now", "Vasquez, Elena", 2019, "BOOK", ["Local History"]),
        ("Mills and Mill Towns of the Valley", "Pruitt, Harold", 1994, "BOOK", ["Local History", "History"]),
        ("The Ashford Flood of 1936", "Okafor, Grace", 2011, "BOOK", ["Local History"]),
        ("Faces of Oak Hill: Oral Histories", "Lindgren, Paul", 2022, "BOOK", ["Local History", "Biography"]),
        ("The Lighthouse Keeper's Daughter", "Marlowe, Claire", 2023, "BOOK", ["Fiction", "Romance"]),
        ("Nine Days in Lisbon", "Marlowe, Claire", 2024, "BOOK", ["Fiction", "Mystery & Thriller"]),
    ]
    for t, a, y, f, subs in fixed:
        seen.add(t)
        titles.append([len(titles) + 1, t, a, f"978{r.randint(1000000000, 1999999999)}", y, f, "English"])
        tsub.extend((len(titles), sid_of[s]) for s in subs)
    fiction_subs = [
        "Fiction",
        "Mystery & Thriller",
        "Romance",
        "Science Fiction",
        "Fantasy",
        "Young Adult",
        "Children's",
    ]
    while len(titles) < 420:
        if r.random() < 0.7:
            t = (
                f"The {r.choice(_LIB_ADJ)} {r.choice(_LIB_NOUN)}"
                if r.random() < 0.6
                else "{} of the {} {}".format(*(lambda a, b: (a, r.choice(_LIB_ADJ), b))(*r.sample(_LIB_NOUN, 2)))
            )
            subs = ["Fiction"] + ([r.choice(fiction_subs[1:])] if r.random() < 0.7 else [])
        else:
            pat, xs = r.choice(_LIB_NONFIC)
            t = pat.format(x=r.choice(xs))
            subs = {
                "The Complete": ["Cooking", "Gardening", "Crafts & Hobbies", "Business", "Science"],
                "Walking": ["Travel", "Health & Fitness"],
            }.get(t.split(" ")[0] + (" Complete" if "Complete" in t else ""), ["History"])
            if "Complete" in t:
                subs = [
                    {
                        "Sourdough Baking": "Cooking",
                        "Home Canning": "Cooking",
                        "Container Gardening": "Gardening",
                        "Birdwatching": "Science",
                        "Knitting Socks": "Crafts & Hobbies",
                        "Woodworking": "Crafts & Hobbies",
                        "Retirement Planning": "Business",
                        "Beekeeping": "Gardening",
                    }[t.split(" to ")[1]]
                ]
            elif t.startswith("Walking"):
                subs = ["Travel"] + (["Health & Fitness"] if r.random() < 0.4 else [])
        if t in seen:
            t = f"{t}: A Novel" if subs[0] == "Fiction" else f"{t} (Revised Edition)"
            if t in seen:
                continue
        seen.add(t)
        fmt = r.choices(["BOOK", "LARGE PRINT", "AUDIOBOOK", "DVD"], weights=[74, 8, 8, 10])[0]
        if fmt == "DVD":
            subs = ["Fiction"] if subs[0] == "Fiction" else subs
        lang = "Spanish" if r.random() < 0.06 else "English"
        titles.append(
            [
                len(titles) + 1,
                t,
                r.choice(authors),
                None if fmt == "DVD" else f"978{r.randint(1000000000, 1999999999)}",
                r.randint(1995, 2025) if r.random() < 0.8 else r.randint(1950, 1994),
                fmt,
                lang,
            ]
        )
        for s in dict.fromkeys(subs):
            tsub.append((len(titles), sid_of[s]))
    cost = {"BOOK": (14.0, 32.0), "LARGE PRINT": (22.0, 38.0), "AUDIOBOOK": (30.0, 55.0), "DVD": (12.0, 25.0)}
    # copies
    copies = []
    no_copy = set(r.sample(range(8, 421), 12))
    lib_ids = [lib[0] for lib in libs]
    lib_w = {1: 16, 2: 14, 3: 10, 4: 7, 5: 6, 6: 5, 7: 6, 8: 5, 9: 5, 10: 4, 11: 3}
    popular: dict[int, float] = {}
    for t in titles:
        if t[0] in no_copy:
            continue
        n = r.choices([1, 2, 3, 4, 5, 6], weights=[30, 28, 18, 12, 7, 5])[0]
        if t[0] in (6, 7):
            n = 8
        held = []
        while len(held) < min(n, 8):
            lib = r.choices(lib_ids, weights=[lib_w[i] for i in lib_ids])[0]
            if lib not in held or r.random() < 0.2:
                held.append(lib)
        pop = 3.0 if t[0] in (6, 7) else (r.uniform(0.2, 1.6) if t[4] >= 2018 else r.uniform(0.05, 0.8))
        for lib in held:
            acq = (
                _day(r, dt.date(max(2005, t[4]), 1, 1), dt.date(2024, 12, 31))
                if t[4] < 2025
                else _day(r, dt.date(2025, 1, 15), dt.date(2025, 5, 1))
            )
            if t[4] >= 2023 and acq < dt.date(t[4], 3, 1):
                acq = dt.date(t[4], 3, 1) + dt.timedelta(days=r.randint(0, 200))
                if acq > dt.date(2025, 5, 1):
                    acq = dt.date(2025, 5, 1)
            cid = len(copies) + 1
            lo, hi = cost[t[5]]
            copies.append(
                [
                    cid,
                    t[0],
                    lib,
                    f"3{lib:02d}{cid:07d}",
                    _ts(dt.datetime.combine(acq, dt.time(0))),
                    round(r.uniform(lo, hi), 2),
                    "AVL",
                ]
            )
            popular[cid] = pop
    # patrons
    patrons = []
    pnames = _names(r, _LIB_FIRST, _LIB_LAST, 900, {"Gloria Ramirez"})
    pnames[37] = ("Gloria", "Ramirez")
    for i, (f, last) in enumerate(pnames):
        home = r.choices(lib_ids, weights=[lib_w[x] + 2 for x in lib_ids])[0]
        reg = _moment(r, dt.datetime(2008, 1, 1), dt.datetime(2025, 6, 10, 18))
        reg = reg.replace(hour=r.randint(9, 19))
        if home == 10 and reg.date() > _LIB_CLOSED[10]:
            home = 3
        cat = r.choices(["ADULT", "CHILD", "SENIOR", "STUDENT"], weights=[58, 14, 18, 10])[0]
        exp = (
            reg.date().replace(year=reg.year + 3)
            if not (reg.month == 2 and reg.day == 29)
            else dt.date(reg.year + 3, 3, 1)
        )
        while exp < dt.date(2024, 6, 1):
            exp = exp.replace(year=exp.year + 3)
        patrons.append(
            (
                i + 1,
                f"2{i + 1:04d}{r.randint(10000, 99999)}",
                f,
                last,
                None if r.random() < 0.12 else f"{f.lower()}.{last.lower()}@mail.example",
                home,
                cat,
                _ts(reg),
                _ts(dt.datetime.combine(exp, dt.time(0))),
            )
        )
    gloria = 38
    by_home: dict[int, list[int]] = {}
    by_sys: dict[int, list[int]] = {}
    for p in patrons:
        by_home.setdefault(p[5], []).append(p[0])
        by_sys.setdefault(_LIB_SYSTEM[p[5]], []).append(p[0])
    reg_of = {p[0]: dt.datetime.strptime(p[7], "%Y-%m-%d %H:%M:%S") for p in patrons}
    # copies withdrawn or lost
    ids = [c[0] for c in copies]
    withdrawn = set(r.sample(ids, 40))
    lost = set(r.sample([i for i in ids if i not in withdrawn], 24))
    loans, ills = [], []
    start = dt.datetime(2023, 7, 1, 9)
    for c in copies:
        cid, tid, lib = c[0], c[1], c[2]
        fmt = titles[tid - 1][5]
        if cid in withdrawn:
            c[6] = "WDN"
            continue
        acq = dt.datetime.strptime(c[4], "%Y-%m-%d %H:%M:%S")
        t = max(start, acq + dt.timedelta(days=5)) + dt.timedelta(days=r.expovariate(popular[cid] / 50))
        stop = END
        if lib in _LIB_CLOSED:
            stop = dt.datetime.combine(_LIB_CLOSED[lib], dt.time(17))
        state = "AVL"
        while t < stop:
            t = t.replace(hour=r.randint(9, 19), minute=r.randint(0, 59), second=r.randint(0, 59))
            if t > stop:
                break
            if cid in lost and t > dt.datetime(2024, 9, 1):
                p = r.choice(by_home.get(lib, by_sys[_LIB_SYSTEM[lib]]))
                due = t.date() + dt.timedelta(days=7 if fmt == "DVD" else 21)
                loans.append([cid, p, lib, _ts(t), _ts(dt.datetime.combine(due, dt.time(0))), None, 0.0])
                state = "LST"
                break
            if r.random() < 0.16 and lib != 11:
                # interlibrary loan to a patron of another system or library
                others = [
                    x
                    for x in patrons
                    if x[5] != lib
                    and _LIB_SYSTEM[x[5]] != _LIB_SYSTEM[lib]
                    and (x[5] not in _LIB_CLOSED or t.date() < _LIB_CLOSED[x[5]])
                ]
                pat = r.choice(others) if r.random() > 0.008 else patrons[gloria - 1]
                if pat[5] == lib or reg_of[pat[0]] > t:
                    t += dt.timedelta(days=r.randint(2, 10))
                    continue
                req = t - dt.timedelta(days=r.randint(1, 3), hours=r.randint(0, 8))
                shipped = t + dt.timedelta(hours=r.randint(2, 30))
                recv = shipped + dt.timedelta(days=r.randint(1, 4), hours=r.randint(0, 6))
                back = recv + dt.timedelta(days=r.randint(10, 35))
                urgent = -1 if r.random() < 0.1 else 0
                fee = 6.0 if urgent else 3.0
                if shipped > END:
                    ills.append([pat[0], tid, pat[5], None, None, _ts(req), None, None, None, "REQ", urgent, fee])
                    break
                if recv > END:
                    ills.append([pat[0], tid, pat[5], lib, cid, _ts(req), _ts(shipped), None, None, "SHP", urgent, fee])
                    state = "TRN"
                    break
                if back > END:
                    ills.append(
                        [pat[0], tid, pat[5], lib, cid, _ts(req), _ts(shipped), _ts(recv), None, "RCV", urgent, fee]
                    )
                    state = "OUT"
                    break
                ills.append(
                    [pat[0], tid, pat[5], lib, cid, _ts(req), _ts(shipped), _ts(recv), _ts(back), "RET", urgent, fee]
                )
                t = back + dt.timedelta(days=r.randint(2, 5)) + dt.timedelta(days=r.expovariate(popular[cid] / 50))
                continue
            pool_ = by_home.get(lib, []) if r.random() < 0.75 else by_sys[_LIB_SYSTEM[lib]]
            pool_ = [p for p in pool_ if reg_of[p] <= t] or [p for p in by_sys[_LIB_SYSTEM[lib]] if reg_of[p] <= t]
            p = r.choice(pool_)
            days = 7 if fmt == "DVD" else 21
            due = t.date() + dt.timedelta(days=days)
            late = r.random() < 0.16
            ret_day = (
                due + dt.timedelta(days=r.randint(1, 30)) if late else t.date() + dt.timedelta(days=r.randint(2, days))
            )
            ret = dt.datetime.combine(ret_day, dt.time(r.randint(9, 19), r.randint(0, 59), r.randint(0, 59)))
            if ret > END:
                loans.append([cid, p, lib, _ts(t), _ts(dt.datetime.combine(due, dt.time(0))), None, 0.0])
                state = "OUT"
                break
            fine = 0.0
            if late:
                fine = min(10.0, (ret_day - due).days * (1.0 if fmt == "DVD" else 0.25))
            loans.append([cid, p, lib, _ts(t), _ts(dt.datetime.combine(due, dt.time(0))), _ts(ret), fine])
            t = ret + dt.timedelta(days=r.expovariate(popular[cid] / 50))
        c[6] = state
    # cancelled requests and requests nobody could fill
    for _ in range(55):
        pat = r.choice(patrons)
        t = _moment(r, dt.datetime(2023, 7, 1), END - dt.timedelta(hours=2))
        if reg_of[pat[0]] > t:
            continue
        if pat[5] in _LIB_CLOSED and t.date() >= _LIB_CLOSED[pat[5]]:
            continue
        tid = r.choice(sorted(no_copy)) if r.random() < 0.55 else r.randint(1, len(titles))
        urgent = -1 if r.random() < 0.15 else 0
        status = "UNF" if tid in no_copy else "CAN"
        ills.append([pat[0], tid, pat[5], None, None, _ts(t), None, None, None, status, urgent, 0.0])
    for _ in range(9):  # new requests not yet filled
        pat = r.choice([p for p in patrons if p[5] not in _LIB_CLOSED])
        tid = r.choice([x for x in range(1, len(titles) + 1) if x not in no_copy])
        when = _moment(r, dt.datetime(2025, 6, 8, 9), END - dt.timedelta(hours=3))
        urgent = -1 if r.random() < 0.2 else 0
        ills.append(
            [pat[0], tid, pat[5], None, None, _ts(when), None, None, None, "REQ", urgent, 6.0 if urgent else 3.0]
        )
    for _ in range(3):
        tid = r.choice([x for x in range(1, len(titles) + 1) if x not in no_copy])
        ills.append(
            [
                gloria,
                tid,
                patrons[gloria - 1][5],
                None,
                None,
                _ts(_moment(r, dt.datetime(2025, 6, 9), END - dt.timedelta(hours=3))),
                None,
                None,
                None,
                "REQ",
                0,
                3.0,
            ]
        )
    ills.sort(key=lambda x: x[5])
    ill_rows = [(i + 1, *x) for i, x in enumerate(ills)]
    loans.sort(key=lambda x: x[3])
    loan_rows = [(i + 1, *x) for i, x in enumerate(loans)]
    write_tables(path, LIBRARYLOOP_DDL, [
        ("tblLibrary", libs), ("tblPatron", patrons), ("tblTitle", [tuple(t) for t in titles]), ("tblSubject", subjects),
        ("tblTitleSubject", tsub), ("tblCopy", [tuple(c) for c in copies]), ("tblLoan", loan_rows),
        ("tblILLRequest", ill_rows),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# coopwatt (a community energy co-operative's reporting warehouse: a star schema with integer date keys)
# ---------------------------------------------------------------------------------------------------------------

COOPWATT_DDL = """
CREATE TABLE dim_date (
    date_key INTEGER PRIMARY KEY,
    full_date TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    month INTEGER NOT NULL,
    month_name TEXT NOT NULL,
    day_of_month INTEGER NOT NULL,
    day_name TEXT NOT NULL,
    is_weekend INTEGER NOT NULL
);
CREATE TABLE dim_site (
    site_key INTEGER PRIMARY KEY,
    site_code TEXT NOT NULL UNIQUE,
    site_name TEXT NOT NULL,
    technology TEXT NOT NULL,
    town TEXT NOT NULL,
    capacity_kw REAL NOT NULL,
    commissioned_date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    interest_rate_pct REAL NOT NULL
);
CREATE TABLE dim_member (
    member_key INTEGER PRIMARY KEY,
    member_no TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    organisation TEXT,
    member_type TEXT NOT NULL,
    town TEXT NOT NULL,
    joined_date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    left_date_key INTEGER REFERENCES dim_date(date_key)
);
CREATE TABLE fact_generation (
    date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
    generated_kwh REAL NOT NULL,
    exported_kwh REAL NOT NULL,
    export_revenue_gbp REAL NOT NULL,
    availability_pct REAL NOT NULL,
    PRIMARY KEY (date_key, site_key)
);
CREATE TABLE fact_shareholding (
    holding_id INTEGER PRIMARY KEY,
    member_key INTEGER NOT NULL REFERENCES dim_member(member_key),
    site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
    purchase_date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    shares INTEGER NOT NULL,
    amount_gbp REAL NOT NULL,
    withdrawn_date_key INTEGER REFERENCES dim_date(date_key)
);
CREATE TABLE fact_interest_payment (
    payment_id INTEGER PRIMARY KEY,
    holding_id INTEGER NOT NULL REFERENCES fact_shareholding(holding_id),
    member_key INTEGER NOT NULL REFERENCES dim_member(member_key),
    site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
    paid_date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
    interest_gbp REAL NOT NULL
);
"""

# key, code, name, technology, town, kW, commissioned, interest %, export price £/kWh, share offer opened
_COOP_SITES = [
    (
        1,
        "BMH",
        "Brook Mill Hydro",
        "hydro",
        "Hebden Bridge",
        95.0,
        dt.date(2016, 5, 20),
        4.0,
        0.16,
        dt.date(2015, 11, 1),
    ),
    (
        2,
        "SAS",
        "St Anne's School Solar",
        "solar_pv",
        "Todmorden",
        48.0,
        dt.date(2017, 8, 1),
        3.5,
        0.14,
        dt.date(2017, 3, 1),
    ),
    (3, "HSW", "Hillside Wind", "wind", "Marsden", 900.0, dt.date(2019, 3, 14), 4.5, 0.13, dt.date(2018, 6, 1)),
    (
        4,
        "CWS",
        "Canal Wharf Solar",
        "solar_pv",
        "Slaithwaite",
        250.0,
        dt.date(2021, 6, 30),
        4.0,
        0.15,
        dt.date(2020, 10, 1),
    ),
    (
        5,
        "CCS",
        "Cricket Club Solar",
        "solar_pv",
        "Holmfirth",
        30.0,
        dt.date(2022, 4, 1),
        3.0,
        0.15,
        dt.date(2021, 11, 1),
    ),
    (6, "MTW", "Moor Top Wind", "wind", "Marsden", 2300.0, dt.date(2023, 9, 12), 5.0, 0.12, dt.date(2022, 9, 1)),
    (
        7,
        "MLS",
        "Mill Lane Solar Farm",
        "solar_pv",
        "Todmorden",
        1200.0,
        dt.date(2024, 10, 1),
        5.0,
        0.11,
        dt.date(2024, 1, 15),
    ),
]
_COOP_TOWNS = [("Hebden Bridge", 22), ("Todmorden", 20), ("Marsden", 14), ("Slaithwaite", 10), ("Holmfirth", 12),
               ("Huddersfield", 12), ("Halifax", 6), ("Leeds", 4)]  # fmt: skip
_COOP_FIRST = ["Alison", "Brian", "Catherine", "David", "Elaine", "Frank", "Gillian", "Graham", "Helen", "Ian",
               "Janet", "Keith", "Lesley", "Martin", "Nicola", "Paul", "Rachel", "Stephen", "Tracey", "Alan", "Ruth",
               "Simon", "Joanne", "Mark", "Yasmin", "Faisal", "Hannah", "Josh", "Chloe", "Tom"]  # fmt: skip
_COOP_LAST = ["Sutcliffe", "Greenwood", "Crossley", "Ackroyd", "Holroyd", "Brook", "Haigh", "Barker", "Firth",
              "Mitchell", "Shaw", "Pickles", "Lumb", "Ramsden", "Hirst", "Akhtar", "Hussain", "Walsh", "Booth",
              "Turner", "Marsden", "Dyson", "Priestley", "Lord", "Hartley"]  # fmt: skip
_COOP_ORGS = {"business": ["Calder Valley Bakery", "Hebden Print Works", "Marsden Outdoor Ltd", "Moorland Vets",
                           "Pennine Joinery", "Holme Valley Brewing Co", "Slaithwaite Spa Cafe", "Todmorden Cycles",
                           "Canal Side Garage", "Greenwood & Lord Solicitors"],
              "school": ["St Anne's C of E Primary", "Calder High School", "Marsden Infant School", "Holmfirth Junior School"],
              "charity": ["Incredible Edible Todmorden", "Calder Rivers Trust", "Hebden Bridge Community Association",
                          "Marsden Moor Trust", "Holme Valley Food Bank"]}  # fmt: skip
_COOP_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]  # fmt: skip
_COOP_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def build_coopwatt(path: Path) -> None:
    r = random.Random(13306)
    dates = []
    d = dt.date(2014, 1, 1)
    while d <= dt.date(2025, 12, 31):
        dates.append(
            (
                _key(d),
                d.isoformat(),
                d.year,
                (d.month - 1) // 3 + 1,
                d.month,
                _COOP_MONTHS[d.month - 1],
                d.day,
                _COOP_DAYS[d.weekday()],
                1 if d.weekday() >= 5 else 0,
            )
        )
        d += dt.timedelta(days=1)
    sites = [
        (k, code, nm, tech, town, kw, _key(comm), rate)
        for k, code, nm, tech, town, kw, comm, rate, _p, _o in _COOP_SITES
    ]
    # generation, daily from 2024-01-01
    gen = []
    wind_fault = {
        3: [(dt.date(2024, 2, 3), 9), (dt.date(2024, 11, 18), 16), (dt.date(2025, 3, 2), 6)],
        6: [(dt.date(2024, 7, 9), 4)],
    }
    for k, _code, nm, tech, _town, kw, comm, _rate, price, _o in _COOP_SITES:
        d = max(dt.date(2024, 1, 1), comm)
        while d <= LAST_DAY:
            doy = d.timetuple().tm_yday
            season = math.cos((doy - 172) / 365.25 * 2 * math.pi)  # 1 at midsummer, -1 at midwinter
            avail = 100.0
            if tech == "solar_pv":
                cf = max(0.01, 0.105 + 0.085 * season) * r.uniform(0.35, 1.45)
            elif tech == "wind":
                cf = max(0.0, (0.30 - 0.12 * season) * r.uniform(0.0, 2.0) ** 1.3)
                if r.random() < 0.04:
                    cf = 0.0  # becalmed
            else:
                cf = min(0.92, max(0.05, (0.55 - 0.30 * season) * r.uniform(0.6, 1.3))) * r.uniform(0.9, 1.0)
            for fs, n in wind_fault.get(k, []):
                if fs <= d < fs + dt.timedelta(days=n):
                    avail = 0.0
            if avail and r.random() < 0.03:
                avail = round(r.uniform(40, 95), 1)
            kwh = round(kw * 24 * min(cf, 0.95) * avail / 100, 1)
            own_use = {"St Anne's School Solar": 0.55, "Cricket Club Solar": 0.4}.get(nm, 0.02)
            if d.weekday() >= 5 and nm == "St Anne's School Solar":
                own_use = 0.1
            exported = round(kwh * (1 - own_use), 1)
            gen.append((_key(d), k, kwh, exported, round(exported * price, 2), avail))
            d += dt.timedelta(days=1)
    # members
    members = []
    names = _names(r, _COOP_FIRST, _COOP_LAST, 460)
    orgs = [(t, o) for t, os_ in _COOP_ORGS.items() for o in os_]
    for i in range(440):
        f, last = names[i]
        if i < len(orgs) * 2 and i % 2 == 1:
            mtype, org = orgs[i // 2]
        else:
            mtype, org = "individual", None
        town = r.choices([t for t, _w in _COOP_TOWNS], weights=[w for _t, w in _COOP_TOWNS])[0]
        joined = _day(r, dt.date(2015, 11, 1), dt.date(2025, 6, 12))
        if r.random() < 0.45:
            joined = _day(r, dt.date(2024, 1, 15), dt.date(2025, 6, 12)) if r.random() < 0.35 else joined
        left = None
        if r.random() < 0.09 and joined < dt.date(2023, 1, 1):
            left = _day(r, joined + dt.timedelta(days=700), dt.date(2025, 6, 1))
        members.append((i + 1, f"CW-{i + 1:04d}", f, last, org, mtype, town, _key(joined), _key(left)))
    # holdings: members buy into share offers open when they join or later
    holdings = []
    never = set(r.sample(range(1, 441), 30))
    for m in members:
        if m[0] in never:
            continue
        joined = dt.datetime.strptime(str(m[7]), "%Y%m%d").date()
        left = dt.datetime.strptime(str(m[8]), "%Y%m%d").date() if m[8] else None
        open_sites = [s for s in _COOP_SITES if s[9] <= joined + dt.timedelta(days=400)]
        n = r.choices([1, 2, 3, 4], weights=[55, 28, 12, 5])[0]
        if m[0] == 17:
            n = 5
        picks = r.sample(open_sites, min(n, len(open_sites)))
        for s in picks:
            buy = max(joined, s[9]) + dt.timedelta(days=r.randint(0, 60))
            if buy > LAST_DAY or (left and buy >= left):
                continue
            big = m[5] in ("business", "school", "charity")
            shares = r.choice([5, 6, 8, 10, 10, 20, 20, 40, 60, 100]) * (r.choice([2, 4, 6]) if big else 1)
            if m[0] == 17:
                shares = 300
            withdrawn = (
                left
                if left
                else (
                    _day(r, buy + dt.timedelta(days=1100), LAST_DAY)
                    if r.random() < 0.05 and buy < dt.date(2021, 1, 1)
                    else None
                )
            )
            holdings.append([len(holdings) + 1, m[0], s[0], _key(buy), shares, shares * 50.0, _key(withdrawn)])
    # interest paid each 31 March on holdings held through the previous calendar year (pro rata by whole months)
    pays = []
    for h in holdings:
        buy = dt.datetime.strptime(str(h[3]), "%Y%m%d").date()
        wd = dt.datetime.strptime(str(h[6]), "%Y%m%d").date() if h[6] else None
        rate = _COOP_SITES[h[2] - 1][7]
        comm = _COOP_SITES[h[2] - 1][6]
        for year in range(2017, 2025):
            pay_day = dt.date(year + 1, 3, 31)
            if wd and wd <= pay_day:
                continue
            y0, y1 = dt.date(year, 1, 1), dt.date(year, 12, 31)
            start = max(buy, comm, y0)
            if start > y1:
                continue
            months = 12 - (start.month - 1) if start > y0 else 12
            amt = round(h[5] * rate / 100 * months / 12, 2)
            if amt > 0:
                pays.append((len(pays) + 1, h[0], h[1], h[2], _key(pay_day), amt))
    write_tables(path, COOPWATT_DDL, [
        ("dim_date", dates), ("dim_site", sites), ("dim_member", members), ("fact_generation", gen),
        ("fact_shareholding", [tuple(h) for h in holdings]), ("fact_interest_payment", pays),
    ])  # fmt: skip


BUILDERS: dict[str, Callable[[Path], None]] = {
    "pawcare": build_pawcare,
    "clearfwd": build_clearfwd,
    "windcrew": build_windcrew,
    "lingwista": build_lingwista,
    "libraryloop": build_libraryloop,
    "coopwatt": build_coopwatt,
}
