import { describe, expect, it } from 'vitest';
import { edit, refused } from '../../test/edit-helpers.ts';
import { addEdge, removeEdge, updateEdge } from './edge-ops.ts';

describe('addEdge', () => {
  it('adds an edge, known afterwards by its derived id', () => {
    const m = edit(addEdge, { edge: { source: 'au-mine', target: 'jp-mag', capacity: 3 } });
    expect(m.edges.at(-1)).toEqual({ source: 'au-mine', target: 'jp-mag', capacity: 3 });
    // A parallel edge is fine once it carries another commodity.
    edit(addEdge, { edge: { source: 'au-mine', target: 'cn-sep', commodity: 'acid' } });
  });

  it.each([
    [{ source: 'au-mine', target: 'ghost' }, 'edge "au-mine->ghost": target "ghost" is not a node id'],
    [{ source: 'au-mine', target: 'au-mine' }, 'edge "au-mine->au-mine": a self-loop on "au-mine"'],
    [
      { source: 'ev', target: 'jp-mag' },
      'edge "ev->jp-mag": "ev" has a demand, so it is a consumer (sink) and cannot have outgoing edges',
    ],
    [
      { source: 'au-mine', target: 'cn-sep' },
      'there is already an edge "au-mine->cn-sep" (give parallel edges an "id" or a "commodity")',
    ],
    [{ id: 'e1', source: 'au-mine', target: 'jp-mag' }, 'there is already an edge "e1"'],
    [{ source: 'au-mine', target: 'jp-mag', capacity: -1 }, 'edge "au-mine->jp-mag": capacity must be ≥ 0'],
    [{ source: 'au-mine' }, 'edge "(no ends)": target'],
  ])('refuses %j', (edge, message) => {
    const err = refused(addEdge, { edge: edge as never });
    expect(err.message).toContain(message);
  });
});

describe('updateEdge', () => {
  it('finds edges by explicit or derived id and changes any field', () => {
    const m = edit(updateEdge, { id: 'cn-sep->jp-mag', changes: { capacity: null, citation: 'new' } });
    expect(m.edges[2]).toEqual({ source: 'cn-sep', target: 'jp-mag', citation: 'new' });
    const m2 = edit(updateEdge, { id: 'e1', changes: { notes: undefined, leadTimeDays: 7 } });
    expect(m2.edges[0]).not.toHaveProperty('notes');
    expect(m2.edges[0]?.leadTimeDays).toBe(7);
  });

  it('moves an end; a derived id follows', () => {
    const m = edit(updateEdge, { id: 'row-rec->jp-mag', changes: { source: 'au-mine' } });
    expect(m.edges[3]).toEqual({ source: 'au-mine', target: 'jp-mag' });
  });

  it.each([
    [{ id: 'x->y', changes: {} }, 'there is no edge "x->y"'],
    [{ id: 'e1', changes: { source: null } }, 'edge "e1": "source" cannot be removed'],
    [{ id: 'e1', changes: { target: 'cn-mine' } }, 'edge "e1": a self-loop on "cn-mine"'],
    [{ id: 'e1', changes: { target: 'nowhere' } }, 'edge "e1": target "nowhere" is not a node id'],
    [{ id: 'au-mine->cn-sep', changes: { source: 'ev' } }, '"ev" has a demand'],
    [{ id: 'au-mine->cn-sep', changes: { id: 'e1' } }, 'there is already an edge "e1"'],
    [{ id: 'row-rec->jp-mag', changes: { source: 'cn-sep' } }, 'there is already an edge "cn-sep->jp-mag"'],
    [{ id: 'e1', changes: { leadTimeDays: Number.NaN } }, 'edge "e1": leadTimeDays'],
  ])('refuses %j', (args, message) => {
    expect(refused(updateEdge, args as never).message).toContain(message);
  });
});

describe('removeEdge', () => {
  it('removes by derived or explicit id', () => {
    expect(edit(removeEdge, { id: 'au-mine->cn-sep' }).edges.map((e) => e.source)).toEqual([
      'cn-mine',
      'cn-sep',
      'row-rec',
      'jp-mag',
    ]);
    expect(edit(removeEdge, { id: 'e1' }).edges).toHaveLength(4);
  });
  it('refuses an unknown edge', () => {
    const err = refused(removeEdge, { id: 'cn-mine->cn-sep' });
    expect(err.message).toBe('there is no edge "cn-mine->cn-sep"');
    expect(err.edgeId).toBe('cn-mine->cn-sep');
  });
});
