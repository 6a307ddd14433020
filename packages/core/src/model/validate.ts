/**
 * Validation entry points
 * =======================
 *
 * `validateModel(json)` checks a parsed value; `parseModelText(text)` also turns JSON syntax errors
 * and oversized input into issues. Both return every problem at once and never throw for bad input.
 */
import {
  type ParseError,
  type ParseErrorCode,
  parse as parseTolerant,
  printParseErrorCode,
} from 'jsonc-parser';
import type { z } from 'zod';
import { crossCheck } from './cross-checks.ts';
import type { JsonPath, ModelIssue } from './issues.ts';
import { type Model, ModelSchema, PerturbationSchema } from './schema.ts';

/**
 * `warnings` say what a reader assumed to read a file at all (a unit the file did not state); the model
 * is still valid. Absent when there is nothing to say.
 */
export type ValidationResult =
  | { ok: true; model: Model; issues: []; warnings?: string[] }
  | { ok: false; issues: ModelIssue[]; warnings?: string[] };

/** Default ceiling on input size: large enough for 10^5-node models, small enough to fail fast. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ParseOptions {
  /** Refuse text longer than this many bytes (UTF-16 code units, a close bound). */
  maxBytes?: number;
}

export function validateModel(input: unknown): ValidationResult {
  const parsed = ModelSchema.safeParse(input, { error: friendlyMessage, reportInput: true });
  const issues: ModelIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => namingScenario(fromZod(i, input), input));
  issues.push(...crossCheck(input));
  if (issues.length === 0 && parsed.success) return { ok: true, model: parsed.data, issues: [] };
  return { ok: false, issues: sortIssues(issues) };
}

/**
 * A perturbation's field problem says which scenario it is in by id, not only by index:
 * `scenario "apr-2025", perturbation 2 (offtake): share must be between 0 and 1`.
 */
function namingScenario(issue: ModelIssue, input: unknown): ModelIssue {
  const [top, i, field, j] = issue.path;
  if (top !== 'scenarios' || field !== 'perturbations' || typeof i !== 'number' || typeof j !== 'number')
    return issue;
  const scenario = (input as { scenarios?: unknown[] }).scenarios?.[i] as
    | { id?: unknown; perturbations?: { type?: unknown }[] }
    | undefined;
  const id = typeof scenario?.id === 'string' ? `"${scenario.id}"` : String(i);
  const type = scenario?.perturbations?.[j]?.type;
  const what = typeof type === 'string' ? ` (${type})` : '';
  return { ...issue, message: `scenario ${id}, perturbation ${j + 1}${what}: ${issue.message}` };
}

export function parseModelText(text: string, options: ParseOptions = {}): ValidationResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: `input is ${formatBytes(text.length)}, over the ${formatBytes(maxBytes)} limit`,
        },
      ],
    };
  }
  const json = parseJson(text);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  return validateModel(json.value);
}

/** JSON.parse with the error turned into an issue that carries a line and column. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: ModelIssue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // JSON.parse is fast but its errors name no position on every runtime; on the failure path only,
    // a second, tolerant parser finds where the text goes wrong.
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const offset = first?.offset ?? text.length;
    const { line, column } = lineColumn(text, offset);
    const what =
      first === undefined || offset >= text.trimEnd().length
        ? 'the text ends too early (truncated file?)'
        : `${describeJsonError(first.error)} near ${JSON.stringify(text.slice(offset, offset + 12))}`;
    return { ok: false, issue: { path: [], line, column, message: `not valid JSON: ${what}` } };
  }
}

function describeJsonError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** Custom zod messages where the default would be cryptic for a modeller (also used for sweep files). */
/** Every perturbation type, shocks first, then market pressure and the levers (docs/levers.md). */
const PERTURBATION_TYPES = PerturbationSchema.options.map((o) => o.shape.type.value);

export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type') {
    return `unknown perturbation type ${JSON.stringify((issue.input as { type?: unknown })?.type)} (expected ${PERTURBATION_TYPES.join(', ')})`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${issue.expected} is required`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return undefined;
}

/** A zod issue as a ModelIssue, its message in the modeller's words. */
export function fromZod(issue: z.core.$ZodIssue, input: unknown): ModelIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path[path.length - 1];
  let message = issue.message;
  // "must be ≥ 0" reads better with the field named; zod's own messages already say "expected …".
  if (typeof field === 'string' && /^must /.test(message)) message = `${field} ${message}`;
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input !== undefined) {
    message = `${typeof field === 'string' ? `${field}: ` : ''}expected ${issue.expected}, got ${describe(issue.input)}`;
  } else if (issue.code === 'invalid_type') {
    message = `${typeof field === 'string' ? `"${field}" ` : ''}is required (${issue.expected})`;
  }
  return { path, message, ...subjectOf(path, input) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** The node or edge an issue at `path` belongs to, read from the raw input. */
function subjectOf(path: JsonPath, input: unknown): { nodeId?: string; edgeId?: string } {
  const [collection, index] = path;
  if (typeof index !== 'number' || (collection !== 'nodes' && collection !== 'edges')) return {};
  const record = (input as Record<string, unknown[]> | null)?.[collection]?.[index] as
    | Record<string, unknown>
    | undefined;
  if (collection === 'nodes') return typeof record?.id === 'string' ? { nodeId: record.id } : {};
  if (typeof record?.id === 'string') return { edgeId: record.id };
  if (typeof record?.source === 'string' && typeof record?.target === 'string') {
    return { edgeId: `${record.source}->${record.target}` };
  }
  return {};
}

function sortIssues(issues: ModelIssue[]): ModelIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.path.join('/')}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => comparePaths(a.path, b.path));
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
