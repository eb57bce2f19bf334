import type { ShownGuidance } from '../../domain/guidance-pack.js';
import type { AdviceRequest } from '../../domain/request.js';
import { situationOf } from './draft.js';
import { shownGuidance } from './guidance.js';
import { LOCAL_PROCEDURES_PACK } from './packs/index.js';

/**
 * What the asker of a request was shown. Requests store it since guidance packs; older ones were
 * answered with the walk-through that the local-procedures pack reproduces, so it reads them.
 */
export function shownGuidanceOf(r: Pick<AdviceRequest, 'guidance' | 'fields' | 'answers'>): ShownGuidance {
  return r.guidance ?? shownGuidance({ pack: LOCAL_PROCEDURES_PACK, situation: situationOf(r.fields), answers: r.answers });
}
