/**
 * Access settings for organization secrets. A PUT replaces them, so an update re-sends the
 * secret's current visibility and selected repositories (the `gh secret set` reset of
 * cli/cli#8110 is what this avoids); a new secret gets the target's settings.
 */
import type { GitHubClient } from './client.js';
import { secretPermission, statusOf } from './errors.js';
import { secretsRoute } from './routes.js';
import { targetLabel, type OrgVisibility, type TargetRef } from './types.js';

/** Runs one API call, turning its failure into a `GitHubApiError` (see targets.ts). */
export type Call = <T>(
  t: TargetRef | string,
  operation: string,
  permission: string,
  run: () => Promise<T>,
  notFound?: string,
) => Promise<T>;

type OrgTarget = Extract<TargetRef, { kind: 'organization' | 'dependabot-organization' }>;

/** The access fields of an org secret PUT. */
export interface OrgAccess {
  visibility: OrgVisibility;
  selected_repository_ids?: (number | string)[];
}

/** Caches a promise by key, forgetting it when it rejects so a later call can try again. */
export function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>) {
  let value = cache.get(key);
  if (!value) {
    value = make();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

/** Resolves the access settings to send for org secrets, with the lookups cached per run. */
export function orgAccessResolver(octokit: GitHubClient, call: Call) {
  /** Visibility per secret as last listed, per target label: saves a GET per update. */
  const listed = new Map<string, Map<string, OrgVisibility>>();
  const repoIds = new Map<string, Promise<number>>();

  const repoId = (org: string, name: string): Promise<number> => {
    const full = name.includes('/') ? name : `${org}/${name}`;
    const [owner = '', repo = ''] = full.split('/');
    return memo(repoIds, full.toLowerCase(), () =>
      call(
        full,
        'look up the repository id',
        'repository permission "Metadata: read"',
        async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
          return Number(data.id);
        },
      ),
    );
  };

  const current = async (t: OrgTarget, name: string): Promise<OrgVisibility | undefined> => {
    const known = listed.get(targetLabel(t));
    if (known) return known.get(name.toUpperCase());
    const route = secretsRoute(t);
    return call(t, `read secret ${name}`, secretPermission(t.kind), async () => {
      try {
        const { data } = await octokit.request(`GET ${route.base}/{secret_name}`, {
          ...route.params,
          secret_name: name,
        });
        return (data as { visibility: OrgVisibility }).visibility;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    });
  };

  return {
    /** Records the visibility of each listed secret of an org target. */
    remember(t: TargetRef, secrets: { name: string; visibility?: OrgVisibility }[]): void {
      const entries = secrets.map(
        (s) => [s.name.toUpperCase(), s.visibility ?? 'private'] as const,
      );
      listed.set(targetLabel(t), new Map(entries));
    },

    /** The settings to send with a PUT of `name`: its current ones if it exists, else the target's. */
    async resolve(t: OrgTarget, name: string): Promise<OrgAccess> {
      // Dependabot's org API takes repository ids as strings.
      const asIds = (ids: number[]) =>
        t.kind === 'dependabot-organization' ? ids.map(String) : ids;
      const visibility = await current(t, name);
      if (visibility !== undefined) {
        if (visibility !== 'selected') return { visibility };
        const route = secretsRoute(t);
        const repos = await call(
          t,
          `read the repositories of secret ${name}`,
          secretPermission(t.kind),
          () =>
            octokit.paginate(`GET ${route.base}/{secret_name}/repositories`, {
              ...route.params,
              secret_name: name,
              per_page: 100,
            }),
        );
        const ids = repos.map((r) => (r as { id: number }).id);
        return { visibility, selected_repository_ids: asIds(ids) };
      }
      if (t.visibility !== 'selected') return { visibility: t.visibility };
      const ids = await Promise.all((t.selectedRepositories ?? []).map((r) => repoId(t.org, r)));
      return { visibility: 'selected', selected_repository_ids: asIds(ids) };
    },
  };
}
