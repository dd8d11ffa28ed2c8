import { parseDays, parseTagFilters } from '../../sync/rotation/index.js';
import { InputError, booleanInput, lines, optional } from '../inputs.js';

/** Every input of rotation/action.yml, validated and with its documented default applied. */
export interface RotationInputs {
  /** The policy: a path relative to the workspace, or the YAML itself. */
  readonly policy: { readonly path: string } | { readonly inline: string };
  readonly prefix?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly region?: string;
  readonly endpoint?: string;
  readonly failOnOverdue: boolean;
  /** Overrides the policy's warn-days when set. */
  readonly warnDays?: number;
  readonly reportFile?: string;
}

/** Reads and validates every input; throws {@link InputError} naming the first bad one. */
export function readRotationInputs(): RotationInputs {
  const path = optional('policy');
  // Not trimmed: YAML indentation matters (getInput trims only the ends, which is harmless).
  const inline = optional('policy-inline');
  if ((path === undefined) === (inline === undefined))
    throw new InputError(
      "Set exactly one of 'policy' (the path of a rotation policy YAML file) and 'policy-inline' (the YAML itself).",
    );
  const tags = parseTagFilters(lines('tags'));
  if ('problem' in tags) throw new InputError(`Input 'tags': ${tags.problem}.`);
  const endpoint = optional('endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint))
    throw new InputError(`Input 'endpoint' must be an http(s) URL, got '${endpoint}'.`);
  const warnText = optional('warn-days');
  let warnDays: number | undefined;
  if (warnText !== undefined) {
    const parsed = warnText === '0' ? { days: 0 } : parseDays(warnText);
    if ('problem' in parsed) throw new InputError(`Input 'warn-days': ${parsed.problem}.`);
    warnDays = parsed.days;
  }
  const prefix = optional('prefix');
  const region = optional('region');
  const reportFile = optional('report-file');
  return {
    policy: path !== undefined ? { path } : { inline: inline ?? '' },
    ...(prefix !== undefined ? { prefix } : {}),
    tags: tags.tags,
    ...(region !== undefined ? { region } : {}),
    ...(endpoint !== undefined ? { endpoint: endpoint.replace(/\/+$/, '') } : {}),
    failOnOverdue: booleanInput('fail-on-overdue', true),
    ...(warnDays !== undefined ? { warnDays } : {}),
    ...(reportFile !== undefined ? { reportFile } : {}),
  };
}
