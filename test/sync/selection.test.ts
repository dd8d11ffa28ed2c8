import { describe, expect, it } from 'vitest';
import {
  SecretIdsError,
  isSecretArn,
  parseSecretIds,
  secretNameFromArn,
} from '../../src/sync/index.js';

describe('parseSecretIds', () => {
  it('reads names, ARNs, aliases, blank aliases, prefixes and comments', () => {
    const arn = 'arn:aws:secretsmanager:us-east-2:123456789012:secret:test1-a1b2c3';
    const text = [
      'exampleSecretName',
      `  ${arn}  `,
      '',
      '# a comment line',
      'SECRET_ALIAS_1, test/secret   # trailing comment',
      ',secret2',
      'beta*',
      'ONE,prod/app/*',
      'exampleSecretName',
    ].join('\r\n');
    expect(parseSecretIds(text)).toEqual([
      { kind: 'id', id: 'exampleSecretName', alias: undefined, line: 1 },
      { kind: 'id', id: arn, alias: undefined, line: 2 },
      { kind: 'id', id: 'test/secret', alias: 'SECRET_ALIAS_1', line: 5 },
      { kind: 'id', id: 'secret2', alias: '', line: 6 },
      { kind: 'prefix', id: 'beta*', prefix: 'beta', alias: undefined, line: 7 },
      { kind: 'prefix', id: 'prod/app/*', prefix: 'prod/app/', alias: 'ONE', line: 8 },
    ]);
  });

  it.each([
    ['a,b,c', /line 1: more than one comma/],
    ['ALIAS,', /line 1: no secret id after the comma/],
    ['ok\n1BAD,secret', /line 2: alias '1BAD' is not a valid variable name/],
    ['BAD-NAME,secret', /alias 'BAD-NAME'/],
    ['ab*', /'ab\*' is not a valid prefix; write at least 3/],
    ['prod/*/x', /not a valid prefix/],
    ['prod**', /not a valid prefix/],
    ['has space', /'has space' is not a secret name or ARN/],
    ['arn:aws:s3:::bucket', /not a Secrets Manager ARN/],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:x*', /not a valid prefix/],
  ])('refuses %j naming the line and the fix', (text, message) => {
    expect(() => parseSecretIds(text)).toThrow(SecretIdsError);
    expect(() => parseSecretIds(text)).toThrow(message);
  });
});

describe('ARNs', () => {
  it.each([
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbC123', 'prod/db'],
    ['arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db-x1y2z3', 'db'],
    ['arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:a/b-Q1w2E3', 'a/b'],
    ['arn:aws-iso:secretsmanager:us-iso-east-1:123456789012:secret:partial', 'partial'],
  ])('%s names %s', (arn, name) => {
    expect(isSecretArn(arn)).toBe(true);
    expect(secretNameFromArn(arn)).toBe(name);
  });

  it('rejects other ARNs and names', () => {
    expect(isSecretArn('arn:aws:ssm:us-east-1:123456789012:parameter/x')).toBe(false);
    expect(isSecretArn('prod/db')).toBe(false);
    expect(secretNameFromArn('prod/db')).toBeUndefined();
  });
});
