/**
 * Scenario edits: keep an ad-hoc experiment in the model, drop a scenario
 * ======================================================================
 *
 * The ad-hoc list is session state (what-ifs being tried); saving it makes it a scenario of the model,
 * one undo step through core's `addScenario`, so it travels with the file, can be cited and can be
 * switched on again later. The view does not change on save: the new scenario is switched on and the
 * ad-hoc list emptied in the same breath, so what is on screen is the same perturbations; undo puts
 * the list back and redo takes it away again.
 */
import { addScenario, type Model, removeScenario } from '@chokepoint/core';
import { isComplete } from '../scenarios/compose.ts';
import type { Editor } from '../state/editor.ts';

/** An id from a label: lower-case words joined by hyphens, made unique among the model's scenarios. */
export function scenarioIdFor(model: Model, label: string): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scenario';
  const taken = new Set((model.scenarios ?? []).map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Saves the ad-hoc perturbations as a new scenario named `label`; returns its id, or null if refused. */
export function saveAdhocAsScenario(editor: Editor, label: string): string | null {
  const { doc, session: session0 } = editor.store.getState();
  const name = label.trim();
  // Only what acts: a perturbation still waiting for its node is not part of what is on screen.
  const complete = session0.adhoc.filter((p) => isComplete(p, doc.model));
  if (complete.length === 0 || name === '') return null;
  const id = scenarioIdFor(doc.model, name);
  const scenario = { id, label: name, perturbations: complete.map((p) => ({ ...p })) };
  // Undo takes the scenario out of the model and gives the ad-hoc list back, as it was.
  const session = {
    undo: { adhoc: session0.adhoc, activeScenarios: session0.activeScenarios },
    redo: { adhoc: [], activeScenarios: [...session0.activeScenarios, id] },
  };
  const ok = editor.apply(
    `Save scenario "${name}"`,
    (d) => addScenario(d.model as Model, { scenario }),
    session,
  );
  return ok ? id : null;
}

export function deleteScenario(editor: Editor, id: string): boolean {
  const scenario = editor.store.getState().doc.model.scenarios?.find((s) => s.id === id);
  return editor.edit(`Delete scenario "${scenario?.label ?? id}"`, removeScenario, { id });
}
