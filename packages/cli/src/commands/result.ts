/** What a command produces: the report for stdout, messages for stderr, and the exit code. */
export interface CommandResult {
  code: 0 | 1 | 2;
  stdout?: string;
  stderr?: string[];
}

/** Exit codes, the same for every command: 0 ok, 1 bad input, 2 usage. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
