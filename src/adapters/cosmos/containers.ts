/**
 * Every container is partitioned by `/tenantId`: each organisation's data is one logical
 * partition family, every query a tenant's user can make is single-partition, and a query can
 * never reach another tenant's data without naming it. See README "Storage".
 */
export const CONTAINERS = {
  chatAddresses: { id: 'chatAddresses', partitionKey: '/tenantId' },
  conversations: { id: 'conversations', partitionKey: '/tenantId' },
  requests: { id: 'requests', partitionKey: '/tenantId' },
  decisions: { id: 'decisions', partitionKey: '/tenantId' },
  audit: { id: 'audit', partitionKey: '/tenantId' },
  tenants: { id: 'tenants', partitionKey: '/tenantId' },
  /** Read models for managers: a summary row per decision record, and the catch-up mark (derived; rebuildable). */
  reporting: { id: 'reporting', partitionKey: '/tenantId' },
  /** Weekly figures per tenant (derived). Apart from the rows, so reading 12 weeks never touches 10,000 rows. */
  rollups: { id: 'rollups', partitionKey: '/tenantId' },
} as const;

export type ContainerName = keyof typeof CONTAINERS;
