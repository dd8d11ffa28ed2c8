export const id = 77;
export const ids = [77];
export const modules = {

/***/ 6077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotationCommand: () => (/* binding */ rotationCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/sync/errors.ts
var sync_errors = __webpack_require__(4700);
// EXTERNAL MODULE: ./src/sync/selection.ts
var selection = __webpack_require__(517);
// EXTERNAL MODULE: ./src/sync/aws/client.ts
var aws_client = __webpack_require__(7090);
// EXTERNAL MODULE: ./src/sync/aws/caller.ts + 1 modules
var aws_caller = __webpack_require__(3126);
// EXTERNAL MODULE: ./src/sync/aws/errors.ts
var aws_errors = __webpack_require__(9778);
// EXTERNAL MODULE: ./src/sync/aws/retry.ts
var retry = __webpack_require__(8719);
;// CONCATENATED MODULE: ./src/sync/aws/fetch.ts






/** BatchGetSecretValue takes at most 20 ids per call. */
const batchSize = 20;
// Whole-call Batch failures that GetSecretValue may not share: the role lacks
// secretsmanager:BatchGetSecretValue, or the endpoint (an emulator) does not know the operation.
const batchUnavailable = new Set([
    'AccessDeniedException',
    'AccessDenied',
    'UnknownOperationException',
    'InvalidAction',
    'NotImplemented',
]);
/**
 * Reads the selected secrets: prefixes through every ListSecrets page, values with
 * BatchGetSecretValue (20 ids a call) falling back to GetSecretValue where Batch is denied or a
 * version is pinned; calls run `concurrency` at a time with retries on throttling and timeouts.
 * Missing secrets and empty prefixes go to `missing` when `ignoreMissing`, else they fail like
 * any other error: every failure is collected and thrown once as `SecretFetchError`.
 */
async function fetchSecrets(client, selectors, options = {}) {
    const caller = new AwsCaller({
        attempts: options.retry?.attempts ?? defaultRetry.attempts,
        baseDelayMs: options.retry?.baseDelayMs ?? defaultRetry.baseDelayMs,
    }, options.concurrency ?? 8);
    const failures = [];
    const missing = [];
    const notFound = (error, id) => {
        if (error.kind === 'not-found' && options.ignoreMissing)
            missing.push(id);
        else
            failures.push(error);
    };
    const targets = await expand(client, caller, selectors, notFound, failures);
    const pinned = Boolean(options.versionStage || options.versionId);
    const version = { versionStage: options.versionStage, versionId: options.versionId };
    const outcomes = pinned
        ? await caller.map(targets, (t) => readOne(client, caller, t.id, version))
        : await readBatched(client, caller, targets);
    const secrets = [];
    targets.forEach((target, i) => {
        const outcome = outcomes[i];
        if (outcome === undefined)
            return;
        if (outcome instanceof AwsSecretError)
            notFound(outcome, target.id);
        else
            secrets.push({ ...target, ...outcome, id: target.id });
    });
    if (failures.length > 0)
        throw new SecretFetchError(failures);
    return { secrets, missing, calls: caller.calls };
}
async function expand(client, caller, selectors, notFound, failures) {
    const lists = await caller.map(selectors, async (selector) => {
        if (selector.kind === 'id')
            return [{ id: selector.id, selector: selector.id, alias: selector.alias }];
        let listed;
        try {
            listed = await listByPrefix(client, caller, selector.prefix);
        }
        catch (error) {
            failures.push(toAwsSecretError(error, selector.id, 'ListSecrets'));
            return [];
        }
        if (listed.length === 0) {
            notFound(new AwsSecretError(`prefix '${selector.id}': no secret name starts with '${selector.prefix}'; check the prefix, its case and the region, or set ignore-missing: true`, selector.id, 'not-found', 'NoMatch'), selector.id);
            return [];
        }
        if (selector.alias && listed.length > 1) {
            failures.push(new AwsSecretError(`prefix '${selector.id}': the alias ${selector.alias} needs exactly one match but ${listed.length} secrets match; remove the alias or narrow the prefix`, selector.id, 'not-unique', 'NotUnique'));
            return [];
        }
        return listed.map((s) => ({ id: s.name, selector: selector.id, alias: selector.alias }));
    });
    const seen = new Set();
    return lists.flat().filter((t) => {
        const key = `${t.alias ?? '\0'}\n${t.id}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
async function readOne(client, caller, id, version) {
    try {
        return await getOne(client, caller, id, version);
    }
    catch (error) {
        return toAwsSecretError(error, id, 'GetSecretValue');
    }
}
async function readBatched(client, caller, targets) {
    const ids = [...new Set(targets.map((t) => t.id))];
    const chunks = [];
    for (let i = 0; i < ids.length; i += batchSize)
        chunks.push(ids.slice(i, i + batchSize));
    let batchDenied = false;
    const byId = new Map();
    const pending = [];
    await caller.map(chunks, async (chunk) => {
        if (batchDenied)
            return void pending.push(...chunk);
        try {
            const { values, errors } = await getBatch(client, caller, chunk);
            for (const id of chunk) {
                const value = values.find((v) => matches(v, id));
                const code = errors.get(id);
                if (value)
                    byId.set(id, value);
                else if (code)
                    byId.set(id, toAwsSecretError({ name: code }, id, 'GetSecretValue'));
                // Neither a value nor an error (a partial ARN the match could not place): ask directly.
                else
                    pending.push(id);
            }
        }
        catch (error) {
            if (batchUnavailable.has(errorCode(error))) {
                batchDenied = true;
                pending.push(...chunk);
            }
            else {
                for (const id of chunk)
                    byId.set(id, toAwsSecretError(error, id, 'BatchGetSecretValue'));
            }
        }
    });
    const fallback = await caller.map(pending, (id) => readOne(client, caller, id, {}));
    pending.forEach((id, i) => byId.set(id, fallback[i]));
    return targets.map((t) => byId.get(t.id));
}

// EXTERNAL MODULE: ./src/sync/naming.ts
var naming = __webpack_require__(787);
// EXTERNAL MODULE: ./src/sync/masking.ts
var masking = __webpack_require__(543);
;// CONCATENATED MODULE: ./src/sync/index.ts







// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sync/plan/yaml-fields.ts

/** Reports every key of the mapping at `path` that is not in `known` (typos fail loudly). */
function unknownKeys(doc, path, known, at, issues) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path);
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items) {
        const key = String(pair.key?.value ?? pair.key);
        if (!known.includes(key)) {
            issues.push(`${at([...path, key])}: unknown key '${key}' (expected one of ${known.join(', ')})`);
        }
    }
}
/** The trimmed string at `path`, undefined when absent; anything else is an issue. */
function optionalString(doc, path, at, issues) {
    const value = doc.getIn(path);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    issues.push(`${at(path)}: ${String(path[path.length - 1])} must be a non-empty string`);
    return undefined;
}
/** The boolean at `path` (YAML true/false only), undefined when absent. */
function optionalBoolean(doc, path, at, issues) {
    const value = doc.getIn(path);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'boolean')
        return value;
    issues.push(`${at(path)}: ${String(path[path.length - 1])} must be true or false`);
    return undefined;
}
/** A non-empty list of non-empty strings at `path`, undefined when absent. */
function stringList(doc, path, at, issues) {
    const node = doc.getIn(path);
    if (node === undefined || node === null)
        return undefined;
    const items = (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => i?.value) : undefined;
    if (items && items.length > 0 && items.every((i) => typeof i === 'string' && i.trim() !== '')) {
        return items.map((i) => i.trim());
    }
    issues.push(`${at(path)}: ${String(path[path.length - 1])} must be a non-empty list of strings`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/sync/rotation/duration.ts
/**
 * Maximum ages and warning windows in whole days. `30d`, `12w`, `1y` (365 days) or a bare number
 * of days; months are refused because their length varies and `m` reads as minutes to many.
 */
/** A duration: a count and an optional unit. */
const durationPattern = /^(\d{1,5})\s*([dwy]?)$/;
/** What someone meaning months writes. */
const monthsPattern = /^\d+\s*(m|mo|months?)$/;
const daysPerUnit = { '': 1, d: 1, w: 7, y: 365 };
/** Milliseconds in one day. */
const dayMs = 86_400_000;
/**
 * The number of days `text` stands for, or an explanation of why it is not a duration. Zero is
 * refused: a maximum age of zero days would make every secret overdue.
 */
function parseDays(text) {
    const trimmed = text.trim().toLowerCase();
    const match = durationPattern.exec(trimmed);
    if (!match) {
        const hint = monthsPattern.test(trimmed)
            ? ' (months vary in length: write 30d, 90d or 180d)'
            : '';
        return { problem: `'${text}' is not a duration such as 30d, 12w or 1y${hint}` };
    }
    const days = Number(match[1]) * (daysPerUnit[match[2] ?? ''] ?? 1);
    if (days === 0)
        return { problem: `'${text}' is zero days` };
    return { days };
}

;// CONCATENATED MODULE: ./src/sync/rotation/errors.ts



/** A rotation policy that cannot be used; `issues` lists every problem with its line. */
class RotationPolicyError extends errors/* ConfigError */.xL {
    name = 'RotationPolicyError';
}
/**
 * The one-line message for a failed ListSecrets or DescribeSecret call of a rotation check: what
 * was being read, the IAM action to allow and the fix. The shared explanation is worded for the
 * Actions that read values (a prefix selector, `ignore-missing`, a workflow step), so the subject
 * and the region and credential hints are restated here for both the CLI and the Action.
 */
function rotationAwsError(error, operation, id) {
    const what = operation === 'ListSecrets'
        ? `listing secrets${id ? ` with prefix '${id}'` : ''}`
        : `describing secret '${id}'`;
    // The SDK's own configuration error: a plain Error with this fixed message and no code.
    if (error instanceof Error && error.message === 'Region is missing')
        return new sync_errors/* AwsSecretError */.YP(`${what}: no AWS region; pass --region (the Action's region input) or set AWS_REGION`, id, 'other', 'RegionMissing');
    const shared = (0,aws_errors/* toAwsSecretError */.HZ)(error, id, operation);
    if (shared.kind === 'credentials')
        return new sync_errors/* AwsSecretError */.YP(`${what}: no valid AWS credentials (${shared.code}); set AWS_PROFILE or AWS_ACCESS_KEY_ID, or run aws-actions/configure-aws-credentials before the step in a workflow`, id, shared.kind, shared.code);
    const subject = operation === 'ListSecrets' ? `prefix '${id}'` : `secret '${id}'`;
    return new sync_errors/* AwsSecretError */.YP(`${what}: ${shared.message.slice(subject.length + 2)}`, id, shared.kind, shared.code);
}

;// CONCATENATED MODULE: ./src/sync/rotation/policy.ts




const topKeys = ['warn-days', 'unmatched', 'rules', 'ignore'];
const ruleKeys = ['name', 'match', 'tag', 'max-age'];
const unmatchedModes = ['report', 'ignore', 'fail'];
/** The default warning window when the policy sets none. */
const defaultWarnDays = 14;
/**
 * Parses and validates a rotation policy as a whole: every problem is reported at once, each
 * naming `file` and its line.
 *
 * ```yaml
 * warn-days: 14                 # optional (default 14): due-soon this many days before the due date
 * unmatched: report             # optional: report (default) | ignore | fail
 * ignore: ['legacy/**']         # optional: names not checked at all
 * rules:                        # first match wins
 *   - { name: JWT keys, match: '**\/jwt-*', max-age: 30d }
 *   - { tag: { class: database }, max-age: 90d }
 *   - { match: ['**\/api-key*', '**\/*-token'], max-age: 180d }
 *   - { match: '**', max-age: 1y }
 * ```
 */
function parseRotationPolicy(text, file = 'policy') {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    const lineOf = (path) => {
        const node = doc.getIn(path, true);
        const offset = node?.range?.[0];
        return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    };
    const at = (path) => {
        const line = lineOf(path);
        return line === undefined ? file : `${file} line ${line}`;
    };
    const issues = doc.errors.map((error) => `${file} line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`);
    if (issues.length > 0)
        throw new RotationPolicyError(`${file} is not valid YAML:`, issues);
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new RotationPolicyError(`${file}: expected a mapping with rules (and warn-days, ignore)`);
    unknownKeys(doc, [], topKeys, at, issues);
    const warnDays = doc.has('warn-days')
        ? days(doc, ['warn-days'], at, issues, true)
        : defaultWarnDays;
    const unmatched = (doc.get('unmatched') ?? 'report');
    if (!unmatchedModes.includes(unmatched))
        issues.push(`${at(['unmatched'])}: unmatched must be ${unmatchedModes.join(', ')}`);
    const ignore = stringList(doc, ['ignore'], at, issues) ?? [];
    const rules = [];
    const node = doc.get('rules', true);
    if (!(0,dist/* isSeq */.oP)(node) || node.items.length === 0) {
        issues.push(`${at(['rules'])}: rules must be a non-empty list (first match wins)`);
    }
    else {
        node.items.forEach((_, index) => {
            const rule = readRule(doc, index, at, lineOf(['rules', index]), issues);
            if (rule)
                rules.push(rule);
        });
    }
    if (issues.length > 0)
        throw new RotationPolicyError(`${file} has ${issues.length} problem(s):`, issues);
    return { warnDays: warnDays ?? defaultWarnDays, unmatched, rules, ignore };
}
function readRule(doc, index, at, line, issues) {
    const path = ['rules', index];
    if (!(0,dist/* isMap */.jh)(doc.getIn(path))) {
        issues.push(`${at(path)}: each rule must be a mapping with match or tag, and max-age`);
        return undefined;
    }
    unknownKeys(doc, path, ruleKeys, at, issues);
    const matchValue = doc.getIn([...path, 'match']);
    const match = typeof matchValue === 'string' && matchValue.trim() !== ''
        ? [matchValue.trim()]
        : (stringList(doc, [...path, 'match'], at, issues) ?? []);
    const tags = readTags(doc, [...path, 'tag'], at, issues);
    const nameValue = doc.getIn([...path, 'name']);
    if (nameValue !== undefined && (typeof nameValue !== 'string' || nameValue.trim() === ''))
        issues.push(`${at([...path, 'name'])}: name must be a non-empty string`);
    const given = doc.hasIn([...path, 'match']) || doc.hasIn([...path, 'tag']);
    if (match.length === 0 && Object.keys(tags).length === 0 && !given) {
        issues.push(`${at(path)}: rule ${index + 1} needs match (name globs) or tag (key: value)`);
        return undefined;
    }
    if (!doc.hasIn([...path, 'max-age'])) {
        issues.push(`${at(path)}: rule ${index + 1} needs max-age (such as 90d)`);
        return undefined;
    }
    const maxAgeDays = days(doc, [...path, 'max-age'], at, issues, false);
    if (maxAgeDays === undefined)
        return undefined;
    const described = [
        ...match,
        ...Object.entries(tags).map(([key, value]) => `tag ${key}=${value}`),
    ].join(', ');
    return {
        index: index + 1,
        label: typeof nameValue === 'string' && nameValue.trim() !== '' ? nameValue.trim() : described,
        ...(line !== undefined ? { line } : {}),
        match,
        tags,
        maxAgeDays,
    };
}
/** `tag: { key: value }`: values are compared as text; `*` accepts any value. */
function readTags(doc, path, at, issues) {
    const node = doc.getIn(path, true);
    if (node === undefined || node === null)
        return {};
    const tags = {};
    if ((0,dist/* isMap */.jh)(node) && node.items.length > 0) {
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
            const value = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : pair.value;
            const scalar = (v) => ['string', 'number', 'boolean'].includes(typeof v);
            if (!scalar(key) || !scalar(value) || String(key) === '') {
                issues.push(`${at(path)}: tag must map tag keys to values (use '*' for any value)`);
                return {};
            }
            tags[String(key)] = String(value);
        }
        return tags;
    }
    issues.push(`${at(path)}: tag must be a mapping such as { class: database }`);
    return {};
}
/** A duration at `path` in days (a number of days, or text such as 30d), or undefined. */
function days(doc, path, at, issues, allowZero) {
    const value = doc.getIn(path);
    const key = String(path[path.length - 1]);
    if (allowZero && (value === 0 || value === '0'))
        return 0;
    if (typeof value !== 'string' && typeof value !== 'number') {
        issues.push(`${at(path)}: ${key} must be a duration such as 30d, 12w or 1y`);
        return undefined;
    }
    const parsed = parseDays(String(value));
    if ('problem' in parsed) {
        issues.push(`${at(path)}: ${key}: ${parsed.problem}`);
        return undefined;
    }
    return parsed.days;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/sync/rotation/types.ts
/** Every status in severity order (most severe first): table order and report keys. */
const rotationStatuses = [
    'rotation-failing',
    'overdue',
    'due-soon',
    'unmanaged',
    'ok',
    'ignored',
    'scheduled-for-deletion',
];

;// CONCATENATED MODULE: ./src/sync/rotation/evaluate.ts



// Secret names are case-sensitive in AWS; dots are ordinary characters in them.
const globOptions = { dot: true, nocomment: true };
/** A compiled rule: does it cover this secret? */
function ruleMatcher(rule) {
    const globs = rule.match.map((glob) => new esm/* Minimatch */.VR(glob, globOptions));
    const tags = Object.entries(rule.tags);
    return (facts) => (globs.length === 0 || globs.some((glob) => glob.match(facts.name))) &&
        tags.every(([key, value]) => (value === '*' ? key in facts.tags : facts.tags[key] === value));
}
/** The date the age counts from: the last rotation, else the last change, else creation. */
function ageReference(facts) {
    if (facts.lastRotatedDate)
        return ['LastRotatedDate', facts.lastRotatedDate];
    if (facts.lastChangedDate)
        return ['LastChangedDate', facts.lastChangedDate];
    if (facts.createdDate)
        return ['CreatedDate', facts.createdDate];
    return undefined;
}
/**
 * Checks every secret against the policy at `options.now`: ignored and scheduled-for-deletion
 * secrets are listed but never fail; the first matching rule gives the maximum age; rotation
 * that is enabled but whose NextRotationDate has passed is `rotation-failing`, whatever the age.
 * Pure: the same facts, policy and time give the same report.
 */
function evaluateRotation(secrets, policy, options) {
    const now = options.now.getTime();
    const warnDays = options.warnDays ?? policy.warnDays;
    const ignore = policy.ignore.map((glob) => new esm/* Minimatch */.VR(glob, globOptions));
    const rules = policy.rules.map((rule) => ({ rule, matches: ruleMatcher(rule) }));
    const findings = [];
    for (const facts of secrets) {
        const base = {
            name: facts.name,
            rotationEnabled: facts.rotationEnabled,
            ...(facts.rotationDays !== undefined ? { rotationDays: facts.rotationDays } : {}),
            ...(facts.nextRotationDate ? { nextRotationDate: facts.nextRotationDate.toISOString() } : {}),
        };
        if (facts.deletedDate) {
            findings.push({ ...base, status: 'scheduled-for-deletion', failing: false });
            continue;
        }
        if (ignore.some((glob) => glob.match(facts.name))) {
            findings.push({ ...base, status: 'ignored', failing: false, note: 'ignored by the policy' });
            continue;
        }
        const rule = rules.find((candidate) => candidate.matches(facts))?.rule;
        if (!rule) {
            if (policy.unmatched === 'ignore')
                continue;
            findings.push({
                ...base,
                status: 'unmanaged',
                failing: policy.unmatched === 'fail',
                note: 'no rule matches this secret',
            });
            continue;
        }
        findings.push({ ...base, ...judge(facts, rule, now, warnDays) });
    }
    const severity = (status) => rotationStatuses.indexOf(status);
    findings.sort((a, b) => severity(a.status) - severity(b.status) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const counts = Object.fromEntries(rotationStatuses.map((status) => [status, 0]));
    for (const finding of findings)
        counts[finding.status]++;
    return {
        now: options.now.toISOString(),
        warnDays,
        findings,
        counts,
        failing: findings.some((finding) => finding.failing),
    };
}
/** Status, age and due date of a secret a rule covers. */
function judge(facts, rule, now, warnDays) {
    const ruleRef = { index: rule.index, label: rule.label, maxAgeDays: rule.maxAgeDays };
    const reference = ageReference(facts);
    if (!reference)
        return {
            status: 'overdue',
            failing: true,
            rule: ruleRef,
            note: 'no LastRotatedDate, LastChangedDate or CreatedDate to count the age from',
        };
    const [ageFrom, from] = reference;
    const due = from.getTime() + rule.maxAgeDays * dayMs;
    const dated = {
        rule: ruleRef,
        ageFrom,
        ageFromDate: from.toISOString(),
        ageDays: Math.max(0, Math.floor((now - from.getTime()) / dayMs)),
        dueDate: new Date(due).toISOString(),
        daysLeft: Math.floor((due - now) / dayMs),
    };
    const nextRotation = facts.nextRotationDate?.getTime();
    if (facts.rotationEnabled && nextRotation !== undefined && nextRotation < now)
        return {
            ...dated,
            status: 'rotation-failing',
            failing: true,
            note: `rotation is enabled but NextRotationDate ${new Date(nextRotation).toISOString().slice(0, 10)} has passed: check the rotation function's logs`,
        };
    const slowSchedule = facts.rotationEnabled &&
        facts.rotationDays !== undefined &&
        facts.rotationDays > rule.maxAgeDays
        ? `automatic rotation every ${facts.rotationDays} days is slower than max-age ${rule.maxAgeDays} days`
        : undefined;
    const withNote = slowSchedule ? { note: slowSchedule } : {};
    if (now > due)
        return { ...dated, status: 'overdue', failing: true, ...withNote };
    if (due - now <= warnDays * dayMs)
        return { ...dated, status: 'due-soon', failing: false, ...withNote };
    return { ...dated, status: 'ok', failing: false, ...withNote };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var dist_cjs = __webpack_require__(2994);
;// CONCATENATED MODULE: ./src/sync/rotation/list.ts




/** The rotation facts of a list or describe entry. */
function factsOf(entry) {
    const tags = {};
    for (const tag of entry.Tags ?? [])
        if (tag.Key !== undefined)
            tags[tag.Key] = tag.Value ?? '';
    const days = entry.RotationRules?.AutomaticallyAfterDays;
    return {
        name: entry.Name ?? '',
        ...(entry.CreatedDate ? { createdDate: entry.CreatedDate } : {}),
        ...(entry.LastChangedDate ? { lastChangedDate: entry.LastChangedDate } : {}),
        ...(entry.LastRotatedDate ? { lastRotatedDate: entry.LastRotatedDate } : {}),
        ...(entry.NextRotationDate ? { nextRotationDate: entry.NextRotationDate } : {}),
        ...(entry.DeletedDate ? { deletedDate: entry.DeletedDate } : {}),
        rotationEnabled: entry.RotationEnabled === true,
        ...(days !== undefined ? { rotationDays: days } : {}),
        tags,
    };
}
/** True when `tags` holds every wanted tag (`*`: any value). */
function hasTags(tags, wanted) {
    return Object.entries(wanted).every(([key, value]) => value === '*' ? key in tags : tags[key] === value);
}
// What ListSecrets accepts in a filter value (a leading `!` would negate it), and the characters
// of a secret name.
const filterValue = /^[a-zA-Z0-9 :_@/+=.-]+$/;
const nameCharacters = /^[A-Za-z0-9/_+=.@-]*$/;
/**
 * ListSecrets filters: the name prefix, and the tag keys that the API can filter on (values,
 * and keys it cannot take, are checked here, exactly).
 */
function filtersFor(filter) {
    const filters = [];
    if (filter.prefix)
        filters.push({ Key: 'name', Values: [filter.prefix] });
    for (const key of Object.keys(filter.tags ?? {}))
        if (filterValue.test(key))
            filters.push({ Key: 'tag-key', Values: [key] });
    return filters;
}
/**
 * The rotation facts of every secret the filter selects, secrets scheduled for deletion
 * included: every ListSecrets page (100 a page), no value read. ListSecrets entries carry every
 * date, rotation setting and tag, so DescribeSecret is called only for an entry that has no date
 * at all (some emulators list names only); a secret deleted in between is dropped.
 */
async function listRotationFacts(client, caller, filter = {}) {
    const prefix = filter.prefix ?? '';
    if (!nameCharacters.test(prefix))
        throw new errors/* ConfigError */.xL(`prefix '${prefix}' cannot match any secret: names use only letters, digits and /_+=.@-${prefix.endsWith('*') ? ` (a prefix needs no *: '${prefix.replace(/\*+$/, '')}')` : ''}`);
    const entries = new Map();
    const filters = filtersFor(filter);
    let nextToken;
    do {
        const token = nextToken;
        const page = await caller
            .call('ListSecrets', () => client.send(new dist_cjs/* ListSecretsCommand */.j({
            MaxResults: 100,
            IncludePlannedDeletion: true,
            ...(filters.length > 0 ? { Filters: filters } : {}),
            ...(token ? { NextToken: token } : {}),
        })))
            .catch((error) => {
            throw rotationAwsError(error, 'ListSecrets', prefix);
        });
        for (const entry of page.SecretList ?? []) {
            // The name filter is a case-sensitive prefix on AWS; emulators differ, so check again.
            if (entry.Name?.startsWith(prefix))
                entries.set(entry.ARN ?? entry.Name, entry);
        }
        nextToken = page.NextToken || undefined;
    } while (nextToken);
    const completed = await caller.map([...entries.values()], (entry) => complete(client, caller, entry));
    return completed
        .filter((entry) => entry !== undefined)
        .map(factsOf)
        .filter((facts) => hasTags(facts.tags, { ...filter.tags }));
}
/** The entry itself when it has a date; otherwise its DescribeSecret answer. */
async function complete(client, caller, entry) {
    if (entry.CreatedDate || entry.LastChangedDate || entry.LastRotatedDate)
        return entry;
    const id = entry.ARN ?? entry.Name ?? '';
    try {
        return await caller.call('DescribeSecret', () => client.send(new dist_cjs/* DescribeSecretCommand */.X5({ SecretId: id })));
    }
    catch (error) {
        if ((0,aws_errors/* errorCode */.CA)(error) === 'ResourceNotFoundException')
            return undefined;
        throw rotationAwsError(error, 'DescribeSecret', entry.Name ?? id);
    }
}

;// CONCATENATED MODULE: ./src/sync/rotation/check.ts




/**
 * Reads the rotation facts of the selected secrets from Secrets Manager (metadata only: no
 * secret value is requested) and checks them against the policy.
 */
async function checkRotation(client, policy, options) {
    const caller = new aws_caller/* AwsCaller */.d(options.retry ?? retry/* defaultRetry */.i, options.concurrency ?? 8);
    const facts = await listRotationFacts(client, caller, options);
    const report = evaluateRotation(facts, policy, {
        now: options.now,
        ...(options.warnDays !== undefined ? { warnDays: options.warnDays } : {}),
    });
    return { report, calls: { ...caller.calls } };
}

// EXTERNAL MODULE: ./src/shared/table.ts
var table = __webpack_require__(8429);
;// CONCATENATED MODULE: ./src/sync/rotation/format.ts


/** `2 overdue, 1 due-soon, 40 ok`: the non-zero counts in severity order. */
function describeCounts(report) {
    const parts = rotationStatuses
        .filter((status) => report.counts[status] > 0)
        .map((status) => `${report.counts[status]} ${status}`);
    return parts.length > 0 ? parts.join(', ') : 'no secrets';
}
/** One line about a finding, for logs and annotations: status, name, age and rule. */
function describeFinding(finding) {
    const age = finding.ageDays !== undefined && finding.rule
        ? ` is ${finding.ageDays} days old (from ${finding.ageFrom}), max-age ${finding.rule.maxAgeDays} days (rule ${finding.rule.index}: ${finding.rule.label})`
        : '';
    const due = finding.status === 'overdue' && finding.daysLeft !== undefined
        ? `; overdue by ${-finding.daysLeft} day${finding.daysLeft === -1 ? '' : 's'}`
        : finding.status === 'due-soon' && finding.dueDate
            ? `; due ${finding.dueDate.slice(0, 10)}`
            : '';
    const note = finding.note ? `; ${finding.note}` : '';
    return `${finding.name} (${finding.status})${age}${due}${note}`;
}
const headers = ['STATUS', 'SECRET', 'AGE', 'MAX', 'DUE', 'LEFT', 'AGE FROM', 'RULE'];
/** The table cells of a finding; `-` where a column does not apply. */
function findingCells(finding) {
    const days = (n) => (n === undefined ? '-' : `${n}d`);
    return [
        finding.status,
        finding.name,
        days(finding.ageDays),
        days(finding.rule?.maxAgeDays),
        finding.dueDate?.slice(0, 10) ?? '-',
        finding.daysLeft === undefined ? '-' : String(finding.daysLeft),
        finding.ageFrom ?? '-',
        finding.rule ? `${finding.rule.index}: ${finding.rule.label}` : '-',
    ];
}
/**
 * The report as an aligned text table, most severe first, notes on their own line under the
 * secret, then the counts. Names and dates only: a report never holds a value or a tag.
 */
function formatRotationTable(report) {
    const rows = report.findings.map(findingCells);
    const widths = (0,table/* columnWidths */.Q4)(headers, rows);
    const line = (cells) => (0,table/* alignRow */.E8)(cells, widths);
    const lines = [line(headers)];
    report.findings.forEach((finding, index) => {
        lines.push(line(rows[index] ?? []));
        if (finding.note && finding.status !== 'ignored' && finding.status !== 'unmanaged')
            lines.push(`${' '.repeat((widths[0] ?? 0) + 2)}note: ${finding.note}`);
    });
    const total = report.findings.length;
    lines.push('', `${total} secret${total === 1 ? '' : 's'}: ${describeCounts(report)} (at ${report.now}, warn-days ${report.warnDays})`);
    return `${lines.join('\n')}\n`;
}
/** The JSON report (version 1): when, counts, AWS calls and one entry per secret. */
function toRotationJson(report, extra = {}) {
    return {
        version: 1,
        now: report.now,
        ...(extra.policy !== undefined ? { policy: extra.policy } : {}),
        warnDays: report.warnDays,
        failing: report.failing,
        counts: report.counts,
        ...(extra.calls !== undefined ? { calls: extra.calls } : {}),
        secrets: report.findings,
    };
}
/** The findings with one of these statuses, in report order. */
function withStatus(report, ...statuses) {
    return report.findings.filter((finding) => statuses.includes(finding.status));
}

;// CONCATENATED MODULE: ./src/sync/rotation/filters.ts
/** Tag filters as users write them: `key=value`, or `key` / `key=*` for any value. */
function parseTagFilters(items) {
    const tags = {};
    for (const item of items) {
        const text = item.trim();
        const eq = text.indexOf('=');
        const key = (eq === -1 ? text : text.slice(0, eq)).trim();
        const value = eq === -1 ? '*' : text.slice(eq + 1).trim();
        if (key === '')
            return { problem: `'${item}' is not a tag filter such as env=production` };
        if (key in tags && tags[key] !== value)
            return { problem: `tag '${key}' is filtered on twice, with different values` };
        tags[key] = value === '' ? '*' : value;
    }
    return { tags };
}
// Date, or date and time with seconds optional and an explicit zone: a time without a zone
// would be read in the machine's local zone, and `--now` exists to make reports reproducible.
/** `--now`: an ISO 8601 date, or date-time with a zone. */
const isoPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/** An ISO 8601 date (`2025-01-31`, midnight UTC) or date-time with a zone, or undefined. */
function parseIsoInstant(text) {
    if (!isoPattern.test(text.trim()))
        return undefined;
    const [year, month, day] = text.trim().slice(0, 10).split('-').map(Number);
    // Date accepts 2025-02-30 and rolls it over to March: refuse days the month does not have.
    const calendar = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
    if (calendar.getUTCMonth() !== (month ?? 1) - 1 || calendar.getUTCDate() !== day)
        return undefined;
    const date = new Date(text.trim());
    return Number.isNaN(date.getTime()) ? undefined : date;
}

;// CONCATENATED MODULE: ./src/sync/rotation/index.ts
/**
 * Rotation policy: parse a policy of name globs and tags → maximum age, read each secret's
 * rotation dates from Secrets Manager (metadata only, never a value) and report which secrets are
 * ok, due soon, overdue or failing to rotate. No `@actions/*` here.
 */










// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/rotation/options.ts



/** Parses the command line; `clock` gives the time when `--now` is not set. */
function parseRotationOptions(argv, clock = () => new Date()) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)('rotation', argv, {
        policy: { type: 'string', short: 'p' },
        prefix: { type: 'string' },
        tag: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on-overdue': { type: 'boolean', default: false },
        'warn-days': { type: 'string' },
        now: { type: 'string' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
    });
    const base = { tags: {}, format: 'text', failOnOverdue: false, now: clock() };
    if (values.help)
        return { ...base, help: true, policy: '' };
    if (positionals.length > 0)
        throw new errors/* UsageError */.eb(`rotation takes no arguments (got '${positionals[0]}'); pass the policy with --policy FILE`);
    if (values.policy === undefined || values.policy === '')
        throw new errors/* UsageError */.eb('rotation needs --policy FILE (a YAML policy: rules of name globs or tags → max-age); run `secrets-action rotation --help`');
    if (values.format !== 'text' && values.format !== 'json')
        throw new errors/* UsageError */.eb(`--format must be text or json, got '${values.format}'`);
    const tags = parseTagFilters(values.tag);
    if ('problem' in tags)
        throw new errors/* UsageError */.eb(`--tag: ${tags.problem}`);
    let warnDays;
    if (values['warn-days'] !== undefined) {
        const text = values['warn-days'];
        const parsed = text.trim() === '0' ? { days: 0 } : parseDays(text);
        if ('problem' in parsed)
            throw new errors/* UsageError */.eb(`--warn-days: ${parsed.problem}`);
        warnDays = parsed.days;
    }
    let now = base.now;
    if (values.now !== undefined) {
        const parsed = parseIsoInstant(values.now);
        if (!parsed)
            throw new errors/* UsageError */.eb(`--now must be an ISO 8601 date (2025-01-31) or date-time with a zone (2025-01-31T12:00:00Z), got '${values.now}'`);
        now = parsed;
    }
    if (values.endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(values.endpoint))
        throw new errors/* UsageError */.eb(`--endpoint must be an http(s) URL, got '${values.endpoint}'`);
    return {
        help: false,
        policy: values.policy,
        ...(values.prefix ? { prefix: values.prefix } : {}),
        tags: tags.tags,
        format: values.format,
        failOnOverdue: values['fail-on-overdue'],
        ...(warnDays !== undefined ? { warnDays } : {}),
        now,
        ...(values.region ? { region: values.region } : {}),
        ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/rotation.ts







/** One line such as `16 AWS calls (ListSecrets 16)`. */
function describeCalls(calls) {
    const entries = Object.entries(calls).filter(([, count]) => count > 0);
    const total = entries.reduce((sum, [, count]) => sum + count, 0);
    const detail = entries.map(([operation, count]) => `${operation} ${count}`).join(', ');
    return `${total} AWS call${total === 1 ? '' : 's'}${detail ? ` (${detail})` : ''}`;
}
/**
 * `secrets-action rotation --policy FILE`: reads every selected secret's rotation dates from
 * AWS Secrets Manager (ListSecrets; never a value) and reports each against the policy, as a
 * table or JSON. Exit 1 with `--fail-on-overdue` when a secret is overdue or failing to rotate.
 */
async function rotationCommand(argv, io) {
    const options = parseRotationOptions(argv);
    if (options.help) {
        io.stdout(help/* rotationHelp */.Ki);
        return errors/* ExitCode */.yU.clean;
    }
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, options.policy), 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* IoError */.dA(`cannot read the policy ${options.policy} (${code})`);
    }
    const policy = parseRotationPolicy(text, options.policy);
    // The SDK warns about old Node versions on stderr; it says nothing about this run.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const client = (0,aws_client/* createSecretsManagerClient */.m)({
        ...(options.region ? { region: options.region } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
    const { report, calls } = await checkRotation(client, policy, {
        now: options.now,
        ...(options.prefix ? { prefix: options.prefix } : {}),
        tags: options.tags,
        ...(options.warnDays !== undefined ? { warnDays: options.warnDays } : {}),
    }).finally(() => client.destroy());
    if (options.format === 'json') {
        const json = toRotationJson(report, { policy: options.policy, calls });
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    else {
        io.stdout(formatRotationTable(report));
        io.stderr(`${describeCalls(calls)}; no secret value was read.\n`);
    }
    return options.failOnOverdue && report.failing ? errors/* ExitCode */.yU.findings : errors/* ExitCode */.yU.clean;
}


/***/ })

};
