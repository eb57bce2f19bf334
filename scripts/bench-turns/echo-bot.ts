import restify, { type Request as RestifyRequest, type Response as RestifyResponse } from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Served } from './types.js';

/**
 * The baseline: a bare echo bot on the same botbuilder + restify (CloudAdapter with
 * ConfigurationBotFrameworkAuthentication and no app id), answering a message with one reply
 * through the connector and an invoke with a small card.
 */
export async function startEcho(): Promise<Served> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }));
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Echo', wrap: true }],
    actions: [{ type: 'Action.Execute', title: 'Again', verb: 'echo.again' }],
  };
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: RestifyRequest, res: RestifyResponse) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      else if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const closed = new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      server.server.closeAllConnections();
      await closed;
    },
  };
}
