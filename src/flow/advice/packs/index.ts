import { GuidancePackSchema, type GuidancePack } from '../../../domain/guidance-pack.js';
import { ENGLAND_PACK } from './england.js';
import localProcedures from './local-procedures-2016.json' with { type: 'json' };

/** The packs that ship with the app. An organisation's own pack lives in its tenant settings. */

export const DEFAULT_PACK: GuidancePack = GuidancePackSchema.parse(ENGLAND_PACK);

/** The local procedures as the seeds write them (pre-2024 wording); also reads requests made before guidance packs. */
export const LOCAL_PROCEDURES_PACK: GuidancePack = GuidancePackSchema.parse(localProcedures);

export const BUILT_IN_PACKS: Readonly<Record<string, GuidancePack>> = Object.freeze({
  [DEFAULT_PACK.id]: DEFAULT_PACK,
  [LOCAL_PROCEDURES_PACK.id]: LOCAL_PROCEDURES_PACK,
});
