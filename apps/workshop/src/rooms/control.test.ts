import { describe, expect, it } from 'vitest';
import { applyControl, ControlError, NO_CONTROL, remaining } from './control.ts';

const MIN = 60_000;

describe('the countdown', () => {
  it('runs from its start, pauses, moves by ±1 min running or paused, and never goes below 0', () => {
    let c = applyControl(NO_CONTROL, { action: 'timer', op: 'start', minutes: 20 }, 0);
    expect(remaining(c.timer!, 5 * MIN)).toBe(15 * MIN);
    c = applyControl(c, { action: 'timer', op: 'pause' }, 5 * MIN);
    expect(remaining(c.timer!, 9 * MIN)).toBe(15 * MIN); // paused: time passes, the clock does not
    c = applyControl(c, { action: 'timer', op: 'add', minutes: 1 }, 9 * MIN);
    expect(c.timer).toEqual({ remainingMs: 16 * MIN, running: false, since: 9 * MIN });
    c = applyControl(c, { action: 'timer', op: 'resume' }, 10 * MIN);
    c = applyControl(c, { action: 'timer', op: 'add', minutes: -1 }, 12 * MIN);
    expect(remaining(c.timer!, 12 * MIN)).toBe(13 * MIN);
    expect(remaining(c.timer!, 40 * MIN)).toBe(0);
    c = applyControl(c, { action: 'timer', op: 'add', minutes: -30 }, 12 * MIN);
    expect(remaining(c.timer!, 12 * MIN)).toBe(0);
  });

  it('refuses what it cannot do, naming the field', () => {
    expect(() => applyControl(NO_CONTROL, { action: 'timer', op: 'pause' }, 0)).toThrow(
      'no countdown has been started',
    );
    expect(() => applyControl(NO_CONTROL, { action: 'timer', op: 'start', minutes: 0 }, 0)).toThrow(
      ControlError,
    );
    expect(() => applyControl(NO_CONTROL, { action: 'freeze', frozen: 'yes' }, 0)).toThrow('"frozen"');
    expect(() => applyControl(NO_CONTROL, { action: 'message', text: 'x'.repeat(501) }, 0)).toThrow('500');
  });
});

describe('freeze, message, debrief', () => {
  it('sets each without touching the others', () => {
    let c = applyControl(NO_CONTROL, { action: 'freeze', frozen: true }, 0);
    c = applyControl(c, { action: 'message', text: '  Five minutes  ' }, 7);
    c = applyControl(c, { action: 'debrief', debrief: true }, 8);
    expect(c).toEqual({
      frozen: true,
      message: { text: 'Five minutes', at: 7 },
      timer: null,
      debrief: true,
      budget: null,
    });
    expect(applyControl(c, { action: 'budget', amount: 1000, capacityCost: 2.5 }, 9).budget).toEqual({
      amount: 1000,
      capacityCost: 2.5,
    });
    expect(() => applyControl(c, { action: 'budget', amount: -1, capacityCost: 1 }, 9)).toThrow('"amount"');
    expect(applyControl(c, { action: 'message', text: null }, 9).message).toBeNull();
  });
});
