/**
 * How each node and edge looks, from the session and the analysis
 * ================================================================
 *
 * Sigma's reducers call these for every node and edge on refresh; the graph itself holds only model
 * data. Everything a reducer needs is looked up here once per analysis or session change (maps by
 * id), so a refresh of 10,000 nodes is a pass of map lookups. Kept free of sigma and the DOM so it is
 * tested directly.
 */
import type { EdgeReport, NodeReport, Report } from '@chokepoint/core';
import type { Session } from '../state/editor-state.ts';
import type { EdgeAttributes, NodeAttributes } from './graph-view.ts';
import { countryColor, EDGE_BLOCKED, EDGE_REDUCED, riskColor, SEARCH_HIT, SPOF } from './palette.ts';
import { type CanvasTheme, LIGHT } from './theme.ts';

export interface NodeLook {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  borderColor: string;
  borderSize: number;
  forceLabel: boolean;
  zIndex: number;
  highlighted: boolean;
  /** 'ring' for nodes drawn with a ring (a costlier program), 'circle' for the rest. */
  type: 'ring' | 'circle';
  hidden?: boolean;
}

export interface EdgeLook {
  size: number;
  color: string;
  zIndex: number;
  hidden?: boolean;
}

export type EdgeState = 'normal' | 'idle' | 'reduced' | 'blocked';

export interface StyleInputs {
  session: Pick<Session, 'sizeBy' | 'colorBy' | 'selectedNodes' | 'selectedEdges'>;
  /** Report of what is on screen (under the scenario, if any). */
  current: Report | null;
  /** The same model without the scenario; null when no scenario is on. */
  reference: Report | null;
  /** Nodes the scenario takes out (outages, capacity × 0): drawn hollow, named "(out)". */
  outNodes: ReadonlySet<string>;
  /** Largest node capacity (or demand) in the model, for sizing. */
  maxCapacity: number;
  /** Most nodes in one stage: dense columns get smaller nodes so neighbours do not overlap. */
  tallestStage: number;
  searchHits: ReadonlySet<string>;
  /** Nodes that pass the filters and focus (filter.ts); null when nothing is filtered. */
  passing?: ReadonlySet<string> | null;
  /** What happens to nodes that do not pass. */
  filterMode?: 'dim' | 'hide';
  /** Light or dark canvas colours (theme.ts); light when absent. */
  theme?: CanvasTheme;
  /** Labels as drawn, when the layout shortens them (stage columns drop a suffix the header says). */
  labels?: ReadonlyMap<string, string>;
  /** Hovered node and its neighbours: everything else is dimmed while hovering. */
  focus: ReadonlySet<string> | null;
  /**
   * Edges by commodity: edge id → colour of what it carries. Only for models that carry more than one
   * commodity (commodities.ts); other edges, and every edge of a one-commodity model, stay grey.
   */
  edgeColors?: ReadonlyMap<string, string> | null;
}

export interface ViewStyle {
  node(id: string, attributes: NodeAttributes): NodeLook;
  edge(id: string, attributes: EdgeAttributes, source: string, target: string): EdgeLook;
  edgeState(id: string): EdgeState;
  countryColor(country: string | null): string;
}

const MIN_NODE = 4;
const NODE_RANGE = 14;
/** Up to this many nodes in a stage, full sizes; beyond, sizes shrink in proportion (to 30%). */
const ROOMY_STAGE = 30;
/** Up to this many single points of failure, all are labelled; beyond, labels would pile up. */
const LABELLED_SPOFS = 15;
/** Risk colouring's end uses: not rated (see `node`). */
export const END_USE = '#8f9bb0';
export const OUT_FILL = '#ffffff';
export const OUT_RING = '#3d4554';

