"""Six logistics, travel and infrastructure databases for the ninety-third blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled for the future:
coach trips ``viagens.estado`` 'programada' in ``rodoviaria`` (with their advance tickets) and sleeper runs
``RUNS.RUNSTAT`` 'S' in ``nighttrain`` (with their bookings ``BKGSTAT`` 'F').

- ``rodoviaria`` (Portuguese table and column names and Portuguese values; flags 0/1; money in euros; ISO dates):
  a Portuguese intercity coach company. ``paragens`` (stops: ``nome`` e.g. 'Lisboa - Sete Rios', ``cidade`` =
  town, ``distrito``), ``linhas`` (routes: ``codigo`` 'R100'.., ``nome`` e.g. 'Lisboa - Faro', ``preco_base`` =
  full end-to-end fare, ``ativa`` 1 = still operated / 0 = discontinued), ``linha_paragens`` (the link between lines
  and stops: ``ordem`` 1 = first stop, ``minutos_desde_partida`` minutes after leaving the first stop),
  ``motoristas`` (drivers: ``nome``, ``data_nascimento``, ``data_admissao`` = hired, ``base`` = home depot town,
  ``telefone`` NULL when unknown, ``ativo`` 1 = still employed / 0 = left), ``autocarros`` (coaches:
  ``matricula`` = registration plate, ``marca`` make, ``modelo``, ``lugares`` seats, ``ano_fabrico`` year built,
  ``em_servico`` 1 = in service / 0 = off the road), ``viagens`` (trips: ``id_linha``, ``id_autocarro``,
  ``id_motorista`` NULL while no driver is rostered, ``data_viagem``, ``hora_partida`` 'HH:MM', ``estado``
  'realizada' ran / 'cancelada' cancelled / 'programada' scheduled in the future, ``atraso_minutos`` = minutes late
  on arrival, NULL unless the trip ran) and ``bilhetes`` (tickets: ``id_viagem``, ``id_paragem_origem`` /
  ``id_paragem_destino`` where the passenger gets on and off, ``tarifa`` 'normal' / 'jovem' youth / 'sénior' /
  'estudante' student, ``preco`` euros paid, ``canal_venda`` 'bilheteira' ticket office / 'online' / 'app',
  ``data_compra`` = purchase date, ``reembolsado`` 1 = refunded; every ticket on a cancelled trip is refunded).
- ``nighttrain`` (mainframe style: ALL-CAPS table and column names of at most 8 characters; flags 'Y'/'N'; dates
  are INTEGER YYYYMMDD, times are text 'HHMM'; money in pence): a sleeper train operator's reservation system.
  ``STATIONS`` (``STNCODE`` three-letter code e.g. 'EUS', ``STNNAME``, ``REGION`` 'England' / 'Scotland',
  ``STAFFED``), ``SERVICES`` (a nightly train: ``HEADCODE`` e.g. '1S25', ``ORIGSTN`` / ``DESTSTN`` station codes,
  ``DEPTIME`` / ``ARRTIME``, ``OPERATOR`` 'Caledonian Sleeper' / 'GWR Night Riviera'), ``RUNS`` (one departure of a
  service: ``RUNDATE`` night of departure, ``RUNSTAT`` 'R' ran / 'C' cancelled / 'S' scheduled, ``MINSLATE`` minutes
  late at the destination, NULL unless it ran; no trains on Saturday nights), ``ACCOMTYP`` (``ACCCODE`` 'SEAT'
  Comfort Seat / 'CLAS' Classic Room / 'CLUB' Club Room / 'CALE' Caledonian Double / 'RIVR' Riviera Cabin,
  ``ACCDESC``, ``MAXPAX``, ``ENSUITE``), ``CUSTOMER`` (``CUSTNO``, ``SURNAME`` and ``FORENAME`` in capitals,
  ``EMAILADR`` / ``POSTCODE`` NULL when not given, ``LOYALTY`` member of the loyalty scheme, ``REGDATE``),
  ``BOOKINGS`` (``BKGREF`` six-character booking reference, ``CUSTNO``, ``RUNID``, ``ACCCODE``, ``NUMPAX``
  passengers, ``FAREPNC`` fare in pence, ``BKGDATE`` day booked, ``BKGSTAT`` 'T' travelled / 'N' no-show / 'X'
  cancelled / 'F' confirmed for a future run), ``MENUITEM`` (``ITEMCODE``, ``ITEMDESC``, ``ITEMCAT`` 'MAIN' / 'SNCK'
  snack / 'BRKF' breakfast / 'DRNK' drink, ``PRICEPNC``) and ``CATERORD`` (the link between bookings and menu
  items: onboard catering ordered on a booking, ``QTY``).
- ``busfuel`` (a star schema: ``dim_`` dimensions and ``fact_`` facts; flags 0/1; money in pounds, fuel in litres,
  distances in km): a bus company's fuel and mileage warehouse for its West Yorkshire depots, January 2024 to
  14 June 2025. ``dim_date`` (``date_key`` INTEGER YYYYMMDD, ``full_date`` ISO text, ``year``, ``quarter``,
  ``month_num``, ``month_name``, ``day_name``, ``is_weekend``), ``dim_depot`` (``depot_name``, ``town``,
  ``capacity_buses``, ``opened_year``), ``dim_vehicle`` (``fleet_number`` text, ``registration``, ``make``,
  ``model``, ``deck`` 'single' / 'double', ``fuel_type`` 'diesel' / 'hybrid', ``year_built``, ``withdrawn_date``
  NULL while still in the fleet), ``dim_route`` (``route_number`` text e.g. '72' or 'X6', ``route_name``,
  ``route_type`` 'urban' / 'interurban' / 'express'), ``dim_supplier`` (fuel suppliers: ``supplier_name``,
  ``contract_end`` NULL while the contract runs), ``fact_fuelling`` (one fill of one bus: ``date_key``,
  ``vehicle_key``, ``depot_key`` where it was fuelled, ``supplier_key``, ``litres``, ``price_per_litre`` pounds,
  ``cost_gbp``, ``odometer_km`` reading at the fill, ``adblue_litres`` NULL when no AdBlue was added) and
  ``fact_mileage`` (monthly mileage of a bus on a route: ``date_key`` = first day of the month, ``vehicle_key``,
  ``route_key``, ``depot_key``, ``km_operated``, ``km_lost`` scheduled km not run, ``trips``; months up to May
  2025).
- ``canallocks`` (plain snake_case with ``id`` keys; flags 'Y'/'N'; a history table with ``valid_from`` /
  ``valid_to``): lock keepers' log of a canal trust. ``locks`` (``name``, ``canal``, ``lock_number`` on that canal,
  ``rise_m`` metres, ``staircase``, ``keeper_cottage``), ``keepers`` (``full_name``, ``phone`` NULL when unknown,
  ``started_on``, ``employment`` 'staff' / 'volunteer'), ``keeper_postings`` (which keeper looked after which lock
  when: ``valid_from``, ``valid_to`` NULL for the current posting; a lock can have more than one keeper at a time),
  ``boats`` (``boat_name``, ``boat_type`` 'narrowboat' / 'widebeam' / 'cruiser' / 'dutch barge', ``length_m``,
  ``licence_no``, ``owner_name``, ``home_mooring`` NULL for continuous cruisers), ``passages`` (a boat going through
  a lock: ``passed_at`` 'YYYY-MM-DD HH:MM', ``direction`` 'up' / 'down', ``keeper_id`` of the keeper who helped,
  NULL when the boaters worked the lock themselves) and ``stoppages`` (closures of a lock: ``start_date``,
  ``end_date`` NULL while still closed, ``reason``, ``planned``).
- ``lostluggage`` (Hungarian notation: ``tbl`` tables and ``int`` / ``str`` / ``dtm`` / ``bln`` / ``cur`` / ``dec``
  columns; flags 0/1; money in pounds; date-times 'YYYY-MM-DD HH:MM'): an airport lost-luggage desk at Manchester.
  ``tblAirline`` (``strAirlineName``, ``strIATACode``), ``tblFlight`` (arriving flights: ``strFlightNo``,
  ``strOrigin`` = city or airport it came from, ``dtmArrival``, ``strTerminal`` 'T1' / 'T2' / 'T3'), ``tblAgent``
  (desk staff: ``strAgentName``, ``dtmStarted``, ``blnActive`` 0 = left, ``blnSupervisor``), ``tblReport``
  (property irregularity reports: ``strFileRef`` e.g. 'MANLS10280', ``intFlightID``, ``intAgentID`` who logged it,
  ``strPassenger``, ``strEmail`` NULL when not given, ``dtmReported``, ``strIssue`` 'Delayed' (bag did not arrive) /
  'Damaged' / 'Missing contents', ``strStatus`` 'Open' / 'Located' (bag found, not all delivered) / 'Delivered' /
  'Closed', ``dtmClosed`` NULL until closed, ``curCompensation`` NULL when none paid), ``tblBag`` (``intReportID``,
  ``strTagNo``, ``strBagType``, ``strColour``, ``decWeightKg`` NULL when not weighed, ``dtmLocated`` NULL while still
  missing, ``strLocatedAt`` where it was found), ``tblCourier`` (``strCourierName``, ``strPhone``) and
  ``tblDelivery`` (a found bag taken to the passenger: ``intBagID``, ``intCourierID``, ``dtmDispatched``,
  ``dtmDelivered`` NULL while on its way, ``curCharge``, ``strPostcode``).
- ``tunnelops`` (PascalCase singular table names, camelCase columns; flags 0/1; self-referencing
  ``StaffMember.reportsToId`` = the line manager, NULL for the head of operations; money in pounds; date-times
  'YYYY-MM-DD HH:MM'): the operator of a dozen UK road tunnels. ``Tunnel`` (``tunnelName``, ``roadNumber``,
  ``lengthMetres``, ``bores``, ``openedYear``, ``speedLimitMph``), ``StaffMember`` (``fullName``, ``jobTitle`` 'Head
  of Tunnel Operations' / 'Operations Manager' / 'Shift Supervisor' / 'Control Room Operator' / 'Traffic Officer' /
  'Maintenance Technician', ``reportsToId``, ``baseTunnelId`` NULL for managers, ``hiredOn``, ``leftOn`` NULL while
  still employed), ``Closure`` (``boreClosed`` 'northbound' / 'southbound' / 'both', ``startsAt``, ``endsAt`` NULL
  while still closed, ``reason``, ``isPlanned``), ``Incident`` (``reportedAt``, ``incidentType``, ``lanesClosed``,
  ``vehiclesInvolved``, ``clearedAt`` NULL when not recorded, ``closureId`` the closure it caused, NULL when none),
  ``IncidentResponder`` (the link between incidents and staff: ``responderRole`` 'lead' / 'support'), ``Asset``
  (tunnel equipment: ``assetType`` e.g. 'jet fan' / 'CCTV camera', ``assetTag`` e.g. 'HIN-JF-01', ``installedYear``,
  ``assetStatus`` 'in service' / 'faulty' / 'decommissioned') and ``AssetFault`` (``reportedOn``, ``fixedOn`` NULL
  while awaiting repair, ``fixedById`` the technician, ``repairCostGbp`` NULL when not costed).
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

GIVEN_UK = [
    "Alan", "Beth", "Callum", "Diane", "Eddie", "Fiona", "Gareth", "Helen", "Ian", "Janet", "Kevin", "Lorna",
    "Martin", "Nicola", "Owen", "Pauline", "Rhys", "Sandra", "Trevor", "Una", "Vikram", "Wendy", "Yasmin", "Zoe",
    "Amir", "Bronwen", "Colin", "Deborah", "Euan", "Farah", "Graham", "Heather",
]  # fmt: skip
FAMILY_UK = [
    "Atkinson", "Barker", "Chapman", "Davies", "Ellis", "Foster", "Gill", "Harding", "Iqbal", "Jenkins", "Kaur",
    "Lister", "McLeod", "Naylor", "O'Brien", "Patel", "Quigley", "Robson", "Sutcliffe", "Thorpe", "Underwood",
    "Varley", "Whitehead", "Yates", "Ahmed", "Booth", "Crowther", "Dobson", "Fraser", "Hussain",
]  # fmt: skip


def people(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    """``n`` distinct "Given Family" names, shuffled by ``r``."""
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def iso(d: dt.date) -> str:
    return d.isoformat()


def ymd(d: dt.date) -> int:
    """A date as the integer YYYYMMDD (the mainframe style of ``nighttrain``)."""
    return d.year * 10000 + d.month * 100 + d.day


def stamp(d: dt.date, minutes: int) -> str:
    """'YYYY-MM-DD HH:MM' for ``minutes`` after midnight of ``d``."""
    return f"{d.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"


# ---------------------------------------------------------------------------------------------------- rodoviaria
NOMES_PT = [
    "João", "Maria", "Pedro", "Ana", "Tiago", "Inês", "Rui", "Helena", "Miguel", "Carla", "Paulo", "Sónia",
    "Nuno", "Fernanda", "Jorge", "Patrícia", "Luís", "Cristina", "Vítor", "Susana", "Sérgio", "Teresa",
]  # fmt: skip
APELIDOS_PT = [
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
    "Gonçalves", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia",
]  # fmt: skip
PARAGENS = [
    ("Lisboa - Sete Rios", "Lisboa", "Lisboa"), ("Lisboa - Oriente", "Lisboa", "Lisboa"),
    ("Porto - Campo 24 de Agosto", "Porto", "Porto"), ("Porto - Casa da Música", "Porto", "Porto"),
    ("Coimbra - Terminal Rodoviário", "Coimbra", "Coimbra"), ("Leiria - Terminal", "Leiria", "Leiria"),
    ("Fátima", "Ourém", "Santarém"), ("Santarém", "Santarém", "Santarém"), ("Aveiro - Estação", "Aveiro", "Aveiro"),
    ("Braga - Central de Camionagem", "Braga", "Braga"), ("Viana do Castelo", "Viana do Castelo", "Viana do Castelo"),
    ("Guimarães", "Guimarães", "Braga"), ("Viseu", "Viseu", "Viseu"), ("Guarda", "Guarda", "Guarda"),
    ("Covilhã", "Covilhã", "Castelo Branco"), ("Castelo Branco", "Castelo Branco", "Castelo Branco"),
    ("Évora", "Évora", "Évora"), ("Beja", "Beja", "Beja"), ("Faro - Terminal", "Faro", "Faro"),
    ("Lagos", "Lagos", "Faro"), ("Portimão", "Portimão", "Faro"), ("Albufeira - Caliços", "Albufeira", "Faro"),
    ("Tavira", "Tavira", "Faro"), ("Setúbal", "Setúbal", "Setúbal"), ("Sines", "Sines", "Setúbal"),
    ("Vila Real", "Vila Real", "Vila Real"), ("Bragança", "Bragança", "Bragança"), ("Chaves", "Chaves", "Vila Real"),
    ("Portalegre", "Portalegre", "Portalegre"), ("Elvas", "Elvas", "Portalegre"), ("Tomar", "Tomar", "Santarém"),
    ("Figueira da Foz", "Figueira da Foz", "Coimbra"),
]  # fmt: skip
# (code, name, base fare in euros, still run?, [(stop id, minutes after departure), ...], departure times)
LINHAS = [
    ("R100", "Lisboa - Porto (Expresso)", 19.5, 1, [(1, 0), (6, 85), (5, 140), (9, 195), (3, 250)], ["07:00", "13:30", "18:45"]),
    ("R110", "Lisboa - Braga", 22.0, 1, [(2, 0), (7, 80), (5, 135), (4, 230), (10, 280)], ["08:15", "16:00"]),
    ("R120", "Porto - Viana do Castelo", 9.0, 1, [(4, 0), (10, 55), (11, 105)], ["09:00", "17:30"]),
    ("R200", "Lisboa - Faro", 21.0, 1, [(1, 0), (22, 165), (19, 200)], ["08:00", "14:00", "20:30"]),
    ("R210", "Lisboa - Lagos", 22.5, 1, [(1, 0), (21, 170), (20, 195)], ["09:30", "17:15"]),
    ("R300", "Lisboa - Évora - Beja", 15.0, 1, [(1, 0), (17, 95), (18, 165)], ["07:45", "15:30"]),
    ("R310", "Lisboa - Portalegre - Elvas", 16.5, 1, [(2, 0), (29, 150), (30, 205)], ["10:00"]),
    ("R400", "Porto - Viseu - Guarda", 14.0, 1, [(3, 0), (13, 90), (14, 165)], ["08:30", "18:00"]),
    ("R410", "Lisboa - Castelo Branco - Covilhã", 18.0, 1, [(1, 0), (8, 60), (16, 160), (15, 210)], ["09:00", "16:45"]),
    ("R420", "Lisboa - Santarém - Tomar", 11.0, 1, [(2, 0), (8, 65), (31, 115)], ["11:00", "19:00"]),
    ("R500", "Porto - Vila Real - Bragança", 16.0, 1, [(3, 0), (26, 75), (27, 170)], ["07:30", "15:00"]),
    ("R510", "Braga - Guimarães - Chaves", 12.0, 1, [(10, 0), (12, 30), (26, 100), (28, 150)], ["10:30"]),
    ("R600", "Algarve Litoral: Lagos - Tavira", 9.5, 1, [(20, 0), (21, 25), (22, 60), (19, 100), (23, 140)], ["08:00", "12:00", "17:00"]),
    ("R700", "Coimbra - Figueira da Foz", 6.5, 0, [(5, 0), (32, 55)], ["09:15"]),
]  # fmt: skip
AUTOCARROS = [
    ("Mercedes-Benz", "Tourismo"), ("Setra", "S 516 HD"), ("Volvo", "9700"), ("Scania", "Irizar i6"),
    ("MAN", "Lion's Coach"), ("Irizar", "i8"),
]  # fmt: skip


def build_rodoviaria(path: Path) -> None:
    r = random.Random(9301)
    c = fresh_db(
        path,
        """
        CREATE TABLE paragens (
            id_paragem INTEGER PRIMARY KEY, nome TEXT NOT NULL, cidade TEXT NOT NULL, distrito TEXT NOT NULL);
        CREATE TABLE linhas (
            id_linha INTEGER PRIMARY KEY, codigo TEXT NOT NULL UNIQUE, nome TEXT NOT NULL, preco_base REAL NOT NULL,
            ativa INTEGER NOT NULL);
        CREATE TABLE linha_paragens (
            id_linha INTEGER NOT NULL REFERENCES linhas(id_linha),
            id_paragem INTEGER NOT NULL REFERENCES paragens(id_paragem), ordem INTEGER NOT NULL,
            minutos_desde_partida INTEGER NOT NULL, PRIMARY KEY (id_linha, id_paragem));
        CREATE TABLE motoristas (
            id_motorista INTEGER PRIMARY KEY, nome TEXT NOT NULL, data_nascimento TEXT NOT NULL,
            data_admissao TEXT NOT NULL, base TEXT NOT NULL, telefone TEXT, ativo INTEGER NOT NULL);
        CREATE TABLE autocarros (
            id_autocarro INTEGER PRIMARY KEY, matricula TEXT NOT NULL UNIQUE, marca TEXT NOT NULL, modelo TEXT NOT NULL,
            lugares INTEGER NOT NULL, ano_fabrico INTEGER NOT NULL, em_servico INTEGER NOT NULL);
        CREATE TABLE viagens (
            id_viagem INTEGER PRIMARY KEY, id_linha INTEGER NOT NULL REFERENCES linhas(id_linha),
            id_autocarro INTEGER REFERENCES autocarros(id_autocarro),
            id_motorista INTEGER REFERENCES motoristas(id_motorista), data_viagem TEXT NOT NULL,
            hora_partida TEXT NOT NULL, estado TEXT NOT NULL, atraso_minutos INTEGER);
        CREATE TABLE bilhetes (
            id_bilhete INTEGER PRIMARY KEY, id_viagem INTEGER NOT NULL REFERENCES viagens(id_viagem),
            id_paragem_origem INTEGER NOT NULL REFERENCES paragens(id_paragem),
            id_paragem_destino INTEGER NOT NULL REFERENCES paragens(id_paragem), tarifa TEXT NOT NULL,
            preco REAL NOT NULL, canal_venda TEXT NOT NULL, data_compra TEXT NOT NULL, reembolsado INTEGER NOT NULL);
        """,
    )
    insert(c, "paragens", [(i, *p) for i, p in enumerate(PARAGENS, 1)])
    insert(c, "linhas", [(i, cod, nome, preco, ativa) for i, (cod, nome, preco, ativa, _, _) in enumerate(LINHAS, 1)])
    lp = []
    for i, (_, _, _, _, stops, _) in enumerate(LINHAS, 1):
        for k, (p, mins) in enumerate(stops, 1):
            lp.append((i, p, k, mins))
    insert(c, "linha_paragens", lp)
    nomes = people(r, 48, NOMES_PT, APELIDOS_PT)
    motoristas = []
    bases = ["Lisboa", "Lisboa", "Lisboa", "Porto", "Porto", "Faro", "Coimbra"]
    for i, n in enumerate(nomes, 1):
        adm = day_between(r, D(2004, 1, 1), D(2024, 11, 30))
        if i == 47:
            adm = D(2025, 2, 3)
        if i == 48:
            adm = D(2025, 4, 22)
        motoristas.append(
            (
                i,
                n,
                iso(day_between(r, D(1962, 1, 1), D(1998, 12, 31))),
                iso(adm),
                bases[i % len(bases)],
                None if r.random() < 0.2 else f"9{r.choice('1236')}{r.randint(1000000, 9999999)}",
                0 if i in (5, 17, 29, 38) else 1,
            )
        )
    insert(c, "motoristas", motoristas)
    autos = []
    for i in range(1, 31):
        marca, modelo = AUTOCARROS[(i * 7) % len(AUTOCARROS)]
        letras = "".join(r.choice("ABCDEFGHJLMNPRSTVXZ") for _ in range(2))
        ano = r.randint(2009, 2024)
        mat = (
            f"{r.randint(10, 99)}-{letras}-{r.randint(10, 99)}"
            if ano < 2020
            else f"A{letras[0]}-{r.randint(10, 99)}-{letras[1]}Z"
        )
        autos.append((i, mat, marca, modelo, r.choice([49, 51, 53, 55, 57, 59]), ano, 0 if i in (4, 19, 26) else 1))
    insert(c, "autocarros", autos)
    viagens = []
    bilhetes = []
    bid = 0
    active_lines = [i for i, linha in enumerate(LINHAS, 1) if linha[3]]
    dias = sorted(day_between(r, D(2024, 1, 2), LAST) for _ in range(640))
    futuros = sorted(day_between(r, TODAY, D(2025, 6, 30)) for _ in range(30))
    for vid, d in enumerate(dias + futuros, 1):
        linha_id = r.choice(active_lines) if d >= D(2024, 9, 1) else r.randint(1, len(LINHAS))
        linha = LINHAS[linha_id - 1]
        hora = r.choice(linha[5])
        working = [
            m for m in motoristas if m[3] <= iso(d) and (m[6] == 1 or d < D(2024, 6, 1)) and m[0] not in (44, 48)
        ]
        mot = r.choice(working)[0]
        bus = r.choice([a for a in autos if a[6] == 1 or d < D(2024, 10, 1)])[0]
        if d >= TODAY:
            estado, atraso = "programada", None
            if r.random() < 0.4:
                mot = None
        elif r.random() < 0.05:
            estado, atraso = "cancelada", None
        else:
            estado = "realizada"
            atraso = r.choice([0, 0, 0, 0, 2, 3, 5, 5, 8, 10, 12, 15, 20, 25, 35, 50, 75])
        viagens.append((vid, linha_id, bus, mot, iso(d), hora, estado, atraso))
        stops = linha[4]
        n = r.randint(2, 12)
        for _ in range(n):
            a, b = sorted(r.sample(range(len(stops)), 2))
            frac = (stops[b][1] - stops[a][1]) / stops[-1][1]
            tarifa = r.choices(["normal", "jovem", "sénior", "estudante"], weights=[6, 2, 2, 1])[0]
            desconto = {"normal": 1.0, "jovem": 0.75, "sénior": 0.7, "estudante": 0.8}[tarifa]
            preco = round(max(3.0, linha[2] * (0.35 + 0.65 * frac)) * desconto, 2)
            canal = r.choices(["bilheteira", "online", "app"], weights=[3, 4, 2])[0]
            compra = d - dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 3, 5, 7, 10, 14, 21, 30]))
            if compra > LAST:
                compra = LAST - dt.timedelta(days=r.randint(0, 5))
            reemb = 1 if estado == "cancelada" or r.random() < 0.02 else 0
            bid += 1
            bilhetes.append((bid, vid, stops[a][0], stops[b][0], tarifa, preco, canal, iso(compra), reemb))
    insert(c, "viagens", viagens)
    insert(c, "bilhetes", bilhetes)
    done(c)


# ---------------------------------------------------------------------------------------------------- nighttrain
STATIONS = [
    ("EUS", "London Euston", "England", "Y"), ("PAD", "London Paddington", "England", "Y"),
    ("WFJ", "Watford Junction", "England", "Y"), ("CRE", "Crewe", "England", "Y"), ("PRE", "Preston", "England", "Y"),
    ("INV", "Inverness", "Scotland", "Y"), ("ABD", "Aberdeen", "Scotland", "Y"), ("FTW", "Fort William", "Scotland", "Y"),
    ("GLC", "Glasgow Central", "Scotland", "Y"), ("EDB", "Edinburgh Waverley", "Scotland", "Y"),
    ("PTH", "Perth", "Scotland", "Y"), ("AVM", "Aviemore", "Scotland", "N"), ("DEE", "Dundee", "Scotland", "Y"),
    ("RAN", "Rannoch", "Scotland", "N"), ("PNZ", "Penzance", "England", "Y"), ("TRU", "Truro", "England", "Y"),
    ("PLY", "Plymouth", "England", "Y"), ("EXD", "Exeter St Davids", "England", "Y"), ("RDG", "Reading", "England", "Y"),
]  # fmt: skip
# (headcode, origin, destination, departs, arrives, operator)
SERVICES = [
    ("1S25", "EUS", "INV", "2115", "0845", "Caledonian Sleeper"), ("1S26", "EUS", "ABD", "2115", "0739", "Caledonian Sleeper"),
    ("1S27", "EUS", "FTW", "2115", "0957", "Caledonian Sleeper"), ("1S16", "EUS", "GLC", "2345", "0715", "Caledonian Sleeper"),
    ("1S17", "EUS", "EDB", "2345", "0712", "Caledonian Sleeper"), ("1M16", "INV", "EUS", "2045", "0745", "Caledonian Sleeper"),
    ("1M15", "ABD", "EUS", "2143", "0745", "Caledonian Sleeper"), ("1M11", "FTW", "EUS", "1950", "0745", "Caledonian Sleeper"),
    ("1M07", "GLC", "EUS", "2340", "0707", "Caledonian Sleeper"), ("1M08", "EDB", "EUS", "2340", "0707", "Caledonian Sleeper"),
    ("1C99", "PAD", "PNZ", "2345", "0750", "GWR Night Riviera"), ("1A40", "PNZ", "PAD", "2145", "0523", "GWR Night Riviera"),
]  # fmt: skip
# (code, description, max passengers, en suite, fare in pence on the Caledonian / Riviera services)
ACCOM = [
    ("SEAT", "Comfort Seat", 1, "N", 6500, 5500), ("CLAS", "Classic Room", 2, "N", 19500, 14500),
    ("CLUB", "Club Room", 2, "Y", 29500, None), ("CALE", "Caledonian Double", 2, "Y", 42500, None),
    ("RIVR", "Riviera Cabin", 2, "N", None, 16500),
]  # fmt: skip
MENU = [
    ("HAGG", "Haggis, neeps and tatties", "MAIN", 1450), ("MACC", "Macaroni cheese", "MAIN", 1250),
    ("SALM", "Scottish salmon fillet", "MAIN", 1750), ("PAST", "Cornish pasty", "MAIN", 850),
    ("CHSB", "Scottish cheese board", "SNCK", 950), ("SHRT", "Shortbread", "SNCK", 350), ("CRSP", "Crisps", "SNCK", 200),
    ("BRKF", "Full Scottish breakfast", "BRKF", 1500), ("BROL", "Bacon roll", "BRKF", 650), ("PORR", "Porridge", "BRKF", 550),
    ("WHSK", "Highland whisky dram", "DRNK", 800), ("WINE", "Glass of red wine", "DRNK", 750), ("BEER", "Bottled craft beer", "DRNK", 600),
    ("TEAC", "Tea or coffee", "DRNK", 300), ("GINT", "Gin and tonic", "DRNK", 900),
]  # fmt: skip
BKG_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def build_nighttrain(path: Path) -> None:
    r = random.Random(9302)
    c = fresh_db(
        path,
        """
        CREATE TABLE STATIONS (
            STNCODE TEXT PRIMARY KEY, STNNAME TEXT NOT NULL, REGION TEXT NOT NULL, STAFFED TEXT NOT NULL);
        CREATE TABLE SERVICES (
            SVCID INTEGER PRIMARY KEY, HEADCODE TEXT NOT NULL, ORIGSTN TEXT NOT NULL REFERENCES STATIONS(STNCODE),
            DESTSTN TEXT NOT NULL REFERENCES STATIONS(STNCODE), DEPTIME TEXT NOT NULL, ARRTIME TEXT NOT NULL,
            OPERATOR TEXT NOT NULL);
        CREATE TABLE RUNS (
            RUNID INTEGER PRIMARY KEY, SVCID INTEGER NOT NULL REFERENCES SERVICES(SVCID), RUNDATE INTEGER NOT NULL,
            RUNSTAT TEXT NOT NULL, MINSLATE INTEGER);
        CREATE TABLE ACCOMTYP (
            ACCCODE TEXT PRIMARY KEY, ACCDESC TEXT NOT NULL, MAXPAX INTEGER NOT NULL, ENSUITE TEXT NOT NULL);
        CREATE TABLE CUSTOMER (
            CUSTNO INTEGER PRIMARY KEY, SURNAME TEXT NOT NULL, FORENAME TEXT NOT NULL, EMAILADR TEXT, POSTCODE TEXT,
            LOYALTY TEXT NOT NULL, REGDATE INTEGER NOT NULL);
        CREATE TABLE BOOKINGS (
            BKGREF TEXT PRIMARY KEY, CUSTNO INTEGER NOT NULL REFERENCES CUSTOMER(CUSTNO),
            RUNID INTEGER NOT NULL REFERENCES RUNS(RUNID), ACCCODE TEXT NOT NULL REFERENCES ACCOMTYP(ACCCODE),
            NUMPAX INTEGER NOT NULL, FAREPNC INTEGER NOT NULL, BKGDATE INTEGER NOT NULL, BKGSTAT TEXT NOT NULL);
        CREATE TABLE MENUITEM (
            ITEMCODE TEXT PRIMARY KEY, ITEMDESC TEXT NOT NULL, ITEMCAT TEXT NOT NULL, PRICEPNC INTEGER NOT NULL);
        CREATE TABLE CATERORD (
            BKGREF TEXT NOT NULL REFERENCES BOOKINGS(BKGREF), ITEMCODE TEXT NOT NULL REFERENCES MENUITEM(ITEMCODE),
            QTY INTEGER NOT NULL, PRIMARY KEY (BKGREF, ITEMCODE));
        """,
    )
    insert(c, "STATIONS", STATIONS)
    insert(c, "SERVICES", [(i, *s) for i, s in enumerate(SERVICES, 1)])
    insert(c, "ACCOMTYP", [a[:4] for a in ACCOM])
    insert(c, "MENUITEM", MENU)
    runs = []
    rid = 0
    d = D(2025, 1, 5)
    while d <= D(2025, 7, 12):
        if d.weekday() != 5:  # no trains on Saturday nights
            for s in range(1, len(SERVICES) + 1):
                rid += 1
                if d >= TODAY:
                    runs.append((rid, s, ymd(d), "S", None))
                elif r.random() < 0.03 or (D(2025, 2, 6) <= d <= D(2025, 2, 8) and s in (1, 2, 6, 7)):
                    runs.append((rid, s, ymd(d), "C", None))
                else:
                    late = r.choices([0, r.randint(1, 14), r.randint(15, 59), r.randint(60, 240)], weights=[6, 5, 2, 1])
                    runs.append((rid, s, ymd(d), "R", late[0]))
        d += dt.timedelta(days=1)
    insert(c, "RUNS", runs)
    names = people(r, 420, GIVEN_UK, FAMILY_UK)
    customers = []
    areas = ["EH", "G", "IV", "AB", "PH", "N", "SW", "SE", "NW", "TR", "PL", "EX", "BS", "OX", "M", "KY"]
    for i, n in enumerate(names, 1):
        fore, sur = n.split(" ", 1)
        reg = day_between(r, D(2016, 1, 1), D(2025, 5, 31))
        email = None if r.random() < 0.15 else f"{fore.lower()}.{sur.lower().replace(chr(39), '')}{i}@example.co.uk"
        pc = (
            None
            if r.random() < 0.1
            else f"{r.choice(areas)}{r.randint(1, 30)} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUW')}"
        )
        customers.append((i, sur.upper(), fore.upper(), email, pc, "Y" if r.random() < 0.3 else "N", ymd(reg)))
    insert(c, "CUSTOMER", customers)
    bookings = []
    orders = []
    refs: list[str] = []
    seen: set[str] = set()
    for _ in range(2600):
        run = r.choice(runs)
        svc = run[1]
        riviera = svc >= 11
        acc = (
            r.choices(["SEAT", "RIVR"], weights=[1, 3])[0]
            if riviera
            else r.choices(["SEAT", "CLAS", "CLUB", "CALE"], weights=[3, 4, 3, 1])[0]
        )
        a = next(x for x in ACCOM if x[0] == acc)
        pax = 1 if a[2] == 1 or r.random() < 0.45 else 2
        base = a[5] if riviera else a[4]
        fare = base + (pax - 1) * (base // 4) + r.choice([-2000, -1000, 0, 0, 0, 1500, 3000])
        rd = D(run[2] // 10000, run[2] // 100 % 100, run[2] % 100)
        bd = rd - dt.timedelta(days=r.choice([1, 3, 7, 10, 14, 21, 30, 45, 60, 90]))
        if bd > LAST:
            bd = LAST - dt.timedelta(days=r.randint(0, 20))
        cust = r.randint(1, 420)
        while customers[cust - 1][6] > ymd(bd):
            cust = r.randint(1, 420)
        if run[3] == "S":
            stat = "X" if r.random() < 0.04 else "F"
        elif run[3] == "C":
            stat = "X"
        else:
            stat = r.choices(["T", "X", "N"], weights=[90, 6, 4])[0]
        ref = "".join(r.choice(BKG_CHARS) for _ in range(6))
        while ref in seen:
            ref = "".join(r.choice(BKG_CHARS) for _ in range(6))
        seen.add(ref)
        refs.append(ref)
        bookings.append((ref, cust, run[0], acc, pax, max(fare, 3500), ymd(bd), stat))
        if stat == "T" and acc != "SEAT" and r.random() < 0.55:
            items = r.sample(
                [m for m in MENU if not (riviera and m[0] in ("HAGG", "WHSK", "BRKF", "CHSB"))], r.randint(1, 3)
            )
            for it in items:
                orders.append((ref, it[0], r.choice([1, 1, 1, 2, 2, 3]) if it[2] == "DRNK" else r.choice([1, 1, 2])))
    insert(c, "BOOKINGS", bookings)
    insert(c, "CATERORD", orders)
    done(c)


# ---------------------------------------------------------------------------------------------------- busfuel
DEPOTS = [
    ("Bramley", "Leeds", 95, 1974), ("Hunslet Park", "Leeds", 140, 1989), ("Halifax", "Halifax", 70, 1931),
    ("Huddersfield", "Huddersfield", 85, 1962), ("Dewsbury", "Dewsbury", 55, 1958),
]  # fmt: skip
ROUTES = [
    ("1", "Holt Park - Beeston", "urban"), ("4F", "Pudsey - Fearnville", "urban"), ("16", "Pudsey - Leeds - Whinmoor", "urban"),
    ("19", "Leeds - Tinshill", "urban"), ("36", "Leeds - Harrogate - Ripon", "express"), ("42", "Leeds - Rodley", "urban"),
    ("72", "Leeds - Bradford via Pudsey", "interurban"), ("X6", "Leeds - Bradford Express", "express"),
    ("201", "Leeds - Dewsbury", "interurban"), ("202", "Leeds - Huddersfield via Dewsbury", "interurban"),
    ("229", "Leeds - Huddersfield via Heckmondwike", "interurban"), ("503", "Halifax - Huddersfield", "interurban"),
    ("576", "Halifax - Bradford", "interurban"), ("590", "Halifax - Hebden Bridge", "interurban"),
    ("333", "Huddersfield - Honley", "urban"), ("341", "Huddersfield - Holmfirth", "urban"),
    ("X63", "Huddersfield - Leeds Express", "express"), ("117", "Dewsbury - Batley Circular", "urban"),
]  # fmt: skip
# which routes each depot works (1-based route numbers above)
DEPOT_ROUTES = {1: [1, 4, 6, 7, 8], 2: [2, 3, 5, 9, 10], 3: [12, 13, 14], 4: [11, 15, 16, 17], 5: [9, 10, 18]}
VEHICLES = [
    ("Alexander Dennis", "Enviro400 MMC", "double", "diesel"), ("Wright", "StreetDeck", "double", "diesel"),
    ("Volvo", "B5TL", "double", "hybrid"), ("Alexander Dennis", "Enviro200 MMC", "single", "diesel"),
    ("Optare", "Solo SR", "single", "diesel"), ("Wright", "StreetLite", "single", "diesel"),
    ("Volvo", "B8RLE", "single", "diesel"), ("Wright", "StreetDeck HEV", "double", "hybrid"),
]  # fmt: skip
SUPPLIERS = [
    ("Certas Energy", None), ("Watson Fuels", "2024-09-30"), ("GB Oils", None), ("Greenergy", None),
]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def build_busfuel(path: Path) -> None:
    r = random.Random(9303)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (
            date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year INTEGER NOT NULL, quarter INTEGER NOT NULL,
            month_num INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL, is_weekend INTEGER NOT NULL);
        CREATE TABLE dim_depot (
            depot_key INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, town TEXT NOT NULL, capacity_buses INTEGER NOT NULL,
            opened_year INTEGER NOT NULL);
        CREATE TABLE dim_vehicle (
            vehicle_key INTEGER PRIMARY KEY, fleet_number TEXT NOT NULL, registration TEXT NOT NULL, make TEXT NOT NULL,
            model TEXT NOT NULL, deck TEXT NOT NULL, fuel_type TEXT NOT NULL, year_built INTEGER NOT NULL,
            withdrawn_date TEXT);
        CREATE TABLE dim_route (
            route_key INTEGER PRIMARY KEY, route_number TEXT NOT NULL, route_name TEXT NOT NULL, route_type TEXT NOT NULL);
        CREATE TABLE dim_supplier (
            supplier_key INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, contract_end TEXT);
        CREATE TABLE fact_fuelling (
            fuelling_id INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            vehicle_key INTEGER NOT NULL REFERENCES dim_vehicle(vehicle_key),
            depot_key INTEGER NOT NULL REFERENCES dim_depot(depot_key),
            supplier_key INTEGER NOT NULL REFERENCES dim_supplier(supplier_key), litres REAL NOT NULL,
            price_per_litre REAL NOT NULL, cost_gbp REAL NOT NULL, odometer_km INTEGER NOT NULL, adblue_litres REAL);
        CREATE TABLE fact_mileage (
            mileage_id INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            vehicle_key INTEGER NOT NULL REFERENCES dim_vehicle(vehicle_key),
            route_key INTEGER NOT NULL REFERENCES dim_route(route_key),
            depot_key INTEGER NOT NULL REFERENCES dim_depot(depot_key), km_operated REAL NOT NULL,
            km_lost REAL NOT NULL, trips INTEGER NOT NULL);
        """,
    )
    dates = []
    d = D(2024, 1, 1)
    while d <= LAST:
        dates.append(
            (ymd(d), iso(d), d.year, (d.month - 1) // 3 + 1, d.month, MONTHS[d.month - 1], DAYS[d.weekday()],
             1 if d.weekday() >= 5 else 0)
        )  # fmt: skip
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)
    insert(c, "dim_depot", [(i, *x) for i, x in enumerate(DEPOTS, 1)])
    insert(c, "dim_route", [(i, *x) for i, x in enumerate(ROUTES, 1)])
    insert(c, "dim_supplier", [(i, *x) for i, x in enumerate(SUPPLIERS, 1)])
    vehicles = []
    home = {}
    for i in range(1, 43):
        make, model, deck, fuel = VEHICLES[(i * 5) % len(VEHICLES)]
        built = r.randint(2012, 2023)
        age = {2012: "12", 2013: "63", 2014: "64", 2015: "15", 2016: "66", 2017: "17", 2018: "68", 2019: "19",
               2020: "70", 2021: "21", 2022: "72", 2023: "23"}[built]  # fmt: skip
        reg = f"Y{r.choice('JKX')}{age} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXY') for _ in range(3))}"
        fleet = f"{3 if deck == 'double' else 6}{r.randint(1000, 9999)}"
        withdrawn = iso(day_between(r, D(2024, 6, 1), D(2025, 3, 31))) if i in (7, 18, 31) else None
        vehicles.append((i, fleet, reg, make, model, deck, fuel, built, withdrawn))
        home[i] = 1 + (i - 1) % 5
    insert(c, "dim_vehicle", vehicles)
    fuel = []
    fid = 0
    odo = {i: r.randint(150000, 600000) for i in range(1, 43)}
    for dd in dates:
        day = D.fromisoformat(dd[1])
        for v in vehicles:
            if v[8] is not None and iso(day) > v[8]:
                continue
            if r.random() > 0.14:
                continue
            litres = round(r.uniform(140, 260) if v[5] == "double" else r.uniform(80, 150), 1)
            if v[6] == "hybrid":
                litres = round(litres * 0.75, 1)
            sup = (
                3
                if day > D(2024, 9, 30) and r.random() < 0.5
                else (2 if day <= D(2024, 9, 30) and r.random() < 0.4 else 1)
            )
            if day >= D(2025, 1, 1) and r.random() < 0.15:
                sup = 4
            price = round((1.18 if day.year == 2024 else 1.24) + r.uniform(-0.05, 0.05) + (0.03 if sup == 4 else 0), 3)
            odo[v[0]] += int(litres * r.uniform(2.2, 2.8))
            fid += 1
            depot = home[v[0]] if r.random() > 0.05 else r.randint(1, 5)
            adblue = None if r.random() < 0.6 else round(r.uniform(5, 25), 1)
            fuel.append((fid, dd[0], v[0], depot, sup, litres, price, round(litres * price, 2), odo[v[0]], adblue))
    insert(c, "fact_fuelling", fuel)
    miles = []
    mid = 0
    for y, m in [(2024, k) for k in range(1, 13)] + [(2025, k) for k in range(1, 6)]:
        first = D(y, m, 1)
        for v in vehicles:
            if v[8] is not None and iso(first) > v[8]:
                continue
            dep = home[v[0]]
            for rt in r.sample(DEPOT_ROUTES[dep], r.choice([1, 1, 2])):
                mid += 1
                km = round(r.uniform(1300, 2600) if ROUTES[rt - 1][2] != "urban" else r.uniform(900, 1800), 1)
                lost = round(km * r.choice([0, 0, 0.005, 0.01, 0.02, 0.04]), 1)
                trips = int(km / r.uniform(18, 40))
                miles.append((mid, ymd(first), v[0], rt, dep, km, lost, trips))
    insert(c, "fact_mileage", miles)
    done(c)


