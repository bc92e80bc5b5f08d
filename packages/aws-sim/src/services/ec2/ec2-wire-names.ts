import * as ec2Model from '@aws-sdk/client-ec2';

type Traits = Record<string, unknown>;
type StructureSchema = [number, string, string, unknown, string[], unknown[]];

function structure(shape: string): StructureSchema {
  const schema = (ec2Model as Record<string, unknown>)[`${shape}$`];
  if (!Array.isArray(schema)) throw new Error(`the EC2 model has no shape ${shape}`);
  return schema as StructureSchema;
}

function traitsOf(shape: string, member: string): Traits {
  const [, , , , names, members] = structure(shape);
  const position = names.indexOf(member);
  if (position === -1) throw new Error(`${shape} has no member ${member}`);
  const schema = members[position];
  return Array.isArray(schema) && typeof schema[1] === 'object' ? (schema[1] as Traits) : {};
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The query parameter of an input member, as the EC2 protocol serializes it (`InstanceIds` is `InstanceId.N`). */
export function ec2QueryName(operation: string, member: string): string {
  const traits = traitsOf(`${operation}Request`, member);
  if (typeof traits.ec2QueryName === 'string') return traits.ec2QueryName;
  return capitalized(typeof traits.xmlName === 'string' ? traits.xmlName : member);
}

/** The XML element of an output member (`Reservations` is `reservationSet`). */
export function ec2XmlName(operation: string, member: string): string {
  const traits = traitsOf(`${operation}Result`, member);
  return typeof traits.xmlName === 'string' ? traits.xmlName : member;
}
