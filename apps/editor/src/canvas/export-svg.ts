/**
 * The graph as an SVG picture
 * ===========================
 *
 * What is on screen, as vector graphics for reports and slides: the same positions, sizes, colours,
 * rings and arrows as the canvas, labels where the canvas shows them. Pure: the canvas collects the
 * drawn items, this writes the markup.
 */

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  borderColor: string;
  /** Ring width as a fraction of the radius (0 = none), as the canvas draws it. */
  borderSize: number;
  label: string | null;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Radius of the target node: the arrow stops at its rim. */
  targetSize: number;
  width: number;
  color: string;
}

export interface SvgPicture {
  width: number;
  height: number;
  title: string;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  /** Stage names over their columns (viewport pixels), as the canvas shows them. */
  stages?: readonly { label: string; x: number; y: number }[];
}

/** What a picture for a report carries around the graph: a heading and a legend. */
export interface SvgFrame {
  /** The model's name. */
  title: string;
  /** Scenario, score, supply: one line each. */
  lines: readonly string[];
  legend: readonly { label: string; color: string; kind: 'dot' | 'ring' | 'hollow' | 'line' }[];
}

const HEADER = 22;
const HEADER_LINE = 17;
const LEGEND_ROW = 20;
/** Text width at 12 px, estimated (an SVG writer has no font metrics): generous, so nothing is cut. */
const textWidth = (text: string, size = 12) => text.length * size * 0.6;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * The picture as SVG. With a frame: a heading above (model, scenario, score), stage headers, labels in
 * full on a white halo (the page may shorten them to the room between columns; a report should not),
 * the width grown so the last column's names fit, and a legend below.
 */
