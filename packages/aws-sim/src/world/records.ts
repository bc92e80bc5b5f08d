/**
 * Resource records as the simulator holds them. Field names follow the AWS SDK v3 output shapes so that tests can
 * compare what they put in with what the SDK gives back.
 */
export interface SimTag {
  Key: string;
  Value: string;
}

export interface SimInstance {
  InstanceId: string;
  ReservationId: string;
  ImageId: string;
  InstanceType: string;
  State: { Code: number; Name: 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated' };
  LaunchTime: Date;
  AvailabilityZone: string;
  SubnetId?: string;
  VpcId?: string;
  PrivateIpAddress: string;
  PublicIpAddress?: string;
  KeyName?: string;
  Architecture: 'x86_64' | 'arm64';
  Platform?: 'windows';
  SecurityGroups: { GroupId: string; GroupName: string }[];
  BlockDeviceMappings: { DeviceName: string; VolumeId: string; AttachTime: Date; DeleteOnTermination: boolean }[];
  Tags: SimTag[];
}

export interface SimVolume {
  VolumeId: string;
  Size: number;
  VolumeType: 'gp2' | 'gp3' | 'io1' | 'st1' | 'sc1';
  Iops?: number;
  Encrypted: boolean;
  State: 'creating' | 'available' | 'in-use' | 'deleting' | 'deleted' | 'error';
  AvailabilityZone: string;
  CreateTime: Date;
  SnapshotId?: string;
  Attachments: {
    InstanceId: string;
    Device: string;
    State: 'attached';
    AttachTime: Date;
    DeleteOnTermination: boolean;
  }[];
  Tags: SimTag[];
}

export interface SimSnapshot {
  SnapshotId: string;
  VolumeId: string;
  VolumeSize: number;
  State: 'pending' | 'completed' | 'error';
  StartTime: Date;
  Progress: string;
  OwnerId: string;
  Description: string;
  Encrypted: boolean;
  Tags: SimTag[];
}

export interface SimImage {
  ImageId: string;
  Name: string;
  Description: string;
  OwnerId: string;
  State: 'available' | 'pending' | 'failed';
  CreationDate: string;
  Architecture: 'x86_64' | 'arm64';
  Public: boolean;
  RootDeviceName: string;
  RootSnapshotId?: string;
  Tags: SimTag[];
}

export interface SimVpc {
  VpcId: string;
  CidrBlock: string;
  State: 'pending' | 'available';
  IsDefault: boolean;
  OwnerId: string;
  DhcpOptionsId: string;
  Tags: SimTag[];
}

export interface SimSubnet {
  SubnetId: string;
  VpcId: string;
  CidrBlock: string;
  AvailabilityZone: string;
  AvailableIpAddressCount: number;
  State: 'pending' | 'available';
  MapPublicIpOnLaunch: boolean;
  DefaultForAz: boolean;
  OwnerId: string;
  Tags: SimTag[];
}

export interface SimSecurityGroupRule {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  CidrIps: string[];
}

export interface SimSecurityGroup {
  GroupId: string;
  GroupName: string;
  Description: string;
  VpcId: string;
  OwnerId: string;
  IpPermissions: SimSecurityGroupRule[];
  IpPermissionsEgress: SimSecurityGroupRule[];
  Tags: SimTag[];
}

export interface SimAddress {
  AllocationId: string;
  PublicIp: string;
  Domain: 'vpc';
  InstanceId?: string;
  AssociationId?: string;
  NetworkInterfaceId?: string;
  PrivateIpAddress?: string;
  Tags: SimTag[];
}

export interface SimBucket {
  Name: string;
  CreationDate: Date;
  /** The bucket's region (GetBucketLocation answers an empty LocationConstraint for us-east-1). */
  Region: string;
  Tags: SimTag[];
  Encryption?: { SSEAlgorithm: 'AES256' | 'aws:kms'; KMSMasterKeyID?: string; BucketKeyEnabled: boolean };
  Versioning?: 'Enabled' | 'Suspended';
  PublicAccessBlock?: {
    BlockPublicAcls: boolean;
    IgnorePublicAcls: boolean;
    BlockPublicPolicy: boolean;
    RestrictPublicBuckets: boolean;
  };
  Logging?: { TargetBucket: string; TargetPrefix: string };
}

export interface SimTrail {
  Name: string;
  TrailARN: string;
  HomeRegion: string;
  S3BucketName: string;
  S3KeyPrefix?: string;
  IsMultiRegionTrail: boolean;
  IncludeGlobalServiceEvents: boolean;
  LogFileValidationEnabled: boolean;
  IsOrganizationTrail: boolean;
  IsLogging: boolean;
  KmsKeyId?: string;
  Tags: SimTag[];
}

/** The record type of each kind. */
export interface SimRecordByKind {
  instance: SimInstance;
  volume: SimVolume;
  snapshot: SimSnapshot;
  image: SimImage;
  vpc: SimVpc;
  subnet: SimSubnet;
  securityGroup: SimSecurityGroup;
  address: SimAddress;
  bucket: SimBucket;
  trail: SimTrail;
}
