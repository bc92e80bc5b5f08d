import type { SimKind, SimRecordByKind } from '../../kinds/index.js';
import type { ResourceScope } from '../../world/sim-state.js';
import { renderImage, renderReservation, renderSnapshot, renderVolume } from './render-compute.js';
import { tag } from '../../protocols/xml.js';
import { renderAddress, renderSecurityGroup, renderSubnet, renderTags, renderVpc } from './render-network.js';

type Renderer<K extends SimKind> = (record: SimRecordByKind[K], scope: ResourceScope) => string;

/** The hand-written XML of each EC2 kind's Describe* items, until items are rendered from the SDK's schemas. */
export const ITEM_RENDERERS: { [K in SimKind]?: Renderer<K> } = {
  instance: (r, scope) => renderReservation(r, scope.account, scope.region),
  volume: (r) => renderVolume(r),
  snapshot: (r) => renderSnapshot(r),
  image: (r) => renderImage(r),
  vpc: (r) => renderVpc(r),
  subnet: (r, scope) => renderSubnet(r, scope.region),
  securityGroup: (r) => renderSecurityGroup(r),
  address: (r, scope) => renderAddress(r, scope.region),
  keyPair: (r) =>
    tag('keyPairId', r.KeyPairId) +
    tag('keyFingerprint', r.KeyFingerprint) +
    tag('keyName', r.KeyName) +
    tag('keyType', r.KeyType) +
    renderTags(r.Tags) +
    tag('createTime', r.CreateTime),
};
