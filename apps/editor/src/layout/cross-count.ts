/**
 * Crossings between two adjacent columns
 * ======================================
 *
 * Two edges (a→b) and (c→d) between the same pair of columns cross when a is above c but b is below
 * d. Counting them is counting inversions: sort the edges by their upper end (ties by the lower),
 * then count pairs whose lower ends come out of order. A Fenwick tree does that in O(E log V), the
 * bound of Barth, Jünger and Mutzel's "Simple and efficient bilayer cross counting" (2002), so the
 * layout can score orders of 10,000-node chains on every sweep.
 */

/** `edges` are [position in the left column, position in the right column]; `rightSize` bounds the latter. */
export function countCrossings(edges: readonly (readonly [number, number])[], rightSize: number): number {
  if (edges.length < 2) return 0;
  const sorted = [...edges].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const tree = new Float64Array(rightSize + 1);
  let crossings = 0;
  let seen = 0;
  for (const [, right] of sorted) {
    // Edges already seen whose right end is strictly below this one's cross it.
    crossings += seen - prefix(tree, right + 1);
    for (let i = right + 1; i <= rightSize; i += i & -i) tree[i]! += 1;
    seen++;
  }
  return crossings;
}

/** How many inserted right ends are < `end` (1-based Fenwick prefix sum over [1, end]). */
function prefix(tree: Float64Array, end: number): number {
  let sum = 0;
  for (let i = end; i > 0; i -= i & -i) sum += tree[i]!;
  return sum;
}
