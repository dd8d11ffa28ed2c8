import { defaultDetectors } from '../../scanner/detectors/index.js';
import { SecretScanner } from '../../scanner/engine.js';
import { shannonEntropy } from '../../scanner/entropy.js';
import { findReferences, isOnlyReferences, type DotenvEntry } from '../../sync/env/index.js';
import {
  configNameReason,
  plainValueReason,
  secretNamePattern,
  urlCredentials,
} from './name-rules.js';

/** What a `.env` key holds. */
export type EnvClass = 'secret' | 'config' | 'reference';

/** A key's class and why; never the value. */
export interface Classification {
  readonly class: EnvClass;
  readonly reason: string;
  /** The scanner detector that fired on the `KEY=value` line, if one did. */
  readonly detector?: string;
  /** Names the value refers to (`${VAR}`, `$VAR`), as dotenv-expand reads them. */
  readonly references?: readonly string[];
}

/** Bits per character above which a long, unbroken value is taken for a key or token. */
const entropyThreshold = 3.5;
const entropyMinLength = 16;

/**
 * Classifies `.env` entries: secret (a scanner detector fires on the `KEY=value` line, a URL
 * carries a password, the name says so, or the value is long and random), reference (nothing but
 * `${VAR}` references) or configuration, each with a reason that never quotes the value.
 */
export class EnvClassifier {
  private readonly scanner: SecretScanner;

  constructor(scanner?: SecretScanner) {
    this.scanner = scanner ?? new SecretScanner(defaultDetectors);
  }

  /** Classifies one entry of the file at `path` (the path steers path-aware scanner filters). */
  classify(entry: Pick<DotenvEntry, 'key' | 'value'>, path: string): Classification {
    const { key, value } = entry;
    if (value.trim() === '') return config('empty value');
    const found = findReferences(value);
    const references = found.references.map((r) => r.name);
    const refs = references.length > 0 ? { references } : {};
    if (isOnlyReferences(found))
      return {
        class: 'reference',
        reason: `only refers to ${references.map((r) => `\${${r}}`).join(', ')} (dotenv-expand); not a secret of its own`,
        ...refs,
      };
    const detector = this.detectorOn(key, value, path);
    if (detector) return { class: 'secret', reason: `detector ${detector}`, detector, ...refs };
    const credentials = urlCredentials(value);
    if (credentials) {
      if (isOnlyReferences(findReferences(credentials.password)))
        return { class: 'reference', reason: 'URL whose password is a reference', ...refs };
      return { class: 'secret', reason: 'URL with user:password', ...refs };
    }
    const pattern = secretNamePattern(key);
    const plain = plainValueReason(value);
    if (plain)
      return config(pattern ? `${plain}, although the name matches ${pattern}` : plain, references);
    if (pattern) return { class: 'secret', reason: `name matches ${pattern}`, ...refs };
    const byName = configNameReason(key);
    if (byName && !(key.toUpperCase().endsWith('_URL') && looksRandom(value)))
      return config(byName, references);
    if (looksRandom(value))
      return {
        class: 'secret',
        reason: `high entropy (${shannonEntropy(value).toFixed(1)} bits/char)`,
        ...refs,
      };
    return config('no detector, secret-name or entropy signal', references);
  }

  /** The strongest detector whose finding lies in the value of the `KEY=value` line. */
  private detectorOn(key: string, value: string, path: string): string | undefined {
    const { findings } = this.scanner.scanText(`${key}=${value}`, path);
    const inValue = findings.filter((f) => f.line > 1 || f.column > key.length + 1);
    return inValue[0]?.detectorId;
  }
}

function config(reason: string, references: readonly string[] = []): Classification {
  return {
    class: 'config',
    reason: references.length > 0 ? `${reason}; refers to ${references.join(', ')}` : reason,
    ...(references.length > 0 ? { references } : {}),
  };
}

/** A long value without spaces or URL shape whose characters look random. */
function looksRandom(value: string): boolean {
  const v = value.trim();
  if (v.length < entropyMinLength || /\s/.test(v) || v.includes('://')) return false;
  return shannonEntropy(v) >= entropyThreshold && /\d/.test(v) && /[A-Za-z]/.test(v);
}
