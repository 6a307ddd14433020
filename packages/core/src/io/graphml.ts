/// <reference path="./vendor.d.ts" />
/**
 * GraphML (yEd, Cytoscape, NetworkX, igraph) export and import
 * ============================================================
 *
 * Read with graphology-graphml. Its published version has no writer, so this module writes GraphML
 * itself: the format is a fixed, small structure (<key> declarations, then <graph> with <data>),
 * and writing it by hand keeps core free of an XML library. Every field gets a typed key (`double`
 * for numbers, `int` for the model year, `string` otherwise); lists and records (`tags`, `recipe`,
 * and the model's `stages`, `groups`, `scenarios`, `references`) are JSON text in a string key.
 * Model-level fields are graph <data>, which GraphML allows, so nothing is lost.
 *
 * On reading, <data> under keys that have no `attr.name` (yEd's node graphics) is ignored, numbers
 * and JSON typed as strings by other tools are decoded, and the rest goes through validation.
 *
 * Lost on the way: control characters XML cannot hold (U+FFFD instead).
 */
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { Attributes } from 'graphology-types';
import { edgeId } from '../model/edge-id.ts';
import type { Model } from '../model/schema.ts';
import type { ValidationResult } from '../model/validate.ts';
import { encodeValue, isNumberField, type RecordKind } from './fields.ts';
import type { FromGraphOptions } from './graphology.ts';
import { documentClass, localName, parseXml, type XmlElement, type XmlOptions } from './xml.ts';
import { declaredNodeIds, modelFromXmlGraph, parserIssue } from './xml-graph.ts';

type Rec = Record<string, unknown>;

export function writeGraphml(model: Model): string {
  const { nodes, edges, ...graphFields } = model;
  const keys = new Keys();
  const graphData = data(keys, 'model', graphFields, '    ');
  // Free attributes are written as data beside the fields, under their own names (see toGraph).
  const nodeLines = nodes.map(({ id, attributes, ...fields }) =>
    element('node', { id }, [
      ...data(keys, 'node', fields, '      '),
      ...attributeData(keys, 'node', attributes, '      '),
    ]),
  );
  const edgeLines = edges.map((e) => {
    const { source, target, attributes, ...fields } = e;
    return element('edge', { id: edgeId(e), source, target }, [
      ...data(keys, 'edge', fields, '      '),
      ...attributeData(keys, 'edge', attributes, '      '),
    ]);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.declarations(),
    '  <graph edgedefault="directed">',
    ...graphData,
    ...nodeLines,
    ...edgeLines,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** GraphML <key> declarations, one per (domain, field), ids d0, d1, … as yEd and NetworkX write. */
class Keys {
  private readonly ids = new Map<string, { id: string; domain: string; name: string; type: string }>();
  id(kind: RecordKind, name: string, value: unknown): string {
    const type = !isNumberField(kind, name)
      ? 'string'
      : kind === 'model' && Number.isInteger(value)
        ? 'int'
        : 'double';
    return this.typed(kind === 'model' ? 'graph' : kind, name, type);
  }
  /** The key of a free attribute: typed by its first value (a column mixing types is text). */
  attribute(kind: 'node' | 'edge', name: string, value: unknown): string {
    return this.typed(
      kind,
      name,
      typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string',
    );
  }
  private typed(domain: string, name: string, type: string): string {
    const k = `${domain}\u0000${name}`;
    let key = this.ids.get(k);
    if (key === undefined) {
      key = { id: `d${this.ids.size}`, domain, name, type };
      this.ids.set(k, key);
    } else if (key.type !== type && key.domain !== 'graph' && !isNumberField(domain as RecordKind, name)) {
      key.type = 'string';
    }
    return key.id;
  }
  declarations(): string[] {
    return [...this.ids.values()].map(
      (k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    );
  }
}

function data(keys: Keys, kind: RecordKind, fields: Rec, indent: string): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = encodeValue(kind, name, value);
    out.push(`${indent}<data key="${keys.id(kind, name, value)}">${escapeXml(String(text))}</data>`);
  }
  return out;
}

function attributeData(
  keys: Keys,
  kind: 'node' | 'edge',
  attributes: Record<string, string | number | boolean> | undefined,
  indent: string,
): string[] {
  if (attributes === undefined) return [];
  return Object.entries(attributes).map(
    ([name, value]) =>
      `${indent}<data key="${keys.attribute(kind, name, value)}">${escapeXml(String(value))}</data>`,
  );
}

function element(tag: string, attributes: Record<string, string>, children: string[]): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (children.length === 0) return `    <${tag}${attrs}/>`;
  return [`    <${tag}${attrs}>`, ...children, `    </${tag}>`].join('\n');
}

/**
 * Text safe in XML content and attribute values. Tabs and line breaks become character references,
 * or parsers would normalise them to spaces in attributes and drop \r in text; characters XML 1.0
 * cannot hold at all (C0 controls) become U+FFFD.
 */
function escapeXml(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the control characters XML cannot hold is the point.
  return s.replace(/[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      case '\r':
        return '&#13;';
      default:
        return '\uFFFD';
    }
  });
}

