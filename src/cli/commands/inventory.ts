import { CliError, ExitCode, UsageError } from '../../shared/errors.js';
import { parseCommandArgs } from '../args.js';
import { EnvClassifier } from '../env/classify.js';
import { loadEnvFile, type LoadedEnvFile } from '../env/load.js';
import { formatTable } from '../../shared/table.js';
import { inventoryHelp } from '../help.js';
import type { CliIo } from '../io.js';

/**
 * `secrets-action inventory [.env files…]`: every key of each file with its class (secret,
 * configuration, reference) and the reason, as a table or JSON. Never a value.
 */
export async function inventoryCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('inventory', argv, {
    format: { type: 'string', short: 'f', default: 'text' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(inventoryHelp);
    return ExitCode.clean;
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not '${values.format}'`);
  const classifier = new EnvClassifier();
  const loaded: LoadedEnvFile[] = [];
  const errors: string[] = [];
  for (const file of positionals.length > 0 ? positionals : ['.env']) {
    try {
      loaded.push(await loadEnvFile(io.cwd, file, classifier));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      errors.push(error.message);
    }
  }
  if (values.format === 'json') io.stdout(`${JSON.stringify(toJson(loaded, errors), null, 2)}\n`);
  else {
    writeText(loaded, io);
    for (const error of errors) io.stderr(`secrets-action: ${error}\n`);
  }
  return errors.length > 0 ? ExitCode.error : ExitCode.clean;
}

function writeText(files: readonly LoadedEnvFile[], io: CliIo): void {
  const rows = files.flatMap((file) =>
    file.entries.map(({ entry, classification }) => [
      file.shown,
      String(entry.line),
      entry.key,
      classification.class,
      classification.reason,
    ]),
  );
  if (rows.length > 0) io.stdout(formatTable(['FILE', 'LINE', 'KEY', 'CLASS', 'REASON'], rows));
  for (const file of files)
    for (const notice of file.notices)
      io.stderr(`${file.shown}:${notice.line}: warning: ${notice.message}\n`);
  const all = files.flatMap((file) => file.entries);
  const count = (c: string) => all.filter((e) => e.classification.class === c).length;
  io.stdout(
    `${rows.length > 0 ? '\n' : ''}${all.length} key${all.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ` +
      `${count('secret')} secret, ${count('config')} configuration, ${count('reference')} reference\n`,
  );
  if (count('secret') > 0)
    io.stdout(
      'Move the secrets to AWS Secrets Manager: secrets-action migrate --env-file FILE --prefix app/production/ --dry-run\n',
    );
}

function toJson(files: readonly LoadedEnvFile[], errors: readonly string[]) {
  return {
    files: files.map((file) => ({
      file: file.shown,
      entries: file.entries.map(({ entry, classification }) => ({
        line: entry.line,
        key: entry.key,
        class: classification.class,
        reason: classification.reason,
        ...(classification.detector ? { detector: classification.detector } : {}),
        ...(classification.references ? { references: classification.references } : {}),
      })),
      notices: file.notices,
    })),
    errors,
  };
}
