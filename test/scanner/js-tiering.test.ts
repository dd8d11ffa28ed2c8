import { describe, expect, it } from 'vitest';
import {
  fileScanTieringFlag,
  hasMaglevByDefault,
  keepJavaScriptOffTurbofan,
} from '../../src/scanner/js-tiering.js';

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

describe('fileScanTieringFlag', () => {
  const node20 = '11.3.244.8-node.38';
  it('keeps a file scan off TurboFan on Node 20 when the process has one CPU', () => {
    expect(fileScanTieringFlag([], node20, 1)).toBe('--no-opt');
  });

  it('leaves V8 alone with a second CPU, with Maglev, or after a tiering flag', () => {
    expect(fileScanTieringFlag([], node20, 2)).toBeUndefined();
    expect(fileScanTieringFlag([], '13.6.233.17-node.53', 1)).toBeUndefined();
    expect(fileScanTieringFlag(['--opt'], node20, 1)).toBeUndefined();
    expect(fileScanTieringFlag(['--max_opt=1'], node20, 1)).toBeUndefined();
  });
});
