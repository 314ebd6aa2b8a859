"""Brazilian Portuguese notes: "você" in a warm note; in a formal one "o senhor" or "a
senhora" when a title says which (Sr., Sra., Dr., Dra.), else a courteous "você", which is how
Brazilian professionals write to someone whose form of address they don't know. Sentences keep
the third person that "você" and "o senhor" share ("sua publicação", "seu trabalho"), so only a
few phrases spell the pronoun out. "Olá, Ana!" and "Prezada Dra. Costa," greet."""

from __future__ import annotations

from . import Language

W, F = "warm", "formal"

# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
LANGUAGE = Language(
    code="pt",
    greet={
        W: ("Olá, {given}!", "Oi, {given}!"),
        "formal-f": ("Prezada {title}{family},",),
        "formal-m": ("Prezado {title}{family},",),
        F: ("Olá, {titles}{full},",),
        "formal-titled": ("Olá, {titles}{family},",),
    },
    greet_none={W: ("Olá!", "Oi!"), F: ("Olá,",)},
    openers={
        "met-at-event": {
            W: (("foi ótimo te conhecer no {d}!", "foi ótimo te conhecer no evento!"),
                ("adorei nossa conversa no {d}.", "adorei nossa conversa no evento."),
                ("que bom que a gente se encontrou no {d}!", "que bom que a gente se encontrou no evento!")),
            F: (("foi um prazer conversar com {you} no {d}.", "foi um prazer conversar com {you} no evento."),
                ("agradeço pela conversa no {d}.", "agradeço pela conversa no evento."),
                ("guardo uma ótima lembrança do nosso encontro no {d}.", "guardo uma ótima lembrança do nosso encontro no evento.")),
        },
        "read-their-post": {
            W: (("vi {d} e gostei muito.", "vi seu último post e gostei muito."),
                ("[[li|vi]] {d} e fiquei pensando no assunto.", "li seu último post e fiquei pensando no assunto."),
                ("achei {d} muito útil.", "achei seu último post muito útil.")),
            F: (("[[li|assisti]] {d} com grande interesse.", "li sua última publicação com grande interesse."),
                ("[[a leitura de|ouvir]] {d} me trouxe reflexões valiosas.", "a leitura da sua última publicação me trouxe reflexões valiosas."),
                ("agradeço por {d}; [[foi uma leitura valiosa|aprendi muito]].", "agradeço por sua última publicação; foi uma leitura valiosa.")),
        },
        "same-school": {
            W: (("vi que estudamos no mesmo lugar: {d}.", "vi que estudamos na mesma universidade."),
                ("que legal encontrar mais alguém de {d}!", "que legal encontrar mais alguém da minha universidade!"),
                ("{d} também faz parte da minha trajetória, então quis dar um oi.", "estudamos na mesma universidade, então quis dar um oi.")),
            F: (("vi que estudamos na mesma instituição: {d}.", "vi que estudamos na mesma instituição."),
                ("é sempre um prazer conhecer ex-alunos de {d}.", "é sempre um prazer conhecer ex-alunos da minha universidade."),
                ("como também estudei em {d}, gostaria de me apresentar.", "como estudamos na mesma universidade, gostaria de me apresentar.")),
        },
        "same-company": {
            W: (("vi que você também trabalha na {d}.", "vi que trabalhamos na mesma empresa."),
                ("também trabalho na {d} e queria me apresentar.", "também trabalho na sua empresa e queria me apresentar."),
                ("como somos colegas na {d}, quis dar um oi.", "como somos colegas de empresa, quis dar um oi.")),
            F: (("vi que {you} também trabalha na {d}.", "vi que trabalhamos na mesma empresa."),
                ("também trabalho na {d} e gostaria de me apresentar.", "também trabalho na sua empresa e gostaria de me apresentar."),
                ("como somos colegas na {d}, gostaria de me apresentar.", "como somos colegas de empresa, gostaria de me apresentar.")),
        },
        "former-colleague": {
            W: (("quanto tempo desde a nossa época {at}!", "quanto tempo desde que trabalhamos no mesmo time!"),
                ("lembro com carinho da nossa época {at}.", "lembro com carinho de quando trabalhávamos no mesmo time."),
                ("percebi que ainda não tínhamos contato aqui desde a nossa época {at}.", "percebi que ainda não tínhamos contato aqui desde que trabalhamos no mesmo time.")),
            F: (("lembro com satisfação do nosso trabalho {at}.", "lembro com satisfação do nosso trabalho em conjunto."),
                ("já faz algum tempo desde a nossa parceria {at}.", "já faz algum tempo desde que trabalhamos na mesma equipe."),
                ("percebi que não tínhamos contato por aqui desde o nosso trabalho {at}.", "percebi que não tínhamos contato por aqui desde que trabalhamos na mesma equipe.")),
        },
        "mutual-connection": {
            W: (("vi que temos {d} em comum.", "vi que temos contatos em comum."),
                ("cheguei ao seu perfil por meio de {d}.", "cheguei ao seu perfil por meio de contatos em comum."),
                ("como conhecemos {d}, quis dar um oi.", "como temos contatos em comum, quis dar um oi.")),
            F: (("vi que temos {d} como contato em comum.", "vi que temos contatos em comum."),
                ("cheguei ao seu perfil por meio de {d}.", "cheguei ao seu perfil por meio de contatos em comum."),
                ("como temos {d} em comum, gostaria de me apresentar.", "como temos contatos em comum, gostaria de me apresentar.")),
        },
        "same-group": {
            W: (("vi que você também participa de {d}.", "vi que estamos no mesmo grupo."),
                ("que legal encontrar mais alguém de {d}!", "que legal encontrar mais alguém do grupo!"),
                ("como participamos de {d}, quis dar um oi.", "como participamos do mesmo grupo, quis dar um oi.")),
            F: (("vi que {you} também faz parte de {d}.", "vi que fazemos parte do mesmo grupo."),
                ("como membro de {d}, gostaria de me apresentar.", "como membro do mesmo grupo, gostaria de me apresentar."),
                ("é sempre bom conhecer outras pessoas de {d}.", "é sempre bom conhecer outras pessoas do grupo.")),
        },
        "reconnect": {
            W: (("quanto tempo! Hoje me lembrei de {d}.", "quanto tempo! Como vão as coisas?"),
                ("faz tempo que não nos falamos! Outro dia me lembrei de {d}.", "faz tempo que não nos falamos! Quais são as novidades?"),
                ("faz tempo que a gente não se fala, e hoje pensei em {d}.", "faz tempo que a gente não se fala, então quis dar um oi.")),
            F: (("faz algum tempo que não conversamos, e lembrei recentemente de {d}.", "faz algum tempo que não conversamos."),
                ("faz algum tempo desde a nossa última conversa, e recentemente pensei em {d}.", "faz algum tempo desde a nossa última conversa; gostaria de saber as novidades."),
                ("ao me lembrar de {d}, quis retomar o contato.", "gostaria de retomar o contato depois de algum tempo.")),
        },
        "cold": {
            W: (("descobri {d} e gostei muito.", "a gente ainda não se conhece, mas queria me apresentar."),
                ("acompanho {d} com muito interesse.", "acompanho seu trabalho com muito interesse."),
                ("valeu por {d}; aprendi muito!", "queria me apresentar, mesmo sem a gente se conhecer ainda.")),
            F: (("soube recentemente de {d} e achei admirável.", "ainda não nos conhecemos, mas gostaria de me apresentar."),
                ("acompanho {d} com grande interesse há algum tempo.", "acompanho seu trabalho com grande interesse há algum tempo."),
                ("queria dizer que admiro {d}.", "gostaria de me apresentar brevemente.")),
        },
    },
    person_openers={
        W: ("que bom que {d} nos apresentou!", "foi ótimo te conhecer junto com {d}!", "adorei nossa conversa com {d}."),
        F: ("agradeço a {d} por nos ter apresentado.", "foi um prazer conhecer {you} por meio de {d}.", "foi um prazer conversar com {you} e {d}."),
    },
    topic={
        "read-their-post": {W: "seu post sobre {}", F: "sua publicação sobre {}"},
        "cold": {W: "seu trabalho sobre {}", F: "seu trabalho sobre {}"},
        "place": {W: "seu trabalho em {}", F: "seu trabalho em {}"},
        "role": {W: "seu trabalho como {}", F: "seu trabalho como {}"},
    },
    purposes={
        "learn": {W: ("Adoraria me conectar e aprender com a sua experiência.", "Adoraria aprender com você."),
                  F: ("Gostaria de me conectar e aprender com a sua experiência.", "Seria ótimo aprender com a sua experiência.")},
        "collaborate": {W: ("Adoraria me conectar e, quem sabe, colaborar em algum projeto.", "Quem sabe a gente colabora um dia!"),
                        F: ("Gostaria de me conectar e explorar uma possível colaboração.", "Talvez possamos colaborar no futuro.")},
        "job": {W: ("Estou em busca de novas oportunidades na sua área e adoraria me conectar.", "Estou em busca de novas oportunidades."),
                F: ("Estou explorando novas oportunidades na sua área e gostaria de me conectar.", "Estou em busca de novas oportunidades profissionais.")},
        "hire": {W: ("Estou montando um time e adoraria me conectar.", "Estou montando um time."),
                 F: ("Estou montando uma equipe e gostaria de me conectar.", "Estou montando uma equipe.")},
        "advice": {W: ("Posso te fazer uma pergunta sobre a sua trajetória mais para frente? Sem pressa.", "Posso te fazer uma pergunta qualquer dia?"),
                   F: ("Poderia lhe fazer uma pergunta sobre a sua trajetória, quando for conveniente?", "Poderia lhe fazer uma pergunta em algum momento?")},
        "stay-in-touch": {W: ("Vamos manter contato!", "Adoraria manter contato!", "Adoraria acompanhar suas novidades!"),
                          F: ("Será um prazer manter contato.", "Gostaria de manter contato.", "Gostaria de acompanhar suas novidades.")},
    },
    sign_off={W: ("Abraço, {me}",), F: ("Atenciosamente, {me}",)},
    thanks={W: ("Que bom que nos conectamos, {name}!", "Que bom que nos conectamos!"),
            F: ("Agradeço por aceitar meu convite, {name}.", "Agradeço por aceitar meu convite.")},
    thanks_reply={W: ("Que bom ter notícias suas, {name}!", "Que bom ter notícias suas!"),
                  F: ("Agradeço pela resposta, {name}.", "Agradeço pela resposta.")},
    asks={
        "learn": {W: ("Em que você está trabalhando ultimamente? Adoraria saber mais.",), F: ("Posso perguntar em que está trabalhando no momento? Gostaria de saber mais.",)},
        "collaborate": {W: ("Topa um papo rápido nas próximas semanas? Sem pressa.",), F: ("Teria disponibilidade para uma conversa breve nas próximas semanas, quando for conveniente?",)},
        "job": {W: ("Estou explorando meu próximo passo profissional, e o trabalho do seu time me interessa muito. Toparia me contar um pouco como é trabalhar aí? Tudo bem se não puder.",),
                F: ("Estou explorando meu próximo passo profissional, e o trabalho da sua organização me interessa muito. Teria um momento para me contar como é trabalhar aí? Entendo perfeitamente se não for possível.",)},
        "hire": {W: ("Estou procurando alguém para o meu time e pensei em você. Quer saber mais? Sem compromisso.",),
                 F: ("Estou procurando alguém para a minha equipe e pensei que poderia ser do seu interesse. Gostaria de saber mais? Sem compromisso.",)},
        "advice": {W: ("Posso te fazer umas perguntas sobre a sua trajetória? Sem pressa.",), F: ("Poderia lhe fazer algumas perguntas sobre a sua trajetória, quando for conveniente?",)},
        "stay-in-touch": {W: ("Em que você anda trabalhando?",), F: ("Em que está trabalhando no momento?",)},
    },
    at="em",
    at_name="na",
    talks=r"\b(?:palestra|apresentação|keynote|talk|webinar|podcast)\b",
    works=r"post|publicação|artigo|palestra|apresentação|thread|vídeo|video|podcast|entrevista|newsletter",
    about=r"^\s*(?:sobre|a respeito de)\s+[^,.;!?]+",
    about_clause=(r"(?:^|,)\s*((?:como|onde|em que)\s+[^.;!?]+)", "sobre "),
    reason=r"(?:,\s*|\s+(?:e|porque|já que|pois)\s+)(?P<reason>(?:nós|eu|a gente|meu time|nosso time|minha equipe|nossa equipe|estamos|estou|vamos|vou|queremos|quero|temos|tenho|pretendemos|precisamos)\b[^.!?]{6,})$",
    clause_start=r"^(?:quando|nós|ambos|ambas|a gente|eu|ele|ela|fizemos|trabalhamos|estudamos|não|lidera|coordena|dirige|trabalha|foi|é|quem)\b",
    place_preps=r"em|na|no|nas|nos|pela|pelo|da|do",
    expand={"na": "a", "no": "o", "nas": "as", "nos": "os", "pela": "a", "pelo": "o", "da": "a", "do": "o"},
    rewrites=((r"^(?:a|as)\s+(\S+)\s+(?:dela|dele|deles|delas)\b", r"sua \1"), (r"^(?:o|os)\s+(\S+)\s+(?:dela|dele|deles|delas)\b", r"seu \1")),
    connect=r"\bconectar",
    contractions=(
        (r"\bem (no|na|nos|nas|em) ", r"\1 "), (r"\bem o ", "no "), (r"\bem a ", "na "), (r"\bem os ", "nos "),
        (r"\bem as ", "nas "), (r"\bde o ", "do "), (r"\bde a ", "da "), (r"\bde os ", "dos "),
        (r"\bde as ", "das "), (r"\bna (?:a|na) ", "na "), (r"\bna (?:o|no) ", "no "), (r"\bpor o ", "pelo "),
        (r"\bno (?:o|no) ", "no "), (r"\bno (?:a|na) ", "na "), (r"\bno (?:os|nos) ", "nos "),
        (r"\bno (?:as|nas) ", "nas "), (r"\bno (sua|suas) ", r"na \1 "), (r"\bno em ", "em "),
        (r"\bpor a ", "pela "), (r"\bpor os ", "pelos "), (r"\bpor as ", "pelas "), (r"\bem sua ", "na sua "), (r"\bem seu ", "no seu "),
    ),
    articles=("o", "a", "os", "as"),
    address={W: {"teu": "seu", "tua": "sua", "teus": "seus", "tuas": "suas"},
             F: {"teu": "seu", "tua": "sua", "teus": "seus", "tuas": "suas"}},
    you={W: "você", "formal-m": "o senhor", "formal-f": "a senhora", F: "você"},
    honorifics={"m": "Sr.", "f": "Sra."},
    title_gender={"Dr.": "m"},
    lead_ins=r"^(?:nos\s+conhecemos|a\s+gente\s+se\s+conheceu|li|vi|trabalhamos(?:\s+junt[oa]s)?|estudamos)\s+",
    clause=r"\s*[,;:(–—]\s*|\s+(?=(?:onde|quando|porque|embora|mas)\b)",
    stopwords=frozenset(str.split("para como porque quando onde desde sobre entre também muito muita muitos este esta isso aqui algum alguma nossa nosso você senhor senhora gostaria adoraria conectar")),
)
# fmt: on
