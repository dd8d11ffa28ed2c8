import { describe, expect, it } from 'vitest';
import {
  VariableNameError,
  toVariables,
  type FetchedSecret,
  type NamingOptions,
} from '../../src/sync/index.js';
import { planted } from './aws-fixture.js';

const account = '123456789012';

/** A fetched secret as fetchSecrets returns it, for naming tests that need no server. */
function secret(
  id: string,
  value: string | Uint8Array,
  extra: { alias?: string; name?: string } = {},
): FetchedSecret {
  const name = extra.name ?? id;
  return {
    id,
    selector: id,
    name,
    arn: `arn:aws:secretsmanager:us-east-1:${account}:secret:${name}-AbCdEf`,
    versionId: 'v1',
    alias: extra.alias,
    value:
      typeof value === 'string'
        ? { kind: 'string', text: value }
        : { kind: 'binary', bytes: value },
  };
}

const upper: NamingOptions = { parseJson: false, nameTransformation: 'uppercase' };
const json: NamingOptions = { parseJson: true, nameTransformation: 'uppercase' };
const pairs = (secrets: FetchedSecret[], options: NamingOptions, warnings?: string[]) =>
  toVariables(secrets, options, warnings).map((v) => [v.name, v.value]);

describe("toVariables follows the AWS action's naming", () => {
  it('matches its README example 1 (names, ARN, digits, slashes, aliases, blank alias)', () => {
    const arn1 = `arn:aws:secretsmanager:us-east-2:${account}:secret:test1-a1b2c3`;
    const arn2 = `arn:aws:secretsmanager:us-east-2:${account}:secret:test2-a1b2c3`;
    const secrets = [
      secret('exampleSecretName', 'v1'),
      secret(arn1, 'v2', { name: 'test1' }),
      secret('0/test/secret', 'v3'),
      secret('/prod/example/secret', 'v4'),
      secret('test/secret', 'v5', { alias: 'SECRET_ALIAS_1' }),
      secret(arn2, 'v6', { name: 'test2', alias: 'SECRET_ALIAS_2' }),
      secret('secret2', 'v7', { alias: '' }),
    ];
    expect(pairs(secrets, upper)).toEqual([
      ['EXAMPLESECRETNAME', 'v1'],
      ['TEST1', 'v2'],
      ['_0_TEST_SECRET', 'v3'],
      ['_PROD_EXAMPLE_SECRET', 'v4'],
      ['SECRET_ALIAS_1', 'v5'],
      ['SECRET_ALIAS_2', 'v6'],
      ['SECRET2', 'v7'],
    ]);
  });

  it('matches its README example 3 (JSON flattening, blank alias keeps only the keys)', () => {
    const secrets = [
      secret(
        'test/secret',
        JSON.stringify({ api_user: 'user', api_key: 'key', config: { active: 'true' } }),
      ),
      secret(
        'secret2',
        JSON.stringify({ myusername: 'alejandro_rosalez', mypassword: 'pw-example' }),
        {
          alias: '',
        },
      ),
    ];
    expect(pairs(secrets, json)).toEqual([
      ['TEST_SECRET_API_USER', 'user'],
      ['TEST_SECRET_API_KEY', 'key'],
      ['TEST_SECRET_CONFIG_ACTIVE', 'true'],
      ['MYUSERNAME', 'alejandro_rosalez'],
      ['MYPASSWORD', 'pw-example'],
    ]);
  });

  it('exports non-string leaves as JSON text, arrays whole, and flattens JSON held in strings', () => {
    const value = JSON.stringify({
      port: 5432,
      tls: false,
      none: null,
      hosts: ['a', 'b'],
      'db-url': 'x',
      '9lives': 'cat',
      inner: JSON.stringify({ token: 't0k3n' }),
      deep: { deeper: { deepest: 'd' } },
    });
    expect(pairs([secret('cfg', value)], json)).toEqual([
      ['CFG_PORT', '5432'],
      ['CFG_TLS', 'false'],
      ['CFG_NONE', 'null'],
      ['CFG_HOSTS', '["a","b"]'],
      ['CFG_DB_URL', 'x'],
      ['CFG__9LIVES', 'cat'],
      ['CFG_INNER_TOKEN', 't0k3n'],
      ['CFG_DEEP_DEEPER_DEEPEST', 'd'],
    ]);
  });

  it('keeps JSON whole without parse-json, and an empty object gives no variable', () => {
    const doc = JSON.stringify({ a: 'b' });
    expect(pairs([secret('doc', doc)], upper)).toEqual([['DOC', doc]]);
    expect(pairs([secret('empty', '{}')], json)).toEqual([]);
    expect(pairs([secret('list', '[1,2]')], json)).toEqual([['LIST', '[1,2]']]);
  });

  it('applies lowercase and none to names, aliases and keys', () => {
    const secrets = [
      secret('My/Secret', JSON.stringify({ Key: 'v' })),
      secret('x', 'y', { alias: 'Alias_One' }),
    ];
    expect(pairs(secrets, { parseJson: true, nameTransformation: 'lowercase' })).toEqual([
      ['my_secret_key', 'v'],
      ['alias_one', 'y'],
    ]);
    expect(pairs(secrets, { parseJson: true, nameTransformation: 'none' })).toEqual([
      ['My_Secret_Key', 'v'],
      ['Alias_One', 'y'],
    ]);
  });
});

