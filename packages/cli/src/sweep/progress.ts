/**
 * A progress bar on standard error
 * ================================
 *
 * Shown only when stderr is a terminal (or `--progress` forces it), so pipes and log files stay clean:
 * `[██████░░░░░░░░]  412/1,024 runs  3 s left`. Redrawn at most ten times a second with a carriage
 * return, and erased when the work is done.
 */
export interface Progress {
  update(done: number): void;
  done(): void;
}

export function createProgress(
  total: number,
  options: { enabled: boolean; write?: (s: string) => void; width?: number; now?: () => number },
): Progress {
  if (!options.enabled) return { update: () => {}, done: () => {} };
  const write = options.write ?? ((s: string) => process.stderr.write(s));
  const now = options.now ?? (() => performance.now());
  const width = options.width ?? 30;
  const start = now();
  let last = -Infinity;
  let shown = 0;
  const draw = (done: number) => {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const elapsed = now() - start;
    const left = done > 0 && done < total && elapsed > 0 ? ((elapsed / done) * (total - done)) / 1000 : null;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done.toLocaleString('en-US').padStart(total.toLocaleString('en-US').length)}/${total.toLocaleString('en-US')} ${total === 1 ? 'run' : 'runs'}${left === null ? '' : `  ${Math.ceil(left)} s left`}`;
    write(`\r${line.padEnd(shown)}`);
    shown = line.length;
  };
  return {
    update(done) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      draw(done);
    },
    done() {
      if (shown > 0) write(`\r${' '.repeat(shown)}\r`);
    },
  };
}
