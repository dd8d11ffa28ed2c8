/**
 * A streaming parser for `git log -p` output (plain and combined `--cc` diffs): commit headers
 * in, blocks of new-file lines out, each with the real line number in the new file and which of
 * its lines were added. Pure: it never sees a process or a file.
 */

/** A commit as the log's `--format` line gives it. */
export interface CommitMeta {
  sha: string;
  parents: string[];
  author: string;
  email: string;
  /** Author date, strict ISO 8601. */
  date: string;
}

/** Consecutive lines of a hunk as they stand in the new file, with the added ones marked. */
export interface NewLinesBlock {
  commit: CommitMeta;
  /** POSIX path in the new tree. */
  path: string;
  /** 1-based line number of `lines[0]` in the new file. */
  startLine: number;
  lines: string[];
  /** `added[i]`: whether `lines[i]` is new in this commit (else it is a context line). */
  added: boolean[];
}

/** What the parser reports besides blocks. */
export interface PatchEvents {
  onCommit?: (commit: CommitMeta) => void;
  /** A file the commit changed, with why its changes are not scanned (if they are not). */
  onFile?: (commit: CommitMeta, path: string, skipped?: 'binary' | 'submodule') => void;
  onBlock: (block: NewLinesBlock) => void;
}

/** The `--format` that `parseCommitLine` reads: a marker no diff line can start with. */
export const commitFormat = '%x01%H%x1f%P%x1f%an%x1f%ae%x1f%aI';

const commitMarker = '\x01';

/** Parses one commit header line written with {@link commitFormat}. */
export function parseCommitLine(line: string): CommitMeta {
  const [sha = '', parents = '', author = '', email = '', date = ''] = line.slice(1).split('\x1f');
  return { sha, parents: parents === '' ? [] : parents.split(' '), author, email, date };
}

/**
 * Undoes git's C-style quoting of a path (`"a\"b\303\251"`): octal escapes are bytes of UTF-8.
 * An unquoted path comes back as it is.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The new-file path of a `+++ ` line, or undefined for `/dev/null` (a deletion). */
function newPathOf(line: string): string | undefined {
  // git appends a tab after a name holding a space, so that `patch` can find its end.
  let text = line.slice(4);
  if (text.endsWith('\t')) text = text.slice(0, -1);
  if (text === '/dev/null') return undefined;
  const path = unquoteGitPath(text);
  return path.startsWith('b/') ? path.slice(2) : path;
}

/**
 * The new path of `Binary files a/x and b/x differ`, or undefined for a deletion. Names holding
 * " and " are ambiguous in this line; the new side always starts with `b/`, `"b/` or `/dev/null`.
 */
function binaryNewPath(line: string): string | undefined {
  const body = line.slice(
    'Binary files '.length,
    line.endsWith(' differ') ? -' differ'.length : undefined,
  );
  for (const marker of [' and b/', ' and "b/', ' and /dev/null']) {
    const at = body.indexOf(marker);
    if (at >= 0) return newPathOf(`+++ ${body.slice(at + ' and '.length)}`);
  }
  return undefined;
}

/**
 * The new path a `diff` header line names, for the binary lines that carry none: `diff --cc x`
 * (a merge's `Binary files differ`) and `diff --git a/x b/x` (before `GIT binary patch`).
 */
function diffHeaderPath(line: string): string | undefined {
  for (const prefix of ['diff --cc ', 'diff --combined '])
    if (line.startsWith(prefix)) return unquoteGitPath(line.slice(prefix.length));
  for (const marker of [' b/', ' "b/']) {
    const at = line.indexOf(marker, 'diff --git '.length);
    if (at >= 0) return newPathOf(`+++ ${line.slice(at + 1)}`);
  }
  return undefined;
}

