import { mix } from '../world/hash.js';
import { partitionOf } from '../world/partition.js';

/** An IAM role the simulator lets callers assume. */
export interface SimRole {
  arn: string;
  name: string;
  /** When set, AssumeRole must pass exactly this ExternalId. */
  externalId?: string;
}

/** One simulated account. */
export interface SimAccountInfo {
  /** 12-digit account id. */
  id: string;
  isMain: boolean;
  /** The partition of the simulated regions (`aws`, `aws-cn`, `aws-us-gov`): every IAM and STS ARN of the account. */
  partition: string;
  /** ARNs of the roles callers from the main account may assume in this account. */
  roleArns: string[];
  /** The same roles with their ExternalId condition, if any. */
  roles: SimRole[];
}

export interface SimKeyPair {
  accessKeyId: string;
  secretAccessKey: string;
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function deterministicString(alphabet: string, length: number, ...salt: number[]): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[mix(...salt, i) % alphabet.length];
  return text;
}

export function generateAccountIds(seed: number, count: number): string[] {
  const ids: string[] = [];
  for (let n = 0; ids.length < count; n++) {
    const id = String(100_000_000_000 + (mix(seed, n, 1) % 900_000) * 1_000_000 + (mix(seed, n, 2) % 1_000_000));
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The accounts of a simulator whose regions are `regions`: they live in the first region's partition. The accounts at
 * `withoutRoles` have no role to assume (an organization's member whose reader role was never deployed).
 */
export function buildAccounts(
  seed: number,
  count: number,
  regions: readonly string[],
  withoutRoles: ReadonlySet<number> = new Set(),
): SimAccountInfo[] {
  const partition = partitionOf(regions[0] ?? 'us-east-1');
  return generateAccountIds(seed, count).map((id, index) => {
    const roles: SimRole[] = withoutRoles.has(index)
      ? []
      : [
          { name: 'InventoryReader', arn: `arn:${partition}:iam::${id}:role/InventoryReader` },
          {
            name: 'InventoryReaderWithExternalId',
            arn: `arn:${partition}:iam::${id}:role/InventoryReaderWithExternalId`,
            externalId: `sim-external-${id}`,
          },
        ];
    return { id, isMain: index === 0, partition, roles, roleArns: roles.map((role) => role.arn) };
  });
}

export function generateMainKeyPair(seed: number): SimKeyPair {
  return {
    accessKeyId: `AKIA${deterministicString(KEY_ALPHABET, 16, seed, 101)}`,
    secretAccessKey: deterministicString(SECRET_ALPHABET, 40, seed, 102),
  };
}

export { KEY_ALPHABET, SECRET_ALPHABET };
