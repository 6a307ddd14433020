/**
 * The hand-worked chain of issue 14 (docs/time.md, "Worked by hand"): NdPr 40 t/day, two Dy suppliers
 * of 0.6 t/day (one holding 2 t), a magnet plant needing 0.3 t NdPr + 0.01 t Dy per t (150 t/day, 200 t
 * in stock), demand 100 t/day; every supplier and the plant recover in 15 days.
 */
import type { Model } from '../../src/model/schema.ts';

export const perYear = (perDay: number) => perDay * 365;

export function magnetChain(): Model {
  return {
    format: 'chokepoint/v1',
    name: 'Magnet chain with stocks',
    unit: 't',
    stages: ['oxide', 'magnet', 'use'],
    nodes: [
      { id: 'ndpr', stage: 'oxide', capacity: perYear(40), commodity: 'NdPr', recoveryDays: 15 },
      { id: 'dy-a', stage: 'oxide', capacity: perYear(0.6), commodity: 'Dy', recoveryDays: 15 },
      { id: 'dy-b', stage: 'oxide', capacity: perYear(0.6), commodity: 'Dy', stock: 2, recoveryDays: 15 },
      {
        id: 'plant',
        stage: 'magnet',
        capacity: perYear(150),
        stock: 200,
        commodity: 'magnet',
        recipe: [
          { commodity: 'NdPr', ratio: 0.3 },
          { commodity: 'Dy', ratio: 0.01 },
        ],
        recoveryDays: 15,
      },
      { id: 'motors', stage: 'use', demand: perYear(100) },
    ],
    edges: [
      { source: 'ndpr', target: 'plant' },
      { source: 'dy-a', target: 'plant' },
      { source: 'dy-b', target: 'plant' },
      { source: 'plant', target: 'motors' },
    ],
  };
}
