"""Six synthetic databases of energy, utilities and telecoms for the 122nd blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Dates are ISO text ('YYYY-MM-DD'), timestamps 'YYYY-MM-DD HH:MM:SS' local time.

zonnedak -- a Dutch rooftop solar installer around Utrecht (Dutch names and values), quotes 2023-01 to 2025-06-12
    klanten: customers.  klant_id; naam: a person's full name or, for businesses, the company name; soort:
        'particulier' = private household, 'zakelijk' = business; plaats: town; postcode; telefoon (NULL = not
        known); klant_sinds: date registered.
    paneeltypes: the solar panel models sold.  paneeltype_id; merk: brand; model; vermogen_wp: a panel's peak power
        in watt-peak (Wp); rendement_pct: efficiency in %; inkoopprijs_eur: purchase price per panel in EUR.
    omvormers: inverters.  omvormer_id; merk; model; vermogen_w: rated AC power in W (for the Enphase
        micro-inverter: per micro-inverter); garantie_jaren: warranty in years.
    monteurs: installers (fitters).  monteur_id; voornaam; achternaam; in_dienst: date hired; uit_dienst: date they
        left (NULL = still employed).
    offertes: quotes.  offerte_id; klant_id -> klanten; offertedatum: date of the quote; paneeltype_id ->
        paneeltypes; aantal_panelen: number of panels; bedrag_eur: quoted price in whole EUR (installation included);
        status: 'open' = awaiting the customer's answer, 'geaccepteerd' = accepted, 'afgewezen' = rejected by the
        customer, 'verlopen' = expired (no answer in time).  A customer may get a second quote after a rejected or
        expired one.
    installaties: one installation per accepted quote.  installatie_id; offerte_id -> offertes; klant_id ->
        klanten; paneeltype_id -> paneeltypes; aantal_panelen; omvormer_id -> omvormers; dakrichting: the roof's
        orientation: 'Z' south, 'ZO' south-east, 'ZW' south-west, 'O' east, 'W' west, 'OW' east-west (flat roof);
        hellingshoek: panel tilt in degrees; monteur_id -> monteurs: the lead installer; installatiedatum: date
        installed (the planned date when status is 'gepland'); status: 'gepland' = planned, not installed yet,
        'actief' = in operation, 'buiten_gebruik' = taken out of use.  An installation's capacity in kWp (kilowatt
        peak) is aantal_panelen * vermogen_wp / 1000.
    meterstanden: production meter readings: the inverter's cumulative kWh counter.  meterstand_id; installatie_id
        -> installaties; opnamedatum: reading date; stand_kwh: counter reading in kWh.  The first reading is taken on
        the installation date (close to 0), then one on the 1st of every month (up to 2025-06-01; none after an
        installation is taken out of use).  The production of a month is the reading on the 1st of the next month
        minus the reading on the 1st of that month.
    storingen: fault reports.  storing_id; installatie_id -> installaties; gemeld_op: date reported; oorzaak: the
        cause: 'omvormer' = inverter, 'paneel' = panel, 'bekabeling' = wiring, 'monitoring' = monitoring / app
        connection, 'lekkage' = roof leak; monteur_id -> monteurs: installer sent (NULL = not yet assigned);
        opgelost_op: date resolved (NULL = still open).

redcalor -- a Spanish district heating network in Zaragoza (Spanish names and values)
    centrales: heat plants.  central_id; nombre; combustible: fuel: 'biomasa' = biomass, 'gas_natural' = natural
        gas, 'calor_residual' = waste heat from the incinerator; potencia_mw: thermal capacity in MW;
        anio_puesta_marcha: year commissioned; estado: 'operativa' = in service, 'reserva' = standby backup boiler
        (runs only on the coldest days).
    tarifas: tariffs.  tarifa_cod: 'DOM' = domestic (residential blocks), 'TER' = tertiary (offices and shops),
        'PUB' = public facilities (schools, hospital, sports centres); descripcion; termino_fijo_eur_mes: fixed
        charge in EUR per month; precio_eur_mwh: energy price in EUR per MWh.
    edificios: connected buildings.  edificio_id; direccion: street address; barrio: neighbourhood; uso: use:
        'residencial', 'oficinas' = offices, 'colegio' = school, 'hospital', 'polideportivo' = sports centre,
        'comercial' = shops; viviendas: number of dwellings (residential buildings only, else NULL);
        superficie_m2: heated floor area in m2; tarifa_cod -> tarifas; central_id -> centrales: the plant that
        supplies it; fecha_alta: date connected; fecha_baja: date disconnected (NULL = still connected).
    contadores: heat meters, one per building.  contador_id; edificio_id -> edificios; num_serie: serial number;
        marca: make; fecha_instalacion: date fitted.
    lecturas: meter register readings, on the 1st of every month from 2024-01-01 to 2025-06-01 (a building
        connected later has a first reading of 0 on its connection date; none after a disconnection).  lectura_id;
        contador_id -> contadores; fecha; energia_mwh: cumulative heat delivered in MWh; volumen_m3: cumulative
        water volume through the meter in m3.  A month's consumption is the difference between the readings on
        the 1st of the next month and the 1st of that month.
    facturas: monthly bills, one per building per full calendar month (periods 2024-01 to 2025-05).  factura_id;
        edificio_id -> edificios; periodo: the billed month 'YYYY-MM'; consumo_mwh: heat used in MWh (from the
        meter readings); importe_eur: amount in EUR (fixed charge + consumo_mwh * price); fecha_emision: date
        issued; fecha_vencimiento: due date; fecha_pago: date paid (NULL = unpaid).
    averias: faults and outages.  averia_id; central_id -> centrales (set for a fault at a plant, else NULL);
        edificio_id -> edificios (set for a fault at a building's substation, else NULL); inicio: start timestamp;
        fin: end timestamp (NULL = still ongoing); causa: 'fuga' = leak, 'bomba' = pump, 'valvula' = valve,
        'intercambiador' = heat exchanger, 'control' = control system; descripcion: free text, sometimes NULL.
    registro_diario: the plants' daily operating log, one row per plant per day it ran, 2025-01-01 to 2025-06-14.
        fecha; central_id -> centrales; temp_exterior_c: outdoor temperature in °C (NULL when the sensor failed);
        temp_impulsion_c: supply (flow) water temperature in °C; temp_retorno_c: return water temperature in °C;
        calor_producido_mwh: heat produced that day in MWh; demanda_pico_mw: the day's peak demand in MW;
        hora_pico: the hour of day (0-23) in which the peak occurred.

airminum -- an Indonesian municipal water utility (PDAM) in Bandung (Indonesian names and values), money in
    Rupiah (Rp, whole numbers)
    golongan_tarif: tariff classes.  kode_golongan: 'R1' = Rumah Tangga Sederhana (simple household), 'R2' = Rumah
        Tangga Menengah (middle household), 'R3' = Rumah Tangga Mewah (luxury household), 'N1' = Niaga Kecil (small
        business), 'N2' = Niaga Besar (large business), 'S1' = Sosial (mosques, schools, orphanages ...);
        nama_golongan; biaya_beban: fixed monthly charge in Rp.
    blok_tarif: the progressive block tariff.  id_blok; kode_golongan -> golongan_tarif; urutan_blok: block number
        (1, 2, 3); batas_bawah_m3 / batas_atas_m3: the block covers the part of a month's usage between these m3
        (batas_atas_m3 NULL = no upper limit); harga_per_m3: Rp per m3 in that block.  E.g. an R2 customer using
        25 m3 pays 10 * 2,500 + 10 * 3,500 + 5 * 5,000 plus the fixed charge.
    petugas: meter readers.  id_petugas; nama_petugas; wilayah: the kecamatan (district) they read; tanggal_masuk:
        date joined; aktif: 1 = still working, 0 = left.
    pelanggan: customers (connections).  id_pelanggan; no_sambungan: connection number; nama_pelanggan; alamat:
        address; kecamatan: district; kode_golongan -> golongan_tarif; no_hp: mobile number (NULL = not known);
        tanggal_daftar: date registered; status_sambungan: 'aktif' = active, 'segel' = sealed (supply shut off for
        arrears), 'putus' = permanently disconnected.
    meteran: water meters.  id_meteran; id_pelanggan -> pelanggan; no_seri: serial number; merek: make;
        ukuran_inci: size in inches; tanggal_pasang: date fitted; tanggal_cabut: date removed (NULL = still
        fitted).  Eight customers had their meter replaced: the old one's last reading and the new one's first
        reading (0) are on the same day.
    pembacaan: monthly meter readings, taken between the 3rd and the 12th of every month from June 2024 to June
        2025 (a customer registered later has a first reading of 0 on the registration date).  id_pembacaan;
        id_meteran -> meteran; id_petugas -> petugas: who read it; tanggal_baca: reading date; angka_meter: the
        meter's cumulative count in m3; keterangan: the reader's note: NULL, 'meter buram' = dial fogged up, 'rumah
        kosong' = nobody home, 'anjing galak' = fierce dog, 'disegel' = supply sealed, 'meter baru' = new meter
        fitted.  Usage between two readings of a meter is the difference of angka_meter.
    tagihan: monthly bills, periods 2024-07 to 2025-06.  id_tagihan; id_pelanggan -> pelanggan; periode: 'YYYY-MM',
        the month of the reading that closes it; pemakaian_m3: water used since the previous reading in m3;
        biaya_air: the water charge by the blocks in Rp; biaya_beban: the fixed charge in Rp; total_tagihan:
        biaya_air + biaya_beban in Rp; jatuh_tempo: due date (the 20th of the period's month).
    pembayaran: payments, at most one per bill (a bill without a payment is unpaid: a tunggakan, arrears).
        id_pembayaran; id_tagihan -> tagihan; tanggal_bayar: date paid; jumlah_bayar: amount paid in Rp
        (total_tagihan + denda); denda: late fee in Rp (5,000, or 15,000 for business classes N1/N2, when paid
        after the due date; else 0); metode: 'loket' = at the counter, 'transfer_bank' = bank transfer,
        'minimarket', 'qris' = QR code payment.

mobicdr -- an Irish mobile operator's plans, subscribers and call detail records (English, abbreviated names with
    unit suffixes), money in euro cents
    plans: tariff plans.  plan_id; plan_nm; plan_typ: 'PRE' = prepaid, 'POST' = postpaid (bill pay);
        mthly_fee_cents: monthly fee in cents; data_allow_mb: monthly data allowance in MB (NULL = unlimited);
        voice_allow_min: monthly voice minutes (NULL = unlimited); launch_dt: date launched; retire_dt: date it
        stopped being sold (existing subscribers keep it; NULL = still on sale).
    addons: bolt-ons.  addon_id; addon_nm; fee_cents: price in cents; extra_data_mb: extra data in MB (NULL = none);
        extra_min: extra minutes (NULL = none); valid_days: validity in days.
    plan_addon: which add-ons can be bought on which plan.  plan_id -> plans; addon_id -> addons.
    cell_sites: the radio sites.  cell_id; site_cd; city; rat: radio technology '4G' or '5G'; on_air_dt: date
        switched on.
    subs: subscribers.  sub_id; msisdn: the phone number; first_nm; last_nm; plan_id -> plans: current plan;
        home_city; act_dt: date activated; deact_dt: date disconnected (churned; NULL = still active).
    sub_addon: add-ons bought by subscribers.  sub_id -> subs; addon_id -> addons; start_dt: date bought; end_dt:
        date it expires (start_dt + validity).
    cdr: call detail records, 2025-03-01 to 2025-06-14.  cdr_id; sub_id -> subs; cell_id -> cell_sites (NULL when
        roaming abroad); rec_typ: 'MOC' = outgoing voice call, 'MTC' = incoming voice call, 'SMS' = outgoing text
        message, 'GPRS' = mobile data session; start_ts: start time (Irish local time); dur_sec: duration in
        seconds (voice calls and data sessions; NULL for SMS); vol_mb: data volume in MB (data sessions only, else
        NULL); other_party: the other phone number (voice and SMS; international numbers start with '+'; NULL for
        data); roam_cc: ISO code of the country visited when used abroad (NULL at home); chg_cents: out-of-bundle
        charge in cents (0 when covered by the plan or an add-on).
    Peak hours are Monday to Friday 08:00-19:59; evenings, nights and weekends are off-peak.

bbfaults -- a UK broadband provider's lines, faults and field engineers in Yorkshire (English, abbreviated names
    with unit suffixes), faults 2024-01-01 to 2025-06-14
    exchanges: telephone exchanges.  exch_id; exch_cd ('LDS-HL'); exch_nm ('Leeds Headingley'); region.
    lines: customer broadband lines.  line_id; acct_no: account number; cust_nm: customer (a person or, for
        business lines, the company); exch_id -> exchanges; access_tech: 'FTTP' = full fibre, 'FTTC' = fibre to the
        cabinet (copper from the cabinet), 'ADSL2' = copper from the exchange; prod_speed_mbps: the package's
        download speed in Mbit/s; sync_dn_mbps: last measured downstream sync speed in Mbit/s (NULL = no sync
        recorded); line_len_m: copper line length in metres (NULL for FTTP); is_biz: 1 = business line, 0 =
        residential; prov_dt: date provided; cease_dt: date ceased (NULL = live).
    engineers: field engineers.  eng_id; eng_nm; grade: 'T1' junior, 'T2', 'T3' senior; home_exch_id -> exchanges:
        their base; lead_eng_id -> engineers: their team leader (NULL for the three team leaders); start_dt;
        leave_dt (NULL = still employed); van_reg: their van's registration (NULL = no van assigned).
    skills: skill_id; skill_cd: 'FIBSPL' fibre splicing, 'OTDR' OTDR fibre testing, 'COPJNT' copper jointing, 'POLE'
        pole climbing / working at height, 'CAB' street cabinet work, 'UGD' underground duct and chamber work, 'BIZ'
        business Ethernet circuits; skill_desc.
    eng_skills: engineers' certified skills.  eng_id -> engineers; skill_id -> skills; cert_dt: date certified;
        expiry_dt: date the certificate expires (NULL = does not expire; only pole climbing expires, after 3
        years).
    faults: reported faults.  fault_id; line_id -> lines; rpt_ts: reported; symptom_cd: 'NOSYNC' = no service,
        'SLOW' = slow speeds, 'DROP' = connection keeps dropping, 'NOISE' = noisy phone line, 'DMG' = damaged
        equipment (pole, cable, box); priority: 'P1' (repair target 24 hours), 'P2' (48 hours), 'P3' (72 hours);
        req_skill_id -> skills: the skill the field visit needs (NULL = fixed remotely, no visit); clr_ts: when
        cleared (NULL = still open); root_cause (set when cleared): 'CPE' = customer's router or wiring,
        'DROPWIRE' = overhead drop wire, 'CABINET' = street cabinet, 'SPLICE' = fibre splice, 'DUCT' =
        underground duct, 'EXCHANGE' = exchange equipment, 'RFT' = right when tested (no fault found).
    visits: engineer visits for faults.  visit_id; fault_id -> faults; eng_id -> engineers; arrive_ts: arrival
        time; onsite_min: minutes on site; travel_km: km driven to the job; outcome_cd: 'FIXED', 'NOACC' = no access
        to the premises, 'REVISIT' = another visit needed, 'NFF' = no fault found.

evnet -- an EV charging network in Leeds and York (English, abbreviated names with unit suffixes), sessions
    2025-01-01 to 2025-06-14, money in pence
    grid_node: the electricity network that supplies the sites, a hierarchy (self-reference): 'SUB' = primary
        substation (33/11 kV) -> 'FDR' = 11 kV feeder (parent: its substation) -> 'TX' = distribution transformer
        (parent: its feeder).  node_id; node_nm; node_typ; parent_node_id -> grid_node (NULL for substations);
        rating_kva: rating in kVA; voltage_kv: the node's voltage in kV.
    site: charging sites.  site_id; site_nm; city; site_typ: 'HUB' = rapid charging hub, 'RETAIL' = a shop or
        park-and-ride car park, 'STREET' = on-street chargers, 'DEPOT' = fleet depot; tx_node_id -> grid_node: the
        transformer that feeds the site; grid_cap_kw: agreed grid import capacity in kW; open_dt: date opened.
    charger: charge points (one connector each).  chg_id; site_id -> site; evse_ref: the public EVSE id;
        connector: 'CCS2' (DC rapid), 'CHADEMO' (DC rapid), 'TYPE2' (AC); max_kw: maximum power in kW; install_dt:
        date installed; status: 'AVAIL' = in service, 'FAULTED' = out of order, 'REMOVED' = decommissioned.
    tariff_band: time-of-day price bands; a session is priced by the band of the hour it starts in.  band_cd:
        'NIGHT' (00:00-05:59), 'DAY' (06:00-15:59), 'PEAK' (16:00-19:59), 'EVE' (20:00-23:59); from_hr: first hour
        (inclusive); to_hr: end hour (exclusive); ac_p_kwh: price in pence per kWh on AC (TYPE2) chargers; dc_p_kwh:
        pence per kWh on DC (CCS2, CHADEMO) chargers.
    driver: registered drivers (app accounts).  drv_id; drv_nm; email (NULL = not given); acct_typ: 'PAYG' = pay as
        you go, 'SUB' = subscription (20% off the energy price); fleet_nm: the employer's fleet the account belongs
        to (NULL = private driver); reg_dt: date registered.
    session: charging sessions.  sess_id; chg_id -> charger; drv_id -> driver (NULL = an ad-hoc contactless
        payment); start_ts; end_ts; energy_kwh: energy delivered in kWh; max_pwr_kw: highest power reached in kW;
        cost_p: price paid in pence (energy_kwh * the band's price, 20% off for subscribers, rounded); stop_rsn:
        why it ended: 'EV_FULL' = the car reached its target, 'USER' = stopped by the driver, 'FAULT' = charger
        fault, 'IDLE' = idle timeout.
    fault_evt: charger fault events.  fault_id; chg_id -> charger; start_ts; end_ts (NULL = still faulted);
        fault_cd: 'COMMS' = lost connection to the back office, 'PAYMENT' = payment terminal, 'RCD_TRIP' = residual
        current device tripped, 'CABLE' = damaged cable, 'OVERTEMP' = overheating.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

LAST_DAY = dt.date(2025, 6, 14)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first days of the months after ``start`` up to ``end`` (inclusive)."""
    out = []
    y, m = start.year, start.month
    while True:
        m += 1
        if m == 13:
            y, m = y + 1, 1
        d = dt.date(y, m, 1)
        if d > end:
            return out
        out.append(d)


