/**
 * What the local GitHub API server holds: repositories, environments and organizations, each
 * secret scope with its own X25519 keypair (so a value sealed for the wrong scope fails to open),
 * the opened plaintext of every secret, and Actions variables.
 */
import { randomInt } from 'node:crypto';
import sodium from 'libsodium-wrappers';

/** Org secret and variable access settings. */
export type Visibility = 'all' | 'private' | 'selected';

/** A secret as stored: the plaintext opened with the scope's private key. */
export interface StoredSecret {
  name: string;
  value: string;
  createdAt: string;
  updatedAt: string;
  /** Organization scopes only. */
  visibility?: Visibility;
  /** Organization scopes with `selected` visibility only: repository ids. */
  selectedRepositoryIds?: number[];
  /** The `key_id` of the key that opened the value (unset for seeded secrets). */
  keyId?: string;
}

/** An Actions variable as stored. */
export interface StoredVariable {
  name: string;
  value: string;
  createdAt: string;
  updatedAt: string;
  visibility?: Visibility;
  selectedRepositoryIds?: number[];
}

/** One secret scope: its keypair (replaced by `rotateScopeKey`), secrets and (for Actions scopes) variables. */
export interface Scope {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  readonly secrets: Map<string, StoredSecret>;
  readonly variables: Map<string, StoredVariable>;
  /** GitHub's limit on secrets in this scope. */
  readonly limit: number;
}

/** An environment of a repository. */
export interface Environment {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  scope: Scope;
}

/** A repository. */
export interface Repository {
  id: number;
  owner: string;
  name: string;
  actions: Scope;
  dependabot: Scope;
  environments: Map<string, Environment>;
}

/** An organization. */
export interface Organization {
  id: number;
  login: string;
  actions: Scope;
  dependabot: Scope;
}

/** A scope as tests name it; a TargetRef from src/sync/github fits. */
export type ScopeRef =
  | { kind: 'repository' | 'dependabot-repository'; owner: string; repo: string }
  | { kind: 'environment'; owner: string; repo: string; environment: string }
  | { kind: 'organization' | 'dependabot-organization'; org: string };

let nextId = 1000;

/** The server's data. Lookups are case-insensitive for owners, repos, orgs and names, like GitHub. */
export class GitHubState {
  readonly repos = new Map<string, Repository>();
  readonly orgs = new Map<string, Organization>();

  /** Adds a repository (`owner/name`) if missing and returns it. */
  addRepo(fullName: string): Repository {
    const [owner = '', name = ''] = fullName.split('/');
    const key = fullName.toLowerCase();
    const existing = this.repos.get(key);
    if (existing) return existing;
    const repo: Repository = {
      id: nextId++,
      owner,
      name,
      actions: newScope(100),
      dependabot: newScope(100),
      environments: new Map(),
    };
    this.repos.set(key, repo);
    return repo;
  }

  /** Adds an organization if missing and returns it. */
  addOrg(login: string): Organization {
    const existing = this.orgs.get(login.toLowerCase());
    if (existing) return existing;
    const org: Organization = {
      id: nextId++,
      login,
      actions: newScope(1000),
      dependabot: newScope(1000),
    };
    this.orgs.set(login.toLowerCase(), org);
    return org;
  }

  /** Adds an environment if missing; returns it and whether it was created. */
  addEnvironment(repo: Repository, name: string): { env: Environment; created: boolean } {
    const existing = repo.environments.get(name.toLowerCase());
    if (existing) return { env: existing, created: false };
    const now = new Date().toISOString();
    const env: Environment = {
      id: nextId++,
      name,
      createdAt: now,
      updatedAt: now,
      scope: newScope(100),
    };
    repo.environments.set(name.toLowerCase(), env);
    return { env, created: true };
  }

  repo(owner: string, name: string): Repository | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  org(login: string): Organization | undefined {
    return this.orgs.get(login.toLowerCase());
  }

  repoById(id: number): Repository | undefined {
    return [...this.repos.values()].find((r) => r.id === id);
  }

  /** The scope a test names, or undefined when its repo, environment or org does not exist. */
  scope(ref: ScopeRef): Scope | undefined {
    switch (ref.kind) {
      case 'repository':
        return this.repo(ref.owner, ref.repo)?.actions;
      case 'dependabot-repository':
        return this.repo(ref.owner, ref.repo)?.dependabot;
      case 'environment':
        return this.repo(ref.owner, ref.repo)?.environments.get(ref.environment.toLowerCase())
          ?.scope;
      case 'organization':
        return this.org(ref.org)?.actions;
      case 'dependabot-organization':
        return this.org(ref.org)?.dependabot;
    }
  }
}

function newScope(limit: number): Scope {
  return { ...newKeypair(), secrets: new Map(), variables: new Map(), limit };
}

function newKeypair(): Pick<Scope, 'keyId' | 'publicKey' | 'privateKey'> {
  const pair = sodium.crypto_box_keypair();
  // GitHub's key ids are long decimal strings.
  const keyId = `${randomInt(1e9, 2 ** 47)}${randomInt(1e5, 1e6)}`;
  return { keyId, publicKey: pair.publicKey, privateKey: pair.privateKey };
}

/**
 * Gives a scope a new keypair and key id, as when GitHub rotates a public key: values sealed with
 * the old key, or sent with its `key_id`, are refused from now on. Stored secrets stay.
 */
export function rotateScopeKey(scope: Scope): Scope {
  return Object.assign(scope, newKeypair());
}

/** The public key as the API returns it (standard base64). */
export function publicKeyBase64(scope: Scope): string {
  return sodium.to_base64(scope.publicKey, sodium.base64_variants.ORIGINAL);
}

/**
 * Opens a sealed value with the scope's keypair; undefined when it is not standard base64 or was
 * sealed for another key (GitHub would store it, and workflows would read an empty secret).
 */
export function openSealed(scope: Scope, encrypted: string): string | undefined {
  try {
    const bytes = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL);
    const plain = sodium.crypto_box_seal_open(bytes, scope.publicKey, scope.privateKey);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}

/** Whether GitHub accepts a secret or variable name. */
export function validName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^GITHUB_/i.test(name);
}
