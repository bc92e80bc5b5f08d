import { operationOfCommand, type AwsCall, type AwsCommandClass } from './aws-calls.js';
import { RegistryDefinitionError } from './errors.js';
import type { AwsClientClass, ConnectorContext } from './resource-connector.js';

/** How a kind is listed, as data: one paginated or one single AWS call, and where its items sit in the answer. */
export interface Listing<Item> {
  items(context: ConnectorContext): AsyncIterable<Item>;
  /** The one call the listing makes, for the least-privilege policy. */
  calls(): AwsCall[];
}

type ElementOf<T> = T extends readonly (infer Element)[] ? Element : never;
type ArrayKeys<T> = {
  [Key in keyof T & string]-?: NonNullable<T[Key]> extends readonly unknown[] ? Key : never;
}[keyof T & string];
type ObjectKeys<T> = {
  [Key in keyof T & string]-?: NonNullable<T[Key]> extends readonly unknown[]
    ? never
    : NonNullable<T[Key]> extends object
      ? Key
      : never;
}[keyof T & string];

/**
 * Where the items sit: a list key (`Volumes`), a list in each element of a list (`Reservations[].Instances`), or a
 * list in a member of the answer (CloudFront's `DistributionList.Items`).
 */
export type ItemsPath<Page> =
  | ArrayKeys<Page>
  | { [Key in ArrayKeys<Page>]: `${Key}[].${ArrayKeys<ElementOf<NonNullable<Page[Key]>>>}` }[ArrayKeys<Page>]
  | { [Key in ObjectKeys<Page>]: `${Key}.${ArrayKeys<NonNullable<Page[Key]>>}` }[ObjectKeys<Page>];

export type ItemAt<Page, Path extends string> = Path extends `${infer Head}[].${infer Rest}`
  ? Head extends keyof Page
    ? ItemAt<ElementOf<NonNullable<Page[Head]>>, Rest>
    : never
  : Path extends `${infer Head}.${infer Rest}`
    ? Head extends keyof Page
      ? ItemAt<NonNullable<Page[Head]>, Rest>
      : never
    : Path extends keyof Page
      ? ElementOf<NonNullable<Page[Path]>>
      : never;

/** An SDK paginator (`paginateDescribeVolumes`): the kit passes the client, the page size and the input. */
export type SdkPaginator<Client, Input, Page> = (
  config: { client: Client; pageSize?: number; withCommand?: (command: object) => undefined },
  input: Input,
) => AsyncIterable<Page>;

type OutputOf<Command> = Command extends {
  resolveMiddleware(...args: never[]): (...args: never[]) => Promise<{ output: infer Output }>;
}
  ? Output
  : never;

interface SendingClient {
  send(command: object): Promise<unknown>;
}

export interface ListingOptions<Input, Item> {
  /** The call's input (`{ OwnerIds: ['self'] }`); each run gets its own copy, since paginators write tokens into it. */
  input?: Input;
  /** Items per page (default 1000; 500 where the API caps it lower). Never a cap on the whole listing. */
  pageSize?: number;
  /** Only the items this keeps, where AWS lists more than the kind is (regions the account has not opted in to). */
  keep?: (item: Item) => boolean;
}

/** A kind listed by an SDK paginator: `paginated(EC2Client, paginateDescribeVolumes, 'Volumes', { pageSize: 500 })`. */
export function paginated<Client, Input extends object, Page extends object, Path extends ItemsPath<Page>>(
  clientClass: AwsClientClass<Client>,
  paginate: SdkPaginator<Client, Input, Page>,
  itemsAt: Path,
  options: ListingOptions<Input, ItemAt<Page, Path>> = {},
): Listing<ItemAt<Page, Path>> {
  const itemsOf = itemsReader<ItemAt<Page, Path>>(itemsAt, options.keep);
  const pageSize = options.pageSize ?? 1000;
  return {
    async *items(context) {
      const input = { ...options.input } as Input;
      for await (const page of paginate({ client: context.client(clientClass), pageSize }, input)) {
        yield* itemsOf(page);
      }
    },
    calls: () => [{ command: commandOfPaginator(clientClass, paginate) }],
  };
}

/** A kind listed by one call that AWS does not paginate: `unpaginated(EC2Client, DescribeAddressesCommand, 'Addresses')`. */
export function unpaginated<
  Client,
  Input extends object,
  Command extends object,
  Path extends ItemsPath<OutputOf<Command>>,
>(
  clientClass: AwsClientClass<Client>,
  command: new (input: Input) => Command,
  itemsAt: Path,
  options: Omit<ListingOptions<Input, ItemAt<OutputOf<Command>, Path>>, 'pageSize'> = {},
): Listing<ItemAt<OutputOf<Command>, Path>> {
  const itemsOf = itemsReader<ItemAt<OutputOf<Command>, Path>>(itemsAt, options.keep);
  return {
    async *items(context) {
      const client = context.client(clientClass) as SendingClient;
      yield* itemsOf(await client.send(new command({ ...options.input } as Input)));
    },
    calls: () => [{ command: command as AwsCommandClass }],
  };
}

/** Compiles an items path once per listing, so that reading a page costs what `page.Volumes ?? []` costs. */
function itemsReader<Item>(path: string, keep?: (item: Item) => boolean): (page: unknown) => Iterable<Item> {
  const read = pathReader<Item>(path);
  return keep ? (page) => [...read(page)].filter(keep) : read;
}

function pathReader<Item>(path: string): (page: unknown) => Iterable<Item> {
  const member = /^([^.[\]]+)\.([^.[\]]+)$/.exec(path);
  if (member) {
    const [, outer = '', list = ''] = member;
    const read = pathReader<Item>(list);
    return (page) => read((page as Record<string, unknown> | undefined)?.[outer]);
  }
  const [key, ...nested] = path.split('[].');
  if (key === undefined || key === '') throw new RegistryDefinitionError(`empty items path "${path}"`);
  const listAt = (value: unknown, at: string): readonly unknown[] => {
    const list = (value as Record<string, unknown> | undefined)?.[at];
    return Array.isArray(list) ? list : [];
  };
  if (nested.length === 0) return (page) => listAt(page, key) as Item[];
  return function* (page) {
    let level = listAt(page, key);
    for (const at of nested) level = level.flatMap((element) => listAt(element, at));
    yield* level as Item[];
  };
}

/**
 * The command a paginator sends, found by starting it with the paginator's own `withCommand` hook, which is called
 * before anything is sent and here stops it: the paginator stays the only declaration, so the policy cannot name
 * another call than the one the kind makes. An SDK paginator builds its first command synchronously when started
 * (`createPaginator`); one that did not would be refused here, loudly, rather than left out of the policy.
 */
function commandOfPaginator<Client, Input, Page>(
  clientClass: AwsClientClass<Client>,
  paginate: SdkPaginator<Client, Input, Page>,
): AwsCommandClass {
  const client = new (clientClass as new (config: object) => Client)({ region: 'us-east-1' });
  let captured: object | undefined;
  const stop = new Error('stopped before sending');
  const capture = (command: object): undefined => {
    captured = command;
    throw stop;
  };
  try {
    const pages = paginate({ client, withCommand: capture }, {} as Input);
    // The first page fails with `stop`: the expected end of this probe, nothing was sent.
    pages[Symbol.asyncIterator]()
      .next()
      .catch(() => undefined);
  } finally {
    (client as { destroy?: () => void }).destroy?.();
  }
  if (captured === undefined) throw new RegistryDefinitionError('the paginator built no command when started');
  operationOfCommand(captured);
  return captured.constructor as AwsCommandClass;
}
