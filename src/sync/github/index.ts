/** The GitHub side of the sync: targets, the client, sealing and the shared types. */
export { createGitHubClient, GITHUB_API_VERSION } from './client.js';
export type { GitHubClient, GitHubClientOptions } from './client.js';
export { secretPermission, variablePermission } from './errors.js';
export { MANIFEST_VARIABLE, MANIFEST_VARIABLE_DEPENDABOT, manifestVariableName } from './routes.js';
export { sealForGitHub } from './seal.js';
export { createGitHubTargets, parseManifest } from './targets.js';
export type { GitHubTargetsOptions } from './targets.js';
export * from './types.js';
