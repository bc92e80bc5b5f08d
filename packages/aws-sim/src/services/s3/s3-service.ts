import {
  GetBucketAcl$,
  GetBucketEncryption$,
  GetBucketLocation$,
  GetBucketLogging$,
  GetBucketOwnershipControls$,
  GetBucketPolicy$,
  GetBucketPolicyStatus$,
  GetBucketTagging$,
  GetBucketVersioning$,
  GetObject$,
  GetPublicAccessBlock$,
  HeadBucket$,
  HeadObject$,
  ListBuckets$,
  ListObjects$,
  ListObjectsV2$,
} from '@aws-sdk/client-s3';
import { restXml } from '../../protocols/rest-xml.js';
import { declareService, operation } from '../service-declaration.js';
import {
  getBucketAcl,
  getBucketEncryption,
  getBucketLocation,
  getBucketLogging,
  getBucketOwnershipControls,
  getBucketPolicy,
  getBucketPolicyStatus,
  getBucketTagging,
  getBucketVersioning,
  getObject,
  getPublicAccessBlock,
  headBucket,
  listObjects,
  listObjectsV2,
} from './bucket-operations.js';
import { listBuckets } from './list-buckets.js';
import { s3Addressing } from './s3-addressing.js';

/**
 * S3 over REST-XML, path-style or virtual-hosted, signed for us-east-1 or the bucket's region. Its codes differ
 * from other REST-XML services', and several calls are authorized by older IAM action names.
 */
export const s3Service = declareService({
  name: 's3',
  protocol: restXml,
  globalRegion: 'us-east-1',
  xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/',
  signsPathAsSent: true,
  bareXmlErrors: true,
  addressing: s3Addressing,
  errors: {
    missingAuthentication: ['AccessDenied', 403],
    incompleteSignature: ['AuthorizationHeaderMalformed', 400],
    unknownAccessKey: ['InvalidAccessKeyId', 403],
    contentHashMismatch: ['XAmzContentSHA256Mismatch', 400],
    invalidSessionToken: ['InvalidToken', 400],
    expiredToken: ['ExpiredToken', 400],
    requestTimeSkewed: ['RequestTimeTooSkewed', 403],
    regionNotEnabled: ['InvalidAccessKeyId', 403],
    throttled: ['SlowDown', 503],
    internalError: ['InternalError', 500],
    missingOperation: ['MethodNotAllowed', 405],
    unknownOperation: ['MethodNotAllowed', 405],
    malformedInput: ['InvalidArgument', 400],
  },
  operations: [
    operation(ListBuckets$, listBuckets, { iamAction: 'ListAllMyBuckets' }),
    operation(HeadBucket$, headBucket, { iamAction: 'ListBucket' }),
    operation(GetBucketLocation$, getBucketLocation),
    operation(GetBucketTagging$, getBucketTagging),
    operation(GetBucketEncryption$, getBucketEncryption, { iamAction: 'GetEncryptionConfiguration' }),
    operation(GetBucketVersioning$, getBucketVersioning),
    operation(GetPublicAccessBlock$, getPublicAccessBlock, { iamAction: 'GetBucketPublicAccessBlock' }),
    operation(GetBucketLogging$, getBucketLogging),
    operation(GetBucketAcl$, getBucketAcl),
    operation(GetBucketPolicy$, getBucketPolicy),
    operation(GetBucketPolicyStatus$, getBucketPolicyStatus),
    operation(GetBucketOwnershipControls$, getBucketOwnershipControls),
    operation(ListObjects$, listObjects, { iamAction: 'ListBucket' }),
    operation(ListObjectsV2$, listObjectsV2, { iamAction: 'ListBucket' }),
    operation(GetObject$, getObject),
    operation(HeadObject$, getObject, { iamAction: 'GetObject' }),
  ],
});
