/**
 * Canvas colours for light and dark pages
 * =======================================
 *
 * The page follows the system's light or dark setting through CSS; the canvas is WebGL and 2D text,
 * so it gets its colours from here: labels and their halo, the hover box, dimmed nodes, plain and idle
 * edges, the selection ring. Country, risk and scenario colours stay the same in both (they carry
 * meaning). Exported pictures are always drawn light, for white slides and paper.
 */
export interface CanvasTheme {
  dark: boolean;
  label: string;
  halo: string;
  hoverBox: string;
  dim: string;
  edge: string;
  edgeIdle: string;
  selected: string;
}

export const LIGHT: CanvasTheme = {
  dark: false,
  label: '#2b3340',
  halo: 'rgba(251, 252, 253, 0.82)',
  hoverBox: '#ffffff',
  dim: '#eceff3',
  edge: '#a9b4c2',
  edgeIdle: '#dfe4ea',
  selected: '#1d2433',
};

export const DARK: CanvasTheme = {
  dark: true,
  label: '#dfe5ee',
  halo: 'rgba(18, 22, 28, 0.82)',
  hoverBox: '#262d38',
  dim: '#262c35',
  edge: '#5d6b7e',
  edgeIdle: '#2f3742',
  selected: '#f2f5fa',
};

const QUERY = '(prefers-color-scheme: dark)';

/** The theme the system asks for now. */
export function systemTheme(): CanvasTheme {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches ? DARK : LIGHT;
}

/** Calls `onChange` when the system switches between light and dark; returns the unsubscribe. */
export function watchSystemTheme(onChange: (theme: CanvasTheme) => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(QUERY);
  const listener = () => onChange(query.matches ? DARK : LIGHT);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
