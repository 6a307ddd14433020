/**
 * Re-solves from one optimal basis, in JavaScript
 * ===============================================
 *
 * The N-1 table, country dependence, the stage–country losses and the time figures solve one LP many
 * times, each time with a few bounds tightened (a node's output to 0, an edge closed) and always from
 * the same optimal basis of the unchanged LP. Through HiGHS each such solve costs about 1.5 ms before
 * its first pivot (setting the basis, factorising it again, its checks) and then ~15 dual pivots: on
 * the 1,000-node bench chain 815 solves took 2.7 s. Here the basis is factorised once (basis-factor.ts)
 * and each re-solve is a textbook dual simplex on top of it (Koberstein 2005, "The dual simplex method,
 * techniques for a fast and stable implementation", ch. 3: dual Devex pricing, Harris' two-pass ratio
 * test, the basis updates kept as a product-form eta file). Vectors are kept sparse (sparse-vector.ts):
 * a pivot touches a few dozen of the thousands of rows. On the bench chain the N-1 re-solves now take
 * about 0.6 s in all (about 17 pivots each). Time-to-survive's Newton steps (time-lp.ts) also move a
 * bound up, and go on from the last optimum.
 *
 * It is an accelerator, not a second solver to trust: every answer is checked (the basic values within
 * their bounds, the reduced costs recomputed from scratch with an optimum's signs, every pivot's row
 * and column agreeing) and anything it cannot finish or prove (too many pivots, a failed check) returns
 * null, and the caller solves with HiGHS as before. Moving bounds keeps the optimal basis dual
 * feasible (every nonbasic column still sits on a bound), which is why the dual simplex fits.
 *
 * Variables: the LP's columns j < n, then one logical per row i (index n + i) equal to the row's
 * activity, bounded by the row bounds; the constraints are A x − r = 0, so a logical's column is −eᵢ.
 * Costs are minimised (a maximising LP is given with its costs negated).
 */
import { type BasisFactor, factorBasis } from './basis-factor.ts';
import { SparseVector } from './sparse-vector.ts';

