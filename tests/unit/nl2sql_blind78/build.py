"""Six small hospitality, leisure and events databases for the seventy-eighth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except bookings clearly made for the future
(party bookings in ``minigolf``, scheduled shows in ``comedyclub``, provisional and confirmed functions in
``banquethall``, stays already confirmed in ``agriturismo``).

- ``padelclub`` (Hungarian notation: ``tbl`` tables, ``int``/``str``/``dtm``/``bln``/``cur`` column prefixes,
  ``bln*`` flags are 0/1, ``cur*`` money in pounds; self-referencing ``tblMember.intReferredByID``): a padel club
  with four venues. ``tblCourt`` (``strVenue``, ``blnIndoor``, ``curPeakRate`` per hour), ``tblMember``
  (``strTier`` Gold/Silver/Junior/Social, ``dtmJoined``, ``blnActive``, referrer), ``tblCoach`` (``dtmLeft`` NULL
  while still coaching), ``tblBooking`` (court bookings: ``dtmStart`` 'YYYY-MM-DD HH:MM', ``intMinutes``,
  ``curAmount``, ``blnPaid``, ``blnCancelled``), ``tblLesson`` (coach, member, fee), ``tblTournament`` and the link
  table ``tblEntry`` (member entered in a tournament, ``intFinalPosition`` NULL when knocked out before the last
  eight or not yet played).
- ``agriturismo`` (Italian table and column names and Italian values, flags 'si'/'no', money in euros;
  self-referencing ``dipendente.id_responsabile``): a farm-stay with rooms in three farmhouses. ``camera`` (room:
  ``casale`` farmhouse, ``tipo`` singola/doppia/familiare/suite, ``posti_letto`` beds, ``prezzo_notte`` nightly
  rate, ``vista_piscina`` pool view), ``ospite`` (guest, ``paese`` country in Italian e.g. 'Germania'),
  ``prenotazione`` (stay: ``data_arrivo``, ``data_partenza``, ``num_ospiti``, ``stato`` confermata/completata/
  cancellata, ``canale`` booking channel, ``importo_totale``), ``servizio`` (extras: dinners, tastings, courses,
  excursions, spa; ``categoria``), ``consumo`` (link stay-extra: ``quantita``, ``importo``), ``recensione`` (review
  of a stay, ``voto`` 1-5) and ``dipendente`` (staff, ``ruolo``, ``stipendio_mensile`` monthly salary).
- ``minigolf`` (all-lowercase words run together; booleans stored as text 'true'/'false'; prices in pounds): a
  chain of crazy-golf venues. ``venue`` (``theme``, ``city``, ``indoor``, ``holecount``, ``adultprice``,
  ``openedon``), ``player`` (registered players, ``loyaltymember``, ``birthyear``), ``game`` (one group's round:
  ``playedon``, ``groupsize``, ``totalpaid``, ``bookedonline``), ``gameplayer`` (link: registered player in a game,
  ``totalstrokes``, ``holesinone``) and ``partybooking`` (``partydate``, ``guests``, ``deposit``, ``status``
  booked/completed/cancelled; some parties are booked for dates after today).
- ``comedyclub`` (lowerCamelCase columns, statuses in UPPER_SNAKE, timestamps as ISO text 'YYYY-MM-DDTHH:MM:SS'):
  a comedy promoter running nights in 30 venues. ``venue`` (``capacity``, ``hasBar`` 0/1), ``comedian``
  (``stageName``, ``homeCity``, ``debutYear``), ``show`` (``startsAt``, ``ticketPrice`` in pounds, ``headlinerId``,
  ``showStatus`` SCHEDULED/SOLD_OUT/COMPLETED/CANCELLED), ``showAct`` (link: comedian on the bill, ``slotOrder``,
  ``setMinutes``), ``customer`` (``createdAt``) and ``ticketOrder`` (``orderedAt``, ``qty``, ``totalPaid`` in
  pounds, ``orderStatus`` PAID/REFUNDED/PENDING_PAYMENT).
- ``banquethall`` (all-lowercase run-together column names, flags as text 'yes'/'no', statuses in UPPER_SNAKE,
  money in pounds): a banqueting and conference centre. ``room`` (``building``, ``seatedcapacity``, ``hasstage``,
  ``dayrate``), ``planner`` (event planners, ``stillemployed``), ``client`` (``clienttype`` PRIVATE/CORPORATE/
  CHARITY), ``event`` (``eventdate``, ``eventtype``, ``guestcount``, ``quotedtotal``, ``depositpaid``, ``status``
  PROVISIONAL/ON_HOLD/CONFIRMED/COMPLETED/CANCELLED; future dates only for PROVISIONAL/ON_HOLD/CONFIRMED),
  ``menu`` (``priceperhead``, ``vegetarian``), ``eventmenu`` (link event-menu with ``covers``) and ``payment``
  (``paidon``, ``amount``, ``method`` CARD/BANK_TRANSFER/CASH).
- ``themepark`` (Hungarian notation, ``bln*`` 0/1, ``cur*`` pounds, downtime timestamps as ISO text with a 'T';
  self-referencing ``tblEmployee.intSupervisorID``): a theme park. ``tblRide`` (``strZone``, ``strRideType``,
  ``intMinHeightCm``, ``intCapacityPerHour``, ``blnOperating``), ``tblEmployee`` (role, supervisor, hourly rate,
  ``blnActive``), ``tblDowntime`` (ride stoppages: ``dtmStart``, ``dtmEnd`` NULL while the ride is still down,
  ``strReason``, reporting employee), ``tblInspection`` (``dtmInspected``, inspector, ``blnPassed``),
  ``tblPassHolder`` (season passes: ``strPassType``, ``dtmPurchased``, ``dtmExpires``, ``curPricePaid``) and
  ``tblVisit`` (pass-holder visits, ``intPartySize``).
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
START = D(2023, 1, 1)


def _iso(d: dt.date) -> str:
    return d.isoformat()


# --------------------------------------------------------------------------------------------------- padelclub
PADEL_DDL = """
CREATE TABLE tblCourt (
    intCourtID INTEGER PRIMARY KEY,
    strCourtName TEXT NOT NULL,
    strVenue TEXT NOT NULL,
    blnIndoor INTEGER NOT NULL,
    blnFloodlit INTEGER NOT NULL,
    curPeakRate REAL NOT NULL,
    curOffPeakRate REAL NOT NULL,
    dtmOpened TEXT NOT NULL
);
CREATE TABLE tblMember (
    intMemberID INTEGER PRIMARY KEY,
    strFirstName TEXT NOT NULL,
    strLastName TEXT NOT NULL,
    strEmail TEXT,
    strTier TEXT NOT NULL,
    dtmJoined TEXT NOT NULL,
    blnActive INTEGER NOT NULL,
    intReferredByID INTEGER REFERENCES tblMember(intMemberID)
);
CREATE TABLE tblCoach (
    intCoachID INTEGER PRIMARY KEY,
    strCoachName TEXT NOT NULL,
    strLevel TEXT NOT NULL,
    curLessonFee REAL NOT NULL,
    dtmHired TEXT NOT NULL,
    dtmLeft TEXT
);
CREATE TABLE tblBooking (
    intBookingID INTEGER PRIMARY KEY,
    intCourtID INTEGER NOT NULL REFERENCES tblCourt(intCourtID),
    intMemberID INTEGER NOT NULL REFERENCES tblMember(intMemberID),
    dtmStart TEXT NOT NULL,
    intMinutes INTEGER NOT NULL,
    curAmount REAL NOT NULL,
    blnPaid INTEGER NOT NULL,
    blnCancelled INTEGER NOT NULL
);
CREATE TABLE tblLesson (
    intLessonID INTEGER PRIMARY KEY,
    intCoachID INTEGER NOT NULL REFERENCES tblCoach(intCoachID),
    intMemberID INTEGER NOT NULL REFERENCES tblMember(intMemberID),
    dtmLesson TEXT NOT NULL,
    intMinutes INTEGER NOT NULL,
    curFee REAL NOT NULL
);
CREATE TABLE tblTournament (
    intTournamentID INTEGER PRIMARY KEY,
    strTournamentName TEXT NOT NULL,
    strCategory TEXT NOT NULL,
    dtmStart TEXT NOT NULL,
    curEntryFee REAL NOT NULL,
    intMaxPairs INTEGER NOT NULL
);
CREATE TABLE tblEntry (
    intTournamentID INTEGER NOT NULL REFERENCES tblTournament(intTournamentID),
    intMemberID INTEGER NOT NULL REFERENCES tblMember(intMemberID),
    dtmEntered TEXT NOT NULL,
    intFinalPosition INTEGER,
    PRIMARY KEY (intTournamentID, intMemberID)
);
"""


def build_padelclub(path: Path) -> None:
    r = random.Random(7801)
    c = fresh_db(path, PADEL_DDL)
    venues = [("Riverside", 10, True), ("Northgate", 8, False), ("Canal Wharf", 8, True), ("Hillcrest", 6, False)]
    courts = []
    cid = 0
    for venue, n, indoorish in venues:
        opened = day_between(r, D(2019, 1, 1), D(2022, 12, 31))
        for k in range(1, n + 1):
            cid += 1
            indoor = 1 if (indoorish and k <= n - 2) or (not indoorish and k == 1) else 0
            flood = 1 if indoor or r.random() < 0.6 else 0
            peak = round(r.choice([32, 36, 40, 44]) + (6 if indoor else 0), 2)
            off = round(peak * 0.7, 2)
            courts.append((cid, f"{venue} Court {k}", venue, indoor, flood, peak, off, _iso(opened)))
    # a court opened in 2024 at Hillcrest
    courts.append((cid + 1, "Hillcrest Court 7", "Hillcrest", 1, 1, 50.0, 35.0, "2024-04-06"))
    insert(c, "tblCourt", courts)

    names = full_names(r, 220)
    tiers = ["Gold"] * 3 + ["Silver"] * 4 + ["Junior"] * 2 + ["Social"] * 2
    members = []
    for i, nm in enumerate(names, 1):
        first, last = nm.split(" ")
        joined = day_between(r, D(2021, 3, 1), LAST)
        active = 0 if r.random() < 0.18 else 1
        ref = None
        if i > 20 and r.random() < 0.35:
            ref = r.randrange(1, min(i, 60))
            if D.fromisoformat(members[ref - 1][5]) > joined:
                ref = None
        email = None if r.random() < 0.08 else f"{first.lower()}.{last.lower()}@example.co.uk"
        members.append((i, first, last, email, r.choice(tiers), _iso(joined), active, ref))
    insert(c, "tblMember", members)
    joined_of = {m[0]: D.fromisoformat(m[5]) for m in members}

    coach_names = full_names(r, 30, exclude=names)
    coaches = []
    for i, nm in enumerate(coach_names, 1):
        level = r.choice(["Level 1", "Level 2", "Level 2", "Level 3", "Head Coach"])
        fee = {"Level 1": 30, "Level 2": 38, "Level 3": 48, "Head Coach": 60}[level] + r.choice([0, 2, 5])
        hired = day_between(r, D(2019, 6, 1), D(2024, 12, 31))
        left = None
        if r.random() < 0.25:
            left = _iso(day_between(r, max(hired + dt.timedelta(days=120), D(2023, 6, 1)), D(2025, 5, 31)))
        coaches.append((i, nm, level, float(fee), _iso(hired), left))
    insert(c, "tblCoach", coaches)

    bookings = []
    court_ids = [x[0] for x in courts]
    for i in range(1, 401):
        m = r.randrange(1, 221)
        ct = r.choice(court_ids)
        court = courts[ct - 1]
        lo = max(joined_of[m], START, D.fromisoformat(court[7]))
        d = day_between(r, lo, LAST) if lo <= LAST else LAST
        hour = r.choice([7, 8, 9, 10, 12, 14, 17, 18, 19, 20])
        mins = r.choice([60, 90, 90, 120])
        rate = court[5] if hour >= 17 else court[6]
        amount = round(rate * mins / 60, 2)
        cancelled = 1 if r.random() < 0.1 else 0
        paid = 0 if cancelled else (0 if r.random() < 0.07 else 1)
        bookings.append(
            (i, ct, m, f"{d.isoformat()} {hour:02d}:{r.choice(['00', '30'])}", mins, amount, paid, cancelled)
        )
    insert(c, "tblBooking", bookings)

    lessons = []
    for i in range(1, 301):
        co = r.randrange(1, 31)
        coach = coaches[co - 1]
        hired = D.fromisoformat(coach[4])
        left = D.fromisoformat(coach[5]) if coach[5] else LAST
        m = r.randrange(1, 221)
        lo = max(hired, joined_of[m], START)
        if lo > left:
            lo = max(hired, START)
        d = day_between(r, lo, left)
        mins = r.choice([30, 60, 60])
        lessons.append(
            (
                i,
                co,
                m,
                f"{d.isoformat()} {r.choice([9, 10, 11, 16, 17, 18]):02d}:00",
                mins,
                round(coach[3] * mins / 60, 2),
            )
        )
    insert(c, "tblLesson", lessons)

    cats = ["Mixed", "Men", "Women", "Juniors"]
    tnames = [
        "Spring Open",
        "Summer Slam",
        "Autumn Cup",
        "Winter Classic",
        "Club Championship",
        "Charity Americano",
        "Night Cup",
        "Ladder Finals",
    ]
    tours = []
    for i in range(1, 31):
        cat = cats[(i - 1) // 8]
        d = day_between(r, D(2023, 2, 1), D(2025, 6, 8))
        tname = f"{tnames[(i - 1) % 8]} {d.year} ({cat})"
        tours.append((i, tname, cat, _iso(d), float(r.choice([20, 25, 30, 40])), r.choice([8, 12, 16])))
    insert(c, "tblTournament", tours)
    entries = set()
    erows = []
    while len(erows) < 320:
        t = r.randrange(1, 31)
        m = r.randrange(1, 221)
        if (t, m) in entries:
            continue
        tstart = D.fromisoformat(tours[t - 1][3])
        entries.add((t, m))
        ent = tstart - dt.timedelta(days=r.randrange(3, 40))
        erows.append([t, m, _iso(ent), None])
    # final positions 1..8 for the first eight entries of each tournament
    by_t: dict[int, list] = {}
    for e in erows:
        by_t.setdefault(e[0], []).append(e)
    for es in by_t.values():
        for pos, e in enumerate(es[:8], 1):
            e[3] = pos
    insert(c, "tblEntry", [tuple(e) for e in erows])
    done(c)


# --------------------------------------------------------------------------------------------------- agriturismo
AGRI_DDL = """
CREATE TABLE dipendente (
    id_dipendente INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    cognome TEXT NOT NULL,
    ruolo TEXT NOT NULL,
    id_responsabile INTEGER REFERENCES dipendente(id_dipendente),
    data_assunzione TEXT NOT NULL,
    stipendio_mensile REAL NOT NULL
);
CREATE TABLE camera (
    id_camera INTEGER PRIMARY KEY,
    nome_camera TEXT NOT NULL,
    casale TEXT NOT NULL,
    tipo TEXT NOT NULL,
    posti_letto INTEGER NOT NULL,
    prezzo_notte REAL NOT NULL,
    vista_piscina TEXT NOT NULL
);
CREATE TABLE ospite (
    id_ospite INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    cognome TEXT NOT NULL,
    paese TEXT NOT NULL,
    email TEXT,
    telefono TEXT,
    data_registrazione TEXT NOT NULL
);
CREATE TABLE prenotazione (
    id_prenotazione INTEGER PRIMARY KEY,
    id_ospite INTEGER NOT NULL REFERENCES ospite(id_ospite),
    id_camera INTEGER NOT NULL REFERENCES camera(id_camera),
    data_arrivo TEXT NOT NULL,
    data_partenza TEXT NOT NULL,
    num_ospiti INTEGER NOT NULL,
    stato TEXT NOT NULL,
    canale TEXT NOT NULL,
    importo_totale REAL NOT NULL
);
CREATE TABLE servizio (
    id_servizio INTEGER PRIMARY KEY,
    nome_servizio TEXT NOT NULL,
    categoria TEXT NOT NULL,
    prezzo REAL NOT NULL,
    durata_minuti INTEGER
);
CREATE TABLE consumo (
    id_consumo INTEGER PRIMARY KEY,
    id_prenotazione INTEGER NOT NULL REFERENCES prenotazione(id_prenotazione),
    id_servizio INTEGER NOT NULL REFERENCES servizio(id_servizio),
    data_consumo TEXT NOT NULL,
    quantita INTEGER NOT NULL,
    importo REAL NOT NULL
);
CREATE TABLE recensione (
    id_recensione INTEGER PRIMARY KEY,
    id_prenotazione INTEGER NOT NULL REFERENCES prenotazione(id_prenotazione),
    voto INTEGER NOT NULL,
    commento TEXT,
    data_recensione TEXT NOT NULL
);
"""

NOMI = [
    "Giulia",
    "Marco",
    "Francesca",
    "Luca",
    "Chiara",
    "Matteo",
    "Sara",
    "Alessandro",
    "Elena",
    "Davide",
    "Martina",
    "Simone",
    "Valentina",
    "Andrea",
    "Federica",
    "Paolo",
    "Silvia",
    "Giorgio",
    "Anna",
    "Roberto",
]
COGNOMI = [
    "Rossi",
    "Bianchi",
    "Ferrari",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
]


def build_agriturismo(path: Path) -> None:
    r = random.Random(7802)
    c = fresh_db(path, AGRI_DDL)
    pairs = [(n, s) for n in NOMI for s in COGNOMI]
    r.shuffle(pairs)
    staff = []
    roles = (
        ["direttore"]
        + ["capo cuoco"]
        + ["responsabile sala"]
        + ["governante"]
        + ["responsabile fattoria"]
        + ["cuoco"] * 5
        + ["cameriere"] * 8
        + ["addetta pulizie"] * 6
        + ["contadino"] * 4
        + ["guida"] * 3
    )
    boss = {"cuoco": 2, "cameriere": 3, "addetta pulizie": 4, "contadino": 5, "guida": 5}
    base = {
        "direttore": 3600,
        "capo cuoco": 2900,
        "responsabile sala": 2400,
        "governante": 2300,
        "responsabile fattoria": 2350,
        "cuoco": 1900,
        "cameriere": 1650,
        "addetta pulizie": 1500,
        "contadino": 1550,
        "guida": 1700,
    }
    for i, role in enumerate(roles, 1):
        n, s = pairs[i - 1]
        resp = None if i == 1 else (1 if i <= 5 else boss[role])
        hired = day_between(r, D(2015, 3, 1), D(2025, 3, 1)) if i > 1 else D(2012, 4, 1)
        staff.append((i, n, s, role, resp, _iso(hired), float(base[role] + r.randrange(0, 12) * 25)))
    insert(c, "dipendente", staff)

    rooms = []
    casali = [("Casale Vecchio", 12), ("Fienile", 10), ("Torre", 8)]
    flowers = [
        "Girasole",
        "Lavanda",
        "Ulivo",
        "Rosmarino",
        "Cipresso",
        "Vigna",
        "Melograno",
        "Fico",
        "Mandorlo",
        "Papavero",
        "Salvia",
        "Timo",
        "Alloro",
        "Ginestra",
        "Castagno",
        "Quercia",
        "Acacia",
        "Glicine",
        "Limone",
        "Arancio",
        "Basilico",
        "Menta",
        "Gelsomino",
        "Camelia",
        "Pesco",
        "Ciliegio",
        "Noce",
        "Tiglio",
        "Betulla",
        "Pino",
    ]
    k = 0
    for casale, n in casali:
        for _ in range(n):
            tipo = r.choice(["doppia", "doppia", "doppia", "singola", "familiare", "suite"])
            beds = {"singola": 1, "doppia": 2, "familiare": 4, "suite": 3}[tipo]
            price = {"singola": 85, "doppia": 120, "familiare": 165, "suite": 210}[tipo] + r.choice([0, 10, 15, 20])
            if casale == "Torre":
                price += 15
            rooms.append(
                (k + 1, f"{flowers[k]}", casale, tipo, beds, float(price), "si" if r.random() < 0.35 else "no")
            )
            k += 1
    insert(c, "camera", rooms)

    paesi = (
        ["Italia"] * 5
        + ["Germania"] * 4
        + ["Regno Unito"] * 3
        + ["Francia"] * 2
        + ["Paesi Bassi"] * 2
        + ["Stati Uniti"] * 2
        + ["Svizzera"]
        + ["Austria"]
        + ["Belgio"]
    )
    guest_names = full_names(r, 200)
    guests = []
    for i in range(1, 201):
        paese = r.choice(paesi)
        if paese == "Italia":
            n, s = pairs[100 + i]
        else:
            n, s = guest_names[i - 1].split(" ")
        reg = day_between(r, D(2022, 6, 1), D(2025, 5, 31))
        email = None if r.random() < 0.1 else f"{n.lower()}.{s.lower().replace(' ', '')}{i}@mail.example"
        tel = (
            None
            if r.random() < 0.3
            else f"+{r.randrange(30, 50)} {r.randrange(100, 999)} {r.randrange(1000000, 9999999)}"
        )
        guests.append((i, n, s, paese, email, tel, _iso(reg)))
    insert(c, "ospite", guests)

    stays = []
    canali = ["diretto", "diretto", "Booking.com", "Booking.com", "Booking.com", "Airbnb", "agenzia"]
    for i in range(1, 351):
        g = r.randrange(1, 201)
        room = r.choice(rooms)
        reg = D.fromisoformat(guests[g - 1][6])
        if i > 330:
            arr = day_between(r, D(2025, 6, 20), D(2025, 10, 15))
            stato = "confermata"
        else:
            arr = day_between(r, max(reg, D(2023, 3, 1)), D(2025, 6, 5))
            stato = "cancellata" if r.random() < 0.1 else "completata"
        nights = r.choice([1, 2, 2, 3, 3, 4, 5, 7])
        dep = arr + dt.timedelta(days=nights)
        if stato == "completata" and dep > LAST:
            dep = LAST
            nights = (dep - arr).days
            if nights == 0:
                arr -= dt.timedelta(days=2)
                nights = 2
        n_osp = r.randrange(1, room[4] + 1)
        stays.append((i, g, room[0], _iso(arr), _iso(dep), n_osp, stato, r.choice(canali), round(room[5] * nights, 2)))
    insert(c, "prenotazione", stays)

    services = [
        ("Cena in fattoria", "ristorazione", 45, 120),
        ("Cena degustazione", "ristorazione", 70, 150),
        ("Colazione in camera", "ristorazione", 18, None),
        ("Pranzo al sacco", "ristorazione", 15, None),
        ("Aperitivo al tramonto", "ristorazione", 22, 60),
        ("Pizza nel forno a legna", "ristorazione", 25, 90),
        ("Grigliata in giardino", "ristorazione", 38, 120),
        ("Brunch della domenica", "ristorazione", 30, 120),
        ("Degustazione vini", "degustazione", 35, 90),
        ("Degustazione olio", "degustazione", 20, 60),
        ("Degustazione formaggi", "degustazione", 28, 60),
        ("Visita in cantina", "degustazione", 25, 75),
        ("Degustazione grappe", "degustazione", 30, 60),
        ("Corso di pasta fresca", "corso", 60, 180),
        ("Corso di cucina toscana", "corso", 85, 240),
        ("Corso di pizza", "corso", 55, 150),
        ("Laboratorio di ceramica", "corso", 48, 120),
        ("Corso di panificazione", "corso", 50, 180),
        ("Escursione a cavallo", "escursione", 65, 120),
        ("Giro in e-bike", "escursione", 40, 180),
        ("Trekking nei vigneti", "escursione", 25, 150),
        ("Raccolta delle olive", "escursione", 20, 180),
        ("Vendemmia con il contadino", "escursione", 30, 240),
        ("Gita in barca sul lago", "escursione", 55, 180),
        ("Massaggio rilassante", "benessere", 70, 50),
        ("Massaggio di coppia", "benessere", 130, 50),
        ("Sauna e bagno turco", "benessere", 25, 90),
        ("Yoga all'alba", "benessere", 15, 60),
        ("Trattamento viso all'uva", "benessere", 60, 45),
        ("Idromassaggio privato", "benessere", 35, 60),
        ("Transfer dalla stazione", "trasporto", 40, None),
        ("Transfer dall'aeroporto", "trasporto", 90, None),
    ]
    insert(c, "servizio", [(i, *s) for i, s in enumerate(services, 1)])

    cons = []
    done_stays = [s for s in stays if s[6] == "completata"]
    # a few extras never taken: the last three (transfer from the airport is popular, so leave others)
    usable = list(range(1, 30))
    weights = [6, 2, 5, 3, 4, 3, 2, 2, 7, 3, 3, 4, 1, 4, 2, 2, 1, 1, 3, 3, 3, 1, 1, 1, 3, 2, 3, 2, 1]
    for i in range(1, 401):
        s = r.choice(done_stays)
        sv = r.choices(usable, weights)[0]
        arr, dep = D.fromisoformat(s[3]), D.fromisoformat(s[4])
        d = day_between(r, arr, max(arr, dep - dt.timedelta(days=1)))
        q = r.randrange(1, s[5] + 1)
        cons.append((i, s[0], sv, _iso(d), q, float(services[sv - 1][2] * q)))
    insert(c, "consumo", cons)

    comments = [
        "Posto meraviglioso",
        "Cena ottima",
        "Camera un po' piccola",
        "Staff gentilissimo",
        None,
        None,
        "Torneremo!",
        "Colazione da migliorare",
        "Vista stupenda",
    ]
    revs = []
    reviewed = r.sample(done_stays, 160)
    for i, s in enumerate(reviewed, 1):
        dep = D.fromisoformat(s[4])
        vote = r.choices([1, 2, 3, 4, 5], [1, 2, 5, 12, 15])[0]
        rd = min(dep + dt.timedelta(days=r.randrange(0, 10)), LAST)
        revs.append((i, s[0], vote, r.choice(comments), _iso(rd)))
    insert(c, "recensione", revs)
    done(c)


# --------------------------------------------------------------------------------------------------- minigolf
MINIGOLF_DDL = """
CREATE TABLE venue (
    venueid INTEGER PRIMARY KEY,
    venuename TEXT NOT NULL,
    city TEXT NOT NULL,
    theme TEXT NOT NULL,
    indoor TEXT NOT NULL,
    holecount INTEGER NOT NULL,
    adultprice REAL NOT NULL,
    childprice REAL NOT NULL,
    openedon TEXT NOT NULL
);
CREATE TABLE player (
    playerid INTEGER PRIMARY KEY,
    fullname TEXT NOT NULL,
    emailaddress TEXT,
    birthyear INTEGER,
    homevenueid INTEGER REFERENCES venue(venueid),
    loyaltymember TEXT NOT NULL,
    signupdate TEXT NOT NULL
);
CREATE TABLE partybooking (
    partyid INTEGER PRIMARY KEY,
    venueid INTEGER NOT NULL REFERENCES venue(venueid),
    contactname TEXT NOT NULL,
    partydate TEXT NOT NULL,
    guests INTEGER NOT NULL,
    packagename TEXT NOT NULL,
    deposit REAL NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE game (
    gameid INTEGER PRIMARY KEY,
    venueid INTEGER NOT NULL REFERENCES venue(venueid),
    playedon TEXT NOT NULL,
    teetime TEXT NOT NULL,
    groupsize INTEGER NOT NULL,
    totalpaid REAL NOT NULL,
    bookedonline TEXT NOT NULL,
    partyid INTEGER REFERENCES partybooking(partyid)
);
CREATE TABLE gameplayer (
    gameid INTEGER NOT NULL REFERENCES game(gameid),
    playerid INTEGER NOT NULL REFERENCES player(playerid),
    totalstrokes INTEGER NOT NULL,
    holesinone INTEGER NOT NULL,
    PRIMARY KEY (gameid, playerid)
);
"""


def build_minigolf(path: Path) -> None:
    r = random.Random(7803)
    c = fresh_db(path, MINIGOLF_DDL)
    cities = [
        "Leeds",
        "Manchester",
        "Bristol",
        "Glasgow",
        "Cardiff",
        "Brighton",
        "Norwich",
        "York",
        "Liverpool",
        "Nottingham",
        "Newcastle",
        "Edinburgh",
        "Sheffield",
        "Birmingham",
        "London",
    ]
    themes = ["Pirates", "Jungle", "Dinosaurs", "Space", "Neon", "Haunted", "Seaside", "Arctic"]
    venues = []
    for i in range(1, 31):
        city = cities[(i - 1) % 15]
        theme = themes[(i * 3) % 8]
        indoor = "true" if theme in ("Neon", "Space", "Haunted") or r.random() < 0.3 else "false"
        holes = 18 if r.random() < 0.6 else 9
        adult = (
            float(r.choice([7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 11.0])) if holes == 18 else float(r.choice([5.5, 6.0, 6.5]))
        )
        opened = day_between(r, D(2016, 1, 1), D(2024, 9, 30))
        label = {
            "Pirates": "Pirate Cove",
            "Jungle": "Jungle Falls",
            "Dinosaurs": "Dino Park",
            "Space": "Cosmic Putt",
            "Neon": "Glow Golf",
            "Haunted": "Spooky Greens",
            "Seaside": "Seaside Links",
            "Arctic": "Polar Putt",
        }[theme]
        venues.append((i, f"{label} {city}", city, theme, indoor, holes, adult, round(adult - 2.0, 2), _iso(opened)))
    insert(c, "venue", venues)

    names = full_names(r, 250)
    players = []
    for i, nm in enumerate(names, 1):
        by = None if r.random() < 0.15 else r.randrange(1955, 2016)
        home = None if r.random() < 0.2 else r.randrange(1, 31)
        email = None if r.random() < 0.1 else nm.lower().replace(" ", ".") + "@inbox.example"
        players.append(
            (
                i,
                nm,
                email,
                by,
                home,
                "true" if r.random() < 0.4 else "false",
                _iso(day_between(r, D(2022, 1, 1), D(2025, 6, 1))),
            )
        )
    insert(c, "player", players)

    packages = ["Birthday Basic", "Birthday Deluxe", "Corporate Putt", "Hen & Stag"]
    deposits = {"Birthday Basic": 25.0, "Birthday Deluxe": 50.0, "Corporate Putt": 100.0, "Hen & Stag": 60.0}
    parties = []
    for i in range(1, 46):
        v = r.randrange(1, 31)
        if i > 38:
            d = day_between(r, D(2025, 6, 20), D(2025, 9, 30))
            status = "booked"
        else:
            d = day_between(r, max(START, D.fromisoformat(venues[v - 1][8])), LAST)
            status = "cancelled" if r.random() < 0.15 else "completed"
        pk = r.choice(packages)
        parties.append((i, v, r.choice(full_names(r, 5)), _iso(d), r.randrange(6, 31), pk, deposits[pk], status))
    insert(c, "partybooking", parties)

    games = []
    gid = 0
    for p in parties:
        if p[7] == "completed":
            gid += 1
            v = venues[p[1] - 1]
            games.append((gid, p[1], p[3], "14:00", p[4], round(p[4] * v[6] * 0.9, 2), "true", p[0]))
    while gid < 260:
        gid += 1
        v = r.choice(venues)
        d = day_between(r, max(START, D.fromisoformat(v[8])), LAST)
        size = r.choice([1, 2, 2, 2, 3, 4, 4, 5, 6])
        kids = r.randrange(0, size) if size > 2 else 0
        paid = round((size - kids) * v[6] + kids * v[7], 2)
        games.append(
            (
                gid,
                v[0],
                _iso(d),
                f"{r.randrange(10, 21):02d}:{r.choice(['00', '15', '30', '45'])}",
                size,
                paid,
                "true" if r.random() < 0.55 else "false",
                None,
            )
        )
    insert(c, "game", games)

    gp = set()
    rows = []
    while len(rows) < 400:
        g = games[r.randrange(len(games))]
        p = r.randrange(1, 251)
        if (g[0], p) in gp:
            continue
        if sum(1 for x in rows if x[0] == g[0]) >= g[4]:
            continue
        gp.add((g[0], p))
        holes = venues[g[1] - 1][5]
        strokes = holes * 2 + r.randrange(0, holes * 2)
        hio = r.choices([0, 1, 2, 3], [70, 22, 6, 2])[0]
        rows.append((g[0], p, strokes, hio))
    insert(c, "gameplayer", rows)
    done(c)


# --------------------------------------------------------------------------------------------------- comedyclub
COMEDY_DDL = """
CREATE TABLE venue (
    venueId INTEGER PRIMARY KEY,
    venueName TEXT NOT NULL,
    city TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    hasBar INTEGER NOT NULL
);
CREATE TABLE comedian (
    comedianId INTEGER PRIMARY KEY,
    stageName TEXT NOT NULL,
    realName TEXT NOT NULL,
    homeCity TEXT NOT NULL,
    debutYear INTEGER NOT NULL,
    agentEmail TEXT
);
CREATE TABLE show (
    showId INTEGER PRIMARY KEY,
    venueId INTEGER NOT NULL REFERENCES venue(venueId),
    showTitle TEXT NOT NULL,
    startsAt TEXT NOT NULL,
    ticketPrice REAL NOT NULL,
    headlinerId INTEGER NOT NULL REFERENCES comedian(comedianId),
    showStatus TEXT NOT NULL
);
CREATE TABLE showAct (
    showId INTEGER NOT NULL REFERENCES show(showId),
    comedianId INTEGER NOT NULL REFERENCES comedian(comedianId),
    slotOrder INTEGER NOT NULL,
    setMinutes INTEGER NOT NULL,
    PRIMARY KEY (showId, comedianId)
);
CREATE TABLE customer (
    customerId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    email TEXT,
    city TEXT NOT NULL,
    createdAt TEXT NOT NULL
);
CREATE TABLE ticketOrder (
    orderId INTEGER PRIMARY KEY,
    showId INTEGER NOT NULL REFERENCES show(showId),
    customerId INTEGER NOT NULL REFERENCES customer(customerId),
    orderedAt TEXT NOT NULL,
    qty INTEGER NOT NULL,
    totalPaid REAL NOT NULL,
    orderStatus TEXT NOT NULL
);
"""


def build_comedyclub(path: Path) -> None:
    r = random.Random(7804)
    c = fresh_db(path, COMEDY_DDL)
    cities = [
        "London",
        "Manchester",
        "Edinburgh",
        "Bristol",
        "Leeds",
        "Glasgow",
        "Birmingham",
        "Brighton",
        "Nottingham",
        "Cardiff",
    ]
    vnames = [
        "The Laughing Fox",
        "Giggle Cellar",
        "The Basement",
        "Punchline Rooms",
        "Corn Exchange Studio",
        "The Attic",
        "Old Fire Station",
        "Red Lion Back Room",
        "Cellar Door",
        "The Tin Roof",
    ]
    venues = []
    for i in range(1, 31):
        city = cities[(i - 1) % 10]
        name = f"{vnames[((i - 1) % 10 + 3 * ((i - 1) // 10) + 4) % 10]} {city}"
        venues.append((i, name, city, r.choice([60, 80, 120, 150, 200, 250, 300, 450]), 1 if r.random() < 0.8 else 0))
    insert(c, "venue", venues)

    stage = [
        "Dry Dave",
        "Mo Laughs",
        "The Great Gatsbee",
        "Kid Chuckles",
        "Lady Deadpan",
        "Big Sal",
        "Captain Quip",
        "Nina Nonsense",
        "Jez Ramble",
        "Punchy Pete",
        "Sly Sophie",
        "Mr Awkward",
        "Tiny Tom",
        "Doctor Droll",
        "Queen Quirk",
        "Raj the Rant",
        "Wry Ruth",
        "Silent Sid",
        "Hattie Heckle",
        "Barry Bants",
        "Cheeky Cheng",
        "Gloomy Gus",
        "Marvellous Meg",
        "Odd Olly",
        "Polly Punnet",
        "Slapdash Sam",
        "Tess Tickle",
        "Uncle Ugo",
        "Vicious Vi",
        "Zany Zoe",
        "Frank Fibber",
        "Laura Lols",
        "Dennis Drift",
        "Kev the Cab",
        "Ada Absurd",
        "Ivy Irony",
        "Wendy Whimsy",
        "Norm Normal",
        "Peggy Pratfall",
        "Rolo Rhymes",
    ]
    real = full_names(r, len(stage))
    comics = []
    for i, s in enumerate(stage, 1):
        comics.append(
            (
                i,
                s,
                real[i - 1],
                r.choice(cities),
                r.randrange(2002, 2024),
                None if r.random() < 0.3 else f"agent{r.randrange(1, 9)}@talent.example",
            )
        )
    insert(c, "comedian", comics)

    shows = []
    titles = [
        "Friday Night Laughs",
        "Saturday Stand-Up",
        "New Material Night",
        "Comedy Gala",
        "Late Show",
        "Sunday Special",
        "Open Mic Plus",
    ]
    for i in range(1, 151):
        v = r.choice(venues)
        if i > 132:
            d = day_between(r, D(2025, 6, 16), D(2025, 9, 30))
            status = "SOLD_OUT" if r.random() < 0.25 else "SCHEDULED"
        else:
            d = day_between(r, D(2023, 1, 6), LAST)
            status = "CANCELLED" if r.random() < 0.08 else "COMPLETED"
        hour = r.choice([19, 19, 20, 20, 21, 22])
        ts = f"{d.isoformat()}T{hour:02d}:{r.choice(['00', '30'])}:00"
        price = float(r.choice([8, 10, 12, 12.5, 15, 18, 20, 25]))
        head = r.randrange(1, 41)
        shows.append((i, v[0], r.choice(titles), ts, price, head, status))
    # one comedian (Rolo Rhymes, id 40) never headlines; no show in the data for him at all
    shows = [s if s[5] != 40 else (*s[:5], 1 + (s[0] % 39), s[6]) for s in shows]
    insert(c, "show", shows)

    acts = []
    for s in shows:
        bill = [s[5]]
        support = r.sample([x for x in range(1, 40) if x != s[5]], r.randrange(1, 3))
        bill = support + bill  # headliner closes the show
        for k, cm in enumerate(bill, 1):
            acts.append((s[0], cm, k, 45 if cm == s[5] else r.choice([10, 15, 20, 20, 25])))
    insert(c, "showAct", acts)

    cust_names = full_names(r, 250)
    custs = []
    for i, nm in enumerate(cust_names, 1):
        d = day_between(r, D(2022, 9, 1), D(2025, 5, 20))
        custs.append(
            (
                i,
                nm,
                None if r.random() < 0.07 else nm.lower().replace(" ", "_") + "@mail.example",
                r.choice(cities),
                f"{d.isoformat()}T{r.randrange(7, 24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}",
            )
        )
    insert(c, "customer", custs)

    orders = []
    for i in range(1, 401):
        s = r.choice(shows)
        sd = D.fromisoformat(s[3][:10])
        cu = r.randrange(1, 251)
        cd = D.fromisoformat(custs[cu - 1][4][:10])
        lo = max(cd, sd - dt.timedelta(days=60))
        hi = min(sd - dt.timedelta(days=1), LAST)
        if lo > hi:
            lo = hi
        od = day_between(r, lo, hi)
        qty = r.choices([1, 2, 3, 4, 6], [20, 45, 12, 15, 3])[0]
        if s[6] == "CANCELLED":
            st = "REFUNDED"
        elif s[6] in ("SCHEDULED", "SOLD_OUT") and r.random() < 0.15:
            st = "PENDING_PAYMENT"
        else:
            st = "PAID" if r.random() < 0.95 else "REFUNDED"
        ts = f"{od.isoformat()}T{r.randrange(8, 24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
        orders.append((i, s[0], cu, ts, qty, round(qty * s[4] + 1.5 * qty, 2), st))
    insert(c, "ticketOrder", orders)
    done(c)


# --------------------------------------------------------------------------------------------------- banquethall
BANQUET_DDL = """
CREATE TABLE room (
    roomid INTEGER PRIMARY KEY,
    roomname TEXT NOT NULL,
    building TEXT NOT NULL,
    floorlevel INTEGER NOT NULL,
    seatedcapacity INTEGER NOT NULL,
    standingcapacity INTEGER NOT NULL,
    hasstage TEXT NOT NULL,
    dayrate REAL NOT NULL
);
CREATE TABLE planner (
    plannerid INTEGER PRIMARY KEY,
    plannername TEXT NOT NULL,
    startedon TEXT NOT NULL,
    stillemployed TEXT NOT NULL,
    speciality TEXT
);
CREATE TABLE client (
    clientid INTEGER PRIMARY KEY,
    clientname TEXT NOT NULL,
    clienttype TEXT NOT NULL,
    contactemail TEXT,
    city TEXT NOT NULL,
    createdon TEXT NOT NULL
);
CREATE TABLE event (
    eventid INTEGER PRIMARY KEY,
    clientid INTEGER NOT NULL REFERENCES client(clientid),
    roomid INTEGER NOT NULL REFERENCES room(roomid),
    plannerid INTEGER REFERENCES planner(plannerid),
    eventdate TEXT NOT NULL,
    eventtype TEXT NOT NULL,
    guestcount INTEGER NOT NULL,
    quotedtotal REAL NOT NULL,
    depositpaid TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE menu (
    menuid INTEGER PRIMARY KEY,
    menuname TEXT NOT NULL,
    cuisine TEXT NOT NULL,
    priceperhead REAL NOT NULL,
    vegetarian TEXT NOT NULL
);
CREATE TABLE eventmenu (
    eventid INTEGER NOT NULL REFERENCES event(eventid),
    menuid INTEGER NOT NULL REFERENCES menu(menuid),
    covers INTEGER NOT NULL,
    PRIMARY KEY (eventid, menuid)
);
CREATE TABLE payment (
    paymentid INTEGER PRIMARY KEY,
    eventid INTEGER NOT NULL REFERENCES event(eventid),
    paidon TEXT NOT NULL,
    amount REAL NOT NULL,
    method TEXT NOT NULL
);
"""


def build_banquethall(path: Path) -> None:
    r = random.Random(7805)
    c = fresh_db(path, BANQUET_DDL)
    rooms = []
    rnames = [
        "Ballroom",
        "Orangery",
        "Library",
        "Garden Room",
        "Long Gallery",
        "Boardroom",
        "Terrace Suite",
        "Cedar Room",
        "Oak Room",
        "Willow Room",
    ]
    k = 0
    for b in ["Main House", "Coach House", "Mews"]:
        for nm in rnames:
            k += 1
            seated = r.choice([20, 30, 40, 60, 80, 120, 150, 200, 250, 300])
            rooms.append(
                (
                    k,
                    f"{b} {nm}",
                    b,
                    r.randrange(0, 3),
                    seated,
                    int(seated * 1.5),
                    "yes" if seated >= 120 or r.random() < 0.2 else "no",
                    float(r.choice([400, 650, 900, 1200, 1500, 2200, 3000]) + (seated // 10) * 10),
                )
            )
    insert(c, "room", rooms)

    pn = full_names(r, 30)
    planners = []
    for i, nm in enumerate(pn, 1):
        planners.append(
            (
                i,
                nm,
                _iso(day_between(r, D(2016, 1, 1), D(2024, 10, 1))),
                "no" if r.random() < 0.2 else "yes",
                r.choice(["weddings", "corporate", "galas", None]),
            )
        )
    insert(c, "planner", planners)

    cities = ["Bath", "Bristol", "Cheltenham", "Oxford", "Swindon", "Gloucester", "Reading", "Cirencester"]
    firms = [
        "Acme Logistics",
        "Brightwater Bank",
        "Cotswold Builders",
        "Delta Pharma",
        "Evergreen Energy",
        "Fable Media",
        "Granite Insurance",
        "Harbour Law",
        "Ionic Software",
        "Juniper Foods",
        "Kestrel Motors",
        "Lumen Opticians",
        "Meridian Travel",
        "Northstar Consulting",
        "Orchard Cider Co",
        "Pinnacle Recruitment",
        "Quayside Hotels",
        "Redwood Estates",
        "Summit Engineering",
        "Thames Water Sports",
    ]
    charities = [
        "Hospice at Home",
        "Riverside Rescue",
        "Children First Trust",
        "Green Lanes Foundation",
        "Hearing Futures",
        "Cotswold Air Ambulance",
        "Food for All",
        "Animal Haven",
    ]
    people = full_names(r, 150, exclude=pn)
    clients = []
    for i in range(1, 171):
        if i <= 20:
            name, typ = firms[i - 1], "CORPORATE"
        elif i <= 28:
            name, typ = charities[i - 21], "CHARITY"
        else:
            name, typ = people[i - 29], "PRIVATE"
        email = None if r.random() < 0.1 else name.lower().replace(" ", "").replace("&", "") + "@example.org"
        clients.append((i, name, typ, email, r.choice(cities), _iso(day_between(r, D(2022, 1, 1), D(2025, 4, 30)))))
    insert(c, "client", clients)

    menus = []
    mdefs = [
        ("Classic Roast", "British", 42, "no"),
        ("Garden Feast", "British", 38, "yes"),
        ("Tuscan Table", "Italian", 48, "no"),
        ("Primavera", "Italian", 40, "yes"),
        ("Mezze Sharing", "Middle Eastern", 39, "yes"),
        ("Spice Route", "Indian", 44, "no"),
        ("Thali Deluxe", "Indian", 41, "yes"),
        ("French Bistro", "French", 55, "no"),
        ("Seafood Platter", "British", 62, "no"),
        ("Afternoon Tea", "British", 28, "yes"),
        ("Bowl Food", "Fusion", 35, "no"),
        ("Canapes Gold", "Fusion", 30, "no"),
        ("Vegan Harvest", "Fusion", 36, "yes"),
        ("Hog Roast", "British", 33, "no"),
        ("BBQ Grill", "American", 37, "no"),
        ("Tapas Fiesta", "Spanish", 43, "no"),
        ("Paella Night", "Spanish", 39, "no"),
        ("Sushi Bar", "Japanese", 58, "no"),
        ("Dim Sum Feast", "Chinese", 45, "no"),
        ("Greek Taverna", "Greek", 40, "no"),
        ("Moroccan Tagine", "Middle Eastern", 42, "no"),
        ("Wedding Breakfast", "British", 65, "no"),
        ("Wedding Breakfast Veg", "British", 60, "yes"),
        ("Working Lunch", "British", 22, "no"),
        ("Conference Buffet", "Fusion", 25, "no"),
        ("Breakfast Rolls", "British", 12, "no"),
        ("Cheese Board", "French", 18, "yes"),
        ("Dessert Table", "French", 20, "yes"),
        ("Street Food Market", "Fusion", 34, "no"),
        ("Midnight Pizza", "Italian", 15, "yes"),
    ]
    for i, (n, cu, p, v) in enumerate(mdefs, 1):
        menus.append((i, n, cu, float(p), v))
    insert(c, "menu", menus)

    types_priv = ["Wedding", "Wedding", "Birthday", "Christening", "Anniversary"]
    types_corp = ["Conference", "Conference", "Awards night", "Christmas party", "Product launch"]
    events = []
    for i in range(1, 251):
        cl = clients[r.randrange(170)]
        room = r.choice(rooms)
        if i > 220:
            d = day_between(r, D(2025, 6, 20), D(2026, 6, 30))
            status = r.choice(["PROVISIONAL", "ON_HOLD", "CONFIRMED", "CONFIRMED"])
        else:
            d = day_between(r, max(D(2023, 1, 10), D.fromisoformat(cl[5])), LAST)
            status = "CANCELLED" if r.random() < 0.1 else "COMPLETED"
        if cl[2] == "PRIVATE":
            et = r.choice(types_priv)
        elif cl[2] == "CORPORATE":
            et = r.choice(types_corp)
        else:
            et = "Gala dinner"
        guests = r.randrange(max(10, room[4] // 3), room[4] + 1)
        planner = None if r.random() < 0.1 else r.randrange(1, 31)
        quoted = round(room[7] + guests * r.choice([35, 40, 45, 55, 60]), 2)
        dep = "yes" if status in ("CONFIRMED", "COMPLETED") or (status == "CANCELLED" and r.random() < 0.5) else "no"
        events.append((i, cl[0], room[0], planner, _iso(d), et, guests, quoted, dep, status))
    insert(c, "event", events)

    em = []
    for e in events:
        ms = r.sample(range(1, 30), r.choice([1, 1, 2]))
        left = e[6]
        for j, m in enumerate(ms):
            cov = left if j == len(ms) - 1 else r.randrange(1, left)
            left -= cov
            em.append((e[0], m, cov))
    insert(c, "eventmenu", em)

    pays = []
    pid = 0
    for e in events:
        d = D.fromisoformat(e[4])
        created = D.fromisoformat(clients[e[1] - 1][5])
        if e[8] == "yes":
            pid += 1
            pd = min(max(created, d - dt.timedelta(days=r.randrange(60, 300))), LAST)
            pays.append(
                (pid, e[0], _iso(pd), round(e[7] * 0.25, 2), r.choice(["CARD", "BANK_TRANSFER", "BANK_TRANSFER"]))
            )
        if e[9] == "COMPLETED" and r.random() < 0.8:
            pid += 1
            pd = min(d + dt.timedelta(days=r.randrange(0, 20)), LAST)
            pays.append((pid, e[0], _iso(pd), round(e[7] * 0.75, 2), r.choice(["CARD", "BANK_TRANSFER", "CASH"])))
    insert(c, "payment", pays)
    done(c)


# --------------------------------------------------------------------------------------------------- themepark
THEME_DDL = """
CREATE TABLE tblRide (
    intRideID INTEGER PRIMARY KEY,
    strRideName TEXT NOT NULL,
    strZone TEXT NOT NULL,
    strRideType TEXT NOT NULL,
    intMinHeightCm INTEGER,
    intCapacityPerHour INTEGER NOT NULL,
    dtmOpened TEXT NOT NULL,
    blnOperating INTEGER NOT NULL
);
CREATE TABLE tblEmployee (
    intEmployeeID INTEGER PRIMARY KEY,
    strFullName TEXT NOT NULL,
    strRole TEXT NOT NULL,
    intSupervisorID INTEGER REFERENCES tblEmployee(intEmployeeID),
    dtmHired TEXT NOT NULL,
    curHourlyRate REAL NOT NULL,
    blnActive INTEGER NOT NULL
);
CREATE TABLE tblDowntime (
    intDowntimeID INTEGER PRIMARY KEY,
    intRideID INTEGER NOT NULL REFERENCES tblRide(intRideID),
    dtmStart TEXT NOT NULL,
    dtmEnd TEXT,
    strReason TEXT NOT NULL,
    intReportedByID INTEGER REFERENCES tblEmployee(intEmployeeID)
);
CREATE TABLE tblInspection (
    intInspectionID INTEGER PRIMARY KEY,
    intRideID INTEGER NOT NULL REFERENCES tblRide(intRideID),
    intInspectorID INTEGER NOT NULL REFERENCES tblEmployee(intEmployeeID),
    dtmInspected TEXT NOT NULL,
    blnPassed INTEGER NOT NULL,
    strNotes TEXT
);
CREATE TABLE tblPassHolder (
    intPassHolderID INTEGER PRIMARY KEY,
    strFirstName TEXT NOT NULL,
    strLastName TEXT NOT NULL,
    strPassType TEXT NOT NULL,
    dtmPurchased TEXT NOT NULL,
    dtmExpires TEXT NOT NULL,
    curPricePaid REAL NOT NULL,
    strPostcode TEXT
);
CREATE TABLE tblVisit (
    intVisitID INTEGER PRIMARY KEY,
    intPassHolderID INTEGER NOT NULL REFERENCES tblPassHolder(intPassHolderID),
    dtmVisitDate TEXT NOT NULL,
    intPartySize INTEGER NOT NULL
);
"""


def build_themepark(path: Path) -> None:
    r = random.Random(7806)
    c = fresh_db(path, THEME_DDL)
    zones = ["Pirate Bay", "Frontier Town", "Dragon Valley", "Kiddie Kingdom", "Future World"]
    ride_defs = [
        ("The Kraken", "Pirate Bay", "Roller coaster", 132),
        ("Cannonball Run", "Pirate Bay", "Water ride", 110),
        ("Jolly Roger Swing", "Pirate Bay", "Thrill", 120),
        ("Treasure Hunt", "Pirate Bay", "Dark ride", None),
        ("Parrot Carousel", "Pirate Bay", "Family", None),
        ("Gold Rush", "Frontier Town", "Roller coaster", 120),
        ("Log Flume", "Frontier Town", "Water ride", 100),
        ("Runaway Mine Cart", "Frontier Town", "Roller coaster", 107),
        ("Wild West Wheel", "Frontier Town", "Family", None),
        ("Stampede", "Frontier Town", "Thrill", 140),
        ("Dragon's Fury", "Dragon Valley", "Roller coaster", 140),
        ("Wyvern Drop", "Dragon Valley", "Thrill", 140),
        ("Enchanted Castle", "Dragon Valley", "Dark ride", None),
        ("Fire Falls", "Dragon Valley", "Water ride", 120),
        ("Knight's Joust", "Dragon Valley", "Family", 90),
        ("Teacup Twirl", "Kiddie Kingdom", "Family", None),
        ("Mini Express", "Kiddie Kingdom", "Roller coaster", 90),
        ("Bumper Boats", "Kiddie Kingdom", "Water ride", 95),
        ("Balloon Race", "Kiddie Kingdom", "Family", None),
        ("Jumping Frogs", "Kiddie Kingdom", "Family", 85),
        ("Hyperloop", "Future World", "Roller coaster", 137),
        ("Robot Rampage", "Future World", "Dark ride", 110),
        ("Orbit", "Future World", "Thrill", 130),
        ("Space Drop", "Future World", "Thrill", 140),
        ("Moon Buggies", "Future World", "Family", 95),
        ("Comet Coaster", "Future World", "Roller coaster", 122),
        ("Rapids", "Frontier Town", "Water ride", 107),
        ("Ghost Ship", "Pirate Bay", "Dark ride", 100),
        ("Dragon Flyer", "Dragon Valley", "Thrill", 125),
        ("Toy Soldiers", "Kiddie Kingdom", "Family", None),
        ("Quantum Leap", "Future World", "Roller coaster", 140),
        ("Splash Zone", "Pirate Bay", "Water ride", None),
    ]
    assert {z for _, z, _, _ in ride_defs} == set(zones)
    rides = []
    for i, (n, z, t, h) in enumerate(ride_defs, 1):
        cap = r.choice([600, 800, 1000, 1200, 1400, 1600, 2000])
        opened = (
            day_between(r, D(2005, 1, 1), D(2022, 12, 31)) if i < 31 else (D(2024, 5, 18) if i == 31 else D(2023, 7, 1))
        )
        rides.append((i, n, z, t, h, cap, _iso(opened), 0 if i in (4, 10, 28) else 1))
    insert(c, "tblRide", rides)

    names = full_names(r, 81)
    emps = []
    # 1 general manager, 4 area supervisors, 5 engineers under the chief engineer (6), operators under supervisors
    roles = (
        ["General Manager"]
        + ["Area Supervisor"] * 4
        + ["Chief Engineer"]
        + ["Engineer"] * 7
        + ["Ride Operator"] * 50
        + ["Inspector"] * 6
        + ["Guest Services"] * 12
    )
    for i, role in enumerate(roles, 1):
        if i == 1:
            sup = None
        elif role in ("Area Supervisor", "Chief Engineer", "Guest Services"):
            sup = 1
        elif role in ("Engineer", "Inspector"):
            sup = 6
        else:
            sup = r.choice([2, 3, 4, 5])
        rate = {
            "General Manager": 32.0,
            "Area Supervisor": 19.5,
            "Chief Engineer": 26.0,
            "Engineer": 18.0,
            "Ride Operator": 11.44,
            "Inspector": 17.0,
            "Guest Services": 11.9,
        }[role]
        if role in ("Ride Operator", "Engineer", "Guest Services"):
            rate = round(rate + r.choice([0, 0.25, 0.5, 1.0]), 2)
        active = 0 if i > 6 and r.random() < 0.15 else 1
        emps.append((i, names[i - 1], role, sup, _iso(day_between(r, D(2012, 1, 1), D(2024, 12, 31))), rate, active))
    insert(c, "tblEmployee", emps)

    reasons = ["Mechanical", "Mechanical", "Electrical", "Weather", "Weather", "Guest incident", "Inspection"]
    downs = []
    for i in range(1, 301):
        ride = r.choice(rides)
        lo = max(START, D.fromisoformat(ride[6]))
        d = day_between(r, lo, D(2025, 6, 13))
        h, m = r.randrange(10, 18), r.randrange(60)
        start = dt.datetime(d.year, d.month, d.day, h, m)
        dur = dt.timedelta(minutes=r.choice([15, 20, 30, 45, 60, 90, 120, 180, 240]))
        end = (start + dur).isoformat()
        rep = r.choice([x[0] for x in emps if x[2] in ("Ride Operator", "Engineer", "Area Supervisor")])
        downs.append([i, ride[0], start.isoformat(), end, r.choice(reasons), rep])
    # rides out of service at the moment: open downtimes
    for rid, when in ((4, "2025-05-28T11:05:00"), (10, "2025-06-09T14:40:00"), (28, "2025-06-12T10:20:00")):
        downs.append([len(downs) + 1, rid, when, None, "Mechanical", r.choice(range(7, 14))])
    insert(c, "tblDowntime", [tuple(x) for x in downs])

    insp = []
    inspectors = [x[0] for x in emps if x[2] in ("Inspector", "Chief Engineer")]
    for i in range(1, 241):
        ride = rides[(i - 1) % 30]
        d = day_between(r, max(START, D.fromisoformat(ride[6])), LAST)
        passed = 0 if r.random() < 0.12 else 1
        insp.append(
            (
                i,
                ride[0],
                r.choice(inspectors),
                _iso(d),
                passed,
                None if passed else r.choice(["Restraint wear", "Brake fin alignment", "Sensor fault", "Loose panel"]),
            )
        )
    insert(c, "tblInspection", insp)

    ph = []
    pn = full_names(r, 260, exclude=names)
    prices = {"Gold": 129.0, "Silver": 89.0, "Family": 299.0, "Student": 59.0}
    for i, nm in enumerate(pn, 1):
        first, last = nm.split(" ")
        pt = r.choice(["Gold", "Silver", "Silver", "Family", "Family", "Student"])
        bought = day_between(r, D(2023, 1, 1), D(2025, 6, 1))
        exp = bought + dt.timedelta(days=365)
        if exp == TODAY:  # keep "expired by today" unambiguous
            bought, exp = bought - dt.timedelta(days=1), exp - dt.timedelta(days=1)
        price = prices[pt] - (10 if r.random() < 0.2 else 0)
        pc = (
            None
            if r.random() < 0.12
            else f"{r.choice(['BS', 'BA', 'GL', 'SN', 'OX'])}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice('ABDEFG')}{r.choice('HJLNPQ')}"
        )
        ph.append((i, first, last, pt, _iso(bought), _iso(exp), price, pc))
    insert(c, "tblPassHolder", ph)

    visits = []
    for i in range(1, 401):
        p = ph[r.randrange(200)]  # the last sixty pass holders have not visited yet
        b, e = D.fromisoformat(p[4]), min(D.fromisoformat(p[5]), LAST)
        d = day_between(r, b, e)
        size = r.choice([1, 2, 3, 4, 5]) if p[3] == "Family" else r.choice([1, 1, 2])
        visits.append((i, p[0], _iso(d), size))
    insert(c, "tblVisit", visits)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "padelclub": build_padelclub,
    "agriturismo": build_agriturismo,
    "minigolf": build_minigolf,
    "comedyclub": build_comedyclub,
    "banquethall": build_banquethall,
    "themepark": build_themepark,
}
