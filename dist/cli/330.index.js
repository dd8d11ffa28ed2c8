export const id = 330;
export const ids = [330];
export const modules = {

/***/ 9330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanHistoryCommand: () => (/* binding */ scanHistoryCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/scanner/baseline/index.ts + 8 modules
var scanner_baseline = __webpack_require__(1420);
// EXTERNAL MODULE: ./src/scanner/sources/git.ts
var git = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/scanner/sources/git-log-baseline.ts

/**
 * Sorts findings by content, never by line: a finding is known when an entry of its file with
 * the same type and hash (or fingerprint) has not expired. Unlike a work-tree comparison there
 * is no count: findings of a history are the same secret at different moments (moved, re-added),
 * so one entry covers each of them. Without a baseline, every finding is new.
 */
function compareHistoryWithBaseline(findings, baseline, now) {
    const result = { fresh: [], known: [] };
    for (const finding of findings) {
        const entries = baseline?.results.get(finding.file) ?? [];
        const covered = entries.some((entry) => (0,scanner_baseline/* entryMatches */.Yn)(entry, finding) && !(0,scanner_baseline/* isExpired */._d)(entry, now));
        (covered ? result.known : result.fresh).push(finding);
    }
    return result;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/scanner/sources/git-log-process.ts


/**
 * Settings every history command runs with: no pager, no colour, no external diff or textconv
 * driver (a repository's config must not run programs or reshape what is scanned), and paths
 * left unquoted where git allows.
 */
const gitDefaults = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];
/** Runs a git command to its end; never throws on a non-zero exit (the caller decides). */
function git_log_process_runGit(cwd, args, input) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...gitDefaults, ...args], {
            cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new errors/* IoError */.dA(`cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve({
            code: code ?? 1,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8').trim(),
        }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}
/** Runs a git command and returns its stdout; a non-zero exit is an {@link IoError}. */
async function git_log_process_gitOutput(cwd, args, input) {
    const result = await git_log_process_runGit(cwd, args, input);
    if (result.code !== 0)
        throw new errors/* IoError */.dA(`git ${args[0] ?? ''} failed (exit ${result.code}): ${result.stderr}`);
    return result.stdout;
}
/**
 * Streams a git command's stdout as lines (without `\n`), decoded as UTF-8 (bytes that are not
 * become U+FFFD; ASCII tokens survive). Reading pauses while the consumer works, so memory stays
 * flat however long the history. `onBytes` counts raw bytes as they arrive.
 */
async function* gitLines(cwd, args, input, onBytes) {
    const child = (0,external_node_child_process_.spawn)('git', [...gitDefaults, ...args], {
        cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString('utf8');
    });
    const exit = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new errors/* IoError */.dA(`cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    exit.catch(() => undefined);
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    let finished = false;
    try {
        for await (const chunk of child.stdout) {
            onBytes?.(chunk.length);
            const text = carry + decoder.decode(chunk, { stream: true });
            let start = 0;
            for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                yield text.slice(start, end);
                start = end + 1;
            }
            carry = text.slice(start);
        }
        carry += decoder.decode();
        if (carry !== '')
            yield carry;
        finished = true;
    }
    finally {
        // A consumer that stops early (an error while scanning) must not leave git running.
        if (!finished)
            child.kill();
    }
    const code = await exit;
    if (code !== 0)
        throw new errors/* IoError */.dA(`git ${args[0] ?? ''} failed (exit ${code}): ${stderr.trim()}`);
}

;// CONCATENATED MODULE: ./src/scanner/sources/git-log-range.ts




/** Whether `sha` is git's all-zero id (the `before` of a push that created the ref). */
function isNullSha(sha) {
    return /^0+$/.test(sha);
}
/** Whether `rev` names a commit present in the local object store. */
async function hasCommit(cwd, rev) {
    return (await runGit(cwd, ['cat-file', '-e', `${rev}^{commit}`])).code === 0;
}
/** Whether the clone is shallow (actions/checkout's default `fetch-depth: 1`). */
async function isShallow(cwd) {
    return (await gitOutput(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** The commits at a shallow clone's boundary: their parents are missing. */
async function shallowBoundary(cwd) {
    const path = (await git_log_process_gitOutput(cwd, ['rev-parse', '--git-path', 'shallow'])).trim();
    const text = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(cwd, path), 'utf8').catch(() => '');
    return new Set(text.split('\n').filter((line) => line !== ''));
}
/** The short form of a commit id, as people read it. */
function shortSha(sha) {
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}
/**
 * The commits a selection names, parents before children (`--topo-order --reverse`), so that
 * the first commit seen to add a line is the one that introduced it.
 */
async function listCommits(cwd, selection) {
    const result = await git_log_process_runGit(cwd, [
        'rev-list',
        '--topo-order',
        '--reverse',
        ...selection.revisions,
        '--',
        ...selection.pathspec,
    ]);
    if (result.code !== 0)
        throw new errors/* UsageError */.eb(`git cannot list the commits of ${selection.label}: ${result.stderr}\n` +
            'Check the revisions, and that the clone holds them (actions/checkout: fetch-depth: 0).');
    return result.stdout.split('\n').filter((line) => line !== '');
}
/**
 * Commits of a selection whose parents a shallow clone lacks: git would show each as adding
 * every file it holds. Empty when the history is complete.
 */
async function missingHistory(cwd, commits) {
    const boundary = await shallowBoundary(cwd);
    return boundary.size === 0 ? [] : commits.filter((sha) => boundary.has(sha));
}
/** Parses `i/n` (1 ≤ i ≤ n ≤ 1000). */
function parseShard(text, name = '--shard') {
    const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (match === null || index < 1 || count > 1000 || index > count)
        throw new errors/* UsageError */.eb(`${name} must be i/n with 1 ≤ i ≤ n ≤ 1000 (such as 2/4), not '${text}'`);
    return { index, count };
}
/**
 * The commits of one shard: the list cut into `count` contiguous runs of near-equal length, so
 * every commit lands in exactly one shard and the same list always cuts the same way.
 */
function shardCommits(commits, shard) {
    const from = Math.floor(((shard.index - 1) * commits.length) / shard.count);
    const to = Math.floor((shard.index * commits.length) / shard.count);
    return commits.slice(from, to);
}
/**
 * `--log-opts` split on white space; what follows a `--` limits the paths. Without revisions,
 * every ref (`--all`).
 */
function historySelection(logOpts, pathspec) {
    const words = (logOpts ?? '').split(/\s+/).filter((word) => word !== '');
    const dash = words.indexOf('--');
    const revisions = dash < 0 ? words : words.slice(0, dash);
    const paths = dash < 0 ? [] : words.slice(dash + 1);
    const named = revisions.some((word) => !word.startsWith('-') || /^--(all|branches|tags|remotes|glob)/.test(word));
    return {
        revisions: named ? revisions : ['--all', ...revisions],
        pathspec: [...pathspec, ...paths],
        label: revisions.length === 0 ? 'all refs' : `${named ? '' : '--all '}${revisions.join(' ')}`,
    };
}
/**
 * The commits a push that created `ref` brought: those of `head` that no other branch or tag
 * (local or on `remote`) holds. The pushed ref itself is left out of the exclusions.
 */
function newRefSelection(head, ref, remote = 'origin') {
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    return {
        revisions: [
            head,
            '--not',
            ...(branch === undefined ? [] : [`--exclude=${remote}/${branch}`]),
            `--remotes=${remote}`,
            ...(branch === undefined ? [] : [`--exclude=${branch}`]),
            '--branches',
            ...(tag === undefined ? [] : [`--exclude=${tag}`]),
            '--tags',
        ],
        pathspec: [],
        label: `${shortSha(head)} (commits no other branch or tag holds)`,
    };
}

// EXTERNAL MODULE: ./src/scanner/report/index.ts + 2 modules
var scanner_report = __webpack_require__(3458);
// EXTERNAL MODULE: ./src/scanner/report/json.ts
var json = __webpack_require__(7591);
// EXTERNAL MODULE: ./src/scanner/report/sarif.ts + 1 modules
var sarif = __webpack_require__(1847);
;// CONCATENATED MODULE: ./src/scanner/sources/git-log-report.ts




/** Sorts findings by path, line, column, then commit date: the same scan gives the same bytes. */
function sortCommitFindings(findings) {
    const text = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return findings.sort((a, b) => text(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        text(a.detectorId, b.detectorId) ||
        text(a.date, b.date) ||
        text(a.commit, b.commit));
}
/** The author date's day (`2024-05-01`), as tables show it. */
function dayOf(date) {
    return date.slice(0, 10);
}
/**
 * One sentence on what was scanned: `Scanned 34 commits of 1a2b3c4..5d6e7f8 (pull request #1):
 * 12 files changed, 48 kB of patches, 310 added lines.`
 */
function describeScope(report) {
    const { stats } = report;
    const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
    const skipped = Object.entries(stats.skipped)
        .filter(([, n]) => n > 0)
        .map(([reason, n]) => `${n} ${reason}`);
    return (`Scanned ${plural(stats.commits, 'commit')} of ${report.label}${report.shard ? ` (${report.shard})` : ''}: ` +
        `${plural(stats.files, 'file')} changed, ${(0,scanner_report/* formatBytes */.z3)(stats.patchBytes)} of patches, ` +
        `${plural(stats.addedLines, 'added line')}` +
        (skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '') +
        '.');
}
/** One line on the outcome, then the scope. */
function historySummaryLine(report) {
    const count = report.findings.length;
    const files = new Set(report.findings.map((finding) => finding.file)).size;
    const found = count === 0
        ? 'No new secrets found'
        : `${count} secret${count === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`;
    const known = report.baselined > 0 ? ` (${report.baselined} more in the baseline)` : '';
    return `${found}${known}. ${describeScope(report)}`;
}
/** The text report: one line per finding with its commit, then the summary. */
function formatHistoryText(report) {
    const lines = report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.secretType} [${finding.detectorId}] ` +
        `${finding.redacted} (commit ${shortSha(finding.commit)}, ${finding.author}, ${dayOf(finding.date)}; ` +
        `hashed_secret ${finding.hashedSecret})`);
    if (lines.length > 0)
        lines.push('');
    lines.push(historySummaryLine(report));
    return `${lines.join('\n')}\n`;
}
/** The JSON report: the `scan --format json` fields plus each finding's commit, and the scope. */
function formatHistoryJson(report) {
    const { stats } = report;
    const document = {
        tool: { name: 'secrets-action', version: report.version },
        findings: report.findings.map((finding) => ({
            ...(0,json/* findingJson */.a)(finding),
            commit: finding.commit,
            author: finding.author,
            email: finding.email,
            date: finding.date,
        })),
        summary: {
            findings: report.findings.length,
            baselined: report.baselined,
            range: report.label,
            ...(report.shard !== undefined && { shard: report.shard }),
            commits: stats.commits,
            files_changed: stats.files,
            patch_bytes: stats.patchBytes,
            added_lines: stats.addedLines,
            skipped: { ...stats.skipped },
        },
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/**
 * SARIF for code scanning: the work-tree report's rules, locations and line-independent
 * fingerprints, plus each result's commit, author and date (properties, and the message), and
 * the scanned revision as `versionControlProvenance`. Returns how many results GitHub's limit cut.
 */
function formatHistorySarif(report) {
    const base = (0,sarif/* formatSarif */.z)({
        version: report.version,
        root: report.root,
        detectors: report.detectors,
        findings: report.findings,
        skips: [],
        stats: {
            filesScanned: report.stats.files,
            bytesScanned: report.stats.patchBytes,
            nonUtf8Files: 0,
            skipped: { binary: 0, 'too-large': 0, 'long-line': 0, unreadable: 0, excluded: 0 },
        },
    });
    const log = JSON.parse(base.text);
    const run = log.runs[0];
    run.results.forEach((result, index) => {
        const finding = report.findings[index];
        result.message.text += ` (commit ${shortSha(finding.commit)} by ${finding.author}, ${dayOf(finding.date)})`;
        Object.assign(result.properties, {
            commit: finding.commit,
            author: finding.author,
            date: finding.date,
        });
    });
    if (report.repositoryUri !== undefined)
        run.versionControlProvenance = [
            {
                repositoryUri: report.repositoryUri,
                ...(report.revision !== undefined && { revisionId: report.revision }),
                mappedTo: { uriBaseId: '%SRCROOT%' },
            },
        ];
    run.properties = { range: report.label, commits: report.stats.commits };
    if (report.shard !== undefined)
        run.properties.shard = report.shard;
    return { text: `${JSON.stringify(log, null, 2)}\n`, truncated: base.truncated };
}

// EXTERNAL MODULE: ./src/scanner/sources/binary.ts
var sources_binary = __webpack_require__(8306);
;// CONCATENATED MODULE: ./src/scanner/sources/diff-parse.ts
/**
 * A streaming parser for `git log -p` output (plain and combined `--cc` diffs): commit headers
 * in, blocks of new-file lines out, each with the real line number in the new file and which of
 * its lines were added. Pure: it never sees a process or a file.
 */
/** The `--format` that `parseCommitLine` reads: a marker no diff line can start with. */
const commitFormat = '%x01%H%x1f%P%x1f%an%x1f%ae%x1f%aI';
const commitMarker = '\x01';
/** Parses one commit header line written with {@link commitFormat}. */
function parseCommitLine(line) {
    const [sha = '', parents = '', author = '', email = '', date = ''] = line.slice(1).split('\x1f');
    return { sha, parents: parents === '' ? [] : parents.split(' '), author, email, date };
}
/**
 * Undoes git's C-style quoting of a path (`"a\"b\303\251"`): octal escapes are bytes of UTF-8.
 * An unquoted path comes back as it is.
 */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2)
        return text;
    const bytes = [];
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };
    const body = text.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The new-file path of a `+++ ` line, or undefined for `/dev/null` (a deletion). */
function newPathOf(line) {
    // git appends a tab after a name holding a space, so that `patch` can find its end.
    let text = line.slice(4);
    if (text.endsWith('\t'))
        text = text.slice(0, -1);
    if (text === '/dev/null')
        return undefined;
    const path = unquoteGitPath(text);
    return path.startsWith('b/') ? path.slice(2) : path;
}
/**
 * The new path of `Binary files a/x and b/x differ`, or undefined for a deletion. Names holding
 * " and " are ambiguous in this line; the new side always starts with `b/`, `"b/` or `/dev/null`.
 */
function binaryNewPath(line) {
    const body = line.slice('Binary files '.length, line.endsWith(' differ') ? -' differ'.length : undefined);
    for (const marker of [' and b/', ' and "b/', ' and /dev/null']) {
        const at = body.indexOf(marker);
        if (at >= 0)
            return newPathOf(`+++ ${body.slice(at + ' and '.length)}`);
    }
    return undefined;
}
/**
 * The new path a `diff` header line names, for the binary lines that carry none: `diff --cc x`
 * (a merge's `Binary files differ`) and `diff --git a/x b/x` (before `GIT binary patch`).
 */
function diffHeaderPath(line) {
    for (const prefix of ['diff --cc ', 'diff --combined '])
        if (line.startsWith(prefix))
            return unquoteGitPath(line.slice(prefix.length));
    for (const marker of [' b/', ' "b/']) {
        const at = line.indexOf(marker, 'diff --git '.length);
        if (at >= 0)
            return newPathOf(`+++ ${line.slice(at + 1)}`);
    }
    return undefined;
}
/** The number of parent columns and the new file's first line, from a hunk header. */
function parseHunkHeader(line) {
    let ats = 0;
    while (line.charCodeAt(ats) === 64)
        ats++;
    const close = line.indexOf(` ${'@'.repeat(ats)}`, ats);
    const ranges = line.slice(ats, close < 0 ? line.length : close);
    const plus = ranges.lastIndexOf(' +');
    if (ats < 2 || plus < 0)
        return undefined;
    const start = Number.parseInt(ranges.slice(plus + 2), 10);
    return Number.isNaN(start) ? undefined : { columns: ats - 1, start };
}
/**
 * Feed it the log's lines in order with `push`, then call `end`. Merge commits shown with
 * `--cc` have one prefix column per parent: a line counts as added only when it is new against
 * every parent (a conflict resolution or an "evil" merge), never when it came from one side.
 */
class PatchParser {
    events;
    commit;
    path;
    inHunk = false;
    columns = 1;
    nextLine = 0;
    block;
    headerSkip;
    /** The new path from the `diff` line; undefined once `deleted file mode` says there is none. */
    headerPath;
    constructor(events) {
        this.events = events;
    }
    /** Takes one line of output, without its `\n`. */
    push(line) {
        if (this.inHunk) {
            const first = line.charCodeAt(0);
            // Hunk lines start with ' ', '+' or '-' ('\' is git's "no newline at end of file").
            if (first === 32 || first === 43 || first === 45)
                return this.hunkLine(line);
            if (first === 92)
                return;
            this.flush();
        }
        if (line.startsWith(commitMarker)) {
            this.endFile();
            this.commit = parseCommitLine(line);
            this.events.onCommit?.(this.commit);
        }
        else if (line.startsWith('diff ')) {
            this.endFile();
            this.path = undefined;
            this.headerPath = diffHeaderPath(line);
        }
        else if (line.startsWith('deleted file mode')) {
            this.headerPath = undefined;
        }
        else if (line.startsWith('@@')) {
            const header = parseHunkHeader(line);
            if (header === undefined || this.path === undefined || this.headerSkip)
                return;
            this.inHunk = true;
            this.columns = header.columns;
            this.nextLine = header.start;
        }
        else if (line.startsWith('+++ ')) {
            this.path = newPathOf(line);
            if (this.path !== undefined && this.commit && this.headerSkip === undefined)
                this.events.onFile?.(this.commit, this.path);
        }
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
            this.headerSkip = 'binary';
            // `Binary files differ` (a merge) and `GIT binary patch` (`--binary`) name no path.
            const path = line === 'Binary files differ' || line === 'GIT binary patch'
                ? this.headerPath
                : binaryNewPath(line);
            if (path !== undefined && this.commit)
                this.events.onFile?.(this.commit, path, 'binary');
        }
        else if (/^(new file mode|index \S+) 160000$/.test(line)) {
            // A submodule: its "content" is the commit id it points at, which is no secret.
            this.headerSkip = 'submodule';
        }
    }
    /** Flushes the last block; call once after the last line. */
    end() {
        this.endFile();
    }
    endFile() {
        this.flush();
        this.headerSkip = undefined;
    }
    hunkLine(line) {
        const columns = this.columns;
        let removed = false;
        let plusCount = 0;
        for (let i = 0; i < columns; i++) {
            const code = line.charCodeAt(i);
            if (code === 45)
                removed = true;
            else if (code === 43)
                plusCount++;
        }
        if (removed)
            return;
        const added = plusCount === columns;
        const block = (this.block ??= { start: this.nextLine, lines: [], added: [], any: false });
        block.lines.push(columns === 1 ? line.slice(1) : line.slice(columns));
        block.added.push(added);
        if (added)
            block.any = true;
        this.nextLine++;
    }
    flush() {
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

// EXTERNAL MODULE: ./src/scanner/sources/git-blobs.ts
var git_blobs = __webpack_require__(1362);
;// CONCATENATED MODULE: ./src/scanner/sources/git-log-whole-files.ts


/**
 * Judges each candidate by the blob its commit left at its path (`<commit>:<path>`): `git log -p`
 * prints only `Binary files … differ`, so the bytes come from one `git cat-file --batch-check`
 * (sizes; blobs over `maxFileSize` are not read) and one `--batch` over the object ids. The hash
 * is the SHA-1 of the blob's content, as the work-tree scan and the hook hash the file, never
 * the blob id (which hashes a `blob <size>` header too): one baseline entry covers all three.
 */
async function judgeWholeFiles(root, candidates, scanner, maxFileSize) {
    const verdicts = { findings: [], notKeyStores: 0, tooLarge: 0 };
    // cat-file reads one object name per line: a path holding a newline cannot be named.
    const nameOf = (candidate) => `${candidate.commit.sha}:${candidate.path}`;
    const named = candidates.filter((candidate) => !candidate.path.includes('\n'));
    const unreadable = (error) => {
        throw new errors/* IoError */.dA(`cannot read key store blobs: ${error.message}`);
    };
    const infos = await (0,git_blobs/* catFileBatchCheck */.R)(root, [...new Set(named.map(nameOf))]).catch(unreadable);
    const oids = [
        ...new Set([...infos.values()].filter((i) => i.size <= maxFileSize).map((i) => i.oid)),
    ];
    const blobs = await (0,git_blobs/* catFileBatch */.F)(root, oids).catch(unreadable);
    for (const candidate of candidates) {
        const info = infos.get(nameOf(candidate));
        const content = info === undefined ? undefined : blobs.get(info.oid);
        const found = content === undefined ? undefined : scanner.scanWholeFile(content, candidate.path);
        if (found === undefined) {
            // A candidate git showed as text had its changes scanned as text already.
            if (!candidate.binary)
                continue;
            if (info !== undefined && info.size > maxFileSize)
                verdicts.tooLarge++;
            else
                verdicts.notKeyStores++;
            continue;
        }
        const { sha, author, email, date } = candidate.commit;
        for (const finding of found)
            verdicts.findings.push({ ...finding, commit: sha, author, email, date });
    }
    return verdicts;
}

;// CONCATENATED MODULE: ./src/scanner/sources/git-log-scan.ts




/**
 * The arguments of the `git log` that prints each listed commit's patch: one line of context
 * (so that `pragma: allowlist nextline secret` above an added line is seen), renames detected
 * (a moved file adds nothing), merges as dense combined diffs (only what the merge itself
 * added), and no external diff or textconv program.
 */
function logArguments(pathspec = []) {
    return [
        'log',
        '--stdin',
        '--no-walk=unsorted',
        `--format=${commitFormat}`,
        '-p',
        '--cc',
        '--unified=1',
        '-M',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--',
        ...pathspec,
    ];
}
/**
 * Streams the patches of `commits` through the engine. Each hunk's new-side lines are scanned as
 * one text (multi-line secrets such as private keys need their neighbours), findings are mapped
 * back to the real line numbers in the new file, and only those touching an added line count.
 */
async function scanHistory(options) {
    const stats = {
        commits: 0,
        files: 0,
        patchBytes: 0,
        addedLines: 0,
        skipped: { binary: 0, excluded: 0, 'too-large': 0, 'long-line': 0 },
    };
    const found = new Map();
    const record = (finding) => {
        const key = options.dedupeBy === 'line'
            ? `${finding.file}\0${finding.line}\0${finding.detectorId}\0${finding.fingerprint}`
            : `${finding.file}\0${finding.detectorId}\0${finding.fingerprint}`;
        if (!found.has(key))
            found.set(key, finding);
    };
    const files = new Set();
    // Key stores (claimed by a file detector): judged by their blobs once the log is read.
    const wholeFiles = [];
    const total = options.commits.length;
    const progress = () => options.onProgress?.({
        commitsDone: stats.commits,
        commitsTotal: total,
        patchBytes: stats.patchBytes,
        findings: found.size,
    });
    const parser = new PatchParser({
        onCommit: () => {
            if (stats.commits > 0)
                progress();
            stats.commits++;
        },
        onFile: (commit, path, skipped) => {
            const binary = skipped === 'binary' || (skipped === undefined && (0,sources_binary/* hasBinaryExtension */.T)(path));
            if (!options.isExcluded(path) && options.scanner.claimsWholeFile(path)) {
                wholeFiles.push({ commit, path, binary });
                if (binary)
                    return;
            }
            if (binary)
                stats.skipped.binary++;
            else if (skipped === undefined && options.isExcluded(path))
                stats.skipped.excluded++;
            else if (skipped === undefined)
                files.add(path);
        },
        onBlock: (block) => {
            if (!files.has(block.path))
                return;
            scanBlock(block, options, stats, record);
        },
    });
    if (total > 0) {
        const lines = gitLines(options.root, logArguments(options.pathspec), `${options.commits.join('\n')}\n`, (bytes) => (stats.patchBytes += bytes));
        for await (const line of lines)
            parser.push(line);
        parser.end();
    }
    const verdicts = await judgeWholeFiles(options.root, wholeFiles, options.scanner, options.maxBlockSize);
    verdicts.findings.forEach(record);
    stats.skipped.binary += verdicts.notKeyStores;
    stats.skipped['too-large'] += verdicts.tooLarge;
    progress();
    stats.files = new Set([...files, ...wholeFiles.map((candidate) => candidate.path)]).size;
    return { findings: [...found.values()], stats };
}
/** Scans one block and hands each finding on an added line, with its real line numbers, on. */
function scanBlock(block, options, stats, onFinding) {
    for (const added of block.added)
        if (added)
            stats.addedLines++;
    const text = block.lines.join('\n');
    if (text.length > options.maxBlockSize) {
        stats.skipped['too-large']++;
        return;
    }
    const result = options.scanner.scanText(text, block.path);
    stats.skipped['long-line'] += result.skips.length;
    if (result.findings.length === 0)
        return;
    const toIndex = blockLineIndex(block.lines);
    for (const finding of result.findings) {
        const first = toIndex(finding.line);
        const last = toIndex(finding.endLine);
        if (!block.added.slice(first, last + 1).includes(true))
            continue;
        onFinding({
            ...finding,
            line: block.startLine + first,
            endLine: block.startLine + last,
            ...commitFields(block.commit),
        });
    }
}
function commitFields(commit) {
    return { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date };
}
/**
 * Maps the engine's 1-based line numbers in a block's text to indexes into its lines. They are
 * the same unless a line holds a lone `\r`, which the engine counts as a line break (as
 * detect-secrets does) while git does not.
 */
function blockLineIndex(lines) {
    if (!lines.some((line) => line.includes('\r')))
        return (line) => line - 1;
    const map = [];
    lines.forEach((line, index) => {
        map.push(index);
        for (let i = 0; i < line.length - 1; i++)
            if (line.charCodeAt(i) === 13 && line.charCodeAt(i + 1) !== 10)
                map.push(index);
    });
    return (line) => map[line - 1] ?? lines.length - 1;
}

;// CONCATENATED MODULE: ./src/scanner/sources/git-log.ts
/**
 * Range and history scans: the commits a selection names, their patches streamed through the
 * engine, findings sorted against the baseline, and a report. Shared by `scan --diff/--history`
 * and the PR-check Action; neither the CLI nor the Action toolkit is imported here.
 */






/**
 * Lists the selection's commits (one shard of them, if asked), refuses a shallow clone whose
 * boundary falls inside them (git would show each boundary commit as adding every file), scans
 * their patches, and sorts the findings against the baseline.
 */
async function runHistoryScan(run) {
    const listed = await listCommits(run.root, run.selection);
    const commits = run.shard === undefined ? listed : shardCommits(listed, run.shard);
    const cut = await missingHistory(run.root, commits);
    if (cut.length > 0)
        throw new errors/* UsageError */.eb(`the clone is shallow and lacks the parents of ${cut.length} commit${cut.length === 1 ? '' : 's'} in ${run.selection.label}; ` +
            'fetch the history first (actions/checkout with fetch-depth: 0, or `git fetch --unshallow`)');
    run.onCommitsListed?.(commits.length);
    const { findings, stats } = await scanHistory({
        root: run.root,
        commits,
        pathspec: run.selection.pathspec,
        scanner: run.setup.scanner,
        dedupeBy: run.dedupeBy,
        isExcluded: run.setup.isExcluded,
        maxBlockSize: run.setup.settings.maxFileSize,
        ...(run.onProgress !== undefined && { onProgress: run.onProgress }),
    });
    const all = sortCommitFindings(findings);
    const { fresh, known } = compareHistoryWithBaseline(all, run.baseline, new Date());
    const head = await git_log_process_runGit(run.root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    const report = {
        version: run.version,
        root: run.root,
        detectors: run.setup.detectors,
        findings: run.reportBaselined ? all : fresh,
        baselined: run.reportBaselined ? 0 : known.length,
        stats,
        label: run.selection.label,
        ...(run.shard !== undefined && { shard: `shard ${run.shard.index} of ${run.shard.count}` }),
        ...(head.code === 0 && { revision: head.stdout.trim() }),
        ...(run.repositoryUri !== undefined && { repositoryUri: run.repositoryUri }),
    };
    return { report, all, fresh, known };
}
/**
 * The repository's web address from a remote URL, without credentials (a checkout may embed a
 * token in it): `git@host:o/r.git` and `https://user:token@host/o/r` both become
 * `https://host/o/r`. Undefined for anything else.
 */
function publicRepositoryUri(remote) {
    const scp = /^[\w.-]+@([\w.-]+):([^\\]+?)(?:\.git)?\/?$/.exec(remote.trim());
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    try {
        const url = new URL(remote.trim());
        if (!/^(https?|ssh|git):$/.test(url.protocol))
            return undefined;
        return `https://${url.host}${url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scanner/sources/git-log-progress.ts
/** How often a progress line is written by default: often enough to show life in a CI log. */
const defaultProgressIntervalMs = 5000;
/** One progress line: `history: 1,200/3,000 commits (40%), 18.2 MB of patches, 3 findings`. */
function describeProgress(progress) {
    const { commitsDone, commitsTotal, patchBytes, findings } = progress;
    const percent = commitsTotal === 0 ? 100 : Math.floor((commitsDone / commitsTotal) * 100);
    return (`history: ${commitsDone.toLocaleString('en')}/${commitsTotal.toLocaleString('en')} commits (${percent}%), ` +
        `${(patchBytes / 1e6).toFixed(1)} MB of patches, ${findings} finding${findings === 1 ? '' : 's'}`);
}
/**
 * A progress callback that writes a line at most every `intervalMs` (and always the last one),
 * as plain lines: CI logs have no terminal to redraw. It shows counts, never text from a patch.
 */
function progressLines(write, intervalMs = defaultProgressIntervalMs) {
    let last = performance.now();
    return (progress) => {
        const now = performance.now();
        const done = progress.commitsDone >= progress.commitsTotal;
        if (!done && now - last < intervalMs)
            return;
        last = now;
        write(describeProgress(progress));
    };
}

// EXTERNAL MODULE: ./src/scanner/config/exclude-files.ts
var exclude_files = __webpack_require__(3721);
// EXTERNAL MODULE: ./src/scanner/config/settings.ts
var config_settings = __webpack_require__(7836);
// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 164 modules
var detectors = __webpack_require__(9838);
;// CONCATENATED MODULE: ./src/scanner/sources/git-log-setup.ts




/**
 * Builds the scanner a config asks for, with detect-secrets' exclusions stored in the baseline
 * on top (as `scan` and `hook` apply them). The baseline file itself is never scanned: it holds
 * SHA-1 hashes, which look like hex secrets.
 */
function prepareScan(config, baseline) {
    const stored = baseline === undefined ? undefined : (0,scanner_baseline/* exclusionsFromBaseline */.v8)(baseline.baseline, baseline.shown);
    const settings = (0,config_settings/* resolveSettings */.Mo)(config, detectors/* builtinDetectors */.PU);
    settings.excludeLines.push(...(stored?.lines ?? []));
    settings.excludeSecrets.push(...(stored?.secrets ?? []));
    const byConfig = (0,exclude_files/* createFileExcluder */.b)(config.excludeFiles);
    return {
        settings,
        scanner: (0,config_settings/* createScanner */.z1)(settings, detectors/* builtinDetectors */.PU),
        detectors: (0,config_settings/* selectedDetectors */.ju)(settings, detectors/* builtinDetectors */.PU),
        isExcluded: (path) => path === baseline?.relative ||
            byConfig(path) ||
            stored?.files.some((regex) => regex.test(path)) === true,
    };
}

// EXTERNAL MODULE: ./src/scanner/sources/targets.ts + 2 modules
var targets = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/cli/scan/config.ts + 1 modules
var scan_config = __webpack_require__(862);
;// CONCATENATED MODULE: ./src/cli/scan/history.ts














/**
 * `scan --diff BASE..HEAD` and `scan --history`: scans the lines each commit added, reports the
 * findings a `--baseline` (only read here) does not cover, with the commit that introduced each,
 * and exits 1 when there are any.
 */
async function scanHistoryCommand(options, io) {
    const root = await (0,git/* findGitRoot */.k)(io.cwd);
    if (root === undefined)
        throw new errors/* UsageError */.eb('--diff and --history read git history: run them inside a git repository');
    const pathspec = options.paths.map((path) => (0,targets/* toReportedPath */.W)(root, (0,external_node_path_.resolve)(io.cwd, path)));
    const selection = options.diff !== undefined
        ? await diffSelection(root, options.diff, pathspec)
        : historySelection(options.logOpts, pathspec);
    const shard = options.shard === undefined ? undefined : parseShard(options.shard);
    const baseline = await loadBaseline(io.cwd, options.baseline);
    const config = await (0,scan_config/* loadScanConfig */.U)(root, io.cwd, options);
    const setup = prepareScan(config, baseline && {
        baseline,
        shown: options.baseline,
        relative: (0,targets/* toReportedPath */.W)(root, (0,external_node_path_.resolve)(io.cwd, options.baseline)),
    });
    const interval = Number(io.env.SECRETS_ACTION_PROGRESS_MS ?? 5000);
    const remote = await git_log_process_runGit(root, ['config', '--get', 'remote.origin.url']);
    const repositoryUri = remote.code === 0 ? publicRepositoryUri(remote.stdout) : undefined;
    const { report, fresh } = await runHistoryScan({
        root,
        selection,
        ...(shard !== undefined && { shard }),
        setup,
        ...(baseline !== undefined && { baseline }),
        dedupeBy: options.diff !== undefined ? 'line' : 'location',
        reportBaselined: false,
        version: version/* version */.r,
        ...(repositoryUri !== undefined && { repositoryUri }),
        onCommitsListed: (count) => io.stderr(`history: ${count.toLocaleString('en')} commits to scan in ${selection.label}\n`),
        ...(options.history && {
            onProgress: progressLines((line) => io.stderr(`${line}\n`), interval),
        }),
    });
    let text;
    if (options.format === 'json')
        text = formatHistoryJson(report);
    else if (options.format === 'text')
        text = formatHistoryText(report);
    else {
        const sarif = formatHistorySarif(report);
        if (sarif.truncated > 0)
            io.stderr(`warning: the SARIF report holds the first 25000 results only (GitHub's limit); ${sarif.truncated} more are in --format json\n`);
        text = sarif.text;
    }
    if (options.output === undefined)
        io.stdout(text);
    else {
        try {
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, options.output), text);
        }
        catch (error) {
            throw new errors/* IoError */.dA(`cannot write the report to ${options.output}: ${error.code ?? error}`);
        }
        io.stderr(`${historySummaryLine(report)}\n`);
    }
    return fresh.length > 0 ? errors/* ExitCode */.yU.findings : errors/* ExitCode */.yU.clean;
}
/** `BASE..HEAD`, `BASE...HEAD` or `BASE` (to HEAD): the commits of HEAD that BASE lacks. */
async function diffSelection(root, range, pathspec) {
    const [base = '', head = 'HEAD'] = range.split(/\.{2,3}/);
    if (base === '' || range.split(/\.{2,3}/).length > 2)
        throw new errors/* UsageError */.eb(`--diff takes BASE..HEAD (such as main..HEAD), not '${range}'`);
    const shas = [];
    for (const rev of [base, head]) {
        const result = await git_log_process_runGit(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
        if (result.code !== 0)
            throw new errors/* UsageError */.eb(`--diff: '${rev}' is not a commit of this clone (fetch it, or deepen a shallow clone)`);
        shas.push(result.stdout.trim());
    }
    const [baseSha = '', headSha = ''] = shas;
    return {
        revisions: [`${baseSha}..${headSha}`],
        pathspec,
        label: `${base}..${head} (${shortSha(baseSha)}..${shortSha(headSha)})`,
    };
}
async function loadBaseline(cwd, shown) {
    if (shown === undefined)
        return undefined;
    const baseline = await (0,scanner_baseline/* readBaseline */.mF)((0,external_node_path_.resolve)(cwd, shown), shown);
    if (baseline === undefined)
        throw new errors/* BaselineError */.s$(`the baseline ${shown} does not exist; with --diff or --history it is only read (create it with \`secrets-action scan --baseline ${shown}\`)`, shown);
    return baseline;
}


/***/ }),

/***/ 1362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ catFileBatch),
/* harmony export */   R: () => (/* binding */ catFileBatchCheck)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Runs `git cat-file` with `mode` once over `names` (one a line) and returns its stdout. */
async function catFile(cwd, mode, names) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', mode], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const exit = new Promise((done, fail) => {
        child.on('error', fail);
        child.on('close', (code) => done(code ?? 1));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(names.map((name) => `${name}\n`).join(''));
    const code = await exit;
    if (code !== 0)
        throw new Error(`git cat-file ${mode} failed (${code}): ${stderr.trim()}`);
    return Buffer.concat(chunks);
}
/** `<oid> <type> <size>`; `<name> missing` (or `ambiguous`) does not match. */
const headerPattern = /^([0-9a-f]+) (\w+) (\d+)$/;
/**
 * Runs `git cat-file --batch` once over `names` (`:0:path`, `rev:path`, object ids); blobs by
 * name, absent names left out. A name holding a newline cannot be asked for.
 */
async function catFileBatch(cwd, names) {
    const found = new Map();
    if (names.length === 0)
        return found;
    const output = await catFile(cwd, '--batch', names);
    let offset = 0;
    for (const name of names) {
        const newline = output.indexOf(0x0a, offset);
        if (newline < 0)
            break;
        const match = headerPattern.exec(output.subarray(offset, newline).toString('utf8'));
        offset = newline + 1;
        if (match === null)
            continue;
        const size = Number(match[3]);
        if (match[2] === 'blob')
            found.set(name, output.subarray(offset, offset + size));
        offset += size + 1;
    }
    return found;
}
/** Runs `git cat-file --batch-check` once over `names`; blobs by name, absent names left out. */
async function catFileBatchCheck(cwd, names) {
    const found = new Map();
    if (names.length === 0)
        return found;
    const lines = (await catFile(cwd, '--batch-check', names)).toString('utf8').split('\n');
    names.forEach((name, index) => {
        const match = headerPattern.exec(lines[index] ?? '');
        if (match !== null && match[2] === 'blob')
            found.set(name, { oid: match[1], size: Number(match[3]) });
    });
    return found;
}


/***/ })

};
