import { MalformedInputError } from '../../errors.js';
import type { ShapeType } from './shape.js';

/** A scalar sent as text (a Query parameter, a REST header, query value or label), typed by its schema. */
export function parseScalarText(type: ShapeType, text: string, parameter: string): unknown {
  switch (type) {
    case 'number':
      // the schemas number every numeric type alike, so integers and decimals are told apart by nothing
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) {
        throw new MalformedInputError(parameter, `Invalid value '${text}' for ${parameter}. It must be a number.`);
      }
      return Number(text);
    case 'boolean':
      if (text !== 'true' && text !== 'false') {
        throw new MalformedInputError(parameter, `Invalid value '${text}' for ${parameter}. It must be a boolean.`);
      }
      return text === 'true';
    case 'timestamp': {
      const time = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text);
      if (Number.isNaN(time)) throw new MalformedInputError(parameter, `Invalid value '${text}' for ${parameter}.`);
      return new Date(time);
    }
    default:
      return text;
  }
}
