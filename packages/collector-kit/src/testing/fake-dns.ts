import type { LookupAddress, LookupOptions } from 'node:dns';
import type { DnsLookup } from '../dns-lookup.js';

export type DnsFailureCode = 'ENOTFOUND' | 'EAI_AGAIN';

/**
 * A resolver for tests, handed to the collector as its `lookup`: names it knows resolve to an address (the
 * simulator's loopback), and a name can be made to fail as a real resolver fails (ENOTFOUND, EAI_AGAIN). Names it
 * does not know fail with ENOTFOUND, so a test never reaches a real host. It records every name asked.
 */
export class FakeDns {
  readonly asked: string[] = [];
  private readonly addresses = new Map<string, string>();
  private readonly failures = new Map<string, DnsFailureCode>();
  private everything: DnsFailureCode | undefined;

  /** `hostname` resolves to `address` (127.0.0.1 by default) until made to fail. */
  resolve(hostname: string, address = '127.0.0.1'): this {
    this.addresses.set(hostname.toLowerCase(), address);
    return this;
  }

  fail(hostname: string, code: DnsFailureCode): this {
    this.failures.set(hostname.toLowerCase(), code);
    return this;
  }

  /** Every name fails with `code` from now on (a resolver that went away mid-sync). */
  failEverything(code: DnsFailureCode): this {
    this.everything = code;
    return this;
  }

  heal(): this {
    this.failures.clear();
    this.everything = undefined;
    return this;
  }

  readonly lookup: DnsLookup = (hostname, options, callback) => {
    const name = hostname.toLowerCase();
    this.asked.push(name);
    const code = this.everything ?? this.failures.get(name) ?? (this.addresses.has(name) ? undefined : 'ENOTFOUND');
    const address = this.addresses.get(name) ?? '';
    const all = (options as LookupOptions).all === true;
    process.nextTick(() => {
      if (code) {
        const error = Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), {
          code,
          errno: code === 'ENOTFOUND' ? -3008 : -3001,
          syscall: 'getaddrinfo',
          hostname,
        });
        callback(error, '', 4);
      } else if (all) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, [{ address, family: 4 }]);
      } else {
        callback(null, address, 4);
      }
    });
  };
}
