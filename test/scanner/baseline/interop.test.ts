import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline, serializeBaseline } from '../../../src/scanner/baseline/index.js';

/** detect-secrets 1.5.0's own output, kept next to the repository (absent in a bare clone). */
const interop = resolve(__dirname, '../../../../shared/interop/detect-secrets');
const present = existsSync(interop);
if (!present) console.warn(`skipping detect-secrets interop tests: ${interop} is absent`);

function baselinesWritten(): string[] {
  if (!present) return [];
  return readdirSync(interop, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(interop, entry.name, 'out')))
    .flatMap((entry) =>
      readdirSync(join(interop, entry.name, 'out'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(entry.name, 'out', name)),
    );
}

/** Files whose version is 1.5.0 and whose layout is the canonical one (not a hook's upgrade). */
function isCanonical(text: string): boolean {
  return text.startsWith('{\n  "version": "1.5.0",\n  "plugins_used"');
}

describe.skipIf(!present)('detect-secrets interop samples', () => {
  const files = baselinesWritten();

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s parses, and 1.5.0 layouts serialize back to the same bytes', (file) => {
    const text = readFileSync(join(interop, file), 'utf8');
    const baseline = parseBaseline(text, file);
    const count = [...baseline.results.values()].reduce((sum, list) => sum + list.length, 0);
    expect(count).toBe((text.match(/"hashed_secret"/g) ?? []).length);
    if (isCanonical(text)) expect(serializeBaseline(baseline)).toBe(text);
    // Whatever the layout, writing is idempotent: the written form reads back and writes the same.
    const written = serializeBaseline(baseline);
    expect(serializeBaseline(parseBaseline(written, file))).toBe(written);
  });

  it('reads every old version in 07-old-version/inputs without loss', () => {
    const inputs = join(interop, '07-old-version/inputs');
    for (const name of readdirSync(inputs)) {
      const text = readFileSync(join(inputs, name), 'utf8');
      const raw = JSON.parse(text) as { results: Record<string, Record<string, unknown>[]> };
      const baseline = parseBaseline(text, name);
      for (const [file, entries] of Object.entries(raw.results)) {
        const parsed = baseline.results.get(file) ?? [];
        expect(parsed.map((entry) => [entry.hashedSecret, entry.type, entry.lineNumber])).toEqual(
          entries.map((entry) => [entry.hashed_secret, entry.type, entry.line_number]),
        );
        expect(parsed.map((entry) => entry.isSecret)).toEqual(
          entries.map((entry) => entry.is_secret ?? undefined),
        );
        for (const entry of parsed) expect(entry.filename).toBe(file);
      }
    }
  });

  it('upgrades 0.x plugins and exclusions as detect-secrets 1.5.0 scan --baseline does', () => {
    const pluginsOf = (text: string) =>
      text.slice(text.indexOf('"plugins_used"'), text.indexOf('"results"'));
    for (const [input, output] of [
      ['baseline-0.13.1-hand.json', 'v0.13.1-scan-baseline.after.json'],
      ['baseline-0.11.4-labelled.json', 'v0.11.4-scan-baseline.after.json'],
    ]) {
      const upgraded = parseBaseline(
        readFileSync(join(interop, '07-old-version/inputs', input as string), 'utf8'),
        'input',
      );
      const after = parseBaseline(
        readFileSync(join(interop, '07-old-version/out', output as string), 'utf8'),
        'after',
      );
      // detect-secrets adds is_baseline_file because the command got --baseline; we do the same
      // in scan --baseline, not when reading.
      after.filtersUsed = after.filtersUsed.filter((filter) => filter.filename === undefined);
      // Plugin options as 1.5.0 wrote them (int `limit: 3`, `keyword_exclude: ""`), and the
      // 0.x exclusions as regex filters.
      expect(pluginsOf(serializeBaseline(upgraded))).toBe(pluginsOf(serializeBaseline(after)));
      expect(upgraded.results.get('app/config.py')?.map((entry) => entry.isSecret)).toEqual(
        input?.startsWith('baseline-0.13') ? [true, false] : [true, false, false],
      );
    }
  });
});
