"""German notes: "du" in a warm note, "Sie" in a formal one; "Hallo Jan," and "Sehr geehrte
Frau Dr. Vogel," (a neutral "Guten Tag Dr. Jana Vogel," when the name says no gender), the
text going on in lower case after the greeting's comma, as German letters do."""

from __future__ import annotations

from ..german import inflect
from . import Language

W, F = "warm", "formal"

# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
LANGUAGE = Language(
    code="de",
    greet={
        W: ("Hallo {given},", "Hi {given},"),
        "formal-f": ("Sehr geehrte Frau {titles}{family},", "Guten Tag Frau {titles}{family},"),
        "formal-m": ("Sehr geehrter Herr {titles}{family},", "Guten Tag Herr {titles}{family},"),
        F: ("Guten Tag {titles}{full},",),
        "formal-titled": ("Guten Tag {full},",),  # no Herr/Frau to carry the title
    },
    greet_none={W: ("Hallo,", "Hi,"), F: ("Guten Tag,",)},
    openers={
        "met-at-event": {
            W: (("schön, dass wir uns {at} kennengelernt haben!", "schön, dass wir uns neulich kennengelernt haben!"),
                ("unser Gespräch {at} hat mir richtig Spaß gemacht.", "unser Gespräch neulich hat mir richtig Spaß gemacht."),
                ("war toll, dich {at} zu treffen!", "war toll, dich neulich zu treffen!")),
            F: (("es hat mich gefreut, Sie {at} kennenzulernen.", "es hat mich gefreut, Sie auf der Veranstaltung kennenzulernen."),
                ("vielen Dank für das angenehme Gespräch {at}.", "vielen Dank für das angenehme Gespräch auf der Veranstaltung."),
                ("unser Austausch {at} ist mir in guter Erinnerung geblieben.", "unser Austausch neulich ist mir in guter Erinnerung geblieben.")),
        },
        "read-their-post": {
            W: (("danke für {d:acc} – ich habe viel daraus mitgenommen.", "danke für deinen letzten Beitrag – ich habe viel daraus mitgenommen."),
                ("ich bin auf {d:acc} gestoßen und war begeistert.", "ich bin auf deinen letzten Beitrag gestoßen und war begeistert."),
                ("ich habe {d:acc} mit Begeisterung verfolgt.", "ich habe deinen letzten Beitrag mit Begeisterung verfolgt.")),
            F: (("ich habe {d:acc} mit großem Interesse verfolgt.", "ich habe Ihren letzten Beitrag mit großem Interesse verfolgt."),
                ("vielen Dank für {d:acc}; ich habe einiges daraus mitgenommen.", "vielen Dank für Ihren letzten Beitrag; ich habe einiges daraus mitgenommen."),
                ("ich bin auf {d:acc} aufmerksam geworden und habe viel daraus gelernt.", "ich bin auf Ihren letzten Beitrag aufmerksam geworden und habe viel daraus gelernt.")),
        },
        "same-school": {
            W: (("ich habe gesehen, dass wir beide an der {d} studiert haben.", "ich habe gesehen, dass wir an derselben Hochschule studiert haben."),
                ("wie schön, noch jemanden von der {d} zu treffen!", "wie schön, noch jemanden von unserer Hochschule zu treffen!"),
                ("wir waren beide an der {d}, da wollte ich mich kurz melden.", "wir waren an derselben Hochschule, da wollte ich mich kurz melden.")),
            F: (("ich habe gesehen, dass wir beide an der {d} studiert haben.", "ich habe gesehen, dass wir an derselben Hochschule studiert haben."),
                ("da wir beide an der {d} waren, möchte ich mich gern vorstellen.", "da wir an derselben Hochschule waren, möchte ich mich gern vorstellen."),
                ("es freut mich immer, Ehemalige der {d} zu treffen.", "es freut mich immer, Ehemalige meiner Hochschule zu treffen.")),
        },
        "same-company": {
            W: (("ich habe gesehen, dass wir beide {at} arbeiten.", "ich habe gesehen, dass wir im selben Unternehmen arbeiten."),
                ("wir arbeiten ja beide {at}, da wollte ich mich mal melden.", "wir arbeiten ja im selben Unternehmen, da wollte ich mich mal melden."),
                ("auch ich arbeite {at} und wollte mich kurz vorstellen.", "auch ich arbeite in deinem Unternehmen und wollte mich kurz vorstellen.")),
            F: (("ich habe gesehen, dass wir beide {at} tätig sind.", "ich habe gesehen, dass wir im selben Unternehmen tätig sind."),
                ("da wir beide {at} arbeiten, möchte ich mich gern kurz vorstellen.", "da wir im selben Unternehmen arbeiten, möchte ich mich gern kurz vorstellen."),
                ("auch ich bin {at} tätig und freue mich, Sie hier kennenzulernen.", "auch ich bin in Ihrem Unternehmen tätig und freue mich, Sie hier kennenzulernen.")),
        },
        "former-colleague": {
            W: (("ist schon eine Weile her, dass wir zusammen {at} gearbeitet haben!", "ist schon eine Weile her, dass wir zusammengearbeitet haben!"),
                ("ich denke gern an unsere gemeinsame Zeit {at} zurück.", "ich denke gern an unsere gemeinsame Zeit zurück."),
                ("mir ist aufgefallen, dass wir seit unserer Zeit {at} hier noch nicht vernetzt sind.", "mir ist aufgefallen, dass wir hier noch nicht vernetzt sind.")),
            F: (("ich denke gern an unsere Zusammenarbeit {at} zurück.", "ich denke gern an unsere Zusammenarbeit zurück."),
                ("unsere gemeinsame Zeit {at} liegt schon eine Weile zurück.", "unsere Zusammenarbeit liegt schon eine Weile zurück."),
                ("mir ist aufgefallen, dass wir seit unserer Zeit {at} hier noch nicht vernetzt sind.", "mir ist aufgefallen, dass wir hier noch nicht vernetzt sind.")),
        },
        "mutual-connection": {
            W: (("ich habe gesehen, dass wir beide {d:acc} kennen.", "ich habe gesehen, dass wir gemeinsame Kontakte haben."),
                ("über {d:acc} bin ich auf dein Profil gestoßen.", "über gemeinsame Kontakte bin ich auf dein Profil gestoßen."),
                ("wir kennen beide {d:acc}, da wollte ich mich kurz melden.", "wir haben gemeinsame Kontakte, da wollte ich mich kurz melden.")),
            F: (("ich habe gesehen, dass wir beide {d:acc} kennen.", "ich habe gesehen, dass wir gemeinsame Kontakte haben."),
                ("über {d:acc} bin ich auf Ihr Profil aufmerksam geworden.", "über gemeinsame Kontakte bin ich auf Ihr Profil aufmerksam geworden."),
                ("da wir beide mit {d:dat} vernetzt sind, möchte ich mich gern vorstellen.", "da wir gemeinsame Kontakte haben, möchte ich mich gern vorstellen.")),
        },
        "same-group": {
            W: (("ich habe gesehen, dass du auch bei {d:dat} bist.", "ich habe gesehen, dass wir in derselben Gruppe sind."),
                ("wir sind beide bei {d:dat}, da wollte ich mich kurz melden.", "wir sind in derselben Gruppe, da wollte ich mich kurz melden."),
                ("schön, hier noch ein Mitglied von {d:dat} zu finden!", "schön, hier noch ein Mitglied unserer Gruppe zu finden!")),
            F: (("ich habe gesehen, dass wir beide Mitglied bei {d:dat} sind.", "ich habe gesehen, dass wir Mitglied derselben Gruppe sind."),
                ("als Mitglied von {d:dat} möchte ich mich Ihnen gern vorstellen.", "als Mitglied derselben Gruppe möchte ich mich Ihnen gern vorstellen."),
                ("da wir beide bei {d:dat} aktiv sind, möchte ich mich gern vernetzen.", "da wir in derselben Gruppe aktiv sind, möchte ich mich gern vernetzen.")),
        },
        "reconnect": {
            W: (("lange nichts voneinander gehört! Ich musste gerade an {d:acc} denken.", "lange nichts voneinander gehört! Wie geht es dir?"),
                ("wir haben lange nicht gesprochen – neulich habe ich mich an {d:acc} erinnert.", "wir haben lange nicht gesprochen – was gibt es Neues bei dir?"),
                ("ich habe gerade an {d:acc} zurückgedacht und wollte mich mal wieder melden.", "ich dachte, ich melde mich mal wieder.")),
            F: (("es ist eine Weile her, dass wir gesprochen haben, und ich musste an {d:acc} denken.", "es ist eine Weile her, dass wir gesprochen haben."),
                ("ich hoffe, es geht Ihnen gut. Neulich habe ich an {d:acc} gedacht.", "ich hoffe, es geht Ihnen gut, und würde mich über Neuigkeiten freuen."),
                ("die Erinnerung an {d:acc} hat mich bewogen, mich einmal wieder zu melden.", "ich wollte mich nach längerer Zeit einmal melden.")),
        },
        "cold": {
            W: (("ich bin auf {d:acc} gestoßen und war beeindruckt.", "wir kennen uns noch nicht, aber ich wollte mich kurz vorstellen."),
                ("{d:acc} finde ich richtig spannend.", "ich verfolge deine Arbeit schon eine Weile mit Interesse."),
                ("ich bewundere {d:acc} schon eine Weile.", "ich möchte mich kurz vorstellen, auch wenn wir uns noch nicht kennen.")),
            F: (("ich bin auf {d:acc} aufmerksam geworden und war sehr beeindruckt.", "wir kennen uns noch nicht, doch ich möchte mich gern kurz vorstellen."),
                ("{d:acc} verfolge ich seit einiger Zeit mit großem Interesse.", "Ihre Arbeit verfolge ich seit einiger Zeit mit großem Interesse."),
                ("ich habe großen Respekt vor {d:dat}.", "ich möchte mich Ihnen gern kurz vorstellen.")),
        },
    },
    person_openers={
        W: ("schön, dass {d:nom} uns einander vorgestellt hat!", "war toll, dich zusammen mit {d:dat} kennenzulernen!",
            "unser Gespräch mit {d:dat} hat mir richtig Spaß gemacht."),
        F: ("es hat mich gefreut, Sie über {d:acc} kennenzulernen.", "vielen Dank für das angenehme Gespräch mit Ihnen und {d:dat}.",
            "ich freue mich, dass {d:nom} uns einander vorgestellt hat."),
    },
    topic={
        "read-their-post": {W: "deinen Beitrag zum Thema {}", F: "Ihren Beitrag zum Thema {}"},
        "cold": {W: "deine Arbeit zum Thema {}", F: "Ihre Arbeit zum Thema {}"},
        "place": {W: "deine Arbeit bei {}", F: "Ihre Arbeit bei {}"},
        "role": {W: "deine Arbeit als {}", F: "Ihre Arbeit als {}"},
    },
    purposes={
        "learn": {W: ("Ich würde mich gern vernetzen und von deinen Erfahrungen lernen.", "Ich würde gern von dir lernen."),
                  F: ("Ich würde mich freuen, mich mit Ihnen zu vernetzen und von Ihren Erfahrungen zu lernen.", "Ich würde gern von Ihnen lernen.")},
        "collaborate": {W: ("Vielleicht ergibt sich ja mal ein gemeinsames Projekt – ich würde mich freuen!", "Vielleicht arbeiten wir ja mal zusammen."),
                        F: ("Ich könnte mir gut vorstellen, dass sich eine Zusammenarbeit ergibt.", "Vielleicht ergibt sich ein gemeinsames Projekt.")},
        "job": {W: ("Ich suche gerade eine neue berufliche Herausforderung in deinem Bereich und würde mich gern vernetzen.", "Ich suche gerade eine neue Herausforderung."),
                F: ("Ich suche derzeit eine neue berufliche Herausforderung und würde mich über eine Vernetzung freuen.", "Ich suche derzeit eine neue Herausforderung.")},
        "hire": {W: ("Ich baue gerade ein Team auf und würde mich freuen, mit dir in Kontakt zu kommen.", "Ich baue gerade ein Team auf."),
                 F: ("Ich baue derzeit ein Team auf und würde mich über eine Vernetzung freuen.", "Ich baue derzeit ein Team auf.")},
        "advice": {W: ("Darf ich dir irgendwann mal eine Frage zu deinem Werdegang stellen? Ganz ohne Eile.", "Darf ich dir mal eine Frage stellen?"),
                   F: ("Dürfte ich Ihnen bei Gelegenheit eine Frage zu Ihrem Werdegang stellen?", "Dürfte ich Ihnen einmal eine Frage stellen?")},
        "stay-in-touch": {W: ("Lass uns gern in Kontakt bleiben!", "Bleiben wir in Kontakt!"),
                          F: ("Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.", "Bleiben wir gern in Kontakt.")},
    },
    sign_off={W: ("Viele Grüße, {me}",), F: ("Freundliche Grüße, {me}",)},
    thanks_reply={W: ("Schön, von dir zu hören, {name}!", "Schön, von dir zu hören!"),
                  F: ("Vielen Dank für Ihre Antwort, {name}.", "Vielen Dank für Ihre Antwort.")},
    thanks={W: ("Danke fürs Vernetzen, {name}!", "Danke fürs Vernetzen!"),
            F: ("Vielen Dank, dass Sie meine Kontaktanfrage angenommen haben, {name}.", "Vielen Dank, dass Sie meine Kontaktanfrage angenommen haben.")},
    asks={
        "learn": {W: ("Woran arbeitest du gerade? Ich würde gern mehr darüber erfahren.",), F: ("Darf ich fragen, woran Sie derzeit arbeiten? Ich würde gern mehr darüber erfahren.",)},
        "collaborate": {W: ("Hättest du in den nächsten Wochen Lust auf ein kurzes Gespräch? Ganz ohne Eile.",), F: ("Hätten Sie in den kommenden Wochen Zeit für ein kurzes Gespräch, wann immer es Ihnen passt?",)},
        "job": {W: ("Ich orientiere mich gerade beruflich neu, und dein Team interessiert mich sehr. Magst du mir bei Gelegenheit ein bisschen davon erzählen? Völlig in Ordnung, wenn nicht.",),
                F: ("Ich orientiere mich derzeit beruflich neu, und Ihr Unternehmen interessiert mich sehr. Wären Sie zu einem kurzen Austausch bereit? Ich verstehe es natürlich, wenn es gerade nicht passt.",)},
        "hire": {W: ("Ich suche gerade Verstärkung für mein Team und musste an dich denken. Magst du mehr darüber hören? Ganz unverbindlich.",),
                 F: ("Ich suche derzeit Verstärkung für mein Team und dachte, das könnte Sie interessieren. Darf ich Ihnen mehr dazu erzählen? Ganz unverbindlich.",)},
        "advice": {W: ("Darf ich dir ein, zwei Fragen zu deinem Werdegang stellen? Ganz ohne Eile.",), F: ("Dürfte ich Ihnen bei Gelegenheit ein, zwei Fragen zu Ihrem Werdegang stellen?",)},
        "stay-in-touch": {W: ("Woran arbeitest du gerade?",), F: ("Woran arbeiten Sie derzeit?",)},
    },
    at="bei",
    at_case="dat",
    inflect=inflect,
    keep={W: "{d} ist mir dabei besonders in Erinnerung geblieben.", F: "{d} ist mir dabei besonders in Erinnerung geblieben."},  # as typed
    works=r"post|posting|beitrag|artikel|vortrag|talk|keynote|präsentation|podcast|newsletter|thread|video|interview|paper|studie|blogpost|blogbeitrag",
    about=r"^\s*(?:\w+\s+)?(?:über|zum Thema|zu|zur|zum)\s+[^,.;!?]+",
    about_clause=(r"(?:^|,)\s*((?:wie|dass|warum|wieso|weshalb|ob|was)\s+[^.;!?]+)", "darüber, "),
    close_clause=r",\s*(?:wie|dass|warum|wieso|weshalb|ob|was|wo|weil)\s",
    reason=r"(?:,\s*|\s+(?:und|denn|weil|da)\s+)(?P<reason>(?:wir|ich|mein team|unser team|bei uns)\b[^.!?]{6,})$",
    clause_start=r"^(?:als|damals|wir|ich|er|sie|es|man|leitet|arbeitet|ist|war|hat|seit)\b",
    place_preps=r"(?:bei|an|auf|von)(?:\s+(?:der|dem|den|die|das))?|beim|am|vom|zum|zur",
    expand={"beim": "dem", "am": "dem", "vom": "dem", "zum": "dem", "zur": "der"},
    connect=r"[Vv]ernetz|in Kontakt zu kommen",
    contractions=(
        (r"\bbei (?:die|der) ", "bei der "), (r"\bbei (?:das|dem) ", "beim "), (r"\bbei den ", "bei den "),
        (r"\ban der (?:die|der) ", "an der "), (r"\ban der (?:das|dem) ", "am "),
        (r"\bvon der (?:die|der) ", "von der "), (r"\bvon der (?:das|dem) ", "vom "),
        (r"\bder (?:die|der) ", "der "), (r"\bder (?:das|dem) ", "des "),
        (r"\bvon (?:die|der) ", "von der "), (r"\bvon (?:das|dem) ", "vom "),
        (r"\bbei ((?:Ihr|dein)e[mr]) ", r"nach \1 "),  # met "after your talk", not at it
    ),
    articles=("der", "die", "das", "dem", "den", "des"),
    address={
        W: {"Ihr": "dein", "Ihre": "deine", "Ihren": "deinen", "Ihrem": "deinem", "Ihrer": "deiner", "Ihres": "deines",
            "sein": "dein", "seine": "deine", "seinen": "deinen", "seinem": "deinem", "seiner": "deiner",
            "ihr": "dein", "ihre": "deine", "ihren": "deinen", "ihrem": "deinem", "ihrer": "deiner"},
        F: {"dein": "Ihr", "deine": "Ihre", "deinen": "Ihren", "deinem": "Ihrem", "deiner": "Ihrer", "deines": "Ihres",
            "sein": "Ihr", "seine": "Ihre", "seinen": "Ihren", "seinem": "Ihrem", "seiner": "Ihrer",
            "ihr": "Ihr", "ihre": "Ihre", "ihren": "Ihren", "ihrem": "Ihrem", "ihrer": "Ihrer"},
    },
    lead_ins=r"^(?:wir\s+haben\s+uns\s+|ich\s+habe\s+(?:dich|Sie)?\s*)(?:(?:auf|bei|in|an)\s+)?|\s+(?:kennengelernt|getroffen|gesehen|gelesen|gehört)$",
    clause=r"\s*[,;:(–—]\s*|\s+(?=(?:wo|als|weil|wobei|nachdem|bevor|und dann|aber)\b)",
    stopwords=frozenset(str.split("eine einen einem einer eines dass unser unsere unserer unseren unserem einander beide beiden gern gerne immer schon gerade derzeit einmal würde möchte wollte könnte dürfte haben habe sind waren mich dich ihnen deinen deine deinem deiner ihren ihrem ihrer noch nicht diese dieser dieses meine meiner meinem meinen wenn etwas hier")),
)
# fmt: on
