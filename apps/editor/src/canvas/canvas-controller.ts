/**
 * The canvas: sigma over the graph view, driven by the stores
 * ===========================================================
 *
 * Owns the sigma renderer and the graph view. Listens to the editor store (model edits → graph
 * diff; open → fresh layout; layout mode → relayout; selection and styling → reducer refresh) and to
 * the analysis store (new report → reducer refresh). Pointer gestures are in `interactions/`; they
 * report back through callbacks, so this file never edits the document itself.
 */
import type { Model, Scenario } from '@chokepoint/core';
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import type { AnalysisState } from '../analysis/analysis-store.ts';
import { type LayoutMemory, savedPositionsFor } from '../io/layout-memory.ts';
import { forceLayout } from '../layout/force.ts';
import { type Point, stageColumnLayout } from '../layout/stage-columns.ts';
import type { Editor } from '../state/editor.ts';
import type { EditorState, LayoutMode } from '../state/editor-state.ts';
import { createStore, type Store } from '../state/store.ts';
import { type EdgeColoring, edgeColoring } from './commodity-colors.ts';
import type { SvgPicture } from './export-svg.ts';
import { passingNodes } from './filter.ts';
import { bringIntoView, fitView } from './framing.ts';
import { type EdgeAttributes, GraphView, type NodeAttributes } from './graph-view.ts';
import type { HoverTarget } from './HoverTip.tsx';
import { attachInteractions, type Gestures, type InteractionCallbacks } from './interactions/attach.ts';
import { LABEL_CLEARANCE } from './interactions/connect-handle.ts';
import { edgeNear } from './interactions/edge-near.ts';
import { type ColumnEdge, columnEdges, labelRoom } from './label-room.ts';
import { columnLabels, createDrawLabel, drawNodeHover } from './labels.ts';
import { pictureOf, withStages } from './picture.ts';
import { NodeDiscProgram } from './programs/disc-program.ts';
import { EdgeBandProgram } from './programs/edge-band-program.ts';
import { quietSigmaLayers } from './quiet-layers.ts';
import { type StageColumn, sameColumns, stageColumns } from './stage-headers.ts';
import { type CanvasTheme, LIGHT, systemTheme, watchSystemTheme } from './theme.ts';
import { buildViewStyle, maxOf, type ViewStyle } from './view-style.ts';

export type CanvasSigma = Sigma<NodeAttributes, EdgeAttributes>;
export type { StageColumn };

export function computeLayout(model: Model, mode: LayoutMode): Map<string, Point> {
  return mode === 'force' ? forceLayout(model) : stageColumnLayout(model);
}

/** Nodes a scenario takes out of the chain: outages, and capacity scaled to zero. */
export function outNodesOf(scenario: Scenario | null): Set<string> {
  const out = new Set<string>();
  for (const p of scenario?.perturbations ?? [])
    if (p.type === 'outage' || (p.type === 'capacity' && p.factor === 0)) out.add(p.node);
  return out;
}

export class CanvasController {
  readonly view = new GraphView();
  readonly sigma: CanvasSigma;
  /** Gesture previews (connect line, selection box, connection handle) for the React overlay. */
  readonly gestures: Store<Gestures> = createStore<Gestures>({ connect: null, marquee: null, handle: null });
  /** The node or edge under the pointer, for the hover tip (HoverTip.tsx). */
  readonly hover: Store<HoverTarget | null> = createStore<HoverTarget | null>(null);
  /** Where each stage's column is on screen, for the headers drawn over the canvas. */
  readonly columns: Store<StageColumn[]> = createStore<StageColumn[]>([]);
  private style: ViewStyle;
  private searchHits: ReadonlySet<string> = new Set();
  private focus: ReadonlySet<string> | null = null;
  private maxCapacity = 1;
  /** Each node's label as last drawn (shortened or whole), for tests through the page's hooks. */
  readonly drawnLabels = new Map<string, string>();
  /** Light or dark, as the system asks (theme.ts). */
  private theme: CanvasTheme = systemTheme();
  /** Nodes that pass the view's filters and focus; null when none is set. */
  private passing: Set<string> | null = null;
  /** Shorter labels for the stage-column layout (labels.ts `columnLabels`). */
  private columnLabels = new Map<string, string>();
  /** Edge colours by commodity, for models that carry several (commodity-colors.ts). */
  private edgeColoring: EdgeColoring | null = null;
  private tallestStage = 1;
  private unsubscribe: (() => void)[] = [];
  /** Each stage column's mean x (graph units) and largest drawn size; null when out of date. */
  private columnStats: { x: number; size: number }[] | null = null;
  private restylePending = false;
  private disposed = false;
  /** Pixels the legend covers at the bottom of the canvas, kept clear when fitting. */
  private bottomInset = 0;
  /** The camera as the last fit left it: a later inset refits only a view nobody has moved. */
  private fitted: { x: number; y: number; ratio: number } | null = null;
  /** The same on screen, for this frame's labels. */
  private labelColumns: ColumnEdge[] = [];

