"""Spanish: the phrase tables the request checker reads Spanish by (see :mod:`.languages`).

Written from INCIBE's and the Policía Nacional's warnings (fake job offers with a fee,
investment fraud, romance scams, requests for bank details or ID) and real Spanish-language
recruiting posts. Patterns run on text with accents removed, so write them without accents.
"""

STOPWORDS = "de la que el en y los se del las por con una su para es al lo como mas pero sus le ya este porque esta entre cuando muy sin sobre tambien me hasta hay donde desde nos durante todos les ni otros ese eso ellos esto antes algunos unos yo otro otra tanto esa estos mucho nada cual poco ella estar estas algo nosotros mi mis tu te ti tus hola gracias usted contigo buenas saludos"
NUMBERS = {
    "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
    "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "mil": 1000,
    "millon": 1_000_000, "millones": 1_000_000,
    **{f"veinti{u}": 20 + v for u, v in (("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9))},
}  # fmt: skip
JOINERS = ("y",)
PERCENT = ("por ciento",)
PERIODS = {
    "day": r"al dia|por dia|diari[oa]s?|cada dia",
    "week": r"a la semana|por semana|semanal(?:es)?|cada semana|semanalmente",
    "month": r"al mes|por mes|mensual(?:es)?|cada mes|mensualmente",
    "hour": r"la hora|por hora|a la hora",
    "year": r"al ano|por ano|anual(?:es)?",
}
APPS = {"WhatsApp": r"wasap|guasap|whats|wsp|wpp"}
BUTTONS = "aceptar, ignorar, responder, mensaje, conectar, seguir, mas, ver mas, ver perfil, informacion de contacto"  # LinkedIn's buttons and labels, dropped from a paste
INTERFACE = {
    "connections": r"(?:mas de\s)?{n}\s+(?:contactos|conexiones)",
    "mutual": r"{n}\s+(?:contactos|conexiones)\s+en\s+comun",
    "mutual_others": r"(.+?)\s+y\s+(\d[\d.,]*)\s+(?:contactos|conexiones)\s+mas\s+en\s+comun",
    "followers": r"{n}\s+seguidores",
    "degree": r"(1|2|3)\s?(?:º|°|o|er)",
}
ROLES = r"ingenier[oa]|desarrollador(?:a)?|programador(?:a)?|analista|disenador(?:a)?|arquitect[oa]|cientific[oa] de datos|jefe de proyecto|gerente de producto|enfermer[oa]|contable|consultor(?:a)?|abogad[oa]|tecnic[oa]"
TABLES = {
    "waived": (
        r"\b(?:exonerad\w*|a cargo nuestro|corre de nuestra cuenta|sin coste para (?:ti|usted))\b",
    ),
    "off_platform": (
        r"\b(?:escribeme|escribame|hablame|contactame|contacteme|agregame|llamame|mandame un mensaje)\s(?:al|por|a mi|en)\b",
        r"\b(?:aqui|por aqui)\s(?:casi\s)?(?:no entro|entro poco|no suelo entrar|no estoy activ[oa])\b|\bcasi no (?:entro|uso) (?:aqui|linkedin)\b",
        r"\bcorreo (?:personal|privado)\b",
        r"\b(?:tu|su) (?:numero de )?(?:movil|celular|telefono|whatsapp)\b",
    ),
    "money": (
        r"\b(?:cuota|tarifa|pago) de (?:inscripcion|participacion|registro|membresia)\b",
        r"\b(?:compr(?:ar|e|a)|adquirir)\b[^.!?\n]{0,60}?\b(?:reembols\w*|devolvemos|se devuelve|se le devolvera)\b",
        r"\brecibir (?:paquetes|envios|mercancia)\b[^.!?\n]{0,60}?\b(?:reenviar\w*|reexpedir\w*)",
        r"\b(?:tasa|cuota|matricula|pago|gastos|tarifa|deposito)\s(?:de\s|del\s)?(?:inscripcion|formacion|alta|gestion|tramitacion|matricula|curso|material|activacion|reserva|registro)\b",
        r"\b(?:abonar|pagar|ingresar|transferir|enviar|adelantar)\b[^.!?\n]{0,50}?(?:€|euros?|\$|dolares|bizum|transferencia|tarjeta regalo)",
        r"\bpor bizum\b|\btarjetas? regalo\b",
        r"\b(?:recarga|deposito|transferencia|bizum)\b[^.!?\n]{0,40}?\d[^.!?\n]{0,60}?\b(?:devolv\w*|reembols\w*|recuper\w*)\b",
    ),
    "personal_data": (
        r"\b(?:codigo|digitos)\b[\s\S]{0,80}?\b(?:numero equivocado|me equivoque de numero|(?:puse|escribi) tu numero|sin querer)\b|\b(?:numero equivocado|me equivoque de numero|(?:puse|escribi) tu numero|sin querer)\b[\s\S]{0,80}?\b(?:codigo|digitos)\b",  # a code that reached you "by mistake"
        r"\b(?:codigo (?:de (?:verificacion|seguridad|acceso|confirmacion)|sms|por sms)|digitos)\b[\s\S]{0,80}?\b(?:(?:te|le) (?:llego|ha llegado)|recibiste|has recibido|me lo (?:pasas|mandas|envias|reenvias|dices))\b|\b(?:(?:te|le) (?:llego|ha llegado)|recibiste|has recibido|me lo (?:pasas|mandas|envias|reenvias|dices))\b[\s\S]{0,80}?\b(?:codigo (?:de (?:verificacion|seguridad|acceso|confirmacion)|sms|por sms)|digitos)\b",  # a verification code you received, asked for
        r"\bcodigo\b[^.!?\n]{0,60}?\bpor (?:error|equivocacion)\b|\bpor (?:error|equivocacion)\b[^.!?\n]{0,60}?\bcodigo\b",
        r"\b(?:envie|envia|enviar|envianos|mandame|mande|necesitamos|necesito|facilitenos|facilitar|proporcione|adjunte|confirme|su|tu|sus|tus)\b[^.!?\n]{0,40}?\b(?:datos bancarios|numero de cuenta|cuenta bancaria|iban|dni|nie|pasaporte|documento de identidad|contrasena|clave|codigo de verificacion|codigo sms|pin|tarjeta de credito|numero de tarjeta|datos de acceso)\b",
        r"\b(?:validar|confirmar|actualizar|verificar)\b[^.!?\n]{0,30}?\b(?:iban|dni|nif|datos bancarios|cuenta|tarjeta|contrasena|codigo)\b",
    ),
    "returns": (
        r"\b(?:ganancias|rentabilidad(?:es)?|rendimientos?|beneficios|intereses|retornos?)\s(?:\w+\s)?garantizad[oa]s?\b|\bgarantizad[oa]s?\s(?:ganancias|rentabilidad|rendimientos?|beneficios)\b",
        r"\bsin riesgo\b|\b(?:duplicar|doblar|triplicar) (?:tu|su) (?:dinero|inversion|capital)\b",
    ),
    "vehicle": (
        r"\b(?:criptomonedas?|cripto|plataforma de (?:trading|inversion)|trading|divisas|bolsa)\b",
    ),
    "profit": (
        r"\b(?:ganancias|ganan|ganar dinero|ingresos pasivos|libertad financiera|te ensene|te enseno|te explico)\b",
    ),
    "romance": (
        r"\b(?:hola|buenos dias|buenas)\W+(?:preciosa|guapa|hermosa|querida|carino|bella|guapo)\b",
        r"\btu (?:bonita |hermosa |linda )?sonrisa\b|\btus (?:bonitos |hermosos )?ojos\b",
        r"\bviud[oa]\b|\bsolter[oa]\b|\bsol[oa] con mi hij[oa]\b|\bme enamore\b",
        r"\b(?:busco|buscando)\s(?:el amor|una mujer|un hombre|una relacion|pareja|mi alma gemela|una companera)\b|\balma gemela\b|\bamor verdadero\b|\brelacion seria\b",
    ),
    "romance_strong": (
        r"\b(?:hola|buenos dias|buenas)\W+(?:preciosa|guapa|hermosa|carino|bella)\b",
        r"\b(?:busco|buscando)\s(?:el amor|una mujer|un hombre|una relacion|pareja|mi alma gemela)\b|\bamor verdadero\b",
    ),
    "familiar": (r"\b(?:conocerte mejor|ser amigos|buena amistad|amistad sincera)\b",),
    "shared_context": (
        r"\b(?:tu|su)\s(?:charla|ponencia|presentacion|conferencia|taller|talk|keynote)\s(?:en|durante)\b",
        r"\bnos conocimos\b|\bcoincidimos\b|\b(?:fue|ha sido) un (?:placer|gusto) (?:conocerte|conocerle|hablar contigo)\b",
        r"\b(?:trabajamos|estudiamos|coincidimos) juntos?a?s?\b|\b(?:ex)?companer[oa]s? de (?:trabajo|clase|equipo|carrera)\b",
        r"\bcharlamos\b|\bhablamos (?:en|durante|despues)\b|\bnos vimos en\b",
        r"\b(?:me dio tu contacto|me recomendo (?:que )?(?:te|hablar)|me sugirio (?:que )?(?:te|contactar)|me paso tu contacto)\b",
        r"\byo tambien\b[^.!?\n]{0,50}?\b(?:estudie|me gradue|egresad\w*)\b",
        r"\b(?:hicimos|estudiamos|cursamos|trabajamos)\b[^.!?\n]{0,40}?\bjunt[oa]s\b",
    ),
    "about_you": (
        r"\btu (?:charla|articulo|post|publicacion|ponencia|presentacion|libro|trabajo sobre|proyecto)\b",
    ),
    "job": (
        r"\b(?:trabajo|empleo|puesto|vacante|oferta de (?:trabajo|empleo)|teletrabajo|seleccion|contrato|media jornada|jornada completa)\b",
    ),
    "recruiter": (r"\b(?:reclutador[a]?|seleccion|recursos humanos|rrhh|headhunter)\b",),
    "too_good": (
        r"\bsin experiencia\b|\bno se requiere experiencia\b",
        r"\b(?:ha|has) sido (?:seleccionad[oa]|contratad[oa]|aceptad[oa])\b|\bqueda (?:admitid[oa]|seleccionad[oa])\b",
        r"\b(?:evaluar|calificar|valorar|reseñar|resenar) (?:productos|apps|aplicaciones|hoteles|videos)\b",
    ),
    "too_good_weak": (r"\bdesde casa\b|\bteletrabajo\b",),
    "advance_fee": (
        r"\bherencia\b|\bfallecid[oa]\b|\btransferencia de (?:los )?fondos\b|\bsubvencion\b",
    ),
    "default_note": (
        r"\bme gustaria (?:conectar|agregarte|anadirte|tenerte)\b|\b(?:agregarte|anadirte) a mi red\b|\bconectemos\b",
    ),
    "mass_message": (
        r"\b(?:vi|he visto|revise) (?:tu|su) perfil\b|\bperfil (?:muy )?(?:interesante|impresionante)\b",
    ),
    "job_ask": (
        r"\b(?:podrias|puedes|podria) recomendarme\b|\bestoy buscando (?:trabajo|empleo)\b|\brecomendarme en\b",
    ),
    "pitch_offer": (
        r"(?<!\bme\s)(?<!\bnos\s)\b(?:acompano|ayudo)\sa\s\w+|\b(?:mi|nuestro)\s(?:programa|curso|servicio|metodo)\b",
        r"\b(?:ayudamos|ofrecemos|creamos|disenamos|desarrollamos|gestionamos)\s(?:a\s)?\w+",
    ),
    "pitch_ask": (
        r"\breserva(?:r)? (?:tu|su) (?:plaza|lugar)\b|\bplazas (?:abiertas|limitadas)\b",
        r"\b(?:agendamos|agendar|una llamada|una reunion|videollamada|te puedo enviar|sin compromiso)\b",
        r"\bte (?:mando|envio|paso) el (?:enlace|link)\b|\benlace de inscripcion\b",
    ),
    "pitch_outcome": (r"\bmas (?:clientes|ventas|leads)\b|\bprimera pagina de google\b",),
    "pitch_price": (
        r"\b(?:temario|programa del curso|precios y fechas|tarifas)\b",
        r"\bprecios? (?:muy )?(?:competitivos?|bajos?)\b|\ba partir de \d",
        r"\bfolleto\b|\blista de precios\b|\bcon precios\b|\bsesion (?:\w+ )?gratuita\b",
    ),
    "mlm": (
        r"\bingresos (?:extra|pasivos|adicionales)\b|\btu propio jefe\b|\bmente abierta\b|\boportunidad de negocio\b|\bbusco personas (?:motivadas|ambiciosas|con ganas)\b",
    ),
    "open_networker": (
        r"\bacepto todas (?:las )?(?:invitaciones|solicitudes)\b|\bcrezcamos juntos\b",
    ),
    "sign_in": (
        r"\b(?:inicie|inicia|iniciar) sesion\b[^.!?\n]{0,60}?\bpara (?:ver|acceder|abrir|descargar|consultar)\b",
    ),
    "authority": (
        r"\b(?:director(?:a)? general|consejero delegado|presidente\w*|fundador\w*|gerente|director(?:a)?)\b",
    ),
    "secrecy": (
        r"\b(?:discrec\w*|discret\w*|confidencial(?:mente)?\b|entre nosotros|no se lo digas a nadie)\b",
    ),
    "urgency": (
        r"\b(?:urgente\w*|inmediatamente|cuanto antes|hoy mismo)\b|\ben las (?:proximas )?\d+\s?horas\b",
    ),
    "wrong_person": (
        r"\b(?:me equivoque de (?:persona|perfil|contacto|numero)|persona equivocada|perfil equivocado|contacto equivocado|pense que eras)\b",
    ),
    "service_name": (
        r"\b(?:soporte|seguridad|verificacion|atencion al cliente|equipo de \w+|oficial)\b",
    ),
}
