import { Metadata, type CallOptions, type ChannelCredentials, type Client, type ServiceError } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { bearerTokenMetadata } from './bearer-token.js';
import { createChannelCredentials, type ChannelTlsOptions } from './tls.js';

export interface UnaryClientOptions {
  /** Sent as `authorization: Bearer <token>`. */
  token?: string;
  tls?: ChannelTlsOptions;
  /** Used as given; `tls` is then ignored. */
  credentials?: ChannelCredentials;
  deadlineMs?: number;
}

/** Each unary method of a service: its request and response types. */
export type UnaryMethods<Methods> = { [Name in keyof Methods]: [unknown, unknown] };

/** The request and response types of each method of a generated service definition (a service of unary methods). */
export type UnaryMethodsOf<Definition> = {
  [Name in keyof Definition]: Definition[Name] extends MethodDefinition<
    infer Request,
    infer _Response,
    infer _RequestOutput,
    infer ResponseOutput
  >
    ? [Request, ResponseOutput]
    : never;
};

type UnaryCall = (
  request: unknown,
  metadata: Metadata,
  options: CallOptions,
  callback: (error: ServiceError | null, response?: unknown) => void,
) => unknown;

/** A promise-based client over a generated grpc-js client: bearer token, per-call deadline, TLS. */
export class UnaryClient<Methods extends UnaryMethods<Methods>, Raw extends Client> {
  readonly raw: Raw;

  constructor(
    ServiceClient: new (address: string, credentials: ChannelCredentials) => Raw,
    address: string,
    private readonly options: UnaryClientOptions,
    private readonly defaultDeadlineMs: number,
  ) {
    this.raw = new ServiceClient(address, options.credentials ?? createChannelCredentials(options.tls));
  }

  call<Name extends keyof Methods & string>(method: Name, request: Methods[Name][0]): Promise<Methods[Name][1]> {
    const metadata = bearerTokenMetadata(this.options.token, new Metadata());
    const callOptions: CallOptions = { deadline: Date.now() + (this.options.deadlineMs ?? this.defaultDeadlineMs) };
    return new Promise((resolve, reject) => {
      const invoke = (this.raw as unknown as Record<string, UnaryCall>)[method] as UnaryCall;
      invoke.call(this.raw, request, metadata, callOptions, (error, response) => {
        if (error) reject(error);
        else resolve(response as Methods[Name][1]);
      });
    });
  }

  close(): void {
    this.raw.close();
  }
}
