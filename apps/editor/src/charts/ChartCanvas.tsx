/**
 * A Chart.js chart in a canvas, created on mount and updated in place
 * ===================================================================
 *
 * Every chart of the editor goes through here: the time panel's series and scatter, the risk
 * histogram and the levers' bars. Only the pieces used are registered (line, scatter and bar charts on
 * linear and category axes, with legend and tooltips), which keeps the bundle small.
 *
 * `config` may be a function of the page's theme (the CSS colours in force where the chart is drawn),
 * so a chart follows dark mode; it is read again whenever the config changes. Options are replaced
 * with the data on every update, so callbacks (tooltips) never read a previous render's rows.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(
  LineController,
  ScatterController,
  BarController,
  LineElement,
  PointElement,
  BarElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
  Filler,
);

/** The theme's colours where the chart is drawn (app.css custom properties, with light fallbacks). */
export interface ChartTheme {
  accent: string;
  bad: string;
  muted: string;
}

export function themeOf(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: read('--accent', '#2f6fb0'),
    bad: read('--bad', '#c0392b'),
    muted: read('--muted', '#666'),
  };
}

export function ChartCanvas(props: {
  config: ChartConfiguration | ((theme: ChartTheme) => ChartConfiguration);
  /** The canvas's accessible name: what the chart shows. */
  label: string;
  /** On the chart's frame (which holds the canvas). */
  testId?: string;
  /** Height in CSS pixels (default 180). */
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    const el = canvas.current;
    // jsdom (unit tests) has no 2D context: the panels' data is tested apart from the drawing.
    if (!el?.getContext?.('2d')) return;
    const config = typeof props.config === 'function' ? props.config(themeOf(el)) : props.config;
    if (!chart.current) chart.current = new Chart(el, config);
    else {
      chart.current.data = config.data;
      chart.current.options = config.options ?? {};
      chart.current.update('none');
    }
  }, [props.config]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div className="chart" style={{ height: props.height ?? 180 }} data-testid={props.testId}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
