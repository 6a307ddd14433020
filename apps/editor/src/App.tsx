import { FORMAT } from '@chokepoint/core';

/** The editor shell; the canvas and panels arrive with the editor issue. */
export function App() {
  return (
    <main>
      <h1>Chokepoint</h1>
      <p>Reads and writes {FORMAT} models.</p>
    </main>
  );
}
