export const id = 535;
export const ids = [535];
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


/***/ }),

/***/ 3126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ AwsCaller)
});

;// CONCATENATED MODULE: ./src/shared/concurrency.ts
/**
 * Maps an async stream with at most `limit` calls of `fn` in flight, yielding results as they
 * complete (not in input order). It pulls from `source` only when a slot is free, so a long
 * stream is never buffered.
 */
async function* mapConcurrent(source, limit, fn) {
    const iterator = source[Symbol.asyncIterator]();
    const running = new Map();
    let nextId = 0;
    let exhausted = false;
    for (;;) {
        while (!exhausted && running.size < limit) {
            const next = await iterator.next();
            if (next.done) {
                exhausted = true;
                break;
            }
            const id = nextId++;
            running.set(id, fn(next.value).then((result) => [id, result]));
        }
        if (running.size === 0)
            return;
        const [id, result] = await Promise.race(running.values());
        running.delete(id);
        yield result;
    }
}

// EXTERNAL MODULE: ./src/sync/aws/retry.ts
var retry = __webpack_require__(8719);
;// CONCATENATED MODULE: ./src/sync/aws/caller.ts


/**
 * Runs AWS calls with bounded retries and counts every attempt per operation, so the caller
 * (and the benchmark) sees the real number of requests sent.
 */
class AwsCaller {
    retry;
    concurrency;
    /** Attempts per operation name, retries included. */
    calls = {};
    constructor(retry, 
    /** Calls in flight at once across one `fetchSecrets`. */
    concurrency) {
        this.retry = retry;
        this.concurrency = concurrency;
    }
    /** Calls `send` (one AWS request) with retries, counting each attempt under `operation`. */
    call(operation, send) {
        return (0,retry/* withRetry */.b)(this.retry, () => {
            this.calls[operation] = (this.calls[operation] ?? 0) + 1;
            return send();
        });
    }
    /** Maps `items` with at most `concurrency` in flight; results keep the input order. */
    async map(items, fn) {
        const results = new Array(items.length);
        async function* indexed() {
            for (let i = 0; i < items.length; i++)
                yield i;
        }
        const limit = Math.max(1, this.concurrency);
        for await (const [i, result] of mapConcurrent(indexed(), limit, async (i) => {
            return [i, await fn(items[i])];
        })) {
            results[i] = result;
        }
        return results;
    }
}


/***/ }),

/***/ 7090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createSecretsManagerClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2994);

/**
 * A Secrets Manager client whose own retries are off: `fetchSecrets` retries throttled and
 * timed-out calls itself, so the attempts are bounded in one place and counted.
 */
function createSecretsManagerClient(options = {}) {
    const timeout = options.timeoutMs ?? 10_000;
    return new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_0__/* .SecretsManagerClient */ ._H({
        ...(options.region ? { region: options.region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
        maxAttempts: 1,
        customUserAgent: 'secrets-action',
        // Without throwOnRequestTimeout the handler only logs a warning and waits on.
        requestHandler: {
            requestTimeout: timeout,
            connectionTimeout: timeout,
            throwOnRequestTimeout: true,
        },
    });
}


/***/ }),

/***/ 9778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   HZ: () => (/* binding */ toAwsSecretError),
/* harmony export */   QM: () => (/* binding */ credentialCodes),
/* harmony export */   d_: () => (/* binding */ throttleCodes),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4700);

