"""Metamorphic tests per intent: a translation, a synonym, a reordering, the reader's company
named in a pitch, or an ask reworded without its stock word never makes a verdict friendlier;
and a shared past said in another language reads as the same shared past.

Each intent has a base request (a stranger's profile and a note) and its variants, written
from the issue's classes of misses and from published warnings (FTC, IC3, LinkedIn Help,
CERT Polska, the Fraudehelpdesk), in our own words.
"""

from __future__ import annotations

import pytest

from connectwisely import check_request
from connectwisely.checker.verdicts import severity

TODAY = "2026-11-25"
ME = {
    "industry": "data engineering",
    "interests": ["dbt", "Python"],
    "company": "Northwind Analytics",
}
STRANGER = {
    "name": "Alex Kim",
    "mutual_connections": 0,
    "connections": 180,
    "joined": "2019-03",
    "has_photo": True,
    "positions": 2,
}
NEW_EXEC = {
    "name": "Robert Hale",
    "headline": "CEO at Northwind Analytics",
    "mutual_connections": 0,
    "connections": 14,
    "joined": "2026-11",
    "has_photo": True,
    "positions": 1,
}
SELLER = {
    "name": "Dana Ross",
    "headline": "Account Executive",
    "mutual_connections": 2,
    "connections": 500,
    "joined": "2018-05",
    "has_photo": True,
    "positions": 3,
}