# ---------------------------------------------------------------------------------------------------- canallocks
LOCKS = [
    ("Caen Hill Lock 29", "Kennet and Avon", 29, 2.4), ("Caen Hill Lock 41", "Kennet and Avon", 41, 2.2),
    ("Bath Deep Lock", "Kennet and Avon", 8, 5.9), ("Widcombe Lock", "Kennet and Avon", 7, 2.7),
    ("Crofton Top Lock", "Kennet and Avon", 60, 2.6), ("Newbury Lock", "Kennet and Avon", 85, 1.9),
    ("Hatton Top Lock", "Grand Union", 46, 2.1), ("Hatton Bottom Lock", "Grand Union", 26, 2.1),
    ("Stoke Bruerne Top Lock", "Grand Union", 20, 2.0), ("Cowroast Lock", "Grand Union", 46, 2.0),
    ("Foxton Staircase", "Grand Union", 1, 22.9), ("Watford Staircase", "Grand Union", 7, 15.5),
    ("Bingley Five Rise", "Leeds and Liverpool", 25, 18.0), ("Bingley Three Rise", "Leeds and Liverpool", 22, 9.0),
    ("Wigan Top Lock", "Leeds and Liverpool", 85, 2.3), ("Greenberfield Top Lock", "Leeds and Liverpool", 44, 2.6),
    ("Somerton Deep Lock", "Oxford", 25, 3.7), ("Napton Top Lock", "Oxford", 17, 2.1),
    ("Isis Lock", "Oxford", 46, 1.6), ("Claydon Top Lock", "Oxford", 16, 2.0),
    ("Tardebigge Top Lock", "Worcester and Birmingham", 58, 3.6), ("Tardebigge Bottom Lock", "Worcester and Birmingham", 29, 2.1),
    ("Diglis Lock", "Worcester and Birmingham", 1, 2.7), ("Marple Top Lock", "Peak Forest", 16, 3.9),
]  # fmt: skip
STAIRCASES = {"Foxton Staircase", "Watford Staircase", "Bingley Five Rise", "Bingley Three Rise"}
BOAT_NAMES = [
    "Dragonfly", "Kingfisher", "Willow", "Otter's Rest", "Dunroamin", "Lazy Days", "Morning Mist", "Nutmeg",
    "Puffin", "Rosie Lee", "Second Wind", "Slow Motion", "Tranquility", "Windrush", "Meander", "Jubilee",
    "Bumblebee", "Lapwing", "Minnow", "Old Moss", "Pipistrelle", "Quiet Waters", "Red Kite", "Swallow",
    "Tortoise", "Wandering Star", "Moorhen", "Bracken", "Heron's Flight", "Summer Breeze", "Clover",
    "Eleanor Rose", "Fair Maid", "Gentle Giant", "Hobbit", "Islander", "Jolly Roger", "Kestrel", "Little Gem",
    "Mallard", "Nomad", "Orion", "Peggy Sue", "Restless", "Sundowner", "Teasel", "Valerie", "Water Vole",
    "Yarrow", "Zephyr", "Amaryllis", "Barnacle", "Celandine", "Driftwood", "Ember", "Foxglove", "Gypsy Moth",
    "Harebell", "Ivy Grace", "Juniper",
]  # fmt: skip
BOAT_TYPES = [("narrowboat", 14.0, 21.3), ("widebeam", 15.0, 21.0), ("cruiser", 6.5, 11.0), ("dutch barge", 15.0, 20.0)]
MOORINGS = ["Sells Green Marina", "Foxton Marina", "Hillmorton Wharf", "Skipton Marina", "Tardebigge Wharf",
            "Bath Marina", "Napton Marina", "Hatton Wharf", "Droitwich Spa Marina"]  # fmt: skip


