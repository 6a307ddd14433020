/**
 * Labels for the Sankey view's nodes, small ones included
 * =======================================================
 *
 * d3-sankey places the nodes; a thin node (a small mine, a minor separator) is a few pixels tall, too
 * thin for its label to sit beside it without running into its neighbours'. So each column's labels
 * are spread out: sorted by the centre of their node, each pushed down to one line below the previous
 * (then, if the last runs past the bottom, pulled back up), and a label that moved is joined to its
 * node by a short leader line (SankeyView). When a column has more nodes than lines of text, the
 * smallest nodes' labels are left out (their figures stay in the hover title), biggest first.
 * Labels are shortened to the room between their column and the next. Pure, for testing.
 */

export interface LabelWish {
  id: string;
  /** Centre of the node: where its label would like to be. */
  y: number;
  /** The node's flow, to choose which labels to keep when a column is full. */
  weight: number;
}

/** Where each kept label goes (its vertical centre); labels left out are absent. */
export function spreadLabels(
  wishes: readonly LabelWish[],
  options: { line: number; top: number; bottom: number },
): Map<string, number> {
  const { line, top, bottom } = options;
  const room = Math.max(1, Math.floor((bottom - top) / line) + 1);
  const kept =
    wishes.length <= room
      ? [...wishes]
      : [...wishes].sort((a, b) => b.weight - a.weight || a.y - b.y).slice(0, room);
  kept.sort((a, b) => a.y - b.y);
  const ys = kept.map((w) => Math.min(bottom, Math.max(top, w.y)));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + line);
  if (ys.length > 0 && ys.at(-1)! > bottom) {
    ys[ys.length - 1] = bottom;
    for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - line);
  }
  return new Map(kept.map((w, i) => [w.id, ys[i]!]));
}

/** `label` cut to about `width` pixels of 11 px text, with an ellipsis when cut. */
export function fitLabel(label: string, width: number, charWidth = 6.2): string {
  const chars = Math.floor(width / charWidth);
  if (label.length <= chars) return label;
  if (chars <= 1) return '';
  return `${label.slice(0, chars - 1).trimEnd()}…`;
}
