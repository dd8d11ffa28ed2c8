import { mkdtemp, readdir, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaselineAtomic,
} from '../../../src/scanner/baseline/index.js';
import { BaselineError } from '../../../src/shared/errors.js';
import { baselineOf, entry } from './fixtures.js';

describe('parseBaseline', () => {
  it('rejects merge-conflict markers, naming the lines and the fix', () => {
    const text =
      '{\n<<<<<<< HEAD\n  "version": "1.5.0"\n=======\n  "version": "1.4.0"\n>>>>>>> b\n}\n';
    expect(() => parseBaseline(text, '.secrets.baseline')).toThrow(BaselineError);
    expect(() => parseBaseline(text, '.secrets.baseline')).toThrow(
      /line 2, 4, 6.*resolve the conflict, or delete it and run `secrets-action scan --baseline \.secrets\.baseline`/,
    );
  });

  it('rejects invalid JSON and shapes that are not a baseline', () => {
    expect(() => parseBaseline('{"version": "1.5.0",}', 'b')).toThrow(/not valid JSON .*line 1/);
    expect(() => parseBaseline('[]', 'b')).toThrow(/not a detect-secrets baseline/);
    expect(() => parseBaseline('{"results": {"a": [{"type": "X"}]}}', 'b')).toThrow(
      /hashed_secret/,
    );
    expect(() =>
      parseBaseline(
        '{"results": {"a": [{"type": "X", "hashed_secret": "0", "expires": "soon"}]}}',
        'b',
      ),
    ).toThrow(/expires/);
  });

  it('keeps unknown keys and our own ones through a rewrite', () => {
    const text =
      '{\n  "version": "1.5.0",\n  "plugins_used": [],\n  "filters_used": [],\n  "results": {\n' +
      '    "a.py": [\n      {\n        "type": "T",\n        "filename": "a.py",\n' +
      '        "hashed_secret": "00",\n        "is_verified": false,\n        "line_number": 2,\n' +
      '        "is_secret": false,\n        "reason": "fixture",\n        "owner": "@me",\n' +
      '        "expires": "2031-01-01",\n        "fingerprint": "11",\n        "future": 1.0\n' +
      '      }\n    ]\n  },\n  "newer": {\n    "x": 2.5\n  }\n}\n';
    const baseline = parseBaseline(text, 'b');
    expect(baseline.results.get('a.py')?.[0]).toMatchObject({ reason: 'fixture', owner: '@me' });
    expect(serializeBaseline(baseline)).toBe(text);
  });

  it('returns undefined for a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baseline-'));
    expect(await readBaseline(join(dir, 'none'))).toBeUndefined();
  });
});

describe('serializeBaseline', () => {
  it('writes ASCII only, Python floats, code-point order and sorted entries', () => {
    const baseline = baselineOf([
      entry({ filename: 'z.py', lineNumber: 3, hashedSecret: 'bb' }),
      entry({ filename: 'z.py', lineNumber: 3, hashedSecret: 'aa' }),
      entry({ filename: 'z.py', lineNumber: 1, hashedSecret: 'cc' }),
      entry({ filename: '\uffff.py' }),
      entry({ filename: 'cl\u00e9-\u{1f511}.py' }),
    ]);
    const text = serializeBaseline(parseBaseline(serializeBaseline(baseline), 'b'));
    expect(text).toContain('"cl\\u00e9-\\ud83d\\udd11.py"');
    const keys = [...text.matchAll(/^ {4}"(.*)": \[$/gm)].map((match) => match[1]);
    // Python sorts by code point: U+FFFF before U+1F511 (JS code units would swap them).
    expect(keys).toEqual(['cl\\u00e9-\\ud83d\\udd11.py', 'z.py', '\\uffff.py']);
    expect([...text.matchAll(/"hashed_secret": "(\w+)"/g)].slice(1, 4).map((m) => m[1])).toEqual([
      'cc',
      'aa',
      'bb',
    ]);
    const floats = parseBaseline(
      '{"version": "1", "plugins_used": [{"name": "H", "limit": 3.0}, {"name": "I", "limit": 3}, {"name": "J", "limit": 1e-05}]}',
      'b',
    );
    const written = serializeBaseline(floats);
    expect(written).toContain('"limit": 3.0');
    expect(written).toContain('"limit": 3\n');
    expect(written).toContain('"limit": 1e-05');
  });
});

describe('writeBaselineAtomic', () => {
  it('replaces the file in one step, keeps its mode and leaves no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baseline-'));
    const path = join(dir, '.secrets.baseline');
    await writeFile(path, 'old');
    await chmod(path, 0o600);
    const baseline = baselineOf([entry({ filename: 'a.py', lineNumber: 1 })]);
    await writeBaselineAtomic(path, baseline);
    expect(await readFile(path, 'utf8')).toBe(serializeBaseline(baseline));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['.secrets.baseline']);
    await expect(writeBaselineAtomic(join(dir, 'no/such/dir/b'), baseline)).rejects.toThrow(
      BaselineError,
    );
  });
});
