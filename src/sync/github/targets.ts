/**
 * `GitHubTargets` over the REST API: secrets sealed with each target's own public key (fetched
 * once per target per run, and once more when GitHub refuses a value because the key rotated),
 * organization access settings kept on update, the manifest stored in an Actions variable of the
 * same scope, and environments created on demand.
 */
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './client.js';
import {
  secretPermission,
  secretWriteRefused,
  statusOf,
  toGitHubApiError,
  variablePermission,
} from './errors.js';
import {
  isOrgTarget,
  manifestVariableName,
  secretsRoute,
  variablesRoute,
  type ScopeRoute,
} from './routes.js';
import { orgAccessResolver, type Call } from './org-access.js';
import { publicKeyCache, type PublicKey } from './public-keys.js';
import { sealForGitHub } from './seal.js';
import {
  GitHubApiError,
  targetLabel,
  type ExistingSecret,
  type GitHubTargets,
  type Manifest,
  type OrgVisibility,
  type TargetRef,
} from './types.js';

/** GitHub's limit on one variable's value, which bounds a manifest. */
const MAX_VARIABLE_BYTES = 48 * 1024;

/** Options for `createGitHubTargets`: the client's, or a ready client. */
export type GitHubTargetsOptions =
  GitHubClientOptions | { octokit: GitHubClient; calls?: Record<string, number> };

