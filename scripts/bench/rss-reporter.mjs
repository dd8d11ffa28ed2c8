// Preloaded into a benchmarked Node process: writes its peak resident set size (KiB, all
// threads) to $BENCH_RSS_FILE when it exits, so every tool is measured the same way.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The peak of this process image: Linux's VmHWM starts afresh at exec, whereas getrusage's
 * maxRSS is kept across exec and so can report the benchmark's own forked size.
 */
function peakKiB() {
  try {
    const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line) return Number(line[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(peakKiB()));
});