export function buildViewStyle(inputs: StyleInputs): ViewStyle {
  const { session, current, reference } = inputs;
  const theme = inputs.theme ?? LIGHT;
  const DIM = theme.dim;
  const SELECTED = theme.selected;
  const EDGE = theme.edge;
  const EDGE_IDLE = theme.edgeIdle;
  const nodes = new Map<string, NodeReport>((current?.nodes ?? []).map((n) => [n.id, n]));
  const edges = new Map<string, EdgeReport>((current?.edges ?? []).map((e) => [e.id, e]));
  const referenceFlow = new Map<string, number>((reference?.edges ?? []).map((e) => [e.id, e.flow]));
  const maxFlow = maxOf((reference ?? current)?.edges ?? [], (e) => e.flow, 1e-9);
  const maxBetweenness = maxOf(current?.nodes ?? [], (n) => n.betweenness, 1e-12);
  const scale = Math.max(0.3, Math.min(1, ROOMY_STAGE / Math.max(1, inputs.tallestStage)));
  const minSize = Math.max(2, MIN_NODE * scale);
  let spofs = 0;
  for (const n of current?.nodes ?? []) if (n.singlePointOfFailure) spofs++;
  const labelSpofs = spofs <= LABELLED_SPOFS;
  const selectedNodes = new Set(session.selectedNodes);
  const labelOf = (id: string, a: NodeAttributes) => inputs.labels?.get(id) ?? a.label;
  const selectedEdges = new Set(session.selectedEdges);

  const edgeState = (id: string): EdgeState => {
    const e = edges.get(id);
    if (!e) return 'normal';
    if (e.blocked) return 'blocked';
    const before = referenceFlow.get(id);
    if (before !== undefined && e.flow < before - 1e-9 * Math.max(1, before)) return 'reduced';
    return e.flow > 0 ? 'normal' : 'idle';
  };

  return {
    countryColor,
    edgeState,
    node(id, a) {
      const report = nodes.get(id);
      let weight: number;
      if (session.sizeBy === 'betweenness') weight = (report?.betweenness ?? 0) / maxBetweenness;
      else {
        const amount = a.capacity ?? a.demand ?? inputs.maxCapacity * 0.25;
        weight = inputs.maxCapacity > 0 ? amount / inputs.maxCapacity : 0.25;
      }
      const size = minSize + NODE_RANGE * scale * Math.sqrt(Math.max(0, Math.min(1, weight)));
      // End uses are what the chain serves, not links in it: losing one loses its own demand only, so
      // risk colouring leaves them neutral instead of painting every consumer red.
      const color =
        session.colorBy === 'risk'
          ? a.demand !== null
            ? END_USE
            : riskColor(report?.shortfallIfRemoved ?? 0)
          : countryColor(a.country);
      const out = inputs.outNodes.has(id);
      const spof = report?.singlePointOfFailure === true;
      const selected = selectedNodes.has(id);
      const hit = inputs.searchHits.has(id);
      const filteredOut = inputs.passing != null && !inputs.passing.has(id);
      if (filteredOut && inputs.filterMode === 'hide' && !selected) {
        return {
          x: a.x,
          y: a.y,
          label: '',
          size,
          type: 'circle',
          color: DIM,
          borderColor: DIM,
          borderSize: 0,
          forceLabel: false,
          zIndex: 0,
          highlighted: false,
          hidden: true,
        };
      }
      const dimmed = ((inputs.focus !== null && !inputs.focus.has(id)) || filteredOut) && !selected;
      const borderSize = selected || hit ? 0.3 : out ? 0.3 : spof ? 0.28 : 0;
      return {
        x: a.x,
        y: a.y,
        // A node dimmed by a filter keeps quiet: no label competing with the ones that pass.
        label: filteredOut ? '' : out ? `${labelOf(id, a)} (out)` : labelOf(id, a),
        size,
        type: borderSize > 0 ? 'ring' : 'circle',
        // A node that is out is hollow: its ring in its own colour, nothing inside.
        color: dimmed ? DIM : out ? OUT_FILL : color,
        // Rings: selection beats search beats SPOF, so what the user picked always shows.
        borderColor: selected ? SELECTED : hit ? SEARCH_HIT : out ? OUT_RING : spof ? SPOF : color,
        borderSize,
        forceLabel: selected || hit || out || (spof && labelSpofs),
        zIndex: selected ? 3 : hit ? 2 : spof ? 1 : 0,
        highlighted: selected,
      };
    },
    edge(id, a, source, target) {
      const state = edgeState(id);
      const e = edges.get(id);
      // A blocked or reduced edge is drawn as wide as what it carried without the scenario.
      const shown =
        state === 'blocked' || state === 'reduced' ? (referenceFlow.get(id) ?? 0) : (e?.flow ?? 0);
      const width = current
        ? 0.8 + 5 * Math.sqrt(Math.min(1, shown / maxFlow))
        : a.capacity === 0
          ? 0.8
          : 1.5;
      const color =
        state === 'blocked'
          ? EDGE_BLOCKED
          : state === 'reduced'
            ? EDGE_REDUCED
            : state === 'idle'
              ? EDGE_IDLE
              : (inputs.edgeColors?.get(id) ?? EDGE);
      const selected = selectedEdges.has(id);
      const filteredOut =
        inputs.passing != null && !(inputs.passing.has(source) && inputs.passing.has(target));
      if (filteredOut && inputs.filterMode === 'hide' && !selected)
        return { size: width, color: DIM, zIndex: 0, hidden: true };
      const dimmed =
        ((inputs.focus !== null && !(inputs.focus.has(source) && inputs.focus.has(target))) || filteredOut) &&
        !selected;
      return {
        size: selected ? width + 1.5 : width,
        color: selected ? SELECTED : dimmed ? DIM : color,
        zIndex: selected ? 3 : state === 'blocked' || state === 'reduced' ? 2 : state === 'idle' ? 0 : 1,
      };
    },
  };
}

/** Largest value, without spreading a 100,000-element array into Math.max's arguments. */
export function maxOf<T>(items: readonly T[], value: (item: T) => number, floor: number): number {
  let max = floor;
  for (const item of items) {
    const v = value(item);
    if (v > max) max = v;
  }
  return max;
}
