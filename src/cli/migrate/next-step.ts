import { isReservedName, isValidEnvName, toEnvName } from '../../sync/naming.js';
import type { MigrationItem } from '../../sync/migrate/index.js';

function variableName(key: string): string {
  return isValidEnvName(key) ? key : toEnvName(key, 'none');
}

function reservedNote(names: readonly string[]): string[] {
  const reserved = names.filter(isReservedName);
  return reserved.length > 0
    ? [
        `# ${reserved.join(', ')}: GitHub reserves GITHUB_*, RUNNER_* and NODE_OPTIONS; give ${reserved.length === 1 ? 'it' : 'them'} another name`,
      ]
    : [];
}

/** The env Action's `secret-ids` lines: `VAR,name` per single secret, `,name` per JSON group. */
export function readBackIds(items: readonly MigrationItem[]): {
  secretIds: string[];
  jsonSecretIds: string[];
} {
  return {
    secretIds: items
      .filter((item) => item.kind === 'single')
      .map((item) => `${variableName(item.keys[0] as string)},${item.secretName}`),
    jsonSecretIds: items.filter((item) => item.kind === 'group').map((i) => `,${i.secretName}`),
  };
}

/**
 * The copy-paste next step for the secrets in AWS: the env Action's `secret-ids` block (explicit
 * aliases, so each variable keeps its `.env` name; JSON groups with a blank alias and
 * `parse-json-secrets`), and the same as entries of the sync Action's fan-out file.
 */
export function nextStepText(items: readonly MigrationItem[]): string {
  const singles = items.filter((item) => item.kind === 'single');
  const groups = items.filter((item) => item.kind === 'group');
  if (items.length === 0) return '';
  const keys = items.flatMap((item) => item.keys.map(variableName));
  const ids = readBackIds(items);
  const steps: string[] = [];
  if (ids.secretIds.length > 0)
    steps.push(
      '  - uses: org/secrets-action@v1',
      '    with:',
      '      secret-ids: |',
      ...ids.secretIds.map((line) => `        ${line}`),
    );
  if (ids.jsonSecretIds.length > 0)
    steps.push(
      '  - uses: org/secrets-action@v1',
      '    with:',
      '      secret-ids: |',
      ...ids.jsonSecretIds.map((line) => `        ${line}`),
      '      parse-json-secrets: true',
    );
  const sync = [
    '  targets:',
    '    app: { repository: OWNER/REPO } # your repository (or environments, org)',
    '  secrets:',
    ...singles.map(
      (item) =>
        `    - { aws: ${item.secretName}, name: ${toEnvName(item.keys[0] as string, 'uppercase')}, to: app }`,
    ),
    ...groups.flatMap((item) =>
      item.keys.map(
        (key) =>
          `    - { aws: ${item.secretName}, key: ${key}, name: ${toEnvName(key, 'uppercase')}, to: app }`,
      ),
    ),
  ];
  return [
    'Next step: read them in a workflow, after aws-actions/configure-aws-credentials (the role needs',
    'secretsmanager:GetSecretValue on these secrets):',
    '',
    ...reservedNote(keys).map((line) => `  ${line}`),
    ...steps,
    '',
    'or copy them into GitHub secrets with org/secrets-action/sync@v1 and config: .github/secrets-sync.yaml:',
    '',
    ...sync,
    '',
  ].join('\n');
}
