/**
 * French phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeAdLabel, shapeCommentLine, shapeCookieWords, shapeDonationLine, shapeNavigationControl, shapeNotificationLine, shapeRelatedHeader } from './shapes.js';
import { F_CAUSE, F_NETWORK_LIST, F_PERSON_NAME, F_PUBLICATION, F_PUBLICATION_ANY_CASE } from './fragments.js';

export const fr: PhraseSet = {
  voice: {
    reader: [/(?<!\w)(?:vous|votre|vos|tu|ton|ta|tes)\b/iu],
    publisher: [/(?<!\w)(?:nous|notre|nos)\b/iu],
    reporting: [/(?<!\w)(?:a déclaré|a dit|a affirmé|a expliqué|selon)\b/iu],
  },
  newsletter: {
    lines: [
      /^(votre (adresse )?|adresse )(e-?mail|courriel|électronique)[:*]*$/i,
      /^(saisissez|entrez|indiquez) votre (adresse )?(e-?mail|courriel|électronique)[.:…]*$/i,
      /^(abonnez-vous|inscrivez-vous) à (notre|la) (newsletter|lettre d'information)\b.{0,40}$/i,
      /^(inscrivez-vous|abonnez-vous|je m['’]inscris|je m['’]abonne|s['’]inscrire)( gratuitement| maintenant| dès maintenant)?\s*!?$/i,
      /^en (vous inscrivant|vous abonnant|cliquant sur [^,]{1,30}|validant [^,]{1,30}),? vous (acceptez|consentez|reconnaissez)\b.{0,200}$/i,
      /^(vous pouvez|tu peux) vous désinscrire (à tout moment|en un clic)\b.{0,80}$/i,
    ],
    cues: [/\b(lettre d'information|infolettre|s'inscrire|inscrivez-vous|abonnez-vous)\b/i],
    pitch: [
      /(?<!\w)(?:votre|ta) (?:e-?mail )?(?:boîte (?:mail|e-?mail|aux lettres|de réception))\b/iu,
      /(?<!\w)(?:inscrivez-vous|abonnez-vous)\b.{0,60}\b(?:newsletters?|briefing|digest|boletín|lettre)\b/iu,
    ],
    recurringNews: [/(?<!\w)(?:chaque|quotidien\w*|hebdomadaire|matin|soir|actualités?|l['’]essentiel|informations|lettre)\b/iu],
    boxWords: [/lettre/i],
  },
  donation: {
    lines: [
      // "Le journalisme local a besoin de vous"
      shapeDonationLine('le journalisme (?:indépendant |local |de qualité )?a besoin (?:de vous|de votre soutien)'),
      shapeDonationLine(`(?:soutenez[- ]nous|nous soutenir|faire un don|faites un don|je fais un don|je donne|je soutiens|soutenir ${F_CAUSE}|soutenez (?:${F_PUBLICATION_ANY_CASE}|l['’]information|notre (?:travail|journalisme|rédaction)|une (?:presse|information) (?:libre|indépendante)))(?: maintenant| dès maintenant)?`),
      /^\s*votre (?:soutien|don|contribution|aide) (?:compte|nous (?:aide|permet)|est (?:essentiel|indispensable|précieux|vital)|fait la différence)\b.{0,90}$/iu,
      shapeDonationLine('merci (?:pour|de) votre (?:soutien|don|contribution|générosité)'),
    ],
    headers: [
      /^\s*(?:chers?|chères?) (?:lectrices et lecteurs|lecteurs(?: et lectrices)?|lectrices|ami[es]*)[,:!.]?\s*$/iu,
      /^\s*(?:un )?(?:message|mot) (?:de|à) .{1,40}:?\s*$/iu,
      new RegExp(`^\\s*(?:[Ss]outenez) ${F_PUBLICATION}\\s*[.!]?\\s*$`, 'u'),
    ],
    buttons: [
      /^\s*(?:ponctuel|mensuel|annuel|autre montant|montant)\s*$/iu,
      /^\s*(?:continuer|suivant)\s*[.!→>»]*\s*$/iu,
      /^\s*(?:moyens? de paiement)\s*$/iu,
      /^\s*(?:plus tard)\s*[.!]?\s*$/iu,
    ],
    buttonWords: [/\b(?:don|dons|soutien|soutenir)\b/iu],
    appeals: [
      /\b(?:soutenez[- ]nous|nous soutenir|faites un don|faire un don|votre (?:soutien|don|contribution) (?:compte|nous (?:aide|permet)|est)|nous avons besoin de (?:votre|vous))\b/iu,
    ],
    appealWords: [/souten|un don|votre (?:soutien|don|contribution)|besoin de/iu],
    giving: [/(?<!\w)(?:soutien|soutenir|dons?|abonné\w*)\b/iu],
    ownWork: [/(?<!\w)(?:journalisme|rédaction|indépendan\w*)\b/iu],
    forUs: [/(?<!\w)(?:(?:soutenez-nous|nous soutenir|aidez-nous|nous aider)\b)/iu],
  },
  comments: {
    lines: [
      shapeCommentLine('(?:ajouter|écrire|laisser|poster|publier|rédiger) un commentaire|(?:voir|afficher|lire|masquer) (?:les |tous les )?(?:\\d+ )?commentaires|réagir|réagissez(?: à cet article)?|participez (?:à la discussion|au débat)'),
      /^\s*(?:les )?commentaires (?:sont|ont été) (?:fermés|clos|désactivés)\b.{0,60}$/iu,
      /^\s*(?:connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous) pour (?:commenter|réagir|laisser un commentaire)\b.{0,60}$/iu,
      /^\s*(?:vous devez être|il faut être) (?:connecté|inscrit|abonné)e? pour (?:commenter|réagir|poster)\b.{0,60}$/iu,
    ],
    vocabulary: [/\b(?:commentaire\w*|réactions?)\b/iu],
    vocabularyHint: [/comment|réaction/iu],
    policySubjects: [/commentaire\w*/iu],
    readers: [/\blecteurs?\b/iu],
    moderation: [/\bmodér\w*/iu],
    houseRules: [/\b(?:charte|règles de (?:la )?modération)\b/iu],
    call: [/^\s*(?:donnez votre avis|réagissez|participez|dites-nous)(?=[\s,?!:])/iu],
    account: [/\b(?:connect\w*|inscri\w*|compte)\b/iu],
    accountHint: [/connect|inscri|compte/iu],
  },
  share: {
    lines: [
      /^partager (l['’]|cet |cette |la |le )(article|page|vidéo|publication|lien)$/iu,
      new RegExp(`^partager (sur|via|par|avec) ${F_NETWORK_LIST}$`, 'iu'),
      /^(partager|envoyer|imprimer) (par|l['’]article|cet article|à un ami|par (e-?mail|courriel))$/iu,
      /^(copier le lien|lien copié|tweeter|partager :)$/iu,
      new RegExp(`^(suivez-nous|suivez nous|retrouvez-nous)( (sur|via) ${F_NETWORK_LIST})?\\s*[:!.]?$`, 'iu'),
    ],
  },
  notification: {
    lines: [
      shapeNotificationLine(`(?:activer|autoriser|recevoir|accepter|activez|autorisez|recevez) (?:les |nos )?(?:notifications|alertes)(?: (?:push|de|du|d['’]) ?.{0,40})?`),
      /^\s*(?:voulez-vous|souhaitez-vous|vous souhaitez|voulez vous|souhaitez vous) (?:recevoir|activer|autoriser)\b.{0,40}\b(?:notifications|alertes)\b.{0,60}$/iu,
      /^\s*restez (?:informés?|informé\(e\)|connectés?) (?:avec|grâce aux) (?:les |nos )?(?:notifications|alertes)\b.{0,60}$/iu,
      /^\s*(?:les )?notifications peuvent être (?:gérées|désactivées|modifiées)\b.{0,80}$/iu,
      /^\s*(?:ne manquez|ne ratez) (?:aucune|rien|plus)\b.{0,60}\b(?:notifications?|alertes?)\b.{0,40}$/iu,
      shapeNotificationLine('pas maintenant'),
    ],
    buttons: [/^\s*(?:autoriser|bloquer|plus tard|non merci|oui|annuler|fermer|activer|je refuse|refuser)\s*[.!]?\s*$/iu],
    words: [/\b(?:alertes?)\b/iu],
    wordsHint: [/alert/iu],
    asks: [/\b(?:activer|autoriser)\b/iu],
    stayInformed: [/\b(?:restez informé|ne manquez)\b/iu],
    settings: [/\b(?:navigateur|paramètres)\b/iu],
    news: [/\b(?:actualités)\b/iu],
    openings: [/^\s*(?:activez|autorisez|recevez|ne manquez|ne ratez|restez|voulez-vous|souhaitez-vous)\b/iu],
  },
  related: {
    listHeaders: [
      shapeRelatedHeader('(?:à|a) lire (?:aussi|également|egalement|ensuite)|lire aussi|lire également|voir aussi|(?:à|a) voir aussi|(?:à|a) découvrir(?: aussi| également)?|sur le même (?:sujet|thème)|dans la même rubrique'),
      shapeRelatedHeader('(?:articles?|contenus?|sujets?) (?:similaires|liés|lies|associés|recommandés|connexes)|les (?:articles )?(?:les )?plus (?:lus|partagés|commentés|populaires|consultés)|les plus lus'),
      shapeRelatedHeader(`(?:nos|mes) (?:recommandations|suggestions)|vous aimerez aussi|vous (?:pourriez|pouvez) aussi aimer|(?:ces articles|ceci) (?:peuvent|pourraient|pourrait) vous intéresser|plus d['’](?:articles|actualités|actus|infos)|(?:les )?derni(?:ers|ères) (?:articles|actualités|infos|vidéos)|tendances`),
    ],
    linkHeaders: [shapeRelatedHeader('lire (?:la suite|plus)|(?:la )?suite de l[\'’]article|en savoir plus')],
    teaserPrefixes: [/(?:à |a )?lire (?:aussi|également)|voir aussi|(?:à |a )?voir aussi|sur le même sujet/iu],
    breadcrumbStarts: ['accueil'],
  },
  navigation: {
    controls: [
      shapeNavigationControl("aller (?:au|à la|aux) (?:contenu(?: principal)?|navigation|menu|recherche|pied de page)|passer (?:au contenu|la navigation)|accéder au contenu(?: principal)?|contenu principal"),
      shapeNavigationControl('(?:ouvrir|fermer|afficher) (?:le )?menu|rechercher|recherche|fermer|retour (?:en haut(?: de (?:la )?page)?|à l[\'’]accueil|au menu)|haut de (?:la )?page|toutes les rubriques|rubriques'),
    ],
    menuControls: [shapeNavigationControl('rechercher|plus')],
    previousNextHeadlines: [/^(?:article|billet) (?:précédent|suivant)\s*[:–—-]?\s+\S.{0,160}$/iu],
    sectionWords: [
      'accueil', 'actualités', 'actualité', 'actu', 'politique', 'économie', 'monde', 'france', 'société', 'sciences', 'santé', 'technologies',
      'médias', 'vidéos', 'vidéo', 'idées', 'débats', 'régions', 'météo', 'emploi', 'immobilier', 'voyage', 'people', 'rubriques', 'rechercher',
      'recherche', 'se connecter', 'connexion', "s'abonner", 's’abonner', 'éditions', 'en direct', 'le direct', 'planète', 'sport', 'sports', 'culture',
    ],
    homeWords: ['accueil'],
  },
  cookie: {
    links: [
      /^(?:paramétrer|gérer|accepter|refuser|personnaliser) (?:les |mes |tous les )?cookies$/iu,
      /^(?:politique (?:de|des|relative aux|d'utilisation des|en matière de) cookies|paramètres des cookies|gestion des cookies)$/iu,
    ],
    openers: [
      /^(?:nous|nos partenaires et nous|nous et nos partenaires) (?:utilisons|déposons|stockons|employons)\b/iu,
      /^(?:ce|notre) site(?: web| internet)? (?:utilise|emploie|dépose)\b/iu,
      /^en (?:poursuivant|continuant) (?:votre navigation|à naviguer|à utiliser|sur ce site)/iu,
    ],
    words: [shapeCookieWords('traceurs|témoins')],
    wordsHint: [/traceurs|témoins/iu],
    siteVoice: [shapeCookieWords('ce site|notre site')],
    consent: [shapeCookieWords('accept\\w*|consentement|consentez|paramètres|paramétrer|politique de confidentialité|en savoir plus')],
    purpose: [shapeCookieWords('expérience|améliorer|publicité|statistiques|navigation')],
    reporting: [shapeCookieWords('a déclaré|a indiqué|a expliqué|selon')],
    panel: [shapeCookieWords('nécessaires?|essentiels?|fonctionnels?|consentement')],
    theSite: [shapeCookieWords('le site')],
    privacy: [shapeCookieWords('vie privée|confidentialité|consentement')],
    buttons: [
      'accepter', 'tout accepter', 'accepter tout', 'accepter et fermer', "j'accepte", 'j’accepte', 'refuser', 'tout refuser',
      'paramétrer', 'paramètres', 'personnaliser', 'continuer sans accepter', 'en savoir plus', 'fermer', "d'accord", 'd’accord',
      "j'ai compris", 'j’ai compris', 'enregistrer', 'gérer mes choix', 'paramétrer les cookies',
    ],
  },
  legal: {
    strongLinks: [
      'mentions légales', 'politique de confidentialité', 'politique de protection des données(?: personnelles)?',
      'protection des données(?: personnelles)?', 'données personnelles', 'conditions générales(?: d[’\']utilisation| de vente)?',
      'conditions d[’\']utilisation', 'cgu', 'cgv', 'contactez-nous', 'nous contacter', 'qui sommes-nous ?\\??', 'charte de confidentialité',
      'vie privée', 'déclaration d[’\']accessibilité',
    ],
    weakLinks: ['confidentialité', 'accessibilité'],
    footerWords: ['publicité', 'plan du site', 'nous rejoindre'],
    notices: [
      /^(?:toute )?reproduction (?:totale ou partielle )?(?:est )?(?:interdite|strictement interdite)\b.{0,200}$/iu,
      /^toute reproduction\b.{0,80}\binterdite\b.{0,200}$/iu,
    ],
  },
  ads: {
    lines: [
      shapeAdLabel('publicité|publicite|contenu (?:sponsorisé|sponsorise|partenaire|commandité|de marque)|sponsorisé|sponsorise|publireportage|publi-?information|annonce'),
      shapeAdLabel("(?:la )?suite (?:de l['’]article )?(?:après|apres|sous) (?:cette|la) (?:publicité|publicite|pub)|l['’]article continue (?:après|apres|sous) (?:cette|la) (?:publicité|pub)"),
    ],
    paidListHeaders: [shapeAdLabel('liens sponsorisés|articles sponsorisés')],
  },
  paywall: {
    lines: [
      /^\s*(?:article |contenu )?réservée? aux (?:abonnés|abonnées|membres|inscrits)\.?\s*$/iu,
      /^\s*(?:cet article|ce contenu|cet contenu|la suite de cet article|la suite) est réservée? aux (?:abonnés|abonnées|membres|inscrits)\b.{0,60}$/iu,
      /^\s*(?:vous êtes |êtes-vous )?déjà (?:abonné|abonnée|inscrit|inscrite|client)\s*\??\s*(?:(?:connectez-vous|se connecter|identifiez-vous|je me connecte))?[.!]?\s*$/iu,
      /^\s*(?:abonnez-vous|je m['’]abonne|inscrivez-vous|connectez-vous) pour (?:lire|continuer|poursuivre|accéder)\b.{0,60}$/iu,
      /^\s*(?:il vous reste \d+|vous avez atteint (?:votre |la )?limite d['’]|vous avez lu (?:vos )?\d+) articles? (?:gratuits?|offerts?)\b.{0,60}$/iu,
      /^\s*(?:lire la suite|pour lire la suite)\b.{0,20}\b(?:abonnez-vous|abonnés|abonnement)\b.{0,40}$/iu,
    ],
    wall: [/(?<!\w)(?:lire la suite\b|réservée? aux abonnés\b|articles? (?:gratuits?|offerts?)\b)/iu],
    call: [/(?<!\w)(?:abonn\w*|connectez-vous|inscri\w*)/iu],
    reading: [/(?<!\w)(?:lire|article|articles|contenus?|journalisme)\b/iu],
    imperative: [/(?<!\w)(?:abonnez-vous|connectez-vous|inscrivez-vous)\b/iu],
    offers: [/^\s*(?:sans engagement)\.?\s*$/iu],
  },
  'author-bio': {
    bioVerbs: ['est'],
    roles: ['journaliste', 'rédacteur', 'rédactrice', 'chroniqueur', 'chroniqueuse'],
    headers: [/^à propos de l['’]auteur\s*:?$/iu],
    nameHeaders: [new RegExp(`^(?:[Àà] propos de|À PROPOS DE) ${F_PERSON_NAME}\\s*:?$`, 'u')],
  },
  metadata: {
    authorLabels: ['par', 'texte', 'auteur'],
    pictureLeads: ['crédit', 'crédits'],
    pictureCreditLeads: ['crédit photo', 'crédits photo', 'crédit photos', 'crédits photos'],
    creditJoiners: ['de', 'par'],
    galleryOf: ['sur'],
    months: [
      'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre',
      'décembre', 'decembre', 'janv', 'févr', 'avr', 'juil', 'déc',
    ],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    labels: ['publié(?:e)?', 'mis à jour', 'mise à jour', 'modifié(?:e)?', 'actualisé(?:e)?'],
    connectors: ['le', 'à', 'a', 'par', 'et', 'du', 'des', 'de', 'la'],
    bylineRoles: ['rédaction'],
    notNames: ['le', 'la', 'les', 'un', 'une', 'ailleurs', 'exemple', 'contre', 'ici', 'ce', 'cette', 'ces', 'noël', 'pâques'],
  },
};
