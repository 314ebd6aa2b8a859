"""Spanish: the same slots as :mod:`.en`, written from Spanish-language profiles and the advice
of Spanish career services. Folded text: no accents ("disenador" for "diseñador")."""

STOP = "de la el los las y en a al del con por para un una unos unas que o mi mis su sus es soy son como sobre desde"
NUMBERS = "dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta cincuenta cien cientos mil miles millon millones docena docenas mitad doble triple"
OPENINGS = (
    "hola",
    "bienvenido",
    "bienvenida",
    "bienvenidos",
    "me llamo",
    "mi nombre es",
    "gracias por",
    "soy un",
    "soy una",
)

ROLES = """
ingenier* desarrollador* programador* disenador* arquitect* analista* cientific* investigador*
gerente* director* jefe* jefa* fundador* cofundador* socio* socia* consultor* asesor* contador*
contable* auditor* abogad* procurador* enfermer* medic* cirujan* farmaceutic* terapeuta*
fisioterapeuta* dentista* matron* paramedic* maestr* profesor* docente* tutor* formador*
educador* bibliotecari* escritor* editor* periodista* redactor* comercial* vendedor* reclutador*
representante* especialista* coordinador* administrador* administrativ* asistente* auxiliar*
tecnic* mecanic* electricista* operari* planificador* comprador* economista* estudiante*
graduad* licenciad* becari* aprendiz* cocinero* chef* fotograf* artista* ilustrador* productor*
music* traductor* interprete* agente* corredor* inversor* banquer* actuari* estadistic*
quimic* biolog* fisic* geolog* veterinari* psicolog* orientador* piloto* agricultor* ganader*
agronom* conductor* transportista* supervisor* encargad* cajer* carpinter* fontaner*
soldador* inspector* directora* responsable* lider* recruiter* ux ui qa
"""

LABELS = """
cazatalento* buscatalento*
apasionad* creativ* sonador* luchador* emprendedor* proactiv* motivad* entusiasta* dinamic*
innovador* visionari* resilient* perseverant* optimista* curios* comprometid* trabajador*
responsable* organizad* ambicios* empatic* autentic* inquiet* detallista* perfeccionista*
ganador* lider* apasionada apasionado
"""

FILLER = """
humano humana personas gente horizontes talento
puesto puestos empleo rol roles posicion vacante
profesional profesionales pasion apasionado apasionada motivado motivada dinamico dinamica
creativo creativa innovador innovadora experiencia experto experta excelencia exito exitoso
resultados orientado orientada enfocado enfocada eficaz eficiente responsable organizado
organizada habilidades capacidad rapido aprendizaje trabajo equipo lider liderazgo persona
buscando busco nuevas nuevos oportunidades oportunidad retos reto desafios abierto abierta
amor vida valor valores diferencia crecimiento mentalidad detalle trayectoria alto rendimiento
comunicacion solucion soluciones problemas metas objetivos siempre mejor mundo sonadora
sonador emprendedora emprendedor proactiva proactivo vocacion amante suenos
"""

CREDENTIALS = "lic lic. ing ing. dr dra dr. dra. mba phd msc master grado"

AUDIENCE = (
    "para",
    "ayudo a",
    "ayudando a",
    "ayudamos a",
    "al servicio de",
    "trabajo con",
    "acompano a",
)

TARGET = (
    "me oriento hacia", "quiero trabajar como", "dar el salto a", "dar el salto al", "cambiar a", "en transicion", "quiero", "me gustaria trabajar",
    "en busca de", "busco", "buscando", "en busqueda de", "aspirante a", "futuro", "futura",
    "en transicion a", "en transicion hacia", "reconversion a", "reconversion hacia",
    "abierto a", "abierta a", "proximo reto", "mi proximo", "camino a",
)  # fmt: skip

CLICHES = (
    "apasionado", "apasionada", "apasionado por", "orientado a resultados",
    "orientada a resultados", "proactivo", "proactiva", "trabajo en equipo", "don de gentes",
    "alta capacidad de", "capacidad de adaptacion", "ganas de aprender", "dinamico", "dinamica",
    "innovador", "innovadora", "amplia experiencia", "dilatada experiencia",
    "gran capacidad", "altamente motivado", "altamente motivada", "sonador", "sonadora",
    "creativo", "creativa", "emprendedor nato", "pensar fuera de la caja", "marcar la diferencia",
    "busco nuevos retos", "nuevos retos", "buscando nuevas oportunidades", "resolutivo",
    "resolutiva", "perfil polivalente", "persona responsable",
)  # fmt: skip

DUTIES = (
    "responsable de", "encargado de", "encargada de", "a cargo de", "mis funciones",
    "funciones:", "funciones principales", "tareas:", "mis tareas", "entre mis funciones",
    "me encargaba de", "me ocupaba de", "participacion en", "apoyo en",
)  # fmt: skip

RESULTS = """
gestione gestionamos gestionado atendi atendimos prepare preparamos vendi vendimos servi coordine supervise supervisamos realice realizamos analice cuide elabore redacte escribi investigue organice planifique instale repare cosech* sembr* produje produjimos traduje entrene capacite
reduj* reduc* aument* crec* ahorr* lanc* lanz* mejore mejoramos mejorado mejorando logr*
consegu* duplic* tripl* implant* implement* cree creamos creado creada disene disenamos
disenado desarroll* constru* dirig* lidere lideramos liderado liderando forme formamos
contrat* gane ganamos cerre cerramos cerrado abri abrimos migr* automatiz* escal* negoci*
recuper* amplie ampliamos ampliado baje bajamos acort* impuls* publique publicamos publicado
ensene coordin* organice organizamos organizado funde fundamos fundado fundada puse pusimos
"""

