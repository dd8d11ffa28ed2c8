export const id = 355;
export const ids = [355];
export const modules = {

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hookCommand: () => (/* binding */ hookCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/scanner/baseline/index.ts + 8 modules
var scanner_baseline = __webpack_require__(1420);
// EXTERNAL MODULE: ./src/scanner/config/exclude-files.ts
var exclude_files = __webpack_require__(3721);
// EXTERNAL MODULE: ./src/scanner/config/settings.ts
var config_settings = __webpack_require__(7836);
// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 164 modules
var detectors = __webpack_require__(9838);
// EXTERNAL MODULE: ./src/scanner/sources/git.ts
var git = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/scanner/sources/scan-file.ts
var scan_file = __webpack_require__(2753);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/scanner/sources/binary.ts
var binary = __webpack_require__(8306);
// EXTERNAL MODULE: ./src/scanner/sources/git-blobs.ts
var git_blobs = __webpack_require__(1362);
// EXTERNAL MODULE: ./src/scanner/sources/read-file.ts
var read_file = __webpack_require__(7794);
;// CONCATENATED MODULE: ./src/scanner/sources/staged.ts





const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
/**
 * Reads what a commit will hold for each of `paths` (POSIX, relative to `root`): the index
 * version, all of them through one `git cat-file --batch` process, since the work tree may
 * differ from what was staged. A path absent from the index (deleted, or never added) comes back
 * `missing`. Outside a git repository (`gitRoot` undefined), the work-tree files are read.
 * Paths `readWhole` picks come back as their bytes (within the size limit), not decoded.
 */
async function readStagedFiles(root, gitRoot, paths, maxFileSize, readWhole = () => false) {
    if (gitRoot === undefined) {
        return paths.map((path) => ({
            path,
            outcome: readWhole(path)
                ? (0,read_file/* readBytesForScan */.mt)((0,external_node_path_.resolve)(root, path), maxFileSize)
                : (0,read_file/* readForScan */.fr)((0,external_node_path_.resolve)(root, path), maxFileSize),
        }));
    }
    // cat-file reads one object name per line: a path holding a newline cannot be named.
    const nameable = paths.filter((path) => !path.includes('\n'));
    const blobs = await (0,git_blobs/* catFileBatch */.F)(gitRoot, nameable.map((path) => `:0:${path}`));
    return paths.map((path) => {
        const blob = blobs.get(`:0:${path}`);
        if (path.includes('\n'))
            return {
                path,
                outcome: { kind: 'skipped', reason: 'unreadable', detail: 'newline in name' },
            };
        if (blob === undefined)
            return { path, outcome: { kind: 'missing' } };
        if (readWhole(path) && blob.length <= maxFileSize)
            return { path, outcome: { kind: 'bytes', content: blob } };
        return { path, outcome: decode(path, blob, maxFileSize) };
    });
}
/** Decodes a blob as `readForScan` decodes a file: binary and oversized blobs are skipped. */
function decode(path, content, maxFileSize) {
    if ((0,binary/* hasBinaryExtension */.T)(path))
        return { kind: 'skipped', reason: 'binary', detail: 'extension' };
    if (content.length > maxFileSize)
        return {
            kind: 'skipped',
            reason: 'too-large',
            detail: `${content.length} bytes, limit ${maxFileSize}`,
        };
    if ((0,binary/* looksBinary */.W)(content))
        return { kind: 'skipped', reason: 'binary', detail: 'NUL bytes' };
    try {
        return { kind: 'text', text: utf8.decode(content), bytes: content.length, utf8: true };
    }
    catch {
        return { kind: 'text', text: latin1.decode(content), bytes: content.length, utf8: false };
    }
}
/** The paths a commit would add or change (not delete), root-relative, from the index. */
async function listStagedPaths(gitRoot) {
    const output = await new Promise((done, fail) => {
        const child = (0,external_node_child_process_.spawn)('git', ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=d'], { cwd: gitRoot, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk.toString('utf8')));
        child.stderr.on('data', (chunk) => (err += chunk.toString('utf8')));
        child.on('error', fail);
        child.on('close', (code) => code === 0 ? done(out) : fail(new Error(`git diff --cached failed: ${err.trim()}`)));
    });
    return output.split('\0').filter((path) => path.length > 0);
}

// EXTERNAL MODULE: ./src/scanner/sources/targets.ts + 2 modules
var targets = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/hook/options.ts


/** Parses `hook`'s arguments; strict, so a misspelt option is an error rather than a path. */
function parseHookOptions(argv) {
    const parsed = (0,args/* parseCommandArgs */.Q)('hook', argv, {
        help: { type: 'boolean', short: 'h', default: false },
        baseline: { type: 'string', short: 'b' },
        json: { type: 'boolean', default: false },
        'fail-on-unaudited': { type: 'boolean', default: false },
        'fail-on-real': { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
    });
    const { values, positionals } = parsed;
    for (const option of ['baseline', 'config'])
        if (values[option] === '')
            throw new errors/* UsageError */.eb(`--${option} needs a file name`);
    return {
        help: values.help,
        ...(values.baseline !== undefined && { baseline: values.baseline }),
        json: values.json,
        failOnUnaudited: values['fail-on-unaudited'],
        failOnReal: values['fail-on-real'],
        ...(values.config !== undefined && { config: values.config }),
        paths: positionals,
    };
}

// EXTERNAL MODULE: ./src/scanner/compile.ts
var compile = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/hook/report.ts


/** The text report on stdout, laid out like detect-secrets' hook, plus the way out of each case. */
function formatHookText(result) {
    if (result.blocked.length === 0)
        return '';
    const baseline = result.baseline ?? '.secrets.baseline';
    const blocks = result.blocked.map(({ finding, reason, entry }) => {
        const lines = [
            `Secret Type: ${finding.secretType}`,
            `Location:    ${finding.file}:${finding.line}`,
            `Detector:    ${finding.detectorId}`,
            `Secret:      ${finding.redacted} (hashed_secret ${finding.hashedSecret})`,
        ];
        if (reason !== 'new')
            lines.push(`Baselined:   ${whyBlocked(reason, entry)}`);
        return lines.join('\n');
    });
    const reasons = new Set(result.blocked.map((item) => item.reason));
    const mitigations = [
        '  - Remove the secret and rotate it (revoke it where it was issued): once pushed, treat\n' +
            '    it as leaked. Keep it in a secret store and read it at run time instead.',
        '  - If it is not a real secret (a test value, an example), allowlist its line with an\n' +
            '    inline `# pragma: allowlist secret` comment, or accept it into the baseline with a\n' +
            `    reason: run \`secrets-action scan --baseline ${baseline}\`, add a "reason" to its\n` +
            `    entry, and \`git add ${baseline}\`.`,
    ];
    if (result.blocked.some(({ finding }) => isKeyStoreFinding(finding)))
        mitigations.push('  - A key store file cannot carry a pragma comment: to keep one (throwaway test keys),\n' +
            '    accept it into the baseline as above, or list its path under `exclude-files` in\n' +
            '    .secrets-action.yaml.');
    if (reasons.has('expired'))
        mitigations.push(`  - An expired entry: fix the secret, or move its "expires" date in ${baseline} with a\n` +
            '    fresh reason.');
    if (reasons.has('unaudited'))
        mitigations.push(`  - Unaudited entries: label them with \`secrets-action audit ${baseline}\`.`);
    return (`ERROR: Potential secrets about to be committed to git repo!\n\n${blocks.join('\n\n')}\n\n` +
        `Possible mitigations:\n${mitigations.join('\n')}\n\n` +
        'If a secret has already been committed, visit\n' +
        'https://help.github.com/articles/removing-sensitive-data-from-a-repository\n');
}
/** The `--json` report: blocked findings (redacted), counts and stale entries. */
function formatHookJson(result) {
    const json = {
        baseline: result.baseline ?? null,
        passed: result.blocked.length === 0,
        filesChecked: result.filesChecked,
        known: result.known,
        blocked: result.blocked.map(({ finding, reason, entry }) => ({
            file: finding.file,
            line: finding.line,
            column: finding.column,
            detector: finding.detectorId,
            type: finding.secretType,
            redacted: finding.redacted,
            hashedSecret: finding.hashedSecret,
            reason,
            ...(entry?.expires !== undefined && { expires: entry.expires }),
        })),
        stale: result.stale.map((entry) => ({
            file: entry.filename,
            ...(entry.lineNumber !== undefined && { line: entry.lineNumber }),
            type: entry.type,
            hashedSecret: entry.hashedSecret,
        })),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
function whyBlocked(reason, entry) {
    if (reason === 'expired')
        return `entry expired on ${entry?.expires ?? '?'}`;
    if (reason === 'unaudited')
        return 'entry not audited yet (--fail-on-unaudited)';
    return 'entry labelled a real secret (--fail-on-real)';
}
/** Whether a finding is a whole file (a key store), which no pragma comment can allowlist. */
function isKeyStoreFinding(finding) {
    const detector = (0,detectors/* findDetector */.M1)(finding.detectorId);
    return detector !== undefined && (0,compile/* isFileDetector */.tK)(detector);
}

// EXTERNAL MODULE: ./src/cli/scan/config.ts + 1 modules
var scan_config = __webpack_require__(862);
;// CONCATENATED MODULE: ./src/cli/commands/hook.ts














/**
 * `secrets-action hook`: the pre-commit gate. Scans the staged content of the given files and
 * fails (exit 1) on findings the baseline does not cover. It never writes the baseline.
 */
async function hookCommand(argv, io) {
    const options = parseHookOptions(argv);
    if (options.help) {
        io.stdout(help/* hookHelp */.jn);
        return errors/* ExitCode */.yU.clean;
    }
    const gitRoot = await (0,git/* findGitRoot */.k)(io.cwd);
    const root = gitRoot ?? (0,external_node_path_.resolve)(io.cwd);
    const baseline = await loadBaseline(io.cwd, options.baseline);
    const baselinePath = options.baseline === undefined
        ? undefined
        : (0,targets/* toReportedPath */.W)(root, (0,external_node_path_.resolve)(io.cwd, options.baseline));
    const config = await (0,scan_config/* loadScanConfig */.U)(root, io.cwd, {
        help: false,
        format: 'text',
        excludeFiles: [],
        excludeLines: [],
        excludeSecrets: [],
        verbose: false,
        timestamp: false,
        paths: [],
        ...(options.config !== undefined && { config: options.config }),
    });
    // detect-secrets' own exclusions, stored in the baseline, apply on top of ours.
    const stored = baseline === undefined || options.baseline === undefined
        ? undefined
        : (0,scanner_baseline/* exclusionsFromBaseline */.v8)(baseline, options.baseline);
    const settings = (0,config_settings/* resolveSettings */.Mo)(config, detectors/* builtinDetectors */.PU);
    settings.excludeLines.push(...(stored?.lines ?? []));
    settings.excludeSecrets.push(...(stored?.secrets ?? []));
    const excludeByConfig = (0,exclude_files/* createFileExcluder */.b)(config.excludeFiles);
    const isExcluded = (path) => excludeByConfig(path) || stored?.files.some((regex) => regex.test(path)) === true;
    const paths = await pathsToCheck(io.cwd, root, gitRoot, options);
    const wanted = paths.filter((path) => path !== baselinePath && !isExcluded(path));
    const scanner = (0,config_settings/* createScanner */.z1)(settings, detectors/* builtinDetectors */.PU);
    // Key stores are read as bytes, for the file detectors to judge whole.
    const staged = await readStagedFiles(root, gitRoot, wanted, settings.maxFileSize, (path) => scanner.claimsWholeFile(path)).catch((error) => {
        throw new errors/* IoError */.dA(`cannot read the staged files: ${error.message}`);
    });
    const findings = [];
    const checked = [];
    for (const { path, outcome } of staged) {
        if (outcome.kind === 'missing')
            continue;
        if (outcome.kind === 'skipped') {
            if (outcome.reason === 'unreadable')
                io.stderr(`warning: cannot read ${path} (${outcome.detail}); skipped\n`);
            continue;
        }
        checked.push(path);
        findings.push(...(0,scan_file/* scanContent */.n)(scanner, outcome, path).findings);
    }
    const blocked = [];
    let known = 0;
    let stale = [];
    if (baseline === undefined) {
        blocked.push(...findings.map((finding) => ({ finding, reason: 'new' })));
    }
    else {
        const comparison = (0,scanner_baseline/* compareWithBaseline */.$_)(findings, baseline, { now: new Date(), files: checked });
        stale = comparison.stale;
        blocked.push(...comparison.unknown.map((finding) => ({ finding, reason: 'new' })));
        for (const [finding, entry] of comparison.expired)
            blocked.push({ finding, reason: 'expired', entry });
        for (const [finding, entry] of comparison.known) {
            if (options.failOnReal && entry.isSecret === true)
                blocked.push({ finding, reason: 'real', entry });
            else if (options.failOnUnaudited && entry.isSecret === undefined)
                blocked.push({ finding, reason: 'unaudited', entry });
            else
                known++;
        }
    }
    blocked.sort((a, b) => (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : 0) ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column);
    const result = {
        ...(options.baseline !== undefined && { baseline: options.baseline }),
        blocked,
        known,
        stale,
        filesChecked: checked.length,
    };
    io.stdout(options.json ? formatHookJson(result) : formatHookText(result));
    if (stale.length > 0 && !options.json)
        io.stderr(`note: ${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} of ${options.baseline} no longer ` +
            `match a secret; \`secrets-action scan --baseline ${options.baseline}\` removes them\n`);
    return blocked.length > 0 ? errors/* ExitCode */.yU.findings : errors/* ExitCode */.yU.clean;
}
/** The baseline, or undefined without `--baseline`; a named one that is missing is an error. */
async function loadBaseline(cwd, shown) {
    if (shown === undefined)
        return undefined;
    const baseline = await (0,scanner_baseline/* readBaseline */.mF)((0,external_node_path_.resolve)(cwd, shown), shown);
    if (baseline === undefined)
        throw new errors/* BaselineError */.s$(`the baseline ${shown} does not exist; create it with \`secrets-action scan --baseline ${shown}\`, ` +
            'or leave out --baseline to fail on every finding', shown);
    return baseline;
}
/** The given paths, root-relative; with none, every file the commit adds or changes. */
async function pathsToCheck(cwd, root, gitRoot, options) {
    if (options.paths.length > 0) {
        const paths = options.paths.map((path) => (0,targets/* toReportedPath */.W)(root, (0,external_node_path_.resolve)(cwd, path)));
        return [...new Set(paths)];
    }
    if (gitRoot === undefined)
        return [];
    try {
        return await listStagedPaths(gitRoot);
    }
    catch (error) {
        throw new errors/* IoError */.dA(`cannot list the staged files: ${error.message}`);
    }
}


/***/ }),

/***/ 862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ loadScanConfig)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 164 modules
var detectors = __webpack_require__(9838);
// EXTERNAL MODULE: ./src/scanner/config/types.ts
var types = __webpack_require__(6112);
;// CONCATENATED MODULE: ./src/scanner/config/read.ts





/**
 * Reads the config file: `explicit` (relative to `cwd`) when given, else `.secrets-action.yaml`
 * (or `.yml`) at the root when there is one, else an empty config.
 */
async function readScanConfig(root, cwd, explicit) {
    const candidates = explicit === undefined
        ? types/* CONFIG_FILE_NAMES */.HR.map((name) => (0,external_node_path_.join)(root, name))
        : [(0,external_node_path_.resolve)(cwd, explicit)];
    for (const path of candidates) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' && explicit === undefined)
                continue;
            throw new errors/* ConfigError */.xL(`cannot read the config file ${explicit ?? path} (${code ?? error.message}); check the path`);
        }
        // The YAML reader is loaded only when there is a file to read: start-up counts in the hook.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(120)]).then(__webpack_require__.bind(__webpack_require__, 7120));
        return parseConfig(text, explicit ?? path.slice(root.length + 1), detectors/* builtinDetectors */.PU);
    }
    return (0,types/* emptyConfig */.i4)();
}

// EXTERNAL MODULE: ./src/scanner/config/regex.ts
var regex = __webpack_require__(2414);
;// CONCATENATED MODULE: ./src/cli/scan/config.ts



/**
 * The configuration of a scan: the config file (`--config`, else `.secrets-action.yaml` at the
 * root when there is one), extended by the `--exclude-*` options, all validated.
 */
async function loadScanConfig(root, cwd, options) {
    const config = await readScanConfig(root, cwd, options.config);
    for (const [option, values] of [
        ['--exclude-lines', options.excludeLines],
        ['--exclude-secrets', options.excludeSecrets],
    ]) {
        for (const [index, source] of values.entries()) {
            const problem = (0,regex/* regexSyntaxProblem */.m)(source, '') ?? (await (0,regex/* backtrackingProblem */.W)(source, ''));
            if (problem !== undefined)
                throw new errors/* UsageError */.eb(`${option} (occurrence ${index + 1}): the regular expression ${problem}`);
        }
    }
    config.excludeFiles.push(...options.excludeFiles);
    config.excludeLines.push(...options.excludeLines);
    config.excludeSecrets.push(...options.excludeSecrets);
    return config;
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ createFileExcluder)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);

