/**
 * Writing output files without ever leaving half of one
 * =====================================================
 *
 * Each file is written to a temporary name in the same directory and renamed over the target, so a
 * reader sees the old file or the complete new one, never a truncated one (rename is atomic on one
 * file system). For several files (a CSV pair), all are written first and renamed only when every
 * write succeeded; a failure removes the temporary files.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './read-input.ts';

export function writeFilesAtomically(files: readonly { path: string; text: string }[]): void {
  const temps: { temp: string; path: string }[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const { path, text } of files) {
      current = path;
      const dir = dirname(path);
      if (!existsSync(dir)) throw new UserError(`${path}: directory ${dir} does not exist`);
      if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(`${path}: is a directory`);
      const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push({ temp, path });
      writeFileSync(temp, text, { flag: 'wx' });
    }
    for (const { temp, path } of temps) {
      current = path;
      renameSync(temp, path);
    }
  } catch (err) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    if (err instanceof UserError) throw err;
    const e = err as NodeJS.ErrnoException;
    const where = current;
    if (e.code === 'EACCES' || e.code === 'EPERM') throw new UserError(`${where}: permission denied`);
    if (e.code === 'ENOSPC') throw new UserError(`${where}: no space left on the device`);
    throw new UserError(`${where}: cannot be written (${e.code ?? e.message})`);
  }
}
