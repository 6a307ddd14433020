/**
 * A dense vector that remembers where it is not zero
 * ==================================================
 *
 * The re-solves' triangular solves touch a few dozen of a basis' thousands of rows (a row of B⁻¹ on the
 * 1,000-node bench chain has about 20 nonzeros): loops over the pattern, not over every row, are what
 * make a pivot cost microseconds (basis-factor.ts, dual-resolve.ts).
 */
export class SparseVector {
  readonly values: Float64Array;
  /** The positions that may be nonzero, in the order they were first written. */
  readonly index: Int32Array;
  count = 0;
  private readonly listed: Uint8Array;

  constructor(readonly size: number) {
    this.values = new Float64Array(size);
    this.index = new Int32Array(size);
    this.listed = new Uint8Array(size);
  }

  /** values[i] += delta. */
  add(i: number, delta: number): void {
    if (!this.listed[i]) {
      this.listed[i] = 1;
      this.index[this.count++] = i;
    }
    this.values[i]! += delta;
  }

  set(i: number, value: number): void {
    if (!this.listed[i]) {
      this.listed[i] = 1;
      this.index[this.count++] = i;
    }
    this.values[i] = value;
  }

  /** Back to all zeros, in time proportional to the pattern. */
  clear(): void {
    const { values, index, listed } = this;
    for (let k = 0; k < this.count; k++) {
      const i = index[k]!;
      values[i] = 0;
      listed[i] = 0;
    }
    this.count = 0;
  }
}

/** A binary min-heap of small integers (positions in a pivot order), each at most once. */
export class PositionHeap {
  private readonly heap: Int32Array;
  private readonly inHeap: Uint8Array;
  private size = 0;

  constructor(capacity: number) {
    this.heap = new Int32Array(capacity);
    this.inHeap = new Uint8Array(capacity);
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** Adds k unless it is already waiting. */
  push(k: number): void {
    if (this.inHeap[k]) return;
    this.inHeap[k] = 1;
    const { heap } = this;
    let at = this.size++;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (heap[up]! <= k) break;
      heap[at] = heap[up]!;
      at = up;
    }
    heap[at] = k;
  }

  pop(): number {
    const { heap } = this;
    const top = heap[0]!;
    this.inHeap[top] = 0;
    const last = heap[--this.size]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && heap[child + 1]! < heap[child]!) child++;
      if (heap[child]! >= last) break;
      heap[at] = heap[child]!;
      at = child;
    }
    if (this.size > 0) heap[at] = last;
    return top;
  }
}
