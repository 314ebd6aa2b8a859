"""German: the same slots as :mod:`.en`, written from German-language profiles (XING and
LinkedIn) and career advice. Folded text: no umlauts' dots ("fuhrung" for "Führung").
German compounds put the role last ("Softwareentwickler"), so ``ROLES`` also lists endings
(``*entwickler``: an entry starting with ``*`` matches any word it ends)."""

STOP = "der die das den dem des und in im an am auf fur mit von vom zu zum zur bei aus als oder ein eine einen einem einer ist bin sind wie uber seit"
NUMBERS = "zwei drei vier funf sechs sieben acht neun zehn elf zwolf funfzehn zwanzig dreissig vierzig funfzig hundert hunderte tausend tausende million millionen dutzend halb doppelt dreifach"
OPENINGS = (
    "hallo",
    "hi",
    "willkommen",
    "herzlich willkommen",
    "mein name ist",
    "ich heisse",
    "danke fur",
    "ich bin ein",
    "ich bin eine",
)

ROLES = """
ingenieur* entwickler* *entwickler* programmierer* designer* *designer* architekt* analyst*
*analyst* wissenschaftler* forscher* manager* *manager* leiter* *leiter* leiterin* geschaftsfuhrer*
grunder* mitgrunder* inhaber* partner* berater* *berater* steuerberater* buchhalter* prufer*
controller* anwalt* anwaltin* rechtsanwalt* jurist* syndikus* pfleger* *pfleger* pflegefachkraft*
krankenschwester* arzt* arztin* chirurg* apotheker* therapeut* *therapeut* zahnarzt* hebamme*
sanitater* lehrer* *lehrer* professor* dozent* tutor* trainer* ausbilder* padagog* erzieher*
bibliothekar* autor* redakteur* journalist* texter* vertrieb* verkaufer* recruiter* personaler*
referent* *referent* spezialist* koordinator* administrator* assistent* *assistent*
techniker* mechaniker* mechatroniker* elektriker* bediener* planer* *planer* einkaufer*
okonom* student* studentin* absolvent* praktikant* auszubildend* azubi* koch* kochin*
fotograf* kunstler* illustrator* produzent* musiker* ubersetzer* dolmetscher* makler*
investor* banker* handler* aktuar* statistiker* chemiker* biologe* biologin* physiker*
geologe* tierarzt* psycholog* pilot* landwirt* *landwirt* gartner* agrar* fahrer* disponent*
logistiker* meister* *meister* sachbearbeiter* kaufmann* kauffrau* *kaufmann* *kauffrau*
schreiner* tischler* klempner* schweisser* inspektor* gutachter* vorstand* ux ui qa
"""

LABELS = """
leidenschaftlich* kreativ* traumer* macher* visionar* innovativ* motiviert* engagiert*
dynamisch* ehrgeizig* zielstrebig* zuverlassig* teamplayer* belastbar* flexibel* neugierig*
optimist* perfektionist* querdenker* anpacker* gewinner*
"""

FILLER = """
menschen mensch horizont talente talent
stelle stellen position positionen rolle job jobs
professionell leidenschaft leidenschaftlich motiviert dynamisch kreativ innovativ erfahrung
erfahren experte expertin exzellenz erfolg erfolgreich ergebnisse ergebnisorientiert
orientiert fokussiert effektiv effizient zuverlassig organisiert fahigkeiten kompetenz
kompetenzen schnell lernen lernbereit team teamfahig teamplayer fuhrung fuhrungsstark person
suche suchend neue neuen chancen chance herausforderung herausforderungen offen liebe leben
wert werte unterschied wachstum denkweise detail erfolgsbilanz hoch leistung kommunikation
kommunikativ kommunikationsstark losung losungen probleme ziele immer beste welt macher
traumer engagiert belastbar flexibel zielstrebig ehrgeizig hands-on mentalitat
"""

CREDENTIALS = "dr dr. dipl dipl. dipl.-ing dipl.-kfm mag mag. prof prof. mba phd msc bsc m.a b.a m.sc b.sc ll.m"

