"""Six synthetic databases of education and research for the 130th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Each schema follows the habits of the system it came from: Portuguese names
(``escola``), a camelCase export with text UUID keys (``skillpath``), university term codes instead of dates
(``hallidaylab``), PascalCase with 'YYYY/MM/DD HH24:MI' text timestamps (``brightpath``), plain snake_case
(``sciencefair``) and abbreviated names with YYYYMMDD integer dates and a letter-grade lookup (``thesisarchive``).

escola -- the lower-secondary schools (6º to 9º ano, ages 11 to 14) of a Brazilian municipal network, in
    Portuguese; dates are ISO text 'YYYY-MM-DD'; flags are 'S' (sim, yes) or 'N' (não, no); money in Brazilian
    reais (BRL).  The school year (ano letivo) runs from February to December: 2025 is the current year, 2024 the
    last closed one.
    escolas: the schools.  id_escola; nome_escola ('EMEF Monteiro Lobato': EMEF = escola municipal de ensino
        fundamental); codigo_inep: the school's 8-digit national (INEP) code; bairro: neighbourhood; cidade:
        'Campinas' or 'Valinhos'; ativa: 'S' = open, 'N' = closed.  EMEF Rui Barbosa closed at the end of 2024;
        EMEF Paulo Freire opened in 2025 and took over its students and most of its staff.
    professores: the teachers.  id_professor; nome_professor; email (NULL = none on file); id_escola -> escolas:
        the school the teacher is currently based at; dt_admissao: hiring date; salario_base: monthly base salary
        in reais, with centavos; efetivo: 'S' = tenured (permanent civil servant), 'N' = temporary contract.  Two
        pedagogical coordinators teach no class.
    disciplinas: the subjects.  id_disciplina; nome_disciplina: 'Língua Portuguesa' (Portuguese), 'Matemática'
        (mathematics), 'Ciências' (science), 'História' (history), 'Geografia' (geography), 'Língua Inglesa'
        (English); area: curriculum area; aulas_semanais: lessons per week.
    turmas: the classes, one group of students for one school year.  id_turma; id_escola -> escolas; ano_letivo:
        the school year (2024 or 2025); serie: the grade, 6 to 9 (6 = 6º ano); nome_turma ('7º ano B'; the same
        name recurs every year and at every school); turno: 'M' = morning shift (manhã), 'T' = afternoon shift
        (tarde); id_professor_regente -> professores: the class's homeroom teacher (professor regente; NULL = none
        assigned); sala: classroom.
    alunos: the students.  id_aluno; nome_aluno; dt_nascimento: birth date; sexo: 'F' or 'M'; nome_responsavel:
        parent or guardian; telefone_responsavel (NULL = none on file); bolsa_familia: 'S' = the family receives
        Bolsa Família (the federal cash-transfer programme).  A few registered students were never placed in a
        class (waiting list).
    matriculas: enrolments, a student in a class for one school year (one per student and year).  id_matricula;
        id_aluno -> alunos; id_turma -> turmas; dt_matricula: enrolment date; situacao: 'CURS' = cursando
        (attending, 2025), 'APR' = aprovado (passed the year, moves up a grade), 'REP' = reprovado (failed the
        year, held back to repeat the grade), 'TRANSF' = transferido (transferred out of the network), 'ABAND' =
        abandono (dropped out); dt_saida: the day a transferred or dropped-out student left (NULL otherwise).
    aulas_atribuidas: who teaches which subject in which class (a link of classes, subjects and teachers).
        id_turma -> turmas; id_disciplina -> disciplinas; id_professor -> professores.
    notas: final grades of the closed school year 2024 (2025 grades are not final yet), one row per enrolment and
        subject; students who left during the year have none.  id_matricula -> matriculas; id_disciplina ->
        disciplinas; media_final: the year's final average, 0 to 10 with one decimal; the passing mark is 5.0 in
        every subject (a student below 5.0 in any subject is 'REP'); faltas: absences (lessons missed) in that
        subject over the year.

skillpath -- an online course platform (camelCase export): keys are text UUIDs
    ('6f1c2a9e-3b7d-4c1e-9a2f-0d4e5b6c7a8b'); moments are ISO 8601 UTC text with 'T' and 'Z'
    ('2025-03-04T18:22:00Z'); booleans are the text 'true' or 'false'.
    instructors: instructorId; fullName; email; countryCode; joinedAt; revenueSharePct: the instructor's share of
        course revenue, in percent; isVerified: 'true' = identity-verified instructor.
    courses: courseId; title (unique); instructorId -> instructors (who teaches it); category: 'Programming',
        'Data Science', 'Web Development', 'Design', 'Business', 'Languages', 'Photography' or 'Personal
        Development'; skillLevel: 'beginner', 'intermediate' or 'advanced'; listPriceUsd: list price in US dollars;
        publishedAt: when it went live (NULL = a draft, never published); prerequisiteCourseId -> courses: the
        course to take before this one (NULL = none); isArchived: 'true' = closed to new enrollments (since July
        2024).
    learners: the platform's students.  learnerId; displayName; email; countryCode (NULL = unknown); signedUpAt;
        planTier: 'free' (pays per course), 'plus' (a subscription that includes every course) or 'teams' (a
        company plan, also includes every course).
    enrollments: a learner taking a course.  enrollmentId; learnerId -> learners; courseId -> courses;
        enrolledAt; amountPaidCents: what was paid, in US cents (0 for plus and teams learners); couponCode:
        'WELCOME20' (20% off), 'BLACKFRI50' (50% off, Black Friday 2024) or NULL = none; progressPct: share of
        the course done, in percent; completedAt: when the learner finished it (NULL = not finished);
        refundedAt: when the payment was refunded (NULL = not refunded; a refunded enrollment brings no revenue).
    lessons: lessonId; courseId -> courses; position: order in the course (1 = first); lessonTitle; videoSec:
        video length in seconds; hasQuiz: 'true' = ends with a quiz; isFreePreview: 'true' = watchable without
        enrolling (each course's first lesson).
    quizAttempts: attemptId; enrollmentId -> enrollments (whose attempt); lessonId -> lessons (the quiz's
        lesson); attemptedAt; scorePct: 0 to 100; passed: 'true' when scorePct is 70 or more.  A failed quiz may
        be retried.
    courseReviews: reviewId; enrollmentId -> enrollments (at most one review per enrollment); stars: 1 to 5;
        reviewText (NULL = stars only); postedAt.

hallidaylab -- Professor Miriam Halliday's neuroscience lab at a university (snake_case).  Time is kept in
    university terms, never dates: a term code is the year and a season, 'SP' = Spring (January to mid-May),
    'SU' = Summer (mid-May to mid-August), 'FA' = Fall (late August to December), so '2024FA' is Fall 2024.  As
    text the codes do NOT sort in time order within a year ('2024FA' < '2024SP' < '2024SU'); terms.term_seq
    does.  The current term is 2025SU (Summer 2025).  Money in US dollars.
    terms: the university calendar from 2016FA to 2029FA.  term_code ('2024FA'); term_label ('Fall 2024');
        season: 'SP', 'SU' or 'FA'; cal_year: the calendar year; term_seq: 1, 2, 3 ... in time order.
    members: everyone who is or has been in the lab.  member_id; full_name; role_code: 'PI' (the principal
        investigator, head of the lab), 'POSTDOC' (postdoctoral researcher), 'GRAD' (PhD student), 'UGRAD'
        (undergraduate research assistant), 'TECH' (technician or lab manager) or 'VISITOR' (visiting scholar);
        supervisor_id -> members: the member's direct supervisor or mentor in the lab (NULL for the PI);
        start_term -> terms: first term in the lab; end_term -> terms: last term in the lab (NULL = still in the
        lab); email (often NULL for people who left); home_dept: the member's department.
    grants: grant_id; award_no: the funder's award number ('R01NS128890'); grant_title; funder: 'NIH', 'NSF',
        'Simons Foundation', 'Whitehall Foundation' or 'University' (start-up funds); pi_member_id -> members: the
        grant's principal investigator; award_total_usd: the total award in whole US dollars; start_term,
        end_term -> terms: the funded period, both terms included.
    appointments: who was paid from which grant in which term (a link of members, grants and terms; at most one
        per member and term).  appt_id; member_id -> members; grant_id -> grants; term_code -> terms;
        effort_pct: percent effort charged to the grant; stipend_usd: salary or stipend paid for that term, in US
        dollars with cents.  The PI draws summer salary only; first-year PhD students (on a university
        fellowship) and teaching-assistant terms are not in this table.
    projects: project_id; project_name; lead_member_id -> members: who leads it; grant_id -> grants: the grant
        funding it (NULL = no grant); status: 'active', 'on hold' or 'completed'; start_term -> terms.
    project_members: who works or worked on which project (a link of projects and members).  project_id ->
        projects; member_id -> members.
    publications: the lab's papers.  pub_id; title; journal ('bioRxiv' is a preprint server); pub_year; doi
        (NULL for preprints); pub_status: 'published', 'in press' (accepted, not out yet) or 'under review' (a
        preprint submitted to a journal); project_id -> projects (NULL = not from one project, e.g. a review).
    authorships: the lab members on each paper (a link of publications and members; outside co-authors are not
        listed).  pub_id -> publications; member_id -> members; author_pos: position in the author list (1 =
        first author); corresponding: 1 = corresponding author, else 0.

brightpath -- BrightPath Tutoring, a private tutoring company near Boston (PascalCase).  Every moment is text
    'YYYY/MM/DD HH24:MI' in local time ('2025/03/04 17:30'), which sorts correctly as text; flags are 'Y' or 'N';
    money in US dollars.
    Tutors: TutorID; FirstName; LastName; Email; HourlyRateUSD: what a family is billed per hour with that tutor;
        HiredAt; IsActive: 'Y' = takes students, 'N' = no longer tutoring with us.
    Subjects: SubjectID; SubjectName ('Algebra I', 'AP Calculus', 'SAT Math', 'Essay Writing' ...); SubjectArea:
        'Math', 'Science', 'English', 'Test Prep' or 'Languages'.
    TutorSubjects: the subjects each tutor is qualified to teach (a link of tutors and subjects).  TutorID ->
        Tutors; SubjectID -> Subjects.
    Students: StudentID; FirstName; LastName; SchoolGrade: the student's grade at school, 5 to 12; ParentName;
        ParentPhone (NULL = none on file); City; RegisteredAt; AccountStatus: 'A' = active, 'H' = on hold
        (paused), 'C' = closed.  Some registered students never booked a session.
    Sessions: booked tutoring sessions.  SessionID; TutorID -> Tutors; StudentID -> Students; SubjectID ->
        Subjects; StartsAt; DurationMin: booked length in minutes; Location: 'ONLINE' (video call), 'CENTER' (our
        learning center), 'HOME' (the student's home) or 'LIBRARY' (a public library); StatusCode: 'C' =
        completed (held), 'SX' = cancelled by the student or family, 'TX' = cancelled by the tutor, 'NS' = no-show
        (the student did not turn up; billed anyway).
    SessionFeedback: a family's rating of a completed session (at most one per session).  SessionID -> Sessions;
        Stars: 1 to 5; Comment (NULL = none); SubmittedAt.
    Invoices: one invoice per student and month.  InvoiceID; StudentID -> Students; BillingMonth: the month
        billed, 'YYYY/MM' (its completed and no-show sessions at the tutor's hourly rate); IssuedAt (early the
        next month); DueAt (15 days after issue); AmountUSD; PaidAt (NULL = not paid; overdue once DueAt has
        passed).  June 2025 is not billed yet.

sciencefair -- a regional science fair for middle- and high-school students in central Illinois, held once a
    year (2023-03-18, 2024-03-16 and 2025-03-15); plain snake_case with INTEGER keys, ISO dates and 0/1 flags.
    schools: school_id; school_name; city; county; is_public: 1 = public school, 0 = private.
    students: student_id; first_name; last_name; school_id -> schools; grad_year: expected high-school graduation
        year; email (NULL = none given).
    categories: category_id; category_name ('Biology', 'Chemistry', 'Physics', 'Engineering', 'Computer Science',
        'Environmental Science', 'Behavioral Science', 'Mathematics', 'Medicine and Health'); division: 'Life
        Sciences' or 'Physical Sciences'.
    projects: one entry in one year's fair.  project_id; fair_year; booth_no ('E-004'); title (a title may recur
        in another year); category_id -> categories; sponsor_teacher: the supervising teacher ('Dr. Novak'; NULL
        = none); registered_on; status: 'judged', 'withdrawn' (pulled out before the fair, never judged) or
        'disqualified' (judged, then ruled ineligible for awards); needs_power: 1 = the booth needs a power outlet.
    project_students: the students on each project, one to three (a link of projects and students).  project_id
        -> projects; student_id -> students.
    judges: judge_id; full_name; affiliation: employer; expertise_category_id -> categories (NULL = no declared
        speciality); first_year: the first fair the judge served at.
    scores: one judge's score sheet for one project.  score_id; project_id -> projects; judge_id -> judges;
        creativity: 0 to 30; method: the scientific method, 0 to 40; presentation: 0 to 30 (the three add up to a
        total out of 100); scored_on.  Every project that was not withdrawn was scored by three judges.
    awards: award_id; project_id -> projects; award_name: 'Best in Fair' (the overall winner of the year),
        'First Place', 'Second Place', 'Third Place' (within a category) or 'Honorable Mention'; prize_usd: the
        prize in whole US dollars (0 for an honorable mention); sponsor: who funds the prize (NULL = the fair).

thesisarchive -- a university library's archive of graduate theses (abbreviated names; dates are INTEGERs
    YYYYMMDD, 20240315 = 2024-03-15; flags 1/0).
    dept: dept_cd ('CS', 'CHEM', 'HIST' ...); dept_nm ('Computer Science'); fac_grp: the faculty the department
        belongs to ('Science', 'Engineering', 'Humanities', 'Social Sciences').
    faculty: professors.  fac_id; fac_nm; dept_cd -> dept; rank_cd: 'PROF' (full professor), 'ASSOC' (associate
        professor), 'ASST' (assistant professor) or 'EMER' (emeritus, retired); email_addr (NULL = none);
        actv_flg: 1 = active, 0 = retired or left.
    student: graduate students.  stu_id; stu_nm; dept_cd -> dept; prog_cd: 'MSC' (Master of Science), 'MA'
        (Master of Arts) or 'PHD'; enrol_dt; advisor_id -> faculty: the thesis advisor (NULL = none on file);
        intl_flg: 1 = international student.  Students still writing have no thesis yet.
    lkp_grade: the thesis grade scale.  grade_cd: 'A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'F' or 'P';
        grade_pts: grade points (A+ 4.3, A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, F 0.0; NULL for P);
        grade_desc.  Master's theses get a letter grade; PhD dissertations are 'P' (pass) or 'F' (fail).
    thesis: ths_id; stu_id -> student (the author); ths_title; submit_dt: submitted to the committee; defense_dt:
        the oral defense (NULL = not defended yet); grade_cd -> lkp_grade (NULL until defended); page_cnt: pages;
        lang_cd: language, 'EN', 'FR', 'DE' (German) or 'ES'; embargo_end_dt: the full text is restricted until
        this day (NULL = no embargo); call_no: shelf mark of the printed copy (NULL = no printed copy shelved).
    committee: the examining committee of each thesis (a link of theses and faculty).  ths_id -> thesis; fac_id
        -> faculty; role_cd: 'CHAIR' (chairs the committee, normally the advisor), 'MEMB' (a member from the
        student's department) or 'EXT' (an outside member from another department).
    keyword: kw_id; kw_txt ('machine learning').
    thesis_kw: the keywords of each thesis (a link).  ths_id -> thesis; kw_id -> keyword.
    loan: loans of printed copies.  loan_id; ths_id -> thesis; borrower_nm: a person, or the borrowing library
        for an interlibrary loan; borrower_typ: 'STU' (student, 21 days), 'FAC' (faculty, 90 days) or 'ILL'
        (interlibrary loan to another library, 42 days); out_dt: checked out; due_dt (a due date that falls on a
        Sunday moves to the Monday); ret_dt: returned (NULL = still out; overdue once due_dt has passed).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, full_names, write_tables

LAST_DAY = dt.date(2025, 6, 14)


def _pick_date(r: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]."""
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def _at(r: random.Random, d: dt.date, lo: int = 8, hi: int = 20) -> dt.datetime:
    """A random minute of day ``d`` between ``lo`` and ``hi`` o'clock."""
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi - 1), r.randint(0, 59))


