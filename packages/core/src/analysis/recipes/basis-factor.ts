/**
 * A factorised simplex basis
 * ==========================
 *
 * The re-solves of the N-1 table, country dependence and the time figures all start from one optimal
 * basis B of the LP (dual-resolve.ts). This module factorises B once, so that each re-solve solves
 * with B (FTRAN: B x = a) and its transpose (BTRAN: Bᵀ y = c) without factorising again.
 *
 * The bases of these LPs are nearly triangular: flow balances on a DAG. So the factor is found the way
 * sparse LU codes begin (Suhl & Suhl's "triangularisation"): column singletons are pivoted first and
 * row singletons last, each by substitution, and whatever remains (the "bump": on the default model 13
 * of 100 rows, on the 1,000-node bench chain none) is factorised densely with partial pivoting. With
 * rows R₁ (column singletons), R_b (bump), R₃ (row singletons) and their columns, the permuted basis
 * is block upper triangular:
 *
 *   ⎡ U₁  ·   ·  ⎤   U₁ upper triangular in pivot order, D dense, L₃ lower triangular in pivot order.
 *   ⎢ 0   D   ·  ⎥
 *   ⎣ 0   0   L₃ ⎦
 *
 * A basis whose bump is larger than `maxBump`, or that is singular, has no factor (null): callers then
 * leave the solve to HiGHS.
 *
 * Columns are given per basis slot as sparse (row, value) lists; vectors are dense Float64Arrays, by row
 * (right-hand sides of FTRAN, results of BTRAN) or by slot.
 */
import { PositionHeap, type SparseVector } from './sparse-vector.ts';

/** The basis matrix by slot: column s has entries rows[start[s]..start[s+1]) with values vals[…]. */
export interface BasisColumns {
  readonly m: number;
  readonly start: Int32Array;
  readonly rows: Int32Array;
  readonly vals: Float64Array;
}

export interface BasisFactor {
  readonly m: number;
  /** Rows of the dense bump (for tests and diagnostics). */
  readonly bumpSize: number;
  /** x (by slot) with B x = rhs (by row); rhs is not changed. */
  ftran(rhs: Float64Array, x: Float64Array): void;
  /** y (by row) with Bᵀ y = c (by slot); c is not changed. */
  btran(c: Float64Array, y: Float64Array): void;
  /** ftran for a sparse rhs into x, which must be zero: only the rows it reaches are visited. */
  ftranSparse(rhs: SparseVector, x: SparseVector): void;
  /** btran for a sparse c into y, which must be zero. */
  btranSparse(c: SparseVector, y: SparseVector): void;
}

/** A pivot below this share of its column's largest entry makes the basis count as singular. */
const SINGULAR = 1e-11;

