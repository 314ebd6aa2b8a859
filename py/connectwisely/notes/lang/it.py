"""Italian notes: "tu" in a warm note, "Lei" in a formal one, with the courtesy capital
("conoscerLa", "il Suo lavoro"); "Ciao Marco," and "Gentile Dott.ssa Bianchi," ("Gentile" needs
no gender, so a name without a title is greeted "Gentile Marco Rossi,"), the text going on in
lower case after the greeting's comma, as Italian letters do."""

from __future__ import annotations

from . import Language

W, F = "warm", "formal"


def _articulated() -> tuple[tuple[str, str], ...]:
    """Preposition + article as Italian writes them: "a il" is "al", "di l'" is "dell'"."""
    stems = {"a": "a", "di": "de", "in": "ne", "da": "da", "su": "su"}
    articles = {"il": "l", "lo": "llo", "la": "lla", "i": "i", "gli": "gli", "le": "lle"}
    out = []
    for prep, stem in stems.items():
        for article, ending in articles.items():
            joined = (
                stem + ("l" if article == "il" else "") + ending if article != "i" else stem + "i"
            )
            out.append(
                (
                    rf"\b{prep} {article} ",
                    joined.replace("ll", "l", 1) if article == "il" else joined,
                )
            )
            out[-1] = (out[-1][0], out[-1][1] + " ")
        out.append((rf"\b{prep} l['’]", stem + "ll'"))
        # a detail that already starts with a joined form: "a al meetup" is "al meetup"
        out.append((r"\b(?:a|in|presso) ((?:a|ne|de)(?:l|llo|lla|ll'|i|gli|lle)\b)", r"\1"))
    return tuple(out)


# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
LANGUAGE = Language(
    code="it",
    greet={
        W: ("Ciao {given},", "Buongiorno {given},"),
        "formal-f": ("Gentile {title}{family},", "Buongiorno {title}{family},"),
        "formal-m": ("Gentile {title}{family},", "Buongiorno {title}{family},"),
        F: ("Gentile {titles}{full},", "Buongiorno {titles}{full},"),
        "formal-titled": ("Gentile {titles}{family},", "Buongiorno {titles}{family},"),
    },
    greet_none={W: ("Ciao,",), F: ("Buongiorno,",)},
    openers={
        "met-at-event": {
            W: (("è stato un piacere conoscerti {at}!", "è stato un piacere conoscerti l'altro giorno!"),
                ("mi è piaciuta molto la nostra chiacchierata {at}.", "mi è piaciuta molto la nostra chiacchierata dell'altro giorno."),
                ("grazie per la bella conversazione {at}!", "grazie per la bella conversazione dell'altro giorno!")),
            F: (("è stato un piacere conoscerLa {at}.", "è stato un piacere conoscerLa all'evento."),
                ("La ringrazio per la piacevole conversazione {at}.", "La ringrazio per la piacevole conversazione all'evento."),
                ("conservo un ottimo ricordo del nostro incontro {at}.", "conservo un ottimo ricordo del nostro incontro all'evento.")),
        },
        "read-their-post": {
            W: (("grazie per {d}: mi hai dato molto da pensare.", "grazie per il tuo ultimo post, mi ha dato molto da pensare."),
                ("ho [[letto|ascoltato]] con piacere {d}.", "ho letto con piacere il tuo ultimo post."),
                ("ho apprezzato molto {d}.", "ho trovato molto utile il tuo ultimo post.")),
            F: (("ho [[letto|ascoltato]] con grande interesse {d}.", "ho letto con grande interesse il Suo ultimo articolo."),
                ("La ringrazio per {d}: ne ho tratto molti spunti.", "La ringrazio per il Suo ultimo articolo, che mi ha dato molti spunti."),
                ("ho trovato molti spunti di riflessione in {d}.", "ho trovato molti spunti di riflessione nel Suo ultimo articolo.")),
        },
        "same-school": {
            W: (("ho visto che anche tu hai studiato {at}.", "ho visto che abbiamo studiato nella stessa università."),
                ("che bello trovare qualcun altro di {d}!", "che bello trovare qualcun altro della mia università!"),
                ("anch'io ho studiato {at}, quindi volevo salutarti.", "abbiamo studiato nella stessa università, quindi volevo salutarti.")),
            F: (("ho notato che anche Lei ha studiato presso {d}.", "ho notato che abbiamo studiato nella stessa università."),
                ("è sempre un piacere conoscere ex studenti di {d}.", "è sempre un piacere conoscere ex studenti della mia università."),
                ("avendo anch'io studiato presso {d}, desideravo presentarmi.", "avendo frequentato la stessa università, desideravo presentarmi.")),
        },
        "same-company": {
            W: (("ho visto che anche tu lavori in {d}.", "ho visto che lavoriamo nella stessa azienda."),
                ("anch'io lavoro in {d} e volevo presentarmi.", "anch'io lavoro nella tua azienda e volevo presentarmi."),
                ("da collega in {d}, volevo salutarti.", "da collega, volevo salutarti.")),
            F: (("ho notato che anche Lei lavora presso {d}.", "ho notato che lavoriamo nella stessa azienda."),
                ("lavorando anch'io presso {d}, desideravo presentarmi.", "lavorando anch'io nella Sua azienda, desideravo presentarmi."),
                ("in qualità di collega presso {d}, mi permetto di scriverLe.", "in qualità di collega, mi permetto di scriverLe.")),
        },
        "former-colleague": {
            W: (("che ricordi, i tempi di {d}!", "che ricordi, quando lavoravamo insieme!"),
                ("ripenso spesso con piacere ai tempi di {d}.", "ripenso spesso con piacere a quando lavoravamo insieme."),
                ("ho notato che non eravamo ancora in contatto qui dai tempi di {d}.", "ho notato che non eravamo ancora in contatto qui da quando lavoravamo insieme.")),
            F: (("conservo un ottimo ricordo della nostra collaborazione ai tempi di {d}.", "conservo un ottimo ricordo della nostra collaborazione."),
                ("ripenso con piacere ai tempi di {d}.", "ripenso con piacere alla nostra collaborazione."),
                ("ho notato che non eravamo ancora in contatto qui dai tempi di {d}.", "ho notato che non eravamo ancora in contatto qui dalla nostra collaborazione.")),
        },
        "mutual-connection": {
            W: (("ho visto che abbiamo {d} in comune.", "ho visto che abbiamo contatti in comune."),
                ("ho trovato il tuo profilo tramite {d}.", "ho trovato il tuo profilo tramite contatti in comune."),
                ("conosciamo {d}, quindi volevo salutarti.", "abbiamo contatti in comune, quindi volevo salutarti.")),
            F: (("ho notato che abbiamo {d} in comune.", "ho notato che abbiamo contatti in comune."),
                ("ho trovato il Suo profilo tramite {d}.", "ho trovato il Suo profilo tramite contatti in comune."),
                ("avendo in comune {d}, mi permetto di presentarmi.", "avendo contatti in comune, mi permetto di presentarmi.")),
        },
        "same-group": {
            W: (("ho visto che anche tu fai parte di {d}.", "ho visto che siamo nello stesso gruppo."),
                ("che bello trovare un altro membro di {d}!", "che bello trovare un altro membro del gruppo!"),
                ("visto che siamo in {d}, volevo salutarti.", "visto che siamo nello stesso gruppo, volevo salutarti.")),
            F: (("ho notato che anche Lei fa parte di {d}.", "ho notato che facciamo parte dello stesso gruppo."),
                ("in qualità di membro di {d}, desideravo presentarmi.", "in qualità di membro dello stesso gruppo, desideravo presentarmi."),
                ("è sempre un piacere conoscere altri membri di {d}.", "è sempre un piacere conoscere altri membri del gruppo.")),
        },
        "reconnect": {
            W: (("quanto tempo! Oggi ho ripensato a {d}.", "quanto tempo! Come va?"),
                ("è passato un po' di tempo! Ripensavo proprio a {d}.", "è passato un po' di tempo! Che novità ci sono?"),
                ("è da un po' che non ci sentiamo, e ho pensato a {d}.", "è da un po' che non ci sentiamo, quindi volevo salutarti.")),
            F: (("è da tempo che non ci sentiamo, e di recente ho ripensato a {d}.", "è da tempo che non ci sentiamo."),
                ("è passato un po' di tempo dall'ultima volta. Ripensavo proprio a {d}.", "è passato un po' di tempo dall'ultima volta e desideravo avere Sue notizie."),
                ("ripensando a {d}, ho desiderato riprendere i contatti.", "desideravo riprendere i contatti dopo un po' di tempo.")),
        },
        "cold": {
            W: (("ho scoperto {d} e ci ho trovato molti spunti.", "non ci conosciamo ancora, ma volevo presentarmi."),
                ("seguo {d} con molto interesse.", "seguo il tuo lavoro con molto interesse."),
                ("grazie per {d}, ho imparato tantissimo.", "volevo presentarmi, anche se non ci conosciamo ancora.")),
            F: (("ho scoperto di recente {d} e vi ho trovato spunti preziosi.", "non ci conosciamo ancora, ma mi permetto di presentarmi."),
                ("seguo con grande interesse {d} da tempo.", "seguo con grande interesse il Suo lavoro da tempo."),
                ("desidero ringraziarLa per {d}.", "mi permetto di presentarmi brevemente.")),
        },
    },
    person_openers={
        W: ("che bello che {d} ci abbia fatto conoscere!", "è stato un piacere conoscerti insieme a {d}!", "mi è piaciuta molto la chiacchierata con te e {d}."),
        F: ("ringrazio {d} per averci messo in contatto.", "è stato un piacere conoscerLa tramite {d}.", "conservo un ottimo ricordo della conversazione con Lei e {d}."),
    },
    topic={
        "read-their-post": {W: "il tuo post sul tema “{}”", F: "il Suo articolo sul tema “{}”"},
        "cold": {W: "il tuo lavoro sul tema “{}”", F: "il Suo lavoro sul tema “{}”"},
        "place": {W: "il tuo lavoro presso {}", F: "il Suo lavoro presso {}"},
        "role": {W: "il tuo lavoro come {}", F: "il Suo lavoro come {}"},
    },
    purposes={
        "learn": {W: ("Mi farebbe piacere collegarmi e imparare dalla tua esperienza.", "Mi piacerebbe imparare da te."),
                  F: ("Mi farebbe piacere entrare in contatto e imparare dalla Sua esperienza.", "Mi piacerebbe imparare dalla Sua esperienza.")},
        "collaborate": {W: ("Mi piacerebbe restare in contatto e, chissà, collaborare a qualche progetto.", "Chissà, magari un giorno collaboreremo!"),
                        F: ("Mi piacerebbe restare in contatto ed esplorare una possibile collaborazione.", "Forse in futuro potremmo collaborare.")},
        "job": {W: ("Sto esplorando nuove opportunità nel tuo settore e mi farebbe piacere restare in contatto.", "Sto cercando nuove opportunità."),
                F: ("Sto valutando nuove opportunità nel Suo settore e mi farebbe piacere restare in contatto.", "Sto valutando nuove opportunità professionali.")},
        "hire": {W: ("Sto costruendo un team e mi farebbe piacere restare in contatto.", "Sto costruendo un team."),
                 F: ("Sto costruendo una squadra e mi farebbe piacere entrare in contatto.", "Sto costruendo una squadra.")},
        "advice": {W: ("Potrei farti una domanda sul tuo percorso, prima o poi? Nessuna fretta.", "Potrei farti una domanda, qualche volta?"),
                   F: ("Potrei porLe una domanda sul Suo percorso, quando Le è comodo?", "Potrei porLe una domanda, in qualche occasione?")},
        "stay-in-touch": {W: ("Restiamo in contatto!", "Mi farebbe piacere restare in contatto!", "Seguirò volentieri i tuoi aggiornamenti!"),
                          F: ("Sarà un piacere restare in contatto.", "Mi farebbe piacere restare in contatto.", "Seguirò con interesse i Suoi aggiornamenti.")},
    },
    sign_off={W: ("A presto, {me}",), F: ("Cordiali saluti, {me}",)},
    thanks={W: ("Grazie per il collegamento, {name}!", "Grazie per il collegamento!"),
            F: ("La ringrazio per aver accettato il mio invito, {name}.", "La ringrazio per aver accettato il mio invito.")},
    thanks_reply={W: ("Che bello sentirti, {name}!", "Che bello sentirti!"),
                  F: ("La ringrazio per la risposta, {name}.", "La ringrazio per la risposta.")},
    asks={
        "learn": {W: ("A cosa stai lavorando in questo periodo? Mi piacerebbe saperne di più.",), F: ("Posso chiederLe a cosa sta lavorando in questo periodo? Mi piacerebbe saperne di più.",)},
        "collaborate": {W: ("Ti andrebbe una breve chiacchierata nelle prossime settimane? Nessuna fretta.",), F: ("Sarebbe disponibile per una breve conversazione nelle prossime settimane, quando Le è comodo?",)},
        "job": {W: ("Sto valutando il mio prossimo passo professionale e il lavoro del tuo team mi interessa molto. Ti andrebbe di raccontarmi un po' com'è lavorare lì? Nessun problema se non puoi.",),
                F: ("Sto valutando il mio prossimo passo professionale e il lavoro della Sua organizzazione mi interessa molto. Sarebbe disponibile per un breve scambio? Capisco perfettamente se non è il momento giusto.",)},
        "hire": {W: ("Sto cercando qualcuno per il mio team e ho pensato a te. Ti andrebbe di saperne di più? Senza impegno.",),
                 F: ("Sto cercando qualcuno per la mia squadra e ho pensato che potesse interessarLe. Desidera saperne di più? Senza impegno.",)},
        "advice": {W: ("Posso farti un paio di domande sul tuo percorso? Nessuna fretta.",), F: ("Potrei porLe un paio di domande sul Suo percorso, quando Le è comodo?",)},
        "stay-in-touch": {W: ("A cosa stai lavorando in questo periodo?",), F: ("A cosa sta lavorando in questo periodo?",)},
    },
    to_strangers=((r"\bRestiamo in contatto!", "Sarebbe bello entrare in contatto!"), (r"\brestare in contatto\b", "entrare in contatto")),
    introduces=(
        ("introduced", r"(?:ci|mi|ti)\s+(?:(?:ha|aveva|hanno)\s+)?(?:presentat[oiae]|presentò|mess[oiae]\s+in\s+contatto|mise\s+in\s+contatto)(?:\s+(?:con\s+)?(?:te|Lei))?(?P<where>[^,;.!?]*)"),
        ("suggested", r"(?:mi\s+)?(?:ha|aveva)\s+(?:suggerito|consigliato|detto|proposto)\s+di\s+(?:contattarti|scriverti|contattarLa|scriverLe|contattarla|scriverle|mettermi\s+in\s+contatto|contattare)"),
        ("suggested", r"(?:mi\s+)?(?:ha|aveva)\s+(?:parlato\s+(?:molto\s+bene\s+)?di|consigliato|suggerito)\s+(?:te|Lei|il\s+tuo\s+profilo|il\s+Suo\s+profilo)|(?:ti|La)\s+ha\s+(?:consigliat[oa]|raccomandat[oa])"),
    ),
    introduced={W: {"introduced": "{who} ci ha presentati{where}", "suggested": "{who} mi ha consigliato di contattarti"},
                F: {"introduced": "{who} ci ha presentati{where}", "suggested": "{who} mi ha consigliato di contattarLa"}},
    intro_openers={
        "other": {W: (("{d}, quindi volevo salutarti.", "volevo salutarti."),
                      ("ti scrivo perché {d}.", "ti scrivo per salutarti."),
                      ("{d}, e mi fa piacere scriverti.", "mi fa piacere scriverti.")),
                  F: (("{d}, quindi desideravo presentarmi.", "desideravo presentarmi."),
                      ("Le scrivo perché {d}.", "Le scrivo per presentarmi."),
                      ("{d}, ed è un piacere scriverLe.", "è un piacere scriverLe."))},
        "reconnect": {W: (("{d}, ed è da un po' che non ci sentiamo!", "è da un po' che non ci sentiamo!"),
                          ("quanto tempo! {d}, e mi fa piacere risentirti.", "quanto tempo!"),
                          ("spero tu stia bene! {d}, quindi volevo salutarti.", "spero tu stia bene!")),
                      F: (("{d}, ed è da tempo che non ci sentiamo.", "è da tempo che non ci sentiamo."),
                          ("spero che stia bene. {d}, quindi desideravo riprendere i contatti.", "spero che stia bene."),
                          ("è passato un po' di tempo. {d}, ed è un piacere risentirLa.", "è passato un po' di tempo."))},
    },
    at="a",
    talks=r"\b(?:intervento|talk|presentazione|keynote|webinar|podcast|relazione)\b",
    works=r"post|articolo|intervento|talk|presentazione|thread|video|podcast|intervista|pubblicazione|newsletter",
    about=r"^\s*(?:su|sul|sulla|sullo|sui|sugli|sulle|riguardo a|a proposito di)\s+[^,.;!?]+",
    about_clause=(r"(?:^|,)\s*((?:come|dove|in cui)\s+[^.;!?]+)", "su "),
    reason=r"(?:,\s*|\s+(?:e|perché|visto che|dato che)\s+)(?P<reason>(?:noi|io|il mio team|il nostro team|anche noi|stiamo|sto|vogliamo|voglio|abbiamo|ho|dobbiamo|devo|pensiamo)\b[^.!?]{6,})$",
    clause_start=r"^(?:quando|noi|abbiamo|siamo|io|lui|lei|ho|è|era|lavoriamo|lavora|dirige|guida|ci)\b",
    frame_nouns=r"tempi|periodo|anni|esperienza|collaborazione",
    town_preps=r"a",
    place_preps=r"presso|alla|allo|all'|al|nella|nello|nell'|nel|della|dello|dell'|del|in|a|di",
    expand={"alla": "la", "al": "il", "allo": "lo", "all'": "l'", "nella": "la", "nel": "il", "nello": "lo", "nell'": "l'", "della": "la", "del": "il", "dello": "lo", "dell'": "l'"},
    connect=r"collegarmi|entrare in contatto",
    contractions=(*_articulated(), (r"\ba (?=[Aa][^\W\d_])", "ad ")),  # "ad Acme", as Italian writes it
    articles=("il", "lo", "la", "i", "gli", "le"),
    address={W: {"Suo": "tuo", "Sua": "tua", "Suoi": "tuoi", "Sue": "tue", "suo": "tuo", "sua": "tua", "suoi": "tuoi", "sue": "tue"},
             F: {"tuo": "Suo", "tua": "Sua", "tuoi": "Suoi", "tue": "Sue", "suo": "Suo", "sua": "Sua", "suoi": "Suoi", "sue": "Sue"}},
    honorifics={"m": "Sig.", "f": "Sig.ra"},
    lead_ins=r"^(?:ci\s+siamo\s+conosciut[ie]|ci\s+siamo\s+incontrat[ie]|ho\s+letto|ho\s+visto|abbiamo\s+lavorato\s+insieme|abbiamo\s+studiato)\s+(?:(?:a|in|presso|su)\s+)?",
    clause=r"\s*[,;:(–—]\s*|\s+(?=(?:dove|quando|perché|anche se|ma)\b)",
    stopwords=frozenset(str.split("anche come quando dove perché della dello delle degli nella nello sulla questo questa molto tutto tutti nostro nostra")),
)
# fmt: on
