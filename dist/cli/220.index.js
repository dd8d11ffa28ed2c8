export const id = 220;
export const ids = [220];
export const modules = {

/***/ 3005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ EnvClassifier)
});

// EXTERNAL MODULE: ./src/scanner/detectors/index.ts + 164 modules
var detectors = __webpack_require__(9838);
// EXTERNAL MODULE: ./src/scanner/engine.ts + 16 modules
var engine = __webpack_require__(6054);
// EXTERNAL MODULE: ./src/scanner/entropy.ts
var entropy = __webpack_require__(8667);
// EXTERNAL MODULE: ./src/sync/env/index.ts + 4 modules
var env = __webpack_require__(1927);
;// CONCATENATED MODULE: ./src/cli/env/name-rules.ts
/**
 * What a variable's name and plain shape say about it: names that conventionally hold secrets,
 * names that are configuration, values that are booleans or small numbers. Every check is a
 * string test on the upper-cased name, no regex over the value beyond fixed, anchored shapes.
 */
/** The secret-name pattern `name` matches (`*_KEY`, `*PASSWORD*`…), if any. */
function secretNamePattern(name) {
    const upper = name.toUpperCase().replace(/[.-]/g, '_');
    const suffixes = ['_KEY', '_SECRET', '_TOKEN', '_PAT'];
    for (const suffix of suffixes)
        if (upper.endsWith(suffix))
            return `*${suffix}`;
    const whole = ['KEY', 'SECRET', 'TOKEN', 'PAT'];
    if (whole.includes(upper))
        return upper;
    const infixes = ['PASSWORD', 'PASSWD', 'CREDENTIAL', 'PRIVATE', 'SECRET_KEY', 'ACCESS_KEY'];
    for (const infix of infixes)
        if (upper.includes(infix))
            return `*${infix}*`;
    for (const suffix of ['_PASS', '_PWD'])
        if (upper.endsWith(suffix))
            return `*${suffix}`;
    return undefined;
}
const configNames = new Set([
    'LOG_LEVEL',
    'LOGLEVEL',
    'NODE_ENV',
    'APP_ENV',
    'RAILS_ENV',
    'RACK_ENV',
    'FLASK_ENV',
    'DJANGO_SETTINGS_MODULE',
    'ENV',
    'ENVIRONMENT',
    'STAGE',
    'PORT',
    'HOST',
    'HOSTNAME',
    'TZ',
    'LANG',
    'DEBUG',
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_PROFILE',
    'REGION',
    'NODE_OPTIONS',
    'PATH',
]);
const configPrefixes = ['FEATURE_', 'ENABLE_', 'DISABLE_', 'FF_', 'FLAG_'];
const configSuffixes = [
    '_URL',
    '_URI',
    '_HOST',
    '_PORT',
    '_REGION',
    '_ENV',
    '_LEVEL',
    '_TIMEOUT',
    '_ENABLED',
    '_DISABLED',
    '_NAME',
    '_USER',
    '_USERNAME',
    '_ID',
    '_PATH',
    '_DIR',
    '_MODE',
];
/** Why `name` is configuration by name (a known name, a feature flag, a `*_URL`…), if it is. */
function configNameReason(name) {
    const upper = name.toUpperCase();
    if (configNames.has(upper))
        return `known configuration name ${upper}`;
    for (const prefix of configPrefixes)
        if (upper.startsWith(prefix))
            return `feature flag (${prefix}*)`;
    for (const suffix of configSuffixes)
        if (upper.endsWith(suffix))
            return `configuration name (*${suffix})`;
    if (upper.includes('PUBLIC') || upper.includes('PUBLISHABLE'))
        return 'public by name (*PUBLIC*, *PUBLISHABLE*): meant to be shipped to clients';
    return undefined;
}
const booleans = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '0', '1']);
/** Why the value's shape alone makes it configuration (a boolean, a short number), if it does. */
function plainValueReason(value) {
    const v = value.trim().toLowerCase();
    if (booleans.has(v))
        return 'a boolean';
    // Up to five digits: ports, sizes, timeouts. Longer numbers may be PINs or account secrets.
    if (/^-?\d{1,5}(\.\d{1,6})?$/.test(v))
        return 'a small number';
    return undefined;
}
/** A URL with a password in it (`scheme://user:password@host`), read with the WHATWG parser. */
function urlCredentials(value) {
    if (!value.includes('://') || !value.includes('@'))
        return undefined;
    try {
        const url = new URL(value.trim());
        if (url.password === '')
            return undefined;
        return { password: decodeURIComponent(url.password) };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/env/classify.ts





/** Bits per character above which a long, unbroken value is taken for a key or token. */
const entropyThreshold = 3.5;
const entropyMinLength = 16;
/**
 * Classifies `.env` entries: secret (a scanner detector fires on the `KEY=value` line, a URL
 * carries a password, the name says so, or the value is long and random), reference (nothing but
 * `${VAR}` references) or configuration, each with a reason that never quotes the value.
 */
class EnvClassifier {
    scanner;
    constructor(scanner) {
        this.scanner = scanner ?? new engine/* SecretScanner */.Jq(detectors/* defaultDetectors */.jd);
    }
    /** Classifies one entry of the file at `path` (the path steers path-aware scanner filters). */
    classify(entry, path) {
        const { key, value } = entry;
        if (value.trim() === '')
            return config('empty value');
        const found = (0,env/* findReferences */.yU)(value);
        const references = found.references.map((r) => r.name);
        const refs = references.length > 0 ? { references } : {};
        if ((0,env/* isOnlyReferences */.N8)(found))
            return {
                class: 'reference',
                reason: `only refers to ${references.map((r) => `\${${r}}`).join(', ')} (dotenv-expand); not a secret of its own`,
                ...refs,
            };
        const detector = this.detectorOn(key, value, path);
        if (detector)
            return { class: 'secret', reason: `detector ${detector}`, detector, ...refs };
        const credentials = urlCredentials(value);
        if (credentials) {
            if ((0,env/* isOnlyReferences */.N8)((0,env/* findReferences */.yU)(credentials.password)))
                return { class: 'reference', reason: 'URL whose password is a reference', ...refs };
            return { class: 'secret', reason: 'URL with user:password', ...refs };
        }
        const pattern = secretNamePattern(key);
        const plain = plainValueReason(value);
        if (plain)
            return config(pattern ? `${plain}, although the name matches ${pattern}` : plain, references);
        if (pattern)
            return { class: 'secret', reason: `name matches ${pattern}`, ...refs };
        const byName = configNameReason(key);
        if (byName && !(key.toUpperCase().endsWith('_URL') && looksRandom(value)))
            return config(byName, references);
        if (looksRandom(value))
            return {
                class: 'secret',
                reason: `high entropy (${(0,entropy/* shannonEntropy */.l)(value).toFixed(1)} bits/char)`,
                ...refs,
            };
        return config('no detector, secret-name or entropy signal', references);
    }
    /** The strongest detector whose finding lies in the value of the `KEY=value` line. */
    detectorOn(key, value, path) {
        const { findings } = this.scanner.scanText(`${key}=${value}`, path);
        const inValue = findings.filter((f) => f.line > 1 || f.column > key.length + 1);
        return inValue[0]?.detectorId;
    }
}
function config(reason, references = []) {
    return {
        class: 'config',
        reason: references.length > 0 ? `${reason}; refers to ${references.join(', ')}` : reason,
        ...(references.length > 0 ? { references } : {}),
    };
}
/** A long value without spaces or URL shape whose characters look random. */
function looksRandom(value) {
    const v = value.trim();
    if (v.length < entropyMinLength || /\s/.test(v) || v.includes('://'))
        return false;
    return (0,entropy/* shannonEntropy */.l)(v) >= entropyThreshold && /\d/.test(v) && /[A-Za-z]/.test(v);
}


/***/ }),

