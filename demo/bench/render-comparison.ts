import type { FigureComparison, ResultsComparison } from './compare-results.js';
import type { ResultsFile } from './results-file.js';

function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined) return 'n/a';
  if (unit === 's') return `${(value / 1000).toFixed(1)} s`;
  return unit ? `${Math.round(value)} ${unit}` : String(Math.round(value));
}

function markOf(figure: FigureComparison): string {
  const band = `${Math.round(figure.tolerance * 100)}%`;
  if (figure.verdict === 'worse') return `  << WORSE (beyond ${band})`;
  if (figure.verdict === 'better') return `  better (beyond ${band})`;
  return '';
}

function figureLine(figure: FigureComparison): string {
  const ratio = figure.ratio === undefined ? 'n/a' : figure.ratio.toFixed(2);
  return [
    `    ${figure.figure.padEnd(28)}`,
    formatValue(figure.current, figure.unit).padStart(10),
    formatValue(figure.previous, figure.unit).padStart(10),
    ratio.padStart(7),
    markOf(figure),
  ].join('');
}

/** What a file could not contribute: figures an older shape lacks, runs that cannot be matched. */
export function shapeNotes(label: string, file: ResultsFile): string[] {
  const notes: string[] = [];
  if (file.missingFields.length > 0)
    notes.push(`${label} lacks ${file.missingFields.join(', ')} (an older shape): those figures show n/a`);
  if (file.unmatchedRuns > 0)
    notes.push(`${label} has ${file.unmatchedRuns} run(s) without size, profile or store: not compared`);
  return notes;
}

/** The comparison as lines: per matched scenario its figures side by side, then the scenarios only one file has. */
export function renderComparison(comparison: ResultsComparison, previous: ResultsFile, previousName: string): string {
  const lines = [
    `Compared with ${previousName}${previous.startedAt ? ` (started ${previous.startedAt})` : ''}; ratio = this run / previous`,
  ];
  for (const scenario of comparison.scenarios) {
    lines.push(
      `  ${scenario.scenario.padEnd(30)}${'this'.padStart(10)}${'previous'.padStart(10)}${'ratio'.padStart(7)}`,
    );
    lines.push(...scenario.figures.map(figureLine));
  }
  if (comparison.scenarios.length === 0) lines.push('  no scenario in common');
  const worse = comparison.scenarios.flatMap((s) =>
    s.figures.filter((f) => f.verdict === 'worse').map((f) => `${s.scenario} ${f.figure}`),
  );
  if (comparison.onlyInCurrent.length > 0) lines.push(`  only in this run: ${comparison.onlyInCurrent.join('; ')}`);
  if (comparison.onlyInPrevious.length > 0)
    lines.push(`  only in the previous run: ${comparison.onlyInPrevious.join('; ')}`);
  lines.push(...shapeNotes('  the previous file', previous));
  lines.push(worse.length > 0 ? `  WORSE beyond noise: ${worse.join('; ')}` : '  nothing worse beyond noise');
  return `${lines.join('\n')}\n`;
}
