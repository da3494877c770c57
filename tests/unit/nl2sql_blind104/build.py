"""Six public-sector / utility SQLite databases for the blind English-to-SQL corpus 104.

All data is synthetic and deterministic (``random.Random`` with a fixed seed per database).  The data ends on
2025-06-14; "today" is 2025-06-15, so "this year" is 2025, "last month" is May 2025 and "since March" means
on or after 2025-03-01.  Dates are ISO text ('YYYY-MM-DD'; PCN times are 'YYYY-MM-DD HH:MM').

vannmaaler -- a Norwegian municipal water utility (Norwegian table, column and value names; money in øre,
100 øre = 1 krone; yes/no flags are 'J' (ja) / 'N' (nei); validity periods gyldig_fra/gyldig_til)
    kommune(kommune_id, navn, fylke)            six municipalities: Bergen, Askøy, Bjørnafjorden, Voss (fylke
                                                'Vestland'), Stavanger, Sandnes (fylke 'Rogaland').
    montor(montor_id, navn, ansatt_dato, sertifisert)
                                                eight meter installers (montør); ansatt_dato = hire date;
                                                sertifisert 'J'/'N' = holds the installer certificate.
    montor_kommune(montor_id -> montor, kommune_id -> kommune)
                                                link table: which installers cover which municipalities.
    kunde(kunde_id, navn, adresse, kommune_id -> kommune, kundetype, aktiv, kunde_siden, sluttdato)
                                                320 customers.  navn is a person ("Sverre Nilsen") or a firm
                                                ("Solberg Eiendom AS").  kundetype 'P' = privat (household),
                                                'N' = næring (business).  aktiv 'J'/'N'; sluttdato = date the
                                                customer moved out / ended the agreement, NULL = still a
                                                customer (aktiv = 'N' exactly when sluttdato is set).
    maaler(maaler_id, serienummer, kunde_id -> kunde, montor_id -> montor, maalertype, diameter_mm,
           installert_dato, status, fjernet_dato)
                                                water meters.  maalertype 'M' = mekanisk (mechanical), 'D' =
                                                digital, 'U' = ultralyd (ultrasonic).  status 'A' = aktiv (in
                                                service), 'F' = feil (faulty: shows no consumption since
                                                2025-01), 'U' = utskiftet (replaced; fjernet_dato = date it was
                                                removed, NULL while mounted).  A replaced meter's successor is a
                                                new row for the same customer installed on that date.
    avlesning(avlesning_id, maaler_id -> maaler, avlest_dato, stand_m3, metode)
                                                meter readings (cumulative register in cubic metres), roughly
                                                quarterly on the 10th (Oct 2023 .. Apr 2025) plus readings at
                                                meter swaps and move-outs.  metode 'F' = fjernavlest (remote),
                                                'K' = kunde (read by the customer), 'M' = manuell (read by staff).
    tariff(tariff_id, kundetype, pris_per_m3_ore, fastledd_ore, gyldig_fra, gyldig_til)
                                                prices per customer type: price per m³ and the annual fixed
                                                charge (fastledd), both in øre.  One row per calendar year
                                                2023-2025; gyldig_til NULL = the current tariff.
    faktura(faktura_id, kunde_id -> kunde, fakturadato, forfallsdato, forbruk_m3, belop_ore, betalt, betalt_dato)
                                                quarterly invoices from 2024-01-20, issued 10 days after each
                                                reading; forfallsdato = due date (30 days later); forbruk_m3 =
                                                billed consumption; belop_ore = amount in øre (consumption times
                                                price plus a quarter of the fixed charge); betalt 'J'/'N';
                                                betalt_dato NULL when unpaid.

sampah -- Indonesian city waste collection, Bandung and Cimahi (Indonesian 'kd_' = code, 'nm_' = name, 'tgl_' =
date, 'jml_' = amount, 'thn_' = year prefixes; 'm_' master and 't_' transaction tables; flags 'Y'/'N')
    m_kecamatan(kd_kecamatan, nm_kecamatan, nm_kota, jml_penduduk)
                                                seven districts (kecamatan), codes 'KC01'..'KC07': Coblong,
                                                Sukajadi, Cicendo, Lengkong, Antapani (kota Bandung), Cimahi Utara,
                                                Cimahi Selatan (kota Cimahi); jml_penduduk = population.
    m_armada(kd_armada, no_polisi, jenis_armada, kapasitas_ton, thn_buat, flag_aktif)
                                                14 trucks 'TRK01'..'TRK14'; no_polisi = number plate ('D 8161 DF');
                                                jenis_armada 'K' = kompaktor (compactor), 'B' = bak terbuka (open
                                                tipper), 'A' = arm roll; capacity in tonnes; thn_buat = build year;
                                                flag_aktif 'N' = retired (TRK13, TRK14, used as spares in 2024).
    m_petugas(kd_petugas, nm_petugas, kd_jabatan, kd_atasan -> m_petugas, tgl_masuk, status_pegawai, flag_aktif)
                                                32 staff 'PTG001'..; SELF-REFERENCE kd_atasan = direct superior
                                                (NULL for the head).  kd_jabatan 'M' = kepala (head, one person),
                                                'P' = pengawas (supervisor), 'S' = sopir (driver), 'K' = kru (loader
                                                crew).  tgl_masuk = hire date; status_pegawai 'T' = tetap
                                                (permanent), 'H' = honorer (non-permanent/honorary);
                                                flag_aktif 'Y'/'N'.
    m_tps(kd_tps, nm_tps, kd_kecamatan -> m_kecamatan, jenis_tps, kapasitas_m3, tgl_operasi, flag_aktif)
                                                35 temporary waste sites (TPS, 'TPS001'..; names like 'TPS Cisitu').
                                                jenis_tps 'D' = depo, 'K' = kontainer, 'T' = TPS3R (recycling
                                                site); capacity in m³; tgl_operasi = opened; flag_aktif 'N' = closed.
    t_rute(kd_rute, nm_rute, kd_armada -> m_armada, kd_pengawas -> m_petugas, kd_sopir -> m_petugas, kd_shift)
                                                12 collection routes 'RT01'..'RT12' ('Coblong Utara', 'Pasar &
                                                Komersial', ...): regular truck, supervising pengawas and regular
                                                driver; kd_shift 'P' = pagi (morning), 'S' = siang (afternoon),
                                                'M' = malam (night).
    t_rute_tps(kd_rute -> t_rute, kd_tps -> m_tps, no_urut)
                                                link table: the TPS served by each route, no_urut = stop order.
                                                Closed TPS are on no route.
    t_ritase(id_ritase, tgl_angkut, kd_rute -> t_rute, kd_armada -> m_armada, kd_sopir -> m_petugas,
             jam_berangkat, berat_kg, kd_status)
                                                one row per trip (ritase), 2024-07-01 .. 2025-06-14, every route
                                                Monday-Saturday (RT12 also Sunday).  The truck and driver are
                                                usually the route's regular ones but sometimes substitutes.
                                                jam_berangkat = departure 'HH:MM'; berat_kg = weight hauled in kg
                                                (NULL when cancelled); kd_status 'S' = selesai (completed), 'B' =
                                                batal (cancelled), 'T' = tertunda (delayed but done).
    t_keluhan(id_keluhan, kd_tps -> m_tps, tgl_lapor, nm_pelapor, kd_kanal, kd_jenis, tgl_selesai)
                                                270 public complaints about a TPS.  kd_kanal 'W' = WhatsApp,
                                                'T' = telepon, 'A' = aplikasi (app), 'L' = langsung (in person);
                                                kd_jenis 'P' = penuh (full/overflowing), 'B' = bau (smell), 'T' =
                                                terlambat (late pickup), 'S' = berserakan (litter scattered);
                                                tgl_selesai = resolved date, NULL = still open.

booklending -- a county public library service (English names; 'Y'/'N' flags; money in pence;
valid_from/valid_to with NULL = current)
    branches(branch_id, name, town, opened_on, has_cafe)
                                                six branches: Central Library, Northgate, Riverside, Hillcrest,
                                                Eastbrook, Mobile Library.  has_cafe 'Y'/'N'.
    members(member_id, card_number, first_name, last_name, date_of_birth, home_branch_id -> branches, joined_on,
            email_opt_in)                       520 members; email_opt_in 'Y'/'N'.
    memberships(membership_id, member_id -> members, tier, valid_from, valid_to)
                                                membership history; tier 'S' = standard, 'P' = premium, 'C' =
                                                concession, 'J' = junior (under 16).  valid_to NULL = the current
                                                membership; a member with no NULL row has lapsed.
    authors(author_id, full_name, nationality)  60 authors/illustrators (e.g. 'Patrick Doyle', nationality
                                                'Swedish').
    titles(title_id, title, isbn, published_year, genre, format, reference_only)
                                                280 titles; genre Fiction/Crime/Children/History/Science/
                                                Biography/Travel/Cookery; format 'B' = book, 'A' = audiobook,
                                                'D' = DVD; isbn NULL for DVDs; reference_only 'Y' = never lent.
    title_authors(title_id -> titles, author_id -> authors, role)
                                                link table (many-to-many); role 'A' = author, 'E' = editor, 'I' =
                                                illustrator.
    copies(copy_id, title_id -> titles, branch_id -> branches, barcode, acquired_on, withdrawn)
                                                physical copies held at a branch; withdrawn 'Y' = taken out of stock.
    loans(loan_id, copy_id -> copies, member_id -> members, loaned_on, due_on, returned_on, renewals, fine_pence,
          fine_paid)                            loans from 2024-01-01.  The branch of a loan is the copy's branch.
                                                Loan period 21 days (DVDs 7), each renewal adds one period to
                                                due_on.  returned_on NULL = still out (overdue when due_on is
                                                before today).  fine_pence = late-return fine charged on return
                                                (25p/day capped at 800p, DVDs 100p/day capped at 1500p; juniors
                                                pay none), 0 = no fine; fine_paid 'Y'/'N', NULL when there is no
                                                fine.

localtax -- council tax billing for a district council (English names; amounts in pence; single-letter codes;
valid_from/valid_to with NULL = current).  Financial years run 1 April - 31 March and are identified by
fy_start (2024 = 2024/25).
    wards(ward_id, ward_name)                   eight wards: Abbey, Brookfield, Castle, Denholme, Elmwood,
                                                Fairview, Greystones, Harbourside.
    band_charges(band, fy_start, annual_pence)  annual charge per valuation band 'A'..'H' for fy_start 2023,
                                                2024, 2025 (Band D 2025/26 = 226418 pence).
    properties(property_id, uprn, address, postcode, ward_id -> wards, band, property_type)
                                                480 dwellings ('115 Willow Crescent', 'Flat 9, 15 Queens Road');
                                                band 'A'..'H'; property_type 'H' = house, 'F' = flat, 'B' =
                                                bungalow, 'M' = maisonette.
    taxpayers(taxpayer_id, title, first_name, last_name, email, phone)
                                                liable people; email NULL = none on file.
    liabilities(liability_id, property_id -> properties, taxpayer_id -> taxpayers, valid_from, valid_to)
                                                link table: who is liable for which property and when; two rows
                                                with the same property and dates = joint liability.  valid_to NULL
                                                = currently liable.  A property with no current row is empty.
    discounts(discount_id, liability_id -> liabilities, discount_code, percent, valid_from, valid_to)
                                                discount_code 'S' = single person discount (25%), 'X' = student
                                                exemption (100%), 'R' = council tax reduction (means tested, 20-100%),
                                                'D' = disabled band reduction (17%), 'L' = care leaver (100%);
                                                valid_to NULL = still in force.
    bills(bill_id, liability_id -> liabilities, fy_start, issued_on, amount_pence, status)
                                                one bill per liability per financial year (2023-2025), pro rata
                                                for part years, split equally between joint payers, after the
                                                discount; no bill when fully exempt.  Annual bills are issued on
                                                7 March (7 days after the move-in date for a mid-year start).
                                                status 'P' = paid in full, 'O' = open (current year, being paid
                                                by instalments), 'A' = in arrears (past year, not fully paid),
                                                'W' = written off.
    payments(payment_id, bill_id -> bills, paid_on, amount_pence, method)
                                                instalments received; method 'D' = direct debit, 'C' = card,
                                                'B' = bank transfer, 'Q' = cash/cheque.  Outstanding on a bill =
                                                amount_pence minus its payments.

permitzones -- residents' parking permits and penalty charge notices (English names; money in euro cents;
single-letter status codes; 'Y'/'N' flags; valid_from/valid_to with NULL = open-ended/current)
    zones(zone_id, code, name, parent_zone_id -> zones, annual_price_cents, max_permits, controlled_hours)
                                                SELF-REFERENCE: four parent areas (C City Centre, N North, S South,
                                                H Harbour; parent_zone_id, price, cap and hours NULL) and nine
                                                controlled zones under them: C1 Cathedral Quarter, C2 Market Square,
                                                N1 Parkside, N2 University, N3 Hospital, S1 Riverside South,
                                                S2 Station, H1 Docklands, H2 Marina.  annual_price_cents = list
                                                price of a resident permit; max_permits = cap on resident permits.
    residents(resident_id, first_name, last_name, address, zone_id -> zones, blue_badge, registered_on)
                                                600 residents living in a controlled zone; blue_badge 'Y' =
                                                disabled badge holder.
    vehicles(vehicle_id, plate, make, fuel, co2_g_km, first_registered)
                                                660 locally registered vehicles; fuel 'P' = petrol, 'D' = diesel,
                                                'E' = electric (co2 0), 'H' = hybrid; first_registered = year.
    resident_vehicles(resident_id -> residents, vehicle_id -> vehicles, is_primary)
                                                link table: vehicles kept by each resident (a household car can be
                                                linked to two residents); is_primary 'Y'/'N'.
    permits(permit_id, permit_no, resident_id -> residents, vehicle_id -> vehicles, zone_id -> zones,
            permit_type, valid_from, valid_to, price_cents, status)
                                                permit_type 'R' = resident, 'V' = visitor (vehicle_id NULL), 'B' =
                                                business, 'C' = carer (vehicle_id NULL).  Permits roll on:
                                                valid_to NULL = still running.  status 'A' = active, 'S' =
                                                suspended, 'E' = expired, 'C' = cancelled (E and C have valid_to).
                                                price_cents = annual price paid (zone price; half for electric,
                                                +50% over 180 g/km CO2, free for blue badge holders; visitor 6000,
                                                business 45000, carer 0).
    wardens(warden_id, full_name, badge_no, supervisor_id -> wardens, started_on, active)
                                                SELF-REFERENCE supervisor_id: a chief (NULL), three supervisors and
                                                twelve civil enforcement officers; active 'N' = left.
    contraventions(code, description, band, amount_cents)
                                                contravention codes ('01', '12', '16', '19', '30', '40', '47',
                                                '62'); band 'H' = higher (7000 cents), 'L' = lower (5000 cents).
    pcns(pcn_id, pcn_ref, plate, vehicle_id -> vehicles, zone_id -> zones, warden_id -> wardens,
         contravention_code -> contraventions, issued_at, amount_cents, status, paid_on, paid_cents)
                                                1400 penalty charge notices 2024-01-01 .. 2025-06-14; vehicle_id
                                                NULL = vehicle not on the local register.  status 'U' = unpaid,
                                                'P' = paid, 'A' = under appeal, 'C' = cancelled.  paid_on/paid_cents
                                                NULL unless paid; paid within 14 days = 50% of amount_cents.

lampfaults -- street lighting fault reports and repairs (English names; costs in pence; single-letter codes;
'Y'/'N' flags; contractor contracts with valid_from/valid_to, NULL = current)
    streets(street_id, street_name, district, road_class, speed_limit_mph)
                                                110 streets in districts Northfield, Southgate, Westbury, Eastholm,
                                                Old Town; road_class 'A', 'B', 'C' or 'U' (unclassified).
    lamps(lamp_id, asset_ref, street_id -> streets, lamp_type, wattage, column_height_m, installed_year,
          heritage, dimmable, cms_node)         about 870 street lights ('SL10003'); lamp_type 'L' = LED, 'S' =
                                                SON (high pressure sodium), 'M' = metal halide, 'C' = compact
                                                fluorescent; wattage in W; heritage/dimmable 'Y'/'N'; cms_node 'Y' =
                                                connected to the central management system.
    contractors(contractor_id, name, valid_from, valid_to, emergency_only)
                                                Brightway Lighting Ltd (until 2024-03-31), Lumen Street Services
                                                (since 2024-04-01) and Nightwatch Electrical (emergency_only 'Y',
                                                handles emergency-priority faults); valid_to NULL = current contract.
    engineers(engineer_id, full_name, contractor_id -> contractors, team_lead_id -> engineers, hourly_rate_pence,
              active)                           SELF-REFERENCE team_lead_id (NULL for the team leads Gareth Pryce,
                                                Naomi Fairley, Marek Zielinski, Terry Oakes); active 'N' =
                                                no longer working on the contract.
    faults(fault_id, lamp_id -> lamps, reported_on, source, fault_type, priority, status, fixed_on)
                                                1500 faults 2023-07-01 .. 2025-06-14.  source 'P' = public, 'I' =
                                                inspector, 'C' = CMS alert.  fault_type 'O' = lamp out, 'D' = day
                                                burning, 'F' = flickering, 'K' = knocked down column, 'X' = exposed
                                                wiring.  priority 'E' = emergency, 'U' = urgent, 'R' = routine.
                                                status 'O' = open (no visit yet), 'A' = assigned / revisit needed,
                                                'F' = fixed (fixed_on set), 'C' = cancelled (duplicate or no fault
                                                found); fixed_on NULL unless fixed.
    repairs(repair_id, fault_id -> faults, engineer_id -> engineers, visit_date, hours, outcome)
                                                engineer visits; hours on site; outcome 'F' = fixed, 'R' = revisit
                                                needed, 'N' = no fault found.  Labour cost = hours x hourly rate.
    parts(part_id, part_name, unit_cost_pence)  14 spare parts ('SON lamp 150W', 'Photocell', ...).
    repair_parts(repair_id -> repairs, part_id -> parts, qty)
                                                link table: parts fitted on each visit.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import day_between, iso, write_tables

D = dt.date
END = D(2025, 6, 14)  # last day with data
TODAY = D(2025, 6, 15)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# ---------------------------------------------------------------------------------------------------------------
# vannmaaler: Norwegian water metering utility
# ---------------------------------------------------------------------------------------------------------------

_NO_FIRST = ["Ole", "Kari", "Lars", "Ingrid", "Per", "Anne", "Jon", "Marit", "Bjørn", "Sigrid", "Knut", "Astrid",
             "Nils", "Hilde", "Erik", "Solveig", "Hans", "Ragnhild", "Tor", "Liv", "Sverre", "Guro", "Magnus",
             "Ida", "Henrik", "Nora", "Jørgen", "Thea", "Anders", "Silje", "Espen", "Tone", "Rune", "Berit"]
_NO_LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Berg", "Haugen", "Hagen", "Eriksen", "Bakken", "Dahl", "Lunde", "Halvorsen", "Moen",
            "Strand", "Solberg", "Aasen", "Vik", "Myklebust", "Brekke", "Fosse", "Røed", "Sæther", "Hovland"]
_NO_FIRMS = ["Bakeri AS", "Rørlegger AS", "Hotell AS", "Frisørsalong", "Eiendom AS", "Vaskeri AS", "Gartneri AS",
             "Kafé", "Bilverksted AS", "Fiskemottak AS"]
_NO_STREETS = ["Strandgaten", "Kalfarveien", "Nygårdsgaten", "Storgata", "Kirkeveien", "Skoleveien", "Fjordveien",
               "Bakkeveien", "Sjøgata", "Granveien", "Bjørkeveien", "Løvstakkveien", "Kongsgårdbakken"]


def build_vannmaaler(path: Path) -> None:
    rng = random.Random(104_001)
    kommuner = [(1, "Bergen", "Vestland"), (2, "Askøy", "Vestland"), (3, "Bjørnafjorden", "Vestland"),
                (4, "Voss", "Vestland"), (5, "Stavanger", "Rogaland"), (6, "Sandnes", "Rogaland")]
    montorer = [(1, "Eirik Haugland", "2012-03-01", "J"), (2, "Silje Nygård", "2016-08-15", "J"),
                (3, "Torstein Lie", "2019-01-07", "N"), (4, "Kari Mjelde", "2014-05-20", "J"),
                (5, "Håkon Berge", "2021-09-01", "N"), (6, "Ingrid Solheim", "2010-02-11", "J"),
                (7, "Ola Tveit", "2023-04-03", "N"), (8, "Marte Skogen", "2018-10-29", "J")]
    dekning = {1: [1, 2], 2: [1, 3], 3: [4], 4: [5, 6], 5: [1, 2, 3], 6: [5], 7: [6], 8: [3, 4]}
    montor_kommune = [(m, k) for m, ks in dekning.items() for k in ks]
    hired = {m[0]: m[2] for m in montorer}
    per_kommune = {k: [m for m, ks in dekning.items() if k in ks] for k in range(1, 7)}

    tariffer = [
        (1, "P", 2790, 185000, "2023-01-01", "2023-12-31"), (2, "P", 2985, 196000, "2024-01-01", "2024-12-31"),
        (3, "P", 3240, 212000, "2025-01-01", None), (4, "N", 2590, 350000, "2023-01-01", "2023-12-31"),
        (5, "N", 2760, 372000, "2024-01-01", "2024-12-31"), (6, "N", 2990, 398000, "2025-01-01", None),
    ]

    def tariff(kt: str, d: dt.date) -> tuple[int, int]:
        for _, t, pris, fast, fra, til in tariffer:
            if t == kt and fra <= d.isoformat() and (til is None or d.isoformat() <= til):
                return pris, fast
        raise ValueError(d)

    kunder = []
    used_names: set[str] = set()
    kommune_w = [40, 10, 10, 8, 20, 12]
    for kid in range(1, 321):
        kt = "N" if rng.random() < 0.15 else "P"
        while True:
            if kt == "P":
                navn = f"{rng.choice(_NO_FIRST)} {rng.choice(_NO_LAST)}"
            else:
                navn = f"{rng.choice(_NO_LAST)} {rng.choice(_NO_FIRMS)}"
            if navn not in used_names:
                used_names.add(navn)
                break
        kom = rng.choices(range(1, 7), kommune_w)[0]
        adresse = f"{rng.choice(_NO_STREETS)} {rng.randint(1, 120)}"
        siden = day_between(rng, D(2001, 1, 1), D(2024, 11, 30))
        kunder.append([kid, navn, adresse, kom, kt, "J", siden.isoformat(), None])
    leavers = rng.sample(range(320), 22)
    for i in leavers:
        slutt = day_between(rng, D(2024, 2, 1), D(2025, 5, 31))
        if D.fromisoformat(kunder[i][6]) < slutt - _days(200):
            kunder[i][5] = "N"
            kunder[i][7] = slutt.isoformat()

    read_dates = [D(2023, 10, 10), D(2024, 1, 10), D(2024, 4, 10), D(2024, 7, 10), D(2024, 10, 10),
                  D(2025, 1, 10), D(2025, 4, 10)]
    season = {1: 1.0, 4: 0.95, 7: 1.2, 10: 1.05}
    maalere: list[list[Any]] = []
    avlesninger: list[tuple[Any, ...]] = []
    fakturaer: list[tuple[Any, ...]] = []
    serial = 4_100_000
    swapped = set(rng.sample(range(320), 45))
    faulty = set(rng.sample(sorted(set(range(320)) - swapped), 12))

    def new_meter(kid: int, kom: int, inst: dt.date, old: bool) -> list[Any]:
        nonlocal serial
        serial += rng.randint(3, 900)
        weights = [75, 20, 5] if old and inst.year < 2018 else [10, 55, 35]
        mt = rng.choices("MDU", weights)[0]
        kt = kunder[kid - 1][4]
        dia = rng.choice([15, 20]) if kt == "P" else rng.choice([20, 25, 40])
        crew = [m for m in per_kommune[kom] if hired[m] <= inst.isoformat()] or per_kommune[kom]
        m = [len(maalere) + 1, f"NV-{serial}", kid, rng.choice(crew), mt, dia, inst.isoformat(), "A", None]
        maalere.append(m)
        return m

    fakt_no = 0
    for i, k in enumerate(kunder):
        kid, _, _, kom, kt, _, siden_s, slutt_s = k
        siden = D.fromisoformat(siden_s)
        slutt = D.fromisoformat(slutt_s) if slutt_s else None
        rate = rng.uniform(0.25, 0.6) if kt == "P" else rng.uniform(1.0, 6.0)
        inst = max(siden, day_between(rng, D(2009, 1, 1), D(2023, 6, 1)))
        meter = new_meter(kid, kom, inst, True)
        stand = round((D(2023, 10, 10) - inst).days * rate * rng.uniform(0.8, 1.1), 1) if inst < D(2023, 10, 10) else 0
        swap_at = day_between(rng, D(2024, 3, 1), D(2025, 4, 30)) if i in swapped else None
        fault_from = D(2025, 1, 1) if i in faulty else None
        dates = [d for d in read_dates if d >= siden and (slutt is None or d <= slutt)]
        if slutt is not None:
            dates.append(slutt)
        if siden > D(2023, 10, 10):
            dates.insert(0, siden)
            stand = 0.0
        prev_date = None
        prev_true = 0.0
        true_cum = 0.0
        for d in sorted(set(dates)):
            if prev_date is not None:
                use = (d - prev_date).days * rate * season.get(d.month, 1.0) * rng.uniform(0.85, 1.15)
                true_cum += use
                if swap_at is not None and prev_date < swap_at <= d:
                    before = (swap_at - prev_date).days * rate
                    final_old = round(stand + before, 1)
                    avlesninger.append((meter[0], swap_at.isoformat(), final_old, "M"))
                    meter[7] = "U"
                    meter[8] = swap_at.isoformat()
                    meter = new_meter(kid, kom, swap_at, False)
                    avlesninger.append((meter[0], swap_at.isoformat(), 0.0, "M"))
                    stand = -before
                if fault_from is not None and d >= fault_from:
                    meter[7] = "F"
                    shown = 0.0
                else:
                    shown = true_cum - prev_true
                stand = round(stand + shown, 1)
                forbruk = round(shown, 1)
                if d >= D(2024, 1, 1):
                    pris, fast = tariff(kt, d)
                    fdato = d + _days(10)
                    forfall = fdato + _days(30)
                    belop = round(forbruk * pris + fast / 4)
                    fakt_no += 1
                    r = rng.random()
                    if forfall < D(2025, 4, 1):
                        paid = r < 0.95
                    elif forfall <= END:
                        paid = r < 0.8
                    else:
                        paid = r < 0.35
                    betalt_dato = None
                    if paid:
                        betalt_dato = min(END, fdato + _days(rng.choice([3, 7, 12, 20, 25, 28, 29, 30, 35, 44])))
                    if fdato <= END:
                        fakturaer.append((fakt_no, kid, fdato.isoformat(), forfall.isoformat(), forbruk, belop,
                                          "J" if paid else "N", iso(betalt_dato)))
                prev_true = true_cum
            metode = "F" if meter[4] in "DU" and rng.random() < 0.92 else rng.choices("KM", [80, 20])[0]
            if slutt is not None and d == slutt:
                metode = "M"
            avlesninger.append((meter[0], d.isoformat(), max(stand, 0.0), metode))
            prev_date = d
    avles_rows = [(n, *a) for n, a in enumerate(sorted(avlesninger, key=lambda a: (a[1], a[0])), start=1)]
    # invoice numbers in date order
    fakturaer.sort(key=lambda f: (f[2], f[1]))
    faktura_rows = [(10_000 + n, *f[1:]) for n, f in enumerate(fakturaer, start=1)]

    ddl = """
    CREATE TABLE kommune (kommune_id INTEGER PRIMARY KEY, navn TEXT NOT NULL, fylke TEXT NOT NULL);
    CREATE TABLE montor (montor_id INTEGER PRIMARY KEY, navn TEXT NOT NULL, ansatt_dato TEXT NOT NULL,
        sertifisert TEXT NOT NULL CHECK (sertifisert IN ('J','N')));
    CREATE TABLE montor_kommune (montor_id INTEGER NOT NULL REFERENCES montor(montor_id),
        kommune_id INTEGER NOT NULL REFERENCES kommune(kommune_id), PRIMARY KEY (montor_id, kommune_id));
    CREATE TABLE kunde (kunde_id INTEGER PRIMARY KEY, navn TEXT NOT NULL, adresse TEXT NOT NULL,
        kommune_id INTEGER NOT NULL REFERENCES kommune(kommune_id), kundetype TEXT NOT NULL,
        aktiv TEXT NOT NULL, kunde_siden TEXT NOT NULL, sluttdato TEXT);
    CREATE TABLE maaler (maaler_id INTEGER PRIMARY KEY, serienummer TEXT NOT NULL UNIQUE,
        kunde_id INTEGER NOT NULL REFERENCES kunde(kunde_id), montor_id INTEGER REFERENCES montor(montor_id),
        maalertype TEXT NOT NULL, diameter_mm INTEGER NOT NULL, installert_dato TEXT NOT NULL,
        status TEXT NOT NULL, fjernet_dato TEXT);
    CREATE TABLE avlesning (avlesning_id INTEGER PRIMARY KEY, maaler_id INTEGER NOT NULL REFERENCES maaler(maaler_id),
        avlest_dato TEXT NOT NULL, stand_m3 REAL NOT NULL, metode TEXT NOT NULL);
    CREATE TABLE tariff (tariff_id INTEGER PRIMARY KEY, kundetype TEXT NOT NULL, pris_per_m3_ore INTEGER NOT NULL,
        fastledd_ore INTEGER NOT NULL, gyldig_fra TEXT NOT NULL, gyldig_til TEXT);
    CREATE TABLE faktura (faktura_id INTEGER PRIMARY KEY, kunde_id INTEGER NOT NULL REFERENCES kunde(kunde_id),
        fakturadato TEXT NOT NULL, forfallsdato TEXT NOT NULL, forbruk_m3 REAL NOT NULL, belop_ore INTEGER NOT NULL,
        betalt TEXT NOT NULL, betalt_dato TEXT);
    """
    write_tables(path, ddl, {
        "kommune": kommuner, "montor": montorer, "montor_kommune": montor_kommune,
        "kunde": [tuple(k) for k in kunder], "maaler": [tuple(m) for m in maalere], "avlesning": avles_rows,
        "tariff": tariffer, "faktura": faktura_rows,
    })


# ---------------------------------------------------------------------------------------------------------------
# sampah: Indonesian municipal waste collection (kd_/nm_/tgl_ naming)
# ---------------------------------------------------------------------------------------------------------------

_ID_NAMES = ["Budi Santoso", "Asep Saepudin", "Dede Kurniawan", "Ujang Hidayat", "Siti Rahmawati", "Agus Setiawan",
             "Yayat Supriatna", "Cecep Ruhiyat", "Eko Prasetyo", "Rudi Hartono", "Iwan Gunawan", "Dadang Sudrajat",
             "Heri Firmansyah", "Nana Suryana", "Ade Mulyana", "Rina Marlina", "Jajang Nurjaman", "Dian Permana",
             "Wawan Setiadi", "Endang Sutisna", "Tatang Sumarna", "Rizal Maulana", "Aep Saefulloh", "Yusuf Hamdani",
             "Hendra Wijaya", "Dodi Ruswandi", "Acep Ridwan", "Ikhsan Fauzi", "Lilis Suryani", "Maman Abdurahman",
             "Toto Sugiarto", "Deni Ramdani"]
_TPS = {
    "KC01": ["Dago Pojok", "Cisitu", "Sekeloa", "Tubagus Ismail", "Sadang Serang", "Lebak Siliwangi"],
    "KC02": ["Pasteur", "Sukagalih", "Cipedes", "Sukawarna", "Sukabungah"],
    "KC03": ["Pajajaran", "Arjuna", "Husein", "Pamoyanan", "Sukaraja"],
    "KC04": ["Pungkur", "Cikawao", "Burangrang", "Malabar", "Turangga", "Lingkar Selatan"],
    "KC05": ["Antapani Kidul", "Antapani Tengah", "Antapani Wetan", "Terusan Jakarta"],
    "KC06": ["Citeureup", "Cibabat", "Pasirkaliki", "Cipageran"],
    "KC07": ["Leuwigajah", "Utama", "Cibeber", "Melong", "Cibeureum"],
}


def build_sampah(path: Path) -> None:
    rng = random.Random(104_002)
    kecamatan = [("KC01", "Coblong", "Bandung", 132400), ("KC02", "Sukajadi", "Bandung", 106900),
                 ("KC03", "Cicendo", "Bandung", 98700), ("KC04", "Lengkong", "Bandung", 71300),
                 ("KC05", "Antapani", "Bandung", 77800), ("KC06", "Cimahi Utara", "Cimahi", 139600),
                 ("KC07", "Cimahi Selatan", "Cimahi", 171200)]
    tps = []
    n = 0
    for kc, names in _TPS.items():
        for nm in names:
            n += 1
            jenis = rng.choices("DKT", [35, 50, 15])[0]
            kap = {"D": rng.choice([20, 24, 30]), "K": rng.choice([6, 8, 10]), "T": rng.choice([12, 15])}[jenis]
            tps.append((f"TPS{n:03d}", f"TPS {nm}", kc, jenis, kap,
                        day_between(rng, D(2005, 1, 1), D(2023, 12, 31)).isoformat(), "Y"))
    # two closed sites
    for idx in (7, 29):
        tps[idx] = (*tps[idx][:6], "N")

    armada = []
    for i in range(1, 15):
        jenis = rng.choices("KBA", [50, 30, 20])[0]
        kap = {"K": 8.0, "B": 6.0, "A": 10.0}[jenis]
        plat = f"D {rng.randint(8000, 8999)} {rng.choice(['AB', 'BD', 'CK', 'DF', 'RT', 'ZA'])}"
        armada.append((f"TRK{i:02d}", plat, jenis, kap, rng.randint(2008, 2022), "N" if i in (13, 14) else "Y"))

    petugas = []
    names = list(_ID_NAMES)
    rng.shuffle(names)
    petugas.append(("PTG001", names[0], "M", None, "2006-02-01", "T", "Y"))
    pengawas = []
    for i in range(2, 6):
        kd = f"PTG{i:03d}"
        pengawas.append(kd)
        petugas.append((kd, names[i - 1], "P", "PTG001", day_between(rng, D(2008, 1, 1), D(2016, 12, 31)).isoformat(),
                        "T", "Y"))
    sopir = []
    kru = []
    for i in range(6, 33):
        kd = f"PTG{i:03d}"
        jab = "S" if i <= 19 else "K"
        (sopir if jab == "S" else kru).append(kd)
        sp = pengawas[(i - 6) % 4]
        stat = "T" if rng.random() < 0.55 else "H"
        aktif = "N" if i in (18, 31) else "Y"
        petugas.append((kd, names[i - 1], jab, sp, day_between(rng, D(2010, 1, 1), D(2024, 8, 31)).isoformat(), stat, aktif))

    active_sopir = [s for s in sopir if s != "PTG018"]
    shifts = ["P", "P", "S", "P", "M", "P", "S", "P", "P", "M", "P", "S"]
    rute_names = ["Coblong Utara", "Coblong Selatan", "Sukajadi", "Cicendo", "Lengkong Barat", "Lengkong Timur",
                  "Antapani", "Cimahi Utara A", "Cimahi Utara B", "Cimahi Selatan A", "Cimahi Selatan B",
                  "Pasar & Komersial"]
    rute = []
    for i in range(12):
        rute.append((f"RT{i + 1:02d}", rute_names[i], armada[i][0], pengawas[i % 4], active_sopir[i], shifts[i]))
    # route -> tps assignment
    by_kc = {kc: [t for t in tps if t[2] == kc and t[6] == "Y"] for kc in _TPS}
    route_kc = ["KC01", "KC01", "KC02", "KC03", "KC04", "KC04", "KC05", "KC06", "KC06", "KC07", "KC07", None]
    rute_tps = []
    on_route: dict[str, list[str]] = {}
    for i, kc in enumerate(route_kc):
        if kc is None:
            continue
        sites = by_kc[kc]
        if route_kc.count(kc) == 2:
            half = (len(sites) + 1) // 2
            sites = sites[:half] if route_kc.index(kc) == i else sites[half - 1:]
        on_route[rute[i][0]] = [t[0] for t in sites]
    # market route: a handful of depots across the city
    depots = [t[0] for t in tps if t[3] == "D" and t[6] == "Y"]
    on_route["RT12"] = rng.sample(depots, min(5, len(depots)))
    for kd, sites in on_route.items():
        for u, t in enumerate(sites, start=1):
            rute_tps.append((kd, t, u))

    load_of = {kd: sum(t[4] for t in tps if t[0] in sites) for kd, sites in on_route.items()}
    cap_of = {a[0]: a[3] for a in armada}
    ritase = []
    day = D(2024, 7, 1)
    rid = 0
    jam = {"P": ["05:30", "06:00", "06:15"], "S": ["13:00", "13:30"], "M": ["21:00", "22:00"]}
    while day <= END:
        for r in rute:
            kd_rute = r[0]
            if day.weekday() == 6 and kd_rute != "RT12":
                continue
            rid += 1
            spare = ["TRK13", "TRK14"] if day < D(2025, 1, 1) else []
            truck = r[2] if rng.random() > 0.08 else rng.choice([*spare, armada[rng.randint(0, 11)][0]])
            drv = r[4] if rng.random() > 0.1 else rng.choice(active_sopir[12:] + ["PTG018"] * (day < D(2025, 1, 1)))
            st = rng.choices("SBT", [94, 3, 3])[0]
            factor = 1.25 if day.month in (12, 1) else 1.0  # rainy season / holidays
            if day.weekday() == 0:
                factor *= 1.15
            cap = cap_of[truck] * 1000 * rng.uniform(0.9, 1.02)
            berat = None if st == "B" else int(min(load_of[kd_rute] * rng.uniform(60, 95) * factor, cap))
            ritase.append((rid, day.isoformat(), kd_rute, truck, drv, rng.choice(jam[r[5]]), berat, st))
        day += _days(1)

    keluhan = []
    aktif_tps = [t[0] for t in tps if t[6] == "Y"]
    hot = rng.sample(aktif_tps, 6)
    pelapor = ["Ibu Nani", "Pak Rahmat", "RW 05", "RT 03", "Pak Sobari", "Ibu Euis", "Karang Taruna", "Pak Oman",
               "Ibu Tini", "Pak Jaja", "Warga", "Pengurus Masjid"]
    for i in range(1, 271):
        t = rng.choice(hot) if rng.random() < 0.3 else rng.choice(aktif_tps)
        tgl = day_between(rng, D(2024, 7, 1), END)
        jenis = rng.choices("PBTS", [40, 25, 20, 15])[0]
        kanal = rng.choices("WTAL", [45, 20, 25, 10])[0]
        if ((END - tgl).days < 10 and rng.random() < 0.6) or rng.random() < 0.05:
            selesai = None
        else:
            selesai = (tgl + _days(rng.choice([0, 1, 1, 2, 2, 3, 4, 6, 9, 14]))).isoformat()
        keluhan.append((i, t, tgl.isoformat(), rng.choice(pelapor), kanal, jenis, selesai))
    keluhan.sort(key=lambda k: k[2])
    keluhan = [(i, *k[1:]) for i, k in enumerate(keluhan, start=1)]

    ddl = """
    CREATE TABLE m_kecamatan (kd_kecamatan TEXT PRIMARY KEY, nm_kecamatan TEXT NOT NULL, nm_kota TEXT NOT NULL,
        jml_penduduk INTEGER NOT NULL);
    CREATE TABLE m_armada (kd_armada TEXT PRIMARY KEY, no_polisi TEXT NOT NULL, jenis_armada TEXT NOT NULL,
        kapasitas_ton REAL NOT NULL, thn_buat INTEGER NOT NULL, flag_aktif TEXT NOT NULL);
    CREATE TABLE m_petugas (kd_petugas TEXT PRIMARY KEY, nm_petugas TEXT NOT NULL, kd_jabatan TEXT NOT NULL,
        kd_atasan TEXT REFERENCES m_petugas(kd_petugas), tgl_masuk TEXT NOT NULL, status_pegawai TEXT NOT NULL,
        flag_aktif TEXT NOT NULL);
    CREATE TABLE m_tps (kd_tps TEXT PRIMARY KEY, nm_tps TEXT NOT NULL,
        kd_kecamatan TEXT NOT NULL REFERENCES m_kecamatan(kd_kecamatan), jenis_tps TEXT NOT NULL,
        kapasitas_m3 INTEGER NOT NULL, tgl_operasi TEXT NOT NULL, flag_aktif TEXT NOT NULL);
    CREATE TABLE t_rute (kd_rute TEXT PRIMARY KEY, nm_rute TEXT NOT NULL, kd_armada TEXT REFERENCES m_armada(kd_armada),
        kd_pengawas TEXT REFERENCES m_petugas(kd_petugas), kd_sopir TEXT REFERENCES m_petugas(kd_petugas),
        kd_shift TEXT NOT NULL);
    CREATE TABLE t_rute_tps (kd_rute TEXT NOT NULL REFERENCES t_rute(kd_rute),
        kd_tps TEXT NOT NULL REFERENCES m_tps(kd_tps), no_urut INTEGER NOT NULL, PRIMARY KEY (kd_rute, kd_tps));
    CREATE TABLE t_ritase (id_ritase INTEGER PRIMARY KEY, tgl_angkut TEXT NOT NULL,
        kd_rute TEXT NOT NULL REFERENCES t_rute(kd_rute), kd_armada TEXT NOT NULL REFERENCES m_armada(kd_armada),
        kd_sopir TEXT NOT NULL REFERENCES m_petugas(kd_petugas), jam_berangkat TEXT NOT NULL, berat_kg INTEGER,
        kd_status TEXT NOT NULL);
    CREATE TABLE t_keluhan (id_keluhan INTEGER PRIMARY KEY, kd_tps TEXT NOT NULL REFERENCES m_tps(kd_tps),
        tgl_lapor TEXT NOT NULL, nm_pelapor TEXT NOT NULL, kd_kanal TEXT NOT NULL, kd_jenis TEXT NOT NULL,
        tgl_selesai TEXT);
    """
    write_tables(path, ddl, {
        "m_kecamatan": kecamatan, "m_armada": armada, "m_petugas": petugas, "m_tps": tps, "t_rute": rute,
        "t_rute_tps": rute_tps, "t_ritase": ritase, "t_keluhan": keluhan,
    })


# ---------------------------------------------------------------------------------------------------------------
# booklending: public library loans
# ---------------------------------------------------------------------------------------------------------------

_EN_FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Emily", "Charlie",
             "Grace", "Thomas", "Sophie", "James", "Lily", "William", "Ella", "Samuel", "Chloe", "Daniel", "Ruby",
             "Joseph", "Evie", "Arthur", "Freya", "Henry", "Alice", "Leo", "Poppy", "Ethan", "Hannah", "Mohammed",
             "Priya", "Tomasz", "Aisha", "Callum", "Niamh", "Rhys", "Megan", "Margaret", "Peter", "Susan", "Derek"]
_EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Patel", "Khan", "Lewis", "Harris", "Martin", "Cooper", "Hughes", "Edwards", "Turner", "Hill", "Moore",
            "Ward", "Morris", "Bell", "Kowalski", "O'Brien", "Murphy", "Price", "Bennett", "Shaw", "Fletcher"]
_AUTHORS = ["Margaret Holloway", "Daniel Okafor", "Ingrid Falk", "Rupert Lane", "Helen Carver", "Samuel Achebe",
            "Lucia Moretti", "Graham Tullis", "Priya Ramanathan", "Owen Whitlock", "Agnes Byrne", "Tobias Reinhardt",
            "Nadia Haddad", "Colin Brightwater", "Elspeth Murray", "Kenji Aoyama", "Fiona Gallagher", "Victor Lund",
            "Beatrice Oyelaran", "Hugh Pemberton", "Rosa Delgado", "Ian McCready", "Celia Marsh", "Joel Whitaker",
            "Anya Petrova", "Martin Dorsey", "Hannah Quayle", "Felix Adebayo", "Gwen Pritchard", "Oscar Lindqvist",
            "Maeve Sullivan", "Arjun Mehta", "Clara Voss", "Desmond Achterberg", "Lorna Baxter", "Theo Ambrose",
            "Yasmin Farouk", "Walter Glenn", "Isobel Cray", "Nathan Sowerby", "Esther Kim", "Patrick Doyle",
            "Miriam Stone", "Leon Hartmann", "Julia Rennie", "Callum Forsyth", "Sara Lindgren", "Edward Pike",
            "Amara Nwosu", "Rachel Tan", "Bernard Quill", "Olive Penhaligon", "Stefan Novak", "Tess Calloway",
            "Ruth Ellery", "Alfie Brook", "Dora Finch", "Marcus Webb", "Sian Howells", "Jonah Reyes"]
_T_ADJ = ["Silent", "Hidden", "Last", "Winter", "Broken", "Golden", "Quiet", "Lost", "Northern", "Burning", "Paper",
          "Salt", "Iron", "Glass", "Crimson", "Wandering", "Forgotten", "Little", "Long", "Distant"]
_T_NOUN = ["Harbour", "Garden", "Orchard", "Lighthouse", "Kingdom", "River", "Promise", "Station", "Fox", "Winter",
           "Library", "Road", "Island", "Letter", "Storm", "Bridge", "Sparrow", "House", "Valley", "Map"]
_GENRES = ["Fiction", "Crime", "Children", "History", "Science", "Biography", "Travel", "Cookery"]


def build_booklending(path: Path) -> None:
    rng = random.Random(104_003)
    branches = [(1, "Central Library", "Kingsbridge", "1968-05-01", "Y"), (2, "Northgate", "Kingsbridge", "1985-09-14", "N"),
                (3, "Riverside", "Ashford Vale", "1992-03-02", "Y"), (4, "Hillcrest", "Hillcrest", "2001-11-20", "N"),
                (5, "Eastbrook", "Eastbrook", "1979-06-30", "N"), (6, "Mobile Library", "Kingsbridge", "2010-04-12", "N")]
    members = []
    memberships = []
    member_span: dict[int, tuple[dt.date, dt.date | None, bool]] = {}
    seen: set[str] = set()
    msid = 0
    for mid in range(1, 521):
        while True:
            fn, ln = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
            if f"{fn} {ln}" not in seen:
                seen.add(f"{fn} {ln}")
                break
        dob = day_between(rng, D(1938, 1, 1), D(2018, 12, 31))
        joined = max(dob + _days(365 * 4), day_between(rng, D(2008, 1, 1), D(2025, 5, 31)))
        if joined > D(2025, 5, 31):
            joined = day_between(rng, D(2023, 1, 1), D(2025, 5, 31))
        home = rng.choices(range(1, 7), [35, 18, 17, 12, 13, 5])[0]
        members.append((mid, f"KB{2_000_000 + mid * 37:07d}", fn, ln, dob.isoformat(), home, joined.isoformat(),
                        "Y" if rng.random() < 0.45 else "N"))

        def tier_for(d: dt.date, dob: dt.date = dob) -> str:
            age = (d - dob).days // 365
            if age < 16:
                return "J"
            if age >= 65 and rng.random() < 0.7:
                return "C"
            return rng.choices("SPC", [75, 17, 8])[0]

        start = joined
        lapsed = rng.random() < 0.1 and joined < D(2024, 9, 1)
        lapse_on = day_between(rng, max(joined + _days(60), D(2024, 3, 1)), D(2025, 5, 1)) if lapsed else None
        tier = tier_for(start)
        change = None
        if rng.random() < 0.3 and joined < D(2024, 6, 1):
            change = day_between(rng, max(joined + _days(90), D(2023, 1, 1)), D(2025, 5, 20))
            if lapse_on and change >= lapse_on:
                change = None
        if tier == "J" and (joined - dob).days // 365 < 16:
            turns16 = D(dob.year + 16, dob.month, min(dob.day, 28))
            if turns16 <= END and (lapse_on is None or turns16 < lapse_on):
                change = turns16
        if change is not None:
            msid += 1
            memberships.append((msid, mid, tier, start.isoformat(), (change - _days(1)).isoformat()))
            new_tier = tier_for(change)
            while new_tier == tier:
                new_tier = rng.choice("SPC")
            tier, start = new_tier, change
        msid += 1
        memberships.append((msid, mid, tier, start.isoformat(), iso(lapse_on)))
        member_span[mid] = (joined, lapse_on, tier == "J")

    authors = [(i, name, rng.choice(["British", "Irish", "American", "Canadian", "Nigerian", "Swedish", "Indian",
                                     "Australian", "German", "Italian"])) for i, name in enumerate(_AUTHORS, start=1)]
    titles = []
    title_authors = []
    used: set[str] = set()
    for tid in range(1, 281):
        while True:
            pat = rng.random()
            a, nn = rng.choice(_T_ADJ), rng.choice(_T_NOUN)
            if pat < 0.5:
                t = f"The {a} {nn}"
            elif pat < 0.75:
                t = f"A {a} {nn}"
            else:
                t = f"{a} {nn}s"
            if t not in used:
                used.add(t)
                break
        genre = rng.choices(_GENRES, [30, 18, 17, 9, 8, 7, 6, 5])[0]
        fmt = rng.choices("BAD", [82, 10, 8])[0]
        year = rng.randint(1955, 2025) if rng.random() < 0.5 else rng.randint(2010, 2025)
        isbn = None if fmt == "D" else f"978{rng.randint(0, 9_999_999_999):010d}"
        ref = "Y" if rng.random() < 0.05 and fmt == "B" and genre in ("History", "Science", "Travel") else "N"
        titles.append((tid, t, isbn, year, genre, fmt, ref))
        main = rng.randint(1, len(_AUTHORS))
        title_authors.append((tid, main, "A"))
        if genre == "Children" and rng.random() < 0.6:
            other = rng.randint(1, len(_AUTHORS))
            if other != main:
                title_authors.append((tid, other, "I"))
        elif rng.random() < 0.12:
            other = rng.randint(1, len(_AUTHORS))
            if other != main:
                title_authors.append((tid, other, rng.choice("AE")))

    copies = []
    cid = 0
    for t in titles:
        for _ in range(rng.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]):
            cid += 1
            br = rng.choices(range(1, 7), [35, 17, 17, 12, 13, 6])[0]
            acq = day_between(rng, max(D(t[3], 1, 1), D(2000, 1, 1)), D(2025, 5, 31))
            if acq.year < t[3]:
                acq = D(t[3], 6, 1)
            if acq > D(2025, 5, 31):
                acq = D(2025, 5, 31)
            withdrawn = "Y" if rng.random() < 0.05 and acq < D(2022, 1, 1) else "N"
            copies.append((cid, t[0], br, f"3{1_000_000 + cid * 13:07d}", acq.isoformat(), withdrawn))

    by_branch: dict[int, list[int]] = {b: [] for b in range(1, 7)}
    for m in members:
        by_branch[m[5]].append(m[0])
    loans = []
    tinfo = {t[0]: t for t in titles}
    for c in copies:
        t = tinfo[c[1]]
        if t[6] == "Y" or c[5] == "Y":
            continue
        mean_gap = rng.uniform(25, 140)
        day = max(D.fromisoformat(c[4]), D(2024, 1, 1)) + _days(int(rng.expovariate(1 / mean_gap)))
        while day <= END:
            mid = None
            for _ in range(12):
                cand = rng.choice(by_branch[c[2]]) if rng.random() < 0.7 else rng.randint(1, 520)
                j, lapse, _junior = member_span[cand]
                if j <= day and (lapse is None or day <= lapse):
                    mid = cand
                    break
            if mid is None:
                day += _days(7)
                continue
            period = 7 if t[5] == "D" else 21
            renewals = rng.choices([0, 1, 2], [70, 22, 8])[0]
            due = day + _days(period * (1 + renewals))
            length = max(1, int(rng.gauss(period * (1 + renewals) * 0.8, 6)))
            if rng.random() < 0.15:
                length = period * (1 + renewals) + rng.randint(1, 30)
            back = day + _days(length)
            returned = back if back <= END else None
            fine = 0
            if returned and returned > due and not member_span[mid][2]:
                late = (returned - due).days
                fine = min(late * 100, 1500) if t[5] == "D" else min(late * 25, 800)
            paid = None if fine == 0 else ("Y" if rng.random() < 0.7 else "N")
            loans.append((c[0], mid, day.isoformat(), due.isoformat(), iso(returned), renewals, fine, paid))
            if returned is None:
                break
            day = returned + _days(int(rng.expovariate(1 / mean_gap)))
    loans.sort(key=lambda r: (r[2], r[0]))
    loan_rows = [(i, *r) for i, r in enumerate(loans, start=1)]

    ddl = """
    CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL,
        opened_on TEXT NOT NULL, has_cafe TEXT NOT NULL);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, card_number TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
        last_name TEXT NOT NULL, date_of_birth TEXT NOT NULL,
        home_branch_id INTEGER NOT NULL REFERENCES branches(branch_id), joined_on TEXT NOT NULL,
        email_opt_in TEXT NOT NULL);
    CREATE TABLE memberships (membership_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id),
        tier TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT);
    CREATE TABLE authors (author_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, nationality TEXT NOT NULL);
    CREATE TABLE titles (title_id INTEGER PRIMARY KEY, title TEXT NOT NULL, isbn TEXT, published_year INTEGER NOT NULL,
        genre TEXT NOT NULL, format TEXT NOT NULL, reference_only TEXT NOT NULL);
    CREATE TABLE title_authors (title_id INTEGER NOT NULL REFERENCES titles(title_id),
        author_id INTEGER NOT NULL REFERENCES authors(author_id), role TEXT NOT NULL,
        PRIMARY KEY (title_id, author_id));
    CREATE TABLE copies (copy_id INTEGER PRIMARY KEY, title_id INTEGER NOT NULL REFERENCES titles(title_id),
        branch_id INTEGER NOT NULL REFERENCES branches(branch_id), barcode TEXT NOT NULL UNIQUE,
        acquired_on TEXT NOT NULL, withdrawn TEXT NOT NULL);
    CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, copy_id INTEGER NOT NULL REFERENCES copies(copy_id),
        member_id INTEGER NOT NULL REFERENCES members(member_id), loaned_on TEXT NOT NULL, due_on TEXT NOT NULL,
        returned_on TEXT, renewals INTEGER NOT NULL, fine_pence INTEGER NOT NULL, fine_paid TEXT);
    """
    write_tables(path, ddl, {
        "branches": branches, "members": members, "memberships": memberships, "authors": authors,
        "titles": titles, "title_authors": title_authors, "copies": copies, "loans": loan_rows,
    })


# ---------------------------------------------------------------------------------------------------------------
# localtax: council tax billing (amounts in pence)
# ---------------------------------------------------------------------------------------------------------------

_LANES = ["Mill Lane", "Church Street", "Station Road", "Victoria Road", "Park Avenue", "Queens Road", "High Street",
          "Orchard Close", "Meadow Way", "Chapel Row", "Kings Drive", "Willow Crescent", "Albert Terrace",
          "Brook Street", "Castle Hill", "Elm Grove", "Harbour View", "Abbey Walk", "Fairview Court", "Denholme Gate"]
_BAND_RATIO = {"A": 6, "B": 7, "C": 8, "D": 9, "E": 11, "F": 13, "G": 15, "H": 18}


def build_localtax(path: Path) -> None:
    rng = random.Random(104_004)
    wards = [(1, "Abbey"), (2, "Brookfield"), (3, "Castle"), (4, "Denholme"), (5, "Elmwood"), (6, "Fairview"),
             (7, "Greystones"), (8, "Harbourside")]
    band_d = {2023: 205412, 2024: 215640, 2025: 226418}
    band_charges = [(b, fy, round(band_d[fy] * r / 9)) for fy in (2023, 2024, 2025) for b, r in _BAND_RATIO.items()]
    charge = {(b, fy): p for b, fy, p in band_charges}
    props = []
    used_addr: set[str] = set()
    for pid in range(1, 481):
        ward = rng.randint(1, 8)
        ptype = rng.choices("HFBM", [55, 28, 10, 7])[0]
        if ptype in "FM":
            band = rng.choices("ABCD", [35, 35, 20, 10])[0]
        else:
            band = rng.choices("ABCDEFGH", [8, 16, 22, 20, 15, 10, 6, 3])[0]
        while True:
            addr = f"{rng.randint(1, 140)} {rng.choice(_LANES)}"
            if ptype in "FM":
                addr = f"Flat {rng.randint(1, 12)}, {addr}"
            if addr not in used_addr:
                used_addr.add(addr)
                break
        pc = f"KB{ward} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        props.append((pid, f"1000{pid * 7919:08d}", addr, pc, ward, band, ptype))

    taxpayers: list[tuple[Any, ...]] = []
    liabilities = []
    seen: set[str] = set()

    def new_payer() -> int:
        while True:
            fn, ln = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
            if f"{fn} {ln}" not in seen:
                seen.add(f"{fn} {ln}")
                break
        tid = len(taxpayers) + 1
        email = None if rng.random() < 0.3 else f"{fn.lower()}.{ln.lower().replace(chr(39), '')}{tid}@mailbox.test"
        phone = f"07{rng.randint(100_000_000, 999_999_999)}"
        taxpayers.append((tid, rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr"]), fn, ln, email, phone))
        return tid

    for p in props:
        start = day_between(rng, D(2012, 1, 1), D(2022, 12, 31))
        while start <= END:
            end = start + _days(rng.randint(300, 3600))
            valid_to = None if end > END else end
            for _ in range(2 if rng.random() < 0.4 else 1):
                liabilities.append([len(liabilities) + 1, p[0], new_payer(), start.isoformat(), iso(valid_to)])
            if valid_to is None:
                break
            start = end + _days(rng.randint(1, 75))

    occupants: dict[tuple[int, str], int] = {}
    for li in liabilities:
        occupants[(li[1], li[3])] = occupants.get((li[1], li[3]), 0) + 1
    discounts = []
    disc_of: dict[int, list[tuple[str, int, dt.date, dt.date | None]]] = {}
    for li in liabilities:
        lf, lt = D.fromisoformat(li[3]), (D.fromisoformat(li[4]) if li[4] else None)
        single = occupants[(li[1], li[3])] == 1
        r = rng.random()
        code = None
        if r < 0.45:
            if single:
                code, pct = "S", 25
        elif r < 0.52:
            code, pct = "X", 100
        elif r < 0.58:
            code, pct = "R", rng.choice([20, 35, 50, 75, 100])
        elif r < 0.61:
            code, pct = "D", 17
        elif r < 0.62:
            code, pct = "L", 100
        if code is None:
            continue
        df = lf if rng.random() < 0.7 else day_between(rng, lf, lt or END)
        dto = lt
        if dto is None and rng.random() < 0.15:
            dto = day_between(rng, df, END)
        discounts.append((len(discounts) + 1, li[0], code, pct, df.isoformat(), iso(dto)))
        disc_of.setdefault(li[0], []).append((code, pct, df, dto))

    bills = []
    payments = []
    for li in liabilities:
        lid, pid = li[0], li[1]
        band = props[pid - 1][5]
        lf, lt = D.fromisoformat(li[3]), (D.fromisoformat(li[4]) if li[4] else None)
        joint = occupants[(li[1], li[3])]
        for fy in (2023, 2024, 2025):
            fs, fe = D(fy, 4, 1), D(fy + 1, 3, 31)
            a, b = max(lf, fs), min(lt or fe, fe)
            if a > b or a > END:
                continue
            days = (b - a).days + 1
            pct = 0
            for _code, dp, df, dto in disc_of.get(lid, []):
                if df <= a and (dto is None or dto >= a):
                    pct = max(pct, dp)
            gross = charge[(band, fy)] * days / ((fe - fs).days + 1) / joint
            amount = round(gross * (100 - pct) / 100)
            if amount == 0:
                continue
            issued = D(fy, 3, 7) if lf < fs else a + _days(7)
            if issued > END:
                continue
            bid = len(bills) + 1
            method = rng.choices("DCBQ", [60, 20, 15, 5])[0]
            plan = rng.choices([1, 2, 4], [25, 25, 50])[0]
            due_dates = [issued + _days(14 + (k * 365 // plan)) for k in range(plan)]
            due_dates = [min(d, fe) for d in due_dates]
            r = rng.random()
            if fy == 2025:
                status = "O"
                pay_upto = [d for d in due_dates if d <= END]
                if r < 0.12:
                    pay_upto = []
            elif r < 0.86:
                status = "P"
                pay_upto = due_dates
            elif r < 0.97:
                status = "A"
                pay_upto = due_dates[: max(0, len(due_dates) - rng.randint(1, max(1, len(due_dates))))]
            else:
                status = "W"
                pay_upto = []
            inst = amount // plan
            for k, d in enumerate(pay_upto):
                amt = amount - inst * (plan - 1) if k == plan - 1 else inst
                when = d + _days(rng.choice([-3, -1, 0, 0, 0, 2, 5, 12]))
                if when > END:
                    when = END
                payments.append((len(payments) + 1, bid, when.isoformat(), amt, method))
            bills.append((bid, lid, fy, issued.isoformat(), amount, status))
    payments.sort(key=lambda x: (x[2], x[1]))
    payments = [(i, *p[1:]) for i, p in enumerate(payments, start=1)]

    ddl = """
    CREATE TABLE wards (ward_id INTEGER PRIMARY KEY, ward_name TEXT NOT NULL);
    CREATE TABLE band_charges (band TEXT NOT NULL, fy_start INTEGER NOT NULL, annual_pence INTEGER NOT NULL,
        PRIMARY KEY (band, fy_start));
    CREATE TABLE properties (property_id INTEGER PRIMARY KEY, uprn TEXT NOT NULL UNIQUE, address TEXT NOT NULL,
        postcode TEXT NOT NULL, ward_id INTEGER NOT NULL REFERENCES wards(ward_id), band TEXT NOT NULL,
        property_type TEXT NOT NULL);
    CREATE TABLE taxpayers (taxpayer_id INTEGER PRIMARY KEY, title TEXT, first_name TEXT NOT NULL,
        last_name TEXT NOT NULL, email TEXT, phone TEXT);
    CREATE TABLE liabilities (liability_id INTEGER PRIMARY KEY,
        property_id INTEGER NOT NULL REFERENCES properties(property_id),
        taxpayer_id INTEGER NOT NULL REFERENCES taxpayers(taxpayer_id), valid_from TEXT NOT NULL, valid_to TEXT);
    CREATE TABLE discounts (discount_id INTEGER PRIMARY KEY,
        liability_id INTEGER NOT NULL REFERENCES liabilities(liability_id), discount_code TEXT NOT NULL,
        percent INTEGER NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT);
    CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, liability_id INTEGER NOT NULL REFERENCES liabilities(liability_id),
        fy_start INTEGER NOT NULL, issued_on TEXT NOT NULL, amount_pence INTEGER NOT NULL, status TEXT NOT NULL);
    CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, bill_id INTEGER NOT NULL REFERENCES bills(bill_id),
        paid_on TEXT NOT NULL, amount_pence INTEGER NOT NULL, method TEXT NOT NULL);
    """
    write_tables(path, ddl, {
        "wards": wards, "band_charges": band_charges, "properties": props, "taxpayers": taxpayers,
        "liabilities": [tuple(x) for x in liabilities], "discounts": discounts, "bills": bills, "payments": payments,
    })


# ---------------------------------------------------------------------------------------------------------------
# permitzones: residents' parking permits and penalty notices (amounts in euro cents)
# ---------------------------------------------------------------------------------------------------------------

_MAKES = ["Volkswagen", "Toyota", "Renault", "Peugeot", "Ford", "Skoda", "Tesla", "Nissan", "Kia", "BMW", "Fiat",
          "Volvo", "Hyundai", "Opel"]


def build_permitzones(path: Path) -> None:
    rng = random.Random(104_005)
    zones = [
        (1, "C", "City Centre", None, None, None, None), (2, "N", "North", None, None, None, None),
        (3, "S", "South", None, None, None, None), (4, "H", "Harbour", None, None, None, None),
        (5, "C1", "Cathedral Quarter", 1, 24000, 120, "Mon-Sat 08:00-20:00"),
        (6, "C2", "Market Square", 1, 26000, 90, "Mon-Sun 08:00-22:00"),
        (7, "N1", "Parkside", 2, 12000, 200, "Mon-Fri 09:00-17:00"),
        (8, "N2", "University", 2, 15000, 160, "Mon-Fri 08:00-18:00"),
        (9, "N3", "Hospital", 2, 15000, 110, "Mon-Sun 08:00-20:00"),
        (10, "S1", "Riverside South", 3, 11000, 150, "Mon-Fri 09:00-17:00"),
        (11, "S2", "Station", 3, 18000, 130, "Mon-Sat 07:00-19:00"),
        (12, "H1", "Docklands", 4, 14000, 140, "Mon-Fri 08:00-18:00"),
        (13, "H2", "Marina", 4, 20000, 80, "Mon-Sun 09:00-21:00"),
    ]
    child = [z[0] for z in zones if z[3] is not None]
    price = {z[0]: z[4] for z in zones}
    wardens = [(1, "Marguerite Olsen", "W001", None, "2009-05-04", "Y")]
    sup_names = ["Declan Hayes", "Sofia Brandt", "Keith Mulligan"]
    for i, nm in enumerate(sup_names, start=2):
        wardens.append((i, nm, f"W{i:03d}", 1, day_between(rng, D(2011, 1, 1), D(2017, 12, 31)).isoformat(), "Y"))
    w_names = ["Aidan Quinn", "Bea Laurent", "Carlos Mendes", "Dana Whitfield", "Emre Yilmaz", "Fay Ashdown",
               "Gus Ferreira", "Holly Stevens", "Ivo Petrov", "Jade Morton", "Kurt Rasmussen", "Lena Kowal"]
    for i, nm in enumerate(w_names, start=5):
        wardens.append((i, nm, f"W{i:03d}", 2 + (i - 5) % 3, day_between(rng, D(2015, 1, 1), D(2024, 6, 30)).isoformat(),
                        "N" if nm in ("Gus Ferreira", "Jade Morton") else "Y"))

    residents = []
    seen: set[str] = set()
    streets = ["Cathedral Close", "Market Street", "Park Road", "College Lane", "Infirmary Road", "Riverside Walk",
               "Station Approach", "Dock Road", "Quay Street", "Marina Parade", "Bishops Row", "Corn Street",
               "Elm Terrace", "Canal Side", "Ropewalk"]
    street_zone = {s: child[i % len(child)] for i, s in enumerate(streets)}
    for rid in range(1, 601):
        while True:
            fn, ln = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
            if f"{fn} {ln}" not in seen:
                seen.add(f"{fn} {ln}")
                break
        st = rng.choice(streets)
        residents.append((rid, fn, ln, f"{rng.randint(1, 90)} {st}", street_zone[st],
                          "Y" if rng.random() < 0.07 else "N", day_between(rng, D(2010, 1, 1), D(2025, 5, 31)).isoformat()))
    vehicles = []
    plates: set[str] = set()

    def plate() -> str:
        while True:
            p = f"{rng.randint(10, 99)}-{''.join(rng.choice('BDFGHJKLMNPRSTVXZ') for _ in range(3))}-{rng.randint(1, 9)}"
            if p not in plates:
                plates.add(p)
                return p

    for vid in range(1, 661):
        fuel = rng.choices("PDEH", [42, 22, 20, 16])[0]
        make = "Tesla" if fuel == "E" and rng.random() < 0.3 else rng.choice([m for m in _MAKES if m != "Tesla"])
        co2 = 0 if fuel == "E" else {"P": rng.randint(105, 215), "D": rng.randint(110, 230), "H": rng.randint(70, 120)}[fuel]
        vehicles.append((vid, plate(), make, fuel, co2, rng.randint(2006, 2025)))
    resident_vehicles = []
    vid_iter = iter(range(1, 661))
    owner_of: dict[int, list[int]] = {}
    for r in residents:
        k = rng.choices([0, 1, 2], [12, 75, 13])[0]
        for j in range(k):
            v = next(vid_iter, None)
            if v is None:
                break
            resident_vehicles.append((r[0], v, "Y" if j == 0 else "N"))
            owner_of.setdefault(r[0], []).append(v)
    # some households share a car
    for _ in range(25):
        a, b = rng.sample(residents, 2)
        if a[4] == b[4] and owner_of.get(a[0]) and b[0] not in owner_of:
            v = owner_of[a[0]][0]
            resident_vehicles.append((b[0], v, "Y"))
            owner_of.setdefault(b[0], []).append(v)
    vinfo = {v[0]: v for v in vehicles}

    permits = []

    def add_permit(res: tuple[Any, ...], vid: int | None, ptype: str, start: dt.date) -> None:
        zone = res[4]
        if ptype == "R":
            v = vinfo[vid] if vid else None
            p = price[zone]
            if res[5] == "Y":
                p = 0
            elif v and v[3] == "E":
                p = p // 2
            elif v and v[4] > 180:
                p = p * 3 // 2
        elif ptype == "V":
            p = 6000
        elif ptype == "B":
            p = 45000
        else:
            p = 0
        r = rng.random()
        if r < 0.72:
            status, vt = "A", None
        elif r < 0.77:
            status, vt = "S", None
        elif r < 0.9:
            status, vt = "E", start + _days(365 * rng.randint(1, 3) - 1)
        else:
            status, vt = "C", day_between(rng, start + _days(20), start + _days(500))
        if vt is not None and vt > END:
            status, vt = "A", None
        pid = len(permits) + 1
        permits.append((pid, f"PZ{start.year % 100:02d}-{pid:05d}", res[0], vid, zone, ptype, start.isoformat(),
                        iso(vt), p, status))

    for r in residents:
        reg = D.fromisoformat(r[6])
        for v in owner_of.get(r[0], []):
            if rng.random() < 0.85:
                add_permit(r, v, "R", max(reg, day_between(rng, D(2021, 1, 1), D(2025, 6, 10))))
        if rng.random() < 0.3:
            add_permit(r, None, "V", max(reg, day_between(rng, D(2022, 1, 1), D(2025, 6, 10))))
        if rng.random() < 0.04 and owner_of.get(r[0]):
            add_permit(r, owner_of[r[0]][0], "B", max(reg, day_between(rng, D(2022, 1, 1), D(2025, 6, 10))))
        if rng.random() < 0.04:
            add_permit(r, None, "C", max(reg, day_between(rng, D(2022, 1, 1), D(2025, 6, 10))))
    permits.sort(key=lambda p: (p[6], p[0]))
    renumber = {p[0]: i for i, p in enumerate(permits, start=1)}
    permits = [(renumber[p[0]], f"PZ{p[6][2:4]}-{renumber[p[0]]:05d}", *p[2:]) for p in permits]

    contraventions = [
        ("01", "Parked in a restricted street during prescribed hours", "L", 5000),
        ("12", "Parked in a residents' or shared use space without a valid permit", "H", 7000),
        ("16", "Parked in a permit space without displaying a valid permit", "H", 7000),
        ("19", "Parked in a residents' space displaying an invalid permit", "L", 5000),
        ("30", "Parked for longer than permitted", "L", 5000),
        ("40", "Parked in a designated disabled person's parking place", "H", 7000),
        ("47", "Stopped on a restricted bus stop or stand", "H", 7000),
        ("62", "Parked with one or more wheels on a footway", "H", 7000),
    ]
    cinfo = {c[0]: c for c in contraventions}
    pcns = []
    field_wardens = [w[0] for w in wardens if w[0] >= 5]
    busy = {6: 2.0, 11: 1.6, 5: 1.4, 8: 1.3}
    zone_w = [busy.get(z, 1.0) for z in child]
    for n in range(1, 1401):
        day = day_between(rng, D(2024, 1, 1), END)
        if day.weekday() == 6 and rng.random() < 0.7:
            day -= _days(1)
        zone = rng.choices(child, zone_w)[0]
        w = rng.choice(field_wardens)
        if w in (11, 14) and day > D(2025, 2, 28):
            w = rng.choice([5, 6, 7])
        code = rng.choices([c[0] for c in contraventions], [18, 30, 14, 6, 14, 6, 4, 8])[0]
        if rng.random() < 0.55:
            v = rng.randint(1, 660)
            pl = vinfo[v][1]
        else:
            v = None
            pl = plate()
        at = f"{day.isoformat()} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        amt = cinfo[code][3]
        r = rng.random()
        paid_on = None
        paid_cents = None
        age = (END - day).days
        if r < 0.62 and age > 3:
            status = "P"
            delay = rng.choice([2, 5, 9, 12, 13, 20, 27, 40])
            paid_on = min(END, day + _days(delay))
            paid_cents = amt // 2 if delay <= 14 else amt
        elif r < 0.72:
            status = "A"
        elif r < 0.78:
            status = "C"
        else:
            status = "U"
        pcns.append((n, f"KB{24_000_000 + n * 17}", pl, v, zone, w, code, at, amt, status, iso(paid_on), paid_cents))
    pcns.sort(key=lambda p: p[7])
    pcns = [(i, *p[1:]) for i, p in enumerate(pcns, start=1)]

    ddl = """
    CREATE TABLE zones (zone_id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        parent_zone_id INTEGER REFERENCES zones(zone_id), annual_price_cents INTEGER, max_permits INTEGER,
        controlled_hours TEXT);
    CREATE TABLE residents (resident_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        address TEXT NOT NULL, zone_id INTEGER NOT NULL REFERENCES zones(zone_id), blue_badge TEXT NOT NULL,
        registered_on TEXT NOT NULL);
    CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, plate TEXT NOT NULL UNIQUE, make TEXT NOT NULL,
        fuel TEXT NOT NULL, co2_g_km INTEGER NOT NULL, first_registered INTEGER NOT NULL);
    CREATE TABLE resident_vehicles (resident_id INTEGER NOT NULL REFERENCES residents(resident_id),
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(vehicle_id), is_primary TEXT NOT NULL,
        PRIMARY KEY (resident_id, vehicle_id));
    CREATE TABLE permits (permit_id INTEGER PRIMARY KEY, permit_no TEXT NOT NULL UNIQUE,
        resident_id INTEGER NOT NULL REFERENCES residents(resident_id),
        vehicle_id INTEGER REFERENCES vehicles(vehicle_id), zone_id INTEGER NOT NULL REFERENCES zones(zone_id),
        permit_type TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT, price_cents INTEGER NOT NULL,
        status TEXT NOT NULL);
    CREATE TABLE wardens (warden_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, badge_no TEXT NOT NULL UNIQUE,
        supervisor_id INTEGER REFERENCES wardens(warden_id), started_on TEXT NOT NULL, active TEXT NOT NULL);
    CREATE TABLE contraventions (code TEXT PRIMARY KEY, description TEXT NOT NULL, band TEXT NOT NULL,
        amount_cents INTEGER NOT NULL);
    CREATE TABLE pcns (pcn_id INTEGER PRIMARY KEY, pcn_ref TEXT NOT NULL UNIQUE, plate TEXT NOT NULL,
        vehicle_id INTEGER REFERENCES vehicles(vehicle_id), zone_id INTEGER NOT NULL REFERENCES zones(zone_id),
        warden_id INTEGER NOT NULL REFERENCES wardens(warden_id),
        contravention_code TEXT NOT NULL REFERENCES contraventions(code), issued_at TEXT NOT NULL,
        amount_cents INTEGER NOT NULL, status TEXT NOT NULL, paid_on TEXT, paid_cents INTEGER);
    """
    write_tables(path, ddl, {
        "zones": zones, "residents": residents, "vehicles": vehicles, "resident_vehicles": resident_vehicles,
        "permits": permits, "wardens": wardens, "contraventions": contraventions, "pcns": pcns,
    })


# ---------------------------------------------------------------------------------------------------------------
# lampfaults: street lighting fault reports and repairs (costs in pence)
# ---------------------------------------------------------------------------------------------------------------

_ROADS = ["Acacia", "Beech", "Cedar", "Dale", "Fern", "Glebe", "Hawthorn", "Ivy", "Juniper", "Larch", "Maple", "Nettle",
          "Oak", "Poplar", "Rowan", "Sycamore", "Thorn", "Walnut", "Yew", "Alder", "Birch", "Hazel"]
_SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Way"]


def build_lampfaults(path: Path) -> None:
    rng = random.Random(104_006)
    districts = ["Northfield", "Southgate", "Westbury", "Eastholm", "Old Town"]
    streets = []
    used: set[str] = set()
    for sid in range(1, 111):
        while True:
            nm = f"{rng.choice(_ROADS)} {rng.choice(_SUFFIX)}"
            if nm not in used:
                used.add(nm)
                break
        rc = rng.choices("ABCU", [12, 15, 23, 50])[0]
        speed = {"A": rng.choice([30, 40]), "B": 30, "C": rng.choice([20, 30]), "U": 20}[rc]
        streets.append((sid, nm, rng.choice(districts), rc, speed))
    lamps = []
    for sid, _nm, dist, rc, _sp in streets:
        for _ in range(rng.randint(4, 16) if rc in "AB" else rng.randint(3, 11)):
            lid = len(lamps) + 1
            heritage = "Y" if dist == "Old Town" and rng.random() < 0.4 else "N"
            year = rng.randint(1985, 2024)
            ltype = rng.choices("LSMC", [55, 30, 8, 7])[0] if year >= 2012 else rng.choices("LSMC", [5, 70, 15, 10])[0]
            watt = {"L": rng.choice([18, 24, 30, 40, 60]), "S": rng.choice([70, 100, 150, 250]),
                    "M": rng.choice([70, 100, 150]), "C": rng.choice([36, 55])}[ltype]
            height = rng.choice([10, 12]) if rc == "A" else rng.choice([5, 6, 8])
            dimm = "Y" if ltype == "L" and rng.random() < 0.8 else "N"
            cms = "Y" if ltype == "L" and rng.random() < 0.6 else "N"
            lamps.append((lid, f"SL{10000 + lid * 3}", sid, ltype, watt, height, year, heritage, dimm, cms))
    contractors = [(1, "Brightway Lighting Ltd", "2018-04-01", "2024-03-31", "N"),
                   (2, "Lumen Street Services", "2024-04-01", None, "N"),
                   (3, "Nightwatch Electrical", "2021-01-01", None, "Y")]
    engineers = [
        (1, "Gareth Pryce", 1, None, 3800, "N"), (2, "Lee Dunmore", 1, 1, 3200, "N"),
        (3, "Stuart Kemp", 1, 1, 3100, "N"), (4, "Wendy Alsop", 1, 1, 3300, "N"),
        (5, "Naomi Fairley", 2, None, 4200, "Y"), (6, "Josh Rendell", 2, 5, 3500, "Y"),
        (7, "Abdul Rahim", 2, 5, 3600, "Y"), (8, "Karen Tilley", 2, 5, 3450, "Y"),
        (9, "Marek Zielinski", 2, None, 4000, "Y"), (10, "Ryan Coulter", 2, 9, 3400, "Y"),
        (11, "Bethan Rowe", 2, 9, 3550, "Y"), (12, "Terry Oakes", 3, None, 4800, "Y"),
        (13, "Phil Guthrie", 3, 12, 4400, "Y"), (14, "Sandra Nkemelu", 3, 12, 4500, "Y"),
        (15, "Dev Chauhan", 2, 9, 3300, "Y"), (16, "Liam Forde", 1, 1, 3000, "N"),
    ]
    by_con = {c: [e[0] for e in engineers if e[2] == c] for c in (1, 2, 3)}
    parts = [(1, "LED lantern 30W", 18500), (2, "LED lantern 60W", 24500), (3, "SON lamp 70W", 1450),
             (4, "SON lamp 150W", 1890), (5, "Photocell", 1250), (6, "Control gear", 4800), (7, "Fuse 6A", 90),
             (8, "Cut-out unit", 3200), (9, "Column door", 2600), (10, "Steel column 6m", 68000),
             (11, "Steel column 8m", 82000), (12, "CMS node", 9500), (13, "Cable joint kit", 2100),
             (14, "Heritage lantern", 54000)]
    sinfo = {s[0]: s for s in streets}
    faults = []
    repairs = []
    repair_parts = []
    weights = [3.0 if lamp[3] == "S" else (1.6 if lamp[6] < 2000 else 1.0) for lamp in lamps]
    cand = rng.choices(lamps, weights, k=1500)
    for lamp in cand:
        rep = day_between(rng, D(2023, 7, 1), END)
        if rep.month in (11, 12, 1, 2) and rng.random() < 0.3:
            rep = day_between(rng, D(2023, 7, 1), END)  # a little more in the dark months
        ftype = rng.choices("ODFKX", [55, 15, 18, 6, 6])[0]
        source = "C" if lamp[9] == "Y" and rng.random() < 0.7 else rng.choices("PI", [80, 20])[0]
        rc = sinfo[lamp[2]][3]
        prio = "E" if ftype in "KX" else ("U" if ftype == "O" and rc in "AB" else "R")
        faults.append([0, lamp[0], rep, source, ftype, prio, "O", None])
    faults.sort(key=lambda f: (f[2], f[1]))
    for fid, f in enumerate(faults, start=1):
        f[0] = fid
        rep, prio = f[2], f[5]
        lamp = lamps[f[1] - 1]
        if rng.random() < 0.04:
            f[6] = "C"
            continue
        wait = {"E": rng.choice([0, 0, 1]), "U": rng.randint(1, 5), "R": rng.randint(3, 28)}[prio]
        visit = rep + _days(wait)
        attempts = 0
        while True:
            attempts += 1
            if visit > END:
                f[6] = "A" if repairs and rng.random() < 0.5 else f[6]
                break
            # emergencies go to the emergency contractor, the rest to whoever held the main contract that day
            con = 3 if prio == "E" else (1 if visit < D(2024, 4, 1) else 2)
            eng = rng.choice(by_con[con])
            outcome = rng.choices("FRN", [80, 13, 7])[0] if attempts < 3 else "F"
            hours = round(rng.choice([0.5, 0.75, 1.0, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0]) * (1.5 if f[4] == "K" else 1), 2)
            rid = len(repairs) + 1
            repairs.append((rid, fid, eng, visit.isoformat(), hours, outcome))
            if outcome != "N":
                used_parts: list[tuple[int, int]] = []
                if f[4] == "K":
                    used_parts.append((10 if lamp[5] <= 6 else 11, 1))
                    used_parts.append((14 if lamp[7] == "Y" else (1 if lamp[4] <= 30 else 2), 1))
                elif f[4] == "X":
                    used_parts.append((9, 1))
                    used_parts.append((13, rng.randint(1, 2)))
                elif lamp[3] == "S":
                    used_parts.append((3 if lamp[4] <= 100 else 4, 1))
                    if rng.random() < 0.4:
                        used_parts.append((5, 1))
                elif lamp[3] == "L":
                    used_parts.append(rng.choice([(6, 1), (5, 1), (12, 1), (1, 1)]))
                else:
                    used_parts.append(rng.choice([(5, 1), (6, 1), (7, 2), (8, 1)]))
                if rng.random() < 0.15:
                    used_parts.append((7, rng.randint(1, 3)))
                done: set[int] = set()
                for pid, q in used_parts:
                    if pid not in done:
                        done.add(pid)
                        repair_parts.append((rid, pid, q))
            if outcome == "F":
                f[6], f[7] = "F", visit
                break
            if outcome == "N":
                f[6] = "C"
                break
            f[6] = "A"
            visit = visit + _days(rng.randint(2, 14))
    fault_rows = [(f[0], f[1], f[2].isoformat(), f[3], f[4], f[5], f[6], iso(f[7])) for f in faults]
    repairs.sort(key=lambda r: (r[3], r[1]))
    remap = {r[0]: i for i, r in enumerate(repairs, start=1)}
    repairs = [(remap[r[0]], *r[1:]) for r in repairs]
    repair_parts = sorted((remap[r], p, q) for r, p, q in repair_parts)

    ddl = """
    CREATE TABLE streets (street_id INTEGER PRIMARY KEY, street_name TEXT NOT NULL, district TEXT NOT NULL,
        road_class TEXT NOT NULL, speed_limit_mph INTEGER NOT NULL);
    CREATE TABLE lamps (lamp_id INTEGER PRIMARY KEY, asset_ref TEXT NOT NULL UNIQUE,
        street_id INTEGER NOT NULL REFERENCES streets(street_id), lamp_type TEXT NOT NULL, wattage INTEGER NOT NULL,
        column_height_m INTEGER NOT NULL, installed_year INTEGER NOT NULL, heritage TEXT NOT NULL,
        dimmable TEXT NOT NULL, cms_node TEXT NOT NULL);
    CREATE TABLE contractors (contractor_id INTEGER PRIMARY KEY, name TEXT NOT NULL, valid_from TEXT NOT NULL,
        valid_to TEXT, emergency_only TEXT NOT NULL);
    CREATE TABLE engineers (engineer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
        contractor_id INTEGER NOT NULL REFERENCES contractors(contractor_id),
        team_lead_id INTEGER REFERENCES engineers(engineer_id), hourly_rate_pence INTEGER NOT NULL,
        active TEXT NOT NULL);
    CREATE TABLE faults (fault_id INTEGER PRIMARY KEY, lamp_id INTEGER NOT NULL REFERENCES lamps(lamp_id),
        reported_on TEXT NOT NULL, source TEXT NOT NULL, fault_type TEXT NOT NULL, priority TEXT NOT NULL,
        status TEXT NOT NULL, fixed_on TEXT);
    CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, fault_id INTEGER NOT NULL REFERENCES faults(fault_id),
        engineer_id INTEGER NOT NULL REFERENCES engineers(engineer_id), visit_date TEXT NOT NULL,
        hours REAL NOT NULL, outcome TEXT NOT NULL);
    CREATE TABLE parts (part_id INTEGER PRIMARY KEY, part_name TEXT NOT NULL, unit_cost_pence INTEGER NOT NULL);
    CREATE TABLE repair_parts (repair_id INTEGER NOT NULL REFERENCES repairs(repair_id),
        part_id INTEGER NOT NULL REFERENCES parts(part_id), qty INTEGER NOT NULL, PRIMARY KEY (repair_id, part_id));
    """
    write_tables(path, ddl, {
        "streets": streets, "lamps": lamps, "contractors": contractors, "engineers": engineers, "faults": fault_rows,
        "repairs": repairs, "parts": parts, "repair_parts": repair_parts,
    })


BUILDERS: dict[str, Callable[[Path], None]] = {
    "vannmaaler": build_vannmaaler,
    "sampah": build_sampah,
    "booklending": build_booklending,
    "localtax": build_localtax,
    "permitzones": build_permitzones,
    "lampfaults": build_lampfaults,
}
