import { describe, expect, it } from 'vitest';
import { readModelFiles } from './files.ts';
import { isConnections, mapSheets } from './sheet-columns.ts';

// Kumu's two-sheet export, as Kumu writes it (Label/Type/Description/Tags; From/To by Label), plus
// columns of our own (Country, Capacity, Demand) and two Kumu columns with no field in chokepoint/v1,
// which are kept as free attributes.
const elements = `Label,Type,Description,Tags,Country,Capacity,Demand,Image
Mine A,mining,Open pit,primary|MSP,AU,100,,a.png
Plant B,separation,,,CN,80,,
Magnets,end-use,Motors,,,,60,
`;
const connections = `From,To,Type,Description,Capacity
Mine A,Plant B,supplies,by sea,
Plant B,Magnets,supplies,,50
`;
const file = (name: string, text: string) => ({ name, text: async () => text });

describe('Kumu sheets and loose column names', () => {
  it('tells connections from elements by their columns', () => {
    expect(isConnections(connections)).toBe(true);
    expect(isConnections(elements)).toBe(false);
    expect(isConnections('source,target\na,b\n')).toBe(true);
  });

  it('maps Kumu columns to chokepoint/v1 and keeps the others as attributes', () => {
    const mapped = mapSheets(
      { name: 'elements.csv', text: elements },
      { name: 'connections.csv', text: connections },
    );
    expect(mapped.nodes.text.split(/\r?\n/)[0]).toBe(
      'id,label,stage,notes,tags,country,capacity,demand,Image',
    );
    expect(mapped.edges.text.split(/\r?\n/)[1]).toBe('Mine A,Plant B,supplies,by sea,');
    expect(mapped.attributes).toEqual(['elements.csv: Image', 'connections.csv: Type']);
    expect(mapped.dropped).toEqual([]);
  });

  it('opens them under any file names, asking for the unit first', async () => {
    const files = [file('map export (2).csv', connections), file('sheet1.csv', elements)];
    const first = await readModelFiles(files);
    expect(first).toMatchObject({ ok: false, needsUnit: true });
    const opened = await readModelFiles(files, { unit: 't per year' });
    if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('; '));
    const { model } = opened;
    expect(model.unit).toBe('t per year');
    expect(model.stages).toEqual(['mining', 'separation', 'end-use']);
    expect(model.nodes[0]).toEqual({
      id: 'Mine A',
      label: 'Mine A',
      stage: 'mining',
      notes: 'Open pit',
      tags: ['primary', 'MSP'],
      country: 'AU',
      capacity: 100,
      attributes: { Image: 'a.png' },
    });
    expect(model.edges).toEqual([
      { source: 'Mine A', target: 'Plant B', notes: 'by sea', attributes: { Type: 'supplies' } },
      { source: 'Plant B', target: 'Magnets', capacity: 50, attributes: { Type: 'supplies' } },
    ]);
    expect(opened.notes).toEqual([
      'Kept as free attributes (no chokepoint/v1 field): sheet1.csv: Image',
      'Kept as free attributes (no chokepoint/v1 field): map export (2).csv: Type',
    ]);
  });

  it('turns From/To labels into ids when the elements have their own ids', async () => {
    const withIds = 'ID,Label,Stage\nm,Mine A,mining\np,Plant B,separation\n';
    const opened = await readModelFiles([file('a.csv', withIds), file('b.csv', 'From,To\nMine A,p\n')], {
      unit: 't',
    });
    if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('; '));
    expect(opened.model.edges).toEqual([{ source: 'm', target: 'p' }]);
  });
});
