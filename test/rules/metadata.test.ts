/**
 * metadata: standalone bylines, datelines, timestamps and photo credits go, in text dumps
 * and in HTML; schedules, timelines and sentences with dates or names stay.
 */
import { RuleTester } from '../../src/index.js';
import { metadata } from '../../src/rules/metadata.js';
import { STORY, removedWhole } from '../helpers/rule-cases.js';

const DATE = 'date/time line';
const AGENCY = 'name beside a byline or dateline';

new RuleTester().run('metadata', metadata, {
  valid: [
    // A schedule of dated entries.
    'June 9, 2020 -- Coral Sky Amphitheatre, Palm Beach\nJune 10, 2020 -- Credit Union Amphitheatre, Tampa\nJune 14, 2020 -- Bank Arena, Nashville',
    // A dated timeline entry.
    'November 5, 2019: Election Day',
    'The bill was passed by the Senate on November 19, 2019.',
    'By Tuesday, the death toll had risen to 12, officials said.',
    'By contrast, the opposition won 40 percent of the vote.',
    'By Christmas Day',
    'Published in 2019, the report found that emissions had risen.',
    'Updated guidelines were released on March 3, 2020, by the health ministry.',
    'November 19, 2019 was the day the hearings began.',
    '“November 19, 2019,” she said, “is a date I will never forget.”',
    'Von Berlin aus reiste die Kanzlerin am 19. November 2019 weiter nach Paris.',
    'Par ailleurs, le gouvernement a publié le décret le 19 novembre 2019.',
    'Por su parte, el ministro anunció el 18 de noviembre de 2019 nuevas medidas.',
    'Photo: the scene outside the courthouse was chaotic',
    '29 November 2018 | 20 January 2019',
    '— Rep. Ilhan Omar (@Ilhan) November 19, 2019',
    '4:14 p.m.',
    'Tue – Sat 4PM (Closed on Sun & Mon)',
    '(Reporting by Will Dunham; Editing by Tom Brown)',
    'Reporting by Will Dunham; Editing by Tom Brown',
    'Release date: November 15, 2019',
    'When: Saturday, November 23, 2019, 7:30 p.m.',
    'Editor',
    'By the Numbers',
    'By Any Means Necessary',
    'Von Anfang an',
    'Reuters',
    'Pamela Wilson',
    'On October 18, more than 300 Indians were deported by Mexican authorities for illegally entering the country. PTI',
    'The company said photos taken by Getty Images photographers would be licensed to Reuters from 2020.',
    {
      name: 'an HTML story whose sentences hold dates and a reporter’s name',
      html: `<html><body><article><h1>Harbour wall to be repaired</h1><p>${STORY}</p><p>On November 5, 2019, Jane Smith, who reported on the first collapse, wrote that the wall had been patched by Reuters photographers’ own account.</p></article></body></html>`,
    },
  ],
  invalid: [
    // bylines
    removedWhole('By Jane Doe', { category: 'metadata' }),
    removedWhole('By Jane Doe and John Roe', { category: 'metadata' }),
    removedWhole('By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', { category: 'metadata' }),
    removedWhole('By Troy L. Smith, Cleveland.com', { category: 'metadata' }),
    removedWhole('By Michael Hiltzik Business Columnist', { category: 'metadata' }),
    removedWhole('By Justine Coleman - 11/18/19 11:04 PM EST', { category: 'metadata' }),
    removedWhole('By Chaim Gartenberg @cgartenberg Nov 19, 2019, 7:53pm EST', { category: 'metadata' }),
    removedWhole('Written by Rachael Link, MS, RD on November 14, 2019', { category: 'metadata' }),
    removedWhole('Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', { category: 'metadata' }),
    removedWhole('Jane Doe | Reporter', { category: 'metadata' }),
    removedWhole('Opinion Columnist', { category: 'metadata' }),
    removedWhole('Von Max Mustermann', { category: 'metadata' }),
    removedWhole('von Max Mustermann und Erika Musterfrau', { category: 'metadata' }),
    removedWhole('Par Jean Dupont', { category: 'metadata' }),
    removedWhole('Par Jean Dupont et Marie Martin', { category: 'metadata' }),
    removedWhole('Por Juan Pérez', { category: 'metadata' }),
    removedWhole('Por Juan Pérez y María López', { category: 'metadata' }),
    // datelines and timestamps
    removedWhole('Published: Tuesday, November 19, 2019 08:38 AM', { category: 'metadata' }),
    removedWhole('Updated : 19 November 2019, 09:01 AM', { category: 'metadata' }),
    removedWhole('First Published: Tuesday, November 19, 2019 08:38 AM', { category: 'metadata' }),
    removedWhole('Last updated on Nov 20, 2019 01:41 PM IST', { category: 'metadata' }),
    removedWhole('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET', { category: 'metadata' }),
    removedWhole('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', { category: 'metadata' }),
    removedWhole('Updated at 1:23 p.m.', { category: 'metadata' }),
    removedWhole('November 18, 2019', { category: 'metadata' }),
    removedWhole('Saturday 19 September 2009 00:00 BST', { category: 'metadata' }),
    removedWhole('Associated Press November 19, 2019, 9:02 AM', { category: 'metadata' }),
    removedWhole('2019-11-19T08:57:45+01:00', { category: 'metadata' }),
    removedWhole('19.11.2019, 08:57', { category: 'metadata' }),
    removedWhole('5 min read', { category: 'metadata' }),
    removedWhole('3 hours ago', { category: 'metadata' }),
    removedWhole('Aktualisiert am 19.11.2019, 08:57 Uhr', { category: 'metadata' }),
    removedWhole('Veröffentlicht am 19. November 2019', { category: 'metadata' }),
    removedWhole('vor 2 Stunden', { category: 'metadata' }),
    removedWhole('Lesezeit: 3 Minuten', { category: 'metadata' }),
    removedWhole('Mis à jour le 19 novembre 2019 à 09h02', { category: 'metadata' }),
    removedWhole('Publié le 19/11/2019 à 08h38', { category: 'metadata' }),
    removedWhole('il y a 3 heures', { category: 'metadata' }),
    removedWhole('4 min de lecture', { category: 'metadata' }),
    removedWhole('Actualizado el 19 de noviembre de 2019, 09:01', { category: 'metadata' }),
    removedWhole('Publicado el 18 de noviembre de 2019', { category: 'metadata' }),
    removedWhole('hace 5 horas', { category: 'metadata' }),
    // photo credits
    removedWhole('Photo: Reuters', { category: 'metadata' }),
    removedWhole('(Photo by Kirk Irwin/Getty Images)', { category: 'metadata' }),
    removedWhole('Image copyright Getty Images', { category: 'metadata' }),
    removedWhole('Getty Images', { category: 'metadata' }),
    removedWhole('Alex Wong | Getty Images', { category: 'metadata' }),
    removedWhole('Foto: dpa', { category: 'metadata' }),
    removedWhole('Imagen: EFE', { category: 'metadata' }),
    removedWhole('Trump asked voters in Louisiana for a big win. He didn’t get it. Credit... Doug Mills/The New York Times', { category: 'metadata' }),
    removedWhole('Protesters have worn masks to protect their identities (Image: GETTY )', { category: 'metadata' }),
    removedWhole('Rafael Nadal celebrates a point against Karen Khachanov in Madrid. (Manu Fernandez/AP)', { category: 'metadata' }),
    removedWhole('Home Depot stock fell after the retailer reported third-quarter earnings. Photograph by Robyn Beck/AFP/Getty Images', { category: 'metadata' }),
    {
      name: 'a byline block with its agency and dateline',
      text: 'Reuters\nSaturday 19 September 2009 00:00 BST',
      removed: [{ text: 'Reuters', reason: AGENCY }, { text: 'Saturday 19 September 2009 00:00 BST', reason: DATE }],
    },
    {
      name: 'a bare "By" and the name under it',
      text: 'By\nRandy Maniloff\nNov. 18, 2019 7:04 pm ET',
      removed: [{ text: 'By', reason: 'byline lead word' }, { text: 'Randy Maniloff', reason: 'name after a byline lead word' }, { text: 'Nov. 18, 2019 7:04 pm ET', reason: DATE }],
    },
    {
      name: 'a name under a "By" that ended the block before',
      text: 'People crowded into a public meeting on Tuesday.\nBy\n\nLisa Kubota',
      removed: [{ text: 'By', reason: 'byline lead word' }, { text: 'Lisa Kubota', reason: 'name after a byline lead word' }],
    },
    {
      name: 'only the dateline of a mixed block',
      text: 'Nato overture to Russia\nReuters\nSaturday 19 September 2009 00:00 BST\nComments',
      removed: [{ text: 'Reuters', reason: AGENCY }, { text: 'Saturday 19 September 2009 00:00 BST', reason: DATE }],
    },
    {
      name: 'an HTML byline claimed by its class',
      html: `<html><body><article><h1>Harbour wall to be repaired</h1><p class="byline">By Jane Smith</p><p>${STORY}</p></article></body></html>`,
      removed: [{ text: 'By Jane Smith', category: 'metadata', reason: 'class or id word "byline"' }],
    },
    {
      name: 'an HTML dateline under the headline, by its words',
      html: `<html><body><article><h1>Harbour wall to be repaired</h1><p>Published 12 March 2024</p><p>${STORY}</p></article></body></html>`,
      removed: [{ text: 'Published 12 March 2024', reason: DATE }],
    },
  ],
});
