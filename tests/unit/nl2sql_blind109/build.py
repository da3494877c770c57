"""Six databases of software products and online services run by small companies (blind corpus 109).

The data is synthetic and deterministic (one fixed ``random.Random`` seed per database).  It ends on 2025-06-14;
"today" is 2025-06-15.  Times written like '2024-03-05T14:22:09Z' are UTC ISO date-times in the Rails/Django
style; times like '2024-03-05 14:22:09' are UTC as well; dates are 'YYYY-MM-DD'.  Booleans stored as text are
't' (true) or 'f' (false).  A ``deleted_at`` column is a soft delete: NULL means the row is live, a time means
it was deleted (moved to the trash) then.

fileshare -- "Boxlet", a cloud file storage and sharing service (Django style, app-prefixed tables).
  accounts_plan: the subscription plans.  id; name ('Free', 'Personal', 'Team', 'Business');
    storage_quota_mb: the storage a user on the plan may use, in megabytes (1 MB = 1,048,576 bytes);
    monthly_price_cents: the monthly price in US cents (0 for Free).
  accounts_user: the customers.  id; email; first_name; last_name; plan_id -> accounts_plan;
    is_active 't'/'f' (the account is active); date_joined: sign-up time (2022-03 to 2025-06);
    last_login: the last sign-in, NULL for a user who has never logged in.
  drive_folder: folders.  id; owner_id -> accounts_user; parent_id -> drive_folder: the folder it sits in,
    NULL for a top-level folder (folders nest: a subfolder's parent_id is its parent folder's id); name (names
    such as 'Photos' repeat between users; 'Client Projects' and 'Family Photos' are single folders);
    created_at, updated_at, deleted_at (soft delete).
  drive_file: uploaded files.  id; folder_id -> drive_folder; owner_id -> accounts_user; name (e.g.
    'IMG_4821.jpg'); mime_type ('application/pdf', 'image/jpeg', 'image/png', 'video/mp4' (the only video type),
    'application/zip', 'text/plain', the .xlsx and .docx Office types); size_bytes: the size in bytes;
    created_at (the upload time, 2022-10 to 2025-06), updated_at, deleted_at (soft delete: a deleted file is in
    the trash).
  sharing_link: public share links to a file.  id; file_id -> drive_file; created_by_id -> accounts_user (who
    made the link, the file's owner); token (unique); permission 'view' or 'edit'; expires_at: when the link
    stops working, NULL = never expires; is_revoked 't'/'f'; created_at.
  sharing_download: one row per download through a share link.  id; link_id -> sharing_link; downloaded_at
    (2022-11 to 2025-06); country_code: ISO 3166 two-letter country of the downloader ('US', 'DE', 'GB', ...).

cibuilds -- "Pipewright", a hosted continuous-integration service (vowel-dropped abbreviated names, integer
status codes with a lookup table, durations in seconds).
  bld_stts: build status codes.  stts_cd 0 queued, 1 running, 2 passed, 3 failed, 4 cancelled, 5 timed out;
    stts_nm the status name.
  orgn: customer organizations.  orgn_id; orgn_nm (e.g. 'Kestrel Labs', 'Fernhill Bank'); pln_tr: plan tier
    'free', 'pro' or 'ent' (enterprise); crtd_dt: sign-up date.
  usr: people who trigger builds.  usr_id; usr_hndl (login handle); full_nm; orgn_id -> orgn.
  rpo: code repositories.  rpo_id; orgn_id -> orgn; rpo_nm (e.g. 'nimbus-auth'); dflt_brnch (default branch,
    mostly 'main'); lang: main language, NULL when unknown; is_prvt 1 = private, 0 = public; crtd_dt.
  rnr: build machines (runners).  rnr_id; rnr_nm; os_nm 'linux', 'macos' or 'windows'; cpu_cnt; orgn_id ->
    orgn: the organization that owns a self-hosted runner, NULL for the five runners Pipewright hosts.
  bld: builds (pipeline runs), 2024-01 to 2025-06-14.  bld_id; rpo_id -> rpo; bld_nmbr (the build number
    within its repository); brnch_nm; cmmt_sha; trggr_typ: what started it 'push', 'pull_request', 'schedule'
    or 'manual'; stts_cd -> bld_stts; strtd_ts: start time 'YYYY-MM-DD HH:MM:SS'; drtn_sec: wall-clock duration
    in seconds, NULL while queued or running (a timed-out build stopped at 3600); rnr_id -> rnr; trggrd_by ->
    usr: who triggered it, NULL for scheduled builds.
  bld_stp: the steps of a build, in order.  stp_id; bld_id -> bld; stp_nm 'checkout', 'install', 'lint', 'test',
    'build' or 'deploy'; stp_ordr (1 = first); drtn_sec: step duration in seconds; ext_cd: the step's exit code,
    0 = success, non-zero = the step failed (130 = cancelled), NULL = killed by the build timeout.  A build stops
    at its failing step.

uptimemon -- "Pingwell", a website uptime monitoring service (Rails style plural tables, 't'/'f' booleans,
times in milliseconds).
  accounts: customer companies.  id; company_name; plan 'hobby', 'startup' or 'business'; created_at;
    updated_at.
  monitors: the things watched.  id; account_id -> accounts; name (the company name and what is watched, e.g.
    'Kiteboard Status page'); url; check_type 'http', 'keyword' (an http check that looks for a word on the page),
    'ping' or 'tcp'; interval_seconds: seconds between checks (30, 60, 300, 600 or 900); is_paused 't'/'f';
    created_at; updated_at.
  regions: the probe locations.  id; code ('eu-west', 'eu-central', 'us-east', 'us-west', 'ap-southeast',
    'sa-east'); city (Dublin, Frankfurt, Ashburn, Portland, Singapore, Sao Paulo).
  check_results: a sample of individual checks from 2025-01-01 on.  id; monitor_id -> monitors; region_id ->
    regions; checked_at; is_up 't' (the target answered) / 'f' (down); response_time_ms: response time in
    milliseconds, NULL when down; status_code: the HTTP status for http/keyword checks (200, or 5xx or NULL
    when down), NULL for ping/tcp checks.
  incidents: outages, 2024-06 to 2025-06-14.  id; monitor_id -> monitors; started_at; resolved_at: NULL while
    the incident is still open; cause 'timeout', 'http_5xx', 'dns', 'ssl_expired', 'connection_refused' or
    'keyword_missing'; is_acknowledged 't'/'f' (someone on the customer's side acknowledged it).
  alert_contacts: where a company's alerts go.  id; account_id -> accounts; name (a person, or '#ops-alerts' /
    'PagerBridge hook'); channel 'email', 'sms', 'slack' or 'webhook'; target (address, number or URL);
    is_verified 't'/'f' (only verified contacts are alerted); created_at.
  notifications: alerts sent about an incident.  id; incident_id -> incidents; alert_contact_id ->
    alert_contacts; sent_at; is_delivered 't'/'f'.

newsletter -- "Letterbox", an email newsletter platform (Django style app-prefixed tables, an integer status code
explained by a lookup table, money in cents).
  publications_publication: the newsletters.  id; title ('The Weekly Byte', 'Sourdough Notes', 'Indie Maker
    Digest', 'Trail Letters', 'Market Minute', 'Quiet Design'); author_name; topic; monthly_price_cents: price of a
    paid subscription in US cents, NULL for a free-only newsletter; created_at.
  audience_subscriberstatus: code 1 subscribed (active), 2 pending confirmation (double opt-in not yet
    confirmed), 3 unsubscribed, 4 bounced, 5 marked as spam; label.
  audience_subscriber: one row per email address per publication.  id; publication_id -> publications_publication;
    email; full_name (NULL when not given); status_code -> audience_subscriberstatus; is_paid 't'/'f' (a paying
    subscriber); country_code: ISO two-letter country, NULL when unknown; referred_by_id -> audience_subscriber:
    the subscriber who referred this one, NULL when not referred; created_at: sign-up time (2022-09 to 2025-06);
    unsubscribed_at: set for unsubscribed rows.
  campaigns_issue: newsletter issues (emails).  id; publication_id; subject; word_count; is_paywalled 't'/'f'
    (paid subscribers only); sent_at: NULL for a draft not sent yet (issues sent 2024-01 to 2025-06); created_at.
  campaigns_delivery: a sample of issue emails delivered to subscribers.  id; issue_id -> campaigns_issue;
    subscriber_id -> audience_subscriber; delivered_at; opened_at (NULL = not opened); clicked_at (NULL = no link
    clicked); bounced 't'/'f' (the email bounced).
  billing_payment: subscription payments.  id; subscriber_id -> audience_subscriber; amount_cents (US cents; a
    monthly payment or an annual one of ten months' price); paid_at; refunded 't'/'f'.

licensekeys -- "Keysmith", a shop selling desktop software licences (vowel-dropped abbreviations, money in
cents).
  cntry: cntry_cd (ISO two-letter code); cntry_nm; rgn ('Americas', 'Europe', 'Asia-Pacific').
  prdct: products.  prdct_id; prdct_nm ('PixelPress Pro', 'PixelPress Lite', 'SnapDiff', 'Tabula Sync',
    'QuickMock', 'PixelPress Classic'); crnt_vrsn: current version; lst_prc_cnts: list price of a perpetual
    licence seat in US cents; is_dscntnd 't'/'f' (discontinued, no longer sold).
  cstmr: customers.  cstmr_id; cstmr_nm (a company or a person); cstmr_typ 'business' or 'individual'; eml;
    cntry_cd -> cntry; crtd_dt.
  ordr: orders, 2022-01-01 to 2025-06-14.  ordr_id; cstmr_id -> cstmr; ordr_dt 'YYYY-MM-DD'; pymnt_mthd 'card',
    'paypal' or 'invoice'; dscnt_cd: the discount code used ('EDU40', 'LAUNCH20', 'BF2024', 'SPRING25'; the number
    is the percent off), NULL for none; is_rfndd 't'/'f' (the whole order was refunded).
  ordr_ln: order lines.  ordr_ln_id; ordr_id -> ordr; prdct_id -> prdct; qty_ordrd: number of seats;
    unt_prc_cnts: price per seat actually charged, in US cents (0 for a trial).  A line's amount is
    qty_ordrd * unt_prc_cnts.
  lcns: one licence key per order line.  lcns_id; ordr_ln_id -> ordr_ln; lcns_ky; lcns_typ 'perpetual', 'annual'
    (a year's subscription) or 'trial' (14 or 30 days); seat_cnt: machines it may be active on; isd_dt: issue
    date; exprs_dt: expiry date, NULL for perpetual licences; is_rvkd 't'/'f' (revoked, e.g. after a refund).
  actvtn: a licence activated on a machine.  actvtn_id; lcns_id -> lcns; mchn_nm; os_nm ('Windows 11',
    'Windows 10', 'macOS 14', 'macOS 15', 'Ubuntu 22.04'); app_vrsn; actvtd_ts 'YYYY-MM-DD HH:MM:SS';
    dactvtd_ts: when it was deactivated, NULL = still active.

shortlinks -- "Snipper", a URL shortener with click analytics (Rails style plural tables, soft deletes).
  workspaces: customer teams.  id; name (e.g. 'Parcelpoint', 'Bramble Coffee'); plan 'free', 'pro' or
    'business'; created_at; updated_at.
  users: id; workspace_id -> workspaces; name; email; role 'owner', 'admin' or 'member'; created_at; updated_at;
    deleted_at (soft delete: a removed user).
  domains: the hostnames short links live on.  id; workspace_id -> workspaces: the workspace's own custom
    domain, NULL for the shared default domain 'shrt.to'; hostname; is_verified 't'/'f' (DNS verified);
    created_at.
  links: short links.  id; workspace_id; domain_id -> domains; created_by_id -> users (NULL if unknown); slug:
    the short path (https://<hostname>/<slug>); destination_url; title (NULL when not given); expires_at: NULL =
    never expires; created_at; updated_at; deleted_at (soft delete).
  tags: a workspace's labels.  id; workspace_id; name ('promo', 'newsletter', 'social', ...; the same name can
    exist in several workspaces).
  link_tags: which tags a link carries.  link_id -> links; tag_id -> tags.
  clicks: one row per click on a short link, 2022-12 to 2025-06-14.  id; link_id -> links; clicked_at;
    country_code: ISO two-letter country of the visitor, NULL when unknown; device 'mobile', 'desktop', 'tablet'
    or 'bot'; referrer_host: the site the visitor came from (e.g. 'instagram.com'), NULL when there was none.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import string
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

END = dt.date(2025, 6, 14)
MB = 1_048_576


def _moment(r: random.Random, start: dt.date, end: dt.date = END) -> dt.datetime:
    d = day_between(r, start, end)
    return dt.datetime(d.year, d.month, d.day, r.randrange(24), r.randrange(60), r.randrange(60))


def _z(t: dt.datetime | None) -> str | None:
    """Rails/Django style: '2024-03-05T14:22:09Z'."""
    return None if t is None else t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _sp(t: dt.datetime | None) -> str | None:
    """'2024-03-05 14:22:09'."""
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _after(r: random.Random, t: dt.datetime, end: dt.date = END) -> dt.datetime:
    """A moment between ``t`` and the end of the data."""
    last = dt.datetime(end.year, end.month, end.day, 23, 59, 59)
    if t >= last:
        return t
    return t + dt.timedelta(seconds=r.randrange(int((last - t).total_seconds()) + 1))


def _last() -> dt.datetime:
    return dt.datetime(END.year, END.month, END.day, 23, 59, 59)


def _tf(b: bool) -> str:
    return "t" if b else "f"


def _loguniform(r: random.Random, lo: float, hi: float) -> float:
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def _token(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
# fileshare


def _file_size(r: random.Random, lo: float, hi: float) -> int:
    """A size in bytes, never between n*10^6 and n*2^20 (so "over 100 MB" reads the same in either unit)."""
    while True:
        s = int(_loguniform(r, lo, hi))
        bad = any(n * 1_000_000 <= s <= n * MB for n in (1, 2, 5, 10, 20, 50, 100, 200, 250, 500, 1000))
        bad = bad or 1_000_000_000 <= s <= 1_073_741_824 or 2_000_000_000 <= s <= 2_147_483_648
        if not bad:
            return s


def build_fileshare(path: Path) -> None:
    r = random.Random(10901)
    ddl = """
    CREATE TABLE accounts_plan (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, storage_quota_mb INTEGER NOT NULL,
        monthly_price_cents INTEGER NOT NULL);
    CREATE TABLE accounts_user (
        id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        plan_id INTEGER NOT NULL REFERENCES accounts_plan(id), is_active TEXT NOT NULL, date_joined TEXT NOT NULL,
        last_login TEXT);
    CREATE TABLE drive_folder (
        id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES accounts_user(id),
        parent_id INTEGER REFERENCES drive_folder(id), name TEXT NOT NULL, created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL, deleted_at TEXT);
    CREATE TABLE drive_file (
        id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES drive_folder(id),
        owner_id INTEGER NOT NULL REFERENCES accounts_user(id), name TEXT NOT NULL, mime_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
    CREATE TABLE sharing_link (
        id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES drive_file(id),
        created_by_id INTEGER NOT NULL REFERENCES accounts_user(id), token TEXT NOT NULL UNIQUE,
        permission TEXT NOT NULL, expires_at TEXT, is_revoked TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE sharing_download (
        id INTEGER PRIMARY KEY, link_id INTEGER NOT NULL REFERENCES sharing_link(id),
        downloaded_at TEXT NOT NULL, country_code TEXT NOT NULL);
    """
    plans = [(1, "Free", 2048, 0), (2, "Personal", 51200, 499), (3, "Team", 512000, 1499),
             (4, "Business", 2048000, 3999)]  # fmt: skip
    users = []
    names = full_names(r, 140)
    for i, nm in enumerate(names, 1):
        first, last = nm.split(" ")
        plan = r.choices([1, 2, 3, 4], [55, 20, 18, 7])[0]
        joined = _moment(r, dt.date(2022, 3, 1))
        login = None if r.random() < 0.09 else _after(r, joined)
        active = r.random() < 0.88
        users.append((i, f"{first.lower()}.{last.lower()}@{r.choice(['gmail.com', 'outlook.com', 'proton.me', 'fastmail.com', 'hey.com'])}",
                      first, last, plan, _tf(active), _z(joined), _z(login)))  # fmt: skip
    joined_of = {u[0]: dt.datetime.strptime(u[6], "%Y-%m-%dT%H:%M:%SZ") for u in users}

    folders: list[list] = []
    root_names = ["Documents", "Photos", "Projects", "Invoices", "Backups", "Music", "Shared", "Archive", "Designs",
                  "Receipts", "Taxes", "Work"]  # fmt: skip
    sub_names = ["2022", "2023", "2024", "2025", "Drafts", "Final", "Old", "Clients", "Raw", "Exports", "Scans"]

    def add_folder(owner: int, parent: int | None, name: str, after: dt.datetime, deleted: bool | None = None) -> int:
        fid = len(folders) + 1
        created = _after(r, after)
        updated = _after(r, created)
        if deleted is None:
            deleted = r.random() < 0.05
        folders.append([fid, owner, parent, name, _z(created), _z(updated), _z(_after(r, updated)) if deleted else None])
        return fid

    for u in users:
        n_roots = r.choices([0, 1, 2, 3, 4, 5, 6], [12, 14, 22, 22, 14, 10, 6])[0] if u[7] else 0
        for nm in r.sample(root_names, n_roots):
            fid = add_folder(u[0], None, nm, joined_of[u[0]])
            if r.random() < 0.35:
                created = dt.datetime.strptime(folders[fid - 1][4], "%Y-%m-%dT%H:%M:%SZ")
                for sn in r.sample(sub_names, r.choice([1, 1, 2, 2, 3, 4])):
                    sid = add_folder(u[0], fid, sn, created)
                    if r.random() < 0.15:
                        add_folder(u[0], sid, r.choice(["Jan", "Feb", "Mar", "Q1", "Q2", "misc"]), created)
    # planted: a client folder and a photo archive with many year folders
    owner_cp = 17
    cp = add_folder(owner_cp, None, "Client Projects", joined_of[owner_cp], deleted=False)
    cp_created = dt.datetime.strptime(folders[cp - 1][4], "%Y-%m-%dT%H:%M:%SZ")
    for nm in ["Acme Rebrand", "Hollis Bakery", "Northwind Site", "Orbit App"]:
        add_folder(owner_cp, cp, nm, cp_created, deleted=False)
    owner_fp = 42
    fp = add_folder(owner_fp, None, "Family Photos", joined_of[owner_fp], deleted=False)
    fp_created = dt.datetime.strptime(folders[fp - 1][4], "%Y-%m-%dT%H:%M:%SZ")
    for y in range(2017, 2026):
        add_folder(owner_fp, fp, str(y), fp_created, deleted=False)

    kinds = [  # mime, ext, stems, lo, hi, weight
        ("application/pdf", "pdf", ["invoice", "contract", "report", "statement", "manual", "scan"], 30e3, 25e6, 22),
        ("image/jpeg", "jpg", ["IMG", "DSC", "photo", "PXL"], 400e3, 9e6, 26),
        ("image/png", "png", ["screenshot", "logo", "mockup", "diagram"], 40e3, 6e6, 12),
        ("video/mp4", "mp4", ["clip", "screen_recording", "VID", "webinar"], 15e6, 1.9e9, 6),
        ("application/zip", "zip", ["backup", "export", "assets", "archive"], 1.2e6, 900e6, 6),
        ("text/plain", "txt", ["notes", "todo", "readme", "log"], 200, 300e3, 8),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
         ["budget", "forecast", "timesheet", "inventory"], 15e3, 6e6, 10),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
         ["proposal", "letter", "cv", "minutes"], 12e3, 4e6, 10),
    ]  # fmt: skip
    files = []
    for f in folders:
        n = r.choices([0, 1, 2, 4, 7, 12, 25], [22, 18, 20, 17, 12, 8, 3])[0]
        if f[3] == "Family Photos" or f[2] == fp:
            n = r.randint(10, 25)
        created_f = dt.datetime.strptime(f[4], "%Y-%m-%dT%H:%M:%SZ")
        for _ in range(n):
            if f[3] in ("Photos", "Family Photos") or f[2] == fp:
                k = kinds[1] if r.random() < 0.85 else kinds[3]
            else:
                k = r.choices(kinds, [k[5] for k in kinds])[0]
            fid = len(files) + 1
            created = _after(r, created_f)
            updated = created if r.random() < 0.6 else _after(r, created)
            deleted = None
            if f[6] is not None:
                deleted = f[6] if r.random() < 0.7 else None
            elif r.random() < 0.08:
                deleted = _z(_after(r, updated))
            name = f"{r.choice(k[2])}_{r.randint(100, 9999)}.{k[1]}"
            files.append((fid, f[0], f[1], name, k[0], _file_size(r, k[3], k[4]), _z(created), _z(updated), deleted))
    links = []
    live = [f for f in files if f[8] is None]
    used_tokens: set[str] = set()
    for f in r.sample(live, 430) + r.sample([f for f in files if f[8] is not None], 12):
        lid = len(links) + 1
        created = min(dt.datetime.strptime(f[6], "%Y-%m-%dT%H:%M:%SZ")
                      + dt.timedelta(seconds=int(r.expovariate(1 / (12 * 86400)))), _last())
        by = f[2]
        tok = _token(r, 10)
        while tok in used_tokens:
            tok = _token(r, 10)
        used_tokens.add(tok)
        expires = None if r.random() < 0.6 else created + dt.timedelta(days=r.choice([7, 14, 30, 90]))
        links.append((lid, f[0], by, tok, "edit" if r.random() < 0.2 else "view", _z(expires),
                      _tf(r.random() < 0.1), _z(created)))  # fmt: skip
    downloads = []
    countries = ["US", "DE", "GB", "FR", "NL", "IN", "BR", "CA", "JP", "ES", "SE", "PL"]
    cweights = [30, 14, 12, 8, 6, 7, 5, 5, 3, 4, 3, 3]
    for lk in links:
        n = 0 if r.random() < 0.25 else min(int(r.paretovariate(0.9)), 60)
        created = dt.datetime.strptime(lk[7], "%Y-%m-%dT%H:%M:%SZ")
        last = _last()
        if lk[5] is not None:
            last = min(last, dt.datetime.strptime(lk[5], "%Y-%m-%dT%H:%M:%SZ"))
        for _ in range(n):
            when = created + dt.timedelta(seconds=int(r.expovariate(1 / (25 * 86400))))
            if when <= last:
                downloads.append([when, lk[0], r.choices(countries, cweights)[0]])
    downloads.sort(key=lambda x: x[0])
    downloads = [(i + 1, x[1], _z(x[0]), x[2]) for i, x in enumerate(downloads)]
    write_tables(path, ddl, [("accounts_plan", plans), ("accounts_user", users), ("drive_folder", folders),
                             ("drive_file", files), ("sharing_link", links), ("sharing_download", downloads)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# cibuilds


def build_cibuilds(path: Path) -> None:
    r = random.Random(10902)
    ddl = """
    CREATE TABLE bld_stts (stts_cd INTEGER PRIMARY KEY, stts_nm TEXT NOT NULL);
    CREATE TABLE orgn (
        orgn_id INTEGER PRIMARY KEY, orgn_nm TEXT NOT NULL, pln_tr TEXT NOT NULL, crtd_dt TEXT NOT NULL);
    CREATE TABLE usr (
        usr_id INTEGER PRIMARY KEY, usr_hndl TEXT NOT NULL UNIQUE, full_nm TEXT NOT NULL,
        orgn_id INTEGER NOT NULL REFERENCES orgn(orgn_id));
    CREATE TABLE rpo (
        rpo_id INTEGER PRIMARY KEY, orgn_id INTEGER NOT NULL REFERENCES orgn(orgn_id), rpo_nm TEXT NOT NULL,
        dflt_brnch TEXT NOT NULL, lang TEXT, is_prvt INTEGER NOT NULL, crtd_dt TEXT NOT NULL);
    CREATE TABLE rnr (
        rnr_id INTEGER PRIMARY KEY, rnr_nm TEXT NOT NULL, os_nm TEXT NOT NULL, cpu_cnt INTEGER NOT NULL,
        orgn_id INTEGER REFERENCES orgn(orgn_id));
    CREATE TABLE bld (
        bld_id INTEGER PRIMARY KEY, rpo_id INTEGER NOT NULL REFERENCES rpo(rpo_id), bld_nmbr INTEGER NOT NULL,
        brnch_nm TEXT NOT NULL, cmmt_sha TEXT NOT NULL, trggr_typ TEXT NOT NULL,
        stts_cd INTEGER NOT NULL REFERENCES bld_stts(stts_cd), strtd_ts TEXT NOT NULL, drtn_sec INTEGER,
        rnr_id INTEGER NOT NULL REFERENCES rnr(rnr_id), trggrd_by INTEGER REFERENCES usr(usr_id));
    CREATE TABLE bld_stp (
        stp_id INTEGER PRIMARY KEY, bld_id INTEGER NOT NULL REFERENCES bld(bld_id), stp_nm TEXT NOT NULL,
        stp_ordr INTEGER NOT NULL, drtn_sec INTEGER NOT NULL, ext_cd INTEGER);
    """
    stts = [(0, "queued"), (1, "running"), (2, "passed"), (3, "failed"), (4, "cancelled"), (5, "timed out")]
    orgs_spec = [("Kestrel Labs", "pro"), ("Nimbus Pay", "ent"), ("Paperplane", "free"), ("Quokka Health", "ent"),
                 ("Birchwood Studio", "free"), ("Tidepool Analytics", "pro"), ("Lumen Forms", "pro"),
                 ("Harbor Hops", "free"), ("Copperline", "pro"), ("Vellum Docs", "free"), ("Sprocket IO", "pro"),
                 ("Mossy Rock Games", "free"), ("Fernhill Bank", "ent"), ("Pinecone CRM", "pro")]  # fmt: skip
    orgs = [(i, n, t, iso(day_between(r, dt.date(2021, 1, 1), dt.date(2024, 6, 30))))
            for i, n, t in [(i + 1, n, t) for i, (n, t) in enumerate(orgs_spec)]]  # fmt: skip
    users = []
    for i, nm in enumerate(full_names(r, 64), 1):
        first, last = nm.split(" ")
        org = 1 + min(int(r.expovariate(0.25)), 13)
        users.append((i, f"{first[0].lower()}{last.lower()}", nm, org))
    users_by_org: dict[int, list[int]] = {}
    for u in users:
        users_by_org.setdefault(u[3], []).append(u[0])
    repo_words = ["api", "web", "mobile", "infra", "docs", "worker", "billing", "auth", "sdk", "cli", "ml-models",
                  "dashboard", "search", "etl", "notifier", "site"]  # fmt: skip
    langs = ["Python", "TypeScript", "Go", "Ruby", "Rust", "Java", "Python", "TypeScript", None]
    repos = []
    for o in orgs:
        slug = o[1].split(" ")[0].lower()
        n = r.choice([1, 2, 3, 3, 4, 5, 6])
        for w in r.sample(repo_words, n):
            created = day_between(r, dt.date.fromisoformat(o[3]), dt.date(2024, 9, 30))
            lang = r.choice(langs)
            if w == "mobile":
                lang = r.choice(["Swift", "Kotlin"])
            repos.append((len(repos) + 1, o[0], f"{slug}-{w}", r.choices(["main", "master", "develop"], [80, 14, 6])[0],
                          lang, int(r.random() < 0.8), iso(created)))  # fmt: skip
    runners = [(1, "hosted-linux-2c", "linux", 2, None), (2, "hosted-linux-4c", "linux", 4, None),
               (3, "hosted-linux-8c", "linux", 8, None), (4, "hosted-macos-m1", "macos", 4, None),
               (5, "hosted-windows-4c", "windows", 4, None), (6, "kestrel-gpu-01", "linux", 16, 1),
               (7, "nimbus-build-a", "linux", 8, 2), (8, "nimbus-build-b", "linux", 8, 2),
               (9, "quokka-mac-mini", "macos", 8, 4), (10, "fernhill-win-01", "windows", 8, 13),
               (11, "fernhill-linux-01", "linux", 32, 13), (12, "copperline-arm", "linux", 4, 9)]  # fmt: skip
    own_runners: dict[int, list[int]] = {}
    for rn in runners:
        if rn[4] is not None:
            own_runners.setdefault(rn[4], []).append(rn[0])
    activity = {rp[0]: r.choice([0.2, 0.5, 1, 1, 2, 3, 5, 8]) for rp in repos}
    dormant = set(r.sample([rp[0] for rp in repos], 5))  # no builds after 2024-12
    base_dur = {rp[0]: r.randint(90, 900) for rp in repos}
    builds = []
    steps = []
    nmbr: dict[int, int] = {}
    weights = [activity[rp[0]] for rp in repos]
    events = []
    for _ in range(1900):
        rp = r.choices(repos, weights)[0]
        start = max(dt.date.fromisoformat(rp[6]), dt.date(2024, 1, 1))
        stop = dt.date(2024, 12, 20) if rp[0] in dormant else END
        # more builds lately
        d = day_between(r, start, stop) if r.random() < 0.5 else day_between(r, max(start, dt.date(2024, 10, 1)), stop)
        if d > stop:
            d = stop
        events.append((d, dt.time(r.randrange(24), r.randrange(60), r.randrange(60)), rp))
    events.sort(key=lambda e: (e[0], e[1]))
    for hh, mm in [(21, 4), (22, 37), (23, 12), (23, 48)]:  # still in progress when the data ends
        events.append((END, dt.time(hh, mm, 31), r.choices(repos, weights)[0]))
    for d, t, rp in events:
        nmbr[rp[0]] = nmbr.get(rp[0], 0) + 1
        is_mobile = rp[2].endswith("mobile")
        if is_mobile:
            rnr = 9 if rp[1] == 4 else 4
        elif rp[1] in own_runners and r.random() < 0.7:
            rnr = r.choice(own_runners[rp[1]])
        else:
            rnr = r.choices([1, 2, 3, 5], [40, 30, 15, 8])[0]
        os_nm = runners[rnr - 1][2]
        trig = r.choices(["push", "pull_request", "schedule", "manual"], [50, 35, 8, 7])[0]
        branch = rp[3] if trig in ("schedule",) or r.random() < 0.4 else r.choice(
            ["feature/login", "feature/search", "fix/flaky-test", "chore/deps", "release/1.4", "feature/payments",
             "fix/timezone", "dependabot/npm"])  # fmt: skip
        fail_p = {"linux": 0.15, "macos": 0.22, "windows": 0.3}[os_nm]
        if d == END and t.hour >= 21:
            status = 1 if t.hour < 23 else 0
        else:
            x = r.random()
            status = 3 if x < fail_p else 4 if x < fail_p + 0.06 else 5 if x < fail_p + 0.08 else 2
        speed = {1: 1.4, 2: 1.0, 3: 0.7, 4: 1.6, 5: 1.5}.get(rnr, 0.8)
        full = int(base_dur[rp[0]] * speed * _loguniform(r, 0.7, 1.6))
        dur: int | None
        if status in (0, 1):
            dur = None
        elif status == 5:
            dur = 3600
        elif status == 3:
            dur = int(full * r.uniform(0.2, 0.95))
        elif status == 4:
            dur = int(full * r.uniform(0.05, 0.6))
        else:
            dur = full
        who = None if trig == "schedule" else r.choice(users_by_org.get(rp[1], [u[0] for u in users]))
        bid = len(builds) + 1
        builds.append((bid, rp[0], nmbr[rp[0]], branch, f"{r.getrandbits(160):040x}", trig, status,
                       f"{d.isoformat()} {t.isoformat()}", dur, rnr, who))  # fmt: skip
        if dur is None:
            continue
        names = ["checkout", "install", "lint", "test", "build"]
        if status == 2 and branch == rp[3] and trig != "pull_request":
            names.append("deploy")
        shares = [r.uniform(0.02, 0.05), r.uniform(0.1, 0.3), r.uniform(0.05, 0.1), r.uniform(0.3, 0.5),
                  r.uniform(0.15, 0.3), r.uniform(0.1, 0.2)][: len(names)]  # fmt: skip
        cut = len(names)
        if status == 3:
            cut = r.choices([2, 3, 4, 5], [10, 20, 55, 15])[0]
        elif status in (4, 5):
            cut = r.randint(1, 4)
        tot = sum(shares[:cut])
        for k in range(cut):
            sd = max(1, int(dur * shares[k] / tot))
            ext = 0
            if k == cut - 1:
                if status == 3:
                    ext = r.choice([1, 1, 1, 2, 137])
                elif status == 4:
                    ext = 130
                elif status == 5:
                    ext = None
            steps.append((len(steps) + 1, bid, names[k], k + 1, sd, ext))
    write_tables(path, ddl, [("bld_stts", stts), ("orgn", orgs), ("usr", users), ("rpo", repos), ("rnr", runners),
                             ("bld", builds), ("bld_stp", steps)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# uptimemon


def build_uptimemon(path: Path) -> None:
    r = random.Random(10903)
    ddl = """
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, plan TEXT NOT NULL, created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL);
    CREATE TABLE monitors (
        id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), name TEXT NOT NULL,
        url TEXT NOT NULL, check_type TEXT NOT NULL, interval_seconds INTEGER NOT NULL, is_paused TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE regions (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, city TEXT NOT NULL);
    CREATE TABLE check_results (
        id INTEGER PRIMARY KEY, monitor_id INTEGER NOT NULL REFERENCES monitors(id),
        region_id INTEGER NOT NULL REFERENCES regions(id), checked_at TEXT NOT NULL, is_up TEXT NOT NULL,
        response_time_ms INTEGER, status_code INTEGER);
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY, monitor_id INTEGER NOT NULL REFERENCES monitors(id), started_at TEXT NOT NULL,
        resolved_at TEXT, cause TEXT NOT NULL, is_acknowledged TEXT NOT NULL);
    CREATE TABLE alert_contacts (
        id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), name TEXT NOT NULL,
        channel TEXT NOT NULL, target TEXT NOT NULL, is_verified TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE notifications (
        id INTEGER PRIMARY KEY, incident_id INTEGER NOT NULL REFERENCES incidents(id),
        alert_contact_id INTEGER NOT NULL REFERENCES alert_contacts(id), sent_at TEXT NOT NULL,
        is_delivered TEXT NOT NULL);
    """
    companies = ["Brightloom", "Cobalt Crate", "Dovetail HR", "Elmstreet Books", "Fjord Travel", "Gristmill",
                 "Halcyon Apps", "Inkwell", "Jetsam Cloud", "Kiteboard", "Larkspur Legal", "Meadowlark Media",
                 "Nettle & Co", "Oakum Games", "Pebble Pay", "Quillon", "Rookery", "Saltmarsh Surf",
                 "Thimble Shop", "Umbra Security", "Vantage Vets", "Wicker Home", "Yarrow Health", "Zephyr Bikes",
                 "Amberjack"]  # fmt: skip
    accounts = []
    for i, c in enumerate(companies, 1):
        created = _moment(r, dt.date(2022, 1, 1), dt.date(2025, 2, 28))
        accounts.append((i, c, r.choices(["hobby", "startup", "business"], [30, 50, 20])[0], _z(created),
                         _z(_after(r, created))))  # fmt: skip
    things = [("Website", "https://www.{d}/", "http"), ("API", "https://api.{d}/health", "http"),
              ("Checkout", "https://{d}/checkout", "keyword"), ("Status page", "https://status.{d}/", "http"),
              ("Mail server", "mail.{d}:587", "tcp"), ("Database host", "db.{d}", "ping"),
              ("Login", "https://app.{d}/login", "keyword"), ("Webhooks", "https://hooks.{d}/ping", "http"),
              ("CDN", "https://cdn.{d}/health.txt", "http"), ("VPN gateway", "vpn.{d}", "ping")]  # fmt: skip
    monitors = []
    for a in accounts:
        n = r.choices([0, 1, 2, 3, 4, 5, 7], [3, 10, 16, 24, 20, 15, 12])[0]
        if a[1] == "Pebble Pay":
            n = 8
        dom = a[1].lower().replace(" & ", "").replace(" ", "") + r.choice([".com", ".io", ".app", ".co"])
        created_a = dt.datetime.strptime(a[3], "%Y-%m-%dT%H:%M:%SZ")
        for nm, url, typ in r.sample(things, n):
            created = _after(r, created_a)
            interval = r.choices([30, 60, 300, 600, 900], [10, 35, 35, 12, 8])[0]
            monitors.append((len(monitors) + 1, a[0], f"{a[1]} {nm}", url.format(d=dom), typ, interval,
                             _tf(r.random() < 0.12), _z(created), _z(_after(r, created))))  # fmt: skip
    regions = [(1, "eu-west", "Dublin"), (2, "eu-central", "Frankfurt"), (3, "us-east", "Ashburn"),
               (4, "us-west", "Portland"), (5, "ap-southeast", "Singapore"), (6, "sa-east", "Sao Paulo")]
    region_ms = {1: 120, 2: 110, 3: 150, 4: 190, 5: 340, 6: 290}
    flaky = {m[0]: r.choice([0.005, 0.01, 0.02, 0.02, 0.04, 0.08]) for m in monitors}
    speed = {m[0]: r.uniform(0.6, 2.2) for m in monitors}
    checks = []
    live = [m for m in monitors if m[6] == "f"]
    for _ in range(4300):
        m = r.choice(live)
        created = max(dt.datetime.strptime(m[7], "%Y-%m-%dT%H:%M:%SZ"), dt.datetime(2025, 1, 1))
        when = _after(r, created)
        reg = r.choice(regions)[0]
        up = r.random() >= flaky[m[0]]
        if up:
            ms = int(region_ms[reg] * speed[m[0]] * _loguniform(r, 0.6, 1.8))
            if m[4] in ("ping", "tcp"):
                ms = ms // 3
            code = 200 if m[4] in ("http", "keyword") else None
        else:
            ms = None
            code = r.choice([500, 502, 503, 504, None]) if m[4] in ("http", "keyword") else None
        checks.append((len(checks) + 1, m[0], reg, _z(when), _tf(up), ms, code))
    checks.sort(key=lambda c: c[3])
    checks = [(i + 1, *c[1:]) for i, c in enumerate(checks)]
    incidents = []
    worst = next(m[0] for m in monitors if m[2].startswith("Pebble Pay") and m[6] == "f")
    for m in monitors:
        n = min(int(r.expovariate(1 / (flaky[m[0]] * 150))), 10)
        if m[0] == worst:
            n = 17
        created = max(dt.datetime.strptime(m[7], "%Y-%m-%dT%H:%M:%SZ"), dt.datetime(2024, 6, 1))
        for _ in range(n):
            start = _after(r, created)
            mins = _loguniform(r, 1, 2000)
            end = start + dt.timedelta(seconds=int(mins * 60))
            resolved = None if end > _last() else end
            cause = r.choices(["timeout", "http_5xx", "dns", "ssl_expired", "connection_refused", "keyword_missing"],
                              [30, 30, 10, 6, 16, 8])[0]  # fmt: skip
            if cause == "keyword_missing" and m[4] != "keyword":
                cause = "timeout"
            incidents.append([start, resolved, m[0], cause, _tf(r.random() < 0.75 or (resolved is not None and mins > 60))])
    # two still-open incidents (started in June 2025)
    for mid, when, cause in [(5, dt.datetime(2025, 6, 13, 22, 41, 5), "connection_refused"),
                             (len(monitors) - 3, dt.datetime(2025, 6, 14, 7, 12, 44), "http_5xx")]:
        incidents.append([when, None, mid, cause, "f"])
    incidents.sort(key=lambda x: x[0])
    incidents = [(i + 1, x[2], _z(x[0]), _z(x[1]), x[3], x[4]) for i, x in enumerate(incidents)]
    contacts = []
    for a in accounts:
        people = full_names(r, 4)
        n = r.choices([0, 1, 2, 3, 4], [8, 30, 30, 20, 12])[0]
        created_a = dt.datetime.strptime(a[3], "%Y-%m-%dT%H:%M:%SZ")
        for k in range(n):
            ch = r.choices(["email", "sms", "slack", "webhook"], [45, 20, 25, 10])[0]
            who = people[k] if ch in ("email", "sms") else ("#ops-alerts" if ch == "slack" else "PagerBridge hook")
            target = {"email": f"{who.split()[0].lower()}@{a[1].lower().replace(' ', '')}.com",
                      "sms": f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                      "slack": "https://hooks.slack.com/services/" + _token(r, 12),
                      "webhook": f"https://ops.{a[1].lower().replace(' ', '')}.com/alerts"}[ch]  # fmt: skip
            contacts.append((len(contacts) + 1, a[0], who, ch, target, _tf(r.random() < 0.85),
                             _z(_after(r, created_a))))  # fmt: skip
    acct_of = {m[0]: m[1] for m in monitors}
    contacts_of: dict[int, list] = {}
    for c in contacts:
        contacts_of.setdefault(c[1], []).append(c)
    notes = []
    for inc in incidents:
        start = dt.datetime.strptime(inc[2], "%Y-%m-%dT%H:%M:%SZ")
        for c in contacts_of.get(acct_of[inc[1]], []):
            if c[5] != "t":
                continue
            sent = start + dt.timedelta(seconds=r.randint(20, 180))
            if sent > _last():
                sent = _last()
            ok = r.random() >= {"sms": 0.12, "email": 0.02, "slack": 0.01, "webhook": 0.06}[c[3]]
            notes.append((len(notes) + 1, inc[0], c[0], _z(sent), _tf(ok)))
    write_tables(path, ddl, [("accounts", accounts), ("monitors", monitors), ("regions", regions),
                             ("check_results", checks), ("incidents", incidents), ("alert_contacts", contacts),
                             ("notifications", notes)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# newsletter


def build_newsletter(path: Path) -> None:
    r = random.Random(10904)
    ddl = """
    CREATE TABLE publications_publication (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL, author_name TEXT NOT NULL, topic TEXT NOT NULL,
        monthly_price_cents INTEGER, created_at TEXT NOT NULL);
    CREATE TABLE audience_subscriberstatus (code INTEGER PRIMARY KEY, label TEXT NOT NULL);
    CREATE TABLE audience_subscriber (
        id INTEGER PRIMARY KEY, publication_id INTEGER NOT NULL REFERENCES publications_publication(id),
        email TEXT NOT NULL, full_name TEXT, status_code INTEGER NOT NULL REFERENCES audience_subscriberstatus(code),
        is_paid TEXT NOT NULL, country_code TEXT, referred_by_id INTEGER REFERENCES audience_subscriber(id),
        created_at TEXT NOT NULL, unsubscribed_at TEXT);
    CREATE TABLE campaigns_issue (
        id INTEGER PRIMARY KEY, publication_id INTEGER NOT NULL REFERENCES publications_publication(id),
        subject TEXT NOT NULL, word_count INTEGER NOT NULL, is_paywalled TEXT NOT NULL, sent_at TEXT,
        created_at TEXT NOT NULL);
    CREATE TABLE campaigns_delivery (
        id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL REFERENCES campaigns_issue(id),
        subscriber_id INTEGER NOT NULL REFERENCES audience_subscriber(id), delivered_at TEXT NOT NULL,
        opened_at TEXT, clicked_at TEXT, bounced TEXT NOT NULL);
    CREATE TABLE billing_payment (
        id INTEGER PRIMARY KEY, subscriber_id INTEGER NOT NULL REFERENCES audience_subscriber(id),
        amount_cents INTEGER NOT NULL, paid_at TEXT NOT NULL, refunded TEXT NOT NULL);
    """
    pubs = [(1, "The Weekly Byte", "Rosa Moreau", "tech", 800), (2, "Sourdough Notes", "Hugo Brennan", "food", None),
            (3, "Indie Maker Digest", "Keiko Iwata", "business", 1200), (4, "Trail Letters", "Samir Haddad", "outdoors", None),
            (5, "Market Minute", "Vera Lindqvist", "finance", 1500), (6, "Quiet Design", "Tessa Okafor", "design", 600)]  # fmt: skip
    pub_rows = []
    pub_created = {}
    for p in pubs:
        c = _moment(r, dt.date(2022, 6, 1), dt.date(2023, 6, 30))
        pub_created[p[0]] = c
        pub_rows.append((*p, _z(c)))
    statuses = [(1, "subscribed"), (2, "pending confirmation"), (3, "unsubscribed"), (4, "bounced"),
                (5, "marked as spam")]
    subs = []
    sizes = {1: 260, 2: 90, 3: 170, 4: 45, 5: 140, 6: 75}
    names = full_names(r, 800)
    countries = ["US", "GB", "DE", "CA", "AU", "NL", "FR", "IN", "SE", "ES", "BR", "IE"]
    cw = [34, 16, 9, 7, 6, 5, 5, 6, 3, 3, 3, 3]
    by_pub: dict[int, list] = {}
    star_referrer = None
    k = 0
    for p in pubs:
        for _ in range(sizes[p[0]]):
            nm = names[k]
            k += 1
            first, last = nm.split(" ")
            created = _moment(r, pub_created[p[0]].date())
            status = r.choices([1, 2, 3, 4, 5], [70, 6, 17, 5, 2])[0]
            if status == 2:
                created = _moment(r, dt.date(2025, 5, 20))
            unsub = _after(r, created) if status == 3 else None
            paid = p[4] is not None and status == 1 and r.random() < 0.18
            sub = [None, p[0], f"{first.lower()}{r.choice(['', '.', '_'])}{last.lower()}@{r.choice(['gmail.com', 'icloud.com', 'outlook.com', 'proton.me', 'yahoo.com'])}",
                   nm if r.random() < 0.7 else None, status, _tf(paid),
                   r.choices(countries, cw)[0] if r.random() < 0.9 else None, None, created, unsub]  # fmt: skip
            by_pub.setdefault(p[0], []).append(sub)
    allsubs = []
    for p in pubs:
        lst = sorted(by_pub[p[0]], key=lambda s: s[8])
        for s in lst:
            s[0] = len(allsubs) + 1
            allsubs.append(s)
        for i, s in enumerate(lst):
            if i > 5 and r.random() < 0.22:
                ref = lst[min(int(r.expovariate(0.08)), i - 1)]
                if ref[4] in (1, 3):
                    s[7] = ref[0]
    # the most generous referrer: a reader of The Weekly Byte
    wb = sorted(by_pub[1], key=lambda s: s[8])
    star_referrer = wb[3]
    star_referrer[4], star_referrer[9], star_referrer[3] = 1, None, "Olivia Castillo"
    star_referrer[2] = "olivia.castillo@proton.me"
    for s in r.sample(wb[10:], 17):
        s[7] = star_referrer[0]
    used_emails: set[str] = set()
    for s in allsubs:
        while s[2] in used_emails:
            s[2] = s[2].replace("@", f"{r.randint(1, 99)}@")
        used_emails.add(s[2])
    subs = [(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], _z(s[8]), _z(s[9])) for s in allsubs]
    topics = {1: ["Rust vs Go, again", "The state of local-first apps", "Why your CI is slow", "SQLite everywhere",
                  "A week with a tiny VPS", "Passkeys explained"],
              2: ["Levain timing in summer", "Rye ratios", "Scoring patterns", "Your starter is fine", "Hydration 101"],
              3: ["First 100 customers", "Pricing pages that work", "Churn interviews", "Cold email templates",
                  "Bootstrapping in 2025"],
              4: ["Spring ridge routes", "Gear that lasts", "Night running", "Ultra prep log"],
              5: ["Rates on hold", "Earnings week", "Bond ladder basics", "What moved markets", "Q1 recap"],
              6: ["Whitespace is a feature", "Type scales", "Designing empty states", "Colour for dark mode"]}  # fmt: skip
    freq = {1: 7, 2: 21, 3: 10, 4: 30, 5: 7, 6: 14}
    issues = []
    for p in pubs:
        d = max(pub_created[p[0]].date(), dt.date(2024, 1, 3)) + dt.timedelta(days=r.randint(0, 6))
        n = 0
        while d <= END:
            n += 1
            created = dt.datetime(d.year, d.month, d.day, 8, 0, 0) - dt.timedelta(days=r.randint(1, 4), minutes=r.randint(0, 600))
            sent = dt.datetime(d.year, d.month, d.day, r.choice([6, 7, 9, 14]), r.randrange(60), r.randrange(60))
            subject = f"{r.choice(topics[p[0]])} (#{n})"
            issues.append([p[0], subject, r.randint(600, 3200), _tf(p[4] is not None and r.random() < 0.3), sent, created])
            d += dt.timedelta(days=freq[p[0]] + r.randint(-1, 2))
            if p[0] == 4 and dt.date(2024, 11, 1) < d < dt.date(2025, 3, 1):
                d = dt.date(2025, 3, 4)  # a winter break
    issues.sort(key=lambda x: x[4])
    for p, subj in [(1, "Draft: notes on WebGPU"), (3, "Draft: my pricing mistakes"), (6, "Draft: icon grids")]:
        created = _moment(r, dt.date(2025, 6, 1))
        issues.append([p, subj, r.randint(300, 1500), "f", None, created])
    issue_rows = [(i + 1, x[0], x[1], x[2], x[3], _z(x[4]), _z(x[5])) for i, x in enumerate(issues)]
    deliveries = []
    open_rate = {1: 0.52, 2: 0.61, 3: 0.44, 4: 0.58, 5: 0.38, 6: 0.49}
    for iss in issue_rows:
        if iss[5] is None:
            continue
        sent = dt.datetime.strptime(iss[5], "%Y-%m-%dT%H:%M:%SZ")
        cands = [s for s in allsubs if s[1] == iss[1] and s[8] < sent and s[4] != 2
                 and (s[9] is None or s[9] > sent)]  # fmt: skip
        if iss[4] == "t":
            cands = [s for s in cands if s[5] == "t"]
        for s in r.sample(cands, max(1, len(cands) // 6)):
            bounced = s[4] == 4 or r.random() < 0.01
            delivered = sent + dt.timedelta(seconds=r.randint(1, 600))
            opened = clicked = None
            if not bounced and r.random() < open_rate[iss[1]]:
                opened = delivered + dt.timedelta(minutes=int(_loguniform(r, 1, 4000)))
                if opened > _last():
                    opened = None
                elif r.random() < 0.22:
                    clicked = opened + dt.timedelta(seconds=r.randint(5, 900))
            deliveries.append((len(deliveries) + 1, iss[0], s[0], _z(delivered), _z(opened), _z(clicked), _tf(bounced)))
    payments = []
    price = {p[0]: p[4] for p in pubs}
    for s in allsubs:
        if s[5] != "t":
            continue
        annual = r.random() < 0.2
        d = s[8] + dt.timedelta(minutes=r.randint(1, 90))
        while d <= _last():
            amt = price[s[1]] * 10 if annual else price[s[1]]
            payments.append([d, s[0], amt, _tf(r.random() < 0.02)])
            d = d + dt.timedelta(days=365 if annual else 30)
    payments.sort(key=lambda x: x[0])
    pay_rows = [(i + 1, x[1], x[2], _z(x[0]), x[3]) for i, x in enumerate(payments)]
    write_tables(path, ddl, [("publications_publication", pub_rows), ("audience_subscriberstatus", statuses),
                             ("audience_subscriber", subs), ("campaigns_issue", issue_rows),
                             ("campaigns_delivery", deliveries), ("billing_payment", pay_rows)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# licensekeys


def build_licensekeys(path: Path) -> None:
    r = random.Random(10905)
    ddl = """
    CREATE TABLE cntry (cntry_cd TEXT PRIMARY KEY, cntry_nm TEXT NOT NULL, rgn TEXT NOT NULL);
    CREATE TABLE prdct (
        prdct_id INTEGER PRIMARY KEY, prdct_nm TEXT NOT NULL, crnt_vrsn TEXT NOT NULL, lst_prc_cnts INTEGER NOT NULL,
        is_dscntnd TEXT NOT NULL);
    CREATE TABLE cstmr (
        cstmr_id INTEGER PRIMARY KEY, cstmr_nm TEXT NOT NULL, cstmr_typ TEXT NOT NULL, eml TEXT NOT NULL,
        cntry_cd TEXT NOT NULL REFERENCES cntry(cntry_cd), crtd_dt TEXT NOT NULL);
    CREATE TABLE ordr (
        ordr_id INTEGER PRIMARY KEY, cstmr_id INTEGER NOT NULL REFERENCES cstmr(cstmr_id), ordr_dt TEXT NOT NULL,
        pymnt_mthd TEXT NOT NULL, dscnt_cd TEXT, is_rfndd TEXT NOT NULL);
    CREATE TABLE ordr_ln (
        ordr_ln_id INTEGER PRIMARY KEY, ordr_id INTEGER NOT NULL REFERENCES ordr(ordr_id),
        prdct_id INTEGER NOT NULL REFERENCES prdct(prdct_id), qty_ordrd INTEGER NOT NULL,
        unt_prc_cnts INTEGER NOT NULL);
    CREATE TABLE lcns (
        lcns_id INTEGER PRIMARY KEY, ordr_ln_id INTEGER NOT NULL REFERENCES ordr_ln(ordr_ln_id),
        lcns_ky TEXT NOT NULL UNIQUE, lcns_typ TEXT NOT NULL, seat_cnt INTEGER NOT NULL, isd_dt TEXT NOT NULL,
        exprs_dt TEXT, is_rvkd TEXT NOT NULL);
    CREATE TABLE actvtn (
        actvtn_id INTEGER PRIMARY KEY, lcns_id INTEGER NOT NULL REFERENCES lcns(lcns_id), mchn_nm TEXT NOT NULL,
        os_nm TEXT NOT NULL, app_vrsn TEXT NOT NULL, actvtd_ts TEXT NOT NULL, dactvtd_ts TEXT);
    """
    countries = [("US", "United States", "Americas"), ("CA", "Canada", "Americas"), ("BR", "Brazil", "Americas"),
                 ("GB", "United Kingdom", "Europe"), ("DE", "Germany", "Europe"), ("FR", "France", "Europe"),
                 ("NL", "Netherlands", "Europe"), ("SE", "Sweden", "Europe"), ("PL", "Poland", "Europe"),
                 ("JP", "Japan", "Asia-Pacific"), ("AU", "Australia", "Asia-Pacific"), ("IN", "India", "Asia-Pacific"),
                 ("NZ", "New Zealand", "Asia-Pacific")]  # fmt: skip
    products = [(1, "PixelPress Pro", "5.2.1", 14900, "f"), (2, "PixelPress Lite", "5.2.1", 4900, "f"),
                (3, "SnapDiff", "2.8.0", 7900, "f"), (4, "Tabula Sync", "1.4.3", 2900, "f"),
                (5, "QuickMock", "3.0.2", 9900, "f"), (6, "PixelPress Classic", "4.9.7", 9900, "t")]  # fmt: skip
    orgs = ["Acorn Print Co", "Bluefin Studios", "Cartwright & Sons", "Delta Survey Ltd", "Ember Architects",
            "Foxglove Media", "Granite Labs", "Heron Dental", "Ivy Lane School", "Juniper Events", "Kelp Analytics",
            "Lodestar Maps", "Marigold Agency", "Northgate Council", "Osprey Films", "Pilcrow Press",
            "Quarry Hill Design", "Redwood Clinic", "Silverline Logistics", "Tamarind Foods", "Upland Outdoor",
            "Vesper Audio", "Willow Tree Charity", "Xenon Robotics", "Yellowfin Travel", "Zinnia Florists",
            "Atlas Drafting", "Beacon Legal", "Cinder Games", "Driftwood Hotels"]  # fmt: skip
    people = full_names(r, 160)
    custs = []
    cw = [30, 6, 3, 14, 12, 6, 5, 3, 3, 5, 6, 4, 2]
    for i, nm in enumerate(orgs + people, 1):
        typ = "business" if i <= len(orgs) else "individual"
        cc = r.choices([c[0] for c in countries], cw)[0]
        slug = nm.lower().replace(" & ", "").replace(" ", "")
        eml = f"it@{slug}.com" if typ == "business" else f"{nm.split()[0].lower()}.{nm.split()[1].lower()}@mail.com"
        custs.append((i, nm, typ, eml, cc, iso(day_between(r, dt.date(2021, 6, 1), dt.date(2025, 5, 31)))))
    orders: list[list] = []
    lines: list[tuple] = []
    lic: list[tuple] = []
    acts: list[tuple] = []
    oses = ["Windows 11", "Windows 10", "macOS 14", "macOS 15", "Ubuntu 22.04"]
    osw = [34, 18, 22, 18, 8]
    ver_by_year = {2021: "4.6", 2022: "4.8", 2023: "4.9", 2024: "5.1", 2025: "5.2"}
    events = []
    for c in custs:
        n = r.choices([0, 1, 1, 2, 3, 5, 8], [10, 30, 10, 20, 14, 10, 6])[0]
        if c[2] == "business":
            n += r.randint(1, 4)
        for _ in range(n):
            events.append((day_between(r, max(dt.date.fromisoformat(c[5]), dt.date(2022, 1, 1)), END), c))
    events.sort(key=lambda e: (e[0], e[1][0]))
    used_keys: set[str] = set()
    for d, c in events:
        oid = len(orders) + 1
        biz = c[2] == "business"
        method = r.choices(["card", "paypal", "invoice"], [55, 25, 20] if biz else [65, 35, 0])[0]
        code = r.choice(["EDU40", "LAUNCH20", "BF2024", "SPRING25"]) if r.random() < 0.15 else None
        if code == "BF2024":
            d = day_between(r, dt.date(2024, 11, 25), dt.date(2024, 12, 2))
        refunded = r.random() < 0.04
        orders.append([oid, c[0], iso(d), method, code, _tf(refunded)])
        n_lines = r.choices([1, 2, 3], [72, 22, 6])[0]
        prods = r.sample([1, 2, 3, 4, 5] if d >= dt.date(2024, 3, 1) else [1, 2, 3, 4, 5, 6], n_lines)
        for pid in prods:
            trial = r.random() < 0.12
            qty = (r.choice([1, 2, 3, 5, 5, 10, 10, 25]) if biz else r.choice([1, 1, 1, 2])) if not trial else 1
            list_price = products[pid - 1][3]
            if trial:
                price, typ = 0, "trial"
            else:
                typ = r.choices(["perpetual", "annual"], [55, 45])[0]
                price = list_price if typ == "perpetual" else list_price * 2 // 5
                if code:
                    price = price * (100 - int(code[-2:])) // 100
            lid = len(lines) + 1
            lines.append((lid, oid, pid, qty, price))
            key = "-".join(_token(r, 5).upper() for _ in range(4))
            while key in used_keys:
                key = "-".join(_token(r, 5).upper() for _ in range(4))
            used_keys.add(key)
            exp = None
            if typ == "trial":
                exp = d + dt.timedelta(days=14 if pid != 5 else 30)
            elif typ == "annual":
                exp = d + dt.timedelta(days=365)
            lic_id = len(lic) + 1
            lic.append((lic_id, lid, key, typ, qty, iso(d), iso(exp), _tf(refunded)))
            # activations
            n_act = min(qty, r.choice([0, 1, 1, 2, 3, qty, qty]))
            if r.random() < 0.06:
                n_act = qty + r.randint(1, 3)  # over-activated
            for _ in range(n_act):
                t = _moment(r, d, min(END, d + dt.timedelta(days=40)))
                deact = None
                if r.random() < 0.18:
                    deact = _after(r, t)
                year = t.year
                vrsn = ver_by_year[year] + "." + str(r.randint(0, 3))
                host = r.choice(["DESKTOP", "MBP", "LAPTOP", "STUDIO", "WS"]) + "-" + _token(r, 5).upper()
                acts.append([t, lic_id, host, r.choices(oses, osw)[0], vrsn, deact])
    acts.sort(key=lambda a: a[0])
    act_rows = [(i + 1, a[1], a[2], a[3], a[4], _sp(a[0]), _sp(a[5])) for i, a in enumerate(acts)]
    write_tables(path, ddl, [("cntry", countries), ("prdct", products), ("cstmr", custs),
                             ("ordr", [tuple(o) for o in orders]), ("ordr_ln", lines), ("lcns", lic),
                             ("actvtn", act_rows)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# shortlinks


def build_shortlinks(path: Path) -> None:
    r = random.Random(10906)
    ddl = """
    CREATE TABLE workspaces (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL, created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL);
    CREATE TABLE users (
        id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id), name TEXT NOT NULL,
        email TEXT NOT NULL, role TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        deleted_at TEXT);
    CREATE TABLE domains (
        id INTEGER PRIMARY KEY, workspace_id INTEGER REFERENCES workspaces(id), hostname TEXT NOT NULL UNIQUE,
        is_verified TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE links (
        id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
        domain_id INTEGER NOT NULL REFERENCES domains(id), created_by_id INTEGER REFERENCES users(id),
        slug TEXT NOT NULL, destination_url TEXT NOT NULL, title TEXT, expires_at TEXT, created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL, deleted_at TEXT);
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id), name TEXT NOT NULL);
    CREATE TABLE link_tags (
        link_id INTEGER NOT NULL REFERENCES links(id), tag_id INTEGER NOT NULL REFERENCES tags(id),
        PRIMARY KEY (link_id, tag_id));
    CREATE TABLE clicks (
        id INTEGER PRIMARY KEY, link_id INTEGER NOT NULL REFERENCES links(id), clicked_at TEXT NOT NULL,
        country_code TEXT, device TEXT NOT NULL, referrer_host TEXT);
    """
    ws_names = [("Bramble Coffee", "pro"), ("Cloudberry Events", "business"), ("Driftless Radio", "free"),
                ("Everpine Outdoors", "pro"), ("Foundry Fitness", "free"), ("Glasshouse Podcast", "pro"),
                ("Hinterland Books", "free"), ("Ironbark Tools", "business"), ("Juniper Yoga", "free"),
                ("Kindling Marketing", "business"), ("Lighthouse Charity", "free"), ("Mapleleaf Tutors", "pro"),
                ("Nightjar Records", "pro"), ("Orchard Street Deli", "free"), ("Parcelpoint", "business"),
                ("Quayside Realty", "pro"), ("Ribbon Crafts", "free"), ("Sundial Studio", "free")]  # fmt: skip
    workspaces = []
    for i, (n, p) in enumerate(ws_names, 1):
        c = _moment(r, dt.date(2022, 9, 1), dt.date(2025, 1, 31))
        workspaces.append((i, n, p, _z(c), _z(_after(r, c))))
    ws_created = {w[0]: dt.datetime.strptime(w[3], "%Y-%m-%dT%H:%M:%SZ") for w in workspaces}
    users = []
    names = full_names(r, 90)
    k = 0
    for w in workspaces:
        n = {"free": r.randint(1, 2), "pro": r.randint(2, 5), "business": r.randint(4, 9)}[w[2]]
        for j in range(n):
            nm = names[k]
            k += 1
            c = _after(r, ws_created[w[0]]) if j else ws_created[w[0]]
            deleted = _after(r, c) if j and r.random() < 0.15 else None
            slug = w[1].split()[0].lower()
            users.append((len(users) + 1, w[0], nm, f"{nm.split()[0].lower()}@{slug}.com",
                          "owner" if j == 0 else r.choice(["admin", "member", "member"]), _z(c),
                          _z(deleted or _after(r, c)), _z(deleted)))  # fmt: skip
    domains = [(1, None, "shrt.to", "t", "2022-08-01T09:00:00Z")]
    for w in workspaces:
        if w[2] != "free" or r.random() < 0.1:
            slug = w[1].split()[0].lower()
            c = _after(r, ws_created[w[0]])
            domains.append((len(domains) + 1, w[0], f"go.{slug}.com", _tf(r.random() < 0.85), _z(c)))
            if w[2] == "business" and r.random() < 0.7:
                domains.append((len(domains) + 1, w[0], f"{slug[:4]}.link", _tf(r.random() < 0.7),
                                _z(_after(r, c))))  # fmt: skip
    dom_of: dict[int, list[int]] = {}
    for d in domains:
        if d[1] is not None and d[3] == "t":
            dom_of.setdefault(d[1], []).append(d[0])
    tag_names = ["promo", "newsletter", "social", "instagram", "podcast", "event", "print", "qr", "partner",
                 "blog", "spring-sale", "black-friday"]  # fmt: skip
    tags = []
    tags_of: dict[int, list[int]] = {}
    for w in workspaces:
        for t in r.sample(tag_names, r.randint(0, 5)):
            tags.append((len(tags) + 1, w[0], t))
            tags_of.setdefault(w[0], []).append(len(tags))
    users_of: dict[int, list] = {}
    for u in users:
        users_of.setdefault(u[1], []).append(u)
    activity = {w[0]: {"free": 1, "pro": 3, "business": 6}[w[2]] * r.uniform(0.5, 1.5) for w in workspaces}
    links = []
    link_tags = []
    slugs_used: set[tuple[int, str]] = set()
    titles = ["Spring menu", "Summer sale", "Episode {n}", "Sign up", "Book a class", "Newsletter archive",
              "Store opening", "Job opening", "Donate", "Event tickets", "Product launch", "Free guide",
              "Catalogue {n}", "Open day", "Gift cards"]  # fmt: skip
    for _ in range(620):
        w = r.choices(workspaces, [activity[w[0]] for w in workspaces])[0]
        u = r.choice(users_of[w[0]])
        start = dt.datetime.strptime(u[5], "%Y-%m-%dT%H:%M:%SZ")
        end_user = dt.datetime.strptime(u[7], "%Y-%m-%dT%H:%M:%SZ") if u[7] else _last()
        span = int((end_user - start).total_seconds())
        created = start + dt.timedelta(seconds=r.randrange(max(span, 1)))
        dom = r.choice(dom_of[w[0]]) if w[0] in dom_of and r.random() < 0.8 else 1
        slug = _token(r, 6) if r.random() < 0.6 else r.choice(["menu", "sale", "join", "ep", "tix", "guide", "shop",
                                                                   "give", "promo", "bio"]) + str(r.randint(1, 99))  # fmt: skip
        while (dom, slug) in slugs_used:
            slug = _token(r, 6)
        slugs_used.add((dom, slug))
        title = r.choice(titles).format(n=r.randint(1, 120)) if r.random() < 0.85 else None
        slugw = "".join(ch for ch in w[1].lower() if ch.isalpha())
        dest = f"https://www.{slugw}.com/{r.choice(['menu', 'shop', 'events', 'blog', 'signup', 'donate', 'p'])}/{r.randint(1, 999)}"
        updated = created if r.random() < 0.5 else _after(r, created)
        deleted = _after(r, updated) if r.random() < 0.12 else None
        expires = created + dt.timedelta(days=r.choice([30, 60, 90, 180])) if r.random() < 0.2 else None
        lid = len(links) + 1
        links.append((lid, w[0], dom, u[0] if r.random() < 0.97 else None, slug, dest, title, _z(expires), _z(created),
                      _z(updated), _z(deleted)))  # fmt: skip
        if w[0] in tags_of and r.random() < 0.6:
            for t in r.sample(tags_of[w[0]], min(len(tags_of[w[0]]), r.choice([1, 1, 2, 3]))):
                link_tags.append((lid, t))
    clicks = []
    countries = ["US", "GB", "CA", "DE", "AU", "IE", "FR", "IN", "NL", "MX", None]
    cw = [40, 14, 8, 7, 6, 4, 4, 5, 3, 3, 6]
    for lk in links:
        pop = r.paretovariate(1.3)
        n = 0 if r.random() < 0.18 else min(int(pop * 2) + r.randint(0, 3), 160)
        created = dt.datetime.strptime(lk[8], "%Y-%m-%dT%H:%M:%SZ")
        last = _last()
        for bound in (lk[7], lk[10]):
            if bound:
                last = min(last, dt.datetime.strptime(bound, "%Y-%m-%dT%H:%M:%SZ"))
        span = int((last - created).total_seconds())
        if span <= 0:
            continue
        for _ in range(n):
            when = created + dt.timedelta(seconds=int(span * (r.random() ** 1.8)))
            dev = r.choices(["mobile", "desktop", "tablet", "bot"], [58, 30, 5, 7])[0]
            ref = r.choices([None, "instagram.com", "facebook.com", "t.co", "google.com", "linkedin.com",
                             "mail.google.com"], [35, 20, 12, 9, 10, 6, 8])[0]  # fmt: skip
            clicks.append([when, lk[0], r.choices(countries, cw)[0], dev, ref])
    clicks.sort(key=lambda c: c[0])
    click_rows = [(i + 1, c[1], _z(c[0]), c[2], c[3], c[4]) for i, c in enumerate(clicks)]
    write_tables(path, ddl, [("workspaces", workspaces), ("users", users), ("domains", domains), ("links", links),
                             ("tags", tags), ("link_tags", link_tags), ("clicks", click_rows)])  # fmt: skip


BUILDERS = {
    "fileshare": build_fileshare,
    "cibuilds": build_cibuilds,
    "uptimemon": build_uptimemon,
    "newsletter": build_newsletter,
    "licensekeys": build_licensekeys,
    "shortlinks": build_shortlinks,
}
