/**
 * The read side of sync: parse `secret-ids`, fetch from AWS Secrets Manager, derive variable
 * names, and list what to mask. No `@actions/*` here: src/action does the exporting.
 */
export type {
  FetchedSecret,
  FetchOptions,
  FetchResult,
  NameTransformation,
  NamingOptions,
  SecretSelector,
  SecretValue,
  Variable,
} from './types.js';
export {
  AwsSecretError,
  SecretFetchError,
  SecretIdsError,
  VariableNameError,
  type AwsFailureKind,
} from './errors.js';
export { parseSecretIds, isSecretArn, secretNameFromArn } from './selection.js';
export { createSecretsManagerClient, type ClientOptions } from './aws/client.js';
export { fetchSecrets } from './aws/fetch.js';
export { toVariables, toEnvName, isReservedName, isValidEnvName } from './naming.js';
export { maskableParts, weakValueWarning } from './masking.js';
