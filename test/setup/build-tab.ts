import { buildTab } from '../../scripts/build-tab.js';

/** The browser tests and the server's page route need the built tab: build it once per run. */
export default async function setup(): Promise<void> {
  await buildTab();
}
