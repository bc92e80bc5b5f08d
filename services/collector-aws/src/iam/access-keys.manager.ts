import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';
import type { AccessKeyDetails } from './access-keys.connector.js';

export class AccessKeysManager extends ResourceManager<AccessKeyDetails> {
  readonly kind = 'aws_iam_access_key';
  readonly serviceType = {
    group: 'IAM',
    type: 'AccessKey',
    name: 'IAM Access Key',
    labels: ['Security'],
    family: 'access_key',
  };
  override readonly isGlobal = true;
  // Access keys have no ARN: `arn:<partition>:iam::<account>:access-key/AKIA...` (key ids are unique in AWS anyway).
  readonly uid = arnFor('iam', 'access-key/', { region: false });
  readonly mapping = awsMapping<AccessKeyDetails>({ id: 'AccessKeyId', createdAt: 'CreateDate' });
  // Counted from the collection's time: they grow every day while the key stays as it was.
  override readonly volatile = ['AgeDays', 'DaysUnused'];
}
