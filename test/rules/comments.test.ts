import { describe, expect, it } from 'vitest';
import { comments } from '../../src/rules/comments.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

const INDEPENDENT_TAIL = [
  "Barack Obama's decision to drop the missile shield intended for Europe by predecessor George Bush. Mr Putin yesterday called for Mr Obama to follow up with concessions on trade and technology transfer.",
  'Join our commenting forum',
  'Join thought-provoking conversations, follow other Independent readers and see their replies',
  'Comments',
  'Thank you for registering',
  'Please refresh the page or navigate to another page on the site to be automatically logged inPlease refresh your browser to be logged in',
];

describe('rule: comments', () => {
  describe('removes', () => {
    it.each([
      'Comments',
      'COMMENTS',
      'Comments (12)',
      '604 COMMENTS',
      '0 Comments (+)',
      '0 Post Comment (+)',
      'New, 15 comments',
      'View Comments',
      'Show all 48 comments',
      'Leave a Comment',
      'Leave a Reply Cancel reply',
      '6 thoughts on “How to Adopt an Online Leader Success Mindset”',
      '12 Responses to "Why the Bridge Matters"',
      'Добавить комментарий Отменить ответ',
      'Имя *',
      'Ваш адрес email не будет опубликован. Обязательные поля помечены *',
      'Lascia un commento',
      'Deixe um comentário',
      'Post a Comment',
      'Join the conversation',
      'Join our commenting forum',
      'Loading comments...',
      'Comments are closed.',
      'Please enable JavaScript to view the comments powered by Disqus.',
      'You must be logged in to leave a comment. Not a member? Register now!',
      'If you would like to add a comment, please register or log in',
      'Thank you for registering',
      'Thanks for your comment.',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Please refresh the page or navigate to another page on the site to be automatically logged inPlease refresh your browser to be logged in',
      // German
      'Kommentare',
      'Kommentare (34)',
      'Jetzt kommentieren',
      'Kommentar schreiben',
      'Die Kommentarfunktion ist geschlossen.',
      // French
      'Commentaires',
      'Ajouter un commentaire',
      'Voir les 12 commentaires',
      'Connectez-vous pour commenter',
      // Spanish
      'Comentarios',
      'Deja un comentario',
      'Ver todos los comentarios',
      'Inicia sesión para comentar',
    ])('the line %j', (line) => {
      expect(removesAll(comments, line)).toBe(true);
    });

    it.each([
      'When submitting content, please abide by our submission guidelines, and avoid posting profanity, personal attacks or harassment. Should you violate our submissions guidelines, we reserve the right to remove your comment',
      'The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Read our community guidelines in full here.',
      'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
      'What do you think? Let us know in the comments below.',
      'Bitte beachten Sie unsere Netiquette: Kommentare mit Beleidigungen werden von der Moderation gelöscht.',
    ])('the comment blurb %j', (block) => {
      expect(removesAll(comments, block)).toBe(true);
    });

    it('the whole Independent comment zone after the story', () => {
      const out = applyRule(comments, INDEPENDENT_TAIL.join('\n\n'));
      expect(out.removed).toEqual(INDEPENDENT_TAIL.slice(1));
      expect(out.kept).toEqual([INDEPENDENT_TAIL[0]]);
    });

    it('only the "Comments" line of a byline block', () => {
      const out = applyRule(comments, 'Reuters\nSaturday 19 September 2009 00:00 BST\nComments');
      expect(out.removed).toEqual(['Comments']);
      expect(out.kept).toEqual(['Reuters', 'Saturday 19 September 2009 00:00 BST']);
    });

    it('a short login prompt right after a comment header', () => {
      const out = applyRule(comments, 'Comments\n\nPlease log in to your account to continue.');
      expect(out.kept).toEqual([]);
    });
  });

  describe('keeps', () => {
    it.each([
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
    ])('the sentence %j', (sentence) => {
      expect(keepsAll(comments, sentence)).toBe(true);
    });

    it('headlines of a list that show their comment counts beside a comment header', () => {
      const out = applyRule(comments, 'Boy Kills Brother, Removes His Eyes, Tongue 10 comments\n\nAregbesola Swears-In Commissioners, Special Advisers 11 comments\n\nComments');
      expect(out.removed).toEqual(['Comments']);
    });

    it('a news paragraph about comment moderation next to a comment header', () => {
      const story =
        'Facebook removed millions of comments last quarter for violating its rules on harassment and hate speech, the company said in its transparency report.';
      expect(applyRule(comments, `${story}\n\nComments`).kept).toEqual([story]);
    });
  });
});
