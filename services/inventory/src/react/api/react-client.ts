import { UnaryClient, type UnaryClientOptions, type UnaryMethodsOf } from '@cloud-inventory/protocol';
import type { ReactApi } from '@cloud-inventory/protocol';
import { loadReactProto } from './react-service.js';

/** A promise-based client of the React service (on the inventory API's port). */
export class ReactClient extends UnaryClient<UnaryMethodsOf<ReactApi.ReactDefinition>, ReactApi.ReactClient> {
  constructor(address: string, options: Pick<UnaryClientOptions, 'token' | 'tls' | 'deadlineMs'> = {}) {
    super(loadReactProto().proto.React, address, options, 60_000);
  }
}
