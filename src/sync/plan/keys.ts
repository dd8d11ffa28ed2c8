import type { TargetRef } from '../github/types.js';

/** A stable identity for a target, to group items and states by target. */
export function targetKey(t: TargetRef): string {
  switch (t.kind) {
    case 'repository':
    case 'dependabot-repository':
      return `${t.kind}\0${t.owner.toLowerCase()}/${t.repo.toLowerCase()}`;
    case 'environment':
      // Environment names are case-insensitive on GitHub too.
      return `${t.kind}\0${t.owner.toLowerCase()}/${t.repo.toLowerCase()}\0${t.environment.toLowerCase()}`;
    case 'organization':
    case 'dependabot-organization':
      return `${t.kind}\0${t.org.toLowerCase()}`;
  }
}
