/**
 * The public key of each target for one run: fetched once, and fetched again at most once when
 * GitHub refuses a value sealed with it (the key may have rotated mid-run). The renewed key then
 * serves the rest of the run, so later items seal with it from the start.
 */
import { targetLabel, type TargetRef } from './types.js';

/** A secrets public key as the API returns it. */
export interface PublicKey {
  key_id: string;
  key: string;
}

/** The run's key cache of every target (see `publicKeyCache`). */
export interface PublicKeyCache {
  /** The target's key: fetched on first use, then cached; a failed fetch is retried by the next call. */
  get(t: TargetRef): Promise<PublicKey>;
  /**
   * The key to reseal with after GitHub refused a value sealed with `stale`, or undefined when
   * there is no newer one: the refusal was about something else (the key is unchanged), or this
   * target's one re-fetch of the run already happened and `stale` is what it gave. Rejects when
   * the re-fetch fails.
   */
  renewed(t: TargetRef, stale: PublicKey): Promise<PublicKey | undefined>;
}

/** A key cache over `fetchKey`, which reads one target's key from GitHub. */
export function publicKeyCache(fetchKey: (t: TargetRef) => Promise<PublicKey>): PublicKeyCache {
  const current = new Map<string, Promise<PublicKey>>();
  /** The one re-fetch per target; items refused concurrently share it. */
  const renewals = new Map<string, Promise<PublicKey>>();

  const remember = (label: string, key: Promise<PublicKey>): Promise<PublicKey> => {
    current.set(label, key);
    // Forget only this promise: a newer one may have replaced it meanwhile.
    key.catch(() => current.get(label) === key && current.delete(label));
    return key;
  };

  return {
    get(t) {
      const label = targetLabel(t);
      return current.get(label) ?? remember(label, fetchKey(t));
    },

    async renewed(t, stale) {
      const label = targetLabel(t);
      let renewal = renewals.get(label);
      if (!renewal) {
        renewal = remember(label, fetchKey(t));
        renewals.set(label, renewal);
      }
      const key = await renewal;
      return key.key_id === stale.key_id ? undefined : key;
    },
  };
}
