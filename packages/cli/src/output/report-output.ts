/**
 * A report in the format the flags ask for
 * ========================================
 *
 * JSON is exactly the `Report` (chokepoint-report/v1; its JSON Schema ships with @chokepoint/core).
 * CSV is one table per kind of row: `--csv nodes` (the default) prints one; `--csv --out dir/` writes
 * every table as dir/<table>.csv. Text and Markdown are the readable reports, with optional extra
 * sections after them (the change against the baseline, for `scenario`).
 */
import { REPORT_CSV_TABLES, type Report, type ReportCsvTable, reportCsv } from '@chokepoint/core';
import type { CommandResult } from '../commands/result.ts';
import { markdownReport } from '../format/markdown-report.ts';
import { textReport } from '../format/text-report.ts';
import { formatOf, type OutputFlags } from '../options/common.ts';
import { deliver, isDirectoryTarget, type OutputDocument } from './deliver.ts';

export interface ReportExtras {
  /** Appended to the text report. */
  text?: string;
  /** Appended to the Markdown report. */
  markdown?: string;
  /** Messages for stderr. */
  messages?: string[];
}

export function deliverReport(report: Report, flags: OutputFlags, extras: ReportExtras = {}): CommandResult {
  return deliver(reportDocuments(report, flags, extras), flags.out, extras.messages);
}

export function reportDocuments(
  report: Report,
  flags: OutputFlags,
  extras: ReportExtras = {},
): OutputDocument[] {
  switch (formatOf(flags)) {
    case 'json':
      return [{ name: 'report.json', text: JSON.stringify(report, null, 2) }];
    case 'csv': {
      const all = flags.csv === true && flags.out !== undefined && isDirectoryTarget(flags.out);
      const tables: readonly ReportCsvTable[] = all
        ? REPORT_CSV_TABLES
        : [flags.csv === true ? 'nodes' : (flags.csv as ReportCsvTable)];
      return tables.map((t) => ({ name: `${t}.csv`, text: reportCsv(report, t) }));
    }
    case 'markdown':
      return [
        {
          name: 'report.md',
          text: markdownReport(report, { top: flags.top }) + (extras.markdown ? `\n${extras.markdown}` : ''),
        },
      ];
    case 'text':
      return [
        {
          name: 'report.txt',
          text: textReport(report, { top: flags.top }) + (extras.text ? `\n${extras.text}` : ''),
        },
      ];
  }
}
