import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { entryContext } from '../../src/cli/audit/context.js';
import { openKeyInput, splitKeys, type KeyStream } from '../../src/cli/audit/terminal.js';
import { workTreeViewer } from '../../src/cli/audit/worktree.js';
import type { BaselineEntry } from '../../src/scanner/baseline/index.js';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import { sha1Hex } from '../../src/scanner/redact.js';
import { expandTemplate } from '../helpers/tokens.js';
import { githubToken, leakedSecrets, makeTree } from './helpers.js';

const token = githubToken(41);
const opaque = expandTemplate('{an:28}', 42);
const scanner = new SecretScanner(builtinDetectors);

function view(text: string, entry: BaselineEntry, siblings: BaselineEntry[] = []) {
  const context = entryContext(text, entry, scanner.scanText(text, 'f.txt').findings, siblings);
  const shown = context.lines.map((line) => `${line.focus ? '>' : ' '}${line.number} ${line.text}`);
  expect(leakedSecrets([token, opaque], ...shown)).toEqual([]);
  return { ...context, shown };
}

const entry = (lineNumber: number | undefined, hashed: string, type = 'Secret Keyword') => ({
  type,
  filename: 'f.txt',
  hashedSecret: hashed,
  isVerified: false,
  ...(lineNumber !== undefined && { lineNumber }),
});

describe('audit: the masked lines around an entry', () => {
  it('finds a secret the scanner misses by its hash, and masks only it', () => {
    const text = `a\nb\nvalue = ${opaque} # ok\nc\n`;
    const context = view(text, entry(3, sha1Hex(opaque), 'Base64 High Entropy String'));
    expect(context.shown).toEqual([
      ' 1 a',
      ' 2 b',
      `>3 value = ${opaque.slice(0, 4)}… # ok`,
      ' 4 c',
    ]);
    expect(context.located).toBeUndefined();
    expect(context.note).toContain('recognised by its hash');
  });

  it('masks every long token-like run when nothing on the line has the hash', () => {
    const text = `short words stay ${opaque}/x and-this-is-long-too\n`;
    const context = view(text, entry(1, sha1Hex('something else')));
    expect(context.shown).toEqual([`>1 short words stay ${opaque.slice(0, 4)}… and-…`]);
    expect(context.note).toContain('long runs are masked');
  });

  it('follows a secret whose line moved, and says so', () => {
    const text = `one\ntwo\nthree\nGH=${token}\n`;
    const found = scanner.scanText(text, 'f.txt').findings[0];
    const moved = { ...entry(1, found?.hashedSecret ?? '', 'GitHub Token') };
    const context = view(text, { ...moved, fingerprint: sha1Hex(token) });
    expect(context.located?.line).toBe(4);
    expect(context.note).toBe('the baseline says line 1; the secret is now on line 4');
    expect(context.shown).toEqual([' 1 one', ' 2 two', ' 3 three', '>4 GH=ghp_…']);
    const slim = view(text, { ...entry(undefined, found?.hashedSecret ?? '', 'GitHub Token') });
    expect(slim.shown.at(-1)).toBe('>4 GH=ghp_…');
  });

  it('masks the lines of other entries the scanner misses, and every finding nearby', () => {
    const text = `GH=${token}\nx = ${opaque}\nkey\n`;
    const other = entry(2, sha1Hex(opaque));
    const context = view(text, entry(3, sha1Hex('nothing here')), [other]);
    expect(context.shown).toEqual([' 1 GH=ghp_…', ` 2 x = ${opaque.slice(0, 4)}…`, '>3 key']);
  });

  it('clips long lines around the secret and neutralises control characters', () => {
    const text = `${'x '.repeat(300)}\u001b[31m GH=${token} ${'y '.repeat(300)}\n`;
    const context = view(text, entry(1, sha1Hex('ghp'), 'GitHub Token'));
    const line = context.lines[0]?.text ?? '';
    expect(line.length).toBeLessThanOrEqual(162);
    expect(line).toContain('?[31m GH=ghp_…');
    expect(line.startsWith('…')).toBe(true);
  });

  it('says when the line is past the end of the file or has no number', () => {
    expect(view('a\n', entry(9, sha1Hex('x'))).note).toContain('past the end');
    expect(view('a\n', entry(undefined, sha1Hex('x'))).note).toContain('no line number');
  });

  it('reads files under the root only, and tells a missing file apart', async () => {
    const root = await makeTree({ 'a.txt': `GH=${token}\n` });
    const show = workTreeViewer(root, () => []);
    const shown = show({ ...entry(1, sha1Hex('ghp'), 'GitHub Token'), filename: 'a.txt' });
    expect(typeof shown === 'string' ? shown : shown.lines[0]?.text).toBe('GH=ghp_…');
    expect(show({ ...entry(1, 'x'), filename: 'gone.txt' })).toBe('missing');
    expect(show({ ...entry(1, 'x'), filename: '../outside.txt' })).toBe('unreadable');
  });
});

describe('audit: terminal keys', () => {
  it('splits escape sequences and CRLF into single keys', () => {
    expect(splitKeys('y\u001b[Aq\r\nü')).toEqual(['y', '\u001b[A', 'q', '\r\n', 'ü']);
  });

  it('reads keys and edited lines in raw mode, and restores the terminal', async () => {
    const stream = new PassThrough() as PassThrough & KeyStream;
    const raw: boolean[] = [];
    stream.setRawMode = (mode: boolean) => raw.push(mode);
    let echoed = '';
    const input = openKeyInput(stream, (text) => (echoed += text));
    stream.write('nab\u007fc\u001b[D\r');
    expect(await input.readKey()).toBe('n');
    expect(await input.readLine()).toBe('ac');
    expect(echoed).toBe('ab\b \bc\n');
    stream.write('\u0003');
    expect(await input.readLine()).toBeUndefined();
    const pending = input.readKey();
    stream.end();
    expect(await pending).toBeUndefined();
    input.close();
    expect(raw).toEqual([true, false]);
  });
});
