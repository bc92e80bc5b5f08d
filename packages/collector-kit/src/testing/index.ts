export { FakeDns, type DnsFailureCode } from './fake-dns.js';
export { connectorContextFor, type TestConnectorContext } from './connector-context.js';