/***/ 8864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ loadEnvFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _sync_env_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1927);




/**
 * Reads and classifies one `.env` file. A missing or unreadable file is an IoError; a key defined
 * twice is a ConfigError naming the key and both lines (dotenv would silently keep the last).
 */
async function loadEnvFile(cwd, file, classifier) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path);
    const shown = rel === '' || rel.startsWith('..') ? file : rel;
    let text;
    let mode;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        mode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).mode & 0o7777;
    }
    catch (error) {
        const code = error.code ?? 'unknown error';
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IoError */ .dA(`cannot read ${shown} (${code})`);
    }
    const parsed = (0,_sync_env_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDotenv */ .qd)(text);
    const duplicates = (0,_sync_env_index_js__WEBPACK_IMPORTED_MODULE_3__/* .duplicateKeys */ .ss)(parsed.entries);
    if (duplicates.length > 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${shown}: ${duplicates.length === 1 ? 'a key is' : 'keys are'} defined twice; dotenv would silently keep the last one. Remove one definition:`, duplicates.map((d) => `${d.key} on lines ${d.first} and ${d.second}`));
    return {
        shown,
        path,
        text,
        mode,
        entries: parsed.entries.map((entry) => ({
            entry,
            classification: classifier.classify(entry, shown),
        })),
        notices: parsed.notices,
    };
}


/***/ }),

/***/ 1927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ss: () => (/* reexport */ duplicateKeys),
  kQ: () => (/* reexport */ exampleText),
  yU: () => (/* reexport */ findReferences),
  N8: () => (/* reexport */ isOnlyReferences),
  qd: () => (/* reexport */ parseDotenv),
  nw: () => (/* reexport */ removeEntries)
});

;// CONCATENATED MODULE: ./src/sync/env/lines.ts
/**
 * Line starts of a text, counting `\r\n`, `\n` and a lone `\r` as one line break each: the breaks
 * dotenv normalises to `\n` before it parses.
 */
class EnvLines {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    /** How many lines the text has (a final line break does not start another one). */
    get count() {
        const last = this.starts[this.starts.length - 1];
        return last === this.text.length && this.starts.length > 1
            ? this.starts.length - 1
            : this.starts.length;
    }
    /** The 0-based line holding `offset`. */
    lineOf(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    /** Offset of the first character of 0-based `line`. */
    startOf(line) {
        return this.starts[line] ?? this.text.length;
    }
    /** Offset just past the content of 0-based `line`, before its line break. */
    endOf(line) {
        const next = this.starts[line + 1];
        if (next === undefined)
            return this.text.length;
        const before = next - 1;
        return this.text.charCodeAt(before) === 10 && this.text.charCodeAt(before - 1) === 13
            ? before - 1
            : before;
    }
    /** Offset of the line after 0-based `line` (its line break included), or the text's end. */
    nextStart(line) {
        return this.starts[line + 1] ?? this.text.length;
    }
}
/** True for the characters JavaScript's `\s` matches, which is what dotenv's pattern uses. */
function isSpace(c) {
    return (c === 32 ||
        (c >= 9 && c <= 13) ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** True for a line break character (`\n` or `\r`). */
function isBreak(c) {
    return c === 10 || c === 13;
}

;// CONCATENATED MODULE: ./src/sync/env/parse.ts
/**
 * A `.env` parser with the semantics of the npm `dotenv` package (v16/v17 `parse`), written as a
 * single forward scan instead of dotenv's backtracking pattern, and keeping every entry's position
 * so that a rewrite can drop exactly the entries it migrated and leave every other byte alone.
 */

const quotes = new Set(['"', "'", '`']);
function isKeyChar(c) {
    // dotenv's key is [\w.-]+ (ASCII word characters, dot and hyphen).
    return ((c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        c === 95 ||
        c === 46 ||
        c === 45);
}
/** dotenv normalises every line break to `\n` before reading values. */
function normaliseBreaks(text) {
    return text.replace(/\r\n?/g, '\n');
}
/**
 * Parses `text` as dotenv does: `KEY=value` and `KEY: value`, an optional `export ` prefix,
 * single, double and backtick quotes (multi-line), inline `#` comments after unquoted values,
 * blank and comment lines, any line-break style. Duplicate keys are kept (see `duplicateKeys`).
 */
function parseDotenv(text) {
    const lines = new EnvLines(text);
    const entries = [];
    const notices = [];
    for (let line = 0; line < lines.count;) {
        const start = lines.startOf(line);
        const parsed = parseEntry(text, start);
        if (parsed === undefined) {
            const content = text.slice(start, lines.endOf(line)).trim();
            if (content !== '' && !content.startsWith('#'))
                notices.push({ line: line + 1, message: 'not KEY=value; dotenv ignores this line' });
            line++;
            continue;
        }
        const endLine = lines.lineOf(parsed.scan.last);
        entries.push({
            key: parsed.key,
            value: toValue(parsed.scan.raw),
            ...(parsed.scan.quoted ? { quote: parsed.scan.raw[0] } : {}),
            line: line + 1,
            endLine: endLine + 1,
            start,
            end: lines.nextStart(endLine),
        });
        const trimmed = parsed.scan.raw.trim();
        if (!parsed.scan.quoted && quotes.has(trimmed[0] ?? '') && !isStripped(trimmed))
            notices.push({
                line: line + 1,
                message: `${parsed.key}: no closing quote with only spaces or a comment after it; dotenv keeps the quote characters in the value`,
            });
        if (parsed.scan.cutAtHash)
            notices.push({
                line: line + 1,
                message: `${parsed.key}: the unquoted value stops at '#' (dotenv reads the rest as a comment); quote the value if the # belongs to it`,
            });
        line = endLine + 1;
    }
    return { entries, notices };
}
/** Keys defined more than once, each with the lines of its first and second definition. */
function duplicateKeys(entries) {
    const seen = new Map();
    const found = [];
    for (const entry of entries) {
        const first = seen.get(entry.key);
        if (first === undefined)
            seen.set(entry.key, entry.line);
        else if (!found.some((d) => d.key === entry.key))
            found.push({ key: entry.key, first, second: entry.line });
    }
    return found;
}
function parseEntry(text, start) {
    let i = start;
    while (i < text.length && isSpace(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i)))
        i++;
    // `export KEY=…`; when that fails, `export` may itself be the key (`export=1`).
    if (text.startsWith('export', i) && isSpace(text.charCodeAt(i + 6))) {
        let j = i + 6;
        while (j < text.length && isSpace(text.charCodeAt(j)) && !isBreak(text.charCodeAt(j)))
            j++;
        const exported = parseKeyed(text, j);
        if (exported)
            return exported;
    }
    return parseKeyed(text, i);
}
function parseKeyed(text, i) {
    let k = i;
    while (k < text.length && isKeyChar(text.charCodeAt(k)))
        k++;
    if (k === i)
        return undefined;
    const key = text.slice(i, k);
    let s = k;
    while (s < text.length && isSpace(text.charCodeAt(s)) && !isBreak(text.charCodeAt(s)))
        s++;
    if (text[s] === '=')
        return { key, scan: scanValue(text, s + 1) };
    // `KEY: value` needs one whitespace character after the colon (dotenv's `:\s+?`).
    if (text[k] === ':' && isSpace(text.charCodeAt(k + 1))) {
        const after = text[k + 1] === '\r' && text[k + 2] === '\n' ? k + 3 : k + 2;
        return { key, scan: scanValue(text, after) };
    }
    return undefined;
}
/** Reads the value that starts at `v` (just after the separator). */
function scanValue(text, v) {
    // A quoted value may start after any whitespace, line breaks included (dotenv's `\s*"…"`).
    let q = v;
    while (q < text.length && isSpace(text.charCodeAt(q)))
        q++;
    const quote = text[q];
    if (quote !== undefined && quotes.has(quote)) {
        const close = closingQuote(text, q, quote);
        if (close !== undefined)
            return { raw: text.slice(q, close + 1), last: close, quoted: true, cutAtHash: false };
    }
    // Unquoted: up to `#` or the end of the line ([^#\r\n]+).
    let f = v;
    while (f < text.length && text[f] !== '#' && !isBreak(text.charCodeAt(f)))
        f++;
    const cutAtHash = text[f] === '#' && f > v && !isSpace(text.charCodeAt(f - 1));
    let last = f - 1;
    while (last + 1 < text.length && !isBreak(text.charCodeAt(last + 1)))
        last++;
    return { raw: text.slice(v, f), last: Math.max(last, v - 1), quoted: false, cutAtHash };
}
/**
 * The closing quote dotenv's `"(?:\\"|[^"])*"` settles on: the first unescaped quote, else (by
 * backtracking) an escaped one, latest first; the rest of that line must be blank or a comment.
 */
function closingQuote(text, open, quote) {
    const escaped = [];
    let i = open + 1;
    while (i < text.length) {
        if (text[i] === '\\' && text[i + 1] === quote) {
            escaped.push(i + 1);
            i += 2;
        }
        else if (text[i] === quote)
            break;
        else
            i++;
    }
    const candidates = i < text.length ? [i, ...escaped.reverse()] : escaped.reverse();
    return candidates.find((c) => restIsComment(text, c + 1));
}
function restIsComment(text, from) {
    let i = from;
    while (i < text.length && isSpace(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i)))
        i++;
    return i >= text.length || isBreak(text.charCodeAt(i)) || text[i] === '#';
}
function isStripped(value) {
    return value.length >= 2 && quotes.has(value[0]) && value.at(-1) === value[0];
}
/** dotenv's post-processing: trim, strip matching quotes, expand `\n`/`\r` in double quotes. */
function toValue(raw) {
    let value = normaliseBreaks(raw).trim();
    const maybeQuote = value[0];
    if (isStripped(value))
        value = value.slice(1, -1);
    if (maybeQuote === '"')
        value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    return value;
}

