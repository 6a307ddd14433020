/**
 * Number formatting for panels: quantities with thousands separators, shares as percentages, and
 * signed deltas ("+17.0", "−3.2", with a real minus sign).
 */

export function qty(value: number, unit?: string): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  const text = rounded.toLocaleString('en-US');
  return unit ? `${text} ${unit}` : text;
}

export function pct(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** The score as shown: one decimal, as the core rounds it. */
export function score(value: number): string {
  return value.toFixed(1);
}