def _ts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------------------------------------------------
# zonnedak (Dutch)
# ---------------------------------------------------------------------------------------------------------------

ZONNEDAK_DDL = """
CREATE TABLE klanten (
    klant_id INTEGER PRIMARY KEY,
    naam TEXT NOT NULL,
    soort TEXT NOT NULL,
    plaats TEXT NOT NULL,
    postcode TEXT NOT NULL,
    telefoon TEXT,
    klant_sinds TEXT NOT NULL
);
CREATE TABLE paneeltypes (
    paneeltype_id INTEGER PRIMARY KEY,
    merk TEXT NOT NULL,
    model TEXT NOT NULL,
    vermogen_wp INTEGER NOT NULL,
    rendement_pct REAL NOT NULL,
    inkoopprijs_eur REAL NOT NULL
);
CREATE TABLE omvormers (
    omvormer_id INTEGER PRIMARY KEY,
    merk TEXT NOT NULL,
    model TEXT NOT NULL,
    vermogen_w INTEGER NOT NULL,
    garantie_jaren INTEGER NOT NULL
);
CREATE TABLE monteurs (
    monteur_id INTEGER PRIMARY KEY,
    voornaam TEXT NOT NULL,
    achternaam TEXT NOT NULL,
    in_dienst TEXT NOT NULL,
    uit_dienst TEXT
);
CREATE TABLE offertes (
    offerte_id INTEGER PRIMARY KEY,
    klant_id INTEGER NOT NULL REFERENCES klanten(klant_id),
    offertedatum TEXT NOT NULL,
    paneeltype_id INTEGER NOT NULL REFERENCES paneeltypes(paneeltype_id),
    aantal_panelen INTEGER NOT NULL,
    bedrag_eur REAL NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE installaties (
    installatie_id INTEGER PRIMARY KEY,
    offerte_id INTEGER NOT NULL UNIQUE REFERENCES offertes(offerte_id),
    klant_id INTEGER NOT NULL REFERENCES klanten(klant_id),
    paneeltype_id INTEGER NOT NULL REFERENCES paneeltypes(paneeltype_id),
    aantal_panelen INTEGER NOT NULL,
    omvormer_id INTEGER NOT NULL REFERENCES omvormers(omvormer_id),
    dakrichting TEXT NOT NULL,
    hellingshoek INTEGER NOT NULL,
    monteur_id INTEGER NOT NULL REFERENCES monteurs(monteur_id),
    installatiedatum TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE meterstanden (
    meterstand_id INTEGER PRIMARY KEY,
    installatie_id INTEGER NOT NULL REFERENCES installaties(installatie_id),
    opnamedatum TEXT NOT NULL,
    stand_kwh REAL NOT NULL
);
CREATE TABLE storingen (
    storing_id INTEGER PRIMARY KEY,
    installatie_id INTEGER NOT NULL REFERENCES installaties(installatie_id),
    gemeld_op TEXT NOT NULL,
    oorzaak TEXT NOT NULL,
    monteur_id INTEGER REFERENCES monteurs(monteur_id),
    opgelost_op TEXT
);
"""

_NL_VOORNAMEN = [
    "Jan", "Pieter", "Sanne", "Femke", "Daan", "Lotte", "Bram", "Anouk", "Ruben", "Eva", "Thijs", "Lieke", "Joost",
    "Marieke", "Sven", "Iris", "Koen", "Noor", "Wouter", "Fleur", "Gijs", "Roos", "Teun", "Maartje",
]  # fmt: skip
_NL_ACHTERNAMEN = [
    "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
    "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "van den Berg",
    "Kok", "Verhoeven", "Postma",
]  # fmt: skip
_NL_BEDRIJVEN = [
    "Bakkerij Van Dam", "Garage Hoekstra", "Zorgboerderij De Linde", "Kinderopvang Het Zonnetje",
    "Autobedrijf Kuipers", "Manege De Vlasakker", "Timmerbedrijf Vos", "Drukkerij Wiersma", "Sportschool FitPunt",
    "Tuincentrum De Bongerd", "Camping De Heuvelrug", "VvE Parkzicht", "Hoveniersbedrijf Groen", "Slagerij Verbeek",
    "Notariaat Bosch", "Loonbedrijf Van Ginkel", "Restaurant De Molen", "Fietsenmaker Jansen & Zn",
    "Bouwbedrijf Hagen", "Koeltechniek Utrecht",
]  # fmt: skip
_NL_PLAATSEN = {"Utrecht": "35", "Amersfoort": "38", "Zeist": "37", "Nieuwegein": "34", "Houten": "39",
                "Hilversum": "12", "IJsselstein": "34"}  # fmt: skip
# kWh per kWp per month in the Netherlands (south-facing, 35 degrees)
_NL_YIELD = {1: 20, 2: 36, 3: 72, 4: 112, 5: 136, 6: 141, 7: 139, 8: 118, 9: 84, 10: 54, 11: 24, 12: 14}
_DAK_FACTOR = {"Z": 1.0, "ZO": 0.95, "ZW": 0.96, "O": 0.82, "W": 0.83, "OW": 0.86}