export function pictureToSvg(input: SvgPicture, frame?: SvgFrame): string {
  const picture = frame && input.stages?.length ? spreadColumns(input) : input;
  const colors = [...new Set(picture.edges.map((e) => e.color))];
  const markerId = (color: string) => `arrow-${colors.indexOf(color)}`;
  const top = frame ? HEADER + HEADER_LINE * frame.lines.length + 16 : 0;
  let width = picture.width;
  if (frame)
    for (const v of picture.nodes)
      if (v.label) width = Math.max(width, v.x + v.size + 3 + textWidth(v.label) + 12);
  const legendRows: { label: string; color: string; kind: string; x: number }[][] = [[]];
  if (frame) {
    let x = 16;
    for (const item of frame.legend) {
      const w = 22 + textWidth(item.label) + 14;
      if (x + w > width - 16 && legendRows.at(-1)!.length > 0) {
        legendRows.push([]);
        x = 16;
      }
      legendRows.at(-1)!.push({ ...item, x });
      x += w;
    }
  }
  const bottom = frame ? legendRows.length * LEGEND_ROW + 16 : 0;
  let height = top + picture.height + bottom;
  // A framed picture is rasterised: whole pixels, so a PNG at 2× is exactly twice as wide.
  if (frame) [width, height] = [Math.ceil(width), Math.ceil(height)];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="Inter, 'Segoe UI', system-ui, sans-serif">`,
    `<title>${esc(picture.title)}</title>`,
    '<defs>',
    ...colors.map(
      (c) =>
        `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${esc(c)}"/></marker>`,
    ),
    '</defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (frame) {
    out.push(
      `<g class="heading"><text x="16" y="${HEADER}" font-size="17" font-weight="600" fill="#1d2433">${esc(frame.title)}</text>`,
      ...frame.lines.map(
        (line, i) =>
          `<text x="16" y="${HEADER + HEADER_LINE * (i + 1)}" font-size="12.5" fill="#4a5566">${esc(line)}</text>`,
      ),
      '</g>',
    );
  }
  out.push(`<g class="graph" transform="translate(0 ${n(top)})">`);
  if (picture.stages?.length) {
    out.push('<g class="stages" font-size="11" font-weight="600" fill="#677385" letter-spacing="0.08em">');
    for (const s of picture.stages)
      out.push(
        `<text x="${n(s.x)}" y="${n(s.y + 12)}" text-anchor="middle">${esc(s.label.toUpperCase())}</text>`,
      );
    out.push('</g>');
  }
  out.push('<g class="edges">');
  for (const e of picture.edges) {
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    const len = Math.hypot(dx, dy) || 1;
    // Stop at the target's rim so the arrowhead stays visible.
    const x2 = e.x2 - (dx / len) * e.targetSize;
    const y2 = e.y2 - (dy / len) * e.targetSize;
    out.push(
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${esc(e.color)}" stroke-width="${n(e.width)}" stroke-linecap="round" marker-end="url(#${markerId(e.color)})"/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const v of picture.nodes) {
    const ring =
      v.borderSize > 0 ? ` stroke="${esc(v.borderColor)}" stroke-width="${n(v.size * v.borderSize)}"` : '';
    const r = v.borderSize > 0 ? v.size * (1 - v.borderSize / 2) : v.size;
    out.push(`<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(r)}" fill="${esc(v.color)}"${ring}/>`);
  }
  const halo = frame ? ' paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"' : '';
  out.push('</g>', `<g class="labels" font-size="12" fill="#2b3340"${halo}>`);
  for (const v of picture.nodes) {
    if (!v.label) continue;
    out.push(`<text x="${n(v.x + v.size + 3)}" y="${n(v.y + 4)}">${esc(v.label)}</text>`);
  }
  out.push('</g>', '</g>');
  if (frame) {
    out.push(`<g class="legend" font-size="12" fill="#2b3340">`);
    legendRows.forEach((row, r) => {
      const y = top + picture.height + 8 + r * LEGEND_ROW + 10;
      for (const item of row) {
        const c = esc(item.color);
        if (item.kind === 'line')
          out.push(
            `<line x1="${n(item.x)}" y1="${n(y)}" x2="${n(item.x + 14)}" y2="${n(y)}" stroke="${c}" stroke-width="3"/>`,
          );
        else
          out.push(
            `<circle cx="${n(item.x + 6)}" cy="${n(y)}" r="5" fill="${item.kind === 'dot' ? c : '#ffffff'}"${item.kind === 'dot' ? '' : ` stroke="${c}" stroke-width="2"`}/>`,
          );
        out.push(`<text x="${n(item.x + 20)}" y="${n(y + 4)}">${esc(item.label)}</text>`);
      }
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * Stage columns moved apart until every whole label fits before the next column (the page shortens
 * labels to the room it has; a report shows them whole). x is stretched piecewise between columns, so
 * edges and headers follow their nodes.
 */
export function spreadColumns(picture: SvgPicture): SvgPicture {
  const columns: { x: number; need: number }[] = [];
  for (const v of [...picture.nodes].sort((a, b) => a.x - b.x)) {
    const need = v.size + 3 + (v.label ? textWidth(v.label) : 0) + 16;
    const last = columns.at(-1);
    if (last && v.x - last.x < 2) last.need = Math.max(last.need, need);
    else columns.push({ x: v.x, need });
  }
  if (columns.length < 2) return picture;
  const to: number[] = [columns[0]!.x];
  for (let i = 1; i < columns.length; i++)
    to.push(to[i - 1]! + Math.max(columns[i]!.x - columns[i - 1]!.x, columns[i - 1]!.need));
  const map = (x: number): number => {
    if (x <= columns[0]!.x) return x;
    for (let i = 1; i < columns.length; i++) {
      const a = columns[i - 1]!.x;
      const b = columns[i]!.x;
      if (x <= b) return to[i - 1]! + ((x - a) / (b - a)) * (to[i]! - to[i - 1]!);
    }
    return x - columns.at(-1)!.x + to.at(-1)!;
  };
  return {
    ...picture,
    width: Math.max(picture.width, map(picture.width)),
    nodes: picture.nodes.map((v) => ({ ...v, x: map(v.x) })),
    edges: picture.edges.map((e) => ({ ...e, x1: map(e.x1), x2: map(e.x2) })),
    stages: picture.stages?.map((s) => ({ ...s, x: map(s.x) })),
  };
}
