import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../../src/scanner/engine.js';
import { readEncodedForScan } from '../../../src/scanner/sources/read-file.js';
import { scanFile } from '../../../src/scanner/sources/scan-file.js';
import { expandTemplate } from '../../helpers/tokens.js';

const dir = mkdtempSync(join(tmpdir(), 'secrets-action-read-'));
const maxFileSize = 1 << 20;

describe('reading a file into the engine', () => {
  it('reads into the area the engine scans, with the findings of a copy', () => {
    const scanner = new SecretScanner(builtinDetectors);
    const token = expandTemplate('ghp_{an:36}', 31);
    const path = join(dir, 'config.env');
    writeFileSync(path, `# settings\nGITHUB_TOKEN=${token}\nplain line\n`);
    let area: Buffer | undefined;
    const outcome = readEncodedForScan(path, maxFileSize, (length) => {
      area = scanner.readArea(length);
      return area;
    });
    if (outcome.kind !== 'encoded' || area === undefined) throw new Error('not read into the area');
    expect(outcome.content.buffer).toBe(area.buffer);
    expect(outcome.content.byteOffset).toBe(area.byteOffset);
    const copy = Buffer.from(outcome.content);
    const inPlace = scanner.scanBytes(outcome.content, 'config.env', outcome.encoding).findings;
    const fromCopy = scanner.scanBytes(copy, 'config.env', outcome.encoding).findings;
    expect(inPlace.map((f) => [f.detectorId, f.line])).toEqual([['github-pat', 2]]);
    expect(inPlace).toEqual(fromCopy);
    expect(
      scanFile(scanner, { absolute: path, relative: 'config.env' }, maxFileSize),
    ).toMatchObject({ status: 'scanned', findings: fromCopy });
  });

  it('uses its own buffer without an area, and for a text-prefilter engine', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'hello\n');
    const outcome = readEncodedForScan(path, maxFileSize);
    expect(outcome.kind === 'encoded' && outcome.content.toString()).toBe('hello\n');
    const textOnly = new SecretScanner(builtinDetectors, { prefilter: 'text' });
    expect(textOnly.readArea(6)).toBeUndefined();
  });

  // A /proc file reports size 0 yet has content: the read outgrows the area sized from fstat.
  it.skipIf(!existsSync('/proc/self/status'))('reads on past the area when a file grew', () => {
    const scanner = new SecretScanner(builtinDetectors);
    const outcome = readEncodedForScan('/proc/self/status', maxFileSize, (length) =>
      scanner.readArea(length),
    );
    if (outcome.kind !== 'encoded') throw new Error(`not read: ${outcome.kind}`);
    expect(outcome.content.toString().split('\n')[0]).toBe(
      readFileSync('/proc/self/status', 'utf8').split('\n')[0],
    );
    expect(outcome.content.length).toBeGreaterThan(100);
  });
});
