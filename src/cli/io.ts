/** What the command line talks to: standard output and error, the working folder, the clock, the environment. */
export interface CliIo {
  /** Standard output: text, or the bytes of a binary output given as "-". */
  readonly stdout: (chunk: string | Uint8Array) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
  /** Environment (TARGET_REPORT_DEBUG, TARGET_REPORT_LANG); process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal (binary output is then refused). */
  readonly stdoutIsTerminal?: boolean;
  /** How long to wait for another run's lock on the history (default two minutes). */
  readonly lockWaitMs?: number;
}
