/** Everything the CLI touches outside itself, passed in so that tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: progress is drawn only there. */
  stderrIsTTY: boolean;
  /**
   * The built bundle, which worker threads run. Absent when running from TypeScript sources
   * (tests), where scans run in-process on one thread.
   */
  workerUrl?: URL;
}
