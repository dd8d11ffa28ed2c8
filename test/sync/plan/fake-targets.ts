import {
  GitHubApiError,
  targetLabel,
  type ExistingSecret,
  type GitHubTargets,
  type Manifest,
  type TargetRef,
} from '../../../src/sync/github/types.js';
import { randomBytes } from 'node:crypto';
import type { FetchedSecret } from '../../../src/sync/types.js';

/** An in-memory GitHubTargets: plaintext per target, manifests, call counts and injected faults. */
export class FakeTargets implements GitHubTargets {
  readonly secrets = new Map<string, Map<string, string>>();
  readonly manifests = new Map<string, Manifest>();
  readonly environments = new Set<string>();
  private readonly counts: Record<string, number> = {};
  private faults: { op: string; name?: string; target?: string; times: number; status: number }[] =
    [];

  /** Fails the next `times` calls of `op` (optionally for one secret name) with `status`. */
  fail(
    op: string,
    options: { name?: string; target?: string; times?: number; status?: number } = {},
  ): void {
    this.faults.push({ op, ...options, times: options.times ?? 1, status: options.status ?? 502 });
  }

  seed(t: TargetRef, values: Record<string, string>, manifest?: Manifest): void {
    const map = this.scope(t);
    for (const [k, v] of Object.entries(values)) map.set(k, v);
    if (manifest) this.manifests.set(targetLabel(t), manifest);
  }

  scope(t: TargetRef): Map<string, string> {
    const key = targetLabel(t);
    if (!this.secrets.has(key)) this.secrets.set(key, new Map());
    return this.secrets.get(key) as Map<string, string>;
  }

  private hit(op: string, t: TargetRef | string, name?: string): void {
    this.counts[op] = (this.counts[op] ?? 0) + 1;
    const label = typeof t === 'string' ? t : targetLabel(t);
    const fault = this.faults.find(
      (f) =>
        f.op === op &&
        f.times > 0 &&
        (!f.name || f.name === name) &&
        (!f.target || f.target === label),
    );
    if (fault) {
      fault.times--;
      throw new GitHubApiError(
        `${label}: ${op} failed (HTTP ${fault.status})`,
        fault.status,
        label,
        op,
      );
    }
  }

  async listSecrets(t: TargetRef): Promise<ExistingSecret[]> {
    this.hit('list', t);
    return [...this.scope(t).keys()].map((name) => ({ name }));
  }
  async putSecret(t: TargetRef, name: string, value: string): Promise<'created' | 'updated'> {
    this.hit('put', t, name);
    const map = this.scope(t);
    const existed = map.has(name);
    map.set(name, value);
    return existed ? 'updated' : 'created';
  }
  async deleteSecret(t: TargetRef, name: string): Promise<void> {
    this.hit('delete', t, name);
    this.scope(t).delete(name);
  }
  async readManifest(t: TargetRef): Promise<Manifest | undefined> {
    this.hit('readManifest', t);
    return this.manifests.get(targetLabel(t));
  }
  async writeManifest(t: TargetRef, m: Manifest): Promise<void> {
    this.hit('writeManifest', t);
    this.manifests.set(targetLabel(t), structuredClone(m));
  }
  async ensureEnvironment(owner: string, repo: string, environment: string) {
    this.hit('ensureEnvironment', `${owner}/${repo}`);
    const key = `${owner}/${repo}/${environment}`;
    if (this.environments.has(key)) return 'exists' as const;
    this.environments.add(key);
    return 'created' as const;
  }
  calls(): Record<string, number> {
    return { ...this.counts };
  }
}

/** A value generated at test time, so no fixture ever holds a real-looking secret. */
export function planted(label = 'v'): string {
  return `${label}-${randomBytes(12).toString('hex')}`;
}

/** A fetched AWS secret with a generated version id. */
export function fetched(id: string, text: string, versionId = planted('ver')): FetchedSecret {
  const name = id;
  return {
    id,
    selector: id,
    name,
    arn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
    versionId,
    value: { kind: 'string', text },
  };
}
