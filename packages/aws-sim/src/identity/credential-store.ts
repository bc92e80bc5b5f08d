import { randomBytes } from 'node:crypto';
import { deterministicString, KEY_ALPHABET, type SimAccountInfo, type SimKeyPair, type SimRole } from './accounts.js';

/** Who signed a request. */
export interface CallerIdentity {
  accountId: string;
  arn: string;
  userId: string;
  accessKeyId: string;
}

/** A key the simulator accepts, with the identity it acts as. */
export interface KnownKey {
  secretAccessKey: string;
  identity: CallerIdentity;
  /** Present for temporary credentials: requests must carry exactly this X-Amz-Security-Token. */
  sessionToken?: string;
  expiration?: Date;
}

export interface TemporaryCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

/** The main account's long-term key and the temporary keys AssumeRole has issued. */
export class CredentialStore {
  private readonly keys = new Map<string, KnownKey>();
  private issued = 0;

  constructor(
    private readonly seed: number,
    readonly accounts: readonly SimAccountInfo[],
    main: SimKeyPair,
  ) {
    const mainAccount = accounts[0] as SimAccountInfo;
    this.keys.set(main.accessKeyId, {
      secretAccessKey: main.secretAccessKey,
      identity: {
        accountId: mainAccount.id,
        arn: `arn:${mainAccount.partition}:iam::${mainAccount.id}:user/inventory-collector`,
        userId: `AIDA${deterministicString(KEY_ALPHABET, 17, seed, 103)}`,
        accessKeyId: main.accessKeyId,
      },
    });
  }

  lookup(accessKeyId: string): KnownKey | undefined {
    return this.keys.get(accessKeyId);
  }

  findRole(arn: string): { account: SimAccountInfo; role: SimRole } | undefined {
    for (const account of this.accounts) {
      const role = account.roles.find((candidate) => candidate.arn === arn);
      if (role) return { account, role };
    }
    return undefined;
  }

  /** Issues temporary credentials acting as `role` in `account`. */
  issue(
    account: SimAccountInfo,
    role: SimRole,
    sessionName: string,
    durationSeconds: number,
    now: number,
  ): TemporaryCredentials {
    this.issued++;
    const accessKeyId = `ASIA${deterministicString(KEY_ALPHABET, 16, this.seed, 104, this.issued)}`;
    const roleId = `AROA${deterministicString(KEY_ALPHABET, 17, this.seed, 105, account.roles.indexOf(role))}`;
    const credentials: TemporaryCredentials = {
      AccessKeyId: accessKeyId,
      SecretAccessKey: randomBytes(30).toString('base64'),
      SessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`,
      Expiration: new Date(Math.floor(now / 1000) * 1000 + durationSeconds * 1000),
    };
    this.keys.set(accessKeyId, {
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
      expiration: credentials.Expiration,
      identity: {
        accountId: account.id,
        arn: `arn:${account.partition}:sts::${account.id}:assumed-role/${role.name}/${sessionName}`,
        userId: `${roleId}:${sessionName}`,
        accessKeyId,
      },
    });
    return credentials;
  }
}
