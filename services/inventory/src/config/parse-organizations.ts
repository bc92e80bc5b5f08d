import { excerpt } from '@cloud-inventory/protocol';
import { ConfigError } from '../errors.js';
import type { ConfigReader } from './config-reader.js';
import type { AccountConfig, OrganizationConfig, OrganizationSelection } from './inventory-config.js';

const namePattern = { regex: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, description: 'letters, digits, _ . -' };
const accountIdPattern = { regex: /^\d{12}$/, description: 'a 12-digit AWS account id' };
const unitIdPattern = {
  regex: /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/,
  description: 'a root or OU id',
};
const roleNamePattern = { regex: /^[\w+=,.@-]{1,64}$/, description: 'an IAM role name' };
const envNamePattern = { regex: /^[A-Za-z_][A-Za-z0-9_]*$/, description: 'an environment variable name' };
const regionPattern = { regex: /^(global|[a-z]{2}(-[a-z]+)+-\d)$/, description: 'a region code such as eu-west-1' };
const servicePattern = { regex: /^[a-z0-9][a-z0-9-]*$/, description: 'a service name such as ec2' };

/** The `organizations` entries, each listed through one of the configured `accounts`. */
export function parseOrganizations(readers: ConfigReader[], accounts: AccountConfig[]): OrganizationConfig[] {
  const names = new Set(accounts.map((account) => account.name));
  return readers.map((reader) => {
    reader.rejectUnknownKeys(['name', 'managementAccount', 'memberRole', 'include', 'exclude', 'regions', 'services']);
    const name = reader.string('name', undefined, namePattern);
    if (names.has(name))
      throw new ConfigError(reader.key('name'), `duplicate account or organization name ${excerpt(name)}`);
    names.add(name);
    const managementName = reader.string('managementAccount', undefined, namePattern);
    const management = accounts.find((account) => account.name === managementName);
    if (!management) {
      throw new ConfigError(reader.key('managementAccount'), `no configured account ${excerpt(managementName)}`);
    }
    if (management.credentials.type === 'assume_role') {
      // The members' roles are assumed with the management account's own credentials; chaining a role into them is
      // not supported.
      throw new ConfigError(
        reader.key('managementAccount'),
        `account ${excerpt(managementName)} must have default or static credentials to assume the member role with`,
      );
    }
    if (management.services.length > 0 && !management.services.includes('organizations')) {
      throw new ConfigError(
        reader.key('managementAccount'),
        `account ${excerpt(managementName)} must sync the organizations service (its services leave it out)`,
      );
    }
    const role = reader.object('memberRole');
    role.rejectUnknownKeys(['name', 'externalId', 'externalIdEnv', 'sessionName']);
    if (role.has('externalId') && role.has('externalIdEnv')) {
      throw new ConfigError(role.key('externalIdEnv'), 'give either externalId or externalIdEnv, not both');
    }
    return {
      name,
      managementAccount: managementName,
      memberRole: {
        name: role.string('name', 'OrganizationAccountAccessRole', roleNamePattern),
        externalId: role.optionalString('externalId'),
        externalIdEnv: role.optionalString('externalIdEnv', envNamePattern),
        sessionName: role.optionalString('sessionName', {
          regex: /^[\w+=,.@-]{2,64}$/,
          description: 'a role session name',
        }),
      },
      include: parseSelection(reader.object('include')),
      exclude: parseSelection(reader.object('exclude')),
      ...(reader.has('regions') ? { regions: reader.stringList('regions', regionPattern) } : {}),
      ...(reader.has('services') ? { services: reader.stringList('services', servicePattern) } : {}),
    };
  });
}

function parseSelection(reader: ConfigReader): OrganizationSelection {
  reader.rejectUnknownKeys(['accounts', 'units']);
  return {
    accounts: reader.stringList('accounts', accountIdPattern),
    units: reader.stringList('units', unitIdPattern),
  };
}
