import { describeError, exitCodeFor, ExitCode, UsageError } from '../shared/errors.js';
import { mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { version } from './version.js';

export type { CliIo } from './io.js';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * The commands, by name; each lives in its own file under commands/ and is loaded only when run,
 * so that the pre-commit hook does not pay for parsing the audit or the YAML reader at start-up.
 */
const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  detectors: async () => (await import('./commands/detectors.js')).detectorsCommand,
  hook: async () => (await import('./commands/hook.js')).hookCommand,
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  'merge-baseline': async () => (await import('./commands/merge-baseline.js')).mergeBaselineCommand,
  inventory: async () => (await import('./commands/inventory.js')).inventoryCommand,
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand,
  'merge-sarif': async () => (await import('./commands/merge-sarif.js')).mergeSarifCommand,
  rotation: async () => (await import('./commands/rotation.js')).rotationCommand,
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
    const load = commands[first];
    if (load === undefined) {
      const what = first.startsWith('-')
        ? `unknown option '${first}'`
        : `unknown command '${first}'`;
      throw new UsageError(
        `${what}; commands: ${Object.keys(commands).join(', ')}. Run \`secrets-action --help\`.`,
      );
    }
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    io.stderr(`secrets-action: ${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}
