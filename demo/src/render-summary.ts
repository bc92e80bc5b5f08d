import { terminalText } from '@cloud-inventory/inventory';
import type { DemoSummary } from './demo-summary.js';

function pad(text: string, width: number, alignRight: boolean): string {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

/** A plain-text table: the first column left-aligned, the others (counts) right-aligned; cells terminal-safe. */
export function renderCountTable(textHeader: string[], textRows: string[][]): string {
  const header = textHeader.map(terminalText);
  const rows = textRows.map((row) => row.map(terminalText));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0, column > 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The demo's human-readable summary of one sync. */
export function renderDemoSummary(summary: DemoSummary): string {
  const regions = Object.keys(summary.byRegion);
  const kindRows = Object.entries(summary.byKindAndRegion).map(([kind, perRegion]) => [
    kind,
    ...regions.map((region) => String(perRegion[region] ?? 0)),
    String(summary.byKind[kind] ?? 0),
  ]);
  kindRows.push([
    'total',
    ...regions.map((region) => String(summary.byRegion[region] ?? 0)),
    String(summary.totalResources),
  ]);
  const { created, updated, unchanged, deleted, failed } = summary.changes;
  const tasks = Object.entries(summary.tasks.byState)
    .map(([state, count]) => `${count} ${state.toLowerCase()}`)
    .join(', ');
  return [
    `Sync ${terminalText(summary.jobId)}: ${summary.state} in ${(summary.durationMs / 1000).toFixed(1)} s (${summary.tasks.total} tasks: ${tasks})`,
    ...(summary.error ? [`  error: ${terminalText(summary.error)}`] : []),
    '',
    'Resources by kind and region',
    renderCountTable(['kind', ...regions, 'all'], kindRows),
    '',
    `Edges: ${summary.totalEdges}`,
    `Changes: ${created} created, ${updated} updated, ${unchanged} unchanged, ${deleted} deleted, ${failed} failed`,
  ].join('\n');
}
