import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { noFilter } from '../state/editor-state.ts';
import { filterOptions, passingNodes, reachable } from './filter.ts';

// The small chain, by hand:
//   cn-mine → cn-sep → cn-mag → ev, wind
//   au-mine → my-sep → jp-mag → ev;  au-mine → cn-sep;  cn-sep → jp-mag
describe('filters and focus', () => {
  const model = smallMagnetChain();

  it('filters nothing without a filter', () => {
    expect(passingNodes(model, noFilter)).toBeNull();
  });

  it('keeps nodes whose value is in every non-empty list', () => {
    const cn = passingNodes(model, { ...noFilter, countries: ['CN'] });
    expect([...cn!].sort()).toEqual(['cn-mag', 'cn-mine', 'cn-sep']);
    const cnSeparation = passingNodes(model, {
      ...noFilter,
      countries: ['CN', 'MY'],
      stages: ['separation'],
    });
    expect([...cnSeparation!].sort()).toEqual(['cn-sep', 'my-sep']);
  });

  it('matches tags by any one tag, and commodities by what a node makes or its edges carry', () => {
    const tagged = structuredClone(model);
    tagged.nodes.find((n) => n.id === 'au-mine')!.tags = ['MSP', 'primary'];
    tagged.edges.find((e) => e.source === 'cn-mag' && e.target === 'wind')!.commodity = 'magnets';
    expect([...passingNodes(tagged, { ...noFilter, tags: ['primary'] })!]).toEqual(['au-mine']);
    expect([...passingNodes(tagged, { ...noFilter, commodities: ['magnets'] })!].sort()).toEqual([
      'cn-mag',
      'wind',
    ]);
  });

  it('focuses on what is upstream, downstream, or both of a node', () => {
    expect([...reachable(model, 'jp-mag', 'upstream')].sort()).toEqual([
      'au-mine',
      'cn-mine',
      'cn-sep',
      'jp-mag',
      'my-sep',
    ]);
    expect([...reachable(model, 'cn-sep', 'downstream')].sort()).toEqual([
      'cn-mag',
      'cn-sep',
      'ev',
      'jp-mag',
      'wind',
    ]);
    expect([...reachable(model, 'my-sep', 'both')].sort()).toEqual(['au-mine', 'ev', 'jp-mag', 'my-sep']);
    // Focus and filters combine.
    const focus = { node: 'cn-sep', direction: 'downstream' as const };
    expect([...passingNodes(model, { ...noFilter, focus, countries: ['CN'] })!].sort()).toEqual([
      'cn-mag',
      'cn-sep',
    ]);
  });

  it('offers the values the model has', () => {
    expect(filterOptions(model).countries).toEqual(['AU', 'CN', 'JP', 'MY']);
    expect(filterOptions(model).stages).toEqual(['mining', 'separation', 'magnet', 'end-use']);
  });
});
