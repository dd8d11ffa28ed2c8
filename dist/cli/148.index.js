export const id = 148;
export const ids = [148];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(356);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);


/**
 * Parses a command's arguments strictly (a misspelt option is an error, not a file name) and
 * turns parseArgs' own errors into a UsageError that points at the command's `--help`.
 */
function parseCommandArgs(command, argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options,
        });
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error.message}\nRun \`secrets-action ${command} --help\` for the options.`);
    }
}


/***/ }),

/***/ 1420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $_: () => (/* reexport */ compareWithBaseline),
  Yn: () => (/* reexport */ entryMatches),
  v8: () => (/* reexport */ exclusionsFromBaseline),
  _d: () => (/* reexport */ isExpired),
  f9: () => (/* reexport */ mergeBaselines),
  nk: () => (/* reexport */ parseBaseline),
  mF: () => (/* reexport */ readBaseline),
  ky: () => (/* reexport */ serializeBaseline),
  Rz: () => (/* reexport */ updateBaseline),
  k0: () => (/* reexport */ writeBaselineAtomic)
});

// UNUSED EXPORTS: BASELINE_VERSION, compareEntries, defaultFiltersUsed, defaultPluginsUsed, entryFor, formatGeneratedAt, matchFile, regenerateHint, translatePythonRegex

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/scanner/baseline/json.ts
/**
 * JSON as Python's `json` module reads and writes it: a parser that remembers which numbers were
 * written as floats (`3.0` must come back as `3.0`, `3` as `3`), and a writer that matches
 * `json.dumps(obj, indent=2)` byte for byte (ASCII only, Python float repr, code-point key order
 * left to the caller).
 */
/**
 * Marks the keys of an object (or indexes of an array) whose number values are Python floats.
 * A symbol property survives object spread, and `JSON.stringify` ignores it.
 */
