export const id = 688;
export const ids = [688];
export const modules = {

/***/ 3688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrateCommand: () => (/* binding */ migrateCommand)
});

// EXTERNAL MODULE: ./src/sync/aws/caller.ts + 1 modules
var aws_caller = __webpack_require__(3126);
// EXTERNAL MODULE: ./src/sync/aws/retry.ts
var retry = __webpack_require__(8719);
;// CONCATENATED MODULE: ./src/sync/migrate/items.ts
/** Secrets Manager's limit on a SecretString, in bytes. */
const MAX_SECRET_BYTES = 65_536;
const secretNamePattern = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
/** Why `name` is not a valid Secrets Manager name, if it is not. */
function secretNameProblem(name) {
    if (name.length === 0)
        return 'is empty';
    if (name.length > 512)
        return `is ${name.length} characters long (at most 512)`;
    if (!secretNamePattern.test(name))
        return 'has characters AWS does not allow in a secret name (only A-Z a-z 0-9 / _ + = . @ -)';
    return undefined;
}
/**
 * The secrets to write for `pairs` (one per key, or one JSON group), and every reason they
 * cannot be written: an invalid name, a value over 64 KB, a key twice. All are checked before
 * any write, and each problem names the key, never the value.
 */
function buildItems(pairs, options) {
    const issues = [];
    const seen = new Set();
    for (const { key } of pairs) {
        if (seen.has(key))
            issues.push(`${key}: selected twice`);
        seen.add(key);
    }
    if (options.group !== undefined) {
        const secretName = options.prefix + options.group;
        const problem = secretNameProblem(secretName);
        if (problem)
            issues.push(`--group: the secret name ${secretName} ${problem}`);
        const value = Object.fromEntries(pairs.map(({ key, value }) => [key, value]));
        const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
        if (bytes > MAX_SECRET_BYTES) {
            const largest = [...pairs]
                .sort((a, b) => Buffer.byteLength(b.value) - Buffer.byteLength(a.value))
                .slice(0, 3)
                .map((p) => p.key);
            issues.push(`--group ${options.group}: the JSON object is ${bytes} bytes, over the 65,536-byte limit; the largest values are ${largest.join(', ')}: migrate those on their own (--only) or split the group`);
        }
        return {
            items: [{ secretName, kind: 'group', keys: pairs.map((p) => p.key), value }],
            issues,
        };
    }
    const items = [];
    for (const { key, value } of pairs) {
        const secretName = options.prefix + key;
        const problem = secretNameProblem(secretName);
        if (problem)
            issues.push(`${key}: the secret name ${secretName} ${problem}`);
        const bytes = Buffer.byteLength(value, 'utf8');
        if (bytes > MAX_SECRET_BYTES)
            issues.push(`${key}: the value is ${bytes} bytes, over Secrets Manager's 65,536-byte limit`);
        items.push({ secretName, kind: 'single', keys: [key], value });
    }
    return { items, issues };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(2994);
;// CONCATENATED MODULE: ./src/sync/aws/read.ts

function toReadValue(raw, id) {
    // SecretBinary stays bytes: decoding it as text is how the AWS action corrupts binaries.
    const value = raw.SecretString === undefined && raw.SecretBinary !== undefined
        ? { kind: 'binary', bytes: new Uint8Array(raw.SecretBinary) }
        : { kind: 'string', text: raw.SecretString ?? '' };
    return { name: raw.Name ?? id, arn: raw.ARN ?? '', versionId: raw.VersionId ?? '', value };
}
/** One GetSecretValue call (with retries), for a pinned version or when Batch is unavailable. */
async function getOne(client, caller, id, version) {
    const raw = await caller.call('GetSecretValue', () => client.send(new dist_cjs/* GetSecretValueCommand */.d2({
        SecretId: id,
        ...(version.versionId ? { VersionId: version.versionId } : {}),
        ...(version.versionStage ? { VersionStage: version.versionStage } : {}),
    })));
    return toReadValue(raw, id);
}
/** One BatchGetSecretValue call for up to 20 ids (with retries); throws if the whole call fails. */
async function getBatch(client, caller, ids) {
    const values = [];
    const errors = new Map();
    let nextToken;
    // A batch of ids fits one page in practice, but the API allows NextToken: follow it.
    do {
        const page = await caller.call('BatchGetSecretValue', () => client.send(new dist_cjs/* BatchGetSecretValueCommand */.Nr({
            SecretIdList: [...ids],
            ...(nextToken ? { NextToken: nextToken } : {}),
        })));
        for (const raw of page.SecretValues ?? [])
            values.push(toReadValue(raw, raw.Name ?? ''));
        for (const error of page.Errors ?? []) {
            if (error.SecretId)
                errors.set(error.SecretId, error.ErrorCode ?? 'UnknownError');
        }
        nextToken = page.NextToken || undefined;
    } while (nextToken);
    return { values, errors };
}
/** True when `value` is the secret that `id` (a name, full ARN or partial ARN) names. */
function matches(value, id) {
    if (value.arn === id || value.name === id)
        return true;
    // A partial ARN lacks the `-xxxxxx` suffix AWS appends.
    return value.arn.startsWith(`${id}-`) && value.arn.length === id.length + 7;
}

// EXTERNAL MODULE: ./src/sync/aws/errors.ts
var errors = __webpack_require__(9778);
;// CONCATENATED MODULE: ./src/sync/migrate/errors.ts

const throttleCodes = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
]);
const credentialCodes = new Set([
    'CredentialsProviderError',
    'UnrecognizedClientException',
    'ExpiredTokenException',
    'InvalidSignatureException',
    'InvalidClientTokenId',
]);
/**
 * One line on why `operation` failed for a secret: the AWS error code and what to change. Built
 * from the code alone; SDK and service messages are never copied, since they can echo a value.
 * (The read side's messages speak of an Action's role and inputs; these speak to a CLI user.)
 */
