/** The unified resource a Manager produces; assignable to the protocol's Resource message. */
export interface UnifiedResource {
  uid: string;
  id: string;
  kind: string;
  name: string;
  tags: Record<string, string>;
  created_at?: string;
  updated_at?: string;
  cloud: string;
  account: string;
  region: string;
  service_group: string;
  type: string;
  data_json: string;
  relationships: UnifiedRelationship[];
  /** The Manager's `volatile` data paths; absent when it declares none. */
  volatile_fields?: string[];
}

export interface UnifiedRelationship {
  type: string;
  target_uid: string;
  target_kind: string;
}

/** What a mapping gets from the task rather than from the item (Cartography's `set_in_kwargs`). */
export interface MapScope {
  partition: string;
  account: string;
  region: string;
}
