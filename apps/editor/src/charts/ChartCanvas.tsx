/**
 * A Chart.js chart in a canvas, created on mount and updated in place
 * ===================================================================
 *
 * Chart.js draws the time panel's series and scatter. Only the pieces used are registered (line and
 * scatter charts on linear axes, with legend and tooltips), which keeps the bundle small.
 */
import {
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
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Tooltip,
  Filler,
);

export function ChartCanvas(props: {
  config: ChartConfiguration;
  label: string;
  testId?: string;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    const el = canvas.current;
    // jsdom (unit tests) has no 2D context: the panel's data is tested apart from the drawing.
    if (!el?.getContext?.('2d')) return;
    if (!chart.current) chart.current = new Chart(el, props.config);
    else {
      chart.current.data = props.config.data;
      chart.current.options = props.config.options ?? {};
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
    <div className="chart" style={{ height: props.height ?? 180 }}>
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid={props.testId} />
    </div>
  );
}
