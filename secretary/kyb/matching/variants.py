"""Word lists the name matcher uses: given-name variants, particles and titles, generic and
translated organisation words. Written as people write them; looked up by spelling key
(normalize.fold), so every transliteration of a listed spelling is covered too.
"""

from __future__ import annotations

from secretary.kyb.matching.normalize import ascii_tokens, fold

# Forms of one given name across languages and transliteration systems. A pair in one group
# is a "name variant" (Mykola ~ Nikolai); spellings of one form need no entry (fold covers them).
GIVEN_NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Oleksandr", "Aleksandr", "Alexander", "Alexandr", "Aleksander", "Alexandre", "Alessandro", "Alejandro",
     "Olexandr", "Sasha", "Aliaksandr", "Alyaksandr"),
    ("Oleksiy", "Oleksii", "Aleksei", "Aleksey", "Alexey", "Alexei", "Alexej", "Alexis", "Aliaksei", "Alyaksei"),
    ("Andriy", "Andrii", "Andrei", "Andrey", "Andrew", "Andreas", "Andrzej", "Andre", "Andrej"),
    ("Anatoliy", "Anatolii", "Anatoly", "Anatoli", "Anatol"),
    ("Bohdan", "Bogdan"), ("Borys", "Boris"),
    ("Dmytro", "Dmitriy", "Dmitry", "Dmitri", "Dmitrii", "Dimitri", "Dimitrios", "Dzmitry", "Dzmitryi"),
    ("Yevhen", "Yevgeniy", "Yevgeny", "Evgeny", "Evgeniy", "Evgenii", "Eugene", "Jewgeni", "Eugen", "Yauhen",
     "Yauheni", "Jauhien"),
    ("Fedir", "Fyodor", "Fedor", "Theodor", "Theodore", "Teodor", "Fiodar"),
    ("Heorhiy", "Heorhii", "Georgiy", "Georgy", "Georgii", "George", "Georg", "Jurgen", "Giorgi", "Jorge"),
    ("Hryhoriy", "Hryhorii", "Grigoriy", "Grigory", "Grigorii", "Gregory", "Gregor", "Grzegorz", "Ryhor"),
    ("Ihor", "Igor"), ("Oleh", "Oleg"), ("Illia", "Ilya", "Ilia", "Elias"),
    ("Yakiv", "Yakov", "Jakob", "Jacob", "Iakov", "Jakub", "Yaakov", "Yakub", "Yaqub"),
    ("Yuriy", "Yurii", "Yuri", "Yury", "Iurii", "Jurij", "Juri", "Jerzy"),
    ("Kostiantyn", "Konstantin", "Konstantyn", "Constantin", "Constantine", "Kostyantyn", "Kanstantsin"),
    ("Maksym", "Maksim", "Maxim", "Maximilian"),
    ("Mykhailo", "Mykhaylo", "Mikhail", "Mikhael", "Michael", "Michail", "Michal", "Michel", "Miguel", "Mikhaylo"),
    ("Mykola", "Nikolai", "Nikolay", "Nicholas", "Nikolaus", "Nicolas", "Nicolai", "Mikola", "Niklas",
     "Nikola", "Mikalai", "Mikalaj"),
    ("Pavlo", "Pavel", "Paul", "Pawel", "Paulo", "Pablo", "Paval"),
    ("Petro", "Pyotr", "Petr", "Peter", "Piotr", "Pietro", "Pedro", "Pierre", "Piatro"),
    ("Serhiy", "Serhii", "Sergei", "Sergey", "Sergiy", "Sergii", "Serge", "Sergio", "Sergej", "Siarhei", "Siarhiej"),
    ("Stepan", "Stefan", "Stephen", "Steven", "Stephan", "Esteban", "Stiepan", "Stsiapan"),
    ("Vasyl", "Vasiliy", "Vasily", "Vasilii", "Wassili", "Basil", "Vasile", "Vasil"),
    ("Viktor", "Victor", "Viktar"), ("Volodymyr", "Vladimir", "Wladimir", "Wolodymyr", "Vladimer", "Uladzimir",
     "Uladzimer"),
    ("Viacheslav", "Vyacheslav", "Wjatscheslaw", "Viachaslau", "Vyachaslau"), ("Yaroslav", "Jaroslav",
     "Iaroslav", "Jaroslaw"),
    ("Valeriy", "Valerii", "Valery", "Valeri"), ("Vitaliy", "Vitalii", "Vitaly", "Vitali"),
    ("Hennadiy", "Hennadii", "Gennady", "Gennadiy", "Gennadi", "Gennadii", "Henadz", "Genadz"),
    ("Kyrylo", "Kirill", "Cyril", "Kiril", "Cyrill", "Kiryl"), ("Denys", "Denis", "Dzianis"),
    ("Mykyta", "Nikita", "Mikita"), ("Matviy", "Matvey", "Matthew", "Matthias", "Mateusz", "Matvei"),
    ("Yosyp", "Iosif", "Josef", "Joseph", "Yosef", "Giuseppe", "Jozef", "Yusuf", "Yousef", "Youssef", "Yousuf"),
    ("Ivan", "Iwan", "Ioann", "Jovan"),
    ("Yuliia", "Yulia", "Julia", "Iuliia", "Yuliya", "Julija"),
    ("Olha", "Olga", "Olgha", "Volha"), ("Olena", "Elena", "Yelena", "Helen", "Helena", "Jelena", "Alena",
     "Alyona", "Aliona"),
    ("Nataliia", "Natalia", "Natalya", "Natalie", "Nathalie", "Natalija", "Natallia"),
    ("Tetiana", "Tatiana", "Tatyana", "Tatjana", "Tetyana", "Tatsiana"), ("Svitlana", "Svetlana", "Swetlana",
     "Sviatlana"),
    ("Iryna", "Irina", "Irene"), ("Halyna", "Galina", "Halina"), ("Liudmyla", "Lyudmila", "Ludmila",
     "Ljudmila", "Liudmila"),
    ("Kseniia", "Ksenia", "Xenia", "Kseniya"), ("Hanna", "Anna", "Ganna", "Anne", "Ann"),
    ("Mariia", "Maria", "Mariya", "Marija", "Mary", "Marie", "Maryia"),
    ("Kateryna", "Ekaterina", "Yekaterina", "Katerina", "Catherine", "Katharina", "Katarzyna", "Katsiaryna"),
    ("Viktoriia", "Viktoria", "Victoria"), ("Nadiia", "Nadezhda", "Nadia", "Nadzeya"), ("Valentyna",
     "Valentina", "Valiantsina"),
    ("Muhammad", "Mohammad", "Mohamed", "Mohammed", "Muhammed", "Mohamad", "Mohd", "Muhamad", "Mehmet",
     "Mahomed", "Mohammad", "Mokhammad", "Magomed"),
    ("Ahmad", "Ahmed", "Ahmet", "Akhmed", "Achmed"),
    ("Hussein", "Husain", "Hussain", "Husayn", "Hossein", "Husein", "Huseyin", "Hussayn", "Gusein"),
    ("Hasan", "Hassan", "Khasan", "Gasan"), ("Abdullah", "Abdallah", "Abdulla", "Abdalla"),
    ("Abdul", "Abdel", "Abdal", "Abd", "Abdol", "Abdoul"), ("Omar", "Umar", "Omer"),
    ("Usama", "Osama", "Usamah", "Ussama"),
    ("Khalid", "Khaled", "Halid", "Chalid"), ("Ibrahim", "Ebrahim", "Abraham", "Ibragim"),
    ("Ismail", "Ismael", "Ismaeel", "Esmail", "Ismayil"), ("Mustafa", "Mostafa", "Moustafa", "Mustapha"),
    ("Mahmud", "Mahmoud", "Makhmud"), ("Said", "Saeed", "Sayed", "Sayyid", "Saeid", "Sayid", "Seyed"),
    ("Sulaiman", "Suleiman", "Sulayman", "Soliman", "Suleyman", "Suleymann", "Solomon"),
    ("Qasim", "Qassem", "Kasim", "Qasem", "Kassem", "Kassim", "Qassim"), ("Yunus", "Younis", "Younes", "Jonas"),
    ("Isa", "Issa", "Eesa"), ("Musa", "Moussa", "Mousa", "Moses", "Moshe"),
    ("Ali", "Aly"), ("Abu", "Abou"), ("Abdulrahman", "Abdurrahman", "Abdelrahman", "Abdalrahman"),
    ("Johann", "Johannes", "John", "Jon", "Jan", "Juan", "Giovanni", "Jean", "Joao", "Ioan", "Ian", "Sean"),
    ("Wilhelm", "William", "Willem", "Guillaume", "Guillermo"), ("Heinrich", "Henry", "Henri", "Enrique", "Hendrik"),
    ("Karl", "Carl", "Charles", "Carlos", "Karol", "Carlo"), ("Friedrich", "Frederick", "Fryderyk", "Federico"),
)

