import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { githubToken, leakedSecrets, makeRepo, runCli } from './helpers.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('scan --format sarif', () => {
  it('is valid against the official SARIF 2.1.0 schema and carries what GitHub code scanning requires', async () => {
    const secrets = [githubToken(1), githubToken(2)];
    const root = await makeRepo({
      'src/a b.txt': `t1: ${secrets[0]}\nt2: ${secrets[1]}\nt3: ${secrets[0]}\n`,
    });
    const run = await runCli(['scan', '--format', 'sarif'], root);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);

    // The official schema is draft-04, which ajv 8 does not load; this one uses no draft-04-only
    // keyword (boolean exclusiveMinimum), so renaming `id` to `$id` gives the same validation.
    const { id, ...rest } = JSON.parse(await readFile(schemaPath, 'utf8'));
    const schema = { ...rest, $schema: undefined, $id: id };
    // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only `u` rejects.
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateFormats: false,
      validateSchema: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(schema);
    expect(validate({ version: '2.1.0' }), 'the schema rejects a log without runs').toBe(false);
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);

    expect(sarif.version).toBe('2.1.0');
    const [runObject] = sarif.runs;
    const rules = runObject.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.properties.tags).toContain('security');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
    expect(runObject.results).toHaveLength(3);
    const [first, , third] = runObject.results;
    expect(rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.message.text.length).toBeGreaterThan(0);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a%20b.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 45 },
    });
    // The same secret twice in a file: the same hash, told apart by its occurrence.
    const [hash1, n1] = first.partialFingerprints.primaryLocationLineHash.split(':');
    const [hash3, n3] = third.partialFingerprints.primaryLocationLineHash.split(':');
    expect([hash1 === hash3, n1, n3]).toEqual([true, '1', '2']);
    expect(runObject.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    expect(leakedSecrets(secrets, run.stdout, run.stderr)).toEqual([]);
  });
});
