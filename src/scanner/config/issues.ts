import type { LineCounter, Node } from 'yaml';
import { backtrackingProblem, regexSyntaxProblem } from './regex.js';

interface PendingRegex {
  node: Node;
  key: string;
  source: string;
  flags: string;
}

/**
 * Collects every problem in a config file, each naming the file, line and key, so that one run
 * reports them all instead of one per attempt.
 */
export class ConfigIssues {
  readonly messages: string[] = [];
  private readonly regexes: PendingRegex[] = [];

  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
  ) {}

  /** Records a problem with the value at `node` (or the file as a whole). */
  add(node: Node | null | undefined, key: string, problem: string): void {
    const offset = node?.range?.[0];
    const where =
      offset === undefined ? this.source : `${this.source}:${this.lines.linePos(offset).line}`;
    this.messages.push(`${where}: ${key}: ${problem}`);
  }

  /** Checks a regex's syntax now, and queues its backtracking check for `checkRegexes`. */
  regex(node: Node, key: string, source: string, flags = ''): void {
    const problem = regexSyntaxProblem(source, flags);
    if (problem !== undefined)
      this.add(node, key, `${problem}; write it in JavaScript regex syntax`);
    else this.regexes.push({ node, key, source, flags });
  }

  /** Runs the queued backtracking checks, which are slow enough to do only for valid regexes. */
  async checkRegexes(): Promise<void> {
    for (const { node, key, source, flags } of this.regexes) {
      const problem = await backtrackingProblem(source, flags);
      if (problem !== undefined) this.add(node, key, `the regular expression ${problem}`);
    }
  }
}
