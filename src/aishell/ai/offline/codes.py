"""Conventional codes for words of general English: a country's ISO codes, a sex's letter.

"speakers from Germany" must find ``country = 'DE'`` when the column stores ISO codes, and
"female members" ``gender = 'F'``.  A code is only ever offered for a column whose own name
says what it holds (``country``, ``cntry_cd``, ``nationality``; ``gender``, ``sex``), and only
when that column was seen to hold the code.  Nothing here names a particular database.
"""

from __future__ import annotations

#: what a column holds -> the words its name may use for it
CONCEPT_WORDS: dict[str, frozenset[str]] = {
    "country": frozenset({"country", "countries", "cntry", "ctry", "nation", "nationality", "citizenship", "land",
                          "pais", "pays", "paese"}),  # (German Land, SAP LAND1; Spanish, French, Italian)
    "sex": frozenset({"gender", "sex", "gndr"}),
}

#: country name (lower case, words joined by spaces) -> its ISO 3166 alpha-2 and alpha-3 codes
COUNTRIES: dict[str, tuple[str, str]] = {
    "argentina": ("AR", "ARG"), "australia": ("AU", "AUS"), "austria": ("AT", "AUT"),
    "belgium": ("BE", "BEL"), "brazil": ("BR", "BRA"), "bulgaria": ("BG", "BGR"), "canada": ("CA", "CAN"),
    "chile": ("CL", "CHL"), "china": ("CN", "CHN"), "colombia": ("CO", "COL"), "croatia": ("HR", "HRV"),
    "czechia": ("CZ", "CZE"), "czech republic": ("CZ", "CZE"), "denmark": ("DK", "DNK"), "egypt": ("EG", "EGY"),
    "estonia": ("EE", "EST"), "finland": ("FI", "FIN"), "france": ("FR", "FRA"), "germany": ("DE", "DEU"),
    "greece": ("GR", "GRC"), "hungary": ("HU", "HUN"), "iceland": ("IS", "ISL"), "india": ("IN", "IND"),
    "indonesia": ("ID", "IDN"), "ireland": ("IE", "IRL"), "israel": ("IL", "ISR"), "italy": ("IT", "ITA"),
    "japan": ("JP", "JPN"), "kenya": ("KE", "KEN"), "latvia": ("LV", "LVA"), "lithuania": ("LT", "LTU"),
    "luxembourg": ("LU", "LUX"), "malaysia": ("MY", "MYS"), "mexico": ("MX", "MEX"), "morocco": ("MA", "MAR"),
    "netherlands": ("NL", "NLD"), "the netherlands": ("NL", "NLD"), "holland": ("NL", "NLD"),
    "new zealand": ("NZ", "NZL"), "nigeria": ("NG", "NGA"), "norway": ("NO", "NOR"), "pakistan": ("PK", "PAK"),
    "peru": ("PE", "PER"), "philippines": ("PH", "PHL"), "poland": ("PL", "POL"), "portugal": ("PT", "PRT"),
    "romania": ("RO", "ROU"), "russia": ("RU", "RUS"), "saudi arabia": ("SA", "SAU"), "singapore": ("SG", "SGP"),
    "slovakia": ("SK", "SVK"), "slovenia": ("SI", "SVN"), "south africa": ("ZA", "ZAF"),
    "south korea": ("KR", "KOR"), "korea": ("KR", "KOR"), "spain": ("ES", "ESP"), "sweden": ("SE", "SWE"),
    "switzerland": ("CH", "CHE"), "taiwan": ("TW", "TWN"), "thailand": ("TH", "THA"), "turkey": ("TR", "TUR"),
    "ukraine": ("UA", "UKR"), "united arab emirates": ("AE", "ARE"), "united kingdom": ("GB", "GBR"),
    "great britain": ("GB", "GBR"), "britain": ("GB", "GBR"), "uk": ("GB", "GBR"), "united states": ("US", "USA"),
    "usa": ("US", "USA"), "america": ("US", "USA"), "vietnam": ("VN", "VNM"),
}

#: adjectives of nationality -> the country ("German suppliers": country = 'Germany', 'DE' or 'DEU')
DEMONYMS: dict[str, str] = {
    "american": "united states", "argentinian": "argentina", "australian": "australia", "austrian": "austria",
    "belgian": "belgium", "brazilian": "brazil", "british": "united kingdom", "bulgarian": "bulgaria",
    "canadian": "canada", "chilean": "chile", "chinese": "china", "colombian": "colombia", "croatian": "croatia",
    "czech": "czechia", "danish": "denmark", "dutch": "netherlands", "egyptian": "egypt", "estonian": "estonia",
    "finnish": "finland", "french": "france", "german": "germany", "greek": "greece", "hungarian": "hungary",
    "icelandic": "iceland", "indian": "india", "indonesian": "indonesia", "irish": "ireland",
    "israeli": "israel", "italian": "italy", "japanese": "japan", "kenyan": "kenya", "latvian": "latvia",
    "lithuanian": "lithuania", "malaysian": "malaysia", "mexican": "mexico", "moroccan": "morocco",
    "nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan", "peruvian": "peru",
    "filipino": "philippines", "polish": "poland", "portuguese": "portugal", "romanian": "romania",
    "russian": "russia", "saudi": "saudi arabia", "singaporean": "singapore", "slovak": "slovakia",
    "slovenian": "slovenia", "korean": "south korea", "spanish": "spain", "swedish": "sweden", "swiss": "switzerland",
    "taiwanese": "taiwan", "thai": "thailand", "turkish": "turkey", "ukrainian": "ukraine", "vietnamese": "vietnam",
}  # fmt: skip

#: an adjective of sex -> the stored spellings it may take.  Only adjectives ("female pupils"): a noun such as
#: "men" would also choose the table ("how many men teach Maths" is not about the one table with a sex column)
SEXES: dict[str, tuple[str, ...]] = {
    "female": ("f", "female", "w", "woman"),
    "male": ("m", "male", "man"),
}
#: nouns of sex, used as a predicate ("patients who are women", "results in women")
SEX_NOUNS: dict[str, str] = {"women": "female", "woman": "female", "men": "male", "man": "male"}

#: the longest country name, in words
MAX_WORDS = max(len(name.split()) for name in COUNTRIES)


def codes_for(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``{concept: spellings}`` a phrase of lower-case words may be stored as."""
    phrase = " ".join(words)
    out: dict[str, tuple[str, ...]] = {}
    if phrase in COUNTRIES:
        out["country"] = tuple(c.lower() for c in COUNTRIES[phrase])
    elif phrase in DEMONYMS:
        country = DEMONYMS[phrase]
        out["country"] = (country, *(c.lower() for c in COUNTRIES[country]))
    if phrase in SEXES:
        out["sex"] = SEXES[phrase]
    elif phrase in SEX_NOUNS:
        out["sex"] = SEXES[SEX_NOUNS[phrase]]
    return out
