export const id = 812;
export const ids = [812];
export const modules = {

/***/ 812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrateCommand: () => (/* binding */ migrateCommand)
});

// EXTERNAL MODULE: ./src/sync/aws/caller.ts + 1 modules
var aws_caller = __webpack_require__(3126);
// EXTERNAL MODULE: ./src/sync/aws/client.ts
var aws_client = __webpack_require__(7090);
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

// EXTERNAL MODULE: ./src/sync/aws/errors.ts
var errors = __webpack_require__(9778);
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

;// CONCATENATED MODULE: ./src/sync/migrate/errors.ts

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
        return `the KMS key cannot be used (${code}); check --kms-key-id and allow kms:GenerateDataKey and kms:Decrypt on it (switching keys also needs kms:Decrypt on the secret's current key)`;
    if (code === 'DecryptionFailure')
        return `the current value cannot be decrypted to compare (${code}); allow kms:Decrypt on the secret's KMS key`;
    if (code === 'LimitExceededException')
        return `an account limit was reached (${code}); see the Secrets Manager quotas`;
    if (errors/* throttleCodes */.d_.has(code))
        return `still throttled after retries (${code}); run again in a minute`;
    if (errors/* credentialCodes */.QM.has(code))
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
    // The code comes from the response: only a code-shaped one is kept (errorCode checks).
    const fake = Object.assign(new Error('failed'), { name: code });
    return { state: 'error', code: (0,errors/* errorCode */.CA)(fake), message: explainMigrateFailure(fake, operation) };
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
                        code: (0,errors/* errorCode */.CA)(error),
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
        const code = (0,errors/* errorCode */.CA)(error);
        if (code === 'ResourceNotFoundException')
            return { state: 'missing' };
        return { state: 'error', code, message: explainMigrateFailure(error, 'GetSecretValue') };
    }
}

;// CONCATENATED MODULE: ./src/sync/migrate/settings-diff.ts
const defaultKey = 'alias/aws/secretsmanager';
/** An ARN's resource part (`key/…`, `alias/…`), or undefined for anything else. */
function arnResource(id) {
    if (!id.startsWith('arn:'))
        return undefined;
    const parts = id.split(':');
    return parts.length >= 6 ? parts.slice(5).join(':') : undefined;
}
/** `key/<id>` or `alias/<name>` for a bare key id, an alias name, or an ARN. */
function keyResource(id) {
    const resource = arnResource(id) ?? id;
    return resource.startsWith('alias/') || resource.startsWith('key/')
        ? resource
        : `key/${resource}`;
}
/**
 * True when `current` (as DescribeSecret or ListSecrets shows it; undefined for the AWS managed
 * key) is the key `wanted` names. A bare id or alias matches an ARN that ends in it; two ARNs
 * must be equal, so an alias of the same name in another account is a different key. An alias
 * and the key it points to cannot be told apart without KMS: the plan then shows both.
 */
function sameKmsKey(current, wanted) {
    const now = current === undefined || current === '' ? defaultKey : current;
    const want = wanted === '' ? defaultKey : wanted;
    if (now === want)
        return true;
    if (now.startsWith('arn:') && want.startsWith('arn:'))
        return false;
    return keyResource(now) === keyResource(want);
}
/** Tags in `wanted` that `current` lacks or holds with another value. */
function missingTags(current, wanted) {
    const have = new Map(current.map((tag) => [tag.Key, tag.Value]));
    return wanted.filter((tag) => have.get(tag.Key) !== tag.Value);
}
/**
 * What must change on an existing secret for it to carry `wanted`: missing tags, another
 * description, another KMS key. Settings not asked for (no `--description`) are left alone, and
 * tags other than the wanted ones are kept.
 */
