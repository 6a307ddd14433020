/**
 * Reading user files
 * ==================
 *
 * Every way a path can be wrong (missing, a directory, too large, not text) becomes a `UserError`
 * with one clear sentence; the CLI prints it without a stack trace.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, formatBytes } from '@chokepoint/core';

/**
 * A mistake in what the user gave us: printed as is, exit code 1. `details` are printed first, one a
 * line, as they are (each names its own file and place: the issues of a model file).
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A mistake in how the command was called (flags that do not fit together): exit code 2. */
export class UsageError extends UserError {
  override name = 'UsageError';
}

export interface ReadOptions {
  maxBytes?: number;
}

/** Reads a file, or standard input for `-`, as UTF-8 text. */
export function readInput(path: string, options: ReadOptions = {}): string {
  return readInputWithHash(path, options).text;
}

/**
 * Reads a file as `readInput` does, with the SHA-256 of its bytes as read (before the BOM is dropped):
 * what `sha256sum <file>` prints, so a reader can check which file a report came from.
 */
export function readInputWithHash(path: string, options: ReadOptions = {}): { text: string; sha256: string } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let buffer: Buffer;
  if (path === '-') {
    buffer = readFileSync(0);
  } else {
    let size: number;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new UserError(`${path}: is a directory, not a model file`);
      size = stat.size;
    } catch (err) {
      if (err instanceof UserError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
      if (code === 'EACCES') throw new UserError(`${path}: permission denied`);
      throw new UserError(`${path}: cannot be read (${code ?? String(err)})`);
    }
    if (size > maxBytes) {
      throw new UserError(
        `${path}: file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size <MB>)`,
      );
    }
    buffer = readFileSync(path);
  }
  if (buffer.length > maxBytes) {
    throw new UserError(
      `${path === '-' ? 'standard input' : path}: input is over the ${formatBytes(maxBytes)} limit`,
    );
  }
  // A NUL byte in the first 8 KB is the usual sign of a binary file; JSON never contains one raw.
  if (buffer.subarray(0, 8192).includes(0)) {
    throw new UserError(
      `${path === '-' ? 'standard input' : path}: looks like a binary file, not JSON or CSV text`,
    );
  }
  return {
    text: buffer.toString('utf8').replace(/^\uFEFF/, ''),
    sha256: createHash('sha256').update(buffer).digest('hex'),
  };
}
