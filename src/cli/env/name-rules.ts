/**
 * What a variable's name and plain shape say about it: names that conventionally hold secrets,
 * names that are configuration, values that are booleans or small numbers. Every check is a
 * string test on the upper-cased name, no regex over the value beyond fixed, anchored shapes.
 */

/** The secret-name pattern `name` matches (`*_KEY`, `*PASSWORD*`…), if any. */
export function secretNamePattern(name: string): string | undefined {
  const upper = name.toUpperCase().replace(/[.-]/g, '_');
  const suffixes = ['_KEY', '_SECRET', '_TOKEN', '_PAT'];
  for (const suffix of suffixes) if (upper.endsWith(suffix)) return `*${suffix}`;
  const whole = ['KEY', 'SECRET', 'TOKEN', 'PAT'];
  if (whole.includes(upper)) return upper;
  const infixes = ['PASSWORD', 'PASSWD', 'CREDENTIAL', 'PRIVATE', 'SECRET_KEY', 'ACCESS_KEY'];
  for (const infix of infixes) if (upper.includes(infix)) return `*${infix}*`;
  for (const suffix of ['_PASS', '_PWD']) if (upper.endsWith(suffix)) return `*${suffix}`;
  return undefined;
}

const configNames = new Set([
  'LOG_LEVEL',
  'LOGLEVEL',
  'NODE_ENV',
  'APP_ENV',
  'RAILS_ENV',
  'RACK_ENV',
  'FLASK_ENV',
  'DJANGO_SETTINGS_MODULE',
  'ENV',
  'ENVIRONMENT',
  'STAGE',
  'PORT',
  'HOST',
  'HOSTNAME',
  'TZ',
  'LANG',
  'DEBUG',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'REGION',
  'NODE_OPTIONS',
  'PATH',
]);

const configPrefixes = ['FEATURE_', 'ENABLE_', 'DISABLE_', 'FF_', 'FLAG_'];
const configSuffixes = [
  '_URL',
  '_URI',
  '_HOST',
  '_PORT',
  '_REGION',
  '_ENV',
  '_LEVEL',
  '_TIMEOUT',
  '_ENABLED',
  '_DISABLED',
  '_NAME',
  '_USER',
  '_USERNAME',
  '_ID',
  '_PATH',
  '_DIR',
  '_MODE',
];

/** Why `name` is configuration by name (a known name, a feature flag, a `*_URL`…), if it is. */
export function configNameReason(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (configNames.has(upper)) return `known configuration name ${upper}`;
  for (const prefix of configPrefixes)
    if (upper.startsWith(prefix)) return `feature flag (${prefix}*)`;
  for (const suffix of configSuffixes)
    if (upper.endsWith(suffix)) return `configuration name (*${suffix})`;
  if (upper.includes('PUBLIC') || upper.includes('PUBLISHABLE'))
    return 'public by name (*PUBLIC*, *PUBLISHABLE*): meant to be shipped to clients';
  return undefined;
}

const booleans = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '0', '1']);

/** Why the value's shape alone makes it configuration (a boolean, a short number), if it does. */
export function plainValueReason(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (booleans.has(v)) return 'a boolean';
  // Up to five digits: ports, sizes, timeouts. Longer numbers may be PINs or account secrets.
  if (/^-?\d{1,5}(\.\d{1,6})?$/.test(v)) return 'a small number';
  return undefined;
}

/** A URL with a password in it (`scheme://user:password@host`), read with the WHATWG parser. */
export function urlCredentials(value: string): { password: string } | undefined {
  if (!value.includes('://') || !value.includes('@')) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.password === '') return undefined;
    return { password: decodeURIComponent(url.password) };
  } catch {
    return undefined;
  }
}
