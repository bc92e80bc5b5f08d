import type { SdkPaginator } from './listing.js';

interface SendingClient {
  send(command: object): Promise<unknown>;
}

/** The members a call pages by: its input and output token and its page size, maybe a string (API Gateway v2). */
export interface TokenPaging {
  inputToken: string;
  outputToken: string;
  limit: string;
  limitAsString?: boolean;
}

/**
 * A paginator for a paged call the SDK has none for (API Gateway v2's GetApis), shaped as the SDK's own so that
 * `paginated` takes it: a page per call, the output token sent back as the input token until there is none.
 */
export function tokenPaginator<Client, Input extends object, Page extends object>(
  command: new (input: Input) => object,
  paging: TokenPaging,
): SdkPaginator<Client, Input, Page> {
  return async function* paginate(config, input) {
    let token: unknown;
    do {
      const pageInput = { ...input } as Record<string, unknown>;
      if (config.pageSize !== undefined) {
        pageInput[paging.limit] = paging.limitAsString ? String(config.pageSize) : config.pageSize;
      }
      if (token !== undefined) pageInput[paging.inputToken] = token;
      const request = new command(pageInput as Input);
      config.withCommand?.(request);
      const page = (await (config.client as SendingClient).send(request)) as Page;
      yield page;
      const next = (page as Record<string, unknown>)[paging.outputToken];
      // a token equal to the one sent would list the same page forever
      token = next === undefined || next === null || next === '' || next === token ? undefined : next;
    } while (token !== undefined);
  };
}
