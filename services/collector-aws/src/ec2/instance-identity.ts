import { arnFor, kindIdentity } from '@cloud-inventory/collector-kit';

/**
 * The instance kind's name and uid, which InstancesManager takes from here: kinds that instances point back at (key
 * pairs) point at instances through it rather than by importing InstancesManager, which would close an import cycle.
 */
export const INSTANCE = kindIdentity('aws_ec2_instance', arnFor('ec2', 'instance/'));