/** The LP as HiGHS returns it (`getLp('csc')`), costs in the sense to minimise. */
export interface ResolveLp {
  readonly numCols: number;
  readonly numRows: number;
  readonly cost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Column-wise matrix. */
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** HiGHS basis statuses: 0 at lower, 1 basic, 2 at upper, 3 zero (free), 4 nonbasic. */
export interface ResolveBasis {
  readonly colStatus: ArrayLike<number>;
  readonly rowStatus: ArrayLike<number>;
}

export interface BoundChange {
  col: number;
  lower: number;
  upper: number;
}

export type ResolveResult =
  | {
      status: 'optimal';
      objective: number;
      colValue: Float64Array;
      /** Reduced costs (minimising sense) of the columns asked for, in their order. */
      reducedCost: Float64Array;
      pivots: number;
    }
  | { status: 'infeasible'; pivots: number };

export interface DualResolver {
  readonly bumpSize: number;
  /**
   * The LP with the given column bounds, solved from the basis; the objective in the minimising sense.
   * Null when the answer could not be found or checked. Bounds may move either way: the basis stays
   * dual feasible as long as every nonbasic column keeps a finite bound to sit on (a column at its
   * upper bound whose upper bound is dropped is refused).
   * Options — `reducedCosts`: columns whose reduced costs to return (an optimal dual's: a supergradient of the
   * maximised objective in that column's value, negated).
   * `from`: `'baseline'` (default) starts from the basis given at build; `'last'` goes on from the
   * optimum of the last re-solve (a sequence of related LPs: Newton's steps for time-to-survive).
   * Either way `changes` must name every bound that differs from the LP's own: going on keeps the
   * bounds set before, and may fall back on the baseline (after a failure, or many updates).
   */
  resolve(changes: readonly BoundChange[], options?: ResolveOptions): ResolveResult | null;
}

export interface ResolveOptions {
  /** Columns whose reduced costs to return. */
  reducedCosts?: readonly number[];
  /** Where to start (default 'baseline'). */
  from?: 'baseline' | 'last';
  /** Whether to return the column values (default true; colValue is empty otherwise). */
  values?: boolean;
}

const BASIC = 1;
const AT_LOWER = 0;
const AT_UPPER = 2;

const PIVOTED = 0;
const INFEASIBLE = 1;
/** Numerical trouble or a proof too weak to trust: HiGHS answers instead. */
const GIVE_UP = 2;
type Outcome = typeof PIVOTED | typeof INFEASIBLE | typeof GIVE_UP;

export interface DualResolverOptions {
  /** Pivots after which a re-solve gives up (default 50 + rows / 4). */
  maxPivots?: number;
  maxBump?: number;
}

/**
 * Builds the resolver for `lp` from `basis`, which must be optimal for it (null when it is not, by
 * this module's tolerances, or when the basis cannot be factorised).
 */
export function buildDualResolver(
  lp: ResolveLp,
  basis: ResolveBasis,
  options: DualResolverOptions = {},
): DualResolver | null {
  const n = lp.numCols;
  const m = lp.numRows;
  const N = n + m;
  const { starts, indices, values } = lp;
  const lower = new Float64Array(N);
  const upper = new Float64Array(N);
  const cost = new Float64Array(N);
  lower.set(lp.colLower);
  lower.set(lp.rowLower, n);
  upper.set(lp.colUpper);
  upper.set(lp.rowUpper, n);
  cost.set(lp.cost);

  // The basis: its variables by slot, and each nonbasic variable's bound.
  const status = new Int8Array(N);
  const slotVar = new Int32Array(m);
  let basic = 0;
  for (let j = 0; j < N; j++) {
    const s = j < n ? basis.colStatus[j]! : basis.rowStatus[j - n]!;
    if (s === BASIC) {
      if (basic === m) return null;
      slotVar[basic++] = j;
      status[j] = BASIC;
    } else if (s === AT_UPPER && Number.isFinite(upper[j]!)) status[j] = AT_UPPER;
    else if (Number.isFinite(lower[j]!)) status[j] = AT_LOWER;
    else if (Number.isFinite(upper[j]!)) status[j] = AT_UPPER;
    else return null; // a free nonbasic variable (status 3) is not met in these LPs
  }
  if (basic !== m) return null;

  const colStart = new Int32Array(m + 1);
  const colRows: number[] = [];
  const colVals: number[] = [];
  for (let s = 0; s < m; s++) {
    const j = slotVar[s]!;
    if (j < n) {
      for (let k = starts[j]!; k < starts[j + 1]!; k++) {
        colRows.push(indices[k]!);
        colVals.push(values[k]!);
      }
    } else {
      colRows.push(j - n);
      colVals.push(-1);
    }
    colStart[s + 1] = colRows.length;
  }
  const factor = factorBasis(
    { m, start: colStart, rows: Int32Array.from(colRows), vals: Float64Array.from(colVals) },
    options.maxBump,
  );
  if (!factor) return null;
  const resolver = new Resolver(lp, factor, lower, upper, cost, status, slotVar, options);
  return resolver.baselineOptimal() ? resolver : null;
}

/**
 * The state of one re-solve and the baseline it starts from. A class, not closures: V8 specialises a
 * closure's code to its context only while one closure of it exists, and every LP built one more.
 */
class Resolver implements DualResolver {
  readonly bumpSize: number;
  private readonly n: number;
  private readonly m: number;
  private readonly N: number;
  private readonly starts: Int32Array;
  private readonly indices: Int32Array;
  private readonly values: Float64Array;
  /** Row-wise copy of the matrix, for the pivot row ρᵀA. */
  private readonly rStart: Int32Array;
  private readonly rCol: Int32Array;
  private readonly rVal: Float64Array;
  private readonly cost: Float64Array;
  private readonly primalTol: number;
  private readonly dualTol: number;
  private readonly pivotTol = 1e-9;
  private readonly maxPivots: number;
  // The baseline: bounds, statuses, basic values and reduced costs.
  private readonly lower0: Float64Array;
  private readonly upper0: Float64Array;
  private readonly status0: Int8Array;
  private readonly movable0: Int8Array;
  private readonly slotVar0: Int32Array;
  private readonly xB0: Float64Array;
  private readonly d0: Float64Array;
  // The current re-solve.
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private readonly status: Int8Array;
  /**
   * Which way the ratio test lets a variable move: +1 up from its lower bound, −1 down from its upper
   * bound, 0 not at all (basic, or fixed: it can never enter and its reduced cost does not matter).
   */
  private readonly movable: Int8Array;
  private readonly slotVar: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly slotOf0: Int32Array;
  /** Dual Devex pricing weights, per slot. */
  private readonly weight: Float64Array;
  /** c_B and y = B⁻ᵀc_B of the final basis, for its check. */
  private readonly cB: SparseVector;
  private readonly ys: SparseVector;
  /** The columns with a cost, for the objective. */
  private readonly costly: Int32Array;
  private readonly xB: Float64Array;
  private readonly d: Float64Array;
  // Work arrays.
  private readonly rho: SparseVector;
  private readonly rhs: SparseVector;
  private readonly column: SparseVector;
  private readonly alpha: Float64Array;
  private readonly touched: Int32Array;
  private readonly candidate: Int32Array;
  private readonly mark: Uint8Array;
  /** Slots that may be outside their bounds (a superset: pricing drops those that are not). */
  private readonly infeasible: Int32Array;
  private readonly listed: Uint8Array;
  private nInfeasible = 0;
  // The eta file: pivot slot, pivot value, and the column's other nonzeros (slot, value).
  private readonly etaSlot: number[] = [];
  private readonly etaPivot: number[] = [];
  private readonly etaStart: number[] = [0];
  private readonly etaIndex: number[] = [];
  private readonly etaValue: number[] = [];

