import type { Database, Statement } from 'better-sqlite3';
import { changedFields } from '../change-detection.js';
import { sameStoredContent, type StoredContentRow } from './sqlite-content.js';
import type {
  ChangeRecord,
  ChangeSubject,
  EdgeRecord,
  ResourceBatch,
  ResourceRecord,
  WriteResult,
} from '../graph-store.js';
import { toResourceRecord, type ResourceRow } from './sqlite-rows.js';

type ResourceValues = [
  uid: string,
  id: string,
  kind: string,
  name: string,
  cloud: string,
  account: string,
  region: string,
  service: string,
  type: string | null,
  createdAt: string | null,
  updatedAt: string | null,
  tags: string,
  data: string,
  firstSeen: string,
];

type ChangeValues = [
  syncId: string,
  uid: string,
  kind: string,
  name: string,
  cloud: string,
  account: string,
  region: string,
  change: string,
  at: string,
  changedFields: string | null,
];

/** The write path: each call is one transaction, so a batch is either fully stored or not at all. */
export class SqliteWriter {
  private readonly selectContent: Statement<[string], Omit<ResourceRow, 'first_seen' | 'last_seen' | 'last_sync_id'>>;
  private readonly insertResource: Statement<ResourceValues>;
  private readonly replaceContent: Statement<ResourceValues>;
  private readonly selectStored: Statement<[string], StoredContentRow>;
  private readonly markSeen: Statement<[number, string, number]>;
  private readonly insertChange: Statement<ChangeValues>;
  private readonly selectBatchStored: Statement<[string], StoredContentRow>;
  private readonly insertSeenAll: Statement<[number, string, string]>;
  private readonly insertCreatedChanges: Statement<[string, string, string]>;
  private readonly insertCreatedChangesByRid: Statement<[string, string, string]>;
  private readonly markSeenAll: Statement<[number, string, string]>;
  private readonly upsertEdge: Statement<[string, string, string, string | null, number]>;
  readonly writeResources: (syncId: string, syncSeq: number, resources: ResourceRecord[]) => WriteResult;
  readonly writeEdges: (syncSeq: number, edges: EdgeRecord[]) => void;
  readonly writeBatch: (syncId: string, syncSeq: number, batch: ResourceBatch) => WriteResult;

