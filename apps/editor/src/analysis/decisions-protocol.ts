/**
 * Messages between the editor and its decisions worker
 * ====================================================
 *
 * Political risk, the cheapest fix and the adversary cut (docs/uncertainty.md) run on demand in a
 * worker of their own, so a 10,000-year Monte Carlo never holds up the live score. Risk reports
 * progress as it draws; every answer carries the request's sequence number.
 */
import type {
  AdversaryCut,
  AdversaryOptions,
  LeverOption,
  LeverRanking,
  Model,
  RankOptions,
  RiskOptions,
  RiskReport,
  Scenario,
  Suggestion,
  SuggestOptions,
} from '@chokepoint/core';

export type DecisionsRequest =
  | {
      seq: number;
      kind: 'risk';
      model: Model;
      scenario: Scenario | null;
      options: Omit<RiskOptions, 'onProgress' | 'scenario'>;
    }
  | {
      seq: number;
      kind: 'suggest';
      model: Model;
      scenario: Scenario | null;
      options: Omit<SuggestOptions, 'scenario'>;
    }
  | {
      seq: number;
      kind: 'levers';
      model: Model;
      scenario: Scenario | null;
      levers: LeverOption[];
      options: Omit<RankOptions, 'shock'>;
    }
  | {
      seq: number;
      kind: 'adversary';
      model: Model;
      scenario: Scenario | null;
      options: Omit<AdversaryOptions, 'scenario'>;
    };

export type DecisionsResult =
  | { kind: 'risk'; report: RiskReport }
  | { kind: 'suggest'; suggestion: Suggestion }
  | { kind: 'adversary'; cut: AdversaryCut }
  | { kind: 'levers'; ranking: LeverRanking };

export type DecisionsResponse =
  | { seq: number; type: 'progress'; done: number; total: number }
  | { seq: number; type: 'done'; result: DecisionsResult; ms: number }
  /** A sentence for the panel: what stopped it (no risk figures, a bad target, a model mid-edit). */
  | { seq: number; type: 'failed'; message: string };
