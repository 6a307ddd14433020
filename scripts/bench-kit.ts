/**
 * Bench kit
 * =========
 *
 * The tiny harness behind `pnpm bench`. A bench file (`packages/*\/bench/*.bench.ts`) default-exports
 * `async (kit) => void` and calls `kit.compare(...)` for each measurement. Figures are medians within one
 * process, reported as ratios against a baseline measured in the same run, because absolute times vary
 * across machines.
 */

export interface Measurement {
  label: string;
  medianMs: number;
  runs: number;
  /** Heap growth while running once, in MB (rough: GC may run). */
  heapMb: number;
}

export interface Row {
  suite: string;
  size: string;
  baseline: Measurement | null;
  subject: Measurement;
  /** What the issue asks for, e.g. "≥ 4× faster" or "< 1000 ms"; printed beside the figure. */
  target?: string;
  /** Whether the target was met, when it can be judged. */
  met?: boolean;
}

export interface BenchKit {
  /** Median of repeated runs: at least `minRuns`, up to `maxRuns`, within about `budgetMs`. */
  measure(
    label: string,
    fn: () => unknown,
    options?: { minRuns?: number; maxRuns?: number; budgetMs?: number },
  ): Measurement;
  /** Records a row for the results table. */
  record(row: Row): void;
  rows: Row[];
}

export function createKit(): BenchKit {
  const rows: Row[] = [];
  return {
    rows,
    record: (row) => {
      rows.push(row);
      const ratio = row.baseline
        ? ` ×${(row.baseline.medianMs / row.subject.medianMs).toFixed(1)} vs ${row.baseline.label}`
        : '';
      const verdict = row.target
        ? ` [${row.target}: ${row.met === undefined ? '?' : row.met ? 'met' : 'NOT met'}]`
        : '';
      process.stderr.write(
        `  ${row.suite} ${row.size}: ${row.subject.label} ${fmt(row.subject.medianMs)}${ratio}${verdict}\n`,
      );
    },
    measure(label, fn, options = {}) {
      const minRuns = options.minRuns ?? 3;
      const maxRuns = options.maxRuns ?? 15;
      const budget = options.budgetMs ?? 3000;
      const g = globalThis as { gc?: () => void };
      g.gc?.();
      const heap0 = process.memoryUsage().heapUsed;
      const times: number[] = [];
      const start = performance.now();
      while (times.length < maxRuns && (times.length < minRuns || performance.now() - start < budget)) {
        const t0 = performance.now();
        fn();
        times.push(performance.now() - t0);
        if (times.length === 1) {
          const heap1 = process.memoryUsage().heapUsed;
          (times as number[] & { heap?: number }).heap = heap1 - heap0;
        }
      }
      const heapMb = ((times as number[] & { heap?: number }).heap ?? 0) / (1024 * 1024);
      return { ...fromTimes(label, times), heapMb };
    },
  };
}

/** The value below which a fraction `p` of `xs` lies (p = 0.5: the median). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}

/** A measurement from times taken elsewhere (in a browser page, say), where heap is not measured. */
export function fromTimes(label: string, times: readonly number[]): Measurement {
  return { label, medianMs: percentile(times, 0.5), runs: times.length, heapMb: 0 };
}

export function fmt(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** The results as a Markdown table, for the README. */
export function toMarkdown(rows: Row[]): string {
  const lines = [
    '| suite | size | subject | median | baseline | ratio | heap | target |',
    '|---|---|---|---:|---|---:|---:|---|',
  ];
  for (const r of rows) {
    const ratio = r.baseline ? `×${(r.baseline.medianMs / r.subject.medianMs).toFixed(1)}` : '';
    const base = r.baseline ? `${r.baseline.label} ${fmt(r.baseline.medianMs)}` : '';
    const target = r.target ? `${r.target} ${r.met === undefined ? '' : r.met ? '✓' : '✗'}` : '';
    lines.push(
      `| ${r.suite} | ${r.size} | ${r.subject.label} | ${fmt(r.subject.medianMs)} | ${base} | ${ratio} | ${r.subject.heapMb.toFixed(1)} MB | ${target} |`,
    );
  }
  return lines.join('\n');
}
