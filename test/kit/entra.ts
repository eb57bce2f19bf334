import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

/**
 * Stands in for Entra ID for Teams SSO: a key set on loopback and a minter of user tokens as
 * `authentication.getAuthToken()` returns them (v2.0: `iss` per tenant, `aud` the app, `tid`,
 * `oid`, `name`, `roles`, `groups`, the delegated scope in `scp` and the Teams client in `azp`;
 * a v1 token, from the `sts.windows.net` issuer, names the client in `appid`), valid unless the
 * options break them.
 */

export const TEST_APP_ID = 'a1b2c3d4-0000-4000-8000-00000000a99a';
export const MANAGER_ROLE = 'Safeguarding.Manager';
/** The Teams clients Entra ID issues SSO tokens to (pre-authorised on the app's API). */
export const TEAMS_DESKTOP_CLIENT = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
export const TEAMS_WEB_CLIENT = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';
export const SSO_SCOPE = 'access_as_user';

export interface UserTokenOptions {
  tenantId: string;
  oid?: string;
  name?: string;
  roles?: string[];
  groups?: string[];
  audience?: string;
  issuer?: string;
  expiresInSeconds?: number;
  kid?: string;
  signWithUnpublishedKey?: boolean;
  omit?: ('tid' | 'oid' | 'exp' | 'scp' | 'azp')[];
  /** The delegated scopes (space-separated), `access_as_user` unless given. */
  scp?: string;
  /** The client app the token was issued to (`azp`, or `appid` in a v1 token); Teams' web client unless given. */
  clientId?: string;
  /** Entra's optional `idtyp` claim: `user`, or `app` for an app-only token. */
  idtyp?: 'user' | 'app';
}

export class EntraKeys {
  readonly kid = `entra-${randomUUID()}`;
  private key!: { privateKey: CryptoKey; publicJwk: JWK };
  private rogue!: CryptoKey;
  private server: Server | undefined;
  jwksUrl = '';
  requests = 0;

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.key = { privateKey, publicJwk: await exportJWK(publicKey) };
    this.rogue = (await generateKeyPair('RS256')).privateKey;
    this.server = createServer((req, res) => {
      this.requests++;
      if (req.url === '/discovery/v2.0/keys') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [{ ...this.key.publicJwk, kid: this.kid, use: 'sig', alg: 'RS256' }] }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', () => r()));
    this.jwksUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/discovery/v2.0/keys`;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  /** The app's environment for validating these tokens. */
  env(): Record<string, string> {
    return { TAB_SSO_JWKS_URL: this.jwksUrl, TAB_SSO_AUDIENCES: `${TEST_APP_ID},api://tab.test/${TEST_APP_ID}`, TAB_MANAGER_ROLE: MANAGER_ROLE };
  }

  issuerFor(tenantId: string): string {
    return `https://login.microsoftonline.com/${tenantId}/v2.0`;
  }

  async mint(o: UserTokenOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const omit = new Set(o.omit ?? []);
    const v1 = (o.issuer ?? '').startsWith('https://sts.windows.net/');
    const claims: Record<string, unknown> = {
      ...(omit.has('tid') ? {} : { tid: o.tenantId }),
      ...(omit.has('oid') ? {} : { oid: o.oid ?? randomUUID() }),
      name: o.name ?? 'Morgan Manager',
      ver: v1 ? '1.0' : '2.0',
      ...(omit.has('scp') ? {} : { scp: o.scp ?? SSO_SCOPE }),
      ...(omit.has('azp') ? {} : { [v1 ? 'appid' : 'azp']: o.clientId ?? TEAMS_WEB_CLIENT }),
      ...(o.idtyp ? { idtyp: o.idtyp } : {}),
      ...(o.roles ? { roles: o.roles } : {}),
      ...(o.groups ? { groups: o.groups } : {}),
    };
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: o.kid ?? this.kid, typ: 'JWT' })
      .setIssuer(o.issuer ?? this.issuerFor(o.tenantId))
      .setAudience(o.audience ?? TEST_APP_ID)
      .setIssuedAt(now)
      .setNotBefore(now - 60);
    if (!omit.has('exp')) jwt = jwt.setExpirationTime(now + (o.expiresInSeconds ?? 3600));
    return jwt.sign(o.signWithUnpublishedKey ? this.rogue : this.key.privateKey);
  }

  manager(tenantId: string, extra: Partial<UserTokenOptions> = {}): Promise<string> {
    return this.mint({ tenantId, roles: [MANAGER_ROLE], ...extra });
  }
}
