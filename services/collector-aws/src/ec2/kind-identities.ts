import { arnFor, kindIdentity } from '@cloud-inventory/collector-kit';

/**
 * Names and uids of kinds that edges point at from Managers their own Managers import (key pair -> instance ->
 * launch template -> key pair, ENI -> NAT gateway -> ENI, elastic IP -> ENI -> NAT gateway -> elastic IP, VPC endpoint ->
 * route table -> VPC endpoint): each of
 * these kinds' Managers takes its kind and uid from here, and the edges point here instead of importing the Manager.
 */
export const INSTANCE = kindIdentity('aws_ec2_instance', arnFor('ec2', 'instance/'));
export const NETWORK_INTERFACE = kindIdentity('aws_ec2_network_interface', arnFor('ec2', 'network-interface/'));
export const ELASTIC_IP = kindIdentity('aws_ec2_elastic_ip', arnFor('ec2', 'elastic-ip/'));
export const VPC_ENDPOINT = kindIdentity('aws_ec2_vpc_endpoint', arnFor('ec2', 'vpc-endpoint/'));
