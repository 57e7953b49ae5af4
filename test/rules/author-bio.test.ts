import { describe, expect, it } from 'vitest';
import { authorBio } from '../../src/rules/author-bio.js';
import { applyRule } from '../helpers/rule-harness.js';

const STORY = [
  'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring of next year.',
  'Residents who spoke at the meeting were divided, with some worried about the noise and others glad of the shorter trip.',
  'The budget of the project has grown twice since it was first proposed, and the mayor said she expected no further rise.',
];

/** The story, then `tail`: what the rule removes from the tail. */
function removedAfterStory(...tail: string[]): string[] {
  return applyRule(authorBio, [...STORY, ...tail].join('\n\n')).removed;
}

describe('rule: author-bio', () => {
  describe('removes after the article', () => {
    it.each([
      'Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host and senior editor of Marketplace Tech, a daily radio broadcast.',
      'Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was formerly an editor at Motherboard.',
      'Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a senior staff writer with SpaceNews.',
      'Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.',
      'Pamela Wilson is an online educator, author, keynote speaker, and the founder of BIG Brand System.',
      'I am a writer, journalist, professor, systems modeler and entrepreneur, not always in that order.',
      'Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup or on Facebook.',
      'Write to Al Root at allen.root@example.com',
      'Follow me on Twitter or LinkedIn. Check out my website.',
      'Marie Dupont est journaliste au service politique depuis 2015.',
    ])('the bio %j', (bio) => {
      expect(removedAfterStory(bio)).toEqual([bio]);
    });

    it('an "About" header and the bio under it', () => {
      const bio = 'Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é também coordenador pedagógico na escola Mundo do Balão Mágico.';
      expect(removedAfterStory('Sobre Carlos Nadalim', bio)).toEqual(['Sobre Carlos Nadalim', bio]);
      expect(removedAfterStory('About the author', 'Jane writes about cities and transport.')).toEqual(['About the author', 'Jane writes about cities and transport.']);
    });
  });

  describe('keeps', () => {
    it('a sentence about a person in the body of the story', () => {
      const body = 'Jane Smith is a former reporter who now runs the city housing agency, and she said the plan would fail.';
      expect(applyRule(authorBio, [STORY[0], body, ...STORY.slice(1), STORY[0]!.replace('bridge', 'tunnel')].join('\n\n')).removed).toEqual([]);
    });

    it.each([
      'The minister is a former journalist and was an editor of the party newspaper for ten years.',
      'Customers can reach the support desk at the number printed on their bill.',
      'Follow the river north for two miles and you reach the old mill.',
      'About 300 people attended the meeting.',
    ])('the sentence %j, even after the story', (sentence) => {
      expect(removedAfterStory(sentence)).toEqual([]);
    });

    it('a bio-like block before the article', () => {
      const bio = 'Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms.';
      expect(applyRule(authorBio, [bio, ...STORY].join('\n\n')).removed).toEqual([]);
    });
  });
});