# intent: (profile, base note, verdicts the base must get, variants)
INTENTS = {
    "ask: a deposit": (STRANGER, "You are selected for a remote job. A refundable deposit of 50 euro is needed before you start.", {"report"}, [
        "You're hired for the remote role. Before you start we need a small deposit of 50 euro that you get back with your first pay.",
        "A refundable deposit of 50 euro is needed before you start. You are selected for a remote job.",
        "Je bent geselecteerd voor een thuiswerkbaan. Eerst een kleine borg van 50 euro, die krijg je terug.",
        "Został Pan wybrany do pracy zdalnej. Przed startem wymagana jest kaucja zwrotna 50 zł.",
        "Uzaktan çalışma pozisyonu için seçildiniz. Başlamadan önce 50 euro depozito gerekiyor, iade edilecek.",
        "Selected for remote work! To activate your account, top up 50 USD first; it is returned with your first salary.",
        "Aapka selection ho gaya hai. Registration amount 50 euro refundable hai, kindly pay to confirm.",
    ]),
    "ask: a channel move": (STRANGER, "I have a part-time job for you. Contact me on WhatsApp +44 7700 900123.", {"report"}, [
        "I have a part-time job for you. My colleague will text you, what's your number?",
        "Contact me on WhatsApp +44 7700 900123. I have a part-time job for you.",
        "I have a part-time job for you. Add me on Telegram, I'm rarely on here.",
        "Ik heb een parttime baan voor je. App me via WhatsApp op 06-12345678.",
        "Size yarı zamanlı bir iş var. Bana WhatsApp üzerinden yazın: 0532 123 45 67.",
        "Mam dla Ciebie pracę. Napisz do mnie na WhatsApp 512 345 678.",
    ]),
    "too good: pay per day for trivial work": (STRANGER, "Remote job: rate apps from home, $300 per day, no experience needed.", {"report"}, [
        "Rate apps from home, paid daily to your bank, $300 a day. No experience needed, my colleague will text you.",
        "No experience needed. $300 per day, rate apps from home, remote job.",
        "Praca zdalna: 800 zł dziennie za 1-2 godziny prostych zadań, bez doświadczenia.",
        "Thuiswerk: apps beoordelen vanuit huis, 300 euro per dag, geen ervaring nodig.",
        "Evden uygulama değerlendirme işi, günlük 300 dolar, deneyim gerekmez.",
        "Ghar baithe kamaiye $300 roz, apps rate karne hain, no experience needed.",
    ]),
    "too good: promised returns": (STRANGER, "My crypto trading group guarantees 10% weekly returns. Let me show you how.", {"report"}, [
        "My uncle's gold contract strategy has done really well for me, I made 38k last month. I can show you.",
        "Let me show you how. My crypto trading group guarantees 10% weekly returns.",
        "Mijn cryptogroep geeft gegarandeerd rendement van 10% per week. Ik laat je zien hoe.",
        "Moja grupa inwestycyjna daje gwarantowany zysk 10% tygodniowo na kryptowalutach.",
        "Kripto grubumuz haftalık yüzde 10 garantili kazanç sağlıyor.",
    ]),
    "pitch": (SELLER, "We help data teams cut cloud costs by 30%. Book a 15-minute demo here.", {"ignore"}, [
        "We help companies like Northwind Analytics cut cloud costs by 30%. Book a 15-minute demo here.",
        "Book a 15-minute demo here. We help data teams cut cloud costs by 30%.",
        "We provide dedicated Python engineers from $22/hr, free trial.",
        "Free webinar on cutting cloud costs next week, register here.",
        "Wir helfen Datenteams, Cloudkosten zu senken. Hätten Sie 15 Minuten für eine kurze Demo?",
        "Wij helpen scale-ups zoals Northwind Analytics hun cloudkosten te halveren. Zin in een korte demo?",
        "Pomagamy zespołom danych obniżyć koszty chmury. Czy mogę przesłać kilka case studies?",
        "Our senior data engineers start at €30/hour and can join your sprint next week. Happy to send over a few CVs.",
        "Ofrecemos ingenieros de datos desde 30 €/h. ¿Te envío el folleto con precios?",
        "Ajudo equipas de dados a cortar custos. Tenho uma sessão estratégica gratuita esta semana, quer reservar o seu lugar?",
        "Offriamo data engineer dedicati a partire da 2.900 € al mese, con due settimane di prova.",
    ]),
    "ask: a sign-in with a national e-ID or bank ID": (STRANGER, "To confirm your profile for our candidate pool, sign in with your BankID on this link: candidates-verify.net", {"report"}, [
        "Hej! Bekräfta din profil för vår kandidatdatabas: signera med BankID via länken candidates-verify.net",
        "Beste, uw account moet worden bevestigd. Log in met DigiD via candidates-verify.net.",
        "Per completare la candidatura acceda al portale con le credenziali SPID: candidates-verify.net",
        "Başvurunuzun onayı için e-Devlet şifrenizle candidates-verify.net adresinden giriş yapın.",
        "Pour valider votre candidature, connectez-vous avec itsme sur candidates-verify.net.",
    ]),
    "ask: a code sent by mistake": (STRANGER, "Sorry, I had a verification code sent to your phone by mistake. Could you tell me the 6 digits?", {"report"}, [
        "Could you tell me the 6 digits? I had a verification code sent to your phone by mistake, sorry.",
        "Perdona, te llegó un código por error a tu móvil. ¿Me dices los 6 dígitos?",
        "Désolé, un code vous a été envoyé par erreur. Pouvez-vous me le transmettre ?",
        "Sorry, er is per ongeluk een code naar je telefoon gestuurd. Kun je die doorsturen?",
        "Przepraszam, kod SMS trafił do Ciebie przez pomyłkę. Możesz mi go przesłać?",
        "Pardon, telefonunuza yanlışlıkla bir kod gitti. Bana iletebilir misiniz?",
    ]),
    "ask: a fee dressed as an honor": (STRANGER, "Congratulations, you are selected as a keynote speaker at the Global Data Summit. A speaker participation fee of $650 secures your slot.", {"report"}, [
        "Herzlichen Glückwunsch, Sie sind als Sprecher nominiert. Für die Aufnahme fällt eine Teilnahmegebühr von 650 € an.",
        "Félicitations, vous êtes invité comme intervenant. Des frais de participation de 650 € confirment votre place.",
        "Complimenti, è stato selezionato come relatore. La quota di partecipazione di 650 € conferma il suo posto.",
        "Parabéns, foi selecionado como orador. A taxa de inscrição de 650 € garante o seu lugar.",
        "Gefeliciteerd, je bent gekozen als spreker. De deelnamekosten van 650 euro bevestigen je plek.",
        "Gratulacje, został Pan wybrany na prelegenta. Opłata rejestracyjna 650 zł potwierdza miejsce.",
        "Tebrikler, konuşmacı olarak seçildiniz. Yerinizi ayırmak için 650 euro katılım ücreti gerekiyor.",
    ]),
    "authority: your own company's executive": (NEW_EXEC, "I need a favour handled discreetly. What's your cell?", {"report"}, [
        "I need a favour handled quietly before 3pm, keep this between us. Send me your mobile number.",
        "What's your cell? I need a favour handled discreetly.",
        "Ich brauche kurzfristig Ihre Unterstützung, bitte diskret behandeln und mir Ihre Handynummer schicken.",
        "Potrzebuję pilnie pomocy w poufnej sprawie, proszę podać mi numer telefonu.",
        "I need your help with an urgent task for a client today.",
    ]),
    "romance": (STRANGER, "Hello dear, your smile is lovely. I am a widower looking for true love.", {"report"}, [
        "Your smile is lovely. I am a widower looking for true love, hello dear.",
        "Hallo schat, je glimlach is prachtig. Ik ben weduwnaar en zoek de ware liefde.",
        "Cześć piękna, masz cudowny uśmiech. Jestem wdowcem i szukam prawdziwej miłości.",
        "Bonsoir, votre sourire m'a touché. Je suis veuf et je cherche l'âme soeur.",
    ]),
    # round 3: the pitches that went unseen on unseen sets, each with a company named, a
    # translation, a reordering and its stock word ("demo", "free") reworded away
    "pitch: a cold demo that names your company": (SELLER, "Saw Northwind is hiring analysts. Our AI assistant lets one analyst do the work of three. Could I show you a 12 min demo Thursday?", {"ignore"}, [
        "Could I show you a 12 min demo Thursday? Saw Northwind is hiring analysts; our AI assistant lets one analyst do the work of three.",
        "Saw Northwind Analytics is hiring analysts. Our AI assistant lets one analyst do the work of three. Could I walk you through it for 12 minutes on Thursday?",
        "Northwind sucht gerade Analysten. Unser KI-Assistent ersetzt drei Analysten. Hätten Sie 12 Minuten für eine Demo am Donnerstag?",
        "He visto que Northwind busca analistas. Nuestro asistente de IA hace el trabajo de tres. ¿Te enseño una demo de 12 minutos el jueves?",
    ]),
    "pitch: offshore developers by the hour": (SELLER, "We place senior React developers from Kraków at $38/hr, vetted, can start in 5 days. Worth a quick call?", {"ignore"}, [
        "Worth a quick call? We place senior React developers from Kraków at $38/hr, vetted, can start in 5 days.",
        "Our senior React folks in Kraków cost $38 an hour, pre-vetted and ready in 5 days. Shall I send a few profiles?",
        "Tenemos devs senior en Medellín desde 32 USD/hora, mismo huso horario. ¿Están buscando reforzar el equipo?",
        "İstanbul'daki ekibimizle yazılımcı hizmeti veriyoruz, saatlik 25$'dan başlayan fiyatlarla. Projeniz var mı?",
        "Hello, we have 40+ dedicated Laravel and React developers available at USD 18 per hour. Share your requirement and we will send profiles.",
        "Olá, temos desenvolvedores full stack a partir de R$ 90/hora, alocação em 48h. Posso te mandar uma proposta?",
    ]),
    "pitch: a coach's free session": (SELLER, "I help data leaders get back 10 hours a week without hiring. I have two free strategy sessions left this month, want one?", {"ignore"}, [
        "I have two free strategy sessions left this month, want one? I help data leaders get back 10 hours a week without hiring.",
        "I help data leaders at companies like Northwind Analytics get back 10 hours a week. Two complimentary strategy calls left this month, want one?",
        "Ich helfe Datenverantwortlichen, 10 Stunden pro Woche zu gewinnen. Ich habe noch zwei kostenlose Strategiesitzungen frei, Interesse?",
        "Ajudo líderes de dados a ganhar 10 horas por semana. Tenho duas sessões estratégicas gratuitas este mês, quer uma?",
    ]),
    "pitch: a tax credit with a quick call": (SELLER, "Data firms claimed an average of £54k in R&D relief last year. Happy to run a free eligibility check for Northwind Analytics, no win no fee. Fancy a quick call?", {"ignore"}, [
        "Fancy a quick call? Happy to run a free eligibility check for Northwind Analytics, no win no fee: data firms claimed £54k in R&D relief on average.",
        "Happy to run a complimentary eligibility review for Northwind Analytics, no win no fee. Data firms claimed £54k in R&D relief last year.",
    ]),
    "pitch: a website package with a price": (SELLER, "We build websites and apps for growing companies, packages from $499. Shall I send you the brochure?", {"ignore"}, [
        "Shall I send you the brochure? We build websites and apps for growing companies, packages from $499.",
        "Kami jasa pembuatan website & aplikasi mulai Rp 3,5 juta. Boleh minta waktu 10 menit untuk presentasi?",
        "Creamos webs y apps para empresas en crecimiento, desde 499 €. ¿Te envío el folleto?",
        "We build websites and apps for companies like Northwind Analytics, from $499. Want to see a few samples?",
    ]),
    "pitch: a paid program with a syllabus": (SELLER, "Hi! Our 8-week leadership accelerator starts in January. Happy to send you the syllabus and pricing.", {"ignore"}, [
        "Happy to send you the syllabus and pricing: our 8-week leadership accelerator starts in January.",
        "Hola, mi programa de mentoría de 12 semanas ayuda a ingenieros a conseguir ascensos. ¿Te paso el temario y el precio?",
        "Hallo, unser Führungskräfte-Training (6 Module, 1.490 €) startet im März. Darf ich Ihnen die Broschüre schicken?",
        "Bonjour, notre formation certifiante en management démarre en février. Je peux vous envoyer le programme détaillé et les tarifs ?",
        "Our leadership accelerator for teams like Northwind Analytics starts in January, 8 weeks, $2,400. Want the course outline?",
    ]),
    "ask: a code that reached you": (STRANGER, "Hi! I sent a code to your number by mistake, can you forward it to me please?", {"report"}, [
        "Oops, my verification SMS went to your phone instead of mine. Can you tell me the digits you received?",
        "Can you forward it to me please? I sent a code to your number by mistake.",
        "Hallo, ich habe mich bei der Nummer vertippt, Sie haben einen Bestätigungscode per SMS bekommen. Schicken Sie ihn mir bitte?",
        "Bonjour, je me suis trompée de numéro et vous avez reçu un code de vérification à 6 chiffres. Vous pouvez me le donner ?",
        "Oi, errei o número e o código de verificação foi pro seu celular. Me passa os 6 dígitos?",
        "Hola, sin querer puse tu número y te llegó un código de verificación. ¿Me lo pasas?",
    ]),
    "romance: the wrong-person opener": (STRANGER, "Sorry, I think I have the wrong person... but nice to meet you anyway! Where are you from?", {"ignore", "report"}, [
        "Where are you from? Sorry, I think I added the wrong person, but nice to meet you anyway!",
        "Oh sorry, I thought you were my old friend Anna. You seem nice though, how is your day going?",
        "Perdón, creo que me equivoqué de persona... pero encantada de conocerte. ¿De dónde eres?",
        "Entschuldigung, ich glaube, ich habe die falsche Person angeschrieben... aber schön, Sie kennenzulernen. Woher kommen Sie?",
        "Sorry, ik denk dat ik de verkeerde persoon heb... maar leuk je te ontmoeten! Waar kom je vandaan?",
        "Przepraszam, chyba pomyliłam osoby... ale miło Cię poznać! Skąd jesteś?",
        "Pardon, sanırım yanlış kişiye yazdım... ama tanıştığıma memnun oldum! Nerelisin?",
        "Scusa, credo di aver sbagliato persona... ma piacere di conoscerti! Di dove sei?",
    ]),
}  # fmt: skip
CASES = [
    (name, profile, base, allowed, variant)
    for name, (profile, base, allowed, variants) in INTENTS.items()
    for variant in variants
]


