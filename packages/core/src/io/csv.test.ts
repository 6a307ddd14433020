import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { generateLayeredChain } from '../generate/layered-chain.ts';
import { formatIssue } from '../model/issues.ts';
import type { ValidationResult } from '../model/validate.ts';
import { readCsvPair, writeCsvPair } from './csv.ts';
import { DEFAULT_UNIT } from './graphology.ts';

const messages = (r: ValidationResult) => (r.ok ? [] : r.issues.map((i) => formatIssue(i)));
const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

describe('CSV pair round trip', () => {
  it('keeps every field with model-info.json', () => {
    const out = writeCsvPair(fullModel());
    const r = readCsvPair(out);
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.model).toEqual(fullModel());
  });

  it('writes the columns any record uses, in a fixed order, tags as a|b', () => {
    const out = writeCsvPair(fullModel());
    expect(out.nodes.split('\r\n')[0]).toBe(
      'id,label,stage,country,capacity,demand,source,notes,kind,commodity,stock,recoveryDays,cost,yield,recipe,alternatives,tags,x,y,bc,community,code,audited',
    );
    // Free attributes after the fields, one column each; text that reads as a number is JSON-quoted.
    expect(out.nodes.split('\r\n')[1]).toBe(
      'cn-mine,China — mining,mining,CN,270,,MCS26,Bayan Obo and ionic clays,source,REO concentrate,12.5,90,3.25,,,,primary|state-owned,10,-20.5,0.125,A,"""007""",true',
    );
    expect(out.edges.split('\r\n').slice(0, 3)).toEqual([
      'id,source,target,capacity,commodity,citation,notes,cost,leadTimeDays,label,tonnes_2024',
      'e1,cn-mine,cn-sep,250,REO concentrate,MCS26,by rail,0.5,14,rail link,231',
      ',au-mine,cn-sep,,,,,,,,',
    ]);
  });

  it('without model-info.json: name and unit from options, stages inferred, scenarios not there', () => {
    const { nodes, edges } = writeCsvPair(fullModel());
    const r = readCsvPair({ nodes, edges }, { name: 'Full', unit: 't' });
    const m = fullModel();
    expect(r.ok && r.model).toEqual({
      format: 'chokepoint/v1',
      name: 'Full',
      unit: 't',
      stages: ['mining', 'separation', 'magnet', 'end-use'],
      nodes: m.nodes,
      edges: m.edges,
    });
  });

  it('round-trips generated chains', () => {
    const chain = generateLayeredChain({ nodes: 300, seed: 9 });
    const r = readCsvPair(writeCsvPair(chain));
    expect(r.ok && r.model).toEqual(chain);
  });
});

describe('CSV as spreadsheets write it', () => {
  it('reads a BOM, semicolons, quotes, line breaks in cells, blank rows and loose headers', () => {
    const nodes = `\uFEFF${lines(
      ' ID ;Label;Stage;Country;Capacity;Tags',
      'mine;"Mine; open-pit";mining; cn ;1200.5;a|b',
      ';;;;;',
      'plant;"Plant ""A""',
      'second line";refining;AU;;',
      'car;Cars;end-use;;;',
    )}`;
    const edges = lines('source;target;capacity;notes', 'mine;plant;1000;', 'plant;car;;"x, y"');
    const r = readCsvPair({ nodes, edges }, { name: 'n', unit: 't' });
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.model.nodes).toEqual([
      {
        id: 'mine',
        label: 'Mine; open-pit',
        stage: 'mining',
        country: 'CN',
        capacity: 1200.5,
        tags: ['a', 'b'],
      },
      { id: 'plant', label: 'Plant "A"\r\nsecond line', stage: 'refining', country: 'AU' },
      { id: 'car', label: 'Cars', stage: 'end-use' },
    ]);
    expect(r.ok && r.model.edges).toEqual([
      { source: 'mine', target: 'plant', capacity: 1000 },
      { source: 'plant', target: 'car', notes: 'x, y' },
    ]);
  });

  it('reads decimal commas in semicolon files, and only there', () => {
    const nodes = lines('id;stage;capacity', 'a;s;1200,5', 'b;s;-0,25e0');
    const r = readCsvPair({ nodes, edges: 'source;target\n' }, { name: 'n', unit: 't' });
    expect(messages(r)).toEqual(['nodes.csv: row 3 (node "b"): capacity "-0,25e0" is not a number']);
    const ok = readCsvPair(
      { nodes: lines('id;stage;capacity', 'a;s;1200,5'), edges: 'source;target\n' },
      { name: 'n', unit: 't' },
    );
    expect(ok.ok && ok.model.nodes[0]?.capacity).toBe(1200.5);
    const comma = readCsvPair(
      { nodes: lines('id,stage,capacity', 'a,s,"1,200"'), edges: 'source,target\n' },
      { name: 'n', unit: 't' },
    );
    expect(messages(comma)).toEqual(['nodes.csv: row 2 (node "a"): capacity "1,200" is not a number']);
  });

  it('uses given stages instead of inferring them', () => {
    const nodes = lines('id,stage', 'b,late', 'a,early');
    const r = readCsvPair(
      { nodes, edges: 'source,target\n' },
      { name: 'n', unit: 't', stages: ['early', 'late'] },
    );
    expect(r.ok && r.model.stages).toEqual(['early', 'late']);
    const inferred = readCsvPair({ nodes, edges: 'source,target\n' }, { name: 'n', unit: 't' });
    expect(inferred.ok && inferred.model.stages).toEqual(['late', 'early']);
  });
});

