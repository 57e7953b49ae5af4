import { describe, expect, it } from 'vitest';
import { metadata } from '../../src/rules/metadata.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: metadata', () => {
  describe('removes', () => {
    it.each([
      // bylines
      'By Jane Doe',
      'By Jane Doe and John Roe',
      'By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER',
      'By Troy L. Smith, Cleveland.com',
      'By Michael Hiltzik Business Columnist',
      'By Justine Coleman - 11/18/19 11:04 PM EST',
      'By Chaim Gartenberg @cgartenberg Nov 19, 2019, 7:53pm EST',
      'Written by Rachael Link, MS, RD on November 14, 2019',
      'Posted by Michael David Smith on November 19, 2019, 6:21 AM EST',
      'Jane Doe | Reporter',
      'Opinion Columnist',
      'Von Max Mustermann',
      'von Max Mustermann und Erika Musterfrau',
      'Par Jean Dupont',
      'Par Jean Dupont et Marie Martin',
      'Por Juan Pérez',
      'Por Juan Pérez y María López',
      // datelines and timestamps
      'Published: Tuesday, November 19, 2019 08:38 AM',
      'Updated : 19 November 2019, 09:01 AM',
      'First Published: Tuesday, November 19, 2019 08:38 AM',
      'Last updated on Nov 20, 2019 01:41 PM IST',
      'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
      'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019',
      'Updated at 1:23 p.m.',
      'November 18, 2019',
      'Saturday 19 September 2009 00:00 BST',
      'Associated Press November 19, 2019, 9:02 AM',
      '2019-11-19T08:57:45+01:00',
      '19.11.2019, 08:57',
      '5 min read',
      '3 hours ago',
      'Aktualisiert am 19.11.2019, 08:57 Uhr',
      'Veröffentlicht am 19. November 2019',
      'vor 2 Stunden',
      'Lesezeit: 3 Minuten',
      'Mis à jour le 19 novembre 2019 à 09h02',
      'Publié le 19/11/2019 à 08h38',
      'il y a 3 heures',
      '4 min de lecture',
      'Actualizado el 19 de noviembre de 2019, 09:01',
      'Publicado el 18 de noviembre de 2019',
      'hace 5 horas',
      // photo credits
      'Photo: Reuters',
      '(Photo by Kirk Irwin/Getty Images)',
      'Image copyright Getty Images',
      'Getty Images',
      'Alex Wong | Getty Images',
      'Foto: dpa',
      'Imagen: EFE',
      'Trump asked voters in Louisiana for a big win. He didn’t get it. Credit... Doug Mills/The New York Times',
      'Protesters have worn masks to protect their identities (Image: GETTY )',
      'Rafael Nadal celebrates a point against Karen Khachanov in Madrid. (Manu Fernandez/AP)',
      'Home Depot stock fell after the retailer reported third-quarter earnings. Photograph by Robyn Beck/AFP/Getty Images',
    ])('the line %j', (line) => {
      expect(removesAll(metadata, line)).toBe(true);
    });

    it('a byline block with its agency and dateline', () => {
      expect(removesAll(metadata, 'Reuters\nSaturday 19 September 2009 00:00 BST')).toBe(true);
    });

    it('a bare "By" and the name under it', () => {
      expect(removesAll(metadata, 'By\nRandy Maniloff\nNov. 18, 2019 7:04 pm ET')).toBe(true);
    });

    it('a name under a "By" that ended the block before', () => {
      const out = applyRule(metadata, 'People crowded into a public meeting on Tuesday.\nBy\n\nLisa Kubota');
      expect(out.removed).toEqual(['By', 'Lisa Kubota']);
      expect(out.kept).toEqual(['People crowded into a public meeting on Tuesday.']);
    });

    it('only the dateline of a mixed block', () => {
      const out = applyRule(metadata, 'Nato overture to Russia\nReuters\nSaturday 19 September 2009 00:00 BST\nComments');
      expect(out.kept).toEqual(['Nato overture to Russia', 'Comments']);
      expect(out.removed).toEqual(['Reuters', 'Saturday 19 September 2009 00:00 BST']);
    });
  });

  describe('keeps', () => {
    it('a schedule of dated entries', () => {
      const schedule =
        'June 9, 2020 -- Coral Sky Amphitheatre, Palm Beach\nJune 10, 2020 -- Credit Union Amphitheatre, Tampa\nJune 14, 2020 -- Bank Arena, Nashville';
      expect(keepsAll(metadata, schedule)).toBe(true);
    });

    it('a dated timeline entry', () => {
      expect(keepsAll(metadata, 'November 5, 2019: Election Day')).toBe(true);
    });


    it.each([
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
    ])('the text %j', (text) => {
      expect(keepsAll(metadata, text)).toBe(true);
    });
  });
});
