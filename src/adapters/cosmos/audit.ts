import { AlreadyExists } from '../../domain/errors.js';
import type { Container } from '@azure/cosmos';
import { AuditEventSchema, type AuditEvent } from '../../domain/audit.js';
import type { AuditRepository } from '../../ports/store.js';
import { mapCosmosError } from './errors.js';
import { timeout } from './timeouts.js';

/** Create-only: a repeated event (same id) is already there, which is success. */
export class CosmosAuditRepository implements AuditRepository {
  constructor(private readonly container: Container) {}

  async append(event: AuditEvent): Promise<void> {
    try {
      await this.container.items.create({ ...AuditEventSchema.parse(event), type: 'audit' }, { abortSignal: timeout() });
    } catch (err) {
      const mapped = mapCosmosError(err, 'append audit event');
      if (!(mapped instanceof AlreadyExists)) throw mapped;
    }
  }

  async listFor(tenantId: string, subjectId: string): Promise<AuditEvent[]> {
    try {
      const { resources } = await this.container.items
        .query(
          {
            query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'audit' AND c.subjectId = @subjectId ORDER BY c.at",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@subjectId', value: subjectId },
            ],
          },
          { partitionKey: tenantId, abortSignal: timeout() },
        )
        .fetchAll();
      return resources.map((r) => AuditEventSchema.parse(r));
    } catch (err) {
      throw mapCosmosError(err, 'read audit trail');
    }
  }
}
