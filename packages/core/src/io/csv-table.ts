/**
 * One CSV table as a spreadsheet produces it
 * ==========================================
 *
 * Parses nodes.csv or edges.csv with papaparse: header row, optional UTF-8 BOM, quoted fields (with
 * line breaks inside), comma, semicolon or tab as separator, read off the header line (European
 * spreadsheets write semicolons, and then decimal commas: `1200,5`), empty cells meaning "absent",
 * blank rows skipped. Header names match fields case-insensitively. Rows are numbered as the
 * spreadsheet shows them: the header is row 1.
 *
 * Every problem becomes a ModelIssue naming the file, row and column; a cell that cannot be read is
 * left out of its record so that validation does not report it a second time.
 */
import Papa from 'papaparse';
import type { ModelIssue } from '../model/issues.ts';
import { decodeAttributeCell, decodeText, isNumberField, type RecordKind } from './fields.ts';

export interface CsvTable {
  /** One record per data row, with the spreadsheet row number. */
  rows: { row: number; record: Record<string, unknown> }[];
  issues: ModelIssue[];
  /** The table could not be read as a whole (no header, a missing column, broken quoting). */
  fatal: boolean;
  /** `${rowIndex}/${field}` of cells already reported, for filtering validation duplicates. */
  reported: Set<string>;
  /** Header names that are not fields, kept as free attributes. */
  attributeColumns: string[];
}

/** Fields whose cells are trimmed (ids, codes); free text keeps its spaces. */
const TRIMMED = new Set(['id', 'stage', 'country', 'source', 'target', 'kind', 'commodity']);

export function readCsvTable(
  text: string,
  file: string,
  kind: Exclude<RecordKind, 'model'>,
  fields: readonly string[],
  required: readonly string[],
): CsvTable {
  const table: CsvTable = { rows: [], issues: [], fatal: false, reported: new Set(), attributeColumns: [] };
  const issue = (i: Omit<ModelIssue, 'path' | 'file'>) => table.issues.push({ path: [], file, ...i });
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter });
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') {
      issue({ ...(e.row === undefined ? {} : { row: e.row + 1 }), message: e.message });
      table.fatal = true;
    }
  }
  if (table.fatal) return table;
  const decimalComma = delimiter === ';';
  const [header, ...data] = parsed.data;
  if (header === undefined || header.every((h) => h.trim() === '')) {
    issue({
      message: `no header row (expected columns such as ${required.map((c) => `"${c}"`).join(', ')})`,
    });
    table.fatal = true;
    return table;
  }

  // Header: known fields by lower-case name.
  const byLower = new Map(fields.map((f) => [f.toLowerCase(), f]));
  const columns: (string | undefined)[] = [];
  // A column that is not a field (a Kumu custom field, a pandas index) is kept as a free attribute.
  const attributeOf = new Map<number, string>();
  const seen = new Set<string>();
  header.forEach((raw, c) => {
    const name = raw.trim();
    const field = byLower.get(name.toLowerCase());
    if (name === '') {
      const used = data.some((r) => (r[c] ?? '').trim() !== '');
      if (used) issue({ row: 1, message: `column ${c + 1} has values but no name in the header` });
    } else if (field === undefined || field === 'attributes') {
      if (table.attributeColumns.includes(name)) issue({ row: 1, message: `column "${name}" appears twice` });
      else {
        table.attributeColumns.push(name);
        attributeOf.set(c, name);
      }
    } else if (seen.has(field)) {
      issue({ row: 1, message: `column "${field}" appears twice` });
    } else {
      seen.add(field);
      columns[c] = field;
      return;
    }
    columns[c] = undefined;
  });
  const missing = required.filter((f) => !seen.has(f));
  for (const f of missing) issue({ message: `missing column "${f}"` });
  if (missing.length > 0) {
    table.fatal = true;
    return table;
  }

  data.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const record: Record<string, unknown> = {};
    const subject = () =>
      kind === 'node'
        ? typeof record.id === 'string'
          ? { nodeId: record.id }
          : {}
        : typeof record.source === 'string' && typeof record.target === 'string'
          ? { edgeId: typeof record.id === 'string' ? record.id : `${record.source}->${record.target}` }
          : {};
    const problems: { field: string; message: string }[] = [];
    cells.forEach((cell, c) => {
      const field = columns[c];
      const attribute = attributeOf.get(c);
      if (attribute !== undefined) {
        const value = decodeAttributeCell(cell);
        if (value !== undefined) {
          const attributes = (record.attributes ?? {}) as Record<string, unknown>;
          attributes[attribute] = value;
          record.attributes = attributes;
        }
      }
      if (field === undefined) return;
      let text = TRIMMED.has(field) ? cell.trim() : cell;
      if (field === 'country') text = text.toUpperCase();
      // Spreadsheets in comma-decimal locales write semicolon files with "1200,5"; there a lone comma
      // between digits can only be the decimal mark.
      if (decimalComma && isNumberField(kind, field) && /^\s*[+-]?\d+,\d+\s*$/.test(text))
        text = text.replace(',', '.');
      const d = decodeText(kind, field, text);
      if (!d.ok) problems.push({ field, message: d.message });
      else if (d.value !== undefined) record[field] = d.value;
    });
    // Spreadsheets often leave trailing empty cells; only values beyond the header are a problem.
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({
        field: '',
        message: `row has ${cells.length} cells but the header has ${header.length}`,
      });
    }
    for (const f of required) {
      if (record[f] === undefined && !problems.some((p) => p.field === f)) {
        problems.push({ field: f, message: `${f} is empty` });
      }
    }
    const index = table.rows.length;
    for (const p of problems) {
      if (p.field !== '') table.reported.add(`${index}/${p.field}`);
      issue({ row, ...subject(), message: p.message });
    }
    table.rows.push({ row, record });
  });
  return table;
}

/**
 * The separator, from the header line: the most frequent of comma, semicolon and tab outside quotes.
 * Header names do not contain separators, and unlike papaparse's guess (which needs several rows)
 * this also works for a file that has only its header, such as an edges.csv with no edges yet.
 */
function guessDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