function settingsChange(current, wanted) {
    const tags = missingTags(current.tags, wanted.tags);
    const description = wanted.description !== undefined && wanted.description !== (current.description ?? '')
        ? wanted.description
        : undefined;
    const kmsKeyId = wanted.kmsKeyId !== undefined && !sameKmsKey(current.kmsKeyId, wanted.kmsKeyId)
        ? wanted.kmsKeyId
        : undefined;
    return {
        tags,
        ...(description !== undefined ? { description } : {}),
        ...(kmsKeyId !== undefined
            ? { kmsKeyId, ...(current.kmsKeyId ? { currentKmsKeyId: current.kmsKeyId } : {}) }
            : {}),
    };
}
/** True when `change` asks for no write at all. */
function isNoChange(change) {
    return (change.tags.length === 0 && change.description === undefined && change.kmsKeyId === undefined);
}

;// CONCATENATED MODULE: ./src/sync/migrate/settings.ts




const pageSize = 100;
/** Pages read past the ones the names need: secrets of others under the same prefix. */
const extraPages = 2;
function toKnown(entry) {
    const tags = (entry.Tags ?? [])
        .filter((tag) => tag.Key !== undefined)
        .map((tag) => ({ Key: tag.Key, Value: tag.Value ?? '' }));
    return {
        state: 'known',
        tags,
        ...(entry.Description !== undefined ? { description: entry.Description } : {}),
        ...(entry.KmsKeyId ? { kmsKeyId: entry.KmsKeyId } : {}),
    };
}
/** The longest prefix every name shares. */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let prefix = names[0];
    for (const name of names) {
        let i = 0;
        while (i < prefix.length && i < name.length && prefix[i] === name[i])
            i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}
/**
 * The tags, description and KMS key of every existing secret in `names`, at the fewest calls:
 * ListSecrets with a `name` filter on the names' common prefix answers for 100 secrets a call;
 * it stops after the pages the names need plus two (a prefix shared with many other secrets
 * then costs at most two extra calls). DescribeSecret answers for each name the list did not
 * show (it lags behind writes by minutes), for every name when ListSecrets is not allowed, and
 * for each name the list shows as needing a change: a write is planned only on what
 * DescribeSecret says, so a lagging list never causes one.
 */
async function readCurrentSettings(client, caller, names, wanted) {
    const listed = names.length > 1 ? await listSettings(client, caller, names) : new Map();
    const settled = new Map();
    for (const [name, known] of listed)
        if (isNoChange(settingsChange(known, wanted)))
            settled.set(name, known);
    const rest = names.filter((name) => !settled.has(name));
    const described = await caller.map(rest, (name) => describeSettings(client, caller, name));
    rest.forEach((name, i) => settled.set(name, described[i]));
    return settled;
}
/** What ListSecrets shows for `names` (some may be missing); empty when it cannot be used. */
async function listSettings(client, caller, names) {
    const wanted = new Set(names);
    const found = new Map();
    const prefix = commonPrefix(names);
    if (prefix === '')
        return found;
    const budget = Math.ceil(names.length / pageSize) + extraPages;
    let nextToken;
    let pages = 0;
    try {
        do {
            const page = await caller.call('ListSecrets', () => client.send(new dist_cjs/* ListSecretsCommand */.j({
                Filters: [{ Key: 'name', Values: [prefix] }],
                MaxResults: pageSize,
                ...(nextToken ? { NextToken: nextToken } : {}),
            })));
            pages++;
            for (const entry of page.SecretList ?? [])
                if (entry.Name !== undefined && wanted.has(entry.Name))
                    found.set(entry.Name, toKnown(entry));
            nextToken = page.NextToken || undefined;
        } while (nextToken && found.size < wanted.size && pages < budget);
    }
    catch {
        // Not allowed (ListSecrets needs a policy on *) or failing: DescribeSecret answers instead.
    }
    return found;
}
async function describeSettings(client, caller, name) {
    try {
        const described = await caller.call('DescribeSecret', () => client.send(new dist_cjs/* DescribeSecretCommand */.X5({ SecretId: name })));
        return toKnown(described);
    }
    catch (error) {
        return {
            state: 'unknown',
            operation: 'DescribeSecret',
            code: (0,errors/* errorCode */.CA)(error),
            message: explainMigrateFailure(error, 'DescribeSecret'),
        };
    }
}

