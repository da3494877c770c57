"""Six synthetic databases of retail, e-commerce, subscriptions and media for the 132nd blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Every schema declares its foreign keys.  Times are UTC unless a schema says otherwise.

brewshop -- a coffee webshop on WordPress + WooCommerce (the plugin's own tables, prefix ``wp_``); money in US
dollars.  Much of it is key/value "meta" rows: one row per (object, meta_key), the value always text.
    wp_users: every login of the site (customers, blog subscribers, a shop manager, the admin).  ID; user_login;
        user_email; user_registered: when the account was created ('YYYY-MM-DD HH:MM:SS'); display_name: the
        person's name ('Kofi Grant'); user_status (always 0, unused).
    wp_usermeta: umeta_id; user_id -> wp_users.ID; meta_key; meta_value.  Keys: 'wp_capabilities' (the user's role
        as serialized PHP: 'a:1:{s:8:"customer";b:1;}' = a customer account, '..."subscriber"...' = a blog
        subscriber who never buys, '..."shop_manager"...', '..."administrator"...'); 'billing_city' and
        'billing_country' (ISO code 'US' or 'CA') of the billing address (missing for users who never gave one);
        'marketing_opt_in': 'yes' = agreed to marketing e-mails, 'no'; 'last_update': unix seconds of the last
        profile change.
    wp_posts: all content: products (post_type 'product'), blog articles (post_type 'post') and pages ('page'). ID;
        post_author -> wp_users; post_date (created); post_title: the product's name ('Hario V60 Dripper 02') or the
        article's title; post_name: URL slug; post_status: 'publish' (live on the shop), 'draft' (not yet live),
        'trash' (deleted, kept in the bin); comment_count.
    wp_postmeta: meta_id; post_id -> wp_posts.ID; meta_key; meta_value.  Product keys: '_sku' (stock keeping unit);
        '_regular_price' (list price in dollars, text '48.95'); '_sale_price' (the reduced price while the product
        is on sale, '' = not on sale); '_price' (the price charged now: the sale price when on sale, else the
        regular price); '_stock_status': 'instock', 'outofstock' or 'onbackorder' (can be ordered, ships later);
        '_manage_stock': 'yes' = the quantity is tracked; '_stock': units in the warehouse (only when tracked);
        '_weight': shipping weight in kg.
    wp_terms: term_id; name ('Brewing Gear', 'Organic'); slug.
    wp_term_taxonomy: what kind of term each is.  term_taxonomy_id; term_id -> wp_terms; taxonomy: 'product_cat' (a
        product category), 'product_tag' (a product tag: 'Organic', 'Fair Trade', 'Gift Idea', 'Limited Edition',
        'Staff Pick') or 'product_type' ('simple', 'variable', ...); description; parent ->
        wp_term_taxonomy.term_taxonomy_id: the parent category (NULL = a top-level category: 'Coffee' holds 'Single
        Origin', 'Blends' and 'Decaf'; 'Brewing Gear' holds 'Pour Over', 'Espresso Machines' and 'French Press';
        'Accessories' holds 'Mugs & Cups', 'Filters' and 'Scales'; 'Grinders', 'Tea' and 'Uncategorized' have no
        subcategories); count: published products with the term (kept by WordPress).
    wp_term_relationships: which product has which category, tag and type (a link table).  object_id -> wp_posts.ID;
        term_taxonomy_id -> wp_term_taxonomy; term_order.  A product sits in one (sub)category.
    wp_wc_orders: one row per order.  id (the order number); status: 'wc-pending' (awaiting payment),
        'wc-processing' (paid, not yet shipped), 'wc-on-hold' (awaiting a bank transfer), 'wc-completed' (shipped
        and done), 'wc-cancelled', 'wc-refunded' (money given back) or 'wc-failed' (payment failed); currency
        ('USD'); customer_id -> wp_users (NULL = a guest checkout without an account); billing_email;
        date_created_gmt: when the order was placed; date_paid_gmt (NULL = not paid); payment_method: 'stripe',
        'ppcp-gateway', 'bacs' or 'cod', with payment_method_title 'Credit Card (Stripe)', 'PayPal', 'Direct Bank
        Transfer', 'Cash on Pickup'; shipping_total; tax_amount (sales tax); total_amount: what the customer pays,
        in dollars (items after coupon + shipping + tax); customer_note (sometimes NULL).
    wp_wc_order_product_lookup: one row per product line of an order.  order_item_id; order_id -> wp_wc_orders;
        product_id -> wp_posts; customer_id -> wp_users (NULL for guests); date_created (the order's); product_qty:
        units; product_net_revenue: the line's amount in dollars after the coupon, before tax; coupon_amount: the
        coupon discount on the line.

matbutik -- a Swedish grocery chain, MatNära, named in Swedish (table and column names without å, ä, ö); money in
Swedish kronor (kr, SEK with öre decimals); flags 'J' (ja, yes) or 'N' (nej, no); receipts from 2024-09-01.
    butik: the stores.  butik_id; butiksnamn: store name ('MatNära Södermalm'); ort: city ('Stockholm', 'Göteborg',
        'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Umeå', 'Lund'); format: 'Stor' (a large
        supermarket), 'Nära' (a neighbourhood store) or 'Express' (a small convenience store); yta_kvm: sales floor
        in square metres; oppnad: opening date; stangd: closing date (NULL = still open).
    personal: the staff.  anst_nr: employee number; fornamn: first name; efternamn: last name; butik_id -> butik
        (where the person works); befattning: job title: 'regionchef' (regional manager), 'butikschef' (store
        manager), 'kassapersonal' (cashier), 'butikssäljare' (shop assistant), 'lagerpersonal' (warehouse staff) or
        'delikatessansvarig' (deli counter lead); chef_anst_nr -> personal.anst_nr: the person's manager (NULL for
        regional managers); anstalld_datum: hiring date; manadslon_kr: monthly salary in kronor; heltid: 'J' =
        full-time, 'N' = part-time.
    varugrupp: product groups.  grupp_id; gruppnamn ('Mejeri' dairy, 'Frukt & grönt' fruit and vegetables, 'Bröd &
        kakor' bread and cakes, 'Kött & chark' meat and cold cuts, 'Fisk & skaldjur' fish and seafood, 'Dryck'
        drinks, 'Skafferi' pantry, 'Fryst' frozen, 'Godis & snacks', 'Hushåll & hygien' household, 'Barn' baby,
        'Färdigmat' ready meals); kyld: 'J' = kept chilled.
    leverantor: suppliers.  lev_id; lev_namn ('Arla Foods'); land: ISO country ('SE' Sweden, 'NO', 'DK', 'FI', 'ES',
        'CH'); org_nr: Swedish company number (NULL for foreign suppliers).
    vara: the products.  vara_id; ean: barcode; benamning: product name ('Mellanmjölk 1,5% 1 l', 'Bananer');
        grupp_id -> varugrupp; lev_id -> leverantor; pris_kr: shelf price in kronor, per piece or per kg; enhet:
        'st' (sold by the piece) or 'kg' (weighed, priced per kilo); ekologisk: 'J' = organic; utgatt: 'J' =
        discontinued (no longer sold).
    kund: loyalty-club members.  kund_nr; fornamn; efternamn; ort: home city (sometimes NULL); fodelsear: birth year
        (sometimes NULL); medlem_sedan: member since (date); bonusniva: tier 'Bas' (basic), 'Silver' or 'Guld'
        (gold).
    kvitto: receipts, one per purchase at the till.  kvitto_id; butik_id -> butik; kund_nr -> kund (NULL = the
        shopper did not scan a member card); kassor_anst_nr -> personal: the cashier (NULL = self-checkout);
        tidpunkt: 'YYYY-MM-DD HH:MM:SS' (local time); betalsatt: payment 'KORT' (card), 'SWISH' (mobile payment),
        'KONTANT' (cash) or 'PRESENTKORT' (gift card); summa_kr: the receipt total in kronor.
    kvittorad: receipt lines.  kvitto_id -> kvitto; radnr: line number; vara_id -> vara; antal: quantity (pieces, or
        kilos for weighed goods); rad_summa_kr: what the line cost in kronor after discount; rabatt_kr: the member
        discount on the line (members only; 0 = none).

podwave -- a podcast network (camelCase export; booleans as the text 'true'/'false'; timestamps ISO 8601 UTC text
with 'T' and 'Z', '2025-03-04T18:22:10Z'); money in US dollars.
    hosts: the people on the shows.  hostId; fullName; email; countryCode; isStaff: 'true' = employed by the
        network, 'false' = independent; joinedAt: joined the network.
    shows: the network's shows.  showId; title ('Cold Case Files Reopened'); category ('True Crime', 'Comedy',
        'Business', 'Science', 'Sports', 'History', 'Health', 'Technology', 'TV & Film', 'Food', 'Music'); language:
        'en', 'es' (Spanish) or 'de' (German); isExplicit: 'true' = explicit content; launchedAt; isActive: 'false'
        = ended, no new episodes; releaseDay: weekday new episodes come out (NULL when ended).
    showHosts: who is on which show (link of shows and hosts).  showId -> shows; hostId -> hosts; role: 'host' or
        'co-host' (both host the show on air) or 'producer' (credited behind the scenes, not on air).
    episodes: episodeId; showId -> shows; seasonNumber (only seasonal shows, else NULL); episodeNumber (full
        episodes only); title; episodeType: 'full', 'trailer' (a short teaser before launch) or 'bonus' (extra
        material); publishedAt; durationSec: length in seconds; isPremium: 'true' = only for premium listeners.
    listeners: app accounts.  listenerId; username; countryCode; platform: 'ios', 'android' or 'web'; signedUpAt;
        hasPremium: 'true' = pays for premium.
    follows: which listener follows (subscribes to) which show (a link table).  listenerId -> listeners; showId ->
        shows; followedAt; notificationsOn: 'true' = gets a notification for each new episode.
    plays: one row per listening session of an episode.  playId; episodeId -> episodes; listenerId -> listeners;
        startedAt; secondsListened: seconds played; completed: 'true' = listened to the end; device: 'phone',
        'desktop', 'smart_speaker' or 'car'.
    sponsors: advertisers.  sponsorId; brandName ('NordShield VPN'); industry.
    adReads: each advert read in an episode.  adReadId; episodeId -> episodes; sponsorId -> sponsors; slot:
        'pre-roll' (before the episode), 'mid-roll' or 'post-roll'; feeUsd: what the sponsor paid for it, in US
        dollars; isHostRead: 'true' = read by the host rather than a produced spot.

glossy -- a Dutch magazine publisher (PascalCase names; flags 'Y'/'N'; dates ISO text); money in euros, and every
price is stored INCLUDING VAT beside its VAT rate in percent (9.0 = 9%): the amount excluding VAT is price / (1 +
VatRate / 100), the VAT in it is price - price / (1 + VatRate / 100).  Dutch customers pay 9%, Belgian 6%.
    Magazine: MagazineId; Title ('Huis Modern', 'Smaakvol'); Genre ('Sailing', 'Interior', 'Cycling', 'Food',
        'Technology', 'News', 'Gardening', 'Travel', 'Children', 'Parenting'); Frequency: 'weekly', 'monthly' or
        'quarterly'; LaunchYear; Discontinued: 'Y' = no longer published.
    Issue: each published issue (from 2024; the weekly from 2025).  IssueId; MagazineId -> Magazine; IssueNo
        ('2025-05': the 5th issue of 2025); CoverDate: the date on the cover; PageCount; CoverPriceInclVat:
        newsstand price in euros incl. VAT; VatRate: percent; PrintRun: copies printed.
    Author: writers, photographers and illustrators.  AuthorId; FullName; Email (NULL for some freelancers);
        IsStaff: 'Y' = on the payroll, 'N' = freelancer; Country.
    Article: ArticleId; IssueId -> Issue; Headline; Section (Dutch section names: 'Reportage', 'Recepten' ...);
        WordCount; IsCoverStory: 'Y' = the issue's cover story.
    ArticleAuthor: who contributed to which article (a link table).  ArticleId -> Article; AuthorId -> Author;
        Contribution: 'writer', 'photographer' or 'illustrator'.
    Subscriber: readers with an account.  SubscriberId; FirstName; LastName; Email; City (sometimes NULL); Country:
        'NL' or 'BE'; CreatedOn: account created.
    Subscription: one row per subscription term (a renewal is a new row starting the day after the last ended).
        SubscriptionId; SubscriberId -> Subscriber; MagazineId -> Magazine; Format: 'print', 'digital' (digital
        only) or 'print+digital'; TermMonths; StartDate; EndDate: last day of the term; PriceInclVat: the term's
        price in euros incl. VAT; VatRate: percent; AutoRenew: 'Y' = renews by itself; CancelledOn: the day the
        subscriber cancelled (NULL = not cancelled; a cancelled term stops that day).  A subscription is active on a
        day between StartDate and EndDate when it has not been cancelled.
    Invoice: one invoice per term.  InvoiceId; SubscriptionId -> Subscription; InvoiceDate; DueDate (14 days later);
        AmountInclVat: euros incl. VAT; VatRate: percent; PaidOn: the payment date (NULL = unpaid; unpaid after the
        due date = overdue).

ticketbay -- an event ticketing site in the US west (abbreviated snake_case: _nm = name, _cd = code, evt = event);
money in US cents (integers: 4599 = $45.99); times are milliseconds since 1970-01-01 UTC (integers: 1746057600000 =
2025-05-01 00:00 UTC; in SQLite datetime(x / 1000, 'unixepoch')).
    venue: venue_id; venue_nm ('Emerald Arena'); city; st_cd: US state ('CA', 'AZ', 'WA', 'OR', 'CO'); capacity:
        people; venue_type: 'club', 'comedy_club', 'theatre', 'arena', 'stadium' or 'outdoor'.
    performer: bands, comedians, sports teams and theatre companies.  performer_id; performer_nm; genre ('indie
        rock', 'pop', 'hip hop', 'country', 'electronic', 'jazz', 'metal', 'folk', 'comedy', 'sports', 'theatre');
        home_city (sometimes NULL).
    evt: events.  evt_id; venue_id -> venue; evt_title ('The Glass Menagerie', 'Marcus Bell Live'; a title can recur
        on other dates); evt_cat: 'concert', 'festival', 'comedy', 'theatre' or 'sports'; starts_ms: doors / start
        time; onsale_ms: when tickets went on sale; status_cd: 'O' = on sale, 'S' = sold out, 'P' = postponed (new
        date to come), 'C' = cancelled, 'F' = finished (took place); min_age: minimum age (18, or 21 = 21 and over;
        NULL = all ages).
    evt_performer: the lineup of each event (a link table).  evt_id -> evt; performer_id -> performer; billing_pos:
        1 = the headliner, 2, 3 ... the support acts in billing order.
    price_tier: ticket classes of an event.  tier_id; evt_id -> evt; tier_nm ('General Admission', 'VIP', 'Floor',
        'Balcony', 'Lawn' ...); price_cents: ticket price in cents; qty_total: tickets in the tier.
    customer: accounts.  cust_id; email; full_nm; city (sometimes NULL); created_ms: sign-up; referred_by ->
        customer.cust_id: the customer whose referral link brought this one (NULL = not referred); mkt_optin: 1 =
        accepts marketing e-mail.
    purchase: orders.  order_id; cust_id -> customer; placed_ms; subtotal_cents: the tickets' face value; fee_cents:
        the site's booking fee; total_cents: subtotal + fee, what the customer paid; pay_method: 'card', 'paypal',
        'apple_pay' or 'google_pay'; refunded_ms: when the whole order was refunded (NULL = not refunded; orders for
        cancelled events are refunded).
    ticket: one row per ticket.  ticket_id; order_id -> purchase; tier_id -> price_tier; seat_lbl ('B27'; NULL for
        standing and general admission); face_cents: the ticket's price in cents; scanned_ms: when it was scanned at
        the door (NULL = never scanned).

rehome -- a marketplace for second-hand goods (plain snake_case, 0/1 flags, ISO dates); money in US dollars.
    users: id; name; email; city (sometimes NULL); joined_on; referred_by -> users.id: the member who invited this
        one (NULL = came on their own); is_verified: 1 = identity verified.
    categories: id; name ('Furniture', 'Electronics', 'Bikes', 'Clothing', 'Books & Media', 'Kids & Baby', 'Sports &
        Outdoors', 'Home & Kitchen', 'Musical Instruments', 'Collectibles'); commission_pct: the site's cut of a
        sale price, in percent.
    listings: items put up for sale.  id; seller_id -> users; category_id -> categories; title (free text by the
        seller, 'Trek road bike, like new with box'); item_condition: 'new', 'like new', 'good', 'fair' or 'for
        parts' (broken); asking_price: dollars; listed_on; status: 'active' (still for sale), 'sold', 'withdrawn'
        (taken down by the seller) or 'expired' (ran out after 60 days unsold).
    offers: price offers from buyers.  id; listing_id -> listings; buyer_id -> users; amount: dollars offered;
        made_on; status: 'pending' (the seller has not answered yet), 'accepted', 'declined' or 'expired'.
    sales: one row per sold listing.  id; listing_id -> listings; buyer_id -> users; price: the final price in
        dollars (the accepted offer, or the asking price); sold_on; delivery: 'pickup' (collected in person) or
        'shipping' (sent by post); shipping_fee: dollars paid for postage on top of the price (NULL for pickup).
    reviews: after a sale the buyer can rate the seller and the seller the buyer.  id; sale_id -> sales; reviewer_id
        -> users (who wrote it); reviewee_id -> users (who is rated); stars: 1 to 5; comment (sometimes NULL);
        created_on.
    saved_listings: users' watchlists (a link of users and listings).  user_id -> users; listing_id -> listings;
        saved_on.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, full_names, write_tables

LAST_DAY = dt.date(2025, 6, 14)
END = dt.datetime(2025, 6, 14, 23, 59, 59)
UTC = dt.UTC


def _ts(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _z(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ms(t: dt.datetime | None) -> int | None:
    """Milliseconds since 1970-01-01 UTC."""
    return None if t is None else round(t.replace(tzinfo=UTC).timestamp() * 1000)


def _moment(r: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    span = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=r.randint(0, span))


def _day(r: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def _tf(b: bool) -> str:
    return "true" if b else "false"


def _yn(b: bool) -> str:
    return "Y" if b else "N"


def _jn(b: bool) -> str:
    """Swedish ja/nej flags."""
    return "J" if b else "N"


# ---------------------------------------------------------------------------------------------------------------
# brewshop (WooCommerce)
# ---------------------------------------------------------------------------------------------------------------

BREWSHOP_DDL = """
CREATE TABLE wp_users (
    ID INTEGER PRIMARY KEY,
    user_login TEXT NOT NULL UNIQUE,
    user_email TEXT NOT NULL,
    user_registered TEXT NOT NULL,
    display_name TEXT NOT NULL,
    user_status INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE wp_usermeta (
    umeta_id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES wp_users(ID),
    meta_key TEXT NOT NULL,
    meta_value TEXT
);
CREATE TABLE wp_posts (
    ID INTEGER PRIMARY KEY,
    post_author INTEGER NOT NULL REFERENCES wp_users(ID),
    post_date TEXT NOT NULL,
    post_title TEXT NOT NULL,
    post_name TEXT NOT NULL,
    post_status TEXT NOT NULL,
    post_type TEXT NOT NULL,
    comment_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE wp_postmeta (
    meta_id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES wp_posts(ID),
    meta_key TEXT NOT NULL,
    meta_value TEXT
);
CREATE TABLE wp_terms (
    term_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE
);
CREATE TABLE wp_term_taxonomy (
    term_taxonomy_id INTEGER PRIMARY KEY,
    term_id INTEGER NOT NULL REFERENCES wp_terms(term_id),
    taxonomy TEXT NOT NULL,
    description TEXT,
    parent INTEGER REFERENCES wp_term_taxonomy(term_taxonomy_id),
    count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE wp_term_relationships (
    object_id INTEGER NOT NULL REFERENCES wp_posts(ID),
    term_taxonomy_id INTEGER NOT NULL REFERENCES wp_term_taxonomy(term_taxonomy_id),
    term_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (object_id, term_taxonomy_id)
);
CREATE TABLE wp_wc_orders (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL,
    currency TEXT NOT NULL,
    customer_id INTEGER REFERENCES wp_users(ID),
    billing_email TEXT NOT NULL,
    date_created_gmt TEXT NOT NULL,
    date_paid_gmt TEXT,
    payment_method TEXT NOT NULL,
    payment_method_title TEXT NOT NULL,
    shipping_total REAL NOT NULL,
    tax_amount REAL NOT NULL,
    total_amount REAL NOT NULL,
    customer_note TEXT
);
CREATE TABLE wp_wc_order_product_lookup (
    order_item_id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES wp_wc_orders(id),
    product_id INTEGER NOT NULL REFERENCES wp_posts(ID),
    customer_id INTEGER REFERENCES wp_users(ID),
    date_created TEXT NOT NULL,
    product_qty INTEGER NOT NULL,
    product_net_revenue REAL NOT NULL,
    coupon_amount REAL NOT NULL
);
"""

# (term name, slug, parent slug or None)
_BREW_CATS = [
    ("Uncategorized", "uncategorized", None),
    ("Coffee", "coffee", None),
    ("Single Origin", "single-origin", "coffee"),
    ("Blends", "blends", "coffee"),
    ("Decaf", "decaf", "coffee"),
    ("Brewing Gear", "brewing-gear", None),
    ("Pour Over", "pour-over", "brewing-gear"),
    ("Espresso Machines", "espresso-machines", "brewing-gear"),
    ("French Press", "french-press", "brewing-gear"),
    ("Grinders", "grinders", None),
    ("Accessories", "accessories", None),
    ("Mugs & Cups", "mugs-cups", "accessories"),
    ("Filters", "filters", "accessories"),
    ("Scales", "scales", "accessories"),
    ("Tea", "tea", None),
]
_BREW_TAGS = [("Organic", "organic"), ("Fair Trade", "fair-trade"), ("Gift Idea", "gift-idea"),
              ("Limited Edition", "limited-edition"), ("Staff Pick", "staff-pick")]  # fmt: skip
# (title, category slug, regular price, sale price, status, stock status, stock qty, weight kg, tags, popularity)
_BREW_PRODUCTS = [
    ("Ethiopia Yirgacheffe 250g", "single-origin", 16.50, None, "publish", "instock", None, 0.25, ["organic", "fair-trade"], 9),
    ("Colombia Huila 250g", "single-origin", 14.00, None, "publish", "instock", None, 0.25, ["fair-trade"], 8),
    ("Kenya AA Nyeri 250g", "single-origin", 18.75, None, "publish", "outofstock", None, 0.25, [], 5),
    ("Guatemala Antigua 250g", "single-origin", 15.25, 12.95, "publish", "instock", None, 0.25, [], 6),
    ("Sumatra Mandheling 250g", "single-origin", 15.90, None, "publish", "instock", None, 0.25, ["organic"], 4),
    ("Costa Rica Tarrazu 250g", "single-origin", 16.00, None, "publish", "instock", None, 0.25, [], 4),
    ("Rwanda Kivu 250g", "single-origin", 17.40, None, "publish", "onbackorder", None, 0.25, ["fair-trade", "staff-pick"], 3),
    ("House Espresso Blend 1kg", "blends", 42.00, None, "publish", "instock", None, 1.0, ["staff-pick"], 10),
    ("Morning Ritual Blend 500g", "blends", 21.50, None, "publish", "instock", None, 0.5, ["organic"], 9),
    ("Dark Harbor Blend 500g", "blends", 22.00, 18.50, "publish", "instock", None, 0.5, [], 6),
    ("Holiday Blend 250g", "blends", 13.95, None, "draft", "outofstock", None, 0.25, ["limited-edition", "gift-idea"], 0),
    ("Swiss Water Decaf Colombia 250g", "decaf", 15.50, None, "publish", "instock", None, 0.25, [], 3),
    ("Decaf Espresso 500g", "decaf", 23.00, None, "publish", "instock", None, 0.5, ["organic"], 2),
    ("Hario V60 Dripper 02", "pour-over", 24.00, None, "publish", "instock", 38, 0.3, ["gift-idea"], 6),
    ("Chemex 6-Cup Classic", "pour-over", 48.95, None, "publish", "instock", 12, 0.9, ["gift-idea"], 4),
    ("Kalita Wave 185", "pour-over", 32.00, None, "publish", "outofstock", 0, 0.4, [], 2),
    ("Fellow Stagg EKG Kettle", "pour-over", 165.00, 149.00, "publish", "instock", 7, 1.3, ["staff-pick"], 2),
    ("Gooseneck Kettle Basic", "pour-over", 39.99, None, "publish", "instock", 21, 1.0, [], 3),
    ("Breville Bambino Plus", "espresso-machines", 499.95, None, "publish", "instock", 4, 5.5, [], 1),
    ("Gaggia Classic Pro", "espresso-machines", 449.00, None, "publish", "onbackorder", 0, 8.0, [], 1),
    ("Rancilio Silvia", "espresso-machines", 895.00, None, "publish", "instock", 2, 14.0, [], 1),
    ("Flair 58 Manual Espresso", "espresso-machines", 529.00, None, "draft", "instock", 3, 4.2, [], 0),
    ("Bodum Chambord 8-Cup", "french-press", 39.95, 29.95, "publish", "instock", 25, 0.8, ["gift-idea"], 4),
    ("Espro P7 Press", "french-press", 119.95, None, "publish", "instock", 6, 1.1, [], 1),
    ("Frieling Double-Wall Press", "french-press", 109.00, None, "publish", "outofstock", 0, 1.2, [], 1),
    ("Baratza Encore", "grinders", 149.95, None, "publish", "instock", 9, 3.2, ["staff-pick"], 2),
    ("Baratza Virtuoso+", "grinders", 249.95, None, "publish", "instock", 5, 3.6, [], 1),
    ("Comandante C40", "grinders", 259.00, None, "publish", "instock", 3, 0.7, [], 1),
    ("Timemore Chestnut C2", "grinders", 79.00, 69.00, "publish", "instock", 14, 0.5, ["gift-idea"], 3),
    ("1Zpresso JX", "grinders", 139.00, None, "publish", "instock", 8, 0.7, [], 1),
    ("Stoneware Mug Slate", "mugs-cups", 18.00, None, "publish", "instock", 60, 0.4, ["gift-idea"], 4),
    ("Double Wall Glass 8oz", "mugs-cups", 22.50, None, "publish", "instock", 40, 0.3, [], 3),
    ("Travel Tumbler 12oz", "mugs-cups", 29.95, None, "publish", "instock", 33, 0.35, [], 3),
    ("Cortado Glass Set of 4", "mugs-cups", 26.00, None, "publish", "instock", 18, 0.6, [], 2),
    ("Old Logo Mug", "mugs-cups", 12.00, None, "trash", "outofstock", 0, 0.4, [], 0),
    ("V60 Paper Filters 100ct", "filters", 7.50, None, "publish", "instock", 150, 0.1, [], 7),
    ("Chemex Bonded Filters 100ct", "filters", 11.95, None, "publish", "instock", 80, 0.2, [], 4),
    ("Kalita 185 Filters 100ct", "filters", 9.25, None, "publish", "instock", 45, 0.1, [], 2),
    ("Acaia Pearl Scale", "scales", 159.95, None, "publish", "instock", 4, 0.5, [], 1),
    ("Hario Drip Scale", "scales", 54.00, None, "publish", "instock", 15, 0.6, [], 2),
    ("Timemore Black Mirror Scale", "scales", 69.00, None, "publish", "outofstock", 0, 0.5, [], 0),
    ("Sencha Green Tea 100g", "tea", 12.00, None, "draft", "instock", None, 0.1, ["organic"], 0),
]  # fmt: skip
_BREW_CITIES = [("Portland", "US", 14), ("Seattle", "US", 10), ("San Francisco", "US", 8), ("Denver", "US", 7),
                ("Austin", "US", 7), ("Chicago", "US", 8), ("New York", "US", 9), ("Boston", "US", 5),
                ("Vancouver", "CA", 5), ("Toronto", "CA", 6), ("Minneapolis", "US", 4)]  # fmt: skip
_BREW_PAY = [("stripe", "Credit Card (Stripe)", 58), ("ppcp-gateway", "PayPal", 30), ("bacs", "Direct Bank Transfer", 7),
             ("cod", "Cash on Pickup", 5)]  # fmt: skip


def build_brewshop(path: Path) -> None:
    r = random.Random(13201)
    users = [(1, "admin", "webmaster@brewshop.example", "2021-11-02 09:14:05", "Shop Admin", 0),
             (2, "dana.w", "dana@brewshop.example", "2021-11-20 13:40:51", "Dana Whitfield", 0)]  # fmt: skip
    meta: list[tuple[int, str, str | None]] = [
        (1, "wp_capabilities", 'a:1:{s:13:"administrator";b:1;}'),
        (2, "wp_capabilities", 'a:1:{s:12:"shop_manager";b:1;}'),
        (2, "billing_city", "Portland"),
        (2, "billing_country", "US"),
    ]
    names = full_names(r, 118, exclude=["Dana Whitfield"])
    reg = sorted(_moment(r, dt.datetime(2022, 3, 1), dt.datetime(2025, 6, 10)) for _ in names)
    roles: dict[int, str] = {}
    city_of: dict[int, str | None] = {}
    for i, nm in enumerate(names):
        uid = 3 + i
        first, last = nm.split()
        login = f"{first.lower()}{last[0].lower()}{r.randint(1, 99)}"
        role = "subscriber" if i % 23 == 5 else "customer"
        roles[uid] = role
        users.append((uid, login, f"{first.lower()}.{last.lower()}@mail.example", _ts(reg[i]), nm, 0))
        meta.append((uid, "wp_capabilities", f'a:1:{{s:{len(role)}:"{role}";b:1;}}'))
        if role == "customer" and r.random() < 0.9:
            c = r.choices(_BREW_CITIES, weights=[x[2] for x in _BREW_CITIES])[0]
            city_of[uid] = c[0]
            meta.append((uid, "billing_city", c[0]))
            meta.append((uid, "billing_country", c[1]))
        else:
            city_of[uid] = None
        meta.append((uid, "marketing_opt_in", "yes" if r.random() < 0.42 else "no"))
        if r.random() < 0.3:
            meta.append(
                (uid, "last_update", str(int(reg[i].replace(tzinfo=UTC).timestamp()) + r.randint(1000, 900000)))
            )
    usermeta = [(k + 1, *m) for k, m in enumerate(meta)]

    # terms: categories, tags, product types
    terms, tax = [], []
    tt_of: dict[str, int] = {}
    tid = 0
    for name, slug, parent in _BREW_CATS:
        tid += 1
        terms.append((tid, name, slug))
        tt_of[slug] = tid
        tax.append([tid, tid, "product_cat", "", tt_of[parent] if parent else None, 0])
    for name, slug in _BREW_TAGS:
        tid += 1
        terms.append((tid, name, slug))
        tt_of[slug] = tid
        tax.append([tid, tid, "product_tag", "", None, 0])
    for slug in ("simple", "variable", "grouped", "external"):
        tid += 1
        terms.append((tid, slug, slug))
        tt_of[slug] = tid
        tax.append([tid, tid, "product_type", "", None, 0])
    tax[tt_of["coffee"] - 1][3] = "Freshly roasted beans, shipped within 48 hours of roasting."
    tax[tt_of["tea"] - 1][3] = "Loose-leaf teas (coming soon)."

    posts = []
    pmeta: list[tuple[int, str, str | None]] = []
    rel = []
    pid = 10
    prod_ids: list[int] = []
    pinfo: dict[int, tuple] = {}
    # a few pages and blog posts first
    for title, slug, typ, d in [("Shop", "shop", "page", "2021-11-03"), ("Cart", "cart", "page", "2021-11-03"),
                                ("Checkout", "checkout", "page", "2021-11-03"),
                                ("About Us", "about-us", "page", "2021-11-05")]:  # fmt: skip
        pid += 1
        posts.append((pid, 1, f"{d} 10:00:00", title, slug, "publish", typ, 0))
    blog = ["How to Dial In Your Espresso", "Pour Over vs French Press", "Meet Our Ethiopian Farmers",
            "Storing Coffee Beans the Right Way", "Holiday Gift Guide 2023", "Why Grind Size Matters",
            "Cold Brew at Home", "Our New Roaster Has Arrived", "Holiday Gift Guide 2024", "Decaf Without Compromise",
            "Water Chemistry for Better Coffee", "Summer Iced Coffee Recipes"]  # fmt: skip
    for k, t in enumerate(blog):
        pid += 1
        d = dt.datetime(2022, 2, 1) + dt.timedelta(days=80 * k + r.randint(0, 30))
        st = "draft" if k == len(blog) - 1 else "publish"
        posts.append((pid, 2 if k % 3 else 1, _ts(d), t, t.lower().replace(" ", "-"), st, "post", r.randint(0, 14)))
    for p in _BREW_PRODUCTS:
        title, cat, reg_price, sale, status, stock_status, qty, weight, tags, pop = p
        pid += 1
        d = dt.datetime(2021, 11, 10) + dt.timedelta(
            days=r.randint(0, 420), hours=r.randint(8, 18), minutes=r.randint(0, 59), seconds=r.randint(0, 59)
        )
        if title == "Holiday Blend 250g":
            d = dt.datetime(2024, 10, 28, 11, 2, 40)
        if title == "Flair 58 Manual Espresso":
            d = dt.datetime(2025, 5, 30, 15, 21, 7)
        if title == "Sencha Green Tea 100g":
            d = dt.datetime(2025, 6, 2, 9, 45, 12)
        slug = title.lower().replace(" ", "-").replace("&", "and").replace("+", "-plus")
        posts.append((pid, 2, _ts(d), title, slug, status, "product", 0))
        prod_ids.append(pid)
        pinfo[pid] = p
        sku = "BS-" + "".join(w[0] for w in title.split()[:3]).upper() + f"-{pid:03d}"
        pmeta.append((pid, "_sku", sku))
        pmeta.append((pid, "_regular_price", f"{reg_price:.2f}"))
        pmeta.append((pid, "_sale_price", f"{sale:.2f}" if sale else ""))
        pmeta.append((pid, "_price", f"{(sale or reg_price):.2f}"))
        pmeta.append((pid, "_stock_status", stock_status))
        pmeta.append((pid, "_manage_stock", "yes" if qty is not None else "no"))
        if qty is not None:
            pmeta.append((pid, "_stock", str(qty)))
        pmeta.append((pid, "_weight", f"{weight:g}"))
        rel.append((pid, tt_of[cat], 0))
        for t in tags:
            rel.append((pid, tt_of[t], 0))
        rel.append((pid, tt_of["simple"], 0))
    postmeta = [(k + 1, *m) for k, m in enumerate(pmeta)]

    # orders
    customers = [u for u in roles if roles[u] == "customer"]
    weights = [r.choice([1, 1, 1, 2, 3, 6]) for _ in customers]
    # some customers never order
    for k in r.sample(range(len(customers)), 16):
        weights[k] = 0
    reg_of = {u[0]: dt.datetime.strptime(u[3], "%Y-%m-%d %H:%M:%S") for u in users}
    email_of = {u[0]: u[2] for u in users}
    sellable = [p for p in prod_ids if pinfo[p][4] == "publish"]
    pop = [pinfo[p][9] for p in sellable]
    orders, lines = [], []
    oid = 4100
    item_id = 0
    times = sorted(_moment(r, dt.datetime(2023, 1, 3), END - dt.timedelta(hours=3)) for _ in range(255))
    times = sorted(times + [_moment(r, dt.datetime(2025, 6, 2), END - dt.timedelta(hours=3)) for _ in range(12)])
    for t in times:
        oid += r.randint(1, 3)
        if r.random() < 0.3:
            cust = None
            email = f"{r.choice(FIRST_NAMES).lower()}{r.randint(10, 99)}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com'])}"
        else:
            cand = [(c, w) for c, w in zip(customers, weights, strict=True) if w and reg_of[c] < t]
            if not cand:
                continue
            cust = r.choices([c for c, _ in cand], weights=[w for _, w in cand])[0]
            email = email_of[cust]
        pm = r.choices(_BREW_PAY, weights=[x[2] for x in _BREW_PAY])[0]
        age = (END - t).days
        if age <= 4:
            status = r.choice(
                ["wc-processing", "wc-processing", "wc-processing", "wc-pending", "wc-completed", "wc-processing"]
            )
        else:
            status = r.choices(["wc-completed", "wc-cancelled", "wc-refunded", "wc-failed"], weights=[86, 6, 5, 3])[0]
        if pm[0] == "bacs" and age <= 12 and status != "wc-completed":
            status = "wc-on-hold"
        k = r.choices([1, 2, 3, 4], weights=[45, 33, 15, 7])[0]
        chosen = []
        for _ in range(k):
            p = r.choices(sellable, weights=pop)[0]
            if p not in chosen:
                chosen.append(p)
        coupon = r.random() < 0.14
        items = 0.0
        for p in chosen:
            title, cat, reg_price, sale = pinfo[p][:4]
            qty = r.choice([1, 1, 1, 2, 2, 3]) if pinfo[p][1] in ("single-origin", "blends", "decaf", "filters") else 1
            unit = sale if sale else reg_price
            gross = round(unit * qty, 2)
            disc = round(gross * 0.10, 2) if coupon else 0.0
            net = round(gross - disc, 2)
            items += net
            item_id += 1
            lines.append((item_id, oid, p, cust, _ts(t), qty, net, disc))
        items = round(items, 2)
        ship = 0.0 if items >= 75 else 6.95
        taxv = round(items * 0.07, 2)
        total = round(items + ship + taxv, 2)
        paid = None
        if status in ("wc-completed", "wc-refunded") or (status == "wc-processing" and pm[0] != "cod"):
            paid = (
                t + dt.timedelta(minutes=r.randint(0, 3)) if pm[0] != "bacs" else t + dt.timedelta(days=r.randint(1, 3))
            )
            if paid > END:
                paid = END - dt.timedelta(minutes=r.randint(5, 60))
        note = r.choice([None] * 8 + ["Please grind for V60", "Gift - no invoice in box", "Leave at the back door"])
        orders.append((oid, status, "USD", cust, email, _ts(t), _ts(paid), pm[0], pm[1], ship, taxv, total, note))
    # category counts like WordPress keeps them (published products only)
    for tt in tax:
        tt[5] = sum(1 for (o, t, _) in rel if t == tt[0] and o in pinfo and pinfo[o][4] == "publish")
    write_tables(path, BREWSHOP_DDL, [
        ("wp_users", users), ("wp_usermeta", usermeta), ("wp_posts", posts), ("wp_postmeta", postmeta),
        ("wp_terms", terms), ("wp_term_taxonomy", [tuple(t) for t in tax]), ("wp_term_relationships", rel),
        ("wp_wc_orders", orders), ("wp_wc_order_product_lookup", lines),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# matbutik (Swedish grocery chain)
# ---------------------------------------------------------------------------------------------------------------

MATBUTIK_DDL = """
CREATE TABLE butik (
    butik_id INTEGER PRIMARY KEY,
    butiksnamn TEXT NOT NULL UNIQUE,
    ort TEXT NOT NULL,
    format TEXT NOT NULL,
    yta_kvm INTEGER NOT NULL,
    oppnad TEXT NOT NULL,
    stangd TEXT
);
CREATE TABLE personal (
    anst_nr INTEGER PRIMARY KEY,
    fornamn TEXT NOT NULL,
    efternamn TEXT NOT NULL,
    butik_id INTEGER NOT NULL REFERENCES butik(butik_id),
    befattning TEXT NOT NULL,
    chef_anst_nr INTEGER REFERENCES personal(anst_nr),
    anstalld_datum TEXT NOT NULL,
    manadslon_kr INTEGER NOT NULL,
    heltid TEXT NOT NULL
);
CREATE TABLE varugrupp (
    grupp_id INTEGER PRIMARY KEY,
    gruppnamn TEXT NOT NULL UNIQUE,
    kyld TEXT NOT NULL
);
CREATE TABLE leverantor (
    lev_id INTEGER PRIMARY KEY,
    lev_namn TEXT NOT NULL,
    land TEXT NOT NULL,
    org_nr TEXT
);
CREATE TABLE vara (
    vara_id INTEGER PRIMARY KEY,
    ean TEXT NOT NULL UNIQUE,
    benamning TEXT NOT NULL,
    grupp_id INTEGER NOT NULL REFERENCES varugrupp(grupp_id),
    lev_id INTEGER NOT NULL REFERENCES leverantor(lev_id),
    pris_kr REAL NOT NULL,
    enhet TEXT NOT NULL,
    ekologisk TEXT NOT NULL,
    utgatt TEXT NOT NULL
);
CREATE TABLE kund (
    kund_nr INTEGER PRIMARY KEY,
    fornamn TEXT NOT NULL,
    efternamn TEXT NOT NULL,
    ort TEXT,
    fodelsear INTEGER,
    medlem_sedan TEXT NOT NULL,
    bonusniva TEXT NOT NULL
);
CREATE TABLE kvitto (
    kvitto_id INTEGER PRIMARY KEY,
    butik_id INTEGER NOT NULL REFERENCES butik(butik_id),
    kund_nr INTEGER REFERENCES kund(kund_nr),
    kassor_anst_nr INTEGER REFERENCES personal(anst_nr),
    tidpunkt TEXT NOT NULL,
    betalsatt TEXT NOT NULL,
    summa_kr REAL NOT NULL
);
CREATE TABLE kvittorad (
    kvitto_id INTEGER NOT NULL REFERENCES kvitto(kvitto_id),
    radnr INTEGER NOT NULL,
    vara_id INTEGER NOT NULL REFERENCES vara(vara_id),
    antal REAL NOT NULL,
    rad_summa_kr REAL NOT NULL,
    rabatt_kr REAL NOT NULL,
    PRIMARY KEY (kvitto_id, radnr)
);
"""

_SV_FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma", "Per", "Lena", "Mikael",
             "Elin", "Fredrik", "Ida", "Oskar", "Maja", "Gustav", "Linnea", "Nils", "Ebba", "Henrik", "Astrid",
             "Björn", "Klara", "Magnus", "Sofia", "Viktor", "Elsa", "Jonas"]  # fmt: skip
_SV_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Ek",
            "Sandberg", "Forsberg", "Lund", "Wallin", "Engström", "Björk", "Nyström"]  # fmt: skip
# (ort, number of stores, store-name districts)
_SV_STORES = [
    ("Stockholm", ["Södermalm", "Vasastan", "Kungsholmen", "Östermalm", "Hammarby Sjöstad", "Bromma", "Farsta",
                   "Hägersten"]),
    ("Göteborg", ["Majorna", "Linné", "Haga", "Hisingen", "Frölunda"]),
    ("Malmö", ["Möllevången", "Limhamn", "Västra Hamnen", "Värnhem"]),
    ("Uppsala", ["Luthagen", "Svartbäcken", "Gottsunda"]),
    ("Västerås", ["Centrum", "Bäckby"]),
    ("Örebro", ["Centrum", "Adolfsberg"]),
    ("Linköping", ["Ryd", "Berga"]),
    ("Umeå", ["Centrum", "Ersboda"]),
    ("Lund", ["Klostergården", "Norra Fäladen"]),
]  # fmt: skip
_SV_GROUPS = [("Mejeri", "J"), ("Frukt & grönt", "N"), ("Bröd & kakor", "N"), ("Kött & chark", "J"),
              ("Fisk & skaldjur", "J"), ("Dryck", "N"), ("Skafferi", "N"), ("Fryst", "J"), ("Godis & snacks", "N"),
              ("Hushåll & hygien", "N"), ("Barn", "N"), ("Färdigmat", "J")]  # fmt: skip
_SV_SUPPLIERS = [("Arla Foods", "SE"), ("Skånemejerier", "SE"), ("Norrmejerier", "SE"), ("Pågen", "SE"),
                 ("Lantmännen", "SE"), ("Scan", "SE"), ("HKScan", "FI"), ("Findus", "SE"), ("Zeta", "SE"),
                 ("Orkla Foods", "NO"), ("Kavli", "NO"), ("Marabou", "SE"), ("Fazer", "FI"), ("Coca-Cola HBC", "SE"),
                 ("Spendrups", "SE"), ("Ica-frukt Import", "ES"), ("Greenfood", "SE"), ("Royal Greenland", "DK"),
                 ("Lambi Hygien", "SE"), ("Semper", "SE"), ("Nestlé Sverige", "CH"), ("Dafgårds", "SE")]  # fmt: skip
# (benämning, group, supplier, price kr, unit, ekologisk, popularity)
_SV_ITEMS = [
    ("Mellanmjölk 1,5% 1 l", "Mejeri", "Arla Foods", 16.90, "st", "N", 14), ("Ekologisk standardmjölk 3% 1 l", "Mejeri", "Arla Foods", 19.50, "st", "J", 8),
    ("Filmjölk 3% 1 l", "Mejeri", "Skånemejerier", 17.90, "st", "N", 6), ("Smör normalsaltat 500 g", "Mejeri", "Arla Foods", 59.90, "st", "N", 6),
    ("Grädde 36% 3 dl", "Mejeri", "Norrmejerier", 24.90, "st", "N", 5), ("Västerbottensost 450 g", "Mejeri", "Norrmejerier", 109.00, "st", "N", 3),
    ("Hushållsost 1 kg", "Mejeri", "Arla Foods", 89.90, "st", "N", 5), ("Yoghurt naturell 1 kg", "Mejeri", "Skånemejerier", 28.50, "st", "J", 5),
    ("Havredryck iKaffe 1 l", "Mejeri", "Lantmännen", 27.90, "st", "N", 6),
    ("Bananer", "Frukt & grönt", "Ica-frukt Import", 24.95, "kg", "N", 12), ("Äpplen Royal Gala", "Frukt & grönt", "Ica-frukt Import", 29.95, "kg", "N", 8),
    ("Ekologiska morötter", "Frukt & grönt", "Greenfood", 19.95, "kg", "J", 7), ("Gurka", "Frukt & grönt", "Greenfood", 14.90, "st", "N", 8),
    ("Tomater kvist", "Frukt & grönt", "Ica-frukt Import", 44.90, "kg", "N", 6), ("Potatis fast 2 kg", "Frukt & grönt", "Greenfood", 29.90, "st", "N", 7),
    ("Avokado 2-pack", "Frukt & grönt", "Ica-frukt Import", 32.00, "st", "N", 5), ("Ekologiska citroner", "Frukt & grönt", "Ica-frukt Import", 49.95, "kg", "J", 3),
    ("Isbergssallad", "Frukt & grönt", "Greenfood", 19.90, "st", "N", 4), ("Gul lök 1 kg", "Frukt & grönt", "Greenfood", 17.90, "st", "N", 5),
    ("Jordgubbar 500 g", "Frukt & grönt", "Greenfood", 45.00, "st", "N", 3),
    ("Skogaholmslimpa 775 g", "Bröd & kakor", "Pågen", 34.90, "st", "N", 7), ("Gifflar kanel 260 g", "Bröd & kakor", "Pågen", 29.90, "st", "N", 6),
    ("Hönökaka 4-pack", "Bröd & kakor", "Pågen", 24.90, "st", "N", 4), ("Knäckebröd Husman 520 g", "Bröd & kakor", "Lantmännen", 26.50, "st", "N", 4),
    ("Kanelbullar 6-pack", "Bröd & kakor", "Pågen", 39.00, "st", "N", 4), ("Surdegsbröd ekologiskt", "Bröd & kakor", "Lantmännen", 49.00, "st", "J", 3),
    ("Nötfärs 12% 500 g", "Kött & chark", "Scan", 69.90, "st", "N", 8), ("Falukorv 800 g", "Kött & chark", "Scan", 39.90, "st", "N", 6),
    ("Kycklingfilé 925 g", "Kött & chark", "HKScan", 109.00, "st", "N", 6), ("Bacon 140 g", "Kött & chark", "Scan", 22.90, "st", "N", 5),
    ("Fläskfilé", "Kött & chark", "Scan", 139.00, "kg", "N", 3), ("Prinskorv 300 g", "Kött & chark", "HKScan", 34.90, "st", "N", 4),
    ("Ekologisk kycklingklubba", "Kött & chark", "HKScan", 89.00, "kg", "J", 2),
    ("Laxfilé 250 g", "Fisk & skaldjur", "Royal Greenland", 59.90, "st", "N", 5), ("Räkor i lake 185 g", "Fisk & skaldjur", "Royal Greenland", 44.90, "st", "N", 3),
    ("Kalles Kaviar 300 g", "Fisk & skaldjur", "Orkla Foods", 42.90, "st", "N", 4), ("Sill inlagd 420 g", "Fisk & skaldjur", "Orkla Foods", 31.90, "st", "N", 2),
    ("Coca-Cola 1,5 l", "Dryck", "Coca-Cola HBC", 24.90, "st", "N", 7), ("Ramlösa citrus 1,5 l", "Dryck", "Spendrups", 16.90, "st", "N", 5),
    ("Apelsinjuice 1 l", "Dryck", "Orkla Foods", 26.90, "st", "N", 5), ("Bryggkaffe mellanrost 450 g", "Dryck", "Zeta", 64.90, "st", "N", 7),
    ("Lättöl 33 cl", "Dryck", "Spendrups", 9.90, "st", "N", 4), ("Ekologiskt te 20 påsar", "Dryck", "Zeta", 32.50, "st", "J", 2),
    ("Pasta penne 1 kg", "Skafferi", "Zeta", 22.90, "st", "N", 6), ("Jasminris 1 kg", "Skafferi", "Lantmännen", 34.90, "st", "N", 5),
    ("Krossade tomater 400 g", "Skafferi", "Zeta", 12.90, "st", "N", 6), ("Olivolja extra virgin 500 ml", "Skafferi", "Zeta", 79.90, "st", "N", 3),
    ("Havregryn 1,5 kg", "Skafferi", "Lantmännen", 29.90, "st", "J", 4), ("Ketchup 1 kg", "Skafferi", "Orkla Foods", 32.90, "st", "N", 4),
    ("Kaviar mild", "Skafferi", "Kavli", 36.90, "st", "N", 2), ("Vetemjöl 2 kg", "Skafferi", "Lantmännen", 21.90, "st", "N", 3),
    ("Fiskpinnar 450 g", "Fryst", "Findus", 49.90, "st", "N", 4), ("Ärtor frysta 750 g", "Fryst", "Findus", 27.90, "st", "N", 3),
    ("Pizza Vesuvio fryst", "Fryst", "Dafgårds", 39.90, "st", "N", 4), ("Glass vanilj 2 l", "Fryst", "Nestlé Sverige", 54.90, "st", "N", 3),
    ("Mjölkchoklad 200 g", "Godis & snacks", "Marabou", 34.90, "st", "N", 6), ("Chips saltade 275 g", "Godis & snacks", "Orkla Foods", 32.90, "st", "N", 5),
    ("Lösgodis", "Godis & snacks", "Fazer", 109.00, "kg", "N", 5), ("Geisha 225 g", "Godis & snacks", "Fazer", 33.90, "st", "N", 3),
    ("Toalettpapper 8-pack", "Hushåll & hygien", "Lambi Hygien", 59.90, "st", "N", 4), ("Diskmedel 500 ml", "Hushåll & hygien", "Lambi Hygien", 22.90, "st", "N", 3),
    ("Tvättmedel 1,4 kg", "Hushåll & hygien", "Lambi Hygien", 89.90, "st", "N", 2),
    ("Barnmat Pasta bolognese", "Barn", "Semper", 21.90, "st", "J", 2), ("Välling 1 l", "Barn", "Semper", 34.90, "st", "N", 2),
    ("Blöjor storlek 4", "Barn", "Lambi Hygien", 129.00, "st", "N", 1),
    ("Köttbullar 500 g", "Färdigmat", "Dafgårds", 54.90, "st", "N", 5), ("Laxlasagne", "Färdigmat", "Dafgårds", 44.90, "st", "N", 3),
    ("Pytt i panna 750 g", "Färdigmat", "Findus", 39.90, "st", "N", 4), ("Ekologisk linsgryta", "Färdigmat", "Dafgårds", 42.00, "st", "J", 1),
    ("Julmust 1,4 l", "Dryck", "Spendrups", 22.90, "st", "N", 0), ("Pepparkakor 300 g", "Bröd & kakor", "Pågen", 29.90, "st", "N", 0),
]  # fmt: skip


def build_matbutik(path: Path) -> None:
    r = random.Random(13202)
    butiker = []
    bid = 100
    for ort, districts in _SV_STORES:
        for dname in districts:
            bid += 1
            fmt = r.choices(["Nära", "Stor", "Express"], weights=[5, 3, 2])[0]
            size = {"Nära": r.randint(350, 900), "Stor": r.randint(1500, 4200), "Express": r.randint(120, 300)}[fmt]
            opened = _day(r, dt.date(1998, 1, 1), dt.date(2023, 12, 31))
            butiker.append([bid, f"MatNära {dname}" if ort != "Örebro" and ort != "Västerås" and ort != "Umeå"
                            else f"MatNära {dname} {ort}", ort, fmt, size, opened.isoformat(), None])  # fmt: skip
    # two stores closed
    for b in butiker:
        if b[1] == "MatNära Farsta":
            b[6] = "2024-09-30"
        if b[1] == "MatNära Bäckby Västerås":
            b[6] = "2025-02-28"
    butiker[-1][5] = "2025-05-12"  # the newest store
    store_ids = [b[0] for b in butiker]

    # staff: each store has a manager (butikschef) and 3-5 staff reporting to the manager; regional managers on top
    staff = []
    anst = 1000
    used_names: set[str] = set()

    def name() -> tuple[str, str]:
        while True:
            f, e = r.choice(_SV_FIRST), r.choice(_SV_LAST)
            if f + e not in used_names:
                used_names.add(f + e)
                return f, e

    regions = {"Stockholm": None, "Göteborg": None, "Malmö": None, "Övriga": None}
    for reg_name in regions:
        anst += 1
        f, e = name()
        home = next(b[0] for b in butiker if (b[2] == reg_name or (reg_name == "Övriga" and b[2] == "Uppsala")))
        staff.append([anst, f, e, home, "regionchef", None, _day(r, dt.date(2005, 1, 1), dt.date(2015, 12, 31)).isoformat(),
                      r.randrange(58000, 66000, 100), "J"])  # fmt: skip
        regions[reg_name] = anst
    for b in butiker:
        reg_boss = regions.get(b[2], regions["Övriga"])
        anst += 1
        f, e = name()
        hired = _day(r, dt.date(2008, 1, 1), dt.date(2022, 12, 31))
        staff.append([anst, f, e, b[0], "butikschef", reg_boss, max(hired, dt.date.fromisoformat(b[5])).isoformat(),
                      r.randrange(41000, 52000, 100), "J"])  # fmt: skip
        boss = anst
        for _ in range(r.randint(2, 4) if b[3] != "Express" else 1):
            anst += 1
            f, e = name()
            role = r.choices(["kassapersonal", "butikssäljare", "lagerpersonal", "delikatessansvarig"],
                             weights=[5, 4, 2, 1])[0]  # fmt: skip
            hired = _day(r, max(dt.date(2015, 1, 1), dt.date.fromisoformat(b[5])), dt.date(2025, 5, 31))
            full = r.random() < 0.55
            staff.append([anst, f, e, b[0], role, boss, hired.isoformat(),
                          r.randrange(26500, 33500, 100) if full else r.randrange(13000, 21000, 100), _jn(full)])  # fmt: skip
    cashiers: dict[int, list[int]] = {}
    for s in staff:
        if s[4] in ("kassapersonal", "butikssäljare"):
            cashiers.setdefault(s[3], []).append(s[0])
    groups = [(k + 1, g, c) for k, (g, c) in enumerate(_SV_GROUPS)]
    gid = {g: k for k, g, _ in groups}
    sups = [(k + 1, n, land, None if land != "SE" else f"55{r.randint(6000, 6999)}-{r.randint(1000, 9999)}")
            for k, (n, land) in enumerate(_SV_SUPPLIERS)]  # fmt: skip
    sid = {s[1]: s[0] for s in sups}
    varor = []
    vinfo = {}
    for k, (ben, g, s, price, unit, eko, pop) in enumerate(_SV_ITEMS):
        vid = 5001 + k
        ean = f"73{r.randint(10**10, 10**11 - 1)}"
        utg = "J" if pop == 0 else "N"
        varor.append((vid, ean, ben, gid[g], sid[s], price, unit, eko, utg))
        vinfo[vid] = (ben, price, unit, pop)
    # customers (loyalty members)
    orter = [b[2] for b in butiker]
    kunder = []
    for k in range(180):
        f, e = name()
        since = _day(r, dt.date(2016, 1, 1), dt.date(2025, 6, 10))
        niva = r.choices(["Bas", "Silver", "Guld"], weights=[60, 28, 12])[0]
        kunder.append((20001 + k, f, e, r.choice(orter) if r.random() < 0.93 else None,
                       r.randint(1941, 2006) if r.random() < 0.9 else None, since.isoformat(), niva))  # fmt: skip
    kvitton, rader = [], []
    kid = 880000
    sellable = [v for v in vinfo if vinfo[v][3] > 0]
    popw = [vinfo[v][3] for v in sellable]
    times = sorted(_moment(r, dt.datetime(2024, 9, 1, 7), END - dt.timedelta(hours=2)) for _ in range(300))
    store_of_ort: dict[str, list[int]] = {}
    for b in butiker:
        store_of_ort.setdefault(b[2], []).append(b[0])
    bstate = {b[0]: b for b in butiker}
    members = [k for k in kunder]
    for t in times:
        t = t.replace(hour=r.randint(7, 21))
        kid += r.randint(1, 40)
        cust = None
        if r.random() < 0.6:
            c = r.choice(members)
            if dt.date.fromisoformat(c[5]) <= t.date():
                cust = c[0]
        # pick an open store at t
        while True:
            b = bstate[r.choice(store_ids)]
            if dt.date.fromisoformat(b[5]) <= t.date() and (b[6] is None or t.date() <= dt.date.fromisoformat(b[6])):
                break
        cashier = r.choice(cashiers[b[0]]) if b[0] in cashiers and r.random() < 0.75 else None
        pay = r.choices(["KORT", "SWISH", "KONTANT", "PRESENTKORT"], weights=[70, 14, 11, 3])[0]
        n = r.choices([1, 2, 3], weights=[30, 45, 25])[0]
        chosen = []
        for _ in range(n):
            v = r.choices(sellable, weights=popw)[0]
            if v not in chosen:
                chosen.append(v)
        total = 0.0
        for rn, v in enumerate(chosen, 1):
            ben, price, unit, _ = vinfo[v]
            qty = round(r.uniform(0.3, 2.2), 3) if unit == "kg" else float(r.choice([1, 1, 1, 2, 2, 3, 4]))
            gross = round(price * qty, 2)
            disc = round(gross * 0.2, 2) if (cust and r.random() < 0.12) else 0.0
            net = round(gross - disc, 2)
            total += net
            rader.append((kid, rn, v, qty, net, disc))
        kvitton.append((kid, b[0], cust, cashier, _ts(t), pay, round(total, 2)))
    write_tables(path, MATBUTIK_DDL, [
        ("butik", [tuple(b) for b in butiker]), ("personal", [tuple(s) for s in staff]), ("varugrupp", groups),
        ("leverantor", sups), ("vara", varor), ("kund", kunder), ("kvitto", kvitton), ("kvittorad", rader),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# podwave (podcast network, camelCase export)
# ---------------------------------------------------------------------------------------------------------------

PODWAVE_DDL = """
CREATE TABLE hosts (
    hostId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    email TEXT NOT NULL,
    countryCode TEXT NOT NULL,
    isStaff TEXT NOT NULL,
    joinedAt TEXT NOT NULL
);
CREATE TABLE shows (
    showId INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    language TEXT NOT NULL,
    isExplicit TEXT NOT NULL,
    launchedAt TEXT NOT NULL,
    isActive TEXT NOT NULL,
    releaseDay TEXT
);
CREATE TABLE showHosts (
    showId INTEGER NOT NULL REFERENCES shows(showId),
    hostId INTEGER NOT NULL REFERENCES hosts(hostId),
    role TEXT NOT NULL,
    PRIMARY KEY (showId, hostId)
);
CREATE TABLE episodes (
    episodeId INTEGER PRIMARY KEY,
    showId INTEGER NOT NULL REFERENCES shows(showId),
    seasonNumber INTEGER,
    episodeNumber INTEGER,
    title TEXT NOT NULL,
    episodeType TEXT NOT NULL,
    publishedAt TEXT NOT NULL,
    durationSec INTEGER NOT NULL,
    isPremium TEXT NOT NULL
);
CREATE TABLE listeners (
    listenerId INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    countryCode TEXT NOT NULL,
    platform TEXT NOT NULL,
    signedUpAt TEXT NOT NULL,
    hasPremium TEXT NOT NULL
);
CREATE TABLE follows (
    listenerId INTEGER NOT NULL REFERENCES listeners(listenerId),
    showId INTEGER NOT NULL REFERENCES shows(showId),
    followedAt TEXT NOT NULL,
    notificationsOn TEXT NOT NULL,
    PRIMARY KEY (listenerId, showId)
);
CREATE TABLE plays (
    playId INTEGER PRIMARY KEY,
    episodeId INTEGER NOT NULL REFERENCES episodes(episodeId),
    listenerId INTEGER NOT NULL REFERENCES listeners(listenerId),
    startedAt TEXT NOT NULL,
    secondsListened INTEGER NOT NULL,
    completed TEXT NOT NULL,
    device TEXT NOT NULL
);
CREATE TABLE sponsors (
    sponsorId INTEGER PRIMARY KEY,
    brandName TEXT NOT NULL,
    industry TEXT NOT NULL
);
CREATE TABLE adReads (
    adReadId INTEGER PRIMARY KEY,
    episodeId INTEGER NOT NULL REFERENCES episodes(episodeId),
    sponsorId INTEGER NOT NULL REFERENCES sponsors(sponsorId),
    slot TEXT NOT NULL,
    feeUsd REAL NOT NULL,
    isHostRead TEXT NOT NULL
);
"""

# (title, category, language, explicit, launched, active, release day, episodes, popularity)
_SHOWS = [
    ("Cold Case Files Reopened", "True Crime", "en", True, "2021-03-02", True, "Tuesday", 26, 10),
    ("Murder at the Margins", "True Crime", "en", True, "2022-09-14", True, "Thursday", 18, 6),
    ("Laugh Track Lounge", "Comedy", "en", True, "2020-06-01", True, "Friday", 22, 7),
    ("Two Moms and a Mic", "Comedy", "en", False, "2023-01-10", True, "Monday", 16, 4),
    ("The Quarterly Call", "Business", "en", False, "2019-11-05", True, "Wednesday", 14, 4),
    ("Startup Scars", "Business", "en", False, "2021-08-19", False, None, 12, 2),
    ("Orbit & Beyond", "Science", "en", False, "2020-02-20", True, "Sunday", 20, 6),
    ("The Curious Cell", "Science", "en", False, "2022-04-03", True, "Wednesday", 15, 3),
    ("Extra Innings", "Sports", "en", True, "2021-04-01", True, "Monday", 24, 5),
    ("Touchline Tactics", "Sports", "en", False, "2023-08-11", True, "Saturday", 17, 3),
    ("Empires in Ruins", "History", "en", False, "2019-05-15", True, "Tuesday", 21, 7),
    ("Forgotten Frontiers", "History", "en", False, "2022-02-01", False, None, 9, 1),
    ("Mind Over Miles", "Health", "en", False, "2022-01-06", True, "Thursday", 15, 3),
    ("Sleep Better Tonight", "Health", "en", False, "2023-05-22", True, "Sunday", 13, 2),
    ("Byte Sized", "Technology", "en", False, "2020-09-09", True, "Friday", 19, 5),
    ("Patch Notes Weekly", "Technology", "en", True, "2024-01-15", True, "Wednesday", 20, 4),
    ("Crimen Sin Resolver", "True Crime", "es", True, "2023-03-08", True, "Thursday", 14, 3),
    ("Risas en Cabina", "Comedy", "es", True, "2023-10-02", True, "Friday", 10, 2),
    ("Dinero Claro", "Business", "es", False, "2024-05-06", True, "Monday", 11, 2),
    ("Geschichte Kompakt", "History", "de", False, "2022-10-10", True, "Tuesday", 12, 2),
    ("Weltall Funk", "Science", "de", False, "2024-09-01", True, "Sunday", 8, 1),
    ("Reality Rewind", "TV & Film", "en", True, "2021-06-15", False, None, 10, 2),
    ("Frame by Frame", "TV & Film", "en", False, "2023-02-14", True, "Friday", 16, 4),
    ("The Slow Kitchen", "Food", "en", False, "2022-07-07", True, "Saturday", 14, 3),
    ("Untitled Music Project", "Music", "en", False, "2025-06-03", True, "Tuesday", 0, 0),
]  # fmt: skip
_SPONSORS = [("BrightMattress", "Home"), ("NordShield VPN", "Technology"), ("GreenPlate Meals", "Food"),
             ("Ledgerly", "Finance"), ("Aura Skincare", "Beauty"), ("PeakFuel", "Health"), ("CodeCamp Pro", "Education"),
             ("Stackwise Hosting", "Technology"), ("Roam Insurance", "Finance"), ("Kindred Pet Food", "Pets"),
             ("Vela Cars", "Automotive"), ("Hearthside Coffee", "Food"), ("Lumen Glasses", "Retail"),
             ("Tidy Home Cleaning", "Home"), ("Quill Books", "Retail"), ("FitLoop", "Health")]  # fmt: skip
_EP_WORDS = ["The", "Case", "Night", "Last", "Secret", "Story", "Rise", "Fall", "Inside", "Beyond", "Lost", "Truth",
             "Hidden", "First", "Final", "Great", "Big", "Little", "Wild", "Strange"]  # fmt: skip
_EP_NOUNS = ["Lighthouse", "Ledger", "Comet", "Bridge", "Harvest", "Signal", "Witness", "Empire", "Garden", "Engine",
             "Island", "Border", "Market", "Machine", "Voyage", "River", "Crown", "Stadium", "Kitchen", "Mirror"]  # fmt: skip


def build_podwave(path: Path) -> None:
    r = random.Random(13203)
    host_names = full_names(r, 34)
    hosts = []
    for k, nm in enumerate(host_names):
        f, last = nm.split()
        hosts.append((301 + k, nm, f"{f.lower()}@{'podwave.fm' if k % 3 == 0 else 'mail.example'}",
                      r.choice(["US", "US", "US", "GB", "CA", "AU", "MX", "ES", "DE"]), _tf(k % 3 == 0),
                      _z(_moment(r, dt.datetime(2019, 1, 1), dt.datetime(2024, 8, 1)))))  # fmt: skip
    hosts[-1] = (hosts[-1][0], hosts[-1][1], hosts[-1][2], "US", "false", "2025-05-20T10:00:00Z")
    shows, show_hosts = [], []
    hid = [h[0] for h in hosts]
    free_hosts = hid[:-1]
    r.shuffle(free_hosts)
    for k, s in enumerate(_SHOWS):
        title, cat, lang, expl, launched, active, day, neps, pop = s
        sid = 11 + k
        shows.append((sid, title, cat, lang, _tf(expl), launched + "T09:00:00Z", _tf(active), day))
        n = 1 if k % 4 == 3 else 2
        for j in range(n):
            h = free_hosts.pop() if free_hosts else r.choice(hid[:-1])
            show_hosts.append((sid, h, "host" if j == 0 else "co-host"))
    # a few hosts host two shows, one producer credit
    show_hosts.append((11, hid[5], "producer"))
    show_hosts.append((17, hid[5], "producer"))
    # episodes
    episodes = []
    eid = 70000
    ep_of_show: dict[int, list[int]] = {}
    ep_info: dict[int, tuple] = {}
    for k, s in enumerate(_SHOWS):
        title, cat, lang, expl, launched, active, day, neps, pop = s
        sid = 11 + k
        start = dt.datetime.fromisoformat(launched + "T06:00:00")
        stop = END if active else start + dt.timedelta(days=neps * 16)
        stop = min(stop, END - dt.timedelta(days=1))
        span = (stop - start).total_seconds()
        num = 0
        season = 1
        for j in range(neps):
            t = start + dt.timedelta(seconds=span * (j + 0.5) / neps + r.randint(-3600, 3600))
            kind = "trailer" if j == 0 else ("bonus" if r.random() < 0.1 else "full")
            if kind == "trailer":
                t = start + dt.timedelta(days=r.randint(-12, -2), minutes=r.randint(0, 600))
            if kind == "full":
                num += 1
            if cat in ("True Crime", "History") and num > 0 and num % 10 == 1 and kind == "full" and j > 1:
                season += 1
            dur = r.randint(95, 210) if kind == "trailer" else int(r.gauss(2900 if cat != "Comedy" else 3600, 700))
            if kind == "bonus":
                dur = r.randint(600, 1500)
            eid += 1
            ttl = f"{r.choice(_EP_WORDS)} {r.choice(_EP_NOUNS)}" if kind != "trailer" else f"Introducing {title}"
            if kind == "bonus":
                ttl = "Bonus: " + ttl
            episodes.append((eid, sid, season if cat in ("True Crime", "History") else None,
                             num if kind == "full" else None, ttl, kind, _z(t), max(60, dur),
                             _tf(kind == "bonus" and r.random() < 0.6)))  # fmt: skip
            ep_of_show.setdefault(sid, []).append(eid)
            ep_info[eid] = (sid, t, max(60, dur), kind)
    # the longest episode: a clear winner
    longest = ep_of_show[21][5]
    episodes = [e if e[0] != longest else (*e[:7], 9912, e[8]) for e in episodes]
    ep_info[longest] = (*ep_info[longest][:2], 9912, ep_info[longest][3])
    listeners = []
    for k in range(220):
        f, sur = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
        uname = f"{f.lower()}{sur.lower()[:3]}{r.randint(1, 999)}"
        while any(x[1] == uname for x in listeners):
            uname += "x"
        listeners.append((900 + k, uname, r.choices(["US", "GB", "CA", "AU", "MX", "ES", "DE"], weights=[50, 12, 9, 6, 9, 7, 7])[0],
                          r.choice(["ios", "android", "web"]), _z(_moment(r, dt.datetime(2021, 1, 1), dt.datetime(2025, 6, 8))),
                          _tf(r.random() < 0.2)))  # fmt: skip
    show_ids = [11 + k for k in range(len(_SHOWS))]
    spop = [max(s[8], 0.3) if s[7] > 0 else 0 for s in _SHOWS]
    follows = []
    for lis in listeners:
        k = r.choice([0, 1, 1, 2, 2, 3, 4])
        seen = set()
        for _ in range(k):
            sid = r.choices(show_ids, weights=spop)[0]
            if sid in seen:
                continue
            seen.add(sid)
            t0 = max(dt.datetime.fromisoformat(lis[4][:-1]), dt.datetime.fromisoformat(_SHOWS[sid - 11][4]))
            follows.append((lis[0], sid, _z(_moment(r, t0, END)), _tf(r.random() < 0.55)))
    plays = []
    pid = 0
    followed: dict[int, list[int]] = {}
    for f in follows:
        followed.setdefault(f[0], []).append(f[1])
    for _ in range(600):
        lis = r.choice(listeners)
        opts = followed.get(lis[0]) or [r.choices(show_ids, weights=spop)[0]]
        sid = r.choice(opts)
        lsu = dt.datetime.fromisoformat(lis[4][:-1])
        eps = [e for e in ep_of_show[sid] if ep_info[e][1] <= END]
        if not eps:
            continue
        e = r.choice(eps)
        t0 = max(lsu, ep_info[e][1])
        t = _moment(r, t0, min(END, t0 + dt.timedelta(days=200)))
        dur = ep_info[e][2]
        done = r.random() < 0.45
        secs = dur if done else int(dur * r.uniform(0.03, 0.95))
        pid += 1
        plays.append((pid, e, lis[0], _z(t), secs, _tf(done), r.choice(["phone", "phone", "phone", "desktop",
                                                                             "smart_speaker", "car"])))  # fmt: skip
    plays.sort(key=lambda p: p[3])
    plays = [(k + 1, *p[1:]) for k, p in enumerate(plays)]
    sponsors = [(41 + k, n, ind) for k, (n, ind) in enumerate(_SPONSORS)]
    ads = []
    aid = 0
    sp_ids = [s[0] for s in sponsors[:-1]]  # FitLoop never ran an ad
    for e in episodes:
        if e[5] == "trailer":
            continue
        for slot in ("pre-roll", "mid-roll", "post-roll"):
            if r.random() < {"pre-roll": 0.3, "mid-roll": 0.45, "post-roll": 0.15}[slot]:
                aid += 1
                base = {"pre-roll": 18, "mid-roll": 25, "post-roll": 10}[slot]
                pop = _SHOWS[e[1] - 11][8]
                fee = round(base * pop * r.uniform(8, 14) + r.randint(0, 99) / 100, 2)
                ads.append((aid, e[0], r.choice(sp_ids), slot, fee, _tf(r.random() < 0.6)))
    write_tables(path, PODWAVE_DDL, [
        ("hosts", hosts), ("shows", shows), ("showHosts", show_hosts), ("episodes", episodes),
        ("listeners", listeners), ("follows", follows), ("plays", plays), ("sponsors", sponsors), ("adReads", ads),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# glossy (magazine publisher, prices including VAT)
# ---------------------------------------------------------------------------------------------------------------

GLOSSY_DDL = """
CREATE TABLE Magazine (
    MagazineId INTEGER PRIMARY KEY,
    Title TEXT NOT NULL UNIQUE,
    Genre TEXT NOT NULL,
    Frequency TEXT NOT NULL,
    LaunchYear INTEGER NOT NULL,
    Discontinued TEXT NOT NULL
);
CREATE TABLE Issue (
    IssueId INTEGER PRIMARY KEY,
    MagazineId INTEGER NOT NULL REFERENCES Magazine(MagazineId),
    IssueNo TEXT NOT NULL,
    CoverDate TEXT NOT NULL,
    PageCount INTEGER NOT NULL,
    CoverPriceInclVat REAL NOT NULL,
    VatRate REAL NOT NULL,
    PrintRun INTEGER NOT NULL
);
CREATE TABLE Author (
    AuthorId INTEGER PRIMARY KEY,
    FullName TEXT NOT NULL,
    Email TEXT,
    IsStaff TEXT NOT NULL,
    Country TEXT NOT NULL
);
CREATE TABLE Article (
    ArticleId INTEGER PRIMARY KEY,
    IssueId INTEGER NOT NULL REFERENCES Issue(IssueId),
    Headline TEXT NOT NULL,
    Section TEXT NOT NULL,
    WordCount INTEGER NOT NULL,
    IsCoverStory TEXT NOT NULL
);
CREATE TABLE ArticleAuthor (
    ArticleId INTEGER NOT NULL REFERENCES Article(ArticleId),
    AuthorId INTEGER NOT NULL REFERENCES Author(AuthorId),
    Contribution TEXT NOT NULL,
    PRIMARY KEY (ArticleId, AuthorId)
);
CREATE TABLE Subscriber (
    SubscriberId INTEGER PRIMARY KEY,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    Email TEXT NOT NULL,
    City TEXT,
    Country TEXT NOT NULL,
    CreatedOn TEXT NOT NULL
);
CREATE TABLE Subscription (
    SubscriptionId INTEGER PRIMARY KEY,
    SubscriberId INTEGER NOT NULL REFERENCES Subscriber(SubscriberId),
    MagazineId INTEGER NOT NULL REFERENCES Magazine(MagazineId),
    Format TEXT NOT NULL,
    TermMonths INTEGER NOT NULL,
    StartDate TEXT NOT NULL,
    EndDate TEXT NOT NULL,
    PriceInclVat REAL NOT NULL,
    VatRate REAL NOT NULL,
    AutoRenew TEXT NOT NULL,
    CancelledOn TEXT
);
CREATE TABLE Invoice (
    InvoiceId INTEGER PRIMARY KEY,
    SubscriptionId INTEGER NOT NULL REFERENCES Subscription(SubscriptionId),
    InvoiceDate TEXT NOT NULL,
    DueDate TEXT NOT NULL,
    AmountInclVat REAL NOT NULL,
    VatRate REAL NOT NULL,
    PaidOn TEXT
);
"""

# (title, genre, frequency, launched, discontinued, issues per year, cover price incl VAT, yearly print price, pop)
_MAGS = [
    ("Zeilen & Wind", "Sailing", "monthly", 1987, False, 12, 7.95, 69.00, 5),
    ("Huis Modern", "Interior", "monthly", 2004, False, 12, 6.50, 59.00, 8),
    ("De Fietser", "Cycling", "monthly", 2011, False, 10, 7.25, 62.50, 6),
    ("Smaakvol", "Food", "monthly", 1999, False, 11, 5.99, 54.00, 9),
    ("Techniek Vandaag", "Technology", "monthly", 2015, False, 12, 8.50, 79.00, 4),
    ("Weekblad Actueel", "News", "weekly", 1972, False, 52, 4.25, 149.00, 7),
    ("Tuin Nu", "Gardening", "quarterly", 2009, False, 4, 9.95, 34.95, 4),
    ("Reislust", "Travel", "quarterly", 2013, False, 4, 11.50, 39.95, 5),
    ("Kids Kompas", "Children", "monthly", 2018, True, 12, 4.95, 45.00, 2),
    ("Ouder & Kind", "Parenting", "monthly", 2001, False, 12, 5.75, 52.00, 3),
]  # fmt: skip
_NL_CITIES = [("Amsterdam", "NL", 14), ("Rotterdam", "NL", 10), ("Utrecht", "NL", 9), ("Den Haag", "NL", 8),
              ("Eindhoven", "NL", 6), ("Groningen", "NL", 5), ("Haarlem", "NL", 4), ("Leiden", "NL", 3),
              ("Antwerpen", "BE", 6), ("Gent", "BE", 4), ("Brussel", "BE", 3)]  # fmt: skip
_NL_FIRST = ["Sanne", "Daan", "Lotte", "Bram", "Eva", "Thijs", "Fleur", "Joris", "Anouk", "Ruben", "Iris", "Sem",
             "Noor", "Lucas", "Femke", "Jeroen", "Maud", "Wouter", "Esther", "Pieter", "Marieke", "Koen", "Lieke",
             "Stijn"]  # fmt: skip
_NL_LAST = ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Peeters",
            "Maes", "Claes", "Willems", "Janssens"]  # fmt: skip
_SECTIONS = {"Sailing": ["Reportage", "Techniek", "Havens", "Nieuws"], "Interior": ["Wonen", "Design", "Shopping", "Reportage"],
             "Cycling": ["Tochten", "Test", "Training", "Nieuws"], "Food": ["Recepten", "Restaurants", "Wijn", "Reportage"],
             "Technology": ["Test", "Achtergrond", "Nieuws", "Opinie"], "News": ["Binnenland", "Buitenland", "Economie", "Opinie"],
             "Gardening": ["Tuinieren", "Planten", "Reportage"], "Travel": ["Bestemming", "Reportage", "Tips"],
             "Children": ["Puzzels", "Verhalen", "Natuur"], "Parenting": ["Opvoeding", "Gezondheid", "Reportage"]}  # fmt: skip
_HEAD_A = ["Het geheim van", "Alles over", "Op weg naar", "De kunst van", "Leven met", "Terug naar", "Zo maak je",
           "Waarom", "Tien tips voor", "In gesprek over"]  # fmt: skip
_HEAD_B = ["de Waddenzee", "een groene tuin", "het perfecte brood", "de Alpen", "slim wonen", "elektrisch rijden",
           "de kinderkamer", "Zeeland", "het nieuwe werken", "de herfst", "Lissabon", "de zomer", "koken met vis",
           "de wintertuin", "een rustige slaap", "de moderne keuken", "IJsland", "de Veluwe", "zuinig varen",
           "de racefiets"]  # fmt: skip


def build_glossy(path: Path) -> None:
    r = random.Random(13204)
    mags = [(k + 1, m[0], m[1], m[2], m[3], _yn(m[4])) for k, m in enumerate(_MAGS)]
    issues = []
    iid = 0
    issues_of: dict[int, list[tuple[int, dt.date]]] = {}
    for k, m in enumerate(_MAGS):
        mid = k + 1
        per_year = m[5]
        last = dt.date(2024, 8, 1) if m[4] else LAST_DAY
        start = dt.date(2024, 1, 1)
        if per_year == 52:
            start = dt.date(2025, 1, 3)
            dates = [start + dt.timedelta(days=7 * j) for j in range(60)]
        else:
            step = 12 // per_year if per_year in (4, 12) else None
            dates = []
            y, mo = 2024, 1
            while True:
                d = dt.date(y, mo, 1)
                if d > last:
                    break
                if (
                    per_year == 4
                    or per_year == 12
                    or (per_year == 11 and mo != 8)
                    or (per_year == 10 and mo not in (1, 8))
                ):
                    dates.append(d)
                mo += step or 1
                if mo > 12:
                    mo -= 12
                    y += 1
        dates = [d for d in dates if d <= last]
        for j, d in enumerate(dates):
            iid += 1
            price = m[6] if d < dt.date(2025, 1, 1) else round(m[6] + 0.50, 2)
            no = f"{d.year}-{sum(1 for x in dates[: j + 1] if x.year == d.year):02d}"
            run = (
                int(m[8] * 6000 * r.uniform(0.9, 1.15)) // 500 * 500
                if per_year != 52
                else r.randrange(52000, 61000, 1000)
            )
            issues.append((iid, mid, no, d.isoformat(), r.randrange(68, 148, 4) if per_year != 52 else r.randrange(44, 72, 4),
                           price, 9.0, run))  # fmt: skip
            issues_of.setdefault(mid, []).append((iid, d))
    # one special issue priced higher
    authors = []
    anames: set[str] = set()
    for k in range(46):
        while True:
            nm = f"{r.choice(_NL_FIRST)} {r.choice(_NL_LAST)}"
            if nm not in anames:
                anames.add(nm)
                break
        staff = k < 16
        authors.append((k + 1, nm, f"{nm.split()[0].lower()}.{k + 1}@glossy.example" if staff else
                        (None if r.random() < 0.3 else f"{nm.split()[0].lower()}@freelance.example"),
                        _yn(staff), r.choices(["NL", "BE", "DE", "GB"], weights=[30, 8, 2, 2])[0]))  # fmt: skip
    # articles: a few per issue, for weekly only every second issue listed
    articles, links = [], []
    aid = 0
    for iss in issues:
        mid = iss[1]
        genre = _MAGS[mid - 1][1]
        n = r.randint(1, 3) if _MAGS[mid - 1][5] != 52 else r.randint(0, 2)
        cover = r.randrange(n) if n else -1
        for j in range(n):
            aid += 1
            head = f"{r.choice(_HEAD_A)} {r.choice(_HEAD_B)}"
            articles.append(
                (aid, iss[0], head, r.choice(_SECTIONS[genre]), r.randrange(450, 5200, 10), _yn(j == cover))
            )
            k = r.choices([1, 2, 3], weights=[60, 30, 10])[0]
            chosen = r.sample(authors[:-3], k)  # the last three authors have not published yet
            for q, a in enumerate(chosen):
                links.append((aid, a[0], "writer" if q == 0 else r.choice(["writer", "photographer", "illustrator"])))
    # the longest article: one clear winner
    articles[37] = (*articles[37][:4], 8450, articles[37][5])
    subscribers = []
    pairs = [(f, sur) for f in _NL_FIRST for sur in _NL_LAST]
    r.shuffle(pairs)
    for k in range(210):
        f, sur = pairs[k]
        c = r.choices(_NL_CITIES, weights=[x[2] for x in _NL_CITIES])[0]
        subscribers.append((5001 + k, f, sur, f"{f.lower()}.{sur.lower().replace(' ', '')}{k}@mail.example",
                            c[0] if r.random() < 0.95 else None, c[1],
                            _day(r, dt.date(2022, 1, 1), dt.date(2025, 6, 1)).isoformat()))  # fmt: skip
    subs, invoices = [], []
    sid = 70000
    inv = 0
    mag_pop = [m[8] for m in _MAGS]
    for s in subscribers:
        k = r.choices([0, 1, 1, 1, 2], k=1)[0]
        mags_taken = set()
        for _ in range(k):
            mid = r.choices(range(1, len(_MAGS) + 1), weights=mag_pop)[0]
            if mid in mags_taken:
                continue
            mags_taken.add(mid)
            m = _MAGS[mid - 1]
            fmt = r.choices(["print", "digital", "print+digital"], weights=[50, 35, 15])[0]
            term = r.choice([12, 12, 12, 6, 24]) if m[2] != "weekly" else r.choice([3, 12])
            vat = 9.0 if s[5] == "NL" else 6.0
            yearly = m[7] * {"print": 1.0, "digital": 0.6, "print+digital": 1.25}[fmt]
            price = round(yearly * term / 12 - 0.01 * (term == 24), 2)
            start = max(dt.date.fromisoformat(s[6]), dt.date(2023, 7, 1))
            start = _day(r, start, min(LAST_DAY, start + dt.timedelta(days=400)))
            if m[4]:
                start = _day(r, dt.date(2023, 7, 1), dt.date(2024, 5, 1))
            # consecutive terms while renewing
            auto = r.random() < 0.65
            while True:
                end = start + dt.timedelta(days=round(term * 30.44)) - dt.timedelta(days=1)
                if dt.date(2025, 6, 12) <= end <= dt.date(2025, 6, 18):
                    end += dt.timedelta(days=7)  # (no term ends around "today": whether it still runs is then clear)
                cancelled = None
                if r.random() < 0.12 and start + dt.timedelta(days=10) < LAST_DAY:
                    cancelled = _day(r, start + dt.timedelta(days=10), min(end, LAST_DAY))
                    if cancelled > LAST_DAY:
                        cancelled = None
                sid += 1
                subs.append((sid, s[0], mid, fmt, term, start.isoformat(), end.isoformat(), price, vat, _yn(auto),
                             None if cancelled is None else cancelled.isoformat()))  # fmt: skip
                inv += r.randint(1, 5)
                idate = start - dt.timedelta(days=r.randint(3, 14))
                if dt.date(2025, 5, 30) <= idate <= dt.date(2025, 6, 2):
                    idate -= dt.timedelta(days=4)  # (no invoice falls due around "today": overdue is then clear)
                due = idate + dt.timedelta(days=14)
                paid = None
                roll = r.random()
                if due < dt.date(2025, 5, 1) or roll < 0.7:
                    paid = idate + dt.timedelta(days=r.randint(0, 20))
                    if roll < 0.03:
                        paid = None  # a few old ones never paid
                if paid and paid > LAST_DAY:
                    paid = None
                invoices.append((inv, sid, idate.isoformat(), due.isoformat(), price, vat,
                                 None if paid is None else paid.isoformat()))  # fmt: skip
                nxt = end + dt.timedelta(days=1)
                if not auto or cancelled or nxt > LAST_DAY or (m[4] and nxt > dt.date(2024, 8, 1)):
                    break
                start = nxt
    invoices.sort(key=lambda x: (x[2], x[1]))
    invoices = [(310001 + k, *x[1:]) for k, x in enumerate(invoices)]
    write_tables(path, GLOSSY_DDL, [
        ("Magazine", mags), ("Issue", issues), ("Author", authors), ("Article", articles), ("ArticleAuthor", links),
        ("Subscriber", subscribers), ("Subscription", subs), ("Invoice", invoices),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# ticketbay (ticketing site: money in cents, times in epoch milliseconds)
# ---------------------------------------------------------------------------------------------------------------

TICKETBAY_DDL = """
CREATE TABLE venue (
    venue_id INTEGER PRIMARY KEY,
    venue_nm TEXT NOT NULL,
    city TEXT NOT NULL,
    st_cd TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    venue_type TEXT NOT NULL
);
CREATE TABLE performer (
    performer_id INTEGER PRIMARY KEY,
    performer_nm TEXT NOT NULL UNIQUE,
    genre TEXT NOT NULL,
    home_city TEXT
);
CREATE TABLE evt (
    evt_id INTEGER PRIMARY KEY,
    venue_id INTEGER NOT NULL REFERENCES venue(venue_id),
    evt_title TEXT NOT NULL,
    evt_cat TEXT NOT NULL,
    starts_ms INTEGER NOT NULL,
    onsale_ms INTEGER NOT NULL,
    status_cd TEXT NOT NULL,
    min_age INTEGER
);
CREATE TABLE evt_performer (
    evt_id INTEGER NOT NULL REFERENCES evt(evt_id),
    performer_id INTEGER NOT NULL REFERENCES performer(performer_id),
    billing_pos INTEGER NOT NULL,
    PRIMARY KEY (evt_id, performer_id)
);
CREATE TABLE price_tier (
    tier_id INTEGER PRIMARY KEY,
    evt_id INTEGER NOT NULL REFERENCES evt(evt_id),
    tier_nm TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    qty_total INTEGER NOT NULL
);
CREATE TABLE customer (
    cust_id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    full_nm TEXT NOT NULL,
    city TEXT,
    created_ms INTEGER NOT NULL,
    referred_by INTEGER REFERENCES customer(cust_id),
    mkt_optin INTEGER NOT NULL
);
CREATE TABLE purchase (
    order_id INTEGER PRIMARY KEY,
    cust_id INTEGER NOT NULL REFERENCES customer(cust_id),
    placed_ms INTEGER NOT NULL,
    subtotal_cents INTEGER NOT NULL,
    fee_cents INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    pay_method TEXT NOT NULL,
    refunded_ms INTEGER
);
CREATE TABLE ticket (
    ticket_id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES purchase(order_id),
    tier_id INTEGER NOT NULL REFERENCES price_tier(tier_id),
    seat_lbl TEXT,
    face_cents INTEGER NOT NULL,
    scanned_ms INTEGER
);
"""

_VENUES = [
    ("The Fillmore Annex", "San Francisco", "CA", 1150, "club"), ("Golden Gate Arena", "San Francisco", "CA", 18000, "arena"),
    ("Mission Comedy Cellar", "San Francisco", "CA", 220, "comedy_club"), ("Oakland Paramount Hall", "Oakland", "CA", 3000, "theatre"),
    ("Sunset Amphitheater", "Los Angeles", "CA", 6200, "outdoor"), ("Echo Room", "Los Angeles", "CA", 650, "club"),
    ("Crescent Theatre", "Los Angeles", "CA", 1800, "theatre"), ("Desert Sky Pavilion", "Phoenix", "AZ", 9500, "outdoor"),
    ("Copper State Arena", "Phoenix", "AZ", 16000, "arena"), ("The Rialto", "Tucson", "AZ", 1200, "theatre"),
    ("Pioneer Square Ballroom", "Seattle", "WA", 900, "club"), ("Emerald Arena", "Seattle", "WA", 17000, "arena"),
    ("Rose City Music Hall", "Portland", "OR", 1500, "club"), ("Bridgetown Stadium", "Portland", "OR", 25000, "stadium"),
    ("Laugh Factory West", "Portland", "OR", 300, "comedy_club"), ("Red Rock Theatre", "Denver", "CO", 2400, "theatre"),
    ("Mile High Field", "Denver", "CO", 45000, "stadium"), ("Blue Note Cellar", "Denver", "CO", 400, "club"),
]  # fmt: skip
_PERF_A = ["Midnight", "Velvet", "Neon", "Silver", "Wild", "Broken", "Golden", "Electric", "Lonely", "Paper", "Crystal",
           "Cosmic", "Hollow", "Scarlet", "Northern"]  # fmt: skip
_PERF_B = ["Foxes", "Horizon", "Static", "Lanterns", "Pines", "Harbor", "Tides", "Ghosts", "Echoes", "Satellites",
           "Wolves", "Orchard", "Parade", "Kites", "Mirrors"]  # fmt: skip
_COMICS = ["Jenny Okafor", "Raj Malhotra", "Big Tony Russo", "Kim Sato", "Dave Lindgren", "Priya Sen", "Marcus Bell",
           "Luis Ochoa"]  # fmt: skip
_TEAMS = ["Portland Pioneers", "Denver Summit FC", "Phoenix Heat", "Seattle Sound", "Bay City Breakers",
          "LA Riptide"]  # fmt: skip
_PLAYS = ["Hamlet", "The Glass Menagerie", "Cats", "A Chorus Line", "Death of a Salesman", "Wicked Things"]


def build_ticketbay(path: Path) -> None:
    r = random.Random(13205)
    venues = [(201 + k, *v) for k, v in enumerate(_VENUES)]
    performers = []
    pnames: list[str] = []
    while len(pnames) < 34:
        nm = (
            f"The {r.choice(_PERF_A)} {r.choice(_PERF_B)}"
            if r.random() < 0.6
            else f"{r.choice(_PERF_A)} {r.choice(_PERF_B)}"
        )
        if nm not in pnames and nm.removeprefix("The ") not in [p.removeprefix("The ") for p in pnames]:
            pnames.append(nm)
    genres = ["indie rock", "pop", "hip hop", "country", "electronic", "jazz", "metal", "folk"]
    cities = [v[1] for v in _VENUES]
    for nm in pnames:
        performers.append([0, nm, r.choice(genres), r.choice(cities) if r.random() < 0.8 else None])
    for nm in _COMICS:
        performers.append([0, nm, "comedy", r.choice(cities) if r.random() < 0.8 else None])
    for nm in _TEAMS:
        performers.append([0, nm, "sports", nm.split()[0] if nm.split()[0] != "Bay" else "Oakland"])
    for nm in ["Stagelight Repertory", "Pacific Players", "Crescent Theatre Company"]:
        performers.append([0, nm, "theatre", r.choice(cities)])
    for k, p in enumerate(performers):
        p[0] = 501 + k
    perf_by_genre: dict[str, list[int]] = {}
    for p in performers:
        perf_by_genre.setdefault(p[2], []).append(p[0])
    music = [p[0] for p in performers if p[2] not in ("comedy", "sports", "theatre")]
    events, ep, tiers = [], [], []
    eid, tid = 3000, 9000
    t_info: dict[int, tuple] = {}
    e_info: dict[int, tuple] = {}
    for _ in range(140):
        v = r.choice(venues)
        vt = v[5]
        if vt == "comedy_club":
            cat = "comedy"
        elif vt == "stadium":
            cat = r.choice(["sports", "sports", "concert", "festival"])
        elif vt == "theatre":
            cat = r.choice(["theatre", "theatre", "concert", "comedy"])
        elif vt == "arena":
            cat = r.choice(["concert", "concert", "sports"])
        else:
            cat = r.choice(["concert", "concert", "concert", "festival"]) if vt == "outdoor" else "concert"
        start = _moment(r, dt.datetime(2024, 3, 1, 12), dt.datetime(2025, 10, 31, 12)).replace(
            minute=r.choice([0, 30]), second=0
        )
        start = start.replace(hour=r.choice([19, 19, 20, 20, 21]) if cat != "sports" else r.choice([13, 17, 19]))
        if start.date() == dt.date(2025, 6, 15):
            start += dt.timedelta(days=2)  # (nothing starts "today": whether it is upcoming is then clear)
        onsale = start - dt.timedelta(days=r.randint(30, 120), hours=r.randint(0, 5))
        onsale = onsale.replace(hour=10, minute=0, second=0)
        if onsale > END:
            continue
        eid += 1
        if start.date() <= LAST_DAY:
            status = r.choices(["F", "C"], weights=[95, 5])[0]
        else:
            status = r.choices(["O", "S", "P", "C"], weights=[78, 10, 7, 5])[0]
        if cat == "comedy":
            lineup = r.sample(perf_by_genre["comedy"], r.choice([1, 1, 2]))
            title = f"{performers[lineup[0] - 501][1]} Live"
        elif cat == "sports":
            lineup = r.sample(perf_by_genre["sports"], 2)
            title = f"{performers[lineup[0] - 501][1]} vs {performers[lineup[1] - 501][1]}"
        elif cat == "theatre":
            lineup = [r.choice(perf_by_genre["theatre"])]
            title = r.choice(_PLAYS)
        elif cat == "festival":
            lineup = r.sample(music, r.randint(4, 6))
            title = f"{v[2]} {r.choice(['Summer', 'Sunset', 'Harvest', 'Spring'])} Fest {start.year}"
        else:
            lineup = r.sample(music, r.choice([1, 2, 2, 3]))
            title = f"{performers[lineup[0] - 501][1]}" + (r.choice([" - World Tour", " - Live", " in Concert", ""]))
        min_age = 21 if (vt in ("club", "comedy_club") and r.random() < 0.6) else (18 if r.random() < 0.1 else None)
        events.append((eid, v[0], title, cat, _ms(start), _ms(onsale), status, min_age))
        e_info[eid] = (start, onsale, status, v, cat)
        for pos, p in enumerate(lineup, 1):
            ep.append((eid, p, pos))
        cap = v[4]
        base = {"concert": 4500, "festival": 8900, "comedy": 3000, "theatre": 5500, "sports": 3800}[cat]
        layouts = {"club": [("General Admission", 1.0, 0.9), ("VIP", 2.5, 0.1)],
                   "comedy_club": [("General Admission", 1.0, 0.8), ("Front Row", 1.8, 0.2)],
                   "theatre": [("Orchestra", 1.6, 0.45), ("Mezzanine", 1.2, 0.3), ("Balcony", 0.8, 0.25)],
                   "arena": [("Floor", 1.9, 0.2), ("Lower Bowl", 1.4, 0.4), ("Upper Bowl", 0.8, 0.4)],
                   "stadium": [("Field", 2.2, 0.15), ("Lower Level", 1.3, 0.4), ("Upper Level", 0.7, 0.45)],
                   "outdoor": [("Pit", 1.8, 0.15), ("Reserved Seating", 1.3, 0.35), ("Lawn", 0.7, 0.5)]}[vt]  # fmt: skip
        for nm, mult, share in layouts:
            tid += 1
            price = int(round(base * mult * r.uniform(0.8, 1.35), -2)) - 1 + (r.random() < 0.3)
            tiers.append((tid, eid, nm, price, max(20, int(cap * share))))
            t_info[tid] = (eid, nm, price, vt)
    # two acts signed to the site but not booked yet
    for nm, genre, city in (("Marigold Static", "indie rock", "Seattle"), ("DJ Kestrel", "electronic", None)):
        performers.append([501 + len(performers), nm, genre, city])
    # customers with referrals
    names = full_names(r, 240)
    custs = []
    created = sorted(_moment(r, dt.datetime(2022, 5, 1), dt.datetime(2025, 6, 12)) for _ in names)
    ref_w = [1.0] * len(names)
    for k in (4, 17, 30):
        ref_w[k] = 25.0
    for k, nm in enumerate(names):
        ref = None
        if k > 35 and r.random() < 0.25:
            j = r.choices(range(k), weights=ref_w[:k])[0]
            ref = 7001 + j
        f, sur = nm.split()
        custs.append((7001 + k, f"{f.lower()}.{sur.lower()}{r.randint(1, 99)}@mail.example", nm,
                      r.choice(cities) if r.random() < 0.85 else None, _ms(created[k]), ref, int(r.random() < 0.4)))  # fmt: skip
    # purchases
    purchases, tickets = [], []
    oid = 150000
    tk = 0
    open_tiers = [t for t in t_info]
    cust_w = [r.choice([0, 1, 1, 1, 2, 4]) for _ in custs]
    for _ in range(290):
        tier = r.choice(open_tiers)
        e, tnm, price, vt = t_info[tier]
        start, onsale, status, v, cat = e_info[e]
        lo = onsale
        hi = min(start - dt.timedelta(hours=1), END)
        if hi <= lo:
            continue
        t = _moment(r, lo, hi)
        cand = [(c, w) for c, w in zip(custs, cust_w, strict=True) if w and c[4] < _ms(t)]
        if not cand:
            continue
        c = r.choices([x for x, _ in cand], weights=[w for _, w in cand])[0]
        qty = r.choices([1, 2, 3, 4], weights=[25, 50, 12, 13])[0]
        oid += r.randint(1, 9)
        sub = price * qty
        fee = int(round(sub * 0.12 + 150 * qty, -1)) + 9
        refunded = None
        if status == "C":
            refunded = min(END, start + dt.timedelta(days=r.randint(-20, 3)))
            if refunded < t:
                refunded = t + dt.timedelta(days=1)
            if refunded > END:
                refunded = None
        elif r.random() < 0.03:
            refunded = min(END, t + dt.timedelta(days=r.randint(1, 10)))
        purchases.append((oid, c[0], _ms(t), sub, fee, sub + fee, r.choices(["card", "paypal", "apple_pay", "google_pay"],
                                                                              weights=[60, 18, 15, 7])[0], _ms(refunded)))  # fmt: skip
        seated = vt in ("theatre", "arena", "stadium") and tnm not in ("Floor", "Field", "Lawn")
        row = r.choice("ABCDEFGHJKLMNPR")
        seat0 = r.randint(1, 30)
        for q in range(qty):
            tk += 1
            scanned = None
            if status == "F" and refunded is None and r.random() < 0.9:
                scanned = start - dt.timedelta(minutes=r.randint(5, 80))
            tickets.append((tk, oid, tier, f"{row}{seat0 + q}" if seated else None, price, _ms(scanned)))
    # order numbers follow the order of placing
    purchases.sort(key=lambda p: p[2])
    renum = {p[0]: 150001 + 3 * k + r.randint(0, 2) for k, p in enumerate(purchases)}
    purchases = [(renum[p[0]], *p[1:]) for p in purchases]
    tickets = sorted(((0, renum[t[1]], *t[2:]) for t in tickets), key=lambda t: t[1])
    tickets = [(k + 1, *t[1:]) for k, t in enumerate(tickets)]
    write_tables(path, TICKETBAY_DDL, [
        ("venue", venues), ("performer", [tuple(p) for p in performers]), ("evt", events), ("evt_performer", ep),
        ("price_tier", tiers), ("customer", custs), ("purchase", purchases), ("ticket", tickets),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# rehome (second-hand marketplace, plain)
# ---------------------------------------------------------------------------------------------------------------

REHOME_DDL = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    city TEXT,
    joined_on TEXT NOT NULL,
    referred_by INTEGER REFERENCES users(id),
    is_verified INTEGER NOT NULL
);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    commission_pct REAL NOT NULL
);
CREATE TABLE listings (
    id INTEGER PRIMARY KEY,
    seller_id INTEGER NOT NULL REFERENCES users(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    title TEXT NOT NULL,
    item_condition TEXT NOT NULL,
    asking_price REAL NOT NULL,
    listed_on TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    listing_id INTEGER NOT NULL REFERENCES listings(id),
    buyer_id INTEGER NOT NULL REFERENCES users(id),
    amount REAL NOT NULL,
    made_on TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    listing_id INTEGER NOT NULL UNIQUE REFERENCES listings(id),
    buyer_id INTEGER NOT NULL REFERENCES users(id),
    price REAL NOT NULL,
    sold_on TEXT NOT NULL,
    delivery TEXT NOT NULL,
    shipping_fee REAL
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    reviewer_id INTEGER NOT NULL REFERENCES users(id),
    reviewee_id INTEGER NOT NULL REFERENCES users(id),
    stars INTEGER NOT NULL,
    comment TEXT,
    created_on TEXT NOT NULL
);
CREATE TABLE saved_listings (
    user_id INTEGER NOT NULL REFERENCES users(id),
    listing_id INTEGER NOT NULL REFERENCES listings(id),
    saved_on TEXT NOT NULL,
    PRIMARY KEY (user_id, listing_id)
);
"""

# (name, commission %, items: (title, typical price))
_RH_CATS = [
    ("Furniture", 8.0, [("Oak dining table", 240), ("IKEA Kallax shelf", 45), ("Mid-century armchair", 180),
                        ("Leather sofa", 420), ("Bedside table", 35), ("Office chair", 90), ("Bookcase", 60)]),
    ("Electronics", 10.0, [("iPhone 12 64GB", 310), ("Sony WH-1000XM4 headphones", 160), ("Nintendo Switch", 210),
                           ("Dell 27in monitor", 120), ("iPad Air 4th gen", 330), ("Canon EOS M50 camera", 390),
                           ("Kindle Paperwhite", 70)]),
    ("Bikes", 8.0, [("Trek road bike", 650), ("Kids bike 16in", 60), ("Cargo bike", 1400), ("Mountain bike", 480),
                    ("Brompton folding bike", 950)]),
    ("Clothing", 12.0, [("Patagonia down jacket", 110), ("Levi's 501 jeans", 35), ("Wool coat", 85),
                        ("Running shoes", 40), ("Leather boots", 70)]),
    ("Books & Media", 12.0, [("Harry Potter box set", 45), ("Vinyl record lot", 60), ("Board game bundle", 55),
                             ("Cookbook collection", 25)]),
    ("Kids & Baby", 10.0, [("Bugaboo stroller", 260), ("Baby crib", 120), ("Lego Technic set", 75),
                           ("Car seat", 90)]),
    ("Sports & Outdoors", 10.0, [("Camping tent 4-person", 140), ("Snowboard", 150), ("Kayak", 380),
                                 ("Dumbbell set", 80), ("Golf clubs", 260)]),
    ("Home & Kitchen", 10.0, [("KitchenAid mixer", 220), ("Le Creuset dutch oven", 150), ("Nespresso machine", 70),
                              ("Dyson vacuum", 230), ("Dinnerware set", 50)]),
    ("Musical Instruments", 8.0, [("Yamaha acoustic guitar", 160), ("Fender Stratocaster", 620),
                                  ("Digital piano", 450), ("Ukulele", 45)]),
    ("Collectibles", 15.0, []),
]  # fmt: skip
_RH_CITIES = ["Austin", "Chicago", "Denver", "Seattle", "Boston", "Atlanta", "Minneapolis", "Philadelphia"]
_RH_COND = [("new", 1.0), ("like new", 0.85), ("good", 0.65), ("fair", 0.45), ("for parts", 0.2)]
_RH_BLURBS = {
    "new": ["never opened", "still in box", "unwanted gift", "brand new with tags"],
    "like new": ["barely used", "used twice", "like new with box", "mint condition", "moving sale"],
    "good": ["great condition", "works perfectly", "moving sale", "must go this week", "pick up only", "light wear"],
    "fair": ["some scratches", "well loved", "cheap, must go", "works fine, cosmetic wear", "pick up only"],
    "for parts": ["not working", "needs repair", "spares or repair", "as is"],
}


def build_rehome(path: Path) -> None:
    r = random.Random(13206)
    names = full_names(r, 230)
    joined = sorted(_day(r, dt.date(2021, 4, 1), dt.date(2025, 6, 10)) for _ in names)
    users = []
    ref_w = [1.0] * len(names)
    for k in (2, 11, 26):
        ref_w[k] = 20.0
    for k, nm in enumerate(names):
        ref = 1 + r.choices(range(k), weights=ref_w[:k])[0] if k > 20 and r.random() < 0.22 else None
        f, sur = nm.split()
        users.append((k + 1, nm, f"{f.lower()}.{sur.lower()}@mail.example", r.choice(_RH_CITIES) if r.random() < 0.9 else None,
                      joined[k].isoformat(), ref, int(r.random() < 0.45)))  # fmt: skip
    cats = [(k + 1, c[0], c[1]) for k, c in enumerate(_RH_CATS)]
    items = [(k + 1, t, p) for k, c in enumerate(_RH_CATS) for t, p in c[2]]
    listings, offers, sales, reviews, saved = [], [], [], [], []
    sellers = r.sample(range(1, len(users) + 1), 120)
    seller_w = [r.choice([1, 1, 1, 2, 3, 5]) for _ in sellers]
    oid, sid, rid = 0, 0, 0
    for lid in range(1, 401):
        s = r.choices(sellers, weights=seller_w)[0]
        j = dt.date.fromisoformat(users[s - 1][4])
        listed = _day(r, max(j, dt.date(2023, 1, 1)), LAST_DAY)
        cat, title, typical = r.choice(items)
        cond, mult = r.choices(_RH_COND, weights=[6, 20, 40, 24, 10])[0]
        ask = round(typical * mult * r.uniform(0.8, 1.25)) + r.choice([0, 0, 0.5, -0.01])
        ask = max(5.0, round(ask, 2))
        age = (LAST_DAY - listed).days
        # outcome
        roll = r.random()
        if roll < 0.5 and age > 2:
            status = "sold"
        elif roll < 0.62:
            status = "withdrawn"
        elif age > 60 and roll < 0.85:
            status = "expired"
        else:
            status = "active"
        if status == "active" and age > 60:
            status = "expired"
        buyer_pool = [
            u for u in range(1, len(users) + 1) if u != s and dt.date.fromisoformat(users[u - 1][4]) <= listed
        ]
        # offers
        n_off = r.choice([0, 0, 1, 1, 2, 3])
        sale_price = None
        sold_on = None
        buyer = None
        if status == "sold":
            sold_on = listed + dt.timedelta(days=r.randint(1, max(1, min(age, 45))))
            buyer = r.choice(buyer_pool) if buyer_pool else None
            if buyer is None:
                status = "active" if age <= 60 else "expired"
        for _ in range(n_off):
            if not buyer_pool:
                break
            b = r.choice(buyer_pool)
            made = listed + dt.timedelta(days=r.randint(0, max(0, min(age, 40))))
            if sold_on and made > sold_on:
                made = sold_on
            amt = round(ask * r.uniform(0.6, 0.95), 0)
            if status == "sold":
                st = "declined"
            elif status == "active":
                st = r.choice(["pending", "pending", "declined"])
            else:
                st = r.choice(["declined", "expired"])
            oid += 1
            offers.append([oid, lid, b, float(amt), made.isoformat(), st])
        if status == "sold":
            accepted_offer = r.random() < 0.55
            if accepted_offer:
                amt = float(round(ask * r.uniform(0.75, 0.97), 0))
                oid += 1
                offers.append(
                    [oid, lid, buyer, amt, (sold_on - dt.timedelta(days=r.randint(0, 1))).isoformat(), "accepted"]
                )
                sale_price = amt
            else:
                sale_price = ask
            deliv = r.choices(["pickup", "shipping"], weights=[60, 40])[0]
            fee = round(r.choice([7.99, 9.99, 12.5, 14.99, 24.0]), 2) if deliv == "shipping" else None
            sid += 1
            sales.append((sid, lid, buyer, sale_price, sold_on.isoformat(), deliv, fee))
            # reviews: buyer reviews seller often, seller reviews buyer sometimes
            if r.random() < 0.55 and sold_on + dt.timedelta(days=2) <= LAST_DAY:
                rid += 1
                stars = r.choices([5, 4, 3, 2, 1], weights=[55, 25, 10, 5, 5])[0]
                reviews.append((rid, sid, buyer, s, stars, r.choice([None, None, "Great seller!", "As described",
                                "Smooth pickup", "Item smaller than expected", "Took long to ship"]),
                                min(LAST_DAY, sold_on + dt.timedelta(days=r.randint(1, 9))).isoformat()))  # fmt: skip
            if r.random() < 0.25 and sold_on + dt.timedelta(days=2) <= LAST_DAY:
                rid += 1
                reviews.append((rid, sid, s, buyer, r.choice([5, 5, 4]), None,
                                min(LAST_DAY, sold_on + dt.timedelta(days=r.randint(1, 5))).isoformat()))  # fmt: skip
        shown = title if r.random() < 0.25 else f"{title}, {r.choice(_RH_BLURBS[cond])}"
        listings.append((lid, s, cat, shown, cond, ask, listed.isoformat(), status))
    # saved listings (watchlists)
    seen = set()
    for _ in range(520):
        lst = r.choice(listings)
        u = r.randint(1, len(users))
        if u == lst[1] or (u, lst[0]) in seen:
            continue
        seen.add((u, lst[0]))
        d = dt.date.fromisoformat(lst[6])
        saved.append((u, lst[0], _day(r, d, min(LAST_DAY, d + dt.timedelta(days=30))).isoformat()))
    write_tables(path, REHOME_DDL, [
        ("users", users), ("categories", cats), ("listings", listings), ("offers", [tuple(o) for o in offers]),
        ("sales", sales), ("reviews", reviews), ("saved_listings", saved),
    ])  # fmt: skip


BUILDERS = {
    "brewshop": build_brewshop,
    "matbutik": build_matbutik,
    "podwave": build_podwave,
    "glossy": build_glossy,
    "ticketbay": build_ticketbay,
    "rehome": build_rehome,
}
