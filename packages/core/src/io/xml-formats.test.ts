import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { generateLayeredChain } from '../generate/layered-chain.ts';
import { formatIssue } from '../model/issues.ts';
import type { Model } from '../model/schema.ts';
import type { ValidationResult } from '../model/validate.ts';
import { readGexf, writeGexf } from './gexf.ts';
import { readGraphml, writeGraphml } from './graphml.ts';
import { type DOMParserConstructor, XML_INVALID } from './xml.ts';

// xmldom reports recoverable problems on the console unless given a handler; fatal ones still throw.
class QuietDOMParser extends DOMParser {
  constructor() {
    super({ onError: () => {} });
  }
}
const xml = { DOMParser: QuietDOMParser as unknown as DOMParserConstructor };
const messages = (r: ValidationResult) => (r.ok ? [] : r.issues.map((i) => formatIssue(i)));

/** A model with every awkward character a string field can hold. */
function awkward(): Model {
  const m = fullModel();
  m.nodes[0]!.label = 'Ampersand & <angle> "double" \'single\' — ünïcödé 🧲';
  m.nodes[0]!.notes = 'tab\there\r\nCRLF line\nLF line  two spaces ';
  m.nodes.push({ id: 'id with "quotes" & <tags>', stage: 'magnet', label: '[not json]' });
  m.edges.push({ source: 'id with "quotes" & <tags>', target: 'ev', notes: '{"looks": "like json"}' });
  m.name = 'Name with\nnewline';
  return m;
}

const formats = [
  ['GEXF', writeGexf, readGexf],
  ['GraphML', writeGraphml, readGraphml],
] as const;

describe.each(formats)('%s', (name, write, read) => {
  it('round-trips every field of the full model', () => {
    const r = read(write(fullModel()), xml);
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.model).toEqual(fullModel());
  });

  it('round-trips awkward strings and generated chains', () => {
    const r = read(write(awkward()), xml);
    expect(r.ok && r.model).toEqual(awkward());
    const chain = generateLayeredChain({ nodes: 200, seed: 5 });
    const c = read(write(chain), xml);
    expect(c.ok && c.model).toEqual(chain);
  });

  it('replaces control characters XML cannot hold, so strict readers accept the file', () => {
    const m = fullModel();
    m.nodes[0]!.notes = 'a\u0001b\u0000c\u001Fd';
    const text = write(m);
    expect(text).not.toMatch(XML_INVALID);
    const r = read(text, xml);
    expect(r.ok && r.model.nodes[0]!.notes).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('reports malformed XML with its line, and the wrong kind of XML', () => {
    const text = write(fullModel());
    const broken = text.replace('</nodes>', '').replace('</graph>\n</graphml>', '</graph>');
    const [issue] = read(broken.split('\n').slice(0, 30).join('\n'), xml).issues as never[];
    expect(formatIssue(issue!)).toMatch(
      new RegExp(`^line \\d+(, column \\d+)?: not well-formed ${name} \\(XML\\): `),
    );
    const other = name === 'GEXF' ? writeGraphml(fullModel()) : writeGexf(fullModel());
    expect(messages(read(other, xml))[0]).toMatch(
      new RegExp(`^\\$: not a ${name} file: the root element is <`),
    );
    expect(messages(read('', xml))[0]).toMatch(/not well-formed/);
  });

  it('needs no XML parser from the caller: core brings one where the platform has none', () => {
    expect(messages(read(write(fullModel()), {}))).toEqual([]);
  });

  it('reports edges to missing nodes by name, with the other problems', () => {
    const m = fullModel();
    m.nodes[1]!.stage = 'nowhere';
    // The writers refuse dangling edges, so break the text as a hand edit would.
    const text = write(m).replace('source="jp-mag" target="ev"', 'source="jp-mag" target="ghost"');
    expect(messages(read(text, xml))).toEqual([
      '$.edges[4].target (edge "jp-mag->ev"): target "ghost" is not a node id',
      '$.nodes[1].stage (node "au-mine"): unknown stage "nowhere" (stages are: mining, separation, magnet, end-use)',
    ]);
  });
});

describe('files from other tools', () => {
  it('reads a GEXF without chokepoint meta: stages inferred, name given, unit defaulted', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="stage" type="string"/><attribute id="1" title="capacity" type="string"/></attributes>
    <nodes>
      <node id="m" label="Mine"><attvalues><attvalue for="0" value="mining"/><attvalue for="1" value="12.5"/></attvalues></node>
      <node id="p" label="Plant"><attvalues><attvalue for="0" value="refining"/><attvalue for="1" value="lots"/></attvalues></node>
    </nodes>
    <edges><edge id="0" source="m" target="p" weight="1.0"/></edges>
  </graph>
</gexf>`;
    const r = readGexf(gexf, { ...xml, name: 'gephi export' });
    expect(messages(r)).toEqual(['$.nodes[1].capacity (node "p"): capacity "lots" is not a number']);
    const fixed = readGexf(
      gexf.replace('lots', '3').replace('<creator>', '<chokepoint>{"unit":"t"}</chokepoint><creator>'),
      {
        ...xml,
        name: 'gephi export',
      },
    );
    expect(fixed.ok && fixed.model).toEqual({
      format: 'chokepoint/v1',
      name: 'gephi export',
      unit: 't',
      stages: ['mining', 'refining'],
      nodes: [
        { id: 'm', label: 'Mine', stage: 'mining', capacity: 12.5 },
        { id: 'p', label: 'Plant', stage: 'refining', capacity: 3 },
      ],
      edges: [{ id: '0', source: 'm', target: 'p' }],
    });
  });

  it('reads yEd-style GraphML, ignoring its graphics keys, and reports undirected edges', () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="node" id="d1" attr.name="stage" attr.type="string"/>
  <key for="graph" id="d2" attr.name="unit" attr.type="string"/>
  <key for="graph" id="d3" attr.name="stages" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="d2">t</data>
    <data key="d3">mining, refining</data>
    <node id="n0"><data key="d1">mining</data><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/></y:ShapeNode></data></node>
    <node id="n1"><data key="d1">refining</data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`;
    expect(messages(readGraphml(graphml, { ...xml, name: 'yed' }))).toEqual([
      '$.edges[0] (edge "e0"): edge is undirected; chokepoint/v1 edges go from source to target (make the graph directed)',
    ]);
    const r = readGraphml(graphml.replace('edgedefault="undirected"', 'edgedefault="directed"'), {
      ...xml,
      name: 'yed',
    });
    expect(r.ok && r.model).toEqual({
      format: 'chokepoint/v1',
      name: 'yed',
      unit: 't',
      stages: ['mining', 'refining'],
      nodes: [
        { id: 'n0', stage: 'mining' },
        { id: 'n1', stage: 'refining' },
      ],
      edges: [{ id: 'e0', source: 'n0', target: 'n1' }],
    });
  });
});
