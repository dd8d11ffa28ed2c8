import { describe, expect, it } from 'vitest';
import {
  hasAscendingRun,
  isIndirectReference,
  isLikelyIdString,
  isPathKeyedOrEncrypted,
  isPotentialUuid,
  isSequentialString,
  isTemplatedSecret,
  isVersion,
} from '../../src/scanner/filters/heuristics.js';
import {
  isAlphabet,
  isPlaceholder,
  isRepeatedCharacters,
} from '../../src/scanner/filters/placeholders.js';
import { expandTemplate } from '../helpers/tokens.js';

const random = (template: string) => expandTemplate(template, 5);

describe('false-positive filters', () => {
  it('templated values', () => {
    for (const value of [
      '${DB_PASSWORD}',
      '{{ api_key }}',
      '<your-token>',
      '%(secret)s',
      '%API_KEY%',
      '$(TOKEN)',
      'prefix-{name}-suffix',
      '{an:32}',
    ])
      expect(isTemplatedSecret(value), value).toBe(true);
    expect(isTemplatedSecret(random('{an:32}'))).toBe(false);
  });

  it('sequences and runs', () => {
    expect(isSequentialString('ABCDEFGH')).toBe(true);
    expect(isSequentialString('0123456789')).toBe(true);
    expect(hasAscendingRun('key12345678xyz')).toBe(true);
    expect(hasAscendingRun('fedcba9876543210')).toBe(true);
    expect(hasAscendingRun(random('{an:40}'))).toBe(false);
  });

  it('placeholders, repeated characters and alphabets', () => {
    for (const value of [
      'xxxxxxxxxxxx',
      'changeme',
      'your-api-key',
      'AKIAIOSFODNN7EXAMPLE',
      '********',
      'notasecret',
    ])
      expect(isPlaceholder(value), value).toBe(true);
    expect(isPlaceholder(random('{an:40}'))).toBe(false);
    expect(isRepeatedCharacters('aaaaaaab1')).toBe(true);
    expect(isRepeatedCharacters(`AAAAAAAA${random('{b64:60}')}`)).toBe(false);
    expect(isAlphabet('useandom26T198340PXpxJACKVERYMINDBUSHWOLFGQZbfghjklqvwyzrict')).toBe(true);
    expect(isAlphabet(random('{b64:40}'))).toBe(false);
  });

  it('identifiers, versions, paths and lookups', () => {
    expect(isPotentialUuid('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isVersion('13.0.7')).toBe(true);
    expect(isVersion('^2.1.0-beta.1')).toBe(true);
    expect(isVersion('8.8.4.4')).toBe(false);
    expect(isLikelyIdString('client_id = "', 13)).toBe(true);
    expect(isLikelyIdString('client_secret = "', 17)).toBe(false);
    expect(isIndirectReference('password = get_password()')).toBe(true);
    expect(isIndirectReference('key = request.headers["x-key"]')).toBe(true);
    expect(isIndirectReference(`password = "${random('{l:6}{d:2}')}"`)).toBe(false);
    const keyed = '"@esbuild/linux-x64/bin/esbuild": "';
    expect(isPathKeyedOrEncrypted(keyed, keyed.length)).toBe(true);
    expect(isPathKeyedOrEncrypted('  - secure: "', 13)).toBe(true);
    expect(isPathKeyedOrEncrypted('"api_key": "', 12)).toBe(false);
  });
});
