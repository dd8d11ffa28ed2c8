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
