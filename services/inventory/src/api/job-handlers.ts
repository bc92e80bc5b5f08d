import type { GraphStore, JobState } from '@cloud-inventory/graph-store';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { JobNotFoundError } from '../errors.js';
import type { SyncRunner } from '../sync/sync-runner.js';
import { decodePageToken, encodePageToken } from './page-token.js';
import { enumList, pageSize, regionCodes, requireNonEmpty, servicePattern, stringList } from './request-validation.js';
import { fromStore } from './store-errors.js';
import { toApiJob } from './to-api.js';

const jobStates: readonly JobState[] = ['PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILURE', 'CANCELED', 'ABORTED'];

export interface JobHandlerDeps {
  runner: SyncRunner;
  store: GraphStore;
}

export function jobHandlers({ runner, store }: JobHandlerDeps) {
  return {
    async StartSync(request: InventoryApi.StartSyncRequest__Output): Promise<InventoryApi.StartSyncResponse> {
      const { job } = await runner.start({
        accounts: stringList('accounts', request.accounts),
        services: stringList('services', request.services, {
          regex: servicePattern,
          description: 'a service name such as ec2',
        }),
        regions: stringList('regions', request.regions, regionCodes),
        trigger: 'api',
      });
      return { job: toApiJob(job) };
    },

    async GetJob(request: InventoryApi.GetJobRequest__Output): Promise<InventoryApi.Job> {
      const jobId = requireNonEmpty('job_id', request.job_id);
      const job = await fromStore(() => store.getJob(jobId));
      if (!job) throw new JobNotFoundError(jobId);
      return toApiJob(job);
    },

    async ListJobs(request: InventoryApi.ListJobsRequest__Output): Promise<InventoryApi.ListJobsResponse> {
      const states = request.states.length > 0 ? enumList('states', request.states, jobStates) : undefined;
      const query = { states, account: request.account || undefined };
      const limit = pageSize('page_size', request.page_size, 50);
      const page = await fromStore(() =>
        store.listJobs(query, { limit, pageToken: decodePageToken(request.page_token, query) }),
      );
      return { jobs: page.items.map(toApiJob), next_page_token: encodePageToken(page.nextPageToken, query) };
    },

    async CancelJob(request: InventoryApi.CancelJobRequest__Output): Promise<InventoryApi.Job> {
      return toApiJob(await runner.cancel(requireNonEmpty('job_id', request.job_id)));
    },
  };
}
