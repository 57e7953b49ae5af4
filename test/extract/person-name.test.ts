import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../src/extract/byline-candidates.js';

describe('isPersonName', () => {
  it("takes a bare name, with what the person is after a comma or a date after it", () => {
    for (const line of ['Maria Lopez', 'Dylan Bailey, MS, RD, FAND', 'Jane Doe, Staff Writer', 'Dr. Sarah O’Neil', 'Patrick Clarke March 3, 2025']) {
      expect(isPersonName(line), line).toBe(true);
    }
  });

  it('does not take a headline, a menu item, a label or a team for one', () => {
    for (const line of ['Report this article', 'Top Mental Health Tips', 'Why Tutoring Fell Short', 'Investopedia Team', 'By', 'Grace Notes for the New Year', 'Published Jun 4, 2025']) {
      expect(isPersonName(line), line).toBe(false);
    }
  });
});
