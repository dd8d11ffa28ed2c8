import { spawn } from 'node:child_process';

/** Runs `git cat-file` with `mode` once over `names` (one a line) and returns its stdout. */
async function catFile(cwd: string, mode: string, names: readonly string[]): Promise<Buffer> {
  const child = spawn('git', ['cat-file', mode], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end(names.map((name) => `${name}\n`).join(''));
  const code = await exit;
  if (code !== 0) throw new Error(`git cat-file ${mode} failed (${code}): ${stderr.trim()}`);
  return Buffer.concat(chunks);
}

/** `<oid> <type> <size>`; `<name> missing` (or `ambiguous`) does not match. */
const headerPattern = /^([0-9a-f]+) (\w+) (\d+)$/;

/**
 * Runs `git cat-file --batch` once over `names` (`:0:path`, `rev:path`, object ids); blobs by
 * name, absent names left out. A name holding a newline cannot be asked for.
 */
export async function catFileBatch(
  cwd: string,
  names: readonly string[],
): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  if (names.length === 0) return found;
  const output = await catFile(cwd, '--batch', names);
  let offset = 0;
  for (const name of names) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) break;
    const match = headerPattern.exec(output.subarray(offset, newline).toString('utf8'));
    offset = newline + 1;
    if (match === null) continue;
    const size = Number(match[3]);
    if (match[2] === 'blob') found.set(name, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return found;
}

/** A blob's id and size, as `git cat-file --batch-check` tells them without reading it. */
export interface BlobInfo {
  oid: string;
  size: number;
}

/** Runs `git cat-file --batch-check` once over `names`; blobs by name, absent names left out. */
export async function catFileBatchCheck(
  cwd: string,
  names: readonly string[],
): Promise<Map<string, BlobInfo>> {
  const found = new Map<string, BlobInfo>();
  if (names.length === 0) return found;
  const lines = (await catFile(cwd, '--batch-check', names)).toString('utf8').split('\n');
  names.forEach((name, index) => {
    const match = headerPattern.exec(lines[index] ?? '');
    if (match !== null && match[2] === 'blob')
      found.set(name, { oid: match[1] as string, size: Number(match[3]) });
  });
  return found;
}
