/** The usage text of `inventory`. */
export const inventoryHelp = `Usage: secrets-action inventory [options] [FILE...]

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
export const migrateHelp = `Usage: secrets-action migrate --prefix PREFIX [options]

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