/** The number of parent columns and the new file's first line, from a hunk header. */
function parseHunkHeader(line: string): { columns: number; start: number } | undefined {
  let ats = 0;
  while (line.charCodeAt(ats) === 64) ats++;
  const close = line.indexOf(` ${'@'.repeat(ats)}`, ats);
  const ranges = line.slice(ats, close < 0 ? line.length : close);
  const plus = ranges.lastIndexOf(' +');
  if (ats < 2 || plus < 0) return undefined;
  const start = Number.parseInt(ranges.slice(plus + 2), 10);
  return Number.isNaN(start) ? undefined : { columns: ats - 1, start };
}

/**
 * Feed it the log's lines in order with `push`, then call `end`. Merge commits shown with
 * `--cc` have one prefix column per parent: a line counts as added only when it is new against
 * every parent (a conflict resolution or an "evil" merge), never when it came from one side.
 */
export class PatchParser {
  private commit: CommitMeta | undefined;
  private path: string | undefined;
  private inHunk = false;
  private columns = 1;
  private nextLine = 0;
  private block: { start: number; lines: string[]; added: boolean[]; any: boolean } | undefined;
  private headerSkip: 'binary' | 'submodule' | undefined;
  /** The new path from the `diff` line; undefined once `deleted file mode` says there is none. */
  private headerPath: string | undefined;

  constructor(private readonly events: PatchEvents) {}

  /** Takes one line of output, without its `\n`. */
  push(line: string): void {
    if (this.inHunk) {
      const first = line.charCodeAt(0);
      // Hunk lines start with ' ', '+' or '-' ('\' is git's "no newline at end of file").
      if (first === 32 || first === 43 || first === 45) return this.hunkLine(line);
      if (first === 92) return;
      this.flush();
    }
    if (line.startsWith(commitMarker)) {
      this.endFile();
      this.commit = parseCommitLine(line);
      this.events.onCommit?.(this.commit);
    } else if (line.startsWith('diff ')) {
      this.endFile();
      this.path = undefined;
      this.headerPath = diffHeaderPath(line);
    } else if (line.startsWith('deleted file mode')) {
      this.headerPath = undefined;
    } else if (line.startsWith('@@')) {
      const header = parseHunkHeader(line);
      if (header === undefined || this.path === undefined || this.headerSkip) return;
      this.inHunk = true;
      this.columns = header.columns;
      this.nextLine = header.start;
    } else if (line.startsWith('+++ ')) {
      this.path = newPathOf(line);
      if (this.path !== undefined && this.commit && this.headerSkip === undefined)
        this.events.onFile?.(this.commit, this.path);
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      this.headerSkip = 'binary';
      // `Binary files differ` (a merge) and `GIT binary patch` (`--binary`) name no path.
      const path =
        line === 'Binary files differ' || line === 'GIT binary patch'
          ? this.headerPath
          : binaryNewPath(line);
      if (path !== undefined && this.commit) this.events.onFile?.(this.commit, path, 'binary');
    } else if (/^(new file mode|index \S+) 160000$/.test(line)) {
      // A submodule: its "content" is the commit id it points at, which is no secret.
      this.headerSkip = 'submodule';
    }
  }

  /** Flushes the last block; call once after the last line. */
  end(): void {
    this.endFile();
  }

  private endFile(): void {
    this.flush();
    this.headerSkip = undefined;
  }

  private hunkLine(line: string): void {
    const columns = this.columns;
    let removed = false;
    let plusCount = 0;
    for (let i = 0; i < columns; i++) {
      const code = line.charCodeAt(i);
      if (code === 45) removed = true;
      else if (code === 43) plusCount++;
    }
    if (removed) return;
    const added = plusCount === columns;
    const block = (this.block ??= { start: this.nextLine, lines: [], added: [], any: false });
    block.lines.push(columns === 1 ? line.slice(1) : line.slice(columns));
    block.added.push(added);
    if (added) block.any = true;
    this.nextLine++;
  }

  private flush(): void {
    this.inHunk = false;
    const block = this.block;
    this.block = undefined;
    if (block === undefined || !block.any || this.commit === undefined || this.path === undefined)
      return;
    this.events.onBlock({
      commit: this.commit,
      path: this.path,
      startLine: block.start,
      lines: block.lines,
      added: block.added,
    });
  }
}