const codeShape = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;
/** The AWS error code of an SDK error (its `name`), or a placeholder; never its message. */
function errorCode(error) {
    if (typeof error === 'object' && error !== null) {
        const name = error.name;
        const code = error.code;
        // Only code-shaped text: the name comes from the response and is printed.
        if (typeof name === 'string' && name !== 'Error' && codeShape.test(name))
            return name;
        if (typeof code === 'string' && codeShape.test(code))
            return code;
    }
    return 'UnknownError';
}
const timeoutCodes = new Set(['TimeoutError', 'RequestTimeout', 'ETIMEDOUT', 'ECONNRESET']);
/** Codes that mean "slow down": retried with backoff, then reported as throttling. */
const throttleCodes = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
]);
/** Codes that mean the caller has no usable credentials. */
const credentialCodes = new Set([
    'CredentialsProviderError',
    'UnrecognizedClientException',
    'ExpiredTokenException',
    'InvalidSignatureException',
    'InvalidClientTokenId',
]);
/** True for failures worth another attempt after a pause: throttling, timeouts, 5xx. */
function isRetryable(error) {
    const code = errorCode(error);
    if (throttleCodes.has(code) || timeoutCodes.has(code))
        return true;
    const status = error?.$metadata
        ?.httpStatusCode;
    return code === 'InternalServiceError' || (status !== undefined && status >= 500);
}
/**
 * The one-line message for an AWS failure on `id` (a secret id or a prefix selector): what
 * happened and what to change. Built from the error code only: SDK messages are never copied,
 * since a service or proxy could echo request or response text into them.
 */
function toAwsSecretError(error, id, operation) {
    const code = errorCode(error);
    const subject = operation === 'ListSecrets' ? `prefix '${id}'` : `secret '${id}'`;
    const [kind, fix] = explain(code, operation);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsSecretError */ .YP(`${subject}: ${fix}`, id, kind, code);
}
function explain(code, operation) {
    // BatchGetSecretValue needs GetSecretValue on each secret; every other call is its own action.
    const action = operation === 'BatchGetSecretValue' ? 'GetSecretValue' : operation;
    if (code === 'AccessDeniedException' || code === 'AccessDenied') {
        return [
            'access-denied',
            `access denied (AccessDeniedException); allow secretsmanager:${action} on ${operation === 'ListSecrets' ? '*' : 'this secret'} in the policy of the role the job assumes`,
        ];
    }
    if (code === 'ResourceNotFoundException') {
        return [
            'not-found',
            'not found (ResourceNotFoundException); check the name or ARN and the region, or set ignore-missing: true',
        ];
    }
    if (code === 'DecryptionFailure') {
        return [
            'decryption-failure',
            "cannot be decrypted (DecryptionFailure); allow kms:Decrypt on the secret's KMS key for the role the job assumes",
        ];
    }
    if (throttleCodes.has(code)) {
        return [
            'throttled',
            `still throttled after retries (${code}); lower the concurrency or run fewer jobs reading secrets at once`,
        ];
    }
    if (timeoutCodes.has(code)) {
        return [
            'timeout',
            `no answer from Secrets Manager in time (${code}); check the network, proxy, region and endpoint`,
        ];
    }
    if (code === 'InvalidRequestException') {
        return [
            'invalid-request',
            'request refused (InvalidRequestException); the secret may be scheduled for deletion, or the version stage/id does not exist',
        ];
    }
    if (code === 'InvalidParameterException' || code === 'ValidationException') {
        return [
            'invalid-request',
            `request refused (${code}); check the secret id, version-id and version-stage inputs`,
        ];
    }
    if (credentialCodes.has(code)) {
        return [
            'credentials',
            `no valid AWS credentials (${code}); add aws-actions/configure-aws-credentials before this step`,
        ];
    }
    return ['other', `${operation} failed (${code}); see the AWS Secrets Manager error reference`];
}


/***/ }),

/***/ 8719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry),
/* harmony export */   i: () => (/* binding */ defaultRetry)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9778);

/** Five attempts with pauses of about 0.2, 0.4, 0.8, 1.6 s: enough for Secrets Manager's throttling. */
const defaultRetry = { attempts: 5, baseDelayMs: 200 };
/**
 * Calls `fn` until it succeeds, fails with a non-retryable error, or `attempts` calls were made;
 * pauses exponentially with jitter between attempts so parallel callers spread out.
 */
