import { arnFor, kindRef } from '@cloud-inventory/collector-kit';

// Kinds that edges point at from Managers their own Managers import (ENI -> NAT gateway -> ENI, elastic IP -> ENI ->
// NAT gateway -> elastic IP): each Manager takes its kind and uid from here.
export const NetworkInterfaceRef = kindRef('aws_ec2_network_interface', arnFor('ec2', 'network-interface/'));
export const ElasticIpRef = kindRef('aws_ec2_elastic_ip', arnFor('ec2', 'elastic-ip/'));
