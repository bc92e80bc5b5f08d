export { FakeDns, type DnsFailureCode } from './fake-dns.js';
export { collectAll, connectorContextFor, type TestAccount, type TestConnectorContext } from './connector-context.js';
