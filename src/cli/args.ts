import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../shared/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type StrictConfig<T extends Options> = {
  args: string[];
  allowPositionals: true;
  strict: true;
  options: T;
};

/**
 * Parses a command's arguments strictly (a misspelt option is an error, not a file name) and
 * turns parseArgs' own errors into a UsageError that points at the command's `--help`.
 */
export function parseCommandArgs<const T extends Options>(
  command: string,
  argv: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<StrictConfig<T>>> {
  try {
    return parseArgs<StrictConfig<T>>({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options,
    });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}\nRun \`secrets-action ${command} --help\` for the options.`,
    );
  }
}