  constructor(
    lp: ResolveLp,
    private readonly factor: BasisFactor,
    lower: Float64Array,
    upper: Float64Array,
    cost: Float64Array,
    status: Int8Array,
    slotVar: Int32Array,
    options: DualResolverOptions,
  ) {
    const n = lp.numCols;
    const m = lp.numRows;
    const N = n + m;
    this.n = n;
    this.m = m;
    this.N = N;
    this.bumpSize = factor.bumpSize;
    this.starts = lp.starts;
    this.indices = lp.indices;
    this.values = lp.values;
    const rStart = new Int32Array(m + 1);
    for (let k = 0; k < lp.indices.length; k++) rStart[lp.indices[k]! + 1]!++;
    for (let i = 0; i < m; i++) rStart[i + 1]! += rStart[i]!;
    const rCol = new Int32Array(lp.indices.length);
    const rVal = new Float64Array(lp.indices.length);
    const fill = rStart.slice(0, m);
    for (let j = 0; j < n; j++) {
      for (let k = lp.starts[j]!; k < lp.starts[j + 1]!; k++) {
        const at = fill[lp.indices[k]!]!++;
        rCol[at] = j;
        rVal[at] = lp.values[k]!;
      }
    }
    this.rStart = rStart;
    this.rCol = rCol;
    this.rVal = rVal;
    this.cost = cost;
    let scale = 1;
    let costScale = 1;
    for (let j = 0; j < N; j++) {
      if (Number.isFinite(lower[j]!)) scale = Math.max(scale, Math.abs(lower[j]!));
      if (Number.isFinite(upper[j]!)) scale = Math.max(scale, Math.abs(upper[j]!));
      costScale = Math.max(costScale, Math.abs(cost[j]!));
    }
    this.primalTol = 1e-9 * scale;
    this.dualTol = 1e-9 * costScale;
    this.maxPivots = options.maxPivots ?? 50 + Math.ceil(m / 4);

    this.lower0 = lower;
    this.upper0 = upper;
    this.status0 = status;
    this.slotVar0 = slotVar;
    this.lower = lower.slice();
    this.upper = upper.slice();
    this.status = status.slice();
    this.slotVar = slotVar.slice();
    this.movable0 = new Int8Array(N);
    this.movable = new Int8Array(N);
    this.slotOf = new Int32Array(N);
    this.xB0 = new Float64Array(m);
    this.xB = new Float64Array(m);
    this.d0 = new Float64Array(N);
    this.d = new Float64Array(N);
    this.rho = new SparseVector(m);
    this.rhs = new SparseVector(m);
    this.column = new SparseVector(m);
    this.alpha = new Float64Array(N);
    this.touched = new Int32Array(N);
    this.candidate = new Int32Array(N);
    this.mark = new Uint8Array(N);
    this.infeasible = new Int32Array(m);
    this.listed = new Uint8Array(m);

    // The baseline's basic values (B x_B = −N x_N) and reduced costs (d = c − Aᵀy, Bᵀy = c_B).
    this.slotOf.fill(-1);
    for (let s = 0; s < m; s++) this.slotOf[slotVar[s]!] = s;
    this.slotOf0 = this.slotOf.slice();
    this.weight = new Float64Array(m).fill(1);
    this.cB = new SparseVector(m);
    this.ys = new SparseVector(m);
    const costly: number[] = [];
    for (let j = 0; j < n; j++) if (cost[j] !== 0) costly.push(j);
    this.costly = Int32Array.from(costly);
    const rhs = new Float64Array(m);
    for (let j = 0; j < N; j++) {
      this.movable0[j] = this.moveOf(j);
      if (status[j] !== BASIC) this.addColumn(rhs, j, -this.valueAt(j));
    }
    factor.ftran(rhs, this.xB0);
    this.xB.set(this.xB0);
    const cB = Float64Array.from(slotVar, (j) => cost[j]!);
    const y = new Float64Array(m);
    factor.btran(cB, y);
    for (let j = 0; j < N; j++) if (status[j] !== BASIC) this.d0[j] = cost[j]! - this.columnDot(j, y);
    this.d.set(this.d0);
  }

