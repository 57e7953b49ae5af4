/** "did you mean" suggests a near name, and nothing when no name is near. */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/config/did-you-mean.js';

const KEYS = ['rules', 'format', 'input', 'outDir', 'exclude', 'lang', 'title', 'maxSize', 'quiet', 'rulesDirs'];

describe('did you mean', () => {
  it('finds a key with a letter or two wrong, whatever the case', () => {
    expect(closest('fromat', KEYS)).toBe('format');
    expect(closest('outdir', KEYS)).toBe('outDir');
    expect(closest('maxsize', KEYS)).toBe('maxSize');
    expect(didYouMean('rulesDir', KEYS)).toBe(' (did you mean "rulesDirs"?)');
  });

  it('suggests nothing for a word far from every key', () => {
    expect(closest('colour', KEYS)).toBeUndefined();
    expect(didYouMean('timeoutSeconds', KEYS)).toBe('');
  });
});
