/**
 * The join view: `/join/<joinCode>?team=<team>&name=<name>`
 * =========================================================
 *
 * Joins the team, waits for the team's document, then starts the editor on it exactly as the solo
 * editor starts (same panels, same `data-testid`s, same analysis worker), with three differences:
 * the model comes from the Y.Doc and goes back to it (yjs-binding.ts), undo is this person's own,
 * and nothing is autosaved in the browser (the server keeps the document). A bar above the editor
 * shows the team, teammates, the countdown, the shock in force, the server's score and the
 * facilitator's message; the canvas shows teammates' pointers, selections and drags.
 */
import { nodeOrigins, overBudget, readModel } from '@chokepoint/collab';
import { createRoot } from 'react-dom/client';
import { connectAnalysis } from '../analysis/analysis-store.ts';
import { App } from '../app/App.tsx';
import type { CanvasController } from '../canvas/canvas-controller.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { createStore, useStore } from '../state/store.ts';
import { PresenceLayer } from './PresenceLayer.tsx';
import { attachPresence } from './presence.ts';
import type { WorkshopRoute } from './route.ts';
import { joinTeam, openSession } from './session.ts';
import { WorkshopBar } from './WorkshopBar.tsx';
import { bindEditorToDoc } from './yjs-binding.ts';
import './workshop.css';

export async function startJoin(root: HTMLElement, route: Extract<WorkshopRoute, { kind: 'join' }>) {
  const message = (title: string, text: string) => {
    root.innerHTML = '';
    const box = document.createElement('div');
    box.className = 'workshop-message';
    box.setAttribute('data-testid', 'join-message');
    const h = document.createElement('h1');
    h.textContent = title;
    const p = document.createElement('p');
    p.textContent = text;
    box.append(h, p);
    root.append(box);
  };
  if (!route.team || !route.name) {
    message('Join a workshop team', 'The link needs ?team=<team>&name=<your name> after the join code.');
    return;
  }
  message('Joining…', `Team ${route.team}`);
  let grant: Awaited<ReturnType<typeof joinTeam>>;
  try {
    grant = await joinTeam(route.joinCode, route.team, route.name, route.readOnly);
  } catch (err) {
    message('Could not join', err instanceof Error ? err.message : String(err));
    return;
  }
  const ws = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`;
  const session = openSession(grant, route.name, ws);
  await session.synced;

  const model = readModel(session.doc);
  const base = createEditor(initialState(model));
  const binding = bindEditorToDoc(base, session.doc, { person: route.name, client: session.doc.clientID });
  const lock = () => {
    const room = session.state.getState().room;
    binding.setLocked(
      grant.readOnly
        ? 'This is a read-only link: it shows the team’s model but cannot change it.'
        : room?.frozen
          ? 'The facilitator has frozen editing.'
          : null,
    );
  };
  lock();
  session.state.subscribe(lock);
  // The room's budget for new capacity: an edit that would spend past it is refused here (the
  // dashboard also flags a team over it, whatever its client did).
  binding.setCheck((prev, next) => {
    const budget = session.state.getState().room?.budget ?? null;
    if (!budget) return null;
    // The document still holds `prev`: its records say which starting node each node is.
    const origins = nodeOrigins(session.doc);
    return overBudget(grant.startModel, prev, next, budget, (id) => origins.get(id) ?? id);
  });
  // The shock the facilitator injected is switched on in the editor too, so the editor's own
  // analysis shows what the team faces (the team may switch it off to compare).
  let shock: string | null = null;
  const followShock = () => {
    const next = session.state.getState().room?.shock ?? null;
    if (next === shock) return;
    shock = next;
    const known = (binding.editor.store.getState().doc.model.scenarios ?? []).some((s) => s.id === next);
    binding.editor.setSession({ activeScenarios: next !== null && known ? [next] : [] });
  };
  followShock();
  session.state.subscribe(followShock);

  const worker = new Worker(new URL('../analysis/analysis.worker.ts', import.meta.url), { type: 'module' });
  const analysis = connectAnalysis(binding.editor, worker);
  const canvas = createStore<CanvasController | null>(null);
  // The same hooks for browser tests as the solo editor's (bootstrap.tsx).
  window.chokepoint = {
    nodePosition: (id) => canvas.getState()?.nodeViewportPosition(id) ?? null,
    nodeLook: (id) => canvas.getState()?.nodeLook(id) ?? null,
    edgeLook: (id) => canvas.getState()?.edgeLook(id) ?? null,
  };
  const presence = attachPresence(binding.editor, canvas, session);
  window.addEventListener('pagehide', () => {
    presence.dispose();
    session.close();
  });
  const services = { editor: binding.editor, analysis: analysis.store, canvas };
  root.innerHTML = '';
  createRoot(root).render(<JoinedApp services={services} session={session} />);
}

function JoinedApp(props: {
  services: Parameters<typeof App>[0]['services'];
  session: ReturnType<typeof openSession>;
}) {
  const unsynced = useStore(props.session.state, (s) => s.unsynced);
  const status = useStore(props.session.state, (s) => s.status);
  return (
    <App
      services={props.services}
      saved={status === 'connected' && unsynced === 0 ? 'saved' : 'saving'}
      workshop={{
        bar: <WorkshopBar session={props.session} />,
        overlay: <PresenceLayer session={props.session} />,
        savedLabel: {
          saved: 'synced with the team',
          saving:
            status === 'connected' ? 'syncing…' : `offline: ${unsynced} edits kept here until it is back`,
        },
      }}
    />
  );
}
