"""Deterministic SQLite databases for an eighteenth blind NL→SQL evaluation.

Six analytics warehouses in the style of dbt models: tables prefixed ``dim_``, ``fct_``, ``stg_``, ``int_``
and ``agg_``; surrogate keys named ``<thing>_key`` (dimensions) or ``<thing>_sk`` (facts) with the natural
text ids kept alongside (``account_id`` like 'A-1042'); integer ``YYYYMMDD`` date keys in the facts that
point to a shared-shape ``dim_date`` (``date_key``, ``full_date``, ``year``, ``quarter``, ``month_num``,
``month_name``, ``day_name``, ``is_weekend``; 2023-01-01 to 2025-12-31); ``_at`` timestamps
('YYYY-MM-DD HH:MM:SS'), ``is_`` booleans 0/1 and ``_usd`` amounts.

* ``saas_subs``: a SaaS company: ``dim_plans`` (``plan_id`` like 'PL-GRW-M', ``tier``
  free/starter/growth/enterprise/pro, ``billing_period`` monthly/annual, ``list_mrr_usd``, ``is_legacy``),
  ``dim_accounts`` (``account_id`` 'A-1001', ``industry``, ``country_code`` ISO-2 such as 'DE', a NULL
  ``account_owner`` for self-serve accounts, a NULL ``churned_at`` while still a customer, ``is_test``),
  ``fct_subscriptions`` (``started_at``, a NULL ``ended_at`` while active, ``end_reason``
  churn/upgrade/downgrade or NULL, ``seats``, ``mrr_usd``), ``fct_invoices`` (``invoice_date_key``,
  ``status`` paid/open/void, a NULL ``paid_at`` unless paid) and ``agg_mrr_monthly`` (one row per month from
  July 2024 to June 2025 keyed by the first day's ``month_start_key``: total/new/churned MRR, paying and
  churned account counts; test accounts excluded).
* ``ecom_marketing``: an online shop's marketing: ``dim_channels`` (``is_paid``), ``dim_campaigns``
  (``campaign_id`` 'CMP-2401', ``objective`` acquisition/retention/awareness, a NULL ``end_date`` for
  always-on campaigns, ``budget_usd``), ``fct_campaign_spend_weekly`` (``week_start_key`` a Monday,
  ``impressions``, ``clicks``, ``spend_usd``), ``dim_customers`` (``customer_id`` 'C-1042', ``country_code``
  with 'GB' for the UK, ``is_email_subscriber``), ``stg_clicks`` (``click_id``, a NULL ``customer_key`` for
  anonymous visitors, ``device`` mobile/desktop/tablet) and ``fct_conversions`` (a NULL ``campaign_key`` for
  organic conversions, ``conversion_type`` purchase/signup/newsletter, ``revenue_usd`` NULL unless a
  purchase).
* ``mobile_game``: a mobile game: ``dim_players`` (``player_id`` 'PL-12345', ``username``, ``platform``
  ios/android, ``install_date_key``, a NULL ``acquisition_channel`` for organic installs, otherwise
  facebook_ads/tiktok_ads/google_uac, ``is_banned``), ``dim_items`` (``sku``, ``item_type``
  currency/cosmetic/booster/bundle/battle_pass, ``price_usd``), ``fct_sessions`` (``duration_seconds``,
  ``levels_completed``, ``is_crash``) and ``fct_purchases`` (``store`` app_store/google_play,
  ``amount_usd``, ``is_refunded``).
* ``logistics``: a freight network: ``dim_carriers`` (``mode`` parcel/ltl/ftl, ``is_preferred``),
  ``dim_locations`` (``location_code`` like 'DC-ATL', ``location_type`` dc/store/supplier, ``state``),
  ``dim_lanes`` (``lane_code`` 'ATL-DAL', origin and destination location keys, ``distance_miles``),
  ``fct_shipments`` (``shipment_id`` 'SHP-100001', ``ship_date_key``, ``promised_date``, a NULL
  ``delivered_at`` until delivered, ``status`` delivered/in_transit/exception, ``weight_kg``, ``pallets``,
  ``freight_cost_usd``) and ``fct_shipment_exceptions`` (``exception_type`` delay/damage/lost/address_issue,
  a NULL ``claim_amount_usd`` when no claim was filed).
* ``support_desk``: a help desk: ``dim_agents`` (``agent_id`` 'AG-07', ``team`` Tier 1/Tier 2/Billing,
  ``is_active``), ``dim_customers`` (``customer_id`` 'C-1042', ``segment`` smb/mid_market/enterprise),
  ``fct_tickets`` (``ticket_id`` 'TK-50001', a NULL ``agent_key`` while unassigned, ``created_date_key``,
  ``priority`` low/normal/high/urgent, ``channel`` email/chat/phone, ``category``
  billing/bug/how_to/account, ``status`` open/pending/solved, a NULL ``first_response_at`` before any reply,
  a NULL ``resolved_at`` unless solved) and ``fct_csat_responses`` (``score`` 1-5, a NULL ``comment``).
* ``marketplace``: a two-sided marketplace: ``dim_sellers`` (``seller_id`` 'S-201', ``shop_name``,
  ``is_verified``), ``dim_categories`` (a NULL ``parent_category_key`` for top-level categories),
  ``dim_listings`` (``listing_id`` 'L-30001', ``condition`` new/used/refurbished, ``list_price_usd``, a NULL
  ``delisted_at`` while live), ``dim_buyers``, ``fct_orders`` (``order_date_key``, ``quantity``,
  ``gross_usd``, ``commission_usd``, ``status`` completed/cancelled/refunded, a NULL ``shipped_at`` until
  shipped) and ``fct_reviews`` (``rating`` 1-5).

The tests' today is 2025-06-15.  The questions in ``questions.jsonl`` (reads) and ``writes.jsonl``
(change requests that must be refused) were written against these schemas without running the offline
translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN
from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

D = dt.date
TODAY = D(2025, 6, 15)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRST = GIVEN
LAST = FAMILY[:20]
CO_A = ["Blue", "North", "Bright", "Iron", "Silver", "Cedar", "Nova", "Pixel", "Quantum", "Harbor", "Summit",
        "Maple", "Orbit", "Granite", "Lumen", "Atlas"]  # fmt: skip
CO_B = ["Labs", "Works", "Systems", "Analytics", "Health", "Retail", "Media", "Logistics", "Studio", "Partners"]

DIM_DATE = """
CREATE TABLE dim_date(date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year INTEGER, quarter INTEGER,
    month_num INTEGER, month_name TEXT, day_name TEXT, is_weekend INTEGER);
