"""Portuguese: the same slots as :mod:`.en`, written from Brazilian and European Portuguese
profiles and career advice. Folded text: no accents ("gestao" for "gestão")."""

STOP = "de da do das dos e em a o as os ao na no nas nos com por para um uma que ou meu minha seu sua e sou sao como sobre desde"
NUMBERS = "dois duas tres quatro cinco seis sete oito nove dez onze doze quinze vinte trinta quarenta cinquenta cem centenas mil milhares milhao milhoes duzia metade dobro triplo"
OPENINGS = (
    "ola",
    "oi",
    "bem-vindo",
    "bem-vinda",
    "me chamo",
    "meu nome e",
    "obrigado por",
    "obrigada por",
    "sou um",
    "sou uma",
)

ROLES = """
engenheir* desenvolvedor* programador* designer* arquitet* analista* cientista* pesquisador*
investigador* gerente* diretor* chefe* fundador* cofundador* socio* socia* consultor* assessor*
contador* contabilista* auditor* advogad* enfermeir* medic* cirurgia* farmaceutic* terapeuta*
fisioterapeuta* dentista* parteira* professor* docente* tutor* formador* educador*
bibliotecari* escritor* editor* jornalista* redator* comercial* vendedor* recrutador*
representante* especialista* coordenador* administrador* assistente* auxiliar* tecnic*
mecanic* eletricista* operador* planejador* comprador* economista* estudante* graduand*
formad* licenciad* estagiari* aprendiz* cozinheir* chef* fotograf* artista* ilustrador*
produtor* music* tradutor* interprete* agente* corretor* investidor* bancari* atuari*
estatistic* quimic* biolog* fisic* geolog* veterinari* psicolog* piloto* agricultor*
agronom* produtor* motorista* supervisor* encarregad* caixa* carpinteir* soldador* inspetor*
lider* recruiter* ux ui qa
"""

LABELS = """
apaixonad* criativ* sonhador* guerreir* empreendedor* proativ* motivad* entusiasta* dinamic*
inovador* visionari* resilient* otimista* curios* comprometid* trabalhador* responsavel*
organizad* ambicios* empatic* autentic* perfeccionista* vencedor* lider*
"""

FILLER = """
humano humana pessoas gente horizontes talento talentos
vaga vagas cargo cargos posicao emprego
profissional profissionais paixao apaixonado apaixonada motivado motivada dinamico dinamica
criativo criativa inovador inovadora experiencia especialista excelencia sucesso resultados
orientado orientada focado focada eficaz eficiente responsavel organizado organizada
habilidades capacidade rapido aprendizado trabalho equipe equipa lider lideranca pessoa
buscando busco procuro novas novos oportunidades oportunidade desafios desafio aberto aberta
amor vida valor valores diferenca crescimento mentalidade detalhe trajetoria alto desempenho
comunicacao solucao solucoes problemas metas objetivos sempre melhor mundo sonhadora sonhador
empreendedora empreendedor proativa proativo vocacao amante sonhos
"""

CREDENTIALS = "dr dra dr. dra. eng eng. mba phd msc mestre"

AUDIENCE = ("para", "ajudo", "ajudando", "ajudamos", "a servico de", "trabalho com", "apoio")

TARGET = (
    "quero atuar como", "quero trabalhar como", "migrar para", "em transicao", "quero", "gostaria de atuar",
    "em busca de", "busco", "buscando", "procuro", "procurando", "a procura de",
    "aspirante a", "futuro", "futura", "em transicao para", "transicao de carreira para",
    "migrando para", "aberto a", "aberta a", "proximo desafio", "meu proximo",
)  # fmt: skip

CLICHES = (
    "apaixonado", "apaixonada", "apaixonado por", "orientado a resultados",
    "orientada a resultados", "focado em resultados", "focada em resultados", "proativo",
    "proativa", "trabalho em equipe", "vontade de aprender", "dinamico", "dinamica", "inovador",
    "inovadora", "ampla experiencia", "vasta experiencia", "altamente motivado",
    "altamente motivada", "sonhador", "sonhadora", "criativo", "criativa", "pensar fora da caixa",
    "fazer a diferenca", "novos desafios", "em busca de novas oportunidades",
    "sede de aprender", "perfil versatil",
)  # fmt: skip

DUTIES = (
    "responsavel por", "responsavel pela", "responsavel pelo", "encarregado de",
    "encarregada de", "atividades:", "principais atividades", "minhas funcoes", "funcoes:",
    "tarefas:", "atuava em", "participacao em", "apoio em", "auxiliava",
)  # fmt: skip

RESULTS = """
gerenciei geri atendi preparei vendi coordenei supervisionei realizei analisei cuidei elaborei redigi escrevi pesquisei organizei planejei instalei reparei colhi plantei produzi traduzi treinei capacitei
reduz* aument* cresc* economiz* lanc* melhorei melhoramos melhorado melhorando alcanc*
conquist* dobr* tripl* implant* implement* criei criamos criado criada desenhei desenvolv*
constru* liderei lideramos liderado liderando dirigi* formei formamos contrat* venci vencemos
fech* abri abrimos migr* automatiz* escal* negoci* recuper* ampliei ampliamos baixei baixamos
encurt* impulsion* publiquei publicamos publicado ensinei ensinamos coorden* organizei
organizamos organizado fundei fundamos fundado fundada
"""

