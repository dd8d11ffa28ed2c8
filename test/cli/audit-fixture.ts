import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  entryFor,
  writeBaselineAtomic,
  type Baseline,
  type BaselineEntry,
} from '../../src/scanner/baseline/index.js';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import { expandTemplate } from '../helpers/tokens.js';
import { githubToken, makeRepo } from './helpers.js';

/** The planted AWS access key id (generated at test time, like every value here). */
export const aws = expandTemplate('AKIA{b32:16}', 31);
const ghOne = githubToken(31);
const ghTwo = githubToken(32);
const password = expandTemplate('{an:24}', 33);
/** Every planted value: no output may contain any of them. */
export const secrets = [aws, ghOne, ghTwo, password];

/** config.py: AWS key on line 4, keyword password on 5, GitHub token on 6; deploy.sh: two tokens. */
const files = {
  'app/config.py': [
    'import os',
    '',
    '# keys',
    `AWS_ACCESS_KEY_ID = "${aws}"`,
    `db_password = "${password}"`,
    `GITHUB = "${ghOne}"`,
    'def main():',
    '    pass',
    '',
  ].join('\n'),
  'scripts/deploy.sh': `#!/bin/sh\nexport GH=${ghOne}\nexport GH_CI=${ghTwo}\n`,
};

/** A repository holding `files` and a baseline of every finding, written by the baseline module. */
export async function fixture(label?: (entry: BaselineEntry) => void): Promise<string> {
  const root = await makeRepo(files);
  const scanner = new SecretScanner(builtinDetectors);
  const results = new Map<string, BaselineEntry[]>();
  for (const [file, text] of Object.entries(files))
    results.set(file, scanner.scanText(text, file).findings.map(entryFor));
  for (const entry of [...results.values()].flat()) label?.(entry);
  const baseline: Baseline = { version: '1.5.0', pluginsUsed: [], filtersUsed: [], results };
  await writeBaselineAtomic(join(root, '.secrets.baseline'), baseline);
  return root;
}

/** An entry as the baseline file holds it. */
export interface DiskEntry {
  line_number: number;
  type: string;
  is_secret?: boolean;
  reason?: string;
}

/** The baseline's entries as written on disk, in file order. */
export async function onDisk(root: string): Promise<DiskEntry[]> {
  const json = JSON.parse(await readFile(join(root, '.secrets.baseline'), 'utf8')) as {
    results: Record<string, DiskEntry[]>;
  };
  return Object.values(json.results).flat();
}