export function readGraphml(text: string, options: XmlOptions & FromGraphOptions = {}): ValidationResult {
  const xml = parseXml(text, 'GraphML', options);
  if (!xml.ok) return { ok: false, issues: [xml.issue] };
  const root = xml.doc.documentElement!;
  if (localName(root) !== 'graphml' || xml.doc.getElementsByTagName('graph').length === 0) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: `not a GraphML file: the root element is <${root.tagName}>, expected <graphml> with a <graph>`,
        },
      ],
    };
  }
  dropUnnamedData(xml.doc.getElementsByTagName('key'), xml.doc.getElementsByTagName('data'));
  let graph: ReturnType<ReturnType<typeof createGraphmlParser>>;
  try {
    const parse = createGraphmlParser(xml.DOMParser, documentClass(xml.doc));
    graph = parse(Graph, xml.doc, { addMissingNodes: true });
  } catch (err) {
    return { ok: false, issues: [parserIssue(err, 'GraphML')] };
  }
  // <graph id="G"> is the element's XML id, not a model field.
  const { id: _id, ...parsed } = graph.getAttributes() as Attributes;
  const graphAttributes = {
    ...graphData(xml.doc.getElementsByTagName('key'), xml.doc.getElementsByTagName('graph')[0]!),
    ...parsed,
  };
  return modelFromXmlGraph(
    graph,
    declaredNodeIds(xml.doc.getElementsByTagName('node')),
    graphAttributes,
    options,
  );
}

/**
 * The <data> children of <graph>, wherever they stand. graphology-graphml reads only those before
 * the first node, but NetworkX writes them after the edges.
 */
function graphData(keys: ArrayLike<XmlElement>, graphElement: XmlElement): Attributes {
  const declared = new Map<string, { name: string; type: string }>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const name = k.getAttribute('attr.name');
    if (name !== null && k.getAttribute('for') === 'graph') {
      declared.set(k.getAttribute('id') ?? '', { name, type: k.getAttribute('attr.type') ?? 'string' });
    }
  }
  const out: Attributes = {};
  for (let i = 0; i < graphElement.childNodes.length; i++) {
    const child = graphElement.childNodes[i] as XmlElement;
    if (child.nodeType !== 1 || localName(child) !== 'data') continue;
    const key = declared.get(child.getAttribute('key') ?? '');
    if (key === undefined) continue;
    const text = child.textContent ?? '';
    out[key.name] = ['int', 'long', 'float', 'double'].includes(key.type)
      ? Number(text)
      : key.type === 'boolean'
        ? text.trim().toLowerCase() === 'true'
        : text;
  }
  return out;
}

/** Removes <data> whose <key> has no attr.name (yEd graphics, which graphology would name "null"). */
function dropUnnamedData(keys: ArrayLike<XmlElement>, data: ArrayLike<XmlElement>): void {
  const unnamed = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.getAttribute('attr.name') === null && k.getAttribute('id') !== null)
      unnamed.add(k.getAttribute('id')!);
  }
  if (unnamed.size === 0) return;
  const doomed: XmlElement[] = [];
  for (let i = 0; i < data.length; i++)
    if (unnamed.has(data[i]!.getAttribute('key') ?? '')) doomed.push(data[i]!);
  for (const d of doomed) d.parentNode?.removeChild(d);
}
