import { reportFormats } from '../scanner/report/index.js';
export { inventoryHelp, migrateHelp } from './migrate/help.js';

/** Exit statuses as `--help` documents them. */
const exitCodes = `Exit codes:
  0  no secrets found
  1  secrets found
  2  usage, configuration or I/O error`;

/** The top-level usage text. */
export const mainHelp = `Usage: secrets-action <command> [options]

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
export const scanHelp = `Usage: secrets-action scan [options] [PATH...]

Scans for secrets (API keys, tokens, private keys, passwords). With no PATH, scans the git work
tree: tracked files plus untracked files that are not ignored; outside a git repository, the
current directory. Directories given as PATH are walked (symbolic links to directories are not
followed, .git is skipped). Binary files, files above the size cap and over-long lines are
skipped and counted. Secret values are never printed: findings show a short prefix and the
SHA-1 \`hashed_secret\` detect-secrets computes.

Options:
  -f, --format FORMAT        report format: ${reportFormats.join(', ')} (default: text)
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
export const hookHelp = `Usage: secrets-action hook [options] [FILE...]

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
export const detectorsHelp = `Usage: secrets-action detectors [--json]

Lists the built-in detectors: id (stable; use it in disabled-detectors and enabled-detectors),
strength (prefixed: the token names its provider; contextual: a provider-shaped value assigned to
a name that mentions the provider; generic: entropy and keyword guesses) and description.

Options:
      --json       print the list as JSON (id, type, provider, strength, enabledByDefault, description)
  -h, --help       show this help
`;

/** The usage text of `audit`. */
export const auditHelp = `Usage: secrets-action audit [options] BASELINE

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
export const mergeBaselineHelp = `Usage: secrets-action merge-baseline BASE OURS THEIRS [PATH]

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
export const rotationHelp = `Usage: secrets-action rotation --policy FILE [options]

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
export const mergeSarifHelp = `Usage: secrets-action merge-sarif [-o FILE] SARIF...

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