;// CONCATENATED MODULE: ./src/sync/migrate/plan.ts

/**
 * Decides, for each item: create (AWS has no such secret), update (it holds another value),
 * update-settings (the same value, another description or KMS key), retag (the same value and
 * settings, a wanted tag missing), unchanged (nothing to write), or fail (it cannot be read, or
 * a group's secret is not a JSON object). Values are compared in memory and never printed.
 */
function planMigration(items, current, wanted) {
    return items.map((item) => {
        const value = current.values.get(item.secretName) ?? { state: 'missing' };
        const byValue = planValue(item, value);
        if (byValue.action !== 'update' && byValue.action !== 'unchanged')
            return byValue;
        return withSettings(byValue, current.settings?.get(item.secretName), wanted);
    });
}
/** Adds to an update or unchanged entry what its tags, description and KMS key need. */
function withSettings(entry, settings, wanted) {
    if (settings?.state !== 'known') {
        const unchecked = settings
            ? { settingsUnchecked: { operation: settings.operation, code: settings.code } }
            : {};
        // Without the current tags an update sets them all, as a blind write would; unchanged stays.
        return entry.action === 'update'
            ? { ...entry, changes: { tags: wanted.tags }, ...unchecked }
            : { ...entry, ...unchecked };
    }
    const changes = settingsChange(settings, wanted);
    if (entry.action === 'update')
        return isNoChange(changes) ? entry : { ...entry, changes };
    if (changes.description !== undefined || changes.kmsKeyId !== undefined)
        return { ...entry, action: 'update-settings', changes };
    if (changes.tags.length > 0)
        return { ...entry, action: 'retag', changes };
    return entry;
}
function planValue(item, now) {
    if (now.state === 'error')
        return { item, action: 'fail', reason: now.message, code: now.code };
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
            code: 'NotAJsonObject',
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




const writing = new Set(['create', 'update', 'update-settings', 'retag']);
const statusOf = {
    create: 'created',
    update: 'updated',
    'update-settings': 'settings-updated',
    retag: 'retagged',
};
/**
 * Writes every create, update, update-settings and retag in `plan` and returns one outcome
 * each; a failure (access denied on one secret) is recorded and the others go on. A create
 * carries the tags, KMS key and description in its CreateSecret call. Otherwise the missing tags
 * come first (TagResource), then the value: PutSecretValue, or UpdateSecret when the description
 * or KMS key changes too (one call, so the new version is encrypted with the new key); a
 * settings-only change is an UpdateSecret without a value. A failed step stops that secret's
 * later steps, and the next run plans whatever is still missing.
 */
async function applyMigration(client, caller, plan, settings) {
    const writes = plan.filter((entry) => writing.has(entry.action));
    return caller.map(writes, (entry) => writeOne(client, caller, entry, settings));
}
async function writeOne(client, caller, entry, settings) {
    const name = entry.item.secretName;
    // One token per write, reused by every retry, so a retried write is not applied twice.
    const token = (0,external_node_crypto_.randomUUID)();
    let operation = 'CreateSecret';
    const step = (op, send) => {
        operation = op;
        return caller.call(op, send);
    };
    try {
        if (entry.action === 'create') {
            await step('CreateSecret', () => client.send(new dist_cjs/* CreateSecretCommand */._f({
                Name: name,
                SecretString: entry.secretString,
                ClientRequestToken: token,
                Tags: settings.tags.map((tag) => ({ ...tag })),
                ...(settings.kmsKeyId ? { KmsKeyId: settings.kmsKeyId } : {}),
                ...(settings.description ? { Description: settings.description } : {}),
            })));
            return { entry, status: 'created' };
        }
        const changes = entry.changes ?? { tags: [] };
        if (changes.tags.length > 0)
            await step('TagResource', () => client.send(new dist_cjs/* TagResourceCommand */.eq({ SecretId: name, Tags: changes.tags.map((t) => ({ ...t })) })));
        const settingsPart = {
            ...(changes.description !== undefined ? { Description: changes.description } : {}),
            ...(changes.kmsKeyId !== undefined ? { KmsKeyId: changes.kmsKeyId } : {}),
        };
        const value = entry.action === 'update'
            ? { SecretString: entry.secretString, ClientRequestToken: token }
            : {};
        if (Object.keys(settingsPart).length > 0)
            await step('UpdateSecret', () => client.send(new dist_cjs/* UpdateSecretCommand */.vn({ SecretId: name, ...value, ...settingsPart })));
        else if (entry.action === 'update')
            await step('PutSecretValue', () => client.send(new dist_cjs/* PutSecretValueCommand */.cp({ SecretId: name, ...value })));
        return { entry, status: statusOf[entry.action] };
    }
    catch (error) {
        return {
            entry,
            status: 'failed',
            operation,
            code: (0,errors/* errorCode */.CA)(error),
            message: explainMigrateFailure(error, operation),
        };
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

;// CONCATENATED MODULE: ./src/sync/migrate/index.ts









// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/cli/env/classify.ts + 1 modules
var classify = __webpack_require__(3005);
// EXTERNAL MODULE: ./src/cli/env/load.ts
var load = __webpack_require__(8864);
// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
/** The env Action's `secret-ids` lines: `VAR,name` per single secret, `,name` per JSON group. */
function readBackIds(items) {
    return {
        secretIds: items
            .filter((item) => item.kind === 'single')
            .map((item) => `${variableName(item.keys[0])},${item.secretName}`),
        jsonSecretIds: items.filter((item) => item.kind === 'group').map((i) => `,${i.secretName}`),
    };
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
    const ids = readBackIds(items);
    const steps = [];
    if (ids.secretIds.length > 0)
        steps.push('  - uses: org/secrets-action@v1', '    with:', '      secret-ids: |', ...ids.secretIds.map((line) => `        ${line}`));
    if (ids.jsonSecretIds.length > 0)
        steps.push('  - uses: org/secrets-action@v1', '    with:', '      secret-ids: |', ...ids.jsonSecretIds.map((line) => `        ${line}`), '      parse-json-secrets: true');
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

// EXTERNAL MODULE: ./src/shared/table.ts
var table = __webpack_require__(8429);
;// CONCATENATED MODULE: ./src/cli/migrate/report.ts

/** The `.env` keys an entry holds, as one cell. */
function keysOf(entry) {
    return entry.item.kind === 'group' ? entry.item.keys.join(', ') : (entry.item.keys[0] ?? '');
}
/** What a settings change sets, names and key ids only: `tags team; description; KMS key …`. */
function changesText(changes) {
    const parts = [];
    if (changes.tags.length > 0)
        parts.push(`tag${changes.tags.length === 1 ? '' : 's'} ${changes.tags.map((t) => t.Key).join(', ')}`);
    if (changes.description !== undefined)
        parts.push('description');
    if (changes.kmsKeyId !== undefined)
        parts.push(`KMS key ${changes.kmsKeyId || 'aws/secretsmanager'} (now ${changes.currentKmsKeyId ?? 'aws/secretsmanager'})`);
    return parts.length > 0 ? `sets ${parts.join('; ')}` : '';
}
/** The NOTE cell: the plan's remark, what else is set, and settings that could not be read. */
function noteOf(entry) {
    const parts = [
        entry.reason ?? '',
        entry.changes ? changesText(entry.changes) : '',
        entry.settingsUnchecked
            ? `tags, description and KMS key not checked (${entry.settingsUnchecked.operation}: ${entry.settingsUnchecked.code})`
            : '',
    ];
    return parts.filter((part) => part !== '').join('; ');
}
/** How many entries of each action the plan holds. */
function countActions(plan) {
    const counts = { create: 0, update: 0, 'update-settings': 0, retag: 0, unchanged: 0, fail: 0 };
    for (const entry of plan)
        counts[entry.action]++;
    return counts;
}
/** The plan as a table of names (action, secret name, keys, remark) and a count line. */
function planText(plan, skipped, header) {
    const rows = [
        ...plan.map((entry) => [entry.action, entry.item.secretName, keysOf(entry), noteOf(entry)]),
        ...skipped.map((s) => ['skip', '-', s.key, s.reason]),
    ];
    const count = countActions(plan);
    const summary = [
        `${count.create} to create`,
        `${count.update} to update`,
        ...(count['update-settings'] > 0 ? [`${count['update-settings']} to update settings`] : []),
        ...(count.retag > 0 ? [`${count.retag} to retag`] : []),
        `${count.unchanged} unchanged`,
        ...(count.fail > 0 ? [`${count.fail} cannot be planned`] : []),
        `${skipped.length} key${skipped.length === 1 ? '' : 's'} skipped`,
    ].join(', ');
    return `${header}\n${(0,table/* formatTable */.ku)(['ACTION', 'SECRET', 'KEYS', 'NOTE'], rows)}${summary}\n`;
}
/** Every failure of a run: plan entries that could not be planned, then failed writes. */
function failuresOf(plan, outcomes) {
    return [
        ...plan
            .filter((entry) => entry.action === 'fail')
            .map((entry) => ({
            entry,
            code: entry.code ?? 'UnknownError',
            message: entry.reason ?? 'cannot be planned',
        })),
        ...outcomes
            .filter((o) => o.status === 'failed')
            .map((o) => ({
            entry: o.entry,
            ...(o.operation ? { operation: o.operation } : {}),
            code: o.code ?? 'UnknownError',
            message: o.message ?? 'failed',
        })),
    ];
}
const notDone = {
    create: 'not created: ',
    update: 'value not updated: ',
    'update-settings': 'settings not updated: ',
    retag: 'tags not set: ',
    unchanged: '',
    fail: '',
};
/**
 * After applying: exactly which secrets were written and which failed, one line each, the reason
 * built from the AWS error code. Plan failures (a secret that could not be read) count as failed.
 */
function outcomeText(plan, outcomes) {
    const written = outcomes.filter((o) => o.status !== 'failed');
    const failed = failuresOf(plan, outcomes);
    const unchanged = plan.filter((entry) => entry.action === 'unchanged').length;
    const lines = [];
    if (written.length > 0) {
        lines.push(`Written (${written.length}):`);
        for (const o of written)
            lines.push(`  ${o.status.padEnd(16)} ${o.entry.item.secretName} (${keysOf(o.entry)})`);
    }
    else
        lines.push('Written: none');
    if (unchanged > 0)
        lines.push(`Unchanged, not written: ${unchanged}`);
    if (failed.length > 0) {
        lines.push(`Failed (${failed.length}):`);
        for (const f of failed)
            lines.push(`  ${f.entry.item.secretName} (${keysOf(f.entry)}): ${notDone[f.entry.action]}${f.message}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/migrate/json.ts



function planJson(entry) {
    const { changes } = entry;
    return {
        name: entry.item.secretName,
        kind: entry.item.kind,
        keys: entry.item.keys,
        action: entry.action,
        ...(entry.action !== 'fail' && entry.reason ? { note: entry.reason } : {}),
        ...(changes
            ? {
                changes: {
                    tags: changes.tags.map((tag) => tag.Key),
                    description: changes.description !== undefined,
                    ...(changes.kmsKeyId !== undefined
                        ? { kmsKeyId: changes.kmsKeyId, currentKmsKeyId: changes.currentKmsKeyId ?? null }
                        : {}),
                },
            }
            : {}),
        ...(entry.settingsUnchecked ? { settingsUnchecked: entry.settingsUnchecked } : {}),
        ...(entry.action === 'fail'
            ? { error: { code: entry.code ?? 'UnknownError', message: entry.reason ?? '' } }
            : {}),
    };
}
function outcomeJson(plan, outcomes) {
    const failed = failuresOf(plan, outcomes).map((f) => ({
        name: f.entry.item.secretName,
        keys: f.entry.item.keys,
        action: f.entry.action,
        ...(f.operation ? { operation: f.operation } : {}),
        code: f.code,
        message: f.message,
    }));
    const errorsByCode = {};
    for (const f of failed)
        (errorsByCode[f.code] ??= []).push(f.name);
    return {
        written: outcomes
            .filter((o) => o.status !== 'failed')
            .map((o) => ({ name: o.entry.item.secretName, keys: o.entry.item.keys, status: o.status })),
        unchanged: plan.filter((e) => e.action === 'unchanged').map((e) => e.item.secretName),
        failed,
        errorsByCode,
    };
}
function rewriteJson(result, file, cwd) {
    const show = (path) => (0,external_node_path_.relative)(cwd, path) || path;
    return {
        envFile: file,
        removed: result.removed,
        ...(result.example
            ? { example: { file: show(result.example.path), action: result.example.action } }
            : {}),
        gitignore: { file: show(result.ignore.gitignore), action: result.ignore.action },
        tracked: result.ignore.tracked,
    };
}
/**
 * The JSON document of a run: the plan (names, actions, what else changes), the outcome
 * (written, unchanged, failed with operation and AWS error code, and failures grouped by code),
 * the rewrite and the read-back ids. Built from names and codes only, so no value can be in it.
 */
function migrateJson(run, cwd, ok) {
    return {
        ok,
        file: run.file,
        ...(run.region ? { region: run.region } : {}),
        dryRun: run.dryRun,
        issues: run.issues,
        summary: { ...countActions(run.plan), skip: run.skipped.length },
        plan: run.plan.map(planJson),
        skipped: run.skipped,
        notes: run.notes,
        outcome: run.outcomes ? outcomeJson(run.plan, run.outcomes) : null,
        rewrite: run.rewrite ? rewriteJson(run.rewrite, run.file, cwd) : null,
        readBack: readBackIds(run.inAws),
    };
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
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help)
        return { help: true };
    if (positionals.length > 0)
        throw new shared_errors/* UsageError */.eb(`migrate takes no file arguments ('${positionals[0]}'); name the file with --env-file`);
    if (values.prefix === undefined)
        throw new shared_errors/* UsageError */.eb('migrate needs --prefix, the start of every secret name (such as app/production/)');
    if (values.format !== 'text' && values.format !== 'json')
        throw new shared_errors/* UsageError */.eb(`--format must be text or json, not '${values.format}'`);
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
        format: values.format,
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
var external_node_util_ = __webpack_require__(356);
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
 * key and no values (merged into a hand-made one), and the `.env` ignored by git.
 */
async function rewriteEnvFiles(file, migrated) {
    // Re-read: refuse to overwrite edits made while the AWS calls ran.
    const now = await (0,promises_.readFile)(file.path, 'utf8');
    if (now !== file.text)
        throw new shared_errors/* IoError */.dA(`${file.shown} changed while migrate ran, so it was not rewritten; run migrate --rewrite again (written secrets are then unchanged)`);
    const entries = file.entries.map((e) => e.entry);
    await writeFileAtomic(file.path, (0,env/* removeEntries */.nw)(file.text, entries, migrated), file.mode);
    const removed = entries.map((entry) => entry.key).filter((key) => migrated.has(key));
    const examplePath = (0,external_node_path_.join)((0,external_node_path_.dirname)(file.path), `${(0,external_node_path_.basename)(file.path)}.example`);
    let existing;
    try {
        existing = await (0,promises_.readFile)(examplePath, 'utf8');
    }
    catch {
        existing = undefined;
    }
    const example = (0,env/* exampleText */.kQ)([...new Set(entries.map((entry) => entry.key))], existing);
    if (example !== undefined)
        await writeFileAtomic(examplePath, example, 0o644);
    const action = example === undefined ? 'already' : existing === undefined ? 'written' : 'merged';
    return {
        removed,
        example: { path: examplePath, action },
        ignore: await ensureIgnored(file.path),
    };
}
/**
 * `--rewrite` on a file with no secrets to migrate: nothing to remove and no example to write,
 * but the `.env` (configuration, or the keys left after an earlier rewrite) is still made
 * ignored by git, since a secret added to it later must not be committed.
 */
async function ignoreEnvFile(file) {
    return { removed: [], ignore: await ensureIgnored(file.path) };
}
/** The lines to print for `result`, paths relative to `cwd`. */
function rewriteLines(result, file, cwd) {
    const show = (path) => {
        const rel = (0,external_node_path_.relative)(cwd, path);
        return rel === '' || rel.startsWith('..') ? path : rel;
    };
    const lines = [];
    const count = result.removed.length;
    if (result.example)
        lines.push(`${file.shown}: removed ${count} migrated key${count === 1 ? '' : 's'}`);
    if (result.example?.action === 'already')
        lines.push(`${show(result.example.path)}: already lists every key`);
    else if (result.example)
        lines.push(result.example.action === 'written'
            ? `${show(result.example.path)}: written (every key, empty values; commit it)`
            : `${show(result.example.path)}: added the keys it lacked (existing lines kept)`);
    const { ignore } = result;
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
 * key first, plans against the current values and settings (names only), writes only what
 * differs, reports per secret, and with `--rewrite` takes the migrated keys out of the `.env`.
 * With `--format json` the same run is one JSON document on stdout instead of the tables.
 */
async function migrateCommand(argv, io) {
    const options = parseMigrateOptions(argv);
    if (options.help) {
        io.stdout(help/* migrateHelp */.NA);
        return shared_errors/* ExitCode */.yU.clean;
    }
    if (options.dryRun && options.rewrite)
        throw new shared_errors/* UsageError */.eb('--dry-run writes nothing, so it cannot --rewrite; drop one of them');
    const json = options.format === 'json';
    const text = (chunk) => {
        if (!json)
            io.stdout(chunk);
    };
    const file = await (0,load/* loadEnvFile */.I)(io.cwd, options.envFile, new classify/* EnvClassifier */.H());
    for (const notice of file.notices)
        io.stderr(`${file.shown}:${notice.line}: warning: ${notice.message}\n`);
    const selection = selectEntries(file.entries, options.only, file.shown);
    const pairs = selection.selected.map(({ entry }) => ({ key: entry.key, value: entry.value }));
    const built = buildItems(pairs, {
        prefix: options.prefix,
        ...(options.group !== undefined ? { group: options.group } : {}),
    });
    const run = {
        file: file.shown,
        dryRun: options.dryRun,
        issues: [...selection.issues, ...built.issues],
        plan: [],
        skipped: selection.skipped,
        notes: selection.notes,
        inAws: [],
    };
    const finish = (code) => {
        if (json)
            io.stdout(`${JSON.stringify(migrateJson(run, io.cwd, code === 0), null, 2)}\n`);
        return code;
    };
    if (run.issues.length > 0) {
        finish(shared_errors/* ExitCode */.yU.error);
        throw new shared_errors/* ConfigError */.xL(`${file.shown}: nothing was written; fix ${run.issues.length === 1 ? 'this' : 'these'} first:`, run.issues);
    }
    if (built.items.length === 0 || pairs.length === 0) {
        text(planText([], selection.skipped, `${file.shown}: no secrets to migrate.`) +
            'Name keys with --only KEY,… to migrate keys classified as configuration.\n');
        if (options.rewrite) {
            run.rewrite = await ignoreEnvFile(file);
            text(`\n${rewriteLines(run.rewrite, file, io.cwd).join('\n')}\n`);
        }
        return finish(shared_errors/* ExitCode */.yU.clean);
    }
    const clientOptions = clientOptionsFromEnv(io.env, options);
    if (!clientOptions.region)
        throw new shared_errors/* UsageError */.eb('no AWS region: pass --region or set AWS_REGION');
    run.region = clientOptions.region;
    const wanted = {
        tags: options.tags,
        ...(options.kmsKeyId ? { kmsKeyId: options.kmsKeyId } : {}),
        ...(options.description !== undefined ? { description: options.description } : {}),
    };
    const client = (0,aws_client/* createSecretsManagerClient */.m)(clientOptions);
    try {
        const caller = new aws_caller/* AwsCaller */.d(retry/* defaultRetry */.i, concurrency);
        const names = built.items.map((item) => item.secretName);
        const values = await readCurrentValues(client, caller, names);
        const existing = names.filter((name) => {
            const state = values.get(name)?.state;
            return state === 'string' || state === 'binary';
        });
        const settings = await readCurrentSettings(client, caller, existing, wanted);
        run.plan = planMigration(built.items, { values, settings }, wanted);
        const where = `${file.shown} → AWS Secrets Manager (${clientOptions.region})`;
        text(planText(run.plan, selection.skipped, `Plan: ${where}`));
        for (const note of selection.notes)
            text(`note: ${note}\n`);
        warnUnchecked(run.plan, io);
        const planFailed = run.plan.some((entry) => entry.action === 'fail');
        if (options.dryRun) {
            text('\nDry run: nothing was written. Run again without --dry-run to apply.\n');
            run.inAws = run.plan.filter((entry) => entry.action !== 'fail').map((entry) => entry.item);
            if (run.inAws.length > 0)
                text(`\n${nextStepText(run.inAws)}`);
            return finish(planFailed ? shared_errors/* ExitCode */.yU.error : shared_errors/* ExitCode */.yU.clean);
        }
        const outcomes = await applyMigration(client, caller, run.plan, wanted);
        run.outcomes = outcomes;
        text(`\n${outcomeText(run.plan, outcomes)}`);
        const failedNames = new Set([
            ...run.plan.filter((e) => e.action === 'fail').map((e) => e.item.secretName),
            ...outcomes.filter((o) => o.status === 'failed').map((o) => o.entry.item.secretName),
        ]);
        const inAws = run.plan.filter((entry) => !failedNames.has(entry.item.secretName));
        run.inAws = inAws.map((entry) => entry.item);
        if (run.inAws.length > 0)
            text(`\n${nextStepText(run.inAws)}`);
        if (failedNames.size > 0) {
            io.stderr(`secrets-action: ${failedNames.size} of ${run.plan.length} secrets failed (listed above); fix the cause and run migrate again: what was written is then unchanged.${options.rewrite ? ` ${file.shown} was not rewritten.` : ''}\n`);
            return finish(shared_errors/* ExitCode */.yU.error);
        }
        if (options.rewrite) {
            run.rewrite = await rewriteEnvFiles(file, new Set(run.inAws.flatMap((item) => item.keys)));
            text(`\n${rewriteLines(run.rewrite, file, io.cwd).join('\n')}\n`);
        }
        else
            text(`\nRun with --rewrite to remove the migrated keys from ${file.shown}.\n`);
        return finish(shared_errors/* ExitCode */.yU.clean);
    }
    finally {
        client.destroy();
    }
}
/** One stderr line when some secrets' tags, description and KMS key could not be read. */
function warnUnchecked(plan, io) {
    const unchecked = plan.filter((entry) => entry.settingsUnchecked);
    if (unchecked.length === 0)
        return;
    const codes = [...new Set(unchecked.map((entry) => entry.settingsUnchecked?.code))].join(', ');
    io.stderr(`warning: the tags, description and KMS key of ${unchecked.length} secret${unchecked.length === 1 ? '' : 's'} could not be read (DescribeSecret: ${codes}), so ${unchecked.length === 1 ? 'it was' : 'they were'} compared by value only; allow secretsmanager:DescribeSecret (or secretsmanager:ListSecrets) to check and repair them\n`);
}


/***/ })

};
