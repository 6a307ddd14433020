/**
 * Node labels on the canvas
 * =========================
 *
 * Supply-chain labels are long ("United States (MP Materials) — separation") and columns are close, so
 * labels are cut to a readable length with an ellipsis (hovering shows the whole name) and drawn on
 * a pale halo so that edges passing behind them do not make them unreadable.
 *
 * A hovered (or selected) node gets sigma's white label box with the whole name; when the connection
 * handle sits to the node's right (interactions/connect-handle.ts), the name moves right to make room
 * for it inside the box instead of being hidden under it.
 */
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export const LABEL_MAX_CHARS = 22;
const HALO_LIGHT = 'rgba(251, 252, 253, 0.82)';

/**
 * Labels as the stage-column layout draws them. Supply-chain names often end with their stage
 * ("China — separation", "Japan — sintered NdFeB magnets"), which the column's header already says;
 * a " — …" ending shared by every node of a column that has one (at least two) is left off there, so
 * the part that tells nodes apart fits. Hovering still shows the whole name.
 */
export function columnLabels(
  nodes: readonly { id: string; label?: string; stage: string }[],
): Map<string, string> {
  const endings = new Map<string, { ending: string | null; count: number }>();
  for (const n of nodes) {
    const cut = n.label?.lastIndexOf(' — ') ?? -1;
    if (cut <= 0) continue;
    const ending = n.label!.slice(cut + 3);
    const seen = endings.get(n.stage);
    if (!seen) endings.set(n.stage, { ending, count: 1 });
    else if (seen.ending === ending) seen.count++;
    else seen.ending = null;
  }
  const shown = new Map<string, string>();
  for (const n of nodes) {
    const shared = endings.get(n.stage);
    if (!n.label || !shared?.ending || shared.count < 2) continue;
    const suffix = ` — ${shared.ending}`;
    if (n.label.endsWith(suffix)) shown.set(n.id, n.label.slice(0, -suffix.length));
  }
  return shown;
}

/** "United States (MP Materials) — separation" → "United States (MP Materials…". */
export function shortLabel(label: string, max = LABEL_MAX_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  // Prefer to cut at a word boundary when one is near the end.
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,—–-]+$/, '')}…`;
}

/** Below this many pixels of room a label is left out rather than cut to a letter or two. */
const MIN_LABEL_ROOM = 28;

/**
 * `label` shortened (at most LABEL_MAX_CHARS, then fewer) until `measure` says it fits `room`
 * pixels; null when even a short stub would not.
 */
export function fitLabel(label: string, room: number, measure: (text: string) => number): string | null {
  // Where the room is known (stage columns) and the whole name fits, it is drawn whole.
  // Where the room is known, as much of the name as fits (cut at a word where one is near); elsewhere
  // (the force layout, where labels have no column to respect) at most LABEL_MAX_CHARS.
  let text = Number.isFinite(room) ? label : shortLabel(label);
  if (measure(text) <= room) return text;
  if (room < MIN_LABEL_ROOM) return null;
  // Longest prefix (plus an ellipsis) that fits: binary search on its length.
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${label.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  const space = label.lastIndexOf(' ', lo);
  const end = space > lo * 0.7 ? space : lo;
  text = `${label.slice(0, end).replace(/[\s,—–-]+$/, '')}…`;
  return measure(text) <= room ? text : null;
}

/** Sigma's node-label function, drawing each label within the room `room(x, radius)` allows. */
export function createDrawLabel(
  room: (x: number, radius: number) => number,
  /** Filled with the text each node's label was drawn with (for the page's automation hooks). */
  drawn?: Map<string, string>,
  /** The halo behind labels, as the theme wants it now. */
  halo: () => string = () => HALO_LIGHT,
) {
  return <N extends Attributes, E extends Attributes, G extends Attributes>(
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string },
    settings: Settings<N, E, G>,
  ): void => {
    const text = drawLabel(context, data, settings, room(data.x, data.size), halo());
    if (drawn && data.key !== undefined && text !== null) drawn.set(data.key, text);
  };
}

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
  room = Number.POSITIVE_INFINITY,
  halo = HALO_LIGHT,
): string | null {
  if (!data.label) return null;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const text = fitLabel(data.label, room, (t) => context.measureText(t).width);
  if (text === null) return null;
  const width = context.measureText(text).width;
  const x = data.x + data.size + 3;
  context.fillStyle = halo;
  context.fillRect(x - 2, data.y - size / 2 - 2, width + 4, size + 4);
  context.fillStyle = settings.labelColor.color ?? '#2b3340';
  context.fillText(text, x, data.y + size / 3);
  return text;
}

/** Sigma's hover box (`drawDiscNodeHover`), with the full label pushed `gap` pixels further right. */
export function drawNodeHover<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
  gap = 0,
  box = '#fff',
): void {
  const size = settings.labelSize;
  const padding = 2;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = box;
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  if (data.label) {
    const boxWidth = Math.round(context.measureText(data.label).width + 5 + gap);
    const boxHeight = Math.round(size + 2 * padding);
    const radius = Math.max(data.size, size / 2) + padding;
    // The box is a half-disc round the node joined to a rectangle round the label.
    const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
    const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
    context.moveTo(data.x + dx, data.y + boxHeight / 2);
    context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
    context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
    context.lineTo(data.x + dx, data.y - boxHeight / 2);
    context.arc(data.x, data.y, radius, angle, -angle);
  } else {
    context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
  }
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  if (!data.label) return;
  context.fillStyle = settings.labelColor.color ?? '#2b3340';
  context.fillText(data.label, data.x + data.size + 3 + gap, data.y + size / 3);
}
