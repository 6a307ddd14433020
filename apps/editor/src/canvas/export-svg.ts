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
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

export function pictureToSvg(picture: SvgPicture): string {
  const colors = [...new Set(picture.edges.map((e) => e.color))];
  const markerId = (color: string) => `arrow-${colors.indexOf(color)}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(picture.width)}" height="${n(picture.height)}" viewBox="0 0 ${n(picture.width)} ${n(picture.height)}" font-family="Inter, 'Segoe UI', system-ui, sans-serif">`,
    `<title>${esc(picture.title)}</title>`,
    '<defs>',
    ...colors.map(
      (c) =>
        `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${esc(c)}"/></marker>`,
    ),
    '</defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="edges">',
  ];
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
  out.push('</g>', '<g class="labels" font-size="12" fill="#2b3340">');
  for (const v of picture.nodes) {
    if (!v.label) continue;
    out.push(`<text x="${n(v.x + v.size + 3)}" y="${n(v.y + 4)}">${esc(v.label)}</text>`);
  }
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
}
