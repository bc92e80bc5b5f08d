import { InvalidOptionError } from '../errors.js';
import type { SimRequest } from '../http/http-types.js';
import type { ServiceDeclaration } from './service-declaration.js';
import { ServiceModel } from './service-model.js';

/** The services one simulator speaks, found by signing name or, for unsigned requests, by their protocol's marks. */
export class ServiceRegistry {
  readonly services: readonly ServiceModel[];
  private readonly byName = new Map<string, ServiceModel>();

  constructor(declarations: readonly ServiceDeclaration[]) {
    this.services = declarations.map((declaration) => new ServiceModel(declaration));
    for (const service of this.services) {
      if (this.byName.has(service.name)) {
        throw new InvalidOptionError('services', `the service ${service.name} is declared twice`);
      }
      this.byName.set(service.name, service);
    }
  }

  /** The service of a SigV4 signing name, if the simulator speaks it. */
  bySigningName(name: string): ServiceModel | undefined {
    return this.byName.get(name);
  }

  /**
   * The service a request is for: its signing name when signed for a known service; otherwise the service whose
   * protocol marks (X-Amz-Target prefix, Action, a REST route) the request carries, one that declares the named
   * operation first; otherwise the first declared service, whose error shape answers.
   */
  pick(request: SimRequest, signingName: string | undefined): ServiceModel {
    const signed = signingName === undefined ? undefined : this.byName.get(signingName);
    if (signed) return signed;
    let recognizing: ServiceModel | undefined;
    for (const service of this.services) {
      if (!service.protocol.recognizes(request, service)) continue;
      const operation = service.protocol.operationOf(request, service);
      if (operation !== undefined && service.operations.has(operation)) return service;
      recognizing ??= service;
    }
    return recognizing ?? (this.services[0] as ServiceModel);
  }
}
