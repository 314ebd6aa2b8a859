"""German: the phrase tables the request checker reads German by (see :mod:`.languages`).

Written from Polizei-Beratung's and the Verbraucherzentrale's warnings (fees for a job,
"Finanzagenten" who forward money, trading fraud, Love-Scamming, requests for IBAN or ID)
and real German recruiting posts. Patterns run on text with accents removed (ü → u).
"""

STOPWORDS = "der die und in den von zu das mit sich des auf fur ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem uber einen so zum war haben nur oder aber vor zur bis mehr durch man sehr ihr ich wir uns du dich dir ihnen ihre ihren mich mein meine hallo danke gerne guten tag viele grusse"
_UNITS = {
    "eins": 1,
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "funf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_TENS = {
    "zwanzig": 20,
    "dreissig": 30,
    "dreißig": 30,
    "vierzig": 40,
    "funfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
NUMBERS = {
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14,
    "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    **_TENS, "hundert": 100, "tausend": 1000, "million": 1_000_000, "millionen": 1_000_000,
    **{f"{u}und{t}": uv + tv for u, uv in _UNITS.items() for t, tv in _TENS.items()},
}  # fmt: skip
JOINERS = ("und",)
CAPITALIZED = (
    "sie ihnen ihr ihre ihren ihrem ihrer du dich dir dein deine tag morgen abend"  # no names
)
PERCENT = ("prozent",)
PERIODS = {
    "day": r"pro tag|am tag|taglich|je tag",
    "week": r"pro woche|in der woche|wochentlich|je woche|jede woche",
    "month": r"pro monat|im monat|monatlich|je monat|jeden monat",
    "hour": r"pro stunde|die stunde|je stunde|stundlich",
    "year": r"pro jahr|im jahr|jahrlich",
}
APPS = {"WhatsApp": r"whatsi|whats|wa", "Telegram": r"tg|tele"}
BUTTONS = "annehmen, ignorieren, antworten, nachricht, vernetzen, folgen, mehr, mehr anzeigen, profil anzeigen, kontaktinfo"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"{n}\s+kontakte",
    "mutual": r"{n}\s+gemeinsame\s+kontakte",
    "mutual_others": r"(.+?)\s+und\s+(\d[\d.,]*)\s+weitere\s+gemeinsame\s+kontakte",
    "followers": r"{n}\s+follower",
    "degree": r"(1|2|3)\.",
}
ROLES = r"ingenieur(?:in)?|\w*entwickler(?:in)?|programmierer(?:in)?|analyst(?:in)?|designer(?:in)?|architekt(?:in)?|\w*berater(?:in)?|produktmanager(?:in)?|pfleger(?:in)?|buchhalter(?:in)?|jurist(?:in)?|techniker(?:in)?"
TABLES = {
    "waived": (r"\b(?:entfallt|erlassen|ubernehmen wir|kostenlos fur (?:sie|dich))\b",),
    "off_platform": (
        r"\b(?:schreib(?:en sie)? mir|melde dich|melden sie sich|kontaktiere(?:n sie)? mich|ruf(?:en sie)? mich)\s(?:bitte\s)?(?:uber|auf|per|bei|via|unter)\b",
        r"\b(?:hier|auf linkedin)\s(?:bin ich|schaue ich)\s(?:selten|kaum|nicht oft)\b|\bselten (?:online|hier)\b",
        r"\bprivate (?:e-?mail|mail|nummer|handynummer)\b",
        r"\b(?:ihre|deine|ihr|dein)\w*\s(?:handy|mobil|telefon|whatsapp)-?(?:nummer)\b|\bhandynummer\b",
    ),
    "money": (
        r"\b(?:teilnahme|anmelde|registrierungs|aufnahme|nominierungs|bearbeitungs|sprecher|aussteller)gebuhr\w*|\bmitgliedsbeitrag\b|\bgebuhr\b[^.!?\n]{0,30}?\d",
        r"\b(?:kaufen|bestellen|erwerben)\b[^.!?\n]{0,120}?\b(?:erstattet|zuruckerstattet|ersetzt|zuruckgezahlt)\b",
        r"\bpakete\b[^.!?\n]{0,40}?\b(?:empfangen|annehmen)\b[^.!?\n]{0,40}?\b(?:weiterleiten|weiterversenden|verschicken)\b",
        r"\b\w*(?:bearbeitungs|anmelde|vermittlungs|schulungs|aktivierungs|einrichtungs|registrierungs|verwaltungs|service|start)gebuhr\w*\b|\bkaution\b",
        r"\b(?:uberweisen|zahlen|bezahlen|vorab|vorkasse|anzahlung)\b[^.!?\n]{0,50}?(?:€|euro|\$|gutschein|gutscheinkarte)|(?:€|euro)[^.!?\n]{0,30}?\b(?:zu uberweisen|zu zahlen|zu bezahlen)\b",
        r"\b(?:zahlungen|geld|betrage)\s(?:auf ihrem konto\s)?(?:empfangen|entgegennehmen)\s(?:und|sowie)\s(?:weiterleiten|weiterzuleiten|uberweisen)\b",
        r"\b\w*gutschein\w*\b|\bguthabenkarte\w*\b",
    ),
    "personal_data": (
        r"\b(?:bestatigen|aktualisieren|verifizieren|uberprufen)\s(?:sie\s)?(?:ihre|deine)\s(?:daten|identitat|legitimation|kontodaten|zugangsdaten)\b[^.!?\n]{0,60}?\blink\b",
        r"\b(?:\w*code|ziffern)\b[\s\S]{0,80}?\b(?:vertippt|falsche(?:n)? nummer)\b|\b(?:vertippt|falsche(?:n)? nummer)\b[\s\S]{0,80}?\b(?:\w*code|ziffern)\b",  # a code that reached you "by mistake"
        r"\b(?:(?:bestatigungs|verifizierungs|sicherheits|sms-?|einmal|zugangs|login-?)code|ziffern)\b[\s\S]{0,80}?\b(?:(?:ihre|deine) nummer|(?:sie haben|du hast) (?:\w+ )?(?:bekommen|erhalten)|(?:schicken|senden|nennen|geben|weiterleiten) (?:sie|du) (?:ihn|mir))\b|\b(?:(?:ihre|deine) nummer|(?:sie haben|du hast) (?:\w+ )?(?:bekommen|erhalten)|(?:schicken|senden|nennen|geben|weiterleiten) (?:sie|du) (?:ihn|mir))\b[\s\S]{0,80}?\b(?:(?:bestatigungs|verifizierungs|sicherheits|sms-?|einmal|zugangs|login-?)code|ziffern)\b",  # a verification code you received, asked for
        r"\bcode\b[^.!?\n]{0,60}?\b(?:versehentlich|aus versehen|falsche nummer)\b|\b(?:versehentlich|aus versehen)\b[^.!?\n]{0,60}?\bcode\b",
        r"\b(?:senden|schicken|ubermitteln|geben|nennen|teilen|bitte|ihre|ihren|ihr|deine|deinen|kopie|foto)\b[^.!?\n]{0,40}?\b(?:bankverbindung|bankdaten|kontodaten|kontonummer|iban|personalausweis\w*|reisepass\w*|ausweis\w*|passwort|pin|tan|kreditkart\w*|zugangsdaten|steuer-?id|sozialversicherungsnummer)\b",
    ),
    "returns": (
        r"\bgarantierte?n?\s(?:rendite|gewinne?|ertrage|renditen|zinsen)\b|\b(?:rendite|gewinne?)\s(?:\w+\s)?garantiert\b",
        r"\bohne risiko\b|\brisikolos\w*\b|\b(?:verdoppeln|verdreifachen) (?:sie )?ihr(?:en)? (?:geld|kapital|einsatz)\b",
    ),
    "vehicle": (
        r"\b(?:krypto\w*|bitcoin|forex|devisenhandel|handelsbot|trading\w*|anlageplattform|aktienhandel)\b",
    ),
    "profit": (
        r"\b(?:gewinne?|rendite|passives einkommen|finanzielle freiheit|geld verdienen|zeige (?:dir|ihnen))\b",
    ),
    "romance": (
        r"\b(?:hallo|hi|guten morgen)\W+(?:meine schone|schone frau|liebes|schatz|hubsche|mein engel|meine liebe)\b",
        r"\b(?:dein|ihr) (?:schones |bezauberndes )?lacheln\b|\b(?:wunder)?schone augen\b",
        r"\bverwitwet\b|\bwitwer\b|\bwitwe\b|\beinsam\b|\bmein herz\b",
        r"\b(?:suche|suchen)\s(?:die (?:wahre )?liebe|eine (?:ehrliche )?(?:partnerin|frau|beziehung)|einen (?:partner|mann)|meine seelenverwandte)\b|\bwahre liebe\b|\bseelenverwandt\w*\b",
    ),
    "romance_strong": (
        r"\b(?:hallo|hi|guten morgen)\W+(?:meine schone|schone frau|liebes|schatz|hubsche|mein engel)\b",
        r"\b(?:suche|suchen)\s(?:die (?:wahre )?liebe|eine (?:ehrliche )?(?:partnerin|frau|beziehung)|einen (?:partner|mann))\b|\bwahre liebe\b",
    ),
    "familiar": (
        r"\b(?:dich|sie) (?:besser|naher) kennen(?:zu)?lernen\b|\bfreunde (?:werden|sein)\b",
    ),
    "shared_context": (
        r"\b(?:ihr|dein|ihren|deinen|ihrem|deinem)\s(?:vortrag|talk|workshop|keynote|prasentation|session)\s(?:bei|beim|auf|im|am|an der|auf der)\b",
        r"\bwir haben uns\b[^.!?\n]{0,60}?\b(?:kennengelernt|getroffen|unterhalten|gesprochen)\b|\b(?:schon|toll|nett|schoen),? (?:dich|sie) (?:kennengelernt|getroffen) zu haben\b",
        r"\b(?:zusammen|gemeinsam)\b[^.!?\n]{0,40}?\b(?:gearbeitet|studiert)\b|\bgearbeitet\b[^.!?\n]{0,20}?\bzusammen\b|\b(?:ehemalige[rn]?|fruhere[rn]?) (?:kolleg\w*|kommiliton\w*)\b",
        r"\bhat mir empfohlen\b|\bhat mich an (?:sie|dich) verwiesen\b|\bgab mir (?:ihren|deinen) kontakt\b",
        r"\bwir (?:haben )?beide\b[^.!?\n]{0,50}?\b(?:studiert|gearbeitet|gelernt)\b|\bauch (?:an|bei) der\b[^.!?\n]{0,40}?\bstudiert\b",
    ),
    "about_you": (r"\b(?:ihren|deinen|ihr|dein)\s(?:vortrag|artikel|beitrag|talk|buch|projekt)\b",),
    "job": (
        r"\b(?:stelle|job|nebenjob|minijob|homeoffice-stelle|homeoffice|arbeit|einstellung|position|projekt|nebenverdienst\w*|vollzeit|teilzeit)\b",
    ),
    "recruiter": (r"\b(?:recruiter(?:in)?|personal\w*|talent|headhunter(?:in)?|hr)\b",),
    "too_good": (
        r"\bkeine (?:vor)?erfahrung (?:notig|erforderlich|notwendig)\b|\bohne erfahrung\b",
        r"\bsie wurden\b[^.!?\n]{0,40}?\bausgewahlt\b|\bglu(?:e|)ckwunsch zur einstellung\b|\bherzlichen gluckwunsch zur einstellung\b",
        r"\bproduktteste\w*\b",
    ),
    "too_good_weak": (r"\bvon zu hause\b",),
    "advance_fee": (r"\berbschaft\b|\bnachlass\b|\bverstorben\w*\b",),
    "default_note": (
        r"\b(?:zu meinem|in mein) (?:beruflichen )?netzwerk hinzufugen\b|\bmit (?:ihnen|dir) vernetzen\b",
    ),
    "mass_message": (
        r"\bbin auf (?:ihr|dein) profil gestossen\b|\b(?:ihr|dein) profil (?:ist )?(?:sehr )?(?:beeindruckend|interessant)\b",
    ),
    "job_ask": (
        r"\bauf jobsuche\b|\b(?:mich|mich bei)\b[^.!?\n]{0,30}?\bempfehlen\b|\bsuche (?:eine neue |eine )?(?:stelle|arbeit|job)\b",
    ),
    "pitch_offer": (
        r"\b(?:wir|ich) (?:helfen|helfe|erstellen|erstelle|bieten|biete|entwickeln|gewinnen|generieren)\b",
        r"\bwir unterstutzen\b|\bunterstutzen (?:unternehmen|firmen|mittelstandler|teams)\b",
    ),
    "pitch_ask": (
        r"\b(?:kurzes|kurzen) (?:gesprach|telefonat|call|austausch)\b|\bunverbindliches angebot\b|\bdarf ich ihnen\b",
        r"\b\d+\s?minuten\b[^.!?\n]{0,30}?\b(?:demo|gesprach|call|austausch)\b",
        r"\b(?:soll ich ihnen|darf ich ihnen) den link\b|\banmeldelink\b",
    ),
    "pitch_outcome": (r"\bmehr (?:kunden|umsatz|anfragen|leads)\b|\bneue kundenanfragen\b",),
    "pitch_price": (
        r"\b(?:lehrplan|kursprogramm|preisliste|preise und termine)\b",
        r"\bab \d+\s?(?:€|euro)\b|\bgunstige\w* preise\b",
        r"\b(?:kostenlos|unverbindlich|gratis)\w*\s\w*(?:sitzung|gesprach|beratung|analyse|check|termin|webinar|demo)\w*\b",
    ),
    "mlm": (
        r"\bpassives einkommen\b|\b(?:dein|ihr) eigener chef\b|\bnebenverdienst-?moglichkeit\b|\bsuche motivierte (?:menschen|leute)\b|\bgeschaftsmoglichkeit\b",
    ),
    "open_networker": (r"\bnehme alle (?:kontakt)?anfragen an\b|\bgemeinsam wachsen\b",),
    "sign_in": (
        r"\b(?:melden sie sich|anmelden|einloggen)\b[^.!?\n]{0,60}?\bum\b[^.!?\n]{0,40}?\b(?:anzusehen|zu offnen|einzusehen|herunterzuladen)\b",
    ),
    "authority": (
        r"\b(?:geschaftsfuhrer\w*|vorstand\w*|vorstandsvorsitzend\w*|inhaber\w*|grunder\w*|prokurist\w*|direktor\w*)\b",
    ),
    "secrecy": (
        r"\b(?:diskret\w*|vertraulich\w*|unter uns|niemandem (?:etwas )?(?:sagen|erzahlen))\b",
    ),
    "urgency": (
        r"\b(?:dringend|sofort|kurzfristig|heute noch|bis heute|umgehend)\b|\binnerhalb von \d+ stunden\b",
    ),
    "wrong_person": (r"\b(?:falsche(?:n)? (?:person|profil|kontakt|nummer)|verwechselt)\b",),
    "service_name": (
        r"\b(?:kundenservice|kundendienst|sicherheit\w*|verifizierung|legitimation\w*|support|offiziell)\b",
    ),
}
