/**
 * A participant's live session: connection, teammates, the room's state, the server's score
 * ==========================================================================================
 *
 * Joins through the workshop API (`POST /api/join/<code>`), opens the team's document with
 * `@hocuspocus/provider` (reconnecting by itself with jitter after a dropped connection or a server
 * restart; edits made meanwhile stay in the Y.Doc and merge on return), and keeps what the bar and
 * the presence layer show in one store:
 *
 * - teammates from awareness: name, colour, selection, pointer (graph coordinates) and the nodes
 *   they are dragging (positions while dragging travel in awareness, never in the document);
 * - the room from the server's stateless `room` messages (countdown, freeze, message, shock);
 * - the team's score from the server's `score` messages (computed on the server with core).
 */
import type { Budget } from '@chokepoint/collab';
import type { Model } from '@chokepoint/core';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { createStore, type Store } from '../state/store.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Person {
  clientId: number;
  name: string;
  color: string;
  selection: { nodes: string[]; edges: string[] };
  /** Pointer in graph coordinates, or null when it is off the canvas. */
  cursor: Point | null;
  /** Nodes being dragged and where they are now (graph coordinates), or null. */
  drag: [string, number, number][] | null;
}

export interface RoomState {
  frozen: boolean;
  message: { text: string; at: number } | null;
  timer: { remainingMs: number; running: boolean } | null;
  /** When the timer value arrived (this browser's clock): the countdown runs from here. */
  receivedAt: number;
  debrief: boolean;
  shock: string | null;
  budget: Budget | null;
}

export interface ServerScore {
  score: number | null;
  startScore: number;
  change: number | null;
  valid: boolean;
  shock: string | null;
  served: { demand: number; delivered: number; ratio: number } | null;
  budget?: { amount: number; spent: number | null; over: boolean };
}

export interface LiveState {
  status: 'connecting' | 'connected' | 'offline';
  /** Local changes the server has not acknowledged yet. */
  unsynced: number;
  synced: boolean;
  people: Person[];
  room: RoomState | null;
  score: ServerScore | null;
}

export interface Grant {
  room: string;
  team: string;
  document: string;
  token: string;
  readOnly: boolean;
  startModel: Model;
}

export interface LiveSession {
  readonly grant: Grant;
  readonly name: string;
  readonly color: string;
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly state: Store<LiveState>;
  /** Sets this person's awareness fields (selection, cursor, drag). */
  setPresence(fields: Partial<Pick<Person, 'selection' | 'cursor' | 'drag'>>): void;
  /** Resolves once the document has its first sync from the server. */
  synced: Promise<void>;
  close(): void;
}

const COLORS = ['#d6273b', '#4e79a7', '#59a14f', '#b07aa1', '#f28e2b', '#76b7b2', '#9c755f', '#e15759'];

/** `POST /api/join/<code>`; throws an Error with the server's message when refused. */
export async function joinTeam(
  joinCode: string,
  team: string,
  name: string,
  readOnly: boolean,
  base = '',
): Promise<Grant> {
  const res = await fetch(`${base}/api/join/${encodeURIComponent(joinCode)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ team, name, readOnly }),
  });
  const body = (await res.json().catch(() => ({}))) as Grant & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `the server answered ${res.status}`);
  return body;
}

export function openSession(grant: Grant, name: string, wsUrl: string): LiveSession {
  const doc = new Y.Doc();
  const color = COLORS[doc.clientID % COLORS.length]!;
  const state = createStore<LiveState>({
    status: 'connecting',
    unsynced: 0,
    synced: false,
    people: [],
    room: null,
    score: null,
  });
  const patch = (p: Partial<LiveState>) => state.setState((s) => ({ ...s, ...p }));
  let resolveSynced!: () => void;
  const synced = new Promise<void>((r) => {
    resolveSynced = r;
  });

  // Reconnects by itself after a drop: backoff from 100 ms to 5 s, with jitter so that a room's
  // clients do not all return in the same instant after a server restart.
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    delay: 100,
    minDelay: 100,
    maxDelay: 5000,
    jitter: true,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: grant.document,
    token: grant.token,
    document: doc,
    onStatus: ({ status }) =>
      patch({
        status: status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
      }),
    onSynced: () => {
      patch({ synced: true });
      resolveSynced();
    },
    onUnsyncedChanges: ({ number }) => patch({ unsynced: number }),
    onStateless: ({ payload }) => {
      let msg: { type?: string } & Record<string, unknown>;
      try {
        msg = JSON.parse(payload);
      } catch {
        return;
      }
      if (msg.type === 'score') patch({ score: msg as unknown as ServerScore });
      if (msg.type === 'room') {
        const m = msg as unknown as Omit<RoomState, 'receivedAt'>;
        patch({
          room: {
            frozen: m.frozen,
            message: m.message,
            timer: m.timer,
            debrief: m.debrief,
            shock: m.shock,
            budget: m.budget ?? null,
            receivedAt: Date.now(),
          },
        });
      }
    },
  });
  provider.attach();
  const awareness = provider.awareness!;
  awareness.setLocalStateField('user', { name, color });

  const readPeople = () => {
    const people: Person[] = [];
    for (const [clientId, st] of awareness.getStates()) {
      if (clientId === doc.clientID || !st.user) continue;
      people.push({
        clientId,
        name: String(st.user.name ?? '?'),
        color: String(st.user.color ?? '#888'),
        selection: st.selection ?? { nodes: [], edges: [] },
        cursor: st.cursor ?? null,
        drag: st.drag ?? null,
      });
    }
    people.sort((a, b) => a.clientId - b.clientId);
    patch({ people });
  };
  awareness.on('change', readPeople);

  return {
    grant,
    name,
    color,
    doc,
    provider,
    state,
    setPresence(fields) {
      for (const [k, v] of Object.entries(fields)) awareness.setLocalStateField(k, v);
    },
    synced,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Milliseconds left on the room's countdown now, or null without one. */
export function timeLeft(room: RoomState | null, now = Date.now()): number | null {
  if (!room?.timer) return null;
  const t = room.timer;
  return Math.max(0, t.running ? t.remainingMs - (now - room.receivedAt) : t.remainingMs);
}

export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
