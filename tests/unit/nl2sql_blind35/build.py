"""Six small business and public-service databases for the thirty-fifth blind English-to-SQL corpus.

- ``animalshelter`` (Hungarian type prefixes on ``tbl`` tables): a rehoming charity for pets. ``tblSpecies``,
  ``tblStatus`` (status codes AV, RS, FO, AD, TO, DE with descriptions), ``tblVolunteer`` (first and last name,
  foster-carer and active flags 0/1; ``intMentorID`` is a self-referencing foreign key), ``tblAnimal`` (sex M/F,
  optional estimated birth date, intake date and type STRAY, SURRENDER or TRANSFER, neutered and microchipped
  flags, adoption fee, status code), ``tblAdopter`` (children and garden flags), ``tblAdoption`` (fee paid, a
  return date and reason when the animal was brought back), ``tblFosterPlacement`` (end date NULL while the
  animal is still in foster) and ``tblTreatment`` (vet treatments and their cost).
- ``funeralhome`` (type suffixes: ``_txt``, ``_dt``, ``_amt``, ``_yn``, ``_cd``): an independent funeral
  director. ``staff_role`` (role codes), ``staff`` (full name in one column, active Y/N), ``funeral_package``,
  ``deceased`` (birth date may be missing, place of death, veteran Y/N), ``arrangement`` (director, burial BUR or
  cremation CRE, package code, service date and venue NULL for direct cremations, informant and relationship,
  invoice total), ``payment`` (timestamps; CARD, BANK, CHEQUE or INSURANCE) and ``arrangement_extra``.
- ``photostudio`` (``tbl_`` prefix and singular snake_case tables): a portrait and event photography studio.
  ``tbl_photographer`` (freelance flag 0/1; ``lead_photographer_id`` is a self-referencing foreign key),
  ``tbl_client`` (company name for business and school clients), ``tbl_package`` (session type, price),
  ``tbl_booking`` (session timestamp, studio room or on location, status completed, cancelled, no-show or booked,
  deposit, optional discount percentage), ``tbl_invoice`` (paid date NULL while unpaid), ``tbl_print_order``,
  ``tbl_print_item`` and ``tbl_review`` (1 to 5 stars, optional comment).
- ``campsite`` (plain lower-case names without separators, NO declared foreign keys): a family campsite.
  ``pitch`` (field, pitch type, electric hook-up Y/N, nightly rate), ``guest``, ``bookingstatus`` (one-letter
  codes B, I, D, X, N), ``booking`` (arrival and departure dates, adults, children, dogs, status code, total
  price), ``shopsale`` (site shop sales, booking id NULL for walk-in customers) and ``maintenance`` (fixed date
  NULL while open, optional cost).
- ``stables`` (table-prefixed abbreviated columns: ``hrs_nm``, ``lsn_start_ts``, ``lvy_end_dt``): a riding
  school and livery yard. ``owner``, ``horse`` (NULL owner for school horses; ``hrs_dam_id`` is a
  self-referencing foreign key to the horse's mother; retired date), ``instructor`` (end date NULL while still
  teaching), ``rider`` (single-letter ability code), ``lesson`` (private, group or hack; cancelled flag 0/1),
  ``lesson_booking`` (horse ridden; attended flag 0/1, NULL when not recorded), ``livery`` (full, part, DIY or
  grass; end date NULL for current contracts) and ``farrier_visit``.
- ``towing`` (a wide denormalised reporting table beside lookup tables): a vehicle recovery and towing firm.
  ``lkp_job_status`` (CMP, CNL, GOA, OPN), ``lkp_tow_reason`` (police-request flag Y/N), ``lkp_account`` (motor
  clubs, insurers, fleets, council, police, finance), ``lkp_truck`` (in service Y/N), ``rpt_tow_job`` (one wide
  row per call-out with timestamps, driver, truck, account, customer and vehicle copied in, miles, charges, paid
  Y/N, police reference; account NULL for private customers) and ``impound_release`` (vehicles collected from
  the pound).
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


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _stamp(d: dt.date, r: random.Random, h0: int, h1: int) -> str:
    return f"{d.isoformat()} {r.randint(h0, h1):02d}:{r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}:{r.randrange(60):02d}"


# ------------------------------------------------------------------------------------------------ animalshelter
def build_animalshelter(path: Path) -> None:
    r = random.Random(35001)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblSpecies (intSpeciesID INTEGER PRIMARY KEY, strSpeciesName TEXT NOT NULL);
        CREATE TABLE tblStatus (strStatusCode TEXT PRIMARY KEY, strStatusDesc TEXT NOT NULL);
        CREATE TABLE tblVolunteer (
            intVolunteerID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strPhone TEXT, dtmJoined TEXT NOT NULL, bitFosterCarer INTEGER NOT NULL, bitActive INTEGER NOT NULL,
            intMentorID INTEGER REFERENCES tblVolunteer(intVolunteerID));
        CREATE TABLE tblAnimal (
            intAnimalID INTEGER PRIMARY KEY, strName TEXT NOT NULL,
            intSpeciesID INTEGER NOT NULL REFERENCES tblSpecies(intSpeciesID), strBreed TEXT, chrSex TEXT NOT NULL,
            dtmBirthEst TEXT, dtmIntake TEXT NOT NULL, strIntakeType TEXT NOT NULL, bitNeutered INTEGER NOT NULL,
            bitMicrochipped INTEGER NOT NULL, curAdoptionFee REAL NOT NULL,
            strStatusCode TEXT NOT NULL REFERENCES tblStatus(strStatusCode));
        CREATE TABLE tblAdopter (
            intAdopterID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strTown TEXT NOT NULL, strEmail TEXT, dtmRegistered TEXT NOT NULL, bitHomeCheckPassed INTEGER NOT NULL,
            bitHasChildren INTEGER NOT NULL, bitHasGarden INTEGER NOT NULL);
        CREATE TABLE tblAdoption (
            intAdoptionID INTEGER PRIMARY KEY, intAnimalID INTEGER NOT NULL REFERENCES tblAnimal(intAnimalID),
            intAdopterID INTEGER NOT NULL REFERENCES tblAdopter(intAdopterID), dtmAdopted TEXT NOT NULL,
            curFeePaid REAL NOT NULL, dtmReturned TEXT, strReturnReason TEXT);
        CREATE TABLE tblFosterPlacement (
            intPlacementID INTEGER PRIMARY KEY, intAnimalID INTEGER NOT NULL REFERENCES tblAnimal(intAnimalID),
            intVolunteerID INTEGER NOT NULL REFERENCES tblVolunteer(intVolunteerID), dtmStart TEXT NOT NULL,
            dtmEnd TEXT);
        CREATE TABLE tblTreatment (
            intTreatmentID INTEGER PRIMARY KEY, intAnimalID INTEGER NOT NULL REFERENCES tblAnimal(intAnimalID),
            dtmTreated TEXT NOT NULL, strTreatment TEXT NOT NULL, curCost REAL NOT NULL, strVetPractice TEXT NOT NULL);
        """,
    )
    insert(c, "tblSpecies", [(1, "Dog"), (2, "Cat"), (3, "Rabbit"), (4, "Guinea Pig"), (5, "Ferret")])
    insert(c, "tblStatus", [("AV", "Available"), ("RS", "Reserved"), ("FO", "In foster"), ("AD", "Adopted"),
                            ("TO", "Transferred out"), ("DE", "Deceased")])  # fmt: skip
    # volunteers, in order of joining; the first six have no mentor
    vnames = full_names(r, 46)
    joins = sorted(day_between(r, D(2018, 3, 1), D(2025, 5, 30)) for _ in vnames)
    vols = []
    for i, (n, j) in enumerate(zip(vnames, joins, strict=True), 1):
        first, last = n.split(" ")
        if i <= 6:
            mentor = None
        elif i <= 14:
            mentor = r.randint(1, 6)
        else:
            mentor = None if r.random() < 0.12 else r.randint(1, 14)
        foster = 1 if (r.random() < 0.4 or i in (3, 9, 17)) else 0
        active = 0 if (r.random() < 0.15 and i not in (3, 9, 17)) else 1
        phone = None if r.random() < 0.1 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        vols.append((i, first, last, phone, _iso(j), foster, active, mentor))
    insert(c, "tblVolunteer", vols)
    carers = [v[0] for v in vols if v[5] == 1 and v[6] == 1]
    carer_w = [6 if v == 17 else 4 if v == 9 else 3 if v == 3 else 1 for v in carers]
    # adopters
    anames = full_names(r, 560)
    towns = ["Leeds", "Leeds", "Wakefield", "Bradford", "Harrogate", "Otley", "Pudsey", "Wetherby", "Ilkley"]
    regs = sorted(day_between(r, D(2021, 11, 1), D(2025, 6, 10)) for _ in anames)
    adopters = []
    for i, (n, rg) in enumerate(zip(anames, regs, strict=True), 1):
        first, last = n.split(" ")
        email = None if r.random() < 0.15 else f"{first.lower()}{r.randint(1, 99)}@mailbox.example"
        adopters.append((i, first, last, r.choice(towns), email, _iso(rg), 1 if r.random() < 0.9 else 0,
                         1 if r.random() < 0.4 else 0, 1 if r.random() < 0.65 else 0))  # fmt: skip
    insert(c, "tblAdopter", adopters)
    never = {a[0] for a in adopters if a[0] % 7 == 3 or (a[7] == 0 and a[0] > 370)}
    keen = {a[0]: (4 if a[0] % 41 == 1 else 1) for a in adopters}
    taken = dict.fromkeys(keen, 0)
    # animals
    names = {
        1: ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Bailey", "Rosie", "Buster", "Poppy",
            "Alfie", "Teddy", "Willow", "Bruno", "Ruby", "Marley", "Nala", "Ziggy", "Biscuit", "Duke", "Pepper",
            "Hazel", "Scout", "Otis"],
        2: ["Smudge", "Tigger", "Misty", "Oscar", "Whiskers", "Shadow", "Pumpkin", "Mittens", "Cleo", "Felix",
            "Ginger", "Sooty", "Jasper", "Mango", "Pixie", "Nutmeg", "Salem", "Olive", "Coco", "Tom", "Socks",
            "Toffee"],
        3: ["Thumper", "Clover", "Flopsy", "Bun Bun", "Peanut", "Cinnamon", "Dandelion", "Hops", "Mochi", "Fudge"],
        4: ["Squeak", "Popcorn", "Nibbles", "Pip", "Butterscotch", "Gizmo"],
        5: ["Bandit", "Slinky", "Noodle"],
    }  # fmt: skip
    breeds = {
        1: ["Staffordshire Bull Terrier", "Labrador Cross", "Jack Russell Terrier", "Greyhound", "German Shepherd",
            "Collie Cross", "Lurcher", "Chihuahua", "Husky"],
        2: ["Domestic Shorthair", "Domestic Shorthair", "Domestic Longhair", "Siamese Cross", "Maine Coon Cross",
            "Bengal"],
        3: ["Lop", "Netherland Dwarf", "Lionhead", "Rex"],
        4: ["Abyssinian", "American", "Teddy"],
        5: [None],
    }  # fmt: skip
    max_age = {1: 13, 2: 16, 3: 7, 4: 5, 5: 6}
    chip = {1: 0.92, 2: 0.75, 3: 0.15, 4: 0.0, 5: 0.5}
    stay = {1: (14, 150), 2: (8, 90), 3: (20, 200), 4: (10, 80), 5: (15, 120)}
    intakes = sorted(day_between(r, D(2022, 1, 3), D(2025, 6, 12)) for _ in range(620))
    animals = []
    adoptions = []
    placements = []
    treatments = []
    reasons = ["Allergies", "Moving house", "Behaviour", "Not getting on with other pets", "Change in circumstances"]
    for aid, intake in enumerate(intakes, 1):
        sp = r.choices([1, 2, 3, 4, 5], [35, 45, 12, 6, 2])[0]
        age_days = int(r.uniform(0.25, max_age[sp]) * 365)
        birth = None if r.random() < 0.12 else _iso(intake - _days(age_days))
        itype = r.choices(["STRAY", "SURRENDER", "TRANSFER"], [40, 45, 15])[0]
        neut = 1 if r.random() < (0.5 if sp == 3 else 0.78) else 0
        chipped = 1 if r.random() < chip[sp] else 0
        senior = age_days > 9 * 365
        fee = {1: 95.0 if senior else float(r.choice([175, 195, 225, 250])), 2: float(r.choice([85, 95, 110])),
               3: float(r.choice([45, 55])), 4: float(r.choice([20, 25])), 5: 60.0}[sp]  # fmt: skip
        status = None
        t = intake
        roll = r.random()
        if roll < 0.03 and intake < D(2025, 3, 1):
            status = "DE"
        elif roll < 0.06:
            status = "TO"
        else:
            if r.random() < 0.28:
                fs = t + _days(r.randint(1, 10))
                fe = fs + _days(r.randint(14, 100))
                if fs <= LAST:
                    vol = r.choices(carers, carer_w)[0]
                    if fe >= TODAY:
                        placements.append((aid, vol, fs, None))
                        status = "FO"
                    else:
                        placements.append((aid, vol, fs, fe))
                        t = fe
            if status is None:
                lo, hi = stay[sp]
                if sp in (1, 2) and r.random() < 0.05:
                    lo, hi = 380, 900  # long stayers
                ad = t + _days(r.randint(lo, hi))
                if ad > LAST:
                    status = "RS" if r.random() < 0.15 else "AV"
                else:
                    status = "AD"
                    for attempt in range(2):
                        pool = [a for a in adopters if a[0] not in never and D.fromisoformat(a[5]) <= ad
                                and (sp != 1 or a[8] == 1 or attempt)]  # fmt: skip
                        wts = [
                            keen[a[0]] * (0.25 if taken[a[0]] else 8 if (ad - D.fromisoformat(a[5])).days <= 180 else 2)
                            for a in pool
                        ]
                        who = r.choices(pool, wts)[0][0]
                        taken[who] += 1
                        paid = 0.0 if r.random() < 0.05 else fee
                        ret = ad + _days(r.randint(4, 150))
                        if attempt == 0 and r.random() < 0.09 and ret <= LAST:
                            adoptions.append([ad, aid, who, paid, ret, r.choice(reasons)])
                            ad = ret + _days(r.randint(7, 80))
                            if ad > LAST or r.random() < 0.3:
                                status = "AV"
                                break
                        else:
                            adoptions.append([ad, aid, who, paid, None, None])
                            break
        animals.append((aid, r.choice(names[sp]), sp, r.choice(breeds[sp]) if r.random() > 0.06 else None,
                        r.choice("MF"), birth, _iso(intake), itype, neut, chipped, fee, status))  # fmt: skip
        practice = r.choice(["Riverside Vets", "Castle Veterinary Group", "Hillview Animal Hospital"])
        tr = []
        if sp in (1, 2, 3):
            tr.append((intake + _days(r.randint(1, 5)), "Vaccination", {1: 55.0, 2: 45.0, 3: 38.0}[sp]))
        if sp in (1, 2) and r.random() < 0.7:
            tr.append((intake + _days(r.randint(0, 3)), "Flea and worm", float(r.choice([12, 14, 18]))))
        if neut and r.random() < 0.5:
            cost = {1: r.uniform(180, 320), 2: r.uniform(75, 110), 3: 85.0, 4: 60.0, 5: 90.0}[sp]
            tr.append((intake + _days(r.randint(7, 30)), "Neutering", round(cost, 2)))
        if chipped and r.random() < 0.4:
            tr.append((intake + _days(r.randint(1, 14)), "Microchipping", 15.0))
        if sp in (1, 2) and r.random() < 0.08:
            tr.append((intake + _days(r.randint(5, 60)), "Dental", round(r.uniform(120, 450), 2)))
        if r.random() < 0.02:
            tr.append((intake + _days(r.randint(2, 40)), "Emergency surgery", round(r.uniform(600, 1500), 2)))
        treatments += [(d, aid, kind, cost, practice) for d, kind, cost in tr if d <= LAST]
    insert(c, "tblAnimal", animals)
    adoptions.sort(key=lambda x: (x[0], x[1]))
    insert(c, "tblAdoption", [(i, a[1], a[2], _iso(a[0]), a[3], _iso(a[4]) if a[4] else None, a[5])
                              for i, a in enumerate(adoptions, 1)])  # fmt: skip
    placements.sort(key=lambda x: (x[2], x[0]))
    insert(c, "tblFosterPlacement", [(i, p[0], p[1], _iso(p[2]), _iso(p[3]) if p[3] else None)
                                     for i, p in enumerate(placements, 1)])  # fmt: skip
    treatments.sort(key=lambda x: (x[0], x[1]))
    insert(c, "tblTreatment", [(i, t[1], _iso(t[0]), t[2], t[3], t[4]) for i, t in enumerate(treatments, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- funeralhome
def build_funeralhome(path: Path) -> None:
    r = random.Random(35002)
    c = fresh_db(
        path,
        """
        CREATE TABLE staff_role (role_cd TEXT PRIMARY KEY, role_desc_txt TEXT NOT NULL);
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY, full_name_txt TEXT NOT NULL,
            role_cd TEXT NOT NULL REFERENCES staff_role(role_cd), hire_dt TEXT NOT NULL, active_yn TEXT NOT NULL,
            mobile_txt TEXT);
        CREATE TABLE funeral_package (
            package_cd TEXT PRIMARY KEY, package_name_txt TEXT NOT NULL, base_price_amt REAL NOT NULL,
            viewing_yn TEXT NOT NULL, hearse_yn TEXT NOT NULL);
        CREATE TABLE deceased (
            deceased_id INTEGER PRIMARY KEY, first_name_txt TEXT NOT NULL, last_name_txt TEXT NOT NULL,
            sex_cd TEXT NOT NULL, birth_dt TEXT, death_dt TEXT NOT NULL, place_of_death_txt TEXT NOT NULL,
            home_town_txt TEXT NOT NULL, veteran_yn TEXT NOT NULL);
        CREATE TABLE arrangement (
            arrangement_id INTEGER PRIMARY KEY, deceased_id INTEGER NOT NULL REFERENCES deceased(deceased_id),
            director_staff_id INTEGER NOT NULL REFERENCES staff(staff_id), arranged_dt TEXT NOT NULL,
            disposition_cd TEXT NOT NULL, package_cd TEXT NOT NULL REFERENCES funeral_package(package_cd),
            service_dt TEXT, service_venue_txt TEXT, informant_name_txt TEXT NOT NULL,
            informant_relation_txt TEXT NOT NULL, total_amt REAL NOT NULL);
        CREATE TABLE payment (
            payment_id INTEGER PRIMARY KEY,
            arrangement_id INTEGER NOT NULL REFERENCES arrangement(arrangement_id), paid_ts TEXT NOT NULL,
            payment_amt REAL NOT NULL, method_txt TEXT NOT NULL);
        CREATE TABLE arrangement_extra (
            extra_id INTEGER PRIMARY KEY,
            arrangement_id INTEGER NOT NULL REFERENCES arrangement(arrangement_id), item_txt TEXT NOT NULL,
            qty_num INTEGER NOT NULL, unit_price_amt REAL NOT NULL);
        """,
    )
    insert(c, "staff_role", [("FD", "Funeral director"), ("AR", "Arranger"), ("EM", "Embalmer"),
                             ("DB", "Driver and bearer"), ("AD", "Administrator")])  # fmt: skip
    names = full_names(r, 17)
    roles = ["FD", "FD", "FD", "FD", "AR", "AR", "EM", "EM", "EM", "DB", "DB", "DB", "DB", "AD", "FD", "EM", "DB"]
    inactive = {4, 9, 13}
    staff = [(i, n, roles[i - 1], _iso(day_between(r, D(2004, 1, 1), D(2021, 12, 31))),
              "N" if i in inactive else "Y", f"07{r.randint(100, 999)} {r.randint(100000, 999999)}")
             for i, n in enumerate(names, 1)]  # fmt: skip
    staff[14] = (15, names[14], "FD", "2023-09-04", "Y", staff[14][5])
    insert(c, "staff", staff)
    packages = [("DIRECT", "Direct cremation", 1450.0, "N", "N"), ("SIMPLE", "Simple funeral", 2950.0, "Y", "Y"),
                ("TRAD", "Traditional funeral", 4450.0, "Y", "Y"), ("PREM", "Premium funeral", 6800.0, "Y", "Y"),
                ("GREEN", "Woodland burial", 3600.0, "N", "N")]  # fmt: skip
    insert(c, "funeral_package", packages)
    base = {p[0]: p[2] for p in packages}
    towns = ["Whitby", "Scarborough", "Whitby", "Pickering", "Malton", "Robin Hood's Bay", "Sleights", "Filey"]
    places = ["Hospital", "Home", "Care home", "Hospice"]
    venues = {"CRE": ["Scarborough Crematorium", "St Mary's Church", "Woodlands Crematorium Chapel", "Our chapel"],
              "BUR": ["St Mary's Church", "St Hilda's Church", "Whitby Methodist Church", "Our chapel"]}  # fmt: skip
    green_venue = "Larpool Woodland Burial Ground"
    given_m = ["Arthur", "George", "Harold", "Kenneth", "Ronald", "Dennis", "Peter", "Brian", "Colin", "Derek",
               "Frank", "Walter", "Stanley", "Albert", "Roy"]  # fmt: skip
    given_f = ["Margaret", "Joan", "Dorothy", "Betty", "Doreen", "Irene", "Sheila", "Jean", "Audrey", "Pauline",
               "Edna", "Brenda", "Mavis", "Eileen", "Sylvia"]  # fmt: skip
    surnames = ["Harrison", "Atkinson", "Storr", "Leadley", "Hutchinson", "Pennock", "Dobson", "Welburn", "Trattles",
                "Cole", "Brewster", "Thompson", "Agar", "Readman", "Pickering", "Harland", "Wilson", "Coates",
                "Hodgson", "Bell", "Frank", "Marwood", "Sleightholme", "Duck", "Verrill", "Noble", "Ward", "Jackson",
                "Featherstone", "Boyes", "Gray", "Knaggs", "Hebden", "Richardson", "Sanderson"]  # fmt: skip
    deaths = sorted(day_between(r, D(2022, 1, 4), D(2025, 6, 12)) for _ in range(640))
    deceased, arrs, pays, extras = [], [], [], []
    directors_by_time = [1, 2, 3, 4, 15]
    seen_names: set[tuple[str, str]] = set()
    for did, death in enumerate(deaths, 1):
        sex = r.choice("MF")
        while True:
            fn = r.choice(given_m if sex == "M" else given_f)
            ln = r.choice(surnames)
            if (fn, ln) not in seen_names:
                seen_names.add((fn, ln))
                break
        age_days = int(r.triangular(52, 101, 86) * 365.25) + r.randint(0, 300)
        birth = None if r.random() < 0.03 else death - _days(age_days)
        if birth is not None and (birth.month, birth.day) == (death.month, death.day):
            birth -= _days(1)
        place = r.choices(places, [40, 25, 25, 10])[0]
        vet = "Y" if r.random() < (0.14 if sex == "M" else 0.03) else "N"
        deceased.append((did, fn, ln, sex, _iso(birth) if birth else None, _iso(death), place, r.choice(towns), vet))
        arranged = min(death + _days(r.randint(1, 6)), LAST)
        pkg = r.choices(["DIRECT", "SIMPLE", "TRAD", "PREM", "GREEN"], [18, 26, 34, 10, 12])[0]
        if pkg == "DIRECT":
            disp = "CRE"
        elif pkg == "GREEN":
            disp = "BUR"
        else:
            disp = "CRE" if r.random() < 0.68 else "BUR"
        if pkg == "DIRECT":
            sdate, venue = None, None
        else:
            sdate = arranged + _days(r.randint(7, 21) + (4 if disp == "BUR" else 0))
            if sdate == TODAY:
                sdate += _days(1)
            venue = green_venue if pkg == "GREEN" else r.choice(venues[disp])
        pool = [d for d in directors_by_time if d != 4 or death < D(2024, 2, 1)]
        pool = [d for d in pool if d != 15 or death >= D(2023, 9, 10)]
        wts = [3 if d == 2 else 1 for d in pool]
        director = r.choices(pool, wts)[0]
        rel = r.choices(["Daughter", "Son", "Wife", "Husband", "Niece", "Nephew", "Friend", "Solicitor"],
                        [26, 22, 18, 10, 7, 6, 6, 5])[0]  # fmt: skip
        if rel == "Solicitor":
            inf = f"{r.choice(['Hart', 'Moss', 'Keld'])} & Co Solicitors"
        elif rel in ("Wife", "Husband"):
            inf = f"{r.choice(given_f if rel == 'Wife' else given_m)} {ln}"
        else:
            inf = f"{r.choice(given_f + given_m)} {ln if rel in ('Daughter', 'Son') and r.random() < 0.6 else r.choice(surnames)}"
        ex = []
        if pkg != "DIRECT":
            if r.random() < 0.75:
                ex.append(("Flowers", 1, round(r.uniform(150, 450), 2)))
            if r.random() < (0.55 if pkg in ("TRAD", "PREM") else 0.2):
                ex.append(("Limousine", r.choice([1, 1, 2]), 295.0))
            if r.random() < 0.8:
                ex.append(("Order of service", r.choice([50, 75, 100, 150]), 1.2))
            if r.random() < 0.3:
                ex.append(("Catering", r.randint(30, 90), 12.5))
            if pkg == "PREM" and r.random() < 0.4:
                ex.append(("Horse-drawn hearse", 1, 1200.0))
            if r.random() < 0.05:
                ex.append(("Doves release", 1, 180.0))
        if r.random() < 0.45:
            ex.append(("Obituary notice", 1, float(r.choice([95, 120, 145]))))
        fee = 0.0 if pkg == "DIRECT" else (1150.0 if disp == "BUR" and pkg != "GREEN" else 850.0)
        total = round(base[pkg] * (0.94 if death < D(2024, 1, 1) else 1.0) + fee + sum(q * p for _, q, p in ex), 2)
        arrs.append((did, did, director, _iso(arranged), disp, pkg, _iso(sdate) if sdate else None, venue, inf, rel,
                     total))  # fmt: skip
        extras += [(did, *e) for e in ex]
        # payments: a deposit, then the balance some weeks after the funeral
        dep = round(total * r.choice([0.2, 0.25, 0.3]), 2)
        pays.append(
            (did, f"{_iso(arranged)} {r.randint(9, 16):02d}:{r.randrange(60):02d}:00", dep, r.choice(["CARD", "BANK"]))
        )
        due = (sdate or arranged + _days(10)) + _days(r.randint(3, 60))
        rest = round(total - dep, 2)
        if due > LAST or r.random() < 0.04:
            if r.random() < 0.3 and due - _days(20) <= LAST and due - _days(20) > arranged:
                part = round(rest / 2, 2)
                pays.append((did, f"{_iso(due - _days(20))} 11:{r.randrange(60):02d}:00", part, "CARD"))
            continue
        method = r.choices(["BANK", "CARD", "CHEQUE", "INSURANCE"], [40, 25, 12, 23])[0]
        if method == "INSURANCE" and r.random() < 0.5:
            half = round(rest * 0.6, 2)
            pays.append((did, f"{_iso(due)} {r.randint(9, 16):02d}:{r.randrange(60):02d}:00", half, "INSURANCE"))
            due2 = due + _days(r.randint(2, 20))
            if due2 <= LAST:
                pays.append((did, f"{_iso(due2)} {r.randint(9, 16):02d}:{r.randrange(60):02d}:00",
                             round(rest - half, 2), r.choice(["BANK", "CARD"])))  # fmt: skip
        else:
            pays.append((did, f"{_iso(due)} {r.randint(9, 16):02d}:{r.randrange(60):02d}:00", rest, method))
    insert(c, "deceased", deceased)
    insert(c, "arrangement", arrs)
    pays.sort(key=lambda p: p[1])
    insert(c, "payment", [(i, *p) for i, p in enumerate(pays, 1)])
    insert(c, "arrangement_extra", [(i, *e) for i, e in enumerate(extras, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- photostudio
def build_photostudio(path: Path) -> None:
    r = random.Random(35003)
    c = fresh_db(
        path,
        """
        CREATE TABLE tbl_photographer (
            photographer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            is_freelance INTEGER NOT NULL, day_rate REAL, started_on TEXT NOT NULL,
            lead_photographer_id INTEGER REFERENCES tbl_photographer(photographer_id));
        CREATE TABLE tbl_client (
            client_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, company_name TEXT,
            client_type TEXT NOT NULL, email TEXT, city TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE tbl_package (
            package_id INTEGER PRIMARY KEY, package_name TEXT NOT NULL, session_type TEXT NOT NULL,
            duration_min INTEGER NOT NULL, price REAL NOT NULL, images_included INTEGER NOT NULL);
        CREATE TABLE tbl_booking (
            booking_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES tbl_client(client_id),
            package_id INTEGER NOT NULL REFERENCES tbl_package(package_id),
            photographer_id INTEGER NOT NULL REFERENCES tbl_photographer(photographer_id),
            session_start TEXT NOT NULL, location TEXT NOT NULL, status TEXT NOT NULL, deposit REAL NOT NULL,
            discount_pct INTEGER, booked_at TEXT NOT NULL);
        CREATE TABLE tbl_invoice (
            invoice_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES tbl_booking(booking_id),
            issued_on TEXT NOT NULL, amount REAL NOT NULL, paid_on TEXT);
        CREATE TABLE tbl_print_order (
            print_order_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES tbl_booking(booking_id),
            ordered_at TEXT NOT NULL, delivery_method TEXT NOT NULL);
        CREATE TABLE tbl_print_item (
            print_item_id INTEGER PRIMARY KEY,
            print_order_id INTEGER NOT NULL REFERENCES tbl_print_order(print_order_id), size TEXT NOT NULL,
            qty INTEGER NOT NULL, unit_price REAL NOT NULL);
        CREATE TABLE tbl_review (
            review_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES tbl_booking(booking_id),
            stars INTEGER NOT NULL, comment TEXT, posted_on TEXT NOT NULL);
        """,
    )
    pnames = full_names(r, 8)
    lead = [None, None, 1, 1, 2, 2, 1, 2]
    free = [0, 0, 0, 0, 0, 0, 1, 1]
    starts = ["2014-03-01", "2016-09-12", "2019-05-06", "2021-01-11", "2021-08-02", "2022-06-20", "2022-02-14",
              "2023-04-03"]  # fmt: skip
    phot = []
    for i, n in enumerate(pnames, 1):
        f, last = n.split(" ")
        phot.append((i, f, last, f"{f.lower()}@brightlightstudio.example", free[i - 1],
                     float(r.choice([320, 350, 400])) if free[i - 1] else None, starts[i - 1], lead[i - 1]))  # fmt: skip
    insert(c, "tbl_photographer", phot)
    pkgs = [
        (1, "Mini Portrait", "portrait", 30, 95.0, 5), (2, "Classic Portrait", "portrait", 60, 175.0, 15),
        (3, "Family Session", "family", 90, 220.0, 25), (4, "Newborn Studio", "newborn", 180, 295.0, 20),
        (5, "Newborn Deluxe", "newborn", 240, 425.0, 40), (6, "Corporate Headshot", "headshot", 20, 85.0, 3),
        (7, "Team Headshots", "headshot", 180, 650.0, 40), (8, "Product Basic", "product", 120, 380.0, 30),
        (9, "Wedding Half Day", "wedding", 300, 1150.0, 250), (10, "Wedding Full Day", "wedding", 600, 1950.0, 500),
        (11, "School Portrait Day", "event", 360, 900.0, 0), (12, "Event Coverage", "event", 240, 780.0, 150),
    ]  # fmt: skip
    insert(c, "tbl_package", pkgs)
    cnames = full_names(r, 330)
    cities = ["Norwich", "Norwich", "Norwich", "Wymondham", "Dereham", "Aylsham", "Great Yarmouth", "Cromer"]
    firms = ["Anglia Solar Ltd", "Broadland Bakes", "Cathedral Dental", "Eastern Legal LLP", "Fenland Furniture",
             "Garnet Interiors", "Harbour Gin Co", "Iceni Tech", "Jarrold & Page", "Kettle Lane Coffee",
             "Lotus Estates", "Mardle Media", "Norfolk Natural Soaps", "Orchard Vets", "Pinebank Architects",
             "Quayside Accountants", "Riverside Cycles", "Saxon Build", "Tombland Books", "Upper Deck Events"]  # fmt: skip
    schools = ["Colney Primary", "St Edmund's Academy", "Heartsease Infants", "Bishopgate High", "Thorpe Junior"]
    clients = []
    created = sorted(day_between(r, D(2022, 9, 1), D(2025, 6, 10)) for _ in cnames)
    for i, (n, cr) in enumerate(zip(cnames, created, strict=True), 1):
        f, last = n.split(" ")
        if i % 15 == 4 and (i // 15) < len(firms):
            kind, comp = "business", firms[i // 15]
        elif i % 61 == 7 and (i // 61) < len(schools):
            kind, comp = "school", schools[i // 61]
        else:
            kind, comp = "individual", None
        clients.append((i, f, last, comp, kind, None if r.random() < 0.08 else f"{f.lower()}.{last.lower()}@post.example",
                        r.choice(cities), _iso(cr)))  # fmt: skip
    insert(c, "tbl_client", clients)
    by_kind: dict[str, list[tuple]] = {"individual": [], "business": [], "school": []}
    for cl in clients:
        if cl[0] % 19 != 11:  # some clients never booked
            by_kind[cl[4]].append(cl)
    biz_w = [6 if cl[0] in (4, 34, 64) else 1 for cl in by_kind["business"]]
    bookings, invoices, porders, pitems, reviews = [], [], [], [], []
    pkg_w = {"individual": ([1, 2, 3, 4, 5, 9, 10], [14, 20, 22, 12, 6, 5, 3]),
             "business": ([6, 7, 8, 12], [40, 20, 22, 18]), "school": ([11], [1])}  # fmt: skip
    phot_w = [3, 3, 4, 4, 3, 3, 1, 1]
    sess_days = sorted(day_between(r, D(2023, 1, 5), D(2025, 7, 31)) for _ in range(1450))
    for sd in sess_days:
        kind = r.choices(["individual", "business", "school"], [82, 15, 3])[0]
        pool = [cl for cl in by_kind[kind] if D.fromisoformat(cl[7]) <= sd - _days(3)]
        if not pool:
            continue
        cl = r.choices(pool, biz_w if kind == "business" and len(pool) == len(biz_w) else None)[0]
        pk = pkgs[r.choices(*pkg_w[kind])[0] - 1]
        pid = r.choices(range(1, 9), phot_w)[0]
        while D.fromisoformat(phot[pid - 1][6]) > sd:
            pid = r.choices(range(1, 9), phot_w)[0]
        hh = r.randint(11, 13) if pk[2] == "wedding" else r.randint(9, 16)
        start = f"{_iso(sd)} {hh:02d}:{r.choice(['00', '30']) if pk[3] < 60 else '00'}"
        if pk[2] in ("wedding", "event"):
            loc = "On location"
        elif pk[2] in ("family", "product") and r.random() < 0.3:
            loc = "On location"
        else:
            loc = r.choices(["Studio A", "Studio B"], [60, 40])[0]
        booked = sd - _days(r.randint(3, 200 if pk[2] == "wedding" else 45))
        if sd >= TODAY:
            status = "cancelled" if r.random() < 0.06 else "booked"
        else:
            status = r.choices(["completed", "cancelled", "no-show"], [86, 9, 5])[0]
            if pk[2] == "wedding" and status == "no-show":
                status = "completed"
        if pk[2] == "wedding":
            deposit = float(r.choice([300, 400, 500, 600, 750]))
        else:
            deposit = 0.0 if r.random() < 0.3 else round(pk[4] * 0.25, 2)
        disc = r.choice([10, 15, 20, 25]) if r.random() < 0.1 else None
        bid = len(bookings) + 1
        bookings.append((bid, cl[0], pk[0], pid, start, loc, status, deposit, disc,
                         f"{_iso(booked)} {r.randint(8, 21):02d}:{r.randrange(60):02d}"))  # fmt: skip
        if status != "completed":
            continue
        issued = sd + _days(r.randint(0, 3))
        if issued > LAST:
            continue
        amount = round(pk[4] * (1 - (disc or 0) / 100), 2)
        paid = issued + _days(r.randint(0, 40))
        paid_on = None if paid > LAST or r.random() < 0.03 else _iso(paid)
        invoices.append((len(invoices) + 1, bid, _iso(issued), amount, paid_on))
        if pk[2] in ("portrait", "family", "newborn", "wedding") and r.random() < 0.5:
            od = sd + _days(r.randint(5, 30))
            if od <= LAST:
                poid = len(porders) + 1
                porders.append((poid, bid, _stamp(od, r, 8, 22), r.choice(["collect", "post", "post"])))
                for size, price in r.sample(
                    [
                        ("6x4", 4.5),
                        ("8x10", 14.0),
                        ("A4", 16.0),
                        ("A3", 28.0),
                        ("canvas 16x20", 85.0),
                        ("canvas 20x30", 129.0),
                    ],
                    r.randint(1, 3),
                ):
                    qty = r.randint(1, 2) if size.startswith("canvas") else r.randint(1, 10)
                    pitems.append((len(pitems) + 1, poid, size, qty, price))
        if r.random() < 0.4:
            pd = sd + _days(r.randint(1, 20))
            if pd <= LAST:
                stars = r.choices([5, 4, 3, 2, 1], [55, 28, 10, 5, 2] if pid != 6 else [30, 30, 20, 12, 8])[0]
                comment = None
                if r.random() < 0.6:
                    comment = r.choice({5: ["Absolutely stunning photos!", "Made us feel so relaxed", "Worth every penny"],
                                        4: ["Lovely photos, slight wait for the gallery", "Great session"],
                                        3: ["Photos fine but felt rushed", "OK overall"],
                                        2: ["Gallery took far too long", "Not what we expected"],
                                        1: ["Very disappointed"]}[stars])  # fmt: skip
                reviews.append((len(reviews) + 1, bid, stars, comment, _iso(pd)))
    insert(c, "tbl_booking", bookings)
    insert(c, "tbl_invoice", invoices)
    insert(c, "tbl_print_order", porders)
    insert(c, "tbl_print_item", pitems)
    insert(c, "tbl_review", reviews)
    done(c)


# ----------------------------------------------------------------------------------------------------- campsite
def build_campsite(path: Path) -> None:
    r = random.Random(35004)
    c = fresh_db(
        path,
        """
        CREATE TABLE pitch (
            pitchid INTEGER PRIMARY KEY, pitchcode TEXT NOT NULL, field TEXT NOT NULL, pitchtype TEXT NOT NULL,
            haselectric TEXT NOT NULL, hardstanding TEXT NOT NULL, maxguests INTEGER NOT NULL,
            nightlyrate REAL NOT NULL);
        CREATE TABLE guest (
            guestid INTEGER PRIMARY KEY, firstname TEXT NOT NULL, lastname TEXT NOT NULL, email TEXT,
            postcode TEXT, country TEXT NOT NULL, createdon TEXT NOT NULL);
        CREATE TABLE bookingstatus (statuscode TEXT PRIMARY KEY, statusname TEXT NOT NULL);
        CREATE TABLE booking (
            bookingid INTEGER PRIMARY KEY, guestid INTEGER NOT NULL, pitchid INTEGER NOT NULL,
            bookedon TEXT NOT NULL, arrivaldate TEXT NOT NULL, departuredate TEXT NOT NULL,
            adults INTEGER NOT NULL, children INTEGER NOT NULL, dogs INTEGER NOT NULL, statuscode TEXT NOT NULL,
            totalprice REAL NOT NULL);
        CREATE TABLE shopsale (
            saleid INTEGER PRIMARY KEY, saletime TEXT NOT NULL, bookingid INTEGER, category TEXT NOT NULL,
            itemname TEXT NOT NULL, amount REAL NOT NULL, paymethod TEXT NOT NULL);
        CREATE TABLE maintenance (
            jobid INTEGER PRIMARY KEY, pitchid INTEGER NOT NULL, reportedon TEXT NOT NULL, issue TEXT NOT NULL,
            fixedon TEXT, cost REAL, contractor TEXT);
        """,
    )
    pitches = []
    for i in range(1, 21):
        pitches.append([f"M{i:02d}", "Meadow", "tent", "Y" if i <= 8 else "N", "N", 4 if i % 3 else 6,
                        20.0 if i <= 8 else 17.0])  # fmt: skip
    for i in range(1, 17):
        kind = "caravan" if i <= 9 else "motorhome"
        pitches.append([f"R{i:02d}", "Riverside", kind, "Y" if i != 16 else "N", "Y" if kind == "motorhome" else "N",
                        6 if i % 4 else 8, 31.0 if kind == "caravan" else 34.0])  # fmt: skip
    for i in range(1, 9):
        pitches.append([f"W{i:02d}", "Woodland", "glamping pod", "Y", "Y", 4, 75.0 if i <= 4 else 85.0])
    for i in range(1, 5):
        pitches.append([f"L{i:02d}", "Woodland", "lodge", "Y", "Y", 6, 145.0])
    pitches.append(["G01", "Meadow", "group field", "N", "N", 30, 120.0])
    pitches = [(i, *p) for i, p in enumerate(pitches, 1)]
    insert(c, "pitch", pitches)
    insert(c, "bookingstatus", [("B", "Booked"), ("I", "Checked in"), ("D", "Departed"), ("X", "Cancelled"),
                                ("N", "No show")])  # fmt: skip
    gnames = full_names(r, 720)
    guests = []
    for i, n in enumerate(gnames, 1):
        f, last = n.split(" ")
        country = r.choices(["United Kingdom", "Netherlands", "Germany", "France", "Belgium", "Ireland"],
                            [86, 5, 4, 2, 2, 1])[0]  # fmt: skip
        pc = (
            f"{r.choice(['LA', 'CA', 'M', 'BD', 'PR', 'L', 'NE'])}{r.randint(1, 23)} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUW')}"
            if country == "United Kingdom"
            else None
        )
        guests.append((i, f, last, None if r.random() < 0.1 else f"{f.lower()}{last[0].lower()}@inbox.example", pc,
                       country, _iso(day_between(r, D(2022, 10, 1), D(2025, 6, 1)))))  # fmt: skip
    regulars = {5: 3.2, 12: 2.8, 33: 2.4, 41: 2.1, 58: 1.9, 77: 1.3, 90: 1.2}
    guests = [(*g[:6], f"2022-10-{g[0] % 28 + 1:02d}") if g[0] in regulars else g for g in guests]
    created = {g[0]: D.fromisoformat(g[6]) for g in guests}
    insert(c, "guest", guests)
    gw = [regulars.get(g[0], 1) for g in guests]
    gids = [g[0] for g in guests]
    bookings = []
    seasons = [(D(2023, 3, 17), D(2023, 10, 31)), (D(2024, 3, 15), D(2024, 10, 31)), (D(2025, 3, 14), D(2025, 9, 30))]
    for p in pitches:
        if p[3] == "lodge":
            continue  # the lodges open next season
        for s0, s1 in seasons:
            d = s0
            while True:
                summer = d.month in (7, 8)
                d += _days(r.choice([0, 0, 1, 2]) if summer else r.randint(0, 9))
                if p[3] == "group field":
                    d += _days(r.randint(5, 25))
                nights = r.randint(2, 4) if p[3] == "glamping pod" else r.choice([1, 2, 2, 3, 3, 4, 5, 7, 7, 10])
                dep = d + _days(nights)
                if dep > s1:
                    break
                booked = d - _days(r.randint(2, 160))
                if booked > LAST:
                    d = dep
                    continue
                guest = r.choices(gids, gw)[0]
                tries = 0
                while created[guest] > booked and tries < 20:
                    guest = r.choices(gids, gw)[0]
                    tries += 1
                if p[3] == "group field":
                    adults, children = r.randint(6, 16), r.randint(0, 8)
                else:
                    adults = r.choice([1, 2, 2, 2, 2, 3, 4])
                    children = r.randint(0, max(0, p[6] - adults))
                dogs = r.choice([0, 0, 0, 0, 1, 1, 2]) if p[3] != "glamping pod" else 0
                if dep <= TODAY:
                    status = r.choices(["D", "X", "N"], [91, 7, 2])[0]
                elif d <= TODAY:
                    status = "I" if r.random() > 0.05 else "X"
                else:
                    status = "X" if r.random() < 0.05 else "B"
                rate = p[7] * (0.9 if d.year == 2023 else 1.0)
                price = round(nights * (rate + 3 * dogs), 2)
                bookings.append([d, p[0], guest, booked, dep, adults, children, dogs, status, price])
                d = dep
    bookings.sort(key=lambda b: (b[3], b[0], b[1]))
    rows = [(i, b[2], b[1], _iso(b[3]), _iso(b[0]), _iso(b[4]), b[5], b[6], b[7], b[8], b[9])
            for i, b in enumerate(bookings, 1)]  # fmt: skip
    # one large school party on the group field
    big = next(x for x in rows if x[2] == pitches[-1][0] and x[9] == "D" and x[4].startswith("2024-07"))
    rows[big[0] - 1] = (*big[:6], 22, 4, 0, *big[9:])
    insert(c, "booking", rows)
    items = {"Firewood": [("Firewood bag", 7.5)], "Gas": [("Calor gas 6kg refill", 22.0), ("Camping gaz cartridge", 4.5)],
             "Groceries": [("Milk", 1.6), ("Bread", 2.2), ("Bacon", 4.2), ("Eggs (6)", 2.8), ("Breakfast bundle", 12.0)],
             "Ice cream": [("Ice lolly", 2.0), ("Cornetto", 2.8)], "Souvenirs": [("Tea towel", 8.0), ("Mug", 9.5)],
             "Camping gear": [("Tent pegs (10)", 6.0), ("Mallet", 9.0), ("Torch", 12.0)]}  # fmt: skip
    cats = list(items)
    sales = []
    for b in rows:
        a0, d0 = D.fromisoformat(b[4]), D.fromisoformat(b[5])
        if b[9] not in ("D", "I") or a0 > LAST:
            continue
        for _ in range(r.randint(0, 4)):
            sd = day_between(r, a0, min(d0, LAST))
            cat = r.choices(cats, [25, 10, 35, 15, 5, 10])[0]
            name, price = r.choice(items[cat])
            q = r.randint(1, 3) if cat in ("Groceries", "Ice cream", "Firewood") else 1
            sales.append(
                (_stamp(sd, r, 8, 20), b[0], cat, name, round(q * price, 2), r.choice(["CARD", "CARD", "CASH"]))
            )
    for _ in range(420):
        s0, s1 = r.choice(seasons)
        sd = day_between(r, s0, min(s1, LAST))
        cat = r.choices(cats, [15, 20, 30, 25, 5, 5])[0]
        name, price = r.choice(items[cat])
        sales.append((_stamp(sd, r, 8, 20), None, cat, name, price, r.choice(["CARD", "CASH"])))
    sales.sort(key=lambda s: s[0])
    insert(c, "shopsale", [(i, *s) for i, s in enumerate(sales, 1)])
    issues = ["Electric hook-up tripping", "Waterlogged after rain", "Broken fire pit", "Leaking roof", "Damaged bollard",
              "Heater not working", "Door lock sticking", "Pothole on hardstanding"]  # fmt: skip
    jobs = []
    for _ in range(95):
        p = r.choice([p for p in pitches if p[3] != "lodge"])
        rep = day_between(r, D(2023, 3, 1), LAST)
        fix = rep + _days(r.randint(0, 21))
        fixed = None if fix > LAST or r.random() < 0.03 else _iso(fix)
        contractor = r.choice([None, None, "Lakes Electrical", "Kendal Joinery", "Eden Groundworks"])
        cost = None if contractor is None and r.random() < 0.6 else round(r.uniform(25, 480), 2)
        if fixed is None:
            cost = None
        jobs.append((rep, p[0], r.choice(issues), fixed, cost, contractor))
    jobs.sort(key=lambda j: (j[0], j[1]))
    insert(c, "maintenance", [(i, j[1], _iso(j[0]), j[2], j[3], j[4], j[5]) for i, j in enumerate(jobs, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ stables
def build_stables(path: Path) -> None:
    r = random.Random(35005)
    c = fresh_db(
        path,
        """
        CREATE TABLE owner (
            own_id INTEGER PRIMARY KEY, own_first_nm TEXT NOT NULL, own_last_nm TEXT NOT NULL, own_phone TEXT,
            own_email TEXT, own_since_dt TEXT NOT NULL);
        CREATE TABLE horse (
            hrs_id INTEGER PRIMARY KEY, hrs_nm TEXT NOT NULL, hrs_breed TEXT NOT NULL, hrs_sex TEXT NOT NULL,
            hrs_colour TEXT NOT NULL, hrs_foaled_dt TEXT NOT NULL, hrs_height_hh REAL NOT NULL,
            hrs_own_id INTEGER REFERENCES owner(own_id),  -- NULL: a school horse owned by the yard
            hrs_dam_id INTEGER REFERENCES horse(hrs_id), hrs_arrived_dt TEXT NOT NULL, hrs_retired_dt TEXT);
        CREATE TABLE instructor (
            ins_id INTEGER PRIMARY KEY, ins_first_nm TEXT NOT NULL, ins_last_nm TEXT NOT NULL,
            ins_qual_cd TEXT NOT NULL, ins_start_dt TEXT NOT NULL, ins_end_dt TEXT, ins_hourly_rt REAL NOT NULL);
        CREATE TABLE rider (
            rdr_id INTEGER PRIMARY KEY, rdr_first_nm TEXT NOT NULL, rdr_last_nm TEXT NOT NULL,
            rdr_birth_dt TEXT NOT NULL,
            rdr_ability_cd TEXT NOT NULL,  -- B beginner, N novice, I intermediate, A advanced
            rdr_joined_dt TEXT NOT NULL, rdr_phone TEXT);
        CREATE TABLE lesson (
            lsn_id INTEGER PRIMARY KEY, lsn_ins_id INTEGER NOT NULL REFERENCES instructor(ins_id),
            lsn_start_ts TEXT NOT NULL, lsn_type TEXT NOT NULL, lsn_duration_min INTEGER NOT NULL,
            lsn_arena TEXT NOT NULL, lsn_price REAL NOT NULL, lsn_cancelled_flg INTEGER NOT NULL);
        CREATE TABLE lesson_booking (
            lbk_id INTEGER PRIMARY KEY, lbk_lsn_id INTEGER NOT NULL REFERENCES lesson(lsn_id),
            lbk_rdr_id INTEGER NOT NULL REFERENCES rider(rdr_id), lbk_hrs_id INTEGER NOT NULL REFERENCES horse(hrs_id),
            lbk_booked_ts TEXT NOT NULL, lbk_attended_flg INTEGER);
        CREATE TABLE livery (
            lvy_id INTEGER PRIMARY KEY, lvy_hrs_id INTEGER NOT NULL REFERENCES horse(hrs_id),
            lvy_type TEXT NOT NULL, lvy_start_dt TEXT NOT NULL, lvy_end_dt TEXT, lvy_monthly_fee REAL NOT NULL);
        CREATE TABLE farrier_visit (
            frv_id INTEGER PRIMARY KEY, frv_hrs_id INTEGER NOT NULL REFERENCES horse(hrs_id),
            frv_visit_dt TEXT NOT NULL, frv_work_desc TEXT NOT NULL, frv_cost REAL NOT NULL);
        """,
    )
    onames = full_names(r, 32)
    owners = []
    for i, n in enumerate(onames, 1):
        f, last = n.split(" ")
        owners.append((i, f, last, f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                       None if i % 6 == 0 else f"{f.lower()}@horsemail.example",
                       _iso(day_between(r, D(2012, 1, 1), D(2025, 4, 30)))))  # fmt: skip
    insert(c, "owner", owners)
    # name, breed, sex, colour, foaled, height, owner, dam name, arrived, retired
    spec = [
        ("Bramble", "Irish Draught", "mare", "bay", "2003-04-22", 15.3, None, None, "2008-05-01", None),
        ("Duchess", "Welsh Cob", "mare", "chestnut", "2001-05-10", 14.2, None, None, "2007-03-15", "2022-09-01"),
        ("Jasper", "Cob", "gelding", "piebald", "2011-06-02", 15.1, None, None, "2016-08-20", None),
        ("Toby", "New Forest Pony", "gelding", "grey", "2008-03-14", 13.2, None, None, "2014-04-10", None),
        ("Pickle", "Shetland", "gelding", "black", "2004-05-30", 10.2, None, None, "2010-06-01", "2024-11-30"),
        ("Briar", "Irish Draught", "mare", "bay", "2010-05-09", 16.0, None, "Bramble", "2010-05-09", None),
        ("Blackberry", "Irish Draught", "gelding", "brown", "2013-04-17", 15.2, None, "Bramble", "2013-04-17", None),
        ("Thistle", "Irish Draught", "mare", "bay", "2016-05-25", 15.3, None, "Bramble", "2016-05-25", None),
        ("Countess", "Welsh Cob", "mare", "chestnut", "2009-06-11", 14.3, None, "Duchess", "2009-06-11", None),
        ("Baroness", "Welsh Cob", "mare", "chestnut", "2012-04-03", 14.1, 7, "Duchess", "2012-04-03", None),
        ("Marquise", "Welsh Cob", "mare", "bay", "2019-05-20", 14.2, None, "Countess", "2019-05-20", None),
        ("Rolo", "Connemara", "gelding", "dun", "2012-07-01", 14.2, None, None, "2018-02-11", None),
        ("Murphy", "Irish Sport Horse", "gelding", "bay", "2009-04-19", 16.2, None, None, "2015-09-01", None),
        ("Skye", "Highland Pony", "mare", "dun", "2014-05-05", 14.0, None, None, "2020-03-01", None),
        ("Willow", "Thoroughbred", "mare", "bay", "2006-04-04", 16.1, 3, None, "2014-01-12", None),
        ("Wisp", "Thoroughbred Cross", "mare", "grey", "2017-04-28", 15.3, 3, "Willow", "2017-04-28", None),
        ("Hector", "Clydesdale Cross", "gelding", "bay roan", "2000-05-15", 16.3, None, None, "2011-06-01", "2021-06-30"),
        ("Poppy", "Welsh Section A", "mare", "grey", "2013-03-30", 12.0, None, None, "2019-07-15", None),
        ("Maverick", "Cob", "gelding", "skewbald", "2015-05-12", 15.0, None, None, "2021-04-01", None),
        ("Sherlock", "Connemara", "gelding", "grey", "2016-06-08", 14.3, None, None, "2023-02-20", None),
        ("Flicka", "Welsh Cob", "mare", "palomino", "2021-05-02", 13.3, None, "Countess", "2021-05-02", None),
    ]  # fmt: skip
    livery_spec = [
        ("Dexter", "Warmblood", "gelding", "bay", 16.3), ("Gatsby", "Thoroughbred", "gelding", "chestnut", 16.1),
        ("Luna", "Connemara", "mare", "grey", 14.2), ("Ziggy", "Cob", "gelding", "piebald", 15.0),
        ("Missy", "Welsh Section D", "mare", "bay", 15.0), ("Ollie", "Irish Sport Horse", "gelding", "grey", 16.2),
        ("Rosie", "Highland Pony", "mare", "dun", 14.1), ("Monty", "Warmblood", "gelding", "black", 17.0),
        ("Tilly", "New Forest Pony", "mare", "bay", 14.0), ("Boris", "Cob", "gelding", "coloured", 15.2),
        ("Cassie", "Thoroughbred", "mare", "bay", 16.0), ("Frankie", "Arab", "gelding", "grey", 15.0),
        ("Hattie", "Warmblood", "mare", "chestnut", 16.2), ("Indie", "Connemara", "mare", "dun", 14.3),
        ("Kez", "Irish Draught", "gelding", "grey", 16.1), ("Lottie", "Welsh Section B", "mare", "palomino", 13.2),
        ("Nelson", "Shire Cross", "gelding", "black", 17.1), ("Pablo", "Andalusian", "stallion", "grey", 15.3),
        ("Quincy", "Warmblood", "gelding", "bay", 16.3), ("Ruby", "Cob", "mare", "bay", 14.3),
        ("Smokey", "Highland Pony", "gelding", "grey", 14.2), ("Teddy", "Shetland", "gelding", "chestnut", 9.3),
        ("Veronica", "Thoroughbred", "mare", "bay", 16.0), ("Woody", "Cob", "gelding", "skewbald", 15.1),
        ("Xena", "Arab Cross", "mare", "chestnut", 15.1), ("Yogi", "Fell Pony", "gelding", "black", 14.0),
        ("Bella", "Irish Sport Horse", "mare", "bay", 16.0), ("Charlie", "Cob", "gelding", "piebald", 15.2),
        ("Dolly", "Welsh Cob", "mare", "chestnut", 14.2), ("Ernie", "Dales Pony", "gelding", "black", 14.1),
        ("Fern", "Thoroughbred Cross", "mare", "grey", 15.3), ("George", "Warmblood", "gelding", "bay", 16.2),
    ]  # fmt: skip
    owner_of = [1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 2, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 12, 23, 24, 25, 26, 27,
                28, 29, 30, 31, 12]  # fmt: skip
    for i, (n, b, s, col, h) in enumerate(livery_spec):
        foaled = day_between(r, D(2002, 3, 1), D(2020, 6, 30))
        arrived = day_between(r, max(foaled + _days(1500), D(2015, 1, 1)), D(2025, 3, 31))
        spec.append((n, b, s, col, _iso(foaled), h, owner_of[i], None, _iso(arrived), None))
    ids = {s[0]: i for i, s in enumerate(spec, 1)}
    horses = [(i, s[0], s[1], s[2], s[3], s[4], s[5], s[6], ids[s[7]] if s[7] else None, s[8], s[9])
              for i, s in enumerate(spec, 1)]  # fmt: skip
    insert(c, "horse", horses)
    inames = full_names(r, 6)
    instructors = [
        (1, *inames[0].split(" "), "BHSII", "2009-02-01", None, 32.0),
        (2, *inames[1].split(" "), "BHS3", "2015-05-11", None, 26.0),
        (3, *inames[2].split(" "), "BHS2", "2018-09-03", "2023-11-30", 21.0),
        (4, *inames[3].split(" "), "BHS3", "2020-01-06", "2024-08-31", 25.0),
        (5, *inames[4].split(" "), "BHS2", "2023-11-20", None, 21.0),
        (6, *inames[5].split(" "), "BHS3", "2024-09-02", None, 25.0),
    ]
    insert(c, "instructor", instructors)
    rnames = full_names(r, 260, exclude=[f"{o[1]} {o[2]}" for o in owners])
    riders = []
    for i, n in enumerate(rnames, 1):
        f, last = n.split(" ")
        adult = r.random() < 0.45
        birth = (
            day_between(r, D(1965, 1, 1), D(2004, 12, 31)) if adult else day_between(r, D(2008, 1, 1), D(2018, 12, 31))
        )
        riders.append((i, f, last, _iso(birth), r.choices("BNIA", [30, 30, 28, 12])[0],
                       _iso(day_between(r, D(2019, 1, 1), D(2025, 6, 1))), None if r.random() < 0.05 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"))  # fmt: skip
    insert(c, "rider", riders)
    active_riders = [x for x in riders if x[0] % 13 != 5]
    rw = [4 if x[0] % 17 == 2 else 1 for x in active_riders]
    school = [h for h in horses if h[7] is None and h[0] != ids["Duchess"] and h[0] != ids["Hector"]]
    lessons, lbk = [], []
    d = D(2023, 1, 3)
    while d <= D(2025, 6, 30):
        if d.weekday() != 0:
            for slot in sorted(r.sample([9, 10, 11, 13, 14, 15, 16, 17, 18], r.randint(2, 5))):
                ins_pool = [
                    x
                    for x in instructors
                    if D.fromisoformat(x[4]) <= d and (x[5] is None or D.fromisoformat(x[5]) >= d)
                ]
                ins = r.choices(ins_pool, [3 if x[0] == 2 else 2 for x in ins_pool])[0]
                kind = r.choices(["private", "group", "hack"], [35, 50, 15])[0]
                dur = {"private": r.choice([30, 45]), "group": 60, "hack": 90}[kind]
                arena = "Outdoor" if kind == "hack" else r.choice(["Indoor", "Outdoor"])
                if kind == "hack" and r.random() < 0.3:
                    arena = "Cross-country"
                price = {"private": 45.0 if dur == 30 else 58.0, "group": 32.0, "hack": 40.0}[kind]
                if d < D(2024, 4, 1):
                    price -= 3.0
                cancelled = 1 if d <= LAST and r.random() < 0.04 else 0
                lid = len(lessons) + 1
                lessons.append((lid, ins[0], f"{_iso(d)} {slot:02d}:00", kind, dur, arena, price, cancelled))
                n_r = {"private": 1, "group": r.randint(3, 6), "hack": r.randint(2, 6)}[kind]
                ok_horses = [h for h in school if D.fromisoformat(h[9]) < d - _days(1000) or h[0] == ids["Jasper"]]
                ok_horses = [h for h in ok_horses if (h[10] is None or D.fromisoformat(h[10]) > d)
                             and D.fromisoformat(h[5]) < d - _days(4 * 365)]  # fmt: skip
                hw = [3 if h[1] == "Jasper" else 2 if h[1] == "Rolo" else 1 for h in ok_horses]
                used: set[int] = set()
                who = {x[0] for x in r.choices(active_riders, rw, k=n_r)}
                for rid in sorted(who):
                    if D.fromisoformat(riders[rid - 1][5]) > d:
                        continue
                    hid = r.choices(ok_horses, hw)[0][0]
                    while hid in used:
                        hid = r.choices(ok_horses, hw)[0][0]
                    used.add(hid)
                    att = None if cancelled or d >= TODAY else 0 if r.random() < 0.07 else 1
                    bk = d - _days(r.randint(1, 21))
                    lbk.append((len(lbk) + 1, lid, rid, hid, _stamp(bk, r, 8, 21), att))
        d += _days(1)
    insert(c, "lesson", lessons)
    insert(c, "lesson_booking", lbk)
    fees = {"full": (650, 760), "part": (420, 480), "DIY": (260, 300), "grass": (180, 200)}
    livs = []
    for h in horses:
        if h[7] is None:
            continue
        start = D.fromisoformat(h[9])
        kind = r.choices(list(fees), [35, 30, 25, 10])[0]
        end = None
        if r.random() < 0.3:
            end = start + _days(r.randint(120, 900))
            if end > LAST:
                end = None
        if end is not None and r.random() < 0.6:
            livs.append([h[0], kind, start, end, float(r.randint(*fees[kind]) // 5 * 5)])
            kind = r.choice([k for k in fees if k != kind])
            start, end = end + _days(1), None
        livs.append([h[0], kind, start, end, float(r.randint(*fees[kind]) // 5 * 5)])
    livs.sort(key=lambda x: (x[2], x[0]))
    insert(
        c, "livery", [(i, x[0], x[1], _iso(x[2]), _iso(x[3]) if x[3] else None, x[4]) for i, x in enumerate(livs, 1)]
    )
    left = {x[0]: x[3] for x in livs if x[3] is not None and not any(y[0] == x[0] and y[3] is None for y in livs)}
    visits = []
    work = {"trim": (35.0, 40.0), "front shoes": (75.0, 85.0), "full set": (110.0, 125.0)}
    for h in horses:
        if h[10] is not None and D.fromisoformat(h[10]) < D(2023, 1, 1):
            continue
        w = r.choices(list(work), [35, 35, 30])[0]
        if h[10] is not None:
            w = "trim"
        d = max(D.fromisoformat(h[9]), D(2023, 1, 1)) + _days(r.randint(0, 40))
        stop = min(left.get(h[0], LAST), LAST)
        while d <= stop:
            cost = work[w][0] if d < D(2024, 7, 1) else work[w][1]
            kind = w
            if w == "full set" and r.random() < 0.05:
                kind, cost = "remedial shoeing", 160.0
            visits.append((d, h[0], kind, cost))
            d += _days(r.randint(42, 63))
    visits.sort()
    insert(c, "farrier_visit", [(i, v[1], _iso(v[0]), v[2], v[3]) for i, v in enumerate(visits, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- towing
def build_towing(path: Path) -> None:
    r = random.Random(35006)
    c = fresh_db(
        path,
        """
        CREATE TABLE lkp_job_status (status_code TEXT PRIMARY KEY, status_desc TEXT NOT NULL);
        CREATE TABLE lkp_tow_reason (
            reason_code TEXT PRIMARY KEY, reason_desc TEXT NOT NULL, police_request_yn TEXT NOT NULL);
        CREATE TABLE lkp_account (
            account_code TEXT PRIMARY KEY, account_name TEXT NOT NULL, account_type TEXT NOT NULL,
            credit_limit_amt REAL, payment_terms_days INTEGER NOT NULL);
        CREATE TABLE lkp_truck (
            truck_id INTEGER PRIMARY KEY, reg_plate TEXT NOT NULL, truck_type TEXT NOT NULL, make_model TEXT NOT NULL,
            bought_dt TEXT NOT NULL, in_service_yn TEXT NOT NULL);
        CREATE TABLE rpt_tow_job (
            job_no INTEGER PRIMARY KEY, job_year INTEGER NOT NULL, job_month INTEGER NOT NULL,
            call_received_at TEXT NOT NULL, dispatched_at TEXT, arrived_at TEXT, completed_at TEXT,
            status_code TEXT NOT NULL REFERENCES lkp_job_status(status_code),
            reason_code TEXT NOT NULL REFERENCES lkp_tow_reason(reason_code),
            account_code TEXT REFERENCES lkp_account(account_code), account_name TEXT,
            truck_id INTEGER REFERENCES lkp_truck(truck_id), truck_reg_plate TEXT, driver_badge TEXT,
            driver_name TEXT, customer_name TEXT NOT NULL, customer_phone TEXT, vehicle_reg TEXT NOT NULL,
            vehicle_make TEXT NOT NULL, vehicle_model TEXT NOT NULL, vehicle_class TEXT NOT NULL,
            pickup_street TEXT NOT NULL, pickup_town TEXT NOT NULL, dropoff_type TEXT, dropoff_town TEXT,
            miles_towed REAL, callout_fee REAL, mileage_fee REAL, total_charge REAL, paid_yn TEXT NOT NULL,
            police_ref TEXT);
        CREATE TABLE impound_release (
            release_id INTEGER PRIMARY KEY, job_no INTEGER NOT NULL REFERENCES rpt_tow_job(job_no),
            released_at TEXT NOT NULL, released_to_name TEXT NOT NULL, id_checked_yn TEXT NOT NULL,
            storage_days INTEGER NOT NULL, fee_paid_amt REAL NOT NULL);
        """,
    )
    insert(c, "lkp_job_status", [("CMP", "Completed"), ("CNL", "Cancelled by customer"), ("GOA", "Gone on arrival"),
                                 ("OPN", "Open")])  # fmt: skip
    reasons = [("BRK", "Breakdown", "N"), ("ACC", "Road traffic accident", "N"), ("ILP", "Illegally parked", "Y"),
               ("ABN", "Abandoned vehicle", "Y"), ("REP", "Repossession", "N"), ("SEZ", "Police seizure", "Y"),
               ("TRN", "Vehicle transport", "N")]  # fmt: skip
    insert(c, "lkp_tow_reason", reasons)
    police = {x[0] for x in reasons if x[2] == "Y"}
    accounts = [("RAM01", "RoadAid Motor Club", "motor club", None, 30), ("HRC02", "Highway Rescue Club", "motor club", None, 30),
                ("SHI01", "Shield Direct Insurance", "insurer", 50000.0, 45), ("NMI02", "Northmoor Mutual", "insurer", 30000.0, 45),
                ("FLT01", "Tyne Van Hire", "fleet", 8000.0, 30), ("FLT02", "Metro Couriers", "fleet", 5000.0, 14),
                ("CNC01", "Gateshead Council Parking", "council", None, 30),
                ("POL01", "Northumbria Police", "police", None, 30),
                ("FIN01", "Quayside Motor Finance", "finance", 10000.0, 30)]  # fmt: skip
    insert(c, "lkp_account", accounts)
    acc_name = {a[0]: a[1] for a in accounts}
    trucks = [(1, "NK19 TWA", "flatbed", "Iveco Daily 7.2t", "2019-03-01", "Y"),
              (2, "NK20 TWB", "flatbed", "Iveco Daily 7.2t", "2020-09-14", "Y"),
              (3, "NL68 WLF", "wheel-lift", "Ford Transit Spectacle", "2018-10-02", "Y"),
              (4, "NL21 WLG", "wheel-lift", "Ford Transit Spectacle", "2021-04-20", "Y"),
              (5, "NX17 HRV", "heavy recovery", "Volvo FM 6x4 Underlift", "2017-06-30", "Y"),
              (6, "NK16 TWS", "flatbed", "MAN TGL 7.5t", "2016-02-11", "Y"),
              (7, "NK13 OLD", "flatbed", "Mercedes Atego", "2013-05-05", "N")]  # fmt: skip
    insert(c, "lkp_truck", trucks)
    plate = {t[0]: t[1] for t in trucks}
    dnames = full_names(r, 10)
    drivers = [(f"D{i:02d}", n) for i, n in enumerate(dnames, 1)]
    dw = [5, 4, 4, 3, 3, 3, 2, 2, 1, 1]
    makes = [("Ford", ["Fiesta", "Focus", "Kuga", "Transit"]), ("Vauxhall", ["Corsa", "Astra", "Vivaro"]),
             ("Volkswagen", ["Golf", "Polo", "Transporter"]), ("Nissan", ["Qashqai", "Juke", "Micra"]),
             ("BMW", ["3 Series", "1 Series"]), ("Toyota", ["Yaris", "Corolla"]), ("Kia", ["Sportage", "Ceed"]),
             ("Peugeot", ["208", "3008", "Partner"]), ("Audi", ["A3", "A4"]), ("Tesla", ["Model 3", "Model Y"])]  # fmt: skip
    mk_w = [18, 15, 13, 11, 6, 8, 6, 7, 5, 2]
    towns = ["Gateshead", "Newcastle", "Sunderland", "South Shields", "Washington", "Jarrow", "Whitley Bay",
             "Hexham"]  # fmt: skip
    town_w = [26, 30, 14, 9, 8, 5, 5, 3]
    streets = ["High Street", "Station Road", "Front Street", "Durham Road", "Coast Road", "Church Lane",
               "A1 Western Bypass", "Tyne Tunnel approach", "Park Road", "Victoria Road"]  # fmt: skip
    people = full_names(r, 900)
    hours = list(range(24))
    hour_w = [2, 1, 1, 1, 1, 2, 4, 8, 12, 9, 7, 7, 8, 8, 9, 11, 13, 19, 14, 9, 6, 5, 4, 3]
    calls = sorted(day_between(r, D(2023, 1, 2), TODAY) for _ in range(2500))
    jobs, releases = [], []
    for jn, d in enumerate(calls, 1001):
        hh = r.choices(hours, hour_w)[0]
        if d == TODAY:
            hh = r.randint(0, 9)
        call = dt.datetime(d.year, d.month, d.day, hh, r.randrange(60), r.randrange(60))
        reason = r.choices([x[0] for x in reasons], [50, 18, 14, 5, 5, 4, 4])[0]
        vclass = r.choices(["car", "van", "motorbike", "HGV"], [80, 12, 4, 4])[0]
        if reason in ("ILP", "SEZ", "REP") and vclass == "HGV":
            vclass = "car"
        make, models = r.choices(makes, mk_w if reason != "ACC" else [14, 22, 10, 10, 8, 6, 5, 7, 6, 2])[0]
        model = r.choice(models)
        if vclass == "HGV":
            make, model = r.choice([("DAF", "XF"), ("Scania", "R450"), ("Volvo", "FH"), ("MAN", "TGX")])
        elif vclass == "motorbike":
            make, model = r.choice([("Honda", "CBR500R"), ("Yamaha", "MT-07"), ("Triumph", "Bonneville")])
        if reason == "BRK":
            account = r.choices(["RAM01", "HRC02", "FLT01", "FLT02", None], [30, 20, 8, 7, 35])[0]
        elif reason == "ACC":
            account = r.choices(["SHI01", "NMI02", None], [35, 25, 40])[0]
        elif reason in ("ILP", "ABN"):
            account = "CNC01"
        elif reason == "SEZ":
            account = "POL01"
        elif reason == "REP":
            account = "FIN01"
        else:
            account = r.choice(["FLT01", "FLT02", None, None])
        if d >= D(2025, 6, 14) and (d == TODAY or r.random() < 0.4):
            status = "OPN"
        else:
            status = r.choices(["CMP", "CNL", "GOA"], [86, 8, 6])[0]
            if reason in ("SEZ", "REP") and status == "GOA":
                status = "CMP"
        if vclass == "HGV":
            truck = 5
        else:
            pool = [1, 2, 3, 4] if d >= D(2024, 3, 1) else [1, 2, 3, 4, 7]
            if vclass == "motorbike":
                pool = [p for p in pool if p in (1, 2, 7)]
            if d < D(2025, 4, 20) and r.random() < 0.06:
                pool = [6]
            truck = r.choice(pool)
        badge, dname = r.choices(drivers, dw)[0]
        disp = call + dt.timedelta(minutes=r.randint(2, 15))
        arrive = disp + dt.timedelta(minutes=r.randint(12, 70) + (20 if reason == "BRK" else 0))
        done_at = arrive + dt.timedelta(minutes=r.randint(35, 140))
        miles = round(r.uniform(5, 80) if vclass == "HGV" else r.uniform(1.5, 38), 1)
        if reason == "ACC":
            drop = r.choices(["garage", "impound", "scrapyard"], [40, 45, 15])[0]
        elif reason == "BRK":
            drop = r.choices(["garage", "home"], [65, 35])[0]
        elif reason in ("ILP", "SEZ"):
            drop = "impound"
        elif reason == "ABN":
            drop = r.choices(["impound", "scrapyard"], [60, 40])[0]
        elif reason == "REP":
            drop = "auction house"
        else:
            drop = r.choice(["garage", "home"])
        callout = {"car": 85.0, "van": 110.0, "motorbike": 75.0, "HGV": 350.0}[vclass]
        if d < D(2024, 4, 1):
            callout -= 10.0
        per_mile = 6.0 if vclass == "HGV" else 2.5
        police_ref = f"NP-{d.year}-{r.randint(10000, 99999)}" if reason in police else None
        if status == "CNL":
            disp_s = disp if r.random() < 0.6 else None
            row = dict(
                disp=disp_s,
                arr=None,
                comp=None,
                truck=truck if disp_s else None,
                drop=None,
                miles=None,
                callout=0.0,
                mf=0.0,
                total=0.0,
                paid="Y",
            )
        elif status == "GOA":
            row = dict(
                disp=disp,
                arr=arrive,
                comp=None,
                truck=truck,
                drop=None,
                miles=None,
                callout=45.0,
                mf=0.0,
                total=45.0,
                paid="Y" if r.random() < 0.9 else "N",
            )
        elif status == "OPN":
            arrived = arrive if arrive < dt.datetime(2025, 6, 15, 10, 0) else None
            row = dict(
                disp=disp,
                arr=arrived,
                comp=None,
                truck=truck,
                drop=drop,
                miles=None,
                callout=None,
                mf=None,
                total=None,
                paid="N",
            )
        else:
            mf = round(miles * per_mile, 2)
            recent = (TODAY - d).days < 35
            paid = "N" if (recent and r.random() < 0.45) or r.random() < 0.03 else "Y"
            row = dict(
                disp=disp,
                arr=arrive,
                comp=done_at,
                truck=truck,
                drop=drop,
                miles=miles,
                callout=callout,
                mf=mf,
                total=round(callout + mf, 2),
                paid=paid,
            )
        cust = r.choice(people)
        vreg = f"{r.choice(['NK', 'NL', 'ND', 'NX', 'NA', 'YS', 'SJ'])}{r.randint(10, 24)} {''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
        if row["truck"] is None:
            badge_s, dname_s = None, None
        else:
            badge_s, dname_s = badge, dname
        fmt = "%Y-%m-%d %H:%M:%S"
        jobs.append((jn, d.year, d.month, call.strftime(fmt), row["disp"].strftime(fmt) if row["disp"] else None,
                     row["arr"].strftime(fmt) if row["arr"] else None, row["comp"].strftime(fmt) if row["comp"] else None,
                     status, reason, account, acc_name.get(account) if account else None, row["truck"],
                     plate[row["truck"]] if row["truck"] else None, badge_s, dname_s,
                     cust if account not in ("CNC01", "POL01") else "Registered keeper unknown",
                     None if r.random() < 0.15 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                     vreg, make, model, vclass, r.choice(streets), r.choices(towns, town_w)[0], row["drop"],
                     "Gateshead" if row["drop"] == "impound" else (r.choice(towns) if row["drop"] else None),
                     row["miles"], row["callout"], row["mf"], row["total"], row["paid"], police_ref))  # fmt: skip
        if status == "CMP" and row["drop"] == "impound":
            rel_days = r.randint(0, 40) if reason != "ABN" else r.randint(10, 120)
            rel = row["comp"] + dt.timedelta(days=rel_days, hours=r.randint(1, 8))
            if rel.date() <= LAST and not (reason == "ABN" and r.random() < 0.5):
                sd = max(1, rel_days)
                releases.append((rel, jn, cust if account not in ("CNC01", "POL01") else r.choice(people),
                                 "Y" if r.random() < 0.97 else "N", sd, 150.0 + 25.0 * sd))  # fmt: skip
    insert(c, "rpt_tow_job", jobs)
    releases.sort()
    insert(
        c, "impound_release", [(i, x[1], x[0].strftime("%Y-%m-%d %H:%M:%S"), *x[2:]) for i, x in enumerate(releases, 1)]
    )
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "animalshelter": build_animalshelter,
    "funeralhome": build_funeralhome,
    "photostudio": build_photostudio,
    "campsite": build_campsite,
    "stables": build_stables,
    "towing": build_towing,
}
