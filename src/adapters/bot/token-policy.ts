import { decodeJwt, decodeProtectedHeader } from 'jose';

/**
 * What we require of an inbound channel token beyond the SDK's signature check, decided before the
 * SDK sees it: the SDK accepts a token with no `exp`, ignores an unknown `crit` header, and sends
 * a token whose issuer looks like the emulator's down its emulator path (a reply to any service
 * URL). A Teams token always expires, has no critical extensions and is issued by the channel.
 */
export type TokenProblem = 'MALFORMED' | 'NO_EXPIRY' | 'CRITICAL_HEADER' | 'WRONG_ISSUER';

export function tokenProblem(authorization: string | undefined, channelIssuer: string): TokenProblem | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
  if (!match) return 'MALFORMED';
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(match[1]!);
    claims = decodeJwt(match[1]!);
  } catch {
    return 'MALFORMED';
  }
  if ('crit' in header) return 'CRITICAL_HEADER';
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return 'NO_EXPIRY';
  if (claims.iss !== channelIssuer) return 'WRONG_ISSUER';
  return undefined;
}
