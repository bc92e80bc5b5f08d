export { FakeDns, type DnsFailureCode } from './fake-dns.js';