# ---------------------------------------------------------------------------------------------------------------
# escola
# ---------------------------------------------------------------------------------------------------------------

ESCOLA_DDL = """
CREATE TABLE escolas (
    id_escola INTEGER PRIMARY KEY,
    nome_escola TEXT NOT NULL,
    codigo_inep TEXT NOT NULL UNIQUE,
    bairro TEXT NOT NULL,
    cidade TEXT NOT NULL,
    ativa TEXT NOT NULL DEFAULT 'S'
);
CREATE TABLE professores (
    id_professor INTEGER PRIMARY KEY,
    nome_professor TEXT NOT NULL,
    email TEXT,
    id_escola INTEGER NOT NULL REFERENCES escolas(id_escola),
    dt_admissao TEXT NOT NULL,
    salario_base REAL NOT NULL,
    efetivo TEXT NOT NULL
);
CREATE TABLE disciplinas (
    id_disciplina INTEGER PRIMARY KEY,
    nome_disciplina TEXT NOT NULL UNIQUE,
    area TEXT NOT NULL,
    aulas_semanais INTEGER NOT NULL
);
CREATE TABLE turmas (
    id_turma INTEGER PRIMARY KEY,
    id_escola INTEGER NOT NULL REFERENCES escolas(id_escola),
    ano_letivo INTEGER NOT NULL,
    serie INTEGER NOT NULL,
    nome_turma TEXT NOT NULL,
    turno TEXT NOT NULL,
    id_professor_regente INTEGER REFERENCES professores(id_professor),
    sala TEXT
);
CREATE TABLE alunos (
    id_aluno INTEGER PRIMARY KEY,
    nome_aluno TEXT NOT NULL,
    dt_nascimento TEXT NOT NULL,
    sexo TEXT NOT NULL,
    nome_responsavel TEXT NOT NULL,
    telefone_responsavel TEXT,
    bolsa_familia TEXT NOT NULL
);
CREATE TABLE matriculas (
    id_matricula INTEGER PRIMARY KEY,
    id_aluno INTEGER NOT NULL REFERENCES alunos(id_aluno),
    id_turma INTEGER NOT NULL REFERENCES turmas(id_turma),
    dt_matricula TEXT NOT NULL,
    situacao TEXT NOT NULL,
    dt_saida TEXT
);
CREATE TABLE aulas_atribuidas (
    id_turma INTEGER NOT NULL REFERENCES turmas(id_turma),
    id_disciplina INTEGER NOT NULL REFERENCES disciplinas(id_disciplina),
    id_professor INTEGER NOT NULL REFERENCES professores(id_professor),
    PRIMARY KEY (id_turma, id_disciplina)
);
CREATE TABLE notas (
    id_matricula INTEGER NOT NULL REFERENCES matriculas(id_matricula),
    id_disciplina INTEGER NOT NULL REFERENCES disciplinas(id_disciplina),
    media_final REAL NOT NULL,
    faltas INTEGER NOT NULL,
    PRIMARY KEY (id_matricula, id_disciplina)
);
"""

_NOMES_F = ["Ana", "Beatriz", "Camila", "Daniela", "Eduarda", "Fernanda", "Gabriela", "Helena", "Isabela", "Júlia",
            "Larissa", "Manuela", "Natália", "Letícia", "Mariana", "Rafaela", "Sofia", "Valentina", "Yasmin",
            "Lívia"]  # fmt: skip
_NOMES_M = ["André", "Bruno", "Caio", "Davi", "Enzo", "Felipe", "Gustavo", "Heitor", "Igor", "João", "Lucas",
            "Matheus", "Nicolas", "Otávio", "Pedro", "Rafael", "Samuel", "Thiago", "Vinícius", "Arthur"]  # fmt: skip
_SOBRENOMES = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
               "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira",
               "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado",
               "Mendes", "Freitas"]  # fmt: skip


