/**
 * The XML parser the CLI hands to core's GEXF and GraphML readers
 * ================================================================
 *
 * Core takes a DOMParser rather than bundling one (browsers have their own). In Node we use
 * @xmldom/xmldom, silenced: it prints recoverable problems to the console by default, and the CLI's
 * stderr is for our messages. Fatal errors still throw, and core turns them into issues with a line.
 */
import type { DOMParserConstructor } from '@chokepoint/core';
import { DOMParser } from '@xmldom/xmldom';

class QuietDOMParser extends DOMParser {
  constructor() {
    super({ onError: () => {} });
  }
}

export const NodeDOMParser = QuietDOMParser as unknown as DOMParserConstructor;