def build_canallocks(path: Path) -> None:
    r = random.Random(9304)
    c = fresh_db(
        path,
        """
        CREATE TABLE locks (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, canal TEXT NOT NULL, lock_number INTEGER NOT NULL,
            rise_m REAL NOT NULL, staircase TEXT NOT NULL, keeper_cottage TEXT NOT NULL);
        CREATE TABLE keepers (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, phone TEXT, started_on TEXT NOT NULL,
            employment TEXT NOT NULL);
        CREATE TABLE keeper_postings (
            id INTEGER PRIMARY KEY, keeper_id INTEGER NOT NULL REFERENCES keepers(id),
            lock_id INTEGER NOT NULL REFERENCES locks(id), valid_from TEXT NOT NULL, valid_to TEXT);
        CREATE TABLE boats (
            id INTEGER PRIMARY KEY, boat_name TEXT NOT NULL, boat_type TEXT NOT NULL, length_m REAL NOT NULL,
            licence_no TEXT NOT NULL, owner_name TEXT NOT NULL, home_mooring TEXT);
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY, lock_id INTEGER NOT NULL REFERENCES locks(id),
            boat_id INTEGER NOT NULL REFERENCES boats(id), passed_at TEXT NOT NULL, direction TEXT NOT NULL,
            keeper_id INTEGER REFERENCES keepers(id));
        CREATE TABLE stoppages (
            id INTEGER PRIMARY KEY, lock_id INTEGER NOT NULL REFERENCES locks(id), start_date TEXT NOT NULL,
            end_date TEXT, reason TEXT NOT NULL, planned TEXT NOT NULL);
        """,
    )
    locks = []
    for i, (n, canal, no, rise) in enumerate(LOCKS, 1):
        locks.append((i, n, canal, no, rise, "Y" if n in STAIRCASES else "N", "Y" if r.random() < 0.35 else "N"))
    insert(c, "locks", locks)
    names = people(r, 110, GIVEN_UK, FAMILY_UK)
    keepers = []
    for i in range(1, 29):
        start = day_between(r, D(2008, 1, 1), D(2024, 3, 1))
        phone = None if r.random() < 0.25 else f"07{r.randint(700, 999)} {r.randint(100000, 999999)}"
        keepers.append((i, names[i - 1], phone, iso(start), "volunteer" if r.random() < 0.45 else "staff"))
    insert(c, "keepers", keepers)
    # postings: each keeper works one to three locks in turn; locks 21-24 never had a keeper
    postings = []
    pid = 0
    current: dict[int, int] = {}
    for k in keepers:
        start = D.fromisoformat(k[3])
        if start < D(2020, 1, 1):
            start = D(2020, 1, 1) + dt.timedelta(days=r.randint(0, 400))
        n = r.choice([1, 2, 2, 3])
        for j in range(n):
            lock = r.randint(1, 20)
            if j == n - 1:
                end = None if k[0] not in (6, 13, 22) else day_between(r, start + dt.timedelta(days=30), D(2025, 5, 31))
                if end is None and lock in current.values():
                    free = [x for x in range(1, 21) if x not in current.values()]
                    if free:
                        lock = free[0]
                    else:  # no lock left to post to: the keeper retired
                        end = day_between(r, start + dt.timedelta(days=30), D(2025, 5, 31))
            else:
                end = start + dt.timedelta(days=r.randint(150, 900))
                if end >= D(2025, 5, 31):
                    end = D(2025, 5, 31) - dt.timedelta(days=r.randint(30, 200))
                    if end <= start:
                        end = start + dt.timedelta(days=20)
            pid += 1
            postings.append((pid, k[0], lock, iso(start), None if end is None else iso(end)))
            if end is None:
                current[k[0]] = lock
                break
            start = end + dt.timedelta(days=1)
    insert(c, "keeper_postings", postings)
    boats = []
    for i, bn in enumerate(BOAT_NAMES, 1):
        bt = r.choices(BOAT_TYPES, weights=[12, 3, 3, 1])[0]
        boats.append(
            (
                i,
                bn,
                bt[0],
                round(r.uniform(bt[1], bt[2]), 1),
                f"{r.choice(['5', '6'])}{r.randint(10000, 99999)}",
                names[28 + i],
                None if r.random() < 0.3 else r.choice(MOORINGS),
            )
        )
    insert(c, "boats", boats)

    def keeper_on(lock: int, day: dt.date) -> int | None:
        for p in postings:
            if p[2] == lock and p[3] <= iso(day) and (p[4] is None or iso(day) <= p[4]):
                return p[1]
        return None

    stoppages = []
    reasons = [("gate repair", "N"), ("paddle failure", "N"), ("low water", "N"), ("vandalism", "N"),
               ("winter maintenance", "Y"), ("lock wall rebuild", "Y"), ("fallen tree", "N")]  # fmt: skip
    closed: list[tuple[int, dt.date, dt.date]] = []
    for sid in range(1, 56):
        lock = r.randint(1, 24)
        reason, planned = r.choice(reasons)
        if planned == "Y":
            y = r.choice([2023, 2024, 2025])
            st = day_between(r, D(y, 1, 6), D(y, 2, 20))
            en = st + dt.timedelta(days=r.randint(14, 50))
        else:
            st = day_between(r, D(2023, 1, 1), D(2025, 6, 10))
            en = st + dt.timedelta(days=r.randint(1, 20))
        still = en > LAST
        stoppages.append((sid, lock, iso(st), None if still else iso(en), reason, planned))
        closed.append((lock, st, en))
    # two closures still in force today
    for lock, st, reason in ((13, D(2025, 6, 9), "gate repair"), (7, D(2025, 6, 2), "paddle failure")):
        stoppages.append((len(stoppages) + 1, lock, iso(st), None, reason, "N"))
        closed.append((lock, st, TODAY))
    insert(c, "stoppages", stoppages)
    passages = []
    pid = 0
    while pid < 3200:
        day = day_between(r, D(2023, 1, 1), LAST)
        if day.month in (11, 12, 1, 2) and r.random() < 0.6:
            continue
        lock = r.choice(range(1, 25)) if r.random() < 0.6 else r.choice([1, 2, 3, 11, 13, 21])
        if any(lk == lock and s <= day <= e for lk, s, e in closed):
            continue
        keeper = keeper_on(lock, day)
        if keeper is not None and r.random() < 0.35:
            keeper = None  # boaters worked the lock themselves
        pid += 1
        passages.append(
            (
                pid,
                lock,
                r.randint(1, len(BOAT_NAMES)),
                stamp(day, r.randint(8 * 60, 19 * 60)),
                r.choice(["up", "down"]),
                keeper,
            )
        )
    passages.sort(key=lambda p: p[3])
    passages = [(i, *p[1:]) for i, p in enumerate(passages, 1)]
    insert(c, "passages", passages)
    done(c)


