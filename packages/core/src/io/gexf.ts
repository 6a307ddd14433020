/// <reference path="./vendor.d.ts" />
/**
 * GEXF (Gephi) export and import
 * ==============================
 *
 * Written and read with graphology-gexf, through its environment-neutral entry points (see
 * `xml.ts`). A GEXF node carries every node field: `label` as the GEXF label, `x`/`y` as the viz
 * position, `tags` and `recipe` as JSON text, the rest as typed attributes; edges likewise. GEXF's
 * <meta> holds only flat text, so the model-level fields (name, unit, stages, groups, scenarios,
 * references, …) travel as one JSON text in a `<chokepoint>` meta element, next to the
 * standard `<creator>` and `<description>` that Gephi shows. Reading a GEXF without it (from Gephi
 * or NetworkX) infers the stages and takes the name from the options; see `graphology.ts`.
 *
 * Lost on the way: empty strings (graphology-gexf skips empty values) and control characters XML
 * cannot hold (U+FFFD instead).
 */
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import writeGexfText from 'graphology-gexf/common/writer.js';
import type { Attributes } from 'graphology-types';
import type { Model } from '../model/schema.ts';
import type { ValidationResult } from '../model/validate.ts';
import { encodeValue } from './fields.ts';
import { type FromGraphOptions, toGraph } from './graphology.ts';
import { documentClass, localName, parseXml, XML_INVALID, type XmlOptions } from './xml.ts';
import { declaredNodeIds, modelFromXmlGraph, parserIssue } from './xml-graph.ts';

/** Name of the <meta> child that holds the model-level fields as JSON. */
const META = 'chokepoint';

export function writeGexf(model: Model, options: { version?: '1.2' | '1.3' } = {}): string {
  const graph = toGraph(model);
  const { format: _f, ...rest } = graph.getAttributes();
  graph.replaceAttributes({
    creator: 'Chokepoint',
    description: model.description ?? model.name,
    [META]: JSON.stringify({ format: model.format, ...rest }),
  } as never);
  const text = writeGexfText(graph, {
    version: options.version ?? '1.2',
    formatNode: (_key, { label, x, y, ...attributes }) => ({
      ...(label === undefined ? {} : { label }),
      ...(x === undefined && y === undefined ? {} : { viz: { x, y } }),
      attributes: encodeAll('node', attributes),
    }),
    formatEdge: (_key, attributes) => ({ attributes: encodeAll('edge', attributes) }),
  });
  // graphology-gexf 0.13 writes a malformed viz namespace for GEXF 1.2 ("http:///…/1.1draft/viz");
  // readers that check namespaces (NetworkX) then miss the positions.
  // xml-writer also passes through control characters that XML 1.0 cannot hold; strict readers
  // (Gephi, Python's expat) refuse the whole file, so they become U+FFFD as in the GraphML writer.
  return text
    .replace('xmlns:viz="http:///www.gexf.net/1.1draft/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"')
    .replace(XML_INVALID, '\uFFFD');
}

export function readGexf(text: string, options: XmlOptions & FromGraphOptions = {}): ValidationResult {
  const xml = parseXml(text, 'GEXF', options);
  if (!xml.ok) return { ok: false, issues: [xml.issue] };
  const root = xml.doc.documentElement!;
  if (localName(root) !== 'gexf' || xml.doc.getElementsByTagName('graph').length === 0) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: `not a GEXF file: the root element is <${root.tagName}>, expected <gexf> with a <graph>`,
        },
      ],
    };
  }
  let graph: ReturnType<ReturnType<typeof createGexfParser>>;
  try {
    const parse = createGexfParser(xml.DOMParser, documentClass(xml.doc));
    graph = parse(Graph, xml.doc, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (err) {
    return { ok: false, issues: [parserIssue(err, 'GEXF')] };
  }
  const meta = graph.getAttributes();
  let graphAttributes: Attributes = {};
  if (typeof meta[META] === 'string') {
    try {
      graphAttributes = JSON.parse(meta[META]) as Attributes;
    } catch {
      return { ok: false, issues: [{ path: [], message: `the <meta><${META}> element is not valid JSON` }] };
    }
  } else if (typeof meta.description === 'string') {
    graphAttributes = { description: meta.description };
  }
  return modelFromXmlGraph(
    graph,
    declaredNodeIds(xml.doc.getElementsByTagName('node')),
    graphAttributes,
    options,
  );
}

function encodeAll(kind: 'node' | 'edge', attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attributes)) out[k] = encodeValue(kind, k, v);
  return out;
}
