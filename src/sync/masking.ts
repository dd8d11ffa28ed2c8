import { jsonLeaves, parseJsonContainer } from './json.js';

// Values whose mask would blank ordinary log text, and that are guessable anyway.
const commonWords = new Set(
  (
    'true false yes no on off null none nil undefined admin root user test password secret ' +
    'default changeme localhost postgres mysql redis production staging development ' +
    '80 443 1433 1521 3000 3306 5432 5672 6379 8080 8443 9092 9200 11211 27017'
  ).split(' '),
);

/**
 * Every string to register as a mask for one value, longest first: the whole value, each
 * non-empty trimmed line (older and self-hosted runners mask only whole strings), each JSON leaf
 * (parsed here when `jsonLeafTexts` is not given) with its lines and JSON-escaped form (a leaf
 * printed inside its JSON document appears escaped).
 */
export function maskableParts(value: string, jsonLeafTexts?: readonly string[]): string[] {
  const parts = new Set<string>();
  const add = (text: string) => {
    if (text.trim() === '') return;
    parts.add(text);
    if (/[\r\n]/.test(text)) {
      for (const line of text.split(/\r?\n|\r/)) {
        const trimmed = line.trim();
        if (trimmed !== '') parts.add(trimmed);
      }
    }
  };
  add(value);
  const leaves = jsonLeafTexts ?? jsonLeaves(parseJsonContainer(value));
  for (const leaf of leaves) {
    add(leaf);
    const escaped = JSON.stringify(leaf).slice(1, -1);
    if (escaped !== leaf) add(escaped);
  }
  return [...parts].sort((a, b) => b.length - a.length);
}

/**
 * A warning when a value is too short (< 4 characters) or too common (`true`, `5432`) to be a
 * useful secret: its mask blanks that text everywhere in the log. Names the variable only.
 */
export function weakValueWarning(name: string, value: string): string | undefined {
  const text = value.trim();
  if (text.length >= 4 && !commonWords.has(text.toLowerCase())) return undefined;
  const why = text.length < 4 ? 'shorter than 4 characters' : 'a common word or number';
  return `${name}: the value is ${why}; it is masked, so that text will show as *** everywhere in this job's log. Keep non-secret settings out of the secret or pick them with json keys.`;
}
