"""Polish: the phrase tables the request checker reads Polish by (see :mod:`.languages`).

Written from CERT Polska's and the KNF's warnings (fake job offers paying per day for
"simple tasks", "opłata" or "kaucja" before work starts, investment fraud with "gwarantowany
zysk", requests for BLIK codes, bank logins or a photo of an ID) and real Polish recruiting
posts. Patterns run on text with accents removed (ł → l).
"""

STOPWORDS = "i w na z do nie sie to jest ze jak o co po a za od dla pan pani panu panem czy jestem mam moze bardzo ale tak juz tylko przez jesli nas was nasz nasza pana twoj twoja ciebie mnie mi dzien dobry czesc witam pozdrawiam dziekuje milo"
NUMBERS = {
    "zero": 0, "jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "piec": 5, "szesc": 6,
    "siedem": 7, "osiem": 8, "dziewiec": 9, "dziesiec": 10, "dwadziescia": 20,
    "trzydziesci": 30, "czterdziesci": 40, "piecdziesiat": 50, "sto": 100, "dwiescie": 200,
    "trzysta": 300, "piecset": 500, "osiemset": 800, "tysiac": 1000, "tysiace": 1000,
    "tysiecy": 1000, "milion": 1_000_000,
}  # fmt: skip
LETTERS = "łąęśżźćń"  # letters that only Polish uses, among the languages read
JOINERS = ("i",)
CAPITALIZED = "pan pani panu pana panie panem ci cię cie ciebie tobie twój twoj twoja twoje twojego"  # no names
PERCENT = ("procent", "proc")
PERIODS = {
    "day": r"dziennie|na dzien|za dzien|codziennie",
    "week": r"tygodniowo|na tydzien|w tygodniu|co tydzien",
    "month": r"miesiecznie|na miesiac|w miesiacu|co miesiac",
    "hour": r"za godzine|na godzine|godzinowo|/h",
    "year": r"rocznie|na rok|w roku",
}
APPS = {"WhatsApp": r"whats|wa|wacik", "Telegram": r"tg|tele|telegramie"}
BUTTONS = "akceptuj, ignoruj, odpowiedz, wiadomosc, nawiaz kontakt, obserwuj, wiecej, pokaz wiecej, zobacz profil, informacje kontaktowe"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"(?:ponad\s)?{n}\s+kontakt(?:y|ow)",
    "mutual": r"{n}\s+wspoln(?:y|e|ych)\s+kontakt(?:y|ow)?",
    "mutual_others": r"(.+?)\s+i\s+(\d[\d.,]*)\s+innych\s+wspolnych\s+kontaktow",
    "followers": r"{n}\s+obserwujacych",
    "degree": r"(1|2|3)\.",
}
ROLES = r"inzynier\w*|programist\w*|developer\w*|analityk\w*|projektant\w*|architekt\w*|konsultant\w*|ksiegow\w*|prawnik\w*|pielegniar\w*|technik\w*|specjalist\w*|kierownik\w*"
TABLES = {
    "waived": (r"\b(?:bezplatn\w*|pokrywamy|zwalniamy z oplaty|nie ponosisz kosztow)\b",),
    "off_platform": (
        r"\b(?:napisz|napisz(?:cie)?|odezwij sie|zadzwon|dodaj mnie|kontakt)\b[^.!?\n]{0,15}?\b(?:na|przez|pod)\s(?:whatsapp\w*|telegram\w*|signal\w*|numer\w*|priv|prywatn\w*|sms)",
        r"\b(?:prywatn\w*)\s(?:mail\w*|e-mail\w*|numer\w*|wiadomosc\w*)\b|\brzadko (?:tu|tutaj) zagladam\b",
        r"\b(?:twoj|pana|pani)\s(?:numer|nr)\s?(?:telefonu|komorki)?\b|\bpodaj (?:mi )?numer\b",
    ),
    "money": (
        r"\boplat\w* (?:rejestracyjn\w*|za udzial|czlonkowsk\w*|wpisow\w*)\b|\bwpisowe\b",
        r"\b(?:oplat\w*|kaucj\w*|wpisow\w*|depozyt\w*|zaliczk\w*|wplat\w*)\b[^.!?\n]{0,50}?(?:zl\b|pln|€|euro|\$|\d)",
        r"\b(?:wplac|przelej|przelac|zaplac|oplac)\w*\b[^.!?\n]{0,50}?(?:zl\b|pln|€|euro|\$|karta podarunkow\w*|blik)",
        r"\b(?:oplata|kaucja)\s(?:rejestracyjn\w*|wstepn\w*|aktywacyjn\w*|administracyjn\w*|szkoleniow\w*|zwrotn\w*)\b",
        r"\bkart\w* podarunkow\w*\b|\bkod\w* blik\b",
    ),
    "personal_data": (
        r"\b(?:kod|kodu|kodem|cyfr\w*)\b[\s\S]{0,80}?\b(?:zly numer|pomylil\w* numer|przez pomylke)\b|\b(?:zly numer|pomylil\w* numer|przez pomylke)\b[\s\S]{0,80}?\b(?:kod|kodu|kodem|cyfr\w*)\b",  # a code that reached you "by mistake"
        r"\b(?:kod\w* (?:weryfikacyjn\w*|sms|jednorazow\w*|potwierdzaj\w*)|kod sms|cyfr\w*)\b[\s\S]{0,80}?\b(?:(?:twoj|pana|pani) numer|dostal\w*|otrzymal\w*|przeslac|przeslij|podaj)\b|\b(?:(?:twoj|pana|pani) numer|dostal\w*|otrzymal\w*|przeslac|przeslij|podaj)\b[\s\S]{0,80}?\b(?:kod\w* (?:weryfikacyjn\w*|sms|jednorazow\w*|potwierdzaj\w*)|kod sms|cyfr\w*)\b",  # a verification code you received, asked for
        r"\bkod\w*\b[^.!?\n]{0,60}?\bprzez pomylke\b|\bprzez pomylke\b[^.!?\n]{0,60}?\bkod\w*\b",
        r"\b(?:podaj|przeslij|wyslij|udostepnij|twoj\w*|pana|pani|skan|zdjecie)\b[^.!?\n]{0,40}?\b(?:numer konta|nr konta|dane (?:do logowania|karty|bankowe)|login\w* do banku|dowod\w* osobist\w*|paszport\w*|pesel|haslo|hasla|kod\w* (?:blik|sms|weryfikacyjn\w*)|numer karty)\b",
    ),
    "returns": (
        r"\bgwarantowan\w*\s(?:zysk\w*|zwrot\w*|dochod\w*|stop\w* zwrotu)\b|\b(?:zysk\w*|zwrot\w*)\s(?:\w+\s)?gwarantowan\w*\b",
        r"\bbez ryzyka\b|\bbezryzykown\w*\b|\b(?:podwoi|potroi)\w* (?:swoje |twoje )?(?:pieniadze|kapital|oszczednosci)\b",
    ),
    "vehicle": (
        r"\b(?:kryptowalut\w*|krypto\w*|bitcoin\w*|forex\w*|platform\w* inwestycyjn\w*|inwestycj\w*|trading\w*|gield\w*)\b",
    ),
    "profit": (r"\b(?:zysk\w*|zarob\w*|dochod pasywny|pasywny dochod|wolnosc finansow\w*)\b",),
    "romance": (
        r"\b(?:czesc|witaj|dzien dobry)\W+(?:piekna|sliczna|kochanie|skarbie|moj aniele|sloneczko)\b",
        r"\b(?:twoj|pani) (?:piekny |cudowny )?usmiech\b|\b(?:piekne|cudowne) oczy\b",
        r"\bwdow(?:iec|a)\b|\bsamotn\w*\b|\bmoje serce\b",
        r"\bszukam\s(?:milosci|prawdziwej milosci|partnerki|partnera|zony|meza|bratniej duszy)\b|\bbratnia dusza\b",
    ),
    "romance_strong": (
        r"\b(?:czesc|witaj|dzien dobry)\W+(?:piekna|sliczna|kochanie|skarbie|moj aniele)\b",
        r"\bszukam\s(?:milosci|prawdziwej milosci|partnerki|partnera|zony|meza)\b",
    ),
    "familiar": (r"\bpoznac (?:cie|pania|pana) (?:lepiej|blizej)\b|\bzostac przyjaciolmi\b",),
    "shared_context": (
        r"\b(?:twoja|twoj|twoje|twoim|twojej|pana|pani)\s(?:prezentacj\w*|wystapieni\w*|prelekcj\w*|talk|wyklad\w*)\s(?:na|podczas)\b",
        r"\b(?:milo|fajnie|dobrze)\s(?:bylo\s)?(?:cie|pana|pania)\s(?:poznac|poznalem|poznalam|spotkac)\b|\b(?:poznalismy|spotkalismy|rozmawialismy)\s(?:sie\s)?(?:na|podczas|w)\b",
        r"\b(?:razem|oboje|obaj)\b[^.!?\n]{0,40}?\b(?:pracowal\w*|studiowal\w*)\b|\b(?:byl\w*|dawn\w*)\s(?:kolega|kolezanka|wspolpracownik\w*)\b",
        r"\bpolecil\w* mi (?:kontakt|ciebie|pana|pania)\b|\bdal\w* mi (?:twoj|pana|pani) kontakt\b",
        r"\b(?:tez|rowniez)\b[^.!?\n]{0,40}?\b(?:absolwent\w*|studiowal\w*|konczyl\w*)\b",
        r"\b(?:studiowal|pracowal|konczyl)\w*\s(?:razem|wspolnie)\b",
    ),
    "about_you": (
        r"\b(?:twoj\w*|pana|pani)\s(?:wystapien\w*|prezentacj\w*|artykul\w*|post\w*|ksiazk\w*|projekt\w*|blog\w*)\b",
        r"\b(?:twoj|pana|pani)\w*\s(?:wpis\w*|tekst\w*|artykul\w*)\b",
    ),
    "job": (
        r"\b(?:prac\w*|ofert\w*|stanowisk\w*|zleceni\w*|zadani\w*|rekrutacj\w*|etat\w*|zatrudnieni\w*)\b",
    ),
    "recruiter": (r"\b(?:rekruter\w*|rekrutacj\w*|hr|talent\w*|kadr\w*|headhunter\w*)\b",),
    "too_good": (
        r"\bbez doswiadczenia\b|\bdoswiadczenie nie (?:jest )?wymagane\b|\bbez (?:cv|rozmowy)\b",
        r"\bzostal\w* (?:pan|pani|pan\w*|)\s?(?:wybran\w*|zatrudnion\w*|zakwalifikowan\w*)\b",
        r"\b(?:proste|latwe)\s(?:zadania|zlecenia|prace)\b|\b(?:ocenianie|ocenia\w*|lajkowa\w*)\s(?:aplikacji|produktow|hoteli|filmow)\b",
        r"\b(?:1|2|1-2|jedna|dwie)\s?(?:-\s?\d\s)?godzin\w*\s(?:dziennie|per day)\b",
    ),
    "too_good_weak": (r"\bz domu\b|\bzdaln\w*\b",),
    "advance_fee": (r"\bspadek\b|\bspadku\b|\bzmarl\w* klient\w*\b",),
    "default_note": (r"\b(?:dodac (?:cie|pana|pania) do (?:mojej )?sieci|nawiazac kontakt)\b",),
    "mass_message": (
        r"\btrafil\w* na (?:twoj|pana|pani) profil\b|\b(?:ciekawy|imponujacy) profil\b",
    ),
    "job_ask": (r"\bszukam (?:pracy|stazu)\b|\bpolecic mnie\b",),
    "pitch_offer": (
        r"\b(?:pomagamy|oferujemy|dostarczamy|tworzymy|zapewniamy|generujemy)\b|\bnasz\w* (?:uslug\w*|rozwiazani\w*)\b",
        r"\boferuje(?:my)?\b|\bnasz\w* (?:software house|agencja|firma|zespol)\b",
    ),
    "pitch_ask": (
        r"\b(?:krotk\w*|niezobowiazujac\w*) (?:rozmow\w*|spotkani\w*|call\w*|konsultacj\w*)\b|\bumow\w* (?:sie na )?(?:rozmow|spotkan)\w*\b",
        r"\bczy (?:moge|mozemy) (?:przeslac|wyslac|umowic)\b",
    ),
    "pitch_outcome": (r"\bwiecej (?:klientow|sprzedazy|leadow|spotkan)\b",),
    "pitch_price": (
        r"\b(?:cennik|program szkolenia|sylabus)\b",
        r"\bjuz od \d|\bod \d+\s?(?:zl\b|pln)",
    ),
    "mlm": (
        r"\bdochod pasywny\b|\bpasywny dochod\b|\bwlasnym szefem\b|\bdodatkowy dochod\b|\bzmotywowan\w* osob\w*\b",
    ),
    "open_networker": (r"\bakceptuje wszystkie (?:zaproszenia|kontakty)\b|\brosnijmy razem\b",),
    "sign_in": (
        r"\b(?:zaloguj|zalogowac)\b[^.!?\n]{0,60}?\baby\b[^.!?\n]{0,40}?\b(?:zobaczyc|otworzyc|pobrac)\b",
    ),
    "authority": (r"\b(?:prezes\w*|dyrektor\w*|wlasciciel\w*|zarzad\w*)\b",),
    "secrecy": (r"\b(?:miedzy nami|dyskretn\w*|poufn\w*|nikomu nie mow\w*)\b",),
    "urgency": (
        r"\b(?:pilne|pilnie|natychmiast|jak najszybciej|jeszcze dzis|do godziny \d+|przed \d{1,2}(?::\d\d)?)\b",
    ),
    "wrong_person": (
        r"\b(?:pomylil\w* (?:osob\w*|profil\w*|kontakt\w*|numer\w*)|zla osob\w*|zly (?:profil|kontakt|numer)|niewlasciw\w* osob\w*)\b",
    ),
    "service_name": (r"\b(?:obsluga klienta|bezpieczenstw\w*|weryfikacj\w*|oficjaln\w*)\b",),
}