/**
 * A predicate for `exclude-files` globs, matched against root-relative POSIX paths. Dot files
 * match like any other; a pattern without a slash matches a name at any depth (as in
 * .gitignore); a pattern that matches a directory excludes everything under it.
 */
function createFileExcluder(globs) {
    if (globs.length === 0)
        return () => false;
    const options = { dot: true, nocomment: true };
    const matchers = globs.flatMap((glob) => {
        const trimmed = glob.replace(/^\.\//, '').replace(/\/+$/, '');
        const pattern = trimmed.includes('/') ? trimmed : `**/${trimmed}`;
        return [new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(pattern, options), new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(`${pattern}/**`, options)];
    });
    return (path) => matchers.some((matcher) => matcher.match(path));
}


/***/ }),

/***/ 2414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ backtrackingProblem),
/* harmony export */   m: () => (/* binding */ regexSyntaxProblem)
/* harmony export */ });
/**
 * Why a regex source cannot be used, or undefined when it compiles. The message never repeats
 * the pattern: an `exclude-secrets` entry may be a literal secret.
 */
function regexSyntaxProblem(source, flags) {
    try {
        new RegExp(source, flags);
        return undefined;
    }
    catch (error) {
        const message = error.message;
        // V8 writes "Invalid regular expression: /<source>/<flags>: <reason>"; keep only the reason.
        const reason = message.slice(message.lastIndexOf(': ') + 2);
        return `invalid regular expression (${reason})`;
    }
}
/**
 * Why a regex may take super-linear time on some input, or undefined when it is proven safe.
 * The automaton checker proves linearity; it answers `unknown` for what it cannot model
 * (lookbehind, backreferences), and only then does the fuzzing checker get a say.
 */
