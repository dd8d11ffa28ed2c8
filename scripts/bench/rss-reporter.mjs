// Preloaded into a benchmarked Node process: writes its peak resident set size (KiB, all
// threads) to $BENCH_RSS_FILE when it exits, so every tool is measured the same way.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
