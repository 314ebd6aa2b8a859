"""Dutch: the phrase tables the request checker reads Dutch by (see :mod:`.languages`).

Written from the Fraudehelpdesk's and the Consumentenbond's warnings (job offers with a
"borg" or "inschrijfkosten", "appen" a recruiter, investment fraud, "datingfraude", requests
for an IBAN, a copy of an ID or a DigiD login) and real Dutch recruiting posts. Patterns run
on text with accents removed.
"""

STOPWORDS = "de het een en van ik je jij u uw jouw mijn is dat die in op te voor met zijn niet aan er maar om ook als bij wat we wij ons onze zou graag hallo hoi dag groet groeten bedankt dank heel leuk kan wil wel naar dit deze nog"
NUMBERS = {
    "nul": 0, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000,
    "miljoen": 1_000_000,
}  # fmt: skip
JOINERS = ("en",)
CAPITALIZED = "u uw"  # the formal "you", capitalized in letters: no names
PERCENT = ("procent",)
PERIODS = {
    "day": r"per dag|een dag|p/d|dagelijks",
    "week": r"per week|in de week|wekelijks",
    "month": r"per maand|in de maand|maandelijks|p/m",
    "hour": r"per uur|een uur|p/u",
    "year": r"per jaar|jaarlijks",
}
APPS = {"WhatsApp": r"whats|wa|de app", "Telegram": r"tg|tele"}
BUTTONS = "accepteren, negeren, beantwoorden, bericht, connectie maken, volgen, meer, meer weergeven, profiel bekijken, contactgegevens"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"(?:meer dan\s)?{n}\s+connecties",
    "mutual": r"{n}\s+gedeelde\s+connecties?",
    "mutual_others": r"(.+?)\s+en\s+(\d[\d.,]*)\s+andere\s+gedeelde\s+connecties",
    "followers": r"{n}\s+volgers",
    "degree": r"(1|2|3)e",
}
ROLES = r"\w*ontwikkelaar|\w*engineer|programmeur|analist|ontwerper|architect|consultant|adviseur|verpleegkundige|boekhouder|jurist|monteur|\w*manager"
TABLES = {
    "waived": (
        r"\b(?:kosteloos|gratis voor (?:u|jou)|vergoeden wij|nemen wij voor onze rekening)\b",
    ),
    "off_platform": (
        r"\b(?:app|sms|stuur)\s(?:me|mij|ons)\b|\bappen\b",
        r"\b(?:contact|verder)\s(?:op|via)\s(?:whatsapp|telegram|signal)\b|\bmijn collega (?:neemt|zal)\b[^.!?\n]{0,40}?\b(?:contact|appen|bellen|sms)\w*",
        r"\b(?:prive|persoonlijk)(?:e)?\s?(?:mail|e-mail|nummer)\b|\bben (?:hier )?(?:weinig|zelden|niet vaak) (?:actief|online)\b",
        r"\b(?:je|uw|jouw)\s(?:06|gsm|mobiele?|telefoon)(?:-?nummer)?\b",
    ),
    "money": (
        r"\b(?:deelname|lidmaatschaps|nominatie)(?:kosten|bijdrage|vergoeding|fee)\b",
        r"\b(?:borg|borgsom|inschrijfkosten|inschrijvingskosten|administratiekosten|aanmeldkosten|starterskosten|activatiekosten|opleidingskosten)\b",
        r"\b(?:betaal|betalen|overmaken|storten|stort|maak)\b[^.!?\n]{0,50}?(?:€|euro|\$|cadeaukaart\w*|tegoedbon\w*)|(?:€|euro)[^.!?\n]{0,40}?\b(?:over te maken|te betalen|te storten|terug(?:krijgt|gestort|betaald))\b",
        r"\b(?:kleine|eenmalige)\s(?:storting|betaling|bijdrage|vergoeding)\b",
        r"\bcadeaukaart\w*\b|\bgift ?cards?\b",
        r"\b(?:pakketten|pakketjes)\b[^.!?\n]{0,40}?\b(?:ontvangen|aannemen)\b[^.!?\n]{0,40}?\b(?:doorsturen|versturen)\b",
        r"\bontvang\w*\b[^.!?\n]{0,30}?\bpakket\w*\b[^.!?\n]{0,40}?\b(?:stuur\w*|verstuur\w*)\b[^.!?\n]{0,20}?\bdoor\b",
    ),
    "personal_data": (
        r"\b(?:\w*code|cijfers)\b[\s\S]{0,80}?\b(?:verkeerde? nummer)\b|\b(?:verkeerde? nummer)\b[\s\S]{0,80}?\b(?:\w*code|cijfers)\b",  # a code that reached you "by mistake"
        r"\b(?:(?:verificatie|sms-?|beveiligings|inlog|bevestigings)code|cijfers)\b[\s\S]{0,80}?\b(?:(?:je|jouw|uw) (?:nummer|telefoon)|(?:je hebt|u heeft) (?:\w+ )?(?:gekregen|ontvangen)|doorsturen)\b|\b(?:(?:je|jouw|uw) (?:nummer|telefoon)|(?:je hebt|u heeft) (?:\w+ )?(?:gekregen|ontvangen)|doorsturen)\b[\s\S]{0,80}?\b(?:(?:verificatie|sms-?|beveiligings|inlog|bevestigings)code|cijfers)\b",  # a verification code you received, asked for
        r"\bcode\b[^.!?\n]{0,60}?\bper (?:ongeluk|vergissing)\b|\bper (?:ongeluk|vergissing)\b[^.!?\n]{0,60}?\bcode\b",
        r"\b(?:stuur|sturen|deel|delen|geef|doorgeven|uw|je|jouw|kopie van|foto van)\b[^.!?\n]{0,40}?\b(?:iban|rekeningnummer|bankgegevens|paspoort|identiteitsbewijs|id-?kaart|bsn|burgerservicenummer|digid|wachtwoord|inlogcode|pincode|verificatiecode)\b",
    ),
    "returns": (
        r"\bgegarandeerde?\s(?:rendement|winst|opbrengst|inkomsten)\b|\b(?:rendement|winst)\s(?:\w+\s)?gegarandeerd\b",
        r"\bzonder risico\b|\brisicovrij\w*\b|\b(?:verdubbel|verdrievoudig)\w* (?:je|uw) (?:geld|inleg|kapitaal)\b",
    ),
    "vehicle": (
        r"\b(?:crypto\w*|bitcoin|forex|beleggingsplatform|handelsplatform|trading\w*|goud ?handel)\b",
    ),
    "profit": (
        r"\b(?:winst\w*|rendement|passief inkomen|financiele vrijheid|geld verdienen|bijverdienen)\b",
    ),
    "romance": (
        r"\b(?:hallo|hoi|goedemorgen)\W+(?:schoonheid|lieverd|schat|mooie dame|mijn engel)\b",
        r"\b(?:je|uw|jouw) (?:mooie |prachtige )?glimlach\b|\b(?:mooie|prachtige) ogen\b",
        r"\bweduwnaar\b|\bweduwe\b|\beenzaam\b|\bmijn hart\b",
        r"\b(?:op zoek naar|zoek)\s(?:de (?:ware )?liefde|een (?:vrouw|man|partner|relatie)|mijn zielsverwant)\b|\bware liefde\b|\bzielsverwant\b",
    ),
    "romance_strong": (
        r"\b(?:hallo|hoi|goedemorgen)\W+(?:schoonheid|lieverd|schat|mooie dame|mijn engel)\b",
        r"\b(?:op zoek naar|zoek)\s(?:de (?:ware )?liefde|een (?:vrouw|man|partner|relatie))\b|\bware liefde\b",
    ),
    "familiar": (r"\b(?:je|u) beter (?:leren )?kennen\b|\bvrienden worden\b",),
    "shared_context": (
        r"\b(?:je|jouw|uw)\s(?:talk|presentatie|lezing|keynote|workshop|sessie)\s(?:op|bij|tijdens)\b",
        r"\b(?:leuk|fijn|goed|prettig)\s(?:je|jou|u)\s(?:gesproken|ontmoet|gezien)\s(?:te hebben\s)?(?:op|bij|tijdens|in)\b|\bwe (?:hebben elkaar|spraken elkaar)\b|\bwe (?:spraken|ontmoetten) (?:elkaar )?(?:op|bij|tijdens)\b",
        r"\b(?:samen|allebei|beiden)\b[^.!?\n]{0,40}?\b(?:gewerkt|gestudeerd|gezeten)\b|\b(?:oud-?|voormalige?\s)(?:collega\w*|studiegenot\w*|klasgeno\w*)\b",
        r"\bgaf me (?:je|uw) naam\b|\b(?:raadde|adviseerde) me aan\b|\bvia (?:onze gezamenlijke|een gezamenlijke)\b",
        r"\bik (?:heb )?ook\b[^.!?\n]{0,50}?\b(?:gestudeerd|afgestudeerd)\b",
        r"\b(?:dat |toen )?we elkaar (?:spraken|ontmoetten|zagen|hebben gesproken|hebben ontmoet|tegenkwamen)\b",
        r"\bwe (?:zaten|werkten|studeerden|liepen|deden)\s(?:samen|allebei|bij elkaar)\b",
    ),
    "about_you": (
        r"\b(?:je|jouw|uw)\s(?:talk|presentatie|artikel|post|boek|project|blog|lezing)\b",
    ),
    "job": (
        r"\b(?:vacature|baan|functie|bijbaan|thuiswerk|werk|opdracht\w*|taken|parttime|fulltime|sollicitatie)\b",
    ),
    "recruiter": (r"\b(?:recruiter|werving|hr|talent|personeelszaken|headhunter)\b",),
    "too_good": (
        r"\bgeen (?:ervaring|cv|sollicitatiegesprek) (?:nodig|vereist)\b|\bzonder ervaring\b",
        r"\bu bent (?:geselecteerd|aangenomen)\b|\bje bent (?:geselecteerd|aangenomen)\b",
        r"\b(?:apps|producten|hotels|video'?s)\s(?:beoordelen|liken|reviewen)\b",
    ),
    "too_good_weak": (r"\bvanuit huis\b|\bthuis werken\b",),
    "advance_fee": (r"\berfenis\b|\bnalatenschap\b|\boverleden klant\b",),
    "default_note": (r"\b(?:aan mijn netwerk toevoegen|met je connecten|connectie maken)\b",),
    "mass_message": (
        r"\b(?:kwam|stuitte) (?:ik )?(?:je|uw) profiel tegen\b|\b(?:interessant|indrukwekkend) profiel\b",
    ),
    "job_ask": (
        r"\bop zoek naar (?:een )?(?:baan|werk|stage)\b|\bmij aanbevelen\b|\bdoorverwijz\w*\b",
    ),
    "pitch_offer": (
        r"\bwij (?:helpen|bieden|leveren|maken|ontwikkelen|genereren)\b|\bonze (?:diensten|oplossing)\b",
    ),
    "pitch_ask": (
        r"\b(?:kort|vrijblijvend)\w* (?:gesprek|belletje|kennismaking|adviesgesprek)\b|\bplan (?:een|direct)\b",
        r"\b(?:zin in|tijd voor) (?:een )?(?:korte )?(?:demo|call|kennismaking)\b",
    ),
    "pitch_outcome": (r"\bmeer (?:klanten|omzet|leads|afspraken)\b",),
    "pitch_price": (
        r"\b(?:lesprogramma|prijslijst|tarieven)\b",
        r"\bvanaf €?\s?\d|\bscherpe prijzen\b",
    ),
    "mlm": (
        r"\bpassief inkomen\b|\b(?:je|uw) eigen baas\b|\bextra inkomen\b|\bgemotiveerde mensen\b",
    ),
    "open_networker": (r"\bik accepteer (?:alle|iedereen)\b|\bsamen groeien\b",),
    "sign_in": (
        r"\b(?:log in|inloggen|aanmelden)\b[^.!?\n]{0,60}?\bom\b[^.!?\n]{0,40}?\b(?:bekijken|openen|downloaden)\b",
    ),
    "authority": (r"\b(?:directeur|algemeen directeur|eigenaar|bestuurder)\b",),
    "secrecy": (r"\b(?:onder ons|discreet|vertrouwelijk|vertel het niemand|niet doorvertellen)\b",),
    "urgency": (
        r"\b(?:dringend|direct|vandaag nog|zo snel mogelijk|voor \d{1,2}(?:[.:]\d\d)? ?uur)\b",
    ),
    "wrong_person": (
        r"\b(?:verkeerde (?:persoon|contact)|verkeerd (?:profiel|contact|nummer)|verward met)\b",
    ),
    "service_name": (r"\b(?:klantenservice|beveiliging|verificatie|officieel)\b",),
}
