"""Italian: the phrase tables the request checker reads Italian by (see :mod:`.languages`).

Written from the Polizia Postale's and Consob's warnings (fake job offers with a "quota di
iscrizione", unauthorised online trading, romance scams, requests for IBAN and ID) and real
Italian recruiting posts. Patterns run on text with accents removed.
"""

STOPWORDS = "il lo la i gli le di da in con su per tra fra un una uno e che non si ci mi ti vi ne del della dei delle al alla ai nel nella sono sei ha ho hai abbiamo come anche ma piu molto questo questa io tu lui lei noi voi loro mio mia tuo tua suo sua nostro ciao buongiorno grazie saluti"
NUMBERS = {
    "zero": 0, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
    "ottanta": 80, "novanta": 90, "cento": 100, "mille": 1000, "mila": 1000,
    "milione": 1_000_000, "milioni": 1_000_000,
}  # fmt: skip
JOINERS = ()
PERCENT = ("per cento", "percento")
PERIODS = {
    "day": r"al giorno|ogni giorno|giornalier[oi]|quotidian[oi]",
    "week": r"a settimana|alla settimana|ogni settimana|settimanal[ei]",
    "month": r"al mese|ogni mese|mensil[ei]",
    "hour": r"all'ora|l'ora|orari[oe]",
    "year": r"all'anno|annu[oi]",
}
APPS = {"WhatsApp": r"whats|wa|wapp", "Telegram": r"tg|tele"}
BUTTONS = "accetta, ignora, rispondi, messaggio, collegati, segui, altro, mostra altro, visualizza profilo, informazioni di contatto"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"(?:oltre\s)?{n}\s+collegamenti",
    "mutual": r"{n}\s+collegament[oi]\s+in\s+comune",
    "mutual_others": r"(.+?)\s+e\s+altri\s+(\d[\d.,]*)\s+collegamenti\s+in\s+comune",
    "followers": r"{n}\s+follower",
    "degree": r"(1|2|3)\s?(?:°|º|o)",
}
ROLES = r"ingegnere|sviluppat(?:ore|rice)|programmat(?:ore|rice)|analista|designer|architetto|consulente|infermier[ea]|commercialista|avvocat[oa]|tecnico"
TABLES = {
    "waived": (r"\b(?:a carico nostro|esent\w*|gratuit\w* per (?:te|lei))\b",),
    "off_platform": (
        r"\b(?:scrivimi|mi scriva|contattami|mi contatti|aggiungimi|chiamami)\s(?:su|via|al|sul|tramite)\b",
        r"\bqui (?:entro|rispondo|sono) (?:raramente|poco|di rado)\b|\bqui non (?:rispondo|entro) spesso\b",
        r"\b(?:email|mail|e-mail) (?:personale|privata)\b",
        r"\b(?:il suo|il tuo) (?:numero di )?(?:cellulare|telefono|whatsapp)\b",
    ),
    "money": (
        r"\bquota (?:di )?(?:partecipazione|iscrizione|adesione|associativa)\b",
        r"\bacquist\w*\b[^.!?\n]{0,60}?\brimbors\w*\b",
        r"\bricev\w* (?:pacchi|colli|merce)\b[^.!?\n]{0,60}?\b(?:rispedir\w*|inoltrar\w*)",
        r"\b(?:quota|tassa|costo|contributo|spese)\s(?:di\s|del\s|per\s(?:il\s)?)?(?:iscrizione|formazione|attivazione|spese|corso|kit|pratica|registrazione|materiale)\b|\bcontributo spese\b",
        r"\b(?:pagare|versare|bonifico|ricarica|anticipare|inviare)\b[^.!?\n]{0,50}?(?:€|euro|\$|postepay|buoni regalo|gift card)",
        r"\bricarica postepay\b|\bbuoni regalo\b",
        r"\b(?:ricarica|deposito|bonifico|versamento)\b[^.!?\n]{0,40}?\d[^.!?\n]{0,60}?\b(?:rimbors\w*|restitu\w*|ridat\w*)\b",
        r"\bricev\w*\s(?:dei\s|i\s)?pacchi\b[^.!?\n]{0,40}?\b(?:rispedi\w*|inoltr\w*|spedi\w*)",
    ),
    "personal_data": (
        r"\b(?:codice|cifre)\b[\s\S]{0,80}?\b(?:numero sbagliato|sbagliato numero)\b|\b(?:numero sbagliato|sbagliato numero)\b[\s\S]{0,80}?\b(?:codice|cifre)\b",  # a code that reached you "by mistake"
        r"\b(?:codice (?:di (?:verifica|sicurezza|conferma)|sms|otp)|cifre)\b[\s\S]{0,80}?\b(?:(?:hai|ha) ricevuto|(?:arrivato|finito) (?:a te|sul tuo|a lei)|me lo (?:giri|mandi|passi|invii|dici))\b|\b(?:(?:hai|ha) ricevuto|(?:arrivato|finito) (?:a te|sul tuo|a lei)|me lo (?:giri|mandi|passi|invii|dici))\b[\s\S]{0,80}?\b(?:codice (?:di (?:verifica|sicurezza|conferma)|sms|otp)|cifre)\b",  # a verification code you received, asked for
        r"\bcodice\b[^.!?\n]{0,60}?\bper (?:errore|sbaglio)\b|\bper (?:errore|sbaglio)\b[^.!?\n]{0,60}?\bcodice\b",
        r"\b(?:invii|inviare|inviaci|mandaci|mandami|fornire|fornisca|comunichi|il suo|la sua|il tuo|la tua|i suoi|copia|foto)\b[^.!?\n]{0,40}?\b(?:coordinate bancarie|iban|numero di conto|carta d'identita|documento d'identita|codice fiscale|passaporto|password|codice di verifica|codice otp|numero della carta|carta di credito)\b",
        r"\b(?:convalidare|confermare|aggiornare|verificare)\b[^.!?\n]{0,30}?\b(?:iban|codice fiscale|carta|password|codice)\b",
    ),
    "returns": (
        r"\b(?:rendiment[oi]|guadagn[oi]|profitt[oi]|interessi)\s(?:\w+\s)?garantit[oi]\b|\bgarantit[oi]\b",
        r"\bsenza rischi\b|\b(?:raddoppiare|triplicare) (?:il tuo|i tuoi) (?:soldi|capitale|investimento)\b",
    ),
    "vehicle": (
        r"\b(?:criptovalut[ae]|cripto|bitcoin|forex|trading|piattaforma di (?:trading|investimento))\b",
    ),
    "profit": (
        r"\b(?:guadagnare|guadagnano|guadagni|rendimento|reddito passivo|liberta finanziaria|ti insegno|ti mostro)\b",
    ),
    "romance": (
        r"\b(?:ciao|buongiorno|salve)\W+(?:bellissima|bella|cara|tesoro|amore|principessa|dolcezza)\b",
        r"\bil tuo (?:bel )?sorriso\b|\bocchi bellissimi\b|\b(?:i tuoi|hai degli) (?:bellissimi )?occhi\b",
        r"\bvedov[oa]\b|\bmi sento sol[oa]\b|\bil mio cuore\b",
        r"\b(?:cerco|sto cercando)\s(?:l'amore|una donna|un uomo|una relazione|una compagna|l'anima gemella)\b|\banima gemella\b|\bvero amore\b",
    ),
    "romance_strong": (
        r"\b(?:ciao|buongiorno|salve)\W+(?:bellissima|tesoro|amore|principessa|dolcezza)\b",
        r"\b(?:cerco|sto cercando)\s(?:l'amore|una donna|un uomo|una relazione|l'anima gemella)\b|\bvero amore\b",
    ),
    "familiar": (r"\bconoscerti meglio\b|\bdiventare amici\b",),
    "shared_context": (
        r"\b(?:il tuo|il suo|la tua|la sua)\s(?:talk|intervento|presentazione|keynote|workshop|speech)\s(?:al|alla|allo|all'|a|durante|nel|nella)\b",
        r"\bci siamo (?:conosciuti|conosciute|visti|incontrati|sentiti)\b|\b(?:e|e' stato) un piacere conoscerti\b|\babbiamo (?:parlato|chiacchierato)\b",
        r"\babbiamo (?:lavorato|studiato) insieme\b|\bex collegh[ia]\b|\bcompagn[oi] di (?:corso|universita|classe)\b",
        r"\bmi ha dato il tuo contatto\b|\bmi ha (?:consigliato|suggerito) di (?:contattarti|scriverti)\b",
        r"\banch'?io\b[^.!?\n]{0,50}?\b(?:laureat\w*|studiat\w*)\b",
        r"\b(?:abbiamo|avevamo)\s(?:studiato|lavorato|fatto)\b[^.!?\n]{0,40}?\binsieme\b",
    ),
    "about_you": (
        r"\bil (?:tuo|suo) (?:intervento|articolo|post|talk|libro|progetto)\b|\bla (?:tua|sua) (?:presentazione|ricerca)\b",
    ),
    "job": (
        r"\b(?:lavoro|posizione|offerta|selezione|assunzione|impiego|part-time|full-time|contratto|opportunita)\b",
    ),
    "recruiter": (
        r"\b(?:recruiter|selezione del personale|risorse umane|hr|talent|ufficio personale)\b",
    ),
    "too_good": (
        r"\bsenza esperienza\b|\bnessuna esperienza (?:richiesta|necessaria)\b",
        r"\b(?:e|sei) stat[oa] (?:selezionat[oa]|assunt[oa])\b|\bha superato la selezione\b",
        r"\bmettendo like\b",
        r"\b(?:valutare|recensire) (?:prodotti|app|hotel|video)\b",
    ),
    "too_good_weak": (r"\bda casa\b",),
    "advance_fee": (r"\beredita\b|\bdefunt[oa]\b",),
    "default_note": (
        r"\bvorrei aggiungerti alla mia rete\b|\baggiungerti alla mia rete\b|\bcolleghiamoci\b",
    ),
    "mass_message": (
        r"\bho visto il tuo profilo\b|\bprofilo (?:molto )?(?:interessante|impressionante)\b|\btuo profilo interessante\b",
    ),
    "job_ask": (r"\bsegnalarmi\b|\braccomandarmi\b|\bsto cercando lavoro\b",),
    "pitch_offer": (r"\b(?:aiutiamo|offriamo|realizziamo|creiamo|sviluppiamo)\b",),
    "pitch_ask": (
        r"\buna (?:call|chiamata) di \d+\s?min\w*|\bsenza impegno\b|\bpossiamo fissare\b",
        r"\bti (?:mando|invio|giro) il link\b|\blink (?:di|per l')iscrizione\b",
    ),
    "pitch_outcome": (r"\bpiu clienti\b|\baumentare il fatturato\b|\bpiu vendite\b",),
    "pitch_price": (
        r"\b(?:programma (?:del corso|dettagliato)|listino|prezzi e date)\b",
        r"\ba partire da \d|\bprezzi (?:competitivi|bassi)\b",
    ),
    "mlm": (
        r"\breddito passivo\b|\bguadagno extra\b|\bopportunita di business\b|\bcapo di te stess[oa]\b|\bpersone ambiziose\b",
    ),
    "open_networker": (
        r"\baccetto tutt[ie] (?:le richieste|i collegamenti)\b|\bcresciamo insieme\b",
    ),
    "sign_in": (
        r"\b(?:acceda|accedi|effettui l'accesso)\b[^.!?\n]{0,60}?\bper (?:visualizzare|vedere|aprire|scaricare)\b",
    ),
    "authority": (
        r"\b(?:amministratore delegato|presidente|fondat\w*|direttore generale|titolare|direttor\w*)\b",
    ),
    "secrecy": (r"\b(?:discrez\w*|riservat\w*|tra (?:noi|di noi)|non dirlo a nessuno)\b",),
    "urgency": (
        r"\b(?:urgente\w*|immediatamente|al piu presto|entro oggi)\b|\bentro (?:le prossime )?\d+\s?ore\b",
    ),
    "wrong_person": (
        r"\b(?:sbagliato (?:persona|profilo|contatto|numero)|persona sbagliata|profilo sbagliato|contatto sbagliato|ti ho scambiat[oa])\b",
    ),
    "service_name": (r"\b(?:assistenza|sicurezza|verifica|servizio clienti|ufficiale)\b",),
}
