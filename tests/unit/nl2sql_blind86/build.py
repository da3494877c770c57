"""Six sport, hobby and club databases for the eighty-sixth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except the darts fixtures still to be played
(``wedstrijden.status`` 'gepland') in ``dartsleague``.

- ``dartsleague`` (Dutch table and column names and Dutch values; flags 0/1): a pub darts league in the Netherlands.
  ``kroegen`` (pubs: ``naam``, ``plaats`` = town, ``eigenaar`` = landlord), ``teams`` (``teamnaam``, ``kroeg_id`` =
  the home pub, ``divisie`` 1 (top) .. 3, ``opgericht`` = year founded), ``spelers`` (players: ``voornaam``,
  ``achternaam``, ``geboortedatum``, ``team_id``, ``aanvoerder`` 1 = team captain, ``actief`` 1 = still playing /
  0 = stopped, ``lid_sinds`` = member since, ``email`` NULL when unknown), ``wedstrijden`` (fixtures: ``datum``,
  ``thuisteam_id`` home team, ``uitteam_id`` away team, ``thuis_legs`` / ``uit_legs`` legs won (first to 7, NULL unless
  played), ``status`` 'gespeeld' played / 'uitgesteld' postponed / 'gepland' scheduled in the future),
  ``prestaties`` (a player's performance in a played fixture: ``gemiddelde`` = three-dart average, ``aantal_180`` =
  number of 180s thrown, ``hoogste_finish`` = highest checkout (NULL when none), ``legs_gewonnen``) and ``boetes``
  (fines: ``datum``, ``bedrag`` in euros, ``reden`` 'te laat' late / 'geen clubshirt' no club shirt / 'niet
  opgekomen' no-show / 'wangedrag' misconduct, ``betaald`` 1 = paid / 0 = still open).
- ``voleibol`` (Portuguese table and column names and values; flags 0/1; the one table with text dates
  'DD/MM/YYYY' is ``jogos``, all the others are ISO): a Portuguese volleyball federation. ``clubes`` (``nome``,
  ``cidade``, ``ano_fundacao``), ``atletas`` (``nome``, ``data_nascimento``, ``genero`` 'M'/'F', ``posicao``
  'distribuidor' setter / 'oposto' opposite / 'central' middle blocker / 'ponta' outside hitter / 'libero',
  ``altura_cm``, ``id_clube``, ``ativo`` 1 = active), ``treinadores`` (coaches: ``nome``, ``id_clube``,
  ``data_inicio``, ``data_fim`` NULL for the current coach, ``salario_mensal`` euros a month), ``jogos`` (matches:
  ``data_jogo`` 'DD/MM/YYYY', ``id_clube_casa`` home, ``id_clube_fora`` away, ``sets_casa`` / ``sets_fora`` (best
  of five), ``espectadores`` NULL when not counted, ``competicao`` 'Campeonato' / 'Taça de Portugal' /
  'Supertaça') and ``lesoes`` (injuries: ``id_atleta``, ``data_lesao``, ``data_regresso`` NULL while still out,
  ``tipo`` 'entorse' sprain / 'tendinite' / 'fratura' / 'lesão muscular', ``gravidade`` 'leve' / 'moderada' /
  'grave').
- ``anglingclub`` (all-lowercase run-together names; flags 'T'/'F'; money in pence, weights in grams): a coarse
  angling club. ``members`` (``firstname``, ``lastname``, ``joindate``, ``membertype`` 'senior' / 'junior' /
  'concession', ``isactive``, ``phonenumber`` NULL when not given), ``waters`` (``watername``, ``watertype``
  'lake' / 'river' / 'canal' / 'pond', ``areaacres`` NULL for rivers and canals, ``nightfishing`` allowed,
  ``dayticketpence``), ``permits`` (the link between members and waters: ``seasonyear``, ``feepence``,
  ``issuedate``), ``catches`` (``catchdate``, ``species``, ``weightgrams``, ``released`` returned to the water),
  ``matches`` (club competitions: ``matchname``, ``waterid``, ``matchdate``, ``entryfeepence``) and
  ``matchresults`` (``pegnumber``, ``totalweightgrams``, ``placing`` 1 = winner).
- ``photoclub`` (table and column names with capitals and spaces; flags 0/1; money in pounds): a camera club.
  ``Members`` ("Full Name", "Join Date", "Grade" 'Beginner' / 'Intermediate' / 'Advanced', "Committee Member",
  "Email" NULL when not given), ``Competitions`` ("Title", "Category" 'Colour Print' / 'Mono Print' / 'Projected
  Digital', "Closing Date", "Judge", "Entry Fee"), ``Entries`` ("Photo Title", "Camera", "Score" out of 20, NULL
  when disqualified, "Award" 'Gold' / 'Silver' / 'Bronze' / 'Highly Commended' or NULL), ``Outings`` ("Location",
  "Outing Date", "Leader ID" = the member who leads it, "Places"), ``Outing Bookings`` (the link between outings and
  members, "Attended" 1 = turned up) and ``Subscriptions`` ("Season" year, "Amount Paid", "Paid On").
- ``rowingclub`` (singular table names with ``<table>_id`` keys; flags 'T'/'F'; self-referencing
  ``coach.head_coach_id`` = the coach someone reports to, NULL for the head coach): a rowing club. ``coach``
  (``coach_name``, ``qualification_level`` 1..4, ``start_date``, ``is_volunteer``), ``rower`` (``rower_name``,
  ``birth_date``, ``gender``, ``squad`` 'senior' / 'junior' / 'masters', ``weight_class`` 'lightweight' / 'open',
  ``coach_id``, ``is_active``, ``joined_on``), ``boat`` (``boat_name``, ``boat_class`` '1x' '2x' '2-' '4x' '4-' '4+'
  '8+', ``seats``, ``purchase_year``, ``purchase_price`` pounds, ``is_serviceable``), ``outing`` (a session on the
  water: ``boat_id``, ``coach_id`` NULL when unaccompanied, ``outing_date``, ``distance_km``, ``water_conditions``
  'flat' / 'choppy' / 'rough'), ``seat`` (the link between outings and rowers, ``seat_no``), ``race_result``
  (``regatta``, ``race_date``, ``boat_id``, ``finish_seconds``, ``position``) and ``erg_test`` (2000 m rowing
  machine tests: ``test_date``, ``time_seconds``).
- ``triathlon`` (singular table names and column names with capitals and spaces; flags 'T'/'F'; money in pounds,
  times in seconds): a triathlon club. ``Athlete`` ("Athlete Name", "Gender", "Birth Year", "Home Town",
  "Joined"), ``Race`` ("Race Name", "Race Date", "Location", "Distance" 'Sprint' / 'Olympic' / 'Middle' / 'Full',
  "Entry Fee", "Championship"), ``Result`` ("Swim Seconds", "Bike Seconds", "Run Seconds" (NULL from the point
  where the athlete dropped out), "Finished" 'T'/'F', "Position" NULL unless finished), ``Sponsor`` ("Company",
  "Sector"), ``Athlete Sponsor`` (the link between athletes and sponsors: "Start Date", "End Date" NULL while the
  deal runs, "Annual Amount") and ``Training Session`` ("Session Date", "Discipline" 'swim' / 'bike' / 'run',
  "Minutes", "Distance Km").
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

GIVEN_EN = [
    "Alice", "Ben", "Chloe", "Daniel", "Emily", "Finn", "Grace", "Harry", "Imogen", "Jack", "Katie", "Leo",
    "Megan", "Noah", "Olivia", "Peter", "Ruby", "Sam", "Tara", "Umar", "Vicky", "Will", "Yusuf", "Zara",
]  # fmt: skip
FAMILY_EN = [
    "Ashworth", "Bell", "Carter", "Dixon", "Evans", "Fletcher", "Gibson", "Holt", "Ingram", "Jones", "Kerr",
    "Lloyd", "Marsh", "Nolan", "Owens", "Price", "Quayle", "Rowe", "Shaw", "Turner", "Upton", "Walsh", "Young",
    "Hughes", "Morgan", "Pryce", "Reid", "Stone",
]  # fmt: skip


def names(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---------------------------------------------------------------------------------------------------- dartsleague
VOORNAMEN = [
    "Jan", "Piet", "Kees", "Henk", "Sanne", "Femke", "Bram", "Daan", "Lotte", "Ruud", "Wim", "Joost", "Anouk",
    "Sven", "Mieke", "Ties", "Gerrit", "Ilse", "Niels", "Marloes", "Dirk", "Koen", "Esther", "Thijs",
]  # fmt: skip
ACHTERNAMEN = [
    "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
    "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
]  # fmt: skip
KROEGEN = [
    "Café De Zwaan", "Het Wapen van Delft", "De Gouden Leeuw", "Café 't Hoekje", "De Drie Fleschjes",
    "Café De Kroon", "De Witte Os", "Eetcafé De Molen", "Café Het Anker", "De Blauwe Druif", "Café De Pool",
    "'t Pleintje", "Café Welkom", "De Zwarte Kat", "Café Bij Ome Jan", "De Oude Sluis", "Café De Brug",
    "Het Vosje", "Café Zeezicht", "De Wildeman", "Café Centraal", "De Posthoorn", "Café 't Zonnetje",
    "Het Bonte Paard", "Café De Schutter", "De Kleine Toren", "Café Rustoord", "De Vergulde Hand",
    "Café Marktzicht", "De Stoomfluit",
]  # fmt: skip
PLAATSEN = ["Amsterdam", "Utrecht", "Haarlem", "Zwolle", "Breda", "Leiden", "Delft", "Arnhem"]
TEAMNAMEN = [
    "De Pijlen", "Bull's Eye", "Triple Twenty", "De Flitsers", "Checkout Kings", "De Dubbels", "Oche Boys",
    "De Werpers", "Tops & Tails", "De Treffers", "Shanghai Club", "De Bulls", "Madhouse", "Dartvrienden",
    "De Spijkers", "Double Trouble", "De Mikkers", "Nine Darters", "De Schichten", "Korte Lontjes",
    "De Veren", "Leg Breakers", "De Bordjes", "One Hundred Eighty", "De Wippers", "Bust Brothers",
    "De Pluimen", "Red Zone", "De Tegels", "Maximum Club", "De Stalen Punt", "Flights & Shafts",
]  # fmt: skip


def build_dartsleague(path: Path) -> None:
    r = random.Random(8601)
    c = fresh_db(
        path,
        """
        CREATE TABLE kroegen (
            kroeg_id INTEGER PRIMARY KEY, naam TEXT NOT NULL, plaats TEXT NOT NULL, eigenaar TEXT);
        CREATE TABLE teams (
            team_id INTEGER PRIMARY KEY, teamnaam TEXT NOT NULL, kroeg_id INTEGER NOT NULL REFERENCES kroegen(kroeg_id),
            divisie INTEGER NOT NULL, opgericht INTEGER);
        CREATE TABLE spelers (
            speler_id INTEGER PRIMARY KEY, voornaam TEXT NOT NULL, achternaam TEXT NOT NULL, geboortedatum TEXT,
            team_id INTEGER REFERENCES teams(team_id), aanvoerder INTEGER NOT NULL DEFAULT 0,
            actief INTEGER NOT NULL DEFAULT 1, lid_sinds TEXT NOT NULL, email TEXT);
        CREATE TABLE wedstrijden (
            wedstrijd_id INTEGER PRIMARY KEY, datum TEXT NOT NULL,
            thuisteam_id INTEGER NOT NULL REFERENCES teams(team_id),
            uitteam_id INTEGER NOT NULL REFERENCES teams(team_id),
            thuis_legs INTEGER, uit_legs INTEGER, status TEXT NOT NULL);
        CREATE TABLE prestaties (
            prestatie_id INTEGER PRIMARY KEY, wedstrijd_id INTEGER NOT NULL REFERENCES wedstrijden(wedstrijd_id),
            speler_id INTEGER NOT NULL REFERENCES spelers(speler_id), gemiddelde REAL NOT NULL,
            aantal_180 INTEGER NOT NULL, hoogste_finish INTEGER, legs_gewonnen INTEGER NOT NULL);
        CREATE TABLE boetes (
            boete_id INTEGER PRIMARY KEY, speler_id INTEGER NOT NULL REFERENCES spelers(speler_id),
            datum TEXT NOT NULL, bedrag REAL NOT NULL, reden TEXT NOT NULL, betaald INTEGER NOT NULL);
        """,
    )
    eigen = [f"{v} {a}" for v in VOORNAMEN for a in ACHTERNAMEN]
    r.shuffle(eigen)
    kroegen = []
    for i, naam in enumerate(KROEGEN, 1):
        kroegen.append((i, naam, PLAATSEN[(i * 3) % len(PLAATSEN)], None if i % 7 == 0 else eigen[i]))
    insert(c, "kroegen", kroegen)
    # pubs 26..30 host no team
    teams = []
    for i, tn in enumerate(TEAMNAMEN, 1):
        kid = i if i <= 25 else r.randint(1, 20)
        teams.append((i, tn, kid, 1 + (i - 1) % 3, r.randint(1985, 2022) if i % 9 else None))
    insert(c, "teams", teams)
    pool = [(v, a) for v in VOORNAMEN for a in ACHTERNAMEN]
    r.shuffle(pool)
    spelers = []
    sid = 0
    team_members: dict[int, list[int]] = {}
    for t in range(1, 33):
        n = r.randint(5, 7)
        for k in range(n):
            sid += 1
            v, a = pool[sid]
            gb = iso(day_between(r, D(1960, 1, 1), D(2004, 12, 31)))
            actief = 0 if r.random() < 0.12 else 1
            lid = iso(day_between(r, D(2012, 1, 1), D(2025, 5, 31)))
            email = None if r.random() < 0.25 else f"{v.lower()}.{a.lower().replace(' ', '')}{sid}@dartsmail.nl"
            spelers.append((sid, v, a, gb, t, 1 if k == 0 else 0, 1 if k == 0 else actief, lid, email))
            team_members.setdefault(t, []).append(sid)
    # a few players without a team
    for _ in range(6):
        sid += 1
        v, a = pool[sid]
        spelers.append(
            (
                sid,
                v,
                a,
                iso(day_between(r, D(1970, 1, 1), D(2000, 1, 1))),
                None,
                0,
                0,
                iso(day_between(r, D(2015, 1, 1), D(2023, 1, 1))),
                None,
            )
        )
    insert(c, "spelers", spelers)
    weds = []
    prest = []
    pid = 0
    for w in range(1, 171):
        h, u = r.sample(range(1, 33), 2)
        if w > 160:
            datum = day_between(r, D(2025, 6, 20), D(2025, 7, 18))
            weds.append((w, iso(datum), h, u, None, None, "gepland"))
            continue
        datum = day_between(r, D(2023, 1, 9), LAST)
        if w % 23 == 0:
            weds.append((w, iso(datum), h, u, None, None, "uitgesteld"))
            continue
        if r.random() < 0.55:
            tl, ul = 7, r.randint(0, 6)
        else:
            tl, ul = r.randint(0, 6), 7
        weds.append((w, iso(datum), h, u, tl, ul, "gespeeld"))
        if pid < 400:
            for team, legs in ((h, tl), (u, ul)):
                eligible = [s for s in team_members[team] if spelers[s - 1][7] <= iso(datum)]
                for s in r.sample(eligible, min(len(eligible), 2 if r.random() < 0.35 else 1)):
                    if pid >= 400:
                        break
                    pid += 1
                    avg = round(r.uniform(38, 96), 2)
                    n180 = r.choice([0, 0, 0, 0, 1, 1, 2, 3]) if avg > 60 else r.choice([0, 0, 0, 1])
                    fin = None if r.random() < 0.2 else r.randint(40, 167)
                    prest.append((pid, w, s, avg, n180, fin, min(legs, r.randint(0, 4))))
    insert(c, "wedstrijden", weds)
    p = prest[232]
    prest[232] = (*p[:5], 170, p[6])  # the one maximum checkout of the league
    insert(c, "prestaties", prest)
    boetes = []
    redenen = ["te laat", "geen clubshirt", "niet opgekomen", "wangedrag"]
    bedragen = {"te laat": 5.0, "geen clubshirt": 10.0, "niet opgekomen": 25.0, "wangedrag": 50.0}
    for b in range(1, 66):
        s = r.randint(1, sid)
        reden = r.choices(redenen, weights=[5, 3, 2, 1])[0]
        d = day_between(r, D(2023, 1, 9), LAST)
        betaald = 0 if (d > D(2025, 3, 1) and r.random() < 0.6) or r.random() < 0.15 else 1
        boetes.append((b, s, iso(d), bedragen[reden], reden, betaald))
    insert(c, "boetes", boetes)
    done(c)


# ---------------------------------------------------------------------------------------------------- voleibol
NOMES_PT = [
    "João", "Maria", "Pedro", "Ana", "Tiago", "Inês", "Rui", "Beatriz", "Miguel", "Carolina", "Diogo", "Sofia",
    "André", "Mariana", "Gonçalo", "Rita", "Nuno", "Catarina", "Bruno", "Marta", "Ricardo", "Joana",
]  # fmt: skip
FEM_PT = {"Maria", "Ana", "Inês", "Beatriz", "Carolina", "Sofia", "Mariana", "Rita", "Catarina", "Marta", "Joana"}
APELIDOS_PT = [
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
    "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
]  # fmt: skip
CLUBES_PT = [
    ("Sporting Clube de Espinho", "Espinho"), ("Académica de Coimbra", "Coimbra"), ("Vitória de Guimarães", "Guimarães"),
    ("Castêlo da Maia", "Maia"), ("Leixões Sport Club", "Matosinhos"), ("Clube Desportivo da Póvoa", "Póvoa de Varzim"),
    ("Associação Académica de Espinho", "Espinho"), ("Esmoriz Ginásio Clube", "Esmoriz"), ("Fonte do Bastardo", "Praia da Vitória"),
    ("Sporting de Braga", "Braga"), ("Clube Oriental de Lisboa", "Lisboa"), ("Belenenses", "Lisboa"),
    ("Vitória de Setúbal", "Setúbal"), ("Clube Naval de Faro", "Faro"), ("Leiria Voleibol", "Leiria"),
    ("Viseu Volley", "Viseu"), ("Ginásio Clube de Aveiro", "Aveiro"), ("Clube Atlético do Porto", "Porto"),
    ("Boavista Voleibol", "Porto"), ("Lusófona VC", "Lisboa"), ("Sanjoanense", "São João da Madeira"),
    ("Clube de Voleibol de Oeiras", "Oeiras"), ("AJM Ferreiras", "Albufeira"), ("Colégio Efanor", "Matosinhos"),
    ("Clube K", "Porto"), ("Ala Nun'Álvares", "Gondomar"), ("Vilacondense", "Vila do Conde"),
    ("Sporting da Covilhã", "Covilhã"), ("Clube Desportivo de Tondela", "Tondela"), ("Amigos do Voleibol de Évora", "Évora"),
]  # fmt: skip


def build_voleibol(path: Path) -> None:
    r = random.Random(8602)
    c = fresh_db(
        path,
        """
        CREATE TABLE clubes (
            id_clube INTEGER PRIMARY KEY, nome TEXT NOT NULL, cidade TEXT NOT NULL, ano_fundacao INTEGER);
        CREATE TABLE atletas (
            id_atleta INTEGER PRIMARY KEY, nome TEXT NOT NULL, data_nascimento TEXT NOT NULL, genero TEXT NOT NULL,
            posicao TEXT NOT NULL, altura_cm INTEGER, id_clube INTEGER REFERENCES clubes(id_clube),
            ativo INTEGER NOT NULL);
        CREATE TABLE treinadores (
            id_treinador INTEGER PRIMARY KEY, nome TEXT NOT NULL, id_clube INTEGER NOT NULL REFERENCES clubes(id_clube),
            data_inicio TEXT NOT NULL, data_fim TEXT, salario_mensal REAL NOT NULL);
        CREATE TABLE jogos (
            id_jogo INTEGER PRIMARY KEY, data_jogo TEXT NOT NULL,
            id_clube_casa INTEGER NOT NULL REFERENCES clubes(id_clube),
            id_clube_fora INTEGER NOT NULL REFERENCES clubes(id_clube),
            sets_casa INTEGER NOT NULL, sets_fora INTEGER NOT NULL, espectadores INTEGER, competicao TEXT NOT NULL);
        CREATE TABLE lesoes (
            id_lesao INTEGER PRIMARY KEY, id_atleta INTEGER NOT NULL REFERENCES atletas(id_atleta),
            data_lesao TEXT NOT NULL, data_regresso TEXT, tipo TEXT NOT NULL, gravidade TEXT NOT NULL);
        """,
    )
    clubes = [(i, n, cid, r.randint(1920, 2010) if i % 8 else None) for i, (n, cid) in enumerate(CLUBES_PT, 1)]
    insert(c, "clubes", clubes)
    pool = [f"{g} {f} {s}" for g in NOMES_PT for f in APELIDOS_PT for s in APELIDOS_PT if f != s]
    r.shuffle(pool)
    atletas = []
    posicoes = ["distribuidor", "oposto", "central", "central", "ponta", "ponta", "libero"]
    for i in range(1, 241):
        nome = pool[i]
        gen = "F" if nome.split()[0] in FEM_PT else "M"
        pos = r.choice(posicoes)
        base = 178 if gen == "F" else 190
        alt = base + (8 if pos == "central" else -10 if pos == "libero" else 0) + r.randint(-8, 8)
        clube = None if i % 37 == 0 else r.randint(1, 30)
        atletas.append(
            (
                i,
                nome,
                iso(day_between(r, D(1988, 1, 1), D(2007, 12, 31))),
                gen,
                pos,
                None if i % 29 == 0 else alt,
                clube,
                0 if r.random() < 0.1 or clube is None else 1,
            )
        )
    insert(c, "atletas", atletas)
    tpool = [f"{g} {f}" for g in NOMES_PT for f in APELIDOS_PT]
    r.shuffle(tpool)
    trein = []
    tid = 0
    for clube in range(1, 31):
        if clube % 2 == 0:
            tid += 1
            ini = day_between(r, D(2019, 1, 1), D(2022, 6, 30))
            fim = day_between(r, D(2023, 1, 1), D(2024, 6, 30))
            trein.append((tid, tpool[tid], clube, iso(ini), iso(fim), float(r.randrange(1500, 4000, 50))))
            start = fim + dt.timedelta(days=r.randint(1, 30))
        else:
            start = day_between(r, D(2020, 1, 1), D(2025, 3, 1))
        tid += 1
        trein.append((tid, tpool[tid], clube, iso(start), None, float(r.randrange(1800, 6000, 50))))
    insert(c, "treinadores", trein)
    jogos = []
    comps = ["Campeonato"] * 8 + ["Taça de Portugal"] * 2 + ["Supertaça"]
    for j in range(1, 301):
        d = day_between(r, D(2023, 1, 7), LAST)
        casa, fora = r.sample(range(1, 31), 2)
        if r.random() < 0.58:
            sc, sf = 3, r.randint(0, 2)
        else:
            sc, sf = r.randint(0, 2), 3
        esp = None if r.random() < 0.15 else r.randint(80, 2400)
        jogos.append((j, d.strftime("%d/%m/%Y"), casa, fora, sc, sf, esp, r.choice(comps)))
    insert(c, "jogos", jogos)
    lesoes = []
    tipos = ["entorse", "entorse", "tendinite", "fratura", "lesão muscular", "lesão muscular"]
    for k in range(1, 91):
        a = r.randint(1, 240)
        d = day_between(r, D(2023, 1, 1), LAST)
        grav = r.choice(["leve", "leve", "moderada", "grave"])
        dur = {"leve": 14, "moderada": 45, "grave": 150}[grav]
        ret = d + dt.timedelta(days=r.randint(dur // 2, dur * 2))
        lesoes.append((k, a, iso(d), None if ret > LAST else iso(ret), r.choice(tipos), grav))
    insert(c, "lesoes", lesoes)
    done(c)


# ---------------------------------------------------------------------------------------------------- anglingclub
WATERS = [
    ("Mill Pond", "pond"), ("Carp Lake", "lake"), ("River Wye Lower Beat", "river"), ("River Wye Upper Beat", "river"),
    ("Oxford Canal Stretch", "canal"), ("Hollow Pool", "pond"), ("Kingfisher Lake", "lake"), ("Willow Lake", "lake"),
    ("River Severn Meadows", "river"), ("Grand Union Basin", "canal"), ("Heron Pond", "pond"), ("Top Lake", "lake"),
    ("Bottom Lake", "lake"), ("River Avon Weir Pool", "river"), ("Brickworks Pit", "lake"), ("Duck Pond", "pond"),
    ("Old Gravel Pit", "lake"), ("Trent Bend", "river"), ("Canal Lock 14", "canal"), ("Alder Pool", "pond"),
    ("Swan Lake", "lake"), ("Tench Pond", "pond"), ("River Teme Beat", "river"), ("Island Lake", "lake"),
    ("Reed Pool", "pond"), ("Shropshire Union Length", "canal"), ("Otter Lake", "lake"), ("Stony Brook", "river"),
    ("Lily Pond", "pond"), ("Quarry Lake", "lake"),
]  # fmt: skip
SPECIES = ["Carp", "Tench", "Bream", "Roach", "Perch", "Pike", "Chub", "Barbel", "Rudd", "Eel"]
SPECIES_G = {
    "Carp": (2000, 14000), "Tench": (800, 3500), "Bream": (900, 4500), "Roach": (80, 900), "Perch": (100, 1500),
    "Pike": (1500, 11000), "Chub": (400, 2800), "Barbel": (1200, 6000), "Rudd": (80, 700), "Eel": (300, 2000),
}  # fmt: skip


def build_anglingclub(path: Path) -> None:
    r = random.Random(8603)
    c = fresh_db(
        path,
        """
        CREATE TABLE members (
            memberid INTEGER PRIMARY KEY, firstname TEXT NOT NULL, lastname TEXT NOT NULL, joindate TEXT NOT NULL,
            membertype TEXT NOT NULL, isactive TEXT NOT NULL, phonenumber TEXT);
        CREATE TABLE waters (
            waterid INTEGER PRIMARY KEY, watername TEXT NOT NULL, watertype TEXT NOT NULL, areaacres REAL,
            nightfishing TEXT NOT NULL, dayticketpence INTEGER NOT NULL);
        CREATE TABLE permits (
            permitid INTEGER PRIMARY KEY, memberid INTEGER NOT NULL REFERENCES members(memberid),
            waterid INTEGER NOT NULL REFERENCES waters(waterid), seasonyear INTEGER NOT NULL,
            feepence INTEGER NOT NULL, issuedate TEXT NOT NULL);
        CREATE TABLE catches (
            catchid INTEGER PRIMARY KEY, memberid INTEGER NOT NULL REFERENCES members(memberid),
            waterid INTEGER NOT NULL REFERENCES waters(waterid), catchdate TEXT NOT NULL, species TEXT NOT NULL,
            weightgrams INTEGER NOT NULL, released TEXT NOT NULL);
        CREATE TABLE matches (
            matchid INTEGER PRIMARY KEY, matchname TEXT NOT NULL, waterid INTEGER NOT NULL REFERENCES waters(waterid),
            matchdate TEXT NOT NULL, entryfeepence INTEGER NOT NULL);
        CREATE TABLE matchresults (
            resultid INTEGER PRIMARY KEY, matchid INTEGER NOT NULL REFERENCES matches(matchid),
            memberid INTEGER NOT NULL REFERENCES members(memberid), pegnumber INTEGER NOT NULL,
            totalweightgrams INTEGER NOT NULL, placing INTEGER NOT NULL);
        """,
    )
    people = names(r, 150, GIVEN_EN, FAMILY_EN)
    members = []
    for i, p in enumerate(people, 1):
        first, last = p.split()
        mt = r.choices(["senior", "junior", "concession"], weights=[6, 2, 2])[0]
        members.append(
            (
                i,
                first,
                last,
                iso(day_between(r, D(2010, 1, 1), D(2025, 5, 31))),
                mt,
                "F" if r.random() < 0.15 else "T",
                None if r.random() < 0.3 else f"07{r.randint(100000000, 999999999)}",
            )
        )
    insert(c, "members", members)
    waters = []
    for i, (wn, wt) in enumerate(WATERS, 1):
        area = round(r.uniform(0.5, 4), 1) if wt == "pond" else round(r.uniform(3, 40), 1) if wt == "lake" else None
        waters.append(
            (
                i,
                wn,
                wt,
                area,
                "T" if wt in ("lake", "river") and r.random() < 0.6 else "F",
                r.choice([500, 600, 750, 800, 1000, 1200, 1500]),
            )
        )
    insert(c, "waters", waters)
    permits = []
    seen = set()
    pid = 0
    while pid < 300:
        m, w, y = r.randint(1, 150), r.randint(1, 28), r.choice([2023, 2024, 2025])
        if (m, w, y) in seen or int(members[m - 1][3][:4]) > y:
            continue
        seen.add((m, w, y))
        pid += 1
        permits.append(
            (pid, m, w, y, r.choice([2500, 3500, 4000, 5000, 6500]), iso(day_between(r, D(y, 1, 2), D(y, 3, 31))))
        )
    insert(c, "permits", permits)
    catches = []
    for k in range(1, 401):
        sp = r.choice(SPECIES)
        lo, hi = SPECIES_G[sp]
        m = r.randint(1, 150)
        since = max(START, D.fromisoformat(members[m - 1][3]))
        catches.append(
            (
                k,
                m,
                r.randint(1, 30),
                iso(day_between(r, since, LAST)),
                sp,
                r.randint(lo, hi),
                "T" if r.random() < 0.85 else "F",
            )
        )
    insert(c, "catches", catches)
    matches = []
    titles = [
        "Spring Open",
        "Summer Cup",
        "Autumn Classic",
        "Winter League Round",
        "Junior Shield",
        "Pairs Match",
        "Charity Match",
        "Club Championship",
    ]
    for k in range(1, 41):
        d = day_between(r, START, D(2025, 6, 8))
        title = {
            12: titles[3],
            1: titles[3],
            2: titles[3],
            3: titles[0],
            4: titles[0],
            5: titles[4],
            6: titles[1],
            7: titles[1],
            8: titles[6],
            9: titles[2],
            10: titles[7],
            11: titles[2],
        }[d.month]
        matches.append(
            (
                k,
                f"{title} {d.year}",
                r.choice([1, 2, 6, 7, 8, 12, 13, 21, 24, 30]),
                iso(d),
                r.choice([500, 800, 1000, 1500, 2000]),
            )
        )
    insert(c, "matches", matches)
    res = []
    rid = 0
    for k in range(1, 41):
        n = r.randint(5, 9)
        anglers = r.sample(range(1, 151), n)
        weights = sorted(r.sample(range(300, 25000), n), reverse=True)
        pegs = r.sample(range(1, 31), n)
        for place, (m, wg, peg) in enumerate(zip(anglers, weights, pegs, strict=True), 1):
            rid += 1
            res.append((rid, k, m, peg, wg, place))
    insert(c, "matchresults", res)
    done(c)


# ---------------------------------------------------------------------------------------------------- photoclub
CAMERAS = [
    "Canon EOS R6",
    "Nikon Z6 II",
    "Sony A7 IV",
    "Fujifilm X-T4",
    "Olympus OM-D E-M1",
    "Canon EOS 90D",
    "Nikon D850",
    "Sony A6400",
    "Panasonic Lumix G9",
    "iPhone 14 Pro",
]
PHOTO_WORDS = [
    "Morning",
    "Mist",
    "Harbour",
    "Light",
    "Shadows",
    "Reflections",
    "Old",
    "Bridge",
    "Fox",
    "Portrait",
    "Dune",
    "Storm",
    "Blue",
    "Hour",
    "Street",
    "Market",
    "Winter",
    "Heron",
    "Rust",
    "Lines",
]
LOCATIONS = [
    "Whitby Abbey",
    "Peak District",
    "Liverpool Docks",
    "Lake Windermere",
    "Chester Zoo",
    "York Minster",
    "Formby Beach",
    "Bolton Abbey",
    "Manchester Northern Quarter",
    "Snowdonia",
    "Malham Cove",
    "Conwy Castle",
]


def build_photoclub(path: Path) -> None:
    r = random.Random(8604)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Members" (
            "Member ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Join Date" TEXT NOT NULL,
            "Grade" TEXT NOT NULL, "Committee Member" INTEGER NOT NULL, "Email" TEXT);
        CREATE TABLE "Competitions" (
            "Competition ID" INTEGER PRIMARY KEY, "Title" TEXT NOT NULL, "Category" TEXT NOT NULL,
            "Closing Date" TEXT NOT NULL, "Judge" TEXT NOT NULL, "Entry Fee" REAL NOT NULL);
        CREATE TABLE "Entries" (
            "Entry ID" INTEGER PRIMARY KEY,
            "Competition ID" INTEGER NOT NULL REFERENCES "Competitions"("Competition ID"),
            "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"), "Photo Title" TEXT NOT NULL,
            "Camera" TEXT, "Score" REAL, "Award" TEXT);
        CREATE TABLE "Outings" (
            "Outing ID" INTEGER PRIMARY KEY, "Location" TEXT NOT NULL, "Outing Date" TEXT NOT NULL,
            "Leader ID" INTEGER REFERENCES "Members"("Member ID"), "Places" INTEGER NOT NULL);
        CREATE TABLE "Outing Bookings" (
            "Booking ID" INTEGER PRIMARY KEY, "Outing ID" INTEGER NOT NULL REFERENCES "Outings"("Outing ID"),
            "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"), "Attended" INTEGER NOT NULL);
        CREATE TABLE "Subscriptions" (
            "Subscription ID" INTEGER PRIMARY KEY, "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"),
            "Season" INTEGER NOT NULL, "Amount Paid" REAL NOT NULL, "Paid On" TEXT NOT NULL);
        """,
    )
    people = names(r, 90, GIVEN_EN, FAMILY_EN)
    members = []
    for i, p in enumerate(people, 1):
        grade = r.choices(["Beginner", "Intermediate", "Advanced"], weights=[3, 4, 3])[0]
        members.append(
            (
                i,
                p,
                iso(day_between(r, D(2012, 1, 1), D(2025, 5, 31))),
                grade,
                1 if i % 9 == 0 else 0,
                None if r.random() < 0.2 else p.lower().replace(" ", ".") + "@camclub.org.uk",
            )
        )
    insert(c, "Members", members)
    comps = []
    judges = ["Margaret Ellis ARPS", "David Hunt FRPS", "Sarah Kent LRPS", "Tom Wyatt EFIAP", "Helen Moss ARPS"]
    cats = ["Colour Print", "Mono Print", "Projected Digital"]
    themes = [
        "Open",
        "Landscape",
        "Portrait",
        "Nature",
        "Architecture",
        "Street",
        "Abstract",
        "Night Sky",
        "Water",
        "Seasons",
    ]
    for k in range(1, 37):
        d = day_between(r, D(2023, 1, 15), D(2025, 6, 10))
        comps.append(
            (
                k,
                f"{themes[k % 10]} {d.year} #{k}",
                cats[k % 3],
                iso(d),
                r.choice(judges),
                r.choice([0.0, 2.0, 3.0, 5.0]),
            )
        )
    insert(c, "Competitions", comps)
    entries = []
    eid = 0
    for k in range(1, 37):
        n = r.randint(6, 11)
        ms = r.sample([m for m in range(1, 91) if members[m - 1][2] <= comps[k - 1][3]], n)
        scores = []
        for m in ms:
            eid += 1
            sc = None if r.random() < 0.06 else float(r.randint(8, 20))
            title = f"{r.choice(PHOTO_WORDS)} {r.choice(PHOTO_WORDS)}"
            entries.append([eid, k, m, title, None if r.random() < 0.1 else r.choice(CAMERAS), sc, None])
            scores.append((sc if sc is not None else -1, eid))
        scores.sort(reverse=True)
        awards = ["Gold", "Silver", "Bronze", "Highly Commended"]
        for (sc, e), aw in zip(scores, awards, strict=False):
            if sc > 0:
                entries[e - 1][6] = aw
    insert(c, "Entries", entries)
    outings = []
    for k in range(1, 41):
        d = day_between(r, START, LAST)
        outings.append(
            (
                k,
                LOCATIONS[k % len(LOCATIONS)],
                iso(d),
                None if k % 13 == 0 else r.randint(1, 90),
                r.choice([8, 10, 12, 15, 20]),
            )
        )
    insert(c, "Outings", outings)
    books = []
    bid = 0
    for k in range(1, 41):
        places = outings[k - 1][4]
        eligible = [m for m in range(1, 91) if members[m - 1][2] <= outings[k - 1][2]]
        n = min(r.randint(3, places), len(eligible))
        for m in r.sample(eligible, n):
            bid += 1
            if bid > 400:
                break
            books.append((bid, k, m, 0 if r.random() < 0.15 else 1))
    insert(c, "Outing Bookings", books[:400])
    subs = []
    sid = 0
    for m in range(1, 91):
        joined = D.fromisoformat(members[m - 1][2])
        for season in (2023, 2024, 2025):
            if joined.year > season or (season == 2025 and r.random() < 0.3) or r.random() < 0.1:
                continue
            sid += 1
            amt = {"2023": 45.0, "2024": 48.0, "2025": 50.0}[str(season)]
            if m % 11 == 0:
                amt = amt / 2  # concession half rate
            subs.append((sid, m, season, amt, iso(day_between(r, D(season, 1, 1), D(season, 3, 31)))))
    insert(c, "Subscriptions", subs)
    done(c)


