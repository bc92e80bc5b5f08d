import {
  DescribeKeyCommand,
  KMSClient,
  ListKeysCommand,
  ListResourceTagsCommand,
  paginateListKeys,
  paginateListResourceTags,
  type KeyListEntry,
  type KeyMetadata,
  type Tag,
} from '@aws-sdk/client-kms';
import {
  ResourceConnector,
  absentOn,
  awsCall,
  mapBounded,
  paginated,
  requiredField,
} from '@cloud-inventory/collector-kit';

/** DescribeKey's metadata, with the tags of a customer managed key (AWS managed keys carry none). */
export interface KeyDetails extends KeyMetadata {
  KeyId: string;
  Tags?: Tag[];
}

// KMS has no batch call: DescribeKey and ListResourceTags take one key each.
const keysInFlight = 8;

export class KeysConnector extends ResourceConnector<KeyDetails> {
  private readonly keys = paginated(KMSClient, paginateListKeys, 'Keys');
  readonly calls = [ListKeysCommand, DescribeKeyCommand, ListResourceTagsCommand].map((command) => awsCall(command));

  async *items(): AsyncIterable<KeyDetails> {
    for await (const key of mapBounded(this.keys.items(this.context), keysInFlight, (entry) => this.details(entry))) {
      if (key) yield key;
    }
  }

  private async details(entry: KeyListEntry): Promise<KeyDetails | undefined> {
    const kms = this.client(KMSClient);
    const KeyId = requiredField(entry, 'KeyId');
    // a key deleted between ListKeys and DescribeKey is gone, not a failure
    const described = await absentOn(kms.send(new DescribeKeyCommand({ KeyId })), ['NotFoundException']);
    if (!described?.KeyMetadata) return undefined;
    const key: KeyDetails = { ...described.KeyMetadata, KeyId };
    if (key.KeyManager !== 'CUSTOMER') return key;
    const tags: Tag[] = [];
    for await (const page of paginateListResourceTags({ client: kms }, { KeyId })) tags.push(...(page.Tags ?? []));
    key.Tags = tags;
    return key;
  }
}
