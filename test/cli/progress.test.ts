import { describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

describe('progress', () => {
  it('draws counts on a terminal only after the delay, and erases its line when stopped', () => {
    vi.useFakeTimers();
    try {
      let output = '';
      const progress = new Progress((text) => (output += text), true, 1000, 200);
      progress.update({ files: 3, bytes: 2_500_000, findings: 1 });
      vi.advanceTimersByTime(900);
      expect(output).toBe('');
      vi.advanceTimersByTime(200);
      expect(output).toContain('scanning: 3 files, 2.5 MB, 1 finding');
      progress.stop();
      expect(output.endsWith('\r\x1b[K')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws nothing when stderr is not a terminal', () => {
    vi.useFakeTimers();
    try {
      let output = '';
      const progress = new Progress((text) => (output += text), false);
      vi.advanceTimersByTime(5000);
      progress.stop();
      expect(output).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
