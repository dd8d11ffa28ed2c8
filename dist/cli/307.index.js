export const id = 307;
export const ids = [307];
export const modules = {

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/scanner/baseline/index.ts + 8 modules
var scanner_baseline = __webpack_require__(1420);
// EXTERNAL MODULE: ./src/scanner/sources/git.ts
var git = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/cli/audit/entries.ts
/** The label of an entry, from its `is_secret` field. */
function labelOf(entry) {
    if (entry.isSecret === true)
        return 'real';
    if (entry.isSecret === false)
        return 'false-positive';
    return 'unaudited';
}
/** How a label reads in tables and prompts. */
function labelText(label) {
    return label === 'false-positive' ? 'false positive' : label;
}
/**
 * Every entry of the baseline, files in code-point order (as detect-secrets sorts them) and each
 * file's entries by line, so that every listing is stable whatever order the file had.
 */
function allEntries(baseline) {
    const files = [...baseline.results.keys()].sort(compareCodePoints);
    return files.flatMap((file) => [...(baseline.results.get(file) ?? [])].sort((a, b) => (a.lineNumber ?? 0) - (b.lineNumber ?? 0)));
}
/** Compares strings by Unicode code point (Python's `str` order), not UTF-16 code unit. */
function compareCodePoints(a, b) {
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i].codePointAt(0);
        const y = right[i].codePointAt(0);
        if (x !== y)
            return x - y;
    }
    return left.length - right.length;
}
/** Control characters replaced, so that text from a file or baseline cannot drive the terminal. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '?');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/audit/options.ts


/** Parses `audit`'s arguments; strict, so a misspelt option is an error rather than a file name. */
function parseAuditOptions(argv) {
    const parsed = (0,args/* parseCommandArgs */.Q)('audit', argv, {
        help: { type: 'boolean', short: 'h', default: false },
        report: { type: 'boolean', default: false },
        stats: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'only-real': { type: 'boolean', default: false },
        'only-false': { type: 'boolean', default: false },
        'only-unaudited': { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
    });
    const { values, positionals } = parsed;
    const only = [];
    if (values['only-real'])
        only.push('real');
    if (values['only-false'])
        only.push('false-positive');
    if (values['only-unaudited'])
        only.push('unaudited');
    const base = { help: values.help, json: values.json, only, all: values.all };
    if (values.help)
        return { ...base, mode: 'interactive', baseline: '' };
    if (values.report && values.stats)
        throw usage('--report and --stats cannot be combined');
    const mode = values.report ? 'report' : values.stats ? 'stats' : 'interactive';
    if (values.json && mode === 'interactive')
        throw usage('--json goes with --report or --stats');
    if (only.length > 0 && mode !== 'report')
        throw usage('--only-real, --only-false and --only-unaudited go with --report');
    if (values.all && mode !== 'interactive')
        throw usage('--all is for the interactive audit (reports always list every entry)');
    if (positionals.length !== 1) {
        throw usage(positionals.length === 0
            ? 'audit needs the baseline file, e.g. `secrets-action audit .secrets.baseline`'
            : `audit takes one baseline file, not ${positionals.length}`);
    }
    const baseline = positionals[0];
    if (baseline.length === 0)
        throw usage('the baseline file name is empty');
    return { ...base, mode, baseline };
}
function usage(message) {
    return new errors/* UsageError */.eb(`${message}\nRun \`secrets-action audit --help\` for the options.`);
}

// EXTERNAL MODULE: ./src/shared/table.ts
var shared_table = __webpack_require__(8429);
;// CONCATENATED MODULE: ./src/cli/audit/report.ts



/**
 * The report's rows, in file then line order, kept to the given labels (all when `only` is
 * empty). It reads the baseline alone: no work-tree file is opened, so nothing can leak.
 */
function reportRows(baseline, only, now) {
    return allEntries(baseline)
        .filter((entry) => only.length === 0 || only.includes(labelOf(entry)))
        .map((entry) => ({
        file: entry.filename,
        line: entry.lineNumber ?? null,
        type: entry.type,
        hashedSecret: entry.hashedSecret,
        label: labelOf(entry),
        reason: entry.reason ?? null,
        owner: entry.owner ?? null,
        expires: entry.expires ?? null,
        expired: (0,scanner_baseline/* isExpired */._d)(entry, now),
    }));
}
/** The report as JSON: snake_case keys like the scan report, absent fields as null. */
function formatReportJson(baseline, rows) {
    const document = {
        baseline,
        entries: rows.map((row) => ({
            file: row.file,
            line: row.line,
            type: row.type,
            hashed_secret: row.hashedSecret,
            label: row.label,
            reason: row.reason,
            owner: row.owner,
            expires: row.expires,
            expired: row.expired,
        })),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** The report as a table, then one summary line. */
function formatReportTable(rows) {
    if (rows.length === 0)
        return 'No entries.\n';
    const cell = (value) => (value === null || value === '' ? '-' : printable(value));
    const table = (0,shared_table/* formatTable */.ku)(
    // The reason goes last: it is free text, and a long one would otherwise widen the table.
    ['FILE', 'LINE', 'TYPE', 'LABEL', 'OWNER', 'EXPIRES', 'REASON'], rows.map((row) => [
        printable(row.file),
        row.line === null ? '-' : String(row.line),
        printable(row.type),
        labelText(row.label),
        cell(row.owner),
        row.expires === null ? '-' : `${printable(row.expires)}${row.expired ? ' (expired)' : ''}`,
        cell(row.reason),
    ]));
    const count = (label) => rows.filter((row) => row.label === label).length;
    const summary = `${rows.length} entr${rows.length === 1 ? 'y' : 'ies'}: ${count('real')} real, ` +
        `${count('false-positive')} false positive, ${count('unaudited')} unaudited`;
    return `${table}\n${summary}\n`;
}

// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 164 modules
var detectors = __webpack_require__(9838);
;// CONCATENATED MODULE: ./src/cli/audit/view.ts



/**
 * The block `audit` prints for one entry: position in the walk, file:line, type, the detector
 * that finds it now, its current label, then the masked lines around it.
 */
function renderEntry(entry, position, view, now) {
    const context = typeof view === 'string' ? undefined : view;
    const line = context?.located?.line ?? entry.lineNumber;
    const where = `${printable(entry.filename)}${line === undefined ? '' : `:${line}`}`;
    const out = [`── ${position.index + 1}/${position.total}  ${where}`];
    out.push(`   type      ${printable(entry.type)}`);
    const detector = context?.located && (0,detectors/* findDetector */.M1)(context.located.detectorId);
    if (context?.located)
        out.push(`   detector  ${context.located.detectorId}${detector ? ` (${detector.strength})` : ''}`);
    else
        out.push('   detector  none finds it in the current file');
    out.push(`   label     ${describeLabel(entry, now)}`);
    if (typeof view === 'string')
        out.push(`   (${problemText(view)}; no lines to show)`);
    else {
        if (view.note !== undefined)
            out.push(`   note: ${view.note}`);
        if (view.lines.length > 0) {
            const width = String(view.lines[view.lines.length - 1]?.number ?? 0).length;
            out.push('');
            for (const shown of view.lines)
                out.push(`${shown.focus ? '>' : ' '} ${String(shown.number).padStart(width)} | ${shown.text}`);
        }
    }
    return `\n${out.join('\n')}\n\n`;
}
function describeLabel(entry, now) {
    const parts = [labelText(labelOf(entry))];
    if (entry.reason !== undefined)
        parts.push(`reason: ${printable(entry.reason)}`);
    if (entry.owner !== undefined)
        parts.push(`owner: ${printable(entry.owner)}`);
    if (entry.expires !== undefined)
        parts.push(`expires: ${printable(entry.expires)}${(0,scanner_baseline/* isExpired */._d)(entry, now) ? ' (expired)' : ''}`);
    return parts.join('; ');
}
function problemText(problem) {
    switch (problem) {
        case 'missing':
            return 'the file is not in the work tree';
        case 'binary':
            return 'the file is binary';
        case 'too-large':
            return 'the file is too large to show';
        case 'unreadable':
            return 'the file cannot be read';
    }
}

;// CONCATENATED MODULE: ./src/cli/audit/session.ts


const PROMPT = 'Real secret? [y]es, [n]o (false positive), [s]kip, [b]ack, [q]uit: ';
const QUIT_KEYS = new Set(['q', 'Q', '\u0003', '\u0004']);
/**
 * Walks the entries and labels each as the user answers: y sets `is_secret` true, n sets it
 * false (then asks for an optional reason), s skips, b goes back one entry, q quits. Every
 * label is saved at once, so quitting or an interrupt loses nothing.
 */
async function runAuditSession(options) {
    const { entries, input, write } = options;
    const answers = new Map();
    let index = 0;
    let quit = false;
    walk: while (index < entries.length) {
        const entry = entries[index];
        write(renderEntry(entry, { index, total: entries.length }, options.show(entry), options.now));
        for (;;) {
            write(PROMPT);
            const key = await input.readKey();
            write(`${key !== undefined && /^[\x20-\x7e]$/.test(key) ? key : ''}\n`);
            if (key === undefined || QUIT_KEYS.has(key)) {
                quit = true;
                break walk;
            }
            const answer = key.toLowerCase();
            if (answer === 'y' || answer === 'n') {
                const real = answer === 'y';
                entry.isSecret = real;
                await options.save(options.baseline);
                answers.set(entry, real ? 'real' : 'false-positive');
                write(`   saved: ${real ? 'real secret' : 'false positive'}\n`);
                if (!real && !(await askReason(options, entry))) {
                    quit = true;
                    break walk;
                }
                index++;
                continue walk;
            }
            if (answer === 's') {
                if (!answers.has(entry))
                    answers.set(entry, 'skipped');
                index++;
                continue walk;
            }
            if (answer === 'b') {
                if (index === 0) {
                    write('   this is the first entry\n');
                    continue;
                }
                index--;
                continue walk;
            }
            write('   press y, n, s, b or q\n');
        }
    }
    const summary = summarize(answers, quit && index < entries.length);
    write(summaryText(summary, entries.length));
    return summary;
}
/** Asks why an entry is a false positive; false when input ended (the label is already saved). */
async function askReason(options, entry) {
    options.write('reason (optional): ');
    const line = await options.input.readLine();
    if (line === undefined) {
        options.write('\n');
        return false;
    }
    const reason = line.trim();
    // An empty answer keeps a reason given earlier rather than erasing it.
    if (reason.length > 0 && reason !== entry.reason) {
        entry.reason = reason;
        await options.save(options.baseline);
        options.write('   saved the reason\n');
    }
    return true;
}
function summarize(answers, quit) {
    // Counted from the final labels: going back and answering again counts once.
    const summary = { real: 0, falsePositive: 0, skipped: 0, quit };
    for (const [entry, answer] of answers) {
        if (answer === 'skipped')
            summary.skipped++;
        else if (labelOf(entry) === 'real')
            summary.real++;
        else
            summary.falsePositive++;
    }
    return summary;
}
function summaryText(summary, total) {
    if (total === 0)
        return 'Nothing to audit.\n';
    const head = summary.quit ? 'Stopped' : 'Done';
    return (`\n${head}: ${summary.real} labelled real, ${summary.falsePositive} false positive, ` +
        `${summary.skipped} skipped. Every label is saved.\n`);
}

;// CONCATENATED MODULE: ./src/cli/audit/stats.ts



/** Counts the baseline's labels per type and overall. */
function auditStats(baseline, now) {
    const byType = new Map();
    const overall = emptyCounts();
    for (const entry of allEntries(baseline)) {
        let counts = byType.get(entry.type);
        if (counts === undefined)
            byType.set(entry.type, (counts = emptyCounts()));
        for (const target of [counts, overall]) {
            target.total++;
            const label = labelOf(entry);
            if (label === 'real')
                target.real++;
            else if (label === 'false-positive')
                target.falsePositive++;
            else
                target.unaudited++;
            if ((0,scanner_baseline/* isExpired */._d)(entry, now))
                target.expired++;
        }
    }
    for (const counts of [...byType.values(), overall]) {
        const labelled = counts.real + counts.falsePositive;
        // detect-secrets prints 0.0 here, which reads as "every label was wrong"; undefined is honest.
        counts.precision = labelled === 0 ? undefined : counts.real / labelled;
    }
    const sorted = [...byType].sort(([a], [b]) => compareCodePoints(a, b));
    return { byType: sorted, overall };
}
function emptyCounts() {
    return { total: 0, real: 0, falsePositive: 0, unaudited: 0, expired: 0, precision: undefined };
}
/** The stats as JSON: precision is null where it is undefined. */
function formatStatsJson(baseline, stats) {
    const counts = (c) => ({
        total: c.total,
        real: c.real,
        false_positive: c.falsePositive,
        unaudited: c.unaudited,
        expired: c.expired,
        precision: c.precision === undefined ? null : round(c.precision),
    });
    const document = {
        baseline,
        overall: counts(stats.overall),
        by_type: stats.byType.map(([type, c]) => ({ type, ...counts(c) })),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** The stats as a table, one row per type and a total row, then what precision means. */
function formatStatsTable(stats) {
    if (stats.overall.total === 0)
        return 'No entries.\n';
    const row = (name, c) => [
        name,
        String(c.total),
        String(c.real),
        String(c.falsePositive),
        String(c.unaudited),
        String(c.expired),
        c.precision === undefined ? 'undefined' : `${(c.precision * 100).toFixed(1)}%`,
    ];
    const table = (0,shared_table/* formatTable */.ku)(['TYPE', 'ENTRIES', 'REAL', 'FALSE POSITIVE', 'UNAUDITED', 'EXPIRED', 'PRECISION'], [...stats.byType.map(([type, c]) => row(printable(type), c)), row('all types', stats.overall)]);
    const note = 'precision = real / (real + false positive); undefined while none is labelled';
    return `${table}\n${note}\n`;
}
function round(value) {
    return Math.round(value * 10_000) / 10_000;
}

;// CONCATENATED MODULE: ./src/cli/audit/terminal.ts
/** The process's own terminal; `open` is only called when it is interactive. */
function processTerminal() {
    return {
        interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
        open: () => openKeyInput(process.stdin, (text) => void process.stdout.write(text)),
    };
}
/**
 * Reads single key presses from `stream` in raw mode. Lines (the reason prompt) are edited here,
 * since raw mode turns off the terminal's own echo and line editing: printable keys are echoed,
 * Backspace erases, Enter ends the line, Ctrl-C ends the input.
 */
function openKeyInput(stream, echo) {
    const queue = [];
    const waiting = [];
    const push = (key) => {
        const next = waiting.shift();
        if (next)
            next(key);
        else
            queue.push(key);
    };
    const onData = (chunk) => splitKeys(chunk).forEach(push);
    const onEnd = () => push(undefined);
    stream.setRawMode?.(true);
    stream.setEncoding('utf8');
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.resume();
    const readKey = () => queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve) => waiting.push(resolve));
    return {
        readKey,
        async readLine() {
            let text = '';
            for (;;) {
                const key = await readKey();
                if (key === undefined || key === '\u0003' || (key === '\u0004' && text === ''))
                    return undefined;
                if (key === '\r' || key === '\n' || key === '\r\n') {
                    echo('\n');
                    return text;
                }
                if (key === '\u007f' || key === '\b') {
                    if (text.length > 0) {
                        text = [...text].slice(0, -1).join('');
                        echo('\b \b');
                    }
                }
                else if (!isControl(key)) {
                    text += key;
                    echo(key);
                }
            }
        },
        close() {
            stream.off('data', onData);
            stream.off('end', onEnd);
            stream.setRawMode?.(false);
            stream.pause();
        },
    };
}
/**
 * Splits raw input into keys: one character each, except escape sequences (arrow keys and the
 * like, returned whole so that they are ignored as one key) and `\r\n` (one Enter).
 */
function splitKeys(chunk) {
    // eslint-disable-next-line no-control-regex
    return chunk.match(/\u001b\[[0-?]*[ -/]*[@-~]|\u001bO.|\u001b|\r\n|[\s\S]/gu) ?? [];
}
/** Control keys (and escape sequences) are not text: they are never added to a line. */
function isControl(key) {
    const code = key.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f;
}

// EXTERNAL MODULE: ./src/scanner/engine.ts + 16 modules
var engine = __webpack_require__(6054);
// EXTERNAL MODULE: ./src/scanner/sources/read-file.ts
var read_file = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/scanner/lines.ts
var scanner_lines = __webpack_require__(9533);
// EXTERNAL MODULE: ./src/scanner/redact.ts
var redact = __webpack_require__(1433);
;// CONCATENATED MODULE: ./src/cli/audit/context.ts



/** Lines shown before and after the secret. */
const AROUND = 3;
/** Shown lines are cut to this many characters (minified files have very long ones). */
const WIDTH = 160;
/** What a secret looks like when the scanner cannot place it: a long run without delimiters. */
const TOKEN_RUN = /[^\s"'`,;(){}[\]<>]{16,}/g;
/**
 * The lines around an entry in `text` (the current file), with every secret the scanner finds
 * in them replaced by its redacted form. When the entry's own secret cannot be placed, its
 * line is searched for a value with the entry's hash, and failing that every long token-like
 * run on it is masked: the view must never show a secret, even one the scanner does not know.
 */
function entryContext(text, entry, findings, siblings = []) {
    const index = new scanner_lines/* LineIndex */.r(text);
    const lineText = (number) => text.slice(index.startOf(number - 1), index.endOf(number - 1));
    // A final line break ends the last line; it does not start an empty one worth showing.
    const count = index.count - (/[\r\n]$/.test(text) ? 1 : 0);
    const located = locate(entry, findings);
    const focus = located?.line ?? entry.lineNumber;
    if (focus === undefined)
        return { lines: [], note: 'the baseline has no line number and the secret is not in the file' };
    if (focus > count)
        return { lines: [], note: `line ${focus} is past the end of the file (${count} lines)` };
    const last = Math.min(count, (located?.endLine ?? focus) + AROUND);
    // Other entries of the file whose secret the scanner misses still get their lines masked.
    const unplaced = siblings.filter((other) => other !== entry && locate(other, findings) === undefined);
    if (located === undefined && entry.lineNumber !== undefined)
        unplaced.push(entry);
    const lines = [];
    let hashPlaced = false;
    for (let number = Math.max(1, focus - AROUND); number <= last; number++) {
        const original = lineText(number);
        const spans = findingSpans(number, original, findings);
        for (const other of unplaced) {
            if (other.lineNumber !== number)
                continue;
            const fallback = fallbackSpans(original, other, spans);
            spans.push(...fallback.spans);
            if (other === entry)
                hashPlaced = fallback.byHash;
        }
        const masked = applySpans(original, spans);
        const anchor = spans.length > 0 ? Math.min(...spans.map((span) => span.start)) : 0;
        lines.push({ number, text: printable(clip(masked, anchor)), focus: number === focus });
    }
    let note;
    if (located === undefined)
        note = hashPlaced
            ? 'no detector finds this secret; its value was recognised by its hash'
            : 'the scanner does not find this secret on this line any more; long runs are masked';
    else if (entry.lineNumber !== undefined && located.line !== entry.lineNumber)
        note = `the baseline says line ${entry.lineNumber}; the secret is now on line ${located.line}`;
    return { lines, ...(located && { located }), ...(note !== undefined && { note }) };
}
/**
 * The finding that is this entry: same type and hash (or fingerprint), on the entry's line or
 * else the nearest one. The type is dropped as a last resort, since a baseline written by
 * another tool may name it differently.
 */
function locate(entry, findings) {
    const sameSecret = findings.filter((finding) => entry.fingerprint !== undefined
        ? finding.fingerprint === entry.fingerprint
        : finding.hashedSecret === entry.hashedSecret);
    const sameType = sameSecret.filter((finding) => finding.secretType === entry.type);
    const candidates = sameType.length > 0 ? sameType : sameSecret;
    const line = entry.lineNumber;
    if (line === undefined)
        return candidates[0];
    const distance = (finding) => line < finding.line ? finding.line - line : line > finding.endLine ? line - finding.endLine : 0;
    return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}
/** The parts of line `number` covered by findings: a redacted form where a secret starts. */
function findingSpans(number, line, findings) {
    return findings
        .filter((finding) => finding.line <= number && number <= finding.endLine)
        .map((finding) => ({
        start: finding.line === number ? finding.column - 1 : 0,
        end: finding.endLine === number ? finding.endColumn - 1 : line.length,
        replacement: finding.line === number ? finding.redacted : '…',
    }));
}
/**
 * Masks for a line whose secret the scanner does not place: a value hashing to the entry's
 * hash (detect-secrets found it with a rule we lack), else every long token-like run.
 */
function fallbackSpans(line, entry, taken) {
    const free = (start, end) => !taken.some((span) => span.start < end && start < span.end);
    const wanted = new Set([entry.hashedSecret, entry.fingerprint].filter((hash) => hash));
    for (const [start, end] of valueCandidates(line)) {
        if (free(start, end) && wanted.has((0,redact/* sha1Hex */.R)(line.slice(start, end))))
            return {
                spans: [{ start, end, replacement: (0,redact/* redactSecret */.Y)(line.slice(start, end)) }],
                byHash: true,
            };
    }
    const spans = [];
    for (const match of line.matchAll(TOKEN_RUN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (free(start, end))
            spans.push({ start, end, replacement: (0,redact/* redactSecret */.Y)(match[0]) });
    }
    return { spans, byHash: false };
}
/** Spans that may hold a value: quoted strings, delimiter-free runs, and their parts. */
function* valueCandidates(line) {
    for (const match of line.matchAll(/"([^"]+)"|'([^']+)'|`([^`]+)`/g))
        yield [match.index + 1, match.index + match[0].length - 1];
    for (const match of line.matchAll(/[^\s"'`,;(){}[\]<>]+/g)) {
        yield [match.index, match.index + match[0].length];
        for (const part of match[0].matchAll(/[^=:@/]+/g)) {
            const start = match.index + part.index;
            yield [start, start + part[0].length];
        }
    }
}
/** Replaces the spans, overlapping ones merged (the earliest keeps its replacement). */
function applySpans(line, spans) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const merged = [];
    for (const span of sorted) {
        const previous = merged[merged.length - 1];
        if (previous !== undefined && span.start < previous.end)
            previous.end = Math.max(previous.end, span.end);
        else
            merged.push({ ...span });
    }
    let out = '';
    let at = 0;
    for (const span of merged) {
        out += line.slice(at, span.start) + span.replacement;
        at = span.end;
    }
    return out + line.slice(at);
}
/** At most WIDTH characters of the (masked) line, centred near `anchor` when it is far in. */
function clip(line, anchor) {
    if (line.length <= WIDTH)
        return line;
    const start = Math.max(0, Math.min(anchor - WIDTH / 4, line.length - WIDTH));
    const end = start + WIDTH;
    return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

;// CONCATENATED MODULE: ./src/cli/audit/worktree.ts





/** Files above this size are not shown (the scan's default cap). */
const MAX_FILE_SIZE = 10 * 1024 * 1024;
/**
 * Shows entries from the current work tree under `root`: each file is read and scanned once,
 * with every built-in detector (off-by-default ones too), so that any secret near the entry is
 * masked as well. `entriesOf` gives the file's other entries, whose lines are masked too.
 */
function workTreeViewer(root, entriesOf) {
    let scanner;
    const cache = new Map();
    const scan = (file) => {
        const absolute = (0,external_node_path_.resolve)(root, file);
        const inside = (0,external_node_path_.relative)(root, absolute);
        // A baseline is data from the repository: a path leaving the root is not followed.
        if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            return 'unreadable';
        const read = (0,read_file/* readForScan */.fr)(absolute, MAX_FILE_SIZE);
        if (read.kind === 'missing')
            return 'missing';
        if (read.kind === 'skipped')
            return read.reason;
        scanner ??= new engine/* SecretScanner */.Jq(detectors/* builtinDetectors */.PU);
        return { text: read.text, findings: scanner.scanText(read.text, file).findings };
    };
    return (entry) => {
        let scanned = cache.get(entry.filename);
        if (scanned === undefined)
            cache.set(entry.filename, (scanned = scan(entry.filename)));
        if (typeof scanned === 'string')
            return scanned;
        return entryContext(scanned.text, entry, scanned.findings, entriesOf(entry.filename));
    };
}

// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
;// CONCATENATED MODULE: ./src/cli/commands/audit.ts












/**
 * `secrets-action audit BASELINE`: labels entries interactively in a terminal, or reports
 * (`--report`) and counts (`--stats`) them for CI. `terminal` is the process's own unless a
 * test passes a scripted one.
 */
async function auditCommand(argv, io, terminal = processTerminal()) {
    const options = parseAuditOptions(argv);
    if (options.help) {
        io.stdout(help/* auditHelp */.tT);
        return errors/* ExitCode */.yU.clean;
    }
    if (options.mode === 'interactive' && !terminal.interactive) {
        throw new errors/* UsageError */.eb('audit labels entries interactively and needs a terminal (standard input and output); ' +
            'in CI or a pipe use `--report` or `--stats`.');
    }
    const path = (0,external_node_path_.resolve)(io.cwd, options.baseline);
    // A broken baseline throws BaselineError here, before anything could write to it.
    const baseline = await (0,scanner_baseline/* readBaseline */.mF)(path, options.baseline);
    if (baseline === undefined) {
        throw new errors/* UsageError */.eb(`${options.baseline} does not exist; create it with ` +
            `\`secrets-action scan --baseline ${options.baseline}\``);
    }
    const now = new Date();
    if (options.mode === 'report') {
        const rows = reportRows(baseline, options.only, now);
        io.stdout(options.json ? formatReportJson(options.baseline, rows) : formatReportTable(rows));
    }
    else if (options.mode === 'stats') {
        const stats = auditStats(baseline, now);
        io.stdout(options.json ? formatStatsJson(options.baseline, stats) : formatStatsTable(stats));
    }
    else {
        await interactive(baseline, path, options, io, terminal, now);
    }
    return errors/* ExitCode */.yU.clean;
}
async function interactive(baseline, path, options, io, terminal, now) {
    const every = allEntries(baseline);
    const unlabelled = every.filter((entry) => labelOf(entry) === 'unaudited');
    const entries = options.all
        ? [...unlabelled, ...every.filter((entry) => labelOf(entry) !== 'unaudited')]
        : unlabelled;
    if (entries.length === 0) {
        io.stdout(every.length === 0
            ? `${options.baseline} has no entries: nothing to audit.\n`
            : `Every entry of ${options.baseline} is labelled; \`--all\` walks them again.\n`);
        return;
    }
    // Baseline paths are relative to the repository root, where the baseline usually sits.
    const directory = (0,external_node_path_.dirname)(path);
    const root = (await (0,git/* findGitRoot */.k)(directory)) ?? directory;
    const show = workTreeViewer(root, (file) => baseline.results.get(file) ?? []);
    const input = terminal.open();
    try {
        await runAuditSession({
            baseline,
            entries,
            input,
            write: io.stdout,
            save: (next) => (0,scanner_baseline/* writeBaselineAtomic */.k0)(path, next, options.baseline),
            show,
            now,
        });
    }
    finally {
        input.close();
    }
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

/***/ 8429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ alignRow),
/* harmony export */   Q4: () => (/* binding */ columnWidths),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
/** The width of each column: its widest cell, header included. */
function columnWidths(header, rows) {
    return header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
}
/** One row laid out in columns two spaces apart; the last column is not padded. */
function alignRow(cells, widths) {
    return cells
        .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd();
}
/** Lays rows out in columns two spaces apart under their header; ends with a newline. */
function formatTable(header, rows) {
    const widths = columnWidths(header, rows);
    return [header, ...rows].map((row) => alignRow(row, widths)).join('\n') + '\n';
}


/***/ })

};
