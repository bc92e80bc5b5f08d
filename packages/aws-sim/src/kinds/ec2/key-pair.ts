import type { KeyPairInfo } from '@aws-sdk/client-ec2';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';

export type SimEc2KeyPair = Tagged<
  Filled<KeyPairInfo, 'KeyPairId' | 'KeyName' | 'KeyFingerprint' | 'KeyType' | 'CreateTime'>
>;

const PURPOSES = ['deploy', 'admin', 'ci', 'bastion'];
export const keyPairName = (index: number): string => `${PURPOSES[index % PURPOSES.length]}-key-${index}`;

/** Key pairs EC2 made: RSA ones show the SHA-1 of the private key, ED25519 ones the base64 SHA-256 of the public key. */
export const keyPairKind: KindSpec<'keyPair', SimEc2KeyPair> = {
  kind: 'keyPair',
  idField: 'KeyPairId',
  ids: { prefix: 'key-' },
  counts: { tiny: 1, small: 3, medium: 10, large: 40 },
  generate(ctx, index) {
    const rsa = ctx.hash(26, index, 1) % 3 !== 0;
    const digest = ctx.bytes(26, index, rsa ? 20 : 32);
    return {
      KeyPairId: ctx.id('keyPair', index),
      KeyName: keyPairName(index),
      KeyType: rsa ? 'rsa' : 'ed25519',
      KeyFingerprint: rsa ? (digest.toString('hex').match(/../g) ?? []).join(':') : digest.toString('base64'),
      CreateTime: ctx.date('2022-01-01T00:00:00Z', 700, ctx.hash(26, index, 2)),
      Tags: index % 2 === 0 ? [{ Key: 'Purpose', Value: PURPOSES[index % PURPOSES.length] as string }] : [],
    };
  },
  describe: {
    operation: 'DescribeKeyPairs',
    items: 'KeyPairs',
    ids: { member: 'KeyPairIds', notFoundCode: 'InvalidKeyPair.NotFound', notFoundNoun: 'key pair' },
    filters: fieldFilters(['KeyPairId', 'KeyName', 'KeyType'], { fingerprint: 'KeyFingerprint' }),
    selectors: [
      {
        member: 'KeyNames',
        valueOf: (r) => r.KeyName,
        notFound: { code: 'InvalidKeyPair.NotFound', message: (name) => `The key pair '${name}' does not exist` },
      },
    ],
  },
};
