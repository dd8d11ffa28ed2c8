import { IoError } from '../../shared/errors.js';
import type { SecretScanner } from '../engine.js';
import type { CommitMeta } from './diff-parse.js';
import { catFileBatch, catFileBatchCheck } from './git-blobs.js';
import type { CommitFinding } from './git-log-scan.js';

/** A file a commit added or changed that a file detector claims (a key store by its name). */
export interface WholeFileCandidate {
  commit: CommitMeta;
  path: string;
  /** Whether git showed it as binary (so its changes were not scanned as text). */
  binary: boolean;
}

/** Findings from candidates, and how many were not key stores or too large to read. */
export interface WholeFileVerdicts {
  findings: CommitFinding[];
  /** Binary candidates whose bytes are not a key store: binary skips, as before. */
  notKeyStores: number;
  /** Binary candidates over the size limit, left unread. */
  tooLarge: number;
}

/**
 * Judges each candidate by the blob its commit left at its path (`<commit>:<path>`): `git log -p`
 * prints only `Binary files … differ`, so the bytes come from one `git cat-file --batch-check`
 * (sizes; blobs over `maxFileSize` are not read) and one `--batch` over the object ids. The hash
 * is the SHA-1 of the blob's content, as the work-tree scan and the hook hash the file, never
 * the blob id (which hashes a `blob <size>` header too): one baseline entry covers all three.
 */
export async function judgeWholeFiles(
  root: string,
  candidates: readonly WholeFileCandidate[],
  scanner: SecretScanner,
  maxFileSize: number,
): Promise<WholeFileVerdicts> {
  const verdicts: WholeFileVerdicts = { findings: [], notKeyStores: 0, tooLarge: 0 };
  // cat-file reads one object name per line: a path holding a newline cannot be named.
  const nameOf = (candidate: WholeFileCandidate) => `${candidate.commit.sha}:${candidate.path}`;
  const named = candidates.filter((candidate) => !candidate.path.includes('\n'));
  const unreadable = (error: unknown): never => {
    throw new IoError(`cannot read key store blobs: ${(error as Error).message}`);
  };
  const infos = await catFileBatchCheck(root, [...new Set(named.map(nameOf))]).catch(unreadable);
  const oids = [
    ...new Set([...infos.values()].filter((i) => i.size <= maxFileSize).map((i) => i.oid)),
  ];
  const blobs = await catFileBatch(root, oids).catch(unreadable);
  for (const candidate of candidates) {
    const info = infos.get(nameOf(candidate));
    const content = info === undefined ? undefined : blobs.get(info.oid);
    const found =
      content === undefined ? undefined : scanner.scanWholeFile(content, candidate.path);
    if (found === undefined) {
      // A candidate git showed as text had its changes scanned as text already.
      if (!candidate.binary) continue;
      if (info !== undefined && info.size > maxFileSize) verdicts.tooLarge++;
      else verdicts.notKeyStores++;
      continue;
    }
    const { sha, author, email, date } = candidate.commit;
    for (const finding of found)
      verdicts.findings.push({ ...finding, commit: sha, author, email, date });
  }
  return verdicts;
}
