import type { AuditInput } from './session.js';

/** The standard input as `audit` needs it: whether it is interactive, and how to read keys. */
export interface AuditTerminal {
  /** True when both standard input and standard output are terminals. */
  interactive: boolean;
  /** Starts reading keys (raw mode); `close` gives the terminal back as it was. */
  open(): AuditInput & { close(): void };
}

/** A readable stream that may be a terminal (`process.stdin`, or a fake one in tests). */
export interface KeyStream {
  isTTY?: boolean;
  setRawMode?: (raw: boolean) => unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'end', listener: () => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** The process's own terminal; `open` is only called when it is interactive. */
export function processTerminal(): AuditTerminal {
  return {
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    open: () => openKeyInput(process.stdin, (text) => void process.stdout.write(text)),
  };
}

/**
 * Reads single key presses from `stream` in raw mode. Lines (the reason prompt) are edited here,
 * since raw mode turns off the terminal's own echo and line editing: printable keys are echoed,
 * Backspace erases, Enter ends the line, Ctrl-C ends the input.
 */
export function openKeyInput(
  stream: KeyStream,
  echo: (text: string) => void,
): AuditInput & { close(): void } {
  const queue: (string | undefined)[] = [];
  const waiting: ((key: string | undefined) => void)[] = [];
  const push = (key: string | undefined) => {
    const next = waiting.shift();
    if (next) next(key);
    else queue.push(key);
  };
  const onData = (chunk: string) => splitKeys(chunk).forEach(push);
  const onEnd = () => push(undefined);
  stream.setRawMode?.(true);
  stream.setEncoding('utf8');
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.resume();
  const readKey = () =>
    queue.length > 0
      ? Promise.resolve(queue.shift())
      : new Promise<string | undefined>((resolve) => waiting.push(resolve));
  return {
    readKey,
    async readLine() {
      let text = '';
      for (;;) {
        const key = await readKey();
        if (key === undefined || key === '\u0003' || (key === '\u0004' && text === ''))
          return undefined;
        if (key === '\r' || key === '\n' || key === '\r\n') {
          echo('\n');
          return text;
        }
        if (key === '\u007f' || key === '\b') {
          if (text.length > 0) {
            text = [...text].slice(0, -1).join('');
            echo('\b \b');
          }
        } else if (!isControl(key)) {
          text += key;
          echo(key);
        }
      }
    },
    close() {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.setRawMode?.(false);
      stream.pause();
    },
  };
}

/**
 * Splits raw input into keys: one character each, except escape sequences (arrow keys and the
 * like, returned whole so that they are ignored as one key) and `\r\n` (one Enter).
 */
export function splitKeys(chunk: string): string[] {
  // eslint-disable-next-line no-control-regex
  return chunk.match(/\u001b\[[0-?]*[ -/]*[@-~]|\u001bO.|\u001b|\r\n|[\s\S]/gu) ?? [];
}

/** Control keys (and escape sequences) are not text: they are never added to a line. */
function isControl(key: string): boolean {
  const code = key.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}
