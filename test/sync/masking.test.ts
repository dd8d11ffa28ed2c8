import { describe, expect, it } from 'vitest';
import { maskableParts, weakValueWarning } from '../../src/sync/index.js';
import { planted } from './aws-fixture.js';

describe('maskableParts', () => {
  it('masks the whole value and each trimmed non-empty line', () => {
    const lines = [planted(), planted(), planted()];
    const value = `  ${lines[0]}\r\n\n${lines[1]}  \n${lines[2]}\n`;
    const parts = maskableParts(value);
    expect(parts[0]).toBe(value);
    expect(parts).toEqual(expect.arrayContaining(lines));
    expect(parts).not.toContain('');
  });

  it('masks every JSON leaf, nested ones too, and the escaped form of multi-line leaves', () => {
    const user = planted();
    const key = `-----BEGIN KEY-----\n${planted()}\n-----END KEY-----`;
    const doc = JSON.stringify({
      user,
      nested: { key, port: 5432, on: true, none: null },
      list: [user],
    });
    const parts = maskableParts(doc);
    expect(parts).toEqual(
      expect.arrayContaining([doc, user, key, '5432', JSON.stringify(key).slice(1, -1)]),
    );
    expect(parts).toEqual(expect.arrayContaining(key.split('\n')));
    expect(parts).not.toContain('true');
    expect(parts).not.toContain('null');
    expect(new Set(parts).size).toBe(parts.length);
  });

  it('takes leaves given by the caller and never returns blank parts', () => {
    expect(maskableParts('   ')).toEqual([]);
    expect(maskableParts('abcd', ['efgh', ''])).toEqual(['abcd', 'efgh']);
  });
});

describe('weakValueWarning', () => {
  it.each(['true', 'abc', '5432', 'Admin', ' 80 '])(
    'warns about %j naming the variable only',
    (value) => {
      const warning = weakValueWarning('DB_PORT', value);
      expect(warning).toMatch(/^DB_PORT: /);
      expect(warning).not.toContain(`'${value.trim()}'`);
      expect(warning?.replace('DB_PORT', '')).not.toMatch(new RegExp(`\\b${value.trim()}\\b`));
    },
  );

  it('is silent for ordinary secrets', () => {
    expect(weakValueWarning('TOKEN', planted())).toBeUndefined();
  });
});
