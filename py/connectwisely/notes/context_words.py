"""Words that say how the writer knows the reader or why they are writing, in Spanish,
Portuguese, German, French and Italian, and the English ones a reconnect uses (the rest of the
English ones are in :mod:`connectwisely.notes.lint`): the note linter's LN004 reads notes in all six languages."""

from __future__ import annotations

_WORDS = {
    "en": """caught|up catch|up been|a|while in|ages last|spoke get|back|in|touch keep|in|touch
        stay|in|touch stay|connected reminded thinking|of|you thought|of|you on|my|mind""",
    "es": """conocimos conocerte conocerle conocerla conocerlo coincidimos coincidir charla
        charlamos conversación evento conferencia meetup ponencia presentación publicación
        artículo post leí vi proyecto trabajamos juntos compañero compañera colegas equipo
        universidad estudiamos escuela exalumno exalumna grupo comunidad miembro conocemos
        presentó recomendó perfil gracias sigo ambos también escribo presentarme retomar
        contacto|en|común contactos|en|común empresa contacto hablamos tiempo coincidir etapa colaboración agradezco agradecerle encontrar conocer topé sigo conocí
        presentara presentaste pensé pensar recordar admiro supe leído leer reflexionado lectura conectados""",
    "pt": """conhecemos conhecer conversa conversamos evento conferência meetup palestra
        apresentação publicação artigo post li vi projeto trabalhamos juntos colega colegas
        equipe universidade faculdade estudamos grupo comunidade membro apresentou indicou
        perfil obrigado obrigada acompanho ambos também escrevo apresentar retomar empresa
        contatos|em|comum conexão|em|comum contato falamos tempo conversar época parceria encontrou agradeço agradecer encontrar conheci conhecer participa parte lembrei lembro lembrança
        valeu fala participamos
        pensei lembrar admiro soube leitura descobri""",
    "de": """kennengelernt kennenzulernen getroffen treffen gespräch austausch veranstaltung
        konferenz meetup vortrag beitrag artikel gelesen post projekt zusammengearbeitet
        zusammen zusammenarbeit kollege kollegin kollegen team hochschule universität studiert
        alumni ehemalige gruppe mitglied community gemeinsame gemeinsamen kontakte vorgestellt
        empfohlen profil aufmerksam gestoßen verfolge verfolgt danke melden vorstellen
        vernetzt unternehmen beide kontakt gesprochen weile erinnerung kennen dank danke gedacht gehört gesehen spannend interesse melde|mich
        erinnert zurückgedacht respekt bewundere""",
    "fr": """rencontrés rencontré rencontrée rencontrer rencontre échange échangé discussion
        conversation événement conférence meetup intervention présentation publication article
        post lu vu projet travaillé ensemble collègue collègues équipe université école étudié
        anciens alumni groupe communauté membre présentés recommandé profil merci suivre
        aussi écris présenter reprendre entreprise relations|en|commun contact|en|commun rester|en|contact restons|en|contact nouvelles pensais pensé échangé temps échanger époque découvert intérêt suivi collaboration rencontre remercier remercie connaît connaissons croiser connaissant partie longtemps repensé""",
    "it": """conosciuti conosciute conoscerti conoscerla incontrati incontro chiacchierata
        conversazione evento conferenza meetup intervento presentazione post articolo letto
        visto progetto lavorato insieme collega colleghi squadra team università politecnico
        studiato alumni gruppo community comunità membro presentati consigliato profilo grazie
        seguo entrambi anche scrivo presentarmi risentirci azienda contatti|in|comune contatto sentiti tempi collaborazione ringraziarla ringrazio conosciamo conoscere studenti ripensato sentiamo ripensando scoperto passato comune trovare ripensavo""",
}

CONTEXT_WORDS = tuple(word.replace("|", " ") for words in _WORDS.values() for word in words.split())

__all__ = ["CONTEXT_WORDS"]