# ---------------------------------------------------------------------------------------------------- lostluggage
AIRLINES = [
    ("Jet2", "LS"), ("easyJet", "U2"), ("Ryanair", "FR"), ("TUI Airways", "BY"), ("Aer Lingus", "EI"),
    ("KLM", "KL"), ("Emirates", "EK"), ("Loganair", "LM"), ("British Airways", "BA"), ("Turkish Airlines", "TK"),
    ("Lufthansa", "LH"), ("Qatar Airways", "QR"),
]  # fmt: skip
ORIGINS = {
    "LS": ["Alicante", "Palma", "Tenerife South", "Dalaman", "Faro", "Malaga"],
    "U2": ["Amsterdam", "Geneva", "Malaga", "Nice", "Belfast International", "Palma"],
    "FR": ["Dublin", "Krakow", "Lanzarote", "Bergamo", "Alicante"],
    "BY": ["Cancun", "Orlando Sanford", "Antalya", "Heraklion"],
    "EI": ["Dublin"], "KL": ["Amsterdam"], "EK": ["Dubai"], "LM": ["Aberdeen", "Isle of Man", "Southampton"],
    "BA": ["London Heathrow"], "TK": ["Istanbul"], "LH": ["Frankfurt", "Munich"], "QR": ["Doha"],
}  # fmt: skip
COURIERS = [("Baggage Express NW", "0161 496 0101"), ("SwiftBag Logistics", "0161 496 0222"),
            ("AirPort Runners", "0161 496 0333"), ("DPD Airport Services", None)]  # fmt: skip
