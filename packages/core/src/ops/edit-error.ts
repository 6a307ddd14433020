/**
 * Refused edits
 * =============
 *
 * Every editing operation checks its preconditions before it touches the document and throws an
 * `EditError` when one fails, so a refused edit changes nothing. The message is a sentence a modeller
 * can act on and names the node, edge or stage involved; the editor shows it as is and the CLI prints
 * it without a stack trace.
 */

export class EditError extends Error {
  override name = 'EditError';
  /** The operation that was refused, e.g. `"removeStage"`. */
  readonly op: string;
  readonly nodeId: string | undefined;
  readonly edgeId: string | undefined;
  readonly stage: string | undefined;

  constructor(
    op: string,
    message: string,
    subject: { nodeId?: string; edgeId?: string; stage?: string } = {},
  ) {
    super(message);
    this.op = op;
    this.nodeId = subject.nodeId;
    this.edgeId = subject.edgeId;
    this.stage = subject.stage;
  }
}
