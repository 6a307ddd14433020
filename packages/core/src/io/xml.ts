/**
 * XML parsing in browsers, workers and Node alike
 * ===============================================
 *
 * GEXF and GraphML are XML, and their graphology parsers need a DOM `DOMParser`. The readers take
 * one in their options; without it they use the platform's (`globalThis.DOMParser`, in browsers), and
 * where there is none (Node, workers) @xmldom/xmldom's, a pure-JS parser that is a dependency of core,
 * so that `readModel(gexfText)` works in a user's Node script with nothing else installed.
 *
 * Parsers report broken XML differently: xmldom throws a ParseError with a locator, browsers return
 * a document holding a <parsererror> element. Both become one issue with a line when known.
 */
import { DOMParser as XmldomParser } from '@xmldom/xmldom';
import type { ModelIssue } from '../model/issues.ts';

/** The parts of the DOM the readers touch, typed here because core compiles without DOM types. */
export interface XmlNode {
  readonly nodeType: number;
  readonly parentNode: XmlNode | null;
  removeChild(child: XmlNode): unknown;
}
export interface XmlElement extends XmlNode {
  readonly tagName: string;
  readonly childNodes: ArrayLike<XmlNode>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
export interface DOMParserLike {
  parseFromString(text: string, mimeType: string): unknown;
}
export type DOMParserConstructor = new () => DOMParserLike;

export interface XmlOptions {
  /** A DOMParser constructor; default `globalThis.DOMParser` (browsers), else @xmldom/xmldom's. */
  DOMParser?: DOMParserConstructor;
}

/**
 * @xmldom/xmldom's parser, silenced: by default it prints recoverable problems to the console, which
 * is the host program's. Fatal errors still throw, and become issues with a line.
 */
class QuietXmldomParser extends XmldomParser {
  constructor() {
    super({ onError: () => {} });
  }
}

/** The parser used when neither the options nor the platform give one. */
export const FallbackDOMParser = QuietXmldomParser as unknown as DOMParserConstructor;

export type XmlParse =
  | { ok: true; doc: XmlDocument; DOMParser: DOMParserConstructor }
  | { ok: false; issue: ModelIssue };

export function parseXml(text: string, what: string, options: XmlOptions = {}): XmlParse {
  const Parser =
    options.DOMParser ?? (globalThis as { DOMParser?: DOMParserConstructor }).DOMParser ?? FallbackDOMParser;
  let doc: XmlDocument;
  try {
    doc = new Parser().parseFromString(text, 'application/xml') as XmlDocument;
  } catch (err) {
    const e = err as { message?: unknown; locator?: { lineNumber?: number; columnNumber?: number } };
    const message = String(e.message ?? err)
      .split('\n')[0]!
      .trim();
    const line = e.locator?.lineNumber;
    const column = e.locator?.columnNumber;
    return {
      ok: false,
      issue: {
        path: [],
        message: `not well-formed ${what} (XML): ${message}`,
        ...(line !== undefined && line > 0 ? { line } : {}),
        ...(column !== undefined && column > 0 && line !== undefined && line > 0 ? { column } : {}),
      },
    };
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined || doc.documentElement === null) {
    const detail = (error?.textContent ?? 'no root element').trim().split('\n')[0];
    return { ok: false, issue: { path: [], message: `not well-formed ${what} (XML): ${detail}` } };
  }
  return { ok: true, doc, DOMParser: Parser };
}

/** Local name of an element (`viz:position` → `position`). */
export const localName = (el: XmlElement): string => el.tagName.replace(/^.*:/, '');

/** The constructor of `doc`, which the graphology parsers test documents against. */
export const documentClass = (doc: XmlDocument): unknown =>
  (doc as unknown as { constructor: unknown }).constructor;

/** Characters XML 1.0 cannot hold, even as character references. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
export const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