BAG_TYPES = [
    "Suitcase",
    "Suitcase",
    "Suitcase",
    "Holdall",
    "Rucksack",
    "Pushchair",
    "Golf bag",
    "Ski bag",
    "Guitar case",
]
COLOURS = ["Black", "Black", "Navy", "Grey", "Red", "Purple", "Green", "Silver", "Pink", "Orange", "Blue"]
POSTCODES = ["M1", "M14", "M20", "M33", "SK4", "SK8", "SK9", "WA14", "WA15", "OL6", "BL1", "WN1", "CH2", "ST5", "LA1",
             "PR1", "BB2", "HX1", "S10", "LS6"]  # fmt: skip


def build_lostluggage(path: Path) -> None:
    r = random.Random(9305)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblAirline (
            intAirlineID INTEGER PRIMARY KEY, strAirlineName TEXT NOT NULL, strIATACode TEXT NOT NULL);
        CREATE TABLE tblFlight (
            intFlightID INTEGER PRIMARY KEY, intAirlineID INTEGER NOT NULL REFERENCES tblAirline(intAirlineID),
            strFlightNo TEXT NOT NULL, strOrigin TEXT NOT NULL, dtmArrival TEXT NOT NULL, strTerminal TEXT NOT NULL);
        CREATE TABLE tblAgent (
            intAgentID INTEGER PRIMARY KEY, strAgentName TEXT NOT NULL, dtmStarted TEXT NOT NULL,
            blnActive INTEGER NOT NULL, blnSupervisor INTEGER NOT NULL);
        CREATE TABLE tblReport (
            intReportID INTEGER PRIMARY KEY, strFileRef TEXT NOT NULL UNIQUE,
            intFlightID INTEGER NOT NULL REFERENCES tblFlight(intFlightID),
            intAgentID INTEGER NOT NULL REFERENCES tblAgent(intAgentID), strPassenger TEXT NOT NULL, strEmail TEXT,
            dtmReported TEXT NOT NULL, strIssue TEXT NOT NULL, strStatus TEXT NOT NULL, dtmClosed TEXT,
            curCompensation REAL);
        CREATE TABLE tblBag (
            intBagID INTEGER PRIMARY KEY, intReportID INTEGER NOT NULL REFERENCES tblReport(intReportID),
            strTagNo TEXT NOT NULL, strBagType TEXT NOT NULL, strColour TEXT NOT NULL, decWeightKg REAL,
            dtmLocated TEXT, strLocatedAt TEXT);
        CREATE TABLE tblCourier (
            intCourierID INTEGER PRIMARY KEY, strCourierName TEXT NOT NULL, strPhone TEXT);
        CREATE TABLE tblDelivery (
            intDeliveryID INTEGER PRIMARY KEY, intBagID INTEGER NOT NULL REFERENCES tblBag(intBagID),
            intCourierID INTEGER NOT NULL REFERENCES tblCourier(intCourierID), dtmDispatched TEXT NOT NULL,
            dtmDelivered TEXT, curCharge REAL NOT NULL, strPostcode TEXT NOT NULL);
        """,
    )
    insert(c, "tblAirline", [(i, n, code) for i, (n, code) in enumerate(AIRLINES, 1)])
    flights = []
    for fid in range(1, 421):
        a = r.choices(range(1, 13), weights=[14, 12, 10, 6, 6, 5, 4, 3, 4, 3, 3, 2])[0]
        code = AIRLINES[a - 1][1]
        day = day_between(r, D(2024, 1, 1), LAST)
        mins = r.randint(6 * 60, 23 * 60 + 30)
        term = "T2" if code in ("LS", "BY", "EK", "QR", "TK") else ("T3" if code in ("FR", "BA", "LM") else "T1")
        flights.append((fid, a, f"{code}{r.randint(100, 9899)}", r.choice(ORIGINS[code]), stamp(day, mins), term))
    insert(c, "tblFlight", flights)
    agent_names = people(r, 18, GIVEN_UK, FAMILY_UK)
    agents = []
    for i, n in enumerate(agent_names, 1):
        agents.append((i, n, iso(day_between(r, D(2015, 1, 1), D(2024, 10, 1))), 0 if i in (4, 11, 16) else 1,
                       1 if i in (2, 9) else 0))  # fmt: skip
    insert(c, "tblAgent", agents)
    insert(c, "tblCourier", [(i, n, p) for i, (n, p) in enumerate(COURIERS, 1)])
    pax = people(r, 700, GIVEN_UK, FAMILY_UK)
    reports = []
    bags = []
    deliveries = []
    bid = 0
    did = 0
    for rid in range(1, 651):
        f = r.choice(flights)
        arr = dt.datetime.fromisoformat(f[4])
        rep = arr + dt.timedelta(minutes=r.randint(20, 150))
        if rep.date() > LAST:
            rep = dt.datetime(2025, 6, 14, 23, 50)
        agent = r.choice(
            [a for a in agents if a[2] <= rep.date().isoformat() and (a[3] == 1 or rep.date() < D(2025, 1, 1))]
        )
        issue = r.choices(["Delayed", "Damaged", "Missing contents"], weights=[7, 3, 1])[0]
        name = pax[rid]
        email = None if r.random() < 0.18 else f"{name.lower().replace(' ', '.').replace(chr(39), '')}@mailbox.co.uk"
        nbags = 1 if issue != "Delayed" else r.choices([1, 2, 3], weights=[7, 2, 1])[0]
        age = (dt.datetime(2025, 6, 14, 23, 59) - rep).days
        located_all = True
        delivered_all = True
        last_deliv = rep
        rbag = []
        for _ in range(nbags):
            bid += 1
            tag = f"0{r.randint(100, 999)}{f[2][:2]}{r.randint(100000, 999999)}"
            btype = r.choice(BAG_TYPES)
            colour = r.choice(COLOURS)
            weight = None if r.random() < 0.3 else round(r.uniform(4, 32), 1)
            loc_at = None
            loc = None
            if issue == "Delayed":
                if (age > 3 and r.random() < 0.93) or (age <= 3 and r.random() < 0.4):
                    loc = rep + dt.timedelta(hours=r.randint(3, 120))
                    if loc.date() > LAST:
                        loc = dt.datetime(2025, 6, 14, 23, 55)
                    loc_at = r.choice([f[3], f[3], "Manchester T1", "Manchester T2", "London Heathrow", "Amsterdam"])
            else:
                loc = rep
                loc_at = "Manchester " + f[5]
            if loc is None:
                located_all = False
            rbag.append(
                (bid, rid, tag, btype, colour, weight, None if loc is None else loc.isoformat(" ", "minutes"), loc_at)
            )
            if issue == "Delayed" and loc is not None:
                disp = loc + dt.timedelta(hours=r.randint(2, 30))
                if disp.date() > LAST:
                    delivered_all = False
                    continue
                deliv = disp + dt.timedelta(hours=r.randint(3, 36))
                last_deliv = max(last_deliv, deliv)
                if deliv.date() > LAST or r.random() < 0.04:
                    deliv = None
                    delivered_all = False
                did += 1
                deliveries.append(
                    (did, bid, r.choices([1, 2, 3, 4], weights=[5, 3, 2, 2])[0], disp.isoformat(" ", "minutes"),
                     None if deliv is None else deliv.isoformat(" ", "minutes"),
                     r.choice([25.0, 30.0, 35.0, 45.0, 60.0]) if r.random() > 0.1 else 95.0,
                     f"{r.choice(POSTCODES)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}")
                )  # fmt: skip
            elif issue == "Delayed":
                delivered_all = False
        bags.extend(rbag)
        comp = None
        closed = None
        if issue == "Delayed":
            if not located_all:
                status = "Open"
                if age > 21 and r.random() < 0.6:
                    status = "Closed"
                    closed = rep + dt.timedelta(days=r.randint(21, 40))
                    comp = float(r.randrange(150, 1500, 25))
            elif delivered_all:
                status = "Closed" if r.random() < 0.8 or age > 60 else "Delivered"
                if status == "Closed":
                    closed = last_deliv + dt.timedelta(hours=r.randint(2, 120))
                    comp = None if r.random() < 0.6 else float(r.randrange(25, 200, 5))
            else:
                status = "Located"
        else:
            status = "Open" if age < 20 and r.random() < 0.6 else "Closed"
            if status == "Closed":
                closed = rep + dt.timedelta(days=r.randint(3, 25))
                comp = float(r.randrange(40, 400, 10)) if r.random() < 0.7 else None
        if closed is not None and closed.date() > LAST:
            closed, status, comp = None, "Open", None
        reports.append(
            (rid, f"MAN{f[2][:2]}{10000 + rid * 7}", f[0], agent[0], name, email, rep.isoformat(" ", "minutes"), issue,
             status, None if closed is None else closed.isoformat(" ", "minutes"), comp)
        )  # fmt: skip
    insert(c, "tblReport", reports)
    insert(c, "tblBag", bags)
    insert(c, "tblDelivery", deliveries)
    done(c)


# ---------------------------------------------------------------------------------------------------- tunnelops
TUNNELS = [
    ("Hindhead Tunnel", "A3", 1830, 2, 2011, 50), ("Saltash Tunnel", "A38", 410, 1, 1988, 40),
    ("Medway Tunnel", "A289", 725, 2, 1996, 50), ("Tyne Tunnel", "A19", 1670, 2, 1967, 40),
    ("Clyde Tunnel", "A739", 762, 2, 1963, 30), ("Conwy Tunnel", "A55", 1090, 2, 1991, 50),
    ("Limehouse Link", "A1203", 1800, 2, 1993, 30), ("Queensway Tunnel", "A41", 3237, 1, 1934, 30),
    ("Kingsway Tunnel", "A59", 2483, 2, 1971, 40), ("Dartford West Tunnel", "A282", 1430, 1, 1963, 50),
    ("Southwick Hill Tunnel", "A27", 490, 2, 1996, 70), ("Bell Common Tunnel", "M25", 470, 2, 1984, 70),
]  # fmt: skip
ASSET_TYPES = [
    "jet fan",
    "CCTV camera",
    "emergency phone",
    "sump pump",
    "lighting panel",
    "fire hydrant",
    "height detector",
]
INCIDENT_TYPES = [("breakdown", 10), ("debris", 5), ("collision", 4), ("overheight vehicle", 2), ("pedestrian", 1),
                  ("vehicle fire", 1), ("spillage", 2)]  # fmt: skip


def build_tunnelops(path: Path) -> None:
    r = random.Random(9306)
    c = fresh_db(
        path,
        """
        CREATE TABLE Tunnel (
            tunnelId INTEGER PRIMARY KEY, tunnelName TEXT NOT NULL, roadNumber TEXT NOT NULL,
            lengthMetres INTEGER NOT NULL, bores INTEGER NOT NULL, openedYear INTEGER NOT NULL,
            speedLimitMph INTEGER NOT NULL);
        CREATE TABLE StaffMember (
            staffId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, jobTitle TEXT NOT NULL,
            reportsToId INTEGER REFERENCES StaffMember(staffId), baseTunnelId INTEGER REFERENCES Tunnel(tunnelId),
            hiredOn TEXT NOT NULL, leftOn TEXT);
        CREATE TABLE Closure (
            closureId INTEGER PRIMARY KEY, tunnelId INTEGER NOT NULL REFERENCES Tunnel(tunnelId),
            boreClosed TEXT NOT NULL, startsAt TEXT NOT NULL, endsAt TEXT, reason TEXT NOT NULL,
            isPlanned INTEGER NOT NULL);
        CREATE TABLE Incident (
            incidentId INTEGER PRIMARY KEY, tunnelId INTEGER NOT NULL REFERENCES Tunnel(tunnelId),
            reportedAt TEXT NOT NULL, incidentType TEXT NOT NULL, lanesClosed INTEGER NOT NULL,
            vehiclesInvolved INTEGER NOT NULL, clearedAt TEXT, closureId INTEGER REFERENCES Closure(closureId));
        CREATE TABLE IncidentResponder (
            incidentId INTEGER NOT NULL REFERENCES Incident(incidentId),
            staffId INTEGER NOT NULL REFERENCES StaffMember(staffId), responderRole TEXT NOT NULL,
            PRIMARY KEY (incidentId, staffId));
        CREATE TABLE Asset (
            assetId INTEGER PRIMARY KEY, tunnelId INTEGER NOT NULL REFERENCES Tunnel(tunnelId),
            assetType TEXT NOT NULL, assetTag TEXT NOT NULL, installedYear INTEGER NOT NULL, assetStatus TEXT NOT NULL);
        CREATE TABLE AssetFault (
            faultId INTEGER PRIMARY KEY, assetId INTEGER NOT NULL REFERENCES Asset(assetId), reportedOn TEXT NOT NULL,
            fixedOn TEXT, fixedById INTEGER REFERENCES StaffMember(staffId), repairCostGbp REAL);
        """,
    )
    insert(c, "Tunnel", [(i, *t) for i, t in enumerate(TUNNELS, 1)])
    names = people(r, 70, GIVEN_UK, FAMILY_UK)
    staff = [(1, names[0], "Head of Tunnel Operations", None, None, "2009-04-01", None)]
    sid = 1
    managers = []
    for _ in range(3):
        sid += 1
        managers.append(sid)
        staff.append(
            (
                sid,
                names[sid - 1],
                "Operations Manager",
                1,
                None,
                iso(day_between(r, D(2010, 1, 1), D(2018, 1, 1))),
                None,
            )
        )
    supervisors = []
    for t in range(1, 13):
        sid += 1
        supervisors.append(sid)
        staff.append((sid, names[sid - 1], "Shift Supervisor", managers[(t - 1) % 3], t,
                      iso(day_between(r, D(2012, 1, 1), D(2022, 1, 1))), None))  # fmt: skip
    sid += 1
    staff.append((sid, names[sid - 1], "Shift Supervisor", managers[1], 4, "2011-05-09", "2023-08-31"))
    while sid < 62:
        sid += 1
        t = r.randint(1, 12)
        title = r.choices(["Control Room Operator", "Traffic Officer", "Maintenance Technician"], weights=[4, 4, 3])[0]
        boss = supervisors[t - 1] if title != "Maintenance Technician" else managers[2]
        hired = day_between(r, D(2012, 1, 1), D(2025, 4, 1))
        left = None if r.random() > 0.12 else iso(day_between(r, hired + dt.timedelta(days=200), D(2025, 5, 30)))
        staff.append((sid, names[sid - 1], title, boss, t, iso(hired), left))
    insert(c, "StaffMember", staff)
    closures = []
    incidents = []
    responders = []
    cid = 0
    for _ in range(130):
        t = r.randint(1, 12)
        day = day_between(r, D(2023, 1, 1), LAST)
        cid += 1
        reason = r.choices(
            ["planned maintenance", "cleaning", "inspection", "power failure", "flooding"], weights=[6, 3, 2, 1, 1]
        )[0]
        planned = 1 if reason in ("planned maintenance", "cleaning", "inspection") else 0
        start = dt.datetime(day.year, day.month, day.day, 22 if planned else r.randint(6, 20), r.choice([0, 0, 30]))
        end = start + dt.timedelta(minutes=r.randint(240, 480) if planned else r.randint(40, 300))
        bore = "both" if TUNNELS[t - 1][3] == 1 or r.random() < 0.3 else r.choice(["northbound", "southbound"])
        closures.append([cid, t, bore, start.isoformat(" ", "minutes"), end.isoformat(" ", "minutes"), reason, planned])
    closures[-1][4] = None  # still closed: a flood that came in last night
    closures[-1][3] = "2025-06-14 21:40"
    closures[-1][5] = "flooding"
    closures[-1][6] = 0
    closures[-1][1] = 2
    closures[-1][2] = "both"
    closures.sort(key=lambda x: x[3])
    closures = [[i, *x[1:]] for i, x in enumerate(closures, 1)]
    for iid in range(1, 421):
        t = r.choices(range(1, 13), weights=[5, 2, 3, 6, 4, 3, 6, 5, 5, 6, 1, 2])[0]
        day = day_between(r, D(2023, 1, 1), LAST)
        at = dt.datetime(day.year, day.month, day.day, r.randint(0, 23), r.randint(0, 59))
        itype = r.choices([x[0] for x in INCIDENT_TYPES], weights=[x[1] for x in INCIDENT_TYPES])[0]
        lanes = 1 if itype in ("breakdown", "debris") and r.random() < 0.8 else 2
        veh = {"collision": r.randint(2, 4), "pedestrian": 0, "debris": 0}.get(itype, 1)
        cleared = at + dt.timedelta(
            minutes=r.randint(8, 50) if itype in ("breakdown", "debris") else r.randint(30, 240)
        )
        clo = None
        if itype in ("collision", "vehicle fire", "spillage") and r.random() < 0.7:
            cid += 1
            clo = cid
            closures.append(
                [cid, t, "both", at.isoformat(" ", "minutes"), cleared.isoformat(" ", "minutes"), "incident", 0]
            )
        incidents.append((iid, t, at.isoformat(" ", "minutes"), itype, lanes, veh,
                          None if r.random() < 0.04 else cleared.isoformat(" ", "minutes"), clo))  # fmt: skip
        pool = [s for s in staff if s[4] == t and s[2] in ("Traffic Officer", "Shift Supervisor", "Control Room Operator")
                and s[5] <= iso(day) and (s[6] is None or iso(day) <= s[6])]  # fmt: skip
        if not pool:
            pool = [s for s in staff if s[2] == "Shift Supervisor" and s[5] <= iso(day) and s[6] is None]
        chosen = r.sample(pool, min(len(pool), r.choice([1, 1, 2, 2, 3])))
        for k, s in enumerate(chosen):
            responders.append((iid, s[0], "lead" if k == 0 else "support"))
        if (
            itype in ("vehicle fire", "collision")
            and r.random() < 0.5
            and staff[managers[t % 3] - 1][0] not in [s[0] for s in chosen]
        ):
            responders.append((iid, managers[t % 3], "support"))
    insert(c, "Closure", closures)
    insert(c, "Incident", incidents)
    insert(c, "IncidentResponder", responders)
    assets = []
    faults = []
    aid = 0
    fid = 0
    techs = [s for s in staff if s[2] == "Maintenance Technician"]
    for t in range(1, 13):
        length = TUNNELS[t - 1][2]
        for at in ASSET_TYPES:
            n = max(1, length // {"jet fan": 200, "CCTV camera": 150, "emergency phone": 100, "sump pump": 800,
                                  "lighting panel": 300, "fire hydrant": 150, "height detector": 2000}[at])  # fmt: skip
            n = min(n, 6)
            for k in range(n):
                aid += 1
                status = r.choices(["in service", "faulty", "decommissioned"], weights=[90, 6, 4])[0]
                tag = f"{TUNNELS[t - 1][0].split()[0][:3].upper()}-{''.join(w[0] for w in at.upper().split())}-{k + 1:02d}"
                assets.append((aid, t, at, tag, r.randint(max(TUNNELS[t - 1][4], 1995), 2024), status))
                for _ in range(r.choice([0, 0, 0, 1, 1, 2, 3])):
                    rep = day_between(r, D(2023, 1, 1), LAST)
                    fixed = rep + dt.timedelta(days=r.randint(0, 40))
                    ok = fixed <= LAST and status != "faulty"
                    fid += 1
                    tech = r.choice(
                        [s for s in techs if s[5] <= iso(rep) and (s[6] is None or iso(fixed) <= s[6])] or techs
                    )
                    faults.append((fid, aid, iso(rep), iso(fixed) if ok else None, tech[0] if ok else None,
                                   round(r.uniform(45, 2400), 2) if ok and r.random() > 0.15 else None))  # fmt: skip
    insert(c, "Asset", assets)
    faults.sort(key=lambda f: f[2])
    insert(c, "AssetFault", [(i, *f[1:]) for i, f in enumerate(faults, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "rodoviaria": build_rodoviaria,
    "nighttrain": build_nighttrain,
    "busfuel": build_busfuel,
    "canallocks": build_canallocks,
    "lostluggage": build_lostluggage,
    "tunnelops": build_tunnelops,
}
