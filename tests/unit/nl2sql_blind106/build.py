"""Six science and research SQLite databases for the blind English-to-SQL corpus 106.

All data is synthetic and deterministic (``random.Random`` with a fixed seed per database).  The data ends on
2025-06-14; "today" is 2025-06-15, so "this year" is 2025, "last month" is May 2025, "since March" means on or after
2025-03-01 and "the last 7 days" means on or after 2025-06-08.  Dates are ISO text 'YYYY-MM-DD'; date-times are
'YYYY-MM-DD HH:MM'.

beamline -- beamtime allocation at a synchrotron light source (Oracle-style ALL CAPS identifiers with _ID, _CD,
_DESC, _NM, _DT suffixes)
    BEAMLINE(BEAMLINE_ID, BEAMLINE_CD, BEAMLINE_DESC, TECHNIQUE_CD, MAX_ENERGY_KEV, STATUS_CD, FIRST_LIGHT_DT)
        eight beamlines, BEAMLINE_CD 'I03', 'I04', 'B21', 'I18', 'B18', 'I12', 'I13', 'I22'.  TECHNIQUE_CD 'MX' =
        macromolecular crystallography, 'SAXS' = small-angle scattering, 'XAS' = X-ray absorption spectroscopy,
        'IMG' = imaging.  STATUS_CD 'OP' = operational, 'MT' = shut down for maintenance (B18), 'CM' =
        commissioning (I22, first light 2025-03-10).
    INSTITUTION(INSTITUTION_ID, INSTITUTION_NM, COUNTRY_CD, SECTOR_CD)
        22 user institutions; COUNTRY_CD two-letter ISO ('GB', 'DE', 'FR', 'US', ...); SECTOR_CD 'A' = academic,
        'I' = industry, 'G' = government / national laboratory.
    SCIENTIST(SCIENTIST_ID, FIRST_NM, LAST_NM, INSTITUTION_ID -> INSTITUTION, EMAIL_ADDR, ORCID_ID, REGISTERED_DT)
        130 registered facility users; ORCID_ID NULL when not given.
    STAFF(STAFF_ID, STAFF_NM, BEAMLINE_ID -> BEAMLINE, JOB_CD, START_DT)
        facility staff; JOB_CD 'BS' = beamline scientist, 'PD' = postdoc, 'TE' = technician.
    PROPOSAL(PROPOSAL_ID, PROPOSAL_NO, TITLE_DESC, PI_SCIENTIST_ID -> SCIENTIST, BEAMLINE_ID -> BEAMLINE, CYCLE_CD,
             PANEL_CD, SUBMIT_DT, REQUESTED_SHIFTS, SCORE_NUM, STATUS_CD)
        250 beamtime proposals; PROPOSAL_NO like 'mx31056' (technique prefix); PI_SCIENTIST_ID = principal
        investigator; BEAMLINE_ID = the beamline asked for.  CYCLE_CD = allocation round ('call'): '2024-1',
        '2024-2', '2025-1', '2025-2'; 'YYYY-1' covers beamtime January-June of YYYY (submitted 1 Sep - 15 Oct of
        the year before), 'YYYY-2' covers July-December (submitted 1 Mar - 15 Apr of YYYY).  PANEL_CD = review
        panel: 'BIO' = life sciences, 'CHM' = chemistry, 'MAT' = materials and engineering, 'ENV' = environment
        and earth sciences.  REQUESTED_SHIFTS = 8-hour shifts asked for.  SCORE_NUM = panel score 1.0-5.0, higher
        is better, NULL when withdrawn or not yet reviewed.  STATUS_CD 'SUB' = submitted / under review, 'ACC' =
        accepted, 'REJ' = rejected, 'WDN' = withdrawn by the proposer.
    SHIFT_ALLOC(ALLOC_ID, PROPOSAL_ID -> PROPOSAL, BEAMLINE_ID -> BEAMLINE, START_DT, SHIFT_CNT, STATUS_CD)
        beamtime sessions given to accepted proposals; START_DT 'YYYY-MM-DD HH:MM'; SHIFT_CNT = number of 8-hour
        shifts.  STATUS_CD 'SCH' = scheduled (all in the future), 'CMP' = completed (delivered to the users),
        'CNX' = cancelled, 'LST' = lost to beam downtime.
    OUTAGE_CAUSE(CAUSE_CD, CAUSE_DESC)
        'RF' = RF cavity trip, 'VAC' = vacuum fault, 'PWR' = mains power loss, 'CRY' = cryocooler failure, 'CTL' =
        control system fault, 'ILK' = safety interlock.
    BEAM_OUTAGE(OUTAGE_ID, BEAMLINE_ID -> BEAMLINE, START_DT, END_DT, CAUSE_CD -> OUTAGE_CAUSE)
        unplanned beam outages 2024-01 .. 2025-06 ('YYYY-MM-DD HH:MM'); BEAMLINE_ID NULL = the whole storage ring
        (ring-wide outage, all beamlines affected).
    PUBLICATION(PUB_ID, PROPOSAL_ID -> PROPOSAL, DOI_TXT, JOURNAL_NM, PUB_DT, CITATION_CNT)
        papers resulting from completed beamtime; CITATION_CNT = citations so far.

radiocarbon -- an AMS radiocarbon dating laboratory (Oracle-style ALL CAPS; aliquots point at their parent sample;
weights in milligrams; money in US cents)
    MATERIAL(MATERIAL_CD, MATERIAL_DESC)
        'CHR' = Charcoal, 'WOD' = Wood, 'BON' = Bone, 'SHL' = Shell, 'SED' = Bulk sediment, 'TEX' = Textile,
        'PEA' = Peat, 'SEE' = Seed / plant macrofossil.
    PRETREATMENT(PRETREAT_CD, PRETREAT_DESC)
        'ABA' = acid-base-acid, 'CEL' = cellulose extraction, 'COL' = collagen extraction, 'UFC' = ultrafiltered
        collagen, 'ACE' = acid etch, 'HUM' = humic acid fraction.
    STAFF(STAFF_ID, STAFF_NM, ROLE_CD, HIRE_DT)
        ROLE_CD 'MGR' = lab manager, 'SCI' = scientist, 'TEC' = technician.
    SUBMITTER(SUBMITTER_ID, SUBMITTER_NM, ORG_NM, COUNTRY_CD, ACCOUNT_CD)
        40 customers (the person or firm sending samples); COUNTRY_CD two-letter ISO; ACCOUNT_CD 'INT' = internal
        university group (not invoiced), 'ACA' = external academic, 'COM' = commercial.
    SUBMISSION(SUBMISSION_ID, SUBMISSION_NO, SUBMITTER_ID -> SUBMITTER, RECEIVED_DT, PROJECT_DESC, PRIORITY_CD,
               INVOICE_AMT_CENTS, PAID_DT)
        a batch of samples received together ('S25-0194'), 2023-07 .. 2025-06.  PRIORITY_CD 'STD' = standard,
        'EXP' = express.  INVOICE_AMT_CENTS = amount invoiced in US cents (0 for internal accounts); PAID_DT
        NULL = not paid.
    SAMPLE(SAMPLE_ID, LAB_CD, SUBMISSION_ID -> SUBMISSION, PARENT_SAMPLE_ID -> SAMPLE, SAMPLE_TYPE_CD, MATERIAL_CD
           -> MATERIAL, SITE_NM, MASS_MG, PRETREAT_CD -> PRETREATMENT, STATUS_CD)
        SELF-REFERENCE: SAMPLE_TYPE_CD 'ORI' = the sample as submitted (PARENT_SAMPLE_ID NULL); 'ALQ' = an aliquot
        (subsample) cut from it for dating (PARENT_SAMPLE_ID = the submitted sample, same material and site).
        LAB_CD like 'RX-10209'; SITE_NM = archaeological site or core; MASS_MG = weight in milligrams;
        PRETREAT_CD NULL for submitted samples.  STATUS_CD for submitted samples: 'RCV' = logged in, 'PRG' = in
        progress, 'REP' = reported, 'FAL' = failed (no aliquot could be dated); for aliquots: 'PRE' = in
        pretreatment, 'GRA' = graphitised, waiting for the AMS, 'MEA' = measured, 'FAL' = failed.
    AMS_RUN(RUN_ID, RUN_DT, OPERATOR_STAFF_ID -> STAFF, WHEEL_NO)
        accelerator mass spectrometer runs, mostly weekly; WHEEL_NO = sample wheel loaded.
    MEASUREMENT(MEAS_ID, SAMPLE_ID -> SAMPLE, RUN_ID -> AMS_RUN, F14C_NUM, AGE_BP, AGE_ERR, D13C_NUM, QA_CD)
        one row per aliquot measurement; F14C_NUM = fraction modern carbon; AGE_BP = conventional radiocarbon age
        in years BP, AGE_ERR = its 1-sigma error; D13C_NUM = delta-13C in per mil.  QA_CD 'OK' = passed QA
        (accepted), 'RJ' = rejected by QA (the aliquot was measured again in a later run).

suelos -- a soil analysis laboratory in Andalusia (Spanish table, column and value names; money in euros)
    cliente(id_cliente, nombre, tipo_cliente, provincia, municipio, email, fecha_alta)
        56 clients; tipo_cliente 'agricultor' = farmer, 'cooperativa' = co-operative, 'empresa' = company,
        'administracion' = public body.  provincia 'Jaén', 'Córdoba', 'Sevilla', 'Granada', 'Almería', 'Málaga';
        email NULL when unknown; fecha_alta = client since.
    parcela(id_parcela, id_cliente -> cliente, nombre_finca, municipio, superficie_ha, cultivo, regadio)
        the clients' fields/plots; nombre_finca = farm name ('Finca Las Lomas'); superficie_ha = area in hectares.
        cultivo 'olivar' = olive grove, 'viñedo' = vineyard, 'cereal' = cereals, 'almendro' = almond orchard,
        'hortícolas' = vegetables, 'cítricos' = citrus.  regadio 'si' = irrigated, 'no' = dry land.
    tecnico(id_tecnico, nombre, apellidos, puesto, fecha_incorporacion, activo)
        lab staff; apellidos = surnames; puesto 'jefe_laboratorio' = head of lab, 'analista' = analyst,
        'becario' = intern / trainee; fecha_incorporacion = start date; activo 'si' / 'no'.
    ensayo(id_ensayo, codigo, descripcion, unidad, precio_eur)
        test catalogue: codigo 'PH' = pH, 'CE' = electrical conductivity (dS/m), 'MO' = organic matter (%), 'P' =
        available phosphorus (mg/kg), 'K' = available potassium (mg/kg), 'N' = total nitrogen (%), 'CAL' = active
        lime (%), 'B' = boron (mg/kg); precio_eur = price per test before VAT.
    muestra(id_muestra, codigo, id_parcela -> parcela, fecha_muestreo, fecha_recepcion, profundidad_cm, estado,
            motivo_rechazo)
        soil samples, received on working days from 2024-01-08; codigo like 'S25-00486'; fecha_muestreo = taken
        in the field, fecha_recepcion = received at the lab.  profundidad_cm = bottom of the sampled layer: 30 =
        topsoil 0-30 cm, 60 = subsoil 30-60 cm.  estado 'pendiente' = received, not started (pending),
        'en_analisis' = being analysed, 'finalizada' = finished, 'rechazada' = rejected; motivo_rechazo = reason
        for rejection (NULL otherwise).
    resultado(id_resultado, id_muestra -> muestra, id_ensayo -> ensayo, id_tecnico -> tecnico, fecha_resultado,
              valor)
        one row per test result; valor in the test's unit; id_tecnico = who ran it.
    factura(id_factura, id_cliente -> cliente, fecha_emision, importe_eur, estado_pago)
        one invoice per client per month for the samples finished that month, issued on the 1st of the next
        month; importe_eur includes 21% VAT.  estado_pago 'pagada' = paid, 'pendiente' = unpaid but not yet due,
        'vencida' = overdue (unpaid 30 days after issue).

buoynet -- a network of moored ocean buoys around Ireland and Britain (station metadata as entity-attribute-value
rows; readings stored in milli-units)
    station(station_id, wmo_code, name, region, latitude, longitude, deployed_on, retired_on)
        12 buoys ('M2 Dublin Bay', 'M6 Porcupine Bank', 'K5 Rockall Trough', 'Dogger Bank', ...); region 'Irish
        Sea', 'Celtic Sea', 'Atlantic', 'English Channel', 'North Sea'.  retired_on NULL = still in service (K7
        Shetland retired 2024-11-20, F3 Light Vessel 2025-02-28).
    station_attr(station_id -> station, attr_name, attr_value)
        ENTITY-ATTRIBUTE-VALUE metadata, attr_value always text.  attr_name 'operator' ('Marine Institute', 'Met
        Office', 'Meteo-France', 'Cefas'), 'hull_type' ('discus', 'NOMAD', 'spar', 'light vessel'),
        'power_source' ('solar', 'battery', 'wind+solar'), 'telemetry' ('Iridium', 'GOES', '4G'),
        'water_depth_m' (a number in metres), 'wave_sensor' (the sensor model; no row = the buoy has no wave
        sensor), 'mooring' ('inverse catenary', 'slack', 'taut'; not recorded for every buoy).
    observation(obs_id, station_id -> station, observed_at, wave_height_mm, wave_period_ms, sea_temp_mdegc,
                wind_speed_mms, pressure_pa)
        one reading per buoy per day at 12:00 UTC from 2024-07-01 (about 5% of days missing; M5 Wexford silent
        since 2025-06-03).  wave_height_mm = significant wave height in millimetres and wave_period_ms = wave
        period in milliseconds (both NULL for buoys without a wave sensor); sea_temp_mdegc = sea temperature in
        thousandths of a degree Celsius; wind_speed_mms = wind speed in millimetres per second; pressure_pa = air
        pressure in pascals (100 Pa = 1 hPa).
    service_visit(visit_id, station_id -> station, visit_date, visit_type, vessel, cost_gbp)
        ship visits; visit_type 'routine', 'repair', 'redeployment', 'recovery' (buoy taken out); cost_gbp =
        cost in whole pounds.

psychlab -- a university cognitive psychology lab (PascalCase names; 'Y'/'N' flags; times in milliseconds; money
in pence)
    Studies(StudyId, StudyCode, Title, LeadResearcher, EthicsApprovedOn, TargetSample, IsOnline)
        'STROOP-24' = Stroop task after sleep restriction, 'NBACK-2' = n-back working memory and caffeine,
        'FLANK-ON' = online flanker task (IsOnline 'Y'), 'FACE-EM' = recognition of emotional faces, 'SST-25' =
        stop-signal task in older adults.  TargetSample = number of usable participants wanted.
    Participants(ParticipantId, ParticipantCode, BirthYear, Gender, Handedness, RecruitedVia, NativeEnglish,
                 ConsentWithdrawn, RegisteredOn)
        280 volunteers ('P0042'); Gender 'F' = female, 'M' = male, 'X' = non-binary / other; Handedness 'R' /
        'L'; RecruitedVia 'SONA' = student participant pool (course credit, not paid), 'Prolific' = online panel,
        'Poster', 'Referral'; NativeEnglish and ConsentWithdrawn 'Y' / 'N'.
    Assistants(AssistantId, FullName, Email, StartedOn, IsActive)
        research assistants who run lab sessions; IsActive 'N' = has left.
    Sessions(SessionId, StudyId -> Studies, ParticipantId -> Participants, AssistantId -> Assistants, SessionDate,
             StartTime, Condition, Completed, Excluded, DurationMs)
        one testing session of a participant in a study; AssistantId NULL for the online study; StartTime
        'HH:MM'.  Condition: 'rested' / 'sleep-restricted' (STROOP-24), 'placebo' / 'caffeine' (NBACK-2),
        'neutral-mood' / 'sad-mood' (FACE-EM), 'standard' otherwise.  Completed 'Y' / 'N'; Excluded 'Y' =
        excluded from the analysis; DurationMs = session length in milliseconds.
    Trials(TrialId, SessionId -> Sessions, TrialNo, StimulusType, ResponseMs, IsCorrect)
        12 trials per completed session (fewer when not completed).  StimulusType 'congruent' / 'incongruent'
        (Stroop, flanker), '1-back' / '2-back' / '3-back', 'happy' / 'sad' / 'angry' / 'neutral', 'go' / 'stop'.
        ResponseMs = reaction time in milliseconds, NULL = no response (time-out, or a withheld response on a
        stop trial); IsCorrect 'Y' / 'N' (a stop trial is correct when there was no response).
    Payments(PaymentId, SessionId -> Sessions, AmountPence, PaidOn, Method)
        participant payments for completed sessions (none for SONA participants); AmountPence in pence; Method
        'cash', 'voucher', 'bank transfer', 'Prolific'.

entomology -- a museum insect collection (snake_case; the taxonomy is a tree through taxon.parent_id)
    taxon(taxon_id, scientific_name, rank, parent_id -> taxon, authority, common_name)
        SELF-REFERENCE: rank 'order', 'family', 'genus', 'species'; parent_id = the taxon one rank up (species ->
        genus -> family -> order; NULL for orders).  Orders: Coleoptera (beetles), Lepidoptera (butterflies and
        moths), Hymenoptera (bees, wasps and ants), Diptera (true flies), Odonata (dragonflies and damselflies).
        Species names are binomials ('Bombus terrestris'); authority like 'Linnaeus, 1758'; common_name = English
        name of a species ('Buff-tailed bumblebee') or group name of an order/family ('ground beetles'), NULL for
        genera and some species.
    collector(collector_id, full_name, affiliation)
    collecting_event(event_id, event_code, collected_on, country, locality, elevation_m, method,
                     collector_id -> collector)
        one collecting trip/sample; elevation_m in metres; method 'light trap', 'pitfall trap', 'malaise trap',
        'sweep net', 'hand collected', 'pan trap'.
    specimen(specimen_id, catalog_number, taxon_id -> taxon, event_id -> collecting_event, sex, life_stage,
             type_status, preservation, drawer, catalogued_on)
        catalog_number like 'ENT-020001'; taxon_id is a species, or a genus when identified only to genus.  sex
        'M' = male, 'F' = female, 'U' = unknown; life_stage 'A' = adult, 'L' = larva, 'P' = pupa, 'N' = nymph;
        type_status 'holotype' / 'paratype' for type specimens, NULL otherwise; preservation 'pinned', 'ethanol',
        'papered', 'slide'; catalogued_on = date entered in the catalogue.
    loan(loan_id, borrower, institution, sent_on, due_on, returned_on)
        loans to other institutions; returned_on NULL = still out (overdue when due_on is before today).
    loan_item(loan_id -> loan, specimen_id -> specimen)
        the specimens in each loan.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import day_between, write_tables

D = dt.date
END = D(2025, 6, 14)  # last day with data
TODAY = D(2025, 6, 15)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


_FIRST = ["Anna", "Lukas", "Sofia", "Mateo", "Chiara", "Jonas", "Elena", "Tomasz", "Yuki", "Priya", "Omar", "Ingrid",
          "Rafael", "Claire", "Kenji", "Fatima", "Henrik", "Lucia", "Samuel", "Mei", "Pierre", "Aoife", "Daniel",
          "Nadia", "Marco", "Hanna", "Arjun", "Laura", "Felix", "Zara", "Emil", "Rosa", "Viktor", "Leila", "Hugo",
          "Irene", "Tariq", "Greta", "Pablo", "Sanna"]
_LAST = ["Schmidt", "Rossi", "Dubois", "Novak", "Tanaka", "Patel", "Hughes", "Larsen", "Garcia", "Kowalski",
         "Moreau", "Fischer", "Okafor", "Lindqvist", "Ricci", "Murphy", "Nakamura", "Silva", "Bauer", "Costa",
         "Walsh", "Jensen", "Ibrahim", "Horvat", "Petrov", "Keller", "Marin", "Sato", "Byrne", "Vogel", "Hall",
         "Ferrari", "Chen", "Kaur", "Novotny", "Duarte", "Berg", "Owens", "Laine", "Romano"]


def _unique_names(rng: random.Random, n: int, first: list[str], last: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    while len(out) < n:
        p = (rng.choice(first), rng.choice(last))
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


# ---------------------------------------------------------------------------------------------------------------
# beamline: synchrotron beamtime allocation (Oracle-style ALL CAPS identifiers)
# ---------------------------------------------------------------------------------------------------------------

_INSTITUTIONS = [
    ("University of Oxford", "GB", "A"), ("University of Manchester", "GB", "A"),
    ("Imperial College London", "GB", "A"), ("ETH Zurich", "CH", "A"),
    ("Max Planck Institute of Biophysics", "DE", "G"), ("Heidelberg University", "DE", "A"), ("BASF SE", "DE", "I"),
    ("Sorbonne Universite", "FR", "A"), ("CNRS Grenoble", "FR", "G"), ("Sanofi", "FR", "I"),
    ("Politecnico di Milano", "IT", "A"), ("Universitat de Barcelona", "ES", "A"), ("AstraZeneca", "GB", "I"),
    ("Rolls-Royce plc", "GB", "I"), ("Karolinska Institutet", "SE", "A"), ("University of Tokyo", "JP", "A"),
    ("Stanford University", "US", "A"), ("Argonne National Laboratory", "US", "G"), ("Johnson Matthey", "GB", "I"),
    ("Siemens Energy", "DE", "I"), ("Trinity College Dublin", "IE", "A"), ("Utrecht University", "NL", "A"),
]
_TOPIC = {
    "BIO": ["kinase inhibitor complexes", "bacterial efflux pumps", "viral capsid proteins", "antibody fragments",
            "membrane transporters", "enzyme active sites", "amyloid fibrils"],
    "CHM": ["single-atom catalysts", "zeolite frameworks", "battery cathode redox", "metal-organic frameworks",
            "photocatalytic water splitting", "copper speciation in catalysts"],
    "MAT": ["additively manufactured alloys", "fatigue cracks in turbine blades", "polymer nanocomposites",
            "perovskite thin films", "residual stress in welds", "lithium dendrite growth"],
    "ENV": ["arsenic in contaminated soils", "microplastics in sediments", "uranium uptake by minerals",
            "carbonate rock porosity", "volcanic ash leaching", "mercury in river sediments"],
}
_VERB = ["Structural study of", "In situ study of", "Time-resolved investigation of", "Mapping", "Probing",
         "High-resolution characterisation of"]


def build_beamline(path: Path) -> None:
    rng = random.Random(106_001)
    beamlines = [
        (1, "I03", "Macromolecular crystallography", "MX", 18.0, "OP", "2007-01-15"),
        (2, "I04", "Microfocus macromolecular crystallography", "MX", 20.0, "OP", "2008-05-20"),
        (3, "B21", "Solution small-angle X-ray scattering", "SAXS", 13.0, "OP", "2014-03-03"),
        (4, "I18", "Microfocus spectroscopy", "XAS", 20.5, "OP", "2007-09-10"),
        (5, "B18", "Core X-ray absorption spectroscopy", "XAS", 35.0, "MT", "2009-02-02"),
        (6, "I12", "Joint engineering, environmental and processing", "IMG", 150.0, "OP", "2010-06-14"),
        (7, "I13", "X-ray imaging and coherence", "IMG", 30.0, "OP", "2013-11-04"),
        (8, "I22", "Small angle scattering and diffraction", "SAXS", 20.0, "CM", "2025-03-10"),
    ]
    tech = {b[0]: b[3] for b in beamlines}
    institutions = [(i, n, c, s) for i, (n, c, s) in enumerate(_INSTITUTIONS, start=1)]
    inst_w = [9, 7, 8, 4, 5, 4, 3, 4, 5, 2, 3, 3, 3, 2, 3, 2, 3, 3, 3, 2, 3, 3]
    scientists = []
    for sid, (fn, ln) in enumerate(_unique_names(rng, 130, _FIRST, _LAST), start=1):
        inst = rng.choices(range(1, 23), inst_w)[0]
        dom = "".join(w[0] for w in _INSTITUTIONS[inst - 1][0].split() if w[0].isupper()).lower()
        orcid = None
        if rng.random() >= 0.25:
            orcid = f"0000-000{rng.randint(1, 3)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        reg = day_between(rng, D(2012, 1, 1), D(2025, 2, 28))
        scientists.append((sid, fn, ln, inst, f"{fn.lower()}.{ln.lower()}@{dom}.org", orcid, reg.isoformat()))
    staff_spec = [
        (1, "BS"), (1, "BS"), (1, "TE"), (2, "BS"), (2, "PD"), (3, "BS"), (3, "PD"), (3, "TE"), (4, "BS"), (4, "BS"),
        (4, "BS"), (5, "BS"), (5, "TE"), (6, "BS"), (6, "BS"), (6, "PD"), (6, "TE"), (7, "BS"), (7, "PD"), (8, "BS"),
        (8, "BS"), (8, "TE"),
    ]
    staff = []
    for n, ((fn, ln), (bl, job)) in enumerate(zip(_unique_names(rng, 22, _FIRST[::-1], _LAST[::-1]), staff_spec,
                                                 strict=True), start=1):
        start = day_between(rng, D(2008, 1, 1), D(2024, 10, 1)) if bl != 8 else day_between(rng, D(2022, 1, 1), D(2024, 10, 1))
        staff.append((n, f"{fn} {ln}", bl, job, start.isoformat()))

    cycles = [
        ("2024-1", D(2023, 9, 1), D(2023, 10, 15), D(2024, 1, 8), D(2024, 6, 21), 55, 3.4),
        ("2024-2", D(2024, 3, 1), D(2024, 4, 15), D(2024, 7, 8), D(2024, 12, 13), 61, 3.5),
        ("2025-1", D(2024, 9, 1), D(2024, 10, 15), D(2025, 1, 13), D(2025, 6, 20), 64, 3.3),
        ("2025-2", D(2025, 3, 1), D(2025, 4, 15), D(2025, 7, 7), D(2025, 12, 12), 70, 3.6),
    ]
    bl_w = {1: 14, 2: 11, 3: 9, 4: 9, 5: 7, 6: 8, 7: 8, 8: 6}
    panel_of = {"MX": [("BIO", 1)], "SAXS": [("BIO", 7), ("MAT", 3)], "XAS": [("CHM", 6), ("ENV", 4)],
                "IMG": [("MAT", 6), ("ENV", 4)]}
    proposals = []
    allocs = []
    sci_w = [rng.choice([1, 1, 1, 2, 3, 6]) for _ in scientists]
    pno = 31000
    for cyc, s0, s1, b0, b1, n, cut in cycles:
        for _ in range(n):
            bls = [b for b in bl_w if not (cyc != "2025-2" and b == 8) and not (cyc == "2025-2" and b == 5)]
            bl = rng.choices(bls, [bl_w[b] for b in bls])[0]
            t = tech[bl]
            panels = panel_of[t]
            panel = rng.choices([p for p, _ in panels], [w for _, w in panels])[0]
            pi = rng.choices(range(1, 131), sci_w)[0]
            pno += rng.randint(3, 40)
            title = f"{rng.choice(_VERB)} {rng.choice(_TOPIC[panel])}"
            sub = day_between(rng, s0, s1)
            req = rng.choice([3, 6, 6, 9, 9, 12, 15, 18, 24])
            score: float | None = round(min(5.0, max(1.0, rng.gauss(3.35, 0.75))), 1)
            r = rng.random()
            if r < 0.05:
                status, score = "WDN", None
            elif cyc == "2025-2" and panel == "ENV":
                status, score = "SUB", None
            else:
                status = "ACC" if score >= cut else "REJ"
            pid = len(proposals) + 1
            proposals.append((pid, f"{t.lower()}{pno}", title, pi, bl, cyc, panel, sub.isoformat(), req, score,
                              status))
            if status != "ACC":
                continue
            granted = max(1, round(req * rng.choice([0.5, 0.67, 0.75, 1.0, 1.0, 1.0])))
            nsess = 1 if granted <= 3 else rng.choice([1, 2, 2, 3])
            left = granted
            for k in range(nsess):
                cnt = left if k == nsess - 1 else max(1, left // (nsess - k) + rng.randint(-1, 1))
                left -= cnt
                if cnt <= 0:
                    break
                day = day_between(rng, b0, b1)
                hour = rng.choice([0, 8, 8, 16])
                start = f"{day.isoformat()} {hour:02d}:00"
                if day > END:
                    st = "SCH"
                elif bl == 5 and day >= D(2025, 5, 1):
                    st = "CNX"
                else:
                    q = rng.random()
                    st = "CNX" if q < 0.08 else ("LST" if q < 0.15 else "CMP")
                allocs.append((len(allocs) + 1, pid, bl, start, cnt, st))
    allocs.sort(key=lambda a: (a[3], a[1]))
    allocs = [(i, *a[1:]) for i, a in enumerate(allocs, start=1)]

    causes = [("RF", "RF cavity trip"), ("VAC", "Vacuum fault"), ("PWR", "Mains power loss"),
              ("CRY", "Cryocooler failure"), ("CTL", "Control system fault"), ("ILK", "Safety interlock")]
    outages = []
    day = D(2024, 1, 3)
    while day <= D(2025, 6, 12):
        cause = rng.choices([c for c, _ in causes], [5, 3, 1, 3, 4, 3])[0]
        ring = cause in ("RF", "PWR") or (cause == "CTL" and rng.random() < 0.4)
        bl = None if ring else rng.choices(range(1, 9), [10, 8, 6, 7, 12, 5, 6, 9])[0]
        if bl == 8 and day < D(2025, 3, 10):
            bl = 5
        start = dt.datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.choice([0, 10, 20, 30, 40, 50]))
        mins = rng.choice([20, 35, 50, 75, 90, 140, 200, 260, 400, 600, 900, 1500])
        mins += rng.randint(0, 9)
        end = start + dt.timedelta(minutes=mins)
        outages.append((len(outages) + 1, bl, start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M"),
                        cause))
        day += _days(rng.randint(3, 15))

    journals = ["Nature Communications", "Acta Crystallographica D", "Journal of Synchrotron Radiation",
                "ACS Catalysis", "Physical Review B", "Scientific Reports", "IUCrJ", "Advanced Materials"]
    done: dict[int, str] = {}
    for a in allocs:
        if a[5] == "CMP":
            done[a[1]] = max(done.get(a[1], ""), a[3][:10])
    pubs = []
    for pid in sorted(done):
        last = D.fromisoformat(done[pid])
        npub = rng.choices([0, 1, 2], [30, 45, 25])[0]
        for _ in range(npub):
            pd_ = last + _days(rng.randint(45, 330))
            if pd_ > END:
                continue
            months = (END - pd_).days // 30
            cites = rng.randint(0, max(1, months * 2))
            pubs.append((len(pubs) + 1, pid, f"10.{rng.randint(1000, 1999)}/{rng.randint(100000, 999999)}",
                         rng.choice(journals), pd_.isoformat(), cites))

    ddl = """
    CREATE TABLE BEAMLINE (BEAMLINE_ID INTEGER PRIMARY KEY, BEAMLINE_CD TEXT NOT NULL UNIQUE,
        BEAMLINE_DESC TEXT NOT NULL, TECHNIQUE_CD TEXT NOT NULL, MAX_ENERGY_KEV REAL NOT NULL,
        STATUS_CD TEXT NOT NULL, FIRST_LIGHT_DT TEXT NOT NULL);
    CREATE TABLE INSTITUTION (INSTITUTION_ID INTEGER PRIMARY KEY, INSTITUTION_NM TEXT NOT NULL,
        COUNTRY_CD TEXT NOT NULL, SECTOR_CD TEXT NOT NULL);
    CREATE TABLE SCIENTIST (SCIENTIST_ID INTEGER PRIMARY KEY, FIRST_NM TEXT NOT NULL, LAST_NM TEXT NOT NULL,
        INSTITUTION_ID INTEGER NOT NULL REFERENCES INSTITUTION(INSTITUTION_ID), EMAIL_ADDR TEXT NOT NULL,
        ORCID_ID TEXT, REGISTERED_DT TEXT NOT NULL);
    CREATE TABLE STAFF (STAFF_ID INTEGER PRIMARY KEY, STAFF_NM TEXT NOT NULL,
        BEAMLINE_ID INTEGER NOT NULL REFERENCES BEAMLINE(BEAMLINE_ID), JOB_CD TEXT NOT NULL, START_DT TEXT NOT NULL);
    CREATE TABLE PROPOSAL (PROPOSAL_ID INTEGER PRIMARY KEY, PROPOSAL_NO TEXT NOT NULL UNIQUE, TITLE_DESC TEXT NOT NULL,
        PI_SCIENTIST_ID INTEGER NOT NULL REFERENCES SCIENTIST(SCIENTIST_ID),
        BEAMLINE_ID INTEGER NOT NULL REFERENCES BEAMLINE(BEAMLINE_ID), CYCLE_CD TEXT NOT NULL,
        PANEL_CD TEXT NOT NULL, SUBMIT_DT TEXT NOT NULL, REQUESTED_SHIFTS INTEGER NOT NULL, SCORE_NUM REAL,
        STATUS_CD TEXT NOT NULL);
    CREATE TABLE SHIFT_ALLOC (ALLOC_ID INTEGER PRIMARY KEY,
        PROPOSAL_ID INTEGER NOT NULL REFERENCES PROPOSAL(PROPOSAL_ID),
        BEAMLINE_ID INTEGER NOT NULL REFERENCES BEAMLINE(BEAMLINE_ID), START_DT TEXT NOT NULL,
        SHIFT_CNT INTEGER NOT NULL, STATUS_CD TEXT NOT NULL);
    CREATE TABLE OUTAGE_CAUSE (CAUSE_CD TEXT PRIMARY KEY, CAUSE_DESC TEXT NOT NULL);
    CREATE TABLE BEAM_OUTAGE (OUTAGE_ID INTEGER PRIMARY KEY, BEAMLINE_ID INTEGER REFERENCES BEAMLINE(BEAMLINE_ID),
        START_DT TEXT NOT NULL, END_DT TEXT NOT NULL, CAUSE_CD TEXT NOT NULL REFERENCES OUTAGE_CAUSE(CAUSE_CD));
    CREATE TABLE PUBLICATION (PUB_ID INTEGER PRIMARY KEY, PROPOSAL_ID INTEGER NOT NULL REFERENCES PROPOSAL(PROPOSAL_ID),
        DOI_TXT TEXT NOT NULL, JOURNAL_NM TEXT NOT NULL, PUB_DT TEXT NOT NULL, CITATION_CNT INTEGER NOT NULL);
    """
    write_tables(path, ddl, {
        "BEAMLINE": beamlines, "INSTITUTION": institutions, "SCIENTIST": scientists, "STAFF": staff,
        "PROPOSAL": proposals, "SHIFT_ALLOC": allocs, "OUTAGE_CAUSE": causes, "BEAM_OUTAGE": outages,
        "PUBLICATION": pubs,
    })


# ---------------------------------------------------------------------------------------------------------------
# radiocarbon: AMS radiocarbon dating lab (Oracle-style ALL CAPS; aliquots point at their parent sample)
# ---------------------------------------------------------------------------------------------------------------

_SUBMITTERS = [
    ("Helen Ashworth", "University of York", "GB", "ACA"), ("Tom Rigby", "Historic England", "GB", "ACA"),
    ("Marta Kowalczyk", "University of Warsaw", "PL", "ACA"), ("James Ferris", "Wessex Archaeology", "GB", "COM"),
    ("Sarah Lindgren", "Uppsala University", "SE", "ACA"), ("Paolo Bianchi", "Sapienza University of Rome", "IT",
                                                            "ACA"),
    ("Emily Carter", "Arizona State University", "US", "ACA"), ("David Osei", "University of Ghana", "GH", "ACA"),
    ("Oxford Archaeology Ltd", "Oxford Archaeology Ltd", "GB", "COM"), ("Lena Hoffmann", "LMU Munich", "DE", "ACA"),
    ("Mark Jensen", "Aarhus University", "DK", "ACA"), ("Rachel Green", "GeoCore Consulting", "US", "COM"),
    ("Ian Maclean", "AOC Archaeology Group", "GB", "COM"), ("Sofia Navarro", "CSIC Madrid", "ES", "ACA"),
    ("Kwame Mensah", "University of Cape Coast", "GH", "ACA"), ("Claire Dubois", "INRAP", "FR", "COM"),
    ("Niamh Kelly", "University College Cork", "IE", "ACA"), ("Robert Hale", "Lakehead Forensic Services", "US",
                                                               "COM"),
    ("Julia Weber", "University of Kiel", "DE", "ACA"), ("Andrew Price", "Internal - Palaeoclimate group", "GB",
                                                          "INT"),
    ("Fiona Reid", "Internal - Quaternary lab", "GB", "INT"), ("Hiroshi Mori", "Nagoya University", "JP", "ACA"),
    ("Erik Solberg", "NTNU Trondheim", "NO", "ACA"), ("Grace Thompson", "Smithsonian Institution", "US", "ACA"),
    ("Luis Ortega", "Universidad de Chile", "CL", "ACA"), ("Anne Moreau", "Eveha Archeologie", "FR", "COM"),
    ("Peter Walsh", "Cotswold Archaeology", "GB", "COM"), ("Olga Ivanova", "University of Tartu", "EE", "ACA"),
    ("Ben Harris", "Internal - Isotope geochemistry", "GB", "INT"), ("Maria Costa", "University of Lisbon", "PT",
                                                                      "ACA"),
    ("Daniel Brooks", "Pacific Timber Testing", "US", "COM"), ("Ruth Evans", "Cardiff University", "GB", "ACA"),
    ("Stefan Novak", "University of Ljubljana", "SI", "ACA"), ("Karin Berg", "Stockholm University", "SE", "ACA"),
    ("Alice Moore", "Headland Archaeology", "GB", "COM"), ("Victor Lima", "University of Sao Paulo", "BR", "ACA"),
    ("Nora Fitzgerald", "National Museum of Ireland", "IE", "ACA"), ("Hassan Youssef", "Cairo University", "EG",
                                                                      "ACA"),
    ("Chloe Martin", "University of Bordeaux", "FR", "ACA"), ("George Adams", "Adams Heritage Consulting", "GB",
                                                              "COM"),
]
_SITES = ["Star Carr", "Must Farm", "Skara Brae", "Vindolanda", "Sutton Hoo", "Lake Suigetsu core", "Boxgrove",
          "Ertebolle midden", "Cueva de El Castillo", "Flag Fen", "Jarlshof", "Catalhoyuk", "Gough's Cave",
          "Loch Lomond core", "Amesbury Down", "Atapuerca"]
_MAT_MASS = {"CHR": (20, 600), "WOD": (60, 900), "BON": (600, 5500), "SHL": (120, 2200), "SED": (1500, 20000),
             "TEX": (10, 120), "PEA": (800, 6000), "SEE": (5, 60)}
_MAT_PRE = {"CHR": ["ABA"], "WOD": ["ABA", "CEL"], "BON": ["COL", "UFC"], "SHL": ["ACE"], "SED": ["ABA", "HUM"],
            "TEX": ["ABA"], "PEA": ["ABA", "HUM"], "SEE": ["ABA"]}
_MAT_D13 = {"CHR": -25.0, "WOD": -24.5, "BON": -20.3, "SHL": 0.5, "SED": -26.0, "TEX": -24.0, "PEA": -27.5,
            "SEE": -23.0}


def build_radiocarbon(path: Path) -> None:
    rng = random.Random(106_002)
    materials = [("CHR", "Charcoal"), ("WOD", "Wood"), ("BON", "Bone"), ("SHL", "Shell"), ("SED", "Bulk sediment"),
                 ("TEX", "Textile"), ("PEA", "Peat"), ("SEE", "Seed / plant macrofossil")]
    pretreats = [("ABA", "Acid-base-acid"), ("CEL", "Cellulose extraction"), ("COL", "Collagen extraction"),
                 ("UFC", "Ultrafiltered collagen"), ("ACE", "Acid etch"), ("HUM", "Humic acid fraction")]
    staff = [(1, "Margaret Quinn", "MGR", "2009-04-01"), (2, "Owen Price", "SCI", "2012-09-17"),
             (3, "Leah Turner", "SCI", "2018-01-08"), (4, "Sam Patel", "TEC", "2016-06-13"),
             (5, "Jodie Rowe", "TEC", "2021-03-01"), (6, "Callum Fraser", "TEC", "2022-11-14"),
             (7, "Nisha Rao", "SCI", "2023-05-02"), (8, "Tobias Kern", "TEC", "2024-08-19")]
    submitters = [(i, n, o, c, a) for i, (n, o, c, a) in enumerate(_SUBMITTERS, start=1)]
    never = {12, 25, 33, 38}
    sub_w = [0 if i in never else rng.choice([1, 2, 3, 5, 8]) for i in range(1, 41)]
    submissions = []
    samples: list[list[Any]] = []
    lab_no = 10_200
    day = D(2023, 7, 3)
    while day <= D(2025, 6, 13):
        sid = rng.choices(range(1, 41), sub_w)[0]
        acct = _SUBMITTERS[sid - 1][3]
        prio = "EXP" if rng.random() < (0.3 if acct == "COM" else 0.12) else "STD"
        nsamp = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 8])
        price = {"INT": 20000, "ACA": 42500, "COM": 55000}[acct] + (30000 if prio == "EXP" else 0)
        amount = nsamp * price
        paid = None
        if acct != "INT":
            lag = rng.randint(10, 120)
            if day + _days(lag) <= END and rng.random() < 0.9:
                paid = (day + _days(lag)).isoformat()
        subm_id = len(submissions) + 1
        site = rng.choice(_SITES)
        submissions.append((subm_id, f"S{day.year % 100}-{subm_id:04d}", sid, day.isoformat(),
                            f"{site} dating programme", prio, amount if acct != "INT" else 0, paid))
        mats = rng.choices([m for m, _ in materials], [20, 12, 22, 10, 8, 4, 8, 6], k=nsamp)
        for mat in mats:
            lo, hi = _MAT_MASS[mat]
            age = rng.choice([rng.randint(200, 4000), rng.randint(3000, 12000), rng.randint(9000, 45000)])
            lab_no += 1
            orig = [len(samples) + 1, f"RX-{lab_no}", subm_id, None, "ORI", mat, site, round(rng.uniform(lo, hi), 1),
                    None, "RCV", age, day]
            samples.append(orig)
            nal = rng.choices([1, 2, 3, 4, 5], [52, 33, 10, 4, 1])[0]
            for _ in range(nal):
                lab_no += 1
                pre = rng.choice(_MAT_PRE[mat])
                frac = rng.uniform(0.02, 0.12) if mat in ("BON", "SED", "PEA") else rng.uniform(0.1, 0.35)
                samples.append([len(samples) + 1, f"RX-{lab_no}", subm_id, orig[0], "ALQ", mat, site,
                                round(orig[7] * frac, 1), pre, "PRE", age, day, prio])
        day += _days(rng.choice([1, 2, 3, 3, 4, 5, 6]))

    runs = []
    d = D(2023, 7, 11)
    while d <= END:
        op = rng.choices([2, 3, 4, 5, 6, 7, 8], [3, 6, 10, 8, 6, 4, 3])[0]
        if op == 8 and d < D(2024, 8, 19):
            op = 4
        runs.append((len(runs) + 1, d.isoformat(), op, rng.randint(1, 40)))
        d += _days(7 if rng.random() < 0.85 else 14)
    run_dates = [(r[0], D.fromisoformat(r[1])) for r in runs]

    meas = []
    for s in samples:
        if s[4] != "ALQ":
            continue
        recv = s[11]
        elapsed = (END - recv).days
        if elapsed < 14:
            s[9] = "PRE"
            continue
        if (s[5] == "BON" and rng.random() < 0.12) or rng.random() < 0.03:
            s[9] = "FAL"
            continue
        if elapsed < 28:
            s[9] = "GRA"
            continue
        target = recv + _days(rng.randint(6, 16) if s[12] == "EXP" else rng.randint(18, 55))
        cand = [(rid, rd) for rid, rd in run_dates if rd >= target]
        if not cand or cand[0][1] > END:
            s[9] = "GRA"
            continue
        rid, rd = cand[0]
        age_true = s[10]
        if rng.random() < 0.06:
            bad_age = age_true + rng.randint(300, 2000)
            f_bad = 2.718281828 ** (-bad_age / 8033)
            meas.append([s[0], rid, round(f_bad, 5), round(bad_age / 5) * 5, rng.randint(20, 45),
                         round(_MAT_D13[s[5]] + rng.gauss(0, 1.2), 1), "RJ"])
            later = [(r2, d2) for r2, d2 in run_dates if d2 > rd]
            if not later:
                s[9] = "GRA"
                continue
            rid = later[0][0]
        a = age_true + rng.randint(-60, 60)
        f = 2.718281828 ** (-a / 8033)
        err = rng.randint(15, 30) if a < 10000 else rng.randint(40, 300)
        meas.append([s[0], rid, round(f, 5), round(a / 5) * 5, err, round(_MAT_D13[s[5]] + rng.gauss(0, 1.2), 1),
                     "OK"])
        s[9] = "MEA"
    by_parent: dict[int, list[str]] = {}
    for s in samples:
        if s[3] is not None:
            by_parent.setdefault(s[3], []).append(s[9])
    for s in samples:
        if s[4] == "ORI":
            st = by_parent[s[0]]
            if "MEA" in st:
                s[9] = "REP" if all(x in ("MEA", "FAL") for x in st) else "PRG"
            elif all(x == "FAL" for x in st):
                s[9] = "FAL"
            elif (END - s[11]).days < 5:
                s[9] = "RCV"
            else:
                s[9] = "PRG"
    meas.sort(key=lambda m: (m[1], m[0]))
    meas_rows = [(i, *m) for i, m in enumerate(meas, start=1)]
    sample_rows = [tuple(s[:10]) for s in samples]

    ddl = """
    CREATE TABLE MATERIAL (MATERIAL_CD TEXT PRIMARY KEY, MATERIAL_DESC TEXT NOT NULL);
    CREATE TABLE PRETREATMENT (PRETREAT_CD TEXT PRIMARY KEY, PRETREAT_DESC TEXT NOT NULL);
    CREATE TABLE STAFF (STAFF_ID INTEGER PRIMARY KEY, STAFF_NM TEXT NOT NULL, ROLE_CD TEXT NOT NULL,
        HIRE_DT TEXT NOT NULL);
    CREATE TABLE SUBMITTER (SUBMITTER_ID INTEGER PRIMARY KEY, SUBMITTER_NM TEXT NOT NULL, ORG_NM TEXT NOT NULL,
        COUNTRY_CD TEXT NOT NULL, ACCOUNT_CD TEXT NOT NULL);
    CREATE TABLE SUBMISSION (SUBMISSION_ID INTEGER PRIMARY KEY, SUBMISSION_NO TEXT NOT NULL UNIQUE,
        SUBMITTER_ID INTEGER NOT NULL REFERENCES SUBMITTER(SUBMITTER_ID), RECEIVED_DT TEXT NOT NULL,
        PROJECT_DESC TEXT NOT NULL, PRIORITY_CD TEXT NOT NULL, INVOICE_AMT_CENTS INTEGER NOT NULL, PAID_DT TEXT);
    CREATE TABLE SAMPLE (SAMPLE_ID INTEGER PRIMARY KEY, LAB_CD TEXT NOT NULL UNIQUE,
        SUBMISSION_ID INTEGER NOT NULL REFERENCES SUBMISSION(SUBMISSION_ID),
        PARENT_SAMPLE_ID INTEGER REFERENCES SAMPLE(SAMPLE_ID), SAMPLE_TYPE_CD TEXT NOT NULL,
        MATERIAL_CD TEXT NOT NULL REFERENCES MATERIAL(MATERIAL_CD), SITE_NM TEXT NOT NULL, MASS_MG REAL NOT NULL,
        PRETREAT_CD TEXT REFERENCES PRETREATMENT(PRETREAT_CD), STATUS_CD TEXT NOT NULL);
    CREATE TABLE AMS_RUN (RUN_ID INTEGER PRIMARY KEY, RUN_DT TEXT NOT NULL,
        OPERATOR_STAFF_ID INTEGER NOT NULL REFERENCES STAFF(STAFF_ID), WHEEL_NO INTEGER NOT NULL);
    CREATE TABLE MEASUREMENT (MEAS_ID INTEGER PRIMARY KEY, SAMPLE_ID INTEGER NOT NULL REFERENCES SAMPLE(SAMPLE_ID),
        RUN_ID INTEGER NOT NULL REFERENCES AMS_RUN(RUN_ID), F14C_NUM REAL NOT NULL, AGE_BP INTEGER NOT NULL,
        AGE_ERR INTEGER NOT NULL, D13C_NUM REAL NOT NULL, QA_CD TEXT NOT NULL);
    """
    write_tables(path, ddl, {
        "MATERIAL": materials, "PRETREATMENT": pretreats, "STAFF": staff, "SUBMITTER": submitters,
        "SUBMISSION": submissions, "SAMPLE": sample_rows, "AMS_RUN": runs, "MEASUREMENT": meas_rows,
    })


# ---------------------------------------------------------------------------------------------------------------
# suelos: soil analysis laboratory in Andalusia (Spanish table, column and value names)
# ---------------------------------------------------------------------------------------------------------------

_ES_NOMBRES = ["Antonio", "Manuel", "José", "Francisco", "Juan", "Carmen", "María", "Ana", "Rafael", "Isabel",
               "Pedro", "Dolores", "Miguel", "Rosario", "Luis", "Pilar", "Javier", "Lucía", "Fernando", "Encarna"]
_ES_APELLIDOS = ["García", "Martínez", "López", "Sánchez", "Romero", "Moreno", "Jiménez", "Ruiz", "Navarro",
                 "Torres", "Castillo", "Ortega", "Molina", "Delgado", "Morales", "Serrano", "Cabrera", "Vega",
                 "Medina", "Muñoz"]
_ES_FIJOS = [
    ("Cooperativa Olivarera San Isidro", "cooperativa", "Jaén", "Martos"),
    ("SCA Nuestra Señora del Rosario", "cooperativa", "Córdoba", "Baena"),
    ("Cooperativa Vitivinícola Montilla-Moriles", "cooperativa", "Córdoba", "Montilla"),
    ("Almazara La Loma SCA", "cooperativa", "Jaén", "Úbeda"),
    ("Hortofrutícola El Ejido SCA", "cooperativa", "Almería", "El Ejido"),
    ("Cooperativa Agrícola Santa Teresa", "cooperativa", "Sevilla", "Écija"),
    ("Agrícola Guadalquivir SL", "empresa", "Sevilla", "Carmona"),
    ("Viveros Sierra Nevada SL", "empresa", "Granada", "Guadix"),
    ("Olivares del Sur SA", "empresa", "Jaén", "Linares"),
    ("Frutas Axarquía SL", "empresa", "Málaga", "Vélez-Málaga"),
    ("Bodegas Montilla SA", "empresa", "Córdoba", "Montilla"),
    ("Invernaderos Campo de Níjar SL", "empresa", "Almería", "Níjar"),
    ("Cítricos del Valle SL", "empresa", "Sevilla", "Lebrija"),
    ("Ayuntamiento de Baeza", "administracion", "Jaén", "Baeza"),
    ("IFAPA Centro Alameda del Obispo", "administracion", "Córdoba", "Lucena"),
    ("Diputación de Granada", "administracion", "Granada", "Loja"),
]
_ES_MUNI = {
    "Jaén": ["Úbeda", "Baeza", "Martos", "Alcalá la Real", "Linares"],
    "Córdoba": ["Montilla", "Lucena", "Priego de Córdoba", "Baena"],
    "Sevilla": ["Écija", "Carmona", "Utrera", "Lebrija"],
    "Granada": ["Motril", "Loja", "Guadix"],
    "Almería": ["El Ejido", "Níjar", "Vícar"],
    "Málaga": ["Vélez-Málaga", "Antequera", "Coín"],
}
_ES_FINCAS = ["Cortijo", "Finca", "Hacienda", "Parcela", "Huerta", "Olivar de"]
_ES_PARAJES = ["Los Almendros", "La Vega", "El Molino", "San Rafael", "Las Lomas", "El Pinar", "La Dehesa",
               "Los Llanos", "El Romeral", "La Fuensanta", "El Alamillo", "Las Majadas", "La Solana", "El Cerro"]


def build_suelos(path: Path) -> None:
    rng = random.Random(106_003)
    provincias = list(_ES_MUNI)
    clientes = []
    nombres_usados: set[str] = set()
    for i in range(56):
        if i < len(_ES_FIJOS):
            nombre, tipo, prov, muni = _ES_FIJOS[i]
        else:
            while True:
                nombre = f"{rng.choice(_ES_NOMBRES)} {rng.choice(_ES_APELLIDOS)} {rng.choice(_ES_APELLIDOS)}"
                if nombre not in nombres_usados:
                    break
            tipo = "agricultor"
            prov = rng.choices(provincias, [30, 22, 18, 12, 10, 8])[0]
            muni = rng.choice(_ES_MUNI[prov])
        nombres_usados.add(nombre)
        mail = None if rng.random() < 0.2 else f"contacto{i + 1}@{rng.choice(['gmail.com', 'hotmail.es', 'agro.es'])}"
        alta = day_between(rng, D(2016, 1, 1), D(2025, 5, 20))
        clientes.append((i + 1, nombre, tipo, prov, muni, mail, alta.isoformat()))
    cultivos_prov = {"Jaén": ["olivar"] * 6 + ["cereal"], "Córdoba": ["olivar", "olivar", "viñedo", "cereal"],
                     "Sevilla": ["cereal", "olivar", "cítricos", "cítricos"], "Granada": ["almendro", "olivar",
                                                                                      "hortícolas"],
                     "Almería": ["hortícolas", "hortícolas", "almendro"], "Málaga": ["cítricos", "almendro",
                                                                                   "olivar", "hortícolas"]}
    parcelas = []
    sin_muestras = {50, 53, 55}
    for c in clientes:
        n = {"agricultor": rng.choice([1, 1, 2, 3]), "cooperativa": rng.randint(4, 8), "empresa": rng.randint(2, 5),
             "administracion": rng.randint(1, 3)}[c[2]]
        for _ in range(n):
            prov = c[3]
            muni = c[4] if rng.random() < 0.7 else rng.choice(_ES_MUNI[prov])
            cultivo = rng.choice(cultivos_prov[prov])
            ha = round(rng.uniform(0.8, 12.0) if c[2] == "agricultor" else rng.uniform(2.0, 85.0), 2)
            regadio = "si" if cultivo in ("hortícolas", "cítricos") or rng.random() < 0.3 else "no"
            parcelas.append((len(parcelas) + 1, c[0], f"{rng.choice(_ES_FINCAS)} {rng.choice(_ES_PARAJES)}", muni,
                             ha, cultivo, regadio))
    tecnicos = [(1, "Inmaculada", "Ortega Ruiz", "jefe_laboratorio", "2011-02-01", "si"),
                (2, "Álvaro", "Méndez Castro", "analista", "2015-09-14", "si"),
                (3, "Rocío", "Fuentes Lara", "analista", "2019-03-04", "si"),
                (4, "Sergio", "Prieto Gil", "analista", "2021-10-18", "si"),
                (5, "Marta", "Calvo Reyes", "becario", "2024-02-05", "no"),
                (6, "Daniel", "Herrera Vidal", "becario", "2024-10-07", "si"),
                (7, "Beatriz", "Soto Aguilar", "analista", "2023-01-16", "si")]
    ensayos = [(1, "PH", "pH en agua (1:2,5)", "-", 6.5), (2, "CE", "Conductividad eléctrica", "dS/m", 6.0),
               (3, "MO", "Materia orgánica oxidable", "%", 12.0), (4, "P", "Fósforo asimilable (Olsen)", "mg/kg", 11.0),
               (5, "K", "Potasio asimilable", "mg/kg", 9.5), (6, "N", "Nitrógeno total (Kjeldahl)", "%", 14.0),
               (7, "CAL", "Caliza activa", "%", 10.0), (8, "B", "Boro asimilable", "mg/kg", 13.0)]
    precio = {e[0]: e[4] for e in ensayos}
    base_ph = {"olivar": 7.9, "viñedo": 8.1, "cereal": 7.6, "almendro": 7.8, "hortícolas": 7.3, "cítricos": 7.1}
    parc_por_cliente: dict[int, list[tuple[Any, ...]]] = {}
    for p in parcelas:
        parc_por_cliente.setdefault(p[1], []).append(p)
    activos = [c for c in clientes if c[0] not in sin_muestras]
    peso_cli = [{"cooperativa": 6, "empresa": 4, "administracion": 2, "agricultor": 1}[c[2]] for c in activos]
    muestras = []
    resultados = []
    facturable: dict[tuple[int, str], float] = {}
    dia = D(2024, 1, 8)
    motivos = ["muestra insuficiente", "mal etiquetada", "llegó fuera de plazo", "bolsa rota"]
    while dia <= END:
        mes = dia.month
        n_dia = rng.choice([0, 1, 2, 2, 3, 4]) if mes in (2, 3, 9, 10, 11) else rng.choice([0, 1, 1, 2])
        if dia.weekday() >= 5:
            n_dia = 0
        for _ in range(n_dia):
            cli = rng.choices(activos, peso_cli)[0]
            if D.fromisoformat(cli[6]) > dia:
                cli = activos[0]
            parc = rng.choice(parc_por_cliente[cli[0]])
            muestreo = dia - _days(rng.randint(1, 6))
            mid = len(muestras) + 1
            prof = rng.choice([30, 30, 30, 60])
            edad = (END - dia).days
            motivo = None
            if edad <= 5:
                estado = "pendiente"
            elif edad <= 14:
                estado = rng.choice(["pendiente", "en_analisis", "en_analisis"])
            elif rng.random() < 0.06:
                estado, motivo = "rechazada", rng.choice(motivos)
            else:
                estado = "finalizada"
            muestras.append((mid, f"S{dia.year % 100}-{mid:05d}", parc[0], muestreo.isoformat(), dia.isoformat(),
                             prof, estado, motivo))
            if estado in ("pendiente", "rechazada"):
                continue
            pedidos = [1, 2, 3, 4, 5]
            if rng.random() < 0.45:
                pedidos.append(6)
            if parc[5] in ("olivar", "viñedo", "almendro") and rng.random() < 0.6:
                pedidos.append(7)
            if rng.random() < 0.25:
                pedidos.append(8)
            if estado == "en_analisis":
                pedidos = pedidos[: rng.randint(1, 3)]
            disponibles = [t for t in tecnicos if t[4] <= dia.isoformat()
                           and not (t[0] == 5 and dia > D(2024, 12, 20))]
            tec = rng.choices(disponibles, [1 if t[0] == 1 else 3 for t in disponibles])[0]
            fres = dia + _days(rng.randint(2, 9) if estado == "finalizada" else rng.randint(1, 3))
            fres = min(fres, END)
            cult = parc[5]
            for e in pedidos:
                if e == 1:
                    v = round(base_ph[cult] + rng.gauss(0, 0.35) - (0.3 if parc[6] == "si" else 0), 2)
                elif e == 2:
                    v = round(rng.uniform(0.15, 1.2) + (rng.uniform(0.5, 3.5) if cult == "hortícolas" else 0), 2)
                elif e == 3:
                    v = round(rng.uniform(0.6, 2.6) + (0.8 if cult in ("hortícolas", "cítricos") else 0), 2)
                elif e == 4:
                    v = round(rng.uniform(4, 45) + (25 if cult == "hortícolas" else 0), 1)
                elif e == 5:
                    v = round(rng.uniform(120, 650), 0)
                elif e == 6:
                    v = round(rng.uniform(0.05, 0.22), 3)
                elif e == 7:
                    v = round(rng.uniform(1, 18), 1)
                else:
                    v = round(rng.uniform(0.2, 2.4), 2)
                resultados.append((len(resultados) + 1, mid, e, tec[0], fres.isoformat(), v))
            if estado == "finalizada":
                key = (cli[0], fres.strftime("%Y-%m"))
                facturable[key] = facturable.get(key, 0.0) + sum(precio[e] for e in pedidos)
        dia += _days(1)
    facturas = []
    for (cid, ym), imp in sorted(facturable.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        y, m = int(ym[:4]), int(ym[5:])
        emision = D(y + (m == 12), m % 12 + 1, 1)
        if emision > END:
            continue
        vence = emision + _days(30)
        if vence > END:
            estado = "pagada" if rng.random() < 0.4 else "pendiente"
        else:
            estado = "pagada" if rng.random() < 0.9 else "vencida"
        facturas.append((len(facturas) + 1, cid, emision.isoformat(), round(imp * 1.21, 2), estado))

    ddl = """
    CREATE TABLE cliente (id_cliente INTEGER PRIMARY KEY, nombre TEXT NOT NULL, tipo_cliente TEXT NOT NULL,
        provincia TEXT NOT NULL, municipio TEXT NOT NULL, email TEXT, fecha_alta TEXT NOT NULL);
    CREATE TABLE parcela (id_parcela INTEGER PRIMARY KEY, id_cliente INTEGER NOT NULL REFERENCES cliente(id_cliente),
        nombre_finca TEXT NOT NULL, municipio TEXT NOT NULL, superficie_ha REAL NOT NULL, cultivo TEXT NOT NULL,
        regadio TEXT NOT NULL);
    CREATE TABLE tecnico (id_tecnico INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL,
        puesto TEXT NOT NULL, fecha_incorporacion TEXT NOT NULL, activo TEXT NOT NULL);
    CREATE TABLE ensayo (id_ensayo INTEGER PRIMARY KEY, codigo TEXT NOT NULL UNIQUE, descripcion TEXT NOT NULL,
        unidad TEXT NOT NULL, precio_eur REAL NOT NULL);
    CREATE TABLE muestra (id_muestra INTEGER PRIMARY KEY, codigo TEXT NOT NULL UNIQUE,
        id_parcela INTEGER NOT NULL REFERENCES parcela(id_parcela), fecha_muestreo TEXT NOT NULL,
        fecha_recepcion TEXT NOT NULL, profundidad_cm INTEGER NOT NULL, estado TEXT NOT NULL, motivo_rechazo TEXT);
    CREATE TABLE resultado (id_resultado INTEGER PRIMARY KEY,
        id_muestra INTEGER NOT NULL REFERENCES muestra(id_muestra),
        id_ensayo INTEGER NOT NULL REFERENCES ensayo(id_ensayo),
        id_tecnico INTEGER NOT NULL REFERENCES tecnico(id_tecnico), fecha_resultado TEXT NOT NULL, valor REAL NOT NULL);
    CREATE TABLE factura (id_factura INTEGER PRIMARY KEY, id_cliente INTEGER NOT NULL REFERENCES cliente(id_cliente),
        fecha_emision TEXT NOT NULL, importe_eur REAL NOT NULL, estado_pago TEXT NOT NULL);
    """
    write_tables(path, ddl, {
        "cliente": clientes, "parcela": parcelas, "tecnico": tecnicos, "ensayo": ensayos, "muestra": muestras,
        "resultado": resultados, "factura": facturas,
    })


# ---------------------------------------------------------------------------------------------------------------
# buoynet: moored ocean buoy network (station metadata as entity-attribute-value rows; readings in milli-units)
# ---------------------------------------------------------------------------------------------------------------

def build_buoynet(path: Path) -> None:
    rng = random.Random(106_004)
    stations = [
        (1, "62092", "M2 Dublin Bay", "Irish Sea", 53.48, -5.43, "2001-04-12", None),
        (2, "62091", "M3 Mizen Head", "Celtic Sea", 51.22, -10.55, "2002-07-01", None),
        (3, "62093", "M4 Donegal Bay", "Atlantic", 55.00, -10.00, "2003-05-20", None),
        (4, "62094", "M5 Wexford", "Celtic Sea", 51.69, -6.70, "2004-09-10", None),
        (5, "62095", "M6 Porcupine Bank", "Atlantic", 53.07, -15.88, "2006-11-01", None),
        (6, "62081", "K2 Southwest Approaches", "Celtic Sea", 51.00, -13.30, "1994-06-15", None),
        (7, "64045", "K5 Rockall Trough", "Atlantic", 59.10, -11.40, "1996-08-01", None),
        (8, "62103", "Channel Lightship", "English Channel", 49.90, -2.90, "1999-03-10", None),
        (9, "62304", "Sandettie", "English Channel", 51.10, 1.80, "2000-10-05", None),
        (10, "62145", "Dogger Bank", "North Sea", 53.10, 2.80, "2005-04-18", None),
        (11, "64046", "K7 Shetland", "North Sea", 60.70, -4.50, "1998-07-22", "2024-11-20"),
        (12, "62170", "F3 Light Vessel", "North Sea", 51.24, 2.00, "2008-02-14", "2025-02-28"),
    ]
    attrs = {
        1: {"operator": "Marine Institute", "hull_type": "discus", "power_source": "solar", "telemetry": "4G",
            "water_depth_m": "95", "wave_sensor": "Datawell MkIII"},
        2: {"operator": "Marine Institute", "hull_type": "discus", "power_source": "solar", "telemetry": "Iridium",
            "water_depth_m": "150", "wave_sensor": "Datawell MkIII", "mooring": "inverse catenary"},
        3: {"operator": "Marine Institute", "hull_type": "discus", "power_source": "wind+solar",
            "telemetry": "Iridium", "water_depth_m": "1250", "wave_sensor": "TRIAXYS", "mooring": "inverse catenary"},
        4: {"operator": "Marine Institute", "hull_type": "discus", "power_source": "solar", "telemetry": "4G",
            "water_depth_m": "70"},
        5: {"operator": "Marine Institute", "hull_type": "NOMAD", "power_source": "wind+solar", "telemetry": "Iridium",
            "water_depth_m": "2100", "wave_sensor": "TRIAXYS", "mooring": "slack"},
        6: {"operator": "Met Office", "hull_type": "NOMAD", "power_source": "battery", "telemetry": "GOES",
            "water_depth_m": "3400", "wave_sensor": "Datawell MkIII", "mooring": "slack"},
        7: {"operator": "Met Office", "hull_type": "NOMAD", "power_source": "battery", "telemetry": "GOES",
            "water_depth_m": "1900", "wave_sensor": "Datawell MkIII", "mooring": "slack"},
        8: {"operator": "Met Office", "hull_type": "light vessel", "power_source": "battery", "telemetry": "GOES",
            "water_depth_m": "62", "wave_sensor": "Datawell MkIII"},
        9: {"operator": "Meteo-France", "hull_type": "light vessel", "power_source": "solar", "telemetry": "4G",
            "water_depth_m": "35"},
        10: {"operator": "Cefas", "hull_type": "spar", "power_source": "solar", "telemetry": "Iridium",
             "water_depth_m": "28", "wave_sensor": "TRIAXYS", "mooring": "taut"},
        11: {"operator": "Met Office", "hull_type": "NOMAD", "power_source": "battery", "telemetry": "GOES",
             "water_depth_m": "760", "wave_sensor": "Datawell MkIII", "mooring": "slack"},
        12: {"operator": "Cefas", "hull_type": "light vessel", "power_source": "battery", "telemetry": "GOES",
             "water_depth_m": "40"},
    }
    station_attr = [(sid, k, v) for sid in sorted(attrs) for k, v in attrs[sid].items()]
    region_temp = {"Irish Sea": (8.0, 15.5), "Celtic Sea": (10.0, 16.5), "Atlantic": (10.5, 15.0),
                   "English Channel": (9.0, 17.5), "North Sea": (6.0, 16.0)}
    region_wave = {"Irish Sea": 1300, "Celtic Sea": 2300, "Atlantic": 3300, "English Channel": 1200,
                   "North Sea": 1500}
    has_wave = {sid for sid in attrs if "wave_sensor" in attrs[sid]}
    obs = []
    day = D(2024, 7, 1)
    while day <= END:
        season = (day - D(day.year, 2, 15)).days / 365.25
        warm = (1 - math.cos(2 * math.pi * season)) / 2  # 0 mid-Feb, 1 mid-Aug
        storm = 1.0 + (0.9 * (1 - warm))
        for s in stations:
            sid = s[0]
            if s[7] is not None and day > D.fromisoformat(s[7]):
                continue
            if sid == 4 and day > D(2025, 6, 3):
                continue
            if rng.random() < 0.05:
                continue
            lo, hi = region_temp[s[3]]
            temp = round((lo + (hi - lo) * warm + rng.gauss(0, 0.35)) * 1000)
            wave = None
            period = None
            if sid in has_wave:
                wave = max(200, round(region_wave[s[3]] * storm * rng.lognormvariate(0, 0.35)))
                if day == D(2025, 1, 24) and s[3] in ("Atlantic", "Celtic Sea"):
                    wave = {5: 17_850, 3: 15_420, 2: 12_960, 6: 13_300, 7: 11_870}.get(sid, wave)
                period = round((4.0 + wave / 900 + rng.uniform(-0.6, 0.8)) * 1000)
            wind = round(max(0.5, rng.gauss(7.0 * storm, 2.5)) * 1000)
            pres = round(rng.gauss(101_300 - 900 * (storm - 1), 900))
            obs.append((sid, f"{day.isoformat()} 12:00", wave, period, temp, wind, pres))
        day += _days(1)
    obs_rows = [(i, *o) for i, o in enumerate(obs, start=1)]
    vessels = ["RV Celtic Explorer", "RV Prince Madog", "MV Granuaile", "RV Cefas Endeavour"]
    visits = []
    vday = D(2023, 3, 6)
    while vday <= D(2025, 6, 10):
        cand = [s for s in stations if s[7] is None or D.fromisoformat(s[7]) > vday]
        s = rng.choice(cand)
        vt = rng.choices(["routine", "repair", "redeployment"], [6, 3, 1])[0]
        ves = vessels[3] if s[0] in (10, 12) else rng.choice(vessels[:3])
        cost = {"routine": rng.randint(4, 12), "repair": rng.randint(9, 30), "redeployment": rng.randint(25, 60)}[vt]
        visits.append((len(visits) + 1, s[0], vday.isoformat(), vt, ves, cost * 1000 + rng.randint(0, 99) * 10))
        vday += _days(rng.randint(8, 30))
    visits.append((len(visits) + 1, 12, "2025-03-12", "recovery", vessels[3], 41_250))
    visits.append((len(visits) + 1, 11, "2024-11-27", "recovery", vessels[1], 38_600))

    ddl = """
    CREATE TABLE station (station_id INTEGER PRIMARY KEY, wmo_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        region TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL, deployed_on TEXT NOT NULL,
        retired_on TEXT);
    CREATE TABLE station_attr (station_id INTEGER NOT NULL REFERENCES station(station_id), attr_name TEXT NOT NULL,
        attr_value TEXT NOT NULL, PRIMARY KEY (station_id, attr_name));
    CREATE TABLE observation (obs_id INTEGER PRIMARY KEY, station_id INTEGER NOT NULL REFERENCES station(station_id),
        observed_at TEXT NOT NULL, wave_height_mm INTEGER, wave_period_ms INTEGER, sea_temp_mdegc INTEGER,
        wind_speed_mms INTEGER, pressure_pa INTEGER);
    CREATE TABLE service_visit (visit_id INTEGER PRIMARY KEY,
        station_id INTEGER NOT NULL REFERENCES station(station_id), visit_date TEXT NOT NULL,
        visit_type TEXT NOT NULL, vessel TEXT NOT NULL, cost_gbp INTEGER NOT NULL);
    """
    write_tables(path, ddl, {"station": stations, "station_attr": station_attr, "observation": obs_rows,
                       "service_visit": visits})


# ---------------------------------------------------------------------------------------------------------------
# psychlab: cognitive psychology lab (PascalCase names, 'Y'/'N' flags, reaction times in milliseconds)
# ---------------------------------------------------------------------------------------------------------------

def build_psychlab(path: Path) -> None:
    rng = random.Random(106_005)
    studies = [
        (1, "STROOP-24", "Stroop interference after sleep restriction", "Dr Helen Marsh", "2024-01-15", 30, "N"),
        (2, "NBACK-2", "Working memory load and caffeine", "Dr Raj Menon", "2024-03-04", 48, "N"),
        (3, "FLANK-ON", "Online flanker task", "Dr Helen Marsh", "2024-06-10", 90, "Y"),
        (4, "FACE-EM", "Recognition of emotional faces", "Dr Laura Chen", "2024-09-02", 90, "N"),
        (5, "SST-25", "Stop-signal task in older adults", "Dr Raj Menon", "2025-02-10", 36, "N"),
    ]
    conditions = {1: ["rested", "sleep-restricted"], 2: ["placebo", "caffeine"], 3: ["standard"],
                  4: ["neutral-mood", "sad-mood"], 5: ["standard"]}
    stimuli = {1: ["congruent", "incongruent"], 2: ["1-back", "2-back", "3-back"], 3: ["congruent", "incongruent"],
               4: ["happy", "sad", "angry", "neutral"], 5: ["go", "go", "go", "stop"]}
    base_rt = {"congruent": 560, "incongruent": 690, "1-back": 520, "2-back": 640, "3-back": 780, "happy": 610,
               "sad": 690, "angry": 660, "neutral": 720, "go": 540, "stop": 0}
    windows = {1: (D(2024, 2, 1), D(2024, 7, 31)), 2: (D(2024, 4, 1), D(2024, 12, 13)),
               3: (D(2024, 6, 17), D(2025, 3, 31)), 4: (D(2024, 10, 1), D(2025, 6, 13)),
               5: (D(2025, 3, 3), D(2025, 6, 13))}
    assistants = [(1, "Chloe Barker", "c.barker@psy.example.ac.uk", "2022-09-19", "Y"),
                  (2, "Imran Qureshi", "i.qureshi@psy.example.ac.uk", "2023-01-09", "Y"),
                  (3, "Beth Lawson", "b.lawson@psy.example.ac.uk", "2023-09-25", "N"),
                  (4, "Tom Whitfield", "t.whitfield@psy.example.ac.uk", "2024-02-12", "Y"),
                  (5, "Aisha Bello", "a.bello@psy.example.ac.uk", "2024-10-01", "Y")]
    participants = []
    for pid in range(1, 281):
        older = pid > 230
        by = rng.randint(1948, 1964) if older else rng.choice([rng.randint(1998, 2006), rng.randint(1975, 2005)])
        gender = rng.choices("FMX", [56, 40, 4])[0]
        hand = "L" if rng.random() < 0.12 else "R"
        src = ("Referral" if older and rng.random() < 0.6
               else rng.choices(["SONA", "Prolific", "Poster", "Referral"], [45, 35, 12, 8])[0])
        native = "N" if rng.random() < 0.22 else "Y"
        reg = day_between(rng, D(2024, 1, 20), D(2025, 6, 10)) if not older else day_between(rng, D(2025, 2, 15),
                                                                                 D(2025, 6, 5))
        participants.append([pid, f"P{pid:04d}", by, gender, hand, src, native, "N", reg])
    for p in rng.sample(participants[:230], 7):
        p[7] = "Y"
    sessions = []
    trials = []
    payments = []
    for p in participants:
        pid, reg, src = p[0], p[8], p[5]
        if pid > 230:
            options = [5]
        elif src == "Prolific":
            options = [3]
        else:
            options = [s for s in (1, 2, 4) if windows[s][1] >= reg] or [3]
        if rng.random() < 0.1:
            continue  # registered, never took part
        nst = 2 if (len(options) > 1 and rng.random() < 0.18) else 1
        for st in rng.sample(options, min(nst, len(options))):
            w0, w1 = windows[st]
            lo = max(w0, reg + _days(1))
            if lo > w1:
                continue
            sdate = day_between(rng, lo, w1)
            if sdate.weekday() >= 5 and st != 3:
                sdate -= _days(2)
                if sdate < lo:
                    continue
            cond = rng.choice(conditions[st])
            ra = None
            if st != 3:
                pool = [a for a in assistants if a[3] <= sdate.isoformat()
                        and not (a[0] == 3 and sdate > D(2024, 11, 30))]
                ra = rng.choice(pool)[0]
            completed = "N" if rng.random() < 0.07 else "Y"
            ntr = 12 if completed == "Y" else rng.randint(3, 8)
            sess_id = len(sessions) + 1
            slow = rng.uniform(0.85, 1.25) * (1.25 if st == 5 else 1.0)
            if cond in ("sleep-restricted",):
                slow *= 1.12
            if cond == "caffeine":
                slow *= 0.93
            n_err = 0
            for t in range(1, ntr + 1):
                stim = rng.choice(stimuli[st])
                if stim == "stop":
                    stopped = rng.random() < 0.55
                    rt = None if stopped else round(rng.gauss(470, 60) * slow)
                    ok = "Y" if stopped else "N"
                else:
                    timeout = rng.random() < 0.03
                    rt = None if timeout else max(220, round(rng.gauss(base_rt[stim], 90) * slow))
                    ok = "N" if timeout or rng.random() < (0.12 if stim in ("incongruent", "3-back") else 0.05) else "Y"
                n_err += ok == "N"
                trials.append((len(trials) + 1, sess_id, t, stim, rt, ok))
            excluded = "Y" if (completed == "Y" and (n_err >= 4 or rng.random() < 0.03)) else "N"
            start = f"{rng.choice([9, 10, 11, 13, 14, 15, 16]):02d}:{rng.choice(['00', '30'])}"
            dur = round((ntr * 9.5 + rng.uniform(8, 25) * 60 * (1 if completed == "Y" else 0.4)) * 1000)
            if st == 3:
                dur = round(rng.uniform(6, 14) * 60 * 1000)
            sessions.append((sess_id, st, pid, ra, sdate.isoformat(), start, cond, completed, excluded, dur))
            if completed == "Y" and src != "SONA":
                amount = {1: 1000, 2: 1000, 3: 250, 4: 800, 5: 1500}[st]
                method = "Prolific" if st == 3 else rng.choice(["cash", "voucher", "voucher", "bank transfer"])
                paid = min(END, sdate + _days(0 if method == "cash" else rng.randint(2, 14)))
                payments.append((sess_id, amount, paid.isoformat(), method))
    order = sorted(range(len(sessions)), key=lambda i: (sessions[i][4], sessions[i][5], sessions[i][0]))
    renum = {sessions[i][0]: n for n, i in enumerate(order, start=1)}
    sessions = sorted(((renum[s[0]], *s[1:]) for s in sessions), key=lambda s: s[0])
    trials = sorted(((t[0], renum[t[1]], *t[2:]) for t in trials), key=lambda t: (t[1], t[2]))
    trials = [(i, *t[1:]) for i, t in enumerate(trials, start=1)]
    payments = sorted((renum[p[0]], *p[1:]) for p in payments)
    payments = [(i, *p) for i, p in enumerate(payments, start=1)]
    participant_rows = [(*p[:8], p[8].isoformat()) for p in participants]

    ddl = """
    CREATE TABLE Studies (StudyId INTEGER PRIMARY KEY, StudyCode TEXT NOT NULL UNIQUE, Title TEXT NOT NULL,
        LeadResearcher TEXT NOT NULL, EthicsApprovedOn TEXT NOT NULL, TargetSample INTEGER NOT NULL,
        IsOnline TEXT NOT NULL);
    CREATE TABLE Participants (ParticipantId INTEGER PRIMARY KEY, ParticipantCode TEXT NOT NULL UNIQUE,
        BirthYear INTEGER NOT NULL, Gender TEXT NOT NULL, Handedness TEXT NOT NULL, RecruitedVia TEXT NOT NULL,
        NativeEnglish TEXT NOT NULL, ConsentWithdrawn TEXT NOT NULL, RegisteredOn TEXT NOT NULL);
    CREATE TABLE Assistants (AssistantId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Email TEXT NOT NULL,
        StartedOn TEXT NOT NULL, IsActive TEXT NOT NULL);
    CREATE TABLE Sessions (SessionId INTEGER PRIMARY KEY, StudyId INTEGER NOT NULL REFERENCES Studies(StudyId),
        ParticipantId INTEGER NOT NULL REFERENCES Participants(ParticipantId),
        AssistantId INTEGER REFERENCES Assistants(AssistantId), SessionDate TEXT NOT NULL, StartTime TEXT NOT NULL,
        Condition TEXT NOT NULL, Completed TEXT NOT NULL, Excluded TEXT NOT NULL, DurationMs INTEGER NOT NULL);
    CREATE TABLE Trials (TrialId INTEGER PRIMARY KEY, SessionId INTEGER NOT NULL REFERENCES Sessions(SessionId),
        TrialNo INTEGER NOT NULL, StimulusType TEXT NOT NULL, ResponseMs INTEGER, IsCorrect TEXT NOT NULL);
    CREATE TABLE Payments (PaymentId INTEGER PRIMARY KEY, SessionId INTEGER NOT NULL REFERENCES Sessions(SessionId),
        AmountPence INTEGER NOT NULL, PaidOn TEXT NOT NULL, Method TEXT NOT NULL);
    """
    write_tables(path, ddl, {"Studies": studies, "Participants": participant_rows, "Assistants": assistants,
                       "Sessions": sessions, "Trials": trials, "Payments": payments})


# ---------------------------------------------------------------------------------------------------------------
# entomology: museum insect collection (taxonomy tree through taxon.parent_id)
# ---------------------------------------------------------------------------------------------------------------

_TAXA = {
    ("Coleoptera", "beetles"): {
        ("Carabidae", "ground beetles"): {
            "Carabus": [("violaceus", "Linnaeus, 1758", "Violet ground beetle"),
                        ("nemoralis", "Müller, 1764", "Bronze carabid")],
            "Pterostichus": [("madidus", "Fabricius, 1775", "Black clock beetle"),
                             ("niger", "Schaller, 1783", None)],
            "Nebria": [("brevicollis", "Fabricius, 1792", None)],
        },
        ("Coccinellidae", "ladybirds"): {
            "Coccinella": [("septempunctata", "Linnaeus, 1758", "Seven-spot ladybird")],
            "Harmonia": [("axyridis", "Pallas, 1773", "Harlequin ladybird")],
            "Adalia": [("bipunctata", "Linnaeus, 1758", "Two-spot ladybird")],
        },
        ("Lucanidae", "stag beetles"): {
            "Lucanus": [("cervus", "Linnaeus, 1758", "Stag beetle")],
            "Dorcus": [("parallelipipedus", "Linnaeus, 1758", "Lesser stag beetle")],
        },
    },
    ("Lepidoptera", "butterflies and moths"): {
        ("Nymphalidae", "brush-footed butterflies"): {
            "Vanessa": [("atalanta", "Linnaeus, 1758", "Red admiral"), ("cardui", "Linnaeus, 1758", "Painted lady")],
            "Aglais": [("io", "Linnaeus, 1758", "Peacock"), ("urticae", "Linnaeus, 1758", "Small tortoiseshell")],
        },
        ("Papilionidae", "swallowtails"): {
            "Papilio": [("machaon", "Linnaeus, 1758", "Swallowtail")],
        },
        ("Noctuidae", "owlet moths"): {
            "Noctua": [("pronuba", "Linnaeus, 1758", "Large yellow underwing")],
            "Agrotis": [("exclamationis", "Linnaeus, 1758", "Heart and dart"),
                        ("ipsilon", "Hufnagel, 1766", "Dark sword-grass")],
        },
        ("Erebidae", "tiger moths and allies"): {
            "Arctia": [("caja", "Linnaeus, 1758", "Garden tiger")],
        },
    },
    ("Hymenoptera", "bees, wasps and ants"): {
        ("Apidae", "bees"): {
            "Bombus": [("terrestris", "Linnaeus, 1758", "Buff-tailed bumblebee"),
                       ("lapidarius", "Linnaeus, 1758", "Red-tailed bumblebee"),
                       ("pascuorum", "Scopoli, 1763", "Common carder bee")],
            "Apis": [("mellifera", "Linnaeus, 1758", "Western honey bee")],
        },
        ("Formicidae", "ants"): {
            "Formica": [("rufa", "Linnaeus, 1761", "Red wood ant")],
            "Lasius": [("niger", "Linnaeus, 1758", "Black garden ant")],
        },
        ("Vespidae", "social wasps"): {
            "Vespa": [("crabro", "Linnaeus, 1758", "European hornet")],
            "Vespula": [("vulgaris", "Linnaeus, 1758", "Common wasp")],
        },
    },
    ("Diptera", "true flies"): {
        ("Syrphidae", "hoverflies"): {
            "Episyrphus": [("balteatus", "De Geer, 1776", "Marmalade hoverfly")],
            "Eristalis": [("tenax", "Linnaeus, 1758", "Drone fly")],
            "Volucella": [("zonaria", "Poda, 1761", "Hornet mimic hoverfly")],
        },
        ("Tipulidae", "crane flies"): {
            "Tipula": [("paludosa", "Meigen, 1830", "Marsh crane fly"), ("oleracea", "Linnaeus, 1758", None)],
        },
    },
    ("Odonata", "dragonflies and damselflies"): {
        ("Libellulidae", "chasers, skimmers and darters"): {
            "Libellula": [("depressa", "Linnaeus, 1758", "Broad-bodied chaser"),
                          ("quadrimaculata", "Linnaeus, 1758", "Four-spotted chaser")],
            "Sympetrum": [("striolatum", "Charpentier, 1840", "Common darter")],
        },
        ("Aeshnidae", "hawkers"): {
            "Aeshna": [("cyanea", "Müller, 1764", "Southern hawker")],
            "Anax": [("imperator", "Leach, 1815", "Emperor dragonfly")],
        },
        ("Coenagrionidae", "pond damselflies"): {
            "Coenagrion": [("puella", "Linnaeus, 1758", "Azure damselfly")],
        },
    },
}
_LOCALITIES = {
    "United Kingdom": [("Wicken Fen", 2), ("Box Hill", 170), ("Cairngorms, Glenmore", 420), ("New Forest", 40),
                       ("Snowdon, Cwm Idwal", 390), ("Ben Lawers", 900), ("Dungeness", 3), ("Wytham Woods", 110)],
    "Ireland": [("Burren, Co. Clare", 150), ("Killarney National Park", 60)],
    "France": [("Camargue", 1), ("Col du Galibier", 2640), ("Foret de Fontainebleau", 120)],
    "Spain": [("Sierra Nevada, Hoya de la Mora", 2500), ("Donana", 5), ("Picos de Europa, Fuente De", 1090)],
    "Norway": [("Dovrefjell", 1250), ("Lofoten, Flakstad", 20)],
    "Switzerland": [("Val Mustair", 1880), ("Pilatus", 2050)],
}


def build_entomology(path: Path) -> None:
    rng = random.Random(106_006)
    taxa = []
    species_ids: list[int] = []
    genus_ids: list[int] = []
    order_of: dict[int, str] = {}
    for (order, ocommon), fams in _TAXA.items():
        oid = len(taxa) + 1
        taxa.append((oid, order, "order", None, None, ocommon))
        for (fam, fcommon), gens in fams.items():
            fid = len(taxa) + 1
            taxa.append((fid, fam, "family", oid, None, fcommon))
            for gen, spp in gens.items():
                gid = len(taxa) + 1
                taxa.append((gid, gen, "genus", fid, None, None))
                genus_ids.append(gid)
                order_of[gid] = order
                for epi, auth, common in spp:
                    sid = len(taxa) + 1
                    taxa.append((sid, f"{gen} {epi}", "species", gid, auth, common))
                    species_ids.append(sid)
                    order_of[sid] = order
    name_of = {t[0]: t[1] for t in taxa}
    empty = {sid for sid in species_ids if name_of[sid] in ("Volucella zonaria", "Anax imperator", "Formica rufa")}
    collectors = [(1, "Edward Meyrick", "Natural History Museum", 1950), (2, "Joan Procter", "Natural History Museum",
                                                                       1955),
                  (3, "Alan Stubbs", "Buglife", 1970), (4, "Margaret Fountaine", "Norwich Castle Museum", 1950),
                  (5, "Peter Skidmore", "Doncaster Museum", 1975), (6, "Ruth Hargreaves", "University of Leeds", 1995),
                  (7, "Tomas Lindahl", "Lund University", 2000), (8, "Isabel Ortega", "CSIC Granada", 2005),
                  (9, "Sam Okoye", "Natural History Museum", 2012), (10, "Grace Whitlock", "Natural History Museum",
                                                                     2016),
                  (11, "Ciaran Byrne", "National Museum of Ireland", 2010), (12, "Ana Ribeiro", "Volunteer", 2021)]
    collector_rows = [(c[0], c[1], c[2]) for c in collectors]
    methods = ["light trap", "pitfall trap", "malaise trap", "sweep net", "hand collected", "pan trap"]
    events = []
    for _ in range(340):
        col = rng.choices(collectors, [2, 2, 4, 2, 4, 6, 5, 5, 8, 9, 5, 6])[0]
        y0 = col[3]
        y1 = min(2025, y0 + 40)
        year = rng.randint(y0, y1)
        d = day_between(rng, D(year, 4, 1), D(year, 9, 30))
        if d > END:
            d = day_between(rng, D(2025, 4, 1), D(2025, 6, 10))
        country = rng.choices(list(_LOCALITIES), [60, 8, 10, 10, 6, 6])[0]
        loc, elev = rng.choice(_LOCALITIES[country])
        elev = max(0, elev + rng.randint(-30, 30))
        events.append([d, country, loc, elev, rng.choice(methods), col[0]])
    events.append([D(1898, 7, 14), "United Kingdom", "Wicken Fen", 2, "hand collected", 4])
    events.sort(key=lambda e: e[0])
    event_rows = [(i, f"EV{e[0].year}-{i:04d}", e[0].isoformat(), e[1], e[2], e[3], e[4], e[5])
                  for i, e in enumerate(events, start=1)]
    sp_w = {sid: rng.choice([1, 2, 3, 5, 8, 12]) for sid in species_ids}
    specimens = []
    for e in event_rows:
        eid, edate, method = e[0], D.fromisoformat(e[2]), e[6]
        n = 1 if edate.year < 1950 else rng.randint(1, 9)
        pool = [s for s in species_ids if s not in empty]
        if method == "light trap":
            pool = [s for s in pool if order_of[s] in ("Lepidoptera", "Diptera")]
        elif method == "pitfall trap":
            pool = [s for s in pool if order_of[s] in ("Coleoptera", "Hymenoptera")]
        for _ in range(n):
            tx = rng.choice(genus_ids) if rng.random() < 0.08 else rng.choices(pool, [sp_w[s] for s in pool])[0]
            order = order_of[tx]
            stage = "A"
            if order == "Odonata" and rng.random() < 0.2:
                stage = "N"
            elif order in ("Lepidoptera", "Coleoptera", "Diptera") and rng.random() < 0.08:
                stage = rng.choice("LP")
            sex = rng.choices("MFU", [45, 45, 10])[0] if stage == "A" else "U"
            if stage != "A" or (order == "Diptera" and rng.random() < 0.5):
                prep = "ethanol"
            elif order in ("Lepidoptera", "Odonata") and rng.random() < 0.3:
                prep = "papered"
            elif rng.random() < 0.04:
                prep = "slide"
            else:
                prep = "pinned"
            cat = min(END, edate + _days(rng.randint(20, 900)))
            specimens.append([tx, eid, sex, stage, None, prep, cat])
    specimens.sort(key=lambda s: (s[6], s[1]))
    for i in rng.sample(range(len(specimens)), 9):
        if specimens[i][3] == "A" and taxa[specimens[i][0] - 1][2] == "species":
            specimens[i][4] = "holotype" if i % 3 == 0 else "paratype"
    spec_rows = []
    for i, s in enumerate(specimens, start=1):
        drawer = f"{order_of[s[0]][:3].upper()}-{rng.randint(1, 40):02d}"
        spec_rows.append((i, f"ENT-{i + 20000:06d}", s[0], s[1], s[2], s[3], s[4], s[5], drawer, s[6].isoformat()))
    borrowers = [("Dr Karen Holt", "Oxford University Museum"), ("Prof. Jens Aagaard", "Natural History Museum of "
                                                                                    "Denmark"),
                 ("Dr Lucia Ferri", "Museo di Storia Naturale, Florence"), ("Dr Owen Price", "National Museum Wales"),
                 ("Dr Mei Tanaka", "Kyushu University Museum"), ("Dr Paul Girard", "MNHN Paris")]
    loans = []
    loan_items = []
    lday = D(2022, 2, 7)
    on_loan: set[int] = set()
    while lday <= D(2025, 6, 2):
        bi = rng.choices(range(6), [5, 3, 4, 2, 1, 3])[0]
        due = lday + _days(rng.choice([90, 180, 180, 365]))
        ret = due + _days(rng.randint(-60, 40))
        returned = ret.isoformat() if ret <= END and rng.random() < 0.9 else None
        lid = len(loans) + 1
        loans.append((lid, borrowers[bi][0], borrowers[bi][1], lday.isoformat(), due.isoformat(), returned))
        cand = [s for s in spec_rows if s[9] <= lday.isoformat() and s[0] not in on_loan]
        for s in rng.sample(cand, rng.randint(2, 12)):
            loan_items.append((lid, s[0]))
            if returned is None:
                on_loan.add(s[0])
        lday += _days(rng.randint(20, 75))

    ddl = """
    CREATE TABLE taxon (taxon_id INTEGER PRIMARY KEY, scientific_name TEXT NOT NULL UNIQUE, rank TEXT NOT NULL,
        parent_id INTEGER REFERENCES taxon(taxon_id), authority TEXT, common_name TEXT);
    CREATE TABLE collector (collector_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, affiliation TEXT NOT NULL);
    CREATE TABLE collecting_event (event_id INTEGER PRIMARY KEY, event_code TEXT NOT NULL UNIQUE,
        collected_on TEXT NOT NULL, country TEXT NOT NULL, locality TEXT NOT NULL, elevation_m INTEGER NOT NULL,
        method TEXT NOT NULL, collector_id INTEGER NOT NULL REFERENCES collector(collector_id));
    CREATE TABLE specimen (specimen_id INTEGER PRIMARY KEY, catalog_number TEXT NOT NULL UNIQUE,
        taxon_id INTEGER NOT NULL REFERENCES taxon(taxon_id),
        event_id INTEGER NOT NULL REFERENCES collecting_event(event_id), sex TEXT NOT NULL, life_stage TEXT NOT NULL,
        type_status TEXT, preservation TEXT NOT NULL, drawer TEXT NOT NULL, catalogued_on TEXT NOT NULL);
    CREATE TABLE loan (loan_id INTEGER PRIMARY KEY, borrower TEXT NOT NULL, institution TEXT NOT NULL,
        sent_on TEXT NOT NULL, due_on TEXT NOT NULL, returned_on TEXT);
    CREATE TABLE loan_item (loan_id INTEGER NOT NULL REFERENCES loan(loan_id),
        specimen_id INTEGER NOT NULL REFERENCES specimen(specimen_id), PRIMARY KEY (loan_id, specimen_id));
    """
    write_tables(path, ddl, {"taxon": taxa, "collector": collector_rows, "collecting_event": event_rows,
                       "specimen": spec_rows, "loan": loans, "loan_item": loan_items})


BUILDERS: dict[str, Callable[[Path], None]] = {
    "beamline": build_beamline,
    "radiocarbon": build_radiocarbon,
    "suelos": build_suelos,
    "buoynet": build_buoynet,
    "psychlab": build_psychlab,
    "entomology": build_entomology,
}
