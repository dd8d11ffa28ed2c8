import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createSecretsManagerClient,
  fetchSecrets,
  parseSecretIds,
  toVariables,
} from '../../src/sync/index.js';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { client, planted, useSecretsManager } from './aws-fixture.js';

// China: reached through AWS_ENDPOINT_URL_SECRETS_MANAGER like the other tests.
const china = useSecretsManager({ partition: 'aws-cn', region: 'cn-north-1' });
// GovCloud: reached through the `endpoint` option, as the action's `endpoint` input does.
let gov: SecretsManagerServer;
beforeAll(async () => {
  gov = await startSecretsManagerServer({ partition: 'aws-us-gov', region: 'us-gov-west-1' });
});
afterAll(() => gov.close());

it('reads secrets by ARN in the aws-cn and aws-us-gov partitions and names them by secret name', async () => {
  const cnValue = planted();
  const cnArn = china().put({ name: 'cn/db-password', string: cnValue });
  expect(cnArn).toMatch(
    /^arn:aws-cn:secretsmanager:cn-north-1:\d{12}:secret:cn\/db-password-\w{6}$/,
  );
  const cn = await fetchSecrets(client(), parseSecretIds(cnArn));
  expect(toVariables(cn.secrets, { parseJson: false, nameTransformation: 'uppercase' })).toEqual([
    expect.objectContaining({ name: 'CN_DB_PASSWORD', value: cnValue, sourceId: cnArn }),
  ]);

  const govValue = planted();
  const govArn = gov.put({ name: 'gov/api', string: govValue });
  const govClient = createSecretsManagerClient({ endpoint: gov.url, region: gov.region });
  const result = await fetchSecrets(
    govClient,
    parseSecretIds(`${govArn}\n,${govArn.slice(0, -7)}`),
  );
  expect(result.secrets.map((s) => [s.name, s.arn])).toEqual([
    ['gov/api', govArn],
    ['gov/api', govArn],
  ]);
  expect(gov.calls).toEqual({ BatchGetSecretValue: 1 });
  // The same secret through two ids is one variable, not a collision.
  expect(
    toVariables(result.secrets, { parseJson: false, nameTransformation: 'uppercase' }).map((v) => [
      v.name,
      v.value,
    ]),
  ).toEqual([['GOV_API', govValue]]);
});
