/**
 * The LP solver, loaded once
 * ==========================
 *
 * Recipes make delivered the optimum of a linear programme (docs/recipes.md), solved by HiGHS compiled
 * to WebAssembly (the `highs` package). Compiling the WebAssembly is asynchronous, solving is not: so
 * callers `await loadSolver()` once per process or Web Worker, and `analyze` stays synchronous after
 * that. Plain models never need it.
 *
 * Where the `.wasm` file is: Node finds it beside the package's loader; a bundled browser worker must
 * say where its bundler put it (`loadSolver({ locateFile: () => wasmUrl })`, with Vite
 * `import wasmUrl from 'highs/runtime?url'`), or hand over the bytes (`wasmBinary`). Core itself uses
 * no platform API: only a dynamic `import('highs')`.
 */
import type { Highs, InitOptions } from 'highs';

export type SolverOptions = Pick<InitOptions, 'locateFile' | 'wasmBinary'>;

let loaded: Highs | null = null;
let loading: Promise<Highs> | null = null;

/** Loads HiGHS once; later calls return the same instance (options of later calls are ignored). */
export function loadSolver(options: SolverOptions = {}): Promise<Highs> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('highs')
    .then(({ default: loadHighs }) => loadHighs(options))
    .then((highs) => {
      loaded = highs;
      return highs;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** True once `loadSolver()` has resolved in this process or worker. */
export function solverLoaded(): boolean {
  return loaded !== null;
}

/** Thrown when a model with recipes is analysed before `await loadSolver()`. */
export class SolverNotLoadedError extends Error {
  constructor(what: string, because = 'recipes or yields') {
    super(
      `${what} has ${because}, so its analysis solves a linear programme: ` +
        'call `await loadSolver()` (from @chokepoint/core) once before analysing it',
    );
    this.name = 'SolverNotLoadedError';
  }
}

/** The loaded solver, or a SolverNotLoadedError naming the model. */
export function requireSolver(what: string, because?: string): Highs {
  if (!loaded) throw new SolverNotLoadedError(what, because);
  return loaded;
}