;// CONCATENATED MODULE: ./src/sync/env/references.ts
/**
 * `${VAR}` and `$VAR` references in a dotenv value, found as dotenv-expand (v11/v12) finds them:
 * `$` not followed by `(`, an optional `{`, a name of `[\w.]+`, an optional `:-default` or
 * `-default`, an optional `}`; `\$` is a literal dollar sign.
 */
function isNameChar(c) {
    return c !== undefined && /^[A-Za-z0-9_.]$/.test(c);
}
/** Finds the references in `value`; a value without `$` costs one `indexOf`. */
function findReferences(value) {
    if (!value.includes('$'))
        return { references: [], literal: value };
    const references = [];
    let literal = '';
    let i = 0;
    while (i < value.length) {
        const c = value[i];
        if (c === '\\' && value[i + 1] === '$') {
            literal += '$';
            i += 2;
            let k = i;
            while (isNameChar(value[k]))
                k++;
            literal += value.slice(i, k);
            i = k;
            continue;
        }
        if (c !== '$' || value[i + 1] === '(') {
            literal += c;
            i++;
            continue;
        }
        let k = value[i + 1] === '{' ? i + 2 : i + 1;
        const nameStart = k;
        while (isNameChar(value[k]))
            k++;
        if (k === nameStart) {
            literal += c;
            i++;
            continue;
        }
        const name = value.slice(nameStart, k);
        const dash = value[k] === ':' && value[k + 1] === '-' ? k + 2 : value[k] === '-' ? k + 1 : -1;
        let fallback;
        if (dash !== -1) {
            const end = fallbackEnd(value, dash);
            if (end > dash) {
                fallback = value.slice(dash, end);
                k = end;
            }
        }
        if (value[k] === '}')
            k++;
        references.push(fallback === undefined ? { name } : { name, fallback });
        if (fallback !== undefined)
            literal += fallback;
        i = k;
    }
    return { references, literal };
}
/** Where a fallback ends: at the first `}` outside nested `${…}` (dotenv-expand nests three deep). */
function fallbackEnd(value, from) {
    let depth = 0;
    let i = from;
    while (i < value.length) {
        if (value[i] === '$' && value[i + 1] === '{' && depth < 3) {
            depth++;
            i += 2;
            continue;
        }
        if (value[i] === '}') {
            if (depth === 0)
                break;
            depth--;
        }
        i++;
    }
    return i;
}
/** True when the value is nothing but references (after trimming), so it is no secret itself. */
function isOnlyReferences(found) {
    return found.references.length > 0 && found.literal.trim() === '';
}

