"""French: the same slots as :mod:`.en`, written from French-language profiles and the advice
of French career services (APEC, France Travail). Folded text: no accents ("ingenieur")."""

STOP = "de la le les l' d' des du et en a au aux dans sur pour par avec un une que ou mon ma mes son sa ses est suis sont comme depuis"
NUMBERS = "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent centaines mille milliers million millions douzaine moitie double triple"
OPENINGS = (
    "bonjour",
    "salut",
    "bienvenue",
    "je m'appelle",
    "mon nom est",
    "merci de",
    "merci pour",
    "je suis un",
    "je suis une",
)

ROLES = """
ingenieur* developpeu* programmeu* designer* conceptri* concepteu* architecte* analyste*
scientifique* chercheu* chercheuse* manager* directeu* directri* responsable* chef* cheffe*
fondateu* fondatri* cofondat* associe* gerant* consultant* conseill* comptable* expert-comptable*
auditeu* controleu* avocat* juriste* notaire* infirmi* medecin* chirurgien* pharmacien*
therapeute* kinesitherapeute* dentiste* sage-femme* ambulanci* enseignant* professeu* maitre*
formateu* formatri* educateu* educatri* documentaliste* bibliothecaire* ecrivain* redacteu*
redactri* journaliste* commercial* commerciale* vendeu* vendeuse* recruteu* recruteuse*
charge* chargee* representant* specialiste* coordinat* administrat* assistant* technicien*
mecanicien* electricien* operateu* planificat* acheteu* economiste* etudiant* diplome*
stagiaire* apprenti* alternant* cuisinier* photographe* artiste* illustrat* producteu* productri* musicien*
traducteu* interprete* agent* courtier* investisseu* banquier* actuaire* statisticien*
chimiste* biologiste* physicien* geologue* veterinaire* psychologue* pilote* agriculteu*
agricultri* eleveu* maraicher* agronome* chauffeu* logisticien* superviseu* caissier*
menuisier* plombier* soudeu* inspecteu* recruiter* ux ui qa
"""

LABELS = """
denicheu* bienveillant* chasseu* chasseuse*
passionne* creati* reveu* reveuse* entrepreneu* proacti* motive* enthousiaste* dynamique*
innovant* visionnaire* resilient* optimiste* curieu* curieuse* engage* travailleu* rigoureu*
organise* ambitieu* empathique* authentique* perfectionniste* gagnant*
"""

FILLER = """
humain humaine humains ecoute coeur horizons horizon talents talent
poste postes emploi role opportunite
professionnel professionnelle professionnels passion passionne passionnee motive motivee
dynamique creatif creative innovant innovante experience expert experte excellence succes
resultats oriente orientee axe axee efficace efficient rigoureux rigoureuse organise organisee
competences capacite rapide apprentissage travail equipe leader leadership personne recherche
nouvelles nouveaux opportunites opportunite defis defi ouvert ouverte amour vie valeur valeurs
difference croissance etat esprit detail parcours haut performance communication solution
solutions problemes objectifs toujours meilleur monde reveuse reveur entrepreneur proactif
proactive vocation curieux curieuse polyvalent polyvalente
"""

CREDENTIALS = "dr dr. me me. mba phd msc master licence bts dut ing."

AUDIENCE = (
    "pour",
    "j'aide",
    "aide",
    "aider",
    "j'accompagne",
    "accompagne",
    "au service de",
    "aux cotes de",
)

TARGET = (
    "je cherche", "cherche", "je me tourne vers", "me tourne vers", "evoluer vers", "je souhaite devenir", "je vise", "vise",
    "a la recherche de", "a la recherche d'un", "je recherche", "recherche", "en recherche de",
    "futur", "future", "aspirant", "aspirante", "en reconversion", "reconversion vers",
    "en transition vers", "ouvert a", "ouverte a", "prochain defi", "mon prochain",
)  # fmt: skip

CLICHES = (
    "passionne", "passionnee", "passionne par", "passionnee par", "oriente resultats",
    "orientee resultats", "axe resultats", "esprit d'equipe", "force de proposition",
    "dynamique", "motive", "motivee", "tres motive", "tres motivee", "rigoureux", "rigoureuse",
    "innovant", "innovante", "solide experience", "vaste experience", "reveur", "reveuse",
    "creatif", "creative", "sortir des sentiers battus", "faire la difference",
    "nouveaux defis", "a la recherche de nouvelles opportunites", "polyvalent", "polyvalente",
    "soif d'apprendre", "curieux", "curieuse",
)  # fmt: skip

DUTIES = (
    "responsable de", "charge de", "chargee de", "en charge de", "missions :", "missions:",
    "mes missions", "principales missions", "taches :", "taches:", "mes taches",
    "participation a", "soutien a", "appui a",
)  # fmt: skip

