/**
 * Field types for text-based formats
 * ==================================
 *
 * GEXF, GraphML and CSV carry flat, mostly textual attributes. This module says which chokepoint/v1
 * fields are numbers, which are lists or records (written as JSON text), and turns text back into
 * typed values, with a message naming the field when it cannot ("capacity "abc" is not a number").
 * Keeping the lists here means the three formats cannot disagree about a field.
 */
import { EdgeSchema, ModelSchema, NodeSchema } from '../model/schema.ts';

export const NODE_FIELDS = Object.keys(NodeSchema.shape) as readonly string[];
export const EDGE_FIELDS = Object.keys(EdgeSchema.shape) as readonly string[];
export const MODEL_FIELDS = Object.keys(ModelSchema.shape).filter((k) => k !== 'nodes' && k !== 'edges');

const NUMBERS = {
  node: new Set(['capacity', 'demand', 'stock', 'recoveryDays', 'cost', 'yield', 'x', 'y']),
  edge: new Set(['capacity', 'cost', 'leadTimeDays']),
  model: new Set(['year']),
};
/** Fields whose values are arrays or objects; text formats hold them as JSON. */
const STRUCTURED = {
  node: new Set(['tags', 'recipe', 'alternatives']),
  edge: new Set<string>(),
  model: new Set(['stages', 'commodities', 'groups', 'scenarios', 'countryRisk', 'candidates', 'references']),
};

export type RecordKind = keyof typeof NUMBERS;

export const isNumberField = (kind: RecordKind, field: string): boolean => NUMBERS[kind].has(field);
export const isStructuredField = (kind: RecordKind, field: string): boolean => STRUCTURED[kind].has(field);

/** A value for a text attribute: structured values as JSON, the rest as they are. */
export function encodeValue(kind: RecordKind, field: string, value: unknown): unknown {
  return isStructuredField(kind, field) ? JSON.stringify(value) : value;
}

export type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A text value back to its type. `undefined` for an empty cell (absent field). Text that is not
 * a number where one is expected, or not JSON where a list is, is an error naming the field.
 * Tags and stages also accept plain lists separated by `|` (or `,` for stages), as people type them.
 */
export function decodeText(kind: RecordKind, field: string, text: string): Decoded {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (isNumberField(kind, field)) {
    const n = Number(t.replace(/^\+/, ''));
    if (!Number.isFinite(n) || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
      return { ok: false, message: `${field} ${JSON.stringify(text)} is not a number` };
    }
    return { ok: true, value: n };
  }
  if (isStructuredField(kind, field)) {
    if (t.startsWith('[') || t.startsWith('{')) {
      try {
        return { ok: true, value: JSON.parse(t) };
      } catch {
        return { ok: false, message: `${field} is not valid JSON: ${JSON.stringify(shorten(t))}` };
      }
    }
    if (field === 'tags') return { ok: true, value: t.split('|').map((s) => s.trim()) };
    if (field === 'stages') return { ok: true, value: t.split(/[|,;]/).map((s) => s.trim()) };
    return {
      ok: false,
      message: `${field} must be JSON (a list or object), got ${JSON.stringify(shorten(t))}`,
    };
  }
  return { ok: true, value: text };
}

/**
 * Decodes, in place, the text values of a record read from GEXF or GraphML: values that already
 * have their type (the file declared it) are left alone. Returns the problems, one per field.
 */
export function decodeRecord(
  kind: RecordKind,
  record: Record<string, unknown>,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (typeof value !== 'string') continue;
    if (!isNumberField(kind, field) && !isStructuredField(kind, field)) continue;
    const d = decodeText(kind, field, value);
    if (!d.ok) problems.push({ field, message: d.message });
    else if (d.value === undefined) delete record[field];
    else record[field] = d.value;
  }
  return problems;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * A free attribute's value as a CSV cell: text as it is, numbers and true/false as written; text that
 * would read back as something else ("12", "true", "", or starting with a quote) as a JSON string, so
 * that every value comes back with its type.
 */
export function encodeAttributeCell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    const back = decodeAttributeCell(value);
    return back === value ? value : JSON.stringify(value);
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A CSV cell of a column that is not a field, back to a value; undefined for an empty cell. */
export function decodeAttributeCell(text: string): string | number | boolean | undefined {
  if (text.trim() === '') return undefined;
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) && Number.isFinite(Number(t))) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  if (t.startsWith('"')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (typeof v === 'string') return v;
    } catch {
      // Not JSON: the text as it is.
    }
  }
  return text;
}