# ---------------------------------------------------------------------------------------------------- rowingclub
BOATS = [
    ("Isis", "8+"), ("Tamesis", "8+"), ("Old Father", "8+"), ("Kingfisher", "4+"), ("Swift", "4-"),
    ("Heron", "4x"), ("Mallard", "4x"), ("Otter", "4+"), ("Osprey", "4-"), ("Sculler One", "1x"),
    ("Sculler Two", "1x"), ("Dragonfly", "1x"), ("Mayfly", "1x"), ("Twin Oaks", "2x"), ("Gemini", "2x"),
    ("Castor", "2-"), ("Pollux", "2-"), ("Cygnet", "4x"), ("Grebe", "2x"), ("Windrush", "8+"),
    ("Cherwell", "4+"), ("Kennet", "1x"), ("Evenlode", "2x"), ("Thame", "4-"), ("Ock", "1x"),
    ("Pinkhill", "4x"), ("Godstow", "8+"), ("Sandford", "2x"), ("Iffley", "4+"), ("Donnington", "1x"),
    ("Marlow", "2-"), ("Henley Lady", "8+"),
]  # fmt: skip
SEATS = {"1x": 1, "2x": 2, "2-": 2, "4x": 4, "4-": 4, "4+": 5, "8+": 9}


def build_rowingclub(path: Path) -> None:
    r = random.Random(8605)
    c = fresh_db(
        path,
        """
        CREATE TABLE coach (
            coach_id INTEGER PRIMARY KEY, coach_name TEXT NOT NULL,
            head_coach_id INTEGER REFERENCES coach(coach_id), qualification_level INTEGER NOT NULL,
            start_date TEXT NOT NULL, is_volunteer TEXT NOT NULL);
        CREATE TABLE rower (
            rower_id INTEGER PRIMARY KEY, rower_name TEXT NOT NULL, birth_date TEXT NOT NULL, gender TEXT NOT NULL,
            squad TEXT NOT NULL, weight_class TEXT NOT NULL, coach_id INTEGER REFERENCES coach(coach_id),
            is_active TEXT NOT NULL, joined_on TEXT NOT NULL);
        CREATE TABLE boat (
            boat_id INTEGER PRIMARY KEY, boat_name TEXT NOT NULL, boat_class TEXT NOT NULL, seats INTEGER NOT NULL,
            purchase_year INTEGER NOT NULL, purchase_price REAL, is_serviceable TEXT NOT NULL);
        CREATE TABLE outing (
            outing_id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL REFERENCES boat(boat_id),
            coach_id INTEGER REFERENCES coach(coach_id), outing_date TEXT NOT NULL, distance_km REAL NOT NULL,
            water_conditions TEXT NOT NULL);
        CREATE TABLE seat (
            seat_id INTEGER PRIMARY KEY, outing_id INTEGER NOT NULL REFERENCES outing(outing_id),
            rower_id INTEGER NOT NULL REFERENCES rower(rower_id), seat_no INTEGER NOT NULL);
        CREATE TABLE race_result (
            race_result_id INTEGER PRIMARY KEY, regatta TEXT NOT NULL, race_date TEXT NOT NULL,
            boat_id INTEGER NOT NULL REFERENCES boat(boat_id), finish_seconds REAL NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE erg_test (
            erg_test_id INTEGER PRIMARY KEY, rower_id INTEGER NOT NULL REFERENCES rower(rower_id),
            test_date TEXT NOT NULL, time_seconds REAL NOT NULL);
        """,
    )
    people = names(r, 150, GIVEN_EN, FAMILY_EN)
    coach_names = people[:30]
    coaches = [(1, coach_names[0], None, 4, "2009-09-01", "F")]
    for k in range(2, 5):
        coaches.append(
            (
                k,
                coach_names[k - 1],
                1,
                r.choice([3, 4]),
                iso(day_between(r, D(2012, 1, 1), D(2018, 1, 1))),
                "F" if k != 4 else "T",
            )
        )
    for k in range(5, 31):
        head = 2 + (k % 3)
        coaches.append(
            (
                k,
                coach_names[k - 1],
                head,
                r.choice([1, 1, 2, 2, 3]),
                iso(day_between(r, D(2015, 1, 1), D(2025, 3, 1))),
                "T" if r.random() < 0.7 else "F",
            )
        )
    insert(c, "coach", coaches)
    rowers = []
    for k in range(1, 121):
        nm = people[29 + k]
        gender = (
            "F"
            if nm.split()[0]
            in {
                "Alice",
                "Chloe",
                "Emily",
                "Grace",
                "Imogen",
                "Katie",
                "Megan",
                "Olivia",
                "Ruby",
                "Tara",
                "Vicky",
                "Zara",
            }
            else "M"
        )
        squad = r.choices(["senior", "junior", "masters"], weights=[5, 3, 3])[0]
        birth = {
            "junior": (D(2007, 1, 1), D(2011, 12, 31)),
            "senior": (D(1995, 1, 1), D(2006, 12, 31)),
            "masters": (D(1955, 1, 1), D(1994, 12, 31)),
        }[squad]
        rowers.append(
            (
                k,
                nm,
                iso(day_between(r, *birth)),
                gender,
                squad,
                "lightweight" if r.random() < 0.25 else "open",
                None if k % 17 == 0 else r.randint(2, 30),
                "F" if r.random() < 0.12 else "T",
                iso(day_between(r, D(2014, 1, 1), D(2025, 5, 1))),
            )
        )
    insert(c, "rower", rowers)
    boats = []
    for k, (bn, cls) in enumerate(BOATS, 1):
        boats.append(
            (
                k,
                bn,
                cls,
                SEATS[cls],
                r.randint(1998, 2024),
                None if k % 10 == 0 else float(r.randrange(4000, 45000, 250)) * (3 if cls == "8+" else 1),
                "F" if k in (3, 12, 19, 27) else "T",
            )
        )
    insert(c, "boat", boats)
    outings = []
    seats = []
    seat_id = 0
    for k in range(1, 301):
        b = r.randint(1, 32)
        outings.append(
            (
                k,
                b,
                None if r.random() < 0.2 else r.randint(1, 30),
                iso(day_between(r, START, LAST)),
                round(r.uniform(4, 22), 1),
                r.choices(["flat", "choppy", "rough"], weights=[6, 3, 1])[0],
            )
        )
    insert(c, "outing", outings)
    for k in range(1, 301):
        if seat_id >= 400:
            break
        b = outings[k - 1][1]
        n = min(SEATS[boats[b - 1][2]], 400 - seat_id)
        eligible = [x for x in range(1, 121) if rowers[x - 1][8] <= outings[k - 1][3]]
        for s, rw in enumerate(r.sample(eligible, n), 1):
            seat_id += 1
            seats.append((seat_id, k, rw, s))
    insert(c, "seat", seats)
    regattas = [
        "Henley Royal Regatta",
        "Marlow Town Regatta",
        "Reading Amateur Regatta",
        "Bedford Regatta",
        "Head of the River Race",
        "Abingdon Spring Head",
        "Wallingford Regatta",
    ]
    races = []
    for k in range(1, 81):
        b = r.choice([b for b in range(1, 33) if b not in (3, 19)])
        cls = boats[b - 1][2]
        base = {"1x": 480, "2x": 450, "2-": 460, "4x": 420, "4-": 425, "4+": 440, "8+": 390}[cls]
        races.append(
            (
                k,
                r.choice(regattas),
                iso(day_between(r, D(2023, 3, 1), D(2025, 6, 8))),
                b,
                round(base + r.uniform(-20, 40), 1),
                r.choices([1, 2, 3, 4, 5, 6], weights=[2, 3, 3, 3, 2, 1])[0],
            )
        )
    insert(c, "race_result", races)
    ergs = []
    for k in range(1, 251):
        rw = r.randint(1, 120)
        g = rowers[rw - 1][3]
        base = 400 if g == "M" else 460
        since = max(START, D.fromisoformat(rowers[rw - 1][8]))
        ergs.append((k, rw, iso(day_between(r, since, LAST)), round(base + r.uniform(-30, 70), 1)))
    insert(c, "erg_test", ergs)
    done(c)


