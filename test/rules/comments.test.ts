/**
 * comments: comment-section headers, counts, prompts and policies go, in text dumps and in
 * HTML; news about comments, and quotations of what readers wrote, stay.
 */
import { RuleTester } from '../../src/index.js';
import { comments } from '../../src/rules/comments.js';
import { BY_PATTERN, STORY, page, removedWhole } from '../helpers/rule-cases.js';

const INDEPENDENT_TAIL = [
  "Barack Obama's decision to drop the missile shield intended for Europe by predecessor George Bush. Mr Putin yesterday called for Mr Obama to follow up with concessions on trade and technology transfer.",
  'Join our commenting forum',
  'Join thought-provoking conversations, follow other Independent readers and see their replies',
  'Comments',
  'Thank you for registering',
  'Please refresh the page or navigate to another page on the site to be automatically logged inPlease refresh your browser to be logged in',
];
const POLICY = 'a comment policy or call to join the discussion, addressed to the reader';
const PROMPT = 'a comment-section prompt next to the comment widget';

new RuleTester().run('comments', comments, {
  valid: [
    'An Alibaba spokesperson declined to comment on the pricing to Reuters.',
    'Babin referred to those comments at last week’s hearing, concluding that the odds of full funding were "dwindling."',
    'One reader commented: "This is the best explanation of the budget I have read all year."',
    'YouTube disabled comments on videos featuring young children after advertisers pulled out over predatory comments.',
    'The newspaper closed its comments section in 2018, saying moderation had become too expensive.',
    'Comments by the minister on Tuesday prompted a sharp fall in the currency.',
    '"Join the conversation," the campaign’s slogan urged, but few young voters did.',
    'Der Minister wollte die Kommentare der Opposition nicht weiter kommentieren, sagte ein Sprecher.',
    'Le ministre a refusé de commenter ces informations, selon son entourage.',
    'El portavoz declinó hacer comentarios sobre la investigación.',
    'Comment: Women must stand up for themselves - and each other - to conquer sport\'s gender imbalance',
    'Three thoughts on the budget stood out in the minister’s speech on Tuesday.',
    'Комментарии министра вызвали резкое падение курса рубля во вторник.',
    // German "sie" in lower case is "they", not the reader: a netiquette described, not addressed.
    'Wer kommentieren will, muss die Netiquette beachten: Beleidigungen sind verboten, und Kommentare werden gelöscht, wenn sie vom Thema abweichen.',
    {
      name: 'an HTML story about a closed comment section, quoting a reader',
      html: page([
        'The newspaper closed its comments section in 2018, saying moderation had become too expensive.',
        'One reader commented: "This is the best explanation of the budget I have read all year."',
      ]),
    },
  ],
  invalid: [
    removedWhole('Comments', { category: 'comments' }),
    removedWhole('COMMENTS', { category: 'comments' }),
    removedWhole('Comments (12)', { category: 'comments' }),
    removedWhole('604 COMMENTS', { category: 'comments' }),
    removedWhole('0 Comments (+)', { category: 'comments' }),
    removedWhole('0 Post Comment (+)', { category: 'comments' }),
    removedWhole('New, 15 comments', { category: 'comments' }),
    removedWhole('View Comments', { category: 'comments' }),
    removedWhole('Show all 48 comments', { category: 'comments' }),
    removedWhole('Leave a Comment', { category: 'comments' }),
    removedWhole('Leave a Reply Cancel reply', { category: 'comments' }),
    removedWhole('6 thoughts on “How to Adopt an Online Leader Success Mindset”', { category: 'comments' }),
    removedWhole('12 Responses to "Why the Bridge Matters"', { category: 'comments' }),
    removedWhole('Добавить комментарий Отменить ответ', { category: 'comments' }),
    removedWhole('Имя *', { category: 'comments' }),
    removedWhole('Ваш адрес email не будет опубликован. Обязательные поля помечены *', { category: 'comments' }),
    removedWhole('Lascia un commento', { category: 'comments' }),
    removedWhole('Deixe um comentário', { category: 'comments' }),
    removedWhole('Post a Comment', { category: 'comments' }),
    removedWhole('Join the conversation', { category: 'comments' }),
    removedWhole('Join our commenting forum', { category: 'comments' }),
    removedWhole('Loading comments...', { category: 'comments' }),
    removedWhole('Comments are closed.', { category: 'comments' }),
    removedWhole('Please enable JavaScript to view the comments powered by Disqus.', { category: 'comments' }),
    removedWhole('You must be logged in to leave a comment. Not a member? Register now!', { category: 'comments' }),
    removedWhole('If you would like to add a comment, please register or log in', { category: 'comments' }),
    removedWhole('Thank you for registering', { category: 'comments' }),
    removedWhole('Thanks for your comment.', { category: 'comments' }),
    removedWhole('Save my name, email, and website in this browser for the next time I comment.', { category: 'comments' }),
    removedWhole('Please refresh the page or navigate to another page on the site to be automatically logged inPlease refresh your browser to be logged in', { category: 'comments' }),
    // German
    removedWhole('Kommentare', { category: 'comments' }),
    removedWhole('Kommentare (34)', { category: 'comments' }),
    removedWhole('Jetzt kommentieren', { category: 'comments' }),
    removedWhole('Kommentar schreiben', { category: 'comments' }),
    removedWhole('Die Kommentarfunktion ist geschlossen.', { category: 'comments' }),
    // French
    removedWhole('Commentaires', { category: 'comments' }),
    removedWhole('Ajouter un commentaire', { category: 'comments' }),
    removedWhole('Voir les 12 commentaires', { category: 'comments' }),
    removedWhole('Connectez-vous pour commenter', { category: 'comments' }),
    // Spanish
    removedWhole('Comentarios', { category: 'comments' }),
    removedWhole('Deja un comentario', { category: 'comments' }),
    removedWhole('Ver todos los comentarios', { category: 'comments' }),
    removedWhole('Inicia sesión para comentar', { category: 'comments' }),
    removedWhole('When submitting content, please abide by our submission guidelines, and avoid posting profanity, personal attacks or harassment. Should you violate our submissions guidelines, we reserve the right to remove your comment', { reason: POLICY }),
    removedWhole('The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Read our community guidelines in full here.', { reason: POLICY }),
    removedWhole('Note: we are temporarily moderating all comments submitted to deal with a surge in spam.', { reason: POLICY }),
    removedWhole('What do you think? Let us know in the comments below.', { reason: POLICY }),
    removedWhole('Bitte beachten Sie unsere Netiquette: Kommentare mit Beleidigungen werden von der Moderation gelöscht.', { reason: POLICY }),
    {
      name: 'the whole Independent comment zone after the story',
      text: INDEPENDENT_TAIL.join('\n\n'),
      removed: [
        { text: INDEPENDENT_TAIL[1]!, reason: POLICY },
        { text: INDEPENDENT_TAIL[2]!, reason: POLICY },
        { text: 'Comments', reason: BY_PATTERN },
        { text: INDEPENDENT_TAIL[4]!, reason: PROMPT },
        { text: INDEPENDENT_TAIL[5]!, reason: PROMPT },
      ],
    },
    { name: 'only the "Comments" line of a byline block', text: 'Reuters\nSaturday 19 September 2009 00:00 BST\nComments', removed: [{ text: 'Comments', category: 'comments' }] },
    {
      name: 'a short login prompt right after a comment header',
      text: 'Comments\n\nPlease log in to your account to continue.',
      removed: [{ text: 'Comments' }, { text: 'Please log in to your account to continue.', reason: PROMPT }],
    },
    {
      name: 'headlines of a list that show their comment counts stay beside a comment header',
      text: 'Boy Kills Brother, Removes His Eyes, Tongue 10 comments\n\nAregbesola Swears-In Commissioners, Special Advisers 11 comments\n\nComments',
      removed: [{ text: 'Comments' }],
    },
    {
      name: 'a news paragraph about comment moderation stays next to a comment header',
      text: 'Facebook removed millions of comments last quarter for violating its rules on harassment and hate speech, the company said in its transparency report.\n\nComments',
      removed: [{ text: 'Comments' }],
    },
    {
      name: 'an HTML comment section claimed by its selector',
      html: page([STORY], '<section id="comments"><h2>3 Comments</h2><p>I live by the harbour and the wall has been crumbling for years.</p></section>'),
      removed: [
        { text: '3 Comments', category: 'comments', reason: 'matches selector #comments' },
        { text: 'I live by the harbour and the wall has been crumbling for years.', reason: 'matches selector #comments' },
      ],
    },
    {
      name: 'an HTML reply form inside the article, by its words',
      html: page([STORY]).replace('</article>', '<h3>Leave a Reply</h3><p>You must be logged in to post a comment.</p></article>'),
      removed: [{ text: 'Leave a Reply', reason: BY_PATTERN }, { text: 'You must be logged in to post a comment.', reason: PROMPT }],
    },
  ],
});
