/** Where the CLI writes (stdout/stderr, or a buffer in tests) and its expected-error type. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Invalid input: printed as one line, exit code 1. */
export class UsageError extends Error {}