# ---------------------------------------------------------------------------------------------------- triathlon
RACES = [
    ("Windsor Triathlon", "Windsor", "Olympic"), ("Blenheim Palace Triathlon", "Woodstock", "Sprint"),
    ("Outlaw Half Nottingham", "Nottingham", "Middle"), ("Ironman Wales", "Tenby", "Full"),
    ("London Triathlon", "London", "Olympic"), ("Dorney Lake Sprint", "Dorney", "Sprint"),
    ("Cotswold 113", "South Cerney", "Middle"), ("Outlaw Full", "Nottingham", "Full"),
    ("Bristol Harbour Sprint", "Bristol", "Sprint"), ("Leeds Standard Tri", "Leeds", "Olympic"),
    ("Eton Supersprint", "Eton", "Sprint"), ("Challenge Gloucester", "Gloucester", "Middle"),
    ("Bath Two Tunnels Tri", "Bath", "Olympic"),
]  # fmt: skip
SPONSORS = [
    ("Velotech Bikes", "cycling"), ("AquaSkin Wetsuits", "swimwear"), ("PeakFuel Nutrition", "nutrition"),
    ("Stride Running Co", "running"), ("Harbour Physio", "health"), ("Kestrel Insurance", "finance"),
    ("BlueWave Swim School", "swimwear"), ("Summit Energy Gels", "nutrition"), ("Chainline Cycles", "cycling"),
    ("Thompson & Reed Solicitors", "finance"), ("Fleetfoot Shoes", "running"), ("GreenLeaf Café", "food"),
    ("Apex Sports Massage", "health"), ("Riverside Motors", "automotive"), ("Oakwood Dental", "health"),
    ("Northern Gears", "cycling"), ("HydroPure Drinks", "nutrition"), ("Trailblaze Outdoor", "running"),
    ("Meridian Bank", "finance"), ("Coastline Opticians", "health"), ("Pedal Power Hire", "cycling"),
    ("Sunrise Bakery", "food"), ("Ironclad Fitness", "health"), ("Kinetic Watches", "electronics"),
    ("BrightSpark Electrical", "electronics"), ("Wavecrest Travel", "travel"), ("Pinnacle Accountants", "finance"),
    ("Tidewater Kayaks", "swimwear"), ("Roadrunner Couriers", "automotive"), ("Evergreen Vitamins", "nutrition"),
]  # fmt: skip
TOWNS = ["Reading", "Oxford", "Bristol", "Bath", "Swindon", "Cheltenham", "Newbury", "Guildford"]


