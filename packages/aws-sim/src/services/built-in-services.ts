import { apiGatewayService } from './apigateway/apigateway-service.js';
import { autoScalingService } from './autoscaling/autoscaling-service.js';
import { acmService } from './acm/acm-service.js';
import { cloudFrontService } from './cloudfront/cloudfront-service.js';
import { cloudTrailService } from './cloudtrail/cloudtrail-service.js';
import { dynamoDbService } from './dynamodb/dynamodb-service.js';
import { ec2Service } from './ec2/ec2-service.js';
import { ecrService } from './ecr/ecr-service.js';
import { ecsService } from './ecs/ecs-service.js';
import { efsService } from './efs/efs-service.js';
import { eksService } from './eks/eks-service.js';
import { lambdaService } from './lambda/lambda-service.js';
import { iamService } from './iam/iam-service.js';
import { elbService } from './elb/elb-service.js';
import { elbv2Service } from './elbv2/elbv2-service.js';
import { kmsService } from './kms/kms-service.js';
import { logsService } from './logs/logs-service.js';
import { organizationsService } from './organizations/organizations-service.js';
import { secretsManagerService } from './secretsmanager/secretsmanager-service.js';
import { sqsService } from './sqs/sqs-service.js';
import { cloudFormationService } from './cloudformation/cloudformation-service.js';
import { cloudWatchService } from './cloudwatch/cloudwatch-service.js';
import { elastiCacheService } from './elasticache/elasticache-service.js';
import { rdsService } from './rds/rds-service.js';
import { route53Service } from './route53/route53-service.js';
import { snsService } from './sns/sns-service.js';
import { s3Service } from './s3/s3-service.js';
import { stsService } from './sts/sts-service.js';

/** The services every simulator speaks. */
export const BUILT_IN_SERVICES = [
  ec2Service,
  s3Service,
  cloudTrailService,
  stsService,
  ecsService,
  ecrService,
  lambdaService,
  efsService,
  eksService,
  iamService,
  elbv2Service,
  elbService,
  autoScalingService,
  kmsService,
  logsService,
  sqsService,
  dynamoDbService,
  secretsManagerService,
  acmService,
  rdsService,
  snsService,
  cloudWatchService,
  elastiCacheService,
  cloudFormationService,
  cloudFrontService,
  route53Service,
  apiGatewayService,
  organizationsService,
] as const;

/** The AWS services the simulator speaks, named as in the SigV4 credential scope. */
export type SimService = (typeof BUILT_IN_SERVICES)[number]['name'];

/** A built-in service or one added by `startAwsSimulator({ services })`. */
export type ServiceName = SimService | (string & {});
