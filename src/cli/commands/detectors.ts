import { builtinDetectors } from '../../scanner/detectors/index.js';
import { ExitCode } from '../../shared/errors.js';
import { parseCommandArgs } from '../args.js';
import { detectorsHelp } from '../help.js';
import type { CliIo } from '../io.js';

/** `secrets-action detectors`: lists the built-in detectors, as a table or as JSON. */
export async function detectorsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('detectors', argv, {
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(detectorsHelp);
    return ExitCode.clean;
  }
  const rows = builtinDetectors.map((detector) => ({
    id: detector.id,
    type: detector.secretType,
    provider: detector.provider,
    strength: detector.strength,
    enabledByDefault: detector.enabledByDefault !== false,
    description: detector.description,
  }));
  if (values.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return ExitCode.clean;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  for (const row of rows) {
    const off = row.enabledByDefault ? '' : ' (off by default)';
    io.stdout(`${row.id.padEnd(width)}  ${row.strength.padEnd(10)}  ${row.description}${off}\n`);
  }
  io.stdout(`\n${rows.length} detectors\n`);
  return ExitCode.clean;
}