def _verdict(profile: dict, note: str, me: dict = ME) -> str:
    return check_request({**profile, "message": note}, me=me, today=TODAY)["verdict"]


@pytest.mark.parametrize("name", INTENTS)
def test_each_base_request_gets_its_verdict(name):
    """The base of each intent is judged as the issue says: the variants are measured against it."""
    profile, base, allowed, _ = INTENTS[name]
    assert _verdict(profile, base) in allowed


@pytest.mark.parametrize(("name", "profile", "base", "allowed", "variant"), CASES)
def test_a_variant_is_never_friendlier(name, profile, base, allowed, variant):
    """Translated, reworded, reordered, naming the reader's company or without its stock word:
    the verdict is at least as severe as the base's."""
    assert severity(_verdict(profile, variant)) >= severity(_verdict(profile, base)), variant


SHARED = {
    "name": "Lena Vogel",
    "mutual_connections": 11,
    "connections": 400,
    "joined": "2015-02",
    "has_photo": True,
    "positions": 3,
}
SHARED_PAST = [
    "We both studied at TU Berlin, great to see you here.",
    "Wir haben beide an der TU Berlin studiert, schön dich hier zu sehen.",
    "Leuk je gesproken te hebben op de dbt meetup vorige week.",
    "Miło było Cię poznać na konferencji dbt w Warszawie.",
    "Ben de ODTÜ mezunuyum, DevFest'te tanıştığımıza çok memnun oldum.",
    "Ci siamo conosciuti al meetup dbt di Milano, è stato un piacere.",
    "Your talk at the dbt meetup in Berlin helped my team a lot.",
    "Dein Vortrag beim dbt Meetup in Berlin hat meinem Team sehr geholfen.",
    "Ta présentation au meetup dbt de Berlin a beaucoup aidé mon équipe.",
    "Tu charla en el meetup de dbt en Berlín ayudó mucho a mi equipo.",
    "Il tuo talk al meetup dbt di Berlino ha aiutato molto il mio team.",
    "A tua palestra no meetup de dbt em Berlim ajudou muito a minha equipa.",
    "Je talk op de dbt meetup in Berlijn heeft mijn team erg geholpen.",
    "Twoja prezentacja na meetupie dbt w Berlinie bardzo pomogła mojemu zespołowi.",
    # a maintainer or colleague naming a piece of the project's work: a pull request, an issue,
    # a commit, a release
    "Thanks for merging my pull request #87 in fastcsv, and for the quick review on issue #85!",
    "Your commit 3fa9c2e in polars-geo fixed the CRS bug we hit. I co-maintain geopandas-lite.",
    "Hola, revisé tu pull request #231 en fastcsv y el release 1.4 nos salvó.",
    "Hallo, danke für das Review meines Pull Requests #54 in pyjson-schema!",
    "Merci pour la revue de ma PR #412 sur httpx-retry, la v2.3.1 nous a sauvés.",
    "Merhaba, üniversiteden sınıf arkadaşınım, ODTÜ 2015. Bağlantıda kalalım!",
]  # fmt: skip


