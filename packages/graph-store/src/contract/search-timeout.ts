/**
 * How long one search test may take: a theme seeds a store and asks it dozens of searches, and on a loaded machine
 * Neo4j plans each new query text anew (about a second a search was measured on the shared 2-core machine).
 */
export const SEARCH_TEST_TIMEOUT_MS = 300_000;
