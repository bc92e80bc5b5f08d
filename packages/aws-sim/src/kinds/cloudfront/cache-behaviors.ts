import type {
  CacheBehavior,
  CacheBehaviors,
  CustomErrorResponses,
  DefaultCacheBehavior,
} from '@aws-sdk/client-cloudfront';

/** AWS's managed cache policies, the same ids in every account. */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
/** The managed origin request policy forwarding every viewer header, cookie and query string. */
const ALL_VIEWER = '216adef6-5c7f-47e4-b989-5492eafa07d3';

const READ_METHODS = { Quantity: 2, Items: ['HEAD' as const, 'GET' as const] };
const ALL_METHODS = {
  Quantity: 7,
  Items: [
    'HEAD' as const,
    'DELETE' as const,
    'POST' as const,
    'GET' as const,
    'OPTIONS' as const,
    'PUT' as const,
    'PATCH' as const,
  ],
  CachedMethods: READ_METHODS,
};

/** What every behavior of the console's defaults has: no signed URLs, no edge functions, no field-level encryption. */
const UNSIGNED = {
  TrustedSigners: { Enabled: false, Quantity: 0 },
  TrustedKeyGroups: { Enabled: false, Quantity: 0 },
  SmoothStreaming: false,
  LambdaFunctionAssociations: { Quantity: 0 },
  FunctionAssociations: { Quantity: 0 },
  FieldLevelEncryptionId: '',
};

/**
 * The default behavior: a cache policy (since 2020), or for one in four distributions the legacy settings that
 * came before policies (ForwardedValues and TTLs).
 */
export function defaultCacheBehavior(targetOriginId: string, legacy: boolean): DefaultCacheBehavior {
  const behavior: DefaultCacheBehavior = {
    TargetOriginId: targetOriginId,
    ...UNSIGNED,
    ViewerProtocolPolicy: 'redirect-to-https',
    AllowedMethods: { ...READ_METHODS, CachedMethods: READ_METHODS },
    Compress: true,
  };
  if (!legacy) return { ...behavior, CachePolicyId: CACHING_OPTIMIZED };
  return {
    ...behavior,
    ForwardedValues: {
      QueryString: false,
      Cookies: { Forward: 'none' },
      Headers: { Quantity: 0 },
      QueryStringCacheKeys: { Quantity: 0 },
    },
    MinTTL: 0,
    DefaultTTL: 86_400,
    MaxTTL: 31_536_000,
  };
}

/** `/api/*` to the second origin, uncached, every method and viewer header forwarded; none for a single origin. */
export function cacheBehaviors(apiOriginId: string | undefined): CacheBehaviors {
  if (apiOriginId === undefined) return { Quantity: 0 };
  const api: CacheBehavior = {
    PathPattern: '/api/*',
    TargetOriginId: apiOriginId,
    ...UNSIGNED,
    ViewerProtocolPolicy: 'https-only',
    AllowedMethods: ALL_METHODS,
    Compress: false,
    CachePolicyId: CACHING_DISABLED,
    OriginRequestPolicyId: ALL_VIEWER,
  };
  return { Quantity: 1, Items: [api] };
}

/** A single-page application's: the bucket's 403 and 404 answered with its index page. */
export function customErrorResponses(singlePage: boolean): CustomErrorResponses {
  if (!singlePage) return { Quantity: 0 };
  const toIndex = (ErrorCode: number) => ({
    ErrorCode,
    ResponsePagePath: '/index.html',
    ResponseCode: '200',
    ErrorCachingMinTTL: 10,
  });
  return { Quantity: 2, Items: [toIndex(403), toIndex(404)] };
}
