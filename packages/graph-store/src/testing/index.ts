export { holdNeo4jDatabase } from './neo4j-database-lock.js';
export { emptyNeo4jDatabase } from './empty-neo4j-database.js';
