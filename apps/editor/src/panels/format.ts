/**
 * Number formatting for panels: quantities with thousands separators, shares as percentages, and
 * signed deltas ("+17.0", "−3.2", with a real minus sign).
 */

// One formatter, made once: `toLocaleString` builds a new one per call, which showed up at 130 ms a
// second in profiles of a 1,000-node chain's panels.
const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function qty(value: number, unit?: string): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  const text = thousands.format(rounded);
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

/** A loss share for lists: one decimal below 10%, "<0.1%" for the barely visible, never a bare "0%". */
export function lossPct(fraction: number): string {
  if (fraction <= 0) return '0%';
  if (fraction < 0.001) return '<0.1%';
  return fraction < 0.1 ? pct(fraction, 1) : pct(fraction);
}
