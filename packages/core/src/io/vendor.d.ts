// Types for the environment-neutral entry points of graphology-gexf and graphology-graphml. Their
// main entries load @xmldom/xmldom for Node; these factories take the DOM classes instead, so core
// stays usable in browsers without bundling an XML library.

declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';

  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: {
      addMissingNodes?: boolean;
      allowUndeclaredAttributes?: boolean;
      respectInputGraphType?: boolean;
    },
  ) => AbstractGraph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}

declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph, Attributes } from 'graphology-types';

  interface Formatted {
    label?: string;
    viz?: { x?: number; y?: number; z?: number; size?: number; color?: string; shape?: string };
    attributes?: Attributes;
    weight?: number;
    kind?: string;
  }
  const write: (
    graph: AbstractGraph,
    options?: {
      encoding?: string;
      pretty?: boolean;
      version?: '1.2' | '1.3';
      pedantic?: boolean;
      formatNode?: (key: string, attributes: Attributes) => Formatted;
      formatEdge?: (key: string, attributes: Attributes) => Formatted;
    },
  ) => string;
  export default write;
}

declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';

  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
