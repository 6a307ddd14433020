/**
 * Problems found in user input
 * ============================
 *
 * Every check in the core reports problems as `ModelIssue`s rather than throwing, so that all of a
 * file's problems reach the user at once, each naming where it is.
 */

export type JsonPath = readonly (string | number)[];

export interface ModelIssue {
  /** Where in the document: `["nodes", 3, "capacity"]`. Empty for the whole document. */
  readonly path: JsonPath;
  /** What is wrong, in words a modeller understands. */
  readonly message: string;
  /** The node or edge the problem belongs to, when known. */
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** For problems in text before it is JSON (syntax errors) or in CSV rows. */
  readonly line?: number;
  readonly column?: number;
  readonly row?: number;
  /** The file the problem is in, when a document comes from several (a CSV pair). */
  readonly file?: string;
}

/** `["nodes", 3, "capacity"]` → `$.nodes[3].capacity`. */
export function formatJsonPath(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** One line per issue: `file: $.nodes[3].capacity (node "cn-mine"): capacity must be ≥ 0`. */
export function formatIssue(issue: ModelIssue, file?: string): string {
  const where: string[] = [];
  if (issue.file ?? file) where.push((issue.file ?? file)!);
  if (issue.line !== undefined)
    where.push(`line ${issue.line}${issue.column ? `, column ${issue.column}` : ''}`);
  if (issue.row !== undefined) where.push(`row ${issue.row}`);
  if (issue.path.length > 0 || (issue.line === undefined && issue.row === undefined && !issue.file)) {
    where.push(formatJsonPath(issue.path));
  }
  let subject = '';
  if (issue.nodeId !== undefined) subject = ` (node "${issue.nodeId}")`;
  else if (issue.edgeId !== undefined) subject = ` (edge "${issue.edgeId}")`;
  return `${where.join(': ')}${subject}: ${issue.message}`;
}

/** Thrown by APIs that cannot return a result when the input is bad; carries every issue. */
export class ModelError extends Error {
  readonly issues: readonly ModelIssue[];
  readonly file: string | undefined;
  constructor(issues: readonly ModelIssue[], file?: string) {
    const lines = issues.slice(0, 20).map((i) => formatIssue(i, file));
    if (issues.length > 20) lines.push(`… and ${issues.length - 20} more`);
    super(lines.join('\n'));
    this.name = 'ModelError';
    this.issues = issues;
    this.file = file;
  }
}
