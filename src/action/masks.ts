import * as core from '@actions/core';
import { maskableParts, type FetchedSecret, type Variable } from '../sync/index.js';

/**
 * Registers values with the runner's masker, each distinct string once. The runner masks only
 * output printed after `::add-mask::`, so callers register every value before printing anything.
 */
export class Masker {
  private readonly registered = new Set<string>();

  /**
   * Registers each non-empty part not registered yet (an empty mask is a runner warning), and
   * its trimmed form too: a later step may print the value without its surrounding spaces.
   */
  add(parts: Iterable<string>): void {
    for (const part of parts)
      for (const text of [part, part.trim()]) {
        if (text === '' || this.registered.has(text)) continue;
        this.registered.add(text);
        core.setSecret(text);
      }
  }

  /**
   * Masks a secret as AWS returned it, before any naming can fail and report: the whole text and
   * its lines; for binary, its base64 (what is exported) and, when the bytes are UTF-8 text, that
   * text too, since a later step may decode and print it.
   */
  addSecret(secret: FetchedSecret): void {
    if (secret.value.kind === 'string') {
      this.add(maskableParts(secret.value.text));
      return;
    }
    const bytes = Buffer.from(secret.value.bytes);
    this.add([bytes.toString('base64')]);
    const text = bytes.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(bytes)) this.add(maskableParts(text));
  }

  /** Masks what a variable exports: the parts the sync core listed (value, lines, JSON leaves). */
  addVariable(variable: Variable): void {
    this.add(variable.maskParts);
    this.add([variable.value]);
  }
}
