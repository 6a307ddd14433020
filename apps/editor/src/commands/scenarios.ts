/**
 * Scenario edits: keep an ad-hoc experiment in the model, drop a scenario
 * ======================================================================
 *
 * The ad-hoc list is session state (what-ifs being tried); saving it makes it a scenario of the model,
 * one undo step through core's `addScenario`, so it travels with the file, can be cited and can be
 * switched on again later. The view does not change on save: the new scenario is switched on and the
 * ad-hoc list emptied in the same breath, so what is on screen is the same perturbations.
 */
import { addScenario, type Model, removeScenario } from '@chokepoint/core';
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
  const { doc, session } = editor.store.getState();
  const name = label.trim();
  if (session.adhoc.length === 0 || name === '') return null;
  const id = scenarioIdFor(doc.model, name);
  const scenario = { id, label: name, perturbations: session.adhoc.map((p) => ({ ...p })) };
  if (!editor.edit(`Save scenario "${name}"`, addScenario, { scenario })) return null;
  editor.setSession((s) => ({ activeScenarios: [...s.activeScenarios, id], adhoc: [] }));
  return id;
}

export function deleteScenario(editor: Editor, id: string): boolean {
  const scenario = editor.store.getState().doc.model.scenarios?.find((s) => s.id === id);
  return editor.edit(`Delete scenario "${scenario?.label ?? id}"`, removeScenario, { id });
}