async function backtrackingProblem(source, flags) {
    // Loaded on demand: recheck is large, and most scans have no regex of their own to check.
    const { checkSync } = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 3303, 23));
    const cleanFlags = flags.replace(/[gdy]/g, '');
    const proven = checkSync(source, cleanFlags, { checker: 'automaton', timeout: 10_000 });
    const result = proven.status === 'unknown' ? checkSync(source, cleanFlags, { timeout: 10_000 }) : proven;
    if (result.status === 'safe')
        return undefined;
    if (result.status === 'vulnerable') {
        return (`may backtrack catastrophically (${result.complexity.summary} time on crafted input); ` +
            'make repeated parts unambiguous: bound them with {m,n} and do not nest quantifiers');
    }
    const reason = result.error.kind === 'timeout' ? 'the check timed out' : result.error.kind;
    return `could not be proven free of catastrophic backtracking (${reason}); simplify it`;
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


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ listGitFiles),
/* harmony export */   k: () => (/* binding */ findGitRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** The top of the git work tree holding `directory`, or undefined outside one (or without git). */
async function findGitRoot(directory) {
    // Walking up to the `.git` entry (a directory, or a file in worktrees and submodules) saves
    // spawning git, a third of a pre-commit hook's run; git itself decides when GIT_DIR moves it.
    if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined) {
        for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
            if (isGitEntry((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')))
                return dir;
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
                return undefined;
        }
    }
    try {
        const { simpleGit } = await loadSimpleGit();
        const root = await simpleGit({ baseDir: directory }).revparse(['--show-toplevel']);
        return root.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Tracked files plus untracked files that are not ignored, as root-relative POSIX paths. `-z`
 * keeps non-ASCII names verbatim (no octal quoting); an unmerged file, listed once per stage, is
 * kept once (git's own `--deduplicate` needs git 2.31).
 */
async function listGitFiles(root) {
    const { simpleGit } = await loadSimpleGit();
    const output = await simpleGit({ baseDir: root }).raw([
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
    ]);
    return [...new Set(output.split('\0').filter((path) => path.length > 0))];
}
/** simple-git is loaded on first use: the pre-commit hook never needs it, and start-up counts there. */
function loadSimpleGit() {
    return __webpack_require__.e(/* import() */ 724).then(__webpack_require__.bind(__webpack_require__, 4724));
}
/** A repository's `.git`: a directory with a HEAD, or a `gitdir:` file (worktrees, submodules). */
function isGitEntry(path) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory())
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'HEAD'));
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8').startsWith('gitdir:');
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ resolveTargets),
  W: () => (/* binding */ toReportedPath)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/scanner/sources/directory-paths.ts

/**
 * A normalised directory path with its trailing separator: what every path under it starts with.
 * Only the file system root already ends in one.
 */
function directoryPrefix(directory) {
    return directory.endsWith(external_node_path_.sep) ? directory : directory + external_node_path_.sep;
}
/** Whether normalised `path` is `directory` itself or lies under it. */
function isWithin(path, directory) {
    return path === directory || path.startsWith(directoryPrefix(directory));
}

// EXTERNAL MODULE: ./src/scanner/sources/git.ts
var git = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/scanner/sources/walk.ts


/**
 * Yields the files under `directory` (an absolute, normalised path), one directory at a time
 * (memory stays flat however large the tree), in a stable order. It skips `.git` and does not
 * follow symbolic links to directories (they can loop or leave the tree); a symbolic link to a
 * file is yielded, and a dangling one too, so that reading it reports it. A directory that
 * cannot be listed is passed to `onUnreadable` and the walk goes on.
 */
function* walkDirectory(directory, onUnreadable) {
    const pending = [directory];
    while (pending.length > 0) {
        const current = pending.pop();
        let entries;
        try {
            // Synchronous listing: one call per directory, where the promise API waits on the thread
            // pool once per entry batch and left the scan idle a sixth of its time. The whole walk is a
            // plain generator: a promise per file at each level cost more than the listing.
            entries = (0,external_node_fs_.readdirSync)(current, { withFileTypes: true });
        }
        catch (error) {
            onUnreadable(current, error.code ?? 'error');
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
        const files = [];
        // `current` is normalised and a listed name holds no separator: no need for join's work.
        const prefix = directoryPrefix(current);
        for (const entry of entries) {
            const path = prefix + entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    pending.push(path);
            }
            else if (entry.isFile()) {
                files.push(path);
            }
            else if (entry.isSymbolicLink() && !isDirectory(path)) {
                files.push(path);
            }
        }
        yield* files.reverse();
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/scanner/sources/targets.ts







/**
 * Decides what to scan. No paths: the git work tree (tracked plus untracked-not-ignored files)
 * or, outside a repository, the current directory. Paths: those files, and those directories
 * walked. The root is the work tree's top when inside one, else the current directory.
 */
async function resolveTargets(cwd, paths, onProblem) {
    const gitRoot = await (0,git/* findGitRoot */.k)(cwd);
    const root = gitRoot ?? (0,external_node_path_.resolve)(cwd);
    if (paths.length > 0) {
        const kinds = await Promise.all(paths.map((path) => kindOf((0,external_node_path_.resolve)(cwd, path), path)));
        return { root, mode: 'paths', files: explicitFiles(root, cwd, paths, kinds, onProblem) };
    }
    if (gitRoot === undefined)
        return { root, mode: 'walk', files: walked(root, root, onProblem) };
    let listed;
    try {
        listed = await (0,git/* listGitFiles */.K)(gitRoot);
    }
    catch (error) {
        throw new errors/* IoError */.dA(`cannot list the files of the git work tree at ${gitRoot}: ${error.message}`);
    }
    return { root, mode: 'git', files: gitFiles(gitRoot, listed) };
}
/** The POSIX path of `absolute` relative to `root`. */
function toReportedPath(root, absolute) {
    // Walked paths are normalised and start with the root: cut it off rather than compare both.
    const path = isWithin(absolute, root)
        ? absolute.slice(directoryPrefix(root).length)
        : (0,external_node_path_.relative)(root, absolute);
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}
function* gitFiles(root, listed) {
    for (const path of listed) {
        const absolute = (0,external_node_path_.resolve)(root, path);
        // A tracked symbolic link holds only its target's name; following it could leave the tree.
        // Synchronous: a promise per file waits on the thread pool, and cost a scan of 6,460
        // tracked files 0.6 s.
        const info = linkInfo(absolute);
        if (info === undefined || info.isSymbolicLink() || info.isDirectory())
            continue;
        yield { absolute, relative: path };
    }
}
/** The file's own status (a link not followed), or undefined when it cannot be read. */
function linkInfo(absolute) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
function* walked(root, directory, onProblem) {
    for (const absolute of walkDirectory(directory, (path, code) => onProblem(toReportedPath(root, path), code))) {
        yield { absolute, relative: toReportedPath(root, absolute) };
    }
}
function* explicitFiles(root, cwd, paths, kinds, onProblem) {
    const absolutes = paths.map((path) => (0,external_node_path_.resolve)(cwd, path));
    // Files are remembered only when one path holds another: the memory grows with the files.
    const seen = overlapping(absolutes) ? new Set() : undefined;
    for (const [index, absolute] of absolutes.entries()) {
        const files = kinds[index] === 'directory' ? walked(root, absolute, onProblem) : single(root, absolute);
        for (const file of files) {
            if (seen?.has(file.absolute))
                continue;
            seen?.add(file.absolute);
            yield file;
        }
    }
}
/** Whether a path is given twice or lies under another given path. */
function overlapping(absolutes) {
    return absolutes.some((a, i) => absolutes.some((b, j) => i !== j && isWithin(a, b)));
}
function* single(root, absolute) {
    yield { absolute, relative: toReportedPath(root, absolute) };
}
async function kindOf(absolute, given) {
    try {
        return (await (0,promises_.stat)(absolute)).isDirectory() ? 'directory' : 'file';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* UsageError */.eb(`no such file or directory: ${given}`);
        // Anything else (no permission) is reported when the file is read, and the scan goes on.
        return 'file';
    }
}


/***/ })

};