function explainMigrateFailure(error, operation) {
    const code = (0,errors/* errorCode */.CA)(error);
    // BatchGetSecretValue needs GetSecretValue on every secret it reads.
    const action = operation === 'BatchGetSecretValue' ? 'GetSecretValue' : operation;
    if (code === 'AccessDeniedException' || code === 'AccessDenied')
        return `access denied (${code}); allow secretsmanager:${action} on this secret for the credentials in use`;
    if (code === 'ResourceExistsException')
        return `already exists (${code}): it was created after the plan was made; run migrate again`;
    if (code === 'ResourceNotFoundException')
        return `not found (${code}): it was deleted after the plan was made; run migrate again`;
    if (code === 'InvalidRequestException')
        return `request refused (${code}); the secret is probably scheduled for deletion: restore it (aws secretsmanager restore-secret) or use another --prefix`;
    if (code === 'InvalidParameterException' || code === 'ValidationException')
        return `request refused (${code}); check the secret name, --kms-key-id, --tag and --description values`;
    if (code === 'EncryptionFailure' || code.startsWith('KMS'))
        return `the KMS key cannot be used (${code}); check --kms-key-id and allow kms:GenerateDataKey and kms:Decrypt on it`;
    if (code === 'DecryptionFailure')
        return `the current value cannot be decrypted to compare (${code}); allow kms:Decrypt on the secret's KMS key`;
    if (code === 'LimitExceededException')
        return `an account limit was reached (${code}); see the Secrets Manager quotas`;
    if (throttleCodes.has(code))
        return `still throttled after retries (${code}); run again in a minute`;
    if (credentialCodes.has(code))
        return `no valid AWS credentials (${code}); set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or log in with aws sso login`;
    return `${operation} failed (${code}); see the AWS Secrets Manager error reference`;
}
/** True for an error that means the operation itself is unavailable to the caller. */
function isOperationUnavailable(error) {
    const code = (0,errors/* errorCode */.CA)(error);
    return (code === 'AccessDeniedException' ||
        code === 'AccessDenied' ||
        code === 'UnknownOperationException');
}

;// CONCATENATED MODULE: ./src/sync/migrate/current.ts


const batchSize = 20;
function toCurrent(read) {
    return read.value.kind === 'string'
        ? { state: 'string', text: read.value.text }
        : { state: 'binary' };
}
function fromCode(code, operation) {
    if (code === 'ResourceNotFoundException')
        return { state: 'missing' };
    const fake = Object.assign(new Error(code), { name: code });
    return { state: 'error', message: explainMigrateFailure(fake, operation) };
}
/**
 * The current value of every name, to compare in memory (never printed): BatchGetSecretValue,
 * 20 names a call; when the caller may not use it, one GetSecretValue per name. A name that does
 * not exist is `missing`; any other failure is kept per name so the other names go on.
 */
