/**
 * Spanish phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeAdLabel, shapeCommentLine, shapeCookieWords, shapeDonationLine, shapeNavigationControl, shapeNotificationLine, shapeRelatedHeader } from './shapes.js';
import { F_NETWORK_LIST, F_PERSON_NAME, F_PUBLICATION, F_PUBLICATION_ANY_CASE, F_SHORT_NAME } from './fragments.js';

export const es: PhraseSet = {
  voice: {
    reader: [/(?<!\w)(?:usted|ustedes|su|sus|tu|tus|te)\b/iu],
    publisher: [/(?<!\w)(?:nosotros|nuestr[oa]s?)\b/iu],
    reporting: [/(?<!\w)(?:dijo|afirmó|explicó|declaró|según)\b/iu],
  },
  newsletter: {
    lines: [
      /^((tu|su) correo( electrónico)?|(tu |su )?dirección de (correo( electrónico)?|e-?mail))[:*]*$/i,
      /^(introduce|introduzca|escribe|escriba|ingresa|ingrese) (tu|su) (correo( electrónico)?|e-?mail|dirección de correo( electrónico)?)[.:…]*$/i,
      /^(suscríbete|suscribete|suscríbase) (a|al) (nuestro |nuestra )?(boletín|newsletter)\b.{0,40}$/i,
      /^(suscríbete|suscribete|suscríbase|suscribirme|apúntate)( gratis| ahora| gratuitamente)?\s*!?$/i,
      /^al (suscribirte|suscribirse|suscribirme|registrarte|registrarse|hacer clic en [^,]{1,30}|pulsar [^,]{1,30}),? (aceptas|acepta|confirmas|confirma)\b.{0,200}$/i,
      /^(puedes|puede) (darte|darse) de baja (en cualquier momento|cuando quieras)\b.{0,80}$/i,
    ],
    cues: [/\b(boletín|suscríbete|suscribirse|bandeja de entrada)\b/i],
    pitch: [
      /(?<!\w)(?:tu|su) (?:e-?mail )?(?:correo(?: electrónico)?|bandeja de entrada)\b/iu,
      /(?<!\w)(?:suscríbete|suscríbase|regístrate)\b.{0,60}\b(?:newsletters?|briefing|digest|boletín|lettre)\b/iu,
    ],
    recurringNews: [/(?<!\w)(?:cada|diari[oa]s?|semanal\w*|mañana|noticias|boletín)\b/iu],
    boxWords: [/boletín/i],
  },
  donation: {
    lines: [
      // "El periodismo independiente necesita tu apoyo"
      shapeDonationLine('el periodismo (?:independiente |local |de calidad )?necesita (?:tu|su) (?:apoyo|ayuda)'),
      shapeDonationLine(`(?:apóyanos|apoyanos|apóyenos|dona|haz una donación|hacer una donación|colabora con nosotros|hazte (?:socio|socia|miembro|mecenas|suscriptor)(?: de ${F_PUBLICATION_ANY_CASE})?|apoya (?:a ${F_PUBLICATION_ANY_CASE}|el periodismo(?: independiente| de calidad| local)?|nuestro (?:trabajo|periodismo)))(?: ahora| hoy)?`),
      /^\s*(?:tu|su) (?:apoyo|aporte|aportación|donación|contribución) (?:es (?:fundamental|esencial|vital|importante|clave)|nos (?:ayuda|permite)|hace (?:la diferencia|posible))\b.{0,90}$/iu,
      shapeDonationLine('(?:muchas )?gracias por tu (?:apoyo|donación|aporte|aportación)'),
    ],
    headers: [
      /^\s*(?:queridos?|queridas?|estimados?|estimadas?) (?:lectores|lectoras|lectoras y lectores|lectores y lectoras|amigos)[,:!.]?\s*$/iu,
      /^\s*(?:un )?mensaje (?:de|a|para) .{1,40}:?\s*$/iu,
      new RegExp(`^\\s*(?:[Aa]poya a) ${F_PUBLICATION}\\s*[.!]?\\s*$`, 'u'),
    ],
    buttons: [
      /^\s*(?:una vez|única vez|mensual|anual|otra cantidad|otro importe|importe)\s*$/iu,
      /^\s*(?:continuar|siguiente)\s*[.!→>»]*\s*$/iu,
      /^\s*(?:métodos? de pago|formas? de pago)\s*$/iu,
      /^\s*(?:más tarde|ahora no)\s*[.!]?\s*$/iu,
    ],
    buttonWords: [/\b(?:donar|donación|apoyo|aporte)\b/iu],
    appeals: [
      /\b(?:apóyanos|apoyanos|hazte (?:socio|socia|miembro|mecenas)|haz una donación|tu (?:apoyo|aporte|aportación|donación) (?:es|nos)|necesitamos (?:tu|su) (?:ayuda|apoyo)|con tu (?:apoyo|aporte|aportación|donación))\b/iu,
    ],
    appealWords: [/apóyanos|apoyanos|hazte |donación|apoyo|aport|necesitamos/iu],
    giving: [/(?<!\w)(?:donar|donación|apoyo|aporte|aportación|socios?)\b/iu],
    ownWork: [/(?<!\w)(?:periodismo|periodistas?|redacción|independien\w*)\b/iu],
    forUs: [/(?<!\w)(?:(?:apóyanos|apoyanos|apóyenos|ayúdanos|nos ayudas?)\b)/iu],
  },
  comments: {
    lines: [
      shapeCommentLine('(?:comentar|deja|dejar|escribe|escribir|añade|añadir|publica|publicar|agrega|agregar) (?:un |tu |su )?comentario|(?:ver|mostrar|leer|ocultar) (?:los |todos los )?(?:\\d+ )?comentarios|únete a la conversación|participa en la conversación|opina'),
      /^\s*(?:los )?comentarios (?:están |han sido )?(?:cerrados|desactivados)\b.{0,60}$/iu,
      /^\s*(?:inicia sesión|regístrate|identifícate|suscríbete) para (?:comentar|dejar un comentario|participar)\b.{0,60}$/iu,
      /^\s*(?:debes|tienes que) (?:estar registrado|iniciar sesión|ser suscriptor) para (?:comentar|participar)\b.{0,60}$/iu,
    ],
    vocabulary: [/\b(?:comentar\w*|respuestas?)\b/iu],
    vocabularyHint: [/comentar|respuesta/iu],
    policySubjects: [/comentario\w*/iu],
    readers: [/\blectores\b/iu],
    moderation: [/\bmoderación\b/iu],
    houseRules: [/\b(?:normas de (?:participación|la comunidad))\b/iu],
    call: [/^\s*(?:comenta|opina|únete|cuéntanos)(?=[\s,?!:])/iu],
    account: [/\b(?:inicia\w* sesión|regístr\w*|cuenta)\b/iu],
    accountHint: [/regístr|inicia|cuenta/iu],
  },
  share: {
    lines: [
      // Spanish (and Portuguese)
      /^(compartir|comparte|compartilhe|partilhe) (este|esta|el|la|o|a) (artículo|articulo|noticia|nota|página|pagina|video|vídeo|enlace|post|matéria|materia)$/iu,
      new RegExp(`^(compartir|comparte|compartilhar|partilhar) (en|por|vía|via|con|no|na|pelo|pela) ${F_NETWORK_LIST}$`, 'iu'),
      /^(enviar (por (e-?mail|correo)|a un amigo)|imprimir (artículo|articulo|noticia|esta noticia|página)|copiar (el )?enlace|enlace copiado|copiar link|link copiado)$/iu,
      new RegExp(`^(síguenos|siguenos|sígueme|siga-nos|siganos)( (en|no|na) ${F_NETWORK_LIST})?\\s*[:!.]?$`, 'iu'),
    ],
  },
  notification: {
    lines: [
      shapeNotificationLine(`(?:activar|activa|active|permitir|permite|recibir|recibe|aceptar|acepta) (?:las |nuestras )?(?:notificaciones|alertas)(?: (?:push|de|del) ?.{0,40})?`),
      /^\s*¿?(?:quieres|deseas|desea|quiere) (?:recibir|activar|permitir)\b.{0,40}\b(?:notificaciones|alertas)\b.{0,60}\??$/iu,
      /^\s*(?:mantente|manténgase|mantenete) (?:informado|al día|al tanto) con (?:las |nuestras )?(?:notificaciones|alertas)\b.{0,60}$/iu,
      /^\s*(?:las )?notificaciones se pueden (?:gestionar|administrar|desactivar|cambiar)\b.{0,80}$/iu,
      /^\s*(?:no te pierdas|no se pierda) (?:nada|ninguna)\b.{0,60}\b(?:notificaci\w+|alertas?)\b.{0,40}$/iu,
      shapeNotificationLine('ahora no'),
    ],
    buttons: [/^\s*(?:permitir|bloquear|más tarde|no,? gracias|sí|cancelar|cerrar|activar)\s*[.!]?\s*$/iu],
    words: [/\b(?:notificaci\w+)\b/iu],
    wordsHint: [/notificaci/iu],
    asks: [/\b(?:activar|permitir)\b/iu],
    stayInformed: [/\b(?:mantente|no te pierdas)\b/iu],
    settings: [/\b(?:navegador|configuración)\b/iu],
    news: [/\b(?:últimas noticias|noticias de última hora)\b/iu],
    openings: [/^\s*(?:activa|permite|recibe|no te pierdas|mantente|¿?quieres|¿?deseas)\b/iu],
  },
  related: {
    linkHeaders: [
      // Spanish (and Portuguese)
      shapeRelatedHeader('leer más|leer mas|seguir leyendo|sigue leyendo|lee (?:también|tambien|más|mas)|lea (?:también|tambien|más|mas)|ver más|ver mas|leia (?:também|mais)|veja mais|continue lendo|saiba mais'),
    ],
    listHeaders: [
      shapeRelatedHeader('(?:noticias|artículos|articulos|contenidos|notas|temas) (?:relacionad[oa]s|recomendad[oa]s|similares)|relacionad[oa]s?|también (?:te|le) puede(?:n)? interesar|(?:te|le) (?:puede|podría|podria)(?:n)? interesar|quizás? (?:te|le) interese|(?:te|le) recomendamos'),
      shapeRelatedHeader(`lo más (?:leído|leido|visto|popular|compartido|comentado)|(?:las |los )?más (?:leídas|leidas|leídos|vistas|vistos|populares|compartidas)|(?:más|otras) noticias(?: (?:de|sobre|en) ${F_SHORT_NAME})?|últimas noticias|ultimas noticias|recomendad[oa]s(?: para ti)?|tendencias`),
    ],
    teaserPrefixes: [/lee (?:también|tambien)|lea (?:también|tambien)|leer más|te puede interesar|le puede interesar|noticia relacionada|relacionado|ver también/iu],
    breadcrumbStarts: ['inicio', 'portada'],
  },
  navigation: {
    controls: [
      // Skip links (and their Portuguese forms)
      shapeNavigationControl('(?:saltar|ir|pasar) (?:al|a la) (?:contenido(?: principal)?|navegación|navegacion|menú|menu|búsqueda|busqueda)|pular para o conteúdo|ir para o conteúdo'),
      // Menu and search controls (and their Portuguese forms)
      shapeNavigationControl('(?:abrir|cerrar|mostrar) (?:el )?men[uú]|men[uú]|buscar|búsqueda|busqueda|cerrar|volver (?:arriba|al inicio|a la portada)|ir arriba|subir|secciones|todas las secciones|alternar navegação(?: menu)?|busca|fechar|voltar ao topo'),
    ],
    menuControls: [shapeNavigationControl('menú|buscar|más')],
    previousNextHeadlines: [/^(?:artículo|noticia) (?:anterior|siguiente)\s*[:–—-]?\s+\S.{0,160}$/iu],
    sectionWords: [
      'inicio', 'portada', 'noticias', 'última hora', 'ultima hora', 'actualidad', 'política', 'economía', 'internacional', 'mundo', 'sociedad',
      'deportes', 'tecnología', 'ciencia', 'salud', 'opinión', 'fotos', 'gente', 'estilo', 'viajes', 'motor', 'clima', 'el tiempo', 'secciones',
      'buscar', 'menú', 'más', 'contacto', 'iniciar sesión', 'suscríbete', 'espectáculos', 'entretenimiento', 'educación', 'empleo', 'cultura',
    ],
    homeWords: ['inicio', 'portada'],
  },
  cookie: {
    links: [
      /^(?:configurar|aceptar|rechazar|gestionar|personalizar) (?:las |todas las )?cookies$/iu,
      /^(?:política de cookies|configuración de (?:las )?cookies|aviso de cookies|ajustes de cookies)$/iu,
    ],
    openers: [
      /^(?:utilizamos|usamos|empleamos|nosotros y nuestros socios (?:utilizamos|usamos))\b/iu,
      /^(?:este|nuestro) (?:sitio(?: web)?|portal|web) (?:utiliza|usa|emplea)\b/iu,
      /^esta (?:web|página(?: web)?) (?:utiliza|usa|emplea)\b/iu,
      /^(?:si (?:continúa|continúas|sigue|sigues) navegando|al (?:continuar|seguir) (?:navegando|usando|utilizando))/iu,
    ],
    siteVoice: [shapeCookieWords('este sitio|esta (?:web|página)|nuestro sitio|nuestra (?:web|página)')],
    consent: [shapeCookieWords('acept\\w*|consentimiento|configura\\w*|política de (?:privacidad|cookies)|más información')],
    purpose: [shapeCookieWords('experiencia|mejorar|publicidad|estadísticas|navegación')],
    reporting: [shapeCookieWords('dijo|según|afirmó|informó|explicó')],
    panel: [shapeCookieWords('necesarias?|esenciales?|funcionales?|consentimiento')],
    theSite: [shapeCookieWords('el sitio|la web')],
    privacy: [shapeCookieWords('privacidad|consentimiento')],
    buttons: [
      'aceptar', 'aceptar todo', 'aceptar todas', 'aceptar todas las cookies', 'acepto', 'rechazar', 'rechazar todo',
      'rechazar todas', 'configurar', 'configuración', 'personalizar', 'más información', 'cerrar', 'entendido', 'de acuerdo',
      'vale', 'guardar', 'configurar cookies',
    ],
  },
  legal: {
    strongLinks: [
      'aviso legal', 'nota legal', 'política de privacidad', 'política de protección de datos', 'protección de datos',
      'términos (?:y condiciones|de uso|de servicio)', 'condiciones (?:de uso|generales)(?: de uso)?', 'contáctanos', 'contacte con nosotros',
      'quiénes somos', 'sobre nosotros', 'declaración de accesibilidad',
    ],
    weakLinks: ['privacidad', 'contacto', 'accesibilidad', 'aviso de privacidad', 'legales'],
    footerWords: ['publicidad', 'mapa del sitio', 'trabaja con nosotros', 'ayuda'],
    notices: [/^(?:queda )?prohibida (?:su|la) reproducción\b.{0,200}$/iu],
  },
  ads: {
    lines: [
      // Spanish (and Portuguese)
      shapeAdLabel('publicidad|anuncio|anuncios|contenido (?:patrocinado|de marca|promocionado)|patrocinado|patrocinada|publirreportaje|publicidade|conteúdo patrocinado|patrocinado por [\\p{L}\\d&., -]{1,40}'),
      shapeAdLabel('(?:la noticia|el artículo|el articulo|la nota) (?:continúa|continua|sigue) (?:tras|después de|despues de|debajo de) (?:la|el) (?:publicidad|anuncio)|(?:sigue|continúa|continua) leyendo (?:tras|después de|despues de) (?:la publicidad|el anuncio)'),
    ],
    paidListHeaders: [shapeAdLabel('enlaces patrocinados|noticias patrocinadas')],
  },
  paywall: {
    lines: [
      /^\s*(?:contenido|artículo|articulo|noticia) (?:exclusiv[oa]|reservad[oa]) (?:para|a) (?:suscriptores|socios|abonados|miembros)\.?\s*$/iu,
      /^\s*(?:este|esta) (?:artículo|articulo|contenido|noticia) es (?:exclusiv[oa]|solo|sólo) para (?:suscriptores|socios|abonados|miembros)\b.{0,60}$/iu,
      /^\s*¿?(?:ya eres|eres) (?:suscriptor|suscriptora|socio|socia|abonado|abonada)\s*\??\s*(?:(?:inicia sesión|ingresa|entra|identifícate)(?: aquí)?)?[.!]?\s*$/iu,
      /^\s*(?:suscríbete|suscribete|regístrate|inicia sesión) (?:para|y) (?:seguir|continuar) leyendo\b.{0,60}$/iu,
      /^\s*(?:has alcanzado|has llegado a|alcanzaste) (?:el|tu) límite de (?:artículos|noticias|notas)\b.{0,60}$/iu,
      /^\s*(?:solo para|exclusivo para) (?:suscriptores|socios|abonados)\.?\s*$/iu,
    ],
    wall: [/(?<!\w)(?:seguir leyendo\b|continuar leyendo\b|exclusiv[oa] para (?:suscriptores|socios)\b|artículos? gratuitos?\b)/iu],
    call: [/(?<!\w)(?:suscr[ií]b\w*|suscripci\w*|inicia sesión|regístr\w*)/iu],
    reading: [/(?<!\w)(?:leer|leyendo|art[ií]culos?|contenidos?|noticias?|periodismo)\b/iu],
    imperative: [/(?<!\w)(?:suscr[ií]bete|reg[ií]strate|inicia sesión)\b/iu],
    offers: [/^\s*(?:resiliable en cualquier momento|cancela cuando quieras)\.?\s*$/iu],
  },
  'author-bio': {
    bioVerbs: ['es'],
    roles: ['periodista', 'redactor', 'redactora', 'colaborador', 'colaboradora', 'escritor', 'escritora'],
    /** "Sobre el autor", "Sobre Carlos Nadalim", and the Portuguese "Sobre o autor". */
    headers: [/^sobre (?:el |o |a )?autora?\s*:?$/iu],
    nameHeaders: [new RegExp(`^(?:[Ss]obre|SOBRE) (?:el |o |a )?${F_PERSON_NAME}\\s*:?$`, 'u')],
  },
  metadata: {
    authorLabels: ['por', 'texto', 'autor', 'autora'],
    pictureLeads: ['foto', 'fotos', 'imagen', 'imagenes'],
    pictureCreditLeads: ['fuente de la imagen'],
    creditJoiners: ['de', 'por'],
    galleryItems: ['foto', 'imagen'],
    galleryOf: ['de'],
    months: [
      'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
      'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic',
    ],
    weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo'],
    labels: ['publicado', 'publicada', 'actualizado', 'actualizada', 'actualización', 'modificado'],
    connectors: ['el', 'de', 'del', 'la', 'las', 'los', 'y', 'por', 'en', 'a'],
    bylineRoles: ['redacción'],
    notNames: ['el', 'los', 'las', 'una', 'ejemplo', 'eso', 'lo', 'qué', 'que', 'favor', 'fin', 'navidad', 'supuesto', 'ello'],
  },
};
