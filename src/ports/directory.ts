import type { TenantSettings } from '../domain/tenant.js';

/**
 * Who the tenant's safeguarding leads are: the members of the Teams team that hosts the tenant's
 * leads' queue channel, read live from Teams at every lead action (so removing someone from the
 * team removes their access at once).
 */
export interface LeadMember {
  /** Entra object id. */
  id: string;
  /** Teams channel account id (what the roster is keyed by). */
  accountId: string;
  displayName: string;
}

/** Where a tenant's leads' queue is (from its settings, which the caller has already read this turn). */
export type LeadsQueue = NonNullable<TenantSettings['leadsQueue']>;

export interface LeadDirectory {
  /** Is this account a member of the team that hosts this leads' queue? */
  isLead(tenantId: string, queue: LeadsQueue, accountId: string): Promise<boolean>;
  /** The team's members, for "assign to a colleague". */
  leads(tenantId: string, queue: LeadsQueue): Promise<LeadMember[]>;
}
