import { describe, expect, it } from 'vitest';
import { edit, refused } from '../../test/edit-helpers.ts';
import { fullModel } from '../../test/full-model.ts';
import { renameNode } from './rename-node.ts';

describe('renameNode', () => {
  it('rewrites edges and scenario references', () => {
    const m = edit(renameNode, { from: 'cn-sep', to: 'cn-separation' });
    expect(m.nodes[2]?.id).toBe('cn-separation');
    expect(m.edges.map((e) => `${e.source}->${e.target}`)).toEqual([
      'cn-mine->cn-separation',
      'au-mine->cn-separation',
      'cn-separation->jp-mag',
      'row-rec->jp-mag',
      'jp-mag->ev',
    ]);
    expect(m.edges[0]?.id).toBe('e1'); // a name of its own: kept
    expect(m.scenarios?.[1]?.perturbations[1]).toEqual({
      type: 'capacity',
      node: 'cn-separation',
      factor: 0.5,
    });
  });

  it('renames explicit edge ids spelled like derived ones', () => {
    const model = fullModel();
    model.edges[1]!.id = 'au-mine->cn-sep';
    model.edges[2]!.id = 'cn-sep->jp-mag:magnets';
    model.edges[2]!.commodity = 'magnets';
    const m = edit(renameNode, { from: 'cn-sep', to: 'sep' }, model);
    expect(m.edges[1]?.id).toBe('au-mine->sep');
    expect(m.edges[2]?.id).toBe('sep->jp-mag:magnets');
  });

  it('does nothing when the name does not change', () => {
    expect(edit(renameNode, { from: 'ev', to: 'ev' })).toEqual(fullModel());
  });

  it.each([
    [{ from: 'ghost', to: 'x' }, 'there is no node "ghost"'],
    [{ from: 'ev', to: 'jp-mag' }, 'cannot rename "ev" to "jp-mag": there is already a node "jp-mag"'],
    [{ from: 'ev', to: '' }, 'new node id must be a non-empty string, got ""'],
    [{ from: 'ev', to: 'x'.repeat(201) }, 'is over 200 characters'],
  ])('refuses %j', (args, message) => {
    expect(refused(renameNode, args).message).toContain(message);
  });

  it('refuses a rename that would give two edges the same id', () => {
    const model = fullModel();
    model.edges.push({ id: 'au-mine->x', source: 'cn-mine', target: 'jp-mag' });
    const err = refused(renameNode, { from: 'cn-sep', to: 'x' }, model);
    expect(err.message).toBe(
      'cannot rename "cn-sep" to "x": an edge would get the id "au-mine->x", which another edge already has',
    );
  });
});
