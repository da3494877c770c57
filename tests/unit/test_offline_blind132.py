"""Hundred-and-thirty-second blind measure of the offline translator: retail, e-commerce, subscriptions and media.

Six schemas: ``brewshop`` (a coffee webshop on WordPress + WooCommerce: ``wp_`` tables, users and products with
key/value meta rows for billing city, roles, prices, sale prices and stock status, a product-category tree through
``wp_term_taxonomy.parent``, a term-relationship link table for categories and tags, orders with 'wc-' status codes,
guest checkouts and an order-line lookup, money in US dollars); ``matbutik`` (a Swedish grocery chain named in
Swedish: stores, staff with a ``chef_anst_nr`` manager self-reference, product groups, suppliers, products priced in
kronor per piece or per kilo, loyalty members with Bas/Silver/Guld tiers, receipts and receipt lines with member
discounts, 'J'/'N' flags); ``podwave`` (a podcast network as a camelCase export with 'true'/'false' text flags and ISO
'T...Z' timestamps: shows, a show-host link with on-air and producer roles, episodes in seconds with
trailer/bonus/premium kinds, listeners, a listener-show follow link, plays, sponsors and ad reads in US dollars);
``glossy`` (a Dutch magazine publisher in PascalCase: magazines, issues, articles with an article-author link,
subscribers, subscription terms and invoices, every price stored including VAT beside a VAT rate in percent);
``ticketbay`` (an event ticketing site in abbreviated snake_case: venues, performers, events with one-letter status
codes, an event-performer lineup link, price tiers, customers with a ``referred_by`` self-reference, orders and
tickets, money in US cents and times in milliseconds since the epoch); ``rehome`` (a plain second-hand marketplace:
users with a ``referred_by`` self-reference, categories with commission, listings, offers, sales, two-way reviews
and a saved-listings link table).

The questions in ``nl2sql_blind132/questions.jsonl`` and their gold SQL were written and frozen by a helper that
never saw the translator, before it was run on them. Reads are judged by execution (correct, wrong or refused);
``writes.jsonl`` holds change requests whose right answer is a refusal. Its helper reported no slip.
The first run (2026-12-07, commit e6bda26, after the rules drawn from blind125-128 and before any drawn from this
corpus) measured 24 correct, 4 wrong and 92 refused of the 120 reads; all 12 write requests were refused.
At the end of the session (commit 14034a9's rules): 25 correct, 3 wrong (2.5%), 92 refused; all 12 write requests
refused.
"""

from __future__ import annotations

from pathlib import Path

from nl2sql_blind132.build import BUILDERS
from nl2sql_data.blind import corpus_tests

_tests = corpus_tests(Path(__file__).parent / "nl2sql_blind132", BUILDERS, databases=6, reads_per_db=20, tables=(4, 9))
globals().update(_tests)
