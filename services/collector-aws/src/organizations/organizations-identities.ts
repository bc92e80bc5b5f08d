import { kindIdentity } from '@cloud-inventory/collector-kit';

// Organizations' ids are unique across AWS (`r-`, `ou-`, an account's 12 digits), while their ARNs name the
// organization, which a child's id does not: the uid is built from the id alone, so that a parent's edge can name it.
export const ROOT = kindIdentity('aws_organizations_root', (id) => `aws:organizations:root/${id}`);
export const UNIT = kindIdentity('aws_organizations_unit', (id) => `aws:organizations:ou/${id}`);
export const ORG_ACCOUNT = kindIdentity('aws_organizations_account', (id) => `aws:organizations:account/${id}`);
