import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../shared/errors.js';
import { builtinDetectors } from '../detectors/index.js';
import { CONFIG_FILE_NAMES, emptyConfig, type ScanConfig } from './types.js';

/**
 * Reads the config file: `explicit` (relative to `cwd`) when given, else `.secrets-action.yaml`
 * (or `.yml`) at the root when there is one, else an empty config.
 */
export async function readScanConfig(
  root: string,
  cwd: string,
  explicit?: string,
): Promise<ScanConfig> {
  const candidates =
    explicit === undefined
      ? CONFIG_FILE_NAMES.map((name) => join(root, name))
      : [resolve(cwd, explicit)];
  for (const path of candidates) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && explicit === undefined) continue;
      throw new ConfigError(
        `cannot read the config file ${explicit ?? path} (${code ?? (error as Error).message}); check the path`,
      );
    }
    // The YAML reader is loaded only when there is a file to read: start-up counts in the hook.
    const { parseConfig } = await import('./parse.js');
    return parseConfig(text, explicit ?? path.slice(root.length + 1), builtinDetectors);
  }
  return emptyConfig();
}
