import { reportFormats } from '../scanner/report/index.js';

/** Exit statuses as `--help` documents them. */
const exitCodes = `Exit codes:
  0  no secrets found
  1  secrets found
  2  usage, configuration or I/O error`;

/** The top-level usage text. */
export const mainHelp = `Usage: secrets-action <command> [options]

Keep secrets out of git.

Commands:
  scan [PATH...]   scan the git work tree, or the given files and directories, for secrets
  detectors        list the built-in detectors (ids for disabled-detectors / enabled-detectors)
  hook [FILE...]   pre-commit gate: fail on staged secrets that are not in the baseline
  audit BASELINE   label baseline entries real or false positive; --report / --stats for CI
  merge-baseline BASE OURS THEIRS
                   git merge driver for .secrets.baseline (see merge-baseline --help)

Options:
  -h, --help       show this help (\`secrets-action scan --help\` for the command's options)
  -v, --version    print the version

${exitCodes}
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
