/**
 * JSON as Python's `json` module reads and writes it: a parser that remembers which numbers were
 * written as floats (`3.0` must come back as `3.0`, `3` as `3`), and a writer that matches
 * `json.dumps(obj, indent=2)` byte for byte (ASCII only, Python float repr, code-point key order
 * left to the caller).
 */

/**
 * Marks the keys of an object (or indexes of an array) whose number values are Python floats.
 * A symbol property survives object spread, and `JSON.stringify` ignores it.
 */
export const floatKeys: unique symbol = Symbol('python float keys');

/** An object whose float-valued keys are marked. */
export type WithFloats = { [floatKeys]?: readonly string[] };

/** Marks `keys` of `target` as holding floats, and returns it. */
export function markFloats<T extends object>(target: T, ...keys: string[]): T {
  const previous = (target as WithFloats)[floatKeys] ?? [];
  (target as WithFloats)[floatKeys] = [...previous, ...keys];
  return target;
}

/** Where JSON text is not valid: a message with the line and column. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

/** Parses JSON text; numbers written with a fraction or exponent are marked as floats. */
export function parsePythonJson(text: string): unknown {
  const parser = new Parser(text);
  parser.space();
  const value = parser.value();
  parser.space();
  if (parser.pos < text.length) parser.fail('unexpected text after the JSON value');
  return value;
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - before.lastIndexOf('\n');
    throw new JsonSyntaxError(`${message} at line ${line}, column ${column}`);
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  value(): unknown {
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number().value;
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(c === undefined ? 'unexpected end of the file' : `unexpected '${c}'`);
  }

  object(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const floats: string[] = [];
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('expected a quoted key');
      const key = this.string();
      this.space();
      if (this.text[this.pos] !== ':') this.fail("expected ':'");
      this.pos++;
      this.space();
      if (this.isNumberStart()) {
        const { value, float } = this.number();
        if (float) floats.push(key);
        result[key] = value;
      } else {
        result[key] = this.value();
      }
      if (this.endOf('}')) break;
    }
    return floats.length > 0 ? markFloats(result, ...floats) : result;
  }

  array(): unknown[] {
    const result: unknown[] = [];
    const floats: string[] = [];
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.space();
      if (this.isNumberStart()) {
        const { value, float } = this.number();
        if (float) floats.push(String(result.length));
        result.push(value);
      } else {
        result.push(this.value());
      }
      if (this.endOf(']')) break;
    }
    return floats.length > 0 ? markFloats(result, ...floats) : result;
  }

  /** After a member: true at the closing bracket, false after a comma. */
  endOf(close: string): boolean {
    this.space();
    const c = this.text[this.pos];
    this.pos++;
    if (c === close) return true;
    if (c === ',') return false;
    return this.fail(`expected ',' or '${close}'`);
  }

  isNumberStart(): boolean {
    const c = this.text[this.pos];
    return c === '-' || (c !== undefined && c >= '0' && c <= '9');
  }

  number(): { value: number; float: boolean } {
    const match = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (match === null) return this.fail('invalid number');
    this.pos += match[0].length;
    return { value: Number(match[0]), float: match[1] !== undefined || match[2] !== undefined };
  }

  string(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) {
        this.pos = start;
        this.fail('unterminated string');
      }
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c < ' ') this.fail('control character in a string');
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const e = this.text[this.pos + 1];
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
      };
      if (e !== undefined && e in simple) {
        out += simple[e];
        this.pos += 2;
      } else if (
        e === 'u' &&
        /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))
      ) {
        out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
        this.pos += 6;
      } else {
        this.fail('invalid escape in a string');
      }
    }
  }
}

/** An object whose keys are written in this order (plain objects put integer-like keys first). */
export type OrderedObject = Map<string, unknown>;

/** Writes a value as Python's `json.dumps(value, indent=2)` does (no trailing newline). */
export function dumpsPython(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pythonNumber(value, false);
  if (typeof value === 'string') return pythonString(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const floats = new Set((value as WithFloats)[floatKeys] ?? []);
    const items = value.map((item, index) =>
      typeof item === 'number'
        ? pythonNumber(item, floats.has(String(index)))
        : dumpsPython(item, inner),
    );
    return `[\n${items.map((item) => inner + item).join(',\n')}\n${indent}]`;
  }
  const floats = new Set((value as WithFloats)[floatKeys] ?? []);
  const entries =
    value instanceof Map
      ? [...(value as OrderedObject).entries()]
      : Object.entries(value as Record<string, unknown>);
  const present = entries.filter(([, item]) => item !== undefined);
  if (present.length === 0) return '{}';
  const members = present.map(([key, item]) => {
    const text =
      typeof item === 'number' ? pythonNumber(item, floats.has(key)) : dumpsPython(item, inner);
    return `${inner}${pythonString(key)}: ${text}`;
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/** A JSON string with every character outside printable ASCII escaped, as `ensure_ascii` does. */
export function pythonString(value: string): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A number as Python writes it: ints as ints, floats by `repr` (`3.0`, `4.5`, `1e-05`). */
export function pythonNumber(value: number, float: boolean): string {
  if (!Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  if (!float && Number.isInteger(value)) return String(value);
  // Shortest round-trip digits, then Python's rule: exponent form below 1e-4 or from 1e16.
  const [mantissa = '0', exp = '0'] = value.toExponential().split('e');
  const exponent = Number(exp);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expText = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    return `${sign}${head}e${expText}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1) || '0';
  return `${sign}${whole}.${fraction}`;
}

/** Compares strings by Unicode code point, as Python sorts `str` (JS compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (a code point above U+FFFF) sorts after every BMP unit from U+E000 up.
    const rank = (unit: number) =>
      unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}