class _Nomes:
    """Distinct Brazilian names ('Ana Costa Ribeiro')."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.used: set[str] = set()

    def __call__(self, sexo: str) -> str:
        while True:
            first = self.r.choice(_NOMES_F if sexo == "F" else _NOMES_M)
            a, b = self.r.sample(_SOBRENOMES, 2)
            nm = f"{first} {a} {b}"
            if nm not in self.used:
                self.used.add(nm)
                return nm


def build_escola(path: Path) -> None:
    r = random.Random(13001)
    nomes = _Nomes(r)
    escolas = [
        (1, "EMEF Monteiro Lobato", "35012841", "Taquaral", "Campinas", "S"),
        (2, "EMEF Cecília Meireles", "35012957", "Barão Geraldo", "Campinas", "S"),
        (3, "EMEF Rui Barbosa", "35013102", "Vila Industrial", "Campinas", "N"),
        (4, "EMEF Anita Garibaldi", "35047719", "Centro", "Valinhos", "S"),
        (5, "EMEF Paulo Freire", "35047824", "Jardim Aurélia", "Campinas", "S"),
    ]
    disciplinas = [
        (1, "Língua Portuguesa", "Linguagens", 5),
        (2, "Matemática", "Matemática", 5),
        (3, "Ciências", "Ciências da Natureza", 3),
        (4, "História", "Ciências Humanas", 2),
        (5, "Geografia", "Ciências Humanas", 2),
        (6, "Língua Inglesa", "Linguagens", 2),
    ]
    # teachers: one per subject per school, a second one for some subjects, two coordinators without classes
    profs = []
    prof_of: dict[tuple[int, int], list[int]] = {}
    pid = 0

    def new_prof(escola: int, hired: dt.date, efetivo: str) -> int:
        nonlocal pid
        pid += 1
        sexo = r.choice("FFFM")
        nm = nomes(sexo)
        first, *_, last = nm.split()
        email = None if r.random() < 0.1 else (
            f"{first.lower()}.{last.lower()}@edu.campinas.sp.gov.br".replace("á", "a").replace("é", "e")
            .replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ô", "o").replace("ã", "a")
            .replace("ç", "c"))  # fmt: skip
        sal = round(r.uniform(4300, 7900) if efetivo == "S" else r.uniform(3150, 4450), 2)
        profs.append([pid, nm, email, escola, hired.isoformat(), sal, efetivo])
        return pid

    for esc in (1, 2, 3, 4):
        for disc in range(1, 7):
            ef = "S" if r.random() < 0.75 else "N"
            hired = _pick_date(r, dt.date(2004, 1, 1), dt.date(2023, 12, 20))
            if ef == "N":
                hired = _pick_date(r, dt.date(2021, 1, 1), dt.date(2023, 12, 20))
            prof_of[(esc, disc)] = [new_prof(esc, hired, ef)]
    # a second teacher for the heavy subjects at the big schools
    for esc, disc in [(1, 2), (1, 1), (2, 2), (4, 1)]:
        prof_of[(esc, disc)].append(new_prof(esc, _pick_date(r, dt.date(2010, 1, 1), dt.date(2023, 6, 30)), "S"))
    # Paulo Freire opened in 2025: Rui Barbosa's staff moved there, plus new hires
    for disc in range(1, 7):
        prof_of[(5, disc)] = list(prof_of[(3, disc)])
        for p in prof_of[(3, disc)]:
            profs[p - 1][3] = 5
    for disc in (2, 3):
        prof_of[(5, disc)] = [new_prof(5, _pick_date(r, dt.date(2025, 1, 6), dt.date(2025, 1, 31)), "N")]
    prof_of[(5, 1)].append(new_prof(5, dt.date(2024, 12, 16), "S"))
    coord = [new_prof(1, dt.date(2009, 3, 2), "S"), new_prof(4, dt.date(2012, 8, 1), "S")]
    for c in coord:
        profs[c - 1][5] = round(profs[c - 1][5] + 1350.0, 2)
    # classes: 6º to 9º ano, one class each per school and year; two of the big schools also have a B class
    turmas = []
    tid = 0
    turmas_ano: dict[int, list[int]] = {2024: [], 2025: []}
    info: dict[int, tuple[int, int, int]] = {}
    for ano, escs in ((2024, (1, 2, 3, 4)), (2025, (1, 2, 4, 5))):
        for esc in escs:
            for serie in (6, 7, 8, 9):
                letras = ["A", "B"] if (esc, serie) in {(1, 6), (1, 7), (2, 8)} else ["A"]
                for letra in letras:
                    tid += 1
                    turno = "M" if (serie >= 8) != (esc == 4) else "T"
                    turmas.append([tid, esc, ano, serie, f"{serie}º ano {letra}", turno, None,
                                   f"Sala {r.randint(1, 14):02d}"])  # fmt: skip
                    turmas_ano[ano].append(tid)
                    info[tid] = (esc, serie, ano)
    # lessons: the subject teacher of the school (the second teacher takes the B classes and 9º ano)
    aulas = []
    teaches: dict[int, set[int]] = {}
    for t in turmas:
        esc, serie, ano = info[t[0]]
        for disc in range(1, 7):
            cands = prof_of[(esc, disc)]
            p = cands[-1] if len(cands) > 1 and (t[4].endswith("B") or serie == 9) else cands[0]
            if esc == 3 and ano == 2024:
                p = prof_of[(3, disc)][0]
            aulas.append((t[0], disc, p))
            teaches.setdefault(p, set()).add(t[0])
    # homeroom teachers: one of the class's teachers, a teacher is homeroom of one class a year at most
    for ano in (2024, 2025):
        used: set[int] = set()
        for t in turmas:
            if t[2] != ano:
                continue
            if (ano == 2025 and t[0] in (turmas_ano[2025][3], turmas_ano[2025][9])) or (
                    ano == 2024 and t[0] == turmas_ano[2024][6]):
                continue  # no homeroom teacher assigned yet
            cands = [p for (tt, _d, p) in aulas if tt == t[0] and p not in used]
            if cands:
                p = r.choice(cands)
                used.add(p)
                t[6] = p
    # students
    alunos = []
    matriculas = []
    notas = []
    aid = 0
    mid = 0

    def new_aluno(serie: int, ano: int) -> int:
        nonlocal aid
        aid += 1
        sexo = r.choice("FM")
        nm = nomes(sexo)
        age = serie + 5 + (1 if r.random() < 0.12 else 0)
        born = _pick_date(r, dt.date(ano - age - 1, 4, 1), dt.date(ano - age, 3, 31))
        resp = nomes(r.choice("FFFM"))
        tel = None if r.random() < 0.12 else f"(19) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        alunos.append((aid, nm, born.isoformat(), sexo, resp, tel, "S" if r.random() < 0.34 else "N"))
        return aid

    ability: dict[int, float] = {}
    offset = {1: 0.2, 2: -0.7, 3: 0.1, 4: 0.4, 5: 0.3, 6: 0.0}
    carry: list[tuple[int, int, int]] = []  # (aluno, school, serie) for 2025
    for t in turmas:
        if t[2] != 2024:
            continue
        esc, serie, _ = info[t[0]]
        for _ in range(r.randint(5, 7)):
            a = new_aluno(serie, 2024)
            ability[a] = r.gauss(7.2, 1.15)
            mid += 1
            d_in = _pick_date(r, dt.date(2024, 1, 8), dt.date(2024, 2, 2))
            if r.random() < 0.07:
                d_in = _pick_date(r, dt.date(2024, 3, 1), dt.date(2024, 8, 30))
            x = r.random()
            if x < 0.05:
                matriculas.append([mid, a, t[0], d_in.isoformat(), "TRANSF",
                                   _pick_date(r, d_in + dt.timedelta(days=20), dt.date(2024, 11, 29)).isoformat()])
                continue
            if x < 0.085:
                matriculas.append([mid, a, t[0], d_in.isoformat(), "ABAND",
                                   _pick_date(r, d_in + dt.timedelta(days=20), dt.date(2024, 10, 31)).isoformat()])
                continue
            marks = []
            for disc in range(1, 7):
                m = max(1.5, min(10.0, round(ability[a] + offset[disc] + r.gauss(0, 0.8), 1)))
                faltas = min(38, int(r.expovariate(1 / (3 + max(0.0, 7 - ability[a]) * 2))))
                notas.append((mid, disc, m, faltas))
                marks.append(m)
            sit = "REP" if min(marks) < 5.0 else "APR"
            matriculas.append([mid, a, t[0], d_in.isoformat(), sit, None])
            if r.random() < 0.06:
                continue  # moved out of the network
            nxt = serie if sit == "REP" else serie + 1
            if nxt <= 9:
                carry.append((a, 5 if esc == 3 else esc, nxt))
    # 2025: continuing students, new 6º ano and a few arrivals
    t25 = {}
    for t in turmas:
        if t[2] == 2025:
            t25.setdefault((info[t[0]][0], info[t[0]][1]), []).append(t[0])
    newcomers = []
    for (esc, serie), ts in t25.items():
        k = {6: 6, 7: 1, 8: 1, 9: 0}[serie] * len(ts)
        k += 3 if esc == 5 and serie == 6 else 0
        newcomers += [(None, esc, serie) for _ in range(k)]
    for a, esc, serie in carry + newcomers:
        if a is None:
            a = new_aluno(serie, 2025)
            ability[a] = r.gauss(7.1, 1.25)
        t_id = r.choice(t25[(esc, serie)])
        mid += 1
        d_in = _pick_date(r, dt.date(2025, 1, 8), dt.date(2025, 1, 31))
        if r.random() < 0.08:
            d_in = _pick_date(r, dt.date(2025, 2, 10), dt.date(2025, 5, 30))
        x = r.random()
        if x < 0.04:
            matriculas.append([mid, a, t_id, d_in.isoformat(), "TRANSF",
                               _pick_date(r, d_in + dt.timedelta(days=10), LAST_DAY).isoformat()])
        elif x < 0.06:
            matriculas.append([mid, a, t_id, d_in.isoformat(), "ABAND",
                               _pick_date(r, d_in + dt.timedelta(days=10), LAST_DAY).isoformat()])
        else:
            matriculas.append([mid, a, t_id, d_in.isoformat(), "CURS", None])
    # a few registered students never enrolled (waiting list)
    for _ in range(4):
        new_aluno(6, 2025)
    write_tables(path, ESCOLA_DDL, [
        ("escolas", escolas), ("professores", [tuple(p) for p in profs]), ("disciplinas", disciplinas),
        ("turmas", [tuple(t) for t in turmas]), ("alunos", alunos), ("matriculas", [tuple(m) for m in matriculas]),
        ("aulas_atribuidas", aulas), ("notas", notas),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# skillpath
# ---------------------------------------------------------------------------------------------------------------

SKILLPATH_DDL = """
CREATE TABLE instructors (
    instructorId TEXT PRIMARY KEY,
    fullName TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    countryCode TEXT NOT NULL,
    joinedAt TEXT NOT NULL,
    revenueSharePct INTEGER NOT NULL,
    isVerified TEXT NOT NULL
);
CREATE TABLE courses (
    courseId TEXT PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    instructorId TEXT NOT NULL REFERENCES instructors(instructorId),
    category TEXT NOT NULL,
    skillLevel TEXT NOT NULL,
    listPriceUsd REAL NOT NULL,
    publishedAt TEXT,
    prerequisiteCourseId TEXT REFERENCES courses(courseId),
    isArchived TEXT NOT NULL
);
CREATE TABLE learners (
    learnerId TEXT PRIMARY KEY,
    displayName TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    countryCode TEXT,
    signedUpAt TEXT NOT NULL,
    planTier TEXT NOT NULL
);
CREATE TABLE enrollments (
    enrollmentId TEXT PRIMARY KEY,
    learnerId TEXT NOT NULL REFERENCES learners(learnerId),
    courseId TEXT NOT NULL REFERENCES courses(courseId),
    enrolledAt TEXT NOT NULL,
    amountPaidCents INTEGER NOT NULL,
    couponCode TEXT,
    progressPct INTEGER NOT NULL,
    completedAt TEXT,
    refundedAt TEXT
);
CREATE TABLE lessons (
    lessonId TEXT PRIMARY KEY,
    courseId TEXT NOT NULL REFERENCES courses(courseId),
    position INTEGER NOT NULL,
    lessonTitle TEXT NOT NULL,
    videoSec INTEGER NOT NULL,
    hasQuiz TEXT NOT NULL,
    isFreePreview TEXT NOT NULL
);
CREATE TABLE quizAttempts (
    attemptId TEXT PRIMARY KEY,
    enrollmentId TEXT NOT NULL REFERENCES enrollments(enrollmentId),
    lessonId TEXT NOT NULL REFERENCES lessons(lessonId),
    attemptedAt TEXT NOT NULL,
    scorePct INTEGER NOT NULL,
    passed TEXT NOT NULL
);
CREATE TABLE courseReviews (
    reviewId TEXT PRIMARY KEY,
    enrollmentId TEXT NOT NULL UNIQUE REFERENCES enrollments(enrollmentId),
    stars INTEGER NOT NULL,
    reviewText TEXT,
    postedAt TEXT NOT NULL
);
"""

# title, category, level, price (US dollars), prerequisite title, popularity
_COURSES = [
    ("Python Fundamentals", "Programming", "beginner", 49.0, None, 30),
    ("Python for Data Analysis", "Data Science", "intermediate", 79.0, "Python Fundamentals", 22),
    ("Machine Learning in Practice", "Data Science", "advanced", 129.0, "Python for Data Analysis", 14),
    ("Deep Learning with PyTorch", "Data Science", "advanced", 149.0, "Machine Learning in Practice", 7),
    ("SQL for Beginners", "Data Science", "beginner", 39.0, None, 26),
    ("Advanced SQL and Query Tuning", "Data Science", "advanced", 89.0, "SQL for Beginners", 9),
    ("Statistics Without Tears", "Data Science", "beginner", 59.0, None, 12),
    ("Data Visualization with Tableau", "Data Science", "intermediate", 69.0, None, 8),
    ("HTML and CSS from Scratch", "Web Development", "beginner", 29.0, None, 20),
    ("Modern JavaScript", "Web Development", "intermediate", 69.0, "HTML and CSS from Scratch", 18),
    ("React in Depth", "Web Development", "advanced", 99.0, "Modern JavaScript", 13),
    ("Node.js APIs", "Web Development", "intermediate", 89.0, "Modern JavaScript", 9),
    ("TypeScript Essentials", "Web Development", "intermediate", 59.0, "Modern JavaScript", 6),
    ("Git and GitHub Crash Course", "Programming", "beginner", 19.0, None, 15),
    ("Java Programming Masterclass", "Programming", "intermediate", 89.0, None, 7),
    ("Go for Backend Developers", "Programming", "advanced", 109.0, None, 4),
    ("Rust Systems Programming", "Programming", "advanced", 119.0, None, 3),
    ("UX Design Principles", "Design", "beginner", 59.0, None, 11),
    ("Figma for Product Teams", "Design", "intermediate", 49.0, "UX Design Principles", 9),
    ("Typography Basics", "Design", "beginner", 25.0, None, 5),
    ("Motion Design in After Effects", "Design", "advanced", 119.0, None, 4),
    ("Digital Marketing 101", "Business", "beginner", 39.0, None, 14),
    ("Excel for Business Analysts", "Business", "beginner", 45.0, None, 16),
    ("Financial Modeling", "Business", "advanced", 139.0, "Excel for Business Analysts", 6),
    ("Project Management Essentials", "Business", "beginner", 55.0, None, 10),
    ("Agile and Scrum in Practice", "Business", "intermediate", 65.0, "Project Management Essentials", 7),
    ("Negotiation Skills", "Business", "intermediate", 49.0, None, 5),
    ("Spanish for Travelers", "Languages", "beginner", 29.0, None, 12),
    ("Conversational Spanish II", "Languages", "intermediate", 39.0, "Spanish for Travelers", 5),
    ("Japanese Hiragana and Katakana", "Languages", "beginner", 35.0, None, 8),
    ("Business English Writing", "Languages", "intermediate", 45.0, None, 6),
    ("Portrait Photography", "Photography", "beginner", 49.0, None, 7),
    ("Lightroom Editing Workflow", "Photography", "intermediate", 59.0, "Portrait Photography", 5),
    ("Drone Photography", "Photography", "advanced", 89.0, None, 2),
    ("Public Speaking with Confidence", "Personal Development", "beginner", 35.0, None, 9),
    ("Productivity Systems", "Personal Development", "beginner", 25.0, None, 6),
    ("Mindful Leadership", "Personal Development", "intermediate", 69.0, None, 3),
    ("Kubernetes for Developers", "Programming", "advanced", 129.0, None, 0),
    ("Ethical Hacking Basics", "Programming", "intermediate", 99.0, None, 0),
    ("Watercolor Illustration", "Design", "beginner", 39.0, None, 0),
]
_LESSON_WORDS = ["Welcome and Overview", "Setting Up Your Tools", "Core Concepts", "Hands-On Exercise",
                 "Common Mistakes", "Working with Real Data", "Going Further", "Case Study", "Best Practices",
                 "Final Project", "Review and Next Steps", "Bonus Tips"]  # fmt: skip


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _iso_z(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_skillpath(path: Path) -> None:
    r = random.Random(13002)
    names = full_names(r, 330)
    countries = ["US", "GB", "IN", "DE", "CA", "BR", "AU", "NG", "PH", "ES"]
    instructors = []
    for i in range(30):
        nm = names[i]
        joined = dt.datetime(2020, 3, 1) + dt.timedelta(minutes=r.randrange(60 * 24 * 900))
        instructors.append((_uuid(r), nm, nm.lower().replace(" ", ".") + "@teach.skillpath.io",
                            r.choice(countries[:6]), _iso_z(joined), r.choice([50, 50, 60, 70]),
                            "true" if r.random() < 0.7 else "false"))  # fmt: skip
    # one instructor per course, some teach several; the last four instructors have no published course
    courses = []
    cid: dict[str, str] = {}
    pub_of: dict[str, dt.datetime | None] = {}
    pop: dict[str, int] = {}
    for k, (title, cat, lvl, price, pre, popw) in enumerate(_COURSES):
        c = _uuid(r)
        cid[title] = c
        ins = instructors[k % 26][0] if k < 37 else instructors[26 + (k - 37)][0]
        if pre is None:
            pub = dt.datetime(2021, 1, 4) + dt.timedelta(minutes=r.randrange(60 * 24 * 1100))
        else:
            pub = pub_of[cid[pre]] + dt.timedelta(days=r.randint(40, 300))  # type: ignore[operator]
        if popw == 0:
            pub = None  # a draft, not yet published
        pub_of[c] = pub
        pop[c] = popw
        archived = "true" if title in ("Typography Basics", "Drone Photography", "Java Programming Masterclass") \
            else "false"
        courses.append((c, title, ins, cat, lvl, price, None if pub is None else _iso_z(pub),
                        cid[pre] if pre else None, archived))  # fmt: skip
    learners = []
    signed: dict[str, dt.datetime] = {}
    tier: dict[str, str] = {}
    for i in range(30, 330):
        nm = names[i]
        lid = _uuid(r)
        t = dt.datetime(2021, 2, 1) + dt.timedelta(minutes=r.randrange(60 * 24 * 1590))
        signed[lid] = t
        tier[lid] = r.choices(["free", "plus", "teams"], weights=[70, 22, 8])[0]
        mail = nm.lower().replace(" ", "_") + r.choice(["@gmail.com", "@outlook.com", "@yahoo.com", "@proton.me"])
        learners.append((lid, nm, mail, None if r.random() < 0.08 else r.choice(countries), _iso_z(t), tier[lid]))
    lids = [x[0] for x in learners]
    end = dt.datetime(2025, 6, 14, 22, 0)
    enrollments = []
    taken: set[tuple[str, str]] = set()
    active_courses = [c for c in courses if c[6] is not None]
    by_id = {c[0]: c for c in courses}
    weights = [pop[c[0]] for c in active_courses]
    enr_info = []

    def enroll(lid: str, c: tuple, t: dt.datetime, prog: int | None = None) -> None:
        taken.add((lid, c[0]))
        coupon = None
        paid = round(c[5] * 100)
        if tier[lid] != "free":
            paid = 0
        else:
            x = r.random()
            if x < 0.15:
                coupon, paid = "WELCOME20", round(c[5] * 80)
            elif x < 0.22 and t.year == 2024 and t.month in (11, 12):
                coupon, paid = "BLACKFRI50", round(c[5] * 50)
        days = (end - t).days
        if prog is None:
            prog = r.choice([0, 5, 10, 20, 35, 50, 65, 80, 100, 100, 100]) if days > 20 else r.choice([0, 5, 10, 20])
        done = None
        if prog == 100:
            done = t + dt.timedelta(days=r.randint(3, max(4, min(120, days))), minutes=r.randrange(600))
            if done > end:
                done, prog = None, 80
        refund = None
        if paid > 0 and prog <= 10 and r.random() < 0.18:
            refund = t + dt.timedelta(days=r.randint(1, 25), minutes=r.randrange(600))
            if refund > end:
                refund = None
        eid = _uuid(r)
        enrollments.append((eid, lid, c[0], _iso_z(t), paid, coupon, prog, None if done is None else _iso_z(done),
                            None if refund is None else _iso_z(refund)))  # fmt: skip
        enr_info.append((eid, c[0], t, prog))

    while len(enrollments) < 540:
        lid = r.choice(lids[:270])  # the last 30 sign-ups never enrolled
        c = r.choices(active_courses, weights=weights)[0]
        if (lid, c[0]) in taken:
            continue
        start = max(signed[lid], pub_of[c[0]])  # type: ignore[type-var]
        last = min(end, dt.datetime(2024, 6, 30)) if c[8] == "true" else end
        if start >= last:
            continue
        t = start + dt.timedelta(minutes=r.randrange(int((last - start).total_seconds() // 60)))
        pre = by_id.get(c[7]) if c[7] else None
        if pre is not None and (lid, pre[0]) not in taken and r.random() < 0.55:
            # most learners take the prerequisite first and finish it
            t_pre = t - dt.timedelta(days=r.randint(30, 160), minutes=r.randrange(900))
            if t_pre > max(signed[lid], pub_of[pre[0]]):  # type: ignore[type-var]
                enroll(lid, pre, t_pre, 100)
        enroll(lid, c, t)
    enrollments.sort(key=lambda e: e[3])
    lessons = []
    les_of: dict[str, list[tuple[str, int, str]]] = {}
    for c in courses:
        n = r.randint(6, 10) if c[6] is not None else r.randint(3, 5)
        words = r.sample(_LESSON_WORDS[1:-2], n - 2)
        titles = [_LESSON_WORDS[0], *words, _LESSON_WORDS[-3]]
        for pos, lt in enumerate(titles, 1):
            lid = _uuid(r)
            quiz = "true" if pos not in (1, n) and r.random() < 0.45 else "false"
            lessons.append((lid, c[0], pos, lt, r.randint(150, 1500) if pos > 1 else r.randint(60, 240), quiz,
                            "true" if pos == 1 else "false"))  # fmt: skip
            les_of.setdefault(c[0], []).append((lid, pos, quiz))
    attempts = []
    for eid, c, t, prog in enr_info:
        qs = [le for le in les_of[c] if le[2] == "true"]
        n_les = len(les_of[c])
        for le in qs:
            if le[1] > prog / 100 * n_les or r.random() < 0.45:
                continue  # not reached yet, or skipped
            for k in range(3):
                at = t + dt.timedelta(days=le[1] * r.randint(1, 4) + k, minutes=r.randrange(900))
                if at > end:
                    break
                score = min(100, max(20, int(r.gauss(74 + 6 * k, 14))))
                attempts.append((_uuid(r), eid, le[0], _iso_z(at), score, "true" if score >= 70 else "false"))
                if score >= 70 or r.random() < 0.4:
                    break
    attempts.sort(key=lambda a: a[3])
    reviews = []
    texts = ["Clear and well paced.", "Exactly what I needed.", "Too basic for me.", "Great exercises!",
             "Audio quality could be better.", "The instructor explains things really well.", None, None,
             "Some videos are outdated.", "Worth every penny."]  # fmt: skip
    for e in enrollments:
        if e[6] >= 35 and e[8] is None and r.random() < 0.45:
            base = 4.3 if pop[e[2]] >= 10 else 3.9
            stars = max(1, min(5, round(r.gauss(base, 0.9))))
            t = dt.datetime.fromisoformat(e[7][:-1]) if e[7] else dt.datetime.fromisoformat(e[3][:-1])
            t += dt.timedelta(days=r.randint(0, 10), minutes=r.randrange(300))
            if t > end:
                continue
            reviews.append((_uuid(r), e[0], stars, r.choice(texts), _iso_z(t)))
    reviews.sort(key=lambda v: v[4])
    write_tables(path, SKILLPATH_DDL, [
        ("instructors", instructors), ("courses", courses), ("learners", learners), ("enrollments", enrollments),
        ("lessons", lessons), ("quizAttempts", attempts), ("courseReviews", reviews),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# hallidaylab
# ---------------------------------------------------------------------------------------------------------------

HALLIDAYLAB_DDL = """
CREATE TABLE terms (
    term_code TEXT PRIMARY KEY,
    term_label TEXT NOT NULL,
    season TEXT NOT NULL,
    cal_year INTEGER NOT NULL,
    term_seq INTEGER NOT NULL UNIQUE
);
CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    role_code TEXT NOT NULL,
    supervisor_id INTEGER REFERENCES members(member_id),
    start_term TEXT NOT NULL REFERENCES terms(term_code),
    end_term TEXT REFERENCES terms(term_code),
    email TEXT,
    home_dept TEXT NOT NULL
);
CREATE TABLE grants (
    grant_id INTEGER PRIMARY KEY,
    award_no TEXT NOT NULL UNIQUE,
    grant_title TEXT NOT NULL,
    funder TEXT NOT NULL,
    pi_member_id INTEGER NOT NULL REFERENCES members(member_id),
    award_total_usd INTEGER NOT NULL,
    start_term TEXT NOT NULL REFERENCES terms(term_code),
    end_term TEXT NOT NULL REFERENCES terms(term_code)
);
CREATE TABLE appointments (
    appt_id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(member_id),
    grant_id INTEGER NOT NULL REFERENCES grants(grant_id),
    term_code TEXT NOT NULL REFERENCES terms(term_code),
    effort_pct INTEGER NOT NULL,
    stipend_usd REAL NOT NULL
);
CREATE TABLE projects (
    project_id INTEGER PRIMARY KEY,
    project_name TEXT NOT NULL,
    lead_member_id INTEGER NOT NULL REFERENCES members(member_id),
    grant_id INTEGER REFERENCES grants(grant_id),
    status TEXT NOT NULL,
    start_term TEXT NOT NULL REFERENCES terms(term_code)
);
CREATE TABLE project_members (
    project_id INTEGER NOT NULL REFERENCES projects(project_id),
    member_id INTEGER NOT NULL REFERENCES members(member_id),
    PRIMARY KEY (project_id, member_id)
);
CREATE TABLE publications (
    pub_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    journal TEXT NOT NULL,
    pub_year INTEGER NOT NULL,
    doi TEXT,
    pub_status TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(project_id)
);
CREATE TABLE authorships (
    pub_id INTEGER NOT NULL REFERENCES publications(pub_id),
    member_id INTEGER NOT NULL REFERENCES members(member_id),
    author_pos INTEGER NOT NULL,
    corresponding INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pub_id, member_id)
);
"""

_SEASON_NAME = {"SP": "Spring", "SU": "Summer", "FA": "Fall"}


def _terms() -> list[tuple[str, str, str, int, int]]:
    """The university calendar from Fall 2016 to Fall 2029, in order."""
    out: list[tuple[str, str, str, int, int]] = []
    for y in range(2016, 2030):
        for s in ("SP", "SU", "FA"):
            if y == 2016 and s != "FA":
                continue
            out.append((f"{y}{s}", f"{_SEASON_NAME[s]} {y}", s, y, len(out) + 1))
    return out


def build_hallidaylab(path: Path) -> None:
    r = random.Random(13003)
    terms = _terms()
    seq = {t[0]: t[4] for t in terms}
    code = {t[4]: t[0] for t in terms}
    cur = seq["2025SU"]
    names = full_names(r, 70)
    members: list[list] = []

    def add(nm: str, role: str, sup: int | None, start: int, end: int | None, dept: str) -> int:
        mid = len(members) + 1
        first, last = nm.split(" ", 1)
        email = None if role == "VISITOR" or (end is not None and r.random() < 0.4) else \
            f"{first[0].lower()}{last.lower()}@uni.edu"
        members.append([mid, nm, role, sup, code[start], None if end is None else code[end], email, dept])
        return mid

    pi = add("Miriam Halliday", "PI", None, 1, None, "Neuroscience")
    # postdocs: 2-3 year stints
    postdocs = []
    starts = [2, 6, 10, 15, 19, 22, 25]
    for k, s in enumerate(starts):
        length = r.randint(6, 9)
        e = s + length if s + length < cur else None
        postdocs.append(add(names[k], "POSTDOC", pi, s, e, "Neuroscience"))
    manager = add(names[7], "TECH", pi, 3, None, "Neuroscience")
    tech2 = add(names[8], "TECH", manager, 20, None, "Neuroscience")
    # grad students: 5-6 years, supervised by the PI (two co-supervised by a senior postdoc on paper)
    grads = []
    gstarts = [1, 4, 7, 7, 10, 13, 16, 16, 19, 22, 25, 25]
    depts = ["Neuroscience", "Neuroscience", "Psychology", "Biomedical Engineering", "Neuroscience"]
    for k, s in enumerate(gstarts):
        length = r.randint(14, 18)
        e = s + length if s + length < cur else None
        if k == 3:
            e = s + 8  # left with a master's
        sup = pi if k not in (8, 11) else postdocs[4]
        grads.append(add(names[9 + k], "GRAD", sup, s, e, r.choice(depts)))
    # undergrads: short stays, supervised by a grad student or a postdoc in the lab at the time
    ugrads = []
    for k in range(30):
        s = r.randint(2, cur - 1)
        e = s + r.randint(2, 7)
        e = e if e < cur else None
        mentors = [m for m in grads + postdocs
                   if seq[members[m - 1][4]] <= s and (members[m - 1][5] is None or seq[members[m - 1][5]] > s)]
        sup = r.choice(mentors) if mentors else pi
        ugrads.append(add(names[21 + k], "UGRAD", sup, s, e, r.choice(
            ["Neuroscience", "Biology", "Psychology", "Computer Science", "Biomedical Engineering"])))  # fmt: skip
    # two visitors and a rotation student who never appears anywhere else
    visitors = [add(names[51], "VISITOR", pi, 12, 14, "Neuroscience"), add(names[52], "VISITOR", postdocs[3], 24,
                                                                          None, "Psychology")]  # fmt: skip
    rotation = add(names[53], "GRAD", pi, 23, 24, "Biomedical Engineering")
    grants = [
        (1, "R01NS104512", "Dendritic integration in hippocampal CA1 neurons", "NIH", pi, 1875000, "2017SU", "2022SU"),
        (2, "IOS-1754321", "CAREER: Plasticity of sleep-dependent memory circuits", "NSF", pi, 962500, "2018SP",
         "2023SP"),
        (3, "R21MH119876", "Imaging astrocyte calcium during learning", "NIH", pi, 418000, "2019FA", "2021FA"),
        (4, "SFARI-651203", "Circuit basis of social memory in autism models", "Simons Foundation", pi, 600000,
         "2020SP", "2023FA"),
        (5, "R01NS128890", "Hippocampal replay and memory consolidation", "NIH", pi, 2310500, "2022FA", "2027SU"),
        (6, "F31NS131122", "Replay sequences in aging mice", "NIH", grads[6], 137640, "2023SP", "2025FA"),
        (7, "SEED-2016-07", "Startup and seed funds", "University", pi, 250000, "2016FA", "2019SP"),
        (8, "U01NS135001", "BRAIN Initiative: large-scale recording of memory circuits", "NIH", pi, 3150000,
         "2024FA", "2029SU"),
        (9, "WH-2021-18", "Glial modulation of place cells", "Whitehall Foundation", postdocs[3], 225000, "2021FA",
         "2024SU"),
    ]
    gspan = {g[0]: (seq[g[6]], seq[g[7]]) for g in grants}
    appts = []
    aid = 0
    for m in members:
        role = m[2]
        if role in ("VISITOR",) or m[0] == rotation:
            continue
        s = seq[m[4]]
        e = seq[m[5]] + 1 if m[5] else cur + 1  # end_term is the last term in the lab
        for t in range(s, min(e, cur + 1)):
            season = code[t][-2:]
            if role == "PI" and season != "SU":
                continue  # the PI draws summer salary only
            if role == "UGRAD" and (r.random() < 0.5 or season == "SU"):
                continue
            if role == "GRAD" and t - s < 2:
                continue  # first-year students are on a university fellowship
            if role == "GRAD" and season != "SU" and r.random() < 0.15:
                continue  # a teaching-assistant term
            avail = [g for g in gspan if gspan[g][0] <= t <= gspan[g][1]]
            # the F31 fellowship pays its holder alone
            avail = [6] if m[0] == grads[6] and 6 in avail else [g for g in avail if g != 6]
            if not avail:
                continue
            g = r.choice(avail)
            effort, stipend = {
                "PI": (r.choice([25, 33]), round(r.uniform(18000, 26000), 2)),
                "POSTDOC": (100, round(r.uniform(19000, 23500) * (1 + 0.03 * (t // 3)), 2)),
                "TECH": (r.choice([50, 100]), round(r.uniform(14000, 19000), 2)),
                "GRAD": (50, round(12500 * (1 + 0.025 * (t // 3)), 2)),
                "UGRAD": (r.choice([10, 20]), round(r.uniform(1800, 3400), 2)),
            }[role]
            aid += 1
            appts.append((aid, m[0], g, code[t], effort, stipend))
    # (name, lead member_id, grant_id, status, start term as term_seq)
    projects_spec = [
        ("CA1 dendritic spikes in vivo", 1, 1, "completed", 3),
        ("Sleep spindles and memory", 1, 2, "completed", 5),
        ("Astrocyte calcium imaging", 3, 3, "completed", 10),
        ("Social memory in Shank3 mice", 4, 4, "completed", 12),
        ("Closed-loop replay disruption", 5, 5, "active", 19),
        ("Replay in aging", 17, 6, "active", 21),
        ("Neuropixels recording pipeline", 10, 8, "active", 24),
        ("Place cell remapping", 5, 9, "completed", 16),
        ("Behavioral rig automation", 9, None, "completed", 6),
        ("Optogenetic silencing of CA3", 11, 1, "completed", 8),
        ("Spike sorting benchmark", 15, 5, "on hold", 20),
        ("Glia and place fields", 13, 9, "completed", 17),
        ("Dentate gyrus pattern separation", 15, 5, "active", 22),
        ("Theta sequences in novelty", 16, 5, "active", 23),
        ("Head-fixed VR navigation", 13, 2, "completed", 11),
        ("Fear memory reconsolidation", 12, 2, "completed", 9),
        ("Calcium indicator comparison", 6, None, "on hold", 20),
        ("Memory in sleep-deprived mice", 18, 5, "active", 25),
        ("Histology atlas registration", 9, None, "active", 26),
        ("Ripple detection toolbox", 19, 8, "active", 26),
        ("Open field exploration dataset", 16, None, "on hold", 14),
        ("Interneuron subtypes in CA2", 21, 5, "active", 27),
        ("Reward and replay", 7, 5, "active", 22),
        ("Mouse colony database", 9, None, "completed", 4),
        ("Pilot: zebra finch song memory", 1, 7, "completed", 2),
        ("Social odor discrimination", 4, 4, "completed", 13),
        ("Spatial memory across the estrous cycle", 22, None, "active", 27),
        ("Two-photon motion correction", 3, 3, "completed", 11),
        ("Hippocampal-prefrontal coupling", 8, 8, "active", 27),
        ("Ketamine and memory updating", 6, None, "on hold", 19),
    ]
    projects = []
    pm = []
    for k, (pname, lead, g, status, st) in enumerate(projects_spec, 1):
        projects.append((k, pname, lead, g, status, code[min(st, cur)]))
        team = {lead}
        st_seq = min(st, cur)
        around = [m[0] for m in members if m[0] != lead and m[2] != "VISITOR" and m[0] != rotation
                  and seq[m[4]] <= st_seq + 2 and (m[5] is None or seq[m[5]] >= st_seq)]
        for x in r.sample(around, min(len(around), r.randint(1, 4))):
            team.add(x)
        pm += [(k, x) for x in sorted(team)]
    pubs = []
    auth = []
    journals = ["Neuron", "Journal of Neuroscience", "eLife", "Nature Neuroscience", "Hippocampus", "Cell Reports",
                "PLOS Computational Biology", "bioRxiv"]  # fmt: skip
    pid = 0
    topics = ["dynamics", "plasticity", "encoding", "consolidation", "representation", "stability", "coupling"]
    for k, p in enumerate(projects, 1):
        team = [x for (pp, x) in pm if pp == k]
        n = {"completed": r.randint(1, 3), "active": r.randint(0, 2), "on hold": 0}[p[4]]
        if k == 21:
            n = 1
        if p[5] >= "2025":
            n = 0  # started this year
        for j in range(n):
            pid += 1
            start_year = int(p[5][:4])
            year = min(2025, start_year + r.randint(1, 4) + j)
            status = "published" if year < 2025 else r.choice(["published", "in press", "under review"])
            journal = r.choice(journals[:-1])
            if status == "under review":
                journal = "bioRxiv"
            doi = None if status == "under review" else f"10.{r.randint(1000, 1099)}/{r.randint(100000, 999999)}"
            title = f"{p[1]}: {r.choice(topics)} {r.choice(['revisited', 'during behavior', 'in vivo', 'across days'])}"
            pubs.append((pid, title, journal, year, doi, status, k))
            authors = [x for x in team if x != pi]
            r.shuffle(authors)
            if p[2] in authors:
                authors.remove(p[2])
                authors.insert(0, p[2])
            authors = [*authors, pi]
            for pos, x in enumerate(authors, 1):
                auth.append((pid, x, pos, 1 if x == pi else 0))
    # a review article by the PI alone, no project
    pid += 1
    pubs.append((pid, "Hippocampal replay: a decade of progress", "Annual Review of Neuroscience", 2024,
                 "10.1146/annurev-neuro-111023-0412", "published", None))
    auth.append((pid, pi, 1, 1))
    write_tables(path, HALLIDAYLAB_DDL, [
        ("terms", terms), ("members", [tuple(m) for m in members]), ("grants", grants), ("appointments", appts),
        ("projects", projects), ("project_members", pm), ("publications", pubs), ("authorships", auth),
    ])  # fmt: skip
    del visitors, tech2


# ---------------------------------------------------------------------------------------------------------------
# brightpath
# ---------------------------------------------------------------------------------------------------------------

BRIGHTPATH_DDL = """
CREATE TABLE Tutors (
    TutorID INTEGER PRIMARY KEY,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    Email TEXT NOT NULL,
    HourlyRateUSD REAL NOT NULL,
    HiredAt TEXT NOT NULL,
    IsActive TEXT NOT NULL
);
CREATE TABLE Subjects (
    SubjectID INTEGER PRIMARY KEY,
    SubjectName TEXT NOT NULL UNIQUE,
    SubjectArea TEXT NOT NULL
);
CREATE TABLE TutorSubjects (
    TutorID INTEGER NOT NULL REFERENCES Tutors(TutorID),
    SubjectID INTEGER NOT NULL REFERENCES Subjects(SubjectID),
    PRIMARY KEY (TutorID, SubjectID)
);
CREATE TABLE Students (
    StudentID INTEGER PRIMARY KEY,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    SchoolGrade INTEGER NOT NULL,
    ParentName TEXT NOT NULL,
    ParentPhone TEXT,
    City TEXT NOT NULL,
    RegisteredAt TEXT NOT NULL,
    AccountStatus TEXT NOT NULL
);
CREATE TABLE Sessions (
    SessionID INTEGER PRIMARY KEY,
    TutorID INTEGER NOT NULL REFERENCES Tutors(TutorID),
    StudentID INTEGER NOT NULL REFERENCES Students(StudentID),
    SubjectID INTEGER NOT NULL REFERENCES Subjects(SubjectID),
    StartsAt TEXT NOT NULL,
    DurationMin INTEGER NOT NULL,
    Location TEXT NOT NULL,
    StatusCode TEXT NOT NULL
);
CREATE TABLE SessionFeedback (
    SessionID INTEGER PRIMARY KEY REFERENCES Sessions(SessionID),
    Stars INTEGER NOT NULL,
    Comment TEXT,
    SubmittedAt TEXT NOT NULL
);
CREATE TABLE Invoices (
    InvoiceID INTEGER PRIMARY KEY,
    StudentID INTEGER NOT NULL REFERENCES Students(StudentID),
    BillingMonth TEXT NOT NULL,
    IssuedAt TEXT NOT NULL,
    DueAt TEXT NOT NULL,
    AmountUSD REAL NOT NULL,
    PaidAt TEXT
);
"""

_SUBJECTS = [
    (1, "Pre-Algebra", "Math"), (2, "Algebra I", "Math"), (3, "Geometry", "Math"), (4, "Algebra II", "Math"),
    (5, "Precalculus", "Math"), (6, "AP Calculus", "Math"), (7, "Biology", "Science"), (8, "Chemistry", "Science"),
    (9, "Physics", "Science"), (10, "Essay Writing", "English"), (11, "Reading Comprehension", "English"),
    (12, "SAT Math", "Test Prep"), (13, "SAT Reading and Writing", "Test Prep"), (14, "ACT Prep", "Test Prep"),
    (15, "Spanish", "Languages"), (16, "French", "Languages"), (17, "Computer Science", "Science"),
]


def _slash(t: dt.datetime) -> str:
    """'YYYY/MM/DD HH24:MI', as the booking system stores every moment."""
    return t.strftime("%Y/%m/%d %H:%M")


def build_brightpath(path: Path) -> None:
    r = random.Random(13004)
    names = full_names(r, 200)
    tutors = []
    for i in range(32):
        f, last = names[i].split()
        hired = _at(r, _pick_date(r, dt.date(2019, 8, 1), dt.date(2025, 3, 31)), 9, 17)
        rate = r.choice([35.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 75.0, 85.0])
        tutors.append([i + 1, f, last, f"{f.lower()}.{last.lower()}@brightpath-tutoring.com", rate, hired,
                       "N" if r.random() < 0.15 else "Y"])  # fmt: skip
    # the most expensive tutor: one clear top rate
    tutors[11][4] = 95.0
    tsub = []
    can: dict[int, list[int]] = {}
    groups = [[1, 2, 3, 4], [4, 5, 6, 12], [7, 8, 9], [10, 11, 13], [12, 13, 14], [15, 16], [9, 17, 6], [2, 3, 12]]
    for t in tutors:
        g = r.choice(groups)
        subs = sorted(set(r.sample(g, r.randint(2, len(g))) + ([r.randint(1, 17)] if r.random() < 0.3 else [])))
        can[t[0]] = subs
        tsub += [(t[0], s) for s in subs]
    cities = ["Newton", "Brookline", "Cambridge", "Somerville", "Wellesley", "Waltham"]
    students = []
    for i in range(125):
        f, last = names[40 + i].split()
        reg = _at(r, _pick_date(r, dt.date(2022, 8, 15), dt.date(2025, 5, 30)), 8, 22)
        pf = r.choice(FIRST_NAMES)
        students.append([i + 1, f, last, r.randint(5, 12), f"{pf} {last}",
                         None if r.random() < 0.1 else f"617-555-{r.randint(1000, 9999)}",
                         r.choices(cities, weights=[30, 20, 18, 12, 12, 8])[0], reg,
                         r.choices(["A", "H", "C"], weights=[70, 10, 20])[0]])  # fmt: skip
    sessions = []
    end = dt.datetime(2025, 6, 14, 21, 0)
    sid = 0
    for s in students[:115]:  # the last ten registered but never booked
        reg = s[7]
        tut = r.choice([t for t in tutors if t[5] < reg + dt.timedelta(days=30)] or tutors[:5])
        subj = r.choice(can[tut[0]])
        n = r.randint(1, 9)
        t0 = reg + dt.timedelta(days=r.randint(1, 20))
        for _k in range(n):
            if t0 > end:
                break
            d = t0.date()
            start = dt.datetime(d.year, d.month, d.day, r.choice([15, 16, 17, 18, 19]) if d.weekday() < 5
                                else r.choice([9, 10, 11, 13, 14]), r.choice([0, 0, 30]))  # fmt: skip
            if tut[6] == "N" and start > dt.datetime(2024, 12, 20):
                break  # the tutor stopped taking students
            if start <= end:
                sid += 1
                status = r.choices(["C", "SX", "TX", "NS"], weights=[84, 8, 4, 4])[0]
                sessions.append([sid, tut[0], s[0], subj, start, r.choice([45, 60, 60, 60, 90, 120]),
                                 r.choices(["ONLINE", "CENTER", "HOME", "LIBRARY"], weights=[45, 30, 15, 10])[0],
                                 status])  # fmt: skip
            t0 += dt.timedelta(days=r.choice([3, 4, 7, 7, 7, 14]))
            if r.random() < 0.1:
                subj = r.choice(can[tut[0]])
    sessions.sort(key=lambda x: x[4])
    for i, x in enumerate(sessions, 1):
        x[0] = i
    rate = {t[0]: t[4] for t in tutors}
    feedback = []
    comments = ["Very patient and clear.", "Helped a lot before the test.", "Started late.", None, None,
                "My son finally understands factoring.", "Great session!", "A bit rushed."]  # fmt: skip
    for x in sessions:
        if x[7] == "C" and r.random() < 0.4:
            sub = x[4] + dt.timedelta(minutes=x[5] + r.randint(5, 2000))
            if sub <= end:
                stars = max(1, min(5, round(r.gauss(4.4 if rate[x[1]] >= 55 else 4.0, 0.8))))
                feedback.append((x[0], stars, r.choice(comments), _slash(sub)))
    # invoices: one per student and month with completed or no-show sessions (no-shows are billed)
    billed: dict[tuple[int, str], float] = {}
    for x in sessions:
        if x[7] in ("C", "NS"):
            key = (x[2], x[4].strftime("%Y/%m"))
            billed[key] = billed.get(key, 0.0) + rate[x[1]] * x[5] / 60
    invoices = []
    for i, ((stu, month), amt) in enumerate(sorted(billed.items(), key=lambda kv: (kv[0][1], kv[0][0])), 1):
        y, m = int(month[:4]), int(month[5:])
        first_next = dt.date(y + (m == 12), m % 12 + 1, 1)
        if first_next > LAST_DAY:
            continue  # June 2025 is not billed yet
        issued = dt.datetime(first_next.year, first_next.month, first_next.day, 6, 0) + dt.timedelta(
            days=r.randint(0, 2))
        due = issued + dt.timedelta(days=15)
        late = r.random() < 0.2
        paid = issued + dt.timedelta(days=r.randint(16, 45) if late else r.randint(0, 14), hours=r.randint(0, 12),
                                      minutes=r.randint(0, 59))
        if paid > end or r.random() < 0.05:
            paid = None
        invoices.append((i, stu, month, _slash(issued), _slash(due), round(amt, 2), None if paid is None
                         else _slash(paid)))  # fmt: skip
    invoices = [(i, *v[1:]) for i, v in enumerate(invoices, 1)]
    tutors_rows = [(t[0], t[1], t[2], t[3], t[4], _slash(t[5]), t[6]) for t in tutors]
    students_rows = [(s[0], s[1], s[2], s[3], s[4], s[5], s[6], _slash(s[7]), s[8]) for s in students]
    sessions_rows = [(x[0], x[1], x[2], x[3], _slash(x[4]), x[5], x[6], x[7]) for x in sessions]
    write_tables(path, BRIGHTPATH_DDL, [
        ("Tutors", tutors_rows), ("Subjects", _SUBJECTS), ("TutorSubjects", tsub), ("Students", students_rows),
        ("Sessions", sessions_rows), ("SessionFeedback", feedback), ("Invoices", invoices),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# sciencefair
# ---------------------------------------------------------------------------------------------------------------

SCIENCEFAIR_DDL = """
CREATE TABLE schools (
    school_id INTEGER PRIMARY KEY,
    school_name TEXT NOT NULL,
    city TEXT NOT NULL,
    county TEXT NOT NULL,
    is_public INTEGER NOT NULL
);
CREATE TABLE students (
    student_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    school_id INTEGER NOT NULL REFERENCES schools(school_id),
    grad_year INTEGER NOT NULL,
    email TEXT
);
CREATE TABLE categories (
    category_id INTEGER PRIMARY KEY,
    category_name TEXT NOT NULL UNIQUE,
    division TEXT NOT NULL
);
CREATE TABLE projects (
    project_id INTEGER PRIMARY KEY,
    fair_year INTEGER NOT NULL,
    booth_no TEXT NOT NULL,
    title TEXT NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories(category_id),
    sponsor_teacher TEXT,
    registered_on TEXT NOT NULL,
    status TEXT NOT NULL,
    needs_power INTEGER NOT NULL
);
CREATE TABLE project_students (
    project_id INTEGER NOT NULL REFERENCES projects(project_id),
    student_id INTEGER NOT NULL REFERENCES students(student_id),
    PRIMARY KEY (project_id, student_id)
);
CREATE TABLE judges (
    judge_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    expertise_category_id INTEGER REFERENCES categories(category_id),
    first_year INTEGER NOT NULL
);
CREATE TABLE scores (
    score_id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(project_id),
    judge_id INTEGER NOT NULL REFERENCES judges(judge_id),
    creativity INTEGER NOT NULL,
    method INTEGER NOT NULL,
    presentation INTEGER NOT NULL,
    scored_on TEXT NOT NULL
);
CREATE TABLE awards (
    award_id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(project_id),
    award_name TEXT NOT NULL,
    prize_usd INTEGER NOT NULL,
    sponsor TEXT
);
"""

_FAIR_DAY = {2023: dt.date(2023, 3, 18), 2024: dt.date(2024, 3, 16), 2025: dt.date(2025, 3, 15)}
_CATS = [(1, "Biology", "Life Sciences"), (2, "Chemistry", "Physical Sciences"), (3, "Physics", "Physical Sciences"),
         (4, "Engineering", "Physical Sciences"), (5, "Computer Science", "Physical Sciences"),
         (6, "Environmental Science", "Life Sciences"), (7, "Behavioral Science", "Life Sciences"),
         (8, "Mathematics", "Physical Sciences"), (9, "Medicine and Health", "Life Sciences")]  # fmt: skip
_TOPICS = {
    1: ["Effect of Light Color on Bean Growth", "Bacteria on School Door Handles", "Do Plants Respond to Music?",
        "Yeast Fermentation and Temperature", "Earthworm Habitat Preferences", "Antibacterial Properties of Garlic"],
    2: ["Vitamin C in Orange Juice Over Time", "Making Biodegradable Plastic from Milk", "Rust Prevention Coatings",
        "Electrolytes in Sports Drinks", "pH of Local Rainwater", "Crystal Growth and Cooling Rate"],
    3: ["Paper Airplane Wing Shapes", "Magnetic Levitation Train Model", "Insulation and Heat Loss",
        "Sound Dampening Materials", "Pendulum Period and Length", "Solar Cooker Efficiency"],
    4: ["Low-Cost Water Filter", "Earthquake-Resistant Structures", "Wind Turbine Blade Design",
        "Robotic Arm for Recycling", "Bridge Truss Strength", "Automatic Plant Watering System"],
    5: ["Machine Learning to Identify Birdsong", "Password Strength Analyzer", "Traffic Light Optimization",
        "Detecting Fake News with NLP", "Sign Language Recognition App", "Maze Solving Algorithms Compared"],
    6: ["Microplastics in the River", "Air Quality Near Highways", "Composting Speed and Additives",
        "Oil Spill Cleanup Materials", "Urban Heat Islands in Our Town", "Invasive Species Mapping"],
    7: ["Screen Time and Sleep", "Music and Memory Recall", "Color and Mood", "Reaction Time and Caffeine",
        "Handedness and Puzzle Speed", "Peer Pressure in Taste Tests"],
    8: ["Patterns in Prime Gaps", "Probability in Board Games", "Fractals in Nature", "Optimal Seating Charts",
        "Modeling Epidemic Spread", "Voting Systems Compared"],
    9: ["Heart Rate and Exercise Recovery", "Hand Sanitizer Effectiveness", "Blue Light and Eye Strain",
        "Sugar Content of Breakfast Cereals", "Posture and Backpack Weight", "Hydration and Concentration"],
}


def build_sciencefair(path: Path) -> None:
    r = random.Random(13005)
    schools = [
        (1, "Lincoln Middle School", "Springfield", "Sangamon", 1), (2, "Washington High School", "Springfield",
                                                                     "Sangamon", 1),
        (3, "St. Agnes Academy", "Springfield", "Sangamon", 0), (4, "Chatham Junior High", "Chatham", "Sangamon", 1),
        (5, "Rochester High School", "Rochester", "Sangamon", 1), (6, "Jacksonville High School", "Jacksonville",
                                                                   "Morgan", 1),
        (7, "Illinois School for the Deaf", "Jacksonville", "Morgan", 1), (8, "Routt Catholic High School",
                                                                         "Jacksonville", "Morgan", 0),
        (9, "Taylorville Junior High", "Taylorville", "Christian", 1), (10, "Pana High School", "Pana", "Christian", 1),
        (11, "Lutheran High School", "Springfield", "Sangamon", 0), (12, "Auburn High School", "Auburn", "Sangamon",
                                                                    1),
    ]
    names = full_names(r, 380)
    students = []
    for i in range(290):
        f, last = names[i].split()
        sch = r.choices(range(1, 13), weights=[12, 14, 9, 8, 7, 8, 2, 4, 6, 5, 5, 0])[0]
        grad = r.randint(2028, 2031) if sch in (1, 4, 9) else r.randint(2025, 2028)  # middle schools: later
        students.append((i + 1, f, last, sch, grad,
                         None if r.random() < 0.3 else f"{f.lower()}{r.randint(10, 99)}@student.k12.il.us"))
    teachers = [f"{r.choice(['Mr.', 'Ms.', 'Mrs.', 'Dr.'])} {n.split()[1]}" for n in names[290:330]]
    projects = []
    ps = []
    pid = 0
    used_titles: dict[int, set[str]] = {}
    stu_by_school: dict[int, list[int]] = {}
    for s in students:
        stu_by_school.setdefault(s[3], []).append(s[0])
    busy: dict[int, set[int]] = {2023: set(), 2024: set(), 2025: set()}
    for year, n in ((2023, 58), (2024, 66), (2025, 72)):
        booth = 0
        for _ in range(n):
            cat = r.choices(range(1, 10), weights=[14, 10, 9, 12, 12, 10, 8, 5, 9])[0]
            pool = [t for t in _TOPICS[cat] if t not in used_titles.setdefault(year, set())]
            if not pool:
                continue
            title = r.choice(pool)
            used_titles[year].add(title)
            sch = r.choices(range(1, 13), weights=[12, 14, 9, 8, 7, 8, 2, 4, 6, 5, 5, 0])[0]
            cands = [s for s in stu_by_school[sch] if s not in busy[year] and students[s - 1][4] >= year]
            if not cands:
                continue
            team = r.sample(cands, min(len(cands), r.choices([1, 2, 3], weights=[55, 30, 15])[0]))
            busy[year].update(team)
            pid += 1
            booth += 1
            fair = _FAIR_DAY[year]
            reg = _pick_date(r, fair - dt.timedelta(days=75), fair - dt.timedelta(days=14))
            status = r.choices(["judged", "withdrawn", "disqualified"], weights=[92, 6, 2])[0]
            projects.append((pid, year, f"{chr(64 + cat)}-{booth:03d}", title, cat,
                             None if r.random() < 0.12 else r.choice(teachers), reg.isoformat(), status,
                             1 if cat in (4, 5) or r.random() < 0.2 else 0))  # fmt: skip
            ps += [(pid, s) for s in sorted(team)]
    judges = []
    affs = ["University of Illinois Springfield", "Memorial Medical Center", "Illinois EPA", "Retired teacher",
            "State Farm", "Lincoln Land Community College", "Springfield Clinic", "Illinois State Museum",
            "City Water, Light & Power", "Independent engineer"]  # fmt: skip
    for i in range(44):
        judges.append((i + 1, names[330 + i], r.choice(affs),
                       None if r.random() < 0.15 else r.randint(1, 9), r.choice([2019, 2021, 2022, 2023, 2023, 2024,
                                                                                  2024, 2025])))  # fmt: skip
    scores = []
    sid = 0
    quality = {p[0]: r.gauss(0, 1) for p in projects}
    for p in projects:
        if p[7] == "withdrawn":
            continue
        year = p[1]
        avail = [j for j in judges if j[4] <= year]
        expert = [j for j in avail if j[3] == p[4]]
        chosen = r.sample(expert, min(1, len(expert)))
        chosen += r.sample([j for j in avail if j not in chosen], 3 - len(chosen))
        for j in chosen:
            sid += 1
            q = quality[p[0]]
            scores.append((sid, p[0], j[0], max(5, min(30, round(21 + 3.5 * q + r.gauss(0, 2.5)))),
                           max(8, min(40, round(28 + 5 * q + r.gauss(0, 3)))),
                           max(5, min(30, round(21 + 3.5 * q + r.gauss(0, 3)))), _FAIR_DAY[year].isoformat()))
    total: dict[int, int] = {}
    for s in scores:
        total[s[1]] = total.get(s[1], 0) + s[3] + s[4] + s[5]
    # no two projects of a fair with the same total: a judge's presentation mark is one point lower
    rows_of: dict[int, list[int]] = {}
    for i, s in enumerate(scores):
        rows_of.setdefault(s[1], []).append(i)
    for year in (2023, 2024, 2025):
        seen: set[int] = set()
        for p_id in sorted((p[0] for p in projects if p[1] == year and p[0] in total), key=lambda x: -total[x]):
            k = 0
            while total[p_id] in seen:
                i = rows_of[p_id][k % len(rows_of[p_id])]
                if scores[i][5] > 5:
                    scores[i] = (*scores[i][:5], scores[i][5] - 1, scores[i][6])
                    total[p_id] -= 1
                k += 1
            seen.add(total[p_id])
    awards = []
    aid = 0
    sponsors = ["Ameren Illinois", "Rotary Club of Springfield", "Illinois Science Teachers Association", None]
    for year in (2023, 2024, 2025):
        judged = [p for p in projects if p[1] == year and p[7] == "judged"]
        ranked = sorted(judged, key=lambda p: -total[p[0]])
        aid += 1
        awards.append((aid, ranked[0][0], "Best in Fair", 1000, "Ameren Illinois"))
        for cat in range(1, 10):
            inc = [p for p in ranked if p[4] == cat]
            for place, (nm, prize) in enumerate([("First Place", 300), ("Second Place", 200), ("Third Place", 100)]):
                if place < len(inc) and len(inc) >= 3:
                    aid += 1
                    awards.append((aid, inc[place][0], nm, prize, r.choice(sponsors)))
            if len(inc) > 4:
                aid += 1
                awards.append((aid, inc[3][0], "Honorable Mention", 0, None))
    write_tables(path, SCIENCEFAIR_DDL, [
        ("schools", schools), ("students", students), ("categories", _CATS), ("projects", projects),
        ("project_students", ps), ("judges", judges), ("scores", scores), ("awards", awards),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# thesisarchive
# ---------------------------------------------------------------------------------------------------------------

THESISARCHIVE_DDL = """
CREATE TABLE dept (
    dept_cd TEXT PRIMARY KEY,
    dept_nm TEXT NOT NULL,
    fac_grp TEXT NOT NULL
);
CREATE TABLE faculty (
    fac_id INTEGER PRIMARY KEY,
    fac_nm TEXT NOT NULL,
    dept_cd TEXT NOT NULL REFERENCES dept(dept_cd),
    rank_cd TEXT NOT NULL,
    email_addr TEXT,
    actv_flg INTEGER NOT NULL
);
CREATE TABLE student (
    stu_id INTEGER PRIMARY KEY,
    stu_nm TEXT NOT NULL,
    dept_cd TEXT NOT NULL REFERENCES dept(dept_cd),
    prog_cd TEXT NOT NULL,
    enrol_dt INTEGER NOT NULL,
    advisor_id INTEGER REFERENCES faculty(fac_id),
    intl_flg INTEGER NOT NULL
);
CREATE TABLE lkp_grade (
    grade_cd TEXT PRIMARY KEY,
    grade_pts REAL,
    grade_desc TEXT NOT NULL
);
CREATE TABLE thesis (
    ths_id INTEGER PRIMARY KEY,
    stu_id INTEGER NOT NULL REFERENCES student(stu_id),
    ths_title TEXT NOT NULL,
    submit_dt INTEGER NOT NULL,
    defense_dt INTEGER,
    grade_cd TEXT REFERENCES lkp_grade(grade_cd),
    page_cnt INTEGER NOT NULL,
    lang_cd TEXT NOT NULL,
    embargo_end_dt INTEGER,
    call_no TEXT
);
CREATE TABLE committee (
    ths_id INTEGER NOT NULL REFERENCES thesis(ths_id),
    fac_id INTEGER NOT NULL REFERENCES faculty(fac_id),
    role_cd TEXT NOT NULL,
    PRIMARY KEY (ths_id, fac_id)
);
CREATE TABLE keyword (
    kw_id INTEGER PRIMARY KEY,
    kw_txt TEXT NOT NULL UNIQUE
);
CREATE TABLE thesis_kw (
    ths_id INTEGER NOT NULL REFERENCES thesis(ths_id),
    kw_id INTEGER NOT NULL REFERENCES keyword(kw_id),
    PRIMARY KEY (ths_id, kw_id)
);
CREATE TABLE loan (
    loan_id INTEGER PRIMARY KEY,
    ths_id INTEGER NOT NULL REFERENCES thesis(ths_id),
    borrower_nm TEXT NOT NULL,
    borrower_typ TEXT NOT NULL,
    out_dt INTEGER NOT NULL,
    due_dt INTEGER NOT NULL,
    ret_dt INTEGER
);
"""

_DEPTS = [("CHEM", "Chemistry", "Science"), ("PHYS", "Physics", "Science"), ("BIOL", "Biology", "Science"),
          ("CS", "Computer Science", "Engineering"), ("CIVE", "Civil Engineering", "Engineering"),
          ("HIST", "History", "Humanities"), ("ECON", "Economics", "Social Sciences"),
          ("PSYC", "Psychology", "Social Sciences")]  # fmt: skip
_GRADES = [("A+", 4.3, "Exceptional"), ("A", 4.0, "Excellent"), ("A-", 3.7, "Excellent"), ("B+", 3.3, "Very good"),
           ("B", 3.0, "Good"), ("B-", 2.7, "Satisfactory"), ("C+", 2.3, "Adequate"), ("C", 2.0, "Marginal pass"),
           ("F", 0.0, "Fail"),
           ("P", None, "Pass (doctoral dissertations, not graded on the letter scale)")]  # fmt: skip
_KW = {
    "CHEM": ["catalysis", "polymers", "spectroscopy", "electrochemistry", "green chemistry"],
    "PHYS": ["quantum optics", "condensed matter", "astrophysics", "particle detectors", "spectroscopy"],
    "BIOL": ["genomics", "ecology", "microbiology", "CRISPR", "climate change"],
    "CS": ["machine learning", "databases", "computer vision", "distributed systems", "natural language processing"],
    "CIVE": ["concrete", "hydrology", "transportation", "seismic design", "climate change"],
    "HIST": ["medieval Europe", "colonialism", "oral history", "labor movements", "Cold War"],
    "ECON": ["labor economics", "development", "monetary policy", "econometrics", "machine learning"],
    "PSYC": ["cognition", "child development", "memory", "anxiety", "social media"],
}
_TITLE_PARTS = {
    "CHEM": ["Advances in", "New Approaches to", "Studies in"],
    "PHYS": ["Precision Measurements in", "Topics in", "Simulations in"],
    "BIOL": ["Perspectives on", "Field Studies in", "Studies in"],
    "CS": ["Scalable Methods in", "Robustness in", "Efficient Algorithms for"],
    "CIVE": ["Resilience in", "Risk Assessment for", "Design Methods in"],
    "HIST": ["Memory and Power in", "A Social History of", "Voices of"],
    "ECON": ["Essays on", "The Economics of", "Evidence on"],
    "PSYC": ["Individual Differences in", "Developmental Perspectives on", "Studies of"],
}
_SUBTITLES = ["A Case Study", "Evidence from the Midwest", "Methods and Applications", "An Empirical Analysis",
              "Theory and Experiment", "A Comparative Study", "New Evidence", "Design and Evaluation",
              "A Longitudinal Study", "Models and Measurements", "Lessons from Chicago", "A Mixed-Methods Approach"]


def _cap(words: str) -> str:
    """'machine learning' -> 'Machine Learning' ('CRISPR', 'Cold War' kept)."""
    return " ".join(w if w[0].isupper() else w[0].upper() + w[1:] for w in words.split())


def _ymd(d: dt.date | None) -> int | None:
    """A date as the integer YYYYMMDD."""
    return None if d is None else d.year * 10000 + d.month * 100 + d.day


def build_thesisarchive(path: Path) -> None:
    r = random.Random(13006)
    names = full_names(r, 560)
    faculty = []
    fac_by_dept: dict[str, list[int]] = {}
    fid = 0
    for code, _nm, _grp in _DEPTS:
        for _ in range(r.randint(5, 7)):
            fid += 1
            nm = names[fid]
            rank = r.choices(["PROF", "ASSOC", "ASST", "EMER"], weights=[35, 30, 25, 10])[0]
            actv = 0 if rank == "EMER" or r.random() < 0.06 else 1
            faculty.append((fid, nm, code, rank, None if r.random() < 0.1 else
                            f"{nm.split()[1].lower()}{fid}@univ.edu", actv))  # fmt: skip
            fac_by_dept.setdefault(code, []).append(fid)
    students = []
    theses = []
    committee = []
    thesis_kw = []
    kws: list[str] = []
    for code in _KW:
        for k in _KW[code]:
            if k not in kws:
                kws.append(k)
    kw_id = {k: i for i, k in enumerate(kws, 1)}
    tid = 0
    titles: set[str] = set()
    grade_w = {"MSC": [8, 20, 22, 20, 14, 8, 4, 2, 2], "MA": [6, 18, 22, 22, 16, 8, 4, 3, 1]}
    letters = [g[0] for g in _GRADES[:9]]
    for i in range(250):
        sid = i + 1
        code = r.choices([d[0] for d in _DEPTS], weights=[14, 10, 14, 18, 10, 10, 12, 12])[0]
        prog = r.choices(["PHD", "MSC" if code not in ("HIST", "ECON", "PSYC") else "MA"], weights=[40, 60])[0]
        enrol = _pick_date(r, dt.date(2012, 8, 20), dt.date(2024, 9, 10))
        if r.random() < 0.5:
            enrol = dt.date(enrol.year, 9, r.randint(1, 8))
        adv = r.choice(fac_by_dept[code])
        students.append((sid, names[60 + i], code, prog, _ymd(enrol), None if r.random() < 0.04 else adv,
                         1 if r.random() < 0.3 else 0))  # fmt: skip
        years = r.uniform(1.8, 2.6) if prog != "PHD" else r.uniform(4.3, 6.5)
        submit = enrol + dt.timedelta(days=int(years * 365))
        if submit > LAST_DAY or r.random() < 0.06:
            continue  # still writing (or left)
        tid += 1
        defense = submit + dt.timedelta(days=r.randint(21, 80))
        grade: str | None
        if defense > LAST_DAY:
            defense, grade = None, None
        elif prog == "PHD":
            grade = "P" if r.random() < 0.97 else "F"
        else:
            grade = r.choices(letters, weights=grade_w[prog])[0]
        lang = "EN" if r.random() < 0.9 else r.choice(["FR", "DE", "ES"])
        kset = r.sample(_KW[code], r.randint(1, 3))
        head = f"{r.choice(_TITLE_PARTS[code])} {_cap(kset[0])}"
        title = f"{head}: {r.choice(_SUBTITLES)}"
        while title in titles:
            title = f"{head}: {r.choice(_SUBTITLES)}"
        titles.add(title)
        embargo = None
        if r.random() < 0.12:
            embargo = submit + dt.timedelta(days=r.choice([730, 1095, 1826]))
        pages = int(r.gauss(95 if prog != "PHD" else 210, 30 if prog != "PHD" else 55))
        initial = names[60 + i].split()[1][0]
        call = None if defense is None or grade == "F" else f"{code}{submit.year} .{initial}{r.randint(10, 99)}"
        theses.append((tid, sid, title, _ymd(submit), _ymd(defense), grade, max(40, pages), lang, _ymd(embargo), call))
        chair = students[-1][5] or r.choice(fac_by_dept[code])
        committee.append((tid, chair, "CHAIR"))
        others = [f for f in fac_by_dept[code] if f != chair]
        for f in r.sample(others, 1 if prog != "PHD" else 2):
            committee.append((tid, f, "MEMB"))
        if prog == "PHD" or r.random() < 0.3:
            outside = [f[0] for f in faculty if f[2] != code]
            committee.append((tid, r.choice(outside), "EXT"))
        thesis_kw += [(tid, kw_id[k]) for k in kset]
    loans = []
    shelved = [t for t in theses if t[9] is not None and t[4] < 20250501]
    borrowers = names[320:400]
    for _ in range(300):
        t = r.choice(shelved)
        defense = dt.date(t[4] // 10000, t[4] // 100 % 100, t[4] % 100)
        out = _pick_date(r, max(defense + dt.timedelta(days=30), dt.date(2019, 1, 7)), LAST_DAY)
        typ = r.choices(["STU", "FAC", "ILL"], weights=[65, 25, 10])[0]
        due = out + dt.timedelta(days={"STU": 21, "FAC": 90, "ILL": 42}[typ])
        if due.weekday() == 6:
            due += dt.timedelta(days=1)  # the library is closed on Sundays
        ret = out + dt.timedelta(days=r.randint(2, {"STU": 30, "FAC": 110, "ILL": 50}[typ]))
        if ret > LAST_DAY or r.random() < 0.03:
            ret = None  # still out (some long overdue)
        who = r.choice(borrowers) if typ != "ILL" else r.choice(["Ohio State University Libraries",
                                                                 "University of Toronto Library",
                                                                 "McGill University Library", "Purdue Libraries"])
        loans.append((0, t[0], who, typ, _ymd(out), _ymd(due), _ymd(ret)))
    loans.sort(key=lambda x: x[4])
    loans = [(i, *x[1:]) for i, x in enumerate(loans, 1)]
    write_tables(path, THESISARCHIVE_DDL, [
        ("dept", _DEPTS), ("faculty", faculty), ("student", students), ("lkp_grade", _GRADES),
        ("thesis", theses), ("committee", committee), ("keyword", [(v, k) for k, v in kw_id.items()]),
        ("thesis_kw", thesis_kw), ("loan", loans),
    ])  # fmt: skip


BUILDERS = {
    "escola": build_escola,
    "skillpath": build_skillpath,
    "hallidaylab": build_hallidaylab,
    "brightpath": build_brightpath,
    "sciencefair": build_sciencefair,
    "thesisarchive": build_thesisarchive,
}
