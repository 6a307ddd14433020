/**
 * Live scores
 * ===========
 *
 * After a team's document changes, the scorer waits `debounceMs` (so a burst of keystrokes is scored
 * once), reads the model from the document, scores it (score-model.ts) and publishes the result: kept
 * for the dashboard endpoint, appended to the score history in SQLite (the session export), and sent
 * to the team's connected clients as a Hocuspocus stateless message `{"type":"score", …}`. An inject
 * rescores every team it touches at once.
 */

import { nodeOrigins, readModel, spending } from '@chokepoint/collab';
import type { Model } from '@chokepoint/core';
import * as Y from 'yjs';
import { documentName, type Rooms } from '../rooms/rooms.ts';
import type { Db } from '../store/database.ts';
import { loadState } from '../store/durable-sqlite.ts';
import { scoreModel, type TeamScore, teamScore } from './score-model.ts';

export interface LiveDocument {
  doc: Y.Doc;
  broadcastStateless(payload: string): void;
}

export class Scorer {
  private readonly latest = new Map<string, TeamScore>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly startScores = new Map<string, number>();
  private version = 0;

  constructor(
    private readonly db: Db,
    private readonly rooms: Rooms,
    private readonly live: (documentName: string) => LiveDocument | undefined,
    private readonly debounceMs: number,
  ) {}

  /**
   * A team's document changed: score it `debounceMs` after the first change not yet scored. Later
   * changes ride along with that score instead of pushing it back, so a team that never stops
   * typing is still scored every `debounceMs`.
   */
  changed(room: string, team: string): void {
    if (this.timers.has(documentName(room, team))) return;
    this.schedule(room, team, this.debounceMs);
  }

  /** Rescore every team of the room now (after an inject). */
  rescoreRoom(room: string): void {
    for (const team of this.rooms.teams(room)) this.schedule(room, team, 0);
  }

  /** The latest score of each team that has joined, computing any not scored yet. */
  scores(room: string): TeamScore[] {
    return this.rooms
      .teams(room)
      .map((team) => this.latest.get(documentName(room, team)) ?? this.score(room, team));
  }

  /** Every score computed for the team, oldest first (the session export). */
  history(room: string, team: string) {
    return this.db
      .prepare(
        'SELECT at, shock, score, delivered, demand FROM scores WHERE room = ? AND team = ? ORDER BY rowid',
      )
      .all(room, team) as {
      at: number;
      shock: string | null;
      score: number | null;
      delivered: number | null;
      demand: number | null;
    }[];
  }

  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(room: string, team: string, delay: number): void {
    const name = documentName(room, team);
    clearTimeout(this.timers.get(name));
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        this.score(room, team);
      }, delay),
    );
  }

  private score(room: string, team: string): TeamScore {
    const name = documentName(room, team);
    const shock = this.rooms.shockFor(room, team);
    const start = this.startScore(room, shock?.id ?? null);
    let result: TeamScore;
    const { model, clocks, origins } = this.currentState(room, team);
    try {
      result = teamScore(team, model, shock, start, ++this.version, clocks);
    } catch (err) {
      // analyze refuses some models validateModel accepts only in corner cases; report, never crash.
      result = {
        team,
        shock: shock?.id ?? null,
        valid: false,
        score: null,
        startScore: start,
        change: null,
        served: null,
        issues: [err instanceof Error ? err.message : String(err)],
        at: Date.now(),
        version: this.version,
        clocks,
      };
    }
    const budget = this.rooms.get(room)!.control.budget;
    if (budget) {
      const spent = spending(
        this.rooms.get(room)!.model,
        model,
        budget.capacityCost,
        (id) => origins.get(id) ?? id,
      );
      result.budget = {
        amount: budget.amount,
        spent: Number.isFinite(spent) ? spent : null,
        over: spent > budget.amount,
      };
    }
    this.latest.set(name, result);
    this.db
      .prepare(
        'INSERT INTO scores (room, team, at, shock, score, delivered, demand) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        room,
        team,
        result.at,
        result.shock,
        result.score,
        result.served?.delivered ?? null,
        result.served?.demand ?? null,
      );
    this.live(name)?.broadcastStateless(JSON.stringify({ type: 'score', ...result }));
    return result;
  }

  private startScore(room: string, shockId: string | null): number {
    const key = `${room}\0${shockId ?? ''}`;
    let s = this.startScores.get(key);
    if (s === undefined) {
      const model = this.rooms.get(room)!.model;
      const shock = shockId === null ? null : (model.scenarios ?? []).find((x) => x.id === shockId)!;
      s = scoreModel(model, shock).score;
      this.startScores.set(key, s);
    }
    return s;
  }

  /** The team's model: from the live document, else from SQLite, else the room's starting model. */
  currentModel(room: string, team: string): Model {
    return this.currentState(room, team).model;
  }

  /** The team's model and the document's state vector (which edits the model includes). */
  private currentState(
    room: string,
    team: string,
  ): { model: Model; clocks: Record<string, number>; origins: Map<string, string> } {
    const name = documentName(room, team);
    const live = this.live(name);
    if (live)
      return { model: readModel(live.doc), clocks: clocksOf(live.doc), origins: nodeOrigins(live.doc) };
    const state = loadState(this.db, name);
    if (state === null) return { model: this.rooms.get(room)!.model, clocks: {}, origins: new Map() };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const out = { model: readModel(doc), clocks: clocksOf(doc), origins: nodeOrigins(doc) };
    doc.destroy();
    return out;
  }
}

/** The state vector as `{ clientID: clock }`: an edit by client c at clock k is in if clocks[c] > k. */
function clocksOf(doc: Y.Doc): Record<string, number> {
  return Object.fromEntries(
    [...Y.decodeStateVector(Y.encodeStateVector(doc))].map(([c, k]) => [String(c), k]),
  );
}