async function readCurrentValues(client, caller, names) {
    const current = new Map();
    const chunks = [];
    for (let i = 0; i < names.length; i += batchSize)
        chunks.push(names.slice(i, i + batchSize));
    let batchUnavailable = false;
    await caller.map(chunks, async (chunk) => {
        if (!batchUnavailable) {
            try {
                const outcome = await getBatch(client, caller, chunk);
                for (const read of outcome.values)
                    current.set(read.name, toCurrent(read));
                for (const [id, code] of outcome.errors)
                    current.set(id, fromCode(code, 'BatchGetSecretValue'));
                for (const name of chunk)
                    if (!current.has(name))
                        current.set(name, { state: 'missing' });
                return;
            }
            catch (error) {
                if (!isOperationUnavailable(error)) {
                    const failed = {
                        state: 'error',
                        message: explainMigrateFailure(error, 'BatchGetSecretValue'),
                    };
                    for (const name of chunk)
                        current.set(name, failed);
                    return;
                }
                batchUnavailable = true;
            }
        }
        for (const name of chunk)
            current.set(name, await readOne(client, caller, name));
    });
    return current;
}
async function readOne(client, caller, name) {
    try {
        return toCurrent(await getOne(client, caller, name, {}));
    }
    catch (error) {
        const code = error.name;
        if (code === 'ResourceNotFoundException')
            return { state: 'missing' };
        return { state: 'error', message: explainMigrateFailure(error, 'GetSecretValue') };
    }
}

;// CONCATENATED MODULE: ./src/sync/migrate/plan.ts
/**
 * Decides, for each item, create (AWS has no such secret), unchanged (AWS holds exactly this
 * value: nothing is written), update (it holds something else), or fail (it cannot be read, or a
 * group's secret is not a JSON object). Values are compared in memory and never printed.
 */
function planMigration(items, current) {
    return items.map((item) => planItem(item, current.get(item.secretName) ?? { state: 'missing' }));
}
function planItem(item, now) {
    if (now.state === 'error')
        return { item, action: 'fail', reason: now.message };
    if (item.kind === 'single') {
        const value = item.value;
        if (now.state === 'missing')
            return { item, action: 'create', secretString: value };
        if (now.state === 'string' && now.text === value)
            return { item, action: 'unchanged' };
        return {
            item,
            action: 'update',
            secretString: value,
            ...(now.state === 'binary' ? { reason: 'replaces a binary value' } : {}),
        };
    }
    const ours = item.value;
    if (now.state === 'missing')
        return { item, action: 'create', secretString: JSON.stringify(ours) };
    const theirs = now.state === 'string' ? jsonObject(now.text) : undefined;
    if (theirs === undefined)
        return {
            item,
            action: 'fail',
            reason: 'the secret exists and does not hold a JSON object, so keys cannot be added to it; choose another --group name',
        };
    if (Object.entries(ours).every(([key, value]) => theirs[key] === value))
        return { item, action: 'unchanged' };
    // Properties that are not in this .env (added by hand, or from another file) are kept.
    const kept = Object.keys(theirs).filter((key) => !(key in ours)).length;
    return {
        item,
        action: 'update',
        secretString: JSON.stringify({ ...theirs, ...ours }),
        ...(kept > 0 ? { reason: `keeps ${kept} other propert${kept === 1 ? 'y' : 'ies'}` } : {}),
    };
}
function jsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sync/migrate/apply.ts



/**
 * Writes every create and update in `plan` and returns one outcome each; a failure (access
 * denied on one secret) is recorded and the others go on. Creates carry the tags, KMS key and
 * description in the CreateSecret call; updates tag first and then put the value, so a failed
 * tagging leaves the item to be retried by the next run instead of silently untagged.
 */
async function applyMigration(client, caller, plan, settings) {
    const writes = plan.filter((entry) => entry.action === 'create' || entry.action === 'update');
    return caller.map(writes, (entry) => writeOne(client, caller, entry, settings));
}
async function writeOne(client, caller, entry, settings) {
    const name = entry.item.secretName;
    const value = entry.secretString;
    // One token per write, reused by every retry, so a retried write is not applied twice.
    const token = (0,external_node_crypto_.randomUUID)();
    let operation = entry.action === 'create' ? 'CreateSecret' : 'TagResource';
    try {
        if (entry.action === 'create') {
            await caller.call('CreateSecret', () => client.send(new dist_cjs/* CreateSecretCommand */._f({
                Name: name,
                SecretString: value,
                ClientRequestToken: token,
                Tags: settings.tags.map((tag) => ({ ...tag })),
                ...(settings.kmsKeyId ? { KmsKeyId: settings.kmsKeyId } : {}),
                ...(settings.description ? { Description: settings.description } : {}),
            })));
            return { entry, status: 'created' };
        }
        await caller.call('TagResource', () => client.send(new dist_cjs/* TagResourceCommand */.eq({
            SecretId: name,
            Tags: settings.tags.map((tag) => ({ ...tag })),
        })));
        operation = 'PutSecretValue';
        await caller.call('PutSecretValue', () => client.send(new dist_cjs/* PutSecretValueCommand */.cp({
            SecretId: name,
            SecretString: value,
            ClientRequestToken: token,
        })));
        return { entry, status: 'updated' };
    }
    catch (error) {
        return { entry, status: 'failed', message: explainMigrateFailure(error, operation) };
    }
}

