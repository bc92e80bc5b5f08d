/** The parts of an AWS SDK v3 error we keep: never the request, the client config or the credentials. */
export interface AwsErrorSummary {
  name: string;
  httpStatus?: number;
  requestId?: string;
}

interface AwsErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
}

export function summarizeAwsError(error: unknown): AwsErrorSummary {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as AwsErrorShape;
  const rawName = [shape.Code, shape.code, shape.name].find((value) => typeof value === 'string' && value !== 'Error');
  const summary: AwsErrorSummary = { name: typeof rawName === 'string' ? rawName : 'Error' };
  if (typeof shape.$metadata?.httpStatusCode === 'number') summary.httpStatus = shape.$metadata.httpStatusCode;
  if (typeof shape.$metadata?.requestId === 'string') summary.requestId = shape.$metadata.requestId;
  return summary;
}

export function describeAwsError(summary: AwsErrorSummary): string {
  const parts = [summary.name];
  if (summary.httpStatus !== undefined) parts.push(`HTTP ${summary.httpStatus}`);
  if (summary.requestId !== undefined) parts.push(`request ${summary.requestId}`);
  return parts.join(', ');
}

/** True when the error's name is one of `names` (for documented expected cases such as NoSuchTagSet). */
export function isAwsError(error: unknown, names: readonly string[]): boolean {
  return names.includes(summarizeAwsError(error).name);
}

/**
 * Runs an AWS call whose "absent" answer is an error (S3 NoSuchTagSet, no encryption configuration...):
 * those named errors mean "none" and give undefined; every other error propagates to the runner.
 */
export async function absentOn<Value>(
  call: Promise<Value>,
  absentErrorNames: readonly string[],
): Promise<Value | undefined> {
  try {
    return await call;
  } catch (error) {
    // Documented expected case: these error names are how the API says the thing does not exist.
    if (isAwsError(error, absentErrorNames)) return undefined;
    throw error;
  }
}
