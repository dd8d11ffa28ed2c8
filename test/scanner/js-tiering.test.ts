import { describe, expect, it } from 'vitest';
import { hasMaglevByDefault, keepJavaScriptOffTurbofan } from '../../src/scanner/js-tiering.js';

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
    expect(keepJavaScriptOffTurbofan(['--enable-source-maps', flag], '13.6.233.17-node.53')).toBe(
      false,
    );
  });

  it('leaves TurboFan on where V8 has no Maglev by default (Node 20)', () => {
    expect(hasMaglevByDefault('11.3.244.8-node.38')).toBe(false);
    expect(hasMaglevByDefault('12.4.254.21-node.33')).toBe(true);
    expect(hasMaglevByDefault('13.6.233.17-node.53')).toBe(true);
    expect(keepJavaScriptOffTurbofan([], '11.3.244.8-node.38')).toBe(false);
  });
});