async function withRetry(policy, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (attempt >= policy.attempts || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(error))
                throw error;
            const ceiling = policy.baseDelayMs * 2 ** (attempt - 1);
            await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
        }
    }
}


/***/ }),

/***/ 4700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YP: () => (/* binding */ AwsSecretError)
/* harmony export */ });
/* unused harmony exports SecretIdsError, SecretFetchError, VariableNameError */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);

/** A `secret-ids` line that cannot be used (bad alias, bad prefix, stray comma): names the line. */
class SecretIdsError extends (/* unused pure expression or super */ null && (CliError)) {
    name = 'SecretIdsError';
    exitCode = ExitCode.error;
}
/**
 * One secret (or prefix) that could not be read. The message is one line naming the id and the
 * fix; it never contains text from the SDK error, which could echo a value.
 */
class AwsSecretError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z1 {
    secretId;
    kind;
    code;
    name = 'AwsSecretError';
    exitCode = _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.error;
    constructor(message, 
    /** The secret id or prefix as written. */
    secretId, kind, 
    /** The AWS error code (`AccessDeniedException`), never its message. */
    code) {
        super(message);
        this.secretId = secretId;
        this.kind = kind;
        this.code = code;
    }
}
/** Every secret that failed in one run, one line each, so the user fixes them all at once. */
class SecretFetchError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z1 {
    failures;
    name = 'SecretFetchError';
    exitCode = _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.error;
    constructor(failures) {
        super(failures.length === 1
            ? (failures[0]?.message ?? '')
            : `${failures.length} secrets could not be read:\n${failures.map((f) => `  - ${f.message}`).join('\n')}`);
        this.failures = failures;
    }
}
/**
 * Variable names that cannot be used: invalid, reserved (`GITHUB_*`, `RUNNER_*`, `NODE_OPTIONS`)
 * or claimed by two sources. Each issue names the secret ids and suggests an alias.
 */
class VariableNameError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z1 {
    issues;
    name = 'VariableNameError';
    exitCode = _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.error;
    constructor(issues) {
        super(issues.length === 1
            ? (issues[0] ?? '')
            : `${issues.length} variable name problems:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
        this.issues = issues;
    }
}


/***/ }),

/***/ 1981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports parseJsonObject, parseJsonContainer, looksLikeBrokenJsonObject, jsonLeaves */
/**
 * JSON handling shared by naming and masking. Parse errors are swallowed on purpose: the
 * message of a `SyntaxError` quotes the input, which here is a secret.
 */
/** The parsed object when `text` is a JSON object, else undefined. Never throws. */
function parseJsonObject(text) {
    const parsed = parseJson(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? parsed
        : undefined;
}
/** The parsed value when `text` is a JSON object or array, else undefined. Never throws. */
function parseJsonContainer(text) {
    const start = text.trimStart()[0];
    if (start !== '{' && start !== '[')
        return undefined;
    const parsed = parseJson(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
}
/** True when `text` starts like a JSON object but does not parse: worth a warning. */
function looksLikeBrokenJsonObject(text) {
    return text.trimStart().startsWith('{') && parseJson(text) === invalid;
}
const invalid = Symbol('invalid');
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return invalid;
    }
}
/**
 * Every string and number leaf of a parsed JSON value, as text. Booleans and null are left out:
 * they are not secret material, and masking `true` would blank it everywhere in the log.
 */
function jsonLeaves(value, into = []) {
    if (typeof value === 'string') {
        if (value !== '')
            into.push(value);
    }
    else if (typeof value === 'number') {
        into.push(String(value));
    }
    else if (Array.isArray(value)) {
        for (const item of value)
            jsonLeaves(item, into);
    }
    else if (typeof value === 'object' && value !== null) {
        for (const item of Object.values(value))
            jsonLeaves(item, into);
    }
    return into;
}


/***/ }),

/***/ 543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports maskableParts, weakValueWarning */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1981);

// Values whose mask would blank ordinary log text, and that are guessable anyway.
const commonWords = new Set(('true false yes no on off null none nil undefined admin root user test password secret ' +
    'default changeme localhost postgres mysql redis production staging development ' +
    '80 443 1433 1521 3000 3306 5432 5672 6379 8080 8443 9092 9200 11211 27017').split(' '));
/**
 * Every string to register as a mask for one value, longest first: the whole value, each
 * non-empty trimmed line (older and self-hosted runners mask only whole strings), each JSON leaf
 * (parsed here when `jsonLeafTexts` is not given) with its lines and JSON-escaped form (a leaf
 * printed inside its JSON document appears escaped).
 */
function maskableParts(value, jsonLeafTexts) {
    const parts = new Set();
    const add = (text) => {
        if (text.trim() === '')
            return;
        parts.add(text);
        if (/[\r\n]/.test(text)) {
            for (const line of text.split(/\r?\n|\r/)) {
                const trimmed = line.trim();
                if (trimmed !== '')
                    parts.add(trimmed);
            }
        }
    };
    add(value);
    const leaves = jsonLeafTexts ?? jsonLeaves(parseJsonContainer(value));
    for (const leaf of leaves) {
        add(leaf);
        const escaped = JSON.stringify(leaf).slice(1, -1);
        if (escaped !== leaf)
            add(escaped);
    }
    return [...parts].sort((a, b) => b.length - a.length);
}
/**
 * A warning when a value is too short (< 4 characters) or too common (`true`, `5432`) to be a
 * useful secret: its mask blanks that text everywhere in the log. Names the variable only.
 */
function weakValueWarning(name, value) {
    const text = value.trim();
    if (text.length >= 4 && !commonWords.has(text.toLowerCase()))
        return undefined;
    const why = text.length < 4 ? 'shorter than 4 characters' : 'a common word or number';
    return `${name}: the value is ${why}; it is masked, so that text will show as *** everywhere in this job's log. Keep non-secret settings out of the secret or pick them with json keys.`;
}


/***/ }),

