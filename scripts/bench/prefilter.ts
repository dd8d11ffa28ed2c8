/**
 * The engine alone, in memory: one part of the bench tree scanned with every detector through
 * the prefilter over bytes (WebAssembly, what the CLI uses for files) and through the prefilter
 * over text (JavaScript, what history and staged scans use), in this process. Same findings,
 * different cost; no file I/O or process start in either figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import { looksBinary } from '../../src/scanner/sources/binary.js';
import { textEncodingOf, type TextEncoding } from '../../src/scanner/text-encoding.js';

interface File {
  path: string;
  content: Buffer;
  encoding: TextEncoding;
}

function readTextFiles(root: string): File[] {
  const files: File[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const content = readFileSync(path);
        if (!looksBinary(content)) files.push({ path, content, encoding: textEncodingOf(content) });
      }
    }
  };
  walk(root);
  return files;
}

function timeScans(scanner: SecretScanner, files: File[], repeats: number) {
  const seconds: number[] = [];
  let findings = 0;
  for (let run = 0; run < repeats; run++) {
    findings = 0;
    const started = performance.now();
    for (const file of files)
      findings += scanner.scanBytes(file.content, file.path, file.encoding).findings.length;
    seconds.push((performance.now() - started) / 1000);
  }
  seconds.sort((a, b) => a - b);
  return { seconds: seconds[Math.floor(repeats / 2)] as number, findings };
}

export function benchPrefilter(partRoot: string, repeats = 5): string {
  const files = readTextFiles(partRoot);
  const mib = files.reduce((total, file) => total + file.content.length, 0) / (1 << 20);
  const bytes = new SecretScanner(builtinDetectors);
  const text = new SecretScanner(builtinDetectors, { prefilter: 'text' });
  // One warm-up pass each, so both are compiled before they are timed.
  timeScans(bytes, files, 1);
  timeScans(text, files, 1);
  const overBytes = timeScans(bytes, files, repeats);
  const overText = timeScans(text, files, repeats);
  const row = (name: string, run: { seconds: number; findings: number }) =>
    `  ${name.padEnd(38)}${run.seconds.toFixed(2).padStart(6)} s${(mib / run.seconds).toFixed(0).padStart(7)} MiB/s${String(run.findings).padStart(7)} findings`;
  return [
    `engine alone, in memory: ${mib.toFixed(0)} MiB of text files, every detector (median of ${repeats})`,
    row('prefilter over bytes (WebAssembly)', overBytes),
    row('prefilter over text (JavaScript)', overText),
    `  ratio: ${(overText.seconds / overBytes.seconds).toFixed(2)}× faster over bytes${overBytes.findings === overText.findings ? ', same findings' : ', FINDINGS DIFFER'}`,
  ].join('\n');
}
