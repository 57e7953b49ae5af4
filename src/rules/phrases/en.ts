/**
 * English phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeAdLabel, shapeCommentLine, shapeCookieWords, shapeDonationLine, shapeNavigationControl, shapeNotificationLine, shapeRelatedHeader } from './shapes.js';
import { F_CAUSE, F_COUNT, F_NETWORK_LIST, F_NOTIFICATIONS, F_NOTIFICATIONS_FROM, F_PERSON_NAME, F_PUBLICATION, F_SHARE_OBJECT, F_SHORT_NAME, F_SUBSCRIBERS } from './fragments.js';

export const en: PhraseSet = {
  voice: {
    /** The reader addressed: second person. */
    reader: [/(?<!\w)(?:you|your|yours)\b/iu],
    /** The publisher speaking: first person plural. */
    publisher: [/(?<!\w)(?:we|us|our|ours)\b/iu],
    /** Words of news reporting: a paragraph that reports what someone said is the article's. */
    reporting: [/(?<!\w)(?:said|says|told|tells|according to|quoted|spokes(?:man|woman|person))\b/iu],
  },
  newsletter: {
    /** Sign-up lines, fields, buttons and small print: removed wherever they stand. */
    lines: [
      /^(sign up|subscribe|register) (now |today |here )?(for|to) (our|the|a|this|my) (free )?([\w’'-]+ ){0,5}(newsletters?|e-?mails?|briefings?|digest|bulletins?)\b.{0,40}$/i,
      /^(get|receive) (our|the) ([\w’'.-]+ ){0,5}(newsletters?|e-?mails?|briefings?)\b.{0,60}$/i,
      /^[Gg]et \p{Lu}[\p{L}\d&.' -]{0,40} delivered to your inbox\b.{0,60}$/u,
      // A box's heading: "Get the Courier in your inbox", "Get our best stories straight to your inbox".
      /^get (the |our )?[\p{L}\d&.'’ -]{1,40} (in|into|to) your inbox[.!]?$/iu,
      /^(our|the) ([\w’'-]+ ){0,4}newsletter\b.{0,30}$/i,
      // The button: "Sign up", "Subscribe for free".
      /^(sign up|subscribe)( now| today| here)?( for free| free| it['’]s free)?[.!]?$/i,
      /^(sign up|subscribe) for (free )?(e-?mail )?(newsletters?|updates|alerts)\b.{0,40}$/i,
      /^(enter|your) (your )?e-?mail( address)?( here)?[.:…]*$/i,
      /^e-?mail( address)?[:*]*$/i,
      /^(thanks?|thank you) for (signing up|subscribing)\b.{0,80}$/i,
      /^subscribers? agrees? to (the|our) .{0,40}$/i,
      /^by (signing up|subscribing|clicking [^,]{1,30}), you agree to .{0,160}$/i,
      /^(you can )?unsubscribe at any time\b.{0,80}$/i,
      /^newsletters?$/i,
    ],
    /** Sign-up cues, counted: a short block with three of them, to the reader, is a pitch. */
    cues: [
      /\bnewsletters?\b/i,
      /\b(sign(ing)? up|subscribe|subscribing|register)\b/i,
      /\b(inbox|mailbox|e-?mail address|your e-?mail)\b/i,
      /\b(weekly|daily|free|morning|evening)\b.*\b(briefing|digest|newsletter|email)\b/i,
    ],
    /** A box's pitch: the reader's mailbox, or a call to sign up for a newsletter. */
    pitch: [
      /(?<!\w)(?:your) (?:e-?mail )?(?:inbox|mailbox)\b/iu,
      /(?<!\w)(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|briefing|digest|boletín|lettre)\b/iu,
    ],
    /** What a pitch promises: news that comes again and again, not one e-mail. */
    recurringNews: [/(?<!\w)(?:every|each|daily|weekly|weekday|morning|evening|week['’]?s?|stories|news|headlines|best of|newsletters?|briefing|digest)\b/iu],
    /** Words of a newsletter box; a block without any is not one. */
    boxWords: [/newsletter|e-?mail|inbox|mailbox/i],
  },
  donation: {
    /** Widget lines: removed wherever they stand. */
    lines: [
      shapeDonationLine(`(?:please )?(?:donate|give|contribute|chip in)(?: now| today| here| once| monthly)?`),
      shapeDonationLine(`(?:please )?(?:make a|make your) (?:one-time |one-off |monthly |recurring |tax-deductible )?(?:donation|contribution|gift)(?: now| today)?`),
      shapeDonationLine(`(?:please )?(?:support|donate to|contribute to|give to|fund) ${F_CAUSE}(?: now| today| monthly| with a (?:donation|contribution|gift))?`),
      new RegExp(`^\\s*(?:[Pp]lease )?[Ss]upport ${F_PUBLICATION}\\s*!\\s*$`, 'u'),
      shapeDonationLine('(?:become|join us as) an? (?:member|supporter|patron|sustaining member|friend of [\\p{L} .]{1,30})(?: today| now)?'),
      /^\s*your (?:support|donation|contribution|gift|generosity|help)s?,?(?: no matter (?:how )?(?:big or )?small,?)? (?:helps?|makes?|allows?|enables?|keeps?|will (?:help|make|allow|keep|go)|matters?|means?|is (?:vital|crucial|essential|what)|powers?|funds?|sustains?|ensures?)\b.{0,90}$/iu,
      /^\s*not ready to (?:support|donate|give|contribute)\b.{0,25}\??\s*$/iu,
      /^\s*remind me (?:later|next month|in \w+ \w+)\s*[.!]?\s*$/iu,
      shapeDonationLine('(?:thank you|thanks) for (?:your (?:support|donation|contribution|generosity|gift)|supporting (?:us|our (?:work|journalism))|standing with us|being a (?:supporter|member))'),
      shapeDonationLine('(?:choose|select|pick|enter) (?:an |your |the )?(?:donation |contribution |gift )?(?:amount|frequency)(?: to (?:give|donate|contribute))?'),
      shapeDonationLine('(?:available for everyone,? )?(?:funded|supported|paid for) by (?:our )?readers'),
      /^\s*(?:(?:give|donate|pay|support(?: us| me)?|contribute|become a (?:patron|member)) (?:with|via|by|through|on) (?:paypal|gofundme|patreon|ko-fi|venmo|stripe|apple pay|google pay|credit card|debit card|card|bank transfer|bitcoin|crypto)\s*){1,4}$/iu,
      shapeDonationLine('(?:buy|get) (?:me|us) a (?:coffee|beer|pizza)(?: on ko-fi)?'),
      // "Independent journalism needs your support"
      shapeDonationLine('(?:(?:independent|local|quality|good|free|public[- ]interest) )?journalism needs (?:your )?(?:support|help)'),
      new RegExp(`^\\s*(?:[Pp]lease )?[Ss]upport ${F_PUBLICATION} (?:and|to|so) (?:make a difference|help|keep|ensure|fund|sustain|protect|defend|continue)\\b.{0,90}$`, 'u'),
      shapeDonationLine('(?:we have|we’ve got|we\'ve got) a small favou?r to ask'),
      shapeDonationLine('(?:a|an) (?:message|word|note|letter|appeal) (?:from|to) (?:our |all our )?(?:loyal |valued |dear )?readers'),
    ],
    /** Headers and salutations of an appeal; they go only with the appeal they open. */
    headers: [
      /^\s*(?:dear|hello|hi) (?:readers?|friends?|subscribers?)[,:!.]?\s*$/iu,
      /^\s*(?:a|an) (?:message|word|note|letter|appeal) (?:from|to|for) .{1,50}:?\s*$/iu,
      new RegExp(`^\\s*(?:[Ss]upport) ${F_PUBLICATION}\\s*[.!]?\\s*$`, 'u'),
      /^\s*(?:something to consider|before you go|before you (?:continue|move on)|can you help( us)?|help us)[.:?!…]*\s*$/iu,
      new RegExp(`^\\s*(?:[Ee]njoy(?:ing|ed)?|[Ll]ik(?:e|ed|ing)|[Ll]ov(?:e|ed|ing)|[Ff]ound|[Ff]inding) (?:this (?:post|article|story|blog|site|newsletter|podcast)|what you(?:['’]re| are)? read(?:ing)?|${F_PUBLICATION})(?: useful| helpful)?\\s*\\?\\s*$`, 'u'),
    ],
    /** Buttons of an appeal: amounts, frequencies, payment methods, "maybe later". */
    buttons: [
      /^\s*(?:once|one[- ]time|one[- ]off|single|monthly|annual|annually|yearly|every month|every year|per month|per year|recurring|other|other amount|custom amount|amount)\s*$/iu,
      /^\s*(?:continue|next|proceed)\s*[.!→>»]*\s*$/iu,
      /^\s*(?:pa[yi]ment methods?|pay(?: with)? (?:by )?(?:card|credit card|debit card|paypal|apple pay|google pay)|credit card|debit card|paypal|apple pay|google pay|bank transfer)\s*$/iu,
      /^\s*(?:maybe later|not now|no thanks|close|later)\s*[.!]?\s*$/iu,
    ],
    /** Buttons that only an appeal has (frequencies and amounts are also price lists). */
    buttonWords: [/\b(?:donat\w*|contribut\w*|support|remind me|pa[yi]ment methods?)\b/iu],
    /**
     * Calls to give that are appeals by themselves, in the reader's or the publisher's voice.
     * A new pattern's required word goes into "appealWords", and an example of it into the
     * test that holds the two together (test/rules/donation-gate.test.ts).
     */
    appeals: [
      // "please donate", "consider a contribution today", "you can support"
      /\b(?:please|kindly|click here to|tap here to|consider|you can|why not) (?:(?:making |sending )?an? (?:small |one-time |one-off |monthly |regular )?)?(?:donat\w*|contribut\w*|support(?:ing)?|giv(?:e|ing)|becom(?:e|ing) a (?:member|supporter|patron))\b/iu,
      // Not a request someone else was asked ("we asked our backers to support us"): that is a story of one.
      /(?<!\b(?:asked|urged|invited|begged|persuaded|convinced|encouraged|told|wanted|got) (?:[\p{L}’'-]+ ){1,4}to )\b(?:support|donate to|contribute to|help fund|fund) (?:us|our (?:work|journalism|newsroom|reporting|mission|coverage)|(?:independent|quality|local|public[- ]interest|fearless) (?:journalism|news|media|reporting)|(?:the|this|my|our) (?:blog|site|website|podcast|newsletter|channel))\b/iu,
      /\b(?:your|a|every|any) (?:support|donation|contribution|gift|pledge)s?,?(?: (?:of|from) [^,.]{1,20},?)?(?: no matter (?:how )?(?:big or )?small,?)? (?:helps?|makes?|allows?|enables?|keeps?|will (?:help|make|allow|keep|go)|matters?|means?|powers?|funds?|sustains?|ensures?)\b/iu,
      /\bwe (?:need|rely on|depend on|count on|are asking for) (?:your|readers(?: like you)?['’]?) (?:\w+ )?(?:help|support|generosity|contributions?|donations?)\b/iu,
      /\bwe (?:rely|depend|count) on (?:you|readers like you|our readers)\b/iu,
      /^\s*(?:please )?[Ss]upport [\p{Lu}][\p{L}\p{N}'’.-]*(?: [\p{Lu}][\p{L}\p{N}'’.-]*){0,3} (?:so|and|to|because|today)\b/u,
      /\b(?:with|thanks to) (?:your|readers['’]?) (?:help|support|contributions?|donations?)\b/iu,
      /\bthank you for (?:your (?:support|donation|contribution|generosity)|supporting (?:us|our)|standing with us)\b/iu,
      /\b(?:by|when you (?:are|start)) (?:supporting|donating to|contributing to|giving to) \S.{0,40}\byou(?:['’]re| are)?\b/iu,
      /\b(?:become|join (?:us|them) as) an? (?:member|supporter|patron)\b/iu,
      /\b(?:make|making) an? (?:one-time |one-off |monthly |recurring |small |tax-deductible )?(?:donation|contribution|gift)\b.{0,40}\b(?:today|now|us|our)\b/iu,
      /\b(?:funded|supported|paid for|made possible) by (?:our |its )?readers\b|\breader[- ](?:funded|supported)\b/iu,
      /\bwe have a (?:small )?favou?r to ask\b/iu,
      /\bif you (?:value|enjoy(?:ed)?|appreciate|like|rely on) (?:this|our|what we|reading|the work|(?:the )?\p{L}[\p{L}.]*['’]s? (?:journalism|reporting|coverage|work|stories|articles|posts))\b.{0,80}\b(?:support|donat\w*|contribut\w*|member)\b/iu,
    ],
    /** Words without which no "appeals" pattern can match: each pattern requires one of them, under the same flags. */
    appealWords: [/donat|contribut|support|giv|becom|fund|gift|pledge|member|patron|paid for|made possible|thank you for|we (?:need|rely|depend|count|are asking|have a )|(?:with|to) (?:your|readers)/iu],
    /** Words of giving; an appeal paragraph speaks of them or of the publisher's work. */
    giving: [/(?<!\w)(?:donat\w*|contribut\w*|support\w*|funding|fund(?:ed|s)?|members?(?:hip)?|patrons?|subscri\w*|paywalls?|afford|generosity)\b/iu],
    /** Words of the publisher's own work. */
    ownWork: [/(?<!\w)(?:journalis(?:m|ts?|tic)|report(?:ing|ers?)|newsroom|readers?|fact-?check\w*|stor(?:y|ies)|coverage|investigat\w*|documentar\w*|facts|truth|press|editorial|independent|our (?:work|staff|team|mission|site|readers|journalists|reporters|writers|editors))\b/iu],
    /** The appeal is for the publisher: "support us", "stand with us". */
    forUs: [/(?<!\w)(?:(?:support|donate to|contribute to|fund|back|help|stand(?:ing)? with|join) (?:us|uns)\b|we (?:rely|depend|count) on (?:you|readers)\b|(?:support|donate to|fund|back) (?:the|this|my|our) (?:blog|site|website|podcast|newsletter|channel)\b|buy (?:me|us) a coffee\b)/iu],
  },
  comments: {
    /** Headers, counts, buttons, invitations, loading and account lines of a comment widget. */
    lines: [
      shapeCommentLine(`(?:new, )?\\d[\\d.,]*\\s*(?:new )?(?:comments?|replies)`),
      shapeCommentLine('(?:reader|readers[’\']?|user|your) comments|(?:comments|discussion) (?:section|thread|forum)'),
      // Buttons
      shapeCommentLine(`(?:view|show|hide|read|see|load|open|close|display|jump to|go to|skip to)(?: (?:all|the|\\d+|more|new|older|newer|latest|reader)){0,2} (?:comments?|replies|conversation|discussion)(?:\\s*${F_COUNT})?`),
      shapeCommentLine('(?:post|add|leave|write|submit|publish|make)(?: a| your| new)? (?:comment|reply|response)(?:\\s*cancel reply)?'),
      shapeCommentLine('(?:comment|reply)(?: on| to) (?:this|the) (?:article|story|post|page)'),
      shapeCommentLine('(?:cancel reply|reply|replies|report comment|report abuse|flag comment|sort by (?:newest|oldest|best|top)|newest first|oldest first|most liked)'),
      shapeCommentLine('(?:comment|name|e-?mail|website)\\s*(?:\\(required\\)|\\*)'),
      // Invitations
      shapeCommentLine('(?:join|start|enter|continue) the (?:conversation|discussion|debate)(?: (?:below|here|now|on [\\p{L} .]{1,30}))?'),
      shapeCommentLine('join our (?:commenting|comment|comments|discussion|community) (?:forum|section|community|board)(?: .{1,30})?'),
      shapeCommentLine('have your say(?: in the comments(?: (?:below|section))?| below)?'),
      shapeCommentLine('(?:what do you think|tell us what you think|let us know what you think|let us know|share your (?:thoughts|views|opinion))\\??(?: (?:tell us |let us know )?(?:in|on) the comments(?: (?:below|section))?| below)'),
      shapeCommentLine('be the first to (?:comment|reply|respond)(?: on this (?:article|story|post))?'),
      shapeCommentLine('(?:there are )?no comments(?: yet)?(?:\\. be the first.{0,40})?'),
      // Loading and state
      shapeCommentLine('(?:loading|load) (?:comments|the comments|conversation)(?:\\.{3})?'),
      /^\s*javascript is required to (?:load|view|see) (?:the )?comments\.?\s*$/iu,
      /^\s*comments powered by (?:disqus|facebook|coral|viafoura|openweb|spot\.im)\.?\s*$/iu,
      /^\s*(?:comments|commenting) (?:are|is|has been|have been) (?:closed|disabled|turned off|not available|unavailable|suspended)\b.{0,80}$/iu,
      /^\s*(?:comments for this (?:article|story|post) (?:are|have been) (?:closed|disabled))\b.{0,60}$/iu,
      // Accounts and registration around commenting
      /^\s*(?:thanks?|thank you) for (?:your comment|commenting|registering|signing in|logging in)\b.{0,40}$/iu,
      /^\s*you (?:must|need to|have to) (?:be )?(?:logged in|signed in|log in|sign in|registered|register|a (?:registered user|subscriber|member)) to (?:post|leave|add|write|submit|make|view|read|reply)\b.{0,80}$/iu,
      /^\s*(?:please )?(?:log ?in|sign ?in|register|sign up|subscribe)(?: or (?:log ?in|sign ?in|register|sign up|create an account))? to (?:comment|reply|post (?:a )?comments?|leave a comment|join the (?:conversation|discussion)|participate)\b.{0,60}$/iu,
      /^\s*if you would like to (?:add|post|leave|write) a comment,? please (?:register|log ?in|sign ?in)\b.{0,40}$/iu,
      /^\s*please refresh (?:the page|your browser)\b.{0,120}\blogged ?in\b.{0,80}$/iu,
      /^\s*(?:your )?comments? (?:is|are|will be) (?:awaiting|subject to|held for) moderation\b.{0,60}$/iu,
      /^\s*(?:read our |view our )?(?:comment|commenting|community) (?:policy|guidelines|rules|standards)\.?\s*$/iu,
    ],
    /** Words of a comment section. */
    vocabulary: [/\b(?:comment\w*|discussion|conversations?|debate|forum|replies)\b/iu],
    /** Literals that every match of the language's "vocabulary" contains, with its flags: a quick test before it. */
    vocabularyHint: [/comment|discussion|conversation|debate|forum|replies/iu],
    /** What a comment policy governs: comments or posts. */
    policySubjects: [/\bcomment\w*|posts?\b/iu],
    /** The readers a call to comment speaks of. */
    readers: [/\breaders?\b/iu],
    // A comment policy or moderation note: its words come as cues, each counted once.
    policyNames: [/\b(?:community|comment|commenting|submission|house) (?:guidelines|standards|rules|policy)\b/iu],
    moderation: [/\bmoderat\w*|\bnetiquette\b/iu],
    civility: [/\b(?:on[- ]topic|off[- ]topic|respectful|constructive|civil|civility|courteous)\b/iu],
    abuse: [/\b(?:profanity|personal attacks?|harassment|abusive|offensive|hate speech|spam)\b/iu],
    removal: [/\b(?:reserve the right to (?:remove|delete|reject)|(?:will|may|can) be (?:removed|deleted|rejected|edited))\b/iu],
    /** A call to comment: opens with an imperative or a question to the reader. */
    call: [/^\s*(?:join|(?:do you )?want to join|would you like to join|tell us|let us know|have your say|what do you think|what are your thoughts|do you agree|share your (?:thoughts|views|opinion))(?=[\s,?!:])/iu],
    /** Words of the login prompts that sit in a comment section. */
    account: [/\b(?:log(?:ged)? ?in|sign(?:ed)? ?in|register\w*|account|profile|password|username|display name)\b/iu],
    accountHint: [/log|sign|regist|account|profile|password|username|display name/iu],
  },
  share: {
    /** Share and follow lines: removed wherever they stand. */
    lines: [
      new RegExp(`^share (this|the|our|that) ${F_SHARE_OBJECT}( (on|via|with|by) .{1,30})?\\s*[:!]?$`, 'iu'),
      new RegExp(`^(share|post|send|tweet|pin|email|e-mail|mail)( this| it)?( (on|to|via|with|by|in|using)) ?:?\\s*(${F_NETWORK_LIST})?\\s*[:!]?$`, 'iu'),
      new RegExp(`^share (this |it )?(on|to|via|with|by|in|using)[: ]+${F_NETWORK_LIST}$`, 'iu'),
      new RegExp(`^${F_NETWORK_LIST}\\s+share( via)?:?$`, 'iu'),
      /^share( all| more)? (sharing )?options( for: .{1,200})?$/iu,
      /^(show|hide|close|more|all|open)( extra| more| all)? (sharing|share) (options|buttons|tools|links)$/iu,
      /^share (close|all|tweet|permalink|selection|link|icon|button|buttons|bar|story)( \w+){0,3}$/iu,
      /^(sharing is caring|spread the word|please share|share the love|share and enjoy|like this:?|like and share)[.!]*$/iu,
      /^(shares)$/iu,
      /^click (here )?to (share|email|e-mail|print|tweet|pin|save)( this| it)?( (on|via|to|with|by) [\w+ ]{1,20})?( (this )?to a friend)?( \(opens in (a )?new window\))?$/iu,
      /^(tweet|share tweet|share tweet submit|tweet share|tweet this|click to tweet|pin it|pin this|save to pocket|email this( (article|story|page|post))?|e-mail this( (article|story|page|post))?|print this( (article|story|page|post))?|print (article|story|page)|send (this )?to a friend|email to a friend|e-mail to a friend|forward to a friend)$/iu,
      /^(copy (the )?(link|url)|copy (article )?link|link copied( to clipboard)?|url copied!?|copy link url copied!?|copied!?)$/iu,
      /^(shares?|total shares)[:\s]+[\d.,]+\s*[km]?$/iu,
      /^this (story|article|post|page) has been shared [\d.,]+ times\.?( [\d.,]+)?$/iu,
      // Follow links
      /^follow( us| me)?\s*(on|at|via)?\s*:?$/iu,
      new RegExp(`^follow (us|me|on) (on |at |via )?:?\\s*${F_NETWORK_LIST}[.!]?$`, 'iu'),
      new RegExp(`^follow [^.!?:]{1,60}? on ${F_NETWORK_LIST}[.!]?$`, 'iu'),
      /^follow (us )?for (breaking news|the latest|more)\b.{0,60}$/iu,
      /^follow (the )?(author|authors|reporter|writer|columnist|topics?)( of this (article|story|post))?( within this (article|story))?$/iu,
    ],
  },
  notification: {
    /** Prompt lines: removed wherever they stand. */
    lines: [
      shapeNotificationLine(`stay (?:up to date|up-to-date|updated|informed|in the know|on top of the news|connected) with ${F_NOTIFICATIONS}${F_NOTIFICATIONS_FROM}`),
      shapeNotificationLine(`(?:get|receive|enable|turn on|switch on|allow|activate|subscribe to|sign up for|opt in to|opt-in to) (?:our |free )?${F_NOTIFICATIONS}${F_NOTIFICATIONS_FROM}`),
      /^\s*notifications (?:can|may) be (?:managed|changed|turned off|disabled|adjusted|blocked) (?:in|via|through|from|at any time)\b.{0,80}$/iu,
      /^\s*(?:you can )?(?:manage|change|turn off|disable|unsubscribe from) (?:these |the |your )?notifications (?:at any time|in (?:your )?(?:browser|settings|preferences))\b.{0,60}$/iu,
      /^\s*(?:would you like to|do you want to|want to|would you like) (?:receive|get|enable|turn on|allow|be notified)\b.{0,40}\b(?:notifications?|alerts|notified)\b.{0,60}$/iu,
      /^\s*(?:we['’]d like to|we would like to|[\p{L}\p{N} .'’&-]{1,40} (?:wants|would like) to) (?:send you|show you|notify you)\b.{0,40}\b(?:notifications?|alerts|push)\b.{0,40}$/iu,
      /^\s*(?:click|tap|press|select) ["“'‘]?allow["”'’]? (?:to|and)\b.{0,80}$/iu,
      /^\s*(?:never|don['’]t) miss (?:a|an|any) (?:story|update|thing|headline|breaking news|important story)\b.{0,60}\b(?:notifications?|alerts?|notified)\b.{0,40}$/iu,
      /^\s*(?:get|be) notified (?:when|about|of|whenever)\b.{0,40}\b(?:we|our|us|new (?:story|stories|articles?|posts?)|breaking news|the latest)\b.{0,40}$/iu,
      shapeNotificationLine(`(?:push )?notifications?(?: settings| preferences)?|(?:allow|block|enable|disable|turn on|turn off) notifications|not now|don['’]t allow|(?:yes,? )?(?:allow|enable) notifications`),
    ],
    /** Bare buttons of a prompt, which alone could mean anything. */
    buttons: [
      /^\s*(?:allow|block|later|maybe later|not now|no thanks|no,? thank you|yes|yes,? please|ok|okay|sure|accept|decline|cancel|close|dismiss|got it|subscribe|turn on|enable|i['’]m in|count me in)\s*[.!]?\s*$/iu,
    ],
    /** Words of push notifications, and literals every match of them holds (a quick test first). */
    words: [/\b(?:notifications?|push|alerts?)\b/iu],
    wordsHint: [/notification|push|alert/iu],
    // What a prompt asks, as cues counted once each: allow, stay up to date, browser settings, news.
    asks: [/\b(?:allow|enable|turn on|switch on|activate|opt in|subscribe)\b/iu],
    stayInformed: [/\b(?:stay (?:up to date|updated|informed)|never miss|don['’]t miss|be the first to know)\b/iu],
    settings: [/\b(?:browser|preferences|settings)\b/iu],
    news: [/\b(?:breaking news|latest news|top stories)\b/iu],
    /** How a prompt opens: an order or an offer to the reader, not "You can ..." of a how-to. */
    openings: [/^\s*(?:turn on|switch on|allow|enable|activate|get|receive|never miss|don['’]t miss|stay|click|tap|subscribe|sign up|opt in|be the first|would you like|do you want|want to)\b/iu],
  },
  related: {
    /** Headers after which the following headline blocks are a list of other stories. */
    listHeaders: [
      shapeRelatedHeader('related|related (?:articles?|stories|story|posts?|content|coverage|news|reading|reads|links?|topics|tags|videos?|galleries|items|searches|listings)'),
      shapeRelatedHeader(`(?:more|other|latest|top|recent|popular|trending|featured|related) (?:related )?(?:stories|articles|news|headlines|posts|videos|coverage|reads)(?: (?:for you|from ${F_SHORT_NAME}|on ${F_SHORT_NAME}|about ${F_SHORT_NAME}|in ${F_SHORT_NAME}))?`),
      shapeRelatedHeader(`more(?: [\\p{L}’'&.-]+){1,3} (?:stories|articles|news|reads|coverage)`),
      shapeRelatedHeader(`more (?:from|in) ${F_SHORT_NAME}`),
      shapeRelatedHeader(`(?:most|the most) (?:popular|read|viewed|shared|commented|emailed|watched|clicked)(?: (?:articles|stories|news|posts|videos|now|today|this week|right now))?(?: (?:in|on|from) ${F_SHORT_NAME})?`),
      shapeRelatedHeader('most read most shared|most popular most read|most viewed most shared'),
      shapeRelatedHeader(`(?:popular|trending)(?: (?:now|today|right now|this week|stories|articles|posts|news|videos)| (?:on|in|at) ${F_SHORT_NAME})(?: (?:on|in|at) ${F_SHORT_NAME})?`),
      shapeRelatedHeader('(?:recommended|suggested|picked) (?:for you|stories|articles|reading|reads|videos?|posts|for you today)|recommendations(?: for you)?'),
      shapeRelatedHeader("(?:you|we think you) (?:may|might|could|will|would) (?:also )?(?:like|love|enjoy|be interested in)(?: (?:these|this|reading))?(?: (?:posts|stories|articles))?"),
      shapeRelatedHeader('(?:also|further|recommended|suggested|essential) reading|read (?:this )?next|what to read next|up next|watch next|more to read|more to explore'),
      shapeRelatedHeader("editor'?s'?’?(?:’s)? (?:picks?|choice|recommendations)|editors’ picks|staff picks"),
      shapeRelatedHeader('top (?:stories|news|headlines|reads)|latest(?: [\\p{L}]+)? (?:news|stories|headlines|articles|posts|videos)|in case you missed it|icymi|around the site|elsewhere on [\\p{L} .]{1,30}'),
    ],
    /** Headers of tag and topic lists: only short labels follow them. */
    tagHeaders: [shapeRelatedHeader('tags|topics|related tags|related topics|filed under|more on these topics|explore more|topics in this article')],
    /** "See also"-like headers: the line goes, and at most the one block of headline-length lines right after it. */
    weakHeaders: [shapeRelatedHeader("(?:don't|do not|dont|don’t) miss(?: this| out)?|see also|also read|read also|also see|also on [\\p{L} .]{1,30}|must read")],
    /** Bare links to read on (here or elsewhere): the line goes, nothing after it. */
    linkHeaders: [
      shapeRelatedHeader('read more|read more here|read the full (?:story|article)|read full (?:story|article)|full story|read (?:the )?(?:rest of the )?(?:story|article)|continue reading(?: this article| the story)?|keep reading|read on|more|featured|(?:the )?latest|trending|popular|recommended'),
      shapeRelatedHeader(`more (?:on|about) ${F_SHORT_NAME}`),
    ],
    /** Bare link lines that need no header around them. */
    linkLines: [
      /^(?:read|see|view|show) (?:all|more) (?:related )?(?:stories|articles|news|posts|headlines|coverage)(?: (?:from|on|about|in) .{1,40})?\s*(?:»|›|>|→)?$/iu,
      /^this (?:article|story|post) is related to:.{0,200}$/iu,
    ],
    /** What opens a teaser link with its headline on the same line: "Read more: Alibaba prices its listing". */
    teaserPrefixes: [/read more|read|more|related|related (?:article|story|content|coverage|link)|see also|also read|read also|also see|recommended|must read|don't miss|don’t miss|click here/iu],
    /** Words that start a breadcrumb, and so the article's own header: words, one a line. */
    breadcrumbStarts: ['home', 'homepage'],
  },
  navigation: {
    /** Control lines: removed wherever they stand. */
    controls: [
      // Skip links
      shapeNavigationControl('(?:skip|jump|go|move) (?:to|directly to) (?:the )?(?:main |primary |page |site )?(?:content|navigation|nav|menu|search|footer|article|story|sections?|site index|main|main navigation|site navigation)(?: (?:skip to|and) [\\p{L} ]{1,30})?'),
      shapeNavigationControl('skip (?:navigation|nav|links|to content|ad)|accessibility (?:links|help|statement)|keyboard shortcuts'),
      // Menu and search controls
      shapeNavigationControl('(?:main |site |mobile |primary |open |close |show |hide |toggle )?(?:menu|navigation|nav)(?: (?:menu|close|open|sections|toggle))?|toggle (?:main |site |mobile )?(?:navigation|menu|nav|search(?: input| bar| form)?)|(?:open|close) (?:navigation|the menu|search)(?: menu)?|hamburger(?: menu)?|menu footer widget'),
      shapeNavigationControl('search|search search|search (?:for|in|the site|this site|our site|site|website|query|term|articles|news)|site search|type to search(?: search)?|search results|(?:x )?close search'),
      shapeNavigationControl('close|x close|close (?:menu|window|panel|overlay|banner|this|popup|pop-up|dialog|navigation|x)|×|✕|✖|╳'),
      shapeNavigationControl('sections|all sections|menu sections|site (?:index|navigation|tools|information navigation)|sections (?:&|and) features|more sections|show (?:all )?sections'),
      shapeNavigationControl('(?:scroll |go |jump )?(?:back )?to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page|back to (?:the )?(?:main menu|menu|home(?: ?page)?|start|front page|previous page|reading|gallery|search results|article|story|index)(?: close)?|go to home ?page|return to (?:the )?(?:home ?page|top|menu)'),
      // Previous / next
      shapeNavigationControl('(?:previous|prev|next|older|newer)(?: (?:article|story|post|entry|page|item|slide|image|photo|gallery|video|posts|entries|articles|stories))?(?: (?:previous|prev|next))?|close previous next|prev previous|next next'),
      shapeNavigationControl('(?:previous|prev|next)\\s+[\\p{L}]+(?: [\\p{L}]+)? news\\s*[-–—]?|[-–—]\\s*(?:previous|next) [\\p{L}]+(?: [\\p{L}]+)? news'),
    ],
    /** Lines that are menu controls rather than items: evidence that a block of labels is a menu. */
    menuControls: [shapeNavigationControl('menu|main menu|navigation|sections|search|close|×|back to main menu(?: close)?|more|toggle navigation|home')],
    /** Section names of news sites, the vocabulary of menus: words, matched in lower case. */
    sectionWords: [
      'home', 'homepage', 'news', 'latest', 'latest news', 'breaking', 'breaking news', 'top stories', 'world', 'world news', 'us', 'u.s.', 'uk', 'us news',
      'uk news', 'europe', 'asia', 'africa', 'americas', 'middle east', 'australia', 'india', 'china', 'latin america', 'local', 'national',
      'international', 'nation', 'politics', 'us politics', 'business', 'economy', 'markets', 'money', 'finance', 'personal finance', 'tech', 'technology',
      'science', 'science & tech', 'science & technology', 'health', 'sport', 'sports', 'football', 'soccer', 'tennis', 'golf', 'cricket', 'basketball',
      'baseball', 'hockey', 'nfl', 'nba', 'mlb', 'nhl', 'motorsport', 'rugby', 'entertainment', 'culture', 'arts', 'art', 'books', 'music', 'movies',
      'film', 'tv', 'television', 'celebrity', 'celebrities', 'lifestyle', 'life', 'living', 'style', 'fashion', 'beauty', 'food', 'food & drink', 'travel',
      'real estate', 'homes', 'cars', 'autos', 'auto', 'opinion', 'opinions', 'editorials', 'columnists', 'columns', 'letters', 'obituaries', 'obits',
      'weather', 'traffic', 'video', 'videos', 'photos', 'photo', 'pictures', 'in pictures', 'gallery', 'galleries', 'podcasts', 'podcast', 'newsletters',
      'newsletter', 'events', 'jobs', 'careers', 'classifieds', 'deals', 'shopping', 'reviews', 'features', 'magazine', 'education', 'environment',
      'climate', 'crime', 'investigations', 'analysis', 'blogs', 'blog', 'about', 'about us', 'contact', 'contact us', 'advertise', 'subscribe',
      'sign in', 'log in', 'login', 'register', 'my account', 'account', 'search', 'menu', 'more', 'sections', 'archive', 'archives', 'rss', 'help',
      'faq', 'e-paper', 'epaper', 'games', 'puzzles', 'crossword', 'crosswords', 'horoscope', 'horoscopes', 'live', 'live tv', 'watch live', 'community',
      'religion', 'weddings', 'lottery', 'energy', 'media', 'startups', 'gaming', 'security', 'gear', 'ideas', 'defense', 'military', 'immigration',
      'elections', 'congress', 'white house', 'fact check', 'explainers', 'interactive', 'specials', 'comics', 'interviews', 'trending', 'popular',
      'most popular', 'all news', 'local news', 'family', 'parenting', 'wellness', 'fitness', 'relationships', 'relationship', 'society', 'world cup',
      'coronavirus', 'investing', 'personal tech', 'mobile', 'apps', 'movies & tv', 'tv & radio', 'radio', 'newsletters & alerts', 'print edition',
      'today’s paper', "today's paper", 'subscriptions', 'feedback', 'privacy policy', 'terms of use', 'terms of service', 'cookie policy', 'sitemap',
    ],
    /** Words that start a breadcrumb trail: words, matched in lower case. */
    homeWords: ['home', 'homepage'],
  },
  cookie: {
    /** Links and buttons that name cookies: always part of a consent box or a footer. */
    links: [
      /^(?:(?:your |edit |change |manage |update )?cookies? (?:settings|preferences|choices|policy|notice|statement|consent|options|declaration)|(?:our |read our )?cookies? policy|privacy (?:&|and) cookies?(?: policy| notice)?|privacy (?:&|and) cookie (?:policy|notice)|cookies? (?:&|and) privacy(?: policy)?)$/iu,
      /^(?:accept|reject|allow|decline|manage|refuse|disable|block) (?:all )?(?:the )?cookies$/iu,
      /^(?:use |allow )?(?:only )?(?:strictly )?necessary cookies(?: only)?$/iu,
    ],
    /** How a notice opens: the site says it uses cookies, or continuing means consenting. */
    openers: [
      /^(?:this|our) (?:web ?)?(?:site|page|portal)s? (?:uses|is using|use|may use|employs|places|stores) (?:cookies?|tracking)/iu,
      /^(?:this|our) (?:web ?site|site) (?:uses|is using) (?:cookie|similar technologies)/iu,
      /^we(?: and our (?:\w+ )?(?:partners|vendors|third parties))?,? (?:also )?(?:use|are using|place|store|set|serve) (?:our own |third[- ]party |some )?(?:cookies?|tracking)/iu,
      /^cookies (?:help|allow|enable) us\b/iu,
      /^by (?:continuing to (?:use|browse|navigate|visit)|using|browsing|clicking [^,]{1,40}|choosing [^,]{1,40}|continuing)[^,.]{0,40},? you (?:agree|accept|consent|are agreeing|are consenting)/iu,
      /^continued (?:site )?use (?:of this site )?(?:signifies|constitutes|means)/iu,
    ],
    /** Cookie vocabulary (German compounds too: "Cookie-Einstellungen"), and literals every match of it holds. */
    words: [shapeCookieWords('cookies?|cookie-[\\p{L}]+|[\\p{L}]+-cookies?|tracking technolog(?:y|ies)')],
    wordsHint: [/cookie|tracking technolog/iu],
    /** The site speaking about itself, beyond "we". */
    siteVoice: [shapeCookieWords('this (?:web ?)?(?:site|website|page)|our (?:web ?)?(?:site|website|service)')],
    /** Asking for or describing consent, and the choices a notice offers. */
    consent: [shapeCookieWords('accept|accepts|accepting|agree|agreeing|consent|consenting|opt[- ]out|manage|preferences|settings|cookie policy|privacy policy|learn more|find out more|more information|read more')],
    /** What notices say cookies are for. */
    purpose: [shapeCookieWords('improve|enhance|personali[sz]\\w*|analy[sz]\\w*|browsing|experience|advertis\\w*|ads|traffic|functionality|statistics')],
    /** News prose reports: a notice never says "said" or "according to". */
    reporting: [shapeCookieWords('said|says|according to|reported|reports|found|told|ruled|fined|explained|wrote|added|noted|stated|argued|claimed|claims|alleges|alleged|warned|acknowledged|announced|admitted|insisted')],
    /** How a consent panel describes its categories of cookies. */
    panel: [shapeCookieWords('necessary|essential|functional|functionality|performance|analytics|category|categories|consent|preferences|settings|browser')],
    /** "the website": the site a panel's text speaks of, beyond "siteVoice". */
    theSite: [shapeCookieWords('the (?:web ?)?site|the website')],
    /** Words a notice's heading speaks of: privacy, cookies, consent. */
    privacy: [shapeCookieWords('privacy|cookies?|consent')],
    /** Buttons and panel labels of a consent box, removed only beside or inside a notice: words, matched as they are written. */
    buttons: [
      'accept', 'accept all', 'accept all cookies', 'accept cookies', 'accept and close', 'accept & close', 'accept and continue',
      'i accept', 'i agree', 'agree', 'agree and close', 'agree & close', 'agree and proceed', 'allow', 'allow all', 'allow cookies',
      'allow all cookies', 'ok', 'okay', 'got it', 'continue', 'close', 'dismiss', 'decline', 'decline all', 'reject', 'reject all',
      'deny', 'no thanks', 'no, thanks', 'manage preferences', 'manage options', 'manage settings', 'manage cookies', 'more options',
      'settings', 'cookie settings', 'cookies settings', 'customize', 'customise', 'learn more', 'read more', 'more info',
      'more information', 'find out more', 'save', 'save settings', 'save preferences', 'save and exit', 'save & accept',
      'save and accept', 'confirm my choices', 'confirm choices', 'privacy overview', 'necessary', 'always enabled',
      'necessary always enabled', 'non-necessary', 'functional', 'performance', 'analytics', 'advertisement', 'others',
      'x', '×', '✕', '✖',
    ],
  },
  legal: {
    /** Link names that are footer links wherever they stand alone on a line (pattern sources, joined into one pattern). */
    strongLinks: [
      'privacy (?:policy|notice|statement|settings|center|centre|preferences|choices|information|overview)',
      'online privacy policy', 'updated privacy policy', 'our privacy policy', 'privacy (?:policy )?(?:and|&) (?:terms|cookies?)(?: (?:of (?:use|service)|policy))?',
      'your (?:california |us state )?privacy (?:rights|choices)', 'california privacy rights', 'platform privacy',
      'terms (?:of (?:use|service|sale|access)|(?:and|&) conditions|and privacy|& privacy)', 'terms(?:,| and| &) (?:conditions|privacy)(?: policy)?',
      'terms of (?:use|service) (?:and|&) privacy(?: policy| notice)?', 'user agreement', 'subscriber agreement(?: (?:and|&) terms of (?:use|service))?',
      'conditions of (?:use|sale)', 'legal (?:notices?|information|terms|disclaimer)', 'copyright (?:policy|notice|information)',
      'contact us', 'contact me', 'about us', 'accessibility (?:statement|help|policy|links|& cc)', 'do not sell my (?:personal )?info(?:rmation)?',
      'do not sell or share my personal information', '(?:your )?ad ?choices', 'about our ads', 'interest[- ]based ads',
      'modern slavery (?:act )?statement', 'code of (?:ethics|conduct)', 'editorial (?:standards|guidelines|policy|policies)',
      'community (?:guidelines|standards|rules)', 'copyright (?:and|&) (?:reprints?|permissions)', 'reprints? (?:and|&) permissions',
    ],
    /** Single words that are links in a footer but could head a section of an article (pattern sources). */
    weakLinks: ['privacy', 'terms', 'legal', 'disclaimer', 'imprint', 'copyright', 'contact', 'accessibility', 'cookies'],
    /** Other words of footers: they neither make a footer nor break one (pattern sources). */
    footerWords: [
      'about', 'sitemap', 'site map', 'site index', 'faqs?', 'help', 'help center', 'feedback', 'careers', 'jobs', 'advertise(?: with us)?',
      'advertising', 'media kit', 'rss(?: feeds?)?', 'newsletters?', 'subscribe', 'subscriptions?', 'support', 'customer service', 'press',
      'store', 'shop', 'events', 'archives?', 'corrections', 'masthead', 'staff', 'our company', 'work for us', 'cookie policy',
      'cookie (?:settings|preferences)', 'privacy (?:&|and) cookies(?: policy)?', 'home', 'contact [\\p{L}]+', 'about [\\p{L}]+',
    ],
    /** Wire-service notices and terms-acceptance small print. */
    notices: [
      /^(?:this|the) (?:material|article|content|story|report|copy|contents?)(?: on this (?:web ?)?site)? (?:may|must|can) not be (?:re)?(?:published|reproduced|copied|distributed|used)\b.{0,200}$/iu,
      /^no part of this (?:site|website|publication|article|page)\b.{0,200}\b(?:reproduced|copied|transmitted|republished)\b.{0,200}$/iu,
      /^(?:this copy is )?for (?:your )?personal,? non-commercial use only\b.{0,400}$/iu,
      // "Opinions expressed by Example contributors are their own.", "The views expressed in this article are the author's own"
      /^(?:disclaimer:\s*)?(?:the )?(?:opinions?|views?)(?: and (?:opinions?|views?))? expressed (?:by|in|here|on)\b[^.]{0,60}\b(?:are|is|do not|does not)\b[^.]{0,40}\b(?:own|those of|necessarily|reflect)\b.{0,160}$/iu,
      // "Use of this site constitutes acceptance of our User Agreement", "Registration on or use of this site constitutes ..."
      /^(?:your )?(?:use of|registration on|access to)(?:\s+(?:and\/or|or|and)\s+(?:use of|registration on))?\s+(?:any (?:portion|part) of\s+)?(?:this|our|the) (?:web ?)?(?:site|website|service)s?\b[^.]{0,40}\b(?:constitutes|signifies|indicates|means)\b.{0,300}$/iu,
    ],
  },
  ads: {
    /** Labels, slots and affiliate disclosures: removed as whole lines. */
    lines: [
      shapeAdLabel('advertisement|advertisements|advertisment|advert|adverts|ad|ads|ad feedback|ad choices|adchoices|advertorial|sponsored advert'),
      shapeAdLabel('sponsored|sponsored (?:content|links?|stories|story|posts?|articles?|listings?|products?|partner content)|sponsor content'),
      shapeAdLabel('paid (?:content|post|partnership|promotion|program|partner content|for by [\\p{L}\\d&.,\'’ -]{1,40})'),
      shapeAdLabel('promoted|promoted (?:content|stories|links|posts?|listings?)|partner content|content from our partners?|from our (?:sponsors?|partners?)'),
      shapeAdLabel('sponsored by [\\p{L}\\d&.,\'’ -]{1,40}|promoted by [\\p{L}\\d&.,\'’ -]{1,40}|ads? by [\\p{L}\\d&.,\'’ -]{1,30}'),
      shapeAdLabel('recommended by (?:outbrain|taboola|revcontent|mgid)|sponsored content by [\\p{L}\\d&.,\'’ -]{1,30}|(?:taboola|outbrain) feed'),
      shapeAdLabel('report (?:this )?ad|why this ad\\??|close ad|skip ad|stop seeing this ad|ad closed by [\\p{L}]+|remove ads|hide ads|ads? loading|advertisement loading'),
      shapeAdLabel('(?:story|article|content|text|post|report) continues (?:below|after) (?:this )?(?:the )?(?:advertisement|advert|ad)|(?:story|article|content) continues below'),
      shapeAdLabel('(?:advertisement|ad)\\s*[-–—:]?\\s*(?:continue|scroll(?: down)?(?: to continue)?) reading(?: below)?|continue reading below|scroll to continue with content'),
      shapeAdLabel('(?:continue|keep) reading (?:after|below) (?:the |this )?(?:ad|advertisement)|the article continues after (?:the |this )?(?:ad|advertisement)'),
      // "Oracle BrandVoice | Paid Program"
      /^[\p{L}\d&.,'’ -]{1,40}\|\s*(paid program|paid post|sponsored content|sponsored)$/iu,
      // Affiliate disclosures: "This post may contain affiliate links", "When you purchase through links on our site, we may earn an affiliate commission"
      /^(?:(?:this|the) (?:post|article|page|story|site|guide|review) (?:may )?contains? (?:affiliate|referral)\b.{0,200}|.{0,120}\b(?:we|I|us)\b[^.]{0,40}\b(?:may |might |could |will )?(?:earn|receive|get|make) (?:an? )?(?:small |affiliate |sales )?(?:commission|share of (?:the )?(?:sales|revenue))\b.{0,200}|as an amazon associate,? (?:we|I) earn\b.{0,120}|[\p{L}\d&.' -]{1,40} (?:may|might) (?:receive|earn) (?:an? )?(?:affiliate )?commission\b.{0,80})$/iu,
    ],
    /** Headers of a list of paid links (Taboola, Outbrain and the like). */
    paidListHeaders: [shapeAdLabel('sponsored (?:links|stories|posts|articles|headlines)|promoted (?:stories|links)|paid links|(?:more )?from (?:around|across) the web|around the web|from our partners|partner stories')],
  },
  paywall: {
    /** Account chrome, wall lines and offers: removed wherever they stand. */
    lines: [
      // "Already a subscriber? Log in"
      /^\s*(?:already (?:a (?:subscriber|member|registered user)|have an account|registered|subscribed)|are you (?:already )?a (?:subscriber|member))\s*\??\s*(?:(?:please )?(?:log ?in|sign ?in)(?: here| now| to (?:continue|read|access)\b.{0,40})?)?[.!]?\s*$/iu,
      // Walls
      /^\s*(?:please )?(?:subscribe|sign up|register|log ?in|sign ?in)(?: now| today| here| for free)?(?: (?:or|and) (?:subscribe|sign up|register|log ?in|sign ?in))? to (?:continue|keep) reading\b.{0,80}$/iu,
      /^\s*(?:to )?(?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|log ?in|sign ?in|register|become a (?:subscriber|member))\b.{0,80}$/iu,
      /^\s*(?:subscribe|sign up|register|log ?in|sign ?in)(?: now| today)? (?:for|to get|to unlock|and get) (?:unlimited|full|digital|complete|instant|premium)\b.{0,60}$/iu,
      /^\s*(?:get|unlock|enjoy) (?:unlimited|full|complete|instant) (?:digital )?access\b.{0,80}$/iu,
      /^\s*you(?:['’]ve| have) (?:reached|hit|used(?: up)?|exceeded) (?:your|the) (?:\w+ )?(?:limit|maximum|allowance|number) (?:of|for) (?:free )?(?:articles|stories|reads|views)\b.{0,80}$/iu,
      /^\s*you(?:['’]ve| have) (?:read|used|reached|viewed) (?:all )?(?:of )?(?:your )?(?:\d+|one|two|three|four|five|ten) (?:of (?:your )?\d+ )?free (?:articles|stories)\b.{0,80}$/iu,
      /^\s*you have (?:\d+|one|two|three|four|five) (?:more )?free (?:articles?|stories) (?:left|remaining)\b.{0,60}$/iu,
      /^\s*this is your (?:last|final) free (?:article|story)\b.{0,60}$/iu,
      new RegExp(`^\\s*(?:this|the) (?:article|story|content|page|post|feature|piece) is (?:only |exclusively )?(?:available )?(?:for|to) ${F_SUBSCRIBERS}(?: only)?\\b.{0,60}$`, 'iu'),
      new RegExp(`^\\s*(?:exclusive|only) (?:for|to) ${F_SUBSCRIBERS}\\.?\\s*$`, 'iu'),
      /^\s*(?:subscribers?|members|premium|subscriber|exclusive|plus)[- ](?:only|exclusive)(?: (?:content|article|story))?\.?\s*$/iu,
      /^\s*(?:subscriber|premium|exclusive) (?:content|article|story)\.?\s*$/iu,
      /^\s*(?:for subscribers|subscribers only|premium)\.?\s*$/iu,
      /^\s*subscribe (?:now )?for (?:just |only |as little as )?[$€£]\s?\d.{0,60}$/iu,
      /^\s*subscribe (?:now )?(?:for unlimited access|free for \d+ days)\b.{0,40}$/iu,
      /^\s*(?:start|get|begin|try) (?:your )?(?:free trial|\d+[- ]day free trial|free month)\b.{0,60}$/iu,
      // Offers for the publication itself: "Subscribe to Example and stay smart ...", "Get Example delivered through your letterbox", "12 issues for £11.99"
      /^\s*[Ss]ubscribe to \p{Lu}[\p{L}\d&.' -]{0,40} (?:and|to) (?:stay|get|keep|enjoy|read|support)\b.{0,120}$/u,
      /^\s*(?:[Gg]et|[Rr]eceive|[Hh]ave) \p{Lu}[\p{L}\d&.' -]{0,40} delivered (?:to|through|straight to|right to) your (?:door|letterbox|mailbox|home|inbox)\b.{0,160}$/u,
      /^\s*get access to [^.]{0,80}\bfor (?:as little as|just|only) .{0,160}$/iu,
    ],
    /** Words that say reading on is walled off: each pattern is one cue. */
    wall: [
      /(?<!\w)(?:(?:continue|keep) reading\b|read (?:the|this) (?:full|whole|rest of the) (?:article|story)\b)/iu,
      /(?<!\w)(?:free (?:articles?|stories|reads)\b|article limit\b|(?:reached|hit) (?:your|the) (?:\w+ )?limit\b)/iu,
      /(?<!\w)(?:(?:subscribers?|members) only\b|(?:only|exclusively) (?:for|to|available to) (?:subscribers|members)\b|for subscribers\b)/iu,
      /(?<!\w)(?:(?:unlimited|full|complete) (?:digital )?access\b|premium (?:content|articles?|stories|journalism)\b|paywall\b)/iu,
    ],
    /** The call: subscribe, log in, register. */
    call: [/(?<!\w)(?:subscrib\w*|subscription|log ?in|sign ?in|register|create an account|free trial)/iu],
    /** What the wall keeps: reading, articles, journalism. */
    reading: [/(?<!\w)(?:read\w*|articles?|stor(?:y|ies)|journalism|reporting|content|news)\b/iu],
    /** An order to subscribe or log in, at the start of a sentence or clause. */
    imperative: [/(?:^|[.!?:,;—–]\s*)(?:please\s+)?(?:subscribe|log ?in|sign ?in|sign up|register|become a (?:subscriber|member))\b/iu],
    /** Offers beside a wall: "Cancel anytime", "See all subscription offers". */
    offers: [
      /^\s*(?:cancel (?:anytime|at any time))\.?\s*$/iu,
      /^\s*(?:see|view|compare|choose) (?:all )?(?:subscription )?(?:offers|plans|options|packages)\s*[.›»>]*\s*$/iu,
    ],
  },
  'author-bio': {
    /** Roles an author gives themself ("Staff Writer"): words, capitalised or not. */
    /** Verbs that lead from a name to the role it holds ("Jane Doe is a staff writer"). */
    bioVerbs: ['is', 'was', 'has been', 'joined', 'writes', 'covers', 'reports', 'edits', 'hosts'],
    /** What follows a name in a bio with no role named ("Emiliano joined Example in 2017"). */
    bioJoined: ['joined', 'has been reporting', 'has been writing', 'has been covering', 'has written for', 'writes about', 'writes for'],
    roles: [
      'writer', 'reporter', 'editor', 'correspondent', 'contributor', 'journalist', 'columnist', 'author', 'producer', 'host',
      'freelancer', 'blogger', 'critic', 'photographer', 'educator', 'founder', 'analyst', 'commentator', 'novelist', 'podcaster',
      'intern', 'fellow',
    ],
    /** How to reach or follow the author, from the start of the line: "Write to Jane at ...", "Follow me on Twitter". */
    contact: [
      /^write to \p{L}[^@]{0,60}\bat\s+\S+@\S+/iu,
      /^(?:follow|find) (?:me|him|her|them) on (?:twitter|x|instagram|linkedin|facebook|bluesky|mastodon|threads)\b.{0,80}$/iu,
      /^(?:contact|email|e-mail) (?:the author|me|him|her)\b[^.]{0,40}(?:@|\bat\b)/iu,
    ],
    /** The header of an author box: "About the author", "About Jane Doe". */
    headers: [/^about the (?:author|writer|reporter|expert|reviewer|contributor|editor)s?\s*:?$/iu],
    // Without `i`: a name is capitalised ("About Jane Doe"; not "About the company").
    nameHeaders: [new RegExp(`^(?:[Aa]bout|ABOUT) ${F_PERSON_NAME}\\s*:?$`, 'u')],
  },
  metadata: {
    /** Words before "by" in a credit line: "Written by", "Photos by". */
    bylineLeads: ['written', 'words', 'story', 'text', 'posted', 'interview', 'photo', 'photos', 'compiled', 'produced'],
    /** Words that lead a picture credit ("Photo: Reuters", "Image by Jane Doe"). */
    pictureLeads: ['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'credit', 'credits', 'copyright', 'illustration', 'video'],
    /** Two-word leads of a picture credit, which need no colon ("Image copyright Getty Images", "Photo credit Jane Doe"). */
    pictureCreditLeads: ['photo credit', 'photo credits', 'image credit', 'image credits', 'image copyright', 'image source', 'photo source'],
    /** Words between a picture lead and the credit ("Photo by", "Image via"). */
    creditJoiners: ['by', 'via'],
    /** A slide of a gallery and the word of its counter ("Image 3 of 12"). */
    galleryItems: ['image', 'photo', 'picture', 'slide'],
    galleryOf: ['of'],
    /** Labels that stand for "By" before an author's name: "Author: Jane Doe". */
    authorLabels: ['text', 'author'],
    /** Month names and abbreviations, for dates: words, lower case. */
    months: [
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
      'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    ],
    /** Weekday names and abbreviations: words, lower case. */
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    /** Labels of a dateline ("Published", "Last updated on"): pattern sources, joined in this order. */
    labels: ['published', 'updated', 'update', 'posted', 'modified', 'created', 'uploaded', 'edited', 'original'],
    /** Lowercase words that may sit between names, dates and labels. */
    connectors: ['at', 'on', 'by', 'and', 'of', 'for', 'from', 'in', 'via'],
    /** Lowercase role words that can stand in a byline ("By admin", "staff writer"). */
    bylineRoles: ['staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'editor', 'editors', 'columnist', 'contributor', 'team', 'desk', 'admin', 'bureau', 'agencies', 'wire', 'wires', 'services'],
    /** Words that, straight after "By", begin a sentence rather than a name (weekdays and months besides). */
    notNames: [
      'the', 'a', 'an', 'any', 'all', 'this', 'that', 'these', 'those', 'some', 'no', 'its', 'his', 'her', 'their', 'our',
      'my', 'your', 'far', 'then', 'now', 'default', 'design', 'contrast', 'comparison', 'law', 'chance', 'accident',
      'mistake', 'way', 'hand', 'night', 'day', 'air', 'sea', 'land', 'train', 'car', 'bus', 'phone', 'mail', 'email',
      'post', 'nature', 'definition', 'extension', 'midday', 'midnight', 'noon', 'dawn', 'morning', 'evening', 'afternoon',
      'tonight', 'tomorrow', 'today', 'yesterday', 'end', 'lunchtime', 'mid', 'early', 'late', 'christmas', 'easter',
      'thanksgiving', 'halloween', 'ramadan', 'god', 'jove', 'popular', 'request', 'appointment', 'invitation', 'itself',
      'himself', 'herself', 'themselves', 'order', 'virtue', 'means', 'force', 'hook', 'crook', 'numbers',
    ],
    /** Labels that open a caption line: "Photo caption …". */
    captionLeads: [/^(?:photo|video) caption\s+\S/iu],
  },
};
