export const id = 35;
export const ids = [35];
export const modules = {

/***/ 7035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/scanner/config/fields.ts

/** A string or a list of strings (one pattern may be written without brackets). */
function readStringList(node, key, issues) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return [node.value];
    if (!(0,dist/* isSeq */.oP)(node)) {
        issues.add(node, key, 'expected a string or a list of strings');
        return [];
    }
    const values = [];
    node.items.forEach((item, index) => {
        if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string' && item.value.length > 0)
            values.push(item.value);
        else
            issues.add(item, `${key}[${index}]`, 'expected a non-empty string (quote it)');
    });
    return values;
}
/** Each string of a list, paired with its node for precise messages. */
function readStringNodes(node, key, issues) {
    const list = (0,dist/* isSeq */.oP)(node) ? node.items : [node];
    const values = readStringList(node, key, issues);
    return values.map((value, index) => [value, (list[index] ?? node)]);
}
const sizeUnits = {
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** A positive whole number. */
function readPositiveInteger(node, key, issues) {
    if ((0,dist/* isScalar */.jn)(node) &&
        typeof node.value === 'number' &&
        Number.isInteger(node.value) &&
        node.value > 0) {
        return node.value;
    }
    issues.add(node, key, 'expected a positive whole number');
    return undefined;
}
/** A byte count: a positive whole number, or a number with a unit such as `512KiB` or `5 MB`. */
function readByteSize(node, key, issues) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)$/i.exec(node.value.trim());
        const unit = match ? sizeUnits[match[2].toLowerCase()] : undefined;
        if (match && unit !== undefined) {
            const bytes = Math.floor(Number(match[1]) * unit);
            if (bytes > 0)
                return bytes;
        }
        issues.add(node, key, "expected a size such as 1048576, '512KiB' or '5MB'");
        return undefined;
    }
    return readPositiveInteger(node, key, issues);
}
/** A number within bounds. */
function readNumber(node, key, issues, [min, max]) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && node.value >= min && node.value <= max) {
        return node.value;
    }
    issues.add(node, key, `expected a number from ${min} to ${max}`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanner/config/suggest.ts
/** The candidate closest to `input` by edit distance, when it is close enough to be a typo. */
function closestMatch(input, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** A " (did you mean …?)" hint, or nothing. */
function didYouMean(input, candidates) {
    const match = closestMatch(input, candidates);
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/scanner/config/custom-detectors.ts



const detectorKeys = [
    'id',
    'description',
    'pattern',
    'keywords',
    'secret-type',
    'min-entropy',
    'flags',
];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Reads the `detectors` list: project-specific regex detectors, held to the same rules as the
 * built-in ones (stable kebab-case id, keywords for the prefilter, a linear-time pattern).
 */
function readCustomDetectors(node, issues, builtinIds) {
    if (!(0,dist/* isSeq */.oP)(node)) {
        issues.add(node, 'detectors', 'expected a list of detectors (each with id, pattern, keywords)');
        return [];
    }
    const seen = new Set();
    const detectors = [];
    node.items.forEach((item, index) => {
        const detector = readDetector(item, `detectors[${index}]`, issues, seen, builtinIds);
        if (detector)
            detectors.push(detector);
    });
    return detectors;
}
function readDetector(node, key, issues, seen, builtinIds) {
    if (!(0,dist/* isMap */.jh)(node)) {
        issues.add(node, key, 'expected a mapping with id, pattern and keywords');
        return undefined;
    }
    for (const pair of node.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!detectorKeys.includes(name)) {
            issues.add(pair.key, `${key}.${name}`, `unknown key${didYouMean(name, detectorKeys)}; allowed: ${detectorKeys.join(', ')}`);
        }
    }
    const id = readString(node, 'id', key, issues);
    const label = id === undefined ? key : `${key} (${id})`;
    if (id !== undefined) {
        if (!idPattern.test(id))
            issues.add(node.get('id', true), `${label}.id`, 'use kebab-case: lower-case letters, digits and dashes');
        else if (builtinIds.has(id))
            issues.add(node.get('id', true), `${label}.id`, 'is a built-in detector id; choose another');
        else if (seen.has(id))
            issues.add(node.get('id', true), `${label}.id`, 'duplicate detector id; give each detector its own id');
        seen.add(id);
    }
    const pattern = readString(node, 'pattern', label, issues);
    const flags = node.has('flags') ? (readString(node, 'flags', label, issues) ?? '') : '';
    if (!/^[imsu]*$/.test(flags))
        issues.add(node.get('flags', true), `${label}.flags`, 'only the flags i, m, s and u are allowed');
    if (pattern !== undefined)
        issues.regex(node.get('pattern', true), `${label}.pattern`, pattern, `gd${flags}`);
    const keywords = node.has('keywords')
        ? readStringList(node.get('keywords', true), `${label}.keywords`, issues)
        : [];
    if (!node.has('keywords')) {
        issues.add(node, `${label}.keywords`, 'missing; list literal text every match contains, e.g. a token prefix, so the pattern runs only near it');
    }
    const minEntropy = node.has('min-entropy')
        ? readNumber(node.get('min-entropy', true), `${label}.min-entropy`, issues, [0, 8])
        : undefined;
    const description = node.has('description')
        ? readString(node, 'description', label, issues)
        : undefined;
    const secretType = node.has('secret-type')
        ? readString(node, 'secret-type', label, issues)
        : undefined;
    if (id === undefined || pattern === undefined || keywords.length === 0)
        return undefined;
    return {
        id,
        description: description ?? `Custom detector ${id}`,
        secretType: secretType ?? 'Custom Secret',
        provider: 'custom',
        strength: 'contextual',
        keywords: keywords.map((keyword) => keyword.toLowerCase()),
        pattern,
        ...(flags !== '' && { flags }),
        ...(minEntropy !== undefined && { minEntropy }),
        examples: { positive: [], negative: [] },
    };
}
function readString(map, name, key, issues) {
    const value = map.get(name, true);
    if (value === undefined) {
        issues.add(map, `${key}.${name}`, 'missing; this key is required');
        return undefined;
    }
    if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' && value.value.length > 0)
        return value.value;
    issues.add(value, `${key}.${name}`, 'expected a non-empty string (quote it)');
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanner/config/regex.ts
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

;// CONCATENATED MODULE: ./src/scanner/config/issues.ts

/**
 * Collects every problem in a config file, each naming the file, line and key, so that one run
 * reports them all instead of one per attempt.
 */
class ConfigIssues {
    source;
    lines;
    messages = [];
    regexes = [];
    constructor(source, lines) {
        this.source = source;
        this.lines = lines;
    }
    /** Records a problem with the value at `node` (or the file as a whole). */
    add(node, key, problem) {
        const offset = node?.range?.[0];
        const where = offset === undefined ? this.source : `${this.source}:${this.lines.linePos(offset).line}`;
        this.messages.push(`${where}: ${key}: ${problem}`);
    }
    /** Checks a regex's syntax now, and queues its backtracking check for `checkRegexes`. */
    regex(node, key, source, flags = '') {
        const problem = regexSyntaxProblem(source, flags);
        if (problem !== undefined)
            this.add(node, key, `${problem}; write it in JavaScript regex syntax`);
        else
            this.regexes.push({ node, key, source, flags });
    }
    /** Runs the queued backtracking checks, which are slow enough to do only for valid regexes. */
    async checkRegexes() {
        for (const { node, key, source, flags } of this.regexes) {
            const problem = await backtrackingProblem(source, flags);
            if (problem !== undefined)
                this.add(node, key, `the regular expression ${problem}`);
        }
    }
}

// EXTERNAL MODULE: ./src/scanner/config/types.ts
var types = __webpack_require__(6112);
;// CONCATENATED MODULE: ./src/scanner/config/parse.ts







const topLevelKeys = [
    'exclude-files',
    'exclude-lines',
    'exclude-secrets',
    'disabled-detectors',
    'enabled-detectors',
    'detectors',
    'max-line-length',
    'max-file-size',
];
/**
 * Parses and validates a config file as a whole: every problem (unknown key, bad regex, unsafe
 * regex, unknown or duplicate detector id) is reported at once, each with its line and a fix.
 * `builtins` is the detector registry the ids are checked against.
 */
async function parseConfig(text, source, builtins) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    if (document.errors.length > 0) {
        const issues = document.errors.map((error) => {
            const line = error.linePos?.[0].line;
            return `${source}${line === undefined ? '' : `:${line}`}: ${error.message.split('\n')[0]}`;
        });
        throw new errors/* ConfigError */.xL(`${source} is not valid YAML; fix the syntax:`, issues);
    }
    const issues = new ConfigIssues(source, lineCounter);
    const config = readTopLevel(document.contents, issues, builtins);
    await issues.checkRegexes();
    if (issues.messages.length > 0) {
        throw new errors/* ConfigError */.xL(`${source} has ${issues.messages.length} problem(s):`, issues.messages);
    }
    return config;
}
function readTopLevel(root, issues, builtins) {
    const config = (0,types/* emptyConfig */.i4)();
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return config;
    if (!(0,dist/* isMap */.jh)(root)) {
        issues.add(root, '(top level)', `expected a mapping with keys such as ${topLevelKeys.slice(0, 3).join(', ')}`);
        return config;
    }
    const builtinIds = new Set(builtins.map((detector) => detector.id));
    const get = (key) => (root.get(key, true) ?? null);
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!topLevelKeys.includes(key)) {
            issues.add(pair.key, key, `unknown key${didYouMean(key, topLevelKeys)}; allowed: ${topLevelKeys.join(', ')}`);
        }
    }
    if (root.has('exclude-files'))
        config.excludeFiles = readStringList(get('exclude-files'), 'exclude-files', issues);
    for (const [key, field] of [
        ['exclude-lines', 'excludeLines'],
        ['exclude-secrets', 'excludeSecrets'],
    ]) {
        if (!root.has(key))
            continue;
        for (const [source, node] of readStringNodes(get(key), key, issues)) {
            issues.regex(node, key, source);
            config[field].push(source);
        }
    }
    if (root.has('detectors'))
        config.detectors = readCustomDetectors(get('detectors'), issues, builtinIds);
    const allIds = [...builtinIds, ...config.detectors.map((detector) => detector.id)];
    for (const [key, field] of [
        ['disabled-detectors', 'disabledDetectors'],
        ['enabled-detectors', 'enabledDetectors'],
    ]) {
        if (!root.has(key))
            continue;
        for (const [id, node] of readStringNodes(get(key), key, issues)) {
            if (!allIds.includes(id))
                issues.add(node, key, `unknown detector id '${id}'${didYouMean(id, allIds)}`);
            config[field].push(id);
        }
    }
    for (const id of config.enabledDetectors.filter((id) => config.disabledDetectors.includes(id))) {
        issues.add(get('enabled-detectors'), 'enabled-detectors', `'${id}' is also in disabled-detectors; keep it in one list`);
    }
    if (root.has('max-line-length'))
        config.maxLineLength = readPositiveInteger(get('max-line-length'), 'max-line-length', issues);
    if (root.has('max-file-size'))
        config.maxFileSize = readByteSize(get('max-file-size'), 'max-file-size', issues);
    return config;
}


/***/ })

};