  /** Whether the basis is optimal for the LP as given (within this module's tolerances). */
  baselineOptimal(): boolean {
    for (let j = 0; j < this.N; j++) {
      if (this.status[j] !== BASIC && !this.dualOk(j, this.d[j]!, 1)) return false;
    }
    for (let s = 0; s < this.m; s++) if (this.offBounds(s) > this.primalTol) return false;
    return true;
  }

  private valueAt(j: number): number {
    return this.status[j] === AT_UPPER ? this.upper[j]! : this.lower[j]!;
  }
  private varValue(j: number): number {
    return this.status[j] === BASIC ? this.xB[this.slotOf[j]!]! : this.valueAt(j);
  }
  private moveOf(j: number): number {
    const st = this.status[j];
    return st === BASIC || this.lower[j] === this.upper[j] ? 0 : st === AT_LOWER ? 1 : -1;
  }
  private dualOk(j: number, d: number, slack: number): boolean {
    const st = this.status[j];
    const tol = slack * this.dualTol;
    return (
      this.lower[j] === this.upper[j] || (st === AT_LOWER ? d >= -tol : st === AT_UPPER ? d <= tol : true)
    );
  }
  private offBounds(s: number): number {
    const j = this.slotVar[s]!;
    const v = this.xB[s]!;
    return v < this.lower[j]! ? this.lower[j]! - v : v > this.upper[j]! ? v - this.upper[j]! : 0;
  }
  private list(s: number): void {
    if (!this.listed[s] && this.offBounds(s) > this.primalTol) {
      this.listed[s] = 1;
      this.infeasible[this.nInfeasible++] = s;
    }
  }
  /** rhs (by row) += a_j · t. */
  private addColumn(rhs: Float64Array, j: number, t: number): void {
    if (t === 0) return;
    const { starts, indices, values } = this;
    if (j < this.n) for (let k = starts[j]!; k < starts[j + 1]!; k++) rhs[indices[k]!]! += values[k]! * t;
    else rhs[j - this.n]! -= t;
  }
  /** a_jᵀ y. */
  private columnDot(j: number, y: Float64Array): number {
    if (j >= this.n) return -y[j - this.n]!;
    const { starts, indices, values } = this;
    let sum = 0;
    for (let k = starts[j]!; k < starts[j + 1]!; k++) sum += values[k]! * y[indices[k]!]!;
    return sum;
  }
  /** a_j · t added to a sparse rhs (by row). */
  private addColumnTo(rhs: SparseVector, j: number, t: number): void {
    const { starts, indices, values } = this;
    if (j < this.n) for (let k = starts[j]!; k < starts[j + 1]!; k++) rhs.add(indices[k]!, values[k]! * t);
    else rhs.add(j - this.n, -t);
  }
  /** out = B⁻¹a through the factor and the eta file; out must be zero. */
  private ftran(a: SparseVector, out: SparseVector): void {
    this.factor.ftranSparse(a, out);
    const { etaSlot, etaPivot, etaStart, etaIndex, etaValue } = this;
    const x = out.values;
    for (let e = 0; e < etaSlot.length; e++) {
      const p = etaSlot[e]!;
      if (x[p] === 0) continue;
      const v = x[p]! / etaPivot[e]!;
      x[p] = v;
      for (let k = etaStart[e]!; k < etaStart[e + 1]!; k++) out.add(etaIndex[k]!, -etaValue[k]! * v);
    }
  }
  /** out = B⁻ᵀc; c is overwritten, out must be zero. */
  private btranSparse(c: SparseVector, out: SparseVector): void {
    const { etaSlot, etaPivot, etaStart, etaIndex, etaValue } = this;
    const v = c.values;
    for (let e = etaSlot.length - 1; e >= 0; e--) {
      const p = etaSlot[e]!;
      let sum = v[p]!;
      for (let k = etaStart[e]!; k < etaStart[e + 1]!; k++) sum -= etaValue[k]! * v[etaIndex[k]!]!;
      if (sum !== 0 || v[p] !== 0) c.set(p, sum / etaPivot[e]!);
    }
    this.factor.btranSparse(c, out);
  }
  resolve(changes: readonly BoundChange[], options: ResolveOptions = {}): ResolveResult | null {
    const { reducedCosts = [], from = 'baseline', values = true } = options;
    // Going on from the last optimum keeps its basis and eta file; a long file costs every solve, so
    // past maxPivots updates the re-solve starts from the factorised baseline again.
    const goOn = from === 'last' && this.lastOptimal && this.etaSlot.length <= this.maxPivots;
    this.lastOptimal = false;
    if (!goOn) this.reset();
    return this.solveWith(changes, reducedCosts, values);
  }

