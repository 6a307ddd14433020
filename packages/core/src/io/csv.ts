/**
 * CSV pairs: nodes.csv and edges.csv
 * ==================================
 *
 * The form in which supply-chain data usually starts: two sheets exported from a spreadsheet. A
 * third, optional file, `model-info.json`, holds what tables cannot: the model-level fields
 * (name, unit, stages, groups, scenarios, references). Without it, the name and unit come from the
 * options and the stages are inferred from the nodes in first-seen order.
 *
 * Reading returns a validated model or every problem, each naming its file and row
 * ('edges.csv: row 7 (edge "a->b"): capacity "abc" is not a number'). Writing produces the same
 * three texts, so a pair written by Chokepoint reads back to the same model.
 */
import Papa from 'papaparse';
import { editDistance } from '../model/closest.ts';
import type { ModelIssue } from '../model/issues.ts';
import { FORMAT, type Model } from '../model/schema.ts';
import { parseJson, type ValidationResult, validateModel } from '../model/validate.ts';
import { readCsvTable } from './csv-table.ts';
import { EDGE_FIELDS, encodeAttributeCell, isNumberField, MODEL_FIELDS, NODE_FIELDS } from './fields.ts';
import { defaultUnit, inferStages, withWarnings } from './graphology.ts';

export interface CsvPair {
  nodes: string;
  edges: string;
  /** model-info.json: the model-level fields as JSON. */
  info?: string;
}

export interface CsvReadOptions {
  /** File names used in messages. */
  nodesFile?: string;
  edgesFile?: string;
  infoFile?: string;
  /** Model-level fields used when model-info.json is absent or lacks them. */
  name?: string;
  unit?: string;
  stages?: string[];
}

/** Column order when writing, and the columns known when reading. */
export const NODE_COLUMNS = [
  'id',
  'label',
  'stage',
  'country',
  'capacity',
  'demand',
  ...rest(NODE_FIELDS, ['id', 'label', 'stage', 'country', 'capacity', 'demand']),
];
export const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'capacity',
  ...rest(EDGE_FIELDS, ['id', 'source', 'target', 'capacity']),
];

export function readCsvPair(files: CsvPair, options: CsvReadOptions = {}): ValidationResult {
  const nodesFile = options.nodesFile ?? 'nodes.csv';
  const edgesFile = options.edgesFile ?? 'edges.csv';
  const infoFile = options.infoFile ?? 'model-info.json';
  const issues: ModelIssue[] = [];

  let info: Record<string, unknown> = {};
  if (files.info !== undefined) {
    const json = parseJson(files.info);
    if (!json.ok) issues.push({ ...json.issue, file: infoFile });
    else if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) {
      issues.push({ path: [], file: infoFile, message: 'expected a JSON object of model-level fields' });
    } else {
      const { nodes, edges, ...rest } = json.value as Record<string, unknown>;
      if (nodes !== undefined || edges !== undefined) {
        issues.push({
          path: [],
          file: infoFile,
          message: 'holds no "nodes" or "edges": those come from the CSV files',
        });
      }
      info = rest;
    }
  }
  const nodes = readCsvTable(files.nodes, nodesFile, 'node', NODE_COLUMNS, ['id', 'stage']);
  const edges = readCsvTable(files.edges, edgesFile, 'edge', EDGE_COLUMNS, ['source', 'target']);
  issues.push(...nodes.issues, ...edges.issues);
  // A table that cannot be read as a whole would only make every reference to it look broken.
  if (nodes.fatal || edges.fatal || issues.some((i) => i.file === infoFile)) return { ok: false, issues };

  const nodeRecords = nodes.rows.map((r) => r.record);
  const raw: Record<string, unknown> = { format: FORMAT, ...info };
  if (raw.name === undefined && options.name !== undefined) raw.name = options.name;
  const warnings = defaultUnit(raw, options);
  for (const [t, file] of [
    [nodes, nodesFile],
    [edges, edgesFile],
  ] as const) {
    // Other columns are kept as free attributes; one that looks like a mistyped field is said.
    const fields = t === nodes ? NODE_COLUMNS : EDGE_COLUMNS;
    for (const column of t.attributeColumns) {
      // One typo ("Capcity"), two in a long name; "code" is not "cost", "community" not "commodity".
      const near = column.length >= 10 ? 2 : 1;
      const field = fields.find(
        (f) => f !== 'attributes' && editDistance(column.toLowerCase(), f.toLowerCase()) <= near,
      );
      if (field !== undefined) {
        warnings.push(
          `${file}: column "${column}" is not a field and is kept as a free attribute (did you mean "${field}"?)`,
        );
      }
    }
  }
  if (raw.stages === undefined) raw.stages = options.stages ?? inferStages(nodeRecords);
  raw.nodes = nodeRecords;
  raw.edges = edges.rows.map((r) => r.record);

  const result = withWarnings(validateModel(raw), warnings);
  if (issues.length === 0 && result.ok) return result;
  for (const i of result.issues) {
    const [collection, index, field] = i.path;
    if ((collection === 'nodes' || collection === 'edges') && typeof index === 'number') {
      const table = collection === 'nodes' ? nodes : edges;
      if (typeof field === 'string' && table.reported.has(`${index}/${field}`)) continue;
      const named =
        typeof field !== 'string' || i.message.startsWith(field) ? i.message : `${field}: ${i.message}`;
      const { path: _p, ...rest } = i;
      issues.push({
        ...rest,
        path: [],
        file: collection === 'nodes' ? nodesFile : edgesFile,
        row: table.rows[index]!.row,
        message: named,
      });
    } else if (typeof collection === 'string' && collection in info) {
      issues.push({ ...i, file: infoFile });
    } else if (collection === 'name' || collection === 'unit') {
      issues.push({
        ...i,
        message: `${collection} is required: CSV files have no place for it, give it in ${infoFile} or as an option`,
      });
    } else issues.push(i);
  }
  // Table problems in file order, rows ascending; model-level ones after.
  const rank = (i: ModelIssue) => (i.file === nodesFile ? 0 : i.file === edgesFile ? 1 : 2);
  return {
    ok: false,
    issues: issues.sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0)),
    ...(warnings.length ? { warnings } : {}),
  };
}

