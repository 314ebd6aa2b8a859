"""Italian: the same slots as :mod:`.en`, written from Italian-language profiles and career
advice. Folded text: no accents ("perche")."""

STOP = "di da del della dei delle e ed in a al alla ai nel nella con per su un una uno che o mio mia suo sua e sono come dal dalla"
NUMBERS = "due tre quattro cinque sei sette otto nove dieci undici dodici quindici venti trenta quaranta cinquanta cento centinaia mille migliaia milione milioni dozzina meta doppio triplo"
OPENINGS = (
    "ciao",
    "salve",
    "benvenuto",
    "benvenuta",
    "benvenuti",
    "mi chiamo",
    "il mio nome e",
    "grazie per",
    "sono un",
    "sono una",
)

ROLES = """
ingegner* sviluppator* programmator* designer* progettist* architett* analista* scienziat*
ricercator* manager* direttor* dirigente* responsabile* capo* fondator* cofondator* socio* socia*
consulent* commercialista* contabile* revisor* controller* avvocat* giurist* notaio*
infermier* medic* chirurg* farmacist* terapist* fisioterapist* dentist* ostetric* insegnant*
docente* professor* maestr* tutor* formator* educator* bibliotecari* scrittor* editor*
giornalist* redattor* copywriter* commercial* venditor* venditric* recruiter* selezionator*
rappresentant* specialist* coordinator* coordinatric* amministrator* impiegat* assistent*
tecnic* meccanic* elettricist* operator* pianificator* buyer* economist* studente* studentess*
laureat* laureand* stagista* apprendist* cuoc* chef* fotograf* artista* illustrator*
produttor* musicist* traduttor* interprete* agente* broker* investitor* bancari* attuari*
statistic* chimic* biolog* fisic* geolog* veterinari* psicolog* pilota* agricoltor* allevator*
agronom* autista* logistic* supervisor* cassier* falegnam* idraulic* saldator* ispettor* ux ui qa
"""

LABELS = """
appassionat* creativ* sognator* intraprendent* proattiv* motivat* entusiasta* dinamic*
innovativ* visionari* resilient* ottimista* curios* determinat* instancabil* organizzat*
ambizios* empatic* autentic* perfezionista* vincent*
"""

FILLER = """
umano umana persone orizzonti talento talenti
ruolo ruoli posizione posizioni impiego
professionista professionale professionali passione appassionato appassionata motivato motivata
dinamico dinamica creativo creativa innovativo innovativa esperienza esperto esperta
eccellenza successo risultati orientato orientata focalizzato efficace efficiente
responsabile organizzato organizzata competenze capacita rapido apprendimento lavoro squadra
team leader leadership persona cerco cercando nuove nuovi opportunita sfide sfida aperto
aperta amore vita valore valori differenza crescita mentalita dettaglio percorso alto
prestazioni comunicazione soluzione soluzioni problemi obiettivi sempre migliore mondo
sognatrice sognatore intraprendente proattivo proattiva vocazione curioso curiosa determinato
determinata
"""

CREDENTIALS = "dott dott. dott.ssa ing ing. avv avv. arch arch. prof prof. mba phd msc master"

AUDIENCE = (
    "per",
    "aiuto",
    "aiutando",
    "aiutiamo",
    "al servizio di",
    "lavoro con",
    "affianco",
    "accompagno",
)

TARGET = (
    "mi sto orientando verso", "vorrei lavorare come", "passare a", "cerco un ruolo", "vorrei", "mi candido",
    "alla ricerca di", "in cerca di", "cerco", "cercando", "aspirante", "futuro", "futura",
    "in transizione verso", "in transizione a", "riconversione verso", "aperto a", "aperta a",
    "prossima sfida", "il mio prossimo",
)  # fmt: skip

CLICHES = (
    "appassionato", "appassionata", "appassionato di", "appassionata di",
    "orientato ai risultati", "orientata ai risultati", "proattivo", "proattiva",
    "lavoro di squadra", "spirito di squadra", "voglia di imparare", "dinamico", "dinamica",
    "innovativo", "innovativa", "ampia esperienza", "pluriennale esperienza",
    "altamente motivato", "altamente motivata", "sognatore", "sognatrice", "creativo",
    "creativa", "pensare fuori dagli schemi", "fare la differenza", "nuove sfide",
    "alla ricerca di nuove opportunita", "problem solving", "team player", "curioso", "curiosa",
)  # fmt: skip

DUTIES = (
    "responsabile di", "responsabile della", "responsabile del", "mi occupavo di",
    "mi occupo di", "incaricato di", "incaricata di", "mansioni:", "le mie mansioni",
    "principali mansioni", "compiti:", "attivita:", "supporto a", "partecipazione a",
)  # fmt: skip

RESULTS = """
gestito gestita preparato venduto coordinato supervisionato realizzato analizzato insegnato curato redatto scritto pubblicato diretto organizzato pianificato installato riparato raccolto prodotto tradotto formato seguito
ridott* ridu* aumentat* aumentando cresciut* risparmiat* lanciat* consegnat* migliorat*
raggiunt* ottenut* raddoppiat* triplicat* dimezzat* implementat* introdott* creato creata
creati create progettat* sviluppat* costruit* guidat* diretto formato formati formata assunt*
vint* chius* migrat* automatizzat* scalat* negoziat* recuperat* ampliat* abbassat* accorciat*
pubblicat* insegnat* coordinat* organizzat* fondat*
"""