  private lastOptimal = false;

  private reset(): void {
    const { lower, upper, status, movable, slotVar, slotOf, xB, d } = this;
    lower.set(this.lower0);
    upper.set(this.upper0);
    status.set(this.status0);
    movable.set(this.movable0);
    slotVar.set(this.slotVar0);
    slotOf.set(this.slotOf0);
    xB.set(this.xB0);
    d.set(this.d0);
    this.weight.fill(1);
    this.etaSlot.length = 0;
    this.etaPivot.length = 0;
    this.etaStart.length = 1;
    this.etaIndex.length = 0;
    this.etaValue.length = 0;
  }

  private solveWith(
    changes: readonly BoundChange[],
    reducedCosts: readonly number[],
    values: boolean,
  ): ResolveResult | null {
    const { lower, upper, status, movable, slotOf, xB, rhs, column } = this;
    // The new bounds; a nonbasic variable moves with its bound, and the basic values with it.
    rhs.clear();
    let moved = false;
    for (const { col, lower: lo, upper: up } of changes) {
      if (!(lo <= up)) return null;
      const before = this.varValue(col);
      lower[col] = lo;
      upper[col] = up;
      movable[col] = this.moveOf(col);
      if (status[col] !== BASIC) {
        const after = this.valueAt(col);
        if (!Number.isFinite(after)) return null;
        if (after !== before) {
          this.addColumnTo(rhs, col, after - before);
          moved = true;
        }
      }
    }
    column.clear();
    if (moved) {
      this.ftran(rhs, column);
      for (let k = 0; k < column.count; k++) xB[column.index[k]!]! -= column.values[column.index[k]!]!;
    }
    // The baseline is feasible: only basic values that moved, or whose bounds did, can be outside.
    this.listed.fill(0);
    this.nInfeasible = 0;
    for (let k = 0; k < column.count; k++) this.list(column.index[k]!);
    for (const { col } of changes) if (status[col] === BASIC) this.list(slotOf[col]!);

    let pivots = 0;
    for (;;) {
      const p = this.price();
      if (p < 0) break;
      if (pivots >= this.maxPivots) return null;
      const outcome = this.pivot(p);
      if (outcome === GIVE_UP) return null;
      if (outcome === INFEASIBLE) return { status: 'infeasible', pivots };
      pivots++;
    }
    if (!this.verified()) return null;
    // verified() left y = B⁻ᵀc_B of the final basis.
    const reducedCost = Float64Array.from(
      reducedCosts,
      (j) => this.cost[j]! - this.columnDot(j, this.ys.values),
    );
    const x = new Float64Array(values ? this.n : 0);
    if (values) for (let j = 0; j < this.n; j++) x[j] = this.varValue(j);
    let objective = 0;
    for (const j of this.costly) objective += this.cost[j]! * this.varValue(j);
    this.lastOptimal = true;
    return { status: 'optimal', objective, colValue: x, reducedCost, pivots };
  }

