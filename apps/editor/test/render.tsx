/**
 * Renders a panel with real services around it: an editor on the small chain and an analysis store
 * the test fills by hand.
 */
import type { Model, Report } from '@chokepoint/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type AnalysisState, emptyAnalysis, type SlotResult } from '../src/analysis/analysis-store.ts';
import { type Services, ServicesProvider } from '../src/app/services.tsx';
import type { CanvasController } from '../src/canvas/canvas-controller.ts';
import { createEditor } from '../src/state/editor.ts';
import { initialState } from '../src/state/editor-state.ts';
import { createStore } from '../src/state/store.ts';
import { smallMagnetChain } from './fixtures.ts';

export function renderWithServices(
  ui: ReactNode,
  options: { model?: Model; analysis?: Partial<AnalysisState> } = {},
) {
  const editor = createEditor(initialState(options.model ?? smallMagnetChain()));
  const analysis = createStore<AnalysisState>({ ...emptyAnalysis, ...options.analysis });
  const services: Services = {
    editor,
    analysis,
    canvas: createStore<CanvasController | null>(null),
    focusSearch: () => {},
  };
  const result = render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
  return { ...result, editor, analysis, services };
}

/** An analysis slot holding `report`, as the worker would leave it. */
export const slot = (report: Report, fresh = true): SlotResult => ({
  report,
  assessment: { scenario: report.scenario, supply: report.supply, resilience: report.resilience },
  issues: [],
  ms: 1,
  fresh,
});
