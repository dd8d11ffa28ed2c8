/**
 * The text edits `migrate --rewrite` makes, as pure functions: drop the migrated entries from a
 * `.env` and list every key in a `.env.example`. File writing lives with the CLI.
 */
import { parseDotenv, type DotenvEntry } from './parse.js';

/**
 * `text` without the lines of the entries whose key is in `keys` (the whole entry: a multi-line
 * value and its trailing comment go with it). Every other byte, line breaks included, is kept.
 */
export function removeEntries(
  text: string,
  entries: readonly DotenvEntry[],
  keys: ReadonlySet<string>,
): string {
  let out = '';
  let at = 0;
  for (const entry of entries) {
    if (!keys.has(entry.key)) continue;
    out += text.slice(at, entry.start);
    at = entry.end;
  }
  return out + text.slice(at);
}

const generatedHeader =
  '# Every key the application reads; values are not kept here. Secrets are in AWS Secrets\n' +
  '# Manager (secrets-action migrate); fill in the rest for local development.\n';

/**
 * The `.env.example` for `keys` (in order), every value empty: a committed example must not hold
 * anything the classifier might have misjudged. An existing (hand-made) example is kept byte for
 * byte and only the keys it lacks are appended; undefined when it already has them all.
 */
export function exampleText(keys: readonly string[], existing?: string): string | undefined {
  if (existing === undefined) return generatedHeader + keys.map((key) => `${key}=\n`).join('');
  const present = new Set(parseDotenv(existing).entries.map((entry) => entry.key));
  const missing = keys.filter((key) => !present.has(key));
  if (missing.length === 0) return undefined;
  const lineBreak = existing.includes('\r\n') ? '\r\n' : '\n';
  const separator = existing === '' || /[\r\n]$/.test(existing) ? '' : lineBreak;
  return (
    existing +
    separator +
    `# added by secrets-action migrate${lineBreak}` +
    missing.map((key) => `${key}=${lineBreak}`).join('')
  );
}