FIRST_PERSON = """
eu me meu minha meus minhas comigo sou trabalho ajudo busco procuro tenho lidero ensino cuido
construo desenvolvo gerencio estou quero posso acredito coordeno atuo
"""

ASKS = (
    "fale comigo", "me escreva", "entre em contato", "me mande uma mensagem", "vamos conversar",
    "vamos conectar", "conecte-se", "sinta-se a vontade", "fico feliz em", "se voce precisa",
    "se voce procura", "agende uma conversa", "inscreva-se", "me siga", "contato",
)  # fmt: skip

HIRING = (
    "contratando", "estamos contratando", "recrutando", "recrutamento", "recrutador",
    "recrutadora", "selecao", "talentos", "vagas", "vagas abertas", "junte-se", "venha fazer parte",
    "envie seu curriculo", "candidatos", "candidatas",
)  # fmt: skip
BUYERS = (
    "donos", "empresas",
    "voce", "seu", "sua", "seus", "suas", "clientes", "cliente", "empresas como", "se voce",
    "problema", "problemas", "custos", "ajudar voce", "sua empresa", "sua equipe", "compradores",
)  # fmt: skip
BRAGS = (
    "cota", "meta batida", "bati a meta", "top vendas", "numero um", "melhor vendedor",
    "melhor vendedora", "ranking", "superei metas", "campeao de vendas",
)  # fmt: skip
WRITING = (
    "escrevo sobre", "escrevo", "falo sobre", "palestrante", "palestras", "newsletter",
    "podcast", "blog", "coluna", "colunista", "autor de", "autora de", "meu livro", "publico",
    "compartilho", "artigos", "toda semana",
)  # fmt: skip

BREAKS = (
    "pausa na carreira", "pausa profissional", "licenca maternidade", "licenca paternidade",
    "licenca parental", "cuidando de", "cuidado de", "ano sabatico", "sabatico", "mudanca de pais",
    "me mudei", "retorno ao mercado", "volta ao trabalho",
)  # fmt: skip

GENERIC_SKILLS = (
    "comunicacao", "trabalho em equipe", "lideranca", "gestao", "pacote office",
    "microsoft office", "atendimento ao cliente", "gestao do tempo", "resolucao de problemas",
    "organizacao", "ingles", "portugues", "criatividade", "adaptabilidade", "proatividade",
    "responsabilidade", "empatia", "negociacao", "vendas", "marketing", "redes sociais",
    "informatica", "excel", "word", "pesquisa", "motivacao", "pontualidade",
    "pensamento critico", "tomada de decisao", "gestao de projetos", "atencao aos detalhes",
)  # fmt: skip

FURNITURE = (
    "inicio", "minha rede", "vagas", "mensagens", "notificacoes", "eu", "para negocios",
    "experimente o premium", "exibir tudo", "ver mais", "gostei",
    "comentar", "compartilhar", "enviar", "seguir", "seguindo", "mensagem", "mais",
    "conectar", "informacoes de contato", "sobre", "acessibilidade", "solucoes de talentos",
    "diretrizes da comunidade", "carreiras", "solucoes de marketing", "privacidade e termos",
    "opcoes de anuncios", "publicidade", "solucoes de vendas", "celular", "pequenas empresas",
    "central de seguranca", "atividade", "exibir todas as publicacoes", "validar",
    "experiencia", "formacao academica", "competencias", "interesses", "idiomas",
    "recomendacoes", "licencas e certificados", "destaques", "publicacoes", "comentarios",
    "imagens", "videos", "ver perfil", "pessoas que talvez voce conheca",
    "outros perfis visualizados", "selecionar idioma",
)  # fmt: skip
FURNITURE_PATTERNS = (
    r"^[\d.,]+\s*(?:mil\s*)?\+?\s*(?:reacoes|comentarios|compartilhamentos|seguidores|"
    r"conexoes|contatos|recomendacoes|visualizacoes|impressoes)$",
    r"^exibir (?:todos?|todas?) (?:os |as )?\d+",
    r"^\d+\s*(?:conexoes|contatos) em comum",
)
ABOUT_HEADINGS = ("sobre", "sobre mim", "resumo")
OTHER_HEADINGS = (
    "atividade", "experiencia", "formacao academica", "competencias", "destaques", "interesses",
    "recomendacoes", "licencas e certificados", "idiomas", "projetos", "servicos",
)  # fmt: skip

# Words of a student's or a career changer's profile, and titles of student jobs.
STUDENT = (
    "estudante",
    "estudante de",
    "recem-formado",
    "recem-formada",
    "recem formado",
    "graduando",
    "graduanda",
    "ultimo ano de",
    "doutorando",
    "doutoranda",
)
CHANGE = (
    "transicao de carreira",
    "mudanca de carreira",
    "em transicao",
    "recolocacao",
    "reconversao",
    "bootcamp",
)
TRAINEES = "estagiario estagiaria estudante aprendiz trainee"