;// CONCATENATED MODULE: ./src/sync/migrate/client.ts

/**
 * Reads region, endpoint and static credentials from `env` (the CLI's environment, which tests
 * replace) the way the SDK reads them from `process.env`; explicit options win.
 */
function clientOptionsFromEnv(env, explicit) {
    const region = explicit.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    const endpoint = explicit.endpoint ?? env.AWS_ENDPOINT_URL_SECRETS_MANAGER ?? env.AWS_ENDPOINT_URL;
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    return {
        ...(region ? { region } : {}),
        ...(endpoint ? { endpoint } : {}),
        ...(accessKeyId && secretAccessKey
            ? {
                credentials: {
                    accessKeyId,
                    secretAccessKey,
                    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
                },
            }
            : {}),
    };
}
/**
 * A Secrets Manager client with the SDK's own retries off (the AwsCaller retries, bounded and
 * counted) and a request timeout that really throws.
 */
function createMigrateClient(options) {
    const timeout = options.timeoutMs ?? 10_000;
    return new dist_cjs/* SecretsManagerClient */._H({
        ...(options.region ? { region: options.region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
        maxAttempts: 1,
        customUserAgent: 'secrets-action',
        requestHandler: {
            requestTimeout: timeout,
            connectionTimeout: timeout,
            throwOnRequestTimeout: true,
        },
    });
}

;// CONCATENATED MODULE: ./src/sync/migrate/index.ts







// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/cli/env/classify.ts + 1 modules
var classify = __webpack_require__(3005);
// EXTERNAL MODULE: ./src/cli/env/load.ts
var load = __webpack_require__(8864);
// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/sync/naming.ts
var naming = __webpack_require__(787);
;// CONCATENATED MODULE: ./src/cli/migrate/next-step.ts

function variableName(key) {
    return (0,naming/* isValidEnvName */.Vp)(key) ? key : (0,naming/* toEnvName */.Kw)(key, 'none');
}
function reservedNote(names) {
    const reserved = names.filter(naming/* isReservedName */.ce);
    return reserved.length > 0
        ? [
            `# ${reserved.join(', ')}: GitHub reserves GITHUB_*, RUNNER_* and NODE_OPTIONS; give ${reserved.length === 1 ? 'it' : 'them'} another name`,
        ]
        : [];
}
/**
 * The copy-paste next step for the secrets in AWS: the env Action's `secret-ids` block (explicit
 * aliases, so each variable keeps its `.env` name; JSON groups with a blank alias and
 * `parse-json-secrets`), and the same as entries of the sync Action's fan-out file.
 */
function nextStepText(items) {
    const singles = items.filter((item) => item.kind === 'single');
    const groups = items.filter((item) => item.kind === 'group');
    if (items.length === 0)
        return '';
    const keys = items.flatMap((item) => item.keys.map(variableName));
    const steps = [];
    if (singles.length > 0)
        steps.push('  - uses: org/secrets-action@v1', '    with:', '      secret-ids: |', ...singles.map((item) => `        ${variableName(item.keys[0])},${item.secretName}`));
    if (groups.length > 0)
        steps.push('  - uses: org/secrets-action@v1', '    with:', '      secret-ids: |', ...groups.map((item) => `        ,${item.secretName}`), '      parse-json-secrets: true');
    const sync = [
        '  targets:',
        '    app: { repository: OWNER/REPO } # your repository (or environments, org)',
        '  secrets:',
        ...singles.map((item) => `    - { aws: ${item.secretName}, name: ${(0,naming/* toEnvName */.Kw)(item.keys[0], 'uppercase')}, to: app }`),
        ...groups.flatMap((item) => item.keys.map((key) => `    - { aws: ${item.secretName}, key: ${key}, name: ${(0,naming/* toEnvName */.Kw)(key, 'uppercase')}, to: app }`)),
    ];
    return [
        'Next step: read them in a workflow, after aws-actions/configure-aws-credentials (the role needs',
        'secretsmanager:GetSecretValue on these secrets):',
        '',
        ...reservedNote(keys).map((line) => `  ${line}`),
        ...steps,
        '',
        'or copy them into GitHub secrets with org/secrets-action/sync@v1 and config: .github/secrets-sync.yaml:',
        '',
        ...sync,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/migrate/options.ts


/** Parses and checks `migrate`'s arguments; every problem is a UsageError naming the option. */
function parseMigrateOptions(argv) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)('migrate', argv, {
        'env-file': { type: 'string', default: '.env' },
        prefix: { type: 'string' },
        group: { type: 'string' },
        tag: { type: 'string', multiple: true },
        'kms-key-id': { type: 'string' },
        description: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        rewrite: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help)
        return { help: true };
    if (positionals.length > 0)
        throw new shared_errors/* UsageError */.eb(`migrate takes no file arguments ('${positionals[0]}'); name the file with --env-file`);
    if (values.prefix === undefined)
        throw new shared_errors/* UsageError */.eb('migrate needs --prefix, the start of every secret name (such as app/production/)');
    if (values.group !== undefined && values.group.trim() === '')
        throw new shared_errors/* UsageError */.eb('--group needs a name (such as api-keys)');
    const only = values.only
        ?.flatMap((list) => list.split(','))
        .map((key) => key.trim())
        .filter((key) => key !== '');
    if (values.only && (!only || only.length === 0))
        throw new shared_errors/* UsageError */.eb('--only needs one or more keys, separated by commas');
    return {
        help: false,
        envFile: values['env-file'],
        prefix: values.prefix,
        ...(values.group !== undefined ? { group: values.group } : {}),
        tags: parseTags(values.tag ?? []),
        ...(values['kms-key-id'] ? { kmsKeyId: values['kms-key-id'] } : {}),
        ...(values.description !== undefined ? { description: values.description } : {}),
        dryRun: values['dry-run'],
        rewrite: values.rewrite,
        ...(only ? { only: [...new Set(only)] } : {}),
        ...(values.region ? { region: values.region } : {}),
        ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    };
}
/** `k=v` tags after `migrated-from=env`; AWS allows keys of 1–128 and values of 0–256 characters. */
function parseTags(raw) {
    const tags = new Map([['migrated-from', 'env']]);
    for (const tag of raw) {
        const eq = tag.indexOf('=');
        const key = eq === -1 ? '' : tag.slice(0, eq).trim();
        if (key === '')
            throw new shared_errors/* UsageError */.eb(`--tag '${tag}' is not KEY=VALUE (such as --tag team=payments)`);
        const value = tag.slice(eq + 1);
        if (key.length > 128 || value.length > 256)
            throw new shared_errors/* UsageError */.eb(`--tag ${key}: AWS allows keys of at most 128 and values of at most 256 characters`);
        if (key.toLowerCase().startsWith('aws:'))
            throw new shared_errors/* UsageError */.eb(`--tag ${key}: the aws: prefix is reserved for AWS`);
        tags.set(key, value);
    }
    return [...tags].map(([Key, Value]) => ({ Key, Value }));
}

// EXTERNAL MODULE: ./src/cli/env/table.ts
var table = __webpack_require__(6870);
;// CONCATENATED MODULE: ./src/cli/migrate/report.ts

function keysOf(entry) {
    return entry.item.kind === 'group' ? entry.item.keys.join(', ') : (entry.item.keys[0] ?? '');
}
/** The plan as a table of names (action, secret name, keys, remark) and a count line. */
function planText(plan, skipped, header) {
    const rows = [
        ...plan.map((entry) => [
            entry.action,
            entry.item.secretName,
            keysOf(entry),
            entry.reason ?? '',
        ]),
        ...skipped.map((s) => ['skip', '-', s.key, s.reason]),
    ];
    const count = (action) => plan.filter((entry) => entry.action === action).length;
    const summary = [
        `${count('create')} to create`,
        `${count('update')} to update`,
        `${count('unchanged')} unchanged`,
        ...(count('fail') > 0 ? [`${count('fail')} cannot be planned`] : []),
        `${skipped.length} key${skipped.length === 1 ? '' : 's'} skipped`,
    ].join(', ');
    return `${header}\n${(0,table/* renderTable */.b)(['ACTION', 'SECRET', 'KEYS', 'NOTE'], rows)}${summary}\n`;
}
/**
 * After applying: exactly which secrets were written and which failed, one line each, the reason
 * built from the AWS error code. Plan failures (a secret that could not be read) count as failed.
 */
function outcomeText(plan, outcomes) {
    const written = outcomes.filter((o) => o.status !== 'failed');
    const failed = [
        ...plan
            .filter((entry) => entry.action === 'fail')
            .map((entry) => ({ entry, message: entry.reason ?? 'cannot be planned' })),
        ...outcomes
            .filter((o) => o.status === 'failed')
            .map((o) => ({ entry: o.entry, message: o.message ?? 'failed' })),
    ];
    const unchanged = plan.filter((entry) => entry.action === 'unchanged').length;
    const lines = [];
    if (written.length > 0) {
        lines.push(`Written (${written.length}):`);
        for (const o of written)
            lines.push(`  ${o.status.padEnd(8)} ${o.entry.item.secretName} (${keysOf(o.entry)})`);
    }
    else
        lines.push('Written: none');
    if (unchanged > 0)
        lines.push(`Unchanged, not written: ${unchanged}`);
    if (failed.length > 0) {
        lines.push(`Failed (${failed.length}); their values were not written:`);
        for (const f of failed)
            lines.push(`  ${f.entry.item.secretName} (${keysOf(f.entry)}): ${f.message}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/sync/env/index.ts + 4 modules
var env = __webpack_require__(1927);
;// CONCATENATED MODULE: ./src/cli/migrate/atomic.ts




/**
 * Replaces `path` with `text` atomically: a temporary file in the same directory (so the rename
 * stays on one file system), then rename over the original. The original's permission bits are
 * kept (or `mode` for a new file). No backup copy is left behind.
 */
async function writeFileAtomic(path, text, mode) {
    let keep = mode;
    try {
        keep = (await (0,promises_.stat)(path)).mode & 0o7777;
    }
    catch {
        // A new file: the given mode, or the umask's default.
    }
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, text, { flag: 'wx', ...(keep !== undefined ? { mode: keep } : {}) });
        // writeFile's mode is reduced by the umask; the original's bits are wanted as they were.
        if (keep !== undefined)
            await (0,promises_.chmod)(temp, keep);
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        const code = error.code ?? 'unknown error';
        throw new shared_errors/* IoError */.dA(`cannot write ${(0,external_node_path_.basename)(path)} in ${(0,external_node_path_.dirname)(path)} (${code})`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/cli/migrate/gitignore.ts






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** git's answer, or undefined outside a work tree (or without git). */
async function git(dir, args) {
    try {
        await run('git', ['-C', dir, ...args]);
        return 0;
    }
    catch (error) {
        const code = error.code;
        return typeof code === 'number' && code !== 128 ? code : undefined;
    }
}
/**
 * Makes sure git ignores `file`: in a work tree `git check-ignore --no-index` decides (so any
 * pattern, global excludes included, counts); elsewhere the `.gitignore` next to the file is
 * matched with minimatch. When not ignored, `/<name>` is appended to that `.gitignore` (created
 * if needed). Reports whether git already tracks the file, which ignoring cannot undo.
 */
async function ensureIgnored(file) {
    const dir = (0,external_node_path_.dirname)(file);
    const name = (0,external_node_path_.basename)(file);
    const gitignore = (0,external_node_path_.join)(dir, '.gitignore');
    let existing;
    try {
        existing = await (0,promises_.readFile)(gitignore, 'utf8');
    }
    catch {
        existing = undefined;
    }
    const inRepo = (await git(dir, ['rev-parse', '--is-inside-work-tree'])) === 0;
    const ignored = inRepo
        ? (await git(dir, ['check-ignore', '-q', '--no-index', '--', name])) === 0
        : matchesGitignore(existing ?? '', name);
    const tracked = inRepo && (await git(dir, ['ls-files', '--error-unmatch', '--', name])) === 0;
    if (ignored)
        return { action: 'already', gitignore, tracked };
    const separator = existing === undefined || existing === '' || existing.endsWith('\n') ? '' : '\n';
    await writeFileAtomic(gitignore, `${existing ?? ''}${separator}/${name}\n`);
    return { action: existing === undefined ? 'created' : 'appended', gitignore, tracked };
}
/** A plain reading of .gitignore lines for a file in the same directory (last match wins). */
function matchesGitignore(text, name) {
    let ignored = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        const pattern = (negated ? line.slice(1) : line).replace(/^\//, '').replace(/\/$/, '');
        if (pattern.includes('/') && !pattern.startsWith('**/'))
            continue;
        if ((0,esm/* minimatch */.xF)(name, pattern.replace(/^\*\*\//, ''), { dot: true }))
            ignored = !negated;
    }
    return ignored;
}

;// CONCATENATED MODULE: ./src/cli/migrate/rewrite.ts






/**
 * `--rewrite`, once every selected key is in AWS: the `.env` without the migrated entries
 * (atomically, same mode; comments and other keys byte for byte), the example file with every
 * key and no values (merged into a hand-made one), and the `.env` ignored by git. Returns the
 * lines to print.
 */
async function rewriteEnvFiles(file, migrated, cwd) {
    const lines = [];
    const show = (path) => {
        const rel = (0,external_node_path_.relative)(cwd, path);
        return rel === '' || rel.startsWith('..') ? path : rel;
    };
    // Re-read: refuse to overwrite edits made while the AWS calls ran.
    const now = await (0,promises_.readFile)(file.path, 'utf8');
    if (now !== file.text)
        throw new shared_errors/* IoError */.dA(`${file.shown} changed while migrate ran, so it was not rewritten; run migrate --rewrite again (written secrets are then unchanged)`);
    const entries = file.entries.map((e) => e.entry);
    await writeFileAtomic(file.path, (0,env/* removeEntries */.nw)(file.text, entries, migrated), file.mode);
    lines.push(`${file.shown}: removed ${migrated.size} migrated key${migrated.size === 1 ? '' : 's'}`);
    const examplePath = (0,external_node_path_.join)((0,external_node_path_.dirname)(file.path), `${(0,external_node_path_.basename)(file.path)}.example`);
    let existing;
    try {
        existing = await (0,promises_.readFile)(examplePath, 'utf8');
    }
    catch {
        existing = undefined;
    }
    const keys = [...new Set(entries.map((entry) => entry.key))];
    const example = (0,env/* exampleText */.kQ)(keys, existing);
    if (example === undefined)
        lines.push(`${show(examplePath)}: already lists every key`);
    else {
        await writeFileAtomic(examplePath, example, 0o644);
        lines.push(existing === undefined
            ? `${show(examplePath)}: written (every key, empty values; commit it)`
            : `${show(examplePath)}: added the keys it lacked (existing lines kept)`);
    }
    const ignore = await ensureIgnored(file.path);
    if (ignore.action === 'already')
        lines.push(`${file.shown}: already ignored by git`);
    else
        lines.push(`${show(ignore.gitignore)}: ${ignore.action === 'created' ? 'created, ignoring' : 'now ignores'} ${file.shown}`);
    if (ignore.tracked)
        lines.push(`warning: git tracks ${file.shown}, so its secrets are in the history: run \`git rm --cached ${file.shown}\`, commit, and rotate the migrated secrets`);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/migrate/select.ts
/**
 * Picks the keys to migrate: every secret-classified key, or exactly the `--only` keys (which may
 * name configuration the classifier missed, but not empty values or pure references).
 */
function selectEntries(entries, only, file) {
    const issues = [];
    const notes = [];
    const byKey = new Map(entries.map((e) => [e.entry.key, e]));
    for (const key of only ?? [])
        if (!byKey.has(key))
            issues.push(`${key}: not a key in ${file}`);
    const wanted = only ? new Set(only) : undefined;
    const selected = [];
    const skipped = [];
    for (const classified of entries) {
        const { entry, classification } = classified;
        if (wanted && !wanted.has(entry.key)) {
            skipped.push({ key: entry.key, reason: 'not in --only' });
            continue;
        }
        if (wanted && entry.value === '') {
            issues.push(`${entry.key}: the value is empty; there is nothing to migrate`);
            continue;
        }
        if (wanted && classification.class === 'reference') {
            issues.push(`${entry.key}: ${classification.reason}; migrate the keys it refers to`);
            continue;
        }
        if (!wanted && classification.class !== 'secret') {
            skipped.push({ key: entry.key, reason: `${classification.class}: ${classification.reason}` });
            continue;
        }
        selected.push(classified);
        if (classification.references?.length)
            notes.push(`${entry.key} contains ${classification.references.map((r) => `$${r}`).join(', ')}: stored as written (dotenv-expand would expand it when loading)`);
    }
    const moving = new Set(selected.map((s) => s.entry.key));
    for (const { entry, classification } of entries) {
        const gone = (classification.references ?? []).filter((r) => moving.has(r));
        if (gone.length > 0 && !moving.has(entry.key))
            notes.push(`${entry.key} refers to ${gone.join(', ')}, which move${gone.length === 1 ? 's' : ''} to AWS: once removed from ${file}, set ${gone.length === 1 ? 'it' : 'them'} in the environment (the secret-ids block below) or the reference expands to nothing`);
    }
    return { selected, skipped, issues, notes };
}

;// CONCATENATED MODULE: ./src/cli/commands/migrate.ts












/** Writes in flight at once: well under Secrets Manager's per-operation rates. */
const concurrency = 4;
/**
 * `secrets-action migrate`: moves the secrets of a `.env` into AWS Secrets Manager. Checks every
 * key first, plans against the current values (names only), writes only what differs, reports
 * per secret, and with `--rewrite` takes the migrated keys out of the `.env`.
 */
async function migrateCommand(argv, io) {
    const options = parseMigrateOptions(argv);
    if (options.help) {
        io.stdout(help/* migrateHelp */.NA);
        return shared_errors/* ExitCode */.yU.clean;
    }
    if (options.dryRun && options.rewrite)
        throw new shared_errors/* UsageError */.eb('--dry-run writes nothing, so it cannot --rewrite; drop one of them');
    const file = await (0,load/* loadEnvFile */.I)(io.cwd, options.envFile, new classify/* EnvClassifier */.H());
    for (const notice of file.notices)
        io.stderr(`${file.shown}:${notice.line}: warning: ${notice.message}\n`);
    const selection = selectEntries(file.entries, options.only, file.shown);
    const pairs = selection.selected.map(({ entry }) => ({ key: entry.key, value: entry.value }));
    const built = buildItems(pairs, {
        prefix: options.prefix,
        ...(options.group !== undefined ? { group: options.group } : {}),
    });
    const issues = [...selection.issues, ...built.issues];
    if (issues.length > 0)
        throw new shared_errors/* ConfigError */.xL(`${file.shown}: nothing was written; fix ${issues.length === 1 ? 'this' : 'these'} first:`, issues);
    if (built.items.length === 0 || pairs.length === 0) {
        io.stdout(planText([], selection.skipped, `${file.shown}: no secrets to migrate.`) +
            'Name keys with --only KEY,… to migrate keys classified as configuration.\n');
        return shared_errors/* ExitCode */.yU.clean;
    }
    const clientOptions = clientOptionsFromEnv(io.env, options);
    if (!clientOptions.region)
        throw new shared_errors/* UsageError */.eb('no AWS region: pass --region or set AWS_REGION');
    const client = createMigrateClient(clientOptions);
    try {
        const caller = new aws_caller/* AwsCaller */.d(retry/* defaultRetry */.i, concurrency);
        const names = built.items.map((item) => item.secretName);
        const plan = planMigration(built.items, await readCurrentValues(client, caller, names));
        const where = `${file.shown} → AWS Secrets Manager (${clientOptions.region})`;
        io.stdout(planText(plan, selection.skipped, `Plan: ${where}`));
        for (const note of selection.notes)
            io.stdout(`note: ${note}\n`);
        if (options.dryRun) {
            io.stdout('\nDry run: nothing was written. Run again without --dry-run to apply.\n');
            const planned = plan.filter((entry) => entry.action !== 'fail').map((entry) => entry.item);
            if (planned.length > 0)
                io.stdout(`\n${nextStepText(planned)}`);
            return plan.some((entry) => entry.action === 'fail') ? shared_errors/* ExitCode */.yU.error : shared_errors/* ExitCode */.yU.clean;
        }
        const outcomes = await applyMigration(client, caller, plan, {
            tags: options.tags,
            ...(options.kmsKeyId ? { kmsKeyId: options.kmsKeyId } : {}),
            ...(options.description !== undefined ? { description: options.description } : {}),
        });
        io.stdout(`\n${outcomeText(plan, outcomes)}`);
        const failedNames = new Set([
            ...plan.filter((e) => e.action === 'fail').map((e) => e.item.secretName),
            ...outcomes.filter((o) => o.status === 'failed').map((o) => o.entry.item.secretName),
        ]);
        const inAws = plan.filter((entry) => !failedNames.has(entry.item.secretName));
        if (inAws.length > 0)
            io.stdout(`\n${nextStepText(inAws.map((entry) => entry.item))}`);
        if (failedNames.size > 0) {
            io.stderr(`secrets-action: ${failedNames.size} of ${plan.length} secrets failed (listed above); fix the cause and run migrate again: secrets already written are then unchanged.${options.rewrite ? ` ${file.shown} was not rewritten.` : ''}\n`);
            return shared_errors/* ExitCode */.yU.error;
        }
        if (options.rewrite) {
            const migrated = new Set(inAws.flatMap((entry) => entry.item.keys));
            const lines = await rewriteEnvFiles(file, migrated, io.cwd);
            io.stdout(`\n${lines.join('\n')}\n`);
        }
        else
            io.stdout(`\nRun with --rewrite to remove the migrated keys from ${file.shown}.\n`);
        return shared_errors/* ExitCode */.yU.clean;
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
