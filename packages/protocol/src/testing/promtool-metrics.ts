import { spawnSync } from 'node:child_process';

/**
 * What `promtool check metrics` says of a scrape, line by line (empty: accepted). Undefined when promtool is not
 * installed, with a warning; under CI=true a missing promtool throws (`.ci/run` installs it).
 */
export function promtoolMetricsProblems(scrape: string): string[] | undefined {
  const promtool = spawnSync('promtool', ['check', 'metrics'], { input: scrape, encoding: 'utf8' });
  if (promtool.error) {
    if (process.env.CI === 'true') throw new Error('promtool is required in CI (apt-get install -y prometheus)');
    console.warn('SKIPPED: promtool not found; install the Debian package prometheus to validate the scrape');
    return undefined;
  }
  // prom-client's own default process metrics (nodejs_active_handles_total...) are gauges named like counters;
  // promtool's lint flags them, so only the other lines count. A parse error would show here too.
  return `${promtool.stdout}${promtool.stderr}`
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^nodejs_active_\w+_total non-counter metrics/.test(line));
}
