/**
 * A tiny external store
 * =====================
 *
 * One value, replaced (never mutated) on every change, with subscribers. React reads it through
 * `useSyncExternalStore`, so a component re-renders only when the slice it selects changes identity.
 * Deliberately smaller than zustand: the editor needs getState/setState/subscribe and nothing else.
 */
import { useSyncExternalStore } from 'react';

export type Listener<S> = (next: S, prev: S) => void;

export interface Store<S> {
  getState(): S;
  setState(next: S | ((prev: S) => S)): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    getState: () => state,
    setState(next) {
      const prev = state;
      const value = typeof next === 'function' ? (next as (p: S) => S)(prev) : next;
      if (Object.is(value, prev)) return;
      state = value;
      for (const listener of [...listeners]) listener(state, prev);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Subscribes a component to `select(state)`; the selector must return stable identities. */
export function useStore<S, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}
