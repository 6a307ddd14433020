/**
 * Two spreadsheets, whatever their names: Kumu's export or our own columns
 * ========================================================================
 *
 * Kumu exports a map as two sheets, `elements` (Label, Type, Description, Tags, …) and `connections`
 * (From, To, Type, Description, …), where From and To name elements by their Label. Our own pair is
 * nodes.csv (id, label, stage, country, capacity, …) and edges.csv (source, target, capacity, …). This
 * tells the two tables apart by their columns (the connections table is the one with From/To or
 * source/target), not by file name, and rewrites both with chokepoint/v1 column names so that core's
 * CSV reader checks every row as usual (its messages keep the user's file names and row numbers).
 *
 * Mapping (case and spaces ignored): elements: Label → label; ID → id (absent: the label, made
 * unique); Type or Stage → stage; Description or Notes → notes; Tags → tags (Kumu's "|" lists);
 * Source or Citation → source; every chokepoint/v1 node field by its own name. Connections: From →
 * source, To → target (a Label is turned into its element's id); Description → notes; Citation →
 * citation; every edge field by its own name. Other columns (Kumu's Image, a connection's Type, a
 * custom field) keep their names and become free `attributes` of each node or edge, which core's CSV
 * reader keeps and every format writes back; a notice names them. A column mapped twice (Type and
 * Stage both present) keeps the first, and the notice says which was left out.
 */
import Papa from 'papaparse';

export interface Sheet {
  name: string;
  text: string;
}

export interface MappedPair {
  nodes: Sheet;
  edges: Sheet;
  /** Columns kept as free attributes, per file: "elements.csv: Image, Website". */
  attributes: string[];
  /** Columns left out because another column already gave that field, per file. */
  dropped: string[];
}

const NODE_FIELDS = [
  'id',
  'label',
  'stage',
  'country',
  'capacity',
  'demand',
  'source',
  'notes',
  'kind',
  'commodity',
  'stock',
  'recoveryDays',
  'cost',
  'yield',
  'recipe',
  'tags',
  'x',
  'y',
];
const EDGE_FIELDS = [
  'id',
  'source',
  'target',
  'capacity',
  'commodity',
  'citation',
  'notes',
  'cost',
  'leadTimeDays',
];

const key = (column: string) => column.toLowerCase().replace(/[\s_-]+/g, '');

const NODE_ALIASES: Record<string, string> = {
  ...Object.fromEntries(NODE_FIELDS.map((f) => [key(f), f])),
  type: 'stage',
  description: 'notes',
  citation: 'source',
  name: 'label',
};
const EDGE_ALIASES: Record<string, string> = {
  ...Object.fromEntries(EDGE_FIELDS.map((f) => [key(f), f])),
  from: 'source',
  to: 'target',
  description: 'notes',
};

function parse(text: string): { header: string[]; rows: string[][] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = result.data;
  return { header: header.map((h) => h.trim()), rows };
}

/** Which of the tables holds connections: From/To or source/target columns. */
export function isConnections(text: string): boolean {
  const header = new Set(parse(text.split(/\r?\n/)[0] ?? '').header.map(key));
  return (header.has('from') && header.has('to')) || (header.has('source') && header.has('target'));
}

function toCsv(header: string[], rows: string[][]): string {
  return `${Papa.unparse([header, ...rows])}\n`;
}

/** Both tables with chokepoint/v1 columns, and what could not be placed. */
export function mapSheets(elements: Sheet, connections: Sheet): MappedPair {
  const attributes: string[] = [];
  const dropped: string[] = [];
  const e = parse(elements.text);
  const c = parse(connections.text);

  // Per column: the field it fills, its own name when it becomes a free attribute, or null (left out).
  const place = (sheet: Sheet, header: string[], aliases: Record<string, string>) => {
    const fields = header.map((h) => aliases[key(h)] ?? null);
    const columns = header.map((h, i) => {
      const f = fields[i]!;
      if (f !== null) return fields.indexOf(f) === i ? f : null; // the first column for a field wins
      return h === '' ? null : h;
    });
    const free = header.filter((h, i) => fields[i] === null && h !== '');
    const twice = header.filter((_h, i) => fields[i] !== null && columns[i] === null);
    if (free.length > 0) attributes.push(`${sheet.name}: ${free.join(', ')}`);
    if (twice.length > 0) dropped.push(`${sheet.name}: ${twice.join(', ')}`);
    return columns;
  };
  const nodeKeep = place(elements, e.header, NODE_ALIASES);
  const edgeKeep = place(connections, c.header, EDGE_ALIASES);

  const nodeHeader = nodeKeep.filter((f): f is string => f !== null);
  const hasId = nodeHeader.includes('id');
  const labelAt = nodeKeep.indexOf('label');
  const idOfLabel = new Map<string, string>();
  const taken = new Set<string>();
  const nodeRows = e.rows.map((row) => {
    const out = nodeKeep.flatMap((f, i) => (f === null ? [] : [row[i] ?? '']));
    if (!hasId) {
      // No id column (Kumu's export): the label is the id, made unique.
      const label = (labelAt >= 0 ? row[labelAt] : '')?.trim() ?? '';
      let id = label;
      for (let n = 2; taken.has(id); n++) id = `${label} (${n})`;
      taken.add(id);
      if (label !== '' && !idOfLabel.has(label)) idOfLabel.set(label, id);
      out.unshift(id);
    } else if (labelAt >= 0) {
      const label = row[labelAt]?.trim() ?? '';
      const id = row[nodeKeep.indexOf('id')]?.trim() ?? '';
      if (label !== '' && !idOfLabel.has(label)) idOfLabel.set(label, id);
    }
    return out;
  });
  if (!hasId) nodeHeader.unshift('id');
  const ids = new Set(nodeRows.map((r) => r[nodeHeader.indexOf('id')]?.trim() ?? ''));

  const edgeHeader = edgeKeep.filter((f): f is string => f !== null);
  const edgeRows = c.rows.map((row) =>
    edgeKeep.flatMap((f, i) => {
      if (f === null) return [];
      const value = row[i] ?? '';
      // From/To name elements by Label in Kumu: use the element's id.
      if ((f === 'source' || f === 'target') && !ids.has(value.trim()))
        return [idOfLabel.get(value.trim()) ?? value];
      return [value];
    }),
  );
  return {
    nodes: { name: elements.name, text: toCsv(nodeHeader, nodeRows) },
    edges: { name: connections.name, text: toCsv(edgeHeader, edgeRows) },
    attributes,
    dropped,
  };
}
