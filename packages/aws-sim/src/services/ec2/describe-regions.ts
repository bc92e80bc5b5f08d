import type { DescribeRegionsRequest, DescribeRegionsResult } from '@aws-sdk/client-ec2';
import type { CallContext } from '../../http/http-types.js';
import { buildFilterPredicate } from './filters.js';

interface RegionRow {
  RegionName: string;
  Endpoint: string;
  OptInStatus: 'opt-in-not-required' | 'opted-in' | 'not-opted-in';
}

const OPT_IN_REGION_PATTERN =
  /^(af-|ap-east-|ap-south-2|ap-southeast-[3-7]|eu-south-|eu-central-2|me-|il-|ca-west-|mx-)/;

function row(name: string, status: RegionRow['OptInStatus']): RegionRow {
  return { RegionName: name, Endpoint: `ec2.${name}.amazonaws.com`, OptInStatus: status };
}

/** DescribeRegions: the enabled regions, plus the not-enabled opt-in ones when AllRegions=true. */
export function describeRegions(input: DescribeRegionsRequest, call: CallContext): DescribeRegionsResult {
  const rows = call.regions.map((name) =>
    row(name, OPT_IN_REGION_PATTERN.test(name) ? 'opted-in' : 'opt-in-not-required'),
  );
  if (input.AllRegions === true) for (const name of call.optInRegions) rows.push(row(name, 'not-opted-in'));
  const names = input.RegionNames ?? [];
  const predicate = buildFilterPredicate<RegionRow>(
    { 'region-name': (r) => [r.RegionName], endpoint: (r) => [r.Endpoint], 'opt-in-status': (r) => [r.OptInStatus] },
    input.Filters,
  );
  return {
    Regions: rows.filter(
      (candidate) =>
        (names.length === 0 || names.includes(candidate.RegionName)) && (!predicate || predicate(candidate)),
    ),
  };
}
