import { UnaryClient, type UnaryClientOptions } from '@cloud-inventory/protocol';
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
export class ReactClient extends UnaryClient<ReactMethods, ReactApi.ReactClient> {
  constructor(address: string, options: Pick<UnaryClientOptions, 'token' | 'tls' | 'deadlineMs'> = {}) {
    super(loadReactProto().proto.React, address, options, 60_000);
  }
}
