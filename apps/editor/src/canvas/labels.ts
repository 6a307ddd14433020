/**
 * Node labels on the canvas
 * =========================
 *
 * Supply-chain labels are long ("United States (MP Materials) — separation") and columns are close, so
 * labels are cut to a readable length with an ellipsis (hovering shows the whole name) and drawn on
 * a pale halo so that edges passing behind them do not make them unreadable.
 */
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export const LABEL_MAX_CHARS = 22;

/** "United States (MP Materials) — separation" → "United States (MP Materials…". */
export function shortLabel(label: string, max = LABEL_MAX_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  // Prefer to cut at a word boundary when one is near the end.
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,—–-]+$/, '')}…`;
}

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const text = shortLabel(data.label);
  const width = context.measureText(text).width;
  const x = data.x + data.size + 3;
  context.fillStyle = 'rgba(251, 252, 253, 0.82)';
  context.fillRect(x - 2, data.y - size / 2 - 2, width + 4, size + 4);
  context.fillStyle = settings.labelColor.color ?? '#2b3340';
  context.fillText(text, x, data.y + size / 3);
}
