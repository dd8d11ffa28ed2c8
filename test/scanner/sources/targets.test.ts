import { describe, expect, it } from 'vitest';
import { toReportedPath } from '../../../src/scanner/sources/targets.js';

describe('reported paths', () => {
  it('cuts the root off the paths under it, and asks path.relative otherwise', () => {
    expect(toReportedPath('/work/repo', '/work/repo/src/app.ts')).toBe('src/app.ts');
    expect(toReportedPath('/work/repo', '/work/repository/app.ts')).toBe('../repository/app.ts');
    expect(toReportedPath('/work/repo', '/work/repo')).toBe('');
    expect(toReportedPath('/', '/etc/hosts')).toBe('etc/hosts');
  });
});
