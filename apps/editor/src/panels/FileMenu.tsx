/**
 * Files: open (chokepoint/v1, and whatever formats the core reads), save, export pictures and data,
 * and copy a shareable link. A bad file never replaces the model: its problems are shown instead.
 */
import {
  formatIssue,
  REPORT_CSV_TABLES,
  reportCsv,
  writeCsvPair,
  writeGexf,
  writeGraphml,
  writeGraphologyJson,
} from '@chokepoint/core';
import { useRef } from 'react';
import { useAnalysis, useServices } from '../app/services.tsx';
import { pictureToSvg } from '../canvas/export-svg.ts';
import { acceptAttribute, download, fileStem, modelJson, readModelFiles } from '../io/files.ts';
import { shareLink } from '../io/share-link.ts';
import { Menu } from './Menu.tsx';
import { ModelsMenu } from './ModelsMenu.tsx';

export function FileMenu() {
  const { editor, canvas, analysis } = useServices();
  const hasReport = useAnalysis((a) => a.current?.report != null);
  const input = useRef<HTMLInputElement>(null);
  const model = () => editor.store.getState().doc.model;

  const open = async (files: File[]) => {
    const result = await readModelFiles(files);
    if (result.ok) {
      editor.open(result.model, `Open ${result.fileName}`);
      editor.notify({
        kind: 'info',
        title: `Opened ${result.fileName}`,
        lines: ['Undo (Ctrl+Z) goes back to the model you had.'],
      });
    } else {
      editor.notify({
        kind: 'error',
        title: `${result.fileName} was not opened: ${result.issues.length === 1 ? 'a problem' : `${result.issues.length} problems`}`,
        lines: [
          ...result.issues.slice(0, 12).map((i) => formatIssue(i)),
          ...(result.issues.length > 12 ? [`… and ${result.issues.length - 12} more`] : []),
        ],
        footer: 'Your current model is unchanged.',
      });
    }
  };

  const share = async () => {
    const link = await shareLink(model(), window.location.href);
    if (!link.ok) {
      editor.notify({ kind: 'error', title: 'No link made', lines: [link.reason] });
      return;
    }
    window.history.replaceState(null, '', link.url);
    try {
      await navigator.clipboard.writeText(link.url);
      editor.notify({
        kind: 'info',
        title: 'Link copied',
        lines: ['Anyone who opens it gets this model, as it is now.'],
      });
    } catch {
      editor.notify({
        kind: 'info',
        title: 'Link ready',
        lines: ['The address bar now holds the link: copy it from there.'],
      });
    }
  };

  const save = (extension: string, text: string, type?: string) =>
    download(`${fileStem(model())}.${extension}`, text, type);
  const csvPair = () => {
    const pair = writeCsvPair(model());
    save('nodes.csv', pair.nodes, 'text/csv');
    save('edges.csv', pair.edges, 'text/csv');
    save('model-info.json', pair.info);
  };
  // One file per table, as the CLI's `analyze --csv --out dir/` writes them; the scenario on screen,
  // if any, is in the names.
  const report = () => {
    const r = analysis.getState().current?.report;
    if (!r) return;
    const tag = r.scenario ? `report-${r.scenario.id}` : 'report';
    for (const table of REPORT_CSV_TABLES) save(`${tag}-${table}.csv`, reportCsv(r, table), 'text/csv');
  };

  const svg = () => {
    const c = canvas.getState();
    if (!c) return;
    download(`${fileStem(model())}.svg`, pictureToSvg(c.picture(model().name)), 'image/svg+xml');
  };
  const png = async () => {
    const c = canvas.getState();
    if (c) download(`${fileStem(model())}.png`, await c.png());
  };

  return (
    <div className="file-menu">
      <input
        ref={input}
        type="file"
        accept={acceptAttribute}
        multiple
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void open(files);
        }}
      />
      <ModelsMenu />
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a model: chokepoint/v1, graphology JSON, GEXF, GraphML, or nodes.csv + edges.csv together"
      >
        Open…
      </button>
      <button
        type="button"
        data-testid="export-json"
        onClick={() => download(`${fileStem(model())}.json`, modelJson(model()))}
        title="Save as chokepoint/v1 JSON"
      >
        Save
      </button>
      <Menu label="Export">
        <button type="button" onClick={() => save('gexf', writeGexf(model()), 'application/gexf+xml')}>
          GEXF (Gephi)
        </button>
        <button
          type="button"
          onClick={() => save('graphml', writeGraphml(model()), 'application/graphml+xml')}
        >
          GraphML
        </button>
        <button type="button" onClick={() => save('graphology.json', writeGraphologyJson(model()))}>
          graphology JSON
        </button>
        <button type="button" onClick={csvPair}>
          CSV (nodes + edges)
        </button>
        <button type="button" onClick={report} disabled={!hasReport}>
          Analysis report (CSV tables)
        </button>
        <hr />
        <button type="button" onClick={png}>
          Picture (PNG)
        </button>
        <button type="button" onClick={svg}>
          Picture (SVG)
        </button>
      </Menu>
      <button type="button" onClick={() => void share()} title="Copy a link that carries this model">
        Share link
      </button>
    </div>
  );
}
