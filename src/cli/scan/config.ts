import { UsageError } from '../../shared/errors.js';
import { readScanConfig } from '../../scanner/config/read.js';
import { backtrackingProblem, regexSyntaxProblem } from '../../scanner/config/regex.js';
import type { ScanConfig } from '../../scanner/config/types.js';
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
  const config = await readScanConfig(root, cwd, options.config);
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
