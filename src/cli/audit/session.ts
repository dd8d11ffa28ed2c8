import type { Baseline, BaselineEntry } from '../../scanner/baseline/types.js';
import type { EntryContext } from './context.js';
import { labelOf } from './entries.js';
import { renderEntry, type FileProblem } from './view.js';

/**
 * Where the session's answers come from: a terminal in raw mode, or a script in tests. Both
 * return undefined when input ends (end of file, Ctrl-C, Ctrl-D).
 */
export interface AuditInput {
  /** The next key pressed. */
  readKey(): Promise<string | undefined>;
  /** A line of text (the prompt is already shown). */
  readLine(): Promise<string | undefined>;
}

/** Everything a session needs; it touches no process state itself. */
export interface AuditSessionOptions {
  baseline: Baseline;
  /** The entries to walk, in order. */
  entries: readonly BaselineEntry[];
  input: AuditInput;
  write: (text: string) => void;
  /** Saves the whole baseline (atomically); called after every answer that changes it. */
  save: (baseline: Baseline) => Promise<void>;
  /** When `expires` dates are judged. */
  now: Date;
  /** The masked lines around an entry, or why there are none. */
  show: (entry: BaselineEntry) => EntryContext | FileProblem;
}

/** What a session did. */
export interface AuditSummary {
  real: number;
  falsePositive: number;
  skipped: number;
  /** True when the user quit (or input ended) before the last entry. */
  quit: boolean;
}

const PROMPT = 'Real secret? [y]es, [n]o (false positive), [s]kip, [b]ack, [q]uit: ';
const QUIT_KEYS = new Set(['q', 'Q', '\u0003', '\u0004']);

/**
 * Walks the entries and labels each as the user answers: y sets `is_secret` true, n sets it
 * false (then asks for an optional reason), s skips, b goes back one entry, q quits. Every
 * label is saved at once, so quitting or an interrupt loses nothing.
 */
export async function runAuditSession(options: AuditSessionOptions): Promise<AuditSummary> {
  const { entries, input, write } = options;
  const answers = new Map<BaselineEntry, 'real' | 'false-positive' | 'skipped'>();
  let index = 0;
  let quit = false;
  walk: while (index < entries.length) {
    const entry = entries[index] as BaselineEntry;
    write(renderEntry(entry, { index, total: entries.length }, options.show(entry), options.now));
    for (;;) {
      write(PROMPT);
      const key = await input.readKey();
      write(`${key !== undefined && /^[\x20-\x7e]$/.test(key) ? key : ''}\n`);
      if (key === undefined || QUIT_KEYS.has(key)) {
        quit = true;
        break walk;
      }
      const answer = key.toLowerCase();
      if (answer === 'y' || answer === 'n') {
        const real = answer === 'y';
        entry.isSecret = real;
        await options.save(options.baseline);
        answers.set(entry, real ? 'real' : 'false-positive');
        write(`   saved: ${real ? 'real secret' : 'false positive'}\n`);
        if (!real && !(await askReason(options, entry))) {
          quit = true;
          break walk;
        }
        index++;
        continue walk;
      }
      if (answer === 's') {
        if (!answers.has(entry)) answers.set(entry, 'skipped');
        index++;
        continue walk;
      }
      if (answer === 'b') {
        if (index === 0) {
          write('   this is the first entry\n');
          continue;
        }
        index--;
        continue walk;
      }
      write('   press y, n, s, b or q\n');
    }
  }
  const summary = summarize(answers, quit && index < entries.length);
  write(summaryText(summary, entries.length));
  return summary;
}

/** Asks why an entry is a false positive; false when input ended (the label is already saved). */
async function askReason(options: AuditSessionOptions, entry: BaselineEntry): Promise<boolean> {
  options.write('reason (optional): ');
  const line = await options.input.readLine();
  if (line === undefined) {
    options.write('\n');
    return false;
  }
  const reason = line.trim();
  // An empty answer keeps a reason given earlier rather than erasing it.
  if (reason.length > 0 && reason !== entry.reason) {
    entry.reason = reason;
    await options.save(options.baseline);
    options.write('   saved the reason\n');
  }
  return true;
}

function summarize(answers: ReadonlyMap<BaselineEntry, string>, quit: boolean): AuditSummary {
  // Counted from the final labels: going back and answering again counts once.
  const summary: AuditSummary = { real: 0, falsePositive: 0, skipped: 0, quit };
  for (const [entry, answer] of answers) {
    if (answer === 'skipped') summary.skipped++;
    else if (labelOf(entry) === 'real') summary.real++;
    else summary.falsePositive++;
  }
  return summary;
}

function summaryText(summary: AuditSummary, total: number): string {
  if (total === 0) return 'Nothing to audit.\n';
  const head = summary.quit ? 'Stopped' : 'Done';
  return (
    `\n${head}: ${summary.real} labelled real, ${summary.falsePositive} false positive, ` +
    `${summary.skipped} skipped. Every label is saved.\n`
  );
}
