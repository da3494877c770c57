"""Six media, arts and entertainment databases for the ninety-second blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows scheduled for the future: cineclub
screenings with ``estado`` 'programada', puppetry performances with ``status`` 0 (and a few future ones already
cancelled, ``status`` 2), jazzclub gigs 'on sale' / 'sold out' / 'on hold', podnetwork campaigns 'pre-launch' (and the
end dates of running campaigns), museumloans loans 'Approved' / 'Requested' (and the agreed end dates of loans still
out), and the whole 2025 edition of the dancefest festival (11-20 July 2025).

- ``cineclub`` (Spanish table and column names and Spanish values; flags 0/1; money in euros): a community film club in
  Salamanca. ``socios`` (members: ``nombre`` = full name, ``localidad`` = town, ``fecha_alta`` = date joined,
  ``tipo_cuota`` 'general' / 'estudiante' student / 'jubilado' pensioner, ``activo`` 1 = still a member / 0 = left,
  ``email`` NULL when not given), ``peliculas`` (films: ``titulo``, ``director``, ``anio`` = release year, ``pais`` =
  country ('España', 'Francia', 'Japón', 'Estados Unidos', ...), ``duracion_min`` = running time in minutes, ``idioma``
  = language ('español', 'francés', 'japonés', ...), ``genero`` = genre ('drama', 'comedia', ...)), ``ciclos`` (themed
  seasons: ``nombre``, ``fecha_inicio``, ``fecha_fin``, ``id_comisario`` = the member who curated it, NULL when nobody
  did), ``sesiones`` (screenings: ``id_pelicula``, ``id_ciclo`` NULL for a one-off screening outside a season,
  ``fecha``, ``hora``, ``sala`` 'Sala Buñuel' (120 seats, Fridays) / 'Sala Berlanga' (60 seats, Wednesdays),
  ``precio`` = ticket price in euros, ``estado`` 'celebrada' held / 'cancelada' cancelled / 'programada' scheduled),
  ``asistencias`` (the link between members and the screenings they attended; ``invitacion`` 1 = came on a free pass
  and paid nothing, otherwise the member paid the screening's ``precio``), ``cuotas`` (yearly membership fees:
  ``anio``, ``importe`` in euros, ``fecha_pago`` NULL while unpaid; every current member has a 2025 row) and
  ``valoraciones`` (the link between members and films they rated: ``puntuacion`` 1-5 stars, ``fecha``).
- ``puppetry`` (Ruby on Rails conventions: plural snake_case tables, ``id`` keys, ``<singular>_id`` foreign keys,
  ``created_at`` / ``updated_at`` timestamps 'YYYY-MM-DD HH:MM:SS', integer enums, booleans 0/1, money in integer
  pence in ``*_cents`` columns, and Rails's own ``schema_migrations`` table): Pocket Lantern, a touring puppet theatre
  company in the West of England. ``puppeteers`` (``full_name``, ``email`` NULL when unknown, ``hired_on``,
  ``left_on`` NULL while still with the company, ``day_rate_cents``), ``productions`` (``title``, ``style`` 0
  marionette / 1 glove / 2 shadow / 3 rod, ``min_age`` = youngest recommended age, ``premiered_on`` NULL for a show
  still in development, ``running_minutes``), ``puppets`` (``name`` = the character, ``production_id``, ``maker_id`` =
  the puppeteer who built it, NULL when bought in, ``material``, ``height_cm``, ``built_on``, ``condition`` 0 good / 1
  needs repair / 2 retired), ``venues`` (``name``, ``town``, ``capacity`` in seats, ``category`` 0 theatre / 1 school /
  2 library / 3 festival / 4 community hall), ``performances`` (``production_id``, ``venue_id``, ``starts_at``,
  ``status`` 0 scheduled / 1 performed / 2 cancelled, ``audience_count`` NULL unless performed, ``fee_cents`` = the fee
  the company is paid, ``created_at`` = when it was booked, ``updated_at`` = last change to the record) and
  ``castings`` (the link between performances and the puppeteers who work them; ``lead`` 1 = lead puppeteer).
- ``jazzclub`` (camelCase table and column names; money in integer US cents; statuses with spaces): a jazz club in
  Chicago. ``agents`` (``agentName``, ``agency``, ``email``, ``commissionPct``), ``musicians`` (``fullName``,
  ``instrument`` 'piano' / 'double bass' / 'drums' / 'tenor sax' / 'alto sax' / 'baritone sax' / 'trumpet' /
  'trombone' / 'guitar' / 'vibraphone' / 'vocals' / 'organ' / 'clarinet', ``homeCity``, ``unionMember`` 0/1,
  ``phoneNumber`` NULL when unknown), ``artists`` (the acts the club books: ``artistName``, ``leaderId`` = the
  bandleader, ``homeCity``, ``musicStyle``, ``agentId`` NULL when self-managed), ``gigs`` (``artistId``, ``gigDate``,
  ``doorsTime``, ``room`` 'Main Room' (90 seats) / 'Basement' (45 seats), ``ticketPriceCents``, ``capacity``,
  ``gigStatus`` 'played' / 'cancelled' for past gigs, 'on sale' / 'sold out' / 'on hold' (not on sale yet) for future
  ones), ``gigLineup`` (the link between gigs and musicians, with the agreed ``feeCents`` per musician; the lineup of a
  cancelled gig stays on record) and ``ticketSales`` (``gigId``, ``soldAt`` 'YYYY-MM-DD HH:MM', ``quantity`` of
  tickets, ``totalCents``, ``salesChannel`` 'online' (the website) / 'box office' / 'phone', ``refunded`` 1 = the
  money was given back; every sale for a cancelled gig is refunded).
- ``podnetwork`` (snake_case names with ``<table>_id`` keys; statuses with hyphens; money in US dollars;
  self-referencing ``categories.parent_id``): a podcast network's shows and ad sales. ``categories`` (``name``,
  ``parent_id`` = the parent category, NULL for a top-level category), ``shows`` (``title``, ``host_name``,
  ``category_id``, ``launched_on``, ``ended_on`` NULL while the show is still going, ``release_schedule`` 'weekly' /
  'fortnightly' / 'monthly', ``is_explicit`` 0/1), ``episodes`` (episodes since January 2023: ``episode_no`` (the
  numbering continues from before 2023), ``title``, ``published_on``, ``duration_sec``, ``downloads_30d`` = downloads
  in the first 30 days, NULL for episodes less than 30 days old), ``advertisers`` (``company``, ``industry``,
  ``contact_email`` NULL when unknown), ``campaigns`` (``advertiser_id``, ``campaign_name``, ``start_date``,
  ``end_date``, ``budget_usd``, ``cpm_usd`` = price per thousand impressions, ``status`` 'pre-launch' / 'in-flight' /
  'on-hold' / 'completed' / 'cancelled') and ``ad_spots`` (the link between campaigns and episodes: ``slot``
  'pre-roll' / 'mid-roll' / 'post-roll', ``host_read`` 1 = read by the host, ``impressions`` delivered; a spot airs on
  its episode's ``published_on`` date).
- ``museumloans`` (PascalCase table and column names; flags 'Y'/'N'; money in whole pounds; self-referencing
  ``Staff.ManagerID``): the loans office of Calderbridge Museum & Art Gallery. ``Institutions`` (``InstitutionName``,
  ``City``, ``Country``, ``IsAccredited``), ``Staff`` (``FullName``, ``JobTitle``, ``ManagerID`` = line manager, NULL
  for the Director, ``Email``, ``StartDate``), ``Objects`` (``AccessionNumber``, ``Title``, ``Maker`` NULL when
  unknown, ``DateMade`` as text ('1867', 'c. 270 AD'), ``Medium``, ``Department`` 'Fine Art' / 'Decorative Arts' /
  'Archaeology' / 'Natural History' / 'Photography', ``InsuranceValueGBP``, ``IsFragile``, ``OwnerInstitutionID`` =
  the lender of an object the museum has borrowed, NULL for the museum's own collection), ``Loans`` (``LoanRef``,
  ``Direction`` 'Outgoing' = the museum lends its objects to another institution at that institution's request /
  'Incoming' = the museum borrows, ``InstitutionID`` = the other institution, ``ExhibitionTitle``, ``RequestDate``,
  ``StartDate``, ``EndDate`` = agreed return date, ``ReturnedDate`` NULL until back, ``Status`` 'Requested' /
  'Approved' (not started yet) / 'On Loan' / 'Returned' / 'Declined' (never went ahead), ``RegistrarID`` = the
  registrar in charge), ``LoanObjects`` (the link between loans and objects; ``ConditionOnReturn`` 'Good' / 'Minor
  damage' / 'Damaged', NULL until returned), ``Couriers`` (the link between loans and the staff who travelled with the
  objects: ``Leg`` 'Outbound' / 'Return', ``TravelDate``) and ``ConditionReports`` (``ObjectID``, ``StaffID`` = the
  author, ``ReportDate``, ``Grade`` 1 excellent .. 4 poor, ``Notes`` NULL when none).
- ``dancefest`` (Oracle-style UPPER_SNAKE_CASE names; flags 1/0; money in pounds; self-referencing
  ``VOLUNTEER.LEAD_VOL_ID``): the programme and volunteers of a ten-day summer dance festival in Leeds (editions 14-23
  July 2023, 12-21 July 2024 and the coming 11-20 July 2025). ``VENUE`` (``VENUE_NAME``, ``ADDRESS``, ``CAPACITY``,
  ``IS_OUTDOOR``), ``DANCE_COMPANY`` (``COMPANY_NAME``, ``HOME_COUNTRY``, ``DANCE_STYLE`` 'contemporary' / 'ballet' /
  'hip hop' / 'flamenco' / 'kathak' / 'tap', ``CONTACT_EMAIL`` NULL when unknown), ``PERFORMANCE`` (``COMPANY_ID``,
  ``VENUE_ID``, ``FESTIVAL_YEAR``, ``PERF_DATE``, ``START_TIME``, ``TICKET_PRICE_GBP`` and ``TICKETS_SOLD`` both NULL
  for a free outdoor show; for 2025 ``TICKETS_SOLD`` is the number sold so far), ``VOLUNTEER`` (``VOL_NAME``,
  ``EMAIL``, ``PHONE`` NULL when not given, ``TSHIRT_SIZE``, ``REGISTERED_ON``, ``VOL_ROLE`` 'coordinator' / 'team
  leader' / 'volunteer', ``LEAD_VOL_ID`` = a volunteer's team leader or a team leader's coordinator, NULL for a
  coordinator, ``DBS_CHECKED`` = background check done), ``SHIFT`` (``VENUE_ID``, ``SHIFT_DATE``, ``START_TIME`` and
  ``END_TIME`` 'HH:MM', ``SHIFT_ROLE`` 'front of house' / 'stewarding' / 'box office' / 'artist liaison' / 'bar',
  ``VOLS_NEEDED``) and ``SHIFT_SIGNUP`` (the link between shifts and volunteers: ``SIGNUP_STATUS`` 'attended' / 'no
  show' / 'dropped out' for past festivals, 'signed up' / 'dropped out' for 2025; ``SIGNED_UP_ON``).
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


def iso(d: dt.date) -> str:
    return d.isoformat()


def stamp(d: dt.date, r: random.Random) -> str:
    """A 'YYYY-MM-DD HH:MM:SS' time on day ``d`` during office hours."""
    return f"{d.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def days_from(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------------------------------------------- cineclub
NOMBRES_ES = [
    "Lucía", "María", "Carmen", "Laura", "Marta", "Elena", "Paula", "Sara", "Irene", "Nuria", "Pilar", "Rocío",
    "Javier", "Carlos", "Miguel", "David", "Alberto", "Pablo", "Jorge", "Sergio", "Raúl", "Andrés", "Tomás",
    "Ignacio", "Rubén", "Álvaro", "Inés", "Beatriz", "Gonzalo", "Teresa",
]  # fmt: skip
APELLIDOS_ES = [
    "García", "Martín", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno", "Muñoz",
    "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
    "Serrano", "Blanco", "Molina", "Morales", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz",
    "Iglesias", "Núñez", "Medina", "Garrido", "Vega", "Herrero",
]  # fmt: skip
LOCALIDADES = ["Salamanca", "Salamanca", "Salamanca", "Santa Marta de Tormes", "Villamayor", "Carbajosa de la Sagrada",
               "Cabrerizos", "Villares de la Reina"]  # fmt: skip
PELICULAS = [
    ("Mujeres al borde de un ataque de nervios", "Pedro Almodóvar", 1988, "España", 88, "español", "comedia"),
    ("Todo sobre mi madre", "Pedro Almodóvar", 1999, "España", 101, "español", "drama"),
    ("Volver", "Pedro Almodóvar", 2006, "España", 121, "español", "drama"),
    ("Dolor y gloria", "Pedro Almodóvar", 2019, "España", 113, "español", "drama"),
    ("La habitación de al lado", "Pedro Almodóvar", 2024, "España", 107, "inglés", "drama"),
    ("El espíritu de la colmena", "Víctor Erice", 1973, "España", 97, "español", "drama"),
    ("El sur", "Víctor Erice", 1983, "España", 95, "español", "drama"),
    ("El sol del membrillo", "Víctor Erice", 1992, "España", 133, "español", "documental"),
    ("Bienvenido, Mister Marshall", "Luis García Berlanga", 1953, "España", 78, "español", "comedia"),
    ("Plácido", "Luis García Berlanga", 1961, "España", 85, "español", "comedia"),
    ("El verdugo", "Luis García Berlanga", 1963, "España", 87, "español", "comedia"),
    ("Viridiana", "Luis Buñuel", 1961, "España", 90, "español", "drama"),
    ("Los olvidados", "Luis Buñuel", 1950, "México", 80, "español", "drama"),
    ("El discreto encanto de la burguesía", "Luis Buñuel", 1972, "Francia", 102, "francés", "comedia"),
    ("Cría cuervos", "Carlos Saura", 1976, "España", 110, "español", "drama"),
    ("Los lunes al sol", "Fernando León de Aranoa", 2002, "España", 113, "español", "drama"),
    ("Verano 1993", "Carla Simón", 2017, "España", 97, "catalán", "drama"),
    ("Alcarràs", "Carla Simón", 2022, "España", 120, "catalán", "drama"),
    ("As bestas", "Rodrigo Sorogoyen", 2022, "España", 137, "español", "thriller"),
    ("La sociedad de la nieve", "J. A. Bayona", 2023, "España", 144, "español", "drama"),
    ("20.000 especies de abejas", "Estibaliz Urresola", 2023, "España", 129, "español", "drama"),
    ("El 47", "Marcel Barrena", 2024, "España", 110, "español", "drama"),
    ("Los 400 golpes", "François Truffaut", 1959, "Francia", 99, "francés", "drama"),
    ("Jules y Jim", "François Truffaut", 1962, "Francia", 105, "francés", "drama"),
    ("Al final de la escapada", "Jean-Luc Godard", 1960, "Francia", 90, "francés", "drama"),
    ("Pierrot el loco", "Jean-Luc Godard", 1965, "Francia", 110, "francés", "drama"),
    ("Cléo de 5 a 7", "Agnès Varda", 1962, "Francia", 90, "francés", "drama"),
    ("Sin techo ni ley", "Agnès Varda", 1985, "Francia", 105, "francés", "drama"),
    ("Los paraguas de Cherburgo", "Jacques Demy", 1964, "Francia", 91, "francés", "musical"),
    ("El rayo verde", "Éric Rohmer", 1986, "Francia", 98, "francés", "comedia"),
    ("Retrato de una mujer en llamas", "Céline Sciamma", 2019, "Francia", 122, "francés", "drama"),
    ("Anatomía de una caída", "Justine Triet", 2023, "Francia", 151, "francés", "thriller"),
    ("Amélie", "Jean-Pierre Jeunet", 2001, "Francia", 122, "francés", "comedia"),
    ("Close", "Lukas Dhont", 2022, "Bélgica", 104, "francés", "drama"),
    ("Cuentos de Tokio", "Yasujirō Ozu", 1953, "Japón", 136, "japonés", "drama"),
    ("Primavera tardía", "Yasujirō Ozu", 1949, "Japón", 108, "japonés", "drama"),
    ("Los siete samuráis", "Akira Kurosawa", 1954, "Japón", 207, "japonés", "aventuras"),
    ("Rashōmon", "Akira Kurosawa", 1950, "Japón", 88, "japonés", "drama"),
    ("Ran", "Akira Kurosawa", 1985, "Japón", 162, "japonés", "drama"),
    ("Mi vecino Totoro", "Hayao Miyazaki", 1988, "Japón", 86, "japonés", "animación"),
    ("El viaje de Chihiro", "Hayao Miyazaki", 2001, "Japón", 125, "japonés", "animación"),
    ("Un asunto de familia", "Hirokazu Kore-eda", 2018, "Japón", 121, "japonés", "drama"),
    ("Drive My Car", "Ryūsuke Hamaguchi", 2021, "Japón", 179, "japonés", "drama"),
    ("Perfect Days", "Wim Wenders", 2023, "Japón", 124, "japonés", "drama"),
    ("Ladrón de bicicletas", "Vittorio De Sica", 1948, "Italia", 89, "italiano", "drama"),
    ("La dolce vita", "Federico Fellini", 1960, "Italia", 174, "italiano", "drama"),
    ("Ocho y medio", "Federico Fellini", 1963, "Italia", 138, "italiano", "drama"),
    ("Amarcord", "Federico Fellini", 1973, "Italia", 123, "italiano", "comedia"),
    ("La aventura", "Michelangelo Antonioni", 1960, "Italia", 143, "italiano", "drama"),
    ("El gatopardo", "Luchino Visconti", 1963, "Italia", 186, "italiano", "drama"),
    ("Cinema Paradiso", "Giuseppe Tornatore", 1988, "Italia", 155, "italiano", "drama"),
    ("Roma", "Alfonso Cuarón", 2018, "México", 135, "español", "drama"),
    ("Y tu mamá también", "Alfonso Cuarón", 2001, "México", 106, "español", "drama"),
    ("Amores perros", "Alejandro González Iñárritu", 2000, "México", 154, "español", "drama"),
    ("El laberinto del fauno", "Guillermo del Toro", 2006, "México", 118, "español", "fantástico"),
    ("La ciénaga", "Lucrecia Martel", 2001, "Argentina", 103, "español", "drama"),
    ("Nueve reinas", "Fabián Bielinsky", 2000, "Argentina", 114, "español", "thriller"),
    ("El secreto de sus ojos", "Juan José Campanella", 2009, "Argentina", 129, "español", "thriller"),
    ("Relatos salvajes", "Damián Szifron", 2014, "Argentina", 122, "español", "comedia"),
    ("Ciudad de Dios", "Fernando Meirelles", 2002, "Brasil", 130, "portugués", "drama"),
    ("Central do Brasil", "Walter Salles", 1998, "Brasil", 113, "portugués", "drama"),
    ("Vértigo", "Alfred Hitchcock", 1958, "Estados Unidos", 128, "inglés", "thriller"),
    ("La ventana indiscreta", "Alfred Hitchcock", 1954, "Estados Unidos", 112, "inglés", "thriller"),
    ("Con faldas y a lo loco", "Billy Wilder", 1959, "Estados Unidos", 121, "inglés", "comedia"),
    ("El apartamento", "Billy Wilder", 1960, "Estados Unidos", 125, "inglés", "comedia"),
    ("Cantando bajo la lluvia", "Stanley Donen", 1952, "Estados Unidos", 103, "inglés", "musical"),
    ("Casablanca", "Michael Curtiz", 1942, "Estados Unidos", 102, "inglés", "drama"),
    ("Taxi Driver", "Martin Scorsese", 1976, "Estados Unidos", 114, "inglés", "drama"),
    ("Paterson", "Jim Jarmusch", 2016, "Estados Unidos", 118, "inglés", "drama"),
    ("El tercer hombre", "Carol Reed", 1949, "Reino Unido", 104, "inglés", "thriller"),
    ("Breve encuentro", "David Lean", 1945, "Reino Unido", 86, "inglés", "drama"),
    ("Lawrence de Arabia", "David Lean", 1962, "Reino Unido", 222, "inglés", "aventuras"),
    ("Aftersun", "Charlotte Wells", 2022, "Reino Unido", 101, "inglés", "drama"),
    ("El séptimo sello", "Ingmar Bergman", 1957, "Suecia", 96, "sueco", "drama"),
    ("Fresas salvajes", "Ingmar Bergman", 1957, "Suecia", 91, "sueco", "drama"),
    ("Persona", "Ingmar Bergman", 1966, "Suecia", 85, "sueco", "drama"),
    ("Metrópolis", "Fritz Lang", 1927, "Alemania", 153, "alemán", "ciencia ficción"),
    ("Las alas del deseo", "Wim Wenders", 1987, "Alemania", 128, "alemán", "drama"),
    ("Stalker", "Andréi Tarkovski", 1979, "Unión Soviética", 161, "ruso", "ciencia ficción"),
    ("El espejo", "Andréi Tarkovski", 1975, "Unión Soviética", 107, "ruso", "drama"),
    ("Deseando amar", "Wong Kar-wai", 2000, "Hong Kong", 98, "cantonés", "drama"),
    ("Parásitos", "Bong Joon-ho", 2019, "Corea del Sur", 132, "coreano", "thriller"),
    ("Una separación", "Asghar Farhadi", 2011, "Irán", 123, "persa", "drama"),
    ("El sabor de las cerezas", "Abbas Kiarostami", 1997, "Irán", 95, "persa", "drama"),
    ("Pather Panchali", "Satyajit Ray", 1955, "India", 125, "bengalí", "drama"),
]
# (nombre, inicio, fin, which films belong to it)
CICLOS: list[tuple[str, dt.date, dt.date, Callable[[tuple], bool]]] = [
    ("Nouvelle Vague", D(2023, 1, 13), D(2023, 3, 31),
     lambda p: p[1] in {"François Truffaut", "Jean-Luc Godard", "Agnès Varda", "Jacques Demy", "Éric Rohmer"}),
    ("Maestros japoneses", D(2023, 4, 14), D(2023, 6, 30), lambda p: p[3] == "Japón" and p[2] < 2000),
    ("Comedias de verano", D(2023, 7, 7), D(2023, 8, 25), lambda p: p[6] == "comedia"),
    ("Neorrealismo y después", D(2023, 10, 6), D(2023, 12, 15), lambda p: p[3] == "Italia"),
    ("Buñuel y Berlanga", D(2024, 1, 12), D(2024, 3, 22), lambda p: p[1] in {"Luis Buñuel", "Luis García Berlanga"}),
    ("Cine latinoamericano", D(2024, 4, 5), D(2024, 6, 28), lambda p: p[3] in {"México", "Argentina", "Brasil"}),
    ("Cine nórdico y del Este", D(2024, 10, 4), D(2024, 12, 13), lambda p: p[3] in {"Suecia", "Unión Soviética"}),
    ("Directoras", D(2025, 1, 10), D(2025, 3, 28),
     lambda p: p[1] in {"Agnès Varda", "Carla Simón", "Lucrecia Martel", "Céline Sciamma", "Charlotte Wells",
                        "Justine Triet", "Estibaliz Urresola"}),
    ("Clásicos de Hollywood", D(2025, 4, 4), D(2025, 6, 27), lambda p: p[3] == "Estados Unidos" and p[2] < 1980),
]  # fmt: skip
CUOTA = {
    2023: {"general": 36.0, "estudiante": 18.0, "jubilado": 24.0},
    2024: {"general": 40.0, "estudiante": 20.0, "jubilado": 25.0},
    2025: {"general": 42.0, "estudiante": 21.0, "jubilado": 26.0},
}
PRECIO = {2023: 3.5, 2024: 4.0, 2025: 4.5}
NUNCA = [23, 47, 61, 88, 102, 131, 150, 166, 177]  # members who never come


def build_cineclub(path: Path) -> None:
    r = random.Random(9201)
    c = fresh_db(
        path,
        """
        CREATE TABLE socios (
            id_socio INTEGER PRIMARY KEY, nombre TEXT NOT NULL, localidad TEXT, fecha_alta TEXT NOT NULL,
            tipo_cuota TEXT NOT NULL, activo INTEGER NOT NULL DEFAULT 1, email TEXT);
        CREATE TABLE peliculas (
            id_pelicula INTEGER PRIMARY KEY, titulo TEXT NOT NULL, director TEXT NOT NULL, anio INTEGER NOT NULL,
            pais TEXT NOT NULL, duracion_min INTEGER NOT NULL, idioma TEXT NOT NULL, genero TEXT NOT NULL);
        CREATE TABLE ciclos (
            id_ciclo INTEGER PRIMARY KEY, nombre TEXT NOT NULL, fecha_inicio TEXT NOT NULL, fecha_fin TEXT NOT NULL,
            id_comisario INTEGER REFERENCES socios(id_socio));
        CREATE TABLE sesiones (
            id_sesion INTEGER PRIMARY KEY, id_pelicula INTEGER NOT NULL REFERENCES peliculas(id_pelicula),
            id_ciclo INTEGER REFERENCES ciclos(id_ciclo), fecha TEXT NOT NULL, hora TEXT NOT NULL,
            sala TEXT NOT NULL, precio REAL NOT NULL, estado TEXT NOT NULL);
        CREATE TABLE asistencias (
            id_sesion INTEGER NOT NULL REFERENCES sesiones(id_sesion),
            id_socio INTEGER NOT NULL REFERENCES socios(id_socio), invitacion INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (id_sesion, id_socio));
        CREATE TABLE cuotas (
            id_cuota INTEGER PRIMARY KEY, id_socio INTEGER NOT NULL REFERENCES socios(id_socio),
            anio INTEGER NOT NULL, importe REAL NOT NULL, fecha_pago TEXT);
        CREATE TABLE valoraciones (
            id_socio INTEGER NOT NULL REFERENCES socios(id_socio),
            id_pelicula INTEGER NOT NULL REFERENCES peliculas(id_pelicula), puntuacion INTEGER NOT NULL,
            fecha TEXT NOT NULL, PRIMARY KEY (id_socio, id_pelicula));
        """,
    )
    pool = [f"{n} {a1} {a2}" for n in NOMBRES_ES for a1 in APELLIDOS_ES for a2 in APELLIDOS_ES if a1 != a2]
    r.shuffle(pool)
    socios = []
    baja: dict[int, dt.date] = {}
    for i in range(1, 181):
        alta = day_between(r, D(2014, 9, 1), D(2025, 6, 10)) if i > 6 else day_between(r, D(2009, 1, 1), D(2012, 1, 1))
        activo = 0 if (r.random() < 0.16 and alta < D(2024, 6, 1)) else 1
        if not activo:
            baja[i] = day_between(r, max(alta, D(2023, 2, 1)) + dt.timedelta(days=30), D(2024, 12, 31))
        tipo = r.choices(["general", "estudiante", "jubilado"], weights=[6, 2, 3])[0]
        nombre = pool[i]
        email = None
        if r.random() > 0.2:
            base = nombre.split()[0].lower() + "." + nombre.split()[1].lower()
            for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n")):
                base = base.replace(a, b)
            email = f"{base}{i}@{r.choice(['gmail.com', 'hotmail.es', 'usal.es', 'yahoo.es'])}"
        socios.append((i, nombre, r.choice(LOCALIDADES), iso(alta), tipo, activo, email))
    insert(c, "socios", socios)
    pelis = [(i, *p) for i, p in enumerate(PELICULAS, 1)]
    insert(c, "peliculas", pelis)
    ciclos = []
    for i, (nom, ini, fin, _) in enumerate(CICLOS, 1):
        com = (
            None if i == 3 else r.choice([s[0] for s in socios if s[5] == 1 and s[3] < iso(ini) and s[0] not in NUNCA])
        )
        ciclos.append((i, nom, iso(ini), iso(fin), com))
    insert(c, "ciclos", ciclos)
    pools = {i: [p[0] for p in pelis if CICLOS[i - 1][3](p[1:])] for i in range(1, len(CICLOS) + 1)}
    for v in pools.values():
        r.shuffle(v)
    sesiones = []
    sid = 0
    d = D(2023, 1, 11)  # a Wednesday
    used: dict[int, int] = {}
    while d <= D(2025, 7, 11):
        for day, sala, hora in ((d, "Sala Berlanga", "19:30"), (d + dt.timedelta(days=2), "Sala Buñuel", "20:00")):
            if day > D(2025, 7, 11):
                continue
            ciclo = next((i for i, cc in enumerate(CICLOS, 1) if cc[1] <= day <= cc[2]), None)
            if sala == "Sala Buñuel" and ciclo is not None:
                k = used.get(ciclo, 0)
                used[ciclo] = k + 1
                peli = pools[ciclo][k % len(pools[ciclo])]
            else:
                ciclo = None
                if r.random() < (0.45 if sala == "Sala Berlanga" else 0.6):
                    continue
                peli = r.randint(1, len(pelis))
            sid += 1
            estado = "programada" if day > LAST else ("cancelada" if r.random() < 0.06 else "celebrada")
            h = "22:00" if sala == "Sala Buñuel" and pelis[peli - 1][5] < 100 and r.random() < 0.3 else hora
            sesiones.append((sid, peli, ciclo, iso(day), h, sala, PRECIO[day.year], estado))
        d += dt.timedelta(days=7)
    insert(c, "sesiones", sesiones)
    gusto = {s[0]: r.uniform(0.2, 3.0) for s in socios}
    asist = []
    vistos: list[tuple[int, int, str]] = []
    for s in sesiones:
        if s[7] != "celebrada":
            continue
        fecha = s[3]
        eleg = [
            x[0] for x in socios
            if x[3] <= fecha and x[0] not in NUNCA and (x[0] not in baja or iso(baja[x[0]]) > fecha)
        ]  # fmt: skip
        cap = 60 if s[5] == "Sala Berlanga" else 120
        n = min(len(eleg), cap, r.randint(8, 38))
        elegidos: list[int] = []
        pesos = [gusto[x] for x in eleg]
        while len(elegidos) < n:
            x = r.choices(eleg, weights=pesos)[0]
            if x not in elegidos:
                elegidos.append(x)
        for x in sorted(elegidos):
            asist.append((s[0], x, 1 if r.random() < 0.08 else 0))
            vistos.append((x, s[1], fecha))
    insert(c, "asistencias", asist)
    cuotas = []
    cid = 0
    for s in socios:
        alta = D.fromisoformat(s[3])
        ultimo = 2025 if s[5] == 1 else baja[s[0]].year
        for y in range(max(2023, alta.year), ultimo + 1):
            cid += 1
            if y == alta.year:
                pago: str | None = s[3]
            else:
                pago = iso(day_between(r, D(y, 1, 2), D(y, 3, 31)))
                if y == 2025 and r.random() < 0.17:
                    pago = None
            cuotas.append((cid, s[0], y, CUOTA[y][s[4]], pago))
    insert(c, "cuotas", cuotas)
    calidad = {p[0]: r.uniform(2.3, 4.6) for p in pelis}
    vals: dict[tuple[int, int], tuple[int, int, int, str]] = {}
    for x, p, fecha in vistos:
        if (x, p) in vals or r.random() > 0.3:
            continue
        punt = max(1, min(5, round(calidad[p] + r.gauss(0, 0.8))))
        f = min(LAST, D.fromisoformat(fecha) + dt.timedelta(days=r.randint(0, 3)))
        vals[(x, p)] = (x, p, punt, iso(f))
    insert(c, "valoraciones", sorted(vals.values()))
    done(c)


# ---------------------------------------------------------------------------------------------------- puppetry
GIVEN_UK = [
    "Alice", "Ben", "Clara", "Dominic", "Esme", "Freddie", "Georgia", "Harvey", "Isobel", "Jake", "Kirsty",
    "Lewis", "Martha", "Nathan", "Orla", "Patrick", "Rhiannon", "Seb", "Tilly", "Vikram", "Willow", "Zoe",
    "Callum", "Ffion", "Amara", "Dev",
]  # fmt: skip
FAMILY_UK = [
    "Ashby", "Barker", "Cole", "Dunn", "Ellison", "Frost", "Hale", "Ives", "Jennings", "Kemp", "Lowe", "Mercer",
    "Nash", "Osei", "Parry", "Quinn", "Rees", "Sutton", "Tate", "Vaughan", "Webb", "Yates", "Pritchard", "Hollis",
]  # fmt: skip
# (title, style, min_age, premiered_on, running_minutes, puppets)
PRODUCTIONS = [
    ("The Snow Queen", 0, 5, D(2019, 11, 22), 60,
     ["Gerda", "Kai", "The Snow Queen", "Robber Girl", "Reindeer", "Old Crow", "Grandmother"]),
    ("Pinocchio", 0, 4, D(2017, 3, 10), 55,
     ["Pinocchio", "Geppetto", "The Talking Cricket", "The Fox", "The Cat", "Blue Fairy", "Stromboli"]),
    ("The Owl and the Pussycat", 1, 3, D(2018, 6, 1), 40, ["Owl", "Pussycat", "Piggy-wig", "Turkey"]),
    ("Punch and Judy Tonight", 1, 4, D(2016, 7, 15), 30,
     ["Mr Punch", "Judy", "The Baby", "Joey the Clown", "The Crocodile", "The Constable"]),
    ("Shadows of the Silk Road", 2, 7, D(2021, 10, 8), 65,
     ["Merchant Wu", "Camel", "Princess Lina", "Desert Wind", "Silk Moth", "Caravan Guard"]),
    ("The Little Mermaid", 3, 5, D(2022, 4, 14), 55,
     ["Little Mermaid", "Sea Witch", "The Prince", "Grandmother Mermaid", "Seagull"]),
    ("Hansel and Gretel", 0, 5, D(2015, 12, 4), 50,
     ["Hansel", "Gretel", "The Witch", "Woodcutter", "Stepmother", "White Duck"]),
    ("The Steadfast Tin Soldier", 3, 6, D(2020, 2, 21), 50,
     ["Tin Soldier", "Paper Ballerina", "Goblin in the Box", "Water Rat", "Big Fish"]),
    ("Moon Rabbit", 2, 4, D(2023, 9, 29), 45, ["Moon Rabbit", "Old Monkey", "Red Fox", "Otter", "Sky Emperor"]),
    ("Peter and the Wolf", 3, 5, D(2018, 11, 16), 45,
     ["Peter", "The Wolf", "Grandfather", "Duck", "Little Bird", "Cat", "Hunter"]),
    ("The Selfish Giant", 0, 6, D(2024, 3, 8), 55, ["The Giant", "Little Boy", "Snow", "North Wind", "Hail"]),
    ("Anansi and the Sky God", 3, 5, D(2024, 10, 18), 50,
     ["Anansi", "Nyame", "Onini the Python", "Osebo the Leopard", "Mmoboro Hornets"]),
    ("The Nightingale", 2, 6, D(2025, 2, 14), 50, ["Nightingale", "The Emperor", "Kitchen Maid", "Mechanical Bird"]),
    ("Whale Song", 3, 4, None, 50, ["Grandmother Whale", "Whale Calf", "Fisherman Ola"]),
]  # fmt: skip
# (name, town, capacity, category: 0 theatre, 1 school, 2 library, 3 festival, 4 community hall)
VENUES_PT = [
    ("Tobacco Factory Theatre", "Bristol", 250, 0), ("The Egg", "Bath", 120, 0), ("Redgrave Theatre", "Bristol", 320, 0),
    ("Brewhouse Theatre", "Taunton", 350, 0), ("Cheltenham Playhouse", "Cheltenham", 220, 0),
    ("Lyme Regis Marine Theatre", "Lyme Regis", 180, 0), ("Salisbury Arts Centre", "Salisbury", 200, 0),
    ("St Werburgh's Primary School", "Bristol", 150, 1), ("Ashton Gate Primary", "Bristol", 180, 1),
    ("Oldfield Park Infant School", "Bath", 120, 1), ("Keynsham Primary", "Keynsham", 160, 1),
    ("Clevedon Community School", "Clevedon", 200, 1), ("Portishead Primary", "Portishead", 140, 1),
    ("Frome St John's School", "Frome", 130, 1), ("Bishopston Library", "Bristol", 60, 2),
    ("Central Library Bristol", "Bristol", 90, 2), ("Bath Central Library", "Bath", 70, 2),
    ("Weston Library", "Weston-super-Mare", 60, 2), ("Wells Library", "Wells", 45, 2), ("Frome Library", "Frome", 50, 2),
    ("Bristol Harbour Festival", "Bristol", 400, 3), ("Bath Children's Literature Festival", "Bath", 300, 3),
    ("Frome Festival", "Frome", 250, 3), ("Glastonbury Kidz Field", "Pilton", 500, 3),
    ("Winscombe Village Hall", "Winscombe", 100, 4), ("Chew Magna Old School Rooms", "Chew Magna", 80, 4),
    ("Pensford Memorial Hall", "Pensford", 90, 4), ("Nailsea Tithe Barn", "Nailsea", 110, 4),
    ("Wrington Memorial Hall", "Wrington", 120, 4), ("Congresbury War Memorial Hall", "Congresbury", 100, 4),
]  # fmt: skip
MATERIALS = {0: ["limewood", "papier-mâché", "limewood"], 1: ["felt", "fleece", "latex"], 2: ["card", "leather", "acetate"],
             3: ["foam", "willow and cane", "papier-mâché"]}  # fmt: skip
HEIGHTS = {0: (40, 90), 1: (30, 48), 2: (18, 60), 3: (50, 150)}


def build_puppetry(path: Path) -> None:
    r = random.Random(9202)
    c = fresh_db(
        path,
        """
        CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY);
        CREATE TABLE puppeteers (
            id integer PRIMARY KEY, full_name varchar NOT NULL, email varchar, hired_on date NOT NULL, left_on date,
            day_rate_cents integer NOT NULL, created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE productions (
            id integer PRIMARY KEY, title varchar NOT NULL, style integer NOT NULL DEFAULT 0, min_age integer,
            premiered_on date, running_minutes integer, created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE puppets (
            id integer PRIMARY KEY, name varchar NOT NULL, production_id integer REFERENCES productions(id),
            maker_id integer REFERENCES puppeteers(id), material varchar, height_cm integer, built_on date,
            condition integer NOT NULL DEFAULT 0, created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE venues (
            id integer PRIMARY KEY, name varchar NOT NULL, town varchar, capacity integer,
            category integer NOT NULL DEFAULT 0, created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE performances (
            id integer PRIMARY KEY, production_id integer NOT NULL REFERENCES productions(id),
            venue_id integer NOT NULL REFERENCES venues(id), starts_at datetime NOT NULL,
            status integer NOT NULL DEFAULT 0, audience_count integer, fee_cents integer NOT NULL,
            created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE castings (
            id integer PRIMARY KEY, performance_id integer NOT NULL REFERENCES performances(id),
            puppeteer_id integer NOT NULL REFERENCES puppeteers(id), lead boolean NOT NULL DEFAULT 0,
            created_at datetime NOT NULL, updated_at datetime NOT NULL);
        """,
    )
    insert(c, "schema_migrations", [(v,) for v in (
        "20190104101500", "20190104102230", "20190311093012", "20200617141109", "20211002120044",
        "20230125160730", "20240909111515",
    )])  # fmt: skip
    given = GIVEN_UK[:]
    r.shuffle(given)
    family = FAMILY_UK[:]
    r.shuffle(family)
    pups = []
    for i in range(1, 17):
        name = f"{given[i]} {family[i]}"
        if i <= 3:
            hired = day_between(r, D(2012, 1, 1), D(2015, 12, 31))
        elif i >= 15:
            hired = D(2025, 5, 6) if i == 15 else D(2025, 6, 2)
        else:
            hired = day_between(r, D(2016, 1, 1), D(2024, 9, 30))
        left = None
        if i in (4, 7, 10, 12):
            left = day_between(r, max(hired + dt.timedelta(days=200), D(2023, 3, 1)), D(2025, 4, 30))
        email = None if i == 9 else f"{name.split()[0].lower()}.{name.split()[1].lower()}@pocketlantern.co.uk"
        rate = r.randrange(14000, 22001, 500)
        upd = iso(left) + " 17:05:12" if left else stamp(day_between(r, hired, LAST), r)
        pups.append((i, name, email, iso(hired), None if left is None else iso(left), rate, stamp(hired, r), upd))
    insert(c, "puppeteers", pups)

    def on_staff(d: dt.date) -> list[int]:
        return [p[0] for p in pups if p[3] <= iso(d) and (p[4] is None or p[4] >= iso(d)) and p[0] < 15]

    prods = []
    for i, (title, style, age, prem, mins, _) in enumerate(PRODUCTIONS, 1):
        made = (prem or D(2025, 3, 3)) - dt.timedelta(days=r.randint(120, 300))
        prods.append((i, title, style, age, None if prem is None else iso(prem), mins, stamp(made, r),
                      stamp(day_between(r, made, LAST), r)))  # fmt: skip
    insert(c, "productions", prods)
    puppets = []
    for i, (_, style, _, prem, _, names) in enumerate(PRODUCTIONS, 1):
        for nm in names:
            built = (prem or D(2025, 5, 1)) - dt.timedelta(days=r.randint(20, 200))
            makers = [p[0] for p in pups if p[3] <= iso(built) and (p[4] is None or p[4] >= iso(built))]
            maker = None if (not makers or r.random() < 0.15) else r.choice(makers)
            lo, hi = HEIGHTS[style]
            cond = r.choices([0, 1, 2], weights=[80, 12, 8])[0] if prem is not None else 0
            if nm == "Mr Punch":
                cond = 1
            h = r.randint(lo, hi)
            if nm == "The Giant":
                h = 185
            upd = stamp(day_between(r, built, LAST), r)
            puppets.append((len(puppets) + 1, nm, i, maker, r.choice(MATERIALS[style]), h, iso(built), cond,
                            stamp(built, r), upd))  # fmt: skip
    insert(c, "puppets", puppets)
    venues = []
    for i, (nm, town, cap, cat) in enumerate(VENUES_PT, 1):
        cr = stamp(day_between(r, D(2019, 1, 1), D(2022, 12, 31)), r)
        venues.append((i, nm, town, cap, cat, cr, cr))
    insert(c, "venues", venues)
    fee_range = {0: (60000, 120000), 1: (35000, 45000), 2: (20000, 30000), 3: (80000, 150000), 4: (25000, 40000)}
    perfs = []
    casts = []
    d = D(2023, 1, 6)
    while d <= D(2025, 8, 31):
        n = r.choice([0, 0, 0, 0, 1, 1, 2]) if d.month not in (7, 8) else r.choice([0, 1, 1, 2])
        for _ in range(n):
            if d.month in (7, 8):
                cat = r.choice([0, 3, 3, 4, 2])
            elif d.weekday() < 5:
                cat = r.choice([1, 1, 1, 2, 2, 0])
            else:
                cat = r.choice([0, 0, 4, 4, 2])
            vid = r.choice([v[0] for v in venues if v[4] == cat])
            opts = [p[0] for p in prods if p[4] is not None and p[4] <= iso(d)]
            pid = r.choice(opts[-4:] if r.random() < 0.4 else opts)
            tm = (
                r.choice(["10:00", "10:30", "13:30"])
                if cat in (1, 2)
                else r.choice(["11:00", "14:00", "16:00", "18:30"])
            )
            starts = f"{iso(d)} {tm}:00"
            cap = venues[vid - 1][3]
            if d > LAST:
                status, aud = (2 if r.random() < 0.05 else 0), None
            elif r.random() < 0.07:
                status, aud = 2, None
            else:
                status, aud = 1, r.randint(int(cap * 0.35), cap)
            lo, hi = fee_range[cat]
            fee = r.randrange(lo, hi + 1, 500)
            booked = d - dt.timedelta(days=r.randint(14, 150))
            booked = min(booked, LAST - dt.timedelta(days=r.randint(0, 10)))
            if status == 1:
                upd = stamp(min(LAST, d + dt.timedelta(days=r.randint(0, 3))), r)
            elif status == 2:
                upd = stamp(day_between(r, booked, min(d, LAST)), r)
            else:
                upd = stamp(day_between(r, booked, LAST), r)
            crt = stamp(booked, r)
            if upd < crt:
                upd = crt
            pf = len(perfs) + 1
            perfs.append((pf, pid, vid, starts, status, aud, fee, crt, upd))
            style = prods[pid - 1][2]
            k = {0: r.choice([2, 2, 3]), 1: r.choice([1, 1, 2]), 2: r.choice([3, 3, 4]), 3: r.choice([2, 3, 3, 4])}[
                style
            ]
            staff = on_staff(d)
            chosen = r.sample(staff, min(k, len(staff)))
            for j, who in enumerate(chosen):
                casts.append((len(casts) + 1, pf, who, 1 if j == 0 else 0, crt, crt))
        d += dt.timedelta(days=1)
    insert(c, "performances", perfs)
    insert(c, "castings", casts)
    done(c)


# ---------------------------------------------------------------------------------------------------- jazzclub
GIVEN_US = [
    "Marcus", "Dana", "Terrence", "Lena", "Curtis", "Nia", "Russell", "Alicia", "Darnell", "Grace", "Walter",
    "Monique", "Elliott", "Carmen", "Isaiah", "Ruth", "Jerome", "Tamara", "Vincent", "Hazel", "Quincy", "Yvette",
    "Calvin", "Imani", "Oscar", "Lorraine", "Miles", "Brianna", "Theo", "Delia",
]  # fmt: skip
FAMILY_US = [
    "Whitfield", "Holloway", "Banks", "Okafor", "Pryor", "McCall", "Delgado", "Fontaine", "Greer", "Hayward",
    "Jennings", "Kowalczyk", "Lamont", "Marsh", "Nakamura", "Ortega", "Pettiford", "Reyes", "Sandoval", "Tolliver",
    "Underwood", "Vance", "Washington", "Young", "Zeller", "Abernathy", "Bishop", "Crenshaw",
]  # fmt: skip
INSTRUMENTS = [
    "piano", "piano", "double bass", "double bass", "drums", "drums", "tenor sax", "alto sax", "baritone sax",
    "trumpet", "trumpet", "trombone", "guitar", "vibraphone", "vocals", "vocals", "organ", "clarinet",
]  # fmt: skip
CITIES_US = ["Chicago", "Chicago", "Chicago", "New York", "Detroit", "St. Louis", "New Orleans", "Milwaukee",
             "Minneapolis", "Kansas City"]  # fmt: skip
AGENTS = [
    ("Renee Castellano", "Lakeshore Talent", 15.0), ("Howard Bixby", "Lakeshore Talent", 12.5),
    ("Simone Achebe", "Blue Hour Artists", 15.0), ("Glenn Mayfield", "Mayfield Booking", 10.0),
    ("Patrice Dumont", "Crescent City Music", 12.0), ("Arthur Kessler", "Kessler & Co.", 20.0),
    ("Lydia Fairweather", "Blue Hour Artists", 15.0), ("Omar Haddad", "Northside Agency", 10.0),
]  # fmt: skip
BANDS = ["The Southside Stompers", "Lake Effect", "Blue Ash Collective", "Windy City Big Band", "The Maxwell Street Six",
         "Nightjar", "Low Ceiling", "The Elevated Line", "Prairie Fire Ensemble", "The Pilsen Latin Jazz Orchestra"]  # fmt: skip
STYLES = ["bebop", "swing", "hard bop", "latin", "fusion", "soul jazz", "free", "post-bop"]


def build_jazzclub(path: Path) -> None:
    r = random.Random(9203)
    c = fresh_db(
        path,
        """
        CREATE TABLE agents (
            agentId INTEGER PRIMARY KEY, agentName TEXT NOT NULL, agency TEXT NOT NULL, email TEXT,
            commissionPct REAL NOT NULL);
        CREATE TABLE musicians (
            musicianId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, instrument TEXT NOT NULL, homeCity TEXT,
            unionMember INTEGER NOT NULL DEFAULT 0, phoneNumber TEXT);
        CREATE TABLE artists (
            artistId INTEGER PRIMARY KEY, artistName TEXT NOT NULL, leaderId INTEGER REFERENCES musicians(musicianId),
            homeCity TEXT NOT NULL, musicStyle TEXT NOT NULL, agentId INTEGER REFERENCES agents(agentId));
        CREATE TABLE gigs (
            gigId INTEGER PRIMARY KEY, artistId INTEGER NOT NULL REFERENCES artists(artistId), gigDate TEXT NOT NULL,
            doorsTime TEXT NOT NULL, room TEXT NOT NULL, ticketPriceCents INTEGER NOT NULL,
            capacity INTEGER NOT NULL, gigStatus TEXT NOT NULL);
        CREATE TABLE gigLineup (
            gigId INTEGER NOT NULL REFERENCES gigs(gigId), musicianId INTEGER NOT NULL REFERENCES musicians(musicianId),
            feeCents INTEGER NOT NULL, PRIMARY KEY (gigId, musicianId));
        CREATE TABLE ticketSales (
            saleId INTEGER PRIMARY KEY, gigId INTEGER NOT NULL REFERENCES gigs(gigId), soldAt TEXT NOT NULL,
            quantity INTEGER NOT NULL, totalCents INTEGER NOT NULL, salesChannel TEXT NOT NULL,
            refunded INTEGER NOT NULL DEFAULT 0);
        """,
    )
    insert(c, "agents", [(i, n, a, f"{n.split()[0].lower()}@{a.split()[0].lower()}.com", p)
                         for i, (n, a, p) in enumerate(AGENTS, 1)])  # fmt: skip
    pool = [f"{g} {f}" for g in GIVEN_US for f in FAMILY_US]
    r.shuffle(pool)
    musicians = []
    for i in range(1, 131):
        inst = INSTRUMENTS[i % len(INSTRUMENTS)] if i <= 110 else r.choice(INSTRUMENTS)
        phone = None if r.random() < 0.3 else f"(312) 555-{r.randint(1000, 9999)}"
        musicians.append((i, pool[i], inst, r.choice(CITIES_US), 1 if r.random() < 0.55 else 0, phone))
    insert(c, "musicians", musicians)
    by_inst: dict[str, list[int]] = {}
    for m in musicians:
        by_inst.setdefault(m[2], []).append(m[0])
    # a few sax players who have never been booked
    idle = [m for m in by_inst["tenor sax"] + by_inst["alto sax"] + by_inst["baritone sax"]][-4:]
    artists = []
    core: dict[int, list[int]] = {}
    leaders = [m[0] for m in musicians if m[2] in ("piano", "tenor sax", "alto sax", "trumpet", "vocals", "guitar",
                                                  "organ", "vibraphone", "trombone") and m[0] not in idle]  # fmt: skip
    r.shuffle(leaders)
    for i in range(1, 51):
        lead = leaders[i]
        if i <= len(BANDS):
            name = BANDS[i - 1]
            size = r.randint(5, 8)
        else:
            size = r.randint(2, 5)
            suffix = {2: "Duo", 3: "Trio", 4: "Quartet", 5: "Quintet"}[size]
            name = (
                musicians[lead - 1][1] if musicians[lead - 1][2] == "vocals" else f"{musicians[lead - 1][1]} {suffix}"
            )
        members = [lead]
        need = ["double bass", "drums", "piano", "tenor sax", "trumpet", "guitar", "alto sax", "trombone"]
        for inst in need:
            if len(members) >= size:
                break
            cand = [m for m in by_inst[inst] if m not in members and m not in idle]
            members.append(r.choice(cand))
        core[i] = members
        city = musicians[lead - 1][3] if r.random() < 0.7 else r.choice(CITIES_US)
        style = "big band" if "Big Band" in name or "Orchestra" in name else r.choice(STYLES)
        if name == "The Pilsen Latin Jazz Orchestra":
            style = "latin"
        agent = None if r.random() < 0.2 else r.choices(range(1, 9), weights=[6, 3, 4, 3, 2, 2, 2, 1])[0]
        artists.append((i, name, lead, city, style, agent))
    insert(c, "artists", artists)
    gigs = []
    lineup = []
    sales = []
    d = D(2024, 1, 4)
    while d <= D(2025, 8, 31):
        rooms = []
        if d.weekday() in (3, 4, 5, 6) and r.random() < 0.7:
            rooms.append(("Main Room", 90))
        if d.weekday() in (4, 5) and r.random() < 0.35:
            rooms.append(("Basement", 45))
        for room, cap in rooms:
            g = len(gigs) + 1
            art = r.randint(1, 50) if room == "Main Room" else r.randint(11, 50)
            if room == "Main Room":
                price = r.choice([2500, 3000, 3000, 3500, 4000, 4500])
                doors = r.choice(["19:00", "19:00", "19:30", "21:30"])
            else:
                price = r.choice([1500, 2000, 2000, 2500])
                doors = "20:00"
            if d <= LAST:
                status = "cancelled" if r.random() < 0.05 else "played"
            elif d > D(2025, 8, 10):
                status = "on hold"
            else:
                status = "sold out" if r.random() < 0.3 else "on sale"
            gigs.append((g, art, iso(d), doors, room, price, cap, status))
            lead = core[art][0]
            for m in core[art]:
                fee = r.randrange(40000, 80001, 2500) if m == lead else r.randrange(15000, 30001, 2500)
                lineup.append((g, m, fee))
            if r.random() < 0.12:
                guest = r.choice([m[0] for m in musicians if m[0] not in core[art] and m[0] not in idle])
                lineup.append((g, guest, r.randrange(15000, 30001, 2500)))
            if status == "on hold":
                continue
            if status == "sold out":
                target = cap
            elif status == "on sale":
                target = int(cap * r.uniform(0.1, 0.7))
            else:
                target = int(cap * r.uniform(0.35, 1.0))
            sold = 0
            while sold < target:
                q = min(target - sold, r.choices([1, 2, 3, 4, 5, 6], weights=[3, 8, 2, 4, 1, 1])[0])
                ch = r.choices(["online", "box office", "phone"], weights=[6, 3, 1.5])[0]
                when = d - dt.timedelta(days=0 if ch == "box office" and r.random() < 0.7 else r.randint(1, 60))
                when = min(when, LAST)
                t = f"{iso(when)} {r.randint(9, 22):02d}:{r.randint(0, 59):02d}"
                ref = 1 if status == "cancelled" else (1 if r.random() < 0.02 else 0)
                sales.append((0, g, t, q, q * price, ch, ref))
                sold += q
        d += dt.timedelta(days=1)
    sales.sort(key=lambda s: (s[2], s[1]))
    sales = [(i, *s[1:]) for i, s in enumerate(sales, 1)]
    insert(c, "gigs", gigs)
    insert(c, "gigLineup", lineup)
    insert(c, "ticketSales", sales)
    done(c)


# ---------------------------------------------------------------------------------------------------- podnetwork
CATEGORIES = [
    ("Comedy", None), ("True Crime", None), ("Business", None), ("Society & Culture", None), ("Sports", None),
    ("Arts", None), ("Science", None), ("Improv", 1), ("Comedy Interviews", 1), ("Investing", 3), ("Careers", 3),
    ("Entrepreneurship", 3), ("Documentary", 4), ("Football", 5), ("Running", 5), ("Books", 6), ("Film Reviews", 6),
    ("Food", 6),
]  # fmt: skip
# (title, host, category_id, launched_on, release_schedule, explicit, popularity)
SHOWS = [
    ("Laugh Track Therapy", "Dee Marchetti", 1, D(2019, 5, 6), "weekly", 1, 9000),
    ("The Improv Hour", "Sam Okonjo", 8, D(2021, 2, 1), "weekly", 1, 4000),
    ("Sofa Talk with Jen Adebayo", "Jen Adebayo", 9, D(2020, 9, 14), "weekly", 0, 12000),
    ("Two Drinks In", "Rory Beckett", 9, D(2022, 6, 3), "fortnightly", 1, 6000),
    ("Cold Case Kitchen", "Maria Lindqvist", 2, D(2018, 10, 2), "weekly", 0, 22000),
    ("The Vanishing Hour", "Colin Ashdown", 2, D(2021, 8, 19), "weekly", 1, 15000),
    ("Paper Trail", "Annika Stroud", 2, D(2023, 3, 7), "fortnightly", 0, 8000),
    ("Small Cap Sundays", "Victor Huang", 10, D(2020, 1, 12), "weekly", 0, 5000),
    ("Money on the Table", "Priya Raman", 10, D(2019, 3, 4), "weekly", 0, 11000),
    ("The Side Hustle Lab", "Jordan Ellis", 12, D(2021, 11, 1), "fortnightly", 0, 7000),
    ("Nine to Thrive", "Keisha Barnes", 11, D(2022, 1, 10), "weekly", 0, 4500),
    ("Founders at Breakfast", "Tom Whitcombe", 12, D(2023, 6, 5), "weekly", 0, 3500),
    ("Hidden Histories", "Grace Ndlovu", 13, D(2017, 4, 2), "fortnightly", 0, 14000),
    ("The Long Read Aloud", "Hugo Fairbanks", 16, D(2020, 3, 30), "monthly", 0, 3000),
    ("Second Reel", "Lena Park and Ollie Brand", 17, D(2019, 9, 9), "weekly", 1, 6500),
    ("Mise en Place", "Antoine Brel", 18, D(2022, 2, 14), "fortnightly", 0, 5500),
    ("Full Time Whistle", "Danny Oduya", 14, D(2018, 8, 10), "weekly", 1, 10000),
    ("Matchday Mondays", "Kerry Walsh", 14, D(2023, 8, 7), "weekly", 0, 4000),
    ("The Long Run", "Freya Holt", 15, D(2020, 4, 1), "fortnightly", 0, 3500),
    ("Park Run Diaries", "Ben Castellanos", 15, D(2022, 9, 3), "monthly", 0, 2000),
    ("Quantum Coffee", "Dr Nadia Sorensen", 7, D(2021, 5, 17), "weekly", 0, 9500),
    ("Brain Snacks", "Ivo Petrakis", 7, D(2023, 1, 9), "fortnightly", 1, 3000),
    ("Neighbourhood Watch", "Ruth Abara", 4, D(2022, 10, 4), "weekly", 0, 5000),
    ("Overheard on the Bus", "Mo Rahimi", 4, D(2021, 7, 7), "fortnightly", 1, 4500),
]  # fmt: skip
ENDED = {"Park Run Diaries": D(2024, 11, 2), "The Improv Hour": D(2024, 6, 24)}
HIATUS = {"Nine to Thrive": D(2025, 2, 17), "Brain Snacks": D(2025, 2, 24)}
TOPICS = [
    "The Long Goodbye", "Starting Over", "Behind the Curtain", "What Nobody Tells You", "Second Chances",
    "The Numbers Game", "Out of Office", "A Matter of Trust", "Lost and Found", "The Big Question", "Small Wins",
    "Under Pressure", "Loose Ends", "The Comeback", "Night Shift", "Off the Record", "Mailbag", "Live from Austin",
    "Best of the Year", "Listener Questions", "Deep Dive", "Rapid Fire", "Unfinished Business", "Fresh Start",
]  # fmt: skip
ADVERTISERS = [
    ("Brightline Bank", "finance"), ("SnoozeWell Mattresses", "home"), ("Kettle & Crumb", "food"),
    ("TrailPeak Outdoor", "retail"), ("Ledgerly", "finance"), ("Fernway Meal Kits", "food"),
    ("Northwind VPN", "technology"), ("Clearpath Learning", "education"), ("Harbor Mutual Insurance", "finance"),
    ("Mosaic Health", "health"), ("Orbit Mobile", "telecom"), ("Velo Coffee Roasters", "food"),
    ("Stride Running Co.", "retail"), ("Pagewise Audiobooks", "media"), ("Greenleaf Grocers", "food"),
    ("Crestview Credit Union", "finance"), ("Sparrow Software", "technology"), ("Bloom & Root", "home"),
    ("Atlas Car Insurance", "finance"), ("Lumen Eyewear", "retail"), ("Hive Coworking", "real estate"),
    ("Tidy Home Services", "home"), ("PocketTax", "finance"), ("Nimbus Cloud Backup", "technology"),
    ("Cadence Fitness", "health"), ("Wayfarer Luggage", "retail"), ("Quill Stationery", "retail"),
    ("Saltmarsh Distillery", "drinks"), ("Fable Kids Books", "media"), ("Ironclad Security", "technology"),
]  # fmt: skip
NO_CAMPAIGN = {"Quill Stationery", "Fable Kids Books", "Ironclad Security", "Tidy Home Services"}


def build_podnetwork(path: Path) -> None:
    r = random.Random(9204)
    c = fresh_db(
        path,
        """
        CREATE TABLE categories (
            category_id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            parent_id INTEGER REFERENCES categories(category_id));
        CREATE TABLE shows (
            show_id INTEGER PRIMARY KEY, title TEXT NOT NULL, host_name TEXT NOT NULL,
            category_id INTEGER NOT NULL REFERENCES categories(category_id), launched_on TEXT NOT NULL,
            ended_on TEXT, release_schedule TEXT NOT NULL, is_explicit INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE episodes (
            episode_id INTEGER PRIMARY KEY, show_id INTEGER NOT NULL REFERENCES shows(show_id),
            episode_no INTEGER NOT NULL, title TEXT NOT NULL, published_on TEXT NOT NULL,
            duration_sec INTEGER NOT NULL, downloads_30d INTEGER);
        CREATE TABLE advertisers (
            advertiser_id INTEGER PRIMARY KEY, company TEXT NOT NULL, industry TEXT NOT NULL, contact_email TEXT);
        CREATE TABLE campaigns (
            campaign_id INTEGER PRIMARY KEY, advertiser_id INTEGER NOT NULL REFERENCES advertisers(advertiser_id),
            campaign_name TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, budget_usd REAL NOT NULL,
            cpm_usd REAL NOT NULL, status TEXT NOT NULL);
        CREATE TABLE ad_spots (
            spot_id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(campaign_id),
            episode_id INTEGER NOT NULL REFERENCES episodes(episode_id), slot TEXT NOT NULL,
            host_read INTEGER NOT NULL DEFAULT 0, impressions INTEGER);
        """,
    )
    insert(c, "categories", [(i, n, p) for i, (n, p) in enumerate(CATEGORIES, 1)])
    shows = []
    for i, (t, h, cat, launched, sched, expl, _) in enumerate(SHOWS, 1):
        end = ENDED.get(t)
        shows.append((i, t, h, cat, iso(launched), None if end is None else iso(end), sched, expl))
    insert(c, "shows", shows)
    episodes = []
    step = {"weekly": 7, "fortnightly": 14, "monthly": 28}
    for i, (t, _, _, launched, sched, _, pop) in enumerate(SHOWS, 1):
        stop = min(LAST, ENDED.get(t, LAST), HIATUS.get(t, LAST))
        n = max(0, (D(2023, 1, 1) - launched).days // step[sched])
        d = launched + dt.timedelta(days=step[sched] * n)
        while d < D(2023, 1, 1):
            d += dt.timedelta(days=step[sched])
            n += 1
        topics = TOPICS[:]
        r.shuffle(topics)
        while d <= stop:
            if t != "Cold Case Kitchen" and r.random() < 0.07:  # a week off (never for the flagship)
                d += dt.timedelta(days=step[sched])
                continue
            n += 1
            dl = None if d > D(2025, 5, 15) else int(pop * r.uniform(0.6, 1.5) * (1 + (d.year - 2023) * 0.12))
            title = f"{n}. {topics[n % len(topics)]}"
            dur = r.randint(25, 80) * 60 + r.randint(0, 59)
            episodes.append((len(episodes) + 1, i, n, title, iso(d), dur, dl))
            d += dt.timedelta(days=step[sched])
    insert(c, "episodes", episodes)
    advs = []
    for i, (co, ind) in enumerate(ADVERTISERS, 1):
        mail = None if i % 6 == 0 else f"ads@{co.lower().replace(' ', '').replace('&', 'and').replace('.', '')}.com"
        advs.append((i, co, ind, mail))
    insert(c, "advertisers", advs)
    actives = [a[0] for a in advs if a[1] not in NO_CAMPAIGN]
    camps = []
    spots = []
    seasons = ["New Year", "New Year", "Spring Push", "Spring Push", "Spring Push", "Summer Sale", "Summer Sale",
               "Back to School", "Back to School", "Brand Awareness", "Holiday", "Holiday"]  # fmt: skip
    names_used: list[str] = []
    for k in range(1, 73):
        adv = actives[(k - 1) % len(actives)] if k <= len(actives) else r.choice(actives)
        if k > 60:
            start = day_between(r, D(2025, 3, 20), D(2025, 7, 20))
        else:
            start = day_between(r, D(2023, 1, 9), D(2025, 3, 1))
        end = start + dt.timedelta(days=r.choice([28, 42, 56, 60, 90, 120]))
        if end < TODAY:
            status = "cancelled" if r.random() < 0.06 else "completed"
        elif start <= LAST:
            status = "on-hold" if r.random() < 0.3 else "in-flight"
        else:
            status = "pre-launch"
        budget = float(r.randrange(2000, 30001, 250))
        cpm = float(r.choice([18, 20, 22, 25, 25, 28, 30, 35]))
        name = f"{advs[adv - 1][1]} {seasons[start.month - 1]} {start.year}"
        if name in names_used:
            name += " (2)"
        names_used.append(name)
        camps.append((k, adv, name, iso(start), iso(end), budget, cpm, status))
        if status == "pre-launch":
            continue
        last = min(end, LAST)
        if status == "cancelled":
            last = start + dt.timedelta(days=(end - start).days // 3)
        if status == "on-hold":
            last = start + dt.timedelta(days=max(1, ((LAST - start).days * 2) // 3))
        targets = r.sample(range(1, len(SHOWS) + 1), r.randint(2, 5))
        eps = [e for e in episodes if e[1] in targets and iso(start) <= e[4] <= iso(last)]
        for e in r.sample(eps, min(len(eps), r.randint(8, 45))):
            slot = r.choices(["pre-roll", "mid-roll", "post-roll"], weights=[4, 5, 2])[0]
            host = 1 if (slot == "mid-roll" and r.random() < 0.7) or r.random() < 0.15 else 0
            base = e[6] if e[6] is not None else int(SHOWS[e[1] - 1][6] * r.uniform(0.3, 0.8))
            imp = int(base * r.uniform(0.55, 0.95))
            spots.append((len(spots) + 1, k, e[0], slot, host, imp))
    insert(c, "campaigns", camps)
    insert(c, "ad_spots", spots)
    done(c)


# ---------------------------------------------------------------------------------------------------- museumloans
INSTITUTIONS = [
    ("Rijksmuseum", "Amsterdam", "Netherlands", "Y"), ("Musée d'Orsay", "Paris", "France", "Y"),
    ("National Galleries of Scotland", "Edinburgh", "United Kingdom", "Y"), ("Ashmolean Museum", "Oxford", "United Kingdom", "Y"),
    ("The Hepworth Wakefield", "Wakefield", "United Kingdom", "Y"), ("Whitby Museum", "Whitby", "United Kingdom", "Y"),
    ("Yorkshire Museum", "York", "United Kingdom", "Y"), ("Manchester Art Gallery", "Manchester", "United Kingdom", "Y"),
    ("Walker Art Gallery", "Liverpool", "United Kingdom", "Y"), ("Laing Art Gallery", "Newcastle upon Tyne", "United Kingdom", "Y"),
    ("Fitzwilliam Museum", "Cambridge", "United Kingdom", "Y"), ("Holburne Museum", "Bath", "United Kingdom", "Y"),
    ("National Museum Cardiff", "Cardiff", "United Kingdom", "Y"), ("Ulster Museum", "Belfast", "United Kingdom", "Y"),
    ("Kunsthalle Bremen", "Bremen", "Germany", "Y"), ("Statens Museum for Kunst", "Copenhagen", "Denmark", "Y"),
    ("Museo Nacional Thyssen-Bornemisza", "Madrid", "Spain", "Y"), ("The Morgan Library & Museum", "New York", "United States", "Y"),
    ("Yale Center for British Art", "New Haven", "United States", "Y"), ("Art Gallery of Ontario", "Toronto", "Canada", "Y"),
    ("National Gallery of Ireland", "Dublin", "Ireland", "Y"), ("Ryedale Folk Museum", "Hutton-le-Hole", "United Kingdom", "Y"),
    ("Saltaire Heritage Rooms", "Saltaire", "United Kingdom", "N"), ("Calder Valley Arts Trust", "Hebden Bridge", "United Kingdom", "N"),
    ("The Brontë Parsonage Museum", "Haworth", "United Kingdom", "Y"), ("Halifax Piece Hall Gallery", "Halifax", "United Kingdom", "N"),
    ("Kunstmuseum Den Haag", "The Hague", "Netherlands", "Y"), ("Musée des Beaux-Arts de Lyon", "Lyon", "France", "Y"),
    ("Skipton Craven Museum", "Skipton", "United Kingdom", "Y"), ("Harrogate Mercer Gallery", "Harrogate", "United Kingdom", "Y"),
    ("Ilkley Manor House", "Ilkley", "United Kingdom", "N"), ("Natural History Museum", "London", "United Kingdom", "Y"),
]  # fmt: skip
# (name, job title, manager id)
STAFF_ML = [
    ("Fiona Marchbank", "Director", None), ("Rupert Okoye", "Head of Collections", 1),
    ("Sanjay Mehta", "Head of Exhibitions", 1), ("Helen Baxter", "Senior Registrar", 2), ("Tom Rigby", "Registrar", 4),
    ("Niamh Doyle", "Assistant Registrar", 4), ("Ewa Kowalska", "Senior Conservator", 2),
    ("Joel Hartmann", "Paper Conservator", 7), ("Aisha Rahman", "Objects Conservator", 7),
    ("Bethan Pryce", "Textile Conservator", 7), ("Marcus Fell", "Curator of Fine Art", 3),
    ("Lucy Tennant", "Curator of Decorative Arts", 3), ("Kwame Asante", "Curator of Archaeology", 3),
    ("Ingrid Solberg", "Curator of Natural History", 3), ("Alex Moreno", "Curator of Photography", 3),
    ("Gary Nuttall", "Collections Technician", 4), ("Priya Sandhu", "Collections Technician", 4),
    ("Megan Hollis", "Exhibitions Officer", 3),
]  # fmt: skip
FINE_ART = [
    ("John Atkinson Grimshaw", "oil on canvas", 1850, 1893), ("L. S. Lowry", "oil on canvas", 1920, 1965),
    ("Laura Knight", "oil on canvas", 1905, 1960), ("Gwen John", "oil on board", 1900, 1935),
    ("William Etty", "oil on canvas", 1815, 1849), ("J. M. W. Turner", "watercolour on paper", 1795, 1845),
    ("David Cox", "watercolour on paper", 1810, 1855), ("Walter Sickert", "oil on canvas", 1885, 1940),
    ("Vanessa Bell", "oil on canvas", 1910, 1960), ("Paul Nash", "oil on canvas", 1912, 1946),
    ("John Piper", "gouache on paper", 1935, 1985), ("Winifred Nicholson", "oil on board", 1920, 1980),
    ("Barbara Hepworth", "bronze", 1935, 1975), ("Henry Moore", "bronze", 1930, 1985),
]  # fmt: skip
FA_PLACES = ["The Harbour at {p}", "Moonlight on the Quay, {p}", "Mill Chimneys, {p}", "Street Scene, {p}",
             "Moorland near {p}", "The Canal at {p}", "Fishing Boats at {p}", "Market Day, {p}", "Storm over {p}",
             "The Old Bridge, {p}", "Snow at {p}", "Evening, {p}"]  # fmt: skip
FA_SUBJECTS = ["Portrait of a Young Woman", "Self-Portrait", "Still Life with Lemons", "Girl Reading", "The Red Barn",
               "Woman in a Blue Hat", "Flowers in a Jug", "Interior with Cat", "Head of a Girl", "Winter Trees",
               "The Bathers", "The Viaduct", "Seated Woman in Grey", "The Artist's Mother", "Tulips in a Window",
               "Boy with a Kite", "The Blue Door", "Sunday Morning", "Two Sisters", "The Conversation",
               "Allotments in Spring", "Woman Sewing"]  # fmt: skip
DECO = [
    ("jasperware vase", "Josiah Wedgwood and Sons", "stoneware"), ("Florian ware bowl", "William Moorcroft", "earthenware"),
    ("Strawberry Thief textile", "Morris & Co.", "printed cotton"), ("Bizarre ware tea set", "Clarice Cliff", "earthenware"),
    ("lustreware jug", None, "earthenware"), ("silver tea service", "Hukin & Heath", "silver"),
    ("Cymric clock", "Liberty & Co.", "silver and enamel"), ("longcase clock", "Thomas Lister of Halifax", "oak and brass"),
    ("stained glass panel", "Morris & Co.", "glass and lead"), ("Arts and Crafts cabinet", "Ernest Gimson", "walnut"),
    ("sampler", None, "silk on linen"), ("Rockingham teapot", "Rockingham Works", "porcelain"),
    ("Doulton stoneware vase", "Royal Doulton", "stoneware"), ("pressed glass dish", "Sowerby's Ellison Glass Works", "glass"),
]  # fmt: skip
ARCH = [
    ("Roman coin hoard", "c. 270 AD", "silver"), ("Bronze Age axe head", "c. 1500 BC", "bronze"),
    ("Anglo-Saxon disc brooch", "c. 650 AD", "gold and garnet"), ("Roman glass flask", "c. 100 AD", "glass"),
    ("Iron Age torc", "c. 100 BC", "gold"), ("medieval pilgrim badge", "c. 1400", "pewter"),
    ("Neolithic flint arrowhead", "c. 3000 BC", "flint"), ("Roman altar stone", "c. 200 AD", "sandstone"),
    ("Viking arm ring", "c. 900 AD", "silver"), ("Roman samian bowl", "c. 150 AD", "pottery"),
]  # fmt: skip
NATHIST = [
    ("Guillemot egg set", "eggshell"), ("Ichthyosaur skeleton", "fossil"), ("Mounted golden eagle", "taxidermy"),
    ("Ammonite (Dactylioceras)", "fossil"), ("Drawer of British beetles", "insect specimens"),
    ("Herbarium sheet, lady's slipper orchid", "pressed plant"), ("Blue John vase", "fluorite"),
    ("Mounted otter", "taxidermy"), ("Whitby jet specimen", "jet"), ("Skull of an aurochs", "bone"),
]  # fmt: skip
PHOTO = [
    ("Frank Meadow Sutcliffe", "albumen print", 1875, 1910), ("Julia Margaret Cameron", "albumen print", 1864, 1875),
    ("Bill Brandt", "gelatin silver print", 1930, 1970), ("Fay Godwin", "gelatin silver print", 1970, 1995),
    ("Martin Parr", "chromogenic print", 1975, 2010), ("Don McCullin", "gelatin silver print", 1960, 2000),
]  # fmt: skip
PH_SUBJECTS = ["Water Rats", "Fishermen on the Pier", "Mill Girls", "Northern Coal Miner", "Halifax Rooftops",
               "The Last Resort", "Remains of Elmet", "Portrait of a Child", "Beach at New Brighton", "Flooded Moor",
               "Shipbuilders", "Sunday Afternoon", "Women at the Well", "Snow on the Pennines"]  # fmt: skip
EXHIBITIONS = ["Northern Light", "The Sea and the Shore", "Made in Yorkshire", "Women Artists of the North",
               "Industry and Idyll", "Roman Britain Revealed", "Arts and Crafts at Home", "Fossil Coast",
               "Victorian Nights", "Modern British Sculpture", "Turner and the North", "The Photographer's Eye",
               "Treasures of the Dales", "Lowry and His Contemporaries", "Textiles of the Industrial Age"]  # fmt: skip


def build_museumloans(path: Path) -> None:
    r = random.Random(9205)
    c = fresh_db(
        path,
        """
        CREATE TABLE Institutions (
            InstitutionID INTEGER PRIMARY KEY, InstitutionName TEXT NOT NULL, City TEXT NOT NULL,
            Country TEXT NOT NULL, IsAccredited TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE Staff (
            StaffID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, JobTitle TEXT NOT NULL,
            ManagerID INTEGER REFERENCES Staff(StaffID), Email TEXT NOT NULL, StartDate TEXT NOT NULL);
        CREATE TABLE Objects (
            ObjectID INTEGER PRIMARY KEY, AccessionNumber TEXT NOT NULL UNIQUE, Title TEXT NOT NULL, Maker TEXT,
            DateMade TEXT, Medium TEXT, Department TEXT NOT NULL, InsuranceValueGBP INTEGER NOT NULL,
            IsFragile TEXT NOT NULL DEFAULT 'N', OwnerInstitutionID INTEGER REFERENCES Institutions(InstitutionID));
        CREATE TABLE Loans (
            LoanID INTEGER PRIMARY KEY, LoanRef TEXT NOT NULL UNIQUE, Direction TEXT NOT NULL,
            InstitutionID INTEGER NOT NULL REFERENCES Institutions(InstitutionID), ExhibitionTitle TEXT NOT NULL,
            RequestDate TEXT NOT NULL, StartDate TEXT NOT NULL, EndDate TEXT NOT NULL, ReturnedDate TEXT,
            Status TEXT NOT NULL, RegistrarID INTEGER REFERENCES Staff(StaffID));
        CREATE TABLE LoanObjects (
            LoanID INTEGER NOT NULL REFERENCES Loans(LoanID), ObjectID INTEGER NOT NULL REFERENCES Objects(ObjectID),
            ConditionOnReturn TEXT, PRIMARY KEY (LoanID, ObjectID));
        CREATE TABLE Couriers (
            LoanID INTEGER NOT NULL REFERENCES Loans(LoanID), StaffID INTEGER NOT NULL REFERENCES Staff(StaffID),
            Leg TEXT NOT NULL, TravelDate TEXT NOT NULL, PRIMARY KEY (LoanID, StaffID, Leg));
        CREATE TABLE ConditionReports (
            ReportID INTEGER PRIMARY KEY, ObjectID INTEGER NOT NULL REFERENCES Objects(ObjectID),
            StaffID INTEGER NOT NULL REFERENCES Staff(StaffID), ReportDate TEXT NOT NULL, Grade INTEGER NOT NULL,
            Notes TEXT);
        """,
    )
    insert(c, "Institutions", [(i, *x) for i, x in enumerate(INSTITUTIONS, 1)])
    staff = []
    for i, (n, job, mgr) in enumerate(STAFF_ML, 1):
        mail = n.lower().replace(" ", ".") + "@calderbridgemuseum.org.uk"
        staff.append((i, n, job, mgr, mail, iso(day_between(r, D(2004, 1, 1), D(2022, 6, 30)))))
    insert(c, "Staff", staff)
    objs: list[tuple] = []
    seen_titles: list[str] = []

    def add(title: str, maker: str | None, made: str, medium: str, dept: str, value: int, fragile: str,
            owner: int | None, prefix: str) -> None:  # fmt: skip
        oid = len(objs) + 1
        if title in seen_titles:
            k = 2
            while f"{title} ({k})" in seen_titles:
                k += 1
            title = f"{title} ({k})"
        seen_titles.append(title)
        year = r.randint(1948, 2019)
        acc = f"{year}.{r.randint(1, 240)}.{oid}" if owner is None else f"{prefix}-{oid:04d}"
        objs.append((oid, acc, title, maker, made, medium, dept, value, fragile, owner))

    towns = ["Whitby", "Staithes", "Runswick", "Halifax", "Haworth", "Hebden Bridge", "Scarborough", "Knaresborough",
             "Ilkley", "Calderbridge", "Saltaire", "Robin Hood's Bay", "Sowerby Bridge", "Todmorden"]  # fmt: skip
    fa_titles = [t.format(p=p) for t in FA_PLACES for p in towns]
    r.shuffle(fa_titles)
    fa_titles = ["The Harbour at Whitby", *[t for t in fa_titles if t != "The Harbour at Whitby"]]
    portraits = FA_SUBJECTS[:]
    for k in range(90):
        artist, medium, y0, y1 = FINE_ART[k % len(FINE_ART)]
        yr = r.randint(y0, y1)
        if artist in ("Barbara Hepworth", "Henry Moore"):
            subj = f"{r.choice(['Reclining Figure', 'Seated Figure', 'Single Form', 'Mother and Child'])}, {yr}"
        elif k % 4 == 3 and portraits:
            subj = portraits.pop()
        else:
            subj = fa_titles.pop(0)
        value = int(round(r.lognormvariate(11.3, 1.0), -3))
        if k == 0:
            value = 3_400_000
        add(subj, artist, str(yr), medium, "Fine Art", max(value, 2000),
            "Y" if "watercolour" in medium or "gouache" in medium else "N", None, "")  # fmt: skip
    for k in range(80):
        obj, maker, medium = DECO[k % len(DECO)]
        yr = r.randint(1780, 1935)
        add(
            f"{obj.capitalize()}, {yr}",
            maker,
            str(yr),
            medium,
            "Decorative Arts",
            int(round(r.lognormvariate(8.8, 0.9), -2)),
            "Y" if medium in ("porcelain", "glass", "glass and lead", "earthenware", "silk on linen") else "N",
            None,
            "",
        )
    places = ["Ilkley", "Castleford", "Aldborough", "Malton", "Catterick", "Wetherby", "Tadcaster", "Ripon", "Elslack",
              "Stanwick", "Adel", "Slack"]  # fmt: skip
    arch = [(f"{obj} from {p}", made, medium) for obj, made, medium in ARCH for p in places]
    r.shuffle(arch)
    for _ in range(70):
        title, made, medium = arch.pop()
        add(title, None, made, medium, "Archaeology", int(round(r.lognormvariate(8.5, 1.1), -2)),
            "Y" if medium in ("glass", "pottery") else "N", None, "")  # fmt: skip
    coast = ["Whitby", "Robin Hood's Bay", "Filey", "Flamborough", "Malham", "Ingleborough", "Settle", "Grassington",
             "Kettleness", "Saltwick Bay"]  # fmt: skip
    nat = [(f"{obj}, {p}", medium) for obj, medium in NATHIST for p in coast]
    r.shuffle(nat)
    for _ in range(55):
        title, medium = nat.pop()
        add(
            title,
            None,
            None,
            medium,
            "Natural History",
            int(round(r.lognormvariate(7.8, 1.0), -2)),
            "Y" if medium in ("eggshell", "taxidermy", "pressed plant", "insect specimens") else "N",
            None,
            "",
        )
    for k in range(55):
        ph, medium, y0, y1 = PHOTO[k % len(PHOTO)]
        yr = r.randint(y0, y1)
        add(
            f"{PH_SUBJECTS[k % len(PH_SUBJECTS)]}, {yr}",
            ph,
            str(yr),
            medium,
            "Photography",
            int(round(r.lognormvariate(8.2, 0.8), -2)),
            "Y" if medium == "albumen print" else "N",
            None,
            "",
        )
    own = len(objs)
    # borrowed objects, owned by the lender
    lenders = [1, 2, 3, 4, 5, 6, 7, 11, 15, 19, 25, 32]
    borrowed_by: dict[int, list[int]] = {}
    for k in range(48):
        lender = lenders[k % len(lenders)]
        if k % 3 == 0:
            artist, medium, y0, y1 = r.choice(FINE_ART[:11])
            add(fa_titles.pop(0), artist, str(r.randint(y0, y1)), medium, "Fine Art",
                int(round(r.lognormvariate(11.0, 0.8), -3)), "N", lender, "LN")  # fmt: skip
        elif k % 3 == 1:
            title, made, medium = arch.pop()
            add(title, None, made, medium, "Archaeology", int(round(r.lognormvariate(8.5, 1.0), -2)), "N", lender, "LN")
        else:
            title, medium = nat.pop()
            add(title, None, None, medium, "Natural History", int(round(r.lognormvariate(8.0, 1.0), -2)), "N", lender,
                "LN")  # fmt: skip
        borrowed_by.setdefault(lender, []).append(len(objs))
    insert(c, "Objects", objs)
    stars = [o[0] for o in objs[:own] if r.random() < 0.12]
    loans = []
    lobjs = []
    couriers = []
    out_inst = [i for i in range(1, len(INSTITUTIONS) + 1)]
    overdue_left = 3
    for k in range(1, 96):
        start = day_between(r, D(2022, 3, 1), D(2025, 11, 30))
        end = start + dt.timedelta(days=r.choice([91, 120, 150, 183, 240]))
        req = start - dt.timedelta(days=r.randint(120, 330))
        if req > LAST:
            start = start - (req - LAST) - dt.timedelta(days=30)
            end = start + dt.timedelta(days=150)
            req = LAST - dt.timedelta(days=30)
        inst = r.choice(out_inst)
        returned = None
        if r.random() < 0.1 and req < D(2025, 5, 1):
            status = "Declined"
        elif start > LAST:
            status = "Approved" if r.random() < 0.6 or req < D(2025, 1, 1) else "Requested"
        elif end > LAST:
            status = "On Loan"
        elif overdue_left and end > D(2025, 3, 1):
            status = "On Loan"
            overdue_left -= 1
        else:
            status = "Returned"
            returned = min(LAST, end + dt.timedelta(days=r.randint(0, 18)))
        ref = f"OUT-{start.year}-{k:03d}"
        dept_pick = r.choice(
            ["Fine Art", "Fine Art", "Decorative Arts", "Archaeology", "Natural History", "Photography"]
        )
        pool = [o[0] for o in objs[:own] if o[6] == dept_pick]
        pick: list[int] = []
        for _ in range(r.randint(1, 7)):
            cand = r.choice(stars) if r.random() < 0.35 else r.choice(pool)
            if cand not in pick:
                pick.append(cand)
        reg = r.choice([4, 5, 6])
        loans.append([k, ref, "Outgoing", inst, r.choice(EXHIBITIONS), iso(req), iso(start), iso(end),
                      None if returned is None else iso(returned), status, reg])  # fmt: skip
        for o in pick:
            cond = None
            if status == "Returned":
                cond = r.choices(["Good", "Minor damage", "Damaged"], weights=[88, 9, 3])[0]
            lobjs.append((k, o, cond))
        if status in ("On Loan", "Returned") and (any(objs[o - 1][8] == "Y" for o in pick) or r.random() < 0.5):
            cur = {"Fine Art": 11, "Decorative Arts": 12, "Archaeology": 13, "Natural History": 14, "Photography": 15}
            who = r.choice([cur[dept_pick], 7, 8, 9, 10, 4, 5, 6])
            couriers.append((k, who, "Outbound", iso(start - dt.timedelta(days=1))))
            if returned is not None:
                who2 = who if r.random() < 0.6 else r.choice([4, 5, 6, 16, 17])
                couriers.append((k, who2, "Return", iso(returned)))
    # incoming loans: we borrow, one loan per lender
    k = len(loans)
    for lender, ob in borrowed_by.items():
        k += 1
        start = day_between(r, D(2022, 6, 1), D(2025, 5, 1))
        end = start + dt.timedelta(days=r.choice([120, 150, 183]))
        req = start - dt.timedelta(days=r.randint(150, 300))
        if end > LAST:
            status, returned = "On Loan", None
        else:
            status, returned = "Returned", iso(end + dt.timedelta(days=r.randint(0, 7)))
        loans.append([k, f"IN-{start.year}-{k:03d}", "Incoming", lender, r.choice(EXHIBITIONS), iso(req), iso(start),
                      iso(end), returned, status, r.choice([4, 5, 6])])  # fmt: skip
        for o in ob:
            lobjs.append((k, o, "Good" if status == "Returned" else None))
    insert(c, "Loans", [tuple(x) for x in loans])
    insert(c, "LoanObjects", lobjs)
    insert(c, "Couriers", couriers)
    reports = []
    for o in objs[:own]:
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            reports.append([o[0], day_between(r, D(2022, 1, 1), LAST)])
    for lo in lobjs:
        ln = loans[lo[0] - 1]
        if ln[2] == "Outgoing" and ln[9] in ("On Loan", "Returned"):
            reports.append([lo[1], D.fromisoformat(ln[6]) - dt.timedelta(days=r.randint(3, 20))])
            if ln[8] is not None:
                reports.append([lo[1], min(LAST, D.fromisoformat(ln[8]) + dt.timedelta(days=r.randint(0, 5)))])
    reports.sort(key=lambda x: (x[1], x[0]))
    rows = []
    notes = ["Surface dirt", "Minor abrasion to frame", "Stable", "Slight foxing", "Loose fitting", "Craquelure stable",
             "Small chip to rim", "Fading noted"]  # fmt: skip
    for i, (o, d) in enumerate(reports, 1):
        grade = r.choices([1, 2, 3, 4], weights=[35, 40, 18, 7])[0]
        who = r.choice([7, 8, 9, 10, 7, 9, 4, 5, 6])
        rows.append((i, o, who, iso(d), grade, None if grade == 1 or r.random() < 0.4 else r.choice(notes)))
    insert(c, "ConditionReports", rows)
    done(c)


# ---------------------------------------------------------------------------------------------------- dancefest
VENUES_DF = [
    ("Quarry Theatre", "Playhouse Square, Leeds LS2 7UP", 750, 0), ("Courtyard Theatre", "Playhouse Square, Leeds LS2 7UP", 350, 0),
    ("Stanley & Audrey Burton Theatre", "Quarry Hill, Leeds LS2 7PA", 220, 0), ("Millennium Square Stage", "Millennium Square, Leeds LS2 3AD", 2000, 1),
    ("Hyde Park Bandstand", "Hyde Park, Leeds LS6 1AA", 400, 1), ("Left Bank", "Cardigan Road, Leeds LS6 1LJ", 300, 0),
    ("Seven Arts", "Harrogate Road, Leeds LS7 3PD", 150, 0), ("Roundhay Park Arena", "Roundhay Park, Leeds LS8 2HH", 3000, 1),
]  # fmt: skip
COMPANIES_DF = [
    ("Phoenix Rising Dance", "United Kingdom", "contemporary"), ("Northern Lights Ballet", "United Kingdom", "ballet"),
    ("Concrete Jungle Crew", "United Kingdom", "hip hop"), ("Compañía Sol y Sombra", "Spain", "flamenco"),
    ("Nritya Sangam", "India", "kathak"), ("Tap Factory Leeds", "United Kingdom", "tap"),
    ("Dansgroep Noord", "Netherlands", "contemporary"), ("Ballet du Rhône", "France", "ballet"),
    ("Breakin' Borders", "Germany", "hip hop"), ("Tablao Triana", "Spain", "flamenco"),
    ("Kathak Collective UK", "United Kingdom", "kathak"), ("Steel City Tappers", "United Kingdom", "tap"),
    ("Koru Dance Theatre", "New Zealand", "contemporary"), ("Ballet Vltava", "Czech Republic", "ballet"),
    ("Boxed Rhythm", "United Kingdom", "hip hop"), ("Ritmo Gitano", "Spain", "flamenco"), ("Lasya Dance", "United Kingdom", "kathak"),
    ("Shuffle & Stamp", "Ireland", "tap"), ("Undercurrent Dance", "United Kingdom", "contemporary"),
    ("Teatr Tańca Wrocław", "Poland", "contemporary"), ("Scottish Youth Ballet", "United Kingdom", "ballet"),
    ("Floor Theory", "France", "hip hop"), ("Duende Norte", "Spain", "flamenco"), ("Ghungroo Arts", "India", "kathak"),
    ("Rhythm Republic", "United States", "tap"), ("Fjord Dance Company", "Norway", "contemporary"),
    ("Yorkshire Youth Dance", "United Kingdom", "contemporary"), ("Urban Folk Collective", "United Kingdom", "hip hop"),
    ("Ballet Cymru North", "United Kingdom", "ballet"), ("Moving Parts", "United Kingdom", "contemporary"),
    ("Akademi Leeds", "United Kingdom", "kathak"), ("Stomp the Yard Leeds", "United Kingdom", "hip hop"),
    ("Companhia Mar", "Portugal", "contemporary"), ("Heel & Toe", "United Kingdom", "tap"),
    ("Ballet Nacional Sodre Youth", "Uruguay", "ballet"), ("Arte Jondo", "Spain", "flamenco"),
    ("Sankofa Dance Theatre", "Ghana", "contemporary"), ("Chapeltown Movers", "United Kingdom", "hip hop"),
    ("Ensemble Fluxus", "Belgium", "contemporary"), ("Little Feet Ballet School", "United Kingdom", "ballet"),
]  # fmt: skip
EDITIONS = {2023: D(2023, 7, 14), 2024: D(2024, 7, 12), 2025: D(2025, 7, 11)}
GIVEN_DF = [
    "Priya", "Tom", "Sarah", "Aisha", "Liam", "Chloe", "Jamal", "Hannah", "Oliver", "Fatima", "Ryan", "Emily", "Kwame",
    "Sophie", "Daniel", "Zainab", "Harry", "Megan", "Ahmed", "Lucy", "Jack", "Niamh", "Ethan", "Grace", "Samir",
    "Rosie", "Connor", "Leah", "Arjun", "Holly",
]  # fmt: skip
FAMILY_DF = [
    "Natarajan", "Wilson", "Okafor", "Hussain", "Brennan", "Clarke", "Ahmed", "Robinson", "Patel", "Thompson",
    "Walker", "Khan", "Wright", "Mensah", "Hall", "Green", "Begum", "Wood", "Lewis", "Harrison", "Kaur", "Jackson",
    "Shaw", "Murphy", "Ali", "Turner",
]  # fmt: skip
SHIFT_TIMES = [("09:00", "13:00"), ("10:00", "16:00"), ("12:30", "17:00"), ("13:00", "18:30"), ("17:00", "22:30"),
               ("18:00", "21:30"), ("16:00", "20:00")]  # fmt: skip
ROLES_DF = ["front of house", "stewarding", "box office", "artist liaison", "bar"]


def build_dancefest(path: Path) -> None:
    r = random.Random(9206)
    c = fresh_db(
        path,
        """
        CREATE TABLE VENUE (
            VENUE_ID INTEGER PRIMARY KEY, VENUE_NAME VARCHAR(80) NOT NULL, ADDRESS VARCHAR(120),
            CAPACITY INTEGER NOT NULL, IS_OUTDOOR NUMBER(1) NOT NULL);
        CREATE TABLE DANCE_COMPANY (
            COMPANY_ID INTEGER PRIMARY KEY, COMPANY_NAME VARCHAR(80) NOT NULL, HOME_COUNTRY VARCHAR(40) NOT NULL,
            DANCE_STYLE VARCHAR(20) NOT NULL, CONTACT_EMAIL VARCHAR(120));
        CREATE TABLE PERFORMANCE (
            PERF_ID INTEGER PRIMARY KEY, COMPANY_ID INTEGER NOT NULL REFERENCES DANCE_COMPANY(COMPANY_ID),
            VENUE_ID INTEGER NOT NULL REFERENCES VENUE(VENUE_ID), FESTIVAL_YEAR INTEGER NOT NULL,
            PERF_DATE DATE NOT NULL, START_TIME VARCHAR(5) NOT NULL, TICKET_PRICE_GBP NUMBER(6, 2),
            TICKETS_SOLD INTEGER);
        CREATE TABLE VOLUNTEER (
            VOL_ID INTEGER PRIMARY KEY, VOL_NAME VARCHAR(80) NOT NULL, EMAIL VARCHAR(120), PHONE VARCHAR(20),
            TSHIRT_SIZE VARCHAR(3) NOT NULL, REGISTERED_ON DATE NOT NULL, VOL_ROLE VARCHAR(20) NOT NULL,
            LEAD_VOL_ID INTEGER REFERENCES VOLUNTEER(VOL_ID), DBS_CHECKED NUMBER(1) NOT NULL);
        CREATE TABLE SHIFT (
            SHIFT_ID INTEGER PRIMARY KEY, VENUE_ID INTEGER NOT NULL REFERENCES VENUE(VENUE_ID), SHIFT_DATE DATE NOT NULL,
            START_TIME VARCHAR(5) NOT NULL, END_TIME VARCHAR(5) NOT NULL, SHIFT_ROLE VARCHAR(20) NOT NULL,
            VOLS_NEEDED INTEGER NOT NULL);
        CREATE TABLE SHIFT_SIGNUP (
            SHIFT_ID INTEGER NOT NULL REFERENCES SHIFT(SHIFT_ID), VOL_ID INTEGER NOT NULL REFERENCES VOLUNTEER(VOL_ID),
            SIGNUP_STATUS VARCHAR(12) NOT NULL, SIGNED_UP_ON DATE NOT NULL, PRIMARY KEY (SHIFT_ID, VOL_ID));
        """,
    )
    insert(c, "VENUE", [(i, *v) for i, v in enumerate(VENUES_DF, 1)])
    comps = []
    for i, (n, country, style) in enumerate(COMPANIES_DF, 1):
        mail = None if i % 7 == 0 else "bookings@" + "".join(ch for ch in n.lower() if ch.isalnum())[:18] + ".org"
        comps.append((i, n, country, style, mail))
    insert(c, "DANCE_COMPANY", comps)
    perfs = []
    for year, first in EDITIONS.items():
        for day in range(10):
            d = first + dt.timedelta(days=day)
            n = r.randint(2, 4) if d.weekday() >= 4 else r.randint(1, 3)
            for vid in r.sample(range(1, 9), n):
                outdoor = VENUES_DF[vid - 1][3] == 1
                comp = r.randint(1, 40)
                start = (
                    r.choice(["12:00", "14:00", "15:30"]) if outdoor else r.choice(["14:30", "19:00", "19:30", "20:00"])
                )
                price = None if outdoor else float(r.choice([8, 10, 12, 12.5, 15, 18, 22]))
                cap = VENUES_DF[vid - 1][2]
                if price is None:
                    sold = None
                elif year < 2025:
                    sold = r.randint(int(cap * 0.3), cap)
                else:
                    sold = r.randint(int(cap * 0.05), int(cap * 0.5))
                perfs.append((len(perfs) + 1, comp, vid, year, iso(d), start, price, sold))
    insert(c, "PERFORMANCE", perfs)
    pool = [f"{g} {f}" for g in GIVEN_DF for f in FAMILY_DF]
    r.shuffle(pool)
    pool.remove("Priya Natarajan")
    pool.remove("Sarah Okafor")
    pool.insert(1, "Sarah Okafor")
    pool.insert(30, "Priya Natarajan")
    vols = []
    sizes = ["XS", "S", "M", "M", "L", "L", "XL", "XXL"]
    for i in range(1, 231):
        name = pool[i - 1]
        if i <= 4:
            role, lead = "coordinator", None
            reg = day_between(r, D(2022, 9, 1), D(2022, 12, 31))
        elif i <= 20:
            role, lead = "team leader", 1 + (i - 5) % 4
            reg = day_between(r, D(2022, 9, 1), D(2023, 5, 31))
        else:
            role, lead = "volunteer", r.randint(5, 20)
            reg = day_between(r, D(2022, 10, 1), LAST) if i > 40 else day_between(r, D(2022, 10, 1), D(2023, 6, 1))
        email = (
            None
            if r.random() < 0.05
            else name.lower().replace(" ", ".") + "@" + r.choice(["gmail.com", "outlook.com", "yahoo.co.uk"])
        )
        phone = None if r.random() < 0.2 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        dbs = 1 if role != "volunteer" or r.random() < 0.7 else 0
        vols.append((i, name, email, phone, r.choice(sizes), iso(reg), role, lead, dbs))
    insert(c, "VOLUNTEER", vols)
    shifts = []
    signups = []
    for year, first in EDITIONS.items():
        for day in range(10):
            d = first + dt.timedelta(days=day)
            venues_today = sorted({p[2] for p in perfs if p[4] == iso(d)})
            for vid in venues_today:
                roles = (
                    ["front of house", "stewarding"]
                    if VENUES_DF[vid - 1][3]
                    else ["front of house", "box office", "bar"]
                )
                if r.random() < 0.5:
                    roles.append("artist liaison")
                for role in roles:
                    st, en = r.choice(SHIFT_TIMES)
                    need = {"front of house": r.randint(3, 6), "stewarding": r.randint(4, 8), "box office": 2,
                            "bar": r.randint(2, 4), "artist liaison": r.randint(1, 2)}[role]  # fmt: skip
                    sid = len(shifts) + 1
                    shifts.append((sid, vid, iso(d), st, en, role, need))
                    eligible = [v[0] for v in vols if v[5] <= iso(d - dt.timedelta(days=10)) and v[0] not in (3,)]
                    if year == 2025:
                        k = min(len(eligible), max(0, need + r.randint(-3, 1)))
                    else:
                        k = min(len(eligible), need + r.randint(0, 1))
                    for v in r.sample(eligible, k):
                        on = d - dt.timedelta(days=r.randint(5, 60))
                        if year == 2025:
                            on = min(on, LAST - dt.timedelta(days=r.randint(0, 20)))
                            status = "dropped out" if r.random() < 0.06 else "signed up"
                        else:
                            status = r.choices(["attended", "no show", "dropped out"], weights=[85, 8, 7])[0]
                        signups.append((sid, v, status, iso(on)))
    insert(c, "SHIFT", shifts)
    insert(c, "SHIFT_SIGNUP", signups)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cineclub": build_cineclub,
    "puppetry": build_puppetry,
    "jazzclub": build_jazzclub,
    "podnetwork": build_podnetwork,
    "museumloans": build_museumloans,
    "dancefest": build_dancefest,
}
