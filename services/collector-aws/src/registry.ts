import { createRegistry, kind, type RegistryDefinition } from '@cloud-inventory/collector-kit';
import { AccountConnector } from './account/account.connector.js';
import { AccountManager } from './account/account.manager.js';
import { RestApisConnector } from './apigateway/rest-apis.connector.js';
import { RestApisManager } from './apigateway/rest-apis.manager.js';
import { HttpApisConnector } from './apigatewayv2/http-apis.connector.js';
import { HttpApisManager } from './apigatewayv2/http-apis.manager.js';
import { CertificatesConnector } from './acm/certificates.connector.js';
import { CertificatesManager } from './acm/certificates.manager.js';
import { listEnabledRegions } from './account/enabled-regions.js';
import { RegionsConnector } from './account/regions.connector.js';
import { RegionsManager } from './account/regions.manager.js';
import { AutoScalingGroupsConnector } from './autoscaling/auto-scaling-groups.connector.js';
import { AutoScalingGroupsManager } from './autoscaling/auto-scaling-groups.manager.js';
import { LaunchConfigurationsConnector } from './autoscaling/launch-configurations.connector.js';
import { LaunchConfigurationsManager } from './autoscaling/launch-configurations.manager.js';
import { DistributionsConnector } from './cloudfront/distributions.connector.js';
import { DistributionsManager } from './cloudfront/distributions.manager.js';
import { TrailsConnector } from './cloudtrail/trails.connector.js';
import { TrailsManager } from './cloudtrail/trails.manager.js';
import { TablesConnector } from './dynamodb/tables.connector.js';
import { TablesManager } from './dynamodb/tables.manager.js';
import { MetricAlarmsConnector } from './cloudwatch/metric-alarms.connector.js';
import { MetricAlarmsManager } from './cloudwatch/metric-alarms.manager.js';
import { StacksConnector } from './cloudformation/stacks.connector.js';
import { StacksManager } from './cloudformation/stacks.manager.js';
import { CacheClustersConnector } from './elasticache/cache-clusters.connector.js';
import { CacheClustersManager } from './elasticache/cache-clusters.manager.js';
import { ReplicationGroupsConnector } from './elasticache/replication-groups.connector.js';
import { ReplicationGroupsManager } from './elasticache/replication-groups.manager.js';
import { ElasticIpsConnector } from './ec2/elastic-ips.connector.js';
import { ElasticIpsManager } from './ec2/elastic-ips.manager.js';
import { ImagesConnector } from './ec2/images.connector.js';
import { ImagesManager } from './ec2/images.manager.js';
import { InstancesConnector } from './ec2/instances.connector.js';
import { InstancesManager } from './ec2/instances.manager.js';
import { InternetGatewaysConnector } from './ec2/internet-gateways.connector.js';
import { InternetGatewaysManager } from './ec2/internet-gateways.manager.js';
import { KeyPairsConnector } from './ec2/key-pairs.connector.js';
import { KeyPairsManager } from './ec2/key-pairs.manager.js';
import { NatGatewaysConnector } from './ec2/nat-gateways.connector.js';
import { NatGatewaysManager } from './ec2/nat-gateways.manager.js';
import { NetworkAclsConnector } from './ec2/network-acls.connector.js';
import { NetworkAclsManager } from './ec2/network-acls.manager.js';
import { NetworkInterfacesConnector } from './ec2/network-interfaces.connector.js';
import { NetworkInterfacesManager } from './ec2/network-interfaces.manager.js';
import { RouteTablesConnector } from './ec2/route-tables.connector.js';
import { RouteTablesManager } from './ec2/route-tables.manager.js';
import { SecurityGroupsConnector } from './ec2/security-groups.connector.js';
import { SecurityGroupsManager } from './ec2/security-groups.manager.js';
import { SnapshotsConnector } from './ec2/snapshots.connector.js';
import { SnapshotsManager } from './ec2/snapshots.manager.js';
import { SubnetsConnector } from './ec2/subnets.connector.js';
import { SubnetsManager } from './ec2/subnets.manager.js';
import { VolumesConnector } from './ec2/volumes.connector.js';
import { VolumesManager } from './ec2/volumes.manager.js';
import { VpcsConnector } from './ec2/vpcs.connector.js';
import { VpcsManager } from './ec2/vpcs.manager.js';
import { FlowLogsConnector } from './ec2/flow-logs.connector.js';
import { FlowLogsManager } from './ec2/flow-logs.manager.js';
import { LaunchTemplatesConnector } from './ec2/launch-templates.connector.js';
import { LaunchTemplatesManager } from './ec2/launch-templates.manager.js';
import { TransitGatewayAttachmentsConnector } from './ec2/transit-gateway-attachments.connector.js';
import { TransitGatewayAttachmentsManager } from './ec2/transit-gateway-attachments.manager.js';
import { TransitGatewaysConnector } from './ec2/transit-gateways.connector.js';
import { TransitGatewaysManager } from './ec2/transit-gateways.manager.js';
import { VpcEndpointsConnector } from './ec2/vpc-endpoints.connector.js';
import { VpcEndpointsManager } from './ec2/vpc-endpoints.manager.js';
import { VpcPeeringConnectionsConnector } from './ec2/vpc-peering-connections.connector.js';
import { VpcPeeringConnectionsManager } from './ec2/vpc-peering-connections.manager.js';
import { EcrRepositoriesConnector } from './ecr/repositories.connector.js';
import { EcrRepositoriesManager } from './ecr/repositories.manager.js';
import { EcsClustersConnector } from './ecs/clusters.connector.js';
import { EcsClustersManager } from './ecs/clusters.manager.js';
import { EcsContainerInstancesConnector } from './ecs/container-instances.connector.js';
import { EcsContainerInstancesManager } from './ecs/container-instances.manager.js';
import { EcsServicesConnector } from './ecs/services.connector.js';
import { EcsServicesManager } from './ecs/services.manager.js';
import { EcsTaskDefinitionsConnector } from './ecs/task-definitions.connector.js';
import { EcsTaskDefinitionsManager } from './ecs/task-definitions.manager.js';
import { EcsTasksConnector } from './ecs/tasks.connector.js';
import { EcsTasksManager } from './ecs/tasks.manager.js';
import { AccessPointsConnector } from './efs/access-points.connector.js';
import { AccessPointsManager } from './efs/access-points.manager.js';
import { FileSystemsConnector } from './efs/file-systems.connector.js';
import { FileSystemsManager } from './efs/file-systems.manager.js';
import { MountTargetsConnector } from './efs/mount-targets.connector.js';
import { MountTargetsManager } from './efs/mount-targets.manager.js';
import { ClustersConnector } from './eks/clusters.connector.js';
import { ClustersManager } from './eks/clusters.manager.js';
import { NodegroupsConnector } from './eks/nodegroups.connector.js';
import { NodegroupsManager } from './eks/nodegroups.manager.js';
import { FunctionsConnector } from './lambda/functions.connector.js';
import { FunctionsManager } from './lambda/functions.manager.js';
import { AccessKeysConnector } from './iam/access-keys.connector.js';
import { AccessKeysManager } from './iam/access-keys.manager.js';
import { GroupsConnector } from './iam/groups.connector.js';
import { GroupsManager } from './iam/groups.manager.js';
import { InstanceProfilesConnector } from './iam/instance-profiles.connector.js';
import { InstanceProfilesManager } from './iam/instance-profiles.manager.js';
import { PoliciesConnector } from './iam/policies.connector.js';
import { PoliciesManager } from './iam/policies.manager.js';
import { RolesConnector } from './iam/roles.connector.js';
import { RolesManager } from './iam/roles.manager.js';
import { UsersConnector } from './iam/users.connector.js';
import { UsersManager } from './iam/users.manager.js';
import { ClassicLoadBalancersConnector } from './elb/classic-load-balancers.connector.js';
import { ClassicLoadBalancersManager } from './elb/classic-load-balancers.manager.js';
import { ListenersConnector } from './elbv2/listeners.connector.js';
import { ListenersManager } from './elbv2/listeners.manager.js';
import { LoadBalancersConnector } from './elbv2/load-balancers.connector.js';
import { LoadBalancersManager } from './elbv2/load-balancers.manager.js';
import { TargetGroupsConnector } from './elbv2/target-groups.connector.js';
import { TargetGroupsManager } from './elbv2/target-groups.manager.js';
import { AliasesConnector } from './kms/aliases.connector.js';
import { AliasesManager } from './kms/aliases.manager.js';
import { KeysConnector } from './kms/keys.connector.js';
import { KeysManager } from './kms/keys.manager.js';
import { LogGroupsConnector } from './logs/log-groups.connector.js';
import { LogGroupsManager } from './logs/log-groups.manager.js';
import { SecretsConnector } from './secretsmanager/secrets.connector.js';
import { SecretsManager } from './secretsmanager/secrets.manager.js';
import { QueuesConnector } from './sqs/queues.connector.js';
import { QueuesManager } from './sqs/queues.manager.js';
import { DbClustersConnector } from './rds/db-clusters.connector.js';
import { DbClustersManager } from './rds/db-clusters.manager.js';
import { DbInstancesConnector } from './rds/db-instances.connector.js';
import { DbInstancesManager } from './rds/db-instances.manager.js';
import { DbSnapshotsConnector } from './rds/db-snapshots.connector.js';
import { DbSnapshotsManager } from './rds/db-snapshots.manager.js';
import { DbSubnetGroupsConnector } from './rds/db-subnet-groups.connector.js';
import { DbSubnetGroupsManager } from './rds/db-subnet-groups.manager.js';
import { SubscriptionsConnector } from './sns/subscriptions.connector.js';
import { SubscriptionsManager } from './sns/subscriptions.manager.js';
import { TopicsConnector } from './sns/topics.connector.js';
import { TopicsManager } from './sns/topics.manager.js';
import { HostedZonesConnector } from './route53/hosted-zones.connector.js';
import { HostedZonesManager } from './route53/hosted-zones.manager.js';
import { RecordSetsConnector } from './route53/record-sets.connector.js';
import { RecordSetsManager } from './route53/record-sets.manager.js';
import { BucketsConnector } from './s3/buckets.connector.js';
import { OrgAccountsConnector } from './organizations/accounts.connector.js';
import { OrgAccountsManager } from './organizations/accounts.manager.js';
import { RootsConnector } from './organizations/roots.connector.js';
import { RootsManager } from './organizations/roots.manager.js';
import { UnitsConnector } from './organizations/units.connector.js';
import { UnitsManager } from './organizations/units.manager.js';
import { BucketsManager } from './s3/buckets.manager.js';

