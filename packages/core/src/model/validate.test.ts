import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, formatJsonPath } from './issues.ts';
import { parseModelText, validateModel } from './validate.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url), 'utf8');

const base = () => ({
  format: 'chokepoint/v1',
  name: 'T',
  unit: 't',
  stages: ['mining', 'end-use'],
  nodes: [
    { id: 'm', stage: 'mining', country: 'CN', capacity: 10 },
    { id: 'd', stage: 'end-use', demand: 5 },
  ] as Record<string, unknown>[],
  edges: [{ source: 'm', target: 'd' }] as Record<string, unknown>[],
});

const messages = (input: unknown) => {
  const r = validateModel(input);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i));
};

describe('validateModel', () => {
  it('accepts the issue example and a fixture', () => {
    expect(validateModel(base()).ok).toBe(true);
    expect(parseModelText(fixture('small-magnet-chain.json')).ok).toBe(true);
  });

  it('rejects a wrong format', () => {
    expect(messages({ ...base(), format: 'chokepoint/v2' })).toEqual([
      '$.format: format must be "chokepoint/v1"',
    ]);
  });

  it('names the node and path of an unknown stage', () => {
    const m = base();
    m.nodes[0]!.stage = 'smelting';
    expect(messages(m)).toEqual([
      '$.nodes[0].stage (node "m"): unknown stage "smelting" (stages are: mining, end-use)',
    ]);
  });

  it('names the edge of a dangling reference', () => {
    const m = base();
    m.edges.push({ source: 'm', target: 'ghost' });
    expect(messages(m)).toEqual(['$.edges[1].target (edge "m->ghost"): target "ghost" is not a node id']);
  });

  it('reports duplicate node ids', () => {
    const m = base();
    m.nodes.push({ id: 'm', stage: 'mining' });
    expect(messages(m)).toEqual(['$.nodes[2].id (node "m"): duplicate node id "m"']);
  });

  it('reports duplicate derived edge ids with a hint', () => {
    const m = base();
    m.edges.push({ source: 'm', target: 'd', capacity: 3 });
    expect(messages(m)[0]).toMatch(
      /duplicate edge id "m->d", first used at \$\.edges\[0\].*give parallel edges/,
    );
  });

  it('rejects negative and non-numeric capacities', () => {
    const m = base();
    m.nodes[0]!.capacity = -1;
    m.edges[0]!.capacity = '12';
    expect(messages(m)).toEqual([
      '$.edges[0].capacity (edge "m->d"): capacity: expected number, got the string "12"',
      '$.nodes[0].capacity (node "m"): capacity must be ≥ 0',
    ]);
  });

  it('rejects a sink with outgoing edges and self-loops', () => {
    const m = base();
    m.nodes.push({ id: 'x', stage: 'end-use' });
    m.edges.push({ source: 'd', target: 'x' }, { source: 'x', target: 'x' });
    const out = messages(m);
    expect(out).toContain(
      '$.edges[1].source (edge "d->x"): "d" has a demand, so it is a consumer (sink) and cannot have outgoing edges',
    );
    expect(out).toContain('$.edges[2] (edge "x->x"): self-loop on "x" is not allowed');
  });

  it('accepts user-assigned aggregate country codes and rejects unknown ones', () => {
    const m = base();
    m.nodes[0]!.country = 'ZZ';
    expect(validateModel(m).ok).toBe(true);
    for (const code of ['XX', 'QM', 'XA', 'QZ']) {
      m.nodes[0]!.country = code;
      expect(validateModel(m).ok).toBe(true);
    }
    m.nodes[0]!.country = 'QA'; // Qatar: assigned, fine
    expect(validateModel(m).ok).toBe(true);
    m.nodes[0]!.country = 'QL';
    expect(messages(m)[0]).toMatch(/\$\.nodes\[0\]\.country \(node "m"\): "QL" is not an ISO 3166-1 alpha-2/);
    m.nodes[0]!.country = 'cn';
    expect(validateModel(m).ok).toBe(false);
  });

  it('rejects unknown perturbations and references in scenarios', () => {
    const m = {
      ...base(),
      scenarios: [
        {
          id: 's',
          perturbations: [
            { type: 'earthquake', node: 'm' },
            { type: 'outage', node: 'nope' },
            { type: 'export-control', country: 'CN', stages: ['milling'], allowGroups: ['msp'] },
            { type: 'capacity', node: 'm', factor: -1 },
          ],
        },
      ],
    };
    expect(messages(m)).toEqual([
      '$.scenarios[0].perturbations[0].type: scenario "s", perturbation 1 (earthquake): unknown perturbation type "earthquake" (expected export-control, outage, capacity, demand, stockpile, attrition, offtake, price-floor, recycling, substitution, partners-only, new-capacity, risk-sharing)',
      '$.scenarios[0].perturbations[1].node (node "nope"): "nope" is not a node id',
      '$.scenarios[0].perturbations[2].allowGroups[0]: unknown group "msp"',
      '$.scenarios[0].perturbations[2].stages[0]: unknown stage "milling"',
      '$.scenarios[0].perturbations[3].factor: scenario "s", perturbation 4 (capacity): factor must be ≥ 0',
    ]);
  });

  it('reports every problem in a file at once', () => {
    const r = parseModelText(fixture('bad/many-problems.json'));
    expect(r.ok).toBe(false);
    const out = r.ok ? [] : r.issues.map((i) => formatIssue(i, 'many-problems.json'));
    expect(out).toEqual([
      'many-problems.json: $.edges[0].target (edge "a->ghost"): target "ghost" is not a node id',
      'many-problems.json: $.edges[1].source (edge "use->b"): "use" has a demand, so it is a consumer (sink) and cannot have outgoing edges',
      'many-problems.json: $.edges[2] (edge "b->b"): self-loop on "b" is not allowed',
      'many-problems.json: $.nodes[0].capacity (node "a"): capacity must be ≥ 0',
      'many-problems.json: $.nodes[1].capacity (node "b"): capacity: expected number, got the string "lots"',
      'many-problems.json: $.nodes[1].stage (node "b"): unknown stage "smelting" (stages are: mining, refining, end-use)',
      'many-problems.json: $.nodes[2].id (node "a"): duplicate node id "a"',
    ]);
  });

  it('turns malformed JSON into a line and column', () => {
    const r = parseModelText('{\n  "format": "chokepoint/v1",\n  "name": }\n');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatIssue(r.issues[0]!, 'f.json')).toMatch(/^f\.json: line 3, column 11: not valid JSON/);
    const t = parseModelText(fixture('bad/truncated.json'));
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('refuses oversized input before parsing it', () => {
    const r = parseModelText('x'.repeat(2048), { maxBytes: 1024 });
    expect(r.ok ? '' : r.issues[0]!.message).toBe('input is 2.0 KB, over the 1.0 KB limit');
  });

  it('does not choke on non-objects', () => {
    expect(messages(null)[0]).toMatch(/expected object/);
    expect(messages([1, 2])[0]).toMatch(/expected object/);
    const out = messages({ ...base(), nodes: [null, 3] });
    expect(out.slice(0, 2)).toEqual([
      '$.edges[0].source (edge "m->d"): source "m" is not a node id',
      '$.edges[0].target (edge "m->d"): target "d" is not a node id',
    ]);
    expect(out.slice(2)).toEqual([
      '$.nodes[0]: expected object, got null',
      '$.nodes[1]: expected object, got number 3',
    ]);
  });
});

describe('formatJsonPath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(formatJsonPath(['groups', 0, 'joined', 'US'])).toBe('$.groups[0].joined.US');
    expect(formatJsonPath(['a b', 1])).toBe('$["a b"][1]');
  });
});