# Person-name words that are not names: titles, and particles lists write or leave out.
PERSON_STOP: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "herr", "frau", "sheikh", "shaikh", "shaykh", "imam",
    "mullah", "maulana", "hajji", "haji", "al", "el", "bin", "ibn", "bint", "binti", "ben", "van", "von",
    "der", "den", "de", "di", "da", "la", "le", "du", "del", "dos", "das", "ad", "ar", "as", "at", "az",
    "an", "ash", "ud", "ul", "ur", "aka", "fka", "nka", "alias", "jr", "sr", "junior", "senior", "ii", "iii",
})

# Organisation-name words that carry no meaning for matching.
ORG_STOP: frozenset[str] = frozenset({
    "the", "of", "and", "for", "in", "on", "at", "by", "to", "und", "der", "die", "das", "des", "fur", "im",
    "de", "la", "le", "les", "du", "del", "della", "di", "da", "do", "dos", "y", "et", "e", "i", "ta",
    "v", "z", "s", "po", "na", "dlia", "dla", "u", "al", "el", "aka", "fka", "nka", "formerly", "known", "as",
})

# Concepts: one meaning in several languages (and Russian/Ukrainian inflections, by prefix).
# A pair of tokens with one concept is a "translation"; concept words are generic (low weight).
CONCEPTS: dict[str, tuple[str, ...]] = {
    "bank": ("bank", "banka", "banku", "banco", "banque", "banca", "bankasi", "банк", "банка", "банку"),
    "russia": ("russia", "russian", "russie", "russland", "rossii", "rossiia", "rossiya", "rossiiskaya",
               "rossiiskoi", "rossiiskii", "rossiiskoe", "rossiiskie", "rossiiskiy", "rossiyskaya", "росії",
               "российский", "российская", "российской", "российское", "российские", "россии", "россия", "rf", "рф"),
    "federation": ("federation", "federal", "federalnaya", "federalnyi", "federatsii", "федерации", "федерального",
                   "федеральная", "федеральный"),
    "national": ("national", "nationale", "nacional", "natsionalnyi", "natsionalnaya", "natsionalnogo",
                 "национальный", "национального", "національний", "національного"),
    "state": ("state", "staatliche", "gosudarstvennaya", "gosudarstvennyi", "государственная", "государственный",
              "государственное", "державне", "державна", "державний", "derzhavna", "derzhavnyi"),
    "ministry": ("ministry", "ministerium", "ministere", "ministerstvo", "министерство", "міністерство"),
    "finance": ("finance", "finances", "financial", "finanzen", "finansov", "финансов", "фінансів", "finansovaya"),
    "center": ("center", "centre", "zentrum", "tsentr", "центр", "центральный", "центральний", "central",
               "tsentralnyi", "zentral", "zentrale"),
    "corporation": ("corporation", "korporatsiya", "корпорация", "корпорація", "korporatsiia"),
    "industry": ("industry", "industrial", "industries", "industrie", "promyshlennost", "promyshlennaya",
                 "промышленность", "промышленная", "промислова", "промисловий"),
    "technology": ("technology", "technologies", "technik", "technologie", "tekhnologii", "tekhnologiya",
                   "технологии", "технологий", "технології", "technologies"),
    "investment": ("investment", "investments", "invest", "investitsii", "инвестиции", "інвестиції", "investition"),
    "trade": ("trade", "trading", "handel", "handels", "torgovyi", "torgovaya", "торговый", "торговая",
              "торговий", "торгова", "commerce"),
    "oil": ("oil", "neft", "нефть", "нафта", "naftohaz", "erdol", "petroleum", "petrol"),
    "gas": ("gas", "gaz", "газ", "gazov", "газов", "erdgas"),
    "electronics": ("electronics", "electronic", "elektronika", "электроника", "електроніка", "elektronik"),
    "export": ("export", "exports", "eksport", "экспорт", "експорт", "eksportnyi"),
    "import": ("import", "imports", "импорт", "імпорт"),
    "development": ("development", "razvitiya", "развития", "розвитку", "entwicklung", "developpement"),
    "commercial": ("commercial", "kommercheskii", "коммерческий", "комерційний", "kommerzielle"),
    "company": ("company", "kompaniya", "компания", "компанія", "firma", "фирма", "фірма", "gesellschaft"),
    "group": ("group", "gruppa", "группа", "група", "gruppe", "groupe", "grupo", "grupa"),
    "holding": ("holding", "holdings", "холдинг", "kholding"),
    "institute": ("institute", "institut", "институт", "інститут", "instituto"),
    "science": ("science", "scientific", "nauchno", "научно", "научный", "науковий", "wissenschaft"),
    "research": ("research", "issledovatelskii", "issledovatelski", "исследовательский", "дослідний", "forschung"),
    "plant": ("plant", "factory", "zavod", "завод", "fabrik", "fabrika", "фабрика", "werk", "kombinat"),
    "university": ("university", "universitet", "университет", "університет", "universitat", "universidad"),
    "academy": ("academy", "akademiya", "академия", "академія", "akademie"),
    "union": ("union", "soyuz", "союз", "спілка", "obedinenie", "объединение", "об'єднання", "association",
              "associazione", "verband", "verein"),
    "fund": ("fund", "fond", "фонд", "stiftung", "foundation", "fundacion"),
    "transport": ("transport", "транспорт", "transportnaya", "logistics", "logistik", "логистика"),
    "shipping": ("shipping", "sudokhodnaya", "судоходная", "marine", "maritime", "морской", "морська"),
    "energy": ("energy", "energiya", "энергия", "енергія", "energie", "energetika", "энергетика", "power"),
    "service": ("service", "services", "servis", "сервис", "сервіс", "dienstleistungen", "servicios"),
    "international": ("international", "internatsionalnyi", "международный", "міжнародний", "internationale",
                      "internacional", "mezhdunarodnyi", "global", "worldwide"),
    "construction": ("construction", "stroitelnaya", "строительная", "будівельна", "bau", "stroi", "строй"),
    "management": ("management", "upravlenie", "управление", "управління", "verwaltung"),
    "ukraine": ("ukraine", "ukrainian", "ukrainy", "ukraina", "україни", "україна", "украины", "украина",
                "ukrainskii", "украинский", "український", "ukrainische"),
    "house": ("house", "dom", "дом", "дім", "haus"),
    "brothers": ("brothers", "bros", "gebruder", "gebrueder", "bratia", "братья", "брати", "hermanos", "freres"),
    "capital": ("capital", "kapital", "капитал", "капітал"),
    "insurance": ("insurance", "strakhovaya", "страховая", "страхова", "versicherung", "assurance"),
}

