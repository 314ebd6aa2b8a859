"""French notes: "tu" in a warm note, "vous" in a formal one; "Bonjour Léa," and "Bonjour
Madame Dupont," (a neutral "Bonjour Claire Dupont," when the name says no gender), a no-break
space before "!" and "?" as French typography sets them, and no participle that would have to
agree with a gender the note cannot know."""

from __future__ import annotations

from . import Language

W, F = "warm", "formal"
_ = "\u00a0"  # no-break space before ! ? in French

# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
LANGUAGE = Language(
    code="fr",
    greet={
        W: ("Bonjour {given},", "Salut {given},"),
        "formal-f": ("Bonjour {title}{family},",),
        "formal-m": ("Bonjour {title}{family},",),
        F: ("Bonjour {titles}{full},",),
        "formal-titled": ("Bonjour {full},",),  # "Bonjour Dr Sophie Bernard" reads as a mail merge
    },
    greet_none={W: ("Bonjour,", "Salut,"), F: ("Bonjour,",)},
    openers={
        "met-at-event": {
            W: ((f"c'était super de te rencontrer {{at}}{_}!", f"c'était super de te rencontrer l'autre jour{_}!"),
                ("j'ai beaucoup aimé notre échange {at}.", "j'ai beaucoup aimé notre échange de l'autre jour."),
                (f"merci pour la discussion {{at}}{_}!", f"merci pour la discussion de l'autre jour{_}!")),
            F: (("ce fut un plaisir d'échanger avec vous {at}.", "ce fut un plaisir d'échanger avec vous lors de l'événement."),
                ("je vous remercie pour notre conversation {at}.", "je vous remercie pour notre conversation lors de l'événement."),
                ("je garde un excellent souvenir de notre rencontre {at}.", "je garde un excellent souvenir de notre rencontre lors de l'événement.")),
        },
        "read-their-post": {
            W: (("merci pour {d}, ça m'a beaucoup fait réfléchir.", "merci pour ta dernière publication, ça m'a beaucoup fait réfléchir."),
                ("j'ai découvert {d} et j'ai adoré.", "j'ai découvert ta dernière publication et j'ai adoré."),
                ("{d} m'a été très utile.", "ta dernière publication m'a été très utile.")),
            F: (("j'ai [[lu|écouté]] {d} avec beaucoup d'intérêt.", "j'ai lu votre dernière publication avec beaucoup d'intérêt."),
                ("je vous remercie pour {d}, qui m'a beaucoup apporté.", "je vous remercie pour votre dernière publication, qui m'a beaucoup apporté."),
                ("{d} m'a donné matière à réflexion.", "votre dernière publication m'a donné matière à réflexion.")),
        },
        "same-school": {
            W: (("j'ai vu que tu as aussi étudié à {d}.", "j'ai vu qu'on a fait la même école."),
                (f"toujours sympa de croiser quelqu'un de {{d}}{_}!", f"toujours sympa de croiser quelqu'un de mon ancienne école{_}!"),
                ("{d}, c'est aussi mon école, alors je voulais te dire bonjour.", "on a fait la même école, alors je voulais te dire bonjour.")),
            F: (("j'ai vu que vous aviez également étudié à {d}.", "j'ai vu que nous avions fréquenté le même établissement."),
                ("c'est toujours un plaisir d'échanger avec des alumni de {d}.", "c'est toujours un plaisir d'échanger avec des alumni de mon école."),
                ("ayant moi aussi étudié à {d}, je souhaitais me présenter.", "ayant fréquenté le même établissement, je souhaitais me présenter.")),
        },
        "same-company": {
            W: (("j'ai vu que tu travailles aussi chez {d}.", "j'ai vu qu'on travaille dans la même entreprise."),
                ("moi aussi je travaille chez {d}, alors je voulais me présenter.", "moi aussi je travaille dans ton entreprise, alors je voulais me présenter."),
                ("entre collègues de {d}, je voulais te dire bonjour.", "entre collègues, je voulais te dire bonjour.")),
            F: (("j'ai vu que vous travailliez également chez {d}.", "j'ai vu que nous travaillions dans la même entreprise."),
                ("travaillant moi aussi chez {d}, je souhaitais me présenter.", "travaillant moi aussi dans votre entreprise, je souhaitais me présenter."),
                ("en tant que collègue chez {d}, je me permets de vous écrire.", "en tant que collègue, je me permets de vous écrire.")),
        },
        "former-colleague": {
            W: ((f"que de temps depuis l'époque de {{d}}{_}!", f"ça fait un moment qu'on n'a pas travaillé ensemble{_}!"),
                ("je garde un super souvenir de l'époque de {d}.", "je garde un super souvenir de notre collaboration."),
                ("je me suis rendu compte qu'on n'était pas encore en contact ici depuis l'époque de {d}.", "je me suis rendu compte qu'on n'était pas encore en contact ici depuis notre collaboration.")),
            F: (("je garde un excellent souvenir de notre collaboration à l'époque de {d}.", "je garde un excellent souvenir de notre collaboration."),
                ("il s'est écoulé un certain temps depuis l'époque de {d}.", "il s'est écoulé un certain temps depuis notre collaboration."),
                ("je me suis rendu compte que nous n'étions pas en contact ici depuis l'époque de {d}.", "je me suis rendu compte que nous n'étions pas en contact ici depuis notre collaboration.")),
        },
        "mutual-connection": {
            W: (("j'ai vu qu'on a {d} en commun.", "j'ai vu qu'on a des relations en commun."),
                ("c'est grâce à {d} que j'ai découvert ton profil.", "c'est grâce à nos relations communes que j'ai découvert ton profil."),
                ("comme on connaît tous les deux {d}, je voulais te dire bonjour.", "comme on a des relations en commun, je voulais te dire bonjour.")),
            F: (("j'ai vu que nous avions {d} en commun.", "j'ai vu que nous avions des relations en commun."),
                ("c'est grâce à {d} que j'ai découvert votre profil.", "c'est grâce à nos relations communes que j'ai découvert votre profil."),
                ("connaissant également {d}, je me permets de vous écrire.", "ayant des relations en commun avec vous, je me permets de vous écrire.")),
        },
        "same-group": {
            W: (("j'ai vu que tu faisais aussi partie de {d}.", "j'ai vu qu'on était dans le même groupe."),
                (f"toujours sympa de croiser un membre de {{d}}{_}!", f"toujours sympa de croiser un membre du groupe{_}!"),
                ("comme on fait partie de {d}, je voulais te dire bonjour.", "comme on fait partie du même groupe, je voulais te dire bonjour.")),
            F: (("j'ai vu que vous faisiez également partie de {d}.", "j'ai vu que nous faisions partie du même groupe."),
                ("en tant que membre de {d}, je souhaitais me présenter.", "en tant que membre du même groupe, je souhaitais me présenter."),
                ("c'est toujours un plaisir d'échanger avec des membres de {d}.", "c'est toujours un plaisir d'échanger avec des membres du groupe.")),
        },
        "reconnect": {
            W: ((f"ça fait longtemps{_}! J'ai repensé à {{d}} aujourd'hui.", f"ça fait longtemps{_}! Comment vas-tu{_}?"),
                (f"j'espère que tu vas bien{_}! Je pensais justement à {{d}}.", f"j'espère que tu vas bien{_}! Quoi de neuf{_}?"),
                ("on ne s'est pas parlé depuis un moment, et j'ai pensé à {d}.", "on ne s'est pas parlé depuis un moment, alors je voulais prendre des nouvelles.")),
            F: (("cela fait un moment que nous n'avons pas échangé, et j'ai récemment repensé à {d}.", "cela fait un moment que nous n'avons pas échangé."),
                ("j'espère que vous allez bien. Je pensais récemment à {d}.", "j'espère que vous allez bien et souhaitais prendre de vos nouvelles."),
                ("en repensant à {d}, j'ai souhaité reprendre contact.", "je souhaitais reprendre contact après tout ce temps.")),
        },
        "cold": {
            W: (("j'ai découvert {d} et j'ai adoré.", "on ne se connaît pas encore, mais je voulais me présenter."),
                ("je suis {d} avec beaucoup d'intérêt.", "je suis ton travail avec beaucoup d'intérêt."),
                ("merci pour {d}, j'ai beaucoup appris.", "je voulais me présenter, même si on ne se connaît pas encore.")),
            F: (("j'ai récemment découvert {d} avec grand intérêt.", "nous ne nous connaissons pas encore, mais je souhaitais me présenter."),
                ("je suis {d} avec attention depuis un certain temps.", "je suis votre travail avec attention depuis un certain temps."),
                ("je tenais à vous remercier pour {d}.", "permettez-moi de me présenter brièvement.")),
        },
    },
    person_openers={
        W: (f"merci à {{d}} pour la mise en relation{_}!", f"c'était super de te rencontrer avec {{d}}{_}!", "j'ai beaucoup aimé notre échange avec {d}."),
        F: ("je remercie {d} pour la mise en relation.", "ce fut un plaisir d'échanger avec vous et {d}.", "je garde un excellent souvenir de notre rencontre grâce à {d}."),
    },
    topic={
        "read-their-post": {W: f"ta publication «{_}{{}}{_}»", F: f"votre publication «{_}{{}}{_}»"},
        "cold": {W: f"ton travail sur le thème «{_}{{}}{_}»", F: f"votre travail sur le thème «{_}{{}}{_}»"},
        "place": {W: "ton travail chez {}", F: "votre travail chez {}"},
        "role": {W: "ton travail en tant que {}", F: "votre travail en tant que {}"},
    },
    purposes={
        "learn": {W: ("J'aimerais beaucoup t'ajouter à mon réseau et apprendre de ton expérience.", "J'aimerais beaucoup apprendre de toi."),
                  F: ("Ce serait un plaisir d'apprendre de votre expérience.", "J'aimerais apprendre de votre expérience.")},
        "collaborate": {W: ("J'aimerais beaucoup échanger avec toi, et pourquoi pas collaborer un jour.", f"Pourquoi pas collaborer un jour{_}?"),
                        F: ("J'aimerais échanger avec vous et explorer une éventuelle collaboration.", "Peut-être pourrions-nous collaborer à l'avenir.")},
        "job": {W: ("J'explore de nouvelles opportunités dans ton secteur et j'aimerais beaucoup échanger avec toi.", "J'explore de nouvelles opportunités professionnelles."),
                F: ("J'explore actuellement de nouvelles opportunités dans votre secteur et j'aimerais échanger avec vous.", "J'explore actuellement de nouvelles opportunités.")},
        "hire": {W: ("Je monte une équipe et j'aimerais beaucoup échanger avec toi.", "Je monte une équipe."),
                 F: ("Je constitue actuellement une équipe et j'aimerais échanger avec vous.", "Je constitue actuellement une équipe.")},
        "advice": {W: (f"Est-ce que je pourrais te poser une question sur ton parcours un de ces jours{_}? Rien ne presse.", f"Je pourrais te poser une question un de ces jours{_}?"),
                   F: (f"Me permettriez-vous de vous poser une question sur votre parcours, quand cela vous conviendra{_}?", f"Pourrais-je vous poser une question à l'occasion{_}?")},
        "stay-in-touch": {W: (f"Au plaisir de rester en contact{_}!", f"Restons en contact{_}!"),
                          F: ("Au plaisir de rester en contact.", "Restons en contact.")},
    },
    sign_off={W: ("À bientôt, {me}",), F: ("Bien cordialement, {me}",)},
    thanks={W: (f"Merci d'avoir accepté mon invitation, {{name}}{_}!", f"Merci d'avoir accepté mon invitation{_}!"),
            F: ("Merci d'avoir accepté mon invitation, {name}.", "Merci d'avoir accepté mon invitation.")},
    thanks_reply={W: (f"Ça fait plaisir d'avoir de tes nouvelles, {{name}}{_}!", f"Ça fait plaisir d'avoir de tes nouvelles{_}!"),
                  F: ("Merci pour votre réponse, {name}.", "Merci pour votre réponse.")},
    asks={
        "learn": {W: (f"Sur quoi travailles-tu en ce moment{_}? J'aimerais bien en savoir plus.",), F: (f"Puis-je vous demander sur quoi vous travaillez en ce moment{_}? J'aimerais en savoir plus.",)},
        "collaborate": {W: (f"Ça te dirait qu'on échange rapidement dans les prochaines semaines{_}? Rien ne presse.",), F: (f"Seriez-vous disponible pour un bref échange dans les prochaines semaines, au moment qui vous conviendra{_}?",)},
        "job": {W: (f"Je réfléchis à ma prochaine étape professionnelle, et le travail de ton équipe m'intéresse beaucoup. Accepterais-tu de me raconter comment ça se passe chez vous{_}? Aucun souci si ce n'est pas possible.",),
                F: (f"Je réfléchis à ma prochaine étape professionnelle, et le travail de votre organisation m'intéresse beaucoup. Accepteriez-vous un bref échange à ce sujet{_}? Je comprendrais tout à fait si ce n'était pas le bon moment.",)},
        "hire": {W: (f"Je recrute pour mon équipe et j'ai pensé à toi. Ça te dirait d'en savoir plus{_}? Sans engagement.",),
                 F: (f"Je recrute pour mon équipe et j'ai pensé que cela pourrait vous intéresser. Souhaiteriez-vous en savoir plus{_}? Sans engagement.",)},
        "advice": {W: (f"Est-ce que je peux te poser quelques questions sur ton parcours{_}? Rien ne presse.",), F: (f"Pourrais-je vous poser quelques questions sur votre parcours, quand cela vous conviendra{_}?",)},
        "stay-in-touch": {W: (f"Sur quoi travailles-tu en ce moment{_}?",), F: (f"Sur quoi travaillez-vous en ce moment{_}?",)},
    },
    titles_written={"Dr.": "Dr", "Dra.": "Dre", "Prof.": "Pr", "Pr.": "Pr"},  # French abbreviations end in the word's last letter: no period
    introduces=(
        ("introduced", r"(?:nous|m['’]|t['’]|vous)\s*(?:a|avait|ont)\s+(?:présenté(?:e|s|es)?|mis(?:es)?\s+en\s+(?:contact|relation))(?:\s+(?:l['’]un(?:e)?\s+à\s+l['’]autre|(?:avec\s+)?(?:toi|vous)|à\s+(?:toi|vous)))?(?P<where>[^,;.!?]*)"),
        ("suggested", r"(?:m['’]\s*)?(?:a|avait)\s+(?:suggéré|conseillé|recommandé|proposé|dit)\s+(?:de\s+(?:te|vous)\s+(?:contacter|écrire)|de\s+prendre\s+contact|(?:ton|votre)\s+profil)"),
        ("suggested", r"(?:m['’]\s*)?(?:a|avait)\s+parlé\s+de\s+(?:toi|vous)|(?:t['’]|vous)\s*a\s+recommandée?"),
    ),
    introduced={W: {"introduced": "{who} nous a présentés{where}", "suggested": "{who} m'a conseillé de te contacter"},
                F: {"introduced": "{who} nous a présentés{where}", "suggested": "{who} m'a conseillé de vous contacter"}},
    intro_openers={
        "other": {W: (("{d}, alors je voulais te dire bonjour.", "je voulais te dire bonjour."),
                      ("je t'écris parce que {d}.", "je t'écris pour te dire bonjour."),
                      ("{d}, et ça me fait plaisir de t'écrire.", "ça me fait plaisir de t'écrire.")),
                  F: (("{d}, aussi je me permets de me présenter.", "je me permets de me présenter."),
                      ("je vous écris parce que {d}.", "je vous écris pour me présenter."),
                      ("{d}, et c'est un plaisir de vous écrire.", "c'est un plaisir de vous écrire."))},
        "reconnect": {W: ((f"{{d}}, et ça fait longtemps qu'on ne s'est pas parlé{_}!", f"ça fait longtemps qu'on ne s'est pas parlé{_}!"),
                          (f"ça fait longtemps{_}! {{d}}, et je voulais prendre de tes nouvelles.", f"ça fait longtemps{_}!"),
                          (f"j'espère que tu vas bien{_}! {{d}}, alors je voulais te faire signe.", f"j'espère que tu vas bien{_}!")),
                      F: (("{d}, et cela fait un moment que nous n'avons pas échangé.", "cela fait un moment que nous n'avons pas échangé."),
                          ("j'espère que vous allez bien. {d}, aussi je souhaitais reprendre contact.", "j'espère que vous allez bien."),
                          ("cela fait un moment. {d}, et c'est un plaisir de vous écrire à nouveau.", "cela fait un moment."))},
    },
    at="lors de",
    talks=r"\b(?:conférence|intervention|présentation|keynote|talk|webinaire|podcast)\b",
    works=r"post|publication|article|conférence|intervention|présentation|fil|vidéo|podcast|interview|billet|newsletter",
    about=r"^\s*(?:sur|à propos de|au sujet de)\s+[^,.;!?]+",
    about_clause=(r"(?:^|,)\s*((?:comment|où)\s+[^.;!?]+)", "expliquant "),
    reason=r"(?:,\s*|\s+(?:et|car|parce que|puisque)\s+)(?P<reason>(?:nous|on|je|j'|mon équipe|notre équipe|chez nous)\b[^.!?]{6,})$",
    clause_start=r"^(?:quand|lorsque|lorsqu'|nous|on|je|j'|il|elle|ils|elles|dirige|travaille|est|était)\b",
    frame_nouns=r"époque|temps|années|collaboration",
    town_preps=r"à",
    place_preps=r"chez|à l'|à la|au|aux|de l'|de la|du|à|en",
    expand={"au": "le", "du": "le", "aux": "les", "à l'": "l'", "de l'": "l'", "à la": "la", "de la": "la"},
    connect=r"réseau",
    contractions=(
        (r"\bà au ", "au "), (r"\bde au ", "du "), (r"\bà aux ", "aux "), (r"\bde aux ", "des "),
        (r"\bà le ", "au "), (r"\bà les ", "aux "), (r"\bde le ", "du "), (r"\bde les ", "des "),
        (r"\bde (?=[aeiouyéèêâîAEIOUYÉÈÊÂÎ])", "d'"),
        # "chez" goes before a bare name; a place with its article takes "à": "à la SNCF", "au service"
        (r"\bchez (l['’]|la |le |les )(équipe|team)", r"dans \1\2"), (r"\bchez la ", "à la "), (r"\bchez le ", "au "), (r"\bchez les ", "aux "), (r"\bchez l['’]", "à l'"),
    ),
    articles=("le", "la", "les"),
    address={W: {"votre": "ton|ta", "vos": "tes", "son": "ton", "sa": "ta", "ses": "tes"},
             F: {"ton": "votre", "ta": "votre", "tes": "vos", "son": "votre", "sa": "votre", "ses": "vos"}},
    honorifics={"m": "Monsieur", "f": "Madame"},
    feminine=r"(?:tion|sion|ence|ance|ure|ie|té|ette|ée|ique|ade|ise|conférence|vidéo|newsletter)s?$",
    lead_ins=r"^(?:on\s+s'est\s+rencontrés?|nous\s+nous\s+sommes\s+rencontrés?|j'ai\s+lu|j'ai\s+vu|on\s+a\s+travaillé\s+ensemble|nous\s+avons\s+travaillé\s+ensemble)\s+(?:(?:à|lors\s+de|sur|chez)\s+)?",
    clause=r"\s*[,;:(–—]\s*|\s+(?=(?:où|quand|parce que|car|bien que|mais)\b)",
    stopwords=frozenset(str.split("j'ai j'aimerais pour dans avec sans mais comme quand cette aussi très beaucoup nous vous notre votre tous tout toute être avoir j'aimerais aimerais rester contact")),
)
# fmt: on
