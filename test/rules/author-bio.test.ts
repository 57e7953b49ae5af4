/**
 * author-bio: author boxes after the article — bios, contact lines, "About the author" —
 * go, in text dumps and in HTML; sentences about people in the story, and bio-like
 * blocks before it, stay.
 */
import { RuleTester } from '../../src/index.js';
import { authorBio } from '../../src/rules/author-bio.js';
import { page } from '../helpers/rule-cases.js';

const STORY = [
  'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring of next year.',
  'Residents who spoke at the meeting were divided, with some worried about the noise and others glad of the shorter trip.',
  'The budget of the project has grown twice since it was first proposed, and the mayor said she expected no further rise.',
];
const BIO = "the author's bio or contact line";

/** The story, then `tail`. */
function afterStory(...tail: string[]) {
  return { text: [...STORY, ...tail].join('\n\n') };
}

new RuleTester().run('author-bio', authorBio, {
  valid: [
    // A sentence about a person in the body of the story.
    { text: [STORY[0], 'Jane Smith is a former reporter who now runs the city housing agency, and she said the plan would fail.', ...STORY.slice(1), STORY[0]!.replace('bridge', 'tunnel')].join('\n\n') },
    afterStory('The minister is a former journalist and was an editor of the party newspaper for ten years.'),
    afterStory('Customers can reach the support desk at the number printed on their bill.'),
    afterStory('Follow the river north for two miles and you reach the old mill.'),
    afterStory('About 300 people attended the meeting.'),
    // "About" and a word that is no name (a name is capitalised): no author box header.
    { name: 'a header "About the company" over what is no bio', ...afterStory('About the company', 'The firm was founded in 1902 and builds bridges, tunnels and harbours across the north of the country.') },
    { name: 'in HTML too', html: page([...STORY, 'About the project', 'The bridge was first proposed in 1998 and has been redesigned twice since then, each time with a longer span.']) },
    // A bio-like block before the article.
    { text: ['Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms.', ...STORY].join('\n\n') },
    { name: 'an HTML story that describes a person in its first sentence', html: page(['Jane Smith is a former reporter who now runs the city housing agency, and she said the plan would fail.', STORY[0]!]) },
  ],
  invalid: [
    { ...afterStory('Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host and senior editor of Marketplace Tech, a daily radio broadcast.'), removed: [{ text: 'Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host and senior editor of Marketplace Tech, a daily radio broadcast.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was formerly an editor at Motherboard.'), removed: [{ text: 'Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was formerly an editor at Motherboard.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a senior staff writer with SpaceNews.'), removed: [{ text: 'Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, and a senior staff writer with SpaceNews.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.'), removed: [{ text: 'Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Pamela Wilson is an online educator, author, keynote speaker, and the founder of BIG Brand System.'), removed: [{ text: 'Pamela Wilson is an online educator, author, keynote speaker, and the founder of BIG Brand System.', category: 'metadata', reason: BIO }] },
    { ...afterStory('I am a writer, journalist, professor, systems modeler and entrepreneur, not always in that order.'), removed: [{ text: 'I am a writer, journalist, professor, systems modeler and entrepreneur, not always in that order.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup or on Facebook.'), removed: [{ text: 'Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup or on Facebook.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Write to Al Root at allen.root@example.com'), removed: [{ text: 'Write to Al Root at allen.root@example.com', category: 'metadata', reason: BIO }] },
    { ...afterStory('Follow me on Twitter or LinkedIn. Check out my website.'), removed: [{ text: 'Follow me on Twitter or LinkedIn. Check out my website.', category: 'metadata', reason: BIO }] },
    { ...afterStory('Marie Dupont est journaliste au service politique depuis 2015.'), removed: [{ text: 'Marie Dupont est journaliste au service politique depuis 2015.', category: 'metadata', reason: BIO }] },
    {
      name: 'a Portuguese "About" header and the bio under it',
      ...afterStory('Sobre Carlos Nadalim', 'Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é também coordenador pedagógico na escola Mundo do Balão Mágico.'),
      removed: [
        { text: 'Sobre Carlos Nadalim', reason: 'author box header' },
        { text: 'Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é também coordenador pedagógico na escola Mundo do Balão Mágico.', reason: 'text under an author box header' },
      ],
    },
    {
      name: 'an "About the author" header and the bio under it',
      ...afterStory('About the author', 'Jane writes about cities and transport.'),
      removed: [
        { text: 'About the author', reason: 'author box header' },
        { text: 'Jane writes about cities and transport.', reason: 'text under an author box header' },
      ],
    },
    {
      name: 'an "About Jane Doe" header, in capitals too, and the bio under it',
      ...afterStory('ABOUT JANE DOE', 'Jane writes about cities and transport.'),
      removed: [
        { text: 'ABOUT JANE DOE', reason: 'author box header' },
        { text: 'Jane writes about cities and transport.', reason: 'text under an author box header' },
      ],
    },
    {
      name: 'an HTML "About Jane Doe" header and the bio under it',
      html: page([...STORY, 'About Jane Doe', 'Jane writes about cities and transport.']),
      removed: [
        { text: 'About Jane Doe', reason: 'author box header' },
        { text: 'Jane writes about cities and transport.', reason: 'text under an author box header' },
      ],
    },
    {
      name: 'an HTML author box claimed by its class',
      html: page(STORY.slice(0, 2), '<div class="authorbio"><p>Jane Smith covers transport for the Gazette.</p></div>'),
      removed: [{ text: 'Jane Smith covers transport for the Gazette.', category: 'metadata', reason: 'class or id word "authorbio"' }],
    },
    {
      name: 'an HTML bio as the article’s last paragraph, by its words',
      html: page([...STORY, 'Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was formerly an editor at Motherboard.']),
      removed: [{ text: 'Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was formerly an editor at Motherboard.', reason: BIO }],
    },
  ],
});
