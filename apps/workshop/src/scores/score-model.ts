/**
 * One team's score
 * ================
 *
 * The dashboard's figures for a team, computed with core: the resilience score and served supply of
 * its model under the shock in force, and the change since the start, which is the team's score
 * minus the score the room's starting model gets under the same shock (so a shock moves every team's
 * score but not its change: the change is what the team's own work earned). The N-k worst-case
 * search is skipped (`worstCase: []`): the score does not use it and it is the one costly kernel.
 * A model that concurrent edits left invalid is reported with core's messages instead of a score.
 */

import type { TeamScore as SharedTeamScore } from '@chokepoint/collab';
import { analyze, formatIssue, type Model, type Scenario, validateModel } from '@chokepoint/core';
import { shockForModel } from '../rooms/shock.ts';

/** The shared row (@chokepoint/collab) and what only the server keeps. */
export interface TeamScore extends SharedTeamScore {
  /**
   * The team document's state vector when scored, `{ clientID: clock }`: a client's edit made when
   * its clock was k is included once clocks[clientID] > k (the load test measures latency by it).
   */
  clocks: Record<string, number>;
}

export function scoreModel(
  model: Model,
  shock: Scenario | null,
): { score: number; served: TeamScore['served'] } {
  const report = analyze(model, { scenario: shock ? shockForModel(shock, model) : null, worstCase: [] });
  return { score: report.resilience.score, served: report.supply };
}

export function teamScore(
  team: string,
  raw: unknown,
  shock: Scenario | null,
  startScore: number,
  version: number,
  clocks: Record<string, number> = {},
): TeamScore {
  const base = { team, shock: shock?.id ?? null, startScore, at: Date.now(), version, clocks };
  const checked = validateModel(raw);
  if (!checked.ok) {
    return {
      ...base,
      valid: false,
      score: null,
      change: null,
      served: null,
      issues: checked.issues.slice(0, 10).map((i) => formatIssue(i)),
    };
  }
  const { score, served } = scoreModel(checked.model, shock);
  return { ...base, valid: true, score, change: score - startScore, served, issues: [] };
}
