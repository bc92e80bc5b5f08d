/**
 * A policy document as IAM returns it (URL-encoded JSON: trust policies, inline policies, policy versions), parsed.
 * Data from AWS is hostile: text that is not encoded JSON stays as it came rather than failing the kind's scope.
 */
export function policyDocument(encoded: unknown): unknown {
  if (typeof encoded !== 'string') return encoded;
  for (const decode of [(text: string) => decodeURIComponent(text), (text: string) => text]) {
    const parsed = parsedJson(decodeSafely(encoded, decode));
    if (parsed !== undefined) return parsed;
  }
  return encoded;
}

function decodeSafely(text: string, decode: (text: string) => string): string | undefined {
  try {
    return decode(text);
  } catch {
    // Documented expected case: a malformed %-escape is not an encoded document.
    return undefined;
  }
}

function parsedJson(text: string | undefined): object | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    // Documented expected case: the text is not JSON.
    return undefined;
  }
}

interface InlinePolicy {
  PolicyName?: string | undefined;
  PolicyDocument?: string | undefined;
}

/** Inline policies with their documents parsed. */
export function inlinePolicies(policies: readonly InlinePolicy[] | undefined): object[] | undefined {
  return policies?.map((policy) => ({ ...policy, PolicyDocument: policyDocument(policy.PolicyDocument) }));
}
