import { describeError, exitCodeFor, ExitCode, UsageError } from '../shared/errors.js';
import { auditCommand } from './commands/audit.js';
import { detectorsCommand } from './commands/detectors.js';
import { hookCommand } from './commands/hook.js';
import { scanCommand } from './commands/scan.js';
import { mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { version } from './version.js';

export type { CliIo } from './io.js';

/** The commands, by name; each lives in its own file under commands/. */
const commands: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  scan: scanCommand,
  detectors: detectorsCommand,
  hook: hookCommand,
  audit: auditCommand,
};

/**
 * Runs the CLI and returns its exit code; it never exits the process. Every error ends here
 * and nowhere else: it is printed once and turned into an exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help') {
      io.stdout(mainHelp);
      return first === undefined ? ExitCode.error : ExitCode.clean;
    }
    if (first === '-v' || first === '--version') {
      io.stdout(`${version}\n`);
      return ExitCode.clean;
    }
    const command = commands[first];
    if (command === undefined) {
      const what = first.startsWith('-')
        ? `unknown option '${first}'`
        : `unknown command '${first}'`;
      throw new UsageError(
        `${what}; commands: ${Object.keys(commands).join(', ')}. Run \`secrets-action --help\`.`,
      );
    }
    return await command(rest, io);
  } catch (error) {
    io.stderr(`secrets-action: ${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}
