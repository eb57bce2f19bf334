// Azure App Service on Linux, Node 22 LTS, running the built package (`npm ci && npm run build &&
// npm prune --omit=dev`, deployed as a zip) with `node dist/main.js`. Always on: a cold instance must not
// meet Teams' 5-second invoke limit. The app's settings are the keys of src/config.ts.
param planName string
param siteName string
param location string
param tags object
@description('App Service plan SKU (B1 is the smallest with Always On; P0v3 or above for production).')
param sku string = 'B1'
param identityResourceId string
param identityClientId string
param identityTenantId string
param cosmosEndpoint string
param cosmosDatabase string
@description('Entra tenant ids allowed to use the bot and the tab (comma-separated in the app).')
param allowedTenantIds array
@description('Teams teams allowed to hold a leads\' queue (ids like 19:…@thread.tacv2); may be empty.')
param leadsTeamIds array = []
@description('Public host name the app answers on (the tab\'s SSO audience is api://<host>/<tab app id>).')
param publicHostname string
@description('Client id of the Entra app registration that exposes access_as_user for the tab\'s SSO (a managed identity cannot).')
param tabSsoAppId string
@description('Front door (MASH) number shown with the emergency guidance where a tenant has set none.')
param defaultFrontDoorPhone string = ''
@secure()
@description('Key for the tab\'s continuation tokens (32+ characters). Needed when more than one instance runs; empty = one key per process.')
param tabCursorKey string = ''

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

var settings = concat([
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identityClientId }
  { name: 'MicrosoftAppTenantId', value: identityTenantId }
  // DefaultAzureCredential (Cosmos DB) picks the user-assigned identity by this client id.
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'COSMOS_ENDPOINT', value: cosmosEndpoint }
  { name: 'COSMOS_DATABASE', value: cosmosDatabase }
  { name: 'ALLOWED_TENANT_IDS', value: join(allowedTenantIds, ',') }
  { name: 'LEADS_TEAM_IDS', value: join(leadsTeamIds, ',') }
  { name: 'PUBLIC_HOSTNAME', value: publicHostname }
  { name: 'TAB_SSO_AUDIENCES', value: 'api://${publicHostname}/${tabSsoAppId},${tabSsoAppId}' }
  { name: 'DEFAULT_FRONT_DOOR_PHONE', value: defaultFrontDoorPhone }
  { name: 'NODE_ENV', value: 'production' }
  // The package is built before it is deployed (npm run build, npm prune --omit=dev): no build on the server.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
], empty(tabCursorKey) ? [] : [
  { name: 'TAB_CURSOR_KEY', value: tabCursorKey }
])

resource site 'Microsoft.Web/sites@2022-09-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: settings
    }
  }
}

output defaultHostName string = site.properties.defaultHostName
output siteName string = site.name
output siteId string = site.id
