import { ConfigError, loadConfig } from './config.js';
import { startServer } from './app.js';

/** Entry point: configuration, start (the Teams side loads on the first turn: app.ts), graceful stop on SIGTERM/SIGINT. */
try {
  const app = await startServer(loadConfig());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.log.info({ event: 'app.signal', signal }, 'stopping');
      void app.stop().then(() => process.exit(0));
    });
  }
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\nStart-up stopped.\n`);
  process.exit(1);
}