export function factorBasis(B: BasisColumns, maxBump = 400): BasisFactor | null {
  const { m, start, rows, vals } = B;
  // Rows → slots (the transpose pattern), for the singleton counts.
  const rowStart = new Int32Array(m + 1);
  for (let k = 0; k < rows.length; k++) rowStart[rows[k]! + 1]!++;
  for (let i = 0; i < m; i++) rowStart[i + 1]! += rowStart[i]!;
  const rowSlot = new Int32Array(rows.length);
  const rowVal = new Float64Array(rows.length);
  const fill = rowStart.slice(0, m);
  for (let s = 0; s < m; s++) {
    for (let k = start[s]!; k < start[s + 1]!; k++) {
      const at = fill[rows[k]!]!++;
      rowSlot[at] = s;
      rowVal[at] = vals[k]!;
    }
  }

  const rowAlive = new Uint8Array(m).fill(1);
  const colAlive = new Uint8Array(m).fill(1);
  const colCount = new Int32Array(m);
  const rowCount = new Int32Array(m);
  for (let s = 0; s < m; s++) colCount[s] = start[s + 1]! - start[s]!;
  for (let i = 0; i < m; i++) rowCount[i] = rowStart[i + 1]! - rowStart[i]!;

  // Pivots found by column singletons (solved last in FTRAN) and by row singletons (solved first).
  const c1Row: number[] = [];
  const c1Slot: number[] = [];
  const c1Piv: number[] = [];
  const r3Row: number[] = [];
  const r3Slot: number[] = [];
  const r3Piv: number[] = [];
  const entry = (s: number, i: number): number => {
    for (let k = start[s]!; k < start[s + 1]!; k++) if (rows[k] === i) return vals[k]!;
    return 0;
  };
  const colMax = (s: number): number => {
    let max = 0;
    for (let k = start[s]!; k < start[s + 1]!; k++) max = Math.max(max, Math.abs(vals[k]!));
    return max;
  };

  const queue: number[] = [];
  for (let s = 0; s < m; s++) {
    if (colCount[s] === 0) return null;
    if (colCount[s] === 1) queue.push(s);
  }
  while (queue.length > 0) {
    const s = queue.pop()!;
    if (!colAlive[s] || colCount[s] !== 1) continue;
    let r = -1;
    for (let k = start[s]!; k < start[s + 1]!; k++) if (rowAlive[rows[k]!]) r = rows[k]!;
    const piv = entry(s, r);
    if (Math.abs(piv) <= SINGULAR * colMax(s)) return null;
    c1Row.push(r);
    c1Slot.push(s);
    c1Piv.push(piv);
    colAlive[s] = 0;
    rowAlive[r] = 0;
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      const c = rowSlot[k]!;
      if (!colAlive[c]) continue;
      if (--colCount[c]! === 0) return null;
      if (colCount[c] === 1) queue.push(c);
    }
    for (let k = start[s]!; k < start[s + 1]!; k++) if (rowAlive[rows[k]!]) rowCount[rows[k]!]!--;
  }
  // Pivoting a row singleton removes a row with no other live column: no new column singletons.
  for (let i = 0; i < m; i++) {
    if (!rowAlive[i]) continue;
    if (rowCount[i] === 0) return null;
    if (rowCount[i] === 1) queue.push(i);
  }
  while (queue.length > 0) {
    const r = queue.pop()!;
    if (!rowAlive[r] || rowCount[r] !== 1) continue;
    let s = -1;
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) if (colAlive[rowSlot[k]!]) s = rowSlot[k]!;
    const piv = entry(s, r);
    if (Math.abs(piv) <= SINGULAR * colMax(s)) return null;
    r3Row.push(r);
    r3Slot.push(s);
    r3Piv.push(piv);
    colAlive[s] = 0;
    rowAlive[r] = 0;
    for (let k = start[s]!; k < start[s + 1]!; k++) {
      const i = rows[k]!;
      if (!rowAlive[i]) continue;
      if (--rowCount[i]! === 0) return null;
      if (rowCount[i] === 1) queue.push(i);
    }
  }

  const bumpRows: number[] = [];
  const bumpSlots: number[] = [];
  for (let i = 0; i < m; i++) if (rowAlive[i]) bumpRows.push(i);
  for (let s = 0; s < m; s++) if (colAlive[s]) bumpSlots.push(s);
  const nb = bumpRows.length;
  if (nb !== bumpSlots.length || nb > maxBump) return null;
  const bumpIndex = new Int32Array(m).fill(-1);
  bumpRows.forEach((i, k) => {
    bumpIndex[i] = k;
  });
  // Dense LU of the bump with partial pivoting: LU[r][c] row-major, perm[r] = original bump row.
  const LU = new Float64Array(nb * nb);
  bumpSlots.forEach((s, c) => {
    for (let k = start[s]!; k < start[s + 1]!; k++) {
      const r = bumpIndex[rows[k]!]!;
      if (r >= 0) LU[r * nb + c] = vals[k]!;
    }
  });
  const perm = Int32Array.from({ length: nb }, (_, k) => k);
  let scale = 0;
  for (let k = 0; k < LU.length; k++) scale = Math.max(scale, Math.abs(LU[k]!));
  for (let c = 0; c < nb; c++) {
    let best = c;
    for (let r = c + 1; r < nb; r++) if (Math.abs(LU[r * nb + c]!) > Math.abs(LU[best * nb + c]!)) best = r;
    if (Math.abs(LU[best * nb + c]!) <= SINGULAR * scale) return null;
    if (best !== c) {
      for (let k = 0; k < nb; k++) {
        const t = LU[c * nb + k]!;
        LU[c * nb + k] = LU[best * nb + k]!;
        LU[best * nb + k] = t;
      }
      const t = perm[c]!;
      perm[c] = perm[best]!;
      perm[best] = t;
    }
    const piv = LU[c * nb + c]!;
    for (let r = c + 1; r < nb; r++) {
      const f = LU[r * nb + c]! / piv;
      if (f === 0) continue;
      LU[r * nb + c] = f;
      for (let k = c + 1; k < nb; k++) LU[r * nb + k]! -= f * LU[c * nb + k]!;
    }
  }

  return new Factor(
    m,
    { start, rows, vals },
    { rowStart, rowSlot, rowVal },
    { c1Row, c1Slot, c1Piv, r3Row, r3Slot, r3Piv },
    { bumpRows, bumpSlots, LU, perm },
  );
}

