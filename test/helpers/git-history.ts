/**
 * Real git repositories with a history, built in temp dirs: branches, merges, renames,
 * deletions, authors and dates set per commit, and a bare "origin" to clone shallowly from.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Who wrote a commit, and when (ISO date); defaults give stable, distinct dates. */
export interface CommitOptions {
  author?: string;
  date?: string;
}

/** A work tree and its git, driven synchronously for short, readable tests. */
export class GitRepo {
  private commits = 0;

  private constructor(readonly root: string) {}

  /** A fresh repository on branch `main`. */
  static create(prefix = 'secrets-action-history-'): GitRepo {
    const repo = new GitRepo(mkdtempSync(join(tmpdir(), prefix)));
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.name', 'Test Author');
    repo.git('config', 'user.email', 'author@example.com');
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  /** Opens an existing work tree (a clone). */
  static open(root: string): GitRepo {
    return new GitRepo(root);
  }

  /** Runs git and returns its trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    }).trim();
  }

  /** Writes files (relative paths) into the work tree. */
  write(files: Record<string, string | Uint8Array>): this {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), content);
    }
    return this;
  }

  /** Deletes files from the work tree. */
  remove(...paths: string[]): this {
    for (const path of paths) rmSync(join(this.root, path));
    return this;
  }

  /** Stages everything and commits; returns the new commit id. */
  commit(message: string, options: CommitOptions = {}): string {
    this.git('add', '-A');
    const n = ++this.commits;
    const date = options.date ?? new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString();
    const [name, email] = (options.author ?? 'Test Author <author@example.com>').split(/ <|>/);
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.root,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
      stdio: 'ignore',
    });
    return this.head();
  }

  /** The commit `rev` names. */
  head(rev = 'HEAD'): string {
    return this.git('rev-parse', rev);
  }

  /** Switches branch, creating it when `create` is set. */
  checkout(branch: string, create = false): this {
    this.git('checkout', '-q', ...(create ? ['-b'] : []), branch);
    return this;
  }

  /** Merges `branch` into the current one with a merge commit; returns its id. */
  merge(branch: string, message = `merge ${branch}`): string {
    const n = ++this.commits;
    const date = new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString();
    execFileSync('git', ['merge', '-q', '--no-ff', '--no-edit', '-m', message, branch], {
      cwd: this.root,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });
    return this.head();
  }

  /**
   * Merges `branch` without committing, writes `files` over the result (a conflict resolution,
   * or an "evil" merge that adds lines of its own), and commits; returns the merge's id.
   */
  mergeWith(branch: string, files: Record<string, string>): string {
    try {
      this.git('merge', '-q', '--no-ff', '--no-commit', branch);
    } catch {
      // A conflict: the files below resolve it.
    }
    this.write(files);
    this.git('add', '-A');
    const n = ++this.commits;
    const date = new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString();
    execFileSync('git', ['commit', '-q', '--no-edit'], {
      cwd: this.root,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });
    return this.head();
  }

  /** A bare copy to act as `origin`, serving any commit by id as GitHub does. */
  bareCopy(): string {
    const bare = mkdtempSync(join(tmpdir(), 'secrets-action-origin-'));
    execFileSync('git', ['clone', '-q', '--bare', '--no-local', this.root, bare], {
      stdio: 'ignore',
    });
    execFileSync('git', ['config', 'uploadpack.allowAnySHA1InWant', 'true'], { cwd: bare });
    return bare;
  }
}

/** Clones `origin` (a bare repository) the way actions/checkout does by default: one commit deep. */
export function shallowClone(origin: string, branch: string): GitRepo {
  const root = mkdtempSync(join(tmpdir(), 'secrets-action-clone-'));
  execFileSync(
    'git',
    ['clone', '-q', '--depth', '1', '--no-tags', '--branch', branch, `file://${origin}`, root],
    { stdio: 'ignore' },
  );
  return GitRepo.open(root);
}