def build_zonnedak(path: Path) -> None:
    r = random.Random(12201)
    panelen = [
        (1, "JA Solar", "JAM54S30 410", 410, 21.0, 92.0),
        (2, "LONGi", "Hi-MO 6 430", 430, 22.0, 101.0),
        (3, "Trina", "Vertex S 425", 425, 21.3, 95.0),
        (4, "REC", "Alpha Pure-R 430", 430, 22.3, 148.0),
        (5, "Meyer Burger", "Black 400", 400, 21.8, 168.0),
        (6, "LONGi", "Hi-MO 5 375", 375, 20.8, 84.0),
        (7, "DMEGC", "DM440 Full Black", 440, 22.5, 98.0),
        (8, "Aiko", "Neostar 2P 450", 450, 23.0, 119.0),
    ]
    paneel_w = [22, 24, 14, 8, 4, 6, 10, 12]
    omvormers = [
        (1, "SolarEdge", "SE5K", 5000, 12),
        (2, "SolarEdge", "SE8K", 8000, 12),
        (3, "Enphase", "IQ8M micro", 330, 25),
        (4, "Growatt", "MIN 3600TL-X", 3600, 10),
        (5, "SMA", "Sunny Tripower 10.0", 10000, 10),
        (6, "Huawei", "SUN2000-6KTL", 6000, 10),
        (7, "GoodWe", "GW5000D-NS", 5000, 10),
        (8, "SMA", "Sunny Tripower 25000TL", 25000, 10),
    ]
    monteurs = [
        (1, "Henk", "Willemsen", "2016-03-01", None),
        (2, "Dennis", "Kroon", "2018-09-01", None),
        (3, "Mark", "van Os", "2019-04-15", "2024-08-31"),
        (4, "Sem", "Jacobs", "2020-02-01", None),
        (5, "Lars", "Veenstra", "2021-06-01", None),
        (6, "Kevin", "Schouten", "2022-01-10", "2025-01-31"),
        (7, "Tim", "Hoogland", "2022-08-15", None),
        (8, "Milan", "de Haan", "2023-03-01", None),
        (9, "Jesse", "Verbruggen", "2023-09-01", None),
        (10, "Stijn", "Koster", "2025-02-03", None),
    ]
    names: list[tuple[str, str]] = []
    seen = set()
    while len(names) < 172:
        n = f"{r.choice(_NL_VOORNAMEN)} {r.choice(_NL_ACHTERNAMEN)}"
        if n not in seen:
            seen.add(n)
            names.append((n, "particulier"))
    names += [(b, "zakelijk") for b in _NL_BEDRIJVEN]
    r.shuffle(names)
    klanten = []
    offertes = []
    installaties = []
    plaatsen = list(_NL_PLAATSEN)
    for kid, (naam, soort) in enumerate(names, start=1):
        plaats = r.choices(plaatsen, weights=[30, 18, 12, 12, 10, 10, 8])[0]
        pc = f"{_NL_PLAATSEN[plaats]}{r.randint(10, 99)} {r.choice('ABCDEGHJKLMNPRST')}{r.choice('ABDEGHKLNRSTVWXZ')}"
        first = day_between(r, dt.date(2023, 1, 9), dt.date(2025, 6, 12))
        sinds = first - dt.timedelta(days=r.randint(0, 25))
        tel = None if r.random() < 0.12 else f"06-{r.randint(10000000, 99999999)}"
        klanten.append((kid, naam, soort, plaats, pc, tel, iso(sinds)))
        dates = [first]
        while True:
            d = dates[-1]
            if d > dt.date(2025, 5, 1):
                status = r.choices(["open", "geaccepteerd", "afgewezen"], weights=[60, 30, 10])[0]
            else:
                status = r.choices(["geaccepteerd", "afgewezen", "verlopen"], weights=[55, 25, 20])[0]
            pt = r.choices(panelen, weights=paneel_w)[0]
            n = r.randint(6, 22) if soort == "particulier" else r.randint(24, 110)
            prijs = n * (pt[5] * 1.55 + r.uniform(95, 130)) + r.uniform(600, 1100)
            oid = len(offertes) + 1
            offertes.append((oid, kid, iso(d), pt[0], n, round(prijs), status))
            if status == "geaccepteerd":
                break
            nxt = d + dt.timedelta(days=r.randint(25, 150))
            if status == "open" or nxt > dt.date(2025, 6, 12) or r.random() > 0.3:
                break
            dates.append(nxt)
    offertes.sort(key=lambda o: (o[2], o[0]))
    offertes = [(i, *o[1:]) for i, o in enumerate(offertes, start=1)]
    stopped = {}
    for o in offertes:
        if o[6] != "geaccepteerd":
            continue
        od = dt.date.fromisoformat(o[2])
        inst = od + dt.timedelta(days=r.randint(18, 70))
        while inst.weekday() >= 5:
            inst += dt.timedelta(days=1)
        kw = o[4] * panelen[o[3] - 1][3] / 1000
        if kw > 14:
            omv = 8 if kw > 22 else 5
        else:
            w = [20, 12, 14, 10, 16, 12] if kw > 4 else [30, 0, 20, 25, 10, 15]
            omv = r.choices([1, 2, 3, 4, 6, 7], weights=w)[0]
            if kw > 7 and omv in (1, 4, 7):
                omv = 2
        dak = r.choices(list(_DAK_FACTOR), weights=[30, 15, 15, 8, 8, 15])[0]
        helling = r.randint(10, 15) if dak == "OW" else r.choice([20, 25, 30, 35, 35, 40, 45])
        cands = [m for m in monteurs if m[3] <= iso(inst) and (m[4] is None or m[4] >= iso(inst))]
        mon = r.choices(cands, weights=[4 if m[0] == 2 else 2 for m in cands])[0]
        status = "gepland" if inst > LAST_DAY else "actief"
        iid = len(installaties) + 1
        installaties.append([iid, o[0], o[1], o[3], o[4], omv, dak, helling, mon[0], iso(inst), status])
    # two systems taken out of use (roof renovation, a house sold)
    old = [i for i in installaties if i[9] < "2023-10-01"]
    for i, stop in zip(old[3:5], [dt.date(2024, 11, 20), dt.date(2025, 2, 10)], strict=True):
        i[10] = "buiten_gebruik"
        stopped[i[0]] = stop
    meterstanden = []
    for i in installaties:
        if i[10] == "gepland":
            continue
        inst = dt.date.fromisoformat(i[9])
        kwp = i[4] * panelen[i[3] - 1][3] / 1000
        stand = round(r.uniform(0, 2.5), 1)
        meterstanden.append((len(meterstanden) + 1, i[0], iso(inst), stand))
        prev = inst
        end = stopped.get(i[0], LAST_DAY)
        for m in _month_starts(inst, end):
            month = prev.month
            days_in = (m - prev).days
            full = (m - dt.date(prev.year, prev.month, 1)).days
            share = days_in / full
            factor = _DAK_FACTOR[i[6]] * (0.97 if i[7] < 16 else 1.0)
            stand += kwp * _NL_YIELD[month] * factor * share * r.uniform(0.82, 1.12)
            meterstanden.append((len(meterstanden) + 1, i[0], iso(m), round(stand, 1)))
            prev = m
    storingen = []
    actief = [i for i in installaties if i[10] != "gepland"]
    oorzaken = ["omvormer", "paneel", "bekabeling", "monitoring", "lekkage"]
    for _ in range(78):
        i = r.choice(actief)
        inst = dt.date.fromisoformat(i[9])
        end = stopped.get(i[0], LAST_DAY)
        if (end - inst).days < 20:
            continue
        gemeld = day_between(r, inst + dt.timedelta(days=7), end)
        oorzaak = r.choices(oorzaken, weights=[38 + (25 if i[5] == 4 else 0), 12, 16, 26, 8])[0]
        cands = [m for m in monteurs if m[0] != 9 and m[3] <= iso(gemeld) and (m[4] is None or m[4] >= iso(gemeld))]
        mon = r.choice(cands)[0]
        dur = {"omvormer": r.randint(2, 21), "paneel": r.randint(5, 40), "bekabeling": r.randint(1, 12),
               "monitoring": r.randint(0, 6), "lekkage": r.randint(2, 15)}[oorzaak]  # fmt: skip
        opgelost = gemeld + dt.timedelta(days=dur)
        if opgelost > LAST_DAY:
            opgelost = None
        if opgelost is None and gemeld > dt.date(2025, 6, 8) and r.random() < 0.6:
            mon = None
        storingen.append((gemeld, i[0], oorzaak, mon, iso(opgelost)))
    storingen.sort(key=lambda s: (s[0], s[1]))
    storingen = [(k, s[1], iso(s[0]), s[2], s[3], s[4]) for k, s in enumerate(storingen, start=1)]
    write_tables(path, ZONNEDAK_DDL, [
        ("klanten", klanten), ("paneeltypes", panelen), ("omvormers", omvormers), ("monteurs", monteurs),
        ("offertes", offertes), ("installaties", [tuple(i) for i in installaties]), ("meterstanden", meterstanden),
        ("storingen", storingen),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# redcalor (Spanish)
# ---------------------------------------------------------------------------------------------------------------

REDCALOR_DDL = """
CREATE TABLE centrales (
    central_id INTEGER PRIMARY KEY,
    nombre TEXT NOT NULL,
    combustible TEXT NOT NULL,
    potencia_mw REAL NOT NULL,
    anio_puesta_marcha INTEGER NOT NULL,
    estado TEXT NOT NULL
);
CREATE TABLE tarifas (
    tarifa_cod TEXT PRIMARY KEY,
    descripcion TEXT NOT NULL,
    termino_fijo_eur_mes REAL NOT NULL,
    precio_eur_mwh REAL NOT NULL
);
CREATE TABLE edificios (
    edificio_id INTEGER PRIMARY KEY,
    direccion TEXT NOT NULL,
    barrio TEXT NOT NULL,
    uso TEXT NOT NULL,
    viviendas INTEGER,
    superficie_m2 INTEGER NOT NULL,
    tarifa_cod TEXT NOT NULL REFERENCES tarifas(tarifa_cod),
    central_id INTEGER NOT NULL REFERENCES centrales(central_id),
    fecha_alta TEXT NOT NULL,
    fecha_baja TEXT
);
CREATE TABLE contadores (
    contador_id INTEGER PRIMARY KEY,
    edificio_id INTEGER NOT NULL UNIQUE REFERENCES edificios(edificio_id),
    num_serie TEXT NOT NULL UNIQUE,
    marca TEXT NOT NULL,
    fecha_instalacion TEXT NOT NULL
);
CREATE TABLE lecturas (
    lectura_id INTEGER PRIMARY KEY,
    contador_id INTEGER NOT NULL REFERENCES contadores(contador_id),
    fecha TEXT NOT NULL,
    energia_mwh REAL NOT NULL,
    volumen_m3 REAL NOT NULL
);
CREATE TABLE facturas (
    factura_id INTEGER PRIMARY KEY,
    edificio_id INTEGER NOT NULL REFERENCES edificios(edificio_id),
    periodo TEXT NOT NULL,
    consumo_mwh REAL NOT NULL,
    importe_eur REAL NOT NULL,
    fecha_emision TEXT NOT NULL,
    fecha_vencimiento TEXT NOT NULL,
    fecha_pago TEXT
);
CREATE TABLE averias (
    averia_id INTEGER PRIMARY KEY,
    central_id INTEGER REFERENCES centrales(central_id),
    edificio_id INTEGER REFERENCES edificios(edificio_id),
    inicio TEXT NOT NULL,
    fin TEXT,
    causa TEXT NOT NULL,
    descripcion TEXT
);
CREATE TABLE registro_diario (
    fecha TEXT NOT NULL,
    central_id INTEGER NOT NULL REFERENCES centrales(central_id),
    temp_exterior_c REAL,
    temp_impulsion_c REAL NOT NULL,
    temp_retorno_c REAL NOT NULL,
    calor_producido_mwh REAL NOT NULL,
    demanda_pico_mw REAL NOT NULL,
    hora_pico INTEGER NOT NULL,
    PRIMARY KEY (fecha, central_id)
);
"""

_CALLES = [
    "Calle Delicias", "Avenida de Madrid", "Calle Duquesa Villahermosa", "Paseo de la Independencia",
    "Calle Alfonso I", "Avenida Cesáreo Alierta", "Calle Miguel Servet", "Avenida de Navarra", "Calle Unceta",
    "Avenida Academia General Militar", "Calle Pablo Ruiz Picasso", "Avenida de América", "Calle Fray Luis Urbano",
    "Calle San Juan de la Peña", "Avenida Alcalde Gómez Laguna", "Calle Tomás Bretón", "Calle Zumalacárregui",
    "Avenida María Zambrano", "Calle Luis Vives", "Paseo Sagasta",
]  # fmt: skip
_BARRIOS = ["Delicias", "Actur", "Centro", "Torrero", "Las Fuentes", "Valdespartera", "Universidad"]
# share of the winter peak heating load used in each month (Zaragoza)
_ES_SEASON = {1: 1.0, 2: 0.82, 3: 0.58, 4: 0.33, 5: 0.12, 6: 0.03, 7: 0.0, 8: 0.0, 9: 0.04, 10: 0.28, 11: 0.7,
              12: 0.95}  # fmt: skip


def build_redcalor(path: Path) -> None:
    r = random.Random(12202)
    centrales = [
        (1, "Central Norte", "biomasa", 18.0, 2012, "operativa"),
        (2, "Central Sur", "gas_natural", 24.0, 2008, "operativa"),
        (3, "Planta Valorización Este", "calor_residual", 12.0, 2017, "operativa"),
        (4, "Caldera Apoyo Centro", "gas_natural", 8.0, 1998, "reserva"),
    ]
    tarifas = [
        ("DOM", "Doméstica (comunidades de vecinos)", 38.5, 71.20),
        ("TER", "Terciario (oficinas y comercios)", 62.0, 78.90),
        ("PUB", "Equipamiento público", 55.0, 64.50),
    ]
    usos = ["residencial", "oficinas", "colegio", "hospital", "polideportivo", "comercial"]
    edificios = []
    used = set()
    central_by_barrio = {"Delicias": 2, "Actur": 1, "Centro": 2, "Torrero": 2, "Las Fuentes": 3,
                         "Valdespartera": 1, "Universidad": 3}  # fmt: skip
    for eid in range(1, 113):
        while True:
            addr = f"{r.choice(_CALLES)}, {r.randint(1, 160)}"
            if addr not in used:
                used.add(addr)
                break
        barrio = r.choices(_BARRIOS, weights=[18, 20, 14, 12, 12, 14, 10])[0]
        uso = r.choices(usos, weights=[62, 12, 8, 2, 4, 8])[0]
        if eid == 57:
            uso = "hospital"
        viv = r.randint(12, 96) if uso == "residencial" else None
        sup = (viv * r.randint(70, 95)) if viv else {
            "oficinas": r.randint(1800, 9000), "colegio": r.randint(2500, 7000), "hospital": r.randint(18000, 32000),
            "polideportivo": r.randint(3000, 8000), "comercial": r.randint(800, 5000)}[uso]  # fmt: skip
        tarifa = "DOM" if uso == "residencial" else ("TER" if uso in ("oficinas", "comercial") else "PUB")
        central = central_by_barrio[barrio]
        if r.random() < 0.15:
            central = r.choice([1, 2, 3])
        alta = day_between(r, dt.date(2012, 9, 1), dt.date(2025, 3, 31))
        if eid in (7, 33, 81):
            alta = day_between(r, dt.date(2024, 9, 1), dt.date(2025, 2, 28))
        edificios.append([eid, addr, barrio, uso, viv, sup, tarifa, central, alta, None])
    for eid, baja in ((19, dt.date(2024, 10, 15)), (64, dt.date(2025, 3, 20))):
        edificios[eid - 1][9] = baja
    contadores = []
    lecturas = []
    facturas = []
    base = {"residencial": 2.2, "oficinas": 0.5, "colegio": 0.6, "hospital": 5.5, "polideportivo": 4.5,
            "comercial": 0.7}  # fmt: skip
    peak = {"residencial": 15.0, "oficinas": 12.0, "colegio": 16.0, "hospital": 19.0, "polideportivo": 13.0,
            "comercial": 10.0}  # fmt: skip
    precio = {t[0]: t for t in tarifas}
    for e in edificios:
        eid, uso, sup, alta, baja = e[0], e[3], e[5], e[8], e[9]
        cid = eid
        marca = r.choices(["Kamstrup", "Diehl", "Landis+Gyr"], weights=[50, 30, 20])[0]
        contadores.append((cid, eid, f"{marca[:2].upper()}-{r.randint(100000, 999999)}", marca, iso(alta)))
        start = max(alta, dt.date(2023, 12, 31))
        end = baja if baja else LAST_DAY
        mwh = 0.0 if alta > dt.date(2023, 12, 31) else round(r.uniform(80, 3000) * sup / 5000, 3)
        m3 = 0.0 if mwh == 0 else round(mwh * r.uniform(17, 24), 1)
        if alta > dt.date(2023, 12, 31):
            lecturas.append([cid, iso(alta), mwh, m3])
        prev = start
        eff = r.uniform(0.85, 1.15)
        months = [dt.date(2024, 1, 1)] if alta <= dt.date(2023, 12, 31) else []
        months += [m for m in _month_starts(start, end) if m > dt.date(2024, 1, 1)]
        for m in months:
            if m == dt.date(2024, 1, 1):
                lecturas.append([cid, iso(m), mwh, m3])
                prev = m
                continue
            pm = prev.month
            share = (m - prev).days / (m - dt.date(prev.year, prev.month, 1)).days
            season = _ES_SEASON[pm]
            if uso == "colegio" and pm in (7, 8):
                season = 0.0
            kwh_m2 = (base[uso] * (0.2 if uso == "colegio" and pm in (7, 8) else 1.0) + peak[uso] * season) * eff
            used_mwh = sup * kwh_m2 / 1000 * share * r.uniform(0.9, 1.1)
            dt_k = r.uniform(22, 30)
            old_mwh = mwh
            mwh = round(mwh + used_mwh, 3)
            m3 = round(m3 + used_mwh * 1000 / (1.163 * dt_k), 1)
            lecturas.append([cid, iso(m), mwh, m3])
            if prev.day == 1 and share == 1.0:
                periodo = f"{prev.year}-{prev.month:02d}"
                consumo = round(mwh - old_mwh, 3)
                t = precio[e[6]]
                importe = round(t[2] + consumo * t[3], 2)
                emision = m + dt.timedelta(days=4)
                venc = emision + dt.timedelta(days=30)
                pago = emision + dt.timedelta(days=r.choice([2, 5, 8, 12, 15, 20, 25, 28, 29, 33, 41, 55]))
                if pago > LAST_DAY or (r.random() < 0.04) or (eid in (23, 71) and emision > dt.date(2025, 1, 1)):
                    pago = None
                facturas.append([eid, periodo, consumo, importe, iso(emision), iso(venc), iso(pago)])
            prev = m
    lecturas.sort(key=lambda x: (x[1], x[0]))
    lecturas = [(i, *x) for i, x in enumerate(lecturas, start=1)]
    facturas.sort(key=lambda x: (x[1], x[0]))
    facturas = [(i, *x) for i, x in enumerate(facturas, start=1)]
    for e in edificios:
        e[8] = iso(e[8])
        e[9] = iso(e[9])
    averias = []
    causas = {"fuga": ["fuga en acometida", "fuga en tubería de distribución", None],
              "bomba": ["bomba de circulación parada", "variador de bomba averiado", None],
              "valvula": ["válvula de 3 vías bloqueada", "válvula de corte no cierra", None],
              "intercambiador": ["intercambiador obstruido", "junta de intercambiador", None],
              "control": ["fallo de telegestión", "sonda de temperatura", None]}  # fmt: skip
    activos = [e for e in edificios if e[9] is None]
    for _ in range(64):
        e = r.choice(activos)
        alta = dt.date.fromisoformat(e[8])
        d = day_between(r, max(alta, dt.date(2024, 1, 1)), LAST_DAY)
        causa = r.choices(list(causas), weights=[22, 18, 20, 16, 24])[0]
        inicio = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.choice([0, 10, 20, 30, 40, 50]))
        horas = {"fuga": r.uniform(3, 30), "bomba": r.uniform(1, 12), "valvula": r.uniform(1, 9),
                 "intercambiador": r.uniform(4, 48), "control": r.uniform(0.5, 6)}[causa]  # fmt: skip
        fin = inicio + dt.timedelta(minutes=int(horas * 60))
        fin_s = None if fin > dt.datetime(2025, 6, 14, 18, 0) else _ts(fin)
        averias.append([None, e[0], _ts(inicio), fin_s, causa, r.choice(causas[causa])])
    for cid, d, h, causa, desc in ((1, dt.date(2024, 2, 6), 9.5, "bomba", "bomba principal de impulsión"),
                                   (2, dt.date(2024, 12, 11), 5.0, "control", "caída del SCADA"),
                                   (1, dt.date(2025, 1, 22), 14.0, "fuga", "fuga en arteria principal"),
                                   (3, dt.date(2025, 4, 2), 26.0, "intercambiador", "parada de la incineradora")):
        inicio = dt.datetime(d.year, d.month, d.day, 6, 40)
        averias.append([cid, None, _ts(inicio), _ts(inicio + dt.timedelta(minutes=int(h * 60))), causa, desc])
    averias.sort(key=lambda a: a[2])
    averias = [(i, *a) for i, a in enumerate(averias, start=1)]
    registro = []
    for d in _days(dt.date(2025, 1, 1), LAST_DAY):
        doy = (d - dt.date(2025, 1, 1)).days
        t_ext = round(5.5 + doy * 0.11 + r.uniform(-4, 4), 1)
        for c in centrales:
            if c[0] == 4 and not (dt.date(2025, 1, 8) <= d <= dt.date(2025, 1, 14) or d == dt.date(2025, 2, 3)):
                continue
            scale = {1: 0.42, 2: 0.5, 3: 0.33, 4: 0.2}[c[0]]
            heat = max(0.08, (20 - t_ext) / 16)
            prod = round(c[3] * 24 * scale * heat * r.uniform(0.85, 1.1), 1)
            pico = round(min(c[3], prod / 24 * r.uniform(1.5, 1.9)), 2)
            if t_ext < 14:
                hora = r.choices([6, 7, 8, 9, 19, 20, 21], weights=[10, 34, 24, 8, 6, 10, 8])[0]
            else:
                hora = r.choices([6, 7, 8, 9, 19, 20, 21, 22], weights=[6, 18, 12, 6, 10, 18, 20, 10])[0]
            if c[0] == 3:
                hora = r.choices([7, 8, 14, 20, 21], weights=[20, 18, 6, 24, 32])[0]
            imp = round((95 if t_ext < 10 else 85 if t_ext < 16 else 75) + r.uniform(-2.5, 2.5), 1)
            ret = round(imp - r.uniform(22, 34), 1)
            te = None if r.random() < 0.03 else t_ext
            registro.append((iso(d), c[0], te, imp, ret, prod, pico, hora))
    write_tables(path, REDCALOR_DDL, [
        ("centrales", centrales), ("tarifas", tarifas), ("edificios", [tuple(e) for e in edificios]),
        ("contadores", contadores), ("lecturas", lecturas), ("facturas", facturas), ("averias", averias),
        ("registro_diario", registro),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# airminum (Indonesian)
# ---------------------------------------------------------------------------------------------------------------

AIRMINUM_DDL = """
CREATE TABLE golongan_tarif (
    kode_golongan TEXT PRIMARY KEY,
    nama_golongan TEXT NOT NULL,
    biaya_beban INTEGER NOT NULL
);
CREATE TABLE blok_tarif (
    id_blok INTEGER PRIMARY KEY,
    kode_golongan TEXT NOT NULL REFERENCES golongan_tarif(kode_golongan),
    urutan_blok INTEGER NOT NULL,
    batas_bawah_m3 INTEGER NOT NULL,
    batas_atas_m3 INTEGER,
    harga_per_m3 INTEGER NOT NULL
);
CREATE TABLE petugas (
    id_petugas INTEGER PRIMARY KEY,
    nama_petugas TEXT NOT NULL,
    wilayah TEXT NOT NULL,
    tanggal_masuk TEXT NOT NULL,
    aktif INTEGER NOT NULL
);
CREATE TABLE pelanggan (
    id_pelanggan INTEGER PRIMARY KEY,
    no_sambungan TEXT NOT NULL UNIQUE,
    nama_pelanggan TEXT NOT NULL,
    alamat TEXT NOT NULL,
    kecamatan TEXT NOT NULL,
    kode_golongan TEXT NOT NULL REFERENCES golongan_tarif(kode_golongan),
    no_hp TEXT,
    tanggal_daftar TEXT NOT NULL,
    status_sambungan TEXT NOT NULL
);
CREATE TABLE meteran (
    id_meteran INTEGER PRIMARY KEY,
    id_pelanggan INTEGER NOT NULL REFERENCES pelanggan(id_pelanggan),
    no_seri TEXT NOT NULL UNIQUE,
    merek TEXT NOT NULL,
    ukuran_inci REAL NOT NULL,
    tanggal_pasang TEXT NOT NULL,
    tanggal_cabut TEXT
);
CREATE TABLE pembacaan (
    id_pembacaan INTEGER PRIMARY KEY,
    id_meteran INTEGER NOT NULL REFERENCES meteran(id_meteran),
    id_petugas INTEGER NOT NULL REFERENCES petugas(id_petugas),
    tanggal_baca TEXT NOT NULL,
    angka_meter INTEGER NOT NULL,
    keterangan TEXT
);
CREATE TABLE tagihan (
    id_tagihan INTEGER PRIMARY KEY,
    id_pelanggan INTEGER NOT NULL REFERENCES pelanggan(id_pelanggan),
    periode TEXT NOT NULL,
    pemakaian_m3 INTEGER NOT NULL,
    biaya_air INTEGER NOT NULL,
    biaya_beban INTEGER NOT NULL,
    total_tagihan INTEGER NOT NULL,
    jatuh_tempo TEXT NOT NULL
);
CREATE TABLE pembayaran (
    id_pembayaran INTEGER PRIMARY KEY,
    id_tagihan INTEGER NOT NULL REFERENCES tagihan(id_tagihan),
    tanggal_bayar TEXT NOT NULL,
    jumlah_bayar INTEGER NOT NULL,
    denda INTEGER NOT NULL,
    metode TEXT NOT NULL
);
"""

_ID_DEPAN = [
    "Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Andi", "Rina", "Hendra", "Yuni", "Dedi", "Wati", "Asep",
    "Lilis", "Eko", "Nur", "Bambang", "Ratna", "Iwan", "Euis", "Joko", "Fitri", "Ujang", "Rini", "Dadang", "Intan",
]  # fmt: skip
_ID_BELAKANG = [
    "Santoso", "Rahayu", "Hidayat", "Lestari", "Setiawan", "Wahyuni", "Kurniawan", "Suryani", "Saputra",
    "Permana", "Gunawan", "Nurhayati", "Sutrisno", "Kusuma", "Firmansyah", "Maulana", "Hasanah", "Wijaya",
    "Sudrajat", "Rohmah",
]  # fmt: skip
_ID_JALAN = [
    "Jl. Dago", "Jl. Cihampelas", "Jl. Sukajadi", "Jl. Pasirkaliki", "Jl. Buahbatu", "Jl. Lengkong Kecil",
    "Jl. Antapani Lama", "Jl. Terusan Jakarta", "Jl. Cikutra", "Jl. Setiabudi", "Jl. Pajajaran", "Jl. Karapitan",
    "Jl. Kiaracondong", "Gg. Sukamaju", "Jl. Margahayu",
]  # fmt: skip
_KECAMATAN = ["Coblong", "Sukajadi", "Cicendo", "Lengkong", "Antapani", "Buahbatu"]
_BLOK = {
    "R1": [(0, 10, 1500), (10, 20, 2200), (20, None, 3000)],
    "R2": [(0, 10, 2500), (10, 20, 3500), (20, None, 5000)],
    "R3": [(0, 10, 4000), (10, 20, 5500), (20, None, 7500)],
    "N1": [(0, 10, 5500), (10, None, 7500)],
    "N2": [(0, 10, 8000), (10, None, 9500)],
    "S1": [(0, None, 1200)],
}  # fmt: skip


def _biaya_air(gol: str, m3: int) -> int:
    total = 0
    for lo, hi, harga in _BLOK[gol]:
        if m3 > lo:
            total += (min(m3, hi) - lo if hi is not None else m3 - lo) * harga
    return total


def build_airminum(path: Path) -> None:
    r = random.Random(12203)
    golongan = [
        ("R1", "Rumah Tangga Sederhana", 10000),
        ("R2", "Rumah Tangga Menengah", 15000),
        ("R3", "Rumah Tangga Mewah", 25000),
        ("N1", "Niaga Kecil", 30000),
        ("N2", "Niaga Besar", 50000),
        ("S1", "Sosial", 5000),
    ]
    beban = {g[0]: g[2] for g in golongan}
    blok = []
    for g, rows in _BLOK.items():
        for k, (lo, hi, harga) in enumerate(rows, start=1):
            blok.append((len(blok) + 1, g, k, lo, hi, harga))
    petugas = [
        (1, "Ahmad Fauzi", "Coblong", "2015-02-01", 1),
        (2, "Dani Ramdani", "Sukajadi", "2017-07-10", 1),
        (3, "Yayan Suherman", "Cicendo", "2012-03-01", 1),
        (4, "Rizal Pratama", "Lengkong", "2019-01-14", 1),
        (5, "Tatang Supriatna", "Antapani", "2010-05-03", 0),
        (6, "Galih Nugraha", "Buahbatu", "2018-08-20", 1),
        (7, "Sandi Hermawan", "Antapani", "2024-10-01", 1),
        (8, "Wawan Kurnia", "Coblong", "2022-04-04", 1),
    ]
    reader_for = {"Coblong": [1, 8], "Sukajadi": [2], "Cicendo": [3], "Lengkong": [4], "Buahbatu": [6]}
    pelanggan = []
    seen = set()
    usage_base = {"R1": (7, 14), "R2": (11, 26), "R3": (22, 42), "N1": (15, 55), "N2": (60, 180), "S1": (15, 45)}
    base_of = {}
    for pid in range(1, 261):
        gol = r.choices(list(_BLOK), weights=[20, 45, 12, 12, 5, 6])[0]
        while True:
            if gol in ("N1", "N2"):
                nama = r.choice(["Toko", "Warung", "Rumah Makan", "Laundry", "Bengkel", "Kos-kosan", "Salon",
                                 "Hotel", "Pabrik Tahu", "Cuci Mobil"])  # fmt: skip
                if gol == "N2":
                    nama = r.choice(["Hotel", "Pabrik Tahu", "Cuci Mobil", "Rumah Sakit Swasta", "Kolam Renang"])
                nama = f"{nama} {r.choice(_ID_DEPAN)} {r.choice(['Jaya', 'Makmur', 'Sejahtera', 'Barokah', 'Indah'])}"
            elif gol == "S1":
                nama = r.choice(["Masjid Al-Ikhlas", "Masjid Nurul Huda", "Pesantren Darul Falah",
                                 "Panti Asuhan Kasih", "Mushola At-Taqwa", "Gereja Kristen Pasundan",
                                 "Masjid Al-Furqon", "Panti Jompo Bahagia", "Mushola Al-Hidayah",
                                 "Yayasan Yatim Mandiri", "Pesantren Al-Barkah", "Masjid Baiturrahman",
                                 "Vihara Dharma Ramsi", "Mushola Nurul Iman", "Gereja Santo Yusup",
                                 "Yayasan Kanker Bandung"])  # fmt: skip
                nama = f"{nama} RW {r.randint(1, 12):02d}"
            else:
                nama = f"{r.choice(_ID_DEPAN)} {r.choice(_ID_BELAKANG)}"
            if nama not in seen:
                seen.add(nama)
                break
        kec = r.choice(_KECAMATAN)
        alamat = f"{r.choice(_ID_JALAN)} No. {r.randint(1, 250)}"
        hp = None if r.random() < 0.15 else f"08{r.choice([12, 13, 21, 22, 57, 77, 56])}{r.randint(10000000, 99999999)}"
        daftar = day_between(r, dt.date(2005, 1, 1), dt.date(2024, 5, 31))
        if pid % 23 == 0:
            daftar = day_between(r, dt.date(2024, 7, 1), dt.date(2025, 3, 31))
        no = f"{_KECAMATAN.index(kec) + 1:02d}-{pid * 37 % 10000:05d}"
        pelanggan.append([pid, no, nama, alamat, kec, gol, hp, daftar, "aktif"])
        base_of[pid] = r.uniform(*usage_base[gol])
    putus = {31: dt.date(2024, 10, 9), 88: dt.date(2025, 1, 8), 147: dt.date(2024, 8, 7), 203: dt.date(2025, 3, 6),
             250: dt.date(2025, 2, 5)}  # fmt: skip
    segel = {12: dt.date(2025, 4, 8), 59: dt.date(2025, 3, 10), 101: dt.date(2025, 5, 7), 166: dt.date(2025, 4, 9),
             219: dt.date(2025, 5, 9), 241: dt.date(2025, 3, 11)}  # fmt: skip
    replaced = {8: 5, 40: 9, 77: 11, 120: 2, 133: 12, 180: 8, 222: 3, 239: 10}  # customer -> month index of swap
    meteran = []
    pembacaan = []
    tagihan = []
    pembayaran = []
    readings_months = []
    y, m = 2024, 6
    while (y, m) <= (2025, 6):
        readings_months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for p in pelanggan:
        pid, kec, gol, daftar = p[0], p[4], p[5], p[7]
        readers = reader_for.get(kec)
        ukuran = 1.0 if gol == "N2" else (0.75 if gol == "N1" else 0.5)
        merek = r.choices(["Linflow", "Itron", "Amico", "Barindo"], weights=[40, 25, 20, 15])[0]
        pasang = daftar if daftar > dt.date(2021, 1, 1) else day_between(r, dt.date(2019, 1, 1), dt.date(2022, 12, 31))
        if pasang < daftar:
            pasang = daftar
        mid = len(meteran) + 1
        meteran.append([mid, pid, f"{merek[:3].upper()}{r.randint(1000000, 9999999)}", merek, ukuran, pasang, None])
        angka = 0 if daftar > dt.date(2024, 5, 31) else int(base_of[pid] * r.uniform(6, 60))
        prev_angka = None
        if daftar > dt.date(2024, 5, 31):
            first_rd = readers[0] if readers else (5 if daftar < dt.date(2024, 10, 1) else 7)
            pembacaan.append([mid, first_rd, daftar, 0, None])
            prev_angka = 0
        old_m3 = 0
        for k, (yy, mm) in enumerate(readings_months):
            tgl = dt.date(yy, mm, r.randint(3, 12))
            if tgl <= daftar:
                continue
            if pid in putus and tgl > putus[pid]:
                break
            rd = (5 if tgl < dt.date(2024, 10, 1) else 7) if kec == "Antapani" else r.choice(readers)
            usage = max(0, round(base_of[pid] * r.uniform(0.75, 1.25) * (1.15 if (yy, mm) == (2025, 4) else 1.0)))
            if pid in segel and tgl > segel[pid]:
                usage = 0
            if pid in (45, 150, 201) and (yy, mm) == (2025, 5):  # a burst pipe behind the meter
                usage *= 4
            if prev_angka is None:
                prev_angka = angka
                pembacaan.append([mid, rd, tgl, angka, None])
                continue
            angka += usage
            ket = r.choices([None, "meter buram", "rumah kosong", "anjing galak"], weights=[94, 3, 2, 1])[0]
            if usage == 0 and pid in segel:
                ket = "disegel"
            pembacaan.append([mid, rd, tgl, angka, ket])
            pemakaian = angka - prev_angka + old_m3
            old_m3 = 0
            prev_angka = angka
            if pid in replaced and replaced[pid] == k:
                meteran[-1][6] = tgl
                old_m3 = 0
                mid = len(meteran) + 1
                merek2 = r.choice(["Linflow", "Itron"])
                meteran.append([mid, pid, f"{merek2[:3].upper()}{r.randint(1000000, 9999999)}", merek2, ukuran, tgl,
                                None])  # fmt: skip
                pembacaan.append([mid, rd, tgl, 0, "meter baru"])
                angka = 0
                prev_angka = 0
            periode = f"{yy}-{mm:02d}"
            air = _biaya_air(gol, pemakaian)
            total = air + beban[gol]
            jt = dt.date(yy, mm, 20)
            tagihan.append([pid, periode, pemakaian, air, beban[gol], total, jt, tgl])
    tagihan.sort(key=lambda t: (t[1], t[0]))
    out_tagihan = []
    late_payers = {pid for pid in range(1, 261) if pid % 9 == 4}
    for tid, t in enumerate(tagihan, start=1):
        pid, periode, jt, tgl = t[0], t[1], t[6], t[7]
        out_tagihan.append((tid, pid, periode, t[2], t[3], t[4], t[5], iso(jt)))
        gol = pelanggan[pid - 1][5]
        if pid in segel and jt >= segel[pid] - dt.timedelta(days=95):
            continue
        if r.random() < 0.025:
            continue
        if pid in late_payers:
            bayar = jt + dt.timedelta(days=r.randint(-6, 24))
        else:
            bayar = jt + dt.timedelta(days=r.choice([-14, -12, -10, -8, -6, -5, -3, -2, -1, 0, 2, 6]))
        bayar = max(bayar, tgl + dt.timedelta(days=1))
        if bayar > LAST_DAY:
            continue
        denda = 0 if bayar <= jt else (15000 if gol.startswith("N") else 5000)
        metode = r.choices(["loket", "transfer_bank", "minimarket", "qris"],
                           weights=[30, 25, 25, 20] if bayar < dt.date(2025, 1, 1) else [20, 25, 20, 35])[0]
        pembayaran.append((bayar, tid, t[5] + denda, denda, metode))
    pembayaran.sort(key=lambda b: (b[0], b[1]))
    pembayaran = [(i, b[1], iso(b[0]), b[2], b[3], b[4]) for i, b in enumerate(pembayaran, start=1)]
    for pid in putus:
        pelanggan[pid - 1][8] = "putus"
    for pid in segel:
        pelanggan[pid - 1][8] = "segel"
    for p in pelanggan:
        p[7] = iso(p[7])
    for mt in meteran:
        mt[5], mt[6] = iso(mt[5]), iso(mt[6])
    pembacaan.sort(key=lambda b: (b[2], b[0], b[3]))
    pembacaan = [(i, b[0], b[1], iso(b[2]), b[3], b[4]) for i, b in enumerate(pembacaan, start=1)]
    write_tables(path, AIRMINUM_DDL, [
        ("golongan_tarif", golongan), ("blok_tarif", blok), ("petugas", petugas),
        ("pelanggan", [tuple(p) for p in pelanggan]), ("meteran", [tuple(m) for m in meteran]),
        ("pembacaan", pembacaan), ("tagihan", out_tagihan), ("pembayaran", pembayaran),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# mobicdr (English, abbreviated, unit-suffixed)
# ---------------------------------------------------------------------------------------------------------------

MOBICDR_DDL = """
CREATE TABLE plans (
    plan_id INTEGER PRIMARY KEY,
    plan_nm TEXT NOT NULL,
    plan_typ TEXT NOT NULL,
    mthly_fee_cents INTEGER NOT NULL,
    data_allow_mb INTEGER,
    voice_allow_min INTEGER,
    launch_dt TEXT NOT NULL,
    retire_dt TEXT
);
CREATE TABLE addons (
    addon_id INTEGER PRIMARY KEY,
    addon_nm TEXT NOT NULL,
    fee_cents INTEGER NOT NULL,
    extra_data_mb INTEGER,
    extra_min INTEGER,
    valid_days INTEGER NOT NULL
);
CREATE TABLE plan_addon (
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id),
    addon_id INTEGER NOT NULL REFERENCES addons(addon_id),
    PRIMARY KEY (plan_id, addon_id)
);
CREATE TABLE cell_sites (
    cell_id INTEGER PRIMARY KEY,
    site_cd TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    rat TEXT NOT NULL,
    on_air_dt TEXT NOT NULL
);
CREATE TABLE subs (
    sub_id INTEGER PRIMARY KEY,
    msisdn TEXT NOT NULL UNIQUE,
    first_nm TEXT NOT NULL,
    last_nm TEXT NOT NULL,
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id),
    home_city TEXT NOT NULL,
    act_dt TEXT NOT NULL,
    deact_dt TEXT
);
CREATE TABLE sub_addon (
    sub_id INTEGER NOT NULL REFERENCES subs(sub_id),
    addon_id INTEGER NOT NULL REFERENCES addons(addon_id),
    start_dt TEXT NOT NULL,
    end_dt TEXT NOT NULL,
    PRIMARY KEY (sub_id, addon_id, start_dt)
);
CREATE TABLE cdr (
    cdr_id INTEGER PRIMARY KEY,
    sub_id INTEGER NOT NULL REFERENCES subs(sub_id),
    cell_id INTEGER REFERENCES cell_sites(cell_id),
    rec_typ TEXT NOT NULL,
    start_ts TEXT NOT NULL,
    dur_sec INTEGER,
    vol_mb REAL,
    other_party TEXT,
    roam_cc TEXT,
    chg_cents INTEGER NOT NULL
);
"""

_CITIES_IE = {"Dublin": 12, "Cork": 7, "Galway": 5, "Limerick": 4, "Waterford": 2}
_HOUR_W = [2, 1, 1, 1, 1, 2, 4, 9, 14, 13, 11, 11, 13, 12, 10, 10, 11, 14, 16, 15, 13, 11, 8, 4]


def build_mobicdr(path: Path) -> None:
    r = random.Random(12204)
    plans = [
        (1, "Prepaid Go", "PRE", 1000, 5120, 100, "2019-05-01", None),
        (2, "Prepaid Go Plus", "PRE", 1500, 15360, 300, "2021-03-01", None),
        (3, "Smart 20", "POST", 2000, 20480, None, "2021-09-01", None),
        (4, "Smart 50", "POST", 3000, 51200, None, "2022-04-01", None),
        (5, "Unlimited Max", "POST", 4500, None, None, "2023-02-01", None),
        (6, "Biz Pro", "POST", 3800, 102400, None, "2020-01-15", None),
        (7, "Classic 2GB", "POST", 1500, 2048, 250, "2016-06-01", "2023-06-30"),
        (8, "Student Flex", "POST", 1200, 10240, 200, "2025-05-01", None),
    ]
    addons = [
        (1, "World Roam 1GB", 1500, 1024, 60, 7),
        (2, "Extra Data 10GB", 1000, 10240, None, 30),
        (3, "Extra Data 2GB", 400, 2048, None, 30),
        (4, "Intl Mins 100", 800, None, 100, 30),
        (5, "Music Stream Pass", 300, None, None, 30),
        (6, "Night Owl Data", 500, None, None, 30),
        (7, "Weekend Unlimited", 600, None, None, 30),
        (8, "Device Insurance", 900, None, None, 30),
    ]
    elig = {1: [1, 2, 3, 4, 6], 2: [1, 2, 3, 4, 6], 3: [1, 2, 3, 4, 5, 6, 7], 4: [1, 2, 4, 5, 7, 8],
            5: [1, 4, 5, 8], 6: [1, 4, 8], 7: [3, 4], 8: [2, 3, 5, 6, 7]}  # fmt: skip
    plan_addon = [(p, a) for p, al in elig.items() for a in al]
    cells = []
    for city, n in _CITIES_IE.items():
        for k in range(1, n + 1):
            cid = len(cells) + 1
            rat = "5G" if r.random() < (0.45 if city == "Dublin" else 0.25) else "4G"
            on_air = day_between(r, dt.date(2014, 1, 1), dt.date(2024, 12, 31)) if rat == "4G" else \
                day_between(r, dt.date(2021, 1, 1), dt.date(2025, 2, 28))  # fmt: skip
            cells.append((cid, f"{city[:3].upper()}-{k * 3 + 100:03d}", city, rat, iso(on_air)))
    subs = []
    names = full_names(r, 160)
    for sid, nm in enumerate(names, start=1):
        first, last = nm.split(" ")
        plan = r.choices(plans, weights=[18, 14, 22, 16, 10, 8, 9, 3])[0]
        lo = dt.date.fromisoformat(plan[6])
        hi = dt.date.fromisoformat(plan[7]) if plan[7] else dt.date(2025, 6, 10)
        act = day_between(r, lo, hi)
        deact = None
        if sid % 13 == 5 and act < dt.date(2025, 2, 1):
            deact = day_between(r, dt.date(2025, 3, 5), dt.date(2025, 6, 5))
        elif sid % 29 == 7 and act < dt.date(2024, 6, 1):
            deact = day_between(r, max(act, dt.date(2024, 1, 1)) + dt.timedelta(days=30), dt.date(2025, 2, 20))
        city = r.choices(list(_CITIES_IE), weights=[45, 20, 14, 12, 9])[0]
        msisdn = f"+35387{r.randint(1000000, 9999999)}"
        subs.append((sid, msisdn, first, last, plan[0], city, iso(act), iso(deact)))
    sub_addon = []
    trips: dict[int, tuple[dt.date, dt.date, str]] = {}
    for s in subs:
        sid, plan_id = s[0], s[4]
        act = dt.date.fromisoformat(s[6])
        end = dt.date.fromisoformat(s[7]) if s[7] else LAST_DAY
        if r.random() < 0.16 and (end - max(act, dt.date(2025, 3, 1))).days > 20:
            a = max(act, dt.date(2025, 3, 1))
            start = day_between(r, a, end - dt.timedelta(days=12))
            trips[sid] = (start, start + dt.timedelta(days=r.randint(3, 10)), r.choice(["US", "US", "GB", "CH", "ES",
                                                                                         "FR", "PT"]))  # fmt: skip
        for addon_id in elig[plan_id]:
            if addon_id == 8:
                continue
            if addon_id == 1:
                if sid in trips and trips[sid][2] in ("US", "GB", "CH") and r.random() < 0.6:
                    st = trips[sid][0] - dt.timedelta(days=r.randint(0, 2))
                    sub_addon.append((sid, 1, iso(st), iso(st + dt.timedelta(days=7))))
                continue
            if end > max(act, dt.date(2024, 12, 1)) and r.random() < {2: 0.22, 3: 0.18, 4: 0.12, 5: 0.25, 6: 0.12,
                                                                         7: 0.15}[addon_id]:  # fmt: skip
                st = day_between(r, max(act, dt.date(2024, 12, 1)), end)
                while st <= end:
                    sub_addon.append((sid, addon_id, iso(st), iso(st + dt.timedelta(days=30))))
                    if r.random() < 0.45:
                        break
                    st += dt.timedelta(days=30)
    has_addon = {(sa[0], sa[1], sa[2], sa[3]) for sa in sub_addon}

    def active_addon(sid: int, aid: int, d: dt.date) -> bool:
        return any(x[0] == sid and x[1] == aid and x[2] <= iso(d) < x[3] for x in has_addon)

    cdr = []
    city_cells = {c: [x[0] for x in cells if x[2] == c] for c in _CITIES_IE}
    activity = {s[0]: r.uniform(0.06, 0.45) * (1.8 if s[4] == 6 else 1.0) for s in subs}
    activity[17] = 0.0  # a SIM that has never been used
    for d in _days(dt.date(2025, 3, 1), LAST_DAY):
        for s in subs:
            sid = s[0]
            if s[6] > iso(d) or (s[7] and s[7] <= iso(d)):
                continue
            n = 0
            lam = activity[sid] * (0.7 if d.weekday() >= 5 and s[4] == 6 else 1.0)
            while r.random() < lam / (1 + n * 0.8):
                n += 1
            for _ in range(n):
                hour = r.choices(range(24), weights=_HOUR_W)[0]
                t = dt.datetime(d.year, d.month, d.day, hour, r.randint(0, 59), r.randint(0, 59))
                typ = r.choices(["MOC", "MTC", "SMS", "GPRS"], weights=[35, 25, 14, 26])[0]
                roam = None
                cell = None
                if sid in trips and trips[sid][0] <= d <= trips[sid][1]:
                    roam = trips[sid][2]
                else:
                    home = city_cells[s[5]]
                    cell = r.choice(home) if r.random() < 0.82 else r.choice(cells)[0]
                dur = vol = party = None
                chg = 0
                if typ in ("MOC", "MTC"):
                    dur = max(4, int(r.lognormvariate(4.4, 1.0)))
                    dur = min(dur, 5400)
                    intl = r.random() < 0.08
                    party = (f"+{r.choice(['44', '1', '48', '33', '91'])}{r.randint(100000000, 999999999)}" if intl
                             else f"08{r.choice([3, 5, 6, 7, 9])}{r.randint(1000000, 9999999)}")  # fmt: skip
                    if typ == "MOC" and intl and not active_addon(sid, 4, d):
                        chg += 19 * ((dur + 59) // 60)
                    if roam in ("US", "CH") and not active_addon(sid, 1, d):
                        chg += (149 if typ == "MOC" else 99) * ((dur + 59) // 60)
                elif typ == "SMS":
                    party = f"08{r.choice([3, 5, 6, 7, 9])}{r.randint(1000000, 9999999)}"
                    if roam in ("US", "CH") and not active_addon(sid, 1, d):
                        chg = 39
                else:
                    dur = r.randint(30, 3600)
                    vol = round(min(dur * r.uniform(0.01, 0.6), 2500) if r.random() > 0.05 else r.uniform(0.1, 2), 2)
                    if roam in ("US", "CH", "GB") and not active_addon(sid, 1, d):
                        chg = int(vol * (990 if roam != "GB" else 200) / 100)
                cdr.append((sid, cell, typ, _ts(t), dur, vol, party, roam, chg))
    cdr.sort(key=lambda c: (c[3], c[0]))
    cdr = [(i, *c) for i, c in enumerate(cdr, start=1)]
    write_tables(path, MOBICDR_DDL, [
        ("plans", plans), ("addons", addons), ("plan_addon", plan_addon), ("cell_sites", cells), ("subs", subs),
        ("sub_addon", sorted(set(sub_addon))), ("cdr", cdr),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# bbfaults (English, abbreviated, unit-suffixed)
# ---------------------------------------------------------------------------------------------------------------

BBFAULTS_DDL = """
CREATE TABLE exchanges (
    exch_id INTEGER PRIMARY KEY,
    exch_cd TEXT NOT NULL UNIQUE,
    exch_nm TEXT NOT NULL,
    region TEXT NOT NULL
);
CREATE TABLE lines (
    line_id INTEGER PRIMARY KEY,
    acct_no TEXT NOT NULL UNIQUE,
    cust_nm TEXT NOT NULL,
    exch_id INTEGER NOT NULL REFERENCES exchanges(exch_id),
    access_tech TEXT NOT NULL,
    prod_speed_mbps INTEGER NOT NULL,
    sync_dn_mbps REAL,
    line_len_m INTEGER,
    is_biz INTEGER NOT NULL,
    prov_dt TEXT NOT NULL,
    cease_dt TEXT
);
CREATE TABLE engineers (
    eng_id INTEGER PRIMARY KEY,
    eng_nm TEXT NOT NULL,
    grade TEXT NOT NULL,
    home_exch_id INTEGER NOT NULL REFERENCES exchanges(exch_id),
    lead_eng_id INTEGER REFERENCES engineers(eng_id),
    start_dt TEXT NOT NULL,
    leave_dt TEXT,
    van_reg TEXT
);
CREATE TABLE skills (
    skill_id INTEGER PRIMARY KEY,
    skill_cd TEXT NOT NULL UNIQUE,
    skill_desc TEXT NOT NULL
);
CREATE TABLE eng_skills (
    eng_id INTEGER NOT NULL REFERENCES engineers(eng_id),
    skill_id INTEGER NOT NULL REFERENCES skills(skill_id),
    cert_dt TEXT NOT NULL,
    expiry_dt TEXT,
    PRIMARY KEY (eng_id, skill_id)
);
CREATE TABLE faults (
    fault_id INTEGER PRIMARY KEY,
    line_id INTEGER NOT NULL REFERENCES lines(line_id),
    rpt_ts TEXT NOT NULL,
    symptom_cd TEXT NOT NULL,
    priority TEXT NOT NULL,
    req_skill_id INTEGER REFERENCES skills(skill_id),
    clr_ts TEXT,
    root_cause TEXT
);
CREATE TABLE visits (
    visit_id INTEGER PRIMARY KEY,
    fault_id INTEGER NOT NULL REFERENCES faults(fault_id),
    eng_id INTEGER NOT NULL REFERENCES engineers(eng_id),
    arrive_ts TEXT NOT NULL,
    onsite_min INTEGER NOT NULL,
    travel_km REAL NOT NULL,
    outcome_cd TEXT NOT NULL
);
"""

_BIZ_NAMES = [
    "Kirkstall Dental Practice", "Aire Valley Accountants", "Moor Lane Vets", "Crookes Coffee House",
    "Micklegate Guest House", "Balby Motor Factors", "Humber Print Ltd", "Headingley Physio", "Shambles Bakery",
    "Attercliffe Engineering", "Manningham Textiles", "Hessle Road Fisheries", "Ouse Bridge Solicitors",
    "Roundhay Nursery", "Don Valley Plumbing", "Wicker Arches Studio", "Chapel Allerton Deli", "Spurn Point Tours",
    "Ecclesall Architects", "Bootham Opticians", "Bramley Florist", "Holgate Joinery", "Carlton Hill Surgery",
    "Kelham Island Brewing", "Fishergate Books", "Meanwood Climbing", "Wath Road Garage", "Clifton Lettings",
    "Princes Avenue Cafe", "Armley Tyres", "Hunslet Logistics", "Beverley Road Pharmacy", "Broomhill Music",
    "Pudsey Carpets", "Acomb Hair Studio", "Walkley Bike Shop", "Ilkley Road Kennels", "Hull Marina Chandlery",
    "Thorne Farm Supplies", "Skipton Road Motors",
]  # fmt: skip


def build_bbfaults(path: Path) -> None:
    r = random.Random(12205)
    exchanges = [
        (1, "LDS-HL", "Leeds Headingley", "West Yorkshire"),
        (2, "LDS-CT", "Leeds City", "West Yorkshire"),
        (3, "BFD-MN", "Bradford Manningham", "West Yorkshire"),
        (4, "SHF-CR", "Sheffield Crookes", "South Yorkshire"),
        (5, "SHF-AT", "Sheffield Attercliffe", "South Yorkshire"),
        (6, "YRK-MG", "York Micklegate", "North Yorkshire"),
        (7, "HUL-CT", "Hull Central", "East Riding"),
        (8, "DON-BL", "Doncaster Balby", "South Yorkshire"),
    ]
    fttp_share = {1: 0.5, 2: 0.65, 3: 0.25, 4: 0.4, 5: 0.3, 6: 0.45, 7: 0.55, 8: 0.15}
    lines = []
    people = full_names(r, 700)
    biz = list(_BIZ_NAMES)
    r.shuffle(biz)
    for lid in range(1, 681):
        exch = r.choices(exchanges, weights=[16, 14, 12, 14, 10, 12, 13, 9])[0]
        is_biz = 1 if biz and r.random() < 0.07 else 0
        nm = biz.pop() if is_biz else people[lid]
        x = r.random()
        if x < fttp_share[exch[0]]:
            tech, speed, length = "FTTP", r.choices([150, 500, 900], weights=[45, 35, 20])[0], None
            sync = float(speed)
        elif x < fttp_share[exch[0]] + 0.4 or exch[0] == 2:
            tech, speed, length = "FTTC", r.choices([40, 80], weights=[40, 60])[0], r.randint(80, 1600)
            sync = round(min(speed, max(8.0, 82 - length * 0.045 + r.uniform(-6, 4))), 1)
        else:
            tech, speed, length = "ADSL2", 17, r.randint(400, 5800)
            sync = round(max(1.5, min(17.0, 22 - length * 0.0035 + r.uniform(-1.5, 1.0))), 1)
        prov = day_between(r, dt.date(2011, 1, 1), dt.date(2025, 5, 31))
        if tech == "FTTP" and prov < dt.date(2018, 1, 1):
            prov = day_between(r, dt.date(2018, 1, 1), dt.date(2025, 5, 31))
        cease = None
        if r.random() < 0.06 and prov < dt.date(2024, 6, 1):
            cease = day_between(r, dt.date(2024, 6, 1), dt.date(2025, 6, 10))
        if cease is not None or r.random() < 0.02:
            sync = None
        lines.append((lid, f"BB{700000 + lid * 13}", nm, exch[0], tech, speed, sync, length, is_biz, iso(prov),
                      iso(cease)))  # fmt: skip
    skills = [
        (1, "FIBSPL", "Fibre splicing"),
        (2, "OTDR", "OTDR fibre testing"),
        (3, "COPJNT", "Copper jointing"),
        (4, "POLE", "Pole climbing / working at height"),
        (5, "CAB", "Street cabinet work"),
        (6, "UGD", "Underground duct and chamber work"),
        (7, "BIZ", "Business Ethernet circuits"),
    ]
    eng_names = full_names(r, 24, exclude=people)
    engineers = []
    lead_of_region = {"West Yorkshire": 1, "South Yorkshire": 2, "North Yorkshire": 3, "East Riding": 3}
    for eid in range(1, 25):
        if eid <= 3:
            home = {1: 2, 2: 4, 3: 6}[eid]
            grade = "T3"
        else:
            home = r.choice(exchanges)[0]
            grade = r.choices(["T1", "T2", "T3"], weights=[35, 45, 20])[0]
        region = exchanges[home - 1][3]
        lead = None if eid <= 3 else lead_of_region[region]
        start = day_between(r, dt.date(2008, 1, 1), dt.date(2023, 12, 31))
        if eid in (21, 23):
            start = day_between(r, dt.date(2024, 9, 1), dt.date(2025, 2, 28))
            grade = "T1"
        leave = {9: dt.date(2024, 11, 29), 16: dt.date(2025, 3, 14)}.get(eid)
        van = None
        if eid != 23:
            van = f"{r.choice(['YK', 'YA', 'YC', 'YJ'])}{r.randint(18, 24)} "
            van += "".join(r.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=3))
        engineers.append((eid, eng_names[eid - 1], grade, home, lead, iso(start), iso(leave), van))
    eng_skills = []
    for e in engineers:
        eid = e[0]
        if e[2] == "T1":
            pool = r.sample([3, 4, 5, 6], k=r.randint(1, 3))
        else:
            pool = r.sample([1, 2, 3, 4, 5, 6], k=r.randint(2, 5))
        if eid in (2, 5, 14):
            pool.append(7)
        if eid == 11:
            pool = [1, 2, 3, 4, 5, 6]
        for sk in sorted(set(pool)):
            cert = max(dt.date.fromisoformat(e[5]), dt.date(2015, 1, 1)) + dt.timedelta(days=r.randint(20, 600))
            if cert > dt.date(2025, 5, 30):
                cert = dt.date(2025, 5, 30)
            exp = None
            if sk == 4:
                cert = day_between(r, dt.date(2022, 3, 1), dt.date(2025, 4, 30))
                exp = dt.date(cert.year + 3, cert.month, min(cert.day, 28))
            eng_skills.append((eid, sk, iso(cert), iso(exp)))
    skills_of = {}
    for es in eng_skills:
        skills_of.setdefault(es[0], set()).add(es[1])
    faults = []
    visits = []
    causes_by_symptom = {"NOSYNC": ["DROPWIRE", "CABINET", "SPLICE", "CPE", "DUCT"],
                         "SLOW": ["CPE", "RFT", "CABINET", "EXCHANGE"],
                         "DROP": ["CPE", "DROPWIRE", "CABINET", "RFT"],
                         "NOISE": ["DROPWIRE", "CABINET", "RFT"],
                         "DMG": ["DROPWIRE", "DUCT", "CABINET"]}  # fmt: skip
    skill_for_cause = {"DROPWIRE": 4, "CABINET": 5, "SPLICE": 1, "DUCT": 6, "EXCHANGE": None, "CPE": None,
                       "RFT": None}  # fmt: skip
    live = [ln for ln in lines]
    for _ in range(640):
        ln = r.choice(live)
        prov = dt.date.fromisoformat(ln[9])
        lo = max(prov + dt.timedelta(days=3), dt.date(2024, 1, 1))
        hi = dt.date.fromisoformat(ln[10]) if ln[10] else LAST_DAY
        if lo >= hi:
            continue
        d = day_between(r, lo, hi)
        t = dt.datetime(d.year, d.month, d.day, r.choices(range(24), weights=_HOUR_W)[0], r.randint(0, 59))
        w = {"FTTP": [30, 10, 12, 0, 8], "FTTC": [22, 30, 22, 10, 6], "ADSL2": [18, 35, 22, 18, 4]}[ln[4]]
        sym = r.choices(["NOSYNC", "SLOW", "DROP", "NOISE", "DMG"], weights=w)[0]
        if ln[8] or (sym in ("NOSYNC", "DMG") and r.random() < 0.5):
            prio = "P1"
        else:
            prio = "P2" if sym in ("NOSYNC", "DMG", "DROP") else "P3"
        cause = r.choice(causes_by_symptom[sym])
        if ln[4] == "FTTP" and cause == "CABINET":
            cause = "SPLICE"
        if ln[4] != "FTTP" and cause == "SPLICE":
            cause = "DROPWIRE"
        skill = skill_for_cause[cause]
        if ln[4] != "FTTP" and cause == "DROPWIRE" and r.random() < 0.5:
            skill = 3
        if ln[8] and r.random() < 0.5 and skill is not None:
            skill = 7
        if cause in ("CPE", "RFT") and r.random() < 0.35:
            skill = 3 if ln[4] != "FTTP" else 2
        fid = len(faults) + 1
        region = exchanges[ln[3] - 1][3]
        clr = None
        if skill is None:
            clr = t + dt.timedelta(minutes=r.randint(25, 900))
        else:
            vt = t + dt.timedelta(hours=r.uniform(2, 20) if prio == "P1" else r.uniform(8, 70))
            nvis = 0
            while True:
                if vt.hour > 17:
                    vt = (vt + dt.timedelta(days=1)).replace(hour=8)
                elif vt.hour < 8:
                    vt = vt.replace(hour=8)
                vt = vt.replace(minute=r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]), second=0, microsecond=0)
                if vt.date() > LAST_DAY:
                    break
                cands = [e for e in engineers if skill in skills_of.get(e[0], set()) and e[5] <= iso(vt.date())
                         and (e[6] is None or e[6] >= iso(vt.date()))]  # fmt: skip
                near = [e for e in cands if exchanges[e[3] - 1][3] == region]
                eng = r.choice(near or cands)
                onsite = r.randint(25, 240)
                km = round(r.uniform(2, 18) if eng[3] == ln[3] else r.uniform(10, 75), 1)
                nvis += 1
                if nvis >= 3:
                    outcome = "FIXED"
                else:
                    w = [68, 9, 14, 9 if cause in ("RFT", "CPE") else 2]
                    outcome = r.choices(["FIXED", "NOACC", "REVISIT", "NFF"], weights=w)[0]
                done_ts = vt + dt.timedelta(minutes=onsite)
                if done_ts > dt.datetime(2025, 6, 14, 20, 0):
                    break
                visits.append([fid, eng[0], _ts(vt), onsite, km, outcome])
                if outcome in ("FIXED", "NFF"):
                    clr = done_ts
                    if outcome == "NFF":
                        cause = "RFT"
                    break
                vt = done_ts + dt.timedelta(hours=r.uniform(18, 96))
                while vt.weekday() == 6:
                    vt += dt.timedelta(days=1)
        if clr is not None and clr > dt.datetime(2025, 6, 14, 20, 0):
            clr = None
        faults.append([ln[0], t, sym, prio, skill, _ts(clr) if clr else None, cause if clr else None, fid])
    order = sorted(range(len(faults)), key=lambda i: faults[i][1])
    new_id = {faults[i][7]: k for k, i in enumerate(order, start=1)}
    out_faults = [(new_id[faults[i][7]], faults[i][0], _ts(faults[i][1]), *faults[i][2:7]) for i in order]
    visits.sort(key=lambda v: v[2])
    out_visits = [(k, new_id[v[0]], *v[1:]) for k, v in enumerate(visits, start=1)]
    write_tables(path, BBFAULTS_DDL, [
        ("exchanges", exchanges), ("lines", lines), ("engineers", engineers), ("skills", skills),
        ("eng_skills", eng_skills), ("faults", out_faults), ("visits", out_visits),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# evnet (English, abbreviated, unit-suffixed; a self-referencing grid hierarchy)
# ---------------------------------------------------------------------------------------------------------------

EVNET_DDL = """
CREATE TABLE grid_node (
    node_id INTEGER PRIMARY KEY,
    node_nm TEXT NOT NULL,
    node_typ TEXT NOT NULL,
    parent_node_id INTEGER REFERENCES grid_node(node_id),
    rating_kva INTEGER NOT NULL,
    voltage_kv REAL NOT NULL
);
CREATE TABLE site (
    site_id INTEGER PRIMARY KEY,
    site_nm TEXT NOT NULL,
    city TEXT NOT NULL,
    site_typ TEXT NOT NULL,
    tx_node_id INTEGER NOT NULL REFERENCES grid_node(node_id),
    grid_cap_kw INTEGER NOT NULL,
    open_dt TEXT NOT NULL
);
CREATE TABLE charger (
    chg_id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES site(site_id),
    evse_ref TEXT NOT NULL UNIQUE,
    connector TEXT NOT NULL,
    max_kw REAL NOT NULL,
    install_dt TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE tariff_band (
    band_cd TEXT PRIMARY KEY,
    from_hr INTEGER NOT NULL,
    to_hr INTEGER NOT NULL,
    ac_p_kwh REAL NOT NULL,
    dc_p_kwh REAL NOT NULL
);
CREATE TABLE driver (
    drv_id INTEGER PRIMARY KEY,
    drv_nm TEXT NOT NULL,
    email TEXT,
    acct_typ TEXT NOT NULL,
    fleet_nm TEXT,
    reg_dt TEXT NOT NULL
);
CREATE TABLE session (
    sess_id INTEGER PRIMARY KEY,
    chg_id INTEGER NOT NULL REFERENCES charger(chg_id),
    drv_id INTEGER REFERENCES driver(drv_id),
    start_ts TEXT NOT NULL,
    end_ts TEXT NOT NULL,
    energy_kwh REAL NOT NULL,
    max_pwr_kw REAL NOT NULL,
    cost_p INTEGER NOT NULL,
    stop_rsn TEXT NOT NULL
);
CREATE TABLE fault_evt (
    fault_id INTEGER PRIMARY KEY,
    chg_id INTEGER NOT NULL REFERENCES charger(chg_id),
    start_ts TEXT NOT NULL,
    end_ts TEXT,
    fault_cd TEXT NOT NULL
);
"""


def build_evnet(path: Path) -> None:
    r = random.Random(12206)
    nodes = [
        (1, "Leeds East 33/11kV", "SUB", None, 30000, 33.0),
        (2, "York North 33/11kV", "SUB", None, 24000, 33.0),
        (3, "LE-F1 Killingbeck", "FDR", 1, 8000, 11.0),
        (4, "LE-F2 Seacroft", "FDR", 1, 8000, 11.0),
        (5, "LE-F3 Cross Gates", "FDR", 1, 6000, 11.0),
        (6, "YN-F1 Clifton", "FDR", 2, 8000, 11.0),
        (7, "YN-F2 Haxby", "FDR", 2, 6000, 11.0),
    ]
    tx = [
        ("TX Killingbeck Retail Park", 3, 1000), ("TX York Road", 3, 800), ("TX Thorpe Park", 3, 1000),
        ("TX Seacroft Ring Rd", 4, 800), ("TX Swarcliffe", 4, 500), ("TX Whinmoor", 4, 500),
        ("TX Cross Gates Centre", 5, 800), ("TX Austhorpe", 5, 500), ("TX Clifton Moor", 6, 1000),
        ("TX Rawcliffe P&R", 6, 800), ("TX Bootham", 6, 500), ("TX Haxby Road", 7, 800), ("TX Huntington", 7, 500),
        ("TX Wigginton", 7, 315),
    ]  # fmt: skip
    for k, (nm, parent, kva) in enumerate(tx, start=8):
        nodes.append((k, nm, "TX", parent, kva, 0.4))
    sites_def = [
        ("Killingbeck Hub", "Leeds", "HUB", 8, 1200, "2021-05-14"),
        ("York Road Tesco", "Leeds", "RETAIL", 9, 300, "2022-03-01"),
        ("Thorpe Park Hub", "Leeds", "HUB", 10, 1500, "2023-09-20"),
        ("Seacroft Green Aldi", "Leeds", "RETAIL", 11, 250, "2022-11-07"),
        ("Swarcliffe Avenue", "Leeds", "STREET", 12, 66, "2023-02-15"),
        ("Cross Gates Station Car Park", "Leeds", "RETAIL", 14, 200, "2021-10-04"),
        ("Austhorpe Lane", "Leeds", "STREET", 15, 44, "2024-04-22"),
        ("Station Parade", "Leeds", "STREET", 14, 44, "2024-07-01"),
        ("Leeds Cab Depot", "Leeds", "DEPOT", 10, 400, "2022-06-13"),
        ("Clifton Moor Hub", "York", "HUB", 16, 1200, "2022-08-30"),
        ("Rawcliffe Park & Ride", "York", "RETAIL", 17, 350, "2021-03-29"),
        ("Bootham Crescent", "York", "STREET", 18, 44, "2023-05-10"),
        ("Haxby Road Co-op", "York", "RETAIL", 19, 150, "2024-01-17"),
        ("Huntington Stadium", "York", "RETAIL", 20, 300, "2023-11-06"),
        ("York Parcel Depot", "York", "DEPOT", 19, 600, "2024-10-01"),
        ("Wigginton Village Hall", "York", "STREET", 21, 22, "2025-05-19"),
    ]  # fmt: skip
    sites = [(k, *s) for k, s in enumerate(sites_def, start=1)]
    chargers = []
    for s in sites:
        sid, typ = s[0], s[3]
        if typ == "HUB":
            spec = [("CCS2", 150.0)] * r.randint(4, 6) + [("CCS2", 350.0)] * r.randint(2, 4) + [("CHADEMO", 50.0)]
        elif typ == "RETAIL":
            spec = [("CCS2", r.choice([50.0, 75.0]))] * r.randint(1, 3) + [("TYPE2", 22.0)] * r.randint(2, 4)
        elif typ == "STREET":
            spec = [("TYPE2", r.choice([7.4, 22.0]))] * max(1, s[5] // 22)
        else:
            spec = [("TYPE2", 22.0)] * r.randint(4, 8) + [("CCS2", 50.0)] * 2
        opened = dt.date.fromisoformat(s[6])
        for conn, kw in spec:
            cid = len(chargers) + 1
            later = min(LAST_DAY, opened + dt.timedelta(days=400))
            inst = opened if r.random() < 0.8 else day_between(r, opened, later)
            chargers.append([cid, sid, f"GB*EVN*E{1000 + cid * 7}", conn, kw, iso(inst), "AVAIL"])
    bands = [("NIGHT", 0, 6, 35.0, 45.0), ("DAY", 6, 16, 55.0, 69.0), ("PEAK", 16, 20, 65.0, 85.0),
             ("EVE", 20, 24, 49.0, 62.0)]  # fmt: skip
    band_of = {h: b for b in bands for h in range(b[1], b[2])}
    fleets = ["Leeds Cab Co", "Yorkshire Homecare", "Leeds Cab Co", "York Parcel Express"]
    names = full_names(r, 230)
    drivers = []
    for did, nm in enumerate(names, start=1):
        acct = "SUB" if r.random() < 0.3 else "PAYG"
        fleet = r.choice(fleets) if r.random() < 0.12 else None
        if fleet:
            acct = "SUB"
        email = None
        if r.random() >= 0.08:
            email = f"{nm.lower().replace(' ', '.')}@"
            email += r.choice(["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"])
        reg = day_between(r, dt.date(2021, 3, 1), dt.date(2025, 6, 1))
        drivers.append((did, nm, email, acct, fleet, iso(reg)))
    users = [x for x in drivers if x[0] % 11 != 3]  # the others registered but never charged
    sessions = []
    faults = []
    dead = {7: (dt.date(2025, 2, 10), None), 23: (dt.date(2025, 6, 2), None)}
    removed = {31: dt.date(2025, 1, 31)}
    for c in chargers:
        if c[0] in dead:
            c[6] = "FAULTED"
        if c[0] in removed:
            c[6] = "REMOVED"
    site_by_id = {s[0]: s for s in sites}
    busy = {"HUB": 2.2, "RETAIL": 1.3, "STREET": 0.8, "DEPOT": 1.6}
    hour_w = {
        "HUB": [1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 11, 12, 12, 11, 11, 12, 13, 14, 12, 9, 6, 4, 2, 1],
        "RETAIL": [0, 0, 0, 0, 0, 0, 1, 3, 7, 10, 12, 13, 12, 11, 11, 11, 12, 12, 10, 7, 4, 2, 1, 0],
        "STREET": [2, 1, 1, 1, 1, 1, 2, 4, 5, 4, 3, 3, 3, 3, 3, 4, 6, 9, 12, 13, 11, 8, 5, 3],
        "DEPOT": [6, 4, 3, 3, 4, 5, 4, 2, 1, 1, 2, 3, 4, 3, 2, 2, 3, 4, 6, 8, 10, 10, 9, 8],
    }  # fmt: skip
    for d in _days(dt.date(2025, 1, 1), LAST_DAY):
        for c in chargers:
            site = site_by_id[c[1]]
            if c[5] > iso(d):
                continue
            if c[0] in dead and d >= dead[c[0]][0]:
                continue
            if c[0] in removed and d >= removed[c[0]]:
                continue
            lam = busy[site[3]] * (0.6 if c[3] == "CHADEMO" else 1.0) * (0.75 if d.weekday() >= 5 else 1.0) * 0.16
            if c[0] == 12:
                lam *= 2.2
            n = 0
            while r.random() < lam / (1 + n):
                n += 1
            for _ in range(n):
                hour = r.choices(range(24), weights=hour_w[site[3]])[0]
                t = dt.datetime(d.year, d.month, d.day, hour, r.randint(0, 59), r.randint(0, 59))
                if c[3] == "TYPE2":
                    mins = r.randint(40, 600) if site[3] != "DEPOT" else r.randint(120, 540)
                    avg_kw = min(c[4], r.choice([7.0, 7.2, 11.0, 11.0, 16.5, 22.0])) * r.uniform(0.85, 0.98)
                    energy = min(avg_kw * mins / 60 * r.uniform(0.6, 1.0), r.uniform(25, 80))
                    peak = round(min(c[4], avg_kw * r.uniform(1.0, 1.05)), 1)
                else:
                    mins = r.randint(12, 65)
                    car_kw = r.choice([50, 100, 120, 150, 170, 230, 250])
                    peak = round(min(c[4], car_kw) * r.uniform(0.85, 1.0), 1)
                    energy = min(peak * 0.62 * mins / 60, r.uniform(30, 85))
                energy = round(energy, 2)
                end = t + dt.timedelta(minutes=mins)
                drv = None if r.random() < 0.14 else r.choice(users)
                if drv is not None and drv[5] > iso(d):
                    drv = None
                if site[3] == "DEPOT" and r.random() < 0.7:
                    fleet = "Leeds Cab Co" if site[2] == "Leeds" else "York Parcel Express"
                    fl = [x for x in users if x[4] == fleet and x[5] <= iso(d)]
                    drv = r.choice(fl) if fl else drv
                b = band_of[hour]
                price = b[3] if c[3] == "TYPE2" else b[4]
                cost = energy * price * (0.8 if drv is not None and drv[3] == "SUB" else 1.0)
                rsn = r.choices(["EV_FULL", "USER", "FAULT", "IDLE"], weights=[35, 55, 3, 7])[0]
                sessions.append((c[0], drv[0] if drv else None, _ts(t), _ts(end), energy, peak, round(cost), rsn))
                if rsn == "FAULT" and r.random() < 0.4:
                    f_end = end + dt.timedelta(minutes=r.randint(10, 2880))
                    faults.append([c[0], _ts(end), _ts(f_end), r.choice(["RCD_TRIP", "CABLE", "OVERTEMP", "COMMS"])])
    for _ in range(34):
        c = r.choice([c for c in chargers if c[0] not in dead and c[0] not in removed])
        d = day_between(r, max(dt.date(2025, 1, 1), dt.date.fromisoformat(c[5])), LAST_DAY)
        t = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59))
        code = r.choices(["COMMS", "PAYMENT", "RCD_TRIP", "CABLE", "OVERTEMP"], weights=[40, 25, 15, 10, 10])[0]
        end = t + dt.timedelta(minutes=r.randint(5, 600) if code in ("COMMS", "PAYMENT") else r.randint(60, 4000))
        faults.append([c[0], _ts(t), _ts(end), code])
    for cid, (d, _) in dead.items():
        faults.append([cid, _ts(dt.datetime(d.year, d.month, d.day, 7, 42)), None, "CABLE" if cid == 7 else "COMMS"])
    faults.sort(key=lambda f: f[1])
    faults = [(k, *f) for k, f in enumerate(faults, start=1)]
    sessions.sort(key=lambda s: (s[2], s[0]))
    sessions = [(k, *s) for k, s in enumerate(sessions, start=1)]
    write_tables(path, EVNET_DDL, [
        ("grid_node", nodes), ("site", sites), ("charger", [tuple(c) for c in chargers]), ("tariff_band", bands),
        ("driver", drivers), ("session", sessions), ("fault_evt", faults),
    ])  # fmt: skip


BUILDERS = {
    "zonnedak": build_zonnedak,
    "redcalor": build_redcalor,
    "airminum": build_airminum,
    "mobicdr": build_mobicdr,
    "bbfaults": build_bbfaults,
    "evnet": build_evnet,
}
