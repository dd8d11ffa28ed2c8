/**
 * `${VAR}` and `$VAR` references in a dotenv value, found as dotenv-expand (v11/v12) finds them:
 * `$` not followed by `(`, an optional `{`, a name of `[\w.]+`, an optional `:-default` or
 * `-default`, an optional `}`; `\$` is a literal dollar sign.
 */

/** One reference to another variable. */
export interface EnvReference {
  readonly name: string;
  /** The text used when the variable is unset (`${VAR:-default}`), if any. */
  readonly fallback?: string;
}

/** The references in a value, and what is left of it without them (fallbacks kept). */
export interface ValueReferences {
  readonly references: readonly EnvReference[];
  /** The literal text around the references, `\$` unescaped, fallback texts included. */
  readonly literal: string;
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z0-9_.]$/.test(c);
}

/** Finds the references in `value`; a value without `$` costs one `indexOf`. */
export function findReferences(value: string): ValueReferences {
  if (!value.includes('$')) return { references: [], literal: value };
  const references: EnvReference[] = [];
  let literal = '';
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === '\\' && value[i + 1] === '$') {
      literal += '$';
      i += 2;
      let k = i;
      while (isNameChar(value[k])) k++;
      literal += value.slice(i, k);
      i = k;
      continue;
    }
    if (c !== '$' || value[i + 1] === '(') {
      literal += c;
      i++;
      continue;
    }
    let k = value[i + 1] === '{' ? i + 2 : i + 1;
    const nameStart = k;
    while (isNameChar(value[k])) k++;
    if (k === nameStart) {
      literal += c;
      i++;
      continue;
    }
    const name = value.slice(nameStart, k);
    const dash = value[k] === ':' && value[k + 1] === '-' ? k + 2 : value[k] === '-' ? k + 1 : -1;
    let fallback: string | undefined;
    if (dash !== -1) {
      const end = fallbackEnd(value, dash);
      if (end > dash) {
        fallback = value.slice(dash, end);
        k = end;
      }
    }
    if (value[k] === '}') k++;
    references.push(fallback === undefined ? { name } : { name, fallback });
    if (fallback !== undefined) literal += fallback;
    i = k;
  }
  return { references, literal };
}

/** Where a fallback ends: at the first `}` outside nested `${…}` (dotenv-expand nests three deep). */
function fallbackEnd(value: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < value.length) {
    if (value[i] === '$' && value[i + 1] === '{' && depth < 3) {
      depth++;
      i += 2;
      continue;
    }
    if (value[i] === '}') {
      if (depth === 0) break;
      depth--;
    }
    i++;
  }
  return i;
}

/** True when the value is nothing but references (after trimming), so it is no secret itself. */
export function isOnlyReferences(found: ValueReferences): boolean {
  return found.references.length > 0 && found.literal.trim() === '';
}