# Further generic organisation words (low weight, no translation).
GENERIC: tuple[str, ...] = (
    "general", "enterprise", "enterprises", "consulting", "solutions", "systems", "resources", "mining",
    "metals", "steel", "chemical", "chemicals", "telecom", "media", "airlines", "aviation", "port", "real",
    "estate", "property", "properties", "exchange", "bureau", "office", "agency", "authority", "committee",
    "council", "department", "organization", "organisation", "society", "network", "world", "east", "west",
    "north", "south", "middle", "new", "first", "united", "joint", "public", "private", "limited", "partners",
    "ventures", "products", "manufacturing", "sohne", "soehne", "production", "immobilien", "beteiligungs",
    "vertrieb", "europe", "europa", "asia", "trust", "agro", "auto", "sons", "plus", "pro",
    "deutschland", "germany",
)


def _folded(words: tuple[str, ...]) -> set[str]:
    return {fold(token) for word in words for token in ascii_tokens(word)}


NAME_GROUP: dict[str, str] = {}
for _group in GIVEN_NAME_GROUPS:
    for _word in _group:
        NAME_GROUP.setdefault(fold(ascii_tokens(_word)[0]), fold(ascii_tokens(_group[0])[0]))

CONCEPT_OF: dict[str, str] = {}
for _concept, _words in CONCEPTS.items():
    for _key in _folded(_words):
        CONCEPT_OF.setdefault(_key, _concept)

GENERIC_FOLDED: frozenset[str] = frozenset(_folded(GENERIC)) | frozenset(CONCEPT_OF)
PERSON_STOP_FOLDED: frozenset[str] = frozenset(fold(w) for w in PERSON_STOP)
ORG_STOP_FOLDED: frozenset[str] = frozenset(fold(w) for w in ORG_STOP)

_PATRONYMIC_ENDINGS = ("vic", "vna", "vicna")  # spelling keys: -ovich/-evich/-yovych/-avich, -ovna/-ivna


def is_patronymic(folded: str) -> bool:
    """True for an East-Slavic patronymic (Sergeyevich, Petrovych, Ivanovna, Mykolaivna), by spelling key."""
    return len(folded) >= 6 and folded.endswith(_PATRONYMIC_ENDINGS)
