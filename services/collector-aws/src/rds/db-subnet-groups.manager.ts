import { ResourceManager, arnFor, edge } from '@cloud-inventory/collector-kit';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import type { DbSubnetGroupDetails } from './db-subnet-groups.connector.js';
import { tagListMapping } from '../tag-list-mapping.js';

export class DbSubnetGroupsManager extends ResourceManager<DbSubnetGroupDetails> {
  readonly kind = 'aws_rds_db_subnet_group';
  readonly serviceType = {
    group: 'RDS',
    type: 'DBSubnetGroup',
    name: 'RDS DB Subnet Group',
    labels: ['Networking'],
    family: 'subnet_group',
  };
  readonly uid = arnFor('rds', 'subgrp:');
  readonly mapping = tagListMapping<DbSubnetGroupDetails>('DBSubnetGroupName');
  override readonly relationships = [
    edge('in_subnet', SubnetsManager, (group: DbSubnetGroupDetails) => group.Subnets?.map((s) => s.SubnetIdentifier)),
    edge('in_vpc', VpcsManager, (group: DbSubnetGroupDetails) => group.VpcId),
  ];
}
