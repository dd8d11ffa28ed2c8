import { describe, expect, it } from 'vitest';
import { keepYoungGenerationSmall } from '../../src/scanner/heap-sizing.js';

// The flag is process-wide, so this test process only checks the cases that leave it alone;
// test/cli/bundle.test.ts checks the built CLI with and without a size on the command line.
describe('keepYoungGenerationSmall', () => {
  it.each([
    ['--max-semi-space-size=16'],
    ['--max_semi_space_size=16'],
    ['--min-semi-space-size=4'],
    ['--semi-space-growth-factor=2'],
  ])('leaves the choice made on the command line by %s', (flag) => {
    expect(keepYoungGenerationSmall(['--enable-source-maps', flag])).toBe(false);
  });
});
