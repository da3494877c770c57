"""Six small education, culture and community databases for the eightieth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except the courses already planned in
``volksuniversiteit`` (status 'gepland') and the repair café sessions already scheduled in ``repaircafe``.

- ``volksuniversiteit`` (Dutch table and column names, Dutch values, flags 'J'/'N' = ja/nee): a Dutch adult-education
  college running evening courses. ``locatie`` (venue; ``stad`` = town, ``rolstoeltoegankelijk`` 'J'/'N' wheelchair
  access), ``docent`` (teacher; ``uurtarief`` hourly rate in euros, ``in_dienst_sinds`` hired, ``uit_dienst`` date the
  teacher left, NULL while still teaching), ``cursus`` (course: ``titel``, ``categorie`` 'Talen' languages / 'Kunst'
  art / 'Koken' cooking / 'Computer' / 'Muziek' music / 'Gezondheid' health, ``startdatum``, ``aantal_lessen`` number of
  lessons, ``prijs`` in euros, ``max_deelnemers`` capacity, ``status`` 'gepland' planned / 'lopend' running /
  'afgerond' finished / 'geannuleerd' cancelled), ``deelnemer`` (participant: ``woonplaats`` home town,
  ``geboortejaar`` year of birth, ``nieuwsbrief`` 'J'/'N' newsletter), ``inschrijving`` (the enrolment link between
  cursus and deelnemer: ``datum``, ``betaald`` 'J'/'N' paid, ``korting`` discount in euros or NULL, ``afgemeld``
  'J'/'N' withdrew) and ``beoordeling`` (a participant's rating of a finished course, ``cijfer`` 1-10, optional
  ``opmerking`` comment).
- ``mensshed`` (plural PascalCase tables, camelCase columns, 0/1 flags; self-referencing ``Members.mentorId``): a
  network of community workshops ("men's sheds"). ``Sheds`` (``openedOn``, ``hasLathe`` 0/1,
  ``isRegisteredCharity`` 0/1), ``Members`` (``homeShedId``, ``joinedOn``, ``leftOn`` NULL while still a member,
  ``mentorId`` the member who mentors them), ``Projects`` (``startedOn``, ``finishedOn`` NULL while still open,
  ``materialsCostPence`` in pence, ``forCommunity`` 0/1 = built for a community group), ``ProjectMembers`` (link,
  ``hoursLogged``), ``Workshops`` (skills sessions led by a member: ``heldOn``, ``feePence``, ``places``, ``booked``)
  and ``Donations`` (``amountPence`` in pence, ``giftAid`` 0/1).
- ``brassband`` (every table prefixed ``tbl_``, abbreviated columns, money in pence): a brass-band association.
  ``tbl_bnd`` (band: ``bnd_nm``, ``twn``, ``sctn`` contest section 'Championship', '1st' ... '4th', ``fnd_yr``),
  ``tbl_plyr`` (player: ``plyr_nm``, ``instr`` instrument, ``jn_dt`` joined, ``lft_dt`` NULL while still playing,
  ``ann_sub_amt`` annual subscription in pence), ``tbl_pce`` (music piece: ``pce_ttl``, ``cmpsr`` composer,
  ``dur_min`` minutes, ``pub_yr``, ``tst_pce_flg`` 'Y'/'N' = contest test piece), ``tbl_cntst`` (contest: ``cntst_nm``,
  ``vnu``, ``cntst_dt``, ``sctn``), ``tbl_ent`` (a band's entry in a contest: ``plc`` placing 1 = winner, ``pts``,
  ``cndctr_nm`` conductor, ``ent_fee_amt`` pence), ``tbl_cncrt`` (concert: ``cncrt_dt``, ``vnu``, ``tkt_prc`` pence,
  ``aud_cnt`` audience) and the link table ``tbl_cncrt_pce`` (pieces played at a concert, ``seq_no``).
- ``spellingbee`` (snake_case, every date stored as an integer YYYYMMDD): a schools spelling competition. ``school``
  (``district``, ``kind`` 'primary'/'secondary'), ``speller`` (pupil: ``grade`` 4-8, ``birth_date``), ``word``
  (``difficulty`` 1 easiest to 5 hardest, ``origin`` language), ``contest`` (``level`` 'school' / 'district' /
  'regional' / 'national', ``held_on``), ``entry`` (a speller in a contest: ``final_rank`` 1 = winner, NULL when
  the speller withdrew, ``registered_on``) and ``attempt`` (a word given to an entry in a round, ``correct`` 0/1).
- ``repaircafe`` (snake_case, flags both as 'Y'/'N' text and as 0/1 integers; self-referencing
  ``volunteer.supervisor_id``): community repair cafés. ``venue`` (``has_parking`` 'Y'/'N', ``step_free`` 0/1),
  ``volunteer`` (fixer: ``skill``, ``supervisor_id``, ``is_active`` 0/1, ``pat_certified`` 'Y'/'N' = qualified to
  safety-test electrical items), ``event`` (a session at a venue: ``event_date``, ``cancelled`` 0/1), ``visitor``
  (``first_visit``, ``newsletter`` 'Y'/'N') and ``repair`` (an item brought in: ``item_category``, ``outcome`` 'fixed'
  / 'partly fixed' / 'not fixed' / 'advice given', ``weight_kg``, ``donation_pence`` in pence, ``safety_tested``
  'Y'/'N', ``came_back`` 0/1 = returned for a second attempt).
- ``muralproject`` (every column repeats its table name; flags as 'Y'/'N' and 0/1): a city's community mural
  programme. ``artist`` (``artist_name``, ``artist_city``, ``artist_is_local`` 'Y'/'N'), ``wall`` (``wall_address``,
  ``wall_neighbourhood``, ``wall_owner_type`` council/private/school/church, ``wall_area_m2``), ``mural``
  (``mural_title``, ``mural_start_date``, ``mural_completed_date`` NULL until finished, ``mural_budget`` in pounds,
  ``mural_status`` 'proposed' / 'in progress' / 'completed' / 'painted over', ``mural_is_protected`` 0/1), the link
  table ``mural_artist`` (``mural_artist_role`` 'lead'/'assistant', ``mural_artist_fee`` pounds), ``sponsor``
  (``sponsor_sector``) and ``sponsorship`` (``sponsorship_amount`` pounds, ``sponsorship_date``,
  ``sponsorship_confirmed`` 'Y'/'N').
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date | None) -> int | None:
    return int(d.strftime("%Y%m%d")) if d else None


# ---------------------------------------------------------------------------------------------------------------
# volksuniversiteit
# ---------------------------------------------------------------------------------------------------------------

NL_VOOR = [
    "Jan", "Sanne", "Pieter", "Femke", "Daan", "Lotte", "Bram", "Anouk", "Ruben", "Eva", "Thijs", "Iris", "Joost",
    "Marloes", "Koen", "Fleur", "Sem", "Noor", "Wouter", "Lieke", "Gerrit", "Annemiek", "Henk", "Ingrid",
]  # fmt: skip
NL_ACHTER = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
    "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "van Dijk",
]  # fmt: skip
NL_STAD = ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten"]

VU_DDL = """
CREATE TABLE locatie (
    locatie_id INTEGER PRIMARY KEY,
    naam TEXT NOT NULL,
    stad TEXT NOT NULL,
    adres TEXT NOT NULL,
    rolstoeltoegankelijk TEXT NOT NULL CHECK (rolstoeltoegankelijk IN ('J','N'))
);
CREATE TABLE docent (
    docent_id INTEGER PRIMARY KEY,
    voornaam TEXT NOT NULL,
    achternaam TEXT NOT NULL,
    email TEXT,
    uurtarief REAL NOT NULL,
    in_dienst_sinds TEXT NOT NULL,
    uit_dienst TEXT
);
CREATE TABLE cursus (
    cursus_id INTEGER PRIMARY KEY,
    titel TEXT NOT NULL,
    categorie TEXT NOT NULL,
    docent_id INTEGER NOT NULL REFERENCES docent(docent_id),
    locatie_id INTEGER NOT NULL REFERENCES locatie(locatie_id),
    startdatum TEXT NOT NULL,
    aantal_lessen INTEGER NOT NULL,
    prijs REAL NOT NULL,
    max_deelnemers INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE deelnemer (
    deelnemer_id INTEGER PRIMARY KEY,
    voornaam TEXT NOT NULL,
    achternaam TEXT NOT NULL,
    woonplaats TEXT NOT NULL,
    geboortejaar INTEGER,
    inschrijfdatum TEXT NOT NULL,
    nieuwsbrief TEXT NOT NULL CHECK (nieuwsbrief IN ('J','N'))
);
CREATE TABLE inschrijving (
    inschrijving_id INTEGER PRIMARY KEY,
    cursus_id INTEGER NOT NULL REFERENCES cursus(cursus_id),
    deelnemer_id INTEGER NOT NULL REFERENCES deelnemer(deelnemer_id),
    datum TEXT NOT NULL,
    betaald TEXT NOT NULL CHECK (betaald IN ('J','N')),
    korting REAL,
    afgemeld TEXT NOT NULL CHECK (afgemeld IN ('J','N')),
    UNIQUE (cursus_id, deelnemer_id)
);
CREATE TABLE beoordeling (
    beoordeling_id INTEGER PRIMARY KEY,
    inschrijving_id INTEGER NOT NULL REFERENCES inschrijving(inschrijving_id),
    cijfer INTEGER NOT NULL,
    opmerking TEXT
);
"""

VU_TITELS = {
    "Talen": ["Spaans voor beginners", "Italiaans A2", "Frans conversatie", "Duits B1", "Engels zakelijk",
              "Portugees voor op reis", "Zweeds A1"],
    "Kunst": ["Aquarelleren", "Modeltekenen", "Keramiek", "Fotografie basis", "Olieverf schilderen"],
    "Koken": ["Italiaanse keuken", "Vegetarisch koken", "Brood bakken", "Indiase curry's"],
    "Computer": ["Excel gevorderd", "Programmeren in Python", "Digitaal fotoalbum", "Veilig internetten"],
    "Muziek": ["Gitaar voor beginners", "Samenzang", "Muziekgeschiedenis", "Ukelele"],
    "Gezondheid": ["Yoga", "Mindfulness", "EHBO basis", "Tai chi"],
}  # fmt: skip


def build_volksuniversiteit(path: Path) -> None:
    r = random.Random(8001)
    c = fresh_db(path, VU_DDL)
    soorten = ["Buurthuis", "Bibliotheek", "Wijkcentrum", "Cultuurhuis", "School"]
    namen = ["De Linde", "Het Anker", "De Brug", "Oost", "West", "Centrum", "De Kroon", "Zonnehof", "De Horst",
             "Het Baken", "De Molen", "Parkzicht"]  # fmt: skip
    combos = [f"{s} {n}" for s in soorten for n in namen]
    r.shuffle(combos)
    straten = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Schoolstraat", "Beukenlaan", "Julianalaan"]
    locaties = []
    for i in range(1, 33):
        locaties.append(
            (
                i,
                combos[i - 1],
                NL_STAD[(i - 1) % 5] if i <= 10 else r.choice(NL_STAD),
                f"{r.choice(straten)} {r.randint(1, 180)}",
                "J" if r.random() < 0.7 else "N",
            )
        )
    insert(c, "locatie", locaties)

    docenten = []
    used = set()
    for i in range(1, 41):
        while True:
            v, a = r.choice(NL_VOOR), r.choice(NL_ACHTER)
            if (v, a) not in used:
                used.add((v, a))
                break
        hired = day_between(r, D(2014, 1, 1), D(2024, 9, 1))
        left = None
        if r.random() < 0.2:
            left = day_between(r, max(hired, D(2023, 3, 1)), D(2025, 5, 31))
        email = None if r.random() < 0.1 else f"{v.lower()}.{a.lower().replace(' ', '')}@vu-utrecht.nl"
        docenten.append((i, v, a, email, float(r.choice(range(35, 80, 1))), _iso(hired), _iso(left)))
    insert(c, "docent", docenten)

    cats = list(VU_TITELS)
    cursussen = []
    for i in range(1, 131):
        cat = r.choice(cats)
        titel = r.choice(VU_TITELS[cat])
        start = day_between(r, D(2023, 1, 9), D(2025, 9, 30))
        # a teacher still employed at the start
        cands = [d for d in docenten if d[5] <= start.isoformat() and (d[6] is None or d[6] > start.isoformat())]
        doc = r.choice(cands)[0]
        lessen = r.randint(4, 12)
        end = start + dt.timedelta(weeks=lessen - 1)
        prijs = float(r.randrange(60, 355, 5))
        if start > LAST:
            status = "geannuleerd" if r.random() < 0.08 else "gepland"
        elif r.random() < 0.08:
            status = "geannuleerd"
        elif end > LAST:
            status = "lopend"
        else:
            status = "afgerond"
        cursussen.append(
            (
                i,
                titel,
                cat,
                doc,
                r.randint(1, 32),
                _iso(start),
                lessen,
                prijs,
                r.choice([8, 10, 12, 14, 16, 20]),
                status,
            )
        )
    insert(c, "cursus", cursussen)

    deelnemers = []
    for i in range(1, 261):
        v, a = r.choice(NL_VOOR), r.choice(NL_ACHTER)
        gj = None if r.random() < 0.06 else r.randint(1942, 2005)
        deelnemers.append(
            (
                i,
                v,
                a,
                r.choice([*NL_STAD, "Bilthoven", "De Bilt"]),
                gj,
                _iso(day_between(r, D(2022, 6, 1), D(2025, 6, 1))),
                "J" if r.random() < 0.55 else "N",
            )
        )
    insert(c, "deelnemer", deelnemers)

    inschr = []
    iid = 0
    for cu in cursussen:
        if cu[9] == "geannuleerd" and r.random() < 0.5:
            continue
        start = D.fromisoformat(cu[5])
        n = r.randint(0, 5)
        for dn in r.sample(deelnemers, n):
            d = start - dt.timedelta(days=r.randint(3, 60))
            d = min(d, LAST)
            iid += 1
            betaald = "J" if (r.random() < 0.85 or cu[9] == "afgerond") else "N"
            if start > LAST and r.random() < 0.5:
                betaald = "N"
            korting = r.choice([10.0, 15.0, 25.0]) if r.random() < 0.15 else None
            afg = "J" if r.random() < 0.1 else "N"
            inschr.append((iid, cu[0], dn[0], _iso(d), betaald, korting, afg))
    insert(c, "inschrijving", inschr)

    status_of = {cu[0]: cu[9] for cu in cursussen}
    opm = ["Heel leerzaam", "Te snel", "Fijne docent", "Lokaal was te klein", "Aanrader!", "Graag een vervolg"]
    beo = []
    bid = 0
    for ins in inschr:
        if status_of[ins[1]] == "afgerond" and ins[6] == "N" and r.random() < 0.75:
            bid += 1
            beo.append(
                (
                    bid,
                    ins[0],
                    r.choices(range(4, 11), [1, 2, 4, 8, 9, 5, 2])[0],
                    r.choice(opm) if r.random() < 0.35 else None,
                )
            )
    insert(c, "beoordeling", beo)
    done(c)


# ---------------------------------------------------------------------------------------------------------------
# mensshed
# ---------------------------------------------------------------------------------------------------------------

UK_FIRST = [
    "Alan", "Barry", "Colin", "Derek", "Eric", "Frank", "Graham", "Howard", "Ian", "Jim", "Keith", "Len", "Malcolm",
    "Neil", "Owen", "Phil", "Ray", "Stuart", "Trevor", "Vince", "Walter", "Clive", "Roger", "Terry", "Gordon",
    "Brian", "Dennis", "Geoff",
]  # fmt: skip
UK_LAST = [
    "Ashworth", "Barker", "Clegg", "Dobson", "Ellis", "Fletcher", "Gibson", "Holt", "Ingram", "Jowett", "Kershaw",
    "Lister", "Marsden", "Naylor", "Oldroyd", "Pickles", "Ramsden", "Sutcliffe", "Thwaite", "Walsh", "Whiteley",
    "Hirst", "Crowther", "Haigh",
]  # fmt: skip
UK_TOWNS = [
    "Halifax", "Huddersfield", "Keighley", "Skipton", "Otley", "Ilkley", "Bingley", "Todmorden", "Hebden Bridge",
    "Brighouse", "Dewsbury", "Batley", "Holmfirth", "Pudsey", "Wetherby", "Harrogate", "Ripon", "Selby", "Settle",
    "Thirsk", "Malton", "Pickering", "Whitby", "Beverley", "Goole", "Barnsley", "Penistone", "Mirfield", "Elland",
    "Sowerby Bridge",
]  # fmt: skip

MS_DDL = """
CREATE TABLE Sheds (
    shedId INTEGER PRIMARY KEY,
    shedName TEXT NOT NULL,
    town TEXT NOT NULL,
    openedOn TEXT NOT NULL,
    hasLathe INTEGER NOT NULL,
    isRegisteredCharity INTEGER NOT NULL
);
CREATE TABLE Members (
    memberId INTEGER PRIMARY KEY,
    firstName TEXT NOT NULL,
    lastName TEXT NOT NULL,
    birthYear INTEGER,
    homeShedId INTEGER NOT NULL REFERENCES Sheds(shedId),
    joinedOn TEXT NOT NULL,
    leftOn TEXT,
    mentorId INTEGER REFERENCES Members(memberId),
    phone TEXT
);
CREATE TABLE Projects (
    projectId INTEGER PRIMARY KEY,
    projectTitle TEXT NOT NULL,
    shedId INTEGER NOT NULL REFERENCES Sheds(shedId),
    category TEXT NOT NULL,
    startedOn TEXT NOT NULL,
    finishedOn TEXT,
    materialsCostPence INTEGER NOT NULL,
    forCommunity INTEGER NOT NULL
);
CREATE TABLE ProjectMembers (
    projectId INTEGER NOT NULL REFERENCES Projects(projectId),
    memberId INTEGER NOT NULL REFERENCES Members(memberId),
    hoursLogged REAL NOT NULL,
    PRIMARY KEY (projectId, memberId)
);
CREATE TABLE Workshops (
    workshopId INTEGER PRIMARY KEY,
    shedId INTEGER NOT NULL REFERENCES Sheds(shedId),
    workshopTitle TEXT NOT NULL,
    heldOn TEXT NOT NULL,
    leaderId INTEGER NOT NULL REFERENCES Members(memberId),
    feePence INTEGER NOT NULL,
    places INTEGER NOT NULL,
    booked INTEGER NOT NULL
);
CREATE TABLE Donations (
    donationId INTEGER PRIMARY KEY,
    shedId INTEGER NOT NULL REFERENCES Sheds(shedId),
    donorName TEXT NOT NULL,
    donatedOn TEXT NOT NULL,
    amountPence INTEGER NOT NULL,
    giftAid INTEGER NOT NULL
);
"""


def build_mensshed(path: Path) -> None:
    r = random.Random(8002)
    c = fresh_db(path, MS_DDL)
    sheds = []
    for i, town in enumerate(UK_TOWNS, start=1):
        sheds.append(
            (
                i,
                f"{town} Men's Shed",
                town,
                _iso(day_between(r, D(2012, 1, 1), D(2024, 10, 1))),
                1 if r.random() < 0.5 else 0,
                1 if r.random() < 0.6 else 0,
            )
        )
    insert(c, "Sheds", sheds)

    members = []
    pairs = [(f, s) for f in UK_FIRST for s in UK_LAST]
    r.shuffle(pairs)
    for i in range(1, 241):
        f, s = pairs[i - 1]
        shed = r.randint(1, 30)
        opened = D.fromisoformat(sheds[shed - 1][3])
        joined = day_between(r, max(opened, D(2018, 1, 1)), D(2025, 5, 31))
        left = None
        if r.random() < 0.18:
            left = day_between(r, min(joined + dt.timedelta(days=60), LAST), LAST)
        mentor = None
        earlier = [m for m in members if m[4] == shed and m[5] < joined.isoformat()]
        if earlier and r.random() < 0.55:
            mentor = r.choice(earlier)[0]
        phone = None if r.random() < 0.25 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        members.append(
            (
                i,
                f,
                s,
                None if r.random() < 0.05 else r.randint(1938, 1978),
                shed,
                _iso(joined),
                _iso(left),
                mentor,
                phone,
            )
        )
    insert(c, "Members", members)

    titles = {
        "Woodwork": ["Bird boxes", "Garden benches", "Bug hotels", "Planters", "Toy chest", "Picnic table"],
        "Metalwork": ["Gate repair", "Weather vane", "Bike racks", "Sculpture frame"],
        "Repair": ["Lawnmower servicing", "Clock restoration", "Tool sharpening", "Chair re-caning"],
        "Garden": ["Raised beds", "Polytunnel", "Memorial garden", "Hedgehog houses"],
        "Community build": ["Scout hut shelving", "Library book trolley", "School stage set", "Church noticeboard"],
    }
    projects = []
    for i in range(1, 141):
        cat = r.choice(list(titles))
        started = day_between(r, D(2023, 1, 5), D(2025, 6, 1))
        fin = None
        if r.random() < 0.7:
            fin = started + dt.timedelta(days=r.randint(7, 160))
            if fin > LAST:
                fin = None
        projects.append(
            (
                i,
                r.choice(titles[cat]),
                r.randint(1, 30),
                cat,
                _iso(started),
                _iso(fin),
                r.randrange(500, 60000, 25),
                1 if cat == "Community build" or r.random() < 0.25 else 0,
            )
        )
    insert(c, "Projects", projects)

    pm = []
    for p in projects:
        local = [m for m in members if m[4] == p[2] and m[5] <= p[4]]
        if not local:
            local = [m for m in members if m[4] == p[2]]
        for m in r.sample(local, min(len(local), r.randint(1, 4))):
            pm.append((p[0], m[0], round(r.uniform(2, 60) * 2) / 2))
    insert(c, "ProjectMembers", pm)

    wt = ["Sharpening chisels", "Intro to the lathe", "Welding basics", "Dovetail joints", "Pyrography",
          "Bike maintenance", "Wood finishing", "Safe use of power tools", "Spoon carving"]  # fmt: skip
    ws = []
    for i in range(1, 91):
        held = day_between(r, D(2023, 1, 10), LAST)
        shed = r.randint(1, 30)
        leaders = [m for m in members if m[4] == shed and m[5] <= held.isoformat()] or [
            m for m in members if m[4] == shed
        ]
        places = r.choice([6, 8, 10, 12])
        ws.append(
            (
                i,
                shed,
                r.choice(wt),
                _iso(held),
                r.choice(leaders)[0],
                r.choice([0, 0, 500, 1000, 1500, 2000]),
                places,
                r.randint(2, places),
            )
        )
    insert(c, "Workshops", ws)

    donors = ["Rotary Club", "Co-op Community Fund", "Anonymous", "Lions Club", "Local Parish Council",
              "Screwfix Foundation", "Mrs J. Barraclough", "Masonic Lodge", "Round Table", "Mr P. Gledhill",
              "Women's Institute", "Tesco Stronger Starts"]  # fmt: skip
    dons = []
    for i in range(1, 181):
        dons.append(
            (
                i,
                r.randint(1, 30),
                r.choice(donors),
                _iso(day_between(r, START, LAST)),
                r.choice([500, 1000, 2000, 2500, 5000, 10000, 25000, 50000, 75000, 100000]) + r.choice([0, 0, 0, 250]),
                1 if r.random() < 0.4 else 0,
            )
        )
    insert(c, "Donations", dons)
    done(c)


# ---------------------------------------------------------------------------------------------------------------
# brassband
# ---------------------------------------------------------------------------------------------------------------

BB_DDL = """
CREATE TABLE tbl_bnd (
    bnd_id INTEGER PRIMARY KEY,
    bnd_nm TEXT NOT NULL,
    twn TEXT NOT NULL,
    sctn TEXT NOT NULL,
    fnd_yr INTEGER
);
CREATE TABLE tbl_plyr (
    plyr_id INTEGER PRIMARY KEY,
    plyr_nm TEXT NOT NULL,
    bnd_id INTEGER NOT NULL REFERENCES tbl_bnd(bnd_id),
    instr TEXT NOT NULL,
    jn_dt TEXT NOT NULL,
    lft_dt TEXT,
    ann_sub_amt INTEGER NOT NULL
);
CREATE TABLE tbl_pce (
    pce_id INTEGER PRIMARY KEY,
    pce_ttl TEXT NOT NULL,
    cmpsr TEXT NOT NULL,
    dur_min INTEGER NOT NULL,
    pub_yr INTEGER,
    tst_pce_flg TEXT NOT NULL CHECK (tst_pce_flg IN ('Y','N'))
);
CREATE TABLE tbl_cntst (
    cntst_id INTEGER PRIMARY KEY,
    cntst_nm TEXT NOT NULL,
    vnu TEXT NOT NULL,
    cntst_dt TEXT NOT NULL,
    sctn TEXT NOT NULL
);
CREATE TABLE tbl_ent (
    ent_id INTEGER PRIMARY KEY,
    cntst_id INTEGER NOT NULL REFERENCES tbl_cntst(cntst_id),
    bnd_id INTEGER NOT NULL REFERENCES tbl_bnd(bnd_id),
    plc INTEGER,
    pts INTEGER,
    cndctr_nm TEXT,
    ent_fee_amt INTEGER NOT NULL
);
CREATE TABLE tbl_cncrt (
    cncrt_id INTEGER PRIMARY KEY,
    bnd_id INTEGER NOT NULL REFERENCES tbl_bnd(bnd_id),
    cncrt_dt TEXT NOT NULL,
    vnu TEXT NOT NULL,
    tkt_prc INTEGER NOT NULL,
    aud_cnt INTEGER
);
CREATE TABLE tbl_cncrt_pce (
    cncrt_id INTEGER NOT NULL REFERENCES tbl_cncrt(cncrt_id),
    pce_id INTEGER NOT NULL REFERENCES tbl_pce(pce_id),
    seq_no INTEGER NOT NULL,
    PRIMARY KEY (cncrt_id, pce_id)
);
"""

BB_BANDS = [
    ("Black Dyke Mills", "Queensbury"), ("Brighouse and Rastrick", "Brighouse"), ("Hepworth", "Hepworth"),
    ("Marsden Silver", "Marsden"), ("Slaithwaite", "Slaithwaite"), ("Meltham and Meltham Mills", "Meltham"),
    ("Lindley", "Huddersfield"), ("Hade Edge", "Holmfirth"), ("Shepley", "Shepley"), ("Dobcross Silver", "Dobcross"),
    ("Delph", "Delph"), ("Diggle", "Diggle"), ("Uppermill", "Uppermill"), ("Greenfield", "Greenfield"),
    ("Boarshurst Silver", "Greenfield"), ("Stalybridge Old", "Stalybridge"), ("Wardle Anderson", "Wardle"),
    ("Haworth", "Haworth"), ("Skipton Brass", "Skipton"), ("Otley Brass", "Otley"), ("Ilkley Brass", "Ilkley"),
    ("Elland Silver", "Elland"), ("Rothwell Temperance", "Rothwell"), ("Hammonds Saltaire", "Saltaire"),
    ("Drighlington", "Drighlington"), ("Crofton Silver", "Crofton"), ("Grimethorpe Colliery", "Grimethorpe"),
    ("Carlton Main Frickley", "Carlton"), ("Hoyland Town", "Hoyland"), ("Stocksbridge", "Stocksbridge"),
    ("Emley", "Emley"), ("Thornton Cleveleys", "Thornton"),
]  # fmt: skip
BB_SECTIONS = ["Championship", "1st", "2nd", "3rd", "4th"]
BB_INSTR = ["Cornet", "Cornet", "Cornet", "Cornet", "Flugelhorn", "Tenor Horn", "Tenor Horn", "Baritone",
            "Euphonium", "Trombone", "Trombone", "Bass Trombone", "Eb Bass", "Bb Bass", "Percussion", "Percussion"]  # fmt: skip
BB_PIECES = [
    ("Le Carnaval Romain", "Berlioz"), ("Pines of Rome", "Respighi"), ("Cry of the Celts", "Doyle"),
    ("Spectrum", "Vinter"), ("Music of the Spheres", "Sparke"), ("Year of the Dragon", "Sparke"),
    ("Contest Music", "Wilby"), ("Les Francs Juges", "Berlioz"), ("Tam O'Shanter's Ride", "Arnold"),
    ("Journey to the Centre of the Earth", "Graham"), ("Harmony Music", "Howells"), ("Kensington Concerto", "Ball"),
    ("Pageantry", "Howells"), ("Variations on a Ninth", "Sparke"), ("Dances and Arias", "Gregson"),
    ("Cloudcatcher Fells", "McCabe"), ("Blitz", "Bourgeois"), ("Paganini Variations", "Wilby"),
    ("The Saga of Haakon the Good", "Sparke"), ("Fire in the Blood", "Gregson"), ("Masquerade", "Wilby"),
    ("Salute to Youth", "Vinter"), ("English Heritage", "Lloyd"), ("Triumph of Time", "Graham"),
    ("Between the Moon and Mexico", "Sparke"), ("Lake of the Moon", "Kenny"), ("Shine As The Light", "Graham"),
    ("Ravenswood", "Rimmer"), ("Slaidburn", "Rimmer"), ("Mars", "Holst"), ("Nimrod", "Elgar"),
    ("Floral Dance", "Moss"), ("Ode to Joy", "Beethoven"), ("Deep Harmony", "Parker"), ("Abide With Me", "Monk"),
    ("Jerusalem", "Parry"), ("Amazing Grace", "Traditional"), ("Gresford", "Jones"), ("Crimond", "Irvine"),
    ("The Cossack", "Rimmer"), ("Knight Templar", "Allan"), ("Punchinello", "Rimmer"), ("Dundonnell", "Broadbent"),
    ("Mack and Mabel", "Herman"), ("Bohemian Rhapsody", "Mercury"), ("Frolic for Trombones", "Heath"),
    ("Napoli", "Bellstedt"), ("Share My Yoke", "Webb"), ("Brillante", "Graham"), ("Rule Britannia", "Arne"),
    ("Land of Hope and Glory", "Elgar"), ("Hymn of the Highlands", "Sparke"), ("Nessun Dorma", "Puccini"),
    ("Cavatina", "Myers"), ("Concierto de Aranjuez", "Rodrigo"), ("Galop from Moscow Cheryomushki", "Shostakovich"),
    ("Procession to the Minster", "Wagner"), ("Little Suite for Brass", "Arnold"), ("Prismatic Light", "Bernat"),
    ("Ballycastle Bay", "Doyle"),
]  # fmt: skip
BB_TEST = {"Le Carnaval Romain", "Pines of Rome", "Cry of the Celts", "Spectrum", "Music of the Spheres",
           "Year of the Dragon", "Contest Music", "Les Francs Juges", "Tam O'Shanter's Ride",
           "Journey to the Centre of the Earth", "Harmony Music", "Kensington Concerto", "Pageantry",
           "Variations on a Ninth", "Dances and Arias", "Cloudcatcher Fells", "Blitz", "Paganini Variations",
           "The Saga of Haakon the Good", "Fire in the Blood", "Masquerade", "Salute to Youth", "English Heritage",
           "Triumph of Time"}  # fmt: skip
BB_VENUES = ["Huddersfield Town Hall", "Victoria Hall Halifax", "St George's Hall Bradford", "Leeds Town Hall",
             "Dewsbury Town Hall", "Skipton Town Hall", "Ilkley Kings Hall", "Holmfirth Picturedrome",
             "Saddleworth Civic Hall", "Hebden Bridge Picture House", "Otley Courthouse", "Harrogate Royal Hall"]  # fmt: skip
BB_CONDUCTORS = ["David Thornton", "Ian Porthouse", "Garry Cutt", "Alan Duguid", "Jo Cawthra", "Helen Tyler",
                 "Mark Peacock", "Sarah Baumann", "Philip Goodwin", "Ruth Holmes", "Gavin Saynor", "Leigh Baker"]  # fmt: skip


def build_brassband(path: Path) -> None:
    r = random.Random(8003)
    c = fresh_db(path, BB_DDL)
    bands = []
    for i, (nm, twn) in enumerate(BB_BANDS, start=1):
        sctn = BB_SECTIONS[min(4, (i - 1) // 6)] if i <= 30 else r.choice(BB_SECTIONS)
        bands.append((i, f"{nm} Band", twn, sctn, None if r.random() < 0.1 else r.randint(1840, 1990)))
    r.shuffle(bands)
    bands = [(i, *b[1:]) for i, b in enumerate(bands, start=1)]
    insert(c, "tbl_bnd", bands)

    players = []
    names = [
        f"{f} {s}"
        for f in [*UK_FIRST, "Emma", "Claire", "Joanne", "Sophie", "Rachel", "Kate", "Lucy", "Hannah"]
        for s in UK_LAST
    ]
    r.shuffle(names)
    for i in range(1, 361):
        jn = day_between(r, D(2005, 1, 1), D(2025, 5, 31))
        lft = None
        if r.random() < 0.2 and jn < D(2025, 3, 1):
            lft = day_between(r, max(jn + dt.timedelta(days=90), D(2023, 1, 1)), LAST)
        players.append(
            (
                i,
                names[i - 1],
                r.randint(1, 32),
                r.choice(BB_INSTR),
                _iso(jn),
                _iso(lft),
                r.choice([6000, 9000, 12000, 15000, 18000]),
            )
        )
    insert(c, "tbl_plyr", players)

    pieces = []
    for i, (t, cm) in enumerate(BB_PIECES, start=1):
        test = t in BB_TEST
        dur = r.randint(11, 20) if test else r.randint(3, 8)
        pieces.append((i, t, cm, dur, None if r.random() < 0.1 else r.randint(1890, 2022), "Y" if test else "N"))
    insert(c, "tbl_pce", pieces)

    contests = []
    cnames = ["Spring Festival", "Whit Friday Open", "Autumn Entertainment Contest", "Yorkshire Regional",
              "Pennine Brass Contest", "Butlins Mineworkers", "Wychavon Festival"]  # fmt: skip
    cid = 0
    for year in (2023, 2024, 2025):
        for nm in cnames:
            for sctn in r.sample(BB_SECTIONS, 2):
                dd = day_between(r, D(year, 1, 15), D(year, 12, 10))
                if dd > LAST:
                    continue
                cid += 1
                contests.append((cid, f"{nm} {year} ({sctn} Section)", r.choice(BB_VENUES), _iso(dd), sctn))
    insert(c, "tbl_cntst", contests)

    ents = []
    eid = 0
    for ct in contests:
        same = [b for b in bands if b[3] == ct[4]]
        others = [b for b in bands if b[3] != ct[4]]
        chosen = r.sample(same, min(len(same), r.randint(4, 6))) + r.sample(others, r.randint(0, 2))
        scores = r.sample(range(160, 199), len(chosen))
        order = sorted(zip(chosen, scores, strict=False), key=lambda x: -x[1])
        for plc, (b, pts) in enumerate(order, start=1):
            eid += 1
            ents.append(
                (
                    eid,
                    ct[0],
                    b[0],
                    plc,
                    pts,
                    None if r.random() < 0.05 else r.choice(BB_CONDUCTORS),
                    r.choice([3500, 4000, 5000, 6000]),
                )
            )
    insert(c, "tbl_ent", ents)

    concerts = []
    for i in range(1, 131):
        dd = day_between(r, START, LAST)
        concerts.append(
            (
                i,
                r.randint(1, 32),
                _iso(dd),
                r.choice(
                    [*BB_VENUES, "Bandstand, Roundhay Park", "St Mary's Church", "Methodist Chapel", "Village Green"]
                ),
                r.choice([0, 500, 800, 1000, 1200, 1500]),
                None if r.random() < 0.1 else r.randint(40, 450),
            )
        )
    insert(c, "tbl_cncrt", concerts)

    cp = []
    for cn in concerts:
        n = r.randint(2, 5)
        for seq, p in enumerate(r.sample(pieces, n), start=1):
            cp.append((cn[0], p[0], seq))
    insert(c, "tbl_cncrt_pce", cp[:400])
    done(c)


# ---------------------------------------------------------------------------------------------------------------
# spellingbee
# ---------------------------------------------------------------------------------------------------------------

SB_DDL = """
CREATE TABLE school (
    school_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    district TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE speller (
    speller_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    school_id INTEGER NOT NULL REFERENCES school(school_id),
    grade INTEGER NOT NULL,
    birth_date INTEGER
);
CREATE TABLE word (
    word_id INTEGER PRIMARY KEY,
    word TEXT NOT NULL UNIQUE,
    difficulty INTEGER NOT NULL,
    origin TEXT NOT NULL
);
CREATE TABLE contest (
    contest_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    level TEXT NOT NULL,
    held_on INTEGER NOT NULL,
    venue TEXT NOT NULL
);
CREATE TABLE entry (
    entry_id INTEGER PRIMARY KEY,
    contest_id INTEGER NOT NULL REFERENCES contest(contest_id),
    speller_id INTEGER NOT NULL REFERENCES speller(speller_id),
    registered_on INTEGER NOT NULL,
    final_rank INTEGER,
    UNIQUE (contest_id, speller_id)
);
CREATE TABLE attempt (
    attempt_id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entry(entry_id),
    word_id INTEGER NOT NULL REFERENCES word(word_id),
    round_no INTEGER NOT NULL,
    correct INTEGER NOT NULL
);
"""

SB_WORDS = {
    "Latin": ["accommodate", "aquarium", "benevolent", "consensus", "equilibrium", "fortitude", "gregarious",
              "magnanimous", "omnivorous", "perpendicular", "tenacious", "ubiquitous", "vociferous", "juxtapose"],
    "Greek": ["rhythm", "chrysanthemum", "pneumonia", "psychology", "onomatopoeia", "hypothesis", "metamorphosis",
              "archaeology", "diphthong", "euphemism", "phenomenon", "symmetry", "xylophone", "pterodactyl"],
    "French": ["bourgeois", "chauffeur", "connoisseur", "entrepreneur", "lieutenant", "rendezvous", "silhouette",
               "surveillance", "mayonnaise", "reconnaissance", "camouflage", "bouquet", "debris", "plateau"],
    "German": ["kindergarten", "poltergeist", "doppelganger", "wanderlust", "schadenfreude", "rucksack",
               "hinterland", "zeitgeist", "pretzel", "angst"],
    "Italian": ["broccoli", "spaghetti", "cappuccino", "stiletto", "graffiti", "fiasco", "piazza", "vendetta",
                "crescendo", "zucchini"],
    "Spanish": ["mosquito", "guerrilla", "armadillo", "tornado", "vigilante", "embargo", "patio", "aficionado"],
    "Arabic": ["algebra", "alchemy", "sapphire", "giraffe", "mattress", "tariff", "zenith", "safari"],
    "Old English": ["knowledge", "neighbour", "through", "wednesday", "yacht", "island", "daughter", "freight",
                    "sheriff", "wholesome", "knuckle", "wrought", "gnaw", "thorough"],
}  # fmt: skip


def build_spellingbee(path: Path) -> None:
    r = random.Random(8004)
    c = fresh_db(path, SB_DDL)
    districts = ["Northfield", "Riverside", "Eastgate", "Hillcrest", "Westmoor"]
    pre = ["St Anne's", "Oakwood", "Meadowbank", "Kingsway", "Holy Trinity", "Brookfield", "Ashgrove", "Elmhurst",
           "Larkrise", "Fernhill", "Greenacre", "Highfield", "Parkside", "Queensbury", "Redbrook", "Sandhill",
           "Thornbury", "Victoria", "Willowdene", "Beechwood", "Castlegate", "Dovecote", "Fairway", "Glenview",
           "Harbourside", "Ivybridge", "Juniper", "Lakeside", "Millbrook", "Northgate"]  # fmt: skip
    schools = []
    for i, p in enumerate(pre, start=1):
        kind = "primary" if i % 3 else "secondary"
        schools.append((i, f"{p} {'Primary School' if kind == 'primary' else 'Academy'}", districts[(i - 1) % 5], kind))
    insert(c, "school", schools)

    spellers = []
    firsts = ["Amelia", "Oliver", "Isla", "George", "Ava", "Arthur", "Mia", "Noah", "Ivy", "Leo", "Freya", "Oscar",
              "Sofia", "Theo", "Grace", "Jack", "Lily", "Harry", "Zara", "Ethan", "Aisha", "Ravi", "Mei", "Tomasz"]  # fmt: skip
    lasts = ["Patel", "Smith", "Jones", "Khan", "Williams", "Brown", "Taylor", "Wilson", "Davies", "Evans",
             "Ahmed", "Chen", "Nowak", "Murphy", "O'Brien", "Singh", "Roberts", "Walker", "Wright", "Hall"]  # fmt: skip
    pairs = [(f, s) for f in firsts for s in lasts]
    r.shuffle(pairs)
    for i in range(1, 221):
        sch = r.randint(1, 30)
        grade = r.randint(4, 6) if schools[sch - 1][3] == "primary" else r.randint(7, 8)
        by = 2025 - grade - 6
        bd = day_between(r, D(by - 1, 9, 1), D(by, 8, 31))
        spellers.append((i, pairs[i - 1][0], pairs[i - 1][1], sch, grade, None if r.random() < 0.05 else _ymd(bd)))
    insert(c, "speller", spellers)

    words = []
    wid = 0
    for origin, ws in SB_WORDS.items():
        for w in ws:
            wid += 1
            diff = min(5, max(1, len(w) // 3 + r.randint(-1, 1)))
            words.append((wid, w, diff, origin))
    insert(c, "word", words)

    contests = []
    cid = 0
    for year in (2023, 2024, 2025):
        for host in r.sample(schools, 2):
            cid += 1
            dd = day_between(r, D(year, 1, 10), D(year, 1, 31))
            contests.append((cid, f"{host[1]} House Bee {year}", "school", _ymd(dd), host[1]))
        for dist in districts:
            cid += 1
            dd = day_between(r, D(year, 2, 1), D(year, 3, 15))
            contests.append((cid, f"{dist} District Bee {year}", "district", _ymd(dd), f"{dist} Library"))
        for reg in ("North", "South"):
            cid += 1
            dd = day_between(r, D(year, 4, 1), D(year, 4, 30))
            contests.append((cid, f"{reg} Regional Final {year}", "regional", _ymd(dd), f"{reg} Civic Centre"))
        cid += 1
        dd = day_between(r, D(year, 5, 15), D(year, 6, 10))
        contests.append((cid, f"National Spelling Bee {year}", "national", _ymd(dd), "Central Hall"))
    insert(c, "contest", contests)

    entries = []
    eid = 0
    for ct in contests:
        if ct[2] == "district":
            dist = ct[1].split()[0]
            pool = [s for s in spellers if schools[s[3] - 1][2] == dist]
            n = min(len(pool), r.randint(12, 16))
        elif ct[2] == "school":
            pool = [s for s in spellers if schools[s[3] - 1][1] == ct[4]]
            n = min(len(pool), 8)
        else:
            pool = spellers
            n = r.randint(8, 12)
        chosen = r.sample(pool, n)
        held = D(int(str(ct[3])[:4]), int(str(ct[3])[4:6]), int(str(ct[3])[6:]))
        for rank, s in enumerate(chosen, start=1):
            eid += 1
            reg = held - dt.timedelta(days=r.randint(7, 50))
            entries.append((eid, ct[0], s[0], _ymd(reg), None if r.random() < 0.04 and rank > 1 else rank))
    insert(c, "entry", entries)

    attempts = []
    aid = 0
    for e in r.sample(entries, 130):
        rounds = r.randint(1, 4)
        for rn in range(1, rounds + 1):
            if aid >= 400:
                break
            aid += 1
            w = r.choice(words)
            ok = 0 if (rn == rounds and e[4] != 1) else 1
            if ok and r.random() < 0.05:
                ok = 0
            attempts.append((aid, e[0], w[0], rn, ok))
    insert(c, "attempt", attempts)
    done(c)


# ---------------------------------------------------------------------------------------------------------------
# repaircafe
# ---------------------------------------------------------------------------------------------------------------

RC_DDL = """
CREATE TABLE venue (
    venue_id INTEGER PRIMARY KEY,
    venue_name TEXT NOT NULL,
    town TEXT NOT NULL,
    has_parking TEXT NOT NULL CHECK (has_parking IN ('Y','N')),
    step_free INTEGER NOT NULL
);
CREATE TABLE volunteer (
    volunteer_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    skill TEXT NOT NULL,
    supervisor_id INTEGER REFERENCES volunteer(volunteer_id),
    joined_on TEXT NOT NULL,
    is_active INTEGER NOT NULL,
    pat_certified TEXT NOT NULL CHECK (pat_certified IN ('Y','N'))
);
CREATE TABLE event (
    event_id INTEGER PRIMARY KEY,
    venue_id INTEGER NOT NULL REFERENCES venue(venue_id),
    event_date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    cancelled INTEGER NOT NULL
);
CREATE TABLE visitor (
    visitor_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    postcode TEXT,
    first_visit TEXT NOT NULL,
    newsletter TEXT NOT NULL CHECK (newsletter IN ('Y','N'))
);
CREATE TABLE repair (
    repair_id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(event_id),
    visitor_id INTEGER NOT NULL REFERENCES visitor(visitor_id),
    volunteer_id INTEGER NOT NULL REFERENCES volunteer(volunteer_id),
    item_category TEXT NOT NULL,
    item_description TEXT NOT NULL,
    outcome TEXT NOT NULL,
    weight_kg REAL,
    donation_pence INTEGER NOT NULL,
    safety_tested TEXT NOT NULL CHECK (safety_tested IN ('Y','N')),
    came_back INTEGER NOT NULL
);
"""


def build_repaircafe(path: Path) -> None:
    r = random.Random(8005)
    c = fresh_db(path, RC_DDL)
    towns = ["Bristol", "Bath", "Frome", "Stroud", "Totnes", "Glastonbury"]
    kinds = ["Community Centre", "Church Hall", "Library", "Scout Hut", "Quaker Meeting House"]
    places = ["St Werburgh's", "Southville", "Easton", "Bedminster", "Widcombe", "Larkhall", "Oldfield Park",
              "Keyford", "Badgeworth", "Trinity", "Leechwell", "Avalon"]  # fmt: skip
    combos = [f"{p} {k}" for p in places for k in kinds]
    r.shuffle(combos)
    venues = [
        (
            i,
            combos[i - 1],
            towns[(i - 1) % 6] if i <= 12 else r.choice(towns),
            "Y" if r.random() < 0.5 else "N",
            1 if r.random() < 0.65 else 0,
        )
        for i in range(1, 31)
    ]
    insert(c, "venue", venues)

    names = [f"{f} {s}" for f in FIRST_POOL for s in LAST_POOL]
    r.shuffle(names)
    skills = ["electrical", "electronics", "textiles", "bikes", "furniture", "jewellery", "general"]
    vols = []
    for i in range(1, 61):
        skill = skills[(i - 1) % 7] if i <= 7 else r.choice(skills)
        sup = None if i <= 7 else r.randint(1, 7) if r.random() < 0.8 else None
        joined = day_between(r, D(2019, 1, 1), D(2025, 4, 30))
        pat = (
            "Y" if skill in ("electrical", "electronics") and r.random() < 0.75 else ("Y" if r.random() < 0.08 else "N")
        )
        vols.append((i, names[i - 1], skill, sup, _iso(joined), 0 if r.random() < 0.2 else 1, pat))
    insert(c, "volunteer", vols)

    events = []
    eid = 0
    d = D(2023, 1, 7)
    while d <= D(2025, 7, 31):
        for _ in range(1):
            eid += 1
            future = d > LAST
            events.append(
                (
                    eid,
                    r.randint(1, 30),
                    _iso(d),
                    r.choice(["10:00", "10:30", "13:00", "14:00"]),
                    0 if future else (1 if r.random() < 0.07 else 0),
                )
            )
        d += dt.timedelta(days=r.choice([6, 7, 8]))
    insert(c, "event", events)

    visitors = []
    for i in range(1, 261):
        visitors.append(
            (
                i,
                names[100 + i],
                None
                if r.random() < 0.12
                else f"BS{r.randint(1, 16)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                _iso(day_between(r, START, LAST)),
                "Y" if r.random() < 0.4 else "N",
            )
        )
    insert(c, "visitor", visitors)

    items = {
        "electrical": ["Toaster", "Kettle", "Lamp", "Hair dryer", "Vacuum cleaner", "Food mixer"],
        "electronics": ["Radio", "CD player", "Laptop", "Headphones", "Games console"],
        "textiles": ["Jeans", "Coat zip", "Curtains", "Backpack", "Dress hem"],
        "bikes": ["Child's bike", "Road bike", "Puncture", "Brakes"],
        "furniture": ["Wobbly chair", "Drawer runner", "Table leg", "Picture frame"],
        "jewellery": ["Necklace clasp", "Watch strap", "Earring"],
        "general": ["Umbrella", "Toy", "Garden tool", "Suitcase wheel"],
    }
    ok_events = [e for e in events if e[4] == 0 and e[2] <= LAST.isoformat()]
    repairs = []
    for i in range(1, 401):
        ev = r.choice(ok_events)
        cat = r.choice(list(items))
        fixers = [v for v in vols if v[2] == cat and v[4] <= ev[2]] or [v for v in vols if v[2] == "general"]
        fixer = r.choice(fixers)
        visitor = r.choice([v for v in visitors if v[3] <= ev[2]] or visitors[:5])
        outcome = r.choices(["fixed", "partly fixed", "not fixed", "advice given"], [55, 15, 20, 10])[0]
        tested = "Y" if cat == "electrical" and outcome in ("fixed", "partly fixed") and r.random() < 0.85 else "N"
        wt = None if r.random() < 0.1 else round(r.uniform(0.1, 8.0), 1)
        repairs.append(
            (
                i,
                ev[0],
                visitor[0],
                fixer[0],
                cat,
                r.choice(items[cat]),
                outcome,
                wt,
                r.choice([0, 0, 200, 300, 500, 500, 1000, 2000]),
                tested,
                1 if r.random() < 0.08 else 0,
            )
        )
    insert(c, "repair", repairs)
    done(c)


FIRST_POOL = ["Alice", "Ben", "Cara", "Dev", "Eleanor", "Fraser", "Gemma", "Harriet", "Idris", "Jasmine", "Kit",
              "Luke", "Martha", "Nathan", "Orla", "Patrick", "Rhiannon", "Seb", "Tamsin", "Ursula", "Victor",
              "Willow", "Xander", "Zoe"]  # fmt: skip
LAST_POOL = ["Ackroyd", "Beddoe", "Coombes", "Daly", "Ewart", "Ford", "Gough", "Hollis", "Ives", "Jeffries",
             "Keast", "Lomax", "Maddox", "Nash", "Orchard", "Pengelly", "Rowe", "Sayer", "Trott", "Vowles",
             "Wedlake", "Yeo"]  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# muralproject
# ---------------------------------------------------------------------------------------------------------------

MP_DDL = """
CREATE TABLE artist (
    artist_id INTEGER PRIMARY KEY,
    artist_name TEXT NOT NULL,
    artist_city TEXT NOT NULL,
    artist_since_year INTEGER,
    artist_is_local TEXT NOT NULL CHECK (artist_is_local IN ('Y','N')),
    artist_email TEXT
);
CREATE TABLE wall (
    wall_id INTEGER PRIMARY KEY,
    wall_address TEXT NOT NULL,
    wall_neighbourhood TEXT NOT NULL,
    wall_owner_type TEXT NOT NULL,
    wall_area_m2 REAL NOT NULL
);
CREATE TABLE mural (
    mural_id INTEGER PRIMARY KEY,
    mural_title TEXT NOT NULL,
    wall_id INTEGER NOT NULL REFERENCES wall(wall_id),
    mural_start_date TEXT,
    mural_completed_date TEXT,
    mural_budget REAL NOT NULL,
    mural_status TEXT NOT NULL,
    mural_is_protected INTEGER NOT NULL
);
CREATE TABLE mural_artist (
    mural_id INTEGER NOT NULL REFERENCES mural(mural_id),
    artist_id INTEGER NOT NULL REFERENCES artist(artist_id),
    mural_artist_role TEXT NOT NULL,
    mural_artist_fee REAL NOT NULL,
    PRIMARY KEY (mural_id, artist_id)
);
CREATE TABLE sponsor (
    sponsor_id INTEGER PRIMARY KEY,
    sponsor_name TEXT NOT NULL,
    sponsor_sector TEXT NOT NULL
);
CREATE TABLE sponsorship (
    sponsorship_id INTEGER PRIMARY KEY,
    mural_id INTEGER NOT NULL REFERENCES mural(mural_id),
    sponsor_id INTEGER NOT NULL REFERENCES sponsor(sponsor_id),
    sponsorship_amount REAL NOT NULL,
    sponsorship_date TEXT NOT NULL,
    sponsorship_confirmed TEXT NOT NULL CHECK (sponsorship_confirmed IN ('Y','N'))
);
"""


def build_muralproject(path: Path) -> None:
    r = random.Random(8006)
    c = fresh_db(path, MP_DDL)
    art_first = ["Aisha", "Bex", "Conor", "Dina", "Eshan", "Frankie", "Gus", "Hollie", "Ines", "Jamal", "Kezia",
                 "Lorcan", "Mina", "Nico", "Ola", "Pip", "Quinn", "Rafa", "Siobhan", "Tariq"]  # fmt: skip
    art_last = ["Adeyemi", "Byrne", "Cho", "Doherty", "Evans", "Fitzgerald", "Ghosh", "Hale", "Ibrahim", "Kane",
                "Lowry", "Mensah", "Okoro", "Quigley", "Shah"]  # fmt: skip
    pairs = [f"{f} {s}" for f in art_first for s in art_last]
    r.shuffle(pairs)
    cities = ["Manchester", "Manchester", "Manchester", "Salford", "Liverpool", "Leeds", "London", "Glasgow", "Bristol"]
    artists = []
    for i in range(1, 41):
        city = r.choice(cities)
        local = "Y" if city in ("Manchester", "Salford") else "N"
        em = None if r.random() < 0.2 else pairs[i - 1].lower().replace(" ", ".") + "@studio.art"
        artists.append((i, pairs[i - 1], city, None if r.random() < 0.1 else r.randint(1998, 2022), local, em))
    insert(c, "artist", artists)

    hoods = ["Ancoats", "Northern Quarter", "Hulme", "Levenshulme", "Moss Side", "Chorlton", "Gorton", "Withington",
             "Cheetham Hill", "Ardwick"]  # fmt: skip
    streets = ["Oldham Street", "Tib Street", "Stevenson Square", "Great Ancoats Street", "Princess Road",
               "Stockport Road", "Wilbraham Road", "Beech Road", "Hyde Road", "Cheetham Hill Road", "Wilmslow Road",
               "Burton Road", "Claremont Road", "Upper Brook Street", "Cross Street"]  # fmt: skip
    walls = []
    used = set()
    for i in range(1, 61):
        while True:
            addr = f"{r.randint(1, 250)} {r.choice(streets)}"
            if addr not in used:
                used.add(addr)
                break
        walls.append(
            (
                i,
                addr,
                r.choice(hoods),
                r.choices(["council", "private", "school", "church"], [4, 5, 2, 1])[0],
                round(r.uniform(12, 420), 1),
            )
        )
    insert(c, "wall", walls)

    words1 = ["Rising", "Northern", "Golden", "Quiet", "Electric", "Sunday", "Hidden", "Brave", "Wild", "Bright",
              "Silent", "Urban", "Blue", "Lost", "Common"]  # fmt: skip
    words2 = ["Bees", "Mill", "River", "Garden", "Voices", "Threads", "Canal", "Parade", "Skyline", "Harvest",
              "Roots", "Market", "Pigeons", "Looms", "Dreams"]  # fmt: skip
    titles = [f"{a} {b}" for a in words1 for b in words2]
    r.shuffle(titles)
    murals = []
    for i in range(1, 91):
        status = r.choices(["proposed", "in progress", "completed", "painted over"], [12, 14, 60, 8])[0]
        start = comp = None
        if status != "proposed":
            start = day_between(r, D(2023, 1, 10), D(2025, 5, 20))
            if status in ("completed", "painted over"):
                comp = start + dt.timedelta(days=r.randint(4, 60))
                if comp > LAST:
                    comp = None
                    status = "in progress"
        murals.append(
            (
                i,
                titles[i - 1],
                r.randint(1, 60),
                _iso(start),
                _iso(comp),
                float(r.randrange(1500, 40000, 250)),
                status,
                1 if status == "completed" and r.random() < 0.2 else 0,
            )
        )
    insert(c, "mural", murals)

    ma = []
    for m in murals:
        team = r.sample(artists, r.randint(1, 3))
        for k, a in enumerate(team):
            role = "lead" if k == 0 else "assistant"
            fee = round(m[5] * (0.3 if role == "lead" else 0.12) / 50) * 50
            ma.append((m[0], a[0], role, float(fee)))
    insert(c, "mural_artist", ma)

    spn = [("Ancoats Coffee Co", "hospitality"), ("Northern Rail", "transport"), ("Co-operative Bank", "finance"),
           ("Manchester City Council", "public"), ("Arts Council England", "public"), ("Hulme Community Trust", "charity"),
           ("Piccadilly Paints", "retail"), ("Mill Street Brewery", "hospitality"), ("Salford Housing", "housing"),
           ("Pennine Builders", "construction"), ("Levenshulme Market", "retail"), ("Band on the Wall", "hospitality"),
           ("Factory Records Trust", "charity"), ("MediaCity Studios", "media"), ("Hallé Foundation", "charity"),
           ("Metrolink", "transport"), ("Bridgewater Canal Co", "transport"), ("Northern Soul Bakery", "hospitality"),
           ("Withington Credit Union", "finance"), ("One Manchester", "housing"), ("Gorton Monastery Trust", "charity"),
           ("Chorlton Arts Festival", "charity"), ("Spinningfields Estates", "property"), ("Dulux Trade", "retail"),
           ("Arup", "construction"), ("BBC North", "media"), ("Manchester Metropolitan University", "education"),
           ("University of Manchester", "education"), ("Greater Manchester Mayor's Fund", "public"),
           ("Kampus Developments", "property"), ("Moss Side Millennium Powerhouse", "charity"),
           ("Afflecks", "retail")]  # fmt: skip
    insert(c, "sponsor", [(i, n, s) for i, (n, s) in enumerate(spn, start=1)])

    sps = []
    sid = 0
    for m in murals:
        for sp in r.sample(range(1, len(spn) + 1), r.randint(0, 3)):
            sid += 1
            base = D.fromisoformat(m[3]) if m[3] else day_between(r, D(2024, 6, 1), D(2025, 5, 1))
            sd = min(base - dt.timedelta(days=r.randint(5, 120)), LAST)
            sd = max(sd, D(2022, 11, 1))
            sps.append((sid, m[0], sp, float(r.randrange(250, 8000, 250)), _iso(sd), "Y" if r.random() < 0.8 else "N"))
    insert(c, "sponsorship", sps)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "volksuniversiteit": build_volksuniversiteit,
    "mensshed": build_mensshed,
    "brassband": build_brassband,
    "spellingbee": build_spellingbee,
    "repaircafe": build_repaircafe,
    "muralproject": build_muralproject,
}
