// The Safeguarding information sharing app in one resource group: a user-assigned managed identity (the bot's
// identity and the Cosmos DB principal; no secrets), Azure Cosmos DB for NoSQL, App Service (Linux, Node 22 LTS)
// and the Azure Bot with the Teams channel. Uncompiled here (no Bicep CLI on the development machines): see
// infra/README.md for what each resource and property was checked against.
targetScope = 'resourceGroup'

@minLength(3)
@maxLength(20)
@description('Prefix of every resource name (lower-case letters, digits, hyphens).')
param namePrefix string
param location string = resourceGroup().location
@description('Entra tenant ids allowed to use the bot and the tab (at least one: usually your own tenant).')
@minLength(1)
param allowedTenantIds array
@description('Teams teams allowed to hold a leads\' queue; may be empty (then `npm run tenant -- allow-leads-team`).')
param leadsTeamIds array = []
@description('Client id of the Entra app registration for the Decisions tab\'s SSO (exposes api://<host>/<id>/access_as_user).')
param tabSsoAppId string
@description('Public host name; by default the App Service\'s own <site>.azurewebsites.net.')
param publicHostname string = ''
param defaultFrontDoorPhone string = ''
@secure()
param tabCursorKey string = ''
param appServiceSku string = 'B1'
param botSku string = 'F0'
param cosmosServerless bool = true
param cosmosDatabase string = 'safeguarding'
param tags object = {}

var suffix = uniqueString(resourceGroup().id, namePrefix)
var siteName = '${namePrefix}-app-${suffix}'
var host = empty(publicHostname) ? '${siteName}.azurewebsites.net' : publicHostname

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-id-${suffix}'
    location: location
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: '${namePrefix}-cosmos-${suffix}'
    location: location
    tags: tags
    databaseName: cosmosDatabase
    dataPrincipalId: identity.outputs.principalId
    serverless: cosmosServerless
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    planName: '${namePrefix}-plan-${suffix}'
    siteName: siteName
    location: location
    tags: tags
    sku: appServiceSku
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmosDatabase
    allowedTenantIds: allowedTenantIds
    leadsTeamIds: leadsTeamIds
    publicHostname: host
    tabSsoAppId: tabSsoAppId
    defaultFrontDoorPhone: defaultFrontDoorPhone
    tabCursorKey: tabCursorKey
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${suffix}'
    displayName: 'Safeguarding info sharing'
    tags: tags
    sku: botSku
    messagingEndpoint: 'https://${host}/api/messages'
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
  }
}

// Names the Agents Toolkit (m365agents.yml) writes into env/.env.<environment>.
output BOT_ID string = identity.outputs.clientId
output BOT_TENANT_ID string = identity.outputs.tenantId
output BOT_DOMAIN string = host
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.siteId
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
