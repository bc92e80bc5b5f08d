import { InvalidStoreArgumentError } from './errors.js';
import type { Direction } from './graph-store.js';

/** How much one neighbour query returns: resources (default and maximum) and edges per returned resource. */
export const NEIGHBOR_LIMITS = {
  defaultResources: 100,
  maxResources: 1000,
  edgesPerResource: 4,
} as const;

export interface NeighborBudget {
  resources: number;
  edges: number;
}

export function resolveNeighborBudget(limit: number | undefined): NeighborBudget {
  const resources = limit ?? NEIGHBOR_LIMITS.defaultResources;
  if (!Number.isInteger(resources) || resources < 1 || resources > NEIGHBOR_LIMITS.maxResources) {
    throw new InvalidStoreArgumentError('query.limit', `must be an integer from 1 to ${NEIGHBOR_LIMITS.maxResources}`);
  }
  return { resources, edges: resources * NEIGHBOR_LIMITS.edgesPerResource };
}

/**
 * The resources an edge from the frontier may end at without being counted twice. Following one direction, each hop
 * leaves from a new frontier, so every edge it finds is new. Following both, an edge back to an earlier hop was found
 * when that hop was the frontier, so only the frontier itself and the resources reached now qualify.
 */
export function edgeEnds(direction: Direction, frontier: string[], reached: string[], visited: string[]): string[] {
  return direction === 'both' ? [...frontier, ...reached] : visited;
}
