import type { CallContext } from '../../http/http-types.js';
import { itemList, tag } from '../../protocols/xml.js';
import { buildFilterPredicate } from './filters.js';
import type { QueryParams } from './query-params.js';

interface RegionRow {
  name: string;
  optInStatus: 'opt-in-not-required' | 'opted-in' | 'not-opted-in';
}

const OPT_IN_REGION_PATTERN =
  /^(af-|ap-east-|ap-south-2|ap-southeast-[3-7]|eu-south-|eu-central-2|me-|il-|ca-west-|mx-)/;

/** DescribeRegions: the enabled regions, plus the not-enabled opt-in ones when AllRegions=true. */
export function describeRegions(params: QueryParams, context: CallContext): string {
  const rows: RegionRow[] = context.regions.map((name) => ({
    name,
    optInStatus: OPT_IN_REGION_PATTERN.test(name) ? 'opted-in' : 'opt-in-not-required',
  }));
  if (params.boolean('AllRegions') === true) {
    for (const name of context.optInRegions) rows.push({ name, optInStatus: 'not-opted-in' });
  }
  const names = params.list('RegionName');
  const predicate = buildFilterPredicate<RegionRow>(
    {
      'region-name': (r) => [r.name],
      endpoint: (r) => [`ec2.${r.name}.amazonaws.com`],
      'opt-in-status': (r) => [r.optInStatus],
    },
    params.filters(),
  );
  const selected = rows.filter(
    (row) => (names.length === 0 || names.includes(row.name)) && (!predicate || predicate(row)),
  );
  return itemList(
    'regionInfo',
    selected,
    (row) =>
      tag('regionName', row.name) +
      tag('regionEndpoint', `ec2.${row.name}.amazonaws.com`) +
      tag('optInStatus', row.optInStatus),
  );
}
