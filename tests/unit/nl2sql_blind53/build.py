"""Six media, technology and professional-services databases for the fifty-third blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with some future rows where natural (domain expiry
dates, engagements being scoped, productions and auditions to come, recording sessions booked, projects not yet due).

- ``dnsregistrar`` (American-style abbreviations: ``acct``, ``txn``, ``bal``, ``amt``, ``dom``, ``ns``, ``_dt``,
  ``_nm``, ``_cnt``): a domain-name registrar. ``acct`` (customer accounts with a prepaid ``bal``), ``tld``
  (extensions with prices), ``dom`` (registered domains), ``ns`` (name servers), the link table ``dom_ns``,
  ``dns_rec`` (DNS records) and ``txn`` (registrations, renewals, transfers, top-ups and refunds).
- ``appstore`` (plain snake_case plural tables with a key/value table ``app_attributes`` beside ``apps``: ``size_mb``,
  ``contains_ads``, ``supports_tablet``, ``in_app_purchases``): a mobile app store. ``developers``, ``apps``,
  ``app_attributes``, ``users``, ``installs`` (the link of users and apps), ``reviews`` and ``purchases`` (in-app).
- ``consultancy`` (soft deletes: ``is_deleted`` 0/1 and ``deleted_at`` on every main table; self-referencing
  ``consultants.manager_id``): a management consultancy. ``consultants``, ``clients``, ``projects``, the link table
  ``project_staff``, ``timesheets`` and ``invoices``.
- ``pentest`` (status history kept in event tables ``finding_events`` and ``engagement_events`` with ``entity_id``,
  ``status``, ``changed_at``; no status column on the entities): a penetration-testing firm. ``customers``,
  ``testers``, ``engagements``, the link table ``engagement_testers``, ``findings`` and the two event tables.
- ``casting`` (numbered columns: ``address_line1``, ``address_line2``, ``phone1``, ``phone2``, ``email1``,
  ``email2``): a casting agency. ``agencies`` (talent agents), ``actors``, ``productions``, ``roles``, ``venues`` and
  ``auditions`` (the link of actors and roles; some still to come).
- ``voiceover`` (singular PascalCase tables and columns, ``TableNameID`` keys (``Language`` keyed by its code),
  composite primary keys in the link tables ``ArtistLanguage`` and ``ProjectArtist``): a voice-over production house.
  ``Studio``, ``Artist``, ``Language``, ``ArtistLanguage``, ``Client``, ``Project``, ``ProjectArtist`` and
  ``RecordingSession`` (some booked for the weeks to come).
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


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ts(r: random.Random, d: dt.date, lo: int = 8, hi: int = 18) -> str:
    """``d`` at a random whole-second time between ``lo`` and ``hi`` o'clock."""
    return f"{d.isoformat()} {r.randint(lo, hi - 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _add_years(d: dt.date, n: int) -> dt.date:
    return d.replace(year=d.year + n, day=min(d.day, 28))


# ---------------------------------------------------------------------------------------------------- dnsregistrar
DN_TLDS = [
    (".com", 10.99, 12.99, 0), (".net", 11.99, 14.49, 0), (".org", 9.99, 13.49, 0), (".io", 32.99, 45.99, 1),
    (".co", 24.99, 29.99, 1), (".dev", 13.99, 15.99, 0), (".app", 14.99, 17.99, 0), (".uk", 6.99, 8.99, 1),
    (".de", 7.49, 8.49, 1), (".fr", 8.99, 10.99, 1), (".nl", 7.99, 9.49, 1), (".ai", 79.99, 89.99, 1),
    (".xyz", 1.99, 12.49, 0), (".info", 3.99, 19.99, 0), (".biz", 8.49, 18.99, 0), (".me", 5.99, 19.49, 1),
    (".tv", 29.49, 34.99, 1), (".us", 6.49, 9.99, 1), (".ca", 11.49, 13.99, 1), (".eu", 5.49, 8.99, 1),
    (".shop", 2.99, 32.99, 0), (".store", 3.49, 49.99, 0), (".tech", 5.99, 47.99, 0), (".online", 1.49, 34.99, 0),
    (".site", 1.99, 29.99, 0), (".blog", 4.99, 26.99, 0), (".cloud", 9.99, 21.99, 0), (".design", 11.99, 44.99, 0),
    (".studio", 8.99, 24.99, 0), (".agency", 4.99, 22.99, 0),
]  # fmt: skip
#: extensions nobody has registered a domain under
DN_UNUSED = {".tv", ".eu", ".biz", ".agency"}
DN_NS = [
    ("Cloudflare", ["ns1.cloudflare.com", "ns2.cloudflare.com", "ns3.cloudflare.com", "ns4.cloudflare.com"]),
    (
        "AWS Route 53",
        ["ns-101.awsdns-12.com", "ns-702.awsdns-23.net", "ns-1320.awsdns-37.org", "ns-1920.awsdns-48.co.uk"],
    ),
    (
        "Google Cloud DNS",
        [
            "ns-cloud-a1.googledomains.com",
            "ns-cloud-a2.googledomains.com",
            "ns-cloud-b1.googledomains.com",
            "ns-cloud-b2.googledomains.com",
        ],
    ),
    ("DigitalOcean", ["ns1.digitalocean.com", "ns2.digitalocean.com", "ns3.digitalocean.com"]),
    ("Registrar Basic DNS", ["dns1.regnames.net", "dns2.regnames.net", "dns3.regnames.net", "dns4.regnames.net"]),
    ("Azure DNS", ["ns1-01.azure-dns.com", "ns2-01.azure-dns.net", "ns3-01.azure-dns.org", "ns4-01.azure-dns.info"]),
    ("Hetzner", ["hydrogen.ns.hetzner.com", "oxygen.ns.hetzner.com", "helium.ns.hetzner.de"]),
    ("Netlify", ["dns1.p01.nsone.net", "dns2.p01.nsone.net", "dns3.p01.nsone.net", "dns4.p01.nsone.net"]),
]
DN_BIZ = [
    "Bluepeak Media", "Harbor Analytics", "Quillstone Press", "Northwind Apps", "Copperleaf Design", "Redfern Hosting",
    "Lumen Labs", "Tidewater Digital", "Ironbark Software", "Silverline Web", "Maple & Finch", "Orbital Studio",
    "Brightforge", "Kestrel Networks", "Summit Reseller Co", "NameNest Resellers", "DomainDepot LLC",
    "Pixelport Agency", "Granite Cloud", "Velvet Owl Marketing",
]  # fmt: skip
DN_RESELLERS = {"Summit Reseller Co", "NameNest Resellers", "DomainDepot LLC", "Redfern Hosting"}
DN_WORDS = [
    "acme", "bright", "cedar", "delta", "ember", "falcon", "glow", "harbor", "indigo", "juniper", "kite", "lumen",
    "meadow", "nova", "orbit", "pebble", "quartz", "river", "summit", "tidal", "umber", "vivid", "willow", "zenith",
    "atlas", "bloom", "cobalt", "drift", "echo", "fable",
]  # fmt: skip
DN_SUFFIX = ["", "hq", "labs", "shop", "app", "media", "online", "studio", "cloud", "co"]


