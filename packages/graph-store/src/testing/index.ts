export { holdNeo4jDatabase } from './neo4j-database-lock.js';
