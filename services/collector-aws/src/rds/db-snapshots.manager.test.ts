import { describe, expect, it } from '@jest/globals';
import { DbSnapshotsManager } from './db-snapshots.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const rds = (resource: string) => `arn:aws:rds:eu-west-1:123456789012:${resource}`;
const key = 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-a000-0a1b2c3d4e5f';

describe('RDS snapshots', () => {
  it('of a DB instance: the snapshot ARN, snapshot_of the instance, encrypted_by its key', () => {
    const resource = new DbSnapshotsManager().map(
      {
        DBSnapshotIdentifier: 'before-upgrade',
        DBSnapshotArn: rds('snapshot:before-upgrade'),
        DBInstanceIdentifier: 'orders',
        SnapshotType: 'manual',
        Encrypted: true,
        KmsKeyId: key,
        SnapshotCreateTime: new Date('2026-11-01T10:00:00Z'),
        TagList: [{ Key: 'team', Value: 'shop' }],
      },
      scope,
    );
    expect(resource).toMatchObject({
      uid: rds('snapshot:before-upgrade'),
      id: 'before-upgrade',
      name: 'before-upgrade',
      tags: { team: 'shop' },
      created_at: '2026-11-01T10:00:00.000Z',
    });
    expect(resource.relationships).toEqual([
      { type: 'snapshot_of', target_kind: 'aws_rds_db_instance', target_uid: rds('db:orders') },
      { type: 'encrypted_by', target_kind: 'aws_kms_key', target_uid: key },
    ]);
  });

  it('of an Aurora DB cluster: the cluster snapshot ARN, snapshot_of the cluster, its Name tag as the name', () => {
    const resource = new DbSnapshotsManager().map(
      {
        DBClusterSnapshotIdentifier: 'before-upgrade',
        DBClusterSnapshotArn: rds('cluster-snapshot:before-upgrade'),
        DBClusterIdentifier: 'aurora-orders',
        SnapshotType: 'manual',
        StorageEncrypted: true,
        KmsKeyId: key,
        SnapshotCreateTime: new Date('2026-11-02T10:00:00Z'),
        TagList: [{ Key: 'Name', Value: 'orders before the upgrade' }],
      },
      scope,
    );
    expect(resource).toMatchObject({
      uid: rds('cluster-snapshot:before-upgrade'),
      id: 'before-upgrade',
      name: 'orders before the upgrade',
      tags: { Name: 'orders before the upgrade' },
      created_at: '2026-11-02T10:00:00.000Z',
    });
    // `Encrypted` as instance snapshots have it from AWS, so that one --where finds the unencrypted ones of both
    expect(JSON.parse(resource.data_json)).toMatchObject({ DBClusterIdentifier: 'aurora-orders', Encrypted: true });
    expect(resource.relationships).toEqual([
      { type: 'snapshot_of', target_kind: 'aws_rds_db_cluster', target_uid: rds('cluster:aurora-orders') },
      { type: 'encrypted_by', target_kind: 'aws_kms_key', target_uid: key },
    ]);
  });

  it('unencrypted: no encrypted_by edge, Encrypted false', () => {
    const resource = new DbSnapshotsManager().map(
      {
        DBClusterSnapshotIdentifier: 'plain',
        DBClusterSnapshotArn: rds('cluster-snapshot:plain'),
        DBClusterIdentifier: 'aurora-plain',
        StorageEncrypted: false,
      },
      scope,
    );
    expect(resource.relationships.map((relationship) => relationship.type)).toEqual(['snapshot_of']);
    expect(JSON.parse(resource.data_json)).toMatchObject({ Encrypted: false });
  });
});
