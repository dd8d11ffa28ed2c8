import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { expectMaskedFirst, expectNotShown, jobFor, planted, startServer } from './fixtures.js';
import { Job, visibleOutput } from './runner.js';

const bundle = join(import.meta.dirname, '..', '..', 'dist', 'action', 'main', 'index.js');

describe('the bundled Action, run like the runner runs it', () => {
  let server: SecretsManagerServer;
  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('dist/action is missing: run `npm run build` first');
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.faults.clear();
    server.resetCalls();
  });

  it('masks every part before any output, then exports names and values intact', async () => {
    const plain = planted('plain');
    const lines = [planted('line1'), planted('line2'), planted('line3')];
    const multiLine = `${lines.join('\n')}\n`;
    const user = planted('user');
    const password = planted('pw');
    const nested = planted('nested');
    const bytes = Uint8Array.from([0, 255, 10, 13, 128, ...randomBytes(64)]);
    server.put({ name: 'app/plain', string: plain });
    server.put({ name: 'app/multi', string: multiLine });
    server.put({
      name: 'app/db',
      string: JSON.stringify({ user, password, options: { nested } }),
    });
    const binaryArn = server.put({ name: 'app/binary', binary: bytes });

    const job = await jobFor(server);
    const step = await job.main({
      'secret-ids': ['app/plain', 'MULTI,app/multi', ',app/db', binaryArn].join('\n'),
      'parse-json-secrets': 'true',
    });

    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, [plain, multiLine, ...lines, user, password, nested]);
    const base64 = Buffer.from(bytes).toString('base64');
    expect(step.output).toContain(`::add-mask::${base64}`);
    expect(step.env).toEqual({
      APP_PLAIN: plain,
      MULTI: multiLine,
      USER: user,
      PASSWORD: password,
      OPTIONS_NESTED: nested,
      APP_BINARY: base64,
    });
    expect(Buffer.from(step.env.APP_BINARY ?? '', 'base64').equals(Buffer.from(bytes))).toBe(true);
    // Heredoc entries: NAME<<DELIMITER, the value, DELIMITER.
    expect(step.files.env).toMatch(/^MULTI<<(ghadelimiter_[0-9a-f-]+)\n[^]*\n\1$/m);
    expect(JSON.parse(step.outputs.names ?? '[]')).toHaveLength(6);
    expect(step.outputs).not.toHaveProperty('APP_PLAIN');
    expect(step.summary).toContain('APP_PLAIN');
    expect(step.summary).toContain('app/db (options.nested)');
    expect(server.calls.BatchGetSecretValue).toBe(1);
    expect(server.calls.GetSecretValue ?? 0).toBe(0);
  });

  it('masks every JSON leaf, also of keys it does not export', async () => {
    const [host, password, token] = [planted('host'), planted('password'), planted('token')];
    server.put({ name: 'leaf/db', string: JSON.stringify({ host, password, nested: { token } }) });
    const job = await jobFor(server);
    const whole = await job.main({ 'secret-ids': 'leaf/db' });
    expect(whole.exitCode).toBe(0);
    expectMaskedFirst(whole, [host, password, token]);
    expect(Object.keys(whole.env)).toEqual(['LEAF_DB']);

    const picked = await job.main({
      'secret-ids': 'leaf/db',
      'parse-json-secrets': 'true',
      'json-keys': 'password\nnested',
    });
    expect(picked.exitCode, visibleOutput(picked.output)).toBe(0);
    expectMaskedFirst(picked, [host, password, token]);
    expect(picked.env).toEqual({ LEAF_DB_PASSWORD: password, LEAF_DB_NESTED_TOKEN: token });
  });

  it('blanks what it exported in the post step', async () => {
    const value = planted('cleanup');
    server.put({ name: 'post/one', string: value });
    const job = await jobFor(server);
    const inputs = { 'secret-ids': 'post/one' };
    const main = await job.main(inputs);
    expect(main.exitCode).toBe(0);
    expect(job.env.POST_ONE).toBe(value);

    const post = await job.post(inputs, main);
    expect(post.exitCode, post.output).toBe(0);
    expect(post.env).toEqual({ POST_ONE: '' });
    expect(post.output).toContain('Blanked 1 variable: POST_ONE');
    expectNotShown(post, [value]);
  });

  it('leaves the variables when cleanup is false', async () => {
    server.put({ name: 'post/kept', string: planted('kept') });
    const job = await jobFor(server);
    const inputs = { 'secret-ids': 'post/kept', cleanup: 'false' };
    const post = await job.post(inputs, await job.main(inputs));
    expect(post.exitCode).toBe(0);
    expect(post.env).toEqual({});
  });

  it('runs twice in one job with the same names (the AWS action fails there)', async () => {
    const first = planted('first');
    const second = planted('second');
    server.put({ name: 'twice/token', string: first });
    const job = await jobFor(server);
    const inputs = { 'secret-ids': 'twice/token' };
    const one = await job.main(inputs);
    expect(one.exitCode).toBe(0);

    server.put({ name: 'twice/token', string: second });
    const two = await job.main(inputs);
    expect(two.exitCode, visibleOutput(two.output)).toBe(0);
    expectMaskedFirst(two, [second]);
    expectNotShown(two, [first]);
    expect(job.env.TWICE_TOKEN).toBe(second);

    // Post steps run in reverse order; each blanks what its own main step set.
    expect((await job.post(inputs, two)).env).toEqual({ TWICE_TOKEN: '' });
    expect((await job.post(inputs, one)).env).toEqual({ TWICE_TOKEN: '' });
  });

  it('sets step outputs instead of the environment when asked', async () => {
    const value = planted('output');
    server.put({ name: 'out/key', string: value });
    const job = await jobFor(server);
    const step = await job.main({
      'secret-ids': 'OUT_KEY,out/key',
      'export-env': 'false',
      'export-outputs': 'true',
    });
    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, [value]);
    expect(step.env).toEqual({});
    expect(step.state).toEqual({});
    expect(step.outputs).toEqual({ OUT_KEY: value, names: '["OUT_KEY"]' });
  });

  it('reads every page of a prefix, with names from strip-prefix and name-transformation', async () => {
    const values = Array.from({ length: 130 }, (_, i) => planted(`page${i}`));
    values.forEach((value, i) => server.put({ name: `/APP/DEV/Key_${i}`, string: value }));
    const job = await jobFor(server);
    const step = await job.main({
      'secret-ids': '/APP/DEV/*',
      'strip-prefix': '/APP/DEV/',
      'name-transformation': 'none',
    });
    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, values);
    expect(Object.keys(step.env)).toHaveLength(130);
    expect(step.env.Key_129).toBe(values[129]);
    expect(server.calls.ListSecrets).toBe(2);
    expect(server.calls.BatchGetSecretValue).toBe(7);
  });

  it('reaches an endpoint given as an input, and names secrets by ARN in any partition', async () => {
    const china = await startSecretsManagerServer({ partition: 'aws-cn', region: 'cn-north-1' });
    try {
      const value = planted('china');
      const arn = china.put({ name: 'cn/app/key', string: value });
      expect(arn).toMatch(/^arn:aws-cn:secretsmanager:cn-north-1:/);
      // No endpoint variable: only the input can lead the SDK to the server.
      const env = { ...china.env(), AWS_CONFIG_FILE: '/nonexistent/aws-config' };
      delete (env as Record<string, string | undefined>).AWS_ENDPOINT_URL_SECRETS_MANAGER;
      const job = await Job.create(env);
      const step = await job.main({ 'secret-ids': arn, endpoint: china.url });
      expect(step.exitCode, visibleOutput(step.output)).toBe(0);
      expectMaskedFirst(step, [value]);
      expect(step.env).toEqual({ CN_APP_KEY: value });
    } finally {
      await china.close();
    }
  });

  it('survives throttling and a role without BatchGetSecretValue', async () => {
    const value = planted('throttled');
    server.put({ name: 'slow/one', string: value });
    server.faults.throttle(2);
    server.faults.denyOperation('BatchGetSecretValue');
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'slow/one' });
    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, [value]);
    expect(step.env.SLOW_ONE).toBe(value);
    expect(server.calls.GetSecretValue).toBeGreaterThanOrEqual(1);
  });

  it('reads a pinned version with GetSecretValue', async () => {
    const current = planted('current');
    const previous = planted('previous');
    server.put({
      name: 'ver/key',
      string: current,
      versions: [{ id: 'v-previous', stages: ['AWSPREVIOUS'], string: previous }],
    });
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'ver/key', 'version-stage': 'AWSPREVIOUS' });
    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, [previous]);
    expect(step.env.VER_KEY).toBe(previous);
    expect(server.calls.BatchGetSecretValue ?? 0).toBe(0);
  });

  it('warns about a weak value by naming the variable, and still masks it', async () => {
    server.put({ name: 'weak/flag', string: 'true' });
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'weak/flag' });
    expect(step.exitCode).toBe(0);
    expect(step.output.split('\n')[0]).toBe('::add-mask::true');
    expect(step.output).toMatch(/^::warning::WEAK_FLAG: the value is/m);
  });
});