FIRST_PERSON = """
yo me mi mis conmigo soy trabajo ayudo busco llevo tengo he dirijo lidero diseno cuido enseno construyo desarrollo gestiono estoy quiero puedo creo acompano coordino
"""

ASKS = (
    "escribeme", "escribame", "hablemos", "contactame", "contacteme", "conectemos",
    "no dudes en", "mandame un mensaje", "enviame un mensaje", "charlemos", "estare encantado",
    "estare encantada", "si buscas", "si necesitas", "agenda una llamada", "suscribete",
    "sigueme", "escribe", "contacto",
)  # fmt: skip

HIRING = (
    "contratando", "estamos contratando", "buscamos", "selecciono", "seleccion de personal",
    "reclutamiento", "reclutador", "reclutadora", "talento", "vacantes", "unete a",
    "unete al equipo", "envia tu cv", "enviame tu cv", "candidatos", "candidatas",
    "procesos de seleccion",
)  # fmt: skip
BUYERS = (
    "duenos", "empresas",
    "tu", "tus", "te", "clientes", "cliente", "empresas como", "si tu", "problema",
    "problemas", "costes", "costos", "ayudarte", "tu empresa", "tu equipo", "compradores",
)  # fmt: skip
BRAGS = (
    "cuota", "top ventas", "numero uno", "n.o 1", "mejor vendedor", "mejor vendedora",
    "ranking", "superar objetivos", "supere objetivos", "club del presidente",
)  # fmt: skip
WRITING = (
    "escribo sobre", "escribo", "hablo sobre", "ponente", "conferenciante", "charlas",
    "boletin", "newsletter", "podcast", "blog", "columna", "columnista", "autor de",
    "autora de", "mi libro", "publico", "comparto", "articulos", "cada semana",
)  # fmt: skip

BREAKS = (
    "pausa profesional", "pausa laboral", "excedencia", "baja por maternidad",
    "baja por paternidad", "permiso parental", "cuidado de", "cuidando de", "ano sabatico",
    "sabatico", "me mude", "traslado", "reincorporacion", "vuelta al trabajo", "me forme",
)  # fmt: skip

GENERIC_SKILLS = (
    "comunicacion", "trabajo en equipo", "liderazgo", "gestion", "microsoft office",
    "atencion al cliente", "gestion del tiempo", "resolucion de problemas", "organizacion",
    "ingles", "espanol", "creatividad", "adaptabilidad", "proactividad", "responsabilidad",
    "capacidad de adaptacion", "empatia", "negociacion", "ventas", "marketing",
    "redes sociales", "informatica", "ofimatica", "excel", "word", "investigacion",
    "motivacion", "puntualidad", "habilidades comunicativas", "pensamiento critico",
    "toma de decisiones", "gestion de proyectos", "atencion al detalle", "polivalencia",
)  # fmt: skip

FURNITURE = (
    "inicio", "mi red", "empleos", "mensajes", "notificaciones", "yo", "para negocios",
    "prueba premium", "mostrar todo", "ver mas", "recomendar",
    "comentar", "compartir", "enviar", "seguir", "siguiendo", "mensaje", "mas", "conectar",
    "informacion de contacto", "acerca de", "accesibilidad", "soluciones de talento",
    "directrices comunitarias", "empleo", "soluciones de marketing", "privacidad y condiciones",
    "opciones de publicidad", "publicidad", "soluciones de ventas", "movil", "pequenas empresas",
    "centro de seguridad", "actividad", "mostrar todas las publicaciones", "validar",
    "experiencia", "educacion", "formacion", "aptitudes", "conocimientos y aptitudes",
    "intereses", "idiomas", "recomendaciones", "licencias y certificaciones", "destacado",
    "publicaciones", "comentarios", "imagenes", "videos", "ver perfil",
    "personas que quizas conozcas", "otros perfiles vistos", "seleccionar idioma",
)  # fmt: skip
FURNITURE_PATTERNS = (
    r"^[\d.,]+\s*(?:mil\s*)?\+?\s*(?:reacciones|comentarios|veces compartido|seguidores|"
    r"contactos|conexiones|recomendaciones|visualizaciones|impresiones)$",
    r"^mostrar (?:todos?|todas?) (?:los |las )?\d+",
    r"^\d+\s*(?:contactos|conexiones) en comun",
)
ABOUT_HEADINGS = ("acerca de", "extracto", "sobre mi")
OTHER_HEADINGS = (
    "actividad", "experiencia", "educacion", "formacion", "aptitudes", "destacado", "intereses",
    "recomendaciones", "licencias y certificaciones", "idiomas", "proyectos", "servicios",
)  # fmt: skip

# Words of a student's or a career changer's profile, and titles of student jobs.
STUDENT = (
    "estudiante",
    "estudiante de",
    "recien graduado",
    "recien graduada",
    "ultimo ano de",
    "cursando",
    "doctorando",
    "doctoranda",
)
CHANGE = (
    "cambio de carrera",
    "reconversion",
    "en transicion",
    "reorientacion profesional",
    "me estoy formando como",
    "bootcamp",
)
TRAINEES = "becario becaria practicas estudiante aprendiz"
