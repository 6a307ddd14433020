/** The shock picker of the decisions views: no shock, one of the model's scenarios, or the screen. */
import type { Model } from '@chokepoint/core';
import { shockChoices } from './shock.ts';

export function ShockField(props: {
  model: Model;
  value: string;
  onChange: (choice: string) => void;
  label?: string;
  testId?: string;
}) {
  return (
    <label className="field wide">
      <span>{props.label ?? 'Shock'}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
        {shockChoices(props.model).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