describe('bad CSV input', () => {
  const good = () => writeCsvPair(fullModel());

  it('names a missing column', () => {
    const nodes = lines('id,label,capacity', 'a,A,1');
    expect(messages(readCsvPair({ ...good(), nodes }))).toEqual(['nodes.csv: missing column "stage"']);
    // Other columns are kept as free attributes, so only the missing ones are problems.
    expect(messages(readCsvPair({ ...good(), edges: lines('from,to', 'a,b') }))).toEqual([
      'edges.csv: missing column "source"',
      'edges.csv: missing column "target"',
    ]);
  });

  it('keeps other columns as free attributes, typed, and says when one looks like a mistyped field', () => {
    const nodes = lines('id,stage,Capcity,bc,code', 'a,s,1,0.5,"""007"""', 'b,s,,,x');
    const r = readCsvPair({ nodes, edges: lines('source,target', 'a,b') }, { name: 'n', unit: 't' });
    expect(r.ok && r.model.nodes).toEqual([
      { id: 'a', stage: 's', attributes: { Capcity: 1, bc: 0.5, code: '007' } },
      { id: 'b', stage: 's', attributes: { code: 'x' } },
    ]);
    expect(r.warnings).toEqual([
      'nodes.csv: column "Capcity" is not a field and is kept as a free attribute (did you mean "capacity"?)',
    ]);
  });

  it('names the row of a non-numeric capacity', () => {
    const edges = lines(
      'source,target,capacity',
      'cn-mine,cn-sep,1',
      'au-mine,cn-sep,2',
      'cn-sep,jp-mag,3',
      'row-rec,jp-mag,4',
      '',
      'jp-mag,ev,abc',
    );
    expect(messages(readCsvPair({ ...good(), edges }))).toEqual([
      'edges.csv: row 7 (edge "jp-mag->ev"): capacity "abc" is not a number',
    ]);
  });

  it('reports every problem of both files at once, with file, row and id', () => {
    const nodes = lines(
      'id,stage,capacity,demand,country',
      'cn-mine,mining,-5,,CN',
      'cn-sep,separation,,,EU',
      'cn-mine,magnet,,,',
      ',magnet,,,',
      'ev,end-use,,3x,',
      'sink,end-use,,7,',
    );
    const edges = lines('source,target', 'cn-mine,cn-sep', 'cn-sep,ghost', 'sink,cn-sep', 'cn-sep,cn-sep');
    const info = JSON.stringify({ name: 'n', unit: 't', stages: ['mining', 'separation', 'end-use'] });
    expect(messages(readCsvPair({ nodes, edges, info }))).toEqual([
      'nodes.csv: row 2 (node "cn-mine"): capacity must be ≥ 0',
      'nodes.csv: row 3 (node "cn-sep"): country: "EU" is not an ISO 3166-1 alpha-2 country code (capitals, e.g. "CN"; ZZ for "rest of world")',
      'nodes.csv: row 4 (node "cn-mine"): id: duplicate node id "cn-mine"',
      'nodes.csv: row 4 (node "cn-mine"): stage: unknown stage "magnet" (stages are: mining, separation, end-use)',
      'nodes.csv: row 5: id is empty',
      'nodes.csv: row 6 (node "ev"): demand "3x" is not a number',
      'edges.csv: row 3 (edge "cn-sep->ghost"): target "ghost" is not a node id',
      'edges.csv: row 4 (edge "sink->cn-sep"): source: "sink" has a demand, so it is a consumer (sink) and cannot have outgoing edges',
      'edges.csv: row 5 (edge "cn-sep->cn-sep"): self-loop on "cn-sep" is not allowed',
    ]);
  });

  it('reports broken quoting, extra cells, unnamed columns and an empty file', () => {
    expect(messages(readCsvPair({ ...good(), nodes: lines('id,stage', 'a,"mining', 'b,x') }))).toEqual([
      'nodes.csv: row 2: Quoted field unterminated',
    ]);
    expect(messages(readCsvPair({ ...good(), nodes: lines('id,stage', 'cn-mine,mining,extra') }))[0]).toBe(
      'nodes.csv: row 2 (node "cn-mine"): row has 3 cells but the header has 2',
    );
    expect(messages(readCsvPair({ ...good(), nodes: lines('id,stage,', 'cn-mine,mining,5') }))[0]).toBe(
      'nodes.csv: row 1: column 3 has values but no name in the header',
    );
    expect(messages(readCsvPair({ ...good(), edges: '' }))).toEqual([
      'edges.csv: no header row (expected columns such as "source", "target")',
    ]);
  });

  it('says where name and unit go, and reports model-info.json problems in that file', () => {
    const { nodes, edges } = good();
    expect(messages(readCsvPair({ nodes, edges }))).toEqual([
      '$.name: name is required: CSV files have no place for it, give it in model-info.json or as an option',
    ]);
    // A unit is not required: the default is stated, with a warning.
    const unitless = readCsvPair({ nodes, edges }, { name: 'n' });
    expect(unitless.ok && unitless.model.unit).toBe(DEFAULT_UNIT);
    expect(unitless.warnings).toEqual([expect.stringMatching(/^the file states no unit/)]);
    expect(messages(readCsvPair({ nodes, edges, info: '{"name": ' }))[0]).toMatch(
      /^model-info\.json: line 1, column \d+: not valid JSON/,
    );
    const info = JSON.stringify({
      ...JSON.parse(good().info),
      scenarios: [{ id: 's', perturbations: [{ type: 'outage', node: 'gone' }] }],
    });
    expect(messages(readCsvPair({ nodes, edges, info }))).toEqual([
      'model-info.json: $.scenarios[0].perturbations[0].node (node "gone"): "gone" is not a node id',
    ]);
  });
});
