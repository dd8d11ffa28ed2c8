/**
 * Key store files made at test time, never committed: a real PKCS#12 from `openssl pkcs12
 * -export` (throwaway key, when openssl is installed) and JKS / JCEKS files whose header is
 * written by hand, followed by random bytes.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh PKCS#12 holding a new self-signed RSA key and certificate, or undefined when openssl
 * is not on the machine (the tests that need it are skipped and say why).
 */
export function makePkcs12(): Buffer | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'secrets-action-p12-'));
  try {
    const run = (...args: string[]) =>
      execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    run(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'key.pem',
      '-out',
      'cert.pem',
      '-days',
      '1',
      '-subj',
      '/CN=secrets-action test',
    );
    run(
      'pkcs12',
      '-export',
      '-inkey',
      'key.pem',
      '-in',
      'cert.pem',
      '-out',
      'store.p12',
      '-passout',
      'pass:test-only',
    );
    return readFileSync(join(dir, 'store.p12'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A JKS file: magic 0xFEEDFEED, version 2, one entry, then `size - 12` random bytes. */
export function makeJks(size = 2200): Buffer {
  const header = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1]);
  return Buffer.concat([header, randomBytes(size - header.length)]);
}

/** A JCEKS file: magic 0xCECECECE, version 2, one entry, then random bytes. */
export function makeJceks(size = 1500): Buffer {
  const header = Buffer.from([0xce, 0xce, 0xce, 0xce, 0, 0, 0, 2, 0, 0, 0, 1]);
  return Buffer.concat([header, randomBytes(size - header.length)]);
}

/**
 * Texts in which a key store's bytes could show up if a report leaked them: the hex and base64
 * of a run from its middle (past any fixed header), and the raw bytes as Latin-1.
 */
export function byteTraces(content: Buffer): string[] {
  const middle = content.subarray(
    Math.floor(content.length / 2),
    Math.floor(content.length / 2) + 12,
  );
  return [middle.toString('hex'), middle.toString('base64'), middle.toString('latin1')];
}