  /** Pricing (Dantzig): the slot whose basic variable is furthest outside its bounds, or −1. */
  private price(): number {
    const { infeasible, listed } = this;
    const { weight } = this;
    let p = -1;
    let worst = 0;
    for (let k = 0; k < this.nInfeasible; ) {
      const s = infeasible[k]!;
      const off = this.offBounds(s);
      if (off <= this.primalTol) {
        listed[s] = 0;
        infeasible[k] = infeasible[--this.nInfeasible]!;
        continue;
      }
      const score = (off * off) / weight[s]!;
      if (score > worst || (score === worst && s < p)) {
        worst = score;
        p = s;
      }
      k++;
    }
    return p;
  }

  /** One dual simplex iteration with slot p leaving: PIVOTED, or why the re-solve ends here. */
  private pivot(p: number): Outcome {
    const { n, lower, upper, status, movable, slotVar, slotOf, xB, d, rho, alpha, touched, mark } = this;
    const { rStart, rCol, rVal, candidate, column, rhs, pivotTol, dualTol } = this;
    const leaving = slotVar[p]!;
    const toLower = xB[p]! < lower[leaving]!;
    const sigma = toLower ? -1 : 1;

    // The pivot row α = ρᵀ[A −I] over the variables that can move, ρ = B⁻ᵀ e_p.
    rhs.clear();
    rhs.set(p, 1);
    rho.clear();
    this.btranSparse(rhs, rho);
    let count = 0;
    for (let at = 0; at < rho.count; at++) {
      const i = rho.index[at]!;
      const r = rho.values[i]!;
      if (r === 0) continue;
      for (let k = rStart[i]!; k < rStart[i + 1]!; k++) {
        const j = rCol[k]!;
        if (movable[j] === 0) continue;
        if (!mark[j]) {
          mark[j] = 1;
          alpha[j] = 0;
          touched[count++] = j;
        }
        alpha[j]! += r * rVal[k]!;
      }
      const logical = n + i;
      if (movable[logical] === 0) continue;
      if (!mark[logical]) {
        mark[logical] = 1;
        alpha[logical] = 0;
        touched[count++] = logical;
      }
      alpha[logical]! -= r;
    }

    // Ratio test (Harris): the largest step that keeps every reduced cost within tolerance, then
    // among the variables that bind within it the one with the largest |α| (a stable pivot). (A bound
    // flipping ratio test was tried: on the bench chain it took 8% more pivots, and more time each.)
    let bound = Number.POSITIVE_INFINITY;
    let candidates = 0;
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      mark[j] = 0;
      const dir = movable[j]!;
      const t = sigma * alpha[j]!;
      if (dir * t > pivotTol) {
        bound = Math.min(bound, (d[j]! + dir * dualTol) / t);
        candidate[candidates++] = j;
      }
    }
    let q = -1;
    let qAlpha = 0;
    for (let k = 0; k < candidates; k++) {
      const j = candidate[k]!;
      const a = Math.abs(alpha[j]!);
      if (d[j]! / (sigma * alpha[j]!) <= bound && (a > qAlpha || (a === qAlpha && j < q))) {
        q = j;
        qAlpha = a;
      }
    }
    if (q < 0) {
      // No variable can enter: the dual is unbounded, so the LP is infeasible. Only a clear
      // violation is taken as proof; a marginal one is left to HiGHS.
      return this.offBounds(p) > 1e3 * this.primalTol ? INFEASIBLE : GIVE_UP;
    }
    const step = Math.max(0, d[q]! / (sigma * alpha[q]!));

