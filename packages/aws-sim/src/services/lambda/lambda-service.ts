import { GetFunction$, ListFunctions$, ListTags$ } from '@aws-sdk/client-lambda';
import { restJson1 } from '../../protocols/rest-json.js';
import { declareService, operation } from '../service-declaration.js';
import { getFunction, listFunctions, listTags } from './function-operations.js';

/** Lambda over REST-JSON; it throttles with its own code and 429, and names bad input InvalidParameterValue. */
export const lambdaService = declareService({
  name: 'lambda',
  protocol: restJson1,
  errors: {
    throttled: ['TooManyRequestsException', 429],
    malformedInput: ['InvalidParameterValueException', 400],
    invalidPaginationToken: ['InvalidParameterValueException', 400],
  },
  operations: [
    operation(ListFunctions$, listFunctions),
    operation(ListTags$, listTags),
    operation(GetFunction$, getFunction),
  ],
});