export interface CsvPairOut {
  nodes: string;
  edges: string;
  info: string;
}

/**
 * The model-level fields a CSV pair without its model-info.json leaves out (every node and edge field,
 * recipes, alternatives, yields and commodities of edges included, has a column): name, unit and
 * stages always, then each other field `model` fills in (its commodities and their units, groups,
 * scenarios, …), in the schema's order. For the warning that names what is lost.
 */
export function csvPairLeavesOut(model: Model): string[] {
  const always = ['name', 'unit', 'stages'];
  const filled = MODEL_FIELDS.filter((f) => {
    if (f === '$schema' || f === 'format' || always.includes(f)) return false;
    const v = (model as Record<string, unknown>)[f];
    return v !== undefined && !(Array.isArray(v) && v.length === 0);
  });
  return [...always, ...filled];
}

/** The three texts of a CSV pair; columns are those any record uses, in a fixed order. */
export function writeCsvPair(model: Model): CsvPairOut {
  const { nodes, edges, ...infoFields } = model;
  const info: Record<string, unknown> = {};
  for (const f of MODEL_FIELDS)
    if ((infoFields as Record<string, unknown>)[f] !== undefined)
      info[f] = (infoFields as Record<string, unknown>)[f];
  return {
    nodes: table(NODE_COLUMNS, nodes, ['id', 'stage'], 'node'),
    edges: table(EDGE_COLUMNS, edges, ['source', 'target'], 'edge'),
    info: `${JSON.stringify(info, null, 2)}\n`,
  };
}

function table(
  columns: readonly string[],
  records: readonly { attributes?: Record<string, unknown> }[],
  required: readonly string[],
  kind: 'node' | 'edge',
): string {
  const used = columns.filter(
    (c) =>
      c !== 'attributes' &&
      (required.includes(c) || records.some((r) => (r as Record<string, unknown>)[c] !== undefined)),
  );
  // Free attributes get a column each, after the fields, in the order records first use them.
  const free = [...new Set(records.flatMap((r) => Object.keys(r.attributes ?? {})))];
  const data = records.map((r) => [
    ...used.map((c) => cell(kind, c, (r as Record<string, unknown>)[c])),
    ...free.map((a) => encodeAttributeCell(r.attributes?.[a])),
  ]);
  return `${Papa.unparse({ fields: [...used, ...free], data }, { newline: '\r\n' })}\r\n`;
}

function cell(kind: 'node' | 'edge', field: string, value: unknown): string {
  if (value === undefined) return '';
  if (field === 'tags' && Array.isArray(value)) {
    const plain =
      value.length > 0 &&
      value.every(
        (t) => typeof t === 'string' && t !== '' && t === t.trim() && !t.includes('|') && !t.startsWith('['),
      );
    return plain ? value.join('|') : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  if (isNumberField(kind, field)) return String(value);
  return String(value);
}

function rest(all: readonly string[], first: readonly string[]): string[] {
  return all.filter((f) => !first.includes(f));
}
