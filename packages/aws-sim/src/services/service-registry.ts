import { InvalidOptionError } from '../errors.js';
import type { SimRequest } from '../http/http-types.js';
import type { ServiceDeclaration } from './service-declaration.js';
import { ServiceModel } from './service-model.js';

/** The services one simulator speaks, found by signing name or, for unsigned requests, by their protocol's marks. */
export class ServiceRegistry {
  readonly services: readonly ServiceModel[];
  /** The services of each signing name: one, or several APIs told apart by version (Elastic Load Balancing). */
  private readonly byName = new Map<string, ServiceModel[]>();

  constructor(declarations: readonly ServiceDeclaration[]) {
    this.services = declarations.map((declaration) => new ServiceModel(declaration));
    for (const service of this.services) {
      const named = this.byName.get(service.name) ?? [];
      const version = service.declaration.apiVersion;
      const clash = (other: ServiceModel) =>
        version === undefined || other.declaration.apiVersion === undefined || other.declaration.apiVersion === version;
      if (named.some(clash)) throw new InvalidOptionError('services', `the service ${service.name} is declared twice`);
      named.push(service);
      this.byName.set(service.name, named);
    }
  }

  /** The service of a SigV4 signing name (the first declared API of it), if the simulator speaks it. */
  bySigningName(name: string): ServiceModel | undefined {
    return this.byName.get(name)?.[0];
  }

  /**
   * The service a request is for: its signing name when signed for a known service (of the API version it names,
   * where several share the name); otherwise the service whose protocol marks (X-Amz-Target prefix, Action, a REST
   * route) the request carries, one that declares the named operation first; otherwise the first declared service,
   * whose error shape answers.
   */
  pick(request: SimRequest, signingName: string | undefined): ServiceModel {
    const signed = signingName === undefined ? undefined : this.byName.get(signingName);
    if (signed) return signed.length === 1 ? (signed[0] as ServiceModel) : ofVersion(signed, request);
    let recognizing: ServiceModel | undefined;
    for (const service of this.services) {
      if (!service.protocol.recognizes(request, service)) continue;
      if (!matchesVersion(service, request)) continue;
      const operation = service.protocol.operationOf(request, service);
      if (operation !== undefined && service.operations.has(operation)) return service;
      recognizing ??= service;
    }
    return recognizing ?? (this.services[0] as ServiceModel);
  }
}

/** A service whose declared version is unset or the one the request names (a request naming none matches any). */
function matchesVersion(service: ServiceModel, request: SimRequest): boolean {
  const declared = service.declaration.apiVersion;
  const requested = service.protocol.versionOf?.(request);
  return declared === undefined || requested === undefined || declared === requested;
}

/** Of the APIs sharing a signing name, the one of the request's version, else the first (its errors answer). */
function ofVersion(services: readonly ServiceModel[], request: SimRequest): ServiceModel {
  const first = services[0] as ServiceModel;
  const requested = first.protocol.versionOf?.(request);
  return services.find((service) => service.declaration.apiVersion === requested) ?? first;
}
