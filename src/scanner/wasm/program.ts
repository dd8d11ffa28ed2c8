/**
 * Translates the small regex subset that triggers are written in (literal characters, ASCII
 * classes, counted repeats) into steps the WebAssembly prefilter runs over bytes. Anything else
 * (groups, lookarounds, negated classes, non-ASCII) is refused, and the caller keeps the regex.
 */

/** One character class repeated between `min` and `max` times; a literal is a one-member class. */
export interface Step {
  /** Member bytes, all ASCII. */
  members: readonly number[];
  min: number;
  max: number;
}

/** Most backtracking a program may do at one position: the product of its repeat ranges. */
const maxBacktracking = 256;
const unbounded = 0xffffffff;

const shorthand: Record<string, string> = {
  d: '0123456789',
  w: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_',
};
const controls: Record<string, number> = { t: 9, n: 10, r: 13 };

/** The steps of `source`, or undefined when it uses anything beyond the subset. */
export function parseProgram(source: string): Step[] | undefined {
  const steps: Step[] = [];
  let i = 0;
  while (i < source.length) {
    const atom = parseAtom(source, i);
    if (atom === undefined) return undefined;
    i = atom.next;
    const repeat = parseRepeat(source, i);
    if (repeat === undefined) return undefined;
    i = repeat.next;
    steps.push({ members: atom.members, min: repeat.min, max: repeat.max });
  }
  return boundedBacktracking(steps) ? steps : undefined;
}

/** The literal bytes a program starts with (its leading one-member, exactly-once steps). */
export function leadingLiteral(steps: readonly Step[]): number[] {
  const literal: number[] = [];
  for (const step of steps) {
    if (step.members.length !== 1 || step.min !== 1 || step.max !== 1) break;
    literal.push(step.members[0] as number);
  }
  return literal;
}

function parseAtom(source: string, i: number): { members: number[]; next: number } | undefined {
  const char = source[i] as string;
  if (char === '[') return parseClass(source, i + 1);
  if (char === '\\') {
    const escaped = parseEscape(source, i + 1);
    return escaped && { members: escaped.members, next: escaped.next };
  }
  if ('^$.|?*+(){}]'.includes(char)) return undefined;
  const code = char.charCodeAt(0);
  return code < 128 ? { members: [code], next: i + 1 } : undefined;
}

function parseEscape(source: string, i: number): { members: number[]; next: number } | undefined {
  const char = source[i];
  if (char === undefined) return undefined;
  const set = shorthand[char];
  if (set !== undefined) return { members: codes(set), next: i + 1 };
  const control = controls[char];
  if (control !== undefined) return { members: [control], next: i + 1 };
  // An escaped punctuation character is itself; letters and digits name other things.
  if (/[A-Za-z0-9]/.test(char) || char.charCodeAt(0) >= 128) return undefined;
  return { members: [char.charCodeAt(0)], next: i + 1 };
}

function parseClass(source: string, i: number): { members: number[]; next: number } | undefined {
  if (source[i] === '^') return undefined;
  const members = new Set<number>();
  let first = true;
  while (i < source.length && (source[i] !== ']' || first)) {
    first = false;
    const from = classMember(source, i);
    if (from === undefined) return undefined;
    i = from.next;
    if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      const to = classMember(source, i + 1);
      if (to === undefined || from.members.length !== 1 || to.members.length !== 1)
        return undefined;
      const low = from.members[0] as number;
      const high = to.members[0] as number;
      if (high < low) return undefined;
      for (let code = low; code <= high; code++) members.add(code);
      i = to.next;
    } else {
      for (const code of from.members) members.add(code);
    }
  }
  if (source[i] !== ']' || members.size === 0) return undefined;
  return { members: [...members].sort((a, b) => a - b), next: i + 1 };
}

function classMember(source: string, i: number): { members: number[]; next: number } | undefined {
  const char = source[i];
  if (char === undefined) return undefined;
  if (char === '\\') return parseEscape(source, i + 1);
  if (char === '[') return undefined;
  const code = char.charCodeAt(0);
  return code < 128 ? { members: [code], next: i + 1 } : undefined;
}

function parseRepeat(
  source: string,
  i: number,
): { min: number; max: number; next: number } | undefined {
  const char = source[i];
  let repeat: { min: number; max: number; next: number };
  if (char === '?') repeat = { min: 0, max: 1, next: i + 1 };
  else if (char === '*') repeat = { min: 0, max: unbounded, next: i + 1 };
  else if (char === '+') repeat = { min: 1, max: unbounded, next: i + 1 };
  else if (char === '{') {
    const match = /^\{(\d{1,5})(?:(,)(\d{1,5})?)?\}/.exec(source.slice(i));
    if (!match) return undefined;
    const min = Number(match[1]);
    const max =
      match[2] === undefined ? min : match[3] === undefined ? unbounded : Number(match[3]);
    if (max < min || min > 0xffff) return undefined;
    repeat = { min, max, next: i + match[0].length };
  } else return { min: 1, max: 1, next: i };
  // Lazy and possessive forms change which match is found, not whether one is: refuse them anyway.
  if (source[repeat.next] === '?' || source[repeat.next] === '+') return undefined;
  return repeat;
}

/**
 * Whether backtracking stays small: bounded ranges multiply, and an unbounded step is the last or
 * is followed by a required step it shares no byte with, so giving back any of its run fails at
 * once (`[ \t]*[\r\n]`).
 */
function boundedBacktracking(steps: readonly Step[]): boolean {
  let product = 1;
  for (const [index, step] of steps.entries()) {
    if (step.max === unbounded) {
      const next = steps[index + 1];
      if (next !== undefined && (next.min === 0 || shareAByte(step, next))) return false;
      continue;
    }
    product *= step.max - step.min + 1;
    if (product > maxBacktracking) return false;
  }
  return true;
}

function shareAByte(a: Step, b: Step): boolean {
  return a.members.some((code) => b.members.includes(code));
}

function codes(set: string): number[] {
  return [...set].map((char) => char.charCodeAt(0));
}

/**
 * The bytes each of a program's first `depth` offsets can hold in a match: a superset, and every
 * byte at an offset the match may already have ended before.
 */
export function leadingByteSets(steps: readonly Step[], depth: number): Set<number>[] {
  const everything = () => new Set(Array.from({ length: 256 }, (_, code) => code));
  // States are (step, count so far), the count capped at the step's minimum: a superset.
  let states = closure(steps, [[0, 0]]);
  const sets: Set<number>[] = [];
  for (let offset = 0; offset < depth; offset++) {
    if (states.some(([step]) => step === steps.length)) {
      sets.push(everything());
      states = [[steps.length, 0]];
      continue;
    }
    const set = new Set<number>();
    const next: [number, number][] = [];
    for (const [index, count] of states) {
      const step = steps[index] as Step;
      if (count >= step.max) continue;
      for (const code of step.members) set.add(code);
      next.push([index, Math.min(count + 1, step.min)]);
    }
    sets.push(set);
    states = closure(steps, next);
  }
  return sets;
}

function closure(steps: readonly Step[], start: [number, number][]): [number, number][] {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  const pending = [...start];
  while (pending.length > 0) {
    const state = pending.pop() as [number, number];
    const key = state.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(state);
    const [index, count] = state;
    const step = steps[index];
    if (step !== undefined && count >= step.min) pending.push([index + 1, 0]);
  }
  return out;
}