/** The GitHub side of the sync, over a real Octokit client. */
export function createGitHubTargets(options: GitHubTargetsOptions): GitHubTargets {
  const { octokit, calls } =
    'octokit' in options
      ? { octokit: options.octokit, calls: options.calls ?? {} }
      : createGitHubClient(options);
  const manifestExists = new Map<string, boolean>();

  const call: Call = async <T>(
    t: TargetRef | string,
    operation: string,
    permission: string,
    run: () => Promise<T>,
    notFound?: string,
  ): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      const label = typeof t === 'string' ? t : targetLabel(t);
      throw toGitHubApiError(error, label, operation, permission, notFound);
    }
  };
  const request = async (route: string, scope: ScopeRoute, extra: Record<string, unknown> = {}) =>
    octokit.request(route.replace('{base}', scope.base), { ...scope.params, ...extra });

  // One key fetch per target per run (plus one after a rotation); a failed fetch is retried by
  // the next item.
  const keys = publicKeyCache((t) =>
    call(
      t,
      'read the public key',
      secretPermission(t.kind),
      async () => {
        const { data } = await request('GET {base}/public-key', secretsRoute(t));
        return data as PublicKey;
      },
      notFoundHint(t),
    ),
  );
  const orgAccess = orgAccessResolver(octokit, call);

  return {
    async listSecrets(t) {
      const route = secretsRoute(t);
      const items = await call(
        t,
        'list secrets',
        secretPermission(t.kind),
        () => octokit.paginate(`GET ${route.base}`, { ...route.params, per_page: 100 }),
        notFoundHint(t),
      );
      const secrets = items as { name: string; updated_at?: string; visibility?: OrgVisibility }[];
      if (isOrgTarget(t)) orgAccess.remember(t, secrets);
      return secrets.map((s): ExistingSecret => ({
        name: s.name,
        ...(s.updated_at ? { updatedAt: s.updated_at } : {}),
      }));
    },

    async putSecret(t, name, value) {
      const key = await keys.get(t);
      const access = isOrgTarget(t) ? await orgAccess.resolve(t, name) : {};
      const label = targetLabel(t);
      const operation = `write secret ${name}`;
      // Sealing stays outside the try blocks: only GitHub's answers become GitHubApiErrors.
      const seal = async (k: PublicKey) => ({
        encrypted_value: await sealForGitHub(k.key, value),
        key_id: k.key_id,
      });
      const put = (sealed: { encrypted_value: string; key_id: string }) =>
        request('PUT {base}/{secret_name}', secretsRoute(t), {
          secret_name: name,
          ...sealed,
          ...access,
        });
      const fail = (error: unknown, resealed: boolean): never => {
        if (statusOf(error) === 422) throw secretWriteRefused(label, operation, resealed);
        throw toGitHubApiError(error, label, operation, secretPermission(t.kind));
      };
      const sealed = await seal(key);
      let response: Awaited<ReturnType<typeof put>>;
      try {
        response = await put(sealed);
      } catch (error) {
        // GitHub refuses (422) a value sealed with a key that rotated after we read it: read the
        // key again (once per target per run) and, if it changed, seal again and retry once.
        if (statusOf(error) !== 422) return fail(error, false);
        const renewed = await keys.renewed(t, key);
        if (!renewed) return fail(error, false);
        const resealed = await seal(renewed);
        try {
          response = await put(resealed);
        } catch (again) {
          return fail(again, true);
        }
      }
      return response.status === 201 ? 'created' : 'updated';
    },

    async deleteSecret(t, name) {
      await call(t, `delete secret ${name}`, secretPermission(t.kind), async () => {
        try {
          await request('DELETE {base}/{secret_name}', secretsRoute(t), { secret_name: name });
        } catch (error) {
          // Already gone: the goal of a delete is reached, so a re-run converges.
          if (statusOf(error) !== 404) throw error;
        }
      });
    },

    async readManifest(t) {
      const name = manifestVariableName(t);
      const label = targetLabel(t);
      const value = await call(t, `read variable ${name}`, variablePermission(t.kind), async () => {
        try {
          const { data } = await request('GET {base}/{name}', variablesRoute(t), { name });
          return (data as { value: string }).value;
        } catch (error) {
          if (statusOf(error) === 404) return undefined;
          throw error;
        }
      });
      manifestExists.set(label, value !== undefined);
      return value === undefined ? undefined : parseManifest(value);
    },

    async writeManifest(t, m) {
      const name = manifestVariableName(t);
      const label = targetLabel(t);
      const value = JSON.stringify({ v: 1, secrets: m.secrets });
      const operation = `write variable ${name}`;
      if (Buffer.byteLength(value) > MAX_VARIABLE_BYTES) {
        throw new GitHubApiError(
          `The manifest for ${label} is over GitHub's 48 KB variable limit (${Object.keys(m.secrets).length} secrets): split the secrets over fewer per target`,
          0,
          label,
          operation,
        );
      }
      const route = variablesRoute(t);
      const patch = () => request('PATCH {base}/{name}', route, { name, value });
      // Org variables need access settings; no repository needs to read a manifest.
      const org = isOrgTarget(t) ? { visibility: 'selected', selected_repository_ids: [] } : {};
      const post = () => request('POST {base}', route, { name, value, ...org });
      await call(t, operation, variablePermission(t.kind), async () => {
        const first = manifestExists.get(label) === true ? patch : post;
        try {
          await first();
        } catch (error) {
          const status = statusOf(error);
          // Someone else created or deleted it since we looked: the other verb does it.
          if (first === post && status === 409) await patch();
          else if (first === patch && status === 404) await post();
          else throw error;
        }
      });
      manifestExists.set(label, true);
    },

    async ensureEnvironment(owner, repo, environment) {
      const label = `${owner}/${repo} (environment ${environment})`;
      const params = { owner, repo, environment_name: environment };
      const permission = `repository permission "Administration: read and write" to create environments (classic PAT: repo)`;
      return call(label, 'create the environment', permission, async () => {
        try {
          await octokit.request(
            'GET /repos/{owner}/{repo}/environments/{environment_name}',
            params,
          );
          return 'exists' as const;
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
        await octokit.request('PUT /repos/{owner}/{repo}/environments/{environment_name}', params);
        return 'created' as const;
      });
    },

    calls: () => ({ ...calls }),
  };
}

/** What a 404 on a target's secrets means. */
function notFoundHint(t: TargetRef): string | undefined {
  if (t.kind === 'environment') {
    return `create environment "${t.environment}" in ${t.owner}/${t.repo} (or set create-environments: true)`;
  }
  if (t.kind === 'organization' || t.kind === 'dependabot-organization') {
    return `check that organization ${t.org} exists and the token belongs to it`;
  }
  return undefined;
}

/** A manifest read back, or undefined when it is not one (then every secret counts as changed). */
export function parseManifest(text: string): Manifest | undefined {
  try {
    const data = JSON.parse(text) as { v?: unknown; secrets?: unknown };
    const secrets = data.secrets;
    // An array would pass as an object and give index "names" that stay in every later manifest.
    if (data.v !== 1 || typeof secrets !== 'object' || secrets === null || Array.isArray(secrets))
      return undefined;
    const entries = Object.entries(secrets as Record<string, unknown>);
    if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
    return { v: 1, secrets: Object.fromEntries(entries) as Record<string, string> };
  } catch {
    return undefined;
  }
}
