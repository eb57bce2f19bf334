// Azure Cosmos DB for NoSQL: the account (keys disabled: Entra ID only), the database, the app's containers
// (names and partition keys as in src/adapters/cosmos/containers.ts; test/deploy/infra.test.ts compares them),
// and the Cosmos DB Built-in Data Contributor role for the app's managed identity.
// The app only reads these at start (createIfNotExists finds them): data-plane RBAC cannot create containers.
param accountName string
param location string
param tags object
param databaseName string
@description('Principal (object) id of the managed identity that reads and writes items.')
param dataPrincipalId string
@description('Serverless (pay per request) suits one organisation; false = provisioned autoscale throughput on the database.')
param serverless bool = true
@description('Autoscale maximum RU/s of the database when not serverless.')
param autoscaleMaxThroughput int = 1000

var containerNames = [
  'chatAddresses'
  'conversations'
  'requests'
  'decisions'
  'audit'
  'tenants'
  'reporting'
  'rollups'
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: serverless ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for name in containerNames: {
  parent: database
  name: name
  properties: {
    resource: {
      id: name
      partitionKey: {
        paths: [
          '/tenantId'
        ]
        kind: 'Hash'
      }
    }
  }
}]

// Cosmos DB Built-in Data Contributor (data plane): read and write items, read metadata; no keys involved.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, dataPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataPrincipalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
