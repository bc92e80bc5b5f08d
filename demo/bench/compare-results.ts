import type { ResultsFile, ScenarioFigures } from './results-file.js';

/*
 * How far a figure may move before it counts as a change rather than noise. Two back-to-back runs of the same commit
 * (2,000 resources, 2 cores shared with other work) differed by 4-5 % in every figure, so the bands sit at about twice
 * that. Peak RSS and CPU time get a wider band: RSS is sampled every 200 ms and lands before or after a collection
 * (V8 grows the heap by what it has spare), and CPU time also counts work other processes push onto the same cores.
 */
export const WALL_TIME_TOLERANCE = 0.1;
export const THROUGHPUT_TOLERANCE = 0.1;
export const PEAK_RSS_TOLERANCE = 0.15;
export const CPU_TIME_TOLERANCE = 0.15;

export type Verdict = 'worse' | 'better' | 'same' | 'n/a';

export interface FigureComparison {
  figure: string;
  unit: string;
  current?: number;
  previous?: number;
  /** current / previous. */
  ratio?: number;
  verdict: Verdict;
  tolerance: number;
}

export interface ScenarioComparison {
  scenario: string;
  figures: FigureComparison[];
}

export interface ResultsComparison {
  scenarios: ScenarioComparison[];
  onlyInCurrent: string[];
  onlyInPrevious: string[];
}

interface Figure {
  figure: string;
  unit: string;
  read: (figures: ScenarioFigures) => number | undefined;
  /** Whether a higher value is the worse one (wall time, memory) or the better one (throughput). */
  higherIsWorse: boolean;
  tolerance: number;
}

const sumOf = (numbers: Record<string, number>) =>
  Object.keys(numbers).length === 0 ? undefined : Object.values(numbers).reduce((sum, n) => sum + n, 0);

function figuresFor(current: ScenarioFigures, previous: ScenarioFigures): Figure[] {
  const processes = [...new Set([...Object.keys(current.peakRssMb), ...Object.keys(previous.peakRssMb)])];
  return [
    { figure: 'wall time', unit: 's', read: (s) => s.wallMs, higherIsWorse: true, tolerance: WALL_TIME_TOLERANCE },
    {
      figure: 'resources/s',
      unit: '',
      read: (s) => s.resourcesPerSecond,
      higherIsWorse: false,
      tolerance: THROUGHPUT_TOLERANCE,
    },
    ...processes.map((name) => ({
      figure: `peak RSS ${name}`,
      unit: 'MiB',
      read: (s: ScenarioFigures) => s.peakRssMb[name],
      higherIsWorse: true,
      tolerance: PEAK_RSS_TOLERANCE,
    })),
    {
      figure: 'CPU time, all processes',
      unit: 's',
      read: (s) => sumOf(s.cpuMs),
      higherIsWorse: true,
      tolerance: CPU_TIME_TOLERANCE,
    },
  ];
}

function compareFigure(figure: Figure, current: ScenarioFigures, previous: ScenarioFigures): FigureComparison {
  const now = figure.read(current);
  const before = figure.read(previous);
  const base = {
    figure: figure.figure,
    unit: figure.unit,
    current: now,
    previous: before,
    tolerance: figure.tolerance,
  };
  if (now === undefined || before === undefined || before === 0) return { ...base, verdict: 'n/a' };
  const ratio = now / before;
  const worse = figure.higherIsWorse ? ratio > 1 + figure.tolerance : ratio < 1 - figure.tolerance;
  const better = figure.higherIsWorse ? ratio < 1 - figure.tolerance : ratio > 1 + figure.tolerance;
  return { ...base, ratio, verdict: worse ? 'worse' : better ? 'better' : 'same' };
}

/** Matches the two files' runs by size, profile and store and compares each pair's key figures. */
export function compareResults(current: ResultsFile, previous: ResultsFile): ResultsComparison {
  const previousByScenario = new Map(previous.scenarios.map((s) => [s.scenario, s]));
  const currentScenarios = new Set(current.scenarios.map((s) => s.scenario));
  const scenarios: ScenarioComparison[] = [];
  for (const now of current.scenarios) {
    const before = previousByScenario.get(now.scenario);
    if (before)
      scenarios.push({
        scenario: now.scenario,
        figures: figuresFor(now, before).map((figure) => compareFigure(figure, now, before)),
      });
  }
  return {
    scenarios,
    onlyInCurrent: current.scenarios.filter((s) => !previousByScenario.has(s.scenario)).map((s) => s.scenario),
    onlyInPrevious: previous.scenarios.filter((s) => !currentScenarios.has(s.scenario)).map((s) => s.scenario),
  };
}
