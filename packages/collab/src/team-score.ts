/**
 * A team's score as the workshop server computes it and the dashboard reads it: the one shape both
 * sides of the wire share (apps/workshop/src/scores, apps/editor/src/workshop/dashboard).
 */
export interface TeamScore {
  team: string;
  /** The scenario id in force, or null. */
  shock: string | null;
  valid: boolean;
  /** 0–100, null when the model is invalid. */
  score: number | null;
  startScore: number;
  /** score − startScore, null when the model is invalid. */
  change: number | null;
  served: { demand: number; delivered: number; ratio: number } | null;
  /** Core's validation messages (with JSON paths) when the model is invalid; at most 10. */
  issues: string[];
  /** When this was computed (ms since the epoch) and how many times the team has been scored. */
  at: number;
  version: number;
  /**
   * With a budget: what the team has spent on new capacity (`spending`; null when it made a node
   * unlimited, which no budget covers) and whether it is over. Without a budget, both absent.
   */
  budget?: { amount: number; spent: number | null; over: boolean };
}