"""


def _dk(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _ts(r: random.Random, d: dt.date) -> str:
    return f"{d.isoformat()} {r.randint(7, 22):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


def _dim_date(c: sqlite3.Connection) -> None:
    rows, d = [], D(2023, 1, 1)
    while d <= D(2025, 12, 31):
        wd = d.weekday()
        rows.append((_dk(d), d.isoformat(), d.year, (d.month - 1) // 3 + 1, d.month, MONTHS[d.month - 1], DAYS[wd],
                     1 if wd >= 5 else 0))  # fmt: skip
        d += dt.timedelta(days=1)
    _ins(c, "dim_date", rows)


def _companies(r: random.Random, n: int) -> list[str]:
    names = [f"{a} {b}" for a in CO_A for b in CO_B]
    r.shuffle(names)
    return names[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def _month_starts(a: dt.date, b: dt.date) -> list[dt.date]:
    out, d = [], D(a.year, a.month, 1)
    while d <= b:
        out.append(d)
        d = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def build_saas(path: Path) -> None:
    """dim_date, dim_plans, dim_accounts, fct_subscriptions, fct_invoices and agg_mrr_monthly."""
    r = random.Random(1801)
    c = _db(
        path,
        DIM_DATE
        + """
        CREATE TABLE dim_plans(plan_key INTEGER PRIMARY KEY, plan_id TEXT NOT NULL UNIQUE, plan_name TEXT NOT NULL,
            tier TEXT, billing_period TEXT, list_mrr_usd REAL, is_legacy INTEGER);
        CREATE TABLE dim_accounts(account_key INTEGER PRIMARY KEY, account_id TEXT NOT NULL UNIQUE,
            account_name TEXT NOT NULL, industry TEXT, country_code TEXT, account_owner TEXT, signed_up_at TEXT,
            churned_at TEXT, is_test INTEGER);
        CREATE TABLE fct_subscriptions(subscription_sk INTEGER PRIMARY KEY,
            account_key INTEGER NOT NULL REFERENCES dim_accounts(account_key),
            plan_key INTEGER NOT NULL REFERENCES dim_plans(plan_key), started_at TEXT, ended_at TEXT,
            end_reason TEXT, seats INTEGER, mrr_usd REAL);
        CREATE TABLE fct_invoices(invoice_sk INTEGER PRIMARY KEY, invoice_id TEXT NOT NULL UNIQUE,
            account_key INTEGER REFERENCES dim_accounts(account_key),
            subscription_sk INTEGER REFERENCES fct_subscriptions(subscription_sk),
            invoice_date_key INTEGER REFERENCES dim_date(date_key), amount_usd REAL, status TEXT, paid_at TEXT);
        CREATE TABLE agg_mrr_monthly(month_start_key INTEGER PRIMARY KEY REFERENCES dim_date(date_key),
            total_mrr_usd REAL, new_mrr_usd REAL, churned_mrr_usd REAL, paying_accounts INTEGER,
            churned_accounts INTEGER);
    """,
    )
    _dim_date(c)
    plans = [
        (1, "PL-FREE", "Free", "free", "monthly", 0.0, 0),
        (2, "PL-STR-M", "Starter", "starter", "monthly", 29.0, 0),
        (3, "PL-STR-A", "Starter Annual", "starter", "annual", 24.0, 0),
        (4, "PL-GRW-M", "Growth", "growth", "monthly", 99.0, 0),
        (5, "PL-GRW-A", "Growth Annual", "growth", "annual", 84.0, 0),
        (6, "PL-ENT", "Enterprise", "enterprise", "annual", 450.0, 0),
        (7, "PL-PRO-OLD", "Pro (legacy)", "pro", "monthly", 49.0, 1),
    ]
    _ins(c, "dim_plans", plans)
    reps = ["Dana Whitfield", "Marcus Lee", "Sofia Ruiz", "Owen Park"]
    industries = ["software", "retail", "healthcare", "education", "finance", "media"]
    countries = ["US", "US", "US", "GB", "DE", "CA", "AU", "FR", "NL"]
    names = _companies(r, 84)
    accounts, subs = [], []
    sk = 0
    for k in range(1, 85):
        is_test = 1 if k in (17, 48, 77) else 0
        name = f"{names[k - 1]} (test)" if is_test else names[k - 1]
        signup = _day(r, D(2023, 1, 3), 880)
        if is_test:
            chain = [1]
        else:
            first = r.choices([1, 2, 3, 4, 5, 6, 7], weights=[4, 6, 3, 5, 3, 2, 2])[0]
            chain = [first]
        t = signup
        churned = None
        for step in range(3):
            plan = plans[chain[-1] - 1]
            seats = 1 if plan[0] == 1 else r.randint(2, 25) if plan[0] != 6 else r.randint(40, 200)
            mrr = float(r.choice([1800, 2400, 3000, 3600, 4200, 5400])) if plan[0] == 6 else plan[5] * seats
            sk += 1
            end = reason = None
            roll = r.random()
            if not is_test and roll < 0.3 and step < 2:
                end = t + dt.timedelta(days=r.randint(40, 320))
                reason = "upgrade" if chain[-1] in (1, 2, 3, 7) else "downgrade"
            elif not is_test and roll < 0.55:
                end = t + dt.timedelta(days=r.randint(30, 480))
                reason = "churn"
            if end is not None and end >= TODAY:
                end = reason = None
            subs.append([sk, k, plan[0], _ts(r, t), _ts(r, end) if end else None, reason, seats, mrr])
            if reason == "churn":
                churned = subs[-1][4]
                break
            if reason is None:
                break
            nxt = {1: 2, 2: 4, 3: 5, 7: 4, 4: 2, 5: 3, 6: 5}[chain[-1]]
            chain.append(nxt)
            t = end
        owner = None if chain[0] in (1, 2, 3) and k % 4 else reps[k % 4]
        accounts.append((k, f"A-{1000 + k}", name, r.choice(industries), r.choice(countries), owner,
                         _ts(r, signup), churned, is_test))  # fmt: skip
    _ins(c, "dim_accounts", accounts)
    _ins(c, "fct_subscriptions", subs)
    invoices, ik = [], 0
    lo = D(2024, 7, 1)
    for s in subs:
        if s[7] <= 0:
            continue
        annual = plans[s[2] - 1][4] == "annual"
        start = D.fromisoformat(s[3][:10])
        end = D.fromisoformat(s[4][:10]) if s[4] else TODAY
        d, n = start, 0
        while d <= end:
            if d >= lo:
                ik += 1
                age = (TODAY - d).days
                status = "open" if age < 12 and r.random() < 0.7 else "void" if r.random() < 0.04 else "paid"
                if status == "paid" and r.random() < 0.05 and age < 60:
                    status = "open"
                paid = _ts(r, d + dt.timedelta(days=r.randint(0, min(9, max(0, age))))) if status == "paid" else None
                amt = round(s[7] * (12 if annual else 1), 2)
                invoices.append((ik, f"INV-{24000 + ik}", s[1], s[0], _dk(d), amt, status, paid))
            n += 1
            if annual:
                d = D(start.year + n, start.month, min(start.day, 28))
            else:
                y, m = start.year + (start.month - 1 + n) // 12, (start.month - 1 + n) % 12 + 1
                d = D(y, m, min(start.day, 28))
    invoices.sort(key=lambda x: (x[4], x[0]))
    invoices = [(i + 1, f"INV-{24001 + i}", *x[2:]) for i, x in enumerate(invoices)]
    _ins(c, "fct_invoices", invoices)
    agg = []
    tests = {a[0] for a in accounts if a[8]}
    for ms in _month_starts(D(2024, 7, 1), D(2025, 6, 1)):
        me = D(ms.year + (ms.month == 12), ms.month % 12 + 1, 1)
        msi, mei = ms.isoformat(), me.isoformat()
        live = [s for s in subs if s[1] not in tests and s[3] < msi and (s[4] is None or s[4] >= msi)]
        new = [s for s in subs if msi <= s[3] < mei]
        gone = [s for s in subs if s[4] and msi <= s[4] < mei and s[5] == "churn"]
        agg.append((_dk(ms), round(sum(s[7] for s in live), 2), round(sum(s[7] for s in new), 2),
                    round(sum(s[7] for s in gone), 2), len({s[1] for s in live if s[7] > 0}), len(gone)))  # fmt: skip
    _ins(c, "agg_mrr_monthly", agg)
    _done(c)


def build_marketing(path: Path) -> None:
    """dim_date, dim_channels, dim_campaigns, fct_campaign_spend_weekly, dim_customers, stg_clicks, fct_conversions."""
    r = random.Random(1802)
    c = _db(
        path,
        DIM_DATE
        + """
        CREATE TABLE dim_channels(channel_key INTEGER PRIMARY KEY, channel_name TEXT NOT NULL, is_paid INTEGER);
        CREATE TABLE dim_campaigns(campaign_key INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL UNIQUE,
            campaign_name TEXT NOT NULL, channel_key INTEGER REFERENCES dim_channels(channel_key), objective TEXT,
            start_date TEXT, end_date TEXT, budget_usd REAL);
        CREATE TABLE fct_campaign_spend_weekly(spend_sk INTEGER PRIMARY KEY,
            campaign_key INTEGER NOT NULL REFERENCES dim_campaigns(campaign_key),
            week_start_key INTEGER NOT NULL REFERENCES dim_date(date_key), impressions INTEGER, clicks INTEGER,
            spend_usd REAL);
        CREATE TABLE dim_customers(customer_key INTEGER PRIMARY KEY, customer_id TEXT NOT NULL UNIQUE, email TEXT,
            country_code TEXT, first_seen_at TEXT, is_email_subscriber INTEGER);
        CREATE TABLE stg_clicks(click_id TEXT PRIMARY KEY, campaign_key INTEGER REFERENCES dim_campaigns(campaign_key),
            customer_key INTEGER REFERENCES dim_customers(customer_key), clicked_at TEXT, device TEXT,
            landing_page TEXT);
        CREATE TABLE fct_conversions(conversion_sk INTEGER PRIMARY KEY,
            campaign_key INTEGER REFERENCES dim_campaigns(campaign_key),
            customer_key INTEGER NOT NULL REFERENCES dim_customers(customer_key),
            conversion_date_key INTEGER REFERENCES dim_date(date_key), converted_at TEXT, conversion_type TEXT,
            revenue_usd REAL);
    """,
    )
    _dim_date(c)
    channels = [(1, "Paid Search", 1), (2, "Paid Social", 1), (3, "Email", 0), (4, "Display", 1),
                (5, "Affiliate", 1), (6, "Organic Social", 0)]  # fmt: skip
    _ins(c, "dim_channels", channels)
    themes = ["Spring Sale", "Summer Kickoff", "Back to School", "Black Friday", "Holiday Gifts", "New Year Reset",
              "Brand Awareness", "Loyalty Rewards", "Winback", "Flash Deals", "Outdoor Gear", "Home Refresh",
              "Valentines Picks", "Mothers Day", "Clearance", "Referral Push", "Always-On Search", "Retargeting",
              "Newsletter Weekly", "Creator Collab"]  # fmt: skip
    campaigns = []
    for k, theme in enumerate(themes, start=1):
        ch = [1, 2, 4, 1, 2, 3, 4, 3, 3, 5, 1, 2, 2, 3, 5, 5, 1, 4, 3, 6][k - 1]
        obj = {"Brand Awareness": "awareness", "Creator Collab": "awareness", "Loyalty Rewards": "retention",
               "Winback": "retention", "Newsletter Weekly": "retention"}.get(theme, "acquisition")  # fmt: skip
        start = D(2024, 1, 8) + dt.timedelta(days=(k * 29) % 480)
        always = theme in ("Always-On Search", "Retargeting", "Newsletter Weekly")
        end = None if always else min(start + dt.timedelta(days=r.randint(28, 84)), D(2025, 6, 30))
        budget = 0.0 if ch in (3, 6) else float(r.randrange(4000, 30000, 500))
        year = start.year
        campaigns.append((k, f"CMP-{str(year)[2:]}{k:02d}", f"{theme} {year}" if not always else theme,
                          ch, obj, start.isoformat(), end.isoformat() if end else None, budget))  # fmt: skip
    _ins(c, "dim_campaigns", campaigns)
    spend, sk = [], 0
    for cp in campaigns:
        start = D.fromisoformat(cp[5])
        end = D.fromisoformat(cp[6]) if cp[6] else TODAY
        end = min(end, TODAY)
        if cp[6] is None:
            start = max(start, D(2024, 11, 1))
        w = start - dt.timedelta(days=start.weekday())
        while w <= end:
            sk += 1
            imp = r.randint(8000, 90000)
            clicks = int(imp * r.uniform(0.004, 0.03))
            cost = 0.0 if cp[7] == 0 else round(cp[7] / r.uniform(7, 13) * r.uniform(0.6, 1.4), 2)
            spend.append((sk, cp[0], _dk(w), imp, clicks, cost))
            w += dt.timedelta(days=7)
    _ins(c, "fct_campaign_spend_weekly", spend)
    countries = ["US", "US", "US", "GB", "GB", "DE", "CA", "FR", "AU", "IE"]
    customers = []
    for k in range(1, 141):
        g, f = FIRST[k % 24], LAST[(k * 7) % 20]
        customers.append((k, f"C-{1000 + k * 3}", f"{g.lower()}.{f.lower()}{k}@example.com", r.choice(countries),
                          _ts(r, _day(r, D(2023, 6, 1), 700)), 1 if r.random() < 0.45 else 0))  # fmt: skip
    _ins(c, "dim_customers", customers)
    clicks = []
    live = [cp for cp in campaigns if cp[0] != 16]  # Referral Push never got traffic tracked
    devices = ["mobile", "desktop", "tablet"]
    pages = ["/", "/sale", "/new-arrivals", "/gift-guide", "/signup"]
    for k in range(1, 401):
        cp = r.choice(live)
        start = D.fromisoformat(cp[5])
        end = min(D.fromisoformat(cp[6]) if cp[6] else TODAY, TODAY)
        when = start + dt.timedelta(days=r.randrange(max(1, (end - start).days)))
        cust = None if r.random() < 0.4 else r.randint(1, 140)
        clicks.append((f"clk_{k:06d}", cp[0], cust, _ts(r, when), r.choices(devices, weights=[6, 3, 1])[0],
                       r.choice(pages)))  # fmt: skip
    _ins(c, "stg_clicks", clicks)
    conv = []
    no_conv = {7, 16}
    for k in range(1, 241):
        cp = None if r.random() < 0.2 else r.choice([x for x in campaigns if x[0] not in no_conv])
        cust = r.choices(range(1, 141), weights=[1 + (i % 9 == 0) * 4 for i in range(1, 141)])[0]
        if cp:
            start = D.fromisoformat(cp[5])
            end = min(D.fromisoformat(cp[6]) if cp[6] else TODAY, TODAY)
        else:
            start, end = D(2024, 1, 1), TODAY
        when = start + dt.timedelta(days=r.randrange(max(1, (end - start).days)))
        ctype = r.choices(["purchase", "signup", "newsletter"], weights=[6, 3, 1])[0]
        rev = round(r.uniform(15, 320), 2) if ctype == "purchase" else None
        conv.append((k, cp[0] if cp else None, cust, _dk(when), _ts(r, when), ctype, rev))
    _ins(c, "fct_conversions", conv)
    _done(c)


def build_game(path: Path) -> None:
    """dim_date, dim_players, dim_items, fct_sessions and fct_purchases."""
    r = random.Random(1803)
    c = _db(
        path,
        DIM_DATE
        + """
        CREATE TABLE dim_players(player_key INTEGER PRIMARY KEY, player_id TEXT NOT NULL UNIQUE,
            username TEXT NOT NULL, country_code TEXT, platform TEXT, installed_at TEXT,
            install_date_key INTEGER REFERENCES dim_date(date_key), acquisition_channel TEXT, is_banned INTEGER);
        CREATE TABLE dim_items(item_key INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, item_name TEXT NOT NULL,
            item_type TEXT, price_usd REAL);
        CREATE TABLE fct_sessions(session_sk INTEGER PRIMARY KEY,
            player_key INTEGER NOT NULL REFERENCES dim_players(player_key),
            session_date_key INTEGER REFERENCES dim_date(date_key), started_at TEXT, duration_seconds INTEGER,
            levels_completed INTEGER, is_crash INTEGER);
        CREATE TABLE fct_purchases(purchase_sk INTEGER PRIMARY KEY,
            player_key INTEGER NOT NULL REFERENCES dim_players(player_key),
            item_key INTEGER NOT NULL REFERENCES dim_items(item_key),
            purchase_date_key INTEGER REFERENCES dim_date(date_key), purchased_at TEXT, store TEXT,
            amount_usd REAL, is_refunded INTEGER);
    """,
    )
    _dim_date(c)
    adj = ["Shadow", "Pixel", "Turbo", "Lucky", "Frost", "Cosmic", "Ninja", "Sunny", "Rogue", "Mighty", "Neon", "Tiny"]
    noun = ["Fox", "Wizard", "Panda", "Knight", "Otter", "Dragon", "Falcon", "Golem", "Bard", "Yeti", "Comet", "Imp"]
    handles = [f"{a}{n}" for a in adj for n in noun]
    r.shuffle(handles)
    countries = ["US", "US", "BR", "BR", "IN", "DE", "JP", "MX", "PH", "GB", "FR", "ID"]
    chans = [None, None, "facebook_ads", "tiktok_ads", "google_uac"]
    ids = r.sample(range(10000, 99999), 160)
    players = []
    for k in range(1, 161):
        inst = _day(r, D(2024, 3, 1), 460)
        players.append((k, f"PL-{ids[k - 1]}", f"{handles[(k - 1) % 144]}{k % 97}", r.choice(countries),
                        r.choices(["ios", "android"], weights=[4, 6])[0], _ts(r, inst), _dk(inst), r.choice(chans),
                        1 if k % 23 == 0 else 0))  # fmt: skip
    _ins(c, "dim_players", players)
    items = [
        (1, "GEM_100", "100 Gems", "currency", 0.99),
        (2, "GEM_550", "550 Gems", "currency", 4.99),
        (3, "GEM_1200", "1200 Gems", "currency", 9.99),
        (4, "GEM_6500", "6500 Gems", "currency", 49.99),
        (5, "SKIN_NEON", "Neon Armor Skin", "cosmetic", 3.99),
        (6, "SKIN_GOLD", "Golden Dragon Skin", "cosmetic", 14.99),
        (7, "EMOTE_DANCE", "Victory Dance Emote", "cosmetic", 1.99),
        (8, "BOOST_XP2", "Double XP (24h)", "booster", 2.99),
        (9, "BOOST_LIVES", "Infinite Lives (1h)", "booster", 0.99),
        (10, "BNDL_START", "Starter Bundle", "bundle", 4.99),
        (11, "BNDL_MEGA", "Mega Bundle", "bundle", 19.99),
        (12, "PASS_S7", "Season 7 Battle Pass", "battle_pass", 9.99),
        (13, "PASS_S8", "Season 8 Battle Pass", "battle_pass", 9.99),
    ]
    _ins(c, "dim_items", items)
    sessions = []
    weights = [1 + (k % 7) * 2 for k in range(1, 161)]
    for k in range(1, 401):
        p = r.choices(players, weights=weights)[0]
        inst = D.fromisoformat(p[5][:10])
        d = inst + dt.timedelta(days=r.randrange(max(1, (TODAY - inst).days)))
        dur = int(r.lognormvariate(6.3, 0.7))
        sessions.append((k, p[0], _dk(d), _ts(r, d), dur, r.randint(0, max(0, dur // 120)),
                         1 if r.random() < 0.06 else 0))  # fmt: skip
    _ins(c, "fct_sessions", sessions)
    purchases = []
    payers = [p for p in players if p[0] % 3 != 0]
    pw = [1 + (p[0] % 11 == 1) * 6 + (p[0] % 5 == 2) * 2 for p in payers]
    for k in range(1, 231):
        p = r.choices(payers, weights=pw)[0]
        it = r.choices(items, weights=[8, 6, 4, 1, 3, 2, 4, 5, 6, 5, 2, 3, 3])[0]
        inst = D.fromisoformat(p[5][:10])
        d = inst + dt.timedelta(days=r.randrange(max(1, (TODAY - inst).days)))
        store = "app_store" if p[4] == "ios" else "google_play"
        purchases.append((k, p[0], it[0], _dk(d), _ts(r, d), store, it[4], 1 if r.random() < 0.07 else 0))
    _ins(c, "fct_purchases", purchases)
    _done(c)


def build_logistics(path: Path) -> None:
    """dim_date, dim_carriers, dim_locations, dim_lanes, fct_shipments and fct_shipment_exceptions."""
    r = random.Random(1804)
    c = _db(
        path,
        DIM_DATE
        + """
        CREATE TABLE dim_carriers(carrier_key INTEGER PRIMARY KEY, carrier_id TEXT NOT NULL UNIQUE,
            carrier_name TEXT NOT NULL, mode TEXT, is_preferred INTEGER);
        CREATE TABLE dim_locations(location_key INTEGER PRIMARY KEY, location_code TEXT NOT NULL UNIQUE,
            location_name TEXT, city TEXT, state TEXT, location_type TEXT);
        CREATE TABLE dim_lanes(lane_key INTEGER PRIMARY KEY, lane_code TEXT NOT NULL UNIQUE,
            origin_location_key INTEGER REFERENCES dim_locations(location_key),
            destination_location_key INTEGER REFERENCES dim_locations(location_key), distance_miles INTEGER);
        CREATE TABLE fct_shipments(shipment_sk INTEGER PRIMARY KEY, shipment_id TEXT NOT NULL UNIQUE,
            lane_key INTEGER NOT NULL REFERENCES dim_lanes(lane_key),
            carrier_key INTEGER NOT NULL REFERENCES dim_carriers(carrier_key),
            ship_date_key INTEGER REFERENCES dim_date(date_key), shipped_at TEXT, promised_date TEXT,
            delivered_at TEXT, status TEXT, weight_kg REAL, pallets INTEGER, freight_cost_usd REAL);
        CREATE TABLE fct_shipment_exceptions(exception_sk INTEGER PRIMARY KEY,
            shipment_sk INTEGER NOT NULL REFERENCES fct_shipments(shipment_sk), exception_type TEXT,
            reported_at TEXT, claim_amount_usd REAL);
    """,
    )
    _dim_date(c)
    carriers = [
        (1, "CAR-UPS", "UPS Freight", "ltl", 1),
        (2, "CAR-FDX", "FedEx Ground", "parcel", 1),
        (3, "CAR-JBH", "J.B. Hunt", "ftl", 1),
        (4, "CAR-ODF", "Old Dominion", "ltl", 0),
        (5, "CAR-SWT", "Swift Transport", "ftl", 0),
        (6, "CAR-USPS", "USPS", "parcel", 0),
        (7, "CAR-XPO", "XPO Logistics", "ltl", 0),
        (8, "CAR-RDW", "Roadway Express", "ftl", 0),
    ]
    _ins(c, "dim_carriers", carriers)
    locs = [
        (1, "DC-ATL", "Atlanta Distribution Center", "Atlanta", "GA", "dc"),
        (2, "DC-DAL", "Dallas Distribution Center", "Dallas", "TX", "dc"),
        (3, "DC-CHI", "Chicago Distribution Center", "Chicago", "IL", "dc"),
        (4, "DC-RNO", "Reno Distribution Center", "Reno", "NV", "dc"),
        (5, "ST-HOU", "Houston Store 12", "Houston", "TX", "store"),
        (6, "ST-AUS", "Austin Store 4", "Austin", "TX", "store"),
        (7, "ST-MIA", "Miami Store 9", "Miami", "FL", "store"),
        (8, "ST-DEN", "Denver Store 2", "Denver", "CO", "store"),
        (9, "ST-SEA", "Seattle Store 7", "Seattle", "WA", "store"),
        (10, "ST-CLT", "Charlotte Store 3", "Charlotte", "NC", "store"),
        (11, "SP-SAV", "Savannah Port Supplier", "Savannah", "GA", "supplier"),
        (12, "SP-LBC", "Long Beach Supplier", "Long Beach", "CA", "supplier"),
        (13, "SP-MEM", "Memphis Supplier", "Memphis", "TN", "supplier"),
    ]
    _ins(c, "dim_locations", locs)
    pairs = [(11, 1, 250), (11, 3, 910), (12, 4, 520), (12, 2, 1440), (13, 3, 530), (13, 2, 450), (13, 1, 390),
             (1, 7, 660), (1, 10, 245), (1, 2, 780), (2, 5, 240), (2, 6, 195), (2, 8, 800), (3, 8, 1000),
             (3, 1, 715), (4, 9, 700), (4, 8, 1000 - 12), (3, 10, 760), (1, 5, 790), (4, 2, 1400)]  # fmt: skip
    code = {k: x[1].split("-")[1] for k, x in enumerate(locs, start=1)}
    lanes = [(k, f"{code[o]}-{code[d]}", o, d, m) for k, (o, d, m) in enumerate(pairs, start=1)]
    _ins(c, "dim_lanes", lanes)
    ships, ex = [], []
    lw = [3, 2, 2, 1, 2, 2, 2, 4, 3, 6, 5, 4, 2, 1, 2, 3, 1, 2, 1, 1]
    for k in range(1, 361):
        ln = r.choices(lanes, weights=lw)[0]
        car = r.choices(carriers[:7], weights=[6, 4, 5, 3, 3, 2, 2])[0]  # Roadway Express unused
        d = _day(r, D(2024, 1, 2), 528)
        transit = max(1, ln[4] // 450 + (1 if car[3] == "ltl" else 0))
        promised = d + dt.timedelta(days=transit + 1)
        late = r.choices([0, 0, 0, 1, 2, 4], weights=[5, 3, 2, 2, 1, 1])[0] - 1
        arrive = d + dt.timedelta(days=transit + late)
        status, delivered = "delivered", _ts(r, arrive)
        if arrive >= TODAY:
            status, delivered = "in_transit", None
        elif r.random() < 0.03:
            status, delivered = "exception", None
        if car[3] == "parcel":
            w, pal = round(r.uniform(2, 70), 1), 0
        else:
            pal = r.randint(1, 26 if car[3] == "ftl" else 8)
            w = round(pal * r.uniform(180, 520), 1)
        cost = round(ln[4] * (0.9 if car[3] == "parcel" else 1.6 if car[3] == "ltl" else 2.6) * r.uniform(0.7, 1.3)
                     * (0.1 if car[3] == "parcel" else 1), 2)  # fmt: skip
        ships.append((k, f"SHP-{100000 + k}", ln[0], car[0], _dk(d), _ts(r, d), promised.isoformat(), delivered,
                      status, w, pal, cost))  # fmt: skip
        if status == "exception" or late >= 2 or r.random() < 0.05:
            et = "lost" if status == "exception" else "delay" if late >= 2 else r.choice(["damage", "address_issue",
                                                                                          "damage"])  # fmt: skip
            claim = round(r.uniform(80, 2400), 2) if et in ("lost", "damage") and r.random() < 0.8 else None
            ex.append((len(ex) + 1, k, et, _ts(r, d + dt.timedelta(days=transit)), claim))
    _ins(c, "fct_shipments", ships)
    _ins(c, "fct_shipment_exceptions", ex)
    _done(c)


def build_support(path: Path) -> None:
    """dim_date, dim_agents, dim_customers, fct_tickets and fct_csat_responses."""
    r = random.Random(1805)
    c = _db(
        path,
        DIM_DATE
        + """
        CREATE TABLE dim_agents(agent_key INTEGER PRIMARY KEY, agent_id TEXT NOT NULL UNIQUE,
            agent_name TEXT NOT NULL, team TEXT, hired_at TEXT, is_active INTEGER);
        CREATE TABLE dim_customers(customer_key INTEGER PRIMARY KEY, customer_id TEXT NOT NULL UNIQUE,
            company_name TEXT NOT NULL, segment TEXT, country_code TEXT);
        CREATE TABLE fct_tickets(ticket_sk INTEGER PRIMARY KEY, ticket_id TEXT NOT NULL UNIQUE,
            customer_key INTEGER NOT NULL REFERENCES dim_customers(customer_key),
            agent_key INTEGER REFERENCES dim_agents(agent_key),
            created_date_key INTEGER REFERENCES dim_date(date_key), created_at TEXT, first_response_at TEXT,
            resolved_at TEXT, priority TEXT, channel TEXT, category TEXT, status TEXT);
        CREATE TABLE fct_csat_responses(csat_sk INTEGER PRIMARY KEY,
            ticket_sk INTEGER NOT NULL REFERENCES fct_tickets(ticket_sk), score INTEGER, submitted_at TEXT,
            comment TEXT);
    """,
    )
    _dim_date(c)
    agents = []
    teams = ["Tier 1"] * 6 + ["Tier 2"] * 4 + ["Billing"] * 3
    for k in range(1, 14):
        g, f = FIRST[(k * 5) % 24], LAST[(k * 3) % 20]
        hired = _day(r, D(2022, 3, 1), 1000)
        agents.append((k, f"AG-{k:02d}", f"{g} {f}", teams[k - 1], hired.isoformat(), 0 if k in (4, 11) else 1))
    _ins(c, "dim_agents", agents)
    names = _companies(r, 64)
    customers = [(k, f"C-{1000 + k * 7}", names[k - 1], r.choices(["smb", "mid_market", "enterprise"],
                  weights=[5, 3, 2])[0], r.choice(["US", "US", "GB", "DE", "CA", "AU"])) for k in range(1, 65)]  # fmt: skip
    _ins(c, "dim_customers", customers)
    tickets, csat = [], []
    cw = [0 if k in (9, 33, 58) else 1 + (k % 10 == 3) * 5 + (k % 7 == 0) * 2 for k in range(1, 65)]
    aw = [1 + (k % 5) for k in range(1, 14)]
    comments = ["Quick and helpful", "Took too long", "Solved my issue", "Agent was great", "Still confused",
                "Thanks!", "Had to explain twice"]  # fmt: skip
    for k in range(1, 381):
        cu = r.choices(customers, weights=cw)[0]
        d = _day(r, D(2024, 6, 1), 379)
        created = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randrange(60), r.randrange(60))
        cat = r.choices(["billing", "bug", "how_to", "account"], weights=[3, 4, 4, 2])[0]
        pri = r.choices(["low", "normal", "high", "urgent"], weights=[3, 6, 3, 1])[0]
        ch = r.choices(["email", "chat", "phone"], weights=[5, 4, 2])[0]
        age = (TODAY - d).days
        pool = (
            [a for a in agents if a[3] == "Billing"] if cat == "billing" else [a for a in agents if a[3] != "Billing"]
        )
        agent = r.choices(pool, weights=[aw[a[0] - 1] for a in pool])[0]
        if age < 10 and r.random() < 0.5:
            agent = None
        elif r.random() < 0.03:
            agent = None
        first = resolved = None
        status = "open"
        if agent:
            first = created + dt.timedelta(minutes=r.randint(3, 60 * (30 if pri == "low" else 8)))
            if age > 6 or r.random() < 0.4:
                status = "solved" if r.random() < 0.93 else "pending"
                if status == "solved":
                    resolved = first + dt.timedelta(hours=r.uniform(0.2, 120 if pri != "urgent" else 12))
            else:
                status = "pending" if r.random() < 0.5 else "open"
        fmt = "%Y-%m-%d %H:%M:%S"
        tickets.append((k, f"TK-{50000 + k}", cu[0], agent[0] if agent else None, _dk(d), created.strftime(fmt),
                        first.strftime(fmt) if first else None, resolved.strftime(fmt) if resolved else None, pri,
                        ch, cat, status))  # fmt: skip
        if resolved and r.random() < 0.45:
            score = r.choices([1, 2, 3, 4, 5], weights=[1, 1, 2, 4, 6])[0]
            sub = resolved + dt.timedelta(hours=r.uniform(1, 48))
            csat.append((len(csat) + 1, k, score, sub.strftime(fmt), r.choice(comments) if r.random() < 0.35 else None))
    _ins(c, "fct_tickets", tickets)
    _ins(c, "fct_csat_responses", csat)
    _done(c)


def build_marketplace(path: Path) -> None:
    """dim_date, dim_sellers, dim_categories, dim_listings, dim_buyers, fct_orders and fct_reviews."""
    r = random.Random(1806)
    c = _db(
        path,
        DIM_DATE
        + """
        CREATE TABLE dim_sellers(seller_key INTEGER PRIMARY KEY, seller_id TEXT NOT NULL UNIQUE,
            shop_name TEXT NOT NULL, country_code TEXT, joined_at TEXT, is_verified INTEGER);
        CREATE TABLE dim_categories(category_key INTEGER PRIMARY KEY, category_name TEXT NOT NULL,
            parent_category_key INTEGER REFERENCES dim_categories(category_key));
        CREATE TABLE dim_listings(listing_key INTEGER PRIMARY KEY, listing_id TEXT NOT NULL UNIQUE,
            seller_key INTEGER NOT NULL REFERENCES dim_sellers(seller_key),
            category_key INTEGER REFERENCES dim_categories(category_key), title TEXT NOT NULL, condition TEXT,
            list_price_usd REAL, listed_at TEXT, delisted_at TEXT);
        CREATE TABLE dim_buyers(buyer_key INTEGER PRIMARY KEY, buyer_id TEXT NOT NULL UNIQUE, username TEXT NOT NULL,
            country_code TEXT, created_at TEXT);
        CREATE TABLE fct_orders(order_sk INTEGER PRIMARY KEY, order_id TEXT NOT NULL UNIQUE,
            listing_key INTEGER NOT NULL REFERENCES dim_listings(listing_key),
            seller_key INTEGER NOT NULL REFERENCES dim_sellers(seller_key),
            buyer_key INTEGER NOT NULL REFERENCES dim_buyers(buyer_key),
            order_date_key INTEGER REFERENCES dim_date(date_key), ordered_at TEXT, quantity INTEGER,
            gross_usd REAL, commission_usd REAL, status TEXT, shipped_at TEXT);
        CREATE TABLE fct_reviews(review_sk INTEGER PRIMARY KEY, order_sk INTEGER NOT NULL REFERENCES fct_orders(order_sk),
            rating INTEGER, reviewed_at TEXT);
    """,
    )
    _dim_date(c)
    shop_a = ["Rustic", "Velvet", "Copper", "Willow", "Urban", "Vintage", "Cozy", "Lunar", "Golden", "Wild"]
    shop_b = ["Finds", "Threads", "Attic", "Gadgets", "Nook", "Crafts", "Market", "Supply"]
    shops = [f"{a} {b}" for a in shop_a for b in shop_b]
    r.shuffle(shops)
    sellers = []
    for k in range(1, 43):
        joined = _day(r, D(2023, 2, 1), 860)
        sellers.append((k, f"S-{200 + k}", shops[k - 1], r.choice(["US", "US", "GB", "CA", "DE", "FR", "IT"]),
                        _ts(r, joined), 1 if r.random() < 0.6 else 0))  # fmt: skip
    _ins(c, "dim_sellers", sellers)
    cats = [(1, "Electronics", None), (2, "Home & Garden", None), (3, "Fashion", None), (4, "Collectibles", None),
            (5, "Phones", 1), (6, "Audio", 1), (7, "Furniture", 2), (8, "Kitchen", 2), (9, "Shoes", 3),
            (10, "Vintage Clothing", 3), (11, "Trading Cards", 4), (12, "Vinyl Records", 4)]  # fmt: skip
    _ins(c, "dim_categories", cats)
    nouns = {5: ["iPhone 12", "Pixel 7", "Galaxy S21", "Moto G"], 6: ["Headphones", "Turntable", "Bluetooth Speaker",
             "Earbuds"], 7: ["Oak Side Table", "Armchair", "Bookshelf"], 8: ["Cast Iron Skillet", "Espresso Maker",
             "Knife Set"], 9: ["Leather Boots", "Running Shoes", "Sneakers"], 10: ["Denim Jacket", "Wool Coat",
             "Band T-Shirt"], 11: ["Holo Card Lot", "Rookie Card", "Booster Box"], 12: ["Jazz LP", "Rock LP",
             "Soul 45"], 1: ["USB Hub", "Webcam"], 2: ["Planter Set"], 3: ["Silk Scarf"], 4: ["Enamel Pin"]}  # fmt: skip
    base = {1: 40, 2: 35, 3: 45, 4: 30, 5: 320, 6: 110, 7: 180, 8: 70, 9: 85, 10: 60, 11: 55, 12: 28}
    listings = []
    sw = [1 + (k % 6 == 1) * 4 + (k % 4 == 0) for k in range(1, 43)]
    for k in range(1, 221):
        s = r.choices(sellers, weights=sw)[0]
        cat = r.choice(list(nouns))
        title = f"{r.choice(nouns[cat])} #{k}"
        cond = r.choices(["new", "used", "refurbished"], weights=[4, 5, 1 if cat in (5, 6, 1) else 0])[0]
        listed = max(D.fromisoformat(s[4][:10]), _day(r, D(2023, 3, 1), 800))
        if listed > D(2025, 6, 1):
            listed = D(2025, 6, 1)
        delisted = None
        if r.random() < 0.3:
            dd = listed + dt.timedelta(days=r.randint(20, 300))
            delisted = _ts(r, dd) if dd < TODAY else None
        price = round(base[cat] * r.uniform(0.4, 2.2), 2)
        listings.append((k, f"L-{30000 + k}", s[0], cat, title, cond, price, _ts(r, listed), delisted))
    _ins(c, "dim_listings", listings)
    buyers = []
    for k in range(1, 131):
        g, f = FIRST[(k * 11) % 24], LAST[k % 20]
        buyers.append((k, f"B-{5000 + k}", f"{g.lower()}_{f.lower()[:4]}{k}", r.choice(["US", "US", "US", "CA", "GB",
                       "DE", "AU"]), _ts(r, _day(r, D(2023, 1, 15), 850))))  # fmt: skip
    _ins(c, "dim_buyers", buyers)
    orders, reviews = [], []
    lwt = [0 if k % 9 == 4 else 1 + (k % 13 == 0) * 3 for k in range(1, 221)]
    bw = [1 + (k % 17 == 5) * 5 for k in range(1, 131)]
    for k in range(1, 381):
        ls = r.choices(listings, weights=lwt)[0]
        b = r.choices(buyers, weights=bw)[0]
        lo = D.fromisoformat(ls[7][:10])
        hi = D.fromisoformat(ls[8][:10]) if ls[8] else TODAY
        d = lo + dt.timedelta(days=r.randrange(max(1, (hi - lo).days)))
        qty = r.choices([1, 2, 3], weights=[8, 2, 1])[0]
        gross = round(ls[6] * qty, 2)
        status = r.choices(["completed", "cancelled", "refunded"], weights=[17, 2, 1])[0]
        ship = None
        if status != "cancelled" and not ((TODAY - d).days < 4 and r.random() < 0.7):
            ship = _ts(r, d + dt.timedelta(days=r.randint(0, 3)))
        orders.append((k, f"O-{700000 + k * 13}", ls[0], ls[2], b[0], _dk(d), _ts(r, d), qty, gross,
                       round(gross * 0.08, 2), status, ship))  # fmt: skip
        if status == "completed" and ship and r.random() < 0.55:
            reviews.append((len(reviews) + 1, k, r.choices([1, 2, 3, 4, 5], weights=[1, 1, 2, 5, 8])[0],
                            _ts(r, min(TODAY, d + dt.timedelta(days=r.randint(3, 20))))))  # fmt: skip
    _ins(c, "fct_orders", orders)
    _ins(c, "fct_reviews", reviews)
    _done(c)


BUILDERS = {
    "saas_subs": build_saas,
    "ecom_marketing": build_marketing,
    "mobile_game": build_game,
    "logistics": build_logistics,
    "support_desk": build_support,
    "marketplace": build_marketplace,
}
