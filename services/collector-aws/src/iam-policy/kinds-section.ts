import { edgeTargetOf, iamActionsOfKind, type RegistryEntry } from '@cloud-inventory/collector-kit';
import { registry } from '../registry.js';

const begin = '<!-- kinds:begin (generated from the registry by npm run gen:iam-policy) -->';
const end = '<!-- kinds:end -->';

function edgesOf(entry: RegistryEntry): string {
  const edges = entry.manager.relationships.map((r) => `${r.type} → ${edgeTargetOf(r.target).kind}`);
  return [...new Set(edges)].join(', ') || '—';
}

/** The IAM actions of a kind's calls, each with its service: a kind may call other services (a DNS record's lookups). */
function callsOf(entry: RegistryEntry): string {
  return iamActionsOfKind(entry).join(', ') || '—';
}

/** The kinds the AWS collector collects, one row each: task service, kind, family, the calls it makes, its edges. */
export function kindsTable(): string {
  const rows = registry.allEntries().map((entry) => {
    const service = entry.service === '' ? 'region task' : `${entry.service}${entry.isGlobal ? ' (global)' : ''}`;
    const family = entry.manager.serviceType.family;
    return `| ${service} | \`${entry.kind}\` | ${family ? `\`${family}\`` : '—'} | ${callsOf(entry)} | ${edgesOf(entry)} |`;
  });
  const services = new Set(registry.allEntries().map((entry) => entry.service)).size;
  return [
    `${rows.length} kinds of ${services} task services (the region task's included).`,
    '',
    "Each kind's family is a name a search may use in place of its kinds (`is(load_balancer)`); families of more than",
    `one kind: ${sharedFamilies()}.`,
    '',
    '| task service | kind | family | calls (IAM actions) | edges |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function sharedFamilies(): string {
  const families = new Map<string, string[]>();
  for (const entry of registry.allEntries()) {
    const family = entry.manager.serviceType.family;
    if (family) families.set(family, [...(families.get(family) ?? []), entry.kind]);
  }
  return [...families]
    .filter(([, kinds]) => kinds.length > 1)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, kinds]) => `\`${family}\` (${kinds.map((kind) => `\`${kind}\``).join(', ')})`)
    .join(', ');
}

/** The README with its kinds section (between the markers) showing `table`; the README must have the markers. */
export function readmeWithKinds(readme: string, table: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no "${begin}" ... "${end}" section`);
  return `${readme.slice(0, from)}${begin}\n\n${table}\n\n${readme.slice(to)}`;
}
