/**
 * Where a command's output goes
 * =============================
 *
 * To standard output by default; with `--out <file>` to that file, with `--out <dir>/` one file per
 * document (the CSV tables) in that directory, created when its parent exists. Files are written to a
 * temporary name and renamed, all of them only once every write succeeded, so a reader never sees a
 * half-written report. What was written is said on stderr; stdout then stays empty.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CommandResult } from '../commands/result.ts';
import { UsageError, UserError } from '../io/read-input.ts';
import { writeFilesAtomically } from '../io/write-output.ts';

export interface OutputDocument {
  /** File name inside an --out directory, e.g. `nodes.csv`. */
  name: string;
  text: string;
}

/** True for `dir/` or an existing directory. */
export function isDirectoryTarget(out: string): boolean {
  return /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
}

export function deliver(
  docs: OutputDocument[],
  out: string | undefined,
  messages: string[] = [],
): CommandResult {
  const withNewline = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  if (out === undefined || out === '-') {
    if (docs.length !== 1) {
      throw new UsageError(
        `${docs.length} tables cannot all go to standard output: name one, or give --out <dir>/`,
      );
    }
    return { code: 0, stdout: withNewline(docs[0]!.text), stderr: messages };
  }
  if (isDirectoryTarget(out)) {
    const dir = out.replace(/[/\\]+$/, '') || '.';
    if (!existsSync(dir)) {
      if (!existsSync(dirname(resolve(dir))))
        throw new UserError(`${out}: its parent directory does not exist`);
      mkdirSync(dir);
    }
    const files = docs.map((d) => ({ path: join(dir, d.name), text: withNewline(d.text) }));
    writeFilesAtomically(files);
    return { code: 0, stderr: [...messages, `wrote ${files.map((f) => f.path).join(', ')}`] };
  }
  if (docs.length !== 1) {
    throw new UsageError(`${docs.length} tables need a directory: --out ${out}/`);
  }
  writeFilesAtomically([{ path: out, text: withNewline(docs[0]!.text) }]);
  return { code: 0, stderr: [...messages, `wrote ${out}`] };
}
