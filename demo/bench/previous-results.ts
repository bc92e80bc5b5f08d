import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { compareResults } from './compare-results.js';
import { renderComparison } from './render-comparison.js';
import { CorruptResultsError, parseResultsFile, type ResultsFile } from './results-file.js';

/** `--compare`: the newest earlier file in the results directory, a named file, or none. */
export type CompareChoice = { newest: true } | { file: string } | { none: true };

export function compareChoiceOf(flag: string | undefined): CompareChoice {
  if (flag === undefined) return { newest: true };
  if (flag === 'none') return { none: true };
  return { file: flag };
}

/** The files of each mode: `e2e-<timestamp>.json` (sizes) and `e2e-accounts-<timestamp>.json` (--accounts). */
export type ResultsMode = 'sizes' | 'accounts';
const resultsFileNames: Record<ResultsMode, RegExp> = {
  sizes: /^e2e-(?!accounts-).*\.json$/,
  accounts: /^e2e-accounts-.*\.json$/,
};

async function readResults(path: string): Promise<ResultsFile | { unusable: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // A named file that is missing or unreadable is the user's to fix; the run's own figures are already written.
    return { unusable: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    return parseResultsFile(text);
  } catch (error) {
    if (error instanceof CorruptResultsError) return { unusable: error.message };
    throw error;
  }
}

/** Earlier results files, newest first: their names carry the start time, so the name order is the time order. */
async function earlierResultsFiles(resultsDir: string, currentFile: string, mode: ResultsMode): Promise<string[]> {
  const names = await readdir(resultsDir);
  return names
    .filter((name) => resultsFileNames[mode].test(name) && name !== basename(currentFile))
    .sort()
    .reverse()
    .map((name) => join(resultsDir, name));
}

/** The printout comparing this run with an earlier results file, or saying why there is none. */
export async function comparisonWithPrevious(
  current: ResultsFile,
  currentFile: string,
  choice: CompareChoice,
  displayRoot: string,
  mode: ResultsMode = 'sizes',
): Promise<string> {
  if ('none' in choice) return 'Comparison skipped (--compare none)\n';
  const shown = (path: string) => {
    const inside = relative(displayRoot, path);
    return inside && !inside.startsWith('..') ? inside : path;
  };
  const candidates =
    'file' in choice ? [choice.file] : await earlierResultsFiles(join(currentFile, '..'), currentFile, mode);
  const skipped: string[] = [];
  for (const path of candidates) {
    const previous = await readResults(path);
    if ('unusable' in previous) {
      skipped.push(`Skipping ${shown(path)}: ${previous.unusable}\n`);
      continue;
    }
    return skipped.join('') + renderComparison(compareResults(current, previous), previous, shown(path));
  }
  const none = 'file' in choice ? 'Nothing to compare with' : 'No previous results file to compare with';
  return `${skipped.join('')}${none}\n`;
}
