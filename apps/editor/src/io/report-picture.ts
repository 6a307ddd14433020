/**
 * Pictures and tables ready for a report
 * ======================================
 *
 * The frame around an exported picture (what a slide needs to stand alone: model, scenario, score,
 * supply, and a legend of exactly the colours used), the SVG rasterised to PNG at 2× or a chosen
 * width, and every CSV table in one ZIP instead of five downloads.
 */
import { countryName, type Model, type Report, type Scenario } from '@chokepoint/core';
import { strToU8, zipSync } from 'fflate';
import { edgeColoring } from '../canvas/commodity-colors.ts';
import type { SvgFrame } from '../canvas/export-svg.ts';
import { countryColor, EDGE_BLOCKED, EDGE_REDUCED, SPOF } from '../canvas/palette.ts';
import { END_USE, OUT_RING } from '../canvas/view-style.ts';
import { qty } from '../panels/format.ts';
import type { ColorBy } from '../state/editor-state.ts';
import { modelCountriesByCapacity } from '../state/model-facts.ts';

export function pictureFrame(
  model: Model,
  report: Report | null,
  scenario: Scenario | null,
  colorBy: ColorBy,
): SvgFrame {
  const lines = [`Scenario: ${scenario ? (scenario.label ?? scenario.id) : 'none (the model as it stands)'}`];
  if (report) {
    lines.push(
      `Resilience score ${report.resilience.score.toFixed(1)} / 100 · delivers ${qty(report.supply.delivered)} of ${qty(report.supply.demand)} ${model.unit} demanded (${Math.round(report.supply.ratio * 100)}%)`,
    );
  }
  const legend: SvgFrame['legend'][number][] = [];
  if (colorBy === 'country') {
    for (const c of modelCountriesByCapacity(model))
      legend.push({
        label: c === 'ZZ' ? 'rest of world' : countryName(c),
        color: countryColor(c),
        kind: 'dot',
      });
  } else {
    legend.push(
      { label: 'no loss if removed', color: '#c9d3df', kind: 'dot' },
      { label: '10% of demand lost', color: '#f6c35b', kind: 'dot' },
      { label: '30%', color: '#ef7d32', kind: 'dot' },
      { label: '60% or more', color: '#d6273b', kind: 'dot' },
      { label: 'end use (not rated)', color: END_USE, kind: 'dot' },
    );
  }
  for (const c of edgeColoring(model)?.legend ?? [])
    legend.push({ label: c.label, color: c.color, kind: 'line' });
  legend.push({ label: 'single point of failure', color: SPOF, kind: 'ring' });
  if (scenario) {
    if (scenario.perturbations.some((p) => p.type === 'outage' || (p.type === 'capacity' && p.factor === 0)))
      legend.push({ label: 'out', color: OUT_RING, kind: 'hollow' });
    legend.push(
      { label: 'blocked', color: EDGE_BLOCKED, kind: 'line' },
      { label: 'carries less', color: EDGE_REDUCED, kind: 'line' },
    );
  }
  lines.push('Edge widths: flow. Made with Chokepoint.');
  return { title: model.name, lines, legend };
}

/** The SVG drawn onto a canvas `scale` times its size (2 = a sharp picture for slides), as PNG. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw a PNG');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The width and height an SVG declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

/** Files in one ZIP (text, UTF-8), in the order given. */
export function zipFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])), { level: 6 });
}
