/**
 * Editor state: the document, its history, and the session
 * ========================================================
 *
 * The *document* is what the user makes and what undo walks through: the model and the baseline it
 * is compared against ("+17 since baseline"). Opening a file replaces both in one undoable step, so
 * nothing the user had is lost by opening something else.
 *
 * The *session* is how the user is looking at it: selection, hover, layout and styling, search and
 * scenario toggles. It is never recorded in history (selecting does not clear redo, as in tldraw's
 * `record-preserveRedoStack` and excalidraw), and only the scenario toggles are autosaved.
 */
import type { Model, Perturbation } from '@chokepoint/core';
import { emptyHistory, type History } from './history.ts';

export interface EditorDoc {
  readonly model: Model;
  /** The model as opened: what the score is compared against. */
  readonly baseline: Model;
}

export type LayoutMode = 'columns' | 'force';
export type SizeBy = 'capacity' | 'betweenness';
export type ColorBy = 'country' | 'risk';
/** Dragging a node moves it (`move`) or draws an edge from it (`connect`). */
export type Tool = 'move' | 'connect';

/** A message shown on the page: a bad file, an edit that was refused, a link that was copied. */
export interface Notice {
  readonly kind: 'error' | 'info';
  readonly title: string;
  readonly lines: readonly string[];
  /** A closing sentence in plain text under the lines ("Your current model is unchanged."). */
  readonly footer?: string;
  /** Information that stays until dismissed, as errors do (warnings about a file just opened). */
  readonly stays?: boolean;
}

export interface Session {
  readonly selectedNodes: readonly string[];
  readonly selectedEdges: readonly string[];
  readonly tool: Tool;
  readonly layout: LayoutMode;
  readonly sizeBy: SizeBy;
  readonly colorBy: ColorBy;
  /** Ids of the model's own scenarios that are switched on; their perturbations combine. */
  readonly activeScenarios: readonly string[];
  /** Perturbations built in the scenario panel, on top of the active scenarios. */
  readonly adhoc: readonly Perturbation[];
  readonly notice: Notice | null;
  /** The picture: the node-link graph, or the flow as a Sankey diagram. */
  readonly view: 'graph' | 'sankey';
  /** The keyboard-shortcut sheet (`?`) is open. */
  readonly shortcuts: boolean;
  /** What the canvas shows less of: filters by attribute, and focus on one node's up/downstream. */
  readonly filter: ViewFilter;
}

export type FilterMode = 'dim' | 'hide';

/**
 * Filters: a node matches when, for every list that is not empty, its value is in the list (countries,
 * stages, commodities; tags: any of its tags). Nodes that do not match are dimmed or hidden. Focus
 * keeps only a node and what is upstream and/or downstream of it.
 */
export interface ViewFilter {
  readonly mode: FilterMode;
  readonly countries: readonly string[];
  readonly stages: readonly string[];
  readonly commodities: readonly string[];
  readonly tags: readonly string[];
  readonly focus: { readonly node: string; readonly direction: 'upstream' | 'downstream' | 'both' } | null;
}

export const noFilter: ViewFilter = {
  mode: 'dim',
  countries: [],
  stages: [],
  commodities: [],
  tags: [],
  focus: null,
};

export interface EditorState {
  readonly doc: EditorDoc;
  readonly history: History;
  readonly session: Session;
}

export const initialSession: Session = {
  selectedNodes: [],
  selectedEdges: [],
  tool: 'move',
  layout: 'columns',
  sizeBy: 'capacity',
  colorBy: 'country',
  activeScenarios: [],
  adhoc: [],
  notice: null,
  shortcuts: false,
  filter: noFilter,
  view: 'graph',
};

export function initialState(model: Model, baseline: Model = model, session?: Partial<Session>): EditorState {
  return { doc: { model, baseline }, history: emptyHistory, session: { ...initialSession, ...session } };
}