  constructor(db: Database) {
    this.selectContent = db.prepare(
      `SELECT uid, id, kind, name, cloud, account, region, service, type, created_at, updated_at, tags, data
       FROM resources WHERE uid = ?`,
    );
    this.insertResource = db.prepare(
      `INSERT INTO resources (uid, id, kind, name, cloud, account, region, service, type, created_at, updated_at,
         tags, data, first_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (uid) DO NOTHING`,
    );
    // Same parameters as the insert, so that one tuple serves both; first_seen stays as it was.
    this.replaceContent = db.prepare(
      `UPDATE resources SET id = v.column2, kind = v.column3, name = v.column4, cloud = v.column5,
         account = v.column6, region = v.column7, service = v.column8, type = v.column9, created_at = v.column10,
         updated_at = v.column11, tags = v.column12, data = v.column13
       FROM (VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)) AS v
       WHERE resources.uid = v.column1`,
    );
    this.selectStored = db
      .prepare<[string], StoredContentRow>(
        'SELECT 0, rid, name, type, created_at, tags, data FROM resources WHERE uid = ?',
      )
      .raw();
    this.markSeen = db.prepare('UPDATE resource_seen SET last_sync = max(last_sync, ?), last_seen = ? WHERE rid = ?');
    this.insertChange = db.prepare(
      `INSERT INTO changes (sync_id, uid, kind, name, cloud, account, region, change, at, changed_fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The set-wise forms below take a JSON array of uids or rids, so that a batch costs one statement, not one a row.
    // Raw rows: cheaper to read than objects, which matters on an unchanged re-sync where every resource is found.
    this.selectBatchStored = db
      .prepare<[string], StoredContentRow>(
        `SELECT j.key, r.rid, r.name, r.type, r.created_at, r.tags, r.data
         FROM json_each(?) j JOIN resources r ON r.uid = j.value`,
      )
      .raw();
    this.insertSeenAll = db.prepare(
      'INSERT INTO resource_seen (rid, last_sync, last_seen) SELECT value, ?, ? FROM json_each(?)',
    );
    // The created change of each new resource, from its row just inserted, in the order of the rids given.
    this.insertCreatedChanges = db.prepare(
      `INSERT INTO changes (sync_id, uid, kind, name, cloud, account, region, change, at, changed_fields)
       SELECT ?, r.uid, r.kind, r.name, r.cloud, r.account, r.region, 'created', ?, NULL
       FROM json_each(?) j JOIN resources r ON r.rid = j.value
       ORDER BY j.key`,
    );
    // The same when the rids given increase, as they do (a new row takes the largest rid + 1): in rid order, which
    // SQLite reads from its list of the rids without sorting the change rows.
    this.insertCreatedChangesByRid = db.prepare(
      `INSERT INTO changes (sync_id, uid, kind, name, cloud, account, region, change, at, changed_fields)
       SELECT ?, r.uid, r.kind, r.name, r.cloud, r.account, r.region, 'created', ?, NULL
       FROM resources r WHERE r.rid IN (SELECT value FROM json_each(?))
       ORDER BY r.rid`,
    );
    this.markSeenAll = db.prepare(
      `UPDATE resource_seen SET last_sync = max(last_sync, ?), last_seen = ?
       WHERE rid IN (SELECT value FROM json_each(?))`,
    );
    this.upsertEdge = db.prepare(
      `INSERT INTO edges (from_uid, type, to_uid, to_kind, last_sync) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (from_uid, type, to_uid) DO UPDATE
         SET last_sync = max(edges.last_sync, excluded.last_sync), to_kind = coalesce(excluded.to_kind, edges.to_kind)`,
    );
    this.writeResources = db.transaction((syncId, syncSeq, resources) => this.write(syncId, syncSeq, resources));
    this.writeEdges = db.transaction((syncSeq, edges) => this.upsertEdges(syncSeq, edges));
    this.writeBatch = db.transaction((syncId, syncSeq, batch) => {
      const result = this.write(syncId, syncSeq, batch.resources);
      this.upsertEdges(syncSeq, batch.edges);
      return result;
    });
  }

  private upsertEdges(syncSeq: number, edges: EdgeRecord[]): void {
    for (const edge of edges) this.upsertEdge.run(edge.from, edge.type, edge.to, edge.toKind ?? null, syncSeq);
  }

  /**
   * Classifies each resource against what is stored, in batch order. New resources are inserted at once but their
   * seen rows and created changes are written set-wise, flushed before any other change so that the change log keeps
   * the batch order; unchanged resources are marked seen together at the end.
   */
  private write(syncId: string, syncSeq: number, resources: ResourceRecord[]): WriteResult {
    const result: WriteResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
    const now = new Date().toISOString();
    const storedBefore = this.storedContents(resources);
    const rewrittenRids = new Set<number>();
    let createdRids: number[] = [];
    const unchangedRids: number[] = [];
    const flushCreated = () => {
      if (createdRids.length === 0) return;
      const rids = JSON.stringify(createdRids);
      this.insertSeenAll.run(syncSeq, now, rids);
      const insertChanges = increasing(createdRids) ? this.insertCreatedChangesByRid : this.insertCreatedChanges;
      insertChanges.run(syncId, now, rids);
      createdRids = [];
    };
    for (let position = 0; position < resources.length; position++) {
      const resource = resources[position]!;
      const tagsJson = JSON.stringify(resource.tags);
      const dataJson = JSON.stringify(resource.data);
      let stored = storedBefore[position];
      if (stored !== undefined && rewrittenRids.has(stored[1])) {
        // Rewritten earlier in this batch: look again, so that this occurrence is compared with that write.
        stored = this.selectStored.get(resource.uid);
      }
      if (stored === undefined) {
        // Arguments rather than a spread tuple: no array per resource on the hot path of a first write.
        const inserted = this.insertResource.run(
          resource.uid,
          resource.id,
          resource.kind,
          resource.name,
          resource.cloud,
          resource.account,
          resource.region,
          resource.serviceGroup,
          resource.type ?? null,
          resource.createdAt ?? null,
          resource.updatedAt ?? null,
          tagsJson,
          dataJson,
          now,
        );
        if (inserted.changes === 1) {
          createdRids.push(Number(inserted.lastInsertRowid));
          result.changes.push(changeOf(syncId, resource, 'created', now));
          result.created++;
          continue;
        }
        // Its uid was created earlier in this batch: compare this occurrence with that write.
        stored = this.selectStored.get(resource.uid);
      }
      if (stored !== undefined && sameStoredContent(stored, resource, tagsJson, dataJson)) {
        unchangedRids.push(stored[1]);
        result.unchanged++;
        continue;
      }
      flushCreated();
      const before = this.selectContent.get(resource.uid);
      this.replaceContent.run(...resourceValues(resource, tagsJson, dataJson, now));
      if (stored !== undefined) {
        this.markSeen.run(syncSeq, now, stored[1]);
        rewrittenRids.add(stored[1]);
      }
      const fields = before === undefined ? [] : changedFields(toResourceRecord(before), resource);
      if (fields.length === 0) {
        // Same content in another key order: stored in the new form, but nothing changed.
        result.unchanged++;
        continue;
      }
      const change: ChangeRecord = { ...changeOf(syncId, resource, 'updated', now), changedFields: fields };
      this.insertChange.run(...changeValues(change));
      result.changes.push(change);
      result.updated++;
    }
    flushCreated();
    if (unchangedRids.length > 0) this.markSeenAll.run(syncSeq, now, JSON.stringify(unchangedRids));
    return result;
  }

  /** The stored rid and content of each resource of a batch, by position in the batch, in one statement. */
  private storedContents(resources: ResourceRecord[]): (StoredContentRow | undefined)[] {
    const stored = new Array<StoredContentRow | undefined>(resources.length);
    const uids = JSON.stringify(resources.map((resource) => resource.uid));
    for (const row of this.selectBatchStored.all(uids)) stored[row[0]] = row;
    return stored;
  }
}

function increasing(values: number[]): boolean {
  for (let index = 1; index < values.length; index++) if (values[index]! <= values[index - 1]!) return false;
  return true;
}

function resourceValues(
  resource: ResourceRecord,
  tagsJson: string,
  dataJson: string,
  firstSeen: string,
): ResourceValues {
  return [
    resource.uid,
    resource.id,
    resource.kind,
    resource.name,
    resource.cloud,
    resource.account,
    resource.region,
    resource.serviceGroup,
    resource.type ?? null,
    resource.createdAt ?? null,
    resource.updatedAt ?? null,
    tagsJson,
    dataJson,
    firstSeen,
  ];
}

export function changeOf(
  syncId: string,
  resource: ChangeSubject,
  change: ChangeRecord['change'],
  at: string,
): ChangeRecord {
  const { uid, kind, name, cloud, account, region } = resource;
  return { syncId, uid, kind, name, cloud, account, region, change, at };
}

export function changeValues(change: ChangeRecord): ChangeValues {
  return [
    change.syncId,
    change.uid,
    change.kind,
    change.name,
    change.cloud,
    change.account,
    change.region,
    change.change,
    change.at,
    change.changedFields === undefined ? null : JSON.stringify(change.changedFields),
  ];
}
