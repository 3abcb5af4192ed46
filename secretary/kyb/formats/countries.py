"""Country names as the sanctions lists spell them, mapped to ISO 3166-1 alpha-2 codes.

pycountry is not installed, so this is a hand table: the English short names (generated once
from CLDR via babel, then frozen here so nothing depends on babel at run time) plus the
spellings OFAC, the UN and the UK actually use ("Korea, North", "Iran (Islamic Republic of)",
"Burma", "Palestinian"...). Lookups are forgiving about case, accents, punctuation, "&"/"and",
"St."/"Saint" and a stray "The"; anything unknown maps to None rather than to a guess.
"""

from __future__ import annotations

import re
import unicodedata

# ISO code = English short name (CLDR). XK (Kosovo) is user-assigned but used by the EU and OFAC.
_NAMES = (
    "AD=Andorra|AE=United Arab Emirates|AF=Afghanistan|AG=Antigua & Barbuda|AI=Anguilla|AL=Albania|"
    "AM=Armenia|AO=Angola|AQ=Antarctica|AR=Argentina|AS=American Samoa|AT=Austria|AU=Australia|AW=Aruba|"
    "AX=Åland Islands|AZ=Azerbaijan|BA=Bosnia & Herzegovina|BB=Barbados|BD=Bangladesh|BE=Belgium|"
    "BF=Burkina Faso|BG=Bulgaria|BH=Bahrain|BI=Burundi|BJ=Benin|BL=St. Barthélemy|BM=Bermuda|BN=Brunei|"
    "BO=Bolivia|BQ=Caribbean Netherlands|BR=Brazil|BS=Bahamas|BT=Bhutan|BV=Bouvet Island|BW=Botswana|"
    "BY=Belarus|BZ=Belize|CA=Canada|CC=Cocos (Keeling) Islands|CD=Congo - Kinshasa|"
    "CF=Central African Republic|CG=Congo - Brazzaville|CH=Switzerland|CI=Côte d’Ivoire|CK=Cook Islands|"
    "CL=Chile|CM=Cameroon|CN=China|CO=Colombia|CR=Costa Rica|CU=Cuba|CV=Cape Verde|CW=Curaçao|"
    "CX=Christmas Island|CY=Cyprus|CZ=Czechia|DE=Germany|DJ=Djibouti|DK=Denmark|DM=Dominica|"
    "DO=Dominican Republic|DZ=Algeria|EC=Ecuador|EE=Estonia|EG=Egypt|EH=Western Sahara|ER=Eritrea|ES=Spain|"
    "ET=Ethiopia|FI=Finland|FJ=Fiji|FK=Falkland Islands|FM=Micronesia|FO=Faroe Islands|FR=France|GA=Gabon|"
    "GB=United Kingdom|GD=Grenada|GE=Georgia|GF=French Guiana|GG=Guernsey|GH=Ghana|GI=Gibraltar|GL=Greenland|"
    "GM=Gambia|GN=Guinea|GP=Guadeloupe|GQ=Equatorial Guinea|GR=Greece|"
    "GS=South Georgia & South Sandwich Islands|GT=Guatemala|GU=Guam|GW=Guinea-Bissau|GY=Guyana|"
    "HK=Hong Kong SAR China|HM=Heard & McDonald Islands|HN=Honduras|HR=Croatia|HT=Haiti|HU=Hungary|"
    "ID=Indonesia|IE=Ireland|IL=Israel|IM=Isle of Man|IN=India|IO=British Indian Ocean Territory|IQ=Iraq|"
    "IR=Iran|IS=Iceland|IT=Italy|JE=Jersey|JM=Jamaica|JO=Jordan|JP=Japan|KE=Kenya|KG=Kyrgyzstan|KH=Cambodia|"
    "KI=Kiribati|KM=Comoros|KN=St. Kitts & Nevis|KP=North Korea|KR=South Korea|KW=Kuwait|KY=Cayman Islands|"
    "KZ=Kazakhstan|LA=Laos|LB=Lebanon|LC=St. Lucia|LI=Liechtenstein|LK=Sri Lanka|LR=Liberia|LS=Lesotho|"
    "LT=Lithuania|LU=Luxembourg|LV=Latvia|LY=Libya|MA=Morocco|MC=Monaco|MD=Moldova|ME=Montenegro|"
    "MF=St. Martin|MG=Madagascar|MH=Marshall Islands|MK=North Macedonia|ML=Mali|MM=Myanmar (Burma)|"
    "MN=Mongolia|MO=Macao SAR China|MP=Northern Mariana Islands|MQ=Martinique|MR=Mauritania|MS=Montserrat|"
    "MT=Malta|MU=Mauritius|MV=Maldives|MW=Malawi|MX=Mexico|MY=Malaysia|MZ=Mozambique|NA=Namibia|"
    "NC=New Caledonia|NE=Niger|NF=Norfolk Island|NG=Nigeria|NI=Nicaragua|NL=Netherlands|NO=Norway|NP=Nepal|"
    "NR=Nauru|NU=Niue|NZ=New Zealand|OM=Oman|PA=Panama|PE=Peru|PF=French Polynesia|PG=Papua New Guinea|"
    "PH=Philippines|PK=Pakistan|PL=Poland|PM=St. Pierre & Miquelon|PN=Pitcairn Islands|PR=Puerto Rico|"
    "PS=Palestinian Territories|PT=Portugal|PW=Palau|PY=Paraguay|QA=Qatar|RE=Réunion|RO=Romania|RS=Serbia|"
    "RU=Russia|RW=Rwanda|SA=Saudi Arabia|SB=Solomon Islands|SC=Seychelles|SD=Sudan|SE=Sweden|SG=Singapore|"
    "SH=St. Helena|SI=Slovenia|SJ=Svalbard & Jan Mayen|SK=Slovakia|SL=Sierra Leone|SM=San Marino|SN=Senegal|"
    "SO=Somalia|SR=Suriname|SS=South Sudan|ST=São Tomé & Príncipe|SV=El Salvador|SX=Sint Maarten|SY=Syria|"
    "SZ=Eswatini|TC=Turks & Caicos Islands|TD=Chad|TF=French Southern Territories|TG=Togo|TH=Thailand|"
    "TJ=Tajikistan|TK=Tokelau|TL=Timor-Leste|TM=Turkmenistan|TN=Tunisia|TO=Tonga|TR=Türkiye|"
    "TT=Trinidad & Tobago|TV=Tuvalu|TW=Taiwan|TZ=Tanzania|UA=Ukraine|UG=Uganda|UM=U.S. Outlying Islands|"
    "US=United States|UY=Uruguay|UZ=Uzbekistan|VA=Vatican City|VC=St. Vincent & Grenadines|VE=Venezuela|"
    "VG=British Virgin Islands|VI=U.S. Virgin Islands|VN=Vietnam|VU=Vanuatu|WF=Wallis & Futuna|WS=Samoa|"
    "XK=Kosovo|YE=Yemen|YT=Mayotte|ZA=South Africa|ZM=Zambia|ZW=Zimbabwe|"
)