/**
 * Every kind the AWS collector collects, one line each, under the task service that collects it. A Manager missing
 * here fails registry.test.ts; an edge to a kind missing here fails the registry itself.
 */
export const awsRegistryDefinition: RegistryDefinition = {
  provider: 'aws',
  version: '0.1.0',
  listEnabledRegions,
  regionTask: [kind(AccountConnector, AccountManager), kind(RegionsConnector, RegionsManager)],
  services: {
    ec2: [
      kind(InstancesConnector, InstancesManager),
      kind(VolumesConnector, VolumesManager),
      kind(SnapshotsConnector, SnapshotsManager),
      kind(ImagesConnector, ImagesManager),
      kind(SecurityGroupsConnector, SecurityGroupsManager),
      kind(ElasticIpsConnector, ElasticIpsManager),
      kind(VpcsConnector, VpcsManager),
      kind(SubnetsConnector, SubnetsManager),
      kind(KeyPairsConnector, KeyPairsManager),
      kind(NetworkInterfacesConnector, NetworkInterfacesManager),
      kind(NatGatewaysConnector, NatGatewaysManager),
      kind(InternetGatewaysConnector, InternetGatewaysManager),
      kind(RouteTablesConnector, RouteTablesManager),
      kind(NetworkAclsConnector, NetworkAclsManager),
      kind(VpcEndpointsConnector, VpcEndpointsManager),
      kind(VpcPeeringConnectionsConnector, VpcPeeringConnectionsManager),
      kind(TransitGatewaysConnector, TransitGatewaysManager),
      kind(TransitGatewayAttachmentsConnector, TransitGatewayAttachmentsManager),
      kind(LaunchTemplatesConnector, LaunchTemplatesManager),
      kind(FlowLogsConnector, FlowLogsManager),
    ],
    s3: [kind(BucketsConnector, BucketsManager)],
    cloudtrail: [kind(TrailsConnector, TrailsManager)],
    ecs: [
      kind(EcsClustersConnector, EcsClustersManager),
      kind(EcsServicesConnector, EcsServicesManager),
      kind(EcsTaskDefinitionsConnector, EcsTaskDefinitionsManager),
      kind(EcsTasksConnector, EcsTasksManager),
      kind(EcsContainerInstancesConnector, EcsContainerInstancesManager),
    ],
    ecr: [kind(EcrRepositoriesConnector, EcrRepositoriesManager)],
    lambda: [kind(FunctionsConnector, FunctionsManager)],
    efs: [
      kind(FileSystemsConnector, FileSystemsManager),
      kind(MountTargetsConnector, MountTargetsManager),
      kind(AccessPointsConnector, AccessPointsManager),
    ],
    eks: [kind(ClustersConnector, ClustersManager), kind(NodegroupsConnector, NodegroupsManager)],
    iam: [
      kind(UsersConnector, UsersManager),
      kind(GroupsConnector, GroupsManager),
      kind(RolesConnector, RolesManager),
      kind(PoliciesConnector, PoliciesManager),
      kind(InstanceProfilesConnector, InstanceProfilesManager),
      kind(AccessKeysConnector, AccessKeysManager),
    ],
    elbv2: [
      kind(LoadBalancersConnector, LoadBalancersManager),
      kind(TargetGroupsConnector, TargetGroupsManager),
      kind(ListenersConnector, ListenersManager),
    ],
    elb: [kind(ClassicLoadBalancersConnector, ClassicLoadBalancersManager)],
    autoscaling: [
      kind(AutoScalingGroupsConnector, AutoScalingGroupsManager),
      kind(LaunchConfigurationsConnector, LaunchConfigurationsManager),
    ],
    kms: [kind(KeysConnector, KeysManager), kind(AliasesConnector, AliasesManager)],
    logs: [kind(LogGroupsConnector, LogGroupsManager)],
    sqs: [kind(QueuesConnector, QueuesManager)],
    dynamodb: [kind(TablesConnector, TablesManager)],
    secretsmanager: [kind(SecretsConnector, SecretsManager)],
    acm: [kind(CertificatesConnector, CertificatesManager)],
    rds: [
      kind(DbInstancesConnector, DbInstancesManager),
      kind(DbClustersConnector, DbClustersManager),
      kind(DbSubnetGroupsConnector, DbSubnetGroupsManager),
      kind(DbSnapshotsConnector, DbSnapshotsManager),
    ],
    sns: [kind(TopicsConnector, TopicsManager), kind(SubscriptionsConnector, SubscriptionsManager)],
    cloudwatch: [kind(MetricAlarmsConnector, MetricAlarmsManager)],
    elasticache: [
      kind(CacheClustersConnector, CacheClustersManager),
      kind(ReplicationGroupsConnector, ReplicationGroupsManager),
    ],
    cloudformation: [kind(StacksConnector, StacksManager)],
    cloudfront: [kind(DistributionsConnector, DistributionsManager)],
    route53: [kind(HostedZonesConnector, HostedZonesManager), kind(RecordSetsConnector, RecordSetsManager)],
    apigateway: [kind(RestApisConnector, RestApisManager)],
    apigatewayv2: [kind(HttpApisConnector, HttpApisManager)],
    organizations: [
      kind(RootsConnector, RootsManager),
      kind(UnitsConnector, UnitsManager),
      kind(OrgAccountsConnector, OrgAccountsManager),
    ],
  },
};

export const registry = createRegistry(awsRegistryDefinition);
