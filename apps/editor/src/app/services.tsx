/**
 * What every panel needs, handed down once: the editor, the analysis results and the canvas.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type { AnalysisState } from '../analysis/analysis-store.ts';
import type { CanvasController } from '../canvas/canvas-controller.ts';
import type { CommandContext } from '../commands/registry.ts';
import type { LayoutMemory } from '../io/layout-memory.ts';
import type { Editor } from '../state/editor.ts';
import type { EditorState } from '../state/editor-state.ts';
import { type Store, useStore } from '../state/store.ts';

export interface Services {
  editor: Editor;
  analysis: Store<AnalysisState>;
  /** Set once the canvas has mounted (sigma needs a sized container). */
  canvas: Store<CanvasController | null>;
  /** Where the canvas keeps its automatic layout across reloads (absent in tests). */
  layoutMemory?: LayoutMemory;
  /** Moves keyboard focus to the search box. */
  focusSearch(): void;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider(props: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useEditorState<T>(select: (state: EditorState) => T): T {
  return useStore(useServices().editor.store, select);
}

export function useAnalysis<T>(select: (state: AnalysisState) => T): T {
  return useStore(useServices().analysis, select);
}

/** A command context whose canvas is read when a command runs, not when the button rendered. */
export function useCommandContext(): CommandContext {
  const { editor, canvas, focusSearch } = useServices();
  return {
    editor,
    get canvas() {
      return canvas.getState();
    },
    focusSearch,
  };
}
