/**
 * Spanish phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeCommentLine, shapeDonationLine } from './shapes.js';
import { F_PUBLICATION } from './fragments.js';

export const es: PhraseSet = {
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
      shapeDonationLine(`(?:apóyanos|apoyanos|apóyenos|dona|haz una donación|hacer una donación|colabora con nosotros|hazte (?:socio|socia|miembro|mecenas|suscriptor)(?: de ${F_PUBLICATION})?|apoya (?:a ${F_PUBLICATION}|el periodismo(?: independiente| de calidad| local)?|nuestro (?:trabajo|periodismo)))(?: ahora| hoy)?`),
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
};