AUDIENCE = (
    "fur",
    "helfe",
    "unterstutze",
    "ich helfe",
    "ich unterstutze",
    "begleite",
    "im dienst von",
)

TARGET = (
    "mochte wechseln", "wechsel in", "wechsel zu", "suche eine stelle als", "mochte als", "mochte in", "umstieg in", "neuorientierung",
    "auf der suche nach", "suche", "angehend", "angehende", "angehender", "zukunftig",
    "zukunftige", "zukunftiger", "auf dem weg zu", "auf dem weg zum", "auf dem weg zur",
    "im wechsel zu", "quereinstieg", "quereinsteiger", "quereinsteigerin", "offen fur",
    "nachste herausforderung", "meine nachste",
)  # fmt: skip

CLICHES = (
    "leidenschaftlich", "mit leidenschaft", "ergebnisorientiert", "teamplayer", "teamfahig",
    "belastbar", "hohe belastbarkeit", "lernbereit", "lernbereitschaft", "dynamisch",
    "innovativ", "langjahrige erfahrung", "umfangreiche erfahrung", "hochmotiviert",
    "hoch motiviert", "macher", "visionar", "kreativ", "querdenker", "uber den tellerrand",
    "einen unterschied machen", "neue herausforderung", "neue herausforderungen",
    "auf der suche nach neuen herausforderungen", "hands-on-mentalitat", "zielstrebig",
    "kommunikationsstark", "durchsetzungsstark",
)  # fmt: skip

DUTIES = (
    "verantwortlich fur", "zustandig fur", "aufgaben:", "meine aufgaben", "aufgabenbereich",
    "tatigkeiten:", "tatigkeitsbereich", "betreuung von", "mitarbeit bei", "mitwirkung bei",
    "unterstutzung bei", "verantwortung fur",
)  # fmt: skip

RESULTS = """
leitete geleitet betreute betreut bereitete vorbereitet verkaufte verkauft koordinierte koordiniert analysierte analysiert unterrichtete pflegte gepflegt schrieb geschrieben forschte erntete installierte reparierte ubersetzte schulte geschult verwaltete verwaltet erstellte erstellt
senkte gesenkt *senkt reduziert* steigert* gesteigert erhoht* wuchs gewachsen spart* gespart
eingespart fuhrte *gefuhrt eingefuhrt verbessert* erreicht* verdoppelt* verdreifacht* halbiert*
aufgebaut baute entwickelt* gestaltet* umgesetzt implementiert* gegrundet grundete eingestellt
ausgebildet gewonnen abgeschlossen eroffnet migriert* automatisiert* skaliert* verhandelt*
verkurzt* gestartet gelauncht veroffentlicht* unterrichtet* koordiniert* organisiert*
geleitet leitete betreut* ausgebaut erweitert*
"""

FIRST_PERSON = "ich mich mir mein meine meinen meinem meiner meines"

ASKS = (
    "schreiben sie mir", "schreib mir", "melden sie sich", "meld dich", "kontaktieren sie mich",
    "kontaktiere mich", "sprechen wir", "lassen sie uns", "lass uns", "vernetzen wir uns",
    "vernetzen sie sich", "ich freue mich auf", "gerne per nachricht", "sprechen sie mich an",
    "sprich mich an", "abonnieren", "folgen sie mir", "kontakt",
)  # fmt: skip

