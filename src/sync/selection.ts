import { SecretIdsError } from './errors.js';
import type { SecretSelector } from './types.js';

// Every partition Secrets Manager runs in; the AWS action only recognises `aws`.
const arnPattern =
  /^arn:aws(?:-cn|-us-gov|-iso|-iso-[a-z])?:secretsmanager:[a-z0-9-]+:\d{12}:secret:(.+)$/;
// Same rule as the AWS action: at least three name characters, then one trailing `*`.
const prefixPattern = /^[A-Za-z0-9/_+=.@-]{3,}\*$/;
const aliasPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Characters AWS allows in a secret name (and ARNs add `:`).
const idPattern = /^[A-Za-z0-9/_+=.@:-]+$/;

/** True for a Secrets Manager ARN of any partition (`aws`, `aws-cn`, `aws-us-gov`, ISO). */
export function isSecretArn(id: string): boolean {
  return arnPattern.test(id);
}

/**
 * The secret name inside an ARN, without the `-xxxxxx` suffix AWS appends (a partial ARN, which
 * has no suffix, is returned whole); undefined when `id` is not an ARN.
 */
export function secretNameFromArn(id: string): string | undefined {
  const match = arnPattern.exec(id);
  if (!match?.[1]) return undefined;
  return match[1].replace(/-[A-Za-z0-9]{6}$/, '');
}

/**
 * Parses the `secret-ids` input: one selector per line, `ALIAS,id` and `,id` forms, `prefix*`
 * wildcards, blank lines and `#` comments skipped (no secret name or ARN can contain `#`).
 * Exact duplicates are dropped. Throws `SecretIdsError` naming the line for anything unusable.
 */
export function parseSecretIds(text: string): SecretSelector[] {
  const selectors: SecretSelector[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') return;
    const parts = content.split(',');
    if (parts.length > 2) {
      throw new SecretIdsError(
        `secret-ids line ${line}: more than one comma; write ALIAS,secret-id or ,secret-id`,
      );
    }
    const alias = parts.length === 2 ? (parts[0] ?? '').trim() : undefined;
    const id = (parts.length === 2 ? parts[1] : parts[0])?.trim() ?? '';
    if (id === '') {
      throw new SecretIdsError(`secret-ids line ${line}: no secret id after the comma`);
    }
    if (alias !== undefined && alias !== '' && !aliasPattern.test(alias)) {
      throw new SecretIdsError(
        `secret-ids line ${line}: alias '${alias}' is not a valid variable name; use letters, digits and _, not starting with a digit`,
      );
    }
    const key = `${alias ?? '\0'}\n${id}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (id.includes('*')) {
      if (!prefixPattern.test(id) || isSecretArn(id)) {
        throw new SecretIdsError(
          `secret-ids line ${line}: '${id}' is not a valid prefix; write at least 3 name characters followed by one trailing * (prod/app/*)`,
        );
      }
      selectors.push({ kind: 'prefix', id, prefix: id.slice(0, -1), alias, line });
      return;
    }
    if (!idPattern.test(id)) {
      throw new SecretIdsError(
        `secret-ids line ${line}: '${id}' is not a secret name or ARN (allowed: letters, digits and /_+=.@-)`,
      );
    }
    if (id.startsWith('arn:') && !isSecretArn(id)) {
      throw new SecretIdsError(
        `secret-ids line ${line}: '${id}' is not a Secrets Manager ARN (arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME)`,
      );
    }
    selectors.push({ kind: 'id', id, alias, line });
  });
  return selectors;
}
