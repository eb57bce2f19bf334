import { createHash } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, decodeJwt, errors as joseErrors, generateKeyPair, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import type { TabConfig } from '../../config.js';
import type { TabForbiddenReason, TabRole } from '../../domain/tab-api.js';

/**
 * Who is calling the tab API, from a validated token only: Teams SSO (Entra ID) or, when
 * explicitly enabled, the local development sign-in. Tenant and user are the token's `tid` and
 * `oid`; nothing in the request body or query can change them.
 */
export interface TabPrincipal {
  tenantId: string;
  userId: string;
  displayName: string;
}

export type TabAuthResult =
  | { ok: true; principal: TabPrincipal }
  | { ok: false; status: 401; code: 'unauthenticated'; message: string; reason: string }
  | { ok: false; status: 403; code: 'forbidden'; message: string; reason: TabForbiddenReason };

export interface TabAuth {
  /** A manager of an allowed organisation (the Decisions tab). */
  authenticate(authorization: string | undefined): Promise<TabAuthResult>;
  /**
   * Anyone signed in to an allowed organisation, whatever their role: for the leads' view, whose
   * access is then decided by the leads' teams in Teams, not by the token.
   */
  identify(authorization: string | undefined): Promise<TabAuthResult>;
  /** Present only when the local development sign-in is enabled; `userId` signs in as that Entra object id. */
  devSignIn?: (role: TabRole, displayName: string, userId?: string) => Promise<string>;
}

export const DEV_ISSUER = 'urn:safeguarding-advice:local-dev-signin';
const DEV_AUDIENCE = 'urn:safeguarding-advice:tab';
const CLOCK_TOLERANCE_S = 60;

const unauthenticated = (reason: string, message = 'Sign in again: your sign-in is missing, expired or not valid for this app.'): TabAuthResult => ({
  ok: false,
  status: 401,
  code: 'unauthenticated',
  message,
  reason,
});
const forbidden = (reason: TabForbiddenReason, message: string): TabAuthResult => ({ ok: false, status: 403, code: 'forbidden', message, reason });

export async function createTabAuth(config: TabConfig, allowedTenantIds: readonly string[]): Promise<TabAuth> {
  const jwks = createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
  const dev = config.devSignIn ? await generateKeyPair('ES256') : undefined;
  const allowed = new Set(allowedTenantIds.map((t) => t.toLowerCase()));

  async function verify(token: string): Promise<JWTPayload | TabAuthResult> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return unauthenticated('malformed');
    }
    try {
      if (unverified.iss === DEV_ISSUER) {
        if (!dev) return unauthenticated('dev_signin_disabled');
        return (await jwtVerify(token, dev.publicKey, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: ['ES256'], clockTolerance: CLOCK_TOLERANCE_S })).payload;
      }
      if (config.audiences.length === 0) return unauthenticated('sso_not_configured', 'Teams sign-in is not configured on this server (no app id).');
      const { payload } = await jwtVerify(token, jwks, { audience: [...config.audiences], algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE_S, requiredClaims: ['exp', 'iss', 'tid', 'oid'] });
      const tid = typeof payload.tid === 'string' ? payload.tid : '';
      if (!config.issuers.some((template) => template.replaceAll('{tid}', tid) === payload.iss)) return unauthenticated('issuer');
      return delegatedToTeams(payload);
    } catch (err) {
      return unauthenticated(err instanceof joseErrors.JOSEError ? err.code : 'invalid');
    }
  }

  /**
   * A person's sign-in through Teams, not an application's: a delegated token (`scp`, with the
   * tab's scope) issued to a Teams client or an allow-listed one. An app-only token carries app
   * roles in `roles` — including, if granted, the manager role — so it must never reach the role check.
   */
  function delegatedToTeams(payload: JWTPayload): JWTPayload | TabAuthResult {
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (payload.idtyp === 'app' || scopes.length === 0) return unauthenticated('app_only', 'Sign in as yourself through Teams: this token belongs to an application, not a person.');
    if (!scopes.includes(config.scope)) return unauthenticated('scope');
    const client = typeof payload.azp === 'string' ? payload.azp : typeof payload.appid === 'string' ? payload.appid : '';
    if (!config.clientIds.includes(client.toLowerCase())) return unauthenticated('client');
    return payload;
  }

  async function identifyCaller(authorization: string | undefined): Promise<{ payload: JWTPayload; principal: TabPrincipal } | TabAuthResult> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!match?.[1]) return unauthenticated(authorization ? 'not_bearer' : 'missing');
    const payload = await verify(match[1]);
    if ('ok' in payload) return payload as TabAuthResult;
    const tenantId = typeof payload.tid === 'string' ? payload.tid.toLowerCase() : '';
    const userId = typeof payload.oid === 'string' ? payload.oid : '';
    if (!tenantId || !userId) return unauthenticated('claims');
    if (!allowed.has(tenantId)) return forbidden('tenant', 'Your organisation is not set up to use this app.');
    const displayName = typeof payload.name === 'string' && payload.name.trim() ? payload.name.trim().slice(0, 120) : '';
    return { payload, principal: { tenantId, userId, displayName } };
  }

  return {
    async authenticate(authorization) {
      const who = await identifyCaller(authorization);
      if ('ok' in who) return who;
      const { payload } = who;
      const roles = Array.isArray(payload.roles) ? payload.roles : [];
      const groups = Array.isArray(payload.groups) ? payload.groups.map((g) => String(g).toLowerCase()) : [];
      const manager = roles.includes(config.managerRole) || groups.some((g) => config.managerGroupIds.includes(g));
      if (!manager) {
        return forbidden('role', managerRoleNeeded(config));
      }
      return { ok: true, principal: { ...who.principal, displayName: who.principal.displayName || 'Manager' } };
    },
    async identify(authorization) {
      const who = await identifyCaller(authorization);
      if ('ok' in who) return who;
      return { ok: true, principal: { ...who.principal, displayName: who.principal.displayName || 'Safeguarding lead' } };
    },
    ...(dev
      ? {
          devSignIn: (role: TabRole, displayName: string, userId?: string) => mintDevToken(dev.privateKey, config.managerRole, allowedTenantIds[0] ?? '', role, displayName, userId),
        }
      : {}),
  };
}

/**
 * Who gives the manager role, said once for the API and the page: the app role is assigned in
 * Microsoft Entra ID (Enterprise applications → this app → Users and groups) by an administrator
 * who manages the app or an owner of it — not in the Teams admin center, and not by this app.
 */
export function managerRoleNeeded(config: Pick<TabConfig, 'managerRole' | 'managerGroupIds'>): string {
  const group = config.managerGroupIds.length ? ", or adds you to the managers' group set up for it" : '';
  return `Only safeguarding managers can see decision records. An administrator of your organisation's Microsoft Entra ID (or an owner of this app there) gives the role: they assign you this app's "${config.managerRole}" app role${group}. Ask them, or ask your designated safeguarding lead to.`;
}

/** A token for the local sign-in: the person's chosen name and role (and object id, if given), the first allowed tenant, 8 hours. */
async function mintDevToken(key: CryptoKey, managerRole: string, tenantId: string, role: TabRole, displayName: string, userId?: string): Promise<string> {
  // An object id to sign in as (a member of the playground's leads' team, say), or one made from the name and role.
  const oid = userId ?? `dev-${createHash('sha256').update(`${role}:${displayName}`).digest('hex').slice(0, 16)}`;
  return new SignJWT({ tid: tenantId, oid, name: displayName, roles: role === 'manager' ? [managerRole] : [] })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(key);
}
