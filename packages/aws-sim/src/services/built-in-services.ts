import { cloudFormationService } from './cloudformation/cloudformation-service.js';
import { cloudTrailService } from './cloudtrail/cloudtrail-service.js';
import { cloudWatchService } from './cloudwatch/cloudwatch-service.js';
import { ec2Service } from './ec2/ec2-service.js';
import { elastiCacheService } from './elasticache/elasticache-service.js';
import { rdsService } from './rds/rds-service.js';
import { snsService } from './sns/sns-service.js';
import { s3Service } from './s3/s3-service.js';
import { stsService } from './sts/sts-service.js';

/** The services every simulator speaks. */
export const BUILT_IN_SERVICES = [
  ec2Service,
  s3Service,
  cloudTrailService,
  stsService,
  rdsService,
  snsService,
  cloudWatchService,
  elastiCacheService,
  cloudFormationService,
] as const;

/** The AWS services the simulator speaks, named as in the SigV4 credential scope. */
export type SimService = (typeof BUILT_IN_SERVICES)[number]['name'];

/** A built-in service or one added by `startAwsSimulator({ services })`. */
export type ServiceName = SimService | (string & {});
