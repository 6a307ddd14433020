import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

describe('progress bar', () => {
  it('draws at most every 100 ms, always at the end, then erases itself', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress(4, { enabled: true, write: (s) => out.push(s), width: 4, now: () => t });
    p.update(1);
    t = 50;
    p.update(2); // too soon: skipped
    t = 200;
    p.update(3);
    p.update(4); // the last one is always drawn
    p.done();
    expect(out).toEqual([
      '\r[█░░░] 1/4 runs',
      '\r[███░] 3/4 runs  1 s left',
      '\r[████] 4/4 runs          ',
      `\r${' '.repeat('[████] 4/4 runs'.length)}\r`,
    ]);
  });

  it('writes nothing when disabled (stderr is not a terminal)', () => {
    const out: string[] = [];
    const p = createProgress(10, { enabled: false, write: (s) => out.push(s) });
    p.update(5);
    p.done();
    expect(out).toEqual([]);
  });
});
