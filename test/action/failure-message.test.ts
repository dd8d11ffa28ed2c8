import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/action/failure.js';
import { InputError } from '../../src/action/inputs.js';
import { AwsSecretError } from '../../src/sync/index.js';
import { planted } from './fixtures.js';

describe('failureMessage', () => {
  it('shows an expected error as written', () => {
    expect(failureMessage(new InputError("Input 'x' is bad."))).toBe("Input 'x' is bad.");
    const aws = new AwsSecretError("secret 'a': not found", 'a', 'not-found', 'NotFound');
    expect(failureMessage(aws)).toBe("secret 'a': not found");
  });

  it('never shows the message of an unexpected error, which could quote a value', () => {
    const value = planted('leak');
    const message = failureMessage(new SyntaxError(`Unexpected token in JSON at ${value}`));
    expect(message).toMatch(/^Internal error \(SyntaxError\)/);
    expect(message).not.toContain(value);
    expect(message).toMatch(/\n\s+at /);
  });

  it('fails on a thrown non-Error too, without printing it', () => {
    const value = planted('thrown');
    const message = failureMessage(value);
    expect(message).toContain('non-Error value (string)');
    expect(message).not.toContain(value);
    expect(failureMessage(undefined)).toContain('(undefined)');
  });
});
