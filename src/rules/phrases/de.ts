/**
 * German phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeAdLabel, shapeCommentLine, shapeCookieWords, shapeDonationLine, shapeNavigationControl, shapeNotificationLine, shapeRelatedHeader } from './shapes.js';
import { F_COUNT, F_NETWORK_LIST, F_PERSON_NAME, F_PUBLICATION, F_PUBLICATION_ANY_CASE, F_SHORT_NAME } from './fragments.js';

export const de: PhraseSet = {
  voice: {
    reader: [/(?<!\w)(?:du|dich|dir|dein\w*)\b/iu],
    /**
     * The polite "you", the capitalised third person plural: "Sie", "Ihnen", "Ihr(e)". Lower
     * case, "sie", "ihr", "ihre" are "she", "they", "her", "their": a story's words.
     */
    politeReader: [/(?<![\p{L}\p{N}])(?:Sie|SIE|Ihnen|IHNEN|Ihr|IHR|Ihre[mnrs]?|IHRE[MNRS]?)(?![\p{L}\p{N}])/u],
    publisher: [/(?<!\w)(?:wir|uns|unser\w*)\b/iu],
    reporting: [/(?<!\w)(?:sagte|sagten|sagt|erklärte|teilte .{1,30} mit|laut|zufolge)\b/iu],
  },
  newsletter: {
    lines: [
      // The field, buttons and small print.
      /^(ihre |deine )?e-?mail-?adresse[:*]*$/i,
      /^(geben sie|gib) (ihre|deine) e-?mail(-?adresse)? ein[.:…]*$/i,
      /^(jetzt )?(kostenlos |gratis )?(newsletter )?(abonnieren|bestellen)!?$/i,
      /^jetzt (kostenlos |gratis )?(anmelden|registrieren|eintragen)!?$/i,
      /^(melden sie sich|jetzt) (für|zum) (unseren |den )?newsletter an\b.{0,40}$/i,
      /^mit (der|ihrer|deiner) (anmeldung|registrierung|eintragung)\b.{0,30}\b(akzeptier|stimm|willig|erklär)\w* (sie|du)\b.{0,200}$/i,
      /^(sie können|du kannst) (sich |dich |den newsletter |ihn )?jederzeit (wieder )?(abbestellen|abmelden|kündigen|widerrufen)\b.{0,80}$/i,
    ],
    cues: [/\b(Newsletter|abonnieren|anmelden|Posteingang)\b/],
    pitch: [
      /(?<!\w)(?:ihr(?:em|en|e)?|dein(?:em|en|e)?) (?:e-?mail )?(?:posteingang|(?:e-?mail-?)?postfach)\b/iu,
      /(?<!\w)(?:melden sie sich|abonnieren sie)\b.{0,60}\b(?:newsletters?|briefing|digest|boletín|lettre)\b/iu,
    ],
    recurringNews: [/(?<!\w)(?:jede[nrs]?|täglich\w*|wöchentlich\w*|morgens|abends|nachrichten)\b/iu],
  },
  donation: {
    lines: [
      // "Unabhängiger Journalismus braucht Ihre Unterstützung"
      shapeDonationLine('(?:(?:unabhängiger|lokaler|guter|freier|kritischer) )?journalismus braucht (?:ihre |deine )?(?:unterstützung|hilfe)'),
      shapeDonationLine('(?:jetzt |bitte )?(?:spenden|unterstützen|mitglied werden|förderer werden|unterstützer(?:in)? werden)(?: sie)?(?: jetzt)?'),
      shapeDonationLine(`unterstützen sie (?:uns|unsere arbeit|unseren journalismus|(?:unabhängigen|freien|kritischen|guten) journalismus|${F_PUBLICATION_ANY_CASE})(?: jetzt| mit einer spende| mit einem beitrag)?`),
      /^\s*(?:ihre|deine) (?:unterstützung|spende|hilfe|beitrag) (?:zählt|hilft|macht|ermöglicht|sichert|ist)\b.{0,90}$/iu,
      shapeDonationLine('(?:vielen )?dank für (?:ihre|deine) (?:unterstützung|spende)'),
    ],
    headers: [
      /^\s*(?:liebe|lieber|liebe:?r) (?:leserinnen und leser|leser(?:innen)?|leser:innen|leser\*innen|freundinnen und freunde)[,:!.]?\s*$/iu,
      /^\s*(?:eine )?(?:nachricht|botschaft|bitte) (?:von|an|der redaktion)\b.{0,40}:?\s*$/iu,
      new RegExp(`^\\s*(?:[Uu]nterstützen [Ss]ie) ${F_PUBLICATION}\\s*[.!]?\\s*$`, 'u'),
    ],
    buttons: [
      /^\s*(?:einmalig|monatlich|jährlich|anderer betrag|betrag)\s*$/iu,
      /^\s*(?:weiter)\s*[.!→>»]*\s*$/iu,
      /^\s*(?:zahlungsmethoden?|zahlungsarten?)\s*$/iu,
      /^\s*(?:später)\s*[.!]?\s*$/iu,
    ],
    buttonWords: [/\b(?:spende\w*|unterstütz\w*)\b/iu],
    appeals: [
      /\b(?:unterstützen sie|unterstütze|spenden sie|spende) (?:uns|unsere|unseren|(?:unabhängigen|freien|guten|kritischen) journalismus|jetzt)\b/iu,
      /\b(?:ihre|deine|jede) (?:unterstützung|spende|hilfe|beitrag) (?:zählt|hilft|macht|ermöglicht|sichert)\b|\bwir (?:brauchen|sind auf) (?:ihre|deine) (?:hilfe|unterstützung)\b/iu,
      /\bmit (?:ihrer|deiner|einer|ihrem|deinem|einem) (?:unterstützung|spende|beitrag|freiwilligen (?:zahlung|beitrag))\b/iu,
    ],
    appealWords: [/unterstütz|spende|hilfe|beitrag|freiwilligen/iu],
    giving: [/(?<!\w)(?:spende\w*|unterstütz\w*|beitrag|mitglied\w*)\b/iu],
    ownWork: [/(?<!\w)(?:journalismus|journalist\w*|redaktion|unabhängig\w*|recherche\w*)\b/iu],
    forUs: [/(?<!\w)(?:(?:unterstützen|helfen) sie uns\b|(?:hilf|helft) uns\b)/iu],
  },
  comments: {
    lines: [
      shapeCommentLine(`(?:kommentare|leserkommentare)(?:\\s*${F_COUNT})?(?: (?:anzeigen|lesen|ausblenden|einblenden|öffnen|schließen|laden))?`),
      shapeCommentLine('(?:jetzt |hier )?(?:kommentieren|kommentar (?:schreiben|verfassen|abgeben|posten)|einen kommentar (?:schreiben|verfassen|hinterlassen))'),
      shapeCommentLine('(?:zu den|alle) kommentaren?|(?:alle )?\\d+ kommentare (?:anzeigen|lesen)|diskutieren sie mit|diskutiere mit|mitdiskutieren'),
      /^\s*(?:die )?(?:kommentarfunktion|kommentare|kommentarspalte) (?:ist|sind|wurde|wurden) (?:geschlossen|deaktiviert|abgeschaltet)\b.{0,80}$/iu,
      /^\s*(?:um (?:zu )?kommentieren|zum kommentieren)\b.{0,20}\b(?:anmelden|einloggen|registrieren)\b.{0,60}$/iu,
      /^\s*(?:bitte )?(?:melden sie sich an|loggen sie sich ein|registrieren sie sich),? um (?:zu )?(?:kommentieren|einen kommentar)\b.{0,60}$/iu,
    ],
    vocabulary: [/\b(?:kommentar\w*|diskussion)\b/iu],
    vocabularyHint: [/kommentar|diskussion/iu],
    policySubjects: [/kommentar\w*|beiträge\b/iu],
    readers: [/\bleser\w*/iu],
    houseRules: [/\b(?:nutzungsbedingungen|beleidigungen|sachlich)\b/iu],
    call: [/^\s*(?:diskutieren sie|sagen sie uns|schreiben sie uns)(?=[\s,?!:])/iu],
    account: [/\b(?:anmeld\w*|registrier\w*|konto)\b/iu],
    accountHint: [/anmeld|regist|konto/iu],
  },
  share: {
    lines: [
      /^(artikel|beitrag|seite|video|link|inhalt) (teilen|versenden|drucken|per (e-?mail|mail) (teilen|versenden))$/iu,
      new RegExp(`^(auf|bei|via|über|per) ${F_NETWORK_LIST} teilen$`, 'iu'),
      new RegExp(`^teilen (auf|bei|via|über|per) ${F_NETWORK_LIST}$`, 'iu'),
      /^(diesen|den) (artikel|beitrag) (teilen|versenden|drucken)$/iu,
      /^(link kopieren|link wurde kopiert|twittern|teilen(\s*[:!])?|jetzt teilen)$/iu,
      new RegExp(`^(folgen sie uns|folge uns|folgt uns)( (auf|bei|via) ${F_NETWORK_LIST})?\\s*[:!.]?$`, 'iu'),
    ],
  },
  notification: {
    lines: [
      shapeNotificationLine(`(?:push-?)?(?:benachrichtigungen|mitteilungen|nachrichten) (?:aktivieren|erlauben|zulassen|einschalten|erhalten|abonnieren|blockieren|verwalten|deaktivieren)(?: von .{1,40})?`),
      shapeNotificationLine(`(?:jetzt |immer )?(?:push-?)?benachrichtigungen(?: (?:von|zu|über) .{1,40})?(?: (?:aktivieren|erhalten))?`),
      /^\s*(?:möchten sie|willst du|wollen sie) (?:push-?)?(?:benachrichtigungen|mitteilungen|nachrichten)\b.{0,40}\b(?:erhalten|aktivieren|bekommen)\b.{0,40}$/iu,
      /^\s*(?:bleiben sie|bleib) (?:auf dem laufenden|informiert|immer informiert) mit (?:push-?)?(?:benachrichtigungen|mitteilungen)\b.{0,60}$/iu,
      /^\s*(?:die )?(?:push-?)?(?:benachrichtigungen|mitteilungen) (?:können|lassen sich) (?:jederzeit )?(?:in|über|im)\b.{0,80}$/iu,
      /^\s*(?:verpassen sie|verpasse) (?:keine|nichts)\b.{0,60}\b(?:benachrichtigung\w*|push\w*|mitteilung\w*)\b.{0,40}$/iu,
      shapeNotificationLine('nicht jetzt'),
    ],
    buttons: [/^\s*(?:erlauben|zulassen|blockieren|später|nein,? danke|ja|ja,? gerne|abbrechen|schließen|aktivieren)\s*[.!]?\s*$/iu],
    words: [/\b(?:benachrichtigung\w*|mitteilungen)\b/iu],
    wordsHint: [/benachrichtigung|mitteilungen/iu],
    asks: [/\b(?:aktivieren|erlauben|zulassen)\b/iu],
    stayInformed: [/\b(?:auf dem laufenden|verpassen)\b/iu],
    settings: [/\b(?:browsereinstellungen|einstellungen)\b/iu],
    news: [/\b(?:eilmeldungen)\b/iu],
    openings: [/^\s*(?:aktivieren|erlauben|verpassen sie|verpasse|bleiben sie|bleib|möchten sie|willst du)\b/iu],
  },
  related: {
    listHeaders: [
      shapeRelatedHeader(`mehr zum thema(?: ${F_SHORT_NAME})?|mehr (?:aus|von|zu|zum|zur|über) ${F_SHORT_NAME}|mehr artikel|mehr nachrichten|weitere (?:artikel|beiträge|nachrichten|themen|meldungen)(?: (?:zum thema|aus|zu) ${F_SHORT_NAME})?`),
      shapeRelatedHeader('(?:das|dies) (?:könnte|dürfte) sie (?:auch )?interessieren|könnte sie auch interessieren|auch interessant|ebenfalls interessant|lesen sie auch|lesen sie mehr'),
      shapeRelatedHeader('meistgelesen(?:e|en)?(?: artikel)?|am meisten gelesen|meist(?:gelesen|geklickt|kommentiert|geteilt)|beliebte (?:artikel|beiträge)|top-?(?:artikel|themen|meldungen|nachrichten)'),
      shapeRelatedHeader('(?:ähnliche|verwandte|passende) (?:artikel|beiträge|themen|nachrichten)|(?:unsere )?empfehlungen(?: für sie)?|empfohlene artikel|zum thema'),
    ],
    linkHeaders: [shapeRelatedHeader('weiterlesen|(?:hier )?weiter ?lesen|mehr lesen|mehr dazu|(?:zum )?(?:ganzen|vollständigen) artikel')],
    teaserPrefixes: [/lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|weiterlesen|zum thema/iu],
    breadcrumbStarts: ['startseite'],
  },
  navigation: {
    controls: [
      shapeNavigationControl('(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|zur (?:haupt)?navigation(?: springen)?|zur suche(?: springen)?|navigation überspringen|zum seitenanfang|zum seitenende'),
      shapeNavigationControl('(?:menü|menu|navigation)(?: (?:öffnen|schließen|anzeigen))?|suche(?:n)?|schließen|nach oben|zurück nach oben|zurück zur startseite|alle ressorts|ressorts'),
    ],
    menuControls: [shapeNavigationControl('menü|suche|mehr')],
    sectionWords: [
      'startseite', 'nachrichten', 'aktuell', 'politik', 'wirtschaft', 'kultur', 'wissen', 'wissenschaft', 'panorama', 'meinung', 'reise', 'digital',
      'gesundheit', 'karriere', 'fotos', 'bilder', 'regional', 'lokales', 'ausland', 'inland', 'deutschland', 'welt', 'finanzen', 'börse', 'leben', 'stil',
      'unterhaltung', 'service', 'kontakt', 'impressum', 'suche', 'menü', 'mehr', 'ressorts', 'abo', 'anmelden', 'wetter', 'gesellschaft', 'technik',
      'familie', 'mobilität', 'geld', 'immobilien', 'wissenschaft & technik',
    ],
    homeWords: ['startseite'],
  },
  cookie: {
    links: [
      /^(?:alle |nur notwendige |notwendige )?cookies? (?:akzeptieren|zulassen|ablehnen|erlauben)$/iu,
      /^(?:alle cookies akzeptieren|nur notwendige cookies(?: akzeptieren| zulassen)?)$/iu,
      /^cookie-?(?:einstellungen|richtlinie|hinweis|erklärung|präferenzen|zustimmung)$/iu,
    ],
    openers: [
      /^(?:wir|diese (?:web)?seite|diese website|unsere (?:web)?seite|unsere website) (?:verwenden|verwendet|nutzen|nutzt|benutzen|benutzt|setzen|setzt|speichern)\b/iu,
      /^(?:durch|mit) (?:der|die) (?:weitere(?:n)? )?(?:nutzung|verwendung) (?:dieser|unserer) (?:web)?(?:seite|site|website)/iu,
      /^wenn sie (?:diese|unsere) (?:web)?(?:seite|site|website) (?:weiter )?(?:nutzen|besuchen)/iu,
    ],
    siteVoice: [shapeCookieWords('diese(?:r|n)? (?:web)?(?:seite|site|website)|unsere(?:r|n)? (?:web)?(?:seite|site|website)')],
    consent: [shapeCookieWords('akzeptier\\w*|zustimm\\w*|einwillig\\w*|einverstanden|einstellungen|datenschutz\\w*|mehr erfahren')],
    purpose: [shapeCookieWords('verbessern|nutzererlebnis|erfahrung|analyse|werbung')],
    reporting: [shapeCookieWords('sagte|sagt|laut|berichtet\\w*|erklärte')],
    panel: [shapeCookieWords('notwendig\\w*|erforderlich\\w*|funktional\\w*|einwilligung')],
    theSite: [shapeCookieWords('(?:der|die) website')],
    privacy: [shapeCookieWords('privatsphäre|datenschutz|cookie-[\\p{L}]+|einwilligung')],
    buttons: [
      'akzeptieren', 'alle akzeptieren', 'alles akzeptieren', 'alle cookies akzeptieren', 'zustimmen', 'alle zustimmen',
      'zustimmen und weiter', 'ablehnen', 'alle ablehnen', 'einstellungen', 'einstellungen verwalten', 'cookie-einstellungen',
      'einverstanden', 'verstanden', 'mehr erfahren', 'weitere informationen', 'mehr informationen', 'speichern',
      'auswahl speichern', 'auswahl bestätigen', 'schließen', 'nur notwendige cookies', 'notwendig', 'erforderlich',
    ],
  },
  legal: {
    strongLinks: [
      'impressum', 'datenschutzerklärung', 'datenschutzhinweise', 'datenschutzrichtlinie', 'datenschutz-?einstellungen',
      'nutzungsbedingungen', 'allgemeine geschäftsbedingungen', 'agb', 'über uns', 'rechtliche hinweise', 'haftungsausschluss',
      'barrierefreiheitserklärung', 'erklärung zur barrierefreiheit', 'datenschutz (?:und|&) nutzungsbedingungen',
    ],
    weakLinks: ['datenschutz', 'kontakt', 'barrierefreiheit'],
    footerWords: ['mediadaten', 'presse', 'abo', 'karriere', 'werben'],
    notices: [/^(?:vervielfältigung|nachdruck|weiterverbreitung)\b.{0,80}\b(?:nur mit|untersagt|verboten|nicht gestattet)\b.{0,200}$/iu],
  },
  ads: {
    lines: [
      shapeAdLabel('anzeige|anzeigen|werbung|werbeanzeige|gesponsert|gesponserter (?:inhalt|beitrag|artikel)'),
      shapeAdLabel('(?:der )?(?:artikel|text|beitrag) (?:wird )?(?:geht )?(?:weiter|fortgesetzt) (?:nach|unter) (?:der|dieser) (?:anzeige|werbung)|weiter nach der (?:anzeige|werbung)|lesen sie nach der (?:anzeige|werbung) weiter'),
    ],
    paidListHeaders: [shapeAdLabel('anzeigen')],
  },
  paywall: {
    lines: [
      /^\s*(?:jetzt )?weiterlesen mit\b.{1,50}$/iu,
      /^\s*(?:jetzt )?(?:anmelden|einloggen|registrieren|abonnieren|abo abschließen) und (?:weiterlesen|alle artikel lesen|\w+ lesen)\b.{0,40}$/iu,
      /^\s*(?:sie sind |du bist )?bereits (?:abonnent(?:in)?|registriert|kunde|abonniert|\w+-abonnent(?:in)?)\s*\??\s*(?:(?:hier |jetzt )?(?:anmelden|einloggen)|melden sie sich an)?[.!]?\s*$/iu,
      /^\s*(?:dieser|der) (?:artikel|beitrag|inhalt|text) ist (?:nur |exklusiv )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent:innen|abonnent\*innen|\w+-abonnenten|abonnierende|mitglieder|registrierte nutzer)\b.{0,60}$/iu,
      /^\s*(?:exklusiv für abonnenten|nur für abonnenten|abo-?(?:artikel|inhalt)|plus-?(?:artikel|inhalt)|\w+\+ artikel)\.?\s*$/iu,
      /^\s*(?:jetzt |\d+ )?(?:wochen?|monate?|tage?)? ?(?:gratis|kostenlos|für \d+ ?(?:€|euro)) (?:testen|lesen|weiterlesen)\b.{0,40}$/iu,
      /^\s*(?:sie haben|du hast) (?:ihr|dein|das) (?:limit|kontingent) (?:an|von|für) (?:kostenlosen|freien) (?:artikeln|beiträgen)\b.{0,60}$/iu,
    ],
    wall: [/(?<!\w)(?:weiterlesen\b|(?:für|nur für) abonnenten\b|abo(?:nnement)?\b.{0,40}(?<!\w)lesen\b)/iu],
    call: [/(?<!\w)(?:abonn\w*|abo\b|anmeld\w*|einlogg\w*|registrier\w*)/iu],
    reading: [/(?<!\w)(?:lesen|weiterlesen|artikel\w*|beitr[aä]g\w*|inhalte?|journalismus)\b/iu],
    imperative: [/(?<!\w)(?:jetzt abonnieren|abonnieren sie|melden sie sich an|loggen sie sich ein)\b/iu],
    offers: [/^\s*(?:jederzeit kündbar)\.?\s*$/iu],
  },
  'author-bio': {
    bioVerbs: ['ist'],
    roles: ['redakteur', 'redakteurin', 'autor', 'autorin'],
    headers: [/^über (?:den autor|die autorin)\s*:?$/iu],
    nameHeaders: [new RegExp(`^(?:[Üü]ber|ÜBER) ${F_PERSON_NAME}\\s*:?$`, 'u')],
  },
  metadata: {
    authorLabels: ['von', 'text', 'autor', 'autorin'],
    pictureLeads: ['foto', 'fotos', 'bild', 'bilder', 'grafik'],
    pictureCreditLeads: ['bildquelle', 'fotoquelle'],
    creditJoiners: ['von'],
    galleryItems: ['bild', 'foto'],
    galleryOf: ['von'],
    months: ['januar', 'jänner', 'februar', 'märz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'mär', 'okt', 'dez'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
    labels: ['veröffentlicht', 'aktualisiert', 'erstellt', 'geändert', 'stand'],
    connectors: ['um', 'am', 'und', 'von', 'vom', 'der', 'den', 'zu', 'ist', 'uhr'],
    bylineRoles: ['redaktion'],
    notNames: [
      'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einer', 'heute', 'morgen', 'gestern', 'anfang',
      'ende', 'mitte', 'weihnachten', 'ostern', 'beginn', 'seiten',
    ],
  },
};
