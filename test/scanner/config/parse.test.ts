import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/scanner/config/parse.js';
import { builtinDetectors } from '../../../src/scanner/detectors/index.js';
import { ConfigError } from '../../../src/shared/errors.js';
import { createScanner, resolveSettings } from '../../../src/scanner/config/settings.js';

const parse = (text: string) => parseConfig(text, '.secrets-action.yaml', builtinDetectors);

async function problems(text: string): Promise<string[]> {
  const error = await parse(text).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return [...(error as ConfigError).issues];
}

describe('config file', () => {
  it('reads every key', async () => {
    const config = await parse(`
exclude-files: ['vendor/**', '*.min.js']
exclude-lines: 'example\\.com'
exclude-secrets: ['^test-']
disabled-detectors: [github-pat]
max-line-length: 1000
max-file-size: 2MiB
detectors:
  - id: acme-api-key
    description: ACME API key
    pattern: 'acme_(?<secret>[a-z0-9]{32})'
    keywords: [ACME_]
    secret-type: ACME Key
    min-entropy: 3
`);
    expect(config).toMatchObject({
      excludeFiles: ['vendor/**', '*.min.js'],
      excludeLines: ['example\\.com'],
      excludeSecrets: ['^test-'],
      disabledDetectors: ['github-pat'],
      maxLineLength: 1000,
      maxFileSize: 2 * 1024 * 1024,
    });
    expect(config.detectors[0]).toMatchObject({
      id: 'acme-api-key',
      keywords: ['acme_'],
      minEntropy: 3,
      provider: 'custom',
    });
    const settings = resolveSettings(config, builtinDetectors);
    expect(settings.builtinIds).not.toContain('github-pat');
    const scanner = createScanner(settings, builtinDetectors);
    const found = scanner.scanText(
      `key = acme_${'k3y9'.repeat(4)}${'x7q2'.repeat(4)}\n`,
      'a.txt',
    ).findings;
    expect(found.map((finding) => finding.detectorId)).toEqual(['acme-api-key']);
  });

  it('accepts an empty file', async () => {
    expect((await parse('')).detectors).toEqual([]);
  });

  it('reports every problem at once, each with its line and a fix', async () => {
    const issues = await problems(`exlude-files: ['a']
exclude-lines: ['(unclosed']
disabled-detectors: [github-pta]
detectors:
  - id: github-pat
    pattern: 'x'
    keywords: [x]
  - id: mine
    pattern: 'mine_[a-z]+'
    keywords: [mine_]
  - id: mine
    pattern: 'mine2_[a-z]+'
  - id: Bad_Id
    pattern: 'q'
    keywords: [q]
    colour: red
`);
    expect(issues).toEqual([
      ".secrets-action.yaml:1: exlude-files: unknown key (did you mean 'exclude-files'?); allowed: exclude-files, exclude-lines, exclude-secrets, disabled-detectors, enabled-detectors, detectors, max-line-length, max-file-size",
      '.secrets-action.yaml:2: exclude-lines: invalid regular expression (Unterminated group); write it in JavaScript regex syntax',
      '.secrets-action.yaml:5: detectors[0] (github-pat).id: is a built-in detector id; choose another',
      '.secrets-action.yaml:11: detectors[2] (mine).id: duplicate detector id; give each detector its own id',
      '.secrets-action.yaml:11: detectors[2] (mine).keywords: missing; list literal text every match contains, e.g. a token prefix, so the pattern runs only near it',
      '.secrets-action.yaml:16: detectors[3].colour: unknown key; allowed: id, description, pattern, keywords, secret-type, min-entropy, flags',
      '.secrets-action.yaml:13: detectors[3] (Bad_Id).id: use kebab-case: lower-case letters, digits and dashes',
      ".secrets-action.yaml:3: disabled-detectors: unknown detector id 'github-pta' (did you mean 'github-pat'?)",
    ]);
  });

  it('rejects a custom pattern with super-linear backtracking', async () => {
    const issues = await problems(`detectors:
  - id: slow
    pattern: 'key=(?<secret>(a|a)*b)'
    keywords: [key=]
`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^\.secrets-action\.yaml:3: detectors\[0\] \(slow\)\.pattern: the regular expression may backtrack catastrophically \(exponential/,
    );
  });

  it('reports YAML syntax errors with their line', async () => {
    const issues = await problems('exclude-files: [a\nexclude-lines: b\n');
    expect(issues[0]).toMatch(/^\.secrets-action\.yaml:\d+: /);
  });

  it('never repeats an exclude-secrets pattern in a message (it may be a literal secret)', async () => {
    const pattern = ['not', 'really', 'a', 'token', '('].join('-');
    const issues = await problems(`exclude-secrets: ['${pattern}']\n`);
    expect(issues.join('\n')).not.toContain(pattern.slice(0, -1));
  });
});
