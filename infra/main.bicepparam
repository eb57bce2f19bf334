// Example parameters: copy, fill in your tenant and the tab's app registration, and deploy with
//   az deployment group create -g <resource group> -f infra/main.bicep -p infra/main.bicepparam
// No secrets here: tabCursorKey (optional) is passed on the command line or from a pipeline secret.
using './main.bicep'

param namePrefix = 'safeguarding'
param allowedTenantIds = [
  '00000000-0000-0000-0000-000000000000'
]
param leadsTeamIds = []
param tabSsoAppId = '00000000-0000-0000-0000-000000000000'
param defaultFrontDoorPhone = ''
param appServiceSku = 'B1'
param cosmosServerless = true
