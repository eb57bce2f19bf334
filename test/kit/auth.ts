import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type CryptoKey, type JWK } from 'jose';

/**
 * Stands in for Entra ID / the Bot Framework token service on loopback:
 * - OpenID metadata + JWKS (plain HTTP) that the bot validates inbound channel tokens against;
 * - an HTTPS client-credentials token endpoint the bot's MSAL client gets outbound tokens from
 *   (MSAL insists on HTTPS; the test CA is handed to the app via BOT_LOGIN_CA_FILE);
 * - a minter for valid and deliberately broken tokens.
 */

export const CHANNEL_ISSUER = 'https://api.botframework.test';
export const OAUTH_SCOPE = 'https://api.botframework.test';

export interface MintOptions {
  serviceUrl: string;
  audience?: string;
  issuer?: string;
  kid?: string;
  expiresInSeconds?: number;
  notBeforeOffsetSeconds?: number;
  /** Sign with a key whose public half is not published (signature will not verify). */
  signWithUnpublishedKey?: boolean;
  extraClaims?: Record<string, unknown>;
  /** Leave out `exp` altogether. */
  omitExpiry?: boolean;
  /** Extra protected-header parameters (e.g. `crit`). */
  header?: Record<string, unknown>;
}

export class AuthServer {
  readonly appId = randomUUID();
  readonly appPassword = `secret-${randomUUID()}`;
  readonly tenantId = randomUUID();
  readonly kid = `kid-${randomUUID()}`;
  private keys!: { privateKey: CryptoKey; publicJwk: JWK };
  private rogue!: { privateKey: CryptoKey };
  private loginKey!: { privateKey: CryptoKey; publicKey: CryptoKey };
  private http: Server | undefined;
  private https: HttpsServer | undefined;
  /** Endorsed channels published with the key (Teams tokens must be endorsed for `msteams`). */
  endorsements = ['msteams'];
  metadataUrl = '';
  loginUrl = '';
  caFile = '';
  tokensIssued = 0;

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.keys = { privateKey, publicJwk: await exportJWK(publicKey) };
    this.rogue = { privateKey: (await generateKeyPair('RS256')).privateKey };
    this.loginKey = await generateKeyPair('RS256');

    this.http = createServer((req, res) => {
      const base = this.metadataUrl.replace(/\/openid$/, '');
      if (req.url === '/openid') {
        reply(res, 200, { 'content-type': 'application/json' }, 
          JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/jwks`, id_token_signing_alg_values_supported: ['RS256'] }),
        );
      } else if (req.url === '/jwks') {
        reply(res, 200, { 'content-type': 'application/json' }, 
          JSON.stringify({ keys: [{ ...this.keys.publicJwk, kid: this.kid, use: 'sig', alg: 'RS256', endorsements: this.endorsements }] }),
        );
      } else {
        reply(res, 404);
      }
    });
    await new Promise<void>((r) => this.http?.listen(0, '127.0.0.1', () => r()));
    this.metadataUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/openid`;

    const { cert, key, caFile } = selfSignedCertificate();
    this.caFile = caFile;
    this.https = createHttpsServer({ cert, key }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
          if (!(req.url ?? '').split('?')[0]?.endsWith('/oauth2/v2.0/token') || form.get('grant_type') !== 'client_credentials') {
            reply(res, 400, { 'content-type': 'application/json' }, JSON.stringify({ error: 'invalid_request' }));
            return;
          }
          if (form.get('client_id') !== this.appId || form.get('client_secret') !== this.appPassword) {
            reply(res, 401, { 'content-type': 'application/json' }, JSON.stringify({ error: 'invalid_client' }));
            return;
          }
          this.tokensIssued++;
          const accessToken = await new SignJWT({ appid: this.appId })
            .setProtectedHeader({ alg: 'RS256' })
            .setAudience(OAUTH_SCOPE)
            .setIssuer(this.loginUrl)
            .setIssuedAt()
            .setExpirationTime('1h')
            .sign(this.loginKey.privateKey);
          reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: accessToken }));
        })();
      });
    });
    await new Promise<void>((r) => this.https?.listen(0, '127.0.0.1', () => r()));
    this.loginUrl = `https://127.0.0.1:${(this.https.address() as AddressInfo).port}/${this.tenantId}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of [this.http, this.https]) {
      if (!s) continue;
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }

  /** Environment that switches the app's Bot Framework authentication to this local key set. */
  env(): Record<string, string> {
    return {
      MicrosoftAppId: this.appId,
      MicrosoftAppPassword: this.appPassword,
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: this.tenantId,
      ToBotFromChannelOpenIdMetadataUrl: this.metadataUrl,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToChannelFromBotLoginUrl: this.loginUrl,
      ToChannelFromBotOAuthScope: OAUTH_SCOPE,
      BOT_LOGIN_CA_FILE: this.caFile,
    };
  }

  /** True when the connector receives a token this token service issued for the bot. */
  async isOutboundToken(token: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(token, this.loginKey.publicKey, { audience: OAUTH_SCOPE, issuer: this.loginUrl });
      return payload.appid === this.appId;
    } catch {
      return false;
    }
  }

  /** A channel → bot token as the Bot Connector would send it (valid unless options break it). */
  async mint(options: MintOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ serviceurl: options.serviceUrl, ...options.extraClaims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? CHANNEL_ISSUER)
      .setAudience(options.audience ?? this.appId)
      .setIssuedAt(now)
      .setNotBefore(now + (options.notBeforeOffsetSeconds ?? -60));
    if (!options.omitExpiry) jwt.setExpirationTime(now + (options.expiresInSeconds ?? 3600));
    const key = options.signWithUnpublishedKey ? this.rogue.privateKey : this.keys.privateKey;
    if (!options.header) return jwt.sign(key);
    // jose refuses to sign a header with unknown critical extensions, so this one is signed by hand.
    const [, payload] = (await jwt.sign(key)).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: options.kid ?? this.kid, typ: 'JWT', ...options.header })).toString('base64url');
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(`${header}.${payload}`));
    return `${header}.${payload}.${Buffer.from(signature).toString('base64url')}`;
  }

  /** The same claims as a valid token, with `alg: none` and no signature. */
  async mintUnsigned(serviceUrl: string): Promise<string> {
    const valid = await this.mint({ serviceUrl });
    const [, payload] = valid.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: this.kid, typ: 'JWT' })).toString('base64url');
    return `${header}.${payload}.`;
  }
}

function selfSignedCertificate(): { cert: string; key: string; caFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'auth-kit-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(certFile, 'utf8');
  writeFileSync(join(dir, 'ca.pem'), cert);
  return { cert, key: readFileSync(keyFile, 'utf8'), caFile: join(dir, 'ca.pem') };
}

/** Restify patches ServerResponse.writeHead so that it no longer returns `this`: never chain it. */
function reply(res: import('node:http').ServerResponse, status: number, headers: Record<string, string> = {}, body?: string): void {
  res.writeHead(status, headers);
  res.end(body);
}
