"""French: the phrase tables the request checker reads French by (see :mod:`.languages`).

Written from cybermalveillance.gouv.fr's and the AMF's warnings (fake job offers with
"frais de dossier", fraudulent investments, "arnaques aux sentiments", requests for a RIB or
an ID card) and real French recruiting posts. Patterns run on text with accents removed.
"""

STOPWORDS = "le la les de des du un une et en est que qui dans pour pas sur au aux avec ce ces se sa son ses ne plus par mais ou nous vous je tu il elle on leur leurs mon ma mes votre vos notre nos cette ete etre tres bonjour merci salut cordialement bien suis avez avons"
NUMBERS = {
    "zero": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
JOINERS = ("et",)
PERCENT = ("pour cent", "pourcent")
PERIODS = {
    "day": r"par jour|chaque jour|quotidien(?:ne)?s?",
    "week": r"par semaine|chaque semaine|hebdomadaires?|hebdo",
    "month": r"par mois|chaque mois|mensuel(?:le)?s?",
    "hour": r"de l'heure|par heure|l'heure",
    "year": r"par an|annuels?",
}
APPS = {"WhatsApp": r"whats|wa", "Telegram": r"tg|tele"}
BUTTONS = "accepter, ignorer, repondre, message, se connecter, suivre, plus, voir plus, voir le profil, coordonnees"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"(?:plus de\s)?{n}\s+relations",
    "mutual": r"{n}\s+relations?\s+en\s+commun",
    "mutual_others": r"(.+?)\s+et\s+(\d[\d.,]*)\s+autres\s+relations\s+en\s+commun",
    "followers": r"{n}\s+abonnes",
    "degree": r"(1|2|3)\s?(?:e|er|re|eme)",
}
ROLES = r"ingenieur(?:e)?|developpeu(?:r|se)|programmeu(?:r|se)|analyste|designer|architecte|consultant(?:e)?|chef de projet|infirmie(?:r|re)|comptable|juriste|avocat(?:e)?|technicien(?:ne)?"
TABLES = {
    "waived": (r"\b(?:offert\w*|pris en charge|exonere\w*|gratuit pour (?:vous|toi))\b",),
    "off_platform": (
        r"\b(?:ecrivez-moi|ecris-moi|contactez-moi|contacte-moi|ajoutez-moi|appelez-moi)\s(?:sur|par|via|au)\b",
        r"\b(?:rarement|peu|pas souvent) (?:connecte|actif|active|present|presente) (?:ici|sur linkedin)\b|\bje (?:ne )?viens (?:rarement|peu) ici\b",
        r"\b(?:e-?mail|adresse|mail) (?:personnel(?:le)?|prive(?:e)?)\b",
        r"\b(?:mail|e-mail) perso\b|\b(?:rarement|peu|pas souvent) (?:connecte|connectee|actif|active|present|presente)s?\b|\bvotre (?:numero de )?(?:portable|telephone|whatsapp)\b",
    ),
    "money": (
        r"\bfrais (?:de participation|d'inscription|d'adhesion|de dossier|de nomination)\b|\bcotisation\b",
        r"\bachet\w*\b[^.!?\n]{0,60}?\brembours\w*\b",
        r"\brece\w* (?:des )?(?:colis|paquets)\b[^.!?\n]{0,60}?\b(?:reexpedi\w*|renvoy\w*)",
        r"\bfrais\s(?:de\s|d')(?:dossier|formation|inscription|activation|traitement|ouverture|gestion|materiel|adhesion)\b",
        r"\b(?:payer|regler|verser|virer|envoyer|avancer)\b[^.!?\n]{0,50}?(?:€|euros?|\$|cartes? cadeaux?|coupons? pcs|transcash)",
        r"\bcartes? cadeaux?\b|\bcoupons? (?:pcs|transcash|neosurf)\b",
        r"\b(?:depot|recharge|virement|versement)\b[^.!?\n]{0,40}?\d[^.!?\n]{0,60}?\b(?:rembours\w*|rendu|restitu\w*|recuper\w*)\b",
    ),
    "personal_data": (
        r"\b(?:code|chiffres)\b[\s\S]{0,80}?\b(?:trompee? de numero|mauvais numero)\b|\b(?:trompee? de numero|mauvais numero)\b[\s\S]{0,80}?\b(?:code|chiffres)\b",  # a code that reached you "by mistake"
        r"\b(?:code (?:de (?:verification|securite|confirmation)|sms|a \d chiffres)|chiffres)\b[\s\S]{0,80}?\b(?:(?:vous avez|tu as) (?:\w+ )?recu|(?:arrive|envoye) sur (?:votre|ton)|me le (?:donner|transmettre|renvoyer|envoyer))\b|\b(?:(?:vous avez|tu as) (?:\w+ )?recu|(?:arrive|envoye) sur (?:votre|ton)|me le (?:donner|transmettre|renvoyer|envoyer))\b[\s\S]{0,80}?\b(?:code (?:de (?:verification|securite|confirmation)|sms|a \d chiffres)|chiffres)\b",  # a verification code you received, asked for
        r"\bcode\b[^.!?\n]{0,60}?\bpar erreur\b|\bpar erreur\b[^.!?\n]{0,60}?\bcode\b",
        r"\b(?:envoyez|envoyer|transmettez|transmettre|communiquez|fournir|fournissez|votre|vos|ton|tes|copie de|photo de)\b[^.!?\n]{0,40}?\b(?:coordonnees bancaires|rib|iban|numero de compte|carte d'identite|piece d'identite|passeport|mot de passe|code de verification|code sms|numero de carte|carte bancaire|numero de securite sociale)\b",
        r"\b(?:transmettre|communiquer|donner|valider|confirmer)\b[^.!?\n]{0,30}?\bcode\b[^.!?\n]{0,50}?\b(?:sms|texto)\b|\b(?:valider|confirmer|mettre a jour)\b[^.!?\n]{0,30}?\b(?:iban|rib|coordonnees bancaires|carte)\b",
        r"\b(?:vos|tes|ton|votre|me communiquer|transmettre)\b[^.!?\n]{0,40}?\b(?:identifiants?(?: de connexion)?|code (?:recu|envoye|reçu) par (?:sms|texto))\b",
    ),
    "returns": (
        r"\b(?:rendements?|gains?|profits?|revenus?|interets)\s(?:\w+\s)?garanti(?:e|s|es)?\b|\bgaranti(?:e|s|es)?\s(?:de\s)?(?:rendement|gains?|profits?)\b",
        r"\bsans risque\b|\b(?:doubler|tripler) (?:votre|ton) (?:argent|capital|investissement)\b",
    ),
    "vehicle": (r"\b(?:cryptomonnaies?|crypto\w*|bitcoin|forex|trading|placement|fonds)\b",),
    "profit": (
        r"\b(?:gains?|rendement|revenus passifs|liberte financiere|gagner de l'argent|je vous montre)\b",
    ),
    "romance": (
        r"\b(?:bonjour|salut|coucou)\W+(?:ma belle|ma cherie|belle dame|mon coeur|mon ange|beaute)\b",
        r"\b(?:votre|ton) (?:beau |joli |magnifique )?sourire\b|\b(?:vos|tes) (?:beaux )?yeux\b",
        r"\bveu(?:f|ve)\b|\bseul(?:e)? (?:depuis|avec)\b|\bmon coeur\b",
        r"\b(?:je cherche|recherche|a la recherche d')\s?(?:l'amour|une femme|un homme|une relation|l'ame soeur|une compagne)\b|\bame soeur\b|\brelation (?:sincere|serieuse|durable)\b",
        r"\b(?:me sens|je suis) (?:un peu |tres |si |bien )?seule?\b|\bmedecin militaire\b|\ben mission (?:a|au|en)\b",
    ),
    "romance_strong": (
        r"\b(?:bonjour|salut|coucou)\W+(?:ma belle|ma cherie|belle dame|mon coeur|mon ange|beaute)\b",
        r"\b(?:je cherche|recherche)\s(?:l'amour|une femme|un homme|l'ame soeur)\b|\brelation (?:sincere|serieuse)\b",
    ),
    "familiar": (r"\bmieux vous connaitre\b|\bmieux te connaitre\b|\bdevenir amis\b",),
    "shared_context": (
        r"\b(?:ta|votre|ton)\s(?:presentation|conference|intervention|talk|keynote|atelier)\s(?:au|aux|a la|a l'|lors d[eu]|pendant|durant)\b",
        r"\bon s'est (?:rencontre|croise|parle)s?\b|\bnous nous sommes (?:rencontre|croise|parle)s?\b|\bnous avons (?:discute|echange|parle)\b|\bravie? d'avoir (?:echange|discute|parle)\b|\bravie? de (?:vous|t')avoir rencontre\b",
        r"\b(?:on a|nous avons|j'ai) (?:travaille|bosse|collabore) ensemble\b|\bon etait ensemble\b|\bancien(?:ne)?s? (?:collegues?|camarades?)\b|\bmeme promo\b",
        r"\bm'a (?:conseille|recommande|suggere) de (?:vous|te) contacter\b|\bm'a donne (?:vos|tes) coordonnees\b",
        r"\bmoi aussi\b[^.!?\n]{0,50}?\b(?:diplome\w*|etudie|ancien\w* (?:eleve|etudiant))\b",
    ),
    "about_you": (
        r"\b(?:votre|ton) (?:article|presentation|intervention|conference|post|livre|projet)\b|\bvos travaux\b",
    ),
    "job": (
        r"\b(?:poste|emploi|travail|offre|cdi|cdd|embauche|recrutement|candidature|teletravail|mission)\b",
    ),
    "recruiter": (
        r"\b(?:recrut\w*|ressources humaines|rh|talent|charge(?:e)? de recrutement|service du personnel)\b",
    ),
    "too_good": (
        r"\bsans experience\b|\baucune experience (?:requise|necessaire)\b",
        r"\bvous (?:etes|avez ete) (?:retenu|selectionne|embauche)e?s?\b|\bvotre candidature (?:est|a ete) retenue\b",
        r"\ben notant des (?:applications|produits|hotels)\b",
        r"\b(?:evaluer|noter|tester) des (?:produits|applications|hotels|videos)\b",
    ),
    "too_good_weak": (r"\b(?:a domicile|depuis chez vous|de chez vous)\b",),
    "advance_fee": (r"\bheritage\b|\bsuccession\b|\bdefunt\b",),
    "default_note": (
        r"\bj'aimerais vous ajouter a mon reseau\b|\b(?:vous )?ajouter a mon reseau\b|\brejoindre (?:votre|ton) reseau\b",
    ),
    "mass_message": (
        r"\bj'ai vu votre profil\b|\bvotre profil (?:est |m'a )?(?:tres )?(?:interessant|impressionnant)\b|\bprofil interessant\b",
    ),
    "job_ask": (r"\bme recommander\b|\bje cherche (?:un emploi|un poste|du travail)\b",),
    "pitch_offer": (
        r"\b(?:notre|ma|mon)\s(?:[\w-]+\s){0,3}?(?:formation|programme|accompagnement|coaching|atelier|masterclass|parcours)\s(?:[\w-]+\s){0,3}?(?:demarre|commence|ouvre|debute|aide|permet)\b",
        r"\bnous (?:aidons|proposons|generons|creons|developpons|offrons)\b",
        r"\bnous accompagnons\b|\bje vous propose\b",
        r"\bj'organise (?:un|une) (?:webinaire|atelier|masterclass|formation)\b|\bma formation\b",
    ),
    "pitch_ask": (
        r"\bje (?:peux|pourrais) vous (?:envoyer|transmettre|partager) (?:le|la|les|notre|nos)\b",
        r"\b(?:un appel|un echange|un rendez-vous) de \d+\s?min\w*|\bsans engagement\b|\bseriez-vous disponible\b",
        r"\b(?:quand|seriez-vous) (?:seriez-vous )?dispo\w*\b|\baudit offert\b",
        r"\blien d'inscription\b|\bje vous envoie le lien\b",
        r"\bplaces (?:limitees|disponibles|restantes)\b|\b(?:100 ?%|entierement) (?:financee?s?|pris en charge)\b",
    ),
    "pitch_outcome": (
        r"\bplus de (?:clients|ventes|leads)\b|\bpremiere page de google\b|\brendez-vous qualifies\b",
    ),
    "pitch_price": (
        r"\b(?:programme detaille|plaquette|grille tarifaire|les tarifs)\b",
        r"\ba partir de \d|\bprix (?:competitifs|imbattables)\b",
    ),
    "mlm": (
        r"\brevenus? (?:complementaires?|passifs?)\b|\b(?:votre|ton) propre patron\b|\bopportunite d'affaires\b|\bpersonnes motivees\b",
    ),
    "open_networker": (
        r"\bj'accepte toutes les (?:invitations|demandes)\b|\bdeveloppons nos reseaux\b",
    ),
    "sign_in": (
        r"\b(?:connectez-vous|identifiez-vous|se connecter)\b[^.!?\n]{0,60}?\bpour (?:consulter|voir|acceder|ouvrir|telecharger)\b",
    ),
    "authority": (
        r"\b(?:pdg|president\w*|directeur general|directrice generale|dirigeant\w*|fondat\w*|gerant\w*|directeur|directrice)\b",
    ),
    "secrecy": (r"\b(?:discr[eè]t\w*|confidentiel\w*|entre nous|n'en parlez a personne)\b",),
    "urgency": (
        r"\b(?:urgent\w*|immediatement|au plus vite|aujourd'hui meme)\b|\bdans les (?:prochaines )?\d+\s?(?:heures|h)\b",
    ),
    "wrong_person": (
        r"\b(?:trompee? de (?:personne|profil|contact|numero)|mauvaise personne|mauvais (?:profil|contact|numero)|je vous ai pris(?:e)? pour|je t'ai pris(?:e)? pour)\b",
    ),
    "service_name": (
        r"\b(?:service client|securite|verification|assistance|equipe \w+|officiel)\b",
    ),
}
