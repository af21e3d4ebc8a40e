/**
 * openid-client's failures in the words of whoever configures or uses single sign-on: each a
 * 4xx whose issue names what was wrong (the ID token's iss, exp, nonce or signature, the code,
 * the issuer). A provider that cannot be reached or answers nonsense is a 502, never a 500.
 */
import * as oidc from 'openid-client';
import { HttpError } from '../../http/api-error';

const refusal = (status: 400 | 422, path: string, message: string) =>
  new HttpError(status, 'sso_refused', `single sign-on refused: ${path}: ${message}`, { issues: [{ path, message }] });

/** The inner OperationProcessingError's details: which claim or attribute failed. */
const detailOf = (error: oidc.ClientError): { claim?: string; attribute?: string; message?: string } => {
  const inner = error.cause as { message?: string; attribute?: string; cause?: { claim?: string; attribute?: string } } | undefined;
  return { claim: inner?.cause?.claim, attribute: inner?.cause?.attribute ?? inner?.attribute, message: inner?.message };
};

/** During the callback: the provider's answer or its ID token failed a check. */
export function callbackRefusal(error: unknown): HttpError {
  if (error instanceof oidc.AuthorizationResponseError)
    return refusal(400, 'error', `the provider answered ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`);
  if (error instanceof oidc.ResponseBodyError)
    return refusal(400, 'code', `the provider refused the code: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}; it may have been used already or expired`);
  if (error instanceof oidc.ClientError) {
    const { claim, message } = detailOf(error);
    switch (error.code) {
      case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
        return refusal(400, `id_token.${claim ?? '(claims)'}`, claim === 'iss' ? 'was issued by another issuer than the configured one' : `does not match what this sign-in expected`);
      case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
        return refusal(400, `id_token.${claim ?? 'exp'}`, claim === 'exp' || !claim ? 'the ID token has expired' : `is out of range (${message})`);
      case 'OAUTH_KEY_SELECTION_FAILED':
        return refusal(400, 'id_token.signature', "is by a key the provider's published keys do not hold");
      case 'OAUTH_INVALID_RESPONSE':
        if (/signature/i.test(message ?? '')) return refusal(400, 'id_token.signature', "does not verify with the provider's published keys");
        return refusal(400, 'id_token', `is not acceptable: ${message}`);
    }
  }
  return unreachable(error);
}

/** While discovering the provider from the configured issuer. */
export function discoveryRefusal(error: unknown): HttpError {
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' && detailOf(error).attribute === 'issuer')
    return refusal(422, 'issuer', 'differs from the issuer the provider names in its discovery document; use that value exactly');
  if (error instanceof oidc.ClientError && error.code === 'OAUTH_HTTP_REQUEST_FORBIDDEN') return refusal(422, 'issuer', 'must be an https URL');
  return unreachable(error);
}

function unreachable(error: unknown): HttpError {
  const reason = error instanceof Error ? error.message : String(error);
  return new HttpError(502, 'sso_provider_unavailable', `the identity provider could not be used: ${reason}`);
}