/***/ 787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ toEnvName),
/* harmony export */   Vp: () => (/* binding */ isValidEnvName),
/* harmony export */   ce: () => (/* binding */ isReservedName)
/* harmony export */ });
/* unused harmony export toVariables */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4700);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1981);
/* harmony import */ var _masking_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(543);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(517);




const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Turns text into a variable name the way the AWS action does: `_` before a leading digit,
 * every character outside `[A-Za-z0-9_]` becomes `_`, then the case transformation.
 */
function toEnvName(text, transformation) {
    const safe = (/^[0-9]/.test(text) ? `_${text}` : text).replace(/[^A-Za-z0-9_]/g, '_');
    if (transformation === 'uppercase')
        return safe.toUpperCase();
    if (transformation === 'lowercase')
        return safe.toLowerCase();
    return safe;
}
/** True for `[A-Za-z_][A-Za-z0-9_]*`. */
function isValidEnvName(name) {
    return validName.test(name);
}
/**
 * True for names the runner will not let a step set: `GITHUB_*`, `RUNNER_*`, `NODE_OPTIONS`
 * (compared without case, since Windows runners ignore it).
 */
function isReservedName(name) {
    const upper = name.toUpperCase();
    return upper.startsWith('GITHUB_') || upper.startsWith('RUNNER_') || upper === 'NODE_OPTIONS';
}
/**
 * Derives the variables for fetched secrets with the AWS action's rules (alias, else the name
 * from an ARN, else the id as written; JSON keys appended with `_`; a blank alias `,id` keeps only
 * the keys), plus ours: binary values as base64, `stripPrefix`, `jsonKeys`, and every name
 * checked. Throws `VariableNameError` listing every invalid, reserved or colliding name.
 * `warnings` receives one line per secret that looks like JSON but does not parse.
 */
