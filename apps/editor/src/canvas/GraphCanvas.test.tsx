import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '../../test/render.tsx';

afterEach(cleanup);

describe('GraphCanvas', () => {
  it('says so, instead of breaking the page, when the browser cannot draw', async () => {
    // jsdom has no WebGL: sigma's module only needs the names to load; creating a context then fails,
    // as it would in a browser with WebGL switched off.
    vi.stubGlobal('WebGL2RenderingContext', class {});
    vi.stubGlobal('WebGLRenderingContext', class {});
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { GraphCanvas } = await import('./GraphCanvas.tsx');
    const { services } = renderWithServices(<GraphCanvas />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The graph cannot be drawn in this browser \(.+\)\. Scores, panels/,
    );
    expect(services.canvas.getState()).toBeNull();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
});
