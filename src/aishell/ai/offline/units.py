"""Units of measure: the words that name them, the unit a column's name carries (``duration_sec``, ``weight_kg``)
and the unit of measure a rate is per (``price_per_kg``)."""

from __future__ import annotations

from aishell.ai.offline.schema import ColumnMeta

#: length units -> metres (for squares and cubes: ``area_km2``, "square metres")
LENGTHS = {
    "mm": 0.001,
    "millimetre": 0.001,
    "millimetres": 0.001,
    "cm": 0.01,
    "centimetre": 0.01,
    "centimetres": 0.01,
    "m": 1.0,
    "metre": 1.0,
    "metres": 1.0,
    "meter": 1.0,
    "meters": 1.0,
    "km": 1000.0,
    "kilometre": 1000.0,
    "kilometres": 1000.0,
    "kilometer": 1000.0,
    "kilometers": 1000.0,
}

#: class words some naming standards put last, after the unit (``_cnt``, ``_qty``, ``_amt``, ``_val``, ``_nbr``)
CLASS_WORDS = frozenset({"cnt", "qty", "amt", "val", "nbr", "num", "nb", "no", "ct", "value", "count", "quantity"})


def _unit_table() -> dict[str, tuple[str, float, str]]:
    out: dict[str, tuple[str, float, str]] = {}
    groups: list[tuple[str, float, str, tuple[str, ...]]] = [
        ("time", 0.001, "", ("ms", "msec", "msecs", "millisecond", "milliseconds", "millis")),
        ("time", 1.0, "", ("s", "sec", "secs", "second", "seconds")),
        ("time", 60.0, "", ("min", "mins", "minute", "minutes")),
        ("time", 3600.0, "", ("h", "hr", "hrs", "hour", "hours")),
        ("time", 86400.0, "", ("day", "days", "night", "nights")),
        ("time", 604800.0, "", ("week", "weeks")),
        ("length", 0.001, "", ("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
        ("length", 0.01, "", ("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
        ("length", 1.0, "", ("m", "metre", "metres", "meter", "meters")),
        ("length", 1000.0, "", ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
        ("length", 0.3048, "", ("ft", "foot", "feet")),
        ("length", 1609.344, "", ("mi", "mile", "miles")),
        ("mass", 1e-6, "", ("ug", "mcg", "microgram", "micrograms")),
        ("mass", 0.001, "", ("mg", "milligram", "milligrams")),
        ("mass", 1.0, "", ("g", "gram", "grams", "gramme", "grammes")),
        ("mass", 1000.0, "", ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")),
        ("mass", 1e6, "", ("t", "tonne", "tonnes", "ton", "tons")),
        ("volume", 1e-6, "", ("ul", "µl", "microlitre", "microlitres", "microliter", "microliters")),
        ("volume", 0.001, "", ("ml", "millilitre", "millilitres", "milliliter", "milliliters")),
        ("volume", 0.01, "", ("cl", "centilitre", "centilitres", "centiliter", "centiliters")),
        ("volume", 1.0, "", ("l", "ltr", "litre", "litres", "liter", "liters")),
        ("volume", 100.0, "", ("hl", "hectolitre", "hectolitres", "hectoliter", "hectoliters")),
        ("volume", 1000.0, "", ("m3", "kilolitre", "kilolitres")),
        ("area", 1.0, "", ("sqm", "sqmt", "m2")),
        ("area", 1e6, "", ("km2", "sqkm")),
        ("area", 0.09290304, "", ("sqft",)),
        ("area", 10000.0, "", ("ha", "hectare", "hectares")),
        ("temperature", 0.001, "", ("mdegc", "millidegc", "millidegrees")),  # a sensor's thousandths of a degree
        ("temperature", 1.0, "", ("celsius", "degc", "centigrade")),
        ("energy", 1.0, "", ("wh",)),
        ("energy", 1000.0, "", ("kwh",)),
        ("energy", 1e6, "", ("mwh",)),
        ("energy", 1e9, "", ("gwh",)),
        ("money", 0.01, "", ("cent", "cents", "pence", "penny", "pennies", "minor",
                             # the hundredths of the crown, the zloty and the Nordic crowns (cena_hal, pris_ore)
                             "hal", "haler", "halere", "haleru", "grosz", "grosze", "groszy", "ore", "oere")),
        ("money", 1.0, "usd", ("usd", "dollar", "dollars")),
        ("money", 1.0, "eur", ("eur", "euro", "euros")),
        ("money", 1.0, "gbp", ("gbp", "pound", "pounds", "quid", "sterling")),
        ("money", 1.0, "chf", ("chf", "franc", "francs")),
        ("money", 1.0, "jpy", ("jpy", "yen")),
        ("money", 1.0, "nok", ("nok",)),
        ("money", 1.0, "sek", ("sek",)),
        ("money", 1.0, "dkk", ("dkk",)),
        # Norwegian, Danish or Swedish (or the Czech crown said in English): the column says
        ("money", 1.0, "", ("krone", "kroner", "kronor", "kronur", "crown", "crowns")),
        ("money", 1.0, "czk", ("czk", "koruna", "korun")),
        ("money", 1.0, "pln", ("pln", "zloty", "zlotys", "zlotych")),
        ("money", 1.0, "huf", ("huf", "forint", "forints")),
        ("money", 1.0, "inr", ("inr", "rupee", "rupees")),
        ("money", 1.0, "cny", ("cny", "rmb", "yuan", "renminbi")),
        ("money", 1.0, "", ("peso", "pesos")),  # Mexican, Argentine, Chilean ...: the column says which
        ("money", 1.0, "mxn", ("mxn",)),
        ("money", 1.0, "aud", ("aud",)),
        ("money", 1.0, "cad", ("cad",)),
    ]
    for dim, factor, cur, words in groups:
        for w in words:
            out[w] = (dim, factor, cur)
    return out


#: unit word -> (dimension, factor to the dimension's base unit, currency code)
UNITS = _unit_table()
#: one-letter units ("m", "g", "t", "l", "s", "h"): a unit only right after a number
SHORT_UNITS = frozenset(w for w in UNITS if len(w) <= 1)


def column_unit(words: tuple[str, ...] | list[str]) -> tuple[str, float, str] | None:
    """The unit a column's name carries: its last word (``duration_sec``), or a spelled-out first word
    (``seconds_played``, ``minutes_watched``)."""
    if len(words) < 2:
        # a column named by its unit alone: "Milliseconds", "seconds", "kilometres" (never "m" or "min")
        return UNITS.get(words[0]) if words and len(words[0]) >= 5 else None
    if words[-1] in ("2", "3") and (length := LENGTHS.get(words[-2])) is not None:
        # area_km2 split as area, km, 2: a square (or a cube) of the length
        return ("area", length**2, "") if words[-1] == "2" else ("volume", length**3 * 1000.0, "")
    last = UNITS.get(words[-1])
    if last is not None:
        return last
    if len(words) >= 3 and words[-1] in CLASS_WORDS and len(words[-2]) >= 2:
        # a data-dictionary class word after the unit: runtime_sec_cnt, weight_kg_qty, dist_km_val
        inner = UNITS.get(words[-2])
        if inner is not None:
            return inner
    return UNITS.get(words[0]) if len(words[0]) >= 4 else None


#: the kinds of unit a price may be per that a row's quantity is measured in (a price per night is per row)
_MEASURED_DIMENSIONS = frozenset({"mass", "length", "volume", "area", "energy"})


def per_unit(col: ColumnMeta) -> tuple[str, float, str] | None:
    """The unit of measure a rate's name says it is per: ``price_per_kg``, ``PricePerKg``, ``cost_per_litre``."""
    words = col.words
    if "per" not in words[:-1]:
        return None
    unit = UNITS.get(words[words.index("per") + 1])
    return unit if unit is not None and unit[0] in _MEASURED_DIMENSIONS else None


def product_scale(qty: ColumnMeta, price: ColumnMeta) -> float | None:
    """What ``qty * price`` must be multiplied by: 1000 for ``qty_tonnes * price_per_kg``, 1 when either name says no
    unit of measure; None when the units measure different things (litres times a price per kilogram)."""
    per, have = per_unit(price), column_unit(qty.words)
    if per is None or have is None or have[0] not in _MEASURED_DIMENSIONS:
        return 1.0
    return have[1] / per[1] if have[0] == per[0] else None
