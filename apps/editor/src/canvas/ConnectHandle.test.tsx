import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../state/store.ts';
import { ConnectHandle, HANDLE_LABEL } from './ConnectHandle.tsx';
import type { Gestures } from './interactions/attach.ts';
import { placeHandle } from './interactions/connect-handle.ts';

afterEach(cleanup);

describe('ConnectHandle', () => {
  it('draws the handle where the interactions placed it, and nothing when there is none', () => {
    const gestures = createStore<Gestures>({ connect: null, marquee: null, handle: null });
    render(<ConnectHandle gestures={gestures} />);
    expect(screen.queryByLabelText(HANDLE_LABEL)).toBeNull();

    // Node at (100, 50), 10 px radius: handle centre (120, 50), 8 px radius → a 16 px box at (112, 42).
    act(() =>
      gestures.setState({ ...gestures.getState(), handle: placeHandle('cn-sep', { x: 100, y: 50 }, 10) }),
    );
    const handle = screen.getByLabelText(HANDLE_LABEL);
    expect(handle.getAttribute('data-connect-handle')).toBe('cn-sep');
    expect(handle.getAttribute('title')).toBe('Drag to connect (to another node)');
    expect(handle.tabIndex).toBe(-1); // keyboard users have the Connect tool
    expect(handle.style.left).toBe('112px');
    expect(handle.style.top).toBe('42px');
    expect(handle.style.width).toBe('16px');
    expect(handle.style.height).toBe('16px');

    act(() => gestures.setState({ ...gestures.getState(), handle: null }));
    expect(screen.queryByLabelText(HANDLE_LABEL)).toBeNull();
  });
});
