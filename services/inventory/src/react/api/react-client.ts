import { Metadata, type CallOptions, type ServiceError } from '@grpc/grpc-js';
import { bearerTokenMetadata, createChannelCredentials, type ChannelTlsOptions } from '@cloud-inventory/protocol';
import type { ReactApi } from '@cloud-inventory/protocol';
import { loadReactProto } from './react-service.js';

/** Each method of the React service: its request and response types. */
interface ReactMethods {
  QueryMetrics: [ReactApi.QueryMetricsRequest, ReactApi.QueryMetricsResponse__Output];
  ListActions: [ReactApi.ListActionsRequest, ReactApi.ListActionsResponse__Output];
  PlanActions: [ReactApi.PlanActionsRequest, ReactApi.ActionRunResponse__Output];
  RunActions: [ReactApi.RunActionsRequest, ReactApi.ActionRunResponse__Output];
  CreateJob: [ReactApi.CreateAutomationRequest, ReactApi.Automation__Output];
  ListJobs: [ReactApi.ListAutomationsRequest, ReactApi.ListAutomationsResponse__Output];
  DeleteJob: [ReactApi.DeleteAutomationRequest, ReactApi.DeleteAutomationResponse__Output];
  RunJobNow: [ReactApi.RunAutomationRequest, ReactApi.AutomationRun__Output];
  ListJobRuns: [ReactApi.ListAutomationRunsRequest, ReactApi.ListAutomationRunsResponse__Output];
}

/** A promise-based client of the React service (on the inventory API's port). */
export class ReactClient {
  readonly raw: ReactApi.ReactClient;

  constructor(
    address: string,
    private readonly options: { token?: string; tls?: ChannelTlsOptions; deadlineMs?: number } = {},
  ) {
    const { proto } = loadReactProto();
    this.raw = new proto.React(address, createChannelCredentials(options.tls));
  }

  call<Name extends keyof ReactMethods>(method: Name, request: ReactMethods[Name][0]): Promise<ReactMethods[Name][1]> {
    const metadata = bearerTokenMetadata(this.options.token, new Metadata());
    const callOptions: CallOptions = { deadline: Date.now() + (this.options.deadlineMs ?? 60_000) };
    return new Promise((resolve, reject) => {
      const invoke = this.raw[method] as unknown as (
        request: unknown,
        metadata: Metadata,
        options: CallOptions,
        callback: (error: ServiceError | null, response?: unknown) => void,
      ) => unknown;
      invoke.call(this.raw, request, metadata, callOptions, (error, response) => {
        if (error) reject(error);
        else resolve(response as ReactMethods[Name][1]);
      });
    });
  }

  close(): void {
    this.raw.close();
  }
}
