/**
 * The dashboard's side of the workshop API (apps/workshop/src/http/api.ts): the same origin, the
 * facilitator's secret (or the projector's key) from the page's address sent as a Bearer token.
 */
import type { TeamScore } from '@chokepoint/collab';
import type { Model } from '@chokepoint/core';

/** A team's row on the dashboard: the server's score (@chokepoint/collab), with its model at the debrief. */
export interface TeamRow extends TeamScore {
  model?: Model;
}

export interface Control {
  frozen: boolean;
  message: { text: string; at: number } | null;
  timer: { remainingMs: number; running: boolean; since: number } | null;
  debrief: boolean;
  budget?: { amount: number; capacityCost: number } | null;
}

export interface DashboardData {
  room: string;
  name: string;
  joinCode: string;
  shock: { all: string | null; teams: Record<string, string | null> };
  control: Control;
  now: number;
  scenarios: { id: string; label: string }[];
  teams: TeamRow[];
  startModel?: Model;
}

export interface HistoryRow {
  at: number;
  shock: string | null;
  score: number | null;
  delivered: number | null;
  demand: number | null;
}

export interface DebriefData {
  room: string;
  name: string;
  startModel: Model;
  teams: (TeamRow & { model: Model; history: HistoryRow[] })[];
}

export class DashboardApi {
  constructor(
    readonly room: string,
    private readonly key: string,
  ) {}

  private async call<T>(path: string, body?: unknown): Promise<T> {
    const res = await fetch(`/api/rooms/${encodeURIComponent(this.room)}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json().catch(() => ({}))) as T & { error?: string };
    if (!res.ok) throw new Error(json.error ?? `the server answered ${res.status}`);
    return json;
  }

  dashboard = () => this.call<DashboardData>('dashboard?models=1');
  debrief = () => this.call<DebriefData>('debrief');
  exportSession = () => this.call<Record<string, unknown>>('export');
  inject = (scenario: string | null, team: string | null) => this.call('inject', { scenario, team });
  control = (action: Record<string, unknown>) => this.call('control', action);
  projector = () => this.call<{ projectorUrl: string }>('projector', {});
}
