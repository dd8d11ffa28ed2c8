import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ConfigError, IoError } from '../../shared/errors.js';
import {
  duplicateKeys,
  parseDotenv,
  type DotenvEntry,
  type DotenvNotice,
} from '../../sync/env/index.js';
import type { Classification, EnvClassifier } from './classify.js';

/** One entry with its classification. */
export interface ClassifiedEntry {
  readonly entry: DotenvEntry;
  readonly classification: Classification;
}

/** A `.env` file read, parsed and classified. */
export interface LoadedEnvFile {
  /** The path as shown to the user (relative to the working directory when inside it). */
  readonly shown: string;
  readonly path: string;
  readonly text: string;
  /** The file's permission bits, kept when it is rewritten. */
  readonly mode: number;
  readonly entries: readonly ClassifiedEntry[];
  readonly notices: readonly DotenvNotice[];
}

/**
 * Reads and classifies one `.env` file. A missing or unreadable file is an IoError; a key defined
 * twice is a ConfigError naming the key and both lines (dotenv would silently keep the last).
 */
export async function loadEnvFile(
  cwd: string,
  file: string,
  classifier: EnvClassifier,
): Promise<LoadedEnvFile> {
  const path = resolve(cwd, file);
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') ? file : rel;
  let text: string;
  let mode: number;
  try {
    text = await readFile(path, 'utf8');
    mode = (await stat(path)).mode & 0o7777;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new IoError(`cannot read ${shown} (${code})`);
  }
  const parsed = parseDotenv(text);
  const duplicates = duplicateKeys(parsed.entries);
  if (duplicates.length > 0)
    throw new ConfigError(
      `${shown}: ${duplicates.length === 1 ? 'a key is' : 'keys are'} defined twice; dotenv would silently keep the last one. Remove one definition:`,
      duplicates.map((d) => `${d.key} on lines ${d.first} and ${d.second}`),
    );
  return {
    shown,
    path,
    text,
    mode,
    entries: parsed.entries.map((entry) => ({
      entry,
      classification: classifier.classify(entry, shown),
    })),
    notices: parsed.notices,
  };
}