    // The entering column B⁻¹a_q; its pivot entry must agree with the row's.
    rhs.clear();
    this.addColumnTo(rhs, q, 1);
    column.clear();
    this.ftran(rhs, column);
    const pivot = column.values[p]!;
    if (Math.abs(pivot - alpha[q]!) > 1e-7 * (1 + Math.abs(pivot))) return GIVE_UP;

    // Dual Devex weights (Forrest & Goldfarb 1992; Koberstein 2005, §3.3): each row's weight grows
    // by what the pivot makes of it, and the pricing divides the squared infeasibility by it. (Exact
    // steepest edge, with the baseline's weights computed once, was tried: as many pivots on the
    // bench chain, each dearer by an FTRAN.)
    const { weight } = this;
    const wp = weight[p]!;
    for (let at = 0; at < column.count; at++) {
      const s = column.index[at]!;
      if (s === p) continue;
      const ratio = column.values[s]! / pivot;
      const grown = ratio * ratio * wp;
      if (grown > weight[s]!) weight[s] = grown;
    }
    weight[p] = Math.max(wp / (pivot * pivot), 1);

    // Duals: d_j −= step·σα_j; the leaving variable's becomes −σ·step, the entering one's 0.
    if (step !== 0) {
      const ss = step * sigma;
      for (let k = 0; k < count; k++) d[touched[k]!]! -= ss * alpha[touched[k]!]!;
    }
    d[q] = 0;
    d[leaving] = -sigma * step;

