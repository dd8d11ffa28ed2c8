import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  describeError,
  exitCodeFor,
  IoError,
  UsageError,
} from '../../src/shared/errors.js';

describe('errors', () => {
  it('maps expected errors to exit code 2 and so does anything unexpected', () => {
    expect([new UsageError('u'), new ConfigError('c'), new IoError('i')].map(exitCodeFor)).toEqual([
      2, 2, 2,
    ]);
    expect(exitCodeFor(new TypeError('bug'))).toBe(2);
    expect(exitCodeFor('a string was thrown')).toBe(2);
  });

  it('lists every config issue under its message', () => {
    expect(new ConfigError('f has 2 problems:', ['a', 'b']).message).toBe(
      'f has 2 problems:\n  - a\n  - b',
    );
    expect(describeError(new UsageError('bad'))).toBe('bad');
    expect(describeError(42)).toBe('internal error: 42');
  });
});