RESULTS = """
gere prepare vendu coordonne supervise realise enseigne soigne redige ecrit publie dirige organise planifie installe repare recolte plante traduit entraine accompagne
redui* diminu* augment* accru* economis* lance* ameliore* atteint* double* triple* divise*
construit* concu* developpe* cree* dirige* forme* recrute* gagne* conclu* migre* automatise*
negocie* recupere* elargi* raccourci* publie* enseigne* coordonne* organise* fonde* pilote*
deploye*
"""

FIRST_PERSON = "je j'* moi mon ma mes m'* me"

ASKS = (
    "ecrivez-moi", "ecris-moi", "contactez-moi", "contacte-moi", "parlons", "echangeons",
    "n'hesitez pas", "n'hesite pas", "envoyez-moi un message", "connectons-nous",
    "je serai ravi", "je serai ravie", "si vous cherchez", "prenez rendez-vous",
    "abonnez-vous", "suivez-moi", "contact",
)  # fmt: skip

HIRING = (
    "je recrute", "nous recrutons", "on recrute", "recrutement", "recruteur", "recruteuse",
    "talent acquisition", "talents", "postes ouverts", "offres d'emploi", "rejoignez",
    "rejoins", "envoyez votre cv", "candidats", "candidates", "candidature",
)  # fmt: skip
BUYERS = (
    "dirigeants", "entreprises",
    "vous", "votre", "vos", "clients", "client", "entreprises comme", "si vous", "probleme",
    "problemes", "couts", "vous aider", "votre entreprise", "votre equipe", "acheteurs",
)  # fmt: skip
BRAGS = (
    "quota", "objectifs depasses", "top vendeur", "meilleur vendeur", "meilleure vendeuse",
    "numero un", "n°1", "classement", "club du president",
)  # fmt: skip
WRITING = (
    "j'ecris sur", "j'ecris", "je parle de", "conferencier", "conferenciere", "conferences",
    "newsletter", "podcast", "blog", "chronique", "chroniqueur", "auteur de", "autrice de",
    "mon livre", "je publie", "je partage", "articles", "chaque semaine",
)  # fmt: skip

BREAKS = (
    "conge parental", "conge maternite", "conge paternite", "pause professionnelle",
    "pause de carriere", "annee sabbatique", "sabbatique", "aidant", "demenagement",
    "reprise d'activite", "retour a l'emploi", "reconversion",
)  # fmt: skip

GENERIC_SKILLS = (
    "communication", "travail en equipe", "esprit d'equipe", "leadership", "management",
    "gestion", "microsoft office", "pack office", "service client", "gestion du temps",
    "resolution de problemes", "organisation", "anglais", "francais", "creativite",
    "adaptabilite", "rigueur", "autonomie", "empathie", "negociation", "vente", "marketing",
    "reseaux sociaux", "informatique", "excel", "word", "recherche", "motivation",
    "ponctualite", "esprit critique", "prise de decision", "gestion de projet", "polyvalence",
)  # fmt: skip

FURNITURE = (
    "accueil", "reseau", "emplois", "messagerie", "notifications", "vous", "pour les entreprises",
    "essayer premium", "afficher tout", "voir plus",
    "j'aime", "commenter", "republier", "envoyer", "partager", "suivre", "abonne", "message",
    "plus", "se connecter", "coordonnees", "infos", "accessibilite", "solutions de recrutement",
    "regles de la communaute", "carrieres", "solutions marketing", "confidentialite et conditions",
    "choix publicitaires", "publicite", "solutions de vente", "mobile", "petites entreprises",
    "centre de securite", "activite", "afficher tous les posts", "recommander", "experience",
    "formation", "competences", "centres d'interet", "langues", "recommandations",
    "licences et certifications", "selection", "posts", "commentaires", "images", "videos",
    "voir le profil", "autres profils consultes", "vous connaissez peut-etre",
    "choisir la langue",
)  # fmt: skip
FURNITURE_PATTERNS = (
    r"^[\d.,\s]+\s*\+?\s*(?:reactions?|commentaires?|republications?|abonnes|relations|"
    r"recommandations|vues|impressions)$",
    r"^afficher (?:les |tous les |toutes les )?\d+",
    r"^\d+\s*relations? en commun",
)
ABOUT_HEADINGS = ("infos", "a propos", "resume")
OTHER_HEADINGS = (
    "activite", "experience", "formation", "competences", "selection", "centres d'interet",
    "recommandations", "licences et certifications", "langues", "projets", "services",
)  # fmt: skip

# Words of a student's or a career changer's profile, and titles of student jobs.
STUDENT = (
    "etudiant",
    "etudiante",
    "jeune diplome",
    "jeune diplomee",
    "en derniere annee",
    "doctorant",
    "doctorante",
    "en alternance",
)
CHANGE = (
    "reconversion",
    "en reconversion",
    "changement de carriere",
    "transition professionnelle",
    "bootcamp",
)
TRAINEES = "stagiaire alternant alternante apprenti apprentie etudiant etudiante"