    // Primals: x_q moves by θ, the basic values by −θ·B⁻¹a_q, and the leaving one lands on its bound.
    const target = toLower ? lower[leaving]! : upper[leaving]!;
    const theta = (xB[p]! - target) / pivot;
    const enteringValue = this.valueAt(q) + theta;
    status[leaving] = toLower ? AT_LOWER : AT_UPPER;
    movable[leaving] = this.moveOf(leaving);
    slotOf[leaving] = -1;
    status[q] = BASIC;
    movable[q] = 0;
    slotOf[q] = p;
    slotVar[p] = q;
    const { etaIndex, etaValue, listed, infeasible, primalTol } = this;
    this.etaSlot.push(p);
    this.etaPivot.push(pivot);
    for (let at = 0; at < column.count; at++) {
      const s = column.index[at]!;
      const c = column.values[s]!;
      if (c === 0 || s === p) continue;
      const v = xB[s]! - theta * c;
      xB[s] = v;
      etaIndex.push(s);
      etaValue.push(c);
      // this.list(s), written out: this loop runs over every row at every pivot.
      if (listed[s]) continue;
      const j = slotVar[s]!;
      if (v < lower[j]! - primalTol || v > upper[j]! + primalTol) {
        listed[s] = 1;
        infeasible[this.nInfeasible++] = s;
      }
    }
    this.etaStart.push(etaIndex.length);
    xB[p] = enteringValue;
    this.list(p);
    return PIVOTED;
  }

  /**
   * The final basis checked: every basic variable within its bounds (nonbasic ones sit on theirs), and
   * the reduced costs recomputed from a fresh Bᵀy = c_B with the signs of an optimum. The updates of
   * the reduced costs are what round-off could lead astray; the primal values are checked by the
   * pricing that ended the solve, and the pivots each by their row and column agreeing.
   */
  private verified(): boolean {
    const { n, m, cost, status, movable, lower, upper, slotVar, xB, primalTol } = this;
    const { cB, ys, rStart, rCol, rVal, alpha, touched, mark, costly } = this;
    const slack = 10 * primalTol;
    for (let s = 0; s < m; s++) {
      const j = slotVar[s]!;
      if (xB[s]! < lower[j]! - slack || xB[s]! > upper[j]! + slack) return false;
    }
    // y = B⁻ᵀc_B, sparse (few basic columns have a cost), then Aᵀy over the rows where y is not 0.
    cB.clear();
    for (let s = 0; s < m; s++) if (cost[slotVar[s]!] !== 0) cB.set(s, cost[slotVar[s]!]!);
    ys.clear();
    this.btranSparse(cB, ys);
    let count = 0;
    const add = (j: number, v: number) => {
      if (movable[j] === 0) return;
      if (!mark[j]) {
        mark[j] = 1;
        alpha[j] = 0;
        touched[count++] = j;
      }
      alpha[j]! += v;
    };
    for (let at = 0; at < ys.count; at++) {
      const i = ys.index[at]!;
      const yi = ys.values[i]!;
      if (yi === 0) continue;
      for (let k = rStart[i]!; k < rStart[i + 1]!; k++) add(rCol[k]!, yi * rVal[k]!);
      add(n + i, -yi);
    }
    // Columns untouched by y: d_j = c_j (only those with a cost can be of the wrong sign).
    let ok = true;
    for (const j of costly) {
      if (movable[j] !== 0 && status[j] !== BASIC && !mark[j] && !this.dualOk(j, cost[j]!, 10)) ok = false;
    }
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      mark[j] = 0;
      if (status[j] !== BASIC && !this.dualOk(j, cost[j]! - alpha[j]!, 10)) ok = false;
    }
    return ok;
  }
}

/** The LP of a HiGHS model (`getLp('csc')`) as `buildDualResolver` takes it: costs to minimise. */
export function resolveLpOf(lp: {
  sense: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  numCols: number;
  numRows: number;
  matrix: { starts: Int32Array; indices: Int32Array; values: Float64Array };
}): ResolveLp {
  // HiGHS's sense is 1 to minimise and −1 to maximise.
  return {
    numCols: lp.numCols,
    numRows: lp.numRows,
    cost: lp.sense < 0 ? lp.colCost.map((c) => -c) : lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    starts: lp.matrix.starts,
    indices: lp.matrix.indices,
    values: lp.matrix.values,
  };
}
