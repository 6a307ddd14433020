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
import { useRef, useState } from 'react';
import { useAnalysis, useServices } from '../app/services.tsx';
import { pictureToSvg } from '../canvas/export-svg.ts';
import { acceptAttribute, download, fileStem, modelJson, readModelFiles } from '../io/files.ts';
import { pictureFrame, svgSize, svgToPng, zipFiles } from '../io/report-picture.ts';
import { shareLink } from '../io/share-link.ts';
import { Menu } from './Menu.tsx';
import { ModelsMenu } from './ModelsMenu.tsx';

export function FileMenu() {
  const { editor, canvas, analysis } = useServices();
  const hasReport = useAnalysis((a) => a.current?.report != null);
  const input = useRef<HTMLInputElement>(null);
  const model = () => editor.store.getState().doc.model;

  // Tables that give everything but the unit wait here while the unit is asked for.
  const [askUnit, setAskUnit] = useState<File[] | null>(null);
  const open = async (files: File[], unit?: string) => {
    const result = await readModelFiles(files, unit ? { unit } : {});
    if (result.ok) {
      editor.open(result.model, `Open ${result.fileName}`);
      editor.notify({
        kind: 'info',
        title: `Opened ${result.fileName}`,
        lines: [
          ...(result.warnings ?? []).map((w) => `Warning: ${w}`),
          ...(result.notes ?? []),
          'Undo (Ctrl+Z) goes back to the model you had.',
        ],
        ...(result.warnings?.length ? { stays: true } : {}),
      });
    } else if (result.needsUnit) {
      setAskUnit(files);
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
  // Every table in one ZIP: the model as the CSV pair (+ model-info.json, which the CSV import reads
  // back) and the analysis on screen, one file per table as the CLI's `analyze --csv --out dir/` writes
  // them (the scenario, if any, in their names).
  const csvZip = () => {
    const pair = writeCsvPair(model());
    const files = [
      { name: 'nodes.csv', text: pair.nodes },
      { name: 'edges.csv', text: pair.edges },
      { name: 'model-info.json', text: pair.info },
    ];
    const r = analysis.getState().current?.report;
    if (r) {
      const tag = r.scenario ? `report-${r.scenario.id}` : 'report';
      for (const table of REPORT_CSV_TABLES)
        files.push({ name: `${tag}-${table}.csv`, text: reportCsv(r, table) });
    }
    download(
      `${fileStem(model())}-csv.zip`,
      new Blob([zipFiles(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    );
  };

  // The picture as on screen, framed for a report: heading, stage headers, whole labels, legend.
  const framedSvg = (): string | null => {
    const c = canvas.getState();
    if (!c) return null;
    const a = analysis.getState();
    const frame = pictureFrame(
      model(),
      a.current?.report ?? null,
      a.scenario,
      editor.store.getState().session.colorBy,
    );
    return pictureToSvg(c.picture(model().name), frame);
  };
  const svg = () => {
    const text = framedSvg();
    if (text) download(`${fileStem(model())}.svg`, text, 'image/svg+xml');
  };
  const png = async (width: number | null) => {
    const text = framedSvg();
    if (!text) return;
    const scale = width ? width / svgSize(text).width : 2;
    download(`${fileStem(model())}.png`, await svgToPng(text, scale));
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
      {askUnit ? (
        <UnitPrompt
          files={askUnit.map((f) => f.name).join(' + ')}
          onCancel={() => setAskUnit(null)}
          onUnit={(unit) => {
            const files = askUnit;
            setAskUnit(null);
            void open(files, unit);
          }}
        />
      ) : null}
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
        <button
          type="button"
          onClick={csvZip}
          data-testid="export-csv-zip"
          title={hasReport ? '' : 'The analysis tables join once the model is analysed'}
        >
          CSV tables (one ZIP: model + analysis)
        </button>
        <hr />
        <button type="button" onClick={() => void png(null)} data-testid="export-png">
          Picture (PNG, 2×)
        </button>
        <PngWidth onExport={(w) => void png(w)} />
        <button type="button" onClick={svg} data-testid="export-svg">
          Picture (SVG)
        </button>
      </Menu>
      <button type="button" onClick={() => void share()} title="Copy a link that carries this model">
        Share link
      </button>
    </div>
  );
}

/** PNG at a chosen width in pixels (a slide, a poster). */
function PngWidth(props: { onExport(width: number): void }) {
  const [width, setWidth] = useState(2400);
  return (
    <form
      className="png-width"
      onSubmit={(e) => {
        e.preventDefault();
        if (width >= 200 && width <= 12000) props.onExport(width);
      }}
    >
      <label>
        PNG
        <input
          type="number"
          min={200}
          max={12000}
          step={100}
          value={width}
          onChange={(e) => setWidth(e.target.valueAsNumber)}
          aria-label="PNG width in pixels"
          data-testid="png-width"
        />
        px wide
      </label>
      <button type="submit" data-testid="export-png-width">
        Export
      </button>
    </form>
  );
}

/** The tables say nothing of the unit (no model-info.json): every capacity needs one, so ask. */
function UnitPrompt(props: { files: string; onUnit(unit: string): void; onCancel(): void }) {
  const [unit, setUnit] = useState('');
  return (
    <div className="sheet-backdrop">
      <form
        className="sheet card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="unit-title"
        data-testid="unit-prompt"
        onSubmit={(e) => {
          e.preventDefault();
          if (unit.trim() !== '') props.onUnit(unit.trim());
        }}
      >
        <h2 id="unit-title">In what unit are the capacities and demands?</h2>
        <p className="small muted">
          {props.files}{' '}
          {/\.csv\b/i.test(props.files)
            ? 'give no unit (a model-info.json beside them would).'
            : 'gives no unit.'}{' '}
          Every capacity and demand in the model is in this one unit, e.g. “t REO-equivalent per year” or “kt
          Li per year”.
        </p>
        <input
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          aria-label="Unit"
          placeholder="t per year"
          data-testid="unit-input"
          // biome-ignore lint/a11y/noAutofocus: the dialog asks one thing; typing goes straight to it
          autoFocus
        />
        <div className="filter-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={unit.trim() === ''} data-testid="unit-open">
            Open
          </button>
        </div>
      </form>
    </div>
  );
}