function toVariables(secrets, options, warnings = []) {
    const candidates = [];
    const picked = new Set();
    for (const secret of secrets) {
        candidates.push(...variablesOf(secret, options, picked, warnings));
    }
    const unused = (options.jsonKeys ?? []).filter((key) => !picked.has(key));
    const issues = unused.map((key) => `json key '${key}' is in no JSON secret that was read; check its spelling and case`);
    return [...validate(candidates, issues)].map(({ origin: _origin, ...variable }) => variable);
}
function baseName(secret, options) {
    if (secret.alias)
        return secret.alias;
    const name = isSecretArn(secret.id) ? secret.name : secret.id;
    const strip = options.stripPrefix;
    return strip && name.startsWith(strip) && name.length > strip.length
        ? name.slice(strip.length)
        : name;
}
function variablesOf(secret, options, picked, warnings) {
    const origin = secret.arn || secret.id;
    const base = baseName(secret, options);
    const transform = options.nameTransformation;
    if (secret.value.kind === 'binary') {
        const value = Buffer.from(secret.value.bytes).toString('base64');
        const name = toEnvName(base, transform);
        return [{ name, value, sourceId: secret.id, binary: true, origin, maskParts: [value] }];
    }
    const text = secret.value.text;
    const object = options.parseJson ? parseJsonObject(text) : undefined;
    if (!object) {
        if (options.parseJson && looksLikeBrokenJsonObject(text)) {
            warnings.push(`secret '${secret.id}' starts like a JSON object but is not valid JSON; exported whole as ${toEnvName(base, transform)}`);
        }
        const name = toEnvName(base, transform);
        return [{ name, value: text, sourceId: secret.id, origin, maskParts: maskableParts(text) }];
    }
    const prefix = secret.alias === '' ? '' : toEnvName(base, transform);
    const out = [];
    flatten(object, prefix, [], (name, value, path) => {
        out.push({
            name,
            value,
            sourceId: secret.id,
            jsonPath: path.join('.'),
            origin: `${origin}\n${path.join('\n')}`,
            maskParts: maskableParts(value),
        });
    });
    const keys = options.jsonKeys ?? [];
    if (keys.length === 0)
        return out;
    return out.filter((variable) => {
        const path = variable.jsonPath ?? '';
        const key = keys.find((k) => path === k || path.startsWith(`${k}.`));
        if (key !== undefined)
            picked.add(key);
        return key !== undefined;
    });
    function flatten(node, namePrefix, path, emit) {
        for (const [key, child] of Object.entries(node)) {
            const keyName = toEnvName(key, transform);
            const name = namePrefix ? `${namePrefix}_${keyName}` : keyName;
            // Like the AWS action: non-string leaves are exported as JSON text, and any value whose
            // text is a JSON object (a nested object, or a string holding one) is flattened further.
            const value = typeof child === 'string' ? child : JSON.stringify(child);
            const nested = parseJsonObject(value);
            if (nested)
                flatten(nested, name, [...path, key], emit);
            else
                emit(name, value, [...path, key]);
        }
    }
}
function* validate(candidates, issues) {
    const byName = new Map();
    const accepted = [];
    for (const candidate of candidates) {
        const where = describe(candidate);
        if (!isValidEnvName(candidate.name)) {
            issues.push(`${where} gives the variable name '${candidate.name}', which is not valid; set an alias (ALIAS,${candidate.sourceId})`);
            continue;
        }
        if (isReservedName(candidate.name)) {
            issues.push(`${where} would set ${candidate.name}, which the runner reserves (GITHUB_*, RUNNER_*, NODE_OPTIONS); set an alias (MY_${candidate.name},${candidate.sourceId})`);
            continue;
        }
        const previous = byName.get(candidate.name);
        if (previous) {
            // The same secret selected twice (by name and by a prefix) is not a conflict.
            if (previous.origin !== candidate.origin) {
                issues.push(`${describe(previous)} and ${where} both map to ${candidate.name}; give one an alias (OTHER_NAME,${candidate.sourceId})`);
            }
            continue;
        }
        byName.set(candidate.name, candidate);
        accepted.push(candidate);
    }
    if (issues.length > 0)
        throw new VariableNameError(issues);
    yield* accepted;
}
function describe(candidate) {
    return candidate.jsonPath === undefined
        ? `secret '${candidate.sourceId}'`
        : `key '${candidate.jsonPath}' of secret '${candidate.sourceId}'`;
}


