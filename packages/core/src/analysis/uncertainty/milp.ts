/**
 * A small MILP builder on HiGHS
 * =============================
 *
 * The adversary cut and `suggest` are mixed-integer programmes; this collects their columns and rows
 * (sparse, by row), hands them to the HiGHS instance `loadSolver()` loaded, and reads back the
 * solution, the status in words and the relative gap HiGHS proved. The model is disposed after the
 * solve: WebAssembly memory never shrinks.
 */
import type { DetachedModelData, Highs } from 'highs';

export interface MilpColumn {
  lower: number;
  upper: number;
  cost: number;
  integer: boolean;
}

export interface MilpResult {
  status: 'optimal' | 'infeasible' | 'stopped';
  /** The solver's own status name, for messages. */
  statusName: string;
  objective: number;
  values: Float64Array;
  /** Relative MIP gap at the end (0 when proved optimal). */
  gap: number;
}

export class Milp {
  /** A MILP that starts as a copy of an LP HiGHS holds (its objective dropped: callers set their own). */
  static fromLp(lp: DetachedModelData): Milp {
    const milp = new Milp();
    for (let j = 0; j < lp.numCols; j++) {
      milp.addColumn({ lower: lp.colLower[j]!, upper: lp.colUpper[j]!, cost: 0, integer: false });
    }
    const { starts, indices, values } = lp.matrix;
    for (let i = 0; i < lp.numRows; i++) {
      const entries: [number, number][] = [];
      for (let k = starts[i]!; k < starts[i + 1]!; k++) entries.push([indices[k]!, values[k]!]);
      milp.addRow(entries, lp.rowLower[i]!, lp.rowUpper[i]!);
    }
    return milp;
  }

  private readonly cols: MilpColumn[] = [];
  private readonly starts: number[] = [0];
  private readonly index: number[] = [];
  private readonly value: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];

  addColumn(col: MilpColumn): number {
    this.cols.push(col);
    return this.cols.length - 1;
  }

  addRow(entries: readonly (readonly [number, number])[], lower: number, upper: number): number {
    for (const [c, a] of entries) {
      if (a === 0) continue;
      this.index.push(c);
      this.value.push(a);
    }
    this.starts.push(this.index.length);
    this.lower.push(lower);
    this.upper.push(upper);
    return this.lower.length - 1;
  }

  get numCols(): number {
    return this.cols.length;
  }

  /** Changes a column's bounds (e.g. a capacity that a candidate may raise). */
  setBounds(col: number, lower: number, upper: number): void {
    const c = this.cols[col]!;
    this.cols[col] = { ...c, lower, upper };
  }

  /** Minimises; `timeLimit` in seconds, `relGap` the MIP gap at which HiGHS may stop. */
  solve(highs: Highs, options: { timeLimit?: number; relGap?: number } = {}): MilpResult {
    const n = this.cols.length;
    const model = highs.createModel({
      numCols: n,
      numRows: this.lower.length,
      sense: highs.constants.objectiveSense.minimize,
      colCost: Float64Array.from(this.cols, (c) => c.cost),
      colLower: Float64Array.from(this.cols, (c) => c.lower),
      colUpper: Float64Array.from(this.cols, (c) => c.upper),
      rowLower: Float64Array.from(this.lower),
      rowUpper: Float64Array.from(this.upper),
      matrix: {
        format: 'csr',
        numRows: this.lower.length,
        numCols: n,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.index),
        values: Float64Array.from(this.value),
      },
      integrality: Int32Array.from(this.cols, (c) =>
        c.integer ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
      ),
    });
    try {
      model.options.set({
        output_flag: false,
        mip_rel_gap: options.relGap ?? 0,
        mip_feasibility_tolerance: 1e-9,
        primal_feasibility_tolerance: 1e-9,
        ...(options.timeLimit !== undefined ? { time_limit: options.timeLimit } : {}),
      });
      model.run();
      const code = model.getModelStatus();
      const { modelStatus } = highs.constants;
      const statusName = Object.entries(modelStatus).find(([, c]) => c === code)?.[0] ?? String(code);
      if (code === modelStatus.infeasible) {
        return {
          status: 'infeasible',
          statusName,
          objective: Number.NaN,
          values: new Float64Array(n),
          gap: 0,
        };
      }
      const values = Float64Array.from(model.getSolution().colValue);
      const hasSolution = values.length === n && values.some((v) => Number.isFinite(v));
      const gapInfo = Number(model.info.get('mip_gap'));
      const gap = Number.isFinite(gapInfo) ? Math.max(0, gapInfo) : 0;
      if (code === modelStatus.optimal) {
        return { status: 'optimal', statusName, objective: model.getObjectiveValue(), values, gap: 0 };
      }
      return {
        status: 'stopped',
        statusName,
        objective: hasSolution ? model.getObjectiveValue() : Number.NaN,
        values: hasSolution ? values : new Float64Array(n).fill(Number.NaN),
        gap,
      };
    } finally {
      model.dispose();
    }
  }
}
