import type { PagingDeclaration } from '../../protocols/paging.js';

/** API Gateway v1's Get* calls: `position` and `limit` (1..500, more refused as BadRequestException), 25 a page. */
export function restApiPaging(items: string): PagingDeclaration {
  return {
    items,
    inputToken: 'position',
    outputToken: 'position',
    limit: 'limit',
    defaultPageSize: 25,
    limits: { min: 1, max: 500, aboveMax: 'reject' },
  };
}

/** API Gateway v2's Get* calls: `NextToken` and `MaxResults` (a string on the wire), 25 a page. */
export function httpApiPaging(): PagingDeclaration {
  return {
    items: 'Items',
    inputToken: 'NextToken',
    outputToken: 'NextToken',
    limit: 'MaxResults',
    defaultPageSize: 25,
    limits: { min: 1, max: 500, aboveMax: 'reject' },
  };
}