# Other spellings found in OFAC, UN, UK and EU files (and common English variants).
_VARIANTS = (
    "BA=Bosnia-Herzegovina|BN=Brunei Darussalam|BO=Bolivia (Plurinational State of)|BS=Bahamas, The|"
    "CD=Congo, Democratic Republic of the|CD=Democratic Republic of the Congo|CD=DR Congo|CD=Zaire|"
    "CG=Congo, Republic of the|CG=Republic of the Congo|CG=Congo|CI=Cote d Ivoire|CI=Ivory Coast|"
    "CV=Cabo Verde|CZ=Czech Republic|FM=Micronesia (Federated States of)|FM=Micronesia, Federated States of|"
    "GB=United Kingdom of Great Britain and Northern Ireland|GB=Great Britain|GB=UK|GB=Britain|"
    "GM=Gambia, The|HK=Hong Kong|IM=Man, Isle of|IR=Iran (Islamic Republic of)|IR=Iran, Islamic Republic of|"
    "KN=Saint Kitts and Nevis|KP=Korea, North|KP=Democratic People's Republic of Korea|"
    "KP=Korea, Democratic People's Republic of|KP=DPRK|KR=Korea, South|KR=Republic of Korea|"
    "KR=Korea, Republic of|LA=Lao People's Democratic Republic|LA=Lao PDR|LY=Libyan Arab Jamahiriya|"
    "MD=Republic of Moldova|MD=Moldova, Republic of|MK=North Macedonia, The Republic of|MK=Macedonia|"
    "MK=Macedonia, The Former Yugoslav Republic of|MK=The former Yugoslav Republic of Macedonia|"
    "MM=Burma|MM=Myanmar|MO=Macau|MO=Macao|PS=Palestinian|PS=Palestine|PS=State of Palestine|"
    "PS=Palestinian Authority|PS=Occupied Palestinian Territory|PS=West Bank|PS=Gaza|PS=Gaza Strip|"
    "RU=Russian Federation|SY=Syrian Arab Republic|SZ=Swaziland|TL=East Timor|TR=Turkey|TW=Taiwan, China|"
    "TZ=United Republic of Tanzania|TZ=Tanzania, United Republic of|US=United States of America|US=USA|"
    "US=U.S.A.|VA=Holy See|VA=Vatican City|VC=Saint Vincent and the Grenadines|"
    "VE=Venezuela (Bolivarian Republic of)|VG=Virgin Islands, British|VI=Virgin Islands, U.S.|"
    "VN=Viet Nam|XK=Republic of Kosovo|"
)


def _key(name: str) -> str:
    """Fold a country name to a comparison key: no accents, case, punctuation, "the" or "St."."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    return " ".join("saint" if w == "st" else w for w in words if w != "the")


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for chunk in (_NAMES, _VARIANTS):
        for item in chunk.split("|"):
            if item:
                code, name = item.split("=", 1)
                table.setdefault(_key(name), code)
    return table


_TABLE = _table()
_CODES = frozenset(_TABLE.values())


def to_iso2(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code (upper case) for a country name or code, None when unknown."""
    if not name:
        return None
    text = name.strip()
    if len(text) == 2 and text.isalpha() and text.upper() in _CODES:
        return text.upper()
    return _TABLE.get(_key(text))  # also catches "UK", which is no ISO code


def country_prefix(text: str, max_words: int = 4) -> str | None:
    """The ISO code of a country name that starts text ("Afghanistan passport number ..."), if any.

    Only names count here, not bare codes, so a leading "ID" or "NO" is not Indonesia or Norway.
    """
    words = text.split()
    for size in range(min(max_words, len(words)), 0, -1):
        code = _TABLE.get(_key(" ".join(words[:size])))
        if code:
            return code
    return None
