/** The pure core (domain rules, conversation flows, identifier scanner) never touches an SDK or I/O. */
const core = '^src/(domain|flow|anonymise)/';
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'domain, flow and anonymise must not import SDKs, adapters or Node I/O (conventions habit 1).',
      severity: 'error',
      from: { path: core },
      to: {
        path: [
          '^src/adapters/',
          '^src/main\\.ts$',
          '^src/config\\.ts$',
          'node_modules/(botbuilder|botframework-|restify|@azure/|@vercel/|pino)',
        ],
      },
    },
    {
      name: 'handlers-use-ports-only',
      comment: 'verb handlers, background jobs and the tab queries reach storage and Teams only through ports, never SDKs or adapters.',
      severity: 'error',
      from: { path: '^src/(handlers|jobs|queries)/' },
      to: { path: ['^src/adapters/', 'node_modules/(botbuilder|botframework-|restify|@azure/|@vercel/|pino)'] },
    },
    {
      name: 'core-no-node-io',
      severity: 'error',
      from: { path: core },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|node:fs|node:net|node:http|node:https|node:child_process)$' },
    },
    {
      name: 'botbuilder-only-in-bot-adapter',
      severity: 'error',
      from: { pathNot: '^src/adapters/bot/' },
      to: { path: 'node_modules/(botbuilder|botframework-)' },
    },
    {
      name: 'cosmos-only-in-cosmos-adapter',
      severity: 'error',
      from: { pathNot: '^src/adapters/cosmos/' },
      to: { path: 'node_modules/(@azure/cosmos|@vercel/cosmosdb-server)' },
    },
    {
      name: 'restify-only-in-http-adapter',
      severity: 'error',
      from: { pathNot: '^src/adapters/http/' },
      to: { path: 'node_modules/restify' },
    },
    {
      name: 'tab-is-a-browser-page',
      comment: 'the Decisions tab page (src/tab) runs in the browser: it may use domain types, never the server or Node.',
      severity: 'error',
      from: { path: '^src/tab/' },
      to: { path: ['^src/(adapters|handlers|ports|flow|anonymise)/', '^src/(main|app|config|log|tasks)\\.ts$', 'node_modules/(botbuilder|botframework-|restify|@azure/|@vercel/|pino|jose)'] },
    },
    {
      name: 'tab-no-node',
      severity: 'error',
      from: { path: '^src/tab/' },
      to: { dependencyTypes: ['core'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