const floatKeys = Symbol('python float keys');
/** Marks `keys` of `target` as holding floats, and returns it. */
function markFloats(target, ...keys) {
    const previous = target[floatKeys] ?? [];
    target[floatKeys] = [...previous, ...keys];
    return target;
}
/** Where JSON text is not valid: a message with the line and column. */
class JsonSyntaxError extends Error {
    name = 'JsonSyntaxError';
}
/** Parses JSON text; numbers written with a fraction or exponent are marked as floats. */
function parsePythonJson(text) {
    const parser = new Parser(text);
    parser.space();
    const value = parser.value();
    parser.space();
    if (parser.pos < text.length)
        parser.fail('unexpected text after the JSON value');
    return value;
}
class Parser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    fail(message) {
        const before = this.text.slice(0, this.pos);
        const line = before.split('\n').length;
        const column = this.pos - before.lastIndexOf('\n');
        throw new JsonSyntaxError(`${message} at line ${line}, column ${column}`);
    }
    space() {
        while (/[ \t\n\r]/.test(this.text[this.pos] ?? ''))
            this.pos++;
    }
    value() {
        const c = this.text[this.pos];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"')
            return this.string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return this.number().value;
        for (const [word, value] of [
            ['true', true],
            ['false', false],
            ['null', null],
        ]) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return value;
            }
        }
        return this.fail(c === undefined ? 'unexpected end of the file' : `unexpected '${c}'`);
    }
    object() {
        const result = {};
        const floats = [];
        this.pos++;
        this.space();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return result;
        }
        for (;;) {
            this.space();
            if (this.text[this.pos] !== '"')
                this.fail('expected a quoted key');
            const key = this.string();
            this.space();
            if (this.text[this.pos] !== ':')
                this.fail("expected ':'");
            this.pos++;
            this.space();
            if (this.isNumberStart()) {
                const { value, float } = this.number();
                if (float)
                    floats.push(key);
                result[key] = value;
            }
            else {
                result[key] = this.value();
            }
            if (this.endOf('}'))
                break;
        }
        return floats.length > 0 ? markFloats(result, ...floats) : result;
    }
    array() {
        const result = [];
        const floats = [];
        this.pos++;
        this.space();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return result;
        }
        for (;;) {
            this.space();
            if (this.isNumberStart()) {
                const { value, float } = this.number();
                if (float)
                    floats.push(String(result.length));
                result.push(value);
            }
            else {
                result.push(this.value());
            }
            if (this.endOf(']'))
                break;
        }
        return floats.length > 0 ? markFloats(result, ...floats) : result;
    }
    /** After a member: true at the closing bracket, false after a comma. */
    endOf(close) {
        this.space();
        const c = this.text[this.pos];
        this.pos++;
        if (c === close)
            return true;
        if (c === ',')
            return false;
        return this.fail(`expected ',' or '${close}'`);
    }
    isNumberStart() {
        const c = this.text[this.pos];
        return c === '-' || (c !== undefined && c >= '0' && c <= '9');
    }
    number() {
        const match = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
        if (match === null)
            return this.fail('invalid number');
        this.pos += match[0].length;
        return { value: Number(match[0]), float: match[1] !== undefined || match[2] !== undefined };
    }
    string() {
        const start = this.pos;
        this.pos++;
        let out = '';
        for (;;) {
            const c = this.text[this.pos];
            if (c === undefined) {
                this.pos = start;
                this.fail('unterminated string');
            }
            if (c === '"') {
                this.pos++;
                return out;
            }
            if (c < ' ')
                this.fail('control character in a string');
            if (c !== '\\') {
                out += c;
                this.pos++;
                continue;
            }
            const e = this.text[this.pos + 1];
            const simple = {
                '"': '"',
                '\\': '\\',
                '/': '/',
                b: '\b',
                f: '\f',
                n: '\n',
                r: '\r',
                t: '\t',
            };
            if (e !== undefined && e in simple) {
                out += simple[e];
                this.pos += 2;
            }
            else if (e === 'u' &&
                /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
                out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
                this.pos += 6;
            }
            else {
                this.fail('invalid escape in a string');
            }
        }
    }
}
/** Writes a value as Python's `json.dumps(value, indent=2)` does (no trailing newline). */
function dumpsPython(value, indent = '') {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return pythonNumber(value, false);
    if (typeof value === 'string')
        return pythonString(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        const floats = new Set(value[floatKeys] ?? []);
        const items = value.map((item, index) => typeof item === 'number'
            ? pythonNumber(item, floats.has(String(index)))
            : dumpsPython(item, inner));
        return `[\n${items.map((item) => inner + item).join(',\n')}\n${indent}]`;
    }
    const floats = new Set(value[floatKeys] ?? []);
    const entries = value instanceof Map
        ? [...value.entries()]
        : Object.entries(value);
    const present = entries.filter(([, item]) => item !== undefined);
    if (present.length === 0)
        return '{}';
    const members = present.map(([key, item]) => {
        const text = typeof item === 'number' ? pythonNumber(item, floats.has(key)) : dumpsPython(item, inner);
        return `${inner}${pythonString(key)}: ${text}`;
    });
    return `{\n${members.join(',\n')}\n${indent}}`;
}
/** A JSON string with every character outside printable ASCII escaped, as `ensure_ascii` does. */
function pythonString(value) {
    return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A number as Python writes it: ints as ints, floats by `repr` (`3.0`, `4.5`, `1e-05`). */
function pythonNumber(value, float) {
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    if (!float && Number.isInteger(value))
        return String(value);
    // Shortest round-trip digits, then Python's rule: exponent form below 1e-4 or from 1e16.
    const [mantissa = '0', exp = '0'] = value.toExponential().split('e');
    const exponent = Number(exp);
    const negative = mantissa.startsWith('-');
    const digits = mantissa.replace('-', '').replace('.', '');
    const sign = negative ? '-' : '';
    if (exponent < -4 || exponent >= 16) {
        const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const expText = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
        return `${sign}${head}e${expText}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1) || '0';
    return `${sign}${whole}.${fraction}`;
}
/** Compares strings by Unicode code point, as Python sorts `str` (JS compares UTF-16 units). */
function compareCodePoints(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A surrogate (a code point above U+FFFF) sorts after every BMP unit from U+E000 up.
        const rank = (unit) => unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;
        return rank(x) - rank(y);
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./src/scanner/baseline/defaults.ts

/** The detect-secrets release whose layout the writer reproduces. */
const BASELINE_VERSION = '1.5.0';
const defaultPlugins = [
    'ArtifactoryDetector',
    'AWSKeyDetector',
    'AzureStorageKeyDetector',
    'Base64HighEntropyString',
    'BasicAuthDetector',
    'CloudantDetector',
    'DiscordBotTokenDetector',
    'GitHubTokenDetector',
    'GitLabTokenDetector',
    'HexHighEntropyString',
    'IbmCloudIamDetector',
    'IbmCosHmacDetector',
    'IPPublicDetector',
    'JwtTokenDetector',
    'KeywordDetector',
    'MailchimpDetector',
    'NpmDetector',
    'OpenAIDetector',
    'PrivateKeyDetector',
    'PypiTokenDetector',
    'SendGridDetector',
    'SlackDetector',
    'SoftlayerDetector',
    'SquareOAuthDetector',
    'StripeDetector',
    'TelegramBotTokenDetector',
    'TwilioKeyDetector',
];
/**
 * detect-secrets 1.5.0's default `plugins_used`: a baseline we create lists them, so that
 * detect-secrets (still run by some of a team) scans with its full plugin set.
 */
function defaultPluginsUsed() {
    return defaultPlugins.map((name) => {
        if (name === 'Base64HighEntropyString')
            return markFloats({ name, limit: 4.5 }, 'limit');
        if (name === 'HexHighEntropyString')
            return markFloats({ name, limit: 3 }, 'limit');
        if (name === 'KeywordDetector')
            return { name, keyword_exclude: '' };
        return { name };
    });
}
const filterPrefix = 'detect_secrets.filters.';
/** The filters detect-secrets 1.5.0 always runs and writes (0.x baselines upgrade to these). */
const defaultFilterPaths = [
    'allowlist.is_line_allowlisted',
    'common.is_ignored_due_to_verification_policies',
    'heuristic.is_indirect_reference',
    'heuristic.is_likely_id_string',
    'heuristic.is_lock_file',
    'heuristic.is_not_alphanumeric_string',
    'heuristic.is_potential_uuid',
    'heuristic.is_prefixed_with_dollar_sign',
    'heuristic.is_sequential_string',
    'heuristic.is_swagger_file',
    'heuristic.is_templated_secret',
];
/** The `path` of detect-secrets' filter that skips the baseline file itself. */
const BASELINE_FILE_FILTER = `${filterPrefix}common.is_baseline_file`;
/** detect-secrets' regex filters, as `--exclude-files/lines/secrets` store them. */
const EXCLUDE_FILE_FILTER = `${filterPrefix}regex.should_exclude_file`;
const EXCLUDE_LINE_FILTER = `${filterPrefix}regex.should_exclude_line`;
const EXCLUDE_SECRET_FILTER = `${filterPrefix}regex.should_exclude_secret`;
/**
 * detect-secrets 1.5.0's default `filters_used`, with `is_baseline_file` naming `baselineFile`
 * (POSIX, relative to the root) when given, as `scan --baseline` writes it.
 */
function defaultFiltersUsed(baselineFile) {
    const filters = defaultFilterPaths.map((path) => path.endsWith('verification_policies')
        ? { path: filterPrefix + path, min_level: 2 }
        : { path: filterPrefix + path });
    if (baselineFile !== undefined)
        filters.splice(1, 0, { path: BASELINE_FILE_FILTER, filename: baselineFile });
    return filters;
}

;// CONCATENATED MODULE: ./src/scanner/baseline/read.ts




/** The command that writes a fresh baseline, quoted in every error about one. */
function regenerateHint(source) {
    return `resolve the conflict, or delete it and run \`secrets-action scan --baseline ${source}\``;
}
/** Lines git writes around a conflict (`|||||||` with `merge.conflictStyle diff3`). */
const conflictMarker = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/;
/**
 * Parses a baseline written by any detect-secrets from 0.11 to 1.6 (or by us) into the model;
 * 0.x layouts are upgraded as detect-secrets 1.5.0 upgrades them. Throws `BaselineError` for
 * merge-conflict markers, invalid JSON or a shape that is not a baseline.
 */
function parseBaseline(text, source) {
    const body = text.startsWith('\ufeff') ? text.slice(1) : text;
    const conflicts = body
        .split(/\r\n|\n|\r/)
        .flatMap((line, index) => (conflictMarker.test(line) ? [index + 1] : []));
    if (conflicts.length > 0) {
        throw new errors/* BaselineError */.s$(`${source} has unresolved merge-conflict markers (line ${conflicts.join(', ')}); ` +
            `${regenerateHint(source)} to regenerate it. It was left unchanged.`, source);
    }
    let json;
    try {
        json = parsePythonJson(body);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        throw new errors/* BaselineError */.s$(`${source} is not valid JSON (${error.message}); fix it, or delete it and run ` +
            `\`secrets-action scan --baseline ${source}\` to regenerate it. It was left unchanged.`, source);
    }
    return toBaseline(json, source);
}
/** Reads and parses a baseline file; undefined when it does not exist. */
async function readBaseline(path, source = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new errors/* BaselineError */.s$(`cannot read the baseline ${source} (${code ?? error})`, source);
    }
    return parseBaseline(text, source);
}
const knownTopKeys = new Set([
    'version',
    'plugins_used',
    'filters_used',
    'results',
    'generated_at',
]);
/** 0.x keys that the upgrade turns into `filters_used`. */
const upgradedTopKeys = new Set(['exclude', 'exclude_regex', 'custom_plugin_paths', 'word_list']);
function toBaseline(json, source) {
    const invalid = (what) => {
        throw new errors/* BaselineError */.s$(`${source} is not a detect-secrets baseline: ${what}; fix it, or delete it and run ` +
            `\`secrets-action scan --baseline ${source}\` to regenerate it. It was left unchanged.`, source);
    };
    if (!isObject(json))
        return invalid('the top level is not an object');
    const version = json.version ?? '';
    if (typeof version !== 'string')
        return invalid('"version" is not a string');
    const old = /^0\./.test(version);
    const plugins = json.plugins_used ?? [];
    if (!Array.isArray(plugins) || !plugins.every(isObject))
        return invalid('"plugins_used" is not a list of objects');
    const filters = json.filters_used ?? (old ? undefined : []);
    if (filters !== undefined && (!Array.isArray(filters) || !filters.every(isObject)))
        return invalid('"filters_used" is not a list of objects');
    const results = json.results ?? {};
    if (!isObject(results))
        return invalid('"results" is not an object');
    const generatedAt = json.generated_at;
    if (generatedAt !== undefined && typeof generatedAt !== 'string')
        return invalid('"generated_at" is not a string');
    const map = new Map();
    for (const [file, list] of Object.entries(results)) {
        if (!Array.isArray(list))
            return invalid(`the results of ${file} are not a list`);
        map.set(file, list.map((raw, index) => toEntry(raw, file, (what) => invalid(`${file} #${index + 1}: ${what}`))));
    }
    const extra = {};
    for (const [key, value] of Object.entries(json)) {
        if (knownTopKeys.has(key) || (old && upgradedTopKeys.has(key)))
            continue;
        extra[key] = value;
    }
    return {
        version,
        pluginsUsed: old ? plugins.map(upgradePlugin) : plugins,
        filtersUsed: filters ?? upgradeFilters(json),
        results: map,
        ...(generatedAt !== undefined && { generatedAt }),
        ...(Object.keys(extra).length > 0 && { extra }),
    };
}
const entryKeys = new Set([
    'type',
    'filename',
    'hashed_secret',
    'is_verified',
    'line_number',
    'is_secret',
    'reason',
    'owner',
    'expires',
    'fingerprint',
]);
function toEntry(raw, file, invalid) {
    if (!isObject(raw))
        return invalid('not an object');
    const { type, hashed_secret: hash, is_verified: verified, line_number: line } = raw;
    if (typeof type !== 'string')
        return invalid('"type" is not a string');
    if (typeof hash !== 'string')
        return invalid('"hashed_secret" is not a string');
    if (verified !== undefined && typeof verified !== 'boolean')
        return invalid('"is_verified" is not true or false');
    if (line !== undefined && line !== null && !(Number.isInteger(line) && line >= 0))
        return invalid('"line_number" is not a whole number');
    const isSecret = raw.is_secret;
    if (isSecret !== undefined && isSecret !== null && typeof isSecret !== 'boolean')
        return invalid('"is_secret" is not true, false or null');
    const text = (key) => {
        const value = raw[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            return invalid(`"${key}" is not a string`);
        return value;
    };
    const filename = text('filename') ?? file;
    const expires = text('expires');
    if (expires !== undefined && Number.isNaN(Date.parse(expires)))
        return invalid(`"expires" is not a date (YYYY-MM-DD): ${JSON.stringify(expires)}`);
    const extra = {};
    for (const [key, value] of Object.entries(raw))
        if (!entryKeys.has(key))
            extra[key] = value;
    const floats = raw[floatKeys]?.filter((key) => !entryKeys.has(key)) ?? [];
    if (floats.length > 0)
        extra[floatKeys] = floats;
    const reason = text('reason');
    const owner = text('owner');
    const fingerprint = text('fingerprint');
    return {
        type,
        filename,
        hashedSecret: hash,
        isVerified: verified ?? false,
        ...(typeof line === 'number' && line > 0 && { lineNumber: line }),
        ...(typeof isSecret === 'boolean' && { isSecret }),
        ...(reason !== undefined && { reason }),
        ...(owner !== undefined && { owner }),
        ...(expires !== undefined && { expires }),
        ...(fingerprint !== undefined && { fingerprint }),
        ...(Object.keys(extra).length > 0 && { extra }),
    };
}
/** 0.x plugin options as 1.x names them: `base64_limit`/`hex_limit` become `limit`, name first. */
function upgradePlugin(plugin) {
    const upgraded = { name: plugin.name };
    const floats = [];
    const oldFloats = new Set(plugin[floatKeys] ?? []);
    for (const [key, value] of Object.entries(plugin)) {
        if (key === 'name')
            continue;
        const renamed = key === 'base64_limit' || key === 'hex_limit' ? 'limit' : key;
        // detect-secrets 1.x writes an unset keyword exclusion as "".
        upgraded[renamed] = key === 'keyword_exclude' && value === null ? '' : value;
        if (oldFloats.has(key))
            floats.push(renamed);
    }
    // 1.x always writes the keyword exclusion, "" when unset.
    if (plugin.name === 'KeywordDetector')
        upgraded.keyword_exclude ??= '';
    if (floats.length > 0)
        upgraded[floatKeys] = floats;
    return upgraded;
}
/** 0.x `exclude` / `exclude_regex` as the 1.x regex filters, after the defaults. */
function upgradeFilters(json) {
    const filters = defaultFiltersUsed();
    const exclude = isObject(json.exclude) ? json.exclude : {};
    const files = exclude.files ?? json.exclude_regex;
    if (typeof files === 'string' && files.length > 0)
        filters.push({ path: EXCLUDE_FILE_FILTER, pattern: [files] });
    if (typeof exclude.lines === 'string' && exclude.lines.length > 0)
        filters.push({ path: EXCLUDE_LINE_FILTER, pattern: [exclude.lines] });
    return filters;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/scanner/baseline/write.ts





/**
 * The file's bytes as detect-secrets 1.5.0 writes them (`json.dumps(obj, indent=2)` + "\n"):
 * canonical key order, plugins and filters sorted case-insensitively, files by code point,
 * entries by (line, hash, type). Our own keys follow detect-secrets' in each entry.
 */
function serializeBaseline(baseline) {
    const top = new Map([
        ['version', baseline.version],
        ['plugins_used', sortedBy(baseline.pluginsUsed, 'name')],
        ['filters_used', sortedBy(baseline.filtersUsed, 'path')],
        ['results', resultsObject(baseline.results)],
    ]);
    for (const [key, value] of Object.entries(baseline.extra ?? {}))
        if (!top.has(key))
            top.set(key, value);
    if (baseline.generatedAt !== undefined)
        top.set('generated_at', baseline.generatedAt);
    return `${dumpsPython(top)}\n`;
}
/** Entries in the order detect-secrets writes them within a file. */
function compareEntries(a, b) {
    return ((a.lineNumber ?? 0) - (b.lineNumber ?? 0) ||
        compareCodePoints(a.hashedSecret, b.hashedSecret) ||
        compareCodePoints(a.type, b.type) ||
        compareCodePoints(a.fingerprint ?? '', b.fingerprint ?? ''));
}
/** The `generated_at` form detect-secrets writes: UTC, `%Y-%m-%dT%H:%M:%SZ`. */
function formatGeneratedAt(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
function resultsObject(results) {
    const files = [...results.keys()].sort(compareCodePoints);
    const out = new Map();
    for (const file of files) {
        const entries = results.get(file) ?? [];
        // A file with no findings is absent, never `[]`.
        if (entries.length === 0)
            continue;
        // A slim baseline (no line numbers) was sorted by line before they were dropped: its order
        // cannot be recomputed, so it is kept as read.
        const slim = entries.every((entry) => entry.lineNumber === undefined);
        out.set(file, (slim ? entries : [...entries].sort(compareEntries)).map(entryObject));
    }
    return out;
}
function entryObject(entry) {
    const out = new Map([
        ['type', entry.type],
        ['filename', entry.filename],
        ['hashed_secret', entry.hashedSecret],
        ['is_verified', entry.isVerified],
    ]);
    if (entry.lineNumber !== undefined && entry.lineNumber > 0)
        out.set('line_number', entry.lineNumber);
    if (entry.isSecret !== undefined)
        out.set('is_secret', entry.isSecret);
    if (entry.reason !== undefined)
        out.set('reason', entry.reason);
    if (entry.owner !== undefined)
        out.set('owner', entry.owner);
    if (entry.expires !== undefined)
        out.set('expires', entry.expires);
    if (entry.fingerprint !== undefined)
        out.set('fingerprint', entry.fingerprint);
    const floats = entry.extra?.[floatKeys];
    for (const [key, value] of Object.entries(entry.extra ?? {}))
        if (!out.has(key))
            out.set(key, value);
    if (floats !== undefined)
        out[floatKeys] = floats;
    return out;
}
/** A stable sort by the lower-cased string key, as detect-secrets sorts plugins and filters. */
function sortedBy(list, key) {
    const name = (item) => String(item[key] ?? '').toLowerCase();
    return [...list].sort((a, b) => compareCodePoints(name(a), name(b)));
}
/**
 * Writes a baseline atomically: a temp file in the same directory, flushed to disk, then renamed
 * over the target, so that a crash or a concurrent reader never sees half a file. The target's
 * permissions are kept.
 */
async function writeBaselineAtomic(path, baseline, source = path) {
    const text = serializeBaseline(baseline);
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        const mode = await (0,promises_.stat)(path).then((info) => info.mode & 0o7777, () => undefined);
        if (mode !== undefined)
            await (0,promises_.chmod)(temp, mode);
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        const code = error.code ?? String(error);
        throw new errors/* BaselineError */.s$(`cannot write the baseline ${source} (${code})`, source);
    }
}

;// CONCATENATED MODULE: ./src/scanner/baseline/match.ts
/**
 * Matches findings to baseline entries by content, never by line: (file, type, and the entry's
 * `fingerprint` when it has one, else `hashed_secret`). Each occurrence counts: k entries of one
 * identity cover at most k findings of it in that file, so a second copy of a secret is new.
 * detect-secrets entries (no fingerprint) keep its quirk: an entry hashing a GitHub token's
 * prefix covers any such token of that file, up to the count.
 */
function compareWithBaseline(findings, baseline, options) {
    const result = { unknown: [], known: [], expired: [], stale: [] };
    const byFile = new Map();
    for (const finding of findings) {
        const list = byFile.get(finding.file);
        if (list === undefined)
            byFile.set(finding.file, [finding]);
        else
            list.push(finding);
    }
    const scanned = options.files === undefined ? undefined : new Set(options.files);
    const files = new Set([...byFile.keys(), ...baseline.results.keys()]);
    for (const file of files) {
        const entries = baseline.results.get(file) ?? [];
        const { matched, unmatchedFindings, unmatchedEntries } = matchFile(byFile.get(file) ?? [], entries);
        result.unknown.push(...unmatchedFindings);
        for (const pair of matched) {
            if (isExpired(pair[1], options.now))
                result.expired.push(pair);
            else
                result.known.push(pair);
        }
        if (scanned === undefined || scanned.has(file))
            result.stale.push(...unmatchedEntries);
    }
    return result;
}
/** Whether an entry's `expires` date has passed (a date alone means midnight UTC of that day). */
function isExpired(entry, now) {
    if (entry.expires === undefined)
        return false;
    const time = Date.parse(entry.expires);
    return Number.isNaN(time) || time <= now.getTime();
}
/** Whether an entry of a finding's file covers it: same type, same fingerprint or hash. */
function entryMatches(entry, finding) {
    if (entry.type !== finding.secretType)
        return false;
    return entry.fingerprint !== undefined
        ? entry.fingerprint === finding.fingerprint
        : entry.hashedSecret === finding.hashedSecret;
}
/** The matching within one file; pure, used by both the comparison and the update. */
function matchFile(findings, entries) {
    const free = new Set(entries);
    const matched = [];
    let pending = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
    // Fingerprinted entries first: they name one secret exactly, while a detect-secrets entry
    // may stand for several. Within a pass, the closest pairs by line are taken first, so that a
    // label stays with its own occurrence and the copy reported as new is the added one.
    for (const exact of [true, false]) {
        const pairs = [];
        for (const finding of pending)
            for (const entry of free)
                if ((entry.fingerprint !== undefined) === exact && entryMatches(entry, finding))
                    pairs.push({ finding, entry, distance: distance(entry, finding) });
        pairs.sort((a, b) => a.distance - b.distance || a.finding.line - b.finding.line);
        const taken = new Set();
        for (const pair of pairs) {
            if (taken.has(pair.finding) || !free.has(pair.entry))
                continue;
            taken.add(pair.finding);
            free.delete(pair.entry);
            matched.push([pair.finding, pair.entry]);
        }
        pending = pending.filter((finding) => !taken.has(finding));
    }
    const unmatchedFindings = pending;
    unmatchedFindings.sort((a, b) => a.line - b.line || a.column - b.column);
    return { matched, unmatchedFindings, unmatchedEntries: [...free] };
}
function distance(entry, finding) {
    return entry.lineNumber === undefined
        ? Number.MAX_SAFE_INTEGER
        : Math.abs(entry.lineNumber - finding.line);
}

;// CONCATENATED MODULE: ./src/scanner/baseline/update.ts



/**
 * Brings a baseline up to date with a scan: entries keep their labels, reason, owner and expiry
 * (matched by content, as `compareWithBaseline` does) and take the finding's current line;
 * entries whose secret is gone from a scanned file, or whose file no longer exists, are dropped;
 * new findings are added. The plugin and filter lists of an existing file are kept.
 */
function updateBaseline(previous, findings, scannedFiles, options) {
    const scanned = new Set(scannedFiles);
    const byFile = new Map();
    for (const finding of findings) {
        scanned.add(finding.file);
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    }
    // A `--slim` baseline (no line numbers anywhere) stays slim, ordered as detect-secrets
    // orders it: by line, then without the lines.
    const previousEntries = [...(previous?.results.values() ?? [])].flat();
    const slim = previousEntries.length > 0 && previousEntries.every((entry) => entry.lineNumber === undefined);
    const results = new Map();
    const added = [];
    const addedFindings = [];
    const removed = [];
    const keep = (file, entries) => {
        if (entries.length > 0)
            results.set(file, entries);
    };
    for (const [file, entries] of previous?.results ?? []) {
        if (scanned.has(file))
            continue;
        if (options.fileExists(file))
            keep(file, entries);
        else
            removed.push(...entries);
    }
    for (const file of scanned) {
        const { matched, unmatchedFindings, unmatchedEntries } = matchFile(byFile.get(file) ?? [], previous?.results.get(file) ?? []);
        removed.push(...unmatchedEntries);
        const entries = matched.map(([finding, entry]) => refreshed(entry, finding));
        const fresh = unmatchedFindings.map(entryFor);
        added.push(...fresh);
        addedFindings.push(...unmatchedFindings);
        keep(file, slim ? slimmed([...entries, ...fresh]) : [...entries, ...fresh]);
    }
    const now = options.now ?? new Date();
    const generatedAt = options.timestamp ? formatGeneratedAt(now) : previous?.generatedAt;
    const baseline = {
        version: BASELINE_VERSION,
        pluginsUsed: previous?.pluginsUsed ?? defaultPluginsUsed(),
        filtersUsed: previous?.filtersUsed ?? defaultFiltersUsed(options.baselineFile),
        results,
        ...(generatedAt !== undefined && { generatedAt }),
        ...(previous?.extra !== undefined && { extra: previous.extra }),
    };
    return { baseline, added, removed, addedFindings };
}
function slimmed(entries) {
    return entries.sort(compareEntries).map(({ lineNumber: _line, ...entry }) => entry);
}
/** A new entry for a finding; the fingerprint only where the hash covers part of the secret. */
function entryFor(finding) {
    return {
        type: finding.secretType,
        filename: finding.file,
        hashedSecret: finding.hashedSecret,
        isVerified: false,
        lineNumber: finding.line,
        ...(finding.fingerprint !== finding.hashedSecret && { fingerprint: finding.fingerprint }),
    };
}
/** A kept entry at the finding's current line, its labels untouched. */
function refreshed(entry, finding) {
    // A detect-secrets entry of a prefix-hashed token gains the fingerprint of the token it
    // matched, so that from now on it covers that token only.
    const fingerprint = entry.fingerprint ??
        (finding.fingerprint !== finding.hashedSecret ? finding.fingerprint : undefined);
    return {
        ...entry,
        filename: finding.file,
        lineNumber: finding.line,
        ...(fingerprint !== undefined && { fingerprint }),
    };
}

;// CONCATENATED MODULE: ./src/scanner/baseline/exclusions.ts


const filters = [
    { key: 'files', path: EXCLUDE_FILE_FILTER, option: '--exclude-files' },
    { key: 'lines', path: EXCLUDE_LINE_FILTER, option: '--exclude-lines' },
    { key: 'secrets', path: EXCLUDE_SECRET_FILTER, option: '--exclude-secrets' },
];
/**
 * Reads and compiles the exclusion patterns a baseline stores. Throws `BaselineError` naming
 * the pattern when one is not a string or cannot be expressed as a JavaScript regex. A secret
 * pattern is named by its position only: it may be a literal secret.
 */
function exclusionsFromBaseline(baseline, source) {
    const result = { files: [], lines: [], secrets: [] };
    for (const { key, path, option } of filters) {
        const patterns = baseline.filtersUsed
            .filter((filter) => filter.path === path)
            .flatMap((filter) => {
            const pattern = filter.pattern;
            if (typeof pattern === 'string')
                return [pattern];
            if (Array.isArray(pattern) && pattern.every((item) => typeof item === 'string'))
                return pattern;
            throw new errors/* BaselineError */.s$(`${source}: the "pattern" of the filter ${path} is not a list of strings; fix it, ` +
                `or delete it and run \`secrets-action scan --baseline ${source}\` to regenerate it`, source);
        });
        for (const [index, pattern] of patterns.entries()) {
            const translated = translatePythonRegex(pattern);
            if ('regex' in translated) {
                result[key].push(translated.regex);
                continue;
            }
            const named = key === 'secrets'
                ? `pattern ${index + 1} of its ${option} patterns (filter ${path})`
                : `${option} pattern ${JSON.stringify(pattern)} (filter ${path})`;
            throw new errors/* BaselineError */.s$(`${source}: the ${named} cannot be used: ${translated.problem}. Rewrite it in the ` +
                `baseline's "filters_used" as a regex that Python and JavaScript read alike.`, source);
        }
    }
    return result;
}
/** Python's global inline flags, as JavaScript flags ('' = nothing to do in JavaScript). */
const flagMap = { i: 'i', m: 'm', s: 's', u: '', a: '' };
/**
 * Translates a Python `re` pattern (as detect-secrets compiles it, no flags) to JavaScript:
 * leading `(?imsua)` become flags, `(?P<name>` / `(?P=name)` become `(?<name>` / `\k<name>`,
 * `\A` / `\Z` become lookarounds, `(?#…)` comments go, `{,n}` becomes `{0,n}`, and a `]` first
 * in a class stays literal. What JavaScript cannot express (verbose or locale mode, scoped
 * or late flags on Node without modifiers, atomic groups, possessive quantifiers) is a problem.
 */
function translatePythonRegex(pattern) {
    let flags = '';
    let rest = pattern;
    for (let match = /^\(\?([a-zA-Z]+)\)/.exec(rest); match; match = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
        for (const flag of match[1] ?? '') {
            const mapped = flagMap[flag];
            if (mapped === undefined)
                return { problem: `the inline flag (?${flag}) has no JavaScript equivalent` };
            if (!flags.includes(mapped))
                flags += mapped;
        }
        rest = rest.slice(match[0].length);
    }
    let out = '';
    let inClass = false;
    for (let i = 0; i < rest.length; i++) {
        const char = rest[i];
        const next = rest[i + 1];
        if (char === '\\') {
            if (next === undefined)
                return { problem: 'it ends with a lone backslash' };
            i++;
            if (!inClass && next === 'A')
                out += '(?<![\\s\\S])';
            else if (!inClass && (next === 'Z' || next === 'z'))
                out += '(?![\\s\\S])';
            else if (next === 'U' || next === 'N')
                return { problem: `the escape \\${next} has no JavaScript equivalent` };
            else
                out += `\\${next}`;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
            continue;
        }
        if (char === '[') {
            inClass = true;
            out += '[';
            if (rest[i + 1] === '^')
                out += rest[++i];
            // Python reads a `]` right after `[` or `[^` as a literal; JavaScript as the class end.
            if (rest[i + 1] === ']') {
                out += '\\]';
                i++;
            }
            continue;
        }
        if (char === '(' && next === '?') {
            const group = rest.slice(i);
            if (group.startsWith('(?P<')) {
                out += '(?<';
                i += 3;
                continue;
            }
            const backref = /^\(\?P=(\w+)\)/.exec(group);
            if (backref) {
                out += `\\k<${backref[1]}>`;
                i += backref[0].length - 1;
                continue;
            }
            if (group.startsWith('(?#')) {
                const end = group.indexOf(')');
                if (end < 0)
                    return { problem: 'a (?# comment is not closed' };
                i += end;
                continue;
            }
            if (/^\(\?[a-zA-Z]+\)/.test(group))
                return { problem: 'inline flags are only supported at the start of the pattern' };
        }
        if (char === '{' && /^\{,\d+\}/.test(rest.slice(i))) {
            out += '{0';
            continue;
        }
        out += char;
    }
    try {
        return { regex: new RegExp(out, flags) };
    }
    catch (error) {
        const message = error.message;
        // V8 writes "Invalid regular expression: /<source>/<flags>: <reason>"; keep the reason.
        return {
            problem: `JavaScript cannot compile it (${message.slice(message.lastIndexOf(': ') + 2)})`,
        };
    }
}

;// CONCATENATED MODULE: ./src/scanner/baseline/merge.ts

/** Fields a person sets (through `audit` or by hand): a clash between the sides is warned about. */
const labelFields = ['isSecret', 'isVerified', 'reason', 'owner', 'expires'];
/** Fields a scan sets: ours is kept silently when both sides moved them. */
const scanFields = ['lineNumber', 'fingerprint'];
/**
 * Merges two baselines that grew from a common ancestor, entry by entry (identity = file, type
 * and hash, never the line): entries added on either side are kept, entries removed on either
 * side are dropped, and for each field a change on one side wins. Where both sides changed a
 * field differently, ours wins, with a warning for labels (is_secret, reason, owner, expires).
 * `base` is undefined when the file is new on both sides.
 */
function mergeBaselines(base, ours, theirs) {
    const warnings = [];
    const files = [...new Set([...ours.results.keys(), ...theirs.results.keys()])].sort(compareCodePoints);
    const results = new Map();
    for (const file of files) {
        const merged = mergeFile(base?.results.get(file) ?? [], ours.results.get(file) ?? [], theirs.results.get(file) ?? [], warnings);
        if (merged.length > 0)
            results.set(file, merged);
    }
    const pick = (key, get) => {
        const [value, clash] = merge3(base && get(base), get(ours), get(theirs));
        if (clash)
            warnings.push(`"${key}" changed on both sides; ours was kept`);
        return value;
    };
    const generatedAt = [ours.generatedAt, theirs.generatedAt]
        .filter((value) => value !== undefined)
        .sort()
        .pop();
    const extra = mergeRecords(base?.extra, ours.extra, theirs.extra);
    return {
        baseline: {
            version: pick('version', (b) => b.version),
            pluginsUsed: pick('plugins_used', (b) => b.pluginsUsed),
            filtersUsed: pick('filters_used', (b) => b.filtersUsed),
            results,
            // Both sides stamped: the later time (the format sorts as text).
            ...(generatedAt !== undefined && { generatedAt }),
            ...(Object.keys(extra).length > 0 && { extra }),
        },
        warnings,
    };
}
/** One file's entries, merged. */
function mergeFile(base, ours, theirs, warnings) {
    const oursOf = pairUp(base, ours);
    const theirsOf = pairUp(base, theirs);
    const merged = [];
    for (const entry of base) {
        const mine = oursOf.get(entry);
        const other = theirsOf.get(entry);
        // Removed on either side: the secret is gone there, so it stays gone.
        if (mine === undefined || other === undefined)
            continue;
        merged.push(mergeEntry(entry, mine, other, warnings));
    }
    const keptOurs = new Set(oursOf.values());
    const keptTheirs = new Set(theirsOf.values());
    const addedOurs = ours.filter((entry) => !keptOurs.has(entry));
    const addedTheirs = theirs.filter((entry) => !keptTheirs.has(entry));
    // The same entry added on both sides (same identity and line) is one addition, not two.
    const same = pairUp(addedOurs, addedTheirs, true);
    for (const entry of addedOurs) {
        const other = same.get(entry);
        merged.push(other === undefined ? entry : mergeEntry(undefined, entry, other, warnings));
    }
    const matchedTheirs = new Set(same.values());
    merged.push(...addedTheirs.filter((entry) => !matchedTheirs.has(entry)));
    return merged;
}
/**
 * Pairs each entry of `from` with one entry of `to` of the same identity: the same type and
 * hash, and fingerprints that agree (a detect-secrets entry has none and gains one when we
 * rescan). Exact fingerprints first, then the closest lines. `sameLine` pairs equal lines only.
 */
function pairUp(from, to, sameLine = false) {
    const candidates = [];
    for (const a of from)
        for (const b of to) {
            if (a.type !== b.type || a.hashedSecret !== b.hashedSecret)
                continue;
            if (a.fingerprint !== undefined && b.fingerprint !== undefined) {
                if (a.fingerprint !== b.fingerprint)
                    continue;
            }
            const lines = a.lineNumber === undefined || b.lineNumber === undefined
                ? 0
                : Math.abs(a.lineNumber - b.lineNumber);
            if (sameLine && (lines !== 0 || a.lineNumber !== b.lineNumber))
                continue;
            const exact = a.fingerprint !== undefined && a.fingerprint === b.fingerprint;
            candidates.push({ a, b, cost: (exact ? 0 : 2 ** 32) + lines });
        }
    candidates.sort((x, y) => x.cost - y.cost);
    const pairs = new Map();
    const taken = new Set();
    for (const { a, b } of candidates) {
        if (pairs.has(a) || taken.has(b))
            continue;
        pairs.set(a, b);
        taken.add(b);
    }
    return pairs;
}
/** One entry present on both sides, field by field. */
function mergeEntry(base, ours, theirs, warnings) {
    const result = { ...ours };
    const set = (field, value) => {
        if (value === undefined)
            delete result[field];
        else
            result[field] = value;
    };
    for (const field of [...labelFields, ...scanFields]) {
        const [value, clash] = merge3(base?.[field], ours[field], theirs[field]);
        set(field, value);
        if (clash && labelFields.includes(field))
            warnings.push(`${ours.filename}: ${ours.type} ${ours.hashedSecret.slice(0, 12)}…: ` +
                `"${snake(field)}" was changed on both sides; ours was kept`);
    }
    const extra = mergeRecords(base?.extra, ours.extra, theirs.extra);
    set('extra', Object.keys(extra).length > 0 ? extra : undefined);
    return result;
}
/** Unknown keys merged one by one: a change on one side wins, ours on a clash. */
function mergeRecords(base, ours, theirs) {
    const out = {};
    for (const key of new Set([...Object.keys(ours ?? {}), ...Object.keys(theirs ?? {})])) {
        const [value] = merge3(base?.[key], ours?.[key], theirs?.[key]);
        if (value !== undefined)
            out[key] = value;
    }
    // Which numbers are Python floats (`3.0`) rides along on a symbol, so that they stay floats.
    const floats = [ours, theirs].flatMap((record) => record?.[floatKeys] ?? []);
    const kept = [...new Set(floats)].filter((key) => key in out);
    if (kept.length > 0)
        out[floatKeys] = kept;
    return out;
}
/** The three-way rule for one value: [merged, whether both sides changed it differently]. */
function merge3(base, ours, theirs) {
    if (same(ours, theirs) || same(base, theirs))
        return [ours, false];
    if (same(base, ours))
        return [theirs, false];
    return [ours, true];
}
function same(a, b) {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
}
function snake(field) {
    return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

;// CONCATENATED MODULE: ./src/scanner/baseline/index.ts









/***/ })

};
