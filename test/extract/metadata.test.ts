import { describe, expect, it } from 'vitest';
import { findPublished } from '../../src/extract/published.js';
import { findByline } from '../../src/extract/byline.js';
import { findSite } from '../../src/extract/site.js';

describe('findPublished', () => {
  it('reads a dateline with a named time zone as ISO 8601 with its offset', () => {
    expect(findPublished(['Reuters', 'Saturday 19 September 2009 00:00 BST'])).toEqual({ iso: '2009-09-19T00:00:00+01:00', line: 1 });
  });
  it('gives a plain date when the line has no time', () => {
    expect(findPublished(['November 18, 2019'])?.iso).toBe('2019-11-18');
    expect(findPublished(['Published: Tuesday, November 19, 2019 08:38 AM'])?.iso).toBe('2019-11-19T08:38:00');
  });
  it('ignores sentences that merely contain a date, and dates without a year', () => {
    expect(findPublished(['The summit, which began on 19 September 2009, ended without an agreement on missile defence.'])).toBeUndefined();
    expect(findPublished(['Tuesday 9:02 AM'])).toBeUndefined();
  });
  it('ignores dates relative to the day of the run, which would change from one run to the next', () => {
    expect(findPublished(['Updated today 10:30'])).toBeUndefined();
    expect(findPublished(['yesterday at 5 pm'])).toBeUndefined();
    expect(findPublished(['3 hours ago'])).toBeUndefined();
    expect(findPublished(['Updated 3 hours ago', 'November 18, 2019'])).toEqual({ iso: '2019-11-18', line: 1 });
  });
});

describe('findByline', () => {
  it('takes the name after "By"', () => {
    expect(findByline(['By Jamelle Bouie', 'Opinion Columnist'], undefined)).toBe('Jamelle Bouie');
    expect(findByline(['Von Anna Schmidt'], undefined)).toBe('Anna Schmidt');
  });
  it('cuts roles, outlets and timestamps off the name', () => {
    expect(findByline(['By Justine Coleman - 11/18/19 11:04 PM EST'], undefined)).toBe('Justine Coleman');
    expect(findByline(['By Troy L. Smith, Cleveland.com'], undefined)).toBe('Troy L. Smith');
    expect(findByline(['By Maria Lopez | Staff Writer'], undefined)).toBe('Maria Lopez');
  });
  it('takes a short name standing just above the dateline', () => {
    expect(findByline(['Reuters', 'Saturday 19 September 2009 00:00 BST'], 1)).toBe('Reuters');
  });
  it('does not take a sentence or a lower-case line above the dateline', () => {
    expect(findByline(['the latest on the talks', 'November 18, 2019'], 1)).toBeUndefined();
    expect(findByline(['Comments'], undefined)).toBeUndefined();
  });
});

describe('findSite', () => {
  it('reads the name a widget gives the site', () => {
    expect(findSite(['Stay up to date with notifications from The Independent'])).toBe('The Independent');
    expect(findSite(['Support The Moscow Times!'])).toBe('The Moscow Times');
    expect(findSite(['© 2019 Example Media Group. All rights reserved.'])).toBe('Example Media Group');
  });
  it('falls back to a "The X" name repeated in the boilerplate, and to nothing', () => {
    expect(findSite(['The Daily Planet needs you.', 'Give to The Daily Planet today'])).toBe('The Daily Planet');
    expect(findSite(['Share this article', 'Read more'])).toBeUndefined();
  });
});
