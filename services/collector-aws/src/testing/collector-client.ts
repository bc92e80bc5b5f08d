import { Metadata, credentials, type ServiceError } from '@grpc/grpc-js';
import {
  loadCollectorProto,
  type AwsSecret,
  type CollectOptions,
  type CollectRequest,
  type CollectResponse__Output,
  type CollectorClient,
  type GetTasksResponse__Output,
  type JobClient,
  type Resource__Output,
  type ScopeResult__Output,
  type Task__Output,
  type VerifyResponse__Output,
} from '@cloud-inventory/protocol';

/** A real gRPC client of a running collector, for tests and benchmarks. */
export class CollectorTestClient {
  readonly job: JobClient;
  readonly collector: CollectorClient;

  constructor(
    address: string,
    private readonly token?: string,
  ) {
    const proto = loadCollectorProto();
    this.job = new proto.Job(address, credentials.createInsecure());
    this.collector = new proto.Collector(address, credentials.createInsecure());
  }

  metadata(jobId = 'job-test'): Metadata {
    const metadata = new Metadata();
    if (this.token) metadata.set('authorization', `Bearer ${this.token}`);
    metadata.set('x-job-id', jobId);
    return metadata;
  }

  getTasks(options: CollectOptions, secret: AwsSecret, metadata = this.metadata()): Promise<GetTasksResponse__Output> {
    return new Promise((resolve, reject) =>
      this.job.GetTasks({ options, secret }, metadata, (error, response) =>
        error || !response ? reject(error) : resolve(response),
      ),
    );
  }

  /** The task `taskId` of the plan GetTasks answers; fails when the plan has no such task. */
  async plannedTask(
    options: CollectOptions,
    secret: AwsSecret,
    taskId: string,
    metadata = this.metadata(),
  ): Promise<Task__Output> {
    const plan = await this.getTasks(options, secret, metadata);
    const task = plan.tasks.find((candidate) => candidate.task_id === taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    return task;
  }

  verify(options: CollectOptions, secret: AwsSecret, metadata = this.metadata()): Promise<VerifyResponse__Output> {
    return new Promise((resolve, reject) =>
      this.collector.Verify({ options, secret }, metadata, (error, response) =>
        error || !response ? reject(error) : resolve(response),
      ),
    );
  }

  /** Reads the whole stream of one task. */
  collect(request: CollectRequest, metadata = this.metadata()): Promise<CollectResponse__Output[]> {
    return new Promise((resolve, reject) => {
      const responses: CollectResponse__Output[] = [];
      const call = this.collector.Collect(request, metadata);
      call.on('data', (response: CollectResponse__Output) => responses.push(response));
      call.on('error', (error: ServiceError) => reject(error));
      call.on('end', () => resolve(responses));
    });
  }

  close(): void {
    this.job.close();
    this.collector.close();
  }
}

/** The collector's AWS secret for a pair of access keys (the simulator's credentials). */
export function awsSecretOf(credentials: { accessKeyId: string; secretAccessKey: string }): AwsSecret {
  return { access_key_id: credentials.accessKeyId, secret_access_key: credentials.secretAccessKey };
}

export function resourcesOf(responses: CollectResponse__Output[]): Resource__Output[] {
  return responses.flatMap((response) => response.resources);
}

export function scopeResultsOf(responses: CollectResponse__Output[]): ScopeResult__Output[] {
  return responses.flatMap((response) => (response.scope_result ? [response.scope_result] : []));
}