/***/ }),

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports isSecretArn, secretNameFromArn, parseSecretIds */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4700);

// Every partition Secrets Manager runs in; the AWS action only recognises `aws`.
const arnPattern = /^arn:aws(?:-cn|-us-gov|-iso|-iso-[a-z])?:secretsmanager:[a-z0-9-]+:\d{12}:secret:(.+)$/;
// Same rule as the AWS action: at least three name characters, then one trailing `*`.
const prefixPattern = /^[A-Za-z0-9/_+=.@-]{3,}\*$/;
const aliasPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Characters AWS allows in a secret name (and ARNs add `:`).
const idPattern = /^[A-Za-z0-9/_+=.@:-]+$/;
/** True for a Secrets Manager ARN of any partition (`aws`, `aws-cn`, `aws-us-gov`, ISO). */
function isSecretArn(id) {
    return arnPattern.test(id);
}
/**
 * The secret name inside an ARN, without the `-xxxxxx` suffix AWS appends (a partial ARN, which
 * has no suffix, is returned whole); undefined when `id` is not an ARN.
 */
function secretNameFromArn(id) {
    const match = arnPattern.exec(id);
    if (!match?.[1])
        return undefined;
    return match[1].replace(/-[A-Za-z0-9]{6}$/, '');
}
/**
 * Parses the `secret-ids` input: one selector per line, `ALIAS,id` and `,id` forms, `prefix*`
 * wildcards, blank lines and `#` comments skipped (no secret name or ARN can contain `#`).
 * Exact duplicates are dropped. Throws `SecretIdsError` naming the line for anything unusable.
 */
function parseSecretIds(text) {
    const selectors = [];
    const seen = new Set();
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const content = raw.replace(/#.*$/, '').trim();
        if (content === '')
            return;
        const parts = content.split(',');
        if (parts.length > 2) {
            throw new SecretIdsError(`secret-ids line ${line}: more than one comma; write ALIAS,secret-id or ,secret-id`);
        }
        const alias = parts.length === 2 ? (parts[0] ?? '').trim() : undefined;
        const id = (parts.length === 2 ? parts[1] : parts[0])?.trim() ?? '';
        if (id === '') {
            throw new SecretIdsError(`secret-ids line ${line}: no secret id after the comma`);
        }
        if (alias !== undefined && alias !== '' && !aliasPattern.test(alias)) {
            throw new SecretIdsError(`secret-ids line ${line}: alias '${alias}' is not a valid variable name; use letters, digits and _, not starting with a digit`);
        }
        const key = `${alias ?? '\0'}\n${id}`;
        if (seen.has(key))
            return;
        seen.add(key);
        if (id.includes('*')) {
            if (!prefixPattern.test(id) || isSecretArn(id)) {
                throw new SecretIdsError(`secret-ids line ${line}: '${id}' is not a valid prefix; write at least 3 name characters followed by one trailing * (prod/app/*)`);
            }
            selectors.push({ kind: 'prefix', id, prefix: id.slice(0, -1), alias, line });
            return;
        }
        if (!idPattern.test(id)) {
            throw new SecretIdsError(`secret-ids line ${line}: '${id}' is not a secret name or ARN (allowed: letters, digits and /_+=.@-)`);
        }
        if (id.startsWith('arn:') && !isSecretArn(id)) {
            throw new SecretIdsError(`secret-ids line ${line}: '${id}' is not a Secrets Manager ARN (arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME)`);
        }
        selectors.push({ kind: 'id', id, alias, line });
    });
    return selectors;
}


/***/ })

};
