export const id = 781;
export const ids = [781];
export const modules = {

/***/ 9781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 164 modules
var detectors = __webpack_require__(9838);
// EXTERNAL MODULE: ./src/scanner/baseline/index.ts + 8 modules
var scanner_baseline = __webpack_require__(1420);
// EXTERNAL MODULE: ./src/scanner/config/exclude-files.ts
var exclude_files = __webpack_require__(3721);
// EXTERNAL MODULE: ./src/scanner/config/settings.ts
var config_settings = __webpack_require__(7836);
// EXTERNAL MODULE: ./src/scanner/report/index.ts + 2 modules
var scanner_report = __webpack_require__(3458);
// EXTERNAL MODULE: ./src/scanner/sources/targets.ts + 2 modules
var sources_targets = __webpack_require__(8835);
// EXTERNAL MODULE: ./src/scanner/js-tiering.ts
var js_tiering = __webpack_require__(5774);
// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * A one-line progress indicator on stderr: drawn only on a terminal, and only once a scan has
 * taken longer than `delayMs`, so quick scans and logs stay clean. It shows counts, never text
 * from the files.
 */
class Progress {
    write;
    intervalMs;
    counts = { files: 0, bytes: 0, findings: 0 };
    delay;
    interval;
    drawn = false;
    constructor(write, enabled, delayMs = 1000, intervalMs = 200) {
        this.write = write;
        this.intervalMs = intervalMs;
        if (!enabled)
            return;
        this.delay = setTimeout(() => {
            this.draw();
            this.interval = setInterval(() => this.draw(), this.intervalMs);
            this.interval.unref();
        }, delayMs);
        this.delay.unref();
    }
    /** Records the latest counts; they are drawn on the next tick. */
    update(counts) {
        this.counts = counts;
    }
    /** Stops drawing and erases the line. */
    stop() {
        clearTimeout(this.delay);
        clearInterval(this.interval);
        if (this.drawn)
            this.write('\r\x1b[K');
    }
    draw() {
        const { files, bytes, findings } = this.counts;
        const megabytes = (bytes / 1e6).toFixed(1);
        this.write(`\r\x1b[Kscanning: ${files} files, ${megabytes} MB, ${findings} finding${findings === 1 ? '' : 's'}`);
        this.drawn = true;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/cli/scan/baseline.ts






/**
 * Reads the baseline before anything is scanned, so that a conflicted or invalid one stops the
 * run at once (and is never overwritten). A missing one is fine: it will be created.
 */
async function openBaseline(cwd, root, shown) {
    const absolute = (0,external_node_path_.resolve)(cwd, shown);
    const relative = (0,sources_targets/* toReportedPath */.W)(root, absolute);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { shown, absolute, relative };
        throw new errors/* BaselineError */.s$(`cannot read the baseline ${shown} (${code ?? error})`, shown);
    }
    return { shown, absolute, relative, previous: (0,scanner_baseline/* parseBaseline */.nk)(text, shown), text };
}
/** Updates the baseline from a scan and writes it atomically when its bytes change. */
async function saveBaseline(opened, root, findings, scannedFiles, timestamp) {
    const update = (0,scanner_baseline/* updateBaseline */.Rz)(opened.previous, findings, scannedFiles, {
        fileExists: (file) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, file)),
        timestamp,
        baselineFile: opened.relative,
    });
    const text = (0,scanner_baseline/* serializeBaseline */.ky)(update.baseline);
    const written = text !== opened.text;
    if (written)
        await (0,scanner_baseline/* writeBaselineAtomic */.k0)(opened.absolute, update.baseline, opened.shown);
    return { added: update.addedFindings, removed: update.removed, written };
}
/** The lines `scan --baseline` prints on stderr: what changed, and each stale entry removed. */
function describeOutcome(opened, outcome) {
    const lines = outcome.removed.map((entry) => `removed stale entry: ${entry.filename}${entry.lineNumber === undefined ? '' : `:${entry.lineNumber}`} ` +
        `${entry.type} (${entry.hashedSecret.slice(0, 12)}…): the secret is no longer there`);
    const verb = opened.previous === undefined ? 'created' : outcome.written ? 'updated' : 'unchanged';
    lines.push(`baseline ${opened.shown} ${verb}: ${outcome.added.length} added, ${outcome.removed.length} removed`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/scan/config.ts + 1 modules
var scan_config = __webpack_require__(862);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/scan/options.ts



/** Parses `scan`'s arguments; strict, so a misspelt option is an error rather than a path. */
function parseScanOptions(argv) {
    const parsed = (0,args/* parseCommandArgs */.Q)('scan', argv, {
        help: { type: 'boolean', short: 'h', default: false },
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'exclude-files': { type: 'string', multiple: true, default: [] },
        'exclude-lines': { type: 'string', multiple: true, default: [] },
        'exclude-secrets': { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string', short: 'j' },
        verbose: { type: 'boolean', default: false },
        baseline: { type: 'string', short: 'b' },
        timestamp: { type: 'boolean', default: false },
        diff: { type: 'string' },
        history: { type: 'boolean', default: false },
        'log-opts': { type: 'string' },
        shard: { type: 'string' },
    });
    const { values, positionals } = parsed;
    const format = values.format;
    if (!scanner_report/* reportFormats */.zX.includes(format)) {
        throw new errors/* UsageError */.eb(`--format must be one of ${scanner_report/* reportFormats */.zX.join(', ')}, not '${format}'`);
    }
    if (values.timestamp && values.baseline === undefined)
        throw new errors/* UsageError */.eb('--timestamp applies to --baseline only');
    checkHistoryOptions(values);
    return {
        help: values.help,
        format: format,
        ...(values.output !== undefined && { output: nonEmpty(values.output, '--output') }),
        ...(values.config !== undefined && { config: nonEmpty(values.config, '--config') }),
        excludeFiles: values['exclude-files'],
        excludeLines: values['exclude-lines'],
        excludeSecrets: values['exclude-secrets'],
        ...(values.jobs !== undefined && { jobs: parseJobs(values.jobs) }),
        verbose: values.verbose,
        ...(values.baseline !== undefined && { baseline: nonEmpty(values.baseline, '--baseline') }),
        timestamp: values.timestamp,
        paths: positionals,
        ...(values.diff !== undefined && { diff: nonEmpty(values.diff, '--diff') }),
        history: values.history,
        ...(values['log-opts'] !== undefined && { logOpts: values['log-opts'] }),
        ...(values.shard !== undefined && { shard: values.shard }),
    };
}
/** The combinations of --diff and --history with other options that make no sense. */
function checkHistoryOptions(values) {
    if (values.diff !== undefined && values.history)
        throw new errors/* UsageError */.eb('--diff and --history exclude each other: pick one');
    const git = values.diff !== undefined || values.history;
    if (values['log-opts'] !== undefined && !values.history)
        throw new errors/* UsageError */.eb('--log-opts applies to --history only (--diff takes BASE..HEAD)');
    if (values.shard !== undefined && !git)
        throw new errors/* UsageError */.eb('--shard applies to --diff and --history only');
    if (values.timestamp && git)
        throw new errors/* UsageError */.eb('--timestamp writes a baseline; with --diff or --history, --baseline is only read');
}
function parseJobs(value) {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
        throw new errors/* UsageError */.eb(`--jobs must be a whole number from 1 to 256, not '${value}'`);
    }
    return Number(value);
}
function nonEmpty(value, option) {
    if (value.length === 0)
        throw new errors/* UsageError */.eb(`${option} needs a file name`);
    return value;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/scanner/sources/scan-file.ts
var scan_file = __webpack_require__(2753);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/cli/scan/worker.ts
var worker = __webpack_require__(4466);
;// CONCATENATED MODULE: ./src/cli/scan/pool.ts


/** Batches queued per worker, so that a worker never waits for the next one. */
const batchesInFlightPerWorker = 2;
/**
 * Scans a stream of files on a pool of worker threads, each with its own scanner. Files are
 * pulled from the stream only as workers free up, so memory stays flat; results arrive in any
 * order (the report sorts them).
 */
async function scanWithPool(files, options, onResult) {
    const batchSize = options.batchSize ?? 32;
    const workers = Array.from({ length: options.workers }, () => new external_node_worker_threads_.Worker(options.workerUrl, { workerData: (0,worker/* scanWorkerData */.mH)(options.settings) }));
    const load = new Map(workers.map((worker) => [worker, 0]));
    let outstanding = 0;
    let failure;
    let wake;
    const failed = new Promise((_, reject) => {
        const fail = (error) => {
            failure ??= error;
            reject(failure);
            wake?.();
        };
        for (const worker of workers) {
            worker.on('error', fail);
            worker.on('exit', (code) => {
                if (outstanding > 0)
                    fail(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
            });
            worker.on('message', (response) => {
                if ('error' in response)
                    return fail(new Error(`a scan worker failed: ${response.error}`));
                response.results.forEach(onResult);
                load.set(worker, (load.get(worker) ?? 1) - 1);
                outstanding--;
                wake?.();
            });
        }
    });
    failed.catch(() => undefined);
    let nextId = 0;
    const send = async (batch) => {
        for (;;) {
            if (failure)
                throw failure;
            const [worker, inFlight] = [...load].sort((a, b) => a[1] - b[1])[0];
            if (inFlight < batchesInFlightPerWorker) {
                const id = nextId++;
                load.set(worker, inFlight + 1);
                outstanding++;
                worker.postMessage({ id, files: batch });
                return;
            }
            await new Promise((resolve) => (wake = resolve));
        }
    };
    try {
        let batch = [];
        for (const file of files) {
            batch.push(file);
            if (batch.length >= batchSize) {
                await send(batch);
                batch = [];
            }
        }
        if (batch.length > 0)
            await send(batch);
        while (outstanding > 0) {
            if (failure)
                throw failure;
            await new Promise((resolve) => (wake = resolve));
        }
        if (failure)
            throw failure;
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/cli/scan/run.ts






/** Below this many files, starting workers costs more than it saves. */
const filesPerExtraWorker = 256;
/** How long the single-threaded scan runs before it lets timers (the progress line) run. */
const yieldEveryMs = 50;
/** Scans every file of a run into its tally, on this thread or on a pool of workers. */
async function runScan(run) {
    const { tally } = run;
    const files = withoutExcluded(run.files, run.isExcluded, tally);
    const { head, rest } = peek(files, filesPerExtraWorker);
    const jobs = run.workerUrl === undefined
        ? 1
        : (run.jobs ?? (head.length < filesPerExtraWorker ? 1 : (0,external_node_os_.availableParallelism)()));
    const record = (result) => {
        tally.add(result);
        run.onResult?.(result);
    };
    if (jobs <= 1 || run.workerUrl === undefined) {
        const scanner = (0,config_settings/* createScanner */.z1)(run.settings, detectors/* builtinDetectors */.PU);
        let lastYield = performance.now();
        for (const file of rest) {
            record((0,scan_file/* scanFile */.W)(scanner, file, run.settings.maxFileSize));
            // Reads and scans are synchronous: without a macrotask break the progress timer never fires.
            if (performance.now() - lastYield > yieldEveryMs) {
                await new Promise((resolve) => setImmediate(resolve));
                lastYield = performance.now();
            }
        }
        return;
    }
    await scanWithPool(rest, { workers: jobs, workerUrl: run.workerUrl, settings: run.settings }, record);
}
function* withoutExcluded(files, isExcluded, tally) {
    for (const file of files) {
        if (isExcluded(file.relative))
            tally.skip({ file: file.relative, reason: 'excluded' });
        else
            yield file;
    }
}
/** Takes up to `count` items off a stream, and gives back a stream that still yields them all. */
function peek(source, count) {
    const iterator = source[Symbol.iterator]();
    const head = [];
    let ended = false;
    while (head.length < count) {
        const next = iterator.next();
        if (next.done === true) {
            ended = true;
            break;
        }
        head.push(next.value);
    }
    function* rest() {
        yield* head;
        if (ended)
            return;
        for (let next = iterator.next(); next.done !== true; next = iterator.next())
            yield next.value;
    }
    return { head, rest: rest() };
}

// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
;// CONCATENATED MODULE: ./src/cli/commands/scan.ts

















/**
 * `secrets-action scan`: finds secrets, reports them, and exits 1 when there are any. With
 * `--baseline`, it creates or updates that baseline instead, reports the findings it added, and
 * exits 0.
 */
async function scanCommand(argv, io) {
    const options = parseScanOptions(argv);
    if (options.help) {
        io.stdout(help/* scanHelp */.ZD);
        return errors/* ExitCode */.yU.clean;
    }
    // Range and history scans read patches, not files: their own path, loaded only when asked for.
    if (options.diff !== undefined || options.history)
        return (await __webpack_require__.e(/* import() */ 330).then(__webpack_require__.bind(__webpack_require__, 9330))).scanHistoryCommand(options, io);
    (0,js_tiering/* tuneTieringForFileScan */.b8)();
    const tally = new scanner_report/* ScanTally */.cU();
    const warn = (message) => io.stderr(`warning: ${message}\n`);
    const targets = await (0,sources_targets/* resolveTargets */.h)(io.cwd, options.paths, (path, code) => {
        tally.skip({ file: path, reason: 'unreadable', detail: code });
        warn(`cannot list ${path} (${code}); skipped`);
    });
    // Read first: a conflicted or invalid baseline stops the run before any work, untouched.
    const baseline = options.baseline === undefined
        ? undefined
        : await openBaseline(io.cwd, targets.root, options.baseline);
    // detect-secrets' own exclusions, stored in the baseline, apply on top of ours.
    const stored = baseline?.previous === undefined
        ? undefined
        : (0,scanner_baseline/* exclusionsFromBaseline */.v8)(baseline.previous, baseline.shown);
    const config = await (0,scan_config/* loadScanConfig */.U)(targets.root, io.cwd, options);
    const settings = (0,config_settings/* resolveSettings */.Mo)(config, detectors/* builtinDetectors */.PU);
    settings.excludeLines.push(...(stored?.lines ?? []));
    settings.excludeSecrets.push(...(stored?.secrets ?? []));
    const excludeByConfig = (0,exclude_files/* createFileExcluder */.b)(config.excludeFiles);
    // The report file itself is left out, so that a second run does not scan the first's report.
    const reportPath = options.output === undefined
        ? undefined
        : (0,sources_targets/* toReportedPath */.W)(targets.root, (0,external_node_path_.resolve)(io.cwd, options.output));
    const progress = new Progress(io.stderr, io.stderrIsTTY);
    const scannedFiles = [];
    try {
        await runScan({
            files: targets.files,
            settings,
            isExcluded: (path) => path === reportPath ||
                path === baseline?.relative ||
                excludeByConfig(path) ||
                stored?.files.some((regex) => regex.test(path)) === true,
            ...(options.jobs !== undefined && { jobs: options.jobs }),
            ...(io.workerUrl !== undefined && { workerUrl: io.workerUrl }),
            tally,
            onResult: (result) => {
                if (result.status === 'scanned')
                    scannedFiles.push(result.file);
                for (const skip of result.skips)
                    if (skip.reason === 'unreadable')
                        warn(`cannot read ${skip.file} (${skip.detail}); skipped`);
                const { filesScanned: files, bytesScanned: bytes } = tally.stats;
                progress.update({ files, bytes, findings: tally.findingCount });
            },
        });
    }
    finally {
        progress.stop();
    }
    let report = tally.report(version/* version */.r, targets.root, (0,config_settings/* selectedDetectors */.ju)(settings, detectors/* builtinDetectors */.PU));
    if (baseline !== undefined) {
        const outcome = await saveBaseline(baseline, targets.root, report.findings, scannedFiles, options.timestamp);
        io.stderr(describeOutcome(baseline, outcome));
        // The findings already in the baseline are accepted; the report shows what was just added.
        report = { ...report, findings: outcome.added };
    }
    const rendered = (0,scanner_report/* renderReport */.B1)(report, options.format, options.verbose);
    rendered.warnings.forEach(warn);
    if (options.output === undefined) {
        io.stdout(rendered.text);
    }
    else {
        try {
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, options.output), rendered.text);
        }
        catch (error) {
            throw new errors/* IoError */.dA(`cannot write the report to ${options.output}: ${error.code ?? error}`);
        }
        io.stderr(`${(0,scanner_report/* summaryLine */.dC)(report)}\n`);
    }
    if (baseline !== undefined)
        return errors/* ExitCode */.yU.clean;
    return report.findings.length > 0 ? errors/* ExitCode */.yU.findings : errors/* ExitCode */.yU.clean;
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