;// CONCATENATED MODULE: ./src/sync/env/rewrite.ts
/**
 * The text edits `migrate --rewrite` makes, as pure functions: drop the migrated entries from a
 * `.env` and list every key in a `.env.example`. File writing lives with the CLI.
 */

/**
 * `text` without the lines of the entries whose key is in `keys` (the whole entry: a multi-line
 * value and its trailing comment go with it). Every other byte, line breaks included, is kept.
 */
function removeEntries(text, entries, keys) {
    let out = '';
    let at = 0;
    for (const entry of entries) {
        if (!keys.has(entry.key))
            continue;
        out += text.slice(at, entry.start);
        at = entry.end;
    }
    return out + text.slice(at);
}
const generatedHeader = '# Every key the application reads; values are not kept here. Secrets are in AWS Secrets\n' +
    '# Manager (secrets-action migrate); fill in the rest for local development.\n';
/**
 * The `.env.example` for `keys` (in order), every value empty: a committed example must not hold
 * anything the classifier might have misjudged. An existing (hand-made) example is kept byte for
 * byte and only the keys it lacks are appended; undefined when it already has them all.
 */
function exampleText(keys, existing) {
    if (existing === undefined)
        return generatedHeader + keys.map((key) => `${key}=\n`).join('');
    const present = new Set(parseDotenv(existing).entries.map((entry) => entry.key));
    const missing = keys.filter((key) => !present.has(key));
    if (missing.length === 0)
        return undefined;
    const lineBreak = existing.includes('\r\n') ? '\r\n' : '\n';
    const separator = existing === '' || /[\r\n]$/.test(existing) ? '' : lineBreak;
    return (existing +
        separator +
        `# added by secrets-action migrate${lineBreak}` +
        missing.map((key) => `${key}=${lineBreak}`).join(''));
}

;// CONCATENATED MODULE: ./src/sync/env/index.ts
/** Reading and editing `.env` files the way dotenv and dotenv-expand read them. */





/***/ })

};
