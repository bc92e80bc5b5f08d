import type { CollectorRegistry } from './registry.js';

/** JSON Schema of CollectOptions and AwsSecret, for UIs and validation (Init's options_schema_json). */
export function optionsSchemaJson(registry: CollectorRegistry): string {
  const services = registry.services().map((summary) => summary.service);
  return JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      options: {
        type: 'object',
        properties: {
          regions: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-\\d{1,2}$' } },
          services: { type: 'array', items: { enum: services } },
          endpoint_url: { type: 'string', format: 'uri' },
        },
      },
      secret: {
        type: 'object',
        properties: {
          access_key_id: { type: 'string' },
          secret_access_key: { type: 'string', writeOnly: true },
          session_token: { type: 'string', writeOnly: true },
          role_arn: { type: 'string', pattern: '^arn:aws[a-z-]*:iam::\\d{12}:role/.+$' },
          external_id: { type: 'string' },
          role_session_name: { type: 'string' },
        },
        dependentRequired: { access_key_id: ['secret_access_key'], external_id: ['role_arn'] },
      },
    },
  });
}