/** The factor's solves. A class, not closures: see the Resolver in dual-resolve.ts. */
class Factor implements BasisFactor {
  readonly bumpSize: number;
  private readonly start: Int32Array;
  private readonly rows: Int32Array;
  private readonly vals: Float64Array;
  private readonly rowStart: Int32Array;
  private readonly rowSlot: Int32Array;
  private readonly rowVal: Float64Array;
  private readonly c1Row: Int32Array;
  private readonly c1Slot: Int32Array;
  private readonly c1Piv: Float64Array;
  private readonly r3Row: Int32Array;
  private readonly r3Slot: Int32Array;
  private readonly r3Piv: Float64Array;
  private readonly bumpRows: Int32Array;
  private readonly bumpSlots: Int32Array;
  private readonly LU: Float64Array;
  private readonly perm: Int32Array;
  private readonly w: Float64Array;
  private readonly acc: Float64Array;
  /**
   * Whether B is a permuted triangle: then the column singletons take every pivot (a triangle always
   * has one, and removing it leaves a triangle), and the sparse solves visit only what they reach,
   * in solve order kept by a heap (Gilbert & Peierls' idea, with a heap for the order). Otherwise
   * they solve densely: bumps are small (13 rows of 100 on the default model).
   *
   * FTRAN solves the column singletons' pivots in reverse order of finding, BTRAN in that order. Each
   * pivot's key is its place in that order, and a solved unknown only ever feeds pivots with larger
   * keys: one min-heap of keys gives the order.
   */
  private readonly triangular: boolean;
  private readonly fRow: Int32Array;
  private readonly fSlot: Int32Array;
  private readonly fPiv: Float64Array;
  /** Per row, the FTRAN key of its pivot. */
  private readonly fKeyOfRow: Int32Array;
  private readonly bRow: Int32Array;
  private readonly bSlot: Int32Array;
  private readonly bPiv: Float64Array;
  /** Per slot, the BTRAN key of its pivot. */
  private readonly bKeyOfSlot: Int32Array;
  private readonly heap: PositionHeap;
  private readonly denseIn: Float64Array;
  private readonly denseOut: Float64Array;
  private readonly z: Float64Array;
  private readonly t: Float64Array;

  constructor(
    readonly m: number,
    cols: { start: Int32Array; rows: Int32Array; vals: Float64Array },
    byRow: { rowStart: Int32Array; rowSlot: Int32Array; rowVal: Float64Array },
    pivots: {
      c1Row: number[];
      c1Slot: number[];
      c1Piv: number[];
      r3Row: number[];
      r3Slot: number[];
      r3Piv: number[];
    },
    bump: { bumpRows: number[]; bumpSlots: number[]; LU: Float64Array; perm: Int32Array },
  ) {
    this.start = cols.start;
    this.rows = cols.rows;
    this.vals = cols.vals;
    this.rowStart = byRow.rowStart;
    this.rowSlot = byRow.rowSlot;
    this.rowVal = byRow.rowVal;
    this.c1Row = Int32Array.from(pivots.c1Row);
    this.c1Slot = Int32Array.from(pivots.c1Slot);
    this.c1Piv = Float64Array.from(pivots.c1Piv);
    this.r3Row = Int32Array.from(pivots.r3Row);
    this.r3Slot = Int32Array.from(pivots.r3Slot);
    this.r3Piv = Float64Array.from(pivots.r3Piv);
    this.bumpRows = Int32Array.from(bump.bumpRows);
    this.bumpSlots = Int32Array.from(bump.bumpSlots);
    this.LU = bump.LU;
    this.perm = bump.perm;
    this.bumpSize = this.bumpRows.length;
    this.w = new Float64Array(m);
    this.acc = new Float64Array(m);
    this.z = new Float64Array(this.bumpSize);
    this.t = new Float64Array(this.bumpSize);
    this.triangular = this.c1Row.length === m;
    const n1 = this.c1Row.length;
    this.fRow = new Int32Array(m);
    this.fSlot = new Int32Array(m);
    this.fPiv = new Float64Array(m);
    this.fKeyOfRow = new Int32Array(m);
    this.bRow = new Int32Array(m);
    this.bSlot = new Int32Array(m);
    this.bPiv = new Float64Array(m);
    this.bKeyOfSlot = new Int32Array(m);
    if (this.triangular) {
      for (let k = 0; k < n1; k++) {
        const row = this.c1Row[k]!;
        const slot = this.c1Slot[k]!;
        const f = n1 - 1 - k;
        this.fRow[f] = row;
        this.fSlot[f] = slot;
        this.fPiv[f] = this.c1Piv[k]!;
        this.fKeyOfRow[row] = f;
        this.bRow[k] = row;
        this.bSlot[k] = slot;
        this.bPiv[k] = this.c1Piv[k]!;
        this.bKeyOfSlot[slot] = k;
      }
    }
    this.heap = new PositionHeap(m);
    this.denseIn = new Float64Array(m);
    this.denseOut = new Float64Array(m);
  }

