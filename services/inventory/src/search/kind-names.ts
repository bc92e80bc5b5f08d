import { InvalidStoreArgumentError } from '@cloud-inventory/graph-store';
import type { Predicate, SearchQuery, TraversalStep } from '@cloud-inventory/graph-store';
import { excerpt } from '@cloud-inventory/protocol';
import type { KindCatalogueSnapshot } from './kind-catalogue.js';

/** Kind prefixes known without a catalogue (a kind may be named before any sync has declared it). */
const builtInProviders = ['aws'];

/**
 * Refuses an `is` name that is neither a kind nor a known family. A name is a kind when the catalogue declares it or
 * it starts with a provider's prefix (`aws_`): kinds may be named before a sync has declared them, and match nothing
 * until then. Any other name (`load_balancer`, `vm`) is a family, and an unknown family is an error listing the
 * known ones rather than a search that silently finds nothing.
 */
export function assertKnownKindNames(query: SearchQuery, catalogue: KindCatalogueSnapshot, field = 'query'): void {
  const prefixes = [...new Set([...builtInProviders, ...catalogue.providers])].map((provider) => `${provider}_`);
  const check = (predicate: Predicate, at: string): void => {
    switch (predicate.type) {
      case 'and':
      case 'or':
        predicate.terms.forEach((term, i) => check(term, `${at}.terms[${i}]`));
        return;
      case 'not':
        check(predicate.term, `${at}.term`);
        return;
      case 'with':
        checkSteps(predicate.steps, `${at}.steps`);
        return;
      case 'is':
        predicate.kinds.forEach((name, i) => {
          if (catalogue.kinds.has(name) || catalogue.families.has(name)) return;
          if (prefixes.some((prefix) => name.startsWith(prefix))) return;
          throw new InvalidStoreArgumentError(`${at}.kinds[${i}]`, unknownFamily(name, catalogue));
        });
        return;
      default:
        return;
    }
  };
  const checkSteps = (steps: TraversalStep[], at: string): void =>
    steps.forEach((step, i) => {
      if (step.filter) check(step.filter, `${at}[${i}].filter`);
    });
  check(query.filter, `${field}.filter`);
  if (query.target === 'resources' && query.steps) checkSteps(query.steps, `${field}.steps`);
}

function unknownFamily(name: string, catalogue: KindCatalogueSnapshot): string {
  const families = [...catalogue.families.keys()].sort();
  const known =
    families.length === 0
      ? 'no families are known yet (the collectors declare them in the first sync)'
      : `known families: ${families.join(', ')}`;
  return `${excerpt(name)} is neither a kind (such as aws_ec2_instance) nor a kind family; ${known}`;
}
