/** One scenario's figures as read from a results file; a figure the file does not carry is absent. */
export interface ScenarioFigures {
  /** Size, profile and store: what two files' runs are matched by. */
  scenario: string;
  wallMs?: number;
  resourcesPerSecond?: number;
  peakRssMb: Record<string, number>;
  cpuMs: Record<string, number>;
}

export interface ResultsFile {
  startedAt?: string;
  scenarios: ScenarioFigures[];
  /** Fields some run lacks (a file written before they were measured), to say what could not be compared. */
  missingFields: string[];
  /** Runs without a size, profile or store: they cannot be matched to anything. */
  unmatchedRuns: number;
}

export class CorruptResultsError extends Error {
  readonly code = 'CORRUPT_RESULTS';
  constructor(readonly reason: string) {
    super(`not a results file: ${reason}`);
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const numberAt = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function numbersOf(value: unknown): Record<string, number> | undefined {
  if (!isObject(value)) return undefined;
  const numbers = Object.entries(value).flatMap(([name, n]) =>
    numberAt(n) === undefined ? [] : [[name, n as number]],
  );
  return Object.fromEntries(numbers) as Record<string, number>;
}

export function scenarioOf(size: number, profile: string, store: string): string {
  return `${size} ${profile} ${store}`;
}

/** Reads the runs of a parsed results file, keeping what an older shape has and noting what it lacks. */
export function resultsFrom(value: unknown): ResultsFile {
  if (!isObject(value)) throw new CorruptResultsError('the top level is not an object');
  if (!Array.isArray(value.runs)) throw new CorruptResultsError('it has no runs list');
  const missing = new Set<string>();
  const scenarios: ScenarioFigures[] = [];
  let unmatchedRuns = 0;
  for (const run of value.runs) {
    // An --accounts run is matched by its number of accounts, never with a run of a size.
    const accounts = isObject(run) && run.mode === 'accounts' ? numberAt(run.accounts) : undefined;
    const size = isObject(run) ? (accounts ?? numberAt(run.resourcesRequested)) : undefined;
    const profile = isObject(run) && isObject(run.profile) ? run.profile.name : undefined;
    const store = isObject(run) ? run.store : undefined;
    if (!isObject(run) || size === undefined || typeof profile !== 'string' || typeof store !== 'string') {
      unmatchedRuns += 1;
      continue;
    }
    const figures: ScenarioFigures = {
      scenario: accounts === undefined ? scenarioOf(size, profile, store) : `${accounts} accounts ${profile} ${store}`,
      wallMs: numberAt(run.wallMs),
      resourcesPerSecond: numberAt(run.resourcesPerSecond),
      peakRssMb: numbersOf(run.peakRssMb) ?? {},
      cpuMs: numbersOf(run.cpuMs) ?? {},
    };
    for (const field of ['wallMs', 'resourcesPerSecond', 'peakRssMb', 'cpuMs'] as const)
      if (run[field] === undefined) missing.add(field);
    scenarios.push(figures);
  }
  return {
    ...(typeof value.startedAt === 'string' ? { startedAt: value.startedAt } : {}),
    scenarios,
    missingFields: [...missing].sort(),
    unmatchedRuns,
  };
}

export function parseResultsFile(text: string): ResultsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorruptResultsError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return resultsFrom(value);
}
