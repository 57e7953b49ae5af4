/**
 * WordPress: the sentences of its comment form and of its best-known plugins (Akismet,
 * Jetpack's likes), which stand under the articles of a great many blogs and news sites.
 */
import type { PhrasePack } from '../phrase-set.js';
import { shapeNavigationControl } from '../shapes.js';

export const wordpress: PhrasePack = {
  meta: {
    id: 'wordpress',
    description: 'WordPress comment forms ("Save my name, email, and website ...", "6 thoughts on …"), Akismet, Jetpack likes, live-search forms',
    defaultOn: true,
  },
  phrases: {
    comments: {
      lines: [
        // WordPress.com's comment form.
        /^\s*please log in using one of these methods to post your comment:?\s*$/iu,
        /^\s*you are commenting using your .{1,40} account\b.{0,40}$/iu,
        // The cookie consent box of the comment form, and its subscription boxes.
        /^\s*save my name,? e-?mail,? and website in this browser for the next time i comment\.?\s*$/iu,
        /^\s*notify me (?:of|via e-?mail|by e-?mail|when)\b.{0,60}\b(?:comments?|posts|answers|replies|responds?)\b.{0,40}$/iu,
        // Akismet, the spam filter, under the form.
        /^\s*this site uses akismet to reduce spam\b.{0,80}$/iu,
        // The comment header of WordPress themes: "6 thoughts on “How to ...”", "12 responses to "Title"", in the translations.
        /^\s*\d[\d.,]*\s+(?:thoughts?|responses?|replies|comments?|reactions?|kommentare|commentaires|comentarios|comentários|commenti|комментари\w*) (?:on|to|zu|sur|en|em|su|к|на) [“"«„'‘].{1,200}[”"»“'’]\s*$/iu,
        // "Your email address will not be published.", in the translations of the comment form.
        /^\s*(?:ваш (?:адрес )?e-?mail не будет опубликован|il tuo indirizzo email non sarà pubblicato|o seu endereço de e-?mail não será publicado|tu dirección de correo electrónico no será publicada|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée)(?!\p{L}).{0,80}$/iu,
      ],
    },
    navigation: {
      controls: [
        // The search form of WordPress's live-search plugins: "Exact matches only", "Search in title", "Post Type Selectors".
        shapeNavigationControl('search (?:in )?(?:title|content|posts|pages|excerpt)|exact matches only|generic selectors|post type selectors'),
      ],
    },
    share: {
      lines: [
        // The like box of Jetpack's share bar ("Like this:" / "Like" / "Be the first to like this."), in the translations.
        /^(be the first to like this|sei der erste, dem dies gefällt|soyez le premier à aimer (ceci|cet article)|sé el primero en decir que te gusta)\.?$/iu,
      ],
    },
  },
  examples: {
    comments: [
      'Please log in using one of these methods to post your comment:',
      'You are commenting using your WordPress.com account.',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Notify me of follow-up comments by email.',
      'This site uses Akismet to reduce spam.',
      '6 thoughts on “How to fix a bike chain”',
      'Il tuo indirizzo email non sarà pubblicato.',
    ],
    navigation: ['Exact matches only', 'Search in title', 'Post Type Selectors'],
    share: ['Be the first to like this.'],
  },
};