@pytest.mark.parametrize("note", SHARED_PAST)
def test_a_shared_past_reads_the_same_in_every_language(note):
    """A shared past with 11 mutual connections is accepted, whichever language says it."""
    assert _verdict(SHARED, note) == "accept"


FOUNDER = {**SELLER, "name": "Mo Chen"}
# Genuine notes that share a pitch's words (a founder's one question, a recruiter's concrete
# role, a vendor you met, a student, a new colleague): the pitch never makes them "ignore".
HARD_NEGATIVES = [
    ({**FOUNDER, "headline": "Founder at Tidewater (seed)"}, "Hi, fellow founder here. We're both building data tools; how did you price your first enterprise plan? One question, no pitch."),
    ({**FOUNDER, "headline": "Recruiter at Stripe"}, "Hi, I'm hiring a Staff Data Engineer in Berlin, €110-130k, hybrid. Open to a quick call this week?"),
    ({**FOUNDER, "headline": "Account Manager at Snowflake", "mutual_connections": 5}, "Hi, we met at the dbt meetup last month; you asked about our warehouse credits. Happy to follow up with the numbers."),
    ({**FOUNDER, "headline": "Student at TU Munich"}, "Hi! I'm a data student at TUM. Could I ask you 2 questions about internships at Northwind Analytics? Totally fine if not."),
    ({**FOUNDER, "headline": "Engineering Manager at Northwind Analytics", "mutual_connections": 8}, "Hi, I just joined the Berlin office, starting on the platform team on Monday. Looking forward to working together!"),
    ({**FOUNDER, "headline": "Fundadora en Tidewater"}, "Hola, también soy fundadora en datos. ¿Cómo fijaste el precio de tu primer plan enterprise? Una sola pregunta, nada de ventas."),
]  # fmt: skip


@pytest.mark.parametrize(("profile", "note"), HARD_NEGATIVES)
def test_a_genuine_note_with_a_pitchs_words_is_never_ignored(profile, note):
    """A genuine note that shares a pitch's vocabulary is answered (accept or reply first),
    and the pitch signal does not fire on it."""
    result = check_request({**profile, "message": note}, me=ME, today=TODAY)
    assert result["verdict"] in ("accept", "reply-first")
    assert "RQ012" not in {s["id"] for s in result["signals"]}
