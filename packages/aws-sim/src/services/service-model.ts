import { InvalidOptionError, type AwsApiError } from '../errors.js';
import { errorFor, type ErrorSituation, type ErrorTable } from '../protocols/protocol-errors.js';
import type { SchemaRef } from '../protocols/schema/shape.js';
import type { OperationHandler, ServiceDeclaration } from './service-declaration.js';

/** An operation as the simulator serves it, resolved once from its declaration and the SDK's schema. */
export interface OperationModel {
  name: string;
  input: SchemaRef;
  output: SchemaRef;
  iamAction: string;
  /** REST: method, URI template and success status from the schema's http trait. */
  http?: { method: string; path: string; status: number };
  handle: OperationHandler<Record<string, unknown>>;
}

/** A declared service resolved for serving: operations by name and its error table. */
export class ServiceModel {
  readonly name: string;
  readonly protocol: ServiceDeclaration['protocol'];
  readonly operations = new Map<string, OperationModel>();
  readonly errors: ErrorTable;

  constructor(readonly declaration: ServiceDeclaration) {
    this.name = declaration.name;
    this.protocol = declaration.protocol;
    this.errors = { ...declaration.protocol.errors, ...declaration.errors };
    for (const declared of declaration.operations) {
      const [, , schemaName, traits, input, output] = declared.schema;
      const name = declared.name ?? schemaName;
      if (this.operations.has(name)) {
        throw new InvalidOptionError('services', `the service ${this.name} declares the operation ${name} twice`);
      }
      // REST operations carry [method, URI template, status] in their http trait; RPC operations have no traits
      const http = typeof traits === 'object' ? (traits as { http?: [string, string, number] }).http : undefined;
      this.operations.set(name, {
        name,
        input: typeof input === 'function' ? input() : input,
        output: typeof output === 'function' ? output() : output,
        iamAction: `${declaration.iamPrefix ?? declaration.name}:${declared.iamAction ?? name}`,
        ...(http ? { http: { method: http[0], path: http[1], status: http[2] } } : {}),
        handle: declared.handle as OperationHandler<Record<string, unknown>>,
      });
    }
  }

  error(situation: ErrorSituation, message?: string): AwsApiError {
    return errorFor(this.errors, situation, message);
  }

  /** The IAM action of an operation (also of operations it does not declare, named by the convention). */
  iamActionOf(operation: string): string {
    return this.operations.get(operation)?.iamAction ?? `${this.declaration.iamPrefix ?? this.name}:${operation}`;
  }
}
