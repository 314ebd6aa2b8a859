"""Portuguese: the phrase tables the request checker reads Portuguese by (see :mod:`.languages`).

Written from Procon's and the CVM's warnings (the fake job with a fee paid by Pix, pyramid
and "guaranteed" investments, requests for RG, CPF and bank data) and real Brazilian and
Portuguese recruiting posts. Patterns run on text with accents removed.
"""

STOPWORDS = "de a o que e do da em um para com nao uma os no se na por mais as dos como mas ao ele das seu sua ou quando muito nos ja eu tambem so pelo pela ate isso ela entre depois sem mesmo aos seus quem nas me esse eles voce essa num nem suas meu minha numa pelos elas qual nos lhe deles essas esses pelas este dele tu te voces vos lhes meus minhas teu tua oi ola obrigado obrigada tudo bem gente todos vamos foi pra pro aqui vaga"
NUMBERS = {
    "zero": 0, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
    "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
    "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
    "duzentos": 200, "trezentos": 300, "quinhentos": 500, "mil": 1000, "milhao": 1_000_000,
    "milhoes": 1_000_000,
}  # fmt: skip
JOINERS = ("e",)
PERCENT = ("por cento",)
PERIODS = {
    "day": r"ao dia|por dia|diari[oa]s?|todo dia|todos os dias",
    "week": r"por semana|na semana|semanais|semanal|toda semana",
    "month": r"ao mes|por mes|mensais|mensal|todo mes",
    "hour": r"por hora|a hora",
    "year": r"ao ano|por ano|anual",
}
APPS = {"WhatsApp": r"zap ?zap|zap|zapp|whats|wpp|wts"}
BUTTONS = "aceitar, ignorar, responder, mensagem, conectar, seguir, mais, ver mais, ver perfil, informacoes de contato"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"(?:mais de\s)?{n}\s+conexoes",
    "mutual": r"{n}\s+conexo(?:es|ao)\s+em\s+comum",
    "mutual_others": r"(.+?)\s+e\s+mais\s+(\d[\d.,]*)\s+conexoes\s+em\s+comum",
    "followers": r"{n}\s+seguidores",
    "degree": r"(1|2|3)\s?(?:º|°|o)",
}
ROLES = r"engenheir[oa]|desenvolvedor(?:a)?|programador(?:a)?|analista|designer|arquitet[oa]|cientista de dados|gerente de produto|enfermeir[oa]|contador(?:a)?|consultor(?:a)?|advogad[oa]|tecnic[oa]"
TABLES = {
    "waived": (r"\b(?:isent\w*|por nossa conta|sem custo para (?:voce|vc))\b",),
    "off_platform": (
        r"\b(?:me chama|me chame|chama|fala comigo|me manda (?:mensagem|msg)|me adiciona|me liga)\s(?:no|pelo|via|la no)\b",
        r"\b(?:aqui|por aqui)\s(?:eu\s)?(?:quase\s)?(?:nao entro|entro pouco|nao uso|quase nao fico)\b",
        r"\be-?mail (?:pessoal|particular)\b",
        r"\b(?:seu|teu) (?:numero de )?(?:celular|telemovel|telefone|whatsapp|zap)\b",
    ),
    "money": (
        r"\btaxa de (?:inscricao|participacao|adesao|registo|registro)\b",
        r"\b(?:compr(?:ar|e|a)|adquirir)\b[^.!?\n]{0,60}?\b(?:reembols\w*|devolvid\w*|ressarcid\w*)\b",
        r"\breceber (?:encomendas|pacotes|mercadorias)\b[^.!?\n]{0,60}?\b(?:reenvi\w*|despach\w*)",
        r"\b(?:taxa|tarifa|valor|pagamento|deposito|custo)\s(?:de\s|do\s|da\s)?(?:cadastro|treinamento|inscricao|adesao|liberacao|matricula|ativacao|material|kit|uniforme|exame)\b",
        r"\b(?:pagar|pague|transferir|transfira|depositar|deposite|enviar)\b[^.!?\n]{0,50}?(?:r\$|reais|€|euros?|via pix|por pix|pix)",
        r"\bvia pix\b|\bcart(?:ao|oes) presente\b",
        r"\b(?:pix|deposito|transferencia|recarga)\b[^.!?\n]{0,40}?\d[^.!?\n]{0,60}?\b(?:devolv\w*|reembols\w*|estorn\w*|de volta)\b|\bliberar (?:as )?(?:tarefas|missoes|nivel) (?:premium|vip)\b",
    ),
    "personal_data": (
        r"\b(?:codigo|digitos)\b[\s\S]{0,80}?\b(?:numero errado|errei o numero|(?:coloquei|digitei) (?:o )?seu numero|sem querer)\b|\b(?:numero errado|errei o numero|(?:coloquei|digitei) (?:o )?seu numero|sem querer)\b[\s\S]{0,80}?\b(?:codigo|digitos)\b",  # a code that reached you "by mistake"
        r"\b(?:codigo (?:de (?:verificacao|seguranca|acesso|confirmacao)|sms|por sms)|digitos)\b[\s\S]{0,80}?\b(?:(?:voce )?recebeu|(?:foi|chegou) (?:pro|para o|no) seu|me (?:passa|manda|envia))\b|\b(?:(?:voce )?recebeu|(?:foi|chegou) (?:pro|para o|no) seu|me (?:passa|manda|envia))\b[\s\S]{0,80}?\b(?:codigo (?:de (?:verificacao|seguranca|acesso|confirmacao)|sms|por sms)|digitos)\b",  # a verification code you received, asked for
        r"\bcodigo\b[^.!?\n]{0,60}?\bpor engano\b|\bpor engano\b[^.!?\n]{0,60}?\bcodigo\b",
        r"\b(?:envie|enviar|mande|manda|precisamos|preciso|informe|informar|passe|seu|sua|seus|suas|foto d[oa]|copia d[oa])\b[^.!?\n]{0,40}?\b(?:dados bancarios|conta bancaria|numero da conta|agencia e conta|rg|cpf|passaporte|documento de identidade|senha|codigo de verificacao|codigo sms|cartao de credito|numero do cartao|chave pix)\b",
        r"\b(?:validar|confirmar|atualizar|verificar)\b[^.!?\n]{0,30}?\b(?:iban|nif|dados bancarios|conta|cartao|senha|codigo)\b",
    ),
    "returns": (
        r"\b(?:lucro|lucros|rendimento|retorno|ganhos?|rentabilidade)\s(?:\w+\s)?garantid[oa]s?\b|\bgarantid[oa]s?\b[^.!?\n]{0,20}?\b(?:lucro|rendimento|retorno)\b",
        r"\bsem risco\b|\b(?:dobrar|triplicar) (?:seu|o seu) (?:dinheiro|investimento|capital)\b",
    ),
    "vehicle": (
        r"\b(?:criptomoedas?|cripto|bitcoin|day ?trade|trading|forex|plataforma de investimentos?|grupo de investimentos?)\b",
    ),
    "profit": (
        r"\b(?:lucro|lucrar|rende|renda passiva|ganhar dinheiro|liberdade financeira|te mostrar como|te ensino)\b",
    ),
    "romance": (
        r"\b(?:oi|ola|bom dia)\W+(?:linda|querida|gata|princesa|meu amor|gatinha|lindo)\b",
        r"\b(?:seu|teu) (?:lindo )?sorriso\b|\bsorriso lindo\b|\bseus (?:lindos )?olhos\b",
        r"\bviuv[oa]\b|\bmoro sozinho\b|\bmulher de deus\b",
        r"\b(?:procuro|procurando|busco)\s(?:o amor|uma mulher|um homem|um relacionamento|uma companheira|minha alma gemea)\b|\balma gemea\b|\bamor verdadeiro\b|\brelacionamento (?:serio|sincero)\b",
    ),
    "romance_strong": (
        r"\b(?:oi|ola|bom dia)\W+(?:linda|gata|princesa|meu amor|gatinha)\b",
        r"\b(?:procuro|procurando|busco)\s(?:o amor|uma mulher|um homem|um relacionamento|minha alma gemea)\b|\bamor verdadeiro\b",
    ),
    "familiar": (r"\b(?:te conhecer melhor|sermos amigos|amizade sincera)\b",),
    "shared_context": (
        r"\b(?:a tua|a sua|o teu|o seu)\s(?:palestra|apresentacao|talk|keynote|workshop)\s(?:no|na|em|durante)\b",
        r"\b(?:a gente|nos) se conheceu\b|\bnos conhecemos\b|\bfoi (?:otimo|um prazer|bom|legal) (?:te )?conhece(?:r|-lo|-la)\b",
        r"\b(?:trabalhamos|estudamos) junt[oa]s\b|\bex-?colegas?\b|\bcolegas? de (?:turma|faculdade|trabalho|equipe)\b",
        r"\bconversamos\b|\b(?:me indicou|sugeriu que eu|me passou seu contato|me recomendou)\b",
        r"\btambem\b[^.!?\n]{0,40}?\b(?:estudei|me formei|formad[oa])\b",
        r"\b(?:fizemos|estudamos|cursamos|trabalhamos)\b[^.!?\n]{0,40}?\bjunt[oa]s\b",
    ),
    "about_you": (
        r"\b(?:sua|tua) (?:palestra|apresentacao|pesquisa)\b|\b(?:seu|teu) (?:artigo|post|trabalho sobre|projeto|livro)\b",
    ),
    "job": (
        r"\b(?:vaga|emprego|trabalho|oportunidade|contratacao|admissao|home office|renda extra|digitador)\b",
    ),
    "recruiter": (r"\b(?:recrutador[a]?|recrutamento|rh|recursos humanos|setor pessoal|talent)\b",),
    "too_good": (
        r"\bsem experiencia\b|\bnao precisa de experiencia\b",
        r"\b(?:voce|vc) foi (?:aprovad[oa]|selecionad[oa]|contratad[oa])\b|\bfoi (?:aprovad[oa]|selecionad[oa]) para\b|\bseu perfil foi selecionado\b",
        r"\bcurtindo (?:videos|posts|fotos)\b",
        r"\bavalia\w* (?:de )?(?:produtos|apps|aplicativos|hoteis|videos)\b|\bavaliador(?:a)? de produtos\b",
    ),
    "too_good_weak": (r"\bpelo celular\b|\bem casa\b|\bde casa\b",),
    "advance_fee": (r"\bheranca\b|\bfalecid[oa]\b|\btransferencia dos fundos\b",),
    "default_note": (
        r"\bgostaria de (?:adicionar (?:voce|vc)|me conectar|conectar)\b|\b(?:adicionar (?:voce|vc)|te adicionar) a minha rede\b|\bvamos nos conectar\b",
    ),
    "mass_message": (
        r"\b(?:vi|olhei) (?:o )?seu perfil\b|\bperfil (?:muito )?(?:interessante|impressionante)\b",
    ),
    "job_ask": (
        r"\b(?:poderia|pode|podia) me indicar\b|\bprocurando (?:emprego|trabalho|uma vaga)\b|\bme indicar para\b",
    ),
    "pitch_offer": (
        r"\b(?:ajudo|acompanho)\s(?!(?:seu|sua|seus|suas|teu|tua|o|a|os|as|de|com)\b)\w+|\b(?:o meu|meu|nosso)\s(?:programa|metodo)\b",
        r"\b(?:ajudamos|oferecemos|criamos|desenvolvemos)\s\w+",
        r"\b(?:abri|abrimos|lancei|lancamos)\b[^.!?\n]{0,20}?\binscricoes\b|\b(?:minha|nossa) (?:mentoria|imersao|formacao|consultoria)\b|\bmeu curso\b",
    ),
    "pitch_ask": (
        r"\breservar (?:o )?(?:seu|teu) lugar\b|\bvagas (?:limitadas|abertas)\b",
        r"\b(?:marcar uma (?:call|reuniao|conversa)|uma call|reuniao rapida|posso te mostrar|posso te enviar|sem compromisso)\b",
        r"\bquer que eu te (?:mande|envie) o link\b|\blink (?:de|da) inscricao\b",
    ),
    "pitch_outcome": (
        r"\bmais (?:clientes|vendas|leads)\b|\b(?:dobrar|triplicar) (?:as|suas) vendas\b",
    ),
    "pitch_price": (
        r"\b(?:ementa|grade do curso|valores e datas|tabela de precos)\b",
        r"\bprecos? (?:baixos?|competitivos?)\b|\ba partir de r\$",
        r"\bfolheto\b|\btabela de precos\b",
    ),
    "mlm": (
        r"\brenda (?:extra|passiva)\b|\bdon[oa] do seu proprio negocio\b|\bseu proprio chefe\b|\boportunidade de negocio\b|\bprocuro pessoas (?:determinadas|ambiciosas|motivadas)\b",
    ),
    "open_networker": (r"\baceito todos os convites\b|\bvamos crescer juntos\b",),
    "sign_in": (
        r"\b(?:faca|faça|fazer) login\b[^.!?\n]{0,60}?\bpara (?:visualizar|ver|acessar|abrir|baixar)\b",
    ),
    "authority": (
        r"\b(?:diretor(?:a)? (?:geral|executiv[oa])|presidente\w*|fundador\w*|socio(?:-diretor)?|gerente geral|diretor(?:a)?)\b",
    ),
    "secrecy": (r"\b(?:discri[cç]\w*|discret\w*|sigilo\w*|confidencial(?:mente)?\b|entre nos)\b",),
    "urgency": (
        r"\b(?:urgente\w*|imediatamente|o quanto antes|hoje mesmo)\b|\bnas (?:proximas )?\d+\s?horas\b",
    ),
    "wrong_person": (
        r"\b(?:errei (?:a|de) (?:pessoa|perfil|contato|numero)|pessoa errada|perfil errado|contato errado|pensei que (?:voce|fosse|era))\b",
    ),
    "service_name": (r"\b(?:suporte|seguranca|verificacao|atendimento|equipe de \w+|oficial)\b",),
}
