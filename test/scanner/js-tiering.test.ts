import { describe, expect, it } from 'vitest';
import { keepJavaScriptOffTurbofan } from '../../src/scanner/js-tiering.js';

// Turning TurboFan off is process-wide, so this test process only checks the cases that leave
// it alone; test/cli/bundle.test.ts checks the built CLI with and without `--turbofan`.
describe('keepJavaScriptOffTurbofan', () => {
  it.each([
    ['--turbofan'],
    ['--no-turbofan'],
    ['--no_turbofan'],
    ['--max-opt=2'],
    ['--max_opt=3'],
    ['--jitless'],
    ['--no-maglev'],
    ['--opt'],
  ])('leaves the choice made on the command line by %s', (flag) => {
    expect(keepJavaScriptOffTurbofan(['--enable-source-maps', flag])).toBe(false);
  });
});