def build_dnsregistrar(path: Path) -> None:
    r = random.Random(53001)
    c = fresh_db(
        path,
        """
        CREATE TABLE acct (acct_id INTEGER PRIMARY KEY, acct_nm TEXT NOT NULL, acct_typ TEXT NOT NULL,
            email_addr TEXT NOT NULL, ctry_cd TEXT NOT NULL, open_dt DATE NOT NULL, bal REAL NOT NULL DEFAULT 0,
            login_cnt INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tld (tld_id INTEGER PRIMARY KEY, tld_nm TEXT NOT NULL UNIQUE, reg_prc REAL NOT NULL,
            renew_prc REAL NOT NULL, cc_flg INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE dom (dom_id INTEGER PRIMARY KEY, dom_nm TEXT NOT NULL UNIQUE,
            acct_id INTEGER NOT NULL REFERENCES acct(acct_id), tld_id INTEGER NOT NULL REFERENCES tld(tld_id),
            reg_dt DATE NOT NULL, exp_dt DATE NOT NULL, auto_renew_flg INTEGER NOT NULL DEFAULT 1,
            sts TEXT NOT NULL);
        CREATE TABLE ns (ns_id INTEGER PRIMARY KEY, ns_host TEXT NOT NULL UNIQUE, provider_nm TEXT NOT NULL);
        CREATE TABLE dom_ns (dom_id INTEGER NOT NULL REFERENCES dom(dom_id),
            ns_id INTEGER NOT NULL REFERENCES ns(ns_id), PRIMARY KEY (dom_id, ns_id));
        CREATE TABLE dns_rec (rec_id INTEGER PRIMARY KEY, dom_id INTEGER NOT NULL REFERENCES dom(dom_id),
            rec_typ TEXT NOT NULL, host_nm TEXT NOT NULL, rec_val TEXT NOT NULL, ttl_sec INTEGER NOT NULL);
        CREATE TABLE txn (txn_id INTEGER PRIMARY KEY, acct_id INTEGER NOT NULL REFERENCES acct(acct_id),
            dom_id INTEGER REFERENCES dom(dom_id), txn_typ TEXT NOT NULL, txn_dt TEXT NOT NULL, amt REAL NOT NULL);
        """,
    )
    ctry = ["US", "US", "US", "GB", "GB", "DE", "CA", "AU", "FR", "NL", "IN"]
    accts = []
    people = full_names(r, 40)
    for k, nm in enumerate(DN_BIZ + people, 1):
        typ = "reseller" if nm in DN_RESELLERS else "biz" if nm in DN_BIZ else "indiv"
        email = nm.lower().replace(" & ", "").replace(" ", ".") + "@example.com"
        bal = round(r.uniform(0, 60), 2) if typ == "indiv" else round(r.uniform(20, 400), 2)
        accts.append([k, nm, typ, email, r.choice(ctry), day_between(r, D(2019, 1, 1), D(2023, 12, 31)), bal,
                      r.randint(3, 400)])  # fmt: skip
    accts[0][4] = "US"
    # a few accounts opened recently, and one big reseller balance
    for k in (23, 41, 55):
        accts[k - 1][5] = day_between(r, D(2025, 1, 5), D(2025, 5, 28))
    accts[14][6] = 1249.5
    tlds = [(k, *t) for k, t in enumerate(DN_TLDS, 1)]
    usable = [t for t in tlds if t[1] not in DN_UNUSED]
    weights = [14 if t[1] == ".com" else 5 if t[1] in (".io", ".net", ".org", ".uk", ".dev") else 2 for t in usable]
    doms, seen = [], set()
    acct_weights = [9 if a[2] == "reseller" else 3 if a[2] == "biz" else 1 for a in accts]
    while len(doms) < 160:
        t = r.choices(usable, weights)[0]
        nm = r.choice(DN_WORDS) + r.choice(DN_SUFFIX) + t[1]
        if nm in seen:
            continue
        seen.add(nm)
        a = r.choices(accts, acct_weights)[0]
        reg = day_between(r, max(a[5], D(2021, 1, 1)), LAST)
        auto = int(r.random() < 0.7)
        exp = _add_years(reg, r.choice([1, 1, 2]))
        renews = []
        if auto:
            while exp < TODAY:
                renews.append(exp)
                exp = _add_years(exp, 1)
        x = r.random()
        sts = "expired" if exp < TODAY else "suspended" if x < 0.04 else "transfer_pending" if x < 0.08 else "active"
        doms.append([nm, a[0], t[0], reg, exp, auto, sts, renews])
    # designed: a few domains expiring soon without auto-renew
    soon = [D(2025, 6, 19), D(2025, 6, 30), D(2025, 7, 8), D(2025, 7, 22), D(2025, 8, 3)]
    for d_, e in zip(doms[10:15], soon, strict=True):
        d_[4], d_[5], d_[6], d_[7] = e, 0, "active", []
        d_[3] = _add_years(e, -1)
    doms.sort(key=lambda x: (x[3], x[0]))
    rows = [(k, nm, a, t, _iso(reg), _iso(exp), au, st) for k, (nm, a, t, reg, exp, au, st, _rn) in enumerate(doms, 1)]
    ns_rows, prov_ns = [], {}
    for prov, hosts in DN_NS:
        for h in hosts:
            ns_rows.append((len(ns_rows) + 1, h, prov))
            prov_ns.setdefault(prov, []).append(len(ns_rows))
    a_rows = [[a[0], a[1], a[2], a[3], a[4], _iso(a[5]), a[6], a[7]] for a in accts]
    insert(c, "acct", a_rows)
    insert(c, "tld", tlds)
    insert(c, "dom", rows)
    insert(c, "ns", ns_rows)
    links, prov_w = [], [6, 3, 2, 2, 4, 1, 1, 1]
    for k in range(1, len(doms) + 1):
        prov = r.choices([p for p, _h in DN_NS], prov_w)[0]
        for n in sorted(r.sample(prov_ns[prov], 2)):
            links.append((k, n))
    insert(c, "dom_ns", links)
    recs = []
    for k, (nm, *_rest) in enumerate(doms, 1):
        if doms[k - 1][6] == "expired":
            continue
        ip = f"{r.randint(20, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        recs.append((k, "A", "@", ip, r.choice([300, 3600, 3600, 14400])))
        if r.random() < 0.3:
            recs.append((k, "CNAME", "www", nm, 3600))
        n_mx = r.choice([0, 0, 1, 1, 2]) if k % 9 else 3
        for j in range(n_mx):
            recs.append((k, "MX", "@", f"{(j + 1) * 10} mx{j + 1}.mailhost.net", 3600))
        if r.random() < 0.25:
            recs.append((k, "TXT", "@", "v=spf1 include:mailhost.net ~all", 3600))
        if r.random() < 0.1:
            recs.append((k, "AAAA", "@", f"2001:db8::{r.randint(1, 9999):x}", 3600))
    insert(c, "dns_rec", [(k, *x) for k, x in enumerate(recs, 1)])
    txns = []
    tld_prc = {t[0]: (t[2], t[3]) for t in tlds}
    for k, (_nm, a, t, reg, _exp, _au, _st, renews) in enumerate(doms, 1):
        txns.append((a, k, "reg" if r.random() < 0.9 else "xfer_in", _ts(r, reg), tld_prc[t][0]))
        for rn in renews:
            if rn >= D(2023, 1, 1):
                txns.append((a, k, "renew", _ts(r, rn - dt.timedelta(days=r.randint(0, 20))), tld_prc[t][1]))
    for k in r.sample(range(1, len(doms) + 1), 6):
        a, t, reg = doms[k - 1][1], doms[k - 1][2], doms[k - 1][3]
        txns.append((a, k, "refund", _ts(r, min(reg + dt.timedelta(days=r.randint(1, 4)), LAST)), -tld_prc[t][0]))
    while len(txns) < 390:
        a = r.choice(accts)
        d = day_between(r, max(a[5], START), LAST)
        txns.append((a[0], None, "topup", _ts(r, d, 0, 24), r.choice([10.0, 25.0, 50.0, 100.0, 100.0, 250.0])))
    txns.append((15, None, "topup", "2025-03-04 09:41:12", 750.0))
    txns.sort(key=lambda x: x[3])
    insert(c, "txn", [(k, *x) for k, x in enumerate(txns, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- appstore
AS_DEVS = [
    ("Pixel Forge Studios", "US", 1), ("Northlight Games", "US", 1), ("Ledgerly Inc", "US", 1),
    ("FitPulse Labs", "US", 0), ("Tiny Owl Apps", "GB", 1), ("Kanji Cat Ltd", "JP", 0), ("Wanderbyte", "DE", 1),
    ("Cadence Audio", "SE", 1), ("Brightboard Education", "US", 0), ("Snapgrove", "CA", 1),
    ("MintLeaf Finance", "GB", 0),
    ("Orbit Arcade", "KR", 1), ("Quiet Hours Co", "US", 1), ("Papertrail Software", "DE", 0),
    ("Lumen Photo", "FR", 1), ("Rivet Tools", "US", 0), ("Saffron Systems", "IN", 1), ("Hopscotch Kids", "AU", 0),
    ("Nimbus Notes", "US", 1), ("Tempo Run", "NL", 0), ("Gridlock Puzzles", "FI", 1), ("Coinwise", "SG", 1),
    ("Atlas Trails", "CA", 0), ("Loop Labs", "BR", 0), ("Studio Marigold", "IT", 1), ("Vector Bay", "US", 1),
    ("Fernwood Apps", "GB", 0), ("Helix Health", "CH", 1), ("Parrot Lingo", "ES", 0), ("Crescent Games", "PL", 1),
    ("BlueJay Software", "IE", 0), ("Yokai Interactive", "JP", 1), ("Campfire Media", "US", 0),
    ("Granite Apps", "NO", 0), ("Sundial Labs", "PT", 0), ("Okapi Studio", "ZA", 1),
    ("Drift Mobile", "FR", 0), ("Kettle Apps", "NZ", 0), ("Mosaic Learning", "DE", 1), ("Echo Valley", "MX", 0),
]  # fmt: skip
#: developers without any app yet (none of them American)
AS_NO_APPS = {"Granite Apps", "Sundial Labs", "Drift Mobile", "Kettle Apps"}
AS_CATS = ["Games", "Productivity", "Health & Fitness", "Education", "Finance", "Photo & Video", "Music", "Travel"]
AS_WORDS = {
    "Games": (
        ["Sky", "Pixel", "Dungeon", "Turbo", "Block", "Star", "Monster", "Jelly", "Galaxy", "Zombie"],
        ["Quest", "Racer", "Crush", "Legends", "Tactics", "Blast", "Kingdom", "Runner"],
    ),
    "Productivity": (["Task", "Focus", "Daily", "Smart", "Quick", "Cloud"], ["Planner", "Notes", "Scanner", "Timer"]),
    "Health & Fitness": (["Fit", "Calm", "Pulse", "Sleep", "Yoga"], ["Coach", "Tracker", "Journal", "Buddy"]),
    "Education": (["Math", "Word", "Lingo", "Code", "Science"], ["Academy", "Flash", "Quiz", "Explorer"]),
    "Finance": (["Budget", "Coin", "Pocket", "Tax"], ["Wallet", "Ledger", "Saver", "Mate"]),
    "Photo & Video": (["Snap", "Retro", "Vivid", "Clip"], ["Cam", "Editor", "Studio", "Filters"]),
    "Music": (["Beat", "Tune", "Chord", "Piano"], ["Maker", "Box", "Master", "Radio"]),
    "Travel": (["Trip", "Road", "Jet", "Metro"], ["Guide", "Maps", "Pal", "Planner"]),
}
AS_USER_CTRY = ["US", "US", "US", "GB", "GB", "DE", "FR", "CA", "IN", "BR", "JP", "AU"]


def build_appstore(path: Path) -> None:
    r = random.Random(53002)
    c = fresh_db(
        path,
        """
        CREATE TABLE developers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
            joined_on DATE NOT NULL, is_verified INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE apps (id INTEGER PRIMARY KEY, developer_id INTEGER NOT NULL REFERENCES developers(id),
            title TEXT NOT NULL UNIQUE, category TEXT NOT NULL, price REAL NOT NULL DEFAULT 0,
            released_on DATE NOT NULL, age_rating TEXT NOT NULL);
        CREATE TABLE app_attributes (app_id INTEGER NOT NULL REFERENCES apps(id), attr_key TEXT NOT NULL,
            attr_value TEXT NOT NULL, PRIMARY KEY (app_id, attr_key));
        CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, country TEXT NOT NULL,
            signed_up_on DATE NOT NULL);
        CREATE TABLE installs (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
            app_id INTEGER NOT NULL REFERENCES apps(id), installed_at TEXT NOT NULL, uninstalled_at TEXT);
        CREATE TABLE reviews (id INTEGER PRIMARY KEY, app_id INTEGER NOT NULL REFERENCES apps(id),
            user_id INTEGER NOT NULL REFERENCES users(id), rating INTEGER NOT NULL, reviewed_on DATE NOT NULL,
            comment TEXT);
        CREATE TABLE purchases (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
            app_id INTEGER NOT NULL REFERENCES apps(id), item_name TEXT NOT NULL, amount REAL NOT NULL,
            purchased_at TEXT NOT NULL);
        """,
    )
    devs = []
    for k, (n, ctry, ver) in enumerate(AS_DEVS, 1):
        devs.append((k, n, ctry, _iso(day_between(r, D(2016, 1, 1), D(2024, 6, 30))), ver))
    insert(c, "developers", devs)
    with_apps = [d for d in devs if d[1] not in AS_NO_APPS]
    dev_w = [6 if d[1] == "Northlight Games" else 4 if d[1] in ("Pixel Forge Studios", "Tiny Owl Apps") else 2
             for d in with_apps]  # fmt: skip
    apps, titles = [], set()
    # every developer with apps gets at least one
    owners = list(with_apps) + r.choices(with_apps, dev_w, k=120 - len(with_apps))
    for dev in owners:
        while True:
            cat = "Games" if dev[1] in ("Northlight Games", "Orbit Arcade", "Crescent Games") else r.choice(AS_CATS)
            a, b = AS_WORDS[cat]
            t = f"{r.choice(a)} {r.choice(b)}"
            if t not in titles:
                break
        titles.add(t)
        price = 0.0 if r.random() < 0.6 else r.choice([0.99, 1.99, 2.99, 2.99, 4.99, 9.99])
        rel = day_between(r, max(D.fromisoformat(dev[3]), D(2019, 1, 1)), D(2025, 6, 10))
        age = r.choice(["4+", "4+", "9+", "12+", "17+"]) if cat == "Games" else r.choice(["4+", "4+", "12+"])
        apps.append([dev[0], t, cat, price, rel, age])
    apps.sort(key=lambda x: (x[4], x[1]))
    insert(c, "apps", [(k, d, t, ca, p, _iso(rel), ag) for k, (d, t, ca, p, rel, ag) in enumerate(apps, 1)])
    attrs, iap = [], []
    for k, (_d, _t, cat, price, _rel, _ag) in enumerate(apps, 1):
        size = round(r.uniform(120, 1900) if cat == "Games" else r.uniform(12, 240), 1)
        attrs.append((k, "size_mb", f"{size}"))
        attrs.append((k, "contains_ads", "yes" if price == 0 and r.random() < 0.6 else "no"))
        if r.random() < 0.8:
            attrs.append((k, "supports_tablet", "yes" if r.random() < 0.7 else "no"))
        if (price == 0 and r.random() < 0.5) or (cat == "Games" and r.random() < 0.3):
            attrs.append((k, "in_app_purchases", "yes"))
            iap.append(k)
    # the one biggest app
    attrs = [(a, key, "2310.4" if (a, key) == (iap[0], "size_mb") else v) for a, key, v in attrs]
    insert(c, "app_attributes", attrs)
    unames = set()
    users = []
    while len(users) < 200:
        f = r.choice(["sam", "alex", "jo", "kim", "lee", "max", "ria", "tom", "ana", "ben", "eva", "kai", "zoe", "leo"])
        u = f"{f}{r.choice(['_', '.', ''])}{r.randint(1, 999)}"
        if u in unames:
            continue
        unames.add(u)
        users.append((len(users) + 1, u, r.choice(AS_USER_CTRY), _iso(day_between(r, D(2020, 1, 1), LAST))))
    insert(c, "users", users)
    installs = []
    for _ in range(400):
        u = r.choice(users)
        a = r.randint(1, len(apps))
        lo = max(D.fromisoformat(u[3]), apps[a - 1][4], START)
        if lo > LAST:
            continue
        d = day_between(r, lo, LAST)
        un = None
        if r.random() < 0.25:
            ud = d + dt.timedelta(days=r.randint(1, 200))
            un = _ts(r, ud, 0, 24) if ud <= LAST else None
        installs.append((u[0], a, _ts(r, d, 0, 24), un))
    installs.sort(key=lambda x: x[2])
    insert(c, "installs", [(k, *x) for k, x in enumerate(installs, 1)])
    reviews, pairs = [], set()
    comments = ["Love it", "Great app", "Too many ads", "Crashes a lot", "Does the job", "Worth the price", None, None]
    for u, a, at, _un in installs:
        if (u, a) in pairs or r.random() < 0.3:
            continue
        pairs.add((u, a))
        d = D.fromisoformat(at[:10]) + dt.timedelta(days=r.randint(0, 30))
        if d > LAST:
            continue
        rating = r.choices([1, 2, 3, 4, 5], [1, 1, 2, 4, 5])[0]
        reviews.append((a, u, rating, _iso(d), r.choice(comments)))
    reviews.sort(key=lambda x: (x[3], x[0]))
    insert(c, "reviews", [(k, *x) for k, x in enumerate(reviews, 1)])
    items = [("Remove Ads", 2.99), ("Coin Pack", 0.99), ("Gem Bundle", 4.99), ("Premium Monthly", 6.99),
             ("Premium Yearly", 39.99), ("Extra Lives", 1.99), ("Pro Filters", 3.49)]  # fmt: skip
    purch = []
    inst_iap = [x for x in installs if x[1] in iap]
    for _ in range(240):
        u, a, at, _un = r.choice(inst_iap)
        d = D.fromisoformat(at[:10]) + dt.timedelta(days=r.randint(0, 90))
        if d > LAST:
            d = LAST
        it, amt = r.choice(items)
        purch.append((u, a, it, amt, _ts(r, d, 0, 24)))
    purch.sort(key=lambda x: x[4])
    insert(c, "purchases", [(k, *x) for k, x in enumerate(purch, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- consultancy
CO_CLIENTS = [
    ("Albion Mutual", "Insurance"), ("Brightwater Logistics", "Logistics"), ("Castlegate Bank", "Banking"),
    ("Dunmore Energy", "Energy"), ("Elmstead Health Trust", "Healthcare"), ("Fairhaven Retail", "Retail"),
    ("Greyfriars Insurance", "Insurance"), ("Highpoint Telecom", "Telecoms"), ("Ivybridge Foods", "Retail"),
    ("Juniper Rail", "Transport"), ("Kingsmere Council", "Public Sector"), ("Larkspur Pharma", "Healthcare"),
    ("Merrow Steel", "Manufacturing"), ("Northgate Building Society", "Banking"), ("Oakridge Water", "Energy"),
    ("Penrose Hotels", "Hospitality"), ("Quayside Ports", "Logistics"), ("Redbrook Motors", "Manufacturing"),
    ("Saltash Chemicals", "Manufacturing"), ("Thornbury Homes", "Property"), ("Upland Utilities", "Energy"),
    ("Vantage Airways", "Transport"), ("Westcliff Clinics", "Healthcare"), ("Yardley Textiles", "Manufacturing"),
    ("Zenith Mobile", "Telecoms"), ("Ashcombe Estates", "Property"), ("Birchwood Schools", "Public Sector"),
    ("Coldharbour Media", "Media"), ("Dovecote Insurance", "Insurance"), ("Everleigh Retail Group", "Retail"),
    ("Foxhill Power", "Energy"), ("Glenmoor Distillers", "Manufacturing"), ("Hartwell Hospital Group", "Healthcare"),
    ("Inchcape Shipping Services", "Logistics"), ("Kestrel Defence", "Manufacturing"),
]  # fmt: skip


def build_consultancy(path: Path) -> None:
    r = random.Random(53003)
    c = fresh_db(
        path,
        """
        CREATE TABLE consultants (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, grade TEXT NOT NULL,
            manager_id INTEGER REFERENCES consultants(id), day_rate REAL NOT NULL, start_date DATE NOT NULL,
            office TEXT NOT NULL, is_deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT);
        CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, industry TEXT NOT NULL, city TEXT NOT NULL,
            is_deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT);
        CREATE TABLE projects (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id),
            code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, start_date DATE NOT NULL, end_date DATE,
            budget REAL NOT NULL, status TEXT NOT NULL, is_deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT);
        CREATE TABLE project_staff (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),
            consultant_id INTEGER NOT NULL REFERENCES consultants(id), role TEXT NOT NULL,
            is_deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT);
        CREATE TABLE timesheets (id INTEGER PRIMARY KEY, consultant_id INTEGER NOT NULL REFERENCES consultants(id),
            project_id INTEGER NOT NULL REFERENCES projects(id), work_date DATE NOT NULL, hours REAL NOT NULL,
            is_billable INTEGER NOT NULL DEFAULT 1, is_deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT);
        CREATE TABLE invoices (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),
            invoice_no TEXT NOT NULL UNIQUE, issued_on DATE NOT NULL, amount REAL NOT NULL, paid_on DATE,
            is_deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT);
        """,
    )
    names = full_names(r, 42)
    offices = ["London", "Manchester", "Edinburgh"]
    cons: list[list[object]] = []

    def add(grade: str, mgr: int | None, rate: float, start: dt.date, office: str) -> int:
        cons.append([len(cons) + 1, names[len(cons)], grade, mgr, rate, start, office, 0, None])
        return len(cons)

    mp = add("Managing Partner", None, 2400.0, D(2012, 4, 2), "London")
    partners = [add("Partner", mp, 1900.0 + 50 * i, D(2014 + i, 9, 1), offices[i]) for i in range(3)]
    principals = []
    for i in range(6):
        principals.append(add("Principal", partners[i % 3], round(r.uniform(1350, 1550), 2),
                              day_between(r, D(2016, 1, 1), D(2021, 12, 31)), offices[i % 3]))  # fmt: skip
    seniors = []
    for i in range(10):
        mgr = principals[i % 6] if i < 9 else partners[0]
        seniors.append(add("Senior Consultant", mgr, round(r.uniform(950, 1150), 2),
                           day_between(r, D(2018, 1, 1), D(2023, 12, 31)), offices[i % 3]))  # fmt: skip
    for i in range(22):
        grade = "Consultant" if i % 3 else "Analyst"
        mgr = seniors[i % 8] if i < 16 else principals[0]
        rate = round(r.uniform(700, 880), 2) if grade == "Consultant" else round(r.uniform(480, 620), 2)
        add(grade, mgr, rate, day_between(r, D(2020, 1, 1), D(2025, 5, 1)), r.choice(offices))
    # one senior consultant paid more than their principal; four leavers soft-deleted
    cons[seniors[2] - 1][4] = 1625.0
    for cid, when in ((23, "2024-03-29 17:02:11"), (31, "2024-11-15 09:30:00"), (36, "2025-02-28 16:45:27"),
                      (40, "2025-05-30 12:00:05")):  # fmt: skip
        cons[cid - 1][7], cons[cid - 1][8] = 1, when
    insert(c, "consultants", [(*x[:5], _iso(x[5]), *x[6:]) for x in cons])
    cities = ["London", "Birmingham", "Leeds", "Bristol", "Glasgow", "Manchester", "Cardiff"]
    clients = []
    for k, (n, ind) in enumerate(CO_CLIENTS, 1):
        clients.append([k, n, ind, r.choice(cities), 0, None])
    for cid, when in ((2, "2025-01-20 10:15:00"), (19, "2024-07-02 14:03:55"), (27, "2025-04-11 11:11:11"),
                      (33, "2023-12-01 09:00:00")):  # fmt: skip
        clients[cid - 1][4], clients[cid - 1][5] = 1, when
    insert(c, "clients", clients)
    topics = [
        "Cost Transformation",
        "Digital Strategy",
        "Operating Model Review",
        "Data Platform",
        "Regulatory Readiness",
        "Customer Journey Redesign",
        "Supply Chain Optimisation",
        "Cloud Migration",
        "Pricing Review",
        "Post-Merger Integration",
    ]
    projects, pnames = [], set()
    for k in range(1, 81):
        cl = (k - 1) % 35 + 1 if k <= 35 else r.randint(1, 35)
        hi = (
            D.fromisoformat(str(clients[cl - 1][5])[:10]) - dt.timedelta(days=30)
            if clients[cl - 1][4]
            else D(2025, 6, 2)
        )
        start = day_between(r, D(2022, 6, 1), hi) if r.random() < 0.7 else day_between(r, min(D(2024, 9, 1), hi), hi)
        end = start + dt.timedelta(days=r.randint(40, 300))
        if end < TODAY:
            status = "Completed" if r.random() < 0.9 else "Cancelled"
        else:
            status, end = "In Progress", end if r.random() < 0.6 else None
        budget = round(r.choice([45, 60, 80, 120, 150, 220, 260, 340, 480]) * 1000 + r.randint(0, 99) * 10.0, 2)
        while True:
            name = f"{clients[cl - 1][1].split()[0]} {r.choice(topics)}"
            if name not in pnames:
                break
        pnames.add(name)
        projects.append([k, cl, f"P{start.year % 100:02d}-{k:03d}", name, start, end, budget, status, 0, None])
    for p in projects:
        if clients[p[1] - 1][4]:
            p[8], p[9] = 1, clients[p[1] - 1][5]
    projects[44][8], projects[44][9] = 1, "2025-03-03 08:20:00"
    projects[70][8], projects[70][9] = 1, "2025-06-02 15:42:10"
    insert(c, "projects", [(p[0], p[1], p[2], p[3], _iso(p[4]), _iso(p[5]), *p[6:]) for p in projects])
    active_cons = [x for x in cons if x[2] not in ("Managing Partner",)]
    staff, on_proj = [], {}
    for p in projects:
        team = r.sample(active_cons, r.randint(2, 4))
        for j, x in enumerate(team):
            role = "Engagement Lead" if j == 0 else "Team Member"
            staff.append([len(staff) + 1, p[0], x[0], role, 0, None])
            on_proj.setdefault(p[0], []).append((x[0], x[5], x[8]))
    staff[5][4], staff[5][5] = 1, "2024-02-12 10:00:00"
    insert(c, "project_staff", staff)
    ts = []
    no_time = {12, 29, 58}
    for _ in range(420):
        p = r.choice(projects)
        if p[0] in no_time or p[4] > LAST:
            continue
        cid, cstart, cgone = r.choice(on_proj[p[0]])
        lo = max(p[4], cstart)
        hi = min(p[5] or LAST, LAST, D.fromisoformat(str(cgone)[:10]) if cgone else LAST)
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        deleted = r.random() < 0.05
        ts.append((cid, p[0], _iso(d), r.choice([2.0, 3.5, 4.0, 6.0, 7.5, 7.5, 8.0]), int(r.random() < 0.85),
                   int(deleted), _ts(r, d + dt.timedelta(days=1)) if deleted else None))  # fmt: skip
        if len(ts) == 400:
            break
    ts.sort(key=lambda x: (x[2], x[0]))
    insert(c, "timesheets", [(k, *x) for k, x in enumerate(ts, 1)])
    invs = []
    for p in projects:
        if p[0] in no_time or p[4] > D(2025, 5, 15):
            continue
        end = min(p[5] or LAST, LAST)
        for _ in range(r.randint(1, 3)):
            d = day_between(r, p[4] + dt.timedelta(days=14) if p[4] + dt.timedelta(days=14) <= end else p[4], end)
            amt = round(p[6] * r.uniform(0.15, 0.45), 2)
            paid = d + dt.timedelta(days=r.randint(10, 60))
            invs.append([p[0], d, amt, paid if paid <= LAST else None, 0, None])
    invs.sort(key=lambda x: (x[1], x[0]))
    invs[7][4], invs[7][5] = 1, "2023-05-10 13:00:00"
    invs[40][4], invs[40][5] = 1, "2024-09-19 09:12:44"
    rows = [
        (k, p, f"INV-{d.year}-{k:04d}", _iso(d), a, _iso(pd), de, da) for k, (p, d, a, pd, de, da) in enumerate(invs, 1)
    ]
    insert(c, "invoices", rows)
    done(c)


# -------------------------------------------------------------------------------------------------------- pentest
PT_CUSTOMERS = [
    ("Aldgate Capital", "Finance", "UK"), ("Baywater Health", "Healthcare", "UK"), ("Cinder Retail", "Retail", "UK"),
    ("Delphine Insurance", "Finance", "France"), ("Eastgate Logistics", "Logistics", "Netherlands"),
    ("Fjord Energy", "Energy", "Norway"), ("Gallant Games", "Technology", "UK"),
    ("Harlow Hospitals", "Healthcare", "UK"),
    ("Ingot Bank", "Finance", "Germany"), ("Jasper Telecom", "Telecoms", "UK"),
    ("Keystone SaaS", "Technology", "Ireland"),
    ("Lattice Pharma", "Healthcare", "Switzerland"), ("Monarch Airlines Group", "Transport", "UK"),
    ("Nettlefield Council", "Public Sector", "UK"), ("Onyx Payments", "Finance", "UK"),
    ("Pemberton University", "Education", "UK"), ("Quarry Hill Water", "Utilities", "UK"),
    ("Riverside Clinics", "Healthcare", "Ireland"), ("Sable Cloud", "Technology", "Germany"),
    ("Torrent Media", "Media", "UK"), ("Umbra Robotics", "Manufacturing", "Germany"),
    ("Valence Chemicals", "Manufacturing", "Belgium"), ("Wexford Building Society", "Finance", "UK"),
    ("Xenia Hotels", "Hospitality", "Spain"), ("Yarrow Foods", "Retail", "UK"), ("Zephyr Wind", "Energy", "Denmark"),
    ("Arcadia Schools Trust", "Education", "UK"), ("Beacon Credit Union", "Finance", "UK"),
    ("Cobalt Mining", "Mining", "Australia"), ("Driftwood Apps", "Technology", "UK"),
    ("Ember Gas", "Energy", "UK"), ("Foxglove Pharmacies", "Healthcare", "UK"),
]  # fmt: skip
PT_SPEC = ["Web Application", "Infrastructure", "Mobile", "Cloud", "Social Engineering", "Red Team"]
PT_CERTS = ["OSCP", "CREST CRT", "CREST CCT", "OSWE", "GPEN", "CISSP"]
PT_FINDINGS = {
    "Web Application": [
        ("SQL Injection in search parameter", "Critical"),
        ("Stored Cross-Site Scripting", "High"),
        ("Insecure Direct Object Reference", "High"),
        ("Missing Security Headers", "Low"),
        ("Verbose Error Messages", "Low"),
        ("Session Fixation", "Medium"),
        ("Server-Side Request Forgery", "Critical"),
        ("Weak Password Policy", "Medium"),
    ],
    "Infrastructure": [
        ("Outdated OpenSSH Version", "Medium"),
        ("SMB Signing Disabled", "Medium"),
        ("Default Credentials on Printer", "High"),
        ("Unpatched Windows Server (MS17-010)", "Critical"),
        ("TLS 1.0 Enabled", "Low"),
        ("Open SNMP Community String", "High"),
        ("Service Banner Disclosure", "Info"),
    ],
    "Mobile": [
        ("Hardcoded API Key", "High"),
        ("Certificate Pinning Not Implemented", "Medium"),
        ("Sensitive Data in Logs", "Medium"),
        ("Insecure Local Storage", "High"),
        ("Debug Build Flag Enabled", "Low"),
    ],
    "Cloud": [
        ("Public S3 Bucket", "Critical"),
        ("Overly Permissive IAM Role", "High"),
        ("MFA Not Enforced for Admins", "High"),
        ("Unencrypted Storage Volume", "Medium"),
        ("Logging Disabled on Trail", "Low"),
    ],
    "Social Engineering": [
        ("Phishing Credentials Captured", "High"),
        ("Tailgating into Office", "Medium"),
        ("Helpdesk Password Reset Without Verification", "High"),
        ("USB Drop Executed", "Medium"),
    ],
    "Red Team": [
        ("Domain Admin Obtained", "Critical"),
        ("Kerberoastable Service Accounts", "High"),
        ("Lateral Movement via WMI", "High"),
        ("EDR Bypass", "Medium"),
        ("Weak Wi-Fi PSK", "Medium"),
    ],
}
PT_CVSS = {"Critical": (9.0, 10.0), "High": (7.0, 8.9), "Medium": (4.0, 6.9), "Low": (0.1, 3.9), "Info": (0.0, 0.0)}


def build_pentest(path: Path) -> None:
    r = random.Random(53004)
    c = fresh_db(
        path,
        """
        CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, sector TEXT NOT NULL,
            country TEXT NOT NULL, signed_on DATE NOT NULL);
        CREATE TABLE testers (tester_id INTEGER PRIMARY KEY, tester_name TEXT NOT NULL, specialism TEXT NOT NULL,
            certification TEXT NOT NULL, hired_on DATE NOT NULL, day_rate REAL NOT NULL);
        CREATE TABLE engagements (engagement_id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
            lead_tester_id INTEGER NOT NULL REFERENCES testers(tester_id), engagement_name TEXT NOT NULL,
            engagement_type TEXT NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL, fee REAL NOT NULL);
        CREATE TABLE engagement_testers (engagement_id INTEGER NOT NULL REFERENCES engagements(engagement_id),
            tester_id INTEGER NOT NULL REFERENCES testers(tester_id), days_allocated REAL NOT NULL,
            PRIMARY KEY (engagement_id, tester_id));
        CREATE TABLE findings (finding_id INTEGER PRIMARY KEY,
            engagement_id INTEGER NOT NULL REFERENCES engagements(engagement_id), title TEXT NOT NULL,
            severity TEXT NOT NULL, cvss_score REAL NOT NULL, reported_on DATE NOT NULL);
        CREATE TABLE finding_events (event_id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES findings(finding_id), status TEXT NOT NULL,
            changed_at TEXT NOT NULL, changed_by TEXT NOT NULL);
        CREATE TABLE engagement_events (event_id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES engagements(engagement_id), status TEXT NOT NULL,
            changed_at TEXT NOT NULL);
        """,
    )
    custs = [(k, n, s, ctry, _iso(day_between(r, D(2019, 1, 1), D(2024, 10, 1))))
             for k, (n, s, ctry) in enumerate(PT_CUSTOMERS, 1)]  # fmt: skip
    insert(c, "customers", custs)
    names = full_names(r, 30)
    testers = []
    for k, n in enumerate(names, 1):
        spec = PT_SPEC[(k - 1) % 6]
        testers.append((k, n, spec, r.choice(PT_CERTS), day_between(r, D(2016, 1, 1), D(2025, 2, 1)),
                        round(r.choice([650, 750, 850, 950, 1100]) + r.choice([0, 25, 50]), 2)))  # fmt: skip
    insert(c, "testers", [(*t[:4], _iso(t[4]), t[5]) for t in testers])
    # leads: a handful of senior testers lead most jobs; some testers never lead
    lead_pool = {spec: [t for t in testers if t[2] == spec and t[0] <= 18] for spec in PT_SPEC}
    engs = []
    no_work_2025 = {3, 14, 22, 29, 31}
    for k in range(1, 91):
        cu = (k - 1) % 32 + 1 if k <= 32 else r.randint(1, 32)
        start = day_between(r, D(2023, 1, 9), D(2025, 6, 30))
        while cu in no_work_2025 and start >= D(2025, 1, 1):
            start = day_between(r, D(2023, 1, 9), D(2024, 12, 15))
        typ = r.choice(PT_SPEC)
        lead = r.choice([t for t in lead_pool[typ] if t[4] <= start] or lead_pool[typ])
        days = r.randint(3, 15)
        end = start + dt.timedelta(days=days + days // 5 * 2)
        fee = round(days * lead[5] * r.uniform(1.0, 1.3), 2)
        engs.append([cu, lead[0], f"{custs[cu - 1][1].split()[0]} {typ} Test", typ, start, end, fee])
    for cu, typ, start in ((4, "Cloud", D(2025, 7, 7)), (15, "Web Application", D(2025, 7, 21)),
                           (27, "Social Engineering", D(2025, 8, 4))):  # fmt: skip
        lead = lead_pool[typ][0]
        end = start + dt.timedelta(days=9)
        engs.append([cu, lead[0], f"{custs[cu - 1][1].split()[0]} {typ} Test", typ, start, end, round(7 * lead[5], 2)])
    engs.sort(key=lambda x: (x[4], x[0]))
    insert(c, "engagements", [(k, cu, le, f"{nm} {st.year}-{k:02d}", ty, _iso(st), _iso(en), fe)
                              for k, (cu, le, nm, ty, st, en, fe) in enumerate(engs, 1)])  # fmt: skip
    team = []
    for k, e in enumerate(engs, 1):
        members = {e[1]}
        for t in r.sample(testers, r.randint(0, 2)):
            members.add(t[0])
        for t in sorted(members):
            team.append((k, t, float(r.randint(2, 10))))
    insert(c, "engagement_testers", team)
    eev = []
    for k, e in enumerate(engs, 1):
        st, en = e[4], e[5]
        steps = [("scoping", st - dt.timedelta(days=r.randint(7, 21))), ("in_progress", st), ("reporting", en),
                 ("closed", en + dt.timedelta(days=r.randint(5, 20)))]  # fmt: skip
        for status, d in steps:
            if status == "scoping" and d > LAST:
                d = LAST - dt.timedelta(days=r.randint(1, 12))
            if d <= LAST:
                eev.append((k, status, _ts(r, d)))
    eev.sort(key=lambda x: (x[2], x[0]))
    insert(c, "engagement_events", [(k, *x) for k, x in enumerate(eev, 1)])
    fnds = []
    for k, e in enumerate(engs, 1):
        if e[5] > LAST:
            continue
        n = r.choice([0, 1, 1, 2, 2, 3])
        if k in (37, 61):
            n = 0
        for title, sev in r.sample(PT_FINDINGS[e[3]], min(n, len(PT_FINDINGS[e[3]]))):
            lo, hi = PT_CVSS[sev]
            fnds.append([k, title, sev, round(r.uniform(lo, hi), 1), e[5]])
    # one engagement with clearly the most critical findings
    big = next(k for k, e in enumerate(engs, 1) if e[3] == "Web Application" and D(2024, 3, 1) < e[5] < D(2024, 9, 1))
    for title in ("SQL Injection in login form", "Remote Code Execution via File Upload", "Authentication Bypass",
                  "Server-Side Request Forgery"):  # fmt: skip
        fnds.append([big, title, "Critical", round(r.uniform(9.0, 10.0), 1), engs[big - 1][5]])
    fnds.sort(key=lambda x: (x[4], x[0], x[1]))
    insert(c, "findings", [(k, en, t, s, cv, _iso(d)) for k, (en, t, s, cv, d) in enumerate(fnds, 1)])
    fev = []
    people = ["portal", "client contact", "retest team"]
    for k, (_en, _t, sev, _cv, rep) in enumerate(fnds, 1):
        moment = dt.datetime(rep.year, rep.month, rep.day, r.randint(9, 17), r.randint(0, 59), r.randint(0, 59))
        fev.append((k, "open", moment, "portal"))
        path_ = r.choices(
            [
                ["acknowledged", "fixed"],
                ["acknowledged", "in_remediation", "fixed"],
                ["acknowledged"],
                ["accepted_risk"],
                ["acknowledged", "fixed", "retest_failed", "fixed"],
                [],
            ],
            [5, 2, 3, 1, 1, 2] if sev != "Info" else [1, 0, 1, 3, 0, 2],
        )[0]
        for status in path_:
            moment += dt.timedelta(days=r.randint(2, 40), hours=r.randint(0, 6), minutes=r.randint(1, 59))
            if moment.date() > LAST:
                break
            fev.append((k, status, moment, r.choice(people)))
    fev.sort(key=lambda x: (x[2], x[0]))
    insert(
        c, "finding_events", [(k, e, s, m.strftime("%Y-%m-%d %H:%M:%S"), b) for k, (e, s, m, b) in enumerate(fev, 1)]
    )
    done(c)


# --------------------------------------------------------------------------------------------------------- casting
CA_AGENCIES = [
    ("Spotlight Talent", "14 Wardour Street", "Second Floor", "London", "W1F 8ZD"),
    ("Marlowe Artists", "3 Bedford Row", None, "London", "WC1R 4BU"),
    ("Northern Stars Management", "22 Deansgate", "Suite 4", "Manchester", "M3 1RH"),
    ("Clyde Talent", "101 West George Street", None, "Glasgow", "G2 1PB"),
    ("Redbrick Agency", "8 Colmore Row", "Floor 3", "Birmingham", "B3 2QD"),
    ("Harbourside Artists", "5 Welsh Back", None, "Bristol", "BS1 4SP"),
    ("Castle Casting Reps", "17 Queen Street", "Unit 2", "Cardiff", "CF10 2BU"),
    ("Pennine Performers", "40 Briggate", None, "Leeds", "LS1 6HD"),
    ("Blue Door Management", "9 Greek Street", "Basement", "London", "W1D 4DQ"),
    ("Quayside Talent", "2 Grey Street", None, "Newcastle", "NE1 6AE"),
    ("Lime Tree Artists", "66 Oxford Road", "Studio 12", "Manchester", "M1 5NH"),
    ("Foxtrot Agency", "31 Princes Street", None, "Edinburgh", "EH2 2BY"),
    ("Silver Screen Reps", "120 Shaftesbury Avenue", "Third Floor", "London", "W1D 5EU"),
    ("Merseyside Models & Actors", "7 Bold Street", None, "Liverpool", "L1 4DJ"),
    ("Ashdown Talent", "19 Church Road", None, "Brighton", "BN3 2FL"),
    ("Kingfisher Artists", "44 Castle Street", "Second Floor", "Belfast", "BT1 1HB"),
    ("Wildcard Casting Agents", "3 Ancoats Row", None, "Manchester", "M4 6DE"),
    ("Tavistock Talent", "28 Tavistock Place", "Flat B", "London", "WC1H 9RE"),
    ("Gorse Hill Artists", "11 High Street", None, "Swindon", "SN1 3EG"),
    ("Heron Management", "52 Park Row", None, "Leeds", "LS1 5JL"),
    ("Ivory Tower Agency", "6 Kings Parade", None, "Cambridge", "CB2 1SJ"),
    ("Juniper Talent", "15 Broad Street", "Suite 1A", "Oxford", "OX1 3AS"),
    ("Kelpie Artists", "88 Union Street", None, "Aberdeen", "AB11 6BD"),
    ("Lantern Performers", "10 Fleet Street", "Fourth Floor", "London", "EC4Y 1AA"),
    ("Moorland Talent", "4 Fore Street", None, "Exeter", "EX4 3AN"),
    ("Nightingale Agency", "71 Lever Street", "Unit 5", "Manchester", "M1 1FL"),
    ("Orchard Artists", "23 Sidney Street", None, "Sheffield", "S1 4RG"),
    ("Peregrine Management", "12 Clifton Down", None, "Bristol", "BS8 3HT"),
    ("Quill & Quartz Talent", "39 Charlotte Street", "Mews Office", "London", "W1T 1RR"),
    ("Rosewood Reps", "5 Fishergate", None, "York", "YO10 4AR"),
]  # fmt: skip
CA_VENUES = [
    ("The Actors Centre", "1A Tower Street", None, "London", 60),
    ("Soho Rehearsal Rooms", "35 Greek Street", "Studio 3", "London", 25),
    ("Spotlight Studios", "7 Leicester Place", None, "London", 40),
    ("Old Vic Workrooms", "The Cut", "Rear Entrance", "London", 80),
    ("Hope Mill Studio", "113 Pollard Street", None, "Manchester", 50),
    ("Royal Exchange Studio", "St Ann's Square", "Room B", "Manchester", 35),
    ("Tron Rehearsal Room", "63 Trongate", None, "Glasgow", 30),
    ("Bristol Old Vic Studio", "King Street", None, "Bristol", 45),
    ("Leeds Playhouse Studio", "Playhouse Square", "Quarry Hill", "Leeds", 55),
    ("Sherman Rehearsal Space", "Senghennydd Road", None, "Cardiff", 30),
    ("Belgrade Studio", "Belgrade Square", None, "Coventry", 20),
    ("Hoxton Hall", "130 Hoxton Street", None, "London", 120),
]  # fmt: skip
CA_PRODUCTIONS = [
    ("The Lighthouse Keeper", "Feature Film", "Ruth Okonjo", 4_200_000.0),
    ("Harbour Lights", "TV Series", "Sam Pryce", 2_800_000.0),
    ("Fizz Cola Summer Ad", "Commercial", "Dee Marsh", 180_000.0),
    ("A Winter's Tale", "Stage Play", "Hilary Ames", 350_000.0),
    ("Northern Line", "TV Series", "Kwame Adjei", 3_100_000.0),
    ("Glass Houses", "Feature Film", "Ines Duarte", 6_500_000.0),
    ("Brightbank Insurance Ad", "Commercial", "Dee Marsh", 220_000.0),
    ("The Long Field", "Feature Film", "Ruth Okonjo", 3_400_000.0),
    ("Cobble Street", "TV Series", "Liam Fairley", 1_900_000.0),
    ("Much Ado About Nothing", "Stage Play", "Hilary Ames", 290_000.0),
    ("Speedy Broadband Ad", "Commercial", "Tom Kerr", 150_000.0),
    ("The Last Ferry", "Feature Film", "Ines Duarte", 5_200_000.0),
    ("Moor End", "TV Series", "Sam Pryce", 2_400_000.0), ("Pinnacle Bank Ad", "Commercial", "Tom Kerr", 260_000.0),
    ("Saltwater", "Feature Film", "Kwame Adjei", 2_750_000.0), ("Blithe Spirit", "Stage Play", "Jo Ferris", 310_000.0),
    ("Crown Court Chronicles", "TV Series", "Liam Fairley", 3_600_000.0),
    ("Greenway Supermarkets Ad", "Commercial", "Dee Marsh", 140_000.0),
    ("The Orchard", "Feature Film", "Ruth Okonjo", 3_950_000.0), ("Hedda Gabler", "Stage Play", "Jo Ferris", 275_000.0),
    ("Skyline", "TV Series", "Kwame Adjei", 2_950_000.0), ("Rapid Rail Ad", "Commercial", "Tom Kerr", 175_000.0),
    ("Paper Moons", "Feature Film", "Ines Duarte", 4_800_000.0),
    ("The Boarding House", "TV Series", "Sam Pryce", 2_100_000.0),
    ("Twelfth Night", "Stage Play", "Hilary Ames", 330_000.0),
    ("Cosy Home Furniture Ad", "Commercial", "Dee Marsh", 120_000.0),
    ("Black Mountain", "Feature Film", "Kwame Adjei", 5_900_000.0),
    ("Station Road", "TV Series", "Liam Fairley", 1_750_000.0),
    ("The Seagull", "Stage Play", "Jo Ferris", 260_000.0), ("Evergreen Energy Ad", "Commercial", "Tom Kerr", 210_000.0),
    ("Midnight Garden", "Feature Film", "Ruth Okonjo", 3_300_000.0),
    ("The Allotment", "TV Series", "Sam Pryce", 1_650_000.0),
]  # fmt: skip
CA_ROLES = {
    "Feature Film": [
        ("Lead", 60000.0),
        ("Lead", 45000.0),
        ("Supporting", 15000.0),
        ("Supporting", 12000.0),
        ("Extra", 350.0),
    ],
    "TV Series": [("Lead", 38000.0), ("Supporting", 9000.0), ("Supporting", 7500.0), ("Extra", 250.0)],
    "Commercial": [("Lead", 6000.0), ("Supporting", 2500.0), ("Extra", 200.0)],
    "Stage Play": [("Lead", 9000.0), ("Lead", 8000.0), ("Supporting", 4500.0), ("Supporting", 4000.0)],
}
CA_CHARS = [
    "Detective",
    "Mother",
    "Father",
    "Shopkeeper",
    "Doctor",
    "Teenager",
    "Captain",
    "Nurse",
    "Barman",
    "Teacher",
    "Solicitor",
    "Neighbour",
    "Journalist",
    "Farmer",
    "Waiter",
    "Grandmother",
    "Postman",
    "Judge",
]


def build_casting(path: Path) -> None:
    r = random.Random(53005)
    c = fresh_db(
        path,
        """
        CREATE TABLE agencies (agency_id INTEGER PRIMARY KEY, agency_name TEXT NOT NULL, address_line1 TEXT NOT NULL,
            address_line2 TEXT, city TEXT NOT NULL, postcode TEXT NOT NULL, phone1 TEXT NOT NULL, phone2 TEXT,
            email1 TEXT NOT NULL, email2 TEXT, commission_pct REAL NOT NULL);
        CREATE TABLE actors (actor_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies(agency_id), gender TEXT NOT NULL,
            birth_year INTEGER NOT NULL, height_cm INTEGER NOT NULL, city TEXT NOT NULL, phone1 TEXT NOT NULL,
            phone2 TEXT, email1 TEXT NOT NULL, email2 TEXT, equity_member INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE productions (production_id INTEGER PRIMARY KEY, title TEXT NOT NULL, production_type TEXT NOT NULL,
            director TEXT NOT NULL, budget REAL NOT NULL, shoot_start DATE NOT NULL, shoot_end DATE NOT NULL);
        CREATE TABLE roles (role_id INTEGER PRIMARY KEY,
            production_id INTEGER NOT NULL REFERENCES productions(production_id), character_name TEXT NOT NULL,
            role_type TEXT NOT NULL, gender_wanted TEXT, age_min INTEGER NOT NULL, age_max INTEGER NOT NULL,
            fee REAL NOT NULL);
        CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, address_line1 TEXT NOT NULL,
            address_line2 TEXT, city TEXT NOT NULL, capacity INTEGER NOT NULL, phone1 TEXT NOT NULL, phone2 TEXT);
        CREATE TABLE auditions (audition_id INTEGER PRIMARY KEY, role_id INTEGER NOT NULL REFERENCES roles(role_id),
            actor_id INTEGER NOT NULL REFERENCES actors(actor_id),
            venue_id INTEGER NOT NULL REFERENCES venues(venue_id),
            audition_at TEXT NOT NULL, outcome TEXT NOT NULL, notes TEXT);
        """,
    )

    def phone(city: str) -> str:
        code = {
            "London": "020",
            "Manchester": "0161",
            "Glasgow": "0141",
            "Birmingham": "0121",
            "Leeds": "0113",
            "Bristol": "0117",
            "Cardiff": "029",
            "Edinburgh": "0131",
            "Liverpool": "0151",
        }.get(city, "01632")
        return f"{code} {r.randint(200, 999)} {r.randint(1000, 9999)}"

    ags = []
    for k, (n, a1, a2, city, pc) in enumerate(CA_AGENCIES, 1):
        dom = n.lower().replace(" & ", "").replace(" ", "")[:16]
        p2 = phone(city) if r.random() < 0.5 else None
        e2 = f"bookings@{dom}.co.uk" if r.random() < 0.4 else None
        ags.append(
            (k, n, a1, a2, city, pc, phone(city), p2, f"info@{dom}.co.uk", e2, r.choice([10.0, 12.5, 15.0, 20.0]))
        )
    insert(c, "agencies", ags)
    cities = ["London", "London", "London", "Manchester", "Glasgow", "Bristol", "Leeds", "Cardiff", "Birmingham"]
    actors = []
    names = full_names(r, 170)
    female = {"Bianca", "Dana", "Elif", "Greta", "Ingrid", "Keiko", "Maya", "Olivia", "Rosa", "Tessa", "Vera", "Yara",
              "Amara", "Chloe", "Emma", "Farah", "Hana", "Julia", "Lena", "Nadia", "Priya"}  # fmt: skip
    for k in range(1, 171):
        f, s = names[k - 1].split(" ", 1)
        ag = k if k <= 30 else r.choices(range(1, 31), [5 if a in (1, 3, 13) else 1 for a in range(1, 31)])[0]
        g = "F" if f in female else "M"
        h = r.randint(152, 178) if g == "F" else r.randint(165, 192)
        em = f"{f.lower()}.{s.lower()}@mail.example"
        actors.append(
            (
                k,
                f,
                s,
                ag,
                g,
                r.randint(1950, 2006),
                h,
                r.choice(cities),
                f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.3 else None,
                em,
                f"{f[0].lower()}{s.lower()}@actors.example" if r.random() < 0.2 else None,
                int(r.random() < 0.8),
            )
        )
    tall = list(actors[57])
    tall[6] = 197
    actors[57] = tuple(tall)
    insert(c, "actors", actors)
    prods = []
    for k, (t, typ, dr, b) in enumerate(CA_PRODUCTIONS, 1):
        st = day_between(r, D(2023, 3, 1), D(2025, 11, 30))
        ln = {"Feature Film": 60, "TV Series": 90, "Commercial": 3, "Stage Play": 40}[typ]
        prods.append((k, t, typ, dr, b, st, st + dt.timedelta(days=ln + r.randint(0, ln // 2))))
    insert(c, "productions", [(*p[:5], _iso(p[5]), _iso(p[6])) for p in prods])
    roles = []
    for p in prods:
        for rt, fee in CA_ROLES[p[2]]:
            g = r.choice(["F", "M", None]) if rt != "Extra" else None
            lo = r.choice([18, 20, 25, 30, 35, 40, 50, 60])
            roles.append((len(roles) + 1, p[0], r.choice(CA_CHARS) if rt != "Extra" else "Crowd", rt, g, lo, lo + 15,
                          round(fee * r.uniform(0.85, 1.2), -1)))  # fmt: skip
    insert(c, "roles", roles)
    vrows = [(k, n, a1, a2, city, cap, phone(city), phone(city) if r.random() < 0.4 else None)
             for k, (n, a1, a2, city, cap) in enumerate(CA_VENUES, 1)]  # fmt: skip
    halls = ["St Mary's Church Hall", "Riverside Community Centre", "The Old Library", "Canal Side Studios",
             "Jubilee Hall", "Marlborough Rooms", "The Drill Hall", "Victoria Institute", "Elm Tree Arts Centre",
             "Quaker Meeting House", "Unity Works", "The Tin Tabernacle", "Brewery Arts Rooms", "Corn Exchange Studio",
             "Friends Hall", "The Mission Hall", "Assembly Rooms Annex", "Printworks Studio"]  # fmt: skip
    vrows += [
        (
            13 + j,
            h,
            f"{r.randint(1, 99)} {r.choice(['Station Road', 'High Street', 'Mill Lane', 'Church Street'])}",
            r.choice([None, None, "Rear Hall", "First Floor"]),
            r.choice(cities),
            r.randint(20, 90),
            phone("x"),
            None,
        )
        for j, h in enumerate(halls)
    ]
    insert(c, "venues", vrows)
    auds = []
    no_aud = {7, 19, 55, 80}
    for ro in roles:
        if ro[0] in no_aud:
            continue
        p = prods[ro[1] - 1]
        pool = [a for a in actors if ro[4] is None or a[4] == ro[4]]
        n = r.randint(2, 4) if ro[3] != "Extra" else r.randint(1, 2)
        cand = r.sample(pool, n)
        base = p[5] - dt.timedelta(days=r.randint(20, 70))
        cast = r.randrange(n) if base + dt.timedelta(days=10) < TODAY else -1
        for j, a in enumerate(cand):
            d = base + dt.timedelta(days=r.randint(0, 10))
            if d == TODAY:
                d += dt.timedelta(days=1)
            at = f"{_iso(d)} {r.choice(['09:30', '10:00', '11:15', '13:00', '14:30', '16:00'])}:00"
            if d > LAST:
                out = "Scheduled"
            elif j == cast:
                out = "Cast"
            else:
                out = r.choices(["Rejected", "Callback", "No-show"], [6, 2, 1])[0]
            venue = r.choice([v for v in vrows if v[4] == a[7]] or vrows[:12])[0]
            auds.append((ro[0], a[0], venue, at, out, None if r.random() < 0.8 else "Strong read"))
    # Black Mountain's lead drew an open call: three more auditions, so it has the most of any production
    lead = next(ro for ro in roles if prods[ro[1] - 1][1] == "Black Mountain" and ro[3] == "Lead")
    seen_here = {a for ro_id, a, *_x in auds if ro_id == lead[0]}
    extra = [a for a in actors if a[0] not in seen_here and (lead[4] is None or a[4] == lead[4])][:3]
    for j, a in enumerate(extra):
        auds.append((lead[0], a[0], 12, f"2024-03-{12 + j:02d} 10:00:00", "Rejected", None))
    auds.sort(key=lambda x: (x[3], x[0], x[1]))
    insert(c, "auditions", [(k, *x) for k, x in enumerate(auds, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- voiceover
VO_LANGS = [
    ("en-GB", "English (UK)"), ("en-US", "English (US)"), ("fr-FR", "French"), ("de-DE", "German"),
    ("es-ES", "Spanish"),
    ("es-MX", "Spanish (Latin America)"), ("it-IT", "Italian"), ("pt-BR", "Portuguese (Brazil)"),
    ("pt-PT", "Portuguese"),
    ("nl-NL", "Dutch"), ("sv-SE", "Swedish"), ("da-DK", "Danish"), ("nb-NO", "Norwegian"), ("fi-FI", "Finnish"),
    ("pl-PL", "Polish"), ("cs-CZ", "Czech"), ("hu-HU", "Hungarian"), ("ro-RO", "Romanian"), ("el-GR", "Greek"),
    ("tr-TR", "Turkish"), ("ru-RU", "Russian"), ("uk-UA", "Ukrainian"), ("ar-SA", "Arabic"), ("he-IL", "Hebrew"),
    ("hi-IN", "Hindi"), ("ja-JP", "Japanese"), ("ko-KR", "Korean"), ("zh-CN", "Mandarin Chinese"), ("th-TH", "Thai"),
    ("id-ID", "Indonesian"), ("cy-GB", "Welsh"),
]  # fmt: skip
VO_STUDIOS = [
    ("Soundhouse Soho", "London", 95.0, 4), ("Booth Nine", "London", 80.0, 2),
    ("Wavelength Audio", "Manchester", 65.0, 3),
    ("Greenroom Sound", "Bristol", 60.0, 2), ("Clearline Studios", "London", 120.0, 6),
    ("Echo Chamber", "Glasgow", 55.0, 1),
    ("Studio Lumière", "Paris", 90.0, 3), ("Tonwerk Berlin", "Berlin", 85.0, 4), ("Sonido Madrid", "Madrid", 70.0, 2),
    ("Dubhaus Hamburg", "Hamburg", 75.0, 3), ("Studio Aurora", "Stockholm", 88.0, 2), ("Voce Milano", "Milan", 78.0, 2),
    ("Polyglot Audio", "London", 105.0, 5), ("Redwood Sound", "Los Angeles", 140.0, 5),
    ("Hudson Booths", "New York", 130.0, 4),
    ("Maple Voice", "Toronto", 98.0, 3), ("Sakura Sound", "Tokyo", 110.0, 3), ("Seoul Mix Lab", "Seoul", 92.0, 2),
    ("Copa Audio", "São Paulo", 58.0, 2), ("Estudio Reforma", "Mexico City", 52.0, 2),
    ("Warszawa Voice", "Warsaw", 48.0, 2),
    ("Praha Dub", "Prague", 45.0, 1), ("Amsterdam Audio Works", "Amsterdam", 82.0, 3),
    ("Cardiff Voice Rooms", "Cardiff", 50.0, 2),
    ("Leeds Sound Lab", "Leeds", 55.0, 1), ("Dublin Voice Co", "Dublin", 72.0, 2), ("Lisboa Som", "Lisbon", 54.0, 2),
    ("Istanbul Ses", "Istanbul", 46.0, 2), ("Mumbai Dubbing House", "Mumbai", 40.0, 4),
    ("Home Booth (remote)", "Remote", 0.0, 0),
]  # fmt: skip
VO_CLIENTS = [
    ("Nimbus Interactive", "Gaming"), ("Fable Forge Games", "Gaming"), ("Riverbend Animation", "Animation"),
    ("Audiobook Hub", "Audiobooks"), ("Bright Minds eLearning", "E-learning"), ("Crisp Snacks Ltd", "Advertising"),
    ("Velocity Cars", "Advertising"), ("Starlit Pictures", "Film & TV"), ("Paperkite Studios", "Animation"),
    ("Tall Tales Publishing", "Audiobooks"), ("Quantum Leap Games", "Gaming"), ("Harbour Bank", "Advertising"),
    ("CodeCamp Online", "E-learning"), ("Moonbeam Kids TV", "Film & TV"), ("Ironclad Games", "Gaming"),
    ("Greenfield Telecom", "Advertising"), ("Wanderlust Travel", "Advertising"), ("Mediwise Training", "E-learning"),
    ("Lighthouse Documentaries", "Film & TV"), ("Hearth & Home Stores", "Advertising"),
    ("Pocket Dragon Games", "Gaming"),
    ("Sable Audio Books", "Audiobooks"), ("Clever Cogs Learning", "E-learning"), ("Northstar Airlines", "Advertising"),
    ("Tinker Toys", "Advertising"), ("Orbit Streaming", "Film & TV"), ("Blue Whale Animation", "Animation"),
    ("Museum of the North", "Museums"), ("City Transit Authority", "Public Sector"), ("Glasshouse Games", "Gaming"),
    ("Kestrel Language School", "E-learning"), ("Sunrise Radio Group", "Broadcast"),
]  # fmt: skip
VO_TYPES = {
    "Gaming": "Video Game", "Animation": "Animation Dub", "Audiobooks": "Audiobook", "E-learning": "E-learning Module",
    "Advertising": "Commercial", "Film & TV": "Film Dub", "Museums": "Audio Guide", "Public Sector": "Announcements",
    "Broadcast": "Radio Imaging",
}  # fmt: skip
VO_NOUNS = ["Shadows", "Frontier", "Harvest", "Voyage", "Kingdom", "Signal", "Compass", "Lanterns", "Ember", "Tides"]
VO_PLACES = ["the North", "Glass", "Ash", "Silver", "Dawn", "Iron", "the Deep"]


def build_voiceover(path: Path) -> None:
    r = random.Random(53006)
    c = fresh_db(
        path,
        """
        CREATE TABLE Studio (StudioID INTEGER PRIMARY KEY, StudioName TEXT NOT NULL, City TEXT NOT NULL,
            HourlyRate REAL NOT NULL, BoothCount INTEGER NOT NULL);
        CREATE TABLE Artist (ArtistID INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Gender TEXT NOT NULL, HomeCity TEXT NOT NULL, VocalRange TEXT NOT NULL, HourlyFee REAL NOT NULL,
            JoinedDate DATE NOT NULL);
        CREATE TABLE Language (LanguageCode TEXT PRIMARY KEY, LanguageName TEXT NOT NULL);
        CREATE TABLE ArtistLanguage (ArtistID INTEGER NOT NULL REFERENCES Artist(ArtistID),
            LanguageCode TEXT NOT NULL REFERENCES Language(LanguageCode), IsNative INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (ArtistID, LanguageCode));
        CREATE TABLE Client (ClientID INTEGER PRIMARY KEY, ClientName TEXT NOT NULL, Sector TEXT NOT NULL,
            Country TEXT NOT NULL);
        CREATE TABLE Project (ProjectID INTEGER PRIMARY KEY, ClientID INTEGER NOT NULL REFERENCES Client(ClientID),
            Title TEXT NOT NULL, ProjectType TEXT NOT NULL,
            LanguageCode TEXT NOT NULL REFERENCES Language(LanguageCode),
            StartDate DATE NOT NULL, DueDate DATE NOT NULL, Budget REAL NOT NULL);
        CREATE TABLE ProjectArtist (ProjectID INTEGER NOT NULL REFERENCES Project(ProjectID),
            ArtistID INTEGER NOT NULL REFERENCES Artist(ArtistID), CharacterName TEXT NOT NULL, Fee REAL NOT NULL,
            PRIMARY KEY (ProjectID, ArtistID));
        CREATE TABLE RecordingSession (SessionID INTEGER PRIMARY KEY,
            ProjectID INTEGER NOT NULL REFERENCES Project(ProjectID),
            ArtistID INTEGER NOT NULL REFERENCES Artist(ArtistID),
            StudioID INTEGER NOT NULL REFERENCES Studio(StudioID), SessionStart TEXT NOT NULL,
            DurationMinutes INTEGER NOT NULL);
        """,
    )
    insert(c, "Studio", [(k, *s) for k, s in enumerate(VO_STUDIOS, 1)])
    insert(c, "Language", VO_LANGS)
    codes = [code for code, _n in VO_LANGS]
    names = full_names(r, 60)
    female = {"Bianca", "Dana", "Elif", "Greta", "Ingrid", "Keiko", "Maya", "Olivia", "Rosa", "Tessa", "Vera", "Yara",
              "Amara", "Chloe", "Emma", "Farah", "Hana", "Julia", "Lena", "Nadia", "Priya"}  # fmt: skip
    home = ["London", "London", "Manchester", "Paris", "Berlin", "Madrid", "Los Angeles", "Toronto", "Tokyo", "Milan"]
    artists, langs = [], []
    for k, n in enumerate(names, 1):
        f, s = n.split(" ", 1)
        g = "Female" if f in female else "Male"
        vr = r.choice(["Soprano", "Mezzo", "Alto"]) if g == "Female" else r.choice(["Tenor", "Baritone", "Bass"])
        joined = day_between(r, D(2016, 1, 1), D(2025, 5, 20))
        artists.append(
            (
                k,
                f,
                s,
                g,
                r.choice(home),
                vr,
                float(r.choice([60, 75, 90, 110, 125, 150, 200])) + 0.5 * (k % 2),
                _iso(joined),
            )
        )
        native = r.choice(codes[:12]) if k > 3 else ["fr-FR", "es-ES", "de-DE"][k - 1]
        spoken = {native}
        for x in r.sample(codes, r.choice([0, 1, 1, 2, 3])):
            spoken.add(x)
        if k in (5, 17, 33):
            spoken |= {"en-GB", "fr-FR", "es-ES", "de-DE"}
        for code in sorted(spoken):
            langs.append((k, code, int(code == native)))
    insert(c, "Artist", artists)
    insert(c, "ArtistLanguage", langs)
    speakers: dict[str, list[int]] = {}
    for a, code, _nat in langs:
        speakers.setdefault(code, []).append(a)
    clients = []
    for k, (n, sec) in enumerate(VO_CLIENTS, 1):
        clients.append((k, n, sec, r.choice(["UK", "UK", "USA", "France", "Germany", "Canada", "Spain"])))
    insert(c, "Client", clients)
    projects, seen = [], set()
    for k in range(1, 91):
        cl = clients[(k - 1) % 32] if k <= 32 else r.choices(clients, [5 if x[0] == 1 else 1 for x in clients])[0]
        code = r.choices(
            codes, [12 if x == "en-GB" else 8 if x == "en-US" else 3 if x in codes[2:9] else 1 for x in codes]
        )[0]
        while code not in speakers:
            code = r.choice(codes)
        start = day_between(r, D(2023, 1, 2), D(2025, 6, 30))
        story = cl[2] in ("Gaming", "Animation", "Film & TV", "Audiobooks")
        while True:
            if story:
                t = f"{r.choice(VO_NOUNS)} of {r.choice(VO_PLACES)}"
            else:
                season = ["Winter", "Spring", "Summer", "Autumn"][(start.month % 12) // 3]
                kind = r.choice(["Campaign", "Series", "Spots", "Pack"])
                t = f"{cl[1].rsplit(' ', 1)[0]} {season} {start.year} {kind}"
            if t not in seen:
                break
        seen.add(t)
        due = start + dt.timedelta(days=r.randint(20, 120))
        budget = round(r.choice([4, 6, 8, 12, 18, 25, 40, 60]) * 1000 * r.uniform(0.9, 1.1), 2)
        projects.append([cl[0], t, VO_TYPES[cl[2]], code, start, due, budget])
    projects.sort(key=lambda x: (x[4], x[1]))
    insert(
        c,
        "Project",
        [(k, cl, t, ty, co, _iso(s), _iso(d), b) for k, (cl, t, ty, co, s, d, b) in enumerate(projects, 1)],
    )
    chars = ["Narrator", "Hero", "Villain", "Sidekick", "Queen", "Robot", "Old Sailor", "Announcer", "Dragon", "Guide",
             "Captain", "Child", "Merchant", "Ghost"]  # fmt: skip
    pa, sessions = [], []
    idle = {12, 26, 44, 51}
    for k, (_cl, _t, _ty, code, start, due, budget) in enumerate(projects, 1):
        if k in (9, 47, 83):
            continue
        pool = [a for a in speakers[code] if a not in idle] or [a for a in range(1, 61) if a not in idle]
        cast = r.sample(pool, min(len(pool), r.randint(1, 4)))
        for j, a in enumerate(cast):
            ch = "Narrator" if len(cast) == 1 else chars[(j + k) % len(chars)]
            fee = round(budget * r.uniform(0.08, 0.3), 2)
            pa.append((k, a, ch, fee))
            for _ in range(r.randint(1, 2)):
                d = day_between(r, start, due)
                if D(2025, 6, 15) == d:
                    d += dt.timedelta(days=1)
                local = [k for k, st in enumerate(VO_STUDIOS, 1) if st[1] == artists[a - 1][4]]
                studio = r.choice(local) if local and r.random() < 0.7 else r.randint(1, 30)
                sessions.append((k, a, studio, _ts(r, d, 9, 18)[:14] + r.choice(["00:00", "30:00"]),
                                 r.choice([30, 45, 60, 90, 120, 180, 240])))  # fmt: skip
    insert(c, "ProjectArtist", pa)
    sessions.sort(key=lambda x: (x[3], x[0], x[1]))
    insert(c, "RecordingSession", [(k, *x) for k, x in enumerate(sessions[:400], 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "dnsregistrar": build_dnsregistrar,
    "appstore": build_appstore,
    "consultancy": build_consultancy,
    "pentest": build_pentest,
    "casting": build_casting,
    "voiceover": build_voiceover,
}
