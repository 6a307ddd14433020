import { describe, expect, it } from 'vitest';
import { smallChainReport } from '../../test/small-chain-report.ts';
import type { NodeAttributes } from './graph-view.ts';
import { countryColor, EDGE, EDGE_BLOCKED, EDGE_REDUCED, riskColor, SELECTED, SPOF } from './palette.ts';
import { buildViewStyle, type StyleInputs } from './view-style.ts';

const attrs = (over: Partial<NodeAttributes>): NodeAttributes => ({
  x: 0,
  y: 0,
  label: 'x',
  stage: 'mining',
  country: null,
  capacity: null,
  demand: null,
  pinned: false,
  ...over,
});

const inputs = (over: Partial<StyleInputs> = {}): StyleInputs => ({
  session: { sizeBy: 'capacity', colorBy: 'country', selectedNodes: [], selectedEdges: [] },
  current: smallChainReport(),
  reference: null,
  outNodes: new Set(),
  maxCapacity: 270,
  tallestStage: 2,
  searchHits: new Set(),
  focus: null,
  ...over,
});

describe('buildViewStyle', () => {
  it('sizes by the square root of capacity and colours by country code', () => {
    const style = buildViewStyle(inputs());
    const big = style.node('cn-mine', attrs({ capacity: 270, country: 'CN' }));
    const small = style.node('au-mine', attrs({ capacity: 30, country: 'AU' }));
    expect(big.size).toBe(4 + 14);
    expect(small.size).toBeCloseTo(4 + 14 * Math.sqrt(30 / 270), 10);
    expect(big.color).toBe('#4e79a7');
    expect(small.color).toBe('#59a14f');
  });

  it('shrinks nodes in dense stages and stops forcing SPOF labels when there are many', () => {
    const dense = smallChainReport();
    for (const n of dense.nodes) n.singlePointOfFailure = true; // 8 SPOFs: still labelled
    const style = buildViewStyle(inputs({ current: dense, tallestStage: 300 }));
    // 300 rows: sizes at 30% (the floor): min 2 px, range 14 × 0.3.
    expect(style.node('cn-mine', attrs({ capacity: 270, country: 'CN' })).size).toBeCloseTo(2 + 14 * 0.3, 10);
    expect(style.node('cn-mine', attrs({ capacity: 270 })).forceLabel).toBe(true);
    const many = smallChainReport();
    many.nodes = Array.from({ length: 16 }, (_, i) => ({
      ...many.nodes[0]!,
      id: `n${i}`,
      singlePointOfFailure: true,
    }));
    expect(buildViewStyle(inputs({ current: many })).node('n0', attrs({})).forceLabel).toBe(false);
  });

  it('rings single points of failure in red, and selection over that', () => {
    const style = buildViewStyle(inputs({ session: { ...inputs().session, selectedNodes: ['cn-mag'] } }));
    const spof = style.node('cn-sep', attrs({ capacity: 250, country: 'CN' }));
    expect(spof.borderColor).toBe(SPOF);
    expect(spof.borderSize).toBeGreaterThan(0);
    expect(spof.forceLabel).toBe(true);
    const selected = style.node('cn-mag', attrs({ capacity: 200, country: 'CN' }));
    expect(selected.borderColor).toBe(SELECTED);
    expect(style.node('au-mine', attrs({ capacity: 30 })).borderSize).toBe(0);
  });

  it('colours by risk from the N-1 loss', () => {
    const style = buildViewStyle(inputs({ session: { ...inputs().session, colorBy: 'risk' } }));
    expect(style.node('cn-mine', attrs({})).color).toBe(riskColor(31 / 36));
    expect(style.node('au-mine', attrs({})).color).toBe(riskColor(0));
    expect(riskColor(0)).toBe('#c9d3df');
    expect(riskColor(0.6)).toBe('#d6273b');
    expect(riskColor(0.05)).toBe('#e0cb9d'); // halfway between the first two stops
  });

  it('marks blocked and reduced edges against the no-scenario reference, drawn as wide as they were', () => {
    const reference = smallChainReport();
    const current = smallChainReport();
    current.edges[0] = { ...current.edges[0]!, flow: 0, blocked: true };
    current.edges[2] = { ...current.edges[2]!, flow: 60 };
    const style = buildViewStyle(inputs({ current, reference }));
    expect(style.edgeState('cn-mine->cn-sep')).toBe('blocked');
    expect(style.edgeState('cn-mag->ev')).toBe('reduced');
    expect(style.edgeState('cn-mag->wind')).toBe('normal');
    expect(style.edgeState('au-mine->my-sep')).toBe('idle');
    const blocked = style.edge('cn-mine->cn-sep', { capacity: null }, 'cn-mine', 'cn-sep');
    expect(blocked.color).toBe(EDGE_BLOCKED);
    // Reference max flow is 180; the blocked edge carried 180 before: full width.
    expect(blocked.size).toBeCloseTo(0.8 + 5, 10);
    expect(style.edge('cn-mag->ev', { capacity: null }, 'cn-mag', 'ev').color).toBe(EDGE_REDUCED);
    expect(style.edge('cn-mag->wind', { capacity: null }, 'cn-mag', 'wind')).toMatchObject({
      color: EDGE,
      size: 0.8 + 5 * Math.sqrt(60 / 180),
    });
  });

  it('colours carrying edges by commodity, while blocked and reduced keep their scenario colours', () => {
    const reference = smallChainReport();
    const current = smallChainReport();
    current.edges[0] = { ...current.edges[0]!, flow: 0, blocked: true };
    current.edges[2] = { ...current.edges[2]!, flow: 60 };
    const edgeColors = new Map([
      ['cn-mine->cn-sep', '#111111'],
      ['cn-mag->ev', '#222222'],
      ['cn-mag->wind', '#333333'],
      ['au-mine->my-sep', '#444444'],
    ]);
    const style = buildViewStyle(inputs({ current, reference, edgeColors }));
    const color = (id: string) =>
      style.edge(id, { capacity: null }, ...(id.split('->') as [string, string])).color;
    expect(color('cn-mag->wind')).toBe('#333333');
    expect(color('cn-mine->cn-sep')).toBe(EDGE_BLOCKED);
    expect(color('cn-mag->ev')).toBe(EDGE_REDUCED);
    // An idle edge stays faint whatever it would carry.
    expect(color('au-mine->my-sep')).not.toBe('#444444');
    // An edge the map does not name (it carries no commodity) stays grey.
    expect(color('cn-sep->cn-mag')).toBe(EDGE);
  });

  it('dims what is outside the hovered neighbourhood', () => {
    const style = buildViewStyle(inputs({ focus: new Set(['cn-mag', 'ev']) }));
    expect(style.node('cn-mag', attrs({ country: 'CN' })).color).toBe(countryColor('CN'));
    expect(style.node('au-mine', attrs({ country: 'AU' })).color).not.toBe(countryColor('AU'));
    expect(style.edge('cn-mag->ev', { capacity: null }, 'cn-mag', 'ev').color).toBe(EDGE);
    expect(style.edge('cn-mine->cn-sep', { capacity: null }, 'cn-mine', 'cn-sep').color).not.toBe(EDGE);
  });

  it('keeps end uses out of risk colouring: they are served, not links that break', () => {
    const style = buildViewStyle(inputs({ session: { ...inputs().session, colorBy: 'risk' } }));
    const ev = style.node('ev', attrs({ demand: 100, stage: 'end-use' }));
    expect(ev.color).toBe('#8f9bb0');
    // A node upstream keeps its risk colour (its loss if removed, from the report).
    const report = smallChainReport().nodes.find((n) => n.id === 'cn-sep')!;
    expect(style.node('cn-sep', attrs({})).color).toBe(riskColor(report.shortfallIfRemoved));
  });

  it('draws a node that is out hollow, ringed, and says so in its label', () => {
    const style = buildViewStyle(inputs({ outNodes: new Set(['cn-sep']) }));
    const out = style.node('cn-sep', attrs({ label: 'China — separation', country: 'CN' }));
    expect(out).toMatchObject({
      color: '#ffffff',
      type: 'ring',
      label: 'China — separation (out)',
      forceLabel: true,
    });
    expect(out.borderSize).toBeGreaterThan(0);
  });
});
