import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { formatIssue } from '../model/issues.ts';
import type { Model } from '../model/schema.ts';
import { MODEL_FORMATS, readModel, writeModel } from './read-model.ts';
import type { DOMParserConstructor } from './xml.ts';

const xml = { DOMParser: DOMParser as unknown as DOMParserConstructor };
const messages = (r: ReturnType<typeof readModel>) => (r.ok ? [] : r.issues.map((i) => formatIssue(i)));

describe('readModel / writeModel', () => {
  it.each(MODEL_FORMATS)('%s: detected from the content alone, every field kept', (format) => {
    const text = writeModel(fullModel(), format);
    const r = readModel(text, xml);
    expect(r.format).toBe(format);
    expect(r.ok && r.model).toEqual(fullModel());
    // A leading BOM and a misleading extension do not matter either.
    expect(readModel(`\uFEFF${text}`, { ...xml, file: 'model.txt' }).ok).toBe(true);
  });

  it.each(['gexf', 'graphml'] as const)(
    '%s: read with no DOMParser given, in Node, where there is no platform parser (core brings one)',
    (format) => {
      expect((globalThis as { DOMParser?: unknown }).DOMParser).toBeUndefined();
      const r = readModel(writeModel(fullModel(), format));
      expect(messages(r)).toEqual([]);
      expect(r.ok && r.model).toEqual(fullModel());
    },
  );

  it('writes chokepoint/v1 with fields in schema order', () => {
    const shuffled = {
      edges: [{ target: 'b', source: 'a' }],
      nodes: [
        { stage: 's', id: 'a' },
        { stage: 's', id: 'b' },
      ],
      stages: ['s'],
      unit: 't',
      name: 'n',
      format: 'chokepoint/v1',
    } as Model;
    expect(writeModel(shuffled, 'chokepoint')).toBe(
      `${JSON.stringify(
        {
          format: 'chokepoint/v1',
          name: 'n',
          unit: 't',
          stages: ['s'],
          nodes: [
            { id: 'a', stage: 's' },
            { id: 'b', stage: 's' },
          ],
          edges: [{ source: 'a', target: 'b' }],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('tells chokepoint/v1 from graphology JSON, and names graphs from their file', () => {
    const graph = JSON.stringify({
      attributes: { unit: 't' },
      nodes: [{ key: 'a', attributes: { stage: 's' } }],
      edges: [],
    });
    const r = readModel(graph, { file: 'data/my-chain.json' });
    expect(r.format).toBe('graphology');
    expect(r.ok && r.model).toEqual({
      format: 'chokepoint/v1',
      name: 'my-chain',
      unit: 't',
      stages: ['s'],
      nodes: [{ id: 'a', stage: 's' }],
      edges: [],
    });
    const v1 = readModel('{"format": "chokepoint/v2"}');
    expect(v1.format).toBe('chokepoint');
    expect(messages(v1)).toContain('$.format: format must be "chokepoint/v1"');
  });

  it('uses the extension when the content cannot say, and the format option over both', () => {
    const r = readModel('', { ...xml, file: 'x.gexf' });
    expect(r.format).toBe('gexf');
    expect(messages(r)[0]).toMatch(/not well-formed GEXF/);
    expect(
      readModel(writeModel(fullModel(), 'gexf'), { ...xml, format: 'graphml' }).issues[0]?.message,
    ).toMatch(/^not a GraphML file: the root element is <gexf>/);
  });

  it('reports bad input as issues, never throwing', () => {
    expect(messages(readModel('{"format": "chokepoint/v1",'))).toEqual([
      'line 1, column 28: not valid JSON: the text ends too early (truncated file?)',
    ]);
    expect(messages(readModel('<?xml version="1.0"?>\n<svg width="1"></svg>'))).toEqual([
      '$: XML, but neither GEXF (<gexf>) nor GraphML (<graphml>): the root element is <svg>',
    ]);
    expect(messages(readModel('x'.repeat(2000), { maxBytes: 1000 }))).toEqual([
      '$: input is 2.0 KB, over the 1000 bytes limit',
    ]);
    expect(messages(readModel('<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', xml))[0]).toMatch(
      /^line 1, column \d+: not well-formed GEXF \(XML\): /,
    );
  });
});
