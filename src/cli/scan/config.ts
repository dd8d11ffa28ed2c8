import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, UsageError } from '../../shared/errors.js';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { backtrackingProblem, regexSyntaxProblem } from '../../scanner/config/regex.js';
import { CONFIG_FILE_NAMES, emptyConfig, type ScanConfig } from '../../scanner/config/types.js';
import type { ScanOptions } from './options.js';

/**
 * The configuration of a scan: the config file (`--config`, else `.secrets-action.yaml` at the
 * root when there is one), extended by the `--exclude-*` options, all validated.
 */
export async function loadScanConfig(
  root: string,
  cwd: string,
  options: ScanOptions,
): Promise<ScanConfig> {
  const config = await readConfigFile(root, cwd, options.config);
  for (const [option, values] of [
    ['--exclude-lines', options.excludeLines],
    ['--exclude-secrets', options.excludeSecrets],
  ] as const) {
    for (const [index, source] of values.entries()) {
      const problem = regexSyntaxProblem(source, '') ?? (await backtrackingProblem(source, ''));
      if (problem !== undefined)
        throw new UsageError(
          `${option} (occurrence ${index + 1}): the regular expression ${problem}`,
        );
    }
  }
  config.excludeFiles.push(...options.excludeFiles);
  config.excludeLines.push(...options.excludeLines);
  config.excludeSecrets.push(...options.excludeSecrets);
  return config;
}

async function readConfigFile(
  root: string,
  cwd: string,
  explicit: string | undefined,
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
      const shown = explicit ?? path;
      throw new ConfigError(
        `cannot read the config file ${shown} (${code ?? (error as Error).message}); check the path`,
      );
    }
    // The YAML reader is loaded only when there is a file to read: start-up counts in the hook.
    const { parseConfig } = await import('../../scanner/config/parse.js');
    return parseConfig(text, explicit ?? path.slice(root.length + 1), builtinDetectors);
  }
  return emptyConfig();
}