  ftranSparse(rhs: SparseVector, x: SparseVector): void {
    if (!this.triangular) this.solveDense(rhs, x, (a, b) => this.ftran(a, b));
    // Unknowns by slot, right-hand side by row; a solved x_s feeds the rows of column s.
    else
      this.solveSparse(
        rhs,
        x,
        this.w,
        this.fKeyOfRow,
        this.fRow,
        this.fSlot,
        this.fPiv,
        this.start,
        this.rows,
        this.vals,
      );
  }

  btranSparse(c: SparseVector, y: SparseVector): void {
    if (!this.triangular) this.solveDense(c, y, (a, b) => this.btran(a, b));
    // Unknowns by row, right-hand side by slot; a solved y_i feeds the slots of row i.
    else
      this.solveSparse(
        c,
        y,
        this.acc,
        this.bKeyOfSlot,
        this.bSlot,
        this.bRow,
        this.bPiv,
        this.rowStart,
        this.rowSlot,
        this.rowVal,
      );
  }

  /**
   * The triangular solve both ways: `work` (zero on entry and exit) is indexed like the right-hand
   * side; the pivot of key k sits at work index `at[k]` and solves unknown `of[k]`, whose solved value
   * is then subtracted along `feeds` (for unknown u: entries feedStart[u]..feedStart[u+1] of
   * feedIndex/feedValue, in work indices), each reached entry queued by its key.
   */
  private solveSparse(
    input: SparseVector,
    output: SparseVector,
    work: Float64Array,
    keyOf: Int32Array,
    at: Int32Array,
    of: Int32Array,
    piv: Float64Array,
    feedStart: Int32Array,
    feedIndex: Int32Array,
    feedValue: Float64Array,
  ): void {
    const { heap } = this;
    for (let k = 0; k < input.count; k++) {
      const i = input.index[k]!;
      work[i]! += input.values[i]!;
      heap.push(keyOf[i]!);
    }
    while (!heap.empty) {
      const key = heap.pop();
      const w = at[key]!;
      const v = work[w]! / piv[key]!;
      work[w] = 0;
      if (v === 0) continue;
      const u = of[key]!;
      output.set(u, v);
      for (let e = feedStart[u]!, end = feedStart[u + 1]!; e < end; e++) {
        const i = feedIndex[e]!;
        if (i === w) continue;
        work[i]! -= feedValue[e]! * v;
        heap.push(keyOf[i]!);
      }
    }
  }

  private solveDense(
    input: SparseVector,
    output: SparseVector,
    solve: (a: Float64Array, b: Float64Array) => void,
  ): void {
    const { denseIn, denseOut, m } = this;
    for (let k = 0; k < input.count; k++) denseIn[input.index[k]!] = input.values[input.index[k]!]!;
    solve(denseIn, denseOut);
    for (let k = 0; k < input.count; k++) denseIn[input.index[k]!] = 0;
    for (let i = 0; i < m; i++) {
      if (denseOut[i] !== 0) {
        output.set(i, denseOut[i]!);
        denseOut[i] = 0;
      }
    }
  }

