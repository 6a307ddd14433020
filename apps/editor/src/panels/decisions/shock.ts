/** The shock a decisions view works under: none, one of the model's scenarios, or what is on screen. */
import type { Model, Scenario } from '@chokepoint/core';

export const NO_SHOCK = '';
export const ON_SCREEN = 'editor:view';

export function shockFor(model: Model, choice: string, onScreen: Scenario | null): Scenario | null {
  if (choice === NO_SHOCK) return null;
  if (choice === ON_SCREEN) return onScreen;
  return model.scenarios?.find((s) => s.id === choice) ?? null;
}

export function shockChoices(model: Model): { value: string; label: string }[] {
  return [
    { value: NO_SHOCK, label: 'No shock' },
    ...(model.scenarios ?? []).map((s) => ({ value: s.id, label: s.label ?? s.id })),
    { value: ON_SCREEN, label: 'What is on screen now' },
  ];
}
