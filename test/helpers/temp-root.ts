import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: the run's temporary files (hundreds of repositories, trees and job
 * folders, and whatever git, the CLI and pre-commit write) go under one folder, removed when
 * the run ends. TMPDIR is set before the test workers start, so they and every process they
 * spawn inherit it, and os.tmpdir() reads it on each call.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'secrets-action-tests-'));
  process.env.TMPDIR = root;
  return () => rm(root, { recursive: true, force: true });
}