def build_triathlon(path: Path) -> None:
    r = random.Random(8606)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Athlete" (
            "Athlete ID" INTEGER PRIMARY KEY, "Athlete Name" TEXT NOT NULL, "Gender" TEXT NOT NULL,
            "Birth Year" INTEGER NOT NULL, "Home Town" TEXT, "Joined" TEXT NOT NULL);
        CREATE TABLE "Race" (
            "Race ID" INTEGER PRIMARY KEY, "Race Name" TEXT NOT NULL, "Race Date" TEXT NOT NULL,
            "Location" TEXT NOT NULL, "Distance" TEXT NOT NULL, "Entry Fee" REAL NOT NULL,
            "Championship" TEXT NOT NULL);
        CREATE TABLE "Result" (
            "Result ID" INTEGER PRIMARY KEY, "Race ID" INTEGER NOT NULL REFERENCES "Race"("Race ID"),
            "Athlete ID" INTEGER NOT NULL REFERENCES "Athlete"("Athlete ID"), "Swim Seconds" INTEGER,
            "Bike Seconds" INTEGER, "Run Seconds" INTEGER, "Finished" TEXT NOT NULL, "Position" INTEGER);
        CREATE TABLE "Sponsor" (
            "Sponsor ID" INTEGER PRIMARY KEY, "Company" TEXT NOT NULL, "Sector" TEXT NOT NULL);
        CREATE TABLE "Athlete Sponsor" (
            "Athlete ID" INTEGER NOT NULL REFERENCES "Athlete"("Athlete ID"),
            "Sponsor ID" INTEGER NOT NULL REFERENCES "Sponsor"("Sponsor ID"), "Start Date" TEXT NOT NULL,
            "End Date" TEXT, "Annual Amount" REAL NOT NULL, PRIMARY KEY ("Athlete ID", "Sponsor ID"));
        CREATE TABLE "Training Session" (
            "Session ID" INTEGER PRIMARY KEY, "Athlete ID" INTEGER NOT NULL REFERENCES "Athlete"("Athlete ID"),
            "Session Date" TEXT NOT NULL, "Discipline" TEXT NOT NULL, "Minutes" INTEGER NOT NULL,
            "Distance Km" REAL NOT NULL);
        """,
    )
    people = names(r, 80, GIVEN_EN, FAMILY_EN)
    fem = {"Alice", "Chloe", "Emily", "Grace", "Imogen", "Katie", "Megan", "Olivia", "Ruby", "Tara", "Vicky", "Zara"}
    athletes = []
    for i, p in enumerate(people, 1):
        athletes.append(
            (
                i,
                p,
                "F" if p.split()[0] in fem else "M",
                r.randint(1965, 2006),
                None if i % 12 == 0 else r.choice(TOWNS),
                iso(day_between(r, D(2012, 1, 1), D(2025, 3, 31))),
            )
        )
    insert(c, "Athlete", athletes)
    races = []
    rid = 0
    for year in (2023, 2024, 2025):
        for k, (nm, loc, dist) in enumerate(RACES):
            d = D(year, 3 + (k % 7), 2 + k * 2)
            if d > LAST:
                continue
            rid += 1
            fee = {"Sprint": 55.0, "Olympic": 85.0, "Middle": 195.0, "Full": 495.0}[dist] + (year - 2023) * 5
            races.append((rid, f"{nm} {year}", iso(d), loc, dist, fee, "T" if k in (0, 6) else "F"))
    insert(c, "Race", races)
    results = []
    resid = 0
    for race in races:
        dist = race[4]
        sw, bk, rn = {
            "Sprint": (900, 2400, 1500),
            "Olympic": (1800, 4200, 2700),
            "Middle": (2400, 10000, 6000),
            "Full": (4200, 21000, 14000),
        }[dist]
        n = r.randint(8, 14)
        ranked = []
        for a in r.sample([x for x in range(1, 81) if athletes[x - 1][5] <= race[2]], n):
            resid += 1
            f = 1.0 + r.uniform(-0.2, 0.35)
            s, b, ru = (
                int(sw * f * r.uniform(0.9, 1.1)),
                int(bk * f * r.uniform(0.9, 1.1)),
                int(rn * f * r.uniform(0.9, 1.1)),
            )
            fin = "T"
            if r.random() < 0.08:
                fin = "F"
                if r.random() < 0.5:
                    b, ru = None, None
                else:
                    ru = None
            results.append([resid, race[0], a, s, b, ru, fin, None])
            if fin == "T":
                ranked.append((s + b + ru, resid))
        ranked.sort()
        for pos, (_, rsid) in enumerate(ranked, 1):
            results[rsid - 1][7] = pos
    insert(c, "Result", results)
    insert(c, "Sponsor", [(i, n, s) for i, (n, s) in enumerate(SPONSORS, 1)])
    links = []
    seen = set()
    while len(links) < 60:
        a, s = r.randint(1, 80), r.randint(1, 28)
        if (a, s) in seen:
            continue
        seen.add((a, s))
        st = day_between(r, max(D(2021, 1, 1), D.fromisoformat(athletes[a - 1][5])), D(2025, 4, 1))
        end = None if r.random() < 0.6 else st + dt.timedelta(days=r.randint(180, 900))
        if end is not None and end > LAST:
            end = None
        links.append((a, s, iso(st), None if end is None else iso(end), float(r.randrange(250, 6000, 250))))
    insert(c, "Athlete Sponsor", links)
    sessions = []
    for k in range(1, 401):
        disc = r.choices(["swim", "bike", "run"], weights=[3, 4, 4])[0]
        mins = r.randint(30, 180) if disc == "bike" else r.randint(25, 90)
        speed = {"swim": 3.0, "bike": 28.0, "run": 11.0}[disc] * r.uniform(0.8, 1.2)
        a = r.randint(1, 80)
        since = max(D(2024, 1, 1), D.fromisoformat(athletes[a - 1][5]))
        sessions.append((k, a, iso(day_between(r, since, LAST)), disc, mins, round(mins / 60 * speed, 1)))
    insert(c, "Training Session", sessions)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "dartsleague": build_dartsleague,
    "voleibol": build_voleibol,
    "anglingclub": build_anglingclub,
    "photoclub": build_photoclub,
    "rowingclub": build_rowingclub,
    "triathlon": build_triathlon,
}
