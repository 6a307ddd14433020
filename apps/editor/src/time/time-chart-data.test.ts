import type { Report, Timeline } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { MAX_STOCK_LINES, scatterPoints, timelineSeries } from './time-chart-data.ts';

const timeline = (stocks: number): Timeline => ({
  model: 'm',
  unit: 't',
  scenario: null,
  days: 3,
  stepDays: 1,
  durationDays: null,
  day: [1, 2, 3],
  delivered: [100, 60, 100],
  demand: [100, 100, 100],
  sinks: [],
  stocks: Array.from({ length: stocks }, (_, i) => ({
    id: `s${i}`,
    label: `S${i}`,
    initial: 10 * (i + 1),
    left: [9 * (i + 1), 8 * (i + 1), 7 * (i + 1)],
  })),
  events: [],
});

describe('the time chart’s series', () => {
  it('start at day 0 with the first rate and the initial stock', () => {
    const [delivered, demand, stock] = timelineSeries(timeline(1));
    expect(delivered!.points).toEqual([
      { x: 0, y: 100 },
      { x: 1, y: 100 },
      { x: 2, y: 60 },
      { x: 3, y: 100 },
    ]);
    expect(demand!.axis).toBe('flow');
    expect(stock).toMatchObject({ id: 'stock:s0', axis: 'stock' });
    expect(stock!.points[0]).toEqual({ x: 0, y: 10 });
  });

  it('draw the biggest stocks and sum the rest', () => {
    const series = timelineSeries(timeline(MAX_STOCK_LINES + 2));
    const stocks = series.filter((s) => s.axis === 'stock');
    expect(stocks).toHaveLength(MAX_STOCK_LINES + 1);
    expect(stocks[0]!.id).toBe(`stock:s${MAX_STOCK_LINES + 1}`); // the biggest first
    // The two smallest (initial 10 and 20) are summed.
    expect(stocks.at(-1)).toMatchObject({ id: 'stock:other', label: '2 other stocks' });
    expect(stocks.at(-1)!.points.map((p) => p.y)).toEqual([30, 27, 24, 21]);
  });
});

describe('the TTS-vs-TTR scatter', () => {
  it('places nodes with both figures, the ones to act on first; counts the unbounded', () => {
    const node = (id: string, tts: number | null | undefined, ttr: number | null, actOn = false) =>
      ({ id, label: id, timeToSurviveDays: tts, timeToRecoverDays: ttr, actOn }) as Report['nodes'][number];
    const report = {
      nodes: [
        node('calm', 30, 10),
        node('act', 2, 15, true),
        node('free', null, 15),
        node('no-ttr', 5, null),
        node('consumer', undefined, null),
      ],
    } as Report;
    expect(scatterPoints(report)).toEqual({
      points: [
        { id: 'act', label: 'act', tts: 2, ttr: 15, actOn: true },
        { id: 'calm', label: 'calm', tts: 30, ttr: 10, actOn: false },
      ],
      unbounded: 1,
    });
  });
});
