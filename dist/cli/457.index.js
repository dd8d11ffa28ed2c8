export const id = 457;
export const ids = [457];
export const modules = {

/***/ 5797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tT: () => (/* binding */ auditHelp),
  jk: () => (/* binding */ detectorsHelp),
  jn: () => (/* binding */ hookHelp),
  _G: () => (/* reexport */ inventoryHelp),
  Hy: () => (/* binding */ mainHelp),
  PC: () => (/* binding */ mergeBaselineHelp),
  J3: () => (/* binding */ mergeSarifHelp),
  NA: () => (/* reexport */ migrateHelp),
  Ki: () => (/* binding */ rotationHelp),
  ZD: () => (/* binding */ scanHelp)
});

// EXTERNAL MODULE: ./src/scanner/report/index.ts + 2 modules
var report = __webpack_require__(3458);
;// CONCATENATED MODULE: ./src/cli/migrate/help.ts
/** The usage text of `inventory`. */
const inventoryHelp = `Usage: secrets-action inventory [options] [FILE...]

Lists every key of each .env file (default: .env in the current directory) with its class and
the reason, never its value. Files are read the way the npm dotenv package reads them (quotes,
export, # comments, multi-line values, any line breaks), references as dotenv-expand reads them.

Classes:
  secret      a scanner detector fires on the KEY=value line (the detector id is given), a URL
              carries user:password, the name ends in _KEY, _SECRET, _TOKEN, _PAT or holds
              PASSWORD, PASSWD, CREDENTIAL, PRIVATE, or the value is long and random
  config      empty values, booleans, small numbers (even under a secret-like name: the reason
              says so), known names (LOG_LEVEL, NODE_ENV, PORT, AWS_REGION…), *_URL without
              credentials, feature flags (FEATURE_*, ENABLE_*), and anything without a signal
  reference   nothing but \${VAR} / $VAR references: not a secret of its own

Lines dotenv ignores, unclosed quotes and values cut at '#' are reported on stderr as warnings.

Options:
  -f, --format FORMAT   text (default: a table FILE, LINE, KEY, CLASS, REASON) or json
  -h, --help            show this help

Exit codes:
  0  listed
  2  usage error, a file that cannot be read, or a key defined twice (both lines are named)
`;
/** The usage text of `migrate`. */
const migrateHelp = `Usage: secrets-action migrate --prefix PREFIX [options]

Moves the secrets of a .env file into AWS Secrets Manager: one secret per key named PREFIX+KEY,
or with --group one JSON secret PREFIX+GROUP with a property per key. Which keys are secrets is
decided as \`secrets-action inventory\` shows; --only picks keys by name instead.

Every key is checked before any AWS call: secret names (1-512 characters of A-Z a-z 0-9
/ _ + = . @ -), values up to 65,536 bytes, keys defined twice. Then the plan, secret names only:
  create           no such secret: CreateSecret with the value, tags, KMS key and description
  update           another value: a new version (PutSecretValue, or UpdateSecret when the
                   description or KMS key changes too), missing tags first (TagResource)
  update-settings  the same value, another --description or --kms-key-id: UpdateSecret
                   without a value (no new version)
  retag            the same value and settings, a tag missing or different: TagResource only
  unchanged        nothing differs: nothing is written
  skip             a key that stays in the .env (configuration, a reference, not in --only)
Values are compared in memory and never printed. A secret that fails (access denied…) does not
stop the others, and the report names every secret written and every one that failed, with the
AWS error code. Running again converges: a re-run with nothing changed makes no write at all.

Options:
      --env-file FILE      the .env file (default: .env)
      --prefix PREFIX      the start of every secret name, such as app/production/ (required)
      --group NAME         one JSON secret PREFIX+NAME holding every selected key; properties
                           already in it that this file lacks are kept
      --only KEY,...       migrate exactly these keys (repeatable), whatever their class
      --tag KEY=VALUE      a tag for every secret (repeatable); migrated-from=env is always set.
                           Existing secrets that lack one get it (retag); their other tags stay
      --kms-key-id ID      the KMS key of every secret (key id, key ARN, alias/NAME or alias
                           ARN). An existing secret under another key is switched: new versions
                           use the new key, and AWS re-encrypts the AWSCURRENT, AWSPREVIOUS and
                           AWSPENDING versions with it (they stay readable with the old key too
                           until a new value is written). Default: leave the key as it is
                           (aws/secretsmanager for new secrets)
      --description TEXT   the description of every secret; an existing one is replaced
      --dry-run            print the plan and write nothing
      --rewrite            after every selected key is in AWS (written or unchanged): remove
                           the migrated keys from the .env (atomically, mode kept, comments and
                           other keys byte for byte), write FILE.example with every key and
                           empty values (a hand-made one only gets the keys it lacks), and make
                           sure git ignores the .env (appends /.env to the .gitignore next to
                           it). A file with no secrets still gets the ignore check. No backup
                           copy is made.
      --region REGION      AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
      --endpoint URL       Secrets Manager endpoint (default: AWS_ENDPOINT_URL_SECRETS_MANAGER,
                           AWS_ENDPOINT_URL)
  -f, --format FORMAT      text (default) or json: one document on stdout with the plan, the
                           outcome (written, unchanged, failed with operation and error code)
                           and the rewrite; names only, never a value
  -h, --help               show this help

Credentials come from the AWS SDK's default chain (environment, profile, SSO); the region must
be given (--region, AWS_REGION or AWS_DEFAULT_REGION). The run needs
secretsmanager:BatchGetSecretValue (or GetSecretValue), ListSecrets (or DescribeSecret on each
secret, slower), CreateSecret, PutSecretValue, TagResource and, to change a description or KMS
key, UpdateSecret on PREFIX*; kms:GenerateDataKey and kms:Decrypt on --kms-key-id. Without
ListSecrets and DescribeSecret, existing secrets are compared by value only (a warning says so).

At the end it prints the secret-ids block for \`uses: org/secrets-action@v1\` and the entries for
the sync Action's config file, ready to copy.

Exit codes:
  0  done (also --dry-run), or nothing to migrate
  2  usage error, an unreadable .env, a key defined twice, an invalid name, a value over 64 KB
     (nothing is written), or an AWS error on any secret (the others are still written)
`;

;// CONCATENATED MODULE: ./src/cli/help.ts


/** Exit statuses as `--help` documents them. */
const exitCodes = `Exit codes:
  0  no secrets found
  1  secrets found
  2  usage, configuration or I/O error`;
/** The top-level usage text. */
const mainHelp = `Usage: secrets-action <command> [options]

Keep secrets out of git, and move them where they belong.

Commands:
  scan [PATH...]   scan the git work tree, or the given files and directories, for secrets
  detectors        list the built-in detectors (ids for disabled-detectors / enabled-detectors)
  hook [FILE...]   pre-commit gate: fail on staged secrets that are not in the baseline
  audit BASELINE   label baseline entries real or false positive; --report / --stats for CI
  merge-baseline BASE OURS THEIRS
                   git merge driver for .secrets.baseline (see merge-baseline --help)
  inventory [FILE...]
                   list the keys of .env files as secret, configuration or reference
  migrate --env-file .env --prefix PREFIX
                   move a .env's secrets into AWS Secrets Manager (see migrate --help)
  merge-sarif FILE...
                   merge the SARIF files of a sharded history scan into one log
  rotation --policy FILE
                   check AWS Secrets Manager secrets' ages against a rotation policy

Options:
  -h, --help       show this help (\`secrets-action scan --help\` for the command's options)
  -v, --version    print the version

Exit codes:
  0  clean: no secrets found (scan, hook), nothing overdue (rotation), done (migrate)
  1  secrets found (scan, hook); overdue or failing rotation (rotation --fail-on-overdue)
  2  usage, configuration, I/O or AWS error (the message says what to fix)
`;
/** The usage text of `scan`. */
const scanHelp = `Usage: secrets-action scan [options] [PATH...]

Scans for secrets (API keys, tokens, private keys, passwords). With no PATH, scans the git work
tree: tracked files plus untracked files that are not ignored; outside a git repository, the
current directory. Directories given as PATH are walked (symbolic links to directories are not
followed, .git is skipped). Binary files, files above the size cap and over-long lines are
skipped and counted. Secret values are never printed: findings show a short prefix and the
SHA-1 \`hashed_secret\` detect-secrets computes.

Options:
  -f, --format FORMAT        report format: ${report/* reportFormats */.zX.join(', ')} (default: text)
  -o, --output FILE          write the report to FILE instead of standard output
      --exclude-files GLOB   skip files whose path (relative to the root) matches GLOB; a
                             pattern without a slash matches a file or directory name anywhere
      --exclude-lines REGEX  drop findings on lines matching REGEX
      --exclude-secrets REGEX
                             drop findings whose secret matches REGEX
                             (each --exclude-* option may be repeated)
  -c, --config FILE          read settings from FILE (default: .secrets-action.yaml at the root)
  -j, --jobs N               worker threads (default: one per CPU when there are many files)
      --verbose              list every skipped file, binary ones included
  -b, --baseline FILE        create or update the detect-secrets baseline FILE (such as
                             .secrets.baseline) instead of failing on findings: entries keep
                             their labels, reason, owner and expires; new findings are added;
                             entries whose secret is gone are removed and listed on stderr.
                             The report lists the findings just added; the exit code is 0.
                             The --exclude-files/lines/secrets regexes detect-secrets stored in
                             its "filters_used" apply as well (Python syntax translated).
      --timestamp            with --baseline: write the current time to generated_at (by
                             default an existing one is kept and none is added, so that
                             branches do not conflict on it)
      --diff BASE..HEAD      scan the lines each commit of HEAD not in BASE added (a pull
                             request's commits, one by one: a secret added and removed again
                             is still reported), with the commit, author and date of each
                             finding; PATHs limit the scan to those paths
      --history              scan every commit reachable from all refs, one finding per path
                             and secret (the commit that introduced it); progress on stderr
      --log-opts "ARGS"      with --history: git rev-list arguments instead of all refs
                             (\`main --since=2024-01-01\`, paths after \`--\`)
      --shard I/N            with --diff or --history: scan the I-th of N equal parts of the
                             commit list (merge the SARIF files with \`merge-sarif\`)
                             With --diff or --history, --baseline FILE is only read: findings
                             it covers (same file, type and hash) are not reported
  -h, --help                 show this help

Configuration file (.secrets-action.yaml):
  exclude-files, exclude-lines, exclude-secrets   lists, as the options above
  disabled-detectors                              detector ids not to run
  enabled-detectors                               detectors that are off by default, to run
  detectors                                       custom detectors: id, pattern (regex, optional
                                                  named group "secret"), keywords, description,
                                                  secret-type, min-entropy, flags
  max-line-length                                 longer lines are skipped (default 20000)
  max-file-size                                   larger files are skipped (default 10MiB)

${exitCodes}
  With --baseline the exit code is 0 unless there is an error; 2 also for a baseline that is
  not valid JSON or has merge-conflict markers (it is left unchanged).
`;
/** The usage text of `hook`. */
const hookHelp = `Usage: secrets-action hook [options] [FILE...]

The pre-commit gate. Scans what the commit will hold for each FILE (the staged version in the
git index, not the work tree; outside git, the files themselves) and fails on secrets that the
baseline does not cover. With no FILE, checks every file the commit adds or changes. Files
deleted by the commit and the baseline itself are skipped. Findings are matched to baseline
entries by file, type and secret hash, never by line: moving lines is fine, while a second copy
of a baselined secret in the same file is new. Entries whose "expires" date has passed count as
new again. The baseline is only read, never rewritten.

For each blocked secret it prints file:line, the detector, the type and a redacted value, and
the ways out: remove and rotate it, or allowlist the line (\`# pragma: allowlist secret\`) or
accept it into the baseline with a reason (\`secrets-action scan --baseline FILE\`, then add a
"reason" to its entry).

Options:
  -b, --baseline FILE     the detect-secrets baseline (such as .secrets.baseline); without it,
                          every finding fails
                          (its stored detect-secrets --exclude-* regexes apply as well)
      --json              print the result as JSON (blocked findings, redacted; stale entries)
      --fail-on-unaudited also fail on baselined secrets that have no is_secret label yet
      --fail-on-real      also fail on baselined secrets labelled real (is_secret: true)
  -c, --config FILE       read settings from FILE (default: .secrets-action.yaml at the root)
  -h, --help              show this help

Exit codes:
  0  nothing to block
  1  a secret not in the baseline, an expired entry, or (with the options) an unaudited or real one
  2  usage, configuration or I/O error; a --baseline that is missing, unreadable, not valid JSON
     or has merge-conflict markers
`;
/** The usage text of `detectors`. */
const detectorsHelp = `Usage: secrets-action detectors [--json]

Lists the built-in detectors: id (stable; use it in disabled-detectors and enabled-detectors),
strength (prefixed: the token names its provider; contextual: a provider-shaped value assigned to
a name that mentions the provider; generic: entropy and keyword guesses) and description.

Options:
      --json       print the list as JSON (id, type, provider, strength, enabledByDefault, description)
  -h, --help       show this help
`;
/** The usage text of `audit`. */
const auditHelp = `Usage: secrets-action audit [options] BASELINE

Reviews the entries of a .secrets.baseline. In a terminal, walks the unlabelled entries one by
one and shows each one's file:line, type, the detector that finds it, and the three lines before
and after it in the current work tree, with every secret masked (short prefix and an ellipsis).
Answer each with a key:
  y   a real secret (writes "is_secret": true)
  n   a false positive (writes "is_secret": false, then asks for an optional reason)
  s   skip it for now          b   go back one entry          q   quit
Each answer is saved at once (atomically), so quitting or Ctrl-C loses nothing.

--report and --stats read the baseline alone and print no secret values (the baseline holds only
hashes): use them in CI, where there is no terminal.

Options:
      --all              also walk entries that are already labelled (after the unlabelled ones)
      --report           list every entry: file, line, type, label (real, false positive,
                         unaudited), reason, owner, expires
      --only-real        with --report: only entries labelled real
      --only-false       with --report: only entries labelled false positive
      --only-unaudited   with --report: only unlabelled entries (the --only-* options combine)
      --stats            count real, false positive, unaudited and expired entries per type and
                         overall, and precision = real / (real + false positive), which is
                         undefined (null in JSON) while no entry is labelled
      --json             print --report or --stats as JSON
  -h, --help             show this help

Exit codes:
  0  done
  2  usage error, no terminal for the interactive audit, or a baseline that is missing,
     unreadable, not valid JSON or has merge-conflict markers (it is left unchanged)
`;
/** The usage text of `merge-baseline`. */
const mergeBaselineHelp = `Usage: secrets-action merge-baseline BASE OURS THEIRS [PATH]

A git merge driver for .secrets.baseline. Git's line merge conflicts when two branches add
entries at the same place in the JSON (files whose names sort next to each other); this driver
merges the three versions entry by entry instead (identity: file, type and secret hash, never
the line). Entries added on either branch are kept, entries removed on either branch are
dropped. For is_secret, reason, owner and expires a change on one branch wins; when both
branches changed one differently, ours is kept and a warning is printed. The result is written
over OURS atomically, in the layout \`secrets-action scan --baseline\` writes. No secret values
are read or printed: a baseline holds only hashes.

Setup, once per clone (git does not read merge drivers from the repository itself):
  .gitattributes (commit it):
    .secrets.baseline merge=secrets-baseline
  then, with secrets-action installed in the project (npm install --save-dev) or globally:
    git config merge.secrets-baseline.name "secrets-action baseline merge"
    git config merge.secrets-baseline.driver "npx secrets-action merge-baseline %O %A %B %P"
  or with the CLI at a known path (pre-commit users: the hook's own copy, or a checkout of
  this repository):
    git config merge.secrets-baseline.driver "node /path/to/secrets-action/dist/cli/index.js merge-baseline %O %A %B %P"
  Without the driver configured, git falls back to its line merge; nothing breaks.

Arguments (git fills them in):
  BASE     %O  the common ancestor's version (an empty file when both branches added it)
  OURS     %A  our version; the merge result is written here
  THEIRS   %B  their version
  PATH     %P  the baseline's path, for messages (optional)

Options:
  -h, --help   show this help

Exit codes:
  0  merged (warnings, if any, on stderr)
  1  a version is not a usable baseline (merge-conflict markers, invalid JSON, wrong shape):
     git reports a conflict and leaves the file for you to resolve
  2  usage error, or a file that cannot be read or written
`;
/** The usage text of `rotation`. */
const rotationHelp = `Usage: secrets-action rotation --policy FILE [options]

Checks how long ago each AWS Secrets Manager secret was rotated against a policy of name globs
and tags → maximum age. Reads metadata only (ListSecrets, every page): no secret value is read,
so the only IAM permission needed is secretsmanager:ListSecrets (DescribeSecret only when the
listing lacks the dates, as with some emulators). The age counts from LastRotatedDate, else
LastChangedDate, else CreatedDate; the report says which.

Statuses, most severe first:
  rotation-failing        rotation is enabled but NextRotationDate has passed
  overdue                 older than the matching rule's max-age
  due-soon                due within warn-days
  unmanaged               no rule matches (policy unmatched: report | ignore | fail)
  ok
  ignored                 matched by the policy's ignore list
  scheduled-for-deletion  skipped

Options:
  -p, --policy FILE        the policy (YAML), see below; required
      --prefix PREFIX      only secrets whose name starts with PREFIX (case-sensitive)
      --tag KEY=VALUE      only secrets with this tag (KEY alone or KEY=*: any value);
                           repeat for several (all must hold)
  -f, --format FORMAT      text (a table, default) or json
      --fail-on-overdue    exit 1 when a secret is overdue or failing to rotate (or
                           unmanaged, with unmatched: fail)
      --warn-days N        override the policy's warn-days (N days, or 2w)
      --now ISO            evaluate at this time instead of the clock, for reproducible
                           reports: 2025-01-31 (midnight UTC) or 2025-01-31T12:00:00Z
      --region REGION      AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile)
      --endpoint URL       Secrets Manager endpoint (default: the SDK's, which honours
                           AWS_ENDPOINT_URL_SECRETS_MANAGER)
  -h, --help               show this help

Policy file:
  warn-days: 14                       # optional (default 14; 0 turns due-soon off)
  unmatched: report                   # optional: report (default), ignore, fail
  ignore: ['legacy/**']               # optional: names not checked at all
  rules:                              # first match wins
    - { name: JWT keys, match: '**/jwt-*', max-age: 30d }
    - { tag: { class: database }, max-age: 90d }
    - { match: ['**/api-key*', '**/*-token'], max-age: 180d }
    - { match: '**', max-age: 1y }
  match: minimatch globs on the secret name (quote them: * starts a YAML alias); tag: tags the
  secret must carry ('*' for any value); both in one rule must both hold. max-age: Nd, Nw, Ny
  (365 days) or a number of days; months are not accepted (their length varies).

Exit codes:
  0  checked (with --fail-on-overdue: nothing overdue or failing)
  1  with --fail-on-overdue: a secret is overdue or failing to rotate
  2  usage error, a policy that cannot be read or is invalid, or an AWS error
`;
/** The usage text of `merge-sarif`. */
const mergeSarifHelp = `Usage: secrets-action merge-sarif [-o FILE] SARIF...

Merges SARIF files (the shards of \`scan --history --shard I/N --format sarif\`) into one log for
github/codeql-action/upload-sarif: one run per tool, rules united, and a result that two files
hold (same rule, path and line-independent fingerprint) kept once, from the first file given.
At most 25000 results are kept (GitHub's limit); the rest are counted on stderr.

Options:
  -o, --output FILE   write the merged log to FILE instead of standard output
  -h, --help          show this help

Exit codes:
  0  merged
  2  usage error, or a file that cannot be read, is not JSON or not SARIF 2.1.0
`;


/***/ }),

/***/ 4466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eL: () => (/* binding */ isScanWorkerData),
/* harmony export */   fR: () => (/* binding */ runScanWorker),
/* harmony export */   mH: () => (/* binding */ scanWorkerData)
/* harmony export */ });
/* unused harmony export scanBatch */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scanner_detectors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9838);
/* harmony import */ var _scanner_config_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7836);
/* harmony import */ var _scanner_sources_scan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2753);




const marker = 'secrets-action/scan-worker';
/** The data that starts a scan worker. */
function scanWorkerData(settings) {
    return { kind: marker, settings };
}
/** Whether this thread was started as a scan worker (the bundle's entry checks it). */
function isScanWorkerData(data) {
    return typeof data === 'object' && data !== null && data.kind === marker;
}
/** Scans the files of a batch: the same code the single-threaded scan runs. */
function scanBatch(scanner, files, maxFileSize) {
    return files.map((file) => (0,_scanner_sources_scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFile */ .W)(scanner, file, maxFileSize));
}
/** The worker's loop: one scanner of its own, then batches in and results out until terminated. */
function runScanWorker(data) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('runScanWorker must run in a worker thread');
    const scanner = (0,_scanner_config_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .createScanner */ .z1)(data.settings, _scanner_detectors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinDetectors */ .PU);
    port.on('message', (request) => {
        let response;
        try {
            response = {
                id: request.id,
                results: scanBatch(scanner, request.files, data.settings.maxFileSize),
            };
        }
        catch (error) {
            response = { id: request.id, error: String(error?.stack ?? error) };
        }
        port.postMessage(response);
    });
}


/***/ }),

/***/ 3457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/scanner/v8-flags.ts
var v8_flags = __webpack_require__(9180);
;// CONCATENATED MODULE: ./src/scanner/heap-sizing.ts


/** V8 flags that size the young generation. */
const youngGenerationFlag = /^--(?:semi-space-growth-factor|(?:max|min)-semi-space-size)(?:=|$)/;
/**
 * Keeps V8's young generation near its starting size, a few MiB, rather than letting it grow to
 * 32 MiB. A scan allocates a file's text and its hits and drops them before the next file, so a
 * small young generation holds all that is alive; but large files' text survives the occasional
 * collection, and V8 answers that by growing the young generation: resident memory on a large
 * tree that the scan never needs again. On the benchmark tree
 * this took 30 MiB off the median peak, and about 100 MiB on that tree four times over, for 1–2%
 * of the time.
 *
 * For a process's entry point, before the scan allocates: the flag is process-wide, so worker
 * threads share it, and V8 reads it each time it would grow the young generation, so set at
 * run time it acts as if given at start. Changes nothing and returns false when the command line
 * already sized the young generation (`node --max-semi-space-size=16 …` to measure without).
 */
function keepYoungGenerationSmall(execArgv = process.execArgv) {
    if ((0,v8_flags/* commandLineSets */.p)(execArgv, youngGenerationFlag))
        return false;
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
    return true;
}

// EXTERNAL MODULE: ./src/scanner/js-tiering.ts
var js_tiering = __webpack_require__(5774);
;// CONCATENATED MODULE: ./src/scanner/runtime-tuning.ts


/**
 * The V8 settings a scanning process makes at its entry point, before any code is hot and before
 * the scan allocates. Each is process-wide, so worker threads share it, and each leaves alone a
 * choice made on the command line.
 */
function tuneRuntimeForScanning() {
    (0,js_tiering/* keepJavaScriptOffTurbofan */.Tj)();
    keepYoungGenerationSmall();
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/cli/help.ts + 1 modules
var help = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
;// CONCATENATED MODULE: ./src/cli/main.ts



/**
 * The commands, by name; each lives in its own file under commands/ and is loaded only when run,
 * so that the pre-commit hook does not pay for parsing the audit or the YAML reader at start-up.
 */
const commands = {
    scan: async () => (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(148), __webpack_require__.e(781)]).then(__webpack_require__.bind(__webpack_require__, 9781))).scanCommand,
    detectors: async () => (await __webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 8566))).detectorsCommand,
    hook: async () => (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(148), __webpack_require__.e(355)]).then(__webpack_require__.bind(__webpack_require__, 355))).hookCommand,
    audit: async () => (await Promise.all(/* import() */[__webpack_require__.e(148), __webpack_require__.e(307)]).then(__webpack_require__.bind(__webpack_require__, 8307))).auditCommand,
    'merge-baseline': async () => (await Promise.all(/* import() */[__webpack_require__.e(148), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 4005))).mergeBaselineCommand,
    inventory: async () => (await Promise.all(/* import() */[__webpack_require__.e(220), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 1797))).inventoryCommand,
    migrate: async () => (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(994), __webpack_require__.e(535), __webpack_require__.e(220), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 812))).migrateCommand,
    'merge-sarif': async () => (await __webpack_require__.e(/* import() */ 497).then(__webpack_require__.bind(__webpack_require__, 1497))).mergeSarifCommand,
    rotation: async () => (await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(994), __webpack_require__.e(815), __webpack_require__.e(535), __webpack_require__.e(77)]).then(__webpack_require__.bind(__webpack_require__, 6077))).rotationCommand,
};
/**
 * Runs the CLI and returns its exit code; it never exits the process. Every error ends here
 * and nowhere else: it is printed once and turned into an exit code.
 */
async function main(argv, io) {
    try {
        const [first, ...rest] = argv;
        if (first === undefined || first === '-h' || first === '--help') {
            io.stdout(help/* mainHelp */.Hy);
            return first === undefined ? errors/* ExitCode */.yU.error : errors/* ExitCode */.yU.clean;
        }
        if (first === '-v' || first === '--version') {
            io.stdout(`${version/* version */.r}\n`);
            return errors/* ExitCode */.yU.clean;
        }
        const load = commands[first];
        if (load === undefined) {
            const what = first.startsWith('-')
                ? `unknown option '${first}'`
                : `unknown command '${first}'`;
            throw new errors/* UsageError */.eb(`${what}; commands: ${Object.keys(commands).join(', ')}. Run \`secrets-action --help\`.`);
        }
        const command = await load();
        return await command(rest, io);
    }
    catch (error) {
        io.stderr(`secrets-action: ${(0,errors/* describeError */.Uc)(error)}\n`);
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}

// EXTERNAL MODULE: ./src/cli/scan/worker.ts
var worker = __webpack_require__(4466);
;// CONCATENATED MODULE: ./src/cli/start.ts




/** Runs the command line, or a scan worker's part of it; `entry` is the bundle's entry file. */
async function start(entry) {
    // Once, on the main thread: the settings are process-wide.
    if (external_node_worker_threads_.isMainThread)
        tuneRuntimeForScanning();
    // The bundle is a single file, so worker threads start it again; the worker data says which
    // role this thread plays.
    if (!external_node_worker_threads_.isMainThread && (0,worker/* isScanWorkerData */.eL)(external_node_worker_threads_.workerData)) {
        (0,worker/* runScanWorker */.fR)(external_node_worker_threads_.workerData);
    }
    else {
        process.exitCode = await main(process.argv.slice(2), {
            stdout: (text) => void process.stdout.write(text),
            stderr: (text) => void process.stderr.write(text),
            cwd: process.cwd(),
            env: process.env,
            stderrIsTTY: process.stderr.isTTY === true,
            workerUrl: entry,
        });
    }
}


/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ version)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts

/** The package version, read from package.json at build time. */
const version = package_namespaceObject.rE;


/***/ }),

/***/ 7975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ compileDetector),
/* harmony export */   kz: () => (/* binding */ isTextDetector),
/* harmony export */   tK: () => (/* binding */ isFileDetector)
/* harmony export */ });
/* unused harmony exports isCodeDetector, compileRegex */
/** Whether a detector is written as code rather than as a regex. */
function isCodeDetector(detector) {
    return typeof detector.detect === 'function';
}
/** Whether a detector judges whole files (key stores) rather than text. */
function isFileDetector(detector) {
    return detector.kind === 'file';
}
/** Whether a detector reads text: a pattern or a code detector. */
function isTextDetector(detector) {
    return !isFileDetector(detector);
}
const rankOf = { prefixed: 0, contextual: 1, generic: 2 };
/** Compiles a detector's regexes, naming the detector in any syntax error. */
function compileDetector(detector) {
    const allowlist = (detector.allowlist ?? []).map((source) => compileRegex(source, 'i', `allowlist of detector ${detector.id}`));
    const rank = rankOf[detector.strength];
    if (isCodeDetector(detector))
        return { detector, code: detector, allowlist, rank };
    const pattern = detector;
    const flags = `gd${(pattern.flags ?? '').replace(/[gd]/g, '')}`;
    return {
        detector,
        regex: compileRegex(pattern.pattern, flags, `detector ${detector.id}`),
        allowlist,
        rank,
    };
}
/** Compiles a regex or throws an error that names where it came from. */
function compileRegex(source, flags, origin) {
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        throw new Error(`invalid regular expression in ${origin}: ${error.message}`);
    }
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   ju: () => (/* binding */ selectedDetectors),
/* harmony export */   z1: () => (/* binding */ createScanner)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6054);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6112);


/** Chooses the detectors and limits a config asks for. */
function resolveSettings(config, builtins) {
    const disabled = new Set(config.disabledDetectors);
    const enabled = new Set(config.enabledDetectors);
    const isOn = (detector) => !disabled.has(detector.id) && (detector.enabledByDefault !== false || enabled.has(detector.id));
    return {
        builtinIds: builtins.filter(isOn).map((detector) => detector.id),
        customDetectors: config.detectors.filter(isOn),
        excludeLines: [...config.excludeLines],
        excludeSecrets: [...config.excludeSecrets],
        maxLineLength: config.maxLineLength ?? _engine_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_LINE_LENGTH */ .x$,
        maxFileSize: config.maxFileSize ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_FILE_SIZE */ .Sj,
    };
}
/** The detectors that settings select, built-in ones first, in registry order. */
function selectedDetectors(settings, builtins) {
    const ids = new Set(settings.builtinIds);
    return [...builtins.filter((detector) => ids.has(detector.id)), ...settings.customDetectors];
}
/** Builds the pure engine for settings; regexes were validated when the config was read. */
function createScanner(settings, builtins) {
    return new _engine_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretScanner */ .Jq(selectedDetectors(settings, builtins), {
        maxLineLength: settings.maxLineLength,
        // `new RegExp` of a RegExp copies it with its flags; workers receive clones of them.
        excludeLines: settings.excludeLines.map((source) => new RegExp(source)),
        excludeSecrets: settings.excludeSecrets.map((source) => new RegExp(source)),
    });
}


/***/ }),

/***/ 6112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   i4: () => (/* binding */ emptyConfig)
/* harmony export */ });
/** The name a config file is looked up under at the scan root. */
const CONFIG_FILE_NAMES = ['.secrets-action.yaml', '.secrets-action.yml'];
/** Files above this many bytes are skipped and reported, unless configured otherwise. */
const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** A config with nothing set. */
function emptyConfig() {
    return {
        excludeFiles: [],
        excludeLines: [],
        excludeSecrets: [],
        disabledDetectors: [],
        enabledDetectors: [],
        detectors: [],
    };
}


/***/ }),

/***/ 9838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PU: () => (/* binding */ builtinDetectors),
  jd: () => (/* binding */ defaultDetectors),
  M1: () => (/* binding */ findDetector)
});

;// CONCATENATED MODULE: ./src/scanner/detectors/patterns.ts
/**
 * Builds the pattern for a secret assigned to a name that mentions its provider:
 * `AIRTABLE_TOKEN=…`, `"airtableToken": "…"`, `airtable_token := …`, `var airtableToken string = "…"`,
 * `setProperty("AIRTABLE_TOKEN", "…")`, `<airtableToken>…</airtableToken>`, `$airtableToken .= "…"`.
 *
 * Each piece matches characters its neighbours cannot, so the pattern never backtracks more than
 * a constant amount per position (checked by the ReDoS test).
 *
 * @param name regex source for the provider word(s) in the name, for example `airtable`
 * @param value regex source for the secret itself, for example `[a-z0-9]{17}`
 * @param after regex source that must follow the value (default: not another word character)
 */
function assignedSecretPattern(name, value, after = '(?![A-Za-z0-9_])') {
    const nameTail = '[\\w.-]{0,40}';
    const goType = '(?:[ \\t]{1,4}[a-z][a-z0-9\\[\\]*]{0,12})?';
    const closeName = '[\\]"\'`]{0,2}';
    const operator = '[ \\t]{0,5}(?:[:!?+.|]{0,3}=>?|:{1,3}|,|>|\\|\\|)';
    const open = '\\s{0,12}[(\\[]?["\'`]?';
    return `(?:${name})${nameTail}${goType}${closeName}${operator}${open}(?<secret>${value})${after}`;
}
/**
 * Builds the pattern for a token that carries its own provider prefix (`ghp_…`, `xoxb-…`): the
 * whole token is the secret, and it must not be glued to other word characters on either side.
 *
 * @param prefix regex source for the literal prefix, for example `ghp_`
 * @param body regex source for the rest, for example `[A-Za-z0-9]{36}`
 */
function prefixedTokenPattern(prefix, body) {
    return `(?<![A-Za-z0-9_])(?<secret>${prefix}${body})(?![A-Za-z0-9_])`;
}
/**
 * Regex source matching `source` in any letter case without the `i` flag: each ASCII letter
 * outside a character class becomes `[xX]`. Escapes (`\\w`) and classes are kept as they are.
 */
function anyCase(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source.charAt(i);
        if (char === '\\') {
            out += char + source.charAt(i + 1);
            i++;
        }
        else if (inClass) {
            out += char;
            if (char === ']')
                inClass = false;
        }
        else if (char === '[') {
            out += char;
            inClass = true;
        }
        else if (/[a-z]/i.test(char)) {
            out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
        }
        else {
            out += char;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scanner/detectors/core/artifactory.ts

// JFrog credentials: https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
// API keys (deprecated) are `AKCp` + 69 base62 characters; reference tokens are 64 characters
// starting `cmVmd` (base64 of "reftkn"); identity tokens and API keys without those prefixes are
// found by the JFrog product name they are assigned to. Encrypted passwords start `AP` + hex digit.
const contextual = (kind, description, value, positive, negative) => ({
    id: `jfrog-${kind}`,
    description,
    secretType: 'Artifactory Credentials',
    provider: 'jfrog',
    strength: 'contextual',
    keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
    contextLines: 1,
    minEntropy: 3.5,
    pattern: assignedSecretPattern('jfrog|artifactory|bintray|xray', value),
    flags: 'i',
    examples: { positive, negative },
});
/** Artifactory / JFrog API keys, reference and identity tokens, and encrypted passwords. */
const artifactoryDetectors = [
    {
        id: 'artifactory-api-key',
        description: 'Artifactory API key',
        secretType: 'Artifactory Credentials',
        provider: 'jfrog',
        strength: 'prefixed',
        keywords: ['akcp'],
        minEntropy: 3.5,
        // detect-secrets' match includes the delimiter on each side (`"`, `=`, `:` or a space before,
        // `"` or a space after), and that is what it hashes.
        pattern: '(?<hashed>[\\t =:"]?(?<![A-Za-z0-9_])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])[\\t "]?)',
        examples: {
            positive: ['ARTIFACTORY_API_KEY=AKCp{an:69}', 'artifactoryApiKey := "AKCp{lan:69}"'],
            negative: ['AkCp{lan:69}', 'AKCp{an:60}', 'gYnkgAKCp{an:69}'],
        },
    },
    {
        id: 'artifactory-reference-token',
        description: 'Artifactory reference token',
        secretType: 'Artifactory Credentials',
        provider: 'jfrog',
        strength: 'prefixed',
        keywords: ['cmvmd'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_])(?<secret>cmVmd[A-Za-z0-9]{59})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'ARTIFACTORY_TOKEN=cmVmdGtuOjAxOj{an:50}',
                'artifactoryRefToken := "cmVmd{lan:59}"',
            ],
            negative: ['cmVMd{an:59}', 'cmVmd{an:40}', 'gYnkgcmVmd{an:59}'],
        },
    },
    contextual('api-key', 'JFrog API key assigned to a JFrog name', '[A-Za-z0-9]{73}', ['--set imagePullSecretJfrog.password={lan:73}', 'JFROG_API_KEY="{an:73}"'], ['jfrog_repo: {an:60}']),
    contextual('identity-token', 'JFrog identity or access token assigned to a JFrog name', '[A-Za-z0-9]{64}', [
        'ARTIFACTORY_TOKEN={lan:64}',
        '"artifactory", "{an:64}"',
        '<xrayToken>\n  {an:64}\n</xrayToken>',
    ], ['artifactory_repo = {an:50}', 'jfrog_build = {an:70}']),
    contextual('encrypted-password', 'Artifactory encrypted password assigned to a JFrog name', 'AP[0-9A-F][A-Za-z0-9]{8,200}', ['ARTIFACTORY_PASSWORD=AP{HEX:1}{an:56}', 'jfrog_password: "AP{HEX:1}{an:40}"'], ['artifactory_build = APX{an:40}']),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/aws.ts

// Access key ids: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
// A four-character prefix naming the kind (AKIA long-term, ASIA temporary STS, ABIA STS service
// bearer, ACCA context-specific; A3T… in early keys), then 16 characters of base32 (A-Z, 2-7).
// Secret access keys are 40 characters of base64 with no prefix, so they are found by name.
// Bedrock API keys: https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html
/** AWS access key ids, secret access keys and Amazon Bedrock API keys. */
const awsDetectors = [
    {
        id: 'aws-access-key-id',
        description: 'AWS access key id',
        secretType: 'AWS Access Key',
        provider: 'aws',
        strength: 'prefixed',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'AWS_ACCESS_KEY_ID=AKIA{b32:16}',
                '  "aws_access_key_id": "ASIA{b32:16}",',
                'aws_access_key_id = ABIA{b32:16}',
            ],
            negative: ['AKIA{b32:12}', 'TODAYINASIAASACKOFRICEFELLOVER', 'akia{b32:16}'],
        },
    },
    {
        id: 'aws-secret-access-key',
        description: 'AWS secret access key',
        secretType: 'AWS Access Key',
        provider: 'aws',
        strength: 'contextual',
        keywords: [
            'aws_',
            'aws-',
            'aws.',
            'awssecret',
            'awskey',
            'secret_access_key',
            'secretaccesskey',
            'secret-access-key',
        ],
        contextLines: 1,
        minEntropy: 4,
        pattern: assignedSecretPattern('aws|secret_?access_?key', '[A-Za-z0-9/+]{40}', '(?![A-Za-z0-9/+=_])'),
        flags: 'i',
        examples: {
            positive: [
                'AWS_SECRET_ACCESS_KEY={an:20}/{an:19}',
                'aws_secret_access_key = {an:40}',
                '  "SecretAccessKey": "{an:18}+{an:21}"',
            ],
            negative: ['aws_region = {an:30}', 'aws_bucket = {an:120}', 'aws_prefix = {an:41}'],
        },
    },
    {
        id: 'aws-bedrock-api-key',
        description: 'Amazon Bedrock long-lived API key',
        secretType: 'Amazon Bedrock API key',
        provider: 'aws',
        strength: 'prefixed',
        keywords: ['absk'],
        // `ABSK` then base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`.
        pattern: '(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,300}={0,2})(?![A-Za-z0-9+/=])',
        examples: {
            positive: [
                'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS{an:110}=',
                'bedrock_api_key = "ABSKQmVkcm9ja0FQSUtleS{b64:150}"',
            ],
            negative: ['ABSKQmVkcm9ja0FQSUtleS{an:20}', 'AXSKQmVkcm9ja0FQSUtleS{an:110}='],
        },
    },
    {
        id: 'aws-bedrock-short-term-api-key',
        description: 'Amazon Bedrock short-term API key',
        secretType: 'Amazon Bedrock API key',
        provider: 'aws',
        strength: 'prefixed',
        keywords: ['bedrock-api-key-'],
        // `bedrock-api-key-` then base64 of a presigned `bedrock.amazonaws.com/?Action=…` URL;
        // detect-secrets matches (and hashes) only the fixed start.
        // The literal is split so that this source file does not itself hold a token-shaped string.
        pattern: `(?<![A-Za-z0-9_-])(?<secret>(?<hashed>bedrock-api-key-${'YmVkcm9jay5hbWF6'}b25hd3MuY29t)[A-Za-z0-9+/=]{0,8000})(?![A-Za-z0-9+/=_{-])`,
        examples: {
            positive: [
                'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t{b64:600}',
                'token = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249{an:400}"',
            ],
            negative: [
                'const prefix = "bedrock-api-key-";',
                'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x{an:40}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/discord.ts

// Bot tokens: https://discord.com/developers/docs/reference#authentication — three base64url
// parts joined by dots: the bot's user id (a snowflake, so it starts with M, N or O), a
// timestamp (6 characters) and an HMAC (27 or more). Application credentials
// (https://discord.com/developers/docs/topics/oauth2) have no prefix: they are found by name.
const botTokenSource = '(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_.-])';
/** A Discord bot token has no literal keyword, so it is a code detector triggered by its own shape. */
const botToken = {
    id: 'discord-bot-token',
    description: 'Discord bot token',
    secretType: 'Discord Bot Token',
    provider: 'discord',
    strength: 'prefixed',
    keywords: [],
    // The id part is base64 of a decimal snowflake, so it starts with one of nine letter pairs:
    // each is a literal the prefilter can look for.
    trigger: ['MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT']
        .map((pair) => `${pair}[A-Za-z0-9_-]{22,24}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27}`)
        .join('|'),
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    detect({ text, start, end }) {
        const regex = new RegExp(botTokenSource, 'g');
        const slice = text.slice(start, end);
        const matches = [];
        for (const match of slice.matchAll(regex)) {
            const from = start + match.index;
            matches.push({ start: from, end: from + match[0].length, secret: match[0] });
        }
        return matches;
    },
    examples: {
        positive: [
            'DISCORD_BOT_TOKEN=MT{b64u:24}.{b64u:6}.{b64u:38}',
            "client.run('Nz{an:22}.{an:6}.{b64u:27}')",
        ],
        negative: ['MT{an:24}.{an:6}.{an:10}', 'Pz{an:22}.{an:6}.{an:27}'],
    },
};
const discordCredential = (kind, description, value, positive, negative, minEntropy, name = 'discord') => ({
    id: `discord-${kind}`,
    description,
    secretType: kind === 'client-id' ? 'Discord Client ID' : 'Discord Client Secret',
    provider: 'discord',
    strength: 'contextual',
    keywords: ['discord'],
    contextLines: 1,
    ...(minEntropy !== undefined && { minEntropy }),
    pattern: assignedSecretPattern(name, value, '(?![A-Za-z0-9_=-])'),
    flags: 'i',
    examples: { positive, negative },
});
/** Discord bot tokens, and application keys, client secrets and client ids assigned to discord names. */
const discordDetectors = [
    botToken,
    discordCredential('api-key', 'Discord application public key or API token', '[a-f0-9]{64}', ['DISCORD_PUBLIC_KEY={hex:64}', '  "discordToken": "{hex:64}"'], ['discord_guild = {hex:60}', 'discord_guild = {hex:70}'], 3),
    discordCredential('client-secret', 'Discord OAuth2 client secret', '[A-Za-z0-9_=-]{32}', ['DISCORD_CLIENT_SECRET={b64u:32}', "discord_client_secret: '{an:32}'"], ['discord=00000000000000000000000000000000', 'discord_channel = {an:20}'], 2.5),
    discordCredential('client-id', 'Discord application (client) id', '\\d{17,20}', ['DISCORD_CLIENT_ID=1{d:17}', '<discordClientId>\n  1{d:18}\n</discordClientId>'], ['discord=000000000000000000', 'DISCORD_CLIENT_ID={d:10}', '"discordServerID": "1{d:18}"'], undefined, 
    // Server, channel, role and user ids are snowflakes too, and public.
    'discord(?![\\w.-]{0,30}(?:server|guild|channel|role|user|message)[_-]?ids?)'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/github.ts
// Token formats: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
// A prefix naming the kind, then 36 base62 characters (the last six a CRC32 checksum).
// detect-secrets hashes only the prefix (its capture group), so `hashed` keeps baselines compatible.
const classicToken = (kind, prefix, description) => ({
    id: `github-${kind}`,
    description,
    secretType: 'GitHub Token',
    provider: 'github',
    strength: 'prefixed',
    keywords: [`${prefix}_`],
    pattern: `(?<![A-Za-z0-9_])(?<secret>(?<hashed>${prefix})_[A-Za-z0-9]{36})(?![A-Za-z0-9_])`,
    examples: {
        positive: [`GITHUB_TOKEN=${prefix}_{an:36}`, `token: "${prefix}_{an:36}"`],
        negative: [`${prefix}_{an:20}`, `x${prefix}_{an:36}`],
    },
});
/** GitHub personal access tokens, OAuth, app and refresh tokens. */
const githubDetectors = [
    classicToken('pat', 'ghp', 'GitHub personal access token (classic)'),
    classicToken('oauth', 'gho', 'GitHub OAuth access token'),
    classicToken('user-to-server', 'ghu', 'GitHub App user-to-server token'),
    classicToken('app-token', 'ghs', 'GitHub App installation (server-to-server) token'),
    classicToken('refresh-token', 'ghr', 'GitHub App refresh token'),
    {
        id: 'github-fine-grained-pat',
        description: 'GitHub fine-grained personal access token',
        secretType: 'GitHub Token',
        provider: 'github',
        strength: 'prefixed',
        keywords: ['github_pat_'],
        // Documented as 22 base62, `_`, 59 base62; some tools print the 82 characters without the
        // separator, so any 82 word characters after the prefix are accepted.
        pattern: '(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'export GH_TOKEN=github_pat_{an:22}_{an:59}',
                'github:\n  token: "github_pat_{an:82}"',
            ],
            negative: ['github_pat_{an:22}', 'github_pat_{an:22}_{an:70}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/gitlab.ts
// Token prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
// A `gl…-` prefix naming the kind, then a Devise friendly token (20 base64url characters) or,
// for newer tokens, the routable format: a longer base64url payload, `.`, an optional two-digit
// version and `.`, then a base36 length and CRC (`glpat-<payload>.01.<9 chars>`).
const routableTail = '(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9}|\\.[0-9a-z]{7,9})?';
// A routable token must not stop at its first `.`: the part after the dot belongs to it.
const tokenEnd = '(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])';
/**
 * A prefixed GitLab token. detect-secrets hashes only the prefix word of the ten kinds it knows
 * (its capture group), so those expose it as `hashed` to keep baselines compatible.
 */
const prefixedToken = (kind, prefix, description, hashedByDetectSecrets, length = 20) => {
    const word = hashedByDetectSecrets ? `(?<hashed>${prefix})` : prefix;
    return {
        id: `gitlab-${kind}`,
        description,
        secretType: 'GitLab Token',
        provider: 'gitlab',
        strength: 'prefixed',
        keywords: [`${prefix}-`],
        pattern: `(?<![A-Za-z0-9_-])(?<secret>${word}-[A-Za-z0-9_-]{20,300}${routableTail})${tokenEnd}`,
        examples: {
            positive: [
                `GITLAB_TOKEN=${prefix}-{b64u:${length}}`,
                `  gitlab_token: "${prefix}-{an:27}.01.{lan:9}"`,
                `gitlab = Gitlab("https://gitlab.example.org", private_token='${prefix}-{an:${length}}')`,
            ],
            negative: [
                `${prefix}-{an:12}`,
                `x${prefix}-{an:${length}}`,
                `${prefix}-xxxxxxxxxxxxxxxxxxxxxxxx`,
            ],
        },
    };
};
/** GitLab access, deploy, runner, CI/CD, trigger, feed, mail, agent, SCIM and feature-flag tokens. */
const gitlabDetectors = [
    prefixedToken('pat', 'glpat', 'GitLab personal, project or group access token', true),
    prefixedToken('oauth-app-secret', 'gloas', 'GitLab OAuth application secret', true, 64),
    prefixedToken('deploy-token', 'gldt', 'GitLab deploy token', true),
    prefixedToken('runner-token', 'glrt', 'GitLab runner authentication token', true),
    prefixedToken('cicd-job-token', 'glcbt', 'GitLab CI/CD job token', true, 26),
    prefixedToken('pipeline-trigger-token', 'glptt', 'GitLab pipeline trigger token', true, 40),
    prefixedToken('feed-token', 'glft', 'GitLab feed token', true),
    prefixedToken('incoming-mail-token', 'glimt', 'GitLab incoming mail token', true, 25),
    prefixedToken('agent-token', 'glagent', 'GitLab agent for Kubernetes token', true, 50),
    prefixedToken('scim-token', 'glsoat', 'GitLab SCIM OAuth token', true),
    prefixedToken('feature-flag-client-token', 'glffct', 'GitLab feature flags client token', false),
    {
        id: 'gitlab-runner-registration-token',
        description: 'GitLab runner registration token (deprecated format)',
        secretType: 'GitLab Token',
        provider: 'gitlab',
        strength: 'prefixed',
        keywords: ['gr1348941'],
        // Digits-only bodies such as `GR1348941123123…` are test fixtures, not tokens.
        minEntropy: 3,
        pattern: '(?<![A-Za-z0-9_-])(?<secret>GR1348941[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'RUNNER_REGISTRATION_TOKEN=GR1348941{an:20}',
                "registration-token: 'GR1348941{b64u:20}'",
            ],
            negative: ['GR1348941{an:10}', 'GR134894112312312312312312312', 'xGR1348941{an:20}'],
        },
    },
    {
        id: 'gitlab-session-cookie',
        description: 'GitLab session cookie',
        secretType: 'GitLab Token',
        provider: 'gitlab',
        strength: 'prefixed',
        keywords: ['_gitlab_session='],
        pattern: '_gitlab_session=(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'curl -H "Cookie: _gitlab_session={hex:32}" https://gitlab.example.org/api/v4/user',
                "cookies = '_gitlab_session={lan:32}; path=/'",
            ],
            negative: ['_gitlab_session={hex:20}', '_gitlab_session={hex:40}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/mailchimp.ts

// API keys: https://mailchimp.com/developer/marketing/guides/quick-start/ — 32 hex characters,
// `-us`, then the data-centre number.
/** Mailchimp Marketing API keys. */
const mailchimpDetectors = [
    {
        id: 'mailchimp-api-key',
        description: 'Mailchimp API key',
        secretType: 'Mailchimp Access Key',
        provider: 'mailchimp',
        strength: 'prefixed',
        keywords: ['-us'],
        pattern: prefixedTokenPattern('', '[0-9a-f]{32}-us\\d{1,2}'),
        examples: {
            positive: ['MAILCHIMP_API_KEY={hex:32}-us18', "mailchimp:\n  api_key: '{hex:32}-us6'"],
            negative: ['{hex:32}-us', '{hex:32}-us123', '{hex:20}-us18'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/npm.ts

// Access tokens: https://docs.npmjs.com/about-access-tokens — `npm_` then 36 base62 characters
// (30 random and a 6-character CRC32). Tokens created before 2021 are UUIDs, found in `.npmrc`
// `_authToken=` lines or `NPM_TOKEN` variables.
/** npm access tokens, current and legacy. */
const npmDetectors = [
    {
        id: 'npm-access-token',
        description: 'npm access token',
        secretType: 'NPM tokens',
        provider: 'npm',
        strength: 'prefixed',
        keywords: ['npm_'],
        // detect-secrets' npm pattern has one capture group, set only by its `_authToken` branch, so
        // for `npm_…` tokens it records (and hashes) the empty string. The empty `hashed` group keeps
        // baselines it wrote compatible.
        pattern: '(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?<hashed>)(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'NPM_TOKEN=npm_{an:36}',
                '//registry.npmjs.org/:_authToken=npm_{an:36}',
                '  "npmAccessToken": "npm_{an:36}"',
            ],
            negative: ['npm_{an:20}', 'my_npm_{an:36}', 'npm_{an:40}'],
        },
    },
    {
        id: 'npm-legacy-auth-token',
        description: 'npm legacy (UUID) auth token',
        secretType: 'NPM tokens',
        provider: 'npm',
        strength: 'contextual',
        keywords: ['_authtoken', 'npm_token', 'npm-token', 'npmtoken'],
        pattern: assignedSecretPattern('_authToken|npm[_-]?token', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', '(?![A-Za-z0-9_-])'),
        flags: 'i',
        examples: {
            positive: [
                '//registry.npmjs.org/:_authToken={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                'export NPM_TOKEN="{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
            ],
            negative: [
                '_authToken=${NPM_TOKEN}',
                'npm_config_cache = {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/openai.ts
// API keys: https://platform.openai.com/docs/api-reference/authentication — `sk-`, an optional
// kind (`proj-`, `svcacct-`, `admin-`), then base64url text around the marker `T3BlbkFJ`
// (base64 of "openai"): 20 characters on each side in user keys, about 74 in project keys.
/** OpenAI user, project, service-account and admin API keys. */
const openaiDetectors = [
    {
        id: 'openai-api-key',
        description: 'OpenAI API key',
        secretType: 'OpenAI Token',
        provider: 'openai',
        strength: 'prefixed',
        keywords: ['t3blbkfj'],
        // detect-secrets stops 20 alphanumerics after the marker and hashes that much; when a `-` or
        // `_` comes sooner it does not match at all, and the second branch (no `hashed`) applies.
        pattern: '(?<![A-Za-z0-9_-])(?<secret>(?<hashed>sk-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9]{20})[A-Za-z0-9_-]{0,200}|sk-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'OPENAI_API_KEY=sk-{an:20}T3BlbkFJ{an:20}',
                'client = OpenAI(api_key="sk-proj-{an:74}T3BlbkFJ{an:74}")',
                '  "openai_api_key": "sk-svcacct-{an:74}T3BlbkFJ{an:5}-{b64u:68}"',
            ],
            negative: [
                'sk-{an:20}T3BlbkFJ{an:10}',
                'sk-{an:10}T3BlbkFJ{an:20}',
                'ask-{an:20}T3BlbkFJ{an:20}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/pypi.ts

// API tokens: https://pypi.org/help/#apitoken and https://warehouse.pypa.io/development/token-scanning.html
// `pypi-` then a base64url macaroon whose first bytes encode the issuing index: `AgEIcHlwaS5vcmc`
// (pypi.org) or `AgENdGVzdC5weXBpLm9yZw` (test.pypi.org).
/** PyPI and TestPyPI upload tokens. */
const pypiDetectors = [
    {
        id: 'pypi-upload-token',
        description: 'PyPI upload token',
        secretType: 'PyPI Token',
        provider: 'pypi',
        strength: 'prefixed',
        keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
        pattern: prefixedTokenPattern('pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)', '[A-Za-z0-9_-]{50,1000}').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
        examples: {
            positive: [
                'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc{b64u:160}',
                '[testpypi]\npassword = pypi-AgENdGVzdC5weXBpLm9yZw{b64u:150}',
            ],
            negative: ['pypi-AgEIcHlwaS5vcmc{an:20}', 'pypi-AgEIcHlwaS5vcmd{an:100}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/sendgrid.ts

// API keys: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys — `SG.`, a
// 22-character key id, `.`, a 43-character secret (base64url). The 66 characters after `SG.` are
// matched as one run so that keys re-encoded with `=` or without the inner dot are found too.
/** SendGrid API keys. */
const sendgridDetectors = [
    {
        id: 'sendgrid-api-key',
        description: 'SendGrid API key',
        secretType: 'SendGrid API Key',
        provider: 'sendgrid',
        strength: 'prefixed',
        keywords: ['sg.'],
        pattern: prefixedTokenPattern('SG\\.', '[A-Za-z0-9_=-][A-Za-z0-9_=.-]{65}').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_=.-])'),
        examples: {
            positive: [
                'SENDGRID_API_KEY=SG.{b64u:22}.{b64u:43}',
                "sg = SendGridAPIClient('SG.{an:22}.{an:43}')",
            ],
            negative: ['SG.{b64u:22}.{b64u:20}', 'SG.{an:22}.{an:43}.{an:10}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/slack.ts

// Token types: https://api.slack.com/concepts/token-types (bot `xoxb-`, user `xoxp-`, app-level
// `xapp-`, configuration `xoxe.xoxp-` / refresh `xoxe-`; `xoxa-`, `xoxr-`, `xoxs-`, `xoxo-` are
// the retired workspace and legacy tokens). Incoming webhooks:
// https://api.slack.com/messaging/webhooks. The numeric segments are team, user and bot ids.
const id = '\\d{8,14}';
const slackToken = (kind, description, keywords, pattern, positive, negative) => ({
    id: `slack-${kind}`,
    description,
    secretType: 'Slack Token',
    provider: 'slack',
    strength: 'prefixed',
    keywords,
    pattern,
    examples: { positive, negative },
});
/** Slack bot, user, app-level, configuration, legacy and workspace tokens, and webhook URLs. */
const slackDetectors = [
    slackToken('bot-token', 'Slack bot token', ['xoxb-'], prefixedTokenPattern('xoxb-', `${id}-${id}-[A-Za-z0-9]{24,34}`), [
        'SLACK_BOT_TOKEN=xoxb-{d:12}-{d:13}-{an:24}',
        'client = WebClient(token="xoxb-{d:13}-{d:13}-{an:24}")',
    ], ['xoxb-{d:12}-{d:13}-{an:10}', 'channel: xoxb-12345-abcd234']),
    slackToken('legacy-bot-token', 'Slack legacy bot token', ['xoxb-'], prefixedTokenPattern('xoxb-', `${id}-[A-Za-z0-9]{18,40}`), ['  "bot_token": "xoxb-{d:12}-{an:24}",', "slack:\n  token: 'xoxb-{d:11}-{an:24}'"], ['xoxb-{d:12}-{an:8}', 'slack_token: xoxb-Slack_BOT_TOKEN']),
    slackToken('user-token', 'Slack user token', ['xoxp-', 'xoxe-'], prefixedTokenPattern('xox[pe]-', `${id}-${id}-${id}-[A-Za-z0-9]{28,34}`), [
        'SLACK_USER_TOKEN=xoxp-{d:11}-{d:12}-{d:12}-{hex:32}',
        '"token": "xoxp-{d:12}-{d:13}-{d:13}-{hex:32}"',
    ], ['"token3": "xoxp-1234-1234-1234-{hex:32}"', '"token1": "xoxp-{d:10}"']),
    slackToken('app-token', 'Slack app-level token', ['xapp-'], prefixedTokenPattern('xapp-', '\\d-[A-Z0-9]{8,14}-\\d{8,16}-[A-Za-z0-9]{32,80}'), [
        'SLACK_APP_TOKEN=xapp-1-A{uan:10}-{d:13}-{hex:64}',
        "app_token = 'xapp-1-A{uan:10}-{d:13}-{hex:64}'",
    ], ['xapp-1-{d:13}-{hex:64}', 'xapp-1-A{uan:10}-{d:13}-{hex:16}']),
    slackToken('config-access-token', 'Slack app configuration access token', ['xoxe.xox'], 
    // detect-secrets finds the `xoxp-1-…` part only, so that is what it hashes.
    '(?<![A-Za-z0-9_.-])(?<secret>xoxe\\.(?<hashed>xox[bp]-\\d-[A-Za-z0-9]{60,400}))(?![A-Za-z0-9_-])', ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-{an:150}', '"access_token": "xoxe.xoxb-1-{an:160}"'], ['xoxe.xoxp-1-RANDOMSTRINGHERE', 'xoxe.xoxp-1-{an:30}']),
    slackToken('config-refresh-token', 'Slack app configuration refresh token', ['xoxe-'], prefixedTokenPattern('xoxe-', '\\d-[A-Za-z0-9]{60,400}'), ['SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-{an:146}', '"refresh_token": "xoxe-1-{an:140}"'], ['SLACK_TOKEN=xoxe-1-xxx', 'xoxe-1-{an:30}']),
    slackToken('legacy-token', 'Slack legacy user token', ['xoxs-', 'xoxo-'], prefixedTokenPattern('xox[os]-', '\\d{6,14}-\\d{6,14}-\\d{6,14}-[A-Za-z0-9]{10,64}'), [
        'SLACK_LEGACY_TOKEN=xoxs-{d:12}-{d:12}-{d:12}-{hex:10}',
        '"token": "xoxo-{d:9}-{d:9}-{d:9}-{hex:18}"',
    ], ['xoxs-{d:12}-{d:12}-{hex:10}', 'xoxs-{d:3}-{d:3}-{d:3}-{hex:10}']),
    slackToken('legacy-workspace-token', 'Slack legacy workspace access or refresh token', ['xoxa-', 'xoxr-'], prefixedTokenPattern('xox[ar]-', '(?:\\d{1,14}-){0,4}[A-Za-z0-9]{8,48}'), [
        '"access_token": "xoxa-2-{d:9}-{d:11}-{d:13}-{hex:18}"',
        'SLACK_REFRESH_TOKEN=xoxr-{d:1}-{lan:12}',
    ], ['https://github.com/xoxa-nyc/xoxa-nyc.github.io', 'xoxa-{lan:4}']),
    {
        id: 'slack-webhook-url',
        description: 'Slack incoming webhook or workflow trigger URL',
        secretType: 'Slack Token',
        provider: 'slack',
        strength: 'prefixed',
        keywords: ['hooks.slack.com'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{30,200})(?![A-Za-z0-9_/-])',
        examples: {
            positive: [
                'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T{uan:8}/B{uan:10}/{an:24}',
                'webhook: "https://hooks.slack.com/workflows/T{uan:10}/A{uan:10}/{d:18}/{an:24}"',
            ],
            negative: [
                'https://hooks.slack.com/services/T{uan:8}',
                'see hooks.slack.com/services/ for details',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/square.ts

// Credentials: https://developer.squareup.com/docs/build-basics/access-tokens — access tokens are
// `EAAA` + 60 base64url characters (older ones `sq0atp-` + 22 or more); application secrets are
// `sq0csp-` + 43 base64url characters.
/** Square access tokens and OAuth application secrets. */
const squareDetectors = [
    {
        id: 'square-access-token',
        description: 'Square access token',
        secretType: 'Square Access Token',
        provider: 'square',
        strength: 'prefixed',
        keywords: ['eaaa', 'sq0atp-'],
        pattern: prefixedTokenPattern('(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22,60})', '').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
        examples: {
            positive: ['SQUARE_ACCESS_TOKEN=EAAA{b64u:60}', "square:\n  token: 'sq0atp-{b64u:22}'"],
            negative: ['EAAA{an:40}', 'sq0atp-{an:12}', 'EAAA{an:50}', 'sq0atp-{an:70}'],
        },
    },
    {
        id: 'square-oauth-secret',
        description: 'Square OAuth application secret',
        secretType: 'Square OAuth Secret',
        provider: 'square',
        strength: 'prefixed',
        keywords: ['sq0csp-'],
        // detect-secrets also admits a backslash in the body; so do we.
        pattern: prefixedTokenPattern('sq0csp-', '[A-Za-z0-9_\\\\\\]^-]{43}').replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
        examples: {
            positive: ['SQUARE_APP_SECRET=sq0csp-{b64u:43}', '  "squareSecret": "sq0csp-{an:43}"'],
            negative: ['sq0csp-{an:20}', 'sq0csp-{an:50}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/stripe.ts
// API keys: https://docs.stripe.com/keys — secret `sk_`, restricted `rk_`, then the mode (`live_`
// or `test_`) and at least 24 base62 characters (newer keys carry about 99). Publishable `pk_`
// keys are public and not reported.
/** Stripe live and test secret and restricted keys. */
const stripeDetectors = [
    {
        id: 'stripe-live-key',
        description: 'Stripe live secret or restricted API key',
        secretType: 'Stripe Access Key',
        provider: 'stripe',
        strength: 'prefixed',
        keywords: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
        // detect-secrets matches the prefix and exactly 24 characters, so it hashes that much.
        pattern: '(?<![A-Za-z0-9_])(?<secret>(?<hashed>[rs]k_live_[A-Za-z0-9]{24})[A-Za-z0-9]{0,230}|[rs]k_prod_[A-Za-z0-9]{24,254})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'STRIPE_SECRET_KEY=sk_live_{an:24}',
                "stripe.api_key = 'rk_live_51{an:97}'",
                '  "stripeKey": "sk_live_51{an:97}"',
            ],
            negative: ['sk_live_{an:16}', 'task_live_{an:30}', 'pk_live_{an:30}'],
        },
    },
    {
        id: 'stripe-test-key',
        description: 'Stripe test-mode secret or restricted API key',
        secretType: 'Stripe Access Key',
        provider: 'stripe',
        strength: 'prefixed',
        keywords: ['sk_test_', 'rk_test_'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>[rs]k_test_[A-Za-z0-9]{24,254})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'STRIPE_SECRET_KEY=sk_test_{an:24}',
                'const stripe = new Stripe("rk_test_51{an:97}");',
            ],
            negative: ['nonMatchingToken := "task_test_{lan:30}"', 'sk_test_{an:12}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/telegram.ts
// Bot tokens: https://core.telegram.org/bots/api#authorizing-your-bot — the bot's numeric id,
// `:`, then 35 base64url characters. Issued tokens start the second part with `AA`, which is
// distinctive enough to report anywhere; other shapes need `telegram` on the line.
/** Telegram bot API tokens. */
const telegramDetectors = [
    {
        id: 'telegram-bot-token',
        description: 'Telegram bot API token',
        secretType: 'Telegram Bot Token',
        provider: 'telegram',
        strength: 'prefixed',
        keywords: [':aa'],
        pattern: '(?<![A-Za-z0-9_:-])(?<secret>\\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['BOT_TOKEN={d:10}:AA{b64u:33}', 'bot = telebot.TeleBot("{d:9}:AA{an:33}")'],
            negative: ['{d:10}:AA{an:30}', '{d:3}:AA{an:33}'],
        },
    },
    {
        id: 'telegram-bot-token-named',
        description: 'Telegram bot API token near the word telegram',
        secretType: 'Telegram Bot Token',
        provider: 'telegram',
        strength: 'contextual',
        keywords: ['telegram'],
        contextLines: 1,
        pattern: '(?<![A-Za-z0-9_:-])(?<secret>\\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['TELEGRAM_TOKEN={d:8}:Ak{b64u:33}', 'telegram bot: {d:5}:Ab{an:33}'],
            negative: ['telegram chat {d:4}:Ak{an:33}', 'telegram chat {d:8}:Ak{an:34}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/twilio.ts

// SIDs: https://www.twilio.com/docs/glossary/what-is-a-sid — two letters naming the resource
// (SK API key, AC account) then 32 lower-case hex characters.
/** Twilio API key SIDs and account SIDs, as detect-secrets reports them. */
const twilioDetectors = [
    {
        id: 'twilio-api-key',
        description: 'Twilio API key SID',
        secretType: 'Twilio API Key',
        provider: 'twilio',
        strength: 'prefixed',
        keywords: [],
        // No literal keyword is rarer than the SID's own shape, so that shape picks the lines.
        trigger: 'SK[0-9a-f]{32}',
        pattern: prefixedTokenPattern('SK', '[0-9a-f]{32}'),
        examples: {
            positive: ['TWILIO_API_KEY=SK{hex:32}', '<twilioToken>\n    SK{hex:32}\n</twilioToken>'],
            negative: ['SK{hex:20}', 'TASK{hex:32}', 'SK{HEX:32}'],
        },
    },
    {
        id: 'twilio-account-sid',
        description: 'Twilio account SID',
        secretType: 'Twilio API Key',
        provider: 'twilio',
        strength: 'prefixed',
        keywords: [],
        trigger: 'AC[0-9a-f]{32}',
        pattern: prefixedTokenPattern('AC', '[0-9a-f]{32}'),
        examples: {
            positive: ['TWILIO_ACCOUNT_SID=AC{hex:32}', 'client = Client("AC{hex:32}", auth_token)'],
            negative: ['AC{hex:31}', 'TRAC{hex:32}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/core/index.ts















/** Detectors of this group, in registry order. */
const detectors = [
    ...awsDetectors,
    ...githubDetectors,
    ...gitlabDetectors,
    ...slackDetectors,
    ...stripeDetectors,
    ...twilioDetectors,
    ...sendgridDetectors,
    ...mailchimpDetectors,
    ...npmDetectors,
    ...pypiDetectors,
    ...openaiDetectors,
    ...discordDetectors,
    ...telegramDetectors,
    ...squareDetectors,
    ...artifactoryDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/files/keystore-formats.ts
/**
 * Recognisers for key store formats, from the first bytes of a file. Facts used: PKCS#12 (RFC
 * 7292) is a DER (or BER) SEQUENCE whose first element is the INTEGER version 3; Sun's JKS
 * starts with the magic 0xFEEDFEED and JCEKS with 0xCECECECE, each followed by a 32-bit version
 * 1 or 2. BouncyCastle's BKS, BCFKS and UBER stores have no magic of their own.
 */
/** Whether `content` starts like a PKCS#12 file: `30 <length> 02 01 03`. */
function isPkcs12(content) {
    if (content[0] !== 0x30)
        return false;
    const length = content[1];
    if (length === undefined)
        return false;
    // Short form (< 0x80), BER's indefinite form (0x80, written by some Windows and Java tools),
    // or long form with 1 to 4 length bytes.
    let at;
    if (length <= 0x80)
        at = 2;
    else if (length <= 0x84)
        at = 2 + (length - 0x80);
    else
        return false;
    return content[at] === 0x02 && content[at + 1] === 0x01 && content[at + 2] === 0x03;
}
/** Whether `content` starts with the four bytes of `magic`, then the 32-bit version 1 or 2. */
function hasJavaMagic(content, magic) {
    if (content.length < 8 || magic.some((byte, i) => content[i] !== byte))
        return false;
    const version = (content[4] ?? 0) | (content[5] ?? 0) | (content[6] ?? 0);
    return version === 0 && (content[7] === 1 || content[7] === 2);
}
/** Whether `content` starts like a Sun JKS key store (magic 0xFEEDFEED). */
function isJks(content) {
    return hasJavaMagic(content, [0xfe, 0xed, 0xfe, 0xed]);
}
/** Whether `content` starts like a JCEKS key store (magic 0xCECECECE). */
function isJceks(content) {
    return hasJavaMagic(content, [0xce, 0xce, 0xce, 0xce]);
}
/** How much of a file is examined for NUL bytes, as git does to call a file binary. */
const sniffLength = 8000;
/**
 * Whether `content` is binary: not empty, with a NUL byte near the start. The only test for
 * formats without a magic; an empty or text file with a key store's name is not one.
 */
function isBinaryContent(content) {
    return content.length > 0 && content.subarray(0, sniffLength).includes(0);
}

;// CONCATENATED MODULE: ./src/scanner/detectors/files/keystores.ts

// A committed key store is a leak in itself: it holds private keys, and its password is often a
// default or sits next to it in the repository. gitleaks' default rules flag PKCS#12 files by
// path; these detectors also confirm the format from the bytes, so an empty placeholder or a
// text file with such a name is not reported.
/** PKCS#12 files (`.p12`, `.pfx`): client certificates, code signing and TLS keys. */
const pkcs12File = {
    kind: 'file',
    id: 'pkcs12-file',
    description: 'PKCS#12 key store file (.p12, .pfx) holding private keys',
    secretType: 'PKCS#12 Key Store',
    provider: 'pkcs12',
    strength: 'prefixed',
    extensions: ['p12', 'pfx'],
    recognize: (content) => (isPkcs12(content) ? 'PKCS#12 key store' : undefined),
    fileExamples: {
        positive: [
            { path: 'certs/client.p12', hex: '30 82 09 cf 02 01 03 30 82 09 85 06 09' },
            { path: 'signing/Release.PFX', hex: '30 80 02 01 03 30 80 06 09' },
            { path: 'small.p12', hex: '30 81 f0 02 01 03' },
        ],
        negative: [
            { path: 'certs/empty.p12', hex: '' },
            { path: 'certs/placeholder.pfx', hex: '72 65 70 6c 61 63 65 20 6d 65 0a' },
            { path: 'certs/version2.p12', hex: '30 82 09 cf 02 01 02 30' },
            { path: 'certs/store.jks.p12', hex: 'fe ed fe ed 00 00 00 02' },
            { path: 'certs/client.p12.txt', hex: '30 82 09 cf 02 01 03 30' },
        ],
    },
};
/** Java key stores: JKS and JCEKS by magic, PKCS#12 by DER header, BouncyCastle's by name. */
const javaKeystoreFile = {
    kind: 'file',
    id: 'java-keystore-file',
    description: 'Java key store file (.jks, .jceks, .keystore, .bks) holding private keys',
    secretType: 'Java Key Store',
    provider: 'java',
    strength: 'prefixed',
    extensions: ['jks', 'jceks', 'keystore', 'bks', 'bcfks', 'uber'],
    recognize: (content, extension) => {
        if (isJks(content))
            return 'JKS key store';
        if (isJceks(content))
            return 'JCEKS key store';
        // keytool writes PKCS#12 by default since Java 9, whatever the file is called.
        if (isPkcs12(content))
            return 'PKCS#12 key store';
        // BKS, BCFKS and UBER have no magic; `.keystore` may hold any of them (Android).
        if (extension === 'jks' || extension === 'jceks' || !isBinaryContent(content))
            return undefined;
        return extension === 'keystore' ? 'key store' : `${extension.toUpperCase()} key store`;
    },
    fileExamples: {
        positive: [
            { path: 'android/app/release.jks', hex: 'fe ed fe ed 00 00 00 02 00 00 00 01' },
            { path: 'conf/secrets.jceks', hex: 'ce ce ce ce 00 00 00 02 00 00 00 01' },
            { path: 'debug.keystore', hex: '30 82 03 d6 02 01 03 30 82 03 80' },
            { path: 'home/.keystore', hex: 'fe ed fe ed 00 00 00 02' },
            { path: 'res/raw/truststore.bks', hex: '00 00 00 02 00 00 00 14 5a 11' },
            { path: 'legacy/app.keystore', hex: '00 00 00 01 00 00 00 14 7b 02' },
        ],
        negative: [
            { path: 'app/empty.jks', hex: '' },
            { path: 'app/notes.keystore', hex: '6b 65 79 73 74 6f 72 65 0a' },
            { path: 'app/bks-named.jks', hex: '00 00 00 02 00 00 00 14 5a 11' },
            { path: 'app/version9.jks', hex: 'fe ed fe ed 00 00 00 09' },
            { path: 'app/store.bks', hex: '62 6b 73 0a' },
            { path: 'app/keystore.md', hex: 'fe ed fe ed 00 00 00 02' },
        ],
    },
};
/** Key store file detectors, in registry order. */
const keystoreDetectors = [pkcs12File, javaKeystoreFile];

;// CONCATENATED MODULE: ./src/scanner/detectors/files/index.ts

/** File detectors (whole files judged by name and first bytes), in registry order. */
const files_detectors = [...keystoreDetectors];

// EXTERNAL MODULE: ./src/scanner/entropy.ts
var entropy = __webpack_require__(8667);
;// CONCATENATED MODULE: ./src/scanner/detectors/generic/util.ts
const codeExtensions = new Set([
    'cls',
    'java',
    'js',
    'jsx',
    'mjs',
    'cjs',
    'ts',
    'tsx',
    'py',
    'pyi',
    'swift',
    'tf',
    'kt',
    'kts',
    'scala',
    'groovy',
    'rb',
    'php',
    'cs',
    'c',
    'h',
    'cc',
    'cpp',
    'hpp',
    'm',
    'mm',
    'rs',
    'dart',
    'ps1',
    'lua',
    'pl',
    'r',
    'ex',
    'exs',
    'vue',
    'svelte',
]);
const configExtensions = new Set([
    'ini',
    'cfg',
    'cnf',
    'conf',
    'cf',
    'properties',
    'toml',
    'env',
    'envrc',
    'tfvars',
    'hcl',
    'example',
    'sample',
    'template',
    'tpl',
    'local',
    'npmrc',
    'pypirc',
    'netrc',
    'gradle',
    'bat',
    'cmd',
]);
let lastPath;
let lastKind = 'other';
/**
 * The kind of file at `path`, from its extension (or its name for dotfiles such as `.env`).
 * Remembered for the last path: a file's segments are detected one after another.
 */
function fileKind(path) {
    if (path !== lastPath) {
        lastKind = kindOf(path);
        lastPath = path;
    }
    return lastKind;
}
function kindOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot + 1) : name;
    if (ext === 'go')
        return 'go';
    if (ext === 'yaml' || ext === 'yml')
        return 'yaml';
    if (ext === 'xml' || ext === 'config' || ext === 'csproj' || ext === 'props')
        return 'xml';
    if (codeExtensions.has(ext))
        return 'code';
    if (configExtensions.has(ext) || name.startsWith('.env'))
        return 'config';
    return 'other';
}
/** Whether an ASCII character code may continue a name: `[A-Za-z0-9_.-]`. */
function isAsciiNameCode(code) {
    return ((code >= 97 && code <= 122) ||
        (code >= 65 && code <= 90) ||
        (code >= 48 && code <= 57) ||
        code === 95 ||
        code === 46 ||
        code === 45);
}
/** Whether unquoted values count in this kind of file (config files, YAML, scripts, text). */
function allowsUnquoted(kind) {
    return kind === 'config' || kind === 'yaml' || kind === 'other';
}
/**
 * Calls `visit(lineStart, lineEnd)` for each line that starts inside the segment, its content
 * without the break. `\r\n`, `\n` and a lone `\r` each end a line, as the engine counts lines:
 * a segment of two hit lines is read as the two lines, whichever of them the prefilter kept.
 */
function forEachLine(segment, visit) {
    const { text } = segment;
    let start = segment.start;
    while (start < segment.end) {
        let end = start;
        while (end < segment.end) {
            const code = text.charCodeAt(end);
            if (code === 10 || code === 13)
                break;
            end++;
        }
        visit(start, end);
        start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
}
/** Shannon entropy over the characters of `charset` only, as detect-secrets computes it. */
function charsetEntropy(data, charset) {
    if (data.length === 0)
        return 0;
    const member = charsetTable(charset);
    const counts = new Uint32Array(128);
    for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (code < 128 && member[code] === 1)
            counts[code] = counts[code] + 1;
    }
    let entropy = 0;
    for (const count of counts) {
        if (count === 0)
            continue;
        const p = count / data.length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}
const charsetTables = new Map();
/** A membership table for an ASCII charset (index by char code below 128), built once per charset. */
function charsetTable(charset) {
    let table = charsetTables.get(charset);
    if (!table) {
        table = new Uint8Array(128);
        for (let i = 0; i < charset.length; i++)
            table[charset.charCodeAt(i)] = 1;
        charsetTables.set(charset, table);
    }
    return table;
}
/** Builds a match for `value` at absolute offset `start`. */
function rawMatch(start, secret, hashed) {
    return {
        start,
        end: start + secret.length,
        secret,
        ...(hashed !== undefined && hashed !== secret && { hashed }),
    };
}
/** Splits an identifier into lower-case words: `mySecret_KEY2` gives my, secret, key2. */
function identifierWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9ñ]+/)
        .filter(Boolean);
}
/** Whether the text around a value names a hash, checksum or other non-secret digest. */
const digestContext = /(?:sha\d{0,3}|md5|hash|checksum|chksum|digest|integrity|commit|githead|srcrev|revision|\brev\b|etag|fingerprint|nonce|salt|uuid|guid|version|public|pubkey|cert(?:ificate)?s?\b|signature|authenticity|csrf|\bfp\b)/i;
/** Prefixes of provider tokens that provider detectors judge; a value they rejected is a near miss. */
const providerPrefix = /^(?:xox[a-z]?[-.]|sgp_|sntr[a-z]{1,2}_|gh[pousr]_|github_pat_|glpat-|[sr]k[_-](?:live|test|proj|ant)?|AKIA|ASIA|AIza|hf_|npm_|pypi-|dop_v1_|shp(?:at|ss|ca|pa)_|bedrock-api-key-|cmVm|AKCp|SG\.|xapp-|EAA)/i;
/** CamelCase or word-like text (identifiers, CSS classes), not generated data. */
function isWordy(value) {
    const words = value.match(/[A-Z]?[a-z]{3,}/g) ?? [];
    const letters = words.reduce((sum, word) => sum + word.length, 0);
    return letters / value.length > 0.6;
}

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/auth.ts


/** Whether a credential value is a reference or a placeholder rather than a literal. */
function isReference(value) {
    return /^[$%<[{(*]|^\.{3}|\$\{|\$\(|\{\{/.test(value);
}
function looksRandom(value, minLength) {
    if (value.length < minLength)
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((regex) => regex.test(value)).length;
    return classes >= 2 && (0,entropy/* shannonEntropy */.l)(value) >= Math.min(2.7, Math.log2(value.length) * 0.8);
}
// RFC 3986 userinfo: scheme://user:password@host. detect-secrets hashes the password.
const userInfo = '[^\\s:/?#[\\]@{}\'"`<>]';
const urlCredentials = new RegExp(`(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\\/\\/(${userInfo}{0,200}):(${userInfo}{1,300})@(?=[A-Za-z0-9[_-])`, 'g');
const urlCredentialsTrigger = `:\\/\\/${userInfo}{0,200}:${userInfo}{1,300}@`;
/** Credentials inside URLs and connection URIs (detect-secrets BasicAuthDetector). */
const basicAuthDetector = {
    id: 'basic-auth',
    description: 'Password in a URL or connection URI (scheme://user:password@host)',
    secretType: 'Basic Auth Credentials',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    // The `://` of a match, its user, `:`, password and `@`: URLs without credentials (nearly all)
    // pick no segment.
    trigger: urlCredentialsTrigger,
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    detect: (segment) => {
        const out = [];
        const slice = segment.text.slice(segment.start, segment.end);
        urlCredentials.lastIndex = 0;
        let match;
        while ((match = urlCredentials.exec(slice)) !== null) {
            const password = match[3];
            if (isReference(password) || isReference(match[2]))
                continue;
            const at = match.index + match[0].length - 1 - password.length;
            out.push(rawMatch(segment.start + at, password));
        }
        return out;
    },
    examples: {
        positive: [
            'DATABASE_URL=postgres://app:{an:16}@db.internal:5432/app',
            'const mirror = "https://deploy:{l:5}{d:4}{u:3}@git.internal/repo.git";',
        ],
        negative: [
            'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app',
            'url = "https://user:password@host"',
        ],
    },
};
// ADO.NET / ODBC / JDBC keyword connection strings: `Server=…;User Id=…;Password=…;`.
const connectionPassword = /(?<![A-Za-z0-9_])(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}([^;'"\s&<>]{1,200})(?=$|[;'"\s&<])/gi;
const connectionContext = /(?:server|data source|host|hostname|database|initial catalog|uid|user id|user|username|dsn|jdbc:)[ \t]{0,3}[=:]/i;
/** Passwords in keyword connection strings (ADO.NET, ODBC, JDBC query parameters). */
const connectionStringDetector = {
    id: 'connection-string',
    description: 'Password in a database connection string (Server=…;Password=…)',
    secretType: 'Connection String Password',
    provider: 'generic',
    strength: 'contextual',
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    detect: (segment) => {
        const out = [];
        forEachLine(segment, (start, end) => {
            const line = segment.text.slice(start, end);
            if (!connectionContext.test(line) || !/[;&]/.test(line))
                return;
            connectionPassword.lastIndex = 0;
            let match;
            while ((match = connectionPassword.exec(line)) !== null) {
                const password = match[1];
                const before = line.slice(0, match.index);
                if (!/[;&?]\s{0,3}$|^\s{0,40}["'`]?$|["'`]\s{0,3}$/.test(before) && !/[;&]/.test(before))
                    continue;
                if (isReference(password) || password.length < 4)
                    continue;
                out.push(rawMatch(start + match.index + match[0].length - password.length, password));
            }
        });
        return out;
    },
    examples: {
        positive: [
            'conn = "Server=db01;Database=app;User Id=app;Password={an:14};"',
            'jdbc.url=jdbc:sqlserver://db01:1433;databaseName=app;user=app;password={l:4}{d:4}{u:4}',
        ],
        negative: [
            'conn = "Server=db01;Database=app;User Id=app;Password=$(DB_PASS);"',
            'conn = "Server=db01;Database=app;User Id=app;Password=;"',
        ],
    },
};
const curlUser = /(?:^|\s)(?:-u|--user)(?:[ \t]{1,5}|=)(?:(["']?)([^"'`\s:]{0,100})\1:(["']?)([^"'`\s]{0,200})\3(?![^\s])|(["'])([^"'`\s]{0,200})\5|([^\s"'`]{1,300}))/g;
function stripBraces(value) {
    return /^\{[A-Za-z0-9_-]{6,}\}$/.test(value) ? value.slice(1, -1) : value;
}
function inCurl(text, at) {
    const before = text.slice(Math.max(0, at - 1500), at);
    const lastCurl = before.lastIndexOf('curl');
    if (lastCurl === -1)
        return false;
    // The option belongs to the same command: same line, or lines joined by a trailing backslash.
    const lines = before.slice(lastCurl).split(/\r?\n/);
    return lines.slice(0, -1).every((line) => /\\[ \t]*$/.test(line));
}
/** `curl -u user:password` and `curl --user`: the password (or a lone user token) (corpus curl-auth-user). */
const curlUserDetector = {
    id: 'curl-basic-auth',
    description: 'Credentials passed to curl with -u / --user',
    secretType: 'Basic Auth Credentials',
    provider: 'generic',
    strength: 'contextual',
    keywords: ['-u ', '-u\t', '-u=', '--user'],
    // The `curl` of a command continued over lines (inCurl).
    reach: { before: 1500, after: 0 },
    detect: (segment) => {
        const out = [];
        const { text } = segment;
        forEachLine(segment, (start, end) => {
            const line = text.slice(start, end);
            curlUser.lastIndex = 0;
            let match;
            while ((match = curlUser.exec(line)) !== null) {
                if (!inCurl(text, start + match.index))
                    continue;
                let pair = match[6];
                let user = match[2];
                let password = match[4];
                if (pair === undefined && user === undefined)
                    pair = match[7];
                if (pair !== undefined) {
                    const colon = pair.indexOf(':');
                    if (colon === -1)
                        continue;
                    user = pair.slice(0, colon);
                    password = pair.slice(colon + 1);
                }
                user = stripBraces(user ?? '');
                password = stripBraces(password ?? '');
                if (/^[$%<[{(*]/.test(user) ||
                    isReference(password) ||
                    /\$[A-Za-z_{(]/.test(user + password))
                    continue;
                const secret = password !== '' ? password : user;
                if (password === '' && !looksRandom(secret, 8))
                    continue;
                if (secret.length < 4)
                    continue;
                const at = line.indexOf(secret, match.index + (password !== '' ? user.length : 0));
                if (at >= 0)
                    out.push(rawMatch(start + at, secret));
            }
        });
        return out;
    },
    examples: {
        positive: [
            'curl -u deploy:{an:16} https://ci.internal/api',
            "curl --user 'api:{l:6}{d:4}' https://api.internal/v1",
        ],
        negative: [
            'curl -u "$USER:$PASS" https://ci.internal/api',
            'curl --user user:pass https://ci.internal/api',
            'curl -u "{l:8}"',
        ],
    },
};
const authHeader = /(?:^|[\s"'`{,])((?:Proxy-)?Authorization|[\w-]{0,30}api[_-]?(?:key|token)|[\w-]{0,30}auth[_-]?token|x-[\w-]{0,30}-token|token|apikey)[ \t]{0,3}:[ \t]{0,3}(?:(Basic|Bearer|Token|Api-Token|Digest|JWT|OAuth|SSWS|Key)[ \t]{1,3})?([^\s"'`]{1,4000})/gi;
/** HTTP authorization headers with a literal credential, in curl commands and header strings (corpus curl-auth-header). */
const authHeaderDetector = {
    id: 'http-auth-header',
    description: 'Credential in an HTTP Authorization or API-key header',
    secretType: 'Authorization Header',
    provider: 'generic',
    strength: 'contextual',
    keywords: ['authorization', 'api-key', 'apikey', 'api_key', 'api-token', 'token:', '-token'],
    // The `curl` of a command continued over lines (inCurl).
    reach: { before: 1500, after: 0 },
    detect: (segment) => {
        const out = [];
        const { text } = segment;
        forEachLine(segment, (start, end) => {
            const line = text.slice(start, end);
            authHeader.lastIndex = 0;
            let match;
            while ((match = authHeader.exec(line)) !== null) {
                const nameAt = match.index + match[0].indexOf(match[1]);
                const quotedHeader = /["'`]$/.test(line.slice(0, nameAt));
                const curlHeader = /(?:-H|--header)[ \t]{1,5}["']?$/.test(line.slice(0, nameAt)) &&
                    inCurl(text, start + nameAt + 1);
                if (!quotedHeader && !curlHeader)
                    continue;
                const scheme = (match[2] ?? '').toLowerCase();
                const value = match[3].replace(/[\\,;)]+$/, '');
                if (isReference(value))
                    continue;
                if (scheme === 'basic') {
                    const decoded = Buffer.from(value, 'base64').toString('latin1');
                    if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || !decoded.includes(':'))
                        continue;
                }
                else if (!looksRandom(value, 8))
                    continue;
                out.push(rawMatch(start + match.index + match[0].length - match[3].length, value));
            }
        });
        return out;
    },
    examples: {
        positive: [
            'curl -H "Authorization: Bearer {an:32}" https://api.internal/v1',
            "curl --header 'X-Api-Key: {hex:32}' https://api.internal/v1",
        ],
        negative: [
            'curl -H "Authorization: Bearer $TOKEN" https://api.internal',
            'curl -H "Authorization: Basic ..." https://x',
        ],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/entropy.ts

// detect-secrets' HighEntropyString plugins: a quoted string made only of the charset whose
// entropy (counted over the charset) is strictly above the limit; in YAML and INI-style files the
// parsed (unquoted) value counts too.
const base64Charset = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=';
const hexCharset = '0123456789abcdefABCDEF';
const base64MaxLength = 256;
const base64Kind = {
    charset: base64Charset,
    limit: 4.5,
    minLength: 20,
    // Credentials are short; kilobytes of base64 are embedded files (fonts, WebAssembly, images).
    maxLength: base64MaxLength,
    entropy: (value) => charsetEntropy(value, base64Charset),
    plausible: (value) => value.length <= base64MaxLength &&
        /[0-9+/]/.test(value) &&
        /[a-z]/.test(value) &&
        /[A-Z]/.test(value) &&
        !/^(?:[A-Za-z-]{3,}\/){1,20}[A-Za-z-]{3,}$/.test(value) &&
        !/^[A-Za-z]{1,40}(?:[_-][A-Za-z0-9]{1,40}){3,}$/.test(value),
};
const hexKind = {
    charset: hexCharset,
    limit: 3.0,
    minLength: 16,
    entropy: (value) => {
        const entropy = charsetEntropy(value, hexCharset);
        // All-digit strings are mostly numbers, not secrets: detect-secrets lowers their entropy,
        // less so the longer they are.
        if (value.length > 1 && /^[0-9]+$/.test(value))
            return entropy - 1.2 / Math.log2(value.length);
        return entropy;
    },
    plausible: (value) => /[a-fA-F]/.test(value) || value.length >= 20,
};
const unquotedLine = /^[ \t]{0,40}(?:export[ \t]{1,4})?([\w.-]{1,100})[ \t]{0,20}[:=][ \t]{0,20}([^ \t'"#;]{16,1000})[ \t]{0,20}(?:[#;].{0,1000})?$/d;
function isCharset(value, charset) {
    const member = charsetTable(charset);
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code >= 128 || member[code] !== 1)
            return false;
    }
    return true;
}
function accept(kind, value, before) {
    if (value.length < kind.minLength)
        return false;
    if (!(kind.entropy(value) > kind.limit))
        return false;
    if (!kind.plausible(value) || providerPrefix.test(value) || isWordy(value))
        return false;
    return !digestContext.test(before.slice(-60));
}
function scanLine(kind, text, start, end, unquoted, out) {
    const line = text.slice(start, end);
    const member = charsetTable(kind.charset);
    let found = false;
    for (let i = 0; i < line.length; i++) {
        const quote = line[i];
        if (quote !== '"' && quote !== "'")
            continue;
        let j = i + 1;
        for (let code = line.charCodeAt(j); code < 128 && member[code] === 1; code = line.charCodeAt(++j))
            ;
        if (j > i + 1 && line[j] === quote) {
            const value = line.slice(i + 1, j);
            if (accept(kind, value, line.slice(0, i))) {
                out.push(rawMatch(start + i + 1, value));
                found = true;
            }
            i = j;
        }
    }
    if (found || !unquoted)
        return;
    const match = unquotedLine.exec(line);
    const value = match?.[2];
    const at = match?.indices?.[2]?.[0];
    if (value === undefined || at === undefined || !isCharset(value, kind.charset))
        return;
    if (accept(kind, value, line.slice(0, at)))
        out.push(rawMatch(start + at, value));
}
/**
 * Both entropy detectors look only at quoted strings and at values after `=` / `:`, so the opening
 * quote or operator anchors the trigger: a bare character-class run would test every byte.
 */
const entropyTrigger = '["\'`=:][ \\t]{0,3}[A-Za-z0-9+/=_-]{16}';
/** Config and YAML files are parsed, so their unquoted values count too. */
function readsUnquoted(path) {
    const file = fileKind(path);
    return file === 'config' || file === 'yaml';
}
function quotedEntropyHint(kind) {
    return {
        charset: kind.charset,
        minLength: kind.minLength,
        ...(kind.maxLength !== undefined && { maxLength: kind.maxLength }),
        minEntropy: kind.limit,
        quotedOnly: (path) => !readsUnquoted(path),
    };
}
function entropyDetect(kind) {
    return (segment) => {
        const unquoted = readsUnquoted(segment.path);
        const out = [];
        forEachLine(segment, (start, end) => scanLine(kind, segment.text, start, end, unquoted, out));
        return out;
    };
}
/** detect-secrets' Base64HighEntropyString: quoted (or parsed config) base64 strings above 4.5 bits. */
const base64EntropyDetector = {
    id: 'high-entropy-base64',
    description: 'High-entropy base64 string (detect-secrets Base64HighEntropyString)',
    secretType: 'Base64 High Entropy String',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    trigger: entropyTrigger,
    detect: entropyDetect(base64Kind),
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    quotedEntropy: quotedEntropyHint(base64Kind),
    examples: {
        positive: ['SIGNING_SEED = "{an:20}+{b64:24}="', "const seed = '{an:22}/{an:20}';"],
        negative: [
            'SIGNING_SEED = "aaaaaaaaaaaaBBBBBBBBBBBB111"',
            'integrity = "sha512-{b64:60}"',
            'seed = "{an:10}"',
        ],
    },
};
/** detect-secrets' HexHighEntropyString: quoted (or parsed config) hex strings above 3.0 bits. */
const hexEntropyDetector = {
    id: 'high-entropy-hex',
    description: 'High-entropy hex string (detect-secrets HexHighEntropyString)',
    secretType: 'Hex High Entropy String',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    trigger: entropyTrigger,
    detect: entropyDetect(hexKind),
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    quotedEntropy: quotedEntropyHint(hexKind),
    examples: {
        positive: ['CACHE_HEX = "{hex:40}"', "signing = '{hex:32}'"],
        negative: ['commit_sha = "{hex:40}"', 'CACHE_HEX = "1212121212121212"'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/ibm-azure.ts

/** Cloud credentials that detect-secrets reports under their own type names (IBM, Azure). */
const cloudCredentialDetectors = [
    // Azure storage account keys are 64 random bytes, base64 (88 characters) after `AccountKey=` in
    // connection strings: https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
    {
        id: 'azure-storage-key',
        description: 'Azure storage account key in a connection string',
        secretType: 'Azure Storage Account access key',
        provider: 'azure',
        strength: 'contextual',
        keywords: ['accountkey='],
        pattern: '(?<hashed>AccountKey=(?<secret>[A-Za-z0-9+/]{86}==))(?![A-Za-z0-9+/=])',
        flags: 'i',
        examples: {
            positive: [
                'AZURE_STORAGE="DefaultEndpointsProtocol=https;AccountName=app;AccountKey={b64:86}==;EndpointSuffix=core.windows.net"',
                'connection: DefaultEndpointsProtocol=https;AccountName=logs;AccountKey={b64:86}==',
            ],
            negative: ['AccountKey=<your-account-key>'],
        },
    },
    // IBM Cloud IAM API keys: 44 characters of base64url, assigned to an ibm/iam name.
    // https://cloud.ibm.com/docs/account?topic=account-manapikey
    {
        id: 'ibm-cloud-iam-key',
        description: 'IBM Cloud IAM API key',
        secretType: 'IBM Cloud IAM Key',
        provider: 'ibm',
        strength: 'contextual',
        keywords: ['ibm_', 'ibm-', 'ibm.', 'iam_', 'iam-', 'ibmcloud', 'iamapikey', 'iam.'],
        contextLines: 1,
        minEntropy: 4,
        pattern: assignedSecretPattern('(?:ibm|iam)[\\w.-]{0,30}(?:key|token|pass|pwd)', '[A-Za-z0-9_-]{44}', '(?![A-Za-z0-9_-])'),
        flags: 'i',
        examples: {
            positive: ['IBM_CLOUD_API_KEY={an:20}_{an:23}', 'iam_apikey: "{an:22}-{an:21}"'],
            negative: ['IBM_CLOUD_API_KEY=${IBM_KEY}'],
        },
    },
    // IBM Cloud Object Storage HMAC credentials: a 48-hex-digit secret access key.
    // https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main
    {
        id: 'ibm-cos-hmac',
        description: 'IBM Cloud Object Storage HMAC secret access key',
        secretType: 'IBM COS HMAC Credentials',
        provider: 'ibm',
        strength: 'contextual',
        keywords: ['secret_access_key', 'secret-access-key', 'secretaccesskey'],
        contextLines: 1,
        minEntropy: 3,
        pattern: assignedSecretPattern('secret[_-]?access[_-]?key', '[a-f0-9]{48}', '(?![A-Za-z0-9_])'),
        flags: 'i',
        examples: {
            positive: ['COS_HMAC_SECRET_ACCESS_KEY={hex:48}', '"secret_access_key": "{hex:48}"'],
            negative: ['secret_access_key = "${COS_SECRET}"'],
        },
    },
    // SoftLayer (IBM Classic Infrastructure) API keys: 64 lower-case hex/alphanumeric characters.
    // https://cloud.ibm.com/docs/account?topic=account-classic_keys
    {
        id: 'softlayer-api-key',
        description: 'SoftLayer API key',
        secretType: 'SoftLayer Credentials',
        provider: 'softlayer',
        strength: 'contextual',
        keywords: ['softlayer', 'sl_', 'sl-'],
        contextLines: 1,
        minEntropy: 3.5,
        pattern: assignedSecretPattern('softlayer|(?<![A-Za-z0-9])sl[_-]', '[a-z0-9]{64}', '(?![A-Za-z0-9_])'),
        flags: 'i',
        examples: {
            positive: ['SOFTLAYER_API_KEY={lan:64}', 'sl_api_key: "{lan:64}"'],
            negative: ['SOFTLAYER_API_KEY=$SL_KEY'],
        },
    },
    {
        id: 'softlayer-api-url',
        description: 'SoftLayer API key in an API URL',
        secretType: 'SoftLayer Credentials',
        provider: 'softlayer',
        strength: 'contextual',
        keywords: ['api.softlayer.com'],
        pattern: 'api\\.softlayer\\.com/(?:soap|rest)/v3(?:\\.1)?/(?<secret>[a-z0-9]{64})(?![A-Za-z0-9])',
        flags: 'i',
        examples: {
            positive: [
                'endpoint = "https://api.softlayer.com/soap/v3.1/{lan:64}"',
                'curl https://api.softlayer.com/rest/v3/{lan:64}',
            ],
            negative: ['https://api.softlayer.com/rest/v3/SoftLayer_Account'],
        },
    },
    // Cloudant legacy credentials: a 64-hex password or a 24-letter API key next to a cloudant name.
    // https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant
    {
        id: 'cloudant-password',
        description: 'IBM Cloudant password or legacy API key',
        secretType: 'Cloudant Credentials',
        provider: 'ibm',
        strength: 'contextual',
        keywords: ['cloudant'],
        contextLines: 1,
        minEntropy: 3,
        pattern: assignedSecretPattern('cloudant', '[0-9a-f]{64}|[a-z]{24}', '(?![A-Za-z0-9_])'),
        flags: 'i',
        examples: {
            positive: ['CLOUDANT_PASSWORD={hex:64}', 'cloudant_api_key: "{l:24}"'],
            negative: ['CLOUDANT_PASSWORD=${CLOUDANT_PW}', 'cloudant_database: "{l:10}"'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/ip.ts

const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4 = new RegExp(`(?<![\\w.])${octet}(?:\\.${octet}){3}(?::\\d{1,5})?(?![\\w.])`, 'g');
/** Private, loopback, link-local, multicast and reserved IPv4 ranges (RFC 1918, 3927, 5735). */
function isNonPublic(ip) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return (a === 0 ||
        a === 10 ||
        a === 127 ||
        a >= 224 ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 169 && b === 254) ||
        (a === 100 && b >= 64 && b <= 127));
}
/** Public IPv4 addresses (detect-secrets IPPublicDetector); off by default, since most are not secrets. */
const ipPublicDetector = {
    id: 'ip-public',
    description: 'Public IPv4 address',
    secretType: 'Public IP (ipv4)',
    provider: 'generic',
    strength: 'generic',
    keywords: [],
    // The last digit of the first octet, then the dots: every address holds this, and a digit
    // followed by a dot is far rarer than a digit, so fewer lines wait on the full pattern.
    trigger: '[0-9]\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]',
    enabledByDefault: false,
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    detect: (segment) => {
        const out = [];
        const slice = segment.text.slice(segment.start, segment.end);
        ipv4.lastIndex = 0;
        let match;
        while ((match = ipv4.exec(slice)) !== null) {
            if (!isNonPublic(match[0]))
                out.push(rawMatch(segment.start + match.index, match[0]));
        }
        return out;
    },
    examples: {
        positive: ['upstream = "8.{d:1}.1{d:1}.2{d:1}"', 'HOST_IP=8{d:1}.1{d:2}.2{d:1}.1{d:1}'],
        negative: ['listen = "192.168.{d:1}.{d:2}"', 'version = "1.2.3.4.5"'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/keyword-words.ts
// The words the keyword detector judges names by: detect-secrets' denylist, credential nouns,
// and name words that make a value something other than a credential.
/**
 * Every name the keyword detector can accept holds one of these (case-insensitively): each
 * credential noun and denylist entry contains one, and `contraseña`/`contrasena` start with the
 * last. The detector and its line gate (and `name_words` in wasm/prefilter.c) look for them.
 */
const nameWordStems = [
    'key',
    'pass',
    'pat',
    'auth',
    'cred',
    'token',
    'secret',
    'pwd',
    'bearer',
    'contrase',
];
/** detect-secrets 1.5's denylist: any value assigned to these names is reported. */
const denylist = /api_?key|auth_?key|service_?key|account_?key|db_?key|database_?key|priv_?key|private_?key|client_?key|db_?pass|database_?pass|key_?pass|password|passwd|pwd|secret|contraseña|contrasena/i;
/** Words that name a credential without detect-secrets listing them; the value must look generated. */
const credentialNouns = new Set([
    'token',
    'tokens',
    'key',
    'keys',
    'apikey',
    'apitoken',
    'accesstoken',
    'authtoken',
    'secret',
    'secrets',
    'credential',
    'credentials',
    'creds',
    'cred',
    'auth',
    'passphrase',
    'pass',
    'pat',
    'bearer',
    'accesskey',
    'secretkey',
    'privatekey',
    'password',
    'passwd',
    'pwd',
]);
/** Name words that make the value something other than a credential (an id, a path, a hash...). */
const excludedWords = new Set([
    'id',
    'ids',
    'uid',
    'guid',
    'uuid',
    'name',
    'names',
    'file',
    'filename',
    'files',
    'path',
    'paths',
    'dir',
    'url',
    'uri',
    'urls',
    'endpoint',
    'host',
    'hostname',
    'length',
    'len',
    'size',
    'type',
    'types',
    'kind',
    'field',
    'fields',
    'label',
    'hash',
    'hashed',
    'digest',
    'checksum',
    'salt',
    'policy',
    'pattern',
    'regex',
    'format',
    'prefix',
    'suffix',
    'header',
    'headers',
    'param',
    'params',
    'parameter',
    'prompt',
    'placeholder',
    'hint',
    'count',
    'index',
    'event',
    'mode',
    'enabled',
    'enable',
    'required',
    'min',
    'max',
    'version',
    'public',
    'pub',
    'primary',
    'foreign',
    'sort',
    'partition',
    'bucket',
    'cache',
    'vault',
    'store',
    'ref',
    'env',
    'var',
    'variable',
    'arn',
    'region',
    'location',
    'expiry',
    'expires',
    'expiration',
    'ttl',
    'timeout',
    'input',
    'column',
    'table',
    'template',
    'class',
    'method',
    'function',
    'callback',
    'handler',
    'error',
    'message',
    'msg',
    'description',
    'desc',
    'title',
    'question',
    'keystore',
    'keyring',
    'keychain',
    'source',
    'algorithm',
    'alg',
    'algo',
    'scheme',
    'usage',
    'scope',
    'scopes',
    'audience',
    'issuer',
    'pressed',
    'down',
    'up',
    'code',
    'codes',
    'map',
    'mapping',
    'csrf',
    'xsrf',
    'schema',
    'sequence',
    'pair',
    'size',
    'vaultname',
    'reset',
    'confirmation',
    'strength',
    'validator',
    'validation',
    'accessor',
    'manager',
    'provider',
    'service',
    'lookup',
    'selector',
    'user',
    'username',
    'login',
    'email',
    'account',
    'owner',
    'policies',
    'role',
    'rotation',
    'created',
    'updated',
    'last',
]);
/** `service_key`, `account_key`, `client_secret`...: excluded words that still read as secrets here. */
const denylistWordsKept = new Set(['service', 'account', 'user', 'login']);

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/assignment-gate.ts


/**
 * The keyword detector's line gate (see `LineGate`). A line passes when it holds one of:
 * - a name word, then the rest of the name, an optional closing quote and `]`, up to five blanks
 *   and an operator; where only quoted values count, a quote then a character of the value;
 * - a quote, up to five blanks, then `==` or `!=` (a value compared with a name);
 * - a lone value after a line ending in `>`, or a line opening with `<` whose next line break
 *   follows a `>` (an XML element with its value on the next line).
 * The prefilter over bytes runs the same tests (`assignment_line` in wasm/prefilter.c).
 */
const assignmentGate = {
    kind: 'assignment',
    quotedValuesOnly: (path) => !allowsUnquoted(fileKind(path)),
    passes: passesAssignmentGate,
};
/** Longer lines are minified code or data, where an assignment is not a configured credential. */
const maxAssignmentLine = 4000;
// Every name the keyword detector judges holds one of these words. Its case-insensitive Unicode
// regex also folds K (U+212A) to `k` and ſ (U+017F) to `s`: a line holding either passes whole.
const nameWords = new RegExp(nameWordStems.join('|'), 'gi');
const foldsToAscii = /[\u212a\u017f]/;
const isBlank = (code) => code === 32 || code === 9;
const isQuote = (code) => code === 34 || code === 39 || code === 96;
/** `[A-Za-z0-9_.-]`, and any non-ASCII character, which may be a letter or digit of a name. */
const isNameCode = (code) => code >= 128 || isAsciiNameCode(code);
/** Characters of the keyword detector's operators (`=>`, `:=`, `===`, `!=`, `,` …). */
const operatorCodes = new Set([61, 62, 58, 63, 43, 46, 33, 44]);
/** Those an operator can start with: all but `>`. */
const isOperatorStart = (code) => code !== 62 && operatorCodes.has(code);
/** Whether a quoted value starts past the operator at `at`: blanks, an optional `(` or `[`, a quote. */
function quotedValueFollows(line, at) {
    while (operatorCodes.has(line.charCodeAt(at)))
        at++;
    for (let blanks = 0; blanks < 5 && isBlank(line.charCodeAt(at)); blanks++)
        at++;
    let code = line.charCodeAt(at);
    if (code === 40 || code === 91) {
        at++;
        for (let blanks = 0; blanks < 3 && isBlank(line.charCodeAt(at)); blanks++)
            at++;
        code = line.charCodeAt(at);
    }
    if (!isQuote(code))
        return false;
    const next = line.charCodeAt(at + 1);
    return !(Number.isNaN(next) || isBlank(next) || next === 11 || next === 12 || isQuote(next));
}
/**
 * The operator after a name that runs on at `at`: past the name, an optional closing quote and
 * `]`, and up to five blanks. Its offset, or -1 when no operator starts there.
 */
function operatorAfterName(line, at) {
    while (at < line.length && isNameCode(line.charCodeAt(at)))
        at++;
    if (isQuote(line.charCodeAt(at)))
        at++;
    if (line.charCodeAt(at) === 93)
        at++;
    for (let blanks = 0; blanks < 5 && isBlank(line.charCodeAt(at)); blanks++)
        at++;
    return isOperatorStart(line.charCodeAt(at)) ? at : -1;
}
/** Whether a quote, then up to five blanks, then `==` or `!=` appear in `line`. */
function comparesQuotedValue(line) {
    for (let at = line.indexOf('='); at > 0; at = line.indexOf('=', at + 1)) {
        const before = line.charCodeAt(at - 1);
        if (before !== 61 && before !== 33)
            continue;
        let quote = at - 2;
        for (let blanks = 0; blanks < 5 && isBlank(line.charCodeAt(quote)); blanks++)
            quote--;
        const code = line.charCodeAt(quote);
        if (code === 34 || code === 39)
            return true;
    }
    return false;
}
/**
 * Whether the line before `lineStart` ends in `>` (then blanks, then one CR), reading the
 * character before `lineStart` as its break, as the keyword detector's XML element test does.
 */
function previousLineEndsTag(text, lineStart) {
    let at = lineStart - 2;
    if (text.charCodeAt(at) === 13)
        at--;
    while (isBlank(text.charCodeAt(at)))
        at--;
    return text.charCodeAt(at) === 62;
}
/** A lone value: blanks, one run without blanks, quotes or angle brackets, then blanks or `</`. */
function isLoneValue(line) {
    let at = 0;
    while (isBlank(line.charCodeAt(at)))
        at++;
    const valueStart = at;
    while (at < line.length && !/[\s<>"']/.test(line.charAt(at)))
        at++;
    if (at === valueStart)
        return false;
    while (isBlank(line.charCodeAt(at)))
        at++;
    return at === line.length || line.startsWith('</', at);
}
function passesAssignmentGate(text, start, end, path) {
    if (end - start > maxAssignmentLine)
        return true;
    const line = text.slice(start, end);
    if (start >= 2 && previousLineEndsTag(text, start) && isLoneValue(line))
        return true;
    // The keyword detector reads the element's value on the line after the next `\n`.
    const nextBreak = text.indexOf('\n', end);
    if (nextBreak !== -1 && previousLineEndsTag(text, nextBreak + 1)) {
        const openStart = text.lastIndexOf('\n', nextBreak - 1) + 1;
        let at = openStart;
        while (isBlank(text.charCodeAt(at)))
            at++;
        if (text.charCodeAt(at) === 60)
            return true;
    }
    if (comparesQuotedValue(line) || foldsToAscii.test(line))
        return true;
    const quotedOnly = assignmentGate.quotedValuesOnly(path);
    nameWords.lastIndex = 0;
    let word;
    while ((word = nameWords.exec(line)) !== null) {
        const operator = operatorAfterName(line, word.index + word[0].length);
        if (operator >= 0 && (!quotedOnly || quotedValueFollows(line, operator)))
            return true;
        // Overlapping words too (`patoken`): the next search starts one character on.
        nameWords.lastIndex = word.index + 1;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/keyword.ts




// detect-secrets' KeywordDetector: a value assigned to a secret-sounding name. Code files need the
// value quoted; config files, YAML, scripts and text may leave it bare. Names that only suggest a
// credential (token, key, credentials, auth) also count when the value looks generated.
// name, closing quote/bracket, operator, optional opening bracket, optional quote, value. The
// name opens the match and the value closes it, so their offsets follow from the match itself:
// no `d` flag, whose index arrays cost an allocation per match.
const assignment = /(?<![\p{L}\p{N}_.$@-])([$@]?[\p{L}_][\p{L}\p{N}_.-]{0,80})(?:["'`]\]?|\])?[ \t]{0,5}(=>|:=|::?=|\?=|\+=|\.=|={1,3}|!==?|:|,)[ \t]{0,5}(?:[([][ \t]{0,3})?(["'`]?)([^\s"'`]{1,500})/u;
// "value" == password (reverse comparison); the value starts one past the match.
const reverseComparison = /(["'])([^\s"'`]{1,500})\1[ \t]{0,5}[!=]={1,2}[ \t]{0,5}([\p{L}_][\p{L}\p{N}_.]{0,80})/u;
const placeholderValues = new Set([
    'true',
    'false',
    'null',
    'none',
    'nil',
    'undefined',
    'string',
    'str',
    'password',
    'secret',
    'token',
    'required',
    'optional',
    'empty',
    'default',
    'dummy',
    'test',
    'todo',
    'hidden',
    'unset',
]);
function looksGenerated(value) {
    if (value.length < 10 || value.length > 500)
        return false;
    if (!/^[\w+/=.~!@#$%^&*:-]+$/.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(value)).length;
    if (classes < 2)
        return false;
    if (/^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+$/.test(value) && !/\d/.test(value.split('.').pop() ?? ''))
        return false;
    if (/^(?:[A-Za-z]{2,}[_-]){2,}[A-Za-z0-9]{1,}$/.test(value))
        return false;
    const limit = Math.min(3.4, Math.log2(value.length) * 0.85);
    return (0,entropy/* shannonEntropy */.l)(value) >= limit;
}
function nameWordsOk(words, inDenylist) {
    return !words.some((word) => excludedWords.has(word) && !(inDenylist && denylistWordsKept.has(word)));
}
function judge(name, value, quoted, kind) {
    if (kind === 'xml' && /^(?:key|name|id|value|type)$/i.test(name))
        return false;
    if (placeholderValues.has(value.toLowerCase()) || providerPrefix.test(value))
        return false;
    if (/:\/\/|^www\.|@sha\d|^sha\d{1,3}:|[{}]/i.test(value) || isStructuralValue(value))
        return false;
    const words = identifierWords(name.replace(/^[$@]/, ''));
    const inDenylist = denylist.test(name);
    if (!nameWordsOk(words, inDenylist))
        return false;
    if (!quoted) {
        if (!allowsUnquoted(kind))
            return false;
        // A bare reference (`password = config.db.password`, `secret: SOME_VARIABLE`).
        if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(value) && !/\d/.test(value))
            return false;
        if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
            return false;
        if (/^(?:https?|file|s3|gs):\/\//i.test(value))
            return false;
    }
    if (inDenylist) {
        if (!/^[\p{L}\p{N}_]/u.test(value))
            return false;
        if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)+[-_.]?$/.test(value))
            return false;
        return value.length >= 3 && (quoted || value.length >= 6);
    }
    if (!words.some((word) => credentialNouns.has(word)))
        return false;
    if (value.toLowerCase().includes(name.replace(/^[$@]/, '').toLowerCase()) && name.length >= 4)
        return false;
    if (!/^[\p{L}\p{N}_+/-]/u.test(value) || value.includes(':') || isWordy(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(value)).length;
    if (value.length < 20 && !(classes === 3 && value.length >= 14))
        return false;
    return looksGenerated(value);
}
/**
 * `setProperty("API_TOKEN", "…")`: a comma counts as an assignment only between a call's first
 * argument, a multi-word name, and a quoted value; a list like `['secret-key', 'secretKey']` is not.
 */
function isCallArgumentPair(line, nameStart, name, quote) {
    if (quote === '' || identifierWords(name).length < 2)
        return false;
    return /\([ \t]{0,3}["'`]?$/.test(line.slice(Math.max(0, nameStart - 5), nameStart));
}
/**
 * Values that are code or prose, not credentials: file paths, lower-case resource paths
 * (`prod/app`), CamelCase words, prefixes ending in `-`/`_`.
 */
function isStructuralValue(value) {
    return (/[-_.]$/.test(value) ||
        /^(?:\.{0,2}\/|~\/)?[\w.-]{1,100}(?:\/[\w.-]{1,100}){1,20}\.[A-Za-z]{1,5}$/.test(value) ||
        /^[a-z][a-z0-9._-]{0,100}(?:\/[a-z0-9._-]{1,100}){1,20}$/.test(value) ||
        /^[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,}){1,8}$/.test(value));
}
function restIsEnd(rest) {
    return /^[ \t]*(?:[,;)\]}]{0,3}[ \t]*)?(?:(?:#|\/\/|\\|<!--).*)?$/.test(rest);
}
const xmlOpen = /^[ \t]*<([\p{L}_][\p{L}\p{N}_.:-]{0,80})(?:[ \t][^<>]{0,200})?>[ \t]*$/u;
const xmlValue = /^[ \t]*([^\s<>"']{1,500})[ \t]*(?:<\/([\p{L}_][\p{L}\p{N}_.:-]{0,80})>)?[ \t]*$/u;
/** `<apiToken>` on one line and the value on the next (XML elements wrapped by formatters). */
function scanXmlValue(text, start, line, kind, out) {
    if (start < 2 || !previousLineEndsTag(text, start))
        return;
    const value = xmlValue.exec(line);
    if (!value)
        return;
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const open = xmlOpen.exec(text.slice(previousStart, start - 1).replace(/\r$/, ''));
    if (!open || (value[2] !== undefined && value[2] !== open[1]))
        return;
    const secret = value[1];
    if (judge(open[1], secret, true, kind))
        out.push(rawMatch(start + line.indexOf(secret), secret));
}
/**
 * Every substring a name `judge` can accept holds (case-insensitively): each credential noun and
 * denylist entry contains one. Names without any are never judged, so on a long minified line
 * only the few identifiers around these words are matched, not every `name:` on it.
 */
const nameWord = new RegExp(nameWordStems.map((stem) => (stem === 'contrase' ? 'contrase[ñn]a' : stem)).join('|'), 'giu');
const nameChar = /[\p{L}\p{N}_.-]/u;
/** Whether `line[at]` may continue a name (`[\p{L}\p{N}_.-]`), ASCII decided without a regex. */
function isNameChar(line, at) {
    const code = line.charCodeAt(at);
    return code < 128 ? isAsciiNameCode(code) : nameChar.test(line.charAt(at));
}
const assignmentAt = new RegExp(assignment.source, 'uy');
/**
 * Where the assignment regex can find a name holding a credential word: the start of each
 * identifier run around such a word (a name starts only where the character before it cannot
 * continue one), in line order.
 */
function candidateNameStarts(line) {
    const starts = [];
    nameWord.lastIndex = 0;
    let word;
    while ((word = nameWord.exec(line)) !== null) {
        let start = word.index;
        while (start > 0 && isNameChar(line, start - 1))
            start--;
        if (start > 0 && (line.charAt(start - 1) === '$' || line.charAt(start - 1) === '@'))
            start--;
        if (starts[starts.length - 1] !== start)
            starts.push(start);
    }
    return starts;
}
function keyword_scanLine(text, start, end, kind, out) {
    const line = text.slice(start, end);
    if (line.length > maxAssignmentLine)
        return;
    scanXmlValue(text, start, line, kind, out);
    const nameStarts = candidateNameStarts(line);
    // Without a credential word, no name on the line can pass `judge`.
    if (nameStarts.length === 0)
        return;
    for (const nameStart of nameStarts) {
        assignmentAt.lastIndex = nameStart;
        const match = assignmentAt.exec(line);
        if (!match)
            continue;
        const [whole, name = '', operator = '', quote = '', rawValue = ''] = match;
        const valueStart = match.index + whole.length - rawValue.length;
        if (operator === ',' && !isCallArgumentPair(line, match.index, name, quote))
            continue;
        if (kind === 'go' && quote === '')
            continue;
        let value = rawValue;
        if (quote !== '') {
            const close = value.indexOf(quote);
            const after = line.charAt(valueStart + value.length);
            if (close >= 0)
                value = value.slice(0, close);
            else if (after !== quote)
                continue;
            if (value.length === 0)
                continue;
        }
        else {
            value = value.replace(/[,;)\]}]{1,3}$/, '');
            if (!restIsEnd(line.slice(valueStart + value.length)))
                continue;
        }
        if (value.length === 0)
            continue;
        if (judge(name, value, quote !== '', kind))
            out.push(rawMatch(start + valueStart, value));
    }
    if (!line.includes('==') && !line.includes('!='))
        return;
    const reverse = reverseComparison.exec(line);
    if (reverse && denylist.test(reverse[3] ?? '')) {
        const value = reverse[2] ?? '';
        if (judge(reverse[3] ?? '', value, true, kind))
            out.push(rawMatch(start + reverse.index + 1, value));
    }
}
/**
 * The value line after a line opening an XML element (`<apiToken>`): the keyword is on the
 * element's line, the value on the next, which holds no keyword of its own.
 */
function scanValueAfter(text, end, kind, out) {
    const next = text.indexOf('\n', end) + 1;
    if (next === 0 || !previousLineEndsTag(text, next))
        return;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd === -1)
        nextEnd = text.length;
    if (nextEnd > next && text.charCodeAt(nextEnd - 1) === 13)
        nextEnd--;
    if (nextEnd - next <= maxAssignmentLine)
        scanXmlValue(text, next, text.slice(next, nextEnd), kind, out);
}
function detect(segment) {
    const kind = fileKind(segment.path);
    const out = [];
    forEachLine(segment, (start, end) => {
        keyword_scanLine(segment.text, start, end, kind, out);
        scanValueAfter(segment.text, end, kind, out);
    });
    const seen = new Set();
    return out.filter((match) => !seen.has(match.start) && (seen.add(match.start), true));
}
/** detect-secrets' KeywordDetector plus generic token/key/secret assignments with generated-looking values. */
const keywordDetector = {
    id: 'keyword',
    description: 'Secret assigned to a password, secret, key or token variable (detect-secrets KeywordDetector)',
    secretType: 'Secret Keyword',
    provider: 'generic',
    strength: 'generic',
    keywords: [
        'key=',
        'key:',
        'key"',
        "key'",
        'key ',
        'key`',
        'key]',
        'key>',
        'key\t',
        'keys',
        'pass',
        'pwd',
        'secret',
        'token',
        'cred',
        'auth',
        'contraseña',
        'contrasena',
    ],
    detect,
    // Its segment's lines, the one before (an XML element's opening tag) and the one after (its value).
    reach: { before: 0, after: 0 },
    lineGate: assignmentGate,
    examples: {
        positive: [
            'db_password = "{l:6}-{d:4}"',
            'password: {l:5}{d:3}x',
            'GENERIC_TOKEN={an:30}',
            '"client_token": "{l:8}{d:4}{u:6}"',
        ],
        negative: [
            'password = "${DB_PASSWORD}"',
            'password = get_password()',
            'password: $PASSWORD',
            'public_key = "{an:40}"',
            'token = "{l:12}"',
            'secret_name = "prod-db-secret"',
        ],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/manifests.ts

function documentAround(text, at) {
    const separator = /^---[ \t]*$/gm;
    let start = 0;
    let end = text.length;
    let match;
    while ((match = separator.exec(text)) !== null) {
        if (match.index <= at)
            start = match.index + match[0].length;
        else {
            end = match.index;
            break;
        }
    }
    return text.slice(start, end);
}
// YAML breaks lines only at \r and \n (not at U+2028 as a multi-line `$` does). A `data:` on the
// last line has no entries under it.
const dataLine = /^([ \t]*)(data|stringData):[ \t]*(?=[\r\n])/gm;
/**
 * Where a `data:` line can start a Secret's entries; the trigger picks only such lines. `Data:`
 * covers `stringData:` and shares its first bytes with `data:` (the prefilter's hash looks at
 * four), where `stringData:` would stop at every `string`.
 */
const dataLineTrigger = 'data:[ \\t]*[\\r\\n]|Data:[ \\t]*[\\r\\n]';
const kindSecret = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$/im;
/**
 * Whether a Secret's `kind` line is anywhere in the text: the document around a `data:` line is
 * part of it, so without one no segment can hold a finding (the detector's file gate, asked once
 * per file). Unanchored first: the line-anchored, multi-line pattern is slow over a large text.
 */
const hasSecretKind = (text) => /kind:[ \t]*["']?secret/i.test(text) && kindSecret.test(text);
function base64Value(value) {
    if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || value.length % 4 !== 0)
        return false;
    return Buffer.from(value, 'base64').length >= 6;
}
// Kubernetes Secret objects keep values base64-encoded (not encrypted) under `data`:
// https://kubernetes.io/docs/concepts/configuration/secret/
function detectKubernetes(segment) {
    const { text } = segment;
    const out = [];
    const slice = text.slice(segment.start, segment.end);
    dataLine.lastIndex = 0;
    let match;
    while ((match = dataLine.exec(slice)) !== null) {
        const at = segment.start + match.index;
        if (!kindSecret.test(documentAround(text, at)))
            continue;
        const indent = match[1].length;
        const plain = match[2] === 'stringData';
        let pos = text.indexOf('\n', at);
        while (pos !== -1 && pos < segment.end) {
            const lineStart = pos + 1;
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
            pos = lineEnd === text.length ? -1 : lineEnd;
            if (/^[ \t]*(?:#.*)?$/.test(line))
                continue;
            const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
            if (lineIndent <= indent)
                break;
            const entry = /^[ \t]*[\w.-]{1,200}:[ \t]*(["']?)([^"'\s#]{1,10000})\1[ \t]*$/.exec(line);
            const blockValue = /^[ \t]*[\w.-]{1,200}:[ \t]*[|>][-+]?[ \t]*$/.test(line);
            if (blockValue && lineEnd < text.length) {
                const next = /^[ \t]+([A-Za-z0-9+/]{16,}={0,2})[ \t]*\r?$/m.exec(text.slice(lineEnd + 1, lineEnd + 20000));
                if (next && next.index === 0 && lineStart < segment.end) {
                    const value = next[1];
                    out.push(rawMatch(lineEnd + 1 + next[0].indexOf(value), value));
                }
            }
            else if (entry) {
                const value = entry[2];
                if (plain ? value.length >= 8 : base64Value(value)) {
                    out.push(rawMatch(lineStart + line.lastIndexOf(value), value));
                }
            }
        }
    }
    return out;
}
/** Values under `data` in Kubernetes Secret manifests: base64 is an encoding, not protection. */
const kubernetesSecretDetector = {
    id: 'kubernetes-secret',
    description: 'Value in the data of a Kubernetes Secret manifest',
    secretType: 'Kubernetes Secret',
    provider: 'kubernetes',
    strength: 'contextual',
    keywords: [],
    trigger: dataLineTrigger,
    contextLines: 60,
    fileGate: hasSecretKind,
    detect: detectKubernetes,
    examples: {
        positive: [
            'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {an:24}',
            'apiVersion: v1\ndata:\n  token: "{an:32}"\nkind: Secret\ntype: Opaque',
        ],
        negative: [
            'apiVersion: v1\nkind: ConfigMap\ndata:\n  value: {an:24}',
            'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}',
        ],
    },
};
// NuGet stores feed credentials in nuget.config; `ClearTextPassword` is unencrypted:
// https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
const nugetPassword = /<add[ \t]{1,10}key=["'](?:ClearText)?Password["'][ \t]{1,10}value=["']([^"'<>]{1,500})["'][ \t]{0,10}\/?>/gi;
/** Values from the NuGet documentation's own examples. */
const nugetDocExamples = new Set(['33f!!lloppa', 'hal+9ooo_da!sY']);
const credentialsTag = '<packageSourceCredentials>';
const nugetConfigPath = /(?:^|\/)nuget\.config$/i;
/**
 * Whether a `<packageSourceCredentials>` starts in the 5,000 characters up to the segment: only
 * that window is searched, not the whole text before it for every segment.
 */
function nearCredentialsBlock({ text, start }) {
    const from = Math.max(0, start - 4999);
    return text.slice(from, start + credentialsTag.length).includes(credentialsTag);
}
/** Clear-text package source passwords in nuget.config files. */
const nugetPasswordDetector = {
    id: 'nuget-config-password',
    description: 'Clear-text password in a nuget.config package source',
    secretType: 'NuGet Config Password',
    provider: 'nuget',
    strength: 'contextual',
    keywords: ['password'],
    // No file gate: `detect` itself looks for the credentials block before each segment, which
    // a gate over the whole text would only repeat.
    reach: { before: 5000, after: 0 },
    detect: (segment) => {
        if (!nugetConfigPath.test(segment.path) && !nearCredentialsBlock(segment))
            return [];
        const out = [];
        const slice = segment.text.slice(segment.start, segment.end);
        nugetPassword.lastIndex = 0;
        let match;
        while ((match = nugetPassword.exec(slice)) !== null) {
            const value = match[1];
            if (nugetDocExamples.has(value) || value.length < 6)
                continue;
            out.push(rawMatch(segment.start + match.index + match[0].lastIndexOf(value), value));
        }
        return out;
    },
    examples: {
        positive: [
            '<packageSourceCredentials>\n  <Feed>\n    <add key="ClearTextPassword" value="{an:16}" />',
            '<packageSourceCredentials><Feed><add key="Password" value="{an:12}{d:4}" /></Feed>',
        ],
        negative: ['<add key="ClearTextPassword" value="%FEED_PASSWORD%" />'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/structural.ts


/** Runs a global regex over the segment and maps each match through `build`. */
function scanSegment(segment, regex, build) {
    const out = [];
    const slice = segment.text.slice(segment.start, segment.end);
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(slice)) !== null) {
        const found = build(match);
        if (found)
            out.push({ ...found, start: found.start + segment.start, end: found.end + segment.start });
        if (match[0].length === 0)
            regex.lastIndex++;
    }
    return out;
}
// PEM (RFC 7468), OpenSSH, PGP (RFC 4880) and SSH2 (RFC 4716) private key blocks; detect-secrets
// hashes the header words, such as `BEGIN RSA PRIVATE KEY`.
const pemHeader = /-{4,5}[ ]?(BEGIN (?:(?:RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED|SSH2 ENCRYPTED|ED25519|X25519) )?PRIVATE KEY(?: BLOCK)?)[ ]?-{4,5}/g;
const puttyHeader = /(PuTTY-User-Key-File-[23]): /g;
/**
 * Whether base64 key material follows the header: the first line after it (real or `\n`-escaped,
 * past PEM headers such as `Proc-Type:`) is a run of 32+ base64 characters. A header alone, as in
 * code that parses PEM files, is not a leaked key.
 */
function hasKeyBody(text, from) {
    const lines = text.slice(from, from + 2000).split(/\\[nr]|\r?\n|\r/);
    const first = lines
        .map((line) => line.trim().replace(/^["'+,\s]+|["'+,;\s]+$/g, ''))
        .find((line) => line.length > 0 && !/^[A-Za-z-]+: /.test(line));
    if (first === undefined || !/^[A-Za-z0-9+/=]{32,}$/.test(first))
        return false;
    return !/x{4,}|(.)\1{9}/i.test(first) && (0,entropy/* shannonEntropy */.l)(first) > 3.3;
}
/** PEM, OpenSSH, PGP and PuTTY private keys, reported on their BEGIN line (detect-secrets PrivateKeyDetector). */
const privateKeyDetector = {
    id: 'private-key',
    description: 'Private key block (PEM, OpenSSH, PGP, PuTTY)',
    secretType: 'Private Key',
    provider: 'generic',
    strength: 'prefixed',
    keywords: ['private key', 'putty-user-key-file-'],
    // The key body after a PEM header, and a PuTTY file's `Private-Lines:`.
    reach: { before: 0, after: 4000 },
    detect: (segment) => [
        ...scanSegment(segment, pemHeader, (match) => {
            const header = match[1];
            const at = segment.start + match.index + match[0].length;
            if (!hasKeyBody(segment.text, at))
                return undefined;
            return rawMatch(match.index + match[0].indexOf(header), header);
        }),
        ...scanSegment(segment, puttyHeader, (match) => {
            const at = segment.start + match.index;
            if (!/Private-Lines: \d/.test(segment.text.slice(at, at + 4000)))
                return undefined;
            return rawMatch(match.index, match[1]);
        }),
    ],
    examples: {
        positive: [
            '-----BEGIN RSA PRIVATE KEY-----\nMII{b64:60}\n{b64:64}\n-----END RSA PRIVATE KEY-----',
            '{"key": "-----BEGIN PRIVATE KEY-----\\nMII{b64:60}\\n{b64:40}\\n-----END PRIVATE KEY-----\\n"}',
        ],
        negative: [
            '-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----',
            'const header = "-----BEGIN RSA PRIVATE KEY-----";',
        ],
    },
};
function decodeBase64Url(part) {
    if (part.length % 4 === 1)
        return undefined;
    try {
        return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    }
    catch {
        return undefined;
    }
}
function jsonObject(part) {
    const decoded = decodeBase64Url(part.replace(/=+$/, ''));
    if (decoded === undefined)
        return undefined;
    try {
        const value = JSON.parse(decoded);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
// RFC 7519: base64url(JSON header with "alg").base64url(JSON claims).signature. detect-secrets hashes
// `header.payload.` (its regex stops lazily before the signature).
const jwtShape = /(?<![A-Za-z0-9_\-/+\\])(ey[A-Za-z0-9_\-/\\+]{10,2000}={0,2})\.(ey[A-Za-z0-9_\-/\\+]{4,8000}={0,2})(\.)?([A-Za-z0-9_\-/+\\]{0,2000}={0,2})(?![A-Za-z0-9_\-/+\\=])/g;
function judgeJwt(header, payload, signature) {
    const head = jsonObject(header);
    if (head)
        return ('alg' in head || 'typ' in head) && jsonObject(payload) !== undefined;
    // Not decodable: accept only a long, random-looking token of the same shape (mangled or truncated JWTs).
    return (/^ey[A-Za-z0-9]{17,}$/.test(header) &&
        /^ey[A-Za-z0-9/\\_-]{17,}$/.test(payload) &&
        (0,entropy/* shannonEntropy */.l)(header + payload + signature) > 4.2);
}
const jwtBase64 = /(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{40,8000}={0,2}(?![A-Za-z0-9+/=])/g;
/** JSON Web Tokens, checked structurally, and base64-encoded JWTs (detect-secrets JwtTokenDetector). */
const jwtDetector = {
    id: 'jwt',
    description: 'JSON Web Token',
    secretType: 'JSON Web Token',
    provider: 'jwt',
    strength: 'prefixed',
    keywords: ['zxlk'],
    // Literal `ey` then ten token characters: cheap to look for, and it also catches JWTs whose
    // header is mangled or hand-written (not `eyJ`).
    trigger: 'ey[A-Za-z0-9_\\-/+]{10}',
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    detect: (segment) => [
        ...scanSegment(segment, jwtShape, (match) => {
            const [whole, header = '', payload = '', dot = '', signature = ''] = match;
            if (!judgeJwt(header, payload, signature))
                return undefined;
            return rawMatch(match.index, whole, `${header}.${payload}${dot}`);
        }),
        ...scanSegment(segment, jwtBase64, (match) => {
            const decoded = Buffer.from(match[0], 'base64').toString('latin1');
            const inner = /^(eyJ[A-Za-z0-9_-]{10,})\.(eyJ[A-Za-z0-9_-]{4,})\.?([A-Za-z0-9_-]*)/.exec(decoded);
            if (!inner || !judgeJwt(inner[1], inner[2], inner[3] ?? ''))
                return undefined;
            return rawMatch(match.index, match[0]);
        }),
    ],
    examples: {
        positive: [
            'const session = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4{d:16}In0.{b64u:43}";',
            'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ5{d:20}In0.{b64u:86}',
        ],
        negative: ['const value = "eyJub3QiOiJhIGp3dCJ9.eyJ4Ijoxfq.{b64u:20}"', 'eyJ{an:8}.eyJ{an:8}'],
    },
};

;// CONCATENATED MODULE: ./src/scanner/detectors/generic/index.ts







/** Detectors of this group, in registry order. */
const generic_detectors = [
    privateKeyDetector,
    jwtDetector,
    basicAuthDetector,
    connectionStringDetector,
    curlUserDetector,
    authHeaderDetector,
    kubernetesSecretDetector,
    nugetPasswordDetector,
    ...cloudCredentialDetectors,
    keywordDetector,
    base64EntropyDetector,
    hexEntropyDetector,
    ipPublicDetector,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/common.ts

/**
 * Regex source matching `word` in any letter case, at the start of a name or of a camelCase
 * part: `merakiKey`, `ciscoMerakiKey` and `MERAKI_KEY` match, `cameraKit` does not.
 */
function common_nameWord(word) {
    const letters = [...word]
        .map((char) => {
        const lower = char.toLowerCase();
        const upper = char.toUpperCase();
        if (lower !== upper)
            return `[${lower}${upper}]`;
        return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
        .join('');
    return `(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=[A-Z]))${letters}`;
}
/** Regex source matching any of `words` as a name part (see {@link nameWord}). */
function common_nameWords(...words) {
    return words.map(common_nameWord).join('|');
}
/** Default end of a value: not followed by another character of a token or base64 alphabet. */
const valueEnd = '(?![A-Za-z0-9_+/=-])';
/** Builds a detector for a prefix-less value assigned to a name that mentions the provider. */
function common_contextual(spec) {
    return {
        id: spec.id,
        description: spec.description,
        secretType: spec.secretType ?? spec.description,
        provider: spec.provider,
        strength: 'contextual',
        keywords: spec.names.map((name) => name.toLowerCase()),
        contextLines: 1,
        ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
        ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
        pattern: assignedSecretPattern(common_nameWords(...spec.names), spec.value, spec.after ?? valueEnd),
        examples: spec.examples,
    };
}
/** Builds a detector for a token that carries its provider prefix. */
function prefixed(spec) {
    const escaped = spec.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return {
        id: spec.id,
        description: spec.description,
        secretType: spec.secretType ?? spec.description,
        provider: spec.provider,
        strength: 'prefixed',
        keywords: spec.keywords ?? [spec.prefix.toLowerCase()],
        ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
        ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
        pattern: prefixedTokenPattern(spec.prefixPattern ?? escaped, spec.body),
        examples: spec.examples,
    };
}
/**
 * A pattern detector that runs around hits of `trigger`: for formats whose only literal is too
 * short to be a prefilter keyword (`Q~`, `pat`).
 */
function triggered(spec) {
    return { ...spec, keywords: [] };
}

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/adafruit.ts

// Adafruit IO keys: 32 characters; current keys are `aio_` + 28 base62 characters, older keys
// carry no prefix. https://io.adafruit.com/api/docs/#authentication
/** Adafruit IO keys, prefixed or assigned to an Adafruit-named setting. */
const adafruitDetectors = [
    prefixed({
        id: 'adafruit-io-key',
        description: 'Adafruit IO key',
        provider: 'adafruit',
        prefix: 'aio_',
        body: '[A-Za-z0-9]{28}',
        minEntropy: 3,
        examples: {
            positive: ['#define IO_KEY "aio_{an:28}"', "aio_key = 'aio_{an:28}'"],
            negative: ['see aio_{an:20} for details', 'aio_{an:28}_{an:4}'],
        },
    }),
    common_contextual({
        id: 'adafruit-api-key',
        description: 'Adafruit IO key (unprefixed)',
        provider: 'adafruit',
        names: ['adafruit'],
        value: '[A-Za-z0-9_-]{32}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.2,
        examples: {
            positive: ['ADAFRUIT_IO_KEY={lan:32}', '"adafruitToken": "{an:16}_{an:15}"'],
            negative: ['ADAFRUIT_IO={lan:31}', 'adafruit_feed = "{lan:40}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/adobe.ts

// Adobe Developer Console OAuth credentials: the client id (API key) is 32 hex characters, the
// client secret starts with `p8e-`. https://developer.adobe.com/developer-console/docs/guides/authentication/
/** Adobe Developer Console client ids and client secrets. */
const adobeDetectors = [
    common_contextual({
        id: 'adobe-client-id',
        description: 'Adobe client id (API key)',
        provider: 'adobe',
        names: ['adobe'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['ADOBE_CLIENT_ID={hex:32}', '"adobeApiKey": "{hex:32}"'],
            negative: ['ADOBE_CLIENT_ID={hex:31}', 'adobe_client_id = "{hex:32}g"'],
        },
    }),
    {
        ...prefixed({
            id: 'adobe-client-secret',
            description: 'Adobe client secret',
            provider: 'adobe',
            prefix: 'p8e-',
            body: '[A-Za-z0-9_-]{32}',
            minEntropy: 3,
            examples: {
                positive: ['ADOBE_CLIENT_SECRET=p8e-{an:32}', 'adobeClient := "p8e-{hex:32}"'],
                negative: ['p8e-{an:20}', 'xp8e-{an:32}', 'p8e-{an:32}-{an:4}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/age.ts

// age X25519 identities: Bech32 with the human-readable part `AGE-SECRET-KEY-`, separator `1`,
// then 58 upper-case Bech32 characters (matched as [A-Z0-9]). https://age-encryption.org/v1
/** age encryption secret keys (identities). */
const ageDetectors = [
    prefixed({
        id: 'age-secret-key',
        description: 'age encryption secret key',
        provider: 'age',
        prefix: 'AGE-SECRET-KEY-1',
        body: '[A-Z0-9]{58}',
        examples: {
            positive: ['AGE-SECRET-KEY-1QZ{b32:56}', 'identity: "AGE-SECRET-KEY-1{uan:58}"'],
            negative: ['AGE-SECRET-KEY-1{b32:40}', 'AGE-SECRET-KEY-1{b32:58}B'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/airtable.ts


// Personal access tokens: `pat` + 14 characters (token id) + `.` + 64 hex characters.
// https://airtable.com/developers/web/guides/personal-access-tokens
// Legacy API keys (`key` + 14 characters) are only recognisable next to an Airtable name.
/** Airtable personal access tokens and legacy API keys. */
const airtableDetectors = [
    triggered({
        id: 'airtable-personal-access-token',
        description: 'Airtable personal access token',
        secretType: 'Airtable personal access token',
        provider: 'airtable',
        strength: 'prefixed',
        // `pat` alone is too common a keyword: trigger on the whole shape instead.
        trigger: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
        pattern: prefixedTokenPattern('pat', '[A-Za-z0-9]{14}\\.[a-f0-9]{64}'),
        examples: {
            positive: ['AIRTABLE_TOKEN=pat{an:14}.{hex:64}', 'Authorization: Bearer pat{an:14}.{hex:64}'],
            negative: ['pat{an:14}.{hex:40}', 'pat{an:14}.{hex:64}a'],
        },
    }),
    common_contextual({
        id: 'airtable-api-key',
        description: 'Airtable legacy API key',
        provider: 'airtable',
        names: ['airtable'],
        value: '[A-Za-z0-9]{17}',
        minEntropy: 3,
        examples: {
            positive: ['AIRTABLE_API_KEY=key{an:14}', 'airtableKey: "{lan:17}"'],
            negative: ['AIRTABLE_BASE=key{an:20}', 'airtable_base: "app{an:10}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/algolia.ts

// Algolia API keys (admin, search, write) are 32 hex characters.
// https://www.algolia.com/doc/guides/security/api-keys/
/** Algolia API keys assigned to an Algolia-named setting. */
const algoliaDetectors = [
    common_contextual({
        id: 'algolia-api-key',
        description: 'Algolia API key',
        provider: 'algolia',
        names: ['algolia'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['ALGOLIA_ADMIN_KEY={hex:32}', "algoliaApiKey: '{hex:32}'"],
            negative: ['ALGOLIA_APP_ID={uan:10}', 'ALGOLIA_ADMIN={hex:32}z'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/alibaba.ts

// AccessKey pairs: the id starts with `LTAI` (16 to 24 characters in all), the secret is 30
// base62 characters. https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
/** Alibaba Cloud AccessKey ids and secrets. */
const alibabaDetectors = [
    prefixed({
        id: 'alibaba-access-key-id',
        description: 'Alibaba Cloud AccessKey id',
        provider: 'alibaba',
        prefix: 'LTAI',
        keywords: ['ltai'],
        body: '[A-Za-z0-9]{12,20}',
        minEntropy: 3,
        examples: {
            positive: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5t{an:18}', 'accessKeyId: "LTAI{an:12}"'],
            negative: ['LTAI{an:8}', 'xLTAI{an:16}'],
        },
    }),
    common_contextual({
        id: 'alibaba-secret-key',
        description: 'Alibaba Cloud AccessKey secret',
        provider: 'alibaba',
        names: ['alibaba', 'aliyun', 'alicloud'],
        value: '[A-Za-z0-9]{30}',
        minEntropy: 3.5,
        examples: {
            positive: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET={an:30}', 'aliyun_secret: "{an:30}"'],
            negative: ['ALIBABA_CLOUD_ACCESS={an:29}', 'alibaba_region: "cn-hangzhou"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/anthropic.ts

// API keys: `sk-ant-api03-` + 93 base64url characters + `AA`; Admin API keys use
// `sk-ant-admin01-`. https://docs.anthropic.com/en/api/getting-started (key format as issued in the Console)
/** Anthropic API keys and Admin API keys. */
const anthropicDetectors = [
    prefixed({
        id: 'anthropic-api-key',
        description: 'Anthropic API key',
        provider: 'anthropic',
        prefix: 'sk-ant-api03-',
        keywords: ['sk-ant-api'],
        prefixPattern: 'sk-ant-api0\\d-',
        body: '[A-Za-z0-9_-]{93}AA',
        examples: {
            positive: [
                'ANTHROPIC_API_KEY=sk-ant-api03-{b64u:93}AA',
                'client = Anthropic(api_key="sk-ant-api03-{an:93}AA")',
            ],
            negative: ['sk-ant-api03-{an:60}AA', 'sk-ant-api03-{an:93}BB'],
        },
    }),
    prefixed({
        id: 'anthropic-admin-api-key',
        description: 'Anthropic Admin API key',
        provider: 'anthropic',
        prefix: 'sk-ant-admin01-',
        keywords: ['sk-ant-admin'],
        prefixPattern: 'sk-ant-admin0\\d-',
        body: '[A-Za-z0-9_-]{93}AA',
        examples: {
            positive: [
                'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-{b64u:93}AA',
                '"adminKey": "sk-ant-admin01-{an:93}AA"',
            ],
            negative: ['sk-ant-admin01-{an:50}AA', 'sk-ant-admin01-{an:93}BB'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/apify.ts

// Apify API tokens start with `apify_api_`. https://docs.apify.com/platform/integrations/api
/** Apify API tokens. */
const apifyDetectors = [
    prefixed({
        id: 'apify-api-token',
        description: 'Apify API token',
        provider: 'apify',
        prefix: 'apify_api_',
        body: '[A-Za-z0-9]{30,40}',
        minEntropy: 3.5,
        examples: {
            positive: ['APIFY_TOKEN=apify_api_{an:36}', "client = ApifyClient('apify_api_{an:36}')"],
            negative: ['apify_api_{an:12}', 'apify_api_{an:36}_{an:3}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/asana.ts

// OAuth app credentials: a numeric client id (16 digits) and a 32-character client secret;
// personal access tokens look like `1/<user gid>:<32 hex>` or `2/<user gid>/<token gid>:<32 hex>`.
// https://developers.asana.com/docs/oauth, https://developers.asana.com/docs/personal-access-token
/** Asana OAuth client ids and secrets and personal access tokens, next to an Asana name. */
const asanaDetectors = [
    common_contextual({
        id: 'asana-client-id',
        description: 'Asana OAuth client id',
        provider: 'asana',
        names: ['asana'],
        value: '[0-9]{16}',
        minEntropy: 2,
        examples: {
            positive: ['ASANA_CLIENT_ID={d:16}', '"asanaClientId": "{d:16}"'],
            negative: ['ASANA_CLIENT_ID={d:12}', 'asana_client_id = {d:16}a'],
        },
    }),
    common_contextual({
        id: 'asana-client-secret',
        description: 'Asana OAuth client secret',
        provider: 'asana',
        names: ['asana'],
        value: '[A-Za-z0-9]{32}',
        minEntropy: 3.3,
        examples: {
            positive: ['ASANA_CLIENT_SECRET={lan:32}', "asanaSecret: '{an:32}'"],
            negative: ['ASANA_CLIENT={lan:31}', 'asana_workspace = {d:32}'],
        },
    }),
    common_contextual({
        id: 'asana-personal-access-token',
        description: 'Asana personal access token',
        provider: 'asana',
        names: ['asana'],
        value: '[12]/[0-9]{8,20}(?:/[0-9]{8,20})?:[a-f0-9]{32}',
        examples: {
            positive: ['ASANA_TOKEN=2/{d:16}/{d:16}:{hex:32}', 'asana_pat: "1/{d:13}:{hex:32}"'],
            negative: ['ASANA_PAT=2/{d:16}/{d:16}:{hex:20}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/atlassian.ts

// Atlassian Cloud API tokens: current ones start with `ATATT` and end with `=` + an 8-hex-digit
// CRC32 checksum; legacy ones are 24 base62 characters with no prefix.
// https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
/** Atlassian (Jira, Confluence) API tokens. */
const atlassianDetectors = [
    {
        id: 'atlassian-api-token-v2',
        description: 'Atlassian API token',
        secretType: 'Atlassian API token',
        provider: 'atlassian',
        strength: 'prefixed',
        keywords: ['atatt'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>ATATT[A-Za-z0-9_-][A-Za-z0-9_=-]{100,300}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])',
        examples: {
            positive: [
                'JIRA_API_TOKEN=ATATT3xFfGF0{b64u:170}={HEX:8}',
                'confluence_token: "ATATT3xFfGF0{an:160}={HEX:8}"',
            ],
            negative: ['ATATT3xFfGF0{an:40}={HEX:8}', 'ATATT3xFfGF0{an:170}={HEX:8}x'],
        },
    },
    common_contextual({
        id: 'atlassian-api-token',
        description: 'Atlassian legacy API token',
        secretType: 'Atlassian API token',
        provider: 'atlassian',
        names: ['atlassian', 'confluence', 'jira'],
        // At least one digit: 24 letters are far more often an identifier than a random token.
        value: '(?=[A-Za-z]{0,23}[0-9])[A-Za-z0-9]{24}',
        minEntropy: 3.3,
        examples: {
            positive: ['JIRA_API_TOKEN={an:24}', 'confluenceToken: "{lan:24}"'],
            negative: ['JIRA_API={an:23}', 'ATLASSIAN_TOKEN="getPagesIn,searchUsing"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/authress.ts

// Service client access keys: `sc_` + client id, `.` key id, `.acc_` + account id, `.` private
// key. https://authress.io/knowledge-base/docs/authorization/service-clients/access-keys
/** Authress service client access keys. */
const authressDetectors = [
    prefixed({
        id: 'authress-service-client-access-key',
        description: 'Authress service client access key',
        provider: 'authress',
        prefix: 'sc_',
        keywords: ['.acc_', '.acc-'],
        prefixPattern: '(?:sc|ext|scauth|authress)_',
        body: '[a-z0-9]{5,40}\\.[a-z0-9]{3,10}\\.acc[_-][a-z0-9-]{6,40}\\.[A-Za-z0-9+/_=-]{30,200}',
        examples: {
            positive: [
                'AUTHRESS_KEY=sc_{lan:12}.{lan:4}.acc_{lan:10}.{b64u:60}',
                'accessKey: "sc_{lan:20}.{lan:5}.acc-{lan:16}.{b64:80}"',
            ],
            negative: ['sc_{lan:12}.{lan:4}.acc_{lan:10}.{an:10}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/azure.ts

// Microsoft Entra ID (Azure AD) application client secrets carry the marker `Q~` after three
// characters and a version digit: 37 characters in all (older) or 40.
// Azure DevOps personal access tokens (since 2024): 84 base62 characters with the fixed
// signature `AZDO` at positions 77-80.
// https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token
/** Microsoft Entra ID client secrets and Azure DevOps personal access tokens. */
const azureDetectors = [
    triggered({
        id: 'azure-ad-client-secret',
        description: 'Microsoft Entra ID (Azure AD) client secret',
        secretType: 'Azure AD client secret',
        provider: 'azure',
        strength: 'prefixed',
        // `Q~` alone is too short for a keyword.
        trigger: 'Q~[A-Za-z0-9_~.-]{31}',
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])',
        examples: {
            positive: [
                'AZURE_CLIENT_SECRET={an:3}8Q~{an:34}',
                'client_secret: "{an:3}7Q~{an:12}.{an:9}_{an:9}"',
            ],
            negative: ['{an:3}8Q~{an:20}', 'url = "{an:20}~{an:3}8Q~{an:34}~x"'],
        },
    }),
    {
        id: 'azure-devops-pat',
        description: 'Azure DevOps personal access token',
        secretType: 'Azure DevOps personal access token',
        provider: 'azure',
        strength: 'prefixed',
        keywords: ['azdo'],
        minEntropy: 4,
        pattern: '(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])',
        examples: {
            positive: ['AZURE_DEVOPS_PAT={an:76}AZDO{an:4}', 'PAT = "{an:76}AZDO{an:4}"'],
            negative: ['{an:70}AZDO{an:4}', '{an:76}AZDO{an:8}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/beamer.ts

// Beamer API keys: `b_` followed by 44 base64 characters. https://www.getbeamer.com/api
/** Beamer API keys assigned to a Beamer-named setting. */
const beamerDetectors = [
    common_contextual({
        id: 'beamer-api-token',
        description: 'Beamer API key',
        provider: 'beamer',
        names: ['beamer'],
        value: 'b_[A-Za-z0-9+/=_-]{44}',
        after: '(?![A-Za-z0-9+/=_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['BEAMER_API_KEY=b_{b64:43}=', "beamerKey: 'b_{b64u:44}'"],
            negative: ['BEAMER_API=b_{b64:30}', 'beamer_product_id = "{an:8}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/bitbucket.ts

// Bitbucket Cloud OAuth consumers: an 18-character key and a 32-character secret (longer forms
// exist in older integrations). https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
/** Bitbucket OAuth consumer keys and secrets next to a Bitbucket name. */
const bitbucketDetectors = [
    common_contextual({
        id: 'bitbucket-client-id',
        description: 'Bitbucket OAuth consumer key',
        provider: 'bitbucket',
        names: ['bitbucket'],
        value: '(?:[A-Za-z0-9]{18}|[A-Za-z0-9]{32})',
        minEntropy: 3.2,
        examples: {
            positive: ['BITBUCKET_CLIENT_ID={an:18}', 'bitbucketKey: "{lan:32}"'],
            negative: ['BITBUCKET_CLIENT_ID={an:20}', 'bitbucket_workspace = "{l:6}"'],
        },
    }),
    common_contextual({
        id: 'bitbucket-client-secret',
        description: 'Bitbucket OAuth consumer secret',
        provider: 'bitbucket',
        names: ['bitbucket'],
        value: '[A-Za-z0-9=_-]{64}',
        after: '(?![A-Za-z0-9=_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['BITBUCKET_CLIENT_SECRET={an:64}', 'bitbucketSecret: "{b64u:64}"'],
            negative: ['BITBUCKET_CLIENT={an:60}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/bittrex.ts

// Bittrex API keys and secrets: both 32 characters (hex). https://bittrex.github.io/api/v3
/** Bittrex API keys and secrets next to a Bittrex name (both share one format). */
const bittrexDetectors = [
    common_contextual({
        id: 'bittrex-api-key',
        description: 'Bittrex API key or secret',
        provider: 'bittrex',
        names: ['bittrex'],
        value: '[a-z0-9]{32}',
        minEntropy: 3.2,
        examples: {
            positive: ['BITTREX_API_KEY={hex:32}', 'bittrexSecret: "{lan:32}"'],
            negative: ['BITTREX_API={hex:30}', 'bittrex_market = "{u:3}-{u:4}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/buildkite.ts

// Buildkite token prefixes: `bkua_` API access tokens (an optional base64 organisation part and
// `.`, then 40 hex), `bkaa_` agent session tokens, `bkar_` agent registration tokens, `bkaj_` agent
// job tokens (a JWT). https://buildkite.com/docs/platform/security/tokens
/** Buildkite API access, agent and job tokens. */
const buildkiteDetectors = [
    prefixed({
        id: 'buildkite-api-access-token',
        description: 'Buildkite API access token',
        provider: 'buildkite',
        prefix: 'bkua_',
        body: '(?:[A-Za-z0-9+/=]{2,24}\\.)?[a-f0-9]{40}',
        minEntropy: 3,
        examples: {
            positive: ['BUILDKITE_API_TOKEN=bkua_MTA.{hex:40}', 'token: "bkua_{hex:40}"'],
            negative: ['bkua_{hex:20}', 'xbkua_{hex:40}'],
        },
    }),
    prefixed({
        id: 'buildkite-agent-token',
        description: 'Buildkite agent session or registration token',
        provider: 'buildkite',
        prefix: 'bka',
        keywords: ['bkaa_', 'bkar_'],
        prefixPattern: 'bka[ar]_',
        body: '(?:[A-Za-z0-9+/=]{2,24}\\.)?[A-Za-z0-9]{40,100}',
        minEntropy: 3.5,
        examples: {
            positive: ['BUILDKITE_AGENT_TOKEN=bkaa_MTA.{an:76}', 'token="bkar_{an:60}"'],
            negative: ['bkaa_{an:20}'],
        },
    }),
    prefixed({
        id: 'buildkite-agent-job-token',
        description: 'Buildkite agent job token',
        provider: 'buildkite',
        prefix: 'bkaj_',
        body: 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}',
        examples: {
            positive: ['BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_eyJ{b64u:30}.eyJ{b64u:300}.{b64u:86}'],
            negative: ['bkaj_eyJ{b64u:30}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/circleci.ts

// CircleCI personal (`CCIPAT_`) and project (`CCIPRJ_`) API tokens: prefix, a base58 UUID (matched as base62), `_`,
// then 40 hex characters. https://circleci.com/changelog/new-format-for-api-access-tokens/
/** CircleCI personal and project API tokens. */
const circleciDetectors = [
    prefixed({
        id: 'circleci-api-token',
        description: 'CircleCI personal or project API token',
        provider: 'circleci',
        prefix: 'CCIP',
        keywords: ['ccipat_', 'cciprj_'],
        prefixPattern: 'CCIP(?:AT|RJ)_',
        body: '[A-Za-z0-9]{18,24}_[a-f0-9]{40}',
        examples: {
            positive: [
                'CIRCLE_TOKEN=CCIPAT_{an:22}_{hex:40}',
                'circleci_token: "CCIPRJ_{an:21}_{hex:40}"',
            ],
            negative: ['CCIPAT_{an:22}_{hex:20}', 'CCIPAT_{an:22}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/cisco.ts

// Cisco Meraki Dashboard API keys: 40 lower-case hex characters.
// https://developer.cisco.com/meraki/api-v1/authorization/
/** Cisco Meraki Dashboard API keys next to a Meraki name. */
const ciscoDetectors = [
    common_contextual({
        id: 'cisco-meraki-api-key',
        description: 'Cisco Meraki Dashboard API key',
        provider: 'cisco',
        names: ['meraki'],
        value: '[a-f0-9]{40}',
        minEntropy: 3,
        examples: {
            positive: ['MERAKI_DASHBOARD_API_KEY={hex:40}', 'merakiApiKey: "{hex:40}"'],
            negative: ['MERAKI_DASHBOARD={hex:40}{hex:24}', 'cameraKit: {hex:40}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/clickhouse.ts

// ClickHouse Cloud API key secrets start with `4b1d` followed by 38 base62 characters.
// https://clickhouse.com/docs/cloud/manage/openapi
/** ClickHouse Cloud API key secrets. */
const clickhouseDetectors = [
    prefixed({
        id: 'clickhouse-cloud-api-secret-key',
        description: 'ClickHouse Cloud API key secret',
        provider: 'clickhouse',
        prefix: '4b1d',
        body: '[A-Za-z0-9]{38}',
        minEntropy: 3.5,
        examples: {
            positive: ['CLICKHOUSE_KEY_SECRET=4b1d{an:38}', 'key_secret: "4b1d{an:38}"'],
            negative: ['4b1d{an:30}', 'adf4b1d{an:38}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/clojars.ts

// Clojars deploy tokens: `CLOJARS_` followed by 60 lower-case hex characters.
// https://github.com/clojars/clojars-web/wiki/Deploy-Tokens
/** Clojars deploy tokens. */
const clojarsDetectors = [
    prefixed({
        id: 'clojars-api-token',
        description: 'Clojars deploy token',
        provider: 'clojars',
        prefix: 'CLOJARS_',
        body: '[a-z0-9]{60}',
        minEntropy: 3.2,
        examples: {
            positive: ['CLOJARS_PASSWORD=CLOJARS_{hex:60}', ':password "CLOJARS_{lan:60}"'],
            negative: ['CLOJARS_{hex:40}', 'CLOJARS_USERNAME={l:8}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/cloudflare.ts

// Scannable credentials (2025): `cfk_` (global API key), `cfut_` (user API token), `cfat_`
// (account API token), each + 40 base62 characters + an 8-hex-digit checksum.
// https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
// Older credentials carry no prefix: API tokens are 40 base64url characters, the global API key
// 37 hex characters. Origin CA keys: `v1.0-` + 24 hex + `-` + 146 hex.
const scannable = (kind, prefix, description) => prefixed({
    id: `cloudflare-${kind}`,
    description,
    provider: 'cloudflare',
    prefix,
    body: '[A-Za-z0-9]{40}[a-fA-F0-9]{8}',
    examples: {
        positive: [
            `CLOUDFLARE_API_TOKEN=${prefix}{an:40}{hex:8}`,
            `api_token: "${prefix}{an:40}{HEX:8}"`,
        ],
        negative: [`${prefix}{an:30}`, `x${prefix}{an:40}{hex:8}`],
    },
});
/** Cloudflare API tokens, global API keys and Origin CA keys. */
const cloudflareDetectors = [
    scannable('scannable-global-api-key', 'cfk_', 'Cloudflare global API key (scannable format)'),
    scannable('user-api-token', 'cfut_', 'Cloudflare user API token'),
    scannable('account-api-token', 'cfat_', 'Cloudflare account API token'),
    {
        ...prefixed({
            id: 'cloudflare-origin-ca-key',
            description: 'Cloudflare Origin CA key',
            provider: 'cloudflare',
            prefix: 'v1.0-',
            body: '[a-f0-9]{24}-[a-f0-9]{146}',
            examples: {
                positive: [
                    'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-{hex:24}-{hex:146}',
                    'origin_ca_key: "v1.0-{hex:24}-{hex:146}"',
                ],
                negative: ['version: v1.0-{hex:24}', 'v1.0-{hex:24}-{hex:100}'],
            },
        }),
    },
    common_contextual({
        id: 'cloudflare-api-key',
        description: 'Cloudflare API token',
        provider: 'cloudflare',
        names: ['cloudflare', 'cf_api'],
        value: '[A-Za-z0-9_-]{40}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['CLOUDFLARE_API_TOKEN={an:40}', 'cloudflare: "{an:20}-{an:19}"'],
            negative: ['CLOUDFLARE_API={an:41}', 'CLOUDFLARE_ZONE_ID={hex:32}'],
        },
    }),
    common_contextual({
        id: 'cloudflare-global-api-key',
        description: 'Cloudflare global API key',
        provider: 'cloudflare',
        names: ['cloudflare', 'cf_api'],
        value: '[a-f0-9]{37}',
        minEntropy: 3,
        examples: {
            positive: ['CLOUDFLARE_GLOBAL_API_KEY={hex:37}', 'cloudflare_api_key = "{hex:37}"'],
            negative: ['CLOUDFLARE_GLOBAL_API={hex:36}', 'CLOUDFLARE_ACCOUNT_ID={hex:32}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/codecov.ts

// Codecov upload and API tokens: a UUID, or 32 to 40 base62 characters for older access tokens.
// https://docs.codecov.com/docs/codecov-tokens
/** Codecov upload and API tokens next to a Codecov name. */
const codecovDetectors = [
    common_contextual({
        id: 'codecov-access-token',
        description: 'Codecov token',
        provider: 'codecov',
        names: ['codecov'],
        value: '(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9]{32})',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3,
        examples: {
            positive: [
                'CODECOV_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                'codecovToken: "{lan:32}"',
            ],
            negative: ['CODECOV_UPLOAD={lan:31}', 'codecov_flags: "{l:10}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/cohere.ts

// Cohere API keys: 40 base62 characters; the SDKs read them from `CO_API_KEY`.
// https://docs.cohere.com/reference/about
/** Cohere API keys next to a Cohere name or in `CO_API_KEY`. */
const cohereDetectors = [
    common_contextual({
        id: 'cohere-api-token',
        description: 'Cohere API key',
        provider: 'cohere',
        names: ['cohere', 'co_api_key'],
        value: '[A-Za-z0-9]{40}',
        minEntropy: 3.5,
        examples: {
            positive: ['export CO_API_KEY={an:40}', 'cohere_api_key = "{an:40}"'],
            negative: ['COHERE_API={an:39}', 'COHERE_MODEL="command-r-plus"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/coinbase.ts

// Coinbase access tokens: 64 base64url characters, only recognisable next to a Coinbase name.
// https://docs.cdp.coinbase.com/coinbase-app/docs/auth/api-key-authentication
/** Coinbase access tokens next to a Coinbase name. */
const coinbaseDetectors = [
    common_contextual({
        id: 'coinbase-access-token',
        description: 'Coinbase access token',
        provider: 'coinbase',
        names: ['coinbase'],
        value: '[A-Za-z0-9_-]{64}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.5,
        examples: {
            positive: ['COINBASE_ACCESS_TOKEN={b64u:64}', 'coinbaseToken: "{lan:64}"'],
            negative: ['COINBASE_ACCESS={b64u:50}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/confluent.ts

// Confluent Cloud API keys: a 16-character key and a 64-character secret.
// https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
/** Confluent Cloud API keys and secrets next to a Confluent name. */
const confluentDetectors = [
    common_contextual({
        id: 'confluent-access-token',
        description: 'Confluent Cloud API key',
        provider: 'confluent',
        names: ['confluent'],
        value: '[A-Za-z0-9]{16}',
        minEntropy: 3,
        examples: {
            positive: ['CONFLUENT_CLOUD_API_KEY={uan:16}', 'confluentKey: "{lan:16}"'],
            negative: ['CONFLUENT_CLOUD_API={uan:15}', 'confluent_env = "env-{lan:5}"'],
        },
    }),
    common_contextual({
        id: 'confluent-secret-key',
        description: 'Confluent Cloud API secret',
        provider: 'confluent',
        names: ['confluent'],
        value: '[A-Za-z0-9+/]{64}',
        after: '(?![A-Za-z0-9+/_=-])',
        minEntropy: 3.5,
        examples: {
            positive: ['CONFLUENT_CLOUD_API_SECRET={b64:64}', 'confluentSecret: "{lan:64}"'],
            negative: ['CONFLUENT_CLOUD_API={b64:60}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/contentful.ts

// Content Delivery/Preview API tokens: 43 base64url characters. Personal access tokens (Content
// Management API): `CFPAT-` + 43 characters.
// https://www.contentful.com/developers/docs/references/authentication/
/** Contentful delivery tokens and personal access tokens. */
const contentfulDetectors = [
    prefixed({
        id: 'contentful-personal-access-token',
        description: 'Contentful personal access token',
        provider: 'contentful',
        prefix: 'CFPAT-',
        body: '[A-Za-z0-9_-]{43}',
        examples: {
            positive: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-{b64u:43}', 'managementToken: "CFPAT-{an:43}"'],
            negative: ['CFPAT-{an:20}', 'CFPAT-{an:45}'],
        },
    }),
    common_contextual({
        id: 'contentful-delivery-api-token',
        description: 'Contentful delivery API token',
        provider: 'contentful',
        names: ['contentful'],
        value: '[A-Za-z0-9_=-]{43}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        examples: {
            positive: ['CONTENTFUL_ACCESS_TOKEN={b64u:43}', 'contentfulDeliveryToken: "{lan:43}"'],
            negative: ['CONTENTFUL_ACCESS={b64u:40}', 'CONTENTFUL_SPACE_ID={lan:12}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/databricks.ts

// Databricks personal access tokens: `dapi` + 32 hex characters, optionally `-` + a digit.
// https://docs.databricks.com/en/dev-tools/auth/pat.html
/** Databricks personal access tokens. */
const databricksDetectors = [
    prefixed({
        id: 'databricks-api-token',
        description: 'Databricks personal access token',
        provider: 'databricks',
        prefix: 'dapi',
        body: '[a-f0-9]{32}(?:-[0-9])?',
        minEntropy: 3,
        examples: {
            positive: ['DATABRICKS_TOKEN=dapi{hex:32}', 'token = dapi{hex:32}-2'],
            negative: ['dapi{hex:20}', 'dapi{hex:31}g'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/datadog.ts

// Datadog API keys are 32 hex characters, application keys 40.
// https://docs.datadoghq.com/account_management/api-app-keys/
/** Datadog API and application keys next to a Datadog name. */
const datadogDetectors = [
    common_contextual({
        id: 'datadog-access-token',
        description: 'Datadog application key',
        provider: 'datadog',
        names: ['datadog', 'dd_app', 'dd_application'],
        value: '[a-z0-9]{40}',
        minEntropy: 3.2,
        examples: {
            positive: ['DD_APP_KEY={hex:40}', 'datadogApplicationKey: "{lan:40}"'],
            negative: ['DATADOG_APP={hex:39}', 'datadog_site: "datadoghq.eu"'],
        },
    }),
    common_contextual({
        id: 'datadog-api-key',
        description: 'Datadog API key',
        provider: 'datadog',
        names: ['datadog', 'dd_api'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['DD_API_KEY={hex:32}', 'datadog_api_key: "{hex:32}"'],
            negative: ['DATADOG_API={hex:33}', 'datadog_service: "{l:12}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/defined-networking.ts

// Defined Networking (Managed Nebula) API keys: `dnkey-` + two dash-separated random parts.
// https://docs.defined.net/guides/automatically-creating-hosts/
/** Defined Networking API keys. */
const definedNetworkingDetectors = [
    {
        ...prefixed({
            id: 'defined-networking-api-token',
            description: 'Defined Networking API key',
            provider: 'defined-networking',
            prefix: 'dnkey-',
            body: '',
            examples: {
                positive: ['DN_API_KEY=dnkey-{lan:26}-{b64u:52}', 'apiKey: "dnkey-{an:26}-{an:52}"'],
                negative: ['dnkey-{lan:26}', 'dnkey-{lan:10}-{lan:10}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/deno.ts

// Deno Deploy access tokens: personal tokens start with `ddp_`, organization tokens with `ddo_`.
// https://docs.deno.com/deploy/manual/api/ (access tokens), https://docs.doppler.com/docs/deno-deploy
/** Deno Deploy personal and organization access tokens. */
const denoDetectors = [
    prefixed({
        id: 'deno-deploy-access-token',
        description: 'Deno Deploy access token',
        provider: 'deno',
        prefix: 'dd',
        keywords: ['ddp_', 'ddo_'],
        prefixPattern: 'dd[po]_',
        body: '[A-Za-z0-9]{36,40}',
        minEntropy: 3.5,
        examples: {
            positive: ['DENO_DEPLOY_TOKEN=ddp_{an:36}', 'token: "ddo_{an:36}"'],
            negative: ['ddp_{an:20}', 'xddp_{an:36}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/digitalocean.ts

// DigitalOcean tokens: `dop_v1_` (personal access), `doo_v1_` (OAuth access), `dor_v1_` (OAuth
// refresh), each + 64 hex characters. https://docs.digitalocean.com/reference/api/create-personal-access-token/
const token = (id, prefix, description) => prefixed({
    id,
    description,
    secretType: 'DigitalOcean token',
    provider: 'digitalocean',
    prefix,
    body: '[a-f0-9]{64}',
    examples: {
        positive: [`DIGITALOCEAN_TOKEN=${prefix}{hex:64}`, `token: "${prefix}{hex:64}"`],
        negative: [`${prefix}{hex:40}`, `x${prefix}{hex:64}`],
    },
});
/** DigitalOcean personal access, OAuth access and OAuth refresh tokens. */
const digitaloceanDetectors = [
    token('digitalocean-pat', 'dop_v1_', 'DigitalOcean personal access token'),
    token('digitalocean-access-token', 'doo_v1_', 'DigitalOcean OAuth access token'),
    token('digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/docker.ts

// Docker Hub access tokens: `dckr_pat_` (personal) and `dckr_oat_` (organization) followed by a
// base64url secret. https://docs.docker.com/security/for-developers/access-tokens/
/** Docker Hub personal and organization access tokens. */
const dockerDetectors = [
    {
        ...prefixed({
            id: 'docker-hub-access-token',
            description: 'Docker Hub access token',
            provider: 'docker',
            prefix: 'dckr_',
            keywords: ['dckr_pat_', 'dckr_oat_'],
            body: '',
            minEntropy: 3.3,
            examples: {
                positive: ['DOCKERHUB_TOKEN=dckr_pat_{b64u:27}', 'password: "dckr_oat_{an:32}"'],
                negative: ['dckr_pat_{an:10}', 'dckr_xyz_{an:27}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,64})(?![A-Za-z0-9_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/doppler.ts

// Doppler tokens: `dp.pt.` (personal), `dp.st.` (service, optionally with the config slug),
// `dp.ct.` (CLI), `dp.sa.` (service account), `dp.scim.`, `dp.audit.`, then 40-44 base62 characters.
// https://docs.doppler.com/reference/api#authentication
/** Doppler API tokens of every kind. */
const dopplerDetectors = [
    prefixed({
        id: 'doppler-api-token',
        description: 'Doppler API token',
        provider: 'doppler',
        prefix: 'dp.',
        keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
        prefixPattern: 'dp\\.(?:pt|ct|sa|scim|audit|st(?:\\.[a-z0-9_-]{2,35})?)\\.',
        body: '[A-Za-z0-9]{40,44}',
        minEntropy: 3.5,
        examples: {
            positive: ['DOPPLER_TOKEN=dp.pt.{an:43}', 'DOPPLER_TOKEN="dp.st.prd.{an:43}"'],
            negative: ['dp.pt.{an:20}', 'dp.xx.{an:43}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/droneci.ts

// Drone CI personal tokens: 32 base62 characters, used as `DRONE_TOKEN`.
// https://docs.drone.io/cli/setup/
/** Drone CI access tokens next to a Drone name. */
const droneciDetectors = [
    common_contextual({
        id: 'droneci-access-token',
        description: 'Drone CI access token',
        provider: 'droneci',
        names: ['drone'],
        value: '[A-Za-z0-9]{32}',
        minEntropy: 3.3,
        examples: {
            positive: ['export DRONE_TOKEN={an:32}', 'droneciToken: "{lan:32}"'],
            negative: ['DRONE_USER={an:31}', 'DRONE_SERVER=https://drone.{l:8}.com'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/dropbox.ts

// Dropbox short-lived OAuth access tokens start with `sl.` (newer ones `sl.u.`); app keys and
// secrets are 15 lower-case base36 characters. https://developers.dropbox.com/oauth-guide
/** Dropbox access tokens and app keys or secrets. */
const dropboxDetectors = [
    prefixed({
        id: 'dropbox-short-lived-access-token',
        description: 'Dropbox short-lived access token',
        provider: 'dropbox',
        prefix: 'sl.',
        prefixPattern: 'sl\\.(?:u\\.)?',
        body: '[A-Za-z0-9_-]{130,1400}',
        minEntropy: 4,
        examples: {
            positive: ['DROPBOX_ACCESS_TOKEN=sl.{b64u:140}', 'token: "sl.u.{an:300}"'],
            negative: ['sl.{b64u:60}'],
        },
    }),
    common_contextual({
        id: 'dropbox-api-token',
        description: 'Dropbox app key or secret',
        provider: 'dropbox',
        names: ['dropbox'],
        value: '[a-z0-9]{15}',
        // Fifteen random characters can repeat a few (3.0 bits rejects about one key in twenty).
        minEntropy: 2.6,
        examples: {
            positive: ['DROPBOX_APP_KEY={lan:15}', 'dropboxAppSecret: "{lan:15}"'],
            negative: ['DROPBOX_APP={lan:16}', 'dropbox_folder = "/{l:15}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/duffel.ts

// Duffel access tokens: `duffel_test_` or `duffel_live_` + 43 base64url characters.
// https://duffel.com/docs/api/overview/making-requests/authentication
/** Duffel API access tokens. */
const duffelDetectors = [
    {
        ...prefixed({
            id: 'duffel-api-token',
            description: 'Duffel access token',
            provider: 'duffel',
            prefix: 'duffel_',
            keywords: ['duffel_test_', 'duffel_live_'],
            body: '',
            examples: {
                positive: ['DUFFEL_ACCESS_TOKEN=duffel_test_{b64u:43}', 'token: "duffel_live_{an:43}"'],
                negative: ['duffel_test_{an:20}', 'duffel_live_{an:50}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/dynatrace.ts

// Dynatrace tokens: prefix (`dt0c01` for API tokens, `dt0s..` for OAuth and platform tokens),
// `.` + a 24-character public part, `.` + a 64-character secret part.
// https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens
/** Dynatrace API, OAuth client and platform tokens. */
const dynatraceDetectors = [
    prefixed({
        id: 'dynatrace-api-token',
        description: 'Dynatrace access token',
        provider: 'dynatrace',
        prefix: 'dt0',
        keywords: ['dt0c', 'dt0s'],
        prefixPattern: 'dt0[cs][0-9]{2}\\.',
        body: '[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}',
        examples: {
            positive: ['DT_API_TOKEN=dt0c01.{uan:24}.{uan:64}', 'token: "dt0s01.{uan:24}.{uan:64}"'],
            negative: ['dt0c01.{uan:24}', 'dt0c01.{uan:24}.{uan:64}{uan:2}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/easypost.ts
// EasyPost API keys: `EZAK` (production) or `EZTK` (test) + 54 base62 characters.
// https://docs.easypost.com/docs/authentication
const key = (id, prefix, description) => ({
    id,
    description,
    secretType: 'EasyPost API key',
    provider: 'easypost',
    strength: 'prefixed',
    keywords: [prefix.toLowerCase()],
    minEntropy: 3.5,
    // Not after `+` or `/`: inside base64 data the four letters are a coincidence.
    pattern: `(?<![A-Za-z0-9_+/])(?<secret>${prefix}[A-Za-z0-9]{54})(?![A-Za-z0-9_+/])`,
    examples: {
        positive: [
            `EASYPOST_API_KEY=${prefix}{an:54}`,
            `"url": "https://example.org/?t=${prefix}{an:54}&q=1"`,
        ],
        negative: [`${prefix}{an:30}`, `data: {b64:20}+${prefix}{an:54}/{b64:8}`],
    },
});
/** EasyPost production and test API keys. */
const easypostDetectors = [
    key('easypost-api-token', 'EZAK', 'EasyPost production API key'),
    key('easypost-test-api-token', 'EZTK', 'EasyPost test API key'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/etsy.ts

// Etsy API keystrings: 24 lower-case base36 characters. https://developers.etsy.com/documentation/essentials/authentication
/** Etsy API keystrings and tokens next to an Etsy name. */
const etsyDetectors = [
    common_contextual({
        id: 'etsy-access-token',
        description: 'Etsy API keystring',
        provider: 'etsy',
        names: ['etsy'],
        value: '[A-Za-z0-9]{24}',
        minEntropy: 3.2,
        examples: {
            positive: ['ETSY_API_KEY={lan:24}', 'etsyKeystring: "{lan:24}"'],
            negative: ['SetSysctl = "{lan:24}"', 'ETSY_SHOP={lan:30}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/facebook.ts

// Graph API tokens: user and page access tokens start with `EAA`; an app access token is
// `<app id>|<token>` (or `<app id>|<app secret>`); app secrets are 32 hex characters.
// https://developers.facebook.com/docs/facebook-login/guides/access-tokens/
/** Facebook (Meta) Graph API access tokens and app secrets. */
const facebookDetectors = [
    triggered({
        id: 'facebook-page-access-token',
        description: 'Facebook user or page access token',
        secretType: 'Facebook access token',
        provider: 'facebook',
        strength: 'prefixed',
        trigger: 'EAA[A-Za-z0-9]{90}',
        minEntropy: 4,
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>EAA[A-Za-z0-9]{90,500})(?![A-Za-z0-9_+/=-])',
        examples: {
            positive: ['FACEBOOK_ACCESS_TOKEN=EAAB{an:180}', 'page_token: "EAAG{an:120}"'],
            negative: ['EAAB{an:40}', 'checksum: eaac{hex:124}'],
        },
    }),
    {
        id: 'facebook-access-token',
        description: 'Facebook app access token',
        secretType: 'Facebook access token',
        provider: 'facebook',
        strength: 'contextual',
        // `|` is everywhere in code: the token is looked for only where Facebook or an access token is named.
        keywords: [
            'facebook',
            'access_token',
            'access-token',
            'accesstoken',
            'fb_',
            'app_token',
            'apptoken',
        ],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_|])(?<secret>[0-9]{15,16}\\|(?:[A-Za-z0-9_-]{27}|[a-f0-9]{32}))(?![A-Za-z0-9_|-])',
        examples: {
            positive: [
                '{"access_token":"{d:15}|{b64u:27}","token_type":"bearer"}',
                'FB_APP_TOKEN={d:16}|{hex:32}',
            ],
            negative: ['FB_APP_TOKEN={d:15}|{b64u:20}', '| {d:15} | {an:27} |'],
        },
    },
    common_contextual({
        id: 'facebook-secret',
        description: 'Facebook app secret',
        provider: 'facebook',
        names: ['facebook', 'fb_app', 'fb_secret', 'fb_client'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['FACEBOOK_APP_SECRET={hex:32}', 'fb_app_secret: "{hex:32}"'],
            negative: ['FACEBOOK_APP_ID={d:15}', 'FACEBOOK_APP={hex:31}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/fastly.ts

// Fastly API tokens: 32 base64url characters. https://www.fastly.com/documentation/reference/api/auth-tokens/
/** Fastly API tokens next to a Fastly name. */
const fastlyDetectors = [
    common_contextual({
        id: 'fastly-api-token',
        description: 'Fastly API token',
        provider: 'fastly',
        names: ['fastly'],
        value: '[A-Za-z0-9_-]{32}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.3,
        examples: {
            positive: ['FASTLY_API_TOKEN={b64u:32}', 'fastlyKey: "{an:32}"'],
            negative: ['FASTLY_API={b64u:31}', 'fastly_service_id = "{an:22}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/figma.ts

// Figma personal access tokens start with `figd_`. https://developers.figma.com/docs/rest-api/personal-access-tokens/
/** Figma personal access tokens. */
const figmaDetectors = [
    {
        ...prefixed({
            id: 'figma-personal-access-token',
            description: 'Figma personal access token',
            provider: 'figma',
            prefix: 'figd_',
            body: '',
            minEntropy: 3.5,
            examples: {
                positive: ['FIGMA_TOKEN=figd_{b64u:40}', 'headers: { "X-Figma-Token": "figd_{an:40}" }'],
                negative: ['figd_{an:12}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>figd_[A-Za-z0-9_-]{30,60})(?![A-Za-z0-9_-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/finicity.ts

// Finicity (Mastercard Open Banking) credentials: a 32-hex app key and a 20-character partner
// secret. https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/
/** Finicity app keys and partner secrets next to a Finicity name. */
const finicityDetectors = [
    common_contextual({
        id: 'finicity-api-token',
        description: 'Finicity app key',
        provider: 'finicity',
        names: ['finicity'],
        value: '[a-f0-9]{32}',
        minEntropy: 3,
        examples: {
            positive: ['FINICITY_APP_KEY={hex:32}', 'finicityAppKey: "{hex:32}"'],
            negative: ['FINICITY_APP={hex:31}', 'FINICITY_PARTNER_ID={d:13}'],
        },
    }),
    common_contextual({
        id: 'finicity-client-secret',
        description: 'Finicity partner secret',
        provider: 'finicity',
        names: ['finicity'],
        value: '[A-Za-z0-9]{20}',
        minEntropy: 3.2,
        examples: {
            positive: ['FINICITY_PARTNER_SECRET={an:20}', 'finicitySecret: "{lan:20}"'],
            negative: ['FINICITY_PARTNER={an:19}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/finnhub.ts

// Finnhub API keys: 20 lower-case base36 characters. https://finnhub.io/docs/api/authentication
/** Finnhub API keys next to a Finnhub name. */
const finnhubDetectors = [
    common_contextual({
        id: 'finnhub-access-token',
        description: 'Finnhub API key',
        provider: 'finnhub',
        names: ['finnhub'],
        value: '[a-z0-9]{20}',
        minEntropy: 3,
        examples: {
            positive: ['FINNHUB_API_KEY={lan:20}', 'finnhubToken: "{lan:20}"'],
            negative: ['FINNHUB_API={lan:21}', 'finnhub_symbol = "{u:4}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/flickr.ts

// Flickr API keys are 32 hex characters, their secrets 16. https://www.flickr.com/services/api/misc.api_keys.html
/** Flickr API keys and secrets next to a Flickr name. */
const flickrDetectors = [
    common_contextual({
        id: 'flickr-access-token',
        description: 'Flickr API key or secret',
        provider: 'flickr',
        names: ['flickr'],
        value: '(?:[A-Za-z0-9]{32}|[a-f0-9]{16})',
        minEntropy: 2.5,
        examples: {
            positive: ['FLICKR_API_KEY={hex:32}', 'flickrSecret: "{hex:16}"'],
            negative: ['FLICKR_API={hex:20}', 'flickr_user = "{d:8}@N0{d:1}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/flutterwave.ts

// Flutterwave keys: public `FLWPUBK-` and secret `FLWSECK-` (test keys `FLWPUBK_TEST-`,
// `FLWSECK_TEST-`) + 32 hex + `-X`; encryption keys `FLWSECK` (`_TEST`) + 12 hex.
// https://developer.flutterwave.com/docs/authentication
/** Flutterwave public, secret and encryption keys. */
const flutterwaveDetectors = [
    prefixed({
        id: 'flutterwave-public-key',
        description: 'Flutterwave public key',
        provider: 'flutterwave',
        prefix: 'FLWPUBK',
        prefixPattern: 'FLWPUBK(?:_TEST)?-',
        body: '[a-f0-9]{32}-X',
        examples: {
            positive: ['FLW_PUBLIC_KEY=FLWPUBK_TEST-{hex:32}-X', 'publicKey: "FLWPUBK-{hex:32}-X"'],
            negative: ['FLWPUBK_TEST-{hex:20}-X'],
        },
    }),
    prefixed({
        id: 'flutterwave-secret-key',
        description: 'Flutterwave secret key',
        provider: 'flutterwave',
        prefix: 'FLWSECK',
        prefixPattern: 'FLWSECK(?:_TEST)?-',
        body: '[a-f0-9]{32}-X',
        examples: {
            positive: ['FLW_SECRET_KEY=FLWSECK_TEST-{hex:32}-X', 'secretKey: "FLWSECK-{hex:32}-X"'],
            negative: ['FLWSECK_TEST-{hex:20}-X'],
        },
    }),
    prefixed({
        id: 'flutterwave-encryption-key',
        description: 'Flutterwave encryption key',
        provider: 'flutterwave',
        prefix: 'FLWSECK',
        prefixPattern: 'FLWSECK(?:_TEST)?-?',
        body: '[a-f0-9]{12}',
        examples: {
            positive: [
                'FLW_ENCRYPTION_KEY=FLWSECK_TEST{hex:12}',
                'encryptionKey: "FLWSECK_TEST-{hex:12}"',
            ],
            negative: ['FLWSECK_TEST{hex:8}', 'FLWSECK_TEST-{hex:16}'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/flyio.ts
// Fly.io tokens: macaroon tokens `fm1a_`, `fm1r_`, `fm2_` + base64 (written after `FlyV1 `,
// several joined by commas), and older personal access tokens `fo1_` + 43 base64url characters.
// https://fly.io/docs/security/tokens/
/** Fly.io API tokens. */
const flyioDetectors = [
    {
        id: 'flyio-access-token',
        description: 'Fly.io personal access token',
        secretType: 'Fly.io API token',
        provider: 'flyio',
        strength: 'prefixed',
        keywords: ['fo1_'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_-])(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['FLY_API_TOKEN=fo1_{b64u:43}', 'Fly access token: fo1_{an:43}'],
            negative: ['fo1_{an:30}', '{an:4}-Fo1_{an:43}'],
        },
    },
    {
        id: 'flyio-macaroon-token',
        description: 'Fly.io macaroon token',
        secretType: 'Fly.io API token',
        provider: 'flyio',
        strength: 'prefixed',
        keywords: ['fm1a_', 'fm1r_', 'fm2_'],
        minEntropy: 4,
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>fm(?:1[ar]|2)_[A-Za-z0-9+/]{80,4096}={0,3})(?![A-Za-z0-9_+/=-])',
        examples: {
            positive: ['FLY_API_TOKEN="FlyV1 fm2_{b64:300}"', 'token: fm1a_{b64:110}=='],
            negative: ['FLY_API_TOKEN="FlyV1 fm2_{b64:30}"'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/frameio.ts

// Frame.io developer tokens: `fio-u-` + 64 base64url characters. https://developer.frame.io/docs/getting-started/authentication
/** Frame.io developer tokens. */
const frameioDetectors = [
    {
        ...prefixed({
            id: 'frameio-api-token',
            description: 'Frame.io developer token',
            provider: 'frameio',
            prefix: 'fio-u-',
            body: '',
            examples: {
                positive: ['FRAMEIO_TOKEN=fio-u-{b64u:64}', 'token: "fio-u-{an:64}"'],
                negative: ['fio-u-{an:30}', 'fio-u-{an:70}'],
            },
        }),
        pattern: '(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])',
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/freemius.ts
// Freemius SDK configuration: the plugin's `secret_key` is `sk_` + 29 printable characters, set in
// a PHP array (`'secret_key' => 'sk_…'`). https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/
const secretKeyEntry = /(["'])secret_key\1[ \t]{0,4}=>[ \t]{0,4}(["'])(?<secret>sk_[\x21\x23-\x26\x28-\x7e]{29})\2/g;
// `=>` arrays in markup or documentation files are examples, not configuration.
const notPhp = /\.(?:html?|xml|md|markdown|rst|adoc|json|ya?ml|js|ts|css)$/i;
/** Freemius secret keys in PHP configuration arrays. */
const freemiusDetectors = [
    {
        id: 'freemius-secret-key',
        description: 'Freemius secret key',
        secretType: 'Freemius secret key',
        provider: 'freemius',
        strength: 'contextual',
        keywords: ['secret_key'],
        // Reads its segment's lines only.
        reach: { before: 0, after: 0 },
        minEntropy: 3.5,
        detect({ text, start, end, path }) {
            if (notPhp.test(path))
                return [];
            const slice = text.slice(start, end);
            const matches = [];
            for (const match of slice.matchAll(secretKeyEntry)) {
                const secret = match.groups?.secret;
                const offset = start + match.index + match[0].length - secret.length - 1;
                matches.push({ start: offset, end: offset + secret.length, secret });
            }
            return matches;
        },
        examples: {
            positive: [`"secret_key" => "sk_{an:9}#{an:8}&@*{an:8}",`, `'secret_key' => 'sk_{b64:29}',`],
            negative: [`"other_key" => "sk_{l:29}",`, `"secret_key" => "sk_{an:12}" . $suffix,`],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/freshbooks.ts

// FreshBooks OAuth access tokens and client secrets: 64 characters (hex in practice).
// https://www.freshbooks.com/api/authentication
/** FreshBooks access tokens and client secrets next to a FreshBooks name. */
const freshbooksDetectors = [
    common_contextual({
        id: 'freshbooks-access-token',
        description: 'FreshBooks access token',
        provider: 'freshbooks',
        names: ['freshbooks'],
        value: '[A-Za-z0-9]{64}',
        minEntropy: 3.5,
        examples: {
            positive: ['FRESHBOOKS_ACCESS_TOKEN={hex:64}', 'freshbooksToken: "{lan:64}"'],
            negative: ['FRESHBOOKS_ACCESS={hex:60}', 'freshbooks_account_id = "{an:6}"'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/onepassword.ts

// Secret Key: https://support.1password.com/secret-key-security/ (version `A3`, a six-character
// account id, then 26 characters in dash-separated groups; older keys group them 11-5-5-5).
// Service account tokens: https://developer.1password.com/docs/service-accounts/ (`ops_` + base64 JSON).
/** 1Password account Secret Keys and service account tokens. */
const onePasswordDetectors = [
    prefixed({
        id: '1password-secret-key',
        description: '1Password account Secret Key',
        provider: '1password',
        prefix: 'A3-',
        body: '[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
        minEntropy: 3,
        examples: {
            positive: [
                'OP_SECRET_KEY=A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}-{uan:5}-{uan:5}',
                '"secretKey": "A3-{uan:6}-{uan:11}-{uan:5}-{uan:5}-{uan:5}"',
            ],
            negative: [
                'A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}',
                'xA3-{uan:6}-{uan:11}-{uan:5}-{uan:5}-{uan:5}',
            ],
        },
    }),
    prefixed({
        id: '1password-service-account-token',
        description: '1Password service account token',
        provider: '1password',
        prefix: 'ops_eyJ',
        body: '[A-Za-z0-9+/_-]{100,4000}={0,2}',
        minEntropy: 4,
        examples: {
            positive: ['export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:400}', 'token: "ops_eyJ{b64:600}="'],
            negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:30}...'],
        },
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-a-f/index.ts



















































/** Detectors of this group, in registry order. */
const providers_a_f_detectors = [
    ...adafruitDetectors,
    ...adobeDetectors,
    ...ageDetectors,
    ...airtableDetectors,
    ...algoliaDetectors,
    ...alibabaDetectors,
    ...anthropicDetectors,
    ...apifyDetectors,
    ...asanaDetectors,
    ...atlassianDetectors,
    ...authressDetectors,
    ...azureDetectors,
    ...beamerDetectors,
    ...bitbucketDetectors,
    ...bittrexDetectors,
    ...buildkiteDetectors,
    ...circleciDetectors,
    ...ciscoDetectors,
    ...clickhouseDetectors,
    ...clojarsDetectors,
    ...cloudflareDetectors,
    ...codecovDetectors,
    ...cohereDetectors,
    ...coinbaseDetectors,
    ...confluentDetectors,
    ...contentfulDetectors,
    ...databricksDetectors,
    ...datadogDetectors,
    ...definedNetworkingDetectors,
    ...denoDetectors,
    ...digitaloceanDetectors,
    ...dockerDetectors,
    ...dopplerDetectors,
    ...droneciDetectors,
    ...dropboxDetectors,
    ...duffelDetectors,
    ...dynatraceDetectors,
    ...easypostDetectors,
    ...etsyDetectors,
    ...facebookDetectors,
    ...fastlyDetectors,
    ...figmaDetectors,
    ...finicityDetectors,
    ...finnhubDetectors,
    ...flickrDetectors,
    ...flutterwaveDetectors,
    ...flyioDetectors,
    ...frameioDetectors,
    ...freemiusDetectors,
    ...freshbooksDetectors,
    ...onePasswordDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/shared.ts


/**
 * Regex source for a provider word in a variable name: case-insensitive, but the word must not
 * continue a longer lower-case word (`rookTable` is not `okta`, `global` is not `lob`). Used
 * without the `i` flag, so each spelling is listed.
 */
function shared_nameWord(word) {
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    return `(?:(?<![a-z])${lower}|(?<![A-Z])${upper}|${capital})`;
}
/** A token that carries its own provider prefix: `prefix` is literal regex source, `body` the rest. */
function shared_prefixed(base) {
    return build(base, 'prefixed', base.keywords, base.pattern ?? prefixedTokenPattern(base.prefix, base.body));
}
/** Lookahead source rejecting a value made of words (`SoftwareEngineer`, `salesDashboard`). */
const notCamelWords = '(?!(?:[a-z]{2,40}|[A-Z][a-z]{2,40})(?:[A-Z][a-z]{2,40}){1,8}(?![A-Za-z0-9]))';
/**
 * A value without a prefix, recognised by the provider's name in the variable it is assigned
 * to. `name` is regex source matched in any case (with `caseSensitive`, exactly as written: use
 * {@link nameWord} then). The pattern runs without the `i` flag, so `value` spells its cases.
 * `notWords` rejects values that are camel-case words rather than random characters.
 */
function shared_contextual(base) {
    const name = base.caseSensitive ? base.name : anyCase(base.name);
    const value = base.notWords ? `${notCamelWords}(?:${base.value})` : base.value;
    const detector = build(base, 'contextual', base.keywords, assignedSecretPattern(name, value, base.after));
    detector.contextLines = 1;
    if (base.trigger !== undefined)
        detector.trigger = base.trigger;
    return detector;
}
function build(base, strength, keywords, pattern) {
    const detector = {
        id: base.id,
        description: base.description,
        secretType: base.secretType,
        provider: base.provider,
        strength,
        keywords,
        pattern,
        examples: { positive: base.positive, negative: base.negative },
    };
    if (base.minEntropy !== undefined)
        detector.minEntropy = base.minEntropy;
    if (base.allowlist !== undefined)
        detector.allowlist = base.allowlist;
    return detector;
}
/** Regex source for a UUID in either case. */
const uuid = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/gitter.ts

// Gitter personal access tokens (developer.gitter.im): 40 characters, no prefix.
/** Gitter access tokens, recognised by the variable they are assigned to. */
const gitterDetectors = [
    shared_contextual({
        id: 'gitter-access-token',
        description: 'Gitter access token',
        secretType: 'Gitter Access Token',
        provider: 'gitter',
        keywords: ['gitter'],
        name: 'gitter',
        value: '[a-z0-9_-]{40}',
        after: '(?![A-Za-z0-9_-])',
        minEntropy: 3.2,
        positive: ['GITTER_TOKEN={lan:40}', 'gitter_token: "{hex:40}"'],
        negative: ['gitter_build = {lan:30}', 'GITTER_ROOM={lan:50}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/gocardless.ts

// GoCardless access tokens (developer.gocardless.com): `live_` or `sandbox_` then 40 characters.
/** GoCardless API access tokens, recognised by the variable they are assigned to. */
const gocardlessDetectors = [
    shared_contextual({
        id: 'gocardless-api-token',
        description: 'GoCardless API access token',
        secretType: 'GoCardless API Token',
        provider: 'gocardless',
        keywords: ['gocardless'],
        name: 'gocardless',
        value: '(?:live|sandbox)_[A-Za-z0-9_=-]{40}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        positive: ['GOCARDLESS_ACCESS_TOKEN=live_{b64u:40}', "gocardless_token: 'sandbox_{an:40}'"],
        negative: ['GOCARDLESS_REF=live_{an:20}', 'GOCARDLESS_ENV=live_{an:40}x-{an:8}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/google.ts

// API keys: https://cloud.google.com/docs/authentication/api-keys (39 characters, `AIza` then 35 base64url).
// OAuth client secrets: `GOCSPX-` then 28 base64url characters (client_secret.json downloads).
// OAuth 2.0 access tokens start `ya29.`; refresh tokens start `1//` (developers.google.com/identity/protocols/oauth2).
const typeLine = /"type"[ \t]{0,5}:[ \t]{0,5}"(?<secret>service_account)"/dg;
const keyId = /"private_key_id"[ \t]{0,5}:[ \t]{0,5}"(?<id>[^"\n]{0,100})"/;
/**
 * A Google Cloud service account key file, found by its `"type": "service_account"` line. When
 * the file names a `private_key_id` that is not 40 hex characters it is a template, not a key.
 */
const serviceAccountKeyFile = {
    id: 'gcp-service-account',
    description: 'Google Cloud service account key file (JSON)',
    secretType: 'Google Cloud Service Account Key',
    provider: 'gcp',
    strength: 'prefixed',
    keywords: ['service_account'],
    // The key file's `private_key_id`, anywhere in the next 20,000 characters.
    reach: { before: 0, after: 20_000 },
    detect(segment) {
        const slice = segment.text.slice(segment.start, segment.end);
        const matches = [];
        const id = keyId.exec(segment.text.slice(segment.start, segment.start + 20_000))?.groups?.id;
        if (id !== undefined && !/^[0-9a-f]{40}$/.test(id))
            return matches;
        for (const match of slice.matchAll(typeLine)) {
            const span = match.indices?.groups?.secret;
            if (!span)
                continue;
            matches.push({
                start: segment.start + span[0],
                end: segment.start + span[1],
                secret: id ?? 'service_account',
            });
        }
        return matches;
    },
    examples: {
        positive: [
            '{\n  "type": "service_account",\n  "project_id": "{l:8}-{d:6}",\n  "private_key_id": "{hex:40}"\n}',
            '{"type":"service_account","private_key_id":"{hex:40}","client_email":"ci@{l:6}.iam.gserviceaccount.com"}',
        ],
        negative: [
            '{"type": "service_account_key", "private_key_id": "{hex:40}"}',
            '{"type": "service_account", "private_key_id": "<KEY_ID>"}',
        ],
    },
};
/** Google Cloud / Maps / Firebase / Gemini API keys, Google OAuth client secrets and tokens. */
const googleDetectors = [
    shared_prefixed({
        id: 'gcp-api-key',
        description: 'Google Cloud API key (Maps, Firebase, Gemini and other Google APIs)',
        secretType: 'Google API Key',
        provider: 'gcp',
        keywords: ['aiza'],
        prefix: 'AIza',
        body: '[A-Za-z0-9_-]{35}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])',
        positive: [
            'GOOGLE_API_KEY=AIza{b64u:35}',
            'const firebaseConfig = { apiKey: "AIzaSy{an:33}" };',
        ],
        negative: ['AIza{an:30}', 'XAIza{an:35}', 'key: AIza{an:40}'],
    }),
    serviceAccountKeyFile,
    shared_prefixed({
        id: 'google-oauth-client-secret',
        description: 'Google OAuth 2.0 client secret',
        secretType: 'Google OAuth Client Secret',
        provider: 'google',
        keywords: ['gocspx-'],
        prefix: 'GOCSPX-',
        body: '[A-Za-z0-9_-]{28}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])',
        positive: ['"client_secret": "GOCSPX-{b64u:28}",', 'GOOGLE_CLIENT_SECRET=GOCSPX-{an:28}'],
        negative: ['GOCSPX-{an:20}', 'GOCSPX-{an:40}'],
    }),
    shared_prefixed({
        id: 'google-oauth-access-token',
        description: 'Google OAuth 2.0 access token',
        secretType: 'Google OAuth Access Token',
        provider: 'google',
        keywords: ['ya29.'],
        prefix: 'ya29\\.',
        body: '[A-Za-z0-9_-]{30,2048}',
        positive: ['Authorization: Bearer ya29.{b64u:120}', 'access_token = "ya29.a0{an:150}"'],
        negative: ['ya29.{an:10}', 'xya29.{an:120}'],
    }),
    shared_prefixed({
        id: 'google-oauth-refresh-token',
        description: 'Google OAuth 2.0 refresh token',
        secretType: 'Google OAuth Refresh Token',
        provider: 'google',
        keywords: ['1//0'],
        prefix: '1//0',
        body: '[A-Za-z0-9_-]{60,500}',
        pattern: '(?<![A-Za-z0-9_/:-])(?<secret>1//0[A-Za-z0-9_-]{60,500})(?![A-Za-z0-9_-])',
        positive: ['"refresh_token": "1//0{b64u:99}",', 'GOOGLE_REFRESH_TOKEN=1//0g{an:100}'],
        negative: ['x = 1//0{an:20}', 'http://1//0{an:80}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/grafana.ts

// Grafana API keys are base64 JSON starting `{"k":"` (eyJrIjoi); Grafana Cloud access policy
// tokens start `glc_` (base64 JSON); service account tokens are `glsa_` + 32 + `_` + 8 hex
// checksum (grafana.com/docs/grafana/latest/administration/service-accounts/).
/** Grafana API keys, Grafana Cloud tokens and Grafana service account tokens. */
const grafanaDetectors = [
    shared_prefixed({
        id: 'grafana-api-key',
        description: 'Grafana API key (legacy)',
        secretType: 'Grafana API Key',
        provider: 'grafana',
        keywords: ['eyjrijoi'],
        prefix: 'eyJrIjoi',
        body: '',
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{70,400}={0,2})(?![A-Za-z0-9_+/=-])',
        positive: ['GRAFANA_API_KEY=eyJrIjoi{b64:80}', 'grafana:\n  api_key: "eyJrIjoi{an:92}=="'],
        negative: ['eyJrIjoi{an:40}', 'x.eyJrIjoi{an:80}-y'],
    }),
    shared_prefixed({
        id: 'grafana-cloud-api-token',
        description: 'Grafana Cloud access policy token',
        secretType: 'Grafana Cloud Token',
        provider: 'grafana',
        keywords: ['glc_'],
        prefix: 'glc_',
        body: '',
        pattern: '(?<![A-Za-z0-9_+/-])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=-])',
        positive: ['GRAFANA_CLOUD_TOKEN=glc_{b64:120}==', 'loki:\n  password: glc_{lan:32}'],
        negative: ['glc_{an:20}', 'GLC_CreateLightmapTextureArray(void);'],
    }),
    shared_prefixed({
        id: 'grafana-service-account-token',
        description: 'Grafana service account token',
        secretType: 'Grafana Service Account Token',
        provider: 'grafana',
        keywords: ['glsa_'],
        prefix: 'glsa_',
        body: '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
        positive: [
            'GRAFANA_TOKEN=glsa_{an:32}_{hex:8}',
            "'Authorization': 'Bearer glsa_{an:32}_{hex:8}'",
        ],
        negative: ['glsa_{an:32}', 'glsa_{an:32}_{l:8}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/groq.ts

// Groq API keys (console.groq.com/keys): `gsk_` then 52 alphanumerics.
/** Groq API keys. */
const groqDetectors = [
    shared_prefixed({
        id: 'groq-api-key',
        description: 'Groq API key',
        secretType: 'Groq API Key',
        provider: 'groq',
        keywords: ['gsk_'],
        prefix: 'gsk_',
        body: '[A-Za-z0-9]{52}',
        positive: ['GROQ_API_KEY=gsk_{an:52}', 'client = Groq(api_key="gsk_{an:52}")'],
        negative: ['gsk_{an:30}', 'gsk_{an:60}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/harness.ts

// Harness API keys (developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys):
// `pat.` (personal) or `sat.` (service account), then account id, token id and secret, dot-separated.
/** Harness personal and service account API tokens. */
const harnessDetectors = [
    shared_prefixed({
        id: 'harness-api-key',
        description: 'Harness personal access or service account token',
        secretType: 'Harness API Key',
        provider: 'harness',
        keywords: ['pat.', 'sat.'],
        prefix: '(?:pat|sat)\\.',
        body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}',
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])',
        positive: [
            'HARNESS_API_KEY=pat.{an:22}.{hex:24}.{an:20}',
            'x-api-key: "sat.{an:22}.{hex:24}.{an:20}"',
        ],
        negative: ['pat.{an:22}.{hex:24}', 'pat.{an:22}.{hex:24}.{an:10}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/hashicorp.ts

// Terraform Cloud / Enterprise API tokens: 14 characters, `.atlasv1.`, then ~67 more
// (developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens).
const hclPath = /\.(?:tf|tfvars|hcl)$/i;
const hclBlock = /^[ \t]{0,8}(?:resource|provider|module|data|variable|locals)[ \t]{1,4}(?:"[\w.-]{1,64}"[ \t]{0,4}){0,2}\{/m;
const hclWord = /(?:resource|provider|module|data|variable|locals)[ \t]{1,4}["{]/;
const passwordAssignment = /(?<![A-Za-z0-9_])[A-Za-z0-9_]{0,40}password[ \t]{0,20}=[ \t]{0,20}"(?<secret>[^"\s$\\]{4,128})"/dg;
/**
 * Whether a file is Terraform / HCL: by its extension, or by a top-level HCL block (the detector's
 * file gate, asked once per file). Unanchored first: the line-anchored, multi-line pattern is slow
 * over a large text.
 */
function isHcl(text, path) {
    return hclPath.test(path) || (hclWord.test(text) && hclBlock.test(text));
}
/** A literal password written in a Terraform / HCL file (`administrator_login_password = "…"`). */
const terraformPassword = {
    id: 'hashicorp-tf-password',
    description: 'Hard-coded password in a Terraform / HCL file',
    secretType: 'Terraform Password',
    provider: 'hashicorp',
    strength: 'contextual',
    keywords: [],
    // Only where the assignment below can start: `password` is in most source files, `password =`
    // in few, so the file gate is rarely asked.
    trigger: 'password[ \\t]{0,20}=',
    minEntropy: 2.5,
    fileGate: isHcl,
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    detect(segment) {
        const slice = segment.text.slice(segment.start, segment.end);
        const matches = [];
        passwordAssignment.lastIndex = 0;
        for (const match of slice.matchAll(passwordAssignment)) {
            const span = match.indices?.groups?.secret;
            if (!span)
                continue;
            matches.push({
                start: segment.start + span[0],
                end: segment.start + span[1],
                secret: match.groups?.secret ?? '',
            });
        }
        return matches;
    },
    examples: {
        positive: [
            'resource "azurerm_mssql_server" "db" {\n  administrator_login_password = "{an:16}"\n}',
            'provider "grafana" {\n  password       = "{an:12}"\n}',
        ],
        negative: [
            'resource "aws_db_instance" "db" {\n  password = var.db_password\n}',
            'resource "aws_db_instance" "db" {\n  password = "${random_password.db.result}"\n}',
        ],
    },
};
/** Terraform Cloud API tokens and hard-coded Terraform passwords. */
const hashicorpDetectors = [
    shared_prefixed({
        id: 'hashicorp-tf-api-token',
        description: 'Terraform Cloud / Enterprise API token',
        secretType: 'Terraform Cloud API Token',
        provider: 'hashicorp',
        keywords: ['.atlasv1.'],
        prefix: '',
        body: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])',
        positive: [
            'TF_TOKEN_app_terraform_io={an:14}.atlasv1.{b64u:67}',
            'token = "{an:14}.atlasv1.{an:67}"',
        ],
        negative: ['{an:14}.atlasv1.{an:20}', '{an:10}.atlasv1.{an:67}'],
    }),
    terraformPassword,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/heroku.ts

// Heroku API keys were UUIDs; since 2024 new ones start `HRKU-` (devcenter.heroku.com/articles/authentication).
/** Heroku API keys: the prefixed format and the legacy UUID next to a Heroku name. */
const herokuDetectors = [
    shared_contextual({
        id: 'heroku-api-key',
        description: 'Heroku API key (legacy UUID format)',
        secretType: 'Heroku API Key',
        provider: 'heroku',
        keywords: ['heroku'],
        name: 'heroku',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'HEROKU_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            '"herokuApiKey": "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
        ],
        negative: [
            'HEROKU_APP_ID={hex:8}-{hex:4}-{hex:4}',
            'HEROKU_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}-{hex:4}',
        ],
    }),
    shared_prefixed({
        id: 'heroku-api-key-v2',
        description: 'Heroku API key',
        secretType: 'Heroku API Key',
        provider: 'heroku',
        keywords: ['hrku-'],
        prefix: 'HRKU-AA',
        body: '[A-Za-z0-9_-]{58}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])',
        positive: ['HEROKU_API_KEY=HRKU-AA{b64u:58}', 'const KEY = "HRKU-AA{an:58}";'],
        negative: ['HRKU-AA{an:30}', 'HRKU-AA{an:70}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/hubspot.ts

// HubSpot developer/legacy API keys are UUIDs; private app access tokens are `pat-` + hublet
// region (`na1`, `eu1`, ...) + `-` + UUID (developers.hubspot.com/docs/api/private-apps).
/** HubSpot private app tokens and legacy API keys. */
const hubspotDetectors = [
    shared_contextual({
        id: 'hubspot-api-key',
        description: 'HubSpot API key (legacy UUID format)',
        secretType: 'HubSpot API Key',
        provider: 'hubspot',
        keywords: ['hubspot', 'hapikey'],
        name: 'hubspot|hapikey',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'HUBSPOT_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'hubspot_hapikey: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: [
            'HUBSPOT_PORTAL={hex:8}-{hex:4}',
            'hubspot_ref = "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:10}"',
        ],
    }),
    shared_prefixed({
        id: 'hubspot-private-app-token',
        description: 'HubSpot private app access token',
        secretType: 'HubSpot Private App Token',
        provider: 'hubspot',
        keywords: ['pat-na', 'pat-eu', 'pat-ap', 'pat-us'],
        prefix: 'pat-(?:na|eu|ap|us)[0-9]-',
        body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap|us)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])',
        positive: [
            'HUBSPOT_ACCESS_TOKEN=pat-na1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'Authorization: Bearer pat-eu1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        ],
        negative: ['pat-na1-{hex:8}-{hex:4}', 'pat-na1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}-x'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/huggingface.ts

// User access tokens: `hf_` + 34 letters (huggingface.co/docs/hub/security-tokens); legacy
// organization API tokens: `api_org_` + 34 letters.
/** Hugging Face user access tokens and organization API tokens. */
const huggingfaceDetectors = [
    shared_prefixed({
        id: 'huggingface-access-token',
        description: 'Hugging Face user access token',
        secretType: 'Hugging Face Token',
        provider: 'huggingface',
        keywords: ['hf_'],
        prefix: 'hf_',
        body: '[A-Za-z]{34}',
        positive: ['HF_TOKEN=hf_{a:34}', 'huggingface-cli login --token hf_{a:34}'],
        negative: ['hf_{a:20}', 'rhf_{a:34}', 'hf_{a:40}'],
    }),
    shared_prefixed({
        id: 'huggingface-organization-api-token',
        description: 'Hugging Face organization API token (legacy)',
        secretType: 'Hugging Face Token',
        provider: 'huggingface',
        keywords: ['api_org_'],
        prefix: 'api_org_',
        body: '[A-Za-z]{34}',
        positive: ['HUGGINGFACEHUB_API_TOKEN=api_org_{a:34}', "use_auth_token='api_org_{a:34}'"],
        negative: ['api_org_{a:20}', 'def _api_org_{hex:8}_{hex:4}(self):'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/infracost.ts

// Infracost API keys (infracost.io/docs): `ico-` + 32 alphanumerics.
/** Infracost API keys. */
const infracostDetectors = [
    shared_prefixed({
        id: 'infracost-api-token',
        description: 'Infracost API key',
        secretType: 'Infracost API Key',
        provider: 'infracost',
        keywords: ['ico-'],
        prefix: 'ico-',
        body: '[A-Za-z0-9]{32}',
        // Not after a dot, slash or dash: `favicon.ico-<hash>.png` is a file name.
        pattern: '(?<![A-Za-z0-9_./-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])',
        positive: ['INFRACOST_API_KEY=ico-{an:32}', 'secret_value = "ico-{an:32}"'],
        negative: ['ico-{an:20}', 'img src="favicon.ico-{hex:32}.png"'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/intercom.ts

// Intercom access tokens (developers.intercom.com/docs/build-an-integration/learn-more/authentication):
// 60 base64 characters, no prefix.
/** Intercom access tokens, recognised by the variable they are assigned to. */
const intercomDetectors = [
    shared_contextual({
        id: 'intercom-api-key',
        description: 'Intercom access token',
        secretType: 'Intercom Access Token',
        provider: 'intercom',
        keywords: ['intercom'],
        name: 'intercom',
        value: '[A-Za-z0-9_+/=-]{60}',
        after: '(?![A-Za-z0-9_+/=-])',
        minEntropy: 3.5,
        positive: ['INTERCOM_ACCESS_TOKEN={b64:59}=', 'intercom_access_token: "{an:60}"'],
        negative: ['INTERCOM_REF={an:40}', 'INTERCOM_APP_ID={an:70}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/intra42.ts

// 42 intranet (api.intra.42.fr) OAuth application secrets: `s-s4t2ud-` or `s-s4t2af-` + 64 hex.
/** 42 intranet OAuth client secrets. */
const intra42Detectors = [
    shared_prefixed({
        id: 'intra42-client-secret',
        description: '42 intranet OAuth client secret',
        secretType: '42 Intra Client Secret',
        provider: 'intra42',
        keywords: ['s-s4t2'],
        prefix: 's-s4t2(?:ud|af)-',
        body: '[a-f0-9]{64}',
        positive: ['INTRA42_SECRET=s-s4t2ud-{hex:64}', 'clientSecret := "s-s4t2af-{hex:64}"'],
        negative: ['s-s4t2ud-{hex:40}', 's-s4t2ud-{hex:64}{l:3}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/kraken.ts

// Kraken API private keys (docs.kraken.com/api/docs/guides/spot-rest-auth): base64 of 64 bytes,
// 88 characters, no prefix.
/** Kraken API private keys, recognised by the variable they are assigned to. */
const krakenDetectors = [
    shared_contextual({
        id: 'kraken-access-token',
        description: 'Kraken API private key',
        secretType: 'Kraken API Key',
        provider: 'kraken',
        keywords: ['kraken'],
        name: 'kraken',
        value: '[A-Za-z0-9_+/=-]{80,90}',
        after: '(?![A-Za-z0-9_+/=-])',
        minEntropy: 4,
        positive: ['KRAKEN_PRIVATE_KEY={b64:86}==', '"krakenApiSecret": "{b64:86}=="'],
        negative: ['KRAKEN_REF={b64:40}', 'KRAKEN_REF={b64:120}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/kucoin.ts

// KuCoin API credentials (docs.kucoin.com): the API key is 24 hex characters, the secret a UUID.
/** KuCoin API keys and secrets, recognised by the variable they are assigned to. */
const kucoinDetectors = [
    shared_contextual({
        id: 'kucoin-access-token',
        description: 'KuCoin API key',
        secretType: 'KuCoin API Key',
        provider: 'kucoin',
        keywords: ['kucoin'],
        name: 'kucoin',
        value: '[a-f0-9]{24}',
        minEntropy: 3,
        positive: ['KUCOIN_API_KEY={hex:24}', '"kucoinApiKey": "{hex:24}"'],
        negative: ['KUCOIN_REF={hex:16}', 'KUCOIN_REF={hex:30}'],
    }),
    shared_contextual({
        id: 'kucoin-secret-key',
        description: 'KuCoin API secret',
        secretType: 'KuCoin API Secret',
        provider: 'kucoin',
        keywords: ['kucoin'],
        name: 'kucoin',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'KUCOIN_API_SECRET={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            "kucoin_secret: '{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'",
        ],
        negative: [
            'KUCOIN_REF={hex:8}-{hex:4}-{hex:4}',
            'KUCOIN_API_SECRET={l:8}-{l:4}-{l:4}-{l:4}-{l:12}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/launchdarkly.ts

// LaunchDarkly keys (docs.launchdarkly.com/home/account/api): SDK keys `sdk-` + UUID, mobile
// keys `mob-` + UUID, API access tokens `api-` + UUID: 40 characters in all.
/** LaunchDarkly SDK keys, mobile keys and API access tokens, next to a LaunchDarkly name. */
const launchdarklyDetectors = [
    shared_contextual({
        id: 'launchdarkly-access-token',
        description: 'LaunchDarkly SDK key, mobile key or API access token',
        secretType: 'LaunchDarkly Access Token',
        provider: 'launchdarkly',
        keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly'],
        name: 'launch[-_]?darkly',
        value: '[A-Za-z0-9_=-]{40}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.3,
        positive: [
            'LAUNCHDARKLY_SDK_KEY=sdk-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'launchDarklyToken: "{b64u:40}"',
        ],
        negative: ['LAUNCHDARKLY_SDK_KEY=sdk-{hex:8}-{hex:4}', 'LAUNCHDARKLY_CLIENT_ID={hex:24}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/linear.ts

// Linear personal API keys: `lin_api_` + 40 alphanumerics (linear.app/developers/graphql);
// OAuth application client secrets: 32 hex characters.
/** Linear API keys and OAuth client secrets. */
const linearDetectors = [
    shared_prefixed({
        id: 'linear-api-key',
        description: 'Linear personal API key',
        secretType: 'Linear API Key',
        provider: 'linear',
        keywords: ['lin_api_'],
        prefix: 'lin_api_',
        body: '[A-Za-z0-9]{40}',
        positive: ['LINEAR_API_KEY=lin_api_{an:40}', "headers: { Authorization: 'lin_api_{an:40}' }"],
        negative: ['lin_api_{an:20}', 'lin_api_{an:50}'],
    }),
    shared_contextual({
        id: 'linear-client-secret',
        description: 'Linear OAuth application client secret',
        secretType: 'Linear Client Secret',
        provider: 'linear',
        keywords: ['linear'],
        name: shared_nameWord('linear'),
        value: '[a-f0-9]{32}',
        caseSensitive: true,
        minEntropy: 3,
        positive: ['LINEAR_CLIENT_SECRET={hex:32}', 'linear_client_secret: "{hex:32}"'],
        negative: ['LINEAR_REF={hex:20}', 'nonlinear_hash = "{hex:32}"'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/linkedin.ts

// LinkedIn OAuth apps (learn.microsoft.com/linkedin/shared/authentication): the client id is 14
// lower-case alphanumerics, the client secret 16 alphanumerics.
/** LinkedIn OAuth client ids and secrets, recognised by the variable they are assigned to. */
const linkedinDetectors = [
    shared_contextual({
        id: 'linkedin-client-id',
        description: 'LinkedIn OAuth client id',
        secretType: 'LinkedIn Client ID',
        provider: 'linkedin',
        keywords: ['linkedin', 'linked_in', 'linked-in'],
        name: 'linked[-_]?in',
        value: '[a-z0-9]{14}',
        minEntropy: 2.8,
        positive: ['LINKEDIN_CLIENT_ID={d:3}{l:4}{lan:7}', '"linkedinClientId": "{d:2}{l:5}{lan:7}"'],
        negative: ['LINKEDIN_CLIENT_ID={lan:10}', 'linkedin_url = "{l:14}"'],
        allowlist: ['^[a-z]{14}$'],
    }),
    shared_contextual({
        id: 'linkedin-client-secret',
        description: 'LinkedIn OAuth client secret',
        secretType: 'LinkedIn Client Secret',
        provider: 'linkedin',
        keywords: ['linkedin', 'linked_in', 'linked-in'],
        name: 'linked[-_]?in',
        value: '[A-Za-z0-9]{16}',
        minEntropy: 3,
        positive: [
            'LINKEDIN_CLIENT_SECRET={u:2}{d:2}{an:12}',
            'linkedin_client_secret: {l:2}{d:2}{an:12}',
        ],
        negative: ['LINKEDIN_REF={an:12}', 'linkedin_title = "{u:1}{l:7}{u:1}{l:7}"'],
        notWords: true,
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/lob.ts

// Lob API keys (docs.lob.com/#section/Authentication): secret keys `live_` / `test_` + 35 hex,
// publishable keys `live_pub_` / `test_pub_` + 31 hex.
/** Lob secret and publishable API keys. */
const lobDetectors = [
    shared_contextual({
        id: 'lob-api-key',
        description: 'Lob secret API key',
        secretType: 'Lob API Key',
        provider: 'lob',
        keywords: [],
        // 'lob' alone hits every `global` and `blob`: the key's own shape picks the lines.
        trigger: 'live_[a-f0-9]{35}|test_[a-f0-9]{35}',
        name: shared_nameWord('lob'),
        value: '(?:live|test)_[a-f0-9]{35}',
        caseSensitive: true,
        positive: ['LOB_API_KEY=live_{hex:35}', "lobToken: 'test_{hex:35}'"],
        negative: ['LOB_REF=live_{hex:20}', 'global_ref = "live_{hex:35}"'],
    }),
    shared_prefixed({
        id: 'lob-pub-api-key',
        description: 'Lob publishable API key',
        secretType: 'Lob Publishable Key',
        provider: 'lob',
        keywords: ['live_pub_', 'test_pub_'],
        prefix: '(?:live|test)_pub_',
        body: '[a-f0-9]{31}',
        positive: ['LOB_PUBLISHABLE_KEY=live_pub_{hex:31}', 'const lob = Lob("test_pub_{hex:31}");'],
        negative: ['live_pub_{hex:20}', 'test_pub_{hex:31}{l:2}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/looker.ts

// Looker API3 credentials (cloud.google.com/looker/docs/api-auth): client id 20 alphanumerics,
// client secret 24 alphanumerics.
/** Looker API client ids and secrets, recognised by the variable they are assigned to. */
const lookerDetectors = [
    shared_contextual({
        id: 'looker-client-id',
        description: 'Looker API client id',
        secretType: 'Looker Client ID',
        provider: 'looker',
        keywords: ['looker'],
        name: 'looker',
        value: '[A-Za-z0-9]{20}',
        minEntropy: 3,
        positive: ['LOOKERSDK_CLIENT_ID={an:20}', 'looker_client_id: "{an:18}{d:2}"'],
        negative: ['LOOKERSDK_CLIENT_ID={an:12}', 'looker_view = "{u:1}{l:9}{u:1}{l:9}"'],
        notWords: true,
    }),
    shared_contextual({
        id: 'looker-client-secret',
        description: 'Looker API client secret',
        secretType: 'Looker Client Secret',
        provider: 'looker',
        keywords: ['looker'],
        name: 'looker',
        value: '[A-Za-z0-9]{24}',
        minEntropy: 3,
        positive: ['LOOKERSDK_CLIENT_SECRET={an:24}', '"lookerClientSecret": "{an:24}"'],
        negative: ['LOOKER_REF={an:30}', 'looker_model_name = "{l:12}{u:1}{l:11}"'],
        notWords: true,
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/mailgun.ts

// Mailgun keys (documentation.mailgun.com/docs/mailgun/api-reference/authentication): legacy
// private API keys `key-` + 32 hex, public validation keys `pubkey-` + 32 hex, and current API /
// webhook signing keys 32 hex + `-` + 8 hex + `-` + 8 hex.
/** Mailgun private API keys, public validation keys and webhook signing keys. */
const mailgunDetectors = [
    shared_contextual({
        id: 'mailgun-private-api-token',
        description: 'Mailgun private API key (legacy `key-` format)',
        secretType: 'Mailgun API Key',
        provider: 'mailgun',
        keywords: ['mailgun'],
        name: 'mailgun',
        value: 'key-[a-f0-9]{32}',
        positive: ['MAILGUN_API_KEY=key-{hex:32}', "mailgun_api_key: 'key-{hex:32}'"],
        negative: ['MAILGUN_REF=key-{hex:20}', 'MAILGUN_API_KEY=key-{l:32}'],
    }),
    shared_prefixed({
        id: 'mailgun-pub-key',
        description: 'Mailgun public validation key',
        secretType: 'Mailgun Public Key',
        provider: 'mailgun',
        keywords: ['pubkey-'],
        prefix: 'pubkey-',
        body: '[a-f0-9]{32}',
        positive: [
            'MAILGUN_PUBLIC_KEY=pubkey-{hex:32}',
            'const mg = { publicKey: "pubkey-{hex:32}" };',
        ],
        negative: ['pubkey-{hex:20}', 'pubkey-{hex:32}{l:4}'],
    }),
    shared_contextual({
        id: 'mailgun-signing-key',
        description: 'Mailgun API or webhook signing key',
        secretType: 'Mailgun Signing Key',
        provider: 'mailgun',
        keywords: ['mailgun'],
        name: 'mailgun',
        value: '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}',
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'MAILGUN_SIGNING_KEY={hex:32}-{hex:8}-{hex:8}',
            '"mailgunApiKey": "{hex:32}-{hex:8}-{hex:8}"',
        ],
        negative: ['MAILGUN_REF={hex:32}-{hex:8}', 'MAILGUN_DOMAIN={hex:32}-{hex:8}-{hex:8}-{hex:4}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/mapbox.ts

// Mapbox access tokens (docs.mapbox.com/help/dive-deeper/access-tokens/): `pk.` public, `sk.`
// secret or `tk.` temporary, then a base64url JSON payload (`eyJ1Ijoi…`), a dot and 22 more.
/** Mapbox access tokens: by their JSON payload, or any `pk./sk./tk.` shape next to a Mapbox name. */
const mapboxDetectors = [
    shared_prefixed({
        id: 'mapbox-access-token',
        description: 'Mapbox access token',
        secretType: 'Mapbox Access Token',
        provider: 'mapbox',
        keywords: ['pk.eyj', 'sk.eyj', 'tk.eyj'],
        prefix: '[pst]k\\.eyJ',
        body: '[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,30}',
        positive: [
            'MAPBOX_TOKEN=sk.eyJ1Ijoi{b64u:60}.{b64u:22}',
            "mapboxgl.accessToken = 'pk.eyJ1Ijoi{an:50}.{an:22}';",
        ],
        negative: ['pk.eyJ1Ijoi{an:50}', 'pk.eyJ1Ijoi{an:10}.{an:22}'],
    }),
    shared_contextual({
        id: 'mapbox-api-token',
        description: 'Mapbox access token next to a Mapbox name',
        secretType: 'Mapbox Access Token',
        provider: 'mapbox',
        keywords: ['mapbox'],
        name: 'mapbox',
        value: '[pst]k\\.[A-Za-z0-9_-]{40,300}\\.[A-Za-z0-9_-]{20,30}',
        after: '(?![A-Za-z0-9_.-])',
        minEntropy: 3.5,
        positive: ['MAPBOX_ACCESS_TOKEN=pk.{lan:60}.{lan:22}', 'mapbox_token: "sk.{an:70}.{an:22}"'],
        negative: ['MAPBOX_REF=pk.{lan:20}.{lan:22}', 'MAPBOX_STYLE=mapbox.{lan:60}.{lan:22}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/mattermost.ts

// Mattermost personal access / bot tokens (developers.mattermost.com): 26 lower-case alphanumerics.
/** Mattermost access tokens, recognised by the variable they are assigned to. */
const mattermostDetectors = [
    shared_contextual({
        id: 'mattermost-access-token',
        description: 'Mattermost personal access or bot token',
        secretType: 'Mattermost Access Token',
        provider: 'mattermost',
        keywords: ['mattermost'],
        name: 'mattermost',
        value: '[a-z0-9]{26}',
        minEntropy: 3,
        positive: ['MATTERMOST_TOKEN={lan:26}', 'mattermost_bot_token: "{lan:26}"'],
        negative: ['MATTERMOST_REF={lan:20}', 'MATTERMOST_TEAM={l:5}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/maxmind.ts

// MaxMind license keys (dev.maxmind.com/license-key): since 2024, 6 + `_` + 29 alphanumerics
// then the `_mmk` suffix, 40 characters in all.
/** MaxMind GeoIP license keys. */
const maxmindDetectors = [
    shared_prefixed({
        id: 'maxmind-license-key',
        description: 'MaxMind license key',
        secretType: 'MaxMind License Key',
        provider: 'maxmind',
        keywords: ['_mmk'],
        prefix: '',
        body: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk',
        positive: ['MAXMIND_LICENSE_KEY={an:6}_{an:29}_mmk', 'LicenseKey {an:6}_{an:29}_mmk'],
        negative: ['{an:6}_{an:20}_mmk', '{an:6}_{an:29}_mmkx'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/messagebird.ts

// MessageBird (Bird) REST API access keys are 25 alphanumerics (developers.messagebird.com/api/#authentication);
// client / workspace ids are UUIDs.
/** MessageBird access keys and client ids, recognised by the variable they are assigned to. */
const messagebirdDetectors = [
    shared_contextual({
        id: 'messagebird-api-token',
        description: 'MessageBird API access key',
        secretType: 'MessageBird API Key',
        provider: 'messagebird',
        keywords: ['messagebird', 'message-bird', 'message_bird'],
        name: 'message[-_]?bird',
        value: '[A-Za-z0-9]{25}',
        minEntropy: 3,
        positive: ['MESSAGEBIRD_ACCESS_KEY={an:25}', "message_bird_token: '{lan:25}'"],
        negative: ['MESSAGEBIRD_REF={an:20}', 'MESSAGEBIRD_ORIGINATOR={an:30}'],
        notWords: true,
    }),
    shared_contextual({
        id: 'messagebird-client-id',
        description: 'MessageBird client id',
        secretType: 'MessageBird Client ID',
        provider: 'messagebird',
        keywords: ['messagebird', 'message-bird', 'message_bird'],
        name: 'message[-_]?bird',
        value: uuid,
        after: '(?![A-Za-z0-9_-])',
        positive: [
            'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            '"messageBirdClientId": "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
        ],
        negative: [
            'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}',
            'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:14}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/microsoft-teams.ts

// Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors):
// https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>[/<signature>],
// and the retired https://outlook.office.com/webhook/… form.
const id36 = '[A-Za-z0-9-]{36}';
/** Microsoft Teams incoming webhook URLs. */
const microsoftTeamsDetectors = [
    shared_prefixed({
        id: 'microsoft-teams-webhook',
        description: 'Microsoft Teams incoming webhook URL',
        secretType: 'Microsoft Teams Webhook',
        provider: 'microsoft-teams',
        keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
        prefix: '',
        body: '',
        pattern: `(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${id36}@${id36}/IncomingWebhook/[A-Za-z0-9]{32}/${id36}(?:/[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
        positive: [
            'TEAMS_WEBHOOK_URL=https://{l:8}.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'url: "https://outlook.office.com/webhook/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: [
            'https://{l:8}.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/netlify.ts

// Netlify personal access tokens (docs.netlify.com/api/get-started/#authentication): 40-46
// base64url characters, no prefix in the legacy format.
/** Netlify personal access tokens, recognised by the variable they are assigned to. */
const netlifyDetectors = [
    shared_contextual({
        id: 'netlify-access-token',
        description: 'Netlify personal access token',
        secretType: 'Netlify Access Token',
        provider: 'netlify',
        keywords: ['netlify'],
        name: 'netlify',
        value: '[A-Za-z0-9_=-]{40,46}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        positive: ['NETLIFY_AUTH_TOKEN={b64u:43}', 'netlify_token: "{an:40}"'],
        negative: ['NETLIFY_REF={an:30}', 'NETLIFY_SITE_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/newrelic.ts

// New Relic keys (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys): user API keys
// `NRAK-` + 27, Insights insert keys `NRII-` + 32, browser keys `NRJS-` + 19 hex, and 64-character
// REST API ids next to a New Relic name.
const newRelicName = 'new[-_.]?relic';
/** New Relic user API keys, insert keys, browser keys and REST API ids. */
const newRelicDetectors = [
    shared_prefixed({
        id: 'new-relic-user-api-key',
        description: 'New Relic user API key',
        secretType: 'New Relic User API Key',
        provider: 'new-relic',
        keywords: ['nrak-'],
        prefix: 'NRAK-',
        body: '[A-Za-z0-9]{27}',
        positive: ['NEW_RELIC_API_KEY=NRAK-{uan:27}', '"apiKey": "NRAK-{uan:27}"'],
        negative: ['NRAK-{uan:20}', 'NRAK-{uan:29}'],
    }),
    shared_prefixed({
        id: 'new-relic-insert-key',
        description: 'New Relic Insights insert key',
        secretType: 'New Relic Insert Key',
        provider: 'new-relic',
        keywords: ['nrii-'],
        prefix: 'NRII-',
        body: '[A-Za-z0-9_-]{32}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])',
        positive: ['NEW_RELIC_INSERT_KEY=NRII-{b64u:32}', "insert_key: 'NRII-{hex:32}'"],
        negative: ['NRII-{hex:20}', 'NRII-{hex:40}'],
    }),
    shared_prefixed({
        id: 'new-relic-browser-api-token',
        description: 'New Relic browser monitoring key',
        secretType: 'New Relic Browser Key',
        provider: 'new-relic',
        keywords: ['nrjs-'],
        prefix: 'NRJS-',
        body: '[a-f0-9]{19}',
        positive: [
            'NEW_RELIC_BROWSER_KEY=NRJS-{hex:19}',
            'licenseKey:"NRJS-{hex:19}",applicationID:"{d:9}"',
        ],
        negative: ['NRJS-{hex:12}', 'NRJS-{hex:25}'],
    }),
    shared_contextual({
        id: 'new-relic-user-api-id',
        description: 'New Relic REST API id / key (64 characters)',
        secretType: 'New Relic API Key',
        provider: 'new-relic',
        keywords: ['newrelic', 'new-relic', 'new_relic', 'new.relic'],
        name: newRelicName,
        value: '[A-Za-z0-9]{64}',
        minEntropy: 3.5,
        positive: ['NEW_RELIC_REST_KEY={lan:64}', 'newrelic_api_id: "{an:64}"'],
        negative: ['NEW_RELIC_REF={lan:50}', 'NEW_RELIC_REF={lan:70}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/notion.ts

// Notion integration tokens (developers.notion.com/docs/authorization): `ntn_` + 11 digits + 35
// alphanumerics since 2024; the earlier internal integration secrets are `secret_` + 43.
/** Notion integration tokens, current and legacy. */
const notionDetectors = [
    shared_prefixed({
        id: 'notion-api-token',
        description: 'Notion integration token',
        secretType: 'Notion API Token',
        provider: 'notion',
        keywords: ['ntn_'],
        prefix: 'ntn_',
        body: '[0-9]{11}[A-Za-z0-9]{35}',
        positive: [
            'NOTION_TOKEN=ntn_{d:11}{an:35}',
            'const notion = new Client({ auth: "ntn_{d:11}{an:35}" });',
        ],
        negative: ['ntn_{d:11}', 'ntn_{d:11}{an:10}', 'ntn_{d:11}{an:45}'],
    }),
    shared_contextual({
        id: 'notion-legacy-api-token',
        description: 'Notion internal integration secret (legacy `secret_` format)',
        secretType: 'Notion API Token',
        provider: 'notion',
        keywords: ['notion'],
        name: 'notion',
        value: 'secret_[A-Za-z0-9]{43}',
        minEntropy: 3.5,
        positive: ['NOTION_API_KEY=secret_{an:43}', "notion_token: 'secret_{an:43}'"],
        negative: ['NOTION_REF=secret_{an:20}', 'NOTION_DB=secret_{an:50}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/nytimes.ts

// New York Times developer API keys (developer.nytimes.com/get-started): 32 alphanumerics.
/** New York Times API keys, recognised by the variable they are assigned to. */
const nytimesDetectors = [
    shared_contextual({
        id: 'nytimes-access-token',
        description: 'New York Times API key',
        secretType: 'New York Times API Key',
        provider: 'nytimes',
        keywords: ['nytimes', 'new-york-times', 'new_york_times', 'newyorktimes'],
        name: 'nytimes|new[-_]?york[-_]?times',
        value: '[A-Za-z0-9_=-]{32}',
        after: '(?![A-Za-z0-9_=-])',
        minEntropy: 3.5,
        positive: ['NYTIMES_API_KEY={an:32}', '"nytimesKey": "{lan:32}"'],
        negative: ['NYTIMES_REF={an:20}', 'NYTIMES_SECTION={an:40}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/octopus.ts

// Octopus Deploy API keys (octopus.com/docs/octopus-rest-api/how-to-create-an-api-key): `API-` + 26
// upper-case alphanumerics (older keys), the form the CLI and Terraform provider accept.
/** Octopus Deploy API keys. */
const octopusDetectors = [
    shared_prefixed({
        id: 'octopus-deploy-api-key',
        description: 'Octopus Deploy API key',
        secretType: 'Octopus Deploy API Key',
        provider: 'octopus-deploy',
        keywords: ['api-'],
        prefix: 'API-',
        body: '[A-Z0-9]{26}',
        pattern: '(?<![A-Za-z0-9_./-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_.-])',
        positive: ['OCTOPUS_API_KEY=API-{uan:26}', 'octopus_api_key = "API-{uan:26}"'],
        negative: ['API-{uan:20}', 'GSSAPI-{uan:26}', 'https://{l:8}.notion.site/API-{HEX:32}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/okta.ts

// Okta API tokens (developer.okta.com/docs/guides/create-an-api-token/): 42 characters
// starting `00`, sent as `Authorization: SSWS <token>`.
/** Okta API tokens, recognised by the variable they are assigned to. */
const oktaDetectors = [
    shared_contextual({
        id: 'okta-access-token',
        description: 'Okta API token',
        secretType: 'Okta API Token',
        provider: 'okta',
        keywords: ['okta'],
        name: shared_nameWord('okta'),
        value: '00[A-Za-z0-9_-]{40}',
        after: '(?![A-Za-z0-9_-])',
        caseSensitive: true,
        minEntropy: 3.5,
        positive: ['OKTA_API_TOKEN=00{b64u:40}', 'var OktaApiToken = "00{an:40}";'],
        negative: ['OKTA_REF=00{an:30}', 'rookTable = 00{an:40}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/openrouter.ts

// OpenRouter API keys (openrouter.ai/keys): `sk-or-v1-` then 64 hex characters.
/** OpenRouter API keys. */
const openrouterDetectors = [
    shared_prefixed({
        id: 'openrouter-api-key',
        description: 'OpenRouter API key',
        secretType: 'OpenRouter API Key',
        provider: 'openrouter',
        keywords: ['sk-or-v1-'],
        prefix: 'sk-or-v1-',
        body: '[a-f0-9]{64}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])',
        positive: ['OPENROUTER_API_KEY=sk-or-v1-{hex:64}', 'api_key="sk-or-v1-{hex:64}",'],
        negative: ['sk-or-v1-{hex:40}', 'sk-or-v1-{hex:64}-{hex:4}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/openshift.ts

// OpenShift OAuth access tokens (docs.openshift.com, "Token format"): `sha256~` + 43 base64url.
/** OpenShift user / OAuth access tokens. */
const openshiftDetectors = [
    shared_prefixed({
        id: 'openshift-user-token',
        description: 'OpenShift OAuth access token',
        secretType: 'OpenShift User Token',
        provider: 'openshift',
        keywords: ['sha256~'],
        prefix: 'sha256~',
        body: '[A-Za-z0-9_-]{43}',
        pattern: '(?<![A-Za-z0-9_-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])',
        positive: [
            'oc login --token=sha256~{b64u:43} --server=https://api.{l:6}.example:6443',
            'OPENSHIFT_TOKEN="sha256~{an:43}"',
        ],
        negative: ['sha256~{an:30}', 'sha256~{an:50}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-g-o/index.ts


































/** Detectors of this group, in registry order. */
const providers_g_o_detectors = [
    ...googleDetectors,
    ...gitterDetectors,
    ...gocardlessDetectors,
    ...grafanaDetectors,
    ...groqDetectors,
    ...harnessDetectors,
    ...hashicorpDetectors,
    ...herokuDetectors,
    ...hubspotDetectors,
    ...huggingfaceDetectors,
    ...infracostDetectors,
    ...intercomDetectors,
    ...intra42Detectors,
    ...krakenDetectors,
    ...kucoinDetectors,
    ...launchdarklyDetectors,
    ...linearDetectors,
    ...linkedinDetectors,
    ...lobDetectors,
    ...lookerDetectors,
    ...mailgunDetectors,
    ...mapboxDetectors,
    ...mattermostDetectors,
    ...maxmindDetectors,
    ...messagebirdDetectors,
    ...microsoftTeamsDetectors,
    ...netlifyDetectors,
    ...newRelicDetectors,
    ...notionDetectors,
    ...nytimesDetectors,
    ...octopusDetectors,
    ...oktaDetectors,
    ...openrouterDetectors,
    ...openshiftDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/perplexity.ts

// Perplexity API keys: `pplx-` then 48 base62 characters (https://docs.perplexity.ai/guides/getting-started).
/** Perplexity API key. */
const perplexityDetectors = [
    {
        id: 'perplexity-api-key',
        description: 'Perplexity API key',
        secretType: 'Perplexity API Key',
        provider: 'perplexity',
        strength: 'prefixed',
        keywords: ['pplx-'],
        pattern: prefixedTokenPattern('pplx-', '[A-Za-z0-9]{48}'),
        examples: {
            positive: ['PERPLEXITY_API_KEY=pplx-{an:48}', 'client = Perplexity(api_key="pplx-{an:48}")'],
            negative: ['pplx-{an:30}', 'xpplx-{an:48}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/helpers.ts


/** Builds a contextual detector: a value assigned to a name that mentions the provider. */
function contextualDetector(spec) {
    return {
        id: spec.id,
        description: spec.description,
        secretType: spec.secretType ?? spec.description,
        provider: spec.provider,
        strength: 'contextual',
        keywords: spec.keywords,
        contextLines: 1,
        ...(spec.minEntropy !== undefined && { minEntropy: spec.minEntropy }),
        ...(spec.allowlist !== undefined && { allowlist: spec.allowlist }),
        pattern: assignedSecretPattern(spec.name, spec.value, spec.after),
        examples: { positive: spec.positive, negative: spec.negative },
    };
}

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/pinecone.ts

// Pinecone API keys (https://docs.pinecone.io/guides/projects/manage-api-keys): current keys start
// with `pcsk_` (a short key id, `_`, then the secret); older keys were UUIDs.
/** Pinecone API keys, prefixed or legacy UUID assigned to a pinecone name. */
const pineconeDetectors = [
    {
        id: 'pinecone-api-key',
        description: 'Pinecone API key',
        secretType: 'Pinecone API Key',
        provider: 'pinecone',
        strength: 'prefixed',
        keywords: ['pcsk_'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,12}_[A-Za-z0-9]{40,90})(?![A-Za-z0-9_])',
        examples: {
            positive: [
                'PINECONE_API_KEY=pcsk_{an:6}_{an:63}',
                'pc = Pinecone(api_key="pcsk_{an:5}_{an:64}")',
            ],
            negative: ['pcsk_{an:6}', 'pcsk_{an:6}_{an:20}'],
        },
    },
    contextualDetector({
        id: 'pinecone-legacy-api-key',
        description: 'Pinecone API key (legacy UUID format)',
        secretType: 'Pinecone API Key',
        provider: 'pinecone',
        name: anyCase('pinecone'),
        value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['pinecone'],
        positive: [
            'PINECONE_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'pinecone:\n  pinecone_api_key: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: ['PINECONE_ENVIRONMENT=us-west1-gcp', 'PINECONE_INDEX=docs-{hex:8}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/plaid.ts

// Plaid keys (https://plaid.com/docs/api/#api-access, https://plaid.com/docs/api/tokens/):
// client_id is 24 hex characters, secrets are 30 hex characters, and access tokens are
// `access-<environment>-<UUID>`.
const plaid = anyCase('plaid');
/** Plaid access tokens, client ids and secrets. */
const plaidDetectors = [
    {
        id: 'plaid-api-token',
        description: 'Plaid access token',
        secretType: 'Plaid Access Token',
        provider: 'plaid',
        strength: 'prefixed',
        keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'PLAID_ACCESS_TOKEN=access-sandbox-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                '{"access_token": "access-production-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"}',
            ],
            negative: [
                'token = "access-staging-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
                'public_token = "public-sandbox-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
            ],
        },
    },
    contextualDetector({
        id: 'plaid-client-id',
        description: 'Plaid client id',
        provider: 'plaid',
        name: plaid,
        value: '[A-Za-z0-9]{24}',
        keywords: ['plaid'],
        minEntropy: 3,
        positive: ['PLAID_CLIENT_ID={hex:24}', 'plaid_client_id: "{hex:24}"'],
        negative: ['PLAID_CLIENT_ID={hex:20}', 'PLAID_ENV=sandbox'],
    }),
    contextualDetector({
        id: 'plaid-secret-key',
        description: 'Plaid secret key',
        provider: 'plaid',
        name: plaid,
        value: '[A-Za-z0-9]{30}',
        keywords: ['plaid'],
        minEntropy: 3,
        positive: ['PLAID_SECRET={hex:30}', 'const plaidSecret = "{hex:30}";'],
        negative: ['plaid_ref: {hex:29}', 'PLAID_SECRET=${PLAID_SECRET}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/planetscale.ts
// PlanetScale service tokens, OAuth tokens and database passwords carry `pscale_tkn_`,
// `pscale_oauth_` and `pscale_pw_` prefixes (https://planetscale.com/docs/concepts/service-tokens,
// https://planetscale.com/docs/concepts/connection-strings).
const planetscale_token = (kind, prefix, description, env) => ({
    id: `planetscale-${kind}`,
    description,
    secretType: 'PlanetScale Token',
    provider: 'planetscale',
    strength: 'prefixed',
    keywords: [prefix],
    pattern: `(?<![A-Za-z0-9_.-])(?<secret>${prefix}[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])`,
    examples: {
        positive: [`${env}=${prefix}{b64u:43}`, `password: "${prefix}{an:32}"`],
        negative: [`${prefix}{an:20}`, `x${prefix}{an:43}`],
    },
});
/** PlanetScale service tokens, OAuth tokens and passwords. */
const planetscaleDetectors = [
    planetscale_token('api-token', 'pscale_tkn_', 'PlanetScale service token', 'PLANETSCALE_SERVICE_TOKEN'),
    planetscale_token('oauth-token', 'pscale_oauth_', 'PlanetScale OAuth token', 'PLANETSCALE_OAUTH_TOKEN'),
    planetscale_token('password', 'pscale_pw_', 'PlanetScale database password', 'DATABASE_PASSWORD'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/posthog.ts

// PostHog personal API keys start with `phx_` (https://posthog.com/docs/api/personal-api-keys); project
// keys (`phc_`) are public by design and are not flagged.
/** PostHog personal API key. */
const posthogDetectors = [
    {
        id: 'posthog-personal-api-key',
        description: 'PostHog personal API key',
        secretType: 'PostHog Personal API Key',
        provider: 'posthog',
        strength: 'prefixed',
        keywords: ['phx_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('phx_', '[A-Za-z0-9]{30,60}'),
        examples: {
            positive: ['POSTHOG_PERSONAL_API_KEY=phx_{an:43}', "-H 'Authorization: Bearer phx_{an:47}'"],
            negative: ['phx_xyz789', 'NEXT_PUBLIC_POSTHOG_KEY=phc_{an:43}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/postman.ts

// Postman API keys: `PMAK-` then 24 hex, a dash and 34 hex (https://learning.postman.com/docs/developer/postman-api/authentication/).
/** Postman API key. */
const postmanDetectors = [
    {
        id: 'postman-api-token',
        description: 'Postman API key',
        secretType: 'Postman API Key',
        provider: 'postman',
        strength: 'prefixed',
        keywords: ['pmak-'],
        pattern: prefixedTokenPattern('PMAK-', '[a-fA-F0-9]{24}-[a-fA-F0-9]{34}'),
        examples: {
            positive: [
                'POSTMAN_API_KEY=PMAK-{hex:24}-{hex:34}',
                "headers = {'X-Api-Key': 'PMAK-{hex:24}-{hex:34}'}",
            ],
            negative: ['PMAK-{hex:24}', 'PMAK-{hex:24}-{hex:20}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/postmark.ts

// Postmark server and account tokens are UUIDs, sent as X-Postmark-Server-Token /
// X-Postmark-Account-Token (https://postmarkapp.com/developer/api/overview#authentication).
/** Postmark server or account API token, recognised by its variable or header name. */
const postmarkDetectors = [
    contextualDetector({
        id: 'postmark-api-token',
        description: 'Postmark server or account API token',
        provider: 'postmark',
        name: anyCase('postmark'),
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['postmark'],
        positive: [
            'POSTMARK_SERVER_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'X-Postmark-Server-Token: {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        ],
        negative: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', 'POSTMARK_MESSAGE_STREAM=outbound'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/prefect.ts

// Prefect Cloud API keys: `pnu_` (user) or `pnb_` (service account) then 36 base62 characters
// (https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys).
/** Prefect Cloud API key. */
const prefectDetectors = [
    {
        id: 'prefect-api-token',
        description: 'Prefect Cloud API key',
        secretType: 'Prefect API Key',
        provider: 'prefect',
        strength: 'prefixed',
        keywords: ['pnu_', 'pnb_'],
        pattern: prefixedTokenPattern('pn[ub]_', '[A-Za-z0-9]{36}'),
        examples: {
            positive: ['PREFECT_API_KEY=pnu_{an:36}', 'prefect cloud login --key "pnb_{an:36}"'],
            negative: ['pnu_{an:20}', 'pnx_{an:36}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/privateai.ts

// Private AI API keys are 32 lower-case alphanumerics with no prefix (https://docs.private-ai.com/).
/** Private AI API key, recognised by its variable name. */
const privateaiDetectors = [
    contextualDetector({
        id: 'privateai-api-token',
        description: 'Private AI API key',
        provider: 'privateai',
        name: `${anyCase('private')}[_-]?${anyCase('ai')}`,
        value: '[A-Za-z0-9]{32}',
        keywords: ['privateai', 'private_ai', 'private-ai'],
        minEntropy: 3.2,
        positive: ['PRIVATEAI_API_KEY={lan:32}', 'private_ai_token: "{lan:32}"'],
        negative: [
            'privateai_ref: {lan:16}',
            'const privateaiToken = "abcdabcdabcdabcdabcdabcdabcdabcd";',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/pulumi.ts

// Pulumi Cloud access tokens: `pul-` then 40 hex characters (https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/).
/** Pulumi access token. */
const pulumiDetectors = [
    {
        id: 'pulumi-api-token',
        description: 'Pulumi Cloud access token',
        secretType: 'Pulumi Access Token',
        provider: 'pulumi',
        strength: 'prefixed',
        keywords: ['pul-'],
        pattern: prefixedTokenPattern('pul-', '[a-f0-9]{40}'),
        examples: {
            positive: ['PULUMI_ACCESS_TOKEN=pul-{hex:40}', 'env:\n  PULUMI_ACCESS_TOKEN: "pul-{hex:40}"'],
            negative: ['pul-{hex:39}', '<img src="avatars/vipul-{hex:40}.png">'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/rapidapi.ts

// RapidAPI application keys are 50 characters with no prefix, sent as `X-RapidAPI-Key`
// (https://docs.rapidapi.com/docs/keys-and-key-rotation).
/** RapidAPI key, recognised by its variable or header name. */
const rapidapiDetectors = [
    contextualDetector({
        id: 'rapidapi-access-token',
        description: 'RapidAPI key',
        provider: 'rapidapi',
        name: `${anyCase('rapid')}[_-]?${anyCase('api')}`,
        value: '[A-Za-z0-9_-]{50}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
        minEntropy: 3.5,
        positive: ['RAPIDAPI_KEY={an:50}', "headers = {'X-RapidAPI-Key': '{an:50}'}"],
        negative: ['rapidapi_ref: {an:40}', "'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com'"],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/readme.ts

// ReadMe API keys: `rdme_` then 70 lower-case alphanumerics (https://docs.readme.com/main/reference/intro/authentication).
/** ReadMe API key. */
const readmeDetectors = [
    {
        id: 'readme-api-token',
        description: 'ReadMe API key',
        secretType: 'ReadMe API Key',
        provider: 'readme',
        strength: 'prefixed',
        keywords: ['rdme_'],
        pattern: prefixedTokenPattern('rdme_', '[a-z0-9]{70}'),
        examples: {
            positive: ['README_API_KEY=rdme_{lan:70}', "const API_KEY = 'rdme_{lan:70}';"],
            negative: ['rdme_{lan:40}', 'rdme_{lan:71}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/render.ts

// Render API keys start with `rnd_` followed by base62 characters (https://render.com/docs/api#1-create-an-api-key).
/** Render API key. */
const renderDetectors = [
    {
        id: 'render-api-key',
        description: 'Render API key',
        secretType: 'Render API Key',
        provider: 'render',
        strength: 'prefixed',
        keywords: ['rnd_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('rnd_', '[A-Za-z0-9]{24,40}'),
        examples: {
            positive: [
                'RENDER_API_KEY=rnd_{an:24}',
                'curl -H "Authorization: Bearer rnd_{an:32}" https://api.render.com/v1/services',
            ],
            negative: ['rnd_{an:12}', 'rnd_{an:41}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/replicate.ts

// Replicate API tokens are 40-character strings that start with `r8_` (https://replicate.com/docs/topics/security/api-tokens).
/** Replicate API token. */
const replicateDetectors = [
    {
        id: 'replicate-api-token',
        description: 'Replicate API token',
        secretType: 'Replicate API Token',
        provider: 'replicate',
        strength: 'prefixed',
        keywords: ['r8_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('r8_', '[A-Za-z0-9]{37}'),
        examples: {
            positive: [
                'REPLICATE_API_TOKEN=r8_{an:37}',
                "client = replicate.Client(api_token='r8_{an:37}')",
            ],
            negative: ['r8_{an:20}', 'r8_{an:38}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/resend.ts

// Resend API keys start with `re_` (https://resend.com/docs/dashboard/api-keys/introduction): a short
// key id, an underscore and the secret part.
/** Resend API key. */
const resendDetectors = [
    {
        id: 'resend-api-key',
        description: 'Resend API key',
        secretType: 'Resend API Key',
        provider: 'resend',
        strength: 'prefixed',
        // The key's shape up to its secret's first twenty characters: `re_` alone picks every
        // `require_…` and `compare_…` in bundled JavaScript.
        keywords: [],
        trigger: 're_[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20}',
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('re_', '[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20,32}'),
        examples: {
            positive: [
                'RESEND_API_KEY=re_{an:8}_{an:24}',
                "const resend = new Resend('re_{an:8}_{an:24}');",
            ],
            negative: ['re_123', 'ignore_{an:8}_{an:24}', 're_{an:8}_{an:10}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/riotgames.ts
// Riot Games API keys: `RGAPI-` followed by a UUID (https://developer.riotgames.com/docs/portal).
/** Riot Games developer or production API key. */
const riotgamesDetectors = [
    {
        id: 'riotgames-api-key',
        description: 'Riot Games API key',
        secretType: 'Riot Games API Key',
        provider: 'riotgames',
        strength: 'prefixed',
        keywords: ['rgapi-'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'RIOT_API_KEY=RGAPI-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
                "headers = {'X-Riot-Token': 'RGAPI-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'}",
            ],
            negative: [
                'RGAPI-{hex:8}-{hex:4}',
                'RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/rubygems.ts

// RubyGems.org API keys: `rubygems_` then 48 hex characters (https://guides.rubygems.org/api-key-scopes/).
/** RubyGems API key. */
const rubygemsDetectors = [
    {
        id: 'rubygems-api-token',
        description: 'RubyGems API key',
        secretType: 'RubyGems API Key',
        provider: 'rubygems',
        strength: 'prefixed',
        keywords: ['rubygems_'],
        pattern: prefixedTokenPattern('rubygems_', '[a-f0-9]{48}'),
        examples: {
            positive: ['GEM_HOST_API_KEY=rubygems_{hex:48}', '---\n:rubygems_api_key: rubygems_{hex:48}'],
            negative: ['GEM_HOST_API_KEY=rubygems_{hex:40}', 'rubygems_{hex:48}x'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/scalingo.ts
// Scalingo API tokens: `tk-us-` then 48 URL-safe characters (https://doc.scalingo.com/platform/cli/login).
/** Scalingo API token. */
const scalingoDetectors = [
    {
        id: 'scalingo-api-token',
        description: 'Scalingo API token',
        secretType: 'Scalingo API Token',
        provider: 'scalingo',
        strength: 'prefixed',
        keywords: ['tk-us-'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['SCALINGO_API_TOKEN=tk-us-{b64u:48}', 'scalingo_api_token = "tk-us-{an:48}"'],
            negative: ['SCALINGO_API_TOKEN=tk-us-{an:30}', 'tk-us-{an:49}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sendbird.ts

// Sendbird application ids are UUIDs and API tokens are 40 hex characters, neither prefixed
// (https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api).
const sendbird = anyCase('sendbird');
/** Sendbird application id and API token, recognised by their variable names. */
const sendbirdDetectors = [
    contextualDetector({
        id: 'sendbird-access-id',
        description: 'Sendbird application id',
        provider: 'sendbird',
        name: sendbird,
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['sendbird'],
        positive: [
            'SENDBIRD_APP_ID={HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}',
            'sendbirdAppId: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: ['SENDBIRD_APP_ID={HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}'],
    }),
    contextualDetector({
        id: 'sendbird-access-token',
        description: 'Sendbird API token',
        provider: 'sendbird',
        name: sendbird,
        value: '[a-f0-9]{40}',
        keywords: ['sendbird'],
        minEntropy: 3,
        positive: ['SENDBIRD_API_TOKEN={hex:40}', 'sendbird_api_token: "{hex:40}"'],
        negative: ['sendbird_ref: {hex:32}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sendinblue.ts

// Brevo (formerly Sendinblue) keys: `xkeysib-` (API v3) or `xsmtpsib-` (SMTP) then 64 hex, a dash
// and 16 alphanumerics (https://developers.brevo.com/docs/getting-started).
/** Brevo / Sendinblue API and SMTP keys. */
const sendinblueDetectors = [
    {
        id: 'sendinblue-api-token',
        description: 'Brevo (Sendinblue) API key',
        secretType: 'Sendinblue API Key',
        provider: 'sendinblue',
        strength: 'prefixed',
        keywords: ['xkeysib-'],
        pattern: prefixedTokenPattern('xkeysib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
        examples: {
            positive: [
                'BREVO_API_KEY=xkeysib-{hex:64}-{an:16}',
                "configuration.apiKey['api-key'] = 'xkeysib-{hex:64}-{an:16}'",
            ],
            negative: ['xkeysib-{hex:64}', 'xkeysib-{hex:60}-{an:16}'],
        },
    },
    {
        id: 'sendinblue-smtp-key',
        description: 'Brevo (Sendinblue) SMTP key',
        secretType: 'Sendinblue SMTP Key',
        provider: 'sendinblue',
        strength: 'prefixed',
        keywords: ['xsmtpsib-'],
        pattern: prefixedTokenPattern('xsmtpsib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
        examples: {
            positive: [
                'SMTP_PASSWORD=xsmtpsib-{hex:64}-{an:16}',
                'smtp:\n  password: "xsmtpsib-{hex:64}-{an:16}"',
            ],
            negative: ['xsmtpsib-{hex:64}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sentry.ts


// Sentry auth tokens (https://docs.sentry.io/account/auth-tokens/): organization tokens are
// `sntrys_` + base64 JSON claims (`eyJ…`) + `_` + a 43-character secret; user tokens are `sntryu_`
// + 64 hex; tokens made before the prefixes were 64 hex characters.
/** Sentry organization, user and legacy auth tokens. */
const sentryDetectors = [
    {
        id: 'sentry-org-token',
        description: 'Sentry organization auth token',
        secretType: 'Sentry Token',
        provider: 'sentry',
        strength: 'prefixed',
        keywords: ['sntrys_'],
        pattern: '(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])',
        examples: {
            positive: [
                'SENTRY_AUTH_TOKEN=sntrys_eyJ{b64:120}_{b64:43}',
                'auth:\n  token: "sntrys_eyJ{an:150}==_{an:43}"',
            ],
            negative: [
                'SENTRY_AUTH_TOKEN=sntrys_{an:120}_{an:43}',
                'sntrys_eyJ{an:120}_{an:42}',
                'sntrys_eyJ{an:120}_{an:44}',
            ],
        },
    },
    {
        id: 'sentry-user-token',
        description: 'Sentry user auth token',
        secretType: 'Sentry Token',
        provider: 'sentry',
        strength: 'prefixed',
        keywords: ['sntryu_'],
        pattern: prefixedTokenPattern('sntryu_', '[a-f0-9]{64}'),
        examples: {
            positive: ['SENTRY_AUTH_TOKEN=sntryu_{hex:64}', 'export SENTRY_AUTH_TOKEN="sntryu_{hex:64}"'],
            negative: ['SENTRY_AUTH_TOKEN=sntryu_{hex:63}', 'sntryu_{hex:65}'],
        },
    },
    contextualDetector({
        id: 'sentry-access-token',
        description: 'Sentry auth token (legacy, unprefixed)',
        secretType: 'Sentry Token',
        provider: 'sentry',
        name: anyCase('sentry'),
        value: '[a-f0-9]{64}',
        keywords: ['sentry'],
        minEntropy: 3,
        positive: ['SENTRY_AUTH_TOKEN={hex:64}', '[auth]\nsentry_token = {hex:64}'],
        negative: [
            'sentry_release: {hex:40}',
            'SENTRY_DSN=https://{hex:32}@o{d:6}.ingest.sentry.io/{d:7}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/settlemint.ts

// SettleMint access tokens: `sm_pat_` (personal), `sm_aat_` (application) and `sm_sat_` (service)
// then 16 alphanumerics (https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens).
const settlemint_token = (kind, prefix, description) => ({
    id: `settlemint-${kind}`,
    description,
    secretType: 'SettleMint Access Token',
    provider: 'settlemint',
    strength: 'prefixed',
    keywords: [prefix],
    pattern: prefixedTokenPattern(prefix, '[A-Za-z0-9]{16}'),
    examples: {
        positive: [
            `SETTLEMINT_ACCESS_TOKEN=${prefix}{lan:16}`,
            `settlemintToken := "${prefix}{an:16}"`,
        ],
        negative: [`SETTLEMINT_ACCESS_TOKEN=${prefix}{lan:10}`, `nonMatchingToken := "{lan:16}"`],
    },
});
/** SettleMint personal, application and service access tokens. */
const settlemintDetectors = [
    settlemint_token('application-access-token', 'sm_aat_', 'SettleMint application access token'),
    settlemint_token('personal-access-token', 'sm_pat_', 'SettleMint personal access token'),
    settlemint_token('service-access-token', 'sm_sat_', 'SettleMint service access token'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/shippo.ts

// Shippo API tokens: `shippo_live_` or `shippo_test_` then 40 hex (https://docs.goshippo.com/docs/guides_general/authentication/).
/** Shippo live and test API tokens. */
const shippoDetectors = [
    {
        id: 'shippo-api-token',
        description: 'Shippo API token',
        secretType: 'Shippo API Token',
        provider: 'shippo',
        strength: 'prefixed',
        keywords: ['shippo_live_', 'shippo_test_'],
        pattern: prefixedTokenPattern('shippo_(?:live|test)_', '[a-fA-F0-9]{40}'),
        examples: {
            positive: [
                'SHIPPO_API_KEY=shippo_live_{hex:40}',
                "shippo.config.api_key = 'shippo_test_{hex:40}'",
            ],
            negative: ['shippo_live_{hex:32}', 'shippo_prod_{hex:40}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/shopify.ts

// Shopify tokens: a kind prefix then 32 hex characters
// (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens).
const shopify_token = (kind, prefix, description, env) => ({
    id: `shopify-${kind}`,
    description,
    secretType: 'Shopify Token',
    provider: 'shopify',
    strength: 'prefixed',
    keywords: [prefix],
    pattern: prefixedTokenPattern(prefix, '[a-fA-F0-9]{32}'),
    examples: {
        positive: [`${env}=${prefix}{hex:32}`, `shopify:\n  token: "${prefix}{hex:32}"`],
        negative: [`${env}=${prefix}{hex:31}`, `${env}=${prefix}{an:32}g`],
    },
});
/** Shopify Admin API, custom app, private app tokens and app shared secrets. */
const shopifyDetectors = [
    shopify_token('access-token', 'shpat_', 'Shopify Admin API access token', 'SHOPIFY_ACCESS_TOKEN'),
    shopify_token('custom-access-token', 'shpca_', 'Shopify custom app access token', 'SHOPIFY_ACCESS_TOKEN'),
    shopify_token('private-app-access-token', 'shppa_', 'Shopify private app access token', 'SHOPIFY_PASSWORD'),
    shopify_token('shared-secret', 'shpss_', 'Shopify app shared secret', 'SHOPIFY_API_SECRET'),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sidekiq.ts

// Sidekiq Pro/Enterprise gem server credentials are `<8 hex>:<8 hex>`, given to Bundler as
// BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or inside the source URL
// (Sidekiq Pro/Enterprise installation notes in the Sidekiq wiki).
/** Sidekiq Pro/Enterprise license credentials, as a Bundler variable or inside a gem source URL. */
const sidekiqDetectors = [
    contextualDetector({
        id: 'sidekiq-secret',
        description: 'Sidekiq Pro/Enterprise license credentials',
        provider: 'sidekiq',
        name: `${anyCase('bundle_')}(?:${anyCase('enterprise')}|${anyCase('gems')})${anyCase('__contribsys__com')}`,
        value: '[a-fA-F0-9]{8}:[a-fA-F0-9]{8}',
        keywords: ['contribsys'],
        positive: [
            'export BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}:{hex:8}',
            'BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "{hex:8}:{hex:8}"',
        ],
        negative: [
            'BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}',
            'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
        ],
    }),
    {
        // Anchored on the provider's own host, so it ranks with prefixed detectors and wins over the
        // generic URL-credentials detector on the same span.
        id: 'sidekiq-sensitive-url',
        description: 'Sidekiq Pro/Enterprise gem source URL with credentials',
        secretType: 'Sidekiq Secret',
        provider: 'sidekiq',
        strength: 'prefixed',
        keywords: ['contribsys.com'],
        pattern: '(?<![A-Za-z0-9_])https?://(?<secret>[a-fA-F0-9]{8}:[a-fA-F0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])',
        flags: 'i',
        examples: {
            positive: [
                "source 'https://{hex:8}:{hex:8}@gems.contribsys.com/' do",
                'SIDEKIQ_URL=http://{hex:8}:{hex:8}@enterprise.contribsys.com:80/path',
            ],
            negative: [
                "source 'https://gems.contribsys.com/' do",
                'https://{hex:8}@gems.contribsys.com/',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/snyk.ts

// Snyk API tokens are UUIDs with no prefix (https://docs.snyk.io/snyk-api/authentication-for-api).
/** Snyk API token, recognised by its variable name. */
const snykDetectors = [
    contextualDetector({
        id: 'snyk-api-token',
        description: 'Snyk API token',
        provider: 'snyk',
        name: anyCase('snyk'),
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['snyk'],
        positive: [
            'SNYK_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            'snyk auth:\n  snyk_api_key: "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
        ],
        negative: ['SNYK_ORG_SLUG=my-org', 'snyk_ref: {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:11}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sonar.ts


// SonarQube / SonarCloud tokens are 40 hex characters; since SonarQube 9.5 they carry `squ_`
// (user), `sqp_` (project analysis) or `sqa_` (global analysis)
// (https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/).
/** SonarQube / SonarCloud tokens, prefixed or assigned to a sonar name. */
const sonarDetectors = [
    {
        id: 'sonar-prefixed-token',
        description: 'SonarQube user, project or global analysis token',
        secretType: 'SonarQube Token',
        provider: 'sonar',
        strength: 'prefixed',
        keywords: ['squ_', 'sqp_', 'sqa_'],
        pattern: prefixedTokenPattern('sq[upa]_', '[a-fA-F0-9]{40}'),
        examples: {
            positive: ['SONAR_TOKEN=squ_{hex:40}', 'sonar.token=sqp_{hex:40}', 'token: "sqa_{hex:40}"'],
            negative: ['squ_{hex:32}', 'sqx_{hex:40}'],
        },
    },
    contextualDetector({
        id: 'sonar-api-token',
        description: 'SonarQube / SonarCloud token (unprefixed)',
        secretType: 'SonarQube Token',
        provider: 'sonar',
        name: anyCase('sonar'),
        value: '(?:sq[upa]_)?[A-Za-z0-9]{40}',
        keywords: ['sonar'],
        minEntropy: 3,
        positive: ['SONAR_TOKEN={hex:40}', 'sonar.login={hex:40}', 'SONAR_TOKEN=squ_{an:39}G'],
        negative: ['sonar_ref: {hex:32}', 'sonar.projectKey=my-project'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sourcegraph.ts


// Sourcegraph access tokens (https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token):
// `sgp_` + optional 16-hex instance id or `local` + `_` + 40 hex; older tokens are 40 hex alone.
const sourcegraph = anyCase('sourcegraph');
/** Sourcegraph access tokens, prefixed or legacy. */
const sourcegraphDetectors = [
    {
        id: 'sourcegraph-access-token',
        description: 'Sourcegraph access token',
        secretType: 'Sourcegraph Access Token',
        provider: 'sourcegraph',
        strength: 'prefixed',
        keywords: ['sgp_'],
        pattern: prefixedTokenPattern('sgp_', '(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}'),
        examples: {
            positive: [
                'SRC_ACCESS_TOKEN=sgp_{hex:16}_{hex:40}',
                'export SRC_ACCESS_TOKEN="sgp_local_{hex:40}"',
                'token: sgp_{hex:40}',
            ],
            negative: [
                'SRC_ACCESS_TOKEN=sgp_{hex:20}_{hex:40}',
                'sgp_{hex:39}',
                'sgp_local_{hex:20}g{hex:19}',
            ],
        },
    },
    contextualDetector({
        id: 'sourcegraph-legacy-token',
        description: 'Sourcegraph access token (legacy, unprefixed)',
        secretType: 'Sourcegraph Access Token',
        provider: 'sourcegraph',
        name: sourcegraph,
        value: '[a-fA-F0-9]{40}',
        keywords: ['sourcegraph'],
        minEntropy: 3,
        positive: ['SOURCEGRAPH_TOKEN={hex:40}', 'sourcegraph: {hex:40}'],
        negative: ['sourcegraph_ref: {hex:32}', 'SOURCEGRAPH_URL=https://sourcegraph.com'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/squarespace.ts

// Squarespace API keys carry no documented prefix (https://developers.squarespace.com/commerce-apis/authentication-and-permissions).
/** Squarespace API key (UUID-shaped), recognised by its variable name. */
const squarespaceDetectors = [
    contextualDetector({
        id: 'squarespace-access-token',
        description: 'Squarespace API key',
        provider: 'squarespace',
        name: anyCase('squarespace'),
        value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['squarespace'],
        positive: [
            'SQUARESPACE_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
            '"squarespaceToken": "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        ],
        negative: [
            'SQUARESPACE_SITE=https://example.squarespace.com',
            'squarespace_ref: {hex:8}-{hex:4}',
        ],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/sumologic.ts

// Sumo Logic access keys (https://help.sumologic.com/docs/manage/security/access-keys/): an
// access id is `su` + 12 alphanumerics, the access key 64 alphanumerics.
// `sumo` must not run into a lower-case letter, so that `sumOfValues` is not a Sumo name.
const sumo = `(?<![A-Za-z])${anyCase('sumo')}(?:${anyCase('logic')})?(?![a-z])`;
/** Sumo Logic access id and access key, recognised by their variable names. */
const sumologicDetectors = [
    contextualDetector({
        id: 'sumologic-access-id',
        description: 'Sumo Logic access id',
        provider: 'sumologic',
        name: sumo,
        value: 'su[A-Za-z0-9]{12}',
        keywords: ['sumo'],
        minEntropy: 2.5,
        positive: ['SUMOLOGIC_ACCESSID=su{an:12}', 'sumologic.accessId = "su{an:12}"'],
        negative: ['SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX', 'sumObj = su{an:12}'],
    }),
    contextualDetector({
        id: 'sumologic-access-token',
        description: 'Sumo Logic access key',
        provider: 'sumologic',
        name: sumo,
        value: '[A-Za-z0-9]{64}',
        keywords: ['sumo'],
        minEntropy: 3,
        positive: ['SUMO_ACCESS_KEY={an:64}', 'export SUMOLOGIC_ACCESSKEY="{an:64}"'],
        negative: ['SUMO_ACCESS_KEY=AbCeFG123', 'sumOfExposures = {an:64};'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/supabase.ts

// Supabase (https://supabase.com/docs/guides/platform/access-tokens,
// https://supabase.com/docs/guides/api/api-keys): personal access tokens are `sbp_` + 40 hex;
// project secret keys are `sb_secret_…` (publishable `sb_publishable_` keys are public, not flagged).
/** Supabase personal access tokens and project secret keys. */
const supabaseDetectors = [
    {
        id: 'supabase-personal-access-token',
        description: 'Supabase personal access token',
        secretType: 'Supabase Access Token',
        provider: 'supabase',
        strength: 'prefixed',
        keywords: ['sbp_'],
        pattern: prefixedTokenPattern('sbp_', '[a-f0-9]{40}'),
        examples: {
            positive: ['SUPABASE_ACCESS_TOKEN=sbp_{hex:40}', 'supabase login --token "sbp_{hex:40}"'],
            negative: ['sbp_{hex:30}', 'sbp_{hex:40}g'],
        },
    },
    {
        id: 'supabase-secret-key',
        description: 'Supabase project secret API key',
        secretType: 'Supabase Secret Key',
        provider: 'supabase',
        strength: 'prefixed',
        keywords: ['sb_secret_'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_-])(?<secret>sb_secret_[A-Za-z0-9_-]{28,64})(?![A-Za-z0-9_-])',
        examples: {
            positive: [
                'SUPABASE_SECRET_KEY=sb_secret_{b64u:22}_{an:8}',
                "createClient(url, 'sb_secret_{an:31}')",
            ],
            negative: ['sb_secret_{an:10}', 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_{an:31}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/tailscale.ts

// Tailscale keys: `tskey-<type>-<key id>-<secret>` with type api, auth, client, scim or webhook
// (https://tailscale.com/kb/1277/key-prefixes).
/** Tailscale API access tokens, auth keys, OAuth client secrets, SCIM and webhook keys. */
const tailscaleDetectors = [
    {
        id: 'tailscale-key',
        description: 'Tailscale API token, auth key or OAuth client secret',
        secretType: 'Tailscale Key',
        provider: 'tailscale',
        strength: 'prefixed',
        keywords: ['tskey-'],
        pattern: prefixedTokenPattern('tskey-(?:api|auth|client|scim|webhook)-', '[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}'),
        examples: {
            positive: [
                'TS_AUTHKEY=tskey-auth-k{an:12}-{an:33}',
                'tailscale_api_key = "tskey-api-k{an:10}CNTRL-{an:30}"',
            ],
            negative: ['TS_AUTHKEY=tskey-auth-XXXXXX', 'tskey-foo-k{an:12}-{an:33}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/travisci.ts

// Travis CI API tokens are 22 alphanumerics with no prefix (https://docs.travis-ci.com/user/triggering-builds/).
/** Travis CI API token, recognised by its variable name. */
const travisciDetectors = [
    contextualDetector({
        id: 'travisci-access-token',
        description: 'Travis CI API token',
        provider: 'travisci',
        name: anyCase('travis'),
        value: '[A-Za-z0-9]{22}',
        keywords: ['travis'],
        minEntropy: 3,
        positive: ['TRAVIS_API_TOKEN={an:22}', 'travis_token: "{lan:22}"'],
        negative: ['travis_ref: {an:16}', 'TRAVIS_BRANCH=master'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/trello.ts

// Trello API keys are 32 hex characters; user tokens are 64 hex, or `ATTA` + hex in the current
// format (https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/).
/** Trello API key or token, recognised by its variable name. */
const trelloDetectors = [
    contextualDetector({
        id: 'trello-access-token',
        description: 'Trello API key or token',
        provider: 'trello',
        name: anyCase('trello'),
        value: '(?:ATTA[A-Za-z0-9]{60,80}|[A-Za-z0-9-]{32}|[a-fA-F0-9]{64})',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['trello'],
        minEntropy: 3,
        positive: [
            'TRELLO_API_KEY={hex:32}',
            'trello_token: "{hex:64}"',
            'TRELLO_TOKEN=ATTA{hex:64}{HEX:8}',
        ],
        negative: ['trello_ref: {hex:20}', 'TRELLO_BOARD_ID={hex:24}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/twitch.ts

// Twitch client secrets and OAuth tokens are 30 lower-case alphanumerics (https://dev.twitch.tv/docs/authentication/).
/** Twitch client secret or OAuth token, recognised by its variable name. */
const twitchDetectors = [
    contextualDetector({
        id: 'twitch-api-token',
        description: 'Twitch client secret or OAuth token',
        provider: 'twitch',
        name: anyCase('twitch'),
        value: '(?:oauth:)?[a-z0-9]{30}',
        keywords: ['twitch'],
        minEntropy: 3,
        positive: ['TWITCH_CLIENT_SECRET={lan:30}', 'twitch_token: "oauth:{lan:30}"'],
        negative: ['twitch_ref: {lan:24}', 'TWITCH_CHANNEL=somechannel'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/twitter.ts

// X / Twitter credentials (https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret):
// API key 25 and API secret 50 alphanumerics; access token `<numeric user id>-<alphanumerics>`,
// access token secret 45 alphanumerics; app-only bearer tokens start with a run of `A`s.
const twitter = anyCase('twitter');
/** X / Twitter API keys, secrets, access tokens and bearer tokens. */
const twitterDetectors = [
    contextualDetector({
        id: 'twitter-api-key',
        description: 'X / Twitter API key (consumer key)',
        provider: 'twitter',
        name: twitter,
        value: '[A-Za-z0-9]{25}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_API_KEY={an:25}', 'twitter_consumer_key: "{lan:25}"'],
        negative: ['twitter_ref: {an:20}', 'TWITTER_HANDLE=jack'],
    }),
    contextualDetector({
        id: 'twitter-api-secret',
        description: 'X / Twitter API secret (consumer secret)',
        provider: 'twitter',
        name: twitter,
        value: '[A-Za-z0-9]{50}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_API_SECRET={an:50}', 'TWITTER_CONSUMER_SECRET="{an:50}"'],
        negative: ['twitter_ref: {an:49}'],
    }),
    contextualDetector({
        id: 'twitter-access-token',
        description: 'X / Twitter user access token',
        provider: 'twitter',
        name: twitter,
        value: '[0-9]{6,25}-[A-Za-z0-9]{20,50}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_ACCESS_TOKEN={d:18}-{an:31}', 'twitter_access_token: "{d:10}-{an:40}"'],
        negative: ['TWITTER_ACCESS_TOKEN={d:18}', 'twitter_ref: {d:18}-{an:10}'],
    }),
    contextualDetector({
        id: 'twitter-access-secret',
        description: 'X / Twitter access token secret',
        provider: 'twitter',
        name: twitter,
        value: '[A-Za-z0-9]{45}',
        keywords: ['twitter'],
        minEntropy: 3,
        positive: ['TWITTER_ACCESS_TOKEN_SECRET={an:45}', "twitterAccessSecret = '{lan:45}'"],
        negative: ['twitter_ref: {an:44}'],
    }),
    {
        // The reported secret starts after the leading run of `A`s: the built-in repeated-character
        // filter would otherwise drop every bearer token. Found on its own, without a name.
        id: 'twitter-bearer-token',
        description: 'X / Twitter app-only bearer token',
        secretType: 'Twitter Bearer Token',
        provider: 'twitter',
        strength: 'prefixed',
        keywords: ['aaaaaaaaaaaaaaaaaaaa'],
        pattern: '(?<![A-Za-z0-9%])A{20,24}(?<secret>[B-Za-z0-9%][A-Za-z0-9%]{69,120})(?![A-Za-z0-9%])',
        examples: {
            positive: [
                'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{d:9}%2B{an:30}%3D{an:50}',
                'bearer_token: "AAAAAAAAAAAAAAAAAAAAAF{an:20}%2F{an:50}"',
            ],
            negative: [
                'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{an:20}',
                'xAAAAAAAAAAAAAAAAAAAAA{d:9}{an:80}',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/typeform.ts
// Typeform personal access tokens: `tfp_` then 59 URL-safe characters (https://www.typeform.com/developers/get-started/personal-access-token/).
/** Typeform personal access token. */
const typeformDetectors = [
    {
        id: 'typeform-api-token',
        description: 'Typeform personal access token',
        secretType: 'Typeform API Token',
        provider: 'typeform',
        strength: 'prefixed',
        keywords: ['tfp_'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>tfp_[A-Za-z0-9_=.-]{59})(?![A-Za-z0-9_=.-])',
        examples: {
            positive: ['TYPEFORM_TOKEN=tfp_{an:44}_{an:14}', "typeform_api_token: 'tfp_{b64u:59}'"],
            negative: ['tfp_{an:40}', 'tfp_{an:60}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/vault.ts
// HashiCorp Vault tokens (https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes):
// since 1.10 service tokens are `hvs.` and batch tokens `hvb.` followed by a long base64url body;
// before, service tokens were `s.` + 24 alphanumerics and batch tokens `b.` + a longer body.
/** HashiCorp Vault service and batch tokens, current and legacy. */
const vaultDetectors = [
    {
        id: 'vault-service-token',
        description: 'HashiCorp Vault service token',
        secretType: 'Vault Token',
        provider: 'vault',
        strength: 'prefixed',
        keywords: ['hvs.'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>hvs\\.[A-Za-z0-9_-]{90,180})(?![A-Za-z0-9_.-])',
        examples: {
            positive: ['VAULT_TOKEN=hvs.CAES{b64u:91}', 'vault login -method=token "hvs.{an:120}"'],
            negative: ['VAULT_TOKEN=hvs.{an:24}', 'xhvs.{an:95}'],
        },
    },
    {
        id: 'vault-batch-token',
        description: 'HashiCorp Vault batch token',
        secretType: 'Vault Token',
        provider: 'vault',
        strength: 'prefixed',
        keywords: ['hvb.'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>hvb\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_.-])',
        examples: {
            positive: ['VAULT_TOKEN=hvb.AAAAAQ{b64u:150}', 'token: "hvb.{an:220}"'],
            negative: ['VAULT_TOKEN=hvb.{an:100}'],
        },
    },
    {
        // A legacy `s.` token is recognised on a line that names Vault or a token; it must mix upper
        // case, lower case and digits, unlike `s.makeController` or `s.AcceptanceTimeoutSeconds`.
        id: 'vault-legacy-service-token',
        description: 'HashiCorp Vault service token (legacy `s.` format)',
        secretType: 'Vault Token',
        provider: 'vault',
        strength: 'contextual',
        keywords: ['vault', 'hashicorp', 'token'],
        minEntropy: 3.5,
        pattern: '(?<![A-Za-z0-9_.$-])(?<secret>s\\.(?=[A-Za-z]{0,23}[0-9])(?=[a-z0-9]{0,23}[A-Z])(?=[A-Z0-9]{0,23}[a-z])[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])',
        examples: {
            positive: ['VAULT_TOKEN=s.{an:20}a1B2', 'vault_api_token = "s.{an:20}Zz9y"'],
            negative: [
                'HASHICORP_TOKEN=s.AcceptanceTimeoutSeconds',
                'vault_token = "s.{an:23}"',
                's.{an:20}a1B2',
            ],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/vercel.ts

// Vercel credentials carry a type prefix since 2025 (https://vercel.com/changelog/new-token-formats-and-secret-scanning):
// `vcp_` personal access token, `vci_` integration token, `vca_` app access token, `vcr_` app
// refresh token, `vck_` API key.
/** Vercel access tokens and API keys in the prefixed format. */
const vercelDetectors = [
    {
        id: 'vercel-token',
        description: 'Vercel access token or API key',
        secretType: 'Vercel Token',
        provider: 'vercel',
        strength: 'prefixed',
        keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
        minEntropy: 3.5,
        pattern: prefixedTokenPattern('vc[pirak]_', '[A-Za-z0-9]{24,80}'),
        examples: {
            positive: ['VERCEL_TOKEN=vcp_{an:56}', 'vercel deploy --token "vck_{an:40}"'],
            negative: ['vcp_{an:12}', 'vcx_{an:56}'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/xai.ts

// xAI API keys start with `xai-` followed by about 80 base62 characters (https://docs.x.ai/docs/tutorial).
/** xAI (Grok) API key. */
const xaiDetectors = [
    {
        id: 'xai-api-key',
        description: 'xAI API key',
        secretType: 'xAI API Key',
        provider: 'xai',
        strength: 'prefixed',
        keywords: ['xai-'],
        minEntropy: 4,
        pattern: prefixedTokenPattern('xai-', '[A-Za-z0-9]{70,90}'),
        examples: {
            positive: ['XAI_API_KEY=xai-{an:80}', 'client = Client(api_key="xai-{an:80}")'],
            negative: ['xai-{an:40}', 'export XAI_API_KEY="xai-your-key-here"'],
        },
    },
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/yandex.ts

// Yandex Cloud credentials (https://yandex.cloud/en/docs/iam/concepts/authorization/):
// IAM tokens `t1.<header>.<86-character signature>`, API keys `AQVN` + 35-38 characters, and
// static (AWS-compatible) access keys whose id starts with `YC` (40 characters in all).
/** Yandex Cloud IAM tokens, API keys and static access key ids. */
const yandexDetectors = [
    {
        id: 'yandex-access-token',
        description: 'Yandex Cloud IAM token',
        secretType: 'Yandex IAM Token',
        provider: 'yandex',
        strength: 'prefixed',
        keywords: ['t1.'],
        pattern: '(?<![A-Za-z0-9_.-])(?<secret>t1\\.[A-Za-z0-9_-]{4,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_.=-])',
        examples: {
            positive: ['YC_TOKEN=t1.{b64u:80}.{b64u:86}', 'iam_token: "t1.{an:6}==.{an:86}"'],
            negative: ['t1.{an:80}.{an:40}', 'version: t1.2.3'],
        },
    },
    {
        id: 'yandex-api-key',
        description: 'Yandex Cloud API key',
        secretType: 'Yandex API Key',
        provider: 'yandex',
        strength: 'prefixed',
        keywords: ['aqvn'],
        pattern: '(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])',
        examples: {
            positive: ['YC_API_KEY=AQVN{b64u:36}', 'api_key: "AQVN{an:38}"'],
            negative: ['AQVN{an:20}', 'AQVN{an:40}'],
        },
    },
    contextualDetector({
        id: 'yandex-aws-access-token',
        description: 'Yandex Cloud static access key id',
        provider: 'yandex',
        name: `(?:${anyCase('yandex')}|(?<![A-Za-z])${anyCase('yc')}_)`,
        value: 'YC[A-Za-z0-9_-]{38}',
        after: '(?![A-Za-z0-9_-])',
        keywords: ['yandex', 'yc_'],
        positive: ['YANDEX_ACCESS_KEY_ID=YC{an:38}', 'yc_access_key: "YC{b64u:38}"'],
        negative: ['YANDEX_ACCESS_KEY_ID=YC{an:20}', 'yandex_folder_id: b1g{lan:17}'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/zendesk.ts

// Zendesk API tokens are 40 alphanumerics with no prefix (https://developer.zendesk.com/api-reference/introduction/security-and-auth/).
/** Zendesk API token, recognised by its variable name. */
const zendeskDetectors = [
    contextualDetector({
        id: 'zendesk-secret-key',
        description: 'Zendesk API token',
        provider: 'zendesk',
        name: anyCase('zendesk'),
        value: '[A-Za-z0-9]{40}',
        keywords: ['zendesk'],
        minEntropy: 3,
        positive: ['ZENDESK_API_TOKEN={an:40}', 'zendesk:\n  zendesk_token: "{lan:40}"'],
        negative: ['zendesk_ref: {an:32}', 'ZENDESK_SUBDOMAIN=mycompany'],
    }),
];

;// CONCATENATED MODULE: ./src/scanner/detectors/providers-p-z/index.ts










































/** Detectors of this group, in registry order. */
const providers_p_z_detectors = [
    ...perplexityDetectors,
    ...pineconeDetectors,
    ...plaidDetectors,
    ...planetscaleDetectors,
    ...posthogDetectors,
    ...postmanDetectors,
    ...postmarkDetectors,
    ...prefectDetectors,
    ...privateaiDetectors,
    ...pulumiDetectors,
    ...rapidapiDetectors,
    ...readmeDetectors,
    ...renderDetectors,
    ...replicateDetectors,
    ...resendDetectors,
    ...riotgamesDetectors,
    ...rubygemsDetectors,
    ...scalingoDetectors,
    ...sendbirdDetectors,
    ...sendinblueDetectors,
    ...sentryDetectors,
    ...settlemintDetectors,
    ...shippoDetectors,
    ...shopifyDetectors,
    ...sidekiqDetectors,
    ...snykDetectors,
    ...sonarDetectors,
    ...sourcegraphDetectors,
    ...squarespaceDetectors,
    ...sumologicDetectors,
    ...supabaseDetectors,
    ...tailscaleDetectors,
    ...travisciDetectors,
    ...trelloDetectors,
    ...twitchDetectors,
    ...twitterDetectors,
    ...typeformDetectors,
    ...vaultDetectors,
    ...vercelDetectors,
    ...xaiDetectors,
    ...yandexDetectors,
    ...zendeskDetectors,
];

;// CONCATENATED MODULE: ./src/scanner/detectors/index.ts






/** Every built-in detector. Ids are unique and never change once shipped. */
const builtinDetectors = [
    ...detectors,
    ...files_detectors,
    ...providers_a_f_detectors,
    ...providers_g_o_detectors,
    ...providers_p_z_detectors,
    ...generic_detectors,
];
/** The detectors a scan runs unless configured otherwise. */
const defaultDetectors = builtinDetectors.filter((detector) => detector.enabledByDefault !== false);
/** Looks up a built-in detector by id. */
function findDetector(id) {
    return builtinDetectors.find((detector) => detector.id === id);
}


/***/ }),

/***/ 6054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x$: () => (/* binding */ DEFAULT_MAX_LINE_LENGTH),
  Jq: () => (/* binding */ SecretScanner),
  Eg: () => (/* binding */ compareFindings)
});

// EXTERNAL MODULE: ./src/scanner/compile.ts
var compile = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/scanner/filters/types.ts
/** Filters for guesses only: generic detectors (entropy, keyword). */
const genericOnly = (detector) => detector.strength === 'generic';
/** Filters for anything that is not identified by a provider prefix. */
const unprefixed = (detector) => detector.strength !== 'prefixed';
/** Filters for every detector. */
const everyDetector = () => true;

;// CONCATENATED MODULE: ./src/scanner/filters/heuristics.ts


const sequences = [
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789ABCDEF',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/',
    '0123456789',
].map((alphabet) => alphabet + alphabet);
/** The whole value is a run of an alphabet (`ABCDEF…`, `0123…`), as detect-secrets checks. */
function isSequentialString(secret) {
    const upper = secret.toUpperCase();
    return upper.length >= 4 && sequences.some((sequence) => sequence.includes(upper));
}
/** The value holds a run of eight up or down an alphabet (`12345678`, `fedcba98`): typed, not generated. */
function hasAscendingRun(secret, minimum = 8) {
    let up = 1;
    let down = 1;
    for (let i = 1; i < secret.length; i++) {
        const step = secret.charCodeAt(i) - secret.charCodeAt(i - 1);
        const alphanumeric = /[0-9a-zA-Z]/.test(secret[i]);
        up = step === 1 && alphanumeric ? up + 1 : 1;
        down = step === -1 && alphanumeric ? down + 1 : 1;
        if (up >= minimum || down >= minimum)
            return true;
    }
    return false;
}
/** A version number or range (`13.0.7`, `^2.1.0-beta.1`): package manifests name packages `*-secret*`. */
function isVersion(secret) {
    return /^[~^=v]?\d{1,6}(?:\.\d{1,6}){1,2}(?:[-+][0-9A-Za-z.-]{1,40})?$/.test(secret);
}
/**
 * The value is keyed by a file path (`"@esbuild/linux-x64/bin/esbuild": "<sha>"`) or is a Travis
 * `secure:` value (encrypted for the repository, public by design): checksums and ciphertext.
 */
function isPathKeyedOrEncrypted(line, column) {
    const before = line.slice(Math.max(0, column - 240), column);
    const key = /["']([^"']{1,200})["'][ \t]{0,5}:[ \t]{0,5}["']?$/.exec(before)?.[1];
    if (key !== undefined && /\/[^/]{1,100}$/.test(key) && !/\s/.test(key))
        return true;
    return /(?:^|[\s{,])secure["']?[ \t]{0,5}:[ \t]{0,5}["']?$/.test(before);
}
const uuidPattern = /[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/i;
/** The value holds a UUID: an identifier, not a credential, for generic detectors. */
function isPotentialUuid(secret) {
    return uuidPattern.test(secret);
}
/**
 * `{x}`, `{{ x }}`, `<x>`, `${X}`, `%(x)s`, `%X%`, `$(X)`, or a value with a `{name}` / `{name:spec}`
 * format field inside: a template, not a value.
 */
function isTemplatedSecret(secret) {
    const value = secret.trim();
    return (/^\$?\{.{0,200}\}$/s.test(value) ||
        /^<[^<>]{1,200}>$/.test(value) ||
        /^%\(.{1,100}\)s$/.test(value) ||
        /^%[A-Za-z_][A-Za-z0-9_]{0,100}%$/.test(value) ||
        /^\$\([^()]{1,200}\)$/.test(value) ||
        /\$\{[A-Za-z_][A-Za-z0-9_.:-]{0,100}\}|\{\{[^{}]{1,200}\}\}|\{[A-Za-z_][\w.]{0,40}(?::[\w.<>^+-]{0,20})?\}/.test(value));
}
/** `password = $PASSWORD`: a shell or PHP variable reference. */
function isPrefixedWithDollarSign(secret) {
    return secret.startsWith('$');
}
/** `secret = get_secret()`, `key = request.headers['x-key']`: the value is looked up, not written. */
function isIndirectReference(line) {
    const assignment = /:=?|[!=]{1,3}/.exec(line);
    if (!assignment)
        return false;
    const value = line
        .slice(assignment.index + assignment[0].length)
        .trim()
        .replace(/[;,]$/, '');
    return /^[\w.-]{1,200}[[(]/.test(value) && /[\])]$/.test(value);
}
const lockFiles = new Set([
    'brewfile.lock.json',
    'cargo.lock',
    'cartfile.resolved',
    'composer.lock',
    'gemfile.lock',
    'go.sum',
    'gradle.lockfile',
    'mix.lock',
    'npm-shrinkwrap.json',
    'package-lock.json',
    'package.resolved',
    'packages.lock.json',
    'pipfile.lock',
    'pnpm-lock.yaml',
    'podfile.lock',
    'poetry.lock',
    'pubspec.lock',
    'uv.lock',
    'yarn.lock',
    'bun.lock',
    'flake.lock',
]);
/** Package-manager lock files: their hashes and integrity strings look random by design. */
function isLockFile(path) {
    return lockFiles.has((0,posix_.basename)(path).toLowerCase());
}
/** No letter or digit at all (`********`, `-----`). */
function isNotAlphanumericString(secret) {
    return !/[A-Za-z0-9]/.test(secret);
}
const idContext = /(?:^|[^a-z0-9])(?:[a-z0-9]{0,50}_)?ids?["']?\s{0,5}[:=,(]{1,3}\s{0,5}["'`]?$/i;
/** The value is assigned to an `id` / `*_id` name: an identifier, for generic detectors. */
function isLikelyIdString(line, column) {
    return idContext.test(line.slice(Math.max(0, column - 80), column));
}
/** Swagger / OpenAPI files: full of example tokens. */
function isSwaggerFile(path) {
    return /swagger/i.test(path);
}
/** detect-secrets' heuristic filters, as pure named predicates. */
const heuristicFilters = [
    {
        name: 'sequential-string',
        description: 'an alphabet or digit sequence such as ABCDEF or 12345678',
        appliesTo: everyDetector,
        excludes: ({ secret }) => isSequentialString(secret),
    },
    {
        name: 'ascending-run',
        description: 'a guessed value holding a run such as 12345678 or fedcba98',
        appliesTo: genericOnly,
        excludes: ({ secret }) => hasAscendingRun(secret),
    },
    {
        name: 'alphabet-run',
        description: 'a typed run of twelve such as abcdefghijkl, which no generated token holds',
        appliesTo: everyDetector,
        excludes: ({ secret }) => hasAscendingRun(secret, 12),
    },
    {
        name: 'version',
        description: 'a version number or range, found by a generic detector',
        appliesTo: genericOnly,
        excludes: ({ secret }) => isVersion(secret),
    },
    {
        name: 'path-keyed-or-encrypted',
        description: 'a checksum keyed by a file path, or an encrypted Travis secure value',
        appliesTo: genericOnly,
        excludes: ({ line, column }) => isPathKeyedOrEncrypted(line, column),
    },
    {
        name: 'uuid',
        description: 'a UUID (an identifier) found by a generic detector',
        appliesTo: genericOnly,
        excludes: ({ secret }) => isPotentialUuid(secret),
    },
    {
        name: 'templated',
        description: 'a template variable such as ${X}, {{ x }} or <x>',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isTemplatedSecret(secret),
    },
    {
        name: 'dollar-prefixed',
        description: 'a $variable reference',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isPrefixedWithDollarSign(secret),
    },
    {
        name: 'indirect-reference',
        description: 'the value is a function call or lookup, not a literal',
        // It judges the whole line, so only the keyword detector (a value assigned to a name) may use it.
        appliesTo: (detector) => detector.id === 'keyword',
        excludes: ({ line }) => isIndirectReference(line),
    },
    {
        name: 'lock-file',
        description: 'package-manager lock files, whose hashes look random',
        appliesTo: unprefixed,
        excludes: ({ path }) => isLockFile(path),
    },
    {
        name: 'not-alphanumeric',
        description: 'a value with no letter or digit',
        appliesTo: everyDetector,
        excludes: ({ secret }) => isNotAlphanumericString(secret),
    },
    {
        name: 'likely-id',
        description: 'a value assigned to an id field, found by a generic detector',
        appliesTo: genericOnly,
        excludes: ({ line, column }) => isLikelyIdString(line, column),
    },
    {
        name: 'swagger-file',
        description: 'Swagger / OpenAPI files, whose tokens are examples',
        appliesTo: genericOnly,
        excludes: ({ path }) => isSwaggerFile(path),
    },
];

;// CONCATENATED MODULE: ./src/scanner/filters/placeholders.ts

const placeholderWords = /x{4,}|\*{3,}|#{4,}|\.{4,}|changeme|change[_-]me|replace[_-]?me|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|(?:api[_-]?)?(?:key|token|secret)[_-]?here|insert[_-]?(?:your|key|token)|placeholder|redacted|dummy|example|sample[_-]?(?:key|token|secret)|<[a-z_-]{1,40}>|^(?:fake|test|none|null|undefined|secret|password|passwd|token|todo|tbd|notasecret)$/i;
/** Placeholder text rather than a credential: `xxxx`, `changeme`, `your-key-here`, `EXAMPLE`, `****`. */
function isPlaceholder(secret) {
    return placeholderWords.test(secret);
}
/**
 * Too little variety to be generated: one character six times in a row in a short value, or at
 * most three distinct characters in a value of eight or more.
 */
function isRepeatedCharacters(secret) {
    // Long base64 values legitimately hold runs (zero bytes encode as `AAAA…`): judge only short ones.
    if (secret.length < 32 && /(.)\1{5}/.test(secret))
        return true;
    return secret.length >= 8 && new Set(secret).size <= 3;
}
/**
 * Every character different in a value of 26 or more: an alphabet such as an ID generator's
 * (random base64 of that length repeats a character with near certainty).
 */
function isAlphabet(secret) {
    return secret.length >= 26 && new Set(secret).size === secret.length;
}
// Digests of empty input: SDKs and HTTP signers embed them as constants.
const emptyInputDigests = new Set([
    'd41d8cd98f00b204e9800998ecf8427e', // MD5
    'da39a3ee5e6b4b0d3255bfef95601890afd80709', // SHA-1
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // SHA-256
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e', // SHA-512
]);
/** A well-known digest (of empty input), not a credential. */
function isWellKnownDigest(secret) {
    return emptyInputDigests.has(secret.toLowerCase());
}
/** Placeholder filters: they apply to every detector, since a provider prefix followed by `xxxx` is a placeholder too. */
const placeholderFilters = [
    {
        name: 'placeholder',
        description: 'placeholder text such as xxxx, changeme, your-key-here or EXAMPLE',
        appliesTo: everyDetector,
        excludes: ({ secret }) => isPlaceholder(secret),
    },
    {
        name: 'repeated-characters',
        description: 'a run of one character, or too few distinct characters to be generated',
        // Prefixed tokens embed numeric ids (Slack's `xoxa-2-5111111…`) whose runs mean nothing.
        appliesTo: unprefixed,
        excludes: ({ secret }) => isRepeatedCharacters(secret),
    },
    {
        name: 'low-variety-guess',
        description: 'a guessed value that is one word or one number',
        appliesTo: unprefixed,
        excludes: ({ secret }) => /^(?:[A-Z]?[a-z]{1,30}|[A-Z]{1,30}|[0-9]{1,12})$/.test(secret) && secret.length < 8,
    },
    {
        name: 'well-known-digest',
        description: 'the MD5, SHA-1, SHA-256 or SHA-512 digest of empty input',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isWellKnownDigest(secret),
    },
    {
        name: 'alphabet',
        description: 'a character set written out (every character different), as ID generators define',
        appliesTo: unprefixed,
        excludes: ({ secret }) => isAlphabet(secret),
    },
];

;// CONCATENATED MODULE: ./src/scanner/filters/index.ts


/** Every built-in false-positive filter, in the order they are tried. */
const builtinFilters = [...placeholderFilters, ...heuristicFilters];

// EXTERNAL MODULE: ./src/scanner/lines.ts
var scanner_lines = __webpack_require__(9533);
;// CONCATENATED MODULE: ./src/scanner/long-lines.ts
/**
 * Lines over the scanner's cap (minified code, data blobs) are skipped: their content is taken out
 * of the text the detectors read, so they are neither scanned nor read as context by detectors
 * on other lines, and each is reported. The bytes prefilter does the same in WebAssembly
 * (`long_lines` in wasm/prefilter.c), before decoding.
 */
/**
 * Replaces the content of lines longer than `maxLineLength` UTF-16 code units with one space,
 * keeping their line breaks, so line numbers and the columns of every other line stay as they were. `\r\n`, `\n` and
 * a lone `\r` each end a line (Python's universal newlines, which detect-secrets follows).
 */
function elideLongLines(text, maxLineLength) {
    const longLines = [];
    // No line can be longer than the text.
    if (text.length <= maxLineLength)
        return { text, longLines };
    const kept = [];
    let keptFrom = 0;
    let line = 0;
    let start = 0;
    const hasCarriageReturn = text.includes('\r');
    while (start <= text.length) {
        const end = hasCarriageReturn ? universalLineEnd(text, start) : newlineEnd(text, start);
        if (end - start > maxLineLength) {
            longLines.push(line);
            // A space stands in for the content: a lone `\r` before it and a `\n` after it must not
            // become one `\r\n` line break.
            kept.push(text.slice(keptFrom, start), ' ');
            keptFrom = end;
        }
        if (end === text.length)
            break;
        start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
        line++;
    }
    if (longLines.length === 0)
        return { text, longLines };
    kept.push(text.slice(keptFrom));
    return { text: kept.join(''), longLines };
}
function newlineEnd(text, from) {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
}
function universalLineEnd(text, from) {
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || code === 13)
            return i;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/scanner/pragmas.ts
const allowlistSameLine = /pragma:\s*allowlist[ -]secret|gitleaks:allow|secrets-action:allow/i;
const allowlistNextLine = /pragma:\s*allowlist[ -]nextline[ -]secret/i;
/**
 * Whether an inline comment allowlists the secret on `line`: detect-secrets' `pragma: allowlist
 * secret` (in any comment style, since only the text is matched), `pragma: allowlist nextline
 * secret` on the previous line, or gitleaks' `gitleaks:allow`.
 */
function isAllowlistedByPragma(line, previousLine) {
    if (allowlistSameLine.test(line))
        return true;
    return previousLine !== undefined && allowlistNextLine.test(previousLine);
}

;// CONCATENATED MODULE: ./src/scanner/keyword-matcher.ts
/**
 * Finds many case-insensitive literals in one pass over a string, faster than a regex
 * alternation of hundreds of keywords (which V8 tries one by one at every position): each
 * position's last four (or three) characters, lower-cased and packed into an integer, are looked
 * up in a bitmap, and only bitmap hits are verified.
 */
const fold = new Uint8Array(65536);
for (let code = 0; code < 65536; code++) {
    // Characters above Latin-1 share one value; verification compares them exactly.
    fold[code] = code >= 65 && code <= 90 ? code + 32 : code < 256 ? code : 0xff;
}
const bitmapBits = 16;
const hashOf = (packed) => Math.imul(packed, 0x9e3779b1) >>> (32 - bitmapBits);
const byteOf = new Uint8Array(65536);
for (let code = 0; code < 65536; code++)
    byteOf[code] = code < 256 ? code : 0xff;
/** Packs up to four characters (already lower-case) as the scanning loop does. */
function pack(text, length) {
    let packed = 0;
    for (let i = 0; i < length; i++)
        packed = ((packed << 8) | fold[text.charCodeAt(i)]) >>> 0;
    return packed;
}
/** A set of case-insensitive keywords, each carrying a value returned when it is found. */
class KeywordMatcher {
    bitmap4 = new Uint8Array(1 << bitmapBits);
    bitmap3 = new Uint8Array(1 << bitmapBits);
    byPrefix4 = new Map();
    byPrefix3 = new Map();
    /** Keywords of one or two characters: rare (custom detectors only), matched by a regex. */
    shortRegex;
    shortValues = new Map();
    /** Anchors by their first two characters, packed case-sensitively. */
    anchorTable = new Uint8Array(1 << 16);
    anchorsByPair = new Map();
    constructor(keywords, anchors = []) {
        for (const anchor of anchors) {
            if (anchor.literal.length < 2)
                throw new Error(`anchor ${JSON.stringify(anchor.literal)} is shorter than 2 characters`);
            const pair = (byteOf[anchor.literal.charCodeAt(0)] << 8) |
                byteOf[anchor.literal.charCodeAt(1)];
            this.anchorTable[pair] = 1;
            this.anchorsByPair.set(pair, [...(this.anchorsByPair.get(pair) ?? []), anchor]);
        }
        const short = [];
        for (const [raw, value] of keywords) {
            const keyword = raw.toLowerCase();
            if (keyword.length < 3) {
                short.push(keyword);
                this.shortValues.set(keyword, value);
                continue;
            }
            const width = keyword.length >= 4 ? 4 : 3;
            const packed = pack(keyword, width);
            const [bitmap, index] = width === 4 ? [this.bitmap4, this.byPrefix4] : [this.bitmap3, this.byPrefix3];
            bitmap[hashOf(packed)] = 1;
            index.set(packed, [...(index.get(packed) ?? []), { keyword, value }]);
        }
        if (short.length > 0) {
            const escaped = short.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
            this.shortRegex = new RegExp(escaped.join('|'), 'gi');
        }
    }
    /** Calls `onMatch(start, value)` for every occurrence of every keyword, overlaps included. */
    forEachMatch(text, onMatch) {
        const { bitmap4, bitmap3, anchorTable } = this;
        const length = text.length;
        let packed = 0;
        let pair = 0;
        for (let i = 0; i < length; i++) {
            const code = text.charCodeAt(i);
            pair = ((pair << 8) | byteOf[code]) & 0xffff;
            if (anchorTable[pair] === 1 && i >= 1)
                this.confirmAnchors(pair, text, i - 1, onMatch);
            packed = ((packed << 8) | fold[code]) >>> 0;
            if (bitmap4[hashOf(packed)] === 1 && i >= 3)
                this.verify(this.byPrefix4.get(packed), text, i - 3, onMatch);
            const packed3 = packed & 0xffffff;
            if (bitmap3[hashOf(packed3)] === 1 && i >= 2)
                this.verify(this.byPrefix3.get(packed3), text, i - 2, onMatch);
        }
        const shortRegex = this.shortRegex;
        if (shortRegex) {
            shortRegex.lastIndex = 0;
            let match;
            while ((match = shortRegex.exec(text)) !== null) {
                onMatch(match.index, this.shortValues.get(match[0].toLowerCase()));
                shortRegex.lastIndex = match.index + 1;
            }
        }
    }
    confirmAnchors(pair, text, start, onMatch) {
        for (const anchor of this.anchorsByPair.get(pair) ?? []) {
            if (!text.startsWith(anchor.literal, start))
                continue;
            anchor.confirm.lastIndex = start;
            if (anchor.confirm.test(text))
                onMatch(start, anchor.value);
        }
    }
    verify(entries, text, start, onMatch) {
        if (entries === undefined)
            return;
        for (const { keyword, value } of entries) {
            if (keywordAt(text, start, keyword, keyword.length >= 4 ? 4 : 3))
                onMatch(start, value);
        }
    }
}
/**
 * Whether lower-case `keyword` is at `start`, compared from character `from` on (the packed
 * prefix matched the rest). Only a non-ASCII keyword character matches by Unicode case folding:
 * no non-ASCII character stands for an ASCII letter (the KELVIN SIGN is not a `k`), so the
 * prefilter over bytes finds exactly the same keywords.
 */
function keywordAt(text, start, keyword, from = 0) {
    if (start + keyword.length > text.length)
        return false;
    for (let j = from; j < keyword.length; j++) {
        const code = text.charCodeAt(start + j);
        const expected = keyword.charCodeAt(j);
        if (fold[code] === expected)
            continue;
        if (expected < 128 || code < 128)
            return false;
        if (String.fromCharCode(code).toLowerCase().charCodeAt(0) !== expected)
            return false;
    }
    // Above Latin-1 the packed value is lossy: confirm the first characters too.
    return from === 0 || !beyondLatin1(keyword) || keywordAt(text, start, keyword, 0);
}
function beyondLatin1(keyword) {
    for (let i = 0; i < keyword.length; i++)
        if (keyword.charCodeAt(i) > 255)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/scanner/prefilter.ts


/**
 * One pass over the text that finds every detector keyword (case-insensitive) and every code
 * detector's trigger, so that detector regexes run only on the lines around a hit.
 */
class Prefilter {
    matcher;
    /** Triggers with no literal start of two characters: one regex pass each (shared when equal). */
    regexTriggers = [];
    /** Each detector's line gate, if it has one. */
    gates;
    /** Whether any detector has a line gate: else keyword hits go to `onHit` as they are. */
    gated;
    constructor(detectors) {
        this.gates = detectors.map((compiled) => compiled.code?.lineGate);
        this.gated = this.gates.some((gate) => gate !== undefined);
        const { byKeyword, byTrigger } = groupDetectors(detectors);
        const anchors = [];
        for (const [trigger, indexes] of byTrigger) {
            // Each top-level alternative that starts with a literal becomes an anchor of the keyword
            // pass; a trigger with any other alternative gets a regex pass of its own.
            const alternatives = topLevelAlternatives(trigger);
            const literals = alternatives.map(literalStart);
            if (literals.every((literal) => literal.length >= 2)) {
                alternatives.forEach((alternative, i) => {
                    anchors.push({
                        literal: literals[i],
                        confirm: new RegExp(alternative, 'y'),
                        value: indexes,
                    });
                });
            }
            else {
                this.regexTriggers.push({ regex: new RegExp(trigger, 'g'), detectors: indexes });
            }
        }
        this.matcher = new KeywordMatcher(byKeyword, anchors);
    }
    /**
     * Calls `onHit(offset, detectorIndexes)` for each keyword or trigger hit: keywords and anchored
     * triggers in one pass, then each other trigger in a pass of its own, each in offset order.
     */
    forEachHit(text, path, onHit) {
        this.matcher.forEachMatch(text, this.gated ? this.gatedHits(text, path, onHit) : onHit);
        for (const { regex, detectors } of this.regexTriggers) {
            regex.lastIndex = 0;
            let match;
            while ((match = regex.exec(text)) !== null) {
                onHit(match.index, detectors);
                if (match[0].length === 0)
                    regex.lastIndex++;
            }
        }
    }
    /**
     * Wraps `onHit` to drop, from each keyword hit, the detectors whose line gate the hit's line
     * fails; a hit left with none is dropped. Each gate judges a line once.
     */
    gatedHits(text, path, onHit) {
        let lines;
        let lineStart = -1;
        let lineEnd = -1;
        // Each gate's outcome on the current line.
        const passed = new Map();
        const passes = (gate) => {
            let outcome = passed.get(gate);
            if (outcome === undefined) {
                outcome = gate.passes(text, lineStart, lineEnd, path);
                passed.set(gate, outcome);
            }
            return outcome;
        };
        return (offset, detectors) => {
            if (!detectors.some((index) => this.gates[index] !== undefined)) {
                onHit(offset, detectors);
                return;
            }
            if (offset < lineStart || offset > lineEnd) {
                lines ??= new scanner_lines/* LineFinder */.j(text);
                lineStart = lines.startAt(offset);
                lineEnd = lines.endAt(offset);
                passed.clear();
            }
            const kept = detectors.filter((index) => {
                const gate = this.gates[index];
                return gate === undefined || passes(gate);
            });
            if (kept.length > 0)
                onHit(offset, kept);
        };
    }
}
/** Detector indexes by lower-cased keyword and by trigger source, in detector order. */
function groupDetectors(detectors) {
    const byKeyword = new Map();
    const byTrigger = new Map();
    detectors.forEach((compiled, index) => {
        for (const keyword of compiled.detector.keywords) {
            const key = keyword.toLowerCase();
            byKeyword.set(key, [...(byKeyword.get(key) ?? []), index]);
        }
        const trigger = compiled.detector.trigger;
        if (trigger !== undefined)
            byTrigger.set(trigger, [...(byTrigger.get(trigger) ?? []), index]);
    });
    return { byKeyword, byTrigger };
}
/**
 * The literal characters a regex source starts with (`SK[0-9a-f]{32}` gives `SK`), up to four;
 * empty when it starts with a class, group or anchor, or when the literal is quantified.
 */
function literalStart(source) {
    let literal = '';
    let i = 0;
    while (i < source.length && literal.length < 4) {
        const char = source[i];
        let next;
        let width = 1;
        if (char === '\\') {
            const escaped = source[i + 1] ?? '';
            if (!/[.|\-/~_\\]/.test(escaped))
                break;
            next = escaped;
            width = 2;
        }
        else if (/[A-Za-z0-9_~:;,@#%&=!<>"'`-]/.test(char)) {
            next = char;
        }
        else
            break;
        // A quantifier or alternation after this character makes it optional or repeated.
        if (/[?*+{|]/.test(source[i + width] ?? ''))
            break;
        literal += next;
        i += width;
    }
    return literal;
}
/** Escapes a literal for use inside a regular expression. */
function escapeRegex(literal) {
    return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** Splits a regex source at its top-level `|` (outside groups and classes). */
function topLevelAlternatives(source) {
    const alternatives = [];
    let depth = 0;
    let inClass = false;
    let from = 0;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i++;
        else if (inClass)
            inClass = char !== ']';
        else if (char === '[')
            inClass = true;
        else if (char === '(')
            depth++;
        else if (char === ')')
            depth--;
        else if (char === '|' && depth === 0) {
            alternatives.push(source.slice(from, i));
            from = i + 1;
        }
    }
    alternatives.push(source.slice(from));
    return alternatives;
}

// EXTERNAL MODULE: ./src/scanner/redact.ts
var redact = __webpack_require__(1433);
// EXTERNAL MODULE: ./src/scanner/entropy.ts
var entropy = __webpack_require__(8667);
// EXTERNAL MODULE: ./src/scanner/text-encoding.ts
var text_encoding = __webpack_require__(5909);
;// CONCATENATED MODULE: ./src/scanner/wasm/prefilter-wasm.ts
// Generated by scripts/build-wasm.mjs from prefilter.c; do not edit.
// Compiler: Debian clang version 14.0.6
const prefilterWasmBase64 = 'AGFzbQEAAAABMQhgAAF/YAJ/fwBgAX8Bf2ABfwBgA39/fwF/YAR/f39/AX9gAn9/AX9gBX9/f39/AX8DJiUAAAAAAAAAAAAAAAAAAAAAAAAAAAABAgIDBAUGBwcDBAIAAAAGBQMBAEsGCQF/AUGg26oCCweTBCIGbWVtb3J5AgARbGl0ZXJhbF9ieXRlc19wdHIAAAxsaXRlcmFsc19wdHIAAQ1zbG90X3VzZWRfcHRyAAIOc2xvdF9zdGFydF9wdHIAAwxzbG90X2lkc19wdHIABBBzaG9ydF90YWJsZXNfcHRyAAUPc2hvcnRfc3RhcnRfcHRyAAYNc2hvcnRfaWRzX3B0cgAHC2NsYXNzZXNfcHRyAAgJc3RlcHNfcHRyAAkMcHJvZ3JhbXNfcHRyAAoMdHJpZ2dlcnNfcHRyAAsQdHJpZ2dlcl9zZXRzX3B0cgAMEWVudHJvcHlfa2luZHNfcHRyAA0MY19sb2cyX2NfcHRyAA4LbG9nMl9vZl9wdHIADw9oaXRfb2Zmc2V0c19wdHIAEA5oaXRfdmFsdWVzX3B0cgAREGxvbmdfbnVtYmVyc19wdHIAEg50ZXh0X2J5dGVzX3B0cgATCWhpdF90b3RhbAAUCnNldF9jb3VudHMAFQZsaW1pdHMAFglpbnB1dF9mb3IAFw5pbmRleF9saXRlcmFscwAYBHNjYW4AGQ11dGYxNl9vZmZzZXRzAB4KbG9uZ19saW5lcwAfEGVsaWRlX2xvbmdfbGluZXMAIA92YWx1ZV9saW5lc19wdHIAIRB2YWx1ZV9iZWZvcmVfcHRyACIPdmFsdWVfYWZ0ZXJfcHRyACMOa2VlcF9oaXRfbGluZXMAJArBlAElCABBwIiAgAALCABBwIiEgAALCABBwIiOgAALCABBwIiSgAALCABB0IiigAALCABB0IiqgAALCABBkIqqgAALCABB4IqqgAALCABB4IqrgAALCABB4IqtgAALCABB4IqxgAALCABB4MqxgAALCABB4M6x' +
    'gAALCABB4M60gAALCABBwM+0gAALCABBwM+2gAALCABBwM+4gAALCABBwM/4gAALCABBwM+4gQALCwBBACgCwM/IgQALCwBBACgCxM/IgQALGABBACABNgLMz8iBAEEAIAA2AsjPyIEACyUBAX9BACEBAkAgAEELSw0AIABBAnRBgIiAgABqKAIAIQELIAELjQEBBH8CQCAAQcAAaiIAQQAoAtDPyIEASw0AQQAoAtTPyIEADwsCQCAAQQF0IgFBoNuqggBBD2oiAkFwcSIDaj8AQRB0IgRNDQAgAkFwcSABaiAEa0H//wNqQRB2QABBf0cNAEEADwtBACAANgLQz8iBAEEAIAM2AtTPyIEAQQAgAyAAajYC2M/IgQAgAwvZBAMDfwJ+An8CQCAARQ0AQQAhAUHAiISAACECA0ACQAJAIAJBBGovAQAiAw0AQgAhBEIAIQUMAQtC/wEhBSACKAIAIgZBwIiAgABqLQAAIgdBIGogByAHQb9/akH/AXFBGkkbrUL/AYMhBCADQX9qIgdBByAHQQdJGyIDRQ0AIAZBwYiAgABqLQAAIgdBIGogByAHQb9/akH/AXFBGkkbrUL/AYNCCIYgBIQhBEL//wMhBSADQQFqIgdBAkYNACAGQcKIgIAAai0AACIDQSBqIAMgA0G/f2pB/wFxQRpJG61C/wGDQhCGIASEIQRC////ByEFIAdBA0YNACAGQcOIgIAAai0AACIDQSBqIAMgA0G/f2pB/wFxQRpJG61C/wGDQhiGIASEIQRC/////w8hBSAHQQRGDQAgBkHEiICAAGotAAAiA0EgaiADIANBv39qQf8BcUEaSRutQv8Bg0IghiAEhCEEQv//////HyEFIAdBBUYNACAGQcWIgIAAai0AACIDQSBqIAMgA0G/f2pB/wFxQRpJG61C/wGDQiiGIASEIQRC////////PyEFIAdBBkYNACAGQcaIgIAAai0AACIDQSBqIAMgA0G/f2pB/wFxQRpJG61C/wGDQjCGIASE' +
    'IQRC//////////8AIQUgB0EHRg0AIAZBx4iAgABqLQAAIgdBIGogByAHQb9/akH/AXFBGkkbrUI4hiAEhCEEQn8hBQsgAUHgz8yBAGogBTcDACABQeDPyIEAaiAENwMAIAJBFGohAiABQQhqIQEgAEF/aiIADQALCwveGgUGfwF7An8Pew9/I4CAgIAAQTBrIgMkgICAgABBAEEAKALUz8iBACIENgLAz8iBAEEAQQA2AsTPyIEAAkAgAg0AQQBBADYC4M/QgQALQQAgAUEQdkEBcTYC6M/QgQBBAEEAOgDkz9CBACAAQcAAaiEFIAFB//97cSEGAkACQAJAIABBv39LDQAgACECAkAgBSAAQQFqIgcgBSAHSxsgAGsiB0EQSQ0AIAQgAGoiCP0MAAAAAAAAAAAAAAAAAAAAACIJ/QsAAAJAIAdBcHEiAkEQRg0AIAhBEGogCf0LAAAgAkEgRg0AIAhBIGogCf0LAAAgAkEwRg0AIAhBMGogCf0LAAALIAcgAkYNAiACIABqIQILA0AgBCACakEAOgAAIAJBAWoiAiAFSQ0ADAILCyAFRQ0BC0EAIQJBACgC2M/IgQAhBwNAIAcgAmogBCACav0AAAAiCf0Mv7+/v7+/v7+/v7+/v7+/v/1u/QwaGhoaGhoaGhoaGhoaGhoa/Sb9DCAgICAgICAgICAgICAgICD9TiAJ/VD9CwAAIAJBEGoiAiAFSQ0ACwtBACEKAkBBACgCsIiAgAAgBkYNAEEA/QwAAAAAAAAAAAAAAAAAAAAAIgn9CwTw0aaCAEEAIAn9CwTg0aaCAEEAIAn9CwTQ0aaCAEEAIAn9CwTA0aaCAEEAIAn9CwSw0aaCAEEAIAn9CwSg0aaCAEEAIAn9CwSQ0aaCAEEAIAn9CwSA0aaCAEEAIAn9CwTw0KaCAEEAIAn9CwTg0KaCAEEAIAn9CwTQ0KaCAEEAIAn9CwTA0KaCAEEAIAn9CwSw0KaCAEEAIAn9CwSg0KaCAEEAIAn9CwSQ0KaCAEEA' +
    'IAn9CwSA0KaCAEEAIAY2ArCIgIAAQQAgCf0LBNDSpoIAQQAgCf0LBMDSpoIAQQAgCf0LBLDSpoIAQQAgCf0LBKDSpoIAQQAgCf0LBJDSpoIAQQAgCf0LBIDSpoIAAkBBACgCyM/IgQAiC0UNAEEAIQhB4M6xgAAhBANAAkAgCEEDdEHiyrGAAGovAQAgAXENAEEBIAhBB3F0IQVBACECA0ACQCAEIAJqLQAARQ0AIAJBD3FBgNKmggBqIgcgBy0AACAFcjoAACACQQR2QZDSpoIAaiIHIActAAAgBXI6AAALIAJBAWoiAkGAAkcNAAtBACECA0ACQCAEIAJqQYACai0AAEUNACACQQ9xQaDSpoIAaiIHIActAAAgBXI6AAAgAkEEdkGw0qaCAGoiByAHLQAAIAVyOgAACyACQQFqIgJBgAJHDQALQQAhAgNAAkAgBCACakGABGotAABFDQAgAkEPcUHA0qaCAGoiByAHLQAAIAVyOgAAIAJBBHZB0NKmggBqIgcgBy0AACAFcjoAAAsgAkEBaiICQYACRw0ACwsgBEGABmohBCAIQQFqIgggC0cNAAsLQRAhB0EAQRA2AuTSpoIAQQBBADoA4NKmggACQEEAKALMz8iBACIERQ0AQQD9AATw0aaCACEJQQD9AATg0aaCACEMQQD9AATQ0aaCACENQQD9AATA0aaCACEOQQD9AASw0aaCACEPQQD9AASg0aaCACEQQQD9AASQ0aaCACERQQD9AASA0aaCACESQQD9AATw0KaCACETQQD9AATg0KaCACEUQQD9AATQ0KaCACEVQQD9AATA0KaCACEWQQD9AASw0KaCACEXQQD9AASg0KaCACEYQQD9AASQ0KaCACEZQQD9AASA0KaCACEaQeDOtIAAIQUDQAJAIAVBAmovAQAgAXFFDQBBAEEBOgDg0qaCAAJAIAVBBGooAgAiAiAHTw0AQQAgAjYC5NKmggAgAiEHC0EAIBogBS8BAEEIdCICQeCKq4AAav0ABAD9' +
    'UCIa/QsEgNCmggBBACAZIAJB8IqrgABq/QAEAP1QIhn9CwSQ0KaCAEEAIBggAkGAi6uAAGr9AAQA/VAiGP0LBKDQpoIAQQAgFyACQZCLq4AAav0ABAD9UCIX/QsEsNCmggBBACAWIAJBoIurgABq/QAEAP1QIhb9CwTA0KaCAEEAIBUgAkGwi6uAAGr9AAQA/VAiFf0LBNDQpoIAQQAgFCACQcCLq4AAav0ABAD9UCIU/QsE4NCmggBBACATIAJB0IurgABq/QAEAP1QIhP9CwTw0KaCAEEAIBIgAkHgi6uAAGr9AAQA/VAiEv0LBIDRpoIAQQAgESACQfCLq4AAav0ABAD9UCIR/QsEkNGmggBBACAQIAJBgIyrgABq/QAEAP1QIhD9CwSg0aaCAEEAIA8gAkGQjKuAAGr9AAQA/VAiD/0LBLDRpoIAQQAgDiACQaCMq4AAav0ABAD9UCIO/QsEwNGmggBBACANIAJBsIyrgABq/QAEAP1QIg39CwTQ0aaCAEEAIAwgAkHAjKuAAGr9AAQA/VAiDP0LBODRpoIAQQAgCSACQdCMq4AAav0ABAD9UCIJ/QsE8NGmggALIAVBGGohBSAEQX9qIgQNAAsLIANBEGohBEEAIQVBACEHA0AgBCAFQYDQpoIAai0AAEEARyICOwEAAkAgBUGB0KaCAGotAABFDQAgBCACQQJyIgI7AQALAkAgBUGC0KaCAGotAABFDQAgBCACQQRyIgI7AQALAkAgBUGD0KaCAGotAABFDQAgBCACQQhyIgI7AQALAkAgBUGE0KaCAGotAABFDQAgBCACQRByIgI7AQALAkAgBUGF0KaCAGotAABFDQAgBCACQSByIgI7AQALAkAgBUGG0KaCAGotAABFDQAgBCACQcAAciICOwEACwJAIAVBh9CmggBqLQAARQ0AIAQgAkGAAXIiAjsBAAsCQCAFQYjQpoIAai0AAEUNACAEIAJBgAJyIgI7AQALAkAgBUGJ0KaCAGotAABFDQAgBCAC' +
    'QYAEciICOwEACwJAIAVBitCmggBqLQAARQ0AIAQgAkGACHIiAjsBAAsCQCAFQYvQpoIAai0AAEUNACAEIAJBgBByIgI7AQALAkAgBUGM0KaCAGotAABFDQAgBCACQYAgciICOwEACwJAIAVBjdCmggBqLQAARQ0AIAQgAkGAwAByIgI7AQALAkAgBUGO0KaCAGotAABFDQAgBCACQYCAAXIiAjsBAAsCQCAFQY/QpoIAai0AAEUNACAEIAJBgIACcjsBAAsgB0GA06aCAGpBADoAACAHQfDSpoIAakEAOgAAIARBAmohBCAHQQFqIQcgBUEQaiIFQYACRw0AC0EALQD/0qaCACELQQAtAP7SpoIAIRtBAC0A/dKmggAhHEEALQD80qaCACEdQQAtAPvSpoIAIR5BAC0A+tKmggAhH0EALQD50qaCACEgQQAtAPjSpoIAISFBAC0A99KmggAhIkEALQD20qaCACEjQQAtAPXSpoIAISRBAC0A9NKmggAhJUEALQDz0qaCACEmQQAtAPLSpoIAISdBAC0A8dKmggAhKEEALQDw0qaCACEpQQEhAUEAIQhBACEHAkADQAJAIANBEGogCEEBdGovAQAiBUUNAEEAIQQCQAJAAkAgB0UNACADIQIDQCACLwEAIAVGDQEgAkECaiECIAcgBEEBaiIERw0ADAILCyAEIAdGDQAgByEBDAELIAdBCEYNAyADIAdBAXRqIAU7AQAgB0EBaiEBIAchBAsgCEGA06aCAGoiAiACLQAAQQEgBHQiAnI6AAACQCAFQQFxRQ0AQQAgKSACciIpOgDw0qaCAAsCQCAFQQJxRQ0AQQAgKCACciIoOgDx0qaCAAsCQCAFQQRxRQ0AQQAgJyACciInOgDy0qaCAAsCQCAFQQhxRQ0AQQAgJiACciImOgDz0qaCAAsCQCAFQRBxRQ0AQQAgJSACciIlOgD00qaCAAsCQCAFQSBxRQ0AQQAgJCACciIkOgD10qaCAAsCQCAFQcAAcUUNAEEA' +
    'ICMgAnIiIzoA9tKmggALAkAgBUGAAXFFDQBBACAiIAJyIiI6APfSpoIACwJAIAVBgAJxRQ0AQQAgISACciIhOgD40qaCAAsCQCAFQYAEcUUNAEEAICAgAnIiIDoA+dKmggALAkAgBUGACHFFDQBBACAfIAJyIh86APrSpoIACwJAIAVBgBBxRQ0AQQAgHiACciIeOgD70qaCAAsCQCAFQYAgcUUNAEEAIB0gAnIiHToA/NKmggALAkAgBUGAwABxRQ0AQQAgHCACciIcOgD90qaCAAsCQCAFQYCAAXFFDQBBACAbIAJyIhs6AP7SpoIACwJAIAVBgIACcUUNAEEAIAsgAnIiCzoA/9KmggALIAEhBwsgCEEPSSEBIAhBAWoiCEEQRw0ACwtBACABQX9zQQFxNgKQ06aCAAsCQAJAQQAoAuDP0IEARQ0AQQAhAkEAIQVBACEKA0ACQCAKIAJB8M/QgQBqKAIAIAAgBhCagICAAEEATg0AQX8hAgwDCyACQfDP4IEAaigCACEKIAJBBGohAiAFQQFqIgVBACgC4M/QgQBJDQALCyAKIAAgACAGEJqAgIAAIQJBACgCxM/IgQBBfyACQX9KGyECCyADQTBqJICAgIAAIAILrBQEBH8Kexd/AXwjgICAgABBIGsiBCSAgICAAEEAIQUCQCAAIAFPDQAgAEEBaiEGIABBf3MgAmohBwNAQQD9AATAiaqAAEEAKALUz8iBACAAaiIF/QAAACIIQQT9bSIJ/Q5BAP0ABLCJqoAAIAj9DA8PDw8PDw8PDw8PDw8PDw8iCv1OIgv9Dv1OQQD9AATQiaqAACAF/QAAASIMIAr9TiIN/Q79TkEA/QAE4ImqgAAgDEEE/W0iDP0O/U5BAP0ABPCJqoAAIAX9AAACIg4gCv1OIgr9Dv1OQQD9AASAiqqAACAOQQT9bSIO/Q79TiIPQQD9AATgiKqAACAJ/Q5BAP0ABNCIqoAAIAv9Dv1OQQD9AATwiKqAACAN/Q79TkEA/QAEgImq' +
    'gAAgDP0O/U5BAP0ABJCJqoAAIAr9Dv1OQQD9AASgiaqAACAO/Q79TiIQ/VD9DAAAAAAAAAAAAAAAAAAAAAAiEf0k/WQhEkEAKALYz8iBACAAaiIFKAABQbHz3fF5bEEQdkHAiI6AAGotAABBAXQgBSgAAEGx893xeWxBEHZBwIiOgABqLQAAciAFKAACQbHz3fF5bEEQdkHAiI6AAGotAABBAnRyIAUoAANBsfPd8XlsQRB2QcCIjoAAai0AAEEDdHIgBSgABEGx893xeWxBEHZBwIiOgABqLQAAQQR0ciAFKAAFQbHz3fF5bEEQdkHAiI6AAGotAABBBXRyIAUoAAZBsfPd8XlsQRB2QcCIjoAAai0AAEEGdHIgBSgAB0Gx893xeWxBEHZBwIiOgABqLQAAQQd0ciAFKAAIQbHz3fF5bEEQdkHAiI6AAGotAABBCHRyIAUoAAlBsfPd8XlsQRB2QcCIjoAAai0AAEEJdHIgBSgACkGx893xeWxBEHZBwIiOgABqLQAAQQp0ciAFKAALQbHz3fF5bEEQdkHAiI6AAGotAABBC3RyIAUoAAxBsfPd8XlsQRB2QcCIjoAAai0AAEEMdHIgBSgADUGx893xeWxBEHZBwIiOgABqLQAAQQ10ciAFKAAOQbHz3fF5bEEQdkHAiI6AAGotAABBDnRyIAUoAA9BsfPd8XlsQRB2QcCIjoAAai0AAEEPdHIhE0EA/QAEkNKmggAgCf0OQQD9AASA0qaCACAL/Q79TkEA/QAEoNKmggAgDf0O/U5BAP0ABLDSpoIAIAz9Dv1OQQD9AATA0qaCACAK/Q79TkEA/QAE0NKmggAgDv0O/U4gEf0k/WQhFEEAIRUCQEEALQDg0qaCAEUNAEEAIRUgCP0MJycnJycnJycnJycnJycnJ/0jIAj9DCIiIiIiIiIiIiIiIiIiIiL9I/1Q/WQiFkUNACAAQQAoApDTpoIAIgUQm4CAgAAgAEEQaiAFEJuAgIAAQRB0ciEXAkBBACgC5NKm' +
    'ggAiGEECSQ0AQQEhBQNAIBcgGCAFayAFIAVBAXQgGEsbIhl2IBdxIRcgGSAFaiIFIBhJDQALCyAXQQF2IBZxIRULAkAgEiATciAUciAVckF/IAEgAGsiBXRBf3NBfyAFQRBJG3EiGkUNACAEIA/9CwQQIAQgEP0LBAADQCAaaCIbIABqIRwCQEEBIBt0Ih0gE3FFDQBB0IiigABBACgC2M/IgQAgHGooAABBsfPd8XlsQQ52Qfz/D3EiBUHAiJKAAGooAgAgBUHEiJKAAGooAgAgHCACEJyAgIAADQBBfyEFDAQLAkAgHSAScUUNAAJAIAQgG2oiGS0AACIFRQ0AQQAhFwNAAkACQCAFQQFxDQAgF0EBaiEXDAELQeCKqoAAIBdBAnRBkIqqgABqKAIAIBdBAWoiF0ECdEGQiqqAAGooAgAgHCACEJyAgIAADQBBfyEFDAcLIAVBAUshGCAFQQF2IQUgGA0ACwsgGUEQai0AACIFRQ0AQbSKqoAAIRcDQAJAIAVBAXFFDQBB4IqqgAAgF0F8aigCACAXKAIAIBwgAhCcgICAAA0AQX8hBQwGCyAXQQRqIRcgBUEBSyEYIAVBAXYhBSAYDQALCwJAIB0gFHFFDQBBACgCyM/IgQAiGEUNAEEAIRdBACgC1M/IgQAhHkEBIRlB4MqxgAAhBQJAA0ACQCAFQQJqLwEAIANxDQAgHiAcIAIgBS8BAEECdCIWQeCKsYAAai8BACIfIB8gFkHiirGAAGovAQBqEJ2AgIAARQ0AQQAoAsTPyIEAIhZBgIAQRg0CQQAgFkEBajYCxM/IgQAgFkECdCIZQcDPuIAAaiAcNgIAIBlBwM/4gABqIAVBBGooAgA2AgALIAVBCGohBSAXQQFqIhcgGEkhGSAYIBdHDQALCyAZQQFxRQ0AQX8hBQwECwJAIB0gFXFFDQBBACgCzM/IgQAiIEUNACAcQQFqIiEgAk8NAEEAKALUz8iBACIiIBxqISMgByAbayEeIAYgG2ohJCAiIAZq' +
    'IBtqIR9BACEbQQAoAsTPyIEAISVBASEmAkADQAJAIBtBGGwiJ0HizrSAAGovAQAgA3FFDQAgJ0HgzrSAAGovAQAhFiAjLQAAIShBACEYQcDPtoAAIRcgJCEZQQAhBQJAA0AgFkEIdCAfIAVqLQAAIh1yQeCKq4AAai0AAEUNASAZQQFqIRkgGEEBaiEYIBdBCGohFyAeIAVBAWoiBUcNAAwCCwsgHSAoQf8BcUcNACAFICdB5M60gABqKAIASQ0AIAUgJ0HozrSAAGooAgBLDQACQCAFQf8fSw0ARAAAAAAAAAAAISkCQCAkIAVqICFNDQAgBUF/aiEoICEhFgJAIAVBA3FFDQAgGEEDcSEYICEhFgNAICIgFmotAABBAnRBoNOmggBqIh0gHSgCAEEBajYCACAWQQFqIRYgGEF/aiIYDQALCwJAIChBA0kNACAiIBZqIRggGSAWayEZA0AgGC0AAEECdEGg06aCAGoiFiAWKAIAQQFqNgIAIBhBAWotAABBAnRBoNOmggBqIhYgFigCAEEBajYCACAYQQJqLQAAQQJ0QaDTpoIAaiIWIBYoAgBBAWo2AgAgGEEDai0AAEECdEGg06aCAGoiFiAWKAIAQQFqNgIAIBhBBGohGCAZQXxqIhkNAAsLRAAAAAAAAAAAISlBACEYA0ACQCAfIBhqLQAAQQJ0QaDTpoIAaiIZKAIAIhZFDQAgGUEANgIAICkgFkEDdEHAz7SAAGorAwCgISkLIAUgGEEBaiIYRw0ACwsgFysDACApIAW4o6EgJ0HwzrSAAGorAwBkRQ0BCyAlQYCAEEYNAkEAICVBAWoiBTYCxM/IgQAgJUECdCIXQcDPuIAAaiAcNgIAIBdBwM/4gABqICdB7M60gABqKAIANgIAIAUhJQsgG0EBaiIbICBJISYgGyAgRw0ACwsgJkEBcUUNAEF/IQUMBAsgGkF/aiAacSIaDQALCyAHQXBqIQcgBkEQaiEGQQAhBSAAQRBqIgAgAUkNAAsLIARBIGok' +
    'gICAgAAgBQv1AwEBe0EAKALUz8iBACAAaiEAAkAgAQ0AIABBD2otAABBgNCmggBqLQAAQQBHQQ90IABBDmotAABBgNCmggBqLQAAQQBHQQ50IABBDWotAABBgNCmggBqLQAAQQBHQQ10IABBDGotAABBgNCmggBqLQAAQQBHQQx0IABBC2otAABBgNCmggBqLQAAQQBHQQt0IABBCmotAABBgNCmggBqLQAAQQBHQQp0IABBCWotAABBgNCmggBqLQAAQQBHQQl0IABBCGotAABBgNCmggBqLQAAQQBHQQh0IABBB2otAABBgNCmggBqLQAAQQBHQQd0IABBBmotAABBgNCmggBqLQAAQQBHQQZ0IABBBWotAABBgNCmggBqLQAAQQBHQQV0IABBBGotAABBgNCmggBqLQAAQQBHQQR0IABBA2otAABBgNCmggBqLQAAQQBHQQN0IABBAmotAABBgNCmggBqLQAAQQBHQQJ0IABBAWotAABBgNCmggBqLQAAQQBHQQF0IAAtAABBgNCmggBqLQAAQQBHcnJycnJycnJycnJycnJyDwtBAP0ABIDTpoIAIAD9AAAAIgJBBP1t/Q5BAP0ABPDSpoIAIAL9DA8PDw8PDw8PDw8PDw8PDw/9Tv0O/U79DAAAAAAAAAAAAAAAAAAAAAD9JP1kC4MiBQJ/AX4OfwF7B39BASEFAkAgASACTw0AQQAoAtjPyIEAIgYgA2opAAAhB0EBIARrIQhBACAEayEJIANBf3MhCkEAKALUz8iBACILQX9qIQwgC0F9aiENQQAoAujP0IEAIQ4DQAJAIAAgAUEBdGovAQAiD0EDdCIFQeDPzIEAaikDACAHgyAFQeDPyIEAaikDAFINACAPQRRsIhBBxIiEgABqLwEAIgUgA2oiESAESw0AIBBB0IiEgABqLwEAIQ8CQAJAIAVBCEsNACAPQf//A3FFDQELIA9B//8DcSISRUEDdCIPIAVPDQAgBSAPayETIAsgBiASGyADaiAPaiEF' +
    'IA8gEEHAiISAAGooAgBqQcCIgIAAaiEPA0AgBS0AACAPLQAARw0CIAVBAWohBSAPQQFqIQ8gE0F/aiITDQALCwJAIBBBxoiEgABqLwEAIgVB//8DRg0AIAsgESAEIAVBAnQiBUHgirGAAGovAQAiDyAPIAVB4oqxgABqLwEAahCdgICAAEUNAQsgEEHIiISAAGooAgAhFAJAIBBB0oiEgABqLwEARQ0AAkACQEEALQDkz9CBAEUNAEEAKAKU06aCACADSQ0AQQAoApjTpoIAIQ8MAQsgBCEVAkAgAyAETw0AIAMhBQJAA0AgCyAFav0AAAAiFv0MCgoKCgoKCgoKCgoKCgoKCv0jIBb9DA0NDQ0NDQ0NDQ0NDQ0NDQ39I/1Q/WQiDw0BIAVBEGoiBSAESQ0ACyAEIRUMAQsgD2ggBWoiBSAEIAUgBEkbIRULIAohEyADIQ8CQAJAAkADQCAPIgVFDQECQAJAIAsgBWoiEkF/ai0AAEF2ag4EAQAAAQALIAVBf2ohDyAVIBNBAWoiE2pBoR9JDQELC0EAIBU2ApTTpoIAQQEhD0EAQQE6AOTP0IEAIBUgBWtBoB9LDQJBASERIAVBAkkNAQJAIAVBfUF+IBJBfmotAABBDUYbaiIPQQBODQAgBSERDAILAkADQAJAIAsgD2otAAAiE0EJRg0AIBNBIEYNACATQT5GDQIgBSERDAQLIA9BAEohEyAPQX9qIQ8gEw0ACyAFIREMAgsgBSEPAkAgFSAFTQ0AIAUhDwNAAkAgCyAPai0AACITQSBGDQAgE0EJRw0CCyAVIA9BAWoiD0cNAAsgBSERDAILAkAgDyAVSQ0AIAUhEQwCCyAPIRMCQANAIAsgE2otAAAiEUEgRiARQQlGcg0BAkAgEUF1ag40AgIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgALIBUgE0EBaiITRw0ACyAVIRMLAkAgEyAPRw0AIAUhEQwCCwJA' +
    'IBMgFU8NAANAAkAgCyATai0AACIPQSBGDQAgD0EJRw0CC0EBIQ8gFSATQQFqIhNHDQAMBAsLQQEhDyATIBVGDQICQCATQQFqIhIgFUkNACAFIREMAgsCQCALIBNqLQAAQTxGDQAgBSERDAILIAUhESALIBJqLQAAQS9GDQIMAQtBACERQQAgFTYClNOmggBBASEPQQBBAToA5M/QgQAgFUGgH0sNAQsCQAJAIBUgBE8NACAIIBVqIRcgCyAVaiESIAkgFWohE0ECIQUCQAJAAkADQCASIAVqIg9BfmotAABBCkYNASAXIAVqQQJGDQQCQCAPQX9qLQAAQQpGDQAgEyAFakUNBSAPLQAAQQpGDQMgBUGAIEsNBiATIAVBA2oiBWpBAkcNAQwFCwsgFSAFakF/aiETDAILIBUgBWpBfmohEwwBCyAVIAVqIRMLIBNFDQAgE0F+aiATQX9qIgUgCyAFai0AAEENRhsiBUEASA0AAkACQANAAkAgCyAFai0AACIPQQlGDQAgD0EgRg0AIA9BPkcNBEF/IRIDQCATRQ0DIA0gE2oiBUECai0AAEEKRg0DIBNBf2ohDyATQQFGDQQgBUEBai0AAEEKRg0EIBNBfmohDyATQQJGDQQgBS0AAEEKRg0EIBNBfWohE0EBIQ8gEkEDaiISQYAgTQ0ADAcLCyAFQQBKIQ8gBUF/aiEFIA8NAAwDCwsgEyEPCyALIA9qIQUDQAJAIAUtAAAiD0EJRg0AIA9BIEYNACAPQTxHDQIMAwsgBUEBaiEFDAALCwJAIBUgEU0NACARQQJqIRhBfyEZIBUgEUF/c2ohGkF9IRsgESESA0ACQAJAIAsgEmoiFy0AACIFQV9qIhNBHksNAEEBIQ9BASATdEGByICQBnENASATQRxHDQAgEiARTQ0BAkAgF0F/ai0AACITQT1GDQAgE0EhRw0CCyAYIBJLDQECQCASQX5qIhMgEU0NAAJAIAsgE2otAAAiD0EgRg0AIA9BCUcNAQsgEkF9aiET' +
    'IBtBBCAbQQRJGyIPRQ0AAkAgCyATai0AACIXQSBGDQAgF0EJRw0BCyASQXxqIRMgD0EBRg0AAkAgCyATai0AACIXQSBGDQAgF0EJRw0BCyASQXtqIRMgD0ECRg0AAkAgCyATai0AACIXQSBGDQAgF0EJRw0BCyASQXpqIRMgD0EDRg0AAkAgCyATai0AACIPQSBGDQAgD0EJRw0BCyASQXlqIRMLQQEhDyALIBNqLQAAQV5qDgYFAQEBAQUBCwJAAkAgBUHFAUYNACAFQeIBRw0BIBJBAmoiDyAVTw0BIBdBAWotAABBhAFHDQEgCyAPai0AAEGqAUYNBQwBCyASQQFqIg8gFU8NACALIA9qLQAAQb8BRg0ECyAFQSxGIQ8LAkAgD0UNACAFQT5GDQAgEiEPAkAgEiARTQ0AAkACQCALIBJBf2oiD2otAAAiE0EJRg0AIBNBIEYNACAPIRwgEiEXDAELAkAgGUEEIBlBBEkbIh1FDQACQAJAIAsgEkF+aiIXai0AACITQSBGDQAgE0EJRw0BCwJAIB1BAUcNACAXIQ8MAgsCQCALIBJBfWoiD2otAAAiE0EgRg0AIBNBCUYNACAPIRwMAwsgHUECRg0BAkAgCyASQXxqIhdqLQAAIhNBIEYNACATQQlHDQELAkAgHUEDRw0AIBchDwwCCyALIBJBe2oiD2otAAAiE0EJRg0BIA8hHCATQSBGDQEMAgsgFyEcIA8hFwwBCyAPIBFNDQEgCyASIB1rQX5qIhxqLQAAIRMgDyEXCyATQf8BcSIPQQlGDQEgD0EgRg0BIBwgFyAPQd0ARhshDwsCQAJAIA8gEUsNACAPIRMMAQsCQCALIA9Bf2oiE2otAAAiF0Feag4GAQAAAAABAAsgEyAPIBdB4ABGGyETCwJAAkAgEyASRw0AIAVBLkYNAiASIBFLDQEMAgsgEyARTQ0BCyATIQUCQANAAkAgDCAFai0AACIPQVBqQf8BcUEKSQ0AIA9B3wFxQb9/akH/AXFBGkkN' +
    'ACAPQVNqQQJJDQAgD0HfAEYNACAPQRh0QRh1QX9KDQILIAVBf2oiBSARSw0ACyARIQULIAUgE08NAEEBIRcCQANAAkACQAJAAkACQAJAAkACQAJAAkACQCAGIAUiD2otAABBn39qDhQDCAQAAAAAAAAAAQAAAAACAAAGBQALIA9BAWohBQwJCyAPQQFqIgUgE08NCCAGIAVqLQAAQeUARw0IIA9BAmoiDyATTw0IIAYgD2otAABB+QBHDQgMCgsgD0EBaiIFIBNPDQcgBiAFai0AACIdQfcARg0EIB1B4QBHDQcgD0ECaiIdIBNPDQcCQCAGIB1qLQAAQY1/ag4CAAoICyAPQQNqIg8gE08NByAGIA9qLQAAQfMARw0HDAkLIA9BAWoiBSATTw0GIAYgBWotAABB9QBHDQYgD0ECaiIdIBNPDQYgBiAdai0AAEH0AEcNBiAPQQNqIg8gE08NBiAGIA9qLQAAQegARw0GDAgLIA9BAWoiBSATTw0FAkAgBiAFai0AAEGRf2oOBAUGBgAGCyAPQQJqIh0gE08NBSAGIB1qLQAAQeUARw0FIA9BA2oiDyATTw0FIAYgD2otAABB5ABHDQUMBwsgD0EBaiIFIBNPDQQgBiAFai0AAEHvAEcNBCAPQQJqIh0gE08NBCAGIB1qLQAAQesARw0EIA9BA2oiHSATTw0EIAYgHWotAABB5QBHDQQgD0EEaiIPIBNPDQQgBiAPai0AAEHuAEcNBAwGCyAPQQFqIgUgE08NAyAGIAVqLQAAQeUARw0DIA9BAmoiHSATTw0DIAYgHWotAABB4wBHDQMgD0EDaiIdIBNPDQMgBiAdai0AAEHyAEcNAyAPQQRqIh0gE08NAyAGIB1qLQAAQeUARw0DIA9BBWoiDyATTw0DIAYgD2otAABB9ABHDQMMBQsgD0ECaiIPIBNPDQIgBiAPai0AAEHkAEcNAgwECyAPQQFqIgUgE08NASAGIAVqLQAAQeUARw0BIA9BAmoiHSATTw0BIAYg' +
    'HWotAABB4QBHDQEgD0EDaiIdIBNPDQEgBiAdai0AAEHyAEcNASAPQQRqIh0gE08NASAGIB1qLQAAQeUARw0BIA9BBWoiDyATTw0BIAYgD2otAABB8gBHDQEMAwsgD0ECaiIdIBNPDQAgBiAdai0AAEHuAEcNACAPQQNqIh0gE08NACAGIB1qLQAAQfQARw0AIA9BBGoiHSATTw0AIAYgHWotAABB8gBHDQAgD0EFaiIdIBNPDQAgBiAdai0AAEHhAEcNACAPQQZqIh0gE08NACAGIB1qLQAAQfMARw0AIA9BB2oiDyATTw0AIAYgD2otAABB5QBGDQILIAUgE0khFyAFIBNHDQALCyAXQQFxRQ0AQQEhDyAORQ0EIBIhBQJAAkADQCALIAVqIh0tAAAiF0FfaiITQR5LDQFBASATdEGB2ICQB3FFDQEgFSAFQQFqIgVHDQALIBUhBQwBCyAFIBVPDQACQAJAIBdBCUYNACAXQSBGDQAgBSETDAELAkACQCAFQQFqIhMgFUkNACATIBVJIQUMAQsCQCAdQQFqLQAAIhdBCUYNACAXQSBHDQILAkAgBUECaiITIBVJDQAgEyAVSSEFDAELAkAgHUECai0AACIXQQlGDQAgF0EgRw0CCwJAIAVBA2oiEyAVSQ0AIBMgFUkhBQwBCwJAIB1BA2otAAAiF0EJRg0AIBdBIEcNAgsCQCAFQQRqIhMgFUkNACATIBVJIQUMAQsCQCAdQQRqLQAAIhdBCUYNACAXQSBHDQILIAVBBWoiEyAVSSEFCwJAIAUNACATIQUMAgsgCyATai0AACEXCwJAIBdB/wFxIgVB2wBGDQAgBUEoRg0AIBMhBQwBCyATQQFqIgUgFU8NAAJAIAsgBWotAAAiF0EgRg0AIBdBCUcNAQsgE0ECaiIFIBVPDQACQCALIAVqLQAAIhdBIEYNACAXQQlHDQELIBNBA2oiBSAVTw0AAkAgCyAFai0AACIXQSBGDQAgF0EJRw0BCyATQQRqIQULIAVB' +
    'AWoiEyAVTw0AAkACQCALIAVqLQAAIgVBXmoOBgECAgICAQALIAVB4ABHDQELAkAgCyATai0AACITQXdqIgVBHksNAEEBIAV0QY2AgJQEcQ0BCyATQeAARw0ECyAbQQFqIRsgEkEBaiESIBlBAWoiGSAaRw0ACwtBACEPDAELQQEhDwtBACAPNgKY06aCAAsgDw0AIBBBzIiEgABqKAIAIRQLIBRBf0YNAEEAIQVBACgCxM/IgQAiD0GAgBBGDQJBACAPQQFqNgLEz8iBACAPQQJ0IgVBwM/4gABqIBQ2AgAgBUHAz7iAAGogAzYCAAtBASEFIAFBAWoiASACRw0ACwsgBQuSAgEGf0EBIQUCQCADIARGDQBBACEGAkAgA0EDdCIHQeSKrYAAaigCACIFRQ0AQQAhCEEAIAIgAWsiBiAGIAJLGyEGIAAgAWohCSAHQeCKrYAAai8BAEEIdCEKA0AgBiAIRg0BAkAgCiAJIAhqLQAAckHgiquAAGotAAANACAIIQYMAgsgBSAIQQFqIghHDQALIAUhBgsCQCAGIAdB4oqtgABqLwEAIghJDQBBASEFIAAgBiABaiIJIAIgA0EBaiIKIAQQnYCAgAANASAIIAZrIQggCUF/aiEGA0AgCEUNAUEBIQUgCEEBaiEIIAAgBiACIAogBBCdgICAACEJIAZBf2ohBiAJDQIMAAsLQQAhBQsgBQvpBwgIfwF7AX8BewN/AnsBfwR7AkBBACgCxM/IgQAiAUUNAEEAKALAz8iBACECQQAhA0EAIQRBACEFA0ACQCADQRBqIAAgBEECdEHAz7iAAGoiBigCACIHIAcgAEsbIghLDQADQCAFIAIgA2r9AAAAIgn9DO/v7+/v7+/v7+/v7+/v7+/9KP1kaWogCf0MwMDAwMDAwMDAwMDAwMDAwP1O/QyAgICAgICAgICAgICAgICA/SP9ZGlrQRBqIQUgA0EgaiEHIANBEGohAyAHIAhNDQALCwJAIAggA00NAAJAAkAgCCADayIK' +
    'QQRJDQD9DAAAAAAAAAAAAAAAAAAAAAAiCyAF/RwAIQkgCkF8cSIMQXxqIgVBAnZBAWoiB0EBcSENAkACQCAFDQBBACEFDAELIAIgA2ohDiAHQf7///8HcSEHQQAhBQNAIAv9DAIAAAACAAAAAgAAAAIAAAAiD/0MAQAAAAEAAAABAAAAAQAAACIQIA4gBWoiEUEEaigAAP0RIhL9DO/v7+8AAAAAAAAAAAAAAAAiE/0oIAn9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgEv0MwMDAwAAAAAAAAAAAAAAAACIU/U79DICAgIAAAAAAAAAAAAAAAAAiEv0jIAn9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgCyAPIBAgESgAAP0RIhUgE/0oIAn9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgFSAU/U4gEv0jIAn9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgCf2uAf2uASEJIAVBCGohBSAHQX5qIgcNAAsLAkAgDUUNACAL/QwCAAAAAgAAAAIAAAACAAAA/QwBAAAAAQAAAAEAAAABAAAAIAIgAyAFamooAAD9ESIP/Qzv7+/vAAAAAAAAAAAAAAAA/SggCf0NAAAAAAEAAAACAAAAAwAAAEEY/asBQRj9rAH9UiAP/QzAwMDAAAAAAAAAAAAAAAAA/U79DICAgIAAAAAAAAAAAAAAAAD9IyAJ/Q0AAAAAAQAAAAIAAAADAAAAQRj9qwFBGP2sAf1SIAn9rgEhCQsgCSAJIAn9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiCSAJIAn9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAhBSAKIAxGDQEgAyAMaiEDCyACIANqIQcgCCADayEDA0BBAEECQQEgBy0AACIRQe8BSxsgEUHAAXFBgAFGGyAFaiEFIAdBAWohByADQX9qIgMNAAsLIAghAwsgBiAFNgIAIARBAWoiBCABRw0A' +
    'CwsLvRMGBX8Bewt/AXsEfwZ7QQBBADYC4M/QgQACQAJAIABBv39LDQBBACgC1M/IgQAhAyAAIQQCQAJAIABBwABqIgUgAEEBaiIGIAUgBksbIABrIgZBEEkNACADIABqIgf9DAAAAAAAAAAAAAAAAAAAAAAiCP0LAAACQCAGQXBxIgRBEEYNACAHQRBqIAj9CwAAIARBIEYNACAHQSBqIAj9CwAAIARBMEYNACAHQTBqIAj9CwAACyAGIARGDQEgBCAAaiEECwNAIAMgBGpBADoAACAEQQFqIgQgBUkNAAsLIAANAEEAIQlBACEKQQAhCwwBC0EAKALUz8iBACEMQQAhC0EAIQpBACENQQAhBkEAIQkDQAJAIAwgBmr9AAAAIgj9DA0NDQ0NDQ0NDQ0NDQ0NDQ39I/1kIg4gCP0MCgoKCgoKCgoKCgoKCgoKCv0j/WQiD3JBfyAAIAZrIgR0QX9zQX8gBEEQSRtxIhBFDQACQCAQaCIRIAZqIhIgC2siAyABTQ0AAkAgAkUNAEEAIQUgCyEEA0ACQCAEQRBqIgcgEk0NAAJAIAQgEk8NAAJAIBIgBGsiE0EESQ0A/QwAAAAAAAAAAAAAAAAAAAAAIhQgBf0cACEIIANBfHEhFSATQXxxIhZBfGoiBUECdkEBakEBcSEXAkACQCAFDQBBACEFDAELIAwgBGohGCAVQXxqQQJ2QQFqQf7///8HcSEDQQAhBQNAIBT9DAIAAAACAAAAAgAAAAIAAAAiGf0MAQAAAAEAAAABAAAAAQAAACIaIBggBWoiB0EEaigAAP0RIhv9DO/v7+8AAAAAAAAAAAAAAAAiHP0oIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgG/0MwMDAwAAAAAAAAAAAAAAAACId/U79DICAgIAAAAAAAAAAAAAAAAAiG/0jIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgFCAZIBogBygAAP0RIh4gHP0oIAj9DQAAAAAB' +
    'AAAAAgAAAAMAAABBGP2rAUEY/awB/VIgHiAd/U4gG/0jIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgCP2uAf2uASEIIAVBCGohBSADQX5qIgMNAAsLAkAgF0UNACAU/QwCAAAAAgAAAAIAAAACAAAA/QwBAAAAAQAAAAEAAAABAAAAIAwgBWogBGooAAD9ESIZ/Qzv7+/vAAAAAAAAAAAAAAAA/SggCP0NAAAAAAEAAAACAAAAAwAAAEEY/asBQRj9rAH9UiAZ/QzAwMDAAAAAAAAAAAAAAAAA/U79DICAgIAAAAAAAAAAAAAAAAD9IyAI/Q0AAAAAAQAAAAIAAAADAAAAQRj9qwFBGP2sAf1SIAj9rgEhCAsgCCAIIAj9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiCCAIIAj9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAhBSATIBZGDQEgFSAEaiEECyAMIARqIQMgBCARayEEA0BBAEECQQEgAy0AACIHQe8BSxsgB0HAAXFBgAFGGyAFaiEFIANBAWohAyAGIARBAWoiBEcNAAsLIAUgAUsNAgwDCyAMIARqIRggA0FwaiEDIAchBCAFIBj9AAAAIgj9DO/v7+/v7+/v7+/v7+/v7+/9KP1kaWogCP0MwMDAwMDAwMDAwMDAwMDAwP1O/QyAgICAgICAgICAgICAgICA/SP9ZGlrQRBqIgUgAU0NAAsLAkAgCUGAgARHDQBBfw8LQQAgCUEBaiIFNgLgz9CBACAJQQJ0IgRB8M/ggQBqIBI2AgAgBEHwz9CBAGogCzYCACAEQcDPuIEAaiAKNgIAIAUhCQsgEGkgCmogDkEBdCANciAPcWlrIQogBiAQZ2tBIGohCwsgDkEPdiENIAZBEGoiBiAASQ0ACwsCQCAAIAtLDQAgCQ8LAkAgACALayIDIAFLDQAgCQ8LAkAgAkUNAEEAIQVBACgC1M/IgQAhGCALIQQDQAJAIARBEGoiBiAATQ0AAkAgACAE' +
    'TQ0AAkAgACAEayIMQQRJDQD9DAAAAAAAAAAAAAAAAAAAAAAiFCAF/RwAIQggDEF8cSIQQXxqIgVBAnZBAWoiBkEBcSEOAkACQCAFDQBBACEFDAELIBggBGohEiAGQf7///8HcSEGQQAhBQNAIBT9DAIAAAACAAAAAgAAAAIAAAAiGf0MAQAAAAEAAAABAAAAAQAAACIaIBIgBWoiB0EEaigAAP0RIhv9DO/v7+8AAAAAAAAAAAAAAAAiHP0oIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgG/0MwMDAwAAAAAAAAAAAAAAAACId/U79DICAgIAAAAAAAAAAAAAAAAAiG/0jIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgFCAZIBogBygAAP0RIh4gHP0oIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgHiAd/U4gG/0jIAj9DQAAAAABAAAAAgAAAAMAAABBGP2rAUEY/awB/VIgCP2uAf2uASEIIAVBCGohBSAGQX5qIgYNAAsLAkAgDkUNACAU/QwCAAAAAgAAAAIAAAACAAAA/QwBAAAAAQAAAAEAAAABAAAAIBggBWogBGooAAD9ESIZ/Qzv7+/vAAAAAAAAAAAAAAAA/SggCP0NAAAAAAEAAAACAAAAAwAAAEEY/asBQRj9rAH9UiAZ/QzAwMDAAAAAAAAAAAAAAAAA/U79DICAgIAAAAAAAAAAAAAAAAD9IyAI/Q0AAAAAAQAAAAIAAAADAAAAQRj9qwFBGP2sAf1SIAj9rgEhCAsgCCAIIAj9DQgJCgsMDQ4PAAAAAAAAAAD9rgEiCCAIIAj9DQQFBgcAAAAAAAAAAAAAAAD9rgH9GwAhBSAMIBBGDQEgA0F8cSAEaiEECyAYIARqIQMgACAEayEEA0BBAEECQQEgAy0AACIGQe8BSxsgBkHAAXFBgAFGGyAFaiEFIANBAWohAyAEQX9qIgQNAAsLIAUgAUsNAiAJ' +
    'DwsgGCAEaiEHIANBcGohAyAGIQQgBSAH/QAAACII/Qzv7+/v7+/v7+/v7+/v7+/v/Sj9ZGlqIAj9DMDAwMDAwMDAwMDAwMDAwMD9Tv0MgICAgICAgICAgICAgICAgP0j/WRpa0EQaiIFIAFNDQALC0F/IQQCQCAJQYCABEYNAEEAIAlBAWoiBDYC4M/QgQAgCUECdCIFQfDP4IEAaiAANgIAIAVB8M/QgQBqIAs2AgAgBUHAz7iBAGogCjYCAAsgBAvABQINfwF7QQAhAUEAKALUz8iBACECQQAoAsTPyIEAIQNBACgC4M/QgQAhBEEAIQVBACEGQQAhB0EAIQgDQCAAIQkCQCAGIARPDQAgBkECdEHwz9CBAGooAgAhCQsCQCAHIANPDQAgASAFayEKIAhBAnQhCyAHQQJ0IQwDQCAMQcDPuIAAaigCACINIAlPDQEgC0HAz7iAAGogCiANajYCACALQcDP+IAAaiAMQcDP+IAAaigCADYCACALQQRqIQsgDEEEaiEMIAhBAWohCCADIAdBAWoiB0cNAAsgAyEHCwJAAkAgBiAERw0AIAAgBWshCwJAIAEgBUYNACALRQ0AIAIgBWohDSACIAFqIQlBACEMA0AgCSAMaiANIAxq/QAAAP0LAAAgDEEQaiIMIAtJDQALCyABIAtqIQEMAQsgCSAFayELAkAgASAFRg0AIAtFDQAgAiAFaiENIAIgAWohCUEAIQwDQCAJIAxqIA0gDGr9AAAA/QsAACAMQRBqIgwgC0kNAAsLIAIgCyABaiIMakEgOgAAIAxBAWohASAGQQJ0QfDP4IEAaigCACEFIAcgA08NACAHQQJ0QcDPuIAAaiEMA0AgDCgCACAFTw0BIAxBBGohDCADIAdBAWoiB0cNAAsgAyEHCwJAIAYgBEYNACAGQQFqIgYgBE0NAQsLQQAgCDYCxM/IgQACQCABQb9/Sw0AIAEhDAJAIAFBwABqIgsgAUEBaiIHIAsgB0sbIAFrIgdBEEkNACACIAFq' +
    'Igj9DAAAAAAAAAAAAAAAAAAAAAAiDv0LAAACQCAHQXBxIgxBEEYNACAIQRBqIA79CwAAIAxBIEYNACAIQSBqIA79CwAAIAxBMEYNACAIQTBqIA79CwAACyAHIAxGDQEgASAMaiEMCwNAIAIgDGpBADoAACAMQQFqIgwgC0kNAAsLIAELCABB8M/wgQALCABB8M/ygQALCABB8M/0gQALrRQCFX8Be0EAIQICQAJAQQAoAsTPyIEAIgNFDQBBfyEEIABBf2ohBUEAKALUz8iBACIGQX9qIQdBACECQQAhCEEAIQlBACEKQQAhC0EAIQxBACENQQAhDkEAIQ8DQCALQQJ0IhBBwM/4gABqKAIAQQJ0IhFB8M/ygQBqKAIAIhJBf0YNAiARQfDP9IEAaigCACETIBFB8M/wgQBqKAIAIRQCQAJAAkAgDCAQQcDPuIAAaigCACIRIApJcQ0AIBEhDAJAA0AgDCIJRQ0BIAlBf2ohDCAHIAlqLQAAQXZqDgQBAAABAAsLAkACQAJAIBEgAE8NAANAAkAgBiARai0AAEF2ag4EAgAAAgALIAAgEUEBaiIRRw0AC0EAIQ8MAQtBACEPIBEgAEcNAQtBACEOQQAhDSAAIQoMAgtBASEMAkAgBiARai0AAEENRw0AQQEhDCARQQFqIhAgAE8NAEECQQEgBiAQai0AAEEKRhshDAsgDCARaiEKQQAhDkEAIQ0MAQsgFCAPSw0AIBIgDksNACATIA1NDQELIBIgDkshECAJIQwCQCAUIA8gFCAPSxsiD0UNACAJIQwgCUUNAEEAIRQgCSEMA0ACQCAMQX9qIhFFDQAgBiARai0AAEH/AXFBCkcNACAMQX5qIgwgESAGIAxqLQAAQQ1GGyERCwNAAkAgEQ0AQQAhDAwDCyAHIBFqIQwgEUF/aiERAkAgDC0AAEF2ag4EAAEBAAELCyARQQFqIQwgFEEBaiIUIA9HDQALIBFBAWohDAsgEyANSyEVIBIgDiAQGyEOIAogAEkhFAJA' +
    'AkAgDw0AIAohEgwBCyAKIRIgCiAATw0AQQAhFiAKIRQCQANAIBQhEQJAA0ACQCAGIBFqIhItAAAiFEF2ag4EAgAAAgALIAAgEUEBaiIRRw0ADAMLCyAAIBFGDQFBASEQAkAgFEENRw0AQQEhECARQQFqIABPDQBBAkEBIBJBAWotAABBCkYbIRALIBAgEWohFAJAIBZBAWoiFiAPTw0AIBQgAEkNAQsLIBQgAEkhFCAQIBFqIRIMAQtBACEUIAAhEgsgEyANIBUbIQ0CQCAORQ0AQQAgDCAOayIRIBEgDEsbIREDQAJAIBENAEEAIQwMAgsgByARaiEMIBFBf2ohEQJAIAwtAABBdmoOBAABAQABCwsgEUEBaiEMCwJAIA1FDQAgFEEBcw0AAkAgEiANaiIRIAUgESAASRsiESAATw0AA0ACQCAGIBFqLQAAQXZqDgQCAAACAAsgACARQQFqIhFHDQALIAAhEgwBCyAAIRIgESAARg0AQQEhFAJAIAYgEWotAABBDUcNAEEBIRQgEUEBaiISIABPDQBBAkEBIAYgEmotAABBCkYbIRQLIBQgEWohEgsCQAJAIAINAEEAIQIMAQsgAkECdEF8aiERAkADQCAMIBFBgNCWggBqKAIAIhRLDQEgEUHwz/aBAGooAgAiECAMIBAgDEkbIQwgECAIIBRraiEIIBQgEiAUIBJLGyESIBFBfGohESACQX9qIgINAAtBACECDAELIAJBgIAERg0ECyACQQJ0IhFBgNCWggBqIBI2AgAgEUHwz/aBAGogDDYCACASIAxrIAhqIgggAUsNAyACQQFqIQILQQEhDCALQQFqIgsgA0cNAAsgAkEASA0BC0EAKALUz8iBACESQQAhEUEAIQgDQCAAIQwCQCAIIAJODQAgCEECdEHwz/aBAGooAgAhDAtBACEQAkAgEUEQaiAMSw0AQQAhEANAIBIgESIUaiIG/QAAACIX/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZCEHAkAgF/0MDQ0N' +
    'DQ0NDQ0NDQ0NDQ0NDf0j/WQiEUUNAEF/IQQgESAHQQF2QX9zcUH//wFxDQQgEUGAgAJJDQAgBkEQai0AAEEKRw0ECyAUQRBqIREgB2kgEGohECAUQSBqIAxNDQALCwJAIBEgDE8NAANAAkACQAJAIBIgEWoiFC0AAEF2ag4EAAICAQILIBBBAWohEAwBC0F/IQQgEUEBaiAMTw0EIBRBAWotAABBCkcNBAsgDCARQQFqIhFHDQALCwJAIBBBAE4NAEF/DwsgCEECdCIRQfDPhoIAaiAQNgIAAkAgCCACRg0AQQAhEAJAIAxBEGogEUGA0JaCAGooAgAiEUsNAEEAIRADQCASIAwiFGoiBv0AAAAiF/0MCgoKCgoKCgoKCgoKCgoKCv0j/WQhBwJAIBf9DA0NDQ0NDQ0NDQ0NDQ0NDQ39I/1kIgxFDQBBfyEEIAwgB0EBdkF/c3FB//8BcQ0FIAxBgIACSQ0AIAZBEGotAABBCkcNBQsgFEEQaiEMIAdpIBBqIRAgFEEgaiARTQ0ACwsCQCAMIBFPDQADQAJAAkACQCASIAxqIhQtAABBdmoOBAECAgACCwJAIAxBAWogEUkNAEF/DwsgFEEBai0AAEEKRg0BQX8PCyAQQQFqIRALIBEgDEEBaiIMRw0ACwsgCEEBaiEIQX8hBCAQQQBODQEMAgsLQQAhCEEAKALYz8iBACEHQQAhAEEAIQQDQAJAIAhBAnQiCUHwz4aCAGooAgAiD0UNAEEAIQ4CQCAPQRBJDQAgD0FwcSIOQXBqIhFBBHZBAWoiEEEDcSEUQQAhDAJAIBFBMEkNACAHIARqIQYgEEH8////AXEhEEEAIQwDQCAGIAxqIhH9DAoKCgoKCgoKCgoKCgoKCgoiF/0LAAAgEUEwaiAX/QsAACARQSBqIBf9CwAAIBFBEGogF/0LAAAgDEHAAGohDCAQQXxqIhANAAsLAkAgFEUNACAHIAwgBGpqIREDQCAR/QwKCgoKCgoKCgoKCgoKCgoK/QsAACAR' +
    'QRBqIREgFEF/aiIUDQALCyAEIA5qIQQgDyAORg0BCyAPIA5rIREDQCAHIARqQQo6AAAgBEEBaiEEIBFBf2oiEQ0ACwsCQCAIIAJGDQAgCUGA0JaCAGooAgAhFCAJQfDP9oEAaigCACEGAkAgACADTw0AIAQgBmshECAAQQJ0QcDPuIAAaiERA0AgESgCACIMIBRPDQEgESAQIAxqNgIAIBFBBGohESADIABBAWoiAEcNAAsgAyEACwJAIBQgBmsiDEUNACAHIARqIRQgEiAGaiEQQQAhEQNAIBQgEWogECARav0AAAD9CwAAIBFBEGoiESAMSQ0ACwsgCEEBaiEIIAwgBGohBAwBCwsCQCAEQb9/Sw0AIAQhEQJAIARBwABqIgwgBEEBaiIUIAwgFEsbIARrIhRBEEkNACAHIARqIhL9DAAAAAAAAAAAAAAAAAAAAAAiF/0LAAACQCAUQXBxIhFBEEYNACASQRBqIBf9CwAAIBFBIEYNACASQSBqIBf9CwAAIBFBMEYNACASQTBqIBf9CwAACyAUIBFGDQEgBCARaiERCwNAIAcgEWpBADoAACARQQFqIhEgDEkNAAsLQQAgBzYCwM/IgQALIAQLC0ECAEGACAswACAAAAAAAQBAAAAAAAgAAAAgAACAAAAAAAABAAAABAAAEAAABAAAABAAAAAAIAAAAEGwCAsE/////w==';

;// CONCATENATED MODULE: ./src/scanner/wasm/nibble-buckets.ts
/**
 * How often a byte turns up in source text, roughly. Lower-case letters and spaces weigh most: a
 * bucket whose tables combine lower-case literals (`pat` with `test_` let `tat`, `les` and `dis`
 * through) fires inside ordinary words, so such literals are the last to share a bucket.
 */
const byteWeight = (code) => {
    if ((code >= 97 && code <= 122) || code === 32 || code === 9 || code === 10)
        return 4;
    if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57))
        return 0.2;
    if (code > 32 && code < 127)
        return 0.3;
    return 0.01;
};
/**
 * The weight of the bytes with high nibble h and a low nibble in a set, by the set's two halves:
 * byHalf[h][0][lows & 255] + byHalf[h][1][lows >> 8]. Filled on first use.
 */
let byHalf;
function halfWeights() {
    return Array.from({ length: 16 }, (_, high) => [0, 8].map((shift) => {
        const sums = new Float64Array(256);
        for (let half = 1; half < 256; half++) {
            const bit = 31 - Math.clz32(half);
            sums[half] = sums[half & ~(1 << bit)] + byteWeight((high << 4) | (bit + shift));
        }
        return sums;
    }));
}
/** How much text the union of two buckets' nibble tables lets through: what merging them costs. */
function unionVolume(a, b) {
    byHalf ??= halfWeights();
    let product = 1;
    for (let k = 0; k < 3; k++) {
        const lows = a.lows[k] | b.lows[k];
        const highs = a.highs[k] | b.highs[k];
        let weight = 0;
        for (let high = 0; high < 16; high++) {
            if (((highs >> high) & 1) === 0)
                continue;
            const [low, upper] = byHalf[high];
            weight += low[lows & 255] + upper[lows >> 8];
        }
        product *= weight;
    }
    return product;
}
const union = (a, b) => ({
    lows: a.lows.map((mask, k) => mask | b.lows[k]),
    highs: a.highs.map((mask, k) => mask | b.highs[k]),
});
/**
 * Groups short literals into at most sixteen buckets, merging first the pair whose union lets the
 * least text through; the tables are a filter, every hit is compared byte for byte.
 */
function shortBuckets(literals) {
    const buckets = literals.map(({ id, sets }) => ({ ...sets, ids: [id] }));
    // costs[i][j] (i < j): the volume of merging buckets i and j; only a merged bucket's row and
    // column change from one step to the next.
    const costOf = (i, j) => unionVolume(buckets[i], buckets[j]);
    const costs = buckets.map((_, i) => buckets.map((_, j) => (i < j ? costOf(i, j) : Infinity)));
    while (buckets.length > 16) {
        let best = [0, 1, Infinity];
        for (let i = 0; i < buckets.length; i++)
            for (let j = i + 1; j < buckets.length; j++) {
                const grown = costs[i][j];
                if (grown < best[2])
                    best = [i, j, grown];
            }
        const [i, j] = best;
        const merged = buckets[i];
        const other = buckets[j];
        buckets[i] = { ...union(merged, other), ids: [...merged.ids, ...other.ids] };
        buckets.splice(j, 1);
        costs.splice(j, 1);
        for (const row of costs)
            row.splice(j, 1);
        for (let k = 0; k < buckets.length; k++) {
            if (k < i)
                costs[k][i] = costOf(k, i);
            else if (k > i)
                costs[i][k] = costOf(i, k);
        }
    }
    return buckets;
}
/**
 * The bytes each of a short literal's first three positions may hold: both cases of a keyword's
 * letters; for a two-byte anchor, what its program can start with (anything when it can be empty).
 */
function leadingSets(literal, tables) {
    const sets = { lows: [0, 0, 0], highs: [0, 0, 0] };
    const add = (k, code) => {
        sets.lows[k] = sets.lows[k] | (1 << (code & 15));
        sets.highs[k] = sets.highs[k] | (1 << (code >> 4));
    };
    for (let k = 0; k < 3; k++) {
        const code = literal.bytes[k];
        if (code !== undefined) {
            add(k, code);
            if (!literal.caseSensitive && code >= 97 && code <= 122)
                add(k, code - 32);
            continue;
        }
        const program = tables.programs[literal.program];
        const step = program && program.count > 0 ? tables.steps[program.first] : undefined;
        const next = step !== undefined && step.min > 0
            ? tables.classes[step.classId]
            : Array.from({ length: 256 }, (_, byte) => byte);
        for (const byte of next)
            add(k, byte);
    }
    return sets;
}

;// CONCATENATED MODULE: ./src/scanner/wasm/module.ts
/**
 * The compiled prefilter (prefilter.c): one instance per scanner, and the layout of its tables in
 * the instance's memory, which must match the structs the C code declares.
 */


const webAssembly = globalThis.WebAssembly;
const limitNames = [
    'literals',
    'slotIds',
    'triggers',
    'programs',
    'steps',
    'classes',
    'literalBytes',
    'hits',
    'entropyTable',
    'entropyKinds',
    'hashBits',
    'values',
];
let compiled;
function instantiate() {
    compiled ??= new webAssembly.Module(Buffer.from(prefilterWasmBase64, 'base64'));
    return new webAssembly.Instance(compiled, {}).exports;
}
/** `READS_ANYWHERE` in prefilter.c: a hit whose detectors need the whole text. */
const readsAnywhere = 0xffffffff;
const foldByte = (code) => (code >= 65 && code <= 90 ? code + 32 : code);
/** The hash slot of a keyword's first four bytes, packed little-endian as the module loads them. */
function slotOf(bytes, hashBits) {
    let packed = 0;
    for (let i = 3; i >= 0; i--)
        packed = ((packed << 8) | foldByte(bytes[i])) >>> 0;
    return Math.imul(packed, 0x9e3779b1) >>> (32 - hashBits);
}
/** Writes the gathered tables into the module's memory; throws when a limit is exceeded. */
function writeTables(exports, tables) {
    const call = (name, ...args) => exports[name](...args);
    const limit = Object.fromEntries(limitNames.map((name, i) => [name, call('limits', i)]));
    const memory = exports.memory.buffer;
    const view = new DataView(memory);
    const bytes = new Uint8Array(memory);
    const literalBytes = call('literal_bytes_ptr');
    let literalUsed = 0;
    const placeLiteral = (literal) => {
        const offset = literalUsed;
        bytes.set(literal.bytes, literalBytes + offset);
        literalUsed += literal.bytes.length;
        return offset;
    };
    const { literals } = tables;
    if (literals.length > limit.literals)
        throw new Error('too many keywords for the byte prefilter');
    const table = call('literals_ptr');
    literals.forEach((literal, i) => {
        const at = table + i * 20;
        view.setUint32(at, placeLiteral(literal), true);
        view.setUint16(at + 4, literal.bytes.length, true);
        view.setUint16(at + 6, literal.program, true);
        view.setUint32(at + 8, literal.value, true);
        view.setUint32(at + 12, literal.gatedValue ?? literal.value, true);
        view.setUint16(at + 16, literal.caseSensitive ? 1 : 0, true);
        view.setUint16(at + 18, literal.gatedValue === undefined ? 0 : 1, true);
    });
    if (literalUsed > limit.literalBytes)
        throw new Error('keywords too long for the byte prefilter');
    call('index_literals', literals.length);
    // Literals of four bytes or more: a hash table of their first four lower-cased bytes (anchors
    // compare their exact bytes once a slot matches). In nibble buckets their first three bytes
    // alone would stop at every `dat` of `data` and `update`.
    const long = literals.flatMap((literal, id) => literal.bytes.length >= 4 ? [{ slot: slotOf(literal.bytes, limit.hashBits), id }] : []);
    if (long.length > limit.slotIds)
        throw new Error('too many keywords for the byte prefilter');
    const slots = 2 ** limit.hashBits;
    const starts = new Uint32Array(slots + 1);
    for (const { slot } of long)
        starts[slot + 1] = starts[slot + 1] + 1;
    for (let s = 1; s <= slots; s++)
        starts[s] = starts[s] + starts[s - 1];
    new Uint32Array(memory, call('slot_start_ptr'), slots + 1).set(starts);
    const fill = starts.slice();
    const ids = new Uint16Array(memory, call('slot_ids_ptr'), long.length);
    const used = call('slot_used_ptr');
    for (const { slot, id } of long) {
        ids[fill[slot]] = id;
        fill[slot] = fill[slot] + 1;
        bytes[used + slot] = 1;
    }
    // The rest (two- and three-byte literals): sixteen buckets of nibble tables over three bytes.
    const buckets = shortBuckets(literals.flatMap((literal, id) => literal.bytes.length < 4 ? [{ id, sets: leadingSets(literal, tables) }] : []));
    const shortTables = call('short_tables_ptr');
    const shortStart = new Uint32Array(memory, call('short_start_ptr'), 17);
    const shortIds = new Uint16Array(memory, call('short_ids_ptr'), literals.length);
    let listed = 0;
    buckets.forEach((bucket, b) => {
        shortStart[b] = listed;
        for (const id of bucket.ids)
            shortIds[listed++] = id;
        const set = shortTables + (b >> 3) * 6 * 16;
        const bit = 1 << (b & 7);
        for (let k = 0; k < 3; k++) {
            for (let nibble = 0; nibble < 16; nibble++) {
                const low = set + 2 * k * 16 + nibble;
                const high = low + 16;
                if (bucket.lows[k] & (1 << nibble))
                    bytes[low] = bytes[low] | bit;
                if (bucket.highs[k] & (1 << nibble))
                    bytes[high] = bytes[high] | bit;
            }
        }
    });
    for (let b = buckets.length; b <= 16; b++)
        shortStart[b] = listed;
    if (tables.classes.length > limit.classes)
        throw new Error('too many classes for the byte prefilter');
    const classes = call('classes_ptr');
    tables.classes.forEach((members, id) => {
        for (const code of members)
            bytes[classes + id * 256 + code] = 1;
    });
    if (tables.steps.length > limit.steps || tables.programs.length > limit.programs)
        throw new Error('triggers too complex for the byte prefilter');
    const steps = call('steps_ptr');
    tables.steps.forEach((step, i) => {
        view.setUint16(steps + i * 8, step.classId, true);
        view.setUint16(steps + i * 8 + 2, step.min, true);
        view.setUint32(steps + i * 8 + 4, step.max, true);
    });
    const programs = call('programs_ptr');
    tables.programs.forEach((program, i) => {
        view.setUint16(programs + i * 4, program.first, true);
        view.setUint16(programs + i * 4 + 2, program.count, true);
    });
    if (tables.triggers.length > limit.triggers)
        throw new Error('too many triggers for the byte prefilter');
    const triggers = call('triggers_ptr');
    const triggerSets = call('trigger_sets_ptr');
    tables.triggers.forEach((trigger, i) => {
        view.setUint16(triggers + i * 8, trigger.program, true);
        view.setUint16(triggers + i * 8 + 2, trigger.modeBit, true);
        view.setUint32(triggers + i * 8 + 4, trigger.value, true);
        trigger.leading.forEach((set, k) => {
            for (const code of set)
                bytes[triggerSets + (i * 3 + k) * 256 + code] = 1;
        });
    });
    const kinds = call('entropy_kinds_ptr');
    tables.entropyKinds.forEach(({ classId, hint, value }, k) => {
        const at = kinds + k * 24;
        view.setUint16(at, classId, true);
        view.setUint16(at + 2, 1 << k, true);
        view.setUint32(at + 4, hint.minLength, true);
        view.setUint32(at + 8, hint.maxLength ?? 0xffffffff, true);
        view.setUint32(at + 12, value, true);
        // A hair below the limit: the table's rounding must never drop a string the detector keeps.
        view.setFloat64(at + 16, hint.minEntropy - 1e-9, true);
    });
    const entropyTable = limit.entropyTable;
    const cLog2c = new Float64Array(memory, call('c_log2_c_ptr'), entropyTable);
    const log2Of = new Float64Array(memory, call('log2_of_ptr'), entropyTable);
    for (let c = 1; c < entropyTable; c++) {
        cLog2c[c] = c * Math.log2(c);
        log2Of[c] = Math.log2(c);
    }
    if (tables.values.length > limit.values)
        throw new Error('too many hit values for the byte prefilter');
    const reachTable = (name) => new Uint32Array(memory, call(name), tables.values.length);
    const [lines, before, after] = ['value_lines_ptr', 'value_before_ptr', 'value_after_ptr'].map(reachTable);
    tables.values.forEach(({ reach }, v) => {
        lines[v] = reach?.lines ?? 0;
        before[v] = reach?.before ?? readsAnywhere;
        after[v] = reach?.after ?? 0;
    });
    call('set_counts', tables.triggers.length, tables.entropyKinds.length);
}

;// CONCATENATED MODULE: ./src/scanner/wasm/program.ts
/**
 * Translates the small regex subset that triggers are written in (literal characters, ASCII
 * classes, counted repeats) into steps the WebAssembly prefilter runs over bytes. Anything else
 * (groups, lookarounds, negated classes, non-ASCII) is refused, and the caller keeps the regex.
 */
/** Most backtracking a program may do at one position: the product of its repeat ranges. */
const maxBacktracking = 256;
const unbounded = 0xffffffff;
const shorthand = {
    d: '0123456789',
    w: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_',
};
const controls = { t: 9, n: 10, r: 13 };
/** The steps of `source`, or undefined when it uses anything beyond the subset. */
function parseProgram(source) {
    const steps = [];
    let i = 0;
    while (i < source.length) {
        const atom = parseAtom(source, i);
        if (atom === undefined)
            return undefined;
        i = atom.next;
        const repeat = parseRepeat(source, i);
        if (repeat === undefined)
            return undefined;
        i = repeat.next;
        steps.push({ members: atom.members, min: repeat.min, max: repeat.max });
    }
    return boundedBacktracking(steps) ? steps : undefined;
}
/** The literal bytes a program starts with (its leading one-member, exactly-once steps). */
function leadingLiteral(steps) {
    const literal = [];
    for (const step of steps) {
        if (step.members.length !== 1 || step.min !== 1 || step.max !== 1)
            break;
        literal.push(step.members[0]);
    }
    return literal;
}
function parseAtom(source, i) {
    const char = source[i];
    if (char === '[')
        return parseClass(source, i + 1);
    if (char === '\\') {
        const escaped = parseEscape(source, i + 1);
        return escaped && { members: escaped.members, next: escaped.next };
    }
    if ('^$.|?*+(){}]'.includes(char))
        return undefined;
    const code = char.charCodeAt(0);
    return code < 128 ? { members: [code], next: i + 1 } : undefined;
}
function parseEscape(source, i) {
    const char = source[i];
    if (char === undefined)
        return undefined;
    const set = shorthand[char];
    if (set !== undefined)
        return { members: codes(set), next: i + 1 };
    const control = controls[char];
    if (control !== undefined)
        return { members: [control], next: i + 1 };
    // An escaped punctuation character is itself; letters and digits name other things.
    if (/[A-Za-z0-9]/.test(char) || char.charCodeAt(0) >= 128)
        return undefined;
    return { members: [char.charCodeAt(0)], next: i + 1 };
}
function parseClass(source, i) {
    if (source[i] === '^')
        return undefined;
    const members = new Set();
    let first = true;
    while (i < source.length && (source[i] !== ']' || first)) {
        first = false;
        const from = classMember(source, i);
        if (from === undefined)
            return undefined;
        i = from.next;
        if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
            const to = classMember(source, i + 1);
            if (to === undefined || from.members.length !== 1 || to.members.length !== 1)
                return undefined;
            const low = from.members[0];
            const high = to.members[0];
            if (high < low)
                return undefined;
            for (let code = low; code <= high; code++)
                members.add(code);
            i = to.next;
        }
        else {
            for (const code of from.members)
                members.add(code);
        }
    }
    if (source[i] !== ']' || members.size === 0)
        return undefined;
    return { members: [...members].sort((a, b) => a - b), next: i + 1 };
}
function classMember(source, i) {
    const char = source[i];
    if (char === undefined)
        return undefined;
    if (char === '\\')
        return parseEscape(source, i + 1);
    if (char === '[')
        return undefined;
    const code = char.charCodeAt(0);
    return code < 128 ? { members: [code], next: i + 1 } : undefined;
}
function parseRepeat(source, i) {
    const char = source[i];
    let repeat;
    if (char === '?')
        repeat = { min: 0, max: 1, next: i + 1 };
    else if (char === '*')
        repeat = { min: 0, max: unbounded, next: i + 1 };
    else if (char === '+')
        repeat = { min: 1, max: unbounded, next: i + 1 };
    else if (char === '{') {
        const match = /^\{(\d{1,5})(?:(,)(\d{1,5})?)?\}/.exec(source.slice(i));
        if (!match)
            return undefined;
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === undefined ? unbounded : Number(match[3]);
        if (max < min || min > 0xffff)
            return undefined;
        repeat = { min, max, next: i + match[0].length };
    }
    else
        return { min: 1, max: 1, next: i };
    // Lazy and possessive forms change which match is found, not whether one is: refuse them anyway.
    if (source[repeat.next] === '?' || source[repeat.next] === '+')
        return undefined;
    return repeat;
}
/**
 * Whether backtracking stays small: bounded ranges multiply, and an unbounded step is the last or
 * is followed by a required step it shares no byte with, so giving back any of its run fails at
 * once (`[ \t]*[\r\n]`).
 */
function boundedBacktracking(steps) {
    let product = 1;
    for (const [index, step] of steps.entries()) {
        if (step.max === unbounded) {
            const next = steps[index + 1];
            if (next !== undefined && (next.min === 0 || shareAByte(step, next)))
                return false;
            continue;
        }
        product *= step.max - step.min + 1;
        if (product > maxBacktracking)
            return false;
    }
    return true;
}
function shareAByte(a, b) {
    return a.members.some((code) => b.members.includes(code));
}
function codes(set) {
    return [...set].map((char) => char.charCodeAt(0));
}
/**
 * The bytes each of a program's first `depth` offsets can hold in a match: a superset, and every
 * byte at an offset the match may already have ended before.
 */
function leadingByteSets(steps, depth) {
    const everything = () => new Set(Array.from({ length: 256 }, (_, code) => code));
    // States are (step, count so far), the count capped at the step's minimum: a superset.
    let states = closure(steps, [[0, 0]]);
    const sets = [];
    for (let offset = 0; offset < depth; offset++) {
        if (states.some(([step]) => step === steps.length)) {
            sets.push(everything());
            states = [[steps.length, 0]];
            continue;
        }
        const set = new Set();
        const next = [];
        for (const [index, count] of states) {
            const step = steps[index];
            if (count >= step.max)
                continue;
            for (const code of step.members)
                set.add(code);
            next.push([index, Math.min(count + 1, step.min)]);
        }
        sets.push(set);
        states = closure(steps, next);
    }
    return sets;
}
function closure(steps, start) {
    const seen = new Set();
    const out = [];
    const pending = [...start];
    while (pending.length > 0) {
        const state = pending.pop();
        const key = state.join(',');
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(state);
        const [index, count] = state;
        const step = steps[index];
        if (step !== undefined && count >= step.min)
            pending.push([index + 1, 0]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scanner/wasm/reach.ts
/** A UTF-16 code unit is at most three bytes of UTF-8 (and one of Latin-1). */
const maxBytesPerUnit = 3;
/**
 * What a hit for these detectors needs kept, or undefined when one may read anywhere: a code
 * detector that declares no reach. (A file gate reads the whole text, which the engine decodes
 * for it apart.)
 */
function reachOf(detectors, confirm) {
    let lines = 0;
    let before = 0;
    let after = 0;
    for (const { detector, code } of detectors) {
        if (code !== undefined) {
            if (code.reach === undefined)
                return undefined;
            before = Math.max(before, code.reach.before);
            after = Math.max(after, code.reach.after);
        }
        lines = Math.max(lines, detector.contextLines ?? 0);
    }
    if (confirm !== undefined && canCrossLines(confirm))
        return undefined;
    // One line more on each side: the engine reads the line before a finding for a `nextline`
    // pragma, and a confirming regex may end on the line after its hit.
    return { lines: lines + 1, before: before * maxBytesPerUnit, after: after * maxBytesPerUnit };
}
/** Classes that exclude whitespace, and so line breaks: `[^\s"']`. */
const classWithoutBreaks = /\[\^(?:\\.|[^\]\\])*?\\s(?:\\.|[^\]\\])*\]/g;
/**
 * Whether a regex could match across more than the line after its start: anything that matches a
 * line break once whitespace-free classes are set aside (`\s`, `\n`, a negated class, the `s` flag).
 */
function canCrossLines(regex) {
    if (regex.flags.includes('s'))
        return true;
    return /\\[snrSWDuxcpP]|\[\^/.test(regex.source.replace(classWithoutBreaks, ''));
}

;// CONCATENATED MODULE: ./src/scanner/wasm/tables.ts



/** A literal with no program after it: the text confirms it. */
const noProgram = 0xffff;
/** Mode bits: one per entropy kind, then one per trigger group that quoted strings replace. */
const entropyModeBits = 4;
const modeBits = 16;
/** The mode bit past those: the assignment gate counts quoted values only (`QUOTED_VALUES_ONLY`). */
const quotedValuesOnlyBit = 1 << modeBits;
/** A gated literal's value when nothing is left to report. */
const noValue = 0xffffffff;
/** The tables the module reads, gathered before any is written. */
class Tables {
    values = [];
    literals = [];
    classes = [];
    classIds = new Map();
    steps = [];
    programs = [];
    triggers = [];
    entropyKinds = [];
    /** Trigger groups that quoted strings replace, with the hints that must all agree. */
    replacedGroups = [];
    /** The line gate of the detectors that have one (all share it). */
    gate;
    value(value) {
        this.values.push(value);
        return this.values.length - 1;
    }
    classOf(members) {
        const key = members.join(',');
        let id = this.classIds.get(key);
        if (id === undefined) {
            id = this.classes.length;
            this.classes.push([...members]);
            this.classIds.set(key, id);
        }
        return id;
    }
    program(steps) {
        const first = this.steps.length;
        for (const step of steps)
            this.steps.push({ classId: this.classOf(step.members), min: step.min, max: step.max });
        this.programs.push({ first, count: steps.length });
        return this.programs.length - 1;
    }
}
/** How many characters `value` starts with below 128. */
function asciiPrefixLength(value) {
    let length = 0;
    while (length < value.length && value.charCodeAt(length) < 128)
        length++;
    return length;
}
function isAscii(value) {
    return asciiPrefixLength(value) === value.length;
}
function gatherTables(detectors) {
    const tables = new Tables();
    const { byKeyword, byTrigger } = groupDetectors(detectors);
    const gated = (index) => detectors[index].code?.lineGate;
    // The module has one gate's tests (assignment_line in prefilter.c), with one path setting.
    const gates = new Set(detectors.flatMap((_, index) => gated(index) ?? []));
    if (gates.size > 1)
        return undefined;
    tables.gate = [...gates][0];
    for (const [keyword, indexes] of byKeyword) {
        const asciiStart = keyword.slice(0, asciiPrefixLength(keyword));
        if (asciiStart.length < 3)
            return undefined;
        const confirm = asciiStart !== keyword && { keyword };
        const value = tables.value({ detectors: indexes, ...confirm });
        const bytes = [...asciiStart].map((char) => char.charCodeAt(0));
        const literal = { bytes, program: noProgram, value, caseSensitive: false };
        if (indexes.some((index) => gated(index) !== undefined)) {
            const kept = indexes.filter((index) => gated(index) === undefined);
            literal.gatedValue =
                kept.length === 0 ? noValue : tables.value({ detectors: kept, ...confirm });
        }
        tables.literals.push(literal);
    }
    for (const [source, indexes] of byTrigger) {
        const hints = indexes.map((index) => quotedEntropyOf(detectors[index]));
        const replaced = hints.every((hint) => hint !== undefined);
        let modeBit = 0;
        if (replaced && tables.replacedGroups.length < modeBits - entropyModeBits) {
            modeBit = 1 << (entropyModeBits + tables.replacedGroups.length);
            tables.replacedGroups.push(hints);
        }
        const value = tables.value({ detectors: indexes });
        for (const alternative of topLevelAlternatives(source)) {
            const steps = parseProgram(alternative);
            if (steps !== undefined && steps.length > 0) {
                const literal = leadingLiteral(steps);
                if (literal.length >= 2) {
                    const program = tables.program(steps.slice(literal.length));
                    tables.literals.push({ bytes: literal, program, value, caseSensitive: true });
                }
                else {
                    tables.triggers.push({
                        program: tables.program(steps),
                        modeBit,
                        value,
                        leading: leadingByteSets(steps, 3),
                    });
                }
                continue;
            }
            const literal = literalStart(alternative);
            if (literal.length < 2 || !isAscii(literal))
                return undefined;
            tables.literals.push({
                bytes: [...literal].map((char) => char.charCodeAt(0)),
                program: noProgram,
                value: tables.value({ detectors: indexes, confirm: new RegExp(alternative, 'y') }),
                caseSensitive: true,
            });
        }
    }
    detectors.forEach((compiled, index) => {
        const hint = quotedEntropyOf(compiled);
        if (hint === undefined || !isAscii(hint.charset))
            return;
        tables.entropyKinds.push({
            classId: tables.classOf([...new Set([...hint.charset].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b)),
            hint,
            value: tables.value({ detectors: [index] }),
        });
    });
    if (tables.entropyKinds.length > entropyModeBits)
        return undefined;
    for (const value of tables.values) {
        const reach = reachOf(value.detectors.map((index) => detectors[index]), value.confirm);
        if (reach !== undefined)
            value.reach = reach;
    }
    return tables;
}
function quotedEntropyOf(compiled) {
    return compiled.code?.quotedEntropy;
}

;// CONCATENATED MODULE: ./src/scanner/wasm/byte-prefilter.ts




/**
 * Below 32 KiB, decoding the whole file costs less than working out what to keep; past half of
 * it, the copy costs more than the decoding it saves.
 */
const defaultDecodeAroundHits = { minBytes: 32 * 1024, maxKeptShare: 0.5 };
/** The shortest line cap the module handles: a line closed within one 16-byte block is short. */
const minimumLineCap = 16;
/**
 * The prefilter over a file's bytes, in WebAssembly: the same hits as the text prefilter
 * (src/scanner/prefilter.ts) at a fraction of the cost, and none of the decoding when a file
 * has no hit. Entropy detectors get only the lines holding a string that can pass them. Lines
 * over the cap are found and cut out here, so they are never decoded.
 */
class BytePrefilter {
    tables;
    exports;
    constructor(tables) {
        this.tables = tables;
    }
    /** The prefilter for these detectors, or undefined when one needs what bytes cannot express. */
    static build(detectors) {
        const tables = gatherTables(detectors);
        return tables && new BytePrefilter(tables);
    }
    /**
     * Scans `bytes`, which decode with `encoding`. Undefined when the text must be scanned by the
     * text prefilter instead: too many hits or long lines to hold, or a cap below 16.
     */
    scan(bytes, path, encoding, maxLineLength, aroundHits = defaultDecodeAroundHits) {
        if (maxLineLength < minimumLineCap)
            return undefined;
        const exports = (this.exports ??= this.load());
        const call = (name, ...args) => exports[name](...args);
        const at = call('input_for', bytes.length);
        if (at === 0)
            return undefined;
        // Bytes read straight into the input area (see inputArea) are already where the scan wants them.
        if (bytes.buffer !== exports.memory.buffer || bytes.byteOffset !== at)
            new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
        let length = bytes.length;
        let longCount = 0;
        // A line is never more UTF-16 code units than bytes. Long lines are found first, so that the
        // scan skips their content.
        if (length > maxLineLength) {
            longCount = call('long_lines', length, maxLineLength, encoding === 'utf8' ? 1 : 0);
            if (longCount < 0)
                return undefined;
        }
        const count = call('scan', length, this.modesFor(path), longCount > 0 ? 1 : 0);
        if (count < 0)
            return undefined;
        let longLines = [];
        if (longCount > 0) {
            longLines = [...new Uint32Array(exports.memory.buffer, call('long_numbers_ptr'), longCount)];
            length = call('elide_long_lines', length);
        }
        const hits = call('hit_total');
        const wholeLength = length;
        let textAt = at;
        if (hits > 0 && length >= aroundHits.minBytes) {
            const budget = Math.floor(length * aroundHits.maxKeptShare);
            const kept = call('keep_hit_lines', length, budget);
            if (kept >= 0) {
                length = kept;
                textAt = call('text_bytes_ptr');
            }
        }
        if (hits > 0 && encoding === 'utf8')
            call('utf16_offsets', length);
        let text;
        const textOf = () => (text ??= (0,text_encoding/* decodeText */.g)(new Uint8Array(exports.memory.buffer, textAt, length), encoding));
        // The input area still holds every line: keep_hit_lines wrote the kept ones elsewhere. Each
        // file gate asks for it; it is decoded once.
        let whole;
        const wholeText = textAt === at
            ? textOf
            : () => (whole ??= (0,text_encoding/* decodeText */.g)(new Uint8Array(exports.memory.buffer, at, wholeLength), encoding));
        return {
            longLines,
            text: textOf,
            wholeText,
            forEachHit: (onHit) => {
                if (hits === 0)
                    return;
                const memory = exports.memory.buffer;
                const offsets = new Uint32Array(memory, call('hit_offsets_ptr'), hits);
                const values = new Uint32Array(memory, call('hit_values_ptr'), hits);
                const decoded = textOf();
                const { values: table } = this.tables;
                for (let h = 0; h < hits; h++) {
                    const offset = offsets[h];
                    const value = table[values[h]];
                    if (value.keyword !== undefined && !keywordAt(decoded, offset, value.keyword))
                        continue;
                    if (value.confirm !== undefined) {
                        value.confirm.lastIndex = offset;
                        if (!value.confirm.test(decoded))
                            continue;
                    }
                    onHit(offset, value.detectors);
                }
            },
        };
    }
    /**
     * Room for `length` bytes where the next {@link scan} reads its input, so that a file can be
     * read there without a copy; undefined when memory cannot grow. Valid until the next call.
     */
    inputArea(length) {
        const exports = (this.exports ??= this.load());
        const at = exports.input_for(length);
        return at === 0 ? undefined : Buffer.from(exports.memory.buffer, at, length);
    }
    modesFor(path) {
        const { entropyKinds, replacedGroups } = this.tables;
        let modes = 0;
        entropyKinds.forEach(({ hint }, k) => {
            if (hint.quotedOnly(path))
                modes |= 1 << k;
        });
        replacedGroups.forEach((hints, g) => {
            if (hints.every((hint) => hint.quotedOnly(path)))
                modes |= 1 << (entropyModeBits + g);
        });
        if (this.tables.gate?.quotedValuesOnly(path))
            modes |= quotedValuesOnlyBit;
        return modes;
    }
    load() {
        const exports = instantiate();
        writeTables(exports, this.tables);
        return exports;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/scanner/whole-file.ts

/**
 * The extension a file detector knows a path by: lower case, after the last dot of the file
 * name. A name that is only an extension (`.keystore`, keytool's default) counts as one.
 */
function wholeFileExtension(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
/** A size as people read it: `812 B`, `2.5 kB`, `1.2 MB` (powers of 1,000). */
function formatByteSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    if (bytes < 999_950)
        return `${(bytes / 1000).toFixed(1)} kB`;
    return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
/**
 * Runs file detectors: which paths they claim (by extension), and whether a claimed file's bytes
 * confirm the format. A confirmed file is one finding on line 1 whose hash is the SHA-1 of the
 * whole content, so the same file gives the same `hashed_secret` in the work tree, the index
 * and any commit. Its redacted form names the format and size, never a byte of it.
 */
class WholeFileJudge {
    byExtension = new Map();
    constructor(detectors) {
        for (const detector of detectors)
            for (const extension of detector.extensions)
                if (!this.byExtension.has(extension))
                    this.byExtension.set(extension, detector);
    }
    /** Whether a file detector claims `path`: its content must be read whole and judged. */
    claims(path) {
        return this.byExtension.has(wholeFileExtension(path));
    }
    /** The finding for a claimed file whose content confirms the format, else undefined. */
    judge(content, path) {
        const extension = wholeFileExtension(path);
        const detector = this.byExtension.get(extension);
        const format = detector?.recognize(content, extension);
        if (detector === undefined || format === undefined)
            return undefined;
        const hash = (0,external_node_crypto_.createHash)('sha1').update(content).digest('hex');
        return {
            detectorId: detector.id,
            secretType: detector.secretType,
            provider: detector.provider,
            file: path,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            redacted: `(${format}, ${formatByteSize(content.length)})`,
            hashedSecret: hash,
            fingerprint: hash,
        };
    }
}

;// CONCATENATED MODULE: ./src/scanner/engine.ts











/** Default cap on a scanned line's length, in UTF-16 code units. */
const DEFAULT_MAX_LINE_LENGTH = 20_000;
/**
 * The pure engine: text and a path in, findings out. Compiled once, it scans any number of
 * texts; it holds no per-scan state between calls.
 */
class SecretScanner {
    detectors;
    prefilter;
    maxLineLength;
    decodeAroundHits;
    excludeLines;
    excludeSecrets;
    filters;
    wholeFiles;
    /** Built on the first {@link scanBytes}; null when off or when a detector needs the text one. */
    bytePrefilter;
    constructor(detectors, options = {}) {
        this.detectors = detectors.filter(compile/* isTextDetector */.kz).map(compile/* compileDetector */.I9);
        this.wholeFiles = new WholeFileJudge(detectors.filter(compile/* isFileDetector */.tK));
        this.prefilter = new Prefilter(this.detectors);
        this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
        this.decodeAroundHits = options.decodeAroundHits;
        this.excludeLines = options.excludeLines ?? [];
        this.excludeSecrets = options.excludeSecrets ?? [];
        this.filters = options.filters ?? builtinFilters;
        if (options.prefilter === 'text')
            this.bytePrefilter = null;
    }
    /** Scans one text; `path` is used for reporting and by path-aware filters. */
    scanText(text, path) {
        const elided = elideLongLines(text, this.maxLineLength);
        const textOf = () => elided.text;
        return this.scanHits({ textOf, gateTextOf: textOf }, path, elided.longLines, (onHit) => this.prefilter.forEachHit(elided.text, path, onHit));
    }
    /**
     * Scans a file's bytes, which decode with `encoding` to the text {@link scanText} would scan,
     * with the same findings. The prefilter runs over the bytes, so a file without a hit is never
     * decoded, and a long line never is.
     */
    scanBytes(content, path, encoding) {
        const pass = this.byteFilter()?.scan(content, path, encoding, this.maxLineLength, this.decodeAroundHits);
        if (pass === undefined)
            return this.scanText((0,text_encoding/* decodeText */.g)(content, encoding), path);
        return this.scanHits({ textOf: pass.text, gateTextOf: pass.wholeText }, path, pass.longLines, (onHit) => pass.forEachHit(onHit));
    }
    /**
     * Turns prefilter hits into detector runs on the lines around them, then into findings. The
     * text has no long lines left: `longLines` numbers those that were cut out, for the report.
     * File gates read `gateTextOf()`, which also has the lines no hit needs.
     */
    scanHits({ textOf, gateTextOf }, path, longLines, forEachHit) {
        const skips = longLines.map((line) => ({
            file: path,
            reason: 'long-line',
            line: line + 1,
        }));
        let lines;
        const segments = new Map();
        let lastLineStart = 0;
        let lastLineEnd = -1;
        // The hit line widened by n lines on each side, by n: a name and its value may sit on
        // adjacent lines, as in an XML element. Found once per line, however many hits it holds.
        const widened = new Map();
        const gates = new Map();
        const passesGate = (index) => {
            const gate = this.detectors[index].code?.fileGate;
            if (gate === undefined)
                return true;
            let open = gates.get(index);
            if (open === undefined) {
                open = gate(gateTextOf(), path);
                gates.set(index, open);
            }
            return open;
        };
        forEachHit((offset, detectorIndexes) => {
            const text = textOf();
            lines ??= new scanner_lines/* LineFinder */.j(text);
            if (offset < lastLineStart || offset > lastLineEnd) {
                lastLineStart = lines.startAt(offset);
                lastLineEnd = lines.endAt(offset);
                widened.clear();
            }
            for (const index of detectorIndexes) {
                if (!passesGate(index))
                    continue;
                const extra = this.detectors[index].detector.contextLines ?? 0;
                if (extra === 0) {
                    addSegment(segments, index, lastLineStart, lastLineEnd);
                    continue;
                }
                let range = widened.get(extra);
                if (range === undefined) {
                    range = [lines.startBefore(lastLineStart, extra), lines.endAfter(lastLineStart, extra)];
                    widened.set(extra, range);
                }
                addSegment(segments, index, range[0], range[1]);
            }
        });
        if (!lines)
            return { findings: [], skips };
        const text = textOf();
        const candidates = [];
        for (const [index, ranges] of segments) {
            const detector = this.detectors[index];
            for (let i = 0; i < ranges.length; i += 2) {
                for (const match of runDetector(detector, text, ranges[i], ranges[i + 1], path)) {
                    candidates.push({ detector, match });
                }
            }
        }
        const accepted = candidates.filter((candidate) => this.accept(candidate, text, lines, path));
        const findings = dropOverlaps(accepted).map((candidate) => toFinding(candidate, lines, path));
        findings.sort(compareFindings);
        return { findings, skips };
    }
    /**
     * A buffer of `length` bytes to read a file into before {@link scanBytes}, which then scans
     * it where it is, without a copy; valid until the next call of either. Undefined when the
     * scan runs over text.
     */
    readArea(length) {
        return this.byteFilter()?.inputArea(length);
    }
    byteFilter() {
        if (this.bytePrefilter === undefined)
            this.bytePrefilter = BytePrefilter.build(this.detectors) ?? null;
        return this.bytePrefilter;
    }
    /**
     * Whether a file detector that is on claims `path` (a key store by its extension): read the
     * file's bytes, not its text, and pass them to {@link scanWholeFile}.
     */
    claimsWholeFile(path) {
        return this.wholeFiles.claims(path);
    }
    /**
     * Judges a claimed file's whole content: its finding when the bytes confirm the format, or
     * undefined when they do not (an empty or text file with such a name), to be read as any file.
     */
    scanWholeFile(content, path) {
        const finding = this.wholeFiles.judge(content, path);
        return finding === undefined ? undefined : [finding];
    }
    accept({ detector, match }, text, lines, path) {
        const { secret } = match;
        const info = detector.detector;
        if (secret.length === 0)
            return false;
        if (info.minEntropy !== undefined && (0,entropy/* shannonEntropy */.l)(secret) < info.minEntropy)
            return false;
        if (detector.allowlist.some((regex) => regex.test(secret)))
            return false;
        if (this.excludeSecrets.some((regex) => regex.test(secret)))
            return false;
        const lineStart = lines.startAt(match.start);
        const line = text.slice(lineStart, lines.endAt(match.start));
        const previous = lineStart > 0
            ? text.slice(lines.startAt(lineStart - 1), lines.endAt(lineStart - 1))
            : undefined;
        if (isAllowlistedByPragma(line, previous))
            return false;
        if (this.excludeLines.some((regex) => regex.test(line)))
            return false;
        const input = { secret, line, column: match.start - lineStart, path, detector: info };
        return !this.filters.some((filter) => filter.appliesTo(info) && filter.excludes(input));
    }
}
/** Appends a range to a detector's list, merging it with the previous one when they touch. */
function addSegment(segments, detector, start, end) {
    const ranges = segments.get(detector);
    if (!ranges) {
        segments.set(detector, [start, end]);
        return;
    }
    const lastEnd = ranges[ranges.length - 1];
    const lastStart = ranges[ranges.length - 2];
    if (start >= lastStart && start <= lastEnd + 1) {
        if (end > lastEnd)
            ranges[ranges.length - 1] = end;
    }
    else {
        ranges.push(start, end);
    }
}
function runDetector(detector, text, start, end, path) {
    if (detector.code)
        return detector.code.detect({ text, start, end, path });
    const regex = detector.regex;
    const slice = text.slice(start, end);
    const matches = [];
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(slice)) !== null) {
        if (match[0].length === 0) {
            regex.lastIndex++;
            continue;
        }
        const secretSpan = match.indices?.groups?.secret;
        const [from, to] = secretSpan ?? match.indices?.[0];
        const secret = slice.slice(from, to);
        const hashed = match.groups?.hashed;
        matches.push({
            start: start + from,
            end: start + to,
            secret,
            ...(hashed !== undefined && { hashed }),
        });
    }
    return matches;
}
/** On overlapping spans, the more specific detector wins: prefixed over contextual over generic. */
function dropOverlaps(candidates) {
    const byStrength = [...candidates].sort((a, b) => a.detector.rank - b.detector.rank || a.match.start - b.match.start);
    const kept = [];
    for (const candidate of byStrength) {
        const { start, end } = candidate.match;
        const clash = kept.some((other) => (other.detector.rank < candidate.detector.rank || other.detector === candidate.detector) &&
            other.match.start < end &&
            start < other.match.end);
        if (!clash)
            kept.push(candidate);
    }
    return kept;
}
function toFinding({ detector, match }, lines, path) {
    const info = detector.detector;
    const last = Math.max(match.start, match.end - 1);
    return {
        detectorId: info.id,
        secretType: info.secretType,
        provider: info.provider,
        file: path,
        line: lines.numberAt(match.start) + 1,
        column: match.start - lines.startAt(match.start) + 1,
        endLine: lines.numberAt(last) + 1,
        endColumn: match.end - lines.startAt(last) + 1,
        redacted: (0,redact/* redactSecret */.Y)(match.secret),
        hashedSecret: (0,redact/* sha1Hex */.R)(match.hashed ?? match.secret),
        fingerprint: (0,redact/* sha1Hex */.R)(match.secret),
    };
}
/** Orders findings by position, then detector id, so output is deterministic. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.detectorId < b.detectorId ? -1 : a.detectorId > b.detectorId ? 1 : 0));
}


/***/ }),

/***/ 8667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/** Shannon entropy of a string in bits per character, counted over UTF-16 code units. */
function shannonEntropy(value) {
    const length = value.length;
    if (length === 0)
        return 0;
    const counts = new Map();
    for (let i = 0; i < length; i++) {
        const code = value.charCodeAt(i);
        counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    let entropy = 0;
    for (const count of counts.values()) {
        const p = count / length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}


/***/ }),

/***/ 5774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ keepJavaScriptOffTurbofan),
/* harmony export */   b8: () => (/* binding */ tuneTieringForFileScan)
/* harmony export */ });
/* unused harmony exports hasMaglevByDefault, fileScanTieringFlag */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _v8_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9180);



/** V8 flags that choose how far JavaScript is optimized. */
const tieringFlag = /^--(?:(?:no-)?(?:turbofan|opt|maglev)|max-opt|jitless)(?:=|$)/;
/**
 * Keeps the process's JavaScript off V8's optimizing compiler (TurboFan), but for a long loop's
 * on-stack replacement; WebAssembly still tiers up. A scan's hot loops run in the prefilter's
 * WebAssembly module; its JavaScript runs once per file or hit, where V8's mid-tier code is as
 * fast on the benchmark tree. TurboFan still compiled some fifty of those functions there, for
 * about 0.2 s of CPU on a background thread that, on one core, takes turns with the scan.
 *
 * Only where V8 has Maglev, its mid tier, on by default (V8 12, Node 22 and later): without it,
 * JavaScript stays on the baseline compiler, which made the history scan, whose diff parsing is
 * JavaScript, up to half slower on Node 20.
 *
 * For a process's entry point, before any code is hot: the flag is process-wide and V8 reads it
 * at each tier-up decision, so set this early it acts as if given at start. Changes nothing and
 * returns false when the command line already chose (`node --turbofan …` to measure with it).
 */
function keepJavaScriptOffTurbofan(execArgv = process.execArgv, v8Version = process.versions.v8) {
    if (!hasMaglevByDefault(v8Version))
        return false;
    if ((0,_v8_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLineSets */ .p)(execArgv, tieringFlag))
        return false;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString)('--no-turbofan');
    return true;
}
/** Whether this V8 (`process.versions.v8`) runs Maglev unless told not to. */
function hasMaglevByDefault(v8Version) {
    return Number.parseInt(v8Version, 10) >= 12;
}
/**
 * Where V8 has no Maglev (Node 20), the flag that keeps a scan of files off TurboFan when the
 * process may use one CPU only (a one-CPU container, or `taskset`); undefined to leave V8 as it
 * is. On one CPU, TurboFan's compiles take turns with the scan, and the baseline compiler's
 * slower but free code wins: pinned to one CPU, Node 20 scanned the bench tree in 1.12 s instead
 * of 1.29 s. With a second CPU, TurboFan compiles there and wins (0.97 s against 1.14 s). The
 * history scan parses diffs in JavaScript and needs TurboFan even on one CPU (2.4 s against
 * 3.3 s), so only file scans ask. A tiering flag on the command line is left alone.
 */
function fileScanTieringFlag(execArgv, v8Version, cpus) {
    if (hasMaglevByDefault(v8Version) || cpus > 1)
        return undefined;
    if ((0,_v8_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLineSets */ .p)(execArgv, tieringFlag))
        return undefined;
    return '--no-opt';
}
/** Applies {@link fileScanTieringFlag} to this process; true when it set a flag. */
function tuneTieringForFileScan() {
    const flag = fileScanTieringFlag(process.execArgv, process.versions.v8, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)());
    if (flag !== undefined)
        (0,node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString)(flag);
    return flag !== undefined;
}


/***/ }),

/***/ 9533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ LineFinder),
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/**
 * Offsets of line starts, with `\r\n`, `\n` and a lone `\r` each ending a line (Python's
 * universal newlines, which detect-secrets line numbers follow).
 */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
        this.starts = text.includes('\r') ? universalLineStarts(text) : newlineLineStarts(text);
    }
    /** 0-based index of the line holding `offset`. */
    lineOf(offset) {
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    /** Offset where line `index` starts. */
    startOf(index) {
        return this.starts[index] ?? this.text.length;
    }
    /** Offset just past the content of line `index` (before its line break). */
    endOf(index) {
        const next = this.starts[index + 1];
        if (next === undefined)
            return this.text.length;
        let end = next - 1;
        if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13)
            end--;
        return Math.max(end, this.starts[index]);
    }
    get count() {
        return this.starts.length;
    }
}
function newlineLineStarts(text) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
        starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
    }
    return starts;
}
function universalLineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10)
            starts.push(i + 1);
        else if (code === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
/** Context of up to this many lines is found by walking line by line; wider context indexes. */
const walkedLines = 4;
/**
 * The lines around given offsets, found on demand: the engine needs the bounds of the few lines
 * holding a hit, and line numbers only for findings, so most texts are never split into lines.
 * A text with a `\r` (a lone `\r` also ends a line) is indexed whole instead.
 */
class LineFinder {
    text;
    index;
    constructor(text) {
        this.text = text;
        if (text.includes('\r'))
            this.index = new LineIndex(text);
    }
    /** Offset where the line holding `offset` starts. */
    startAt(offset) {
        if (this.index)
            return this.index.startOf(this.index.lineOf(offset));
        return offset === 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
    }
    /** Offset just past the content of the line holding `offset` (before its line break). */
    endAt(offset) {
        if (this.index)
            return this.index.endOf(this.index.lineOf(offset));
        const end = this.text.indexOf('\n', offset);
        return end === -1 ? this.text.length : end;
    }
    /** Start of the line `count` lines before the one starting at `lineStart` (or of the first). */
    startBefore(lineStart, count) {
        if (count > walkedLines)
            this.index ??= new LineIndex(this.text);
        if (this.index)
            return this.index.startOf(Math.max(0, this.index.lineOf(lineStart) - count));
        let start = lineStart;
        for (let i = 0; i < count && start > 0; i++)
            start = this.startAt(start - 1);
        return start;
    }
    /** End of the line `count` lines after the one starting at `lineStart` (or of the last). */
    endAfter(lineStart, count) {
        if (count > walkedLines)
            this.index ??= new LineIndex(this.text);
        if (this.index) {
            const line = Math.min(this.index.lineOf(lineStart) + count, this.index.count - 1);
            return this.index.endOf(line);
        }
        let end = this.endAt(lineStart);
        for (let i = 0; i < count && end < this.text.length; i++)
            end = this.endAt(end + 1);
        return end;
    }
    /** 0-based number of the line holding `offset`. */
    numberAt(offset) {
        this.index ??= new LineIndex(this.text);
        return this.index.lineOf(offset);
    }
}


/***/ }),

/***/ 1433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ sha1Hex),
/* harmony export */   Y: () => (/* binding */ redactSecret)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The printable form of a secret: at most four leading characters (never more than a fifth of
 * the value), then an ellipsis. Short values show nothing.
 */
function redactSecret(secret) {
    const shown = Math.min(4, Math.floor(secret.length / 5));
    return `${secret.slice(0, shown)}…`;
}
/** Lower-case hex SHA-1 of the UTF-8 bytes, as detect-secrets writes `hashed_secret`. */
function sha1Hex(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(value, 'utf8').digest('hex');
}


/***/ }),

/***/ 3458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cU: () => (/* reexport */ ScanTally),
  z3: () => (/* reexport */ formatBytes),
  B1: () => (/* binding */ renderReport),
  zX: () => (/* binding */ reportFormats),
  dC: () => (/* reexport */ summaryLine)
});

// EXTERNAL MODULE: ./src/scanner/report/json.ts
var json = __webpack_require__(7591);
// EXTERNAL MODULE: ./src/scanner/report/sarif.ts + 1 modules
var sarif = __webpack_require__(1847);
;// CONCATENATED MODULE: ./src/scanner/report/text.ts
/** The human-readable report: one line per finding, then what was skipped, then a summary. */
function formatText(report, options = {}) {
    const lines = [];
    for (const finding of report.findings) {
        lines.push(`${finding.file}:${finding.line}:${finding.column}: ${finding.secretType} [${finding.detectorId}] ` +
            `${finding.redacted} (hashed_secret ${finding.hashedSecret})`);
    }
    const skipLines = options.verbose ? report.skips.map(describeSkip) : groupedSkipLines(report);
    if (skipLines.length > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push(...skipLines);
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(summaryLine(report));
    return `${lines.join('\n')}\n`;
}
function describeSkip(skip) {
    const where = skip.line === undefined ? skip.file : `${skip.file}:${skip.line}`;
    return `skipped ${where}: ${skip.reason}${skip.detail === undefined ? '' : ` (${skip.detail})`}`;
}
/** Skips without binary files (counted in the summary), long lines grouped into one line per file. */
function groupedSkipLines(report) {
    const out = [];
    const longLines = new Map();
    for (const skip of report.skips) {
        if (skip.reason === 'binary')
            continue;
        if (skip.reason === 'long-line' && skip.line !== undefined) {
            const list = longLines.get(skip.file);
            if (list)
                list.push(skip.line);
            else {
                longLines.set(skip.file, [skip.line]);
                out.push(skip.file);
            }
        }
        else
            out.push(describeSkip(skip));
    }
    return out.map((entry) => {
        const numbers = longLines.get(entry);
        if (numbers === undefined)
            return entry;
        const shown = numbers.slice(0, 5).join(', ') + (numbers.length > 5 ? ', …' : '');
        const [count, label] = numbers.length === 1 ? ['a line', 'line'] : [`${numbers.length} lines`, 'lines'];
        return `skipped ${count} of ${entry} longer than the line cap (${label} ${shown})`;
    });
}
/** One line that says what was found and what was left out. */
function summaryLine(report) {
    const count = report.findings.length;
    const files = new Set(report.findings.map((finding) => finding.file)).size;
    const found = count === 0
        ? 'No secrets found'
        : `${count} secret${count === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`;
    return `${found}; ${describeStats(report.stats)}.`;
}
function describeStats(stats) {
    const parts = [
        `scanned ${stats.filesScanned} file${stats.filesScanned === 1 ? '' : 's'} (${formatBytes(stats.bytesScanned)})`,
    ];
    const skipped = Object.entries(stats.skipped)
        .filter(([, n]) => n > 0)
        .map(([reason, n]) => `${n} ${reason}`);
    if (skipped.length > 0)
        parts.push(`skipped ${skipped.join(', ')}`);
    if (stats.nonUtf8Files > 0)
        parts.push(`${stats.nonUtf8Files} not UTF-8 (scanned for ASCII tokens)`);
    return parts.join('; ');
}
/** A byte count for people: `512 B`, `1.5 MB`. */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: ./src/scanner/engine.ts + 16 modules
var engine = __webpack_require__(6054);
;// CONCATENATED MODULE: ./src/scanner/report/model.ts

/** Accumulates per-file results in any order and yields a deterministic, sorted report. */
class ScanTally {
    findings = [];
    skips = [];
    stats = {
        filesScanned: 0,
        bytesScanned: 0,
        nonUtf8Files: 0,
        skipped: { binary: 0, 'too-large': 0, 'long-line': 0, unreadable: 0, excluded: 0 },
    };
    /** Adds one file's outcome. */
    add(outcome) {
        if (outcome.status === 'scanned') {
            this.stats.filesScanned++;
            this.stats.bytesScanned += outcome.bytes;
            if (!outcome.utf8)
                this.stats.nonUtf8Files++;
        }
        this.findings.push(...outcome.findings);
        for (const skip of outcome.skips)
            this.skip(skip);
    }
    /** Records a skip that no file outcome carries (an excluded file, an unreadable directory). */
    skip(skip) {
        this.stats.skipped[skip.reason]++;
        if (skip.reason !== 'excluded')
            this.skips.push(skip);
    }
    /** How many findings so far (for progress). */
    get findingCount() {
        return this.findings.length;
    }
    /** The final report, sorted so that it is the same whatever order files were scanned in. */
    report(version, root, detectors) {
        const findings = [...this.findings].sort(engine/* compareFindings */.Eg);
        const skips = [...this.skips].sort(compareSkips);
        return { version, root, detectors, findings, skips, stats: structuredClone(this.stats) };
    }
}
function compareSkips(a, b) {
    const byText = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byText(a.reason, b.reason);
}

;// CONCATENATED MODULE: ./src/scanner/report/index.ts





/** The report formats `--format` accepts. */
const reportFormats = ['text', 'json', 'sarif'];
/** Renders a report in the chosen format. */
function renderReport(report, format, verbose = false) {
    if (format === 'json')
        return { text: (0,json/* formatJson */.I)(report), warnings: [] };
    if (format === 'text')
        return { text: formatText(report, { verbose }), warnings: [] };
    const { text, truncated } = (0,sarif/* formatSarif */.z)(report);
    const warnings = truncated > 0
        ? [
            `the SARIF report holds the first 25000 results only (GitHub's limit); ${truncated} more are in --format json`,
        ]
        : [];
    return { text, warnings };
}


/***/ }),

/***/ 7591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatJson),
/* harmony export */   a: () => (/* binding */ findingJson)
/* harmony export */ });
/** One finding as the JSON reports show it: where, which detector, the redacted form, the hash. */
function findingJson(finding) {
    return {
        file: finding.file,
        line: finding.line,
        column: finding.column,
        end_line: finding.endLine,
        end_column: finding.endColumn,
        detector_id: finding.detectorId,
        type: finding.secretType,
        provider: finding.provider,
        redacted: finding.redacted,
        hashed_secret: finding.hashedSecret,
    };
}
/**
 * The JSON report: snake_case keys as detect-secrets writes them, findings and skips sorted,
 * nothing machine-specific (no absolute paths, no timestamps), so equal scans give equal bytes.
 */
function formatJson(report) {
    const { stats } = report;
    const document = {
        tool: { name: 'secrets-action', version: report.version },
        findings: report.findings.map(findingJson),
        skipped: report.skips.map((skip) => ({
            file: skip.file,
            reason: skip.reason,
            ...(skip.line !== undefined && { line: skip.line }),
            ...(skip.detail !== undefined && { detail: skip.detail }),
        })),
        summary: {
            findings: report.findings.length,
            files_scanned: stats.filesScanned,
            bytes_scanned: stats.bytesScanned,
            non_utf8_files: stats.nonUtf8Files,
            skipped: { ...stats.skipped },
        },
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}


/***/ }),

/***/ 1847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ SARIF_MAX_RESULTS),
  z: () => (/* binding */ formatSarif)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/scanner/compile.ts
var compile = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/scanner/report/sarif-rules.ts

/** How often a strength's matches are real secrets, in GitHub code scanning's terms. */
const precisionOf = {
    prefixed: 'very-high',
    contextual: 'high',
    generic: 'medium',
};
/**
 * GitHub reads `security-severity` as a score: 7.0 to 8.9 is high, 4.0 to 6.9 medium. A leaked
 * credential is high; a guess by a generic detector is medium until someone looks.
 */
const severityOf = {
    prefixed: '8.9',
    contextual: '7.5',
    generic: '5.0',
};
/** A SARIF `reportingDescriptor` for a detector, with the help text GitHub shows next to alerts. */
function sarifRule(detector) {
    const summary = `${detector.description} (${detector.secretType}).`;
    return {
        id: detector.id,
        name: toRuleName(detector.id),
        shortDescription: { text: truncate(detector.description, 1024) },
        fullDescription: { text: truncate(`Detects a ${summary}`, 1024) },
        help: { text: helpText(detector, 'text'), markdown: helpText(detector, 'markdown') },
        defaultConfiguration: { level: 'error' },
        properties: {
            // GitHub keeps at most 20 tags per rule (shows 10); these are 3 or 4.
            tags: [
                'security',
                'secret',
                detector.provider,
                ...(detector.strength === 'generic' ? ['heuristic'] : []),
            ],
            precision: precisionOf[detector.strength],
            'security-severity': severityOf[detector.strength],
        },
    };
}
function helpText(detector, format) {
    const code = (text) => (format === 'markdown' ? `\`${text}\`` : text);
    const title = format === 'markdown' ? `**${detector.description}**` : detector.description;
    if ((0,compile/* isFileDetector */.tK)(detector))
        return [
            `${title} (${detector.secretType}, detector ${code(detector.id)}).`,
            '',
            'A committed key store is a leak in itself: treat every private key in it as exposed. Revoke the certificates and keys it holds and issue new ones, ' +
                'keep the new store in a secret store (load it at build or run time), delete the file, and remove it from the git history if the repository is shared.',
            '',
            `If it is meant to be there (a test fixture with throwaway keys): a binary file cannot carry a ${code('pragma: allowlist secret')} comment, ` +
                `so accept it into the baseline (${code('secrets-action scan --baseline .secrets.baseline')}, which records the SHA-1 of its bytes) ` +
                `or list its path under ${code('exclude-files')} in ${code('.secrets-action.yaml')}.`,
        ].join('\n');
    return [
        `${title} (${detector.secretType}, detector ${code(detector.id)}).`,
        '',
        'If it is a real credential: revoke or rotate it with its provider first (removing it from the code does not un-leak it), ' +
            'then load it at run time from a secret store or an environment variable, and remove it from the git history if the repository is shared.',
        '',
        `If it is not a secret: add ${code('pragma: allowlist secret')} in a comment on the line, ` +
            `or list a regex for it under ${code('exclude-secrets')} or ${code('exclude-lines')} in ${code('.secrets-action.yaml')}.`,
    ].join('\n');
}
/** GitHub limits a rule name to 255 characters; ids are far shorter. */
function toRuleName(id) {
    return id
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('')
        .slice(0, 255);
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/scanner/report/sarif.ts



/** GitHub code scanning rejects a run with more results than this. */
const SARIF_MAX_RESULTS = 25_000;
/** The base id that every result's relative path is resolved against. */
const rootId = '%SRCROOT%';
/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: every property it requires, rules
 * with help text, paths relative to the scan root, and a `primaryLocationLineHash` built from
 * the rule and the secret's hash (not its line), so an alert survives edits around it.
 * Results past GitHub's limit are left out; `truncated` says how many.
 */
function formatSarif(report) {
    const ruleIndex = new Map(report.detectors.map((detector, index) => [detector.id, index]));
    const kept = report.findings.slice(0, SARIF_MAX_RESULTS);
    const occurrences = new Map();
    const results = kept.map((finding) => {
        const key = `${finding.file}\0${finding.detectorId}\0${finding.fingerprint}`;
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        return sarifResult(finding, ruleIndex.get(finding.detectorId), occurrence);
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'secrets-action',
                        semanticVersion: report.version,
                        rules: report.detectors.map(sarifRule),
                    },
                },
                originalUriBaseIds: { [rootId]: { uri: (0,external_node_url_.pathToFileURL)(`${report.root}/`).href } },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return {
        text: `${JSON.stringify(log, null, 2)}\n`,
        truncated: report.findings.length - kept.length,
    };
}
function sarifResult(finding, ruleIndex, occurrence) {
    const lineHash = (0,external_node_crypto_.createHash)('sha256')
        .update(`${finding.detectorId}\0${finding.fingerprint}`)
        .digest('hex')
        .slice(0, 16);
    return {
        ruleId: finding.detectorId,
        ...(ruleIndex !== undefined && { ruleIndex }),
        level: 'error',
        message: { text: `${finding.secretType} found (${finding.detectorId}): ${finding.redacted}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUriPath(finding.file), uriBaseId: rootId },
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                    },
                },
            },
        ],
        partialFingerprints: { primaryLocationLineHash: `${lineHash}:${occurrence}` },
        properties: { hashed_secret: finding.hashedSecret, secret_type: finding.secretType },
    };
}
/** A relative POSIX path as a URI reference: each segment percent-encoded. */
function toUriPath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}


/***/ }),

/***/ 8306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ hasBinaryExtension),
/* harmony export */   W: () => (/* binding */ looksBinary)
/* harmony export */ });
/**
 * Extensions of formats that hold no reviewable text: skipped without reading, and reported as
 * binary. Text formats that happen to be generated (lock files, minified code) are still read.
 * Key stores (`p12 pfx jks keystore`) are listed too, but a file detector that is on claims them
 * first and judges their bytes (`SecretScanner.claimsWholeFile`); only the rest are skipped.
 */
const binaryExtensions = new Set(('png jpg jpeg gif bmp ico icns tif tiff webp avif heic psd svgz ' +
    'mp3 mp4 m4a m4v mov avi mkv webm wav flac ogg oga ogv opus aac wma wmv ' +
    'zip gz tgz bz2 xz zst 7z rar tar jar war ear apk aab ipa whl egg nupkg deb rpm dmg iso msi cab ' +
    'exe dll so dylib a lib o obj ko elf bin class pyc pyo pyd wasm node dex ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp epub mobi ' +
    'ttf otf woff woff2 eot ' +
    'sqlite sqlite3 db mdb accdb parquet avro orc feather npy npz pkl pickle h5 hdf5 onnx pt pth ckpt safetensors tflite ' +
    'glb fbx blend 3ds stl dds ktx ' +
    'pack idx keystore jks p12 pfx der').split(' '));
/** Whether a path's extension names a binary format. */
function hasBinaryExtension(path) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    if (dot <= slash + 1)
        return false;
    return binaryExtensions.has(path.slice(dot + 1).toLowerCase());
}
/** How much of a file is examined for NUL bytes, as git does to call a file binary. */
const sniffLength = 8000;
/** Whether content looks binary: a NUL byte near the start. */
function looksBinary(content) {
    return content.subarray(0, sniffLength).includes(0);
}


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ readEncodedForScan),
/* harmony export */   fC: () => (/* binding */ decodeForScan),
/* harmony export */   fr: () => (/* binding */ readForScan),
/* harmony export */   mt: () => (/* binding */ readBytesForScan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5909);
/* harmony import */ var _binary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8306);



/**
 * One buffer, grown to the largest file read so far, holds every file in turn: a fresh buffer
 * per file is memory outside the V8 heap that only a full collection returns, so the resident
 * size would grow with the number of files scanned rather than with the largest one.
 */
let scratch = Buffer.allocUnsafe(1 << 16);
/**
 * Reads to the end of the file, not just `size` bytes: the size from fstat is stale for a file
 * being written. Stops once past `limit`, so a file that keeps growing cannot take the memory.
 */
function readWhole(fd, size, limit, area) {
    // Room beyond the size, so that a read returning less than asked for marks the end: a regular
    // file gives a short read only there, and no second read is needed to confirm it.
    const target = area?.(size + 1);
    let filled = 0;
    if (target !== undefined) {
        filled = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, target, 0, size + 1, null);
        if (filled <= size)
            return target.subarray(0, filled);
        // Grown since fstat: go on in the shared buffer.
        if (scratch.length < 2 * filled)
            scratch = Buffer.allocUnsafe(2 * filled);
        scratch.set(target);
    }
    else if (scratch.length < size + 1)
        scratch = Buffer.allocUnsafe(size + 1);
    for (;;) {
        if (filled === scratch.length) {
            if (filled > limit)
                return scratch.subarray(0, filled);
            scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
        }
        const wanted = scratch.length - filled;
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, filled, wanted, null);
        filled += read;
        if (read < wanted)
            return scratch.subarray(0, filled);
    }
}
/**
 * Reads a file as {@link readForScan} does, leaving the decoding to the engine; into `area`
 * when given.
 */
function readEncodedForScan(absolutePath, maxFileSize, area) {
    if ((0,_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .hasBinaryExtension */ .T)(absolutePath))
        return { kind: 'skipped', reason: 'binary', detail: 'extension' };
    const raw = readRaw(absolutePath, maxFileSize, area);
    return raw.kind === 'raw' ? encodedForScan(raw.content) : raw;
}
/** Content that is not binary (no NUL bytes), with how it decodes. */
function encodedForScan(content) {
    if ((0,_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .looksBinary */ .W)(content))
        return { kind: 'skipped', reason: 'binary', detail: 'NUL bytes' };
    return { kind: 'encoded', content, encoding: (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .textEncodingOf */ .w)(content) };
}
/**
 * Reads a file for scanning. Binary and oversized files are recognised before their content is
 * read; a file that is not valid UTF-8 is decoded byte for byte, so ASCII tokens are still found.
 * Synchronous on purpose: for many small files one open, fstat, read and close costs a fifth of
 * what promise-based file handles do, and large scans run in worker threads.
 */
function readForScan(absolutePath, maxFileSize) {
    return decoded(readEncodedForScan(absolutePath, maxFileSize));
}
/**
 * Reads a file's bytes whatever its extension or content, within the size limit: for a file a
 * file detector claims (a key store), which judges the bytes before any text is decoded.
 */
function readBytesForScan(absolutePath, maxFileSize) {
    const raw = readRaw(absolutePath, maxFileSize);
    return raw.kind === 'raw' ? { kind: 'bytes', content: Buffer.from(raw.content) } : raw;
}
/** Decodes read content as {@link readForScan} does: NUL bytes make it binary, else text. */
function decodeForScan(content) {
    return decoded(encodedForScan(content));
}
function decoded(outcome) {
    if (outcome.kind !== 'encoded')
        return outcome;
    const { content, encoding } = outcome;
    const text = (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g)(content, encoding);
    return { kind: 'text', text, bytes: content.length, utf8: encoding !== 'latin1' };
}
function readRaw(absolutePath, maxFileSize, area) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, 'r');
    }
    catch (error) {
        return failure(error);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            return { kind: 'missing' };
        if (stat.size > maxFileSize) {
            return {
                kind: 'skipped',
                reason: 'too-large',
                detail: `${stat.size} bytes, limit ${maxFileSize}`,
            };
        }
        const content = readWhole(fd, stat.size, maxFileSize, area);
        if (content.length > maxFileSize) {
            return {
                kind: 'skipped',
                reason: 'too-large',
                detail: `${content.length} bytes, limit ${maxFileSize}`,
            };
        }
        return { kind: 'raw', content };
    }
    catch (error) {
        return failure(error);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function failure(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { kind: 'missing' };
    return { kind: 'skipped', reason: 'unreadable', detail: code ?? error.message };
}


/***/ }),

/***/ 2753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ scanFile),
/* harmony export */   n: () => (/* binding */ scanContent)
/* harmony export */ });
/* harmony import */ var _binary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8306);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);


/** Reads one file and runs the engine on it; a file that cannot be read becomes a skip. */
function scanFile(scanner, file, maxFileSize) {
    // A key store's bytes are judged whole; every other file is read as text.
    const outcome = scanner.claimsWholeFile(file.relative)
        ? (0,_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readBytesForScan */ .mt)(file.absolute, maxFileSize)
        : (0,_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readEncodedForScan */ .J_)(file.absolute, maxFileSize, (length) => scanner.readArea(length));
    const base = { file: file.relative, findings: [], skips: [], bytes: 0, utf8: true };
    if (outcome.kind === 'missing')
        return { ...base, status: 'missing' };
    if (outcome.kind === 'skipped') {
        const skip = { file: file.relative, reason: outcome.reason, detail: outcome.detail };
        return { ...base, status: 'skipped', skips: [skip] };
    }
    return { file: file.relative, ...scanContent(scanner, outcome, file.relative) };
}
/**
 * Scans content already read. Bytes go to the file detectors first; when they do not confirm a
 * key store (an empty or text file with such a name), the file is treated as any other: skipped
 * when its extension or NUL bytes say binary, else scanned as text.
 */
function scanContent(scanner, content, path) {
    if (content.kind === 'encoded') {
        const { findings, skips } = scanner.scanBytes(content.content, path, content.encoding);
        const { length: bytes } = content.content;
        return { status: 'scanned', findings, skips, bytes, utf8: content.encoding !== 'latin1' };
    }
    let text = content;
    if (text.kind === 'bytes') {
        const bytes = text.content.length;
        const whole = scanner.scanWholeFile(text.content, path);
        if (whole !== undefined)
            return { status: 'scanned', findings: whole, skips: [], bytes, utf8: true };
        const decoded = (0,_binary_js__WEBPACK_IMPORTED_MODULE_0__/* .hasBinaryExtension */ .T)(path)
            ? { kind: 'skipped', reason: 'binary', detail: 'extension' }
            : (0,_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeForScan */ .fC)(text.content);
        if (decoded.kind !== 'text') {
            const skip = { file: path, reason: 'binary', detail: 'not a key store' };
            return { status: 'skipped', findings: [], skips: [skip], bytes: 0, utf8: true };
        }
        text = decoded;
    }
    const { findings, skips } = scanner.scanText(text.text, path);
    return { status: 'scanned', findings, skips, bytes: text.bytes, utf8: text.utf8 };
}


/***/ }),

/***/ 5909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText),
/* harmony export */   w: () => (/* binding */ textEncodingOf)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

function textEncodingOf(content) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(content))
        return 'ascii';
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(content) ? 'utf8' : 'latin1';
}
// ignoreBOM keeps a leading U+FEFF, as Buffer's decoding does, so columns stay where they were.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * The text of `content`. ASCII and UTF-8 go through TextDecoder. On Node 20 it builds the string
 * in the JavaScript heap, whereas Buffer's Latin-1 decoding makes a string over 1 MB an external
 * string, whose memory returns only after a full collection and stays in the allocator. Node 24's
 * TextDecoder makes such a string external too; decoding in pieces, to keep it in the heap, gave
 * no lower peak there (the heap grows instead), so both runtimes take this one path.
 */
function decodeText(content, encoding) {
    if (encoding !== 'latin1')
        return utf8.decode(content);
    const buffer = Buffer.isBuffer(content)
        ? content
        : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    return buffer.toString('latin1');
}


/***/ }),

/***/ 9180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ commandLineSets)
/* harmony export */ });
/**
 * Whether the command line already gave V8 a flag matching `pattern` (written with `-`; V8
 * reads `_` as `-`): the scanner's run-time V8 settings then leave that choice alone.
 */
function commandLineSets(execArgv, pattern) {
    return execArgv.some((flag) => pattern.test(flag.replaceAll('_', '-')));
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dA: () => (/* binding */ IoError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   s$: () => (/* binding */ BaselineError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   z1: () => (/* binding */ CliError)
/* harmony export */ });
/** Exit statuses of every command: documented in `--help` and the README. */
const ExitCode = {
    /** Nothing found. */
    clean: 0,
    /** At least one finding. */
    findings: 1,
    /** Bad usage, an invalid config file, or an I/O failure that stopped the run. */
    error: 2,
};
/**
 * The base of every expected failure: a message written for the user (naming the input and the
 * fix, never a secret value) and the exit code it maps to.
 */
class CliError extends Error {
}
/** A command line that cannot be run as given (unknown option, bad value, missing argument). */
class UsageError extends CliError {
    name = 'UsageError';
    exitCode = ExitCode.error;
}
/** A configuration file that is unreadable or invalid; `issues` lists every problem found. */
class ConfigError extends CliError {
    issues;
    name = 'ConfigError';
    exitCode = ExitCode.error;
    constructor(message, issues = []) {
        super(issues.length > 0
            ? `${message}\n${issues.map((issue) => `  - ${issue}`).join('\n')}`
            : message);
        this.issues = issues;
    }
}
/** A file-system or git failure that stops the whole run (a single unreadable file does not). */
class IoError extends CliError {
    name = 'IoError';
    exitCode = ExitCode.error;
}
/**
 * The one place an error becomes an exit code: expected errors carry theirs, anything else is a
 * bug and still fails the run (a non-Error throw included) rather than passing silently.
 */
function exitCodeFor(error) {
    return error instanceof CliError ? error.exitCode : ExitCode.error;
}
/** The text shown for an error: the message of an expected error, more context for a bug. */
function describeError(error) {
    if (error instanceof CliError)
        return error.message;
    if (error instanceof Error)
        return `internal error: ${error.stack ?? error.message}`;
    return `internal error: ${String(error)}`;
}
/**
 * A `.secrets.baseline` that cannot be used as it is (merge-conflict markers, invalid JSON, a
 * wrong shape, unreadable): the message names the file and how to regenerate it.
 */
class BaselineError extends CliError {
    file;
    name = 'BaselineError';
    exitCode = ExitCode.error;
    constructor(message, 
    /** The baseline file, as the user named it. */
    file) {
        super(message);
        this.file = file;
    }
}


/***/ })

};
