"""Spanish notes: "tú" in a warm note, "usted" in a formal one; "¡Hola, Ana!" and "Estimada
Dra. López:" (a neutral "Buenos días, José María García:" when the name says no gender), with
the opening "¡" and "¿" and the capital after a salutation's colon, as the RAE writes them."""

from __future__ import annotations

from . import Language

W, F = "warm", "formal"

# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
LANGUAGE = Language(
    code="es",
    greet={
        W: ("¡Hola, {given}!", "¿Qué tal, {given}?"),
        "formal-f": ("Estimada {title}{family}:",),
        "formal-m": ("Estimado {title}{family}:",),
        F: ("Buenos días, {titles}{full}:",),
    },
    greet_none={W: ("¡Hola!",), F: ("Buenos días:",)},
    openers={
        "met-at-event": {
            W: (("Fue un gusto conocerte {at}.", "Fue un gusto conocerte el otro día."),
                ("Me encantó nuestra conversación {at}.", "Me encantó nuestra conversación del otro día."),
                ("¡Qué bueno que coincidimos {at}!", "¡Qué bueno que coincidimos el otro día!")),
            F: (("Fue un placer coincidir con usted {at}.", "Fue un placer coincidir con usted en el evento."),
                ("Le agradezco la conversación que mantuvimos {at}.", "Le agradezco la conversación que mantuvimos en el evento."),
                ("Recuerdo con agrado nuestra charla {at}.", "Recuerdo con agrado nuestra charla en el evento.")),
        },
        "read-their-post": {
            W: (("Gracias por {d}; me dio mucho que pensar.", "Gracias por tu última publicación; me dio mucho que pensar."),
                ("Me topé con {d} y me encantó.", "Me topé con tu última publicación y me encantó."),
                ("{d} me resultó muy útil.", "Tu última publicación me resultó muy útil.")),
            F: (("Le agradezco {d}, que me pareció de gran valor.", "Le agradezco su última publicación, que me pareció de gran valor."),
                ("He seguido con mucho interés {d}.", "He seguido con mucho interés su última publicación."),
                ("{d} me ha dado mucho que pensar.", "Su última publicación me ha dado mucho que pensar.")),
        },
        "same-school": {
            W: (("Vi que también estudiaste {at}.", "Vi que estudiamos en la misma universidad."),
                ("¡Qué bueno encontrar a alguien más de {d}!", "¡Qué bueno encontrar a alguien más de mi universidad!"),
                ("Vi en tu perfil que pasaste por {d}, como yo.", "Vi en tu perfil que estudiamos en la misma universidad.")),
            F: (("Vi que usted también estudió {at}.", "Vi que estudiamos en la misma universidad."),
                ("Siempre es un gusto encontrar a alguien de {d}.", "Siempre es un gusto encontrar a alguien de mi misma universidad."),
                ("Al ver {d} en su perfil, quise presentarme, ya que también estudié allí.", "Al ver en su perfil que estudiamos en la misma universidad, quise presentarme.")),
        },
        "same-company": {
            W: (("Vi que también trabajas {at}.", "Vi que trabajamos en la misma empresa."),
                ("Yo también trabajo {at} y quería presentarme.", "Yo también trabajo en tu empresa y quería presentarme."),
                ("Como coincidimos {at}, quería saludarte.", "Como coincidimos en la misma empresa, quería saludarte.")),
            F: (("Vi que usted también trabaja {at}.", "Vi que trabajamos en la misma empresa."),
                ("Yo también trabajo {at} y quería presentarme.", "Yo también trabajo en su empresa y quería presentarme."),
                ("Como coincidimos {at}, me gustaría presentarme.", "Como coincidimos en la misma empresa, me gustaría presentarme.")),
        },
        "former-colleague": {
            W: (("¡Cuánto tiempo desde nuestra etapa {at}!", "¡Cuánto tiempo desde que coincidimos en el trabajo!"),
                ("Guardo muy buen recuerdo de cuando coincidimos {at}.", "Guardo muy buen recuerdo de cuando trabajábamos en el mismo equipo."),
                ("Vi que seguimos sin conectar aquí desde nuestra etapa {at}.", "Vi que seguimos sin conectar aquí desde que trabajábamos en el mismo equipo.")),
            F: (("Recuerdo con agrado nuestra colaboración {at}.", "Recuerdo con agrado nuestra colaboración."),
                ("Ha pasado un tiempo desde nuestra etapa {at}.", "Ha pasado un tiempo desde que trabajamos en el mismo equipo."),
                ("Me di cuenta de que no teníamos contacto aquí desde que coincidimos {at}.", "Me di cuenta de que no teníamos contacto aquí desde que trabajamos en el mismo equipo.")),
        },
        "mutual-connection": {
            W: (("Vi que tenemos a {d} en común.", "Vi que tenemos contactos en común."),
                ("Llegué a tu perfil a través de {d}.", "Llegué a tu perfil a través de contactos en común."),
                ("Como conocemos a {d}, quería saludarte.", "Como tenemos contactos en común, quería saludarte.")),
            F: (("Vi que tenemos a {d} en común.", "Vi que tenemos contactos en común."),
                ("Llegué a su perfil a través de {d}.", "Llegué a su perfil a través de contactos en común."),
                ("Dado que conocemos a {d}, me gustaría presentarme.", "Dado que tenemos contactos en común, me gustaría presentarme.")),
        },
        "same-group": {
            W: (("Vi que también estás en {d}.", "Vi que estamos en el mismo grupo."),
                ("¡Qué bueno encontrar a alguien más de {d}!", "¡Qué bueno encontrar a alguien más del grupo!"),
                ("Como coincidimos en {d}, quería saludarte.", "Como coincidimos en el mismo grupo, quería saludarte.")),
            F: (("Vi que usted también forma parte de {d}.", "Vi que formamos parte del mismo grupo."),
                ("Como miembro de {d}, me gustaría presentarme.", "Como miembro del mismo grupo, me gustaría presentarme."),
                ("Siempre es un gusto conocer a otra persona de {d}.", "Siempre es un gusto conocer a otra persona del grupo.")),
        },
        "reconnect": {
            W: (("¡Cuánto tiempo! Hoy me acordé de {d}.", "¡Cuánto tiempo! ¿Cómo va todo?"),
                ("Espero que estés muy bien desde la última vez que hablamos. ¿Qué tal va {d}?", "Espero que estés muy bien desde la última vez que hablamos."),
                ("Hace mucho que no hablamos, y {d} me vino a la cabeza.", "Hace mucho que no hablamos, así que quería saludarte.")),
            F: (("Ha pasado un tiempo desde que hablamos, y hace poco recordé {d}.", "Ha pasado un tiempo desde que hablamos."),
                ("Espero que se encuentre bien desde la última vez que hablamos. ¿Cómo va {d}?", "Espero que se encuentre bien desde la última vez que hablamos."),
                ("{d} me vino a la memoria, y quise retomar el contacto.", "Quería retomar el contacto después de un tiempo.")),
        },
        "cold": {
            W: (("Me topé con {d} y me encantó.", "Aún no nos conocemos, pero quería presentarme."),
                ("Sigo {d} con mucho interés.", "Sigo tu trabajo con mucho interés."),
                ("Gracias por {d}; aprendí muchísimo.", "Quería presentarme, aunque aún no nos conocemos.")),
            F: (("Hace poco conocí {d} y me pareció admirable.", "Aún no nos conocemos, pero me gustaría presentarme."),
                ("Sigo con interés {d} desde hace tiempo.", "Sigo con interés su trabajo desde hace tiempo."),
                ("Quería agradecerle {d}.", "Permítame presentarme brevemente.")),
        },
    },
    person_openers={
        W: ("¡Qué bueno que {d} nos presentara!", "Fue un gusto conocerte con {d}.", "Me encantó la charla que tuvimos con {d}."),
        F: ("Le agradezco a {d} que nos presentara.", "Fue un placer conocerle a través de {d}.", "Recuerdo con agrado la conversación con usted y {d}."),
    },
    topic={
        "read-their-post": {W: "tu publicación sobre {}", F: "su publicación sobre {}"},
        "cold": {W: "tu trabajo sobre {}", F: "su trabajo sobre {}"},
        "place": {W: "tu trabajo en {}", F: "su trabajo en {}"},
        "role": {W: "tu trabajo como {}", F: "su trabajo como {}"},
    },
    purposes={
        "learn": {W: ("Me encantaría conectar y aprender de tu experiencia.", "Me encantaría aprender de ti."),
                  F: ("Me gustaría conectar y aprender de su experiencia.", "Me gustaría aprender de usted.")},
        "collaborate": {W: ("Me encantaría conectar y, quizá, colaborar en algún proyecto.", "Ojalá podamos colaborar algún día."),
                        F: ("Me gustaría conectar y explorar una posible colaboración.", "Quizá podamos colaborar en el futuro.")},
        "job": {W: ("Estoy buscando nuevas oportunidades en tu sector y me encantaría conectar.", "Estoy buscando nuevas oportunidades."),
                F: ("Estoy explorando nuevas oportunidades en su sector y me gustaría conectar.", "Estoy buscando nuevas oportunidades profesionales.")},
        "hire": {W: ("Estoy formando un equipo y me encantaría conectar.", "Estoy formando un equipo."),
                 F: ("Estoy formando un equipo y me gustaría conectar con usted.", "Estoy formando un equipo.")},
        "advice": {W: ("¿Te podría hacer alguna pregunta sobre tu trayectoria más adelante? Sin prisa.", "¿Te podría hacer una pregunta algún día?"),
                   F: ("¿Podría hacerle alguna pregunta sobre su trayectoria más adelante? Sin ninguna prisa.", "¿Podría hacerle una pregunta algún día?")},
        "stay-in-touch": {W: ("¡Me encantaría seguir en contacto!", "¡Sigamos en contacto!", "¡Me encantaría seguir al tanto de lo que haces!"),
                          F: ("Será un gusto seguir en contacto.", "Me gustaría seguir en contacto.", "Será un gusto seguir al tanto de su labor.")},
    },
    sign_off={W: ("Saludos, {me}",), F: ("Un cordial saludo, {me}",)},
    thanks={W: ("¡Gracias por conectar, {name}!", "¡Gracias por conectar!"),
            F: ("Gracias por aceptar mi invitación, {name}.", "Gracias por aceptar mi invitación.")},
    thanks_reply={W: ("¡Qué alegría saber de ti, {name}!", "¡Qué alegría saber de ti!"),
                  F: ("Gracias por su respuesta, {name}.", "Gracias por su respuesta.")},
    asks={
        "learn": {W: ("¿En qué estás trabajando estos días? Me encantaría saber más.",), F: ("¿Puedo preguntarle en qué está trabajando actualmente? Me encantaría saber más.",)},
        "collaborate": {W: ("¿Te gustaría tener una charla breve en las próximas semanas? Sin prisa.",), F: ("¿Le parecería bien una conversación breve en las próximas semanas, cuando le venga bien?",)},
        "job": {W: ("Estoy explorando mi próximo paso profesional y me interesa mucho lo que hace tu equipo. ¿Me contarías un poco cómo es trabajar allí? Si no puedes, no pasa nada.",),
                F: ("Estoy explorando mi próximo paso profesional y el trabajo de su organización me interesa mucho. ¿Tendría un momento para contarme cómo es trabajar allí? Entiendo perfectamente si no es buen momento.",)},
        "hire": {W: ("Estoy buscando a alguien para mi equipo y pensé en ti. ¿Te gustaría saber más? Sin ningún compromiso.",),
                 F: ("Estoy buscando incorporar a alguien a mi equipo y pensé que podría interesarle. ¿Le gustaría saber más? Sin ningún compromiso.",)},
        "advice": {W: ("¿Te puedo hacer un par de preguntas sobre tu trayectoria? Sin prisa.",), F: ("¿Podría hacerle un par de preguntas sobre su trayectoria, cuando le venga bien?",)},
        "stay-in-touch": {W: ("¿En qué andas estos días?",), F: ("¿En qué está trabajando actualmente?",)},
    },
    at="en",
    double_surname=True,
    works=r"post|publicación|artículo|charla|ponencia|hilo|vídeo|video|podcast|entrevista|presentación|newsletter",
    about=r"^\s*(?:sobre|acerca de|de cómo|de)\s+[^,.;!?]+",
    about_clause=(r"(?:^|,)\s*((?:cómo|como|donde|en (?:el|la) que)\s+[^.;!?]+)", "sobre "),
    reason=r"(?:,\s*|\s+(?:y|porque|ya que|pues)\s+)(?P<reason>(?:nosotros|nosotras|yo|mi equipo|nuestro equipo|en mi equipo|estamos|estoy|vamos|voy|queremos|quiero|tenemos|tengo|pensamos|planeamos|necesitamos)\b[^.!?]{6,})$",
    clause_start=r"^(?:los dos|las dos|ambos|ambas|nosotros|nosotras|yo|él|ella|hicimos|trabajamos|estudiamos|coincidimos|no|lidera|dirige|trabaja|fue|es)\b",
    place_preps=r"(?:en|de|con)(?:\s+(?:el|la|los|las))?|del|al",
    expand={"del": "el", "al": "el"},
    connect=r"\bconectar",
    contractions=((r"\bde el ", "del "), (r"\ba el ", "al "), (r"^de el ", "del ")),
    articles=("el", "la", "los", "las"),
    address={W: {"su": "tu", "sus": "tus", "usted": "ti"}, F: {"tu": "su", "tus": "sus", "ti": "usted"}},
    honorifics={"m": "Sr.", "f": "Sra."},
    title_gender={"Dr.": "m", "Lic.": "", "Prof.": ""},
    lead_ins=r"^(?:nos\s+conocimos|coincidimos|estuvimos|le[ií]|vi|trabajamos(?:\s+junt[oa]s)?|estudiamos)\s+(?:en\s+)?",
    clause=r"\s*[,;:(–—]\s*|\s+(?=(?:donde|cuando|porque|aunque|y luego|pero)\b)",
    stopwords=frozenset(str.split("para como pero porque cuando donde desde hasta sobre entre también muchos mucha mucho este esta estos estas aquí algún alguna alguno algo nuestra nuestro usted quería gustaría encantaría conectar")),
)
# fmt: on
