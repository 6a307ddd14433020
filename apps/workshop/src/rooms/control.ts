import type { Budget } from '@chokepoint/collab';

/**
 * The facilitator's controls: countdown, freeze, broadcast, debrief, budget
 * =================================================================
 *
 * Kept per room on the server (and in SQLite, so a restart keeps them) and sent to every team's
 * clients as a Hocuspocus stateless message `{"type":"room", …}` whenever they change and when a
 * client connects. The countdown travels as "this many milliseconds left, running or not", so each
 * client counts down from when it received it and clocks that disagree do not matter.
 *
 * - `frozen`: nobody may edit (the server makes every team connection read-only; the editor refuses
 *   edits with the reason);
 * - `message`: the last broadcast, or null;
 * - `timer`: the countdown, or null when none was started; ±1 min moves it whether running or paused;
 * - `debrief`: the debrief has begun: participants may now read every team's results;
 * - `budget`: what each team may spend on new capacity and what a unit costs (`spending` in
 *   @chokepoint/collab), or null for no budget. The editor refuses an edit that would go over; the
 *   server flags a team over it on the dashboard (a client that skipped the check would show there).
 */

export interface Timer {
  /** Milliseconds left when `since` was taken. */
  remainingMs: number;
  running: boolean;
  /** When `remainingMs` was measured (server clock, ms since the epoch). */
  since: number;
}

export interface Control {
  frozen: boolean;
  message: { text: string; at: number } | null;
  timer: Timer | null;
  debrief: boolean;
  budget?: Budget | null;
}

export const NO_CONTROL: Control = {
  frozen: false,
  message: null,
  timer: null,
  debrief: false,
  budget: null,
};

export type ControlAction =
  | { action: 'freeze'; frozen: boolean }
  | { action: 'message'; text: string | null }
  | { action: 'timer'; op: 'start'; minutes: number }
  | { action: 'timer'; op: 'pause' | 'resume' | 'clear' }
  | { action: 'timer'; op: 'add'; minutes: number }
  | { action: 'debrief'; debrief: boolean }
  | { action: 'budget'; budget: Budget | null };

export class ControlError extends Error {}

/** Milliseconds left on the countdown at `now` (never below 0). */
export function remaining(timer: Timer, now: number): number {
  return Math.max(0, timer.running ? timer.remainingMs - (now - timer.since) : timer.remainingMs);
}

/** The control after `action`, or a ControlError naming what is wrong with it. */
export function applyControl(control: Control, input: unknown, now: number): Control {
  const a = checkAction(input);
  switch (a.action) {
    case 'freeze':
      return { ...control, frozen: a.frozen };
    case 'message':
      return { ...control, message: a.text === null ? null : { text: a.text, at: now } };
    case 'debrief':
      return { ...control, debrief: a.debrief };
    case 'budget':
      return { ...control, budget: a.budget };
    case 'timer': {
      const t = control.timer;
      if (a.op === 'start')
        return { ...control, timer: { remainingMs: a.minutes * 60_000, running: true, since: now } };
      if (a.op === 'clear') return { ...control, timer: null };
      if (!t) throw new ControlError('no countdown has been started');
      const left = remaining(t, now);
      if (a.op === 'pause') return { ...control, timer: { remainingMs: left, running: false, since: now } };
      if (a.op === 'resume') return { ...control, timer: { remainingMs: left, running: true, since: now } };
      if (a.op !== 'add') return control;
      return {
        ...control,
        timer: { remainingMs: Math.max(0, left + a.minutes * 60_000), running: t.running, since: now },
      };
    }
  }
}

function checkAction(input: unknown): ControlAction {
  const a = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  switch (a.action) {
    case 'freeze':
      if (typeof a.frozen !== 'boolean') throw new ControlError('"frozen" must be true or false');
      return { action: 'freeze', frozen: a.frozen };
    case 'debrief':
      if (typeof a.debrief !== 'boolean') throw new ControlError('"debrief" must be true or false');
      return { action: 'debrief', debrief: a.debrief };
    case 'budget': {
      if (a.amount === null) return { action: 'budget', budget: null };
      const ok = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
      if (!ok(a.amount) || !ok(a.capacityCost))
        throw new ControlError(
          '"amount" and "capacityCost" must be numbers ≥ 0 ("amount": null removes the budget)',
        );
      return {
        action: 'budget',
        budget: { amount: a.amount as number, capacityCost: a.capacityCost as number },
      };
    }
    case 'message':
      if (a.text !== null && (typeof a.text !== 'string' || a.text.length > 500))
        throw new ControlError('"text" must be a string of at most 500 characters, or null to clear it');
      return { action: 'message', text: a.text === null ? null : (a.text as string).trim() || null };
    case 'timer': {
      if (a.op === 'pause' || a.op === 'resume' || a.op === 'clear') return { action: 'timer', op: a.op };
      if (a.op === 'start' || a.op === 'add') {
        const m = a.minutes;
        if (
          typeof m !== 'number' ||
          !Number.isFinite(m) ||
          Math.abs(m) > 24 * 60 ||
          (a.op === 'start' && m <= 0)
        )
          throw new ControlError(
            `"minutes" must be a number of minutes${a.op === 'start' ? ' above 0' : ''}`,
          );
        return { action: 'timer', op: a.op, minutes: m };
      }
      throw new ControlError('"op" must be start, pause, resume, add or clear');
    }
    default:
      throw new ControlError('"action" must be freeze, message, timer, debrief or budget');
  }
}
