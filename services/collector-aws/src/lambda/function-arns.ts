// arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]
const FUNCTION_ARN = /^(arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+)(?::[A-Za-z0-9_$-]+)?$/;

/**
 * The function a Lambda ARN names, as its unqualified ARN: a version or alias (`:prod`, `:$LATEST`, `:3`) is of the
 * same function. Undefined for anything else (a name alone is left to the caller, an ARN of another service dropped).
 */
export function functionOfArn(arn: string | undefined): string | undefined {
  return arn === undefined ? undefined : FUNCTION_ARN.exec(arn)?.[1];
}