HIRING = (
    "wir stellen ein", "ich stelle ein", "wir suchen", "recruiting", "recruiterin", "recruiter",
    "personalgewinnung", "talent acquisition", "talente", "offene stellen", "stellen",
    "werde teil", "bewirb dich", "bewerben sie sich", "kandidaten", "kandidatinnen",
    "bewerbung", "bewerber",
)  # fmt: skip
BUYERS = (
    "inhaber", "unternehmen",
    "sie", "ihr", "ihre", "ihren", "ihrem", "du", "dein", "deine", "kunden", "kundinnen",
    "unternehmen wie", "wenn sie", "problem", "probleme", "kosten", "ihr team", "ihr unternehmen",
    "einkaufer",
)  # fmt: skip
BRAGS = (
    "quote", "quota", "top-verkaufer", "top verkaufer", "nummer eins", "platz 1", "ranking",
    "zielerreichung", "ziele ubertroffen", "presidents club",
)  # fmt: skip
WRITING = (
    "ich schreibe uber", "ich schreibe", "ich spreche uber", "speaker", "keynote", "vortrage",
    "newsletter", "podcast", "blog", "kolumne", "kolumnist", "autor von", "autorin von",
    "mein buch", "ich poste", "ich teile", "artikel", "jede woche", "wochentlich",
)  # fmt: skip

BREAKS = (
    "elternzeit", "auszeit", "berufliche pause", "karrierepause", "sabbatical", "pflege",
    "pflegezeit", "mutterschutz", "umzug", "wiedereinstieg", "ruckkehr in den beruf",
    "weiterbildung", "umschulung",
)  # fmt: skip

GENERIC_SKILLS = (
    "kommunikation", "teamfahigkeit", "teamarbeit", "fuhrung", "management",
    "microsoft office", "ms office", "kundenservice", "zeitmanagement", "problemlosung",
    "organisation", "englisch", "deutsch", "kreativitat", "flexibilitat", "belastbarkeit",
    "zuverlassigkeit", "empathie", "verhandlung", "vertrieb", "marketing", "social media",
    "excel", "word", "powerpoint", "recherche", "motivation", "punktlichkeit",
    "kritisches denken", "entscheidungsfindung", "projektmanagement", "sorgfalt",
)  # fmt: skip

FURNITURE = (
    "startseite", "mein netzwerk", "jobs", "nachrichten", "mitteilungen", "sie", "ich",
    "fur unternehmen", "premium testen", "alle anzeigen", "mehr anzeigen", "gefallt mir", "kommentieren", "reposten", "senden", "teilen",
    "folgen", "gefolgt", "nachricht", "mehr", "vernetzen", "kontaktinfo", "info",
    "barrierefreiheit", "talent solutions", "community-richtlinien", "karriere",
    "marketing solutions", "datenschutz & agb", "werbeeinstellungen", "werbung",
    "sales solutions", "mobil", "kleinunternehmen", "sicherheitscenter", "aktivitaten",
    "alle beitrage anzeigen", "bestatigen", "berufserfahrung", "ausbildung", "kenntnisse",
    "interessen", "sprachen", "empfehlungen", "bescheinigungen und zertifikate", "im fokus",
    "beitrage", "kommentare", "bilder", "videos", "profil anzeigen",
    "personen, die sie kennen konnten", "andere profile", "sprache auswahlen",
)  # fmt: skip
FURNITURE_PATTERNS = (
    r"^[\d.,]+\s*\+?\s*(?:reaktionen|kommentare|reposts|follower|kontakte|"
    r"empfehlungen|aufrufe|impressionen)$",
    r"^alle \d+",
    r"^\d+\s*gemeinsame kontakte",
)
ABOUT_HEADINGS = ("info", "uber mich", "zusammenfassung")
OTHER_HEADINGS = (
    "aktivitaten", "berufserfahrung", "ausbildung", "kenntnisse", "im fokus", "interessen",
    "empfehlungen", "bescheinigungen und zertifikate", "sprachen", "projekte", "dienstleistungen",
)  # fmt: skip

# Words of a student's or a career changer's profile, and titles of student jobs.
STUDENT = (
    "student",
    "studentin",
    "studium",
    "absolvent",
    "absolventin",
    "masterstudent",
    "masterstudentin",
    "doktorand",
    "doktorandin",
    "im letzten semester",
)
CHANGE = (
    "quereinstieg",
    "quereinsteiger",
    "quereinsteigerin",
    "berufswechsel",
    "umschulung",
    "neuorientierung",
    "bootcamp",
)
TRAINEES = (
    "praktikant praktikantin werkstudent werkstudentin auszubildender auszubildende azubi trainee"
)