  constructor(
    container: HTMLElement,
    private readonly editor: Editor,
    private readonly analysis: Store<AnalysisState>,
    callbacks: InteractionCallbacks,
    private readonly memory: LayoutMemory | null = null,
  ) {
    const state = editor.store.getState();
    this.loadModel(
      state,
      savedPositionsFor(memory?.initial ?? null, state.session.layout, state.doc.model.name),
    );
    this.style = this.buildStyle();
    // Labels stop short of the next stage column (label-room.ts).
    // The last column's labels may run to the canvas's right edge.
    const drawLabel = createDrawLabel(
      (x, radius) =>
        this.labelColumns.length === 0
          ? Number.POSITIVE_INFINITY
          : Math.min(
              labelRoom(this.labelColumns, x, radius),
              this.sigma.getDimensions().width - (x + radius) - 12,
            ),
      this.drawnLabels,
      () => this.theme.halo,
    );
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.view.graph, container, {
      defaultNodeType: 'circle',
      nodeProgramClasses: {
        // Rings only where a ring means something (SPOF, selection, search): the ring program draws
        // three discs per node, which a 10,000-node chain does not need for its plain nodes.
        // (sigma's own programs are typed over plain attributes; they read only what reducers give.)
        // Plain discs and bands are written out vertex by vertex, not instanced: see programs/.
        circle: NodeDiscProgram as unknown as NodeProgramType<NodeAttributes, EdgeAttributes>,
        ring: createNodeBorderProgram<NodeAttributes, EdgeAttributes>({
          borders: [
            { size: { attribute: 'borderSize', defaultValue: 0 }, color: { attribute: 'borderColor' } },
            { size: { value: 0.12 }, color: { value: '#ffffff' } },
            { size: { fill: true }, color: { attribute: 'color' } },
          ],
          drawLabel,
        }),
      },
      defaultDrawNodeLabel: drawLabel,
      // The hovered node's name makes room for its connection handle.
      // Hovering shows the whole name, even where the columns draw it shorter.
      defaultDrawNodeHover: (context, data, settings) =>
        drawNodeHover(
          context,
          { ...data, label: this.fullLabel(data.key, data.label) },
          settings,
          this.gestures.getState().handle?.node === data.key ? LABEL_CLEARANCE : 0,
          this.theme.hoverBox,
        ),
      edgeProgramClasses: {
        arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
        line: EdgeBandProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
      },
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: this.theme.label },
      ...this.sizeSettings(),
      zIndex: true,
      stagePadding: 40,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: (id, attributes) => this.style.node(id, attributes),
      edgeReducer: (id, attributes) => {
        const g = this.view.graph;
        return this.style.edge(id, attributes, g.source(id), g.target(id));
      },
    });
    quietSigmaLayers(this.sigma.getCanvases());
    this.fit(false);
    this.sigma.on('beforeRender', () => {
      this.drawnLabels.clear();
      this.measureLabelColumns();
    });
    this.sigma.on('afterRender', () => this.updateColumns());
    this.attachHoverTip();

    this.unsubscribe.push(
      editor.store.subscribe((next, prev) => this.onEditor(next, prev)),
      // Only what the styling reads: the store also changes for the pending flag and the baseline.
      analysis.subscribe((next, prev) => {
        if (
          next.current?.report !== prev.current?.report ||
          next.scenario !== prev.scenario ||
          (next.scenario !== null && next.reference?.report !== prev.reference?.report)
        )
          this.restyle();
      }),
      attachInteractions(this, editor, callbacks),
      watchSystemTheme((theme) => {
        this.theme = theme;
        this.sigma.setSetting('labelColor', { color: theme.label });
        this.restyle();
      }),
    );
  }

  private fullLabel(id: string, drawn: string | null | undefined): string | null {
    if (!this.view.graph.hasNode(id)) return drawn ?? null;
    const name = this.view.graph.getNodeAttribute(id, 'label');
    return drawn?.endsWith(' (out)') ? `${name} (out)` : name;
  }

  /** Hovering a node or an edge shows its tip; moving, dragging or leaving hides it. */
  private attachHoverTip(): void {
    const at = (event: { x: number; y: number }) => ({ x: event.x, y: event.y });
    this.sigma.on('enterNode', ({ node, event }) =>
      this.hover.setState({ kind: 'node', id: node, ...at(event) }),
    );
    this.sigma.on('leaveNode', () => this.hover.setState(null));
    // Edges: the nearest within a few pixels of the pointer (edge-near.ts), not sigma's edge events,
    // which would turn a press on an edge into an edge gesture instead of a pan or a selection box.
    // One pass over the edges per frame of movement; chains over 1,500 edges go without.
    let queued: { x: number; y: number } | null = null;
    this.sigma.on('moveBody', ({ event }) => {
      const current = this.hover.getState();
      if (current?.kind === 'node' || this.view.graph.size > 1500) return;
      if (queued === null)
        requestAnimationFrame(() => {
          const p = queued;
          queued = null;
          if (!p || this.disposed || this.hover.getState()?.kind === 'node') return;
          const edge = edgeNear(this, p, 5);
          const now = this.hover.getState();
          if (edge === null) {
            if (now) this.hover.setState(null);
          } else if (now?.id !== edge || Math.abs(now.x - p.x) + Math.abs(now.y - p.y) > 24)
            this.hover.setState({ kind: 'edge', id: edge, ...p });
        });
      queued = at(event);
    });
    this.sigma.on('downStage', () => this.hover.setState(null));
    this.sigma.on('downNode', () => this.hover.setState(null));
    this.sigma.getCamera().on('updated', () => {
      if (this.hover.getState()) this.hover.setState(null);
    });
  }

  /** Settings that depend on how big the chain is (set again whenever a model is opened). */
  private sizeSettings() {
    const { order, size } = this.view.graph;
    return {
      // Small chains get every label; big ones only the larger nodes', so labels stay legible.
      labelRenderedSizeThreshold: order <= 120 ? 0 : 7,
      labelDensity: order <= 120 ? 1 : 0.5,
      // Sigma keeps the biggest node's label per grid cell (100 px by default), so in a column of
      // nodes 35 px apart two of three lost their names, and which ones depended on where the camera
      // left the grid (switching layouts and back "lost" labels). Small chains get cells about a row
      // high: every row keeps its label, and only labels that would overlap are thinned.
      labelGridCellSize: order <= 120 ? 20 : 100,
      // Big chains: plain lines (direction reads from the columns, and arrowheads doubled the cost of a
      // frame on a 1,000-node chain in Chromium's software renderer), and edges and labels only at
      // rest, so panning stays smooth.
      defaultEdgeType: size > 1500 ? 'line' : 'arrow',
      hideEdgesOnMove: size > 5000,
      hideLabelsOnMove: order > 2000,
    };
  }

  /** Highlights search matches (and labels them). */
  setSearchHits(ids: ReadonlySet<string>): void {
    if (ids.size === 0 && this.searchHits.size === 0) return;
    this.searchHits = ids;
    this.restyle();
  }

  /** Dims everything but `ids` (hovering a node shows its neighbourhood); null undims. */
  setFocus(ids: ReadonlySet<string> | null): void {
    this.focus = ids;
    this.restyle();
  }

  /** Brings a node into view: pans (never zooms) when it is off screen or near the edge. */
  centerOn(id: string): void {
    const p = this.nodeViewportPosition(id);
    if (p) bringIntoView(this.sigma, id, p);
  }

  /** Shows the whole graph again, above what lies over the canvas's bottom edge (the legend). */
  fit(animate = true): void {
    fitView(this.sigma, this.view.graph, animate, this.bottomInset);
    this.fitted = this.sigma.getCamera().getState();
  }

  /**
   * How many pixels at the bottom of the canvas an overlay covers (the legend reports its height).
   * While the camera is where the last fit put it, the view is fitted again to keep nodes clear of it.
   */
  setBottomInset(px: number): void {
    if (Math.abs(px - this.bottomInset) < 1) return;
    this.bottomInset = px;
    const camera = this.sigma.getCamera().getState();
    const f = this.fitted;
    const untouched =
      f !== null &&
      Math.abs(camera.x - f.x) < 1e-9 &&
      Math.abs(camera.y - f.y) < 1e-9 &&
      Math.abs(camera.ratio - f.ratio) < 1e-9;
    if (untouched) this.fit(false);
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    void camera.animate({ ratio: camera.ratio / factor }, { duration: 200 });
  }

  /**
   * Where the columns are on screen for this frame's labels. The per-column figures (mean x, largest
   * node) only change with the graph or its styling, so they are gathered once then, and each frame
   * only moves a handful of points through the camera.
   */
  private measureLabelColumns(): void {
    if (this.editor.store.getState().session.layout !== 'columns') {
      this.labelColumns = [];
      return;
    }
    if (this.columnStats === null) {
      const nodes: { stage: string; x: number; radius: number }[] = [];
      this.view.graph.forEachNode((id, a) => {
        if (a.pinned) return; // a dragged node says nothing about where its column is
        nodes.push({ stage: a.stage, x: a.x, radius: this.sigma.getNodeDisplayData(id)?.size ?? 0 });
      });
      this.columnStats = columnEdges(nodes).map((c) => ({ x: c.x, size: c.radius }));
    }
    this.labelColumns = this.columnStats
      .map((c) => ({
        x: this.sigma.graphToViewport({ x: c.x, y: 0 }).x,
        radius: this.sigma.scaleSize(c.size),
      }))
      .sort((a, b) => a.x - b.x);
  }

  /** Stage headers follow the camera; only the stage-column layout has them. */
  private updateColumns(): void {
    const { doc, session } = this.editor.store.getState();
    const next =
      session.layout === 'columns' ? stageColumns(this.sigma, this.view.graph, doc.model.stages) : [];
    if (!sameColumns(this.columns.getState(), next)) this.columns.setState(next);
  }

  /** How a node is drawn now (its reducer's output) and the label text on screen, for tests. */
  nodeLook(id: string): {
    color: string;
    label: string | null;
    drawnLabel: string | null;
    borderColor: string | null;
    hidden: boolean;
  } | null {
    const data = this.sigma.getNodeDisplayData(id) as
      | (ReturnType<CanvasSigma['getNodeDisplayData']> & { borderColor?: string })
      | undefined;
    if (!data) return null;
    return {
      color: data.color,
      label: data.label ?? null,
      drawnLabel: this.drawnLabels.get(id) ?? null,
      borderColor: data.type === 'ring' ? (data.borderColor ?? null) : null,
      hidden: data.hidden === true,
    };
  }

  /** How an edge is drawn (its colour and width, after the reducers), for tests in the browser. */
  edgeLook(id: string): { color: string; size: number; hidden: boolean } | null {
    const data = this.sigma.getEdgeDisplayData(id);
    if (!data) return null;
    return { color: data.color, size: data.size, hidden: data.hidden === true };
  }

  /** Where a node is drawn, in pixels from the canvas's top-left corner. */
  nodeViewportPosition(id: string): Point | null {
    const p = this.view.position(id);
    return p ? this.sigma.graphToViewport(p) : null;
  }

  /** A node's centre and radius as drawn, in pixels; null when it is not drawn. */
  nodeViewportDisc(id: string): { x: number; y: number; radius: number } | null {
    const p = this.nodeViewportPosition(id);
    const data = this.sigma.getNodeDisplayData(id);
    if (!p || !data || data.hidden) return null;
    // Reducer sizes are in pixels at zoom 1; sigma scales them with the camera as it draws them.
    return { ...p, radius: this.sigma.scaleSize(data.size) };
  }

  /** What is on screen, as items for the SVG writer (viewport pixels). */
  picture(title: string): SvgPicture {
    // Always light: pictures go on white slides and paper.
    const style = this.theme.dark ? this.buildStyle(LIGHT) : this.style;
    return withStages(pictureOf(this.sigma, this.view.graph, style, title), this.columns.getState());
  }

  dispose(): void {
    this.disposed = true;
    for (const off of this.unsubscribe) off();
    this.sigma.kill();
  }

  private onEditor(next: EditorState, prev: EditorState): void {
    if (next.doc.baseline !== prev.doc.baseline) {
      // Another model was opened (or an open was undone): lay it out afresh and frame it.
      this.loadModel(next);
      this.rememberLayout(next);
      this.sigma.setSettings(this.sizeSettings());
      this.restyle();
      // No glide on big chains: every frame of it would redraw everything.
      this.fit(this.view.graph.order <= 2000);
      return;
    }
    if (next.doc.model !== prev.doc.model) {
      this.view.update(next.doc.model);
      this.updateModelStats(next.doc.model);
    }
    if (next.session.layout !== prev.session.layout) {
      this.view.relayout(computeLayout(next.doc.model, next.session.layout));
      this.columnStats = null;
      this.fit();
    }
    this.rememberLayout(next);
    const s = next.session;
    const p = prev.session;
    if (next.doc.model !== prev.doc.model || s.filter !== p.filter)
      this.passing = passingNodes(next.doc.model, s.filter);
    if (
      next.doc.model !== prev.doc.model ||
      s.filter !== p.filter ||
      s.selectedNodes !== p.selectedNodes ||
      s.selectedEdges !== p.selectedEdges ||
      s.sizeBy !== p.sizeBy ||
      s.layout !== p.layout ||
      s.colorBy !== p.colorBy
    ) {
      this.restyle();
    }
  }

  private loadModel(state: EditorState, saved: Map<string, Point> | null = null): void {
    const positions = computeLayout(state.doc.model, state.session.layout);
    // After a reload, the picture the user left: saved places win for the nodes they cover.
    if (saved) for (const [id, p] of saved) if (positions.has(id)) positions.set(id, p);
    this.view.load(state.doc.model, positions);
    this.passing = passingNodes(state.doc.model, state.session.filter);
    this.updateModelStats(state.doc.model);
    this.rememberLayout(state);
  }

  private rememberedVersion = -1;

  private rememberLayout(state: EditorState): void {
    if (!this.memory || this.view.autoVersion === this.rememberedVersion) return;
    this.rememberedVersion = this.view.autoVersion;
    this.memory.remember(state.session.layout, state.doc.model.name, this.view.autoPositions());
  }

  private updateModelStats(model: Model): void {
    this.columnLabels = columnLabels(model.nodes);
    this.edgeColoring = edgeColoring(model);
    this.maxCapacity = maxOf(model.nodes, (n) => n.capacity ?? n.demand ?? 0, 1e-9);
    const perStage = new Map<string, number>();
    for (const n of model.nodes) perStage.set(n.stage, (perStage.get(n.stage) ?? 0) + 1);
    this.tallestStage = Math.max(1, ...perStage.values());
  }

  private buildStyle(theme: CanvasTheme = this.theme): ViewStyle {
    const a = this.analysis.getState();
    return buildViewStyle({
      theme,
      session: this.editor.store.getState().session,
      current: a.current?.report ?? null,
      reference: a.scenario ? (a.reference?.report ?? null) : null,
      outNodes: outNodesOf(a.scenario),
      passing: this.passing,
      filterMode: this.editor.store.getState().session.filter.mode,
      labels: this.editor.store.getState().session.layout === 'columns' ? this.columnLabels : undefined,
      maxCapacity: this.maxCapacity,
      tallestStage: this.tallestStage,
      searchHits: this.searchHits,
      focus: this.focus,
      edgeColors: this.edgeColoring?.edges ?? null,
    });
  }

  /**
   * New styles for every node and edge. Sigma's full refresh re-runs the reducers over the whole
   * graph at once (only its drawing waits for the frame), and one edit asks several times in the same
   * task (the edit itself, its selection, the analysis going pending), so the requests are gathered
   * and served once, at the end of the task.
   */
  private restyle(): void {
    if (this.restylePending) return;
    this.restylePending = true;
    queueMicrotask(() => {
      this.restylePending = false;
      if (this.disposed) return;
      this.style = this.buildStyle();
      this.columnStats = null;
      this.sigma.refresh({ skipIndexation: true, schedule: true });
    });
  }
}
