import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { startAwsSimulator, type AwsSimulator } from './index.js';

let sim: AwsSimulator;

interface RawRequest {
  service: string;
  method?: string;
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  sign?: boolean;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a hand-made request, signed like an SDK would sign it, to reach shapes the SDK never sends. */
async function send(raw: RawRequest): Promise<RawAnswer> {
  const url = new URL(sim.endpoint);
  const method = raw.method ?? 'POST';
  const path = raw.path ?? '/';
  let headers: Record<string, string> = { host: url.host, ...raw.headers };
  if (raw.sign !== false) {
    const signer = new SignatureV4({
      service: raw.service,
      region: 'us-east-1',
      credentials: sim.credentials,
      sha256: Sha256,
      uriEscapePath: raw.service !== 's3',
    });
    const signed = await signer.sign({
      method,
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path,
      query: raw.query ?? {},
      headers,
      body: raw.body,
    });
    headers = signed.headers;
  }
  const search = new URLSearchParams(raw.query ?? {}).toString();
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${sim.endpoint}${path}${search ? `?${search}` : ''}`,
      { method, headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(raw.body);
  });
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny' });
});

afterAll(async () => {
  await sim.stop();
});

describe('bad input gets the AWS error shape of its protocol, never a crash or a hang', () => {
  it('answers an unknown EC2 action with InvalidAction in the EC2 error shape', async () => {
    const answer = await send({ service: 'ec2', headers: FORM, body: 'Action=RunEverything&Version=2016-11-15' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(
      /<Response><Errors><Error><Code>InvalidAction<\/Code><Message>[^<]+<\/Message><\/Error><\/Errors><RequestID>[^<]+<\/RequestID><\/Response>/,
    );
  });

  it('answers a garbage EC2 body and a malformed MaxResults with 400s', async () => {
    const garbage = await send({ service: 'ec2', headers: FORM, body: '%%%\u0000&&==' });
    expect(garbage.status).toBe(400);
    expect(garbage.body).toContain('<Code>MissingAction</Code>');
    const badMax = await send({
      service: 'ec2',
      headers: FORM,
      body: 'Action=DescribeInstances&Version=2016-11-15&MaxResults=abc',
    });
    expect(badMax.status).toBe(400);
    expect(badMax.body).toContain('<Code>InvalidParameterValue</Code>');
  });

  it('answers malformed CloudTrail JSON with SerializationException and an unknown target with UnknownOperationException', async () => {
    const target = (operation: string) => ({
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.${operation}`,
    });
    const malformed = await send({
      service: 'cloudtrail',
      headers: target('DescribeTrails'),
      body: '{"trailNameList": [',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers['x-amzn-errortype']).toBe('SerializationException');
    expect(JSON.parse(malformed.body)).toMatchObject({ __type: 'SerializationException', message: expect.any(String) });
    const unknown = await send({ service: 'cloudtrail', headers: target('DeleteEverything'), body: '{}' });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body)).toMatchObject({ __type: 'UnknownOperationException' });
  });

  it('answers an AssumeRole without RoleArn with ValidationError in the STS error shape', async () => {
    const answer = await send({
      service: 'sts',
      headers: FORM,
      body: 'Action=AssumeRole&Version=2011-06-15&RoleSessionName=x1',
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(
      /<ErrorResponse[^>]*><Error><Type>Sender<\/Type><Code>ValidationError<\/Code><Message>[^<]*roleArn/,
    );
  });

  it('answers an S3 method it does not serve with MethodNotAllowed in the S3 error shape', async () => {
    const answer = await send({
      service: 's3',
      method: 'DELETE',
      path: '/some-bucket',
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect(answer.status).toBe(405);
    expect(answer.body).toMatch(
      /<Error><Code>MethodNotAllowed<\/Code><Message>[^<]+<\/Message>.*<RequestId>[^<]+<\/RequestId>/,
    );
  });

  it('answers unsigned and badly signed requests without crashing', async () => {
    const unsigned = await send({
      service: 'ec2',
      headers: FORM,
      body: 'Action=DescribeVpcs&Version=2016-11-15',
      sign: false,
    });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body).toContain('<Code>MissingAuthenticationToken</Code>');
    const garbled = await send({
      service: 'ec2',
      headers: { ...FORM, authorization: 'AWS4-HMAC-SHA256 Credential=nonsense' },
      body: 'Action=DescribeVpcs',
      sign: false,
    });
    expect(garbled.status).toBe(400);
    expect(garbled.body).toContain('<Code>IncompleteSignature</Code>');
  });

  it('answers a request signed for a service it does not simulate with a 404 UnknownEndpoint', async () => {
    const answer = await send({ service: 'kinesis', method: 'POST', path: '/' });
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('UnknownEndpoint');
  });

  it('answers an oversized body with 413 and keeps serving', async () => {
    const answer = await send({
      service: 'ec2',
      headers: FORM,
      body: `Action=DescribeVpcs&x=${'a'.repeat(1_100_000)}`,
      sign: false,
    });
    expect(answer.status).toBe(413);
    const next = await send({ service: 'ec2', headers: FORM, body: 'Action=DescribeVpcs&Version=2016-11-15' });
    expect(next.status).toBe(200);
    expect(next.body).toContain('<vpcSet>');
  });
  it('answers a Host built to make a backtracking pattern explode as soon as any other request', async () => {
    // 30 "-a" pairs after ".s3" and no valid suffix: a pattern with two ways to read each "-" took minutes on it
    const host = `bucket.s3${'-a'.repeat(30)}.amazonaws.co`;
    const answer = await send({ service: 's3', method: 'GET', path: '/', headers: { host }, sign: false });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    const virtualHosted = await send({
      service: 's3',
      method: 'GET',
      path: '/',
      headers: { host: `my.bucket.s3.us-east-1.amazonaws.com` },
      sign: false,
    });
    expect(virtualHosted.body).toContain('AccessDenied');
  });
});