FIRST_PERSON = """
io mi mio mia miei mie me sono lavoro aiuto cerco ho guido insegno progetto curo costruisco
sviluppo gestisco voglio posso credo coordino
"""

ASKS = (
    "scrivimi", "mi scriva", "contattami", "mi contatti", "parliamone", "sentiamoci",
    "colleghiamoci", "non esitare", "non esiti", "mandami un messaggio", "sarei felice",
    "se cerchi", "se cercate", "prenota una call", "iscriviti", "seguimi", "contatto",
)  # fmt: skip

HIRING = (
    "stiamo assumendo", "assumiamo", "sto assumendo", "ricerca e selezione", "selezione del personale",
    "recruiting", "recruiter", "talent acquisition", "talenti", "posizioni aperte",
    "unisciti", "entra nel team", "invia il tuo cv", "candidati", "candidate", "candidature",
)  # fmt: skip
BUYERS = (
    "titolari", "aziende",
    "tu", "tuo", "tua", "tuoi", "vostro", "vostra", "clienti", "cliente", "aziende come",
    "se tu", "problema", "problemi", "costi", "aiutarti", "la tua azienda", "il tuo team",
)  # fmt: skip
BRAGS = (
    "quota", "target superato", "top seller", "miglior venditore", "miglior venditrice",
    "numero uno", "classifica", "obiettivi superati", "club del presidente",
)  # fmt: skip
WRITING = (
    "scrivo di", "scrivo", "parlo di", "relatore", "relatrice", "speaker", "talk",
    "newsletter", "podcast", "blog", "rubrica", "editorialista", "autore di", "autrice di",
    "il mio libro", "pubblico", "condivido", "articoli", "ogni settimana",
)  # fmt: skip

BREAKS = (
    "pausa professionale", "pausa di carriera", "congedo parentale", "maternita",
    "paternita", "anno sabbatico", "sabbatico", "assistenza a", "cura di", "trasferimento",
    "rientro al lavoro", "ritorno al lavoro", "riqualificazione",
)  # fmt: skip

GENERIC_SKILLS = (
    "comunicazione", "lavoro di squadra", "lavoro in team", "leadership", "gestione",
    "microsoft office", "pacchetto office", "servizio clienti", "gestione del tempo",
    "problem solving", "organizzazione", "inglese", "italiano", "creativita", "adattabilita",
    "flessibilita", "precisione", "empatia", "negoziazione", "vendite", "marketing",
    "social media", "informatica", "excel", "word", "ricerca", "motivazione", "puntualita",
    "pensiero critico", "capacita decisionale", "project management", "team working",
)  # fmt: skip

FURNITURE = (
    "home", "rete", "lavoro", "messaggistica", "notifiche", "tu", "per le aziende",
    "prova premium", "mostra tutto", "vedi altro", "consiglia",
    "commenta", "diffondi il post", "invia", "condividi", "segui", "segui gia", "messaggio",
    "altro", "collegati", "informazioni di contatto", "informazioni", "accessibilita",
    "soluzioni per le aziende", "linee guida della community", "carriera",
    "soluzioni di marketing", "privacy e condizioni", "scelte relative alla pubblicita",
    "pubblicita", "soluzioni di vendita", "mobile", "piccole imprese", "centro sicurezza",
    "attivita", "mostra tutti i post", "conferma", "esperienza", "formazione", "competenze",
    "interessi", "lingue", "referenze", "licenze e certificazioni", "in primo piano", "post",
    "commenti", "immagini", "video", "visualizza profilo", "persone che potresti conoscere",
    "altri profili visualizzati", "seleziona lingua",
)  # fmt: skip
FURNITURE_PATTERNS = (
    r"^[\d.,]+\s*\+?\s*(?:reazioni|commenti|diffusioni|follower|collegamenti|contatti|"
    r"referenze|visualizzazioni|impressioni)$",
    r"^mostra (?:tutti |tutte )?(?:i |le )?\d+",
    r"^\d+\s*collegamenti in comune",
)
ABOUT_HEADINGS = ("informazioni", "riepilogo", "chi sono")
OTHER_HEADINGS = (
    "attivita", "esperienza", "formazione", "competenze", "in primo piano", "interessi",
    "referenze", "licenze e certificazioni", "lingue", "progetti", "servizi",
)  # fmt: skip

# Words of a student's or a career changer's profile, and titles of student jobs.
STUDENT = (
    "studente",
    "studentessa",
    "neolaureato",
    "neolaureata",
    "laureando",
    "laureanda",
    "dottorando",
    "dottoranda",
    "ultimo anno di",
)
CHANGE = ("cambio di carriera", "riconversione", "in transizione", "riqualificazione", "bootcamp")
TRAINEES = "stagista tirocinante apprendista studente studentessa"