describe('toVariables: our additions', () => {
  it('strips a prefix from secret names (not from aliases)', () => {
    const options = { ...upper, stripPrefix: '/APP/DEV/' };
    expect(
      pairs(
        [
          secret('/APP/DEV/SECRET_1', 'a'),
          secret('/OTHER/S', 'b'),
          secret('/APP/DEV/X', 'c', { alias: 'KEEP' }),
        ],
        options,
      ),
    ).toEqual([
      ['SECRET_1', 'a'],
      ['_OTHER_S', 'b'],
      ['KEEP', 'c'],
    ]);
  });

  it('picks only the listed JSON keys (a path selects what is below it)', () => {
    const value = JSON.stringify({
      api: { user: 'u', key: 'k' },
      database: { host: 'h', password: 'p' },
      config: { active: 'true' },
    });
    const options = { ...json, jsonKeys: ['api.key', 'database'] };
    expect(pairs([secret('sel', value), secret('plain', 'text')], options)).toEqual([
      ['SEL_API_KEY', 'k'],
      ['SEL_DATABASE_HOST', 'h'],
      ['SEL_DATABASE_PASSWORD', 'p'],
      ['PLAIN', 'text'],
    ]);
    expect(() => toVariables([secret('sel', value)], { ...json, jsonKeys: ['api.KEY'] })).toThrow(
      /json key 'api.KEY' is in no JSON secret that was read/,
    );
  });

  it('exports binary secrets as base64 of the exact bytes, never parsed as JSON', () => {
    const bytes = Uint8Array.from([0x7b, 0x7d, 0x00, 0xff, 0xfe, 0x80]);
    const [variable] = toVariables([secret('bin', bytes)], json);
    expect(variable).toMatchObject({
      name: 'BIN',
      binary: true,
      value: Buffer.from(bytes).toString('base64'),
    });
    expect(Buffer.from(variable?.value ?? '', 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('exports malformed JSON whole with a warning that does not contain the value', () => {
    const value = `{"user": "${planted()}", "password": ${planted()}}`;
    const warnings: string[] = [];
    expect(pairs([secret('broken', value)], json, warnings)).toEqual([['BROKEN', value]]);
    expect(warnings).toEqual([
      "secret 'broken' starts like a JSON object but is not valid JSON; exported whole as BROKEN",
    ]);
  });

  it('refuses reserved names, naming the secret id and suggesting an alias', () => {
    for (const [id, name] of [
      ['github_token', 'GITHUB_TOKEN'],
      ['runner/temp', 'RUNNER_TEMP'],
      ['node-options', 'NODE_OPTIONS'],
    ]) {
      expect(() => toVariables([secret(id as string, 'v')], upper)).toThrow(
        new RegExp(`^secret '${id}' would set ${name}, which the runner reserves.*set an alias`),
      );
    }
    expect(() => toVariables([secret('x', '{"GITHUB_PATH":"v"}', { alias: '' })], json)).toThrow(
      /key 'GITHUB_PATH' of secret 'x' would set GITHUB_PATH/,
    );
  });

  it('refuses invalid names (an empty JSON key with a blank alias)', () => {
    expect(() => toVariables([secret('x', '{"":"v"}', { alias: '' })], json)).toThrow(
      /key '' of secret 'x' gives the variable name '', which is not valid/,
    );
  });

  it('refuses collisions listing both ids, and reports every problem at once', () => {
    const error = (() => {
      try {
        toVariables(
          [
            secret('MySecret', 'a'),
            secret('mysecret', 'b'),
            secret('dup', JSON.stringify({ name: 'n', Name: 'N' })),
            secret('github_env', 'c'),
          ],
          json,
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(VariableNameError);
    expect((error as VariableNameError).issues).toEqual([
      "secret 'MySecret' and secret 'mysecret' both map to MYSECRET; give one an alias (OTHER_NAME,mysecret)",
      "key 'name' of secret 'dup' and key 'Name' of secret 'dup' both map to DUP_NAME; give one an alias (OTHER_NAME,dup)",
      expect.stringMatching(/^secret 'github_env' would set GITHUB_ENV/),
    ]);
    expect(
      pairs([secret('MySecret', 'a'), secret('mysecret', 'b')], {
        ...upper,
        nameTransformation: 'none',
      }),
    ).toEqual([
      ['MySecret', 'a'],
      ['mysecret', 'b'],
    ]);
  });

  it('lists the parts to mask with each variable', () => {
    const leaf = planted();
    const [whole] = toVariables([secret('doc', JSON.stringify({ k: leaf }))], upper);
    expect(whole?.maskParts).toEqual(expect.arrayContaining([whole?.value, leaf]));
    const [flat] = toVariables([secret('doc', JSON.stringify({ k: `${leaf}\nline2` }))], json);
    expect(flat?.maskParts).toEqual(expect.arrayContaining([`${leaf}\nline2`, leaf, 'line2']));
  });
});
