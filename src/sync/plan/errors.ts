import { ConfigError } from '../../shared/errors.js';

/**
 * The sync spec cannot be carried out as a whole (bad config, invalid or colliding GitHub names,
 * a value over 48 KB, a target over its secret limit). Raised before any write; `issues` lists
 * every problem, each naming the config line or secret id, never a value.
 */
export class SyncConfigError extends ConfigError {
  override readonly name: string = 'SyncConfigError';
}
