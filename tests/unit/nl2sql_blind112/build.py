"""Six synthetic databases on health, science and the environment for the 112th blind corpus of the offline
translator.  Every database is deterministic (its own ``random.Random`` seed); the data ends on 2025-06-14 and
"today" is 2025-06-15.  Dates are ISO text 'YYYY-MM-DD'; times of day are separate 'HH:MM' text columns (24-hour
clock).  Every schema declares its foreign keys.

allergyclinic -- an NHS-style hospital allergy clinic; very short names.
    clin: the clinic's clinicians.  clin_id; nm (full name "First Last"); role: 'CONS' consultant, 'REG'
        specialist registrar, 'NS' clinical nurse specialist; sup_id -> clin.clin_id, the clinician's direct
        supervisor (NULL for the two consultants); active 'Y' still works here / 'N' has left.
    pt: patients referred to the clinic.  pt_id; nm (full name); dob date of birth (1938-2019, children too);
        sex 'F'/'M'; reg_dt the date the referral was registered (2022-01-07 .. 2025-06-03).  About 6% of
        patients have not been seen yet (no encounter).
    enc: encounters (appointments), 2022-02-03 .. 2025-06-13, weekdays only.  enc_id; pt_id -> pt; clin_id ->
        clin (who saw the patient); dt the date; tm the booked start time 'HH:MM' (08:30 .. 17:45); dur_s the
        length of the consultation in seconds (NULL when the patient did not attend); typ: 'NEW' first
        appointment, 'FU' face-to-face follow-up, 'TEL' telephone consultation; dna 'Y' = did not attend (the
        patient missed the appointment), 'N' attended.
    icd: ICD-10 diagnosis codes used by the clinic.  code (e.g. 'J30.1'); descr its description ('Allergic
        rhinitis due to pollen', 'Predominantly allergic asthma', 'Anaphylactic shock due to adverse food
        reaction', ...).
    dx: diagnoses recorded at an attended encounter; a link table with the composite key (enc_id, code).
        enc_id -> enc; code -> icd; prim 'Y' the primary diagnosis of that encounter, 'N' secondary.
    rx: prescriptions.  rx_id; enc_id -> enc; drug (e.g. 'Cetirizine', 'Adrenaline auto-injector',
        'Mometasone nasal spray'); dose_mg the dose in milligrams (NULL for creams and eye drops); freq 'OD' once
        daily, 'BD' twice daily, 'PRN' as needed; days the length of the course in days (NULL for PRN).
    obs: allergy test results.  obs_id; enc_id -> enc; kind 'SPT' skin prick test (done at the first
        appointment) or 'IGE' specific IgE blood test; allergen ('Grass pollen', 'Peanut', 'Cat dander', ...);
        val the result (wheal diameter in mm for SPT, kU/L for IGE); u the unit ('mm' or 'kU/L'); res 'POS'
        positive (SPT wheal >= 3 mm, IgE >= 0.35 kU/L) or 'NEG' negative.

microplastics -- a river, estuary and beach microplastics survey; mixed-case quoted identifiers.
    "Site": sampling sites.  "SiteID"; "SiteName"; "WaterBody" 'River', 'Estuary', 'Beach' or 'Lake'; "Region"
        ('Thames', 'Severn', 'Humber', 'Mersey', 'Solent', 'Inland'); "Lat", "Lon" in decimal degrees.  Bala
        Lake has never been sampled.
    "Collector": people who take samples.  "CollectorID"; "FullName"; "Organisation"; "IsVolunteer" 'Y' a
        volunteer, 'N' paid staff.  Two collectors have never taken a sample.
    "Batch": laboratory analysis batches, fortnightly 2023-04-06 .. 2025-05-29.  "BatchID"; "AnalysedOn" date;
        "Instrument" 'FTIR' or 'RAMAN' (the spectrometer used to identify polymers); "AnalystName".
    "Sample": field samples, 2023-03-01 .. 2025-06-12.  "SampleID" text like 'MP-2024-0031'; "SiteID" -> "Site";
        "CollectorID" -> "Collector"; "CollectedOn" date; "CollectedAt" time 'HH:MM' (06:00 .. 16:45);
        "Matrix" 'WATER' (filtered surface water) or 'SEDIMENT'; "VolumeL" litres of water filtered (water
        samples only, else NULL); "DryMassG" dry mass of sediment in grams (sediment samples only, else NULL);
        "Status" 'ANALYSED', 'PENDING' (waiting for the lab) or 'VOID' (contaminated, discarded); "BatchID" ->
        "Batch" (NULL unless analysed).  An analysed sample may hold no particle at all.
    "Polymer": polymer types.  "PolymerCode" ('PE', 'PP', 'PS', 'PET', 'PA', 'PVC', 'ACR', 'PU'); "PolymerName"
        ('Polyethylene', 'Polypropylene', ...); "Density" in g/cm3.
    "Particle": each microplastic particle found in an analysed sample.  "ParticleID"; "SampleID" -> "Sample";
        "PolymerCode" -> "Polymer" (NULL when the polymer could not be identified); "Shape" 'FIBRE',
        'FRAGMENT', 'FILM', 'PELLET' or 'FOAM'; "SizeUm" the longest dimension in micrometres (20 .. 4990);
        "Colour" (NULL when not noted).

wildliferehab -- a wildlife rescue and rehabilitation centre in Dorset; Access-style ``tbl`` prefixes.
    tblSpecies: SpeciesID; CommonName ('Hedgehog', 'Wood Pigeon', 'Red Fox', ...); LatinName; SpeciesGroup
        'MAMMAL', 'BIRD', 'REPTILE' or 'AMPHIBIAN'.  The otter has never been admitted.
    tblVolunteer: VolID; FirstName; LastName; VolRole 'VET', 'CARER' (treats animals) or 'DRIVER' (collects
        animals); MentorID -> tblVolunteer.VolID, the experienced volunteer who mentors this one (NULL for
        none); JoinedOn date; IsActive 'Y'/'N'.
    tblReleaseSite: SiteID; SiteName; Habitat ('Woodland', 'Garden', 'Farmland', 'Wetland', 'Coast', 'Urban park').
    tblAdmission: one row per animal taken in, 2021-01-02 .. 2025-06-14.  AdmID; SpeciesID -> tblSpecies;
        AdmDate; AdmTime 'HH:MM' (07:00 .. 23:29); Reason: 'RTA' road traffic accident, 'CAT' cat attack,
        'DOG' dog attack, 'ORPH' orphaned, 'UNDW' underweight juvenile (autumn hedgehogs), 'ILL' illness,
        'ENTG' entanglement, 'WIN' window strike, 'FALL' fell from a nest or building; WeightInG weight on
        admission in grams (NULL when not weighed); FoundTown where the animal was found; CollectedByVolID ->
        tblVolunteer, the driver who fetched it (NULL when a member of the public brought it in); Outcome 'REL'
        released, 'DIED', 'EUTH' euthanised (put to sleep), 'TRF' transferred to another centre, NULL still in
        care; OutcomeDate (NULL while in care); ReleaseSiteID -> tblReleaseSite (released animals only).
    tblTreatment: TrtID; AdmID -> tblAdmission; TrtDate; VolID -> tblVolunteer (who gave it); Treatment
        ('Metacam', 'Baytril', 'Ivermectin', 'Panacur', 'Fluids', 'Wound clean', 'Tube feed'); DoseMg in
        milligrams (NULL for procedures).
    tblWeighIn: weekly weights of mammals in care for more than a week.  WeighID; AdmID -> tblAdmission;
        WeighDate; WeightG in grams.

butterflies -- a butterfly monitoring scheme (Pollard walks on fixed transects); snake_case names with a
        plural/singular mix and a link table with a composite key.
    recorders: volunteers who walk the transects.  recorder_id; first_name; last_name; email (NULL when not
        given); joined_year.  Four recorders have never done a walk.
    transect: fixed routes.  transect_id; name ('Ridgeway Down', 'Castle Hill', ...); county; habitat;
        started_year.
    section: the numbered stretches of a transect.  section_id; transect_id -> transect; section_no (1, 2, ...
        along the route); habitat; length_m in metres (a transect's length is the sum of its sections).
    walks: one recorded walk of a whole transect, weekly-ish from April to September, 2022-04-01 .. 2025-06-14.
        walk_id; transect_id -> transect; recorder_id -> recorders; walk_date; start_time 'HH:MM'; duration_s
        the time the walk took in seconds; temp_c air temperature in degrees C (NULL when not noted); sun_frac
        the fraction of the walk in sunshine, 0-1 (NULL when not noted); wind_bft wind force on the Beaufort
        scale 0-12 (NULL when not noted).
    species: species_id; common_name ('Meadow Brown', 'Red Admiral', ...); sci_name; family ('Nymphalidae',
        'Pieridae', 'Lycaenidae', 'Hesperiidae').  The Purple Emperor has never been recorded.
    sighting: the count of one species on one section during one walk; composite key (walk_id, section_id,
        species_id), each -> walks, section, species; n the number of butterflies counted.  A walk may record
        no butterflies at all.

hydroacoustics -- passive acoustic monitoring of whales, dolphins and porpoises from seabed hydrophones;
        ``t_`` prefixed tables, 'Y'/'N' flags with a ``_yn`` suffix.
    t_station: station_id; station_code ('HS01' ..); station_name ('Celtic Deep', 'Dogger Bank', ...); depth_m
        water depth in metres; sea_area; lat, lon.
    t_deployment: one period a recorder sat on the seabed at a station, 2022-03-05 .. today.  deployment_id;
        station_id -> t_station; deployed_on; recovered_on (NULL while the recorder is still in the water);
        recorder_model ('SoundTrap ST600', 'SoundTrap ST500', 'AMAR G4'); sample_rate_hz in hertz.
    t_species: species_code ('HPW' humpback whale, 'FW' fin whale, 'MW' minke whale, 'SW' sperm whale, 'BND'
        bottlenose dolphin, 'CD' common dolphin, 'RD' Risso's dolphin, 'HP' harbour porpoise, 'UNK'
        unidentified); common_name; baleen_yn 'Y' for baleen whales (humpback, fin, minke), else 'N'.
    t_analyst: analyst_id; nm (full name); institute.
    t_detection: one detected call or click train, 2022-03-09 .. 2025-06-14.  det_id; deployment_id ->
        t_deployment; species_code -> t_species; det_date; det_time 'HH:MM' (UTC); dur_s duration in seconds;
        snr_db signal-to-noise ratio in dB; validated_yn 'Y' checked by an analyst, 'N' not yet validated;
        analyst_id -> t_analyst (who validated it; NULL when not validated).
    t_noise: weekly (Wednesday) ambient noise levels.  noise_id; deployment_id -> t_deployment; obs_date; band
        'LF' low (10-100 Hz), 'MF' mid (100 Hz-2 kHz) or 'HF' high frequency (2-20 kHz); spl_db sound pressure
        level in dB re 1 uPa.

seagrass -- a seagrass meadow restoration project run by volunteer divers; plural snake_case tables, fractions
        stored 0-1, a team-lead self-reference.
    meadows: meadow_id; name ('Studland Bay', 'Porthdinllaen', ...); area (the county or sound); size_ha area
        in hectares; protected_yn 'Y' inside a marine protected area, 'N' not.
    plots: restoration and control plots.  plot_id; meadow_id -> meadows; plot_code ('SB-01', ...); method
        'SEED' (seed bags), 'SHOOT' (transplanted shoots) or 'CONTROL' (natural meadow, nothing planted);
        established_on; depth_m in metres.
    divers: diver_id; first_name; last_name; cert_level ('Instructor', 'Dive Leader', 'Sports Diver', 'Ocean
        Diver'); team_lead_id -> divers.diver_id, the leader of the diver's team (NULL for the leads and for
        divers without a team).
    dives: one diver's dive at a meadow, 2022-04-01 .. 2025-06-14.  dive_id; diver_id -> divers; meadow_id ->
        meadows; dive_date; entry_time 'HH:MM' (time in the water); bottom_time_s bottom time in seconds;
        max_depth_m; water_temp_c in degrees C (NULL when the computer failed).
    surveys: a quadrat survey of a plot made during a dive (its date is the dive's).  survey_id; plot_id ->
        plots; dive_id -> dives; cover_frac seagrass cover as a fraction 0-1; shoots_per_m2 shoot density;
        canopy_cm canopy height in cm (NULL when not measured); epiphyte_frac fraction 0-1 of leaves covered by
        epiphytes (NULL when not assessed).
    plantings: planting_id; plot_id -> plots; planted_on (2021-10-19 .. 2025-04-24); unit_type 'SEED_BAG' or
        'SHOOT'; units the number of seed bags or shoots planted; survival_frac the fraction 0-1 that survived
        after six months (NULL when not yet assessed).
    cores: biomass cores.  core_id; plot_id -> plots; taken_on (2022-06-03 .. 2025-06-10); above_g above-ground
        dry biomass in grams; below_g below-ground (roots and rhizomes) dry biomass in grams.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import full_names, iso, write_tables

END = dt.date(2025, 6, 14)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _pick(r: random.Random, weighted: list[tuple[object, float]]) -> object:
    items = [k for k, _ in weighted]
    weights = [w for _, w in weighted]
    return r.choices(items, weights=weights)[0]


# ---------------------------------------------------------------------------------------------------------------
# allergyclinic
# ---------------------------------------------------------------------------------------------------------------

_CLIN = [
    # clin_id, nm, role, sup_id, active, weight of encounters
    (1, "Helen Ashworth", "CONS", None, "Y", 14),
    (2, "Rajesh Menon", "CONS", None, "Y", 11),
    (3, "Tessa Varga", "REG", 1, "Y", 16),
    (4, "Oscar Lindqvist", "REG", 1, "Y", 9),
    (5, "Farah Haddad", "REG", 2, "Y", 13),
    (6, "Bruno Costa", "REG", 2, "N", 4),
    (7, "Keiko Nakamura", "NS", 3, "Y", 10),
    (8, "Liam Brennan", "NS", 3, "Y", 7),
    (9, "Nadia Petrov", "NS", 5, "Y", 8),
    (10, "Amara Oduya", "NS", 1, "Y", 6),
    (11, "Jonas Eriksen", "NS", 4, "N", 3),
    (12, "Yara Delgado", "NS", 5, "Y", 5),
]

_ICD = [
    ("J30.1", "Allergic rhinitis due to pollen"),
    ("J30.3", "Other allergic rhinitis"),
    ("J45.0", "Predominantly allergic asthma"),
    ("L20.9", "Atopic dermatitis, unspecified"),
    ("L50.0", "Allergic urticaria"),
    ("T78.0", "Anaphylactic shock due to adverse food reaction"),
    ("T78.1", "Other adverse food reactions"),
    ("T63.4", "Toxic effect of venom of other arthropods"),
    ("Z88.0", "Allergy status to penicillin"),
    ("H10.1", "Acute atopic conjunctivitis"),
    ("T78.4", "Allergy, unspecified"),
    ("K52.2", "Allergic and dietetic gastroenteritis and colitis"),
]

# condition -> (weight, allergens it goes with, drugs it goes with)
_COND = {
    "J30.1": (
        30,
        ["Grass pollen", "Birch pollen"],
        [("Cetirizine", 10, "OD"), ("Mometasone nasal spray", 0.1, "OD"), ("Fexofenadine", 180, "OD")],
    ),
    "J30.3": (
        14,
        ["House dust mite", "Cat dander", "Dog dander"],
        [("Loratadine", 10, "OD"), ("Mometasone nasal spray", 0.1, "OD")],
    ),
    "J45.0": (
        16,
        ["House dust mite", "Cat dander", "Grass pollen"],
        [("Montelukast", 10, "OD"), ("Beclometasone inhaler", 0.2, "BD")],
    ),
    "L20.9": (10, ["Egg", "Milk", "House dust mite"], [("Hydrocortisone 1% cream", None, "BD")]),
    "L50.0": (8, ["Latex", "Peanut"], [("Fexofenadine", 180, "OD"), ("Cetirizine", 10, "BD")]),
    "T78.0": (5, ["Peanut", "Hazelnut", "Shrimp"], [("Adrenaline auto-injector", 0.3, "PRN")]),
    "T78.1": (
        12,
        ["Peanut", "Hazelnut", "Egg", "Milk", "Shrimp"],
        [("Adrenaline auto-injector", 0.3, "PRN"), ("Cetirizine", 10, "PRN")],
    ),
    "T63.4": (4, ["Wasp venom", "Bee venom"], [("Adrenaline auto-injector", 0.3, "PRN")]),
    "Z88.0": (5, ["Latex"], []),
    "H10.1": (6, ["Grass pollen", "Birch pollen", "Cat dander"], [("Olopatadine eye drops", None, "BD")]),
    "T78.4": (3, ["Dog dander"], [("Cetirizine", 10, "OD")]),
    "K52.2": (2, ["Milk", "Egg"], [("Prednisolone", 30, "OD")]),
}
_ALLERGENS = [
    "Grass pollen",
    "Birch pollen",
    "House dust mite",
    "Cat dander",
    "Dog dander",
    "Peanut",
    "Hazelnut",
    "Egg",
    "Milk",
    "Shrimp",
    "Wasp venom",
    "Bee venom",
    "Latex",
]


def build_allergyclinic(path: Path) -> None:
    r = random.Random(112001)
    ddl = """
    CREATE TABLE clin (
        clin_id INTEGER PRIMARY KEY,
        nm TEXT NOT NULL,
        role TEXT NOT NULL,
        sup_id INTEGER REFERENCES clin(clin_id),
        active TEXT NOT NULL
    );
    CREATE TABLE pt (
        pt_id INTEGER PRIMARY KEY,
        nm TEXT NOT NULL,
        dob TEXT NOT NULL,
        sex TEXT NOT NULL,
        reg_dt TEXT NOT NULL
    );
    CREATE TABLE enc (
        enc_id INTEGER PRIMARY KEY,
        pt_id INTEGER NOT NULL REFERENCES pt(pt_id),
        clin_id INTEGER NOT NULL REFERENCES clin(clin_id),
        dt TEXT NOT NULL,
        tm TEXT NOT NULL,
        dur_s INTEGER,
        typ TEXT NOT NULL,
        dna TEXT NOT NULL
    );
    CREATE TABLE icd (
        code TEXT PRIMARY KEY,
        descr TEXT NOT NULL
    );
    CREATE TABLE dx (
        enc_id INTEGER NOT NULL REFERENCES enc(enc_id),
        code TEXT NOT NULL REFERENCES icd(code),
        prim TEXT NOT NULL,
        PRIMARY KEY (enc_id, code)
    );
    CREATE TABLE rx (
        rx_id INTEGER PRIMARY KEY,
        enc_id INTEGER NOT NULL REFERENCES enc(enc_id),
        drug TEXT NOT NULL,
        dose_mg REAL,
        freq TEXT NOT NULL,
        days INTEGER
    );
    CREATE TABLE obs (
        obs_id INTEGER PRIMARY KEY,
        enc_id INTEGER NOT NULL REFERENCES enc(enc_id),
        kind TEXT NOT NULL,
        allergen TEXT NOT NULL,
        val REAL NOT NULL,
        u TEXT NOT NULL,
        res TEXT NOT NULL
    );
    """
    clin = [c[:5] for c in _CLIN]
    clin_w = [(c[0], c[5]) for c in _CLIN]
    start = dt.date(2022, 1, 4)
    names = full_names(r, 430, exclude=[c[1] for c in _CLIN])
    pt, enc, dx, rx, obs = [], [], [], [], []
    used_dob: set[str] = set()
    conds = [(k, v[0]) for k, v in _COND.items()]
    for pid in range(1, 431):
        while True:
            dob = dt.date(1938, 1, 1) + dt.timedelta(days=r.randrange(365 * 82))
            if dob.isoformat() not in used_dob:
                used_dob.add(dob.isoformat())
                break
        reg = start + dt.timedelta(days=r.randrange((END - start).days - 10))
        pt.append((pid, names[pid - 1], iso(dob), r.choice("FFFMM"), iso(reg)))
        mine: list[str] = []
        for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
            c = str(_pick(r, conds))
            if c not in mine:
                mine.append(c)
        if r.random() < 0.06:
            continue  # referred, not yet seen
        when = reg + dt.timedelta(days=r.randrange(10, 70))
        first = True
        lead = _pick(r, clin_w)
        while when <= END:
            if when.weekday() >= 5:
                when += dt.timedelta(days=7 - when.weekday())
                continue
            typ = "NEW" if first else ("TEL" if r.random() < 0.3 else "FU")
            cid = lead if r.random() < 0.6 else _pick(r, clin_w)
            if cid in (6, 11) and when > dt.date(2024, 9, 30):
                cid = 3 if cid == 6 else 7
            dna = "Y" if (typ != "TEL" and r.random() < 0.09) else "N"
            mean = {"NEW": 2400, "FU": 1200, "TEL": 540}[typ]
            dur = None if dna == "Y" else max(240, int(r.gauss(mean, mean * 0.25)))
            slot = 8 * 60 + 30 + 15 * r.randrange(34)
            if typ == "TEL" and r.random() < 0.3:
                slot = 17 * 60 + 15 * r.randrange(4)
            eid = len(enc) + 1
            enc.append((eid, pid, cid, iso(when), _hhmm(slot), dur, typ, dna))
            if dna == "N":
                k = 1 if (len(mine) == 1 or r.random() < 0.5) else 2
                for j, c in enumerate(mine[:k]):
                    dx.append((eid, c, "Y" if j == 0 else "N"))
                if first or r.random() < 0.12:
                    panel = set(_ALLERGENS[:5]) if first else set()
                    for c in mine:
                        panel.update(_COND[c][1])
                    kind = "SPT" if first else "IGE"
                    sens: list[str] = []
                    for c in mine:
                        sens.extend(_COND[c][1])
                    for a in [x for x in _ALLERGENS if x in panel]:
                        pos = (a in sens and r.random() < 0.75) or r.random() < 0.07
                        if kind == "SPT":
                            val = float(r.randint(3, 14)) if pos else float(r.choice([0, 0, 0, 1, 1, 2]))
                            obs.append((len(obs) + 1, eid, kind, a, val, "mm", "POS" if val >= 3 else "NEG"))
                        else:
                            val = round(r.uniform(0.35, 60.0), 2) if pos else round(r.uniform(0.0, 0.34), 2)
                            obs.append((len(obs) + 1, eid, kind, a, val, "kU/L", "POS" if val >= 0.35 else "NEG"))
                drugs = [d for c in mine for d in _COND[c][2]]
                if drugs and (first or r.random() < 0.45):
                    d = r.choice(drugs)
                    days = None if d[2] == "PRN" else r.choice([28, 28, 30, 56, 90])
                    rx.append((len(rx) + 1, eid, d[0], d[1], d[2], days))
            first = False
            gap = r.choice([30, 60, 90, 120, 180, 180, 270, 365])
            if r.random() < 0.18:
                break  # discharged
            when += dt.timedelta(days=gap + r.randrange(-5, 6))
    write_tables(
        path, ddl, [("clin", clin), ("icd", _ICD), ("pt", pt), ("enc", enc), ("dx", dx), ("rx", rx), ("obs", obs)]
    )


# ---------------------------------------------------------------------------------------------------------------
# microplastics
# ---------------------------------------------------------------------------------------------------------------

_MP_SITES = [
    ("Putney Embankment", "River", "Thames", 51.4672, -0.2160, 1.6),
    ("Greenwich Foreshore", "Estuary", "Thames", 51.4836, -0.0090, 2.2),
    ("Southend Pier", "Estuary", "Thames", 51.5170, 0.7150, 1.4),
    ("Teddington Lock", "River", "Thames", 51.4300, -0.3240, 1.1),
    ("Canvey Point", "Beach", "Thames", 51.5300, 0.6260, 1.5),
    ("Gloucester Docks", "River", "Severn", 51.8600, -2.2500, 0.9),
    ("Severn Beach", "Estuary", "Severn", 51.5600, -2.6650, 1.3),
    ("Clevedon Pier", "Beach", "Severn", 51.4440, -2.8600, 0.8),
    ("Lydney Harbour", "Estuary", "Severn", 51.7110, -2.5240, 0.7),
    ("Hull Marina", "Estuary", "Humber", 53.7400, -0.3360, 1.7),
    ("Spurn Point", "Beach", "Humber", 53.5790, 0.1130, 0.6),
    ("Goole Reach", "River", "Humber", 53.7030, -0.8700, 1.0),
    ("Cleethorpes Sands", "Beach", "Humber", 53.5580, -0.0220, 1.2),
    ("Warrington Bridge", "River", "Mersey", 53.3870, -2.5930, 1.9),
    ("Otterspool Prom", "Estuary", "Mersey", 53.3640, -2.9380, 1.8),
    ("Crosby Beach", "Beach", "Mersey", 53.4870, -3.0470, 1.3),
    ("New Brighton", "Beach", "Mersey", 53.4400, -3.0440, 1.0),
    ("Hamble Point", "Estuary", "Solent", 50.8530, -1.3140, 0.9),
    ("Calshot Spit", "Beach", "Solent", 50.8190, -1.3080, 0.8),
    ("Lepe Beach", "Beach", "Solent", 50.7850, -1.3540, 0.7),
    ("Itchen Bridge", "River", "Solent", 50.8990, -1.3880, 1.2),
    ("Windermere Bowness", "Lake", "Inland", 54.3630, -2.9210, 0.5),
    ("Rutland Water North", "Lake", "Inland", 52.6640, -0.6390, 0.4),
    ("Bala Lake", "Lake", "Inland", 52.8840, -3.6300, 0.3),
]

_MP_COLLECTORS = [
    ("Isla Hartley", "University of Plymouth", "N"),
    ("Samir Okafor", "Environment Agency", "N"),
    ("Grace Whitaker", "Environment Agency", "N"),
    ("Dmitri Romero", "University of Hull", "N"),
    ("Elena Schultz", "Marine Conservation Society", "Y"),
    ("Wes Thornton", "Marine Conservation Society", "Y"),
    ("Alice Dawson", "Surfers Against Sewage", "Y"),
    ("Nikhil Iwata", "Surfers Against Sewage", "Y"),
    ("Vera Quinn", "University of Plymouth", "N"),
    ("Jonah Castillo", "Thames21", "Y"),
    ("Maya Zimmer", "Thames21", "Y"),
    ("Umar Fischer", "University of Hull", "N"),
    ("Rosa Lindqvist", "Marine Conservation Society", "Y"),
    ("Hugo Brennan", "Environment Agency", "N"),
]

_POLYMERS = [
    ("PE", "Polyethylene", 0.94, 34),
    ("PP", "Polypropylene", 0.90, 21),
    ("PS", "Polystyrene", 1.05, 8),
    ("PET", "Polyethylene terephthalate", 1.38, 13),
    ("PA", "Polyamide (nylon)", 1.14, 6),
    ("PVC", "Polyvinyl chloride", 1.40, 3),
    ("ACR", "Acrylic", 1.18, 4),
    ("PU", "Polyurethane", 1.20, 1),
]


def build_microplastics(path: Path) -> None:
    r = random.Random(112002)
    ddl = """
    CREATE TABLE "Site" (
        "SiteID" INTEGER PRIMARY KEY,
        "SiteName" TEXT NOT NULL,
        "WaterBody" TEXT NOT NULL,
        "Region" TEXT NOT NULL,
        "Lat" REAL NOT NULL,
        "Lon" REAL NOT NULL
    );
    CREATE TABLE "Collector" (
        "CollectorID" INTEGER PRIMARY KEY,
        "FullName" TEXT NOT NULL,
        "Organisation" TEXT NOT NULL,
        "IsVolunteer" TEXT NOT NULL
    );
    CREATE TABLE "Batch" (
        "BatchID" INTEGER PRIMARY KEY,
        "AnalysedOn" TEXT NOT NULL,
        "Instrument" TEXT NOT NULL,
        "AnalystName" TEXT NOT NULL
    );
    CREATE TABLE "Sample" (
        "SampleID" TEXT PRIMARY KEY,
        "SiteID" INTEGER NOT NULL REFERENCES "Site"("SiteID"),
        "CollectorID" INTEGER NOT NULL REFERENCES "Collector"("CollectorID"),
        "CollectedOn" TEXT NOT NULL,
        "CollectedAt" TEXT NOT NULL,
        "Matrix" TEXT NOT NULL,
        "VolumeL" REAL,
        "DryMassG" REAL,
        "Status" TEXT NOT NULL,
        "BatchID" INTEGER REFERENCES "Batch"("BatchID")
    );
    CREATE TABLE "Polymer" (
        "PolymerCode" TEXT PRIMARY KEY,
        "PolymerName" TEXT NOT NULL,
        "Density" REAL NOT NULL
    );
    CREATE TABLE "Particle" (
        "ParticleID" INTEGER PRIMARY KEY,
        "SampleID" TEXT NOT NULL REFERENCES "Sample"("SampleID"),
        "PolymerCode" TEXT REFERENCES "Polymer"("PolymerCode"),
        "Shape" TEXT NOT NULL,
        "SizeUm" INTEGER NOT NULL,
        "Colour" TEXT
    );
    """
    sites = [(i + 1, s[0], s[1], s[2], s[3], s[4]) for i, s in enumerate(_MP_SITES)]
    collectors = [(i + 1, *c) for i, c in enumerate(_MP_COLLECTORS)]
    polymers = [p[:3] for p in _POLYMERS]
    # analysis batches: every second Thursday from April 2023, alternating instruments unevenly
    batches = []
    b = dt.date(2023, 4, 6)
    analysts = ["Isla Hartley", "Vera Quinn", "Umar Fischer", "Dmitri Romero"]
    while b <= dt.date(2025, 6, 5):
        inst = "FTIR" if r.random() < 0.62 else "RAMAN"
        batches.append((len(batches) + 1, iso(b), inst, r.choice(analysts)))
        b += dt.timedelta(days=14)
    # collectors' weights (13 and 14 rarely/never sample; 14 never)
    cw = [
        (1, 9),
        (2, 12),
        (3, 8),
        (4, 7),
        (5, 10),
        (6, 5),
        (7, 11),
        (8, 3),
        (9, 6),
        (10, 9),
        (11, 4),
        (12, 5),
        (13, 0),
        (14, 0),
    ]
    cw = [x for x in cw if x[1] > 0]
    samples, particles = [], []
    sweight = [(s[0], 3 if s[2] in ("Estuary", "Beach") else 2) for s in sites[:-1]]  # Bala Lake: never sampled
    d = dt.date(2023, 3, 1)
    seq: dict[int, int] = {}
    while d <= END:
        for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
            sid = int(_pick(r, sweight))  # type: ignore[call-overload]
            site = _MP_SITES[sid - 1]
            matrix = "SEDIMENT" if (site[1] == "Beach" or r.random() < 0.3) else "WATER"
            seq[d.year] = seq.get(d.year, 0) + 1
            sample_id = f"MP-{d.year}-{seq[d.year]:04d}"
            coll = int(_pick(r, cw))  # type: ignore[call-overload]
            at = _hhmm(6 * 60 + 5 * r.randrange(130))
            vol = round(r.uniform(40, 900), 1) if matrix == "WATER" else None
            mass = round(r.uniform(120, 950), 1) if matrix == "SEDIMENT" else None
            age = (END - d).days
            if r.random() < 0.03:
                status, batch = "VOID", None
            elif age < 40 or (age < 120 and r.random() < 0.4):
                status, batch = "PENDING", None
            else:
                status = "ANALYSED"
                later = [x for x in batches if x[1] > iso(d + dt.timedelta(days=7))]  # type: ignore[operator]
                batch = later[min(len(later) - 1, r.randrange(4))][0]
            samples.append((sample_id, sid, coll, iso(d), at, matrix, vol, mass, status, batch))
            if status == "ANALYSED":
                lam = site[5] * (9 if matrix == "WATER" else 12)
                n = max(0, int(r.gauss(lam, lam * 0.6))) if r.random() > 0.08 else 0
                for _ in range(n):
                    shape = str(_pick(r, [("FIBRE", 41), ("FRAGMENT", 29), ("FILM", 14), ("PELLET", 7), ("FOAM", 9)]))
                    poly = None if r.random() < 0.11 else str(_pick(r, [(p[0], p[3]) for p in _POLYMERS]))
                    size = int(min(4990, max(20, r.lognormvariate(5.6, 0.9))))
                    if shape == "FIBRE":
                        size = int(min(4990, size * 1.8))
                    colour = (
                        None
                        if r.random() < 0.2
                        else r.choice(["blue", "black", "white", "clear", "red", "green", "blue", "black"])
                    )
                    particles.append((len(particles) + 1, sample_id, poly, shape, size, colour))
        d += dt.timedelta(days=r.choice([2, 3, 4, 5]))
    write_tables(
        path,
        ddl,
        [
            ("Site", sites),
            ("Collector", collectors),
            ("Batch", batches),
            ("Polymer", polymers),
            ("Sample", samples),
            ("Particle", particles),
        ],
    )


# ---------------------------------------------------------------------------------------------------------------
# wildliferehab
# ---------------------------------------------------------------------------------------------------------------

_WR_SPECIES = [
    # name, latin, group, weight, mean adult weight in grams, seasonality months
    ("Hedgehog", "Erinaceus europaeus", "MAMMAL", 40, 700),
    ("Red Fox", "Vulpes vulpes", "MAMMAL", 5, 5500),
    ("Badger", "Meles meles", "MAMMAL", 2, 9500),
    ("Grey Squirrel", "Sciurus carolinensis", "MAMMAL", 5, 480),
    ("Rabbit", "Oryctolagus cuniculus", "MAMMAL", 3, 1600),
    ("Common Pipistrelle", "Pipistrellus pipistrellus", "MAMMAL", 4, 5),
    ("Wood Pigeon", "Columba palumbus", "BIRD", 14, 480),
    ("Feral Pigeon", "Columba livia", "BIRD", 6, 330),
    ("Blackbird", "Turdus merula", "BIRD", 8, 100),
    ("Song Thrush", "Turdus philomelos", "BIRD", 3, 80),
    ("Herring Gull", "Larus argentatus", "BIRD", 6, 1000),
    ("Mallard", "Anas platyrhynchos", "BIRD", 5, 1100),
    ("Tawny Owl", "Strix aluco", "BIRD", 3, 450),
    ("Common Buzzard", "Buteo buteo", "BIRD", 2, 900),
    ("Swift", "Apus apus", "BIRD", 4, 40),
    ("House Sparrow", "Passer domesticus", "BIRD", 4, 30),
    ("Robin", "Erithacus rubecula", "BIRD", 3, 19),
    ("Grass Snake", "Natrix helvetica", "REPTILE", 1, 240),
    ("Slow Worm", "Anguis fragilis", "REPTILE", 1, 25),
    ("Common Toad", "Bufo bufo", "AMPHIBIAN", 1, 60),
    ("Otter", "Lutra lutra", "MAMMAL", 0, 8000),
]

_WR_SITES = [
    ("Bramble Wood", "Woodland"),
    ("Millbrook Gardens", "Garden"),
    ("Hollow Lane Farm", "Farmland"),
    ("Kingsmere Marsh", "Wetland"),
    ("Saltcote Point", "Coast"),
    ("Victoria Park", "Urban park"),
    ("Oakhanger Copse", "Woodland"),
    ("Fenwick Meadows", "Farmland"),
    ("Harbour Cliffs", "Coast"),
    ("Quarry Lakes", "Wetland"),
]

_WR_TOWNS = [
    ("Dorchester", 18),
    ("Weymouth", 14),
    ("Bridport", 9),
    ("Wareham", 7),
    ("Poole", 16),
    ("Blandford", 5),
    ("Sherborne", 6),
    ("Swanage", 4),
    ("Wimborne", 8),
    ("Gillingham", 3),
]


def build_wildliferehab(path: Path) -> None:
    r = random.Random(112003)
    ddl = """
    CREATE TABLE tblSpecies (
        SpeciesID INTEGER PRIMARY KEY,
        CommonName TEXT NOT NULL,
        LatinName TEXT NOT NULL,
        SpeciesGroup TEXT NOT NULL
    );
    CREATE TABLE tblVolunteer (
        VolID INTEGER PRIMARY KEY,
        FirstName TEXT NOT NULL,
        LastName TEXT NOT NULL,
        VolRole TEXT NOT NULL,
        MentorID INTEGER REFERENCES tblVolunteer(VolID),
        JoinedOn TEXT NOT NULL,
        IsActive TEXT NOT NULL
    );
    CREATE TABLE tblReleaseSite (
        SiteID INTEGER PRIMARY KEY,
        SiteName TEXT NOT NULL,
        Habitat TEXT NOT NULL
    );
    CREATE TABLE tblAdmission (
        AdmID INTEGER PRIMARY KEY,
        SpeciesID INTEGER NOT NULL REFERENCES tblSpecies(SpeciesID),
        AdmDate TEXT NOT NULL,
        AdmTime TEXT NOT NULL,
        Reason TEXT NOT NULL,
        WeightInG INTEGER,
        FoundTown TEXT NOT NULL,
        CollectedByVolID INTEGER REFERENCES tblVolunteer(VolID),
        Outcome TEXT,
        OutcomeDate TEXT,
        ReleaseSiteID INTEGER REFERENCES tblReleaseSite(SiteID)
    );
    CREATE TABLE tblTreatment (
        TrtID INTEGER PRIMARY KEY,
        AdmID INTEGER NOT NULL REFERENCES tblAdmission(AdmID),
        TrtDate TEXT NOT NULL,
        VolID INTEGER NOT NULL REFERENCES tblVolunteer(VolID),
        Treatment TEXT NOT NULL,
        DoseMg REAL
    );
    CREATE TABLE tblWeighIn (
        WeighID INTEGER PRIMARY KEY,
        AdmID INTEGER NOT NULL REFERENCES tblAdmission(AdmID),
        WeighDate TEXT NOT NULL,
        WeightG INTEGER NOT NULL
    );
    """
    species = [(i + 1, s[0], s[1], s[2]) for i, s in enumerate(_WR_SPECIES)]
    sites = [(i + 1, *s) for i, s in enumerate(_WR_SITES)]
    # volunteers: senior carers and the vet first (no mentor), then others mentored by them
    vnames = full_names(r, 30)
    vols = []
    roles = ["VET", "CARER", "CARER", "CARER"] + [str(_pick(r, [("CARER", 5), ("DRIVER", 3)])) for _ in range(26)]
    mentors_of = {4: 2, 5: 2, 6: 3, 7: 2, 8: 4, 9: 3, 10: 4, 11: 2, 12: 3, 13: 5, 14: 3, 15: 2}
    for i in range(30):
        vid = i + 1
        first, last = vnames[i].split()
        if vid <= 3:
            mentor = None
        elif roles[i] == "DRIVER" and vid != 7:
            mentor = 7
        else:
            mentor = mentors_of.get(vid, r.choice([2, 3, 4, 5, 8, None]))
        founders = {1: dt.date(2012, 3, 1), 2: dt.date(2013, 5, 14), 3: dt.date(2014, 9, 2)}
        joined = founders.get(vid) or dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(3650))
        active = "N" if r.random() < 0.15 else "Y"
        vols.append((vid, first, last, roles[i], mentor, iso(joined), active))
    carers = [v[0] for v in vols if v[3] in ("CARER", "VET")]
    drivers = [v[0] for v in vols if v[3] == "DRIVER"]
    idle = set(carers[-3:])  # a few carers never treat
    treaters = [(v, 10 if v == 1 else (6 if v in (2, 3) else 2 + (v % 4))) for v in carers if v not in idle]
    adm, trt, weigh = [], [], []
    d = dt.date(2021, 1, 1)
    sp_w = [(i + 1, s[3]) for i, s in enumerate(_WR_SPECIES)]
    while d <= END:
        m = d.month
        busy = {1: 1, 2: 1, 3: 2, 4: 3, 5: 5, 6: 6, 7: 6, 8: 5, 9: 5, 10: 4, 11: 3, 12: 1}[m]
        for _ in range(r.randrange(busy + 1)):
            sid = int(_pick(r, sp_w))  # type: ignore[call-overload]
            name, _, grp, _, mean_w = _WR_SPECIES[sid - 1]
            if name == "Hedgehog":
                reason = str(
                    _pick(
                        r,
                        [
                            ("ILL", 30),
                            ("RTA", 10),
                            ("ORPH", 14 if m in (8, 9, 10) else 4),
                            ("UNDW", 26 if m in (9, 10, 11, 12) else 3),
                            ("ENTG", 5),
                            ("FALL", 3),
                            ("DOG", 7),
                        ],
                    )
                )
            elif grp == "BIRD":
                reason = str(
                    _pick(
                        r,
                        [
                            ("CAT", 22),
                            ("ORPH", 25 if m in (4, 5, 6, 7) else 3),
                            ("WIN", 12),
                            ("RTA", 6),
                            ("ILL", 10),
                            ("ENTG", 5),
                            ("FALL", 8 if name == "Swift" else 1),
                        ],
                    )
                )
            else:
                reason = str(_pick(r, [("RTA", 25), ("ILL", 12), ("ENTG", 8), ("DOG", 6), ("CAT", 4), ("ORPH", 10)]))
            factor = 0.35 if reason in ("ORPH", "UNDW") else 0.9
            w = max(2, int(r.gauss(mean_w * factor, mean_w * 0.15))) if r.random() > 0.04 else None
            tm = _hhmm(7 * 60 + r.randrange(15 * 60)) if r.random() > 0.1 else _hhmm(22 * 60 + r.randrange(90))
            town = str(_pick(r, _WR_TOWNS))
            on_duty = [v for v in drivers if vols[v - 1][5] <= iso(d)]  # type: ignore[operator]
            coll = r.choice(on_duty) if (on_duty and r.random() < 0.35) else None
            stay = r.randrange(1, 70) if name == "Hedgehog" else r.randrange(1, 40)
            od = d + dt.timedelta(days=stay)
            p_die = 0.25 if reason in ("RTA", "CAT", "DOG") else 0.15
            if od > END:
                outcome, od_s, site = None, None, None
            else:
                x = r.random()
                if x < p_die * 0.55:
                    outcome = "DIED"
                elif x < p_die:
                    outcome = "EUTH"
                elif x < p_die + 0.05:
                    outcome = "TRF"
                else:
                    outcome = "REL"
                od_s = iso(od)
                if outcome == "REL":
                    hab = {"BIRD": [1, 2, 4, 5, 6, 7, 9, 10], "REPTILE": [1, 3, 4], "AMPHIBIAN": [4, 10]}.get(
                        grp, [1, 2, 3, 6, 7, 8]
                    )
                    site = r.choice(hab) if name != "Hedgehog" else r.choice([2, 2, 2, 6, 1, 7, 3])
                else:
                    site = None
                if outcome in ("DIED", "EUTH"):
                    stay = min(stay, r.randrange(0, 6))
                    od_s = iso(d + dt.timedelta(days=stay))
            aid = len(adm) + 1
            adm.append((aid, sid, iso(d), tm, reason, w, town, coll, outcome, od_s, site))
            last = d + dt.timedelta(days=stay) if od_s else END
            # treatments
            k = r.choice([0, 1, 1, 2, 3, 4]) if grp in ("MAMMAL", "BIRD") else r.choice([0, 1])
            for _ in range(k):
                td = d + dt.timedelta(days=r.randrange(max(1, (min(last, END) - d).days + 1)))
                what = r.choice(
                    [
                        ("Metacam", 0.2),
                        ("Baytril", 5.0),
                        ("Ivermectin", 0.4),
                        ("Fluids", None),
                        ("Wound clean", None),
                        ("Tube feed", None),
                        ("Panacur", 10.0),
                    ]
                )
                dose = None if what[1] is None else round(what[1] * (w or mean_w) / 1000 * 10, 2)
                able = [t for t in treaters if vols[t[0] - 1][5] <= iso(td)] or treaters[:1]  # type: ignore[operator]
                trt.append(
                    (
                        len(trt) + 1,
                        aid,
                        iso(td),
                        int(_pick(r, able)),  # type: ignore[call-overload, arg-type]
                        what[0],
                        dose,
                    )
                )
            # weigh-ins for mammals in care more than a week
            if grp == "MAMMAL" and stay > 7 and w is not None:
                ww = w
                wd = d + dt.timedelta(days=7)
                while wd <= min(last, END):
                    ww = max(2, int(ww * r.uniform(0.98, 1.12)))
                    weigh.append((len(weigh) + 1, aid, iso(wd), ww))
                    wd += dt.timedelta(days=7)
        d += dt.timedelta(days=1)
    write_tables(
        path,
        ddl,
        [
            ("tblSpecies", species),
            ("tblVolunteer", vols),
            ("tblReleaseSite", sites),
            ("tblAdmission", adm),
            ("tblTreatment", trt),
            ("tblWeighIn", weigh),
        ],
    )


# ---------------------------------------------------------------------------------------------------------------
# butterflies
# ---------------------------------------------------------------------------------------------------------------

_BT_TRANSECTS = [
    ("Ridgeway Down", "Wiltshire", "Chalk grassland", 9, 1.5),
    ("Fen Lane Meadows", "Cambridgeshire", "Wet meadow", 6, 1.0),
    ("Castle Hill", "East Sussex", "Chalk grassland", 8, 1.4),
    ("Old Quarry Bank", "Dorset", "Limestone grassland", 5, 1.1),
    ("Heathfield Common", "Surrey", "Lowland heath", 7, 0.8),
    ("Riverside Water Meadow", "Oxfordshire", "Wet meadow", 6, 0.9),
    ("Beacon Hill", "Hampshire", "Chalk grassland", 8, 1.3),
    ("Ashdown Ride", "East Sussex", "Woodland ride", 7, 0.9),
    ("Chalk Pit Lane", "Wiltshire", "Chalk grassland", 4, 1.0),
    ("Marsh End", "Norfolk", "Coastal marsh", 5, 0.6),
    ("Hazel Coppice", "Dorset", "Woodland ride", 6, 0.7),
]

_BT_SPECIES = [
    # common name, scientific name, family, abundance weight, months on the wing, habitats it likes
    ("Meadow Brown", "Maniola jurtina", "Nymphalidae", 30, (6, 7, 8, 9), None),
    ("Gatekeeper", "Pyronia tithonus", "Nymphalidae", 18, (7, 8), None),
    ("Ringlet", "Aphantopus hyperantus", "Nymphalidae", 14, (6, 7, 8), ("Wet meadow", "Woodland ride")),
    ("Small Heath", "Coenonympha pamphilus", "Nymphalidae", 8, (5, 6, 7, 8, 9), ("Chalk grassland", "Lowland heath")),
    ("Marbled White", "Melanargia galathea", "Nymphalidae", 12, (6, 7), ("Chalk grassland", "Limestone grassland")),
    ("Speckled Wood", "Pararge aegeria", "Nymphalidae", 10, (4, 5, 6, 7, 8, 9), ("Woodland ride",)),
    ("Red Admiral", "Vanessa atalanta", "Nymphalidae", 6, (5, 6, 7, 8, 9), None),
    ("Peacock", "Aglais io", "Nymphalidae", 7, (4, 5, 7, 8), None),
    ("Small Tortoiseshell", "Aglais urticae", "Nymphalidae", 5, (4, 5, 6, 7, 8), None),
    ("Comma", "Polygonia c-album", "Nymphalidae", 4, (4, 6, 7, 8, 9), ("Woodland ride", "Wet meadow")),
    ("Painted Lady", "Vanessa cardui", "Nymphalidae", 2, (6, 7, 8), None),
    ("Purple Emperor", "Apatura iris", "Nymphalidae", 0, (7,), ("Woodland ride",)),
    ("Large White", "Pieris brassicae", "Pieridae", 9, (4, 5, 7, 8), None),
    ("Small White", "Pieris rapae", "Pieridae", 11, (4, 5, 6, 7, 8, 9), None),
    ("Green-veined White", "Pieris napi", "Pieridae", 8, (4, 5, 7, 8), ("Wet meadow", "Woodland ride")),
    ("Orange-tip", "Anthocharis cardamines", "Pieridae", 5, (4, 5), None),
    ("Brimstone", "Gonepteryx rhamni", "Pieridae", 5, (4, 5, 8, 9), None),
    ("Common Blue", "Polyommatus icarus", "Lycaenidae", 10, (5, 6, 8, 9), None),
    ("Chalk Hill Blue", "Lysandra coridon", "Lycaenidae", 9, (7, 8), ("Chalk grassland",)),
    ("Holly Blue", "Celastrina argiolus", "Lycaenidae", 3, (4, 5, 7, 8), None),
    ("Small Copper", "Lycaena phlaeas", "Lycaenidae", 3, (5, 6, 8, 9), None),
    ("Brown Argus", "Aricia agestis", "Lycaenidae", 3, (5, 6, 8), ("Chalk grassland", "Limestone grassland")),
    ("Silver-studded Blue", "Plebejus argus", "Lycaenidae", 6, (6, 7), ("Lowland heath",)),
    ("Small Skipper", "Thymelicus sylvestris", "Hesperiidae", 7, (7, 8), None),
    ("Large Skipper", "Ochlodes sylvanus", "Hesperiidae", 4, (6, 7), None),
    ("Essex Skipper", "Thymelicus lineola", "Hesperiidae", 3, (7, 8), ("Wet meadow", "Coastal marsh")),
    ("Dingy Skipper", "Erynnis tages", "Hesperiidae", 2, (5, 6), ("Chalk grassland", "Limestone grassland")),
]


def build_butterflies(path: Path) -> None:
    r = random.Random(112004)
    ddl = """
    CREATE TABLE recorders (
        recorder_id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        email TEXT,
        joined_year INTEGER NOT NULL
    );
    CREATE TABLE transect (
        transect_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        county TEXT NOT NULL,
        habitat TEXT NOT NULL,
        started_year INTEGER NOT NULL
    );
    CREATE TABLE section (
        section_id INTEGER PRIMARY KEY,
        transect_id INTEGER NOT NULL REFERENCES transect(transect_id),
        section_no INTEGER NOT NULL,
        habitat TEXT NOT NULL,
        length_m INTEGER NOT NULL
    );
    CREATE TABLE walks (
        walk_id INTEGER PRIMARY KEY,
        transect_id INTEGER NOT NULL REFERENCES transect(transect_id),
        recorder_id INTEGER NOT NULL REFERENCES recorders(recorder_id),
        walk_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        duration_s INTEGER NOT NULL,
        temp_c REAL,
        sun_frac REAL,
        wind_bft INTEGER
    );
    CREATE TABLE species (
        species_id INTEGER PRIMARY KEY,
        common_name TEXT NOT NULL,
        sci_name TEXT NOT NULL,
        family TEXT NOT NULL
    );
    CREATE TABLE sighting (
        walk_id INTEGER NOT NULL REFERENCES walks(walk_id),
        section_id INTEGER NOT NULL REFERENCES section(section_id),
        species_id INTEGER NOT NULL REFERENCES species(species_id),
        n INTEGER NOT NULL,
        PRIMARY KEY (walk_id, section_id, species_id)
    );
    """
    rnames = full_names(r, 24)
    recorders = []
    for i, nm in enumerate(rnames):
        first, last = nm.split()
        email = None if r.random() < 0.2 else f"{first.lower()}.{last.lower()}@example.org"
        recorders.append((i + 1, first, last, email, r.randint(2008, 2024)))
    transects, sections = [], []
    habitats_alt = ["Hedgerow", "Scrub edge", "Arable margin", "Grass verge"]
    for i, t in enumerate(_BT_TRANSECTS):
        tid = i + 1
        transects.append((tid, t[0], t[1], t[2], r.randint(1998, 2019)))
        for k in range(1, t[3] + 1):
            hab = t[2] if r.random() < 0.7 else r.choice(habitats_alt)
            sections.append((len(sections) + 1, tid, k, hab, r.randrange(80, 420, 10)))
    # each transect has one or two regular recorders; 4 recorders never walk
    regulars = {tid: r.sample(range(1, 21), 2) for tid in range(1, len(_BT_TRANSECTS) + 1)}
    species = [(i + 1, s[0], s[1], s[2]) for i, s in enumerate(_BT_SPECIES)]
    walks, sightings = [], []
    for year in (2022, 2023, 2024, 2025):
        yfac = {2022: 1.1, 2023: 0.9, 2024: 0.7, 2025: 1.0}[year]
        for tid, t in enumerate(_BT_TRANSECTS, start=1):
            wk = dt.date(year, 4, 1)
            while wk <= dt.date(year, 9, 29) and wk <= END:
                if r.random() < (0.72 if tid != 11 or year >= 2024 else 0.0):
                    wd = wk + dt.timedelta(days=r.randrange(7))
                    if wd > END:
                        break
                    rec = (
                        regulars[tid][0]
                        if r.random() < 0.7
                        else (regulars[tid][1] if r.random() < 0.8 else r.randrange(1, 21))
                    )
                    st = _hhmm(10 * 60 + 15 * r.randrange(22) - (45 if r.random() < 0.1 else 0))
                    tsec = [s for s in sections if s[1] == tid]
                    dur = int(sum(s[4] for s in tsec) / 1000 * r.uniform(1500, 2600))
                    temp = round(r.uniform(13, 20) + (wd.month in (6, 7, 8)) * r.uniform(2, 8), 1)
                    sun = round(r.choice([0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0]) * r.uniform(0.8, 1.0), 2)
                    if r.random() < 0.05:
                        temp = None
                    if r.random() < 0.04:
                        sun = None
                    wind = r.choice([0, 1, 1, 2, 2, 2, 3, 3, 4, 5]) if r.random() > 0.03 else None
                    wid = len(walks) + 1
                    walks.append((wid, tid, rec, iso(wd), st, dur, temp, sun, wind))
                    act = (sun if sun is not None else 0.6) * (1.2 if (temp or 17) > 17 else 0.8) * yfac * t[4]
                    for s in tsec:
                        for sp_i, sp in enumerate(_BT_SPECIES):
                            if sp[3] == 0 or wd.month not in sp[4]:
                                continue
                            if sp[5] is not None and t[2] not in sp[5] and s[3] not in sp[5]:
                                continue
                            p = min(0.9, sp[3] / 40 * act)
                            if r.random() < p:
                                n = max(1, int(r.expovariate(1 / (1 + sp[3] / 6 * act))))
                                sightings.append((wid, s[0], sp_i + 1, n))
                wk += dt.timedelta(days=7)
    write_tables(
        path,
        ddl,
        [
            ("recorders", recorders),
            ("transect", transects),
            ("section", sections),
            ("walks", walks),
            ("species", species),
            ("sighting", sightings),
        ],
    )


# ---------------------------------------------------------------------------------------------------------------
# hydroacoustics
# ---------------------------------------------------------------------------------------------------------------

_HA_STATIONS = [
    ("HS01", "Celtic Deep", 105, "Celtic Sea", 51.30, -6.10),
    ("HS02", "Smalls Reef", 62, "Celtic Sea", 51.72, -5.67),
    ("HS03", "Wolf Rock", 48, "Western Approaches", 49.95, -5.81),
    ("HS04", "Haig Fras", 118, "Western Approaches", 50.27, -7.90),
    ("HS05", "Lyme Bay", 27, "English Channel", 50.62, -3.00),
    ("HS06", "Start Point", 55, "English Channel", 50.21, -3.64),
    ("HS07", "Minch North", 140, "Minch", 58.20, -5.90),
    ("HS08", "Tiree Passage", 38, "Hebrides", 56.62, -6.40),
    ("HS09", "Moray Firth", 44, "North Sea", 57.75, -3.60),
    ("HS10", "Dogger Bank", 24, "North Sea", 54.75, 2.10),
]

_HA_SPECIES = [
    ("HPW", "Humpback whale", "Y", {3: 4, 4: 6, 7: 5, 8: 3, 1: 2}, 60, 400),
    ("FW", "Fin whale", "Y", {1: 6, 4: 8, 2: 3, 3: 3}, 2, 20),
    ("MW", "Minke whale", "Y", {7: 6, 8: 7, 9: 3, 1: 3, 2: 2}, 40, 240),
    ("SW", "Sperm whale", "N", {4: 3, 7: 3, 1: 1}, 120, 1800),
    ("BND", "Bottlenose dolphin", "N", {5: 7, 6: 8, 9: 6, 8: 5, 2: 3}, 5, 180),
    ("CD", "Common dolphin", "N", {1: 8, 2: 7, 3: 9, 4: 6, 6: 4}, 5, 240),
    ("RD", "Risso's dolphin", "N", {8: 4, 7: 3, 2: 2}, 10, 200),
    ("HP", "Harbour porpoise", "N", {9: 9, 10: 9, 8: 6, 5: 5, 2: 5, 6: 4}, 1, 60),
    ("UNK", "Unidentified cetacean", "N", {i: 2 for i in range(1, 11)}, 2, 300),
]

_HA_ANALYSTS = [
    ("Freya MacLeod", "SAMS Oban"),
    ("Tomasz Nowak", "University of St Andrews"),
    ("Ines Carvalho", "Marine Biological Association"),
    ("Callum Reid", "SAMS Oban"),
    ("Priya Raman", "Cefas"),
    ("Owen Pritchard", "Cefas"),
]


def build_hydroacoustics(path: Path) -> None:
    r = random.Random(112005)
    ddl = """
    CREATE TABLE t_station (
        station_id INTEGER PRIMARY KEY,
        station_code TEXT NOT NULL UNIQUE,
        station_name TEXT NOT NULL,
        depth_m INTEGER NOT NULL,
        sea_area TEXT NOT NULL,
        lat REAL NOT NULL,
        lon REAL NOT NULL
    );
    CREATE TABLE t_deployment (
        deployment_id INTEGER PRIMARY KEY,
        station_id INTEGER NOT NULL REFERENCES t_station(station_id),
        deployed_on TEXT NOT NULL,
        recovered_on TEXT,
        recorder_model TEXT NOT NULL,
        sample_rate_hz INTEGER NOT NULL
    );
    CREATE TABLE t_species (
        species_code TEXT PRIMARY KEY,
        common_name TEXT NOT NULL,
        baleen_yn TEXT NOT NULL
    );
    CREATE TABLE t_analyst (
        analyst_id INTEGER PRIMARY KEY,
        nm TEXT NOT NULL,
        institute TEXT NOT NULL
    );
    CREATE TABLE t_detection (
        det_id INTEGER PRIMARY KEY,
        deployment_id INTEGER NOT NULL REFERENCES t_deployment(deployment_id),
        species_code TEXT NOT NULL REFERENCES t_species(species_code),
        det_date TEXT NOT NULL,
        det_time TEXT NOT NULL,
        dur_s INTEGER NOT NULL,
        snr_db REAL NOT NULL,
        validated_yn TEXT NOT NULL,
        analyst_id INTEGER REFERENCES t_analyst(analyst_id)
    );
    CREATE TABLE t_noise (
        noise_id INTEGER PRIMARY KEY,
        deployment_id INTEGER NOT NULL REFERENCES t_deployment(deployment_id),
        obs_date TEXT NOT NULL,
        band TEXT NOT NULL,
        spl_db REAL NOT NULL
    );
    """
    stations = [(i + 1, *s) for i, s in enumerate(_HA_STATIONS)]
    species = [s[:3] for s in _HA_SPECIES]
    analysts = [(i + 1, *a) for i, a in enumerate(_HA_ANALYSTS)]
    an_w = [(1, 9), (2, 6), (3, 5), (4, 3), (5, 4), (6, 1)]
    deps, dets, noise = [], [], []
    for sid in range(1, 11):
        d = dt.date(2022, 3, 1) + dt.timedelta(days=r.randrange(120))
        if sid == 10:
            d = dt.date(2024, 2, 10)
        while d <= END:
            if sid == 5 and d > dt.date(2025, 1, 1):
                break  # Lyme Bay: the last recorder came out in the winter and was not replaced
            length = r.randrange(100, 190)
            rec = d + dt.timedelta(days=length)
            if rec > END or (sid == 6 and d > dt.date(2024, 11, 1)):
                rec_s = None
                rec = END
            else:
                rec_s = iso(rec)
            model = r.choice(["SoundTrap ST600", "SoundTrap ST600", "AMAR G4", "F-POD"])
            rate = {"SoundTrap ST600": 96000, "AMAR G4": 128000, "F-POD": 0}[model]
            if model == "F-POD":
                model, rate = "SoundTrap ST500", 48000
            did = len(deps) + 1
            deps.append((did, sid, iso(d), rec_s, model, rate))
            day = d
            while day <= rec:
                for code, _, _, st_w, lo, hi in _HA_SPECIES:
                    w = st_w.get(sid, 0)
                    if sid == 9 and code == "CD":
                        w = 0
                    season = 1.0
                    if code in ("HPW", "FW") and day.month in (5, 6, 7):
                        season = 0.3
                    if code == "MW" and day.month in (6, 7, 8, 9):
                        season = 2.0
                    if code == "HP" and day.month in (11, 12, 1, 2):
                        season = 1.6
                    if r.random() < w / 220 * season:
                        hr = r.randrange(24 * 60)
                        dur = r.randrange(lo, hi + 1)
                        snr = round(r.uniform(3, 28), 1)
                        valid = "Y" if (day < dt.date(2025, 3, 1) and r.random() < 0.8) or r.random() < 0.25 else "N"
                        an = int(_pick(r, an_w)) if valid == "Y" else None  # type: ignore[call-overload]
                        dets.append((len(dets) + 1, did, code, iso(day), _hhmm(hr), dur, snr, valid, an))
                if day.weekday() == 2:
                    for band, base in (("LF", 96 + (sid in (5, 6, 10)) * 8), ("MF", 88), ("HF", 80)):
                        noise.append((len(noise) + 1, did, iso(day), band, round(r.gauss(base, 4), 1)))
                day += dt.timedelta(days=1)
            d = rec + dt.timedelta(days=r.randrange(3, 20))
    write_tables(
        path,
        ddl,
        [
            ("t_station", stations),
            ("t_species", species),
            ("t_analyst", analysts),
            ("t_deployment", deps),
            ("t_detection", dets),
            ("t_noise", noise),
        ],
    )


# ---------------------------------------------------------------------------------------------------------------
# seagrass
# ---------------------------------------------------------------------------------------------------------------

_SG_MEADOWS = [
    ("Studland Bay", "Dorset", 38.5, "Y", 0.55),
    ("Porthdinllaen", "Gwynedd", 21.0, "Y", 0.48),
    ("Drake's Island", "Plymouth Sound", 9.2, "Y", 0.40),
    ("Cawsand Bay", "Plymouth Sound", 14.8, "N", 0.35),
    ("Helford Passage", "Cornwall", 6.1, "Y", 0.30),
    ("Osea Island", "Essex", 12.4, "N", 0.22),
    ("Loch Craignish", "Argyll", 17.6, "N", 0.42),
    ("Bembridge Ledge", "Isle of Wight", 25.3, "N", 0.28),
]


def build_seagrass(path: Path) -> None:
    r = random.Random(112006)
    ddl = """
    CREATE TABLE meadows (
        meadow_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        area TEXT NOT NULL,
        size_ha REAL NOT NULL,
        protected_yn TEXT NOT NULL
    );
    CREATE TABLE plots (
        plot_id INTEGER PRIMARY KEY,
        meadow_id INTEGER NOT NULL REFERENCES meadows(meadow_id),
        plot_code TEXT NOT NULL UNIQUE,
        method TEXT NOT NULL,
        established_on TEXT NOT NULL,
        depth_m REAL NOT NULL
    );
    CREATE TABLE divers (
        diver_id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        cert_level TEXT NOT NULL,
        team_lead_id INTEGER REFERENCES divers(diver_id)
    );
    CREATE TABLE dives (
        dive_id INTEGER PRIMARY KEY,
        diver_id INTEGER NOT NULL REFERENCES divers(diver_id),
        meadow_id INTEGER NOT NULL REFERENCES meadows(meadow_id),
        dive_date TEXT NOT NULL,
        entry_time TEXT NOT NULL,
        bottom_time_s INTEGER NOT NULL,
        max_depth_m REAL NOT NULL,
        water_temp_c REAL
    );
    CREATE TABLE surveys (
        survey_id INTEGER PRIMARY KEY,
        plot_id INTEGER NOT NULL REFERENCES plots(plot_id),
        dive_id INTEGER NOT NULL REFERENCES dives(dive_id),
        cover_frac REAL NOT NULL,
        shoots_per_m2 INTEGER NOT NULL,
        canopy_cm REAL,
        epiphyte_frac REAL
    );
    CREATE TABLE plantings (
        planting_id INTEGER PRIMARY KEY,
        plot_id INTEGER NOT NULL REFERENCES plots(plot_id),
        planted_on TEXT NOT NULL,
        unit_type TEXT NOT NULL,
        units INTEGER NOT NULL,
        survival_frac REAL
    );
    CREATE TABLE cores (
        core_id INTEGER PRIMARY KEY,
        plot_id INTEGER NOT NULL REFERENCES plots(plot_id),
        taken_on TEXT NOT NULL,
        above_g REAL NOT NULL,
        below_g REAL NOT NULL
    );
    """
    meadows = [(i + 1, m[0], m[1], m[2], m[3]) for i, m in enumerate(_SG_MEADOWS)]
    dnames = full_names(r, 18)
    leads = {
        1: None,
        2: None,
        3: None,
        4: 1,
        5: 1,
        6: 1,
        7: 2,
        8: 2,
        9: 3,
        10: 3,
        11: 3,
        12: 1,
        13: 2,
        14: 3,
        15: 1,
        16: 1,
        17: None,
        18: 2,
    }
    certs = {1: "Instructor", 2: "Instructor", 3: "Dive Leader", 17: "Dive Leader"}
    divers = []
    for i, nm in enumerate(dnames):
        first, last = nm.split()
        lvl = certs.get(i + 1, r.choice(["Ocean Diver", "Sports Diver", "Sports Diver", "Dive Leader"]))
        divers.append((i + 1, first, last, lvl, leads[i + 1]))
    plots = []
    for mid, m in enumerate(_SG_MEADOWS, start=1):
        n = r.randrange(3, 8)
        for k in range(1, n + 1):
            method = r.choice(["SEED", "SEED", "SHOOT", "SHOOT", "CONTROL"]) if k > 1 else "CONTROL"
            est = dt.date(2021, 5, 1) + dt.timedelta(days=r.randrange(1300))
            initials = "".join(w[0] for w in m[0].replace("'", "").split())
            plots.append((len(plots) + 1, mid, f"{initials}-{k:02d}", method, iso(est), round(r.uniform(1.5, 6.5), 1)))
    plantings, cores = [], []
    for p in plots:
        if p[3] == "CONTROL":
            continue
        d = dt.date.fromisoformat(p[4])
        for _ in range(r.choice([1, 2, 2, 3, 4])):
            pd = d + dt.timedelta(days=r.randrange(0, 500))
            if pd > END:
                continue
            utype = "SEED_BAG" if p[3] == "SEED" else "SHOOT"
            units = r.randrange(50, 400, 10) if utype == "SEED_BAG" else r.randrange(100, 1500, 25)
            surv = (
                None
                if (END - pd).days < 180
                else round(min(1.0, max(0.0, r.gauss(0.28 if utype == "SEED_BAG" else 0.55, 0.15))), 2)
            )
            plantings.append((len(plantings) + 1, p[0], iso(pd), utype, units, surv))
    dives, surveys = [], []
    d = dt.date(2022, 4, 1)
    dw = [(i, 6 if i in (1, 2, 3) else (0 if i in (17, 18) else r.randrange(1, 6))) for i in range(1, 19)]
    while d <= END:
        if (d.month in (4, 5, 6, 7, 8, 9, 10) and r.random() < 0.45) or r.random() < 0.06:
            mid = r.randrange(1, len(_SG_MEADOWS) + 1)
            mplots = [p for p in plots if p[1] == mid and p[4] <= iso(d)]  # type: ignore[operator]
            for _ in range(r.choice([1, 2, 2, 3])):
                div = int(_pick(r, dw))  # type: ignore[call-overload]
                entry = _hhmm(6 * 60 + 30 + 10 * r.randrange(60))
                bt = r.randrange(900, 3900, 30)
                temp = None if r.random() < 0.07 else round(r.gauss(8 + 7 * (d.month in (6, 7, 8, 9)), 1.2), 1)
                did = len(dives) + 1
                dives.append((did, div, mid, iso(d), entry, bt, round(r.uniform(2.0, 8.0), 1), temp))
                for p in mplots:
                    if r.random() < 0.5:
                        base = _SG_MEADOWS[mid - 1][4] * (1.15 if p[3] == "CONTROL" else 0.7)
                        cov = round(min(0.98, max(0.0, r.gauss(base, 0.12))), 2)
                        epi = None if r.random() < 0.15 else round(r.uniform(0.02, 0.45), 2)
                        canopy = None if r.random() < 0.1 else round(r.uniform(12, 65), 1)
                        surveys.append((len(surveys) + 1, p[0], did, cov, int(cov * r.uniform(300, 700)), canopy, epi))
        if r.random() < 0.05:
            p = r.choice(plots)
            if p[4] <= iso(d):  # type: ignore[operator]
                above = round(r.uniform(2, 38), 1)
                cores.append((len(cores) + 1, p[0], iso(d), above, round(above * r.uniform(1.2, 3.0), 1)))
        d += dt.timedelta(days=1)
    write_tables(
        path,
        ddl,
        [
            ("meadows", meadows),
            ("plots", plots),
            ("divers", divers),
            ("dives", dives),
            ("surveys", surveys),
            ("plantings", plantings),
            ("cores", cores),
        ],
    )


BUILDERS = {
    "allergyclinic": build_allergyclinic,
    "microplastics": build_microplastics,
    "wildliferehab": build_wildliferehab,
    "butterflies": build_butterflies,
    "hydroacoustics": build_hydroacoustics,
    "seagrass": build_seagrass,
}