  /** Subtracts value × column s from w. */
  private axpy(s: number, value: number): void {
    if (value === 0) return;
    const { start, rows, vals, w } = this;
    for (let k = start[s]!; k < start[s + 1]!; k++) w[rows[k]!]! -= vals[k]! * value;
  }

  /**
   * BTRAN scatters each solved y_i along row i into the right-hand sides of the columns still to
   * solve, and skips the rows whose y_i is 0: most of them, for a row of B⁻¹.
   */
  private scatter(i: number, value: number): void {
    if (value === 0) return;
    const { rowStart, rowSlot, rowVal, acc } = this;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) acc[rowSlot[k]!]! -= rowVal[k]! * value;
  }

  ftran(rhs: Float64Array, x: Float64Array): void {
    const { w, r3Row, r3Slot, r3Piv, c1Row, c1Slot, c1Piv, bumpRows, bumpSlots, LU, perm, z, t } = this;
    const { start, rows, vals } = this;
    const nb = this.bumpSize;
    w.set(rhs);
    for (let k = 0; k < r3Row.length; k++) {
      const s = r3Slot[k]!;
      const v = w[r3Row[k]!]! / r3Piv[k]!;
      x[s] = v;
      this.axpy(s, v);
    }
    if (nb > 0) {
      // Solve D z = w_b: P D = L U, so L U z = P w_b.
      for (let r = 0; r < nb; r++) {
        let sum = w[bumpRows[perm[r]!]!]!;
        for (let c = 0; c < r; c++) sum -= LU[r * nb + c]! * t[c]!;
        t[r] = sum;
      }
      for (let r = nb - 1; r >= 0; r--) {
        let sum = t[r]!;
        for (let c = r + 1; c < nb; c++) sum -= LU[r * nb + c]! * z[c]!;
        z[r] = sum / LU[r * nb + r]!;
      }
      for (let c = 0; c < nb; c++) {
        x[bumpSlots[c]!] = z[c]!;
        this.axpy(bumpSlots[c]!, z[c]!);
      }
    }
    // The hot loop (most pivots are column singletons), with the column update written out.
    for (let k = c1Row.length - 1; k >= 0; k--) {
      const s = c1Slot[k]!;
      const v = w[c1Row[k]!]! / c1Piv[k]!;
      x[s] = v;
      if (v === 0) continue;
      for (let e = start[s]!, end = start[s + 1]!; e < end; e++) w[rows[e]!]! -= vals[e]! * v;
    }
    w.fill(0); // the sparse solves start from zeros
  }

  btran(c: Float64Array, y: Float64Array): void {
    const { acc, r3Row, r3Slot, r3Piv, c1Row, c1Slot, c1Piv, bumpRows, bumpSlots, LU, perm, z, t } = this;
    const { rowStart, rowSlot, rowVal } = this;
    const nb = this.bumpSize;
    acc.set(c);
    // The hot loop, with the row update written out.
    for (let k = 0; k < c1Row.length; k++) {
      const i = c1Row[k]!;
      const v = acc[c1Slot[k]!]! / c1Piv[k]!;
      y[i] = v;
      if (v === 0) continue;
      for (let e = rowStart[i]!, end = rowStart[i + 1]!; e < end; e++) acc[rowSlot[e]!]! -= rowVal[e]! * v;
    }
    if (nb > 0) {
      // Dᵀ z = t with P D = L U: Uᵀ (Lᵀ P z) = t.
      for (let k = 0; k < nb; k++) t[k] = acc[bumpSlots[k]!]!;
      for (let r = 0; r < nb; r++) {
        let sum = t[r]!;
        for (let k = 0; k < r; k++) sum -= LU[k * nb + r]! * z[k]!;
        z[r] = sum / LU[r * nb + r]!;
      }
      for (let r = nb - 1; r >= 0; r--) {
        let sum = z[r]!;
        for (let k = r + 1; k < nb; k++) sum -= LU[k * nb + r]! * z[k]!;
        z[r] = sum;
      }
      for (let r = 0; r < nb; r++) {
        const i = bumpRows[perm[r]!]!;
        y[i] = z[r]!;
        this.scatter(i, z[r]!);
      }
    }
    for (let k = r3Row.length - 1; k >= 0; k--) {
      const v = acc[r3Slot[k]!]! / r3Piv[k]!;
      y[r3Row[k]!] = v;
      this.scatter(r3Row[k]!, v);
    }
    acc.fill(0); // the sparse solves start from zeros
  }
}
