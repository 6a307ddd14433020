/**
 * Zoom in, zoom out and fit, in the canvas's corner as in map tools (the wheel zooms too).
 */
import { useServices } from '../app/services.tsx';
import { command } from '../commands/registry.ts';

export function ZoomControls() {
  const { canvas } = useServices();
  return (
    <div className="zoom-controls">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => canvas.getState()?.zoom(1.5)}>
        +
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out"
        onClick={() => canvas.getState()?.zoom(1 / 1.5)}
      >
        −
      </button>
      <button
        type="button"
        aria-label="Fit"
        title={`${command('fit').label} (${command('fit').keys})`}
        onClick={() => canvas.getState()?.fit()}
      >
        ⤢
      </button>
    </div>
  );
}
